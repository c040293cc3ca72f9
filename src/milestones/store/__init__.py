"""The plan database: the only package that imports SQLAlchemy."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import make_url

from .database import Database, MigrationError, StoreError, database_url, open_database, read_at_once

__all__ = ["Database", "MigrationError", "StoreError", "database_url", "open_database", "open_store", "read_at_once", "default_database_path"]


def default_database_path() -> Path:
    """An SQLite file in the user's data directory (created on first start)."""
    from ..paths import default_plan_path

    return default_plan_path()


def open_store(target: str | Path | None = None, *, with_sample: bool = True) -> Database:
    """Open the plan database; a new one is filled with the bundled 2024 plan.

    ``target`` is a path or a URL; None means :func:`default_database_path`.
    A new SQLite file is a copy of a cached, ready-made one (:mod:`.template`).
    """
    target = target if target is not None else default_database_path()
    url = database_url(target)
    made = False
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        path = Path(make_url(url).database)
        if not path.exists():
            from .template import place_new_database

            made = place_new_database(path, with_sample)
    db = open_database(target)
    if db.created:
        _fill_new(db, with_sample)
    if db.created or made:
        db.filled = "sample" if with_sample else "empty"
    return db


def _fill_new(db: Database, with_sample: bool) -> None:
    from .. import paths
    from .plan_document import ensure_zones, load_plan_document, read_plan_document

    with db.session() as s:
        ensure_zones(s)
        if with_sample:
            load_plan_document(s, read_plan_document(paths.sample_plan_path()))
