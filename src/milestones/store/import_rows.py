"""Imported records as rows: the values each kind writes, and the writing itself, every row
recorded in the import's :class:`Receipt` so that undoing the import takes back exactly it."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from itertools import chain
from typing import Any, Protocol

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.quarter import Quarter
from .changes import ChangeSet
from .history import TRACKED, Change, row_changes
from .plan_document import name_key


CHUNK = 500


class TableLike(Protocol):
    sheet: str
    kind: str | None
    year: int | None
    records: list[dict[str, Any]]


class ImportError_(ValueError):
    """The import cannot be written (nothing was)."""


@dataclass
class Receipt:
    """What an import wrote, enough to take it back."""

    inserted: list[tuple[str, int]] = field(default_factory=list)
    updated: list[tuple[str, int, dict[str, Any]]] = field(default_factory=list)  # old values
    # what the import left in the fields it changed, and the rows it added as it left them (for an import that
    # may be undone): an undo finds by them what was changed since (store.import_undo)
    left: dict[tuple[str, int], dict[str, Any]] = field(default_factory=dict)
    rows_left: dict[tuple[str, int], int] | None = None
    changes: ChangeSet = field(default_factory=ChangeSet)
    history: list[Change] = field(default_factory=list)  # values held that the import replaced (修改记录)
    names_before: tuple[str | None] | None = None  # the names kept for imports before it, if it changed them


# -- the fields compared per kind ---------------------------------------------
def _q(text: str | None) -> Quarter | None:
    return Quarter.parse(text) if text else None


def indicator_year_values(rec: dict[str, Any]) -> dict[str, Any]:
    t = rec.get("target") or {}
    vals = {
        "binding": rec.get("binding"), "target_text": t.get("text"), "target_op": t.get("op"),
        "target_value": t.get("value"), "target_unit": t.get("unit"), "actual": rec.get("actual"),
        "actual_text": rec.get("actual_text"), "previous_actual": rec.get("previous_actual"),
        "previous_actual_text": rec.get("previous_actual_text"), "status": rec.get("status"),
        "status_reason": rec.get("reason"), "responsible_unit": rec.get("responsible_unit"),
        "partner_units": rec.get("partner_units"), "notes": rec.get("notes"),
    }
    if t:  # a stated target replaces all of its parts, None included
        return {k: v for k, v in vals.items() if v is not None or k.startswith("target_")}
    return {k: v for k, v in vals.items() if v is not None}


def project_values(rec: dict[str, Any]) -> dict[str, Any]:
    vals = {
        "code": rec.get("code"), "name": rec.get("name"), "project_class": rec.get("class"),
        "content": rec.get("content"), "construction_years": rec.get("construction_years"),
        "total_investment": rec.get("total_investment"), "owner": rec.get("owner"),
        "responsible_unit": rec.get("responsible_unit"), "leader": rec.get("leader"), "contact": rec.get("contact"),
        "location": rec.get("location"), "partner_units": rec.get("partner_units"), "notes": rec.get("notes"),
        "planned_start": _q(rec.get("start")), "planned_completion": _q(rec.get("completion")),
        "actual_start": _q(rec.get("actual_start")), "actual_completion": _q(rec.get("actual_completion")),
        # the wording is kept only when it says more than a quarter ("2024年开工")
        "planned_start_text": rec.get("start_text") if not rec.get("start") else None,
        "planned_completion_text": rec.get("completion_text") if not rec.get("completion") else None,
    }
    return {k: v for k, v in vals.items() if v is not None}


def reported_by(values: dict[str, Any], rec: dict[str, Any], held: Any) -> dict[str, Any]:
    """A quarterly report's "是否开工: 是" gives the report's quarter as an upper bound: an earlier
    actual start (or completion) already held is kept, not moved to the report's quarter. (A package's dates
    taken from its parts are kept out the same way where the project holds its own.)"""
    for event in ("actual_start", "actual_completion"):
        if rec.get(f"{event}_by") and held is not None and event in values:
            before = getattr(held, event)
            if before is not None and before <= values[event]:
                del values[event]
    return _parts_span_fills_only(values, rec, held)


def _parts_span_fills_only(values: dict[str, Any], rec: dict[str, Any], held: Any) -> dict[str, Any]:
    """A package project's start and completion the reading took from its parts ("ends_from_parts": the table gave
    it none) fill only what the project does not hold: they never overwrite a date the planner set."""
    for end in rec.get("ends_from_parts") or ():
        if held is not None and getattr(held, end) is not None:
            values.pop(end, None)
    if "total_investment" in (rec.get("figures_from_parts") or ()) and held is not None \
            and held.total_investment is not None:
        values.pop("total_investment", None)  # (its parts' sum: the same)
    return values


def entry_values(rec: dict[str, Any], held: Any = None) -> dict[str, Any]:
    """A record's values for its project's entry on the year's list; ``held``, the entry the plan has (or None).
    A nature the reading guessed from the start ("nature_from_start") fills only an entry that has none: it never
    overwrites what the planner set; nor does a year's plan the reading summed from the quarters, nor a package's
    figures summed from its parts."""
    vals = {"nature": rec.get("nature"), "level": rec.get("level"), "annual_investment": rec.get("annual_investment"),
            "invested_before": rec.get("invested_before")}
    if rec.get("nature_from_start") and held is not None and held.nature is not None:
        vals["nature"] = None
    if rec.get("annual_from_quarters") and held is not None and held.annual_investment is not None:
        vals["annual_investment"] = None  # (the quarters' sum, where the table gave no year's figure: the same)
    for fld in rec.get("figures_from_parts") or ():  # (a package's parts' sums: the same)
        if fld in vals and held is not None and getattr(held, fld) is not None:
            vals[fld] = None
    return {k: v for k, v in vals.items() if v is not None}


def target_values(rec: dict[str, Any]) -> dict[str, Any]:
    vals = {"op": rec.get("op"), "value": rec.get("value"), "unit": rec.get("unit"),
            "quarter": _q(rec.get("quarter")), "responsible_unit": rec.get("responsible_unit"),
            "partner_units": rec.get("partner_units"), "leader": rec.get("leader"), "contact": rec.get("contact"),
            "subject": rec.get("subject"),
            # what was reached: an empty cell leaves what the database has
            "actual": rec.get("actual"), "actual_text": rec.get("actual_text"), "status": rec.get("status"),
            "notes": rec.get("notes"), "quarter_text": rec.get("quarter_text")}
    if rec.get("text_before"):  # reworded by a revised list: the target found under its first wording takes the new
        vals["text"] = rec["text"]
    kept = {k: v for k, v in vals.items() if v is not None or k in ("value", "unit")}
    # a deadline's quarter replaces its words, and words its quarter; a quarter read from words ("2024年6月，持续推进")
    # keeps both
    if "quarter" in kept and "quarter_text" not in kept:
        kept["quarter_text"] = None
    elif "quarter_text" in kept and "quarter" not in kept:
        kept["quarter"] = None
    return kept


STEP_FIELDS = ("text", "value", "actual", "actual_text")


def step_values(step: dict[str, Any]) -> dict[str, Any]:
    """What a file's step writes: a step stated replaces its words and figure (words with no figure
    clear the figure), a quarter's review its result; an empty cell leaves what the database has."""
    vals = {}
    if step.get("text") is not None:
        vals.update(text=step["text"], value=step.get("value"))
    if step.get("actual") is not None or step.get("actual_text") is not None:
        vals.update(actual=step.get("actual"), actual_text=step.get("actual_text"))
    return vals


def steps_after(held: list[Any], steps: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A target's steps once a file's are written over ``held`` (rows or dicts with the step fields):
    by quarter, in quarter order; what the file does not give stays."""
    out = {h.quarter: {"quarter": h.quarter, **{f: getattr(h, f) for f in STEP_FIELDS}} for h in held}
    for step in steps:
        q = Quarter.parse(step["quarter"])
        out.setdefault(q, {"quarter": q, **dict.fromkeys(STEP_FIELDS)}).update(step_values(step))
    return [out[q] for q in sorted(out)]


def write_steps(s: Session, receipt: Receipt, target_id: int, held: list[Any], steps: list[dict[str, Any]]) -> None:
    """A file's quarterly steps of one target over those held, each recorded for undo."""
    from .schema import TargetStep

    by_quarter = {h.quarter: h for h in held}
    for step in steps:
        q = Quarter.parse(step["quarter"])
        vals = step_values(step)
        row = by_quarter.get(q)
        if row is None:
            insert_row(s, receipt, "target_step", TargetStep(target_id=target_id, quarter=q, **vals))
        elif vals:
            update_changed(receipt, "target_step", row, vals)


def measure_texts(records: list[dict[str, Any]]) -> dict[str, list[str]]:
    """What a file says each measure is to do ("工作措施"), by the measure's name: its rows' words,
    each once, in the file's order. A file without them says nothing (the held words stay)."""
    pieces: dict[str, list[str]] = {}
    for rec in records:
        text = rec.get("measure_text")
        if text:
            said = pieces.setdefault(name_key(rec["measure"]), [])
            if text not in said:
                said.append(text)
    return pieces


def measure_text(held: str | None, pieces: list[str]) -> str | None:
    """A measure's words after a file's: the plan's paragraph is kept (a task list's 措施 are mostly
    taken from it, "深化建设物流贸易总部基地"), and what it does not say yet is added after it."""
    new = [p for p in pieces if p not in (held or "")]
    if not new:
        return held
    return "；".join(new) if not held else f"{held}\n{'；'.join(new)}"


def same_value(a: Any, b: Any) -> bool:
    if isinstance(a, float) or isinstance(b, float):
        try:
            return a is not None and b is not None and abs(float(a) - float(b)) < 1e-9
        except (TypeError, ValueError):
            return False
    if a != b and type(a) is str and type(b) is str:
        # "区商务委牵头，区规划自然资源局配合" is what older versions stored as "…牵头,区规划…" (they made
        # Chinese punctuation ASCII): the same text, not a change to show and write
        return unicodedata.normalize("NFKC", a) == unicodedata.normalize("NFKC", b)
    return a == b


def changes_of(obj: Any, values: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    return {k: (getattr(obj, k), v) for k, v in values.items() if not same_value(getattr(obj, k), v)}


def insert_row(s: Session, receipt: Receipt, table: str, obj: Any) -> Any:
    """Add a row and remember it, so that undoing the import deletes it."""
    s.add(obj)
    s.flush()
    receipt.inserted.append((table, obj.id))
    receipt.changes.note("inserted", table, obj.id)
    return obj


def update_changed(receipt: Receipt, table: str, obj: Any, values: dict[str, Any]) -> None:
    """Set the values that differ, remembering the old ones for undo."""
    ch = {k: v for k, (_old, v) in changes_of(obj, values).items()}
    if ch:
        record_update(receipt, table, obj, ch)


def record_update(receipt: Receipt, table: str, obj: Any, values: dict[str, Any]) -> None:
    old = {k: getattr(obj, k) for k in values}
    receipt.updated.append((table, obj.id, old))
    receipt.left.setdefault((table, obj.id), {}).update(values)
    receipt.changes.note("updated", table, obj.id)
    for k, v in values.items():
        setattr(obj, k, v)
    if table in TRACKED:
        receipt.history.extend(row_changes(table, obj, old))


def insert_new(s: Session, receipt: Receipt, table, name: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
    """``rows`` (values of ``columns``) inserted in bulk into ``table`` (named ``name``), their new ids kept in
    ``receipt``."""
    if not rows:
        return
    s.flush()  # updates made through the ORM go first
    ids = allocate_ids(s, table, len(rows))
    bulk_insert(s.connection(), name, ("id", *columns), [(i, *r) for i, r in zip(ids, rows)])
    receipt.inserted.extend((name, i) for i in ids)


def allocate_ids(s: Session, table, n: int) -> list[int]:
    """``n`` new primary keys for ``table``, reserved inside this transaction.

    SQLite has one writer at a time, so max(id)+1… is safe within the write
    transaction; PostgreSQL takes them from the table's sequence."""
    if n == 0:
        return []
    conn = s.connection()
    if conn.dialect.name == "postgresql":
        seq = conn.exec_driver_sql(f"SELECT pg_get_serial_sequence('{table.name}', 'id')").scalar()
        return list(conn.exec_driver_sql(f"SELECT nextval('{seq}') FROM generate_series(1, {int(n)})").scalars())
    start = (conn.execute(select(func.max(table.c.id))).scalar() or 0) + 1
    return list(range(start, start + n))


def bulk_insert(conn, table: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
    """Plain tuples straight to the driver's executemany (values already in the
    form the column stores: quarters as their index, dates as SQLite text)."""
    if not rows:
        return
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    quote = conn.dialect.identifier_preparer.quote
    head = f"INSERT INTO {quote(table)} ({', '.join(quote(c) for c in columns)}) VALUES "
    one = f"({', '.join([mark] * len(columns))})"
    cursor = conn.connection.driver_connection.cursor()
    try:
        per = _rows_per_statement(cursor.connection, len(columns)) if conn.dialect.name == "sqlite" else 1
        if per > 1 and len(rows) >= per:
            # sqlite3's executemany steps the statement once per row from Python;
            # many rows per statement let SQLite do the looping (≈ 25 % less time)
            whole = len(rows) - len(rows) % per
            sql = head + ", ".join([one] * per)
            for a in range(0, whole, per):
                cursor.execute(sql, list(chain.from_iterable(rows[a:a + per])))
            rows = rows[whole:]
        if rows:
            cursor.executemany(head + one, rows)
    finally:
        cursor.close()


def _rows_per_statement(sqlite_conn, columns: int) -> int:
    """Rows per multi-row INSERT: a hundred (longer statements gain nothing
    measurable), within the library's bound-parameter limit (999 before
    SQLite 3.32, which a user's older system library may still be)."""
    import sqlite3

    try:
        limit = sqlite_conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    except (AttributeError, sqlite3.Error):  # pragma: no cover - Python before 3.11
        limit = 999
    return max(1, min(100, limit // max(columns, 1)))
