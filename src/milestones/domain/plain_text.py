"""Text as a planner typed it, made plain before it is read: marks (①, ※) and control characters out, full-width
punctuation and minus signs folded, runs of spaces made one."""
from __future__ import annotations

import re
import unicodedata


__all__ = ["INVISIBLE", "each_at_once", "without_marks", "without_controls", "plain_minus", "folded", "normalise_text"]


_WS = re.compile(r"\s+")


def each_at_once(fn, texts: list[str]) -> list[str] | None:
    """``fn`` of every text in one call on the texts joined by a NUL, for
    functions that work character by character (NFKC, removing spaces,
    lower-casing): 50,000 names cost one call instead of 50,000. A NUL is in
    no cell and composes with nothing. None when a text holds a NUL itself."""
    joined = "\0".join(texts)
    if joined.count("\0") != len(texts) - 1:
        return None
    return fn(joined).split("\0") if texts else []


# A footnote mark or an item number in a circle turns into a plain digit under
# NFKC ("6%左右①" would read as a target of 1): at either end of a cell (or of a
# text joined by NULs, see :func:`each_at_once`) it is no part of it.
_CIRCLES = "[\u2460-\u249b\u24ea-\u24ff\u2776-\u2793]+"
_CIRCLED = re.compile(rf"(?:^|(?<=\0))[ \t]*{_CIRCLES}[ \t]*|[ \t]*{_CIRCLES}[ \t]*(?=\0|\Z)")


_ANY_CIRCLE = re.compile(_CIRCLES)


def without_marks(text: str) -> str:
    """``text`` without circled footnote marks at its ends (①, ⑴, ❶)."""
    # a text with no circled character at all is found by a plain scan (the ends' pattern looks behind at every
    # character: 0.16 s over 50,000 names joined)
    return _CIRCLED.sub("", text) if not text.isascii() and _ANY_CIRCLE.search(text) else text


# Control characters: a NUL, a bell, an escape, in a cell of a CSV file, an xlsx cell written with _x0000_, a paste
# from a terminal. No one means them, nothing shows them, and PostgreSQL refuses a NUL in text (the import
# failed with "程序出错"). Tabs and line breaks (a vertical tab is Word's) are text. The invisible characters a
# paste from a web page brings (zero-width space and joiners, a byte-order mark, a soft hyphen) are no one's text
# either: "≥\u200b6" read as exactly 6, "3\u200b" had the unit "\u200b".
INVISIBLE = "\u200b-\u200d\u2060\ufeff\u00ad"
_CONTROL = re.compile(f"[\x00-\x08\x0e-\x1f\x7f{INVISIBLE}]")
_INVISIBLE_ONLY = re.compile(f"[{INVISIBLE}]")  # (a NUL kept: it joins the texts of each_at_once)


def without_controls(text: str) -> str:
    """``text`` without control and invisible characters, tabs and line breaks kept."""
    return text if text.isprintable() or not _CONTROL.search(text) else _CONTROL.sub("", text)


# a minus sign as pasted from a web page or a word processor ("−2.1", U+2212; "–2.1"): read as "-",
# which NFKC leaves alone (the sign was lost: "−2.1%" was a growth of 2.1)
_MINUS = re.compile("[\u2212\u2010\u2011\u2012\u2013\ufe63](?=\\.?\\d)")


def plain_minus(text: str) -> str:
    """``text`` with any minus sign before a figure written as "-"."""
    return _MINUS.sub("-", text) if not text.isascii() and _MINUS.search(text) else text


# the full-width forms Chinese text is full of, each one character under NFKC: replaced first, a text holding no
# other is known normalised without NFKC's pass over every character (50,000 names: 0.01 s against 0.27 s)
_COMMON_WIDE = [(wide, unicodedata.normalize("NFKC", wide)) for wide in "（），：；％！？"]


def folded(text: str) -> str:
    """``unicodedata.normalize("NFKC", text)``, the same text, faster for Chinese: the common full-width
    punctuation is replaced by what NFKC makes of it, and the whole pass is run only where anything else is left."""
    if unicodedata.is_normalized("NFKC", text):
        return text
    for wide, narrow in _COMMON_WIDE:
        if wide in text:
            text = text.replace(wide, narrow)
    return text if unicodedata.is_normalized("NFKC", text) else unicodedata.normalize("NFKC", text)


def normalise_text(text: str) -> str:
    """Full-width to half-width (NFKC), no whitespace at all.

    Chinese tables are typed with full-width digits and stray spaces
    ("２０２４年 一季度"); comparing after this is what a reader does.
    """
    if not text.isprintable():
        text = _INVISIBLE_ONLY.sub("", text)
    text = folded(plain_minus(without_marks(text)))
    return _WS.sub("", text) if _WS.search(text) else text
