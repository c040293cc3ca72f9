"""A key-project table's quarter columns: planned and actual investment, 形象进度,
and the quarter's goal.

The quarterly report is what an office collects from owners every quarter
("一季度完成投资", "一季度形象进度"). Imported into :class:`QuarterInvestment`
(one row per project and quarter) and :class:`ProgressNote` (one note per
project and quarter). A quarterly plan's goal ("一季度形象进度目标：完成桩基")
is a :class:`Milestone` planned in that quarter, marked :data:`GOAL` so that a
new plan replaces it rather than adding another. An empty cell leaves what the
database has: a report that gives only the actual investment does not erase
the planned one.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.quarter import Quarter
from .import_rows import CHUNK, Receipt, insert_new, record_update, same_value
from .schema import QUARTER_GOAL as GOAL
from .schema import Milestone, ProgressNote, QuarterInvestment

PARTS = ("planned", "actual")


def change_key(quarter: str, part: str) -> str:
    """The diff's name for one quarter value: "quarter:2024Q1:actual"."""
    return f"quarter:{quarter}:{part}"


def _existing(s: Session, pids: list[int]) -> tuple[dict, dict, dict]:
    """(project, quarter index) → its investment row, its latest note, its goal."""
    investments: dict[tuple[int, int], QuarterInvestment] = {}
    notes: dict[tuple[int, int], ProgressNote] = {}
    goals: dict[tuple[int, int], Milestone] = {}
    for c in range(0, len(pids), CHUNK):
        part = pids[c:c + CHUNK]
        for row in s.scalars(select(QuarterInvestment).where(QuarterInvestment.project_id.in_(part))):
            investments[(row.project_id, row.quarter.index)] = row
        for note in s.scalars(select(ProgressNote).where(ProgressNote.project_id.in_(part),
                                                         ProgressNote.quarter.is_not(None))
                              .order_by(ProgressNote.id)):
            notes[(note.project_id, note.quarter.index)] = note  # the latest wins
        for goal in s.scalars(select(Milestone).where(Milestone.project_id.in_(part), Milestone.note == GOAL,
                                                      Milestone.planned_quarter.is_not(None))
                              .order_by(Milestone.id)):
            goals[(goal.project_id, goal.planned_quarter.index)] = goal
    return investments, notes, goals


def _parts_fill_only(pid: int, rec: dict[str, Any], investments: dict) -> dict[str, dict[str, Any]]:
    """The record's quarters; for a package whose quarters' figures are its parts' sums ("quarters" in
    "figures_from_parts"), without those figures where the project holds a figure in any quarter: the planner's own
    are never overwritten by a sum (the package's own goals and progress stand)."""
    quarters = rec["quarters"]
    if "quarters" not in (rec.get("figures_from_parts") or ()):
        return quarters
    for q in quarters:
        row = investments.get((pid, Quarter.parse(q).index))
        if row is not None and (row.planned is not None or row.actual is not None):
            return {q: {**v, "planned": None, "actual": None} for q, v in quarters.items()}
    return quarters


def _own_figures(pid: int, quarters: dict[str, dict[str, Any]], investments: dict,
                 repeated: list[str] | None = None,
                 disagreeing: list[tuple[str, float, float, float]] | None = None) -> dict[str, dict[str, Any]]:
    """The record's quarters with each running total ("1-6月完成投资" = ``to_date``
    of 2024Q2) turned into that quarter's own actual: the total less the earlier
    quarters of the year, as the same file gives them or else as the database
    has them. A negative result is kept: it corrects an earlier figure, and the
    total to date is what the report states.

    A total that only repeats the earlier quarters, for a quarter the database holds no figure of, is
    no report of that quarter (a table sent round and returned untouched; the 推进情况表 states the
    total to date of a project yet to report): the quarter stays unreported, not 0 — else the
    projects to chase would read as having reported. Such quarters are added to ``repeated``.

    A quarter given with its own figure and the total beside it ("三季度 | 1-9月累计") takes its own figure; where
    the earlier quarters are all known and the sum is not the total, (quarter, total, earlier, own) is added to
    ``disagreeing``: a figure typed wrong, in the report or before it."""
    if not any(v.get("to_date") is not None for v in quarters.values()):
        return quarters
    out = {q: dict(v) for q, v in quarters.items()}
    for q, values in sorted(out.items()):
        total = values.get("to_date")
        if total is None:
            continue
        quarter = Quarter.parse(q)
        earlier, any_earlier, all_earlier = 0.0, False, True
        for k in range(1, quarter.q):
            before = str(Quarter(quarter.year, k))
            given = out.get(before, {}).get("actual")
            if given is None:
                row = investments.get((pid, Quarter(quarter.year, k).index))
                given = row.actual if row is not None else None
            earlier += given or 0.0
            any_earlier = any_earlier or given is not None
            all_earlier = all_earlier and given is not None
        own = values.get("actual")
        if own is not None:
            if all_earlier and disagreeing is not None and abs(earlier + own - total) > max(0.005, abs(total) * 0.005):
                disagreeing.append((q, total, round(earlier, 6), own))
            continue
        own = round(total - earlier, 6)
        held = investments.get((pid, quarter.index))
        if own == 0 and any_earlier and (held is None or held.actual is None):
            if repeated is not None:
                repeated.append(q)
            continue
        values["actual"] = own
    return out


def quarter_changes(s: Session, matched: dict[int, int], records: list[dict[str, Any]],
                    repeated: dict[int, list[str]] | None = None,
                    disagreeing: dict[int, list[tuple[str, float, float, float]]] | None = None) -> dict[int, dict]:
    """Per record index, what its quarter columns would change: key → (old, new); into ``repeated``,
    per record index, the quarters whose running total only repeats the earlier ones (not written); into
    ``disagreeing`` those whose own figure and the earlier quarters do not add up to the total beside it."""
    with_quarters = {i: pid for i, pid in matched.items() if records[i].get("quarters")}
    if not with_quarters:
        return {}
    investments, notes, goals = _existing(s, sorted(set(with_quarters.values())))
    out: dict[int, dict] = {}
    for i, pid in with_quarters.items():
        ch = {}
        same: list[str] = []
        odd: list[tuple[str, float, float, float]] = []
        for q, values in _own_figures(pid, _parts_fill_only(pid, records[i], investments), investments, same,
                                      odd).items():
            index = Quarter.parse(q).index
            row = investments.get((pid, index))
            for part in PARTS:
                new = values.get(part)
                old = getattr(row, part) if row is not None else None
                if new is not None and not same_value(old, new):
                    ch[change_key(q, part)] = (old, new)
            text = values.get("progress")
            note = notes.get((pid, index))
            if text and (note is None or note.text != text):
                ch[change_key(q, "progress")] = (note.text if note else None, text)
            aim = values.get("goal") or ""  # kept whole: a milestone's name is TEXT (database 0003)
            goal = goals.get((pid, index))
            if aim and (goal is None or goal.name != aim):
                ch[change_key(q, "goal")] = (goal.name if goal else None, aim)
        if ch:
            out[i] = ch
        if same and repeated is not None:
            repeated[i] = same
        if odd and disagreeing is not None:
            disagreeing[i] = odd
    return out


def apply_quarters(s: Session, pairs: list[tuple[int, dict[str, Any]]], receipt: Receipt, *,
                   new_projects: bool) -> None:
    """Write the quarter values of ``pairs`` (project id, record). Projects the
    import has just created have nothing to compare with: their rows go in
    bulk, as the projects did."""
    pairs = [(pid, rec) for pid, rec in pairs if rec.get("quarters")]
    if not pairs:
        return
    investments, notes, goals = ({}, {}, {}) if new_projects else _existing(s, sorted({pid for pid, _ in pairs}))
    conn = s.connection()
    sqlite = conn.dialect.name == "sqlite"
    now = dt.datetime.now(dt.timezone.utc)
    now_v = now.strftime("%Y-%m-%d %H:%M:%S.%f") if sqlite else now
    new_investments: list[tuple] = []
    new_notes: list[tuple] = []
    new_goals: list[tuple] = []
    for pid, rec in pairs:
        touched = False
        for q, values in _own_figures(pid, _parts_fill_only(pid, rec, investments), investments).items():
            index = Quarter.parse(q).index
            given = {part: values[part] for part in PARTS if values.get(part) is not None}
            row = investments.get((pid, index))
            if given and row is None:
                new_investments.append((pid, index, given.get("planned"), given.get("actual"), now_v))
                touched = True
            elif given:
                changed = {k: v for k, v in given.items() if not same_value(getattr(row, k), v)}
                if changed:
                    record_update(receipt, "quarter_investment", row, changed)
                    touched = True
            text = values.get("progress")
            if text:
                note = notes.get((pid, index))
                if note is None:
                    new_notes.append((pid, index, text, now_v))
                    touched = True
                elif note.text != text:
                    record_update(receipt, "progress_note", note, {"text": text})
                    touched = True
            aim = values.get("goal") or ""
            if aim:
                goal = goals.get((pid, index))
                if goal is None:
                    new_goals.append((pid, aim, index, index, GOAL, now_v))
                    touched = True
                elif goal.name != aim:
                    record_update(receipt, "milestone", goal, {"name": aim})
                    touched = True
        if touched and not new_projects:
            receipt.changes.note("updated", "key_project", pid)
    insert_new(s, receipt, QuarterInvestment.__table__, "quarter_investment",
               ("project_id", "quarter", "planned", "actual", "updated_at"), new_investments)
    insert_new(s, receipt, ProgressNote.__table__, "progress_note",
               ("project_id", "quarter", "text", "updated_at"), new_notes)
    insert_new(s, receipt, Milestone.__table__, "milestone",
               ("project_id", "name", "sort_order", "planned_quarter", "note", "updated_at"), new_goals)
    s.flush()
