"""Cells beyond the limits, found in a workbook's XML (or an .xlsb's records) before calamine loads a sheet: it
makes a sheet one dense block from A1 to its farthest cell, so a value typed at XFD1048576 of a small file asked
for hundreds of gigabytes and aborted the process. Also the shared strings' declared count, which calamine
reserves room for before reading one."""
from __future__ import annotations

import re
import zipfile
import xml.etree.ElementTree as ET  # members are checked for DTDs before parsing
from pathlib import Path

from .grid import Limits, ReadError, check_size, column_letter
from .zip_xml import cell_chunks, col_index, sheet_files


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


def xlsb_within_limits(path: Path, limits: Limits) -> None:
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


def strings_counted_honestly(path: Path) -> bool:
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


def cells_beyond(path: Path, limits: Limits) -> set[str]:
    """The sheets holding a few cells (or rows) beyond the limits, found in their XML before calamine loads them: a
    stray cell, read by openpyxl. A sheet with many is as large as it says: refused, unloaded."""
    far = _far_pattern(limits)
    out = set()
    try:
        with zipfile.ZipFile(path) as zf:
            for name, member in sheet_files(zf).items():
                height = width = found = 0
                tail = b""  # the sheet's last 128 KB: its last row
                for data in cell_chunks(zf, member):
                    tail = tail[-(64 << 10):] + data[-(64 << 10):]
                    for m in far.finditer(data) if found < _FAR_CELLS_READ_APART else ():
                        if data[max(0, m.start() - 4):m.start()] == b"<row" or not _holds_a_value(data, m.end()):
                            continue  # a row, or a cell only formatted: calamine gives it no place in the sheet
                        ref = _REF.match(data, m.start() + 4)
                        if ref is not None:
                            width = max(width, col_index(ref.group(1).decode()) + 1 if ref.group(1) else 0)
                            height = max(height, int(ref.group(2)))
                        found += 1
                        if found >= _FAR_CELLS_READ_APART:
                            break
                if found >= _FAR_CELLS_READ_APART:
                    # the sheet is that large: said by its size, its last row as it ends (rows come in order)
                    last = _LAST_ROW.match(tail, tail.rfind(b"<row ")) if b"<row " in tail else None
                    check_size(path, name, max(height, int(last.group(1)) if last else 0), width, limits)
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
