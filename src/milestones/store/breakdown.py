"""The key projects by class, zone or area at a quarter (分类统计): what a report tabulates under
"分类推进情况" — how many projects, the year's planned investment and what is done of it, how many have
started and completed, how many are late. Counted in SQL, one pass, at any size."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import and_, case, func, select

from ..domain.collation import sort_text
from ..domain.progress import Light
from ..domain.quarter import Quarter
from .project_rows import invested_expression, light_expression
from .queries import find_plan
from .schema import Area, KeyProject, PlanEntry, Zone
from .settings import light_rules

__all__ = ["BreakdownRow", "breakdown", "BY"]

BY = ("class", "zone", "area")


@dataclass(frozen=True)
class BreakdownRow:
    key: str | None  # the class, zone or area name; None: the projects that name none
    key_id: int | None  # the zone's or area's id (None for a class)
    projects: int
    planned: float | None  # the year's planned investment, 亿元
    invested: float | None  # invested in the year to the quarter's end, 亿元; None: nothing reported
    started: int
    completed: int
    red: int
    yellow: int

    @property
    def rate(self) -> float | None:
        """投资完成率 of the group."""
        return None if not self.planned or self.invested is None else self.invested / self.planned


def breakdown(s, year: int | None, at: Quarter, by: str = "class") -> list[BreakdownRow]:
    """The listed projects grouped ``by`` class, zone or area, in the plan's order (zones east to west,
    areas as listed, classes by size), those naming none last."""
    if by not in BY:
        raise ValueError(f"by: {by!r}")
    plan = find_plan(s, year)
    rules = light_rules(s)
    p = KeyProject.__table__.c
    per_project = (
        select(p.id, p.project_class, p.zone_id, p.area_id, PlanEntry.annual_investment.label("planned"),
               invested_expression(at).label("invested"), light_expression(at, rules).label("light"),
               case((and_(p.actual_start.is_not(None), p.actual_start <= at.index), 1), else_=0).label("started"),
               case((and_(p.actual_completion.is_not(None), p.actual_completion <= at.index), 1),
                    else_=0).label("completed"))
        .select_from(KeyProject.__table__)
        .join(PlanEntry, and_(PlanEntry.project_id == p.id, PlanEntry.plan_id == plan.id))
        .where(PlanEntry.on_list.is_(True))
    ).subquery()
    key = {"class": per_project.c.project_class, "zone": per_project.c.zone_id, "area": per_project.c.area_id}[by]
    rows = s.execute(select(
        key, func.count(), func.sum(per_project.c.planned), func.sum(per_project.c.invested),
        func.sum(per_project.c.started), func.sum(per_project.c.completed),
        func.sum(case((per_project.c.light == Light.RED.value, 1), else_=0)),
        func.sum(case((per_project.c.light == Light.YELLOW.value, 1), else_=0)),
    ).group_by(key)).all()
    names, order = group_names(s, by)
    out = [BreakdownRow(names.get(k, k) if by != "class" else k, k if by != "class" else None, n, planned, invested,
                        int(started or 0), int(completed or 0), int(red or 0), int(yellow or 0))
           for k, n, planned, invested, started, completed, red, yellow in rows]
    if by == "class":
        return sorted(out, key=lambda r: (r.key is None, -r.projects, sort_text(r.key)))
    return sorted(out, key=lambda r: (r.key_id is None, order.get(r.key_id, (1 << 30,)), sort_text(r.key)))


def group_names(s, by: str) -> tuple[dict, dict]:
    """Names and the plan's order of the zones or areas, by id."""
    if by == "zone":
        zones = list(s.execute(select(Zone.id, Zone.name, Zone.sort_order)))
        return {z: n for z, n, _o in zones}, {z: (o,) for z, _n, o in zones}
    if by == "area":
        areas = list(s.execute(select(Area.id, Area.name, Zone.sort_order, Area.sort_order)
                               .join(Zone, Zone.id == Area.zone_id)))
        # areas an import made share one place (99): in the order it made them, the order of the table it read
        return {a: n for a, n, _z, _o in areas}, {a: (zo, ao, a) for a, _n, zo, ao in areas}
    return {}, {}
