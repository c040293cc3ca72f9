"""Ctrl+C and Ctrl+V in the tables, as from and to Excel or WPS: copied rows paste as a table, cells pasted from
a spreadsheet are read as if typed, the whole paste one undo step, a bad value refusing it all."""
import shutil
import subprocess

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from milestones.store.schema import KeyProject, MeasureTarget


def _choose(view, rows, column):
    """Rows chosen as a click and shift-click would, the current cell in ``column`` of the first."""
    m, sel = view.model(), view.selectionModel()
    view.setCurrentIndex(m.index(rows[0], column))
    sel.clearSelection()
    for r in rows:
        sel.select(m.index(r, column), QItemSelectionModel.Select | QItemSelectionModel.Rows)


def _project(db, name):
    with db.read() as s:
        return s.scalars(select(KeyProject).where(KeyProject.name == name)).one()


def _names(m, rows):
    return [m.index(r, 1).data() for r in rows]


def test_rows_copied_paste_into_a_spreadsheet_as_a_table(window):
    view, m = window.project_table, window.project_model
    _choose(view, [0, 1], 1)
    text = window.copy_cells()
    assert QGuiApplication.clipboard().text() == text
    lines = text.split("\n")
    assert len(lines) == 2 and lines[0].split("\t")[1] == m.index(0, 1).data()
    assert all(len(line.split("\t")) == len(lines[0].split("\t")) for line in lines)  # one cell per visible column
    view.setColumnHidden(m.keys.index("notes"), True)  # a hidden column is not copied
    assert len(window.copy_cells().split("\n")[0].split("\t")) == len(lines[0].split("\t")) - 1


def test_a_column_pasted_from_a_spreadsheet_fills_the_rows_below_in_one_undo_step(window, db):
    view, m = window.project_table, window.project_model
    col = m.keys.index("responsible_unit")
    _choose(view, [0], col)
    first, second = _names(m, [0, 1])
    assert window.paste_cells("区住房城乡建委\r\n区商务委\r\n")  # Excel ends each row with CR LF
    assert (_project(db, first).responsible_unit, _project(db, second).responsible_unit) == ("区住房城乡建委", "区商务委")
    assert window.undo_action.text().endswith("粘贴2格")
    window.undo_action.trigger()
    assert (_project(db, first).responsible_unit, _project(db, second).responsible_unit) == (None, None)


def test_one_value_pasted_on_chosen_rows_fills_each(window, db):
    view, m = window.project_table, window.project_model
    _choose(view, [2, 3, 4], m.keys.index("project_class"))
    assert window.paste_cells("城市更新")
    assert [_project(db, n).project_class for n in _names(m, [2, 3, 4])] == ["城市更新"] * 3


def test_a_value_a_cell_refuses_refuses_the_whole_paste(window, db):
    view, m = window.project_table, window.project_model
    _choose(view, [0], m.keys.index("planned_start"))
    before = [_project(db, n).planned_start for n in _names(m, [0, 1])]
    assert not window.paste_cells("2024Q3\n明年某时")
    assert [_project(db, n).planned_start for n in _names(m, [0, 1])] == before  # nothing written
    assert "明年某时" in window.statusBar().currentMessage() and m.index(1, 1).data() in window.statusBar().currentMessage()
    assert not window.paste_cells("a\tb\tc\td" * 30)  # past the last column: said
    assert "超出了表格右侧" in window.statusBar().currentMessage()
    _choose(view, [0], m.keys.index("light"))
    assert not window.paste_cells("正常")  # the light is judged, not typed
    assert "不能修改" in window.statusBar().currentMessage()


def test_cells_copied_by_a_spreadsheet_program_paste_with_their_line_breaks(window, db, tmp_path):
    # what LibreOffice writes as tab-separated text: a cell with a line break comes quoted
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        pytest.fail("LibreOffice (soffice) is required: scripts/setup.sh --test installs libreoffice-calc-nogui")
    wb = Workbook()
    wb.active.append(["区住房城乡建委", "王伟 63800000", "已完成方案设计\n正在办理用地手续"])
    wb.active.append(["区商务委", "李明", "已开工"])
    wb.save(tmp_path / "cells.xlsx")
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path / 'lo'}", "--headless", "--convert-to",
                    "txt:Text - txt - csv (StarCalc):9,34,76", "--outdir", str(tmp_path), str(tmp_path / "cells.xlsx")],
                   check=True, capture_output=True, timeout=180)
    text = (tmp_path / "cells.txt").read_text(encoding="utf-8")
    assert '"已完成方案设计\n正在办理用地手续"' in text  # quoted, as spreadsheets copy it
    view, m = window.project_table, window.project_model
    for key in ("responsible_unit", "contact", "notes"):  # three neighbouring columns, as in the sheet
        view.horizontalHeader().moveSection(view.horizontalHeader().visualIndex(m.keys.index(key)),
                                            view.horizontalHeader().count() - 1)
    _choose(view, [0], m.keys.index("responsible_unit"))
    first, second = _names(m, [0, 1])
    assert window.paste_cells(text)
    p, q = _project(db, first), _project(db, second)
    assert (p.responsible_unit, p.contact, p.notes) == ("区住房城乡建委", "王伟 63800000", "已完成方案设计\n正在办理用地手续")
    assert (q.responsible_unit, q.contact, q.notes) == ("区商务委", "李明", "已开工")


def test_targets_reported_are_pasted_into_the_measures_table(window, db):
    window.show_targets("")
    view, m = window.targets_table, window.targets_model
    col = [c.key for c in m.columns].index("actual")
    _choose(view, [0], col)
    assert window.paste_cells("0.5万户\n完成")
    with db.read() as s:
        got = [(t.actual, t.actual_text) for t in (s.get(MeasureTarget, m.rows[r]["id"]) for r in (0, 1))]
    assert got[0][0] == 0.5 and got[1][1] == "完成"
    _choose(view, [0], [c.key for c in m.columns].index("steps"))
    assert not window.paste_cells("一季度：完成招标")  # the quarters' steps are typed cell by cell
    assert "请双击单元格逐格修改" in window.statusBar().currentMessage()


def test_ctrl_v_in_the_search_box_pastes_there_and_on_the_table_into_the_table(window, db, qtbot):
    from PySide6.QtCore import Qt

    window.activateWindow()
    view, m = window.project_table, window.project_model
    QGuiApplication.clipboard().setText("城市更新")
    search = window.filter_bar.search
    search.setFocus()
    qtbot.keyClick(search, Qt.Key_V, Qt.ControlModifier)
    assert search.text() == "城市更新"  # typed into the search, not pasted into the table
    assert window.ops.undo_stack.count() == 0
    search.clear()
    window.filter_bar._emit()
    _choose(view, [0], m.keys.index("project_class"))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key_V, Qt.ControlModifier)
    qtbot.waitUntil(lambda: _project(db, m.index(0, 1).data()).project_class == "城市更新", timeout=3000)


def test_del_clears_a_targets_cell_and_never_removes_a_project_out_of_sight(window, db, qtbot, monkeypatch):
    # Del was window-wide: on 举措与目标 it offered to take off the plan a project chosen on the hidden list
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QInputDialog

    asked = []
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (asked.append(a[1]), ("", False))[1]))
    window.project_table.selectRow(0)
    window.activateWindow()
    window.show_targets("")
    view, m = window.targets_table, window.targets_model
    col = [c.key for c in m.columns].index("actual")
    _choose(view, [0], col)
    assert window.paste_cells("0.5万户")
    view.setFocus()
    qtbot.keyClick(view, Qt.Key_Delete)
    qtbot.waitUntil(lambda: m.rows[0]["actual"] is None, timeout=3000)
    assert asked == []  # no project was offered for removal
    with db.read() as s:
        t = s.get(MeasureTarget, m.rows[0]["id"])
        assert (t.actual, t.actual_text) == (None, None)
    window.undo_action.trigger()  # one undo step puts it back
    with db.read() as s:
        assert s.get(MeasureTarget, m.rows[0]["id"]).actual == 0.5
    window.delete_action.trigger()  # 编辑 → 删除所选目标… on this page: the target chosen, never a project
    box = window.findChild(QMessageBox, "removeRows")
    assert asked == [] and box.text() == "删除这1个目标？"
    box.button(QMessageBox.No).click()
    window.show_dashboard()
    window.delete_action.trigger()  # 移出计划… on a page listing no projects: said where to choose them
    assert asked == [] and "重点项目表或进度时间轴" in window.statusBar().currentMessage()
    window.show_projects()
    window.project_table.selectRow(0)
    window.project_table.setFocus()
    qtbot.keyClick(window.project_table, Qt.Key_Delete)  # on the list, Del is 移出计划 and asks why
    assert asked == ["移出计划"]


def test_a_paste_longer_than_the_rows_shown_reaches_the_rows_not_yet_shown(window, db, monkeypatch):
    # a long list shows a batch of rows at a time: a column pasted past the batch was refused as past the end
    import milestones.ui.project_model as pm

    monkeypatch.setattr(pm, "BATCH", 10)
    m, view = window.project_model, window.project_table
    m.reload()
    assert m.rowCount() == 10 and m.total() == 49
    _choose(view, [0], m.keys.index("contact"))
    assert window.paste_cells("\n".join(f"联系人{i}" for i in range(30)))
    assert m.rowCount() >= 30
    assert _project(db, m.index(29, 1).data()).contact == "联系人29"


def test_a_row_menu_copies_with_the_headings_and_pastes(window, db, qtbot):
    # right click → 复制（含表头）: the table for a report with its headings; 粘贴 from the same menu
    from PySide6.QtWidgets import QMenu

    window.show_targets("")
    view, m = window.targets_table, window.targets_model
    _choose(view, [0, 1], 1)

    def menu_at(row, column):
        before = set(view.findChildren(QMenu))
        window.row_menus.targets(view.visualRect(m.index(row, column)).center())
        (menu,) = set(view.findChildren(QMenu)) - before
        return {a.text(): a for a in menu.actions()}, menu

    actions, menu = menu_at(1, 1)  # on a row already chosen: both stay chosen
    actions["复制（含表头）"].trigger()
    menu.close()
    lines = QGuiApplication.clipboard().text().split("\n")
    assert len(lines) == 3 and lines[0].split("\t")[:2] == ["部分", "举措"]
    actual = [c.key for c in m.columns].index("actual")
    QGuiApplication.clipboard().setText("0.8亿元")  # the row's target is in 亿元 (0.8万户 is no amount: words)
    actions, menu = menu_at(3, actual)  # on another row: it is chosen, the cell clicked current
    assert actions["粘贴"].isEnabled()
    actions["粘贴"].trigger()
    menu.close()
    with db.read() as s:
        assert s.get(MeasureTarget, m.rows[3]["id"]).actual == 0.8


def _stop_when_shown(window, seen):
    """Clicks 停止 on the write's progress box as soon as it is there (its first words of progress)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QProgressDialog

    def stop():
        box = window.findChild(QProgressDialog, "writeProgress")
        seen.append((box.value(), box.maximum()))
        box.cancel()

    QTimer.singleShot(0, stop)


def test_a_long_paste_says_how_far_it_is_and_stopping_it_writes_nothing(window, db, qtbot, monkeypatch):
    # thousands of rows pasted take seconds: the planner sees it going and can stop it, all of it rolled back
    import milestones.store.changes as changes
    import milestones.ui.cell_paste as cell_paste
    from PySide6.QtWidgets import QProgressDialog

    monkeypatch.setattr(cell_paste, "LONG", 20)  # the bundled plan's 49 projects stand for thousands
    monkeypatch.setattr(cell_paste, "SHOW_AFTER_MS", 0)  # and its fraction of a second for seconds
    monkeypatch.setattr(cell_paste, "TELL_EVERY_S", 0)
    monkeypatch.setattr(changes, "PROGRESS_EVERY", 10)
    m, view = window.project_model, window.project_table
    _choose(view, [0], m.keys.index("contact"))
    steps = window.ops.undo_stack.count()
    seen = []
    _stop_when_shown(window, seen)
    column = "\n".join(f"联系人{i}" for i in range(49))
    assert not window.paste_cells(column)
    assert seen == [(20, 49)]  # shown at 10 of 49 rows, stopped at the next word
    with db.read() as s:
        assert s.scalars(select(KeyProject.contact).where(KeyProject.contact.like("联系人%"))).all() == []
    assert window.ops.undo_stack.count() == steps and "已停止粘贴" in window.statusBar().currentMessage()
    assert window.paste_cells(column)  # not stopped: written whole, one step
    assert _project(db, m.index(48, 1).data()).contact == "联系人48"
    assert window.ops.undo_stack.count() == steps + 1
    qtbot.waitUntil(lambda: window.findChild(QProgressDialog, "writeProgress") is None, timeout=3000)
    window.undo_action.trigger()  # the undo of a long paste needs no box
    assert _project(db, m.index(48, 1).data()).contact is None


def test_a_long_bulk_edit_can_be_stopped_too(window, db, qtbot, monkeypatch):
    import milestones.store.changes as changes
    import milestones.ui.cell_paste as cell_paste

    monkeypatch.setattr(cell_paste, "LONG", 20)
    monkeypatch.setattr(cell_paste, "SHOW_AFTER_MS", 0)
    monkeypatch.setattr(cell_paste, "TELL_EVERY_S", 0)
    monkeypatch.setattr(changes, "PROGRESS_EVERY", 10)
    view = window.project_table
    view.selectAll()
    seen = []
    _stop_when_shown(window, seen)
    assert not window.bulk_edit("project_class", "城市更新")
    assert seen and "已停止批量修改" in window.statusBar().currentMessage()
    with db.read() as s:
        assert s.scalars(select(KeyProject.id).where(KeyProject.project_class == "城市更新")).all() == []
    assert window.bulk_edit("project_class", "城市更新")
    with db.read() as s:
        assert len(s.scalars(select(KeyProject.id).where(KeyProject.project_class == "城市更新")).all()) == 49


def test_undoing_a_long_paste_shows_the_wait_pointer(window, db, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    import milestones.store.changes as changes

    m, view = window.project_model, window.project_table
    _choose(view, [0], m.keys.index("contact"))
    assert window.paste_cells("\n".join(f"联系人{i}" for i in range(49)))
    window.ops.undo_stack.command(window.ops.undo_stack.count() - 1).edits *= 11  # as long as 539 cells
    cursors = []
    real = changes.update_checked
    monkeypatch.setattr(changes, "update_checked", lambda *a, **k: cursors.append(
        QApplication.overrideCursor() and QApplication.overrideCursor().shape()) or real(*a, **k))
    window.undo_action.trigger()
    assert cursors == [Qt.WaitCursor] and QApplication.overrideCursor() is None
    assert _project(db, m.index(48, 1).data()).contact is None


def test_zones_and_areas_paste_by_their_names(window, db):
    # a column of 区域 / 板块 pasted from a spreadsheet holds names; they were refused ("东部") as not an id
    view, m = window.project_table, window.project_model
    zone, area = m.keys.index("zone"), m.keys.index("area")
    row = next(r for r in range(m.rowCount()) if not m.index(r, zone).data())
    name = m.index(row, 1).data()
    view.setCurrentIndex(m.index(row, zone))
    assert window.paste_cells("东部\t解放碑中央商务区")
    assert (m.index(row, zone).data(), m.index(row, area).data()) == ("东部", "解放碑中央商务区")
    assert window.undo_action.text().endswith("粘贴2格")
    # an area alone brings its zone; the zone's other names are read as the importer reads them
    view.setCurrentIndex(m.index(row, area))
    assert window.paste_cells("菜园坝滨江新城")
    assert (m.index(row, zone).data(), m.index(row, area).data()) == ("中部", "菜园坝滨江新城")
    view.setCurrentIndex(m.index(row, zone))
    assert window.paste_cells("西部片区")
    assert m.index(row, zone).data() == "西部" and m.index(row, area).data() == ""  # 菜园坝 is not 西部's
    with db.read() as s:
        project = s.scalars(select(KeyProject).where(KeyProject.name == name)).one()
        assert project.zone.name == "西部" and project.area_id is None


def test_rows_copied_from_the_list_paste_back_onto_other_rows_whole(window, db):
    view, m = window.project_table, window.project_model
    zone, area = m.keys.index("zone"), m.keys.index("area")
    source = next(r for r in range(m.rowCount()) if m.index(r, area).data())
    target = next(r for r in range(m.rowCount()) if not m.index(r, zone).data())
    _choose(view, [source], 1)
    text = window.copy_cells()
    view.setCurrentIndex(m.index(target, 0))
    view.selectionModel().clearSelection()
    cells = text.split("\t")
    # 序号 and 项目名称 kept: from 区域 on, the row's cells as copied (up to the computed ones)
    view.setCurrentIndex(m.index(target, zone))
    assert window.paste_cells("\t".join(cells[zone:m.keys.index("invested")]))
    assert [m.index(target, c).data() for c in range(zone, m.keys.index("invested"))] == \
        [m.index(source, c).data() for c in range(zone, m.keys.index("invested"))]


def test_a_zone_or_area_nobody_knows_is_refused_with_the_choices(window, db, monkeypatch):
    view, m = window.project_table, window.project_model
    said = []
    monkeypatch.setattr(window, "_show_failure", said.append)
    view.setCurrentIndex(m.index(0, m.keys.index("zone")))
    assert not window.paste_cells("北部")
    assert said[-1] == "未粘贴：“重庆长滨”的“区域”：没有“北部”这个区域；可填：东部、中部、西部、全区"
    view.setCurrentIndex(m.index(0, m.keys.index("area")))
    assert not window.paste_cells("月球基地")
    assert said[-1] == "未粘贴：“重庆长滨”的“板块”：没有名为“月球基地”的板块；可在单元格的下拉列表中选择"


def test_ctrl_d_fills_the_chosen_rows_with_the_first_ones_value_every_digit(window, db, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    view, m = window.project_table, window.project_model
    total = m.keys.index("total_investment")
    view.setCurrentIndex(m.index(0, total))
    assert window.paste_cells("0.125")  # shown 0.13: the fill takes 0.125
    _choose(view, [0, 1, 2, 3], total)
    view.setFocus()
    QTest.keyClick(view, Qt.Key_D, Qt.ControlModifier)
    names = _names(m, [0, 1, 2, 3])
    assert [_project(db, n).total_investment for n in names] == [0.125] * 4
    assert window.undo_action.text().endswith("向下填充3格")
    window.undo_action.trigger()
    assert [_project(db, n).total_investment for n in names] == [0.125, None, None, None]
    # one row chosen: the value of the row above, as Excel
    zone = m.keys.index("zone")
    _choose(view, [1], zone)
    above = m.index(0, zone).data()
    assert window.fill_action.isEnabled() and window.table_edits.fill_down()
    assert m.index(1, zone).data() == above
    _choose(view, [0], zone)
    assert not window.table_edits.fill_down()  # nothing above the first row


def test_fill_down_on_the_targets_and_a_refusal(window, db, monkeypatch):
    window.show_targets("")
    view, m = window.targets_table, window.targets_model
    unit = [c.key for c in m.columns].index("responsible_unit")
    view.setCurrentIndex(m.index(0, unit))
    assert window.paste_cells("区商务委")
    _choose(view, [0, 1, 2], unit)
    assert window.table_edits.fill_down()
    with db.read() as s:
        assert [s.get(MeasureTarget, m.rows[r]["id"]).responsible_unit for r in range(3)] == ["区商务委"] * 3
    said = []
    monkeypatch.setattr(window, "_show_failure", said.append)
    steps = [c.key for c in m.columns].index("steps")
    _choose(view, [0, 1], steps)
    assert not window.table_edits.fill_down()
    assert said and said[-1].startswith("未填充：") and "季度安排" in said[-1]


def test_a_targets_wording_edited_brings_its_subject_unless_one_was_typed(window, db):
    window.show_targets("")
    view, m = window.targets_table, window.targets_model
    keys = [c.key for c in m.columns]
    row = next(r for r in range(len(m.rows)) if m.rows[r]["text"] == "新增创新孵化平台2家以上")
    view.setCurrentIndex(m.index(row, keys.index("text")))
    assert window.paste_cells("新增市级科技企业孵化器3家以上")
    assert m.index(row, keys.index("subject")).data() == "新增市级科技企业孵化器"
    view.setCurrentIndex(m.index(row, keys.index("subject")))
    assert window.paste_cells("孵化器")  # typed by hand: a later wording leaves it
    view.setCurrentIndex(m.index(row, keys.index("text")))
    assert window.paste_cells("新增市级科技企业孵化器4家以上")
    assert m.index(row, keys.index("subject")).data() == "孵化器" and m.index(row, keys.index("value")).data() == "4"


def test_ctrl_d_in_the_search_box_fills_nothing(window, db, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    view, m = window.project_table, window.project_model
    total = m.keys.index("total_investment")
    view.setCurrentIndex(m.index(0, total))
    assert window.paste_cells("12.5")
    _choose(view, [0, 1, 2], total)
    window.activateWindow()
    box = window.filter_bar.search
    box.setFocus()
    qtbot.waitUntil(box.hasFocus, timeout=3000)
    steps = window.ops.undo_stack.count()
    QTest.keyClick(box, Qt.Key_D, Qt.ControlModifier)
    assert window.ops.undo_stack.count() == steps and m.index(1, total).data() == ""


def test_a_copied_list_with_a_cell_on_two_lines_pastes_back_as_one_row(qapp):
    """The data check's and the breakdown's 复制 joined cells with tabs and lines alone: a reason or a name with a
    line break split its row in two when pasted into Excel. Cells are quoted as Excel quotes them now."""
    from milestones.ui.cell_paste import read_grid
    from milestones.ui.clipboard import copy_rows

    rows = [["重庆长滨", "年度计划大于总投资", "已核实：\n含征地拆迁"], ["红楼宾馆", '说明"原文"', "a\tb"]]
    text = copy_rows(["项目", "问题", "说明"], rows)
    assert QGuiApplication.clipboard().text() == text
    assert read_grid(text) == [["项目", "问题", "说明"], *rows]
    assert text.splitlines()[0] == "项目\t问题\t说明"  # plain cells stay plain


def test_ctrl_enter_on_the_project_list_opens_the_project_the_keyboard_is_on(window, qtbot):
    # Enter goes down the list, as in a spreadsheet, and a double click opens a project only on its name: a planner
    # working at the keyboard had no way to the project window but the mouse
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMenu

    from milestones.ui.project_dialog import ProjectDialog

    m, view = window.project_model, window.project_table
    window.activateWindow()
    window.show_projects()
    view.setCurrentIndex(m.index(3, m.keys.index("responsible_unit")))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key_Return, Qt.ControlModifier)
    dialogs = [d for d in window.findChildren(ProjectDialog) if d.isVisible()]
    assert len(dialogs) == 1 and m.index(3, m.keys.index("name")).data() in dialogs[0].windowTitle()
    dialogs[0].reject()
    # the row menu offers it with its key, on the row clicked (the rows chosen stay chosen)
    view.horizontalScrollBar().setValue(0)  # back at the names
    view.selectRow(0)
    view.selectionModel().select(m.index(2, 0), view.selectionModel().SelectionFlag.Select
                                 | view.selectionModel().SelectionFlag.Rows)
    chosen, before = window.selected_project_ids(), set(view.findChildren(QMenu))
    assert len(chosen) >= 2
    window.row_menus.projects(view.visualRect(m.index(2, 1)).center())
    (menu,) = set(view.findChildren(QMenu)) - before
    opened = next(a for a in menu.actions() if a.text() == "打开项目…")
    assert opened.shortcut().toString() == "Ctrl+Return" and window.selected_project_ids() == chosen
    opened.trigger()
    menu.close()
    dialogs = [d for d in window.findChildren(ProjectDialog) if d.isVisible()]
    assert m.index(2, m.keys.index("name")).data() in dialogs[-1].windowTitle()
    dialogs[-1].reject()
