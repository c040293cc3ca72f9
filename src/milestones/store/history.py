"""The record of changes to the key projects (修改记录).

A light is judged against the plan as it stands: a planned completion moved from 二季度 to 四季度 takes a
late project's red away, and a unit's corrected figure changes the quarter's investment. Offices sharing
a plan ask who moved it, when, and what it was before. Every write path that can change such a field —
an edit (the table, the project window, a bulk edit, an undo), an import, an import taken back — writes
the change here in its own transaction.

A change is a value held that is replaced or cleared; a value given for the first time is not (the first
planned quarter, the first report of a quarter's investment), so an import of a new list writes nothing
here and the record holds revisions only.

A planned end reads as its quarter, else as the plan's words for it ("2024年完工", a year and no quarter): a
quarter replaced by the year's words, or one year's words by another's, is a revision and is recorded in
words; a quarter first given inside the year the words name is the first quarter given, and is not.

Besides what decides a light, who answers for a project and how it is classed are recorded too (its name,
code, zone, area, class, units, people; the year's nature, level and investment before the year): an
office sharing a plan asks who changed the unit responsible as often as who moved a date. The free texts
(建设内容, 备注) are not: edited often, they would bury the revisions.
"""
from __future__ import annotations

import datetime as dt
import getpass
import re
from dataclasses import dataclass
from typing import Any, Iterable

from sqlalchemy import and_, func, insert, or_, select
from sqlalchemy.orm import Session, object_session

from ..domain.progress import named_year
from ..domain.quarter import Quarter, QuarterParseError
from ..domain.schedule_words import period_months, which_end
from .schema import Area, KeyProject, ListChange, MeasureTarget, Plan, ScheduleChange, TargetChange, Zone

__all__ = ["TRACKED", "TARGET_REVISIONS", "Change", "author", "mover", "list_move", "last_move", "moved_since",
           "by_name", "row_changes", "quarter_changes", "step_changes", "log_changes", "change_dict", "project_changes",
           "target_changes", "deadlines_moved",
           "targets_reworded", "original_deadlines", "original_targets", "original_plans", "original_amounts",
           "original_totals", "original_in_charge", "original_span", "plan_year_start", "recent_changes", "shown"]

# the fields recorded when changed, by table: those a light or a report's figures turn on, and who answers
# for the project and how it is classed
TRACKED: dict[str, tuple[str, ...]] = {
    "key_project": ("planned_start", "planned_completion", "actual_start", "actual_completion", "total_investment",
                    "name", "code", "zone_id", "area_id", "project_class", "responsible_unit", "owner", "contact",
                    "leader", "partner_units", "planned_start_text", "planned_completion_text"),
    "plan_entry": ("annual_investment", "nature", "level", "invested_before"),
    "quarter_investment": ("planned", "actual"),
    # a measure's target: what it asks, by when, who answers for it, and what was reported done
    "measure_target": ("text", "value", "unit", "quarter", "quarter_text", "responsible_unit", "partner_units",
                       "leader", "contact", "actual", "actual_text", "status"),
    # a quarter's step of a target (季度安排) and what its review says was done, recorded as "step_text" and
    # "step_actual" of the target with the quarter: a unit's corrected review, as a project's corrected figure
    "target_step": ("text", "actual", "actual_text"),
}
# a target's fields a 任务调整表 gives as "原… | 调整后…" besides its deadline (read as one with its words, apart)
TARGET_REVISIONS = ("text", "responsible_unit", "partner_units", "leader")
# a target's deadline and its actual read as one each: the quarter (the figure), else the words
_TARGET_WORDS = {"quarter": "quarter_text", "actual": "actual_text"}
# recorded by name, not by row id: the record reads the same after the area is renamed or removed
_NAMED = {"zone_id": Zone, "area_id": Area}
# a planned end's words, recorded as the end itself (the words a bare year says: "2024年" → "2024年开工")
_WORDS = {"planned_start": ("planned_start_text", "开工"), "planned_completion": ("planned_completion_text", "完工")}
CHUNK = 1000


@dataclass(frozen=True)
class Change:
    project_id: int | None  # None for a target's
    field: str  # a key_project field, "annual_investment", "quarter_planned" / "quarter_actual", a target's field
    old: Any
    new: Any
    quarter: Quarter | None = None
    year: int | None = None
    target_id: int | None = None  # a measure target's change (recorded in target_change)


def row_changes(table: str, obj: Any, old: dict[str, Any], new: dict[str, Any] | None = None) -> list[Change]:
    """The recorded changes of ORM row ``obj`` of ``table`` from ``old`` to ``new`` (its values now, if not
    given)."""
    fields = TRACKED.get(table, ())
    if new is None:
        new = {k: getattr(obj, k) for k in old}
    if table == "key_project":
        old, new = _ends_read(obj, old), _ends_read(obj, new)
    elif table in ("measure_target", "target_step"):
        went_on = table == "measure_target" and _review_moved(
            old.get("actual_text", obj.actual_text), new.get("actual_text", obj.actual_text))
        old, new = _target_read(obj, old), _target_read(obj, new)
        if went_on and new.get("actual") is not None:
            old.pop("actual", None)
    out = []
    for k, before in old.items():
        after = new.get(k)
        if k not in fields or before is None or shown(before) == shown(after) or _pinned(before, after):
            continue
        if k in _NAMED:
            s = object_session(obj)
            before, after = (by_name(s, k, v) for v in (before, after))
        if table == "key_project":
            out.append(Change(obj.id, k, before, after))
        elif table == "measure_target":
            out.append(Change(None, k, before, after, target_id=obj.id))
        elif table == "target_step":
            out.append(Change(None, f"step_{k}", before, after, quarter=obj.quarter, target_id=obj.target_id))
        elif table == "plan_entry":
            plan = object_session(obj).get(Plan, obj.plan_id)
            out.append(Change(obj.project_id, k, before, after, year=plan.year if plan else None))
        else:
            out.append(Change(obj.project_id, f"quarter_{k}", before, after, quarter=obj.quarter))
    return out


def _ends_read(obj: Any, values: dict[str, Any]) -> dict[str, Any]:
    """``values`` of a project with each planned end they touch (its quarter or its words) as one reading:
    the quarter, else the words; the other half read from ``obj``, where it did not change."""
    out = {k: v for k, v in values.items() if k not in ("planned_start_text", "planned_completion_text")}
    for end, (words_key, event) in _WORDS.items():
        if end in values or words_key in values:
            quarter = values[end] if end in values else getattr(obj, end)
            words = values[words_key] if words_key in values else getattr(obj, words_key)
            out[end] = quarter if quarter is not None else (which_end(words.strip(), event) if words and words.strip()
                                                            else None)
    return out


def _target_read(obj: Any, values: dict[str, Any]) -> dict[str, Any]:
    """``values`` of a target (or a step) with its deadline and its actual each read as one: the quarter or figure,
    else the words ("年底前", "已完成"); the other half read from ``obj`` where it did not change."""
    out = {k: v for k, v in values.items() if k not in _TARGET_WORDS.values()}
    for key, words_key in _TARGET_WORDS.items():
        if (key in values or words_key in values) and hasattr(obj, words_key):
            v = values[key] if key in values else getattr(obj, key)
            words = values[words_key] if words_key in values else getattr(obj, words_key)
            out[key] = v if v is not None else (words.strip() if words and words.strip() else None)
    return out


def _review_moved(before: str | None, after: str | None) -> bool:
    """A target's actual read from another review than before ("一季度:0.28" → "二季度:0.65", the year's result after
    "1-9月:…", or back again when such an import is taken back): the work reported as the quarters pass, not a
    figure corrected (recorded, every target reviewed quarterly showed its 完成值 as revised)."""
    was, now = _reviewed_to(before), _reviewed_to(after)
    return (was is not None or now is not None) and (was or 12) != (now or 12)


def _reviewed_to(text: str | None) -> int | None:
    """The months a review's actual runs to, as the import prefixes it ("二季度:…" 6, "1-9月:…" 9); None for none."""
    m = _REVIEW_PREFIX.match(text or "")
    if m is None:
        return None
    return "一二三四".index(m.group(1)) * 3 + 3 if m.group(1) else period_months(m.group(2))


_REVIEW_PREFIX = re.compile(r"([一二三四])季度[:：]|(1-\d{1,2}月|上半年|前三季度)[:：]")


def _pinned(before: Any, after: Any) -> bool:
    """A quarter given where the plan named its year alone, inside that year: the first quarter, not a revision."""
    return isinstance(before, str) and isinstance(after, Quarter) and named_year(before) == after.year


def by_name(s, field: str, v: Any) -> Any:
    """A zone or area id as its name (the record reads the same after a rename); other values as they are."""
    if v is None or field not in _NAMED:
        return v
    return getattr(s.get(_NAMED[field], v), "name", str(v))


def quarter_changes(project_id: int, before: Iterable[dict], after: Iterable[dict]) -> list[Change]:
    """A project's quarterly investment list replaced (the project window): the figures held that changed."""
    new = {r["quarter"]: r for r in after}
    out = []
    for r in before:
        now = new.get(r["quarter"], {})
        for k in TRACKED["quarter_investment"]:
            if r.get(k) is not None and shown(r[k]) != shown(now.get(k)):
                out.append(Change(project_id, f"quarter_{k}", r[k], now.get(k), quarter=r["quarter"]))
    return out


def shown(v: Any) -> str | None:
    """A value as the record keeps it: a quarter as 2024Q2, an amount without float noise."""
    if v is None:
        return None
    if isinstance(v, Quarter):
        return v.short
    if isinstance(v, float):
        return f"{v:.6f}".rstrip("0").rstrip(".")
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    return str(v)


def author(s: Session) -> str | None:
    """Who is writing: the role on a shared server, the desktop's user on a local file (asked once per
    connection)."""
    conn = s.connection()
    info = conn.info
    if "milestones_who" not in info:
        if conn.dialect.name == "postgresql":
            info["milestones_who"] = conn.exec_driver_sql("SELECT current_user").scalar()
        else:
            try:
                info["milestones_who"] = getpass.getuser()
            except (KeyError, OSError):  # no name for this uid (a container)
                info["milestones_who"] = None
    return info["milestones_who"]


def mover(s: Session) -> dict[str, str | None]:
    """Who makes the list moves written in ``s``, as a list_change row keeps it: the person (:func:`author`) and
    the run of the program (the tag of the Database the session writes through)."""
    return {"changed_by": author(s), "run_tag": s.info.get("run_tag")}


def list_move(s: Session, plan_id: int, project_id: int, change: str, on: dt.date | None,
              reason: str | None) -> ListChange:
    """One move of a project on ("added") or off ("removed") a year's list, for the list's history: when to the
    microsecond, as the other records are (the database's clock on SQLite gives seconds, and a move sorted below a
    change made before it in the same second)."""
    return ListChange(plan_id=plan_id, project_id=project_id, change=change, changed_on=on, reason=reason,
                      recorded_at=dt.datetime.now(dt.timezone.utc), **mover(s))


def last_move(s: Session, year: int, project_id: int) -> dict | None:
    """The latest move of a project on or off ``year``'s list: ``change`` ("added", "removed"), ``date``,
    ``reason``, ``by`` (as :func:`queries.project_detail`'s history has them); None where none is recorded."""
    r = s.execute(select(ListChange.change, ListChange.changed_on.label("date"), ListChange.reason,
                         ListChange.changed_by.label("by"))
                  .join(Plan, Plan.id == ListChange.plan_id)
                  .where(Plan.year == year, ListChange.project_id == project_id)
                  .order_by(ListChange.id.desc()).limit(1)).first()
    return None if r is None else dict(r._mapping)


def moved_since(s: Session, plan_id: int, project_id: int, run_tag: str) -> bool:
    """Whether the project's latest move on ``plan_id``'s list was made by another than the run ``run_tag``: a
    colleague, another program, an import from the command line, or a move from before moves were signed."""
    last = s.execute(select(ListChange.run_tag).where(ListChange.plan_id == plan_id,
                                                      ListChange.project_id == project_id)
                     .order_by(ListChange.id.desc()).limit(1)).first()
    return last is not None and last[0] != run_tag


def step_changes(target_id: int, before: Iterable[dict], after: Iterable[dict]) -> list[Change]:
    """A target's steps replaced (the 季度安排 cell, the undo of it): each quarter's step or review held that
    changed or went (a review read as its figure, else its words, as a target's actual)."""
    def read(r: dict) -> dict:
        return {"text": r.get("text"), "actual": r["actual"] if r.get("actual") is not None else r.get("actual_text")}

    new = {r["quarter"]: read(r) for r in after}
    out = []
    for r in before:
        now = new.get(r["quarter"], {})
        for k, was in read(r).items():
            if was is not None and shown(was) != shown(now.get(k)):
                out.append(Change(None, f"step_{k}", was, now.get(k), quarter=r["quarter"], target_id=target_id))
    return out


def log_changes(s: Session, changes: list[Change], how: str) -> None:
    """Write ``changes`` in session ``s`` (the change's own transaction)."""
    if not changes:
        return
    now, who = dt.datetime.now(dt.timezone.utc), author(s)
    rows = [{"project_id": c.project_id, "field": c.field, "quarter": c.quarter, "year": c.year,
             "old": shown(c.old), "new": shown(c.new), "changed_at": now, "changed_by": who, "how": how}
            for c in changes if c.target_id is None]
    for i in range(0, len(rows), CHUNK):
        s.execute(insert(ScheduleChange), rows[i:i + CHUNK])
    rows = [{"target_id": c.target_id, "field": c.field, "quarter": c.quarter, "old": shown(c.old),
             "new": shown(c.new), "changed_at": now, "changed_by": who, "how": how}
            for c in changes if c.target_id is not None]
    for i in range(0, len(rows), CHUNK):
        s.execute(insert(TargetChange), rows[i:i + CHUNK])


def change_dict(c: ScheduleChange, **extra) -> dict:
    """A recorded change as plain values (what the views and the CLI read)."""
    return {"project_id": c.project_id, "field": c.field, "year": c.year, "quarter": c.quarter, "old": c.old,
            "new": c.new, "at": c.changed_at, "by": c.changed_by, "how": c.how, **extra}


def project_changes(s: Session, project_id: int) -> list[dict]:
    """A project's recorded changes, the latest first."""
    q = select(ScheduleChange).where(ScheduleChange.project_id == project_id)
    return [change_dict(c) for c in s.scalars(q.order_by(ScheduleChange.changed_at.desc(), ScheduleChange.id.desc()))]


def target_changes(s: Session, target_ids: Iterable[int]) -> dict[int, list[dict]]:
    """The recorded changes of each of ``target_ids``, the latest first (a target list's hover reads a page's
    worth at once)."""
    ids, out = sorted(set(target_ids)), {}
    tc = TargetChange
    for i in range(0, len(ids), CHUNK):
        q = select(tc).where(tc.target_id.in_(ids[i:i + CHUNK])).order_by(tc.changed_at.desc(), tc.id.desc())
        for c in s.scalars(q):
            out.setdefault(c.target_id, []).append(
                {"target_id": c.target_id, "field": c.field, "quarter": c.quarter, "old": c.old, "new": c.new,
                 "at": c.changed_at, "by": c.changed_by, "how": c.how})
    return out


def plan_year_start(year: int) -> dt.datetime:
    """When a plan year's revisions begin: its plan is adopted then, so a 续建 project revised under last
    year's plan is not "revised" in this year's (the plan as it stood then is this year's original)."""
    return dt.datetime(year, 1, 1, tzinfo=dt.timezone.utc)


def _first_revisions(fields: tuple, revision, since: dt.datetime | None, table=ScheduleChange.__table__,
                     owner: str = "project_id"):
    """The id of each project's (``owner``'s, in ``table``) first ``revision`` of each of ``fields`` (made from
    ``since`` on), counted from the last time the field was cleared: a plan left with no date (or figure) has no
    original to show, and one given again begins afresh. The undo of a revised list that gave a held project
    its first date clears it: the list's 原 was recorded as the revision's "before", and without the cut it
    stood as 原计划 beside no plan at all."""
    sc = table.c
    of = sc[owner]
    cleared = (select(of.label("owner"), sc.field, func.max(sc.id).label("cut")).where(*fields, sc.new.is_(None))
               .group_by(of, sc.field).subquery())
    q = (select(func.min(sc.id))
         .select_from(table.outerjoin(cleared, and_(cleared.c.owner == of, cleared.c.field == sc.field)))
         .where(*fields, revision, or_(cleared.c.cut.is_(None), sc.id > cleared.c.cut)))
    if since is not None:
        q = q.where(sc.changed_at >= since)
    return q.group_by(of, sc.field)


def deadlines_moved(s: Session, year: int) -> set[int]:
    """The targets whose deadline was revised in plan year ``year`` and stands moved (not put back as it was):
    a task list's 调整 the office counts, as a project's 计划已调整."""
    return set(original_deadlines(s, year))


def targets_reworded(s: Session, year: int) -> set[int]:
    """The targets reworded in plan year ``year`` and not put back (a revised list's 原目标 | 调整后目标)."""
    return set(original_targets(s, year))


def original_deadlines(s: Session, year: int) -> dict[int, str]:
    """For each target whose deadline was revised in plan year ``year`` and stands moved, the deadline before its
    first revision as recorded ("2024Q2", or the words "持续推进"): the 原完成时限 of a 任务调整表. From its last
    clearing on, as a plan's original (:func:`_first_revisions`)."""
    was = _first_olds(s, year, "quarter")
    now = {tid: shown(q) if q is not None else (words.strip() if words and words.strip() else None)
           for tid, q, words in _targets_now(s, was, MeasureTarget.quarter, MeasureTarget.quarter_text)}
    return {tid: old for tid, old in was.items() if now.get(tid) is not None and now[tid] != old}


def original_targets(s: Session, year: int, field: str = "text") -> dict[int, str]:
    """For each target reworded in plan year ``year`` ("新增市场主体1.2万户" → "新增市场主体1万户") and not put back,
    its wording before the first revision: the 原目标 of a 任务调整表, as :func:`original_deadlines` its 原完成时限.
    With ``field`` (one of :data:`TARGET_REVISIONS`), that field's: its 原牵头单位 ("responsible_unit")."""
    was = _first_olds(s, year, field)
    now = dict(_targets_now(s, was, getattr(MeasureTarget, field)))
    return {tid: old for tid, old in was.items() if tid in now and (now[tid] or "").strip() != old.strip()}


def _first_olds(s: Session, year: int, field: str) -> dict[int, str]:
    """Each target's ``field`` before its first revision in plan year ``year``."""
    tc = TargetChange.__table__.c
    first = _first_revisions((tc.field == field,), tc.old.is_not(None), plan_year_start(year),
                             TargetChange.__table__, "target_id")
    return dict(s.execute(select(tc.target_id, tc.old).where(tc.id.in_(first))).all())


def _targets_now(s: Session, ids: Iterable[int], *columns) -> Iterable[tuple]:
    """(id, *columns) of the targets ``ids`` that are still there, a chunk at a time."""
    ids = sorted(ids)
    for i in range(0, len(ids), CHUNK):
        yield from s.execute(select(MeasureTarget.id, *columns).where(MeasureTarget.id.in_(ids[i:i + CHUNK])))


def original_plans(s: Session, wanted: set[int] | None = None,
                   since: dt.datetime | None = None) -> dict[int, dict[str, Quarter | None]]:
    """For each project whose planned start or completion was revised, what it was before the first
    revision ("planned_start" / "planned_completion" → that quarter): the plan a timeline shows as 原计划.
    A quarter cleared is no revision of the plan (the undo of a quarter first given clears it: that
    quarter was never the plan). One query over the record (revisions are few beside the projects);
    ``wanted`` keeps those projects; ``since`` (:func:`plan_year_start`) the revisions made from then on."""
    sc = ScheduleChange.__table__.c
    first = _first_revisions((sc.field.in_(("planned_start", "planned_completion")),), sc.new.is_not(None), since)
    out: dict[int, dict[str, Quarter | None]] = {}
    for pid, field, old in s.execute(select(sc.project_id, sc.field, sc.old).where(sc.id.in_(first))):
        if wanted is None or pid in wanted:
            try:
                was = Quarter.parse(old) if old else None
            except QuarterParseError:  # the plan named the year alone: no quarter to draw as the original
                continue
            out.setdefault(pid, {})[field] = was
    return out


def original_amounts(s: Session, year: int, since: dt.datetime | None = None) -> dict[int, float]:
    """For each project whose planned investment of plan year ``year`` was revised, what it was before the first
    revision (a figure first given is no revision: it is not recorded). ``since`` as for :func:`original_plans`."""
    sc = ScheduleChange.__table__.c
    return _first_figures(s, (sc.field == "annual_investment", sc.year == year), since)


def original_totals(s: Session, since: dt.datetime | None = None) -> dict[int, float]:
    """For each project whose total investment was revised (概算调整), what it was before the first revision, as
    :func:`original_amounts` the year's."""
    return _first_figures(s, (ScheduleChange.__table__.c.field == "total_investment",), since)


def original_in_charge(s: Session, since: dt.datetime | None = None,
                       field: str = "responsible_unit") -> dict[int, str]:
    """For each project handed to another unit (机构调整, a revised list's "原责任单位 | 调整后责任单位") and not
    handed back, the unit responsible before the first revision; a unit first given is no revision. With ``field``
    "leader", the leader who answered for it (原牵头领导); with "partner_units", the units working with it (原配合单位)."""
    sc = ScheduleChange.__table__.c
    first = _first_revisions((sc.field == field,), sc.old.is_not(None), since)
    was = dict(s.execute(select(sc.project_id, sc.old).where(sc.id.in_(first))).all())
    ids, now = sorted(was), {}
    for i in range(0, len(ids), CHUNK):
        now.update(s.execute(select(KeyProject.id, getattr(KeyProject, field))
                             .where(KeyProject.id.in_(ids[i:i + CHUNK]))).all())
    return {pid: old for pid, old in was.items() if pid in now and (now[pid] or "").strip() != old.strip()}


def _first_figures(s: Session, fields: tuple, since: dt.datetime | None) -> dict[int, float]:
    sc = ScheduleChange.__table__.c
    first = _first_revisions(fields, sc.old.is_not(None), since)
    out: dict[int, float] = {}
    for pid, old in s.execute(select(sc.project_id, sc.old).where(sc.id.in_(first))):
        try:
            out[pid] = float(old)
        except ValueError:  # (the record keeps figures as text: none other is written)
            continue
    return out


def original_span(first: dict | None, start: Quarter | None, completion: Quarter | None) -> tuple | None:
    """The planned (start, completion) before it was revised, from :func:`original_plans`' entry for the
    project; None where it was not, or is back as it was."""
    if not first:
        return None
    was = (first.get("planned_start", start), first.get("planned_completion", completion))
    return None if was == (start, completion) or was == (None, None) else was


def recent_changes(s: Session, limit: int = 500, text: str = "") -> list[dict]:
    """The latest changes across the plan's projects and the measures' targets, with the project's name (a
    target's words, and its ``target_id``): what colleagues changed lately, projects taken off a year's list (or put
    back) among them. ``text`` keeps those whose project name, target or author contains it (a move's reason too)."""
    q = (select(ScheduleChange, KeyProject.name).join(KeyProject, KeyProject.id == ScheduleChange.project_id)
         .order_by(ScheduleChange.changed_at.desc(), ScheduleChange.id.desc()).limit(limit))
    tq = (select(TargetChange, MeasureTarget.text).join(MeasureTarget, MeasureTarget.id == TargetChange.target_id)
          .order_by(TargetChange.changed_at.desc(), TargetChange.id.desc()).limit(limit))
    for word in text.split():  # as typed, whatever the case or LIKE's wildcards (project_rows.project_ids)
        q = q.where(KeyProject.name.icontains(word, autoescape=True)
                    | ScheduleChange.changed_by.icontains(word, autoescape=True))
        tq = tq.where(MeasureTarget.text.icontains(word, autoescape=True)
                      | TargetChange.changed_by.icontains(word, autoescape=True))
    out = [change_dict(c, project=name, target_id=None) for c, name in s.execute(q)]
    out += [{"project_id": None, "target_id": c.target_id, "project": words, "field": c.field, "year": None,
             "quarter": c.quarter, "old": c.old, "new": c.new, "at": c.changed_at, "by": c.changed_by, "how": c.how}
            for c, words in s.execute(tq)]
    out += _list_moves(s, limit, text)
    out.sort(key=lambda c: _utc(c["at"]), reverse=True)
    return out[:limit]


def _list_moves(s: Session, limit: int, text: str) -> list[dict]:
    """The latest moves of projects off a year's list, and back on, as changes (field "on_list", its values
    "added" and "removed", the move's ``reason`` beside them). A project's first listing in a plan (the list
    imported, carried into the next year, a project added) is its first value, not a revision, as a first date is
    not: 50,000 of them would bury every other change."""
    m, earlier = ListChange.__table__.alias("m"), ListChange.__table__.alias("earlier")
    put_back = select(earlier.c.id).where(earlier.c.project_id == m.c.project_id, earlier.c.plan_id == m.c.plan_id,
                                          earlier.c.id < m.c.id).exists()
    q = (select(m, KeyProject.name, Plan.year).join(KeyProject, KeyProject.id == m.c.project_id)
         .join(Plan, Plan.id == m.c.plan_id).where(m.c.recorded_at.is_not(None), (m.c.change == "removed") | put_back)
         .order_by(m.c.recorded_at.desc(), m.c.id.desc()).limit(limit))
    for word in text.split():
        q = q.where(KeyProject.name.icontains(word, autoescape=True) | m.c.changed_by.icontains(word, autoescape=True)
                    | m.c.reason.icontains(word, autoescape=True))
    return [{"project_id": r.project_id, "target_id": None, "project": r.name, "field": "on_list", "year": r.year,
             "quarter": None, "old": "removed" if r.change == "added" else "added", "new": r.change, "reason": r.reason,
             "at": r.recorded_at, "by": r.changed_by, "how": "import" if (r.reason or "").startswith("导入") else "edit"}
            for r in s.execute(q)]


def _utc(at: dt.datetime) -> dt.datetime:
    """A recorded time in UTC without its zone: SQLite gives them back without one, PostgreSQL with one (both
    were written in UTC)."""
    return at if at.tzinfo is None else at.astimezone(dt.timezone.utc).replace(tzinfo=None)

