"""The unit cells offer the names the plan already uses as they are typed: one spelling of a unit, so its
projects and targets stay one unit in the 单位 filter, 各单位进展 and the 催报 forms."""
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from milestones.ui.unit_completer import UnitCompleter


def _units_given(window):
    m, view = window.project_model, window.project_table
    view.setCurrentIndex(m.index(0, m.keys.index("responsible_unit")))
    assert window.paste_cells("区住房城乡建委\n区商务委\n区住房城乡建委\n区文化旅游委、区商务委")
    window.show_targets("")
    tm = window.targets_model
    window.targets_table.setCurrentIndex(tm.index(0, [c.key for c in tm.columns].index("partner_units")))
    assert window.paste_cells("区财政局")
    window.show_projects()


def _editor_of(view, index):
    view.setCurrentIndex(index)
    view.setFocus()
    QTest.keyClick(view, Qt.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    return editor


def _offered(editor, text):
    completer = editor.completer()
    assert isinstance(completer, UnitCompleter)
    editor.setText(text)
    completer.setCompletionPrefix(completer.splitPath(text)[0])
    listed = completer.completionModel()
    return completer, [listed.index(i, 0).data() for i in range(listed.rowCount())]


def test_a_unit_cell_offers_the_names_in_use_the_most_named_first(window):
    _units_given(window)
    m, view = window.project_model, window.project_table
    editor = _editor_of(view, m.index(5, m.keys.index("responsible_unit")))
    completer, names = _offered(editor, "委")
    assert names[:2] == ["区住房城乡建委", "区商务委"]  # named twice each, before 区文化旅游委 (once)
    assert "区文化旅游委" in names and "区财政局" not in names
    assert _offered(editor, "商务")[1] == ["区商务委"]  # found anywhere in the name
    # a cell naming several: the unit being typed is completed, the others kept
    completer, names = _offered(editor, "区财政局、住房")
    assert names == ["区住房城乡建委"]
    completer.setCurrentRow(0)
    assert completer.pathFromIndex(completer.currentIndex()) == "区财政局、区住房城乡建委"
    QTest.keyClick(editor, Qt.Key_Escape)


def test_the_targets_and_the_project_window_offer_them_too(window, db):
    _units_given(window)
    window.show_targets("")
    tm, view = window.targets_model, window.targets_table
    editor = _editor_of(view, tm.index(3, [c.key for c in tm.columns].index("responsible_unit")))
    assert {"区住房城乡建委", "区财政局"} <= set(_offered(editor, "区")[1])  # projects' units and targets' alike
    QTest.keyClick(editor, Qt.Key_Escape)
    steps = _editor_of(view, tm.index(3, [c.key for c in tm.columns].index("text")))
    assert steps.completer() is None  # a target's wording is no unit
    QTest.keyClick(steps, Qt.Key_Escape)
    dialog = window._open_project(window.project_model.project_id(6))
    assert isinstance(dialog.fields["owner"].completer(), UnitCompleter)
    assert isinstance(dialog.fields["responsible_unit"].completer(), UnitCompleter)
    assert dialog.fields["leader"].completer() is None
    dialog.reject()
