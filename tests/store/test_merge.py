"""One project typed twice when units' lists were merged, made one again: what the later holds that the earlier
lacks moves over, nothing the earlier holds is overwritten, the later leaves the list, and undo puts it all back."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from milestones.domain.quarter import Quarter
from milestones.store import changes
from milestones.store.merge import merge_projects, unmerge
from milestones.store.schema import KeyProject, ListChange, PlanEntry


def _state(db, *ids):
    """Everything a merge may touch, per project: fields, the year's entry, detail lists (not when a row was
    last written)."""
    out = {}
    with db.read() as s:
        for pid in ids:
            p = s.get(KeyProject, pid)
            e = s.scalar(select(PlanEntry).where(PlanEntry.project_id == pid))
            out[pid] = ({c.key: getattr(p, c.key) for c in KeyProject.__table__.columns if c.key not in ("version", "updated_at")},
                        {k: getattr(e, k) for k in ("nature", "level", "annual_investment", "invested_before", "on_list")})
    return out | {(pid, kind): changes.project_details(db, pid, kind)
                  for pid in ids for kind in ("investments", "milestones", "notes")}


@pytest.fixture
def twice(any_db):
    """The bundled plan's 重庆长滨 (its quarters reported) and the same project typed again by its unit."""
    db = any_db
    with db.read() as s:
        keep = s.scalar(select(KeyProject.id).where(KeyProject.name == "重庆长滨"))
    changes.update_row(db, "key_project", keep, {"total_investment": 40.0, "actual_start": "2024Q1"})
    changes.replace_project_details(db, keep, "investments", [{"quarter": "2024Q1", "actual": 0.5},
                                                              {"quarter": "2024Q2", "actual": 1.0}])
    dup, _ = changes.add_project(db, 2024, "重庆长滨项目", responsible_unit="区住房城乡建委", code="CQ-2024-017",
                                 contact="王伟 63800000", total_investment=42.0, planned_completion="2026Q4",
                                 annual_investment=4.0)
    changes.replace_project_details(db, dup, "investments", [{"quarter": "2024Q2", "actual": 1.2},
                                                             {"quarter": "2024Q3", "actual": 0.8}])
    changes.replace_project_details(db, dup, "milestones", [{"name": "主体完工", "planned_quarter": "2025Q4"}])
    changes.replace_project_details(db, dup, "notes", [{"quarter": "2024Q3", "text": "完成桩基施工"}])
    return db, keep, dup


def test_the_later_entrys_figures_fill_the_earlier_and_it_leaves_the_list(twice):
    db, keep, dup = twice
    before = _state(db, keep, dup)
    m, cs = merge_projects(db, 2024, keep, dup)
    assert cs.updated["key_project"] >= {keep, dup}
    with db.read() as s:
        p = s.get(KeyProject, keep)
        # what the earlier lacked is filled in: the unit, the person to call, the code, the completion
        assert (p.responsible_unit, p.contact, p.code) == ("区住房城乡建委", "王伟 63800000", "CQ-2024-017")
        assert p.planned_completion == Quarter(2026, 4)
        assert s.get(KeyProject, dup).code is None  # a code is one project's
        assert p.total_investment == 40.0  # the earlier's own figure stays …
        entries = {e.project_id: e for e in s.scalars(select(PlanEntry).where(PlanEntry.project_id.in_([keep, dup])))}
        assert entries[dup].on_list is False
        assert before[keep][1]["annual_investment"] is None and entries[keep].annual_investment == 4.0  # the year's plan
        change = s.scalar(select(ListChange).where(ListChange.project_id == dup, ListChange.change == "removed"))
        assert change.reason == "并入“重庆长滨”"
    # … and where both said something else, the merge says so
    differ = {(f, q): (a, b) for f, a, b, q in m.differ}
    assert differ[("total_investment", None)] == ("40", "42")
    assert differ[("quarter_actual", Quarter(2024, 2))] == ("1", "1.2")
    # the quarter the earlier did not report is taken over, the one it did is kept
    assert changes.project_details(db, keep, "investments") == [
        {"quarter": Quarter(2024, 1), "planned": None, "actual": 0.5},
        {"quarter": Quarter(2024, 2), "planned": None, "actual": 1.0},
        {"quarter": Quarter(2024, 3), "planned": None, "actual": 0.8}]
    assert [r["name"] for r in changes.project_details(db, keep, "milestones")] == ["主体完工"]
    assert [r["text"] for r in changes.project_details(db, keep, "notes")] == ["完成桩基施工"]
    assert m.milestones == ["主体完工"] and m.notes == 1
    assert ("quarter_actual", "0.8", Quarter(2024, 3)) in m.filled
    # undo: the earlier as it was, the later back on the list with its code
    unmerge(db, m, reason="撤销合并")
    assert _state(db, keep, dup) == before


def test_an_undo_after_someone_changed_a_merged_value_is_refused(twice):
    db, keep, dup = twice
    m, _ = merge_projects(db, 2024, keep, dup)
    changes.update_row(db, "key_project", keep, {"responsible_unit": "区城市更新中心"})
    with pytest.raises(changes.Conflict):
        unmerge(db, m)
    with db.read() as s:  # refused whole: nothing of the undo was written
        assert s.scalar(select(PlanEntry.on_list).where(PlanEntry.project_id == dup)) is False
        assert s.get(KeyProject, keep).code == "CQ-2024-017"


def test_an_undo_after_a_colleague_moved_the_later_project_on_the_list_is_refused(twice):
    # merged away; a colleague listed the later project again and took it off with their own reason: the undo
    # put it back on the list over their decision
    from tests.store.test_changes import colleague_moves

    db, keep, dup = twice
    m, _ = merge_projects(db, 2024, keep, dup)
    colleague_moves(db, dup, (True, "单列"), (False, "并入市级项目"))
    with pytest.raises(changes.Conflict):
        unmerge(db, m)
    with db.read() as s:
        assert s.scalar(select(PlanEntry.on_list).where(PlanEntry.project_id == dup)) is False
        assert s.get(KeyProject, keep).code == "CQ-2024-017"  # refused whole


def test_a_completion_before_the_kept_start_is_not_taken(db):
    keep, _ = changes.add_project(db, 2024, "民族路改造", planned_start="2025Q1")
    dup, _ = changes.add_project(db, 2024, "民族路改造工程", planned_completion="2024Q4")
    m, _ = merge_projects(db, 2024, keep, dup)
    with db.read() as s:
        assert s.get(KeyProject, keep).planned_completion is None
    assert ("planned_completion", "", "2024Q4", None) in m.differ


def test_a_project_cannot_be_merged_into_itself_or_one_off_the_list(db):
    keep, _ = changes.add_project(db, 2024, "民族路改造")
    dup, _ = changes.add_project(db, 2024, "民族路改造工程")
    with pytest.raises(changes.EditError):
        merge_projects(db, 2024, keep, keep)
    changes.remove_project(db, 2024, dup)
    with pytest.raises(changes.EditError, match="不在2024年计划中"):
        merge_projects(db, 2024, keep, dup)


def test_a_duplicate_carried_into_the_next_year_leaves_that_years_list_too(twice):
    # 新建下一年度计划 carried both into 2025: merged in 2024, the later is off 2025's list as well, its 2025 plan
    # filling the earlier's empty one; undone, both years are as they were
    from milestones.store.schema import Plan

    db, keep, dup = twice
    changes.start_next_plan(db, 2024)

    def entry(pid, year):
        with db.read() as s:
            return s.scalar(select(PlanEntry).join(Plan, Plan.id == PlanEntry.plan_id)
                            .where(PlanEntry.project_id == pid, Plan.year == year))

    later = entry(dup, 2025)
    changes.update_row(db, "plan_entry", later.id, {"annual_investment": 5.0}, later.version)
    before = {(pid, y): (entry(pid, y).on_list, entry(pid, y).annual_investment) for pid in (keep, dup)
              for y in (2024, 2025)}
    m, cs = merge_projects(db, 2024, keep, dup)
    assert m.years == [2024, 2025] and m.other_filled == [(2025, "annual_investment", "5")]
    assert (entry(dup, 2024).on_list, entry(dup, 2025).on_list) == (False, False)
    assert entry(keep, 2025).annual_investment == 5.0 and entry(keep, 2025).on_list
    with db.read() as s:
        reasons = s.scalars(select(ListChange.reason).where(ListChange.project_id == dup,
                                                            ListChange.change == "removed")).all()
    assert reasons == ["并入“重庆长滨”", "并入“重庆长滨”"]  # one record of the move in each year
    unmerge(db, m, reason="撤销合并")
    assert {(pid, y): (entry(pid, y).on_list, entry(pid, y).annual_investment) for pid in (keep, dup)
            for y in (2024, 2025)} == before


def test_merged_from_the_later_year_the_earlier_year_is_merged_too(twice):
    db, keep, dup = twice
    changes.start_next_plan(db, 2024)
    m, _ = merge_projects(db, 2025, keep, dup)
    assert m.years == [2024, 2025]
    with db.read() as s:
        assert s.scalars(select(PlanEntry.on_list).where(PlanEntry.project_id == dup)).all() == [False, False]
