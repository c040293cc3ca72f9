"""Writes: one planner action = one function = one transaction.

Every function takes the :class:`Database`, does its work inside
``db.session()`` and returns a :class:`ChangeSet` saying what changed, so that
views refresh what changed instead of re-reading everything. Edits name the
version of the row they were made on; a row changed since is refused with
:class:`Conflict` (no silent last-write-wins).
"""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from typing import Any, Callable

from sqlalchemy import insert, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ..domain.plain_text import without_controls
from ..domain.quarter import Quarter, QuarterParseError
from .database import Database
from .history import TRACKED, list_move, log_changes, moved_since, mover, quarter_changes, row_changes, step_changes
from .plan_document import name_key
from .schema import (
    Area,
    Base,
    Indicator,
    IndicatorYear,
    KeyProject,
    ListChange,
    Measure,
    MeasureTarget,
    Plan,
    PlanEntry,
    Section,
    indicator_order,
)

__all__ = [
    "ChangeSet", "Conflict", "EditError",
    "update_row", "update_checked", "add_project", "remove_project", "restore_project",
    "remove_projects", "restore_projects", "start_next_plan",
]

EDITABLE = {
    "key_project": (KeyProject, {
        "code", "name", "project_class", "content", "construction_years", "total_investment", "owner",
        "responsible_unit", "partner_units", "leader", "contact", "location", "zone_id", "area_id", "planned_start",
        "planned_start_date",
        "planned_start_text", "actual_start", "actual_start_date", "planned_completion",
        "planned_completion_date", "planned_completion_text", "actual_completion", "actual_completion_date",
        "notes",
    }),
    "plan_entry": (PlanEntry, {"nature", "level", "annual_investment", "invested_before", "seq"}),
    "measure": (Measure, {"title", "text", "responsible_unit", "quarter", "section_id"}),
    "section": (Section, {"title", "part"}),  # no version of its own: an edit checks the value it replaces
    "indicator": (Indicator, {"name", "category", "unit"}),  # one for all its years; no version, as a section
    "measure_target": (MeasureTarget, {
        "measure_id",  # moved to another measure: its title typed in the row's 举措
        "text", "subject", "op", "value", "unit", "responsible_unit", "partner_units", "leader", "contact", "quarter",
        "quarter_text", "actual", "actual_text", "status", "notes",
    }),
    "indicator_year": (IndicatorYear, {
        "binding", "target_text", "target_op", "target_value", "target_unit", "actual", "actual_text",
        "previous_actual", "previous_actual_text", "status", "status_reason", "replaced_by_id", "responsible_unit",
        "partner_units", "notes",
    }),
    "area": (Area, {"name", "zone_id", "kind", "sort_order", "note"}),
}


class EditError(ValueError):
    """An edit that cannot be made (unknown field, value of the wrong kind)."""


PROGRESS_EVERY = 50  # rows of a long write between two words of its progress


class Cancelled(Exception):
    """The planner stopped a long write: it is rolled back whole, nothing written."""


class Conflict(RuntimeError):
    """The row was changed by someone else since it was read."""

    def __init__(self, table: str, row_id: int, current: dict[str, Any] | None) -> None:
        self.table, self.row_id, self.current = table, row_id, current
        super().__init__(f"{table} #{row_id} 已被他人修改" if current else f"{table} #{row_id} 已被删除")


@dataclass
class ChangeSet:
    """What one action changed: table name → ids."""

    updated: dict[str, set[int]] = field(default_factory=dict)
    inserted: dict[str, set[int]] = field(default_factory=dict)
    deleted: dict[str, set[int]] = field(default_factory=dict)
    versions: dict[tuple[str, int], int] = field(default_factory=dict)

    def note(self, kind: str, table: str, row_id: int) -> None:
        getattr(self, kind).setdefault(table, set()).add(row_id)

    @property
    def empty(self) -> bool:
        return not (self.updated or self.inserted or self.deleted)


def _row_dict(obj: Base) -> dict[str, Any]:
    return {c.key: getattr(obj, c.key) for c in obj.__table__.columns}


INT_LIMIT = 2 ** 31  # an INTEGER column on PostgreSQL


def _coerce(model, name: str, value: Any) -> Any:
    col = model.__table__.columns[name]
    if isinstance(value, str):
        value = without_controls(value)  # whatever path brought it: PostgreSQL refuses a NUL
    if value is None or value == "":
        if not col.nullable:
            raise EditError(f"“{name}”不能为空")
        return None
    pytype = getattr(col.type, "python_type", None) if not hasattr(col.type, "process_bind_param") else Quarter
    if pytype is Quarter:
        return value if isinstance(value, Quarter) else Quarter.parse(value)
    if pytype is float:
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise EditError(f"“{value}”不是数字") from None
        if not math.isfinite(number):
            raise EditError(f"“{value}”不是数字")
        return number
    if pytype is int:
        try:
            number = int(value)
        except (TypeError, ValueError):
            raise EditError(f"“{value}”不是整数") from None
        if not -INT_LIMIT <= number < INT_LIMIT:  # SQLite raised OverflowError past 2**63, PostgreSQL past 2**31
            raise EditError(f"“{value}”过大（最大 {INT_LIMIT - 1}）")
        return number
    if pytype is dt.date and isinstance(value, str):
        return dt.date.fromisoformat(value)
    limit = getattr(col.type, "length", None)
    if limit and isinstance(value, str) and len(value) > limit:  # PostgreSQL would refuse it, SQLite keep it
        raise EditError(f"内容过长（{len(value)} 字，最多 {limit} 字）")
    return value


def update_row(db: Database, table: str, row_id: int, values: dict[str, Any],
               expected_version: int | None = None) -> ChangeSet:
    """Set fields of one row. With ``expected_version``, refuse if the row moved on."""
    model = EDITABLE[table][0] if table in EDITABLE else None
    cs = ChangeSet()
    try:
        with db.session(edits_only=not _names_anew(values)) as s:
            apply_edit(s, table, row_id, values, expected_version, cs)
    except StaleDataError:
        with db.read() as s:
            obj = s.get(model, row_id)
            raise Conflict(table, row_id, _row_dict(obj) if obj else None) from None
    return cs


def update_checked(db: Database, edits: list[tuple[str, int, dict[str, Any], dict[str, Any]]],
                   progress: Callable[[int, int], bool] | None = None) -> ChangeSet:
    """Row edits as one transaction, each checked value by value: ``(table, row_id, values, expected)`` sets
    ``values`` where each field of ``expected`` still holds that value (what the planner saw when editing, or
    what an undo step left there). A field changed since (a colleague's value) refuses it all as a
    :class:`Conflict`; other fields of the row changed meanwhile are no conflict — a check of the row's whole
    version refused an undo after the planner's own later edit of another column, and a colleague's edit of
    any column. ``progress(done, total)`` hears every 50 rows of a long write; False from it stops the write,
    rolled back (:class:`Cancelled`)."""
    cs = ChangeSet()
    try:
        with db.session(edits_only=not any(_names_anew(values) for _, _, values, _ in edits)) as s:
            for done, (table, row_id, values, expected) in enumerate(edits, 1):
                if progress is not None and done % PROGRESS_EVERY == 0 and not progress(done, len(edits)):
                    raise Cancelled()
                if table not in EDITABLE:
                    raise EditError(f"不能编辑表 {table}")
                model = EDITABLE[table][0]
                obj = s.get(model, row_id, with_for_update=True)
                if obj is None:
                    raise Conflict(table, row_id, None)
                if not all(_holds(model, obj, k, v) for k, v in expected.items()):
                    raise Conflict(table, row_id, _row_dict(obj))
                apply_edit(s, table, row_id, values, None, cs)
    except StaleDataError:
        raise Conflict(edits[0][0], edits[0][1], None) from None
    return cs


def _names_anew(values: dict[str, Any]) -> bool:
    """Whether an edit gives a row a name or code, which an import (or another such edit) matches rows by
    and no two indicators or projects share: written one at a time, as the writes that add rows
    (``Database.session``); other edits of rows by id go side by side on a shared plan."""
    return "name" in values or "code" in values


def _holds(model, obj, name: str, value: Any) -> bool:
    """Whether field ``name`` of ``obj`` holds ``value`` as an edit would have stored it."""
    current = getattr(obj, name)
    if value is None or value == "":
        return current is None or current == ""
    try:
        return current == _coerce(model, name, value)
    except (EditError, QuarterParseError, ValueError):
        return False


def apply_edit(s: Session, table: str, row_id: int, values: dict[str, Any], expected_version: int | None,
               cs: ChangeSet) -> None:
    """Set fields of one row inside the caller's transaction, the recorded ones logged as an edit."""
    if table not in EDITABLE:
        raise EditError(f"不能编辑表 {table}")
    model, allowed = EDITABLE[table]
    bad = set(values) - allowed
    if bad:
        raise EditError(f"不能编辑字段：{', '.join(sorted(bad))}")
    obj = s.get(model, row_id, with_for_update=expected_version is not None)
    if obj is None:
        raise Conflict(table, row_id, None)
    if expected_version is not None and obj.version != expected_version:
        raise Conflict(table, row_id, _row_dict(obj))
    before = {k: getattr(obj, k) for k in values if k in TRACKED.get(table, ())}
    for k, v in values.items():
        if k == "name" and model is KeyProject and not without_controls(str(v or "")).strip():
            raise EditError("项目名称不能为空")
        v = _coerce(model, k, v)
        if k == "name" and model is KeyProject:
            obj.name_key = name_key(v)
        if k == "code" and model is KeyProject:
            _check_code(s, v, obj.id)
        if (k, model) in _MOVED_TO and v is not None and s.get(_MOVED_TO[(k, model)], v) is None:
            raise EditError("该举措已被他人删除" if k == "measure_id" else "该部分已被他人删除")  # moved to: gone
        if k == "name" and model is Indicator:
            key = name_key(v)
            if s.scalar(select(Indicator.id).where(Indicator.name_key == key, Indicator.id != obj.id)) is not None:
                raise EditError(f"已有名为“{v}”的指标")  # its years' history is one: two of a name would split it
            obj.name_key = key
        setattr(obj, k, v)
    if model is KeyProject and {"planned_start", "planned_completion"} & set(values):
        _check_schedule(obj)
    s.flush()
    log_changes(s, row_changes(table, obj, before), "edit")  # who moved the plan, and when
    cs.note("updated", table, row_id)
    if hasattr(obj, "version"):
        cs.versions[(table, row_id)] = obj.version
    if model is PlanEntry:
        cs.note("updated", "key_project", obj.project_id)


# a row moved to another (a target to a measure, a measure to a section): that one must still be there
_MOVED_TO = {("measure_id", MeasureTarget): Measure, ("section_id", Measure): Section}


def _check_code(s: Session, code: str | None, project_id: int | None) -> None:
    """A code is one project's (the import matches a row to its project by it): another's is refused in words, not
    by the database's unique index ("UNIQUE constraint failed: key_project.code")."""
    if code is None:
        return
    other = s.execute(select(KeyProject.id, KeyProject.name).where(KeyProject.code == code)).first()
    if other is not None and other.id != project_id:
        raise EditError(f"项目编码“{code}”已是“{other.name}”的编码，一个编码只能对应一个项目")


def _check_schedule(project: KeyProject) -> None:
    """A project cannot be planned to complete before it starts."""
    start, end = project.planned_start, project.planned_completion
    if start is not None and end is not None and end < start:
        raise EditError(f"计划完工（{end.label_zh}）早于计划开工（{start.label_zh}）")


def add_project(db: Database, year: int, name: str, *, reason: str | None = None,
                on: dt.date | None = None, **fields: Any) -> tuple[int, ChangeSet]:
    """Add a key project to a year's list (recorded as a list change)."""
    name = without_controls(name or "").strip()
    if not name:
        raise EditError("项目名称不能为空")
    cs = ChangeSet()
    with db.session() as s:
        plan = plan_of(s, year)
        entry_fields = {k: fields.pop(k) for k in ("nature", "level", "annual_investment", "invested_before")
                        if k in fields}
        _, allowed = EDITABLE["key_project"]
        bad = set(fields) - allowed
        if bad:
            raise EditError(f"不能设置字段：{', '.join(sorted(bad))}")
        name = _coerce(KeyProject, "name", name)
        project = KeyProject(name=name, name_key=name_key(name),
                             **{k: _coerce(KeyProject, k, v) for k, v in fields.items()})
        _check_schedule(project)
        _check_code(s, project.code, None)
        s.add(project)
        s.flush()
        seq = (s.scalar(select(PlanEntry.seq).where(PlanEntry.plan_id == plan.id)
                        .order_by(PlanEntry.seq.desc()).limit(1)) or 0) + 1
        entry = PlanEntry(plan_id=plan.id, project_id=project.id, seq=seq,
                          **{k: _coerce(PlanEntry, k, v) for k, v in entry_fields.items()})
        s.add(entry)
        s.add(list_move(s, plan.id, project.id, "added", on or dt.date.today(), _coerce(ListChange, "reason", reason)))
        s.flush()
        cs.note("inserted", "key_project", project.id)
        cs.note("inserted", "plan_entry", entry.id)
        return project.id, cs


def remove_project(db: Database, year: int, project_id: int, *, reason: str | None = None,
                   on: dt.date | None = None, undoing: bool = False) -> ChangeSet:
    """Take a project off a year's list. The project and its history stay. ``undoing``: the move undoes (or
    redoes) one of this run's, and is refused as a :class:`Conflict` where another has moved the project since."""
    return _set_on_list(db, year, [project_id], False, reason, on, undoing)


def restore_project(db: Database, year: int, project_id: int, *, reason: str | None = None,
                    on: dt.date | None = None, undoing: bool = False) -> ChangeSet:
    """Put a removed project back on the list (undo of a removal); ``undoing`` as for :func:`remove_project`."""
    return _set_on_list(db, year, [project_id], True, reason, on, undoing)


def remove_projects(db: Database, year: int, project_ids: list[int], *, reason: str | None = None,
                    on: dt.date | None = None, undoing: bool = False) -> ChangeSet:
    return _set_on_list(db, year, project_ids, False, reason, on, undoing)


def restore_projects(db: Database, year: int, project_ids: list[int], *, reason: str | None = None,
                     on: dt.date | None = None, undoing: bool = False) -> ChangeSet:
    return _set_on_list(db, year, project_ids, True, reason, on, undoing)


def _set_on_list(db, year, project_ids, on_list, reason, on, undoing) -> ChangeSet:
    cs = ChangeSet()
    with db.session() as s:
        set_on_list(s, plan_of(s, year), project_ids, on_list, reason, on, cs, undoing_as=db.tag if undoing else None)
    return cs


def set_on_list(s: Session, plan: Plan, project_ids, on_list: bool, reason: str | None, on: dt.date | None,
                cs: ChangeSet, *, undoing_as: str | None = None) -> None:
    """Put projects on or off ``plan``'s list inside the caller's transaction, each move recorded.

    ``undoing_as``: the run (Database.tag) whose move this undoes or redoes. A project someone else moved since —
    a colleague who took it off again with their own reason, put it back, or an import — is theirs now: the
    whole step is refused as a :class:`Conflict` rather than overwriting their decision. The run's own later
    moves (列入 then 移出, each undone in turn) are not someone else's."""
    for project_id in project_ids:
        entry = s.scalars(select(PlanEntry).where(PlanEntry.plan_id == plan.id,
                                                  PlanEntry.project_id == project_id)).one_or_none()
        if entry is None:  # (an undo of taking it off, after a colleague merged it away or deleted it)
            project = s.get(KeyProject, project_id)
            if project is None:
                raise EditError("该项目已被他人删除")
            raise EditError(f"“{project.name}”不在{plan.year}年计划中")
        if entry.on_list == on_list:
            continue
        if undoing_as is not None and moved_since(s, plan.id, project_id, undoing_as):
            project = s.get(KeyProject, project_id)
            raise Conflict("key_project", project_id, {"name": project.name, "on_list": entry.on_list})
        entry.on_list = on_list
        s.add(list_move(s, plan.id, project_id, "added" if on_list else "removed", on or dt.date.today(),
                        _coerce(ListChange, "reason", reason)))
        s.flush()
        cs.note("updated", "plan_entry", entry.id)
        cs.note("updated", "key_project", project_id)


def plan_of(s: Session, year: int) -> Plan:
    plan = s.scalars(select(Plan).where(Plan.year == year)).first()
    if plan is None:
        raise EditError(f"没有{year}年的计划")
    return plan


def start_next_plan(db: Database, from_year: int, *, title: str | None = None) -> ChangeSet:
    """Open the next year's plan and carry over every project not yet completed: as 续建 once started (or
    listed as 续建 or 计划完工 already), as 新开工 still when its start never came (a 2024 新开工 project with no
    actual start is not under construction in 2025: its start slipped, and it shows as late), 前期 as 前期.

    The project rows are the same, so their schedule, investment and notes
    history carry over; the new year's list records why each one is there.
    截至上年底累计完成投资 rolls on: the year's figure plus what the year's
    quarters report (a 新开工 project had nothing before). The next year's
    indicator table is drafted from this year's: the same indicators, their
    attribute, and this year's result as 上年完成, the targets left to set.
    """
    cs = ChangeSet()
    with db.session() as s:
        old = plan_of(s, from_year)
        year = from_year + 1
        if s.scalars(select(Plan).where(Plan.year == year, Plan.jurisdiction == old.jurisdiction)).first():
            raise EditError(f"{year}年的计划已经存在")
        new = Plan(year=year, jurisdiction=old.jurisdiction,
                   title=title or old.title.replace(str(from_year), str(year)),
                   issuing_office=old.issuing_office)
        s.add(new)
        s.flush()
        cs.note("inserted", "plan", new.id)
        # the rows as plain values, written in two statements: a city's 50,000 projects as ORM objects took
        # 8 s on the window's thread
        e = PlanEntry.__table__.c
        rows = s.execute(
            select(e.project_id, e.nature, e.level, e.invested_before, KeyProject.actual_completion,
                   KeyProject.actual_start)
            .join(KeyProject, KeyProject.id == e.project_id)
            .where(e.plan_id == old.id, e.on_list.is_(True)).order_by(e.seq, e.id)
        ).all()
        invested = _invested_in(s, from_year)
        entries, history, today, who = [], [], dt.date.today(), mover(s)
        who["recorded_at"] = dt.datetime.now(dt.timezone.utc)
        for project_id, nature, level, invested_before, done, started in rows:
            if done is not None and done.year <= from_year:
                continue
            before = invested_before if invested_before is not None else (0.0 if nature == "新开工" else None)
            carried = carried_nature(nature, started, year)
            not_started = carried == "新开工"
            entries.append({"plan_id": new.id, "project_id": project_id, "seq": len(entries) + 1,
                            "nature": carried, "level": level, "on_list": True,
                            "invested_before": None if before is None else
                            round(before + invested.get(project_id, 0.0), 6)})
            history.append({"plan_id": new.id, "project_id": project_id, "change": "added", "changed_on": today,
                            "reason": f"{from_year}年未开工，结转" if not_started else f"{from_year}年结转续建", **who})
        if entries:
            s.execute(insert(PlanEntry.__table__), entries)
            s.execute(insert(ListChange.__table__), history)
        _draft_indicators(s, from_year, cs)
        # Stated figures are not copied: they belong to their year's text.
        s.flush()
    return cs


def carried_nature(nature: str | None, started: dt.date | None, year: int) -> str:
    """A project's nature on ``year``'s list, from its nature on an earlier one: 续建 once started (or listed
    as 续建 or 计划完工), 新开工 while its start has not come, 前期 as 前期."""
    if nature == "前期":
        return "前期"
    if nature == "新开工" and (started is None or started.year >= year):
        return "新开工"
    return "续建"


def list_project(db: Database, year: int, project_id: int, *, reason: str | None = None,
                 on: dt.date | None = None) -> ChangeSet:
    """Put a project of another year's plan on ``year``'s list (a project dropped last year and taken up
    again, one left out of the carry-over): the same record, so its schedule, investment and notes go with it,
    with the nature its last list gives (:func:`carried_nature`). A project taken off ``year``'s list is put back."""
    cs = ChangeSet()
    with db.session() as s:
        plan = plan_of(s, year)
        held = s.scalars(select(PlanEntry).where(PlanEntry.plan_id == plan.id,
                                                 PlanEntry.project_id == project_id)).one_or_none()
        if held is not None:
            set_on_list(s, plan, [project_id], True, reason, on, cs)
            return cs
        project = s.get(KeyProject, project_id)
        if project is None:
            raise EditError(f"项目 #{project_id} 不存在")
        last = s.execute(select(PlanEntry.nature, PlanEntry.level).join(Plan, Plan.id == PlanEntry.plan_id)
                         .where(PlanEntry.project_id == project_id, Plan.year < year)
                         .order_by(Plan.year.desc()).limit(1)).first()
        nature, level = last if last is not None else (None, None)
        seq = (s.scalar(select(PlanEntry.seq).where(PlanEntry.plan_id == plan.id)
                        .order_by(PlanEntry.seq.desc()).limit(1)) or 0) + 1
        entry = PlanEntry(plan_id=plan.id, project_id=project_id, seq=seq, level=level,
                          nature=carried_nature(nature, project.actual_start, year) if last is not None else None)
        s.add(entry)
        s.add(list_move(s, plan.id, project_id, "added", on or dt.date.today(), _coerce(ListChange, "reason", reason)))
        s.flush()
        cs.note("inserted", "plan_entry", entry.id)
        cs.note("updated", "key_project", project_id)
    return cs


def _invested_in(s: Session, year: int) -> dict[int, float]:
    """Each project's reported investment over the year's four quarters."""
    from sqlalchemy import func

    from .schema import QuarterInvestment

    q = QuarterInvestment
    return {pid: total for pid, total in s.execute(select(q.project_id, func.sum(q.actual)).where(
        q.quarter >= Quarter(year, 1), q.quarter <= Quarter(year, 4), q.actual.is_not(None)).group_by(q.project_id))}


def _draft_indicators(s: Session, from_year: int, cs: ChangeSet) -> None:
    """The next year's table (附件2 to draft): this year's indicators, in their order and with their
    attribute, this year's result as 上年完成 (a whole year's only: a 1-9月 figure is no year's result);
    the targets blank. An indicator adjusted away (调整为…) is drafted as what replaced it, once."""
    from ..domain.target import reported_months

    year = from_year + 1
    held = set(s.scalars(select(IndicatorYear.indicator_id).where(IndicatorYear.year == year)))
    for iy in s.scalars(select(IndicatorYear).where(IndicatorYear.year == from_year)
                        .order_by(*indicator_order())):
        indicator_id = iy.replaced_by_id or iy.indicator_id
        if indicator_id in held:
            continue
        held.add(indicator_id)
        whole = iy.replaced_by_id is None and reported_months(iy.actual_text) is None
        row = IndicatorYear(indicator_id=indicator_id, year=year, seq=iy.seq, binding=iy.binding,
                            previous_actual=iy.actual if whole else None,
                            previous_actual_text=iy.actual_text if whole else None, source=f"{from_year}年指标结转")
        s.add(row)
        s.flush()
        cs.note("inserted", "indicator_year", row.id)


# -- a row's details: a project's milestones, quarterly investment, progress notes; a target's steps --
DETAIL_KINDS = {
    "milestones": ("milestone", ("name", "planned_quarter", "planned_date", "actual_quarter", "actual_date", "note")),
    "investments": ("quarter_investment", ("quarter", "planned", "actual")),
    "notes": ("progress_note", ("quarter", "noted_on", "text")),
    "steps": ("target_step", ("quarter", "text", "value", "actual", "actual_text")),
}


def _detail_model(kind: str):
    """(the detail's model, its parent's model, the column naming the parent, the parent's table)."""
    from .schema import MeasureTarget, Milestone, ProgressNote, QuarterInvestment, TargetStep

    if kind == "steps":
        return TargetStep, MeasureTarget, "target_id", "measure_target"
    model = {"milestones": Milestone, "investments": QuarterInvestment, "notes": ProgressNote}[kind]
    return model, KeyProject, "project_id", "key_project"


def project_details(db: Database, project_id: int, kind: str) -> list[dict[str, Any]]:
    """The rows of one detail list (of a project, or with ``kind`` "steps" of a target), as plain
    dicts in their order."""
    with db.read() as s:
        return read_details(s, project_id, kind)


def read_details(s: Session, project_id: int, kind: str) -> list[dict[str, Any]]:
    """:func:`project_details` read in the caller's session."""
    model, _parent, key, _table = _detail_model(kind)
    fields = DETAIL_KINDS[kind][1]
    order = {"milestones": "sort_order", "notes": "id"}.get(kind, "quarter")
    rows = s.scalars(select(model).where(getattr(model, key) == project_id).order_by(getattr(model, order), model.id))
    return [{f: getattr(r, f) for f in fields} for r in rows]


def replace_project_details(db: Database, project_id: int, kind: str, rows: list[dict[str, Any]],
                            expected: list[dict[str, Any]] | None = None) -> ChangeSet:
    """Replace a detail list (of a project, or with ``kind`` "steps" of a target) in one transaction.

    ``expected`` is the list as the editor read it: if someone changed it
    since, the write is refused as a :class:`Conflict`."""
    clean = clean_details(kind, rows)
    cs = ChangeSet()
    with db.session() as s:
        write_details(s, project_id, kind, clean, expected, cs)
    return cs


def clean_details(kind: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A detail list as it will be stored: each value of its column's type, refused where a row cannot be."""
    model = _detail_model(kind)[0]
    fields = DETAIL_KINDS[kind][1]
    clean = []
    for r in rows:
        values = {f: _coerce(model, f, r.get(f)) for f in fields}
        if kind == "milestones" and not values["name"]:
            raise EditError("节点名称不能为空")
        if kind == "notes" and not values["text"]:
            raise EditError("形象进度不能为空")
        if kind in ("investments", "steps") and values["quarter"] is None:
            raise EditError("季度不能为空")
        if kind == "investments":
            for f in ("planned", "actual"):
                if values[f] is not None and values[f] < 0:
                    raise EditError("投资不能为负数")
        if kind == "steps" and not (values["text"] or values["actual"] is not None or values["actual_text"]):
            continue  # a quarter with nothing planned and nothing done is no step
        clean.append(values)
    if kind in ("investments", "steps"):
        quarters = [v["quarter"] for v in clean]
        if len(set(quarters)) != len(quarters):
            raise EditError("同一季度只能填一行")
    return clean


def write_details(s: Session, project_id: int, kind: str, clean: list[dict[str, Any]],
                  expected: list[dict[str, Any]] | None, cs: ChangeSet) -> None:
    """Replace a detail list with ``clean`` (from :func:`clean_details`) inside the caller's transaction."""
    model, parent, key, parent_table = _detail_model(kind)
    table, fields = DETAIL_KINDS[kind]
    if s.get(parent, project_id) is None:
        raise Conflict(parent_table, project_id, None)
    existing = list(s.scalars(select(model).where(getattr(model, key) == project_id)))
    if expected is not None:
        current = sorted((tuple(getattr(r, f) for f in fields) for r in existing), key=repr)
        if current != sorted((tuple(e.get(f) for f in fields) for e in expected), key=repr):
            raise Conflict(table, project_id, {"rows": [{f: getattr(r, f) for f in fields} for r in existing]})
    if kind == "investments":  # a quarter's figure corrected is recorded; a first report is not a change
        log_changes(s, quarter_changes(project_id, [{f: getattr(r, f) for f in fields} for r in existing],
                                       clean), "edit")
    elif kind == "steps":  # a target's step rewritten, or a quarter's review corrected (as a project's figure)
        log_changes(s, step_changes(project_id, [{f: getattr(r, f) for f in fields} for r in existing], clean),
                    "edit")
    for r in existing:
        s.delete(r)
    s.flush()
    for i, values in enumerate(clean):
        extra = {"sort_order": i} if kind == "milestones" else {}
        s.add(model(**{key: project_id}, **values, **extra))
    s.flush()
    cs.note("updated", parent_table, project_id)
