"""批量修改 with any column, any value and any choice of projects: it goes in for every project chosen or is refused
in words; it never raises, never leaves the list unlike the plan, and its one undo step gives back the list before."""
from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QItemSelectionModel, Qt

from milestones.ui.bulk_dialog import BULK_KEYS, BulkEditDialog

CASES = os.environ.get("CASES")  # the suite tries the same 60 each run; CASES=1000 tries that many new ones
_VALUES = st.one_of(
    st.sampled_from(["", " ", "0", "-1", "3.5", "2024Q1", "2024年二季度", "2025年底", "2024-02-30", "45292", "续建",
                     "新开工", "—", "=SUM(A1:A9)", "#N/A", "东部", "西部片区", "East", "北部", "全区", "2",
                     "解放碑中央商务区", "菜园坝滨江新城", "两江滨江休闲产业带", "区发展改革委", "区商务委（牵头）",
                     "产业类", "市级", "x" * 300, "项目\n第二行"]),
    st.text(max_size=10))


def _shown(model) -> dict:
    return {model.row_data(r).id: [model.data(model.index(r, c), Qt.DisplayRole) for c in range(model.columnCount())]
            for r in range(model.rowCount())}


@pytest.mark.slow
def test_any_bulk_change_goes_in_for_every_project_chosen_or_is_refused(window):
    m, view = window.project_model, window.project_table
    stack = window.ops.undo_stack

    @settings(max_examples=int(CASES or 60), deadline=None, derandomize=not CASES,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
    @given(st.lists(st.integers(0, m.rowCount() - 1), min_size=1, max_size=6, unique=True),
           st.sampled_from(BULK_KEYS), _VALUES)
    def bulk(rows, key, text):
        view.clearSelection()
        for r in rows:
            view.selectionModel().select(m.index(r, 0), QItemSelectionModel.Select | QItemSelectionModel.Rows)
        ids = window.selected_project_ids()
        dialog = BulkEditDialog(m, len(rows), window, key=key)
        dialog.text.setText(text)
        before, steps = _shown(m), stack.count()
        ok = window.bulk_edit(dialog.key(), dialog.value())
        dialog.deleteLater()
        after = _shown(m)
        m.reload()
        assert _shown(m) == after  # what the list shows is what was written
        if not ok or stack.count() == steps:
            assert after == before, (key, text)  # refused: nothing changed
            return
        assert stack.count() == steps + 1
        column = m.keys.index(key)
        cells = {after[i][column] for i in ids}
        assert len(cells) == 1, (key, text, cells)  # the one value, on every project chosen
        stack.undo()
        assert _shown(m) == before, (key, text)
        stack.redo()
        assert _shown(m) == after, (key, text)

    bulk()
