"""Dates written day and month before the year ("3/15/2024", "15/03/2024"), as a CSV saved by Excel set to another
country's dates has them: which comes first is read from the column's own dates, one day over 12 at least saying it,
and the column's other dates ("2/5/2024") are read the same way (alone, each was refused as either)."""
from __future__ import annotations

import re
from operator import itemgetter

from .grid import Sheet, column_letter
from .layout import Layout

_DAY_MONTH = re.compile(r"\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*")
# the columns of dates: a project's planned and actual ends (one, or both in one cell), a task's deadline
_DATE_FIELDS = ("start", "completion", "actual_start", "actual_completion", "span", "quarter")


def day_month_order(sheet: Sheet, layout: Layout) -> None:
    rows, start = sheet.rows, layout.data_start
    for fld in _DATE_FIELDS:
        col = layout.columns.get(fld)
        if col is None:
            continue
        c = col.index
        body = rows[start:]
        try:  # (in C: a column of 50,000 dates holds a few hundred distinct ones, each looked at once)
            distinct = set(map(itemgetter(c), body))
        except IndexError:  # a row shorter than the others
            distinct = {row[c] for row in body if c < len(row)}
        found = {v: m for v in distinct if type(v) is str and (m := _DAY_MONTH.fullmatch(v))}
        month_first = any(int(m.group(2)) > 12 for m in found.values())
        day_first = any(int(m.group(1)) > 12 for m in found.values())
        if month_first == day_first:  # no date says, or they disagree: each is read alone
            continue
        read = {}
        for v, m in found.items():
            first, second, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
            month, day = (first, second) if month_first else (second, first)
            if 1 <= month <= 12 and 1 <= day <= 31:
                read[v] = f"{year}-{month:02d}-{day:02d}"
        for row in body:
            if c < len(row) and row[c] in read:
                row[c] = read[row[c]]
        example = next(v for v, m in found.items() if int(m.group(2 if month_first else 1)) > 12)
        layout.notes.append(f"第{column_letter(c)}列的日期先写{'月' if month_first else '日'}、"
                            f"后写{'日' if month_first else '月'}（如“{example.strip()}”），按此读取")
