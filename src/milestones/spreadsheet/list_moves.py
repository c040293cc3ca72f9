"""A 名单调整表's rows: the projects it puts on the year's list (调入) or takes off it (调出), and those it renames.

What says a row's move, first to last: its 调整 column ("调出", "新增"), the heading it is under ("一、调出项目", through
the zone headings below it), the table's title ("2024年区级重点项目调出名单"). A row joining the list is a record
that carries its move's reason (调整原因) and day (调整时间) to the store; a row leaving it is no record but
:attr:`Table.leaving`, which the import takes off the list. A 调整 column's other words ("调整开工时间") stay in the
notes; a renamed project ("原项目名称 | 调整后项目名称") carries its former name, by which the store finds it.
"""
from __future__ import annotations

from typing import Any

from ..domain.quarter import QuarterParseError
from ..domain.schedule_cell import parse_schedule_cell
from .cells import NO_DATE, REASON_NOTE, norm, noted, text_of
from .grid import column_letter
from .project_columns import Columns
from .project_names import leaving_said, move_word, title_move
from .table import Problem, Table
from .zones import heading_name

__all__ = ["read_moves", "moves_on_records", "leaving_rows"]

Records = list[tuple[int, dict[str, Any]]]

_RENAMED = {"更名", "项目更名", "名称变更", "变更名称", "名称调整", "调整名称"}  # said by the names beside (name_before)


def read_moves(cols: Columns, names: list[str | None], notes: list[str | None], row_move: list[str | None] | None,
               title: str | None) -> tuple[list[str | None], dict[int, str]]:
    """Each row's move (调入, 调出 or None) and, by row, the reason the table gives for it (调整原因, 调出原因…: the
    move's, not a note — a table exported and read back grew one). A row leaving the list is said and dropped
    (`leaving_said`); ``notes`` takes the 调整 column's words that are no move, and a reason where the row makes none."""
    moves = _column_moves(cols, notes)
    if row_move and any(row_move):  # "一、调出项目（3个）" over its rows, or over "（一）东部片区" and theirs
        for k, c in enumerate(row_move):
            if c and not moves[k]:
                moves[k] = move_word(c)
                if moves[k] == "调出" and not cols.dropped[k] and not cols.bad[k]:
                    leaving_said(cols, k, names[k], heading_name(norm(c)))
    if (by_title := title_move(title)) is not None:  # "2024年重点项目调出名单": every row leaves the list
        for k in range(cols.n):
            if not moves[k] and names[k]:
                moves[k] = by_title
                if by_title == "调出" and not cols.dropped[k] and not cols.bad[k]:
                    leaving_said(cols, k, names[k], by_title)
    reasons: dict[int, str] = {}
    if cols.has("adjust_reason"):  # "调整原因" of a list revised mid-year, after what the 备注 says
        for k, why in enumerate(cols.text("adjust_reason")):
            if why and norm(why) not in NO_DATE and norm(why) != "无":
                if moves[k] or k in cols.leaving:  # (a row leaving the list gives its move's reason too)
                    reasons[k] = why
                else:
                    notes[k] = noted(notes[k], REASON_NOTE + why)
    return moves, reasons


def moves_on_records(cols: Columns, moves: list[str | None], reasons: dict[int, str], records: Records) -> None:
    """What a record carries of its move to the store: the reason (``list_reason``) and the day (``list_date``, ISO:
    a project the import puts on the list is put on it that day), and the former name of a project renamed
    (``name_before``)."""
    for k, record in records if reasons else ():
        if k in reasons:
            record["list_reason"] = reasons[k]
    if cols.has("moved_on"):
        days = cols.raw("moved_on")
        for k, record in records:
            if moves[k] and (day := _day_of(cols, k, days[k])):
                record["list_date"] = day
    if cols.has("name_before"):  # "原项目名称 | 调整后项目名称": the store finds a renamed project by its former name
        former = cols.text("name_before")
        for k, record in records:
            if former[k] and norm(former[k]) != norm(record["name"] or ""):
                record["name_before"] = former[k]


def leaving_rows(table: Table, cols: Columns, names: list[str | None], codes: list[str | None], rows: list[int],
                 reasons: dict[int, str]) -> None:
    """The projects the rows mark as leaving the list, into ``table.leaving``: each with the reason (``reasons`` by
    row) and the day (调整时间) the table gives, for the import's move off the list."""
    days = cols.raw("moved_on") if cols.has("moved_on") else None
    for k in sorted(cols.leaving):
        if not names[k]:
            continue
        table.leaving.append({"name": names[k], "code": codes[k], "reason": reasons.get(k),
                              "date": _day_of(cols, k, days[k]) if days else None, "row": rows[k] + 1})


def _column_moves(cols: Columns, notes: list[str | None]) -> list[str | None]:
    """Each row's move in a 名单调整表's 调整 column: 调入 or 调出 (a word of either: 新增, 移出…), else None. Other
    words there ("调整开工时间", what a revised list changed) are no move: kept in the 备注 with the column's name."""
    if not cols.has("list_change"):
        return [None] * cols.n
    header = norm(cols.layout.columns["list_change"].header)
    moves = cols.text("list_change")
    for k, said in enumerate(moves):
        if said and (move := move_word(said)) is None and norm(said) not in _RENAMED:
            notes[k] = noted(notes[k], f"{header}：{said}")
        moves[k] = move if said else None
    return moves


def _day_of(cols: Columns, k: int, v: Any) -> str | None:
    """The day (ISO) of a move a 调整时间 cell gives; a cell that is no day is said, and the import's day stands."""
    if v in (None, ""):
        return None
    try:
        day = parse_schedule_cell(v, cols.layout.year).date
    except QuarterParseError:
        day = None
    if day is None:  # (said for a row leaving the list too, which has no record: Columns.report passes those)
        col = cols.layout.columns["moved_on"]
        cols.problems.append((k, Problem(cols.sheet.name, cols.rows[k] + 1, column_letter(col.index), text_of(v),
                                         "不是日期，应为如 2024-07-01；按导入当天记录调整", "warning")))
    return day and day.isoformat()
