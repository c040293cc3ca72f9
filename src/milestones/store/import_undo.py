"""Whether an import can be taken back whole: nothing anyone did since is undone with it.

Undoing an import put back every value it had replaced and deleted every row it had added, whatever happened
since: a colleague's later 责任单位 on a project the import had updated went back to the old one, and a project the
import had added was deleted with the 节点 a colleague had entered under it (the foreign keys cascade). An undo step
of edits refuses where a colleague changed the same field since (``changes.update_checked``), and one of a row added
by hand where the row or what it holds changed (``plan_rows.take_out``); an import's undo does the same, refusing it
all with a :class:`Conflict` naming the row, so that nothing of theirs is lost unseen.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .changes import Conflict, _row_dict
from .import_rows import CHUNK, Receipt, same_value
from .schema import Base

# records of what changed: they go with the row they are about, whoever's they are
HISTORY = {"schedule_change", "target_change", "list_change"}
# rows the import made that others may use since without changing them (a year's plan, an area's name): kept
# then rather than refused (revert_import)
KEPT_WHEN_USED = {"plan", "area"}
# a row without a name of its own is said by what it belongs to: (its table, the field naming it)
_OWNER = {"plan_entry": ("key_project", "project_id"), "quarter_investment": ("key_project", "project_id"),
          "indicator_year": ("indicator", "indicator_id"), "target_step": ("measure_target", "target_id")}


def rows_as_left(s: Session, receipt: Receipt) -> dict[tuple[str, int], int]:
    """A fingerprint of every row the import added, as it leaves it (its values but the version and the time of
    the last change, which a later step and its undo move without changing a value), read back inside its
    transaction: what ``refuse_if_changed_since`` compares. Only for an import that may be undone (the
    window's; a command-line import has no undo, and a large one does not pay for the reading)."""
    s.flush()
    left: dict[tuple[str, int], int] = {}
    for table, ids in _added(receipt).items():
        left.update(((table, row_id), print_) for row_id, print_ in _fingerprints(s, table, ids))
    return left


def _added(receipt: Receipt) -> dict[str, list[int]]:
    """The rows the import added, by table, but records of changes and the names kept when used."""
    added: dict[str, list[int]] = {}
    for table, row_id in receipt.inserted:
        if table not in HISTORY and table not in KEPT_WHEN_USED:
            added.setdefault(table, []).append(row_id)
    return added


def _fingerprints(s: Session, table: str, ids: list[int]):
    """(id, hash of its values) of ``table``'s rows ``ids``. (Python salts the hash of text per process: the receipt
    and its undo live in one window's undo history, never kept on disk.) An import adds its rows in runs of ids: each
    run is read by one range, not by lists of 500 ids (50,000 projects and their list entries: 0.6–0.75 s → 0.4 s);
    a row in a run the import did not add (a colleague's, on a shared plan) is passed over."""
    columns = Base.metadata.tables[table].columns
    shown = [c for c in columns if c.name not in ("version", "updated_at")]
    ordered = sorted(ids)
    runs = _runs(ordered)
    if len(runs) > len(ordered) // CHUNK + 10:  # ids scattered: a range each would be a statement each
        parts = [columns.id.in_(ordered[c:c + CHUNK]) for c in range(0, len(ordered), CHUNK)]
    else:
        parts = [columns.id.between(first, last) for first, last in runs]
    wanted = set(ordered)
    for where in parts:
        for row in s.execute(select(columns.id, *shown).where(where)):
            if row[0] in wanted:
                yield row[0], hash(tuple(row[1:]))


def _runs(ordered: list[int]) -> list[tuple[int, int]]:
    """Sorted ids as runs of consecutive ones: (first, last) each."""
    runs: list[tuple[int, int]] = []
    for i in ordered:
        if runs and i == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    return runs


def refuse_if_changed_since(s: Session, receipt: Receipt, models: dict[str, type]) -> dict[tuple[str, int], Any]:
    """Raise :class:`Conflict` for the first thing changed since the import: a field it set holding another
    value, a row it added holding other values (``rows_as_left``) or a row it did not add (a 节点, a note,
    another year's figures). A row deleted since is passed over (there is nothing to take back). Returns the rows
    the import updated, read (the undo puts their old values back)."""
    rows: dict[tuple[str, int], Any] = {}
    by_table: dict[str, list[int]] = {}
    for table, row_id in receipt.left:
        by_table.setdefault(table, []).append(row_id)
    for table, ids in by_table.items():
        model = models[table]
        for c in range(0, len(ids), CHUNK):
            rows.update(((table, o.id), o) for o in s.scalars(select(model).where(model.id.in_(ids[c:c + CHUNK]))))
    for key, values in receipt.left.items():
        obj = rows.get(key)
        if obj is not None and not all(same_value(getattr(obj, k), v) for k, v in values.items()):
            _refuse(s, models, key[0], obj)
    if receipt.rows_left is not None:
        for table, ids in _added(receipt).items():
            for row_id, print_ in _fingerprints(s, table, ids):
                if print_ != receipt.rows_left.get((table, row_id)):
                    _refuse(s, models, table, s.get(models[table], row_id))
    inserted: dict[str, set[int]] = {}
    for table, row_id in receipt.inserted:
        inserted.setdefault(table, set()).add(row_id)
    for table, ids in inserted.items():
        if table not in KEPT_WHEN_USED:
            _refuse_if_holding_others(s, models, table, ids, inserted, receipt.left)
    return rows


def _refuse_if_holding_others(s: Session, models: dict[str, type], table: str, ids: set[int],
                              inserted: dict[str, set[int]], left: dict[tuple[str, int], dict[str, Any]]) -> None:
    """A row the import added holding one it did not (a 节点 entered under a new project, a kept report's copy of
    it, another year's figures of a new indicator): refused, naming the row."""
    parent = Base.metadata.tables[table]
    ordered = sorted(ids)
    for child in Base.metadata.sorted_tables:
        if child.name in HISTORY:
            continue
        for fk in child.foreign_keys:
            if fk.column.table is not parent:
                continue
            ours = inserted.get(child.name, set())
            for c in range(0, len(ordered), CHUNK):
                for child_id, parent_id in s.execute(select(child.c.id, fk.parent)
                                                     .where(fk.parent.in_(ordered[c:c + CHUNK]))):
                    # (a row the import pointed at its new one: "调整为" a new indicator, put back by the undo)
                    if child_id not in ours and fk.parent.name not in left.get((child.name, child_id), ()):
                        _refuse(s, models, table, s.get(models[table], parent_id))


def _refuse(s: Session, models: dict[str, type], table: str, obj: Any) -> None:
    row = _row_dict(obj)
    if table in _OWNER and not any(row.get(k) for k in ("name", "title", "text")):
        owner, key = _OWNER[table]
        above = s.get(models[owner], row[key])
        if above is not None:
            raise Conflict(owner, above.id, _row_dict(above))
    raise Conflict(table, obj.id, row)
