"""Excel's XML spreadsheet of 2003 (XML 电子表格 2003): what many Java and .NET office systems export
under an .xls name, and what Excel, WPS and LibreOffice save as "XML 电子表格". One XML file of
Worksheet / Table / Row / Cell, where a cell names its column when it skips some (ss:Index) and a
merged range is a cell reaching right (ss:MergeAcross) or down (ss:MergeDown).

Parsed with defusedxml, a row at a time: a DTD or an entity declaration is refused (an XML bomb), and
the limits on rows, columns and cells hold as the rows come, before they are all in memory.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from pathlib import Path
from typing import Any

from .grid import HEAD_ROWS, Limits, ReadError, Sheet, plain_number
from .read import squared, struck_apart

__all__ = ["is_xml_2003", "read_xml_2003"]

_SS = "{urn:schemas-microsoft-com:office:spreadsheet}"
_X = "{urn:schemas-microsoft-com:office:excel}"
_HTML = "{http://www.w3.org/TR/REC-html40}"  # rich text in a cell: <S> struck through, <Font>, <B> …
_ROOT = re.compile(rb"<(?:\w+:)?Workbook\b[^>]*urn:schemas-microsoft-com:office:spreadsheet")


def is_xml_2003(head: bytes) -> bool:
    """Whether a file's first bytes are an XML spreadsheet of 2003."""
    head = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"<?xml") and (b"progid=\"Excel.Sheet\"" in head or _ROOT.search(head) is not None)


def read_xml_2003(path: Path, limits: Limits) -> list[Sheet]:
    """Every worksheet's cells, merged ranges, hidden rows and percentages."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import iterparse

    styles: dict[str, tuple[bool, object, bool]] = {}  # style ID → (a percentage, its fill, struck through)
    sheets: list[Sheet] = []
    sheet: Sheet | None = None
    fills: dict[tuple[int, int], object] = {}  # the sheet's coloured cells: a chart drawn by shading
    spans: list[tuple[int, int, int]] = []  # its cells merged down, still reaching
    column = -1  # the last <Column> met
    r = -1
    cells = 0
    try:
        # the ends of elements only: a start event for every cell doubles the time (the sheet is named
        # at its end, its rows read before)
        for _, el in iterparse(str(path), forbid_dtd=True):
            tag = el.tag
            if sheet is None and tag in (f"{_SS}Column", f"{_SS}Row", f"{_SS}Worksheet"):
                sheet, r, column, fills, spans = Sheet(f"Sheet{len(sheets) + 1}", []), -1, -1, {}, []
                sheets.append(sheet)
            if tag == f"{_SS}Style":
                fmt = el.find(f"{_SS}NumberFormat")
                shown = (fmt.get(f"{_SS}Format") or "") if fmt is not None else ""
                percent = shown == "Percent" or "%" in shown
                interior = el.find(f"{_SS}Interior")
                fill = interior.get(f"{_SS}Color") if interior is not None and \
                    interior.get(f"{_SS}Pattern", "Solid") != "None" else None
                font = el.find(f"{_SS}Font")
                struck = font is not None and font.get(f"{_SS}StrikeThrough") in ("1", "true")
                styles[el.get(f"{_SS}ID") or ""] = (percent, fill, struck)
                el.clear()
            elif tag == f"{_SS}Column" and sheet is not None:
                at = el.get(f"{_SS}Index")
                column = int(at) - 1 if at and at.isdigit() else column + 1
                span = _count(el.get(f"{_SS}Span"))
                if el.get(f"{_SS}Hidden") in ("1", "true"):  # an old copy of a column, hidden
                    sheet.hidden_columns.update(range(column, min(column + span, limits.max_columns) + 1))
                column += span
            elif tag == f"{_SS}Row" and sheet is not None:
                at = el.get(f"{_SS}Index")
                r = int(at) - 1 if at and at.isdigit() else r + 1
                if el.get(f"{_SS}Hidden") in ("1", "true"):
                    sheet.hidden_rows.add(r)
                cells += _row(path, sheet, r, el, styles, fills, spans, limits)
                if cells > limits.max_cells:
                    raise ReadError(path, f"超过上限 {limits.max_cells:,} 个单元格")
                el.clear()
            elif tag == f"{_X}Visible" and sheet is not None and (el.text or "").strip() in ("SheetHidden",
                                                                                              "SheetVeryHidden"):
                sheet.hidden = True
            elif tag == f"{_SS}Worksheet" and sheet is not None:
                sheet.name = el.get(f"{_SS}Name") or sheet.name
                _finish(path, sheet, fills, limits)
                el.clear()
                sheet = None
    except ReadError:
        raise
    except DefusedXmlException:
        raise ReadError(path, "文件含有 DTD/实体声明（可能是 XML 炸弹），已拒绝") from None
    except Exception as exc:  # noqa: BLE001 - a truncated or malformed file: say so, with what the parser saw
        raise ReadError(path, f"文件已损坏（{type(exc).__name__}: {exc}）") from None
    if not sheets:
        raise ReadError(path, "XML 表格中没有工作表")
    return sheets


def _row(path: Path, sheet: Sheet, r: int, el, styles: dict[str, tuple[bool, object, bool]],
         fills: dict[tuple[int, int], object], spans: list[tuple[int, int, int]], limits: Limits) -> int:
    """Row ``r``'s cells put on ``sheet``; how many cells they cover. A cell with no ss:Index goes
    to the next column not covered by a cell merged down from a row above (``spans``: the last row,
    first and last column of each such cell)."""
    spans[:] = [s for s in spans if s[0] >= r]
    taken = {c for _, c0, c1 in spans for c in range(c0, c1 + 1)}
    c = -1
    n = 0
    for cell in el.iter(f"{_SS}Cell"):
        at = cell.get(f"{_SS}Index")
        if at and at.isdigit():
            c = int(at) - 1
        else:
            c += 1
            while c in taken:
                c += 1
        across = _count(cell.get(f"{_SS}MergeAcross"))
        down = _count(cell.get(f"{_SS}MergeDown"))
        if c + across >= limits.max_columns:
            raise ReadError(path, f"第 {r + 1} 行有 {c + across + 1} 列，超过上限 {limits.max_columns} 列")
        if down:
            spans.append((r + down, c, c + across))
        if across or down:
            sheet.merged.append((r, c, r + down, c + across))
        percent, fill, struck = styles.get(cell.get(f"{_SS}StyleID") or "", (False, None, False))
        data = cell.find(f"{_SS}Data")
        value = _value(data, sheet, r, c) if data is not None else None
        if value is not None:
            if struck:  # the whole cell struck through (删除线): a name crossed off the list
                sheet.struck.add((r, c))
            if r >= limits.max_rows:
                raise ReadError(path, f"工作表“{sheet.name}”有 {r + 1:,} 行，超过上限 {limits.max_rows:,} 行")
            while len(sheet.rows) <= r:  # an empty row LibreOffice writes for its format alone adds none
                sheet.rows.append([])
            row = sheet.rows[r]
            row.extend([None] * (c + 1 - len(row)))
            row[c] = value
            if percent and type(value) is float:
                sheet.percent.add((r, c))
        n += (across + 1) * (down + 1)
        if fill and n <= limits.max_cells:
            fills.update(((i, j), fill) for i in range(r, r + down + 1) for j in range(c, c + across + 1))
        c += across
    return n


def _count(v: str | None) -> int:
    return min(int(v), 1000) if v and v.isdigit() else 0


def _value(data, sheet: Sheet, r: int, c: int) -> Any:
    """A cell's value as its type says: a number, a date, a truth value, an error, or its text (a
    string may hold rich text: its words, without their fonts)."""
    kind = data.get(f"{_SS}Type") or "String"
    text = "".join(data.itertext())
    if kind == "Number":
        try:
            number = float(text)
        except ValueError:
            return text
        return number if math.isfinite(number) else text  # "1e400", "NaN": as written, said as no number
    if kind == "DateTime":
        try:
            return dt.datetime.fromisoformat(text.rstrip("Z")[:26])
        except ValueError:
            return text
    if kind == "Boolean":
        return text.strip() in ("1", "true", "TRUE")
    if kind == "Error":
        sheet.errors[(r, c)] = text
        return text
    if len(data):  # rich text: a part struck through (<S>) is left out, said — an old date before the new one
        kept, crossed = _rich_text_parts(data)
        if crossed.strip():
            return struck_apart(r, c, kept, crossed, sheet.struck, sheet.warnings)
    return text if text else None


def _rich_text_parts(data) -> tuple[str, str]:
    """A rich-text cell's words not struck through, and those struck through (inside an <S>)."""
    kept: list[str] = []
    crossed: list[str] = []

    def walk(el, struck: bool) -> None:
        (crossed if struck else kept).append(el.text or "")
        for child in el:
            walk(child, struck or child.tag == f"{_HTML}S")
            (crossed if struck else kept).append(child.tail or "")

    walk(data, False)
    return "".join(kept), "".join(crossed)


def _finish(path: Path, sheet: Sheet, fills: dict[tuple[int, int], object], limits: Limits) -> None:
    """The sheet as a workbook's reader gives it: a rectangle, the head's whole numbers read as
    integers, a chart drawn by colouring cells ready to be read."""
    squared(path, sheet.rows, limits)
    for i in range(min(HEAD_ROWS, len(sheet.rows))):
        sheet.rows[i] = [plain_number(v) for v in sheet.rows[i]]
    sheet.shading = lambda: fills
