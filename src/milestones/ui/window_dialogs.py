"""The boxes the window opens beside itself: 分类统计, the warning rules, the plan's figures, this session's undo
steps, the latest changes, 数据检查, 查找和替换, the help and 关于. Mixed into
:class:`~milestones.ui.main_window.MainWindow`, whose views and undo stack they work with.

Their words are the window's (``App.translate("MainWindow", …)``, not ``self.tr``): lupdate files a
``self.tr`` under the class it is written in, and Qt looks it up under the window's class, MainWindow.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication as App  # App.translate: see above
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from .. import __version__
from .dashboard import DashboardView
from .undo import push


class WindowDialogs:
    """The window's boxes (mixed into MainWindow)."""

    def show_breakdown(self):
        """分类统计: the projects by class, zone or area at the dashboard's quarter (not modal)."""
        from .breakdown_dialog import BreakdownDialog

        at = self.dashboard.at() if isinstance(self.dashboard, DashboardView) else None
        dialog = BreakdownDialog(self.ops, self.year, at, self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.projects_asked.connect(self.show_projects_in)
        dialog.show()
        return dialog

    def edit_light_rules(self):
        """The plan's warning-light rules in a dialog; kept (one undo step) when accepted."""
        from ..store.settings import light_rules
        from .light_rules_dialog import LightRulesDialog
        from .undo import LightRulesCommand

        with self.db.read() as s:
            old = light_rules(s)
        dialog = LightRulesDialog(old, not self.read_only, self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)

        def keep() -> None:
            new = dialog.rules()
            if new != old and push(self.ops, LightRulesCommand(self.ops, old, new)):  # refused: failed says why
                self.statusBar().showMessage(App.translate("MainWindow", "预警规则已修改，各处预警已按新规则显示"), 8000)

        dialog.accepted.connect(keep)
        dialog.open()  # not exec(): the app (and a test) keeps running
        return dialog

    def edit_plan_figures(self):
        """编辑 → 计划数…: the year's own figures (key projects, investment, each quarter's starts and completions,
        indicators) in a box; kept in one undo step. A viewer sees them."""
        from .plan_figures_dialog import PlanFiguresDialog
        from .undo import PlanFiguresCommand

        if not self.year:
            return None
        year = self.year
        dialog = PlanFiguresDialog(self.db, year, not self.read_only, self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)

        def keep() -> None:
            old, new = dialog.changed()
            if any(old.values()) and push(self.ops, PlanFiguresCommand(self.ops, year, old, new)):
                self.statusBar().showMessage(App.translate("MainWindow", "%1年计划数已保存").replace("%1", str(year)), 8000)

        if not self.read_only:
            dialog.accepted.connect(keep)
        dialog.open()
        return dialog

    def show_undo_list(self):
        """This session's changes, one undo step a row, the latest last: a click goes back (or forward) to just
        after that step, every step between undone (or redone) in order, as Ctrl+Z would (one a colleague's later
        change refuses is said and dropped)."""
        from PySide6.QtGui import QIcon
        from PySide6.QtWidgets import QDialog, QUndoView, QVBoxLayout

        dialog = QDialog(self)
        dialog.setWindowTitle(App.translate("MainWindow", "撤销记录"))
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        lay = QVBoxLayout(dialog)
        hint = QLabel(App.translate("MainWindow", "点击一步，回到做完这一步时：其后各步撤销，再点后面的一步可重做。"), dialog)
        hint.setWordWrap(True)
        lay.addWidget(hint)
        view = QUndoView(self.ops.undo_stack, dialog)
        view.setObjectName("undoList")
        view.setEmptyLabel(App.translate("MainWindow", "（打开时）"))
        view.setCleanIcon(QIcon())
        lay.addWidget(view)
        dialog.resize(420, 360)
        dialog.show()  # beside the window: the planner watches the values go back
        self.undo_list = view
        return dialog

    def show_recent_changes(self):
        """The latest changes of plans and figures across the projects and targets; a row opens its project (shows
        its target)."""
        from .changes_dialog import RecentChangesDialog

        dialog = RecentChangesDialog(self.ops, self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.project_asked.connect(self._open_project)
        dialog.target_asked.connect(self.show_target)
        self.others_changed.connect(dialog.refresh)  # what colleagues change shows as it comes
        dialog.show()  # beside the window: a project opened from it, and the list stays
        return dialog

    def show_checks(self, brought: set | None = None):
        """数据检查: what does not add up in the plan's key projects, targets and indicators; a row opens
        its project (or shows the target or indicator). ``brought``: the findings an import brought, shown alone
        at first."""
        from .checks_dialog import ChecksDialog

        if not self.year:
            return None
        # a menu's or a button's signal hands its "checked" flag here: only an import's set narrows the list
        dialog = ChecksDialog(self.ops, self.year, self, brought=brought if isinstance(brought, set) else None)
        dialog.set_read_only(self.read_only)  # a viewer of a shared plan sees the marks and makes none
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.project_asked.connect(self._open_project)
        dialog.target_asked.connect(self.show_target)
        dialog.indicator_asked.connect(self.show_indicator)
        self.others_changed.connect(dialog.refresh)
        dialog.show()  # beside the window, as 最近修改
        return dialog

    def show_replace(self):
        """编辑 → 替换 (Ctrl+H): 查找和替换 on the list in view (the project list from a page with none), beside
        the window; one box, brought forward when already open, what is looked for kept."""
        from .find_replace import ReplaceDialog

        if self._table_in_view() is None:
            self.show_projects()
        dialog = self.findChild(ReplaceDialog)
        if dialog is None:
            dialog = ReplaceDialog(self)
            dialog.adjustSize()
            # at the window's right, below the filter bar: not over the names the planner reads what was found by
            corner = self.mapToGlobal(self.rect().topRight())
            dialog.move(corner.x() - dialog.width() - 40, corner.y() + 140)
        dialog.follow_page()
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        dialog.sought.setFocus()
        dialog.sought.selectAll()
        return dialog

    def show_help(self):
        """使用说明 (F1), at the section of the page in view; one box, brought forward when already open."""
        from .help_dialog import HelpDialog

        pages = {self.projects_page: "projects", self.targets_page: "targets", self.indicators_page: "indicators",
                 self.dashboard: "dashboard", self.timeline: "timeline", self.units_view: "units"}
        dialog = self.findChild(HelpDialog) or HelpDialog(self)  # closed, it is hidden and kept for the next F1
        dialog.show_section(pages.get(self.stack.currentWidget(), "start"))
        dialog.show()  # beside the window, as 数据检查: the planner reads and works at once
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(App.translate("MainWindow", "关于 milestones"))
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.setText(App.translate("MainWindow", "<b>milestones</b> %1<br>区县年度计划与重点项目季度进度管理。<br>"
                                                "许可：MIT；内置字体：文泉驿微米黑（Apache-2.0）。").replace("%1", __version__))
        box.setObjectName("aboutBox")
        box.open()
