"""乱码: a table whose Chinese was garbled before it reached us, read as it was written.

A CSV saved in UTF-8 and opened by a program that took it for another encoding, then saved as a workbook, holds
its text garbled for good: Excel on a Chinese Windows reads the bytes as GBK ("附件2" becomes "闄勪欢2"), a Western
one or LibreOffice as Windows-1252 ("é™„ä»¶2"; LibreOffice keeps the bytes 1252 leaves undefined as U+F100 + the
byte). The bytes are all still there: encoded back the way they were misread, they decode as the UTF-8 they were.
Only a sheet whose header cannot be found is looked at, and only mended when most of the text at its head comes
back as Chinese: a table in a Western language is never touched.
"""
from __future__ import annotations

import re
from typing import Any

__all__ = ["garbled_beyond_mending", "gbk_bytes_lost", "mend_garbled", "mended"]

# Chinese, or its punctuation alone ("1620、8.5", "（一）"): a cell holding no character but 、 is Chinese text too
_CJK = re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]")
_LO_UNDEFINED = range(0xF100, 0xF200)  # LibreOffice's private-use stand-ins for the bytes 1252 leaves undefined


def _as_1252(text: str) -> bytes | None:
    out = bytearray()
    for ch in text:
        code = ord(ch)
        if code in _LO_UNDEFINED:
            out.append(code - 0xF100)
            continue
        try:
            out += ch.encode("cp1252")
        except UnicodeEncodeError:
            if code > 0xFF:
                return None
            out.append(code)  # a byte 1252 leaves undefined, read as Latin-1 (its code point)
    return bytes(out)


def _as_gbk(text: str) -> bytes | None:
    try:
        return text.encode("gb18030")
    except UnicodeEncodeError:
        return None


def mended(text: str) -> str | None:
    """``text`` as written, when it is UTF-8 misread as Windows-1252 or GBK; None when it is not."""
    if text.isascii():
        return None
    for raw in (_as_1252(text), _as_gbk(text)):
        if raw is None:
            continue
        try:
            fixed = raw.decode("utf-8")
        except UnicodeDecodeError:
            continue
        if fixed != text and _CJK.search(fixed):
            return fixed
    return None


def mend_garbled(rows: list[list[Any]], head: range) -> tuple[str, str] | None:
    """Mend every text cell of ``rows`` when most of the non-ASCII texts in the ``head`` rows are garbled UTF-8;
    an example (garbled, mended) to say, or None (nothing changed)."""
    texts = [v for r in head for v in rows[r] if isinstance(v, str) and not v.isascii()]
    fixes = {t: mended(t) for t in texts}
    good = [t for t, f in fixes.items() if f]
    if not good or len(good) * 3 < len(fixes) * 2:
        return None
    for row in rows:
        for v in row:
            if isinstance(v, str) and not v.isascii() and v not in fixes:
                fixes[v] = mended(v)
    if any(f is None and (gbk_bytes_lost(t) or 0) > 0 for t, f in fixes.items()):
        return None  # a cell that lost a byte (read as GBK): the whole sheet left as it is, to be said
    for row in rows:
        for c, v in enumerate(row):
            if isinstance(v, str) and fixes.get(v):
                row[c] = fixes[v]
    shown = [t for t in good[:8] if not any(ord(ch) in _LO_UNDEFINED for ch in t)] or good[:8]
    example = max(shown, key=len)
    return example, fixes[example]


def gbk_bytes_lost(text: str) -> int | None:
    """How many characters UTF-8 read as GBK lost (back as GBK it decodes to Chinese but for those, at most one in
    eight); None when ``text`` is not that."""
    raw = _as_gbk(text)
    if raw is None:
        return None
    fixed = raw.decode("utf-8", errors="replace")
    lost = fixed.count("\ufffd")
    return lost if lost <= max(1, len(fixed) // 8) and _CJK.search(fixed) else None


def garbled_beyond_mending(rows: list[list[Any]], head: range) -> str | None:
    """A garbled text at the head of ``rows`` when most are UTF-8 read as GBK with bytes lost (a Chinese Excel drops
    the odd byte of "总投资（亿元）"'s 21): said, not guessed at; None when they are not."""
    texts = {v for r in head for v in rows[r] if isinstance(v, str) and not v.isascii()}
    lost = [t for t in texts if gbk_bytes_lost(t) is not None]
    return max(lost, key=len)[:30] if lost and len(lost) * 3 >= len(texts) * 2 else None
