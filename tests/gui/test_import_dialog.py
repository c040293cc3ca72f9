"""Import through the dialog: preview, confirm (one undo step), or cancel (nothing written)."""
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListView, QTableView
from sqlalchemy import func, select

from milestones.store.schema import KeyProject
from tests.conftest import FIXTURES, ROOT

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from make_data import write_projects_xlsx  # noqa: E402


def _preview(window, qtbot, path):
    """The import dialog for ``path``, once its preview shows."""
    dialog = window.import_file(str(path))
    qtbot.waitUntil(lambda: dialog.result_state == "preview", timeout=30000)
    return dialog


def _model(dialog, kind: str):
    """The dialog's first table of ``kind`` ("RecordsModel", "ProblemsModel")."""
    from PySide6.QtWidgets import QTableView

    return next(v.model() for v in dialog.findChildren(QTableView) if type(v.model()).__name__ == kind)


def _tick(dialog, qtbot, box, on: bool = True) -> None:
    """A same-name box ticked (or not) under the preview, and the file read again."""
    box.setChecked(on)
    qtbot.waitUntil(lambda: dialog.result_state == "preview", timeout=30000)


def _confirmed(dialog, qtbot) -> None:
    with qtbot.waitSignal(dialog.imported, timeout=15000):
        dialog.confirm()


def _count(db):
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(KeyProject))


def test_preview_then_confirm_imports_and_undo_takes_it_back(window, db, qtbot, tmp_path, qtmodeltester):
    src = write_projects_xlsx(tmp_path / "p.xlsx", 30)
    before = _count(db)
    dialog = _preview(window, qtbot, src)
    assert dialog.import_button.isEnabled()
    assert "新增 30" in dialog.summary.text()
    records = dialog.tabs.widget(0).findChild(QTableView)
    qtmodeltester.check(records.model())
    assert _count(db) == before  # nothing written by the preview
    with qtbot.waitSignal(dialog.imported, timeout=15000):
        dialog.confirm()
    assert _count(db) == before + 30
    assert window.project_model.total() == 49 + 30
    window.undo_action.trigger()
    assert _count(db) == before and window.project_model.total() == 49
    window.redo_action.trigger()
    assert _count(db) == before + 30


def test_undoing_an_import_a_colleague_worked_on_since_is_refused_and_theirs_kept(window, db, db_path, qtbot,
                                                                                   tmp_path):
    from milestones.store import open_store
    from milestones.store.changes import update_row

    src = write_projects_xlsx(tmp_path / "p.xlsx", 30)
    before = _count(db)
    _confirmed(_preview(window, qtbot, src), qtbot)
    with db.read() as s:
        pid, name = s.execute(select(KeyProject.id, KeyProject.name).order_by(KeyProject.id.desc())).first()
    colleague = open_store(db_path)  # a second program on the plan, one of the new projects given a contact
    update_row(colleague, "key_project", pid, {"contact": "王五 63811111"})
    colleague.close()
    with qtbot.waitSignal(window.ops.failed, timeout=15000) as said:
        window.undo_action.trigger()
    assert said.args[0].startswith("未能撤销（导入 p.xlsx）") and f"“{name}”" in said.args[0]
    assert _count(db) == before + 30  # nothing of the import taken back: the colleague's work is in it
    with db.read() as s:
        assert s.get(KeyProject, pid).contact == "王五 63811111"
    assert not window.undo_action.isEnabled()  # the step is dropped, as an edit's refused undo is


def test_a_colleagues_write_while_the_preview_is_open_is_not_written_over_unseen(window, db, db_path, qtbot,
                                                                                  tmp_path):
    from milestones.store import open_store
    from milestones.store.changes import update_row

    with db.read() as s:
        first, second = s.scalars(select(KeyProject).order_by(KeyProject.id).limit(2)).all()
    path = tmp_path / "units.csv"  # two listed projects given a new 责任单位
    path.write_text("2024年重点项目表\n项目名称,责任单位\n"
                    f"{first.name},区住建委\n{second.name},区交通局\n", encoding="utf-8")
    dialog = _preview(window, qtbot, path)
    assert "修改 2" in dialog.summary.text()
    colleague = open_store(db_path)  # meanwhile: a colleague's 联系人 (the file leaves it alone) and 责任单位
    update_row(colleague, "key_project", second.id, {"contact": "赵六"})
    update_row(colleague, "key_project", first.id, {"responsible_unit": "区商务委"})
    colleague.close()
    dialog.confirm()
    qtbot.waitUntil(lambda: dialog.result_state == "preview" and dialog.import_button.isEnabled(), timeout=30000)
    assert dialog.summary.text().startswith("预览之后计划已有改动")
    with db.read() as s:  # nothing written: the colleague's 责任单位 stands, shown now as what the file changes
        assert s.get(KeyProject, first.id).responsible_unit == "区商务委"
        assert s.get(KeyProject, second.id).responsible_unit == second.responsible_unit
    model = _model(dialog, "RecordsModel")
    row = [model.index(r, 1).data() for r in range(model.rowCount())].index(first.name)
    assert "区商务委" in (model.index(row, 0).data(Qt.ToolTipRole) or "")
    _confirmed(dialog, qtbot)  # seen: the file's value written over it, knowingly
    with db.read() as s:
        assert s.get(KeyProject, first.id).responsible_unit == "区住建委"
        assert s.get(KeyProject, second.id).contact == "赵六"


def test_a_colleagues_write_while_the_preview_is_open_is_said_under_it(window, db, db_path, qtbot, tmp_path):
    # the preview compared the file with the plan as it was when it was read: a colleague's write since went unsaid,
    # its counts read as the plan's now until 导入 found the change
    from milestones.store import open_store
    from milestones.store.changes import update_row

    with db.read() as s:
        first = s.scalars(select(KeyProject).order_by(KeyProject.id)).first()
    path = tmp_path / "units.csv"
    path.write_text(f"2024年重点项目表\n项目名称,责任单位\n{first.name},区住建委\n", encoding="utf-8")
    dialog = _preview(window, qtbot, path)
    assert "同事刚修改了计划" not in dialog.summary.text()
    colleague = open_store(db_path)
    update_row(colleague, "key_project", first.id, {"contact": "赵六"})
    qtbot.waitUntil(lambda: window.others.check(), timeout=10000)
    said = dialog.summary.text()
    assert said.endswith("同事刚修改了计划：以上比对是修改前的；点“导入”时按最新的计划核对，涉及同样的记录会重新预览。")
    update_row(colleague, "key_project", first.id, {"contact": "钱七"})
    colleague.close()
    qtbot.waitUntil(lambda: window.others.check(), timeout=10000)
    assert dialog.summary.text() == said  # said once
    _confirmed(dialog, qtbot)  # (another field: written as previewed)
    with db.read() as s:
        assert s.get(KeyProject, first.id).responsible_unit == "区住建委"


def test_a_cancelled_import_writes_nothing(window, db, qtbot, tmp_path):
    src = write_projects_xlsx(tmp_path / "big.xlsx", 3000)
    before = _count(db)
    dialog = _preview(window, qtbot, src)
    dialog.confirm(cancel_at_start=True)
    qtbot.waitUntil(lambda: dialog.result_state in ("cancelled", "imported", "failed"), timeout=30000)
    assert dialog.result_state == "cancelled"
    assert "未写入" in dialog.summary.text()
    assert _count(db) == before
    assert window.ops.undo_stack.count() == 0


def test_a_file_with_errors_cannot_be_confirmed(window, qtbot, tmp_path):
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a spreadsheet" * 10)
    dialog = _preview(window, qtbot, bad)
    assert not dialog.import_button.isEnabled()
    assert "不是 xlsx" in dialog.summary.text()


def test_the_sheet_with_the_error_is_the_one_shown(window, qtbot, tmp_path):
    # a list on a sheet per zone, one project on two of them with two totals: the error is on the second
    import openpyxl

    wb = openpyxl.Workbook()
    for n, zone in enumerate(("东部片区", "西部片区")):
        ws = wb.active if n == 0 else wb.create_sheet()
        ws.title = zone
        for row in ([f"2024年{zone}重点项目计划表"], ["序号", "项目名称", "总投资（亿元）"], [1, "跨区项目甲", 10 + n]):
            ws.append(row)
    wb.save(tmp_path / "分片区.xlsx")
    dialog = _preview(window, qtbot, tmp_path / "分片区.xlsx")
    assert not dialog.import_button.isEnabled()
    assert dialog.tabs.currentIndex() == 1 and dialog.tabs.tabText(1) == "西部片区"


def test_the_published_fixture_previews_through_the_dialog(window, qtbot):
    dialog = window.import_file(str(FIXTURES / "published-completion-table-yuecheng-2020.xlsx"))
    qtbot.waitUntil(lambda: dialog.result_state == "preview", timeout=15000)
    assert "2020年" in dialog.summary.text() and "3 条" in dialog.summary.text()
    dialog.reject()


def test_the_planner_gives_the_year_the_title_leaves_out_and_imports(window, db, qtbot, tmp_path):
    from milestones.store.schema import Indicator, IndicatorYear

    src = tmp_path / "主要指标.csv"
    src.write_text("主要经济指标完成情况表\n序号,指标名称,单位,目标,完成值,完成情况\n"
                   "1,地区生产总值增速,%,6,6.1,完成\n2,新增指标甲,%,8,5.2,未完成\n", encoding="utf-8")
    dialog = _preview(window, qtbot, src)
    assert not dialog.import_button.isEnabled()
    assert "年度" in dialog.summary.text() and dialog.chosen_year is None
    dialog.year_box.setValue(2023)  # read again with the year given
    qtbot.waitUntil(lambda: dialog.result_state == "preview" and dialog.imp.tables[0].year == 2023, timeout=15000)
    assert dialog.import_button.isEnabled()
    assert "2023年" in dialog.summary.text() and "新增 1，修改 1" in dialog.summary.text()
    assert dialog.tabs.count() == 1  # the first reading's page is gone
    with qtbot.waitSignal(dialog.imported, timeout=15000):
        dialog.confirm()
    with db.read() as s:
        got = s.execute(select(IndicatorYear.actual).join(Indicator, Indicator.id == IndicatorYear.indicator_id)
                        .where(Indicator.name == "新增指标甲", IndicatorYear.year == 2023)).scalars().all()
    assert got == [5.2]


def test_a_new_districts_table_with_no_year_is_given_one_in_a_click(qtbot, empty_db, settings, tmp_path):
    # "自动识别" stepped up to 2000: twenty-odd clicks to this year, with the write failing as a fault of the
    # program when the table was imported with no year into a database with no plan
    import datetime as dt

    from tests.gui.conftest import open_window

    w = open_window(qtbot, empty_db, settings)
    src = tmp_path / "重点项目.csv"
    src.write_text("重点项目计划表\n序号,项目名称,总投资（亿元）\n1,甲项目,10\n", encoding="utf-8")
    dialog = _preview(w, qtbot, src)
    assert not dialog.import_button.isEnabled()
    assert [p.message for p in dialog.imp.tables[0].errors] == [
        "表中没有年度，数据库中也还没有计划：请在预览上方的“年度”中选择（命令行：--year）"]
    dialog.year_box.stepUp()
    assert dialog.year_box.value() == dt.date.today().year  # no plan yet: this year
    dialog.year_box.stepDown()
    assert dialog.year_box.value() == dt.date.today().year - 1
    qtbot.waitUntil(lambda: dialog.result_state == "preview" and dialog.imp.tables[0].year is not None, timeout=15000)
    assert dialog.import_button.isEnabled()


def test_the_year_box_steps_up_to_the_latest_plans_year(window, qtbot, tmp_path):
    src = tmp_path / "指标.csv"
    src.write_text("主要经济指标完成情况表\n序号,指标名称,单位,目标,完成值\n1,地区生产总值增速,%,6,6.1\n", encoding="utf-8")
    dialog = _preview(window, qtbot, src)
    dialog.year_box.stepUp()
    assert dialog.year_box.value() == 2024  # the bundled plan's
    dialog.reject()


def test_the_planner_overrides_the_kind_and_sees_what_the_file_leaves_out(window, db, qtbot, tmp_path):
    src = write_projects_xlsx(tmp_path / "p.xlsx", 5)
    dialog = _preview(window, qtbot, src)
    # the bundled plan's 49 projects are not in this file: listed, and left alone
    missing = dialog.tabs.widget(0).findChild(QListView, "missing")
    assert missing is not None and missing.model().rowCount() == 49
    assert "导入不改动" in " ".join(w.text() for w in dialog.tabs.widget(0).findChildren(type(dialog.summary)))
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("measures"))
    qtbot.waitUntil(lambda: dialog.result_state == "preview" and dialog.imp.tables[0].kind == "measures",
                    timeout=15000)
    assert not dialog.import_button.isEnabled()  # a project list read as measures has no 目标 column
    assert "目标" in " ".join(p.message for p in dialog.imp.tables[0].problems)
    dialog.reject()


def _second_follows(window, qtbot, dialog, second):
    """The first preview put aside, the second file's follows; then none."""
    dialog.reject()
    qtbot.waitUntil(lambda: window.imports.dialog is not None and window.imports.dialog is not dialog, timeout=5000)
    second_dialog = window.imports.dialog
    qtbot.waitUntil(lambda: second_dialog.result_state == "preview", timeout=15000)
    assert second_dialog.path == second and "新增 4" in second_dialog.summary.text()
    second_dialog.reject()
    qtbot.waitUntil(lambda: window.imports.dialog is None, timeout=5000)


def test_spreadsheets_dropped_on_the_window_are_previewed_one_after_the_other(window, qtbot, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    first, second = write_projects_xlsx(tmp_path / "a.xlsx", 3), write_projects_xlsx(tmp_path / "b.xlsx", 4)
    notes = tmp_path / "说明.pdf"
    notes.write_bytes(b"%PDF-1.4")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in (first, notes, second)])
    assert window.imports.tables_in(mime) == [str(first), str(second)]  # a PDF is not offered
    window.dropEvent(QDropEvent(QPointF(50, 50), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier))
    dialog = window.imports.dialog
    qtbot.waitUntil(lambda: dialog.result_state == "preview", timeout=15000)
    assert dialog.path == first and "新增 3" in dialog.summary.text()
    _second_follows(window, qtbot, dialog, second)


def test_several_files_chosen_at_once_are_previewed_one_after_the_other(window, qtbot, tmp_path, monkeypatch):
    # the units' forms come back together: the file box took one file at a time
    from PySide6.QtWidgets import QFileDialog

    first, second = write_projects_xlsx(tmp_path / "a.xlsx", 3), write_projects_xlsx(tmp_path / "b.xlsx", 4)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(first), str(second)], ""))
    dialog = window.import_file()
    qtbot.waitUntil(lambda: dialog.result_state == "preview", timeout=15000)
    assert dialog.path == first
    _second_follows(window, qtbot, dialog, second)


def test_the_quarterly_reports_figures_show_in_the_preview_and_reach_the_project(window, db, qtbot, tmp_path):
    src = tmp_path / "一季度报告.csv"
    src.write_text("2024年一季度重点项目投资完成情况\n序号,项目名称,一季度完成投资（万元）,一季度形象进度\n"
                   "1,重庆长滨,8000,完成桩基施工\n", encoding="utf-8")
    dialog = _preview(window, qtbot, src)
    model = dialog.tabs.widget(0).findChild(QTableView).model()
    heads = [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]
    col = heads.index("2024年一季度 完成投资(亿元)")
    assert model.data(model.index(0, col)) == "0.8" and "形象进度" in heads[col + 1]
    assert "2024年一季度 完成投资(亿元)：— → 0.8" in model.data(model.index(0, 0), Qt.ToolTipRole)
    with qtbot.waitSignal(dialog.imported, timeout=15000):
        dialog.confirm()
    window.undo_action.trigger()  # one undo step takes the report back
    from milestones.store.schema import QuarterInvestment

    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(QuarterInvestment)) == 0


def test_a_report_of_running_totals_previews(window, qtbot, tmp_path):
    # "1-6月完成投资" comes as the quarter's running total: the preview failed on it and stayed "reading"
    src = tmp_path / "推进情况.csv"
    src.write_text("2024年重点项目推进情况表\n序号,项目名称,1-6月完成投资（万元）,项目进展\n1,重庆长滨,12500,主体施工\n",
                   encoding="utf-8")
    dialog = _preview(window, qtbot, src)
    model = dialog.tabs.widget(0).findChild(QTableView).model()
    heads = [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]
    col = heads.index("2024年二季度 累计完成投资(亿元)")
    assert model.data(model.index(0, col)) == "1.25" and heads[col + 1] == "2024年二季度 形象进度"
    assert model.data(model.index(0, col + 1)) == "主体施工"


def test_the_warning_filter_lists_who_is_still_to_report(window, qtbot):
    fb = window.filter_bar
    fb.light.setCurrentIndex(fb.light.findText("未报本季度投资"))
    assert fb.current().unreported and fb.current().lights == ()
    qtbot.waitUntil(lambda: window.project_model.total() == 49, timeout=5000)  # nobody has reported yet


def test_the_whole_mid_year_list_takes_off_what_it_leaves_out_and_undo_puts_it_back(window, db, qtbot, tmp_path):
    from milestones.store.schema import ListChange, PlanEntry

    src = write_projects_xlsx(tmp_path / "p.xlsx", 3)  # a "whole list" naming none of the 49
    dialog = _preview(window, qtbot, src)
    assert not dialog.remove_missing.isHidden() and "49 个项目移出计划" in dialog.remove_missing.text()
    dialog.remove_missing.setChecked(True)
    with qtbot.waitSignal(dialog.imported, timeout=15000):
        dialog.confirm()

    def listed():
        with db.read() as s:
            return s.scalar(select(func.count()).select_from(PlanEntry).where(PlanEntry.on_list.is_(True)))

    assert listed() == 3 and window.project_model.total() == 3
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(ListChange).where(ListChange.change == "removed")) == 49
    window.undo_action.trigger()  # one step: the three new projects go, the 49 come back, no history left
    assert listed() == 49 and window.project_model.total() == 49
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(ListChange).where(ListChange.change == "removed")) == 0
    window.redo_action.trigger()
    assert listed() == 3


def test_the_note_over_what_the_file_leaves_out_follows_the_box_across_readings(window, qtbot, tmp_path):
    from PySide6.QtCore import QCoreApplication, QEvent

    src = write_projects_xlsx(tmp_path / "p.xlsx", 3)
    dialog = _preview(window, qtbot, src)
    first_page = dialog.tabs.widget(0)
    dialog.reread()  # what choosing another kind or year does: the first reading's page and note go
    qtbot.waitUntil(lambda: dialog.result_state == "preview" and dialog.tabs.widget(0) is not first_page,
                    timeout=15000)
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)  # as the app's event loop would, by now
    dialog.remove_missing.setChecked(True)  # must not reach the deleted note of the first reading
    (note,) = [w for w in dialog.tabs.widget(0).findChildren(type(dialog.summary)) if "数据库中有" in w.text()]
    assert note.text().endswith("导入后移出计划")
    dialog.remove_missing.setChecked(False)
    assert note.text().endswith("导入不改动这些记录")
    dialog.reject()


def test_the_english_interface_says_what_is_wrong_with_a_file_in_english(window, qtbot, tmp_path):
    from PySide6.QtWidgets import QApplication

    from milestones.app import install_translation

    install_translation(QApplication.instance(), "en")
    try:
        bad = tmp_path / "bad.xlsx"
        bad.write_bytes(b"not a spreadsheet" * 10)
        dialog = _preview(window, qtbot, bad)
        assert "not an xlsx file" in dialog.summary.text() and "不是" not in dialog.summary.text()
        dialog.reject()
        csv = tmp_path / "t.csv"
        csv.write_text("2025年主要目标预期建议表\n序号,指标名称,单位,2025年目标,数据来源\n1,地区生产总值增速,%,6左右,区统计局\n",
                       encoding="utf-8")
        dialog = _preview(window, qtbot, csv)
        problems = _model(dialog, "ProblemsModel")
        said = [problems.index(r, 5).data() for r in range(problems.rowCount())]
        assert "Column E “数据来源” matches no field; not imported" in said
        dialog.reject()
        # a changed record lists its fields as English does, not with the Chinese enumeration comma
        changed = tmp_path / "c.csv"
        changed.write_text("2024年重点项目表\n序号,项目名称,总投资（亿元）,计划开工\n1,重庆长滨,99,2024年4月\n",
                           encoding="utf-8")
        dialog = _preview(window, qtbot, changed)
        records = _model(dialog, "RecordsModel")
        assert records.index(0, 0).data() == "Changed: Total investment (100M CNY), Planned start"
        dialog.reject()
        # a quarter's figures named as the English interface names a quarter ("2024年三季度" was left in them)
        quarter = tmp_path / "q.csv"
        quarter.write_text("2024年重点项目表\n序号,项目名称,三季度完成投资（亿元）\n1,重庆长滨,0.5\n", encoding="utf-8")
        dialog = _preview(window, qtbot, quarter)
        assert _model(dialog, "RecordsModel").index(0, 0).data() == "Changed: 2024 Q3 actual investment (100M CNY)"
        dialog.reject()
    finally:
        install_translation(QApplication.instance(), "zh")


def test_a_sheet_read_as_two_tables_has_a_tab_for_each(window, qtbot, tmp_path):
    # "…完成情况及…目标": the year's results and the next year's targets, each on its own tab
    src = tmp_path / "两表.csv"
    src.write_text("2023年主要目标完成情况及2024年预期目标建议表\n序号,指标,单位,2023年目标,2023年完成,2024年目标\n"
                   "1,地区生产总值增长,%,6左右,5.2,6左右\n", encoding="utf-8")
    dialog = _preview(window, qtbot, src)
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "两表（指标完成情况（附件1））", "两表（指标目标（附件2））"]
    assert dialog.import_button.isEnabled()
    dialog.reject()


def test_the_problems_go_back_marked_on_a_copy_of_the_file(window, qtbot, tmp_path):
    # an owner's report with errors: the planner sends back a copy with each bad cell marked
    import openpyxl

    src = tmp_path / "东部报表.xlsx"
    wb = openpyxl.Workbook()
    for row in (["2024年重点项目表"], ["序号", "项目名称", "总投资（亿元）", "计划开工"], [1, "甲项目", 10, "2024Q1"],
                [2, "乙项目", "很多", "明年某时"]):
        wb.active.append(row)
    wb.save(src)
    before = src.read_bytes()
    dialog = _preview(window, qtbot, src)
    assert not dialog.import_button.isEnabled() and dialog.mark_button.isEnabled()
    out = tmp_path / "东部报表（问题标注）.xlsx"
    with qtbot.waitSignal(dialog.marked, timeout=30000):
        dialog.write_marked(out)
    back = openpyxl.load_workbook(out)
    assert back.sheetnames == ["问题清单", "Sheet"]
    ws = back["Sheet"]
    assert ws["C4"].fill.fgColor.rgb.endswith("FFC7CE") and "不是数字" in ws["C4"].comment.text
    assert ws["D4"].comment is not None and ws["C3"].comment is None
    listed = [(r[2], r[3]) for r in back["问题清单"].iter_rows(min_row=2, values_only=True) if r[0] != "说明"]
    assert sorted(listed) == [(4, "C"), (4, "D")]  # (and the table's notes: the nature read from the start)
    assert src.read_bytes() == before  # the original is never touched
    assert "问题标注" in dialog.summary.text()
    dialog.reject()


def test_what_was_invested_before_the_year_shows_in_the_preview_where_the_table_has_it(window, qtbot, tmp_path):
    src = tmp_path / "list.csv"
    src.write_text("2024年重点项目计划表\n项目名称,总投资（亿元）,截至2023年底累计完成投资（亿元）,年度计划投资（亿元）\n"
                   "重庆长滨,35,12,8\n", encoding="utf-8")
    model = _preview(window, qtbot, src).tabs.widget(0).findChild(QTableView).model()
    heads = [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]
    col = heads.index("截至上年底累计完成投资(亿元)")
    assert heads[col - 1] == "总投资(亿元)" and model.data(model.index(0, col)) == "12"
    plain = tmp_path / "plain.csv"
    plain.write_text("2024年重点项目计划表\n项目名称,总投资（亿元）\n重庆长滨,35\n", encoding="utf-8")
    model = _preview(window, qtbot, plain).tabs.widget(0).findChild(QTableView).model()
    assert "截至上年底累计完成投资(亿元)" not in [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]


def test_a_targets_ceiling_or_floor_shows_beside_its_figure_where_any_has_one(window, qtbot, tmp_path):
    # "企业开办时间压缩至1个工作日 | 1个工作日": the preview's 目标值 showed "1", the ceiling only in the words
    src = tmp_path / "分解.csv"
    src.write_text("2024年重点工作任务分解表\n序号,工作任务,具体措施,量化指标,牵头单位,完成时限\n"
                   "1,优化营商环境,企业开办时间压缩至1个工作日,1个工作日,区市场监管局,2024年6月底前\n"
                   "2,扩大开放,实际利用外资2亿美元,2亿美元,区商务委,2024年四季度\n", encoding="utf-8")
    model = _model(_preview(window, qtbot, src), "RecordsModel")
    heads = [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]
    col = heads.index("方式")
    assert heads[col + 1] == "目标值"
    assert [(model.data(model.index(r, col)), model.data(model.index(r, col + 1))) for r in range(2)] == [
        ("不高于", "1"), ("达到", "2")]
    plain = tmp_path / "plain.csv"  # every figure a level to reach: no column of the same word
    plain.write_text("2024年重点工作任务分解表\n序号,工作任务,量化指标,牵头单位\n1,扩大开放,实际利用外资2亿美元,区商务委\n",
                     encoding="utf-8")
    model = _model(_preview(window, qtbot, plain), "RecordsModel")
    assert "方式" not in [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]


def test_a_long_list_of_problems_gets_room_and_the_panes_can_be_dragged(window, qtbot, tmp_path):
    from PySide6.QtWidgets import QSplitter, QTableView

    # forty rows each with a warning: the problems were two rows high under a fixed share of the dialog
    src = tmp_path / "重点项目.csv"
    src.write_text("2024年重点项目计划表\n序号,项目名称,区域,总投资（亿元）\n"
                   + "".join(f"{i},项目{i:02d},东部,约{i}\n" for i in range(1, 41)), encoding="utf-8")
    dialog = _preview(window, qtbot, src)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.isVisible(), timeout=5000)
    split = dialog.tabs.widget(0).findChild(QSplitter)
    assert split is not None and split.count() >= 2 and not split.childrenCollapsible()
    records, problems = split.widget(0), split.widget(1).findChild(QTableView)
    line = records.verticalHeader().defaultSectionSize()
    assert problems.height() >= 0.8 * records.height()  # as much room as the records (it had a third)
    sizes = split.sizes()
    split.moveSplitter(sizes[0] - 3 * line, 1)  # dragged up: the problems get more
    assert split.sizes()[1] > sizes[1]


def test_the_problem_to_mend_comes_before_the_notes(window, qtbot, tmp_path):
    # "（续建）" after every name gives a note a row; the one error was at the bottom of them
    from PySide6.QtWidgets import QSplitter, QTableView

    src = tmp_path / "重点项目.csv"
    src.write_text("2024年重点项目计划表\n序号,项目名称,总投资（亿元）\n"
                   + "".join(f"{i},项目{i:02d}（续建）,{'很多' if i == 60 else i}\n" for i in range(1, 61)),
                   encoding="utf-8")
    dialog = _preview(window, qtbot, src)
    problems = dialog.tabs.widget(0).findChild(QSplitter).widget(1).findChild(QTableView).model()
    levels = [problems.data(problems.index(r, 0)) for r in range(problems.rowCount())]
    assert levels[0] == "错误" and levels[1:] == ["说明"] * (len(levels) - 1)
    assert problems.data(problems.index(0, 2)) == 62  # its row in the file
    assert [problems.data(problems.index(r, 2)) for r in (1, 2)] == [3, 4]  # the notes in the file's order


def test_an_office_systems_web_page_export_dropped_on_the_window_imports(window, db, qtbot, tmp_path):
    # a system's "导出Excel" (an HTML page named .xls) copied from the PDF: it was refused as an old .xls
    from PySide6.QtCore import QMimeData, QUrl

    export = tmp_path / "重点项目导出.xls"
    export.write_bytes((ROOT / "tests" / "fixtures" / "attachments" / "key-projects-copied-from-pdf-2024.html").read_bytes())
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(export))])
    assert window.imports.tables_in(mime) == [str(export)]
    dialog = _preview(window, qtbot, export)
    assert dialog.import_button.isEnabled() and "新增 6" in dialog.summary.text()
    before = _count(db)
    with qtbot.waitSignal(dialog.imported, timeout=15000):
        dialog.confirm()
    assert _count(db) == before + 6
    with db.read() as s:
        names = set(s.scalars(select(KeyProject.name)))
    assert {"解放碑-朝天门步行大道二期工程", "重庆市渝中区人民医院门诊综合楼"} <= names and "二期工程" not in names


def test_a_tasks_quarterly_steps_and_reviews_show_in_the_preview_and_a_second_review_as_a_change(
        window, db, qtbot, tmp_path):
    src = tmp_path / "分解.csv"
    src.write_text("2024年重点任务季度推进表\n序号,重点任务,全年目标,牵头单位,一季度目标,一季度完成,二季度目标\n"
                   "1,新增市场主体,1.2万户,区市场监管局,0.3,0.35,0.6\n", encoding="utf-8")
    dialog = _preview(window, qtbot, src)
    model = _model(dialog, "RecordsModel")
    heads = [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]
    col = heads.index("季度安排")
    assert heads[col - 1] == "季度"
    assert model.data(model.index(0, col)) == "一季度：0.3万户；二季度：0.6万户 | 完成 一季度：0.35万户"
    with qtbot.waitSignal(dialog.imported, timeout=30000):
        dialog.confirm()
    # the second quarter's review: the same task, its steps changed, old → new in the tip
    src.write_text("2024年重点任务季度推进表\n序号,重点任务,全年目标,牵头单位,二季度目标,二季度完成\n"
                   "1,新增市场主体,1.2万户,区市场监管局,0.6,0.58\n", encoding="utf-8")
    model = _model(_preview(window, qtbot, src), "RecordsModel")
    assert model.data(model.index(0, 0)).startswith("修改：") and "季度安排" in model.data(model.index(0, 0))
    assert "→ 一季度：0.3万户；二季度：0.6万户 | 完成 一季度：0.35万户；二季度：0.58万户" in \
        model.data(model.index(0, 0), Qt.ToolTipRole)


def test_a_quarters_report_says_which_lights_it_moved_and_lists_them(window, db, qtbot, tmp_path):
    # the report of the first half comes in: the first thing asked of it is who turned red
    from milestones.domain import Quarter
    from milestones.store.schema import PlanEntry

    with db.session() as s:
        ids = dict(s.execute(select(KeyProject.name, KeyProject.id)).all())
        for name in ("重庆长滨", "红楼宾馆综合改造"):
            s.scalar(select(PlanEntry).where(PlanEntry.project_id == ids[name])).annual_investment = 4.0
        s.get(KeyProject, ids["重庆长滨"]).actual_start = Quarter(2024, 1)
    src = tmp_path / "上半年.csv"
    src.write_text("2024年上半年重点项目推进情况表\n序号,项目名称,1-6月完成投资（亿元）\n"
                   "1,重庆长滨,0.4\n2,红楼宾馆综合改造,2.0\n", encoding="utf-8")
    dialog, box = _imported_with_box(window, qtbot, src, "lightsMovedBox")
    assert dialog.lights_at == Quarter(2024, 2)  # the quarter the report is of, not the window's
    # 0.4 of 4 at mid-year is 40 points behind: 重庆长滨 turns very late; the other was on time already
    assert box.text() == "截至2024年二季度，本次导入使1个项目的预警有变：转为严重滞后 1 个。"
    show = next(b for b in box.buttons() if b.text() == "查看这些项目")
    show.click()
    m = window.project_model
    assert window.stack.currentWidget() is window.projects_page and m.at == Quarter(2024, 2)
    assert [m.index(r, m.keys.index("name")).data() for r in range(m.rowCount())] == ["重庆长滨"]
    assert window.filter_bar.light.currentText() == "导入后预警有变"
    # the next import moves none: the choice goes, and the list shows every project again
    window.filter_bar.set_moved({})
    assert window.filter_bar.light.findData("moved_by_import") < 0 and m.rowCount() == 49


def test_an_import_says_what_the_data_check_finds_that_it_did_not_before(window, db, qtbot, tmp_path):
    # a unit's list returns with a year's plan larger than its total: said after the import, with a way to it
    from PySide6.QtWidgets import QPushButton

    from milestones.ui.checks_dialog import ChecksDialog

    src = tmp_path / "东部片区.csv"
    src.write_text("2024年重点项目计划表\n序号,项目名称,总投资（亿元）,年度计划投资（亿元）\n"
                   "1,重庆长滨,3,4\n", encoding="utf-8")
    dialog, box = _imported_with_box(window, qtbot, src, "importChecksBox")
    assert [(f.check, f.project) for f in dialog.new_findings] == [("annual_over_total", "重庆长滨")]
    assert box.text() == "数据检查发现本次导入带来1处新问题（年度计划大于总投资1处）。"
    box.findChild(QPushButton, "checksAfterImport").click()
    qtbot.waitUntil(lambda: window.findChild(ChecksDialog) is not None, timeout=3000)
    # the list opens on what the import brought, not on every finding of the plan with it among them
    checks = window.findChild(ChecksDialog)
    assert len(checks.every) > 1 and checks.only_brought.isChecked()
    assert checks.only_brought.text() == "只看本次导入带来的（1）"
    assert [(f.check, f.project) for f in checks.shown] == [("annual_over_total", "重庆长滨")]
    checks.only_brought.setChecked(False)
    assert len(checks.shown) == len([f for f in checks.every if f.accepted is None]) > 1


def test_an_import_bringing_more_findings_than_a_check_lists_says_at_least(window, qtbot, tmp_path, monkeypatch):
    # a check lists at most checks.LIMIT (1000) findings: 50,000 projects with 4,000 years' plans above their total
    # were said as "1000处", the cap, as if counted
    from milestones.store import checks

    monkeypatch.setattr(checks, "LIMIT", 2)
    src = tmp_path / "东部片区.csv"
    src.write_text("2024年重点项目计划表\n序号,项目名称,总投资（亿元）,年度计划投资（亿元）\n"
                   "1,重庆长滨,3,4\n2,红楼宾馆综合改造,1,2\n3,重庆中心T3塔楼,1,5\n", encoding="utf-8")
    dialog, box = _imported_with_box(window, qtbot, src, "importChecksBox")
    assert len(dialog.new_findings) == 2 and "annual_over_total" in dialog.capped_checks
    assert box.text() == "数据检查发现本次导入带来至少2处新问题（年度计划大于总投资2处以上）。"


def test_the_problems_pane_counts_errors_and_warnings(window, qtbot, tmp_path):
    # a city's list brings thousands of 提示 beside the few 错误 that keep rows out: the pane says how many of each
    from PySide6.QtWidgets import QLabel

    src = tmp_path / "清单.csv"
    src.write_text("2024年重点项目计划表\n序号,项目名称,总投资（亿元）,年度计划投资（亿元）,计划开工\n"
                   "1,甲工程,3,4,2024年二季度\n2,乙工程,很多,1,2024年一季度\n3,丙工程,1,2,2024年三季度\n", encoding="utf-8")
    dialog = _preview(window, qtbot, src)
    heads = [label.text() for label in dialog.findChildren(QLabel) if label.text().startswith("问题")]
    assert heads == ["问题（错误 1，提示 2，说明 1）"]  # 说明: the nature read from each start (no 性质 column)
    dialog.reject()


def _imported_with_box(window, qtbot, src, box_name):
    """``src`` previewed and imported; the box the window says after it, once shown."""
    from PySide6.QtWidgets import QMessageBox

    dialog = _preview(window, qtbot, src)
    with qtbot.waitSignal(dialog.imported, timeout=15000):
        dialog.confirm()
    box = window.findChild(QMessageBox, box_name)
    qtbot.waitUntil(box.isVisible, timeout=3000)
    return dialog, box



def test_the_preview_keeps_the_change_and_the_name_in_sight_beside_a_years_figures(window, qtbot, tmp_path):
    from PySide6.QtCore import QPoint

    from milestones.ui.frozen_table import FrozenTable

    src = tmp_path / "季度报告.csv"
    heads = [f"{q}季度完成投资（万元）,{q}季度形象进度" for q in "一二三四"]
    src.write_text("2024年重点项目投资完成情况\n序号,项目名称,区域,责任单位," + ",".join(heads) + "\n"
                   "1,重庆长滨,东部,区住房城乡建委," + ",".join(["8000,完成桩基施工"] * 4) + "\n", encoding="utf-8")
    dialog = _preview(window, qtbot, src)
    dialog.resize(900, 600)
    records = dialog.tabs.widget(0).findChild(FrozenTable)
    bar = records.horizontalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0 and records.frozen_view() is not None, timeout=3000)
    bar.setValue(bar.maximum())  # at the fourth quarter's 形象进度
    y = records.rowViewportPosition(0) + 5
    assert records.indexAt(QPoint(records.columnWidth(0) + 5, y)).data() == "重庆长滨"
    assert records.frozen_view().geometry().width() == records.columnWidth(0) + records.columnWidth(1) + 1
    dialog.reject()


def _columns_shown(window, qtbot, src, text):
    """The preview of ``text`` saved as ``src``: the dialog, its records' model and the columns' headings."""
    src.write_text(text, encoding="utf-8")
    dialog = _preview(window, qtbot, src)
    model = _model(dialog, "RecordsModel")
    return dialog, model, [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]


def test_the_preview_shows_a_projects_content_years_and_leader_where_the_table_gives_them(window, db, qtbot, tmp_path):
    # they were imported unseen: the planner confirmed what the preview did not show
    dialog, model, heads = _columns_shown(
        window, qtbot, tmp_path / "项目表.csv",
        "2024年重点项目计划表\n序号,项目名称,类别,建设内容及规模,建设起止年限,总投资（亿元）,责任单位,牵头领导\n"
        "1,重庆长滨,城市更新,滨江步道2.1公里,2023-2026,40,区住房城乡建委,王副区长\n")
    row = {h: model.data(model.index(0, c)) for c, h in enumerate(heads)}
    assert heads.index("建设内容") == heads.index("类别") + 1 and heads.index("建设年限") == heads.index("建设内容") + 1
    assert (row["建设内容"], row["建设年限"], row["牵头领导"]) == ("滨江步道2.1公里", "2023-2026", "王副区长")
    with qtbot.waitSignal(dialog.imported, timeout=15000):
        dialog.confirm()
    with db.read() as s:
        p = s.scalars(select(KeyProject).where(KeyProject.name == "重庆长滨")).one()
        assert (p.content, p.construction_years, p.leader) == ("滨江步道2.1公里", "2023-2026", "王副区长")


def test_a_list_with_no_year_names_the_plans_year_it_would_be_the_whole_list_of(window, qtbot, tmp_path):
    # a project database's export has no year: it goes to the latest plan, and the box read "这是年完整的项目清单"
    src = tmp_path / "库.csv"
    src.write_text("项目名称,总投资（亿元）\n新项目甲,5\n", encoding="utf-8")
    dialog = _preview(window, qtbot, src)
    assert dialog.remove_missing.text().startswith("这是2024年完整的项目清单：将上列 49 个项目移出计划")
    dialog.reject()


def test_a_results_tables_attribute_shows_in_its_preview(window, qtbot, tmp_path):
    # 属性 of a 附件1 was imported unseen: only the targets table's preview had the column
    dialog, model, heads = _columns_shown(window, qtbot, tmp_path / "附件1.csv",
                                          "附件1\n2023年主要指标完成情况\n序号,指标,单位,目标,完成,属性\n"
                                          "1,新指标甲,%,6左右,6.1,预期性\n2,新指标乙,%,5.5以内,5.3,约束性\n")
    assert heads.index("属性") == heads.index("类别") + 1
    assert [model.data(model.index(r, heads.index("属性"))) for r in range(2)] == ["预期性", "约束性"]
    dialog.reject()


def test_the_preview_shows_what_goes_into_a_projects_notes(window, db, qtbot, tmp_path):
    # 资金来源, 建设类型, 调整原因 went into the 备注 unseen: the preview showed no notes for a project
    dialog, model, heads = _columns_shown(
        window, qtbot, tmp_path / "资金.csv",
        "2024年重点项目表\n序号,项目编码,项目名称,总投资（亿元）,资金来源,业主单位,级别,责任单位,牵头领导\n"
        "1,C-01,重庆长滨,40,专项债券+企业自筹,区城投公司,市级重点,区住房城乡建委,王副区长\n")
    assert heads[-2:] == ["牵头领导", "备注"]  # after the unit and its people, the longest text last
    # the owner, the level and the code were imported unseen too (the code before the name's neighbours)
    assert heads[heads.index("名称") + 1] == "项目编码" and model.data(model.index(0, heads.index("项目编码"))) == "C-01"
    assert heads[heads.index("性质"):heads.index("责任单位") + 1] == ["性质", "级别", "业主单位", "责任单位"]
    assert model.data(model.index(0, heads.index("业主单位"))) == "区城投公司"
    assert model.data(model.index(0, heads.index("备注"))) == "资金来源：专项债券+企业自筹"
    dialog.reject()


def test_an_area_named_like_the_plans_can_be_taken_as_it_in_the_preview(window, db, qtbot, tmp_path):
    """The preview warned that "解放碑" is like 解放碑中央商务区, but the import could only make a second area: a box
    under the preview reads it as the plan's, and unticked reads the file as it is again."""

    from milestones.store.schema import Area

    src = tmp_path / "list.csv"
    src.write_text("2024年重点项目表\n序号,项目名称,区域,板块\n1,新项目甲,东部,解放碑\n2,重庆长滨,东部,解放碑\n"
                   "3,新项目乙,西部,嘉陵江滨江\n", encoding="utf-8")
    dialog = _preview(window, qtbot, src)
    boxes = dialog.same_names.boxes
    assert dialog.same_names.isVisibleTo(dialog)
    assert [b.text() for b in boxes] == ["板块“解放碑”即已有的“解放碑中央商务区”：按已有板块导入，不新建"]  # 嘉陵江滨江 is like none
    assert not boxes[0].isChecked()
    _tick(dialog, qtbot, boxes[0])
    records = _model(dialog, "RecordsModel")
    areas = records.keys.index("area") + 1
    assert [records.index(r, areas).data() for r in range(3)] == ["解放碑中央商务区", "解放碑中央商务区", "嘉陵江滨江"]
    problems = _model(dialog, "ProblemsModel")
    assert [problems.index(r, 5).data() for r in range(problems.rowCount())] == [
        "板块“解放碑”按已有板块“解放碑中央商务区”导入", "计划中没有板块“嘉陵江滨江”，导入将新建于西部"]
    (ticked,) = dialog.same_names.boxes
    assert ticked.isChecked() and dialog.same_names.isEnabled()
    # unticked: read as the file names it, the warning back
    _tick(dialog, qtbot, ticked, False)
    assert [_model(dialog, "RecordsModel").index(r, areas).data() for r in range(3)] == ["解放碑", "解放碑", "嘉陵江滨江"]
    _tick(dialog, qtbot, dialog.same_names.boxes[0])
    with db.read() as s:
        areas_before = s.scalar(select(func.count()).select_from(Area))
    _confirmed(dialog, qtbot)
    with db.read() as s:
        placed = dict(s.execute(select(KeyProject.name, Area.name).join(Area, Area.id == KeyProject.area_id)
                                .where(KeyProject.name.in_(["新项目甲", "重庆长滨"]))).all())
        assert s.scalar(select(func.count()).select_from(Area)) == areas_before + 1  # 嘉陵江滨江 alone made
    assert placed == {"新项目甲": "解放碑中央商务区", "重庆长滨": "解放碑中央商务区"}
    window.undo_action.trigger()
    window.redo_action.trigger()  # the redo writes the records as taken, not as the file names them
    with db.read() as s:
        assert s.scalar(select(Area.id).where(Area.name == "解放碑")) is None


def test_a_project_named_like_a_listed_one_can_be_taken_as_it_in_the_preview(window, db, qtbot, tmp_path):
    """A quarterly report naming 重庆长滨 "重庆长滨项目" added a second project unless the file was edited: a box
    under the preview reads the row as the listed project, which keeps its name and takes the row's figures."""
    src = tmp_path / "list.csv"
    src.write_text("2024年重点项目表\n序号,项目名称,区域,总投资（亿元）\n1,重庆长滨项目,东部,88\n2,磨房巷片区整体更新,东部,5\n",
                   encoding="utf-8")
    before = _count(db)
    dialog = _preview(window, qtbot, src)
    assert "新增 1，修改 1" in dialog.summary.text()
    (box,) = dialog.same_names.boxes
    assert box.text() == "“重庆长滨项目”即已有项目“重庆长滨”：按已有项目导入，不新增"
    _tick(dialog, qtbot, box)
    assert "新增 0，修改 2" in dialog.summary.text()
    problems = _model(dialog, "ProblemsModel")
    assert "“重庆长滨项目”按已有项目“重庆长滨”导入" in [problems.index(r, 5).data() for r in range(problems.rowCount())]
    _confirmed(dialog, qtbot)
    with db.read() as s:
        assert s.scalar(select(KeyProject.total_investment).where(KeyProject.name == "重庆长滨")) == 88
        assert s.scalar(select(KeyProject.id).where(KeyProject.name == "重庆长滨项目")) is None
    assert _count(db) == before


def test_a_leaving_project_named_like_a_listed_one_can_be_taken_off_as_it_in_the_preview(window, db, qtbot, tmp_path):
    """A 调整名单's 调出 "红楼宾馆改造" was only warned of (the plan has 红楼宾馆综合改造): a box takes it off the list."""
    from milestones.store.schema import PlanEntry

    src = tmp_path / "调出.csv"
    src.write_text("2024年重点项目调整名单\n序号,项目名称,调整,调整原因\n1,红楼宾馆改造,调出,前期手续未办结\n",
                   encoding="utf-8")
    dialog = _preview(window, qtbot, src)
    assert "标为调出、移出计划" not in dialog.summary.text()
    (box,) = dialog.same_names.boxes
    assert box.text() == "调出的“红楼宾馆改造”即已有项目“红楼宾馆综合改造”：从计划中调出该项目"
    _tick(dialog, qtbot, box)
    assert "标为调出、移出计划 1" in dialog.summary.text()
    (box,) = dialog.same_names.boxes
    assert box.isChecked() and box.text().startswith("调出的")  # (taken, its words stay)
    _confirmed(dialog, qtbot)
    with db.read() as s:
        assert s.scalar(select(PlanEntry.on_list).join(KeyProject, KeyProject.id == PlanEntry.project_id)
                        .where(KeyProject.name == "红楼宾馆综合改造")) is False


def test_an_indicator_named_like_a_held_one_can_be_taken_as_it_in_the_preview(window, db, qtbot, tmp_path):
    from milestones.store.schema import Indicator

    src = tmp_path / "附件2.csv"
    src.write_text("2024年主要指标预期目标\n序号,指标,单位,目标\n1,地区生产总值增长,%,6左右\n", encoding="utf-8")
    dialog = _preview(window, qtbot, src)
    (box,) = dialog.same_names.boxes
    assert box.text() == "“地区生产总值增长”即已有指标“地区生产总值增速”：按已有指标导入，不新增"
    _tick(dialog, qtbot, box)
    with db.read() as s:
        indicators = s.scalar(select(func.count()).select_from(Indicator))
    _confirmed(dialog, qtbot)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Indicator)) == indicators


def test_an_area_taken_as_the_plans_is_taken_again_next_time_until_unticked(window, db, qtbot, tmp_path):
    """Next quarter's report names "解放碑" again: the box shows ticked, said as an earlier import's choice;
    unticked and imported, it is forgotten; that import undone, it is kept again."""
    from milestones.store.import_names import remembered_names

    src = tmp_path / "list.csv"
    src.write_text("2024年重点项目表\n序号,项目名称,区域,板块\n1,新项目甲,东部,解放碑\n", encoding="utf-8")
    dialog = _preview(window, qtbot, src)
    _tick(dialog, qtbot, dialog.same_names.boxes[0])
    _confirmed(dialog, qtbot)
    again = _preview(window, qtbot, src)
    (box,) = again.same_names.boxes
    assert box.isChecked()
    problems = _model(again, "ProblemsModel")
    assert [problems.index(r, 5).data() for r in range(problems.rowCount())] == [
        "板块“解放碑”按已有板块“解放碑中央商务区”导入（沿用此前导入时的选择）"]
    _tick(again, qtbot, box, False)
    (box,) = again.same_names.boxes
    assert not box.isChecked() and "计划中没有板块“解放碑”" in _model(again, "ProblemsModel").index(0, 5).data()
    _confirmed(again, qtbot)
    with db.read() as s:
        assert remembered_names(s)[0] == {}
    window.undo_action.trigger()
    with db.read() as s:
        assert remembered_names(s)[0] == {"解放碑": "解放碑中央商务区"}


def test_a_move_is_said_by_the_places_names_in_the_interfaces_language(qtbot, db, settings, tmp_path):
    """The preview's tooltip said a move between areas by the areas' numbers ("板块：1 → 2"), and a zone in Chinese in
    the English interface."""
    from PySide6.QtWidgets import QApplication

    from milestones.app import install_translation
    from milestones.ui.lang import set_language
    from milestones.ui.main_window import MainWindow

    src = tmp_path / "list.csv"
    src.write_text("2024年重点项目表\n序号,项目名称,区域,板块\n1,重庆长滨,中部,菜园坝滨江新城\n", encoding="utf-8")
    install_translation(QApplication.instance(), "en")
    set_language("en")
    try:
        window = MainWindow(db, settings)
        qtbot.addWidget(window)
        dialog = _preview(window, qtbot, src)
        records = _model(dialog, "RecordsModel")
        assert records.index(0, 0).data(Qt.ToolTipRole) == "Zone: East → Central\nArea: 两江滨江休闲产业带 → 菜园坝滨江新城"
    finally:
        install_translation(QApplication.instance(), "zh")
        set_language("zh")


def test_a_workbook_of_projects_and_indicators_words_each_name_taken_by_its_kind(window, db, qtbot, tmp_path):
    """A name taken from the indicators' sheet of a workbook that holds the key projects too was worded a
    project's ("即已有项目")."""
    from tests.spreadsheet.conftest import workbook_file

    src = workbook_file(tmp_path / "两张表.xlsx", {
        "重点项目": [["2024年重点项目表"], ["序号", "项目名称", "总投资（亿元）"], [1, "重庆长滨项目", 88]],
        "指标": [["2024年主要指标预期目标"], ["序号", "指标", "单位", "目标"], [1, "地区生产总值增长", "%", "6左右"]]})
    dialog = _preview(window, qtbot, src)
    for text in [b.text() for b in dialog.same_names.boxes]:  # each tick reads the file again: new boxes
        _tick(dialog, qtbot, next(b for b in dialog.same_names.boxes if b.text() == text))
    assert sorted(b.text() for b in dialog.same_names.boxes if b.isChecked()) == [
        "“地区生产总值增长”即已有指标“地区生产总值增速”：按已有指标导入，不新增",
        "“重庆长滨项目”即已有项目“重庆长滨”：按已有项目导入，不新增"]


def test_another_districts_table_goes_to_a_plan_database_of_its_own_in_one_click(qtbot, db, settings, tmp_path,
                                                                                 monkeypatch):
    # the preview warned that 渝北区's list was going into 渝中区's plan; doing the right thing meant cancelling,
    # File → New plan database…, then importing the same file again
    from PySide6.QtWidgets import QFileDialog

    from milestones.app import Application, default_args

    src = tmp_path / "渝北区2024年重点项目计划表.csv"
    src.write_text("渝北区2024年重点项目计划表\n序号,项目名称,总投资（亿元）,开工时间\n1,仙桃数据谷二期,12,2024年二季度\n",
                   encoding="utf-8")
    app = Application(default_args(db=str(db.path), lang="zh"))
    app.settings = settings
    assert app.open(app.args.db)
    dialog = _preview(app.window, qtbot, src)
    button = dialog.own_database_button
    assert button.isVisible() and "渝北区" in button.toolTip()
    assert button.isDefault() and not dialog.import_button.isDefault()  # Enter does not mix it into this plan
    own = tmp_path / "渝北区计划.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(own), "")))
    before = _count(db)
    button.click()
    assert app.db.path == own  # a new, empty plan database, opened
    moved = app.window.findChild(type(dialog))
    qtbot.waitUntil(lambda: moved is not None and moved.result_state == "preview", timeout=30000)
    assert not moved.own_database_button.isVisible()  # its own plan now: nothing to warn of
    with qtbot.waitSignal(moved.imported, timeout=15000):
        moved.confirm()
    with app.db.read() as s:
        assert s.scalars(select(KeyProject.name)).all() == ["仙桃数据谷二期"]
    assert _count(db) == before  # the bundled plan untouched
    app.window.close()


def test_the_own_database_button_is_not_offered_for_this_plans_own_table(window, qtbot, tmp_path):
    src = tmp_path / "渝中区重点项目.csv"
    src.write_text("渝中区2024年重点项目计划表\n序号,项目名称,总投资（亿元）\n1,甲项目,10\n", encoding="utf-8")
    dialog = _preview(window, qtbot, src)
    assert not dialog.own_database_button.isVisible() and dialog.import_button.isDefault()
    dialog.reject()


def test_the_preview_shows_an_approvals_words_and_when_it_was_reached(window, db, qtbot, tmp_path):
    # a 前期手续 table: each approval a 节点, its words ("已批复", "办理中…") in a column of their own
    src = tmp_path / "前期工作.csv"
    src.write_text("2024年重点项目前期工作推进计划表\n序号,项目名称,立项批复,施工许可\n"
                   "1,重庆长滨,已批复（2023年12月）,办理中，预计2024年5月取得\n", encoding="utf-8")
    dialog = _preview(window, qtbot, src)
    model = _model(dialog, "RecordsModel")
    heads = [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]
    row = {h: model.data(model.index(0, c)) for c, h in enumerate(heads)}
    # the quarters in words, as the project list says them ("2023Q4" was the record's own form)
    assert row["节点：立项批复（实际）"] == "2023年四季度"
    assert row["节点：施工许可"] == "2024年二季度" and row["节点：施工许可（说明）"] == "办理中，预计2024年5月取得"
    assert "节点：施工许可（说明）：— → 办理中，预计2024年5月取得" in model.data(model.index(0, 0), Qt.ToolTipRole)
    _confirmed(dialog, qtbot)
    from milestones.store.schema import Milestone

    with db.read() as s:
        got = {m.name: (str(m.planned_quarter), str(m.actual_quarter), m.note) for m in s.scalars(
            select(Milestone).join(KeyProject).where(KeyProject.name == "重庆长滨", Milestone.name.in_(["立项批复", "施工许可"])))}
    assert got == {"立项批复": ("None", "2023Q4", None), "施工许可": ("2024Q2", "None", "办理中，预计2024年5月取得")}


def test_an_absurd_figure_shows_as_1e300_in_the_preview_not_three_hundred_digits(window, qtbot, tmp_path):
    # 1e300 in the 总投资 column (a formula gone wrong): the import warns of it, and the preview's cell
    # showed its three hundred digits elided, nothing a planner could read
    from tests.spreadsheet.conftest import workbook_file

    src = workbook_file(tmp_path / "巨额.xlsx", {"重点项目": [
        ["2024年重点项目计划表"], ["项目名称", "区域", "总投资（亿元）", "2024年计划投资（亿元）"], ["巨额", "中部", 1e300, 0.5]]})
    model = _model(_preview(window, qtbot, src), "RecordsModel")
    heads = [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]
    assert model.data(model.index(0, heads.index("总投资(亿元)"))) == "1e+300"
    assert model.data(model.index(0, heads.index("年度计划投资(亿元)"))) == "0.5"


def test_a_new_project_from_a_revised_list_shows_its_original_plan_in_the_preview(window, qtbot, tmp_path):
    # the original plan a revised list gives a new project goes into its record of changes, unseen before importing
    src = tmp_path / "调整.csv"
    src.write_text("2024年重点项目计划调整表\n项目名称,原计划开工时间,调整后计划开工时间,原计划竣工时间,调整后计划竣工时间,"
                   "原责任单位,调整后责任单位,原牵头领导,调整后牵头领导,原配合单位,调整后配合单位\n"
                   "新列入项目甲,2024年3月,2024年9月,2025年6月,2025年6月,区商务委,区文化旅游委,张三,李四,区财政局,区商务委\n",
                   encoding="utf-8")
    dialog = _preview(window, qtbot, src)
    model = dialog.tabs.widget(0).findChild(QTableView).model()
    heads = [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]
    start, completion, unit = heads.index("计划开工"), heads.index("计划完工"), heads.index("责任单位")
    assert model.data(model.index(0, start)) == "2024年三季度"
    assert model.data(model.index(0, start), Qt.ToolTipRole) == "原计划：2024年一季度"
    assert model.data(model.index(0, completion), Qt.ToolTipRole) is None  # not revised
    # handed to another unit (机构调整): said as its unit, not as a plan
    assert model.data(model.index(0, unit)) == "区文化旅游委"
    assert model.data(model.index(0, unit), Qt.ToolTipRole) == "原责任单位：区商务委"
    leader = heads.index("牵头领导")
    assert model.data(model.index(0, leader), Qt.ToolTipRole) == "原牵头领导：张三"
    partners = heads.index("配合单位")
    assert model.data(model.index(0, partners)) == "区商务委"
    assert model.data(model.index(0, partners), Qt.ToolTipRole) == "原配合单位：区财政局"
    dialog.reject()


def test_a_target_from_a_revised_task_list_shows_its_original_deadline_and_wording_in_the_preview(window, qtbot,
                                                                                                  tmp_path):
    # the 原完成时限, the 原目标 and the 原牵头单位 go into the target's record of changes (not into its notes): the
    # preview showed nothing of them; the cells' tooltips give them, as a project's 原计划
    src = tmp_path / "任务调整.csv"
    src.write_text("2024年重点任务调整表\n序号,重点任务,原目标,调整后目标,原牵头单位,调整后牵头单位,原完成时限,调整后完成时限\n"
                   "1,城市更新,完成老旧小区改造50个,完成老旧小区改造40个,区住房城乡建委,区城市更新中心,2024年6月,2024年9月\n"
                   "2,数字经济,新增上云企业100家,,区经济信息委,,持续推进,2024年12月\n"
                   "3,招商引资,引进项目80个,,区招商局,,2024年12月,\n", encoding="utf-8")
    dialog = _preview(window, qtbot, src)
    model = dialog.tabs.widget(0).findChild(QTableView).model()
    heads = [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]
    col, text = heads.index("季度"), heads.index("目标（原文）")
    assert [model.data(model.index(r, col), Qt.ToolTipRole) for r in range(3)] == [
        "原完成时限：2024年二季度", "原完成时限：持续推进", None]  # the third not revised
    assert [model.data(model.index(r, text)) for r in range(3)] == ["完成老旧小区改造40个", "新增上云企业100家", "引进项目80个"]
    assert [model.data(model.index(r, text), Qt.ToolTipRole) for r in range(3)] == [
        "原目标：完成老旧小区改造50个", None, None]  # (a blank 原目标: not reworded)
    unit = heads.index("责任单位")
    assert [model.data(model.index(r, unit), Qt.ToolTipRole) for r in range(3)] == ["原责任单位：区住房城乡建委", None, None]
    dialog.reject()


def test_a_deadline_or_a_start_in_words_shows_its_words_in_the_preview(window, qtbot, tmp_path):
    # "持续推进", "2024年开工": no quarter, and the preview's 完成时限 and 计划开工 cells were blank, as if lost
    src = tmp_path / "举措.csv"
    src.write_text("2024年重点工作任务分解表\n序号,重点任务,具体目标,完成时限,责任单位\n"
                   "1,建设数字金融产业园,建成产业园,持续推进,区金融发展中心\n2,扩大有效投资,新开工项目15个,2024年9月,区发展改革委\n",
                   encoding="utf-8")
    dialog = _preview(window, qtbot, src)
    model = _model(dialog, "RecordsModel")
    heads = [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]
    due = heads.index("季度")
    assert [model.data(model.index(r, due)) for r in range(2)] == ["持续推进", "2024年三季度"]
    dialog.reject()
    src = tmp_path / "项目.csv"
    src.write_text("2024年重点项目计划表\n序号,项目名称,计划开工时间,计划竣工时间\n1,甲项目,2024年开工,2025年6月\n", encoding="utf-8")
    dialog = _preview(window, qtbot, src)
    model = _model(dialog, "RecordsModel")
    heads = [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]
    assert model.data(model.index(0, heads.index("计划开工"))) == "2024年开工"
    assert model.data(model.index(0, heads.index("计划完工"))) == "2025年二季度"
    dialog.reject()


def test_an_indicators_attribute_reads_as_the_indicator_list_says_it(window, qtbot, tmp_path):
    # the preview's 属性 column and its change tip said "True" and "False", in Chinese and English alike
    from PySide6.QtWidgets import QApplication

    from milestones.app import install_translation

    src = tmp_path / "t.csv"
    src.write_text("2024年主要预期目标\n序号,指标名称,单位,2024年目标,指标属性\n1,地区生产总值增速,%,6左右,约束性\n"
                   "2,新指标甲,%,5,预期性\n", encoding="utf-8")
    for lang, words in (("zh", ["约束性", "预期性"]), ("en", ["Binding", "Expected"])):
        install_translation(QApplication.instance(), lang)
        try:
            dialog = _preview(window, qtbot, src)
            model = _model(dialog, "RecordsModel")
            col = 1 + model.keys.index("binding")
            assert [model.index(r, col).data() for r in range(2)] == words
            tip = model.index(0, 0).data(Qt.ToolTipRole)  # the bundled plan's 地区生产总值增速 states none
            assert f"— → {words[0]}" in tip and "True" not in tip, tip
            dialog.reject()
        finally:
            install_translation(QApplication.instance(), "zh")


def test_an_adjustment_list_previews_its_leaving_projects_and_takes_them_off_in_one_undo_step(window, db, qtbot,
                                                                                             tmp_path):
    # a district's 调整名单: the preview names the projects it takes off the list (with their reasons); confirmed,
    # they are off it and the new one on it; one undo puts the list back as it was
    from tests.spreadsheet.conftest import csv_file

    src = csv_file(tmp_path, "调整名单.csv", "2024年重点项目调整名单\n序号,项目名称,调整,调整原因\n"
                                            "1,红楼宾馆综合改造,调出,前期手续未办结\n2,白象街二期,调入,常务会议同意\n")
    dialog = _preview(window, qtbot, src)
    assert "标为调出、移出计划 1" in dialog.summary.text() and dialog.import_button.isEnabled()
    leaving = dialog.tabs.widget(0).findChild(QListView, "leaving")
    assert leaving.model().stringList() == ["红楼宾馆综合改造（前期手续未办结）"]
    assert dialog.tabs.widget(0).findChild(QListView, "missing") is None  # not the whole list: nothing else leaves
    _confirmed(dialog, qtbot)
    m = window.project_model
    names = {m.index(r, m.keys.index("name")).data() for r in range(m.rowCount())}
    assert "白象街二期" in names and "红楼宾馆综合改造" not in names and m.total() == 49
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: m.total() == 49 and m.row_of(_id(db, "红楼宾馆综合改造")) is not None, timeout=3000)


def _id(db, name):
    with db.read() as s:
        return s.scalar(select(KeyProject.id).where(KeyProject.name == name))
