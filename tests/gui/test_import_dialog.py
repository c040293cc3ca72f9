"""Import through the dialog: preview, confirm (one undo step), or cancel (nothing written)."""
import sys
from pathlib import Path

from sqlalchemy import func, select

from milestones.store.schema import KeyProject
from tests.conftest import FIXTURES

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from make_data import write_projects_xlsx  # noqa: E402


def _count(db):
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(KeyProject))


def test_preview_then_confirm_imports_and_undo_takes_it_back(window, db, qtbot, tmp_path, qtmodeltester):
    src = write_projects_xlsx(tmp_path / "p.xlsx", 30)
    before = _count(db)
    dialog = window.import_file(str(src))
    qtbot.waitUntil(lambda: dialog.result_state == "preview", timeout=15000)
    assert dialog.import_button.isEnabled()
    assert "新增 30" in dialog.summary.text()
    records = dialog.tabs.widget(0).findChild(type(window.project_table))
    qtmodeltester.check(records.model())
    assert _count(db) == before  # nothing written by the preview
    with qtbot.waitSignal(dialog.imported, timeout=15000):
        dialog.confirm()
    assert _count(db) == before + 30
    assert window.project_model.total() == 49 + 30
    window.undo_action.trigger()
    assert _count(db) == before and window.project_model.total() == 49
    window.redo_action.trigger()
    assert _count(db) == before + 30


def test_a_cancelled_import_writes_nothing(window, db, qtbot, tmp_path):
    src = write_projects_xlsx(tmp_path / "big.xlsx", 3000)
    before = _count(db)
    dialog = window.import_file(str(src))
    qtbot.waitUntil(lambda: dialog.result_state == "preview", timeout=30000)
    dialog.confirm(cancel_at_start=True)
    qtbot.waitUntil(lambda: dialog.result_state in ("cancelled", "imported", "failed"), timeout=30000)
    assert dialog.result_state == "cancelled"
    assert "未写入" in dialog.summary.text()
    assert _count(db) == before
    assert window.ops.undo_stack.count() == 0


def test_a_file_with_errors_cannot_be_confirmed(window, qtbot, tmp_path):
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a spreadsheet" * 10)
    dialog = window.import_file(str(bad))
    qtbot.waitUntil(lambda: dialog.result_state == "preview", timeout=15000)
    assert not dialog.import_button.isEnabled()
    assert "不是 xlsx" in dialog.summary.text()


def test_the_published_fixture_previews_through_the_dialog(window, qtbot):
    dialog = window.import_file(str(FIXTURES / "published-completion-table-yuecheng-2020.xlsx"))
    qtbot.waitUntil(lambda: dialog.result_state == "preview", timeout=15000)
    assert "2020年" in dialog.summary.text() and "3 条" in dialog.summary.text()
    dialog.reject()
