"""The light filter and the dashboard count run in SQL; they must agree with the Python rule,
schedule and investment alike."""
from hypothesis import HealthCheck, given, settings, strategies as st
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from milestones.domain import ProjectStatus, Quarter, warning_light
from milestones.domain.progress import LightRules, invested_to, named_year
from milestones.store.database import upgrade
from milestones.store.project_rows import light_expression
from milestones.store.schema import KeyProject, Plan, PlanEntry, QuarterInvestment

quarters = st.one_of(st.none(), st.builds(Quarter, st.integers(2023, 2026), st.integers(1, 4)))
# a plan's wording where it names no quarter: a year (due by its end), two years, none, full-width digits
wordings = st.one_of(st.none(), st.sampled_from(["2024年开工", "2023年完工", "2025年底前", "2026年", "2024-2025年",
                                                 "２０２４年开工", "明年", "前期", "1999年", "2024 年开工"]))
amounts = st.one_of(st.none(), st.sampled_from([0.0, 0.25, 0.5, 1.0, 1.5, 2.0, 3.3, 7.0]))
engine = create_engine("sqlite://")
upgrade(engine)


@settings(max_examples=400, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(quarters, quarters, quarters, quarters, st.builds(Quarter, st.integers(2023, 2026), st.integers(1, 4)),
       st.one_of(st.none(), st.sampled_from([0.0, 2.0, 4.0, 10.0])),
       st.dictionaries(st.builds(Quarter, st.integers(2023, 2026), st.integers(1, 4)), amounts, max_size=5),
       st.sampled_from([LightRules(), LightRules(1, 1, 5.0, 15.0), LightRules(2, 3, 20.0, 40.0, 0.5),
                        LightRules(1, 2, 10.0, 30.0, 0.8)]),
       wordings, wordings, st.sampled_from([None, "续建", "新开工", "前期"]))
def test_sql_light_matches_the_rule(ps, as_, pc, ac, at, annual, actuals, rules, ps_text, pc_text, nature):
    with Session(engine) as s:
        plan = Plan(jurisdiction="测试区", year=at.year, title="t")
        p = KeyProject(name="p", name_key="p", planned_start=ps, actual_start=as_,
                       planned_completion=pc, actual_completion=ac, planned_start_text=ps_text,
                       planned_completion_text=pc_text)
        s.add_all([plan, p])
        s.flush()
        s.add(PlanEntry(plan_id=plan.id, project_id=p.id, annual_investment=annual, nature=nature))
        s.add_all([QuarterInvestment(project_id=p.id, quarter=q, actual=a) for q, a in actuals.items()])
        s.flush()
        got = s.scalar(select(light_expression(at, rules)).join(PlanEntry, PlanEntry.project_id == KeyProject.id)
                       .where(KeyProject.id == p.id))
        s.rollback()
    to_date = invested_to(at, [(q.index, a) for q, a in actuals.items()])
    status = ProjectStatus(ps, as_, pc, ac, annual, to_date, named_year(ps_text), named_year(pc_text),
                           under_way=nature == "续建")
    assert got == warning_light(status, at, rules).value
