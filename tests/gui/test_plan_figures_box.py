"""编辑 → 计划数…: the plan's own figures typed in (a year opened from the last one stated none; a plan changed
mid-year could not follow), in one undo step; the dashboard holds what is listed against them."""
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from milestones.store.changes import start_next_plan
from milestones.store.plan_figures import read_figures
from tests.gui.conftest import open_window


def _quarter_cell(window, quarter: int, column: int) -> str:
    return window.dashboard.counts.item(quarter - 1, column).text()


def test_the_plans_figures_are_typed_and_undone_in_one_step(window, db):
    window.show_dashboard()
    assert window.figures_action.text() == "计划数…" and window.figures_action.isEnabled()
    window.figures_action.trigger()
    dialog = window.findChild(QDialog, "planFigures")
    assert dialog.windowTitle() == "2024年计划数"
    f, q = dialog.fields, dialog.quarter_fields
    assert (f["key_projects"].text(), f["annual_investment"].text(), q[(3, "starts")].text()) == ("65", "184.8", "11")
    f["key_projects"].setText("67个")  # as a report writes it
    q[(3, "starts")].setText("12")
    f["indicators_2024"].setText("二十六")
    dialog.accept()  # not a count: the box stays, saying which figure
    assert dialog.isVisible() and dialog.said.text() == "2024年指标项数应为整数，而不是“二十六”"
    f["indicators_2024"].setText("26")
    assert dialog.said.text() == ""
    dialog.accept()
    assert not dialog.isVisible()
    held = read_figures(db, 2024)
    assert (held["stated"]["key_projects"], held["quarters"][2]["starts"]) == (67, 12)
    assert _quarter_cell(window, 3, 0) == "12"  # the dashboard's 开工计划 follows
    assert window.dashboard.inv_labels["projects"].text() == "49 / 67 个"
    assert window.undo_action.text() == "撤销 修改2024年计划数"
    window.undo_action.trigger()
    held = read_figures(db, 2024)
    assert (held["stated"]["key_projects"], held["quarters"][2]["starts"]) == (65, 11)
    assert _quarter_cell(window, 3, 0) == "11"


def test_the_plans_title_typed_heads_the_printout(window, db):
    dialog = window.edit_plan_figures()
    assert dialog.plan_fields["title"].text() == "重庆市渝中区2024年国民经济和社会发展计划"
    dialog.plan_fields["title"].setText("")
    dialog.accept()  # a printout's heading cannot be blank: the box stays and says so
    assert dialog.isVisible() and dialog.said.text() == "计划名称不能为空：打印的时间轴以它为标题"
    dialog.plan_fields["title"].setText("重庆市渝中区2024年国民经济和社会发展计划（调整）")
    assert dialog.plan_fields["document_number"].text() == "渝中府发〔2024〕8号"
    dialog.plan_fields["document_number"].setText("渝中府发〔2024〕9号")
    dialog.accept()
    assert read_figures(db, 2024)["plan"]["document_number"] == "渝中府发〔2024〕9号"
    printing = window.print_timeline()
    assert printing.title == "重庆市渝中区2024年国民经济和社会发展计划（调整）"
    printing.reject()
    window.undo_action.trigger()
    assert read_figures(db, 2024)["plan"]["document_number"] == "渝中府发〔2024〕8号"


def test_nothing_changed_is_no_undo_step(window):
    dialog = window.edit_plan_figures()
    dialog.accept()
    assert not window.undo_action.isEnabled()


def test_a_year_opened_from_the_last_asks_for_its_figures_from_the_dashboard(db, qtbot, settings):
    start_next_plan(db, 2024)
    window = open_window(qtbot, db, settings)
    assert window.year == 2025
    window.show_dashboard()
    assert "计划数未填，点此填写" in window.dashboard.rates.text()
    assert _quarter_cell(window, 1, 0) == "—"
    window.dashboard.rates.linkActivated.emit("figures")
    dialog = window.findChild(QDialog, "planFigures")
    assert dialog.windowTitle() == "2025年计划数" and dialog.fields["key_projects"].text() == ""
    for n, starts in enumerate((6, 9, 10, 12), start=1):
        dialog.quarter_fields[(n, "starts")].setText(str(starts))
    dialog.fields["annual_investment"].setText("190.5亿元")
    dialog.accept()
    assert [_quarter_cell(window, n, 0) for n in range(1, 5)] == ["6", "9", "10", "12"]
    assert window.dashboard.inv_labels["stated"].text() == "190.5"
    assert window.dashboard.inv_labels["projects"].text() == f"{window.project_model.total()} 个"  # none stated
    assert "计划数未填" not in window.dashboard.rates.text()


def test_a_viewer_sees_the_figures_and_keeps_nothing(window, db):
    window.read_only = True
    window._apply_read_only()
    dialog = window.edit_plan_figures()
    assert dialog.fields["key_projects"].isReadOnly()
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons.button(QDialogButtonBox.Save) is None and buttons.button(QDialogButtonBox.Close) is not None
    dialog.fields["key_projects"].setText("70")
    dialog.accept()
    assert read_figures(db, 2024)["stated"]["key_projects"] == 65


def _stated(db, key: str):
    from sqlalchemy import select

    from milestones.store.schema import QuarterTarget, StatedFigure

    with db.read() as s:
        row = s.scalar(select(StatedFigure).where(StatedFigure.key == key))
        quarter = s.scalar(select(QuarterTarget).order_by(QuarterTarget.quarter).limit(1))
        return ((row.value, row.unit, row.text, row.source) if row else None,
                (quarter.starts, quarter.text, quarter.source) if quarter else None)


def test_figures_cleared_and_undone_are_the_reports_again(window, db):
    """A figure cleared and given back by 撤销 is the report's own again — its words ("65个重点项目") and where they
    stand (三(五)) — not one typed in: it came back as 手工填写 with no words and no unit."""
    stated = _stated(db, "key_projects")
    assert stated == ((65, "个", "65个重点项目", "三(五) 扎实推进项目建设扩大有效投资"),
                      (5, "力争一季度开工重庆长滨、红楼宾馆综合改造等项目5个", "三(五)"))
    dialog = window.edit_plan_figures()
    dialog.fields["key_projects"].setText("")
    dialog.quarter_fields[(1, "starts")].setText("")
    dialog.accept()
    assert _stated(db, "key_projects") == (None, (None, None, "手工填写"))
    window.undo_action.trigger()
    assert _stated(db, "key_projects") == stated
    window.redo_action.trigger()  # redone, cleared again; undone again, the report's once more
    assert _stated(db, "key_projects") == (None, (None, None, "手工填写"))
    window.undo_action.trigger()
    assert _stated(db, "key_projects") == stated
