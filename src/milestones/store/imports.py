"""Matching imported records to the database: the diff, then one transaction.

Records come from :mod:`milestones.spreadsheet.parse` as plain dicts. Rows are
matched to what exists (a project by code, else by normalised name; an
indicator by normalised name and year; a target by its wording within its
measure), so re-importing updates and never duplicates. A value the file
leaves empty never blanks a value the database has.

``apply_import`` returns a :class:`Receipt` from which ``revert_import`` undoes
the whole import in one transaction (the GUI's undo of an import).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from itertools import chain
from operator import itemgetter
from typing import Any, Iterable, Protocol

from sqlalchemy import delete, func, insert, literal, select, update
from sqlalchemy.orm import Session

from ..domain.quarter import Quarter
from .changes import ChangeSet
from .database import Database
from .plan_document import ensure_zones, name_key, name_keys
from .schema import (
    Area, Indicator, IndicatorYear, KeyProject, ListChange, Measure, MeasureTarget, Milestone, Plan, PlanEntry,
    ProgressNote, QuarterInvestment, Section,
)

__all__ = ["TableLike", "Diff", "Receipt", "diff_table", "apply_import", "revert_import", "ImportError_"]

CHUNK = 500


class TableLike(Protocol):
    sheet: str
    kind: str | None
    year: int | None
    records: list[dict[str, Any]]


class ImportError_(ValueError):
    """The import cannot be written (nothing was)."""


@dataclass
class Diff:
    new: list[int] = field(default_factory=list)  # record indexes
    changed: dict[int, dict[str, tuple[Any, Any]]] = field(default_factory=dict)  # index → field → (old, new)
    unchanged: list[int] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # names in the database, not in the file
    similar: dict[int, str] = field(default_factory=dict)  # new record → a listed project of a like name
    # record → (completion, start) when the file's dates and the database's would end before they begin
    reversed: dict[int, tuple[Quarter, Quarter]] = field(default_factory=dict)
    # record → [(field, the column's bound)] for a name, code or title longer than the database keeps
    too_long: dict[int, list[tuple[str, int]]] = field(default_factory=dict)
    plan_year: int | None = None  # the plan the records go to: the latest one for a table without a year

    def counts(self) -> dict[str, int]:
        return {"new": len(self.new), "changed": len(self.changed), "unchanged": len(self.unchanged),
                "missing": len(self.missing)}


@dataclass
class Receipt:
    """What an import wrote, enough to take it back."""

    inserted: list[tuple[str, int]] = field(default_factory=list)
    updated: list[tuple[str, int, dict[str, Any]]] = field(default_factory=list)  # old values
    changes: ChangeSet = field(default_factory=ChangeSet)


# -- the fields compared per kind ---------------------------------------------
def _q(text: str | None) -> Quarter | None:
    return Quarter.parse(text) if text else None


def _indicator_year_values(rec: dict[str, Any]) -> dict[str, Any]:
    t = rec.get("target") or {}
    vals = {
        "binding": rec.get("binding"), "target_text": t.get("text"), "target_op": t.get("op"),
        "target_value": t.get("value"), "target_unit": t.get("unit"), "actual": rec.get("actual"),
        "actual_text": rec.get("actual_text"), "previous_actual": rec.get("previous_actual"),
        "previous_actual_text": rec.get("previous_actual_text"), "status": rec.get("status"),
        "status_reason": rec.get("reason"),
    }
    if t:  # a stated target replaces all of its parts, None included
        return {k: v for k, v in vals.items() if v is not None or k.startswith("target_")}
    return {k: v for k, v in vals.items() if v is not None}


def _project_values(rec: dict[str, Any]) -> dict[str, Any]:
    vals = {
        "code": rec.get("code"), "name": rec.get("name"), "project_class": rec.get("class"),
        "content": rec.get("content"), "construction_years": rec.get("construction_years"),
        "total_investment": rec.get("total_investment"), "owner": rec.get("owner"),
        "responsible_unit": rec.get("responsible_unit"), "leader": rec.get("leader"), "notes": rec.get("notes"),
        "planned_start": _q(rec.get("start")), "planned_completion": _q(rec.get("completion")),
        "actual_start": _q(rec.get("actual_start")), "actual_completion": _q(rec.get("actual_completion")),
        # the wording is kept only when it says more than a quarter ("2024年开工")
        "planned_start_text": rec.get("start_text") if not rec.get("start") else None,
        "planned_completion_text": rec.get("completion_text") if not rec.get("completion") else None,
    }
    return {k: v for k, v in vals.items() if v is not None}


def _entry_values(rec: dict[str, Any]) -> dict[str, Any]:
    vals = {"nature": rec.get("nature"), "level": rec.get("level"), "annual_investment": rec.get("annual_investment"),
            "invested_before": rec.get("invested_before")}
    return {k: v for k, v in vals.items() if v is not None}


def _target_values(rec: dict[str, Any]) -> dict[str, Any]:
    vals = {"op": rec.get("op"), "value": rec.get("value"), "unit": rec.get("unit"),
            "quarter": _q(rec.get("quarter")), "responsible_unit": rec.get("responsible_unit"),
            "subject": rec.get("subject"),
            # what was reached: an empty cell leaves what the database has
            "actual": rec.get("actual"), "actual_text": rec.get("actual_text"), "status": rec.get("status")}
    return {k: v for k, v in vals.items() if v is not None or k in ("value", "unit")}


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) or isinstance(b, float):
        try:
            return a is not None and b is not None and abs(float(a) - float(b)) < 1e-9
        except (TypeError, ValueError):
            return False
    return a == b


def _changes(obj: Any, values: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    return {k: (getattr(obj, k), v) for k, v in values.items() if not _same(getattr(obj, k), v)}


# -- lookups ------------------------------------------------------------------
def _plan(s: Session, year: int | None, create: bool = False) -> Plan | None:
    q = select(Plan)
    q = q.where(Plan.year == year) if year is not None else q.order_by(Plan.year.desc())
    plan = s.scalars(q.limit(1)).first()
    if plan is None and create and year is not None:
        other = s.scalars(select(Plan).order_by(Plan.year.desc()).limit(1)).first()
        plan = Plan(year=year, jurisdiction=other.jurisdiction if other else "",
                    title=f"{other.jurisdiction if other else ''}{year}年国民经济和社会发展计划")
        s.add(plan)
        s.flush()
    return plan


class _Projects:
    """Existing projects by code and by name, loaded once per import."""

    def __init__(self, s: Session, plan: Plan | None) -> None:
        self.by_code: dict[str, int] = {}
        self.by_name_plan: dict[str, int] = {}
        self.by_name: dict[str, int] = {}
        on_plan = set()
        if plan is not None and plan.id is not None:
            on_plan = set(s.scalars(select(PlanEntry.project_id).where(PlanEntry.plan_id == plan.id)))
        for pid, code, key in s.execute(select(KeyProject.id, KeyProject.code, KeyProject.name_key)):
            if code:
                self.by_code[code] = pid
            if pid in on_plan:
                self.by_name_plan.setdefault(key, pid)
            self.by_name.setdefault(key, pid)
        self.on_plan = on_plan

    def match(self, rec: dict[str, Any], key: str | None = None) -> int | None:
        """The existing project a record is: by code, else by name (this plan's list first)."""
        if rec.get("code") and rec["code"] in self.by_code:
            return self.by_code[rec["code"]]
        key = name_key(rec["name"]) if key is None else key
        return self.by_name_plan.get(key) or self.by_name.get(key)

    def match_all(self, recs: list[dict[str, Any]], keys: list[str]) -> list[int | None]:
        """:meth:`match` of every record; a database without projects (the first
        import of a city's list) matches nothing, without asking 50,000 times."""
        if not self.by_code and not self.by_name:
            return [None] * len(recs)
        if not self.by_code:  # no codes to match by: names alone, in one comprehension
            plan, every = self.by_name_plan, self.by_name
            return [plan.get(k) or every.get(k) for k in keys]
        return list(map(self.match, recs, keys))


def _name_keys_of(t: TableLike) -> list[str]:
    """Every record's name key, once per table: the preview's diff and the write
    both match by them (50,000 names). Kept on the table beside the very list it
    was made from, so records replaced or added since are keyed afresh."""
    cached = getattr(t, "_name_keys", None)
    if cached is not None and cached[0] is t.records and len(cached[1]) == len(t.records):
        return cached[1]
    keys = name_keys([rec["name"] for rec in t.records])
    try:
        t._name_keys = (t.records, keys)  # type: ignore[attr-defined]
    except AttributeError:  # a table that takes no attributes: keyed each time
        pass
    return keys


# -- diff ---------------------------------------------------------------------
def diff_table(db: Database, table: TableLike) -> Diff:
    """What importing ``table`` would change. Reads only."""
    with db.read() as s:
        return _diff(s, table)


# the record fields that land in a bounded column: names, codes, titles (free texts are TEXT)
_BOUNDED = {"key_projects": {"name": KeyProject.name, "code": KeyProject.code, "area": Area.name},
            "indicator_results": {"name": Indicator.name}, "indicator_targets": {"name": Indicator.name},
            "measures": {"section": Section.title, "measure": Measure.title}}


def _too_long(table: TableLike) -> dict[int, list[tuple[str, int]]]:
    """Records whose name, code or title is longer than its column: PostgreSQL would
    refuse the whole import, SQLite keep it; neither should see it."""
    out: dict[int, list[tuple[str, int]]] = {}
    for fld, column in _BOUNDED.get(table.kind, {}).items():
        limit = column.type.length
        for i, rec in enumerate(table.records):
            v = rec.get(fld)
            if v and len(v) > limit:
                out.setdefault(i, []).append((fld, limit))
    return out


def _diff(s: Session, table: TableLike) -> Diff:
    d = Diff()
    d.too_long = _too_long(table)
    kind = table.kind
    if kind in ("indicator_results", "indicator_targets"):
        existing = {key: (ind, iy) for key, ind, iy in (
            (ind.name_key, ind, iy) for ind, iy in s.execute(
                select(Indicator, IndicatorYear).outerjoin(
                    IndicatorYear, (IndicatorYear.indicator_id == Indicator.id) & (IndicatorYear.year == table.year))))}
        seen = set()
        for i, rec in enumerate(table.records):
            key = name_key(rec["name"])
            seen.add(key)
            ind, iy = existing.get(key, (None, None))
            if iy is None:
                d.new.append(i)
                continue
            ch = _changes(iy, _indicator_year_values(rec))
            ch.update(_changes(ind, {k: rec[k] for k in ("unit", "category") if rec.get(k) is not None}))
            (d.changed.__setitem__(i, ch) if ch else d.unchanged.append(i))
        d.missing = sorted(ind.name for key, (ind, iy) in existing.items() if iy is not None and key not in seen)
        unknown = [i for i in d.new if name_key(table.records[i]["name"]) not in existing]
        if unknown:  # "地区生产总值增长" for the 地区生产总值增速 the database holds: said, not matched
            d.similar = _similar_indicators({ind.name_key: ind.name for ind, _ in existing.values()},
                                            [(i, table.records[i]["name"]) for i in unknown])
    elif kind == "key_projects":
        plan = _plan(s, table.year)
        d.plan_year = plan.year if plan is not None else None
        projects = _Projects(s, plan)
        matched: dict[int, int] = {}
        keys = _name_keys_of(table)
        for i, pid in enumerate(projects.match_all(table.records, keys)):
            if pid is None:
                d.new.append(i)
            else:
                matched[i] = pid
        zones = {z.name: z.id for z in ensure_zones_readonly(s)}
        areas = {a.name_key_: a for a in _areas(s)}
        ids = list(set(matched.values()))
        rows: dict[int, KeyProject] = {}
        entries: dict[int, PlanEntry] = {}
        for c in range(0, len(ids), CHUNK):
            part = ids[c:c + CHUNK]
            rows.update({p.id: p for p in s.scalars(select(KeyProject).where(KeyProject.id.in_(part)))})
            if plan is not None:
                entries.update({e.project_id: e for e in s.scalars(
                    select(PlanEntry).where(PlanEntry.plan_id == plan.id, PlanEntry.project_id.in_(part)))})
        from .import_quarters import quarter_changes

        by_quarter = quarter_changes(s, matched, table.records)
        for i, pid in matched.items():
            rec, p = table.records[i], rows[pid]
            ch = _changes(p, _project_values(rec))
            where = _where(rec, zones, areas)
            ch.update({k: (getattr(p, k), v) for k, v in where.items() if getattr(p, k) != v and v is not None})
            e = entries.get(pid)
            if e is None:
                ch["on_list"] = (False, True)
            else:
                ch.update(_changes(e, _entry_values(rec)))
                if not e.on_list:
                    ch["on_list"] = (False, True)
            ch.update(by_quarter.get(i, {}))
            start = ch["planned_start"][1] if "planned_start" in ch else p.planned_start
            end = ch["planned_completion"][1] if "planned_completion" in ch else p.planned_completion
            if start is not None and end is not None and end < start:  # one end in the file, the other held
                d.reversed[i] = (end, start)
            (d.changed.__setitem__(i, ch) if ch else d.unchanged.append(i))
        if plan is not None and d.new:
            d.similar = _similar_names(s, plan, [table.records[i]["name"] for i in d.new], d.new)
        if plan is not None:
            listed = set(matched.values())
            missing_ids = [pid for pid in projects.on_plan if pid not in listed]
            for c in range(0, len(missing_ids), CHUNK):
                d.missing += list(s.scalars(select(KeyProject.name).join(PlanEntry)
                                            .where(PlanEntry.plan_id == plan.id, PlanEntry.on_list.is_(True),
                                                   KeyProject.id.in_(missing_ids[c:c + CHUNK]))))
    elif kind == "measures":
        plan = _plan(s, table.year)
        d.plan_year = plan.year if plan is not None else None
        existing = _measure_targets(s, plan)
        seen = set()
        for i, rec in enumerate(table.records):
            key = _target_key(rec["measure"], rec["text"], rec.get("subject"))
            t = existing.get(key) or existing.get(_target_key(rec["measure"], rec["text"], None))
            if t is None:
                d.new.append(i)
                continue
            seen.add(id(t))
            ch = _changes(t, _target_values(rec))
            (d.changed.__setitem__(i, ch) if ch else d.unchanged.append(i))
        d.missing = sorted({t.text for t in existing.values() if id(t) not in seen})
    return d


def _similar_names(s: Session, plan: Plan, names: list[str], indexes: list[int]) -> dict[int, str]:
    """New records whose name is like a listed project's ("重庆长滨项目" for
    重庆长滨, "更薪" for 更新): a quarterly report with a typo would otherwise
    add a project. Candidates are the listed names sharing most of the name's
    character pairs (an index, not every pair of names compared); the closest
    of those by difflib, or one name inside the other. Looked for at the scale
    of a district's list, not a city's first import."""
    if len(names) > 500:
        return {}
    listed = list(s.execute(select(KeyProject.name, KeyProject.name_key).join(
        PlanEntry, PlanEntry.project_id == KeyProject.id).where(PlanEntry.plan_id == plan.id)))
    if not listed:
        return {}
    import difflib
    from collections import Counter

    by_key = {key: name for name, key in listed}
    pairs: dict[str, list[str]] = {}
    for key in by_key:
        for bigram in {key[j:j + 2] for j in range(len(key) - 1)}:
            pairs.setdefault(bigram, []).append(key)
    out = {}
    for i, name in zip(indexes, names):
        key = name_key(name)
        own = {key[j:j + 2] for j in range(len(key) - 1)}
        if len(own) < 2:
            continue
        shared = Counter(k for b in own for k in pairs.get(b, ()))
        for k, n in shared.most_common(5):
            if n < 0.5 * min(len(own), len(k) - 1):
                break
            if (len(k) >= 4 and (k in key or key in k)) or difflib.SequenceMatcher(None, key, k).ratio() >= 0.8:
                out[i] = by_key[k]
                break
    return out


_RISE = re.compile(r"(增长|增速|增幅|增长率)$")


def _similar_indicators(held: dict[str, str], new: list[tuple[int, str]]) -> dict[int, str]:
    """New indicators named like one the database holds: the same words but 增长 for 增速, or
    nearly the same characters. An indicator list is short: every pair is compared."""
    import difflib

    rise = {_RISE.sub("增长", key): name for key, name in held.items()}
    out = {}
    for i, name in new:
        key = name_key(name)
        if _RISE.search(key) and _RISE.sub("增长", key) in rise:
            out[i] = rise[_RISE.sub("增长", key)]
            continue
        close = difflib.get_close_matches(key, list(held), n=1, cutoff=0.85)
        if close and _RISE.sub("", close[0]) != _RISE.sub("", key):  # an amount and its growth: two indicators
            out[i] = held[close[0]]
    return out


def ensure_zones_readonly(s: Session):
    from .schema import Zone

    return list(s.scalars(select(Zone)))


class _AreaRow:
    def __init__(self, a: Area) -> None:
        self.id, self.zone_id, self.name_key_ = a.id, a.zone_id, name_key(a.name)


def _areas(s: Session) -> list[_AreaRow]:
    return [_AreaRow(a) for a in s.scalars(select(Area))]


def _where(rec: dict[str, Any], zones: dict[str, int], areas: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if rec.get("zone"):
        out["zone_id"] = zones.get(rec["zone"])
    if rec.get("area"):
        a = areas.get(name_key(rec["area"]))
        if a is not None:
            out["area_id"] = a.id
            out.setdefault("zone_id", a.zone_id)
    return out


def _target_key(measure: str, text: str, subject: str | None) -> tuple[str, str, str]:
    return (name_key(measure), name_key(text), name_key(subject or ""))


def _measure_targets(s: Session, plan: Plan | None) -> dict[tuple[str, str, str], MeasureTarget]:
    if plan is None:
        return {}
    out = {}
    for t, m in s.execute(select(MeasureTarget, Measure).join(Measure, Measure.id == MeasureTarget.measure_id)
                          .join(Section, Section.id == Measure.section_id).where(Section.plan_id == plan.id)):
        out[_target_key(m.title, t.text, t.subject)] = t
        out.setdefault(_target_key(m.title, t.text, None), t)
    return out


# -- apply --------------------------------------------------------------------
def apply_import(db: Database, tables: Iterable[TableLike], *, progress=None, cancelled=None,
                 remove_missing: bool = False) -> Receipt:
    """Write every table in ONE transaction; all of it or none of it.

    ``progress(done, total)`` is called as records are written; when
    ``cancelled()`` turns true the transaction is rolled back and
    :class:`ImportCancelled` raised, so a cancelled import writes nothing.
    ``remove_missing``: a key-project list is the year's whole list (the
    mid-year adjustment): projects on the list and not in the file are taken
    off it, with the reason in the list's history.
    """
    tables = [t for t in tables if t.records]
    total = sum(len(t.records) for t in tables)
    receipt = Receipt()
    done = 0

    def tick(n: int) -> None:
        nonlocal done
        done += n
        if progress:
            progress(done, total)
        if cancelled and cancelled():
            raise ImportCancelled()

    with db.session() as s:
        for t in tables:
            if t.kind in ("indicator_results", "indicator_targets"):
                if t.year is None:
                    raise ImportError_(f"“{t.sheet}”没有年度，无法导入指标")
                _apply_indicators(s, t, receipt, tick)
            elif t.kind == "key_projects":
                _apply_projects(s, t, receipt, tick, remove_missing)
            elif t.kind == "measures":
                _apply_measures(s, t, receipt, tick)
    return receipt


class ImportCancelled(RuntimeError):
    pass


def _insert(s: Session, receipt: Receipt, table: str, obj: Any) -> Any:
    """Add a row and remember it, so that undoing the import deletes it."""
    s.add(obj)
    s.flush()
    receipt.inserted.append((table, obj.id))
    receipt.changes.note("inserted", table, obj.id)
    return obj


def _update_changed(receipt: Receipt, table: str, obj: Any, values: dict[str, Any]) -> None:
    """Set the values that differ, remembering the old ones for undo."""
    ch = {k: v for k, (_old, v) in _changes(obj, values).items()}
    if ch:
        _record_update(receipt, table, obj, ch)


def _record_update(receipt: Receipt, table: str, obj: Any, values: dict[str, Any]) -> None:
    old = {k: getattr(obj, k) for k in values}
    receipt.updated.append((table, obj.id, old))
    receipt.changes.note("updated", table, obj.id)
    for k, v in values.items():
        setattr(obj, k, v)


def _apply_indicators(s: Session, t: TableLike, receipt: Receipt, tick) -> None:
    inds = {i.name_key: i for i in s.scalars(select(Indicator))}
    years = {iy.indicator_id: iy for iy in s.scalars(select(IndicatorYear).where(IndicatorYear.year == t.year))}
    for seq, rec in enumerate(t.records, start=1):
        key = name_key(rec["name"])
        ind = inds.get(key)
        if ind is None:
            ind = Indicator(name=rec["name"], name_key=key, unit=rec.get("unit"), category=rec.get("category"))
            s.add(ind)
            s.flush()
            inds[key] = ind
            receipt.inserted.append(("indicator", ind.id))
        else:
            vals = {k: rec[k] for k in ("unit", "category") if rec.get(k) is not None and rec[k] != getattr(ind, k)}
            if vals:
                _record_update(receipt, "indicator", ind, vals)
        iy = years.get(ind.id)
        values = _indicator_year_values(rec)
        if iy is None:
            years[ind.id] = _insert(s, receipt, "indicator_year", IndicatorYear(
                indicator_id=ind.id, year=t.year, seq=seq, source=f"导入：{t.sheet}", **values))
        else:
            _update_changed(receipt, "indicator_year", iy, values)
        tick(1)
    s.flush()
    # "调整为X": link the adjusted indicator to the one that replaced it
    for rec in t.records:
        if not rec.get("replaced_by"):
            continue
        target_key = name_key(rec["replaced_by"])
        other = inds.get(target_key)
        if other is None:
            other = Indicator(name=rec["replaced_by"], name_key=target_key)
            s.add(other)
            s.flush()
            inds[target_key] = other
            receipt.inserted.append(("indicator", other.id))
        iy = years[inds[name_key(rec["name"])].id]
        if iy.replaced_by_id != other.id:
            _record_update(receipt, "indicator_year", iy, {"replaced_by_id": other.id})
    s.flush()


def _apply_projects(s: Session, t: TableLike, receipt: Receipt, tick, remove_missing: bool = False) -> None:
    plan = _plan(s, t.year, create=True)
    if plan is None:
        raise ImportError_("数据库中还没有计划，无法导入重点项目；请先指定年度")
    zones = {z.name: z.id for z in ensure_zones(s).values()}
    areas = {a.name_key_: a for a in _areas(s)}
    _add_areas(s, t, receipt, zones, areas)
    projects = _Projects(s, plan)
    keys = _name_keys_of(t)
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
    from .import_quarters import apply_quarters

    apply_quarters(s, list(zip(new_ids, new_recs)), receipt, new_projects=True)
    apply_quarters(s, matched, receipt, new_projects=False)
    if remove_missing:
        in_file = {pid for pid, _ in matched}
        _remove_missing(s, t, plan, [pid for pid in projects.on_plan if pid not in in_file], receipt)


def _remove_missing(s: Session, t: TableLike, plan: Plan, gone: list[int], receipt: Receipt) -> None:
    """Take off the year's list the projects the file (the whole list) leaves out."""
    today = dt.date.today()
    for c in range(0, len(gone), CHUNK):
        for e in s.scalars(select(PlanEntry).where(PlanEntry.plan_id == plan.id, PlanEntry.on_list.is_(True),
                                                   PlanEntry.project_id.in_(gone[c:c + CHUNK]))).all():
            _record_update(receipt, "plan_entry", e, {"on_list": False})
            receipt.changes.note("updated", "key_project", e.project_id)
            _insert(s, receipt, "list_change", ListChange(
                plan_id=plan.id, project_id=e.project_id, change="removed", changed_on=today,
                reason=f"导入：{t.sheet}（文件中没有此项目）"))
    s.flush()


def _add_areas(s: Session, t: TableLike, receipt: Receipt, zones: dict[str, int], areas: dict[str, Any]) -> None:
    """Areas the file names and the database does not have yet, in the zone of
    the first project naming them."""
    first_zone: dict[str, str | None] = {}
    for rec in t.records:
        area = rec.get("area")
        if area and area not in first_zone:
            first_zone[area] = rec.get("zone")
    for area, zone in first_zone.items():
        if name_key(area) in areas:
            continue
        a = Area(name=area, zone_id=zones.get(zone or "") or zones["全区"], kind=None, sort_order=99,
                 source=f"导入：{t.sheet}")
        s.add(a)
        s.flush()
        areas[name_key(a.name)] = _AreaRow(a)
        receipt.inserted.append(("area", a.id))


# what a new project's row takes from its record, in this order
_RECORD_FIELDS = ("code", "name", "class", "content", "construction_years", "total_investment", "owner",
                  "responsible_unit", "leader", "notes", "start", "completion", "actual_start", "actual_completion",
                  "start_text", "completion_text", "zone", "area", "nature", "level", "annual_investment",
                  "invested_before")


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
    source = f"导入：{t.sheet}"
    seq0 = s.scalar(select(PlanEntry.seq).where(PlanEntry.plan_id == plan.id).order_by(PlanEntry.seq.desc())
                    .limit(1)) or 0
    ids = _allocate_ids(s, KeyProject.__table__, len(recs))
    entry_ids = _allocate_ids(s, PlanEntry.__table__, len(recs))
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
        "leader": c["leader"], "notes": c["notes"],
        "planned_start": list(map(quarter.__getitem__, c["start"])),
        "planned_completion": list(map(quarter.__getitem__, c["completion"])),
        "actual_start": list(map(quarter.__getitem__, c["actual_start"])),
        "actual_completion": list(map(quarter.__getitem__, c["actual_completion"])),
        # the wording is kept only when it says more than a quarter ("2024年开工")
        "planned_start_text": [w if not q else None for w, q in zip(c["start_text"], c["start"])],
        "planned_completion_text": [w if not q else None for w, q in zip(c["completion_text"], c["completion"])],
        "zone_id": zone_id, "area_id": [a.id if a else None for a in map(area_of.__getitem__, c["area"])],
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
        _bulk_insert(conn, "key_project", tuple(project_columns), project_rows[a:b])
        _bulk_insert(conn, "plan_entry", tuple(entry_columns), entry_rows[a:b])
        # the list's history: one "added" per project, made by the database from the entries just written
        on = PlanEntry.id.between(entry_ids[a], entry_ids[b - 1]) if sqlite else PlanEntry.id.in_(entry_ids[a:b])
        s.execute(insert(ListChange).from_select(
            ["plan_id", "project_id", "change", "changed_on", "reason", "recorded_at"],
            select(PlanEntry.plan_id, PlanEntry.project_id, literal("added"),
                   literal(today, ListChange.changed_on.type), literal(source, ListChange.reason.type),
                   literal(now, ListChange.recorded_at.type)).where(on)))
        receipt.inserted.extend(("key_project", pid) for pid in ids[a:b])
        receipt.changes.inserted.setdefault("key_project", set()).update(ids[a:b])
        tick(b - a)
    return ids


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
            values = _project_values(rec)
            values.update({k: v for k, v in _where(rec, zones, areas).items() if v is not None})
            if "name" in values:
                values["name_key"] = name_key(values["name"])
            _update_changed(receipt, "key_project", p, values)
            e = ents.get(pid)
            evals = _entry_values(rec)
            if e is None:
                e = PlanEntry(plan_id=plan.id, project_id=pid, on_list=True, **evals)
                s.add(e)
                s.flush()
                receipt.inserted.append(("plan_entry", e.id))
                s.add(ListChange(plan_id=plan.id, project_id=pid, change="added", changed_on=today,
                                 reason=f"导入：{t.sheet}"))
                receipt.changes.note("updated", "key_project", pid)
            else:
                ech = {k: v for k, (o, v) in _changes(e, evals).items()}
                if not e.on_list:
                    ech["on_list"] = True
                    s.add(ListChange(plan_id=plan.id, project_id=pid, change="added", changed_on=today,
                                     reason=f"导入：{t.sheet}"))
                if ech:
                    _record_update(receipt, "plan_entry", e, ech)
                    receipt.changes.note("updated", "key_project", pid)
        s.flush()
        tick(len(part))


def _allocate_ids(s: Session, table, n: int) -> list[int]:
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


def _bulk_insert(conn, table: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
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


def _apply_measures(s: Session, t: TableLike, receipt: Receipt, tick) -> None:
    plan = _plan(s, t.year, create=True)
    if plan is None:
        raise ImportError_("数据库中还没有计划，无法导入举措；请先指定年度")
    sections = {sec.number: sec for sec in s.scalars(select(Section).where(Section.plan_id == plan.id))}
    by_title = {name_key(sec.title): sec for sec in sections.values()}
    measures = {}
    for m in s.scalars(select(Measure).join(Section).where(Section.plan_id == plan.id)):
        measures[(m.section_id, name_key(m.title))] = m
    existing = _measure_targets(s, plan)
    for rec in t.records:
        # the section by its title; by its number only where the file names it no other way, or
        # names the same section ("一、推动经济高质量发展" is not the plan's (一) when that is another)
        title = _strip_number(rec.get("section") or "")
        sec = by_title.get(name_key(title)) if title else None
        if sec is None and rec.get("section_number") is not None:
            numbered = sections.get(rec["section_number"])
            if numbered is not None and (not title or _same_title(numbered.title, title)):
                sec = numbered
        if sec is None:
            number = rec.get("section_number")
            if number is None or number in sections:
                number = max(sections) + 1 if sections else 1
            sec = Section(plan_id=plan.id, number=number,
                          title=_strip_number(rec.get("section") or "") or f"第{number}部分")
            s.add(sec)
            s.flush()
            sections[number] = sec
            by_title[name_key(sec.title)] = sec
            receipt.inserted.append(("section", sec.id))
        mkey = (sec.id, name_key(rec["measure"]))
        m = measures.get(mkey)
        if m is None:
            seq = 1 + max((mm.seq for (sid, _), mm in measures.items() if sid == sec.id), default=0)
            m = Measure(section_id=sec.id, seq=seq, title=rec["measure"], responsible_unit=rec.get("responsible_unit"))
            s.add(m)
            s.flush()
            measures[mkey] = m
            receipt.inserted.append(("measure", m.id))
        target = existing.get(_target_key(rec["measure"], rec["text"], rec.get("subject"))) \
            or existing.get(_target_key(rec["measure"], rec["text"], None))
        values = _target_values(rec)
        if target is None or target.measure_id != m.id:
            seq = 1 + (s.scalar(select(MeasureTarget.seq).where(MeasureTarget.measure_id == m.id)
                                .order_by(MeasureTarget.seq.desc()).limit(1)) or 0)
            nt = _insert(s, receipt, "measure_target", MeasureTarget(measure_id=m.id, seq=seq, text=rec["text"], **values))
            existing[_target_key(rec["measure"], rec["text"], rec.get("subject"))] = nt
        else:
            _update_changed(receipt, "measure_target", target, values)
        tick(1)
    s.flush()


def _same_title(held: str, given: str) -> bool:
    """A section's title as the plan holds it and as a table gives it, perhaps shortened
    ("更好落实重大战略部署" for "更好落实重大战略部署,抢抓发展新机遇")."""
    a, b = name_key(held), name_key(given)
    return bool(a and b) and (a.startswith(b) or b.startswith(a))


def _strip_number(text: str) -> str:
    # "（三）", "三、", "第三部分": the numbering; not the 十八 of "十八梯"
    return re.sub(r"^(第[一二三四五六七八九十]+(部分|章|篇|节)[:：、\s]*|[(（][一二三四五六七八九十]+[)）][、.．]?\s*"
                  r"|[一二三四五六七八九十]+[、.．]\s*)", "", text or "").strip()


_MODELS = {"indicator": Indicator, "indicator_year": IndicatorYear, "key_project": KeyProject,
           "plan_entry": PlanEntry, "area": Area, "section": Section, "measure": Measure,
           "measure_target": MeasureTarget, "quarter_investment": QuarterInvestment, "progress_note": ProgressNote,
           "milestone": Milestone, "list_change": ListChange}
# children first, so foreign keys never point at a deleted row
_DELETE_ORDER = ["measure_target", "measure", "section", "quarter_investment", "progress_note", "milestone",
                 "list_change", "plan_entry", "key_project", "area", "indicator_year", "indicator"]


def revert_import(db: Database, receipt: Receipt) -> ChangeSet:
    """Take back an import: old values restored, inserted rows deleted, one transaction."""
    cs = ChangeSet()
    with db.session() as s:
        for table, row_id, old in reversed(receipt.updated):
            model = _MODELS[table]
            s.execute(update(model).where(model.id == row_id).values(**old, version=model.version + 1))
            cs.note("updated", table, row_id)
        by_table: dict[str, list[int]] = {}
        for table, row_id in receipt.inserted:
            by_table.setdefault(table, []).append(row_id)
        for table in _DELETE_ORDER:
            ids = by_table.get(table, [])
            model = _MODELS[table]
            for c in range(0, len(ids), CHUNK):
                part = ids[c:c + CHUNK]
                if table == "key_project":
                    s.execute(delete(ListChange).where(ListChange.project_id.in_(part)))
                s.execute(delete(model).where(model.id.in_(part)))
            for i in ids:
                cs.note("deleted", table, i)
    return cs
