"""A project's nature (建设性质: 新开工, 续建, 竣工, 前期 …) in the words tables use, and in a cell that says it where a
date was expected ("正在办理前期手续")."""
from __future__ import annotations

import re


__all__ = ["NATURE_WORDS", "nature_word_in"]


# Words planners put in a schedule column that are not a date but say what kind
# of project it is (续建 = continuing from an earlier year). Mapped to the
# project nature they imply.
NATURE_WORDS = {
    "续建": "续建",
    "在建": "续建",
    "已开工": "续建",
    "新开工": "新开工",
    "前期": "前期",
    "前期工作": "前期",
    "储备": "前期",
    # other offices' words for the same stages: 结转 (carried over from last year's list, being built),
    # 拟开工 / 新开, 谋划 / 预备 (a project being prepared)
    "结转": "续建",
    "拟开工": "新开工",
    "新开": "新开工",
    "谋划": "前期",
    "预备": "前期",
    "谋划储备": "前期",
    "加快前期": "前期",
    "跨年度续建": "续建",
    "跨年续建": "续建",
    "已完工": "已完工",
    "已竣工": "已完工",
    "已建成": "已完工",
    "已投用": "已完工",
    "已建成投用": "已完工",
    "已竣工投用": "已完工",
    "已完工投用": "已完工",
    "已投入使用": "已完工",
    "计划完工": "计划完工",
    "计划竣工": "计划完工",
    "计划建成": "计划完工",
}
# the works said as going on in a schedule column ("施工中", "正在建设"), not a nature a heading names
# ("三、建设项目" is a class)
_WORKS_GOING_ON = {"施工": "续建", "建设": "续建", "前期手续": "前期", "项目储备": "前期"}
# a state said as it goes on ("前期工作中", "正在开展前期工作", "前期阶段", "施工中"): the word within
_GOING_ON = re.compile(r"^(?:正在|目前|开展|正|办理|推进)+|(?:办理中|推进中|进行中|中|阶段|期间)$")  # "正在办理前期手续"


def nature_word_in(text: str) -> str | None:
    """The nature a schedule cell's words say, padded as a state going on or not."""
    if text in NATURE_WORDS:
        return NATURE_WORDS[text]
    remark = _NATURE_REMARK.fullmatch(text)
    if remark and remark.group(1) in NATURE_WORDS:  # "续建（2022年开工）": the nature, the remark kept in the words
        return NATURE_WORDS[remark.group(1)]
    bare = _GOING_ON.sub("", _GOING_ON.sub("", text))
    return NATURE_WORDS.get(bare) or _WORKS_GOING_ON.get(bare) if bare != text else None


_NATURE_REMARK = re.compile(r"(.+?)\s*[(（][^()（）]*[)）]")
