"""Changes made while the shared database is out of reach are kept on this computer: a program killed
before the server came back does not lose them, and the next opening offers to write them."""
import datetime as dt
import json

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy import select

from milestones.domain.progress import LightRules
from milestones.domain.quarter import Quarter
from milestones.store import open_database, open_store
from milestones.store.checks import Accepted, Finding
from milestones.store.schema import KeyProject
from milestones.ui import pending_journal
from milestones.ui.undo import (
    AcceptFindingsCommand, AddProjectCommand, DetailsCommand, EditCommand, FieldEdit, KeepReportCommand,
    LightRulesCommand, MergeProjectsCommand, RemoveProjectsCommand, from_journal,
)
from tests.pg import ThrowawayPostgres, _bin


def test_every_change_a_planner_makes_is_kept_and_made_again_as_it_was(tmp_path):
    # each kind of undo step the window pushes, written to the file and read back: the same arguments
    ops = object()
    when = dt.datetime(2024, 7, 3, 9, 30, tzinfo=dt.timezone.utc)
    finding = Finding("names_alike", 12, "重庆长滨", {"other": "重庆长滨项目", "other_id": 13}, accepted=Accepted(
        "张三", when, "两个项目"), units=("区住房城乡建委",))
    commands = [
        EditCommand(ops, [FieldEdit("key_project", 7, "planned_start", Quarter(2024, 2), Quarter(2024, 3), 4),
                          FieldEdit("key_project", 7, "notes", None, "断线时的修改", 4)], "修改“重庆长滨”"),
        AddProjectCommand(ops, 2024, "新项目", {"zone": "东部", "planned_start": Quarter(2024, 3),
                                              "annual_investment": 1.5}),
        RemoveProjectsCommand(ops, 2024, [3, 4], "调出"),
        MergeProjectsCommand(ops, 2024, 12, 13, "并入“重庆长滨”"),
        DetailsCommand(ops, 7, "milestones", [], [{"name": "主体完工", "planned": Quarter(2024, 4),
                                                   "planned_date": dt.date(2024, 11, 30), "actual": None}], "节点"),
        LightRulesCommand(ops, LightRules(), LightRules(near_pace_points=3.0)),
        KeepReportCommand(ops, 2024, Quarter(2024, 2), {"year": 2024, "quarter": Quarter(2024, 2), "kept_at": when,
                                                        "figures": {"a": 1}, "projects": [{"light": "red"}]}, "存档"),
        AcceptFindingsCommand(ops, 2024, [finding], "两个项目", True),
    ]
    path = pending_journal.journal_path("postgresql://planner@db/plan", 0, tmp_path)
    pending_journal.save(path, "postgresql://planner@db/plan", [c.journal() for c in commands])
    again = [from_journal(ops, e) for e in pending_journal.load(path)]
    assert [type(c) for c in again] == [type(c) for c in commands]
    assert [c.arguments() for c in again] == [c.arguments() for c in commands]
    assert again[0].text() == "修改“重庆长滨”"
    assert json.loads(path.read_text(encoding="utf-8"))["database"] == "postgresql://planner@db/plan"
    pending_journal.save(path, "postgresql://planner@db/plan", [])  # none left: no file
    assert not path.exists()


def test_a_file_not_written_by_this_program_is_refused_not_run(tmp_path):
    path = tmp_path / "x.json"
    for text in ("{", '{"format": 99, "changes": []}', '{"format": 1, "changes": [{"$": "os.system"}]}'):
        path.write_text(text, encoding="utf-8")
        with pytest.raises(pending_journal.JournalError):
            pending_journal.load(path)
    path.write_text('{"format": 1, "changes": [{"$": "dict", "items": {"kind": "Nothing", "args": {}}}]}')
    with pytest.raises(ValueError):
        from_journal(object(), pending_journal.load(path)[0])


@pytest.fixture
def own_server():
    server = ThrowawayPostgres().start()
    yield server
    server.stop()


def _stop(server):
    server._run(_bin("pg_ctl"), "-D", str(server.data), "-m", "fast", "-w", "stop")


def _start(server):
    server._run(_bin("pg_ctl"), "-D", str(server.data), "-l", str(server.dir / "log"), "-w", "-o",
                f"-p {server.port} -k {server.dir} -c listen_addresses=127.0.0.1", "start")


def _window(qtbot, url, tmp_path, monkeypatch):
    from milestones.ui.main_window import MainWindow

    w = MainWindow(open_database(url), QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat))
    qtbot.addWidget(w)
    w.others.timer.stop()
    w.messages = []
    monkeypatch.setattr(w, "_show_failure", w.messages.append)
    monkeypatch.setattr(w, "_show_kept", w.messages.append)
    return w


def _started_on(url, qtbot, tmp_path):
    """The program started on ``url``, as `milestones --db URL` starts it."""
    from milestones.app import Application, default_args

    app = Application(default_args(db=url, lang="zh"))
    app.settings = QSettings(str(tmp_path / "s.ini"), QSettings.IniFormat)
    assert app.open(url)
    qtbot.addWidget(app.window)
    app.window.others.timer.stop()
    return app


def _notes(url, name):
    db = open_database(url)
    with db.read() as s:
        value = s.scalars(select(KeyProject.notes).where(KeyProject.name == name)).one()
    db.close()
    return value


def _rows(w, *names):
    """The rows of ``names`` in the project list, read while the server is up (a row is read when shown)."""
    m = w.project_model
    rows = {m.index(r, 1).data(): r for r in range(m.rowCount())}
    for name in names:
        m.row_data(rows[name])
    return {name: rows[name] for name in names}


def _edit_notes(w, row, text):
    m = w.project_model
    return m.setData(m.index(row, m.keys.index("notes")), text)


def _button(box, text):
    return next(b for b in box.buttons() if b.text() == text)


def _gone(w):
    """The window left as a killed program leaves it: nothing closed, nothing discarded (its lock let go, as
    a dead process's is stale: `test_a_killed_programs_changes_are_offered` kills a real one)."""
    w.ops._retry.stop()
    w.ops.release()
    w.others.watcher.close()
    w.db.close()


def test_edits_made_while_the_server_is_down_survive_a_killed_program(qtbot, own_server, tmp_path, monkeypatch):
    url = own_server.new_database()
    open_store(url).close()
    w = _window(qtbot, url, tmp_path, monkeypatch)
    rows = _rows(w, "重庆长滨", "红楼宾馆综合改造")
    _stop(own_server)
    try:
        assert not _edit_notes(w, rows["重庆长滨"], "断线时的修改")
        assert not _edit_notes(w, rows["红楼宾馆综合改造"], "断线时的第二处修改")
        assert "即使关闭程序也不会丢失" in w.messages[-1]  # no longer "请勿关闭程序": they are safe on disk
        # on disk at once, before anything is closed: a kill now loses nothing
        kept = json.loads(w.ops.journal.read_text(encoding="utf-8"))
        assert len(kept["changes"]) == 2 and kept["database"] == w.db.display_name
        assert "断线时的修改" in w.ops.journal.read_text(encoding="utf-8")
    finally:
        _start(own_server)
    _gone(w)  # killed: the changes never reached the database
    assert _notes(url, "重庆长滨") == "也是“十大项目”之一"  # the bundled plan's note, as it was

    # a colleague changes the second project meanwhile: the kept change must not overwrite it
    db = open_database(url)
    with db.session() as s:
        s.scalars(select(KeyProject).where(KeyProject.name == "红楼宾馆综合改造")).one().notes = "同事的修改"
    db.close()

    # the program started again on the database: it offers them as it opens it
    app = _started_on(url, qtbot, tmp_path)
    again = app.window
    monkeypatch.setattr(again, "_show_failure", lambda message: None)
    failures = []
    again.ops.failed.connect(failures.append)
    box = again.pending.kept_box
    assert box.isVisible()
    assert "有2项修改暂存在本机" in box.text() and "修改“重庆长滨”" in box.text()
    _button(box, "写入").click()
    assert _notes(url, "重庆长滨") == "断线时的修改"
    assert _notes(url, "红楼宾馆综合改造") == "同事的修改"  # said as a conflict, not written over
    assert failures == ["未能写入（修改“红楼宾馆综合改造”的备注）：同事已修改了“红楼宾馆综合改造”的同一处，保留同事的修改"]
    assert again.ops.undo_stack.count() == 1
    assert not again.ops.journal.exists()  # written or refused: nothing left to offer
    assert again.pending.offer_kept() is None
    _gone(again)


def test_kept_changes_can_wait_for_later_or_be_given_up(qtbot, own_server, tmp_path, monkeypatch):
    url = own_server.new_database()
    open_store(url).close()
    w = _window(qtbot, url, tmp_path, monkeypatch)
    row = _rows(w, "重庆长滨")["重庆长滨"]
    _stop(own_server)
    try:
        assert not _edit_notes(w, row, "第一次断线")
        w.show()
        assert not w.close()  # closing asks: the changes are on this computer, written at the next opening
        assert "已暂存在本机" in w.pending.close_box.text()
        _button(w.pending.close_box, "关闭，下次打开时写入").click()
        assert not w.isVisible() and w.ops.journal.exists()
    finally:
        _start(own_server)
    _gone(w)

    later = _window(qtbot, url, tmp_path, monkeypatch)
    _button(later.pending.offer_kept(), "以后再说").click()
    row = _rows(later, "红楼宾馆综合改造")["红楼宾馆综合改造"]
    _stop(own_server)
    try:  # out of reach again: the new change is added to the ones waiting, not written over them
        assert not _edit_notes(later, row, "第二次断线")
        assert len(json.loads(later.ops.journal.read_text(encoding="utf-8"))["changes"]) == 2
    finally:
        _start(own_server)
    _gone(later)

    last = _window(qtbot, url, tmp_path, monkeypatch)
    box = last.pending.offer_kept()
    assert "有2项修改暂存在本机" in box.text()
    _button(box, "放弃这些修改").click()
    assert not last.ops.journal.exists() and last.pending.offer_kept() is None
    assert _notes(url, "重庆长滨") == "也是“十大项目”之一" and _notes(url, "红楼宾馆综合改造") is None
    _gone(last)


def test_an_unreadable_file_of_kept_changes_is_set_aside_and_said(qtbot, pg_url, tmp_path, monkeypatch):
    open_store(pg_url).close()
    w = _window(qtbot, pg_url, tmp_path, monkeypatch)
    broken = pending_journal.journal_path(w.db.display_name, 9)  # a program gone left it so
    broken.write_text("{ not json", encoding="utf-8")
    box = w.pending.offer_kept()
    assert "无法读取" in box.text() and "unreadable" in box.text()
    assert not broken.exists()  # moved aside: the next change kept does not write over it
    (aside,) = broken.parent.glob(f"{broken.name}.unreadable-*")
    assert aside.read_text(encoding="utf-8") == "{ not json"
    box.close()
    _gone(w)


def test_two_programs_on_one_database_keep_their_own_lists(qtbot, pg_url, tmp_path, monkeypatch):
    # the one still running is not offered the other's changes: it is writing them itself
    open_store(pg_url).close()
    first = _window(qtbot, pg_url, tmp_path, monkeypatch)
    second = _window(qtbot, pg_url, tmp_path, monkeypatch)
    assert first.ops.journal != second.ops.journal
    first.ops.deferred.append(EditCommand(first.ops, [FieldEdit("key_project", 1, "notes", None, "甲", 1)], "甲的修改"))
    first.ops._keep_journal()
    assert second.pending.offer_kept() is None and first.ops.journal.exists()
    _gone(first)  # now it is gone: its list is offered
    third = _window(qtbot, pg_url, tmp_path, monkeypatch)
    box = third.pending.offer_kept()
    assert "甲的修改" in box.text()
    assert not first.ops.journal.exists() and "甲的修改" in third.ops.journal.read_text(encoding="utf-8")
    box.close()  # 以后再说 by closing: kept in the third's own file
    _gone(second)
    _gone(third)


def test_a_killed_programs_changes_are_offered(qtbot, pg_url, tmp_path, monkeypatch):
    # a real process holds its slot's lock and keeps a change, then is killed (SIGKILL): its lock is stale by
    # its process id, and the next window takes its list
    import signal
    import subprocess
    import sys

    open_store(pg_url).close()
    db = open_database(pg_url)
    name = db.display_name
    db.close()
    script = f"""
import sys
from PySide6.QtCore import QLockFile
from milestones.ui import pending_journal
from milestones.ui.undo import EditCommand, FieldEdit
path = pending_journal.journal_path({name!r}, 0)
path.parent.mkdir(parents=True, exist_ok=True)
lock = QLockFile(str(path.with_suffix(".lock")))
lock.setStaleLockTime(0)
assert lock.tryLock(0)
command = EditCommand(None, [FieldEdit("key_project", 1, "notes", None, "被杀前的修改", 1)], "被杀前的修改")
pending_journal.save(path, {name!r}, [command.journal()])
print("kept", flush=True)
sys.stdin.read()
"""
    p = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert p.stdout.readline().strip() == "kept"
        alive = _window(qtbot, pg_url, tmp_path, monkeypatch)
        assert alive.pending.offer_kept() is None  # its program still runs
        _gone(alive)
    finally:
        p.send_signal(signal.SIGKILL)
        p.wait(timeout=30)
    w = _window(qtbot, pg_url, tmp_path, monkeypatch)
    box = w.pending.offer_kept()
    assert "被杀前的修改" in box.text()
    box.close()
    _gone(w)


def test_another_database_opens_while_changes_wait_safe_on_this_computer(qtbot, pg_url, tmp_path, monkeypatch):
    # they stay in their file and are offered when the shared plan is opened again
    open_store(pg_url).close()
    other = tmp_path / "other.db"
    open_store(other).close()
    app = _started_on(pg_url, qtbot, tmp_path)
    w = app.window
    w.ops.keep_for_retry(EditCommand(w.ops, [FieldEdit("key_project", 1, "notes", None, "断线", 1)], "断线时的修改"))
    w.ops._retry.stop()
    assert app.open(str(other))  # not refused: nothing is lost by it
    qtbot.addWidget(app.window)
    assert app.window is not w and "1项修改未写入" in app.window.statusBar().currentMessage()
    assert app.open(pg_url)
    qtbot.addWidget(app.window)
    app.window.others.timer.stop()
    assert "断线时的修改" in app.window.pending.kept_box.text()
    _button(app.window.pending.kept_box, "放弃这些修改").click()
    _gone(app.window)
