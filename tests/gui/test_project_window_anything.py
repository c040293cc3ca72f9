"""The project window takes anything typed: every field of 基本信息 and every column of its lists (季度投资, 节点,
形象进度) given a figure, a quarter, a date, a formula, text in a number field or a blank. 保存 either writes it (one
undo step each part) or keeps the window open saying why — never an error box; what was written is what it shows
when opened again (saved again, it writes nothing)."""
from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

from tests.gui.test_typing_anything import _TYPED

CASES = os.environ.get("CASES")


def _typed_in(box, text: str) -> None:
    if isinstance(box, QLineEdit):
        box.setText(text)
    elif isinstance(box, QPlainTextEdit):
        box.setPlainText(text)
    elif isinstance(box, QComboBox) and box.isEditable():
        box.setEditText(text)


@pytest.mark.slow
def test_anything_typed_in_the_project_window_is_saved_or_said(window):
    pid = window.project_model.row_data(0).id

    @settings(max_examples=int(CASES or 60), deadline=None, derandomize=not CASES,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
    @given(st.data())
    def typed(data):
        dialog = window._open_project(pid)
        try:
            keys = data.draw(st.lists(st.sampled_from(sorted(dialog.fields)), min_size=1, max_size=3, unique=True))
            for key in keys:
                _typed_in(dialog.fields[key], data.draw(_TYPED))
            kind = data.draw(st.sampled_from(sorted(dialog.details)))
            table = dialog.details[kind]
            table.add_row({f: data.draw(_TYPED) for f in table.fields})
            saved = dialog.save()
            assert saved or dialog.message.text(), "refused without a word"
            if saved:  # opened again, it shows what was written: nothing to save, saving it writes nothing
                dialog.reject()
                again = window._open_project(pid)
                steps = window.ops.undo_stack.count()
                assert not again.unsaved() and again.save() and window.ops.undo_stack.count() == steps
                again.reject()
        finally:
            dialog.reject()

    typed()
