"""Where the main window goes: the page a navigation item, a dashboard figure or a 数据检查 row asks for, and what
that page shows (a zone's projects of one light, a section's targets, one indicator chosen). The half of
:class:`~milestones.ui.main_window.MainWindow` that moves between its pages; it writes nothing.

Kept free of ``self.tr``: a mixin's strings would be collected under its own name and looked up under the
window's at run time (MainWindow), so they would not be translated.
"""
from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QWidget
from sqlalchemy import select

from ..store.project_rows import plan_id_for
from ..store.schema import Area, Section, Zone
from .navigation import NAV_ROLE, YEAR_PAGES


class WindowPages:
    """Showing the window's pages (mixed into MainWindow, whose views it reads)."""

    def go_to(self, what: tuple) -> None:
        """Show the page of navigation item ``what`` (its NAV_ROLE data), as a click on it would."""
        if self.nav.select(tuple(what)):
            self._nav_changed(self.nav.currentItem(), None)

    def _nav_changed(self, item, _prev) -> None:
        if item is None:
            return
        what = item.data(0, NAV_ROLE)
        if not what:
            return
        if what[0] in YEAR_PAGES and what[1] != self.year:
            self.open_year(what[1], tuple(what))
            return
        if what[0] == "projects":
            self.stack.setCurrentWidget(self.projects_page)
            self.filter_bar.set_zone_area(what[2], what[3])
        elif what[0] == "targets":
            self.targets_model.set_section(what[2])
            self.columns.hide(self.targets_table)
            self.stack.setCurrentWidget(self.targets_page)
        elif what[0] == "part":  # the heading over sections: the targets of every section under it
            self.targets_model.set_section(None, self._sections_under(what[1], what[2]))
            self.columns.hide(self.targets_table)
            self.stack.setCurrentWidget(self.targets_page)
        elif what[0] == "indicators":
            if what[1] is not None:
                self.indicators_model.set_year(what[1])
            self.stack.setCurrentWidget(self.indicators_page)
        elif what[0] == "dashboard":
            self.stack.setCurrentWidget(self.dashboard)
        elif what[0] == "timeline":
            self.show_timeline()
        elif what[0] == "units":
            self.show_units()

    def _sections_under(self, year: int, part: str) -> tuple[int, ...]:
        with self.db.read() as s:
            return tuple(s.scalars(select(Section.id).where(Section.plan_id == plan_id_for(s, year),
                                                             Section.part == part)))

    def _show_year_page(self, page: QWidget) -> bool:
        """``page`` shown, when there is a year's plan to show on it; else the page that says how to get one in."""
        self.stack.setCurrentWidget(page if self.year else self.no_plan_page)
        return bool(self.year)

    def show_projects(self) -> None:
        self._show_year_page(self.projects_page)

    def _zone_picked(self, name: str) -> None:
        """A zone tab of the timeline: the filter bar (and the list) shows that zone, of every area; the tab 全区 is
        the whole district, every zone (not the projects whose zone is named 全区)."""
        zone_id = None
        if name != self.timeline.ZONES[0]:
            with self.db.read() as s:
                zone_id = s.scalar(select(Zone.id).where(Zone.name == name))
        self.filter_bar.set_zone_area(zone_id, None)

    def show_projects_of(self, zone: str | None, light: str, unit: str = "") -> None:
        """The projects a count of the dashboard or of 各单位进展 counted: a zone's (by name; "" the projects
        without one, None every zone's) of one light, or those yet to report the quarter's investment, of
        one unit if given."""
        from .filter_bar import NO_ZONE

        zone_id = None
        if zone == "":
            zone_id = NO_ZONE
        elif zone:
            with self.db.read() as s:
                zone_id = s.scalar(select(Zone.id).where(Zone.name == zone))
        self.filter_bar.show_only(zone_id, light or None, unit)
        self.nav.select(("projects", self.year, zone_id if zone_id != NO_ZONE else None, None))
        self.show_projects()

    def show_area_projects(self, area_id: int, light: str) -> None:
        """An area's count of one light on the dashboard (分板块预警): those projects."""
        with self.db.read() as s:
            zone_id = s.scalar(select(Area.zone_id).where(Area.id == area_id))
        self.filter_bar.show_only(zone_id, light, area_id=area_id)
        self.nav.select(("projects", self.year, zone_id, area_id))
        self.show_projects()

    def show_projects_in(self, by: str, key: str | None, key_id: int | None) -> None:
        """The projects a row of 分类统计 counted: a class's, a zone's or an area's (a group naming none
        has no box choice: every project shows then)."""
        from .filter_bar import NO_ZONE

        if by == "zone":
            self.show_projects_of(key if key is not None else "", "")
            return
        zone_id = None
        if by == "area" and key_id is not None:
            with self.db.read() as s:
                zone_id = s.scalar(select(Area.zone_id).where(Area.id == key_id))
        self.filter_bar.show_only(zone_id, None, area_id=key_id if by == "area" else None,
                                  project_class=key if by == "class" else None)
        self.nav.select(("projects", self.year, zone_id if zone_id != NO_ZONE else None, None))
        self.show_projects()

    def show_targets(self, standing: str | None = None) -> None:
        """The 举措与目标 page; with ``standing`` ("not_met" …, "" for all), every section's targets
        of that standing, as a dashboard tile counted them."""
        if standing is not None:
            self.targets_model.set_section(None)
            self.columns.hide(self.targets_table)
            self.targets_page.show_standing(standing)
            self.nav.select(("targets", self.year, None))
        self._show_year_page(self.targets_page)

    def show_target(self, target_id: int) -> None:
        """The 举措与目标 page with every section's targets, one target chosen and in view."""
        self.show_targets("")
        _choose_row(self.targets_table, target_id)

    def show_indicators(self) -> None:
        self.stack.setCurrentWidget(self.indicators_page)

    def show_indicators_of(self, standing: str, binding: str = "") -> None:
        """The plan year's indicators of a standing ("not_met" …) and/or an attribute ("binding" …),
        "" for all: what a figure of the dashboard counted."""
        if self.indicators_model.year != self.year:
            self.indicators_model.set_year(self.year)
        self.indicators_page.show_standing(standing, binding)
        self.nav.select(("indicators", self.year))
        self.show_indicators()

    def show_indicator(self, indicator_year_id: int) -> None:
        """One indicator in its year's table, the bar cleared, the row chosen and in view (a 数据检查 row)."""
        from ..store.schema import IndicatorYear

        with self.ops.db.read() as s:
            iy = s.get(IndicatorYear, indicator_year_id)
            year = iy.year if iy is not None else None
        if year is None:
            return  # deleted since the check ran: the dialog reads again after every change
        if self.indicators_model.year != year:
            self.indicators_model.set_year(year)
        self.indicators_page.show_standing("", "")
        self.nav.select(("indicators", year))
        self.show_indicators()
        _choose_row(self.indicators_table, indicator_year_id)

    def show_units(self) -> None:
        self.nav.select(("units", self.year))
        self._show_year_page(self.units_view)

    def _unit_asked(self, unit: str, kind: str, which: str) -> None:
        """A figure of 各单位进展: that unit's targets of a standing, its indicators of one, or its projects of a
        light."""
        if kind == "targets":
            self.show_targets(which)
            self.targets_page.show_standing(which, unit)
        elif kind == "indicators":
            self.show_indicators_of(which)
            self.indicators_page.show_standing(which, "", unit)
        else:
            self.show_projects_of(None, which, unit)

    def show_dashboard(self) -> None:
        self._show_year_page(self.dashboard)

    def show_timeline(self) -> None:
        if self._show_year_page(self.timeline):
            self.timeline.setFocus()

    def focus_search(self) -> None:
        """The search box of the list in view: the targets' or the indicators' page has its own, the
        timeline shares the projects' (and stays in view); elsewhere the project list's."""
        page = self.stack.currentWidget()
        if page in (self.targets_page, self.indicators_page):
            box = page.search
        else:
            if page is not self.timeline:
                self.show_projects()
            box = self.filter_bar.search
        box.setFocus()
        box.selectAll()

    def go_to_project(self, pid: int) -> int | None:
        """The project's row on the list, chosen and in sight (the filters cleared if they hide it)."""
        self.show_projects()
        if self.project_model.row_of(pid) is None:
            self.filter_bar.show_only(None, None)
        row = self.project_model.row_of(pid)
        if row is not None:
            at = self.project_model.index(row, self.project_model.keys.index("name"))
            self.project_table.setCurrentIndex(at)
            self.project_table.scrollTo(at)
        return row


def _choose_row(table, row_id: int) -> None:
    """The row of ``row_id`` in a table of the row models chosen and scrolled to the middle (if shown)."""
    m = table.model()
    row = next((i for i, r in enumerate(m.rows) if r["id"] == row_id), None)
    if row is not None:
        index = m.index(row, 0)
        table.setCurrentIndex(index)
        table.scrollTo(index, QAbstractItemView.PositionAtCenter)
