"""Drawing the timeline: one routine for the screen and for every printed page.

Everything is drawn in device units from a :class:`View` (which quarters and
rows are in which rectangle), only for the rows inside it, as vectors and
text, so a PDF keeps text as text and lines sharp. QtGui only: no widgets.
"""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF

from ..domain.quarter import Quarter
from .layout import NO_END, TimelineLayout, x_of_date

__all__ = ["View", "Options", "LIGHT_COLOURS", "paint_chart", "paint_axis", "paint_labels", "paint_legend",
           "axis_height", "legend_items", "legend_height", "rules_note"]

# by LIGHT_CODES: done, green, yellow, red, not started
LIGHT_COLOURS = ["#4f7fbf", "#3a9d4a", "#e0a400", "#d0342c", "#9a9a9a"]
GREY = 4  # the grey of LIGHT_COLOURS (未到期), a project's bars that no light judges
OFF_LIST_INK = "#8c8c8c"  # a project off the year's list, shown with 含已移出: the project table's grey too
LIGHT_NAMES = {"zh": ["已完成", "正常", "滞后", "严重滞后", "未到期"],
               "en": ["Done", "On track", "Late", "Very late", "Not due"]}
QUARTER_NAMES = {"zh": ["一季度", "二季度", "三季度", "四季度"], "en": ["Q1", "Q2", "Q3", "Q4"]}


@dataclass
class Options:
    planned: bool = True
    actual: bool = True
    milestones: bool = True
    investment: bool = False
    unit_column: bool = False
    language: str = "zh"
    font_family: str | None = None
    font_px: float = 12.0  # text size in device units
    today: dt.date | None = None
    baselines: bool = False  # some row shows a revised plan's original span: the legend names the mark
    reached: bool = False  # some row shows a milestone reached (the filled diamond): the legend names it
    removed: bool = False  # some row is a project off the year's list (含已移出): the legend names its struck name
    milestone_names: bool = False  # each milestone's name beside its diamond (a printed page has no tooltip)


@dataclass
class View:
    """Quarters [x0, x1) and rows from ``row0`` drawn into ``rect`` (device units)."""

    x0: float
    x1: float
    row0: float
    row_height: float
    rect: QRectF

    @property
    def sx(self) -> float:
        return self.rect.width() / max(self.x1 - self.x0, 1e-9)

    def px(self, x: float) -> float:
        return self.rect.left() + (x - self.x0) * self.sx

    def py(self, row: float) -> float:
        return self.rect.top() + (row - self.row0) * self.row_height

    @property
    def rows_shown(self) -> float:
        return self.rect.height() / self.row_height


def _font(o: Options, scale: float = 1.0, bold: bool = False) -> QFont:
    f = QFont(o.font_family) if o.font_family else QFont()
    f.setPixelSize(max(1, round(o.font_px * scale)))
    f.setBold(bold)
    return f


def _diamond(p: QPainter, x: float, y: float, r: float) -> None:
    p.drawPolygon(QPolygonF([QPointF(x, y - r), QPointF(x + r, y), QPointF(x, y + r), QPointF(x - r, y)]))


def paint_chart(p: QPainter, lay: TimelineLayout, view: View, o: Options, *, selected: int | None = None,
                moved: dict[int, tuple[float, float]] | None = None) -> None:
    """Quarter bands, group rows, planned and actual bars, milestones, today line. ``moved``: projects whose
    planned bar is drawn elsewhere than the layout has it (being dragged, or dragged and kept to be written
    later), by id: (first quarter's index, index after the last)."""
    r = view.rect
    p.save()
    p.setClipRect(r)
    p.fillRect(r, QColor("white"))
    # quarter bands and year lines
    q0, q1 = math.floor(view.x0), math.ceil(view.x1)
    band = QColor("#f4f6f9")
    for q in range(q0, q1):
        if Quarter.from_index(q).q % 2 == 0:
            p.fillRect(QRectF(view.px(q), r.top(), view.sx, r.height()), band)
    p.setPen(QPen(QColor("#c8ced8"), 0))
    for q in range(q0, q1 + 1):
        if q % 4 == 0:
            x = view.px(q)
            p.drawLine(QPointF(x, r.top()), QPointF(x, r.bottom()))
    i0, i1 = lay.visible(view.row0, view.row0 + view.rows_shown)
    h = view.row_height
    colours = [QColor(c) for c in LIGHT_COLOURS]
    light_fill = []
    for c in colours:
        c2 = QColor(c)
        c2.setAlpha(70)
        light_fill.append(c2)
    group_bg = QColor("#fff2cc")
    sel_bg = QColor("#dbe8ff")
    label_font = _font(o, 1.0, bold=True)
    grid = QPen(QColor("#e6e9ee"), 0)
    # pens and brushes made once per paint, not once per row
    bar_pens = [QPen(c, max(1.0, h * 0.06)) for c in colours]
    bar_fills = [QBrush(c) for c in light_fill]
    solid = [QBrush(c) for c in colours]
    white = QBrush(QColor("white"))
    dark_pen, dark = QPen(QColor("#444"), 0), QBrush(QColor("#444"))
    hint_font, hint_pen = _font(o, 0.85), QPen(QColor("#6b6b6b"), 0)
    hint_fm = QFontMetricsF(hint_font)
    # the investment figures' font, made only when they are drawn (a paint of the plain chart needs none)
    figure_font = _font(o, 0.72) if o.investment else None
    figure_fm = QFontMetricsF(figure_font) if figure_font is not None else None
    # (not beside the quarters' investment bars, which fill the row: the names ran under them)
    name_font = _font(o, 0.7) if o.milestone_names and not o.investment else None
    name_fm = QFontMetricsF(name_font) if name_font is not None else None
    hint_outline = QPen(QColor("#8c8c8c"), max(1.0, h * 0.05), Qt.DashLine)
    no_brush = QBrush(Qt.NoBrush)
    baseline = QColor("#6e6e6e")
    for i in range(i0, i1):
        y = view.py(i)
        if lay.kind[i] == 1:
            p.fillRect(QRectF(r.left(), y, r.width(), h), group_bg)
            continue
        if selected is not None and lay.project_id[i] == selected:
            p.fillRect(QRectF(r.left(), y, r.width(), h), sel_bg)
        p.setPen(grid)
        p.drawLine(QPointF(r.left(), y + h), QPointF(r.right(), y + h))
        light = int(lay.light[i])
        if lay.off_list and not lay.projects[int(lay.project_id[i])].on_list:
            light = GREY  # off the list (含已移出) it is judged no more: its bars in grey, no warning's colour
        stops: list[float] = []  # where the row's start and completion diamonds are: a milestone's name stops short
        bx0 = lay.base_x0[i]
        if o.planned and bx0 == bx0:  # the plan before it was revised (原计划): a thin grey bar above today's
            bx1 = lay.base_x1[i]
            p.fillRect(QRectF(view.px(bx0), y + h * 0.05, max(view.px(bx1) - view.px(bx0), 2.0), h * 0.09), baseline)
        x0, x1 = lay.plan_x0[i], lay.plan_x1[i]
        span = moved.get(int(lay.project_id[i])) if moved else None
        if span is not None:
            x0, x1 = span
        if lay.plan_marks[i] & NO_END:
            x1 = max(x1, view.x1 + 1)  # "长期": on past the right edge, whatever the quarters shown
        if o.planned and x0 == x0 and _beyond(view, x0, x1, h):
            # the whole plan lies before or after the quarters shown — a project carried into next year's plan,
            # late, or one planned for later: said at that edge, or the row read as empty beside its red light
            _paint_beyond(p, view, y, h, x0, x1, o, colours[light], hint_font, hint_fm, marks=int(lay.plan_marks[i]))
        elif o.planned and x0 == x0:
            rect = QRectF(view.px(x0), y + h * 0.18, max(view.px(x1) - view.px(x0), 2.0), h * 0.42)
            hx0, hx1 = lay.hint_x0[i], lay.hint_x1[i]
            vague = bool(lay.hint_span[i]) and hx0 == hx0 and span is None
            # one end named by its year alone: that year's part outlined with the plan's words, the rest a bar
            sx0, sx1 = ((hx1, x1) if hx0 <= x0 else (x0, hx0)) if vague else (x0, x1)
            if sx1 > sx0:
                p.setPen(bar_pens[light])
                p.setBrush(bar_fills[light])
                p.drawRect(QRectF(view.px(sx0), rect.top(), max(view.px(sx1) - view.px(sx0), 2.0), rect.height()))
            if vague:
                _paint_hint(p, view, y, h, hx0, hx1, lay.hints[i], hint_font, hint_fm, hint_pen, hint_outline,
                            no_brush)
            if o.milestones:  # a start or completion the plan names; a one-sided span marks one end
                marks = int(lay.plan_marks[i])
                if span is not None and not marks & NO_END:
                    marks = 3  # a bar dragged has both its ends; one with no end keeps none at its right
                p.setBrush(white)
                rad = h * 0.2
                edge = (marks & 1 and abs(rect.left() - r.left()) < rad) or (marks & 2 and abs(rect.right() - r.right()) < rad)
                if edge:  # a start in the first quarter shown is a whole diamond, not half of one
                    p.setClipRect(r.adjusted(-rad - 1, 0, rad + 1, 0))
                if marks & 1:
                    _diamond(p, rect.left(), rect.center().y(), rad)
                    stops.append(rect.left())
                if marks & 2:
                    _diamond(p, rect.right(), rect.center().y(), rad)
                    stops.append(rect.right())
                if edge:
                    p.setClipRect(r)
        elif o.planned and lay.hints[i] and lay.hint_span[i] and _beyond(view, lay.hint_x0[i], lay.hint_x1[i], h):
            _paint_beyond(p, view, y, h, lay.hint_x0[i], lay.hint_x1[i], o, colours[light], hint_font, hint_fm,
                          lay.hints[i])  # "2024年完工", a year before the quarters shown
        elif o.planned and lay.hints[i]:
            _paint_hint(p, view, y, h, lay.hint_x0[i], lay.hint_x1[i], lay.hints[i], hint_font, hint_fm, hint_pen,
                        hint_outline if lay.hint_span[i] else None, no_brush)
        ax0, ax1 = lay.actual_x0[i], lay.actual_x1[i]
        if o.actual and ax0 == ax0:
            rect = QRectF(view.px(ax0), y + h * 0.62, max(view.px(ax1) - view.px(ax0), 2.0), h * 0.24)
            p.setPen(Qt.NoPen)
            p.setBrush(solid[light])
            p.drawRect(rect)
        if o.milestones:
            proj = lay.projects.get(int(lay.project_id[i]))
            if proj is not None and proj.milestones:
                p.setPen(dark_pen)
                for _name, planned, actual in proj.milestones:
                    for when, fill, cy, rad in ((planned, white, y + h * 0.39, h * 0.16),
                                                (actual, dark, y + h * 0.74, h * 0.12)):
                        if when is None:
                            continue
                        x = view.px(when.index + 1)
                        # a goal at the end of the last quarter shown is a whole diamond, not half of one
                        edge = abs(x - r.right()) < rad or abs(x - r.left()) < rad
                        if edge:
                            p.setClipRect(r.adjusted(-rad - 1, 0, rad + 1, 0))
                        p.setBrush(fill)
                        _diamond(p, x, cy, rad)
                        if edge:
                            p.setClipRect(r)
                if name_font is not None:
                    _paint_milestone_names(p, view, y, h, proj.milestones, stops, name_font, name_fm)
        if o.investment:
            proj = lay.projects.get(int(lay.project_id[i]))
            if proj is not None and proj.investment:
                top = max((v or 0) for _q, a, b in proj.investment for v in (a, b)) or 1.0
                for q, planned, actual in proj.investment:
                    for k, (v, colour) in enumerate(zip((planned, actual), INVESTMENT_COLOURS)):
                        if v:
                            bh = h * 0.8 * v / top
                            p.fillRect(QRectF(view.px(q.index) + view.sx * (0.2 + 0.3 * k), y + h - bh,
                                              view.sx * 0.25, bh), QColor(colour))
                    # the figures right of the bars, planned over done, where the quarter is wide enough: bars
                    # scaled to the project's largest said how the quarters compare, not how much
                    _paint_investment_figures(p, view.px(q.index) + view.sx * 0.77, y, h, view.sx * 0.23,
                                              (planned, actual), figure_font, figure_fm)
    # group labels across the chart, so a group reads even when labels are scrolled off
    p.setFont(label_font)
    p.setPen(QColor("#7a5c00"))
    for row, name, count in lay.groups:
        if i0 <= row < i1:
            y = view.py(row)
            p.drawText(QRectF(r.left() + 6, y, r.width() - 12, h), Qt.AlignVCenter | Qt.AlignLeft,
                       f"{name}（{count}）" if o.language == "zh" else f"{name} ({count})")
    # today
    tx = view.px(x_of_date(o.today or dt.date.today()))
    if r.left() <= tx <= r.right():
        pen = QPen(QColor("#d0342c"), max(1.0, h * 0.06))
        pen.setStyle(Qt.DashLine)
        p.setPen(pen)
        p.drawLine(QPointF(tx, r.top()), QPointF(tx, r.bottom()))
    p.restore()


def _paint_milestone_names(p: QPainter, view: View, y: float, h: float, milestones, stops: list[float],
                           font: QFont, fm: QFontMetricsF) -> None:
    """Each milestone's name right of its diamond (the planned one, else the one reached), as far as the next
    diamond on its line leaves room, elided there; at the right edge (a goal at the year's end, the commonest)
    left of it, back to the diamond before; left out where not even two characters fit. Milestones of one
    quarter share a label ("主体完工、投用"). A printed page has no tooltip: a diamond at 2026年二季度 read as
    a second completion."""
    r = view.rect
    at: dict[tuple[float, bool], list[str]] = {}
    for name, planned, actual in milestones:
        when = planned if planned is not None else actual
        if when is not None and name:
            at.setdefault((view.px(when.index + 1), planned is not None), []).append(name)
    if not at:
        return
    gap, least = h * 0.22, fm.horizontalAdvance("节点")
    p.setFont(font)
    p.setPen(QColor("#333"))
    taken = {True: r.left(), False: r.left()}  # where the last label on each line ends
    for (x, is_plan), names in sorted(at.items()):
        if not r.left() - gap <= x <= r.right() + 1:
            continue
        # the next diamond on the same line: the planned line holds the start and completion diamonds too
        line = [k[0] for k in at if k[1] == is_plan] + (stops if is_plan else [])
        left, end, align = x + gap, min([s - gap for s in line if s > x + 1] + [r.right()]), Qt.AlignLeft
        # a goal at the period's end takes the room left of it; between two diamonds a name on the left would
        # read as the next one's
        if end - left < least and r.right() - x < least + gap:
            left, end, align = max([s + gap for s in line if s < x - 1] + [taken[is_plan] + gap]), x - gap, Qt.AlignRight
        if end - left < least:
            continue
        top = y + (h * 0.18 if is_plan else h * 0.58)
        text = fm.elidedText("、".join(dict.fromkeys(names)), Qt.ElideRight, end - left)
        p.drawText(QRectF(left, top, end - left, h * 0.42), Qt.AlignVCenter | align, text)
        taken[is_plan] = left + fm.horizontalAdvance(text) if align == Qt.AlignLeft else end


def _beyond(view: View, x0: float, x1: float, h: float) -> bool:
    """Whether a span lies before or after the quarters shown, or shows no more than a sliver at their edge (the
    screen leaves a margin of 0.08 of a quarter before the first, where last year's fourth ends: ≈ 16 pixels)."""
    return _before(view, x1, h) or view.rect.right() - view.px(x0) < h * 0.8


def _before(view: View, x1: float, h: float) -> bool:
    return view.px(x1) - view.rect.left() < h * 0.8


def beyond_words(x0: float, x1: float, marks: int, before: bool, language: str) -> str:
    """What a plan outside the quarters shown says at their edge: the quarter it ends (before) or begins (after)
    in, and which event the plan names there (``marks``: 1 a start, 2 a completion, as the bar's diamonds)."""
    q = Quarter.from_index(math.ceil(x1) - 1 if before else math.floor(x0))
    when = q.label_zh if language == "zh" else f"{q.year} Q{q.q}"
    # a plan ending before the view ends in its completion, or (a start alone) is its start quarter
    event = ("completion" if marks & 2 else "start" if marks & 1 else None) if before else \
        ("start" if marks & 1 else None)
    if language == "zh":
        return {"completion": f"计划{when}完工", "start": f"计划{when}开工"}.get(
            event, f"计划至{when}" if before else f"计划{when}起")
    return {"completion": f"planned to complete in {when}", "start": f"planned to start in {when}"}.get(
        event, f"planned to {when}" if before else f"planned from {when}")


def _paint_beyond(p: QPainter, view: View, y: float, h: float, x0: float, x1: float, o: Options, colour: QColor,
                  font: QFont, fm: QFontMetricsF, words: str | None = None, marks: int = 0) -> None:
    """A triangle at the edge the plan lies beyond, in the row's light, and the quarter it ends or begins."""
    r = view.rect
    before = _before(view, x1, h)
    cy, s = y + h * 0.39, h * 0.2
    tip = r.left() + h * 0.15 if before else r.right() - h * 0.15
    back = tip + 1.6 * s if before else tip - 1.6 * s
    p.setPen(Qt.NoPen)
    p.setBrush(QBrush(colour))
    p.drawPolygon(QPolygonF([QPointF(tip, cy), QPointF(back, cy - s), QPointF(back, cy + s)]))
    text = fm.elidedText(words or beyond_words(x0, x1, marks, before, o.language), Qt.ElideRight, max(r.width() - h * 2, 0.0))
    width = fm.horizontalAdvance(text) + h * 0.2
    left = back + h * 0.1 if before else back - h * 0.1 - width
    chip = QRectF(left, cy - fm.height() / 2, width, fm.height())
    p.fillRect(chip, QColor("white"))  # over the year line the screen's margin puts beside the edge
    p.setFont(font)
    p.setPen(colour.darker(130))
    p.drawText(chip, Qt.AlignCenter, text)


def _paint_hint(p: QPainter, view: View, y: float, h: float, x0: float, x1: float, text: str,
                font: QFont, fm: QFontMetricsF, pen: QPen, outline: QPen | None, no_brush: QBrush) -> None:
    """A row the plan gives no quarter: its own words ("2024年完工", "前期"), over
    the year they name in a dashed outline, so the row does not read as empty."""
    rect = QRectF(view.px(x0), y + h * 0.18, max(view.px(x1) - view.px(x0), 2.0), h * 0.42)
    if outline is not None:  # the words name the year: outline it
        p.setPen(outline)
        p.setBrush(no_brush)
        p.drawRect(rect)
    left, right = max(rect.left(), view.rect.left()), min(rect.right(), view.rect.right())
    if right - left < h:
        return
    text = fm.elidedText(text, Qt.ElideRight, right - left - h * 0.5)
    # on a white chip that interrupts the outline, as a label on a line is drawn
    chip = QRectF(left + h * 0.2, rect.center().y() - fm.height() / 2, fm.horizontalAdvance(text) + h * 0.2,
                  fm.height())
    p.fillRect(chip, QColor("white"))
    p.setFont(font)
    p.setPen(pen)
    p.drawText(chip, Qt.AlignCenter, text)


def axis_height(o: Options) -> float:
    return o.font_px * 3.6


def paint_axis(p: QPainter, view: View, rect: QRectF, o: Options) -> None:
    """The two-tier time scale: years above; quarters (or months, or nothing) below."""
    p.save()
    p.setClipRect(rect)
    p.fillRect(rect, QColor("#f2f2f2"))
    mid = rect.top() + rect.height() / 2
    p.setPen(QPen(QColor("#9aa3ad"), 0))
    p.drawLine(QPointF(rect.left(), rect.bottom()), QPointF(rect.right(), rect.bottom()))
    q0, q1 = math.floor(view.x0), math.ceil(view.x1)
    quarter_px = view.sx
    top_font, low_font = _font(o, 1.0, bold=True), _font(o, 0.92)
    # years; decades of them (a printout of 2001–2099, the chart zoomed far out) every 2nd, 5th, 10th … year, at its
    # line: each year's label left out where it did not fit left the scale with no year at all
    p.setFont(top_font)
    fm_top = QFontMetricsF(top_font)
    need = fm_top.horizontalAdvance("2024年" if o.language == "zh" else "2024") + 6
    step = next((s for s in (1, 2, 5, 10, 20, 50, 100) if quarter_px * 4 * s >= need), 100)
    for year in range(Quarter.from_index(q0).year, Quarter.from_index(q1).year + 1):
        if step > 1 and year % step:
            continue
        x0, x1 = view.px(year * 4), view.px((year + step) * 4)
        p.setPen(QPen(QColor("#9aa3ad"), 0))
        p.drawLine(QPointF(x0, rect.top()), QPointF(x0, rect.bottom() if step == 1 else mid))
        label = f"{year}年" if o.language == "zh" else str(year)
        vis0, vis1 = max(x0, rect.left()), min(x1, rect.right())
        p.setPen(QColor("#222"))
        if vis1 - vis0 > fm_top.horizontalAdvance(label) + 4:
            p.drawText(QRectF(vis0 + (3 if step > 1 else 0), rect.top(), vis1 - vis0, mid - rect.top()),
                       (Qt.AlignCenter if step == 1 else Qt.AlignLeft | Qt.AlignVCenter), label)
    # thresholds in text sizes, so the screen and a 300-dpi page choose alike
    if quarter_px >= o.font_px * 2.2:
        p.setPen(QPen(QColor("#c8ced8"), 0))
        p.drawLine(QPointF(rect.left(), mid), QPointF(rect.right(), mid))
        p.setFont(low_font)
        fm = QFontMetricsF(low_font)
        names = QUARTER_NAMES[o.language]
        for q in range(q0, q1):
            qq = Quarter.from_index(q)
            x0 = view.px(q)
            if quarter_px >= o.font_px * 26:  # zoomed in: months under the quarter
                for m in range(3):
                    mx = x0 + m * quarter_px / 3
                    p.setPen(QPen(QColor("#d5dae1"), 0))
                    p.drawLine(QPointF(mx, mid), QPointF(mx, rect.bottom()))
                    month = qq.first_month + m
                    p.setPen(QColor("#333"))
                    p.drawText(QRectF(mx, mid, quarter_px / 3, rect.bottom() - mid), Qt.AlignCenter,
                               f"{month}月" if o.language == "zh" else dt.date(2000, month, 1).strftime("%b"))
                continue
            p.setPen(QPen(QColor("#c8ced8"), 0))
            p.drawLine(QPointF(x0, mid), QPointF(x0, rect.bottom()))
            label = names[qq.q - 1]
            if fm.horizontalAdvance(label) + 4 > quarter_px:
                label = f"Q{qq.q}"
            p.setPen(QColor("#333"))
            p.drawText(QRectF(x0, mid, quarter_px, rect.bottom() - mid), Qt.AlignCenter, label)
    p.restore()


def _fold_mark(p: QPainter, x: float, y: float, r: float, collapsed: bool) -> None:
    """▸ for a folded group, ▾ for an open one, centred on (x, y)."""
    if collapsed:
        pts = [QPointF(x - r * 0.6, y - r), QPointF(x + r * 0.8, y), QPointF(x - r * 0.6, y + r)]
    else:
        pts = [QPointF(x - r, y - r * 0.6), QPointF(x + r, y - r * 0.6), QPointF(x, y + r * 0.8)]
    p.save()
    p.setPen(Qt.NoPen)
    p.setBrush(QColor("#7a5c00"))
    p.drawPolygon(QPolygonF(pts))
    p.restore()


def paint_labels(p: QPainter, lay: TimelineLayout, view: View, rect: QRectF, o: Options, *,
                 selected: int | None = None, collapsed: frozenset[str] | set[str] = frozenset()) -> None:
    """Row labels: project names (and the responsible unit), group headers."""
    p.save()
    p.setClipRect(rect)
    p.fillRect(rect, QColor("white"))
    i0, i1 = lay.visible(view.row0, view.row0 + rect.height() / view.row_height)
    h = view.row_height
    name_w = rect.width() * (0.62 if o.unit_column else 1.0)
    font, bold = _font(o), _font(o, 1.0, bold=True)
    struck = QFont(font)  # a project off the year's list (含已移出), as offices strike what a revision drops
    struck.setStrikeOut(True)
    fm = QFontMetricsF(font)
    for i in range(i0, i1):
        y = rect.top() + (i - view.row0) * h
        row = QRectF(rect.left(), y, rect.width(), h)
        if lay.kind[i] == 1:
            p.fillRect(row, QColor("#fff2cc"))
            p.setFont(bold)
            p.setPen(QColor("#7a5c00"))
            count = next((c for r, n, c in lay.groups if r == i), 0)
            # the fold mark drawn, not typed: the bundled CJK font has no ▾ or ▸
            _fold_mark(p, rect.left() + 4 + h * 0.2, y + h / 2, h * 0.18, lay.labels[i] in collapsed)
            p.drawText(row.adjusted(4 + h * 0.5, 0, -4, 0), Qt.AlignVCenter | Qt.AlignLeft,
                       f"{lay.labels[i]}（{count}）" if o.language == "zh" else f"{lay.labels[i]} ({count})")
            continue
        if selected is not None and lay.project_id[i] == selected:
            p.fillRect(row, QColor("#dbe8ff"))
        off = not lay.projects[int(lay.project_id[i])].on_list
        p.setFont(struck if off else font)
        p.setPen(QColor(OFF_LIST_INK if off else "#111"))
        square = QRectF(rect.left() + 4, y + h * 0.3, h * 0.4, h * 0.4)
        if off:  # off the list it is judged no more (no count has it): its light an empty square, not a warning
            p.drawRect(square)
        else:
            p.fillRect(square, QColor(LIGHT_COLOURS[int(lay.light[i])]))
        text = fm.elidedText(lay.labels[i], Qt.ElideRight, name_w - h * 0.6 - 10)
        p.drawText(QRectF(rect.left() + h * 0.6 + 6, y, name_w - h * 0.6 - 8, h), Qt.AlignVCenter | Qt.AlignLeft, text)
        if o.unit_column:
            p.setPen(QColor("#555"))
            unit = fm.elidedText(lay.units[i], Qt.ElideRight, rect.width() - name_w - 8)
            p.drawText(QRectF(rect.left() + name_w + 4, y, rect.width() - name_w - 6, h),
                       Qt.AlignVCenter | Qt.AlignLeft, unit)
        p.setPen(QPen(QColor("#e6e9ee"), 0))
        p.drawLine(QPointF(rect.left(), y + h), QPointF(rect.right(), y + h))
    p.setPen(QPen(QColor("#9aa3ad"), 0))
    p.drawLine(QPointF(rect.right() - 0.5, rect.top()), QPointF(rect.right() - 0.5, rect.bottom()))
    p.restore()


# a quarter's planned and done investment, drawn under the bars when asked: purple, a colour no light has (they were
# blue, as 已完成 is, and the legend did not name them)
INVESTMENT_COLOURS = ("#c9b3e0", "#7030a0")
# their figures: the planned one darker than its bar, to be read on white
INVESTMENT_TEXT = ("#8461ad", "#5a1f88")
_PAPER = QColor(255, 255, 255, 225)


def investment_figure(v: float) -> str:
    """A quarter's investment as the chart writes it, in 亿元 to two decimals: 1.6, 0.35, 12."""
    return format(round(v, 2), "g")


def _paint_investment_figures(p: QPainter, x: float, y: float, h: float, room: float, values, font: QFont,
                              fm: QFontMetricsF) -> None:
    """Planned over done, each in half the row, left out where it would run into the next quarter; on white, to
    be read where the plan's bar runs under them."""
    if room < fm.horizontalAdvance("0.0"):
        return
    p.setFont(font)
    for k, v in enumerate(values):
        if v is None:
            continue
        text = investment_figure(v)
        w = fm.horizontalAdvance(text)
        if w > room:
            continue
        cell = QRectF(x, y + h * 0.5 * k, room, h * 0.5)
        p.fillRect(QRectF(x - 1, cell.center().y() - fm.height() / 2, w + 2, fm.height()), _PAPER)
        p.setPen(QColor(INVESTMENT_TEXT[k]))
        p.drawText(cell, Qt.AlignLeft | Qt.AlignVCenter, text)


def legend_items(o: Options) -> list[tuple[str, str]]:
    """(kind, text) of every mark the chart uses."""
    zh = o.language == "zh"
    items = [("light", name) for name in LIGHT_NAMES[o.language]]
    items += [("planned", "计划工期" if zh else "Planned"), ("actual", "实际工期" if zh else "Actual"),
              ("milestone", "开工/完工节点" if zh else "Start/completion"),
              *([("reached", "节点已完成" if zh else "Milestone reached")] if o.reached and o.milestones else []),
              *([("baseline", "原计划（已调整）" if zh else "Original plan (revised)")] if o.baselines else []),
              *([("removed", "名称划去：已移出计划" if zh else "Name struck through: off the year's list")]
                if o.removed else []),
              *([("invest_planned", "季度计划投资（亿元，数字在上）" if zh
                  else "Quarter's planned investment (100M CNY, the upper figure)"),
                 ("invest_done", "季度完成投资（下；柱高按本项目最大值）" if zh
                  else "Quarter's investment done (lower; bars scaled to the project's largest)")]
                if o.investment else []),
              ("year", "年内，季度未定" if zh else "Within the year, quarter not set"),
              ("today", "今天" if zh else "Today")]
    return items


def _legend_places(rect: QRectF, o: Options, note: str = "") -> tuple[QFont, float, list[tuple]]:
    """Where each legend mark goes, wrapping at the rect's right edge: the font, the line height and
    (kind, text, x, y) per item; ``note`` (what the lights mean) goes last, on a line of its own."""
    font = _font(o, 0.9)
    fm = QFontMetricsF(font)
    h = fm.height() * 1.4
    sw = h * 0.9
    x, y = rect.left(), rect.top()
    places = []
    for kind, text in legend_items(o):
        w = sw + 6 + fm.horizontalAdvance(text) + 16
        if x + w > rect.right() and x > rect.left():
            x, y = rect.left(), y + h
        places.append((kind, text, x, y))
        x += w
    if note:
        places.append(("note", note, rect.left(), y + h))
    return font, h, places


def _note_height(fm: QFontMetricsF, width: float, note: str, h: float) -> float:
    """The note's lines at ``width`` (a narrow portrait page wraps it), each a legend line high."""
    lines = fm.boundingRect(QRectF(0, 0, max(width, 1.0), 1e6), int(Qt.TextWordWrap), note).height() / fm.height()
    return max(1, round(lines)) * h


def legend_height(width: float, o: Options, note: str = "") -> float:
    """The height :func:`paint_legend` takes at ``width`` (a printed page keeps room for it)."""
    font, h, places = _legend_places(QRectF(0, 0, width, 0), o, note)
    if not places:
        return 0.0
    kind, text, _x, y = places[-1]
    return y + (_note_height(QFontMetricsF(font), width, text, h) if kind == "note" else h)


def rules_note(lay: TimelineLayout | None, language: str = "zh") -> str:
    """What a layout's lights mean: the quarter they are judged at and the office's rules (a meeting
    reads a printout's colours without the program's settings at hand; the screen's legend says it on
    hover)."""
    return "" if lay is None else lay.rules.describe(lay.at, language)


def paint_legend(p: QPainter, rect: QRectF, o: Options, note: str = "") -> float:
    """The legend in one line (wrapping as needed), ``note`` on a line below it; returns the height used."""
    p.save()
    font, h, places = _legend_places(rect, o, note)
    p.setFont(font)
    fm = QFontMetricsF(font)
    sw = h * 0.9
    lights = 0
    y = rect.top()
    for kind, text, x, y in places:
        if kind == "note":
            p.setPen(QColor("#444"))
            nh = _note_height(fm, rect.width(), text, h)
            p.drawText(QRectF(x, y, rect.width(), nh), Qt.AlignVCenter | Qt.AlignLeft | Qt.TextWordWrap, text)
            y += nh - h
            continue
        w = sw + 6 + fm.horizontalAdvance(text) + 16
        box = QRectF(x, y + h * 0.2, sw, h * 0.6)
        if kind == "light":
            p.fillRect(box, QColor(LIGHT_COLOURS[lights]))
            lights += 1
        elif kind == "planned":
            c = QColor("#3a9d4a")
            f = QColor(c)
            f.setAlpha(70)
            p.setPen(QPen(c, 1))
            p.setBrush(f)
            p.drawRect(box)
        elif kind == "actual":
            p.fillRect(QRectF(box.left(), box.top() + box.height() * 0.3, box.width(), box.height() * 0.4),
                       QColor("#3a9d4a"))
        elif kind == "milestone":
            p.setPen(QPen(QColor("#444"), 1))
            p.setBrush(QColor("white"))
            _diamond(p, box.center().x(), box.center().y(), box.height() * 0.45)
        elif kind == "reached":  # as the chart draws it: a smaller dark diamond
            p.setPen(QPen(QColor("#444"), 1))
            p.setBrush(QColor("#444"))
            _diamond(p, box.center().x(), box.center().y(), box.height() * 0.35)
        elif kind == "removed":  # a grey stroke through a grey word, as the names are drawn
            p.setPen(QPen(QColor(OFF_LIST_INK), 1))
            p.drawLine(QPointF(box.left(), box.center().y()), QPointF(box.right(), box.center().y()))
        elif kind == "baseline":
            p.fillRect(QRectF(box.left(), box.center().y() - box.height() * 0.15, box.width(), box.height() * 0.3),
                       QColor("#6e6e6e"))
        elif kind in ("invest_planned", "invest_done"):
            colour = INVESTMENT_COLOURS[kind == "invest_done"]
            p.fillRect(QRectF(box.left() + box.width() * 0.3, box.top(), box.width() * 0.4, box.height()),
                       QColor(colour))
        elif kind == "year":
            p.setPen(QPen(QColor("#8c8c8c"), 1, Qt.DashLine))
            p.setBrush(Qt.NoBrush)
            p.drawRect(box)
        elif kind == "today":
            pen = QPen(QColor("#d0342c"), 1.5)
            pen.setStyle(Qt.DashLine)
            p.setPen(pen)
            p.drawLine(QPointF(box.center().x(), box.top()), QPointF(box.center().x(), box.bottom()))
        p.setPen(QColor("#222"))
        p.drawText(QRectF(x + sw + 6, y, w, h), Qt.AlignVCenter | Qt.AlignLeft, text)
    p.restore()
    return y + h - rect.top()

