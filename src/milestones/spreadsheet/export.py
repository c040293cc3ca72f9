"""Writing attachment tables a planner can hand on without touching them.

"附件N" row, title, a merged header over two rows, category rows, borders,
column widths that fit Chinese text, 仿宋/宋体 fonts, A4 landscape fit to one
page wide with the header repeated and "第 &P 页 共 &N 页" in the footer.
Written with xlsxwriter in constant-memory mode (rows stream out in order),
and every text cell with ``write_string``: text that starts with = + - @ is
text, never a formula.
"""
from __future__ import annotations

import gc
import logging
import re
import sys
import traceback
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

import xlsxwriter
import xlsxwriter.exceptions

from ..domain.quarter import Quarter, schedule_words
from ..domain.target import OP_WORDS
from ..store import Database
from ..store.exports import ExportFilter, export_units, indicator_records, measure_records, project_records
from ..store.queries import find_plan
from ..written import not_written
from .legend import TIMELINE_LEGEND
from .zones import NO_ZONE_HEADING

log = logging.getLogger(__name__)

__all__ = ["export", "EXPORT_KINDS", "display_width", "ExportCancelled", "ticker"]

EXPORT_KINDS = ("indicator_results", "indicator_targets", "key_projects", "measures")
UNIT_KINDS = ("key_projects", "measures", "project_progress")  # the tables a unit gets its own of
BODY_FONT = "仿宋"
TITLE_FONT = "宋体"
_SECTION_NO = "零一二三四五六七八九十"
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


def _section_label(n: int) -> str:
    if n <= 10:
        return _SECTION_NO[n]
    return "十" + _SECTION_NO[n - 10] if n < 20 else str(n)


@dataclass
class Col:
    header: str
    key: str
    kind: str = "text"  # text / number / count / percent / quarter / binding / light (a domain Light)
    group: str | None = None  # upper header row (merged over its columns)
    min_width: int = 6
    max_width: int = 40


_HEADING_WRAPS_AT = 16  # display columns: eight Chinese characters


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
            "percent": f(border=1, num_format="0.0%", align="right"),
            "category": f(font_name="黑体", bold=True, border=1),
            "note": f(font_size=10, text_wrap=True),
        }
        # a figure's or a quarter's column is as wide as its figures, its long heading wrapping
        # above them ("截至2023年底累计完成投资（亿元）" on three lines, not one column a page wide)
        self.widths = [min(display_width(c.header) + 2, _HEADING_WRAPS_AT) if c.kind in ("number", "quarter")
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
        lines = max(-(-(display_width(col.header) + 2) // max(w, 1)) for col, w in zip(self.cols, self.widths))
        if lines > 1:  # a program's wrapped text does not grow its row by itself
            ws.set_row(top + (1 if any(c.group for c in self.cols) else 0), 16 * lines)
        if not any(c.group for c in self.cols):
            for c, col in enumerate(self.cols):
                ws.write_string(top, c, col.header, self.fmt["head"])
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
                    ws.write_string(top, c, col.header, head)
                    merges.append((top, c, top + 1, c))
                    c += 1
            for k, col in enumerate(self.cols):
                if col.group:
                    ws.write_string(top + 1, k, col.header, head)
                else:
                    ws.write_blank(top + 1, k, None, head)
            for m in merges:
                _register_merge(ws, *m)
            self.row = top + 2
        ws.repeat_rows(top, self.row - 1)
        ws.freeze_panes(self.row, 0)

    def category(self, text: str) -> None:
        self.ws.merge_range(self.row, 0, self.row, len(self.cols) - 1, text, self.fmt["category"])
        self.row += 1

    def record(self, values: list[Any]) -> None:
        # Row height from the longest wrapped text: spreadsheet programs do not
        # grow a row by themselves for text written by a program.
        lines = 1
        ws, row, fmt, widths = self.ws, self.row, self.fmt, self.widths
        for c, (col, v) in enumerate(zip(self.cols, values)):
            if v is None or v == "":
                ws.write_blank(row, c, None, fmt["text"])
                continue
            if col.kind in ("number", "count", "percent") and isinstance(v, (int, float)) and not isinstance(v, bool):
                ws.write_number(row, c, v, fmt[col.kind])
                w = len(f"{v:,.2f}") + 2
            elif col.kind == "light":  # its word on its colour, as the screen and the printout show it
                ws.write_string(row, c, v.label_zh, self._light_format(v))
                w = display_width(v.label_zh) + 2
            else:
                text = v if isinstance(v, str) else str(v)
                ws.write_string(row, c, text, fmt["center" if col.kind in ("quarter", "binding") else "text"])
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


def zone_heading(per_zone: Counter, zone: str | None) -> str:
    """A zone's heading row in a table of projects grouped by zone, as the plan's attachment groups them:
    "一、东部片区（16个）"; the projects without one under "未分区项目", which reads back as no zone.
    ``per_zone`` counts the rows of each zone, in the table's order."""
    label = f"{zone}片区" if zone in ("东部", "中部", "西部") else f"{zone}项目" if zone else NO_ZONE_HEADING
    return f"{_SECTION_NO[list(per_zone).index(zone) + 1]}、{label}（{per_zone[zone]}个）"


def _quarter_text(short: str | None, text: str | None) -> str | None:
    if short:
        return Quarter.parse(short).label_zh
    return text


def _categorised(records: list[dict[str, Any]]) -> Iterable[tuple[str | None, dict[str, Any]]]:
    last = object()
    for rec in records:
        cat = rec.get("category")
        if cat != last:
            yield (cat, None) if cat else (None, None)
            last = cat
        yield None, rec


def _indicators(wb, db: Database, kind: str, year: int) -> int:
    records = indicator_records(db, year)
    if kind == "indicator_results":
        cols = [Col("序号", "seq", "center", min_width=5), Col("指标", "name", max_width=36), Col("单位", "unit", "center"),
                Col("属性", "binding", "binding"), Col("目标", "target", group=f"{year}年"),
                Col("完成", "actual", group=f"{year}年"), Col("完成情况", "status", "center"),
                Col("原因说明", "reason", max_width=40)]
        sheet = AttachmentSheet(wb, "附件1", "附件1", f"{year}年经济社会发展主要目标完成情况表", cols)
    else:
        cols = [Col("序号", "seq", "center", min_width=5), Col("指标", "name", max_width=36), Col("单位", "unit", "center"),
                Col("属性", "binding", "binding"), Col(f"{year - 1}年预计完成", "previous"),
                Col(f"{year}年目标", "target"), Col("备注", "notes", max_width=30)]
        sheet = AttachmentSheet(wb, "附件2", "附件2", f"{year}年经济社会发展主要目标预期建议表", cols)
    sheet.header()
    n = 0
    chinese = "一二三四五六七八九十"
    cat_no = 0
    for cat, rec in _categorised(records):
        if rec is None:
            if cat:
                sheet.category(f"{chinese[cat_no % 10]}、{cat}")
                cat_no += 1
            continue
        n += 1
        binding = {True: "约束性", False: "预期性"}.get(rec["binding"])
        actual = rec["actual_text"] or rec["actual"]
        previous = rec["previous_actual_text"] or rec["previous_actual"]
        target = rec["target"]["text"] if rec["target"] else None
        vals = {"seq": n, "name": rec["name"], "unit": rec["unit"], "binding": binding, "target": target,
                "actual": actual, "status": rec["status"], "reason": rec["reason"], "previous": previous,
                "notes": f"调整为“{rec['replaced_by']}”" if rec.get("replaced_by") else None}
        sheet.record([vals[c.key] for c in cols])
    sheet.finish()
    return n


_OPTIONAL_PROJECT_COLUMNS = {"code", "level", "content", "construction_years", "invested_before", "owner", "leader",
                             "contact"}


def _projects(wb, db: Database, f: ExportFilter, year: int, timeline: bool, report: Quarter | None = None,
              progress=None, cancelled=None) -> int:
    cols = [Col("序号", "seq", "center", min_width=5), Col("项目编码", "code"), Col("项目名称", "name", max_width=36),
            Col("区域", "zone", "center"), Col("板块", "area", max_width=24), Col("类别", "class"), Col("性质", "nature", "center"),
            Col("级别", "level", "center"), Col("建设内容及规模", "content", max_width=40),
            Col("建设起止年限", "construction_years"), Col("总投资（亿元）", "total_investment", "number"),
            Col(f"截至{year - 1}年底累计完成投资（亿元）", "invested_before", "number"),
            Col("年度计划投资（亿元）", "annual_investment", "number"), Col("计划开工", "start", "quarter"),
            Col("计划完工", "completion", "quarter"), Col("实际开工", "actual_start", "quarter"),
            Col("实际完工", "actual_completion", "quarter"), Col("业主单位", "owner", max_width=24),
            Col("责任单位", "responsible_unit", max_width=24), Col("责任人", "contact", max_width=20), Col("牵头领导", "leader"),
            Col("备注", "notes", max_width=30)]
    # Columns many offices never fill leave the table when no exported project
    # has a value: the printed table keeps to one page wide with readable text.
    records = list(project_records(db, f))
    cols = [c for c in cols
            if c.key not in _OPTIONAL_PROJECT_COLUMNS or any(r[c.key] not in (None, "") for r in records)]
    quarter_cols = _quarter_columns(records, year, report)
    if quarter_cols:  # the quarterly report, before 责任单位 … as offices lay it out
        at = next(i for i, c in enumerate(cols) if c.key == "actual_completion") + 1
        cols[at:at] = quarter_cols
    quarter_keys = [c.key for c in quarter_cols]
    # the zone, area and class exported, as the progress table names them: an area's list read as the whole
    # plan's took the other 43 projects for gone
    title = f"{year}年{''.join(v for v in (f.zone, f.area, f.project_class) if v)}重点项目季度计划表"
    if f.unit:
        title += f"（{f.unit}）"
    if f.view_words:  # the projects of the list in view only: said, so it is never taken for the whole list
        title += f"（{f.view_words}）"
    sheet = AttachmentSheet(wb, "重点项目", "附件3", title, cols)
    sheet.header()
    n = 0
    spans = []
    # a heading row per zone, as the plan's attachment groups them: "一、东部片区（16个）"; the
    # projects without one under "未分区项目", which reads back as no zone (and no class)
    per_zone = Counter(r["zone"] for r in records)
    zone: object = object()
    tick = ticker(len(records), progress, cancelled)
    for rec in records:
        if n % STEP == 0:
            tick(n)
        if rec["zone"] != zone:
            zone = rec["zone"]
            sheet.category(zone_heading(per_zone, zone))
        n += 1
        by_quarter = dict.fromkeys(quarter_keys)
        by_quarter.update({f"q{k[-1]}_{part}": v for k, parts in rec["quarters"].items() for part, v in parts.items()
                           if k.startswith(str(year))})
        vals = dict(rec, **by_quarter, seq=n, start=_quarter_text(rec["start"], rec["start_text"]),
                    completion=_quarter_text(rec["completion"], rec["completion_text"]),
                    actual_start=_quarter_text(rec["actual_start"], None),
                    actual_completion=_quarter_text(rec["actual_completion"], None))
        sheet.record([vals[c.key] for c in cols])
        if timeline:
            spans.append((n, rec))
    sheet.finish()
    if timeline:
        _timeline_sheet(wb, spans, year, title.replace("季度计划表", "季度计划横道图", 1))
    return n


_QUARTER_PARTS = (("planned", "计划投资（亿元）", "number"), ("goal", "形象进度目标", "text"),
                  ("actual", "完成投资（亿元）", "number"), ("progress", "形象进度", "text"))
_REPORTED = ("planned", "actual", "progress")  # what the owners' form asks for


def _quarter_columns(records: list[dict[str, Any]], year: int, report: Quarter | None = None) -> list["Col"]:
    """A column per quarter and figure that some exported project has, and all
    three of the quarter being reported."""
    have = {(q, part) for r in records for q, parts in r["quarters"].items() for part, v in parts.items()
            if v is not None}
    if report is not None:
        have |= {(str(report), part) for part in _REPORTED}
    cols = []
    for n in range(1, 5):
        for part, title, kind in _QUARTER_PARTS:
            if (f"{year}Q{n}", part) in have:  # "一季度" merged over its figures, as offices draw it
                cols.append(Col(title, f"q{n}_{part}", kind, group=f"{'一二三四'[n - 1]}季度",
                                max_width=30 if kind == "text" else 40))
    return cols


def _register_merge(ws, r0: int, c0: int, r1: int, c1: int) -> None:
    """Record a merged range whose cells were already written row by row.

    In constant-memory mode a row is written out as soon as a later row is
    touched, so merge_range() across rows would lose the upper row's later
    cells. This records only the range, as merge_range() itself does."""
    ws.merge.append([r0, c0, r1, c1])


def _quarter_words(q: Quarter) -> str:
    return f"{q.year}年{'一二三四'[q.q - 1]}季度"


def _chart_years(spans: list[tuple[int, dict[str, Any]]], year: int) -> tuple[Quarter, Quarter]:
    """The whole years the chart draws: the plan's, and those its projects' quarters and words reach, at most
    two years before it and three after (a bar beyond runs to the edge). It drew 2023 to 2026 for every plan:
    a 2024 chart of 2024's quarters was three quarters empty columns."""
    years = {year}
    for _n, rec in spans:
        for text in (rec["start"], rec["completion"], rec["actual_start"], rec["actual_completion"],
                     *(rec.get("original") or ())):
            if text:
                years.add(Quarter.parse(text).year)
        said = schedule_words(rec.get("start_text"), rec.get("completion_text"), rec.get("nature"), year)
        if said is not None:
            years.add(said[1])
    return Quarter(max(min(years), year - 2), 1), Quarter(min(max(years), year + 3), 4)


def _timeline_sheet(wb, spans: list[tuple[int, dict[str, Any]]], year: int, title: str) -> None:
    """横道图: each project on two rows (plan, then actual), one column per quarter; a project whose plan
    was revised on three (the original plan first). ``title`` says whose, as the list's does ("2024年东部…横道图")."""
    ws = wb.add_worksheet("横道图")
    first, last = _chart_years(spans, year)
    quarters = list(Quarter.range(first, last))
    width = 4 + len(quarters)
    fmt = lambda **kw: wb.add_format({"font_name": BODY_FONT, "font_size": 10, "border": 1, "valign": "vcenter", **kw})
    head = fmt(bold=True, align="center", bg_color="#F2F2F2", font_name="黑体")
    text, centre = fmt(text_wrap=True), fmt(align="center")
    shades = {"计划": {"bg_color": "#9DC3E6"}, "实际": {"bg_color": "#A9D18E"},
              "原计划": {"bg_color": "#D9D9D9", "font_color": "#595959"}}
    fills = {label: fmt(align="center", **kw) for label, kw in shades.items()}
    # the words of an end beyond the years drawn run from the chart's edge over the bar, not off the page
    edges = {(label, side): fmt(align=side, **kw) for label, kw in shades.items() for side in ("left", "right")}
    # a plan row without a quarter: the plan's words ("2024年完工", "前期") in place of a bar,
    # across that year's quarters, on a pale band when the words name the year themselves
    said_fmt = fmt(font_color="#595959", italic=True, align="center")
    said_in_band = fmt(font_color="#595959", italic=True, align="center", bg_color="#EDEDED")
    group = fmt(bold=True, font_name="黑体", bg_color="#FFF2CC")
    # a project whose planned quarters were revised has a row more above its plan: the plan before (原计划)
    revised = "（调整过计划的项目另起一行灰色为原计划）" if any(rec.get("original") for _n, rec in spans) else ""
    ws.merge_range(0, 0, 0, width - 1, f"{title}{TIMELINE_LEGEND}{revised}",
                   wb.add_format({"font_name": TITLE_FONT, "font_size": 16, "bold": True, "align": "center"}))
    # header: row 1 has the years, row 2 the quarters; the first four columns span both
    for c, h in enumerate(["序号", "项目名称", "区域/板块", "计划/实际"]):
        ws.write_string(1, c, h, head)
        _register_merge(ws, 1, c, 2, c)
    col = 4
    for y in sorted({q.year for q in quarters}):
        n = sum(1 for q in quarters if q.year == y)
        for k in range(n):
            ws.write_string(1, col + k, f"{y}年" if k == 0 else "", head)
        _register_merge(ws, 1, col, 1, col + n - 1)
        col += n
    for c in range(4):
        ws.write_blank(2, c, None, head)
    for i, q in enumerate(quarters):
        ws.write_string(2, 4 + i, "一二三四"[q.q - 1] + "季度", head)
    ws.repeat_rows(1, 2)
    ws.freeze_panes(3, 4)
    row = 3
    last_group = None
    for n, rec in spans:
        g = (rec["zone"] or "未指定区域", rec["area"] or "")
        if g != last_group:
            ws.merge_range(row, 0, row, width - 1, " ".join(x for x in g if x), group)
            row += 1
            last_group = g
        lines = [("计划", rec["start"], rec["completion"]), ("实际", rec["actual_start"], rec["actual_completion"])]
        if rec.get("original"):
            lines.insert(0, ("原计划", *rec["original"]))
        for k, (label, start_text, end_text) in enumerate(lines):
            if k == 0:
                ws.write_string(row, 0, str(n), centre)
                ws.write_string(row, 1, rec["name"], text)
                ws.write_string(row, 2, " ".join(x for x in (rec["zone"], rec["area"]) if x), text)
            else:
                for c in range(3):
                    ws.write_blank(row, c, None, text)
            ws.write_string(row, 3, label, centre)
            start = Quarter.parse(start_text) if start_text else None
            end = Quarter.parse(end_text) if end_text else None
            said = schedule_words(rec.get("start_text"), rec.get("completion_text"), rec.get("nature"), year) \
                if label == "计划" and not start and not end else None
            if said is not None and first.year <= said[1] <= last.year:
                words, in_year, band = said
                c0 = 4 + quarters.index(Quarter(in_year, 1))
                for i in range(len(quarters)):
                    if not c0 <= 4 + i < c0 + 4:
                        ws.write_blank(row, 4 + i, None, text)
                ws.merge_range(row, c0, row, c0 + 3, words, said_in_band if band else said_fmt)
                row += 1
                continue
            for i, q in enumerate(quarters):
                inside = (start and end and start <= q <= end) or (start and not end and q == start) \
                    or (end and not start and q == end)
                mark = ("▶开工" if start and q == start else "") + ("■完工" if end and q == end else "")
                # an end outside the years drawn is named at the edge it lies beyond: a 续建 project begun in
                # 2019 drew nothing on its 实际 row
                shade = fills[label]
                if i == 0 and start and start < q and (not end or end >= q):
                    inside, mark, shade = True, f"◀{_quarter_words(start)}开工", edges[label, "left"]
                elif i == len(quarters) - 1 and end and end > q and (not start or start <= q):
                    inside, mark, shade = True, f"{_quarter_words(end)}完工▶", edges[label, "right"]
                if inside:
                    ws.write_string(row, 4 + i, mark.replace("开工■完工", "■") if len(mark) > 3 else mark, shade)
                else:
                    ws.write_blank(row, 4 + i, None, text)
            row += 1
        for c in range(3):
            _register_merge(ws, row - len(lines), c, row - 1, c)
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 34)
    ws.set_column(2, 2, 22)
    ws.set_column(3, 3, 8)
    ws.set_column(4, width - 1, 7)
    ws.set_landscape()
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)
    ws.set_footer("&C第 &P 页 共 &N 页")


def _measures(wb, db: Database, year: int, report: Quarter | None = None, unit: str | None = None,
              unreported: Quarter | None = None) -> int:
    """As the plan's attachment reads: each section a heading row ("（一）…"), each measure
    numbered and merged down over its targets, a target to a row. ``report``: the form the units
    fill in for that quarter, its review column (and the earlier quarters') there even if blank."""
    records = measure_records(db, year, unit, unreported)
    cols = [Col("序号", "seq", "center", min_width=5),
            Col("举措", "measure", max_width=30), Col("目标", "text", max_width=50),
            Col("指标对象", "subject", max_width=24), Col("方式", "op_word", "center"),
            Col("目标值", "value", "number"), Col("单位", "unit", "center"),
            Col("完成时限", "quarter", "quarter"), Col("责任单位", "responsible_unit", max_width=24),
            Col("配合单位", "partner_units", max_width=24), Col("责任人", "contact", max_width=20),
            Col("牵头领导", "leader", "center"), Col("完成值", "actual_shown", "number"), Col("完成情况", "status", "center"),
            Col("备注", "notes", max_width=30)]
    if report is None and not any(r["actual"] is not None or r["actual_text"] or r["status"]
                                  or any(_step_done(st) for st in r["steps"].values()) for r in records):
        cols = [c for c in cols if c.key not in ("actual_shown", "status")]  # the plan's table as published
    for key in ("partner_units", "contact", "leader", "notes"):  # a plan naming only the units responsible, no remarks
        if not any(r[key] for r in records):
            cols = [c for c in cols if c.key != key]
    if any(r["measure_text"] for r in records):  # a task list's 工作措施, beside its task, merged down as it is
        cols.insert(2, Col("工作措施", "measure_text", max_width=40))
    steps, reviews = _step_columns(records, report)
    at = next(i for i, c in enumerate(cols) if c.key == "quarter") + 1
    cols[at:at] = steps
    at = next((i for i, c in enumerate(cols) if c.key == "actual_shown"), len(cols))
    cols[at:at] = reviews  # each quarter's review before the year's result
    sheet = AttachmentSheet(wb, "举措与目标", "附件4", f"{year}年工作举措与量化目标表" + (f"（{unit}）" if unit else ""), cols)
    sheet.header()
    merged = [c for c, col in enumerate(cols) if col.key in ("seq", "measure", "measure_text")]
    section = measure = None
    first, n = sheet.row, 0
    for rec in records:
        if rec["section_number"] != section:
            _merge_down(sheet, merged, first)
            sheet.category(f"（{_section_label(rec['section_number'])}）{rec['section']}")
            section, measure, first = rec["section_number"], None, sheet.row
        opens = rec["measure"] != measure
        if opens:
            _merge_down(sheet, merged, first)
            first, measure, n = sheet.row, rec["measure"], n + 1
        steps = rec["steps"]
        vals = dict(rec, seq=n if opens else None, measure=rec["measure"] if opens else None,
                    measure_text=rec["measure_text"] if opens else None,
                    **{f"step_q{q}": (steps.get(q) or {}).get("text") for q in range(1, 5)},
                    **{f"done_q{q}": _step_done(steps.get(q)) for q in range(1, 5)},
                    op_word=OP_WORDS.get(rec["op"], rec["op"]),
                    quarter=_quarter_text(rec["quarter"], None),
                    actual_shown=rec["actual_text"] or rec["actual"])  # "已完成35项" as written, else the figure
        sheet.record([vals[c.key] for c in cols])
    _merge_down(sheet, merged, first)
    sheet.finish()
    return len(records)


def _step_columns(records: list[dict[str, Any]], report: Quarter | None = None) -> tuple[list[Col], list[Col]]:
    """The quarterly steps, all four quarters where any target has one (a form to fill in), and the
    quarters reviewed: each one any target has a review of, and with ``report`` that quarter and the
    ones before it (the form a unit fills in, last quarter's review beside this quarter's blank)."""
    steps = []
    if any(st.get("text") for r in records for st in r["steps"].values()):
        steps = [Col(f"{w}季度", f"step_q{q}", max_width=20, group="季度安排") for q, w in enumerate("一二三四", 1)]
    reviewed = {q for r in records for q, st in r["steps"].items() if _step_done(st)}
    if report is not None:
        reviewed |= set(range(1, report.q + 1))
    reviews = [Col(f"{'一二三四'[q - 1]}季度", f"done_q{q}", max_width=20, group="各季度完成情况")
               for q in sorted(reviewed)]
    if len(reviews) == 1:  # one quarter: its own heading, not a group a column wide wrapped on three lines
        reviews = [Col(f"{reviews[0].header}完成情况", reviews[0].key, max_width=20)]
    return steps, reviews


def _step_done(step: dict[str, Any] | None) -> str | float | None:
    """A quarter's review as the import read it: its words, else its figure."""
    if not step:
        return None
    return step["actual_text"] or step["actual"]


def _merge_down(sheet: "AttachmentSheet", columns: list[int], first: int) -> None:
    """Merge each of ``columns`` from row ``first`` down to the last row written, where that is more than one."""
    if sheet.row - 1 > first:
        for c in columns:
            _register_merge(sheet.ws, first, c, sheet.row - 1, c)


def export(db: Database, kind: str, out: str | Path, *, year: int | None = None, zone: str | None = None,
           area: str | None = None, project_class: str | None = None, timeline: bool = True,
           report: Quarter | None = None, unreported_only: bool = False, unit: str | None = None,
           view=None, view_words: str = "", progress=None, cancelled=None) -> int:
    """Write one attachment table to ``out``; return the number of records written.

    ``report``: the key-project table gets that quarter's 计划投资 | 完成投资 |
    形象进度 columns even where nothing is filled yet: the form owners fill in
    and send back, which then imports as the quarter's report; the measures table
    gets each quarter's 完成情况 up to it, for the units answering for the targets.
    With ``unreported_only``, only the projects (targets) that have not reported it yet. With ``unit``, only
    the rows that unit answers for (a project's owner or unit responsible; a target's units), its
    name in the title: the form sent to it. ``view`` (a ProjectFilter: the list's warning light, nature,
    search…) narrows the key projects further, ``view_words`` saying how in the title. The key projects' table
    tells ``progress(done, total)`` as it writes and stops on ``cancelled()`` (:class:`ExportCancelled`, no file
    left)."""
    if kind not in EXPORT_KINDS:
        raise ValueError(f"未知的表格类型“{kind}”，应为：{', '.join(EXPORT_KINDS)}")
    plan_year = None
    if kind in ("key_projects", "measures"):
        with db.read() as s:
            plan_year = find_plan(s, year).year
    if unreported_only and report is None:
        raise ValueError("只导出未填报的项目时须指定填报季度")
    if report is not None and (kind not in ("key_projects", "measures") or report.year != plan_year):
        raise ValueError(f"填报季度应为{plan_year or year or ''}年的季度，且只用于重点项目表和举措表（得到：{report}）")
    if unreported_only and kind not in ("key_projects", "measures"):
        raise ValueError("只导出未填报的记录只用于重点项目表和举措表")
    if unit and kind not in ("key_projects", "measures"):
        raise ValueError(f"按单位导出只用于重点项目表和举措表（得到：{kind}）")
    if kind.startswith("indicator") and year is None:
        year = _latest_indicator_year(db, kind)
    elif kind.startswith("indicator"):
        _indicator_year_held(db, year)
    elif year is None:
        year = plan_year  # the latest plan's (next year's 附件2 imported beside it is no plan of projects)

    def fill(wb) -> int:
        if kind.startswith("indicator"):
            return _indicators(wb, db, kind, year)
        # a list narrowed to nothing is said, not sent as an empty form ("--light 严重滞后 --area …" with none late
        # there); the whole list of a new plan, empty, is still the blank form to fill in
        narrowed = bool(unit or unreported_only)
        if kind == "key_projects":
            chase = report if unreported_only else None
            n = _projects(wb, db, ExportFilter(year, zone, area, project_class, chase, unit or None,
                                               view=view, view_words=view_words),
                          plan_year, timeline, report, progress, cancelled)
            if n == 0 and (narrowed or zone or area or project_class or view is not None):
                raise ValueError("没有符合条件的项目")
            return n
        n = _measures(wb, db, plan_year, report, unit or None, report if unreported_only else None)
        if n == 0 and narrowed:
            raise ValueError("没有符合条件的目标")
        return n

    return write_workbook(out, fill)


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


# what each table is called in a file's name
FILE_NAMES = {"indicator_results": "附件1", "indicator_targets": "附件2", "key_projects": "重点项目",
              "measures": "举措与目标", "project_progress": "重点项目推进情况表", "unit_progress": "各单位进展"}


def file_stem(kind: str, year: int, report: Quarter | None = None, parts: Iterable[str] = ()) -> str:
    """A file name that says what is in it: "2024年重点项目（东部·解放碑中央商务区）", or a quarter's
    form: "2024年二季度工作举措填报表"."""
    name = FILE_NAMES[kind]
    if report is not None and kind == "key_projects":
        name = f"{'一二三四'[report.q - 1]}季度重点项目填报表"
    elif report is not None and kind == "measures":
        name = f"{'一二三四'[report.q - 1]}季度工作举措填报表"
    elif report is not None and kind == "project_progress":  # 2024年上半年重点项目推进情况表
        name = f"{report.year_to_date_zh}{name}"
    elif report is not None and kind == "unit_progress":
        name = f"{'一二三四'[report.q - 1]}季度{name}"
    which = f"（{'·'.join(parts)}）" if parts else ""
    return f"{year}年{name}{which}"


def export_each_unit(db: Database, kind: str, folder: str | Path, name: str, *, year: int | None = None,
                     zone: str | None = None, area: str | None = None, project_class: str | None = None,
                     report: Quarter | None = None, unreported_only: bool = False, timeline: bool = True,
                     as_reported: bool = False, progress=None, cancelled=None) -> list[Path]:
    """Each unit its own file: one per unit the rows name, "``name``（unit）.xlsx" in ``folder``, as
    :func:`export` with ``unit`` writes it — the form sent to the unit — or, for "project_progress", the
    unit's projects' 推进情况表 at ``report`` (the 通报 each unit gets). Cancelled, it stops after the file
    being written (each file written is whole); returns the files written."""
    if kind not in UNIT_KINDS:
        raise ValueError(f"按单位导出只用于重点项目表、举措表和推进情况表（得到：{kind}）")
    if unreported_only and report is None:  # said before the folder is made, as export says it
        raise ValueError("只导出未填报的项目时须指定填报季度")
    with db.read() as s:
        plan_year = find_plan(s, year).year
    chase = report if unreported_only else None
    projects = kind != "measures"
    units = export_units(db, "key_projects" if projects else kind,
                         ExportFilter(plan_year, zone, area, project_class, chase) if projects
                         else ExportFilter(plan_year, unreported=chase))
    if not units and chase is not None:
        raise ValueError(f"{chase.label_zh}都已填报，没有要催报的单位")
    if not units:
        raise ValueError("要导出的记录都没有填写单位" if kind == "measures" else "要导出的项目都没有填写业主单位或责任单位")
    options = dict(zone=zone, area=area, project_class=project_class, timeline=timeline,
                   unreported_only=unreported_only) if kind == "key_projects" else dict(unreported_only=unreported_only)
    folder, written = Path(folder), []
    made = not folder.exists()
    folder.mkdir(parents=True, exist_ok=True)  # the folder for the forms is made; a file's folder is not
    try:
        for i, unit in enumerate(units):
            if cancelled is not None and cancelled():
                break
            # a unit typed as a sentence still makes a file name a system keeps (255 bytes); two units alike
            # once shortened get a number each, never one file for both
            said = _FILE_UNSAFE.sub("_", unit)[:40]
            out = folder / f"{name}（{said}）.xlsx"
            if out in written:
                out = folder / f"{name}（{said}）-{i + 1}.xlsx"
            if kind == "project_progress":
                from .progress_report import export_project_progress  # it builds on this module

                export_project_progress(db, out, report or Quarter(plan_year, 4),
                                        ExportFilter(plan_year, zone, area, project_class, unit=unit),
                                        as_reported=as_reported)
            else:
                export(db, kind, out, year=plan_year, report=report, unit=unit, **options)
            written.append(out)
            if progress is not None:
                progress(i + 1, len(units))
    except BaseException:
        if made and not any(folder.iterdir()):  # refused at the first unit ("尚未存档上报"): no folder left
            folder.rmdir()
        raise
    return written


# characters no file name may hold on Windows (a unit typed "区委/区政府办公室" is split into two already)
_FILE_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def _indicator_year_held(db: Database, year: int) -> None:
    """A year no indicator has is refused, not written as a table of no rows ("--year 2025")."""
    from sqlalchemy import select

    from ..store.schema import IndicatorYear

    with db.read() as s:
        years = list(s.scalars(select(IndicatorYear.year).distinct().order_by(IndicatorYear.year)))
    if year not in years:
        if not years:
            raise ValueError("数据库中没有指标")
        raise ValueError(f"数据库中没有{year}年的指标（有：{'、'.join(map(str, years))}年）")


def _latest_indicator_year(db: Database, kind: str) -> int:
    """附件1 reports on last year; 附件2 proposes this year's targets."""
    from sqlalchemy import func, select

    from ..store.schema import IndicatorYear

    with db.read() as s:
        col = IndicatorYear.actual if kind == "indicator_results" else IndicatorYear.target_text
        y = s.scalar(select(func.max(IndicatorYear.year)).where((col.is_not(None)) | IndicatorYear.status.is_not(None)))
        y = y or s.scalar(select(func.max(IndicatorYear.year)))
    if y is None:
        raise ValueError("数据库中没有指标")
    return y
