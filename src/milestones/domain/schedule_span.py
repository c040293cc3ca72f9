"""A cell giving a span ("2024.3-2025.12", "2024年一至三季度", "开工：…竣工：…"): its start and its end, each as
:func:`.schedule_cell.parse_schedule_cell` reads one."""
from __future__ import annotations

import re

from .nature import nature_word_in
from .plain_text import normalise_text
from .quarter import QUARTER_DIGITS, Quarter, QuarterParseError
from .schedule_cell import ScheduleCell, parse_schedule_cell
from .schedule_words import bare_year

__all__ = ["parse_schedule_span", "end_of_span", "span_start_year"]


_SPAN_SEPARATOR = re.compile(r"至|到|~|～|—+|–|－{1,2}|--|[,，;；、]")
# two quarters of one year: "2024年二至三季度", "2024年二、三季度", "2024年第2-3季度" (cut at "-", "2024年2" read as
# February)
_QUARTERS_OF_A_YEAR = re.compile(r"((?:19|20)\d{2})?年?度?第?([一二三四1-4])(?:季度)?\s*(?:至|到|~|～|—+|–|-|、|和|及)\s*"
                                 r"第?([一二三四1-4])季度")
# the words that say which end of a project a date is
_STARTS, _ENDS = "开工|动工|开建|启动", "竣工|完工|建成|投用|投运|完成"
# "2024年3月至今", "2024年3月起": the start, and no end yet
_SINCE = re.compile(r"(?:至今|至今未完工|起|开始|以来)$")
# one end alone, said which: "2024年四季度开工", "2025年底竣工"
_ONE_END = re.compile(rf"({_STARTS})$|({_ENDS})$")


def parse_schedule_span(value: object, year: int | None = None) -> tuple[ScheduleCell, ScheduleCell]:
    """A start and a completion written in one cell, as a 开竣工时间 column has
    them: "2024.03-2025.12", "2023年四季度—2024年三季度", "2024年6月至12月" (the
    completion may leave out the start's year), "2024年3月开工，2025年底建成".
    A nature word ("续建") alone is the project's nature; a single date is one
    end when its word says which ("2024年四季度开工", "2025年底竣工") and is
    refused otherwise, since it cannot say which end it is."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return ScheduleCell(""), ScheduleCell("")
    text = str(value).strip()
    s = normalise_text(text)
    if nature_word_in(s) is not None:
        return parse_schedule_cell(text), ScheduleCell("")
    stacked = _stacked(text, year)
    if stacked is not None:
        return stacked
    two = _QUARTERS_OF_A_YEAR.fullmatch(s)
    if two and (two.group(1) or year):  # "二至三季度": of the table's year
        y, a, b = int(two.group(1) or year), QUARTER_DIGITS[two.group(2)], QUARTER_DIGITS[two.group(3)]
        if b < a:
            raise QuarterParseError(text, "完工早于开工")
        return tuple(ScheduleCell(Quarter(y, q).label_zh, Quarter(y, q)) for q in (a, b))
    since = _SINCE.search(s)
    if since and since.start() > 0:  # "2024年3月至今", "2024年3月起": begun, the end not said
        left = s[:since.start()]
        try:
            start = parse_schedule_cell(left, year)
        except QuarterParseError:
            start = None
        if start is not None:
            if start.quarter and re.fullmatch(r"\d{4}年?度?", left):
                start = ScheduleCell(start.text, Quarter(start.quarter.year, 1))  # "2023年起": from its beginning
            return start, ScheduleCell("")
    # (a span is a few words long: a whole paragraph in the cell was cut at each of its thousands of dashes and each
    # half read, in time as the square of its length)
    cuts = [(m.start(), m.end()) for m in _SPAN_SEPARATOR.finditer(s)] if len(s) <= _LONGEST_SPAN else []
    cuts += [(i, i + 1) for i, ch in enumerate(s) if ch == "-"] if len(s) <= _LONGEST_SPAN else []
    if ("年" in s or "." in s) and len(s) <= _LONGEST_SPAN:
        # "2024年3月/2025年12月", "2024.3/2025.12"; in a date written with "/" ("2024/3") it is the date's own
        cuts += [(i, i + 1) for i, ch in enumerate(s) if ch == "/"]
    for a, b in cuts:
        left, right = s[:a], s[b:]
        if not left or not right:
            continue
        if re.fullmatch(r"\d{1,2}", right) and re.fullmatch(r"\d{4}[./]\d{1,2}", left):
            right += "月"  # "2024.3-12": March to December of that year (alone, "2024.03-12" is a day)
        elif re.fullmatch(r"\d{1,2}", left) and re.fullmatch(r"\d{1,2}月.*", right):
            left += "月"  # "6-9月", "6至9月底": June to September of the table's year (as "2024年6-9月" is)
        try:
            start = parse_schedule_cell(left, year)
            begun = start.quarter.year if start.quarter else start.year or year
            end = parse_schedule_cell(right, begun)
        except QuarterParseError:
            continue
        if start.quarter and re.fullmatch(r"\d{4}年?度?", left):
            # "2024-2026": a span from a year runs from its beginning (alone, a year is its end, a deadline)
            start = ScheduleCell(start.text, Quarter(start.quarter.year, 1))
        if start.quarter and end.quarter and end.quarter < start.quarter:
            raise QuarterParseError(text, "完工早于开工")
        if re.fullmatch(r"\d{4}年\d{1,2}", left) and right.endswith("月"):
            start = ScheduleCell(f"{left}月", start.quarter, start.date)  # "2024年3-6月": the start is March
        elif start.quarter and re.fullmatch(r"\d{1,2}月", left):
            start = ScheduleCell(f"{start.quarter.year}年{left}", start.quarter, start.date)  # "6-9月": 2024年6月
        if end.quarter and start.quarter and not re.match(r"\d{4}", right):  # "2024年3-6月": the end is 2024年6月
            end = ScheduleCell(f"{end.quarter.year}年{right.removeprefix('年')}", end.quarter, end.date, end.nature)
        return start, end
    one = _ONE_END.search(s)
    if one:
        try:
            cell = parse_schedule_cell(text, year)  # the word is a deadline's: "…开工" reads as its quarter
        except QuarterParseError:
            cell = None
        if cell is not None:
            return (cell, ScheduleCell("")) if one.group(1) else (ScheduleCell(""), cell)
    raise QuarterParseError(text, "应为起止时间，如 2024.03-2025.12、2024年一季度至2025年四季度")


_LONGEST_SPAN = 100
# "开工：2024年3月" on a line of its own: the label says which end
_END_LABEL = re.compile(rf"^(?:计划|预计)?(?:({_STARTS})|({_ENDS}))(?:时间|日期|年月)?[:：]")


def _stacked(text: str, year: int | None) -> tuple[ScheduleCell, ScheduleCell] | None:
    """Two dates one above the other in a cell (Alt+Enter) or apart by spaces:
    "2024年3月⏎2025年12月", "开工：2024年3月⏎竣工：2025年12月"; None when the cell is not that."""
    parts = text.split()  # a line break, spaces or full-width spaces between them
    if len(parts) != 2 or not all(re.search(r"\d{4}", normalise_text(p)) for p in parts):
        return None  # each its own date with its year: "2024年 3月" is one date with a stray space
    labels = [_END_LABEL.match(normalise_text(p)) for p in parts]
    cells = []
    for part, label in zip(parts, labels):
        try:
            cells.append(parse_schedule_cell(part[label.end():] if label else part, year))
        except QuarterParseError:
            return None
    if labels[0] and labels[0].group(2) and labels[1] and labels[1].group(1):
        cells.reverse()  # "竣工：…⏎开工：…"
    start, end = cells
    if start.quarter and end.quarter and end.quarter < start.quarter:
        raise QuarterParseError(text, "完工早于开工")
    return start, end


def end_of_span(value: object, year: int | None, end: str) -> Quarter | None:
    """A span written where one end of a project is asked for ("2024年3-6月", "2024年二、三季度" as its start): the
    span's first quarter for ``end`` "start", its last for "completion" — the same whether the span says when the
    start falls or is the whole span typed in the wrong column; "2024年3月起" is a start with no end. None where
    ``value`` gives no such end."""
    try:
        first, last = parse_schedule_span(value, year)
    except QuarterParseError:
        return None
    return first.quarter if end == "start" else last.quarter


def span_start_year(value: object, year: int | None = None) -> int | None:
    """The year a span begins with where it names no more of it ("2024-2026", "2023年起"): as a planned start it is
    that year, its quarter not said, as a bare year in a start column is (see :func:`bare_year`). None otherwise."""
    try:
        first, _ = parse_schedule_span(value, year)
    except QuarterParseError:
        return None
    return bare_year(first.text) if first.quarter else None
