"""Numbers as a plan writes them in its headings: "（三）更快提升科技创新水平", "二、中部片区"."""
from __future__ import annotations

__all__ = ["chinese_numeral"]

_DIGITS = "零一二三四五六七八九十"


def chinese_numeral(n: int) -> str:
    """一 … 十, 十一 … 十九; from 20 on, the digits (no plan has twenty sections or zones)."""
    if n <= 10:
        return _DIGITS[n]
    if n < 20:
        return "十" + _DIGITS[n - 10]
    return str(n)
