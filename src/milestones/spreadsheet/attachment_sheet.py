"""One attachment table on one worksheet, laid out as an official attachment: the "附件N" row, the title, a
header merged over two rows, category rows, borders, column widths that fit Chinese text, number formats,
仿宋/宋体 fonts; and the workbook file it is written into, whole or not at all.

Written with xlsxwriter in constant-memory mode (rows stream out in order), and every text cell with
``write_string``: text that starts with = + - @ is text, never a formula.
"""
from __future__ import annotations

import gc
import logging
import sys
import traceback
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import xlsxwriter
import xlsxwriter.exceptions
from xlsxwriter.utility import xl_col_to_name

from ..domain.numerals import chinese_numeral
from ..written import not_written
from .zones import NO_ZONE_HEADING

log = logging.getLogger(__name__)

__all__ = ["AttachmentSheet", "Col", "ExportCancelled", "STEP", "BODY_FONT", "TITLE_FONT", "LIGHT_FILLS",
           "display_width", "merge_down", "register_merge", "ticker", "write_workbook", "zone_heading"]

BODY_FONT = "仿宋"
TITLE_FONT = "宋体"
# a light's cell: the screen's colours, light enough to read black text on and to print in grey
LIGHT_FILLS = {"red": {"bg_color": "#F4B6B2", "bold": True}, "yellow": {"bg_color": "#FBE3A0"},
               "green": {"bg_color": "#CDE8CF"}, "done": {"bg_color": "#C9D8EE"}, "not_started": {}}


STEP = 500  # rows between two reports of a long export's progress (and two looks at a cancel)


class ExportCancelled(RuntimeError):
    """The planner cancelled an export: nothing is written (write_workbook removes the half file)."""


def ticker(total: int, progress=None, cancelled=None):
    """``tick(done)`` for a writer's loop: tells ``progress(done, total)``, stops when ``cancelled()``."""
    def tick(done: int) -> None:
        if cancelled is not None and cancelled():
            raise ExportCancelled("已取消导出，没有写入文件")
        if progress is not None:
            progress(done, total)
    return tick


def display_width(text: str) -> int:
    """Columns a text takes: CJK and full-width characters count two.

    (UTF-8 length and character count average to exactly that for CJK and
    ASCII, at C speed; a 50,000-row export measures every cell.)"""
    return (len(text.encode("utf-8")) + len(text)) // 2


@dataclass
class Col:
    header: str
    key: str
    # text / center (text centred) / number (亿元, two decimals) / figure (as the plan writes it: 311, 19.8) / count /
    # percent / quarter / binding / light (a domain Light)
    kind: str = "text"
    group: str | None = None  # upper header row (merged over its columns)
    min_width: int = 6
    max_width: int = 40


_HEADING_WRAPS_AT = 16  # display columns: eight Chinese characters


def _unit_below(header: str, width: int) -> str:
    """A heading too wide for its column with its unit on a line of its own, as official tables set it
    ("年度计划投资\n（亿元）"): left to wrap at the column's edge, "原年度计划投资（亿元）" left "）" alone on
    its second line. Reading a table takes the line break as a space."""
    cut = header.rfind("（")
    if cut <= 0 or not header.endswith("）") or display_width(header) + 2 <= width:
        return header
    return header[:cut] + "\n" + header[cut:]


class AttachmentSheet:
    """One attachment table on one worksheet."""

    def __init__(self, wb: xlsxwriter.Workbook, name: str, annex: str, title: str, cols: list[Col]) -> None:
        self.wb, self.cols = wb, cols
        self.ws = wb.add_worksheet(name)
        self.row = 0
        f = lambda **kw: wb.add_format({"font_name": BODY_FONT, "font_size": 11, "valign": "vcenter", **kw})
        self.fmt = {
            "annex": f(font_name="黑体", font_size=12),
            "title": f(font_name=TITLE_FONT, font_size=18, bold=True, align="center"),
            "head": f(font_name="黑体", bold=True, align="center", text_wrap=True, border=1, bg_color="#F2F2F2"),
            "text": f(border=1, text_wrap=True),
            "center": f(border=1, align="center"),
            "number": f(border=1, num_format="#,##0.00##", align="right"),
            "count": f(border=1, num_format="0", align="center"),  # how many: a whole number, centred
            # a target's figure in its own unit (311 项, 19.8 公里, 0.5 亿元) as the plan writes it, not "311.00"
            "figure": f(border=1, num_format="#,##0", align="right"),
            "figure_part": f(border=1, num_format="#,##0.0#####", align="right"),
            "percent": f(border=1, num_format="0.0%", align="right"),
            "category": f(font_name="黑体", bold=True, border=1),
            # a project taken off the year's list, exported with 含已移出: struck through, as offices mark what a
            # revision drops (and as the import reads it: not on the list)
            "struck": f(border=1, text_wrap=True, font_strikeout=True, font_color="#808080"),
            "note": f(font_size=10, text_wrap=True),
        }
        # a figure's or a quarter's column is as wide as its figures, its long heading wrapping
        # above them ("截至2023年底累计完成投资（亿元）" on three lines, not one column a page wide)
        self.widths = [min(display_width(c.header) + 2, _HEADING_WRAPS_AT) if c.kind in ("number", "figure", "quarter")
                       else display_width(c.header) + 2 for c in cols]
        self.annex, self.title = annex, title
        self.lights: dict = {}  # a light's cell format, made when first written

    def header(self) -> None:
        ws, n = self.ws, len(self.cols)
        ws.set_row(0, 20)
        ws.write_string(0, 0, self.annex, self.fmt["annex"])
        ws.set_row(1, 36)
        ws.merge_range(1, 0, 1, n - 1, self.title, self.fmt["title"])
        top = 2
        heads = [_unit_below(col.header, w) for col, w in zip(self.cols, self.widths)]
        lines = max(sum(-(-(display_width(part) + 2) // max(w, 1)) for part in head.split("\n"))
                    for head, w in zip(heads, self.widths))
        if lines > 1:  # a program's wrapped text does not grow its row by itself
            ws.set_row(top + (1 if any(c.group for c in self.cols) else 0), 16 * lines)
        if not any(c.group for c in self.cols):
            for c, head in enumerate(heads):
                ws.write_string(top, c, head, self.fmt["head"])
            self.row = top + 1
        else:
            # Constant-memory mode writes a row out as soon as a later row is
            # touched, so the two header rows are written strictly in order:
            # the upper row whole, then the lower, then the merges registered.
            head = self.fmt["head"]
            merges = []
            c = 0
            while c < n:
                col = self.cols[c]
                if col.group:
                    end = c
                    while end + 1 < n and self.cols[end + 1].group == col.group:
                        end += 1
                    for k in range(c, end + 1):
                        ws.write_string(top, k, col.group if k == c else "", head)
                    if end > c:
                        merges.append((top, c, top, end))
                    c = end + 1
                else:
                    ws.write_string(top, c, heads[c], head)
                    merges.append((top, c, top + 1, c))
                    c += 1
            for k, col in enumerate(self.cols):
                if col.group:
                    ws.write_string(top + 1, k, heads[k], head)
                else:
                    ws.write_blank(top + 1, k, None, head)
            for m in merges:
                register_merge(ws, *m)
            self.row = top + 2
        ws.repeat_rows(top, self.row - 1)
        ws.freeze_panes(self.row, 0)

    def category(self, text: str) -> None:
        self.ws.merge_range(self.row, 0, self.row, len(self.cols) - 1, text, self.fmt["category"])
        self.row += 1

    def record(self, values: list[Any], struck: bool = False) -> None:
        """One record's row; ``struck``: its name struck through (a project off the year's list)."""
        # Row height from the longest wrapped text: spreadsheet programs do not
        # grow a row by themselves for text written by a program.
        lines = 1
        ws, row, fmt, widths = self.ws, self.row, self.fmt, self.widths
        for c, (col, v) in enumerate(zip(self.cols, values)):
            if v is None or v == "":
                ws.write_blank(row, c, None, fmt["text"])
                continue
            if col.kind == "figure" and isinstance(v, (int, float)) and not isinstance(v, bool):
                ws.write_number(row, c, v, fmt["figure" if float(v).is_integer() else "figure_part"])
                w = len(f"{v:,}") + 2
            elif col.kind in ("number", "count", "percent") and isinstance(v, (int, float)) and not isinstance(v, bool):
                ws.write_number(row, c, v, fmt[col.kind])
                w = len(f"{v:,.2f}") + 2
            elif col.kind == "center" and type(v) is int:  # 序号: a number, centred (as text Excel marked each one)
                ws.write_number(row, c, v, fmt["count"])
                w = len(str(v)) + 2
            elif col.kind == "light":  # its word on its colour, as the screen and the printout show it
                ws.write_string(row, c, v.label_zh, self._light_format(v))
                w = display_width(v.label_zh) + 2
            else:
                text = v if isinstance(v, str) else str(v)
                ws.write_string(row, c, text, fmt["struck"] if struck and col.key == "name" else
                                fmt["center" if col.kind in ("quarter", "binding", "center") else "text"])
                # a text at most half as long as the column is wide cannot wrap: skip measuring it
                # (the column is as wide as its widest text, up to its limit)
                w = display_width(text) + 2 if len(text) * 2 + 2 > min(widths[c], col.max_width) else 0
                if w > col.max_width and col.kind == "text":
                    lines = max(lines, -(-w // max(col.max_width - 2, 4)))
            if w > widths[c]:
                widths[c] = w
        if lines > 1:
            # spreadsheet programs do not grow a row by themselves for text a program wrote
            ws.set_row(row, 15 * lines)
        self.row += 1

    def _light_format(self, light):
        if light not in self.lights:
            self.lights[light] = self.wb.add_format({"font_name": BODY_FONT, "font_size": 11, "valign": "vcenter",
                                                     "border": 1, "align": "center", **LIGHT_FILLS[light.value]})
        return self.lights[light]

    def note(self, text: str) -> None:
        self.ws.merge_range(self.row, 0, self.row, len(self.cols) - 1, text, self.fmt["note"])
        # a merged cell's wrapped text does not grow its row: as many lines as the table's width takes
        width = sum(max(c.min_width, min(c.max_width, w)) for c, w in zip(self.cols, self.widths))
        lines = -(-display_width(text) // max(width, 1))
        if lines > 1:
            self.ws.set_row(self.row, 14 * lines + 2)
        self.row += 1

    def finish(self) -> None:
        ws = self.ws
        for c, col in enumerate(self.cols):
            ws.set_column(c, c, max(col.min_width, min(col.max_width, self.widths[c])))
        ws.set_landscape()
        ws.set_paper(9)  # A4
        ws.fit_to_pages(1, 0)  # one page wide, as many tall as it takes
        ws.set_margins(left=0.5, right=0.5, top=0.6, bottom=0.7)
        ws.center_horizontally()
        ws.set_footer("&C第 &P 页 共 &N 页")
        if self.row > 0:
            # codes ("500103…", kept as typed, leading zeros and all) and parts' numbers ("1.1") are text: without
            # this Excel marks each one with its green "number stored as text" corner
            ws.ignore_errors({"number_stored_as_text": f"A1:{xl_col_to_name(len(self.cols) - 1)}{self.row}"})


def register_merge(ws, r0: int, c0: int, r1: int, c1: int) -> None:
    """Record a merged range whose cells were already written row by row.

    In constant-memory mode a row is written out as soon as a later row is
    touched, so merge_range() across rows would lose the upper row's later
    cells. This records only the range, as merge_range() itself does."""
    ws.merge.append([r0, c0, r1, c1])


def merge_down(sheet: "AttachmentSheet", columns: list[int], first: int) -> None:
    """Merge each of ``columns`` from row ``first`` down to the last row written, where that is more than one."""
    if sheet.row - 1 > first:
        for c in columns:
            register_merge(sheet.ws, first, c, sheet.row - 1, c)


def zone_heading(per_zone: Counter, zone: str | None) -> str:
    """A zone's heading row in a table of projects grouped by zone, as the plan's attachment groups them:
    "一、东部片区（16个）"; the projects without one under "未分区项目", which reads back as no zone.
    ``per_zone`` counts the rows of each zone, in the table's order."""
    label = f"{zone}片区" if zone in ("东部", "中部", "西部") else f"{zone}项目" if zone else NO_ZONE_HEADING
    return f"{chinese_numeral(list(per_zone).index(zone) + 1)}、{label}（{per_zone[zone]}个）"


def write_workbook(out: str | Path, fill) -> int:
    """``fill(workbook)`` written to ``out``; returns what ``fill`` does. Written beside, then renamed:
    a failed export never leaves half a file under the real name. Text is never a formula."""
    out = Path(out)
    if not out.parent.is_dir():  # a typo's folder was made, and the table looked for where it was not
        raise not_written(out)
    tmp = out.with_name(out.name + ".part")
    wb = xlsxwriter.Workbook(str(tmp), {"constant_memory": True, "strings_to_formulas": False,
                                        "strings_to_numbers": False, "strings_to_urls": False})
    filled = False
    try:
        n = fill(wb)  # constant memory: the rows go to temporary files as they come
        filled = True
        wb.close()  # the workbook is zipped here: a full disk fails here (closed again, it hid why)
        tmp.replace(out)
    except (OSError, xlsxwriter.exceptions.FileCreateError) as exc:
        wb.fileclosed = True  # not closed again when collected: that would write the half file anew
        tmp.unlink(missing_ok=True)
        system = exc if isinstance(exc, OSError) else exc.args[0] if exc.args else None
        _let_go_quietly(exc)
        raise not_written(out, system if isinstance(system, OSError) else None) from None
    except BaseException:
        try:
            if not filled:
                wb.close()
        finally:
            tmp.unlink(missing_ok=True)
        raise
    return n


def _let_go_quietly(exc: BaseException) -> None:
    """Free what a failed write left open (xlsxwriter's zip file, in the traceback's frames) now, its own close
    failing the same way logged rather than printed as "Exception ignored" when it is collected."""
    previous = sys.unraisablehook
    sys.unraisablehook = lambda unraisable: log.info("after a failed write: %s", unraisable.exc_value)
    try:
        seen: set[int] = set()
        while exc is not None and id(exc) not in seen:  # the error and those it was raised from
            seen.add(id(exc))
            traceback.clear_frames(exc.__traceback__)
            exc.__traceback__ = None
            exc = exc.__cause__ or exc.__context__
        gc.collect()
    finally:
        sys.unraisablehook = previous
