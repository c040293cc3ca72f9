"""The light filter runs in SQL; it must agree with the Python rule."""
from hypothesis import HealthCheck, given, settings, strategies as st
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from milestones.domain import ProjectStatus, Quarter, warning_light
from milestones.store.database import upgrade
from milestones.store.project_rows import light_expression
from milestones.store.schema import KeyProject

quarters = st.one_of(st.none(), st.builds(Quarter, st.integers(2023, 2026), st.integers(1, 4)))
engine = create_engine("sqlite://")
upgrade(engine)


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(quarters, quarters, quarters, quarters, st.builds(Quarter, st.integers(2023, 2026), st.integers(1, 4)))
def test_sql_light_matches_the_rule(ps, as_, pc, ac, at):
    with Session(engine) as s:
        p = KeyProject(name="p", name_key="p", planned_start=ps, actual_start=as_,
                       planned_completion=pc, actual_completion=ac)
        s.add(p)
        s.flush()
        got = s.scalar(select(light_expression(at)).where(KeyProject.id == p.id))
        s.rollback()
    assert got == warning_light(ProjectStatus(ps, as_, pc, ac), at).value
