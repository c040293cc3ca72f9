"""The shared server goes away mid-session: a clear message, the change kept and written when it is back."""
import pytest
from PySide6.QtCore import QSettings
from sqlalchemy import select

from milestones.store import open_database, open_store
from milestones.store.schema import KeyProject
from tests.pg import ThrowawayPostgres, _bin


@pytest.fixture
def own_server():
    server = ThrowawayPostgres().start()
    yield server
    server.stop()


def test_an_edit_made_while_the_server_is_down_is_kept_and_written_later(qtbot, own_server, tmp_path, monkeypatch):
    from milestones.ui.main_window import MainWindow

    url = own_server.new_database()
    open_store(url).close()
    w = MainWindow(open_database(url), QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    qtbot.addWidget(w)
    w.watch_timer.stop()
    messages = []
    monkeypatch.setattr(w, "_show_failure", messages.append)
    m = w.project_model
    row = next(r for r in range(m.rowCount()) if m.index(r, 1).data() == "重庆长滨")
    m.row_data(row)
    own_server._run(_bin("pg_ctl"), "-D", str(own_server.data), "-m", "fast", "-w", "stop")
    try:
        col = m.keys.index("notes")
        assert not m.setData(m.index(row, col), "断线时的修改")
        assert messages and "连接中断" in messages[-1] and "暂存" in messages[-1]
        assert len(w.ops.pending) == 1
        w._refresh_choices()  # the filter's choices read after edits: the old ones kept, no error in the event loop
    finally:
        own_server._run(_bin("pg_ctl"), "-D", str(own_server.data), "-l", str(own_server.dir / "log"), "-w", "-o",
                        f"-p {own_server.port} -k {own_server.dir} -c listen_addresses=127.0.0.1", "start")
    w.ops.retry_pending()
    assert w.ops.pending == [] and w.ops.undo_stack.count() == 1
    db = open_database(url)
    with db.read() as s:
        assert s.scalars(select(KeyProject.notes).where(KeyProject.name == "重庆长滨")).one() == "断线时的修改"
    db.close()
    w.watcher.close()
    w.db.close()
