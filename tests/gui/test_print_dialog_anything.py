"""打印时间轴 with any choice its boxes allow, typed periods included: a PDF whose pages say the plan's title, or a
refusal in words and no file; never a fault of the program."""
from __future__ import annotations

import os
import subprocess

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as cases
from hypothesis import strategies as st
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from milestones.store.schema import KeyProject
from tests.gui.conftest import fault_of

CASES = os.environ.get("CASES")  # the suite tries the same 30 each run; CASES=300 tries that many new ones
_TYPED = st.sampled_from(["", " ", "2024Q3", "2024年二季度", "2023Q4", "2026Q1", "2024年3月", "2024-11-05", "明年",
                          "2024Q5", "1999Q1", "2024年底", "45292"])


@pytest.mark.slow
def test_any_printout_from_the_dialog_is_written_or_refused_in_words(window, qtbot, tmp_path):
    from milestones.ui.print_dialog import PrintDialog

    m, view = window.project_model, window.project_table
    with window.db.read() as s:
        names = set(s.scalars(select(KeyProject.name)))
    n = iter(range(10 ** 6))

    @cases(max_examples=int(CASES or 30), deadline=None, derandomize=not CASES,
           suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
    @given(st.data())
    def printout(data):
        bar = window.filter_bar
        bar.zone.setCurrentIndex(data.draw(st.integers(0, bar.zone.count() - 1), label="list zone"))
        bar.light.setCurrentIndex(data.draw(st.integers(0, bar.light.count() - 1), label="list light"))
        bar._emit()
        qtbot.waitUntil(lambda: not m.canFetchMore(), timeout=5000)
        view.clearSelection()
        for r in data.draw(st.lists(st.integers(0, max(m.rowCount() - 1, 0)), max_size=3, unique=True), label="rows"):
            if r < m.rowCount():
                view.selectionModel().select(m.index(r, 0), QItemSelectionModel.Select | QItemSelectionModel.Rows)
        dialog = window.print_timeline()
        assert isinstance(dialog, PrintDialog)
        for z, box in dialog.zone_boxes.items():
            box.setChecked(data.draw(st.booleans(), label=z))
        for check in ("only_in_view", "only_chosen", "show_planned", "show_actual", "show_milestones",
                      "show_investment", "show_unit", "legend_every", "summary"):
            box = getattr(dialog, check)
            if box.isEnabled() and not box.isHidden() and data.draw(st.booleans(), label=check):
                box.toggle()
        dialog.period.setCurrentIndex(data.draw(st.integers(0, dialog.period.count() - 1), label="period"))
        if dialog.first.isEnabled():
            dialog.first.setEditText(data.draw(_TYPED, label="first"))
            dialog.last.setEditText(data.draw(_TYPED, label="last"))
        dialog.order.setCurrentIndex(data.draw(st.integers(0, dialog.order.count() - 1), label="order"))
        dialog.paper.setCurrentIndex(data.draw(st.integers(0, 1), label="paper"))
        dialog.orientation.setCurrentIndex(data.draw(st.integers(0, 1), label="orientation"))
        if data.draw(st.booleans(), label="fixed scale"):
            dialog.fixed.setChecked(True)
            dialog.scale.setValue(data.draw(st.sampled_from([8, 30, 200]), label="mm"))
        dialog.office.setText(data.draw(st.sampled_from(["", "重庆市渝中区发展和改革委员会", "x" * 200]), label="office"))
        out = tmp_path / f"p{next(n)}.pdf"
        chosen = {"period": (dialog.first.currentText(), dialog.last.currentText()), "zones": dialog.zones()}
        try:
            task = dialog.save_as("pdf", str(out))
        finally:
            boxes = [b for b in dialog.findChildren(QMessageBox) if b.isVisible()]
        if task is not None:
            qtbot.waitUntil(lambda: task.done, timeout=60000)
            qtbot.wait(10)  # the task's last signal delivered to the dialog
            boxes = [b for b in dialog.findChildren(QMessageBox) if b.isVisible()]
        if task is None or task.error:
            assert fault_of(task) is None, (chosen, task._traceback)
            assert boxes and boxes[0].text() and "Error" not in boxes[0].text(), chosen
            assert not out.exists(), chosen
        else:
            assert not boxes, (chosen, [b.text() for b in boxes])
            text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
            text = text.replace(" ", "")
            assert "重点项目季度进度" in text, chosen
            assert any(name[:4] in text for name in names), chosen  # never only empty charts
        for b in boxes:
            b.close()
        dialog.close()
        dialog.deleteLater()

    printout()
