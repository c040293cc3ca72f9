"""Copying a whole plan database, exactly: a local SQLite plan to a shared server and back.

Rows keep their ids and versions; tables go in foreign-key order; on
PostgreSQL the id sequences move past the copied ids. Text loses only the control characters an older version
let in from a file (a NUL, which PostgreSQL refuses: such a plan could not be moved to the server). The target must be
empty of plan data: a copy never merges into someone's plan.
"""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, insert, select, text

from ..domain.plain_text import without_controls
from .database import StoreError, open_database
from .schema import Base, Plan

__all__ = ["copy_database", "insert_in_chunks"]

CHUNK = 2000


def insert_in_chunks(conn, table, rows) -> int:
    """Insert ``rows`` (dicts) into ``table``, CHUNK at a time (a whole plan's rows never held at once); how many."""
    total, batch = 0, []
    for row in rows:
        batch.append(row)
        if len(batch) >= CHUNK:
            conn.execute(insert(table), batch)
            total += len(batch)
            batch = []
    if batch:
        conn.execute(insert(table), batch)
        total += len(batch)
    return total


def copy_database(source, target) -> int:
    if "://" not in str(source) and not Path(source).is_file():
        # opening it made an empty plan there, and "已复制 0 行" said the copy was done
        raise StoreError(f"没有找到要复制的数据库 {source}")
    src = open_database(source)
    try:
        with src.engine.connect() as c:
            if not c.execute(select(func.count()).select_from(Plan)).scalar():
                raise StoreError(f"{src.display_name} 中没有计划，没有可复制的内容")
    except StoreError:
        src.close()
        raise
    dst = open_database(target)
    try:
        with dst.engine.connect() as c:
            for t in Base.metadata.sorted_tables:
                if c.execute(select(func.count()).select_from(t)).scalar():
                    raise StoreError(f"目标数据库 {dst.display_name} 已有数据（表 {t.name}），不会覆盖；请复制到一个新的数据库")
        total = 0
        with src.engine.connect() as sc, dst.engine.begin() as dc:
            for t in Base.metadata.sorted_tables:
                rows = sc.execute(select(t).order_by(*t.primary_key.columns)).mappings()
                total += insert_in_chunks(dc, t, ({k: without_controls(v) if type(v) is str else v
                                                   for k, v in r.items()} for r in rows))
                if dst.engine.dialect.name == "postgresql" and "id" in t.c:
                    dc.execute(text(f"SELECT setval(pg_get_serial_sequence('{t.name}', 'id'), "
                                    f"GREATEST((SELECT COALESCE(MAX(id), 0) FROM {t.name}), 1), "
                                    f"(SELECT COUNT(*) > 0 FROM {t.name}))"))
        return total
    finally:
        src.close()
        dst.close()
