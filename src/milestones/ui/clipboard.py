"""Text for the planner to take elsewhere: a table put on the clipboard as tab-separated text (Word and
Excel paste it as a table), and a box of text to edit and copy (a report's paragraph, a notice)."""
from __future__ import annotations

import csv
import io

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout


def grid_text(rows: list[list[str]]) -> str:
    """Rows of cells as Excel puts them on the clipboard: tab-separated, a line each, a cell holding a line
    break, a tab or a quote quoted (a reason typed on two lines split its row in two when pasted)."""
    out = io.StringIO()
    csv.writer(out, delimiter="\t", quotechar='"', lineterminator="\n", quoting=csv.QUOTE_MINIMAL).writerows(rows)
    return out.getvalue().removesuffix("\n")


def copy_rows(heads: list[str], rows: list[list[str]]) -> str:
    """``rows`` under ``heads``, a line each, on the clipboard; returns the text."""
    text = grid_text([heads, *rows])
    QGuiApplication.clipboard().setText(text)
    return text


def text_dialog(parent, name: str, title: str, text: str, width: int = 640, height: int = 320) -> QDialog:
    """``text`` in a box to read, edit and 复制 (not modal: the window stays usable); ``dialog.text`` is the
    box, ``dialog.layout()`` takes more above it."""
    dialog = QDialog(parent)
    dialog.setObjectName(name)
    dialog.setAttribute(Qt.WA_DeleteOnClose)
    dialog.setWindowTitle(title)
    lay = QVBoxLayout(dialog)
    dialog.text = QPlainTextEdit(text, dialog)
    lay.addWidget(dialog.text)
    buttons = QDialogButtonBox(QDialogButtonBox.Close, dialog)
    copy = buttons.addButton(QCoreApplication.translate("TextDialog", "复制"), QDialogButtonBox.ActionRole)
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(dialog.text.toPlainText()))
    buttons.rejected.connect(dialog.reject)
    lay.addWidget(buttons)
    dialog.resize(width, height)
    dialog.open()
    return dialog

