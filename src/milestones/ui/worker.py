"""Long work off the GUI thread, with progress and cancel.

A :class:`Task` runs a function in Qt's thread pool; the function receives
``progress(done, total)`` and ``cancelled()`` callables. Results and errors
come back as signals on the GUI thread.
"""
from __future__ import annotations

import threading
import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class Task(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    finished = Signal()

    def __init__(self, fn: Callable[..., Any], *args, parent: QObject | None = None, **kwargs) -> None:
        super().__init__(parent)
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self._cancel = threading.Event()
        self.result: Any = None
        self.error: str | None = None
        self.done = False

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def start(self) -> "Task":
        task = self

        class _Run(QRunnable):
            def run(self) -> None:  # noqa: D401 - Qt's name
                task._run()

        self._runnable = _Run()
        QThreadPool.globalInstance().start(self._runnable)
        return self

    def _run(self) -> None:
        try:
            self.result = self.fn(*self.args, progress=self.progressed.emit, cancelled=self._cancel.is_set,
                                  **self.kwargs)
            self.succeeded.emit(self.result)
        except Exception as exc:  # reported to the user, never a traceback in their face
            from ..store.database import refusal_text

            self.error = refusal_text(exc) or str(exc) or type(exc).__name__  # a full disk in the planner's words
            self._traceback = traceback.format_exc()
            self.failed.emit(self.error)
        finally:
            self.done = True
            self.finished.emit()
