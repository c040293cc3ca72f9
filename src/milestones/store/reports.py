"""Quarterly reports kept as they were sent (上报存档).

Every quarter the office sends the district its key projects' progress. The lights and figures the
app shows are computed from today's data and today's rules, so a figure corrected in August, or a
rule changed in the autumn, silently rewrites what the second quarter's report said, and a project
that caught up loses the red it had shown (瓯海 keeps it: DOMAIN.md §4). Keeping a report stores, in
one transaction, the dashboard's figures and each listed project's light, investment to date, start
and completion as they stood; the history of a project's light then reads the kept quarters, and the
dashboard says what has changed since.
"""
from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import and_, case, delete, func, insert, literal, select
from sqlalchemy.orm import Session

from ..domain.progress import Light
from ..domain.quarter import Quarter
from .changes import ChangeSet, Conflict, EditError
from .dashboard import Dashboard, count_figures
from .history import author
from .database import Database
from .project_rows import changed_since_kept, invested_expression, light_expression, list_changed_since_kept
from .queries import QuarterCounts, find_plan
from .schema import KeptProject, KeptReport, KeyProject, PlanEntry
from .settings import light_rules, rules_from_json, rules_to_json

__all__ = ["KeptReportInfo", "keep_report", "drop_report", "report_snapshot", "restore_report", "kept_report",
           "kept_projects", "kept_quarters", "kept_lights", "changes_since_kept", "report_before"]

CHUNK = 2000


@dataclass(frozen=True)
class KeptReportInfo:
    quarter: Quarter
    kept_at: dt.datetime
    kept_by: str | None
    figures: Dashboard  # as counted when it was kept, its rules included


def keep_report(db: Database, year: int | None, at: Quarter) -> ChangeSet:
    """Keep quarter ``at``'s report as it stands now, replacing one kept before; one transaction."""
    cs = ChangeSet()
    with db.session() as s:
        plan = find_plan(s, year)
        if at.year != plan.year:
            raise EditError(f"{plan.year}年计划只能存档{plan.year}年各季度的上报")
        old = _report_id(s, plan.id, at)
        if old is not None:
            _delete(s, old)
            cs.note("deleted", "kept_report", old)
        d = count_figures(s, plan.year, at)
        report = KeptReport(plan_id=plan.id, quarter=at, kept_at=dt.datetime.now(dt.timezone.utc), kept_by=author(s),
                            rules=rules_to_json(d.rules), figures=json.dumps(_to_json(d), ensure_ascii=False))
        s.add(report)
        s.flush()
        p = KeyProject.__table__.c
        e = PlanEntry.__table__.c
        s.execute(insert(KeptProject).from_select(
            ["report_id", "project_id", "light", "invested", "actual_start", "actual_completion", "planned_start",
             "planned_completion", "annual_investment", "with_plan"],
            select(literal(report.id), p.id, light_expression(at, d.rules), invested_expression(at),
                   case((p.actual_start <= at.index, p.actual_start), else_=None),
                   case((p.actual_completion <= at.index, p.actual_completion), else_=None),
                   p.planned_start, p.planned_completion, e.annual_investment, literal(True))
            .select_from(KeyProject.__table__)
            .join(PlanEntry.__table__, and_(PlanEntry.project_id == p.id, PlanEntry.plan_id == plan.id))
            .where(PlanEntry.on_list.is_(True))))
        cs.note("inserted", "kept_report", report.id)
    return cs


def kept_at(db: Database, year: int | None, at: Quarter) -> dt.datetime | None:
    """When the report kept for quarter ``at`` was kept: what names it (an id is used again on SQLite once the
    row is gone), for an undo step to take back that one only (``_still_ours``)."""
    with db.read() as s:
        return s.scalar(select(KeptReport.kept_at).where(KeptReport.plan_id == find_plan(s, year).id,
                                                         KeptReport.quarter == at))


def _still_ours(s: Session, old: int | None, expected: dt.datetime | None, at: Quarter) -> None:
    """An undo of keeping a report takes back the report it kept, not one a colleague kept since (the quarter's
    report as sent, by them, at their time): refused as a :class:`Conflict`."""
    if expected is not None and old is not None and s.get(KeptReport, old).kept_at != expected:
        raise Conflict("kept_report", old, {"name": f"{at.label_zh}上报存档"})


def drop_report(db: Database, year: int | None, at: Quarter, expected: dt.datetime | None = None) -> ChangeSet:
    """Take a kept report back (undo, or a report kept by mistake). ``expected``: when the report the undo step
    kept was kept (:func:`kept_at`, see ``_still_ours``)."""
    cs = ChangeSet()
    with db.session() as s:
        old = _report_id(s, find_plan(s, year).id, at)
        _still_ours(s, old, expected, at)
        if old is not None:
            _delete(s, old)
            cs.note("deleted", "kept_report", old)
    return cs


def report_snapshot(db: Database, year: int | None, at: Quarter) -> dict | None:
    """A kept report's rows as plain values, to put it back if keeping it again is undone."""
    with db.read() as s:
        plan = find_plan(s, year)
        r = _report(s, plan.id, at)
        if r is None:
            return None
        return {"year": plan.year, "quarter": at, "kept_at": r.kept_at, "kept_by": r.kept_by, "rules": r.rules,
                "figures": r.figures, "projects": _kept_rows(s, r.id)}


def restore_report(db: Database, snapshot: dict, expected: dt.datetime | None = None) -> ChangeSet:
    """Put back a report :func:`report_snapshot` read (replacing what is kept for its quarter: with ``expected``,
    only the one an undo step kept, see ``_still_ours``)."""
    cs = ChangeSet()
    with db.session() as s:
        plan = find_plan(s, snapshot["year"])
        at = snapshot["quarter"]
        old = _report_id(s, plan.id, at)
        _still_ours(s, old, expected, at)
        if old is not None:
            _delete(s, old)
            cs.note("deleted", "kept_report", old)
        report = KeptReport(plan_id=plan.id, quarter=at, kept_at=snapshot["kept_at"], kept_by=snapshot["kept_by"],
                            rules=snapshot["rules"], figures=snapshot["figures"])
        s.add(report)
        s.flush()
        # projects deleted since are left out: the foreign key would refuse them
        alive = set(s.scalars(select(KeyProject.id)))
        rows = [dict(r, report_id=report.id) for r in snapshot["projects"] if r["project_id"] in alive]
        kp = KeptProject.__table__
        for c in range(0, len(rows), CHUNK):
            s.execute(insert(kp), rows[c:c + CHUNK])
        cs.note("inserted", "kept_report", report.id)
    return cs


def kept_projects(s: Session, year: int | None, at: Quarter) -> dict[int, dict]:
    """What ``at``'s kept report gave each project it listed: project id → its light, investment to date,
    actual start and completion then, and the plan the light was judged against ("with_plan" false or
    None: a report kept before the plan was kept). Empty when the quarter was not kept."""
    rid = _report_id(s, find_plan(s, year).id, at)
    return {} if rid is None else {r["project_id"]: r for r in _kept_rows(s, rid)}


def _kept_rows(s: Session, report_id: int) -> list[dict]:
    kp = KeptProject.__table__.c
    return [dict(m) for m in s.execute(
        select(kp.project_id, kp.light, kp.invested, kp.actual_start, kp.actual_completion, kp.planned_start,
               kp.planned_completion, kp.annual_investment, kp.with_plan)
        .where(kp.report_id == report_id)).mappings()]


def _report_id(s: Session, plan_id: int, at: Quarter) -> int | None:
    return s.scalar(select(KeptReport.id).where(KeptReport.plan_id == plan_id, KeptReport.quarter == at))


def _report(s: Session, plan_id: int, at: Quarter) -> KeptReport | None:
    return s.scalar(select(KeptReport).where(KeptReport.plan_id == plan_id, KeptReport.quarter == at))


def _delete(s: Session, report_id: int) -> None:
    s.execute(delete(KeptProject).where(KeptProject.report_id == report_id))
    s.execute(delete(KeptReport).where(KeptReport.id == report_id))


def kept_quarters(s: Session, year: int | None) -> dict[Quarter, tuple[dt.datetime, str | None]]:
    """The plan's kept reports: quarter → (when, by whom)."""
    plan = find_plan(s, year)
    return {q: (at, by) for q, at, by in s.execute(
        select(KeptReport.quarter, KeptReport.kept_at, KeptReport.kept_by)
        .where(KeptReport.plan_id == plan.id).order_by(KeptReport.quarter))}


def kept_report(s: Session, year: int | None, at: Quarter) -> KeptReportInfo | None:
    r = _report(s, find_plan(s, year).id, at)
    if r is None:
        return None
    return KeptReportInfo(r.quarter, r.kept_at, r.kept_by, _from_json(json.loads(r.figures), rules_from_json(r.rules)))


def report_before(s: Session, year: int | None, at: Quarter) -> Dashboard | None:
    """The figures of the kept report of the quarter before ``at`` in the same plan year, if kept."""
    if at.q == 1:
        return None
    report = kept_report(s, year, Quarter(at.year, at.q - 1))
    return report.figures if report else None


def kept_lights(s: Session, project_id: int, year: int | None) -> dict[Quarter, Light]:
    """One project's light in each kept report of the plan: what those quarters' reports said."""
    plan = find_plan(s, year)
    return {q: Light(v) for q, v in s.execute(
        select(KeptReport.quarter, KeptProject.light).join(KeptReport, KeptReport.id == KeptProject.report_id)
        .where(KeptReport.plan_id == plan.id, KeptProject.project_id == project_id))}


def changes_since_kept(s: Session, year: int | None, at: Quarter) -> Counter:
    """What has moved since ``at``'s report was kept: "changed" (listed projects whose light is not
    the one reported), "added" (on the list now, not in the report), "removed" (reported, off the list
    now). Empty when the quarter has no kept report."""
    plan = find_plan(s, year)
    rid = _report_id(s, plan.id, at)
    out: Counter = Counter()
    if rid is None:
        return out
    listed = and_(PlanEntry.project_id == KeyProject.id, PlanEntry.plan_id == plan.id, PlanEntry.on_list.is_(True))
    out["changed"] = s.scalar(select(func.count()).select_from(KeyProject).join(PlanEntry, listed)
                              .where(changed_since_kept(plan.id, at, light_rules(s)))) or 0
    moved = dict(s.execute(select(PlanEntry.on_list, func.count()).select_from(KeyProject).join(
        PlanEntry, and_(PlanEntry.project_id == KeyProject.id, PlanEntry.plan_id == plan.id))
        .where(list_changed_since_kept(plan.id, at)).group_by(PlanEntry.on_list)).all())
    out["added"], out["removed"] = moved.get(True, 0), moved.get(False, 0)  # (what 上报后名单有变 lists)
    return +out


# -- the dashboard's figures as JSON ------------------------------------------
def _to_json(d: Dashboard) -> dict:
    return {
        "year": d.year, "at": d.at.index,
        "quarters": [[c.quarter.index, c.starts_stated, c.completions_stated, c.starts_listed,
                      c.completions_listed, c.starts_done, c.completions_done] for c in d.quarters],
        "investment_stated": d.investment_stated, "investment_planned": d.investment_planned,
        "investment_planned_to_date": d.investment_planned_to_date,
        "investment_actual_to_date": d.investment_actual_to_date, "time_elapsed": d.time_elapsed,
        "lights_by_zone": {z: {k.value: n for k, n in c.items()} for z, c in d.lights_by_zone.items()},
        "indicators": dict(d.indicators), "indicators_stated": d.indicators_stated,
        "measure_targets": dict(d.measure_targets), "quarter_steps": dict(d.quarter_steps),
        "starts_due": list(d.starts_due), "completions_due": list(d.completions_due), "reported": list(d.reported),
        "plan_revised": d.plan_revised, "list_adjusted": list(d.list_adjusted),
        "investment_by_zone": {z: list(v) for z, v in d.investment_by_zone.items()},
        "behind_pace": [list(b) for b in d.behind_pace], "near_pace": [list(b) for b in d.near_pace],
        "past_due": list(d.past_due), "due_by_year": list(d.due_by_year), "projects_stated": d.projects_stated,
    }


def _from_json(j: dict, rules) -> Dashboard:
    return Dashboard(
        year=j["year"], at=Quarter.from_index(j["at"]),
        quarters=[QuarterCounts(Quarter.from_index(q[0]), *q[1:]) for q in j["quarters"]],
        investment_stated=j["investment_stated"], investment_planned=j["investment_planned"],
        investment_planned_to_date=j["investment_planned_to_date"],
        investment_actual_to_date=j["investment_actual_to_date"], time_elapsed=j["time_elapsed"],
        lights_by_zone={z: Counter({Light(k): n for k, n in c.items()}) for z, c in j["lights_by_zone"].items()},
        indicators=Counter(j["indicators"]), indicators_stated=j["indicators_stated"],
        measure_targets=Counter(j["measure_targets"]), quarter_steps=Counter(j["quarter_steps"]),
        starts_due=tuple(j["starts_due"]), completions_due=tuple(j["completions_due"]),
        reported=tuple(j["reported"]), rules=rules, plan_revised=j.get("plan_revised", 0),
        list_adjusted=tuple(j.get("list_adjusted", (0, 0))),  # kept before session 76: not counted then
        investment_by_zone={z: tuple(v) for z, v in j.get("investment_by_zone", {}).items()},
        behind_pace=[tuple(b) for b in j.get("behind_pace", [])],  # kept before session 24: none said
        near_pace=[tuple(b) for b in j.get("near_pace", [])],  # kept before session 25: none (all were 未达)
        past_due=tuple(j.get("past_due", (0, 0))),  # kept before session 29: not counted then
        due_by_year=tuple(j.get("due_by_year", (0, 0))),
        projects_stated=j.get("projects_stated"),  # kept before session 32: not said then
    )
