"""新增指标 and 新增目标 with anything typed in their boxes: added as typed (the table showing what was written) or
refused in words; never a fault, and the one undo step takes it away again."""
from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

CASES = os.environ.get("CASES")  # the suite tries the same 40 each run; CASES=600 tries that many new ones
_TEXT = st.one_of(
    st.sampled_from(["", " ", "规模以上工业增加值增速", "地区生产总值增速", "  新增5G基站300个 ", "=SUM(A1)", "增长6%左右",
                     "≥300天", "x" * 300, "第一行\n第二行", "名称\x00", "2024Q3", "99999999999999999999", "—", "%", "亿元"]),
    st.text(max_size=12))


def _shown(model) -> list:
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]


@pytest.mark.slow
@pytest.mark.parametrize("what", ["indicator", "target"])
def test_anything_added_is_written_as_shown_or_refused_and_undone(window, what):
    edits, stack = window.row_edits, window.ops.undo_stack
    if what == "indicator":
        window.show_indicators_of("")
        model = window.indicators_model
    else:
        model = window.targets_model
    measure = model.rows[0]["measure_id"] if what == "target" else None

    @settings(max_examples=int(CASES or 40), deadline=None, derandomize=not CASES,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
    @given(_TEXT, _TEXT, _TEXT, st.sampled_from([None, True, False]))
    def added(name, unit, target, binding):
        before, steps = _shown(model), stack.index()
        if what == "indicator":
            row_id = edits.add_indicator(name, unit, target, binding)
        else:
            row_id = edits.add_target(measure, name, {"quarter": unit, "responsible_unit": target})
        after = _shown(model)
        model.reload()
        assert _shown(model) == after, (name, unit, target)  # what the table shows is what was written
        if row_id is None:
            assert after == before and stack.index() == steps, (name, unit, target)
            return
        assert stack.index() == steps + 1 and len(after) == len(before) + 1
        stack.undo()
        assert _shown(model) == before, (name, unit, target)
        stack.redo()
        assert len(_shown(model)) == len(after)
        stack.undo()

    added()


def test_a_box_left_with_a_space_is_a_box_left_blank(window, db):
    # the new target's quarter box holding a space failed as no quarter ("'NoneType' object has no attribute
    # 'short'", a fault in a box); its unit box with spaces around kept them
    from milestones.store.schema import MeasureTarget

    m = window.targets_model
    row_id = window.row_edits.add_target(m.rows[0]["measure_id"], "新增目标一项",
                                         {"quarter": " ", "responsible_unit": " 区商务委 "})
    assert row_id is not None
    with db.read() as s:
        t = s.get(MeasureTarget, row_id)
        assert (t.text, t.responsible_unit) == ("新增目标一项", "区商务委")
