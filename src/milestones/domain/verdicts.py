"""What a table says of a target or an indicator in words: met or not (完成, 未完成, 超额完成, 调整), on the year's
pace or behind it (达到序时进度, 滞后), where the word is in a cell of its own or in a sentence."""
from __future__ import annotations

import re
from functools import lru_cache

from .plain_text import normalise_text

__all__ = ["verdict_of", "verdict_word", "says_near_pace", "pace_said"]


# The words completion tables use in their 完成情况 / 是否完成 column. "基本完成" is in neither list:
# the figure decides, if there is one; "基本达到时序进度" is its own standing (says_near_pace).
_MET_WORDS = {"完成", "已完成", "超额完成", "提前完成", "完成目标", "达标", "已达标", "达到", "达到目标", "达到预期",
              "实现", "已实现", "达到时序进度", "超过时序进度", "超序时进度", "是", "√", "✓", "✔", "○",
              "按期完成", "如期完成", "全面完成", "顺利完成", "圆满完成", "已完成目标", "超额完成目标", "完成年度目标",
              "完成全年目标", "达到序时进度", "满足序时进度", "完成任务", "完成目标任务", "完成年度任务",
              "完成市下达任务", "完成市下达目标", "完成上级下达任务", "完成区下达任务", "达到预期目标", "好于预期",
              "符合预期", "超目标", "超出目标", "超过目标",
              # a year-end task review's words
              "已完成年度目标", "已完成年度任务", "超额完成年度任务", "超额完成年度目标", "按时完成", "已按时完成",
              "已按期完成", "逾期完成", "已完成全年目标", "已完成全年任务",
              # a 督查 system's 任务状态: a task closed as done (办结) or crossed off (销号)
              "办结", "已办结", "销号", "已销号", "办结销号", "已办结销号"}
_NOT_MET_WORDS = {"未完成", "没有完成", "未达标", "未达到", "未达到目标", "未达预期", "未实现", "未达进度",
                  "未达时序进度", "滞后", "否", "×", "✗", "✘", "未完成目标", "未达到预期", "未达到预期目标", "进度滞后",
                  "滞后于序时进度", "低于序时进度", "未达序时进度", "未按期完成", "未完成任务", "未完成目标任务",
                  "未完成市下达任务", "未完成上级下达任务", "低于预期", "未达目标", "未达到预期目标", "差于预期",
                  "滞后于时序进度", "低于时序进度", "慢于时序进度", "慢于序时进度",
                  "未完成年度任务", "未完成年度目标", "未完成全年目标", "尚未完成", "未按时完成", "未启动", "尚未启动",
                  "逾期", "已逾期", "逾期未完成", "逾期未办结", "超期", "已超期", "超期未完成", "超期未办结"}
_ADJUSTED_WORDS = {"调整", "已调整", "指标调整", "调整指标"}


@lru_cache(maxsize=4096)  # called per row (是否新开工 down 50,000 projects): few distinct words
def verdict_of(status: str | None) -> str | None:
    """What a table's own status word says: "met", "not_met", "adjusted", or
    None when it says neither (no word, "基本完成", a remark)."""
    if not status:
        return None
    word = normalise_text(status).rstrip("。.")
    for said in _verdict_words(word):
        if said in _MET_WORDS:
            return "met"
        if said in _NOT_MET_WORDS:
            return "not_met"
        if said in _ADJUSTED_WORDS:
            return "adjusted"
    for said in _verdict_words(word):  # the listed words' kin: "已超额完成", "完成年度目标任务", "不达标", "未能完成"
        if _MET_FORM.match(said):
            return "met"
        if _NOT_MET_FORM.match(said):
            return "not_met"
    return None


# a verdict word as offices vary it: done, with how ("已提前完成") and what ("全年目标任务"), or not done
_DONE_WHAT = r"(?:了)?(?:全年|年度|本年|市下达|上级下达|区下达)?(?:的)?(?:目标任务|目标|任务|计划)?$"
_MET_FORM = re.compile(rf"^(?:已经|已)?(?:提前|超额|圆满|全面|顺利|如期|按期|按时)*(?:完成|实现|达到|达标){_DONE_WHAT}")
_NOT_MET_FORM = re.compile(rf"^(?:未能|尚未|没有|没能|无法|不能|未|没|不)(?:完成|实现|达到|达标){_DONE_WHAT}")


# a mid-year review's middle word (基本达到时序进度): neither met nor not met, its own standing
_NEAR_PACE_WORDS = {"基本达到时序进度", "基本达到序时进度", "基本符合时序进度", "基本符合序时进度", "基本满足时序进度",
                    "基本满足序时进度", "接近时序进度", "接近序时进度", "略低于时序进度", "略低于序时进度",
                    "略慢于时序进度", "略慢于序时进度", "基本达到进度", "基本符合进度"}


@lru_cache(maxsize=1024)
def says_near_pace(status: str | None) -> bool:
    """Whether a table's status word is 基本达到时序进度 or one of its kin ("略低于序时进度")."""
    if not status:
        return False
    word = normalise_text(status).rstrip("。.")
    return any(said in _NEAR_PACE_WORDS for said in _verdict_words(word))


@lru_cache(maxsize=1024)
def pace_said(status: str | None) -> str | None:
    """What a review's word says of the pace against the time gone: "on_pace" (达到时序进度), "near_pace"
    (基本达到时序进度), "behind_pace" (未达序时进度, 进度滞后); None for a word of the outcome (完成, 未完成) or none.
    Said before the deadline, it is where a figure or a task stood then, not whether it was done."""
    if says_near_pace(status):
        return "near_pace"
    for said in _verdict_words(normalise_text(status or "").rstrip("。.")):
        if said in _ON_PACE_WORDS:
            return "on_pace"
        if said in _BEHIND_PACE_WORDS:
            return "behind_pace"
    verdict = verdict_of(status)
    if verdict in ("met", "not_met") and "进度" in status:
        return "on_pace" if verdict == "met" else "behind_pace"
    return None


# a review's words of the pace alone, with no outcome in them: "按序时推进" says a task is on its way, not done
_ON_PACE_WORDS = {"按序时推进", "按序时进度推进", "序时推进", "按时序推进", "按时序进度推进", "按计划推进", "按计划有序推进",
                  "正常推进", "按期推进", "按节点推进", "按计划节点推进", "按序时完成", "有序推进中", "按序时推进中",
                  "按计划推进中", "正常推进中"}
_BEHIND_PACE_WORDS = {"推进缓慢", "进展缓慢", "进度缓慢", "进度偏慢", "推进较慢", "进展较慢", "滞后于计划", "未按序时推进",
                      "未按计划推进", "未按节点推进", "落后于序时", "慢于序时", "低于序时", "未达序时"}


# a figure before the word: "5.16（完成）", "296天 未完成", "6.2%，完成"
_LEADING_FIGURE = re.compile(r"^[-+]?\d[\d,.]*\s*(?:%|‰|个百分点)?")


def verdict_word(text: str | None) -> str | None:
    """The status word a figure's cell ends with ("5.16（完成）" → 完成), or the cell itself when it
    is one ("未完成"); None when it says no verdict."""
    if verdict_of(text) is not None:
        return text
    t = normalise_text(text or "")
    m = _LEADING_FIGURE.match(t)
    if not m or not m.group():
        return None
    tail = t[m.end():]
    for unit in range(min(len(tail), 5)):  # past the figure's unit ("天", "亿元"), if any
        word = tail[unit:].strip(" ,，;；、()（）")
        if len(word) >= 2 and verdict_of(word) is not None and not re.search(r"[\d(（,，;；、]", tail[:unit]):
            return word
    return None


def _verdict_words(word: str):
    """The status as written, then without a remark in brackets ("未完成（受疫情影响）"), then its
    first clause ("未完成，差0.3个百分点"), then without a tick or a cross beside the word ("已完成√")."""
    yield word
    bare = re.sub(r"[(（][^()（）]*[)）]$", "", word).strip()
    yield bare
    yield re.split(r"[,，;；]", bare)[0]
    yield bare.strip("√✓✔×✗✘ ")
