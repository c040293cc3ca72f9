"""Typing over a cell of the project list replaces it, whether the word comes from the keys or, as a Chinese
planner types, from an input method (拼音: a preedit, then the word committed)."""
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication


def _row(m, name):
    return next(r for r in range(m.rowCount()) if m.index(r, m.keys.index("name")).data() == name)


def _type_word(window, qtbot, row, key, pinyin, word, expected=None):
    """The input method's way: the view gets the preedit and opens the cell's editor, then the word; Enter."""
    m, table = window.project_model, window.project_table
    table.setCurrentIndex(m.index(row, m.keys.index(key)))
    table.setFocus()
    QApplication.sendEvent(QApplication.focusWidget(), QInputMethodEvent(pinyin, []))
    commit = QInputMethodEvent("", [])
    commit.setCommitString(word)
    QApplication.sendEvent(QApplication.focusWidget(), commit)
    editor = QApplication.focusWidget()
    qtbot.keyClick(editor, Qt.Key_Return)  # the delegate commits the editor's value a moment later
    cell = m.index(row, m.keys.index(key))
    qtbot.waitUntil(lambda: table.indexWidget(cell) is None and not table.isPersistentEditorOpen(cell), timeout=2000)
    qtbot.waitUntil(lambda: cell.data() == (expected or word), timeout=2000)
    return cell.data()


def test_a_word_typed_through_the_input_method_replaces_the_cell(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    m = window.project_model
    r = _row(m, "重庆长滨")  # 新开工, 2024年一季度, 东部
    assert m.index(r, m.keys.index("nature")).data() == "新开工"
    # it was added to the old text: "新开工续建", "2024年一季度2024年三季度" (refused)
    assert _type_word(window, qtbot, r, "nature", "xujian", "续建") == "续建"
    assert _type_word(window, qtbot, r, "planned_start", "2024nian", "2024年三季度") == "2024年三季度"
    assert _type_word(window, qtbot, r, "project_class", "chanye", "产业发展") == "产业发展"
    assert _type_word(window, qtbot, r, "responsible_unit", "quzhujianwei", "区住房城乡建委") == "区住房城乡建委"
    # a zone is picked from the list: the word picks it (Qt's box let it fall)
    assert _type_word(window, qtbot, r, "zone", "xibu", "西部") == "西部"
    window.undo_action.trigger()
    assert m.index(r, m.keys.index("zone")).data() == "东部"


def test_a_key_typed_over_a_chosen_word_replaces_it(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    m, table = window.project_model, window.project_table
    r = _row(m, "重庆长滨")
    for key, old in (("nature", "新开工"), ("planned_start", "2024年一季度")):
        table.setCurrentIndex(m.index(r, m.keys.index(key)))
        table.setFocus()
        qtbot.keyClick(table, Qt.Key_2)  # the first key opens the editor and is its first character
        line = QApplication.focusWidget().lineEdit()
        # "新开工2", "2024年一季度2" before; now the 2, completed as the list offers (2022年一季度, the rest chosen)
        assert line.text().startswith("2") and not line.text().startswith(old), (key, line.text())
        assert line.selectedText() == line.text()[1:]
        qtbot.keyClick(line, Qt.Key_Escape)


def test_the_zone_cell_offers_the_zones_in_english_in_the_english_interface(window, qtbot):
    from milestones.app import install_translation

    install_translation(QApplication.instance(), "en")
    try:
        m, table = window.project_model, window.project_table
        index = m.index(_row(m, "重庆长滨"), m.keys.index("zone"))
        table.setCurrentIndex(index)
        table.edit(index)
        editor = table.indexWidget(index) or QApplication.focusWidget()
        box = next(w for w in table.viewport().findChildren(type(editor)) if w.isVisible())
        assert box.currentText() == "East"
        assert [box.itemText(i) for i in range(box.count())][:4] == ["", "East", "Central", "West"]
        qtbot.keyClick(box, Qt.Key_Escape)
        # the plan's own name typed through an input method finds its zone in English too
        window.show()
        qtbot.waitExposed(window)
        assert _type_word(window, qtbot, index.row(), "zone", "xibu", "西部", expected="West") == "West"
    finally:
        install_translation(QApplication.instance(), "zh")


def test_the_frozen_name_column_takes_a_word_typed_too(window, qtbot):
    # the name stays at the left as the list scrolls (an overlay view): a planner types the new name there
    window.show()
    qtbot.waitExposed(window)
    m, table = window.project_model, window.project_table
    r = _row(m, "重庆长滨")
    left = table._left
    table.horizontalScrollBar().setValue(table.horizontalScrollBar().maximum())  # scrolled: the overlay holds it
    assert table._held(m.index(r, m.keys.index("name")))
    table.setCurrentIndex(m.index(r, m.keys.index("name")))
    left.setFocus()  # a click there gives the list the keyboard: the input method speaks to the list
    assert QApplication.focusWidget() is table
    QApplication.sendEvent(table, QInputMethodEvent("chong", []))
    commit = QInputMethodEvent("", [])
    commit.setCommitString("重庆长滨一期")
    QApplication.sendEvent(QApplication.focusWidget(), commit)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Return)
    qtbot.waitUntil(lambda: m.index(r, m.keys.index("name")).data() == "重庆长滨一期", timeout=2000)
    # and the list goes on taking keys afterwards: a cell beside opens its editor with the keyboard in it
    table.setCurrentIndex(m.index(r, m.keys.index("nature")))
    table.setFocus()
    qtbot.keyClick(table, Qt.Key_X)
    editor = QApplication.focusWidget()
    assert editor is not table and editor.lineEdit().text().startswith("x")
    qtbot.keyClick(editor, Qt.Key_Escape)
