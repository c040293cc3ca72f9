"""New SQLite plan databases, made by copying a ready one.

Creating the schema and loading the bundled 2024 plan through the ORM takes a
few tenths of a second, every time a planner (or a script, or a test) starts a
new file. The result is always the same file, so it is built once, kept in
the user's cache directory under a name that changes whenever the schema, the
sample plan or the code that loads it changes, and copied from then on.

Every step goes through a temporary name and ``os.replace``: a crash leaves
either no database at the target or a complete one, never half a copy.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

from .. import paths

__all__ = ["place_new_database", "template_key"]


def template_key(with_sample: bool) -> str:
    """What the template depends on: the schema, the sample plan, the loader and
    the domain rules it reads the plan with (a target's subject, a quarter)."""
    from .database import head_revision

    from .. import __version__

    h = hashlib.sha256(head_revision().encode())
    h.update(__version__.encode())
    for f in _sources():
        if f.exists():  # a frozen bundle has no sources: its version stands for them
            h.update(f.read_bytes())
    if with_sample:
        h.update(paths.sample_plan_path().read_bytes())
    h.update(sqlite3.sqlite_version.encode())
    return ("sample-" if with_sample else "empty-") + h.hexdigest()[:20]


def _sources() -> list[Path]:
    here = Path(__file__).parent
    return [here / "schema.py", here / "plan_document.py", here / "__init__.py",
            *sorted((here.parent / "domain").glob("*.py"))]


def _cache_dir() -> Path:
    from platformdirs import user_cache_path

    return user_cache_path("milestones", appauthor=False) / "templates"


def _build(dest: Path, with_sample: bool) -> None:
    from . import _fill_new
    from .database import open_database

    tmp = dest.with_name(f"{dest.name}.{os.getpid()}.building")
    tmp.unlink(missing_ok=True)
    db = open_database(tmp)
    try:
        _fill_new(db, with_sample)
    finally:
        db.close()  # the last connection checkpoints the WAL into the file
    for extra in (tmp.with_name(tmp.name + "-wal"), tmp.with_name(tmp.name + "-shm")):
        if extra.exists() and extra.stat().st_size:
            raise OSError(f"{extra} was left behind")  # pragma: no cover - SQLite always checkpoints on close
        extra.unlink(missing_ok=True)
    os.replace(tmp, dest)


def place_new_database(path: Path, with_sample: bool) -> bool:
    """Put a new, filled database at ``path`` (which must not exist yet).

    Returns False when no template can be used (an unwritable cache, say);
    the caller then creates the database the slow way."""
    try:
        cache = _cache_dir()
        cache.mkdir(parents=True, exist_ok=True)
        template = cache / f"{template_key(with_sample)}.db"
        if not template.exists():
            _build(template, with_sample)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.new")
        shutil.copyfile(template, tmp)
        try:
            os.link(tmp, path)  # only if nobody made the file meanwhile: never replace a database in use
        except FileExistsError:
            pass  # someone else's new database (or an empty file): open that one
        except OSError:  # a file system without hard links
            if not path.exists():
                os.replace(tmp, path)
        tmp.unlink(missing_ok=True)
        return True
    except OSError:
        return False
