"""One project listed twice (数据检查's 名称相近), made one again: what the later entry holds that the earlier
lacks is filled in on the earlier — its fields, the year's figures, the quarters' investment, the milestones
and the progress notes — and the later is taken off the year's list, all in one transaction. A duplicate
carried into another year (新建下一年度计划 carries both) leaves that year's list too, its figures for that year
filled in on the earlier's entry where the earlier has none.

Nothing the earlier project holds is overwritten: where both hold a value and the values differ, the earlier's
stays and the merge says so (the planner corrects it after, if the later's was right). The later project keeps
its record and history, off the list with the reason "并入“…”", so the merge is undone by putting the earlier's
values back and the later on the list (:func:`unmerge`).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.quarter import Quarter
from .changes import (
    ChangeSet,
    Conflict,
    EditError,
    apply_edit,
    clean_details,
    plan_of,
    read_details,
    set_on_list,
    write_details,
)
from .database import Database
from .history import by_name, shown
from .schema import QUARTER_GOAL, Area, KeyProject, Plan, PlanEntry

__all__ = ["Merge", "plan_merge", "merge_projects", "unmerge"]

# a project's fields taken together: a planned quarter with its day and its text as written, never a day
# from one project beside the other's quarter. The first field of each names the group.
GROUPS: tuple[tuple[str, ...], ...] = (
    ("code",), ("zone_id",), ("area_id",), ("project_class",), ("total_investment",), ("responsible_unit",),
    ("owner",), ("contact",), ("leader",), ("content",), ("construction_years",), ("location",),
    ("partner_units",),
    ("planned_start", "planned_start_date", "planned_start_text"), ("actual_start", "actual_start_date"),
    ("planned_completion", "planned_completion_date", "planned_completion_text"),
    ("actual_completion", "actual_completion_date"), ("notes",),
)
ENTRY_FIELDS = ("nature", "level", "annual_investment", "invested_before")
_DETAILS = ("investments", "milestones", "notes")


@dataclass
class Merge:
    """What merging ``dup`` into ``keep`` does in ``year``'s plan; shown before it is done, kept to undo it."""

    year: int
    keep_id: int
    keep: str
    dup_id: int
    dup: str
    fields: dict[str, Any] = field(default_factory=dict)  # the kept project's empty fields, filled
    entry: dict[str, Any] = field(default_factory=dict)  # the year's figures on the list, filled
    details: dict[str, tuple[list[dict], list[dict]]] = field(default_factory=dict)  # kind → (before, after)
    filled: list[tuple[str, str, Quarter | None]] = field(default_factory=list)  # (field, value shown, quarter)
    differ: list[tuple[str, str, str, Quarter | None]] = field(default_factory=list)  # (field, kept, later's, q)
    milestones: list[str] = field(default_factory=list)  # milestone names taken over
    notes: int = 0  # progress notes taken over
    # the other years whose lists hold both (a duplicate carried into the next year by 新建下一年度计划): the later
    # goes off each too, the year's figures it alone gives filled in on the earlier's entry
    other_years: dict[int, dict[str, Any]] = field(default_factory=dict)  # year → entry fields filled
    other_filled: list[tuple[int, str, str]] = field(default_factory=list)  # (year, field, value shown)

    @property
    def moves_anything(self) -> bool:
        return bool(self.fields or self.entry or self.details or any(self.other_years.values()))

    @property
    def years(self) -> list[int]:
        """Every year whose list the later project leaves, in order."""
        return sorted({self.year, *self.other_years})


def _empty(v: Any) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


def _named(s: Session, key: str, v: Any) -> str | None:
    """A value as the planner reads it: a zone or area by name, a quarter as 2024Q2 (as the record keeps it)."""
    return shown(by_name(s, key, v))


def _entry(s: Session, plan_id: int, project_id: int, name: str, year: int) -> PlanEntry:
    entry = s.scalars(select(PlanEntry).where(PlanEntry.plan_id == plan_id,
                                              PlanEntry.project_id == project_id)).one_or_none()
    if entry is None or not entry.on_list:
        raise EditError(f"“{name}”不在{year}年计划中")
    return entry


def plan_merge(s: Session, year: int, keep_id: int, dup_id: int) -> Merge:
    """What merging project ``dup_id`` into ``keep_id`` would do, read in session ``s``."""
    if keep_id == dup_id:
        raise EditError("不能把项目并入它自己")
    keep, dup = s.get(KeyProject, keep_id), s.get(KeyProject, dup_id)
    if keep is None or dup is None:
        raise Conflict("key_project", keep_id if keep is None else dup_id, None)
    plan = plan_of(s, year)
    m = Merge(year, keep_id, keep.name, dup_id, dup.name)
    for group in GROUPS:
        lead = group[0]
        mine, theirs = getattr(keep, lead), getattr(dup, lead)
        if all(_empty(getattr(dup, f)) for f in group):
            continue
        if all(_empty(getattr(keep, f)) for f in group):
            if lead == "area_id" and _area_zone(s, theirs) not in (None, m.fields.get("zone_id", keep.zone_id)):
                m.differ.append((lead, "", _named(s, lead, theirs), None))  # an area of another zone
                continue
            m.fields.update({f: getattr(dup, f) for f in group})
            m.filled.append((lead, _named(s, lead, theirs) or "", None))
        elif not _empty(theirs) and _named(s, lead, mine) != _named(s, lead, theirs):
            m.differ.append((lead, _named(s, lead, mine), _named(s, lead, theirs), None))
    _schedule_kept_whole(keep, m)
    mine_e = _entry(s, plan.id, keep_id, keep.name, year)
    theirs_e = _entry(s, plan.id, dup_id, dup.name, year)
    for f in ENTRY_FIELDS:
        a, b = getattr(mine_e, f), getattr(theirs_e, f)
        if _empty(b):
            continue
        if _empty(a):
            m.entry[f] = b
            m.filled.append((f, shown(b), None))
        elif shown(a) != shown(b):
            m.differ.append((f, shown(a), shown(b), None))
    for other, mine_o, theirs_o in _both_listed(s, keep_id, dup_id, plan.id):
        fills = m.other_years[other] = {}
        for f in ENTRY_FIELDS:  # the earlier's own figures stay, as in the year merged; differences not said
            if _empty(getattr(mine_o, f)) and not _empty(getattr(theirs_o, f)):
                fills[f] = getattr(theirs_o, f)
                m.other_filled.append((other, f, shown(fills[f])))
    for kind in _DETAILS:
        before, theirs = read_details(s, keep_id, kind), read_details(s, dup_id, kind)
        after = _merged(kind, before, theirs, m)
        if after != before:
            m.details[kind] = (before, after)
    return m


def _both_listed(s: Session, keep_id: int, dup_id: int, plan_id: int) -> list[tuple[int, PlanEntry, PlanEntry]]:
    """The other years whose lists hold both projects: (year, the earlier's entry, the later's), by year."""
    out = []
    for plan in s.scalars(select(Plan).where(Plan.id != plan_id).order_by(Plan.year)):
        entries = {e.project_id: e for e in s.scalars(select(PlanEntry).where(
            PlanEntry.plan_id == plan.id, PlanEntry.project_id.in_((keep_id, dup_id)), PlanEntry.on_list.is_(True)))}
        if len(entries) == 2:
            out.append((plan.year, entries[keep_id], entries[dup_id]))
    return out


def _area_zone(s: Session, area_id: int | None) -> int | None:
    area = s.get(Area, area_id) if area_id is not None else None
    return area.zone_id if area is not None else None


def _schedule_kept_whole(keep: KeyProject, m: Merge) -> None:
    """A planned completion taken over that falls before the kept start (or a start after the kept completion)
    would make a schedule the project window refuses: not taken, said as a difference."""
    start = m.fields.get("planned_start", keep.planned_start)
    end = m.fields.get("planned_completion", keep.planned_completion)
    if start is None or end is None or end >= start:
        return
    lead = "planned_completion" if "planned_completion" in m.fields else "planned_start"
    group = next(g for g in GROUPS if g[0] == lead)
    for f in group:
        m.fields.pop(f, None)
    m.filled = [x for x in m.filled if x[0] != lead]
    m.differ.append((lead, shown(getattr(keep, lead)) or "", shown(end if lead == "planned_completion" else start),
                     None))


def _merged(kind: str, mine: list[dict], theirs: list[dict], m: Merge) -> list[dict]:
    """The kept project's detail list with the later's added where it has none."""
    if kind == "investments":
        by_quarter = {r["quarter"]: dict(r) for r in mine}
        for r in theirs:
            q = r["quarter"]
            row = by_quarter.setdefault(q, {"quarter": q, "planned": None, "actual": None})
            for f in ("planned", "actual"):
                if r[f] is None:
                    continue
                if row[f] is None:
                    row[f] = r[f]
                    m.filled.append((f"quarter_{f}", shown(r[f]), q))
                elif shown(row[f]) != shown(r[f]):
                    m.differ.append((f"quarter_{f}", shown(row[f]), shown(r[f]), q))
        return sorted(by_quarter.values(), key=lambda r: r["quarter"])
    if kind == "milestones":
        def key(r):  # a quarter's goal is one per quarter, whatever its words
            words = QUARTER_GOAL if r["note"] == QUARTER_GOAL else r["name"].strip()
            return words, r["planned_quarter"]
        seen = {key(r) for r in mine}
        added = [dict(r) for r in theirs if key(r) not in seen]
        m.milestones += [r["name"] for r in added]
        return [dict(r) for r in mine] + added
    seen = {(r["quarter"], r["text"].strip()) for r in mine}
    added = [dict(r) for r in theirs if (r["quarter"], r["text"].strip()) not in seen]
    m.notes += len(added)
    return [dict(r) for r in mine] + added


def merge_projects(db: Database, year: int, keep_id: int, dup_id: int, *, reason: str | None = None,
                   on: dt.date | None = None) -> tuple[Merge, ChangeSet]:
    """Merge project ``dup_id`` into ``keep_id`` in ``year``'s plan, in one transaction (see the module)."""
    cs = ChangeSet()
    with db.session() as s:
        m = plan_merge(s, year, keep_id, dup_id)
        plan = plan_of(s, year)
        if "code" in m.fields:  # a code is one project's: the later gives it up first
            s.get(KeyProject, dup_id).code = None
            s.flush()
        if m.fields:
            apply_edit(s, "key_project", keep_id, m.fields, None, cs)
        if m.entry:
            apply_edit(s, "plan_entry", _entry(s, plan.id, keep_id, m.keep, year).id, m.entry, None, cs)
        for kind, (before, after) in m.details.items():
            write_details(s, keep_id, kind, clean_details(kind, after), before, cs)
        set_on_list(s, plan, [dup_id], False, reason or f"并入“{m.keep}”", on, cs)
        for other, fills in m.other_years.items():
            other_plan = plan_of(s, other)
            if fills:
                apply_edit(s, "plan_entry", _entry(s, other_plan.id, keep_id, m.keep, other).id, fills, None, cs)
            set_on_list(s, other_plan, [dup_id], False, reason or f"并入“{m.keep}”", on, cs)
    return m, cs


def unmerge(db: Database, m: Merge, *, reason: str | None = None, on: dt.date | None = None) -> ChangeSet:
    """Undo :func:`merge_projects`: the kept project's filled values emptied again, its detail lists as they
    were, the later project back on the list. Refused as a :class:`Conflict` if the kept project's merged
    values were changed since."""
    cs = ChangeSet()
    with db.session() as s:
        keep = s.get(KeyProject, m.keep_id)
        if keep is None or s.get(KeyProject, m.dup_id) is None:
            raise Conflict("key_project", m.keep_id, None)
        plan = plan_of(s, m.year)
        if any(shown(getattr(keep, f)) != shown(v) for f, v in m.fields.items()):
            raise Conflict("key_project", m.keep_id, {f: getattr(keep, f) for f in m.fields})
        if m.fields:
            apply_edit(s, "key_project", m.keep_id, {f: None for f in m.fields}, None, cs)
        if "code" in m.fields:
            s.get(KeyProject, m.dup_id).code = m.fields["code"]
            s.flush()
        entry = _entry(s, plan.id, m.keep_id, m.keep, m.year)
        if any(shown(getattr(entry, f)) != shown(v) for f, v in m.entry.items()):
            raise Conflict("plan_entry", entry.id, {f: getattr(entry, f) for f in m.entry})
        if m.entry:
            apply_edit(s, "plan_entry", entry.id, {f: None for f in m.entry}, None, cs)
        for kind, (before, after) in m.details.items():
            write_details(s, m.keep_id, kind, clean_details(kind, before), clean_details(kind, after), cs)
        set_on_list(s, plan, [m.dup_id], True, reason, on, cs, undoing_as=db.tag)
        for other, fills in m.other_years.items():
            other_plan = plan_of(s, other)
            entry = _entry(s, other_plan.id, m.keep_id, m.keep, other)
            if any(shown(getattr(entry, f)) != shown(v) for f, v in fills.items()):
                raise Conflict("plan_entry", entry.id, {f: getattr(entry, f) for f in fills})
            if fills:
                apply_edit(s, "plan_entry", entry.id, {f: None for f in fills}, None, cs)
            set_on_list(s, other_plan, [m.dup_id], True, reason, on, cs, undoing_as=db.tag)
    return cs
