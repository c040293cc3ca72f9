"""Changes that could not reach the database (a shared plan's server down, the network gone): what the window asks
when it closes with some waiting, and what it offers when it opens with some an earlier session kept.

The changes themselves are kept by ui/operations.py (in memory, and on this computer's disk where it can); these
boxes only let the planner choose: write them now, keep them for the next opening, or give them up.
"""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from .boxes import say


class PendingChanges(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.ops = window.ops
        self.closing_anyway = False  # the planner chose to close (or the program replaces the window): no asking
        self.close_box: QMessageBox | None = None  # the boxes shown last (a test reads them)
        self.kept_box: QMessageBox | None = None
        self.unreadable_box: QMessageBox | None = None

    def hold_close(self) -> bool:
        """Whether closing waits for the planner's answer about changes not written (then the box is shown).
        Handed over to the window that replaced this one, they are that window's."""
        if self.ops.pending and self.ops.parent_widget is self.window and not self.closing_anyway:
            self.ask_on_close()
            return True
        return False

    def ask_on_close(self) -> QMessageBox:
        """Closing while changes wait for the connection: try once more, close keeping them on this computer
        for the next time the database opens, close losing them, or stay."""
        n = len(self.ops.pending)
        kept = self.ops.kept_on_disk()
        if self.ops.waiting_for == "writer":  # a colleague's long import, or another program's write
            text = (self.tr("计划正由另一位同事或另一个程序写入，还有%1项修改没有写入。它们已暂存在本机，下次打开这个数据库时"
                            "可以写入。") if kept
                    else self.tr("计划正由另一位同事或另一个程序写入，还有%1项修改没有写入。现在关闭，这些修改将丢失。"))
        else:
            text = (self.tr("与数据库的连接中断，还有%1项修改没有写入。它们已暂存在本机，下次打开这个数据库时可以写入。")
                    if kept else self.tr("与数据库的连接中断，还有%1项修改没有写入。现在关闭，这些修改将丢失。"))
        box = QMessageBox(QMessageBox.Warning, self.tr("修改尚未写入"), text.replace("%1", str(n)),
                          QMessageBox.NoButton, self.window)
        box.setObjectName("pendingOnClose")
        retry = box.addButton(self.tr("再试写入"), QMessageBox.AcceptRole)
        if kept:
            later = box.addButton(self.tr("关闭，下次打开时写入"), QMessageBox.AcceptRole)
            later.clicked.connect(self._close_keeping)
        lose = box.addButton(self.tr("放弃修改并关闭"), QMessageBox.DestructiveRole)
        stay = box.addButton(self.tr("不关闭"), QMessageBox.RejectRole)
        box.setDefaultButton(stay)
        retry.clicked.connect(self._retry_then_close)
        lose.clicked.connect(self._close_losing)
        self.close_box = box
        box.open()  # not exec(): the window (and a test) keeps running
        return box

    def _retry_then_close(self) -> None:
        self.ops.retry_pending()
        if not self.ops.pending:
            self.window.close()
        else:
            self.window.statusBar().showMessage(self.tr("对方仍在写入，修改继续暂存") if self.ops.waiting_for == "writer"
                                                else self.tr("仍无法连接数据库，修改继续暂存"), 10000)

    def _close_losing(self) -> None:
        self.ops.discard_pending()  # from disk too: not offered again next time
        self.closing_anyway = True
        self.window.close()

    def _close_keeping(self) -> None:
        self.closing_anyway = True  # the file on this computer holds them for the next opening
        self.window.close()

    def offer_kept(self) -> QMessageBox | None:
        """Changes an earlier session kept on this computer while this database could not be reached and never
        wrote (the program was closed or killed meanwhile): write them now, later, or give them up. None when
        there are none."""
        commands, unreadable = self.ops.kept_from_last_time()
        if unreadable:  # moved aside: said, with where, and the readable ones still offered after
            box = self.unreadable_box = say(self.window, QMessageBox.Warning, self.tr("上次未写入的修改"), self.tr(
                "上次断线时暂存在本机的修改无法读取，文件已另存为：\n%1").replace("%1", "\n".join(map(str, unreadable))),
                "keptUnreadable")
            if commands:
                box.finished.connect(lambda _r: self._ask_kept(commands))
            return box
        return self._ask_kept(commands) if commands else None

    def _ask_kept(self, commands: list) -> QMessageBox:
        shown = ["· " + c.text() for c in commands[:8]] + (["…"] if len(commands) > 8 else [])
        box = QMessageBox(QMessageBox.Question, self.tr("上次未写入的修改"), self.tr(
            "上次有%1项修改暂存在本机，没有写入（当时数据库连接中断，或同事正在写入）：").replace("%1", str(len(commands)))
            + "\n" + "\n".join(shown) + "\n\n" + self.tr("现在写入？同事已改过的同一处会提示冲突，不会覆盖。"),
            QMessageBox.NoButton, self.window)
        box.setObjectName("keptChanges")
        write = box.addButton(self.tr("写入"), QMessageBox.AcceptRole)
        # 以后再说: they stay in this program's file (Operations.deferred), offered at the next opening
        box.addButton(self.tr("以后再说"), QMessageBox.RejectRole)
        drop = box.addButton(self.tr("放弃这些修改"), QMessageBox.DestructiveRole)
        box.setDefaultButton(write)
        write.clicked.connect(lambda: self._write_kept(commands))
        drop.clicked.connect(self.ops.discard_pending)
        self.kept_box = box
        box.open()  # not exec(): the window (and a test) keeps running
        return box

    def _write_kept(self, commands: list) -> None:
        self.ops.take_over(commands)
        if not self.ops.pending:
            self.window.statusBar().showMessage(self.tr("上次暂存的修改已写入"), 8000)
