"""The right-click menus of the window's lists (projects, 举措与目标, indicators) and the boxes they open: a target's
quarterly steps, a measure's paragraph, an indicator's years.

A right click on a row not chosen chooses it, so the menu is about the row clicked; 新增… and 删除所选… are offered
as on the toolbar, off for a viewer.
"""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QObject, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMenu, QPlainTextEdit, QVBoxLayout

from .cell_paste import chosen_rows


class RowMenus(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.steps_dialog = None  # the last 季度安排 box (a test fills it in)

    def projects(self, pos) -> None:
        w = self.window
        index = w.project_table.indexAt(pos)
        if not index.isValid():  # below the last row: 新增项目, as on the other lists
            menu = QMenu(w.project_table)
            menu.aboutToHide.connect(menu.deleteLater)
            menu.addAction(w.add_action)
            menu.popup(w.project_table.viewport().mapToGlobal(pos))
            return
        _choose_clicked(w.project_table, index)  # 移出计划…, 批量修改 are then about the row clicked, 打开项目 its own
        menu = QMenu(w.project_table)
        menu.aboutToHide.connect(menu.deleteLater)  # a menu a right click, not one more child of the table each time
        if w.project_model.project_id(index.row()) is not None:
            menu.addAction(w.open_project_action)
        menu.addSeparator()
        for a in (w.bulk_action, w.merge_action, w.delete_action):
            menu.addAction(a)
        w.merge_action.setEnabled(not w.read_only and len(w.selected_project_ids()) == 2)
        menu.aboutToHide.connect(lambda: w.merge_action.setEnabled(not w.read_only))
        w.table_edits.add_to(menu)
        menu.popup(w.project_table.viewport().mapToGlobal(pos))

    def indicators(self, pos) -> QMenu:
        w = self.window
        return self._list_menu(w.indicators_table, pos, lambda row: [
            (self.tr("历年情况…"), lambda: self.indicator_history(row), False)],
            self.tr("新增指标…"), w.row_edits.ask_indicator, self.tr("删除所选指标…"))

    def targets(self, pos) -> QMenu:
        w = self.window
        return self._list_menu(w.targets_table, pos, lambda row: [
            (self.tr("编辑举措说明…"), lambda: self.edit_measure_words(row), True),
            (self.tr("编辑季度安排…"), lambda: self.edit_steps(row), True),
            (self.tr("删除举措…"), lambda: w.row_edits.ask_remove_measure(row), True)],
            self.tr("新增目标…"), w.row_edits.ask_target, self.tr("删除所选目标…"))

    def _list_menu(self, table, pos, row_items, add_text: str, add, remove_text: str) -> QMenu:
        """The right-click of 举措与目标 or an indicator table: on a row, ``row_items(row)`` ((text, slot, whether it
        edits) each: off for a viewer) first; then 新增… and, on a row, 删除所选… and the cells' 复制 / 粘贴."""
        w = self.window
        index = table.indexAt(pos)
        menu = QMenu(table)
        menu.aboutToHide.connect(menu.deleteLater)
        if index.isValid():
            _choose_clicked(table, index)
            for text, slot, edits in row_items(index.row()):
                menu.addAction(text, slot).setEnabled(not (edits and w.read_only))
            menu.addSeparator()
        menu.addAction(add_text, lambda: add()).setEnabled(not w.read_only and bool(w.year))
        if index.isValid():
            menu.addAction(remove_text, lambda: w.row_edits.ask_remove(table)).setEnabled(not w.read_only)
            w.table_edits.add_to(menu)
        menu.popup(table.viewport().mapToGlobal(pos))
        return menu

    def indicator_history(self, row: int):
        """One indicator across the years held: each year's target, figure and standing, drawn."""
        from .indicator_history import IndicatorHistoryDialog

        w = self.window
        dialog = IndicatorHistoryDialog(w.ops, w.indicators_model.rows[row]["id"], w)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.show()  # beside the table, as 数据检查
        return dialog

    def edit_steps(self, row: int) -> None:
        """A target's quarterly steps, a quarter a line, in a box of their own (the cell holds one line)."""
        w = self.window
        m = w.targets_model
        col = [c.key for c in m.columns].index("steps")
        r = m.rows[row]
        self.steps_dialog = dialog = QDialog(w)
        dialog.setWindowTitle(self.tr("季度安排"))
        lay = QVBoxLayout(dialog)
        title = QLabel(r["text"], dialog)
        title.setStyleSheet("font-weight: bold")
        lay.addWidget(title)
        lay.addWidget(QLabel(self.tr("每行一个季度，如：一季度：完成方案设计"), dialog))
        shown = m.index(row, col).data(Qt.EditRole) or ""
        dialog.box = box = QPlainTextEdit(shown.replace("；", "\n").replace("; ", "\n"), dialog)
        lay.addWidget(box)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, dialog)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        lay.addWidget(buttons)
        dialog.accepted.connect(lambda: m.setData(m.index(row, col), box.toPlainText()))
        dialog.resize(520, 300)
        dialog.open()

    def edit_measure_words(self, row: int):
        """What the measure does (the plan's paragraph, a task list's 工作措施), edited in a box of its own (not
        modal: the window stays usable, and a test drives it)."""
        w = self.window
        r = w.targets_model.rows[row]
        dialog = QDialog(w)
        dialog.setWindowTitle(self.tr("举措说明"))
        lay = QVBoxLayout(dialog)
        title = QLabel(r["measure"], dialog)
        title.setStyleSheet("font-weight: bold")
        lay.addWidget(title)
        box = QPlainTextEdit(r["measure_text"] or "", dialog)  # a paragraph: wrapped, as the plan prints it
        lay.addWidget(box)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, dialog)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        lay.addWidget(buttons)
        dialog.resize(640, 360)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: w.targets_model.set_measure_words(r, box.toPlainText()))
        dialog.box = box
        dialog.open()
        return dialog


def _choose_clicked(table, index) -> None:
    """A right click on a row not chosen chooses it (with the cell clicked current): the menu is about it."""
    if index.row() not in chosen_rows(table):
        table.selectRow(index.row())
    table.selectionModel().setCurrentIndex(index, QItemSelectionModel.NoUpdate)  # the rows chosen stay chosen
