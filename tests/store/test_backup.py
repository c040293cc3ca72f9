"""备份: a copy of the whole plan, taken while it is in use, that opens as the plan it was."""
import datetime as dt
import sqlite3

import pytest
from sqlalchemy import select

from milestones.store import StoreError, open_store
from milestones.store.backup import backup_plan, daily_backup, daily_backups
from milestones.store.changes import add_project
from milestones.store.schema import KeyProject


def test_a_backup_opens_as_the_plan_it_was(db, tmp_path):
    add_project(db, 2024, "备份前新增的项目")
    with db.read() as s:  # a reader holding the plan open, as the window does
        s.execute(select(KeyProject.id)).all()
        made = backup_plan(db, tmp_path / "备份 2024-三季度.db")
    assert made.path.exists() and (made.plans, made.projects) == (1, 50)  # the 49 listed and one more
    add_project(db, 2024, "备份后新增的项目")  # later changes are not in the copy
    copy = open_store(made.path)
    with copy.read() as s:
        names = set(s.scalars(select(KeyProject.name)))
    copy.close()
    assert "备份前新增的项目" in names and "备份后新增的项目" not in names
    assert not (tmp_path / "备份 2024-三季度.db.part").exists()


def test_a_backup_replaces_a_file_only_once_it_is_whole(db, tmp_path, monkeypatch):
    dest = tmp_path / "plan-backup.db"
    dest.write_bytes(b"yesterday's copy")
    import milestones.store.backup as backup

    def broken(_path):
        raise StoreError("备份文件校验未通过（*** in database main ***），未保存")

    monkeypatch.setattr(backup, "_checked", broken)
    with pytest.raises(StoreError):
        backup_plan(db, dest)
    assert dest.read_bytes() == b"yesterday's copy" and not list(tmp_path.glob("*.part"))
    monkeypatch.undo()
    backup_plan(db, dest)
    assert sqlite3.connect(dest).execute("PRAGMA integrity_check").fetchone() == ("ok",)
    with pytest.raises(StoreError, match="正在使用的数据库本身"):
        backup_plan(db, db.engine.url.database)


def test_a_shared_plan_is_backed_up_to_a_local_file(pg_url, tmp_path):
    shared = open_store(pg_url)
    made = backup_plan(shared, tmp_path / "shared.db")
    shared.close()
    assert (made.plans, made.projects) == (1, 49)
    copy = open_store(made.path)
    with copy.read() as s:
        assert s.scalar(select(KeyProject.name).where(KeyProject.name == "重庆长滨")) == "重庆长滨"
    copy.close()


def test_a_copy_a_day_the_last_seven_kept(db, tmp_path):
    folder = tmp_path / "backups"
    first = daily_backup(db, folder, dt.date(2024, 9, 1))
    assert first is not None and first.path.name.endswith("-20240901.db")
    assert daily_backup(db, folder, dt.date(2024, 9, 1)) is None  # kept already today
    for day in range(2, 11):
        daily_backup(db, folder, dt.date(2024, 9, day))
    killed = folder / kept_name(first.path, "20240905.db.part")
    killed.write_bytes(b"half a copy")  # the program killed while copying
    daily_backup(db, folder, dt.date(2024, 9, 10))
    assert not killed.exists()
    kept = daily_backups(db, folder)
    assert [p.name[-11:-3] for p in kept] == [f"202409{d:02d}" for d in range(10, 3, -1)]
    assert not daily_backups(open_store(tmp_path / "another.db"), folder)  # another plan's are its own


def kept_name(path, end):
    return path.name[:-len("20240901.db")] + end


def test_a_daily_copy_comes_back_as_a_new_plan_file_and_stays_as_it_was(db, tmp_path):
    from milestones.store.backup import restore_copy

    made = daily_backup(db, tmp_path / "backups", dt.date(2024, 9, 1))
    kept = made.path.read_bytes()
    back = restore_copy(made.path, tmp_path / "data")
    assert back.path.parent == tmp_path / "data" and back.path.name.endswith("-20240901-恢复.db")
    assert back.projects == 49 and made.path.read_bytes() == kept
    again = restore_copy(made.path, tmp_path / "data")  # twice: a second file, the first not overwritten
    assert again.path.name.endswith("-恢复2.db") and back.path.exists()
    with pytest.raises(StoreError, match="文件不存在"):
        restore_copy(tmp_path / "no such.db", tmp_path / "data")
