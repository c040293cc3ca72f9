"""编辑 → 替换 with anything: whatever is sought and whatever it is replaced by, over any page, the replacement goes in
whole or is refused whole in words — never an error box — and the list read again shows what it showed."""
from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.gui.test_typing_anything import _TYPED, _cells

CASES = os.environ.get("CASES")


@pytest.mark.slow
@pytest.mark.parametrize("page", ["projects", "targets", "indicators"])
def test_any_replacement_goes_in_whole_or_is_refused_whole(window, page):
    show = {"projects": window.show_projects, "targets": lambda: window.show_targets(""),
            "indicators": lambda: window.show_indicators_of("")}[page]
    show()
    model = {"projects": window.project_model, "targets": window.targets_model,
             "indicators": window.indicators_model}[page]

    @settings(max_examples=int(CASES or 40), deadline=None, derandomize=not CASES,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
    @given(st.sampled_from(["区", "1", "2", "0", "2024", "东部", "年", "%", "一季度", "亿元", "完成", "重庆", ".", "改造"]),
           _TYPED)
    def replaced(sought, new):
        dialog = window.show_replace()
        dialog.sought.setText(sought)
        dialog.new.setText(new)
        dialog.replace_all()
        dialog.close()

    replaced()
    assert window.ops.undo_stack.count() > 0  # replacements went in (others were refused)
    shown = _cells(model)
    model.reload()
    assert _cells(model) == shown
