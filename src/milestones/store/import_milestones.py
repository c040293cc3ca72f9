"""A key-project table's 节点 beyond start and completion ("主体完工时间", "投用时间", "前期手续办结时间").

Each is a :class:`Milestone` of the project under the name the table gives ("主体完工"), planned in the
quarter the cell says, reached in the quarter a column of what happened says ("实际主体完工时间") or the cell
does ("2023年12月已批复"); a cell's words ("已批复", "办理中", "不涉及") are its note (说明). A milestone
of that name the planner added by hand is the one updated, never doubled; a quarter's goal (:data:`QUARTER_GOAL`)
is no named milestone. A cell left empty leaves what the database has.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..domain.quarter import Quarter
from .import_rows import CHUNK, Receipt, insert_new, record_update
from .schema import QUARTER_GOAL, Milestone

# the diff's names: "milestone:主体完工" (its planned quarter), "milestone_done:主体完工" (when it was reached),
# "milestone_note:立项批复" (the words its cell gave), "milestone_date:…" and "milestone_done_date:…" (the days)
PARTS = {"planned_quarter": "milestone:", "actual_quarter": "milestone_done:", "note": "milestone_note:",
         "planned_date": "milestone_date:", "actual_date": "milestone_done_date:"}


def _given(rec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The record's milestones by name: what the file gives ({"planned_quarter": …, "actual_quarter": …,
    "note": …})."""
    out = {}
    for name, v in (rec.get("milestones") or {}).items():
        given: dict[str, Any] = {part: Quarter.parse(v[key]) for part, key in
                                 (("planned_quarter", "planned"), ("actual_quarter", "actual")) if v.get(key)}
        for part, key in (("planned_date", "planned"), ("actual_date", "actual")):
            if v.get(key) and f"{key}_date" in v:  # a time given states its day too, or that it gives none
                day = v[f"{key}_date"]
                given[part] = dt.date.fromisoformat(day) if day else None
        if "note" in v:  # words, or None where a cell says it was reached ("已取得（2024年5月）")
            given["note"] = v["note"]
        if any(v is not None for v in given.values()):
            out[name] = given
    return out


def _existing(s: Session, pids: list[int]) -> dict[tuple[int, str], Milestone]:
    held: dict[tuple[int, str], Milestone] = {}
    for c in range(0, len(pids), CHUNK):
        for m in s.scalars(select(Milestone).where(Milestone.project_id.in_(pids[c:c + CHUNK]),
                                                   or_(Milestone.note.is_(None), Milestone.note != QUARTER_GOAL))
                           .order_by(Milestone.id)):
            held.setdefault((m.project_id, m.name), m)  # the first of a name, as the project window lists them
    return held


def _in_order(by_name: dict[str, dict[str, Any]]) -> dict[str, int]:
    """Each milestone's place among the project's: its quarter's (in time's order among its quarter goals); one
    with no quarter ("已批复", "不涉及") after the one before it in the table, or before the one after it."""
    at: dict[str, int | None] = {}
    for name, given in by_name.items():
        when = given.get("planned_quarter") or given.get("actual_quarter")
        at[name] = when.index if when else None
    last = None
    for name in at:
        at[name] = last = at[name] if at[name] is not None else last
    following = None
    for name in reversed(at):
        at[name] = following = at[name] if at[name] is not None else following
    return {name: n or 0 for name, n in at.items()}


def milestone_changes(s: Session, matched: dict[int, int], records: list[dict[str, Any]]) -> dict[int, dict]:
    """Per record index, what its milestone columns would change: key → (old quarter, new quarter)."""
    with_milestones = {i: pid for i, pid in matched.items() if records[i].get("milestones")}
    if not with_milestones:
        return {}
    held = _existing(s, sorted(set(with_milestones.values())))
    out: dict[int, dict] = {}
    for i, pid in with_milestones.items():
        ch = {}
        for name, given in _given(records[i]).items():
            m = held.get((pid, name))
            for part, value in given.items():
                old = getattr(m, part) if m is not None else None
                if old != value and (m is not None or value is not None):
                    ch[PARTS[part] + name] = (str(old) if old else None, str(value) if value else None)
        if ch:
            out[i] = ch
    return out


def apply_milestones(s: Session, pairs: list[tuple[int, dict[str, Any]]], receipt: Receipt, *,
                     new_projects: bool) -> None:
    """Write the milestones of ``pairs`` (project id, record); the import's new projects' go in bulk."""
    pairs = [(pid, given) for pid, rec in pairs if (given := _given(rec))]
    if not pairs:
        return
    held = {} if new_projects else _existing(s, sorted({pid for pid, _ in pairs}))
    now = dt.datetime.now(dt.timezone.utc)
    sqlite = s.connection().dialect.name == "sqlite"
    now_v = now.strftime("%Y-%m-%d %H:%M:%S.%f") if sqlite else now

    def day(d: dt.date | None):  # as the column stores it: SQLite's text
        return d.isoformat() if sqlite and d is not None else d
    new_rows: list[tuple] = []
    for pid, by_name in pairs:
        touched = False
        order = _in_order(by_name)
        for name, given in by_name.items():
            m = held.get((pid, name))
            planned, actual = given.get("planned_quarter"), given.get("actual_quarter")
            if m is None:
                new_rows.append((pid, name, order[name], planned and planned.index, day(given.get("planned_date")),
                                 actual and actual.index, day(given.get("actual_date")), given.get("note"), now_v))
                touched = True
            elif changed := {part: q for part, q in given.items() if getattr(m, part) != q}:
                record_update(receipt, "milestone", m, changed)
                touched = True
        if touched and not new_projects:
            receipt.changes.note("updated", "key_project", pid)
    insert_new(s, receipt, Milestone.__table__, "milestone",
               ("project_id", "name", "sort_order", "planned_quarter", "planned_date", "actual_quarter", "actual_date",
                "note", "updated_at"), new_rows)
    s.flush()
