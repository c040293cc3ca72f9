"""What an empty project list or timeline says over its blank space.

A list narrowed to nothing (the 已完成 ones before any is done, a search with a typo) looked like a plan whose
projects were gone: the note says what narrows it, with a link that clears the filter; a year with no project yet
says how to add them.
"""
from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

CLEAR = "clear"  # the link's address: the filter cleared


class EmptyNote(QLabel):
    """Centred over ``over`` (a table's viewport, the timeline's chart), shown only while there is nothing. It is a
    child of ``over``'s parent, above its siblings: the frozen columns' view lies over the table's viewport."""

    clear_requested = Signal()

    def __init__(self, over: QWidget) -> None:
        super().__init__(over.parentWidget())
        self.setObjectName("emptyNote")
        self.setAlignment(Qt.AlignCenter)
        self.setWordWrap(True)
        self.setTextFormat(Qt.RichText)
        # a card of its own: over the chart's shaded quarters a see-through note showed as a stray white box
        self.setStyleSheet("QLabel#emptyNote { color: #505050; background: #fbfbfb; border: 1px solid #d0d0d0;"
                           " border-radius: 4px; padding: 14px; }")
        self.linkActivated.connect(lambda link: self.clear_requested.emit() if link == CLEAR else None)
        self._follow = _Follow(self, over)
        self.hide()

    def say(self, empty: bool, narrowed: str, nothing_yet: str, clear_text: str) -> None:
        """Shown when ``empty``: what narrows the list and a link clearing it, else ``nothing_yet``."""
        if not empty or not (narrowed or nothing_yet):
            self.hide()
            return
        if narrowed:
            self.setText(f"{_escaped(narrowed)}<br><br><a href='{CLEAR}'>{_escaped(clear_text)}</a>")
        else:
            self.setText(_escaped(nothing_yet))
        self._follow.place()
        self.show()
        self.raise_()


class _Follow(QObject):
    """Keeps the note in the middle of what it is over as that is resized."""

    def __init__(self, note: EmptyNote, over: QWidget) -> None:
        super().__init__(note)
        self.note, self.over = note, over
        over.installEventFilter(self)

    def place(self) -> None:
        r = self.over.geometry()
        width = max(200, min(r.width() - 40, 560))
        self.note.setFixedWidth(width)
        height = max(self.note.heightForWidth(width), 40)
        self.note.setGeometry(r.x() + (r.width() - width) // 2, r.y() + max(0, (r.height() - height) // 3), width,
                              height)
        self.note.raise_()

    def eventFilter(self, obj, ev) -> bool:
        # placed again whenever what it is over moves or changes size, shown or not yet (a window opening on an
        # empty year lays the table out after the note is said)
        if obj is self.over and ev.type() in (QEvent.Resize, QEvent.Move, QEvent.Show) and not self.note.isHidden():
            self.place()
        return False


def _escaped(text: str) -> str:
    return html.escape(text, quote=False).replace("\n", "<br>")
