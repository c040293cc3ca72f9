"""The GUI's one path for writes.

Widgets never call the store directly to change data: they push an undo
command, whose redo/undo call :class:`Operations`, which runs the store
function and announces the :class:`ChangeSet`. Views listen to ``changed``
and refresh what changed.
"""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ..store import Database
from ..store import changes
from ..store.changes import ChangeSet


class Operations(QObject):
    changed = Signal(object)  # ChangeSet
    failed = Signal(str)  # a message for the user

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.undo_stack = QUndoStack(self)

    def run(self, fn: Callable[..., Any], *args, **kwargs) -> Any:
        """Run a store change and announce it. Errors propagate to the caller."""
        result = fn(self.db, *args, **kwargs)
        cs = result[1] if isinstance(result, tuple) else result
        if isinstance(cs, ChangeSet):
            self.changed.emit(cs)
        return result

    # conveniences used by commands
    def update(self, edits: list[tuple[str, int, dict[str, Any], int | None]]) -> ChangeSet:
        return self.run(changes.update_many, edits)
