"""Amounts of money as planners write them. The plan keeps 亿元; a unit's report gives 万元 as often, and a
system's export 元: "3000万元" typed into a 亿元 cell is 0.3, not 3000."""
from __future__ import annotations

import math
import re
import unicodedata

from .target import parse_number

# money units offices write and what stored 亿元 a figure in each is: a system's export in 元, a
# provincial form in 千万元 (the longer first: "千万元" is not 万元)
MONEY_UNIT = r"(?:亿|千万|百万|十万|万|千)?元"
# a money unit with its 元 left out, as a heading or a "单位：" line has it in haste ("（万）", "单位：万"); not the
# start of another unit ("万人", "万平方米")
BARE_MONEY_UNIT = r"(?:亿|千万|百万|十万|万|千)(?![\u4e00-\u9fffA-Za-z])"
MONEY_SCALE = {"亿元": 1.0, "千万元": 0.1, "百万元": 0.01, "十万元": 1e-3, "万元": 1e-4, "千元": 1e-5, "元": 1e-8}

# a figure and what follows it: nothing (亿元, the column's unit), a money unit, or 亿 / 万 alone as typed in haste
_THOUSANDS = re.compile(r"[-+]?\d{1,3}(,\d{3})+(\.\d+)?")
_AMOUNT = re.compile(rf"^\s*(?:约|人民币)?\s*([-+]?[\d,]*\.?\d+)\s*({MONEY_UNIT}|亿|万)?\s*(?:左右)?\s*$")
# "3亿5000万元", as an amount is said and often written: 3.5 亿元
_YI_WAN = re.compile(r"^\s*(?:约|人民币)?\s*(\d+(?:\.\d+)?)\s*亿\s*(\d+(?:\.\d+)?)\s*万\s*元?\s*(?:左右)?\s*$")


def with_yuan(unit: str) -> str:
    """A money unit as the scales name it: "万" is 万元."""
    return unit if unit.endswith("元") else unit + "元"


def yi_wan(text: str) -> float | None:
    """An amount written in 亿 and 万 together ("3亿5000万元", each part in digits) in 亿元, else None."""
    m = _YI_WAN.match(text)
    if m is None or float(m.group(2)) >= 10000:
        return None
    return round(float(m.group(1)) + float(m.group(2)) * 1e-4, 8)


class AmountError(ValueError):
    """Typed text that is no amount of money, with the words saying why."""


def parse_amount(text: object) -> float | None:
    """An amount in 亿元: "1.5", "1.5亿元", "1.5亿", "约1.5亿元", "1.5亿元左右" → 1.5; "3000万元", "3,000万" → 0.3;
    "3亿5000万元" → 3.5; blank → None.

    Raises :class:`AmountError` for anything else: a percentage or another unit ("12%", "3000平方米") would
    otherwise be kept as that many 亿元."""
    if text is None or isinstance(text, (int, float)) and not isinstance(text, bool):
        return parse_number(text)
    s = unicodedata.normalize("NFKC", str(text)).strip()
    if s in ("", "-", "—", "/", "无"):
        return None
    m = _AMOUNT.match(s)
    if not m and (both := yi_wan(s)) is not None:
        return both
    if not m:
        raise AmountError(f"“{text}”不是金额；投资以亿元计，可填 1.5、1.5亿元 或 3000万元")
    unit = m.group(2) or "亿元"
    unit = unit + "元" if unit in ("亿", "万") else unit
    # the figure as the pattern took it: ".5" is 0.5 (a ValueError from parse_number escaped its callers); "1,2,3"
    # and an endless 9…9 are no amount
    figure = m.group(1)
    value = float(figure.replace(",", "")) if "," not in figure or _THOUSANDS.fullmatch(figure) else math.nan
    if not math.isfinite(value):
        raise AmountError(f"“{text}”不是金额；投资以亿元计，可填 1.5、1.5亿元 或 3000万元")
    return round(value * MONEY_SCALE[unit], 8)
