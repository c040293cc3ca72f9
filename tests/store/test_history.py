"""Who moved a project's plan, and when: every change of a field that decides its light, or of who answers
for the project, is recorded in the change's own transaction, whatever wrote it (an edit, an undo, an
import, an import taken back)."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from milestones.domain.quarter import Quarter
from milestones.spreadsheet.importer import preview, read_import, write
from milestones.store import changes
from milestones.store.history import project_changes
from milestones.store.imports import revert_import
from milestones.store.queries import project_detail
from milestones.store.schema import KeyProject, PlanEntry, ScheduleChange


def _pid(db, name: str = "重庆长滨") -> int:
    with db.read() as s:
        return s.scalar(select(KeyProject.id).where(KeyProject.name == name))


def _planned(db) -> int:
    """A project the plan gives a planned completion (重庆中心T3塔楼, 一季度)."""
    with db.read() as s:
        return s.scalar(select(KeyProject.id).where(KeyProject.name == "重庆中心T3塔楼",
                                                    KeyProject.planned_completion.is_not(None)))


def _log(db, pid: int) -> list[tuple]:
    with db.read() as s:
        return [(c["field"], c["quarter"].short if c["quarter"] else None, c["year"], c["old"], c["new"], c["how"])
                for c in reversed(project_changes(s, pid))]


def test_a_planned_completion_moved_is_recorded_with_who_and_when(any_db):
    db = any_db
    pid = _planned(db)
    with db.read() as s:
        p = s.get(KeyProject, pid)
        before, version = p.planned_completion, p.version
    changes.update_row(db, "key_project", pid, {"planned_completion": "2025Q4", "notes": "延期"}, version)
    log = _log(db, pid)
    assert log == [("planned_completion", None, None, before.short, "2025Q4", "edit")]
    with db.read() as s:
        (c,) = project_changes(s, pid)
        assert c["by"]  # the desktop's user, or the server's role
        assert c["at"] is not None
    # the same value again, and a field that decides no light: nothing more
    changes.update_row(db, "key_project", pid, {"planned_completion": "2025年四季度", "notes": "又延期"})
    assert len(_log(db, pid)) == 1


def test_a_value_given_for_the_first_time_is_not_a_change(any_db):
    db = any_db
    pid = _pid(db)
    changes.update_row(db, "key_project", pid, {"actual_start": "2024Q1"})  # it had none
    assert _log(db, pid) == []
    changes.update_row(db, "key_project", pid, {"actual_start": None})  # cleared: a value held is gone
    assert _log(db, pid) == [("actual_start", None, None, "2024Q1", None, "edit")]


def test_a_quarters_figure_corrected_and_a_years_plan_are_recorded(any_db):
    db = any_db
    pid = _pid(db)
    q1, q2 = Quarter(2024, 1), Quarter(2024, 2)
    changes.replace_project_details(db, pid, "investments", [{"quarter": q1, "actual": 0.4}])  # first report
    assert _log(db, pid) == []
    changes.replace_project_details(db, pid, "investments", [
        {"quarter": q1, "actual": 0.5}, {"quarter": q2, "planned": 1.0}])  # corrected; Q2 planned is new
    assert _log(db, pid) == [("quarter_actual", "2024Q1", None, "0.4", "0.5", "edit")]
    with db.read() as s:
        entry = s.scalar(select(PlanEntry).where(PlanEntry.project_id == pid))
    changes.update_row(db, "plan_entry", entry.id, {"annual_investment": 3.5})
    changes.update_row(db, "plan_entry", entry.id, {"annual_investment": 0.1 + 0.2})  # no float noise kept
    assert _log(db, pid)[1:] == [("annual_investment", None, 2024, "3.5", "0.3", "edit")]
    assert project_detail(db, pid)["changes"][0]["new"] == "0.3"  # the latest first


def test_an_import_and_its_undo_are_recorded(any_db, tmp_path):
    db = any_db
    pid = _pid(db)
    src = tmp_path / "季报.csv"
    src.write_text("2024年重点项目季度投资完成情况\n项目名称,一季度完成投资（万元）\n重庆长滨,2000\n", encoding="utf-8")
    write(db, preview(db, read_import(src)))  # the first report: no change recorded
    assert _log(db, pid) == []
    src.write_text("2024年重点项目季度投资完成情况\n项目名称,一季度完成投资（万元）\n重庆长滨,2500\n", encoding="utf-8")
    receipt = write(db, preview(db, read_import(src)))  # the unit's corrected report
    assert _log(db, pid) == [("quarter_actual", "2024Q1", None, "0.2", "0.25", "import")]
    revert_import(db, receipt)
    assert _log(db, pid)[-1] == ("quarter_actual", "2024Q1", None, "0.25", "0.2", "import_undone")


def test_a_refused_edit_records_nothing(any_db):
    db = any_db
    pid = _planned(db)
    with db.read() as s:
        version = s.get(KeyProject, pid).version
    changes.update_row(db, "key_project", pid, {"planned_completion": "2025Q4"}, version)
    with pytest.raises(changes.Conflict):  # made on a stale copy
        changes.update_row(db, "key_project", pid, {"planned_completion": "2026Q4"}, version)
    with pytest.raises(ValueError):  # no quarter
        changes.update_row(db, "key_project", pid, {"planned_completion": "明年"})
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(ScheduleChange)) == 1


def test_the_timeline_reads_the_plan_before_it_was_revised(any_db):
    from milestones.store.project_rows import ProjectFilter
    from milestones.timeline.data import load_projects

    db = any_db
    pid = _planned(db)

    def original():
        (p,) = load_projects(db, ProjectFilter(year=2024, ids=(pid,)))
        return p.original

    assert original() is None
    changes.update_row(db, "key_project", pid, {"planned_completion": "2024Q3"})
    changes.update_row(db, "key_project", pid, {"planned_completion": "2024Q4"})
    start = load_projects(db, ProjectFilter(year=2024, ids=(pid,)))[0].planned_start
    assert original() == (start, Quarter(2024, 1))  # before the first revision, not the last
    changes.update_row(db, "key_project", pid, {"planned_completion": "2024Q1"})
    assert original() is None  # back as it was planned: nothing to show


def test_the_projects_whose_plan_was_revised_are_counted_and_listed(any_db):
    from milestones.store.dashboard import dashboard
    from milestones.store.project_rows import ProjectFilter, project_ids
    from milestones.store.summary import progress_summary

    db = any_db
    pid = _planned(db)
    assert dashboard(db, 2024, Quarter(2024, 2)).plan_revised == 0
    changes.update_row(db, "key_project", _pid(db), {"actual_start": "2024Q1"})  # an actual: no plan revised
    changes.update_row(db, "key_project", pid, {"planned_completion": "2024Q4"})
    d = dashboard(db, 2024, Quarter(2024, 2))
    assert d.plan_revised == 1
    assert "调整过计划开工或完工时间的1个。" in progress_summary(d)
    assert "1 had their planned start or completion revised." in progress_summary(d, "en")
    with db.read() as s:
        assert project_ids(s, ProjectFilter(year=2024, plan_revised=True)) == [pid]


def test_a_revision_under_last_years_plan_is_not_one_of_this_years(any_db):
    # a 续建 project whose completion moved in 2023 is planned as it stood when 2024's plan was adopted
    import datetime as dt

    from milestones.store.dashboard import dashboard
    from milestones.store.project_rows import ProjectFilter, project_ids, project_rows
    from milestones.timeline.data import load_projects

    db = any_db
    pid = _planned(db)
    changes.update_row(db, "key_project", pid, {"planned_completion": "2024Q3"})

    def seen():
        with db.read() as s:
            listed = project_ids(s, ProjectFilter(year=2024, plan_revised=True))
            italic = project_rows(s, [pid], 2024)[pid].revised
        (p,) = load_projects(db, ProjectFilter(year=2024, ids=(pid,)))
        return listed, italic, p.original, dashboard(db, 2024, Quarter(2024, 2)).plan_revised

    assert seen() == ([pid], frozenset({"planned_completion"}), (None, Quarter(2024, 1)), 1)
    with db.session() as s:  # the same revision, made in the autumn before 2024's plan
        s.scalar(select(ScheduleChange)).changed_at = dt.datetime(2023, 10, 8, 9, 30, tzinfo=dt.timezone.utc)
    assert seen() == ([], frozenset(), None, 0)
    assert project_detail(db, pid, 2024)["original"] is None
    assert project_detail(db, pid, 2023)["original"] == (None, Quarter(2024, 1))  # 2023's plan was revised


def test_who_answers_for_a_project_and_how_it_is_classed_are_recorded_too(any_db, tmp_path):
    # an office sharing a plan asks who changed the unit responsible as often as who moved a date
    from milestones.store.schema import Area

    db = any_db
    pid = _pid(db)
    with db.read() as s:
        p = s.get(KeyProject, pid)
        zone_before, area_before = p.zone.name, s.get(Area, p.area_id).name
        west = s.scalar(select(Area).where(Area.name == "化龙桥国际商务区"))
        west_id, west_zone = west.id, west.zone_id
        entry = s.scalar(select(PlanEntry).where(PlanEntry.project_id == pid))
        entry_id, nature = entry.id, entry.nature
    changes.update_row(db, "key_project", pid, {"responsible_unit": "区交通局"})  # first given: no revision
    changes.update_row(db, "key_project", pid, {"responsible_unit": "区住房城乡建委", "name": "重庆长滨（一期）",
                                                "zone_id": west_zone, "area_id": west_id, "notes": "备注不记"})
    changes.update_row(db, "plan_entry", entry_id, {"nature": "续建"})
    log = _log(db, pid)
    assert ("responsible_unit", None, None, "区交通局", "区住房城乡建委", "edit") in log
    assert ("name", None, None, "重庆长滨", "重庆长滨（一期）", "edit") in log
    assert ("zone_id", None, None, zone_before, "西部", "edit") in log  # by name: it reads the same later
    assert ("area_id", None, None, area_before, "化龙桥国际商务区", "edit") in log
    assert ("nature", None, 2024, nature, "续建", "edit") in log
    assert not [c for c in log if c[0] == "notes"] and len(log) == 5

    # an import changing the unit is recorded as the import's, and its undo as such
    assert _imported_and_undone(db, tmp_path, pid, "2024年重点项目\n项目名称,责任单位\n重庆长滨（一期）,区发展改革委\n") == (
        ("responsible_unit", None, None, "区住房城乡建委", "区发展改革委", "import"),
        ("responsible_unit", None, None, "区发展改革委", "区住房城乡建委", "import_undone"))


def _imported_and_undone(db, tmp_path, pid: int, table: str) -> tuple[tuple, tuple]:
    """The project's latest recorded change after importing ``table`` (a CSV's text), and after taking it back."""
    src = tmp_path / "表.csv"
    src.write_text(table, encoding="utf-8")
    receipt = write(db, preview(db, read_import(src)))
    done = _log(db, pid)[-1]
    revert_import(db, receipt)
    return done, _log(db, pid)[-1]


def _worded(db) -> int:
    """A project the plan gives its completion year alone (时尚文化城主体工程, "2024年完工")."""
    with db.read() as s:
        return s.scalar(select(KeyProject.id).where(KeyProject.planned_completion_text == "2024年完工",
                                                    KeyProject.name == "时尚文化城主体工程"))


def test_a_plans_words_for_a_year_are_recorded_as_the_plan_they_are(any_db, tmp_path):
    # the plan's "2024年完工" is a planned completion: a quarter replaced by words, or a year's words by another
    # year's, moved the plan; the record said "2024年三季度 → （空）" and missed a year moved in words
    from milestones.store.dashboard import dashboard
    from milestones.timeline.data import load_projects
    from milestones.store.project_rows import ProjectFilter

    db = any_db
    pid = _worded(db)
    changes.update_row(db, "key_project", pid, {"planned_completion": "2024Q3"})  # pinned inside its year
    assert _log(db, pid) == []
    assert dashboard(db, 2024, Quarter(2024, 2)).plan_revised == 0
    changes.update_row(db, "key_project", pid, {"planned_completion": None, "planned_completion_text": "2025年完工"})
    assert _log(db, pid) == [("planned_completion", None, None, "2024Q3", "2025年完工", "edit")]
    assert dashboard(db, 2024, Quarter(2024, 2)).plan_revised == 1
    (p,) = load_projects(db, ProjectFilter(year=2024, ids=(pid,)))
    assert p.original == (p.planned_start, Quarter(2024, 3))  # the quarter it was planned in, before
    changes.update_row(db, "key_project", pid, {"planned_completion_text": "2026年完工"})
    changes.update_row(db, "key_project", pid, {"planned_completion_text": None})
    assert _log(db, pid)[1:] == [("planned_completion", None, None, "2025年完工", "2026年完工", "edit"),
                                 ("planned_completion", None, None, "2026年完工", None, "edit")]
    with db.read() as s:
        assert not s.scalar(select(func.count()).select_from(ScheduleChange).where(
            ScheduleChange.field.like("%_text")))  # the words are the end's record, not a field of their own

    # a start given by its year alone says which end it is; an import moving it is the import's
    changes.update_row(db, "key_project", pid, {"planned_start": None, "planned_start_text": "2024年"})
    assert _imported_and_undone(db, tmp_path, pid, "2024年重点项目\n项目名称,计划开工\n时尚文化城主体工程,2025年二季度\n") == (
        ("planned_start", None, None, "2024年开工", "2025Q2", "import"),
        ("planned_start", None, None, "2025Q2", "2024年开工", "import_undone"))
    with db.read() as s:
        assert (s.get(KeyProject, pid).planned_start, s.get(KeyProject, pid).planned_start_text) == (None, "2024年")
