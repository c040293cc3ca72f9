"""A key-project table's data rows read a column at a time, each distinct cell once, with the problems found
kept by row."""
from __future__ import annotations

import re
from datetime import date
from itertools import zip_longest
from typing import Any

from ..domain.quarter import Quarter
from ..domain.schedule_cell import DATE_REMARK, typed_number
from ..domain.schedule_words import dated_with_words, start_among_steps
from ..domain.target import plain_number
from .cells import (
    EXCEL_ERRORS, SCHEDULE_EXPECTED, clean_column, excel_error, excel_error_said, memo, norm, number_cell,
    schedule_fields, span_fields, span_read, start_fields, text_of, units_column,
)
from .grid import Sheet, column_letter
from .layout import Layout
from .table import Problem

__all__ = ["Columns"]


_A_YEAR = re.compile(r"\d{4}\s*年")  # a year named in a schedule's wording


# "2024.1" (or "24.1") in a CSV: January, or October saved so
def _part_of(v: Any, part: int) -> Any:
    """The figure before (0) or after (1) the slash of a cell holding two ("12/3", "12 ／ 3"); a cell of one figure
    is the first's. A date is what Excel made of "12/3" typed into a cell: its month and its day."""
    if type(v) is str:
        pieces = _SLASH.split(v.strip())
        if len(pieces) == 2:
            return pieces[part] or None
    elif isinstance(v, date):
        return (v.month, v.day)[part]
    return v if part == 0 else None


_SLASH = re.compile(r"\s*[/／]\s*")
_YEAR_DOT_MONTH = re.compile(r"\s*(?:19|20)\d\d\.\d\d?\s*")
_OCTOBER_OR_JANUARY = re.compile(r"\s*(?:(?:19|20)\d\d|[2-3]\d)\.1\s*")


class Columns:
    """The data rows of a sheet read a column at a time.

    A city's schedule has tens of thousands of rows but few distinct zones,
    areas, classes, units and quarters: each distinct cell is read once
    (:func:`memo`) and problems are reported for every row holding it.
    """

    def __init__(self, sheet: Sheet, layout: Layout, rows: list[int]) -> None:
        self.sheet, self.layout, self.rows = sheet, layout, rows
        self.cells = [sheet.rows[r] for r in rows]
        self.n = len(rows)
        self.columns = list(zip_longest(*self.cells))  # one pass in C instead of one per column
        self.dropped = bytearray(self.n)  # rows without a record: their cells raise no problems
        self.bad = bytearray(self.n)  # rows with an error: not imported
        self.leaving: dict[int, str] = {}  # rows marked as leaving the list (dropped too) → the mark (调出, 移出…)
        self.problems: list[tuple[int, Problem]] = []
        self._position = {r: k for k, r in enumerate(rows)} if sheet.errors else {}
        self._texts: dict[str, list[str | None]] = {}
        self._erroneous: dict[str, bool] = {}  # by field: whether its column holds an Excel error value
        self._errors_said: set[tuple[int, str]] = set()
        self._padded: str | None | bool = False  # (months_padded, worked out once)

    def has(self, fld: str) -> bool:
        return fld in self.layout.columns

    def raw(self, fld: str) -> list[Any]:
        """The column's cells; an Excel error value (#N/A) is said once, at its row, and read as empty."""
        values = self.cells_of(fld)
        found = self._erroneous.get(fld)
        if found is None:  # looked for once a column, in C (a Python loop over 50,000 cells cost 5 ms a column)
            found = self._erroneous[fld] = not EXCEL_ERRORS.isdisjoint(values)
        if found:
            self._say_errors(fld, values)
        return values

    def _say_errors(self, fld: str, values: list[Any]) -> None:
        """Each Excel error value among ``values`` said (once) and blanked."""
        said = excel_error_said(self.layout.columns[fld].header, fld)
        for k, v in enumerate(values):
            if type(v) is str and v in EXCEL_ERRORS:
                if (k, fld) not in self._errors_said:
                    self._errors_said.add((k, fld))
                    self.report(k, fld, v, *said)
                values[k] = None

    def said_error(self, k: int, fld: str) -> bool:
        """Whether row ``k``'s cell of ``fld`` was said to hold an Excel error value."""
        return (k, fld) in self._errors_said

    def cells_of(self, fld: str) -> list[Any]:
        """The column's cells as the sheet holds them (an error value as its text)."""
        col = self.layout.columns.get(fld)
        if col is None:
            return [None] * self.n
        i = col.index
        values = list(self.columns[i]) if i < len(self.columns) else [None] * self.n
        for (r, c), text in self.sheet.errors.items():  # the reader shows an error cell as empty; it is not
            if c == i and r in self._position:
                values[self._position[r]] = text
        if col.part is not None:
            values = [_part_of(v, col.part) for v in values]
        return values

    def text(self, fld: str) -> list[str | None]:
        """The column's cells as text, cleaned once (a copy: callers change their list)."""
        if not self.has(fld):
            return [None] * self.n
        if fld not in self._texts:
            texts = clean_column(self.raw(fld))
            if not EXCEL_ERRORS.isdisjoint(texts):  # " #REF! " or "＃N/A", cleaned
                self._say_errors(fld, texts)
            self._texts[fld] = texts
        return list(self._texts[fld])

    def units(self, fld: str) -> list[str | None]:
        """The column's cells as units: one a line in a cell is a list of them."""
        return units_column(self.raw(fld)) if self.has(fld) else [None] * self.n

    def report(self, k: int, fld: str | None, text: Any, message: str, severity: str = "error") -> None:
        if self.dropped[k]:
            return
        col = self.layout.columns.get(fld) if fld else None
        self.problems.append((k, Problem(self.sheet.name, self.rows[k] + 1, column_letter(col.index) if col else None,
                                         text_of(text), message, severity)))
        if severity == "error":
            self.bad[k] = 1

    def numbers(self, fld: str) -> list[float | None]:
        if not self.has(fld):
            return [None] * self.n
        scale = self.layout.columns[fld].scale
        out: list[float | None] = [None] * self.n
        others: dict[Any, tuple[float | None, str | None, str]] = {}
        for k, v in enumerate(self.cells_of(fld)):  # an error value is said as no number (numbers only here)
            t = type(v)
            if t is int or t is float and v - v == 0.0:  # (a finite float: inf - inf and NaN - NaN are NaN)
                out[k] = round(v * scale, 6)
            elif v is not None and v != "":
                found = others.get(v) if t is not bool else None
                if found is None:
                    found = others[v] = number_cell(v, scale, money=True)  # a project's figures are 亿元
                out[k] = found[0]
                if found[1]:
                    self.report(k, fld, v, found[1], found[2])
                    if t is str and excel_error(v):
                        self._errors_said.add((k, fld))
        return out

    def schedules(self, fld: str, values: list[Any] | None = None) \
            -> list[tuple[str | None, str | None, str | None, str | None] | None]:
        """The column's cells as schedule cells (``values`` in place of its own where given)."""
        if not self.has(fld):
            return [None] * self.n
        values = self.raw(fld) if values is None else values
        year = self.layout.year
        end = "start" if fld in ("start", "actual_start") else "completion" if "completion" in fld else None
        if fld == "start":
            out = memo(lambda v: start_fields(v, year), values)
        else:  # an actual start keeps no wording to hold a year
            out = memo(lambda v: schedule_fields(v, year, end), values)
        if any(parsed and parsed[3] == SCHEDULE_EXPECTED for parsed in out):
            out = self._dated_with_words(fld, values, out, end)
        spans = memo(lambda v: span_read(v, year), values) if end else None  # "2024年3-6月" in one end's column
        for k, parsed in enumerate(out):
            if parsed[3]:
                self.report(k, fld, values[k], parsed[3])
            elif parsed[0] and spans and spans[k]:
                self.report(k, fld, values[k], f"是一段时间，本列只填一个时间：按其{'开始' if end == 'start' else '结束'}的"
                                               f"{Quarter.parse(parsed[0]).label_zh}记入", "warning")
        # "2024年3月（已开工）": read as the month, the remark kept in the wording but not in the database
        remarked = {v for v in set(values) if type(v) is str and ("（" in v or "(" in v)}
        for k, v in enumerate(values) if remarked else ():
            remark = DATE_REMARK.search(norm(v)) if v in remarked and out[k] and out[k][0] else None
            if remark:
                self.report(k, fld, v, f"按 {out[k][0]} 记入，括号中的说明“{remark.group(1)}”未导入", "warning")
        # "2024.10" typed into a number cell is stored as 2024.1: October read as January
        # (and "2024.4" typed into a cell formatted as a date is 2024.4, shown as 1905-07-16)
        distinct = set(values)  # (50,000 cells, a few hundred values)
        typed = {v: typed_number(v) for v in distinct if isinstance(v, date)}
        october = {v for v in distinct if type(v) is float and (1900 < v < 2100 or 13 <= v < 100)
                   and round(v * 100) % 100 == 10
                   or typed.get(v) and round(typed[v] * 100) % 100 == 10}
        if self.sheet.plain:  # a CSV keeps the number as Excel showed it: "2024.1" for the 2024.10 of the sheet
            october |= {v for v in distinct if type(v) is str and _OCTOBER_OR_JANUARY.fullmatch(v)}
        if october:
            padded = self.months_padded()
            for k, v in enumerate(values):
                if v in october:
                    v = typed.get(v) or (float(v) if type(v) is str else v)
                    y = int(v) if v > 1900 else 2000 + int(v)  # 24.1: "24.10", 2024's October
                    if padded:  # whoever wrote March "2024.03" wrote January "2024.01": this is October
                        said = f"{int(v)}.10"
                        out[k] = start_fields(said, year) if fld == "start" else schedule_fields(said, year, end)
                        self.report(k, fld, plain_number(v), f"读作{y}年10月：本表的月份写作两位（如“{padded}”），"
                                    f"Excel 把“{said}”存成了数字 {plain_number(v)}", "info")
                        continue
                    self.report(k, fld, plain_number(v), f"读作{y}年1月；若是10月（{int(v)}.10），Excel 把它存成了数字"
                                f" {plain_number(v)}：请写成“{y}年10月”或把单元格设为文本", "warning")
        return out

    def months_padded(self) -> str | None:
        """A date typed as a number with its month in two figures ("2024.03") in any of the table's time columns,
        and none in one ("2024.3"): then a 2024.1 is October, not January. The cell that shows it, or None."""
        if self._padded is not False:
            return self._padded
        padded, unpadded = None, False
        for fld in ("start", "completion", "actual_start", "actual_completion"):
            for v in set(self.raw(fld)) if self.has(fld) else ():
                v = typed_number(v) or v
                if type(v) is str and _YEAR_DOT_MONTH.fullmatch(v):
                    padded = padded or (v.strip() if ".0" in v else None)
                    unpadded = unpadded or bool(re.fullmatch(r"\s*\d+\.[2-9]\s*", v))
                elif type(v) is float and 1900 < v < 2100:
                    hundredths = round(v * 100) % 100
                    if 1 <= hundredths <= 9 and abs(v * 100 - round(v * 100)) < 1e-6:
                        padded = padded or f"{int(v)}.{hundredths:02d}"
                    unpadded = unpadded or hundredths in range(20, 100, 10)
        self._padded = padded if not unpadded else None
        return self._padded

    def _dated_with_words(self, fld: str, values: list[Any], out: list, end: str | None) -> list:
        """"2025年3月完成招标", "2025年6月具备通水条件": a date, then words that are no way of saying a start or a
        completion. The whole list was refused for one such cell; the date is what the planner dated, so it is read,
        the words kept with it and the cell pointed out to be checked. Of steps with their times as a start ("2025年3月
        完成招标、6月开工"), the one naming the start; a cell of two times otherwise stays refused."""
        out = list(out)
        read: dict[str, tuple[str, Quarter, str] | None] = {}  # a cell → how it was read, its quarter, the words
        for k, parsed in enumerate(out):
            v = values[k]
            if not parsed or parsed[3] != SCHEDULE_EXPECTED or type(v) is not str:
                continue
            if v not in read:
                read[v] = self._date_among_words(v, end)
            if read[v] is None:
                continue
            how, q, said = read[v]
            out[k] = (str(q), v.strip(), None, None)
            which = "开工" if end == "start" else "完工" if end == "completion" else "时间"
            self.report(k, fld, v, f"按其中的“{said}”记入{q.label_zh}，原文保留，请核对" if how == "step" else
                        f"按{q.label_zh}记入；时间后的“{said}”不是{which}的说法，按原文保留，请核对", "warning")
        return out

    def _date_among_words(self, v: str, end: str | None) -> tuple[str, Quarter, str] | None:
        """("step", its quarter, the step) for the step naming a start among several; ("words", the date's quarter,
        the words after it) for a date followed by words; None for neither."""
        step = start_among_steps(v, self.layout.year) if end == "start" else None
        if step is not None:
            return "step", *step
        dated = dated_with_words(v, self.layout.year)
        return ("words", *dated) if dated is not None else None

    def say_year_only(self, fld: str, cells: list, sources: tuple[str, ...] = ()) -> None:
        """"2024年开工": the year and no quarter, kept as written; said once for the column, since the dashboard's
        starts and completions by quarter leave these projects out. Said of ``cells`` as finally read (a quarterly
        node may have given the quarter since), at the column of ``fld``, or else of ``sources``, that holds each
        ("2024-2026" in 建设起止年限 starts in 2024, its quarter not said)."""
        if not any(self.has(f) for f in (fld, *sources)):
            return
        found: dict[str, list] = {}
        for k, parsed in enumerate(cells):
            if parsed and parsed[0] is None and parsed[1] and not parsed[2] and not parsed[3] \
                    and _A_YEAR.search(parsed[1]):
                held = next((f for f in (fld, *sources) if self.has(f) and self.raw(f)[k] not in (None, "")), None)
                if held:
                    found.setdefault(held, []).append(self.raw(held)[k])
        for held, year_only in found.items():
            col = self.layout.columns[held]
            what = "" if held == fld else "开工" if fld == "start" else "完工"
            self.problems.append((0, Problem(
                self.sheet.name, None, column_letter(col.index), str(year_only[0]),
                f"第{column_letter(col.index)}列有 {len(year_only)} 个项目{'的' + what if what else ''}只写了年份"
                f"（如“{norm(str(year_only[0]))}”），没有季度：{'按原文记入' if held == fld else '记作该年' + what}，时间轴标出全年；"
                f"计入该年的{'开工' if fld == 'start' else '完工'}数（到四季度才算到期），不计入哪一个季度", "info")))

    def spans(self, fld: str) -> tuple[list, list]:
        """Start and completion from one 开竣工时间 column."""
        if not self.has(fld):
            return [None] * self.n, [None] * self.n
        values, year = self.raw(fld), self.layout.year
        out = memo(lambda v: span_fields(v, year), values)
        starts, ends = [], []
        for k, pair in enumerate(out):
            start, end = pair or (None, None)
            if start is not None and start[3]:
                self.report(k, fld, values[k], start[3])
            starts.append(start)
            ends.append(end)
        return starts, ends
