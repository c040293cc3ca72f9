"""A table put on the clipboard as tab-separated text: Word and Excel paste it as a table."""
from __future__ import annotations

from PySide6.QtGui import QGuiApplication


def copy_rows(heads: list[str], rows: list[list[str]]) -> str:
    """``rows`` under ``heads``, a line each, on the clipboard; returns the text."""
    text = "\n".join("\t".join(line) for line in [heads, *rows])
    QGuiApplication.clipboard().setText(text)
    return text
