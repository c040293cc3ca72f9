"""The 合计 under the project list: sums of the list as filtered (or of the projects chosen), the same on SQLite
and PostgreSQL; nothing stated is no sum, not 0."""
import pytest
from sqlalchemy import select

from milestones.domain import Quarter
from milestones.store.project_rows import ProjectFilter, list_totals, project_ids
from milestones.store.schema import KeyProject, PlanEntry, QuarterInvestment


def _give(db):
    with db.session() as s:
        p = {name: s.scalar(select(KeyProject).where(KeyProject.name == name))
             for name in ("重庆长滨", "红楼宾馆综合改造", "重庆站铁路综合交通枢纽工程")}
        p["重庆长滨"].total_investment = 12.5
        p["红楼宾馆综合改造"].total_investment = 3.25
        p["重庆站铁路综合交通枢纽工程"].total_investment = 100.0
        for name, annual in (("重庆长滨", 2.0), ("重庆站铁路综合交通枢纽工程", 8.0)):
            entry = s.scalar(select(PlanEntry).where(PlanEntry.project_id == p[name].id))
            entry.annual_investment = annual
        s.add_all([QuarterInvestment(project_id=p["重庆长滨"].id, quarter=Quarter(2024, 1), actual=0.5),
                   QuarterInvestment(project_id=p["重庆长滨"].id, quarter=Quarter(2024, 3), actual=0.7),
                   QuarterInvestment(project_id=p["重庆站铁路综合交通枢纽工程"].id, quarter=Quarter(2024, 2),
                                     actual=1.8),
                   # a planned figure alone is no investment done
                   QuarterInvestment(project_id=p["红楼宾馆综合改造"].id, quarter=Quarter(2024, 1), planned=1.0)])
        return {name: project.id for name, project in p.items()}


def test_the_whole_list_and_what_was_done_by_a_quarter(any_db):
    _give(any_db)
    with any_db.read() as s:
        year = list_totals(s, ProjectFilter(year=2024), Quarter(2024, 4))
        half = list_totals(s, ProjectFilter(year=2024), Quarter(2024, 2))
    assert year.projects == 49
    assert year.total_investment == pytest.approx(115.75) and year.annual_investment == pytest.approx(10.0)
    assert year.invested == pytest.approx(3.0) and year.rate == pytest.approx(0.3)
    assert half.invested == pytest.approx(2.3)  # 三季度's 0.7 is not yet done by 二季度


def test_a_filtered_list_and_the_projects_chosen(any_db):
    ids = _give(any_db)
    with any_db.read() as s:
        zones = {z for z in s.scalars(select(KeyProject.zone_id).where(KeyProject.id == ids["重庆长滨"]))}
        east = list_totals(s, ProjectFilter(year=2024, zone_ids=tuple(zones)), Quarter(2024, 4))
        east_ids = project_ids(s, ProjectFilter(year=2024, zone_ids=tuple(zones)))
        chosen = list_totals(s, ProjectFilter(year=2024, ids=(ids["重庆长滨"], ids["红楼宾馆综合改造"])),
                             Quarter(2024, 4))
        nothing = list_totals(s, ProjectFilter(year=2024, text="万州"), Quarter(2024, 4))
    assert east.projects == len(east_ids) and east.total_investment == pytest.approx(12.5)  # 重庆长滨 alone is 东部
    assert chosen.projects == 2 and chosen.total_investment == pytest.approx(15.75)
    assert chosen.annual_investment == pytest.approx(2.0) and chosen.invested == pytest.approx(1.2)
    assert nothing.projects == 0
    assert (nothing.total_investment, nothing.annual_investment, nothing.invested, nothing.rate) == (None,) * 4


def test_a_list_with_no_figures_has_no_sums(any_db):
    with any_db.read() as s:
        t = list_totals(s, ProjectFilter(year=2024), Quarter(2024, 4))
    assert t.projects == 49 and (t.total_investment, t.annual_investment, t.invested, t.rate) == (None,) * 4
