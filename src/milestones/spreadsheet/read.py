"""Reading spreadsheets a planner was sent: the cell grid and the merged ranges.

Spreadsheets are untrusted. Before a cell is parsed the file is checked: it
must be a zip of sane size and compression ratio, its XML may not declare a
DTD (entity bombs), and a sheet may not be larger than the limits. Reading
uses python-calamine (fast, gives merged ranges); openpyxl (with defusedxml)
is the fallback for what calamine cannot open. OpenDocument spreadsheets
(.ods, what LibreOffice saves) are read by calamine too, their merged cells
and percentages from content.xml. CSV is read in UTF-8 (with or without BOM)
or GB18030, the encodings Chinese Excel writes.
"""
from __future__ import annotations

import codecs
import csv
import datetime as dt
import html
import io
import os
import math
import re
import sys
import threading
import warnings
import zipfile
import xml.etree.ElementTree as ET  # members are checked for DTDs before parsing
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

__all__ = ["Limits", "Sheet", "Workbook", "ReadError", "read_workbook", "column_letter", "cell_text", "check_zip",
           "squared"]


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


def parse_early(path: str | Path, limits: Limits = Limits()) -> Future | None:
    """An xlsx's cells parsed by calamine from now on, on another core, while the caller loads the code that reads
    them (a tenth of a second of a 50,000-row import), for :func:`read_workbook` to take; None for a file of
    another kind or one that fails a check, which ``read_workbook`` then says. The zip is checked first, as there:
    a bomb is never handed to the parser."""
    path = Path(path)
    try:
        if path.suffix.lower() not in (".xlsx", ".xlsm") or not path.is_file() \
                or not 0 < path.stat().st_size <= limits.max_file_bytes:
            return None
        with open(path, "rb") as f:
            if f.read(2) != b"PK":
                return None
        if check_zip(path, limits) != "xlsx":
            return None
    except (OSError, ReadError):
        return None
    pool = ThreadPoolExecutor(1, thread_name_prefix="calamine")
    parsing = pool.submit(_parse_calamine, path, limits)
    pool.shutdown(wait=False)  # the thread ends with its one task
    return parsing


PDF_SAID = ("这是 PDF 文件，不是表格：请导入原来的 Excel/WPS 表格，或先把 PDF 转成表格（如 WPS 的“PDF转Excel”）"
            "再导入；转换后的每页表格会接着第一页读取")


def read_workbook(path: str | Path, limits: Limits = Limits(), parsing: Future | None = None) -> Workbook:
    """Read every sheet of an xlsx/xlsm/ods/csv file; raise :class:`ReadError` with a clear reason. ``parsing``:
    the file's parse begun by :func:`parse_early`."""
    path = Path(path)
    if not path.exists():
        raise ReadError(path, "文件不存在")
    if path.is_dir():
        raise ReadError(path, "这是文件夹，不是表格文件")
    size = path.stat().st_size
    if size == 0:
        raise ReadError(path, "文件是空的（0 字节）")
    if size > limits.max_file_bytes:
        raise ReadError(path, f"文件过大（{size / 1e6:.0f} MB，上限 {limits.max_file_bytes / 1e6:.0f} MB）")
    suffix = path.suffix.lower()
    with open(path, "rb") as f:
        head = f.read(1024)
    if suffix == ".txt":  # a plan report's text (its measures and targets), else a table as text
        report, text = _read_report_text(path, limits)
        if report is not None:
            return Workbook(path, [report], "report")
        return Workbook(path, [_read_csv(path, limits, text)], "csv")  # the text decoded once
    if suffix == ".csv" and not head.startswith(b"PK\x03\x04"):  # (a workbook renamed .csv is read as one)
        return Workbook(path, [_read_csv(path, limits)], "csv")
    if suffix in (".xls", ".html", ".htm", ".xml", ".xlsx", ".mht", ".mhtml") \
            and not head.startswith((b"PK", b"\xd0\xcf\x11\xe0")):
        # here: they build on this module
        from .web_page import is_web_archive, is_web_page, read_web_archive, read_web_pages
        from .xml_2003 import is_xml_2003, read_xml_2003
        if is_web_page(head):
            # an office system's "导出Excel": a web page named .xls, which Excel and WPS open as a table
            return Workbook(path, read_web_pages(path, limits), "html")
        if is_web_archive(head):  # Excel's 单个文件网页 (.mht): a web page and its folder in one file
            return Workbook(path, read_web_archive(path, limits), "html")
        if is_xml_2003(head):  # Excel's XML spreadsheet of 2003, what Java and .NET systems export as .xls
            sheets = read_xml_2003(path, limits)
            for sheet in sheets:
                _as_shown(sheet)
            return Workbook(path, sheets, "xml2003")
        if suffix == ".xls" and _is_text_table(head):  # a system's "导出Excel" as tab-separated text
            return Workbook(path, [_read_csv(path, limits)], "csv")
    if path.name.startswith("~$") and not head.startswith((b"PK", b"\xd0\xcf\x11\xe0")):
        # the owner file Excel and WPS leave beside a workbook while it is open: chosen for the workbook itself
        raise ReadError(path, f"这是 Excel 或 WPS 打开“{path.name[2:]}”时留下的临时文件，不是表格；"
                              f"请导入“{path.name[2:]}”本身")
    if suffix in (".et", ".ett") and not head.startswith(b"PK"):
        # WPS's own format: an old-style compound file calamine does not read (one holding an xlsx's zip is read)
        raise ReadError(path, "这是 WPS 表格（.et）文件，请在 WPS 中“另存为” .xlsx 后再导入")
    if suffix in (".docx", ".docm") and head.startswith(b"PK"):
        from .plan_report import report_sheet
        from .word_tables import read_word  # here: it builds on this module

        tables, lines = read_word(path, limits)
        # a plan report: its measures and their targets, then the tables it carries (its annex), as sheets
        sheets = [s for s in (report_sheet(lines, "计划报告"), tables) if s is not None]
        if not sheets:
            raise ReadError(path, "Word 文档中没有表格，也没有计划报告的“工作思路和具体举措”部分")
        return Workbook(path, sheets, "docx")
    if suffix in (".doc", ".wps"):
        raise ReadError(path, "这是旧版 Word（.doc）或 WPS 文字文件，请另存为 .docx 或把表格复制到 Excel 后再导入")
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        if suffix == ".xls":
            raise ReadError(path, "这是旧版 Excel（.xls）文件，请在 Excel 或 WPS 中“另存为” .xlsx 后再导入")
        raise ReadError(path, "文件已加密（设置了打开密码）或是旧版 Office 格式；请去掉密码并另存为 .xlsx")
    if suffix == ".xls":
        raise ReadError(path, "不支持 .xls 格式，请另存为 .xlsx 后再导入")
    if head.startswith(b"%PDF"):  # a published attachment as it was downloaded
        raise ReadError(path, PDF_SAID)
    if not head.startswith(b"PK") and suffix in (".xlsx", ".xlsm") and _is_text_table(head):
        # a CSV renamed by hand: said what it is and what to do, not read on a guess
        raise ReadError(path, "不是 xlsx 文件（文件内容是文本，像是改了扩展名的 CSV：请把扩展名改为 .csv 后再导入）")
    if not head.startswith(b"PK"):
        raise ReadError(path, "不是 xlsx 文件（文件内容不是 Office Open XML 压缩包）")
    if check_zip(path, limits) == "ods":
        return _read_ods(path, limits)
    # calamine parses a sheet without holding the GIL: let it run on another
    # core while this thread scans the XML for what calamine does not report
    with ThreadPoolExecutor(1, thread_name_prefix="calamine") as pool:
        parsed = parsing or pool.submit(_parse_calamine, path, limits)
        found = _scan_cells(path)
        try:
            sheets = _calamine_sheets(parsed.result())
            reader = "calamine"
        except ReadError:
            raise
        except Exception as exc:  # calamine could not: try openpyxl before giving up
            try:
                sheets = _read_openpyxl(path, limits)
                reader = "openpyxl"
            except ReadError:
                raise
            except Exception as exc2:
                if path.suffix.lower() == ".xlsb":  # (the libraries' own words are no help to a planner)
                    raise ReadError(path, "无法读取这个 Excel 二进制工作簿（.xlsb）：请在 Excel 或 WPS 中“另存为” .xlsx 后再导入") \
                        from None
                raise ReadError(path, f"无法读取（{type(exc).__name__}: {exc}; {type(exc2).__name__}: {exc2}）") from None
    for sheet in sheets:
        warnings, errors, percent, rows, columns, _, struck, crossed, unbounded = found.get(
            sheet.name, ([], {}, set(), set(), set(), {}, set(), {}, {}))
        for (r, c), written in unbounded.items():  # as text: every reader then says it is no number
            if reader == "calamine" and r < len(sheet.rows) and c < len(sheet.rows[r]):
                sheet.rows[r][c] = written
        sheet.warnings.extend(warnings)
        if reader == "calamine":  # a cell's struck text left out: the rest is the cell's
            _crossed_out(sheet, crossed)
        sheet.errors.update(errors)
        sheet.shading = lambda name=sheet.name: _fills_of(_scan_cells(path, fills=True, only=name), name, 5)
        if reader == "calamine":
            sheet.percent |= percent
            sheet.hidden_rows |= rows
            sheet.hidden_columns |= columns
            sheet.struck |= struck
        _as_shown(sheet)
    return Workbook(path, sheets, reader)


def _fills_of(found: dict[str, tuple], name: str, at: int) -> dict[tuple[int, int], object]:
    """One sheet's coloured cells from a scan made for them (``at``: their place in its tuple)."""
    return found[name][at] if name in found else {}


def _as_shown(sheet: Sheet) -> None:
    """A number formatted as a percentage reads as the table shows it: 0.058 → "5.8%"
    (a planner typed 5.8%; read as 0.058 it would be compared with a target of 6)."""
    for r, c in sheet.percent:
        if r < len(sheet.rows) and c < len(sheet.rows[r]):
            v = sheet.rows[r][c]
            if type(v) in (int, float):
                sheet.rows[r][c] = f"{cell_text(plain_number(round(v * 100, 9)))}%"


def check_zip(path: Path, limits: Limits) -> str:
    """Refuse a zip that is no spreadsheet, encrypted, or a bomb; say which
    kind of spreadsheet it is: "xlsx" or "ods"."""
    try:
        zf = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise ReadError(path, "文件已损坏或不完整（不是有效的压缩包）") from None
    with zf:
        infos = zf.infolist()
        if len(infos) > limits.max_members:
            raise ReadError(path, f"压缩包内文件过多（{len(infos)} 个）")
        names = {i.filename for i in infos}
        kind = "xlsx"
        if "mimetype" in names and b"opendocument" in zf.read("mimetype")[:100]:
            if b"opendocument.spreadsheet" not in zf.read("mimetype")[:100] or "content.xml" not in names:
                raise ReadError(path, "这是 OpenDocument 文件，但不是表格（.ods），请另存为 .xlsx 后再导入")
            kind = "ods"
        elif "[Content_Types].xml" not in names:
            raise ReadError(path, "不是 xlsx 文件（缺少 [Content_Types].xml）")
        if "EncryptedPackage" in names:
            raise ReadError(path, "文件已加密，请去掉密码后再导入")
        total = 0
        for i in infos:
            total += i.file_size
            if total > limits.max_uncompressed_bytes:
                raise ReadError(path, f"解压后超过 {limits.max_uncompressed_bytes / 1e6:.0f} MB，疑似压缩炸弹，已拒绝")
            if i.compress_size and i.file_size / i.compress_size > limits.max_ratio and i.file_size > 10_000_000:
                raise ReadError(path, f"“{i.filename}”压缩比异常（{i.file_size / i.compress_size:.0f} 倍），疑似压缩炸弹，已拒绝")
        for i in infos:
            if not i.filename.endswith((".xml", ".rels")):
                continue
            try:
                with zf.open(i) as f:
                    start = f.read(2048)
            except (zipfile.BadZipFile, EOFError, OSError, RuntimeError) as exc:
                raise ReadError(path, f"文件已损坏（{i.filename}：{exc}）") from None
            if b"<!DOCTYPE" in start or b"<!ENTITY" in start:
                raise ReadError(path, f"“{i.filename}”含有 DTD/实体声明（可能是 XML 炸弹），已拒绝")
    return kind


def _read_ods(path: Path, limits: Limits) -> Workbook:
    """An OpenDocument spreadsheet: calamine for the cells, content.xml for
    what calamine does not give for this format (merged cells, percentages)."""
    far = _ods_far(path, limits)
    if far is not None:
        raise ReadError(path, far)
    with ThreadPoolExecutor(1, thread_name_prefix="calamine") as pool:
        parsed = pool.submit(_parse_calamine, path, limits)
        found = _scan_ods(path)
        try:
            sheets = _calamine_sheets(parsed.result())
        except ReadError:
            raise
        except Exception as exc:
            raise ReadError(path, f"OpenDocument 表格无法读取（{type(exc).__name__}: {exc}），请另存为 .xlsx 后再导入") from None
    for sheet in sheets:
        merged, percent, errors, _, struck, crossed = found.get(sheet.name, ([], set(), {}, {}, {}, {}))
        for row in sheet.rows:  # office:value="1e400" or "NaN": as written, said as no number (as in an .xlsx)
            for i, v in enumerate(row):
                if type(v) is float and v - v != 0.0:
                    row[i] = str(v)
        if not sheet.merged:
            sheet.merged = _within(sheet.rows, merged)
        sheet.percent |= percent
        sheet.struck |= set(struck)
        _crossed_out(sheet, crossed)  # a cell's struck text left out: the rest is the cell's
        sheet.errors.update(errors)
        sheet.shading = lambda name=sheet.name: _fills_of(_scan_ods(path, fills=True), name, 3)
        _as_shown(sheet)
    return Workbook(path, sheets, "calamine")


# the tags of content.xml that place a row, and a cell within it; "table-column", "table-header-rows",
# "table-row-group" … are not among them
_ODS_ROW_TAG = re.compile(rb"<(/?)table:(table|table-row)(?=[\s/>])([^>]*?)(/?)>")
_ODS_CELL_TAG = re.compile(rb"<table:(table-cell|covered-table-cell)(?=[\s/>])([^>]*?)/?>")
_ODS_ATTR = re.compile(rb'([\w-]+:[\w-]+)="([^"]*)"')
_ODS_ROWS_REPEATED = re.compile(rb'table:number-rows-repeated="(\d+)"')
_ODS_TEXT = re.compile(rb"<text:p>([^<]*)")
_ODS_NOTEWORTHY = (b"-spanned=", b'"percentage"', b'calcext:value-type="error"')
_ODS_LONG_RUN = re.compile(rb'<table:(?:covered-table-cell|table-cell|table-row)\b[^>]*?'
                           rb'table:number-(columns|rows)-repeated="(\d{3,})"')  # (a column's own style is no cell)
_ODS_VALUE = re.compile(rb'office:value-type="[^"]*"[^>]*>(?:<text:p>([^<]*))?')


def _ods_far(path: Path, limits: Limits) -> str | None:
    """What a .ods holds beyond the limits, said, before calamine builds the sheet as one block up to it (a space
    typed in column XFD of a 2,000-row list: 2.8 GB and 7 s, then refused as 16,384 列): a value after a run of
    empty cells or rows reaching past them. LibreOffice ends every row and every sheet with such a run, empty."""
    name = ""  # the sheet the piece read is in
    try:
        with zipfile.ZipFile(path) as zf:
            # a piece at a time, each ending before a row (content.xml may unpack to a gigabyte); a run of rows and
            # the rows after it may fall in two pieces, where the size check after the read still refuses it
            for data in _cell_chunks(zf, "content.xml", marker=b"<table:table-row"):
                found = _ods_far_in(data, limits)
                if found is not None:
                    m, value = found
                    sheet = _ODS_SHEET_NAME.findall(data, 0, m.start())
                    name = _xml_text(sheet[-1]) if sheet else name
                    break
                sheet = _ODS_SHEET_NAME.findall(data)
                name = _xml_text(sheet[-1]) if sheet else name
            else:
                return None
    except (zipfile.BadZipFile, KeyError, OSError):
        return None  # said by the reader
    text = _xml_text(value.group(1) or b"").strip()[:20]
    # (LibreOffice writes a space as <text:s/>: such a cell is said as a space)
    what = f"还有内容（“{text}”）" if text else "还有只有空格的单元格"
    if m.group(1) == b"columns":
        return f"工作表“{name}”在第 {limits.max_columns} 列以外{what}，超过上限 {limits.max_columns} 列：如是多余的内容，请删除后再导入"
    return f"工作表“{name}”在第 {limits.max_rows:,} 行以下{what}，超过上限 {limits.max_rows:,} 行：如是多余的内容，请删除后再导入"


def _ods_far_in(data: bytes, limits: Limits) -> tuple[re.Match[bytes], re.Match[bytes]] | None:
    """The first run of empty cells (rows) in ``data`` reaching past the limits with a value after it in its row
    (its table), and that value."""
    for m in _ODS_LONG_RUN.finditer(data):
        columns = m.group(1) == b"columns"
        if int(m.group(2)) < (limits.max_columns if columns else limits.max_rows):
            continue
        end = data.find(b"</table:table-row>" if columns else b"</table:table>", m.end())
        value = _ODS_VALUE.search(data, m.end(), end if end >= 0 else len(data))
        if value is not None:
            return m, value
    return None


_ODS_SHEET_NAME = re.compile(rb'<table:table table:name="([^"]*)"')
# a run of repeated empty rows or cells ends a sheet (LibreOffice writes a million of them)
_ODS_MAX_REPEAT = 10_000


def _scan_ods(path: Path, fills: bool = False) -> dict[str, tuple[list, set, dict, dict, dict, dict]]:
    """Per sheet of an .ods: its merged ranges (r0, c0, r1, c1), the cells
    holding a percentage, the error cells (#DIV/0!, which calamine reads as
    empty), with ``fills`` the cells with a background colour, the cells struck through, and the cells with a
    part struck through (its text whole, and without that part). content.xml is scanned as bytes, a piece
    at a time, and only the rows holding such a cell are read cell by cell: a parser building
    every element took five times calamine's time."""
    found: dict[str, tuple[list, set, dict, dict, dict, dict]] = {}
    merged: list = []
    percent: set = set()
    errors: dict = {}
    shaded: dict = {}
    struck: dict = {}
    crossed: dict = {}
    depth = r = 0
    row_rep = 1
    row_start = 0
    try:
        with zipfile.ZipFile(path) as zf:
            colours, strike, spans = _ods_cell_styles(zf)
            colours = colours if fills else {}
            strike = dict.fromkeys(strike, True)
            span_marks = tuple(b'text:style-name="%s"' % name for name in spans)
            noteworthy = (*_ODS_NOTEWORTHY, *(b'table:style-name="%s"' % name for name in (*colours, *strike)),
                          *span_marks)
            for data in _cell_chunks(zf, "content.xml", marker=b"<table:table-row"):
                for m in _ODS_ROW_TAG.finditer(data):
                    closing, tag, attrs, empty = m.groups()
                    if tag == b"table":
                        if closing:
                            depth -= 1
                        elif not empty:
                            depth += 1
                            if depth == 1:  # a table inside a cell is part of that cell
                                merged, percent, errors, shaded, struck, crossed, r = [], set(), {}, {}, {}, {}, 0
                                name = dict(_ODS_ATTR.findall(attrs)).get(b"table:name", b"")
                                found[_xml_text(name)] = (merged, percent, errors, shaded, struck, crossed)
                    elif depth != 1:
                        continue
                    elif not closing:
                        rep = _ODS_ROWS_REPEATED.search(attrs) if attrs else None
                        row_rep, row_start = (int(rep.group(1)) if rep else 1), m.end()
                        if empty:
                            r += row_rep
                    else:
                        row = data[row_start:m.start()]
                        if any(k in row for k in noteworthy):
                            _ods_row(row, r, min(row_rep, _ODS_MAX_REPEAT), merged, percent, errors)
                            if colours and len(shaded) < _MAX_SHADED_CELLS:
                                _ods_styled(row, r, min(row_rep, _ODS_MAX_REPEAT), colours, shaded)
                            if strike and len(struck) < _MAX_STRUCK_CELLS:
                                _ods_styled(row, r, min(row_rep, _ODS_MAX_REPEAT), strike, struck)
                            if span_marks and len(crossed) < _MAX_STRUCK_CELLS and any(k in row for k in span_marks):
                                _ods_crossed(row, r, min(row_rep, _ODS_MAX_REPEAT), spans, crossed, struck)
                        r += row_rep
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        return found
    return found


def _ods_row(row: bytes, r: int, repeated: int, merged: list, percent: set, errors: dict) -> None:
    """The merged, percentage and error cells of one row (written ``repeated`` times)."""
    c = 0
    for m in _ODS_CELL_TAG.finditer(row):
        tag, attrs = m.groups()
        a = dict(_ODS_ATTR.findall(attrs)) if attrs else {}
        n = min(int(a.get(b"table:number-columns-repeated", 1)), _ODS_MAX_REPEAT)
        if tag == b"table-cell":
            h, w = int(a.get(b"table:number-rows-spanned", 1)), int(a.get(b"table:number-columns-spanned", 1))
            if h > 1 or w > 1:
                merged.append((r, c, r + h - 1, c + w - 1))
            if a.get(b"office:value-type") == b"percentage":
                percent.update((r + k, col) for k in range(repeated) for col in range(c, c + n))
            elif a.get(b"calcext:value-type") == b"error":
                shown = _ODS_TEXT.search(row, m.end())
                errors[(r, c)] = _xml_text(shown.group(1)).strip() if shown else "#VALUE!"
        c += n


_ODS_STYLE = re.compile(rb"<style:style\b([^>]*)>(.*?)</style:style>", re.S)
_ODS_BACKGROUND = re.compile(rb'fo:background-color="#([0-9a-fA-F]{6})"')


def _ods_cell_styles(zf: zipfile.ZipFile) -> tuple[dict[bytes, bytes], set[bytes], set[bytes]]:
    """The automatic cell styles of content.xml (written before the sheets) that colour the
    background, each with its colour, and those that strike their text through; and the text styles that strike
    a part of a cell through (a <text:span>)."""
    head = b""
    with zf.open("content.xml") as f:
        while b"<office:body" not in head and len(head) < (16 << 20):
            chunk = f.read(1 << 20)
            if not chunk:
                break
            head += chunk
    colours, struck, spans = {}, set(), set()
    for attrs, body in _ODS_STYLE.findall(head.split(b"<office:body", 1)[0]):
        a = dict(_ODS_ATTR.findall(attrs))
        through = any(v != b"none" for v in _ODS_STRUCK.findall(body))
        if a.get(b"style:family") == b"text":
            if through:
                spans.add(a.get(b"style:name", b""))
            continue
        if a.get(b"style:family") != b"table-cell":
            continue
        colour = _ODS_BACKGROUND.search(body)
        if colour and colour.group(1).lower() != b"ffffff":
            colours[a.get(b"style:name", b"")] = colour.group(1).lower()
        if through:
            struck.add(a.get(b"style:name", b""))
    return colours, struck, spans


# a cell style's strike is its -style ("solid"); a text span's LibreOffice writes as its -type ("single")
_ODS_STRUCK = re.compile(rb'style:text-line-through-(?:style|type)="([a-z-]+)"')
_ODS_CELL_WHOLE = re.compile(rb"<table:table-cell\b([^>]*?)(?:/>|>(.*?)</table:table-cell>)|<table:covered-table-cell\b([^>]*?)"
                             rb"(?:/>|>.*?</table:covered-table-cell>)", re.S)
_ODS_TEXT_TAG = re.compile(rb"<(/?)text:([\w-]+)([^>]*?)(/?)>")


def _ods_crossed(row: bytes, r: int, repeated: int, spans: set[bytes], out: dict, struck: dict) -> None:
    """The cells of one row with a part struck through (a <text:span> of a struck text style), each with its text
    whole and without that part; a cell whose every word a span strikes goes to ``struck``, as one its cell
    style strikes (``_ods_styled``)."""
    c = 0
    for m in _ODS_CELL_WHOLE.finditer(row):
        attrs = m.group(1) if m.group(1) is not None else m.group(3)
        a = dict(_ODS_ATTR.findall(attrs)) if attrs else {}
        n = min(int(a.get(b"table:number-columns-repeated", 1)), _ODS_MAX_REPEAT)
        body = m.group(2)
        if body and b"text:style-name=" in body:
            whole, kept = _ods_cell_words(body, spans)
            cells = [(r + k, col) for k in range(repeated) for col in range(c, c + n)]
            if kept != whole and kept.strip():
                out.update((cell, (whole, kept.strip())) for cell in cells)
            elif kept != whole and whole.strip():
                struck.update((cell, True) for cell in cells)
        c += n


def _ods_cell_words(body: bytes, spans: set[bytes]) -> tuple[str, str]:
    """A cell's text (its paragraphs, lines), whole and without what struck spans hold."""
    whole: list[bytes] = []
    kept: list[bytes] = []
    striking: list[bool] = []
    at, paragraphs = 0, 0
    for m in _ODS_TEXT_TAG.finditer(body):
        piece = body[at:m.start()]
        whole.append(piece)
        if not any(striking):
            kept.append(piece)
        at = m.end()
        closing, tag, attrs, empty = m.groups()
        extra = b""
        if tag == b"p" and not closing:
            extra = b"\n" if paragraphs else b""
            paragraphs += 1
        elif tag == b"line-break":
            extra = b"\n"
        elif tag == b"s":  # spaces, as many as it counts
            count = re.search(rb'text:c="(\d+)"', attrs)
            extra = b" " * min(int(count.group(1)) if count else 1, 1000)
        elif tag == b"span" and not empty:
            if closing:
                if striking:
                    striking.pop()
            else:
                name = dict(_ODS_ATTR.findall(attrs)).get(b"text:style-name", b"")
                striking.append(name in spans)
        whole.append(extra)
        if not any(striking):
            kept.append(extra)
    whole.append(body[at:])
    kept.append(body[at:])
    return _xml_text(b"".join(whole)), _xml_text(b"".join(kept))


def _ods_styled(row: bytes, r: int, repeated: int, styles: dict[bytes, Any], out: dict) -> None:
    """The cells of one row (written ``repeated`` times) whose style is one of ``styles``, each with its value there."""
    c = 0
    for m in _ODS_CELL_TAG.finditer(row):
        a = dict(_ODS_ATTR.findall(m.group(2))) if m.group(2) else {}
        n = min(int(a.get(b"table:number-columns-repeated", 1)), _ODS_MAX_REPEAT)
        value = styles.get(a.get(b"table:style-name", b""))
        if value is not None:
            out.update(((r + k, col), value) for k in range(repeated) for col in range(c, c + n))
        c += n


def _xml_text(raw: bytes) -> str:
    return html.unescape(raw.decode("utf-8", "replace"))


def plain_number(v: Any) -> Any:
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return int(v)
    if isinstance(v, dt.time):
        return v.isoformat()
    if isinstance(v, dt.timedelta):
        return str(v)
    return v


def _check_size(path: Path, name: str, height: int, width: int, limits: Limits) -> None:
    if height > limits.max_rows:
        raise ReadError(path, f"工作表“{name}”有 {height:,} 行，超过上限 {limits.max_rows:,} 行")
    if width > limits.max_columns:
        raise ReadError(path, f"工作表“{name}”有 {width:,} 列，超过上限 {limits.max_columns} 列")
    if height * width > limits.max_cells:
        raise ReadError(path, f"工作表“{name}”有 {height * width:,} 个单元格，超过上限 {limits.max_cells:,}")


class CalamineStopped(RuntimeError):
    """python-calamine's Rust code stopped on a cell it could not convert (a date cell holding -1e308 days:
    "TimeDelta::milliseconds out of bounds"). pyo3 raises that as PanicException, a BaseException that
    ``except Exception`` lets through, up to the planner; as this the xlsx falls back to openpyxl."""


@contextmanager
def _rust_panics_unsaid():
    """Rust's panic hook writes "thread '<unnamed>' panicked at …" (and, with RUST_BACKTRACE set, a backtrace of
    thirty frames) straight to the process's stderr before pyo3 raises PanicException, which is then read with
    openpyxl and said as a cell's problem: the planner at a terminal saw a Rust trace above a clean report. The
    stderr file is held in a temporary file while calamine runs; what else was written there meanwhile (another
    thread's words) is passed on after, the panic's lines left out."""
    held = _hold_stderr() if _STDERR_HELD.acquire(blocking=False) else None  # (two at once would swap it for good)
    try:
        yield
    finally:
        if held is not None:
            _give_back_stderr(*held)


def _hold_stderr():
    """(the stderr fd saved, the file standing in for it), or None where there is none to hold."""
    import tempfile

    try:
        sys.stderr.flush()
        saved = os.dup(2)
    except (AttributeError, OSError, ValueError):  # no stderr (a windowed app on Windows): nothing to keep clean
        _STDERR_HELD.release()
        return None
    try:
        stand_in = tempfile.TemporaryFile()
        os.dup2(stand_in.fileno(), 2)
    except OSError:
        os.close(saved)
        _STDERR_HELD.release()
        return None
    return saved, stand_in


def _give_back_stderr(saved: int, stand_in) -> None:
    try:
        try:
            sys.stderr.flush()
        except (AttributeError, OSError, ValueError):
            pass
        os.dup2(saved, 2)
        os.close(saved)
        with stand_in:
            stand_in.seek(0)
            said = _RUST_PANIC.sub(b"", stand_in.read())
        if said:
            os.write(2, said)
    finally:
        _STDERR_HELD.release()


_STDERR_HELD = threading.Lock()


# the default hook's report: its first line, the message, then a note or a backtrace ending in one (or the end)
_RUST_PANIC = re.compile(rb"\n?thread '[^'\n]*'(?: \(\d+\))? panicked at [^\n]*\n.*?(?:^note: [^\n]*\n?|\Z)",
                         re.DOTALL | re.MULTILINE)


def _stopped(exc: BaseException) -> None:
    if type(exc).__name__ != "PanicException":
        raise exc
    raise CalamineStopped(f"表格程序库无法转换某个单元格：{exc}") from None


def _parse_calamine(path: Path, limits: Limits) -> list[Any]:
    """The parsed worksheets (calamine's own objects, not yet Python values)."""
    import python_calamine as pc

    if path.suffix.lower() in (".xlsx", ".xlsm") and not _strings_counted_honestly(path):
        raise FarCells("xl/sharedStrings.xml")  # (read by openpyxl, which counts the strings it finds)
    try:
        with _rust_panics_unsaid():
            wb = pc.CalamineWorkbook.from_path(str(path))
    except pc.PasswordError:
        raise ReadError(path, "文件已加密，请去掉密码后再导入") from None
    except BaseException as exc:
        _stopped(exc)
    sheets = []
    if path.suffix.lower() == ".xlsb":
        _xlsb_within_limits(path, limits)  # (openpyxl reads no .xlsb: a far value is refused, not read apart)
    far = _cells_beyond(path, limits)
    for meta in wb.sheets_metadata:
        if str(meta.typ) not in ("SheetTypeEnum.WorkSheet", "WorkSheet") and "Work" not in str(meta.typ):
            continue  # chart sheets and the like carry no table
        if meta.name in far:
            raise FarCells(meta.name)  # (read by openpyxl, which keeps cells sparse: see _cells_beyond)
        sh = wb.get_sheet_by_name(meta.name)
        end = sh.end
        height, width = (end[0] + 1, end[1] + 1) if end else (0, 0)
        _check_size(path, meta.name, height, width, limits)
        sheets.append((sh, str(meta.visible).rsplit(".", 1)[-1] != "Visible"))
    return sheets


# the .xlsb records (MS-XLSB 2.4) the scan below reads: a row's header, and the cells calamine gives a value
_XLSB_ROW, _XLSB_VALUES = 0x0000, frozenset(range(0x0002, 0x000C))


def _xlsb_records(data: bytes):
    """(type, start, end) of each record of an .xlsb part: a type of one or two bytes and a size of up to four,
    seven bits a byte."""
    at, n = 0, len(data)
    while at < n:
        typ = data[at]
        at += 1
        if typ & 0x80 and at < n:
            typ = (typ & 0x7F) | (data[at] << 7)
            at += 1
        size = shift = 0
        for _ in range(4):
            if at >= n:
                return
            b = data[at]
            at += 1
            size |= (b & 0x7F) << shift
            shift += 7
            if not b & 0x80:
                break
        yield typ, at, at + size
        at += size


def _xlsb_within_limits(path: Path, limits: Limits) -> None:
    """An .xlsb's cells beyond the limits, found before calamine loads a sheet: it makes a sheet one block from A1 to
    its farthest cell (a 1 KB file with a value at XFD1048576 asked for 550 GB and the process aborted) and
    openpyxl reads no .xlsb, so such a value is refused, naming its cell, as openpyxl's reading refuses one in an
    .xlsx."""
    try:
        with zipfile.ZipFile(path) as zf:
            names = _xlsb_sheet_names(zf)
            for member in zf.namelist():
                if not (member.startswith("xl/worksheets/") and member.endswith(".bin")):
                    continue
                data = zf.read(member)  # (its size bounded by the zip's checks)
                row = 0
                for typ, start, end in _xlsb_records(data):
                    if typ == _XLSB_ROW and end - start >= 4:
                        row = int.from_bytes(data[start:start + 4], "little")
                        if row > 0x100000:
                            break  # calamine stops there too
                    elif typ in _XLSB_VALUES and end - start >= 4:
                        col = int.from_bytes(data[start:start + 4], "little")
                        if row >= limits.max_rows or col >= limits.max_columns:
                            reach = f"{row + 1:,} 行，超过上限 {limits.max_rows:,} 行" if row >= limits.max_rows else \
                                f"{col + 1:,} 列，超过上限 {limits.max_columns} 列"
                            cell = f"{column_letter(min(col, 16383))}{row + 1}"
                            raise ReadError(path, f"工作表“{names.get(member, member)}”的 {cell} 单元格有内容，"
                                                  f"表格因此有 {reach}：如是多余的内容，请删除这个单元格后再导入")
    except (zipfile.BadZipFile, KeyError, OSError):
        pass  # calamine says what is wrong with the file


def _xlsb_sheet_names(zf: zipfile.ZipFile) -> dict[str, str]:
    """An .xlsb's sheet parts → the sheets' names (workbook.bin's BrtBundleSh records, by their relationship)."""
    try:
        rels = {r.get("Id"): r.get("Target", "") for r in
                ET.fromstring(zf.read("xl/_rels/workbook.bin.rels")).iter() if r.get("Id")}
        data = zf.read("xl/workbook.bin")
    except (KeyError, ET.ParseError):
        return {}
    names = {}
    for typ, start, end in _xlsb_records(data):
        if typ != 0x009C or end - start < 16:
            continue
        try:
            cch = int.from_bytes(data[start + 8:start + 12], "little")
            rel = data[start + 12:start + 12 + 2 * cch].decode("utf-16-le")
            at = start + 12 + 2 * cch
            n = int.from_bytes(data[at:at + 4], "little")
            name = data[at + 4:at + 4 + 2 * n].decode("utf-16-le")
        except UnicodeDecodeError:
            continue
        target = rels.get(rel, "")
        names["xl/" + target.lstrip("/").removeprefix("xl/")] = name
    return names


class FarCells(RuntimeError):
    """A sheet holds a cell beyond the limits (a space typed in column XFD, a value in row 1,048,576): calamine
    makes a sheet one dense block from A1 to its farthest cell, so a 5 KB file with cells at A1 and XFD1048576 asked
    for 550 GB and the process aborted. Such a file is read by openpyxl instead."""


_STRINGS_COUNT = re.compile(rb'\b(?:unique)?[cC]ount="(\d+)"')


def _strings_counted_honestly(path: Path) -> bool:
    """Whether the shared strings' table declares no more strings than it could hold: calamine reserves room for
    the declared number before reading one, so a table saying uniqueCount="2000000000" (one edit to a real file)
    asked for 48 GB and aborted the process. Each string takes at least "<si><t/></si>", 13 bytes."""
    try:
        with zipfile.ZipFile(path) as zf:
            info = zf.getinfo("xl/sharedStrings.xml")
            with zf.open(info) as f:
                head = f.read(4096)
    except (KeyError, zipfile.BadZipFile, OSError):
        return True  # no table, or a damaged file calamine will say is damaged
    start = head.find(b"<sst")
    tag = head[start:head.find(b">", start)] if start >= 0 else b""
    return all(int(n) <= info.file_size // 13 + 16 for n in _STRINGS_COUNT.findall(tag))


def _beyond(name: str, letters: str) -> bytes:
    """A pattern for the strings of ``letters`` of ``name``'s length that sort after it ("KN" → K[O-Z]|[L-Z][A-Z])."""
    ends = []
    for i, ch in enumerate(name):
        later = letters[letters.index(ch) + 1:]
        if later:
            ends.append(re.escape(name[:i]) + f"[{later[0]}-{later[-1]}]" + f"[{letters[0]}-{letters[-1]}]" * (len(name) - i - 1))
    return "|".join(ends).encode() or b"(?!)"


def _far_pattern(limits: Limits) -> re.Pattern[bytes]:
    """A cell's or a row's reference beyond ``limits``, by its letters or its digits: one pattern led by a literal,
    so the regex engine skips from one reference to the next at C speed (a 34 MB sheet of 50,000 rows: 0.11 s,
    0.06 s of it unzipping)."""
    col, row = column_letter(limits.max_columns - 1), str(limits.max_rows)
    cols = rb"[A-Z]{%d,}\d|(?:%s)\d" % (len(col) + 1, _beyond(col, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    rows = rb"[A-Z]{0,3}(?:\d{%d,}|%s)\b" % (len(row) + 1, _beyond(row, "0123456789"))
    return re.compile(rb' r="(?:%s|%s)' % (cols, rows))


def _cells_beyond(path: Path, limits: Limits) -> set[str]:
    """The sheets holding a few cells (or rows) beyond the limits, found in their XML before calamine loads them: a
    stray cell, read by openpyxl. A sheet with many is as large as it says: refused, unloaded."""
    far = _far_pattern(limits)
    out = set()
    try:
        with zipfile.ZipFile(path) as zf:
            for name, member in _sheet_files(zf).items():
                height = width = found = 0
                tail = b""  # the sheet's last 128 KB: its last row
                for data in _cell_chunks(zf, member):
                    tail = tail[-(64 << 10):] + data[-(64 << 10):]
                    for m in far.finditer(data) if found < _FAR_CELLS_READ_APART else ():
                        if data[max(0, m.start() - 4):m.start()] == b"<row" or not _holds_a_value(data, m.end()):
                            continue  # a row, or a cell only formatted: calamine gives it no place in the sheet
                        ref = _REF.match(data, m.start() + 4)
                        if ref is not None:
                            width = max(width, _col_index(ref.group(1).decode()) + 1 if ref.group(1) else 0)
                            height = max(height, int(ref.group(2)))
                        found += 1
                        if found >= _FAR_CELLS_READ_APART:
                            break
                if found >= _FAR_CELLS_READ_APART:
                    # the sheet is that large: said by its size, its last row as it ends (rows come in order)
                    last = _LAST_ROW.match(tail, tail.rfind(b"<row ")) if b"<row " in tail else None
                    _check_size(path, name, max(height, int(last.group(1)) if last else 0), width, limits)
                if found:
                    out.add(name)
    except (zipfile.BadZipFile, KeyError, OSError, ET.ParseError):
        pass  # calamine says what is wrong with the file
    return out


def _holds_a_value(data: bytes, at: int) -> bool:
    """Whether the cell whose tag goes on at ``at`` holds a value (<v>, or <is> rich text), not a format alone."""
    end = data.find(b">", at)
    if end < 0 or data[end - 1:end] == b"/":
        return False
    close = data.find(b"</c>", end)
    inner = data[end + 1:close if close >= 0 else len(data)]
    return b"<v" in inner or b"<is" in inner


_REF = re.compile(rb"([A-Z]{0,3})(\d+)")
_LAST_ROW = re.compile(rb'<row\b[^>]*?\br="(\d+)"')
_FAR_CELLS_READ_APART = 1000  # more cells than this beyond the limits: the sheet is that large, not a stray cell


def _calamine_sheets(parsed: list[tuple[Any, bool]]) -> list[Sheet]:
    sheets = []
    for sh, hidden in parsed:
        try:
            with _rust_panics_unsaid():
                rows = sh.to_python(skip_empty_area=False)
        except BaseException as exc:
            _stopped(exc)
        # whole numbers come back as floats; 1.0 should read "1" in a header or a title
        for i in range(min(HEAD_ROWS, len(rows))):
            rows[i] = [plain_number(v) for v in rows[i]]
        merged = _within(rows, [(a[0], a[1], b[0], b[1]) for a, b in (sh.merged_cell_ranges or [])])
        sheets.append(Sheet(sh.name, rows, merged, hidden=hidden))
    return sheets


def _within(rows: list[list[Any]], merged: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """The merged ranges as far as the sheet has rows: a merge of blank cells below the last row with a value
    (a file may keep one) holds nothing, and the readers give no rows there."""
    last = len(rows) - 1
    return [(r0, c0, min(r1, last), c1) for r0, c0, r1, c1 in merged if 0 <= r0 <= last]


def _read_openpyxl(path: Path, limits: Limits) -> list[Sheet]:
    import openpyxl  # uses defusedxml when it is installed

    with warnings.catch_warnings(record=True) as said:  # not on the planner's terminal: in the preview
        warnings.simplefilter("always")
        wb = openpyxl.load_workbook(path, read_only=False, data_only=True)
    out_of_range = [m.groups() for w in said if (m := _NO_DATE_THERE.match(str(w.message)))]
    sheets = []
    for ws in wb.worksheets:
        height, width, far = _within_limits(path, ws, limits)
        _check_size(path, ws.title, height, width, limits)
        rows, percent, struck = [], set(), set()
        for r, row in enumerate(ws.iter_rows(max_row=height, max_col=width) if height and width else ()):
            rows.append([plain_number("" if cell.value is None else cell.value) for cell in row])
            rows[-1] = [str(v) if type(v) is float and not math.isfinite(v) else v for v in rows[-1]]  # 1e400, NaN
            percent.update((r, c) for c, cell in enumerate(row) if "%" in _quoted_out(cell.number_format or ""))
            struck.update((r, c) for c, cell in enumerate(row) if cell.has_style and cell.font.strike)
        merged = _within(rows, [(m.min_row - 1, m.min_col - 1, m.max_row - 1, m.max_col - 1)
                                for m in ws.merged_cells.ranges])
        hidden_rows = {r - 1 for r, d in ws.row_dimensions.items() if d.hidden}
        hidden_columns = {c for letter, d in ws.column_dimensions.items() if d.hidden
                          for c in range((d.min or 1) - 1, min(d.max or 1, _MAX_COLUMNS))}
        sheet = Sheet(ws.title, rows, merged, percent=percent, hidden=ws.sheet_state != "visible",
                      hidden_rows=hidden_rows, hidden_columns=hidden_columns, struck=struck)
        sheet.warnings.extend(far)
        out_of_range = _dates_out_of_range(sheet, out_of_range)
        sheets.append(sheet)
    return sheets


def _within_limits(path: Path, ws, limits: Limits) -> tuple[int, int, list[tuple[int, int, str, str]]]:
    """The rows and columns of ``ws`` to read: as far as its last value within the limits, where every cell beyond
    them is blank (a space typed in column XFD, a cell formatted in row 1,048,576: said, and left); refused, naming
    the cell, where one beyond holds a value. openpyxl keeps the cells it read in a dict (``_cells``): only those
    are looked at, never the rectangle up to the farthest."""
    if ws.max_row <= limits.max_rows and ws.max_column <= limits.max_columns:
        return ws.max_row, ws.max_column, []
    height = width = 0
    far = []
    for (r, c), cell in ws._cells.items():  # noqa: SLF001 - the sparse cells; iter_rows walks the whole rectangle
        v = cell.value
        if v is None or (type(v) is str and not v.strip()):
            if v is not None and (r > limits.max_rows or c > limits.max_columns) and len(far) < 20:
                far.append((r - 1, c - 1, v, "远处的单元格只有空格（超出表格的上限），已忽略"))
            continue
        if r > limits.max_rows or c > limits.max_columns:
            reach = f"{r:,} 行，超过上限 {limits.max_rows:,} 行" if r > limits.max_rows else \
                f"{c:,} 列，超过上限 {limits.max_columns} 列"
            raise ReadError(path, f"工作表“{ws.title}”的 {column_letter(c - 1)}{r} 单元格有内容（“{str(v)[:20]}”），"
                                  f"表格因此有 {reach}：如是多余的内容，请删除这个单元格后再导入")
        height, width = max(height, r), max(width, c)
    return height, width, far


# openpyxl's word for a number no date can show (-1e308 in a cell formatted as a date), which it reads as #VALUE!
_NO_DATE_THERE = re.compile(r"Cell ([A-Z]+)(\d+) is marked as a date but the serial value (\S+) is outside")


def _dates_out_of_range(sheet: Sheet, said: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The number back in each cell openpyxl said of, with a word why it is no date; what is left belongs to a
    later sheet (openpyxl does not say which sheet; its cells hold #VALUE!)."""
    left = []
    for letter, row, number in said:
        r, c = int(row) - 1, _col_index(letter)
        if r < len(sheet.rows) and c < len(sheet.rows[r]) and sheet.rows[r][c] == "#VALUE!":
            sheet.rows[r][c] = number
            sheet.warnings.append((r, c, number, f"单元格设为日期格式，但其中的数 {number} 不是任何日期"))
        else:
            left.append((letter, row, number))
    return left


_FORMULA_NO_VALUE = re.compile(rb'<c r="([A-Z]+)(\d+)"[^>]*>\s*<f[^>]*?(?:/>|>([^<]*)</f>)\s*(?:<v\s*/>|<v></v>)?\s*</c>')
_ERROR_CELL = re.compile(rb'<c r="([A-Z]+)(\d+)"[^>]*\bt="e"[^>]*>(?:\s*<f[^>]*?(?:/>|>[^<]*</f>))?\s*<v>([^<]*)</v>')


def _scan_cells(path: Path, fills: bool = False, only: str | None = None) -> dict[str, tuple]:
    """What the fast reader does not say, per sheet name: formulas saved without
    their computed value (they read as empty), error cells (#REF!, #DIV/0! …) and
    numbers formatted as percentages."""
    found: dict[str, tuple[list, dict, set]] = {}
    try:
        with zipfile.ZipFile(path) as zf:
            styles, shading, strike = _cell_styles(zf)
            marks = [b's="%d"' % i for i in styles]
            strikes = [b's="%d"' % i for i in strike]
            crossed = _crossed_out_strings(zf)
            coloured = [b's="%d"' % i for i in shading] if fills else []
            for name, member in _sheet_files(zf).items():
                if only is not None and name != only:
                    continue
                warnings: list[tuple[int, int, str, str]] = []
                errors: dict[tuple[int, int], str] = {}
                percent: set[tuple[int, int]] = set()
                hidden_rows: set[int] = set()
                hidden_columns: set[int] = set()
                shaded: dict[tuple[int, int], int] = {}
                struck: set[tuple[int, int]] = set()
                kept: dict[tuple[int, int], tuple[str, str]] = {}  # a cell's text, and what is left of it unstruck
                unbounded: dict[tuple[int, int], str] = {}  # cells holding no finite number, as written
                for data in _cell_chunks(zf, member):
                    if crossed and b't="s"' in data:
                        _cells_crossed_out(data, crossed, kept, struck)
                    if b"<strike" in data and b"inlineStr" in data:
                        _inline_crossed_out(data, kept, struck)
                    if b"hidden=" in data:  # <col min max hidden="1"/> before the cells, <row r hidden="1">
                        for tag in _COL_TAG.findall(data):  # min, max and hidden in any order (LibreOffice's)
                            lo, hi = _COL_MIN.search(tag), _COL_MAX.search(tag)
                            if _HIDDEN.search(tag) and lo and hi:
                                hidden_columns.update(range(int(lo.group(1)) - 1, min(int(hi.group(1)), _MAX_COLUMNS)))
                        hidden_rows.update(int(m.group(1)) - 1 for m in _HIDDEN_ROW.finditer(data))
                    # (a table has a few percentage columns; a sheet of millions is refused by its size)
                    if marks and len(percent) < _MAX_PERCENT_CELLS and any(m in data for m in marks):
                        for m in _STYLED_CELL.finditer(data):
                            attrs = m.group(3)
                            style = _STYLE_OF.search(attrs)
                            if style and int(style.group(1)) in styles and not _TEXT_TYPE.search(attrs):
                                percent.add((int(m.group(2)) - 1, _col_index(m.group(1).decode())))
                    if coloured and len(shaded) < _MAX_SHADED_CELLS and any(m in data for m in coloured):
                        for m in _STYLED_CELL.finditer(data):
                            style = _STYLE_OF.search(m.group(3))
                            fill = shading.get(int(style.group(1))) if style else None
                            if fill is not None:
                                shaded[(int(m.group(2)) - 1, _col_index(m.group(1).decode()))] = fill
                    if strikes and len(struck) < _MAX_STRUCK_CELLS and any(m in data for m in strikes):
                        # a row struck through: a project or an indicator taken off the list, kept there to be seen
                        for m in _STYLED_CELL.finditer(data):
                            style = _STYLE_OF.search(m.group(3))
                            if style and int(style.group(1)) in strike:
                                struck.add((int(m.group(2)) - 1, _col_index(m.group(1).decode())))
                    if _UNBOUNDED_VALUE.search(data):  # 1e400, NaN: no spreadsheet program writes them
                        for m in _UNBOUNDED_CELL.finditer(data):
                            if not math.isfinite(float(m.group(3))):
                                unbounded[(int(m.group(2)) - 1, _col_index(m.group(1).decode()))] = m.group(3).decode()
                    if b"<f" in data:
                        for m in _FORMULA_NO_VALUE.finditer(data):
                            # the formula as the cell shows it in Excel ("=D3+E3"), so the planner finds it; a
                            # shared formula's copies carry none of their own
                            typed = "=" + html.unescape(m.group(3).decode("utf-8", "replace")) if m.group(3) else ""
                            warnings.append((int(m.group(2)) - 1, _col_index(m.group(1).decode()), typed,
                                             "公式没有保存计算结果（请在 Excel/WPS 中打开并保存后再导入）"))
                    if b't="e"' in data:
                        for m in _ERROR_CELL.finditer(data):
                            errors[(int(m.group(2)) - 1, _col_index(m.group(1).decode()))] = m.group(3).decode()
                found[name] = (warnings, errors, percent, hidden_rows, hidden_columns, shaded, struck, kept, unbounded)
    except (zipfile.BadZipFile, KeyError, OSError, ET.ParseError):
        return found
    return found


# a number cell no program writes: infinite or not a number ("1e400" overflows a float to inf)
_UNBOUNDED_VALUE = re.compile(rb"<v>[-+]?(?:[iI][nN][fF]|[nN][aA][nN]|[\d.]+[eE]\+?\d{3})")
_UNBOUNDED_CELL = re.compile(rb'<c r="([A-Z]+)(\d+)"[^>]*>\s*<v>([-+]?(?:[iI][nN][fF]\w*|[nN][aA][nN]|[\d.]+[eE]\+?\d{3,}))</v>')
_MAX_PERCENT_CELLS = 1_000_000
_MAX_SHADED_CELLS = 1_000_000
_MAX_STRUCK_CELLS = 1_000_000
_MAX_COLUMNS = 16_384  # Excel's; a <col max="16384" hidden="1"> hides the rest of the sheet
_COL_TAG = re.compile(rb"<col\b[^>]*>")
_COL_MIN, _COL_MAX = re.compile(rb'\bmin="(\d+)"'), re.compile(rb'\bmax="(\d+)"')
_HIDDEN = re.compile(rb'\bhidden="(?:1|true)"')
_HIDDEN_ROW = re.compile(rb'<row\b(?=[^>]*\bhidden="(?:1|true)")[^>]*?\br="(\d+)"')
_STYLED_CELL = re.compile(rb'<c r="([A-Z]+)(\d+)"([^>]*)>')
_STYLE_OF = re.compile(rb'\bs="(\d+)"')
_TEXT_TYPE = re.compile(rb'\bt="(?:s|str|inlineStr|b|e)"')


def _crossed_out_strings(zf: zipfile.ZipFile) -> dict[int, tuple[str, str]]:
    """The shared strings some of whose text is struck through ("2024年6月" struck before "2024年9月" typed after it,
    as an office revises a date in its cell), by index: (the whole text, the text without what is struck). Read as
    one text the cell was "2024年6月2024年9月", refused or read as the old date."""
    try:
        with zf.open("xl/sharedStrings.xml") as f:
            tail, struck = b"", False
            for data in iter(lambda: f.read(8 << 20), b""):
                if b"<strike" in tail + data[:8] or b"<strike" in data:  # (a mark cut between two pieces too)
                    struck = True
                    break
                tail = data[-8:]
            if not struck:
                return {}  # the usual file: nothing struck, nothing parsed
        out = {}
        with zf.open("xl/sharedStrings.xml") as f:
            root = None
            i = 0
            for event, el in ET.iterparse(f, events=("start", "end")):
                if root is None:
                    root = el
                if event == "end" and el.tag == f"{_NS}si":
                    if (got := _unstruck(el)) is not None:
                        out[i] = got
                    i += 1
                    root.clear()  # each string let go once read: a table of strings may be hundreds of MB
        return out
    except KeyError:
        return {}


_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def _unstruck(text: ET.Element) -> tuple[str, str] | None:
    """A rich text (<si>, <is>) and what is left of it without its struck runs; None when none is struck."""
    kept, whole, any_struck = [], [], False
    for run in text.findall(f"{_NS}r"):
        said = "".join(t.text or "" for t in run.iter(f"{_NS}t"))
        mark = run.find(f"{_NS}rPr/{_NS}strike")
        struck = mark is not None and mark.get("val", "1") not in ("0", "false")
        any_struck |= struck and bool(said.strip())
        whole.append(said)
        if not struck:
            kept.append(said)
    return ("".join(whole), "".join(kept).strip()) if any_struck else None


_INLINE_CELL = re.compile(rb'<c r="([A-Z]+)(\d+)"([^>]*)>\s*(<is>.*?</is>)', re.S)


def _inline_crossed_out(data: bytes, kept: dict, struck: set) -> None:
    """As :func:`_cells_crossed_out`, for rich text written in the cell (openpyxl's and other programs' inlineStr)."""
    for m in _INLINE_CELL.finditer(data):
        if b"<strike" not in m.group(4) or b'inlineStr' not in m.group(3):
            continue
        try:
            got = _unstruck(ET.fromstring(b'<x xmlns="%s">%s</x>' % (_NS[1:-1].encode(), m.group(4)))[0])
        except ET.ParseError:
            continue
        if got is not None:
            at = (int(m.group(2)) - 1, _col_index(m.group(1).decode()))
            if got[1]:
                kept[at] = got
            else:
                struck.add(at)


_SHARED_CELL = re.compile(rb'<c r="([A-Z]+)(\d+)"([^>]*)>\s*<v>(\d+)</v>')
STRUCK_TEXT_SAID = "单元格中划去（删除线）的文字未读入，按“{kept}”读入"


def struck_apart(r: int, c: int, kept: str, crossed: str, struck: set, warnings: list) -> str:
    """A cell's text where some of it is struck through (删除线), as every reader takes it: all of it struck, the cell
    is a struck cell (a name crossed off the list: its row left out), its text the struck words; a part struck (an
    old date before the new one), the rest is the cell's, said."""
    kept, crossed = kept.strip(), crossed.strip()
    if crossed and not kept:
        struck.add((r, c))
        return crossed
    if crossed:
        warnings.append((r, c, crossed + kept, STRUCK_TEXT_SAID.format(kept=kept)))
    return kept


def _crossed_out(sheet: Sheet, crossed: dict[tuple[int, int], tuple[str, str]]) -> None:
    """The cells a scan beside calamine found struck in part: their text without the struck part, said."""
    for (r, c), (whole, kept) in crossed.items():
        if r < len(sheet.rows) and c < len(sheet.rows[r]):
            sheet.rows[r][c] = kept
            sheet.warnings.append((r, c, whole, STRUCK_TEXT_SAID.format(kept=kept)))


def _cells_crossed_out(data: bytes, crossed: dict[int, tuple[str, str]], kept: dict, struck: set) -> None:
    """The cells of ``data`` holding a shared string with struck text, each with its text and what is left of it;
    a cell all of whose text is struck is a struck cell."""
    for m in _SHARED_CELL.finditer(data):
        if b't="s"' not in m.group(3) or (got := crossed.get(int(m.group(4)))) is None:
            continue
        at = (int(m.group(2)) - 1, _col_index(m.group(1).decode()))
        if got[1]:
            kept[at] = got
        else:
            struck.add(at)


def _cell_styles(zf: zipfile.ZipFile) -> tuple[set[int], dict[int, int], set[int]]:
    """The cell styles (indexes into cellXfs) whose number format shows a percentage, those that colour the
    cell's background, each with its fill, and those whose font is struck through. Read as a stream, each style
    let go once read: a styles.xml of 1.5 million styles (105 MB, random enough to pass the zip's ratio check)
    held 831 MB as one tree, and the 1 GB a file may unpack to would have held some 8 GB."""
    ns = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    try:
        stream = zf.open("xl/styles.xml")
    except KeyError:
        return set(), {}, set()
    codes: dict[int, str] = {}
    solid: set[int] = set()
    strike: set[int] = set()
    xfs: list[tuple[int, int, int]] = []  # cellXfs: (numFmtId, fillId, fontId), in order
    counts = {"fills": 0, "fonts": 0}
    path: list[str] = []
    within: list[ET.Element] = []
    with stream:
        for event, el in ET.iterparse(stream, events=("start", "end")):
            tag = el.tag[len(ns):] if el.tag.startswith(ns) else el.tag
            if event == "start":
                path.append(tag)
                within.append(el)
                continue
            path.pop()
            within.pop()
            parent = path[-1] if path else ""
            if tag == "numFmt" and parent == "numFmts":
                codes[int(el.get("numFmtId", -1))] = el.get("formatCode", "")
            elif tag == "fill" and parent == "fills":
                if _coloured(el, ns):
                    solid.add(counts["fills"])
                counts["fills"] += 1
            elif tag == "font" and parent == "fonts":
                mark = el.find(f"{ns}strike")
                if mark is not None and mark.get("val", "1") not in ("0", "false"):
                    strike.add(counts["fonts"])
                counts["fonts"] += 1
            elif tag == "xf" and parent == "cellXfs":
                xfs.append((int(el.get("numFmtId", 0) or 0), int(el.get("fillId", 0) or 0), int(el.get("fontId", 0) or 0)))
            if len(path) == 2:  # a style read: its list lets it go (the list would keep a million of them)
                within[-1].clear()
    out, shaded, struck = set(), {}, set()
    for i, (fmt, fill, font) in enumerate(xfs):
        if fmt in (9, 10) or "%" in _quoted_out(codes.get(fmt, "")):  # 9 and 10 are Excel's built-in 0% and 0.00%
            out.add(i)
        if fill in solid:
            shaded[i] = fill
        if font in strike:
            struck.add(i)
    return out, shaded, struck


def _coloured(fill: ET.Element, ns: str) -> bool:
    """A fill that colours the cell (not none, not Excel's default gray125, not white)."""
    pattern = fill.find(f"{ns}patternFill")
    if pattern is None or pattern.get("patternType") in (None, "none", "gray125"):
        return False
    colour = pattern.find(f"{ns}fgColor")
    rgb = (colour.get("rgb") or "") if colour is not None else ""
    return rgb.upper()[-6:] != "FFFFFF"


def _quoted_out(code: str) -> str:
    """A number format without its quoted text and escapes: "0.0\"%\"" shows no percentage."""
    return re.sub(r'"[^"]*"|\\.', "", code)


def _cell_chunks(zf: zipfile.ZipFile, member: str, size: int = 8 << 20, marker: bytes = b"<c "):
    """The sheet XML in pieces that each end before a ``marker`` (a cell, a row)
    starts, so that a huge sheet never sits in memory whole and none is cut in two."""
    try:
        f = zf.open(member)
    except KeyError:
        return
    with f:
        carry = b""
        while True:
            chunk = f.read(size)
            if not chunk:
                if carry:
                    yield carry
                return
            buf = carry + chunk
            cut = buf.rfind(marker)
            if cut <= 0:
                carry = buf
                continue
            yield buf[:cut]
            carry = buf[cut:]


def _col_index(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def _sheet_files(zf: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name → the XML member holding it."""
    ns_main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    ns_rel = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    wb = ET.fromstring(zf.read("xl/workbook.xml"))
    rels = ET.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target") for r in rels}
    out = {}
    for s in wb.iter(f"{ns_main}sheet"):
        target = targets.get(s.get(f"{ns_rel}id"), "")
        target = target.lstrip("/")
        out[s.get("name")] = target if target.startswith("xl/") else "xl/" + target
    return out


def squared(path: Path, rows: list[list[Any]], limits: Limits) -> None:
    """``rows`` made one width, as a workbook's reader gives them (a cell merged down is filled into the
    rows below it only where they reach its column); refused when that is over the cell limit."""
    width = max((len(row) for row in rows), default=0)
    if width * len(rows) > limits.max_cells:
        raise ReadError(path, f"超过上限 {limits.max_cells:,} 个单元格")
    for row in rows:
        row.extend([None] * (width - len(row)))


def _is_text_table(head: bytes) -> bool:
    """Whether a file's first bytes are text with a separator in its first lines: what some systems
    export under an .xls name (tab-separated, in GBK or UTF-16), which Excel opens as a table."""
    if head[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        return True
    if b"\x00" in head or head.lstrip().startswith(b"<"):
        return False
    text = None
    for enc in ("utf-8-sig", "gb18030"):
        for cut in range(4):  # the first bytes may end inside a character
            try:
                text = head[:len(head) - cut].decode(enc)
                break
            except UnicodeDecodeError:
                continue
        if text is not None:
            break
    if text is None:
        return False
    lines = text.splitlines()[:6]
    return any(sep in line for line in lines for sep in "\t,;") and \
        all(ch.isprintable() or ch == "\t" for line in lines for ch in line)


def _decoded(raw: bytes) -> str | None:
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return None  # pragma: no cover - gb18030 decodes almost anything


def _read_report_text(path: Path, limits: Limits) -> tuple[Sheet | None, str | None]:
    """A .txt holding a plan report (its text saved from Word or copied from the published page): its measures
    and targets; None when it is no report (a table saved as text), with the text decoded for the table's reader
    (None where it is no plain UTF-8 or GBK text: UTF-16, binary)."""
    from .plan_report import report_sheet

    raw = path.read_bytes()
    if b"\x00" in raw[:4096]:
        return None, None
    text = _decoded(raw)
    if text is None:  # pragma: no cover - gb18030 decodes almost anything
        return None, None
    # (a table saved as text has no "三、…工作思路和具体举措" line followed by "（一）" sections: it is read as one)
    lines = text.splitlines()
    if len(lines) > limits.max_rows:
        raise ReadError(path, f"超过上限 {limits.max_rows:,} 行")
    return report_sheet(lines, path.stem), text


def _read_csv(path: Path, limits: Limits, text: str | None = None) -> Sheet:
    if text is None:
        text = _csv_text(path)
    return _csv_rows(path, limits, text)


def _csv_text(path: Path) -> str:
    raw = path.read_bytes()
    if raw[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        # Excel's "Unicode 文本" (and some exports): UTF-16 with its byte-order mark, tab-separated
        try:
            raw = raw.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            raise ReadError(path, "文件以 UTF-16 标记开头，但内容不是 UTF-16 文本") from None
    if b"\x00" in raw[:4096]:
        raise ReadError(path, "不是文本格式的 CSV 文件（含二进制内容）")
    text = _decoded(raw)
    if text is None:
        raise ReadError(path, _mixed_encodings(raw) or "无法识别文件编码（应为 UTF-8 或 GBK/GB18030）")
    return text


def _mixed_encodings(raw: bytes) -> str | None:
    """Where a file neither UTF-8 nor GBK reads is UTF-8 up to a line: rows pasted from a GBK file at the end of
    a UTF-8 one (two offices' lists put together in a text editor). The line is what to look at."""
    try:
        raw.decode("utf-8-sig")
        return None
    except UnicodeDecodeError as e:
        head = raw[:e.start]
    if head.isascii():  # nothing Chinese read as UTF-8 before it: no telling which the file meant
        return None
    line = head.count(b"\n") + 1
    return f"第 {line} 行起不是 UTF-8 文本（前面的行是）：文件像是两种编码的内容拼在一起，请统一另存为 UTF-8 或 GBK 后再导入"


def _csv_rows(path: Path, limits: Limits, text: str) -> Sheet:
    sample = text[:8192]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = max(",;\t", key=sample.count)
    rows = []
    cells = 0  # 200 MB of commas is 100 million cells: stopped before they are all in memory
    # newline="": a line may end in \r alone (an old Mac's Excel), which csv reads as the end of a row; without
    # it a \r inside an unquoted cell stopped the reading
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for i, row in enumerate(reader):
            if i >= limits.max_rows:
                raise ReadError(path, f"超过上限 {limits.max_rows:,} 行")
            if len(row) > limits.max_columns:
                raise ReadError(path, f"第 {i + 1} 行有 {len(row)} 列，超过上限 {limits.max_columns} 列")
            cells += len(row)
            if cells > limits.max_cells:
                raise ReadError(path, f"超过上限 {limits.max_cells:,} 个单元格")
            rows.append(row)
    except csv.Error as exc:  # a cell of more than 131,072 characters (an unclosed quote swallowing the file)
        too_long = "field larger than field limit" in str(exc)
        raise ReadError(path, f"第 {reader.line_num} 行" + (
            f"有一个单元格超过 {csv.field_size_limit():,} 个字符（多半是引号没有配对，后面的内容都进了这一格）" if too_long
            else f"无法按 CSV 读取（{exc}）")) from None
    return Sheet(path.stem, rows, [], plain=True)
