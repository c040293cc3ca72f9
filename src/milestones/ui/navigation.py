"""The navigation tree on the window's left: each year's plan (its overview, projects by zone and area, timeline,
units, measures by section) and the indicator tables by year.

An item's data (``NAV_ROLE``) names the page it shows: ("projects", year, zone_id, area_id), ("targets", year,
section_id), ("dashboard", year), ("timeline", year), ("units", year), ("indicators", year). The window acts on it;
this tree only lists, points at a page and offers the year's and the section's right-click.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QTreeWidget, QTreeWidgetItem, QTreeWidgetItemIterator
from sqlalchemy import select

from ..domain.numerals import chinese_numeral
from ..store.queries import plan_years, zones_in_use
from ..store.schema import Area, IndicatorYear, Plan, Section
from .lang import zone_label

NAV_ROLE = Qt.UserRole + 1
# the navigation items that show one year's plan (item data: (page, year, …)); indicators are of any year
YEAR_PAGES = ("projects", "targets", "part", "dashboard", "timeline", "units")


class Navigation(QTreeWidget):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.setHeaderHidden(True)
        self.setObjectName("navigation")
        self.setContextMenuPolicy(Qt.CustomContextMenu)
        self.customContextMenuRequested.connect(self.menu_at)
        self.read: tuple = ()  # what was listed, as contents() read it
        self.years_shown: list[int] = []

    def fill(self) -> None:
        item = self.currentItem()
        current = tuple(item.data(0, NAV_ROLE) or ()) if item is not None else ()
        self.blockSignals(True)  # cleared and filled: no page is asked for meanwhile
        self.clear()
        with self.window.db.read() as s:
            self.read = years, zones, areas, sections, indicator_years = self.contents(s)
        self.years_shown = list(years)
        opened: list[QTreeWidgetItem] = []
        for year in years:
            plan = self._item(self, self.tr("%1年计划").replace("%1", str(year)), ("dashboard", year))
            projects = self._item(plan, self.tr("重点项目"), ("projects", year, None, None))
            self._item(plan, self.tr("进度时间轴"), ("timeline", year))
            self._item(plan, self.tr("各单位进展"), ("units", year))
            for zone_id, zone in zones:
                zi = self._item(projects, zone_label(zone), ("projects", year, zone_id, None))
                for area_id, _zone, area in (a for a in areas if a[1] == zone_id):
                    self._item(zi, area, ("projects", year, zone_id, area_id))
            measures = self._item(plan, self.tr("工作举措与目标"), ("targets", year, None))
            parts: dict[str, QTreeWidgetItem] = {}  # a list of two levels: its upper headings over their sections
            for section_id, _year, number, title, part in (sec for sec in sections if sec[1] == year):
                if part and part not in parts:  # a heading over sections: their targets together
                    parts[part] = self._item(measures, part, ("part", year, part))
                    parts[part].setToolTip(0, part)
                si = self._item(parts[part] if part else measures, f"({chinese_numeral(number)}) {title}",
                                ("targets", year, section_id))
                si.setToolTip(0, title)
            opened += parts.values()
        ind = self._item(self, self.tr("指标"), ("indicators", None))  # the year shown last
        for y in indicator_years:
            self._item(ind, self.tr("%1年指标").replace("%1", str(y)), ("indicators", y))
        self.expandToDepth(1)
        for item in opened:
            item.setExpanded(True)
        self.blockSignals(False)
        # pointed at the page shown again: with no current item, the tree's first (the earliest year) would
        # become current on focus and ask for that year
        w = self.window
        if not (current and self.select(current)) and hasattr(w, "stack"):
            w._page_changed(w.stack.currentIndex())

    @staticmethod
    def _item(parent, text: str, what: tuple) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [text])
        item.setData(0, NAV_ROLE, what)
        return item

    @staticmethod
    def contents(s) -> tuple:
        """What the navigation lists, in its order — the years, the zones and their areas, each year's sections, the
        indicator tables: read once to fill it, and again after a colleague's change to tell whether it needs filling
        again (a year, a section or an area added, renamed or removed).

        The zones listed are those with an area or a project: a district that is not divided east, central and west
        (its projects under 全区, by street) is not shown three empty zones."""
        return (tuple(plan_years(s)), tuple(zones_in_use(s)),
                tuple(s.execute(select(Area.id, Area.zone_id, Area.name).order_by(Area.sort_order)).all()),
                tuple(s.execute(select(Section.id, Plan.year, Section.number, Section.title, Section.part)
                                .join(Plan, Plan.id == Section.plan_id).order_by(Plan.year, Section.number)).all()),
                tuple(s.scalars(select(IndicatorYear.year).distinct().order_by(IndicatorYear.year))))

    def fill_if_changed(self) -> None:
        """Filled again only when what it lists changed (a colleague's new year, a zone a project edit brought in)."""
        with self.window.db.read() as s:
            if self.contents(s) != self.read:
                self.fill()

    def menu_at(self, pos) -> QMenu | None:
        """The right-click: on the year shown, its 计划数 and its removal; on a section, its removal."""
        w = self.window
        item = self.itemAt(pos)
        what = tuple(item.data(0, NAV_ROLE) or ()) if item is not None else ()
        menu = QMenu(self)
        menu.aboutToHide.connect(menu.deleteLater)
        if what[:1] == ("dashboard",) and what[1] == w.year:
            menu.addAction(w.figures_action)
            act = menu.addAction(self.tr("删除该年度计划…"), lambda: w.plan_years.confirm(what[1]))
            act.setEnabled(not w.read_only and len(self.years_shown) > 1)
        elif what[:1] == ("targets",) and what[1] == w.year and what[2] is not None:
            act = menu.addAction(self.tr("删除部分…"), lambda: w.row_edits.ask_remove_section(what[2]))
            act.setEnabled(not w.read_only)
        elif what[:1] == ("part",) and what[1] == w.year:
            act = menu.addAction(self.tr("修改上一级标题…"), lambda: w.row_edits.ask_rename_part(what[2]))
            act.setEnabled(not w.read_only)
        if menu.isEmpty():
            return None
        menu.popup(self.viewport().mapToGlobal(pos))
        return menu

    def select(self, what: tuple) -> bool:
        """Point at ``what`` (an item's NAV_ROLE data) without acting on it again."""
        it = QTreeWidgetItemIterator(self)
        while it.value():
            data = it.value().data(0, NAV_ROLE)
            if data is not None and tuple(data) == what:
                self.blockSignals(True)
                self.setCurrentItem(it.value())
                self.blockSignals(False)
                return True
            it += 1
        return False
