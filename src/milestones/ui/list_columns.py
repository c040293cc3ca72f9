"""The columns of the window's three lists (projects, 举措与目标, indicators): which are shown, how wide, how sorted.

Each is the planner's own choice, kept per list in the settings and restored at the next start; the column naming
the row (a project's name, a target as written) is always shown and frozen at the left.
"""
from __future__ import annotations

import json

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMenu, QTableView

from .project_model import ProjectTableModel

# the column that says which row it is: never hidden (a project's name, a target as written)
NAMING_COLUMNS = frozenset({"name", "text"})


def column_keys(table: QTableView) -> list[str]:
    model = table.model()
    return model.keys if isinstance(model, ProjectTableModel) else [c.key for c in model.columns]


class ListColumns(QObject):
    """The window's lists' columns; ``settings`` holds the choices under "projects/", "targets/", "indicators/"."""

    def __init__(self, window, settings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings

    def keep(self) -> None:
        """Each list as the planner left it, and a right click on its headings to choose its columns."""
        w = self.window
        for table in (w.project_table, w.targets_table, w.indicators_table):
            heading = table.horizontalHeader()
            heading.setContextMenuPolicy(Qt.CustomContextMenu)
            heading.customContextMenuRequested.connect(
                lambda pos, t=table: self.menu(t).popup(t.horizontalHeader().mapToGlobal(pos)))
            self.hide(table)
            self._keep_widths(table)
        self._keep_sort()

    def menu(self, table: QTableView | None = None) -> QMenu:
        """Each column of a list (the projects' unless ``table`` says), ticked when shown; the
        column naming the row (project, target) always is."""
        table = table or self.window.project_table
        menu = QMenu(self.window)
        menu.aboutToHide.connect(menu.deleteLater)  # one per right click
        model, keys = table.model(), column_keys(table)
        for i, key in enumerate(keys):
            if key in NAMING_COLUMNS:
                continue
            act = menu.addAction(model.headerData(i, Qt.Horizontal))
            act.setCheckable(True)
            act.setChecked(key not in self._hidden_keys(table))
            act.toggled.connect(lambda shown, i=i: self.show(i, shown, table))
        menu.addSeparator()
        menu.addAction(self.tr("显示全部列"), lambda: [self.show(i, True, table) for i in range(len(keys))])
        menu.addAction(self.tr("恢复默认列宽"), lambda: self.default_widths(table))
        return menu

    def show(self, index: int, shown: bool, table: QTableView | None = None) -> None:
        table = table or self.window.project_table
        key = column_keys(table)[index]
        hidden = [k for k in self._hidden_keys(table) if k != key] + ([] if shown else [key])
        self.settings.setValue(self._setting(table), hidden)
        self.hide(table)

    def hide(self, table: QTableView) -> None:
        """The planner's choice of columns; and 部分 while one section is shown, the same on every row."""
        hidden = set(self._hidden_keys(table)) - NAMING_COLUMNS
        if table is self.window.targets_table and self.window.targets_model.section_id is not None:
            hidden.add("section")
        for i, key in enumerate(column_keys(table)):
            table.setColumnHidden(i, key in hidden)

    def default_widths(self, table: QTableView) -> None:
        """恢复默认列宽: the widths the list opened with on first start."""
        defaults = json.loads(table.property("default_widths"))
        keys = column_keys(table)
        for i, key in enumerate(keys[:-1]):
            table.setColumnWidth(i, defaults[key])
        self.settings.remove(self._setting(table, "column_widths"))

    def _keep_sort(self) -> None:
        """Each list opens sorted as the planner left it (the projects by 预警, the latest first, for the morning's
        list; 举措与目标 by 评价 for the quarter's review)."""
        w = self.window
        for table in (w.project_table, w.targets_table, w.indicators_table):
            keys, heading = column_keys(table), table.horizontalHeader()
            setting = self._setting(table, "sort")
            key, _, order = (self.settings.value(setting, "", str) or "").partition(" ")
            if key in keys and (key, order) != ("seq", "asc"):
                table.sortByColumn(keys.index(key), Qt.DescendingOrder if order == "desc" else Qt.AscendingOrder)
            heading.sortIndicatorChanged.connect(lambda column, order, keys=keys, setting=setting: self.settings.setValue(
                setting, f"{keys[column]} {'desc' if order == Qt.DescendingOrder else 'asc'}" if 0 <= column < len(keys)
                else ""))

    def _keep_widths(self, table: QTableView) -> None:
        """A column the planner widened (a long project name, 责任单位) stays that wide next time, per list."""
        keys = column_keys(table)
        table.setProperty("default_widths", json.dumps({k: table.columnWidth(i) for i, k in enumerate(keys)}))
        kept = self._kept_widths(table)
        for i, key in enumerate(keys[:-1]):  # the last column stretches to the edge
            width = kept.get(key)
            if isinstance(width, int) and 20 <= width <= 2000:
                table.setColumnWidth(i, width)
        table.horizontalHeader().sectionResized.connect(
            lambda i, _old, new, t=table: self._width_changed(t, i, new))

    def _kept_widths(self, table: QTableView) -> dict:
        try:
            kept = json.loads(self.settings.value(self._setting(table, "column_widths"), "{}", str) or "{}")
        except ValueError:  # a settings file edited by hand: the widths are only a comfort
            return {}
        return kept if isinstance(kept, dict) else {}

    def _width_changed(self, table: QTableView, index: int, width: int) -> None:
        keys = column_keys(table)
        if width <= 0 or index >= len(keys) - 1:  # hidden, or the stretched last column
            return
        kept = self._kept_widths(table)
        kept[keys[index]] = width
        self.settings.setValue(self._setting(table, "column_widths"), json.dumps(kept, sort_keys=True))

    def _setting(self, table: QTableView, what: str = "hidden_columns") -> str:
        w = self.window
        return {w.project_table: "projects/", w.targets_table: "targets/", w.indicators_table: "indicators/"}[table] + what

    def _hidden_keys(self, table: QTableView) -> list[str]:
        return self.settings.value(self._setting(table), [], list) or []
