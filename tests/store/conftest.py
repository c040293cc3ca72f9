"""A plan some of whose projects are classed and report their investment: what 分类统计 and the
推进情况表 count."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from milestones.domain.quarter import Quarter
from milestones.store import changes
from milestones.store.schema import KeyProject, PlanEntry


@pytest.fixture
def classed(any_db):
    """Three projects classed and reporting; the rest of the bundled plan unclassed."""
    db = any_db
    with db.session() as s:
        ids = dict(s.execute(select(KeyProject.name, KeyProject.id)).all())
        for name, cls, annual in (("重庆长滨", "城市更新", 4.0), ("红楼宾馆综合改造", "城市更新", 2.0),
                                  ("重庆中心T3塔楼", "产业发展", 10.0)):
            s.get(KeyProject, ids[name]).project_class = cls
            s.scalar(select(PlanEntry).where(PlanEntry.project_id == ids[name])).annual_investment = annual
        s.get(KeyProject, ids["重庆长滨"]).actual_start = Quarter(2024, 1)
    changes.replace_project_details(db, ids["重庆长滨"], "investments", [{"quarter": "2024Q1", "actual": 0.5},
                                                                      {"quarter": "2024Q2", "actual": 1.5}])
    changes.replace_project_details(db, ids["重庆中心T3塔楼"], "investments", [{"quarter": "2024Q1", "actual": 1}])
    return db
