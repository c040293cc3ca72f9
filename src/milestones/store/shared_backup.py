"""A shared plan copied to this computer before this version upgrades it.

A local plan is copied beside its file before an upgrade (`database._backup_sqlite`); a shared plan on
PostgreSQL was upgraded with no copy at all: its server's backups, if the office keeps any, are not the
planner's to restore. The copy is an SQLite file at the shared plan's own schema revision (built by the same
migrations), its rows copied table by table, in the backups folder of the data folder. Opened with 打开数据库, it
is upgraded in its turn, as any older plan file is.

The rows are read in one REPEATABLE READ transaction, begun once the upgrade lock is held: a colleague upgrading
at that moment has finished (the copy is then of nothing: the plan is new already), and one still editing with
the older version changes nothing the copy reads half of.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path

from sqlalchemy import MetaData, create_engine, select
from sqlalchemy.engine import Engine

__all__ = ["backup_before_upgrade"]


def backup_before_upgrade(engine: Engine, revision: str, lock: int, folder: Path | None = None) -> Path | None:
    """Copy the shared plan at ``revision`` into a new SQLite file; None when someone upgraded it meanwhile."""
    from .backup import _checked, backups_folder

    url = engine.url
    folder = folder or backups_folder()
    folder.mkdir(parents=True, exist_ok=True)
    mark = hashlib.sha1(f"{url.host}:{url.port}/{url.database}".encode()).hexdigest()[:6]
    dest = folder / f"{url.database}-{mark}-升级前-{revision}-{dt.datetime.now():%Y%m%d-%H%M%S}.db"
    # several opening it at once on one computer: each writes its own part (the copies are of one plan as it was,
    # so the last to finish is as good as the first)
    part = dest.with_name(f"{dest.name}.{os.getpid()}.part")
    part.unlink(missing_ok=True)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql(f"SELECT pg_advisory_lock({lock})")  # for the session: outside the snapshot
            conn.commit()
            try:
                rr = conn.execution_options(isolation_level="REPEATABLE READ")
                with rr.begin():
                    if rr.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() != revision:
                        return None
                    _copy_rows(rr, part, revision)
            finally:
                conn.exec_driver_sql(f"SELECT pg_advisory_unlock({lock})")
                conn.commit()
        _checked(part)
        os.replace(part, dest)
        return dest
    finally:
        part.unlink(missing_ok=True)


def _copy_rows(source, part: Path, revision: str) -> None:
    from .copy import insert_in_chunks
    from .database import upgrade

    target = create_engine(f"sqlite:///{part}")
    try:
        upgrade(target, revision)  # the shared plan's own tables, by the migrations that made them
        tables = MetaData()
        tables.reflect(bind=target)
        there = MetaData()
        there.reflect(bind=source, only=[t.name for t in tables.sorted_tables])
        with target.begin() as out:
            for table in tables.sorted_tables:
                if table.name == "alembic_version":
                    continue  # stamped by the migrations
                theirs = there.tables[table.name]
                names = [c.name for c in table.columns if c.name in theirs.c]
                rows = source.execute(select(*(theirs.c[n] for n in names))
                                      .order_by(*theirs.primary_key.columns)).mappings()
                insert_in_chunks(out, table, (dict(row) for row in rows))
    finally:
        target.dispose()
