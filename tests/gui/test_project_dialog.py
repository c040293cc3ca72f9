"""A project's record: quarterly investment, milestones and progress notes, edited with undo."""
from PySide6.QtCore import Qt
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


def test_who_moved_the_plan_shows_where_the_plan_is_read(window, db):
    # a planned completion moved from 一季度 to 四季度 stops the project being late: the office asks who and when
    m = window.project_model
    name = m.keys.index("name")
    row = next(r for r in range(m.rowCount()) if m.index(r, name).data() == "重庆中心T3塔楼")
    col = m.keys.index("planned_completion")
    assert m.index(row, col).data() == "2024年一季度"
    assert m.index(row, col).data(Qt.ToolTipRole) is None  # never changed
    assert m.index(row, col).data(Qt.FontRole) is None
    assert m.setData(m.index(row, col), "2024年四季度")
    assert m.index(row, col).data(Qt.FontRole).italic()  # a revised plan reads apart at a glance
    tip = m.index(row, col).data(Qt.ToolTipRole)
    lines = tip.splitlines()
    assert lines[0] == "修改记录：" and lines[1].endswith("（编辑）：2024年一季度 → 2024年四季度")
    assert m.index(row, m.keys.index("planned_start")).data(Qt.ToolTipRole) is None  # another field's cell
    from PySide6.QtWidgets import QLabel

    dialog = window._open_project(_pid(db, "重庆中心T3塔楼"))
    assert "2024年四季度（原计划2024年一季度）" in [w.text() for w in dialog.tabs.widget(0).findChildren(QLabel)]
    dialog.reject()
    window.undo_action.trigger()  # an undo is a change too: the record keeps both
    tip = m.index(row, col).data(Qt.ToolTipRole)
    assert tip.splitlines()[1].endswith("2024年四季度 → 2024年一季度")
    dialog = window._open_project(_pid(db, "重庆中心T3塔楼"))
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    table = dialog.tabs.widget(tabs.index("修改记录"))
    assert table.rowCount() == 2
    assert [table.item(0, c).text() for c in range(1, 4)] == ["计划完工", "2024年四季度", "2024年一季度"]
    assert table.item(0, 5).text() == "编辑" and table.item(0, 4).text()  # by whom


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
