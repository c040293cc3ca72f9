"""Targets and indicators added and taken out by hand.

A target set mid-year (区政府常务会新增一项目标), an indicator the table left out, a target imported twice: the
planner adds or deletes the row where it stands, not by editing a spreadsheet and importing it again. Each is one
transaction. A row taken out is given back whole by ``put_back`` — the same id, its quarters' steps with it — so
the undo of a deletion restores what later edits in the undo history refer to.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from ..domain.target import Target
from .changes import ChangeSet, Conflict, EditError, _coerce, _row_dict
from .database import Database
from .plan_document import name_key
from .schema import Indicator, IndicatorYear, Measure, MeasureTarget, TargetStep

# what a target added by hand may be given beside its wording (the rest is typed in the list afterwards)
TARGET_FIELDS = ("subject", "responsible_unit", "partner_units", "leader", "contact", "quarter", "notes")
_TABLES = {"measure_target": MeasureTarget, "indicator_year": IndicatorYear}


def add_target(db: Database, measure_id: int, text: str, fields: dict[str, Any] | None = None
               ) -> tuple[int, ChangeSet]:
    """A target of the measure ``measure_id`` as worded ("新增创新孵化平台2家以上": its figure read as an
    import reads it), after the measure's last; the measure's unit responsible unless another is given."""
    wording = (text or "").strip()
    if not wording:
        raise EditError("目标原文不能为空")
    fields = {k: v for k, v in (fields or {}).items() if v not in (None, "")}
    bad = set(fields) - set(TARGET_FIELDS)
    if bad:
        raise EditError(f"不能设置字段：{', '.join(sorted(bad))}")
    t = Target.parse(wording)
    cs = ChangeSet()
    with db.session() as s:
        measure = s.get(Measure, measure_id)
        if measure is None:
            raise EditError("该举措已被他人删除")
        seq = (s.scalar(select(func.max(MeasureTarget.seq)).where(MeasureTarget.measure_id == measure_id)) or 0) + 1
        fields.setdefault("subject", t.subject)  # "新增创新孵化平台": what it counts, as the import reads it
        target = MeasureTarget(measure_id=measure_id, seq=seq, text=t.text, op=t.op, value=t.value, unit=t.unit,
                               **{k: _coerce(MeasureTarget, k, v) for k, v in fields.items()})
        s.add(target)
        s.flush()
        cs.note("inserted", "measure_target", target.id)
        return target.id, cs


def add_indicator(db: Database, year: int, name: str, unit: str | None = None, target: str | None = None,
                  binding: bool | None = None) -> tuple[int, ChangeSet]:
    """An indicator in ``year``'s table, after its last: the indicator of that name where the database knows it
    from another year (its history stays one), else a new one. EditError where the year's table has it."""
    name = (name or "").strip()
    if not name:
        raise EditError("指标名称不能为空")
    unit = (unit or "").strip() or None
    cs = ChangeSet()
    with db.session() as s:
        key = name_key(name)
        indicator = s.scalar(select(Indicator).where(Indicator.name_key == key))
        if indicator is None:
            indicator = Indicator(name=_coerce(Indicator, "name", name), name_key=key, unit=unit)
            s.add(indicator)
            s.flush()
            cs.note("inserted", "indicator", indicator.id)
        elif s.scalar(select(IndicatorYear.id).where(IndicatorYear.indicator_id == indicator.id,
                                                     IndicatorYear.year == year)) is not None:
            raise EditError(f"{year}年指标中已有“{indicator.name}”")
        elif unit and not indicator.unit:
            indicator.unit = unit
            cs.note("updated", "indicator", indicator.id)
        seq = _numbered(s, year, cs) + 1
        values: dict[str, Any] = {"binding": binding}
        if target and target.strip():
            t = Target.parse(target.strip())
            values.update(target_text=t.text, target_op=t.op, target_value=t.value, target_unit=t.unit)
        row = IndicatorYear(indicator_id=indicator.id, year=year, seq=seq, source="手工新增", **values)
        s.add(row)
        s.flush()
        cs.note("inserted", "indicator_year", row.id)
        return row.id, cs


_META = ("version", "updated_at")


def _same(values: dict[str, Any], expected: dict[str, Any]) -> bool:
    return all(values.get(k) == v for k, v in expected.items() if k not in _META)


def _numbered(s, year: int, cs: ChangeSet) -> int:
    """The year's indicators given the numbers the table shows (a table read without 序号 holds none, and NULLs
    sort first on SQLite, last on PostgreSQL: a row added after them would not stay last); the last number."""
    rows = s.scalars(select(IndicatorYear).join(Indicator, Indicator.id == IndicatorYear.indicator_id)
                     .where(IndicatorYear.year == year)
                     .order_by(IndicatorYear.seq.is_not(None), IndicatorYear.seq, Indicator.name)).all()
    if all(r.seq is not None for r in rows):
        return max((r.seq for r in rows), default=0)
    for i, r in enumerate(sorted(rows, key=lambda r: (r.seq is not None, r.seq or 0)), start=1):
        if r.seq != i:
            r.seq = i
            cs.note("updated", "indicator_year", r.id)
    return len(rows)


def take_out(db: Database, table: str, ids: list[int], expected: list[dict[str, Any]] | None = None
             ) -> tuple[list[dict[str, Any]], ChangeSet]:
    """Delete rows of ``table`` (targets with their steps, indicators' years), in one transaction; what they
    held, to ``put_back``. A row a colleague deleted meanwhile is passed over. With ``expected`` (what an undo
    step left the rows holding) a row a colleague changed since is a Conflict: their figures are not deleted
    unseen."""
    model = _TABLES[table]
    cs = ChangeSet()
    kept: list[dict[str, Any]] = []
    was = {held["row"]["id"]: held["row"] for held in expected or ()}
    with db.session() as s:
        for row in s.scalars(select(model).where(model.id.in_(ids)).order_by(model.id)):
            values = _row_dict(row)
            if row.id in was and not _same(values, was[row.id]):
                raise Conflict(table, row.id, values)
            held = {"row": values}
            if table == "measure_target":
                held["steps"] = [_row_dict(st) for st in row.steps]
            kept.append(held)
            s.delete(row)
            cs.note("deleted", table, row.id)
        s.flush()
    return kept, cs


def held(db: Database, table: str, ids: list[int]) -> list[dict[str, Any]]:
    """What rows hold now, as ``take_out`` keeps it (an added row's values, for its undo to compare)."""
    model = _TABLES[table]
    with db.read() as s:
        return [{"row": _row_dict(row)} for row in s.scalars(select(model).where(model.id.in_(ids)))]


def put_back(db: Database, table: str, kept: list[dict[str, Any]]) -> ChangeSet:
    """Rows ``take_out`` deleted, as they were: the same ids and values (their steps with them). EditError where
    what they belong to is gone (a colleague deleted the measure) or the row is back already."""
    model = _TABLES[table]
    cs = ChangeSet()
    with db.session() as s:
        for held in kept:
            values = held["row"]
            if s.get(model, values["id"]) is not None:
                raise EditError("该行已恢复")
            owner = (Measure, values["measure_id"]) if table == "measure_target" else (Indicator, values["indicator_id"])
            if s.get(*owner) is None:
                raise EditError("所属的举措或指标已被他人删除")
            s.add(model(**values))
            s.flush()
            for step in held.get("steps", ()):
                s.add(TargetStep(**step))
            cs.note("inserted", table, values["id"])
        s.flush()
    return cs
