"""The plan database: the only package that imports SQLAlchemy."""
from __future__ import annotations

from pathlib import Path

from .database import Database, MigrationError, StoreError, database_url, open_database

__all__ = ["Database", "MigrationError", "StoreError", "database_url", "open_database", "open_store", "default_database_path"]


def default_database_path() -> Path:
    """An SQLite file in the user's data directory (created on first start)."""
    from platformdirs import user_data_path

    return user_data_path("milestones", appauthor=False) / "plan.db"


def open_store(target: str | Path | None = None, *, with_sample: bool = True) -> Database:
    """Open the plan database; a new one is filled with the bundled 2024 plan.

    ``target`` is a path or a URL; None means :func:`default_database_path`.
    """
    from .. import paths
    from .plan_document import ensure_zones, load_plan_document, read_plan_document

    db = open_database(target if target is not None else default_database_path())
    if db.created:
        with db.session() as s:
            ensure_zones(s)
            if with_sample:
                load_plan_document(s, read_plan_document(paths.sample_plan_path()))
    return db
