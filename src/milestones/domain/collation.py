"""Chinese text in the order a planner's Excel or WPS sorts it: by pinyin, not by code point.

By code point, 重庆长滨 came after 解放碑 and 区发展改革委 after 区住房城乡建委 in no order a person knows; and a
shared PostgreSQL sorted by its own collation, so two planners saw one list in two orders. The key is worked out
here, the same on every database: symbols, then digits, then Latin letters (case ignored), then Chinese by its
reading and tone, homophones by character. A character's reading is its reading in a two-character word where
pypinyin's word list has one (重庆 is chóngqìng, 长江 chángjiāng), else its commonest reading.

The tables load at the first sort (a fifth of a second), not when the program starts.
"""
from __future__ import annotations

from functools import lru_cache

# Each character's key starts with its class and ends where the next one starts (a reading ends with its tone's
# digit, which no reading contains), so comparing two names' keys compares them character by character.
_SYMBOL, _DIGIT, _LATIN, _HAN, _OTHER = "0", "1", "2", "3", "4"


def sort_text(text: str | None) -> str:
    """The key to sort ``text`` by; "" for None."""
    return _key(text) if text else ""


@lru_cache(maxsize=1 << 17)  # a city's 50,000 names and their units, each worked out once
def _key(text: str) -> str:
    out = []
    i, n = 0, len(text)
    while i < n:
        pair = _word(text[i:i + 2]) if i + 1 < n else None
        if pair is not None:
            out.append(_HAN + pair[0] + text[i])
            out.append(_HAN + pair[1] + text[i + 1])
            i += 2
            continue
        out.append(_char_key(text[i]))
        i += 1
    return "".join(out)


@lru_cache(maxsize=1 << 14)
def _char_key(c: str) -> str:
    if c.isdigit() and c.isascii():
        return _DIGIT + c
    if c.isascii() and c.isalpha():
        return _LATIN + c.lower() + c
    reading = _reading(c)
    if reading is not None:
        return _HAN + reading + c
    if c.isalnum():  # a letter of another script, a full-width digit a name kept
        return _OTHER + c
    return _SYMBOL + c


def _reading(c: str) -> str | None:
    """A Chinese character's commonest reading, as "zhong4" (a neutral tone as 5); None for another character."""
    from pypinyin.pinyin_dict import pinyin_dict

    said = pinyin_dict.get(ord(c))
    return None if said is None else _tone3(said.split(",", 1)[0])


@lru_cache(maxsize=1 << 16)
def _word(pair: str) -> tuple[str, str] | None:
    """The readings of a two-character word whose reading is not its characters' commonest (重庆, 长江, 银行)."""
    from pypinyin.phrases_dict import phrases_dict

    said = phrases_dict.get(pair)
    if said is None or len(said) != 2:
        return None
    readings = (_tone3(said[0][0]), _tone3(said[1][0]))
    return None if readings == (_reading(pair[0]), _reading(pair[1])) else readings


def _tone3(reading: str) -> str:
    from pypinyin.contrib.tone_convert import to_tone3

    reading = to_tone3(reading)
    return reading if reading[-1:].isdigit() else reading + "5"
