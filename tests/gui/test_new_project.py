"""新增项目…: the name typed is matched against what the plan has, so a project is not entered twice."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import func, select

from milestones.store.changes import add_project, remove_project, start_next_plan
from milestones.store.schema import KeyProject, ListChange, PlanEntry
from tests.gui.conftest import open_window


def _ask(window, qtbot, name: str):
    window.show_projects()
    window.add_action.trigger()
    # opened, not exec'd: the window stays responsive (one closed before waits for its deletion)
    (dialog,) = [d for d in window.findChildren(QDialog, "newProject") if d.isVisible()]
    dialog.name.setText(name)
    # the name is looked up 200 ms after typing stops: a loaded machine (a CI run beside other tests) took over 3 s
    qtbot.waitUntil(lambda: dialog.said.isVisible() == (dialog.same is not None) and not dialog._look.isActive(),
                    timeout=10000)
    return dialog


def _count(db, name: str) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(KeyProject).where(KeyProject.name == name))


def test_a_name_on_the_list_already_is_gone_to_not_entered_twice(window, db, qtbot):
    # 重庆长滨 typed in as new was a second 重庆长滨: its schedule and investment on one, nothing on the other,
    # and the dashboard counted it twice. The dialog names it (its 序号, zone and unit) and goes to it.
    dialog = _ask(window, qtbot, " 重庆长滨 ")  # as names are matched: spaces around it do not hide it
    assert dialog.same is not None and dialog.same.on_list
    said = dialog.said.text()
    assert "本年计划中已有“重庆长滨”" in said and "序号 1" in said and "东部" in said
    assert dialog.take.text() == "转到该项目" and dialog.ok.text() == "仍然新增"
    assert dialog.take.isDefault() and not dialog.ok.isDefault()  # Enter goes to it, it adds no second one
    dialog.take.click()
    assert not dialog.isVisible()
    assert _count(db, "重庆长滨") == 1
    m = window.project_model
    assert window.project_table.currentIndex().row() == m.row_of(dialog.same.project_id)


def test_the_list_is_cleared_of_filters_to_show_the_project_gone_to(window, db, qtbot):
    window.filter_bar.search.setText("医院")
    qtbot.waitUntil(lambda: window.project_model.rowCount() < 49, timeout=3000)
    dialog = _ask(window, qtbot, "重庆长滨")
    qtbot.keyClick(dialog.name, Qt.Key_Return)  # Enter, as a planner confirms a name
    assert not dialog.isVisible() and _count(db, "重庆长滨") == 1
    row = window.project_table.currentIndex().row()
    assert window.project_model.index(row, window.project_model.keys.index("name")).data() == "重庆长滨"


def test_a_project_taken_off_the_list_is_put_back_with_its_history(window, db, qtbot):
    pid = window.project_model.project_id(0)
    remove_project(db, 2024, pid, reason="调出")
    window.project_model.reload()
    with db.read() as s:
        name = s.get(KeyProject, pid).name
    dialog = _ask(window, qtbot, name)
    assert "曾列入本年计划，已移出" in dialog.said.text() and dialog.take.text() == "恢复到本年计划"
    dialog.take.click()
    assert _count(db, name) == 1 and window.project_model.row_of(pid) is not None
    with db.read() as s:
        assert s.scalars(select(ListChange.reason).where(ListChange.project_id == pid)
                         .order_by(ListChange.id.desc())).first() == "手工列入"
    window.undo_action.trigger()  # one undo step: off the list again
    assert window.project_model.row_of(pid) is None


def test_a_project_of_last_years_list_is_listed_this_year_as_the_same_project(qtbot, db, settings):
    # left out of the carry-over (added to 2024 after 2025 was opened): typed into 2025 as new, its 2024
    # schedule, investment and notes stayed with a project 2025 did not list
    start_next_plan(db, 2024)
    pid, _ = add_project(db, 2024, "漏结转的项目", actual_start="2024Q2", responsible_unit="区城市更新中心")
    with db.session() as s:
        s.execute(PlanEntry.__table__.update().where(PlanEntry.project_id == pid).values(nature="新开工"))
    w = open_window(qtbot, db, settings)
    assert w.year == 2025
    dialog = _ask(w, qtbot, "漏结转的项目")
    assert "2024年计划中有“漏结转的项目”（责任单位 区城市更新中心）" in dialog.said.text()
    assert dialog.take.text() == "列入本年计划"
    dialog.take.click()
    assert _count(db, "漏结转的项目") == 1
    row = w.project_model.row_of(pid)
    assert row is not None and w.project_table.currentIndex().row() == row
    with db.read() as s:
        entry = s.scalars(select(PlanEntry).where(PlanEntry.project_id == pid).order_by(PlanEntry.id.desc())).first()
        assert entry.nature == "续建"  # started in 2024: under construction in 2025, as the carry-over would say
    w.undo_action.trigger()
    assert w.project_model.row_of(pid) is None


def test_a_new_name_adds_a_project_in_the_zone_and_unit_given(window, db, qtbot):
    dialog = _ask(window, qtbot, "解放碑步行街二期提升")
    assert dialog.same is None and not dialog.take.isVisible() and dialog.ok.text() == "新增"
    assert dialog.ok.isDefault()
    # wide enough for a project's name (Qt's text box showed a dozen characters)
    assert dialog.name.width() >= dialog.fontMetrics().horizontalAdvance("汉") * 30
    dialog.zone.setCurrentIndex(dialog.zone.findText("中部"))
    dialog.unit.setText("区商务委")
    dialog.ok.click()
    with db.read() as s:
        p = s.scalars(select(KeyProject).where(KeyProject.name == "解放碑步行街二期提升")).one()
        assert (p.zone.name, p.responsible_unit) == ("中部", "区商务委")
    assert window.selected_project_ids() == [p.id]


def test_adding_another_of_the_same_name_stays_possible(window, db, qtbot):
    # two zones may each have a project of one name: 仍然新增 adds it, said first
    dialog = _ask(window, qtbot, "重庆长滨")
    dialog.ok.click()
    assert _count(db, "重庆长滨") == 2
    dialog = _ask(window, qtbot, "重庆长滨")
    assert "共有 2 个同名项目" in dialog.said.text()
    dialog.reject()


def test_an_area_chosen_gives_its_zone_and_the_lists_area_is_offered_first(window, db, qtbot):
    # the 板块 was only taken from the list's filter, with no way to give it in the dialog
    dialog = _ask(window, qtbot, "解放碑新项目")
    assert dialog.zone.currentData() is None and dialog.area.count() > 10  # every area while no zone is chosen
    dialog.area.setCurrentIndex(dialog.area.findText("解放碑中央商务区"))
    dialog.area.activated.emit(dialog.area.currentIndex())  # as a click on it
    assert dialog.zone.currentText() == "东部" and dialog.area.currentText() == "解放碑中央商务区"
    dialog.ok.click()
    with db.read() as s:
        p = s.scalars(select(KeyProject).where(KeyProject.name == "解放碑新项目")).one()
        assert (p.zone.name, p.area.name) == ("东部", "解放碑中央商务区")
        east_areas = {a.name for a in p.zone.areas}
    # the list narrowed to an area: the dialog starts there, offering that zone's areas
    window.filter_bar.show_only(p.zone_id, None, area_id=p.area_id)
    dialog = _ask(window, qtbot, "又一个新项目")
    assert (dialog.zone.currentText(), dialog.area.currentText()) == ("东部", "解放碑中央商务区")
    assert {dialog.area.itemText(i) for i in range(1, dialog.area.count())} == east_areas
    dialog.reject()


def test_a_name_like_a_listed_projects_is_offered_without_being_forced(window, db, qtbot):
    # "重庆长滨项目" for 重庆长滨: one project under two spellings became two records; a name only alike may be
    # another project, so Enter still adds it and the listed one is a click away
    dialog = _ask(window, qtbot, "重庆长滨项目")
    assert dialog.alike and dialog.same.name == "重庆长滨"
    assert "名称相近的“重庆长滨”" in dialog.said.text() and "序号 1" in dialog.said.text()
    assert dialog.take.text() == "转到该项目" and dialog.ok.text() == "新增" and dialog.ok.isDefault()
    dialog.take.click()
    assert _count(db, "重庆长滨项目") == 0
    assert window.project_table.currentIndex().row() == window.project_model.row_of(dialog.same.project_id)
    dialog = _ask(window, qtbot, "解放碑步行街提升")  # nothing like it: nothing said
    assert dialog.same is None and not dialog.said.isVisible()
    dialog.reject()


def test_enter_at_once_after_the_name_looks_it_up_before_adding(window, db, qtbot):
    # the look-up waits for typing to pause: a name pasted and confirmed at once was added a second time
    window.show_projects()
    window.add_action.trigger()
    (dialog,) = [d for d in window.findChildren(QDialog, "newProject") if d.isVisible()]
    dialog.name.setText("重庆长滨")
    assert dialog._look.isActive()
    qtbot.keyClick(dialog.name, Qt.Key_Return)
    assert _count(db, "重庆长滨") == 1 and dialog.isVisible()  # said, not added: the planner chooses
    assert "本年计划中已有“重庆长滨”" in dialog.said.text() and dialog.take.isDefault()
    dialog.reject()


def test_the_dialog_speaks_english_in_the_english_interface(window, db, qtbot):
    from PySide6.QtWidgets import QApplication

    from milestones.app import install_translation

    install_translation(QApplication.instance(), "en")
    try:
        dialog = _ask(window, qtbot, "重庆长滨")
        assert dialog.windowTitle() == "Add project"
        assert dialog.said.text().startswith("This year's plan has “重庆长滨” (East")
        assert (dialog.take.text(), dialog.ok.text()) == ("Go to it", "Add anyway")
        dialog.name.setText("解放碑步行街提升")
        dialog.look()
        assert dialog.ok.text() == "Add"  # not the import preview's "New"
        dialog.reject()
    finally:
        install_translation(QApplication.instance(), "zh")
