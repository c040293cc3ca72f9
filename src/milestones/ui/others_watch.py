"""Watching the open plan for what others did to it: a colleague's change on a shared plan (or another program's on
the same file) shown within two seconds, and the plan file deleted, moved away or replaced while open.

store/watch.py tells whether anything changed; the window reads its lists again (keeping the planner's place).
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox

from ..store.watch import ChangeWatcher


class OthersWatch(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.db = window.db
        self.watcher = ChangeWatcher(self.db)
        self.watcher.poll()
        self.timer = QTimer(self)
        self.timer.setInterval(2000)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        self.file_gone_box: QMessageBox | None = None

    def check(self) -> bool:
        """Show what others changed (True when something was shown), keeping the planner's selection and scroll
        position."""
        w = self.window
        if not w.read_only and self.db.file_gone():
            self.file_gone()
            return False
        if not self.watcher.poll():
            if self.watcher.error and not self.db.is_sqlite:
                w.statusBar().showMessage(self.tr("与共享数据库的连接中断，正在重试…"), 3000)
            return False
        if w._year_gone():
            return True
        w.nav.fill_if_changed()  # a colleague opened or removed a year, added or renamed a section or an area
        w.read_again()
        w.others_changed.emit()
        w.statusBar().showMessage(self.tr("已显示他人的最新修改"), 5000)
        return True

    def file_gone(self) -> None:
        """The plan file was deleted, moved away or replaced while open: nothing more can be saved to it (the store
        refuses it), so the window only shows the plan, and offers to save it as it is open."""
        w = self.window
        w.read_only = True
        w._apply_read_only()
        w.role_label.setText(self.tr("计划文件已不在原处：只能查看"))
        box = QMessageBox(QMessageBox.Warning, self.tr("计划文件已不在原处"), self.tr(
            "计划文件 %1 已被删除、移走或被另一个文件替换。打开着的计划仍然完整，但修改已无法保存到这个文件，"
            "现在只能查看。\n\n请把它另存为新文件，程序随即打开新文件，可以继续工作。").replace("%1", str(self.db.path)),
            QMessageBox.Close, w)
        box.setObjectName("fileGoneBox")
        save = box.addButton(self.tr("另存为…"), QMessageBox.AcceptRole)
        save.clicked.connect(lambda: self.save_gone_plan())
        box.open()
        self.file_gone_box = box

    def save_gone_plan(self, path: str | None = None):
        """另存为…: the plan as it was opened, to a new file, then opened in its place."""
        task = self.window.backups.ask(path)
        if task is not None:
            task.succeeded.connect(lambda made: self.window.open_database_requested.emit(str(made.path)))
        return task

    def stop(self) -> None:
        """No more reading (the window closes for good, or moves to another year): the timer stops and the watcher's
        own connection (the plan file; a shared database's LISTEN) is closed."""
        self.timer.stop()
        self.watcher.close()
