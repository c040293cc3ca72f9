"""使用说明 (F1): the quick guide in the planner's language, at the page in view, true to the program."""
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from milestones.ui.help_dialog import SECTIONS, HelpDialog, guide_text


def _shortcut_rows(lang):
    rows = re.findall(r"^\| ((?:Ctrl\+(?:Shift\+)?\w+)|Del|F1) \| (.+?) \|$", guide_text(lang), re.M)
    assert len(rows) >= 15
    return rows


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_both_guides_have_the_same_sections_in_order(lang):
    headings = re.findall(r"^## (.+)$", guide_text(lang), re.M)
    assert len(headings) == len(SECTIONS)
    assert len(_shortcut_rows(lang)) == len(_shortcut_rows("zh"))


def test_f1_opens_the_chinese_guide_at_the_page_in_view(qtbot, window):
    window.show_timeline()
    window.activateWindow()
    QTest.keyClick(window, Qt.Key_F1)
    dialog = window.findChild(HelpDialog)
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    assert dialog.windowTitle() == "使用说明"
    assert dialog.contents.currentItem().text() == "进度时间轴"
    assert dialog.section_in_view() == "timeline"
    assert "Ctrl+滚轮缩放时间刻度" in dialog.browser.toPlainText()
    # another page, F1 again: the same box, at that page's section
    window.show_indicators()
    again = window.show_help()
    assert again is dialog and dialog.section_in_view() == "indicators"
    window.show_projects()
    window.show_help()
    assert dialog.section_in_view() == "projects"
    dialog.close()
    window.show_help()
    assert dialog.isVisible() and len(window.findChildren(HelpDialog)) == 1


def test_the_contents_and_the_search_find_their_way(qtbot, window):
    dialog = window.show_help()
    dialog.contents.setCurrentRow(SECTIONS.index("print"))
    assert dialog.section_in_view() == "print"
    dialog.search.setText("催报名单")  # only in 各单位进展, above the print section: found from the top again
    assert dialog.find_next()
    assert dialog.browser.textCursor().selectedText() == "催报名单"
    assert dialog.browser.viewport().rect().contains(dialog.browser.cursorRect())  # scrolled to it
    dialog.search.setText("撤销")
    first = (dialog.find_next(), dialog.browser.textCursor().position())
    assert first[0] and dialog.find_next() and dialog.browser.textCursor().position() > first[1]
    dialog.search.setText("这句话说明里没有")
    assert not dialog.find_next()
    dialog.close()


def test_every_shortcut_the_guide_lists_is_the_programs(qtbot, window):
    by_text = {}
    for action in window.findChildren(type(window.help_action)):
        by_text.setdefault(action.text().rstrip("…"), []).append(action)
    for key, name in _shortcut_rows("zh"):
        actions = by_text.get(name)
        assert actions, name
        keys = {s.toString() for a in actions for s in a.shortcuts()}
        assert QKeySequence(key).toString() in keys, (name, key, keys)


def test_the_english_interface_has_the_english_guide(qtbot, db, settings):
    from PySide6.QtWidgets import QApplication

    from milestones.app import install_translation
    from milestones.ui.lang import set_language
    from milestones.ui.main_window import MainWindow

    app = QApplication.instance()
    install_translation(app, "en")
    set_language("en")
    try:
        w = MainWindow(db, settings)
        qtbot.addWidget(w)
        dialog = w.show_help()
        assert dialog.windowTitle() == "Quick guide"
        assert dialog.contents.item(0).text() == "Getting started"
        assert dialog.section_in_view() == "projects"
        assert "freeze panes" in dialog.browser.toPlainText()
        by_text = {a.text().rstrip("…"): a for a in w.findChildren(type(w.help_action))}
        for key, name in _shortcut_rows("en"):
            assert name in by_text, name  # the guide names the actions as the English menus do
        dialog.close()
    finally:
        install_translation(app, "zh")
        set_language("zh")
