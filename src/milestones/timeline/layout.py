"""The timeline's layout: which row shows what, and where each bar starts and ends.

Computed once per data change, in plain Python and numpy (no Qt), so that a
paint only slices the rows it can see. The x axis counts quarters: quarter q
covers [q.index, q.index + 1). Rows are one unit tall: row i covers [i, i+1).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Iterable, Sequence

import numpy as np

from ..domain.progress import (UNDER_WAY, Light, LightRules, ProjectStatus, invested_to, named_year, warning_light,
                               year_end)
from ..domain.quarter import Quarter
from ..domain.schedule_words import schedule_words, which_end, without_end

__all__ = ["TimelineProject", "TimelineLayout", "build_layout", "in_order", "ORDERS", "LIGHT_CODES", "x_of_date"]

LIGHT_CODES = {Light.DONE: 0, Light.GREEN: 1, Light.YELLOW: 2, Light.RED: 3, Light.NOT_STARTED: 4}
NAN = float("nan")


@dataclass(frozen=True, slots=True)
class TimelineProject:
    id: int
    name: str
    zone: str | None
    area: str | None
    planned_start: Quarter | None
    planned_completion: Quarter | None
    actual_start: Quarter | None = None
    actual_completion: Quarter | None = None
    responsible_unit: str | None = None
    nature: str | None = None
    milestones: tuple[tuple[str, Quarter | None, Quarter | None], ...] = ()  # name, planned, actual
    investment: tuple[tuple[Quarter, float | None, float | None], ...] = ()  # quarter, planned, actual
    start_text: str | None = None  # the plan's wording when it names no quarter ("2024年开工")
    completion_text: str | None = None
    annual_investment: float | None = None  # 亿元 planned for the plan year: the light weighs investment against it
    # the planned (start, completion) before the plan was revised (原计划), where it differs from today's
    original: tuple[Quarter | None, Quarter | None] | None = None
    on_list: bool = True  # False: taken off the year's list, drawn (含已移出) with its name struck through

    def status(self, at: Quarter) -> ProjectStatus:
        """What its light at ``at`` is judged on."""
        to_date = invested_to(at, [(q.index, a) for q, _planned, a in self.investment]) if self.investment else None
        return ProjectStatus(self.planned_start, self.actual_start, self.planned_completion, self.actual_completion,
                             self.annual_investment, to_date, named_year(self.start_text),
                             named_year(self.completion_text), under_way=self.nature == UNDER_WAY)


def x_of_date(d: dt.date) -> float:
    """A day's position on the quarter axis (for the today line)."""
    q = Quarter.from_date(d)
    span = (q.end_date - q.start_date).days + 1
    return q.index + (d - q.start_date).days / span


@dataclass
class TimelineLayout:
    """Rows top to bottom; numpy columns for everything a paint needs per row."""

    kind: np.ndarray  # 0 = project row, 1 = group header row
    project_id: np.ndarray  # -1 on group rows
    plan_x0: np.ndarray
    plan_x1: np.ndarray
    actual_x0: np.ndarray
    actual_x1: np.ndarray
    light: np.ndarray
    plan_marks: np.ndarray  # bit 1: the planned start is known, bit 2: the planned completion, bit 4 (NO_END): none
    hint_x0: np.ndarray  # where a row without a planned quarter writes what the plan says; beside a planned bar,
    hint_x1: np.ndarray  # the year its other end's wording names ("2024年开工" before a dated completion)
    hint_span: np.ndarray  # 1: the wording names a year ("2024年开工"): outline that year
    base_x0: np.ndarray  # the plan before it was revised (原计划); NaN where it never was
    base_x1: np.ndarray
    hints: list[str]
    labels: list[str]
    units: list[str]
    groups: list[tuple[int, str, int]] = field(default_factory=list)  # row, group name, project count
    projects: dict[int, TimelineProject] = field(default_factory=dict)
    row_of: dict[int, int] = field(default_factory=dict)
    first: Quarter = Quarter(2024, 1)
    last: Quarter = Quarter(2024, 4)
    at: Quarter = Quarter(2024, 4)
    today_x: float = 0.0  # what the rows were judged with, for a row laid out again alone
    rules: LightRules = LightRules()
    # how many projects shown are off the year's list (含已移出), counted once: asked after every edit, a look at
    # 50,000 projects each time took an edit's redraw from 13 to 24 ms
    off_list: int = 0

    @property
    def rows(self) -> int:
        return len(self.kind)

    @property
    def has_baselines(self) -> bool:
        """Some row shows a revised plan's original span (the legend names the mark then)."""
        return bool(np.any(self.base_x0 == self.base_x0))  # NaN is not equal to itself

    @property
    def has_removed(self) -> bool:
        """Some project shown is off the year's list (含已移出): the legend names its struck name then."""
        return self.off_list > 0

    @property
    def has_reached_milestones(self) -> bool:
        """Some project shows a milestone reached (an approval obtained): the legend names the filled mark then."""
        return any(done is not None for p in self.projects.values() for _n, _due, done in p.milestones)

    def replace(self, p: TimelineProject) -> bool:
        """Lay out project ``p``'s row again in place (an edit of its dates, unit or investment): True
        when done, False when the layout must be built again — ``p`` is not shown here, or now
        reaches outside the quarters laid out. Its group and place are the caller's to check."""
        if p.id not in self.projects:
            return False
        self.off_list += self.projects[p.id].on_list - p.on_list
        self.projects[p.id] = p
        i = self.row_of.get(p.id)
        if i is None:
            return True  # in a collapsed group: no row to draw
        x0, x1, ax0, ax1, marks, hint, hx0, hx1, dashed, light, bx0, bx1 = _row_values(
            p, self.at, self.today_x, self.rules)
        lo = min((x for x in (x0, ax0, hx0, bx0) if x == x), default=None)  # x == x: not NaN
        hi = max((x for x in (x1, ax1, hx1, bx1) if x == x), default=None)
        if (lo is not None and lo < self.first.index) or (hi is not None and hi > self.last.index + 1):
            return False
        self.plan_x0[i], self.plan_x1[i], self.actual_x0[i], self.actual_x1[i] = x0, x1, ax0, ax1
        self.plan_marks[i], self.light[i] = marks, light
        self.hint_x0[i], self.hint_x1[i], self.hint_span[i], self.hints[i] = hx0, hx1, dashed, hint
        self.base_x0[i], self.base_x1[i] = bx0, bx1
        self.labels[i], self.units[i] = p.name, p.responsible_unit or ""
        return True

    def visible(self, top: float, bottom: float) -> tuple[int, int]:
        """Rows [i0, i1) that overlap the band [top, bottom)."""
        i0 = max(0, int(np.floor(top)))
        i1 = min(self.rows, int(np.ceil(bottom)))
        return i0, max(i0, i1)

    def project_at(self, row: float) -> int | None:
        i = int(np.floor(row))
        if 0 <= i < self.rows and self.kind[i] == 0:
            return int(self.project_id[i])
        return None

    def group_at(self, row: float) -> str | None:
        i = int(np.floor(row))
        if 0 <= i < self.rows and self.kind[i] == 1:
            return self.labels[i]
        return None


def _span(start: Quarter | None, end: Quarter | None, open_end: float | None = None) -> tuple[float, float]:
    if start is None and end is None:
        return NAN, NAN
    x0 = start.index if start is not None else end.index  # type: ignore[union-attr]
    if end is not None:
        x1 = end.index + 1
    elif open_end is not None:
        x1 = max(open_end, x0 + 0.15)  # started, not finished: runs up to today
    else:
        x1 = x0 + 1
    return float(x0), float(x1)


def _hint(p: TimelineProject, at: Quarter) -> tuple[str, float, float, int]:
    """What a row without a planned quarter shows: the plan's own words, over
    the year they name (or the plan's year), e.g. "2024年完工" or "前期"."""
    said = schedule_words(p.start_text, p.completion_text, p.nature, at.year)
    if said is None:
        return "", NAN, NAN, 0
    text, year, names_year = said
    return text, float(year * 4), float(year * 4 + 4), int(names_year)


# a plan_marks bit: the plan has no end ("长期", "持续推进"), under way from its start through every quarter after it
NO_END = 4


def _row_values(p: TimelineProject, at: Quarter, today_x: float, rules: LightRules) -> tuple:
    """What a project's row draws: (planned x0, x1, actual x0, x1, marks, the plan's words where it
    has no quarter, their x0, x1, whether they name a year, its light at ``at``, the original plan's
    x0, x1). A plain tuple: the layout makes one per project, 50,000 in a city."""
    x0, x1 = _span(p.planned_start, p.planned_completion)
    ax0, ax1 = _span(p.actual_start, p.actual_completion, open_end=today_x if p.actual_start is not None else None)
    marks = (p.planned_start is not None) | (p.planned_completion is not None) << 1
    if p.planned_completion is None and x0 == x0 and without_end(p.completion_text):
        marks |= NO_END  # "长期": the bar runs on past the quarters shown (the axis does not stretch to it)
    if x0 != x0 and p.planned_completion is None and without_end(p.completion_text) and \
            (year := named_year(p.start_text)) is not None:
        # "2023年开工 | 长期": that year outlined with its words, then under way from the year after, past the edge
        x0, x1, marks = float(year * 4 + 4), float(year * 4 + 5), NO_END
        text, hx0, hx1, dashed = which_end(p.start_text, "开工"), float(year * 4), float(year * 4 + 4), 1
    else:
        text, hx0, hx1, dashed = _hint(p, at) if x0 != x0 else _vague_end(p, x0, x1)
    if dashed and x0 == x0:  # the bar runs through the year the other end names
        x0, x1 = min(x0, hx0), max(x1, hx1)
    light = warning_light(p.status(at), at, rules)
    bx0, bx1 = _span(*p.original) if p.original is not None else (NAN, NAN)
    return x0, x1, ax0, ax1, marks, text, hx0, hx1, dashed, LIGHT_CODES[light], bx0, bx1


def _vague_end(p: TimelineProject, x0: float, x1: float) -> tuple[str, float, float, int]:
    """A plan dating one end whose other end's wording names only a year ("2024年开工" before a completion in
    2025Q4, "2025年竣工" after a start in 2024Q2): those words over the quarters of that year the bar runs
    through, outlined as a year with its quarter not set. The bar was the dated quarter alone, as if the plan
    named nothing more."""
    said = year_end(p.planned_start, p.planned_completion, p.start_text, p.completion_text)
    if said is None:
        return "", NAN, NAN, 0
    words, year, end = said
    if end == "start":
        return words, float(year * 4), min(year * 4 + 4.0, x1), 1
    return words, max(float(year * 4), x0), float(year * 4 + 4), 1


# how the rows of a group follow each other: the list's order, a waterfall by planned start or completion, the
# worst light first (a meeting goes through the 严重滞后 projects of each area first)
ORDERS = ("list", "start", "completion", "light")
_WORST_FIRST = {Light.RED: 0, Light.YELLOW: 1, Light.GREEN: 2, Light.NOT_STARTED: 3, Light.DONE: 4}
_LAST = float("inf")


def _group_of(p: TimelineProject, group_by: str) -> str:
    return (p.area or p.zone or "未指定区域") if group_by == "area" else (p.zone or "未指定区域")


def in_order(projects: Sequence[TimelineProject], order: str, at: Quarter, rules: LightRules = LightRules(),
             group_by: str = "area") -> list[TimelineProject]:
    """``projects`` (in the list's order, zone and area together) ordered within each group by ``order`` (one of
    ORDERS); the groups keep their places, a project naming no quarter goes after those that do, and ties keep the
    list's order."""
    if order == "list":
        return list(projects)
    if order not in ORDERS:
        raise ValueError(f"排序应为 {'、'.join(ORDERS)} 之一（得到：{order}）")
    rank: dict[str, int] = {}

    def index(q: Quarter | None, words: str | None) -> float:
        if q is not None:
            return q.index
        year = named_year(words)  # "2024年开工": with that year's fourth quarter, as the list sorts it
        return year * 4 + 3 if year is not None else _LAST

    def key(p: TimelineProject):
        group = rank.setdefault(_group_of(p, group_by), len(rank))
        start, completion = index(p.planned_start, p.start_text), index(p.planned_completion, p.completion_text)
        if order == "start":
            return group, start, completion
        if order == "completion":
            return group, completion, start
        return group, _WORST_FIRST[warning_light(p.status(at), at, rules)]

    return sorted(projects, key=key)  # stable: ties in the list's order


def build_layout(projects: Sequence[TimelineProject] | Iterable[TimelineProject], *, at: Quarter,
                 today: dt.date | None = None, group_by: str = "area",
                 collapsed: frozenset[str] | set[str] = frozenset(), rules: LightRules = LightRules(),
                 span: tuple[Quarter, Quarter] | None = None) -> TimelineLayout:
    """Rows grouped by area (or zone): a header row per group, then its projects.

    ``projects`` come in the order they should show (zone, area, list order);
    a collapsed group keeps its header row only.
    """
    today_x = x_of_date(today or dt.date.today())
    kind: list[int] = []
    pid: list[int] = []
    p0: list[float] = []
    p1: list[float] = []
    a0: list[float] = []
    a1: list[float] = []
    lights: list[int] = []
    marks: list[int] = []
    h0: list[float] = []
    h1: list[float] = []
    b0: list[float] = []
    b1: list[float] = []
    hspan: list[int] = []
    hints: list[str] = []
    labels: list[str] = []
    units: list[str] = []
    groups: list[tuple[int, str, int]] = []
    by_id: dict[int, TimelineProject] = {}
    row_of: dict[int, int] = {}
    lo, hi = None, None
    current = object()
    group_row = -1
    count = 0
    for p in projects:
        g = _group_of(p, group_by)
        if g != current:
            if group_row >= 0:
                groups[-1] = (group_row, groups[-1][1], count)
            current, count = g, 0
            group_row = len(kind)
            groups.append((group_row, g, 0))
            kind.append(1), pid.append(-1), p0.append(NAN), p1.append(NAN), a0.append(NAN), a1.append(NAN)
            lights.append(-1), labels.append(g), units.append("")
            marks.append(0), h0.append(NAN), h1.append(NAN), hspan.append(0), hints.append("")
            b0.append(NAN), b1.append(NAN)
        count += 1
        by_id[p.id] = p
        if g in collapsed:
            continue
        row_of[p.id] = len(kind)
        x0, x1, ax0, ax1, mark, hint, hx0, hx1, dashed, light, bx0, bx1 = _row_values(p, at, today_x, rules)
        kind.append(0), pid.append(p.id), p0.append(x0), p1.append(x1), a0.append(ax0), a1.append(ax1)
        marks.append(mark), b0.append(bx0), b1.append(bx1)
        h0.append(hx0), h1.append(hx1), hspan.append(dashed), hints.append(hint)
        lights.append(light)
        labels.append(p.name)
        units.append(p.responsible_unit or "")
        for v in (x0, ax0, hx0, bx0):
            if v == v:  # not NaN
                lo = v if lo is None or v < lo else lo
        for v in (x1, ax1, hx1, bx1):
            if v == v:
                hi = v if hi is None or v > hi else hi
    if group_row >= 0:
        groups[-1] = (group_row, groups[-1][1], count)
    if span is not None:
        first, last = span
    elif lo is None:
        first, last = Quarter(at.year, 1), Quarter(at.year, 4)
    else:
        first, last = Quarter.from_index(int(lo)), Quarter.from_index(int(np.ceil(hi)) - 1)
        first = min(first, Quarter(at.year, 1))
        last = max(last, Quarter(at.year, 4))
    return TimelineLayout(
        kind=np.asarray(kind, dtype=np.int8), project_id=np.asarray(pid, dtype=np.int64),
        plan_x0=np.asarray(p0), plan_x1=np.asarray(p1), actual_x0=np.asarray(a0), actual_x1=np.asarray(a1),
        light=np.asarray(lights, dtype=np.int8), plan_marks=np.asarray(marks, dtype=np.int8),
        hint_x0=np.asarray(h0), hint_x1=np.asarray(h1), hint_span=np.asarray(hspan, dtype=np.int8), hints=hints,
        base_x0=np.asarray(b0, dtype=float), base_x1=np.asarray(b1, dtype=float),
        labels=labels, units=units, groups=groups, projects=by_id,
        row_of=row_of, first=first, last=last, at=at, today_x=today_x, rules=rules,
        off_list=sum(not p.on_list for p in by_id.values()),
    )
