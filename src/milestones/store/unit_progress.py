"""How each unit stands at a quarter: the table an office sends round as 各单位目标任务完成情况.

A target is the unit's that leads it (its 责任单位, the measure's where the target names none; a
unit only working with it does not answer for it); a project the unit's responsible for it, else
its owner's; an indicator the unit's that a table split among the units names as its 牵头单位.
Counted in SQL a group of cells at a time, so a city's projects take no longer than the dashboard's
own counts.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import and_, case, func, or_, select

from ..domain.collation import sort_text
from ..domain.progress import Light
from ..domain.quarter import Quarter
from ..domain.steps import Step, step_score
from ..domain.target import Score
from ..domain.units import renamed_in, units_answering
from .dashboard import indicator_standing, said_behind, target_standing
from .database import Database
from .project_rows import light_expression, reported_in
from .queries import find_plan, previous_levels
from .schema import Indicator, IndicatorYear, KeyProject, Measure, MeasureTarget, PlanEntry, Section, TargetStep
from .settings import light_rules

__all__ = ["UnitProgress", "unit_progress", "unit_renames"]


@dataclass
class UnitProgress:
    unit: str
    # listed, and by standing (store.dashboard.target_standing): met, not_met, pending, unscorable,
    # not_due; behind: behind the step of the quarter, or not due and said behind the time gone
    targets: Counter = field(default_factory=Counter)
    # listed, and by light (red, yellow, …), unreported: no investment reported for the quarter
    projects: Counter = field(default_factory=Counter)
    # listed, and by standing (store.dashboard.indicator_standing): met, not_met, behind_pace, pending, …
    indicators: Counter = field(default_factory=Counter)

    @property
    def attention(self) -> int:
        """What a meeting asks this unit about: targets missed or unreported, projects late or silent, indicators
        missed or behind the time gone."""
        t, p, i = self.targets, self.projects, self.indicators
        return (t["not_met"] + t["pending"] + t["behind"] + p[Light.RED.value] + p[Light.YELLOW.value]
                + p["unreported"] + i["not_met"] + i["behind_pace"])


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
                .where(Section.plan_id == plan.id, TargetStep.quarter == at,
                       TargetStep.actual.is_not(None) | TargetStep.actual_text.is_not(None))):
            if step_score(Step(st.quarter, st.text, st.value, st.actual_text, st.actual), t.op, t.unit) is Score.NOT_MET:
                behind.add(t.id)
        for t, m in s.execute(
                select(MeasureTarget, Measure).join(Measure, Measure.id == MeasureTarget.measure_id)
                .join(Section, Section.id == Measure.section_id).where(Section.plan_id == plan.id)):
            standing = target_standing(t, plan.year, at)
            for name in units_answering(t.responsible_unit or m.responsible_unit):
                c = of(name).targets
                c["listed"] += 1
                c[standing] += 1
                c["behind"] += t.id in behind or said_behind(t, plan.year, at)
        light = light_expression(at, light_rules(s))
        silent = case((reported_in(at), 0), else_=1)
        for owner, responsible, value, unreported, n in s.execute(
                select(KeyProject.owner, KeyProject.responsible_unit, light, silent, func.count())
                .join(PlanEntry, and_(PlanEntry.project_id == KeyProject.id, PlanEntry.plan_id == plan.id))
                .where(PlanEntry.on_list.is_(True))
                .group_by(KeyProject.owner, KeyProject.responsible_unit, light, silent)):
            for name in units_answering(responsible) or units_answering(owner):
                c = of(name).projects
                c["listed"] += n
                c[Light(value).value] += n
                c["unreported"] += n * unreported
        levels, near = previous_levels(s, plan.year), light_rules(s).near_pace_points
        for iy, unit in s.execute(
                select(IndicatorYear, Indicator.unit).join(Indicator, Indicator.id == IndicatorYear.indicator_id)
                .where(IndicatorYear.year == plan.year, IndicatorYear.responsible_unit.is_not(None))):
            standing = indicator_standing(iy, unit, levels.get(iy.indicator_id), near)
            for name in units_answering(iy.responsible_unit):
                c = of(name).indicators
                c["listed"] += 1
                c[standing] += 1
    return sorted(units.values(), key=lambda u: (-u.attention, sort_text(u.unit)))


def unit_renames(db: Database, year: int | None, old: str, new: str) -> list[tuple[str, int, str, str, str, int]]:
    """Where the year's plan names the unit ``old`` (a target's, a measure's, a listed project's or the year's
    indicators' unit cells), each cell as it would read naming ``new`` instead: (table, row id, field, was,
    becomes, row version), for one edit of them all. "区住建委" typed in one table and "区住房城乡建委" in another are one
    unit once the planner says so."""
    out: list[tuple[str, int, str, str, str, int]] = []

    def cells(table: str, row, fields: tuple[str, ...]) -> None:
        for f in fields:
            was = getattr(row, f)
            becomes = renamed_in(was, old, new)
            if becomes is not None and becomes != was:
                out.append((table, row.id, f, was, becomes, row.version))

    with db.read() as s:
        plan = find_plan(s, year)

        def naming(*columns):  # the cells that may name it: read only those (a city's projects are many)
            return or_(*(c.contains(old, autoescape=True) for c in columns))

        for m in s.scalars(select(Measure).join(Section, Section.id == Measure.section_id)
                           .where(Section.plan_id == plan.id, naming(Measure.responsible_unit))):
            cells("measure", m, ("responsible_unit",))
        for t in s.scalars(select(MeasureTarget).join(Measure, Measure.id == MeasureTarget.measure_id)
                           .join(Section, Section.id == Measure.section_id)
                           .where(Section.plan_id == plan.id,
                                  naming(MeasureTarget.responsible_unit, MeasureTarget.partner_units))):
            cells("measure_target", t, ("responsible_unit", "partner_units"))
        for p in s.scalars(select(KeyProject).join(PlanEntry, and_(PlanEntry.project_id == KeyProject.id,
                                                                   PlanEntry.plan_id == plan.id))
                           .where(naming(KeyProject.owner, KeyProject.responsible_unit, KeyProject.partner_units))):
            cells("key_project", p, ("owner", "responsible_unit", "partner_units"))
        for iy in s.scalars(select(IndicatorYear).where(
                IndicatorYear.year == plan.year, naming(IndicatorYear.responsible_unit, IndicatorYear.partner_units))):
            cells("indicator_year", iy, ("responsible_unit", "partner_units"))
    return out
