"""The window's files and plans: export and print what is in view, open another plan database or a shared one, make a
new one, start next year's plan. Mixed into :class:`~milestones.ui.main_window.MainWindow`, whose views it reads.

Its words are the window's (``App.translate("MainWindow", …)``, not ``self.tr``): lupdate files a
``self.tr`` under the class it is written in, and Qt looks it up under the window's class, MainWindow.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication as App  # App.translate: see above
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from ..domain.quarter import Quarter
from ..store.schema import IndicatorYear, Plan
from .targets_model import REVISIONS_LISTED


class WindowFiles:
    """Files, databases and plans (mixed into MainWindow)."""

    def export_file(self, kind: str | None = None, at: Quarter | None = None):
        """The export dialog, on ``kind`` at quarter ``at`` when given (the dashboard's report, which
        counts the whole plan: the list's filter does not narrow it)."""
        from .export_dialog import ExportDialog

        selection = self.filter_bar.selection() if kind is None else None
        bar = self.filter_bar
        narrowed = bar.narrowing(without=(bar.area, bar.project_class, bar.unit)) if kind is None else ""
        kind, year = (kind, self.year) if kind else self._table_shown()
        # the targets listed by 完成时限已调整 or 目标已调整: their 调整表 is what is asked for
        revised = kind == "measures" and self.stack.currentWidget() is self.targets_page \
            and self.targets_page.current_filter().standing in REVISIONS_LISTED
        dialog = ExportDialog(self.ops, year, self, selection=selection, kind=kind, at=at,
                              in_view=bar.current() if narrowed else None, narrowed=narrowed, revised=revised)
        dialog.exported.connect(lambda out: self.statusBar().showMessage(
            App.translate("MainWindow", "已导出到 %1").replace("%1", out), 10000))
        dialog.open()
        return dialog

    def _table_shown(self) -> tuple[str | None, int | None]:
        """The attachment (and its year) the page shown is a table of: 导出表格 on 举措与目标 offered the key
        projects. An indicator year with figures reported is that year's 附件1 (完成情况), one without them its
        附件2 (targets, with last year's figures beside them)."""
        page = self.stack.currentWidget()
        if page is self.targets_page:
            return "measures", self.year
        m = self.indicators_model
        if page is self.indicators_page and m.year:
            done = any(r["actual"] is not None or r["actual_text"] or r["status"] for r in m.all_rows)
            return ("indicator_results" if done else "indicator_targets"), m.year
        return None, self.year

    def print_timeline(self):
        from ..app import bundled_font_families
        from .print_dialog import PrintDialog

        if not self.year:
            return None
        with self.db.read() as s:
            plan = s.scalars(select(Plan).where(Plan.year == self.year)).first()
        families = bundled_font_families()
        dialog = PrintDialog(self.ops, self.year, plan.title, plan.issuing_office or "", self.settings,
                             families[0] if families else None, self,
                             zone=self.filter_bar.selection()[0] or self.timeline.zone(),  # the zone in view
                             in_view=self.filter_bar.current(), narrowed=self.filter_bar.narrowing(),
                             order=self.timeline.order(),  # as the screen shows the rows
                             chosen=tuple(self.selected_project_ids()))
        dialog.written.connect(self._say_written)
        dialog.open()
        return dialog

    def _say_written(self, files: list) -> None:
        """The printout's files on the status bar."""
        from ..timeline.print import files_in_brief

        n = len(files)  # lupdate skips a translate() whose count is a call
        text = (App.translate("MainWindow", "已生成 %1") if n <= 2
                else App.translate("MainWindow", "已生成%n页：%1", "", n))
        self.statusBar().showMessage(text.replace("%1", files_in_brief(files)), 10000)

    def connect_shared(self) -> None:
        from .connect_dialog import ConnectDialog

        dialog = ConnectDialog(self.settings, self)
        dialog.accepted.connect(lambda: self.open_database_requested.emit(dialog.url()))
        dialog.open()

    def open_database(self, folder: str = "") -> None:
        from PySide6.QtWidgets import QFileDialog

        if not folder and self.db.path is not None:
            folder = str(self.db.path.parent)  # plans are kept together: not the folder the program started in
        path, _ = QFileDialog.getOpenFileName(self, App.translate("MainWindow", "打开计划数据库"), folder,
                                              App.translate("MainWindow", "计划数据库 (*.db *.sqlite);;所有文件 (*)"))
        if path:
            self.open_database_requested.emit(path)

    def new_database(self, then_import: str = "") -> None:
        """文件 → 新建计划数据库…: an empty plan file, for an office whose plan is not the bundled one (the first
        start makes the bundled 2024 plan, and only the command line's --empty made a file without it). Never
        over an existing file: that may be a plan, and "replace?" would lose it. ``then_import``: a table to
        import into it once open (the import preview's 导入到新建的计划数据库… for another district's table)."""
        from PySide6.QtWidgets import QFileDialog

        here = self.db.path
        folder = here.parent if here is not None else Path.home()
        path, _ = QFileDialog.getSaveFileName(self, App.translate("MainWindow", "新建计划数据库"),
                                              str(folder / App.translate("MainWindow", "新计划.db")),
                                              App.translate("MainWindow", "计划数据库 (*.db *.sqlite)"),
                                              options=QFileDialog.DontConfirmOverwrite)
        if not path:
            return
        chosen = Path(path)
        if chosen.suffix.lower() not in (".db", ".sqlite", ".sqlite3"):  # "计划（2025.3）": shown by 打开数据库 too
            chosen = chosen.with_name(chosen.name + ".db")
        if chosen.exists():
            box = QMessageBox(QMessageBox.Information, App.translate("MainWindow", "新建计划数据库"), App.translate(
                "MainWindow", "%1 已经存在。新建不会覆盖已有的文件：可以打开它，或换一个文件名新建。").replace("%1", str(chosen)),
                QMessageBox.Cancel, self)
            box.setObjectName("databaseExistsBox")
            box.addButton(App.translate("MainWindow", "打开它"), QMessageBox.AcceptRole).clicked.connect(
                lambda: self.import_elsewhere_requested.emit(str(chosen), then_import) if then_import
                else self.open_database_requested.emit(str(chosen)))
            box.addButton(App.translate("MainWindow", "换一个文件名…"), QMessageBox.ActionRole).clicked.connect(
                lambda: QTimer.singleShot(0, self, lambda: self.new_database(then_import)))
            box.open()
            return
        if then_import:
            self.import_elsewhere_requested.emit(str(chosen), then_import)
        else:
            self.new_database_requested.emit(str(chosen))

    def new_plan(self) -> None:
        from ..store.changes import EditError, start_next_plan

        if not self.year:
            return
        with self.db.read() as s:  # a plan with no indicator table: the box promised to carry one over
            indicators = s.scalar(select(func.count()).select_from(IndicatorYear)
                                  .where(IndicatorYear.year == self.year))
        text = App.translate("MainWindow", "新建%1年计划，并把%2年未完工的项目结转？已开工的列为续建；%2年计划新开工而未填实际开工的仍列为新开工，"
                                           "前期项目仍为前期。\n\n截至上年底累计完成投资按%2年各季度完成投资累计。")
        if indicators:
            text += App.translate("MainWindow", "%2年的指标带入%1年指标表，上年完成已填，目标待定。")
        answer = QMessageBox.question(self, App.translate("MainWindow", "新建下一年度计划"),
                                      text.replace("%1", str(self.year + 1)).replace("%2", str(self.year)))
        if answer != QMessageBox.Yes:
            return
        try:
            self.ops.run(start_next_plan, self.year)
        except EditError as exc:
            self._show_failure(str(exc))
            return
        self.nav.fill()
        self.open_year(self.year + 1, ("dashboard", self.year + 1),
                       App.translate("MainWindow", "已新建%1年计划：可导入%1年的计划报告，或在“编辑 → 计划数…”中填写计划数；"
                                                   "如是误建，可用“文件 → 删除年度计划…”删除").replace("%1", str(self.year + 1)))

    def open_year(self, year: int, what: tuple | None = None, notice: str = "") -> None:
        """Show ``year``'s plan (at navigation item ``what``): the application builds the window anew for it."""
        self.year_requested.emit(year, what, notice)
