"""重点项目推进情况表: a row per project at a quarter, today's or as the quarter's report was kept."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from milestones.domain.progress import Light
from milestones.domain.quarter import Quarter
from milestones.store import changes
from milestones.store.breakdown import breakdown
from milestones.store.exports import ExportFilter
from milestones.store.progress_table import progress_table, tally
from milestones.store.reports import keep_report
from milestones.store.schema import KeyProject

Q2 = Quarter(2024, 2)


def _rows(table):
    return {r.record["name"]: r for r in table.rows}


def _id(db, name):
    with db.read() as s:
        return s.scalar(select(KeyProject.id).where(KeyProject.name == name))


def test_each_project_at_the_quarter_with_its_light_and_why(classed):
    changes.replace_project_details(classed, _id(classed, "重庆长滨"), "notes",
                                    [{"quarter": "2024Q1", "text": "完成桩基施工"}])
    changes.replace_project_details(classed, _id(classed, "重庆中心T3塔楼"), "notes",
                                    [{"quarter": "2024Q2", "text": "幕墙施工"}])
    table = progress_table(classed, ExportFilter(2024), Q2)
    rows = _rows(table)
    assert len(table.rows) == 49 and table.kept is None
    binjiang = rows["重庆长滨"]  # started, 2.0 of 4.0 invested by mid-year: on time
    assert (binjiang.invested, binjiang.rate, binjiang.actual_start) == (2.0, 0.5, Quarter(2024, 1))
    assert binjiang.light is Light.GREEN and binjiang.reasons == []
    assert binjiang.progress is None  # the quarter's own words only: none reported for the second quarter
    tower = rows["重庆中心T3塔楼"]  # 1.0 of 10.0: 40 points behind 序时进度, and due to complete in the first quarter
    assert tower.light is Light.RED and tower.progress == "幕墙施工"
    assert [r.text() for r in tower.reasons] == ["年度投资完成10.0%，落后序时进度（50%）40.0个百分点",
                                                 "计划2024年一季度完工，尚未完工，已晚1个季度"]
    assert rows["红楼宾馆综合改造"].invested is None and rows["红楼宾馆综合改造"].rate is None  # nothing reported


def test_its_breakdown_agrees_with_the_dashboards_breakdown(classed):
    table = progress_table(classed, ExportFilter(2024), Q2)
    for by in ("class", "zone", "area"):
        with classed.read() as s:
            sql = breakdown(s, 2024, Q2, by)
        ours = tally(table.rows, by)
        assert [(r.key, r.projects, r.planned, r.invested, r.started, r.completed, r.red, r.yellow) for r in ours] == \
            [(r.key, r.projects, r.planned, r.invested, r.started, r.completed, r.red, r.yellow) for r in sql], by
    (total,) = tally(table.rows, None)
    assert (total.projects, total.planned, total.invested) == (49, 16.0, 3.0)


def test_a_zones_table_lists_its_projects_only(classed):
    table = progress_table(classed, ExportFilter(2024, zone="西部"), Q2)
    assert table.rows and {r.record["zone"] for r in table.rows} == {"西部"}


def test_as_reported_gives_the_kept_lights_and_figures_not_todays(classed):
    db = classed
    keep_report(db, 2024, Q2)
    tower, binjiang = _id(db, "重庆中心T3塔楼"), _id(db, "重庆长滨")
    # after the report: the tower's unit corrects its figure (only its completion late today), 重庆长滨's completion is
    # planned earlier (late today), and a project joins the list
    changes.replace_project_details(db, tower, "investments", [{"quarter": "2024Q1", "actual": 6.0}])
    with db.session() as s:
        s.get(KeyProject, binjiang).planned_completion = Quarter(2024, 1)
    changes.add_project(db, 2024, "新列入项目")
    today = _rows(progress_table(db, ExportFilter(2024), Q2))
    assert today["重庆中心T3塔楼"].light is Light.YELLOW and "新列入项目" in today

    table = progress_table(db, ExportFilter(2024), Q2, as_reported=True)
    rows = _rows(table)
    assert table.kept is not None and table.kept.quarter == Q2 and table.left_out == 1
    assert "新列入项目" not in rows  # not in the report sent
    assert rows["重庆中心T3塔楼"].light is Light.RED and rows["重庆中心T3塔楼"].invested == 1.0
    assert rows["重庆中心T3塔楼"].reasons[0].text().startswith("年度投资完成10.0%")
    as_sent = rows["重庆长滨"]  # green in the report, judged against the plan then: its completion was not due
    assert as_sent.light is Light.GREEN and not as_sent.plan_moved and as_sent.record["completion"] is None
    assert _rows(progress_table(db, ExportFilter(2024), Q2))["重庆长滨"].record["completion"] == "2024Q1"  # today's

    # a report kept before its plan was kept reads today's plan: a light it cannot give has no reasons
    from milestones.store.schema import KeptProject

    with db.session() as s:
        for kp in s.scalars(select(KeptProject)):
            kp.with_plan = None
    old = _rows(progress_table(db, ExportFilter(2024), Q2, as_reported=True))["重庆长滨"]
    assert old.light is Light.GREEN and old.plan_moved and old.reasons == []


def test_as_reported_keeps_a_project_taken_off_the_list_since(classed):
    db = classed
    keep_report(db, 2024, Q2)
    changes.remove_project(db, 2024, _id(db, "重庆中心T3塔楼"), reason="并入其他项目")
    rows = _rows(progress_table(db, ExportFilter(2024), Q2, as_reported=True))
    assert rows["重庆中心T3塔楼"].light is Light.RED and not rows["重庆中心T3塔楼"].record["on_list"]
    assert "重庆中心T3塔楼" not in _rows(progress_table(db, ExportFilter(2024), Q2))


def test_a_quarter_not_kept_cannot_be_given_as_reported(classed):
    with pytest.raises(LookupError, match="尚未存档上报"):
        progress_table(classed, ExportFilter(2024), Q2, as_reported=True)
    with pytest.raises(ValueError, match="2024年的季度"):
        progress_table(classed, ExportFilter(2024), Quarter(2023, 4))


def test_the_list_sorts_by_rate_and_light_on_either_database(classed):
    from milestones.store.project_rows import ProjectFilter, project_ids

    with classed.read() as s:
        names = dict((pid, n) for n, pid in s.execute(select(KeyProject.name, KeyProject.id)))
        by_rate = [names[i] for i in project_ids(s, ProjectFilter(year=2024), "rate", at=Q2)]
        worst = [names[i] for i in project_ids(s, ProjectFilter(year=2024, at=Q2), "light", True)]
    assert by_rate[:2] == ["重庆中心T3塔楼", "重庆长滨"]  # 10 %, 50 %; nothing reported after
    assert worst[0] == "重庆中心T3塔楼"


def test_a_long_list_of_ids_filters_on_either_database(classed):
    # an import may move the lights of tens of thousands: the list is written into the statement past 500
    # ids (SQLite binds at most 32,766 values)
    from milestones.store.project_rows import ProjectFilter, project_ids

    with classed.read() as s:
        every = project_ids(s, ProjectFilter(year=2024))
        assert project_ids(s, ProjectFilter(year=2024, ids=tuple(range(1, 40_001)))) == every
        assert project_ids(s, ProjectFilter(year=2024, ids=tuple(every[:3]))) == every[:3]


def test_a_project_listed_as_under_way_is_not_late_for_its_start_in_an_earlier_year(classed):
    # a list dating a 续建 project's start in 2022, no start recorded: the year's progress table said "计划2022年一季度
    # 开工，尚未开工，已晚9个季度" in red, and the dashboard counted it among the red, of a project being built
    from milestones.store.project_rows import project_lights
    from milestones.store.schema import PlanEntry

    with classed.session() as s:
        entry = s.scalars(select(PlanEntry).join(KeyProject, KeyProject.id == PlanEntry.project_id)
                          .where(PlanEntry.nature == "续建", KeyProject.actual_start.is_(None))).first()
        building = s.get(KeyProject, entry.project_id)
        building.planned_start, building.planned_completion, name = Quarter(2022, 1), Quarter(2025, 4), building.name
    row = _rows(progress_table(classed, ExportFilter(2024), Q2))[name]
    assert (row.light, row.reasons) == (Light.GREEN, [])
    with classed.read() as s:
        assert project_lights(s, 2024, Q2)[_id(classed, name)] == Light.GREEN.value  # the SQL light agrees
    with classed.session() as s:
        s.scalars(select(PlanEntry).where(PlanEntry.project_id == entry.project_id)).one().nature = "新开工"
    row = _rows(progress_table(classed, ExportFilter(2024), Q2))[name]
    # listed as a new project, the same plan is a start missed
    assert row.light is Light.RED and [r.text() for r in row.reasons] == ["计划2022年一季度开工，尚未开工，已晚9个季度"]
