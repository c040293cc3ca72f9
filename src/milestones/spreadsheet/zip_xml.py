"""Reading the XML parts of a workbook's zip a piece at a time (a sheet's XML may unpack to a gigabyte): what the
scans beside calamine (:mod:`.xlsx_scan`, :mod:`.ods_scan`, :mod:`.far_cells`) share."""
from __future__ import annotations

import html
import zipfile
import xml.etree.ElementTree as ET  # members are checked for DTDs before parsing


def xml_text(raw: bytes) -> str:
    return html.unescape(raw.decode("utf-8", "replace"))


# the most coloured or struck-through cells a scan notes in a sheet (what it keeps of them stays bounded)
MAX_SHADED_CELLS = 1_000_000
MAX_STRUCK_CELLS = 1_000_000


def cell_chunks(zf: zipfile.ZipFile, member: str, size: int = 8 << 20, marker: bytes = b"<c "):
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


def col_index(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def sheet_files(zf: zipfile.ZipFile) -> dict[str, str]:
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
