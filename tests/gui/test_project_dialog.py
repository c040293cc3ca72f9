"""A project's record: quarterly investment, milestones and progress notes, edited with undo."""
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from sqlalchemy import select

from milestones.domain import Quarter
from milestones.store.changes import project_details
from milestones.store.schema import KeyProject


def _pid(db, name="重庆长滨"):
    with db.read() as s:
        return s.scalars(select(KeyProject.id).where(KeyProject.name == name)).one()


def test_entering_quarterly_investment_and_a_progress_note(window, db):
    pid = _pid(db)
    dialog = window._open_project(pid)
    inv = dialog.details["investments"]
    inv.add_row({"quarter": "2024年一季度", "planned": "2", "actual": "1.5"})
    inv.add_row({"quarter": "2024Q2", "planned": "3", "actual": None})
    dialog.details["notes"].add_row({"quarter": "2024Q1", "text": "完成场地平整"})
    assert dialog.save()
    rows = project_details(db, pid, "investments")
    assert [(r["quarter"], r["planned"], r["actual"]) for r in rows] == [(Quarter(2024, 1), 2.0, 1.5),
                                                                           (Quarter(2024, 2), 3.0, None)]
    assert project_details(db, pid, "notes")[0]["text"] == "完成场地平整"
    window.undo_action.trigger()  # the notes
    assert project_details(db, pid, "notes") == []
    window.undo_action.trigger()  # the investment
    assert project_details(db, pid, "investments") == []
    window.redo_action.trigger()
    assert len(project_details(db, pid, "investments")) == 2


def test_a_bad_quarter_keeps_the_dialog_open_with_the_reason(window, db):
    pid = _pid(db)
    dialog = window._open_project(pid)
    dialog.details["milestones"].add_row({"name": "主体完工", "planned_quarter": "明年春天"})
    assert not dialog.save()
    assert "明年春天" in dialog.message.text()
    assert project_details(db, pid, "milestones") == []
    dialog.reject()


def test_milestones_show_on_the_timeline(window, db, qtbot):
    pid = _pid(db)
    dialog = window._open_project(pid)
    dialog.details["milestones"].add_row({"name": "主体完工", "planned_quarter": "2024Q3"})
    assert dialog.save()
    window.show_timeline()
    qtbot.waitUntil(lambda: window.timeline.layout_ is not None, timeout=3000)
    window.timeline.reload()
    assert window.timeline.layout_.projects[pid].milestones == (("主体完工", Quarter(2024, 3), None),)


def test_saving_one_row_keeps_every_digit_of_the_others(window, db):
    # 1,250 万元 is 0.125 亿元: a cell showing 0.13 would write 0.13 back with the next edit
    pid = _pid(db)
    dialog = window._open_project(pid)
    dialog.details["investments"].add_row({"quarter": "2024Q1", "planned": "0.125", "actual": "0.004"})
    assert dialog.save()
    dialog = window._open_project(pid)
    inv = dialog.details["investments"]
    assert [inv.table.item(0, c).text() for c in range(3)] == ["2024年一季度", "0.125", "0.004"]
    assert not inv.changed()
    inv.add_row({"quarter": "2024Q2", "planned": "1", "actual": None})
    assert dialog.save()
    rows = project_details(db, pid, "investments")
    assert [(r["planned"], r["actual"]) for r in rows] == [(0.125, 0.004), (1.0, None)]



def test_investment_entered_in_the_dialog_turns_the_light_in_the_table(window, db):
    from milestones.domain import Light
    from milestones.ui.project_model import light_text

    m = window.project_model
    row = next(r for r in range(m.rowCount()) if m.index(r, m.keys.index("name")).data() == "重庆长滨")
    window.dashboard.set_at(Quarter(2024, 1))  # the quarter the table judges at: 序时进度 25 %
    assert m.setData(m.index(row, m.keys.index("actual_start")), "2024Q1")  # started on time
    assert m.setData(m.index(row, m.keys.index("annual_investment")), "4")
    light = m.index(row, m.keys.index("light"))
    assert light.data() == light_text(Light.GREEN)  # no investment reported: judged on the schedule
    dialog = window._open_project(_pid(db))
    dialog.details["investments"].add_row({"quarter": "2024Q1", "planned": "1", "actual": "0.1"})
    assert dialog.save()
    assert light.data() == light_text(Light.YELLOW)  # 2.5 % invested against 25 %: 22.5 points behind
    dialog = window._open_project(_pid(db))
    dialog.details["investments"].table.item(0, 2).setText("1")
    assert dialog.save()
    assert light.data() == light_text(Light.GREEN)


def test_the_light_shows_its_history_quarter_by_quarter(window, db):
    # caught up on investment in Q2 after falling behind in Q1: the table still says it had been late
    m = window.project_model
    row = next(r for r in range(m.rowCount()) if m.index(r, m.keys.index("name")).data() == "重庆长滨")
    window.dashboard.set_at(Quarter(2024, 2))
    assert m.setData(m.index(row, m.keys.index("actual_start")), "2024Q1")
    assert m.setData(m.index(row, m.keys.index("annual_investment")), "4")
    dialog = window._open_project(_pid(db))
    dialog.details["investments"].add_row({"quarter": "2024Q1", "planned": "1", "actual": "0.1"})  # 2.5 % of 25 %
    dialog.details["investments"].add_row({"quarter": "2024Q2", "planned": "1", "actual": "2"})  # 52.5 % of 50 %
    assert dialog.save()
    history = m.index(row, m.keys.index("light")).data(Qt.ToolTipRole)
    # today's light first (on time now: no reason), then quarter by quarter
    assert history.splitlines() == ["正常", "", "2024年一季度：滞后", "2024年二季度：正常"]


def test_the_years_quarters_are_ready_to_be_typed_into(window, db):
    # the quarter's report is the planner's main chore: the list was empty, and each figure needed
    # 添加一行 and the quarter typed before it
    pid = _pid(db)
    dialog = window._open_project(pid)
    inv = dialog.details["investments"]
    assert [inv.table.item(r, 0).text() for r in range(inv.table.rowCount())] == [
        "2024年一季度", "2024年二季度", "2024年三季度", "2024年四季度"]
    assert not inv.changed()  # blank quarters are not a change
    assert inv.table.columnWidth(0) >= 130  # not as narrow as its heading
    inv.table.item(1, 2).setText("0.8")  # 二季度 done
    assert dialog.save()
    rows = project_details(db, pid, "investments")
    assert [(r["quarter"], r["planned"], r["actual"]) for r in rows] == [(Quarter(2024, 2), None, 0.8)]
    dialog = window._open_project(pid)
    inv = dialog.details["investments"]
    assert [inv.table.item(r, 2).text() for r in range(4)] == ["", "0.8", "", ""]
    assert not inv.changed()
    inv.table.item(1, 2).setText("")  # cleared: the quarter's figure is taken off
    assert dialog.save()
    assert project_details(db, pid, "investments") == []
    window.undo_action.trigger()
    assert len(project_details(db, pid, "investments")) == 1


def test_a_project_handed_to_another_unit_reads_apart_in_the_list(window, db):
    # 机构调整 hands a project to another unit mid-year: set apart as a moved plan is, its record on hovering (as the
    # targets list sets a unit handed on apart, and as the 计划调整表 lists it); a unit first given is no revision
    m = window.project_model
    row = next(r for r in range(m.rowCount()) if m.index(r, m.keys.index("name")).data() == "重庆中心T3塔楼")
    unit = m.keys.index("responsible_unit")
    assert m.setData(m.index(row, unit), "区住房城乡建委")
    assert m.index(row, unit).data(Qt.FontRole) is None
    assert m.setData(m.index(row, unit), "区城市管理局")
    assert m.index(row, unit).data(Qt.FontRole).italic()
    assert m.index(row, unit).data(Qt.ToolTipRole).splitlines()[1].endswith("（编辑）：区住房城乡建委 → 区城市管理局")
    leader = m.keys.index("leader")  # (领导调整: the same)
    assert m.setData(m.index(row, leader), "张三") and m.setData(m.index(row, leader), "李四")
    assert m.index(row, leader).data(Qt.FontRole).italic()
    partners = m.keys.index("partner_units")  # (配合单位 too: a 调整表 gives it before and after)
    assert not (m.index(row, partners).data(Qt.FontRole) or QFont()).italic()
    assert m.setData(m.index(row, partners), "区财政局") and m.setData(m.index(row, partners), "区财政局、区商务委")
    assert m.index(row, partners).data(Qt.FontRole).italic()


def test_who_moved_the_plan_shows_where_the_plan_is_read(window, db):
    # a planned completion moved from 一季度 to 四季度 stops the project being late: the office asks who and when
    m = window.project_model
    name = m.keys.index("name")
    row = next(r for r in range(m.rowCount()) if m.index(r, name).data() == "重庆中心T3塔楼")
    col = m.keys.index("planned_completion")
    assert m.index(row, col).data() == "2024年一季度"
    assert m.index(row, col).data(Qt.ToolTipRole) == "计划原文：一季度完工"  # never changed: the plan's words
    assert m.index(row, col).data(Qt.FontRole) is None
    assert m.setData(m.index(row, col), "2024年四季度")
    assert m.index(row, col).data(Qt.FontRole).italic()  # a revised plan reads apart at a glance
    tip = m.index(row, col).data(Qt.ToolTipRole)
    lines = tip.splitlines()
    assert lines[0] == "修改记录：" and lines[1].endswith("（编辑）：2024年一季度 → 2024年四季度")
    assert m.index(row, m.keys.index("planned_start")).data(Qt.ToolTipRole) is None  # another field's cell
    from PySide6.QtWidgets import QLabel

    dialog = window._open_project(_pid(db, "重庆中心T3塔楼"))
    # the field holds today's plan to edit, what was planned first beside it
    assert dialog.fields["planned_completion"].text() == "2024年四季度"
    assert "（原计划2024年一季度）" in [w.text() for w in dialog.tabs.widget(0).findChildren(QLabel)]
    dialog.reject()
    from milestones.ui.project_dialog import ProjectDialog

    viewer = ProjectDialog(window.ops, _pid(db, "重庆中心T3塔楼"), 2024, window, editable=False)  # a viewer reads it
    assert "2024年四季度（原计划2024年一季度）" in [w.text() for w in viewer.tabs.widget(0).findChildren(QLabel)]
    viewer.reject()
    window.undo_action.trigger()  # an undo is a change too: the record keeps both
    tip = m.index(row, col).data(Qt.ToolTipRole)
    assert tip.splitlines()[1].endswith("2024年四季度 → 2024年一季度")
    dialog = window._open_project(_pid(db, "重庆中心T3塔楼"))
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    table = dialog.tabs.widget(tabs.index("修改记录"))
    assert table.rowCount() == 2
    assert [table.item(0, c).text() for c in range(1, 4)] == ["计划完工", "2024年四季度", "2024年一季度"]
    assert table.item(0, 5).text() == "编辑" and table.item(0, 4).text()  # by whom


def test_an_empty_record_says_what_it_will_hold(window, db, qtbot):
    # a unit given for the first time is not a revision: the tab stayed blank, as if the record had failed
    dialog = window._open_project(_pid(db, "重庆中心T3塔楼"))
    dialog.fields["responsible_unit"].setText("区住房城乡建委")
    assert dialog.save()
    dialog = window._open_project(_pid(db, "重庆中心T3塔楼"))
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    record, listing = dialog.tabs.widget(tabs.index("修改记录")), dialog.tabs.widget(tabs.index("调整记录"))
    assert record.rowCount() == 0 and "第一次填写的值不记" in record.empty
    assert listing.rowCount() == 0 and "列入或移出" in listing.empty
    dialog.tabs.setCurrentWidget(record)
    dialog.show()
    qtbot.waitExposed(dialog)
    shot = record.viewport().grab().toImage()
    background = shot.pixelColor(2, shot.height() - 3)
    assert any(shot.pixelColor(x, y) != background for x in range(0, shot.width(), 2) for y in range(16, 60))  # said
    dialog.fields["responsible_unit"].setText("区城市更新中心")
    assert dialog.save()
    dialog = window._open_project(_pid(db, "重庆中心T3塔楼"))
    record = dialog.tabs.widget(tabs.index("修改记录"))
    assert record.rowCount() == 1 and record.item(0, 2).text() == "区住房城乡建委"  # a revision: listed
    dialog.reject()


def test_the_latest_changes_across_projects_open_their_project(window, db, qtbot):
    # an office sharing a plan asks on Monday what colleagues changed: 编辑 → 最近修改…
    from milestones.store import changes

    t3, cb = _pid(db, "重庆中心T3塔楼"), _pid(db, "重庆长滨")
    changes.update_row(db, "key_project", t3, {"planned_completion": "2024Q3"})
    changes.replace_project_details(db, cb, "investments", [{"quarter": "2024Q1", "actual": 0.4}])
    dialog = window.show_recent_changes()
    assert dialog.table.rowCount() == 1 and dialog.count.text() == "共1次"
    window.ops.run(changes.replace_project_details, cb, "investments", [{"quarter": "2024Q1", "actual": 0.5}])
    assert dialog.table.rowCount() == 2  # a change made meanwhile shows at once
    assert [dialog.table.item(0, c).text() for c in range(1, 5)] == ["重庆长滨", "2024年一季度完成投资(亿元)", "0.4", "0.5"]
    dialog.search.setText("T3")
    dialog._timer.timeout.emit()  # the typing has paused
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == "重庆中心T3塔楼"
    with qtbot.waitSignal(dialog.project_asked, timeout=3000) as opened:
        dialog.table.cellDoubleClicked.emit(0, 1)
    assert opened.args == [t3]
    dialog.close()
    window.ops.run(changes.update_row, "key_project", t3, {"planned_completion": "2024Q4"})  # the dialog is gone


def test_the_latest_changes_say_a_project_taken_off_the_list_with_its_reason(window, db, qtbot):
    # a colleague taking a project off the year's list was not among 最近修改; it opens the project (its 调整记录)
    t3 = _pid(db, "重庆中心T3塔楼")
    window.project_table.selectRow(window.project_model.row_of(t3))
    assert window.remove_selected(reason="并入二期")
    dialog = window.show_recent_changes()
    assert [dialog.table.item(0, c).text() for c in range(1, 5)] == ["重庆中心T3塔楼", "年度计划（2024年）", "列入",
                                                                    "移出（并入二期）"]
    assert dialog.table.item(0, 5).text()  # who took it off
    window.undo_action.trigger()
    assert dialog.table.rowCount() == 2 and dialog.table.item(0, 4).text() == "列入（撤销移出）"
    with qtbot.waitSignal(dialog.project_asked, timeout=3000) as opened:
        dialog.table.cellDoubleClicked.emit(1, 1)
    assert opened.args == [t3]
    dialog.close()


def test_the_window_of_a_project_off_the_list_says_so_first(window, db):
    # opened from 最近修改 or with 含已移出, a project taken off the year's list looked like any listed one
    t3 = _pid(db, "重庆中心T3塔楼")
    window.project_table.selectRow(window.project_model.row_of(t3))
    assert window.remove_selected(reason="并入二期")
    dialog = window._open_project(t3)
    said = dialog.off_list.text().splitlines()
    assert said[0].startswith("已于") and said[0].endswith("移出2024年计划") and said[1] == "原因：并入二期"
    dialog.reject()
    window.undo_action.trigger()  # back on the list: nothing to say
    dialog = window._open_project(t3)
    assert not hasattr(dialog, "off_list")
    dialog.reject()


def _project(db, name):
    with db.read() as s:
        return s.scalars(select(KeyProject).where(KeyProject.name == name)).one()


def test_the_record_is_typed_in_its_window_and_undone_in_one_step(window, db):
    # 建设内容、牵头领导 and a revised completion typed where the planner reads the project, not hunted in the list
    pid = _pid(db)
    dialog = window._open_project(pid)
    steps = window.ops.undo_stack.count()
    dialog.fields["content"].setPlainText("商业、文化、休闲设施约12万平方米\n滨江步道2.1公里")
    dialog.fields["leader"].setText("王副区长")
    dialog.fields["total_investment"].setText("38.6")
    dialog.fields["planned_completion"].setText("2025年二季度")
    assert dialog.save()
    p = _project(db, "重庆长滨")
    assert p.content == "商业、文化、休闲设施约12万平方米\n滨江步道2.1公里"
    assert (p.leader, p.total_investment, p.planned_completion) == ("王副区长", 38.6, Quarter(2025, 2))
    assert window.ops.undo_stack.count() == steps + 1
    assert window.ops.undo_stack.undoText() == "修改“重庆长滨”的基本信息"
    m = window.project_model
    row = next(r for r in range(m.rowCount()) if m.index(r, 1).data() == "重庆长滨")
    assert m.index(row, m.keys.index("leader")).data() == "王副区长"  # the list shows it at once
    window.undo_action.trigger()
    p = _project(db, "重庆长滨")
    assert (p.content, p.leader, p.total_investment, p.planned_completion) == (None, None, None, None)


def test_saving_an_untouched_record_writes_nothing(window, db):
    # every figure shown as the list would edit it: saving unchanged is no step (and 0.125 亿元 is not rounded)
    pid = _pid(db)
    window.project_model.setData(window.project_model.index(0, window.project_model.keys.index("total_investment")),
                                 "0.125")
    steps = window.ops.undo_stack.count()
    dialog = window._open_project(pid)
    assert dialog.fields["total_investment"].text() == "0.125"
    assert dialog.fields["planned_start"].text() == "2024年一季度"
    assert not dialog.unsaved() and dialog.save()
    assert window.ops.undo_stack.count() == steps
    assert _project(db, "重庆长滨").total_investment == 0.125


def test_a_value_the_record_refuses_writes_nothing_and_says_which(window, db):
    pid = _pid(db)
    dialog = window._open_project(pid)
    dialog.fields["leader"].setText("王副区长")
    dialog.fields["actual_start"].setText("明年春天")
    dialog.details["notes"].add_row({"quarter": "2024Q1", "text": "完成场地平整"})
    dialog.tabs.setCurrentIndex(2)
    assert not dialog.save()
    assert "实际开工" in dialog.message.text() and "明年春天" in dialog.message.text()
    assert dialog.tabs.currentIndex() == 0  # back to 基本信息, where the value is
    p = _project(db, "重庆长滨")
    assert p.leader is None and project_details(db, pid, "notes") == []  # neither the field nor the note
    dialog.fields["name"].setText("  ")
    dialog.fields["actual_start"].setText("")
    assert not dialog.save() and "项目名称不能为空" in dialog.message.text()


def test_a_colleagues_change_since_the_window_opened_is_asked_about_never_overwritten(window, db, monkeypatch):
    from milestones.ui.conflict_dialog import ConflictDialog

    asked = []
    answer = {"now": "theirs"}
    monkeypatch.setattr(ConflictDialog, "ask",
                        classmethod(lambda cls, parent, what, rows: asked.append((what, rows)) or answer["now"]))
    pid = _pid(db)
    dialog = window._open_project(pid)
    m = window.project_model
    row = next(r for r in range(m.rowCount()) if m.index(r, 1).data() == "重庆长滨")
    assert m.setData(m.index(row, m.keys.index("responsible_unit")), "区住房城乡建委")  # meanwhile, in the list
    dialog.fields["responsible_unit"].setText("区城市更新中心")
    dialog.fields["leader"].setText("王副区长")
    assert not dialog.save()  # theirs kept: the field shows it, said; the rest typed stays to save
    assert asked and asked[0][0] == "重庆长滨"
    assert _project(db, "重庆长滨").responsible_unit == "区住房城乡建委"
    assert dialog.isVisible() and dialog.fields["responsible_unit"].text() == "区住房城乡建委"
    assert "责任单位" in dialog.message.text()
    assert dialog.save()  # the leader now, nothing of the unit
    assert (_project(db, "重庆长滨").leader, _project(db, "重庆长滨").responsible_unit) == ("王副区长", "区住房城乡建委")
    again = window._open_project(pid)
    m.setData(m.index(row, m.keys.index("leader")), "李副区长")
    again.fields["leader"].setText("赵副区长")
    answer["now"] = "mine"
    assert again.save()  # seeing both values, the planner keeps their own
    assert _project(db, "重庆长滨").leader == "赵副区长"


def test_closing_with_figures_typed_asks_first(window, db, qtbot):
    from PySide6.QtWidgets import QMessageBox

    pid = _pid(db)
    dialog = window._open_project(pid)
    dialog.fields["contact"].setText("李工 13800000000")
    dialog.reject()
    box = dialog.findChild(QMessageBox, "unsavedBox")
    assert box is not None and box.isVisible() and dialog.isVisible()
    box.button(QMessageBox.Cancel).click()  # 取消: back to the window, the text still there
    assert dialog.isVisible() and dialog.fields["contact"].text() == "李工 13800000000"
    dialog.reject()
    [b for b in dialog.findChildren(QMessageBox, "unsavedBox") if b.isVisible()][0].button(QMessageBox.Save).click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    assert _project(db, "重庆长滨").contact == "李工 13800000000"
    again = window._open_project(pid)
    again.details["investments"].add_row({"quarter": "2024Q1", "planned": "2", "actual": "1"})
    again.reject()
    [b for b in again.findChildren(QMessageBox, "unsavedBox") if b.isVisible()][0].button(QMessageBox.Discard).click()
    qtbot.waitUntil(lambda: not again.isVisible(), timeout=3000)
    assert project_details(db, pid, "investments") == []
    untouched = window._open_project(pid)
    untouched.reject()  # nothing typed: closes at once
    assert not untouched.isVisible()


def test_a_viewer_reads_the_record_without_fields(window, db):
    from milestones.ui.project_dialog import ProjectDialog

    dialog = ProjectDialog(window.ops, _pid(db), 2024, window, editable=False)
    assert dialog.fields == {}
    from PySide6.QtWidgets import QLabel

    assert "重庆长滨" in [label.text() for label in dialog.findChildren(QLabel)]
    dialog.reject()
    assert not dialog.isVisible()


def test_zone_and_area_are_chosen_in_the_window_an_area_bringing_its_zone(window, db):
    from milestones.store.schema import Area, Zone

    pid = _pid(db, "红楼宾馆综合改造")  # listed with neither zone nor area
    dialog = window._open_project(pid)
    zone, area = dialog.fields["zone"], dialog.fields["area"]
    assert zone.currentText() == "" and area.currentText() == ""
    assert area.count() > 10  # no zone chosen: every area is offered
    area.setCurrentIndex(area.findText("解放碑中央商务区"))
    assert zone.currentText() == "东部"  # the area's zone, chosen with it
    assert dialog.save()
    with db.read() as s:
        p = s.get(KeyProject, pid)
        assert (s.get(Zone, p.zone_id).name, s.get(Area, p.area_id).name) == ("东部", "解放碑中央商务区")
    again = window._open_project(pid)
    zone, area = again.fields["zone"], again.fields["area"]
    zone.setCurrentIndex(zone.findText("西部"))
    assert area.currentText() == "" and area.findText("解放碑中央商务区") < 0  # only 西部's areas offered now
    assert again.save()
    with db.read() as s:
        p = s.get(KeyProject, pid)
        assert (s.get(Zone, p.zone_id).name, p.area_id) == ("西部", None)
    window.undo_action.trigger()
    with db.read() as s:
        assert s.get(Area, s.get(KeyProject, pid).area_id).name == "解放碑中央商务区"


def test_the_zone_is_named_in_english_in_the_english_interface_as_in_the_list(window, db):
    from PySide6.QtWidgets import QApplication

    from milestones.app import install_translation
    from milestones.store.schema import Zone

    install_translation(QApplication.instance(), "en")
    try:
        dialog = window._open_project(_pid(db))  # 重庆长滨, 东部: the list says East, the window said 东部
        zone = dialog.fields["zone"]
        assert zone.currentText() == "East"
        assert [zone.itemText(i) for i in range(zone.count())][:4] == ["", "East", "Central", "West"]
        zone.setCurrentIndex(zone.findText("West"))
        assert dialog.save()
        with db.read() as s:
            assert s.get(Zone, s.get(KeyProject, _pid(db)).zone_id).name == "西部"  # the plan keeps its own name
    finally:
        install_translation(QApplication.instance(), "zh")


def test_the_class_is_chosen_from_the_usual_ones_or_typed(window, db):
    pid = _pid(db)
    dialog = window._open_project(pid)
    box = dialog.fields["project_class"]
    offered = [box.itemText(i) for i in range(box.count())]
    assert "城市更新" in offered and "产业发展" in offered  # as the list's cell offers them
    box.setCurrentText("文旅融合")
    assert dialog.save()
    assert _project(db, "重庆长滨").project_class == "文旅融合"
    again = window._open_project(pid)
    assert again.fields["project_class"].currentText() == "文旅融合" and not again.unsaved()
    again.reject()


# -- 上一个 / 下一个: a quarter's figures typed project after project ---------------------------------------
def _names_in_list(window):
    m = window.project_model
    return [m.index(r, 1).data() for r in range(m.rowCount())]


def _open_dialog(window):
    from milestones.ui.project_dialog import ProjectDialog

    shown = [d for d in window.findChildren(ProjectDialog) if d.isVisible()]
    assert len(shown) == 1
    return shown[0]


def test_next_saves_the_figures_typed_and_opens_the_next_project_in_place(window, db, qtbot):
    names = _names_in_list(window)
    dialog = window._open_project(_pid(db, names[0]))
    assert dialog.place.text() == "第1个，共49个"
    assert not dialog.previous_button.isEnabled() and dialog.next_button.isEnabled()
    dialog.tabs.setCurrentWidget(dialog.details["investments"])
    dialog.move(dialog.x() + 37, dialog.y() + 11)
    where = dialog.geometry()
    table = dialog.details["investments"].table  # the plan year's four quarters, ready to be typed into
    table.item(1, 2).setText("0.75")  # 二季度 done
    dialog.next_button.click()
    second = _open_dialog(window)
    assert second is not dialog and second.windowTitle() == names[1]
    assert second.place.text() == "第2个，共49个" and second.previous_button.isEnabled()
    assert second.tabs.currentWidget() is second.details["investments"] and second.geometry() == where
    assert window.project_table.currentIndex().row() == 1  # the list follows
    assert [(r["quarter"], r["actual"]) for r in project_details(db, _pid(db, names[0]), "investments")] == \
        [(Quarter(2024, 2), 0.75)]
    # nothing typed: on without a step of its own
    steps = window.ops.undo_stack.count()
    second.previous_button.click()
    assert _open_dialog(window).windowTitle() == names[0] and window.ops.undo_stack.count() == steps
    qtbot.waitUntil(lambda: not any(d is dialog for d in window.children()), timeout=3000)  # closed ones go


def test_a_figure_refused_keeps_the_window_and_the_last_project_has_no_next(window, db):
    names = _names_in_list(window)
    dialog = window._open_project(_pid(db, names[0]))
    dialog.details["investments"].table.item(0, 2).setText("很多")
    assert not dialog.step(1)
    assert dialog.isVisible() and "很多" in dialog.message.text()
    dialog.details["investments"].table.item(0, 2).setText("")
    dialog.reject()
    last = window._open_project(_pid(db, names[-1]))
    assert last.place.text() == "第49个，共49个" and not last.next_button.isEnabled()
    assert not last.step(1) and last.isVisible()
    last.reject()


def test_next_follows_the_list_as_filtered_and_a_project_out_of_it_has_no_buttons(window, db, qtbot):
    bar, m = window.filter_bar, window.project_model
    bar.zone.setCurrentIndex(bar.zone.findText("西部"))
    bar._emit()
    qtbot.waitUntil(lambda: m.total() < 49, timeout=3000)
    west = _names_in_list(window)
    dialog = window._open_project(_pid(db, west[0]))
    assert dialog.place.text() == f"第1个，共{len(west)}个"
    dialog.step(1)
    assert _open_dialog(window).windowTitle() == west[1]
    _open_dialog(window).reject()
    elsewhere = window._open_project(_pid(db, "重庆长滨"))  # 东部: opened from the timeline, say
    assert not elsewhere.next_button.isVisible() and not elsewhere.place.isVisible()
    elsewhere.reject()


def test_a_viewer_goes_along_the_list_too(window, db):
    window.read_only = True
    window._apply_read_only()
    names = _names_in_list(window)
    dialog = window._open_project(_pid(db, names[2]))
    assert not hasattr(dialog, "save_button")
    assert dialog.step(1) and _open_dialog(window).windowTitle() == names[3]


def test_a_figure_still_being_typed_is_saved_by_next_and_asked_about_on_close(window, db, qtbot):
    from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

    names = _names_in_list(window)
    dialog = window._open_project(_pid(db, names[0]))
    dialog.tabs.setCurrentWidget(dialog.details["investments"])
    table = dialog.details["investments"].table

    def typing(text):
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
        table.setFocus()
        table.editItem(table.item(1, 2))  # 二季度's 完成投资, its editor open
        qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit), timeout=3000)
        editor = QApplication.focusWidget()
        assert table.viewport().isAncestorOf(editor)
        editor.setText(text)

    typing("2.25")
    assert dialog.step(1)  # Alt+N with the cell still open: the figure is not lost
    assert [(r["quarter"], r["actual"]) for r in project_details(db, _pid(db, names[0]), "investments")] == \
        [(Quarter(2024, 2), 2.25)]
    dialog = _open_dialog(window)
    table = dialog.details["investments"].table
    typing("1.5")
    dialog.reject()  # the window's box: asked, not dropped
    box = dialog.findChild(QMessageBox, "unsavedBox")
    assert box is not None and box.isVisible()
    box.button(QMessageBox.Discard).click()


def test_the_window_opens_with_the_keyboard_in_its_first_field(window, db):
    """Qt put the keyboard on the tab bar, where typing does nothing and ←/→ turn pages."""
    dialog = window._open_project(_pid(db))
    assert dialog.focusWidget() is dialog.fields["name"]
    assert not dialog.fields["name"].hasSelectedText()  # a key pressed does not replace the name
    dialog.reject()


def test_next_opens_with_the_keyboard_in_the_same_quarters_cell(window, db, qtbot):
    """A quarter's figures typed project after project: 二季度's 完成投资, Alt+N, the next one's 二季度 完成投资."""
    names = _names_in_list(window)
    dialog = window._open_project(_pid(db, names[0]))
    dialog.tabs.setCurrentWidget(dialog.details["investments"])
    table = dialog.details["investments"].table
    table.setCurrentCell(1, 2)
    table.setFocus()
    table.item(1, 2).setText("0.5")
    assert dialog.step(1)
    second = _open_dialog(window)
    table = second.details["investments"].table
    assert second.focusWidget() is table
    assert (table.item(table.currentRow(), 0).text(), table.currentColumn()) == ("2024年二季度", 2)
    # in a field of 基本信息: the same field of the next one
    second.tabs.setCurrentIndex(0)
    second.fields["actual_start"].setFocus()
    second.next_button.click()  # a click on the button leaves the keyboard in the field
    third = _open_dialog(window)
    assert third.windowTitle() == names[2] and third.focusWidget() is third.fields["actual_start"]
    third.reject()


def test_an_amount_typed_in_wan_yuan_is_kept_in_yi_yuan(window, db):
    """A unit's report reads "3000万元": typed as read into a 亿元 cell it stood as 3000 亿元, ten thousand times the
    project. It is 0.3 now, in the list and the window's quarterly figures; a percentage is refused with why."""
    m = window.project_model
    row = next(r for r in range(m.rowCount()) if m.index(r, m.keys.index("name")).data() == "重庆长滨")
    assert m.setData(m.index(row, m.keys.index("annual_investment")), "3000万元")
    assert m.setData(m.index(row, m.keys.index("total_investment")), "12亿")
    with db.read() as s:
        p = s.scalars(select(KeyProject).where(KeyProject.name == "重庆长滨")).one()
        assert p.total_investment == 12.0 and p.entries[0].annual_investment == 0.3
    said = []
    window.project_model.edit_failed.connect(lambda _index, why: said.append(why))
    assert not m.setData(m.index(row, m.keys.index("annual_investment")), "12%")
    assert said == ["“12%”不是金额；投资以亿元计，可填 1.5、1.5亿元 或 3000万元"]
    dialog = window._open_project(_pid(db))
    inv = dialog.details["investments"]
    inv.table.item(0, 1).setText("800万元")
    inv.table.item(0, 2).setText("0.05亿元")
    assert dialog.save()
    assert [(r["quarter"], r["planned"], r["actual"]) for r in project_details(db, _pid(db), "investments")] == \
        [(Quarter(2024, 1), 0.08, 0.05)]


def test_the_years_quarters_are_added_up_against_the_years_plan_as_typed(window, db):
    """Four quarters typed from a unit's form: their total beside the year's planned investment, said in red when
    they do not add up (数据检查 would say it only later), and the investment done as a share of the year."""
    m = window.project_model
    row = next(r for r in range(m.rowCount()) if m.index(r, m.keys.index("name")).data() == "重庆长滨")
    assert m.setData(m.index(row, m.keys.index("annual_investment")), "4")
    dialog = window._open_project(_pid(db))
    words = dialog.investment_sum
    assert words.text() == "2024年各季度计划投资合计 未填（年度计划投资 4 亿元）"
    t = dialog.details["investments"].table
    for r, (planned, done) in enumerate((("1", "0.8"), ("1", "1.2"), ("1", ""), ("0.5", ""))):
        t.item(r, 1).setText(planned)
        t.item(r, 2).setText(done)
    assert words.text() == ("2024年各季度计划投资合计 3.5 亿元（年度计划投资 4 亿元）；比年度计划投资少 0.5 亿元；"
                            "完成投资合计 2 亿元，为年度计划的 50.0%")
    assert "b00020" in words.styleSheet()
    t.item(3, 1).setText("1")
    assert words.text() == "2024年各季度计划投资合计 4 亿元（年度计划投资 4 亿元）；完成投资合计 2 亿元，为年度计划的 50.0%"
    assert words.styleSheet() == ""
    t.item(1, 2).setText("一亿二")
    assert words.text().endswith("完成投资合计 0.8 亿元，为年度计划的 20.0%；有读不懂的值，未计入")
    dialog.reject()


def test_the_years_plan_is_typed_beside_its_quarters_or_taken_from_their_total(window, db):
    # the project window showed 年度计划投资 only in the read-only 各年度 table: four quarters typed from a unit's form
    # and no year's plan left the light without its investment, to be typed again in the list's cell
    from milestones.store.schema import PlanEntry

    dialog = window._open_project(_pid(db))
    annual = dialog.fields["annual_investment"]
    assert annual.text() == "" and "invested_before" in dialog.fields
    t = dialog.details["investments"].table
    assert dialog.take_sum.isHidden()  # nothing typed: nothing to take
    for r, planned in enumerate(("1", "1.5", "1", "0.5")):
        t.item(r, 1).setText(planned)
    assert not dialog.take_sum.isHidden()
    dialog.take_sum.click()
    assert annual.text() == "4"
    assert dialog.investment_sum.text() == "2024年各季度计划投资合计 4 亿元（年度计划投资 4 亿元）"
    assert dialog.take_sum.isHidden()  # they add up now
    annual.setText("3000万元")  # typed in 万元, read as the list's cell reads it
    assert "（年度计划投资 0.3 亿元）" in dialog.investment_sum.text() and not dialog.take_sum.isHidden()
    annual.setText("4.5")
    assert dialog.save()  # one 保存: the year's plan and the quarters
    with db.read() as s:
        entry = s.scalars(select(PlanEntry).where(PlanEntry.project_id == _pid(db))).one()
        assert entry.annual_investment == 4.5
    assert [r["planned"] for r in project_details(db, _pid(db), "investments")] == [1.0, 1.5, 1.0, 0.5]


def test_ctrl_s_saves_what_was_typed_in_the_project_window(window, db, qtbot):
    # a record typed at the keyboard (opened with Ctrl+Enter, fields by Tab) is saved without reaching for the mouse
    dialog = window._open_project(_pid(db))
    assert "Ctrl+S" in dialog.save_button.toolTip()  # read now: saved, the window closes and is deleted
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    dialog.fields["leader"].setFocus()
    dialog.fields["leader"].setText("王副区长")
    qtbot.keyClick(dialog.fields["leader"], Qt.Key_S, Qt.ControlModifier)
    qtbot.waitUntil(lambda: _project(db, "重庆长滨").leader == "王副区长", timeout=3000)


def test_a_plans_words_typed_into_the_windows_planned_start_are_kept(window, db):
    from milestones.store.schema import KeyProject as KP

    worded = window._open_project(_pid(db, "日月光R5R6塔楼"))  # "2024年开工": the words as the field's hint
    box = worded.fields["planned_start"]
    assert box.text() == "" and box.placeholderText() == "2024年开工" and not worded.unsaved()
    box.setText("2024年三季度")
    assert worded.save()
    dialog = window._open_project(_pid(db))
    dialog.fields["planned_start"].setText("2025年开工")
    assert dialog.save()
    with db.read() as s:
        got = {p.name: (p.planned_start, p.planned_start_text) for p in s.scalars(select(KP))}
    assert got["重庆长滨"] == (None, "2025年开工")
    assert got["日月光R5R6塔楼"] == (Quarter(2024, 3), "2024年开工")  # the plan's words kept beside the quarter
