"""Importing from the window: files chosen (several at once: the forms of many units come back together) or dropped
on it, each previewed in turn (ui/import_dialog.py); after an import, what it changed that a planner asks first —
the lights it moved, what 数据检查 finds new — and the first year's plan shown once an import made it.
"""
from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import func, select

from ..domain.progress import Light
from ..domain.quarter import Quarter
from ..store.schema import IndicatorYear
from .filter_bar import MOVED
from .folders import last_folder, remember_folder
from .lang import language, quarter_label
from .project_model import light_text

# what a planner may drop on the window to import: an old binary .xls, a WPS .et or a Word .doc gets the
# "save it as …" message; an .xls an office system exported as a web page is read, as a saved .html and a
# Word document's tables are
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".ods", ".csv", ".xls", ".et", ".html", ".htm", ".mht", ".mhtml", ".docx",
                        ".doc", ".txt")  # .txt: a plan report's text (its measures and targets), or a table saved as text


class WindowImports(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.waiting: list[str] = []  # files chosen or dropped, still to preview
        self.dialog = None  # the import dialog showing now
        self.after_box: QMessageBox | None = None  # the last box said after an import (a test reads it)

    def ask(self, path: str | None = None):
        """Choose a spreadsheet, preview it, and import it on confirmation."""
        from .import_dialog import ImportDialog

        w = self.window
        if not path:
            # the forms of many units come back at once: several files are previewed one after the other
            paths, _ = QFileDialog.getOpenFileNames(
                w, self.tr("导入附件表格"), str(last_folder(w.settings, "import")),
                self.tr("表格或计划报告 (*.xlsx *.xlsm *.ods *.csv *.xls *.html *.htm *.mht *.docx *.txt);;所有文件 (*)"))
            if not paths:
                return None
            remember_folder(w.settings, "import", paths[0])  # the next quarter's forms come back there too
            if len(paths) > 1 or self.dialog is not None:
                self.queue(paths)
                return self.dialog
            path = paths[0]
        dialog = ImportDialog(w.ops, path, parent=w, at=w.project_model.at)
        dialog.own_database_asked.connect(lambda table: w.new_database(then_import=table))
        w.others_changed.connect(dialog.others_wrote)
        dialog.finished.connect(lambda _r: w.others_changed.disconnect(dialog.others_wrote))
        dialog.imported.connect(lambda _r: (w.filter_bar.refresh_choices(), w.nav.fill(),
                                            self.say_after(dialog), self.first_plan(dialog)))
        dialog.open()
        return dialog

    def tables_in(self, mime) -> list[str]:
        """The files dragged over the window that it can import (none for a viewer)."""
        if self.window.read_only or not mime.hasUrls():
            return []
        return [u.toLocalFile() for u in mime.urls()
                if u.isLocalFile() and u.toLocalFile().lower().endswith(SPREADSHEET_SUFFIXES)]

    def queue(self, paths: list[str]) -> None:
        """附件1 and 附件2 together are previewed one after the other."""
        self.waiting += paths
        if self.dialog is None:
            self.next()

    def next(self) -> None:
        self.dialog = None
        if self.waiting:
            self.dialog = self.ask(self.waiting.pop(0))
            self.dialog.finished.connect(self.next)

    def showing(self) -> bool:
        """An import dialog is open: the year it made is shown when it is done (at its page)."""
        from .import_dialog import ImportDialog

        return any(d.isVisible() for d in self.window.findChildren(ImportDialog))

    def first_plan(self, dialog=None, imported: set[str] | None = None) -> None:
        """An import made the database's first year's plan: the window shows it — its project list, or its measures
        and targets when those were imported (a plan report). An indicator table alone makes no plan: its year's
        table is shown."""
        w = self.window
        if w.year is not None:
            return
        if w.nav.years_shown:
            year = w.nav.years_shown[-1]
            if imported is None:
                tables = dialog.imp.tables if dialog is not None and dialog.imp else []
                imported = {t.kind for t in tables if t.records or t.leaving}
            page = ("projects", year, None, None) if "key_projects" in imported or "measures" not in imported \
                else ("targets", year, None)
            w.open_year(year, page)
            return
        with w.db.read() as s:
            latest = s.scalar(select(func.max(IndicatorYear.year)))
        if latest is not None:
            w.go_to(("indicators", latest))

    def say_after(self, dialog) -> None:
        """A quarter's report imported: which lights it moved, the first thing a planner asks of it, with
        a way to list those projects (the 预警 box keeps them as a choice until the next import); and what
        数据检查 finds now that it did not before (a unit's figures that do not add up), with a way to it."""
        from ..store.checks import NAMES
        from .checks_dialog import finding_key

        w = self.window
        moved, at, new = dialog.lights_moved, dialog.lights_at, dialog.new_findings
        w.filter_bar.set_moved(moved)
        if not moved and not new:
            return
        text = ""
        if moved:
            order = [Light.RED, Light.YELLOW, Light.GREEN, Light.NOT_STARTED, Light.DONE]
            now = Counter(Light(after) for _before, after in moved.values())
            parts = [self.tr("转为%1 %2 个").replace("%1", light_text(light)).replace("%2", str(now[light]))
                     for light in order if now[light]]
            n = len(moved)  # lupdate skips a tr() whose count is a call
            text = (self.tr("截至%1，本次导入使%n个项目的预警有变：", "", n).replace("%1", quarter_label(at))
                    + self.tr("，").join(parts) + self.tr("。"))
        title = self.tr("导入后预警有变") if moved else self.tr("导入后数据检查")
        box = QMessageBox(QMessageBox.Information, title, text, QMessageBox.Close, w)
        box.setObjectName("lightsMovedBox" if moved else "importChecksBox")
        if moved:
            show = box.addButton(self.tr("查看这些项目"), QMessageBox.AcceptRole)
            show.clicked.connect(lambda: self.show_moved(at))
        if new:
            zh = language() == "zh"
            kinds, capped = Counter(f.check for f in new), dialog.capped_checks
            # a check lists at most checks.LIMIT: past it, a count is the least there are, and said so
            said = ("、" if zh else ", ").join(
                (f"{NAMES[k][0]}{c}处" + ("以上" if k in capped else "")) if zh
                else f"{NAMES[k][1]}: {c}" + ("+" if k in capped else "") for k, c in kinds.most_common(3)
            ) + ("…" if len(kinds) > 3 else "")
            found = (self.tr("数据检查发现本次导入带来至少%1处新问题（%2）。") if capped & set(kinds)
                     else self.tr("数据检查发现本次导入带来%1处新问题（%2）。")).replace("%1", str(len(new))).replace("%2", said)
            if moved:
                box.setInformativeText(found)
            else:
                box.setText(found)
            check = box.addButton(self.tr("数据检查…"), QMessageBox.ActionRole)
            check.setObjectName("checksAfterImport")
            brought = {finding_key(f) for f in new}
            check.clicked.connect(lambda: w.show_checks(brought))
        self.after_box = box
        box.open()

    def show_moved(self, at: Quarter) -> None:
        """查看这些项目: the list of the projects whose light the import moved, judged at its quarter."""
        w = self.window
        if w.year and at.year == w.year:
            w.dashboard.set_at(at)  # the list judges the lights at the quarter the import moved them
        w.show_projects()
        w.filter_bar.show_only(None, MOVED)
