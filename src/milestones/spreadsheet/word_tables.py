"""The tables of a Word document (.docx): the plan's attachments as the report's annex carries them,
or as an office sends them in Word. Laid out as a sheet, one under another as in the document: each
paragraph outside a table a row of one cell (the "附件1" line, the title, a note), each table its
cells, a cell spanning columns (w:gridSpan) or merged down (w:vMerge) a merged range, a cell's shading
its fill.

The package is checked as a workbook is (no bomb, no encryption, no DTD) and word/document.xml is
parsed with defusedxml.
"""
from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from .grid import Limits, ReadError, Sheet
from .read import check_zip, squared, struck_apart

__all__ = ["read_word", "read_word_tables"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DOCUMENT_LIMIT = 100 * 1024 * 1024  # word/document.xml parsed whole: a document of tables is a few MB


def read_word_tables(path: Path, limits: Limits) -> Sheet:
    """The document's tables and the lines around them on one sheet."""
    tables, _lines = read_word(path, limits)
    if tables is None:
        raise ReadError(path, "Word 文档中没有表格")
    return tables


def read_word(path: Path, limits: Limits) -> tuple[Sheet | None, list[str]]:
    """The document's tables and the lines around them on one sheet (None when it has no table), and its
    paragraphs outside the tables, in order (a report's text)."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    check_zip(path, limits)
    with zipfile.ZipFile(path) as zf:
        try:
            info = zf.getinfo("word/document.xml")
        except KeyError:
            raise ReadError(path, "不是 Word 文档（缺少 word/document.xml）") from None
        if info.file_size > _DOCUMENT_LIMIT:
            raise ReadError(path, f"Word 文档正文过大（{info.file_size / 1e6:.0f} MB）")
        raw = zf.read(info)
    try:
        root = fromstring(raw, forbid_dtd=True)
    except DefusedXmlException:
        raise ReadError(path, "“word/document.xml”含有 DTD/实体声明（可能是 XML 炸弹），已拒绝") from None
    except Exception as exc:  # noqa: BLE001 - a damaged document: say what the parser saw
        raise ReadError(path, f"文件已损坏（{type(exc).__name__}: {exc}）") from None
    body = root.find(f"{_W}body")
    grid = _Grid(path, limits)
    if body is not None:
        try:
            grid.block(body)
        except RecursionError:  # tables inside tables thousands deep: no office writes that
            raise ReadError(path, "Word 文档中的表格层层嵌套（表格里套表格）过深，无法读取；请把表格复制到 Excel 后再导入") from None
    if not grid.tables:
        return None, grid.lines
    squared(path, grid.rows, limits)
    fills = grid.fills
    return Sheet(path.stem, grid.rows, grid.merged, grid.warnings, shading=lambda: fills, struck=grid.struck), grid.lines


class _Grid:
    def __init__(self, path: Path, limits: Limits) -> None:
        self.path, self.limits = path, limits
        self.rows: list[list[Any]] = []
        self.merged: list[tuple[int, int, int, int]] = []
        self.fills: dict[tuple[int, int], object] = {}
        self.tables = 0
        self.lines: list[str] = []  # the paragraphs outside the tables
        self.struck: set[tuple[int, int]] = set()  # cells all of whose text is struck through
        self.warnings: list[tuple[int, int, str, str]] = []

    def block(self, parent) -> None:
        """Paragraphs and tables in their order; a content control's or a revision's contents too."""
        for el in parent:
            tag = el.tag
            if tag == f"{_W}p":
                for line in _text(el).split("\n"):
                    if line.strip():
                        self._row().append(line.strip())
                        self.lines.append(line.strip())
            elif tag == f"{_W}tbl":
                self.table(el)
            elif tag in _WRAPPERS:
                self.block(el)

    def _row(self) -> list[Any]:
        if len(self.rows) >= self.limits.max_rows:
            raise ReadError(self.path, f"超过上限 {self.limits.max_rows:,} 行")
        self.rows.append([])
        return self.rows[-1]

    def table(self, tbl) -> None:
        self.tables += 1
        down: dict[int, list[int]] = {}  # first column → [first row, last row, last column] of a merge going down
        cells = 0
        for tr in _children(tbl, f"{_W}tr"):
            r = len(self.rows)
            row = self._row()
            before = tr.find(f"{_W}trPr/{_W}gridBefore")
            c = _int(before.get(f"{_W}val")) if before is not None else 0
            for tc in _children(tr, f"{_W}tc"):
                pr = tc.find(f"{_W}tcPr")
                span = _int(pr.find(f"{_W}gridSpan").get(f"{_W}val")) if pr is not None and \
                    pr.find(f"{_W}gridSpan") is not None else 1
                span = max(1, min(span, 1000))
                if c + span > self.limits.max_columns:
                    raise ReadError(self.path, f"第 {r + 1} 行有 {c + span} 列，超过上限 {self.limits.max_columns} 列")
                merge = pr.find(f"{_W}vMerge") if pr is not None else None
                crossed: list[str] = []
                value = "\n".join(line.strip() for line in _cell_text(tc, crossed).split("\n") if line.strip()) or None
                if "".join(crossed).strip():  # text struck through: a name crossed off, a date revised in its cell
                    value = struck_apart(r, c, value or "", "".join(crossed), self.struck, self.warnings)
                if merge is not None and merge.get(f"{_W}val") != "restart" and c in down:
                    down[c][1] = r  # under a cell merged down: that cell goes on
                    value = None
                else:
                    self._close(down.pop(c, None), c)
                    if merge is not None:
                        down[c] = [r, r, c + span - 1]
                    elif span > 1:
                        self.merged.append((r, c, r, c + span - 1))
                row.extend([None] * (c + 1 - len(row)))
                row[c] = value
                fill = _shading(pr)
                if fill is not None:
                    self.fills.update(((r, j), fill) for j in range(c, c + span))
                cells += span
                if cells > self.limits.max_cells:
                    raise ReadError(self.path, f"超过上限 {self.limits.max_cells:,} 个单元格")
                c += span
        for c, merge in list(down.items()):
            self._close(merge, c)

    def _close(self, merge: list[int] | None, c: int) -> None:
        if merge is not None and (merge[1] > merge[0] or merge[2] > c):
            self.merged.append((merge[0], c, merge[1], merge[2]))


# what wraps paragraphs, rows or cells without being one: a content control, custom XML, a tracked insertion
_WRAPPERS = {f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml", f"{_W}ins", f"{_W}smartTag"}


def _children(parent, tag: str):
    """``parent``'s own elements of ``tag`` in their order, those inside a wrapper too (a table's rows, not
    the rows of a table inside one of its cells)."""
    for el in parent:
        if el.tag == tag:
            yield el
        elif el.tag in _WRAPPERS:
            yield from _children(el, tag)


def _text(p, crossed: list[str] | None = None) -> str:
    """A paragraph's words: its runs' text, a tab as a space, a line break as a new line; deleted text
    (w:del) is left out, and so is text struck through (删除线: crossed off, kept to be seen), which goes to
    ``crossed``."""
    out: list[str] = []
    for run in p.iter(f"{_W}r"):
        struck = _struck(run)
        if struck and crossed is None:
            continue
        into = crossed if struck else out
        for el in run:
            tag = el.tag
            if tag == f"{_W}t" and el.text:
                into.append(el.text)
            elif tag in (f"{_W}tab", f"{_W}ptab"):
                into.append(" ")
            elif tag in (f"{_W}br", f"{_W}cr"):
                into.append("\n")
            elif tag == f"{_W}noBreakHyphen":
                into.append("-")
    return "".join(out)


def _struck(run) -> bool:
    pr = run.find(f"{_W}rPr")
    if pr is None:
        return False
    marks = (pr.find(f"{_W}strike"), pr.find(f"{_W}dstrike"))
    return any(m is not None and m.get(f"{_W}val", "true") not in ("0", "false", "off") for m in marks)


def _cell_text(tc, crossed: list[str] | None = None) -> str:
    """A cell's paragraphs, one per line; a table inside it read as its rows' words."""
    lines = []
    for el in tc:
        if el.tag == f"{_W}p":
            lines.append(_text(el, crossed))
        elif el.tag == f"{_W}tbl":
            lines.extend(" ".join(_cell_text(c, crossed) for c in tr.findall(f"{_W}tc")) for tr in el.findall(f"{_W}tr"))
        elif el.tag in _WRAPPERS:
            lines.append(_cell_text(el, crossed))
    return "\n".join(lines)


def _shading(pr) -> object:
    """A cell's fill colour ("4472C4"), or None: no shading, white, or automatic."""
    shd = pr.find(f"{_W}shd") if pr is not None else None
    fill = (shd.get(f"{_W}fill") or "").lower() if shd is not None else ""
    return None if fill in ("", "auto", "ffffff") else fill


def _int(v: str | None) -> int:
    try:
        return int(v or 0)
    except ValueError:
        return 0
