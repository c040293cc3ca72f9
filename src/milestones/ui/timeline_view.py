"""The Gantt timeline: zone tabs, a two-tier quarter scale, labels that stay put.

One pyqtgraph item paints only the visible rows from a layout computed once
per data change (timeline.layout), with the same drawing routine as printing
(timeline.paint). Plain wheel scrolls rows, Ctrl+wheel zooms time; dragging a
planned bar or its ends moves the planned start/completion by whole
quarters, as an undoable change.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import html
import logging

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QFontInfo, QPainter
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollBar, QTabBar, QToolTip, QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from ..domain.progress import LightRules
from ..domain.quarter import Quarter
from ..domain.target import plain_number
from ..store.changes import ChangeSet
from ..store.project_rows import ProjectFilter
from ..store.queries import PlanNotFound, zones_in_use
from ..store.schema import KeyProject, Zone
from ..store.settings import light_rules
from ..timeline.data import load_projects, zone_filter
from ..timeline.layout import NO_END, TimelineLayout, TimelineProject, build_layout, in_order
from ..timeline.paint import (
    Options, View, axis_height, legend_height, paint_axis, paint_chart, paint_labels, paint_legend, rules_note,
)
from .lang import language, quarter_label
from .project_model import light_why
from .undo import EditCommand, FieldEdit, kept_values, push

log = logging.getLogger(__name__)
ROW_PX = 26.0
LABEL_PX = 280


class TimelineViewBox(pg.ViewBox):
    """Rows run down; the wheel scrolls rows, Ctrl+wheel zooms the time axis."""

    def __init__(self) -> None:
        super().__init__(invertY=True, enableMenu=False)
        self.setMouseEnabled(x=True, y=False)
        self.setDefaultPadding(0)

    def wheelEvent(self, ev, axis=None) -> None:
        if ev.modifiers() & Qt.ControlModifier:
            factor = 0.85 if ev.delta() > 0 else 1 / 0.85
            center = self.mapSceneToView(ev.scenePos())
            self.scaleBy(x=factor, center=center)
        else:
            steps = -ev.delta() / 120 * 3
            r = self.viewRect()
            self.setYRange(r.top() + steps, r.bottom() + steps, padding=0)
        ev.accept()


class TimelineItem(pg.GraphicsObject):
    """The chart: one item for every row, painting only what is visible."""

    def __init__(self, view: "TimelineView") -> None:
        super().__init__()
        self.view = view
        self.layout: TimelineLayout | None = None
        self.preview: tuple[int, float, float] | None = None
        self._drag: tuple[int, str, float, float, float] | None = None
        self.setAcceptHoverEvents(True)

    def set_layout(self, lay: TimelineLayout) -> None:
        self.prepareGeometryChange()
        self.layout = lay
        self.update()

    def boundingRect(self) -> QRectF:
        lay = self.layout
        if lay is None:
            return QRectF()
        return QRectF(lay.first.index - 40, 0, lay.last.index - lay.first.index + 81, max(lay.rows, 1))

    def paint(self, p: QPainter, *_args) -> None:
        lay, vb = self.layout, self.getViewBox()
        if lay is None or vb is None:
            return
        vr = vb.viewRect()
        rect = p.transform().mapRect(vr)  # the painter maps item (= data) units to device pixels
        p.save()
        try:
            p.resetTransform()  # draw in device pixels: crisp text and lines at any zoom
            view = View(vr.left(), vr.right(), vr.top(), rect.height() / max(vr.height(), 1e-9), rect)
            moved = self.view.kept_spans()
            if self.preview is not None:
                moved[self.preview[0]] = self.preview[1:]
            paint_chart(p, lay, view, self.view.options, selected=self.view.selected, moved=moved)
        except Exception:  # an exception escaping paint() takes the whole process down
            log.exception("timeline paint failed")
        finally:
            p.restore()

    # -- interaction ----------------------------------------------------------
    def _px_per_quarter(self) -> float:
        vb = self.getViewBox()
        return vb.width() / max(vb.viewRect().width(), 1e-9) if vb else 1.0

    def hoverEvent(self, ev) -> None:
        if ev.isExit() or self.layout is None:
            QToolTip.hideText()
            return
        pos = ev.pos()
        pid = self.layout.project_at(pos.y())
        if pid is None:
            QToolTip.hideText()
            return
        quarter = Quarter.from_index(int(pos.x() // 1))  # x counts quarters
        QToolTip.showText(ev.screenPos().toPoint(), self.view.tooltip(pid, quarter))

    def mouseClickEvent(self, ev) -> None:
        if ev.button() != Qt.LeftButton or self.layout is None:
            return
        pos = ev.pos()
        group = self.layout.group_at(pos.y())
        if group is not None:
            self.view.toggle_group(group)
            ev.accept()
            return
        pid = self.layout.project_at(pos.y())
        if pid is not None:
            self.view.select(pid, emit=True)
            if ev.double():
                self.view.project_activated.emit(pid)
            ev.accept()

    def mouseDoubleClickEvent(self, ev) -> None:
        if self.layout is not None:
            pid = self.layout.project_at(ev.pos().y())
            if pid is not None:
                self.view.project_activated.emit(pid)

    def hit(self, x: float, y: float) -> tuple[int, str] | None:
        """Which planned bar (and which part of it) is at data point (x, y)."""
        lay = self.layout
        if lay is None or not self.view.editable:
            return None
        i = int(y)
        if not (0 <= i < lay.rows) or lay.kind[i] != 0:
            return None
        # a bar dragged whose change waits to be written is grabbed where it is drawn, not where the plan has it
        x0, x1 = self.view.kept_spans().get(int(lay.project_id[i]), (lay.plan_x0[i], lay.plan_x1[i]))
        if x0 != x0:
            return None
        if not (i + 0.1 <= y <= i + 0.65):
            return None
        tol = 6.0 / self._px_per_quarter()
        if abs(x - x0) <= tol:
            return int(lay.project_id[i]), "start"
        if lay.plan_marks[i] & NO_END:  # "长期": the bar runs on with no end to drag; anywhere on it moves its start
            return (int(lay.project_id[i]), "move") if x > x0 else None
        if abs(x - x1) <= tol:
            return int(lay.project_id[i]), "end"
        if x0 < x < x1:
            return int(lay.project_id[i]), "move"
        return None

    def mouseDragEvent(self, ev) -> None:
        if ev.button() != Qt.LeftButton or self.layout is None:
            ev.ignore()
            return
        if ev.isStart():
            down = ev.buttonDownPos()
            hit = self.hit(down.x(), down.y())
            if hit is None:
                ev.ignore()  # the view box pans instead
                return
            i = self.layout.row_of[hit[0]]
            x0, x1 = self.view.kept_spans().get(hit[0], (self.layout.plan_x0[i], self.layout.plan_x1[i]))
            self._drag = (hit[0], hit[1], down.x(), float(x0), float(x1))
        if self._drag is None:
            ev.ignore()
            return
        ev.accept()
        pid, part, x_down, x0, x1 = self._drag
        shift = round(ev.pos().x() - x_down)  # whole quarters: the plan is quarter-first
        n0, n1 = x0, x1
        if part in ("start", "move"):
            n0 = x0 + shift
        if part in ("end", "move"):
            n1 = x1 + shift
        if n1 - n0 < 1:
            n0, n1 = (n1 - 1, n1) if part == "start" else (n0, n0 + 1)
        self.preview = (pid, n0, n1)
        self.update()
        if ev.isFinish():
            self.preview = None
            self._drag = None
            self.update()
            if (n0, n1) != (x0, x1):
                self.view.move_bar(pid, Quarter.from_index(int(n0)), Quarter.from_index(int(n1) - 1), part)


class _Labels(QWidget):
    def __init__(self, view: "TimelineView") -> None:
        super().__init__(view)
        self.view = view
        self.setMinimumWidth(120)

    def paintEvent(self, _ev) -> None:
        lay = self.view.layout_
        if lay is None:
            return
        p = QPainter(self)
        vr = self.view.vb.viewRect()
        row_h = self.height() / max(vr.height(), 1e-9)
        view = View(vr.left(), vr.right(), vr.top(), row_h, QRectF(self.rect()))
        paint_labels(p, lay, view, QRectF(self.rect()), self.view.options, selected=self.view.selected,
                     collapsed=self.view.collapsed)

    def _row_at(self, ev) -> float | None:
        """The layout row under the mouse (labels scroll with the chart)."""
        if self.view.layout_ is None:
            return None
        vr = self.view.vb.viewRect()
        return vr.top() + ev.position().y() / self.height() * vr.height()

    def mousePressEvent(self, ev) -> None:
        row = self._row_at(ev)
        if row is None:
            return
        lay = self.view.layout_
        group = lay.group_at(row)
        if group is not None:
            self.view.toggle_group(group)
            return
        pid = lay.project_at(row)
        if pid is not None:
            self.view.select(pid, emit=True)

    def mouseDoubleClickEvent(self, ev) -> None:
        row = self._row_at(ev)
        pid = self.view.layout_.project_at(row) if row is not None else None
        if pid is not None:
            self.view.project_activated.emit(pid)


class _Axis(QWidget):
    def __init__(self, view: "TimelineView") -> None:
        super().__init__(view)
        self.view = view
        self.setFixedHeight(int(axis_height(view.options)))

    def paintEvent(self, _ev) -> None:
        p = QPainter(self)
        vr = self.view.vb.viewRect()
        rect = QRectF(self.rect())
        paint_axis(p, View(vr.left(), vr.right(), 0, 1, rect), rect, self.view.options)


class _Legend(QWidget):
    def __init__(self, view: "TimelineView") -> None:
        super().__init__(view)
        self.view = view
        self.setFixedHeight(26)

    def fit(self) -> None:
        """As high as its lines at this width: on a laptop's screen the English legend wraps, and its last mark
        (今天, Today) was cut off below a one-line strip."""
        want = max(26, int(legend_height(max(self.width() - 12, 1), self.view.options)) + 6)
        if want != self.height():
            self.setFixedHeight(want)

    def resizeEvent(self, ev) -> None:
        super().resizeEvent(ev)
        self.fit()

    def refresh(self) -> None:
        """Drawn again, as high as the marks it shows now (原计划 joins them once a plan is revised)."""
        self.fit()
        self.update()

    def paintEvent(self, _ev) -> None:
        p = QPainter(self)
        paint_legend(p, QRectF(self.rect()).adjusted(6, 2, -6, -2), self.view.options)


def fill_orders(box: QComboBox, order: str) -> None:
    """The choices of the rows' order within an area (timeline.layout.ORDERS), ``order`` chosen: the timeline's box
    and the print dialog's."""
    for text, key in ((QCoreApplication.translate("TimelineOrder", "清单顺序"), "list"),
                      (QCoreApplication.translate("TimelineOrder", "计划开工"), "start"),
                      (QCoreApplication.translate("TimelineOrder", "计划完工"), "completion"),
                      (QCoreApplication.translate("TimelineOrder", "预警（严重滞后在前）"), "light")):
        box.addItem(text, key)
    box.setCurrentIndex(max(box.findData(order), 0))


class TimelineView(QWidget):
    project_selected = Signal(int)
    project_activated = Signal(int)
    reloaded = Signal()
    plan_gone = Signal()  # the year shown was removed (by a colleague, on a shared plan): the window moves on
    zone_picked = Signal(str)  # a zone tab chosen: the filter bar's 区域 follows (a printout shows what the screen does)

    ZONES = ("全区", "东部", "中部", "西部")

    def __init__(self, ops, year: int | None, base: ProjectFilter | None = None, parent=None, settings=None) -> None:
        super().__init__(parent)
        self.ops, self.year = ops, year
        self.settings = settings  # the order chosen is kept there
        self.base = base or ProjectFilter(year=year)
        # the family the window's text is drawn in: the font's first name ("Sans Serif", Qt's default without a
        # desktop theme) resolved alone to a serif math font on a minimal system, and the chart's figures and English
        # read in it beside the list's
        self.options = Options(language=language(), font_family=QFontInfo(self.font()).family(), font_px=12.5,
                               milestone_names=True)  # where a quarter is wide enough, as the printout names them
        self.selected: int | None = None
        self.collapsed: set[str] = set()
        self.editable = True
        self.layout_: TimelineLayout | None = None
        self._projects: list[TimelineProject] = []
        self._place: dict[int, int] | None = None  # a project's index in _projects, made at the first edit after a read
        self._reports: dict = {}  # (project, quarter) → its quarterly report, for the tooltip
        self._rules = LightRules()  # the plan's, read with the projects
        self._kept_moves: dict[int, tuple] = {}  # bars dragged whose change waits: id → (command, x0, x1)
        self.at = Quarter(year, 4) if year else Quarter.from_date(dt.date.today())

        self.tabs = QTabBar(self)
        self.tabs.setExpanding(False)  # with the empty zones' tabs hidden, 全区 alone keeps its own width
        for z in self.ZONES:
            self.tabs.addTab(self.tr(z))
        self.tabs.currentChanged.connect(self._tab_changed)
        tools = QHBoxLayout()
        tools.addWidget(self.tabs)
        tools.addStretch(1)
        self.fit_button = QPushButton(self.tr("整年"), self)
        self.fit_button.setToolTip(self.tr("显示整个计划年度（Home）"))
        self.fit_button.clicked.connect(self.fit_year)
        self.zoom_in = QPushButton("+", self)
        self.zoom_out = QPushButton("−", self)
        for b in (self.zoom_in, self.zoom_out):
            b.setFixedWidth(30)
        self.zoom_in.clicked.connect(lambda: self.zoom(0.7))
        self.zoom_out.clicked.connect(lambda: self.zoom(1 / 0.7))
        self.order_box = QComboBox(self)
        self.order_box.setObjectName("timelineOrder")
        kept = settings.value("timeline/order", "list", str) if settings is not None else "list"
        fill_orders(self.order_box, kept)
        self.order_box.setToolTip(self.tr("每个板块内各项目的先后：清单顺序，按计划开工或完工的先后，或严重滞后、滞后的在前；"
                                          "打印时间轴同样排列"))
        self.order_box.currentIndexChanged.connect(self._order_changed)
        tools.addWidget(QLabel(self.tr("排序"), self))
        tools.addWidget(self.order_box)
        self.unit_box = QCheckBox(self.tr("责任单位"), self)
        self.invest_box = QCheckBox(self.tr("季度投资"), self)
        self.unit_box.toggled.connect(self._options_changed)
        self.invest_box.toggled.connect(self._options_changed)
        for w in (self.unit_box, self.invest_box, self.fit_button, self.zoom_out, self.zoom_in):
            tools.addWidget(w)

        self.plot = pg.GraphicsLayoutWidget(self)
        self.plot.setBackground("w")
        self.plot.ci.setContentsMargins(0, 0, 0, 0)
        self.vb = TimelineViewBox()
        self.plot.addItem(self.vb)
        self.item = TimelineItem(self)
        self.vb.addItem(self.item)
        self.labels = _Labels(self)
        self.labels.setFixedWidth(LABEL_PX)
        self.axis = _Axis(self)
        self.scroll = QScrollBar(Qt.Vertical, self)
        self.scroll.valueChanged.connect(self._scrolled)
        self.legend = _Legend(self)
        self.count = QLabel(self)

        grid = QGridLayout()
        grid.setSpacing(0)
        grid.addWidget(self.axis, 0, 1)
        grid.addWidget(self.labels, 1, 0)
        grid.addWidget(self.plot, 1, 1)
        grid.addWidget(self.scroll, 1, 2)
        lay = QVBoxLayout(self)
        lay.addLayout(tools)
        lay.addLayout(grid, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.legend, 1)
        bottom.addWidget(self.count)
        lay.addLayout(bottom)

        self.vb.sigRangeChanged.connect(self._range_changed)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.timeout.connect(self._catch_up)
        self._touched: set[int] = set()  # projects edited since the last catch-up, their rows alone redrawn
        self._read_all = False  # a change a row alone cannot show: read every project again
        ops.changed.connect(self._on_changed)
        ops.failed.connect(self._kept_refused)
        self.setFocusPolicy(Qt.StrongFocus)
        self._dirty = True
        self._relayout = False  # the projects are read, their layout waits to be shown
        self._fitted = False
        self._sync_tab()
        if settings is not None:  # 责任单位 and 季度投资 as last shown: an office that reads investment ticks it once
            unit, invest = (settings.value(f"timeline/{k}", False, bool) for k in ("unit_column", "investment"))
            self.unit_box.setChecked(unit)  # read both first: ticking one keeps the other's state as the box holds it
            self.invest_box.setChecked(invest)

    # -- data ---------------------------------------------------------------
    def zone(self) -> str:
        return self.ZONES[max(self.tabs.currentIndex(), 0)]

    def order(self) -> str:
        return self.order_box.currentData() or "list"

    def _order_changed(self) -> None:
        if self.settings is not None:
            self.settings.setValue("timeline/order", self.order())
        self._rebuild()

    def set_zone(self, zone: str) -> None:
        self.tabs.setCurrentIndex(self.ZONES.index(zone))

    def set_filter(self, f: ProjectFilter) -> None:
        """The filter bar's filter, its zone and area too: the tabs show the bar's zone (全区 for every zone, and for
        the projects naming none). Another quarter alone (the dashboard's) changes which projects show only under a
        light filter: else the same projects are laid out again (set_at), not read again."""
        same = (dataclasses.replace(f, at=None) == dataclasses.replace(self.base, at=None)
                and not (f.lights or f.unreported or f.changed_since_kept or f.list_changed_since_kept))
        self.base = f
        self._sync_tab()
        if not same:
            self.reload()

    def _sync_tab(self) -> None:
        name = None
        if len(self.base.zone_ids) == 1 and self.base.zone_ids[0] is not None:
            with self.ops.db.read() as s:
                name = s.scalar(select(Zone.name).where(Zone.id == self.base.zone_ids[0]))
        was = self.tabs.blockSignals(True)
        self.tabs.setCurrentIndex(self.ZONES.index(name) if name in self.ZONES else 0)
        self.tabs.blockSignals(was)

    def _tab_changed(self, i: int) -> None:
        """A zone tab chosen: that zone's projects, of every area (an area chosen was another zone's)."""
        name = self.ZONES[max(i, 0)]
        whole = dataclasses.replace(self.base, zone_ids=(), area_ids=())
        try:
            self.base = zone_filter(self.ops.db, whole, name)
        except ValueError:  # a plan whose zones are named otherwise: the tab shows every project
            self.base = whole
        self.zone_picked.emit(name)
        self.reload()

    def set_at(self, at: Quarter) -> None:
        self.at = at
        self._rebuild()

    def reload(self) -> None:
        """Read the projects again, now if the timeline shows, else when it is next shown
        (a window over 50,000 projects opens without building a timeline nobody looks at)."""
        if not self.isVisible():
            self._dirty = True
            return
        self._dirty = False
        self._touched, self._read_all = set(), False  # everything is read now
        self._reports = {}
        try:
            self._projects, self._place = load_projects(self.ops.db, self.base), None
        except PlanNotFound:
            self.plan_gone.emit()
            return
        with self.ops.db.read() as s:
            self._rules = light_rules(s)
            self._show_zones_used(s)
        self._rebuild()
        self.reloaded.emit()

    def _show_zones_used(self, s) -> None:
        """Tabs for the zones with an area or a project, as the navigation lists them (a district not divided east,
        central and west has its projects under 全区): 全区 always, and the zone chosen even when it is empty."""
        used = {name for _id, name in zones_in_use(s)}
        for i, z in enumerate(self.ZONES):
            shown = i == 0 or z in used or i == self.tabs.currentIndex()
            # only a change: Qt lays the tabs out lazily, and a call that changes nothing marks that layout done,
            # so 西部's call left the gap where 东部 was hidden just before
            if self.tabs.isTabVisible(i) != shown:
                self.tabs.setTabVisible(i, shown)

    @property
    def loaded(self) -> bool:
        """The projects are read (the timeline reads them when first shown)."""
        return not self._dirty

    def project_count(self) -> int:
        return len(self._projects)

    def showEvent(self, ev) -> None:
        super().showEvent(ev)
        if self._dirty:
            self.reload()
            if not self._fitted:
                self._fitted = True
                self.fit_year()
        else:
            if self._touched or self._read_all:
                self._catch_up()  # edits made in the table while the timeline was hidden
            if self._relayout:
                self._rebuild()

    def _rebuild(self) -> None:
        if not self.isVisible():
            self._relayout = True  # laid out when shown (a quarter chosen on the dashboard: 0.5 s at 50,000)
            return
        self._relayout = False
        self.layout_ = build_layout(in_order(self._projects, self.order(), self.at, self._rules), at=self.at,
                                    collapsed=self.collapsed, rules=self._rules)
        self.item.set_layout(self.layout_)
        self.vb.setLimits(xMin=self.layout_.first.index - 40, xMax=self.layout_.last.index + 41,
                          minXRange=1 / 3, maxXRange=60)
        self._update_scroll()
        self.count.setText(self.tr("%1 个项目").replace("%1", str(len(self._projects))))
        self.legend.setToolTip(rules_note(self.layout_, language()))  # what the colours mean, by the office's rules
        self.options.baselines = self.layout_.has_baselines
        self.options.reached = self.layout_.has_reached_milestones
        self.options.removed = self.layout_.has_removed
        self.legend.refresh()
        self._repaint_all()

    def _on_changed(self, cs: ChangeSet) -> None:
        if cs.empty:
            return
        touched = cs.updated.get("key_project", set())
        if touched and set(cs.updated) == {"key_project"} and not cs.inserted and not cs.deleted:
            self._touched |= touched  # a project's own fields: its dates, unit, name
        else:
            self._read_all = True  # a plan entry's (nature, annual investment, the list), added projects, the rules
        self._reload_timer.start(50)  # many changes in one go: catch up once

    def _catch_up(self) -> None:
        """Show the changes since the last catch-up: the edited projects' rows alone where that is
        all that changed (an edit at 50,000 projects read and laid out all of them again, 2.5 s),
        else everything again. Hidden, the changes wait for it to be shown (edits in the table)."""
        if not self.isVisible():
            return
        touched, read_all = self._touched, self._read_all
        self._touched, self._read_all = set(), False
        if read_all or len(touched) > 200 or self._dirty or self.layout_ is None:
            self.reload()
        elif touched and not self._redraw_rows(touched):
            self.reload()

    def _redraw_rows(self, ids: set[int]) -> bool:
        """Read projects ``ids`` again and redraw their rows in place; False when the picture needs more:
        a project came into or left the list (a filter by light), moved to another zone or area, or
        now reaches outside the quarters laid out."""
        only = dataclasses.replace(self.base, ids=tuple(sorted(ids)))
        fresh = {p.id: p for p in load_projects(self.ops.db, only)}
        if self._place is None:  # (once, not at every edit: 50,000 entries; a row redrawn keeps its place)
            self._place = {p.id: i for i, p in enumerate(self._projects)}
        place = self._place
        for pid in ids:
            new, i = fresh.get(pid), place.get(pid)
            if (new is None) != (i is None):
                return False
            if new is None:
                continue
            old = self._projects[i]
            if (old.zone, old.area) != (new.zone, new.area):
                return False
            self._projects[i] = new
            if not self.layout_.replace(new):
                return False
        self._reports = {}
        self.options.baselines = self.layout_.has_baselines  # a first revision adds 原计划 to the legend
        self.options.reached = self.layout_.has_reached_milestones
        self.options.removed = self.layout_.has_removed
        self.legend.refresh()
        self._repaint_all()
        return True

    def toggle_group(self, group: str) -> None:
        self.collapsed.symmetric_difference_update({group})
        self._rebuild()

    # -- view ---------------------------------------------------------------
    def rows_in_view(self) -> float:
        return max(self.plot.height(), 1) / ROW_PX

    def fit_year(self) -> None:
        year = self.year or dt.date.today().year
        top = self.vb.viewRect().top() if self.layout_ else 0.0
        # a little room either side so the year's first and last marks show whole
        self.vb.setRange(xRange=(Quarter(year, 1).index - 0.08, Quarter(year, 4).index + 1.08),
                         yRange=(top, top + self.rows_in_view()), padding=0)

    def zoom(self, factor: float) -> None:
        r = self.vb.viewRect()
        self.vb.scaleBy(x=factor, center=QPointF(r.center().x(), r.center().y()))

    def x_of(self, quarter_edge: float) -> float:
        """Scene x of a point on the quarter axis (for tests and hit checks)."""
        return self.vb.mapViewToScene(QPointF(quarter_edge, 0)).x()

    def scroll_to_row(self, row: int) -> None:
        r = self.vb.viewRect()
        if row < r.top() or row + 1 > r.bottom():
            top = max(0.0, row - r.height() / 3)
            self.vb.setYRange(top, top + r.height(), padding=0)

    def select(self, pid: int | None, emit: bool = False) -> None:
        self.selected = pid
        if pid is not None and self.layout_ is not None and pid in self.layout_.row_of:
            self.scroll_to_row(self.layout_.row_of[pid])
        self._repaint_all()
        if emit and pid is not None:
            self.project_selected.emit(pid)

    def _options_changed(self) -> None:
        self.options.unit_column = self.unit_box.isChecked()
        self.options.investment = self.invest_box.isChecked()  # loaded always: the light weighs it
        if self.settings is not None:
            self.settings.setValue("timeline/unit_column", self.options.unit_column)
            self.settings.setValue("timeline/investment", self.options.investment)
        self.labels.setFixedWidth(LABEL_PX + (140 if self.options.unit_column else 0))
        self.legend.refresh()  # the investment bars' marks join or leave it (and its height, at 1366 wide)
        self._repaint_all()

    def _range_changed(self, *_a) -> None:
        r = self.vb.viewRect()
        want = self.rows_in_view()
        if abs(r.height() - want) > 0.01:  # keep rows a fixed height in pixels
            self.vb.setYRange(r.top(), r.top() + want, padding=0)
            return
        if r.top() < 0:
            self.vb.setYRange(0, want, padding=0)
            return
        self._update_scroll()
        self._repaint_all()

    def _update_scroll(self) -> None:
        if self.layout_ is None:
            return
        self.scroll.blockSignals(True)
        self.scroll.setRange(0, max(0, self.layout_.rows - int(self.rows_in_view()) + 1))
        self.scroll.setPageStep(max(1, int(self.rows_in_view())))
        self.scroll.setValue(int(self.vb.viewRect().top()))
        self.scroll.blockSignals(False)

    def _scrolled(self, value: int) -> None:
        h = self.rows_in_view()
        self.vb.setYRange(value, value + h, padding=0)

    def _repaint_all(self) -> None:
        self.item.update()
        self.labels.update()
        self.axis.update()

    def resizeEvent(self, ev) -> None:
        super().resizeEvent(ev)
        QTimer.singleShot(0, self._range_changed)

    def keyPressEvent(self, ev) -> None:
        key = ev.key()
        r = self.vb.viewRect()
        if key in (Qt.Key_Return, Qt.Key_Enter) and self.selected is not None:
            self.project_activated.emit(self.selected)  # the chosen bar's project window, as a double click opens it
        elif key in (Qt.Key_PageUp, Qt.Key_PageDown) and ev.modifiers() & Qt.ControlModifier:
            # the next zone's tab (the previous with PgUp), as Ctrl+PgDn goes to the next sheet in Excel
            step = 1 if key == Qt.Key_PageDown else -1
            i = (self.tabs.currentIndex() + step) % self.tabs.count()
            while not self.tabs.isTabVisible(i):  # a zone with nothing in it is skipped, as its tab is not shown
                i = (i + step) % self.tabs.count()
            self.tabs.setCurrentIndex(i)
        elif key in (Qt.Key_Plus, Qt.Key_Equal):
            self.zoom(0.7)
        elif key == Qt.Key_Minus:
            self.zoom(1 / 0.7)
        elif key == Qt.Key_Left:
            self.vb.translateBy(x=-r.width() / 8)
        elif key == Qt.Key_Right:
            self.vb.translateBy(x=r.width() / 8)
        elif key in (Qt.Key_Up, Qt.Key_Down, Qt.Key_PageUp, Qt.Key_PageDown):
            step = {Qt.Key_Up: -1, Qt.Key_Down: 1, Qt.Key_PageUp: -r.height(), Qt.Key_PageDown: r.height()}[key]
            self.vb.setYRange(r.top() + step, r.bottom() + step, padding=0)
        elif key == Qt.Key_Home:
            self.fit_year()
        else:
            super().keyPressEvent(ev)

    # -- text and edits -------------------------------------------------------
    def tooltip(self, pid: int, quarter: Quarter | None = None) -> str:
        """The project, and for the quarter under the pointer what was reported for it."""
        p = self.layout_.projects[pid] if self.layout_ else None
        if p is None:
            return ""
        lines = [f"<b>{p.name}</b>", " · ".join(x for x in (p.zone, p.area, p.nature) if x)]
        # the plan's own words where it gives no quarter ("2024年完工")
        lines.append(self.tr("计划：%1 → %2").replace("%1", quarter_label(p.planned_start) or p.start_text or "—")
                     .replace("%2", quarter_label(p.planned_completion) or p.completion_text or "—"))
        if p.original is not None:  # the plan was revised: what it was (the thin grey bar)
            lines.append(self.tr("原计划：%1 → %2（已调整）").replace("%1", quarter_label(p.original[0]) or "—")
                         .replace("%2", quarter_label(p.original[1]) or "—"))
        if p.actual_start or p.actual_completion:
            lines.append(self.tr("实际：%1 → %2").replace("%1", quarter_label(p.actual_start) or "—")
                         .replace("%2", quarter_label(p.actual_completion) or "—"))
        if p.responsible_unit:
            lines.append(self.tr("责任单位：%1").replace("%1", p.responsible_unit))
        location = self._location(pid)
        if location:  # where to go and see it, asked at a meeting
            lines.append(self.tr("建设地点：%1").replace("%1", html.escape(location)))
        at = self.layout_.at
        lines.append(self.tr("预警（截至%1）：%2").replace("%1", quarter_label(at))
                     .replace("%2", html.escape(light_why(p.status(at), at, self.layout_.rules))))
        if quarter is not None:
            lines += self._quarter_lines(pid, quarter)
        return "<br>".join(lines)

    def _location(self, pid: int) -> str | None:
        """建设地点, read on the first hover (the bars do not need it: a city's timeline does not carry it)."""
        key = (pid, "location")
        if key not in self._reports:
            from ..store.schema import KeyProject

            with self.ops.db.read() as s:
                self._reports[key] = s.scalar(select(KeyProject.location).where(KeyProject.id == pid))
        return self._reports[key]

    def _quarter_lines(self, pid: int, quarter: Quarter) -> list[str]:
        key = (pid, quarter)
        if key not in self._reports:  # hover events come with every move: one read per project and quarter
            from ..store.queries import quarter_report

            self._reports[key] = quarter_report(self.ops.db, pid, quarter)
        planned, actual, note = self._reports[key]
        lines = []
        project = self.layout_.projects.get(pid) if self.layout_ else None
        for name, due, done in (project.milestones if project else ()):
            if due == quarter:  # the plan's goals and milestones for the quarter
                said = self.tr("%1节点：%2（已完成）") if done == quarter else self.tr("%1节点：%2")
                lines.append(said.replace("%1", quarter_label(quarter)).replace("%2", html.escape(name)))
            elif done == quarter:  # reached in it (an approval obtained, "已批复（2024年5月）"), planned or not
                lines.append(self.tr("%1完成节点：%2").replace("%1", quarter_label(quarter))
                             .replace("%2", html.escape(name)))
        if planned is not None or actual is not None:
            lines.append(self.tr("%1投资：计划 %2 亿元，完成 %3 亿元").replace("%1", quarter_label(quarter))
                         .replace("%2", "—" if planned is None else plain_number(planned))
                         .replace("%3", "—" if actual is None else plain_number(actual)))
        if note:
            lines.append(self.tr("%1形象进度：%2").replace("%1", quarter_label(quarter)).replace("%2", html.escape(note)))
        return lines

    def move_bar(self, pid: int, start: Quarter, completion: Quarter, part: str) -> bool:
        """Write the dragged plan as one undoable change."""
        with self.ops.db.read() as s:
            p = s.get(KeyProject, pid)
            if p is None:
                return False
            version = p.version
            name = p.name
            # the plan as it will be once the changes kept are written (a bar dragged again while the first drag
            # waits): dragged back to where the database has it, it is a change still, undoing the kept one
            left = kept_values(self.ops.pending)
            old = (left.get(("key_project", pid, "planned_start"), p.planned_start),
                   left.get(("key_project", pid, "planned_completion"), p.planned_completion))
        edits = []
        # moved whole, a plan shifts the ends it gives: a start-only plan ("四季度开工") drawn over its quarter was
        # given a completion in that same quarter, and a completion-only one a start — dates no plan had set.
        # An end dragged is set, given before or not.
        if part == "start" or part == "move" and old[0] is not None:
            edits.append(FieldEdit("key_project", pid, "planned_start", old[0], start, version))
        if part == "end" or part == "move" and old[1] is not None:
            edits.append(FieldEdit("key_project", pid, "planned_completion", old[1], completion, version))
        edits = [e for e in edits if e.old != e.new]
        if not edits:
            return False
        text = self.tr("调整“%1”的计划工期").replace("%1", name)
        command = EditCommand(self.ops, edits, text)
        if push(self.ops, command):
            return True
        if command in self.ops.pending:  # kept to be written later: the bar stays where it was dropped meanwhile
            self._kept_moves[pid] = (command, float(start.index), float(completion.index + 1))
            self.item.update()
        return False

    def _kept_refused(self, _message: str) -> None:
        if self._kept_moves:  # a dragged bar's change kept and then refused: back where the plan has it
            self.item.update()

    def kept_spans(self) -> dict[int, tuple[float, float]]:
        """The bars dragged whose change waits to be written (the server out of reach, a colleague writing)."""
        self._kept_moves = {pid: kept for pid, kept in self._kept_moves.items() if kept[0] in self.ops.pending}
        return {pid: kept[1:] for pid, kept in self._kept_moves.items()}
