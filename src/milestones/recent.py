"""The plans the desktop program opened (文件 → 最近打开, the newest first), kept in its settings.

The window starts on the plan file opened last, and the command line works on it too when ``--db`` is not given:
a district that made its own plan (新建计划数据库) found the command line exporting the bundled sample, which the
data folder's plan.db holds, as if it were theirs. Qt's settings are read only when asked: a command given
``--db`` never loads Qt.
"""
from __future__ import annotations

from pathlib import Path

APP_NAME = "milestones"
KEY = "recent/databases"
KEPT = 8  # plans the menu lists


def settings():
    """The desktop program's settings (the same file the window writes, without a QApplication)."""
    from PySide6.QtCore import QSettings

    return QSettings(APP_NAME, APP_NAME)


def recent_plans(store) -> list[str]:
    return list(store.value(KEY, [], list) or [])


def remember(store, display: str) -> None:
    """A plan opened, first in the list; by its display name, which never holds a password."""
    store.setValue(KEY, [display, *(p for p in recent_plans(store) if p != display)][:KEPT])


def forget(store, display: str) -> None:
    store.setValue(KEY, [p for p in recent_plans(store) if p != display])


def start_plan(store=None) -> tuple[str | None, list[str]]:
    """The plan file opened last that is still there (else None), and the plan files opened after it that are gone —
    moved, renamed, or on a USB stick or network drive not connected: said, so that the planner does not work on
    another plan unawares. A shared plan is not taken unasked: it may want a password or a server that is not up."""
    gone = []
    for shown in recent_plans(store if store is not None else settings()):
        if "://" in shown:
            continue
        if Path(shown).is_file():
            return shown, gone
        gone.append(shown)
    return None, gone
