"""Enter goes down the list, as in Excel and WPS: a column of reports is typed row after row without the mouse;
a value the cell refuses keeps the planner on it."""
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from sqlalchemy import select

from milestones.store.schema import KeyProject, MeasureTarget


def _type_into(qtbot, view, text, key=Qt.Key_Return, modifier=Qt.NoModifier):
    """F2 on the current cell, ``text`` typed, then Enter (or ``key``) in the editor."""
    view.setFocus()
    QTest.keyClick(view, Qt.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.setText(text)
    QTest.keyClick(editor, key, modifier)
    # the delegate commits queued; the editor of a frozen cell is the overlay's, so the list's state cannot tell
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not editor, timeout=3000)


def test_units_typed_down_a_column_one_enter_after_another(qtbot, window, db):
    view, m = window.project_table, window.project_model
    unit = m.keys.index("responsible_unit")
    view.setCurrentIndex(m.index(0, unit))
    names = [m.index(r, 1).data() for r in range(3)]
    for text in ("区住房城乡建委", "区商务委", "区文化旅游委"):
        _type_into(qtbot, view, text)
    assert view.currentIndex().row() == 3 and view.currentIndex().column() == unit
    with db.read() as s:
        units = {p.name: p.responsible_unit for p in s.scalars(select(KeyProject))}
    assert [units[n] for n in names] == ["区住房城乡建委", "区商务委", "区文化旅游委"]
    # Shift+Enter goes back up; Enter with no editor open moves too
    _type_into(qtbot, view, "区文化和旅游委", modifier=Qt.ShiftModifier)
    assert view.currentIndex().row() == 2
    QTest.keyClick(view, Qt.Key_Return)
    assert view.currentIndex().row() == 3 and view.currentIndex().column() == unit
    QTest.keyClick(view, Qt.Key_Enter, Qt.ShiftModifier)
    QTest.keyClick(view, Qt.Key_Return, Qt.ShiftModifier)
    assert view.currentIndex().row() == 1


def test_a_refused_value_keeps_the_planner_on_its_cell(qtbot, window, db):
    window.show_targets("")
    view, m = window.targets_table, window.targets_model
    quarter = [c.key for c in m.columns].index("quarter")
    view.setCurrentIndex(m.index(4, quarter))
    _type_into(qtbot, view, "明年某时")  # no quarter: refused, the cell marked
    assert view.currentIndex().row() == 4
    assert "季度" in (m.index(4, quarter).data(Qt.ToolTipRole) or "")
    _type_into(qtbot, view, "三季度")  # put right: on to the next row
    assert view.currentIndex().row() == 5
    with db.read() as s:
        assert s.get(MeasureTarget, m.rows[4]["id"]).quarter is not None


def test_the_frozen_name_edited_and_entered_goes_down_too(qtbot, window, db):
    view, m = window.project_table, window.project_model
    window.resize(1280, 800)
    bar = view.horizontalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=3000)
    bar.setValue(bar.maximum())
    assert view.frozen_view() is not None
    view.setCurrentIndex(m.index(0, 1))
    _type_into(qtbot, view, "重庆长滨（一期）")  # the editor lies in the overlay
    assert view.currentIndex().row() == 1 and view.currentIndex().column() == 1
    assert m.index(0, 1).data() == "重庆长滨（一期）"


def test_tab_still_moves_along_the_row_and_the_last_row_stays(qtbot, window):
    view, m = window.project_table, window.project_model
    last = m.rowCount() - 1
    assert not m.canFetchMore()
    contact = m.keys.index("contact")
    view.setCurrentIndex(m.index(last, contact))
    _type_into(qtbot, view, "张三")
    assert view.currentIndex().row() == last  # nowhere further down to go
    view.setCurrentIndex(m.index(0, m.keys.index("responsible_unit")))
    _type_into(qtbot, view, "区商务委", key=Qt.Key_Tab)
    assert view.currentIndex().row() == 0 and view.currentIndex().column() == contact  # its editor open
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_Escape)
    assert view.currentIndex().row() == 0 and m.index(0, contact - 1).data() == "区商务委"


def test_a_row_typed_along_with_tab_then_enter_starts_the_next_row_where_it_began(qtbot, window, db):
    # Excel's way of typing a table row by row: Tab across, Enter to the next row's first cell
    view, m = window.project_table, window.project_model
    unit, contact = m.keys.index("responsible_unit"), m.keys.index("contact")
    view.setCurrentIndex(m.index(0, unit))
    _type_into(qtbot, view, "区商务委", key=Qt.Key_Tab)  # its editor opens on 责任人
    editor = QApplication.focusWidget()
    assert view.currentIndex().column() == contact
    editor.setText("张三")
    QTest.keyClick(editor, Qt.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not editor, timeout=3000)
    assert (view.currentIndex().row(), view.currentIndex().column()) == (1, unit)
    assert (m.index(0, unit).data(), m.index(0, contact).data()) == ("区商务委", "张三")
    # moved by an arrow, Enter goes straight down again
    view.setFocus()
    QTest.keyClick(view, Qt.Key_Tab)
    QTest.keyClick(view, Qt.Key_Right)
    QTest.keyClick(view, Qt.Key_Return)
    assert view.currentIndex().row() == 2 and view.currentIndex().column() == contact + 1


def test_a_value_still_being_typed_is_written_when_the_window_closes(qtbot, window, db):
    view, m = window.project_table, window.project_model
    unit = m.keys.index("responsible_unit")
    name = m.index(4, 1).data()
    view.setCurrentIndex(m.index(4, unit))
    window.activateWindow()
    view.setFocus()
    QTest.keyClick(view, Qt.Key_F2)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit), timeout=3000)
    QApplication.focusWidget().setText("区城市管理局")
    window.close()  # no Enter: the app closed with the cell open
    with db.read() as s:
        assert s.scalars(select(KeyProject.responsible_unit).where(KeyProject.name == name)).one() == "区城市管理局"
