"""SQLite's refusals of a write that come from the file or its disk, named for the planner (store.refusal_text)."""
import sqlite3
import subprocess
import sys

import pytest
from sqlalchemy import text

from milestones.store import open_store
from milestones.store.database import refusal_text


def test_a_read_only_file_and_a_full_disk_are_named_through_whatever_wraps_them(tmp_path):
    db = open_store(tmp_path / "plan.db")
    try:
        with pytest.raises(Exception) as refused:
            with db.session() as s:
                s.execute(text("PRAGMA query_only = 1"))
                s.execute(text("UPDATE key_project SET name = name || '二期'"))
        assert refusal_text(refused.value) == "计划文件是只读的，未写入任何内容；请检查文件的权限，或另存一份再改"
        try:  # Qt hands a model's error on inside its own
            raise RuntimeError("Error calling Python override of QAbstractTableModel::setData()") from refused.value
        except RuntimeError as wrapped:
            assert refusal_text(wrapped) == refusal_text(refused.value)
    finally:
        db.close()
    full = sqlite3.connect(tmp_path / "plan.db")
    full.execute(f"PRAGMA max_page_count = {full.execute('PRAGMA page_count').fetchone()[0]}")
    with pytest.raises(sqlite3.OperationalError) as no_room:
        full.execute("CREATE TABLE filler AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                     "WHERE i < 100000) SELECT i, hex(randomblob(64)) AS x FROM n")
    full.close()
    assert refusal_text(no_room.value) == "磁盘空间不足，未写入任何内容；腾出磁盘空间后再做一次"
    # the database's other refusals (a value it rejects, a missing column) are not the file's to name
    assert refusal_text(sqlite3.OperationalError("no such column: x")) is None
    assert refusal_text(ValueError("database or disk is full")) is None


def test_a_file_that_cannot_be_opened_says_why_in_the_planners_words(tmp_path):
    from milestones.store.database import StoreError
    from milestones.ui.problem_text import english

    bad = tmp_path / "计划.db"
    bad.write_bytes(b"not a database, a page of text " * 200)
    with pytest.raises(StoreError) as refused:
        open_store(bad)
    assert str(refused.value) == f"无法打开数据库 {bad}：不是数据库文件，或已损坏（file is not a database）"
    assert english(str(refused.value)) == (f"Cannot open the database {bad}: it is not a database file, or it is "
                                           "damaged (file is not a database)")
    assert bad.read_bytes() == b"not a database, a page of text " * 200  # left as it was


def test_a_plan_file_cut_short_says_it_is_damaged_and_where_the_backups_are(tmp_path, db_path, db):
    # a copy broken off half way (a USB stick pulled out): "database disk image is malformed", SQLite's words alone
    from milestones.store.database import StoreError
    from milestones.ui.problem_text import english

    db.close()
    cut = tmp_path / "计划（不完整）.db"
    cut.write_bytes(db_path.read_bytes()[:5000])
    with pytest.raises(StoreError) as refused:
        open_store(cut)
    assert str(refused.value) == (f"无法打开数据库 {cut}：计划文件已损坏；可用“文件 → 打开自动备份…”从备份恢复"
                                  "（database disk image is malformed）")
    assert english(str(refused.value)) == (f"Cannot open the database {cut}: the plan file is damaged (database "
                                           "disk image is malformed): File → Open a daily backup… restores it "
                                           "from a backup")
    assert refusal_text(sqlite3.DatabaseError("database disk image is malformed")) == (
        "计划文件已损坏，未写入任何内容；可用“文件 → 打开自动备份…”从备份恢复")


def damage_projects(path) -> None:
    """The key projects' first page overwritten, the file's first page intact: SQLite opens it and reads on."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'key_project'").fetchone()[0]
    con.close()
    with open(path, "r+b") as f:
        f.seek((root - 1) * page_size + page_size // 2)
        f.write(b"\xff" * (page_size // 2))


def test_a_plan_file_damaged_inside_is_refused_at_opening_not_read_in_part(db_path, db, tmp_path):
    # its first page read, so it opened: the window vanished at its first full read of the projects (the error
    # logged, nothing said), and `export` wrote the projects it could still read, as if they were all
    from milestones.store.database import StoreError

    db.close()
    damage_projects(db_path)
    with pytest.raises(StoreError) as refused:
        open_store(db_path)
    assert str(refused.value) == (f"无法打开数据库 {db_path}：计划文件已损坏；可用“文件 → 打开自动备份…”从备份恢复"
                                  "（database disk image is malformed）")
    r = subprocess.run([sys.executable, "-m", "milestones", "--db", str(db_path), "export", "key_projects",
                        str(tmp_path / "out.xlsx")], capture_output=True, text=True, timeout=120)
    assert r.returncode != 0 and "计划文件已损坏" in r.stderr and not (tmp_path / "out.xlsx").exists()


def test_a_plan_file_deleted_or_replaced_while_open_takes_no_write_and_can_still_be_saved(tmp_path):
    # a write after the file is deleted went on into the unlinked file, lost when the program closed
    import os
    import shutil

    from milestones.store.backup import backup_plan
    from milestones.store.changes import add_project
    from milestones.store.database import FileGone, open_database

    path = tmp_path / "计划.db"
    db = open_store(path)
    db.close()
    shutil.copy(path, tmp_path / "另一份.db")
    db = open_database(path)
    try:
        add_project(db, 2024, "删除前新增的项目")
        assert not db.file_gone()
        os.unlink(path)
        assert db.file_gone()
        with pytest.raises(FileGone) as refused:
            add_project(db, 2024, "删除后新增的项目")
        assert refusal_text(refused.value) == str(refused.value)
        assert str(refused.value).startswith(f"计划文件 {path} 已被删除、移走或替换，修改无法保存到它，未写入任何内容")
        made = backup_plan(db, tmp_path / "另存.db")  # from the file as it was opened
        assert made.projects == 50
        saved = sqlite3.connect(tmp_path / "另存.db")
        assert saved.execute("SELECT count(*) FROM key_project WHERE name = '删除前新增的项目'").fetchone() == (1,)
        saved.close()
        shutil.copy(tmp_path / "另一份.db", path)  # another file under its name (a sync tool, a copy put back)
        assert db.file_gone()
    finally:
        db.close()


def test_the_held_connection_keeps_no_checkpoint_from_finishing(tmp_path):
    # held all day beside the plan: a snapshot left open would keep the write-ahead log growing
    from milestones.store.changes import add_project
    from milestones.store.database import open_database

    open_store(tmp_path / "计划.db").close()
    db = open_database(tmp_path / "计划.db")
    try:
        add_project(db, 2024, "检查点测试项目")
        other = sqlite3.connect(tmp_path / "计划.db")
        assert other.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] == 0  # not busy
        other.close()
    finally:
        db.close()


@pytest.mark.parametrize("folder, name", [("a%20b", "计划.db"), ("C#项目", "计划#2.db"), ("plans", "计划?.db")])
def test_a_plan_file_opens_whatever_characters_its_path_holds(tmp_path, folder, name):
    # "%20" and "?" mean something in a URL: a folder "a%20b" opened "a b", a file "计划?.db" opened "计划" — each a
    # new plan made beside with the bundled sample, the planner's own left unread
    import shutil

    from milestones.store.changes import add_project

    made = tmp_path / "made.db"
    db = open_store(made)
    add_project(db, 2024, "只在这份计划里的项目")
    db.close()
    (tmp_path / folder).mkdir()
    path = tmp_path / folder / name
    shutil.copy(made, path)
    db = open_store(path)
    try:
        assert db.display_name == str(path)
        with db.read() as s:
            assert s.execute(text("SELECT count(*) FROM key_project WHERE name = '只在这份计划里的项目'")).scalar() == 1
    finally:
        db.close()
    assert sorted(p.name for p in (tmp_path / folder).iterdir() if not p.name.endswith(("-wal", "-shm"))) == [name]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["made.db", folder])


def test_a_deleted_plans_log_is_not_left_for_a_file_put_under_its_name(tmp_path):
    # SQLite replays a write-ahead log it finds beside a database: yesterday's copy put back where the deleted
    # plan was took that plan's last changes
    import os
    import shutil

    from milestones.store.changes import add_project
    from milestones.store.database import open_database

    path = tmp_path / "计划.db"
    open_store(path).close()
    shutil.copy(path, tmp_path / "昨天.db")
    db = open_database(path)
    add_project(db, 2024, "删除前新增的项目")
    os.unlink(path)
    db.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["昨天.db"]
    shutil.copy(tmp_path / "昨天.db", path)
    back = sqlite3.connect(path)
    assert back.execute("SELECT count(*) FROM key_project WHERE name = '删除前新增的项目'").fetchone() == (0,)
    assert back.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    back.close()
