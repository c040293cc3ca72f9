"""The projects a list marks as leaving it (【调出】, a 名单调整表's 调出 rows), taken off the year's list by the import.

A district's 调整名单 names the projects moved out at mid-year beside those moved in: imported, the ones moved in
are put on the list and the ones moved out taken off it, each move with the reason and the day the table gives, in
the import's one transaction (and its undo). A project the plan does not list is said, and nothing is done for it.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .history import list_move
from .import_match import ProjectIndex
from .import_rows import CHUNK, Receipt, insert_row, record_update
from .plan_document import name_keys
from .schema import Plan, PlanEntry

__all__ = ["leaving_of", "take_off_leaving"]


def leaving_of(s: Session, plan: Plan | None, leaving: list[dict[str, Any]],
               projects: ProjectIndex | None = None) -> tuple[dict[int, int], list[int], list[int]]:
    """Of the projects a table marks as leaving (``Table.leaving``), matched as its records are (by code, else by
    name): those ``plan`` lists (index → project id, to take off), those it does not list now (taken off already,
    or never on it), and those the database does not have."""
    taken: dict[int, int] = {}
    off: list[int] = []
    unknown: list[int] = []
    if not leaving:
        return taken, off, unknown
    if plan is None or plan.id is None:
        return taken, off, list(range(len(leaving)))
    projects = projects or ProjectIndex(s, plan)
    found = projects.match_all(leaving, name_keys([r["name"] for r in leaving]))
    ids = [pid for pid in found if pid is not None]
    listed: set[int] = set()
    for c in range(0, len(ids), CHUNK):
        listed.update(s.scalars(select(PlanEntry.project_id).where(
            PlanEntry.plan_id == plan.id, PlanEntry.on_list.is_(True), PlanEntry.project_id.in_(ids[c:c + CHUNK]))))
    for i, pid in enumerate(found):
        if pid is None:
            unknown.append(i)
        elif pid in listed:
            taken[i] = pid
        else:
            off.append(i)
    return taken, off, unknown


def take_off_leaving(s: Session, sheet: str, plan: Plan, leaving: list[dict[str, Any]], receipt: Receipt) -> None:
    """Take off ``plan``'s list the projects the table marks as leaving and the plan lists, each move with the
    table's reason and day (else the import's day), for the undo as any of the import's changes."""
    taken, _off, _unknown = leaving_of(s, plan, leaving)
    today = dt.date.today()
    for i, pid in taken.items():
        r = leaving[i]
        e = s.scalars(select(PlanEntry).where(PlanEntry.plan_id == plan.id, PlanEntry.project_id == pid)).one()
        record_update(receipt, "plan_entry", e, {"on_list": False})
        receipt.changes.note("updated", "key_project", pid)
        why = f"导入：{sheet}；{r['reason']}" if r.get("reason") else f"导入：{sheet}（调出）"
        on = dt.date.fromisoformat(r["date"]) if r.get("date") else today
        insert_row(s, receipt, "list_change", list_move(s, plan.id, pid, "removed", on, why))
    s.flush()
