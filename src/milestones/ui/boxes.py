"""A message box shown without blocking (`open()`, never `exec()`): the window, and a test, keep running."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def say(parent: QWidget, icon, title: str, text: str, name: str, more: str = "") -> QMessageBox:
    """An OK box with ``text`` (and ``more`` under it), found by tests as ``name``."""
    box = QMessageBox(icon, title, text, QMessageBox.Ok, parent)
    if more:
        box.setInformativeText(more)
    box.setObjectName(name)
    box.open()
    return box
