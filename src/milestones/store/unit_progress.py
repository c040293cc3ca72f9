"""How each unit stands at a quarter: the table an office sends round as 各单位目标任务完成情况.

A target is the unit's that leads it (its 责任单位, the measure's where the target names none; a
unit only working with it does not answer for it); a project the unit's responsible for it, else
its owner's. Counted in SQL a group of cells at a time, so a city's projects take no longer
than the dashboard's own counts.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import and_, case, func, select

from ..domain.progress import Light
from ..domain.quarter import Quarter
from ..domain.steps import Step, step_score
from ..domain.target import Score
from ..domain.units import units_named
from .dashboard import target_standing
from .database import Database
from .project_rows import light_expression, reported_in
from .queries import find_plan
from .schema import KeyProject, Measure, MeasureTarget, PlanEntry, Section, TargetStep

__all__ = ["UnitProgress", "unit_progress"]


@dataclass
class UnitProgress:
    unit: str
    # listed, and by standing (store.dashboard.target_standing): met, not_met, pending, unscorable,
    # not_due; behind: behind the step of the quarter
    targets: Counter = field(default_factory=Counter)
    # listed, and by light (red, yellow, …), unreported: no investment reported for the quarter
    projects: Counter = field(default_factory=Counter)

    @property
    def attention(self) -> int:
        """What a meeting asks this unit about: targets missed or unreported, projects late or silent."""
        t, p = self.targets, self.projects
        return t["not_met"] + t["pending"] + t["behind"] + p[Light.RED.value] + p[Light.YELLOW.value] + p["unreported"]


def unit_progress(db: Database, year: int | None, at: Quarter | None = None) -> list[UnitProgress]:
    """Every unit answering for a target or a project of the year's plan, the one most to ask about
    first (then by name)."""
    units: dict[str, UnitProgress] = {}

    def of(name: str) -> UnitProgress:
        return units.setdefault(name, UnitProgress(name))

    with db.read() as s:
        plan = find_plan(s, year)
        at = at or Quarter(plan.year, 4)
        behind: set[int] = set()
        for st, t in s.execute(
                select(TargetStep, MeasureTarget).join(MeasureTarget, MeasureTarget.id == TargetStep.target_id)
                .join(Measure, Measure.id == MeasureTarget.measure_id).join(Section, Section.id == Measure.section_id)
                .where(Section.plan_id == plan.id, TargetStep.quarter == at, TargetStep.actual.is_not(None))):
            if step_score(Step(st.quarter, st.text, st.value, st.actual_text, st.actual), t.op, t.unit) is Score.NOT_MET:
                behind.add(t.id)
        for t, m in s.execute(
                select(MeasureTarget, Measure).join(Measure, Measure.id == MeasureTarget.measure_id)
                .join(Section, Section.id == Measure.section_id).where(Section.plan_id == plan.id)):
            standing = target_standing(t, plan.year, at)
            for name in units_named(t.responsible_unit or m.responsible_unit):
                c = of(name).targets
                c["listed"] += 1
                c[standing] += 1
                c["behind"] += t.id in behind
        light = light_expression(at)
        silent = case((reported_in(at), 0), else_=1)
        for owner, responsible, value, unreported, n in s.execute(
                select(KeyProject.owner, KeyProject.responsible_unit, light, silent, func.count())
                .join(PlanEntry, and_(PlanEntry.project_id == KeyProject.id, PlanEntry.plan_id == plan.id))
                .where(PlanEntry.on_list.is_(True))
                .group_by(KeyProject.owner, KeyProject.responsible_unit, light, silent)):
            for name in units_named(responsible) or units_named(owner):
                c = of(name).projects
                c["listed"] += n
                c[Light(value).value] += n
                c["unreported"] += n * unreported
    return sorted(units.values(), key=lambda u: (-u.attention, u.unit))
