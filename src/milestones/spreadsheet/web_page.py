"""A table saved as a web page: what many office systems' "导出Excel" writes (an HTML file named .xls),
and what a browser saves of a published table. Read as Excel opens one: every table's cells where they
stand, a rowspan or colspan as a merged range, a cell's colour as its fill, and the lines of text
around the tables (the "附件1" line and the title above the table) as rows of one cell.

The standard library's HTML parser reads it: it expands no entities beyond HTML's own and fetches
nothing, so a hostile page is only text. The cells are text, as in a CSV; the readers take numbers
written as text.
"""
from __future__ import annotations

import codecs
import html
import re
from dataclasses import dataclass, field
from email import policy
from email.parser import BytesParser
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from .grid import Limits, ReadError, Sheet
from .read import squared, struck_apart

__all__ = ["is_web_archive", "is_web_page", "read_web_archive", "read_web_pages"]

_MARKUP = re.compile(rb"<(!doctype\s+html|html|table|head|body|meta|style|title|div|p|h[1-6]|span|font|center|form)\b", re.I)


def is_web_page(head: bytes) -> bool:
    """Whether a file's first bytes are HTML (an "xls" an office system exported as a web page)."""
    for bom in (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        if head.startswith(bom):
            head = head[len(bom):].decode("utf-16" if bom != codecs.BOM_UTF8 else "utf-8", "ignore").encode()
            break
    head = head.lstrip()
    if head.startswith(b"<?xml"):
        head = head[head.find(b"?>") + 2:].lstrip()
    while head.startswith(b"<!--"):  # a comment before the page ("<!-- saved from url=… -->")
        end = head.find(b"-->")
        if end < 0:
            return False
        head = head[end + 3:].lstrip()
    return _MARKUP.match(head) is not None


def is_web_archive(head: bytes) -> bool:
    """Whether a file's first bytes are a MIME message (Excel's 单个文件网页, .mht, or one named .xls)."""
    head = head.lstrip().lower()
    return head.startswith(b"mime-version:") or b"content-type: multipart/related" in head


def read_web_pages(path: Path, limits: Limits) -> list[Sheet]:
    """The page's tables on one sheet, one under another, as Excel shows them; or, for Excel's web page
    of a workbook of several sheets (a frame page over a folder of pages), each sheet's page under its
    tab's name."""
    text = _decoded(path, path.read_bytes())
    listed = _worksheets(text)
    if not listed:
        sections = _sheet_sections(text)
        if sections:
            return [_page_sheet(path, section, limits, name) for name, section in sections]
        return [_page_sheet(path, text, limits)]
    folder = path.parent.resolve()
    sheets = []
    for name, href in listed:
        # "%BC%C6%BB%AE.files/…": a folder's Chinese name escaped in the page's own encoding, GBK
        href = next((h for h in _unquoted(href) if (path.parent / h).is_file()), _unquoted(href)[0])
        page = (path.parent / href).resolve()
        if not page.is_relative_to(folder) or page.suffix.lower() not in (".htm", ".html"):
            raise ReadError(path, f"框架页中的工作表“{name}”指向本文件夹以外或不是网页的文件“{href}”，未读取")
        if not page.is_file():
            raise ReadError(path, f"这是多工作表网页的框架页，工作表“{name}”的网页“{href}”不在它旁边；请把同名文件夹"
                                  "（.files 或 _files）与它放在一起，或在 Excel 中另存为 .xlsx 后再导入")
        if page.stat().st_size > limits.max_file_bytes:
            raise ReadError(page, f"文件过大（{page.stat().st_size / 1e6:.0f} MB，上限 {limits.max_file_bytes / 1e6:.0f} MB）")
        sheets.append(_page_sheet(page, _decoded(page, page.read_bytes()), limits, name))
    return sheets


def read_web_archive(path: Path, limits: Limits) -> list[Sheet]:
    """Excel's single-file web page (单个文件网页, .mht): the pages of a web page and its folder in one
    MIME message. Its first page is the sheet, or the frame page naming the sheets' pages inside it."""
    message = BytesParser(policy=policy.compat32).parsebytes(path.read_bytes())
    pages = [(_location(part), part.get_payload(decode=True) or b"")
             for part in message.walk() if part.get_content_type() == "text/html"]
    if not pages:
        raise ReadError(path, "这是单个文件网页（.mht），但其中没有网页")
    text = _decoded(path, pages[0][1])
    listed = _worksheets(text)
    if not listed:
        return [_page_sheet(path, text, limits)]
    sheets = []
    for name, href in listed:
        page = next((data for where, data in pages for h in _unquoted(href) if where == h or where.endswith("/" + h)),
                    None)
        if page is None:
            raise ReadError(path, f"单个文件网页中缺少工作表“{name}”的网页“{href}”")
        sheets.append(_page_sheet(path, _decoded(path, page), limits, name))
    return sheets


def _location(part) -> str:
    """A part's Content-Location as typed: a Chinese file name is raw bytes there, GBK or UTF-8."""
    raw = next((v for k, v in part.raw_items() if k.lower() == "content-location"), "")
    raw = raw.encode("ascii", "surrogateescape") if isinstance(raw, str) else bytes(raw)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("gb18030", "replace")
    return unquote(text.strip()).replace("\\", "/")


# Excel's frame page lists its sheets in its XML island: <x:ExcelWorksheet><x:Name>附件1</x:Name>
# <x:WorksheetSource HRef="计划.files/sheet001.htm"/>
_WORKSHEET = re.compile(r"<x:ExcelWorksheet>(.*?)</x:ExcelWorksheet>", re.I | re.S)
_SOURCE = re.compile(r"""<x:WorksheetSource\s+HRef\s*=\s*["']([^"']+)["']""", re.I)


def _worksheets(text: str) -> list[tuple[str, str]]:
    """A frame page's sheets: each tab's name and the page of its sheet (a path relative to the page);
    none for a page that is itself a sheet."""
    if not re.search(r"<frameset\b", text, re.I):
        return []
    listed = []
    for block in _WORKSHEET.findall(text):
        name, source = _SHEET_NAME.search(block), _SOURCE.search(block)
        if source:
            href = html.unescape(source.group(1)).replace("\\", "/")
            listed.append((html.unescape(name.group(1)).strip() if name else Path(_unquoted(href)[0]).stem, href))
    return listed


def _unquoted(href: str) -> list[str]:
    """A page's path as written, its %-escapes read as UTF-8 and, where that differs, as GBK."""
    return list(dict.fromkeys([unquote(href), unquote(href, encoding="gb18030")]))


# LibreOffice's web page of a workbook: an overview of links to each sheet's part, <a name="table0">
# over the sheet's heading (<h1>Sheet 1: <em>附件1</em></h1>) and its table
_SHEET_LINK = re.compile(r"""<a\s+href\s*=\s*["']?#table(\d+)["']?\s*>(.*?)</a>""", re.I | re.S)
_SHEET_ANCHOR = re.compile(r"""<a\s+name\s*=\s*["']?table(\d+)["']?\s*>""", re.I)
_HEADING = re.compile(r"<h1\b.*?</h1>", re.I | re.S)


def _sheet_sections(text: str) -> list[tuple[str, str]]:
    """A page of several sheets one under another, as LibreOffice saves a workbook: each sheet's name
    and its part of the page, without the overview and the sheet's heading (they were rows of the
    table above, "Sheet 2: 附件2" an indicator). None for a page of one sheet."""
    names = {n: html.unescape(re.sub(r"<[^>]+>", "", name)).strip() for n, name in _SHEET_LINK.findall(text)}
    anchors = [(m.start(), m.group(1)) for m in _SHEET_ANCHOR.finditer(text)]
    if len(anchors) < 2 or not all(n in names for _, n in anchors):
        return []
    ends = [at for at, _ in anchors[1:]] + [len(text)]
    return [(names[n][:31] or f"Sheet{i + 1}", _HEADING.sub("", text[at:end], count=1))
            for i, ((at, n), end) in enumerate(zip(anchors, ends))]


def _page_sheet(path: Path, text: str, limits: Limits, name: str | None = None) -> Sheet:
    """The tables of one page on one sheet, one under another."""
    grid = _Grid(path, limits)
    grid.feed(text)
    grid.close()
    grid.end_line()
    if not grid.tables and re.search(r"<frameset\b", text, re.I):
        # Excel's web page of a workbook with several sheets whose frame page names none of them
        raise ReadError(path, "这是多工作表网页的框架页，其中没有表格；请导入同名 _files 文件夹中各工作表的网页（sheet001.htm …）")
    if not grid.tables or not any(v not in (None, "") for row in grid.rows for v in row):
        # a system's export after the session ran out gives its login page, named as the export
        raise ReadError(path, "这是网页文件，但其中没有表格（可能是登录页或出错页面）；请重新导出")
    squared(path, grid.rows, limits)
    fills = _fills(grid.fills, len(grid.rows))
    if name is None:  # Excel's own web page names its sheet in a comment
        named = _SHEET_NAME.search(text)
        name = named.group(1).strip() if named else path.stem
    return Sheet(name, grid.rows, grid.merged, shading=lambda: fills, hidden_rows=grid.hidden_rows, struck=grid.struck,
                 warnings=grid.warnings)


def _fills(spans: list[tuple[int, int, int, int, object]], height: int) -> dict[tuple[int, int], object]:
    """Each coloured cell's fill, a span's colour on every cell it covers within the sheet (a span
    reaching past the last row stops there). Spans covering more than a million cells give none."""
    spans = [(r0, c0, min(r1, height - 1), c1, fill) for r0, c0, r1, c1, fill in spans]
    if sum((r1 - r0 + 1) * (c1 - c0 + 1) for r0, c0, r1, c1, _ in spans) > 1_000_000:
        return {}
    return {(r, c): fill for r0, c0, r1, c1, fill in spans for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)}


_SHEET_NAME = re.compile(r"<x:Name>([^<]{1,31})</x:Name>", re.I)


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.I)


def _decoded(path: Path, raw: bytes) -> str:
    """The page's text: by its byte-order mark, else UTF-8 when it is valid UTF-8 (a page labelled gb2312
    that a system wrote in UTF-8 read as GBK would be nonsense, while Chinese in GBK is never valid UTF-8),
    else the charset its <meta> names, else GB18030 (what a Chinese Windows system writes)."""
    if raw[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        return raw.decode("utf-16", "replace")
    if raw.startswith(codecs.BOM_UTF8):
        return raw[3:].decode("utf-8", "replace")
    named = _CHARSET.search(raw[:4096])
    tried = [named.group(1).decode("ascii", "ignore").lower()] if named else []
    for enc in ["utf-8", *tried, "gb18030"]:
        if enc in ("gb2312", "gbk", "x-gbk"):
            enc = "gb18030"  # the superset: a page labelled gb2312 often holds GBK characters
        try:
            return raw.decode(enc)
        except (LookupError, UnicodeDecodeError):
            continue
    raise ReadError(path, "无法识别文件编码（应为 UTF-8 或 GBK/GB18030）")  # pragma: no cover - gb18030 decodes almost anything


_BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "caption", "li", "pre", "center", "blockquote", "dt", "dd"}
_HIDDEN = {"script", "style", "head", "title", "noscript", "template", "object", "select"}
_SPACE = re.compile(r"[ \t\r\n\f]+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none", re.I)
_COLOUR = re.compile(r"background(?:-color)?\s*:\s*([^;\"']+)", re.I)
# text struck through (删除线): LibreOffice writes <s>, pages <del> or <strike>, Excel a class its <style> defines
_STRIKE_TAGS = {"s", "strike", "del"}
# a table's own tags strike through as a cell (td, th) or not at all; an element with no end tag never closes
_NOT_STRIKING = {"table", "tr", "td", "th", "br", "img", "hr", "input", "wbr", "col", "meta", "link", "area"}
_LINE_THROUGH = re.compile(r"text-decoration(?:-line)?\s*:[^;\"'}]*line-through", re.I)
_STRUCK_CLASS = re.compile(r"\.([\w-]+)\s*\{[^}]*?text-decoration(?:-line)?\s*:[^;}]*line-through", re.I)


@dataclass
class _Table:
    """An open table: its current row and column, its cells merged down still reaching, its open cell."""
    r: int
    c: int = 0
    spans: list[tuple[int, int, int, int]] = field(default_factory=list)
    taken: set[int] = field(default_factory=set)  # the current row's columns a span from above covers
    cell: list[str] | None = None  # the open cell's text
    crossed: list[str] = field(default_factory=list)  # the open cell's text struck through
    striking_from: int = 0  # how many elements struck text through when the open cell began
    at: tuple[int, int, int, int, object] | None = None  # the open cell: row, column, rows, columns, fill
    framing: bool = False  # the open cell holds a table: a page's frame around it, its words are lines
    in_row: bool = False  # a row has been opened


class _Grid(HTMLParser):
    """The page laid out on a grid as Excel lays it out. A table inside a table's cell (a page laid
    out in a frame table, the data table in its middle cell) is a table of its own, under what came
    before it; the frame's words around it are lines."""

    def __init__(self, path: Path, limits: Limits) -> None:
        super().__init__(convert_charrefs=True)
        self.path, self.limits = path, limits
        self.rows: list[list[Any]] = []
        self.merged: list[tuple[int, int, int, int]] = []
        self.fills: list[tuple[int, int, int, int, object]] = []  # coloured cells and spans: r0, c0, r1, c1, fill
        self.hidden = 0  # inside <script>, <style>, <head> …
        self.open: list[_Table] = []  # the tables open, the innermost last
        self.line: list[str] = []  # text outside the tables, up to the end of its line
        self.cells = 0  # cells taken, spans counted whole: 1,000 rows of rowspan="1000" is a million
        self.tables = 0
        self.hidden_rows: set[int] = set()
        self.struck: set[tuple[int, int]] = set()  # cells whose whole text is struck through
        self.warnings: list[tuple[int, int, str, str]] = []
        self.css: list[str] | None = None  # the text of a <style> being read
        self.struck_classes: set[str] = set()  # the classes it strikes through (Excel's web page: .xl66, .font5)
        self.striking: list[str] = []  # the open elements that strike their text through, innermost last

    def _strikes(self, tag: str, attrs: dict[str, str | None]) -> bool:
        # asked of every element of a table (a 50,000-row page: a million): plain tests before the pattern
        if tag in _STRIKE_TAGS:
            return True
        style = attrs.get("style")
        if style and "line-through" in style and _LINE_THROUGH.search(style):
            return True
        named = attrs.get("class") if self.struck_classes else None
        return bool(named) and not self.struck_classes.isdisjoint(named.split())

    # text outside the tables: a line ends at a block's edge, a <br> or a table
    def end_line(self) -> None:
        self._lines("".join(self.line))
        self.line = []

    def _lines(self, text: str) -> None:
        """Each line of ``text`` a row of one cell under what is on the grid."""
        for line in text.replace("\xa0", " ").split("\n"):
            line = _SPACE.sub(" ", line).strip()
            if line:
                self._grow(len(self.rows))
                self.rows[-1].append(line)

    def _grow(self, r: int) -> None:
        if r >= self.limits.max_rows:
            raise ReadError(self.path, f"超过上限 {self.limits.max_rows:,} 行")
        while len(self.rows) <= r:
            self.rows.append([])

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":
            self.hidden = 0  # a page that never closed its <head>
            return
        if tag in _HIDDEN:
            self.hidden += 1
            if tag == "style":
                self.css = []
            return
        if self.hidden:
            return
        t = self.open[-1] if self.open else None
        if (tag in _STRIKE_TAGS or attrs) and tag not in _NOT_STRIKING and self._strikes(tag, dict(attrs)):
            self.striking.append(tag)
        if tag == "table":
            self.tables += 1
            self.end_line()
            if t is not None and t.cell is not None:  # the frame's words before the table are lines
                self._lines("".join(t.cell))
                t.cell, t.framing = [], True
            self.open.append(_Table(len(self.rows) - 1))
        elif t is None:
            if tag == "br" or tag in _BLOCK:
                self.end_line()
        elif tag == "tr":
            self._close_cell(t)
            self._next_row(t)
            if _HIDDEN_STYLE.search(dict(attrs).get("style") or ""):
                self.hidden_rows.add(t.r)  # a row Excel hid, saved as a web page: left out as in the workbook
        elif tag in ("td", "th"):
            self._close_cell(t)
            if not t.in_row:
                self._next_row(t)  # a cell with no <tr> before it: a browser opens the row
            while t.c in t.taken:
                t.c += 1
            a = dict(attrs)
            t.at = (t.r, t.c, _span(a.get("rowspan")), _span(a.get("colspan")), _fill(a))
            t.cell, t.crossed, t.striking_from = [], [], len(self.striking)
            if self._strikes(tag, a):  # the whole cell struck through, by its style or its class
                self.striking.append(tag)
        elif (tag == "br" or tag in _BLOCK) and t.cell is not None:
            t.cell.append("\n")

    def _next_row(self, t: _Table) -> None:
        t.r = max(t.r + 1, len(self.rows))  # below the lines a frame's cell gave
        self._grow(t.r)
        t.c, t.in_row = 0, True
        t.spans = [s for s in t.spans if s[2] >= t.r]
        t.taken = {c for r0, c0, r1, c1 in t.spans if r0 < t.r for c in range(c0, c1 + 1)}

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _HIDDEN:  # "<br/>"; a self-closed <td/> is an empty cell
            self.handle_starttag(tag, attrs)
            if tag in ("td", "th") and self.open:
                self._close_cell(self.open[-1])

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
            if tag == "style" and self.css is not None:
                self.struck_classes |= set(_STRUCK_CLASS.findall("".join(self.css)))
                self.css = None
            return
        if self.hidden:
            return
        if self.striking and self.striking[-1] == tag and tag not in ("td", "th"):
            self.striking.pop()
        t = self.open[-1] if self.open else None
        if tag == "table" and t is not None:
            self._close_cell(t)
            self.open.pop()
            # what comes next goes under this table: the rows its spans reach count
            self._grow(max([r1 for _, _, r1, _ in t.spans] + [t.r]))
            if self.open:  # the frame's next row goes under it too
                outer = self.open[-1]
                outer.r, outer.spans, outer.taken = len(self.rows) - 1, [], set()
        elif t is None:
            if tag in _BLOCK:
                self.end_line()
        elif tag in ("td", "th"):
            self._close_cell(t)
        elif tag in _BLOCK and t.cell is not None:
            t.cell.append("\n")

    def handle_data(self, data: str) -> None:
        if self.css is not None:
            self.css.append(data)
        if self.hidden:
            return
        if not self.open:
            self.line.append(data)
        elif self.open[-1].cell is not None:
            (self.open[-1].crossed if self.striking else self.open[-1].cell).append(data)

    def _close_cell(self, t: _Table) -> None:
        if t.cell is None or t.at is None:
            return
        r, c, rows, cols, fill = t.at
        words, crossed, framing = "".join(t.cell), _shown("".join(t.crossed)) if t.crossed else "", t.framing
        t.cell, t.crossed, t.at, t.framing = None, [], None, False
        # what struck in the cell ends with it (the cell itself, an <s> left open, as a browser closes it)
        del self.striking[t.striking_from:]
        if framing:  # the frame's words after the table in it
            self._lines(words)
            return
        text = _shown(words)
        if crossed:  # text struck through: a name crossed off (the row left out, said), a date revised in its cell
            text = struck_apart(r, c, text, crossed, self.struck, self.warnings)
        if c + cols > self.limits.max_columns:
            raise ReadError(self.path, f"第 {r + 1} 行有 {c + cols} 列，超过上限 {self.limits.max_columns} 列")
        self.cells += rows * cols
        if self.cells > self.limits.max_cells:
            raise ReadError(self.path, f"超过上限 {self.limits.max_cells:,} 个单元格")
        row = self.rows[r]
        row.extend([None] * (c + 1 - len(row)))
        row[c] = text or None
        if rows > 1 or cols > 1:
            self.merged.append((r, c, r + rows - 1, c + cols - 1))
        if rows > 1:
            t.spans.append((r, c, r + rows - 1, c + cols - 1))
        if fill is not None:
            self.fills.append((r, c, r + rows - 1, c + cols - 1, fill))
        t.c = c + cols


def _shown(words: str) -> str:
    """A cell's text as a browser shows it: whitespace runs one space, a <br> or a block a line break."""
    lines = [_SPACE.sub(" ", line).strip() for line in words.replace("\xa0", " ").split("\n")]
    return "\n".join(line for line in lines if line)


def _span(v: str | None) -> int:
    """A rowspan or colspan as a browser reads it: 1 when missing or not a number, at most 1,000."""
    if not v:
        return 1
    m = _LEADING_NUMBER.match(v)
    return min(max(int(m.group(1)), 1), 1000) if m else 1


_LEADING_NUMBER = re.compile(r"\s*(\d+)")


def _fill(attrs: dict[str, str | None]) -> object:
    """A cell's background colour ("#4472C4"), from bgcolor or its style; None when it has none."""
    colour = attrs.get("bgcolor")
    if not colour:
        m = _COLOUR.search(attrs.get("style") or "")
        colour = m.group(1) if m else None
    colour = (colour or "").strip().lower()
    return None if colour in ("", "none", "transparent", "#fff", "#ffffff", "white", "inherit") else colour
