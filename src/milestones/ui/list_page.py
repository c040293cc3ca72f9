"""A list's table under a bar that narrows it, and a line saying how many rows are shown.

The 举措与目标 and the indicators' pages are built alike: a search box (each word found
anywhere in the row), boxes of their own (a unit, a standing, an attribute), the count
below. A figure of the dashboard opens a page with one of its boxes set and the rest cleared.
"""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from .empty_note import EmptyNote
from .filter_bar import narrowing_words, type_ahead


class ListPage(QWidget):
    def __init__(self, model, table: QTableView, parent=None) -> None:
        super().__init__(parent)
        self.model, self.table = model, table
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.bar = QHBoxLayout()
        self.search = QLineEdit(self)  # its placeholder is the page's to word
        self.search.setClearButtonEnabled(True)
        self.bar.addWidget(self.search, 1)
        lay.addLayout(self.bar)
        lay.addWidget(table, 1)
        self.count = QLabel(self)
        lay.addWidget(self.count)
        self.boxes: list[QComboBox] = []
        self._labels: dict[QComboBox, QLabel] = {}
        self._timer = type_ahead(self.search, self._apply)
        # a page narrowed to no row says by what, over the blank table, with a link clearing it
        self.note = EmptyNote(table.viewport())
        self.note.clear_requested.connect(lambda: self.choose({}))
        model.reloaded.connect(self._reloaded)

    def add_box(self, label: QLabel | str, box: QComboBox) -> None:
        """A box of choices after the search, its label before it; a choice narrows at once."""
        label = label if isinstance(label, QLabel) else QLabel(label, self)
        self.bar.addWidget(label)
        self.bar.addWidget(box)
        self.boxes.append(box)
        self._labels[box] = label
        box.currentIndexChanged.connect(self._apply)

    def current_filter(self):  # pragma: no cover - each page says
        raise NotImplementedError

    def counted(self, shown: int, listed: int) -> str:  # pragma: no cover - each page says
        raise NotImplementedError

    def none_shown(self, narrowed: str) -> str:  # pragma: no cover - each page says
        raise NotImplementedError

    def _fill_units(self, *_changed) -> None:
        """The page's unit box (``self.unit``) offers the units its rows name (``model.units()``), the most named
        first; the choice is kept where it is still named."""
        chosen = self.unit.currentData() or ""
        units = self.model.units()
        if self.unit.count() and units == [self.unit.itemData(i) for i in range(1, self.unit.count())]:
            return
        self.unit.blockSignals(True)
        self.unit.clear()
        self.unit.addItem(self.tr("全部"), "")
        for u in units:
            self.unit.addItem(u, u)
        self.unit.setCurrentIndex(max(0, self.unit.findData(chosen)))
        self.unit.blockSignals(False)
        if (self.unit.currentData() or "") != chosen:
            self._apply()  # the unit chosen is named no more

    def narrowing(self) -> str:
        """What narrows the page, as its boxes say it ("单位：区商务委；搜索“消费”")."""
        return narrowing_words([(self._labels[box].text(), box) for box in self.boxes], self.search.text())

    def choose(self, chosen: dict[QComboBox, str]) -> None:
        """Set the boxes given (by their items' data), every other box to 全部 and the search
        cleared: what a figure elsewhere counted. A choice no box offers is 全部."""
        for w in (*self.boxes, self.search):
            w.blockSignals(True)
        self.search.clear()
        for box in self.boxes:
            box.setCurrentIndex(max(0, box.findData(chosen.get(box, ""))))
        for w in (*self.boxes, self.search):
            w.blockSignals(False)
        self._apply()

    def _apply(self) -> None:
        self._timer.stop()
        self.model.set_filter(self.current_filter())
        self._update_count()

    def _reloaded(self) -> None:
        self._update_count()

    def _update_count(self) -> None:
        shown, listed = len(self.model.rows), len(self.model.all_rows)
        self.count.setText(self.counted(shown, listed))
        words = self.narrowing() if not shown and listed else ""
        self.note.say(bool(words), self.none_shown(words) if words else "", "", self.tr("清除筛选"))
