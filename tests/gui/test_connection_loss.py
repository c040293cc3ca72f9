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
    url, w = _window_on(own_server, tmp_path, qtbot)
    w.others.timer.stop()
    messages = []
    monkeypatch.setattr(w, "_show_kept", messages.append)
    m = w.project_model
    row = next(r for r in range(m.rowCount()) if m.index(r, 1).data() == "重庆长滨")
    m.row_data(row)
    _stop(own_server)
    try:
        col = m.keys.index("notes")
        assert not m.setData(m.index(row, col), "断线时的修改")
        assert messages and "连接中断" in messages[-1] and "暂存" in messages[-1]
        assert len(w.ops.pending) == 1
        w._refresh_choices()  # the filter's choices read after edits: the old ones kept, no error in the event loop
        # closing now would lose it: the window stays and asks; trying again while still down keeps it
        w.show()
        assert not w.close() and w.isVisible()
        box = w.pending.close_box
        assert "还有1项修改没有写入" in box.text()
        _button(box, "再试写入").click()
        assert w.isVisible() and len(w.ops.pending) == 1
        assert "仍无法连接数据库" in w.statusBar().currentMessage()
    finally:
        _start(own_server)
    assert not w.close()
    _button(w.pending.close_box, "再试写入").click()  # the server is back: written, then closed
    assert not w.isVisible()
    assert w.ops.pending == [] and w.ops.undo_stack.count() == 1
    db = open_database(url)
    with db.read() as s:
        assert s.scalars(select(KeyProject.notes).where(KeyProject.name == "重庆长滨")).one() == "断线时的修改"
    db.close()
    w.others.watcher.close()
    w.db.close()


def _window_on(server, tmp_path, qtbot):
    """A new shared plan holding the bundled plan, and the main window on it."""
    from milestones.ui.main_window import MainWindow

    url = server.new_database()
    open_store(url).close()
    w = MainWindow(open_database(url), QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    qtbot.addWidget(w)
    return url, w


def _stop(server):
    server._run(_bin("pg_ctl"), "-D", str(server.data), "-m", "fast", "-w", "stop")


def _start(server):
    server._run(_bin("pg_ctl"), "-D", str(server.data), "-l", str(server.dir / "log"), "-w", "-o",
                f"-p {server.port} -k {server.dir} -c listen_addresses=127.0.0.1", "start")


def _button(box, text):
    return next(b for b in box.buttons() if b.text() == text)


def test_closing_with_changes_waiting_can_lose_them_when_the_planner_says_so(window, qtbot):
    window.ops.pending.append(object())  # a change kept while the server was away
    assert not window.close() and window.isVisible()
    assert _button(window.pending.close_box, "不关闭") is window.pending.close_box.defaultButton()
    _button(window.pending.close_box, "放弃修改并关闭").click()
    assert not window.isVisible()


def test_a_project_window_saved_while_the_server_is_down_keeps_its_changes_for_later(qtbot, own_server, tmp_path,
                                                                                     monkeypatch):
    # a unit's quarter typed into the project window as the office's network drops: not lost, not "未能保存"
    from milestones.store.changes import project_details

    url, w = _window_on(own_server, tmp_path, qtbot)
    w.others.timer.stop()
    monkeypatch.setattr(w, "_show_failure", lambda *a: None)
    monkeypatch.setattr(w, "_show_kept", lambda *a: None)
    m = w.project_model
    row = next(r for r in range(m.rowCount()) if m.index(r, 1).data() == "重庆长滨")
    dialog = w._open_project(m.project_id(row))
    _stop(own_server)
    try:
        dialog.fields["leader"].setText("王副区长")
        dialog.details["investments"].add_row({"quarter": "2024Q1", "planned": "2", "actual": "1.5"})
        assert dialog.save()  # closed: both wait for the connection, kept on disk
        assert not dialog.isVisible() and len(w.ops.pending) == 2
    finally:
        _start(own_server)
    w.ops.retry_pending()
    qtbot.waitUntil(lambda: not w.ops.pending, timeout=15000)
    db = open_database(url)
    with db.read() as s:
        project = s.scalars(select(KeyProject).where(KeyProject.name == "重庆长滨")).one()
        assert project.leader == "王副区长"
    assert [(r["planned"], r["actual"]) for r in project_details(db, project.id, "investments")] == [(2.0, 1.5)]
    db.close()
    w.others.watcher.close()
    w.db.close()


def test_the_status_bar_names_the_shared_database_as_a_planner_says_it(qtbot, pg_url, tmp_path):
    # it read "数据库：postgresql+psycopg://milestones_admin@127.0.0.1:5432/plan", the driver's spelling
    from sqlalchemy.engine import make_url

    from milestones.ui.main_window import MainWindow

    open_store(pg_url).close()
    w = MainWindow(open_database(pg_url), QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    qtbot.addWidget(w)
    w.others.timer.stop()
    u = make_url(pg_url)
    assert w.statusBar().currentMessage() == f"共享数据库：{u.database}（服务器 {u.host}:{u.port}，用户 {u.username}）"
    assert "postgresql" not in w.statusBar().currentMessage()
    w.db.close()


def test_an_undo_while_the_server_is_down_is_said_and_stays_to_be_done_again(qtbot, own_server, tmp_path,
                                                                            monkeypatch):
    # it raised out of the undo (the server's refusal is no file's) and the step was gone
    url, w = _window_on(own_server, tmp_path, qtbot)
    w.others.timer.stop()
    said = []
    monkeypatch.setattr(w, "_show_failure", said.append)
    m, stack = w.project_model, w.ops.undo_stack
    row = next(r for r in range(m.rowCount()) if m.index(r, 1).data() == "重庆长滨")
    assert m.setData(m.index(row, m.keys.index("notes")), "断线前的修改")
    _stop(own_server)
    try:
        stack.undo()
        assert said and said[-1].startswith("未能撤销（") and "连接中断" in said[-1]
        qtbot.waitUntil(lambda: stack.index() == 1, timeout=5000)
        assert stack.count() == 1 and stack.canUndo()
    finally:
        _start(own_server)
    stack.undo()
    db = open_database(url)
    with db.read() as s:
        assert s.scalars(select(KeyProject.notes).where(KeyProject.name == "重庆长滨")).one() != "断线前的修改"
    db.close()
    w.others.watcher.close()
    w.db.close()
