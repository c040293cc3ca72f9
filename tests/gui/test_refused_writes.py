"""A write the plan file or its disk refuses — a full disk, a read-only file — is said in the planner's words:
nothing written, the undo steps as they were, the window going on (it was SQLite's own words, wrapped in Qt's,
in an error box)."""
import sqlite3

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import event, select

from milestones.store.schema import KeyProject


def _refusing(db, pragmas):
    """From now on every connection of ``db`` is opened with ``pragmas`` (the open ones are let go)."""
    def on_connect(connection, _record):
        for pragma in pragmas:
            connection.execute(pragma)

    event.listen(db.engine, "connect", on_connect)
    db.engine.dispose()
    return lambda: (event.remove(db.engine, "connect", on_connect), db.engine.dispose())


def _name_of(db, pid):
    with db.read() as s:
        return s.get(KeyProject, pid).name


def _id_named(db, name):
    with db.read() as s:
        return s.scalar(select(KeyProject.id).where(KeyProject.name == name))


def _failure(window, qtbot):
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "failureBox") is not None, timeout=3000)
    box = window.findChild(QMessageBox, "failureBox")
    text = box.text()
    box.close()
    return text


def _name_cell(window):
    m = window.project_model
    col = m.keys.index("name")
    row = next(r for r in range(m.rowCount()) if m.index(r, col).data() == "红楼宾馆综合改造")
    return m, m.index(row, col)


def test_an_edit_to_a_read_only_plan_file_is_said_and_nothing_is_written(window, db, qtbot):
    m, cell = _name_cell(window)
    with db.read() as s:
        pid = s.scalar(select(KeyProject.id).where(KeyProject.name == "红楼宾馆综合改造"))
    let_go = _refusing(db, ["PRAGMA query_only = 1"])  # SQLite refuses every write, as for a read-only file
    try:
        assert not m.setData(cell, "红楼宾馆综合改造二期")
        assert _failure(window, qtbot) == "计划文件是只读的，未写入任何内容；请检查文件的权限，或另存一份再改"
        assert window.ops.undo_stack.count() == 0 and window.findChild(QMessageBox, "errorBox") is None
    finally:
        let_go()
    assert _name_of(db, pid) == "红楼宾馆综合改造" and cell.data() == "红楼宾馆综合改造"
    assert m.setData(cell, "红楼宾馆综合改造二期")  # writable again: the same edit goes in
    assert _name_of(db, pid) == "红楼宾馆综合改造二期"


def test_an_undo_the_file_refuses_says_so_and_leaves_the_plan_as_it_is(window, db, qtbot):
    m, cell = _name_cell(window)
    assert m.setData(cell, "红楼宾馆综合改造二期")
    let_go = _refusing(db, ["PRAGMA query_only = 1"])
    try:
        window.undo_action.trigger()
        assert _failure(window, qtbot).startswith("未能撤销（")
    finally:
        let_go()
    with db.read() as s:
        assert s.scalar(select(KeyProject.id).where(KeyProject.name == "红楼宾馆综合改造二期")) is not None
    # the step stays (it was dropped: the change could no longer be undone once the file was writable again)
    stack = window.ops.undo_stack
    qtbot.waitUntil(lambda: stack.canUndo() and stack.undoText().startswith("修改"), timeout=3000)
    window.undo_action.trigger()
    assert _name_of(db, _id_named(db, "红楼宾馆综合改造")) == "红楼宾馆综合改造"


def test_an_import_onto_a_full_disk_is_said_and_writes_nothing(window, db, qtbot, tmp_path):
    # SQLite's page limit at the file's size: the first page the import needs finds the disk full
    with db.read() as s:
        before = s.scalar(select(KeyProject.id).order_by(KeyProject.id.desc()))
    src = tmp_path / "清单.csv"
    src.write_text("2024年重点项目计划表\n序号,项目名称,区域,总投资（亿元）,责任单位\n" + "".join(
        f"{i},新建工程{i:04d}号（城市更新）,东部,{i % 50 + 1},区住房城乡建委第{i % 7}科\n" for i in range(1, 2001)),
        encoding="utf-8")
    pages = sqlite3.connect(db.engine.url.database).execute("PRAGMA page_count").fetchone()[0]
    let_go = _refusing(db, [f"PRAGMA max_page_count = {pages}"])
    try:
        dialog = window.import_file(str(src))
        qtbot.waitUntil(lambda: dialog.result_state == "preview", timeout=30000)
        dialog.confirm()
        qtbot.waitUntil(lambda: dialog.result_state == "failed", timeout=30000)
        assert "磁盘空间不足，未写入任何内容；腾出磁盘空间后再做一次" in dialog.summary.text()
    finally:
        let_go()
    with db.read() as s:
        assert s.scalar(select(KeyProject.id).order_by(KeyProject.id.desc())) == before
    assert window.ops.undo_stack.count() == 0


def test_a_plan_file_deleted_while_open_leaves_the_window_showing_it_and_saving_it_elsewhere(window, db, qtbot,
                                                                                            tmp_path):
    # the file deleted (or replaced by a sync tool) while the window was open: edits went on into a file no longer
    # there, lost on closing. Now the window says so, only shows the plan, and saves it as it is to a new file
    import os
    import shutil

    m, cell = _name_cell(window)
    assert m.setData(cell, "红楼宾馆综合改造二期")  # written before the file goes
    os.unlink(db.path)
    window.others.check()  # the watch every two seconds
    box = window.findChild(QMessageBox, "fileGoneBox")
    assert box.isVisible() and str(db.path) in box.text()
    assert window.read_only and m.read_only and not window.add_action.isEnabled()
    assert window.role_label.text() == "计划文件已不在原处：只能查看"
    assert not m.setData(cell, "红楼宾馆综合改造三期")
    saved = tmp_path / "另存.db"
    with qtbot.waitSignal(window.open_database_requested, timeout=20000) as opened:
        window.others.save_gone_plan(str(saved))
    assert opened.args == [str(saved)]
    copy = sqlite3.connect(saved)
    assert copy.execute("SELECT count(*) FROM key_project WHERE name = '红楼宾馆综合改造二期'").fetchone() == (1,)
    copy.close()
    assert not db.path.exists()  # the window's reads never made an empty database under the name
    box.close()
    shutil.copy(saved, db.path)  # for what the window still reads while it is taken down after the test


def test_a_recent_plan_no_longer_there_is_said_not_made_anew(window, qtbot, settings, tmp_path):
    # a plan file moved away, chosen from 最近打开: a new plan with the bundled sample was made under its name
    gone = tmp_path / "去年的计划.db"
    settings.setValue("recent/databases", [str(gone), str(window.db.path)])
    window.recent_menu.fill()
    asked = []
    window.open_database_requested.connect(asked.append)
    next(a for a in window.recent_menu.actions() if a.text() == str(gone)).trigger()
    box = window.findChild(QMessageBox, "recentMissingBox")
    assert box.isVisible() and str(gone) in box.text() and asked == [] and not gone.exists()
    next(b for b in box.buttons() if b.text() == "从最近列表中移除").click()
    assert [a.text() for a in window.recent_menu.actions()] == [str(window.db.path)]
    window.recent_menu.actions()[0].trigger()  # one that is there opens as before
    assert asked == [str(window.db.path)]
