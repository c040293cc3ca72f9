"""What calamine does not give of an OpenDocument spreadsheet (.ods, what LibreOffice saves), read from its
content.xml: merged cells, percentages, error cells, hidden rows, struck-through text and coloured cells; and the
cells beyond the limits, found before calamine builds a sheet up to them."""
from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

from .grid import Limits
from .zip_xml import MAX_SHADED_CELLS, MAX_STRUCK_CELLS, cell_chunks, xml_text


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


def ods_far(path: Path, limits: Limits) -> str | None:
    """What a .ods holds beyond the limits, said, before calamine builds the sheet as one block up to it (a space
    typed in column XFD of a 2,000-row list: 2.8 GB and 7 s, then refused as 16,384 列): a value after a run of
    empty cells or rows reaching past them. LibreOffice ends every row and every sheet with such a run, empty."""
    name = ""  # the sheet the piece read is in
    try:
        with zipfile.ZipFile(path) as zf:
            # a piece at a time, each ending before a row (content.xml may unpack to a gigabyte); a run of rows and
            # the rows after it may fall in two pieces, where the size check after the read still refuses it
            for data in cell_chunks(zf, "content.xml", marker=b"<table:table-row"):
                found = _ods_far_in(data, limits)
                if found is not None:
                    m, value = found
                    sheet = _ODS_SHEET_NAME.findall(data, 0, m.start())
                    name = xml_text(sheet[-1]) if sheet else name
                    break
                sheet = _ODS_SHEET_NAME.findall(data)
                name = xml_text(sheet[-1]) if sheet else name
            else:
                return None
    except (zipfile.BadZipFile, KeyError, OSError):
        return None  # said by the reader
    text = xml_text(value.group(1) or b"").strip()[:20]
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


def scan_ods(path: Path, fills: bool = False) -> dict[str, tuple[list, set, dict, dict, dict, dict]]:
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
            for data in cell_chunks(zf, "content.xml", marker=b"<table:table-row"):
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
                                found[xml_text(name)] = (merged, percent, errors, shaded, struck, crossed)
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
                            if colours and len(shaded) < MAX_SHADED_CELLS:
                                _ods_styled(row, r, min(row_rep, _ODS_MAX_REPEAT), colours, shaded)
                            if strike and len(struck) < MAX_STRUCK_CELLS:
                                _ods_styled(row, r, min(row_rep, _ODS_MAX_REPEAT), strike, struck)
                            if span_marks and len(crossed) < MAX_STRUCK_CELLS and any(k in row for k in span_marks):
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
                errors[(r, c)] = xml_text(shown.group(1)).strip() if shown else "#VALUE!"
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
    return xml_text(b"".join(whole)), xml_text(b"".join(kept))


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
