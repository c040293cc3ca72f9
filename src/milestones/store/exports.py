"""Records for export, in the same shape the importer reads them into.

That both sides speak one record shape is what makes export → import give
back exactly what was exported.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterator

from sqlalchemy import and_, select

from .database import Database
from .project_rows import ProjectFilter, plan_id_for, project_ids, rows_in_order
from .queries import find_plan
from .schema import Area, Indicator, IndicatorYear, KeyProject, Measure, MeasureTarget, Section, Zone

__all__ = ["ExportFilter", "indicator_records", "project_records", "measure_records"]


@dataclass(frozen=True)
class ExportFilter:
    year: int | None = None
    zone: str | None = None
    area: str | None = None
    project_class: str | None = None


def indicator_records(db: Database, year: int) -> list[dict[str, Any]]:
    with db.read() as s:
        q = (select(IndicatorYear, Indicator).join(Indicator, Indicator.id == IndicatorYear.indicator_id)
             .where(IndicatorYear.year == year).order_by(IndicatorYear.seq, Indicator.id))
        out = []
        for iy, ind in s.execute(q).all():
            target = None
            if iy.target_text:
                target = {"op": iy.target_op, "value": iy.target_value, "unit": iy.target_unit, "text": iy.target_text}
            out.append({
                "name": ind.name, "unit": ind.unit, "category": ind.category, "binding": iy.binding,
                "target": target, "actual": iy.actual, "actual_text": iy.actual_text,
                "previous_actual": iy.previous_actual, "previous_actual_text": iy.previous_actual_text,
                "status": iy.status, "reason": iy.status_reason, "notes": None,
                "replaced_by": iy.replaced_by.name if iy.replaced_by else None,
            })
        return out


def project_records(db: Database, f: ExportFilter, *, chunk: int = 2000) -> Iterator[dict[str, Any]]:
    """Key projects on the year's list, grouped by zone then area, a chunk at a time."""
    with db.read() as s:
        zones = {z.name: z.id for z in s.scalars(select(Zone))}
        areas = {a.name: a.id for a in s.scalars(select(Area))}
        pf = ProjectFilter(
            year=f.year,
            zone_ids=(zones.get(f.zone, -1),) if f.zone else (),
            area_ids=(areas.get(f.area, -1),) if f.area else (),
            classes=(f.project_class,) if f.project_class else (),
        )
        ids = project_ids(s, pf, "zone")
        year = find_plan(s, f.year).year
        extra = {}
        for c in range(0, len(ids), 500):
            for p in s.execute(select(KeyProject.id, KeyProject.content, KeyProject.construction_years,
                                      KeyProject.leader, KeyProject.planned_start_text,
                                      KeyProject.planned_completion_text)
                               .where(KeyProject.id.in_(ids[c:c + 500]))):
                extra[p[0]] = p
        for c in range(0, len(ids), chunk):
            for r in rows_in_order(s, ids[c:c + chunk], year):
                e = extra[r.id]
                yield {
                    "code": r.code, "name": r.name, "zone": r.zone, "area": r.area, "class": r.project_class,
                    "nature": r.nature, "level": r.level, "content": e[1], "construction_years": e[2],
                    "total_investment": r.total_investment, "annual_investment": r.annual_investment,
                    "start": str(r.planned_start) if r.planned_start else None,
                    "start_text": None if r.planned_start else e[4],
                    "completion": str(r.planned_completion) if r.planned_completion else None,
                    "completion_text": None if r.planned_completion else e[5],
                    "actual_start": str(r.actual_start) if r.actual_start else None,
                    "actual_completion": str(r.actual_completion) if r.actual_completion else None,
                    "owner": r.owner, "responsible_unit": r.responsible_unit, "leader": e[3], "notes": r.notes,
                }


def measure_records(db: Database, year: int | None) -> list[dict[str, Any]]:
    with db.read() as s:
        plan_id = plan_id_for(s, year)
        q = (select(MeasureTarget, Measure, Section).select_from(MeasureTarget)
             .join(Measure, Measure.id == MeasureTarget.measure_id)
             .join(Section, and_(Section.id == Measure.section_id, Section.plan_id == plan_id))
             .order_by(Section.number, Measure.seq, MeasureTarget.seq))
        return [{
            "section": sec.title, "section_number": sec.number, "measure": m.title, "text": t.text,
            "subject": t.subject, "op": t.op, "value": t.value, "unit": t.unit,
            "quarter": str(t.quarter) if t.quarter else None,
            "responsible_unit": t.responsible_unit or m.responsible_unit,
        } for t, m, sec in s.execute(q).all()]

