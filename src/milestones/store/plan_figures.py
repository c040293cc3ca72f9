"""The plan's own figures (计划数), typed in: how many key projects, the year's investment, each quarter's planned
starts and completions, how many indicators of each kind.

They came only from the plan's report (read by its import) or the bundled plan: a year opened by 新建下一年度计划
had none, so the dashboard held the listed projects against nothing, and a plan changed mid-year (65 key projects
to 67) could not follow. Beside them, the plan's own words: its title and issuing office (a printout's heading and
foot: an office starting from an empty database had a plan named by its year alone and no office at the foot) and
its 文号. One transaction writes them all; each is checked to still hold what the planner saw (a colleague's change
is a Conflict, not overwritten unseen).
"""
from __future__ import annotations

import math
from typing import Any

from sqlalchemy import select

from ..domain import Quarter
from .changes import ChangeSet, Conflict, EditError, _coerce, plan_of
from .database import Database
from .schema import Plan, QuarterTarget, StatedFigure


def stated_keys(year: int) -> list[str]:
    """The figures a plan of ``year`` states about itself, in the order a report gives them: its key projects and
    investment, its indicators (how many, binding, expected), and last year's (how many, met, not met, adjusted)."""
    this, last = f"indicators_{year}", f"indicators_{year - 1}"
    return ["key_projects", "annual_investment", this, f"{this}_binding", f"{this}_expected",
            last, f"{last}_met", f"{last}_not_met", f"{last}_adjusted"]


_WHOLE = {"annual_investment": False}  # every other figure counts something: a whole number
# the plan's own words, beside its figures: its title and who issues it (a printout's heading and foot), its 文号
PLAN_FIELDS = ("title", "issuing_office", "document_number")


def read_figures(db: Database, year: int) -> dict[str, Any]:
    """{"stated": {key: value or None}, "quarters": [{"quarter": 1…4, "starts", "completions"}]} for ``year``'s
    plan: what the dialog shows and what an edit of it is checked against."""
    with db.read() as s:
        return _figures(s, plan_of(s, year).id, year)


def _figures(s, plan_id: int, year: int) -> dict[str, Any]:
    plan = s.get(Plan, plan_id)
    held = dict(s.execute(select(StatedFigure.key, StatedFigure.value).where(StatedFigure.plan_id == plan_id)).all())
    stated = {k: (held[k] if k in _WHOLE or held.get(k) is None else int(held[k])) if k in held else None
              for k in stated_keys(year)}
    quarters = {t.quarter: t for t in s.scalars(select(QuarterTarget).where(QuarterTarget.plan_id == plan_id))}
    return {"plan": {k: getattr(plan, k) for k in PLAN_FIELDS}, "stated": stated,
            "quarters": [{"quarter": n, "starts": getattr(quarters.get(Quarter(year, n)), "starts", None),
                          "completions": getattr(quarters.get(Quarter(year, n)), "completions", None)}
                         for n in range(1, 5)]}


def words_of(db: Database, year: int) -> dict[str, Any]:
    """What ``year``'s figures were stated with — each figure's unit, the report's words ("65个重点项目") and where
    they stand (三(五)) — for an undo step to give back with the figures: a figure cleared and put back by an undo is
    the report's again, not one typed in (a figure typed over loses them, as the words no longer say it)."""
    with db.read() as s:
        plan_id = plan_of(s, year).id
        return {"stated": {r.key: {"unit": r.unit, "text": r.text, "source": r.source}
                           for r in s.scalars(select(StatedFigure).where(StatedFigure.plan_id == plan_id))},
                "quarters": {t.quarter.q: {"text": t.text, "source": t.source}
                             for t in s.scalars(select(QuarterTarget).where(QuarterTarget.plan_id == plan_id))}}


def set_figures(db: Database, year: int, figures: dict[str, Any], expected: dict[str, Any] | None = None,
                words: dict[str, Any] | None = None) -> ChangeSet:
    """Write ``figures`` (as :func:`read_figures` gives them; a figure left out is left as it is, None clears it),
    in one transaction. With ``expected`` (what the planner saw, or what an undo step left), a figure changed
    since is a :class:`Conflict`. ``words`` (:func:`words_of` when ``figures`` last held) are given back to the
    figures written: an undo puts the figures back as they were stated."""
    cs = ChangeSet()
    with db.session() as s:
        plan = plan_of(s, year)
        now = _figures(s, plan.id, year)
        if expected is not None and not _holds(now, expected):
            raise Conflict("stated_figure", plan.id, {"title": "计划数"})  # named as the planner knows them
        for key, value in (figures.get("plan") or {}).items():
            if key not in PLAN_FIELDS:
                raise EditError(f"不能设置计划数：{key}")
            value = (value or "").strip() or None
            if key == "title" and value is None:
                raise EditError("计划名称不能为空")  # the printouts' heading
            if getattr(plan, key) != value:
                setattr(plan, key, _coerce(Plan, key, value))
                cs.note("updated", "plan", plan.id)
        rows = {r.key: r for r in s.scalars(select(StatedFigure).where(StatedFigure.plan_id == plan.id))}
        for key, value in (figures.get("stated") or {}).items():
            if key not in stated_keys(year):
                raise EditError(f"不能设置计划数：{key}")
            value = _checked(key, value)
            row = rows.get(key)
            if value is None:
                if row is not None:
                    s.delete(row)
                    cs.note("deleted", "stated_figure", row.id)
            elif row is None:
                row = StatedFigure(plan_id=plan.id, key=key, value=value, unit="亿元" if key == "annual_investment"
                                   else None, source="手工填写")
                s.add(row)
                s.flush()
                cs.note("inserted", "stated_figure", row.id)
            elif row.value != value:
                # the report's words ("65个重点项目") no longer say the figure: kept only while they do
                row.value, row.text, row.source = value, None, "手工填写"
                cs.note("updated", "stated_figure", row.id)
        targets = {t.quarter: t for t in s.scalars(select(QuarterTarget).where(QuarterTarget.plan_id == plan.id))}
        for given in figures.get("quarters") or ():
            q = Quarter(year, int(given["quarter"]))
            t = targets.get(q)
            # a figure the step does not name stays as it is
            starts = _checked("starts", given["starts"]) if "starts" in given else getattr(t, "starts", None)
            completions = (_checked("completions", given["completions"]) if "completions" in given
                           else getattr(t, "completions", None))
            if t is None:
                if starts is None and completions is None:
                    continue
                t = QuarterTarget(plan_id=plan.id, quarter=q, starts=starts, completions=completions, source="手工填写")
                s.add(t)
                s.flush()
                cs.note("inserted", "quarter_target", t.id)
            elif (t.starts, t.completions) != (starts, completions):
                if starts is None and completions is None and t.investment is None:
                    s.delete(t)
                    cs.note("deleted", "quarter_target", t.id)
                else:
                    t.starts, t.completions, t.text, t.source = starts, completions, None, "手工填写"
                    cs.note("updated", "quarter_target", t.id)
        if words:
            _restate(s, plan.id, figures, words)
        s.flush()
    return cs


def _restate(s, plan_id: int, figures: dict[str, Any], words: dict[str, Any]) -> None:
    """Give the figures just written back the words they were stated with (:func:`words_of`)."""
    s.flush()
    for key in figures.get("stated") or ():
        row = s.scalar(select(StatedFigure).where(StatedFigure.plan_id == plan_id, StatedFigure.key == key))
        if row is not None and key in words["stated"]:
            for name, value in words["stated"][key].items():
                setattr(row, name, value)
    targets = {t.quarter.q: t for t in s.scalars(select(QuarterTarget).where(QuarterTarget.plan_id == plan_id))}
    for given in figures.get("quarters") or ():
        n = int(given["quarter"])
        if n in targets and n in words["quarters"]:
            for name, value in words["quarters"][n].items():
                setattr(targets[n], name, value)


def _checked(key: str, value: Any) -> float | int | None:
    """A figure as stored: None for blank; a count whole and not negative, the investment a number ≥ 0."""
    if value is None or value == "":
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise EditError(f"“{value}”不是数字") from None
    if not math.isfinite(number):  # int() of it raised OverflowError
        raise EditError(f"“{value}”不是数字")
    if number < 0:
        raise EditError(f"计划数不能为负数：“{value}”")
    if key in _WHOLE:
        return number
    if number != int(number):
        raise EditError(f"“{value}”不是整数")
    return int(number)


def _holds(now: dict[str, Any], expected: dict[str, Any]) -> bool:
    """Whether every figure ``expected`` names still holds its value (others may have moved: no conflict)."""
    if any(now["stated"].get(k) != v for k, v in (expected.get("stated") or {}).items()):
        return False
    if any(now["plan"].get(k) != v for k, v in (expected.get("plan") or {}).items()):
        return False
    held = {q["quarter"]: q for q in now["quarters"]}
    return all(held[int(q["quarter"])].get(k) == q.get(k) for q in expected.get("quarters") or ()
               for k in ("starts", "completions") if k in q)
