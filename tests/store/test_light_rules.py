"""An office's own warning-light rules (DOMAIN.md §4: 银川 10 / 30 points, others stricter) are the
plan's, kept in its database, and every light follows them: the filter, the dashboard, 各单位进展,
the timeline and the printout."""
import json

import pytest
from sqlalchemy import select

from milestones.domain import Light, LightRules, Quarter
from milestones.store.changes import EditError, add_project, replace_project_details
from milestones.store.dashboard import dashboard
from milestones.store.project_rows import ProjectFilter, project_ids
from milestones.store.schema import Setting
from milestones.store.settings import LIGHT_RULES, light_rules, set_light_rules
from milestones.store.unit_progress import unit_progress
from milestones.timeline.layout import LIGHT_CODES
from milestones.timeline.print import PrintSettings, layouts_for

Q = Quarter
AT = Q(2024, 2)  # 序时进度 50 %


def _behind(db):
    """Started on time, 20 points behind 序时进度 at mid-year (30 % of its 4 亿元), and one a quarter late."""
    pid, _ = add_project(db, 2024, "投资落后项目", planned_start="2024Q1", actual_start="2024Q1",
                         annual_investment=4.0, zone_id=None, responsible_unit="区城市更新中心")
    replace_project_details(db, pid, "investments", [{"quarter": "2024Q1", "planned": "1", "actual": "0.6"},
                                                     {"quarter": "2024Q2", "planned": "1", "actual": "0.6"}])
    late, _ = add_project(db, 2024, "晚一季度开工项目", planned_start="2024Q1", zone_id=None,
                          responsible_unit="区城市更新中心")
    return pid, late


def _lights(db, *ids):
    with db.read() as s:
        return [next(Light(v) for v in (l.value for l in Light)
                     if i in project_ids(s, ProjectFilter(year=2024, lights=(v,), at=AT))) for i in ids]


def test_the_offices_rules_judge_every_light(any_db, tmp_path):
    db = any_db
    behind, late = _behind(db)
    assert _lights(db, behind, late) == [Light.YELLOW, Light.YELLOW]  # the defaults: 10 points, one quarter
    with db.read() as s:
        red_before = len(project_ids(s, ProjectFilter(year=2024, lights=(Light.RED.value,), at=AT)))
    # a stricter office: 15 points behind is already red, one quarter late is red
    set_light_rules(db, LightRules(yellow_quarters_late=1, red_quarters_late=1,
                                   yellow_points_behind=5, red_points_behind=15))
    assert _lights(db, behind, late) == [Light.RED, Light.RED]
    with db.read() as s:
        red = project_ids(s, ProjectFilter(year=2024, lights=(Light.RED.value,), at=AT))
    assert sum(c[Light.RED] for c in dashboard(db, 2024, AT).lights_by_zone.values()) == len(red)
    assert len(red) >= red_before + 2
    units = {u.unit: u for u in unit_progress(db, 2024, AT)}
    assert units["区城市更新中心"].projects["red"] == 2
    s = PrintSettings(period=(Q(2024, 1), AT))
    (_zone, lay), = layouts_for(db, ["全区"], s, 2024)
    assert lay.light[lay.row_of[behind]] == LIGHT_CODES[Light.RED]
    # 三亚's rule: under half of 序时进度 is red whatever the points (30 % of 50 % is not; 20 % would be)
    set_light_rules(db, LightRules(yellow_quarters_late=2, red_quarters_late=3, yellow_points_behind=25,
                                   red_points_behind=40, red_share_of_elapsed=0.7))
    assert _lights(db, behind, late) == [Light.RED, Light.GREEN]  # 30 % < 0.7 × 50 %
    (_zone, lay), = layouts_for(db, ["全区"], s, 2024)
    assert lay.light[lay.row_of[behind]] == LIGHT_CODES[Light.RED]
    # a lenient one: neither is flagged
    set_light_rules(db, LightRules(yellow_quarters_late=2, red_quarters_late=3,
                                   yellow_points_behind=25, red_points_behind=40))
    assert _lights(db, behind, late) == [Light.GREEN, Light.GREEN]
    with db.read() as s:
        assert light_rules(s) == LightRules(2, 3, 25.0, 40.0)  # kept in the plan's database


def test_rules_that_cannot_be_used_are_refused_and_unreadable_ones_fall_back(db):
    with pytest.raises(EditError, match="严重滞后"):
        set_light_rules(db, LightRules(yellow_quarters_late=3, red_quarters_late=2))
    with pytest.raises(EditError, match="百分点"):
        set_light_rules(db, LightRules(yellow_points_behind=40, red_points_behind=30))
    with db.read() as s:
        assert s.scalar(select(Setting).where(Setting.key == LIGHT_RULES)) is None  # nothing written
    with db.session() as s:  # written by hand, or by a later version with more to say
        s.add(Setting(key=LIGHT_RULES, value=json.dumps({"yellow_quarters_late": 2, "red_quarters_late": 4,
                                                          "red_months_late": 5})))
    with db.read() as s:
        assert light_rules(s) == LightRules(yellow_quarters_late=2, red_quarters_late=4)  # what it knows, kept
    with db.session() as s:
        s.scalar(select(Setting).where(Setting.key == LIGHT_RULES)).value = "{not json"
    with db.read() as s:
        assert light_rules(s) == LightRules()  # the lights still show, by the defaults
