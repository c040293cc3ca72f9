"""A key-project table's 节点 beyond start and completion ("主体完工时间", "投用时间", "前期手续办结时间").

Each is a :class:`Milestone` of the project under the name the table gives ("主体完工"), planned in the
quarter the cell says. A milestone of that name the planner added by hand is the one updated, never doubled;
a quarter's goal (:data:`QUARTER_GOAL`) is no named milestone. A cell left empty leaves what the database has.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..domain.quarter import Quarter
from .import_rows import CHUNK, Receipt, insert_new, record_update
from .schema import QUARTER_GOAL, Milestone

KEY = "milestone:"


def change_key(name: str) -> str:
    """The diff's name for a milestone's planned quarter: "milestone:主体完工"."""
    return KEY + name


def _planned(rec: dict[str, Any]) -> dict[str, Quarter]:
    """The record's milestones that name a quarter (a year alone, "2025年", names none: left as it is)."""
    return {name: Quarter.parse(v["planned"]) for name, v in (rec.get("milestones") or {}).items() if v.get("planned")}


def _existing(s: Session, pids: list[int]) -> dict[tuple[int, str], Milestone]:
    held: dict[tuple[int, str], Milestone] = {}
    for c in range(0, len(pids), CHUNK):
        for m in s.scalars(select(Milestone).where(Milestone.project_id.in_(pids[c:c + CHUNK]),
                                                   or_(Milestone.note.is_(None), Milestone.note != QUARTER_GOAL))
                           .order_by(Milestone.id)):
            held.setdefault((m.project_id, m.name), m)  # the first of a name, as the project window lists them
    return held


def milestone_changes(s: Session, matched: dict[int, int], records: list[dict[str, Any]]) -> dict[int, dict]:
    """Per record index, what its milestone columns would change: key → (old quarter, new quarter)."""
    with_milestones = {i: pid for i, pid in matched.items() if records[i].get("milestones")}
    if not with_milestones:
        return {}
    held = _existing(s, sorted(set(with_milestones.values())))
    out: dict[int, dict] = {}
    for i, pid in with_milestones.items():
        ch = {}
        for name, planned in _planned(records[i]).items():
            m = held.get((pid, name))
            old = m.planned_quarter if m is not None else None
            if old != planned:
                ch[change_key(name)] = (str(old) if old else None, str(planned))
        if ch:
            out[i] = ch
    return out


def apply_milestones(s: Session, pairs: list[tuple[int, dict[str, Any]]], receipt: Receipt, *,
                     new_projects: bool) -> None:
    """Write the milestones of ``pairs`` (project id, record); the import's new projects' go in bulk."""
    pairs = [(pid, planned) for pid, rec in pairs if (planned := _planned(rec))]
    if not pairs:
        return
    held = {} if new_projects else _existing(s, sorted({pid for pid, _ in pairs}))
    now = dt.datetime.now(dt.timezone.utc)
    now_v = now.strftime("%Y-%m-%d %H:%M:%S.%f") if s.connection().dialect.name == "sqlite" else now
    new_rows: list[tuple] = []
    for pid, planned in pairs:
        touched = False
        for name, quarter in planned.items():
            m = held.get((pid, name))
            if m is None:  # in time's order among the project's quarter goals
                new_rows.append((pid, name, quarter.index, quarter.index, now_v))
                touched = True
            elif m.planned_quarter != quarter:
                record_update(receipt, "milestone", m, {"planned_quarter": quarter})
                touched = True
        if touched and not new_projects:
            receipt.changes.note("updated", "key_project", pid)
    insert_new(s, receipt, Milestone.__table__, "milestone",
               ("project_id", "name", "sort_order", "planned_quarter", "updated_at"), new_rows)
    s.flush()
