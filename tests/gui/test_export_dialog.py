"""Export through the dialog: it starts from what the planner is looking at and never replaces a file unasked."""
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from milestones.spreadsheet.importer import read_import


def test_the_export_starts_from_the_views_filter_and_writes_only_those_projects(window, qtbot, tmp_path):
    fb = window.filter_bar
    fb.zone.setCurrentIndex(fb.zone.findText("东部"))
    fb.area.setCurrentIndex(fb.area.findText("解放碑中央商务区"))
    dialog = window.export_file()
    assert (dialog.zone.currentData(), dialog.area.currentData()) == ("东部", "解放碑中央商务区")
    assert dialog.path.text().endswith("2024年重点项目（东部·解放碑中央商务区）.xlsx")
    # only the areas of the chosen zone are offered
    assert dialog.area.findData("化龙桥国际商务区") == -1
    out = tmp_path / "east.xlsx"
    dialog.path.setText(str(out))
    dialog.path.textEdited.emit(str(out))
    with qtbot.waitSignal(dialog.exported, timeout=15000):
        dialog.start()
    records = read_import(out).tables[0].records
    assert len(records) == 6 and {(r["zone"], r["area"]) for r in records} == {("东部", "解放碑中央商务区")}
    assert [t.sheet for t in read_import(out).tables] == ["重点项目"]  # the 横道图 sheet is not a table


def test_indicator_tables_take_no_project_filters(window):
    dialog = window.export_file()
    dialog.kind.setCurrentIndex(dialog.kind.findData("indicator_results"))
    assert not dialog.zone.isEnabled() and not dialog.area.isEnabled() and not dialog.timeline.isEnabled()
    assert dialog.path.text().endswith("2024年附件1.xlsx")
    dialog.year.setValue(2023)
    assert dialog.path.text().endswith("2023年附件1.xlsx")
    dialog.reject()


def test_the_export_offers_the_table_of_the_page_shown(window):
    """导出表格 on 举措与目标 offered the key projects; on an indicator year, that year's 附件2 until figures are
    reported, then its 附件1."""
    window.show_targets("")
    dialog = window.export_file()
    assert dialog.kind.currentData() == "measures" and dialog.path.text().endswith("2024年举措与目标.xlsx")
    dialog.reject()
    window.show_indicators_of("")
    assert window.indicators_model.year == 2024
    dialog = window.export_file()
    assert (dialog.kind.currentData(), dialog.year.value()) == ("indicator_targets", 2024)
    dialog.reject()
    window.indicators_model.setData(window.indicators_model.index(2, [c.key for c in window.indicators_model.columns]
                                                                  .index("actual")), "6.1")
    dialog = window.export_file()
    assert (dialog.kind.currentData(), dialog.year.value()) == ("indicator_results", 2024)
    dialog.reject()
    from milestones.ui.indicators_model import IndicatorFilter

    window.indicators_model.set_filter(IndicatorFilter(standing="pending"))  # the reported row filtered out of view
    dialog = window.export_file()
    assert dialog.kind.currentData() == "indicator_results"  # the year's table, not the rows in view, decides
    dialog.reject()
    window.show_projects()
    assert window.export_file().kind.currentData() == "key_projects"


def test_an_existing_file_is_replaced_only_when_the_planner_says_so(window, qtbot, tmp_path):
    out = tmp_path / "上季度.xlsx"
    out.write_bytes(b"last quarter's file")
    dialog = window.export_file()
    dialog.path.setText(str(out))
    dialog.start()
    assert dialog.replace_box.isVisible() and out.read_bytes() == b"last quarter's file"
    dialog.replace_box.button(QMessageBox.No).click()
    assert out.read_bytes() == b"last quarter's file"
    dialog.start()
    with qtbot.waitSignal(dialog.exported, timeout=15000):
        dialog.replace_box.button(QMessageBox.Yes).click()
    assert len(read_import(out).tables[0].records) == 49


def test_the_dialog_writes_the_quarters_fill_in_form(window, qtbot, tmp_path):
    dialog = window.export_file()
    dialog.report.setCurrentIndex(dialog.report.findData(2))
    assert dialog.path.text().endswith("2024年二季度重点项目填报表.xlsx")
    out = tmp_path / "form.xlsx"
    dialog.path.setText(str(out))
    with qtbot.waitSignal(dialog.exported, timeout=15000):
        dialog.start()
    (t,) = read_import(out).tables
    assert len(t.records) == 49 and all(set(r["quarters"]) <= {"2024Q2"} for r in t.records)
    from openpyxl import load_workbook

    ws = load_workbook(out)["重点项目"]
    assert "二季度" in [c.value for c in ws[3]]


def test_the_form_goes_only_to_those_still_to_report(window, db, qtbot, tmp_path):
    from sqlalchemy import select

    from milestones.domain import Quarter
    from milestones.store.changes import replace_project_details
    from milestones.store.schema import KeyProject

    with db.read() as s:
        pid = s.scalar(select(KeyProject.id).where(KeyProject.name == "重庆长滨"))
    replace_project_details(db, pid, "investments", [{"quarter": Quarter(2024, 2), "actual": 0.5}])
    dialog = window.export_file()
    assert not dialog.unreported.isEnabled()  # only with a quarter to report
    dialog.report.setCurrentIndex(dialog.report.findData(2))
    assert dialog.unreported.isEnabled()
    dialog.unreported.setChecked(True)
    out = tmp_path / "chase.xlsx"
    dialog.path.setText(str(out))
    with qtbot.waitSignal(dialog.exported, timeout=15000):
        dialog.start()
    names = {r["name"] for r in read_import(out).tables[0].records}
    assert len(names) == 48 and "重庆长滨" not in names


def test_the_dialog_writes_the_units_form_for_the_targets_quarter(window, qtbot, tmp_path):
    # the office sends the task list to the units each quarter and imports what they fill in
    dialog = window.export_file()
    dialog.kind.setCurrentIndex(dialog.kind.findData("measures"))
    assert dialog.report.isEnabled() and not dialog.zone.isEnabled()
    dialog.report.setCurrentIndex(dialog.report.findData(2))
    assert dialog.path.text().endswith("2024年二季度工作举措填报表.xlsx")
    out = tmp_path / "form.xlsx"
    dialog.path.setText(str(out))
    with qtbot.waitSignal(dialog.exported, timeout=15000):
        dialog.start()
    from openpyxl import load_workbook

    ws = load_workbook(out)["举措与目标"]
    upper, lower = [c.value for c in ws[3]], [c.value for c in ws[4]]
    at = upper.index("各季度完成情况")
    assert lower[at:at + 2] == ["一季度", "二季度"] and "完成值" in upper  # the quarters so far, then the year's


def test_the_dialog_writes_each_unit_its_own_form_into_a_folder(window, qtbot, tmp_path):
    m = window.targets_model
    col = [c.key for c in m.columns].index("responsible_unit")
    for text, unit in (("签约正式合同额600亿元", "区商务委"), ("落地招大引强项目100个", "区商务委、区投资促进中心")):
        r = next(i for i, row in enumerate(m.rows) if row["text"] == text)
        assert m.setData(m.index(r, col), unit)
    dialog = window.export_file()
    dialog.kind.setCurrentIndex(dialog.kind.findData("measures"))
    dialog.report.setCurrentIndex(dialog.report.findData(2))
    units = [dialog.unit.itemText(i) for i in range(dialog.unit.count())]
    assert units == ["全部（一个文件）", "每个单位一个文件", "区商务委", "区投资促进中心"]
    dialog.unit.setCurrentIndex(dialog.unit.findData("区商务委"))
    assert dialog.path.text().endswith("2024年二季度工作举措填报表（区商务委）.xlsx")
    dialog.unit.setCurrentIndex(1)
    assert dialog.path.text().endswith("2024年二季度工作举措填报表（各单位）")  # a folder of their own
    dialog.path.setText(str(tmp_path))  # the folder each unit's file goes to
    with qtbot.waitSignal(dialog.exported, timeout=30000):
        dialog.start()
    written = sorted(p.name for p in tmp_path.glob("*.xlsx"))
    assert written == ["2024年二季度工作举措填报表（区商务委）.xlsx", "2024年二季度工作举措填报表（区投资促进中心）.xlsx"]
    (t,) = read_import(tmp_path / written[1]).tables
    assert [r["text"] for r in t.records] == ["落地招大引强项目100个"]
    # again into the same folder: not replaced unasked
    again = window.export_file()
    again.kind.setCurrentIndex(again.kind.findData("measures"))
    again.report.setCurrentIndex(again.report.findData(2))
    again.unit.setCurrentIndex(1)
    again.path.setText(str(tmp_path))
    again.start()
    assert again.replace_box.isVisible()
    again.replace_box.button(QMessageBox.No).click()


def test_the_dashboard_exports_its_quarters_progress_as_reported_once_kept(window, qtbot, tmp_path):
    from openpyxl import load_workbook
    from PySide6.QtCore import Qt

    from milestones.domain import Quarter
    from milestones.store.reports import keep_report
    from milestones.ui.export_dialog import ExportDialog

    window.filter_bar.zone.setCurrentIndex(window.filter_bar.zone.findText("东部"))  # the list's filter: not the report's
    window.show_dashboard()
    d = window.dashboard
    d.set_at(Quarter(2024, 2))
    qtbot.mouseClick(d.export_button, Qt.LeftButton)
    dialog = window.findChild(ExportDialog)
    assert dialog.kind.currentData() == "project_progress" and dialog.report.currentData() == 2
    assert dialog.zone.currentData() is None  # the dashboard counts the whole plan
    assert dialog.path.text().endswith("2024年上半年重点项目推进情况表.xlsx")
    assert dialog.report_label.text() == "截至季度" and not dialog.timeline.isEnabled()
    assert not dialog.as_reported.isEnabled()  # the quarter is not kept
    dialog.reject()

    keep_report(window.db, 2024, Quarter(2024, 2))
    qtbot.mouseClick(d.export_button, Qt.LeftButton)
    dialog = [w for w in window.findChildren(ExportDialog) if w.isVisible()][0]
    assert dialog.as_reported.isEnabled()
    dialog.as_reported.setChecked(True)
    dialog.report.setCurrentIndex(dialog.report.findData(3))  # the third quarter: not kept
    assert not dialog.as_reported.isEnabled() and not dialog.as_reported.isChecked()
    dialog.report.setCurrentIndex(dialog.report.findData(2))
    dialog.as_reported.setChecked(True)
    out = tmp_path / "上报.xlsx"
    dialog.path.setText(str(out))
    with qtbot.waitSignal(dialog.exported, timeout=15000):
        dialog.start()
    assert load_workbook(out)["推进情况"]["A2"].value == "2024年上半年重点项目推进情况表（上报存档）"


def test_a_quarters_report_has_no_quarter_left_out(window):
    dialog = window.export_file()
    dialog.kind.setCurrentIndex(dialog.kind.findData("unit_progress"))
    assert dialog.report.currentData() == 4  # "不附" is no choice for a report at a quarter
    assert not dialog.report.model().item(0).isEnabled()
    assert dialog.path.text().endswith("2024年四季度各单位进展.xlsx")
    dialog.kind.setCurrentIndex(dialog.kind.findData("key_projects"))
    assert dialog.report.model().item(0).isEnabled() and dialog.report_label.text() == "季度填报列"
    dialog.reject()


def test_the_progress_table_goes_to_each_unit_from_the_dialog(window, qtbot, tmp_path):
    from milestones.store.schema import KeyProject
    from milestones.ui.export_dialog import EACH_UNIT
    from sqlalchemy import select

    with window.db.session() as s:
        s.scalar(select(KeyProject).where(KeyProject.name == "重庆长滨")).responsible_unit = "区住房城乡建委"
    dialog = window.export_file()
    dialog.kind.setCurrentIndex(dialog.kind.findData("project_progress"))
    assert dialog.unit.isEnabled() and dialog.unit.findData("区住房城乡建委") > 0
    dialog.unit.setCurrentIndex(dialog.unit.findData(EACH_UNIT))
    dialog.path.setText(str(tmp_path / "各单位"))
    with qtbot.waitSignal(dialog.exported, timeout=15000):
        dialog.start()
    assert [f.name for f in (tmp_path / "各单位").iterdir()] == ["2024年全年重点项目推进情况表（区住房城乡建委）.xlsx"]


def test_a_cancelled_progress_table_leaves_no_file_and_no_error(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    import milestones.ui.export_dialog as ed

    start = ed.Task.start
    monkeypatch.setattr(ed.Task, "start", lambda task: (task.cancel(), start(task))[1])  # 取消 at once
    dialog = window.export_file("project_progress")
    out = tmp_path / "cancelled.xlsx"
    dialog.path.setText(str(out))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.result_state == "cancelled", timeout=15000)
    assert dialog.task.cancelled and not out.exists()
    assert not [b for b in dialog.findChildren(QMessageBox) if b.isVisible()]  # the planner's own cancel: no error
    assert dialog.isVisible()  # still open, to export again
    dialog.reject()


def test_the_projects_in_view_narrowed_by_their_warning_are_exported_alone(window, qtbot, tmp_path):
    # the list narrowed to 严重滞后 (a box the export dialog has not): exported all 49 until now
    import python_calamine

    from tests.gui.conftest import very_late_in_view

    reds = very_late_in_view(window, qtbot)
    dialog = window.export_file()
    assert not dialog.only_in_view.isHidden() and dialog.only_in_view.isChecked()
    assert dialog.only_in_view.text() == "只导出当前筛选的项目（预警：严重滞后）"
    assert dialog.path.text().endswith("2024年重点项目（预警：严重滞后）.xlsx")
    out = tmp_path / "red.xlsx"
    dialog.path.setText(str(out))
    dialog.path.textEdited.emit(str(out))
    with qtbot.waitSignal(dialog.exported, timeout=15000):
        dialog.start()
    assert {r["name"] for r in read_import(out).tables[0].records} == reds
    title = python_calamine.CalamineWorkbook.from_path(str(out)).get_sheet_by_index(0).to_python()[1][0]
    assert title == "2024年重点项目季度计划表（预警：严重滞后）"  # never taken for the whole list
    dialog.only_in_view.setChecked(False)  # the whole list after all
    assert dialog.path.text() == str(out)  # the planner's own name stays
    whole = tmp_path / "all.xlsx"
    dialog.path.setText(str(whole))
    dialog.path.textEdited.emit(str(whole))
    with qtbot.waitSignal(dialog.exported, timeout=15000):
        dialog.start()
    assert len(read_import(whole).tables[0].records) == 49
    dialog.kind.setCurrentIndex(dialog.kind.findData("measures"))
    assert not dialog.only_in_view.isEnabled()  # the measures' table is the whole plan's


def _t3_completion_revised(db) -> None:
    """重庆中心T3塔楼's planned completion moved from 2024Q1 to 2024Q3 (a revision, recorded)."""
    from sqlalchemy import select

    from milestones.store.changes import update_row
    from milestones.store.schema import KeyProject

    with db.read() as s:
        pid = s.scalar(select(KeyProject.id).where(KeyProject.name == "重庆中心T3塔楼"))
    update_row(db, "key_project", pid, {"planned_completion": "2024Q3"})


def _exported_rows(dialog, qtbot, out) -> list[list]:
    """The dialog's table written to ``out``, its first sheet's rows."""
    import python_calamine

    dialog.path.setText(str(out))
    dialog.path.textEdited.emit(str(out))
    with qtbot.waitSignal(dialog.exported, timeout=15000):
        dialog.start()
    return python_calamine.CalamineWorkbook.from_path(str(out)).get_sheet_by_index(0).to_python()


def test_the_projects_whose_plan_was_revised_export_as_a_revision_table(db, qtbot, settings, tmp_path):
    # 预警: 计划已调整, exported as in view: today's dates alone; now the 计划调整表 with each original beside them
    from tests.gui.conftest import open_window

    _t3_completion_revised(db)
    window = open_window(qtbot, db, settings)
    bar, m = window.filter_bar, window.project_model
    bar.light.setCurrentIndex(bar.light.findData("plan_revised"))
    bar._emit()
    qtbot.waitUntil(lambda: m.total() == 1, timeout=3000)
    dialog = window.export_file()
    assert dialog.only_in_view.isChecked() and dialog.only_in_view.text() == "只导出当前筛选的项目（预警：计划已调整）"
    rows = _exported_rows(dialog, qtbot, tmp_path / "调整表.xlsx")
    assert rows[1][0] == "2024年重点项目计划调整表"
    (row,) = [r for r in rows if "重庆中心T3塔楼" in r]
    assert (row[rows[2].index("原计划完工")], row[rows[2].index("调整后计划完工")]) == ("2024年一季度", "2024年三季度")
    dialog.reject()


def test_the_export_dialog_offers_the_revision_table_without_filtering_the_list(db, qtbot, settings, tmp_path):
    # the 计划调整表 was only reachable by narrowing the list to 计划已调整 first: the dialog offers it itself
    from tests.gui.conftest import open_window

    _t3_completion_revised(db)
    window = open_window(qtbot, db, settings)
    dialog = window.export_file("key_projects")
    assert dialog.revised.isEnabled() and not dialog.revised.isChecked()
    dialog.revised.setChecked(True)
    assert dialog.path.text().endswith("2024年重点项目（计划已调整）.xlsx")
    dialog.unit.setCurrentIndex(dialog.unit.findData("\x00each"))
    assert not dialog.revised.isEnabled()  # each unit's forms are the whole list's
    dialog.unit.setCurrentIndex(0)
    dialog.kind.setCurrentIndex(dialog.kind.findData("indicator_results"))
    assert not dialog.revised.isEnabled()
    dialog.kind.setCurrentIndex(dialog.kind.findData("key_projects"))
    rows = _exported_rows(dialog, qtbot, tmp_path / "调整表.xlsx")
    assert rows[1][0] == "2024年重点项目计划调整表"
    assert [r[1] for r in rows[4:] if r[0]] == ["重庆中心T3塔楼"]
    dialog.reject()


def test_the_targets_listed_by_their_moved_deadline_export_as_a_task_revision_table(db, qtbot, settings, tmp_path):
    # 举措与目标 narrowed to 完成时限已调整 exported the whole list, today's deadlines alone: the dialog now starts on
    # the targets' 调整表, each 原完成时限 beside its revision
    from tests.gui.conftest import open_window
    from tests.spreadsheet.test_export import _two_deadlines_moved

    _two_deadlines_moved(db)
    window = open_window(qtbot, db, settings)
    window.show_targets("deadline_moved")
    qtbot.waitUntil(lambda: window.targets_model.rowCount() == 2, timeout=3000)
    dialog = window.export_file()
    assert dialog.kind.currentData() == "measures" and dialog.revised.isEnabled() and dialog.revised.isChecked()
    assert dialog.revised.text() == "只含年内调整过的目标（调整表，附调整前的完成时限、目标、单位）"
    assert dialog.path.text().endswith("2024年举措与目标（已调整）.xlsx")
    rows = _exported_rows(dialog, qtbot, tmp_path / "任务调整表.xlsx")
    assert rows[1][0] == "2024年工作举措与量化目标调整表"
    head = rows[2]
    assert {r[head.index("目标")]: r[head.index("原完成时限")] for r in rows[3:] if r[head.index("目标")]} == {
        "完工重庆中心T3塔楼": "2024年一季度", "完工武警巡逻中队营房建设等项目3个": "2024年三季度"}
    dialog.reject()
    window.show_targets("")  # the whole list: the whole table
    dialog = window.export_file()
    assert dialog.kind.currentData() == "measures" and not dialog.revised.isChecked()
    dialog.reject()
    # a target reworded (原目标 | 调整后目标): listed by 目标已调整, whose export starts on the 调整表 too
    from milestones.store.changes import update_row
    from milestones.store.schema import MeasureTarget

    with db.read() as s:
        tid, text = s.execute(select(MeasureTarget.id, MeasureTarget.text)
                              .where(MeasureTarget.text.not_like("完工%")).order_by(MeasureTarget.id).limit(1)).one()
    update_row(db, "measure_target", tid, {"text": text + "（调整）"})
    window.targets_model.reload()  # (changed beside the window, as by another planner)
    window.show_targets("reworded")
    qtbot.waitUntil(lambda: window.targets_model.rowCount() == 1, timeout=3000)
    dialog = window.export_file()
    assert dialog.revised.isChecked()
    rows = _exported_rows(dialog, qtbot, tmp_path / "任务调整表2.xlsx")
    head = rows[2]
    got = {r[head.index("调整后目标")]: (r[head.index("原目标")], r[head.index("原完成时限")]) for r in rows[3:]
           if r[head.index("调整后目标")]}
    assert got == {text + "（调整）": (text, ""), "完工重庆中心T3塔楼": ("", "2024年一季度"),
                   "完工武警巡逻中队营房建设等项目3个": ("", "2024年三季度")}
    dialog.reject()


def test_the_projects_put_on_or_taken_off_the_list_show_and_export_as_a_list_adjustment_table(db, qtbot, settings,
                                                                                              tmp_path):
    # 预警: 名单已调整 — the projects moved on or off the year's list since it was issued, the one taken off struck in
    # the table, and exported as in view they are a 名单调整表 saying each move
    import datetime as dt

    from PySide6.QtCore import Qt

    from milestones.store.changes import add_project, remove_projects
    from milestones.store.schema import KeyProject
    from tests.gui.conftest import open_window

    with db.read() as s:
        pid = s.scalar(select(KeyProject.id).where(KeyProject.name == "红楼宾馆综合改造"))
    remove_projects(db, 2024, [pid], reason="前期手续未办结", on=dt.date(2024, 7, 1))
    add_project(db, 2024, "白象街二期", reason="年中调入", on=dt.date(2024, 7, 5))
    window = open_window(qtbot, db, settings)
    bar, m = window.filter_bar, window.project_model
    bar.light.setCurrentIndex(bar.light.findData("list_adjusted"))
    assert bar.light.currentText() == "名单已调整"
    bar._emit()
    qtbot.waitUntil(lambda: m.total() == 2, timeout=3000)
    name = m.keys.index("name")
    shown = {m.index(r, name).data(): m.index(r, name).data(Qt.FontRole) for r in range(2)}
    assert shown["红楼宾馆综合改造"].strikeOut() and not (shown["白象街二期"] and shown["白象街二期"].strikeOut())
    dialog = window.export_file()
    assert dialog.only_in_view.isChecked() and dialog.only_in_view.text() == "只导出当前筛选的项目（预警：名单已调整）"
    assert dialog.path.text().endswith("2024年重点项目（预警：名单已调整）.xlsx")  # (as the view says it)
    rows = _exported_rows(dialog, qtbot, tmp_path / "名单调整表.xlsx")
    assert rows[1][0] == "2024年重点项目名单调整表"
    header = rows[2]
    assert {r[header.index("项目名称")]: r[header.index("调整")] for r in rows[3:] if r[header.index("调整")]} == {
        "红楼宾馆综合改造": "调出", "白象街二期": "调入"}
    dialog.reject()
