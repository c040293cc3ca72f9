"""A year's planned investment by quarter, written in one cell: "一季度0.5；二季度1；三季度1；四季度0.5" under
"分季度投资计划（亿元）", a line a quarter, or the four figures alone in order ("0.5/1/1/0.5"). The column was read
as a second 年度计划投资 and dropped; each quarter's planned investment now, as quarter columns give it."""
from __future__ import annotations

import re
from typing import Any

from .cells import NO_DATE, memo, nfkc, number_cell
from .grid import column_letter
from .layout import Layout
from .project_columns import Columns
from .table import Problem

FIELD = "planned_by_quarter"  # (its headings: headings.SYNONYMS; a quarter's own column is a quarter field)

_QUARTER = re.compile(r"(?:第?([一二三四1-4])季度|[Qq]([1-4]))\s*[:：]?\s*(?:计划|投资|完成)*\s*")
_FIGURE = re.compile(r"-?\d+(?:\.\d+)?(?:\s*[亿万]元?)?")
_APART = re.compile(r"[；;，,、/／\s]+")
_NUMBERS = "一二三四"


def quarters_planned(cols: Columns, year: int, records: list[tuple[int, dict[str, Any]]]) -> None:
    """Each record's quarters' planned investment from the cell, where no quarter column gives it; a cell that
    reads as neither is said at its row."""
    col = cols.layout.columns[FIELD]
    cells = cols.raw(FIELD)  # (once: each call copies the column)
    read = memo(lambda v: _amounts(v, col.scale), cells)
    for k, rec in records:
        cell, got = cells[k], read[k]
        if got is None:
            if cell not in (None, "") and not (type(cell) is str and nfkc(cell).strip() in NO_DATE):
                cols.report(k, FIELD, cell, "读不出各季度的计划投资（应为如“一季度0.5；二季度1；三季度1；四季度0.5”）：未导入",
                            "warning")
            continue
        quarters = rec.setdefault("quarters", {})
        for n, amount in got.items():
            q = quarters.setdefault(f"{year}Q{n}", {"planned": None, "actual": None, "progress": None})
            if q.get("planned") is None:
                q["planned"] = amount


def _amounts(v: Any, scale: float) -> dict[int, float] | None:
    """{quarter: 亿元} of a cell, or None where it is not such a list."""
    if type(v) is not str:
        return None
    text = nfkc(v).strip()
    named = list(_QUARTER.finditer(text))
    out: dict[int, float | None] = {}
    if named:
        ends = [m.start() for m in named[1:]] + [len(text)]
        for m, end in zip(named, ends):
            n = int(m.group(2)) if m.group(2) else _NUMBERS.index(m.group(1)) + 1 if m.group(1) in _NUMBERS \
                else int(m.group(1))
            said = text[m.end():end].strip(" ；;，,、。/／\n")
            figure = _FIGURE.fullmatch(said)
            if figure is None:
                return None
            out[n] = _in_yi(figure.group(), scale)
        if len(out) != len(named):
            return None  # a quarter named twice: which figure is its own is not said
    else:
        pieces = [p for p in _APART.split(text) if p]
        if len(pieces) != 4 or not all(_FIGURE.fullmatch(p) for p in pieces):
            return None
        out = {n: _in_yi(p, scale) for n, p in enumerate(pieces, 1)}  # "0.5/1/1/0.5": the four in order
    return None if None in out.values() else out  # type: ignore[return-value]


def _in_yi(figure: str, scale: float) -> float | None:
    """The figure in 亿元: its own unit where it says one ("3000万"), else the column's."""
    return number_cell(figure, scale, money=True)[0]


# the year's investment done so far, said inside a report's progress: "1-9月完成投资2.5亿元", "今年以来累计完成投资8000万元"
# (not "开工以来累计完成", which counts earlier years too, nor "累计完成投资" alone)
_DONE_SAID = re.compile(r"(?:1[-—~至到](\d{1,2})月份?|今年以来|年初以来|本年度?|今年|年内)(?:累计)?共?完成(?:年度)?(?:固定资产)?"
                        r"投资额?\s*[:：]?\s*(\d+(?:\.\d+)?)\s*(亿元|万元|亿|万)")


def done_in_words(cols: Columns, layout: Layout, records: list[tuple[int, dict[str, Any]]]) -> None:
    """A report with no column of investment done, its progress saying it ("1-9月完成投资2.5亿元，主体结构完工"): the
    figure is the quarter's running total (``to_date``), as a 1-9月完成投资 column gives it; said once."""
    taken, example, column = 0, None, None
    for fld in sorted(f for f in layout.columns if re.fullmatch(r"q[1-4]_progress", f)):
        n = int(fld[1])
        if f"q{n}_to_date" in layout.columns or f"q{n}_actual" in layout.columns or layout.year is None:
            continue
        key = f"{layout.columns[fld].year or layout.year}Q{n}"
        texts = cols.text(fld)
        for k, rec in records:
            m = _DONE_SAID.search(nfkc(texts[k] or "")) if texts[k] and "投资" in texts[k] else None
            if m is None or m.group(1) and int(m.group(1)) != 3 * n:
                continue  # (the months to another quarter's end: not this quarter's total)
            q = (rec.get("quarters") or {}).get(key)
            if q is None or q.get("to_date") is not None or q.get("actual") is not None:
                continue
            q["to_date"] = float(m.group(2)) * (1e-4 if m.group(3).startswith("万") else 1.0)
            taken, example, column = taken + 1, example or m.group(0), column or layout.columns[fld]
    if taken:
        cols.problems.append((0, Problem(cols.sheet.name, None, column_letter(column.index), "",
                                         f"表中没有完成投资列：{taken}个项目的累计完成投资取自第{column_letter(column.index)}列"
                                         f"“{column.header}”中写的数（如“{example}”）", "info")))
