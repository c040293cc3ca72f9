"""The main window: navigation tree on the left, the matching view on the right."""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QItemSelectionModel, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QInputDialog, QLabel, QMainWindow, QMessageBox, QSplitter, QStackedWidget,
    QTableView, QToolTip, QVBoxLayout, QWidget,
)
from ..domain.quarter import Quarter
from ..store.project_rows import ProjectFilter
from ..store.queries import plan_years
from .dashboard import DashboardView
from .delegates import IndicatorsDelegate, ProjectDelegate, UnitsDelegate
from .filter_bar import FilterBar
from .operations import Operations
from .problem_text import problem_text
from .project_model import ProjectTableModel
from .indicators_model import IndicatorsModel
from .targets_model import TargetsModel
from .indicators_page import IndicatorsPage
from .targets_page import TargetsPage
from .cell_paste import chosen_rows, visible_columns
from .list_columns import NAMING_COLUMNS, ListColumns, column_keys
from .navigation import NAV_ROLE, Navigation
from .others_watch import OthersWatch
from .pending_changes import PendingChanges
from .row_menus import RowMenus
from .window_imports import WindowImports
from .window_menus import WindowMenus
from .window_dialogs import WindowDialogs
from .window_files import WindowFiles
from .window_pages import WindowPages
from .frozen_table import FrozenTable
from .wrapping_header import WrappingHeader
from .undo import AddProjectCommand, ListProjectCommand, RemoveProjectsCommand, push
from .units_view import UnitsView


class MainWindow(WindowPages, WindowFiles, WindowDialogs, QMainWindow):
    language_requested = Signal(str)
    others_changed = Signal()  # someone else's change was read: open lists read again
    open_database_requested = Signal(str)
    new_database_requested = Signal(str)  # a path with no file yet: an empty plan database made there
    # (a plan database's path, a table to import into it once it is open): another district's table taken home
    import_elsewhere_requested = Signal(str, str)
    # another year's plan asked for (its page in the navigation, a year opened or removed): the window is
    # built for one year, so the application builds one for that year — (year, navigation item, notice)
    year_requested = Signal(int, object, str)

    def __init__(self, db, settings: QSettings, year: int | None = None, ops: Operations | None = None) -> None:
        super().__init__()
        self.db = db
        self.settings = settings
        if ops is not None:  # the window before this one's, for the same database: its undo steps go on
            ops.hand_over(self)
            self.ops = ops
        else:
            self.ops = Operations(db, self)
            self.ops.parent_widget = self
        self.read_only = not db.can_write()
        with db.read() as s:
            years = plan_years(s)
        self.year = year if year in years else (years[-1] if years else None)
        self.setObjectName("MainWindow")
        _collect_garbage_in_this_thread()
        title = self.tr("milestones — 年度计划与重点项目进度")
        # the window is one year's: which, in the title too (a second window, a year switched to); and one plan
        # file's, named first as a document is (a district's plan and the bundled one, two years' files)
        where = db.path.name if db.path is not None else f"{db.engine.url.database}@{db.engine.url.host}"
        self.setWindowTitle(f"{where} — " + title
                            + (self.tr("（%1年）").replace("%1", str(self.year)) if self.year else ""))
        self.setAcceptDrops(True)  # a spreadsheet dropped on the window is imported (after the preview)
        self.imports = WindowImports(self)
        self._build_views()
        WindowMenus(self).build()  # its actions (self.undo_action, …), menu bar and toolbar
        self.statusBar().showMessage(self._where_text(db))
        self.role_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.role_label)
        self.ops.failed.connect(self._show_failure)
        self.ops.connection_lost.connect(self._connection_lost)
        self.ops.held_back.connect(self._held_back)
        self.ops.connection_back.connect(self._kept_written)
        self._restore_state()
        self._apply_read_only()
        self.show_projects()
        if not self.year:  # the keyboard on 导入表格…, not on the tree (whose first item, 指标, would then show)
            self.no_plan_page.import_button.setFocus()
        self._page_changed(self.stack.currentIndex())  # the navigation points at this year's list
        self.pending = PendingChanges(self)
        self.others = OthersWatch(self)  # a colleague's change shown; the plan file taken away said

    # -- views ------------------------------------------------------------
    def _build_views(self) -> None:
        self.row_menus = RowMenus(self)
        self.nav = Navigation(self)
        self.stack = QStackedWidget(self)

        at = self._default_quarter()
        self.project_model = ProjectTableModel(self.ops, self.year, at, self)
        self.projects_page = QWidget(self)
        lay = QVBoxLayout(self.projects_page)
        self.filter_bar = FilterBar(self.db, ProjectFilter(year=self.year, at=at), self.projects_page)
        self.filter_bar.changed.connect(self.project_model.set_filter)
        # a class or level typed into the table is offered by its filter (and shows the box) soon after;
        # a burst of edits reads the choices once
        self._choices_timer = QTimer(self)
        self._choices_timer.setSingleShot(True)
        self._choices_timer.setInterval(500)
        self._choices_timer.timeout.connect(self._refresh_choices)
        self.ops.changed.connect(lambda cs: self._choices_timer.start()
                                 if {"key_project", "plan_entry"} & (set(cs.updated) | set(cs.inserted)) else None)
        self.ops.changed.connect(self._plans_changed)
        self.project_table = self._table(self.project_model)
        self.project_table.setItemDelegate(ProjectDelegate(self.project_model, self.project_table))
        self.project_table.setObjectName("projectTable")
        self.project_table.doubleClicked.connect(self._open_detail)
        self.project_table.setContextMenuPolicy(Qt.CustomContextMenu)
        self.project_table.customContextMenuRequested.connect(self.row_menus.projects)
        from .project_foot import ProjectFoot

        self.project_foot = ProjectFoot(self, self.project_model, self.project_table, self.projects_page)
        self.count_label = self.project_foot.count
        self.project_model.edit_failed.connect(self._show_cell_error)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.project_table, 1)
        lay.addWidget(self.project_foot)

        self.targets_model = TargetsModel(self.ops, self.year, self, at=at)
        self.targets_table = self._table(self.targets_model)
        self.targets_table.setItemDelegate(UnitsDelegate(self.targets_model, self.targets_table))
        self.targets_table.setObjectName("targetTable")
        self.targets_page = TargetsPage(self.targets_model, self.targets_table, self)
        self.targets_table.setWordWrap(True)
        for key, width in (("section", 150), ("measure", 190), ("text", 380), ("subject", 170), ("op_label", 60),
                           ("value", 80), ("unit", 70), ("quarter", 110), ("steps", 240), ("responsible_unit", 130),
                           ("partner_units", 130), ("contact", 170), ("leader", 80), ("standing", 130), ("notes", 200)):
            self.targets_table.setColumnWidth([c.key for c in self.targets_model.columns].index(key), width)
        self.targets_model.edit_failed.connect(self._show_cell_error)
        self.targets_model.edit_noted.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.targets_table.setContextMenuPolicy(Qt.CustomContextMenu)
        self.targets_table.customContextMenuRequested.connect(self.row_menus.targets)
        self.indicators_model = IndicatorsModel(self.ops, self.year, self)
        self.indicators_table = self._table(self.indicators_model)
        for key, width in (("seq", 50), ("name", 240), ("unit", 60), ("binding", 70), ("previous_actual", 140),
                           ("target_text", 140), ("actual", 110), ("standing", 124),  # 基本达到时序进度 whole
                           ("status_reason", 300), ("responsible_unit", 140), ("partner_units", 130), ("notes", 200),
                           ("replaced_by", 200)):
            self.indicators_table.setColumnWidth([c.key for c in self.indicators_model.columns].index(key), width)
        self.indicators_table.setItemDelegate(IndicatorsDelegate(self.indicators_model, self.indicators_table))
        self.indicators_model.edit_failed.connect(self._show_cell_error)
        self.indicators_model.edit_noted.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.indicators_table.setObjectName("indicatorTable")
        self.indicators_table.setContextMenuPolicy(Qt.CustomContextMenu)
        self.indicators_table.customContextMenuRequested.connect(self.row_menus.indicators)
        self.indicators_page = IndicatorsPage(self.indicators_model, self.indicators_table, self)
        self.dashboard = DashboardView(self.ops, self.year, self) if self.year else QWidget(self)
        if self.year:
            self.dashboard.set_at(at)
            self.dashboard.quarter_changed.connect(self._set_at)
            self.dashboard.targets_asked.connect(self.show_targets)
            self.dashboard.projects_asked.connect(self.show_projects_of)
            self.dashboard.area_projects_asked.connect(self.show_area_projects)
            self.dashboard.breakdown_asked.connect(self.show_breakdown)
            self.dashboard.export_asked.connect(lambda at: self.export_file("project_progress", at))
            self.dashboard.checks_asked.connect(self.show_checks)
            self.dashboard.figures_asked.connect(self.edit_plan_figures)
            self.dashboard.plan_gone.connect(self._year_gone)
            self.dashboard.indicators_asked.connect(self.show_indicators_of)

        self.units_view = UnitsView(self.ops, self.year, self)
        self.units_view.plan_gone.connect(self._year_gone)
        self.units_view.at = at
        self.units_view.asked.connect(self._unit_asked)
        self.units_view.exported.connect(
            lambda out: self.statusBar().showMessage(self.tr("已导出到 %1").replace("%1", out), 10000))

        from .timeline_view import TimelineView

        self.timeline = TimelineView(self.ops, self.year, self.filter_bar.current(), self, settings=self.settings)
        self.timeline.plan_gone.connect(self._year_gone)
        self.timeline.zone_picked.connect(self._zone_picked)
        self.filter_bar.changed.connect(self.timeline.set_filter)
        self.timeline.project_selected.connect(self._select_in_table)
        self.timeline.project_activated.connect(self._open_project)
        from .empty_note import EmptyNote

        # an empty list or chart says why, over its blank space
        self.list_note = EmptyNote(self.project_table.viewport())
        self.timeline_note = EmptyNote(self.timeline.plot.viewport())
        for note in (self.list_note, self.timeline_note):
            note.clear_requested.connect(self.filter_bar.clear)
        self.project_model.reloaded.connect(self._say_if_empty)
        self.timeline.reloaded.connect(self._say_if_empty)
        self._say_if_empty()
        self.project_table.selectionModel().currentRowChanged.connect(self._table_row_changed)

        self.columns = ListColumns(self, self.settings)  # the planner's own choice of columns, kept per list
        self.columns.keep()
        from .no_plan_page import NoPlanPage

        self.no_plan_page = NoPlanPage(self)  # a database with no year's plan: how to get one in
        self.no_plan_page.import_asked.connect(lambda: self.import_file())
        self.no_plan_page.open_asked.connect(lambda: self.open_database())
        self.no_plan_page.shared_asked.connect(self.connect_shared)
        self.no_plan_page.help_asked.connect(self.show_help)
        for w in (self.projects_page, self.targets_page, self.indicators_page, self.dashboard, self.timeline,
                  self.units_view, self.no_plan_page):
            self.stack.addWidget(w)
        self.stack.currentChanged.connect(self._page_changed)

        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(4, 4, 4, 4)
        rl.addWidget(self.filter_bar)
        rl.addWidget(self.stack, 1)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 1000])
        self.setCentralWidget(self.splitter)
        self.nav.fill()
        self.nav.currentItemChanged.connect(self._nav_changed)

    def _table(self, model) -> QTableView:
        t = FrozenTable(self)
        t.enter_moves_down = True
        t.setHorizontalHeader(WrappingHeader(t))  # a heading wider than its column on two lines, not cut at both ends
        t.setModel(model)
        # a click on a heading sorts any list (举措与目标 by 评价, by 责任单位 …); the targets and indicators open in the
        # plan's order, no arrow shown (Qt's default indicator, column 0 descending, would turn the plan upside down)
        if not isinstance(model, ProjectTableModel):
            t.horizontalHeader().setSortIndicator(-1, Qt.AscendingOrder)
        t.setSortingEnabled(True)
        t.setSelectionBehavior(QAbstractItemView.SelectRows)
        t.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed
                          | QAbstractItemView.AnyKeyPressed)
        t.verticalHeader().setDefaultSectionSize(24)
        t.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)  # uniform rows: paint only what shows
        t.horizontalHeader().setStretchLastSection(True)
        t.setAlternatingRowColors(True)
        if isinstance(model, IndicatorsModel):
            t.verticalHeader().hide()  # 序号 is a column of its own
        if isinstance(model, ProjectTableModel):
            t.verticalHeader().hide()  # 序号 is a column of its own
            t.horizontalHeader().setSortIndicator(0, Qt.AscendingOrder)
            widths = {"name": 260, "area": 170, "responsible_unit": 140, "partner_units": 140, "contact": 170,
                      "content": 260,
                      "construction_years": 110, "location": 150, "notes": 200, "light_why": 380}
            fm = t.horizontalHeader().fontMetrics()
            for i, key in enumerate(model.keys):
                # at least as wide as the heading ("年度计划投资(亿元)", longer in English)
                head = model.headerData(i, Qt.Horizontal) or ""
                t.setColumnWidth(i, max(widths.get(key, 90), fm.horizontalAdvance(head) + 28))
        keys = column_keys(t)
        t.freeze(next(i for i, key in enumerate(keys) if key in NAMING_COLUMNS) + 1)  # 序号 and the row's name
        return t

    def _refresh_choices(self) -> None:
        """The filter's choices read again after edits; a shared database out of reach keeps the old ones
        (the status bar already says the connection is lost; the next edit reads them again)."""
        try:
            self.filter_bar.refresh_choices()
        except Exception as exc:
            if not self.ops.is_connection_error(exc):
                raise

    def _default_quarter(self) -> Quarter | None:
        if not self.year:
            return None
        import datetime as dt

        today = Quarter.from_date(dt.date.today())
        return today if today.year == self.year else Quarter(self.year, 4)

    def _set_at(self, q: Quarter) -> None:
        self.project_model.at = q
        self.project_foot.later()  # 截至 that quarter
        self.targets_model.set_at(q)
        self.units_view.set_at(q)
        self.filter_bar.set_at(q)
        self.timeline.set_at(q)

    def _page_changed(self, _i: int) -> None:
        page = self.stack.currentWidget()
        self.filter_bar.setVisible(page in (self.projects_page, self.timeline))
        if hasattr(self, "add_action"):  # 新增 (Ctrl+N) adds what the page lists
            self.add_action.setText({self.targets_page: self.tr("新增目标…"), self.indicators_page: self.tr("新增指标…")}
                                    .get(page, self.tr("新增项目…")))
            # no plan yet: nothing to add a project or a target to (an indicator table imported alone takes one)
            self.add_action.setEnabled(not self.read_only and (
                bool(self.year) or (page is self.indicators_page and bool(self.indicators_model.year))))
            # 移出计划 beside it follows too: on 举措与目标 it offered to take a project off the plan (and said to
            # choose one on the project list); there it deletes the chosen targets, as the rows' menu does. Del
            # stays bound to the project list and timeline only: on the other tables it clears a cell.
            rows = {self.targets_page: self.tr("删除所选目标…"), self.indicators_page: self.tr("删除所选指标…")}
            self.delete_action.setText(rows.get(page, self.tr("移出计划…")))
            self.delete_action.setShortcut(QKeySequence.Delete if page not in rows else QKeySequence())
            self.delete_action.setEnabled(not self.read_only and bool(
                self.indicators_model.year if page is self.indicators_page else self.year))
        # the navigation points at the page shown (a shortcut or a link left it on the page before); a zone
        # or a section already chosen there stays
        what = {self.projects_page: ("projects", self.year, None, None),
                self.targets_page: ("targets", self.year, None),
                self.indicators_page: ("indicators", self.indicators_model.year),
                self.dashboard: ("dashboard", self.year), self.timeline: ("timeline", self.year),
                self.units_view: ("units", self.year)}.get(page)
        item = self.nav.currentItem()
        current = item.data(0, NAV_ROLE) if item is not None else None
        if what is not None and (not current or current[0] != what[0]
                                 and not (current[0] == "part" and what[0] == "targets")):
            self.nav.select(what)

    def _select_in_table(self, pid: int) -> None:
        row = self.project_model.row_of(pid)
        if row is not None:
            self.project_table.selectRow(row)
            self.project_table.scrollTo(self.project_model.index(row, 1))

    def _table_row_changed(self, current, _previous) -> None:
        pid = self.project_model.project_id(current.row()) if current.isValid() else None
        if pid is not None and pid != self.timeline.selected:
            self.timeline.select(pid)

    def _open_project(self, pid: int, like=None):
        """The project window of ``pid`` (in the place and at the tab of ``like``, the window it follows on 下一个),
        its 上一个 / 下一个 going along the project list as it is filtered and sorted."""
        from .project_dialog import ProjectDialog

        dialog = ProjectDialog(self.ops, pid, self.year, self, editable=not self.read_only, at=self.project_model.at)
        ids = self.project_model.ids()
        where = {p: i for i, p in enumerate(ids)}
        dialog.set_place(where.get(pid), len(ids))
        dialog.neighbour = lambda p, k: (ids[where[p] + k] if p in where and 0 <= where[p] + k < len(ids)
                                         else None)
        dialog.step_asked.connect(lambda target: self._open_project(target, like=dialog))
        dialog.finished.connect(dialog.deleteLater)  # one window a project opened: not kept once closed
        if like is not None:
            dialog.setGeometry(like.geometry())
            dialog.tabs.setCurrentIndex(like.tabs.currentIndex())  # still on 季度投资, the figures typed there
            row = self.project_model.row_of(pid)
            if row is not None:  # the list follows, so the planner sees where they are
                self.project_table.setCurrentIndex(self.project_model.index(row, self.project_model.keys.index("name")))
        dialog.open()
        dialog.start_focus(like)
        return dialog

    def _say_if_empty(self) -> None:
        """An empty list or timeline says what narrows it, with a link clearing that (the 已完成 ones before any is
        done looked like a plan whose projects were gone), or that the year has no project yet."""
        if not self.year:
            return
        words = self.filter_bar.narrowing(with_zone=True, widening=False)
        narrowed = self.tr("没有符合筛选条件的项目（%1）").replace("%1", words) if words else ""
        nothing = self.tr("%1年的计划中还没有重点项目。可以用“新增项目”逐个添加，或用“导入表格”导入重点项目表。").replace(
            "%1", str(self.year))
        clear = self.tr("清除筛选")
        self.list_note.say(self.project_model.total() == 0, narrowed, nothing, clear)
        self.timeline_note.say(self.timeline.loaded and not self.timeline.project_count(), narrowed, nothing, clear)

    def selected_project_ids(self) -> list[int]:
        rows = chosen_rows(self.project_table)
        return [pid for pid in (self.project_model.project_id(r) for r in rows) if pid is not None]

    def add_row(self):
        """新增 (Ctrl+N) on the page shown: a target on 举措与目标, an indicator on an indicator table, else a
        project."""
        page = self.stack.currentWidget()
        if page is self.targets_page:
            return self.row_edits.ask_target()
        if page is self.indicators_page:
            return self.row_edits.ask_indicator()
        return self.ask_project()

    def ask_project(self):
        """新增项目…: the name, zone and unit, and what the plan has by that name (ui/new_project.py)."""
        from .new_project import NewProjectDialog

        if self.read_only or not self.year:
            return None
        dialog = NewProjectDialog(self)
        dialog.open()
        dialog.name.setFocus()
        return dialog

    def add_project(self, name: str, fields: dict | None = None) -> int | None:
        """A new project on the year's list: in the zone and area the list shows, unless ``fields`` say."""
        if not self.year or not name or not name.strip():
            return None
        if fields is None:
            f = self.filter_bar.current()
            zone = f.zone_ids[0] if len(f.zone_ids) == 1 else None
            fields = {"zone_id": zone, "area_id": f.area_ids[0] if len(f.area_ids) == 1 and zone else None}
        fields = {k: v for k, v in fields.items() if v is not None}
        cmd = AddProjectCommand(self.ops, self.year, name.strip(), fields)
        if not push(self.ops, cmd):
            return None
        row = self.project_model.row_of(cmd.project_id)
        if row is not None:
            # on the cell after its name (区域, as the list stands): the project's fields are typed next, from there
            # along the row with Tab — selectRow left the keyboard on its 序号
            shown = visible_columns(self.project_table)
            name = self.project_model.keys.index("name")
            after = shown[shown.index(name) + 1] if name in shown and shown.index(name) + 1 < len(shown) else name
            self.project_table.setCurrentIndex(self.project_model.index(row, after))
            self.project_table.scrollTo(self.project_model.index(row, after))
        return cmd.project_id

    def list_project(self, pid: int, name: str) -> bool:
        """A project of another year's list (or taken off this one) put on the year's list: one undo step."""
        if self.read_only or not self.year or not push(self.ops, ListProjectCommand(self.ops, self.year, pid, name)):
            return False
        self.go_to_project(pid)
        return True

    def _table_in_view(self):
        """The table of the page shown (the projects', the targets', an indicator year's), or None."""
        page = self.stack.currentWidget()
        return {self.projects_page: self.project_table, self.targets_page: self.targets_table,
                self.indicators_page: self.indicators_table}.get(page)

    def copy_cells(self) -> str | None:
        """编辑 → 复制 (Ctrl+C): see ui/cell_paste.py."""
        return self.table_edits.copy()

    def paste_cells(self, text: str | None = None) -> bool:
        """编辑 → 粘贴 (Ctrl+V): see ui/cell_paste.py."""
        return self.table_edits.paste(text)

    def clear_cells(self) -> bool:
        """Del on 举措与目标 or an indicator table: see ui/cell_paste.py."""
        return self.table_edits.clear()

    def bulk_edit(self, key: str | None = None, value=None) -> bool:
        """Set one column of every selected project (one undo step)."""
        if key is None and not self._projects_in_sight():
            return False
        rows = chosen_rows(self.project_table)
        if not rows:
            return False
        if key is None:
            from .bulk_dialog import BulkEditDialog

            current = self.project_table.currentIndex()
            dialog = BulkEditDialog(self.project_model, len(rows), self,
                                    key=self.project_model.keys[current.column()] if current.isValid() else None)
            dialog.accepted.connect(lambda: self.bulk_edit(dialog.key(), dialog.value()))
            dialog.open()
            return False
        from .cell_paste import long_write

        try:
            with long_write(self, len(rows), self.tr("正在批量修改…")) as box:
                ok = self.project_model.bulk_set(rows, key, value)
                if box is not None and box.wasCanceled():
                    self.statusBar().showMessage(self.tr("已停止批量修改，未写入任何内容"), 8000)
                return ok
        except ValueError as exc:
            self._show_failure(str(exc))
            return False

    def _projects_in_sight(self) -> bool:
        """Whether the projects chosen are on the page shown (their list, the timeline): an action on "the chosen
        projects" never works on a choice made on a page out of sight; said when it would."""
        if self.stack.currentWidget() in (self.projects_page, self.timeline):
            return True
        self.statusBar().showMessage(self.tr("请在重点项目表或进度时间轴上选择项目"), 8000)
        return False

    def _page_table(self, page):
        return self.targets_table if page is self.targets_page else self.indicators_table

    def remove_selected(self, reason: str | None = None) -> bool:
        page = self.stack.currentWidget()
        if page in (self.targets_page, self.indicators_page):  # the toolbar's 删除所选目标… / 删除所选指标…
            if self.row_edits.ask_remove(self._page_table(page)) is not None:
                return True
            if not self.read_only:
                self.statusBar().showMessage(self.tr("请先在表中选择要删除的行"), 8000)
            return False
        if not self._projects_in_sight():
            return False
        ids = self.selected_project_ids()
        if not self.year:
            return False
        if not ids:  # the toolbar's 移出计划 with no row chosen did nothing, and said nothing
            if not self.read_only:
                self.statusBar().showMessage(self.tr("请先选择要移出计划的项目"), 8000)
            return False
        if reason is None:
            reason, ok = QInputDialog.getText(
                self, self.tr("移出计划"),
                self.tr("将 %1 个项目移出%2年计划（记录保留，可撤销）。原因：").replace("%1", str(len(ids)))
                .replace("%2", str(self.year)))
            if not ok:
                return False
        return push(self.ops, RemoveProjectsCommand(self.ops, self.year, ids, reason or None))

    def import_file(self, path: str | None = None):
        """Choose a spreadsheet (or several), preview it, and import it on confirmation: ui/window_imports.py."""
        return self.imports.ask(path)

    def _plans_changed(self, cs) -> None:
        """Undoing the import that made the year's plan takes the plan away: the window moves on (to the latest year
        left, or the no-plan page); redoing it makes the plan again: the window shows it."""
        if cs.deleted.get("plan") and self.year is not None:
            self._year_gone()
        elif cs.inserted.get("plan") and self.year is None and not self.imports.showing():
            self.nav.fill()
            # its measures and targets when that is what it made (a plan report), else its project list
            made = {"measures"} if cs.inserted.get("measure_target") and not cs.inserted.get("plan_entry") else set()
            self.imports.first_plan(imported=made)
        elif (cs.inserted.get("section") or cs.deleted.get("section") or cs.updated.get("section")) \
                and not self.imports.showing():
            self.nav.fill()  # a section typed in with its first measure, renamed (or that undone): the tree follows
        elif (cs.inserted.get("key_project") or cs.updated.get("key_project") or cs.deleted.get("key_project")
              or cs.inserted.get("area")) and self.year is not None and not self.imports.showing():
            self.nav.fill_if_changed()  # a project put in a zone none had: the zone is listed now (or no longer)

    def open_current_project(self):
        """打开项目… (Ctrl+Enter): the project window of the list's current row."""
        index = self.project_table.currentIndex()
        pid = self.project_model.project_id(index.row()) if index.isValid() else None
        return self._open_project(pid) if pid is not None else None

    def _open_detail(self, index) -> None:
        if self.project_model.keys[index.column()] == "name" and index.isValid():
            pid = self.project_model.project_id(index.row())
            if pid is not None:
                self._open_project(pid)

    def merge_selected(self):
        """Two projects chosen in the list that are one: the upper one kept, the lower merged into it (the box
        can turn it round)."""
        from .merge_box import ask_merge

        if not self._projects_in_sight():
            return None
        ids = self.selected_project_ids()
        if len(ids) != 2 or not self.year:
            self.statusBar().showMessage(self.tr("请选中要合并的两个项目（按住 Ctrl 点选）"), 5000)
            return None
        return ask_merge(self, self.ops, self.year, ids[0], ids[1])

    def _show_cell_error(self, index, message: str) -> None:
        view = {self.project_model: self.project_table, self.targets_model: self.targets_table,
                self.indicators_model: self.indicators_table}.get(index.model())
        if view is not None and index.isValid():
            rect = view.visualRect(view.model().index(index.row(), index.column()))
            QToolTip.showText(view.viewport().mapToGlobal(rect.bottomLeft()), problem_text(message), view)
        self.statusBar().showMessage(problem_text(message), 8000)

    def _show_failure(self, message: str) -> None:
        message = problem_text(message)
        self.statusBar().showMessage(message, 10000)
        box = QMessageBox(QMessageBox.Warning, self.tr("未能保存"), message, QMessageBox.Ok, self)
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.setObjectName("failureBox")
        box.open()  # not exec(): the app (and a test) keeps running

    def _show_kept(self, message: str) -> None:
        """A change kept to be written later (the server out of reach, a colleague writing): not a failure. Said
        in a box for the first change kept; those kept after it move the count in the status bar, and in the box
        while it is open (a window-modal box a change had the planner close one before typing each next cell)."""
        self.statusBar().showMessage(message, 0)  # stays until they are written (_kept_written)
        box = self.findChild(QMessageBox, "keptBox")
        if box is None:
            box = QMessageBox(QMessageBox.Information, self.tr("修改已暂存"), message, QMessageBox.Ok, self)
            box.setObjectName("keptBox")
        box.setText(message)
        if not box.isVisible() and not box.property("said"):
            box.setProperty("said", True)
            box.open()  # not exec(): the app (and a test) keeps running

    # -- sharing ------------------------------------------------------------
    def _apply_read_only(self) -> None:
        """A viewer sees everything and can change nothing; the database enforces it too."""
        ro = self.read_only
        for a in (self.add_action, self.delete_action, self.import_action, self.new_plan_action, self.bulk_action,
                  self.merge_action, self.remove_plan_action):
            a.setEnabled(not ro)
        if not self.year:  # nothing to print, take off or carry over before a plan is imported
            for a in (self.delete_action, self.new_plan_action, self.bulk_action, self.merge_action,
                      self.remove_plan_action, self.print_action, self.figures_action):
                a.setEnabled(False)
        for m in (self.project_model, self.targets_model, self.indicators_model):
            m.read_only = ro
        self.timeline.editable = not ro
        self.units_view.read_only = ro
        if isinstance(self.dashboard, DashboardView):
            self.dashboard.set_read_only(ro)
        role = self.db.role()
        if ro:
            self.role_label.setText(self.tr("只读：%1 只能查看").replace("%1", role))
        elif not self.db.is_sqlite:
            self.role_label.setText(self.tr("共享数据库：%1 可编辑").replace("%1", role))

    def read_again(self) -> None:
        """Every list and view read again (others changed the plan), keeping the planner's selection and scroll
        position."""
        selected = self.selected_project_ids()
        current_col = self.project_table.currentIndex().column()
        scroll = self.project_table.verticalScrollBar().value()
        self.project_model.reload()
        for pid in selected:
            row = self.project_model.row_of(pid)
            if row is not None:
                self.project_table.selectionModel().select(
                    self.project_model.index(row, 0),
                    QItemSelectionModel.Select | QItemSelectionModel.Rows)
                if pid == selected[0]:
                    self.project_table.setCurrentIndex(self.project_model.index(row, max(current_col, 0)))
        self.project_table.verticalScrollBar().setValue(scroll)
        self.targets_model.reload()
        self.indicators_model.reload()
        if self.year:
            self.dashboard.refresh()
        self.units_view.refresh()  # counted now if shown, else when next shown
        self.timeline.reload()
        self._choices_timer.start()  # a class or level someone else typed is offered too

    def _year_gone(self) -> bool:
        """Whether the year shown was removed (by a colleague, or by undoing the import that made it): then the window
        moves to the latest year left, or to the page that says how to get a plan in."""
        with self.db.read() as s:
            years = plan_years(s)
        if self.year is None or self.year in years:
            return False
        if hasattr(self, "others"):
            self.others.timer.stop()
        if years:
            self.open_year(years[-1], None, self.tr("%1年计划已被他人删除").replace("%1", str(self.year)))
        else:  # the window built again finds no year: the no-plan page
            self.open_year(self.year, None, self.tr("%1年计划已不在数据库中").replace("%1", str(self.year)))
        return True

    def _where_text(self, db) -> str:
        """Where the plan is, as a planner says it: the file, or the shared database by its name, server and user
        (its address read "postgresql+psycopg://…", the driver's spelling)."""
        if db.is_sqlite:
            return self.tr("数据库：%1").replace("%1", db.display_name)
        u = db.engine.url
        server = f"{u.host or 'localhost'}:{u.port}" if u.port else (u.host or "localhost")
        return (self.tr("共享数据库：%1（服务器 %2，用户 %3）").replace("%1", u.database or "")
                .replace("%2", server).replace("%3", u.username or ""))

    def _connection_lost(self, count: str) -> None:
        if self.ops.kept_on_disk():  # a closed or killed program loses none of them: no need to ask it stay open
            text = self.tr("与数据库的连接中断。您的修改（%1 项）已暂存在本机，连接恢复后会自动写入；"
                           "即使关闭程序也不会丢失，下次打开这个数据库时可以写入。")
        else:
            text = self.tr("与数据库的连接中断。您的修改（%1 项）已暂存，连接恢复后会自动写入；请勿关闭程序。")
        self._show_kept(text.replace("%1", count))

    def _held_back(self, count: str) -> None:
        # a colleague's long import (or another program's) holds the plan: the change waits for it, not the window
        if self.ops.kept_on_disk():
            text = self.tr("计划正由另一位同事或另一个程序写入（如导入一份大表）。您的修改（%1 项）已暂存在本机，"
                           "对方写完后会自动写入；即使关闭程序也不会丢失，下次打开这个数据库时可以写入。")
        else:
            text = self.tr("计划正由另一位同事或另一个程序写入（如导入一份大表）。您的修改（%1 项）已暂存，"
                           "对方写完后会自动写入；请勿关闭程序。")
        self._show_kept(text.replace("%1", count))

    def _kept_written(self) -> None:
        text = (self.tr("对方已写完，暂存的修改已写入") if self.ops.waiting_for == "writer"
                else self.tr("连接已恢复，暂存的修改已写入"))
        if self.ops.refused:  # (a colleague changed the same value meanwhile: each said in its own box)
            text = (self.tr("对方已写完；暂存的修改中有%1项未能写入，原因见提示") if self.ops.waiting_for == "writer"
                    else self.tr("连接已恢复；暂存的修改中有%1项未能写入，原因见提示")).replace("%1", str(self.ops.refused))
        self.statusBar().showMessage(text, 10000)
        box = self.findChild(QMessageBox, "keptBox")
        if box is not None:  # its count is out of date; the next change kept is said in it again
            box.close()
            box.setProperty("said", False)

    # -- state --------------------------------------------------------------
    def _restore_state(self) -> None:
        geo = self.settings.value("window/geometry")
        if isinstance(geo, QByteArray):
            self.restoreGeometry(geo)
        else:
            screen = self.screen().availableGeometry() if self.screen() else None
            if screen is not None:
                self.resize(min(1400, int(screen.width() * 0.92)), min(900, int(screen.height() * 0.9)))
                self.move(screen.center() - self.rect().center())
            else:
                self.resize(1280, 760)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        split = self.settings.value("window/splitter")
        if isinstance(split, QByteArray):
            self.splitter.restoreState(split)

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.sync()

    # -- files dropped on the window ---------------------------------------
    def dragEnterEvent(self, event) -> None:
        if self.imports.tables_in(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        """附件1 and 附件2 dropped together are previewed one after the other."""
        paths = self.imports.tables_in(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.imports.queue(paths)

    def closeEvent(self, event) -> None:
        if self.pending.hold_close():
            event.ignore()  # the changes kept while the connection is down: write, keep for next time, or lose
            return
        self.save_state()
        self._let_go()
        super().closeEvent(event)

    def _let_go(self) -> None:
        """A window closing for good (another plan, year or language opened; the program ending) reads no more:
        its timers stop (a sums line or a timeline catching up read the old plan after it was closed, opening its
        file again), and its watcher's own connection (the plan file; a shared database's LISTEN) is closed."""
        for timer in self.findChildren(QTimer):
            timer.stop()
        if getattr(self, "others", None) is not None:
            self.others.stop()


_collector = None


def _collect_garbage_in_this_thread() -> None:
    """Python's cycle collector runs in whatever thread happens to allocate: in a worker (an export, a backup) it
    freed a Qt object a right-click menu had left in a cycle, while the window's thread was deleting that menu —
    each thread held what the other waited for, and the program froze (seen in a test run: QObject::~QObject on
    both threads, one waiting for the GIL). pyqtgraph's GarbageCollector turns the automatic collection off and
    collects on a timer in the window's thread instead, once per process."""
    global _collector
    if _collector is None:
        from pyqtgraph.util.garbage_collector import GarbageCollector

        _collector = GarbageCollector(interval=1.0)
