"""Reads that return plain data: what the CLI prints and the views show.

Counts are done by the database (GROUP BY), not by loading rows, so that a
summary of 50,000 projects costs a few queries.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.quarter import Quarter
from ..domain.verdicts import verdict_of
from .database import Database, current_revision
from .schema import (
    Area,
    Indicator,
    IndicatorYear,
    KeyProject,
    Measure,
    MeasureTarget,
    Plan,
    PlanEntry,
    QuarterTarget,
    Section,
    StatedFigure,
    Zone,
)


@dataclass(frozen=True)
class NamedProject:
    """A project whose name is the one being typed for a new project, and where it stands on ``year``'s list."""

    project_id: int
    name: str
    zone: str | None
    responsible_unit: str | None
    seq: int | None  # on the year's list (taken off it or not); None when the year's plan never listed it
    on_list: bool  # on the year's list now
    years: tuple[int, ...]  # the plans that list it


def projects_named(s: Session, year: int, name: str, limit: int = 5) -> list[NamedProject]:
    """The projects named ``name`` as names are matched (:func:`plan_document.name_key`): those on ``year``'s
    list first, then those taken off it, then the latest listed elsewhere — a project typed in as new that the
    plan has already, had, or listed another year, where it has its schedule and history."""
    from .plan_document import name_key

    key = name_key(name or "")
    if not key:
        return []
    plan = s.scalars(select(Plan).where(Plan.year == year)).first()
    found = []
    for pid, pname, zone, unit in s.execute(select(KeyProject.id, KeyProject.name, Zone.name,
                                                   KeyProject.responsible_unit)
                                      .outerjoin(Zone, Zone.id == KeyProject.zone_id)
                                      .where(KeyProject.name_key == key).limit(50)):
        listed = s.execute(select(Plan.year, PlanEntry.seq, PlanEntry.on_list, Plan.id)
                           .join(Plan, Plan.id == PlanEntry.plan_id).where(PlanEntry.project_id == pid)
                           .order_by(Plan.year)).all()
        here = next((r for r in listed if plan is not None and r.id == plan.id), None)
        found.append(NamedProject(pid, pname, zone, unit, here.seq if here else None, bool(here and here.on_list),
                                  tuple(r.year for r in listed if r.on_list)))
    found.sort(key=lambda p: (not p.on_list, p.seq is None, -max(p.years, default=0)))
    return found[:limit]


def listed_like(s: Session, year: int):
    """A look-up of ``year``'s listed projects by a name like the one given ("重庆长滨项目" for 重庆长滨,
    `names.alike`): the project, or None. Built once (0.25 s at 50,000 projects, the read included), asked in
    0.2 ms."""
    from .names import CandidateIndex
    from .plan_document import name_key

    plan = s.scalars(select(Plan).where(Plan.year == year)).first()
    rows = [] if plan is None else s.execute(
        select(KeyProject.id, KeyProject.name, KeyProject.name_key, Zone.name, KeyProject.responsible_unit,
               PlanEntry.seq).join(PlanEntry, PlanEntry.project_id == KeyProject.id)
        .outerjoin(Zone, Zone.id == KeyProject.zone_id)
        .where(PlanEntry.plan_id == plan.id, PlanEntry.on_list.is_(True))).all()
    by_key = {r[2]: r for r in rows}
    index = CandidateIndex(by_key)

    def like(name: str) -> NamedProject | None:
        key = index.like(name_key(name or ""))
        r = by_key.get(key) if key else None
        return None if r is None else NamedProject(r[0], r[1], r[3], r[4], r[5], True, (year,))

    return like


__all__ = ["plan_years", "find_plan", "plan_summary", "PlanNotFound", "IndicatorYearRow", "indicator_history"]


class PlanNotFound(LookupError):
    pass


def plan_years(s: Session) -> list[int]:
    return list(s.scalars(select(Plan.year).order_by(Plan.year)))


def zones_in_use(s: Session) -> list[tuple[int, str]]:
    """The zones with an area or a project, in their order: what the navigation, the timeline's tabs and the
    zone box offer (a district not divided east, central and west has its projects under 全区, by street, and
    is not shown three empty zones)."""
    used = select(Area.zone_id).union(select(KeyProject.zone_id).where(KeyProject.zone_id.is_not(None)))
    return [tuple(z) for z in s.execute(select(Zone.id, Zone.name).where(Zone.id.in_(used)).order_by(Zone.sort_order))]


def find_plan(s: Session, year: int | None = None) -> Plan:
    """The plan of ``year``, or the latest plan."""
    q = select(Plan)
    q = q.where(Plan.year == year) if year is not None else q.order_by(Plan.year.desc())
    plan = s.scalars(q.limit(1)).first()
    if plan is None:
        raise PlanNotFound(f"数据库中没有{year}年的计划" if year else "数据库中还没有计划")
    return plan


def previous_levels(s: Session, year: int) -> dict[int, float]:
    """Each indicator's level the year before ``year``, by indicator id: the 上年完成 a targets
    table states, else that year's own actual. A target of a change in points ("提高0.5个百分点")
    is judged against it."""
    levels = dict(s.execute(select(IndicatorYear.indicator_id, IndicatorYear.actual)
                            .where(IndicatorYear.year == year - 1, IndicatorYear.actual.is_not(None))).all())
    levels.update(s.execute(select(IndicatorYear.indicator_id, IndicatorYear.previous_actual)
                            .where(IndicatorYear.year == year, IndicatorYear.previous_actual.is_not(None))).all())
    return levels


def last_year_results(s: Session, year: int) -> dict[int, tuple[float | None, str | None]]:
    """Each indicator's whole-year result of the year before ``year`` (its figure and words), by indicator id: the
    上年完成 a table of ``year`` shows where it states none. The next year's table is drafted in December and the
    year's figures come in January: typed into their own year's table, they were missing from the draft, to be
    typed twice. A figure for part of the year (1-9月) is no year's result; an indicator adjusted away has none."""
    from ..domain.target import reported_months

    rows = s.execute(select(IndicatorYear.indicator_id, IndicatorYear.actual, IndicatorYear.actual_text).where(
        IndicatorYear.year == year - 1, IndicatorYear.replaced_by_id.is_(None),
        (IndicatorYear.actual.is_not(None)) | (IndicatorYear.actual_text.is_not(None))))
    return {i: (a, t) for i, a, t in rows if reported_months(t) is None}


@dataclass(frozen=True)
class IndicatorYearRow:
    """One year of an indicator, as its history lists it."""

    year: int
    target_text: str | None
    target_value: float | None  # in ``target_unit``
    target_unit: str | None
    actual: float | None
    actual_text: str | None
    status: str | None
    standing: str  # as the dashboard judges it (store.dashboard.indicator_standing)


def indicator_history(s: Session, indicator_year_id: int) -> tuple[Indicator, list[IndicatorYearRow]]:
    """Every year the database holds of the indicator of one year's row, the earliest first: what the
    annual report's "近年完成情况" reads across."""
    from .dashboard import indicator_standing
    from .settings import light_rules

    ind = s.get(Indicator, s.get(IndicatorYear, indicator_year_id).indicator_id)
    rows, near = [], light_rules(s).near_pace_points
    for iy in s.scalars(select(IndicatorYear).where(IndicatorYear.indicator_id == ind.id).order_by(IndicatorYear.year)):
        previous = previous_levels(s, iy.year).get(ind.id)
        rows.append(IndicatorYearRow(iy.year, iy.target_text, iy.target_value, iy.target_unit, iy.actual,
                                     iy.actual_text, iy.status, indicator_standing(iy, ind.unit, previous, near, ind.name)))
    return ind, rows


def _stated(s: Session, plan_id: int) -> dict[str, float]:
    return {k: v for k, v in s.execute(
        select(StatedFigure.key, StatedFigure.value).where(StatedFigure.plan_id == plan_id))}


def _num(v: float | None) -> float | int | None:
    if v is None:
        return None
    return int(v) if float(v).is_integer() else v


@dataclass(frozen=True)
class QuarterCounts:
    quarter: Quarter
    starts_stated: int | None
    completions_stated: int | None
    starts_listed: int
    completions_listed: int
    starts_done: int
    completions_done: int


def quarter_counts(s: Session, plan: Plan) -> list[QuarterCounts]:
    """Starts and completions per quarter of the plan year: stated, listed, done."""
    on_list = select(PlanEntry.project_id).where(PlanEntry.plan_id == plan.id, PlanEntry.on_list.is_(True))

    def count_by(col) -> Counter:
        rows = s.execute(
            select(col, func.count()).where(KeyProject.id.in_(on_list), col.is_not(None)).group_by(col)
        )
        return Counter({q: n for q, n in rows})

    planned_s, planned_c = count_by(KeyProject.planned_start), count_by(KeyProject.planned_completion)
    done_s, done_c = count_by(KeyProject.actual_start), count_by(KeyProject.actual_completion)
    targets = {t.quarter: t for t in s.scalars(select(QuarterTarget).where(QuarterTarget.plan_id == plan.id))}
    out = []
    for q in Quarter.range(Quarter(plan.year, 1), Quarter(plan.year, 4)):
        t = targets.get(q)
        out.append(QuarterCounts(q, t.starts if t else None, t.completions if t else None,
                                 planned_s[q], planned_c[q], done_s[q], done_c[q]))
    return out


def _indicator_year_counts(s: Session, year: int) -> dict[str, int]:
    rows = s.execute(
        select(IndicatorYear.status, IndicatorYear.binding, func.count())
        .where(IndicatorYear.year == year)
        .group_by(IndicatorYear.status, IndicatorYear.binding)
    ).all()
    c: Counter = Counter()
    for status, binding, n in rows:
        c["listed"] += n
        if status:
            c[verdict_of(status) or "other_status"] += n
        if binding is True:
            c["binding"] += n
        elif binding is False:
            c["expected"] += n
    return c


def plan_summary(db: Database, year: int | None = None) -> dict[str, Any]:
    """Everything ``milestones info`` shows: listed vs stated, per quarter and per year."""
    with db.read() as s:
        plan = find_plan(s, year)
        stated = _stated(s, plan.id)
        listed = s.scalar(select(func.count()).select_from(PlanEntry)
                          .where(PlanEntry.plan_id == plan.id, PlanEntry.on_list.is_(True)))
        invest_listed = s.scalar(select(func.sum(PlanEntry.annual_investment))
                                 .where(PlanEntry.plan_id == plan.id, PlanEntry.on_list.is_(True)))
        sections = s.scalar(select(func.count()).select_from(Section).where(Section.plan_id == plan.id))
        measures = s.scalar(select(func.count()).select_from(Measure).join(Section)
                            .where(Section.plan_id == plan.id))
        targets = s.scalar(select(func.count()).select_from(MeasureTarget).join(Measure).join(Section)
                           .where(Section.plan_id == plan.id))
        # those with a figure to judge: the rest are tasks done or not (a measure its own target), relative or
        # delegated targets ("与经济增长同步", "完成市下达任务")
        quantified = s.scalar(select(func.count()).select_from(MeasureTarget).join(Measure).join(Section)
                              .where(Section.plan_id == plan.id, MeasureTarget.op != "text"))
        quarters = {
            str(qc.quarter): {
                "quarter": str(qc.quarter), "label": qc.quarter.label_zh,
                "starts_stated": qc.starts_stated, "completions_stated": qc.completions_stated,
                "starts_listed": qc.starts_listed, "completions_listed": qc.completions_listed,
                "starts_done": qc.starts_done, "completions_done": qc.completions_done,
            }
            for qc in quarter_counts(s, plan)
        }
        indicator_years = sorted({y for (y,) in s.execute(select(IndicatorYear.year).distinct())}
                                 | {plan.year, plan.year - 1})
        indicators: dict[str, dict[str, Any]] = {}
        for y in indicator_years:
            c = _indicator_year_counts(s, y)
            entry: dict[str, Any] = {
                "stated": _num(stated.get(f"indicators_{y}")),
                "listed": c["listed"],
                "binding_stated": _num(stated.get(f"indicators_{y}_binding")),
                "expected_stated": _num(stated.get(f"indicators_{y}_expected")),
                "binding": c["binding"], "expected": c["expected"],
                "met_stated": _num(stated.get(f"indicators_{y}_met")),
                "not_met_stated": _num(stated.get(f"indicators_{y}_not_met")),
                "adjusted_stated": _num(stated.get(f"indicators_{y}_adjusted")),
                "met": c["met"], "not_met": c["not_met"], "adjusted": c["adjusted"],
            }
            if entry["listed"] or entry["stated"] is not None:
                indicators[str(y)] = entry
        zones = []
        per_zone = Counter({zid: n for zid, n in s.execute(
            select(KeyProject.zone_id, func.count())
            .where(KeyProject.id.in_(select(PlanEntry.project_id).where(PlanEntry.plan_id == plan.id)))
            .group_by(KeyProject.zone_id))})
        for z in s.scalars(select(Zone).order_by(Zone.sort_order)):
            n_areas = s.scalar(select(func.count()).select_from(Area).where(Area.zone_id == z.id))
            zones.append({"name": z.name, "code": z.code, "areas": n_areas, "key_projects": per_zone[z.id]})
        zones.append({"name": None, "code": None, "areas": 0, "key_projects": per_zone[None]})
        return {
            "database": db.display_name,
            "schema_revision": current_revision(db.engine),
            "plans": plan_years(s),
            "plan": {
                "year": plan.year, "title": plan.title, "jurisdiction": plan.jurisdiction,
                "document_number": plan.document_number,
                "issued_on": plan.issued_on.isoformat() if plan.issued_on else None,
            },
            "key_projects": {"stated": _num(stated.get("key_projects")), "listed": listed},
            "annual_investment": {
                "stated": _num(stated.get("annual_investment")),
                "listed": _num(round(invest_listed, 4)) if invest_listed is not None else None,
                "unit": "亿元",
            },
            "sections": sections,
            "measures": measures,
            "targets": targets,
            "quantified_targets": quantified,
            "quarters": quarters,
            "indicators": indicators,
            "zones": zones,
        }


def project_detail(db: Database, project_id: int, year: int | None = None) -> dict[str, Any]:
    """A project's whole record: fields, milestones, quarterly investment, notes, list history; with
    ``year``, the plan before that year's revisions (``original``)."""
    from .history import original_plans, original_span, plan_year_start, project_changes
    from .schema import ListChange, Milestone, ProgressNote, QuarterInvestment

    with db.read() as s:
        p = s.get(KeyProject, project_id)
        if p is None:
            raise LookupError(f"项目 #{project_id} 不存在")
        entries = s.execute(select(PlanEntry, Plan.year).join(Plan).where(PlanEntry.project_id == p.id)
                            .order_by(Plan.year)).all()
        history = s.execute(select(ListChange, Plan.year).join(Plan).where(ListChange.project_id == p.id)
                            .order_by(ListChange.id)).all()
        return {
            "project": {c.key: getattr(p, c.key) for c in KeyProject.__table__.columns},
            "zone": p.zone.name if p.zone else None,
            "area": p.area.name if p.area else None,
            "years": [{"year": y, "nature": e.nature, "level": e.level, "annual_investment": e.annual_investment,
                       "invested_before": e.invested_before, "on_list": e.on_list} for e, y in entries],
            "milestones": [{"name": m.name, "planned": m.planned_quarter, "planned_date": m.planned_date,
                            "actual": m.actual_quarter, "actual_date": m.actual_date, "note": m.note}
                           for m in s.scalars(select(Milestone).where(Milestone.project_id == p.id)
                                              .order_by(Milestone.sort_order))],
            "investments": [{"quarter": i.quarter, "planned": i.planned, "actual": i.actual}
                            for i in s.scalars(select(QuarterInvestment).where(QuarterInvestment.project_id == p.id)
                                               .order_by(QuarterInvestment.quarter))],
            "notes": [{"quarter": n.quarter, "date": n.noted_on, "text": n.text}
                      for n in s.scalars(select(ProgressNote).where(ProgressNote.project_id == p.id)
                                         .order_by(ProgressNote.id))],
            "history": [{"year": y, "change": c.change, "date": c.changed_on, "reason": c.reason, "by": c.changed_by}
                        for c, y in history],
            "changes": project_changes(s, p.id),
            # the planned (start, completion) before it was revised, where it differs (原计划)
            "original": original_span(original_plans(s, {p.id}, plan_year_start(year) if year else None).get(p.id),
                                      p.planned_start, p.planned_completion),
        }


def quarter_report(db: Database, project_id: int, quarter: Quarter) -> tuple[float | None, float | None, str | None]:
    """A project's planned and actual investment (亿元) and its latest 形象进度 for one quarter."""
    from .schema import ProgressNote, QuarterInvestment

    with db.read() as s:
        inv = s.execute(select(QuarterInvestment.planned, QuarterInvestment.actual)
                        .where(QuarterInvestment.project_id == project_id,
                               QuarterInvestment.quarter == quarter)).first()
        note = s.scalar(select(ProgressNote.text).where(ProgressNote.project_id == project_id,
                                                        ProgressNote.quarter == quarter)
                        .order_by(ProgressNote.id.desc()).limit(1))
    return (inv[0] if inv else None), (inv[1] if inv else None), note
