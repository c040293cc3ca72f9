"""The key projects' progress at a quarter, a row each (重点项目推进情况): what the office sends the
district and hands round at the quarter's meeting — each project's investment to date against the
year's plan, its starts and completions, its 形象进度, its light and why.

Today's figures, or the quarter's report as it was kept (上报存档): then each project's light,
investment and actual dates are the ones reported, and the projects those the report listed.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from ..domain.collation import sort_text
from ..domain.progress import (
    UNDER_WAY, Light, LightReason, LightRules, ProjectStatus, invested_to, light_reasons, named_year,
    warning_light,
)
from ..domain.quarter import Quarter
from .breakdown import BreakdownRow
from .database import Database
from .exports import ExportFilter, project_records
from .queries import find_plan
from .reports import KeptReportInfo, kept_projects, kept_report
from .settings import light_rules

__all__ = ["ProgressRow", "ProgressTable", "progress_table", "tally", "known_sum"]


@dataclass
class ProgressRow:
    record: dict[str, Any]  # the project as store.exports.project_records reads it
    invested: float | None  # 亿元 in the plan year to the quarter's end; None: nothing reported
    actual_start: Quarter | None  # by the quarter's end
    actual_completion: Quarter | None
    light: Light
    reasons: list[LightReason] = field(default_factory=list)
    # the quarter's 形象进度; blank where the owner has not reported it (an earlier quarter's words would
    # read back, from a table sent round and returned, as this quarter's)
    progress: str | None = None
    plan_moved: bool = False  # as reported: today's plan no longer gives the light the report gave

    @property
    def rate(self) -> float | None:
        planned = self.record["annual_investment"]
        return None if self.invested is None or not planned else self.invested / planned


@dataclass
class ProgressTable:
    year: int
    at: Quarter
    rules: LightRules
    rows: list[ProgressRow]
    kept: KeptReportInfo | None = None  # the report it reproduces; None: today's figures
    left_out: int = 0  # as reported: projects listed today that the report did not have
    plan_kept: bool = False  # as reported: the planned dates and investment are the report's too (database 0012)


def progress_table(db: Database, f: ExportFilter, at: Quarter, *, as_reported: bool = False) -> ProgressTable:
    """The listed projects ``f`` selects at ``at`` (grouped by zone, as the lists are), with their
    light by the office's rules; ``as_reported``: as ``at``'s kept report gave them (LookupError
    when the quarter was not kept)."""
    with db.read() as s:
        year = find_plan(s, f.year).year
        if at.year != year:
            raise ValueError(f"推进情况的季度应为{year}年的季度（得到：{at.label_zh}）")
        kept, reported = None, {}
        if as_reported:
            kept = kept_report(s, year, at)
            if kept is None:
                raise LookupError(f"{at.label_zh}尚未存档上报：在概览页“存档上报…”后再按上报时的数据导出")
            reported = kept_projects(s, year, at)
        rules = kept.figures.rules if kept else light_rules(s)
    # a project the report listed and the plan has since taken off is still in the report
    records = project_records(db, replace(f, year=year, include_removed=as_reported))
    rows, left_out = [], 0
    for rec in records:
        if as_reported and rec["id"] not in reported:
            left_out += rec["on_list"]  # listed since the report was kept (one taken off before is no news)
            continue
        rows.append(_row(rec, at, rules, reported.get(rec["id"]) if as_reported else None))
    plan_kept = bool(reported) and all(r["with_plan"] for r in reported.values())
    return ProgressTable(year, at, rules, rows, kept, left_out, plan_kept)


def _row(rec: dict[str, Any], at: Quarter, rules: LightRules, reported: tuple | None) -> ProgressRow:
    quarters = {Quarter.parse(k): v for k, v in rec["quarters"].items()}
    by = lambda text: None if text is None else Quarter.parse(text)  # noqa: E731
    planned_start, planned_completion = by(rec["start"]), by(rec["completion"])
    years = (named_year(rec.get("start_text")), named_year(rec.get("completion_text")))  # "2024年开工": due by its end
    if reported is None:
        invested = invested_to(at, [(q.index, parts.get("actual")) for q, parts in quarters.items()])
        started, completed = by(rec["actual_start"]), by(rec["actual_completion"])
        started = started if started is not None and started <= at else None
        completed = completed if completed is not None and completed <= at else None
        status = ProjectStatus(planned_start, started, planned_completion, completed, rec["annual_investment"],
                               invested, *years, under_way=rec.get("nature") == UNDER_WAY)
        light, moved = warning_light(status, at, rules), False
    else:
        light, invested = Light(reported["light"]), reported["invested"]
        started, completed = reported["actual_start"], reported["actual_completion"]
        if reported["with_plan"]:  # the plan the report judged against, not today's
            planned_start, planned_completion = reported["planned_start"], reported["planned_completion"]
            rec = dict(rec, annual_investment=reported["annual_investment"],
                       start=None if planned_start is None else str(planned_start),
                       completion=None if planned_completion is None else str(planned_completion))
        status = ProjectStatus(planned_start, started, planned_completion, completed, rec["annual_investment"],
                               invested, *years, under_way=rec.get("nature") == UNDER_WAY)
        # the report's light stands; its reasons are told only while the plan read gives it (a report kept
        # before its plan was kept is read against today's)
        moved = warning_light(status, at, rules) is not light
    reasons = [] if moved else light_reasons(status, at, rules)
    return ProgressRow(rec, invested, started, completed, light, reasons, quarters.get(at, {}).get("progress"), moved)


def tally(rows: list[ProgressRow], by: str | None) -> list[BreakdownRow]:
    """The rows grouped by "zone", "area" or "class", as 分类统计 counts them (store.breakdown), but of
    these rows: a table narrowed to a zone or a unit, or as reported, sums what it lists. Zones and
    areas in the table's order, classes by size; those naming none last. ``by`` None: one row, the
    table's 合计 (keyed "")."""
    groups: dict[Any, list[ProgressRow]] = {}
    for r in rows:
        groups.setdefault(r.record[by] if by else "", []).append(r)

    out = [BreakdownRow(k, None, len(g), known_sum(r.record["annual_investment"] for r in g),
                        known_sum(r.invested for r in g), sum(r.actual_start is not None for r in g),
                        sum(r.actual_completion is not None for r in g), sum(r.light is Light.RED for r in g),
                        sum(r.light is Light.YELLOW for r in g))
           for k, g in groups.items()]
    order = list(groups)
    if by == "class":
        return sorted(out, key=lambda r: (r.key is None, -r.projects, sort_text(r.key)))
    return sorted(out, key=lambda r: (r.key is None, order.index(r.key)))


def known_sum(values) -> float | None:
    """The sum of the figures given; None when none is (a blank, not 0: nothing reported is unknown)."""
    values = [v for v in values if v is not None]
    return sum(values) if values else None
