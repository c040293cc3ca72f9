"""A list whose first columns stay put while the rest scroll sideways (Excel's 冻结窗格).

The project list is two dozen columns wide: scrolled right to 实际竣工 or 责任单位, the planner no longer
sees which project a row is. Qt's frozen-column technique: a second view on the same model and the same
selection, showing only the leading columns, laid over the left edge of the main view; the two scroll
together vertically, and their column widths, sort order and hidden columns follow each other.

Everything a planner does on the frozen part — choose, right-click, double-click, type into a cell — is
the main view's: its signals are forwarded, its ``indexAt`` answers for the part covered, and an edit of
a frozen cell opens in the overlay (where the cell is seen), never under it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QHeaderView, QTableView

from .cell_paste import visible_columns

# Freezing columns that fill most of a narrow window would leave nothing to scroll: the overlay holds at most
# this share of the view. When the leading columns are wider (举措与目标's 部分 + 举措 + 目标 at a laptop's width),
# the last of them that fit — the row's name — stick instead: the overlay shows them only once the list is
# scrolled past their left edge, where they would start to leave the view (at that point the overlay lies
# exactly on them, so nothing jumps).
_MOST = 0.5


def fetch_all(model) -> None:
    """A long list shows its rows a batch at a time: a search, or a jump to its last row, goes through all of them."""
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())


def data_edge(filled, k: int, count: int) -> int:
    """Excel's Ctrl+arrow along positions 0 … count-1 from ``k`` (towards count-1): within a run of filled cells, to
    its last one; from a blank cell or the end of a run, to the next filled one; the last position when none.
    ``filled(i)`` tells whether position i holds anything."""
    last = count - 1
    if k >= last:
        return last
    j = k + 1
    if filled(k) and filled(j):
        while j < last and filled(j + 1):
            j += 1
        return j
    while j < last and not filled(j):
        j += 1
    return j


class _OwnEditors:
    """The two views share one delegate, so each hears of the other's editors: only its own are its business
    (Qt would warn of every other one on the console)."""

    def commitData(self, editor) -> None:
        if self.viewport().isAncestorOf(editor):
            super().commitData(editor)

    def closeEditor(self, editor, hint) -> None:
        if not self.viewport().isAncestorOf(editor):
            return
        edited = self.currentIndex()
        table = self if isinstance(self, FrozenTable) else self.parent()
        if hint in (QAbstractItemDelegate.EditNextItem, QAbstractItemDelegate.EditPreviousItem):
            table.tabbed(edited)  # Tab moves on by itself; where the row's typing began is kept for Enter
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.SubmitModelCache:  # Enter typed in the editor
            table.entered(edited, QGuiApplication.keyboardModifiers() & Qt.ShiftModifier)


class _CurrentCell:
    """The cell the keyboard is on, framed as in Excel. The lists choose whole rows, and Qt's Fusion style draws no
    focus frame until Tab has been pressed: after a click, the planner could not see which column a key typed over
    the cell, or Enter, Tab and the arrows, would act on."""

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        index = self.currentIndex()
        if not index.isValid() or self.isColumnHidden(index.column()):
            return
        rect = self.visualRect(index)
        if rect.isEmpty() or not rect.intersects(event.rect()):
            return
        painter = QPainter(self.viewport())
        painter.setPen(QPen(self.palette().color(QPalette.Text), 2))
        painter.drawRect(rect.adjusted(1, 1, -1, -1))
        painter.end()


class _Overlay(_CurrentCell, _OwnEditors, QTableView):
    pass


class FrozenTable(_CurrentCell, _OwnEditors, QTableView):
    # Enter goes to the cell below (Shift+Enter above), after typing a value or not, as in Excel and WPS: a column
    # of quarterly figures is typed down the list without the mouse. Off for a list nobody types into (the import
    # preview, where Enter is the dialog's button).
    enter_moves_down = False

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollPerPixel)  # a frozen edge needs pixels, not columns
        self._refused: tuple[int, int] | None = None
        self._tab_from: tuple[int, int] | None = None  # (row, column) where Tab began along a row
        self._count = 0
        self._left: QTableView | None = None
        self._shown: list[int] = []  # the columns the overlay holds (all the leading ones, or the last that fit)

    # -- set-up ------------------------------------------------------------------
    def freeze(self, count: int) -> None:
        """The first ``count`` columns stay at the left edge (after ``setModel``)."""
        self._count = count
        left = self._left = _Overlay(self)
        left.setObjectName("frozenColumns")
        left.setModel(self.model())
        left.setSelectionModel(self.selectionModel())
        left.setItemDelegate(self.itemDelegate())
        left.setFocusProxy(self)  # a click on a frozen cell gives the list the keyboard (Del, Ctrl+C …)
        rows = left.verticalHeader()
        rows.hide()
        rows.setDefaultSectionSize(self.verticalHeader().defaultSectionSize())  # the list's rows, one for one
        rows.setSectionResizeMode(QHeaderView.Fixed)
        left.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        left.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        left.setSelectionBehavior(self.selectionBehavior())
        left.setSelectionMode(self.selectionMode())
        left.setEditTriggers(self.editTriggers())
        left.setAlternatingRowColors(self.alternatingRowColors())
        left.setWordWrap(self.wordWrap())
        left.setTextElideMode(self.textElideMode())
        # the frozen edge drawn as a line, as a spreadsheet's
        left.setStyleSheet("QTableView#frozenColumns { border: none; border-right: 1px solid palette(mid); }")
        heading = left.horizontalHeader()
        heading.setSortIndicatorShown(self.isSortingEnabled())
        main_heading = self.horizontalHeader()
        heading.setSortIndicator(main_heading.sortIndicatorSection(), main_heading.sortIndicatorOrder())
        main_heading.sortIndicatorChanged.connect(lambda column, order: heading.setSortIndicator(column, order))
        heading.sectionClicked.connect(self._heading_clicked)
        heading.setContextMenuPolicy(Qt.CustomContextMenu)
        heading.customContextMenuRequested.connect(main_heading.customContextMenuRequested.emit)
        left.setContextMenuPolicy(Qt.CustomContextMenu)
        left.customContextMenuRequested.connect(self._menu_asked)
        for name in ("pressed", "clicked", "doubleClicked", "activated"):
            getattr(left, name).connect(getattr(self, name).emit)
        left.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        # the overlay's reach kept to the list's: rows just fetched (Ctrl+↓ to the 50,000th) are laid out in the
        # overlay on a later pass than the list, its bar clamped the row to its old last one and, echoed back,
        # pulled the list to the 1,000th row with the row landed on out of sight
        self.verticalScrollBar().rangeChanged.connect(left.verticalScrollBar().setRange)
        self.verticalScrollBar().valueChanged.connect(left.verticalScrollBar().setValue)
        main_heading.sectionResized.connect(self._main_resized)
        self.verticalHeader().sectionResized.connect(lambda row, _old, new: left.setRowHeight(row, new))
        heading.sectionResized.connect(self._left_resized)
        main_heading.geometriesChanged.connect(self._place)
        self.horizontalScrollBar().valueChanged.connect(self._place)  # sticking columns show once scrolled past
        self.model().headerDataChanged.connect(self._place)  # another language: another heading height
        self.model().modelReset.connect(self._columns)
        self._columns()

    def setModel(self, model) -> None:
        super().setModel(model)
        refused = getattr(model, "edit_failed", None)  # a value the cell would not take
        if refused is not None:
            refused.connect(lambda index, _why: setattr(self, "_refused", (index.row(), index.column())))

    def tabbed(self, index) -> None:
        """Tab out of ``index``: the first Tab along a row marks where its typing began."""
        if self._tab_from is None or self._tab_from[0] != index.row():
            self._tab_from = (index.row(), index.column())

    def entered(self, index, up=False) -> None:
        """Enter on ``index``: the cell below (above) becomes current — in the column where the row's typing began
        when the planner went along it with Tab, as Excel does — unless the value just typed there was refused: the
        planner stays on the cell marked red to put it right."""
        refused, self._refused = self._refused, None
        began, self._tab_from = self._tab_from, None
        if not self.enter_moves_down or not index.isValid() or refused == (index.row(), index.column()):
            return
        column = began[1] if began is not None and began[0] == index.row() else index.column()
        model, row = self.model(), index.row() + (-1 if up else 1)
        if row >= model.rowCount() and model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())  # a long list shows its rows a batch at a time
        if 0 <= row < model.rowCount():
            self.setCurrentIndex(model.index(row, column))

    def mousePressEvent(self, event) -> None:
        self._tab_from = None  # a click starts afresh: Enter goes down from where it is
        super().mousePressEvent(event)

    def keyPressEvent(self, event) -> None:
        keys = event.modifiers() & ~(Qt.ShiftModifier | Qt.KeypadModifier)
        if self.enter_moves_down and event.key() in (Qt.Key_Return, Qt.Key_Enter) and not keys \
                and self.state() != QAbstractItemView.EditingState:
            self._refused = None
            self.entered(self.currentIndex(), bool(event.modifiers() & Qt.ShiftModifier))
            return
        if event.key() in (Qt.Key_Tab, Qt.Key_Backtab) and self.state() != QAbstractItemView.EditingState:
            self.tabbed(self.currentIndex())  # along the row without typing, as Excel counts it too
        elif event.key() in (Qt.Key_Up, Qt.Key_Down, Qt.Key_Left, Qt.Key_Right, Qt.Key_Home, Qt.Key_End,
                             Qt.Key_PageUp, Qt.Key_PageDown):
            self._tab_from = None  # moved by the arrows: Enter goes down from where it is
        super().keyPressEvent(event)

    def moveCursor(self, action, modifiers):
        """Ctrl+arrow goes to the edge of the data in that direction, as in Excel and WPS (Ctrl+Shift+arrow chooses up
        to it): Ctrl+↓ in a column of 50,000 projects lands on the last of them, or on the next blank where the column
        has gaps — Qt moved one cell."""
        here = self.currentIndex()
        steps = (QAbstractItemView.MoveUp, QAbstractItemView.MoveDown, QAbstractItemView.MoveLeft,
                 QAbstractItemView.MoveRight)
        if not (modifiers & Qt.ControlModifier) or action not in steps or not here.isValid():
            return super().moveCursor(action, modifiers)
        model = self.model()
        text = getattr(model, "cell_text", None) or (lambda r, c: str(model.index(r, c).data() or ""))
        if action in (QAbstractItemView.MoveUp, QAbstractItemView.MoveDown):
            if action == QAbstractItemView.MoveDown:
                fetch_all(model)
            rows = [r for r in range(model.rowCount()) if not self.isRowHidden(r)]
            if action == QAbstractItemView.MoveUp:
                rows.reverse()
            if here.row() not in rows:
                return super().moveCursor(action, modifiers)
            j = data_edge(lambda i: bool(text(rows[i], here.column()).strip()), rows.index(here.row()), len(rows))
            return model.index(rows[j], here.column())
        columns = visible_columns(self)
        if action == QAbstractItemView.MoveLeft:
            columns.reverse()
        if here.column() not in columns:
            return super().moveCursor(action, modifiers)
        j = data_edge(lambda i: bool(text(here.row(), columns[i]).strip()), columns.index(here.column()), len(columns))
        return model.index(here.row(), columns[j])

    def selectionCommand(self, index, event=None):
        """Ctrl+arrow chooses the cell it lands on and Ctrl+Shift+arrow the cells up to it, as the arrow and Shift+arrow
        do (Qt left the choice where it was, so 所选合计 went on adding up rows the planner had left)."""
        if event is not None and event.type() == QEvent.KeyPress and event.modifiers() & Qt.ControlModifier \
                and event.key() in (Qt.Key_Up, Qt.Key_Down, Qt.Key_Left, Qt.Key_Right):
            event = QKeyEvent(QEvent.KeyPress, event.key(), event.modifiers() & ~Qt.ControlModifier)
        return super().selectionCommand(index, event)

    def frozen_view(self) -> QTableView | None:
        """The overlay, while it is shown over the list (None when nothing is frozen or it would not fit)."""
        return self._left if self._left is not None and not self._left.isHidden() else None

    def _columns(self) -> None:
        left = self._left
        for c in range(self.model().columnCount()):
            if c >= self._count:
                left.setColumnHidden(c, True)
            else:
                left.setColumnWidth(c, self.columnWidth(c))
        self._shown = []
        self._place()

    def frozen_width(self) -> int:
        """The width the overlay covers (its columns')."""
        return sum(self.columnWidth(c) for c in self._shown)

    def _place(self) -> None:
        left = self._left
        if left is None:
            return
        shown = [c for c in range(self._count) if not self.isColumnHidden(c)]
        while shown and sum(self.columnWidth(c) for c in shown) > self.viewport().width() * _MOST:
            shown.pop(0)  # the name sticks alone where the columns before it do not fit beside it
        if shown != self._shown:
            self._shown = shown
            for c in range(self._count):
                left.setColumnHidden(c, c not in shown)
        width = self.frozen_width()
        start = self.horizontalHeader().sectionPosition(shown[0]) if shown else 0
        visible = bool(shown) and self.horizontalScrollBar().value() >= start
        left.setHidden(not visible)
        if not visible:
            return
        frame = self.frameWidth()
        head = self.horizontalHeader().height()
        left.horizontalHeader().setFixedHeight(head)
        left.setGeometry(self.verticalHeader().width() + frame, frame, width + 1, self.viewport().height() + head)

    # -- keeping the two together -------------------------------------------------
    def _main_resized(self, column: int, _old: int, new: int) -> None:
        if column < self._count and self._left.columnWidth(column) != new and new > 0:
            self._left.setColumnWidth(column, new)
        self._place()

    def _left_resized(self, column: int, _old: int, new: int) -> None:
        # a column the overlay hides (the ones before a sticking name) "resizes" to 0 there: not the list's
        if column < self._count and new > 0 and column in self._shown and self.columnWidth(column) != new:
            self.setColumnWidth(column, new)  # dragging the frozen heading's edge widens the list's column

    def _heading_clicked(self, column: int) -> None:
        """A click on a frozen heading sorts the list as a click on the list's own heading does."""
        if not self.isSortingEnabled():
            return
        heading = self.horizontalHeader()
        order = Qt.AscendingOrder
        if heading.sortIndicatorSection() == column and heading.sortIndicatorOrder() == Qt.AscendingOrder:
            order = Qt.DescendingOrder
        self.sortByColumn(column, order)

    def _menu_asked(self, pos: QPoint) -> None:
        # the overlay's viewport lies on the list's: the same point in both
        if self.contextMenuPolicy() == Qt.CustomContextMenu:
            self.customContextMenuRequested.emit(pos)

    def setColumnHidden(self, column: int, hide: bool) -> None:
        super().setColumnHidden(column, hide)
        if self._left is not None and column < self._count:
            self._place()

    def setItemDelegate(self, delegate) -> None:
        super().setItemDelegate(delegate)
        if self._left is not None:
            self._left.setItemDelegate(delegate)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place()

    # -- the covered part answers for the overlay ------------------------------------
    def _covers(self, x: int) -> bool:
        return self.frozen_view() is not None and x < self.frozen_width()

    def indexAt(self, pos: QPoint):
        if self._covers(pos.x()):
            return self._left.indexAt(pos)
        return super().indexAt(pos)

    def _held(self, index) -> bool:
        """Whether the cell is one the overlay shows now (so it is seen there, not in the list under it)."""
        return index.isValid() and index.column() in self._shown and self.frozen_view() is not None

    def edit(self, index, trigger=QAbstractItemView.AllEditTriggers, event=None) -> bool:
        if self._held(index):
            return self._left.edit(index, trigger, event)  # where the cell is seen
        return super().edit(index, trigger, event)

    # A word typed through an input method (拼音, then the word) into a frozen cell: the overlay holds the cell and
    # its editor, so it keeps the composition until the word is committed. Taken here, the list waited for a commit
    # that went to the overlay's editor, and every cell opened after it came up without the keyboard.
    def inputMethodEvent(self, event) -> None:
        if self._held(self.currentIndex()):
            QGuiApplication.sendEvent(self._left, event)
            return
        super().inputMethodEvent(event)

    def inputMethodQuery(self, query):
        if self._held(self.currentIndex()):
            return self._left.inputMethodQuery(query)  # where the word being composed is shown
        return super().inputMethodQuery(query)

    def scrollTo(self, index, hint=QAbstractItemView.EnsureVisible) -> None:
        if self.frozen_view() is None or not index.isValid():
            super().scrollTo(index, hint)
            return
        if self._held(index):
            # a frozen cell is always in sight sideways: only the row is scrolled to
            beside = self.columnAt(self.frozen_width())
            if beside >= 0:
                super().scrollTo(self.model().index(index.row(), beside), hint)
            return
        super().scrollTo(index, hint)  # (a column before a sticking name scrolls the list back: the overlay goes)
        left_edge = self.visualRect(index).left()
        if self.frozen_view() is not None and left_edge < self.frozen_width():  # under the overlay: brought out
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - (self.frozen_width() - left_edge))
