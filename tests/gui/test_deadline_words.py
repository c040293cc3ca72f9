"""A target's deadline in words ("持续推进", "每季度") typed into the 举措与目标 view's 季度 cell: it was refused as
"不是季度", though an import keeps such words; shown in grey as the project list shows a plan's words, and undone."""
from PySide6.QtCore import Qt
from sqlalchemy import select

from milestones.domain import Quarter
from milestones.store.schema import MeasureTarget
from milestones.ui.targets_model import TargetFilter


def _held(db, target_id: int):
    with db.read() as s:
        t = s.get(MeasureTarget, target_id)
        return t.quarter, t.quarter_text


def _first_target(window, key: str):
    """The 举措与目标 list, its column ``key``, its first target and the plan year."""
    window.show_targets("")
    m = window.targets_model
    return m, [c.key for c in m.columns].index(key), m.rows[0]["id"], m.year


def test_words_typed_as_a_deadline_are_kept_shown_and_undone(window, db):
    window.show_targets("")
    m = window.targets_model
    col = [c.key for c in m.columns].index("quarter")
    r = next(i for i, row in enumerate(m.rows) if row["quarter"] is not None)
    target_id, before = m.rows[r]["id"], m.rows[r]["quarter"]
    cell = m.index(r, col)
    assert m.setData(cell, "持续推进", Qt.EditRole)
    assert _held(db, target_id) == (None, "持续推进")
    r = next(i for i, row in enumerate(m.rows) if row["id"] == target_id)
    cell = m.index(r, col)
    assert cell.data(Qt.DisplayRole) == "持续推进" and cell.data(Qt.EditRole) == "持续推进"
    assert cell.data(Qt.ForegroundRole) is not None  # grey: words, no quarter
    # a quarter typed over the words replaces them
    assert m.setData(cell, "三季度", Qt.EditRole)
    assert _held(db, target_id) == (Quarter(window.targets_model.year, 3), None)
    # words that are no deadline are refused, the cell as it was
    assert not m.setData(m.index(next(i for i, row in enumerate(m.rows) if row["id"] == target_id), col),
                         "12345", Qt.EditRole)
    assert _held(db, target_id) == (Quarter(window.targets_model.year, 3), None)
    window.ops.undo_stack.undo()
    window.ops.undo_stack.undo()
    assert _held(db, target_id) == (before, None)


def test_the_steps_beside_a_deadline_in_words_show_as_steps(window, db):
    # the words are shown by the one display() of the model: a second one would hide the steps' (a Python list)
    window.show_targets("")
    m = window.targets_model
    steps = [c.key for c in m.columns].index("steps")
    assert not any(m.index(r, steps).data(Qt.DisplayRole).startswith("[") for r in range(m.rowCount()))


def test_a_deadline_in_words_is_found_by_the_search(window, db):
    window.show_targets("")
    m = window.targets_model
    col = [c.key for c in m.columns].index("quarter")
    target_id = m.rows[0]["id"]
    assert m.setData(m.index(0, col), "与主体工程同步", Qt.EditRole)
    m.set_filter(TargetFilter(text="主体工程同步"))
    assert [r["id"] for r in m.rows] == [target_id]


def test_a_quarter_read_from_words_shows_the_quarter_and_the_words_on_asking(window, db):
    # "2024年6月，持续推进" from a list: the quarter is what the view shows and counts; the words, as the list wrote
    # them, are in the cell's tooltip (they were dropped); a quarter typed over them drops them
    m, col, target_id, year = _first_target(window, "quarter")
    with db.session() as s:
        t = s.get(MeasureTarget, target_id)
        t.quarter, t.quarter_text = Quarter(year, 2), f"{year}年6月，持续推进"
    m.reload()
    cell = m.index(next(i for i, row in enumerate(m.rows) if row["id"] == target_id), col)
    assert cell.data(Qt.DisplayRole) == f"{year}年二季度"
    assert cell.data(Qt.ToolTipRole) == f"表中原文：{year}年6月，持续推进"
    assert cell.data(Qt.ForegroundRole) is None  # a quarter, not grey words
    assert m.setData(cell, "三季度", Qt.EditRole)
    assert _held(db, target_id) == (Quarter(year, 3), None)
    cell = m.index(next(i for i, row in enumerate(m.rows) if row["id"] == target_id), col)
    tip = cell.data(Qt.ToolTipRole)  # the words are gone; the record of the change says what stood before
    assert "表中原文" not in tip and tip.endswith(f"（编辑）：{year}年二季度 → {year}年三季度")


def test_a_moved_deadline_says_what_it_was_on_hovering_and_is_set_apart(window, db):
    # the record of a target's changes: a deadline moved (by hand, or by a revised task list) said nothing of
    # what it had been, where a project's moved completion does
    window.show_targets("")
    m = window.targets_model
    col = [c.key for c in m.columns].index("quarter")
    r = next(i for i, row in enumerate(m.rows) if row["quarter"] is not None and row["quarter"].q != 4)
    target_id, before = m.rows[r]["id"], m.rows[r]["quarter"]
    assert m.index(r, col).data(Qt.ToolTipRole) is None or "修改记录" not in m.index(r, col).data(Qt.ToolTipRole)
    assert m.setData(m.index(r, col), "四季度", Qt.EditRole)
    r = next(i for i, row in enumerate(m.rows) if row["id"] == target_id)
    tip = m.index(r, col).data(Qt.ToolTipRole)
    assert tip.startswith("修改记录：") and f"（编辑）：{before.label_zh} → {window.targets_model.year}年四季度" in tip
    assert m.index(r, col).data(Qt.FontRole).italic()
    assert m.index(r, [c.key for c in m.columns].index("text")).data(Qt.FontRole) is None  # only what changed
    window.ops.undo_stack.undo()  # the undo is a change too, recorded as such
    r = next(i for i, row in enumerate(m.rows) if row["id"] == target_id)
    assert m.index(r, col).data(Qt.ToolTipRole).count("（编辑）") == 2


def test_a_targets_change_is_among_the_latest_changes_and_opens_the_target(window, db, qtbot):
    # 最近修改 listed the projects' changes alone: a deadline a colleague moved on Monday was not there
    from milestones.store import changes

    window.show_targets("")
    m = window.targets_model
    target_id, text = m.rows[2]["id"], m.rows[2]["text"]
    changes.update_row(db, "measure_target", target_id, {"quarter": "2024Q2"})  # first given: not a change
    window.ops.run(changes.update_row, "measure_target", target_id, {"quarter": "2024Q3"})
    window.show_dashboard()
    dialog = window.show_recent_changes()
    assert [dialog.table.item(0, c).text() for c in range(1, 5)] == [text, "季度", "2024年二季度", "2024年三季度"]
    dialog.search.setText(text[:4])
    dialog._timer.timeout.emit()  # the typing has paused
    assert dialog.table.rowCount() >= 1 and dialog.table.item(0, 1).text() == text
    with qtbot.waitSignal(dialog.target_asked, timeout=3000) as opened:
        dialog.table.cellDoubleClicked.emit(0, 1)
    assert opened.args == [target_id]
    assert window.stack.currentWidget() is window.targets_page  # the target shown, chosen in its list
    current = window.targets_table.currentIndex()
    assert window.targets_table.model().rows[current.row()]["id"] == target_id
    dialog.close()


def test_a_corrected_review_of_a_quarter_shows_in_the_steps_cell_and_the_latest_changes(window, db):
    # a unit's review of the first quarter corrected (0.3 made 0.35): the 季度安排 cell said nothing of what it had
    # said, where a project's corrected quarterly figure does; the typed steps (季度安排 cell) are recorded too
    from milestones.store import changes

    m, col, target_id, year = _first_target(window, "steps")
    changes.replace_project_details(db, target_id, "steps", [
        {"quarter": Quarter(year, 1), "text": "完成方案", "value": None, "actual": 0.3, "actual_text": None}])
    m.reload()
    r = next(i for i, row in enumerate(m.rows) if row["id"] == target_id)
    assert "修改记录" not in (m.index(r, col).data(Qt.ToolTipRole) or "")  # first given: no revision
    assert m.index(r, col).data(Qt.FontRole) is None
    window.ops.run(changes.replace_project_details, target_id, "steps", [
        {"quarter": Quarter(year, 1), "text": "完成方案", "value": None, "actual": 0.35, "actual_text": None}])
    r = next(i for i, row in enumerate(m.rows) if row["id"] == target_id)
    tip = m.index(r, col).data(Qt.ToolTipRole)
    assert tip.startswith("一季度：完成方案（完成：0.35")  # the steps first, then their record
    assert "\n\n修改记录：\n" in tip and tip.endswith(f"（编辑）：{year}年一季度完成 0.3 → 0.35")
    assert m.index(r, col).data(Qt.FontRole).italic()
    window.show_dashboard()
    dialog = window.show_recent_changes()
    assert [dialog.table.item(0, c).text() for c in range(2, 5)] == [f"{year}年一季度完成", "0.3", "0.35"]
    dialog.close()
