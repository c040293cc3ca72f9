"""Targets, measures and indicators added and taken out by hand.

A target set mid-year (区政府常务会新增一项目标), an indicator the table left out, a target imported twice, a measure
read from a heading of the report: the planner adds or deletes the row where it stands, not by editing a
spreadsheet and importing it again. Each is one transaction. A row taken out is given back whole by ``put_back`` —
the same id, its quarters' steps (a measure's targets) with it — so the undo of a deletion restores what later
edits in the undo history refer to.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from ..domain.plain_text import without_controls
from ..domain.target import Target
from .changes import ChangeSet, Conflict, EditError, _coerce, _row_dict
from .database import Database
from .plan_document import name_key
from .schema import Indicator, IndicatorYear, Measure, MeasureTarget, Plan, Section, TargetStep, indicator_order

# what a target added by hand may be given beside its wording (the rest is typed in the list afterwards)
TARGET_FIELDS = ("subject", "responsible_unit", "partner_units", "leader", "contact", "quarter", "notes")
_TABLES = {"measure_target": MeasureTarget, "indicator_year": IndicatorYear, "measure": Measure, "section": Section}
# what a row taken out takes with it, given back with it: (the key it is kept under, its table, its relationship)
_WITHIN = {"section": ("measures", "measure", "measures"), "measure": ("targets", "measure_target", "targets"),
           "measure_target": ("steps", "target_step", "steps")}
# what a row given back belongs to, which must still be there: (its table, the row's field naming it)
_OWNER = {"measure_target": (Measure, "measure_id"), "measure": (Section, "section_id"),
          "indicator_year": (Indicator, "indicator_id"), "section": (Plan, "plan_id")}
# what adding a target may have made with it, and what is in each: taken out with the target only when left empty
_MADE = {"measure": (Measure, MeasureTarget.measure_id), "section": (Section, Measure.section_id)}


def add_target(db: Database, measure_id: int | None, text: str, fields: dict[str, Any] | None = None,
               new_measure: dict[str, Any] | None = None) -> tuple[int, ChangeSet]:
    """A target of the measure ``measure_id`` as worded ("新增创新孵化平台2家以上": its figure read as an
    import reads it), after the measure's last; the measure's unit responsible unless another is given.

    With ``new_measure`` ({"year", "section", "title"}) the measure is one the plan does not hold yet (set mid-year,
    missed by the report's reading, a plan typed in from nothing), made in the section given by its id or by its
    title (the plan's section of that title, else a new one after the last). Where no wording is given, the measure
    itself is its target, judged by whether it is done — as a plan report's measure without a figure is."""
    wording = (text or "").strip()
    if not wording and new_measure is not None:
        wording = (new_measure.get("title") or "").strip()
    if not wording:
        raise EditError("目标原文不能为空")
    fields = {k: v for k, v in (fields or {}).items() if v not in (None, "")}
    bad = set(fields) - set(TARGET_FIELDS)
    if bad:
        raise EditError(f"不能设置字段：{', '.join(sorted(bad))}")
    t = Target.parse(wording)
    cs = ChangeSet()
    with db.session() as s:
        measure = _new_measure(s, new_measure, cs) if new_measure is not None else s.get(Measure, measure_id)
        if measure is None:
            raise EditError("该举措已被他人删除")
        measure_id = measure.id
        seq = (s.scalar(select(func.max(MeasureTarget.seq)).where(MeasureTarget.measure_id == measure_id)) or 0) + 1
        fields.setdefault("subject", t.subject)  # "新增创新孵化平台": what it counts, as the import reads it
        target = MeasureTarget(measure_id=measure_id, seq=seq, text=t.text, op=t.op, value=t.value, unit=t.unit,
                               **{k: _coerce(MeasureTarget, k, v) for k, v in fields.items()})
        s.add(target)
        s.flush()
        cs.note("inserted", "measure_target", target.id)
        return target.id, cs


def _new_measure(s, given: dict[str, Any], cs: ChangeSet) -> Measure:
    """The measure ``add_target`` was given as new: the plan's measure of that title where it holds one already (a
    colleague's, an earlier try's, one typed rather than chosen — of the section given first: two measures of one
    name are never meant), else a new one after the section's last; the section likewise."""
    from .import_match import strip_section_number

    title = (given.get("title") or "").strip()
    if not title:
        raise EditError("举措名称不能为空")
    plan_id = s.scalar(select(Plan.id).where(Plan.year == given.get("year")))
    if plan_id is None:
        raise EditError(f"没有{given.get('year')}年的计划")
    section = given.get("section")
    sections = s.scalars(select(Section).where(Section.plan_id == plan_id)).all()
    if isinstance(section, int):
        sec = next((x for x in sections if x.id == section), None)
        if sec is None:
            raise EditError("该部分已被他人删除")
    else:
        name = strip_section_number(str(section or ""))  # "（二）更加优化…" is that title; "（二）" alone none
        if not name:
            raise EditError("请填写举措所属的部分")
        sec = next((x for x in sections if name_key(x.title) == name_key(name)), None)
    held = s.scalars(select(Measure).where(Measure.section_id.in_([x.id for x in sections]))).all()
    alike = sorted((m for m in held if name_key(m.title) == name_key(title)),
                   key=lambda m: (sec is None or m.section_id != sec.id, m.id))
    if alike:
        return alike[0]
    if sec is None:
        sec = Section(plan_id=plan_id, number=max((x.number for x in sections), default=0) + 1,
                      title=_coerce(Section, "title", name))
        s.add(sec)
        s.flush()
        cs.note("inserted", "section", sec.id)
    measure = Measure(section_id=sec.id, seq=max((m.seq for m in held if m.section_id == sec.id), default=0) + 1,
                      title=_coerce(Measure, "title", title))
    s.add(measure)
    s.flush()
    cs.note("inserted", "measure", measure.id)
    return measure


def add_indicator(db: Database, year: int, name: str, unit: str | None = None, target: str | None = None,
                  binding: bool | None = None) -> tuple[int, ChangeSet]:
    """An indicator in ``year``'s table, after its last: the indicator of that name where the database knows it
    from another year (its history stays one), else a new one. EditError where the year's table has it."""
    name = without_controls(name or "").strip()
    if not name:
        raise EditError("指标名称不能为空")
    # through the store's one coercion, as every other write: a NUL, or a name past its 200 characters, was
    # written as given (PostgreSQL refused it: 程序出错)
    name = _coerce(Indicator, "name", name)
    unit = _coerce(Indicator, "unit", without_controls(unit or "").strip() or None)
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
            values = {k: _coerce(IndicatorYear, k, v) for k, v in values.items()}
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
                     .order_by(*indicator_order())).all()
    if all(r.seq is not None for r in rows):
        return max((r.seq for r in rows), default=0)
    for i, r in enumerate(sorted(rows, key=lambda r: (r.seq is not None, r.seq or 0)), start=1):
        if r.seq != i:
            r.seq = i
            cs.note("updated", "indicator_year", r.id)
    return len(rows)


def take_out(db: Database, table: str, ids: list[int], expected: list[dict[str, Any]] | None = None,
             made: list[tuple[str, int]] = (), emptied: bool = False) -> tuple[list[dict[str, Any]], ChangeSet]:
    """Delete rows of ``table`` (targets with their steps, measures with their targets, sections with their
    measures, indicators' years), in one transaction; what they held, to ``put_back``. A row a colleague deleted
    meanwhile is passed over. With ``expected`` (what an undo step left the rows holding) a row a colleague changed
    since — or one of what it holds — is a Conflict: their figures are not deleted unseen. ``made`` (("measure",
    id), ("section", id)) is what adding the rows made with them: each is taken out too while nothing else is in it
    and no one changed it, and kept with the first row. With ``emptied``, a target's measure left with none goes
    too (a measure shows by its targets: without one it showed nowhere)."""
    model = _TABLES[table]
    cs = ChangeSet()
    kept: list[dict[str, Any]] = []
    was = {held["row"]["id"]: held for held in expected or ()}
    with db.session() as s:
        for row in s.scalars(select(model).where(model.id.in_(ids)).order_by(model.id)):
            held = _whole(table, row)
            if row.id in was and not _still(held, was[row.id]):
                # a colleague changed it, or one of what it holds (reported on a target of a measure): theirs is
                # not deleted unseen
                raise Conflict(table, row.id, held["row"])
            kept.append(held)
            if table == "section":  # the mapping cascades from a measure to its targets, not from a section
                for measure in row.measures:
                    s.delete(measure)
                s.flush()
            s.delete(row)
            _note(cs, "deleted", table, held)
        s.flush()
        if emptied and table == "measure_target":
            made = [*made, *(("measure", mid) for mid in dict.fromkeys(held["row"]["measure_id"] for held in kept))]
        was_made = {(m["table"], m["row"]["id"]): m["row"] for held in expected or () for m in held.get("made", ())}
        gone = []
        for kind, made_id in made:
            model, inside = _MADE[kind]
            row = s.get(model, made_id)
            if row is None or s.scalar(select(inside).where(inside == made_id).limit(1)) is not None:
                continue  # gone already, or a colleague's target (measure) is in it: it stays
            if (kind, made_id) in was_made and not _same(_row_dict(row), was_made[(kind, made_id)]):
                continue  # a colleague renamed it: theirs, not deleted unseen
            gone.append({"table": kind, "row": _row_dict(row)})
            s.delete(row)
            s.flush()
            cs.note("deleted", kind, made_id)
        if gone and kept:
            kept[0]["made"] = gone
    return kept, cs


def held(db: Database, table: str, ids: list[int], made: list[tuple[str, int]] = ()) -> list[dict[str, Any]]:
    """What rows hold now, as ``take_out`` keeps it (an added row's values, and what adding it made, for its undo
    to compare)."""
    model = _TABLES[table]
    with db.read() as s:
        kept = [{"row": _row_dict(row)} for row in s.scalars(select(model).where(model.id.in_(ids)))]
        rows = [{"table": kind, "row": _row_dict(row)} for kind, made_id in made
                if (row := s.get(_MADE[kind][0], made_id)) is not None]
        if rows and kept:
            kept[0]["made"] = rows
        return kept


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
            for made in reversed(held.get("made", ())):  # the section before its measure
                if s.get(_MADE[made["table"]][0], made["row"]["id"]) is None:
                    s.add(_MADE[made["table"]][0](**made["row"]))
                    s.flush()
                    cs.note("inserted", made["table"], made["row"]["id"])
            owner, field = _OWNER[table]
            if s.get(owner, values[field]) is None:
                raise EditError("所属的部分、举措或指标已被他人删除")
            _restore(s, table, held)
            _note(cs, "inserted", table, held)
        s.flush()
    return cs


_MODELS = {**_TABLES, "target_step": TargetStep}


def _whole(table: str, row) -> dict[str, Any]:
    """A row as ``take_out`` keeps it: its values, and what it holds (a section's measures, their targets, their
    steps), each kept whole in turn."""
    held: dict[str, Any] = {"row": _row_dict(row)}
    if table in _WITHIN:
        key, inner, relation = _WITHIN[table]
        held[key] = [_whole(inner, r) for r in getattr(row, relation)]
    return held


def _still(now: dict[str, Any], was: dict[str, Any]) -> bool:
    """Whether a row holds what ``was`` kept of it — what it holds too, where that was kept."""
    if not _same(now["row"], was["row"]):
        return False
    for key, inner, _relation in (_WITHIN.values()):
        if key in was and key in now:
            mine, theirs = now[key], was[key]
            if len(mine) != len(theirs) or not all(_still(a, b) for a, b in zip(mine, theirs)):
                return False
    return True


def _restore(s, table: str, held: dict[str, Any]) -> None:
    """A row ``_whole`` kept, added back with the same ids, what it held after it."""
    s.add(_MODELS[table](**held["row"]))
    s.flush()
    if table in _WITHIN:
        key, inner, _relation = _WITHIN[table]
        for part in held.get(key, ()):
            _restore(s, inner, part)


def _note(cs: ChangeSet, kind: str, table: str, held: dict[str, Any]) -> None:
    """A row and what it holds noted as ``kind`` (the lists showing them read them again); steps go unnamed."""
    if table == "target_step":
        return
    cs.note(kind, table, held["row"]["id"])
    if table in _WITHIN:
        key, inner, _relation = _WITHIN[table]
        for part in held.get(key, ()):
            _note(cs, kind, inner, part)
