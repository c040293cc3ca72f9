"""编辑 → 替换 (Ctrl+H): Excel's 查找和替换 over the list in view — a department renamed across the plan in one
step, undone in one, a value a cell refuses refusing it all."""
import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from milestones.store.schema import KeyProject, MeasureTarget
from milestones.ui.find_replace import Match, ReplaceDialog


def _units(db):
    with db.read() as s:
        return {p.name: p.responsible_unit for p in s.scalars(select(KeyProject))}


def _give_units(window, rows, units):
    """Units typed into the list as a planner pastes them from a spreadsheet."""
    m, view = window.project_model, window.project_table
    view.setCurrentIndex(m.index(rows[0], m.keys.index("responsible_unit")))
    view.selectionModel().clearSelection()
    assert window.paste_cells("\n".join(units))


def _ask(window, sought, new="", **options):
    dialog = window.show_replace()
    dialog.sought.setText(sought)
    dialog.new.setText(new)
    for name, on in options.items():
        getattr(dialog, name).setChecked(on)
    return dialog


def _stop_when_shown(window, name, seen):
    """停止 clicked on the progress box ``name`` as soon as one is shown (an earlier one, closed, may still wait
    for its deletion): its words kept in ``seen``."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QProgressDialog

    def stop():
        shown = [b for b in window.findChildren(QProgressDialog, name) if b.isVisible()]
        if not shown:
            QTimer.singleShot(0, stop)
            return
        seen.append(shown[0].labelText())
        shown[0].cancel()

    QTimer.singleShot(0, stop)


# -- how a cell's text is matched ------------------------------------------------------------------------
def test_full_and_half_width_forms_match_and_the_rest_of_the_cell_keeps_its_own():
    m = Match()
    # a name pasted from a web page with half-width brackets, another typed with full-width ones
    assert m.replaced("渝中区（一期）道路", "(一期)", "（二期）") == "渝中区（二期）道路"
    assert m.replaced("区商务委牵头,区规划自然资源局配合", "，", "、") == "区商务委牵头、区规划自然资源局配合"
    assert m.replaced("ABC区", "abc", "XYZ") == "XYZ区"
    assert Match(width=True).replaced("渝中区（一期）", "(一期)", "x") is None
    assert Match(case=True).replaced("ABC区", "abc", "x") is None
    assert m.replaced("区住建委、区住建委", "区住建委", "区住房城乡建委") == "区住房城乡建委、区住房城乡建委"


def test_a_whole_cell_match_and_a_match_inside_one_character():
    assert Match(whole=True).replaced("区商务委", "区商务委", "区商务委员会") == "区商务委员会"
    assert Match(whole=True).replaced("区商务委、区财政局", "区商务委", "x") is None
    assert Match().spans("12㎡", "m") == []  # not half of a character's folded form
    assert Match().spans("12㎡", "㎡") == [(2, 3)]
    assert Match().replaced("", "a", "b") is None and Match().replaced("abc", "", "x") is None


# -- the project list ------------------------------------------------------------------------------------
def test_a_renamed_department_is_replaced_across_the_list_in_one_undo_step(window, db):
    _give_units(window, [0], ["区住建委", "区商务委", "区住建委牵头，区财政局配合"])
    names = [window.project_model.index(r, 1).data() for r in range(3)]
    steps = window.ops.undo_stack.count()
    dialog = _ask(window, "区住建委", "区住房城乡建委")
    assert dialog.replace_all() == 2
    units = _units(db)
    assert [units[n] for n in names] == ["区住房城乡建委", "区商务委", "区住房城乡建委牵头，区财政局配合"]
    assert dialog.said.text() == "已替换2处（2格）"
    assert window.ops.undo_stack.count() == steps + 1
    assert window.undo_action.text() == "撤销 替换“区住建委”为“区住房城乡建委”（2处）"
    window.undo_action.trigger()
    assert [_units(db)[n] for n in names] == ["区住建委", "区商务委", "区住建委牵头，区财政局配合"]


def test_only_the_rows_chosen_and_only_the_column_picked(window, db):
    m, view = window.project_model, window.project_table
    _give_units(window, [0], ["区住建委"] * 4)
    names = [m.index(r, 1).data() for r in range(4)]
    sel = view.selectionModel()
    sel.clearSelection()
    for r in (1, 2):
        sel.select(m.index(r, 0), QItemSelectionModel.Select | QItemSelectionModel.Rows)
    dialog = _ask(window, "住建委", "住房城乡建委")
    assert dialog.chosen_only.isChecked() and dialog.chosen_only.text() == "只在所选的2行中"
    assert dialog.replace_all() == 2
    assert [_units(db)[n] for n in names] == ["区住建委", "区住房城乡建委", "区住房城乡建委", "区住建委"]
    # the names column picked: a unit holding the word is not touched
    sel.select(m.index(3, 0), QItemSelectionModel.Select | QItemSelectionModel.Rows)  # the box follows the list
    assert dialog.chosen_only.text() == "只在所选的3行中"
    dialog.chosen_only.setChecked(False)
    dialog.column.setCurrentIndex(dialog.column.findText("项目名称"))
    dialog.sought.setText("区住建委")
    assert dialog.replace_all() == 0 and dialog.said.text() == "找不到“区住建委”"


def test_a_value_a_cell_refuses_refuses_the_whole_replacement(window, db):
    m = window.project_model
    column = m.keys.index("planned_start")
    with_start = [r for r in range(m.rowCount()) if m.index(r, column).data()]
    assert len(with_start) >= 2
    before = {m.index(r, 1).data(): m.index(r, column).data() for r in with_start}
    dialog = _ask(window, "2024", "二〇二四年")
    dialog.column.setCurrentIndex(dialog.column.findText(m.headerData(column, Qt.Horizontal)))
    assert dialog.replace_all() == 0
    assert dialog.said.text().startswith("未替换：“") and "计划开工" in dialog.said.text()
    assert {m.index(r, 1).data(): m.index(r, column).data() for r in with_start} == before


def test_a_quarter_replaced_is_read_as_typed(window, db):
    m = window.project_model
    column = m.keys.index("planned_completion")
    row = next(r for r in range(m.rowCount()) if m.index(r, column).data() == "2024年一季度")
    window.project_table.setCurrentIndex(m.index(row, column))
    dialog = _ask(window, "一季度", "2季度")  # the cell's text replaced, then read as typed: 2024年2季度
    dialog.column.setCurrentIndex(dialog.column.findText(m.headerData(column, Qt.Horizontal)))
    assert dialog.replace_one()
    assert m.index(row, column).data() == "2024年二季度"
    window.undo_action.trigger()
    assert m.index(row, column).data() == "2024年一季度"


def test_cells_of_columns_nobody_types_into_are_counted_apart(window, db):
    m = window.project_model
    light = m.keys.index("light")
    word = m.index(0, light).data()
    assert word
    dialog = _ask(window, word, "x", whole_cell=True)
    assert dialog.replace_all() == 0
    assert "格在不能修改的列中，未替换" in dialog.said.text()
    assert m.index(0, light).data() == word


def test_find_next_goes_along_the_rows_and_round_again(window):
    m, view = window.project_model, window.project_table
    name = m.keys.index("name")
    hits = [r for r in range(m.rowCount()) if "老鼓楼" in m.index(r, name).data()]
    assert len(hits) == 2
    view.setCurrentIndex(m.index(0, 0))
    dialog = _ask(window, "老鼓楼")
    assert dialog.find_next() and view.currentIndex().row() == hits[0] and view.currentIndex().column() == name
    assert dialog.find_next() and view.currentIndex().row() == hits[1]
    assert dialog.find_next() and view.currentIndex().row() == hits[0] and dialog.said.text() == "已从头继续查找"
    dialog.sought.setText("这个名字没有")
    assert not dialog.find_next() and dialog.said.text() == "找不到“这个名字没有”"


def test_replace_changes_the_current_cell_and_moves_on(window, db):
    m, view = window.project_model, window.project_table
    name = m.keys.index("name")
    hits = [r for r in range(m.rowCount()) if "老鼓楼" in m.index(r, name).data()]
    view.setCurrentIndex(m.index(0, 0))
    dialog = _ask(window, "老鼓楼", "旧鼓楼")
    dialog.find_next()
    assert dialog.replace_one()
    assert m.index(hits[0], name).data().startswith("旧鼓楼")
    assert view.currentIndex().row() == hits[1]  # on to the next, left as it was
    assert m.index(hits[1], name).data().startswith("老鼓楼")


def test_ctrl_h_from_the_dashboard_opens_on_the_project_list(window, qtbot):
    window.show_dashboard()
    window.activateWindow()
    QTest.keyClick(window, Qt.Key_H, Qt.ControlModifier)
    dialog = window.findChild(ReplaceDialog)
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    assert window.stack.currentWidget() is window.projects_page
    # at the window's right, not over the list's names in the middle
    assert dialog.geometry().right() < window.geometry().right() and dialog.x() > window.geometry().center().x() - 100
    assert dialog.column.itemText(0) == "全部显示的列" and dialog.column.findText("项目名称") > 0
    window.show_targets("")  # another list in view: the box follows it
    assert dialog.column.findText("责任单位") > 0 and dialog.column.findText("项目名称") < 0
    window.show_timeline()
    assert not dialog.replace_all_button.isEnabled()
    assert dialog.said.text() == "在重点项目表、举措与目标或指标表中查找和替换。"
    assert window.show_replace() is dialog and len(window.findChildren(ReplaceDialog)) == 1


def test_targets_units_are_replaced_and_their_quarter_steps_left_to_their_editor(window, db):
    window.show_targets("")
    view, m = window.targets_table, window.targets_model
    unit = [c.key for c in m.columns].index("responsible_unit")
    view.setCurrentIndex(m.index(0, unit))
    assert window.paste_cells("区发展改革委\n区发展改革委、区财政局")
    dialog = _ask(window, "区发展改革委", "区发展和改革委员会")
    assert dialog.replace_all() == 2
    with db.read() as s:
        units = [s.get(MeasureTarget, m.rows[r]["id"]).responsible_unit for r in (0, 1)]
    assert units == ["区发展和改革委员会", "区发展和改革委员会、区财政局"]
    steps = [c.key for c in m.columns].index("steps")
    assert not ReplaceDialog._replaceable(m, steps)


def test_a_measures_title_replaced_on_its_rows_is_renamed_once(window, db):
    # the measure's title became editable in its cell: a replacement over it was refused ("“举措”列不能修改")
    from milestones.store.schema import Measure

    window.show_targets("")
    m = window.targets_model
    rows = [r for r in m.rows if r["measure"] == "深度融入西部陆海新通道建设"]
    measure = [c.key for c in m.columns].index("measure")
    dialog = _ask(window, "西部陆海新通道", "陆海新通道")
    dialog.column.setCurrentIndex(dialog.column.findData(measure))
    assert dialog.replace_all() == len(rows) > 1  # every cell counted, the measure renamed once
    with db.read() as s:
        assert s.get(Measure, rows[0]["measure_id"]).title == "深度融入陆海新通道建设"
    assert {r["measure"] for r in m.rows if r["measure_id"] == rows[0]["measure_id"]} == {"深度融入陆海新通道建设"}
    window.undo_action.trigger()
    with db.read() as s:
        assert s.get(Measure, rows[0]["measure_id"]).title == "深度融入西部陆海新通道建设"
    # pasted onto two rows of one measure: written once; a number alone is no section's title
    section = [c.key for c in m.columns].index("section")
    r = next(i for i, row in enumerate(m.rows) if row["measure_id"] == rows[0]["measure_id"])
    edits = m.paste_edits([(r, measure, "西部陆海新通道"), (r + 1, measure, "西部陆海新通道")])
    assert [(e.table, e.field, e.new) for e in edits] == [("measure", "title", "西部陆海新通道")]
    with pytest.raises(ValueError, match="部分名称不能为空"):
        m.paste_edits([(r, section, "（一）")])


def test_a_viewer_finds_but_cannot_replace(window):
    window.read_only = True
    window._apply_read_only()
    dialog = _ask(window, "老鼓楼", "x")
    assert dialog.find_button.isEnabled() and dialog.find_next()
    assert not dialog.replace_all_button.isEnabled() and not dialog.replace_button.isEnabled()
    assert dialog.replace_all() == 0


@pytest.fixture
def long_lists(monkeypatch):
    """The bundled plan's 49 projects stand for thousands, its fraction of a second for seconds."""
    import milestones.store.changes as changes
    import milestones.ui.cell_paste as cell_paste

    monkeypatch.setattr(cell_paste, "LONG", 20)
    monkeypatch.setattr(cell_paste, "SHOW_AFTER_MS", 0)
    monkeypatch.setattr(cell_paste, "TELL_EVERY_S", 0)
    monkeypatch.setattr(changes, "PROGRESS_EVERY", 10)


def test_a_long_replacement_shows_progress_and_can_be_stopped(window, db, long_lists):
    rows = 30
    _give_units(window, [0], ["区住建委"] * rows)
    before = _units(db)
    steps = window.ops.undo_stack.count()
    seen = []
    dialog = _ask(window, "住建委", "住房城乡建委")
    # the paste's own box, closed, may wait for its deletion beside it; the search's box comes first
    _stop_when_shown(window, "writeProgress", seen)
    assert dialog.replace_all() == 0
    assert seen == ["正在替换…"] and dialog.said.text() == "已停止替换，未写入任何内容"
    assert _units(db) == before and window.ops.undo_stack.count() == steps
    assert dialog.replace_all() == rows


def test_a_search_through_a_long_list_can_be_stopped(window, db, long_lists):
    # reading 50,000 rows the first time takes seconds
    seen = []
    dialog = _ask(window, "这个名字没有", "x")
    _stop_when_shown(window, "findProgress", seen)
    assert not dialog.find_next() and dialog.said.text() == "已停止查找"
    _stop_when_shown(window, "findProgress", seen)
    before = _units(db)
    assert dialog.replace_all() == 0 and dialog.said.text() == "已停止查找，未替换任何内容"
    assert seen == ["正在查找…", "正在查找…"] and _units(db) == before


def test_the_box_moves_off_the_cell_it_found(window):
    from PySide6.QtCore import QRect

    m, view = window.project_model, window.project_table
    name = m.keys.index("name")
    hit = next(r for r in range(m.rowCount()) if "老鼓楼" in m.index(r, name).data())
    view.setCurrentIndex(m.index(0, 0))
    dialog = _ask(window, "老鼓楼")
    cell = view.visualRect(m.index(hit, name))
    dialog.move(view.viewport().mapToGlobal(cell.topLeft()))  # lying over the cell the search will find
    assert dialog.find_next() and view.currentIndex().row() == hit
    cell = view.visualRect(view.currentIndex())
    assert not dialog.frameGeometry().intersects(QRect(view.viewport().mapToGlobal(cell.topLeft()), cell.size()))


def test_a_zone_replaced_by_its_name(window, db):
    m = window.project_model
    zone = m.keys.index("zone")
    east = [r for r in range(m.rowCount()) if m.index(r, zone).data() == "东部"]
    dialog = _ask(window, "东部", "中部", whole_cell=True)
    dialog.column.setCurrentIndex(dialog.column.findText("区域"))
    assert dialog.replace_all() == len(east) > 1
    assert all(m.index(r, zone).data() == "中部" for r in east)
    assert all(m.index(r, m.keys.index("area")).data() == "" for r in east)  # 东部's areas are not 中部's
    window.undo_action.trigger()
    assert all(m.index(r, zone).data() == "东部" for r in east) and m.index(east[0], m.keys.index("area")).data()


def test_hidden_columns_are_searched_only_when_asked(window, db):
    m, view = window.project_model, window.project_table
    owner = m.keys.index("owner")
    view.setCurrentIndex(m.index(0, owner))
    assert window.paste_cells("区住建委\n区住建委")
    view.setColumnHidden(owner, True)  # 业主单位 out of sight
    view.setCurrentIndex(m.index(0, 0))
    dialog = _ask(window, "区住建委", "区住房城乡建委")
    assert dialog.column.findText("业主单位") < 0
    assert dialog.replace_all() == 0 and dialog.said.text() == "找不到“区住建委”"  # what is replaced is what is seen
    dialog.hidden_too.setChecked(True)
    assert dialog.column.itemText(0) == "全部列" and dialog.column.findText("业主单位") > 0
    assert dialog.find_next() and view.currentIndex().column() == owner
    assert dialog.said.text() == "在隐藏的列“业主单位”中"
    assert dialog.replace_all() == 2
    assert m.index(1, owner).data() == "区住房城乡建委"


# -- 查找全部 -------------------------------------------------------------------------------------------
def _found(dialog) -> list[tuple[str, str, str]]:
    m = dialog.found_view.model()
    return [tuple(m.index(r, c).data() for c in range(3)) for r in range(m.rowCount())]


def test_find_all_lists_every_cell_with_its_row_and_column(window, db):
    m, view = window.project_model, window.project_table
    _give_units(window, [0], ["区住建委", "区商务委", "区住建委牵头，区财政局配合"])
    names = [m.index(r, m.keys.index("name")).data() for r in range(3)]
    dialog = _ask(window, "区住建委")
    assert not dialog.found_view.isVisible()
    assert dialog.find_all() == 2
    assert dialog.found_view.isVisible() and dialog.said.text() == "找到2个单元格"
    assert _found(dialog) == [(names[0], "责任单位", "区住建委"), (names[2], "责任单位", "区住建委牵头，区财政局配合")]
    # a line of the list chosen (a click, or the arrow keys along it): its cell chosen in the project list
    dialog.found_view.setCurrentIndex(dialog.found_view.model().index(1, 0))
    assert (view.currentIndex().row(), view.currentIndex().column()) == (2, m.keys.index("responsible_unit"))
    assert dialog.said.text() == "第2处，共2处"
    dialog.sought.setText("这个名字没有")
    assert dialog.find_all() == 0 and dialog.said.text() == "找不到“这个名字没有”" and not _found(dialog)


def test_a_line_of_find_all_finds_its_project_after_the_list_is_sorted_or_narrowed(window, db):
    m, view = window.project_model, window.project_table
    name = m.keys.index("name")
    dialog = _ask(window, "老鼓楼")
    dialog.column.setCurrentIndex(dialog.column.findText("项目名称"))
    assert dialog.find_all() == 2
    first = _found(dialog)[0][0]
    view.sortByColumn(name, Qt.DescendingOrder)  # the rows move; the line still names its project
    dialog.found_view.setCurrentIndex(dialog.found_view.model().index(0, 0))
    assert m.index(view.currentIndex().row(), name).data() == first
    window.filter_bar.search.setText("山城巷")  # the project filtered out of the list
    window.filter_bar._timer.stop()
    window.filter_bar._emit()
    dialog.found_view.setCurrentIndex(dialog.found_view.model().index(1, 0))
    dialog.found_view.setCurrentIndex(dialog.found_view.model().index(0, 0))
    assert dialog.said.text() == f"“{first}”不在当前列表中（已筛选或移出）"


def test_find_all_in_the_targets_and_a_page_change_clears_the_list(window):
    window.show_targets("")
    m, view = window.targets_model, window.targets_table
    dialog = _ask(window, "万元")
    n = dialog.find_all()
    text = [c.key for c in m.columns].index("text")
    listed = {m.index(r, text).data() for r in range(m.rowCount()) if "万元" in m.index(r, text).data()}
    assert n >= len(listed) >= 2 and {line[0] for line in _found(dialog)} == listed
    dialog.found_view.setCurrentIndex(dialog.found_view.model().index(0, 0))
    assert "万元" in m.index(view.currentIndex().row(), view.currentIndex().column()).data()
    window.show_projects()
    assert not _found(dialog) and not dialog.found_view.isVisible()


def test_find_all_through_a_long_list_can_be_stopped(window, db, long_lists):
    seen = []
    dialog = _ask(window, "老鼓楼")
    _stop_when_shown(window, "findProgress", seen)
    assert dialog.find_all() == 0 and dialog.said.text() == "已停止查找" and not _found(dialog)
    assert seen == ["正在查找…"]


def test_the_buttons_answer_alt_and_their_letter_as_in_excel(window, qtbot):
    dialog = _ask(window, "老鼓楼")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    QTest.keyClick(dialog.sought, Qt.Key_I, Qt.AltModifier)  # 查找全部(I); the button shows itself pressed first
    qtbot.waitUntil(lambda: len(_found(dialog)) == 2, timeout=3000)
    assert dialog.sought.text() == "老鼓楼"  # the letter typed nothing
