"""A minimal .xlsb written record by record (MS-XLSB): no program on this machine writes one (LibreOffice reads the
format only), and calamine reads these as it reads Excel's. One sheet; cells given as (row, column, value), 0-based."""
import struct
import zipfile

_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships '
         'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}" '
         'Target="{target}"/></Relationships>')
_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types '
          'xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/>'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>')


def _record(typ: int, data: bytes = b"") -> bytes:
    """A record: its type in one or two bytes, its size in up to four, seven bits a byte."""
    head = bytes([typ]) if typ < 0x80 else bytes([(typ & 0x7F) | 0x80, typ >> 7])
    n, size = len(data), b""
    while True:
        low, n = n & 0x7F, n >> 7
        size += bytes([low | (0x80 if n else 0)])
        if not n:
            return head + size + data


def _text(s: str) -> bytes:
    raw = s.encode("utf-16-le")
    return struct.pack("<I", len(raw) // 2) + raw


def _sheet(cells) -> bytes:
    by_row: dict[int, list] = {}
    for r, c, v in cells:
        by_row.setdefault(r, []).append((c, v))
    last = max(by_row)
    out = [_record(0x81), _record(0x94, struct.pack("<IIII", 0, last, 0, max(c for _, c, _ in cells))),
           _record(0x91)]  # BrtBeginSheet, BrtWsDim, BrtBeginSheetData
    for r in sorted(by_row):
        out.append(_record(0x00, struct.pack("<I", r) + bytes(13)))  # BrtRowHdr
        for c, v in sorted(by_row[r], key=lambda cv: cv[0]):
            out.append(_record(0x06, struct.pack("<II", c, 0) + _text(v)) if isinstance(v, str)  # BrtCellSt
                       else _record(0x05, struct.pack("<IId", c, 0, float(v))))  # BrtCellReal
    return b"".join(out) + _record(0x92) + _record(0x82)  # BrtEndSheetData, BrtEndSheet


def write(path, cells, name: str = "Sheet1"):
    """The workbook at ``path``, its one sheet named ``name``."""
    book = (_record(0x83) + _record(0x8F) + _record(0x9C, struct.pack("<II", 0, 1) + _text("rId1") + _text(name))
            + _record(0x90) + _record(0x9D, bytes(30)) + _record(0x84))  # BrtBundleSh … BrtCalcProp, BrtEndBook
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _TYPES)
        z.writestr("_rels/.rels", _RELS.format(kind="officeDocument", target="xl/workbook.bin"))
        z.writestr("xl/workbook.bin", book)
        z.writestr("xl/_rels/workbook.bin.rels", _RELS.format(kind="worksheet", target="worksheets/sheet1.bin"))
        z.writestr("xl/worksheets/sheet1.bin", _sheet(cells))
    return path
