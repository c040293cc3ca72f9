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
