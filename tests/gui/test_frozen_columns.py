"""The project list scrolled sideways keeps 序号 and 项目名称 in sight (冻结窗格), and widths the planner
dragged stay; what the planner does on the frozen part is the list's own."""
import json

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu
from sqlalchemy import select

from milestones.store.schema import KeyProject


def _col(window, key):
    return window.project_model.keys.index(key)


def _to_the_far_right(qtbot, window, table=None):
    table = table or window.project_table
    window.resize(1280, 800)
    bar = table.horizontalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=3000)
    bar.setValue(bar.maximum())
    return table.frozen_view()


def test_scrolled_to_the_last_columns_the_row_still_names_its_project(qtbot, window):
    t = window.project_table
    left = _to_the_far_right(qtbot, window)
    assert left is not None and left.isVisible()
    assert t.columnViewportPosition(_col(window, "name")) < 0  # the list's own name column is scrolled away
    name_x = t.columnWidth(0) + 20
    y = t.rowViewportPosition(0) + 5
    # the overlay lies over the list's left edge, as wide as 序号 and 项目名称
    assert left.geometry().width() == t.columnWidth(0) + t.columnWidth(1) + 1
    assert left.viewport().mapTo(t, QPoint(0, 0)) == t.viewport().mapTo(t, QPoint(0, 0))
    assert left.indexAt(QPoint(name_x, y)).data() == "重庆长滨"
    assert t.indexAt(QPoint(name_x, y)).data() == "重庆长滨"  # what the planner sees there is what the list means
    # only the two columns are shown in it
    assert [c for c in range(t.model().columnCount()) if not left.isColumnHidden(c)] == [0, 1]


def test_moving_along_a_row_never_leaves_the_cell_behind_the_frozen_names(qtbot, window):
    t = window.project_table
    _to_the_far_right(qtbot, window)
    bar = t.horizontalScrollBar()
    at_right = bar.value()
    t.setCurrentIndex(t.model().index(3, _col(window, "name")))  # a frozen cell: no sideways jump
    assert bar.value() == at_right
    zone = t.model().index(3, _col(window, "zone"))
    t.setCurrentIndex(zone)  # ← from the name to 区域: brought out from under the overlay
    assert t.visualRect(zone).left() >= t.frozen_width()
    assert t.visualRect(zone).right() <= t.viewport().width()
    QTest.keyClick(t, Qt.Key_Left)  # back to the name: the list stays where it is
    assert t.currentIndex().column() == _col(window, "name")
    assert t.visualRect(zone).left() >= t.frozen_width()


def test_typing_into_a_frozen_name_edits_it_where_it_is_seen(qtbot, window, db):
    t = window.project_table
    left = _to_the_far_right(qtbot, window)
    index = t.model().index(0, _col(window, "name"))
    t.setCurrentIndex(index)
    t.setFocus()
    QTest.keyClick(t, Qt.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.isVisible()
    assert left.viewport().isAncestorOf(editor)  # in the overlay, not under it
    editor.setText("重庆长滨（一期）")
    QTest.keyClick(editor, Qt.Key_Return)
    qtbot.waitUntil(lambda: index.data() == "重庆长滨（一期）", timeout=3000)  # the delegate commits queued
    with db.read() as s:
        assert s.scalars(select(KeyProject.name).where(KeyProject.name.like("重庆长滨%"))).all() == ["重庆长滨（一期）"]


def test_a_double_click_on_a_frozen_name_opens_the_project(qtbot, window):
    from milestones.ui.project_dialog import ProjectDialog

    left = _to_the_far_right(qtbot, window)
    index = window.project_model.index(2, _col(window, "name"))
    at = left.visualRect(index).center()
    QTest.mouseClick(left.viewport(), Qt.LeftButton, pos=at)  # Qt 6's double click: a click, then the second
    QTest.mouseDClick(left.viewport(), Qt.LeftButton, pos=at)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(ProjectDialog)), timeout=3000)
    dialog = next(d for d in window.findChildren(ProjectDialog) if d.isVisible())
    assert index.data() in dialog.windowTitle()
    dialog.reject()


def test_a_right_click_on_a_frozen_name_offers_that_projects_menu(qtbot, window):
    t = window.project_table
    left = _to_the_far_right(qtbot, window)
    index = window.project_model.index(4, _col(window, "name"))
    left.customContextMenuRequested.emit(left.visualRect(index).center())
    menus = [m for m in t.findChildren(QMenu) if m.isVisible()]
    assert menus and "打开项目…" in [a.text() for a in menus[0].actions()]
    assert {i.row() for i in t.selectionModel().selectedRows()} == {4}
    for m in menus:
        m.close()


def test_a_click_on_the_frozen_heading_sorts_the_list(qtbot, window):
    t = window.project_table
    left = _to_the_far_right(qtbot, window)
    name = _col(window, "name")
    heading = left.horizontalHeader()
    x = heading.sectionViewportPosition(name) + heading.sectionSize(name) // 2
    QTest.mouseClick(heading.viewport(), Qt.LeftButton, pos=QPoint(x, heading.height() // 2))
    assert t.horizontalHeader().sortIndicatorSection() == name
    qtbot.waitUntil(lambda: t.model().index(0, name).data() != "重庆长滨", timeout=3000)
    names = [t.model().index(r, name).data() for r in range(t.model().rowCount())]
    from milestones.domain.collation import sort_text

    assert names == sorted(names, key=sort_text)  # in pinyin order (tests/unit/test_collation.py)
    assert heading.sortIndicatorSection() == name  # the arrow shown where it was clicked


def _overlay_columns(t):
    left = t.findChild(type(t.frozen_view() or t), "frozenColumns") or t.frozen_view()
    return [c for c in range(t.model().columnCount()) if not left.isColumnHidden(c)]


def test_hiding_the_serial_number_narrows_the_frozen_part_and_a_narrow_window_keeps_the_name_alone(qtbot, window):
    from PySide6.QtWidgets import QTableView

    t = window.project_table
    left = _to_the_far_right(qtbot, window)
    serial = t.columnWidth(0)
    window.columns.show(0, False)
    assert left.isColumnHidden(0) and left.geometry().width() == t.columnWidth(1) + 1
    window.columns.show(0, True)
    assert t.columnWidth(0) == serial  # shown again as wide as it was (the overlay's hidden 0 is not the list's)
    window.resize(560, 700)  # 序号 and the name would take most of the view: the name alone sticks
    qtbot.waitUntil(lambda: t.frozen_width() == t.columnWidth(1), timeout=3000)
    overlay = t.findChild(QTableView, "frozenColumns")
    assert [c for c in range(t.model().columnCount()) if not overlay.isColumnHidden(c)] == [1]
    bar, y = t.horizontalScrollBar(), t.rowViewportPosition(0) + 5
    bar.setValue(bar.maximum())
    assert t.frozen_view() is overlay and t.indexAt(QPoint(5, y)).data() == "重庆长滨"
    bar.setValue(0)  # scrolled back: the list's own 序号 and name, no overlay
    assert t.frozen_view() is None and t.indexAt(QPoint(5, y)).column() == 0
    bar.setValue(t.columnWidth(0) - 1)
    assert t.frozen_view() is None
    bar.setValue(t.columnWidth(0))  # the name at the left edge: from here on it stays, lying exactly on it
    assert t.frozen_view() is overlay and overlay.geometry().width() == t.columnWidth(1) + 1
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: t.frozen_width() == t.columnWidth(0) + t.columnWidth(1), timeout=3000)
    bar.setValue(0)
    assert t.frozen_view() is overlay  # both frozen from the start again


def test_the_targets_text_sticks_where_section_and_measure_leave_no_room(qtbot, window):
    # 部分 + 举措 + 目标 are 720 px: at a laptop's width the target's wording alone stays, once scrolled past
    from PySide6.QtWidgets import QTableView

    window.resize(1280, 800)
    window.show_targets()
    t = window.targets_table
    text = [c.key for c in t.model().columns].index("text")
    qtbot.waitUntil(lambda: t.frozen_width() == t.columnWidth(text), timeout=3000)
    bar, y = t.horizontalScrollBar(), t.rowViewportPosition(0) + 5
    bar.setValue(bar.maximum())  # at 备注
    overlay = t.frozen_view()
    assert overlay is t.findChild(QTableView, "frozenColumns")
    assert t.indexAt(QPoint(5, y)).column() == text and t.indexAt(QPoint(5, y)).data()
    t.setCurrentIndex(t.model().index(0, text))
    t.setFocus()
    QTest.keyClick(t, Qt.Key_F2)  # typing into the wording edits it where it is seen
    assert overlay.viewport().isAncestorOf(QApplication.focusWidget())
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_Escape)
    t.setCurrentIndex(t.model().index(0, 0))  # 部分: the list scrolls back to it, and the overlay goes
    assert bar.value() == 0 and t.frozen_view() is None
    assert [t.columnWidth(c) for c in range(2)] == [150, 190]  # 部分 and 举措 as wide as ever


def test_the_indicator_table_keeps_its_names_too(qtbot, window):
    window.show_indicators_of("")
    t = window.indicators_table
    t.setColumnWidth(t.model().columns.index(next(c for c in t.model().columns if c.key == "status_reason")), 900)
    left = _to_the_far_right(qtbot, window, t)
    assert left is not None and left.isVisible()
    assert [c for c in range(t.model().columnCount()) if not left.isColumnHidden(c)] == [0, 1]


def test_a_width_the_planner_dragged_is_there_the_next_day_until_reset(qtbot, db, settings):
    from milestones.ui.main_window import MainWindow

    w = MainWindow(db, settings)
    qtbot.addWidget(w)
    name, unit = w.project_model.keys.index("name"), w.project_model.keys.index("responsible_unit")
    first = w.project_table.columnWidth(name)
    w.project_table.frozen_view() or w.project_table.horizontalHeader().resizeSection(name, 420)
    w.project_table.horizontalHeader().resizeSection(name, 420)
    w.project_table.horizontalHeader().resizeSection(unit, 260)
    w.close()
    again = MainWindow(db, settings)
    qtbot.addWidget(again)
    t = again.project_table
    assert t.columnWidth(name) == 420 and t.columnWidth(unit) == 260
    assert json.loads(settings.value("projects/column_widths"))["name"] == 420
    again.resize(1400, 800)
    again.show()
    qtbot.waitExposed(again)
    assert t.frozen_view().geometry().width() == t.columnWidth(0) + 420 + 1
    # dragging the frozen heading's edge is dragging the list's
    t.frozen_view().horizontalHeader().resizeSection(name, 380)
    assert t.columnWidth(name) == 380
    reset = [a for a in again.columns.menu().actions() if a.text() == "恢复默认列宽"][0]
    reset.trigger()
    assert t.columnWidth(name) == first and settings.value("projects/column_widths") is None
    third = MainWindow(db, settings)
    qtbot.addWidget(third)
    assert third.project_table.columnWidth(name) == first


def test_widths_kept_in_a_settings_file_edited_by_hand_are_ignored(qtbot, db, settings):
    from milestones.ui.main_window import MainWindow

    settings.setValue("projects/column_widths", "{not json")
    settings.setValue("targets/column_widths", json.dumps({"text": "wide", "measure": 5}))
    w = MainWindow(db, settings)
    qtbot.addWidget(w)
    measure = [c.key for c in w.targets_model.columns].index("measure")
    assert w.project_table.columnWidth(1) == 260 and w.targets_table.columnWidth(measure) == 190


def test_the_list_opens_sorted_as_the_planner_left_it(qtbot, db, settings):
    from milestones.ui.main_window import MainWindow

    w = MainWindow(db, settings)
    qtbot.addWidget(w)
    light = w.project_model.keys.index("light")
    w.project_table.sortByColumn(light, Qt.DescendingOrder)
    first = w.project_model.index(0, 1).data()
    w.close()
    again = MainWindow(db, settings)  # the next morning
    qtbot.addWidget(again)
    heading = again.project_table.horizontalHeader()
    assert (heading.sortIndicatorSection(), heading.sortIndicatorOrder()) == (light, Qt.DescendingOrder)
    assert again.project_model.index(0, 1).data() == first
    settings.setValue("projects/sort", "gone_column desc")  # a column of an older version: the plan's order
    third = MainWindow(db, settings)
    qtbot.addWidget(third)
    assert third.project_table.horizontalHeader().sortIndicatorSection() == 0
    assert third.project_model.index(0, 1).data() == "重庆长滨"


def _framed(view, index) -> bool:
    """Whether the cell at ``index`` has the current cell's frame: its inner edge in the text's colour."""
    image = view.viewport().grab().toImage()
    rect = view.visualRect(index)
    ink = view.palette().color(view.palette().ColorRole.Text)
    edges = [image.pixelColor(rect.left() + 1, rect.center().y()), image.pixelColor(rect.center().x(), rect.top() + 1),
             image.pixelColor(rect.right() - 1, rect.center().y())]
    return all(c == ink for c in edges)


def test_the_cell_the_keyboard_is_on_is_framed_as_in_excel(qtbot, window):
    """The lists choose whole rows and Qt drew no focus frame after a click: which column a key would type over,
    or Enter and Tab move from, could not be seen. The current cell is framed, in the list and the frozen names."""
    t = window.project_table
    window.show()
    qtbot.waitExposed(window)
    zone, area = t.model().index(4, _col(window, "zone")), t.model().index(4, _col(window, "area"))
    t.setCurrentIndex(zone)
    assert _framed(t, zone) and not _framed(t, area)
    QTest.keyClick(t, Qt.Key_Right)
    assert _framed(t, area) and not _framed(t, zone)  # the frame follows the keys, none left behind
    left = _to_the_far_right(qtbot, window)
    name = t.model().index(2, _col(window, "name"))
    t.setCurrentIndex(name)
    assert _framed(left, name)  # on the overlay, where the name is seen
    window.show_targets("")
    targets = window.targets_table
    cell = targets.model().index(1, 3)
    targets.setCurrentIndex(cell)
    assert _framed(targets, cell)


def test_a_heading_wider_than_its_column_wraps_instead_of_being_cut(qtbot, window):
    """Qt cut a long heading at both ends ("nnual planned investment (100M CNY" in English, and 截至上年底累计完成投资
    without its 亿元 in a narrowed column): it takes a second line now, the header as high as the words need."""
    t = window.project_table
    window.show()
    qtbot.waitExposed(window)
    head = t.horizontalHeader()
    one_line = head.height()
    col = _col(window, "invested_before")
    t.setColumnWidth(col, head.fontMetrics().horizontalAdvance(t.model().headerData(col, Qt.Horizontal)) // 2)
    qtbot.waitUntil(lambda: head.height() > one_line * 1.5, timeout=3000)
    left = t._left
    assert left.horizontalHeader().height() == head.height() or left.isHidden()  # the frozen names' heading alike
    t.setColumnWidth(col, 400)
    qtbot.waitUntil(lambda: head.height() == one_line, timeout=3000)
