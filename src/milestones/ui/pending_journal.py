"""Changes waiting for a lost connection, kept on this computer until they are written.

A shared database that cannot be reached keeps each change the planner makes (``Operations.pending``) and
retries it. Until session 25 they lived in memory only: a program killed, a laptop whose battery ran out,
lost them. Each waiting change is now also written to a small JSON file in the user's data folder, replaced
whole (written aside, flushed, renamed) whenever the list changes; opening the same database again offers to
write what is there. Each running program has a file of its own per database (a slot, held by a lock file
while it runs: ``Operations``), so two programs open on one database never write over each other's list, and
a file is offered only once its program is gone. Qt-free: the commands say what they hold
(``StoreCommand.journal``) and this module only keeps it.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
from pathlib import Path
from typing import Any

FORMAT = 1  # the file's layout; a later one is not read (said, and the file left alone)


class JournalError(ValueError):
    """The file of waiting changes cannot be read: kept as it is, and the planner told where it is."""


def folder() -> Path:
    from platformdirs import user_data_path

    return user_data_path("milestones", appauthor=False) / "pending"


def journal_path(database: str, slot: int, where: Path | None = None) -> Path:
    """The file of ``database``'s waiting changes (its name as shown, the password hidden) kept by the program
    holding ``slot``; named by a digest so a URL's characters never reach the file system. Its lock file is
    beside it (``.lock``)."""
    return (where or folder()) / f"{_digest(database)}-{slot}.json"


def journals(database: str, where: Path | None = None) -> list[Path]:
    """Every file of ``database``'s waiting changes, of any program, in slot order."""
    found = (where or folder()).glob(f"{_digest(database)}-*.json")
    return sorted((p for p in found if p.stem.rpartition("-")[2].isdigit()), key=lambda p: int(p.stem.rpartition("-")[2]))


def _digest(database: str) -> str:
    return hashlib.sha256(database.encode("utf-8")).hexdigest()[:16]


def save(path: Path, database: str, entries: list[dict]) -> None:
    """Keep ``entries`` as the database's waiting changes; none left removes the file. Written aside and
    renamed over the old one, so a kill mid-write leaves the old list or the new, never half of one."""
    if not entries:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps({"format": FORMAT, "database": database, "changes": [_encode(e) for e in entries]},
                      ensure_ascii=False, indent=1)
    aside = path.with_suffix(".tmp")
    with open(aside, "w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(aside, path)


def load(path: Path) -> list[dict]:
    """The waiting changes kept in ``path`` (none when there is no file); JournalError when unreadable."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise JournalError(str(exc)) from exc
    try:
        kept = json.loads(text)
        if kept.get("format") != FORMAT:
            raise JournalError(f"format {kept.get('format')!r}")
        return [_decode(e) for e in kept["changes"]]
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise JournalError(str(exc)) from exc


# -- values as JSON ------------------------------------------------------------------------------
# the dataclasses a command holds, by name: nothing else is made from the file
def _kinds() -> dict[str, type]:
    from ..domain.progress import LightRules
    from ..domain.quarter import Quarter
    from ..store.checks import Accepted, Finding
    from .undo import FieldEdit

    return {c.__name__: c for c in (Quarter, FieldEdit, Finding, Accepted, LightRules)}


def _encode(v: Any) -> Any:
    if dataclasses.is_dataclass(v) and not isinstance(v, type):
        name = type(v).__name__
        if name not in _kinds():
            raise TypeError(f"cannot keep a {name}")
        return {"$": name, "fields": {f.name: _encode(getattr(v, f.name)) for f in dataclasses.fields(v)}}
    if isinstance(v, dt.datetime):
        return {"$": "datetime", "value": v.isoformat()}
    if isinstance(v, dt.date):
        return {"$": "date", "value": v.isoformat()}
    if isinstance(v, tuple):
        return {"$": "tuple", "items": [_encode(x) for x in v]}
    if isinstance(v, list):
        return [_encode(x) for x in v]
    if isinstance(v, dict):
        if not all(isinstance(k, str) for k in v):
            raise TypeError("keys other than text")
        return {"$": "dict", "items": {k: _encode(x) for k, x in v.items()}}
    if v is None or isinstance(v, (str, int, float, bool)):
        return v
    raise TypeError(f"cannot keep a {type(v).__name__}")


def _decode(v: Any) -> Any:
    if isinstance(v, list):
        return [_decode(x) for x in v]
    if not isinstance(v, dict):
        return v
    tag = v["$"]
    if tag == "dict":
        return {k: _decode(x) for k, x in v["items"].items()}
    if tag == "tuple":
        return tuple(_decode(x) for x in v["items"])
    if tag == "datetime":
        return dt.datetime.fromisoformat(v["value"])
    if tag == "date":
        return dt.date.fromisoformat(v["value"])
    cls = _kinds().get(tag)
    if cls is None:
        raise JournalError(f"unknown value {tag!r}")
    return cls(**{k: _decode(x) for k, x in v["fields"].items()})


def encodable(entry: dict) -> bool:
    """Whether ``entry`` can be kept (a command holding something else stays in memory only)."""
    try:
        _encode(entry)
    except TypeError:
        return False
    return True


def set_aside(path: Path) -> Path:
    """Move an unreadable file out of the way (kept beside, with the time in its name) and say where."""
    aside = path.with_name(f"{path.name}.unreadable-{dt.datetime.now():%Y%m%d-%H%M%S}")
    os.replace(path, aside)
    return aside
