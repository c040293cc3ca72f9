"""What a spreadsheet reader gives: a workbook's sheets as grids of cells, with their merged ranges and
what the reader noticed of the cells (errors, percentages, hidden rows, struck-through text), and the limits a
file is read within. Every reader (xlsx, .ods, CSV, web pages, XML 2003, Word tables) builds these."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 200 * 1024 * 1024
    max_uncompressed_bytes: int = 1024 * 1024 * 1024
    max_ratio: float = 200.0  # uncompressed ÷ compressed, per member (zip bombs are 1000×+)
    max_members: int = 10_000
    max_rows: int = 200_000
    max_columns: int = 300
    max_cells: int = 10_000_000


class ReadError(ValueError):
    """The file cannot be read; the message says which file and why."""

    def __init__(self, path: Path | str, message: str) -> None:
        self.path = str(path)
        super().__init__(f"{Path(path).name}：{message}")


# Rows from the top whose whole-number floats are made ints when read: the
# title and header live there, and layout detection compares their text.
# Data rows keep the reader's floats; :func:`cell_text` reads 1.0 as "1".
HEAD_ROWS = 30


def cell_text(v: Any) -> str:
    """A cell as text the way the table shows it: 20240001.0 → "20240001"."""
    if type(v) is str:
        return v
    if v is None:
        return ""
    if type(v) is float:
        return str(int(v)) if v.is_integer() and -1e15 < v < 1e15 else repr(v)
    return str(v)


@dataclass
class Sheet:
    name: str
    rows: list[list[Any]]  # from A1; "" or None for empty cells; floats may be whole (see HEAD_ROWS)
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # r0, c0, r1, c1 inclusive
    # row, col (0-based), the cell's text as found (a later step may clear the cell), message
    warnings: list[tuple[int, int, str, str]] = field(default_factory=list)
    errors: dict[tuple[int, int], str] = field(default_factory=dict)  # cells holding #REF!, #DIV/0! …
    # numbers shown as percentages: Excel keeps "5.8%" typed in a cell as 0.058
    percent: set[tuple[int, int]] = field(default_factory=set)
    # a CSV: it keeps no merged cells, so a merge of the table it was saved from is a value in its
    # first row and blanks under it
    plain: bool = False
    hidden: bool = False  # hidden in the workbook: a list for drop-downs, an old copy of the table
    notes: list[str] = field(default_factory=list)  # what the reader says of the whole sheet (a report read as a table)
    stated: list[dict] = field(default_factory=list)  # the figures a report states about its plan (StatedFigure)
    plan_facts: dict = field(default_factory=dict)  # a report's district, 文号, issuing office and day (Plan)
    # rows and columns hidden in the sheet (0-based): a project taken out, an old copy of a column
    hidden_rows: set[int] = field(default_factory=set)
    hidden_columns: set[int] = field(default_factory=set)
    struck: set[tuple[int, int]] = field(default_factory=set)  # cells struck through (row, column, 0-based)
    # reads, when asked, the cells with a background colour (empty or not) and each one's fill: a
    # 横道图 drawn by shading. Only a chart with nothing typed in it asks, so a workbook is not
    # scanned for fills on every import (our own export's 横道图 has 300,000 coloured cells)
    shading: Callable[[], dict[tuple[int, int], object]] | None = field(default=None, repr=False, compare=False)
    _shaded: dict[tuple[int, int], object] | None = field(default=None, repr=False, compare=False)
    _width: tuple[int, int, int, int] | None = field(default=None, repr=False, compare=False)  # see ``width``

    def shaded(self) -> dict[tuple[int, int], object]:
        if self._shaded is None:
            self._shaded = self.shading() if self.shading is not None else {}
        return self._shaded

    @property
    def height(self) -> int:
        return len(self.rows)

    @property
    def width(self) -> int:
        # asked some thirty times of a sheet by the readers: a 50,000-row sheet was measured row by row each time.
        # Kept while the rows are the same list, as many, the last as long (a reader builds a sheet row by row;
        # a row blanked in place keeps its length)
        rows = self.rows
        key = (id(rows), len(rows), len(rows[-1]) if rows else 0)
        if self._width is None or self._width[:3] != key:
            self._width = (*key, max((len(r) for r in rows), default=0))
        return self._width[3]

    def cell(self, r: int, c: int) -> Any:
        if self.errors and (r, c) in self.errors:
            return self.errors[(r, c)]  # the reader shows an error cell as empty; it is not
        if 0 <= r < len(self.rows) and 0 <= c < len(self.rows[r]):
            return self.rows[r][c]
        return None


@dataclass
class Workbook:
    path: Path
    sheets: list[Sheet]
    reader: str  # "calamine", "openpyxl" or "csv"


def column_letter(col: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    s = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        s = chr(65 + rem) + s
    return s


def plain_number(v: Any) -> Any:
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return int(v)
    if isinstance(v, dt.time):
        return v.isoformat()
    if isinstance(v, dt.timedelta):
        return str(v)
    return v


def check_size(path: Path, name: str, height: int, width: int, limits: Limits) -> None:
    if height > limits.max_rows:
        raise ReadError(path, f"工作表“{name}”有 {height:,} 行，超过上限 {limits.max_rows:,} 行")
    if width > limits.max_columns:
        raise ReadError(path, f"工作表“{name}”有 {width:,} 列，超过上限 {limits.max_columns} 列")
    if height * width > limits.max_cells:
        raise ReadError(path, f"工作表“{name}”有 {height * width:,} 个单元格，超过上限 {limits.max_cells:,}")
