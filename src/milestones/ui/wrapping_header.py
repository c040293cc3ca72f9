"""Column headings that wrap onto a second or third line when their column is narrower than they are.

Qt draws a heading on one line, centred and cut at both ends where it does not fit: in English the list read
"investment (100M CNY)", "nnual planned investment (100M CNY", and in Chinese "截至上年底累计完成投资" lost its
(亿元). Qt can wrap a heading (``Qt.TextWordWrap``) but sizes the header for one line; this header asks for the
height the wrapped words need at each column's width, and again when a column is resized.
"""
from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView

# a heading wraps onto at most this many lines; a longer one is cut (its tooltip gives it whole)
MOST_LINES = 3
_PADDING = 10  # the label's margins inside a section
_SORT_MARK = 16  # the sort indicator's room beside the label of the column sorted by


class WrappingHeader(QHeaderView):
    def __init__(self, parent=None) -> None:
        super().__init__(Qt.Horizontal, parent)
        self.setDefaultAlignment(Qt.AlignCenter | Qt.TextWordWrap)
        self.setSectionsClickable(True)
        self.setHighlightSections(True)
        self.sectionResized.connect(self._resized)

    def sectionSizeFromContents(self, logical: int):
        size = super().sectionSizeFromContents(logical)
        model = self.model()
        text = model.headerData(logical, Qt.Horizontal) if model is not None else None
        if not text:
            return size
        room = self.sectionSize(logical) - _PADDING
        if self.isSortIndicatorShown() and self.sortIndicatorSection() == logical:
            room -= _SORT_MARK
        font = self.font()
        font.setBold(True)  # the headings of a chosen row's columns are drawn bold (highlighted sections)
        fm = QFontMetrics(font)
        wrapped = fm.boundingRect(QRect(0, 0, max(room, 20), 10_000), int(Qt.AlignCenter | Qt.TextWordWrap), str(text))
        lines = min(MOST_LINES, max(1, round(wrapped.height() / fm.lineSpacing())))
        size.setHeight(size.height() + (lines - 1) * fm.lineSpacing())  # one line: the style's own height
        return size

    def _resized(self, _logical: int, _old: int, _new: int) -> None:
        # the header keeps its height until told its headings changed: a column narrowed or widened changes
        # how many lines its heading takes
        if self.count():
            self.headerDataChanged(Qt.Horizontal, 0, self.count() - 1)
            self.updateGeometry()
            self.geometriesChanged.emit()  # the table lays its header out again at the new height
