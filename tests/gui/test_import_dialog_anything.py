"""导入 through the dialog with any file of the plan's kinds and any table type and year the planner can choose over
the ones read: the preview says what is wrong or the import goes in as one step; its undo gives back the plan exactly
as before, its redo the plan as imported, and the same file read again finds nothing new or changed."""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as cases
from hypothesis import strategies as st

from milestones.spreadsheet.export import export
from tests.conftest import FIXTURES, SEED_REPORT
from tests.gui.conftest import fault_of, open_window
from tests.gui.test_undo_walk import plan_as_seen

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from make_data import write_projects_xlsx  # noqa: E402

CASES = os.environ.get("CASES")  # the suite tries the same 25 each run; CASES=200 tries that many new ones


def _edited_list(src: Path, out: Path) -> Path:
    """The exported list as a unit sends it back: a total investment changed, a row gone, a project added."""
    wb = openpyxl.load_workbook(src)
    ws = wb.worksheets[0]
    header = next(r for r in range(1, 10) if any(str(c.value or "").replace(" ", "") == "项目名称" for c in ws[r]))
    cols = {str(c.value or "").replace("\n", "").replace(" ", ""): c.column for c in ws[header]}
    name = next(v for k, v in cols.items() if k == "项目名称")
    total = next(v for k, v in cols.items() if k.startswith("总投资"))
    rows = [r for r in range(header + 1, ws.max_row + 1) if ws.cell(r, name).value]
    ws.cell(rows[0], total).value = 123.45
    ws.cell(rows[-1] + 1, name).value = "新增的测试项目"
    ws.delete_rows(rows[3])
    wb.save(out)
    return out


@pytest.fixture
def files(any_db, tmp_path) -> list[Path]:
    db = any_db
    d = tmp_path / "files"
    d.mkdir()
    out = [d / "重点项目.xlsx", d / "东部.xlsx", d / "举措与目标.xlsx", d / "附件1.xlsx", d / "附件2.xlsx"]
    export(db, "key_projects", out[0], year=2024)
    export(db, "key_projects", out[1], year=2024, zone="东部")
    export(db, "measures", out[2], year=2024)
    export(db, "indicator_results", out[3], year=2023)
    export(db, "indicator_targets", out[4], year=2024)
    out.append(_edited_list(out[0], d / "重点项目（改）.xlsx"))
    out.append(write_projects_xlsx(d / "新项目.xlsx", 12))
    out.append(Path(shutil.copy(FIXTURES / "published-completion-table-yuecheng-2020.xlsx", d)))
    out.append(Path(shutil.copy(SEED_REPORT, d / "计划报告.txt")))
    return out


def _content(seen: dict[str, list]) -> dict[str, list]:
    """The plan without its row numbers: PostgreSQL numbers a plan, a section… made again by a redo anew (SQLite
    gives the numbers freed by the undo back), so there the rows are compared by what they hold."""
    return {table: sorted(({k: v for k, v in r.items() if k != "id" and not k.endswith("_id")} for r in rows),
                          key=repr) for table, rows in seen.items()}


@pytest.mark.slow
def test_any_import_through_the_dialog_is_one_step_undone_exactly(qtbot, any_db, files, settings):
    """On a plan file and on a shared database alike."""
    db = any_db
    window = open_window(qtbot, db, settings)
    stack = window.ops.undo_stack
    seen = (lambda plan: plan) if db.is_sqlite else _content

    def preview(path, kind_index, year):
        dialog = window.import_file(str(path))
        qtbot.waitUntil(lambda: dialog.result_state in ("preview", "failed"), timeout=60000)
        dialog.kind_box.setCurrentIndex(kind_index)
        dialog.year_box.setValue(year)
        dialog._again.stop()
        dialog.reread()
        qtbot.waitUntil(lambda: dialog.result_state in ("preview", "failed"), timeout=60000)
        return dialog

    @cases(max_examples=int(CASES or 25), deadline=None, derandomize=not CASES,
           suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
    @given(st.sampled_from(files), st.integers(0, 4), st.sampled_from([1999, 2023, 2024, 2025]), st.booleans())
    def imports(path, kind_index, year, remove_missing):
        chosen = (path.name, kind_index, year, remove_missing)
        before, steps = plan_as_seen(db), stack.index()
        dialog = preview(path, kind_index, year)
        assert fault_of(dialog.task) is None, (chosen, dialog.task._traceback)
        if dialog.result_state == "failed" or not dialog.import_button.isEnabled():
            assert dialog.summary.text(), chosen  # said: why it cannot be read, or the problems to mend
            dialog.reject()
            assert plan_as_seen(db) == before and stack.index() == steps, chosen
            return
        if not dialog.remove_missing.isHidden() and remove_missing:
            dialog.remove_missing.setChecked(True)
        dialog.confirm()
        qtbot.waitUntil(lambda: dialog.result_state in ("imported", "failed"), timeout=60000)
        assert fault_of(dialog.task) is None, (chosen, dialog.task._traceback)
        if dialog.result_state == "failed":  # refused in words, nothing written
            dialog.reject()
            assert plan_as_seen(db) == before and stack.index() == steps, chosen
            return
        after = plan_as_seen(db)
        assert stack.index() == steps + 1, chosen
        again = preview(path, kind_index, year)  # the same file again: nothing new, nothing changed
        for i, diff in again.imp.diffs.items():
            if diff is not None and again.imp.tables[i] in again.imp.importable:
                assert not diff.new and not diff.changed, (chosen, again.imp.tables[i].sheet, diff.new,
                                                           dict(list(diff.changed.items())[:3]))
        again.reject()
        stack.undo()
        assert plan_as_seen(db) == before, chosen
        stack.redo()
        assert seen(plan_as_seen(db)) == seen(after), chosen
        stack.undo()  # the next case starts from the plan as it was
        assert plan_as_seen(db) == before, chosen

    imports()
