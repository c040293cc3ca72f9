"""A 节点's cell as planners fill it: a time, or words saying where the milestone stands.

A 前期手续 table (立项批复 | 用地预审 | 环评批复 | 施工许可) is filled with more than dates: "已批复" or
"2023年12月已批复" for an approval in hand, "办理中，预计2024年5月取得" for one on its way, "不涉及" for one the
project does not need. A time alone is read as a schedule cell is (by :mod:`.project_columns`); this module
reads the words: an approval in hand is reached (in the quarter it names, if any), the words are the
milestone's note (说明), and a time inside them is its planned quarter.
"""
from __future__ import annotations

import re
from typing import Any, NamedTuple

from ..domain.plain_text import normalise_text
from ..domain.quarter import QuarterParseError
from ..domain.schedule_cell import DATE_REMARK, parse_schedule_cell
from .cells import NO_DATE

__all__ = ["DONE_WORDS", "EXPECTED_WORDS", "MilestoneWords", "milestone_words"]


class MilestoneWords(NamedTuple):
    """What a worded cell says of a milestone: when planned, when reached ("2024Q2"), and its words (the note)."""

    planned: str | None
    actual: str | None
    note: str | None
    day: str | None = None  # the day of the time given, where the words give one ("已于2023年11月15日取得")


# in hand: "已批复", "已取得施工许可证", "2023年12月已完成", "已于2023年11月取得" (a time may sit between 已 and
# the verb; nothing else may — "已上报待批复" is not yet approved)
DONE_WORDS = re.compile(r"已(?:经)?于?[\d年月日号季度第一二三四上下半底末初中旬./\-\s]{0,16}"
                        r"(?:完成|办结|办理(?!中)|批复|批准|取得|获批|获得|核准|备案|通过|出让|摘牌|签订|完工|竣工|投用|投运|投产|"
                        r"封顶|交付|开业|运营|验收|完毕|领取|拿到)(?!\s*\d)|^(?:完成|办结|取得|批复|获批|√|✓)$")
# not yet: the time in the words is when it is expected ("办理中，预计2024年5月取得"), under 实际 too
EXPECTED_WORDS = re.compile(r"预计|计划|拟|争取|力争|待|未|办理中|正在")
# a time inside the words: "预计2024年5月取得", "2023年12月已批复", "（2024.3）"
_A_TIME = re.compile(r"(?:19|20)\d{2}\s*(?:年\s*(?:度\s*)?(?:\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?(?:底|末|初|中旬|上旬|下旬)?|"
                     r"第?[一二三四1-4]\s*季度(?:末|底)?|[上下]半年|年?底|年?末|内)?|[./-]\s*\d{1,2}(?:\s*[./-]\s*\d{1,2})?)")
_A_MONTH = re.compile(r"(?<![\d年.])(?:1[0-2]|0?[1-9])\s*月(?:\s*\d{1,2}\s*[日号])?(?:底|末|初|中旬|上旬|下旬)?|"
                      r"(?<![\d年])第?[一二三四]季度|年底|年内|上半年|下半年")
# nothing but a time ("2024年13月", "2024.13"): a date typed wrong, an error at the cell as in any date column
_ONLY_TIME = re.compile(r"[\d\s年月日号季度第一二三四上下半底末初内前./\-QqＱ]+")


def milestone_words(v: Any, year: int | None) -> MilestoneWords | None:
    """The words of a 节点 cell ("已批复", "办理中，预计2024年5月取得", "不涉及"), or None where the cell is a
    time alone (or empty), for the schedule reader."""
    if type(v) is not str:
        return None
    text = normalise_text(v)
    said = v.strip()  # the note as written ("正在办理，预计…", not its normalised form)
    if not text or _ONLY_TIME.fullmatch(text) or not re.search(r"[\u4e00-\u9fff√✓]", text) \
            or text in NO_DATE and text != "不涉及":  # "无", "暂无": nothing said ("不涉及": not needed, kept)
        return None
    when = _time_in(text, year)
    if DONE_WORDS.search(text) and not re.search(r"未|尚未|待", text.split("已", 1)[0]):
        if when is not None and when[0] is not None:  # the time says it was reached: no words to keep
            return MilestoneWords(None, when[0], None, when[2])
        return MilestoneWords(None, None, said)  # reached, when not said
    try:
        cell = parse_schedule_cell(v, year)
    except QuarterParseError:
        pass
    else:
        remark = DATE_REMARK.search(text)
        if remark and cell.quarter is not None:  # "2024年二季度（办理中）": the words are the note
            return MilestoneWords(str(cell.quarter), None, remark.group(1).strip(),
                                  cell.date.isoformat() if cell.date else None)
        return None  # "2024年6月底前", "三季度": a time in words the schedule reader knows
    planned = when[0] or when[1] if when is not None else None
    return MilestoneWords(planned, None, said, when[2] if when is not None else None)


def _time_in(text: str, year: int | None) -> tuple[str | None, str | None, str | None] | None:
    """The one time the words name, as (its quarter, or None; a year alone's fourth quarter, a deadline; its day,
    where given); None where they name none, or two that differ ("2023年立项，2024年3月开工")."""
    found = {m.group().strip() for m in _A_TIME.finditer(text)}
    if not found and year is not None:
        found = {m.group().strip() for m in _A_MONTH.finditer(text)}
        found = {f"{year}年{t}" for t in found}
    cells = set()
    for t in found:
        if re.fullmatch(r"\d{4}\s*年?度?", t):  # "2023年已批复": the year, no quarter
            cells.add((None, f"{t[:4]}Q4", None))
            continue
        try:
            cell = parse_schedule_cell(t, year)
        except QuarterParseError:
            continue
        if cell.quarter is not None:
            cells.add((str(cell.quarter), None, cell.date.isoformat() if cell.date else None))
        elif cell.year is not None:
            cells.add((None, f"{cell.year}Q4", None))
    return cells.pop() if len(cells) == 1 else None
