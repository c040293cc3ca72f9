"""A row of widgets that wraps onto a second line when the window is narrow.

The filter bar holds a search field and six labelled boxes: in one fixed row
it asked 1,017 pixels, so on a laptop the navigation tree was squeezed to a
sliver beside it. Here each line gives its spare width to what can grow (the
search field), and a line that does not fit breaks before the item that
overflows.
"""
from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem


class FlowLayout(QLayout):
    def __init__(self, parent=None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    # -- QLayout's item list -----------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    # -- sizes ---------------------------------------------------------------
    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), apply=False)

    def sizeHint(self) -> QSize:
        """Everything on one line."""
        shown = self._shown()
        m = self.contentsMargins()
        width = sum(i.sizeHint().width() for i in shown) + self.spacing() * max(len(shown) - 1, 0)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        """As narrow as the widest item."""
        m = self.contentsMargins()
        size = QSize()
        for i in self._shown():
            size = size.expandedTo(i.minimumSize())
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, apply=True)

    # -- placing -------------------------------------------------------------
    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _place(self, rect: QRect, apply: bool) -> int:
        """Lay the items out in ``rect`` (when ``apply``); the height that takes."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        gap = self.spacing()
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            w = _least_width(item)
            if lines[-1] and used + gap + w > area.width():
                lines.append([])
                used = 0
            used += (gap if lines[-1] else 0) + w
            lines[-1].append(item)
        y = area.y()
        for line in lines:
            if not line:
                continue
            height = max(i.sizeHint().height() for i in line)
            if apply:
                self._place_line(line, area, y, height)
            y += height + gap
        return y - gap - rect.y() + m.bottom() if lines[0] else m.top() + m.bottom()

    def _place_line(self, line: list[QLayoutItem], area: QRect, y: int, height: int) -> None:
        gap = self.spacing()
        widths = [_least_width(i) for i in line]
        spare = area.width() - sum(widths) - gap * (len(line) - 1)
        growing = [k for k, i in enumerate(line) if _grows(i)]
        if spare > 0 and growing:
            for k in growing:
                widths[k] += spare // len(growing)
        elif spare < 0:  # one item wider than the line: it gets the line
            widths = [min(w, area.width()) for w in widths]
        x = area.x()
        for item, w in zip(line, widths):
            item.setGeometry(QRect(QPoint(x, y + (height - item.sizeHint().height()) // 2),
                                   QSize(w, item.sizeHint().height())))
            x += w + gap


def _grows(item: QLayoutItem) -> bool:
    return bool(item.expandingDirections() & Qt.Orientation.Horizontal)


def _least_width(item: QLayoutItem) -> int:
    """What an item needs on its line: what can grow needs only its minimum (it gets the spare width)."""
    return item.minimumSize().width() if _grows(item) else max(item.sizeHint().width(), item.minimumSize().width())
