"""Matching imported records to the database: the diff, then one transaction.

Records come from :mod:`milestones.spreadsheet.parse` as plain dicts. Rows are
matched to what exists (a project by code, else by normalised name; an
indicator by normalised name and year; a target by its wording within its
measure), so re-importing updates and never duplicates. A value the file
leaves empty never blanks a value the database has.

``apply_import`` returns a :class:`Receipt` from which ``revert_import`` undoes
the whole import in one transaction (the GUI's undo of an import). The diff the
preview shows is :mod:`.import_diff`'s; how records are matched, :mod:`.import_match`'s;
the rows each kind writes, :mod:`.import_rows`'s; a key-project table's writing,
:mod:`.import_projects`'s.
"""
from __future__ import annotations

from typing import Iterable

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from ..domain.quarter import Quarter
from .changes import ChangeSet
from .database import Database
from .history import TARGET_REVISIONS, TRACKED, Change, log_changes, row_changes
from .import_match import (
    ISSUED, HeldTargets, district_apart, form_scope, in_scope, list_section, plan_of, strip_section_number,
)
from .import_names import remember_names, restore_names
from .import_undo import refuse_if_changed_since, rows_as_left
from .import_leaving import take_off_leaving
from .import_projects import apply_projects, drop_missing
from .import_rows import (
    CHUNK, ImportError_, Receipt, TableLike, indicator_year_values, insert_row, measure_text, measure_texts,
    record_update, target_values, update_changed, write_steps,
)
from .plan_document import name_key
from .schema import (
    Area, Indicator, IndicatorYear, KeyProject, ListChange, Measure, MeasureTarget, Milestone, PlanEntry,
    Plan, ProgressNote, QuarterInvestment, QuarterTarget, Section, StatedFigure, TargetStep,
)

__all__ = ["apply_import", "revert_import", "ImportCancelled"]


# -- apply --------------------------------------------------------------------
def apply_import(db: Database, tables: Iterable[TableLike], *, progress=None, cancelled=None,
                 remove_missing: bool = False, names: tuple | None = None, undoable: bool = True,
                 before_writing=None) -> Receipt:
    """Write every table in ONE transaction; all of it or none of it.

    ``progress(done, total)`` is called as records are written; when
    ``cancelled()`` turns true the transaction is rolled back and
    :class:`ImportCancelled` raised, so a cancelled import writes nothing.
    ``remove_missing``: a key-project list is the year's whole list (the
    mid-year adjustment): projects on the list and not in the file are taken
    off it, with the reason in the list's history. ``names``: the areas and names this import was told are the
    plan's, and those it was told to read as the file says (`import_names.remember_names`), kept for the next.
    ``undoable``: the rows it adds are read back as it leaves them, for ``revert_import`` to tell what anyone
    changed since (False for a command-line import, which has no undo). ``before_writing(session)`` runs first in
    the transaction, once the other writers' are done: the window's check that the plan is still as previewed.
    """
    tables = [t for t in tables if t.records or getattr(t, "leaving", None)]
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
        if before_writing is not None:
            before_writing(s)
        # a year's list may come on several sheets (one per zone): what it leaves out is
        # what none of them holds, taken off once all are written
        lists: dict[int, tuple[Plan, list[int], set[int], list[str]]] = {}  # plan → listed, in file, sheets
        for t in tables:
            if t.kind in ("indicator_results", "indicator_targets"):
                if t.year is None:
                    raise ImportError_(f"“{t.sheet}”没有年度，无法导入指标")
                _apply_indicators(s, t, receipt, tick)
            elif t.kind == "key_projects":
                _apply_list(s, t, receipt, tick, lists)
            elif t.kind == "measures":
                _apply_measures(s, t, receipt, tick)
        if remove_missing:
            for plan, listed, in_file, sheets in lists.values():
                gone = [pid for pid in listed if pid not in in_file]
                drop_missing(s, sheets, plan, _spoken_for(s, tables, gone), receipt)
        if names is not None:
            receipt.names_before = remember_names(s, *names)
        log_changes(s, receipt.history, "import")
        if undoable:
            receipt.rows_left = rows_as_left(s, receipt)
    return receipt


class ImportCancelled(RuntimeError):
    pass


def _apply_list(s: Session, t: TableLike, receipt: Receipt, tick, lists: dict) -> None:
    """A key-project table written: its projects, then those it marks as leaving the list (【调出】, a 名单调整表's
    调出) taken off it with their reasons; ``lists`` gathers what each plan's lists hold, for ``remove_missing``."""
    if t.records:
        plan, listed, in_table = apply_projects(s, t, receipt, tick)
        held = lists.setdefault(plan.id, (plan, listed, set(), []))
        held[2].update(in_table)
        held[3].append(t.sheet)
    else:  # the projects leaving alone (a 调出名单) are no list: nothing it leaves out is gone
        plan = plan_of(s, t.year)
    if plan is not None and getattr(t, "leaving", None):
        take_off_leaving(s, t.sheet, plan, t.leaving, receipt)


def _spoken_for(s: Session, tables: list[TableLike], gone: list[int]) -> list[int]:
    """Of the projects a list leaves out, those it speaks for: all of them, unless it is one table that
    is a unit's form or a zone's list (import_match.form_scope), which leaves out the others' projects."""
    lists = [t for t in tables if t.kind == "key_projects"]
    scope = form_scope(lists[0]) if len(lists) == 1 else None  # several sheets: the whole list together
    return in_scope(s, scope, gone)


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
                record_update(receipt, "indicator", ind, vals)
        iy = years.get(ind.id)
        values = indicator_year_values(rec)
        if iy is None:
            years[ind.id] = insert_row(s, receipt, "indicator_year", IndicatorYear(
                indicator_id=ind.id, year=t.year, seq=seq, source=f"导入：{t.sheet}", **values))
        else:
            update_changed(receipt, "indicator_year", iy, values)
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
            record_update(receipt, "indicator_year", iy, {"replaced_by_id": other.id})
    s.flush()


def deadline_before_revision(target: MeasureTarget, rec: dict) -> list[Change]:
    """A revised task list's deadline before the revision (the record's "quarter_before") as the revision the
    record of changes keeps, for a target that held no deadline: as a project's 原计划 (``plan_before_revision``)."""
    now = target.quarter if target.quarter is not None else target.quarter_text
    if not rec.get("quarter_before") or now is None:
        return []
    return [Change(None, "quarter", rec["quarter_before"], now, target_id=target.id)]


def said_before_revision(target: MeasureTarget, rec: dict, held: dict | None = None) -> list[Change]:
    """A revised task list's 原目标 and 原牵头单位 (…) (the record's "text_before", "responsible_unit_before", …) as
    the revisions the record of changes keeps, for a target the plan did not hold (``held`` None) or held without
    that field (``held``: its fields before the import; the published plan names no target's unit): another
    office's 调整表 gives its originals as this plan's, as its 原完成时限. (A field the plan held is revised by the
    import, which records it as any edit.)"""
    return [Change(None, fld, rec[f"{fld}_before"], getattr(target, fld), target_id=target.id)
            for fld in TARGET_REVISIONS if rec.get(f"{fld}_before") and getattr(target, fld)
            and (held is None or held[fld] is None)]


def _apply_measures(s: Session, t: TableLike, receipt: Receipt, tick) -> None:
    plan = plan_of(s, t.year, create=True, receipt=receipt, table=t)
    if plan is None:
        raise ImportError_("数据库中还没有计划，无法导入举措；请先指定年度")
    sections = {sec.number: sec for sec in s.scalars(select(Section).where(Section.plan_id == plan.id))}
    by_title = {name_key(sec.title): sec for sec in sections.values()}
    measures = {}
    for m in s.scalars(select(Measure).join(Section).where(Section.plan_id == plan.id)):
        measures[(m.section_id, name_key(m.title))] = m
    flat = list_section(getattr(t, "title", None))
    held = HeldTargets(s, plan, flat)
    said = measure_texts(t.records)  # "工作措施": what each measure is to do, where the file says
    for rec in t.records:
        values = target_values(rec)
        target = held.match(rec)
        if target is not None:
            # the target the preview matched, where the plan holds it: a file naming its section
            # otherwise (a list's new title, no sections) made a second section, measure and target
            had_deadline = target.quarter is not None or bool(target.quarter_text)
            had = {fld: getattr(target, fld) for fld in TARGET_REVISIONS}
            update_changed(receipt, "measure_target", target, values)
            if not had_deadline:  # (one it held: the update records what it held)
                receipt.history += deadline_before_revision(target, rec)
            receipt.history += said_before_revision(target, rec, had)
            _part_given(receipt, target.measure.section, rec)
            if rec.get("steps"):
                write_steps(s, receipt, target.id, target.steps, rec["steps"])
            if rec.get("measure_text"):
                m = target.measure
                update_changed(receipt, "measure", m, {"text": measure_text(m.text, said[name_key(rec["measure"])])})
            tick(1)
            continue
        # the section by its title; by its number only where the file names it no other way, or
        # names the same section ("一、推动经济高质量发展" is not the plan's (一) when that is another)
        title = strip_section_number(rec.get("section") or "")
        if not title and rec.get("section_number") is None:
            title = flat  # a flat task list: its tasks in one section named for the list (one section each, before)
        sec = by_title.get(name_key(title)) if title else None
        if sec is None and rec.get("section_number") is not None:
            numbered = sections.get(rec["section_number"])
            if numbered is not None and (not title or _same_title(numbered.title, title)):
                sec = numbered
        if sec is None:
            number = rec.get("section_number")
            if number is None or number in sections:
                number = max(sections) + 1 if sections else 1
            sec = Section(plan_id=plan.id, number=number, title=title or f"第{number}部分",
                          part=strip_section_number(rec.get("part") or "") or None)
            s.add(sec)
            s.flush()
            sections[number] = sec
            by_title[name_key(sec.title)] = sec
            receipt.inserted.append(("section", sec.id))
        else:
            _part_given(receipt, sec, rec)
        mkey = (sec.id, name_key(rec["measure"]))
        m = measures.get(mkey)
        if m is None:
            seq = 1 + max((mm.seq for (sid, _), mm in measures.items() if sid == sec.id), default=0)
            m = Measure(section_id=sec.id, seq=seq, title=rec["measure"], responsible_unit=rec.get("responsible_unit"),
                        text=measure_text(None, said.get(mkey[1], [])))
            s.add(m)
            s.flush()
            measures[mkey] = m
            receipt.inserted.append(("measure", m.id))
        elif rec.get("measure_text"):
            update_changed(receipt, "measure", m, {"text": measure_text(m.text, said[mkey[1]])})
        seq = 1 + (s.scalar(select(MeasureTarget.seq).where(MeasureTarget.measure_id == m.id)
                            .order_by(MeasureTarget.seq.desc()).limit(1)) or 0)
        # (``values`` holds the text where the list reworded the target: a new one given its 原目标 failed on it)
        target = insert_row(s, receipt, "measure_target", MeasureTarget(measure_id=m.id, seq=seq,
                                                                         **{"text": rec["text"], **values}))
        receipt.history += deadline_before_revision(target, rec) + said_before_revision(target, rec)
        write_steps(s, receipt, target.id, [], rec.get("steps") or [])
        tick(1)
    # what a plan report states about the plan ("65个重点项目"), where the plan holds no such figure yet: the figures
    # kept are the plan's (a report imported again, or over the bundled plan, changes none of them)
    for figure in getattr(t, "stated", None) or []:
        if "quarter" in figure:  # a quarter's planned starts and completions (开工计划 / 完工计划)
            quarter = Quarter.parse(figure["quarter"])
            if s.scalar(select(QuarterTarget.id).where(QuarterTarget.plan_id == plan.id,
                                                       QuarterTarget.quarter == quarter)) is None:
                insert_row(s, receipt, "quarter_target", QuarterTarget(plan_id=plan.id, **{**figure, "quarter": quarter}))
        elif s.scalar(select(StatedFigure.id).where(StatedFigure.plan_id == plan.id,
                                                    StatedFigure.key == figure["key"])) is None:
            insert_row(s, receipt, "stated_figure", StatedFigure(plan_id=plan.id, **figure))
    # the report's 文号, issuing office and day where the plan (made by a list imported before it) says none; not
    # over what the plan says, nor another district's (the preview warned of it)
    facts = getattr(t, "plan_facts", None) or {}
    if facts and district_apart(s, plan.year, t) is None:
        update_changed(receipt, "plan", plan, {k: facts[k] for k in ISSUED if facts.get(k) and getattr(plan, k) is None})
    s.flush()


def _same_title(held: str, given: str) -> bool:
    """A section's title as the plan holds it and as a table gives it, perhaps shortened
    ("更好落实重大战略部署" for "更好落实重大战略部署,抢抓发展新机遇")."""
    a, b = name_key(held), name_key(given)
    return bool(a and b) and (a.startswith(b) or b.startswith(a))


def _part_given(receipt, sec: Section, rec: dict) -> None:
    """The heading a two-level list gives over ``sec`` ("一、着力稳增长"), kept where the plan has none for it yet (a
    list of one level, or the plan's own sections, says nothing of it: a part kept is not taken away)."""
    part = strip_section_number(rec.get("part") or "")
    if part and sec.part is None:
        update_changed(receipt, "section", sec, {"part": part})


_MODELS = {"plan": Plan, "stated_figure": StatedFigure, "quarter_target": QuarterTarget, "indicator": Indicator, "indicator_year": IndicatorYear, "key_project": KeyProject,
           "plan_entry": PlanEntry, "area": Area, "section": Section, "measure": Measure,
           "measure_target": MeasureTarget, "quarter_investment": QuarterInvestment, "progress_note": ProgressNote,
           "milestone": Milestone, "list_change": ListChange, "target_step": TargetStep}
# children first, so foreign keys never point at a deleted row
_DELETE_ORDER = ["stated_figure", "quarter_target", "target_step", "measure_target", "measure", "section", "quarter_investment", "progress_note", "milestone",
                 "list_change", "plan_entry", "key_project", "area", "indicator_year", "indicator", "plan"]


def revert_import(db: Database, receipt: Receipt) -> ChangeSet:
    """Take back an import: old values restored, inserted rows deleted, one transaction. Refused whole (a
    :class:`Conflict` naming the row) where anyone changed since what the import wrote (``import_undo``)."""
    cs = ChangeSet()
    with db.session() as s:
        # the rows the import updated, read in chunks: the figures it had replaced come back, recorded as such
        held = refuse_if_changed_since(s, receipt, _MODELS)
        undone = []
        for table, row_id, old in reversed(receipt.updated):
            model = _MODELS[table]
            obj = held.get((table, row_id)) if table in TRACKED else None
            if obj is not None:
                undone += row_changes(table, obj, {k: getattr(obj, k) for k in old}, old)
                for k, v in old.items():  # a row the import changed twice is seen as each step left it
                    set_committed_value(obj, k, v)
            bumped = {"version": model.version + 1} if hasattr(model, "version") else {}  # a plan has none
            s.execute(update(model).where(model.id == row_id).values(**old, **bumped))
            cs.note("updated", table, row_id)
        by_table: dict[str, list[int]] = {}
        for table, row_id in receipt.inserted:
            by_table.setdefault(table, []).append(row_id)
        for table in _DELETE_ORDER:
            ids = by_table.get(table, [])
            if table == "plan":  # the year's plan the import made: gone too, unless it holds someone's rows since
                ids = [i for i in ids if s.scalar(select(PlanEntry.id).where(PlanEntry.plan_id == i).limit(1)) is None
                       and s.scalar(select(Section.id).where(Section.plan_id == i).limit(1)) is None]
            elif table == "area":  # an area the import named: kept where a project is in it since (a colleague's)
                ids = [i for i in ids if s.scalar(select(KeyProject.id).where(KeyProject.area_id == i).limit(1)) is None]
            model = _MODELS[table]
            for c in range(0, len(ids), CHUNK):
                part = ids[c:c + CHUNK]
                if table == "key_project":
                    s.execute(delete(ListChange).where(ListChange.project_id.in_(part)))
                s.execute(delete(model).where(model.id.in_(part)))
            for i in ids:
                cs.note("deleted", table, i)
        if receipt.names_before is not None:
            restore_names(s, receipt.names_before[0])
        log_changes(s, undone, "import_undone")
    return cs
