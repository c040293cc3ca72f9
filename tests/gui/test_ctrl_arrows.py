"""Ctrl+arrow to the edge of the data, as in Excel and WPS: the last of 49 (or 50,000) projects in one key, the next
blank where a column has gaps; Ctrl+Shift+arrow chooses up to it."""
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from milestones.ui.frozen_table import data_edge


def test_excels_rule_along_a_column():
    cells = ["a", "b", "c", "", "", "d", "e", ""]
    filled = lambda i: bool(cells[i])  # noqa: E731
    assert data_edge(filled, 0, len(cells)) == 2  # within a run: its last cell
    assert data_edge(filled, 2, len(cells)) == 5  # at a run's end: the next filled cell
    assert data_edge(filled, 3, len(cells)) == 5  # from a blank: the next filled cell
    assert data_edge(filled, 6, len(cells)) == 7  # nothing filled further: the last cell
    assert data_edge(filled, 7, len(cells)) == 7
    assert data_edge(lambda i: True, 0, 1) == 0


def _at(view):
    return view.currentIndex().row(), view.currentIndex().column()


def test_ctrl_down_and_up_in_the_project_list(window):
    view, m = window.project_table, window.project_model
    name, zone = m.keys.index("name"), m.keys.index("zone")
    view.setFocus()
    view.setCurrentIndex(m.index(0, name))
    QTest.keyClick(view, Qt.Key_Down, Qt.ControlModifier)
    assert _at(view) == (m.rowCount() - 1, name)  # every project has a name: the last row
    # the row landed on is the one chosen (Qt left the first chosen: 所选合计 added up a row the planner had left)
    assert {i.row() for i in view.selectionModel().selectedIndexes()} == {m.rowCount() - 1}
    QTest.keyClick(view, Qt.Key_Up, Qt.ControlModifier)
    assert _at(view) == (0, name)
    # 区域 has gaps (the report names no zone for rows 2-6): the next zone given
    view.setCurrentIndex(m.index(0, zone))
    QTest.keyClick(view, Qt.Key_Down, Qt.ControlModifier)
    nxt = next(r for r in range(1, m.rowCount()) if m.index(r, zone).data())
    assert nxt > 1 and _at(view) == (nxt, zone)


def test_ctrl_shift_down_chooses_down_to_the_edge_and_ctrl_right_skips_to_filled(window):
    view, m = window.project_table, window.project_model
    name = m.keys.index("name")
    view.setFocus()
    view.setCurrentIndex(m.index(3, name))
    QTest.keyClick(view, Qt.Key_Down, Qt.ControlModifier | Qt.ShiftModifier)
    rows = sorted({i.row() for i in view.selectionModel().selectedIndexes()})
    assert rows == list(range(3, m.rowCount()))
    view.setCurrentIndex(m.index(1, name))  # 红楼宾馆综合改造: no zone, area or class; 性质 新开工
    QTest.keyClick(view, Qt.Key_Right, Qt.ControlModifier)
    assert _at(view) == (1, m.keys.index("nature"))


def test_a_long_list_is_read_to_its_end(window, monkeypatch):
    import milestones.ui.project_model as project_model

    monkeypatch.setattr(project_model, "BATCH", 10)  # 49 projects shown ten at a time stand for 50,000
    window.project_model.reload()
    view, m = window.project_table, window.project_model
    assert m.rowCount() < 49
    view.setFocus()
    view.setCurrentIndex(m.index(0, m.keys.index("name")))
    QTest.keyClick(view, Qt.Key_Down, Qt.ControlModifier)
    assert m.rowCount() == 49 and view.currentIndex().row() == 48


def test_the_row_landed_on_past_the_rows_read_is_in_sight(window, qtbot, monkeypatch):
    # at 50,000 projects Ctrl+↓ chose the last row but the list stayed at the 1,000th: the frozen names' hidden view,
    # laid out later, clamped the scroll to its old reach and pulled the list back with it
    import milestones.ui.project_model as project_model

    monkeypatch.setattr(project_model, "BATCH", 30)  # more rows read than shown, fewer than all (1,000 of 50,000)
    window.resize(1280, 700)
    window.show()
    qtbot.waitExposed(window)
    window.project_model.reload()
    view, m = window.project_table, window.project_model
    view.setFocus()
    assert m.rowCount() == 30 and view.viewport().height() < 30 * view.rowHeight(0)
    # the overlay lays its rows out on a later pass than the list, as it did at 50,000 (here Qt lays both at once)
    left = view.frozen_view() or view._left
    monkeypatch.setattr(left, "updateGeometries", lambda: None)
    view.setCurrentIndex(m.index(0, m.keys.index("name")))
    QTest.keyClick(view, Qt.Key_Down, Qt.ControlModifier)
    rect = view.visualRect(view.currentIndex())
    assert view.currentIndex().row() == 48
    assert 0 <= rect.top() and rect.bottom() <= view.viewport().height()


def test_ctrl_down_in_the_targets(window):
    window.show_targets("")
    view, m = window.targets_table, window.targets_model
    text = [c.key for c in m.columns].index("text")
    view.setFocus()
    view.setCurrentIndex(m.index(0, text))
    QTest.keyClick(view, Qt.Key_Down, Qt.ControlModifier)
    assert _at(view) == (m.rowCount() - 1, text)
