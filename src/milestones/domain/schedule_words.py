"""The words around a schedule's dates: a time leading a step ("6月底前完成招标"), a bare year, "长期" or "待定" for no
end, "年内" for no quarter, and the months a period covers ("1-6月")."""
from __future__ import annotations

import re

from .plain_text import normalise_text
from .quarter import Quarter, QuarterParseError
from .schedule_cell import parse_schedule_cell

__all__ = ["leading_time", "dated_with_words", "start_among_steps", "bare_year", "undated", "without_end",
           "within_the_year", "start_year_words", "which_end", "schedule_words", "PERIOD_END", "period_months"]


# the time a step or a target begins with: "3月开工", "二季度完成主体", "2025年6月竣工", "年底前新引进首店40家",
# "10-12月完成装修" (due by the range's end)
_M = r"(?:\d{1,2}|十[一二]?|[一二三四五六七八九])"
_LEADING_TIME = re.compile(rf"^(?:\d{{4}}(?:年(?=[\d一二三四五六七八九十第上下全Qq])|(?=年[底末内中])))?"
                           rf"(?:(?:{_M}[-—–~～至到])?{_M}月份?(?:\d{{1,2}}日|底|末|初|中旬|上旬|下旬|中)?"
                           r"|第?[一二三四1-4]季度(?:末|底|初)?|[Qq][1-4]|上半年|年中|下半年|年底|年末|年内|全年)(?:前|内|之前)?"
                           r"|^\d{4}[./](?:1[0-2]|0?[1-9])(?:[./]\d{1,2})?(?![\d.])(?:前|之前)?")
_RANGE_START = re.compile(rf"{_M}[-—–~～至到](?={_M}月)")


def leading_time(text: str, year: int | None) -> tuple[Quarter | None, str]:
    """The quarter of the time ``text`` begins with and the words after it ("3月开工" → 一季度, "开工");
    (None, ``text``) when it begins with no time, or with nothing after it."""
    t = normalise_text(text)
    m = _LEADING_TIME.match(t)
    rest = t[m.end():].strip(" :：，,") if m else ""
    if not rest:
        return None, text
    try:
        q = parse_schedule_cell(_RANGE_START.sub("", m.group()), year).quarter
    except QuarterParseError:
        return None, text
    return (q, rest) if q is not None else (None, text)


# a second time or figure in the words after a date: "3月完成招标，6月开工" (which is the start?) is not one date
_ANOTHER_TIME = re.compile(r"\d|[一二三四]季度|[一二三四五六七八九十]月|年[底末初中内]|半年")


def dated_with_words(text: object, year: int | None) -> tuple[Quarter, str] | None:
    """"2025年3月完成招标", "2025年6月具备通水条件": a date, then words that are no way of saying a start or a
    completion; the date's quarter and the words, for a cell no other reading took. None where no date opens the
    text, or the words name a second time."""
    if type(text) is not str:
        return None
    q, rest = leading_time(text, year)
    return (q, rest) if q is not None and not _ANOTHER_TIME.search(rest) else None


_STEPS_APART = re.compile(r"[、，,；;]")
_STEP_STARTS = re.compile(r"(?:开工|动工|开建|开工建设|进场施工|启动建设)$")
_YEAR_OPENING = re.compile(r"((?:19|20)\d{2})年")
_YEARLESS_TIME = re.compile(r"(?:\d{1,2}月|[一二三四]季度|年底|年末|上半年|下半年|年中)")


def start_among_steps(text: object, year: int | None) -> tuple[Quarter, str] | None:
    """"2025年3月完成招标、6月开工" as a planned start: the one step naming the start, dated in the year the cell
    gave before it ("2025年6月开工"), and the step as read. None where no step, or more than one, names it."""
    if type(text) is not str:
        return None
    steps = [p.strip() for p in _STEPS_APART.split(normalise_text(text)) if p.strip()]
    if len(steps) < 2:
        return None
    found, said = None, None
    for step in steps:
        m = _YEAR_OPENING.match(step)
        if m:
            said = m.group(1)
        elif said is not None and _YEARLESS_TIME.match(step):
            step = f"{said}{step}" if step.startswith("年") else f"{said}年{step}"
        if _STEP_STARTS.search(step):
            if found is not None:
                return None  # two steps say a start: which is meant is not guessed
            found = step
    if found is None:
        return None
    try:
        q = parse_schedule_cell(found, year).quarter
    except QuarterParseError:
        return None
    return (q, found) if q is not None else None


_YEAR_WORD = re.compile(r"(\d{4})\s*年")
# natures that say where a project stands when the plan gives it no date
_STAGES = ("前期", "储备", "谋划", "续建", "在建")


_BARE_YEAR = re.compile(r"((?:19|20)\d{2})(?:\.0+)?年?")


def bare_year(value: object) -> int | None:
    """The year a cell holds alone ("2024", "2024年", "２０２４年", the number 2024 or 2024.0), else None. In a
    planned start it is the year the project starts in, as "2024年开工" is; alone in a completion it is a deadline,
    that year's fourth quarter (:func:`parse_schedule_cell`'s reading)."""
    if type(value) not in (int, float, str):
        return None
    m = _BARE_YEAR.fullmatch(normalise_text(str(value)).strip())
    return int(m.group(1)) if m else None


# a date not known yet, in words kept with the project ("待定", "视资金情况", "待规划批复后确定")
_UNDECIDED = re.compile(r"^(?:(?:计划)?(?:开工|竣工|完工|建成|投用)?(?:时间|日期))?"  # "开工时间待定"
                        r"(待定|未定|暂定|待明确|未明确|待确定|另定|未开工|尚未开工|未完工|视.*|根据.*|待.*后确定)$")
# work with no end date: a river bank's upkeep, a platform run year after year, a project built in phases each
# with its own dates ("长期", "持续推进", "分期实施", "滚动实施", "常态化")
_NO_END = re.compile(r"^(长期|持续|常态化|滚动|分期|分批|分年度|逐年|跨年度?)(推进|实施|建设|开展|运营|运行|管护)?$")


def undated(text: str) -> bool:
    """Whether a planned start or completion (normalised) says in words that it has no date: one not known yet
    ("待定") or none at all ("长期"). The words are the plan's, kept with the project; no quarter."""
    return bool(_UNDECIDED.match(text) or _NO_END.match(text))


def without_end(text: str | None) -> bool:
    """Whether a planned completion's words say the work has no end ("长期", "持续推进"): under way from its start
    through every quarter after it, as a planner shades such a row by hand; "待定" is an end not known yet."""
    return bool(text) and bool(_NO_END.match(normalise_text(text).strip()))


# a time that names a year and nothing within it: "2024年", "年内", "2024年内完工", "全年", "本年度" (not "年底")
_WHOLE_YEAR = re.compile(r"(?:(?:19|20)\d{2}(?:\.0+)?年?|[当本今]年)?(?:年?内|全年|年?度内|度)?"
                         r"(?:开工|动工|开建|启动|竣工|完工|建成|投用|完成)?(?:建设)?")


def within_the_year(text: object) -> bool:
    """Whether a planned date gives only its year ("2024年", "年内开工", "2024年内"): due by the year's end when
    nothing finer is given, but a quarter the plan names elsewhere for the same step says more."""
    if type(text) not in (int, float, str):
        return False
    s = normalise_text(str(text)).strip()
    return bool(re.search(r"\d{4}|内|全年|[当本今]年", s)) and _WHOLE_YEAR.fullmatch(s) is not None


def start_year_words(value: object, quarter: Quarter | None) -> str | None:
    """A planned start naming its year and nothing within it ("2024年度", "年内", "2024年内开工"), which reads as
    ``quarter`` (the year's fourth, as a deadline would): the words a start keeps instead, its year and no quarter,
    as "2024年开工" is (read as the fourth quarter, it was drawn from there and counted among that quarter's starts);
    words naming no year get the quarter's. None for any other start."""
    if quarter is None or not within_the_year(value):
        return None
    said = normalise_text(str(value)).strip()
    return said if re.match(r"\d{4}", said) else f"{quarter.year}年"


def which_end(words: str, event: str) -> str:
    """A planned end's words with the event they are of, where they are a year alone: "2024年" → "2024年开工"
    (``event`` 开工 or 完工) — written where a chart shows them, not in their own column."""
    return f"{words}{event}" if bare_year(words) is not None and words.strip().endswith("年") else words


def schedule_words(start_text: str | None, completion_text: str | None, nature: str | None,
                   plan_year: int) -> tuple[str, int, bool] | None:
    """What a schedule without a quarter says, for a chart to write in its place:
    the plan's own words ("2024年完工"), else the project's stage ("前期"), with
    the year they belong to and whether the words name that year themselves.
    None when there is nothing to say."""
    words = [which_end(w, event) for w, event in ((start_text, "开工"), (completion_text, "完工")) if w]
    if not words and nature and any(stage in nature for stage in _STAGES):
        words = [nature]
    if not words:
        return None
    years = [int(m.group(1)) for w in words for m in [_YEAR_WORD.search(w)] if m and 1900 <= int(m.group(1)) <= 2999]
    return "；".join(words), (years[0] if years else plan_year), bool(years)


# a running total's period as monitoring tables head it, by the month it runs to from January
PERIOD_END = {"一季度": 3, "第一季度": 3, "上半年": 6, "前三季度": 9, "全年": 12}
_MONTHS_TO = re.compile(r"1\s*[-—–~～至到]\s*(\d{1,2})\s*月")


def period_months(label: str | None) -> int | None:
    """How many months from January a period covers: "一季度" 3, "上半年" 6, "1-9月" 9, "全年" 12; None
    for anything else (a figure of one quarter alone is no running total)."""
    if not label:
        return None
    label = normalise_text(label).strip()
    if label in PERIOD_END:
        return PERIOD_END[label]
    m = _MONTHS_TO.fullmatch(label)
    return int(m.group(1)) if m and 1 <= int(m.group(1)) <= 12 else None
