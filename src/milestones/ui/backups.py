"""文件 → 备份数据库… and 打开自动备份…: the window's side of store/backup.py.

A copy is taken off the GUI thread (seconds for a large shared plan) while the plan stays open and in use;
a box says where it went and what it holds once it is checked, or why it was not made.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from .boxes import say
from .worker import Task


class Backups(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.box: QMessageBox | None = None  # the last box said (a test reads it)

    def open_daily(self) -> None:
        """打开自动备份…: a daily copy chosen in its folder (yesterday's plan, before a wrong import)."""
        from ..store.backup import backups_folder

        folder = backups_folder()
        folder.mkdir(parents=True, exist_ok=True)
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("打开自动备份"), str(folder),
                                              self.tr("计划数据库 (*.db)"))
        if path:
            self.restore(path)

    def restore(self, path: str):
        """The copy brought back as a new plan file and opened: the backup stays as it was (and the days'
        pruning never removes the file being worked in); the plan open before is not touched."""
        from ..store.backup import restore_copy
        from ..store.database import StoreError

        try:
            made = restore_copy(path)
        except StoreError as exc:
            self._failed(str(exc), self.tr("无法恢复"))
            return None
        self.window.open_database_requested.emit(str(made.path))
        return made

    def ask(self, path: str | None = None) -> Task | None:
        """备份数据库…: where to (``path`` given: there), then the copy."""
        if not path:
            db = self.window.db
            stem = Path(str(db.engine.url.database)).stem if db.is_sqlite else "shared-plan"
            word = self.tr("备份")  # out of the f-string, where lupdate finds it
            start = str(Path.home() / f"{stem}-{word}-{dt.datetime.now():%Y%m%d-%H%M}.db")
            path, _ = QFileDialog.getSaveFileName(self.window, self.tr("备份数据库"), start,
                                                  self.tr("计划数据库 (*.db)"))
        if not path:
            return None
        return self.backup_to(path if path.lower().endswith((".db", ".sqlite")) else path + ".db")

    def backup_to(self, path: str) -> Task:
        """Copy the plan to ``path`` off the GUI thread."""
        from ..store.backup import backup_plan

        db = self.window.db
        self.window.statusBar().showMessage(self.tr("正在备份…"))
        task = Task(lambda progress, cancelled: backup_plan(db, path), parent=self)
        task.succeeded.connect(self._done)
        task.failed.connect(self._failed)
        self.task = task.start()
        return task

    def _done(self, made) -> None:
        text = (self.tr("已备份到 %1（%2个项目），备份文件已校验。").replace("%1", str(made.path))
                .replace("%2", str(made.projects)))
        self._say(QMessageBox.Information, self.tr("备份数据库"), text, "backupDone",
                  self.tr("需要时用“文件 → 打开数据库…”打开这个文件即可。"))

    def _failed(self, why: str, title: str | None = None) -> None:
        from .problem_text import problem_text

        self._say(QMessageBox.Warning, title or self.tr("备份未完成"), problem_text(why), "backupFailed")

    def _say(self, icon, title: str, text: str, name: str, more: str = "") -> None:
        self.window.statusBar().clearMessage()
        self.box = say(self.window, icon, title, text, name, more)
