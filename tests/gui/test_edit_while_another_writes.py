"""An edit made while a colleague's long import (or another program's write) holds the plan.

The store waits up to WRITER_WAIT_S (10 s) for another writer, then refuses: a planner's edit in the window left
the window standing still for those seconds and was then lost to a message. The window's edit now waits a moment
(ui.operations.WINDOW_WAIT_S), is kept, and is written once the other writer is done, in order with any
made meanwhile."""
import contextlib
import sqlite3
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from sqlalchemy import create_engine, select

from milestones.store import database
from milestones.store.changes import add_project
from milestones.store.database import WritersBusy, writer_busy, writers_wait
from milestones.store.schema import KeyProject, Zone

from tests.gui.conftest import open_window


@contextlib.contextmanager
def colleague_writing(db):
    """Another writer holding the plan: a program's write transaction on the file, or on a shared database a
    colleague's import holding the writers' turn."""
    if db.is_sqlite:
        other = sqlite3.connect(db.path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            yield
        finally:
            other.execute("COMMIT")
            other.close()
        return
    engine = create_engine(db.engine.url)
    try:
        with engine.connect() as c, c.begin():
            c.exec_driver_sql(f"SELECT pg_advisory_xact_lock({database._WRITERS_LOCK})")
            yield
    finally:
        engine.dispose()


def _window(qtbot, db, settings, monkeypatch):
    """The main window on ``db``, the store's own wait for another writer made long (the window's edits must not
    sit it out: the guards below), kept changes tried again every 0.1 s, a colleague's changes not polled."""
    monkeypatch.setattr(database, "WRITER_WAIT_S", 120)
    w = open_window(qtbot, db, settings)
    w.others.timer.stop()
    w.ops._retry.setInterval(100)
    return w


def _notes(db, name):
    with db.read() as s:
        return s.scalars(select(KeyProject.notes).where(KeyProject.name == name)).one()


def test_an_edit_made_while_a_colleague_writes_is_kept_and_written_once_they_are_done(any_db, settings, qtbot,
                                                                                       monkeypatch):
    w = _window(qtbot, any_db, settings, monkeypatch)
    said = []
    monkeypatch.setattr(w, "_show_kept", said.append)
    m = w.project_model
    rows = {m.index(r, 1).data(): r for r in range(m.rowCount())}
    col = m.keys.index("notes")
    before = _notes(any_db, "重庆长滨")
    with colleague_writing(any_db):
        began = time.monotonic()
        assert not m.setData(m.index(rows["重庆长滨"], col), "同事导入时的修改")
        assert time.monotonic() - began < 60  # kept after a moment, not after the store's 120 s
        assert len(w.ops.pending) == 1 and w.ops.waiting_for == "writer"
        assert "另一位同事或另一个程序写入" in said[-1] and "已暂存" in said[-1] and "自动写入" in said[-1]
        # the cell shows what was typed meanwhile, set apart (it used to go back to the old value: typed again)
        cell = m.index(rows["重庆长滨"], col)
        assert cell.data() == "同事导入时的修改" and cell.data(Qt.FontRole).italic()
        assert "已暂存，尚未写入" in cell.data(Qt.ToolTipRole)
        # a second edit goes behind the first, without waiting again
        assert not m.setData(m.index(rows["重庆长滨"], col), "后来又改的")
        assert len(w.ops.pending) == 2 and cell.data() == "后来又改的"
        # a zone picked from the cell's list shows its name, as the list does
        zone = m.keys.index("zone")
        with any_db.read() as r:
            central = r.scalars(select(Zone.id).where(Zone.name == "中部")).one()
        assert not m.setData(m.index(rows["重庆长滨"], zone), central)
        assert m.index(rows["重庆长滨"], zone).data() == "中部"
        # the targets' table too
        t = w.targets_model
        unit = next(i for i, c in enumerate(t.columns) if c.key == "responsible_unit")
        assert not t.setData(t.index(0, unit), "区发展改革委")
        assert t.index(0, unit).data() == "区发展改革委" and len(w.ops.pending) == 4
        # closing now asks, in words of what it waits for
        assert not w.close() and w.isVisible()
        assert "另一位同事或另一个程序写入，还有4项修改没有写入" in w.pending.close_box.text()
        next(b for b in w.pending.close_box.buttons() if b.text() == "不关闭").click()
        assert _notes(any_db, "重庆长滨") == before
    qtbot.waitUntil(lambda: not w.ops.pending, timeout=15000)
    assert _notes(any_db, "重庆长滨") == "后来又改的"  # in the order made: the later one stands
    assert w.ops.undo_stack.count() == 4
    assert cell.data() == "后来又改的" and "已暂存" not in cell.data(Qt.ToolTipRole)  # as written, not as waiting
    assert t.index(0, unit).data() == "区发展改革委"
    assert m.index(rows["重庆长滨"], zone).data() == "中部"
    assert w.statusBar().currentMessage() == "对方已写完，暂存的修改已写入"
    for _step in range(3):  # the unit, the zone, the later note: each its own undo step
        w.ops.undo_stack.undo()
    assert _notes(any_db, "重庆长滨") == "同事导入时的修改"
    w.others.watcher.close()


def test_a_write_told_only_to_look_is_refused_at_once_and_the_next_waits_as_before(any_db, monkeypatch):
    monkeypatch.setattr(database, "WRITER_WAIT_S", 120)
    with colleague_writing(any_db):
        began = time.monotonic()
        with pytest.raises(Exception) as refused, writers_wait(0):
            add_project(any_db, 2024, "只看一眼的项目")
        assert writer_busy(refused.value)
        assert time.monotonic() - began < 60  # not the store's 120 s (a guard, not a measure)
        monkeypatch.setattr(database, "WRITER_WAIT_S", 1)
        with pytest.raises(Exception) as refused:  # outside the block: the store's wait again, then refused
            add_project(any_db, 2024, "只看一眼的项目")
        assert writer_busy(refused.value)
        if not any_db.is_sqlite:
            assert isinstance(refused.value, WritersBusy) and "等候 1 秒仍未写完" in str(refused.value)
    add_project(any_db, 2024, "只看一眼的项目")  # the other done: written
    with any_db.read() as s:
        assert s.scalars(select(KeyProject.id).where(KeyProject.name == "只看一眼的项目")).one()
        if any_db.is_sqlite:  # a read's wait is the store's, not the short one a write before it had
            assert s.connection().exec_driver_sql("PRAGMA busy_timeout").scalar() == 1000


def test_an_undo_while_a_colleague_writes_is_said_and_stays_to_be_done_again(any_db, settings, qtbot, monkeypatch):
    # undo and redo were refused after the store's whole wait and the step dropped: the change could never be
    # undone again
    w = _window(qtbot, any_db, settings, monkeypatch)
    said = []
    monkeypatch.setattr(w, "_show_failure", said.append)
    m, stack = w.project_model, w.ops.undo_stack
    row = next(r for r in range(m.rowCount()) if m.index(r, 1).data() == "重庆长滨")
    before = _notes(any_db, "重庆长滨")
    assert m.setData(m.index(row, m.keys.index("notes")), "要撤销的修改")
    assert (stack.count(), stack.index()) == (1, 1)
    with colleague_writing(any_db):
        began = time.monotonic()
        stack.undo()
        assert time.monotonic() - began < 60  # a moment, not the store's 120 s (a guard, not a measure)
        assert said[-1].startswith("未能撤销（修改“重庆长滨”的备注）：") and "请稍后再做一次" in said[-1]
        qtbot.waitUntil(lambda: stack.index() == 1, timeout=5000)  # the step back where it was
        assert stack.count() == 1 and stack.canUndo() and not stack.canRedo()
        assert _notes(any_db, "重庆长滨") == "要撤销的修改"
    stack.undo()
    assert _notes(any_db, "重庆长滨") == before and stack.index() == 0
    with colleague_writing(any_db):
        stack.redo()
        assert said[-1].startswith("未能重做（修改“重庆长滨”的备注）：")
        qtbot.waitUntil(lambda: stack.index() == 0, timeout=5000)
        assert stack.count() == 1 and stack.canRedo()
        assert _notes(any_db, "重庆长滨") == before
    stack.redo()
    assert _notes(any_db, "重庆长滨") == "要撤销的修改" and stack.index() == 1
    w.others.watcher.close()


def test_a_paste_kept_while_a_colleague_writes_shows_in_its_cells_until_written(any_db, settings, qtbot, monkeypatch):
    w = _window(qtbot, any_db, settings, monkeypatch)
    monkeypatch.setattr(w, "_show_kept", lambda message: None)
    view, m = w.project_table, w.project_model
    col = m.keys.index("responsible_unit")
    view.setCurrentIndex(m.index(0, col))
    names = [m.index(r, 1).data() for r in (0, 1)]
    with colleague_writing(any_db):
        assert not w.paste_cells("区住房城乡建委\r\n区商务委\r\n")
        assert len(w.ops.pending) == 1
        assert [m.index(r, col).data() for r in (0, 1)] == ["区住房城乡建委", "区商务委"]
        assert m.index(1, col).data(Qt.FontRole).italic()
    qtbot.waitUntil(lambda: not w.ops.pending, timeout=15000)
    with any_db.read() as s:
        assert [s.scalars(select(KeyProject.responsible_unit).where(KeyProject.name == n)).one() for n in names] \
            == ["区住房城乡建委", "区商务委"]
    assert [m.index(r, col).data() for r in (0, 1)] == ["区住房城乡建委", "区商务委"]
    assert not (m.index(1, col).data(Qt.FontRole) or QFont()).italic()  # as written now
    w.others.watcher.close()


def test_changes_kept_one_after_another_are_said_in_one_box(db, settings, qtbot, monkeypatch):
    # a box each, window-modal, to be closed before typing the next cell: one now, the count in the status bar
    from PySide6.QtWidgets import QMessageBox

    w = _window(qtbot, db, settings, monkeypatch)
    m = w.project_model
    col = m.keys.index("responsible_unit")
    with colleague_writing(db):
        assert not m.setData(m.index(0, col), "区商务委")
        box = w.findChild(QMessageBox, "keptBox")
        assert box.isVisible() and box.windowTitle() == "修改已暂存" and "（1 项）" in box.text()
        box.button(QMessageBox.Ok).click()
        assert not m.setData(m.index(1, col), "区商务委")
        assert not m.setData(m.index(2, col), "区商务委")
        assert not box.isVisible() and "（3 项）" in w.statusBar().currentMessage()
        assert len(w.findChildren(QMessageBox, "keptBox")) == 1
    qtbot.waitUntil(lambda: not w.ops.pending, timeout=15000)
    assert w.statusBar().currentMessage() == "对方已写完，暂存的修改已写入"
    with colleague_writing(db):  # kept again later: said again
        assert not m.setData(m.index(3, col), "区商务委")
        assert box.isVisible() and "（1 项）" in box.text()
    qtbot.waitUntil(lambda: not w.ops.pending, timeout=15000)
    assert not box.isVisible()
    w.others.watcher.close()


def test_a_kept_change_a_colleague_overtook_is_said_and_not_counted_as_written(db, settings, qtbot, monkeypatch):
    # the status bar said "暂存的修改已写入" when the colleague's write had changed the same value and the kept
    # change was refused (said in its own box)
    w = _window(qtbot, db, settings, monkeypatch)
    monkeypatch.setattr(w, "_show_kept", lambda message: None)
    refused = []
    monkeypatch.setattr(w, "_show_failure", refused.append)
    m = w.project_model
    rows = {m.index(r, 1).data(): r for r in range(m.rowCount())}
    col = m.keys.index("notes")
    other = sqlite3.connect(db.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # the colleague's import, which also sets 重庆长滨's 备注
    assert not m.setData(m.index(rows["重庆长滨"], col), "我的备注")
    assert not m.setData(m.index(rows["重庆塔"], col), "另一条备注")
    other.execute("UPDATE key_project SET notes = '同事的备注', version = version + 1 WHERE name = '重庆长滨'")
    other.execute("COMMIT")
    other.close()
    qtbot.waitUntil(lambda: not w.ops.pending, timeout=15000)
    assert _notes(db, "重庆长滨") == "同事的备注" and _notes(db, "重庆塔") == "另一条备注"
    assert refused and "同事已修改了“重庆长滨”的同一处" in refused[-1]
    assert w.statusBar().currentMessage() == "对方已写完；暂存的修改中有1项未能写入，原因见提示"
    w.others.watcher.close()


def test_a_unit_renamed_while_a_colleague_writes_shows_its_new_name_until_written(db, settings, qtbot, monkeypatch):
    # the 各单位进展 table counts what is written: the old name stood under the banner saying the rename was kept,
    # read as a rename lost, and renamed again
    with db.session() as s:
        s.scalars(select(KeyProject).where(KeyProject.name == "重庆长滨")).one().responsible_unit = "区住建委"
    w = _window(qtbot, db, settings, monkeypatch)
    monkeypatch.setattr(w, "_show_kept", lambda message: None)
    w.show_units()
    v = w.units_view
    row = [u.unit for u in v.units].index("区住建委")
    with colleague_writing(db):
        assert not v.rename("区住建委", "区住房城乡建委")
        assert len(w.ops.pending) == 1
        item = v.table.item(row, 0)
        assert item.text() == "区住房城乡建委" and item.font().italic()
        assert "区住建委" in item.toolTip() and "已暂存" in item.toolTip()
    qtbot.waitUntil(lambda: not w.ops.pending, timeout=15000)
    names = [v.table.item(r, 0).text() for r in range(v.table.rowCount())]
    assert "区住房城乡建委" in names and "区住建委" not in names
    assert not any(v.table.item(r, 0).font().italic() for r in range(v.table.rowCount()))
    with db.read() as s:
        assert s.scalars(select(KeyProject.responsible_unit).where(KeyProject.name == "重庆长滨")).one() == "区住房城乡建委"
