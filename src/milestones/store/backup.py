"""备份: the whole plan as one SQLite file, taken while it is in use.

Undo lasts while the window is open; a planner who finds next week that a wrong file was imported, or a
colleague cleared a column, needs yesterday's plan. A local plan is copied with SQLite's backup API (one
step, under a read lock: consistent while others write); a shared plan on PostgreSQL is copied row by row
into a new SQLite file (`store.copy`), which opens as a plan of its own. The copy is written beside its
destination and checked (integrity_check, the projects counted) before it takes the destination's place,
so a failed or interrupted backup never leaves a half-written file under the name asked for.

Each day the plan is first opened, the application keeps a copy of a local plan in the data folder
(`daily_backup`), the last seven days of each plan.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from .database import Database, StoreError, sqlite_in_words

__all__ = ["Backup", "backup_plan", "backups_folder", "daily_backup", "daily_backups", "restore_copy",
           "safety_backup"]

KEEP_DAYS = 7


@dataclass(frozen=True)
class Backup:
    path: Path
    projects: int  # key projects in the copy
    plans: int  # years of plan in the copy


def backup_plan(db: Database, dest: str | Path) -> Backup:
    """Copy the plan to ``dest`` (an SQLite file; one already there is replaced once the copy is checked; a
    folder gets a file named as the backup dialog names it, "plan-备份-20241201-0930.db")."""
    dest = Path(dest)
    if dest.is_dir():  # `milestones backup ~/备份`: "无法打开 …/备份.part：Is a directory"
        stem = Path(str(db.engine.url.database)).stem if db.is_sqlite else "shared-plan"
        dest = dest / f"{stem}-备份-{dt.datetime.now():%Y%m%d-%H%M}.db"
    if db.is_sqlite and Path(str(db.engine.url.database)).resolve() == dest.resolve():
        raise StoreError("备份文件不能是正在使用的数据库本身，请另选文件名")
    if db.is_sqlite and db.file_gone():  # deleted or replaced while open: the plan as opened, from its held file
        return db.save_copy(dest)
    if db.is_sqlite:
        return _copied(Path(str(db.engine.url.database)), dest, f"无法备份到 {dest}")

    def rows(part: Path) -> None:
        from .copy import copy_database

        copy_database(db.url, part)

    return _written(dest, rows, f"无法备份到 {dest}")


def restore_copy(backup: str | Path, folder: Path | None = None) -> Backup:
    """A daily copy brought back as a new plan file beside the plan (``folder``: the data folder), to open
    and work in: the copy itself stays as it was, and the days' pruning never takes the file in use."""
    from platformdirs import user_data_path

    backup = Path(backup)
    if not backup.is_file():
        raise StoreError(f"无法从备份恢复 {backup}：文件不存在")
    folder = folder or user_data_path("milestones", appauthor=False)
    folder.mkdir(parents=True, exist_ok=True)
    dest = folder / f"{backup.stem}-恢复.db"
    n = 1
    while dest.exists():
        n += 1
        dest = folder / f"{backup.stem}-恢复{n}.db"
    return _copied(backup, dest, f"无法从备份恢复 {backup}")


def copy_connection(source: sqlite3.Connection, dest: Path, failed: str) -> Backup:
    """What ``source`` reads (its file perhaps deleted since) copied to ``dest`` by the backup API, checked."""
    def pages(part: Path) -> None:
        out = sqlite3.connect(part)
        try:
            source.backup(out)
        finally:
            out.close()

    return _written(dest, pages, failed)


def _copied(source: Path, dest: Path, failed: str) -> Backup:
    """An SQLite file copied by its backup API: all pages in one step under a read lock, so a consistent
    snapshot while others write (WAL included)."""
    def pages(part: Path) -> None:
        src = sqlite3.connect(source)
        try:
            out = sqlite3.connect(part)
            try:
                src.backup(out)
            finally:
                out.close()
        finally:
            src.close()

    return _written(dest, pages, failed)


def _written(dest: Path, write, failed: str) -> Backup:
    """``write`` a copy beside ``dest`` (….part), check it, then move it onto ``dest``: a failure, a check
    that does not pass or a kill leaves no half file under the name, and an earlier file there as it was."""
    part = dest.with_name(dest.name + ".part")
    part.unlink(missing_ok=True)
    try:
        write(part)
        done = _checked(part)
        os.replace(part, dest)
    except sqlite3.Error as exc:
        part.unlink(missing_ok=True)
        raise StoreError(f"{failed}：{sqlite_in_words(exc)}") from None
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return Backup(dest, *done)


def _checked(path: Path) -> tuple[int, int]:
    """The copy opens, passes integrity_check, and holds a plan: its projects and plans counted."""
    c = sqlite3.connect(path)
    try:
        verdict = c.execute("PRAGMA integrity_check").fetchone()[0]
        if verdict != "ok":
            raise StoreError(f"备份文件校验未通过（{verdict}），未保存")
        return c.execute("SELECT count(*) FROM key_project").fetchone()[0], c.execute(
            "SELECT count(*) FROM plan").fetchone()[0]
    finally:
        c.close()


def backups_folder() -> Path:
    """Where the daily copies are kept: the data folder's 备份 ("backups")."""
    from platformdirs import user_data_path

    return user_data_path("milestones", appauthor=False) / "backups"


def _prefix(db: Database) -> str:
    """A plan's daily copies are named after its file, with a short mark of where it is (two plan.db in
    two folders are two plans); a shared plan's after its database and server."""
    if not db.is_sqlite:
        url = db.engine.url
        where = f"{url.host}:{url.port}/{url.database}"
        return f"{url.database}-{hashlib.sha1(where.encode()).hexdigest()[:6]}-"
    path = Path(str(db.engine.url.database)).resolve()
    return f"{path.stem}-{hashlib.sha1(str(path).encode()).hexdigest()[:6]}-"


def safety_backup(db: Database, why: str, folder: Path | None = None, now: dt.datetime | None = None) -> Backup:
    """A copy taken before a change that is no undo step (a year's plan removed), named after the plan, why and
    when ("plan-3f2a1c-删除2025年计划前-20261130-101502.db"), in the backups folder; never pruned with the days'
    copies (their names are the plan's and a date only)."""
    folder = folder or backups_folder()
    folder.mkdir(parents=True, exist_ok=True)
    return backup_plan(db, folder / f"{_prefix(db)}{why}-{(now or dt.datetime.now()):%Y%m%d-%H%M%S}.db")


def daily_backups(db: Database, folder: Path | None = None) -> list[Path]:
    """This plan's daily copies, the newest first."""
    folder = folder or backups_folder()
    if not db.is_sqlite or not folder.is_dir():
        return []
    return sorted(folder.glob(f"{_prefix(db)}????????.db"), reverse=True)


def daily_backup(db: Database, folder: Path | None = None, today: dt.date | None = None,
                 keep: int = KEEP_DAYS) -> Backup | None:
    """Today's copy of a local plan, unless there is one: None when kept already (or a shared plan, which
    its server's own backups keep). The copies of more than ``keep`` days ago are removed."""
    if not db.is_sqlite or db.engine.url.database in (None, "", ":memory:"):
        return None
    folder = folder or backups_folder()
    folder.mkdir(parents=True, exist_ok=True)
    dest = folder / f"{_prefix(db)}{(today or dt.date.today()):%Y%m%d}.db"
    made = None if dest.exists() else backup_plan(db, dest)
    for old in daily_backups(db, folder)[keep:]:
        old.unlink(missing_ok=True)
    for left in folder.glob(f"{_prefix(db)}????????.db.part"):  # a copy cut off when the program was killed
        if left.name != dest.name + ".part":
            left.unlink(missing_ok=True)
    return made
