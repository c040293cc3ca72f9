"""The project list's foot: how many, and what they add up to (合计) — of the list as filtered, or of the rows
chosen, as Excel's status bar adds up a selection."""
from PySide6.QtCore import QItemSelectionModel

from milestones.domain import Quarter


def _paste_column(window, key, values):
    m, view = window.project_model, window.project_table
    view.setCurrentIndex(m.index(0, m.keys.index(key)))
    view.selectionModel().clearSelection()
    assert window.paste_cells("\n".join(values))


def test_the_foot_adds_up_the_list_and_follows_its_filter_and_edits(qtbot, window):
    foot = window.project_foot
    qtbot.waitUntil(lambda: not foot._timer.isActive(), timeout=10000)
    assert window.count_label.text() == "共 49 个项目" and foot.totals.text() == ""  # the plan gives no figures
    _paste_column(window, "total_investment", ["12.5", "3.25", "100"])
    _paste_column(window, "annual_investment", ["2", "", "8"])
    qtbot.waitUntil(lambda: foot.totals.text() == "合计：总投资 115.75 亿元，年度计划投资 10.00 亿元", timeout=10000)
    # narrowed to one zone: the sums are that zone's
    bar, m = window.filter_bar, window.project_model
    zone = m.index(0, m.keys.index("zone")).data()
    bar.zone.setCurrentIndex(bar.zone.findText(zone))
    bar._emit()
    qtbot.waitUntil(lambda: m.total() < 49, timeout=10000)
    qtbot.waitUntil(lambda: foot.totals.text() == "合计：总投资 12.50 亿元，年度计划投资 2.00 亿元", timeout=10000)
    assert window.count_label.text() == f"共 {m.total()} 个项目"


def test_rows_chosen_are_added_up_on_their_own(qtbot, window):
    foot, m, view = window.project_foot, window.project_model, window.project_table
    _paste_column(window, "total_investment", ["12.5", "3.25", "100"])
    sel = view.selectionModel()
    sel.clearSelection()
    for r in (0, 2):
        sel.select(m.index(r, 0), QItemSelectionModel.Select | QItemSelectionModel.Rows)
    qtbot.waitUntil(lambda: foot.totals.text() == "所选合计：总投资 112.50 亿元", timeout=10000)
    assert window.count_label.text() == "共 49 个项目，已选 2 个"
    sel.clearSelection()
    qtbot.waitUntil(lambda: foot.totals.text() == "合计：总投资 115.75 亿元", timeout=10000)


def test_investment_done_by_the_quarter_in_view_and_its_rate(qtbot, window, db):
    from sqlalchemy import select

    from milestones.store.schema import KeyProject, QuarterInvestment

    foot = window.project_foot
    _paste_column(window, "annual_investment", ["2", "", "8"])
    with db.session() as s:
        first = s.scalar(select(KeyProject).where(KeyProject.name == window.project_model.index(0, 1).data()))
        s.add_all([QuarterInvestment(project_id=first.id, quarter=Quarter(2024, 1), actual=0.5),
                   QuarterInvestment(project_id=first.id, quarter=Quarter(2024, 3), actual=1.5)])
    window._set_at(Quarter(2024, 2))
    qtbot.waitUntil(lambda: "截至2024年二季度完成投资 0.50 亿元（完成率 5.0%）" in foot.totals.text(), timeout=10000)
    window._set_at(Quarter(2024, 4))
    qtbot.waitUntil(lambda: "截至2024年四季度完成投资 2.00 亿元（完成率 20.0%）" in foot.totals.text(), timeout=10000)
