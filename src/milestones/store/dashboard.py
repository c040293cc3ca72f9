"""The plan at a glance for a chosen quarter: what the dashboard shows.

All counting is done in SQL so the figures come quickly at any size.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import and_, case, func, select

from ..domain.compared import compared_figure, share_said
from ..domain.plain_text import normalise_text
from ..domain.progress import Light, LightRules, time_elapsed
from ..domain.quarter import Quarter
from ..domain.steps import Step, step_score
from ..domain.target import RATE_UNITS, Score, Target, pace, pace_shares, reported_months
from ..domain.verdicts import pace_said, verdict_of
from .database import Database
from .history import deadlines_moved, plan_year_start, targets_reworded
from .list_adjustments import adjusted, list_made_on
from .project_rows import invested_expression, light_expression, past_plan_conditions, plan_revised, reported_in
from .queries import QuarterCounts, find_plan, previous_levels, quarter_counts
from .settings import light_rules
from .schema import (
    Indicator, IndicatorYear, KeyProject, Measure, MeasureTarget, Plan, PlanEntry, QuarterInvestment, Section,
    StatedFigure, TargetStep, Zone, indicator_order,
)

__all__ = ["Dashboard", "count_figures", "dashboard", "target_due", "target_standing"]


NEAR_PACE_POINTS = LightRules().near_pace_points  # the default band, where no office's rules are at hand


@dataclass
class Dashboard:
    year: int
    at: Quarter
    quarters: list[QuarterCounts]
    investment_stated: float | None
    investment_planned: float | None  # sum of the projects' annual planned investment
    investment_planned_to_date: float | None  # quarterly plans up to ``at``
    investment_actual_to_date: float | None
    time_elapsed: float
    lights_by_zone: dict[str, Counter] = field(default_factory=dict)
    indicators: Counter = field(default_factory=Counter)
    # what the plan's text says of the year's indicators: listed, binding, expected (when it says)
    indicators_stated: dict[str, int] = field(default_factory=dict)
    measure_targets: Counter = field(default_factory=Counter)  # listed, due (by ``at``), met, not_met, pending…
    # the steps of ``at`` (季度安排): planned, and of those met, not_met, pending (no review yet), unscorable
    quarter_steps: Counter = field(default_factory=Counter)
    # 开工率 / 竣工率: of the listed projects due to start (complete) by ``at``, how many
    # have (made, due); a project started early is not "due" and does not inflate the rate
    starts_due: tuple[int, int] = (0, 0)
    completions_due: tuple[int, int] = (0, 0)
    # listed projects still planned to start / complete before the year and not done by ``at``: carried over from
    # last year's plan and not re-planned (they are late; the rates above count the year's own plans)
    past_due: tuple[int, int] = (0, 0)
    # of the starts / completions due, those whose plan names only the year (due by its fourth quarter)
    due_by_year: tuple[int, int] = (0, 0)
    # the quarter's report: listed projects that have reported ``at``'s actual investment, of all listed
    reported: tuple[int, int] = (0, 0)
    rules: LightRules = field(default_factory=LightRules)  # the office's warning rules the lights were judged by
    plan_revised: int = 0  # listed projects whose planned start or completion was revised (修改记录)
    # projects put on the list and taken off it since it was made (调入, 调出: list_adjustments)
    list_adjusted: tuple[int, int] = (0, 0)
    # zone → (the year's planned investment, invested to ``at``; None: nothing given): 分区域看 in the paragraph
    investment_by_zone: dict[str, tuple[float | None, float | None]] = field(default_factory=dict)
    # a plan with fewer than two zones named (a district listing its projects by street, all under 全区): the lights
    # by area instead, in the plan's order — (area id, None for the projects naming none; name; lights; the year's
    # planned investment; invested to ``at``)
    lights_by_area: list[tuple[int | None, str, Counter, float | None, float | None]] = field(default_factory=list)
    # the indicators behind the time gone (未达时序进度), in the table's order: (name, % of the year's target
    # done, % of the year gone; both None for a rate or growth, held against its target as it is)
    behind_pace: list[tuple[str, float | None, float | None]] = field(default_factory=list)
    near_pace: list[tuple[str, float | None, float | None]] = field(default_factory=list)  # 基本达到时序进度, alike
    projects_stated: int | None = None  # the key projects the plan states ("65个重点项目"), beside ``reported``'s listed

    @property
    def investment_rate(self) -> float | None:
        base = self.investment_planned or self.investment_stated
        if not base or self.investment_actual_to_date is None:
            return None
        return self.investment_actual_to_date / base

    @property
    def points_behind(self) -> float | None:
        """Percentage points the investment is behind 序时进度 (negative = ahead)."""
        r = self.investment_rate
        return None if r is None else (self.time_elapsed - r) * 100


def dashboard(db: Database, year: int | None, at: Quarter | None = None) -> Dashboard:
    with db.read() as s:
        return count_figures(s, year, at)


def count_figures(s, year: int | None, at: Quarter | None = None) -> Dashboard:
    """The dashboard's figures read in session ``s`` (a report kept counts them inside its own write)."""
    plan = find_plan(s, year)
    at = at or Quarter(plan.year, 4)
    on_list = select(PlanEntry.project_id).where(PlanEntry.plan_id == plan.id, PlanEntry.on_list.is_(True))
    figures = dict(s.execute(select(StatedFigure.key, StatedFigure.value)
                             .where(StatedFigure.plan_id == plan.id)).all())
    stated = figures.get("annual_investment")
    key = f"indicators_{plan.year}"
    indicators_stated = {k: int(figures[f]) for k, f in (("listed", key), ("binding", f"{key}_binding"),
                                                          ("expected", f"{key}_expected")) if f in figures}
    planned = s.scalar(select(func.sum(PlanEntry.annual_investment))
                       .where(PlanEntry.plan_id == plan.id, PlanEntry.on_list.is_(True)))
    first = Quarter(plan.year, 1)
    inv = s.execute(
        select(func.sum(QuarterInvestment.planned), func.sum(QuarterInvestment.actual))
        .where(QuarterInvestment.project_id.in_(on_list),
               QuarterInvestment.quarter >= first, QuarterInvestment.quarter <= at)
    ).one()
    listed_now = s.execute(
        select(func.sum(case((reported_in(at), 1), else_=0)), func.count())
        .select_from(PlanEntry).join(KeyProject, KeyProject.id == PlanEntry.project_id)
        .where(PlanEntry.plan_id == plan.id, PlanEntry.on_list.is_(True))).one()
    rules = light_rules(s)
    light = light_expression(at, rules)
    zones = {z.id: z.name for z in s.scalars(select(Zone))}
    per_zone = _lights_by(s, plan, light, at, KeyProject.zone_id)
    lights = {zones.get(z, ""): counts for z, (counts, _planned, _done) in per_zone.items()}
    by_zone = {zones.get(z, ""): [planned, done] for z, (_counts, planned, done) in per_zone.items()}
    lights_by_area = _lights_by_area(s, plan, light, at) if sum(bool(n) for n in lights) < 2 else []
    indicators: Counter = Counter()
    behind_pace, near_pace = [], []
    levels = previous_levels(s, plan.year)
    for iy, name, unit in s.execute(select(IndicatorYear, Indicator.name, Indicator.unit).join(
            Indicator, Indicator.id == IndicatorYear.indicator_id).where(IndicatorYear.year == plan.year)
            .order_by(*indicator_order())):
        indicators["listed"] += 1
        indicators["binding" if iy.binding else "expected" if iy.binding is False else "binding_unknown"] += 1
        standing = indicator_standing(iy, unit, levels.get(iy.indicator_id), rules.near_pace_points, name)
        indicators[standing] += 1
        if standing in ("near_pace", "behind_pace"):  # the summary names each, with its gap
            (near_pace if standing == "near_pace" else behind_pace).append(
                (name, *(indicator_pace(iy, unit, levels.get(iy.indicator_id), name) or (None, None))))
    measure_targets: Counter = Counter()
    moved, reworded = deadlines_moved(s, plan.year), targets_reworded(s, plan.year)
    for t in s.scalars(select(MeasureTarget).join(Measure, Measure.id == MeasureTarget.measure_id)
                       .join(Section, Section.id == Measure.section_id).where(Section.plan_id == plan.id)):
        measure_targets["listed"] += 1
        measure_targets["due"] += target_due(t, plan.year) <= at
        measure_targets[target_standing(t, plan.year, at)] += 1
        measure_targets["behind_pace"] += said_behind(t, plan.year, at)  # not due yet, the review says behind
        measure_targets["deadline_moved"] += t.id in moved  # 完成时限已调整 (the record of the target's changes)
        measure_targets["reworded"] += t.id in reworded  # 目标已调整: "新建5G基站300个" revised to 250
    quarter_steps = _quarter_steps(s, plan, at)
    # a plan naming only the year ("2024年开工") is due by its fourth quarter, as its light reads it: the year's
    # 开工率 / 竣工率 at Q4 count it (they did not: 0/8 where 16 were planned to start in the year)
    due_start, due_completion, late_start, late_completion = past_plan_conditions(first, at)
    due, by_year = {}, {}
    for key, plan_col, quarter_col, actual_col in (
            ("planned_start", due_start, KeyProject.planned_start, KeyProject.actual_start),
            ("planned_completion", due_completion, KeyProject.planned_completion, KeyProject.actual_completion)):
        made = func.sum(case((and_(actual_col.is_not(None), actual_col <= at), 1), else_=0))
        row = s.execute(select(made, func.count(), func.sum(case((quarter_col.is_(None), 1), else_=0))).where(
            KeyProject.id.in_(on_list), plan_col >= first, plan_col <= at)).one()
        due[key], by_year[key] = (int(row[0] or 0), int(row[1])), int(row[2] or 0)
    past = s.execute(select(func.sum(case((late_start, 1), else_=0)), func.sum(case((late_completion, 1), else_=0)))
                     .select_from(KeyProject).join(PlanEntry, and_(PlanEntry.project_id == KeyProject.id,
                                                                   PlanEntry.plan_id == plan.id,
                                                                   PlanEntry.on_list.is_(True)))).one()
    revised = s.scalar(select(func.count()).select_from(KeyProject).where(
        KeyProject.id.in_(on_list), plan_revised(plan_year_start(plan.year))))
    made_on = list_made_on(s, plan.id)
    moved = dict(s.execute(select(PlanEntry.on_list, func.count()).select_from(KeyProject).join(
        PlanEntry, and_(PlanEntry.project_id == KeyProject.id, PlanEntry.plan_id == plan.id))
        .where(adjusted(plan.id, made_on)).group_by(PlanEntry.on_list)).all()) if made_on else {}
    return Dashboard(
        starts_due=due["planned_start"], completions_due=due["planned_completion"],
        past_due=(int(past[0] or 0), int(past[1] or 0)),
        due_by_year=(by_year["planned_start"], by_year["planned_completion"]),
        year=plan.year, at=at, quarters=quarter_counts(s, plan), investment_stated=stated,
        investment_planned=planned, investment_planned_to_date=inv[0], investment_actual_to_date=inv[1],
        time_elapsed=time_elapsed(at) if at.year == plan.year else (1.0 if at.year > plan.year else 0.0),
        lights_by_zone=lights, indicators=indicators, indicators_stated=indicators_stated,
        measure_targets=measure_targets, quarter_steps=quarter_steps,
        reported=(int(listed_now[0] or 0), int(listed_now[1])), rules=rules, plan_revised=int(revised or 0),
        list_adjusted=(moved.get(True, 0), moved.get(False, 0)),
        investment_by_zone={z: tuple(v) for z, v in by_zone.items()}, lights_by_area=lights_by_area,
        behind_pace=behind_pace,
        near_pace=near_pace,
        projects_stated=int(figures["key_projects"]) if figures.get("key_projects") is not None else None,
    )


def indicator_standing(iy, unit: str | None, previous: float | None,
                       near_points: float = NEAR_PACE_POINTS, name: str | None = None) -> str:
    """How one year's indicator stands: "adjusted" (the table says it was changed), "met", "not_met",
    "pending" (no figure reported yet) or "unscorable" (reported in a figure its target cannot
    judge: "增长5%" of an amount targeted in 亿元); before the year's end "on_pace", "near_pace" or
    "behind_pace" (`figure_standing`). ``iy`` has an IndicatorYear's fields, ``unit`` is the indicator's
    and ``previous`` the year before's level (for a change in points); ``near_points`` is the office's
    band of 基本达到时序进度 (LightRules.near_pace_points); ``name`` the indicator's (a fall reported for a
    "…增长" is negative). The dashboard counts these and the indicators' view shows and filters by them."""
    said = pace_said(iy.status)  # the table's own mid-year word: 达到 / 基本达到 / 未达时序进度
    if said is not None:
        return said
    verdict = verdict_of(iy.status)
    if verdict in ("adjusted", "met", "not_met"):
        return verdict  # the table's own word first
    return figure_standing(iy, unit, previous, near_points, name)


def figure_standing(iy, unit: str | None, previous: float | None, near_points: float = NEAR_PACE_POINTS,
                    name: str | None = None) -> str:
    """How the reported figure stands against the target, whatever the table's word says: "met",
    "not_met", "pending" or "unscorable" (数据检查 holds it against the word); a running total of part
    of the year ("前三季度:7.8") "met" (the year's reached already), "on_pace", "near_pace" (at most
    ``near_points`` short of the time gone) or "behind_pace"."""
    if iy.actual is None and not _has_figure(iy.actual_text):
        return "pending"  # nothing yet, or words with no figure ("待定")
    if not iy.target_text:
        return "unscorable"
    target = Target(iy.target_op or "text", iy.target_value, iy.target_unit, iy.target_text)
    figure = compared_figure(target, iy.actual, iy.actual_text, unit, previous, name)
    if figure is None:
        return "unscorable"
    months = reported_months(iy.actual_text)
    if months is not None:  # a review before the year's end: held against the months gone, not the year
        return pace(target, figure, unit, months, near_points) or "unscorable"
    return {Score.MET: "met", Score.NOT_MET: "not_met"}.get(target.score(figure), "unscorable")


def indicator_pace(iy, unit: str | None, previous: float | None, name: str | None = None) -> tuple[float, float] | None:
    """A running total of part of the year against the time gone (`target.pace_shares`): the % of the
    year's target done and the % of the year gone; None for a whole year's figure, a rate or a growth."""
    months = reported_months(iy.actual_text)
    if months is None or not iy.target_text:
        return None
    target = Target(iy.target_op or "text", iy.target_value, iy.target_unit, iy.target_text)
    figure = compared_figure(target, iy.actual, iy.actual_text, unit, previous, name)
    return None if figure is None else pace_shares(target, figure, unit, months)


def target_due(t, year: int) -> Quarter:
    """When target ``t`` is due: its quarter; one the plan gives no quarter is the year's, due at its fourth."""
    return t.quarter if t.quarter is not None else Quarter(year, 4)


def target_standing(t, year: int, at: Quarter) -> str:
    """How a measure's target stands at ``at``: "met", "not_met", "pending" (due, nothing reported),
    "unscorable" or "not_due". ``t`` has a MeasureTarget's fields (status, actual, op, value, unit,
    text, quarter); the dashboard counts these and the 举措与目标 view shows and filters by them."""
    due = target_due(t, year) <= at
    actual = t.actual
    if actual is None and t.value is not None and normalise_text(t.unit or "") not in RATE_UNITS:
        share = share_said(t.actual_text)  # "完成84%" of 50个 is 42 个: a review in a share of the target
        actual = None if share is None else round(t.value * share / 100, 10)
    target = Target(t.op, t.value, t.unit, t.text)
    pace = pace_said(t.status)
    if not due and pace is not None:
        # "达到序时进度" in September of a task due in December: on its way, not done (it was counted 完成); the
        # figure says whether the year's is reached already. Behind the time gone is `said_behind`'s.
        return "met" if _judged(None, actual, target) == "met" else "not_due"
    judged = _judged(t.status, actual, target)
    if due and pace in ("on_pace", "behind_pace") and judged in ("pending", "unscorable"):
        judged = "met" if pace == "on_pace" else "not_met"  # "按序时推进" / "推进缓慢" at the deadline, no figure
    # unreported and not yet due is not behind: 到期未填报 counts the due ones only; nor is a target
    # due later that a quarter's review has not brought to the year's figure yet (0.5 of 1.2万户 at
    # mid-year was 未完成)
    return judged if due or judged not in ("pending", "not_met") else "not_due"


def said_behind(t, year: int, at: Quarter) -> bool:
    """Whether a target not due yet at ``at`` is behind by its review's own word ("未达序时进度", "进度滞后"), as a
    quarter's step missed is: counted with those as 落后于本季度安排. Due, the word is 未完成 (`target_standing`)."""
    return pace_said(t.status) == "behind_pace" and not target_due(t, year) <= at


def _lights_by(s, plan: Plan, light, at: Quarter, column) -> dict:
    """The listed projects grouped by ``column`` (their zone's or their area's id, None for those naming none):
    id → [their lights, the year's planned investment, invested to ``at``; None where nothing is given]."""
    out: dict = {}
    for key, value, n, planned, invested in s.execute(
        select(column, light, func.count(), func.sum(PlanEntry.annual_investment), func.sum(invested_expression(at)))
        .join(PlanEntry, and_(PlanEntry.project_id == KeyProject.id, PlanEntry.plan_id == plan.id))
        .where(PlanEntry.on_list.is_(True)).group_by(column, light)
    ):
        row = out.setdefault(key, [Counter(), None, None])
        row[0][Light(value)] += n
        for i, v in ((1, planned), (2, invested)):
            if v is not None:
                row[i] = (row[i] or 0.0) + v
    return out


def _lights_by_area(s, plan: Plan, light, at: Quarter) -> list:
    """Dashboard.lights_by_area: empty when no project names an area (a plan of one zone without areas says it by
    zone)."""
    from .breakdown import group_names

    by_area = _lights_by(s, plan, light, at, KeyProject.area_id)
    if not any(a is not None for a in by_area):
        return []
    names, order = group_names(s, "area")
    return [(a, names.get(a, ""), *by_area[a])
            for a in sorted(by_area, key=lambda a: (a is None, order.get(a, (1 << 30,))))]


def _quarter_steps(s, plan: Plan, at: Quarter) -> Counter:
    """How the targets' steps of the quarter stand: each judged as its target would be, at the step's
    figure ("0.6万户" reached by 0.65); a step in words, or a review in words, cannot be scored."""
    counts: Counter = Counter()
    q = (select(TargetStep, MeasureTarget).join(MeasureTarget, MeasureTarget.id == TargetStep.target_id)
         .join(Measure, Measure.id == MeasureTarget.measure_id).join(Section, Section.id == Measure.section_id)
         .where(Section.plan_id == plan.id, TargetStep.quarter == at, TargetStep.text.is_not(None)))
    for st, t in s.execute(q):
        counts["planned"] += 1
        if st.actual is None and not st.actual_text:
            counts["pending"] += 1
            continue
        # a review in words ("完成方案设计") cannot be scored; one in a share of the target can ("完成55%")
        counts[{Score.MET: "met", Score.NOT_MET: "not_met"}.get(
            step_score(Step(st.quarter, st.text, st.value, st.actual_text, st.actual), t.op, t.unit), "unscorable")] += 1
    return counts


def _has_figure(text: str | None) -> bool:
    return bool(text) and any(c.isdigit() for c in text)


def _judged(status: str | None, actual: float | None, target: Target | None) -> str:
    """How one figure stands: the table's own word (完成 / 未完成) first, else its
    reported value scored against the target; nothing reported is pending, which
    is not the same as a target that cannot be scored."""
    verdict = verdict_of(status)
    if verdict in ("met", "not_met"):
        return verdict
    if actual is None:
        return "pending"
    if target is None:
        return "unscorable"
    return {Score.MET: "met", Score.NOT_MET: "not_met"}.get(target.score(actual), "unscorable")
