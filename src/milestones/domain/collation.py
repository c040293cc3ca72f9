"""Chinese text in the order a planner's Excel or WPS sorts it: by pinyin, not by code point.

By code point, 重庆长滨 came after 解放碑 and 区发展改革委 after 区住房城乡建委 in no order a person knows; and a
shared PostgreSQL sorted by its own collation, so two planners saw one list in two orders. The key is worked out
here, the same on every database: symbols, then digits, then Latin letters (case ignored), then Chinese by its
reading and tone, homophones by character. A character's reading is its reading in a two-character word where
pypinyin's word list has one (重庆 is chóngqìng, 长江 chángjiāng), else its commonest reading.

pypinyin's tables are read once into a small file in the user's cache (readings, and the words read otherwise):
pypinyin itself takes a fifth of a second and 50 MB to load, and the filter bar sorts its lists at every start.
"""
from __future__ import annotations

import json
import os
from functools import lru_cache

# Each character's key starts with its class and ends where the next one starts (a reading ends with its tone's
# digit, which no reading contains), so comparing two names' keys compares them character by character.
_SYMBOL, _DIGIT, _LATIN, _HAN, _OTHER = "0", "1", "2", "3", "4"


def sort_text(text: str | None) -> str:
    """The key to sort ``text`` by; "" for None."""
    return _key(text) if text else ""


@lru_cache(maxsize=1 << 17)  # a city's 50,000 names and their units, each worked out once
def _key(text: str) -> str:
    chars, words = _tables()
    out = []
    i, n = 0, len(text)
    while i < n:
        pair = words.get(text[i:i + 2]) if i + 1 < n else None
        if pair is not None:
            out.append(_HAN + pair[0] + text[i])
            out.append(_HAN + pair[1] + text[i + 1])
            i += 2
            continue
        c = text[i]
        reading = chars.get(c)
        out.append(_HAN + reading + c if reading is not None else _char_key(c))
        i += 1
    return "".join(out)


def _char_key(c: str) -> str:
    if c.isdigit() and c.isascii():
        return _DIGIT + c
    if c.isascii() and c.isalpha():
        return _LATIN + c.lower() + c
    if c.isalnum():  # a letter of another script, a full-width digit a name kept
        return _OTHER + c
    return _SYMBOL + c


@lru_cache(maxsize=None)
def _tables() -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    """(each Chinese character's commonest reading as "zhong4", the two-character words read otherwise), from
    the cache, or from pypinyin (kept in the cache for the next start; where it cannot be written, used as is)."""
    from importlib.metadata import version

    from platformdirs import user_cache_path

    path = user_cache_path("milestones", appauthor=False) / f"pinyin-{version('pypinyin')}.json"
    try:
        kept = json.loads(path.read_text(encoding="utf-8"))
        return kept["chars"], {word: (a, b) for word, (a, b) in kept["words"].items()}
    except (OSError, ValueError, KeyError, TypeError):
        pass
    chars, words = _from_pypinyin()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}")
        tmp.write_text(json.dumps({"chars": chars, "words": words}, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)  # whole or not at all: another process may read it meanwhile
    except OSError:
        pass
    return chars, words


def _from_pypinyin() -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    from pypinyin.contrib.tone_convert import to_tone3
    from pypinyin.phrases_dict import phrases_dict
    from pypinyin.pinyin_dict import pinyin_dict

    def tone3(reading: str) -> str:
        reading = to_tone3(reading)
        return reading if reading[-1:].isdigit() else reading + "5"

    first = {chr(code): said.split(",", 1)[0] for code, said in pinyin_dict.items()}
    words = {}
    for word, said in phrases_dict.items():
        if len(word) == 2 and len(said) == 2 and (said[0][0], said[1][0]) != (first.get(word[0]), first.get(word[1])):
            words[word] = (tone3(said[0][0]), tone3(said[1][0]))
    return {c: tone3(r) for c, r in first.items()}, words
