"""Loading a whole plan from its readable document (the bundled 2024 plan).

The document is YAML (see ``resources/plans/yuzhong-2024.yaml``). Loading is
one transaction and idempotent: loading the same document twice changes
nothing the second time, because every row is matched to what exists.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.plain_text import each_at_once, normalise_text
from ..domain.quarter import Quarter
from ..domain.target import Target
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

__all__ = ["read_plan_document", "load_plan_document", "name_key", "name_keys", "ensure_zones", "ZONES", "ZONES_EN"]

# The zones every database has; areas are the user's.
ZONES = [("east", "东部", 1), ("central", "中部", 2), ("west", "西部", 3), ("district", "全区", 4)]
# the zones as the English interface names them (a printed timeline, the command line; the window has its catalogue)
ZONES_EN = {"东部": "East", "中部": "Central", "西部": "West", "全区": "District-wide"}


def name_key(name: str) -> str:
    """How names are matched: width-folded, no spaces, brackets unified."""
    s = normalise_text(name)
    return s.replace("—", "-").replace("–", "-").lower()


def name_keys(names: list[str]) -> list[str]:
    """:func:`name_key` of many names at once (an import of 50,000 projects)."""
    keys = each_at_once(name_key, names)
    return keys if keys is not None else [name_key(n) for n in names]


def read_plan_document(path: Path) -> dict[str, Any]:
    import yaml  # here, not at the top: an import of a spreadsheet needs name_key, not YAML

    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)


def ensure_zones(s: Session) -> dict[str, Zone]:
    zones = {z.name: z for z in s.scalars(select(Zone))}
    for code, name, order in ZONES:
        if name not in zones:
            z = Zone(code=code, name=name, sort_order=order)
            s.add(z)
            zones[name] = z
    s.flush()
    return zones


def _q(value: Any) -> Quarter | None:
    return None if value in (None, "") else Quarter.parse(value)


def _get_or_add(s: Session, model, where: dict, **values):
    obj = s.scalars(select(model).filter_by(**where)).one_or_none()
    if obj is None:
        obj = model(**where, **values)
        s.add(obj)
    else:
        for k, v in values.items():
            if getattr(obj, k) != v:
                setattr(obj, k, v)
    return obj


def load_plan_document(s: Session, doc: dict[str, Any]) -> Plan:
    """Write a plan document into the session's transaction; return the plan."""
    p = doc["plan"]
    issued = p.get("issued_on")
    if isinstance(issued, str):
        issued = dt.date.fromisoformat(issued)
    plan = _get_or_add(
        s, Plan, {"jurisdiction": p.get("jurisdiction", ""), "year": int(p["year"])},
        title=p["title"], document_number=p.get("document_number"), issued_on=issued,
        issuing_office=p.get("issuing_office"), source=p.get("source"),
    )
    s.flush()
    for f in doc.get("stated", []):
        _get_or_add(s, StatedFigure, {"plan_id": plan.id, "key": f["key"]},
                    value=float(f["value"]), unit=f.get("unit"), text=f.get("text"), source=f.get("source"))
    for qt in doc.get("quarters", []):
        _get_or_add(s, QuarterTarget, {"plan_id": plan.id, "quarter": Quarter.parse(qt["quarter"])},
                    starts=qt.get("starts"), completions=qt.get("completions"),
                    investment=qt.get("investment"), text=qt.get("text"), source=qt.get("source"))

    zones = ensure_zones(s)
    areas: dict[str, Area] = {a.name: a for a in s.scalars(select(Area))}
    for z in doc.get("zones", []):
        zone = zones[z["name"]]
        for order, a in enumerate(z.get("areas", []), start=1):
            areas[a["name"]] = _get_or_add(s, Area, {"name": a["name"]}, zone=zone, kind=a.get("kind"),
                                           sort_order=order, source=a.get("source"))
    s.flush()

    for seq, pr in enumerate(doc.get("projects", []), start=1):
        key = name_key(pr["name"])
        project = s.scalars(select(KeyProject).where(KeyProject.name_key == key)).first()
        fields = dict(
            name=pr["name"], name_key=key,
            zone=zones.get(pr["zone"]) if pr.get("zone") else None,
            area=areas.get(pr["area"]) if pr.get("area") else None,
            planned_start=_q(pr.get("planned_start")), planned_start_text=pr.get("planned_start_text"),
            planned_completion=_q(pr.get("planned_completion")),
            planned_completion_text=pr.get("planned_completion_text"),
            project_class=pr.get("class"), responsible_unit=pr.get("responsible_unit"),
            total_investment=pr.get("total_investment"), notes=pr.get("notes"), source=pr.get("source"),
        )
        if project is None:
            project = KeyProject(**fields)
            s.add(project)
        else:
            for k, v in fields.items():
                if getattr(project, k) != v:
                    setattr(project, k, v)
        s.flush()
        _get_or_add(s, PlanEntry, {"plan_id": plan.id, "project_id": project.id},
                    seq=seq, nature=pr.get("nature"), level=pr.get("level"),
                    annual_investment=pr.get("annual_investment"))

    for sec in doc.get("sections", []):
        section = _get_or_add(s, Section, {"plan_id": plan.id, "number": int(sec["number"])},
                              title=sec["title"], summary=sec.get("summary"))
        s.flush()
        for mseq, m in enumerate(sec.get("measures", []), start=1):
            measure = _get_or_add(s, Measure, {"section_id": section.id, "seq": mseq},
                                  title=m["title"], text=m.get("text"),
                                  responsible_unit=m.get("responsible_unit"), quarter=_q(m.get("quarter")))
            s.flush()
            # a measure with no figure is a task to be done: itself its one target, as a plan report's is read
            # (else it showed nowhere — 14 of the bundled plan's 43 measures were missing from 举措与目标)
            for tseq, t in enumerate(m.get("targets") or [m["title"]], start=1):
                spec = {"text": t} if isinstance(t, str) else dict(t)
                parsed = Target.parse(spec["text"])
                _get_or_add(
                    s, MeasureTarget, {"measure_id": measure.id, "seq": tseq},
                    text=spec["text"],
                    subject=spec.get("subject", parsed.subject),
                    op=spec.get("op", parsed.op),
                    value=float(spec["value"]) if "value" in spec else parsed.value,
                    unit=spec.get("unit", parsed.unit),
                    quarter=_q(spec.get("quarter")),
                    responsible_unit=spec.get("responsible_unit"),
                )

    indicators: dict[str, Indicator] = {}
    for ind in doc.get("indicators", []):
        indicators[ind["name"]] = _get_or_add(
            s, Indicator, {"name_key": name_key(ind["name"])},
            name=ind["name"], unit=ind.get("unit"), category=ind.get("category"),
        )
    s.flush()
    numbered: dict[int, int] = {}  # each year's table numbered in the document's order (the report's)
    for ind in doc.get("indicators", []):
        indicator = indicators[ind["name"]]
        for year, y in (ind.get("years") or {}).items():
            numbered[int(year)] = numbered.get(int(year), 0) + 1
            target = Target.parse(y["target"]) if y.get("target") else None
            replaced = y.get("replaced_by")
            _get_or_add(
                s, IndicatorYear, {"indicator_id": indicator.id, "year": int(year)},
                seq=numbered[int(year)], binding=y.get("binding"),
                target_text=target.text if target else None,
                target_op=target.op if target else None,
                target_value=target.value if target else None,
                target_unit=(target.unit if target else None),
                actual=y.get("actual"), actual_text=y.get("actual_text"),
                previous_actual=y.get("previous_actual"), previous_actual_text=y.get("previous_actual_text"),
                status=y.get("status"), status_reason=y.get("status_reason"),
                replaced_by_id=indicators[replaced].id if replaced else None,
                source=y.get("source"),
            )
    s.flush()
    return plan
