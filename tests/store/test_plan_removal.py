"""A year's plan opened by mistake is removed, after a copy is kept; the other years lose nothing."""
from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import func, select

from milestones.store import changes
from milestones.store.database import StoreError
from milestones.store.plan_removal import plan_contents, remove_plan
from milestones.store.schema import IndicatorYear, KeyProject, Plan, PlanEntry, QuarterInvestment


def _year_rows(db, year):
    """The year's list and its projects' quarters, as kept."""
    with db.read() as s:
        entries = s.execute(select(PlanEntry.project_id, PlanEntry.nature, PlanEntry.annual_investment,
                                   PlanEntry.invested_before).join(Plan).where(Plan.year == year)
                            .order_by(PlanEntry.project_id)).all()
        quarters = s.execute(select(QuarterInvestment.project_id, QuarterInvestment.quarter, QuarterInvestment.actual)
                             .order_by(QuarterInvestment.id)).all()
        indicators = s.execute(select(IndicatorYear.indicator_id, IndicatorYear.year, IndicatorYear.actual)
                               .where(IndicatorYear.year == year).order_by(IndicatorYear.id)).all()
        return entries, quarters, indicators


def test_a_next_year_opened_by_mistake_is_removed_after_a_copy_is_kept(any_db, tmp_path):
    db = any_db
    with db.read() as s:
        pid = s.scalar(select(KeyProject.id).where(KeyProject.name == "重庆长滨"))
    changes.replace_project_details(db, pid, "investments", [{"quarter": "2024Q1", "actual": 0.5}])
    before = _year_rows(db, 2024)
    changes.start_next_plan(db, 2024)  # clicked in March
    new, _ = changes.add_project(db, 2025, "2025年新谋划项目")
    with db.read() as s:
        seen = plan_contents(s, 2025)
        carried = s.scalar(select(func.count()).select_from(PlanEntry).join(Plan).where(Plan.year == 2025)) - 1
        drafted = s.scalar(select(func.count()).select_from(IndicatorYear).where(IndicatorYear.year == 2025))
    assert (seen.listed, seen.own_projects, seen.other_years) == (carried + 1, 1, (2024,))
    assert seen.indicators == drafted > 0  # the drafted 附件2 goes with it
    contents, copy, cs = remove_plan(db, 2025, backups=tmp_path)
    assert contents == seen and new in cs.deleted["key_project"]
    with db.read() as s:
        assert list(s.scalars(select(Plan.year))) == [2024]
        assert s.get(KeyProject, new) is None  # on no other year's list: gone with it
        assert s.get(KeyProject, pid) is not None  # carried projects stay
    assert _year_rows(db, 2024) == before  # 2024 exactly as it was
    # the way back: a checked copy holding 2025
    assert copy.path.parent == tmp_path and "删除2025年计划前" in copy.path.name and copy.plans == 2
    with sqlite3.connect(copy.path) as c:
        assert c.execute("SELECT year FROM plan ORDER BY year").fetchall() == [(2024,), (2025,)]
        assert c.execute("SELECT count(*) FROM key_project WHERE name = '2025年新谋划项目'").fetchone() == (1,)


def test_an_earlier_years_indicator_figures_stay_as_the_later_plans_last_year(db, tmp_path):
    # 2023's figures are the 2024 plan's 附件1 (上年完成): removing a stray 2023 list keeps them
    with db.session() as s:
        s.add(Plan(year=2023, title="2023年计划"))
    results = _year_rows(db, 2023)[2]
    assert results  # the bundled plan's 附件1
    with db.read() as s:
        assert plan_contents(s, 2023).indicators == 0
    remove_plan(db, 2023, backups=tmp_path)
    assert _year_rows(db, 2023)[2] == results
    with db.read() as s:
        assert list(s.scalars(select(Plan.year))) == [2024]


def test_the_only_plan_is_not_removed_and_a_failed_copy_removes_nothing(db, tmp_path):
    with pytest.raises(changes.EditError, match="唯一的年度计划"):
        remove_plan(db, 2024, backups=tmp_path)
    changes.start_next_plan(db, 2024)
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("")  # the copy cannot be written: the plan is not removed
    with pytest.raises((StoreError, OSError)):
        remove_plan(db, 2025, backups=blocked)
    with db.read() as s:
        assert list(s.scalars(select(Plan.year).order_by(Plan.year))) == [2024, 2025]
