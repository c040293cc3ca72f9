"""分类统计: the projects by class, zone or area at a quarter, agreeing with the dashboard's own counts."""
from __future__ import annotations

import pytest

from milestones.domain.progress import Light
from milestones.domain.quarter import Quarter
from milestones.store.breakdown import breakdown
from milestones.store.dashboard import dashboard

Q2 = Quarter(2024, 2)


def test_by_class_sums_what_each_class_planned_and_did(classed):
    with classed.read() as s:
        rows = {r.key: r for r in breakdown(s, 2024, Q2, "class")}
    urban, industry, none = rows["城市更新"], rows["产业发展"], rows[None]
    assert (urban.projects, urban.planned, urban.invested, urban.started) == (2, 6.0, 2.0, 1)
    assert urban.rate == pytest.approx(2 / 6)
    assert (industry.projects, industry.planned, industry.invested) == (1, 10.0, 1.0)
    assert none.projects == 46 and none.planned is None and none.invested is None  # nothing reported: not 0
    with classed.read() as s:
        assert [r.key for r in breakdown(s, 2024, Q2, "class")][-1] is None  # the unclassed last


def test_by_zone_agrees_with_the_dashboards_lights(classed):
    d = dashboard(classed, 2024, Q2)
    with classed.read() as s:
        rows = breakdown(s, 2024, Q2, "zone")
    assert [r.key for r in rows] == ["东部", "中部", "西部", None]  # the plan's order, no zone last
    for r in rows:
        lights = d.lights_by_zone.get(r.key or "", {})
        assert (r.red, r.yellow) == (lights.get(Light.RED, 0), lights.get(Light.YELLOW, 0)), r.key
    assert sum(r.projects for r in rows) == d.reported[1]


def test_by_area_in_the_plans_order(classed):
    with classed.read() as s:
        rows = breakdown(s, 2024, Q2, "area")
    assert rows[0].key == "解放碑中央商务区" and rows[-1].key is None
    assert all(r.key_id is not None for r in rows[:-1])
