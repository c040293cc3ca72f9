"""A project on schedule but far behind on investment is flagged, wherever its light shows:
the project table, the light filter, the dashboard and the timeline (DOMAIN.md §4)."""
from milestones.domain import Light, Quarter
from milestones.store.changes import add_project, replace_project_details
from milestones.store.dashboard import dashboard
from milestones.store.project_rows import ProjectFilter, project_ids, rows_in_order
from milestones.timeline.data import load_projects
from milestones.timeline.layout import LIGHT_CODES, build_layout

Q = Quarter
AT = Q(2024, 2)  # 序时进度 50 %


def _project(db, name, *actuals):
    pid, _ = add_project(db, 2024, name, planned_start="2024Q1", actual_start="2024Q1",
                         annual_investment=4.0, zone_id=None)
    replace_project_details(db, pid, "investments",
                            [{"quarter": q, "planned": "1", "actual": a} for q, a in actuals])
    return pid


def test_investment_behind_time_elapsed_turns_the_light(any_db):
    db = any_db  # SQLite and PostgreSQL: the SQL rule divides and compares floats on both
    red = _project(db, "投资严重滞后项目", ("2024Q1", "0.2"), ("2024Q2", "0.3"))  # 12.5 %: 37.5 points behind
    yellow = _project(db, "投资滞后项目", ("2024Q1", "0.6"), ("2024Q2", "0.6"))  # 30 %: 20 points behind
    green = _project(db, "投资正常项目", ("2024Q1", "1"), ("2024Q2", "1.2"))  # 55 %: ahead
    unknown = _project(db, "未报投资项目")  # nothing reported: judged on its schedule only
    later = _project(db, "只报了三季度的项目", ("2024Q3", "4"))  # after AT: not yet counted
    with db.read() as s:
        rows = {r.id: r for r in rows_in_order(s, [red, yellow, green, unknown, later], 2024)}
        assert [rows[i].light(AT) for i in (red, yellow, green, unknown, later)] == [
            Light.RED, Light.YELLOW, Light.GREEN, Light.GREEN, Light.GREEN]
        # the light filter runs in SQL and agrees
        f = ProjectFilter(year=2024, lights=(Light.RED.value,), at=AT)
        assert red in project_ids(s, f) and yellow not in project_ids(s, f)
        f = ProjectFilter(year=2024, lights=(Light.YELLOW.value,), at=AT)
        assert yellow in project_ids(s, f) and green not in project_ids(s, f)
    # the timeline shows the same colours
    lay = build_layout([p for p in load_projects(db, ProjectFilter(year=2024)) if p.id in (red, yellow, green)],
                       at=AT)
    assert [int(lay.light[lay.row_of[i]]) for i in (red, yellow, green)] == [
        LIGHT_CODES[Light.RED], LIGHT_CODES[Light.YELLOW], LIGHT_CODES[Light.GREEN]]
    # and the dashboard counts them (these projects have no zone)
    counts = dashboard(db, 2024, AT).lights_by_zone[""]
    assert counts[Light.RED] >= 1 and counts[Light.YELLOW] >= 1
