"""The names an import was told are the plan's, kept for the next one: a unit that writes "解放碑" for
解放碑中央商务区, or "重庆长滨项目" for 重庆长滨, writes it again next quarter, and the planner said it once.

Kept in the plan's database (the ``setting`` table, shared by everyone on the plan) as JSON: {"areas": {name in
the file: the plan's area}, "names": {name in the file: the plan's project or indicator}}. Written in the
import's own transaction and taken back with it (the receipt keeps what was there before).
"""
from __future__ import annotations

import json
import logging

from sqlalchemy import select
from sqlalchemy.orm import Session

from .plan_document import name_key
from .schema import Area, Indicator, KeyProject, Setting

log = logging.getLogger(__name__)
IMPORT_NAMES = "import_names"

Names = dict[str, str]


def remembered_names(s: Session) -> tuple[Names, Names]:
    """(areas, names) earlier imports were told, each still naming what the plan has (an area renamed since, a
    project deleted, is left out: the import would make it anew under the old name)."""
    areas, names = _kept(s.scalar(select(Setting.value).where(Setting.key == IMPORT_NAMES)))
    held_areas = {name_key(a) for a in s.scalars(select(Area.name))}
    areas = {typed: known for typed, known in areas.items() if name_key(known) in held_areas}
    keys = list({name_key(known) for known in names.values()})
    held = set()
    for model in (KeyProject, Indicator):
        for c in range(0, len(keys), 500):
            held.update(s.scalars(select(model.name_key).where(model.name_key.in_(keys[c:c + 500]))))
    names = {typed: known for typed, known in names.items() if name_key(known) in held}
    return areas, names


def remember_names(s: Session, areas: Names, names: Names, forget_areas=(),
                   forget_names=()) -> tuple[str | None] | None:
    """Keep what this import was told, forget what it was told to read as the file says; in ``s``'s
    transaction. Returns (what was kept before, None for nothing) for the undo, or None when nothing changed."""
    if not (areas or names or forget_areas or forget_names):
        return None
    row = s.scalar(select(Setting).where(Setting.key == IMPORT_NAMES))
    before = row.value if row is not None else None
    kept_areas, kept_names = _kept(before)  # the row read once: its text is the undo's too
    for kept, told, forget in ((kept_areas, areas, forget_areas), (kept_names, names, forget_names)):
        gone = {name_key(typed) for typed in [*forget, *told]}  # forgotten, or told anew under another spelling
        for typed in [t for t in kept if name_key(t) in gone]:
            del kept[typed]
        kept.update(told)
    text = json.dumps({"areas": kept_areas, "names": kept_names}, ensure_ascii=False, sort_keys=True)
    if text == before or (before is None and not (kept_areas or kept_names)):
        return None
    if row is None:
        s.add(Setting(key=IMPORT_NAMES, value=text))
    else:
        row.value = text
    s.flush()
    return (before,)


def restore_names(s: Session, before: str | None) -> None:
    """What was kept before an import, back (its undo)."""
    row = s.scalar(select(Setting).where(Setting.key == IMPORT_NAMES))
    if before is None:
        if row is not None:
            s.delete(row)
    elif row is None:
        s.add(Setting(key=IMPORT_NAMES, value=before))
    else:
        row.value = before


def _kept(text: str | None) -> tuple[Names, Names]:
    if not text:
        return {}, {}
    try:
        kept = json.loads(text)
        areas, names = dict(kept.get("areas") or {}), dict(kept.get("names") or {})
    except (ValueError, TypeError, AttributeError) as exc:
        log.warning("the names kept for imports are unreadable (%s): none is used", exc)
        return {}, {}
    ok = lambda d: {t: k for t, k in d.items() if isinstance(t, str) and isinstance(k, str) and t and k}  # noqa: E731
    return ok(areas), ok(names)
