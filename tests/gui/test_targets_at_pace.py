"""A task review's word of the pace in the 举措与目标 view: "达到时序进度" in September of a task due in December is
未到期, not 完成; "未达时序进度" is found under 落后于本季度安排, as a quarter's step missed is."""
from PySide6.QtCore import Qt
from sqlalchemy import select

from milestones.domain import Quarter
from milestones.store.schema import MeasureTarget
from milestones.ui.targets_model import TargetFilter


def test_a_task_said_on_or_behind_pace_before_its_deadline(window, db, qtbot):
    with db.session() as s:
        due_late = s.scalars(select(MeasureTarget).where(MeasureTarget.quarter.is_(None))
                             .order_by(MeasureTarget.id).limit(2)).all()
        on, behind = due_late[0], due_late[1]
        on.status, behind.status = "达到时序进度", "未达时序进度"
        on_id, behind_id = on.id, behind.id
        s.commit()
    window.show_targets("")
    m = window.targets_model
    m.set_at(Quarter(2024, 3))
    qtbot.waitUntil(lambda: any(r["id"] == on_id for r in m.all_rows), timeout=5000)
    rows = {r["id"]: r for r in m.all_rows}
    assert rows[on_id]["standing"] == "not_due" and not rows[on_id]["behind_at"]
    assert rows[behind_id]["standing"] == "not_due" and rows[behind_id]["behind_at"]
    m.set_filter(TargetFilter(standing="behind"))
    assert behind_id in {r["id"] for r in m.rows} and on_id not in {r["id"] for r in m.rows}
    col = next(i for i, c in enumerate(m.columns) if c.key == "standing")
    shown = m.index(next(i for i, r in enumerate(m.rows) if r["id"] == behind_id), col)
    assert shown.data() == "未到期，落后于安排"  # the 评价 says it, not a bare 未到期
    assert shown.data(Qt.BackgroundRole).color().name() == "#fde2c8"
    m.set_filter(TargetFilter())
    m.set_at(Quarter(2024, 4))  # at the deadline the word is the outcome
    qtbot.waitUntil(lambda: {r["id"]: r["standing"] for r in m.all_rows}.get(behind_id) == "not_met", timeout=5000)
    assert {r["id"]: r["standing"] for r in m.all_rows}[on_id] == "met"


def _click_tile(qtbot, dashboard, caption: str, figure: str) -> None:
    """The targets' tile over ``caption`` shows ``figure``, and is clicked."""
    from PySide6.QtWidgets import QLabel

    lay = dashboard.target_layout
    widgets = [lay.itemAt(i).widget() for i in range(lay.count())]
    at = next(i for i, w in enumerate(widgets) if isinstance(w, QLabel) and w.text() == caption)
    assert widgets[at - 1].text() == figure
    qtbot.mouseClick(widgets[at - 1], Qt.LeftButton)


def test_the_dashboard_counts_the_tasks_behind_pace_and_lists_them_on_a_click(window, db, qtbot):
    with db.session() as s:
        t = s.scalars(select(MeasureTarget).where(MeasureTarget.quarter.is_(None)).order_by(MeasureTarget.id)).first()
        t.status, text = "未达时序进度", t.text
        s.commit()
    window.show_dashboard()
    d = window.dashboard
    d.set_at(Quarter(2024, 3))
    d.refresh()
    lay = d.target_layout
    _click_tile(qtbot, d, "未到期、未达序时进度", "1")
    assert window.stack.currentWidget() is window.targets_page
    assert [row["text"] for row in window.targets_model.rows] == [text]
    window.show_dashboard()
    d.set_at(Quarter(2024, 4))  # due: it is 未完成 now, no tile of its own
    d.refresh()
    assert "未到期、未达序时进度" not in [lay.itemAt(i).widget().text() for i in range(lay.count())]


def test_the_dashboard_counts_the_deadlines_moved_and_lists_them_on_a_click(window, db, qtbot):
    # a revised task list pushed deadlines back: how many was the office's question, and which
    from milestones.store import changes

    with db.read() as s:
        tid, text = s.execute(select(MeasureTarget.id, MeasureTarget.text).order_by(MeasureTarget.id).limit(1)).one()
    changes.update_row(db, "measure_target", tid, {"quarter": "2024Q2"})  # first given: no revision
    window.show_dashboard()
    d = window.dashboard
    d.refresh()
    lay = d.target_layout
    assert "完成时限已调整" not in [lay.itemAt(i).widget().text() for i in range(lay.count())]
    window.ops.run(changes.update_row, "measure_target", tid, {"quarter": "2024Q4"})
    d.refresh()
    _click_tile(qtbot, d, "完成时限已调整", "1")
    assert window.stack.currentWidget() is window.targets_page
    assert [row["text"] for row in window.targets_model.rows] == [text]
    assert window.targets_page.standing.currentText() == "完成时限已调整"


def test_the_dashboard_counts_the_targets_reworded_and_lists_them_on_a_click(window, db, qtbot):
    # "新建5G基站300个" revised to 250 mid-year: counted beside the moved deadlines, and listed on a click (the
    # targets' 调整表 is exported from that list)
    from milestones.store import changes

    with db.read() as s:
        tid, text = s.execute(select(MeasureTarget.id, MeasureTarget.text).order_by(MeasureTarget.id).limit(1)).one()
    window.show_dashboard()
    d = window.dashboard
    d.refresh()
    lay = d.target_layout
    assert "目标已调整" not in [lay.itemAt(i).widget().text() for i in range(lay.count())]
    window.ops.run(changes.update_row, "measure_target", tid, {"text": text + "（调减）"})
    d.refresh()
    _click_tile(qtbot, d, "目标已调整", "1")
    assert window.stack.currentWidget() is window.targets_page
    assert [row["text"] for row in window.targets_model.rows] == [text + "（调减）"]
    assert window.targets_page.standing.currentText() == "目标已调整"
    m = window.targets_model  # the wording set apart, as a moved deadline is, its first wording on hovering
    cell = m.index(0, [c.key for c in m.columns].index("text"))
    assert cell.data(Qt.FontRole).italic() and f"{text} → {text}（调减）" in cell.data(Qt.ToolTipRole)
