"""Cells typed while their change waits to be written (a shared plan's server out of reach, a colleague's long
import holding the plan: ui/operations.py keeps the change and writes it later).

The table reads what is written, so the cell went back to its old value while the banner said the change was
kept: a planner took it for lost and typed it again. Until the change is written (the cell then shows it as read)
or refused (said, and the old value shown), the cell shows what was typed, in italics, its tip saying it waits.
"""
from __future__ import annotations

from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

__all__ = ["WaitingCells", "show_waiting", "waiting_look"]

_INK = QColor("#3a5f8f")  # the blue-grey of something not yet done: not an error's red, not a word's grey


@cache
def _italic() -> QFont:  # (made once, after the application: data() asks for every waiting cell painted)
    font = QFont()
    font.setItalic(True)
    return font


def waiting_look(role: int) -> Any:
    """What a cell whose change waits shows for ``role``: italics, the blue-grey ink, a tip saying it waits; None
    for a role the look leaves as it is."""
    if role == Qt.FontRole:
        return _italic()
    if role == Qt.ForegroundRole:
        return QBrush(_INK)
    if role == Qt.ToolTipRole:
        return QCoreApplication.translate("Waiting", "已暂存，尚未写入数据库；写入后自动更新")
    return None


def show_waiting(item, said_first: str = "") -> None:
    """A table widget's item in the waiting look, ``said_first`` before its tip (a renamed unit's old name)."""
    for role in (Qt.FontRole, Qt.ForegroundRole):
        item.setData(role, waiting_look(role))
    item.setToolTip(said_first + waiting_look(Qt.ToolTipRole))


class WaitingCells:
    def __init__(self, model) -> None:
        self.model = model
        self.ops = model.ops
        self._cells: dict[tuple[int, str], tuple[Any, str]] = {}  # (row id, column key) → (command, text typed)
        # (a change written becomes an undo step: the stack moves once it is no longer waiting)
        for signal in (self.ops.connection_back, self.ops.failed, self.ops.changed, self.ops.undo_stack.indexChanged):
            signal.connect(self._settle)

    def __bool__(self) -> bool:  # data() asks first, for every cell painted: nothing to look up, the usual case
        return bool(self._cells)

    def note(self, command, row_id: int, key: str, typed: Any) -> None:
        """The cell's change was kept, not written: show what was typed until it is."""
        if command in self.ops.pending:
            self._cells[(row_id, key)] = (command, "" if typed is None else str(typed))

    def note_cells(self, command, cells) -> None:
        """A paste's, a fill's or a replacement's cells ``(row, column, text)`` (the view's), kept, not written."""
        for r, c, text in cells:
            row_id, key = self.model.cell_key(r, c)
            if row_id is not None:
                self.note(command, row_id, key, text)

    def data(self, row_id: int, key: str, role: int) -> Any:
        """What the cell shows for ``role`` while its change waits; None where it shows as written."""
        held = self._cells.get((row_id, key))
        if held is None or held[0] not in self.ops.pending:
            return None
        if role == Qt.DisplayRole:  # (an editor opened on it starts from the value written: a zone's is its id)
            return held[1]
        return waiting_look(role)

    def _settle(self, *_args) -> None:
        """Cells whose change is written or refused show the table's value again."""
        gone = [k for k, (command, _typed) in self._cells.items() if command not in self.ops.pending]
        for k in gone:
            del self._cells[k]
        m = self.model
        if gone and m.rowCount() and m.columnCount():
            m.dataChanged.emit(m.index(0, 0), m.index(m.rowCount() - 1, m.columnCount() - 1))
