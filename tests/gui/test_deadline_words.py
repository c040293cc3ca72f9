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
    window.show_targets("")
    m = window.targets_model
    col = [c.key for c in m.columns].index("quarter")
    target_id = m.rows[0]["id"]
    year = m.year
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
    assert cell.data(Qt.ToolTipRole) is None
