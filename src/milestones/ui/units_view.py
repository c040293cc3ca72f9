"""各单位进展: each unit's targets and projects at the dashboard's quarter, the one most to ask about first.

What an office sends round after a quarter (各责任单位目标任务完成情况); a figure opens the targets or
the projects it counts.
"""
from __future__ import annotations


from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QFileDialog, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QMenu, QMessageBox, QPushButton,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ..domain.progress import Light
from ..domain.quarter import Quarter
from ..store.queries import PlanNotFound
from ..store.unit_progress import unit_progress, unit_renames
from .filter_bar import UNREPORTED
from .folders import last_folder, remember_folder
from .lang import quarter_label
from .problem_text import problem_text
from .waiting_cells import show_waiting

# (heading, what is counted, which list a click opens: ("targets", standing) or ("projects", light))
_COLUMNS = [
    ("牵头目标", "targets", "listed", ("targets", "")),
    ("完成", "targets", "met", ("targets", "met")),
    ("未完成", "targets", "not_met", ("targets", "not_met")),
    ("到期未填报", "targets", "pending", ("targets", "pending")),
    ("落后于本季度安排", "targets", "behind", ("targets", "behind")),
    ("重点项目", "projects", "listed", ("projects", "")),
    ("严重滞后", "projects", Light.RED.value, ("projects", Light.RED.value)),
    ("滞后", "projects", Light.YELLOW.value, ("projects", Light.YELLOW.value)),
    ("未报本季度投资", "projects", "unreported", ("projects", UNREPORTED)),
    # the indicators a unit leads, where a table split among the units names them (shown only then)
    ("牵头指标", "indicators", "listed", ("indicators", "")),
    ("指标未完成", "indicators", "not_met", ("indicators", "not_met")),
    ("指标未达时序进度", "indicators", "behind_pace", ("indicators", "behind_pace")),
]
# a long Chinese heading on two lines where it reads so: unbroken, "落后于本季度安排" and "未报本季度投资" were cut to
# "i后于本季度安" on a 1366-wide screen (Chinese has no spaces for the header to wrap at)
_LINES = {"到期未填报": "到期\n未填报", "落后于本季度安排": "落后于\n本季度安排", "未报本季度投资": "未报\n本季度投资",
          "牵头指标": "牵头\n指标", "指标未完成": "指标\n未完成", "指标未达时序进度": "指标未达\n时序进度"}


def heading_lines(text: str) -> str:
    """A heading as shown: English a word a line ("Behind / this / quarter's / step"), Chinese at its break."""
    return _LINES.get(text) or text.replace(" ", "\n")


_ALARM = {"not_met": "#f8d0d0", "pending": "#fff1c2", "behind": "#fde2c8", Light.RED.value: "#f8d0d0",
          Light.YELLOW.value: "#fff1c2", "unreported": "#fff1c2", "behind_pace": "#fde2c8"}


class UnitsView(QWidget):
    # a figure was clicked: the unit, and ("targets", standing) or ("projects", light)
    asked = Signal(str, str, str)
    exported = Signal(str)  # the table was written there
    plan_gone = Signal()  # the year shown was removed (by a colleague, on a shared plan): the window moves on

    def __init__(self, ops, year: int | None, parent=None) -> None:
        super().__init__(parent)
        self.ops, self.year = ops, year
        self.at: Quarter | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        top.addWidget(self.heading, 1)
        self.chase_button = QPushButton(self.tr("催报名单…"), self)
        self.chase_button.setObjectName("chaseUnits")
        self.chase_button.setToolTip(self.tr("本季度尚未报送投资的项目、到期未填报的目标，按单位写成催报通知"))
        self.chase_button.clicked.connect(self.show_chase)
        top.addWidget(self.chase_button)
        self.export_button = QPushButton(self.tr("导出表格…"), self)
        self.export_button.setObjectName("exportUnits")
        self.export_button.clicked.connect(self.export)
        top.addWidget(self.export_button)
        lay.addLayout(top)
        self.table = QTableWidget(0, len(_COLUMNS) + 1, self)
        self.table.setObjectName("unitTable")
        # headings are longer than the figures: on two lines, or a word a line in English
        self.table.setHorizontalHeaderLabels([self.tr("单位")] + [heading_lines(self.tr(c[0])) for c in _COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.NoSelection)
        self.table.verticalHeader().hide()
        # each figure as wide as its heading, the unit's name the rest: with the indicators' three columns too,
        # shared widths cut "本季度安排" to "本季度安" on a 1366-wide screen
        heads = self.table.horizontalHeader()
        heads.setSectionResizeMode(0, QHeaderView.Stretch)
        for c in range(1, self.table.columnCount()):
            lines = self.table.horizontalHeaderItem(c).text().split("\n")
            self.table.setColumnWidth(c, max(56, max(heads.fontMetrics().horizontalAdvance(t) for t in lines) + 20))
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.cellClicked.connect(self._clicked)
        self.table.setContextMenuPolicy(Qt.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        lay.addWidget(self.table, 1)
        self.units = []
        self.read_only = False  # a viewer of a shared plan renames nothing
        self._stale = True
        self._kept_renames: dict[str, tuple] = {}  # a unit's rename kept to be written later: old name → (command, new)
        ops.changed.connect(lambda _cs: self.refresh())
        # a kept rename written (an undo step then) or refused: the name as the plan has it
        for signal in (ops.connection_back, ops.failed, ops.undo_stack.indexChanged):
            signal.connect(self._settle_renames)

    def set_at(self, at: Quarter) -> None:
        self.at = at
        self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Recount, if shown; else on the next show (as the dashboard does)."""
        if not self.isVisible() or not self.year:
            self._stale = True
            return
        self._stale = False
        at = self.at or Quarter(self.year, 4)
        try:
            self.units = unit_progress(self.ops.db, self.year, at)
        except PlanNotFound:
            self.plan_gone.emit()
            return
        if not self.units:
            self.heading.setText(self.tr("目标和项目都还没有填写责任单位：导入带“责任单位”列的表格，或在表中填写后，这里按单位列出进展。"))
        led = any(u.indicators["listed"] for u in self.units)  # most plans name no indicator's unit
        if self.units:
            said = (self.tr("截至%1，各单位牵头的目标、指标和负责的重点项目（点击数字查看）") if led else
                    self.tr("截至%1，各单位牵头的目标和负责的重点项目（点击数字查看）"))
            self.heading.setText(said.replace("%1", quarter_label(at)))
        self.table.setRowCount(len(self.units))
        for c, column in enumerate(_COLUMNS, start=1):
            self.table.setColumnHidden(c, column[1] == "indicators" and not led)
        renamed = self._renames_waiting()
        for r, u in enumerate(self.units):
            self.table.setItem(r, 0, self._name_item(u.unit, renamed.get(u.unit)))
            for c, (_head, what, key, _link) in enumerate(_COLUMNS, start=1):
                n = getattr(u, what)[key]
                item = QTableWidgetItem(str(n) if n else "")
                item.setTextAlignment(Qt.AlignCenter)
                if n and key in _ALARM:
                    item.setBackground(QBrush(QColor(_ALARM[key])))
                if n:
                    item.setToolTip(self.tr("点击查看"))
                self.table.setItem(r, c, item)

    def show_chase(self):
        """催报名单 at the quarter shown: the notice in a box to edit and copy (not modal)."""
        from ..store.chase import chase_list, chase_text
        from .clipboard import text_dialog
        from .lang import language

        at = self.at or Quarter(self.year, 4)
        with self.ops.db.read() as s:
            chase = chase_list(s, self.year, at)
        return text_dialog(self, "chaseDialog", self.tr("催报名单（%1）").replace("%1", quarter_label(at)),
                           chase_text(chase, language()), 680, 360)

    def export(self, path: str | None = None) -> str | None:
        """The table as the office sends it round (xlsx); ``path`` asked for when not given."""
        from ..spreadsheet.unit_report import export_unit_progress  # the writer loads on the first export, not at start
        at = self.at or Quarter(self.year, 4)
        if not path:
            settings = getattr(self.window(), "settings", None)
            suggested = last_folder(settings, "export") / f"{self.year}年{'一二三四'[at.q - 1]}季度各单位进展.xlsx"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("导出各单位进展"), str(suggested), "Excel (*.xlsx)")
            if not path:
                return None
            remember_folder(settings, "export", path)
        path = path if path.lower().endswith(".xlsx") else path + ".xlsx"
        try:
            export_unit_progress(self.ops.db, path, self.year, at)
        except (OSError, ValueError, LookupError) as exc:  # a folder one cannot write to, a file open elsewhere
            QMessageBox(QMessageBox.Warning, self.tr("导出失败"), problem_text(str(exc)), QMessageBox.Ok, self).open()
            return None
        self.exported.emit(path)
        return path

    def _menu(self, pos) -> None:
        row = self.table.rowAt(pos.y())
        if row < 0 or row >= len(self.units) or self.read_only:
            return
        menu = QMenu(self.table)
        menu.aboutToHide.connect(menu.deleteLater)
        unit = self.units[row].unit
        menu.addAction(self.tr("将“%1”改名为…").replace("%1", unit), lambda: self.ask_rename(unit))
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def ask_rename(self, unit: str) -> QInputDialog:
        """One unit typed two ways ("区住建委", "区住房城乡建委"): name it one way everywhere the plan names it."""
        box = QInputDialog(self)
        box.setWindowTitle(self.tr("单位改名"))
        box.setLabelText(self.tr("“%1”改为（可选已有单位，或输入新名称）：").replace("%1", unit))
        box.setComboBoxItems([u.unit for u in self.units if u.unit != unit])
        box.setComboBoxEditable(True)
        box.setTextValue("")
        box.textValueSelected.connect(lambda new: self.rename(unit, new))
        box.open()  # not exec(): the window (and a test) keeps running
        self.rename_box = box
        return box

    def rename(self, old: str, new: str) -> bool:
        """Every cell of the plan naming ``old`` names ``new`` instead: one change, one undo step."""
        from .undo import EditCommand, FieldEdit, push

        new = new.strip()
        if not new or new == old:
            return False
        edits = [FieldEdit(table, row_id, f, was, becomes, version)
                 for table, row_id, f, was, becomes, version in unit_renames(self.ops.db, self.year, old, new)]
        if not edits:
            return False
        text = self.tr("单位“%1”改名为“%2”").replace("%1", old).replace("%2", new)
        command = EditCommand(self.ops, edits, text)
        if push(self.ops, command):
            return True
        if command in self.ops.pending:  # kept (the server out of reach, a colleague writing): shown renamed meanwhile
            self._kept_renames[old] = (command, new)
            self.refresh()
        return False

    def _renames_waiting(self) -> dict[str, str]:
        self._kept_renames = {old: kept for old, kept in self._kept_renames.items() if kept[0] in self.ops.pending}
        return {old: new for old, (_command, new) in self._kept_renames.items()}

    def _settle_renames(self, *_args) -> None:
        before = len(self._kept_renames)
        if before and len(self._renames_waiting()) < before:
            self.refresh()

    def _name_item(self, unit: str, renamed: str | None) -> QTableWidgetItem:
        """The unit's name; one renamed whose change waits to be written, by its new name in the waiting look (the
        table counts what is written: the old name under the banner saying it was kept read as a rename lost)."""
        item = QTableWidgetItem(unit if renamed is None else renamed)
        if renamed is not None:
            show_waiting(item, self.tr("原名“%1”。").replace("%1", unit))
        return item

    def _clicked(self, row: int, column: int) -> None:
        if column == 0 or row >= len(self.units):
            return
        _head, what, key, (kind, which) = _COLUMNS[column - 1]
        unit = self.units[row]
        if getattr(unit, what)[key]:
            self.asked.emit(unit.unit, kind, which)
