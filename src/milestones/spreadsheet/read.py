"""Reading spreadsheets a planner was sent: the cell grid and the merged ranges.

Spreadsheets are untrusted. Before a cell is parsed the file is checked: it
must be a zip of sane size and compression ratio, its XML may not declare a
DTD (entity bombs), and a sheet may not be larger than the limits. Reading
uses python-calamine (fast, gives merged ranges); openpyxl (with defusedxml)
is the fallback for what calamine cannot open. OpenDocument spreadsheets
(.ods, what LibreOffice saves) are read by calamine too, their merged cells
and percentages from content.xml. CSV is read in UTF-8 (with or without BOM)
or GB18030, the encodings Chinese Excel writes.

What a reader gives is in :mod:`.grid`; the scans of a workbook's XML beside calamine in :mod:`.xlsx_scan`,
:mod:`.ods_scan` and :mod:`.far_cells` (cells beyond the limits); CSV and text in :mod:`.text_files`.
"""
from __future__ import annotations

import os
import math
import re
import sys
import threading
import warnings
import zipfile
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .far_cells import FarCells, cells_beyond, strings_counted_honestly, xlsb_within_limits
from .grid import HEAD_ROWS, Limits, ReadError, Sheet, Workbook, cell_text, check_size, column_letter, plain_number
from .text_files import is_text_table, read_csv, read_report_text
from .xlsx_scan import MAX_COLUMNS, quoted_out, scan_cells
from .zip_xml import col_index

# (the grid's names are given here too: the readers and the tests take them from the reading module)
__all__ = ["Limits", "Sheet", "Workbook", "ReadError", "read_workbook", "parse_early", "column_letter", "cell_text",
           "check_zip", "squared", "struck_apart", "HEAD_ROWS", "plain_number"]


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
        report, text = read_report_text(path, limits)
        if report is not None:
            return Workbook(path, [report], "report")
        return Workbook(path, [read_csv(path, limits, text)], "csv")  # the text decoded once
    if suffix == ".csv" and not head.startswith(b"PK\x03\x04"):  # (a workbook renamed .csv is read as one)
        return Workbook(path, [read_csv(path, limits)], "csv")
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
        if suffix == ".xls" and is_text_table(head):  # a system's "导出Excel" as tab-separated text
            return Workbook(path, [read_csv(path, limits)], "csv")
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
    if not head.startswith(b"PK") and suffix in (".xlsx", ".xlsm") and is_text_table(head):
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
        found = scan_cells(path)
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
                raise ReadError(path, _not_a_workbook(path) or "无法读取：文件已损坏，或不是 Excel、WPS 保存的表格；请在 Excel 或"
                                f" WPS 中打开后另存为 .xlsx 再导入（{type(exc).__name__}: {exc}; "
                                f"{type(exc2).__name__}: {exc2}）") from None
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
        sheet.shading = lambda name=sheet.name: _fills_of(scan_cells(path, fills=True, only=name), name, 5)
        if reader == "calamine":
            sheet.percent |= percent
            sheet.hidden_rows |= rows
            sheet.hidden_columns |= columns
            sheet.struck |= struck
        _as_shown(sheet)
    return Workbook(path, sheets, reader)


def _not_a_workbook(path: Path) -> str | None:
    """What an Office file that neither reader could read is, where it is no workbook at all: a Word document or a
    presentation given the workbook's name (the libraries said "XmlError: styleSheet"), or a package with no
    workbook in it. Asked only after both readers failed."""
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
    except (OSError, zipfile.BadZipFile):
        return None
    if "word/document.xml" in names:
        return "这是 Word 文档，不是表格：请把扩展名改为 .docx 后再导入（文档中的表格可以导入）"
    if "ppt/presentation.xml" in names:
        return "这是 PowerPoint 演示文稿，不是表格：请把其中的表格复制到 Excel 或 WPS 表格，保存为 .xlsx 后再导入"
    if not names & {"xl/workbook.xml", "xl/workbook.bin"}:
        return "不是 xlsx 文件（压缩包中没有工作簿）：请在 Excel 或 WPS 中打开后另存为 .xlsx 再导入"
    return None


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
    from .ods_scan import ods_far, scan_ods  # (its patterns compiled only for an .ods)

    far = ods_far(path, limits)
    if far is not None:
        raise ReadError(path, far)
    with ThreadPoolExecutor(1, thread_name_prefix="calamine") as pool:
        parsed = pool.submit(_parse_calamine, path, limits)
        found = scan_ods(path)
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
        sheet.shading = lambda name=sheet.name: _fills_of(scan_ods(path, fills=True), name, 3)
        _as_shown(sheet)
    return Workbook(path, sheets, "calamine")


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

    if path.suffix.lower() in (".xlsx", ".xlsm") and not strings_counted_honestly(path):
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
        xlsb_within_limits(path, limits)  # (openpyxl reads no .xlsb: a far value is refused, not read apart)
    far = cells_beyond(path, limits)
    for meta in wb.sheets_metadata:
        if str(meta.typ) not in ("SheetTypeEnum.WorkSheet", "WorkSheet") and "Work" not in str(meta.typ):
            continue  # chart sheets and the like carry no table
        if meta.name in far:
            raise FarCells(meta.name)  # (read by openpyxl, which keeps cells sparse: see cells_beyond)
        sh = wb.get_sheet_by_name(meta.name)
        end = sh.end
        height, width = (end[0] + 1, end[1] + 1) if end else (0, 0)
        check_size(path, meta.name, height, width, limits)
        sheets.append((sh, str(meta.visible).rsplit(".", 1)[-1] != "Visible"))
    return sheets


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
        check_size(path, ws.title, height, width, limits)
        rows, percent, struck = [], set(), set()
        for r, row in enumerate(ws.iter_rows(max_row=height, max_col=width) if height and width else ()):
            rows.append([plain_number("" if cell.value is None else cell.value) for cell in row])
            rows[-1] = [str(v) if type(v) is float and not math.isfinite(v) else v for v in rows[-1]]  # 1e400, NaN
            percent.update((r, c) for c, cell in enumerate(row) if "%" in quoted_out(cell.number_format or ""))
            struck.update((r, c) for c, cell in enumerate(row) if cell.has_style and cell.font.strike)
        merged = _within(rows, [(m.min_row - 1, m.min_col - 1, m.max_row - 1, m.max_col - 1)
                                for m in ws.merged_cells.ranges])
        hidden_rows = {r - 1 for r, d in ws.row_dimensions.items() if d.hidden}
        hidden_columns = {c for letter, d in ws.column_dimensions.items() if d.hidden
                          for c in range((d.min or 1) - 1, min(d.max or 1, MAX_COLUMNS))}
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
        r, c = int(row) - 1, col_index(letter)
        if r < len(sheet.rows) and c < len(sheet.rows[r]) and sheet.rows[r][c] == "#VALUE!":
            sheet.rows[r][c] = number
            sheet.warnings.append((r, c, number, f"单元格设为日期格式，但其中的数 {number} 不是任何日期"))
        else:
            left.append((letter, row, number))
    return left


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


def squared(path: Path, rows: list[list[Any]], limits: Limits) -> None:
    """``rows`` made one width, as a workbook's reader gives them (a cell merged down is filled into the
    rows below it only where they reach its column); refused when that is over the cell limit."""
    width = max((len(row) for row in rows), default=0)
    if width * len(rows) > limits.max_cells:
        raise ReadError(path, f"超过上限 {limits.max_cells:,} 个单元格")
    for row in rows:
        row.extend([None] * (width - len(row)))
