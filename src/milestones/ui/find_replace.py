"""编辑 → 替换 (Ctrl+H): Excel's 查找和替换 over the list in view.

A department renamed in a reorganisation (区住房城乡建委 → 区住房和城乡建设委员会), a class reworded, a typo in
forty names: the planner replaces it where it stands in the list, as in Excel, not row by row. The rows are the
list's as narrowed by its filter (or the chosen ones), the columns those shown (or one). A replaced cell is read
as if typed into it, the whole replacement is one transaction and one undo step, and a value a cell refuses
refuses it all, saying which row and column and why — the write path of a paste (ui/cell_paste.py).

查找全部 lists every cell found (the row's name, the column, the text), as Excel's does; a line chosen chooses its cell,
found again by its project's (or row's) id, so a list sorted or narrowed since still leads to the right row.

By default letters match in either case and full-width characters match their half-width forms (Excel's 区分全/
半角 left off): tables pasted from web pages mix "（" and "(", "，" and ",".
"""
from __future__ import annotations

import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QTableView, QVBoxLayout,
)

from . import cell_paste
from .cell_paste import chosen_rows, progress_box, visible_columns, write_edits
from .frozen_table import fetch_all
from .list_columns import column_keys

ALL_COLUMNS = -1  # the column box's "every column shown"


class _Folds(dict):
    """A character's folded form, worked out the first time it is met: ``str.translate`` looks each character
    up at C speed, so a list of 50,000 rows is folded in a fraction of a second (one NFKC call a character
    took seconds)."""

    def __init__(self, width: bool, case: bool) -> None:
        super().__init__()
        self.width, self.case = width, case

    def __missing__(self, code: int) -> str:
        f = chr(code) if self.width else unicodedata.normalize("NFKC", chr(code))
        if not self.case:
            f = f.casefold()
        self[code] = f
        return f


_FOLDS: dict[tuple[bool, bool], _Folds] = {}


@dataclass(frozen=True)
class Match:
    """How a cell's text is compared with what is looked for."""

    whole: bool = False  # 单元格匹配: the cell holds exactly that
    case: bool = False  # 区分大小写
    width: bool = False  # 区分全/半角

    def _folds(self) -> _Folds:
        key = (self.width, self.case)
        if key not in _FOLDS:
            _FOLDS[key] = _Folds(*key)
        return _FOLDS[key]

    def _fold(self, text: str) -> tuple[str, list[int]]:
        """``text`` folded as the options say, with the index of the character each folded one came from: a
        match is mapped back onto the text as typed, so the rest of the cell keeps its own characters."""
        folds = self._folds()
        origin: list[int] = []
        for i, ch in enumerate(text):
            origin += [i] * len(folds[ord(ch)])
        return text.translate(folds), origin

    def spans(self, text: str, sought: str) -> list[tuple[int, int]]:
        """Where ``sought`` stands in ``text``, as (start, end) of the text as typed, left to right, not
        overlapping. A match must begin and end on whole characters ("m" is not found inside "㎡")."""
        if not sought or not text:
            return []
        folds = self._folds()
        key = sought.translate(folds)
        if key not in text.translate(folds) if not self.whole else key != text.translate(folds):
            return []  # most cells: told without the character map
        folded, origin = self._fold(text)
        if self.whole:
            return [(0, len(text))] if folded == key else []
        found: list[tuple[int, int]] = []
        at = folded.find(key)
        while at >= 0:
            end = at + len(key)
            whole_chars = (at == 0 or origin[at - 1] != origin[at]) and (end == len(folded)
                                                                          or origin[end] != origin[end - 1])
            if whole_chars:
                found.append((origin[at], origin[end - 1] + 1))
                at = folded.find(key, end)
            else:
                at = folded.find(key, at + 1)
        return found

    def replaced(self, text: str, sought: str, new: str) -> str | None:
        """``text`` with every ``sought`` in it replaced by ``new``; None where there is none."""
        spans = self.spans(text, sought)
        if not spans:
            return None
        parts, last = [], 0
        for start, end in spans:
            parts += [text[last:start], new]
            last = end
        parts.append(text[last:])
        return "".join(parts)


@dataclass(frozen=True)
class Found:
    """A cell 查找全部 found: its row by id (a project's, a target's, an indicator's), its column, what it says."""
    row_id: int
    column: int
    row_name: str
    heading: str
    text: str


class _FoundModel(QAbstractTableModel):
    """查找全部's lines: a model, not items — a common word in a city's 50,000 projects is found thousands of times."""

    def __init__(self, headings: list[str], parent=None) -> None:
        super().__init__(parent)
        self.headings = headings
        self.lines: list[Found] = []

    def set_lines(self, lines: list[Found]) -> None:
        self.beginResetModel()
        self.lines = lines
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self.headings[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if role in (Qt.DisplayRole, Qt.ToolTipRole) and index.isValid():
            line = self.lines[index.row()]
            return (line.row_name, line.heading, line.text)[index.column()]
        return None


def _row_id(model, row: int) -> int:
    return model.project_id(row) if hasattr(model, "project_id") else model.rows[row]["id"]


def _row_of(model, row_id: int) -> int | None:
    """The row showing ``row_id`` now (None: filtered out or gone)."""
    if hasattr(model, "row_of"):
        return model.row_of(row_id)
    return next((i for i, r in enumerate(model.rows) if r["id"] == row_id), None)


class ReplaceDialog(QDialog):
    """查找和替换, beside the window (not modal: the planner watches the list while it works). It acts on the
    table of the page shown whenever a button is pressed; on a page with no table it says so."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.setObjectName("replaceDialog")
        self.setWindowTitle(self.tr("查找和替换"))
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.sought = QLineEdit(self)
        self.sought.setObjectName("replaceSought")
        self.new = QLineEdit(self)
        self.new.setObjectName("replaceNew")
        self.new.setPlaceholderText(self.tr("（空白：删去查找的内容）"))
        form.addRow(self.tr("查找内容"), self.sought)
        form.addRow(self.tr("替换为"), self.new)
        self.column = QComboBox(self)
        self.column.setObjectName("replaceColumn")
        form.addRow(self.tr("列"), self.column)
        lay.addLayout(form)
        self.chosen_only = QCheckBox(self)
        self.whole_cell = QCheckBox(self.tr("单元格完全匹配"), self)
        self.match_case = QCheckBox(self.tr("区分大小写"), self)
        self.match_width = QCheckBox(self.tr("区分全角/半角"), self)
        self.match_width.setToolTip(self.tr("不勾选时，全角字符与半角字符视为相同，如“（”与“(”"))
        self.hidden_too = QCheckBox(self.tr("包括隐藏的列"), self)
        self.hidden_too.setToolTip(self.tr("如 Excel：隐藏的列（如业主单位）也查找和替换"))
        self.hidden_too.toggled.connect(lambda _on: self.follow_page())
        lay.addWidget(self.chosen_only)
        options = QHBoxLayout()
        for box in (self.whole_cell, self.match_case, self.match_width, self.hidden_too):
            options.addWidget(box)
        options.addStretch(1)
        lay.addLayout(options)
        self.said = QLabel(self)
        self.said.setObjectName("replaceSaid")
        self.said.setWordWrap(True)
        lay.addWidget(self.said)
        buttons = QHBoxLayout()
        # Alt and the letter, as Excel's and WPS's buttons have them
        self.find_button = QPushButton(self.tr("查找下一个(&F)"), self)
        self.find_all_button = QPushButton(self.tr("查找全部(&I)"), self)
        self.replace_button = QPushButton(self.tr("替换(&R)"), self)
        self.replace_all_button = QPushButton(self.tr("全部替换(&A)"), self)
        close = QPushButton(self.tr("关闭"), self)
        self.find_button.setDefault(True)  # Enter in 查找内容 finds the next, as in Excel
        self.find_button.clicked.connect(self.find_next)
        self.find_all_button.clicked.connect(self.find_all)
        self.replace_button.clicked.connect(self.replace_one)
        self.replace_all_button.clicked.connect(self.replace_all)
        close.clicked.connect(self.close)
        buttons.addStretch(1)
        for b in (self.find_all_button, self.find_button, self.replace_button, self.replace_all_button, close):
            buttons.addWidget(b)
        lay.addLayout(buttons)
        self.found_view = QTableView(self)
        self.found_view.setObjectName("replaceFound")
        self.found_view.setModel(_FoundModel([self.tr("所在行"), self.tr("列"), self.tr("内容")], self))
        self.found_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.found_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.found_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.found_view.verticalHeader().hide()
        self.found_view.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)
        self.found_view.setWordWrap(False)  # a line each, the whole text in its tooltip: more lines in sight
        # one line each, of one height: sizing rows to their contents went through every line (60 s for 50,000)
        rows = self.found_view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.Fixed)
        rows.setDefaultSectionSize(self.found_view.fontMetrics().height() + 6)
        self.found_view.setMinimumHeight(200)
        self.found_view.selectionModel().currentRowChanged.connect(lambda now, _was: self._show_found(now.row()))
        self.found_view.hide()  # until 查找全部 is pressed
        self._found_in = None  # the table whose cells the list names
        lay.addWidget(self.found_view, 1)
        for edit in (self.sought, self.new):
            edit.textChanged.connect(lambda _t: self.said.clear())
        window.stack.currentChanged.connect(lambda _i: self.follow_page())
        for table in (window.project_table, window.targets_table, window.indicators_table):
            table.selectionModel().selectionChanged.connect(lambda *_: self._count_chosen())
        self.follow_page()

    # -- what it acts on --------------------------------------------------
    def view(self):
        return self.window._table_in_view()

    def follow_page(self) -> None:
        """The column box and the rows' box for the table shown (the columns it shows, in their order)."""
        view = self.view()
        if view is not self._found_in:
            self._clear_found()  # its lines are another table's rows
        kept = self.column.currentText()
        self.column.clear()
        for b in (self.find_button, self.find_all_button, self.replace_button, self.replace_all_button, self.column,
                  self.chosen_only):
            b.setEnabled(view is not None)
        if view is None:
            self.said.setText(self.tr("在重点项目表、举措与目标或指标表中查找和替换。"))
            self.chosen_only.setText(self.tr("只在所选的行中"))
            return
        self.said.clear()
        self.column.addItem(self.tr("全部列") if self.hidden_too.isChecked() else self.tr("全部显示的列"), ALL_COLUMNS)
        model = view.model()
        for c in self._searched(view):
            self.column.addItem(str(model.headerData(c, Qt.Horizontal) or ""), c)
        at = self.column.findText(kept)
        self.column.setCurrentIndex(max(at, 0))
        self.chosen_only.setChecked(self._count_chosen() > 1)  # as Excel: a range chosen is where it looks
        read_only = self.window.read_only
        self.replace_button.setEnabled(not read_only)
        self.replace_all_button.setEnabled(not read_only)

    def _count_chosen(self) -> int:
        """"只在所选的3行中" as the rows chosen in the list change (the box stays open beside it)."""
        view = self.view()
        chosen = len(chosen_rows(view)) if view is not None else 0
        self.chosen_only.setText(self.tr("只在所选的%1行中").replace("%1", str(chosen)) if chosen
                                 else self.tr("只在所选的行中"))
        self.chosen_only.setEnabled(chosen > 0)
        return chosen

    def _searched(self, view) -> list[int]:
        """The columns shown, in the planner's order; with 包括隐藏的列 the hidden ones after them."""
        shown = visible_columns(view)
        if not self.hidden_too.isChecked():
            return shown
        return shown + [c for c in range(view.model().columnCount()) if c not in shown]

    def _columns(self, view) -> list[int]:
        picked = self.column.currentData()
        searched = self._searched(view)
        return searched if picked in (None, ALL_COLUMNS) or picked not in searched else [picked]

    def _rows(self, view) -> list[int]:
        if self.chosen_only.isChecked() and self.chosen_only.isEnabled():
            return chosen_rows(view)
        fetch_all(view.model())
        return list(range(view.model().rowCount()))

    @contextmanager
    def _scanning(self, rows: int):
        """``told(done, total) -> bool`` for a search through ``rows`` rows: past LONG rows a box says how far
        it is and 停止 stops it (reading a long list's 50,000 rows the first time takes seconds)."""
        if rows <= cell_paste.LONG:
            yield lambda _done, _total: True
            return
        with progress_box(self.window, rows, self.tr("正在查找…"), "findProgress") as (_box, told):
            yield told

    def match(self) -> Match:
        return Match(self.whole_cell.isChecked(), self.match_case.isChecked(), self.match_width.isChecked())

    @staticmethod
    def _replaceable(model, column: int) -> bool:
        """A cell a replacement may write: one the planner could type into, not a quarter's steps (edited a
        step at a time in their own editor)."""
        columns = getattr(model, "columns", None)
        if columns is not None and columns[column].kind == "steps":
            return False
        return bool(model.flags(model.index(0, column)) & Qt.ItemIsEditable)

    # -- the buttons ------------------------------------------------------
    def find_next(self) -> bool:
        """The next cell holding what is looked for, after the current one, along the row then down, from the
        top again past the last row: made current and scrolled to."""
        view = self.view()
        sought = self.sought.text()
        if view is None or not sought:
            return False
        model, match = view.model(), self.match()
        rows, columns = self._rows(view), self._columns(view)
        count = len(rows) * len(columns)
        if not count:
            return False
        here = view.currentIndex()
        start = 0
        if here.isValid() and here.column() in columns:
            try:
                start = rows.index(here.row()) * len(columns) + columns.index(here.column()) + 1
            except ValueError:
                pass  # the current cell is outside the rows chosen: from the first
        width = len(columns)
        with self._scanning(len(rows)) as told:
            for k in range(start, start + count):
                r, c = rows[k % count // width], columns[k % width]
                if match.spans(model.cell_text(r, c), sought):
                    self._go_to(view, r, c)
                    said = [self.tr("已从头继续查找")] if k >= count else []
                    if view.isColumnHidden(c):  # its row is chosen; the cell itself is out of sight
                        said.append(self.tr("在隐藏的列“%1”中").replace("%1", str(model.headerData(c, Qt.Horizontal))))
                    self.said.setText(self.tr("；").join(said))
                    return True
                if c == columns[-1] and not told((k - start) // width + 1, len(rows)):
                    self.said.setText(self.tr("已停止查找"))
                    return False
        self.said.setText(self.tr("找不到“%1”").replace("%1", sought))
        return False

    def find_all(self) -> int:
        """查找全部: every cell of the rows and columns in play holding what is looked for, listed under the buttons
        (the row's name, the column, the cell's text); the number of cells returned."""
        view = self.view()
        sought = self.sought.text()
        if view is None or not sought:
            return 0
        model = view.model()
        columns = self._columns(view)
        hits = self._scan(view, columns)
        if hits is None:
            self._clear_found()
            self.said.setText(self.tr("已停止查找"))
            return 0
        keys = column_keys(view)
        naming = next((i for i, k in enumerate(keys) if k in ("name", "text")), 0)
        headings = {c: str(model.headerData(c, Qt.Horizontal) or "") for c in columns}
        lines = [Found(_row_id(model, r), c, model.cell_text(r, naming), headings[c], text) for r, c, text, _n in hits]
        self._found_in = view
        self.found_view.model().set_lines(lines)
        self.found_view.setVisible(bool(lines))
        if lines:
            self.found_view.resizeColumnToContents(0)
            self.found_view.setColumnWidth(0, min(self.found_view.columnWidth(0), 260))
            self.found_view.resizeColumnToContents(1)
            self.said.setText(self.tr("找到%1个单元格").replace("%1", str(len(lines))))
        else:
            self.said.setText(self.tr("找不到“%1”").replace("%1", sought))
        return len(lines)

    def _clear_found(self) -> None:
        self._found_in = None
        self.found_view.model().set_lines([])
        self.found_view.hide()

    def _show_found(self, line: int) -> None:
        """A line of 查找全部 chosen: its cell chosen in the list, wherever its row is now."""
        lines = self.found_view.model().lines
        view = self.view()
        if not 0 <= line < len(lines) or view is None or view is not self._found_in:
            return
        found = lines[line]
        row = _row_of(view.model(), found.row_id)
        if row is None:
            self.said.setText(self.tr("“%1”不在当前列表中（已筛选或移出）").replace("%1", found.row_name))
            return
        self._go_to(view, row, found.column)
        said = [self.tr("第%1处，共%2处").replace("%1", str(line + 1)).replace("%2", str(len(lines)))]
        if view.isColumnHidden(found.column):
            said.append(self.tr("在隐藏的列“%1”中").replace("%1", found.heading))
        self.said.setText(self.tr("；").join(said))

    def _scan(self, view, columns: list[int]) -> list[tuple[int, int, str, int]] | None:
        """Every cell of the rows in play and ``columns`` holding what is looked for, row by row: (row, column, its
        text, how many times); None when the planner stopped a long search."""
        model, match, sought = view.model(), self.match(), self.sought.text()
        rows = self._rows(view)
        hits = []
        with self._scanning(len(rows)) as told:
            for done, r in enumerate(rows, 1):
                for c in columns:
                    text = model.cell_text(r, c)
                    spans = match.spans(text, sought)
                    if spans:
                        hits.append((r, c, text, len(spans)))
                if not told(done, len(rows)):
                    return None
        return hits

    def _go_to(self, view, row: int, column: int) -> None:
        from PySide6.QtCore import QItemSelectionModel

        index = view.model().index(row, column)
        keep = self.chosen_only.isChecked() and self.chosen_only.isEnabled()
        # moving within the chosen rows keeps them chosen; otherwise the cell found is the one chosen
        flags = QItemSelectionModel.NoUpdate if keep else QItemSelectionModel.ClearAndSelect
        view.selectionModel().setCurrentIndex(index, flags)
        view.scrollTo(index)
        self._keep_clear(view, index)

    def _keep_clear(self, view, index) -> None:
        """The box moved off the cell found (below it, or above where there is no room), as Excel's does: the
        unit column at the list's right edge was found under it."""
        from PySide6.QtCore import QRect

        cell = view.visualRect(index)
        cell = QRect(view.viewport().mapToGlobal(cell.topLeft()), cell.size())
        box = self.frameGeometry()
        if not self.isVisible() or not box.intersects(cell):
            return
        screen = (self.screen() or view.screen()).availableGeometry()
        below = cell.bottom() + 24
        if below + box.height() <= screen.bottom():
            self.move(box.x(), below)
        else:
            self.move(box.x(), max(screen.top(), cell.top() - 24 - box.height()))

    def replace_one(self) -> bool:
        """替换: the current cell, where it holds what is looked for; then on to the next."""
        view = self.view()
        sought = self.sought.text()
        if view is None or not sought or self.window.read_only:
            return False
        here = view.currentIndex()
        if here.isValid() and here.column() in self._columns(view):
            new = self.match().replaced(view.model().cell_text(here.row(), here.column()), sought, self.new.text())
            if new is not None:
                if not self._replaceable(view.model(), here.column()):
                    self.said.setText(self.tr("这一列不能修改"))
                    return False
                if not self._write(view, [(here.row(), here.column(), new)], 1):
                    return False
        self.find_next()
        return True

    def replace_all(self) -> int:
        """全部替换: every cell of the rows and columns in play holding what is looked for, one transaction and one
        undo step; the count said. Cells in columns nobody types into (a light, a rate worked out) are left and
        counted apart."""
        view = self.view()
        sought = self.sought.text()
        if view is None or not sought or self.window.read_only:
            return 0
        model, match, new = view.model(), self.match(), self.new.text()
        columns = self._columns(view)
        hits = self._scan(view, columns)
        if hits is None:
            self.said.setText(self.tr("已停止查找，未替换任何内容"))
            return 0
        writable = {c: self._replaceable(model, c) for c in columns}
        cells = [(r, c, match.replaced(text, sought, new), n) for r, c, text, n in hits if writable[c]]
        fixed = len(hits) - len(cells)
        times = sum(n for *_, n in cells)
        left = self.tr("；%1格在不能修改的列中，未替换").replace("%1", str(fixed)) if fixed else ""
        if not cells:
            self.said.setText(self.tr("找不到“%1”").replace("%1", sought) + left)
            return 0
        if not self._write(view, [cell[:3] for cell in cells], times):
            return 0
        self._clear_found()  # its lines said what the cells held before
        said = self.tr("已替换%1处（%2格）").replace("%1", str(times)).replace("%2", str(len(cells))) + left
        self.said.setText(said)
        self.window.statusBar().showMessage(said, 8000)
        return times

    def _write(self, view, cells: list[tuple[int, int, str]], times: int) -> bool:
        """The cells written as typed, one undo step; a refusal said and nothing written."""
        try:
            edits = view.model().paste_edits(cells)
        except ValueError as exc:
            self.said.setText(self.tr("未替换：%1").replace("%1", str(exc)))
            return False
        if not edits:
            return True  # the same values (a replacement by itself): nothing to write
        title = self.tr("替换“%1”为“%2”（%3处）").replace("%1", self.sought.text()) \
            .replace("%2", self.new.text()).replace("%3", str(times))
        ok, stopped = write_edits(self.window, edits, self.tr("正在替换…"), title, view.model(), cells)
        if stopped:
            self.said.setText(self.tr("已停止替换，未写入任何内容"))
        return ok
