"""An empty project list or timeline says why over its blank space: the 已完成 ones before any project is done looked
like a plan whose projects were gone."""
from tests.gui.conftest import open_window


def test_a_list_narrowed_to_nothing_says_by_what_and_its_link_clears_the_filter(window, qtbot):
    bar, m, note = window.filter_bar, window.project_model, window.list_note
    assert not note.isVisible()
    bar.zone.setCurrentIndex(bar.zone.findText("东部"))
    bar.light.setCurrentIndex(bar.light.findText("已完成"))
    bar._emit()
    qtbot.waitUntil(lambda: m.total() == 0, timeout=3000)
    assert note.isVisible()
    assert "没有符合筛选条件的项目（区域：东部；预警：已完成）" in note.text() and "清除筛选" in note.text()
    window.show_timeline()
    qtbot.waitUntil(lambda: window.timeline_note.isVisible(), timeout=3000)
    assert "预警：已完成" in window.timeline_note.text()
    window.timeline_note.linkActivated.emit("clear")  # the link clicked
    qtbot.waitUntil(lambda: m.total() == 49, timeout=3000)
    assert not window.timeline_note.isVisible() and not note.isVisible()
    assert bar.light.currentIndex() == 0 and bar.zone.currentIndex() == 0 and not bar.search.text()
    assert window.timeline.project_count() == 49


def test_a_search_finding_nothing_says_what_was_searched(window, qtbot):
    bar = window.filter_bar
    bar.search.setText("磨房巷X")
    bar._emit()
    qtbot.waitUntil(lambda: window.list_note.isVisible(), timeout=3000)
    assert "搜索“磨房巷X”" in window.list_note.text()
    bar.search.setText("磨房巷")
    bar._emit()
    qtbot.waitUntil(lambda: not window.list_note.isVisible(), timeout=3000)


def test_a_year_without_projects_says_how_to_add_them(qtbot, empty_db, settings, tmp_path):
    from milestones.store.schema import Plan

    with empty_db.session() as s:
        s.add(Plan(year=2025, jurisdiction="重庆市渝中区", title="重庆市渝中区2025年国民经济和社会发展计划"))
    window = open_window(qtbot, empty_db, settings)
    assert window.year == 2025 and window.project_model.total() == 0
    assert window.list_note.isVisible()
    assert window.list_note.text() == "2025年的计划中还没有重点项目。可以用“新增项目”逐个添加，或用“导入表格”导入重点项目表。"
    # in sight, over the frozen columns' view too, and in the middle of the list
    table, note = window.project_table, window.list_note
    assert table.childAt(note.geometry().center()) is note
    assert table.viewport().geometry().contains(note.geometry())


def test_the_targets_and_indicators_narrowed_to_nothing_say_so_too(window, qtbot):
    window.show_targets("")
    page = window.targets_page
    page.search.setText("没有这个词")
    page._apply()
    assert page.note.isVisible()
    assert page.note.text().startswith("没有符合筛选条件的目标（搜索“没有这个词”）")
    page.note.linkActivated.emit("clear")
    assert not page.note.isVisible() and not page.search.text() and len(page.model.rows) == 125
    window.show_indicators_of("")
    page = window.indicators_page
    page.binding.setCurrentIndex(page.binding.count() - 1)
    page.search.setText("没有这个指标")
    page._apply()
    assert page.note.isVisible()
    assert page.note.text().startswith(f"没有符合筛选条件的指标（属性：{page.binding.currentText()}；搜索“没有这个指标”）")


def test_include_removed_alone_narrows_nothing_so_an_empty_year_says_how_to_add(qtbot, empty_db, settings):
    from milestones.store.schema import Plan

    with empty_db.session() as s:
        s.add(Plan(year=2025, jurisdiction="重庆市渝中区", title="重庆市渝中区2025年国民经济和社会发展计划"))
    window = open_window(qtbot, empty_db, settings)
    window.filter_bar.removed.setChecked(True)
    qtbot.waitUntil(lambda: window.list_note.text().startswith("2025年的计划中还没有重点项目"), timeout=3000)


def test_the_filter_bar_offers_to_clear_itself_while_anything_narrows_the_list(window, qtbot):
    from PySide6.QtCore import Qt

    bar, m = window.filter_bar, window.project_model
    assert not bar.clear_button.isVisible()
    bar.light.setCurrentIndex(bar.light.findText("严重滞后"))
    qtbot.waitUntil(lambda: 0 < m.total() < 49, timeout=3000)
    assert bar.clear_button.isVisible() and bar.clear_button.text() == "清除筛选"
    bar.removed.setChecked(True)  # 含已移出 widens the list: kept
    qtbot.mouseClick(bar.clear_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: m.total() == 49, timeout=3000)
    assert not bar.clear_button.isVisible() and bar.removed.isChecked()
    bar.removed.setChecked(False)
    assert not bar.clear_button.isVisible()


def test_the_notes_speak_english_in_the_english_interface(qtbot, db, settings):
    from PySide6.QtWidgets import QApplication

    from milestones.app import install_translation
    from milestones.ui.lang import set_language
    from milestones.ui.main_window import MainWindow

    install_translation(QApplication.instance(), "en")
    set_language("en")
    try:
        window = MainWindow(db, settings)
        qtbot.addWidget(window)
        window.show()
        bar = window.filter_bar
        bar.light.setCurrentIndex(bar.light.findData("done"))
        bar.search.setText("zzz")
        bar._emit()
        qtbot.waitUntil(lambda: window.list_note.isVisible(), timeout=3000)
        assert window.list_note.text().startswith("No project matches the filter (Warning: Done; search “zzz”)")
        assert "Clear the filter" in window.list_note.text() and bar.clear_button.text() == "Clear the filter"
        window.show_targets("")
        page = window.targets_page
        page.search.setText("zzz")
        page._apply()
        assert page.note.text().startswith("No target matches the filter (search “zzz”)")
    finally:
        install_translation(QApplication.instance(), "zh")
        set_language("zh")
