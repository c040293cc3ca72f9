"""Several tables on one sheet: 附件1 above 附件2, as an office pastes its
attachments one under another. Each is read as a table of its own."""
from __future__ import annotations

import re

from .read import Sheet

__all__ = ["tables_in"]

_ANNEX_ROW = re.compile(r"^\s*附\s*件\s*[0-9０-９一二三四五六七八九十]+\s*[:：]?\s*$")


def tables_in(sheet: Sheet) -> list[Sheet]:
    """``sheet`` as one sheet per table it holds. A row with nothing but "附件N" below
    some rows of a table starts the next one. Each part keeps the sheet's row numbers
    (rows above it are empty), so a problem still names the row the planner sees."""
    starts = [r for r in _annex_rows(sheet) if _filled_rows(sheet, r) >= 3]
    if not starts:
        return [sheet]
    bounds = list(zip([0, *starts], [*starts, sheet.height]))
    return [_part(sheet, a, b) for a, b in bounds if _filled_rows(sheet, b, a) > 0]


def _annex_rows(sheet: Sheet) -> list[int]:
    found = []
    for r, row in enumerate(sheet.rows):
        # a quick look first: tens of thousands of data rows start with a number (序号) or a name
        first = row[0] if row else None
        if first is None or first == "":
            first = next((v for v in row[1:3] if v not in (None, "")), None)
        if type(first) is not str or "附" not in first or not _ANNEX_ROW.match(first):
            continue
        if sum(1 for v in row if v not in (None, "")) == 1:
            found.append(r)
    return found


def _filled_rows(sheet: Sheet, end: int, start: int = 0) -> int:
    return sum(1 for row in sheet.rows[start:end] if any(v not in (None, "") for v in row))


def _part(sheet: Sheet, a: int, b: int) -> Sheet:
    annex = re.sub(r"[\s:：]", "", str(next((v for v in sheet.rows[a] if v not in (None, "")), "")))
    name = f"{sheet.name}（{annex}）" if a else sheet.name
    inside = lambda r: a <= r < b  # noqa: E731
    return Sheet(
        name, [[] for _ in range(a)] + sheet.rows[a:b],
        [m for m in sheet.merged if inside(m[0]) and inside(m[2])],
        [w for w in sheet.warnings if inside(w[0])],
        {k: v for k, v in sheet.errors.items() if inside(k[0])},
        {k for k in sheet.percent if inside(k[0])},
        hidden_rows={r for r in sheet.hidden_rows if inside(r)}, hidden_columns=sheet.hidden_columns,
    )
