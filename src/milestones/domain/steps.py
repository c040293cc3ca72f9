"""A target's quarterly steps (季度分解), written the way an office writes them in one cell:
"一季度：0.3万户；二季度：0.6万户；三季度：0.9万户；四季度：1.2万户".

The same text is what the 举措与目标 view shows and what a planner types there, so a
schedule can be read back from what was shown.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .compared import measures_apart, share_said, unit_factor
from .plain_text import normalise_text
from .quarter import Quarter, QuarterParseError
from .schedule_cell import parse_schedule_cell
from .target import PERCENTS, RATE_UNITS, Score, Target, TargetParseError, plain_number

QUARTER_WORDS = "一二三四"
_ITEMS = re.compile(r"[；;\n]+")
# "一季度：…", "2025年二季度: …", "Q3 …", "三季度完成…" (the label, then what the step is)
_LABEL = re.compile(r"^\s*((?:\d{4}\s*年\s*)?(?:第?[一二三四1-4]\s*季度?|[Qq][1-4]|\d{4}\s*[Qq][1-4]))\s*[:：]?\s*(.*)$",
                    re.S)


class StepsError(ValueError):
    """Steps that cannot be read: ``kind`` "form" (an item with no quarter, ``what`` the item), "quarter"
    (a label that is no quarter) or "twice" (``what`` the quarter given twice), for the interface to say."""

    def __init__(self, message: str, kind: str, what) -> None:
        super().__init__(message)
        self.kind, self.what = kind, what


@dataclass(frozen=True)
class Step:
    quarter: Quarter
    text: str | None = None  # the step as written
    value: float | None = None  # its figure, where it has one
    actual_text: str | None = None  # what the quarter's review says was done
    actual: float | None = None


def step_figure(text: str | None, unit: str | None = None) -> float | None:
    """The figure a step states in the target's ``unit`` ("0.6万户" → 0.6, "6000户" of a target in 万户 → 0.6),
    or as a share of the target ("累计完成60%" → 60); None for words ("完成方案设计") or a figure of
    another measure ("1200亩" of a target in 个)."""
    if not text:
        return None
    try:
        t = Target.parse(text)
    except TargetParseError:  # "1e309": no figure there is; the step keeps its words
        return None
    said, unit = normalise_text(t.unit or ""), normalise_text(unit or "")
    if t.value is None or not said or not unit or said == unit or said in RATE_UNITS:
        return t.value
    factor = unit_factor(said, unit)
    if factor is not None:
        return round(t.value * factor, 10)
    return None if measures_apart(said, unit) else t.value


def quarter_word(q: Quarter, year: int | None, english: bool = False) -> str:
    """"一季度" within the plan's year, "2025年一季度" outside it (in English "Q1", "2025 Q1")."""
    if english:
        return f"Q{q.q}" if q.year == year else f"{q.year} Q{q.q}"
    word = f"{QUARTER_WORDS[q.q - 1]}季度"
    return word if q.year == year else f"{q.year}年{word}"


def steps_text(steps: list[Step], year: int | None, *, done: bool = False, english: bool = False,
               unit: str | None = None) -> str:
    """The steps in one line, in quarter order; ``done``: what each quarter's review says instead (a
    figure alone in the target's ``unit``). :func:`parse_steps` reads it back."""
    parts = []
    for s in sorted(steps, key=lambda s: s.quarter):
        said = s.actual_text if done else s.text
        if done and said is None and s.actual is not None:
            said = f"{plain_number(s.actual)}{unit or ''}"
        if said:
            parts.append(f"{quarter_word(s.quarter, year, english)}{': ' if english else '：'}{said}")
    return ("; " if english else "；").join(parts)


def parse_steps(text: str, year: int | None) -> list[tuple[Quarter, str]]:
    """(quarter, step) pairs from a cell as :func:`steps_text` writes it; raises ValueError saying
    which item could not be read. Blank gives no steps."""
    out: dict[Quarter, str] = {}
    last: Quarter | None = None
    for item in _ITEMS.split(text or ""):
        item = item.strip().strip("，,。")
        if not item:
            continue
        m = _LABEL.match(item)
        if not m and last is not None:  # "一季度：完成方案；启动招标": the step goes on
            out[last] += f"；{item}"
            continue
        if not m or not m.group(2).strip():
            raise StepsError(f"“{item}”应写成“一季度：完成……”", "form", item)
        label = m.group(1).replace("第", "")
        if not label.endswith("度") and "季" not in label and not re.search(r"[Qq]", label):
            label += "季度"
        try:
            quarter = parse_schedule_cell(label, year).quarter
        except QuarterParseError:
            quarter = None
        if quarter is None:
            raise StepsError(f"“{m.group(1)}”不是季度", "quarter", m.group(1))
        if quarter in out:
            raise StepsError(f"{quarter_word(quarter, year)}写了两次", "twice", quarter)
        out[quarter] = m.group(2).strip()
        last = quarter
    return sorted(out.items())


def step_score(step: Step, op: str, unit: str | None) -> Score:
    """How a quarter's review stands against its step, judged as the target would be (``op``) at the
    step's figure: 0.65 reaches "0.6万户" of a target "新增1.2万户", "完成55%" reaches "年底完成50%" (shares
    of a target in 个); a step or review in words cannot be."""
    actual = step.actual
    if actual is None and step.value is not None and _a_share(step.text, unit):
        actual = share_said(step.actual_text)
    if step.value is None or actual is None:
        return Score.UNSCORABLE
    return Target(op, step.value, unit, step.text or "").score(actual)


def _a_share(text: str | None, unit: str | None) -> bool:
    """Whether a step states a share of a target that is no rate ("年底完成50%" of one in 个)."""
    return bool(text) and Target.parse(text).unit in PERCENTS and normalise_text(unit or "") not in RATE_UNITS
