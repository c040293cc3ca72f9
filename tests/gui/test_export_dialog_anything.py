"""导出表格 with any table and any choice its boxes allow: a file (or a folder of each unit's files) that reads back
as that table, narrowed as chosen, or a refusal in words and no file; never a fault of the program."""
from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as cases
from hypothesis import strategies as st
from PySide6.QtWidgets import QMessageBox

from milestones.spreadsheet.importer import read_import
from milestones.store import open_store
from tests.gui.conftest import fault_of, open_window

CASES = os.environ.get("CASES")  # the suite tries the same 40 each run; CASES=300 tries that many new ones


def _choose(box, draw, label) -> None:
    """One of the items the planner can pick in ``box``, when it is enabled."""
    if not box.isEnabled() or box.count() == 0:
        return
    items = [i for i in range(box.count()) if box.model().item(i) is None or box.model().item(i).isEnabled()]
    box.setCurrentIndex(draw(st.sampled_from(items), label=label))


@pytest.mark.slow
def test_any_export_from_the_dialog_writes_its_table_or_says_why_not(qtbot, plan_with_units, settings, tmp_path):
    window = open_window(qtbot, open_store(plan_with_units), settings)
    n = iter(range(10 ** 6))

    @cases(max_examples=int(CASES or 40), deadline=None, derandomize=not CASES,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
    @given(st.data())
    def export(data):
        bar = window.filter_bar  # what the list shows: the dialog starts from it
        bar.zone.setCurrentIndex(data.draw(st.integers(0, bar.zone.count() - 1), label="list zone"))
        bar.light.setCurrentIndex(data.draw(st.integers(0, bar.light.count() - 1), label="list light"))
        bar._emit()
        dialog = window.export_file()
        _choose(dialog.kind, data.draw, "kind")
        if data.draw(st.booleans(), label="another year"):
            dialog.year.setValue(data.draw(st.sampled_from([2023, 2025, 2030]), label="year"))
        for box in ("zone", "area", "project_class", "report", "unit"):
            _choose(getattr(dialog, box), data.draw, box)
        for check in ("timeline", "only_in_view", "revised", "as_reported", "unreported"):
            box = getattr(dialog, check)
            if box.isEnabled() and box.isVisible() and data.draw(st.booleans(), label=check):
                box.toggle()
        folder = tmp_path / f"out{next(n)}"
        folder.mkdir()
        each_unit = dialog.unit.currentData() == "\x00each"
        target = folder / ("各单位" if each_unit else "table.xlsx")
        dialog.path.setText(str(target))
        dialog.path.textEdited.emit(str(target))
        kind, zone = dialog.kind.currentData(), dialog.zone.currentData()
        chosen = {b: getattr(dialog, b).currentText() for b in ("kind", "zone", "area", "project_class", "report",
                                                                "unit")}
        dialog.start()
        qtbot.waitUntil(lambda: dialog.result_state != "choosing", timeout=30000)
        if dialog.result_state == "failed":
            assert fault_of(dialog.task) is None, (chosen, dialog.task._traceback)
            box = next(b for b in dialog.findChildren(QMessageBox) if b.isVisible())
            assert box.text() and "Error" not in box.text(), (chosen, box.text())
            box.close()
            assert not [f for f in folder.rglob("*") if f.is_file()], chosen  # nothing left half written
            dialog.close()
            return
        assert dialog.result_state == "exported", chosen
        files = sorted(target.glob("*.xlsx")) if each_unit else [target]
        assert files, chosen
        for f in files:
            imp = read_import(f)
            if kind == "unit_progress":  # a count per unit: said to be no list
                assert imp.tables[0].no_table, chosen
                continue
            assert not imp.problems and imp.tables, (chosen, f)
            assert not [p for t in imp.tables for p in t.problems if p.severity == "error"], (chosen, f)
            if kind == "key_projects" and zone:  # narrowed as chosen
                assert {r["zone"] for r in imp.tables[0].records} == {zone}, chosen

    export()
