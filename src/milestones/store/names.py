"""Project names alike: one project typed twice ("重庆长滨项目" beside 重庆长滨, "更薪" for 更新,
"解放碑步行街提升改造" beside "…改造提升"), not two parts of one work ("一期" beside "二期").

Lists are merged from many units' tables; the same project under two spellings is counted twice in every
figure. The import says a new name like a listed one; 数据检查 looks across the whole list. Names are
compared by their keys (`plan_document.name_key`); candidates come from an index of the keys' character
pairs, so a list is not compared pair by pair.
"""
from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Iterable

__all__ = ["alike", "CandidateIndex"]

# what tells apart the parts of one work: 一期 / 二期, 1号楼 / 2号楼, A区 / B区, 2023 / 2024
_PART_MARK = re.compile(r"[0-9〇一二三四五六七八九十百零两ⅠⅡⅢⅣⅤa-z]+")


def _pairs(key: str) -> set[str]:
    return {key[j:j + 2] for j in range(len(key) - 1)}


def alike(a: str, b: str) -> bool:
    """Whether two name keys are one project's: one inside the other (four characters at least), or
    four fifths alike — unless all that differs is a number or a letter (二期, 2号楼, B区)."""
    if a == b:
        return False
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)  # one matching, for the ratio and the parts
    inside = min(len(a), len(b)) >= 4 and (a in b or b in a)
    if not inside and matcher.ratio() < 0.8:
        return False
    return not _parts_of_one_work(a, b, matcher)


def _parts_of_one_work(a: str, b: str, matcher: difflib.SequenceMatcher) -> bool:
    """Whether every difference between ``a`` and ``b`` is a part's number or letter: "一期" and "二期",
    "1号楼" and "2号楼" differ that way; "（一期）" added to a name does not (the name and its phase)."""
    changed = [(a[i1:i2], b[j1:j2]) for op, i1, i2, j1, j2 in matcher.get_opcodes() if op != "equal"]
    return all(x and y and _PART_MARK.fullmatch(x) and _PART_MARK.fullmatch(y) for x, y in changed)


class CandidateIndex:
    """The names of a list by their character pairs; a pair most names share ("项目", "工程") is left
    out of the index, so a name's candidates are the few sharing its rarer pairs."""

    def __init__(self, keys: Iterable[str], common: int = 100) -> None:
        self.keys = list(dict.fromkeys(keys))
        by_pair: dict[str, list[int]] = {}
        for i, key in enumerate(self.keys):
            for pair in _pairs(key):
                by_pair.setdefault(pair, []).append(i)
        limit = max(common, len(self.keys) // 200)
        self.by_pair = {p: ids for p, ids in by_pair.items() if len(ids) <= limit}

    def like(self, key: str, before: int | None = None) -> str | None:
        """The indexed name most like ``key`` (of those before position ``before``, if given), or None."""
        own = _pairs(key)
        if len(own) < 2:
            return None
        end = len(self.keys) if before is None else before
        shared = Counter(i for p in own for i in self.by_pair.get(p, ()) if i < end)
        for i, n in shared.most_common(5):
            other = self.keys[i]
            if n < 0.5 * min(len(own), len(other) - 1):
                break
            if alike(key, other):
                return other
        return None
