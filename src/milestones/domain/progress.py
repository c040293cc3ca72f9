"""Progress rules: 序时进度, investment completion and warning lights.

The thresholds are configurable because every district sets its own; the
defaults follow common practice (DOMAIN.md §4): a start or completion one
quarter late is yellow, two quarters late red; investment 10–30 points behind
序时进度 is yellow, more is red.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import Iterable
from enum import Enum

from .quarter import Quarter
from .schedule_words import which_end

__all__ = [
    "UNDER_WAY",
    "year_end",
    "Light",
    "LightRules",
    "ProjectStatus",
    "time_elapsed",
    "investment_rate",
    "invested_to",
    "warning_light",
    "LightReason",
    "light_reasons",
]


_LIGHT_EN = {"done": "done", "green": "on track", "yellow": "late", "red": "very late", "not_started": "not due"}


class Light(str, Enum):
    DONE = "done"
    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"
    NOT_STARTED = "not_started"  # nothing due yet

    @property
    def label_zh(self) -> str:
        return {
            "done": "已完成", "green": "正常", "yellow": "滞后",
            "red": "严重滞后", "not_started": "未到期",
        }[self.value]

    @classmethod
    def named(cls, word: str) -> "Light":
        """A light as a planner names it: 严重滞后, or its English word (very late) or key (red); ValueError
        saying the choices otherwise."""
        w = word.strip().lower()
        for light in cls:
            if w in (light.label_zh, light.value, _LIGHT_EN[light.value]):
                return light
        raise ValueError(f"预警应为 严重滞后、滞后、正常、未到期 或 已完成，而不是“{word}”")

    @property
    def label_en(self) -> str:
        return _LIGHT_EN[self.value]

    @property
    def rank(self) -> int:
        """Severity, for showing the worst light of a group."""
        return {"done": 0, "not_started": 0, "green": 1, "yellow": 2, "red": 3}[self.value]


@dataclass(frozen=True, slots=True)
class LightRules:
    """When a project turns yellow (滞后) or red (严重滞后): a start or completion so many quarters
    late, or investment so many percentage points behind 序时进度. Offices set their own (银川:
    10 and 30 points); the plan's database keeps them (store.settings)."""
    yellow_quarters_late: int = 1
    red_quarters_late: int = 2
    yellow_points_behind: float = 10.0
    red_points_behind: float = 30.0
    # 三亚: investment below this share of 序时进度 is red (0.5: under half of it); 0 = not used
    red_share_of_elapsed: float = 0.0
    # an indicator's running total this few points or fewer short of its share of the year is 基本达到时序进度
    # (a mid-year review's middle word between 达到 and 未达); 0 = not used, every shortfall is 未达
    near_pace_points: float = 5.0

    def problem(self) -> str | None:
        """Why these rules cannot be used, in the planner's words; None when they can."""
        if not 1 <= self.yellow_quarters_late <= self.red_quarters_late:
            return "“滞后”的季度数应至少为 1，且不大于“严重滞后”的季度数"
        if not 0 <= self.yellow_points_behind <= self.red_points_behind <= 100:
            return "落后序时进度的百分点应在 0 到 100 之间，且“滞后”不大于“严重滞后”"
        if not 0 <= self.red_share_of_elapsed <= 1:
            return "低于序时进度的比例应在 0 到 100% 之间"
        if not 0 <= self.near_pace_points <= 100:
            return "“基本达到时序进度”的百分点应在 0 到 100 之间"
        return None

    def describe(self, at: Quarter, language: str = "zh") -> str:
        """The rules in a sentence, judged at ``at``: what a printout's legend, the timeline's and the
        dashboard's say the colours mean."""
        pts = lambda v: f"{v:g}"  # noqa: E731 - 10.0 → "10"
        share = round(self.red_share_of_elapsed * 100)
        if language == "zh":
            return (f"预警截至{at.label_zh}：开工或完工晚{self.yellow_quarters_late}个季度、或年度投资落后序时进度超过"
                    f"{pts(self.yellow_points_behind)}个百分点为滞后；晚{self.red_quarters_late}个季度、或落后超过"
                    f"{pts(self.red_points_behind)}个百分点" + (f"、或完成率不足序时进度的{share}%" if share else "")
                    + "为严重滞后")
        return (f"Warnings as of {at.year} Q{at.q}: late = start or completion {self.yellow_quarters_late} "
                f"quarter(s) late, or the year's investment more than {pts(self.yellow_points_behind)} points behind "
                f"the time elapsed; very late = {self.red_quarters_late} quarter(s) late, or more than "
                f"{pts(self.red_points_behind)} points" + (f", or under {share}% of the time elapsed" if share else ""))


def time_elapsed(at: _dt.date | Quarter) -> float:
    """序时进度: the share of the year gone, in whole months (a quarter's end = 25 %…100 %).

    A date counts the months completed so far plus the current one when past
    its middle day, as dispatch offices round it.
    """
    if isinstance(at, Quarter):
        return at.q * 3 / 12
    months = at.month - 1 + (1 if at.day >= 15 else 0)
    return months / 12


def investment_rate(actual: float | None, planned: float | None) -> float | None:
    """投资完成率 = actual ÷ annual planned investment (None when not planned)."""
    if actual is None or not planned:
        return None
    return actual / planned


UNDER_WAY = "续建"  # the nature of a project begun before the plan's year


@dataclass(frozen=True, slots=True)
class ProjectStatus:
    """The schedule facts a light is judged on."""

    planned_start: Quarter | None = None
    actual_start: Quarter | None = None
    planned_completion: Quarter | None = None
    actual_completion: Quarter | None = None
    annual_planned: float | None = None  # 亿元 for the plan year
    actual_to_date: float | None = None  # 亿元 invested in the plan year so far
    # a plan naming a year and no quarter ("2024年开工", see named_year): due by that year's fourth quarter
    start_year: int | None = None
    completion_year: int | None = None
    # listed as 续建: begun before the plan's year, its start often never recorded; a start not recorded is no
    # start missed (a 2022 start read "尚未开工，已晚9个季度" in red on the year's progress table)
    under_way: bool = False

    def due_start(self) -> Quarter | None:
        return self.planned_start or (Quarter(self.start_year, 4) if self.start_year else None)

    def due_completion(self) -> Quarter | None:
        return self.planned_completion or (Quarter(self.completion_year, 4) if self.completion_year else None)

    def first_start(self) -> Quarter | None:
        """The first quarter the start may come in: a year's wording allows its first."""
        return self.planned_start or (Quarter(self.start_year, 1) if self.start_year else None)


# "2024年开工", "2024年底前完工": the year a plan's wording names when it names no quarter. Four ASCII digits opening
# the text before 年, nothing else ("2024-2025年" names two years, "明年" none): the SQL light reads the same
# (store/project_rows.light_expression), character for character.
_NAMED_YEAR = re.compile(r"((?:19|20)[0-9][0-9])年")


def named_year(text: str | None) -> int | None:
    """The year a planned start's or completion's wording names, when it names no quarter: due by its end."""
    m = _NAMED_YEAR.match(text) if text else None
    return int(m.group(1)) if m else None


def year_end(start: Quarter | None, completion: Quarter | None, start_text: str | None,
             completion_text: str | None) -> tuple[str, int, str] | None:
    """The end of a plan dated at its other end that its words give by the year alone ("2024年开工" before a
    completion in 2025Q4), as (the words, the year, "start" or "completion"); a year alone says which end it is
    ("2024年" → "2024年开工"). None where both ends or neither are dated, or the words name no year, or a year
    after the dated completion (before the dated start)."""
    if start is None and completion is not None and (year := named_year(start_text)) and year <= completion.year:
        return which_end(start_text, "开工"), year, "start"
    if completion is None and start is not None and (year := named_year(completion_text)) and year >= start.year:
        return which_end(completion_text, "完工"), year, "completion"
    return None


def _lateness(planned: Quarter | None, actual: Quarter | None, at: Quarter) -> int:
    """Quarters by which a milestone is late at ``at`` (0 when on time or not due)."""
    if planned is None:
        return 0
    if actual is not None:
        return max(0, actual - planned)
    return max(0, at - planned)


def invested_to(at: Quarter, actuals: Iterable[tuple[int, float | None]]) -> float | None:
    """亿元 invested in ``at``'s year up to the end of ``at``, from (quarter index,
    actual) pairs; None when nothing is reported for those quarters (not 0: an
    unreported quarter is unknown, and judging it as nothing invested would
    turn every project red)."""
    first = at.year * 4
    # in quarter order, as the database adds them: a float sum depends on its order
    done = [a for q, a in sorted(actuals, key=lambda qa: qa[0]) if a is not None and first <= q <= at.index]
    return sum(done) if done else None


def warning_light(p: ProjectStatus, at: Quarter, rules: LightRules = LightRules()) -> Light:
    """The light of one project at the end of quarter ``at``."""
    if p.actual_completion is not None and p.actual_completion <= at:
        return Light.DONE
    late = max(_start_lateness(p, at), _lateness(p.due_completion(), None, at))
    light = Light.GREEN
    if late >= rules.red_quarters_late:
        light = Light.RED
    elif late >= rules.yellow_quarters_late:
        light = Light.YELLOW
    rate = investment_rate(p.actual_to_date, p.annual_planned)
    if rate is not None:
        behind = (time_elapsed(at) - rate) * 100
        if behind > rules.red_points_behind or rate < rules.red_share_of_elapsed * time_elapsed(at):
            light = Light.RED
        elif behind > rules.yellow_points_behind and light is Light.GREEN:
            light = Light.YELLOW
    first = p.first_start()
    if light is Light.GREEN and first is not None and first > at and p.actual_start is None and not p.under_way:
        return Light.NOT_STARTED
    return light


def _start_lateness(p: ProjectStatus, at: Quarter) -> int:
    started = p.actual_start if p.actual_start and p.actual_start <= at else None
    return 0 if p.under_way and started is None else _lateness(p.due_start(), started, at)


@dataclass(frozen=True, slots=True)
class LightReason:
    """One reason a project is late (滞后) or very late (严重滞后), in figures; :meth:`text` words it.

    ``kind``: "start" (its start late, ``actual`` None while it has not started), "completion" (not
    completed ``quarters`` after its planned quarter), "investment" (the year's rate ``rate`` more
    than the rules' points behind 序时进度 ``elapsed``), "share" (the rate under the rules' share of
    序时进度: 三亚's rule)."""

    kind: str
    light: Light  # the light this reason alone gives
    quarters: int = 0
    planned: Quarter | None = None
    actual: Quarter | None = None
    rate: float | None = None
    elapsed: float | None = None
    share: float | None = None
    by_year: bool = False  # the plan named only the year ("2024年开工"): ``planned`` is its fourth quarter

    def text(self, language: str = "zh") -> str:
        zh = language == "zh"
        if self.kind in ("start", "completion"):
            n, when = self.quarters, self.planned.label_zh if zh else f"{self.planned.year} Q{self.planned.q}"
            if self.by_year:
                when = f"{self.planned.year}年内" if zh else f"{self.planned.year}"
            if self.kind == "start" and self.actual is not None:
                got = self.actual.label_zh if zh else f"{self.actual.year} Q{self.actual.q}"
                return (f"计划{when}开工，{got}开工，晚{n}个季度" if zh
                        else f"planned to start in {when}, started in {got}: {n} quarter(s) late")
            if self.kind == "start":
                return (f"计划{when}开工，尚未开工，已晚{n}个季度" if zh
                        else f"planned to start in {when}, not started: {n} quarter(s) late")
            return (f"计划{when}完工，尚未完工，已晚{n}个季度" if zh
                    else f"planned to complete in {when}, not completed: {n} quarter(s) late")
        rate, elapsed = f"{self.rate * 100:.1f}", f"{self.elapsed * 100:g}"
        if self.kind == "share":
            share = f"{self.share * 100:g}"
            return (f"年度投资完成{rate}%，不足序时进度{elapsed}%的{share}%" if zh
                    else f"{rate}% of the year's investment done, under {share}% of the {elapsed}% elapsed")
        behind = f"{(self.elapsed - self.rate) * 100:.1f}"
        return (f"年度投资完成{rate}%，落后序时进度（{elapsed}%）{behind}个百分点" if zh
                else f"{rate}% of the year's investment done, {behind} points behind the {elapsed}% elapsed")


def light_reasons(p: ProjectStatus, at: Quarter, rules: LightRules = LightRules()) -> list[LightReason]:
    """Why :func:`warning_light` gives what it gives: each late start or completion and each
    investment shortfall that alone makes the project at least 滞后, the worst first. Empty for a
    project on time, done or not yet due. The light is the worst of them (tested)."""
    if p.actual_completion is not None and p.actual_completion <= at:
        return []
    out = []

    def light_of(late: int) -> Light | None:
        return Light.RED if late >= rules.red_quarters_late else Light.YELLOW if late >= rules.yellow_quarters_late \
            else None

    started = p.actual_start if p.actual_start and p.actual_start <= at else None
    late = _start_lateness(p, at)
    if light_of(late):
        out.append(LightReason("start", light_of(late), late, p.due_start(), started, by_year=p.planned_start is None))
    late = _lateness(p.due_completion(), None, at)
    if light_of(late):
        out.append(LightReason("completion", light_of(late), late, p.due_completion(),
                               by_year=p.planned_completion is None))
    rate = investment_rate(p.actual_to_date, p.annual_planned)
    if rate is not None:
        elapsed = time_elapsed(at)
        behind = (elapsed - rate) * 100
        if rate < rules.red_share_of_elapsed * elapsed and behind <= rules.red_points_behind:
            out.append(LightReason("share", Light.RED, rate=rate, elapsed=elapsed, share=rules.red_share_of_elapsed))
        elif behind > rules.yellow_points_behind:
            light = Light.RED if behind > rules.red_points_behind else Light.YELLOW
            out.append(LightReason("investment", light, rate=rate, elapsed=elapsed))
    return sorted(out, key=lambda r: -r.light.rank)
