"""Settings that belong to the plan an office shares, kept in its database (the ``setting`` table):
the warning-light rules. One desktop's preferences (columns, language) stay in QSettings."""
from __future__ import annotations

import dataclasses
import json
import logging

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.progress import LightRules
from .changes import ChangeSet, Conflict, EditError
from .database import Database
from .schema import Setting

__all__ = ["light_rules", "set_light_rules", "rules_from_json", "rules_to_json", "LIGHT_RULES"]

log = logging.getLogger(__name__)
LIGHT_RULES = "light_rules"


def light_rules(s: Session) -> LightRules:
    """The plan's warning-light rules; the defaults where none are kept (or what is kept is unreadable:
    the lights still show, and the log says why)."""
    text = s.scalar(select(Setting.value).where(Setting.key == LIGHT_RULES))
    if text is None:
        return LightRules()
    try:
        rules = rules_from_json(text)
    except ValueError as exc:
        log.warning("light rules unreadable (%s): the defaults are used", exc)
        return LightRules()
    if rules.problem():
        log.warning("light rules kept are not usable (%s): the defaults are used", rules.problem())
        return LightRules()
    return rules


def rules_to_json(rules: LightRules) -> str:
    return json.dumps(dataclasses.asdict(rules), ensure_ascii=False)


def rules_from_json(text: str) -> LightRules:
    """Rules kept as JSON (here, or with a kept report); ValueError when unreadable."""
    try:
        kept = json.loads(text)
        names = {f.name: f.type for f in dataclasses.fields(LightRules)}
        return LightRules(**{k: (int(v) if names[k] == "int" else float(v)) for k, v in kept.items() if k in names})
    except (ValueError, TypeError, AttributeError) as exc:
        raise ValueError(str(exc)) from exc


def set_light_rules(db: Database, rules: LightRules, expected: LightRules | None = None) -> ChangeSet:
    """Keep ``rules`` for everyone using the plan, in one transaction. ``expected``: the rules as the planner saw
    them (the dialog opened on them; an undo step left them): where a colleague has kept others since, a
    :class:`Conflict` — theirs are not replaced unseen, as a cell's value is not."""
    problem = rules.problem()
    if problem:
        raise EditError(problem)
    cs = ChangeSet()
    with db.session() as s:
        row = s.scalar(select(Setting).where(Setting.key == LIGHT_RULES))
        if expected is not None and light_rules(s) != expected:
            raise Conflict("setting", row.id if row is not None else 0, {"name": "预警规则"})
        text = rules_to_json(rules)
        if row is None:
            row = Setting(key=LIGHT_RULES, value=text)
            s.add(row)
            s.flush()
            cs.note("inserted", "setting", row.id)
        else:
            row.value = text
            cs.note("updated", "setting", row.id)
    return cs
