"""The window's actions (its commands, with their shortcuts), its menu bar and its toolbar, made once per window.

The actions stay the window's attributes (``window.undo_action``, ``window.print_action`` …): the pages, the
right-click menus and the tests reach them there. 最近打开 is a menu of its own (:class:`RecentMenu`).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from ..recent import forget, recent_plans
from .lang import language


class WindowMenus(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    def build(self) -> None:
        self._actions()
        self._bind_delete_key()
        self._menus()

    def _action(self, text: str, slot, shortcut=None, name: str | None = None) -> QAction:
        a = QAction(text, self.window)
        if shortcut is not None:
            a.setShortcut(QKeySequence(shortcut))
        # triggered(checked) would hand False to the slot's first argument: 移出计划 took it for a reason given
        # (and asked none), 批量修改 for a column (KeyError), 打开数据库 for a folder (TypeError)
        a.triggered.connect(lambda _checked=False: slot())
        if name:
            a.setObjectName(name)
        self.window.addAction(a)
        return a

    def _actions(self) -> None:
        w = self.window
        stack = w.ops.undo_stack
        w.undo_action = stack.createUndoAction(w, self.tr("撤销"))
        w.undo_action.setShortcut(QKeySequence.Undo)
        w.redo_action = stack.createRedoAction(w, self.tr("重做"))
        w.redo_action.setShortcuts([QKeySequence.Redo, QKeySequence("Ctrl+Y")])
        w.add_action = self._action(self.tr("新增项目…"), w.add_row, "Ctrl+N", "addProject")
        w.delete_action = self._action(self.tr("移出计划…"), w.remove_selected, QKeySequence.Delete,
                                       "removeProjects")
        w.find_action = self._action(self.tr("查找"), w.focus_search, QKeySequence.Find, "find")
        w.replace_action = self._action(self.tr("替换…"), w.show_replace, "Ctrl+H", "replace")
        # a line being typed in (the search box, a cell's editor) keeps its own Ctrl+C and Ctrl+V
        w.copy_action = self._action(self.tr("复制"), w.copy_cells, QKeySequence.Copy, "copyCells")
        w.paste_action = self._action(self.tr("粘贴"), w.paste_cells, QKeySequence.Paste, "pasteCells")
        w.fill_action = self._action(self.tr("向下填充"), lambda: w.table_edits.fill_down(), "Ctrl+D", "fillDown")
        w.bulk_action = self._action(self.tr("批量修改所选项目…"), w.bulk_edit, "Ctrl+B", "bulkEdit")
        w.merge_action = self._action(self.tr("合并所选的两个项目…"), w.merge_selected, None, "mergeProjects")
        w.light_rules_action = self._action(self.tr("预警规则…"), w.edit_light_rules, None, "lightRules")
        w.figures_action = self._action(self.tr("计划数…"), w.edit_plan_figures, None, "planFigures")
        w.changes_action = self._action(self.tr("最近修改…"), w.show_recent_changes, None, "recentChanges")
        w.checks_action = self._action(self.tr("数据检查…"), w.show_checks, None, "dataChecks")
        w.quit_action = self._action(self.tr("退出"), w.close, QKeySequence.Quit)
        w.open_action = self._action(self.tr("打开数据库…"), w.open_database, QKeySequence.Open)
        w.new_database_action = self._action(self.tr("新建计划数据库…"), w.new_database, "Ctrl+Shift+N",
                                             "newDatabase")
        w.connect_action = self._action(self.tr("连接共享数据库…"), w.connect_shared)
        from .backups import Backups

        w.backups = Backups(w)
        w.backup_action = self._action(self.tr("备份数据库…"), w.backups.ask, None, "backupPlan")
        w.backups_action = self._action(self.tr("打开自动备份…"), w.backups.open_daily, None, "openBackup")
        w.new_plan_action = self._action(self.tr("新建下一年度计划…"), w.new_plan)
        from .plan_years import PlanYears

        w.plan_years = PlanYears(w)
        from .cell_paste import TableEdits

        w.table_edits = TableEdits(w)
        from .plan_row_edits import PlanRowEdits

        w.row_edits = PlanRowEdits(w)
        w.remove_plan_action = self._action(self.tr("删除年度计划…"), w.plan_years.ask, None, "removePlan")
        w.import_action = self._action(self.tr("导入表格…"), w.import_file, "Ctrl+I", "importFile")
        w.export_action = self._action(self.tr("导出表格…"), lambda: w.export_file(), "Ctrl+E", "exportFile")
        w.print_action = self._action(self.tr("打印时间轴…"), w.print_timeline, QKeySequence.Print, "print")
        w.about_action = self._action(self.tr("关于 milestones"), w.about)
        w.help_action = self._action(self.tr("使用说明"), w.show_help, QKeySequence.HelpContents, "help")
        w.projects_view_action = self._action(self.tr("项目表"), w.show_projects, "Ctrl+1")
        w.targets_view_action = self._action(self.tr("举措与目标"), lambda: w.show_targets(), "Ctrl+2")
        w.indicators_view_action = self._action(self.tr("指标"), w.show_indicators, "Ctrl+3")
        w.dashboard_view_action = self._action(self.tr("概览"), w.show_dashboard, "Ctrl+4")
        w.timeline_view_action = self._action(self.tr("进度时间轴"), w.show_timeline, "Ctrl+5")
        w.units_view_action = self._action(self.tr("各单位进展"), w.show_units, "Ctrl+6")
        w.zh_action = self._action("中文", lambda: w.language_requested.emit("zh"), name="langZh")
        w.en_action = self._action("English", lambda: w.language_requested.emit("en"), name="langEn")
        for a, lang in ((w.zh_action, "zh"), (w.en_action, "en")):
            a.setCheckable(True)
            a.setChecked(language() == lang)

    def _bind_delete_key(self) -> None:
        w = self.window
        # Del: 移出计划 where projects are chosen (their list, the timeline) — window-wide, it offered to remove a
        # project chosen on the list while 举措与目标 was shown; on the targets' and indicators' tables it clears
        # the cell, as in a spreadsheet
        w.removeAction(w.delete_action)
        w.delete_action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        w.project_table.addAction(w.delete_action)
        w.timeline.addAction(w.delete_action)
        w.clear_action = QAction(self.tr("清除单元格"), w)
        w.clear_action.setObjectName("clearCells")
        w.clear_action.setShortcut(QKeySequence.Delete)
        w.clear_action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        w.clear_action.triggered.connect(lambda _checked=False: w.clear_cells())
        w.targets_table.addAction(w.clear_action)
        w.indicators_table.addAction(w.clear_action)
        # Ctrl+Enter on the project list: the project window of the row the keyboard is on — Enter goes down, as in
        # a spreadsheet, and a double click opens it only on the name: the keyboard had no way to it
        w.open_project_action = QAction(self.tr("打开项目…"), w)
        w.open_project_action.setObjectName("openProject")
        w.open_project_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        w.open_project_action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        w.open_project_action.triggered.connect(lambda _checked=False: w.open_current_project())
        w.project_table.addAction(w.open_project_action)

    def _menus(self) -> None:
        w = self.window
        mb = w.menuBar()
        w.recent_menu = RecentMenu(w, self.tr("最近打开"))
        w.undo_list_action = self._action(self.tr("撤销记录…"), w.show_undo_list)
        w.file_menu = _filled(mb.addMenu(self.tr("文件(&F)")), (
            w.new_plan_action, w.remove_plan_action, None, w.new_database_action, w.open_action, w.connect_action,
            w.recent_menu, None, w.import_action, w.export_action, w.print_action, None, w.backup_action,
            w.backups_action, None, w.quit_action))
        _filled(mb.addMenu(self.tr("编辑(&E)")), (
            w.undo_action, w.redo_action, w.undo_list_action, None, w.copy_action, w.paste_action, w.fill_action, None,
            w.add_action, w.delete_action, w.bulk_action, w.merge_action, None, w.find_action, w.replace_action, None,
            w.figures_action, w.light_rules_action, w.changes_action, w.checks_action))
        view = _filled(mb.addMenu(self.tr("视图(&V)")), (
            w.projects_view_action, w.timeline_view_action, w.targets_view_action, w.indicators_view_action,
            w.dashboard_view_action, w.units_view_action))
        _filled(view.addMenu(self.tr("语言")), (w.zh_action, w.en_action))
        _filled(mb.addMenu(self.tr("帮助(&H)")), (w.help_action, None, w.about_action))
        w.toolbar = _filled(w.addToolBar(self.tr("工具栏")), (
            w.undo_action, w.redo_action, w.add_action, w.delete_action, w.import_action, w.export_action,
            w.print_action))
        w.toolbar.setObjectName("mainToolbar")


def _filled(menu, items):
    """``menu`` (or a toolbar) holding ``items`` in order: an action, a submenu, or None for a separator."""
    for item in items:
        if item is None:
            menu.addSeparator()
        elif isinstance(item, QMenu):
            menu.addMenu(item)
        else:
            menu.addAction(item)
    return menu


class RecentMenu(QMenu):
    """文件 → 最近打开: the plans opened last (files and shared databases), newest first."""

    def __init__(self, window, title: str) -> None:
        super().__init__(title, window)
        self.window = window
        self.settings = window.settings
        self.fill()

    def fill(self) -> None:
        self.clear()
        for path in recent_plans(self.settings):
            a = self.addAction(path)
            a.triggered.connect(lambda _=False, p=path: self.open(p))
        self.setEnabled(not self.isEmpty())

    def open(self, target: str) -> None:
        """A plan of the recent list; a file no longer there is said, not made anew under its name (opening a
        missing file creates a plan, with the bundled sample in it, where the planner's had been)."""
        if "://" in target or Path(target).exists():
            self.window.open_database_requested.emit(target)
            return
        box = QMessageBox(QMessageBox.Warning, self.tr("找不到计划文件"), self.tr(
            "找不到 %1：它可能已被移走、改名或删除，或者所在的网络盘、U 盘没有连接。").replace("%1", target),
            QMessageBox.Close, self.window)
        box.setObjectName("recentMissingBox")
        drop = box.addButton(self.tr("从最近列表中移除"), QMessageBox.ActionRole)
        drop.clicked.connect(lambda: self.drop(target))
        box.open()

    def drop(self, target: str) -> None:
        forget(self.settings, target)
        self.fill()
