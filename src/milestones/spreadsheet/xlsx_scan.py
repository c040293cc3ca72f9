"""What calamine does not give of an xlsx, read from its sheets' XML while calamine parses on another core:
formulas saved without a value, error cells, percentages, hidden rows and columns, struck-through cells and
words, coloured cells (a 横道图 drawn by shading), numbers no program writes."""
from __future__ import annotations

import html
import math
import re
import zipfile
import xml.etree.ElementTree as ET  # members are checked for DTDs before parsing
from pathlib import Path

from .zip_xml import MAX_SHADED_CELLS, MAX_STRUCK_CELLS, cell_chunks, col_index, sheet_files


_FORMULA_NO_VALUE = re.compile(rb'<c r="([A-Z]+)(\d+)"[^>]*>\s*<f[^>]*?(?:/>|>([^<]*)</f>)\s*(?:<v\s*/>|<v></v>)?\s*</c>')
_ERROR_CELL = re.compile(rb'<c r="([A-Z]+)(\d+)"[^>]*\bt="e"[^>]*>(?:\s*<f[^>]*?(?:/>|>[^<]*</f>))?\s*<v>([^<]*)</v>')


def scan_cells(path: Path, fills: bool = False, only: str | None = None) -> dict[str, tuple]:
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
            for name, member in sheet_files(zf).items():
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
                for data in cell_chunks(zf, member):
                    if crossed and b't="s"' in data:
                        _cells_crossed_out(data, crossed, kept, struck)
                    if b"<strike" in data and b"inlineStr" in data:
                        _inline_crossed_out(data, kept, struck)
                    if b"hidden=" in data:  # <col min max hidden="1"/> before the cells, <row r hidden="1">
                        for tag in _COL_TAG.findall(data):  # min, max and hidden in any order (LibreOffice's)
                            lo, hi = _COL_MIN.search(tag), _COL_MAX.search(tag)
                            if _HIDDEN.search(tag) and lo and hi:
                                hidden_columns.update(range(int(lo.group(1)) - 1, min(int(hi.group(1)), MAX_COLUMNS)))
                        hidden_rows.update(int(m.group(1)) - 1 for m in _HIDDEN_ROW.finditer(data))
                    # (a table has a few percentage columns; a sheet of millions is refused by its size)
                    if marks and len(percent) < _MAX_PERCENT_CELLS and any(m in data for m in marks):
                        for m in _STYLED_CELL.finditer(data):
                            attrs = m.group(3)
                            style = _STYLE_OF.search(attrs)
                            if style and int(style.group(1)) in styles and not _TEXT_TYPE.search(attrs):
                                percent.add((int(m.group(2)) - 1, col_index(m.group(1).decode())))
                    if coloured and len(shaded) < MAX_SHADED_CELLS and any(m in data for m in coloured):
                        for m in _STYLED_CELL.finditer(data):
                            style = _STYLE_OF.search(m.group(3))
                            fill = shading.get(int(style.group(1))) if style else None
                            if fill is not None:
                                shaded[(int(m.group(2)) - 1, col_index(m.group(1).decode()))] = fill
                    if strikes and len(struck) < MAX_STRUCK_CELLS and any(m in data for m in strikes):
                        # a row struck through: a project or an indicator taken off the list, kept there to be seen
                        for m in _STYLED_CELL.finditer(data):
                            style = _STYLE_OF.search(m.group(3))
                            if style and int(style.group(1)) in strike:
                                struck.add((int(m.group(2)) - 1, col_index(m.group(1).decode())))
                    if _UNBOUNDED_VALUE.search(data):  # 1e400, NaN: no spreadsheet program writes them
                        for m in _UNBOUNDED_CELL.finditer(data):
                            if not math.isfinite(float(m.group(3))):
                                unbounded[(int(m.group(2)) - 1, col_index(m.group(1).decode()))] = m.group(3).decode()
                    if b"<f" in data:
                        for m in _FORMULA_NO_VALUE.finditer(data):
                            # the formula as the cell shows it in Excel ("=D3+E3"), so the planner finds it; a
                            # shared formula's copies carry none of their own
                            typed = "=" + html.unescape(m.group(3).decode("utf-8", "replace")) if m.group(3) else ""
                            warnings.append((int(m.group(2)) - 1, col_index(m.group(1).decode()), typed,
                                             "公式没有保存计算结果（请在 Excel/WPS 中打开并保存后再导入）"))
                    if b't="e"' in data:
                        for m in _ERROR_CELL.finditer(data):
                            errors[(int(m.group(2)) - 1, col_index(m.group(1).decode()))] = m.group(3).decode()
                found[name] = (warnings, errors, percent, hidden_rows, hidden_columns, shaded, struck, kept, unbounded)
    except (zipfile.BadZipFile, KeyError, OSError, ET.ParseError):
        return found
    return found


# a number cell no program writes: infinite or not a number ("1e400" overflows a float to inf)
_UNBOUNDED_VALUE = re.compile(rb"<v>[-+]?(?:[iI][nN][fF]|[nN][aA][nN]|[\d.]+[eE]\+?\d{3})")
_UNBOUNDED_CELL = re.compile(rb'<c r="([A-Z]+)(\d+)"[^>]*>\s*<v>([-+]?(?:[iI][nN][fF]\w*|[nN][aA][nN]|[\d.]+[eE]\+?\d{3,}))</v>')
_MAX_PERCENT_CELLS = 1_000_000


MAX_COLUMNS = 16_384  # Excel's; a <col max="16384" hidden="1"> hides the rest of the sheet
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
            at = (int(m.group(2)) - 1, col_index(m.group(1).decode()))
            if got[1]:
                kept[at] = got
            else:
                struck.add(at)


_SHARED_CELL = re.compile(rb'<c r="([A-Z]+)(\d+)"([^>]*)>\s*<v>(\d+)</v>')


def _cells_crossed_out(data: bytes, crossed: dict[int, tuple[str, str]], kept: dict, struck: set) -> None:
    """The cells of ``data`` holding a shared string with struck text, each with its text and what is left of it;
    a cell all of whose text is struck is a struck cell."""
    for m in _SHARED_CELL.finditer(data):
        if b't="s"' not in m.group(3) or (got := crossed.get(int(m.group(4)))) is None:
            continue
        at = (int(m.group(2)) - 1, col_index(m.group(1).decode()))
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
        if fmt in (9, 10) or "%" in quoted_out(codes.get(fmt, "")):  # 9 and 10 are Excel's built-in 0% and 0.00%
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


def quoted_out(code: str) -> str:
    """A number format without its quoted text and escapes: "0.0\"%\"" shows no percentage."""
    return re.sub(r'"[^"]*"|\\.', "", code)
