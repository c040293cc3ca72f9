"""A quarter's report kept as it was sent: later corrections and rule changes do not rewrite it."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from milestones.domain.progress import Light, LightRules
from milestones.domain.quarter import Quarter
from milestones.store import changes
from milestones.store.changes import EditError
from milestones.store.project_rows import ProjectFilter, project_ids, project_rows
from milestones.store.reports import (
    changes_since_kept, drop_report, keep_report, kept_at, kept_lights, kept_quarters, kept_report, report_snapshot,
    restore_report,
)
from milestones.store.schema import KeptProject, KeptReport, KeyProject, PlanEntry
from milestones.store.settings import set_light_rules
from milestones.store.summary import progress_summary

Q2 = Quarter(2024, 2)


def _project(db, name: str) -> int:
    with db.read() as s:
        return s.scalar(select(KeyProject.id).where(KeyProject.name == name))


def _invest(db, pid: int, *actuals: float) -> None:
    """Report the project's actual investment for the first quarters of 2024."""
    rows = [{"quarter": Quarter(2024, i + 1), "planned": None, "actual": a} for i, a in enumerate(actuals)]
    changes.replace_project_details(db, pid, "investments", rows)


def _light(db, pid: int, at: Quarter) -> Light:
    with db.read() as s:
        from milestones.store.settings import light_rules

        return project_rows(s, [pid], 2024)[pid].light(at, light_rules(s))


@pytest.fixture
def behind(any_db):
    """重庆长滨 with 2024's planned investment and little of it invested by mid-year: red at Q2."""
    db = any_db
    pid = _project(db, "重庆长滨")
    with db.session() as s:
        entry = s.scalar(select(PlanEntry).where(PlanEntry.project_id == pid))
        entry.annual_investment = 4.0
        s.get(KeyProject, pid).actual_start = Quarter(2024, 1)  # started on time: the investment decides
    _invest(db, pid, 0.1, 0.1)  # 5 % at half the year: 45 points behind
    assert _light(db, pid, Q2) is Light.RED
    return db, pid


def test_a_kept_report_keeps_the_light_a_correction_changes(behind):
    db, pid = behind
    cs = keep_report(db, 2024, Q2)
    assert cs.inserted["kept_report"]
    _invest(db, pid, 0.1, 1.9)  # the unit corrects its second quarter in August: caught up
    assert _light(db, pid, Q2) is Light.GREEN
    with db.read() as s:
        assert kept_lights(s, pid, 2024) == {Q2: Light.RED}  # what the report said stays (瓯海)
        assert changes_since_kept(s, 2024, Q2)["changed"] == 1
        # the list narrowed to the projects whose light moved since the report shows that one
        f = ProjectFilter(year=2024, at=Q2, changed_since_kept=True)
        assert project_ids(s, f) == [pid]
        report = kept_report(s, 2024, Q2)
    assert report.figures.lights_by_zone and sum(c[Light.RED] for c in report.figures.lights_by_zone.values()) >= 1
    # the report's paragraph is the one sent, not today's
    assert progress_summary(report.figures, "zh").count("严重滞后") == 1
    kept = report.figures.investment_actual_to_date
    assert kept == pytest.approx(0.2)


def test_a_rule_changed_later_does_not_rewrite_the_report(behind):
    db, pid = behind
    keep_report(db, 2024, Q2)
    set_light_rules(db, LightRules(yellow_points_behind=50, red_points_behind=60))
    assert _light(db, pid, Q2) is Light.GREEN  # 45 points behind is nothing under the new rules
    with db.read() as s:
        report = kept_report(s, 2024, Q2)
        assert report.figures.rules == LightRules()  # judged by the rules of the day
        assert kept_lights(s, pid, 2024)[Q2] is Light.RED
        assert changes_since_kept(s, 2024, Q2)["changed"] >= 1


def test_every_listed_project_is_kept_with_its_figures(behind):
    db, pid = behind
    keep_report(db, 2024, Q2)
    with db.read() as s:
        listed = s.scalar(select(func.count()).select_from(PlanEntry).where(PlanEntry.on_list.is_(True)))
        rows = {r.project_id: r for r in s.scalars(select(KeptProject))}
        assert len(rows) == listed == 49
        assert rows[pid].invested == pytest.approx(0.2) and rows[pid].light == "red"
        assert not changes_since_kept(s, 2024, Q2)  # nothing moved yet


def test_keeping_again_replaces_and_undo_puts_the_first_back(behind):
    db, pid = behind
    keep_report(db, 2024, Q2)
    first = report_snapshot(db, 2024, Q2)
    _invest(db, pid, 0.1, 1.9)
    keep_report(db, 2024, Q2)  # the corrected report sent again
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(KeptReport)) == 1
        assert kept_lights(s, pid, 2024)[Q2] is Light.GREEN
    restore_report(db, first)  # undo of the second keep
    with db.read() as s:
        assert kept_lights(s, pid, 2024)[Q2] is Light.RED
        assert s.scalar(select(func.count()).select_from(KeptProject)) == 49
        assert list(kept_quarters(s, 2024)) == [Q2]
    drop_report(db, 2024, Q2)  # undo of the first keep
    with db.read() as s:
        assert kept_quarters(s, 2024) == {}
        assert s.scalar(select(func.count()).select_from(KeptProject)) == 0


def test_undoing_a_keep_does_not_take_back_a_report_a_colleague_kept_since(behind):
    # the undo of keeping a report dropped whatever was kept for the quarter: a colleague's report kept after it
    # (the corrected figures, sent by them) went, or was replaced by the one before both
    db, pid = behind
    keep_report(db, 2024, Q2)
    mine = kept_at(db, 2024, Q2)
    first = report_snapshot(db, 2024, Q2)
    _invest(db, pid, 0.1, 1.9)
    keep_report(db, 2024, Q2)  # a colleague keeps it again
    theirs = kept_at(db, 2024, Q2)
    with pytest.raises(changes.Conflict):
        drop_report(db, 2024, Q2, expected=mine)
    with pytest.raises(changes.Conflict):
        restore_report(db, first, expected=mine)
    with db.read() as s:
        assert kept_lights(s, pid, 2024)[Q2] is Light.GREEN  # theirs stands
    drop_report(db, 2024, Q2, expected=theirs)  # their own undo takes it back
    with db.read() as s:
        assert kept_quarters(s, 2024) == {}


def test_list_changes_since_the_report_are_counted(behind):
    db, pid = behind
    keep_report(db, 2024, Q2)
    changes.remove_project(db, 2024, pid, reason="调出")
    changes.add_project(db, 2024, "新列入的项目")
    with db.read() as s:
        moved = changes_since_kept(s, 2024, Q2)
    assert moved["removed"] == 1 and moved["added"] == 1
    # the dashboard's 新列入1个；移出1个 opens them: the one taken off too (it is off the list), nothing else
    with db.read() as s:
        ids = project_ids(s, ProjectFilter(year=2024, at=Q2, list_changed_since_kept=True))
        names = set(s.scalars(select(KeyProject.name).where(KeyProject.id.in_(ids))))
        assert names == {"新列入的项目", s.get(KeyProject, pid).name}
        # another quarter has no kept report: nothing to list
        assert project_ids(s, ProjectFilter(year=2024, at=Quarter(2024, 3), list_changed_since_kept=True)) == []


def test_a_quarter_of_another_year_is_refused(any_db):
    with pytest.raises(EditError):
        keep_report(any_db, 2024, Quarter(2023, 4))
    with any_db.read() as s:
        assert kept_quarters(s, 2024) == {}


def test_a_project_deleted_takes_its_kept_rows_with_it(behind):
    # an import taken back deletes the projects it added; their kept rows must not block it
    db, pid = behind
    keep_report(db, 2024, Q2)
    with db.session() as s:
        s.delete(s.get(KeyProject, pid))
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(KeptProject)) == 48


def test_the_next_quarters_paragraph_compares_the_warnings_with_the_last_report(behind):
    from milestones.store.dashboard import dashboard
    from milestones.store.reports import report_before

    db, pid = behind
    keep_report(db, 2024, Q2)  # 重庆长滨 red (and three others yellow, as the plan stands)
    _invest(db, pid, 0.1, 0.1, 2.8)  # caught up in the third quarter
    q3 = Quarter(2024, 3)
    with db.read() as s:
        before = report_before(s, 2024, q3)
        assert report_before(s, 2024, Quarter(2024, 1)) is None  # nothing before the year's first quarter
    assert before is not None and before.at == Q2
    now = dashboard(db, 2024, q3)

    def count(d, light):
        return sum(c[light] for c in d.lights_by_zone.values())

    # 重庆长滨 left red; projects a quarter later than planned by now moved up: the sentence says the sums
    moves = []
    for light, name in ((Light.RED, "严重滞后"), (Light.YELLOW, "滞后")):
        n = count(now, light) - count(before, light)
        if n:
            moves.append(f"{name}{'增加' if n > 0 else '减少'}{abs(n)}个")
    assert moves  # the bundled plan's quarters moved some lights
    assert "较2024年二季度上报时，" + "、".join(moves) + "。" in progress_summary(now, "zh", before)
    assert "Against the 2024 Q2 report:" in progress_summary(now, "en", before)
    assert "较2024年三季度上报时，预警项目数持平。" in progress_summary(now, "zh", now)  # nothing moved
    assert "Against the 2024 Q3 report: as many warnings." in progress_summary(now, "en", now)
    assert "上报时" not in progress_summary(now)  # no report before: no comparison


def test_a_kept_report_names_the_indicators_behind_pace_as_they_were(behind):
    # 城镇新增就业 at 1.0 of 4.6万人 after the first half: behind the time gone when the report was sent
    db, _ = behind
    kept = _kept_with_jobs_at_mid_year(db, 1.0)
    assert [(n, round(d, 1), g) for n, d, g in kept.behind_pace] == [("城镇新增就业", 21.7, 50.0)]
    assert "城镇新增就业（完成全年目标的21.7%，低于时序进度28.3个百分点）" in progress_summary(kept, "zh")


def test_a_kept_report_names_the_indicators_nearly_on_pace_as_they_were(behind):
    # 2.2 of 4.6万人 after the first half is 47.8 % after 50 %: 基本达到时序进度 when sent, and kept so
    db, _ = behind
    kept = _kept_with_jobs_at_mid_year(db, 2.2)
    assert kept.indicators["near_pace"] == 1 and kept.behind_pace == []
    assert [(n, round(d, 1), g) for n, d, g in kept.near_pace] == [("城镇新增就业", 47.8, 50.0)]
    assert "基本达到时序进度的：城镇新增就业（完成全年目标的47.8%，低于时序进度2.2个百分点）" in progress_summary(kept, "zh")


def _kept_with_jobs_at_mid_year(db, figure: float):
    """The second quarter's report kept with 城镇新增就业 at ``figure`` of 4.6万人 in the first half, then caught up:
    the kept report's figures."""
    from milestones.store.schema import Indicator, IndicatorYear

    with db.session() as s:
        iy = s.scalar(select(IndicatorYear).join(Indicator, Indicator.id == IndicatorYear.indicator_id)
                      .where(Indicator.name == "城镇新增就业", IndicatorYear.year == 2024))
        iy.target_text, iy.target_op, iy.target_value, iy.target_unit = "4.6", "exact", 4.6, "万人"
        iy.actual, iy.actual_text = figure, f"上半年:{figure}"
    keep_report(db, 2024, Q2)
    with db.session() as s:  # reported again later: caught up
        s.get(IndicatorYear, iy.id).actual = 2.5
    with db.read() as s:
        return kept_report(s, 2024, Q2).figures
