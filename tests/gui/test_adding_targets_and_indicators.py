"""新增目标 / 新增指标 and deleting them where they stand: a target set mid-year typed in, a target imported
twice taken out — each one undo step, a deletion asked first and given back whole by its undo."""
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox
from sqlalchemy import select

from milestones.domain import Quarter
from milestones.store.schema import IndicatorYear, MeasureTarget, TargetStep
from milestones.ui.undo import from_journal


def _menu(window, view, handler, row, column=1):
    before = set(view.findChildren(QMenu))
    handler(view.visualRect(view.model().index(row, column)).center())
    (menu,) = set(view.findChildren(QMenu)) - before
    return {a.text(): a for a in menu.actions()}, menu


def test_ctrl_n_on_the_targets_adds_a_target_to_the_measure_of_the_row_in_view(window, db, qtbot):
    window.show_targets("")
    view, m = window.targets_table, window.targets_model
    view.setCurrentIndex(m.index(12, 1))
    measure, count = m.rows[12]["measure_id"], len(m.rows)
    assert window.add_action.text() == "新增目标…"
    window.activateWindow()
    QTest.keyClick(view, Qt.Key_N, Qt.ControlModifier)
    dialog = window.findChild(QDialog, "newTarget")
    assert dialog is not None and dialog.isVisible()
    assert dialog.measure.currentData() == measure
    dialog.text.setText("新增市级专精特新企业5家")
    dialog.unit.setText("区经济信息委")
    dialog.quarter.setText("三季度")
    dialog.accept()
    assert len(m.rows) == count + 1
    row = m.rows[view.currentIndex().row()]  # chosen, in view
    assert (row["text"], row["value"], row["unit"], row["quarter"], row["responsible_unit"]) == \
        ("新增市级专精特新企业5家", 5.0, "家", Quarter(2024, 3), "区经济信息委")
    assert row["measure_id"] == measure
    assert window.undo_action.text() == "撤销 新增目标“新增市级专精特新企业5家”"
    window.undo_action.trigger()
    assert len(m.rows) == count
    window.redo_action.trigger()
    assert any(r["id"] == row["id"] for r in m.rows)  # back with its id: later steps still find it
    window.show_projects()
    assert window.add_action.text() == "新增项目…"


def test_a_target_deleted_from_its_menu_comes_back_with_its_steps_on_undo(window, db, qtbot):
    window.show_targets("")
    view, m = window.targets_table, window.targets_model
    tid = m.rows[2]["id"]
    with db.session() as s:
        s.add(TargetStep(target_id=tid, quarter=Quarter(2024, 2), text="300亿元", value=300.0, actual=280.0))
    m.reload()
    count = len(m.rows)
    actions, menu = _menu(window, view, window.row_menus.targets, 2)
    assert actions["新增目标…"].isEnabled() and actions["删除所选目标…"].isEnabled()
    actions["删除所选目标…"].trigger()
    menu.close()
    box = window.findChild(QMessageBox, "removeRows")
    assert box.text() == "删除这1个目标？" and "签约正式合同额600亿元" in box.informativeText()
    box.button(QMessageBox.Yes).click()
    assert len(m.rows) == count - 1 and all(r["id"] != tid for r in m.rows)
    with db.read() as s:
        assert s.get(MeasureTarget, tid) is None
    window.undo_action.trigger()
    with db.read() as s:
        t = s.get(MeasureTarget, tid)
        assert t.text == "签约正式合同额600亿元" and [(st.quarter, st.actual) for st in t.steps] == [(Quarter(2024, 2), 280.0)]
    assert len(m.rows) == count


def test_a_measure_is_deleted_with_its_targets_and_given_back_by_undo(window, db):
    # a heading of the report read as a measure, or one typed twice, could only lose its targets one by one and
    # then stayed in the plan (and in 新增目标's list)
    from milestones.store.schema import Measure

    window.show_targets("")
    view, m = window.targets_table, window.targets_model
    r = next(i for i, row in enumerate(m.rows) if row["measure"] == "深度融入西部陆海新通道建设")
    mid, count = m.rows[r]["measure_id"], len(m.rows)
    ids = {row["id"] for row in m.rows if row["measure_id"] == mid}
    actions, menu = _menu(window, view, window.row_menus.targets, r)
    actions["删除举措…"].trigger()
    menu.close()
    box = window.findChild(QMessageBox, "removeMeasure")
    assert box.text() == "删除举措“深度融入西部陆海新通道建设”？"
    assert box.informativeText() == f"连同它的{len(ids)}个目标及其季度安排和完成情况一并删除；可以撤销。"
    box.button(QMessageBox.Yes).click()
    assert len(m.rows) == count - len(ids) and not ids & {row["id"] for row in m.rows}
    with db.read() as s:
        assert s.get(Measure, mid) is None
    assert window.undo_action.text() == "撤销 删除举措“深度融入西部陆海新通道建设”"
    window.undo_action.trigger()
    assert len(m.rows) == count and ids <= {row["id"] for row in m.rows}
    window.redo_action.trigger()
    assert len(m.rows) == count - len(ids)


def test_a_measures_last_target_deleted_says_the_measure_goes_too(window, db):
    from milestones.store.schema import Measure

    window.show_targets("")
    view, m = window.targets_table, window.targets_model
    r = next(i for i, row in enumerate(m.rows) if row["measure"] == "推进中部整体提升")  # its own one target
    mid = m.rows[r]["measure_id"]
    view.selectRow(r)
    box = window.row_edits.ask_remove(view)
    assert box.informativeText().startswith("· 推进中部整体提升\n\n举措“推进中部整体提升”没有其他目标，随之删除。")
    box.button(QMessageBox.Yes).click()
    with db.read() as s:
        assert s.get(Measure, mid) is None
    window.undo_action.trigger()
    with db.read() as s:
        assert s.get(Measure, mid) is not None
    assert any(row["measure_id"] == mid for row in m.rows)


def test_no_answer_deletes_nothing(window, db):
    window.show_targets("")
    view, m = window.targets_table, window.targets_model
    view.selectRow(0)
    count = len(m.rows)
    box = window.row_edits.ask_remove(view)
    box.button(QMessageBox.No).click()
    assert len(m.rows) == count


def test_an_indicator_added_to_the_year_and_deleted(window, db):
    window.show_indicators_of("")
    view, m = window.indicators_table, window.indicators_model
    count = len(m.rows)
    assert window.add_action.text() == "新增指标…"
    dialog = window.add_row()
    assert dialog.objectName() == "newIndicator" and dialog.windowTitle() == "新增2024年指标"
    dialog.name.setText("规模以上工业增加值增速")
    dialog.unit.setText("%")
    dialog.target.setText("增长6%左右")
    dialog.binding.setCurrentIndex(dialog.binding.findData(True))
    dialog.accept()
    assert len(m.rows) == count + 1
    row = m.rows[-1]  # after the table's last
    assert (row["name"], row["unit"], row["target_text"], row["binding"], row["seq"]) == \
        ("规模以上工业增加值增速", "%", "增长6%左右", True, count + 1)
    assert view.currentIndex().row() == len(m.rows) - 1
    actions, menu = _menu(window, view, window.row_menus.indicators, len(m.rows) - 1)
    actions["删除所选指标…"].trigger()
    menu.close()
    box = window.findChild(QMessageBox, "removeRows")
    assert box.text() == "从2024年指标中删除这1个指标？"
    box.button(QMessageBox.Yes).click()
    assert len(m.rows) == count
    with db.read() as s:
        assert s.get(IndicatorYear, row["id"]) is None


def test_an_indicator_of_other_years_is_offered_by_name_with_its_unit(window, db):
    # a name typed a little otherwise ("一般公共预算收入增速" for 区级一般公共预算收入增速) made a second indicator beside
    # the one with 2023's history
    from milestones.store.schema import Indicator

    window.show_indicators_of(2024)
    dialog = window.add_row()
    held = {r["name"] for r in window.indicators_model.rows}
    offered = dialog.name.completer().model().stringList()
    with db.read() as s:
        only_2023 = s.scalar(select(Indicator).join(IndicatorYear, IndicatorYear.indicator_id == Indicator.id)
                             .where(IndicatorYear.year == 2023, Indicator.unit.is_not(None),
                                    Indicator.name.not_in(held)))
    assert only_2023.name in offered and not held & set(offered)
    dialog.name.completer().setCompletionPrefix(only_2023.name[2:6])  # what is typed is found inside the names
    assert only_2023.name in [dialog.name.completer().completionModel().index(i, 0).data()
                              for i in range(dialog.name.completer().completionCount())]
    dialog.name.setText(only_2023.name)
    assert dialog.unit.text() == only_2023.unit  # its unit comes with it
    dialog.accept()
    with db.read() as s:  # the same indicator, its 2023 history kept with it
        assert s.scalar(select(IndicatorYear.indicator_id).where(IndicatorYear.year == 2024,
                                                                 IndicatorYear.indicator_id == only_2023.id))


def test_an_indicator_already_in_the_years_table_is_refused_with_the_reason(window, db, monkeypatch):
    said = []
    monkeypatch.setattr(window, "_show_failure", said.append)
    window.show_indicators_of("")
    name = window.indicators_model.rows[0]["name"]
    assert window.row_edits.add_indicator(name) is None
    assert said and said[-1] == f"2024年指标中已有“{name}”"


def test_a_viewer_adds_and_deletes_nothing(window):
    window.read_only = True
    window._apply_read_only()
    window.show_targets("")
    view = window.targets_table
    actions, menu = _menu(window, view, window.row_menus.targets, 0)
    assert not actions["新增目标…"].isEnabled() and not actions["删除所选目标…"].isEnabled()
    assert not actions["删除举措…"].isEnabled()
    menu.close()
    assert window.row_edits.ask_target() is None and window.row_edits.ask_remove(view) is None
    assert window.row_edits.ask_remove_measure(0) is None


def test_an_added_target_waits_on_disk_for_a_lost_connection_like_any_change(window, db):
    from milestones.ui.undo import AddTargetCommand, RemoveRowsCommand

    window.show_targets("")
    m = window.targets_model
    for cmd in (AddTargetCommand(window.ops, m.rows[0]["measure_id"], "新增平台2家", {"quarter": "2024Q3"}),
                AddTargetCommand(window.ops, None, "", {}, {"year": 2024, "section": 3, "title": "建设智慧城市"}),
                RemoveRowsCommand(window.ops, "measure_target", [m.rows[1]["id"]], "删除1个目标")):
        again = from_journal(window.ops, cmd.journal())
        assert type(again) is type(cmd) and again.arguments() == cmd.arguments() and again.text() == cmd.text()


def _sections_in_tree(window) -> list[str]:
    (plan,) = [window.nav.topLevelItem(i) for i in range(window.nav.topLevelItemCount())
               if window.nav.topLevelItem(i).text(0) == "2024年计划"]
    (measures,) = [plan.child(i) for i in range(plan.childCount()) if plan.child(i).text(0) == "工作举措与目标"]
    return [measures.child(i).text(0) for i in range(measures.childCount())]


def test_a_plan_without_measures_is_typed_in_a_measure_at_a_time(window, db, qtbot):
    """A plan whose measures were never imported (a city's project list alone) could take no target: the box said
    to import a table first. Now the section and the measure are typed in with the first target."""
    from milestones.store.schema import Measure, Section

    with db.session() as s:
        for m in s.scalars(select(Measure)):
            s.delete(m)
        s.flush()
        for sec in s.scalars(select(Section)):
            s.delete(sec)
    window.nav.fill()
    window.show_targets("")
    m = window.targets_model
    assert m.rows == [] and _sections_in_tree(window) == []
    # the line under the empty list says how measures come in, not "共 0 个目标"
    assert window.targets_page.count.text().startswith("本年计划还没有工作举措与目标：导入计划报告")
    dialog = window.row_edits.ask_target()
    assert dialog.section.count() == 0 and dialog.focusWidget() in (dialog.section, dialog.section.lineEdit())
    assert dialog.text.placeholderText() == "不填则以举措本身为目标（按是否完成评价）"
    dialog.accept()  # nothing typed: the box stays, saying what is missing
    assert dialog.isVisible() and dialog.said.text() == "请选择举措，或填写新的举措"
    dialog.measure.setEditText("推进成渝地区双城经济圈建设")
    dialog.accept()
    assert dialog.isVisible() and dialog.said.text() == "请选择举措所属的部分，或填写新的部分"
    dialog.section.setEditText("更好落实重大战略部署")
    assert dialog.measure.currentText() == "推进成渝地区双城经济圈建设"  # typing the section kept the measure
    dialog.accept()
    assert not dialog.isVisible()
    assert [(r["section"], r["measure"], r["text"], r["op"]) for r in m.rows] == \
        [("(一) 更好落实重大战略部署", "推进成渝地区双城经济圈建设", "推进成渝地区双城经济圈建设", "text")]
    assert _sections_in_tree(window) == ["(一) 更好落实重大战略部署"]
    assert window.undo_action.text() == "撤销 新增目标“推进成渝地区双城经济圈建设”"
    window.undo_action.trigger()  # one step: the target, its measure and its section
    assert m.rows == [] and _sections_in_tree(window) == []
    with db.read() as s:
        assert s.scalars(select(Measure)).all() == [] and s.scalars(select(Section)).all() == []
    window.redo_action.trigger()
    assert [r["measure"] for r in m.rows] == ["推进成渝地区双城经济圈建设"]
    assert _sections_in_tree(window) == ["(一) 更好落实重大战略部署"]


def test_a_new_measure_goes_into_the_section_in_view(window, db, qtbot):
    from milestones.store.schema import Measure

    window.show_targets("")
    view, m = window.targets_table, window.targets_model
    view.setCurrentIndex(m.index(12, 1))
    section, measure = m.rows[12]["section"], m.rows[12]["measure"]
    with db.read() as s:  # the section's measures, those without a target yet too
        listed = [mm.title for mm in s.get(Measure, m.rows[12]["measure_id"]).section.measures]
    dialog = window.row_edits.ask_target()
    assert dialog.section.currentText() == section and dialog.measure.currentText() == measure
    assert [dialog.measure.itemText(i) for i in range(dialog.measure.count())] == listed
    dialog.accept()  # a listed measure: its target must be worded
    assert dialog.isVisible() and dialog.said.text() == "目标原文不能为空"
    dialog.measure.setEditText("培育专精特新企业")
    assert dialog.said.text() == ""  # said until something is typed
    assert dialog.text.placeholderText() == "不填则以举措本身为目标（按是否完成评价）"
    dialog.text.setText("新增市级专精特新企业5家")
    dialog.quarter.setText("十三季度")
    dialog.accept()
    assert dialog.isVisible() and dialog.said.text() == "“十三季度”不是季度"
    dialog.quarter.setText("三季度")
    dialog.section.setEditText(section.split(" ", 1)[0].replace("(", "（").replace(")", "）"))  # "（二）" alone
    dialog.accept()
    row = m.rows[view.currentIndex().row()]  # chosen, in view: after the section's last measure
    assert (row["section"], row["measure"], row["text"], row["value"], row["quarter"]) == \
        (section, "培育专精特新企业", "新增市级专精特新企业5家", 5.0, Quarter(2024, 3))
    assert [r["measure"] for r in m.rows if r["section"] == section][-1] == "培育专精特新企业"


def test_a_right_click_below_the_last_row_offers_to_add(window, qtbot):
    def few_targets():
        window.show_targets("")
        window.targets_page.search.setText("孵化")  # a few rows: room below them
        window.targets_page._apply()

    def few_projects():
        window.show_projects()
        window.filter_bar.search.setText("重庆")
        window.filter_bar._emit()

    for show, view, handler, text in (
            (few_targets, window.targets_table, window.row_menus.targets, "新增目标…"),
            (lambda: window.show_indicators_of(""), window.indicators_table, window.row_menus.indicators, "新增指标…"),
            (few_projects, window.project_table, window.row_menus.projects, "新增项目…")):
        show()
        below = QPoint(5, view.viewport().height() - 5)
        qtbot.waitUntil(lambda: not view.indexAt(below).isValid(), timeout=3000)
        before = set(view.findChildren(QMenu))
        handler(below)
        (menu,) = set(view.findChildren(QMenu)) - before
        assert [a.text() for a in menu.actions()] == [text]  # nothing about a row that is not there
        menu.close()


def test_the_toolbars_remove_button_deletes_the_chosen_targets_on_their_page(window, db, qtbot):
    """The toolbar beside 新增目标 said 移出计划 on 举措与目标 and only told the planner to choose a project."""
    window.show_targets("")
    view, m = window.targets_table, window.targets_model
    assert window.delete_action.text() == "删除所选目标…" and window.delete_action.isEnabled()
    assert window.delete_action.shortcut().isEmpty()  # Del on this table clears the cell, as in a spreadsheet
    window.delete_action.trigger()  # nothing chosen yet: said, nothing asked
    assert window.findChild(QMessageBox, "removeRows") is None
    assert window.statusBar().currentMessage() == "请先在表中选择要删除的行"
    view.selectRow(2)
    count = len(m.rows)
    window.delete_action.trigger()
    box = window.findChild(QMessageBox, "removeRows")
    assert box.text() == "删除这1个目标？" and "签约正式合同额600亿元" in box.informativeText()
    box.button(QMessageBox.Yes).click()
    assert len(m.rows) == count - 1
    window.show_indicators_of("")
    assert window.delete_action.text() == "删除所选指标…"
    window.show_projects()
    assert window.delete_action.text() == "移出计划…" and window.delete_action.shortcut() == QKeySequence.Delete
    window.project_table.clearSelection()
    assert not window.remove_selected(reason="测试")  # no project chosen: it did nothing and said nothing
    assert window.statusBar().currentMessage() == "请先选择要移出计划的项目"
    assert window.project_model.rowCount() == 49


def _nav_menu(window, item) -> dict:
    before = set(window.nav.findChildren(QMenu))
    window.nav.menu_at(window.nav.visualItemRect(item).center())
    del item  # the navigation is filled anew after a change: its items are not held on to
    (menu,) = set(window.nav.findChildren(QMenu)) - before
    return {a.text(): a for a in menu.actions()}, menu


def test_a_section_is_deleted_from_the_navigation_with_its_measures_and_given_back(window, db):
    # a section left empty by moving its measures out, or made by a title typed amiss, stayed in the navigation
    from milestones.store.schema import Measure, Section

    def last_section():
        plan = window.nav.topLevelItem(0)
        (measures,) = [plan.child(i) for i in range(plan.childCount()) if plan.child(i).text(0) == "工作举措与目标"]
        return measures.child(measures.childCount() - 1)

    sid = tuple(last_section().data(0, Qt.UserRole + 1))[2]  # NAV_ROLE
    window.nav.setCurrentItem(last_section())  # the section shown, as the planner looks at it before deleting it
    with db.read() as s:
        sec = s.get(Section, sid)
        title, n_measures = sec.title, len(sec.measures)
        n_targets = sum(len(m.targets) for m in sec.measures)
    actions, menu = _nav_menu(window, last_section())
    assert list(actions) == ["删除部分…"]
    actions["删除部分…"].trigger()
    menu.close()
    box = window.findChild(QMessageBox, "removeSection")
    assert box.text() == f"删除部分“{title}”？"
    assert box.informativeText() == f"连同其中{n_measures}项举措、{n_targets}个目标及其季度安排和完成情况一并删除；可以撤销。"
    count = len(window.targets_model.all_rows)
    box.button(QMessageBox.Yes).click()
    assert all(title not in shown for shown in _sections_in_tree(window))  # the navigation was filled again
    with db.read() as s:
        assert s.get(Section, sid) is None and not s.scalars(select(Measure).where(Measure.section_id == sid)).all()
    # the page moved to every section's targets, the section's no longer among them
    assert window.targets_model.section_id is None
    window.undo_action.trigger()
    with db.read() as s:
        assert len(s.get(Section, sid).measures) == n_measures
    assert title in _sections_in_tree(window)[-1]
    assert len(window.targets_model.all_rows) >= count


def test_the_years_item_offers_its_figures_and_its_removal(window):
    actions, menu = _nav_menu(window, window.nav.topLevelItem(0))
    assert list(actions) == ["计划数…", "删除该年度计划…"]
    assert actions["计划数…"].isEnabled() and not actions["删除该年度计划…"].isEnabled()  # the only plan
    menu.close()


def test_the_years_indicators_show_in_the_reports_order_everywhere(window, db):
    """The indicator table is in its 序号's order, else the order its rows were entered (the report's: 地区生产总值
    first) — it was sorted by the names' code points (全社会研发经费投入 first), and its export by another order."""
    from sqlalchemy import update

    from milestones.store.exports import indicator_records

    window.show_indicators_of("")
    shown = [r["name"] for r in window.indicators_model.rows]
    assert shown[:3] == ["地区生产总值增速", "固定资产投资总额增速", "社会消费品零售总额增速"]
    assert [r["name"] for r in indicator_records(db, 2024)] == shown
    with db.session() as s:  # a plan made before its indicators were numbered
        s.execute(update(IndicatorYear).values(seq=None))
    window.indicators_model.load()
    assert [r["name"] for r in window.indicators_model.rows] == shown
    assert [r["name"] for r in indicator_records(db, 2024)] == shown
