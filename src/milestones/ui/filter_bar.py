"""The filter bar above the project table (and the timeline, which shares it)."""
from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from ..domain.progress import Light
from ..store.exports import unit_choices
from ..store.project_rows import ProjectFilter, distinct_values
from ..store.queries import zones_in_use
from ..store.schema import Area, Zone
from .flow_layout import FlowLayout
from .lang import zone_label
from .project_model import light_text

NO_ZONE = -1
UNREPORTED = "unreported"  # in the 预警 box: no actual investment reported for the quarter
CHANGED = "changed_since_kept"  # in the 预警 box: a light other than the quarter's kept report says
REVISED = "plan_revised"  # in the 预警 box: the planned start or completion was revised (修改记录)
PAST_DUE = "past_due"  # in the 预警 box: still planned for an earlier year and not done (carried, to re-plan)
MOVED = "moved_by_import"  # in the 预警 box, after an import moved lights: those projects
# in the 预警 box: put on the year's list or taken off it since it was made (调入、调出: a 名单调整表's projects)
LIST_ADJUSTED = "list_adjusted"
# in the 预警 box: put on the list or taken off it since the quarter's kept report (the dashboard's 新列入、移出)
LIST_CHANGED = "list_changed_since_kept"
# the 预警 box's choices that are no light
SPECIAL = (UNREPORTED, CHANGED, LIST_CHANGED, REVISED, PAST_DUE, MOVED, LIST_ADJUSTED)


def _labelled(label: QLabel, box: QWidget, parent: QWidget) -> QWidget:
    pair = QWidget(parent)
    lay = QHBoxLayout(pair)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.addWidget(label)
    lay.addWidget(box)
    return pair


def narrowing_words(boxes: list[tuple[str, QComboBox]], search: str, more: list[str] = ()) -> str:
    """The boxes that narrow a list (those not on 全部), by their label and choice, and the words searched for:
    "板块：解放碑中央商务区；预警：严重滞后；搜索“磨房巷”" — the project list's and the other pages' alike."""
    translate = QCoreApplication.translate  # one context for every list's words
    said = [translate("FilterBar", "%1：%2").replace("%1", label).replace("%2", box.currentText())
            for label, box in boxes if box.currentData() not in (None, "")]
    if search.strip():
        said.append(translate("FilterBar", "搜索“%1”").replace("%1", search.strip()))
    return translate("FilterBar", "；").join([*said, *more])


def type_ahead(search: QLineEdit, apply) -> QTimer:
    """Filter when the typing in ``search`` pauses, not at every key (stop the timer to apply at once)."""
    timer = QTimer(search)
    timer.setSingleShot(True)
    timer.setInterval(250)
    timer.timeout.connect(apply)
    search.textChanged.connect(timer.start)
    return timer


class _ChoicesWhenOpened(QComboBox):
    """A box whose choices are read again each time it opens."""

    def __init__(self, fill, parent=None) -> None:
        super().__init__(parent)
        self._fill = fill

    def showPopup(self) -> None:
        self._fill()
        super().showPopup()


class FilterBar(QWidget):
    """Search text (all text columns), zone, area, class, nature, light."""

    changed = Signal(object)  # ProjectFilter

    def __init__(self, db, base: ProjectFilter, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self._base = base
        self._moved: tuple[int, ...] = ()  # the projects whose light the last import moved
        lay = FlowLayout(self)  # wraps on a narrow window instead of squeezing the navigation tree
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("搜索项目名称、单位、备注…"))
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName("projectSearch")
        self.search.setMinimumWidth(160)  # it takes the spare width of its line
        self.zone = QComboBox(self)
        self.area = QComboBox(self)
        self.project_class = QComboBox(self)
        self.nature = QComboBox(self)
        self.level = QComboBox(self)
        self.light = QComboBox(self)
        self.unit = _ChoicesWhenOpened(self._fill_units, self)  # the owner's or the unit responsible
        self.unit.setObjectName("projectUnit")
        self.removed = QCheckBox(self.tr("含已移出"), self)
        self._pairs: dict[QComboBox, QWidget] = {}
        lay.addWidget(self.search)
        for label, w in ((self.tr("区域"), self.zone), (self.tr("板块"), self.area),
                         (self.tr("类别"), self.project_class), (self.tr("性质"), self.nature),
                         (self.tr("级别"), self.level), (self.tr("预警"), self.light), (self.tr("单位"), self.unit)):
            self._pairs[w] = _labelled(QLabel(label, self), w, self)  # a label never wraps away from its box
            lay.addWidget(self._pairs[w])
        # long area names must not make the bar wider than a laptop's screen
        for box in (self.zone, self.area, self.project_class, self.nature, self.level, self.light, self.unit):
            box.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(4)
        self.area.setMinimumContentsLength(8)
        self.unit.setMinimumContentsLength(3)  # a laptop keeps the bar on one line; the list shows names whole
        self.light.setMinimumContentsLength(7)  # (and as its choices need: _fit_choices)
        for box in (self.zone, self.area, self.project_class, self.nature, self.level, self.light, self.unit):
            box.currentTextChanged.connect(box.setToolTip)  # a choice cut short reads whole on hover
        lay.addWidget(self.removed)
        # one click back to every project, shown while anything narrows the list (Excel's 清除筛选); it stands in the
        # list's foot, beside the count it changes: at the bar's end it wrapped onto a line of its own (English)
        self.clear_button = QToolButton(self)
        self.clear_button.setObjectName("clearFilter")
        self.clear_button.setText(self.tr("清除筛选"))
        self.clear_button.setToolTip(self.tr("各下拉框回到“全部”，清空搜索"))
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.hide()
        self._timer = type_ahead(self.search, self._emit)
        for box in (self.area, self.project_class, self.nature, self.level, self.light, self.unit):
            box.currentIndexChanged.connect(self._emit)
        self.zone.currentIndexChanged.connect(self._zone_changed)
        self.removed.toggled.connect(self._emit)
        self.refresh_choices()

    def refresh_choices(self) -> None:
        everything = self.tr("全部")
        with self.db.read() as s:
            # "East" in English, as the list's column and the tree say it (the box said 东部)
            # the zones with an area or a project, as the navigation lists them; the one chosen stays
            used = {zone_id for zone_id, _name in zones_in_use(s)} | {self.zone.currentData()}
            zones = [(zone_label(z.name), z.id) for z in s.query(Zone).order_by(Zone.sort_order) if z.id in used]
            classes = distinct_values(s, "project_class")
            natures = distinct_values(s, "nature")
            levels = distinct_values(s, "level")
        for box, items in ((self.zone, zones + [(self.tr("未指定"), NO_ZONE)]),
                           (self.project_class, [(c, c) for c in classes]),
                           (self.nature, [(n, n) for n in natures]),
                           (self.level, [(v, v) for v in levels]),
                           (self.light, [(light_text(l), l.value) for l in Light])):
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(everything, None)
            for text, data in items:
                box.addItem(text, data)
            if box is self.light:  # who is still to report the quarter's investment: the planner chases them
                box.insertSeparator(box.count())
                box.addItem(self.tr("未报本季度投资"), UNREPORTED)
                box.addItem(self.tr("上报后预警有变"), CHANGED)
                box.addItem(self.tr("上报后名单有变"), LIST_CHANGED)
                box.addItem(self.tr("计划已调整"), REVISED)
                box.addItem(self.tr("计划时间已过上年"), PAST_DUE)
                box.addItem(self.tr("名单已调整"), LIST_ADJUSTED)
                if self._moved:
                    box.addItem(self.tr("导入后预警有变"), MOVED)
                self._fit_choices()
            i = box.findData(current)
            box.setCurrentIndex(max(i, 0))
            box.blockSignals(False)
        # a list that names no class or level offers nothing to choose: its box leaves room for the others
        for box in (self.project_class, self.level):
            self._pairs[box].setVisible(box.count() > 1)
        self._fill_areas()
        if not self.unit.count():
            self.unit.addItem(everything, None)  # the units themselves are read when the box opens

    def _fit_choices(self) -> None:
        """The 预警 box as wide as its longest choice that is no light, as far as 16 "x": what the dashboard's links
        choose reads whole in Chinese (a length of 7 counts Latin letters: "上报后预警有变" showed six of its seven
        characters); the longer English words are cut, and read whole on hover."""
        fm = self.light.fontMetrics()
        widest = max((fm.horizontalAdvance(self.light.itemText(i)) for i in range(self.light.count())
                      if self.light.itemData(i) in SPECIAL), default=0)
        self.light.setMinimumContentsLength(min(16, max(7, -(-widest // max(fm.horizontalAdvance("x"), 1)))))

    def _fill_units(self) -> None:
        """The units the year's projects name, read when the box opens: a unit typed into the table
        a moment ago is offered, and no edit pays for counting them."""
        current = self.unit.currentData()
        was_blocked = self.unit.blockSignals(True)
        self.unit.clear()
        self.unit.addItem(self.tr("全部"), None)
        for u in unit_choices(self.db, "key_projects", self._base.year) if self._base.year else []:
            self.unit.addItem(u, u)
        self.unit.setCurrentIndex(max(self.unit.findData(current), 0))
        self.unit.blockSignals(was_blocked)

    def _fill_areas(self) -> None:
        current = self.area.currentData()
        self.area.blockSignals(True)
        self.area.clear()
        self.area.addItem(self.tr("全部"), None)
        with self.db.read() as s:
            q = s.query(Area).join(Zone).order_by(Zone.sort_order, Area.sort_order)
            zone = self.zone.currentData()
            if zone not in (None, NO_ZONE):
                q = q.filter(Area.zone_id == zone)
            for a in q:
                self.area.addItem(a.name, a.id)
        self.area.setCurrentIndex(max(self.area.findData(current), 0))
        self.area.blockSignals(False)

    def _zone_changed(self) -> None:
        self._fill_areas()
        self._emit()

    def clear(self) -> None:
        """Every box back to 全部 and the search emptied (含已移出 widens the list, and stays): one reading."""
        self._timer.stop()
        boxes = (self.zone, self.area, self.project_class, self.nature, self.level, self.light, self.unit)
        for w in (*boxes, self.search):
            w.blockSignals(True)
        self.search.clear()
        for box in boxes:
            box.setCurrentIndex(0)
        for w in (*boxes, self.search):
            w.blockSignals(False)
        self._fill_areas()
        self._emit()

    def set_zone_area(self, zone_id: int | None, area_id: int | None) -> None:
        """Select from the navigation tree."""
        self.zone.blockSignals(True)
        self.zone.setCurrentIndex(max(self.zone.findData(zone_id), 0))
        self.zone.blockSignals(False)
        self._fill_areas()
        self.area.blockSignals(True)
        self.area.setCurrentIndex(max(self.area.findData(area_id), 0))
        self.area.blockSignals(False)
        self._emit()

    def show_only(self, zone_id: int | None, light: str | None, unit: str = "", *, area_id: int | None = None,
                  project_class: str | None = None) -> None:
        """Every project of one zone (NO_ZONE: none; None: all) and one light (or one of SPECIAL), of one
        unit if given, the other boxes cleared: what a count of the dashboard or of 各单位进展 counted."""
        boxes = (self.search, self.zone, self.area, self.project_class, self.nature, self.level, self.light,
                 self.unit, self.removed)
        for w in boxes:
            w.blockSignals(True)
        self.search.clear()
        if unit and self.unit.findData(unit) < 0:
            self._fill_units()  # named since the box was last filled
        self.unit.setCurrentIndex(max(self.unit.findData(unit), 0) if unit else 0)
        for box in (self.project_class, self.nature, self.level):
            box.setCurrentIndex(0)
        if project_class is not None:  # a class of 分类统计 ("" is the projects naming none: no box choice for it)
            self.project_class.setCurrentIndex(max(self.project_class.findData(project_class), 0))
        self.removed.setChecked(False)
        self.zone.setCurrentIndex(max(self.zone.findData(zone_id), 0))
        self._fill_areas()
        self.area.setCurrentIndex(max(self.area.findData(area_id), 0) if area_id is not None else 0)
        self.light.setCurrentIndex(max(self.light.findData(light), 0))
        for w in boxes:
            w.blockSignals(False)
        self._emit()

    def set_moved(self, ids) -> None:
        """The projects whose light the last import moved: a choice of the 预警 box until the next one."""
        shown = self.light.currentData() == MOVED
        self._moved = tuple(sorted(ids))
        self.refresh_choices()
        if shown:  # the list showed the last import's: it shows this one's now (or all, if it moved none)
            self._emit()

    def set_at(self, at) -> None:
        self._base = dataclasses.replace(self._base, at=at)
        self._emit()

    def current(self) -> ProjectFilter:
        zone = self.zone.currentData()
        zones: tuple = ()
        if zone == NO_ZONE:
            zones = (None,)
        elif zone is not None:
            zones = (zone,)
        area = self.area.currentData()
        return dataclasses.replace(
            self._base,
            text=self.search.text(),
            zone_ids=zones,
            area_ids=(area,) if area is not None else (),
            classes=(self.project_class.currentData(),) if self.project_class.currentData() else (),
            natures=(self.nature.currentData(),) if self.nature.currentData() else (),
            levels=(self.level.currentData(),) if self.level.currentData() else (),
            lights=(self.light.currentData(),) if self.light.currentData() not in (None, *SPECIAL) else (),
            unreported=self.light.currentData() == UNREPORTED,
            changed_since_kept=self.light.currentData() == CHANGED,
            list_changed_since_kept=self.light.currentData() == LIST_CHANGED,
            plan_revised=self.light.currentData() == REVISED,
            past_due=self.light.currentData() == PAST_DUE,
            list_adjusted=self.light.currentData() == LIST_ADJUSTED,
            ids=self._moved if self.light.currentData() == MOVED else self._base.ids,
            unit=self.unit.currentData() or "",
            include_removed=self.removed.isChecked(),
        )

    def narrowing(self, without: tuple[QComboBox, ...] = (), with_zone: bool = False, widening: bool = True) -> str:
        """What narrows the list beside the zone (and the boxes ``without``, which an export chooses itself), in
        words as the boxes say it ("板块：解放碑中央商务区；预警：严重滞后"): a printout or an export of the projects
        in view says it under its title. Empty when nothing does. ``with_zone``: the zone too (an empty list says
        all that narrows it); ``widening``: 含已移出 too (which 清除筛选 keeps)."""
        chosen = (((self.tr("区域"), self.zone),) if with_zone else ()) + (
            (self.tr("板块"), self.area), (self.tr("类别"), self.project_class), (self.tr("性质"), self.nature),
            (self.tr("级别"), self.level), (self.tr("预警"), self.light), (self.tr("单位"), self.unit))
        return narrowing_words([(label, box) for label, box in chosen if box not in without], self.search.text(),
                               [self.tr("含已移出")] if widening and self.removed.isChecked() else [])

    def selection(self) -> tuple[str | None, str | None, str | None, str | None]:
        """The zone, area, class and unit chosen, by name (what an export filters by)."""
        zone_id, area_id = self.zone.currentData(), self.area.currentData()
        with self.db.read() as s:
            zone = s.get(Zone, zone_id) if zone_id not in (None, NO_ZONE) else None
            area = s.get(Area, area_id) if area_id is not None else None
            return (zone.name if zone else None, area.name if area else None, self.project_class.currentData(),
                    self.unit.currentData())

    def _emit(self) -> None:
        self._timer.stop()
        self.clear_button.setVisible(bool(self.narrowing(with_zone=True, widening=False)))
        self.changed.emit(self.current())
