"""Writing a key-project table: new projects in bulk (a city's list is tens of thousands),
changed ones field by field, and, for the year's whole list, taking off the plan what it leaves out."""
from __future__ import annotations

import datetime as dt
import re
from operator import itemgetter, methodcaller
from typing import Any

from sqlalchemy import insert, literal, select, update
from sqlalchemy.orm import Session

from ..domain.quarter import Quarter
from ..domain.schedule_words import which_end
from .history import Change, list_move, mover
from .import_match import AreaRow, ProjectIndex, areas_of, in_another_zone, name_keys_of, plan_of, where_of
from .import_milestones import apply_milestones
from .import_quarters import apply_quarters
from .import_rows import (
    CHUNK, ImportError_, Receipt, TableLike, allocate_ids, bulk_insert, changes_of, entry_values, insert_row,
    project_values, record_update, reported_by, update_changed,
)
from .plan_document import ensure_zones, name_key
from .schema import Area, KeyProject, ListChange, Plan, PlanEntry


def apply_projects(s: Session, t: TableLike, receipt: Receipt, tick) -> tuple[Plan, list[int], set[int]]:
    """Write one key-project table; the plan it went to, the projects that plan listed
    before, and the listed ones the table holds (for :func:`drop_missing`)."""
    plan = plan_of(s, t.year, create=True, receipt=receipt, table=t)
    if plan is None:
        raise ImportError_("数据库中还没有计划，无法导入重点项目；请先指定年度")
    zones = {z.name: z.id for z in ensure_zones(s).values()}
    areas = {a.name_key_: a for a in areas_of(s)}
    _add_areas(s, t, receipt, zones, areas)
    projects = ProjectIndex(s, plan)
    keys = name_keys_of(t)
    new_recs: list[dict[str, Any]] = []
    new_keys: list[str] = []
    matched: list[tuple[int, dict[str, Any]]] = []
    for rec, key, pid in zip(t.records, keys, projects.match_all(t.records, keys)):
        if pid is None:
            new_recs.append(rec)
            new_keys.append(key)
        else:
            matched.append((pid, rec))
    new_ids = _insert_projects(s, t, plan, new_recs, new_keys, zones, areas, receipt, tick)
    _update_projects(s, t, plan, matched, zones, areas, receipt, tick)
    apply_quarters(s, list(zip(new_ids, new_recs)), receipt, new_projects=True)
    apply_quarters(s, matched, receipt, new_projects=False)
    apply_milestones(s, list(zip(new_ids, new_recs)), receipt, new_projects=True)
    apply_milestones(s, matched, receipt, new_projects=False)
    return plan, list(projects.on_plan), {pid for pid, _ in matched}


def drop_missing(s: Session, sheets: list[str], plan: Plan, gone: list[int], receipt: Receipt) -> None:
    """Take off the year's list the projects the file (the whole list, on one sheet or on
    several: one per zone) leaves out."""
    today = dt.date.today()
    where = "、".join(dict.fromkeys(sheets))
    for c in range(0, len(gone), CHUNK):
        for e in s.scalars(select(PlanEntry).where(PlanEntry.plan_id == plan.id, PlanEntry.on_list.is_(True),
                                                   PlanEntry.project_id.in_(gone[c:c + CHUNK]))).all():
            record_update(receipt, "plan_entry", e, {"on_list": False})
            receipt.changes.note("updated", "key_project", e.project_id)
            insert_row(s, receipt, "list_change", list_move(s, plan.id, e.project_id, "removed", today,
                                                            f"导入：{where}（文件中没有此项目）"))
    s.flush()


def _add_areas(s: Session, t: TableLike, receipt: Receipt, zones: dict[str, int], areas: dict[str, Any]) -> None:
    """Areas the file names and the database does not have yet, in the zone of
    the first project naming them."""
    named = list(map(methodcaller("get", "area"), t.records))  # (in C: 50,000 rows name a few areas)
    for area in dict.fromkeys(named):
        if not area or name_key(area) in areas:
            continue
        zone = t.records[named.index(area)].get("zone")
        a = Area(name=area, zone_id=zones.get(zone or "") or zones["全区"], kind=None, sort_order=99,
                 source=f"导入：{t.sheet}")
        s.add(a)
        s.flush()
        areas[name_key(a.name)] = AreaRow(a)
        receipt.inserted.append(("area", a.id))


# what a new project's row takes from its record, in this order
_RECORD_FIELDS = ("code", "name", "class", "content", "construction_years", "total_investment", "owner",
                  "responsible_unit", "leader", "contact", "location", "partner_units", "notes", "start", "completion",
                  "actual_start", "actual_completion", "start_text", "completion_text", "zone", "area", "nature",
                  "level", "annual_investment", "invested_before")


def _record_columns(recs: list[dict[str, Any]]) -> dict[str, list[Any]]:
    """The records as columns; one C-level pass when every record has every field."""
    if not recs:
        return {f: [] for f in _RECORD_FIELDS}
    try:
        cols = zip(*map(itemgetter(*_RECORD_FIELDS), recs))
    except KeyError:  # records made by hand (tests, other callers) may leave fields out
        cols = zip(*([rec.get(f) for f in _RECORD_FIELDS] for rec in recs))
    return {f: list(c) for f, c in zip(_RECORD_FIELDS, cols)}


def _insert_projects(s: Session, t: TableLike, plan: Plan, recs: list[dict[str, Any]], keys: list[str],
                     zones: dict[str, int], areas: dict[str, Any], receipt: Receipt, tick) -> list[int]:
    """New projects (the 50,000-row case), in file order; their ids.

    Ids are allocated first and the rows go to the driver's executemany as
    plain columns: per-row ORM work would cost more than SQLite's. Columns
    empty in every row are left to their default, which SQLite does for free.
    """
    if not recs:
        return []
    conn = s.connection()
    sqlite = conn.dialect.name == "sqlite"
    today = dt.date.today()
    now = dt.datetime.now(dt.timezone.utc)
    now_v = now.strftime("%Y-%m-%d %H:%M:%S.%f") if sqlite else now
    source, who = f"导入：{t.sheet}", mover(s)
    seq0 = s.scalar(select(PlanEntry.seq).where(PlanEntry.plan_id == plan.id).order_by(PlanEntry.seq.desc())
                    .limit(1)) or 0
    ids = allocate_ids(s, KeyProject.__table__, len(recs))
    entry_ids = allocate_ids(s, PlanEntry.__table__, len(recs))
    c = _record_columns(recs)
    quarter = {None: None}
    quarter.update({q: Quarter.parse(q).index for f in ("start", "completion", "actual_start", "actual_completion")
                    for q in set(c[f]) if q is not None})
    area_of = {a: areas.get(name_key(a)) if a else None for a in set(c["area"])}
    zone_id = [zones.get(z) if z else None for z in c["zone"]]
    zone_id = [z if z is not None or a is None else a.zone_id
               for z, a in zip(zone_id, map(area_of.__getitem__, c["area"]))]
    n = len(recs)
    project_columns = {
        "id": ids, "code": c["code"], "name": c["name"], "name_key": keys, "project_class": c["class"],
        "content": c["content"], "construction_years": c["construction_years"],
        "total_investment": c["total_investment"], "owner": c["owner"], "responsible_unit": c["responsible_unit"],
        "leader": c["leader"], "contact": c["contact"], "location": c["location"],
        "partner_units": c["partner_units"], "notes": c["notes"],
        "planned_start": list(map(quarter.__getitem__, c["start"])),
        "planned_completion": list(map(quarter.__getitem__, c["completion"])),
        "actual_start": list(map(quarter.__getitem__, c["actual_start"])),
        "actual_completion": list(map(quarter.__getitem__, c["actual_completion"])),
        # the wording is kept only when it says more than a quarter ("2024年开工")
        "planned_start_text": [w if not q else None for w, q in zip(c["start_text"], c["start"])],
        "planned_completion_text": [w if not q else None for w, q in zip(c["completion_text"], c["completion"])],
        "zone_id": zone_id,
        "area_id": [a.id if a and not in_another_zone(z, a, zones) else None
                    for z, a in zip(zone_id, map(area_of.__getitem__, c["area"]))],
        "updated_at": [now_v] * n, "source": [source] * n,  # version: the column's default, 1
    }
    entry_columns = {
        "id": entry_ids, "plan_id": [plan.id] * n, "project_id": ids, "seq": range(seq0 + 1, seq0 + n + 1),
        "nature": c["nature"], "level": c["level"], "annual_investment": c["annual_investment"],
        "invested_before": c["invested_before"],
        "updated_at": [now_v] * n,  # on_list and version: the columns' defaults, true and 1
    }
    project_columns = {k: v for k, v in project_columns.items() if v.count(None) < n}
    entry_columns = {k: v for k, v in entry_columns.items() if not isinstance(v, list) or v.count(None) < n}
    project_rows = list(zip(*project_columns.values()))
    entry_rows = list(zip(*entry_columns.values()))
    step = CHUNK * 10
    for a in range(0, n, step):
        b = min(a + step, n)
        bulk_insert(conn, "key_project", tuple(project_columns), project_rows[a:b])
        bulk_insert(conn, "plan_entry", tuple(entry_columns), entry_rows[a:b])
        # the list's history: one "added" per project, made by the database from the entries just written
        on = PlanEntry.id.between(entry_ids[a], entry_ids[b - 1]) if sqlite else PlanEntry.id.in_(entry_ids[a:b])
        s.execute(insert(ListChange).from_select(
            ["plan_id", "project_id", "change", "changed_on", "reason", "recorded_at", *who],
            select(PlanEntry.plan_id, PlanEntry.project_id, literal("added"),
                   literal(today, ListChange.changed_on.type), literal(source, ListChange.reason.type),
                   literal(now, ListChange.recorded_at.type),
                   *(literal(v, ListChange.__table__.c[k].type) for k, v in who.items())).where(on)))
        receipt.inserted.extend(("key_project", pid) for pid in ids[a:b])
        receipt.inserted.extend(("plan_entry", eid) for eid in entry_ids[a:b])  # (an undo tells them from others')
        receipt.changes.inserted.setdefault("key_project", set()).update(ids[a:b])
        tick(b - a)
    for pid, rec in zip(ids, recs):
        if "revised_from" in rec:
            receipt.history.extend(plan_before_revision(pid, rec, plan.year))
        if "list_reason" in rec or "list_date" in rec:  # a 名单调整表's 调入: its day and why, not the import's
            on, why = listed_as(rec, today, source)
            s.execute(update(ListChange).where(ListChange.plan_id == plan.id, ListChange.project_id == pid)
                      .values(changed_on=on, reason=why))
    return ids


def listed_as(rec: dict[str, Any], today: dt.date, source: str) -> tuple[dt.date, str]:
    """The day and the reason of a project put on the list by an import: the import's, or those a 名单调整表 gives
    its row (调整时间, 调整原因)."""
    on = dt.date.fromisoformat(rec["list_date"]) if rec.get("list_date") else today
    return on, f"{source}；{rec['list_reason']}" if rec.get("list_reason") else source


_QUARTER = re.compile(r"\d{4}Q[1-4]")  # a record's quarter ("2024Q2"); else the words of a time with none


def plan_before_revision(pid: int, rec: dict[str, Any], year: int, held: KeyProject | None = None,
                         entry: PlanEntry | None = None) -> list[Change]:
    """A revised list's plan before the revision (the record's "revised_from"), as the revision the record of changes
    keeps, for a field the project held nothing in: a new project's 原计划 was lost (the import wrote the revised plan
    alone), and so was a held project's that had no date yet. Where it held one, the import's own update records
    what it held, as any revision; the same list imported again holds the revised plan, and records nothing."""
    out = []
    for f, was in rec["revised_from"].items():
        if f in ("start", "completion"):
            field, event = f"planned_{f}", "开工" if f == "start" else "完工"
            if held is not None and (getattr(held, field) is not None or getattr(held, f"{field}_text")):
                continue
            now = Quarter.parse(rec[f]) if rec[f] else which_end(rec[f"{f}_text"], event) if rec[f"{f}_text"] else None
            out.append(Change(pid, field, Quarter.parse(was) if _QUARTER.fullmatch(was) else which_end(was, event), now))
        elif f == "total_investment" and (held is None or held.total_investment is None):
            out.append(Change(pid, f, was, rec[f]))
        elif f in ("responsible_unit", "partner_units", "leader") and (held is None or not getattr(held, f)):
            # 原责任单位, 原配合单位, 原牵头领导
            out.append(Change(pid, f, was, rec[f]))
        elif f == "annual_investment" and (entry is None or entry.annual_investment is None):
            out.append(Change(pid, f, was, rec[f], year=year))
    return out


def _update_projects(s: Session, t: TableLike, plan: Plan, matched: list[tuple[int, dict[str, Any]]],
                     zones: dict[str, int], areas: dict[str, Any], receipt: Receipt, tick) -> None:
    """Projects the database has: the values that differ, remembered for undo."""
    today = dt.date.today()
    for c in range(0, len(matched), CHUNK):
        part = matched[c:c + CHUNK]
        ids = [pid for pid, _ in part]
        objs = {p.id: p for p in s.scalars(select(KeyProject).where(KeyProject.id.in_(ids)))}
        ents = {e.project_id: e for e in s.scalars(select(PlanEntry).where(PlanEntry.plan_id == plan.id,
                                                                          PlanEntry.project_id.in_(ids)))}
        for pid, rec in part:
            p = objs[pid]
            if "revised_from" in rec:  # (before the update: what the project held)
                receipt.history.extend(plan_before_revision(pid, rec, plan.year, p, ents.get(pid)))
            values = reported_by(project_values(rec), rec, p)
            values.update({k: v for k, v in where_of(rec, zones, areas).items() if v is not None})
            if "name" in values:
                values["name_key"] = name_key(values["name"])
            update_changed(receipt, "key_project", p, values)
            e = ents.get(pid)
            evals = entry_values(rec, e)
            if e is None:
                e = PlanEntry(plan_id=plan.id, project_id=pid, on_list=True, **evals)
                s.add(e)
                s.flush()
                receipt.inserted.append(("plan_entry", e.id))
                s.add(list_move(s, plan.id, pid, "added", *listed_as(rec, today, f"导入：{t.sheet}")))
                receipt.changes.note("updated", "key_project", pid)
            else:
                ech = {k: v for k, (o, v) in changes_of(e, evals).items()}
                if not e.on_list:
                    ech["on_list"] = True
                    s.add(list_move(s, plan.id, pid, "added", *listed_as(rec, today, f"导入：{t.sheet}")))
                if ech:
                    record_update(receipt, "plan_entry", e, ech)
                    receipt.changes.note("updated", "key_project", pid)
        s.flush()
        tick(len(part))
