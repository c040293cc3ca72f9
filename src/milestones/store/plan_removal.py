"""A year's plan removed: one opened by mistake (新建下一年度计划 clicked in March), or a year an import made from
a file's name. A stray later year is not harmless: an import with no year goes to the latest plan.

What goes: the year's list (its entries and list history), its sections, measures and targets, its kept
reports and marks, the projects on no other year's list (with their quarters and history), and the year's
indicator figures — unless a later plan holds them as its 上年完成 (a 附件1 is the year before's results).
Projects also on another year's list stay, with everything they hold. A copy of the whole plan is taken first
(:func:`store.backup.safety_backup`): the removal is not an undo step, the copy is the way back.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from .backup import Backup, safety_backup
from .changes import ChangeSet, EditError, plan_of
from .database import Database
from .schema import (
    Indicator,
    IndicatorYear,
    KeptReport,
    KeyProject,
    Measure,
    MeasureTarget,
    Plan,
    PlanEntry,
    Section,
)

__all__ = ["PlanContents", "plan_contents", "remove_plan"]


@dataclass(frozen=True)
class PlanContents:
    """What removing a year's plan takes away, counted for the box that asks."""

    year: int
    listed: int  # projects on its list
    own_projects: int  # of them and its removed ones, those on no other year's list: removed with it
    measures: int
    targets: int
    indicators: int  # the year's indicator figures removed (0 when a later plan reads them as last year's)
    kept_reports: int
    other_years: tuple[int, ...]


def _own_projects(s: Session, plan: Plan):
    """The projects of ``plan`` on no other year's list (one pass over each side: a correlated NOT EXISTS took
    37 s at 50,000 projects)."""
    return (select(PlanEntry.project_id).where(PlanEntry.plan_id == plan.id)
            .except_(select(PlanEntry.project_id).where(PlanEntry.plan_id != plan.id)))


def _indicators_go(s: Session, plan: Plan) -> bool:
    """The year's indicator figures go with the plan unless a later plan reads them as its 上年完成."""
    return not s.scalar(select(func.count()).select_from(Plan).where(Plan.year > plan.year))


def plan_contents(s: Session, year: int) -> PlanContents:
    plan = plan_of(s, year)

    def count(q) -> int:
        return s.scalar(select(func.count()).select_from(q.subquery()))

    sections = select(Section.id).where(Section.plan_id == plan.id)
    measures = select(Measure.id).where(Measure.section_id.in_(sections))
    return PlanContents(
        year=year,
        listed=count(select(PlanEntry.id).where(PlanEntry.plan_id == plan.id, PlanEntry.on_list.is_(True))),
        own_projects=count(_own_projects(s, plan)),
        measures=count(measures),
        targets=count(select(MeasureTarget.id).where(MeasureTarget.measure_id.in_(measures))),
        indicators=count(select(IndicatorYear.id).where(IndicatorYear.year == year)) if _indicators_go(s, plan) else 0,
        kept_reports=count(select(KeptReport.id).where(KeptReport.plan_id == plan.id)),
        other_years=tuple(s.scalars(select(Plan.year).where(Plan.id != plan.id).order_by(Plan.year))),
    )


def remove_plan(db: Database, year: int, *, backups: Path | None = None) -> tuple[PlanContents, Backup, ChangeSet]:
    """Remove ``year``'s plan in one transaction, after a checked copy of the whole plan is kept in ``backups``
    (the backups folder if not given; see the module). The last plan of a database is not removed: a database
    with no plan has nothing to open on."""
    with db.read() as s:
        if not plan_contents(s, year).other_years:
            raise EditError(f"{year}年是数据库中唯一的年度计划，不能删除")
    copy = safety_backup(db, f"删除{year}年计划前", backups)  # refused with a message if it cannot be made
    cs = ChangeSet()
    with db.session() as s:
        contents = plan_contents(s, year)
        if not contents.other_years:  # another window removed the others meanwhile
            raise EditError(f"{year}年是数据库中唯一的年度计划，不能删除")
        plan = plan_of(s, year)
        own = list(s.scalars(_own_projects(s, plan)))
        if contents.indicators:
            for row_id in s.scalars(select(IndicatorYear.id).where(IndicatorYear.year == year)):
                cs.note("deleted", "indicator_year", row_id)
            s.execute(delete(IndicatorYear).where(IndicatorYear.year == year))
            used = select(IndicatorYear.indicator_id).union(
                select(IndicatorYear.replaced_by_id).where(IndicatorYear.replaced_by_id.is_not(None)))
            s.execute(delete(Indicator).where(Indicator.id.not_in(used)))  # no year left: no table shows it
        # the plan's rows go by the database's ON DELETE CASCADE (entries, list history, sections, measures,
        # targets, kept reports, marks, stated figures); the projects only it listed, with theirs
        s.execute(delete(Plan).where(Plan.id == plan.id))
        for chunk in range(0, len(own), 500):
            s.execute(delete(KeyProject).where(KeyProject.id.in_(own[chunk:chunk + 500])))
        s.expire_all()
        cs.note("deleted", "plan", plan.id)
        for pid in own:
            cs.note("deleted", "key_project", pid)
    return contents, copy, cs
