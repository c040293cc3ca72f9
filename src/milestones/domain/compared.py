"""A reported figure set against its target where the two are not in the same terms: a growth rate against an
amount, 万元 against 亿元, a share against a count; the units a figure is in, and the measure behind them."""
from __future__ import annotations

import re

from .plain_text import normalise_text
from .target import DECLINE_ENDING, DECLINE_WORDS, GROWTH_ENDING, GROWTH_WORDS, PERCENTS, RATE_UNITS, Target

__all__ = ["unit_factor", "measure_of", "measures_apart", "compared_figure", "units_apart", "share_said"]


_STATED_GROWTH = re.compile(rf"({GROWTH_WORDS}|{DECLINE_WORDS})\s*(-?\d+(?:\.\d+)?)\s*%")


# the words a unit is scaled by, the longest first ("千万元" is not 千 of 万元, "万亿元" not 万 of 亿元)
_SCALES = {"万亿": 1e12, "千万": 1e7, "百万": 1e6, "十万": 1e5, "亿": 1e8, "万": 1e4, "千": 1e3, "百": 1e2, "十": 10.0, "": 1.0}


def unit_factor(said: str, unit: str) -> float | None:
    """What a figure written with the unit ``said`` is multiplied by to be in ``unit``: 1e-4 for "12000万元" of an
    indicator in 亿元, 1e-4 for "52000人" in 万人, 1.0 for the unit itself (words after it, as "亿元左右", allowed);
    None when ``said`` names no scaled form of ``unit`` (another measure, or no unit). Units of one measure with a
    known ratio convert too: "3500米" for 公里 is 3.5, "1.2万平方米" for 亩 is 18 (:data:`_IN_BASE`)."""
    scaled = _scaled(said, unit)
    return scaled if scaled is not None else _ratio(said, unit)


def _scaled(said: str, unit: str) -> float | None:
    """:func:`unit_factor` between two scales of one unit's word (万元 and 亿元, 人 and 万人), else None."""
    for prefix, scale in _SCALES.items():
        base = unit[len(prefix):]
        if unit.startswith(prefix) and base:
            break
    else:
        return None
    if base in RATE_UNITS:
        return None
    for p, s in _SCALES.items():
        if said.startswith(p + base):
            return s / scale
    bare = _BARE_SCALE.fullmatch(said)
    if bare:  # "1.62万" for an indicator in 人: 16,200 (it was read as 1.62 人); "1.2万" in 万人 is 1.2
        return _SCALES[bare.group(1)] / scale
    return None


# a scale with no unit after it, as a figure is often written ("1.62万", "3.5亿", "2万余")
_BARE_SCALE = re.compile(r"(万亿|千万|百万|亿|万)(?:余|多)?(?:左右|以上|以内|上下)?")


# What a unit measures, by its word after any scale ("万平方米" is an area): two figures of one measure
# may only differ in scale; of two measures, one is no figure of the other ("96.5分" for a rate in %).
# Counts are one measure whatever they count by (家, 个, 项: "3家" for an indicator in 个 is 3).
_MEASURES = {
    "money": ("元",), "dollars": ("美元",), "rate": ("%", "‰", "个百分点", "百分点"),
    "count": ("个", "家", "项", "座", "所", "处", "栋", "幢", "条", "件", "套", "批", "场", "名", "辆", "张",
              "床", "次", "户", "人", "位", "台", "艘", "架", "部", "间", "宗", "块", "起", "例", "支"),
    "area": ("平方公里", "平方米", "平米", "公顷", "亩", "㎡", "m2", "km2"),
    "length": ("公里", "千米", "米", "km"),
    "weight": ("吨", "千克", "公斤", "克", "kg"),
    "energy": ("千瓦时", "瓦时", "度", "kwh"),
    "power": ("千瓦", "瓦", "kw", "mw"),
    "time": ("小时", "分钟", "天"),
    "score": ("分",),
}
_MEASURE_WORDS = sorted(((w, m) for m, words in _MEASURES.items() for w in words), key=lambda p: -len(p[0]))
# one unit by two names: "3.5千米" for an indicator in 公里 is 3.5 of them
_SAME_UNIT = {"千米": "公里", "km": "公里", "公斤": "千克", "kg": "千克", "平米": "平方米", "㎡": "平方米", "m2": "平方米",
              "km2": "平方公里", "kwh": "千瓦时", "度": "千瓦时", "kw": "千瓦"}


# a unit in the base of its measure, where planners write one measure in several units (亩 and 平方米 for land)
_IN_BASE = {"平方米": 1.0, "平方公里": 1e6, "公顷": 1e4, "亩": 1e4 / 15, "米": 1.0, "公里": 1e3, "千克": 1.0, "吨": 1e3,
            "克": 1e-3, "千瓦时": 1.0, "瓦时": 1e-3, "千瓦": 1.0, "瓦": 1e-3}


def _unit_parts(unit: str | None) -> tuple[float, str, str] | None:
    """A unit's scale, measure and word: (1e4, "area", "平方米") for "万平方米"; None for a unit not known here."""
    u = normalise_text(unit or "").lower().split("/")[0]
    for p, cut in (("", u), *((p, u[len(p):]) for p in _SCALES if p and u.startswith(p))):  # 千米 is itself
        for word, measure in _MEASURE_WORDS:
            if cut.startswith(word):
                return _SCALES[p], measure, _SAME_UNIT.get(word, word)
    return None


def _ratio(said: str, unit: str) -> float | None:
    """:func:`unit_factor` between two known units of one measure with a known ratio (亩 and 平方米), else None."""
    a, b = _unit_parts(said), _unit_parts(unit)
    if a is None or b is None or a[1] != b[1] or a[2] not in _IN_BASE or b[2] not in _IN_BASE:
        return None
    return a[0] * _IN_BASE[a[2]] / (b[0] * _IN_BASE[b[2]])


def measure_of(unit: str | None) -> tuple[str, str] | None:
    """What ``unit`` measures and the word it is written in, past its scale and any "/人" after it:
    ("area", "平方米") for "万平方米", ("money", "元") for "元/人"; None for a unit not known here
    (it is then held to no measure)."""
    parts = _unit_parts(unit)
    return None if parts is None else parts[1:]


def measures_apart(said: str | None, unit: str | None) -> bool:
    """Whether a figure written in ``said`` cannot be a figure in ``unit``: "96.5分" for a rate in %,
    "1200亩" for 亿元, "5.2亿美元" for 亿元, "3000平方米" for 亩. Unknown words are not held apart, nor
    counts written by another word ("3家" for 个), nor rates (a change in points is told apart where it is read)."""
    a, b = measure_of(said), measure_of(unit)
    if a is None or b is None:
        return False
    return a[0] != b[0] or (a[0] not in ("count", "rate") and a[1] != b[1])


def compared_figure(target: Target, actual: float | None, actual_text: str | None,
                    unit: str | None, previous: float | None = None, name: str | None = None) -> float | None:
    """The figure to hold against ``target``: the reported ``actual`` (in the
    indicator's ``unit``) when the two are of one kind; for a growth target
    ("增长5%") on an amount (亿元), the growth the report states ("220.5亿元，
    增长4.8%"); for a change in points ("提高0.5个百分点") of a rate, the change
    the report states or the rate reported less ``previous``, the year before's;
    None when they cannot be compared (5% is not 220.5 亿元). A fall reported ("下降3.4%", kept as 3.4) is
    negative against a growth: one the target says ("增长2%以上"), or the indicator's ``name`` ("…增长")."""
    if actual is None and not actual_text:
        return None
    tu = normalise_text(target.unit or "")
    u = normalise_text(unit or "")
    if tu == "个百分点" and u != tu:
        return _change_in_points(actual, actual_text, previous)
    if tu in RATE_UNITS and u and u not in RATE_UNITS:
        stated = _stated(_STATED_GROWTH, actual_text)
        # "5.8%" alone for an amount whose target is a growth ("增长6%"): the growth it reached
        bare = _PERCENT_SAID.fullmatch(normalise_text(actual_text or ""))
        return float(bare.group(1)) if stated is None and bare and tu in PERCENTS else stated
    if units_apart(tu, u):
        return None  # 万人 against 亿元: a unit slip the figure cannot judge
    scale = unit_factor(u, tu) if tu and u and tu != u else None
    if scale is not None and actual is not None:  # "突破12000万元" for an indicator in 亿元: 1.2 亿元 is 12000 万元
        return round(actual * scale, 10)
    if actual is not None and actual > 0 and target.value is not None and target.value < 0:
        # "下降3%" is held as -3: "下降3.5%" reported (kept as 3.5, the figure typed) is -3.5, which meets it
        if _fall_said(actual_text, actual):
            return -actual
    if actual is not None and actual > 0 and target.value is not None and target.value >= 0:
        # "下降3.4%" against "增长2%以上", or against "2" for "固定资产投资增长": a fall of 3.4%, which misses it
        # (held as +3.4 it met it); not for "单位GDP能耗降低", whose target is the fall
        if _fall_said(actual_text, actual) and _a_growth(target, name):
            return -actual
    return actual


# a fall the report states beside its figure: "下降3.4%", "下降3.4" in a column of %, "▼3.4", "↓3.4"
_FALL_SAID = re.compile(rf"(?:{DECLINE_WORDS}|[▼↓])\s*(\d+(?:\.\d+)?)")


def _fall_said(actual_text: str | None, actual: float) -> bool:
    m = _FALL_SAID.search(normalise_text(actual_text or ""))
    return bool(m) and float(m.group(1)) == actual


def units_apart(target_unit: str | None, unit: str | None) -> bool:
    """Whether a target in ``target_unit`` cannot be held against figures in the indicator's ``unit``:
    万人 against 亿元. A change in points of a rate, or a growth (%) of an amount, can, and so can a
    target written in a scaled form of the unit (12000万元 for 亿元)."""
    tu, u = normalise_text(target_unit or ""), normalise_text(unit or "")
    if not tu or not u or tu == u or tu == "个百分点" or (tu in RATE_UNITS and u not in RATE_UNITS):
        return False
    return unit_factor(u, tu) is None


_PERCENT_SAID = re.compile(r"(-?\d+(?:\.\d+)?)\s*%")


def share_said(text: str | None) -> float | None:
    """The share of its target a report states, alone: 84 for "完成84%", "完成率84%", "已完成84%，余下结转";
    None for a growth ("增长5%"), two shares, or none."""
    t = normalise_text(text or "")
    found = _PERCENT_SAID.findall(t)
    if len(found) != 1 or re.search(f"{GROWTH_WORDS}|{DECLINE_WORDS}", t):
        return None
    return float(found[0])


_STATED_POINTS = re.compile(rf"({GROWTH_WORDS}|{DECLINE_WORDS})\s*(-?\d+(?:\.\d+)?)\s*个百分点")


def _a_growth(target: Target, name: str | None) -> bool:
    """Whether ``target`` is a growth: its words say so ("增长2%以上"), or, its words saying no change, the name."""
    said = normalise_text(target.text or "")
    stated = _STATED_GROWTH.search(said)
    if stated is not None:
        return bool(GROWTH_ENDING.fullmatch(stated.group(1)))
    if re.search(DECLINE_WORDS, said):
        return False
    named = normalise_text(name or "")
    return bool(re.search(GROWTH_WORDS, named)) and not re.search(DECLINE_WORDS, named)


def _change_in_points(actual: float | None, actual_text: str | None, previous: float | None) -> float | None:
    """How far a rate moved: "61.2%，提高0.6个百分点" says it; else the rate reached less the year
    before's (rounded, so 61.2 − 60.6 is 0.6 and not 0.6000000000000014)."""
    stated = _stated(_STATED_POINTS, actual_text)
    if stated is not None:
        return stated
    if actual is None or previous is None:
        return None
    return round(actual - previous, 6)


def _stated(change: re.Pattern, text: str | None) -> float | None:
    """The change a report states in words ("增长4.8%", "下降0.3个百分点"), a fall negative."""
    m = change.search(normalise_text(text or ""))
    if not m:
        return None
    value = float(m.group(2))
    return -value if DECLINE_ENDING.fullmatch(m.group(1)) else value
