"""A year's list as issued, and the projects put on it or taken off it since (调入、调出).

Lists change during the year: a district moves some projects out at mid-year and others in, and its office hands
on a 调整名单 saying which and why. The list's history (``list_change``) holds every move; what it has no record of
is when the list was *made*. The plan's issue date (``Plan.issued_on``, read from its document) says it, but an
office that took up the program after the plan was issued imported its list later: the list is made on the later
of the two days, the plan's issue and the plan's first move. Moves dated after that day are adjustments, and a
project counts as adjusted where it now stands otherwise than it stood that day: one taken off and put back, or
put on and taken off again, is not.
"""
from __future__ import annotations

import datetime as dt
from typing import Iterable

from sqlalchemy import and_, case, false, func, or_, select
from sqlalchemy.orm import Session

from .history import CHUNK
from .schema import KeyProject, ListChange, Plan, PlanEntry

__all__ = ["LIST_ADJUSTED_WORDS", "list_made_on", "adjusted", "adjustments"]

LIST_ADJUSTED_WORDS = "名单已调整"  # what a view of them is called (the 预警 box's choice, a title's words)


def list_made_on(s: Session, plan_id: int | None) -> dt.date | None:
    """The day the plan's list was made: the later of its issue and the first day projects were put on it. A list
    that was there before its moves were recorded (the bundled plan, a database from before the list's history)
    was made when issued; with no issue date either, before its first recorded move. None for a plan with no move:
    nothing was adjusted."""
    if plan_id is None:
        return None
    lc = ListChange.__table__.c
    # one pass over the plan's moves (50,000 at a city's scale): the first, the first listing, the projects moved
    first_listed = func.min(case((lc.change == "added", lc.changed_on)))
    first, listed, moved = s.execute(select(func.min(lc.changed_on), first_listed, func.count(lc.project_id.distinct()))
                                     .where(lc.plan_id == plan_id)).one()
    if first is None:
        return None
    issued = s.scalar(select(Plan.issued_on).where(Plan.id == plan_id))
    entries = s.scalar(select(func.count()).select_from(PlanEntry).where(PlanEntry.plan_id == plan_id))
    if entries <= moved and listed is not None:  # (every project on the plan has its moves recorded)
        return max(issued, listed) if issued is not None else listed
    return issued if issued is not None else first - dt.timedelta(days=1)


def adjusted(plan_id: int | None, made_on: dt.date | None):
    """SQL: the project (the outer query's KeyProject, its PlanEntry of ``plan_id``) stands on the list otherwise
    than it stood on ``made_on`` (:func:`list_made_on`), after a move dated later: put on it (调入) or taken off
    it (调出)."""
    if made_on is None:
        return false()
    lc, later = ListChange.__table__.alias("at_made"), ListChange.__table__.alias("moved_later")
    mine = and_(lc.c.plan_id == plan_id, lc.c.project_id == KeyProject.id)
    # where it stood that day: its last move dated then or before (an undated move is an old one); with none, as
    # its first move later says (one taken off was on it, one put on was not)
    stood = (select(lc.c.change).where(mine, or_(lc.c.changed_on.is_(None), lc.c.changed_on <= made_on))
             .order_by(lc.c.id.desc()).limit(1).scalar_subquery())
    after = and_(later.c.plan_id == plan_id, later.c.project_id == KeyProject.id, later.c.changed_on > made_on)
    first_after = select(later.c.change).where(after).order_by(later.c.id).limit(1).scalar_subquery()
    was_on = func.coalesce(stood, case((first_after == "removed", "added"), else_="removed")) == "added"
    # the projects moved since, read once (a few among 50,000: one look each was 40 ms at a city's scale)
    moved = KeyProject.id.in_(select(lc.c.project_id).where(lc.c.plan_id == plan_id, lc.c.changed_on > made_on))
    return and_(moved, or_(and_(PlanEntry.on_list.is_(True), ~was_on), and_(PlanEntry.on_list.is_(False), was_on)))


def adjustments(s: Session, plan_id: int, ids: Iterable[int]) -> dict[int, dict]:
    """Each project's latest move on ``plan_id``'s list: ``change`` ("added" 调入, "removed" 调出), ``date``,
    ``reason``, ``by`` — for the projects :func:`adjusted` finds, what a 调整名单 says of each."""
    ids = list(ids)
    out: dict[int, dict] = {}
    lc = ListChange.__table__.c
    for i in range(0, len(ids), CHUNK):
        q = (select(lc.project_id, lc.change, lc.changed_on, lc.reason, lc.changed_by)
             .where(lc.plan_id == plan_id, lc.project_id.in_(ids[i:i + CHUNK])).order_by(lc.id))
        for pid, change, on, reason, by in s.execute(q):
            out[pid] = {"change": change, "date": on, "reason": reason, "by": by}  # the last one stays
    return out
