"""Records for export, in the same shape the importer reads them into.

That both sides speak one record shape is what makes export → import give
back exactly what was exported.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Iterator

from sqlalchemy import and_, func, or_, select

from .dashboard import target_due
from .database import Database
from .list_adjustments import adjustments
from .history import (TARGET_REVISIONS, original_amounts, original_deadlines, original_in_charge, original_plans,
                      original_span, original_targets, original_totals, plan_year_start)
from .project_rows import ProjectFilter, plan_id_for, project_ids
from .queries import last_year_results
from ..domain.quarter import Quarter
from ..domain.units import by_mentions, units_named
from .schema import (
    QUARTER_GOAL, Area, Indicator, IndicatorYear, KeyProject, Measure, MeasureTarget, Milestone, Plan, PlanEntry,
    ProgressNote, QuarterInvestment, Section, TargetStep, Zone, indicator_order,
)

__all__ = ["ExportFilter", "export_units", "unit_choices", "indicator_records", "project_records", "measure_records"]


@dataclass(frozen=True)
class ExportFilter:
    year: int | None = None
    zone: str | None = None
    area: str | None = None
    project_class: str | None = None
    unreported: Quarter | None = None  # only projects that have not reported this quarter's investment
    unit: str | None = None  # only the rows this unit answers for (its own form): domain.units.units_named
    include_removed: bool = False  # the projects taken off the year's list too (a kept report may list them)
    # the list's own filter (a warning light, a nature, a search…) the export narrows by too, and its words for
    # the title: "export what I am looking at"; the zone, area, class and unit above still choose
    view: ProjectFilter | None = None
    view_words: str = ""


def indicator_records(db: Database, year: int) -> list[dict[str, Any]]:
    with db.read(snapshot=True) as s:
        q = (select(IndicatorYear, Indicator).join(Indicator, Indicator.id == IndicatorYear.indicator_id)
             .where(IndicatorYear.year == year).order_by(*indicator_order()))
        out = []
        last_year = last_year_results(s, year)  # 上年完成 where the table states none: the year before's result
        for iy, ind in s.execute(q).all():
            before = (iy.previous_actual, iy.previous_actual_text)
            if before == (None, None):
                before = last_year.get(ind.id, before)
            target = None
            if iy.target_text:
                target = {"op": iy.target_op, "value": iy.target_value, "unit": iy.target_unit, "text": iy.target_text}
            out.append({
                "name": ind.name, "unit": ind.unit, "category": ind.category, "binding": iy.binding,
                "target": target, "actual": iy.actual, "actual_text": iy.actual_text,
                "previous_actual": before[0], "previous_actual_text": before[1],
                "status": iy.status, "reason": iy.status_reason, "notes": iy.notes,
                "responsible_unit": iy.responsible_unit, "partner_units": iy.partner_units,
                "replaced_by": iy.replaced_by.name if iy.replaced_by else None,
            })
        return out


def project_records(db: Database, f: ExportFilter, *, chunk: int = 5000) -> Iterator[dict[str, Any]]:
    """Key projects on the year's list, grouped by zone then area, a chunk at a time.

    Plain column reads (no ORM objects): an export of 50,000 projects is a
    stream of rows, not a graph of objects."""
    with db.read(snapshot=True) as s:
        zones = {z.name: z.id for z in s.scalars(select(Zone))}
        areas = {a.name: a.id for a in s.scalars(select(Area))}
        pf = dataclasses.replace(
            f.view or ProjectFilter(),
            year=f.year,
            zone_ids=(zones.get(f.zone, -1),) if f.zone else (),
            area_ids=(areas.get(f.area, -1),) if f.area else (),
            classes=(f.project_class,) if f.project_class else (),
            unit="",  # the unit is chosen below, by who answers for each row
            at=f.unreported or (f.view.at if f.view else None),
            unreported=f.unreported is not None or bool(f.view and f.view.unreported),
            include_removed=f.include_removed or bool(f.view and f.view.include_removed),
        )
        ids = project_ids(s, pf, "zone")
        plan_id = plan_id_for(s, f.year)
        moves = adjustments(s, plan_id, ids) if pf.list_adjusted else {}  # (a 名单调整表 says each one's)
        zone_names = {v: k for k, v in zones.items()}
        area_names = {v: k for k, v in areas.items()}
        p, e = KeyProject.__table__.c, PlanEntry.__table__.c
        cols = [p.id, p.code, p.name, p.zone_id, p.area_id, p.project_class, e.nature, e.level, p.content,
                p.construction_years, p.total_investment, e.invested_before, e.annual_investment, p.planned_start,
                p.planned_start_text, p.planned_completion, p.planned_completion_text, p.actual_start,
                p.actual_completion, p.owner, p.responsible_unit, p.leader, p.contact, p.location, p.partner_units,
                p.notes, e.on_list]

        def q(quarter):
            return None if quarter is None else str(quarter)

        year = s.get(Plan, plan_id).year
        quarterly = _QuarterReports(s, year)
        named = _named_milestones(s)
        revised = original_plans(s, since=plan_year_start(year))  # the 横道图 draws a revised plan's original too
        amounts_before = original_amounts(s, year, since=plan_year_start(year))  # (a 计划调整表 gives them)
        totals_before = original_totals(s, since=plan_year_start(year))
        units_before = original_in_charge(s, since=plan_year_start(year))
        leaders_before = original_in_charge(s, since=plan_year_start(year), field="leader")
        partners_before = original_in_charge(s, since=plan_year_start(year), field="partner_units")
        for c in range(0, len(ids), chunk):
            part = ids[c:c + chunk]
            rows = {}
            for i in range(0, len(part), 500):  # SQLite's bound-parameter limit
                stmt = (select(*cols).select_from(KeyProject.__table__.join(
                    PlanEntry.__table__, and_(e.project_id == p.id, e.plan_id == plan_id)))
                    .where(p.id.in_(part[i:i + 500])))
                rows.update({r[0]: r for r in s.connection().execute(stmt)})
            reports = quarterly.of(part)
            milestones = named(part)
            for pid in part:
                (_, code, name, zone_id, area_id, cls, nature, level, content, years, total, before, annual, ps, pst,
                 pc, pct, as_, ac, owner, unit, leader, contact, location, partners, notes, on_list) = rows[pid]
                if f.unit and f.unit not in units_named(owner, unit):
                    continue  # a project's form goes to its owner and to the unit responsible
                yield {
                    "id": pid, "on_list": on_list, "code": code, "name": name, "zone": zone_names.get(zone_id), "area": area_names.get(area_id),
                    "class": cls, "nature": nature, "level": level, "content": content, "construction_years": years,
                    "total_investment": total, "invested_before": before, "annual_investment": annual,
                    "start": q(ps), "start_text": None if ps is not None else pst,
                    "completion": q(pc), "completion_text": None if pc is not None else pct,
                    "actual_start": q(as_), "actual_completion": q(ac),
                    "owner": owner, "responsible_unit": unit, "leader": leader, "contact": contact,
                    "location": location, "partner_units": partners, "notes": notes, "quarters": reports.get(pid, {}),
                    "milestones": milestones.get(pid, {}),
                    "original": _texts(original_span(revised.get(pid), ps, pc)),
                    "annual_before": _before(amounts_before.get(pid), annual),
                    "total_before": _before(totals_before.get(pid), total),
                    "unit_before": units_before.get(pid),  # (only where it differs from today's)
                    "leader_before": leaders_before.get(pid),
                    "partners_before": partners_before.get(pid),
                    "list_move": moves.get(pid),
                }


def _named_milestones(s):
    """A reader of projects' 节点 beyond start and completion ("主体完工", "投用", "立项批复"), planned or reached in
    a quarter or standing as its note says ("已批复", "不涉及"): name → {"planned": "2025Q2", "actual": None,
    "note": None}, as the importer reads them; no query at all where no project has one."""
    ms = Milestone.__table__.c
    named = and_(or_(ms.note.is_(None), ms.note != QUARTER_GOAL),
                 or_(ms.planned_quarter.is_not(None), ms.actual_quarter.is_not(None), ms.note.is_not(None)))
    if s.connection().execute(select(ms.id).where(named).limit(1)).first() is None:
        return lambda pids: {}

    def of(pids: list[int]) -> dict[int, dict[str, dict[str, Any]]]:
        out: dict[int, dict[str, dict[str, Any]]] = {}
        for i in range(0, len(pids), 500):
            for pid, name, planned, planned_on, actual, actual_on, note in s.connection().execute(
                    select(ms.project_id, ms.name, ms.planned_quarter, ms.planned_date, ms.actual_quarter,
                           ms.actual_date, ms.note)
                    .where(ms.project_id.in_(pids[i:i + 500]), named).order_by(ms.sort_order, ms.id)):
                out.setdefault(pid, {}).setdefault(name, {  # the first of a name
                    "planned": planned and str(planned), "planned_date": planned_on and planned_on.isoformat(),
                    "actual": actual and str(actual), "actual_date": actual_on and actual_on.isoformat(), "note": note})
        return out

    return of


def _before(was: float | None, now: float | None) -> float | None:
    """A year's planned investment (or the total) before its revision, where it differs from today's."""
    return was if was is not None and now is not None and abs(was - now) > 1e-9 else None


def _texts(span: tuple | None) -> tuple[str | None, str | None] | None:
    return None if span is None else tuple(None if q is None else str(q) for q in span)


class _QuarterReports:
    """The plan year's quarterly investment, 形象进度 and goals of projects, as the
    importer reads them: {"2024Q1": {"planned", "actual", "progress"[, "goal"]}}."""

    def __init__(self, s, year: int) -> None:
        self.s = s
        self.first, self.last = Quarter(year, 1), Quarter(year, 4)
        qi, pn, ms = QuarterInvestment.__table__.c, ProgressNote.__table__.c, Milestone.__table__.c
        # most plans have no quarterly reports yet: one probe each instead of a query per chunk
        probes = (select(qi.id).where(qi.quarter.between(self.first, self.last)),
                  select(pn.id).where(pn.quarter.between(self.first, self.last)),
                  select(ms.id).where(ms.note == QUARTER_GOAL, ms.planned_quarter.between(self.first, self.last)))
        self.any = any(s.connection().execute(q.limit(1)).first() for q in probes)

    def of(self, pids: list[int]) -> dict[int, dict[str, dict[str, Any]]]:
        out: dict[int, dict[str, dict[str, Any]]] = {}
        if not self.any:
            return out
        qi, pn, ms = QuarterInvestment.__table__.c, ProgressNote.__table__.c, Milestone.__table__.c
        blank = {"planned": None, "actual": None, "progress": None}
        for i in range(0, len(pids), 500):
            part = pids[i:i + 500]
            for pid, quarter, planned, actual in self.s.connection().execute(
                    select(qi.project_id, qi.quarter, qi.planned, qi.actual)
                    .where(qi.project_id.in_(part), qi.quarter.between(self.first, self.last))):
                slot = out.setdefault(pid, {}).setdefault(str(quarter), dict(blank))
                slot["planned"], slot["actual"] = planned, actual
            for pid, quarter, text in self.s.connection().execute(
                    select(pn.project_id, pn.quarter, pn.text)
                    .where(pn.project_id.in_(part), pn.quarter.between(self.first, self.last)).order_by(pn.id)):
                out.setdefault(pid, {}).setdefault(str(quarter), dict(blank))["progress"] = text
            for pid, quarter, name in self.s.connection().execute(
                    select(ms.project_id, ms.planned_quarter, ms.name)
                    .where(ms.project_id.in_(part), ms.note == QUARTER_GOAL,
                           ms.planned_quarter.between(self.first, self.last)).order_by(ms.id)):
                out.setdefault(pid, {}).setdefault(str(quarter), dict(blank))["goal"] = name
        return out


def measure_records(db: Database, year: int | None, unit: str | None = None,
                    unreported: Quarter | None = None, revised: bool = False) -> list[dict[str, Any]]:
    """The plan's targets with their measures and steps; with ``unit``, those it is responsible for
    or works on; with ``unreported``, those with nothing reported for that quarter yet (no review of
    the quarter, nor, once the target is due, its result): the ones to chase. With ``revised``, those whose
    deadline, wording or units were revised in the plan's year, each with the deadline before it ("quarter_before", as
    recorded: "2024Q2" or the words), the wording before it ("text_before") and the units ("responsible_unit_before",
    … :data:`TARGET_REVISIONS`), None where that was not revised: a 任务调整表."""
    with db.read(snapshot=True) as s:
        plan_id = plan_id_for(s, year)
        q = (select(MeasureTarget, Measure, Section).select_from(MeasureTarget)
             .join(Measure, Measure.id == MeasureTarget.measure_id)
             .join(Section, and_(Section.id == Measure.section_id, Section.plan_id == plan_id))
             .order_by(Section.number, Measure.seq, MeasureTarget.seq))
        rows = s.execute(q).all()
        plan = s.get(Plan, plan_id) if plan_id is not None else None
        before = original_deadlines(s, plan.year) if revised and plan is not None else {}
        said = {fld: original_targets(s, plan.year, fld) if revised and plan is not None else {}
                for fld in TARGET_REVISIONS}
        if unit:  # (a unit's 调整表 lists the targets handed from it too: it answered for them before)
            was = said["responsible_unit"], said["partner_units"]
            rows = [(t, m, sec) for t, m, sec in rows
                    if unit in units_named(t.responsible_unit or m.responsible_unit, t.partner_units)
                    or unit in units_named(was[0].get(t.id), was[1].get(t.id))]
        # target → quarter → the step: the table's columns are the plan year's four quarters
        steps: dict[int, dict[int, dict[str, Any]]] = {}
        ids = [t.id for t, _m, _sec in rows]
        for c in range(0, len(ids), 500):
            for st in s.scalars(select(TargetStep).where(TargetStep.target_id.in_(ids[c:c + 500]))):
                if plan is not None and st.quarter.year == plan.year:
                    steps.setdefault(st.target_id, {})[st.quarter.q] = {
                        "text": st.text, "actual": st.actual, "actual_text": st.actual_text}
        if unreported is not None:
            rows = [(t, m, sec) for t, m, sec in rows if not _reported(t, steps.get(t.id, {}), unreported, plan)]
        if revised:
            rows = [(t, m, sec) for t, m, sec in rows if t.id in before or any(t.id in was for was in said.values())]
        return [{
            "part": sec.part, "section": sec.title, "section_number": sec.number, "measure": m.title, "text": t.text,
            # the measure's words where a list gave them (工作措施); not the plan's paragraph, which opens with the
            # measure's name and would make every export of the plan a page of prose
            "measure_text": m.text if m.text and not m.text.startswith(m.title) else None,
            "subject": t.subject, "op": t.op, "value": t.value, "unit": t.unit,
            "quarter": str(t.quarter) if t.quarter else None, "quarter_text": t.quarter_text,
            "responsible_unit": t.responsible_unit or m.responsible_unit, "partner_units": t.partner_units,
            "leader": t.leader, "contact": t.contact,
            "actual": t.actual, "actual_text": t.actual_text, "status": t.status, "notes": t.notes,
            "steps": steps.get(t.id, {}), "quarter_before": before.get(t.id),
            **{f"{fld}_before": was.get(t.id) for fld, was in said.items()},
        } for t, m, sec in rows]



def _reported(t: MeasureTarget, steps: dict[int, dict[str, Any]], at: Quarter, plan: Plan | None) -> bool:
    """Whether the quarter ``at`` is reported for target ``t``: its review of the quarter, or its result
    once it is due (a target the plan gives no quarter is due at the year's end)."""
    review = steps.get(at.q) if plan is not None and at.year == plan.year else None
    if review and (review["actual"] is not None or review["actual_text"]):
        return True
    return plan is not None and target_due(t, plan.year) <= at and (
        t.actual is not None or bool(t.actual_text) or bool(t.status))


def export_units(db: Database, kind: str, f: ExportFilter) -> list[str]:
    """The units the rows of an export name, the most often named first: one form each.
    Key projects: the owner and the unit responsible; targets: the units responsible and working on."""
    if kind == "key_projects":
        named = [units_named(r["owner"], r["responsible_unit"]) for r in project_records(db, f)]
    elif kind == "measures":
        named = [units_named(r["responsible_unit"], r["partner_units"])
                 for r in measure_records(db, f.year, unreported=f.unreported)]
    else:
        raise ValueError(f"按单位导出只用于重点项目表和举措表（得到：{kind}）")
    return by_mentions(named)


def unit_choices(db: Database, kind: str, year: int | None) -> list[str]:
    """The units a table of the year names, for a planner to choose whose form to write; quick (a
    count per distinct cell, not a read of every row), the most often named first."""
    with db.read() as s:
        plan_id = plan_id_for(s, year)
        if kind == "key_projects":
            q = (select(KeyProject.owner, KeyProject.responsible_unit, func.count()).join(
                PlanEntry, and_(PlanEntry.project_id == KeyProject.id, PlanEntry.plan_id == plan_id,
                                PlanEntry.on_list.is_(True))).group_by(KeyProject.owner, KeyProject.responsible_unit))
        elif kind == "measures":
            q = (select(func.coalesce(MeasureTarget.responsible_unit, Measure.responsible_unit),
                        MeasureTarget.partner_units, func.count())
                 .join(Measure, Measure.id == MeasureTarget.measure_id)
                 .join(Section, and_(Section.id == Measure.section_id, Section.plan_id == plan_id))
                 .group_by(func.coalesce(MeasureTarget.responsible_unit, Measure.responsible_unit),
                           MeasureTarget.partner_units))
        else:
            return []
        return by_mentions([units_named(a, b) for a, b, n in s.execute(q) for _ in range(n)])
