"""A year's planned investment by quarter, written in one cell: "一季度0.5；二季度1；三季度1；四季度0.5" under
"分季度投资计划（亿元）", a line a quarter, or the four figures alone in order ("0.5/1/1/0.5"). The column was read
as a second 年度计划投资 and dropped; each quarter's planned investment now, as quarter columns give it."""
from __future__ import annotations

import re
from typing import Any

from .cells import NO_DATE, memo, nfkc, number_cell
from .project_columns import Columns

FIELD = "planned_by_quarter"  # (its headings: headings.SYNONYMS; a quarter's own column is a quarter field)

_QUARTER = re.compile(r"(?:第?([一二三四1-4])季度|[Qq]([1-4]))\s*[:：]?\s*(?:计划|投资|完成)*\s*")
_FIGURE = re.compile(r"-?\d+(?:\.\d+)?(?:\s*[亿万]元?)?")
_APART = re.compile(r"[；;，,、/／\s]+")
_NUMBERS = "一二三四"


def quarters_planned(cols: Columns, year: int, records: list[tuple[int, dict[str, Any]]]) -> None:
    """Each record's quarters' planned investment from the cell, where no quarter column gives it; a cell that
    reads as neither is said at its row."""
    col = cols.layout.columns[FIELD]
    read = memo(lambda v: _amounts(v, col.scale), cols.raw(FIELD))
    for k, rec in records:
        cell = cols.raw(FIELD)[k]
        got = read[k]
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
    out: dict[int, float] = {}
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
        return out if len(out) == len(named) else None
    pieces = [p for p in _APART.split(text) if p]
    if len(pieces) == 4 and all(_FIGURE.fullmatch(p) for p in pieces):  # "0.5/1/1/0.5": the four in order
        return {n: _in_yi(p, scale) for n, p in enumerate(pieces, 1)}
    return None


def _in_yi(figure: str, scale: float) -> float:
    """The figure in 亿元: its own unit where it says one ("3000万"), else the column's."""
    value, _, _ = number_cell(figure, scale, money=True)
    return value if value is not None else 0.0
