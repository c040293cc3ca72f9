"""繁体字: a table typed or copied in traditional characters, read in the simplified ones the plan is kept in.

Many government sites offer a 繁體 version of each page (converted as it is shown); a table copied from one, or
sent by an office in Hong Kong, Macao or Taiwan, heads its columns "項目名稱 | 總投資（億元）| 責任單位" and names
its projects "化龍橋片區…": no heading was found ("找不到名称列") and a project would never match the plan's own.
Such a sheet is converted whole by OpenCC's t2s (phrases, not characters alone, so "著名" and "乾隆" stay), and
said. Only a sheet whose head is clearly traditional is touched: t2s also changes a few characters simplified
text uses ("乾", "於"), so a simplified table must not be converted on their account.
"""
from __future__ import annotations

import logging
import re
from functools import lru_cache

from .grid import Sheet
from .mojibake import gbk_bytes_lost, mended

__all__ = ["in_simplified"]

log = logging.getLogger(__name__)

_HAN = re.compile(r"[\u4e00-\u9fff]")
_HEAD_ROWS = 30  # where the title and the header are
# a head is traditional when this many of its Han characters are t2s's to change, and at least this share of them
_AT_LEAST = 3
_SHARE = 0.1


@lru_cache(maxsize=1)
def _converter():
    import opencc  # here: loaded only for a sheet that may need it (see _may_be_traditional)

    return opencc.OpenCC("t2s")


def _may_be_traditional(texts: list[str]) -> bool:
    """Any character outside GB 2312, the simplified set (項, 國, 區 are not in it; names' rare characters such
    as 堃 are not either, and are then told apart by the share): most sheets never load OpenCC."""
    try:
        "".join(c for t in texts for c in _HAN.findall(t)).encode("gb2312")  # (punctuation aside: "—" is not in it)
    except UnicodeEncodeError:
        return True
    return False


def _garbled(texts: list[str]) -> bool:
    """UTF-8 misread as GBK ("闄勪欢2" for "附件2") is outside GB 2312 too: left for the mending (mojibake.py), which
    a conversion would spoil."""
    return sum(mended(t) is not None or gbk_bytes_lost(t) is not None for t in texts) * 3 >= len(texts)


def in_simplified(sheet: Sheet) -> tuple[str, str] | None:
    """Convert ``sheet``'s text to simplified characters in place where its head is in traditional ones; return an
    example (a cell as found, as read) for the note, or None when the sheet was left as it is."""
    head = [v for row in sheet.rows[:_HEAD_ROWS] for v in row if type(v) is str and _HAN.search(v)]
    if not head or not _may_be_traditional(head) or _garbled(head):
        return None
    try:
        convert = _converter().convert
    except (ImportError, OSError):  # a broken install: the table is read as it is (and its headings said unfound)
        log.warning("OpenCC could not be loaded; a table in traditional characters is read as it is", exc_info=True)
        return None
    changed, han, examples = 0, 0, []
    for text in head:
        plain = convert(text)
        han += len(_HAN.findall(text))
        if plain != text:
            # t2s keeps the length of what it changes, but a phrase table may not: count a different length as wholly changed
            n = sum(a != b for a, b in zip(text, plain)) if len(plain) == len(text) else len(text)
            changed += n
            examples.append((n < 2, len(text), text, plain))  # a heading ("項目名稱") over the title or "序號"
    if changed < _AT_LEAST or changed < _SHARE * han:
        return None
    cache: dict[str, str] = {}
    for row in sheet.rows:
        for i, v in enumerate(row):
            if type(v) is str and v:
                got = cache.get(v)
                if got is None:
                    got = cache[v] = convert(v) if _HAN.search(v) else v
                row[i] = got
    sheet.warnings[:] = [(r, c, convert(found) if type(found) is str and found else found, message)
                         for r, c, found, message in sheet.warnings]
    _, _, found, plain = min(examples, key=lambda e: e[:2])
    return found, plain


NOTE = "表中是繁体字，已按简体读入：如“{found}”读作“{read}”；项目、指标、单位等名称都按简体导入"
