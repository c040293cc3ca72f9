"""The merged cells of a header a CSV could not keep.

A table saved as CSV (from Excel, WPS or LibreOffice) keeps a merged cell's text in its
first cell and leaves the others blank: "2024年分季度投资" over eight blank cells, "一季度"
over two, "序号" over two blank rows. Read as it is, the header falls apart: a group heading
heads one column, the rows under it look like data or a row of units. This module puts the
merges back, from the shape a merged header leaves, so that a CSV reads as the workbook
it was saved from.
"""
from __future__ import annotations

import re
from typing import Any

from .cells import norm
from .grid import Sheet

Merge = tuple[int, int, int, int]  # r0, c0, r1, c1 inclusive, as Sheet.merged

# a heading that is a year alone: "2023", "2023年", "2023年度"
YEAR_HEADING = re.compile(r"(19|20)\d{2}年?度?")
_NUMBER_TEXT = re.compile(r"[-+]?\d{1,3}(,\d{3})+(\.\d+)?%?|[-+]?\d+(\.\d+)?%?")


def looks_like_data(sheet: Sheet, r: int, width: int) -> bool:
    """A row with several numbers is data, not a second header row; in a CSV the numbers are
    text ("1550", "1,631.3"), a year under a heading ("2023", "2023年") is not one."""
    nums = 0
    for c in range(width):
        v = sheet.cell(r, c)
        if isinstance(v, (int, float)) and not isinstance(v, bool) or \
                type(v) is str and _NUMBER_TEXT.fullmatch(norm(v)) and not YEAR_HEADING.fullmatch(norm(v)):
            nums += 1
    return nums >= 2


def _blank(v: Any) -> bool:
    return v is None or type(v) is str and not v.strip()


def header_merges(sheet: Sheet, h: int, width: int, is_name) -> tuple[list[Merge], int]:
    """The merges a header starting at row ``h`` had before it was saved as CSV, and how many
    rows the header has.

    A row under the header is a row of it when something is typed under a group heading,
    beside its first column ("目标" over "2023年", the blank cell beside it over "2024年"),
    nothing is typed under a blank heading or under the name heading (merged down over the
    header, it is blank there), and it is no data row. Then each group heading spans its
    blank cells up to the last column with a heading under it, and each heading with nothing
    under it spans down the header. A name heading ("指标名称") followed by a blank heading
    over a column of names, blank in its own column beside some of them, spans both: a group
    and its indicators beside it, as ``layout._two_level_names`` reads them (a column of units
    beside the names stays apart: ``layout._unheaded_units``)."""
    rows = [[sheet.cell(r, c) for c in range(width)] for r in range(h, min(h + 3, sheet.height))]
    if sum(1 for v in rows[0] if not _blank(v)) < 2:
        return [], 0  # a title, or "单位：万元": one cell, no header
    block = 1
    while block < len(rows):
        upper, lower = rows[block - 1], rows[block]
        typed = [c for c in range(width) if not _blank(lower[c])]
        groups = _groups(upper, width)
        inside = any(g0 < c <= g1 for c in typed for g0, g1 in groups)
        under_nothing = any(_blank(upper[c]) and not any(g0 < c <= g1 for g0, g1 in groups) for c in typed)
        named = any(not _blank(rows[0][c]) and is_name(norm(rows[0][c])) for c in typed)
        if not inside or under_nothing or named or looks_like_data(sheet, h + block, width):
            break  # a row naming a project or a task is a record, whatever is typed beside it
        block += 1
    merges: list[Merge] = []
    for k in range(block - 1):
        below = [any(not _blank(rows[j][c]) for j in range(k + 1, block)) for c in range(width)]
        for g0, g1 in _groups(rows[k], width):
            last = max((c for c in range(g0, g1 + 1) if below[c]), default=g0)
            if last > g0:
                merges.append((h + k, g0, h + k, last))
    across = {(r0, c) for r0, c0, _, c1 in merges for c in range(c0, c1 + 1)}
    for k in range(block - 1):
        for c in range(width):
            alone = all(_blank(rows[j][c]) for j in range(k + 1, block))
            if not _blank(rows[k][c]) and (h + k, c) not in across and alone:
                merges.append((h + k, c, h + block - 1, c))
    if block == 1:
        merges += _name_over_two_columns(sheet, h, rows[0], width, is_name)
    return merges, block


def _groups(row: list[Any], width: int) -> list[tuple[int, int]]:
    """Each heading followed by blank cells, with the columns it would span."""
    out = []
    for c in range(width - 1):
        if not _blank(row[c]) and _blank(row[c + 1]):
            end = c + 1
            while end + 1 < width and _blank(row[end + 1]):
                end += 1
            out.append((c, end))
    return out


def _name_over_two_columns(sheet: Sheet, h: int, header: list[Any], width: int, is_name) -> list[Merge]:
    for c in range(width - 1):
        if _blank(header[c]) or not _blank(header[c + 1]) or not is_name(norm(header[c])):
            continue
        rows = range(h + 1, min(sheet.height, h + 200))
        texts = [v for v in (sheet.cell(r, c + 1) for r in rows) if not _blank(v)]
        # the group typed once over its indicators leaves its column blank beside them (a column of
        # units beside the names, "%" | "万人", is no second level of names)
        under_a_group = any(_blank(sheet.cell(r, c)) and not _blank(sheet.cell(r, c + 1)) for r in rows)
        if texts and under_a_group and all(type(v) is str and not _NUMBER_TEXT.fullmatch(norm(v)) for v in texts):
            return [(h, c, h, c + 1)]
    return []
