"""Printing quarterly timelines: pages with header, footer, legend, repeated scale and labels.

Pages are planned first (which rows and which quarters go on which page),
then each page is drawn with the screen's own routines (timeline.paint). Rows
never split; a group header is never left alone at a page bottom; with a
fixed scale the time axis is tiled across pages, labels repeating on each.
Output goes to any QPainter device: a PDF (text stays text, the bundled
font embedded), PNG images at a chosen DPI, or a printer.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from ..domain.quarter import Quarter
from ..store import read_at_once
from ..store.plan_document import ZONES_EN
from ..written import not_written
from .layout import TimelineLayout
from .paint import (
    Options, View, axis_height, legend_height, paint_axis, paint_chart, paint_labels, paint_legend, rules_note,
)

if TYPE_CHECKING:  # the store is loaded when the pages are laid out, not with this module
    from ..store.project_rows import ProjectFilter

__all__ = ["PrintSettings", "Page", "SummaryPage", "PrintCancelled", "PageRangeEmpty", "Printout", "plan_pages",
           "plan_printout", "draw_printout", "render_pages", "write_pdf", "write_png", "period_label",
           "summary_page", "files_in_brief"]

MM = 1 / 25.4  # inches per millimetre
# the plan's four zones in an English printout (the UI's words for them); an area or class stays as written
# a printout's rows in another order than the list's (layout.ORDERS), in its header
ORDER_WORDS = {"start": ("按计划开工", "by planned start"), "completion": ("按计划完工", "by planned completion"),
               "light": ("严重滞后、滞后在前", "worst warning first")}


class PrintCancelled(RuntimeError):
    """The planner stopped a printout: no file is left, neither half a PDF nor some of the PNG pages."""


class PageRangeEmpty(ValueError):
    """The pages asked for (the print box's 页码范围) are beyond the printout's last."""


def _each_page(pages: list[Page], progress, cancelled):
    """The pages in turn, a cancel looked at before each and the count told after each."""
    for i, page in enumerate(pages):
        if cancelled is not None and cancelled():
            raise PrintCancelled("已停止打印，没有写入文件")
        yield i, page
        if progress:
            progress(i + 1, len(pages))


@dataclass
class PrintSettings:
    title: str = ""
    period: tuple[Quarter, Quarter] = (Quarter(2024, 1), Quarter(2024, 4))
    paper: str = "A4"  # A4 / A3
    landscape: bool = True
    fit: str = "width"  # width: the period fits the page width; scale: quarter_mm per quarter, tiled
    quarter_mm: float = 30.0
    row_mm: float = 6.5
    font_pt: float = 8.0
    labels_mm: float = 62.0
    unit_mm: float = 34.0
    legend_every_page: bool = False
    summary: bool = False  # a first page with the quarter's paragraph and the zones' figures (概况)
    order: str = "list"  # the rows' order within an area (layout.ORDERS), as the screen's timeline shows them
    # only the projects in view (the list's filter beside the zone: an area, a light, a unit…), and those words
    # under the title, so a page of the 严重滞后 projects never reads as the whole list
    projects: ProjectFilter | None = None
    narrowed: str = ""
    issuing_office: str = ""
    printed_on: dt.date = field(default_factory=dt.date.today)
    options: Options = field(default_factory=Options)


@dataclass
class SummaryPage:
    """What the 概况 page says: the period's last quarter's paragraph (进展情况) and the projects by zone
    (and by class, when they are classed)."""
    at: Quarter
    paragraph: str
    heads: list[str]
    tables: list[tuple[str, list[list[str]]]]  # (caption, the cells as printed, the total last)


@dataclass
class Page:
    zone: str
    layout: TimelineLayout | None  # None: the 概况 page
    rows: tuple[int, int]  # [first, last) layout rows
    quarters: tuple[int, int]  # [first, last) quarter indexes
    legend: bool
    number: int = 0
    total: int = 0
    summary: SummaryPage | None = None


def period_label(first: Quarter, last: Quarter, language: str = "zh") -> str:
    if language != "zh":
        return f"{first.year} Q{first.q} – {last.year} Q{last.q}"
    if first.q == 1 and last.q == 4 and first.year == last.year:
        return f"{first.year}年全年"
    if first == last:
        return first.label_zh
    return f"{first.label_zh}至{last.label_zh}"


class _Metrics:
    """Page geometry in device units for one paper and resolution."""

    def __init__(self, s: PrintSettings, dpi: float, page: QRectF, note: str = "") -> None:
        self.dpi = dpi
        self.mm = dpi * MM
        self.page = page  # the printable rectangle (margins applied)
        self.font_px = s.font_pt / 72 * dpi
        self.header_h = self.font_px * 4.2
        self.footer_h = self.font_px * 2.4
        self.axis_h = axis_height(Options(font_px=self.font_px))
        self.row_h = s.row_mm * self.mm
        self.labels_w = (s.labels_mm + (s.unit_mm if s.options.unit_column else 0)) * self.mm
        self.note = note  # what the lights mean, under the legend
        # measured with every option the legend shows (the investment bars' marks took a second line in English
        # the page had not kept room for: the rules' note under it was drawn over by the chart)
        shown = dataclasses.replace(s.options, font_px=self.font_px)
        self.legend_h = max(self.font_px * 2.6, legend_height(page.width(), shown, note))
        self.chart_w = page.width() - self.labels_w

    def body_rows(self, with_legend: bool) -> int:
        h = self.page.height() - self.header_h - self.footer_h - self.axis_h
        if with_legend:
            h -= self.legend_h
        return max(1, int(h // self.row_h))


def page_size(s: PrintSettings) -> QPageSize:
    return QPageSize(QPageSize.A3 if s.paper.upper() == "A3" else QPageSize.A4)


def page_layout(s: PrintSettings) -> QPageLayout:
    return QPageLayout(page_size(s), QPageLayout.Landscape if s.landscape else QPageLayout.Portrait,
                       QMarginsF(10, 10, 10, 10), QPageLayout.Millimeter)


def plan_pages(layouts: list[tuple[str, TimelineLayout]], s: PrintSettings, metrics: _Metrics,
               summary: SummaryPage | None = None) -> list[Page]:
    """Which rows and quarters go on which page, for every zone in turn; the 概况 page first if given."""
    first, last = s.period
    q0, q1 = first.index, last.index + 1
    if s.fit == "scale":
        per_page = max(1, int(metrics.chart_w // (s.quarter_mm * metrics.mm)))
        tiles = [(q, min(q + per_page, q1)) for q in range(q0, q1, per_page)]
    else:
        tiles = [(q0, q1)]
    pages: list[Page] = [Page("", None, (0, 0), (q0, q1), False, summary=summary)] if summary else []
    for zone, lay in layouts:
        row = 0
        first_page = True
        while True:
            legend = first_page or s.legend_every_page
            n = metrics.body_rows(legend)
            end = min(lay.rows, row + n)
            # a group header alone at the bottom of a page goes to the next page with its rows
            if end < lay.rows and end - 1 > row and lay.kind[end - 1] == 1:
                end -= 1
            for tile in tiles:
                pages.append(Page(zone, lay, (row, end), tile, legend))
            first_page = False
            if end >= lay.rows:
                break
            row = end
    for i, p in enumerate(pages, start=1):
        p.number, p.total = i, len(pages)
    return pages


def _fonts(s: PrintSettings, m: _Metrics) -> tuple[QFont, QFont]:
    """The title's font and the body's."""
    o = s.options
    title_font = QFont(o.font_family) if o.font_family else QFont()
    title_font.setPixelSize(round(m.font_px * 1.6))
    title_font.setBold(True)
    small = QFont(o.font_family) if o.font_family else QFont()
    small.setPixelSize(round(m.font_px))
    return title_font, small


def _draw_header(p: QPainter, s: PrintSettings, m: _Metrics, subtitle: str) -> None:
    """The plan's title, and under it what the page shows."""
    zh, r = s.options.language == "zh", m.page
    title_font, small = _fonts(s, m)
    p.setPen(QColor("#111"))
    p.setFont(title_font)
    title = s.title or ("重点项目季度进度" if zh else "Key projects by quarter")
    p.drawText(QRectF(r.left(), r.top(), r.width(), m.header_h * 0.55), Qt.AlignHCenter | Qt.AlignBottom, title)
    p.setFont(small)
    p.drawText(QRectF(r.left(), r.top() + m.header_h * 0.6, r.width(), m.header_h * 0.35),
               Qt.AlignHCenter | Qt.AlignVCenter, subtitle)


def _draw_page(p: QPainter, page: Page, s: PrintSettings, m: _Metrics) -> None:
    o = s.options
    o.font_px = m.font_px
    o.milestone_names = True  # the screen's tooltip names a diamond; paper has only what is drawn
    r = m.page
    zh = o.language == "zh"
    if page.summary is not None:
        _draw_summary(p, page.summary, s, m)
        _draw_footer(p, page, s, m)
        return
    _title_font, small = _fonts(s, m)
    # header: plan title, zone, period
    zone_label = (f"区域：{page.zone}" if zh else f"Zone: {ZONES_EN.get(page.zone, page.zone)}")
    period = (f"时段：{period_label(*s.period, o.language)}" if zh else f"Period: {period_label(*s.period, o.language)}")
    tile = ""
    if s.fit == "scale":
        a, b = Quarter.from_index(page.quarters[0]), Quarter.from_index(page.quarters[1] - 1)
        tile = f"（本页：{period_label(a, b, o.language)}）" if zh else f" (this page: {period_label(a, b, o.language)})"
    narrowed = f"    {s.narrowed}" if s.narrowed else ""
    # rows in another order than the list's say so: a page whose red projects come first is read as such
    order = ORDER_WORDS[s.order][0 if zh else 1] if s.order in ORDER_WORDS else ""
    order = (f"    排序：{order}" if zh else f"    Order: {order}") if order else ""
    _draw_header(p, s, m, f"{zone_label}    {period}{tile}{narrowed}{order}")
    y = r.top() + m.header_h
    if page.legend:
        paint_legend(p, QRectF(r.left(), y, r.width(), m.legend_h), o, m.note)
        y += m.legend_h
    # the scale and the labels repeat on every page
    chart_left = r.left() + m.labels_w
    n_rows = page.rows[1] - page.rows[0]
    body = QRectF(chart_left, y + m.axis_h, m.chart_w, n_rows * m.row_h)
    view = View(page.quarters[0], page.quarters[1], page.rows[0], m.row_h, body)
    paint_axis(p, view, QRectF(chart_left, y, m.chart_w, m.axis_h), o)
    corner = QRectF(r.left(), y, m.labels_w, m.axis_h)
    p.fillRect(corner, QColor("#f2f2f2"))
    p.setFont(small)
    p.setPen(QColor("#222"))
    heading = "项目名称" if zh else "Project"
    first_row = page.rows[0]
    if first_row < page.layout.rows and page.layout.kind[first_row] == 0:
        # a page that starts inside a group says which group it continues
        group = max((g for g in page.layout.groups if g[0] < first_row), default=None, key=lambda g: g[0])
        if group is not None:
            heading += f" · {group[1]}（续）" if zh else f" · {group[1]} (cont.)"
    p.drawText(corner.adjusted(m.mm * 2, 0, 0, 0), Qt.AlignVCenter | Qt.AlignLeft, heading)
    if o.unit_column:
        p.drawText(QRectF(r.left() + m.labels_w * 0.62 + m.mm, y, m.labels_w * 0.38, m.axis_h),
                   Qt.AlignVCenter | Qt.AlignLeft, "责任单位" if zh else "Responsible unit")
    paint_labels(p, page.layout, view, QRectF(r.left(), body.top(), m.labels_w, body.height()), o)
    paint_chart(p, page.layout, view, o)
    p.setPen(QPen(QColor("#555"), max(1.0, m.mm * 0.2)))
    p.setBrush(Qt.NoBrush)
    p.drawRect(QRectF(r.left(), y, r.width(), m.axis_h + body.height()))
    _draw_footer(p, page, s, m)


def _draw_footer(p: QPainter, page: Page, s: PrintSettings, m: _Metrics) -> None:
    """Page x of y, the print date, the issuing office."""
    zh, r = s.options.language == "zh", m.page
    _title_font, small = _fonts(s, m)
    p.setFont(small)
    p.setPen(QColor("#333"))
    fy = r.bottom() - m.footer_h
    p.drawLine(r.left(), fy + m.footer_h * 0.15, r.right(), fy + m.footer_h * 0.15)
    left = s.issuing_office
    mid = f"第 {page.number} 页 共 {page.total} 页" if zh else f"Page {page.number} of {page.total}"
    right = (f"打印日期：{s.printed_on:%Y年%m月%d日}" if zh else f"Printed {s.printed_on.isoformat()}")
    band = QRectF(r.left(), fy + m.footer_h * 0.25, r.width(), m.footer_h * 0.75)
    p.drawText(band, Qt.AlignLeft | Qt.AlignVCenter, left)
    p.drawText(band, Qt.AlignHCenter | Qt.AlignVCenter, mid)
    p.drawText(band, Qt.AlignRight | Qt.AlignVCenter, right)


def _draw_summary(p: QPainter, summary: SummaryPage, s: PrintSettings, m: _Metrics) -> None:
    """概况: the quarter's paragraph, then each grouping of the projects as a ruled table."""
    zh, r = s.options.language == "zh", m.page
    _title_font, small = _fonts(s, m)
    at = summary.at
    _draw_header(p, s, m, f"概况（截至{at.label_zh}）" if zh else f"Summary (as of {at.year} Q{at.q})")
    body, caption = QFont(small), QFont(small)
    body.setPixelSize(round(m.font_px * 1.3))
    caption.setPixelSize(round(m.font_px * 1.3))
    caption.setBold(True)
    left, width = r.left() + m.mm * 4, r.width() - m.mm * 8
    y = r.top() + m.header_h + m.font_px

    def heading(text: str) -> float:
        p.setFont(caption)
        p.setPen(QColor("#111"))
        p.drawText(QRectF(left, y, width, m.font_px * 2.2), Qt.AlignLeft | Qt.AlignVCenter, text)
        return y + m.font_px * 2.4

    y = heading("一、进展情况" if zh else "Progress")
    p.setFont(body)
    flags = Qt.TextWordWrap | Qt.AlignLeft | Qt.AlignTop
    text_rect = QRectF(left, y, width, r.bottom() - m.footer_h - y)
    used = p.boundingRect(text_rect, flags, summary.paragraph)
    p.drawText(text_rect, flags, summary.paragraph)
    y = used.bottom() + m.font_px * 1.5
    row_h = m.font_px * 2.1
    first_w = width * 0.22
    other_w = (width - first_w) / max(1, len(summary.heads) - 1)
    xs = [left] + [left + first_w + i * other_w for i in range(len(summary.heads))]
    pen = QPen(QColor("#555"), max(1.0, m.mm * 0.15))
    numbers = "二三四五"
    for n, (title, rows) in enumerate(summary.tables):
        head_h = row_h * 1.7  # a heading wraps on a narrow (portrait) page: "年度计划 / （亿元）"
        if y + head_h + len(rows) * row_h + m.font_px * 2.4 > r.bottom() - m.footer_h:
            break  # the page is full: a long list of classes stops where the page does
        y = heading(f"{numbers[n]}、{title}" if zh else title)
        p.setFont(small)
        tops = [y] + [y + head_h + i * row_h for i in range(len(rows) + 1)]
        for i, cells in enumerate([summary.heads, *rows]):
            top, h = tops[i], tops[i + 1] - tops[i]
            if i == 0 or i == len(rows):  # the headings and the total stand out
                p.fillRect(QRectF(left, top, width, h), QColor("#f2f2f2"))
            p.setPen(pen)
            p.drawLine(left, top, left + width, top)
            p.setPen(QColor("#111"))
            for c, text in enumerate(cells):
                cell = QRectF(xs[c] + m.mm, top, (first_w if c == 0 else other_w) - m.mm * 2, h)
                align = Qt.AlignLeft if c == 0 else Qt.AlignHCenter
                p.drawText(cell, Qt.AlignVCenter | align | (Qt.TextWordWrap if i == 0 else 0), text)
        bottom = tops[-1]
        p.setPen(pen)
        p.drawLine(left, bottom, left + width, bottom)
        for x in xs:  # each column's left edge, and the table's right
            p.drawLine(x, y, x, bottom)
        y = bottom + m.font_px * 1.5


def summary_page(db, at: Quarter, language: str = "zh", year: int | None = None) -> SummaryPage:
    """The 概况 page's contents at quarter ``at``: the dashboard's paragraph and 分类统计 by zone."""
    from ..store.breakdown import breakdown
    from ..store.dashboard import dashboard
    from ..store.progress_table import known_sum
    from ..store.summary import progress_summary

    zh = language == "zh"
    d = dashboard(db, year or at.year, at)
    heads = (["", "项目（个）", "年度计划（亿元）", "完成投资（亿元）", "完成率", "已开工", "已竣工", "严重滞后", "滞后"]
             if zh else ["", "Projects", "Planned (100M CNY)", "Invested (100M CNY)", "Rate", "Started",
                         "Completed", "Very late", "Late"])

    def money(v):
        return "—" if v is None else f"{v:,.2f}"

    def cells(name, counts, planned, invested):
        rate = "—" if not planned or invested is None else f"{invested / planned * 100:.1f}%"
        return [name, *map(str, counts[:1]), money(planned), money(invested), rate, *map(str, counts[1:])]

    def table(groups, none_name):
        rows = [cells((g.key if zh else ZONES_EN.get(g.key, g.key)) or none_name,
                      (g.projects, g.started, g.completed, g.red, g.yellow), g.planned, g.invested) for g in groups]
        total = [sum(getattr(g, k) for g in groups) for k in ("projects", "started", "completed", "red", "yellow")]
        rows.append(cells("合计" if zh else "Total", total, known_sum(g.planned for g in groups),
                          known_sum(g.invested for g in groups)))
        return rows

    with db.read(snapshot=True) as session:  # the zones' and the classes' rows of one moment: they add up
        by_zone = breakdown(session, year or at.year, at, "zone")
        by_class = breakdown(session, year or at.year, at, "class")
        # a district not divided into zones (南岸区's projects by street, all under 全区): one row said nothing a
        # meeting asks, where each street or area stands does
        by_area = breakdown(session, year or at.year, at, "area") if sum(bool(g.key) for g in by_zone) < 2 else []
    if any(g.key for g in by_area):
        tables = [("分板块" if zh else "By area", table(by_area, "未指定板块" if zh else "No area"))]
    else:
        tables = [("分区域" if zh else "By zone", table(by_zone, "未指定区域" if zh else "No zone"))]
    if any(g.key for g in by_class):  # a plan naming no class has nothing to break down by it
        tables.append(("分类别" if zh else "By class", table(by_class, "未分类" if zh else "No class")))
    return SummaryPage(at, progress_summary(d, language), heads, tables)


@dataclass
class Printout:
    """The pages planned for one paper and resolution, before any is drawn."""
    settings: PrintSettings
    metrics: _Metrics
    pages: list[Page]

    def numbered(self, page_range: tuple[int, int] | None) -> list[Page]:
        """The pages numbered within ``page_range`` (both ends included: the print box's 页码范围), each keeping
        its 第 N 页 共 M 页; all of them for None."""
        if page_range is None:
            return self.pages
        first, last = page_range
        pages = [page for page in self.pages if first <= page.number <= last]
        if not pages:
            raise PageRangeEmpty(f"所选页码超出范围：共{len(self.pages)}页")
        return pages


def plan_printout(layouts: list[tuple[str, TimelineLayout]], s: PrintSettings, dpi: float, page_rect: QRectF,
                  summary: SummaryPage | None = None) -> Printout:
    s.options.baselines = any(lay.has_baselines for _zone, lay in layouts)  # the legend names 原计划 then
    s.options.reached = any(lay.has_reached_milestones for _zone, lay in layouts)
    s.options.removed = any(lay.has_removed for _zone, lay in layouts)  # (含已移出: struck names)
    m = _Metrics(s, dpi, page_rect, rules_note(layouts[0][1] if layouts else None, s.options.language))
    return Printout(s, m, plan_pages(layouts, s, m, summary))


def draw_printout(painter: QPainter, printout: Printout, new_page: Callable[[], None], *,
                  progress: Callable[[int, int], None] | None = None, cancelled: Callable[[], bool] | None = None,
                  page_range: tuple[int, int] | None = None) -> int:
    """Draw the pages (those of ``page_range``) on ``painter``; ``new_page`` moves the device on. Returns the
    count of all the pages; ``cancelled()`` true stops it with :class:`PrintCancelled` before the next page."""
    for i, page in _each_page(printout.numbered(page_range), progress, cancelled):
        if i:
            new_page()
        painter.save()
        _draw_page(painter, page, printout.settings, printout.metrics)
        painter.restore()
    return len(printout.pages)


def render_pages(painter: QPainter, layouts: list[tuple[str, TimelineLayout]], s: PrintSettings, dpi: float,
                 page_rect: QRectF, new_page: Callable[[], None], *,
                 progress: Callable[[int, int], None] | None = None, cancelled: Callable[[], bool] | None = None,
                 summary: SummaryPage | None = None) -> int:
    """Plan the pages and draw every one on ``painter``; returns the page count."""
    return draw_printout(painter, plan_printout(layouts, s, dpi, page_rect, summary), new_page, progress=progress,
                         cancelled=cancelled)


def write_pdf(path: str | Path, layouts: list[tuple[str, TimelineLayout]], s: PrintSettings, *,
              dpi: int = 300, progress=None, cancelled=None, summary: SummaryPage | None = None) -> int:
    writer = QPdfWriter(str(path))
    writer.setResolution(dpi)
    writer.setPageLayout(page_layout(s))
    writer.setTitle(s.title or "milestones")
    writer.setCreator("milestones")
    painter = QPainter(writer)
    if not painter.isActive():  # the file could not be made
        raise not_written(path)
    try:
        rect = QRectF(writer.pageLayout().paintRectPixels(dpi))
        rect.moveTo(0, 0)
        n = render_pages(painter, layouts, s, dpi, rect, writer.newPage, progress=progress, cancelled=cancelled,
                         summary=summary)
    finally:
        painter.end()
    # Qt says nothing of a write that failed (a full disk left an empty file, "written"): a whole PDF ends so
    if not _ends_whole(Path(path)):
        raise not_written(path)
    return n


def _ends_whole(pdf: Path) -> bool:
    try:
        with open(pdf, "rb") as f:
            f.seek(max(pdf.stat().st_size - 64, 0))
            return b"%%EOF" in f.read()
    except OSError:
        return False


def png_paths(path: Path, n: int) -> list[Path]:
    if n == 1:
        return [path]
    return [path.with_name(f"{path.stem}-{i:03d}{path.suffix}") for i in range(1, n + 1)]


def files_in_brief(files: list[Path]) -> str:
    """The files a printout wrote, as a message names them: a zone's PNG pages are hundreds of names."""
    if len(files) <= 2:
        return ", ".join(str(f) for f in files)
    return f"{files[0]} … {files[-1].name}"


def write_png(path: str | Path, layouts: list[tuple[str, TimelineLayout]], s: PrintSettings, *,
              dpi: int = 150, progress=None, cancelled=None, summary: SummaryPage | None = None) -> list[Path]:
    """One PNG per page (name.png, or name-001.png … for several). Each page is saved as soon as it is drawn,
    on one image drawn over: kept until the end, a zone's 430 pages at 150 dpi took 4 GB. The pages take their
    names only once all are written; a cancel or a failure leaves none of them."""
    path = Path(path)
    pl = page_layout(s)
    full = pl.fullRectPixels(dpi)
    printout = plan_printout(layouts, s, dpi, QRectF(pl.paintRectPixels(dpi)), summary)
    pages = printout.pages
    out = png_paths(path, len(pages))
    parts = [target.with_name(target.name + ".part") for target in out]
    img = QImage(full.width(), full.height(), QImage.Format_RGB32)
    if img.isNull():  # more pixels than memory holds
        raise ValueError(f"页面在 {dpi} dpi 下太大，无法生成图片；请降低分辨率")
    img.setDotsPerMeterX(round(dpi / 0.0254))
    img.setDotsPerMeterY(round(dpi / 0.0254))
    try:
        for i, page in _each_page(pages, progress, cancelled):
            img.fill(QColor("white"))
            painter = QPainter(img)
            try:
                painter.setRenderHint(QPainter.Antialiasing)
                painter.setRenderHint(QPainter.TextAntialiasing)
                _draw_page(painter, page, s, printout.metrics)
            finally:
                painter.end()
            if not img.save(str(parts[i]), "PNG"):  # Qt gives no reason
                raise not_written(out[i])
        for part, target in zip(parts, out):
            part.replace(target)
    finally:
        for part in parts:
            part.unlink(missing_ok=True)
    return out



def layouts_for(db, zones: list[str], s: PrintSettings, year: int | None = None):
    """(zone, layout) for each zone to print, each laid out for the print period."""
    from ..store.project_rows import ProjectFilter
    from ..store.settings import light_rules
    from .data import load_projects, zone_filter
    from .layout import build_layout, in_order

    first, last = s.period
    with db.read() as session:
        rules = light_rules(session)  # the plan's, as the screen shows them
    # the list's filter, its lights judged at the period's end as the pages draw them; the zone is the page's
    base = (dataclasses.replace(s.projects, year=year or first.year, zone_ids=(), at=last) if s.projects is not None
            else ProjectFilter(year=year or first.year))
    out = []
    for zone in zones:
        f = zone_filter(db, base, zone)
        projects = in_order(load_projects(db, f), s.order, last, rules)
        out.append((zone, build_layout(projects, at=last, span=s.period, today=s.options.today, rules=rules)))
    if s.projects is not None and not any(layout.projects for _, layout in out):
        raise ValueError("没有符合条件的项目")  # the whole printout would be empty charts
    return out


@read_at_once
def printed_plan(db, zones: list[str], s: PrintSettings, year: int | None = None) -> tuple[list, SummaryPage | None]:
    """What a printout draws, read as of one moment: each zone's layout and the summary page. Each zone read on its
    own, a project a colleague moved from 东部 to 中部 meanwhile was printed on both pages, or on neither."""
    layouts = layouts_for(db, zones, s, year)
    return layouts, summary_page(db, s.period[1], s.options.language, year) if s.summary else None


def some_projects(db, zones: list[str], s: PrintSettings, year: int | None = None) -> None:
    """A printout narrowed to no project is refused, as an export of none is (the 已完成 ones before any is done
    printed empty charts): asked by their ids alone, before a print box or a preview opens on blank pages."""
    if s.projects is None:
        return
    from ..store.project_rows import project_ids
    from .data import zone_filter

    base = dataclasses.replace(s.projects, year=year or s.period[0].year, zone_ids=(), at=s.period[1])
    filters = [zone_filter(db, base, zone) for zone in zones]
    with db.read() as session:
        if not any(project_ids(session, f) for f in filters):
            raise ValueError("没有符合条件的项目")


def print_to_file(db, out: str | Path, zones: list[str], s: PrintSettings, *, year: int | None = None,
                  dpi: int | None = None, progress=None, cancelled=None) -> list[Path]:
    """Write the timeline of ``zones`` to a PDF, or to PNG pages; return the files written. ``cancelled()`` true
    stops it with :class:`PrintCancelled`, no file left."""
    out = Path(out)
    if not out.parent.is_dir():  # said before the pages are drawn (and Qt's "QPainter::begin(): Returned false")
        raise not_written(out)
    layouts, summary = printed_plan(db, zones, s, year)
    suffix = out.suffix.lower()
    if suffix == ".pdf":
        tmp = out.with_name(out.name + ".part")
        try:
            write_pdf(tmp, layouts, s, dpi=dpi or 300, progress=progress, cancelled=cancelled, summary=summary)
            tmp.replace(out)  # never half a PDF under the real name
        except OSError as exc:  # named by the file the planner chose, not the one beside it
            raise not_written(out, exc if exc.errno else None) from None
        finally:
            tmp.unlink(missing_ok=True)
        return [out]
    if suffix == ".png":
        return write_png(out, layouts, s, dpi=dpi or 150, progress=progress, cancelled=cancelled, summary=summary)
    raise ValueError(f"不支持的输出格式“{out.suffix}”：应为 .pdf 或 .png")
