"""数据检查: what in the plan's key projects, targets and indicators does not add up, before a report goes out.

Lists come from many units, typed and pasted; a year's investment larger than the whole project's, a
completion before the start, a quarter's figure gone negative after a correction, a project nobody
answers for — each makes a report's figures wrong or a project impossible to chase. Every check is one
query over the listed projects (fast at any size); each finding names the project and the figures. The
indicators (a couple of dozen a year) are judged in Python, by the rules the dashboard counts them with.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from sqlalchemy import and_, delete, func, or_, select

from ..domain.compared import units_apart
from ..domain.quarter import Quarter
from ..domain.target import Score, Target, plain_number
from ..domain.verdicts import pace_said, verdict_of
from .changes import ChangeSet
from .dashboard import figure_standing
from .history import author
from .project_rows import past_plan_conditions
from .queries import find_plan, previous_levels
from .settings import light_rules
from .schema import (
    AcceptedFinding, Indicator, IndicatorYear, KeyProject, Measure, MeasureTarget, PlanEntry, QuarterInvestment,
    Section, TargetStep, indicator_order,
)

__all__ = ["Accepted", "Finding", "CHECKS", "NAMES", "accept_findings", "find_problems", "open_findings",
           "restore_marks", "unaccept_findings"]

LIMIT = 1000  # findings per check: a thousand of one kind is a pattern to fix at its source


@dataclass(frozen=True)
class Accepted:
    """A finding marked as right (标为无误): by whom, when, and why."""

    by: str | None
    at: dt.datetime
    note: str | None


@dataclass(frozen=True)
class Finding:
    check: str  # a key of CHECKS
    project_id: int | None  # the key project; None for a finding about a measure's target
    project: str  # the project's name, or the target as written
    values: dict[str, Any] = field(default_factory=dict)  # the figures the message names
    target_id: int | None = None  # the measure's target (举措与目标) the finding is about
    indicator_id: int | None = None  # the indicator's year (IndicatorYear) the finding is about
    accepted: Accepted | None = None  # marked as right while worded as it is now
    year: int | None = None  # an indicator's finding: the year of its table
    units: tuple[str, ...] = ()  # who answers for the project or target (none for an indicator)

    def name(self, language: str = "zh") -> str:
        """What the finding is about as the list shows it: the project, the target, or the indicator and its
        year ("地区生产总值增速（2023年）", "地区生产总值增速 (2023)")."""
        if self.year is None:
            return self.project
        return f"{self.project}（{self.year}年）" if language == "zh" else f"{self.project} ({self.year})"

    @property
    def subject(self) -> str:
        """What the finding is about, as kept beside a mark: "project:12", "target:5", "indicator:7"."""
        if self.target_id is not None:
            return f"target:{self.target_id}"
        if self.indicator_id is not None:
            return f"indicator:{self.indicator_id}"
        return f"project:{self.project_id}"

    def text(self, language: str = "zh") -> str:
        zh, en = CHECKS[self.check]
        v = {k: _shown(x, language) for k, x in self.values.items()}
        return (zh if language == "zh" else en).format(**v)


def _shown(v: Any, language: str) -> str:
    if isinstance(v, Quarter):
        return v.label_zh if language == "zh" else f"{v.year} Q{v.q}"
    if isinstance(v, float):
        return f"{v:.4f}".rstrip("0").rstrip(".")
    return str(v)


# key → (Chinese, English); the order is the dialog's
CHECKS: dict[str, tuple[str, str]] = {
    "annual_over_total": ("年度计划投资{annual}亿元大于总投资{total}亿元",
                          "the year's planned investment {annual} is more than the total {total} (100M CNY)"),
    "over_total": ("截至上年底累计完成{before}亿元加年度计划{annual}亿元，超过总投资{total}亿元",
                   "invested before the year {before} plus the year's plan {annual} exceed the total {total} "
                   "(100M CNY)"),
    "quarters_vs_annual": ("四个季度计划投资合计{quarters}亿元，与年度计划投资{annual}亿元不符",
                           "the four quarters' planned investment add up to {quarters}, not the year's {annual} "
                           "(100M CNY)"),
    "negative_quarter": ("{quarter}完成投资为负数（{actual}亿元），多因上报的累计数小于此前各季度之和",
                         "{quarter}'s investment is negative ({actual}), mostly a running total reported below "
                         "the earlier quarters'"),
    "planned_reversed": ("计划完工（{completion}）早于计划开工（{start}）",
                         "planned to complete ({completion}) before it starts ({start})"),
    "done_before_started": ("实际完工（{completion}）早于实际开工（{start}）",
                            "completed ({completion}) before it started ({start})"),
    "done_not_started": ("已填实际完工（{completion}），未填实际开工",
                         "completed ({completion}) with no actual start"),
    "in_the_future": ("实际{what}（{when}）晚于本季度（{now}）", "actual {what_en} ({when}) is after this quarter ({now})"),
    "new_started_before": ("性质为新开工，但{start}已开工（本年度为{year}年）",
                           "listed as new (新开工) but started in {start} (the plan is {year}'s)"),
    "new_planned_before": ("性质为新开工，但计划开工时间为{start}，早于{year}年",
                           "listed as new (新开工) but planned to start in {start}, before {year}"),
    "continuing_starts_later": ("性质为续建，但计划开工时间为{start}（本年度为{year}年）",
                                "listed as continuing (续建) but planned to start in {start} (the plan is {year}'s)"),
    "completing_not_this_year": ("性质为计划完工，但计划完工时间为{completion}，不在{year}年",
                                 "listed to complete this year (计划完工) but planned to complete in {completion}, "
                                 "not {year}"),
    "plan_overdue": ("计划{what}（{when}）已过，至今未{what}：请安排{year}年的计划时间",
                     "planned {what_en} ({when}) has passed, not done: give it a {year} plan"),
    "no_date": ("性质为{nature}，但没有计划{what}时间：无法判断预警",
                "listed as {nature} with no planned {what_en}: its light cannot be judged"),
    "names_alike": ("与“{other}”名称相近：是否同一项目列了两次？", "its name is like “{other}”: the same project listed twice?"),
    "no_unit": ("未填责任单位或业主单位：催报和各单位进展都找不到它",
                "no unit responsible and no owner: no unit's form or progress names it"),
    "target_no_unit": ("目标和所属举措都没有写责任单位：各单位的填报表和进展都找不到它",
                       "neither the target nor its measure names a unit responsible: no unit's form or progress "
                       "names it"),
    "step_after_due": ("季度安排中{step}的一步晚于完成时限{due}", "a quarterly step in {step} is after the deadline {due}"),
    "status_vs_figure": ("完成情况写“{status}”，但完成值{actual}对照目标“{target}”为{judged}",
                         "the table says “{status}”, but {actual} against the target {target} is {judged_en}"),
    "units_apart": ("目标单位“{target_unit}”与指标单位“{unit}”不同：完成值无法对照目标",
                    "the target is in “{target_unit}”, the indicator in “{unit}”: its figures cannot be judged"),
    "no_result": ("{year}年已过，目标“{target}”未填完成值或完成情况",
                  "{year} is over and the target {target} has no result or status"),
}


# each check in a few words (a choice of the dialog), Chinese and English
NAMES: dict[str, tuple[str, str]] = {
    "annual_over_total": ("年度计划大于总投资", "Year's plan over the total"),
    "over_total": ("累计加年度计划超过总投资", "Before plus the year over the total"),
    "quarters_vs_annual": ("季度计划与年度计划不符", "Quarters do not add up to the year"),
    "negative_quarter": ("季度完成投资为负数", "Negative quarter"),
    "planned_reversed": ("计划完工早于开工", "Planned completion before start"),
    "done_before_started": ("实际完工早于开工", "Completed before started"),
    "done_not_started": ("已完工未填开工", "Completed, no start"),
    "in_the_future": ("实际时间晚于本季度", "Actual date in the future"),
    "new_started_before": ("新开工项目早已开工", "New, but started before"),
    "new_planned_before": ("新开工项目计划开工在上年以前", "New, planned to start before the year"),
    "continuing_starts_later": ("续建项目计划本年以后开工", "Continuing, planned to start this year or later"),
    "completing_not_this_year": ("计划完工不在本年度", "To complete, not this year"),
    "plan_overdue": ("计划时间已过上年", "Plan from a past year"),
    "no_date": ("缺少计划时间", "No planned date"),
    "names_alike": ("名称相近", "Names alike"),
    "no_unit": ("未填单位", "No unit"),
    "target_no_unit": ("目标未写责任单位", "Target with no unit"),
    "step_after_due": ("季度安排晚于完成时限", "Step after the deadline"),
    "status_vs_figure": ("完成情况与完成值不符", "Status against the figure"),
    "units_apart": ("指标与目标单位不同", "Target in another unit"),
    "no_result": ("年度已过未填完成情况", "Year over, no result"),
}


def find_problems(s, year: int | None, today: dt.date | None = None) -> list[Finding]:
    """Every finding over the plan's listed projects, its targets and indicators, in CHECKS' order, then
    the list's order; those marked as right (worded the same) carry their mark."""
    plan = find_plan(s, year)
    marks = {(a.kind, a.subject, a.message): Accepted(a.accepted_by, a.accepted_at, a.note)
             for a in s.scalars(select(AcceptedFinding).where(AcceptedFinding.plan_id == plan.id))}
    units = _units_of(s, plan)
    return [replace(f, accepted=marks.get((f.check, f.subject, f.text())), units=units.get(f.subject, ()))
            for f in _found(s, plan, today)]


def invested_in_year(s, project_id: int, year: int) -> float | None:
    """What a project reports invested in the year's quarters (None: nothing reported): what taking it off
    the list takes out of the plan's figures."""
    qi = QuarterInvestment
    return s.scalar(select(func.sum(qi.actual)).where(qi.project_id == project_id, qi.quarter >= Quarter(year, 1),
                                                      qi.quarter <= Quarter(year, 4), qi.actual.is_not(None)))


def _units_of(s, plan) -> dict[str, tuple[str, ...]]:
    """Who answers for each listed project and each target, by subject, as 各单位进展 counts them (责任单位,
    else 业主单位; a target's, else its measure's): the unit a finding is sent to."""
    from ..domain.units import units_named

    out = {}
    for pid, responsible, owner in s.execute(
            select(KeyProject.id, KeyProject.responsible_unit, KeyProject.owner)
            .join(PlanEntry, and_(PlanEntry.project_id == KeyProject.id, PlanEntry.plan_id == plan.id))):
        out[f"project:{pid}"] = tuple(sorted(units_named(responsible) or units_named(owner)))
    for tid, own, measure in s.execute(
            select(MeasureTarget.id, MeasureTarget.responsible_unit, Measure.responsible_unit)
            .join(Measure, Measure.id == MeasureTarget.measure_id).join(Section, Section.id == Measure.section_id)
            .where(Section.plan_id == plan.id)):
        out[f"target:{tid}"] = tuple(sorted(units_named(own or measure)))
    return out


def open_findings(s, year: int | None, today: dt.date | None = None) -> list[Finding]:
    """The findings not marked as right: what the keep box and the CLI count."""
    return [f for f in find_problems(s, year, today) if f.accepted is None]


def accept_findings(db, year: int | None, findings: list[Finding], note: str | None) -> ChangeSet:
    """Mark findings as right, with why (or no note), in one transaction; marking one again replaces its note."""
    with db.session() as s:
        mark = Accepted(author(s), dt.datetime.now(dt.timezone.utc), (note or "").strip() or None)
        return _write_marks(s, find_plan(s, year), [(f, mark) for f in findings])


def unaccept_findings(db, year: int | None, findings: list[Finding]) -> ChangeSet:
    """Take the marks off: the findings count again."""
    with db.session() as s:
        return _write_marks(s, find_plan(s, year), [(f, None) for f in findings])


def restore_marks(db, year: int | None, findings: list[Finding]) -> ChangeSet:
    """Each finding's mark as ``Finding.accepted`` held it (who, when, why), or none: what an undo puts back."""
    with db.session() as s:
        return _write_marks(s, find_plan(s, year), [(f, f.accepted) for f in findings])


def _write_marks(s, plan, marks: list[tuple[Finding, Accepted | None]]) -> ChangeSet:
    cs = ChangeSet()
    for f, mark in marks:
        for row_id in s.scalars(select(AcceptedFinding.id).where(*_same(plan.id, f))):
            cs.note("deleted", "accepted_finding", row_id)
        s.execute(delete(AcceptedFinding).where(*_same(plan.id, f)))
        if mark is not None:
            row = AcceptedFinding(plan_id=plan.id, kind=f.check, subject=f.subject, message=f.text(), note=mark.note,
                                  accepted_by=mark.by, accepted_at=mark.at)
            s.add(row)
            s.flush()
            cs.note("inserted", "accepted_finding", row.id)
    return cs


def _same(plan_id: int, f: Finding):
    a = AcceptedFinding
    return a.plan_id == plan_id, a.kind == f.check, a.subject == f.subject, a.message == f.text()


def _found(s, plan, today: dt.date | None) -> list[Finding]:
    now = Quarter.from_date(today or dt.date.today())
    p, e = KeyProject.__table__.c, PlanEntry.__table__.c
    listed = and_(e.project_id == p.id, e.plan_id == plan.id, e.on_list.is_(True))

    def rows(*cols, where):
        q = (select(p.id, p.name, *cols).select_from(KeyProject.__table__.join(PlanEntry.__table__, listed))
             .where(where).order_by(e.seq, p.id).limit(LIMIT))
        return s.execute(q).all()

    out: list[Finding] = []

    def add(check, found):
        out.extend(Finding(check, pid, name, values) for pid, name, values in found)

    add("annual_over_total", [(i, n, {"annual": a, "total": t}) for i, n, a, t in rows(
        e.annual_investment, p.total_investment, where=e.annual_investment > p.total_investment * 1.0001)])
    add("over_total", [(i, n, {"before": b, "annual": a, "total": t}) for i, n, b, a, t in rows(
        e.invested_before, e.annual_investment, p.total_investment,
        where=and_(e.annual_investment <= p.total_investment * 1.0001,  # said once, above, when the year alone is
                   e.invested_before + e.annual_investment > p.total_investment * 1.0001))])
    qi = QuarterInvestment.__table__.c
    in_year = and_(qi.project_id == p.id, qi.quarter >= Quarter(plan.year, 1), qi.quarter <= Quarter(plan.year, 4))
    planned_quarters = (select(func.sum(qi.planned)).where(in_year, qi.planned.is_not(None))
                        .correlate(KeyProject.__table__).scalar_subquery())
    quarters_given = (select(func.count()).where(in_year, qi.planned.is_not(None))
                      .correlate(KeyProject.__table__).scalar_subquery())
    add("quarters_vs_annual", [(i, n, {"quarters": round(q, 4), "annual": a}) for i, n, q, a in rows(
        planned_quarters, e.annual_investment,
        where=and_(quarters_given == 4, func.abs(planned_quarters - e.annual_investment) > 0.005))])
    negative = s.execute(
        select(p.id, p.name, qi.quarter, qi.actual)
        .select_from(KeyProject.__table__.join(PlanEntry.__table__, listed).join(QuarterInvestment.__table__,
                                                                                  in_year))
        .where(qi.actual < 0).order_by(e.seq, p.id, qi.quarter).limit(LIMIT)).all()
    add("negative_quarter", [(i, n, {"quarter": q, "actual": a}) for i, n, q, a in negative])
    add("planned_reversed", [(i, n, {"start": a, "completion": b}) for i, n, a, b in rows(
        p.planned_start, p.planned_completion, where=p.planned_completion < p.planned_start)])
    add("done_before_started", [(i, n, {"start": a, "completion": b}) for i, n, a, b in rows(
        p.actual_start, p.actual_completion, where=p.actual_completion < p.actual_start)])
    add("done_not_started", [(i, n, {"completion": b}) for i, n, b in rows(
        p.actual_completion, where=and_(p.actual_completion.is_not(None), p.actual_start.is_(None)))])
    future = []
    for i, n, a, b in rows(p.actual_start, p.actual_completion,
                           where=or_(p.actual_start > now.index, p.actual_completion > now.index)):
        for when, what, what_en in ((a, "开工", "start"), (b, "完工", "completion")):
            if when is not None and when > now:
                future.append((i, n, {"what": what, "what_en": what_en, "when": when, "now": now}))
    add("in_the_future", future)
    first = Quarter(plan.year, 1)
    add("new_started_before", [(i, n, {"start": a, "year": plan.year}) for i, n, a in rows(
        p.actual_start, where=and_(e.nature == "新开工", p.actual_start < first.index))])
    # the nature against the planned start (an import takes both as the list gives them: "新开工" beside
    # "2023年5月", "续建" beside "2024年6月"); the actual start, where there is one, is the check above
    add("new_planned_before", [(i, n, {"start": a, "year": plan.year}) for i, n, a in rows(
        p.planned_start, where=and_(e.nature == "新开工", p.actual_start.is_(None), p.planned_start < first.index))])
    add("continuing_starts_later", [(i, n, {"start": a, "year": plan.year}) for i, n, a in rows(
        p.planned_start, where=and_(e.nature == "续建", p.actual_start.is_(None), p.planned_start >= first.index))])
    add("completing_not_this_year", [(i, n, {"completion": c, "year": plan.year}) for i, n, c in rows(
        p.planned_completion, where=and_(e.nature == "计划完工", p.planned_completion.is_not(None),
                                         or_(p.planned_completion < first.index,
                                             p.planned_completion > Quarter(plan.year, 4).index)))])
    # carried into this year's plan and still due by last year's: to be re-planned
    due_start, due_completion, start_overdue, completion_overdue = past_plan_conditions(first)
    overdue = []
    for i, n, start, completion, late_start, late_completion in rows(
            due_start, due_completion, start_overdue, completion_overdue, where=or_(start_overdue, completion_overdue)):
        for late, when, what, what_en in ((late_start, start, "开工", "start"),
                                          (late_completion, completion, "完工", "completion")):
            if late:
                overdue.append((i, n, {"what": what, "what_en": what_en, "when": when, "year": plan.year}))
    add("plan_overdue", overdue)
    no_date = []
    for nature, column, text, what, what_en in (("新开工", p.planned_start, p.planned_start_text, "开工", "start"),
                                                ("计划完工", p.planned_completion, p.planned_completion_text, "完工",
                                                 "completion")):
        no_date += [(i, n, {"nature": nature, "what": what, "what_en": what_en}) for i, n in rows(
            where=and_(e.nature == nature, column.is_(None), or_(text.is_(None), text == "")))]
    add("no_date", no_date)
    add("names_alike", _names_alike(s, listed))
    add("no_unit", [(i, n, {}) for i, n in rows(
        where=and_(or_(p.responsible_unit.is_(None), p.responsible_unit == ""), or_(p.owner.is_(None), p.owner == "")))])
    out += _target_problems(s, plan)
    out += _indicator_problems(s, plan, today or dt.date.today())
    return out


def _names_alike(s, listed) -> list[tuple[int, str, dict]]:
    """Each listed project whose name is like an earlier one's (`names.alike`): one project typed twice
    when units' lists were merged. Said on the later of the two, naming the earlier."""
    p, e = KeyProject.__table__.c, PlanEntry.__table__.c
    first: dict[str, tuple[int, str]] = {}
    for pid, name, key in s.execute(select(p.id, p.name, p.name_key)
                                    .select_from(KeyProject.__table__.join(PlanEntry.__table__, listed))
                                    .order_by(e.seq, p.id)):
        first.setdefault(key, (pid, name))
    out = []
    for key, earlier in _earlier_alike(tuple(first))[:LIMIT]:
        pid, name = first[key]
        out.append((pid, name, {"other": first[earlier][1], "other_id": first[earlier][0]}))
    return out


@lru_cache(maxsize=2)
def _earlier_alike(keys: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """Each key alike an earlier one, with it. Cached on the list's names: the dialog reads its findings
    again after every change, and an edit of a figure leaves the names (0.4–0.9 s at 50,000) as they were."""
    from .names import CandidateIndex

    index = CandidateIndex(keys)
    return tuple((key, earlier) for at, key in enumerate(index.keys)
                 if (earlier := index.like(key, before=at)) is not None)


def _target_problems(s, plan) -> list[Finding]:
    """The measures' targets: nobody named to answer for one, a quarterly step after its deadline, a
    review's word its figure contradicts."""
    t, m, sec = MeasureTarget.__table__.c, Measure.__table__.c, Section.__table__.c
    of_plan = (select(t.id, t.text).select_from(MeasureTarget.__table__.join(Measure.__table__, m.id == t.measure_id)
                                                .join(Section.__table__, sec.id == m.section_id))
               .where(sec.plan_id == plan.id).order_by(sec.number, m.seq, t.seq).limit(LIMIT))
    blank = lambda c: or_(c.is_(None), c == "")  # noqa: E731
    out = [Finding("target_no_unit", None, text, {}, tid)
           for tid, text in s.execute(of_plan.where(blank(t.responsible_unit), blank(m.responsible_unit)))]
    st = TargetStep.__table__.c
    due = func.coalesce(t.quarter, Quarter(plan.year, 4).index)  # dashboard.target_due: no quarter is the year's
    latest = select(func.max(st.quarter)).where(st.target_id == t.id).correlate(MeasureTarget.__table__).scalar_subquery()
    as_quarter = lambda v: v if isinstance(v, Quarter) else Quarter.from_index(v)  # noqa: E731 - typed or not
    out += [Finding("step_after_due", None, text, {"step": as_quarter(step), "due": as_quarter(d)}, tid)
            for tid, text, step, d in s.execute(of_plan.add_columns(latest, due).where(latest > due))]
    # a review's word its figure contradicts: "完成" on 0.9万户 of 1.2 (judged as the dashboard judges a figure)
    for tid, text, op, value, unit, actual, actual_text, status in s.execute(
            of_plan.add_columns(t.op, t.value, t.unit, t.actual, t.actual_text, t.status)
            .where(t.actual.is_not(None), t.status.is_not(None), t.status != "")):
        # a word of the pace ("达到序时进度" on 15 of 20 in September) is against the time gone, not the year's target
        verdict = verdict_of(status) if pace_said(status) is None else None
        target = Target(op, value, unit, text)
        judged = {Score.MET: "met", Score.NOT_MET: "not_met"}.get(target.score(actual))
        if verdict in ("met", "not_met") and judged is not None and judged != verdict:
            shown = actual_text or plain_number(actual) + (unit or "")
            out.append(Finding("status_vs_figure", None, text, {
                "status": status, "actual": shown.replace(":", "："), "target": text, "judged": _JUDGED[judged][0],
                "judged_en": _JUDGED[judged][1]}, tid))
    return out


# a figure's standing as the check words it, and whether it agrees with a word of 完成
_JUDGED = {"met": ("完成", "met", True), "not_met": ("未完成", "not met", False),
           "on_pace": ("达到时序进度", "on pace", True), "behind_pace": ("未达时序进度", "behind pace", False),
           # short of the time gone, if only a little: a word of 达到 overstates it, one of 未达 does not
           "near_pace": ("基本达到时序进度", "nearly on pace", False)}


def _indicator_problems(s, plan, today: dt.date) -> list[Finding]:
    """The plan's two indicator tables (last year's results, this year's targets): a status word the
    figure contradicts (完成 on a figure short of its target), a target in another unit than its
    indicator's, a year over with nothing reported against its target."""
    rows = s.execute(select(IndicatorYear, Indicator).join(Indicator, Indicator.id == IndicatorYear.indicator_id)
                     .where(IndicatorYear.year.in_((plan.year - 1, plan.year)))
                     .order_by(IndicatorYear.year, *indicator_order())).all()
    levels = {y: previous_levels(s, y) for y in (plan.year - 1, plan.year)}
    near = light_rules(s).near_pace_points
    out: list[Finding] = []
    for iy, ind in rows:
        def add(check, **values):
            out.append(Finding(check, None, ind.name, values, indicator_id=iy.id, year=iy.year))

        target = iy.target_text or ""
        verdict = verdict_of(iy.status)
        if verdict in ("met", "not_met") and target:
            judged = figure_standing(iy, ind.unit, levels[iy.year].get(ind.id), near, ind.name)
            if judged in _JUDGED and _JUDGED[judged][2] != (verdict == "met"):
                # "1-9月：6.9" (kept as "1-9月:6.9", the months a running total runs to)
                actual = (iy.actual_text or (plain_number(iy.actual) + (ind.unit or ""))).replace(":", "：")
                add("status_vs_figure", status=iy.status, actual=actual, target=target,
                    judged=_JUDGED[judged][0], judged_en=_JUDGED[judged][1])
        if target and units_apart(iy.target_unit, ind.unit):
            add("units_apart", target_unit=iy.target_unit, unit=ind.unit)
        if (target and iy.year < today.year and not (iy.status or "").strip() and iy.actual is None
                and not any(c.isdigit() for c in iy.actual_text or "")):
            add("no_result", year=iy.year, target=target)
    order = list(CHECKS)
    return sorted(out, key=lambda f: order.index(f.check))  # stable: each check's in the tables' order
