"""Ctrl+C and Ctrl+V in the tables, as a planner used to Excel expects them.

Copy puts the chosen rows' visible cells on the clipboard as tab-separated text (Excel, WPS and Word paste it
as a table). Paste reads tab-separated text (what Excel and WPS copy: a cell holding a line break or a tab comes
quoted) into the table from the current cell rightwards over the visible columns and downwards; one value pasted
on several chosen rows fills the current column of each. Every pasted cell is read as if typed into it, and the
whole paste is one transaction and one undo step: a value a cell refuses refuses the paste, saying which row and
column and why, and nothing is written.
"""
from __future__ import annotations

import csv
import io
import time
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QProgressDialog, QTableView

from .clipboard import grid_text

MAX_CELLS = 100_000  # a paste of a whole sheet by mistake is refused, not read for minutes


def chosen_rows(view: QTableView) -> list[int]:
    """The rows chosen in a list, in order, read from the selection's ranges: ``selectedRows()`` asks the model's
    flags of every cell (3.7 s for 10,000 projects of 26 columns chosen with Ctrl+A) and ``selectedIndexes()``
    makes an index of each."""
    rows: set[int] = set()
    for chosen in view.selectionModel().selection():
        rows.update(range(chosen.top(), chosen.bottom() + 1))
    return sorted(rows)


def copy_cells(view: QTableView, heads: bool = False) -> str:
    """The chosen rows' visible cells, as shown, a line per row (under the columns' headings with ``heads``): on
    the clipboard, and returned."""
    model = view.model()
    rows = chosen_rows(view)
    if not rows and view.currentIndex().isValid():
        rows = [view.currentIndex().row()]
    cols = visible_columns(view)
    grid = [[str(model.headerData(c, Qt.Horizontal) or "") for c in cols]] if heads else []
    grid += [["" if model.index(r, c).data() is None else str(model.index(r, c).data()) for c in cols] for r in rows]
    text = grid_text(grid)  # a cell with a line break or a tab quoted, as Excel writes it and reads it back
    QGuiApplication.clipboard().setText(text)
    return text


def read_grid(text: str) -> list[list[str]]:
    """Tab-separated text as rows of cells; Excel's quoting of a cell with a line break or a tab is undone."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]  # Excel ends the last row with a line break
    if not text:
        return []
    return [row for row in csv.reader(io.StringIO(text), delimiter="\t", quotechar='"')]


def target_cells(view: QTableView, grid: list[list[str]]) -> list[tuple[int, int, str]]:
    """Where each pasted value goes: (row, column, text). ValueError, in the planner's words, for a paste that
    runs past the table's last row or its last column."""
    current = view.currentIndex()
    if not current.isValid() or not grid:
        return []
    cols = visible_columns(view)
    chosen = chosen_rows(view)
    if len(grid) == 1 and len(grid[0]) == 1 and len(chosen) > 1:  # one value on several rows: fill the column
        return [(r, current.column(), grid[0][0]) for r in chosen]
    start_col = cols.index(current.column()) if current.column() in cols else 0
    width = max(len(line) for line in grid)
    if start_col + width > len(cols):
        raise ValueError(QCoreApplication.translate("Paste", "粘贴的内容有%1列，超出了表格右侧").replace("%1", str(width)))
    model = view.model()
    while current.row() + len(grid) > model.rowCount() and model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())  # a long list shows its rows a batch at a time: the paste reaches further
    if current.row() + len(grid) > model.rowCount():
        raise ValueError(QCoreApplication.translate("Paste", "粘贴的内容有%1行，超出了表格末行").replace("%1", str(len(grid))))
    if len(grid) * width > MAX_CELLS:
        raise ValueError(QCoreApplication.translate("Paste", "一次最多粘贴%1格").replace("%1", f"{MAX_CELLS:,}"))
    return [(current.row() + i, cols[start_col + j], value)
            for i, line in enumerate(grid) for j, value in enumerate(line)]


def visible_columns(view: QTableView) -> list[int]:
    """The columns a list shows, in the order the planner sees them (a heading dragged moves its column)."""
    header = view.horizontalHeader()
    logical = [header.logicalIndex(v) for v in range(header.count())]
    return [c for c in logical if not view.isColumnHidden(c)]



LONG = 500  # rows of one write from which the planner sees how far it is and may stop it
SHOW_AFTER_MS = 300  # a write done sooner shows no box (it would only flash)
TELL_EVERY_S = 0.25  # the bar moves four times a second: each move lets the window repaint (≈ 20 ms at 10,000 rows)


@contextmanager
def long_write(window, rows: int, label: str):
    """A write of many rows on the window's thread (a paste or a bulk edit of thousands of projects takes seconds in
    one transaction): past LONG rows a box says how far it is, the wait pointer shows, and 停止 stops it — rolled
    back whole, nothing written. Yields the box (None under LONG rows); ``box.wasCanceled()`` after the write says
    it was stopped."""
    if rows <= LONG:
        yield None
        return
    with progress_box(window, rows, label, "writeProgress") as (box, told):
        window.ops.write_progress = told
        try:
            yield box
        finally:
            window.ops.write_progress = None


@contextmanager
def progress_box(window, total: int, label: str, name: str):
    """A box saying how far a long piece of work on the window's thread is, with 停止, and the wait pointer:
    yields the box and ``told(done, total) -> bool`` (False once stopped) for the work to call as it goes;
    the box shows only past SHOW_AFTER_MS and moves at most every TELL_EVERY_S."""
    box = QProgressDialog(label, QCoreApplication.translate("TableEdits", "停止"), 0, total, window)
    box.setObjectName(name)
    box.setWindowModality(Qt.WindowModal)  # its setValue lets the window paint and the button be clicked
    box.setMinimumDuration(SHOW_AFTER_MS)
    box.setAutoReset(False)
    last = [-TELL_EVERY_S]

    def told(done: int, total: int) -> bool:
        now = time.monotonic()
        if now - last[0] >= TELL_EVERY_S:
            last[0] = now
            box.setMaximum(total)
            box.setValue(done)
        return not box.wasCanceled()

    try:
        with wait_pointer():
            yield box, told
    finally:
        box.close()
        box.deleteLater()


def write_edits(window, edits, progress: str, step: str, model=None, cells=()) -> tuple[bool, bool]:
    """The edits of a paste, a fill or a replacement as one undo step named ``step``, with ``long_write``'s box
    (saying ``progress``) past LONG rows: (written, stopped by the planner). A refusal other than a stop (a
    colleague's change, the server away) is said by the window, as for any edit; a change kept to be written
    later shows in ``model``'s ``cells`` ``(row, column, text)`` meanwhile."""
    from .undo import EditCommand, push

    command = EditCommand(window.ops, edits, step)
    with long_write(window, len({(e.table, e.row_id) for e in edits}), progress) as box:
        ok = push(window.ops, command)
        if not ok and model is not None:
            model.waiting.note_cells(command, cells)
        return ok, box is not None and box.wasCanceled()


@contextmanager
def wait_pointer(on: bool = True):
    """The wait pointer while a long write runs on the window's thread (a long paste, its undo and redo)."""
    if on:
        QApplication.setOverrideCursor(Qt.WaitCursor)
    try:
        yield
    finally:
        if on:
            QApplication.restoreOverrideCursor()


def _typing_elsewhere(view) -> bool:
    """A line being typed in outside the table (the search box): Ctrl+D there is no fill of rows out of sight."""
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit

    focus = QApplication.focusWidget()
    return isinstance(focus, (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox)) and not view.isAncestorOf(focus)


class TableEdits(QObject):
    """The window's 复制, 粘贴 and (on the targets' and indicators' tables) Del, on the table of the page shown."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    def add_to(self, menu) -> None:
        """复制, 复制（含表头） and 粘贴 at the foot of a table's row menu."""
        menu.addSeparator()
        menu.addAction(self.tr("复制"), lambda: self.copy())
        menu.addAction(self.tr("复制（含表头）"), lambda: self.copy(heads=True))
        paste = menu.addAction(self.tr("粘贴"), lambda: self.paste())
        paste.setEnabled(not self.window.read_only and bool(QGuiApplication.clipboard().text()))

    def copy(self, heads: bool = False) -> str | None:
        """编辑 → 复制 (Ctrl+C): the chosen rows' visible cells as a table for Excel, WPS or Word (under their
        headings with ``heads``: 复制（含表头）, from a row's menu)."""
        view = self.window._table_in_view()
        if view is None or not view.model().rowCount():
            return None
        text = copy_cells(view, heads)
        n = text.count("\n") + 1 - heads if text else 0
        self.window.statusBar().showMessage(self.tr("已复制%1行").replace("%1", str(n)), 5000)
        return text

    def paste(self, text: str | None = None) -> bool:
        """编辑 → 粘贴 (Ctrl+V): cells copied from Excel or WPS into the table from the current cell, every value
        read as if typed; one undo step, or nothing written and the reason said."""
        view = self.window._table_in_view()
        if view is None or self.window.read_only:
            return False
        grid = read_grid(QGuiApplication.clipboard().text() if text is None else text)
        try:
            cells = target_cells(view, grid)
            edits = view.model().paste_edits(cells)
        except ValueError as exc:
            self.window._show_failure(self.tr("未粘贴：%1").replace("%1", str(exc)))
            return False
        if not edits:
            return bool(cells)  # the same values: nothing to write
        n = len(cells)
        return self._write(edits, self.tr("正在粘贴…"), self.tr("粘贴%n格", "", n), self.tr("已粘贴%n格", "", n),
                           self.tr("已停止粘贴，未写入任何内容"), view.model(), cells)

    def _write(self, edits, progress: str, step: str, done: str, stopped: str, model, cells) -> bool:
        """``write_edits``, the status bar saying ``done``, or ``stopped`` when the planner stopped it."""
        ok, was_stopped = write_edits(self.window, edits, progress, step, model, cells)
        if ok:
            self.window.statusBar().showMessage(done, 5000)
        elif was_stopped:
            self.window.statusBar().showMessage(stopped, 8000)
        return ok

    def fill_down(self) -> bool:
        """编辑 → 向下填充 (Ctrl+D), as in Excel: the current column of the chosen rows takes the first chosen row's
        value (one row chosen: the value of the row above), read as if typed; one undo step, or nothing written and
        the reason said."""
        view = self.window._table_in_view()
        current = view.currentIndex() if view is not None else None
        if view is None or self.window.read_only or not current.isValid() or _typing_elsewhere(view):
            return False
        rows = sorted(set(chosen_rows(view)) | {current.row()})
        if len(rows) == 1:
            if rows[0] == 0:
                return False  # the first row has nothing above it
            rows = [rows[0] - 1, rows[0]]
        model, column = view.model(), current.column()
        value = model.index(rows[0], column).data(Qt.EditRole)  # every digit, not the cell's rounded text
        value = "" if value is None else value
        shown = model.index(rows[0], column).data() or ""  # (a zone's name, not its id, while kept)
        try:
            edits = model.paste_edits([(r, column, value) for r in rows[1:]])
        except ValueError as exc:
            self.window._show_failure(self.tr("未填充：%1").replace("%1", str(exc)))
            return False
        n = len(rows) - 1
        if not edits:
            return True  # they hold it already
        return self._write(edits, self.tr("正在填充…"), self.tr("向下填充%n格", "", n), self.tr("已向下填充%n格", "", n),
                           self.tr("已停止填充，未写入任何内容"), model, [(r, column, shown) for r in rows[1:]])

    def clear(self) -> bool:
        """Del on 举措与目标 or an indicator table: the current column of the chosen rows emptied, one undo step
        (a value that cannot be empty, a target's wording, says so and nothing is cleared)."""
        view = self.window._table_in_view()
        current = view.currentIndex() if view is not None else None
        if view is None or view is self.window.project_table or not current.isValid() or self.window.read_only:
            return False
        rows = sorted(set(chosen_rows(view)) | {current.row()})
        cells = [(r, current.column(), "") for r in rows]
        try:
            edits = view.model().paste_edits(cells)
        except ValueError as exc:
            self.window._show_failure(self.tr("未清除：%1").replace("%1", str(exc)))
            return False
        if not edits:
            return False
        # a long clearing shows its box, as a paste does; kept for later, the cells show cleared meanwhile
        return write_edits(self.window, edits, self.tr("正在清除…"), self.tr("清除%n格", "", len(rows)), view.model(),
                           cells)[0]
