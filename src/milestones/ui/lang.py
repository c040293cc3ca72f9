"""The interface language, and formatting that depends on it."""
from __future__ import annotations

import datetime as dt

from ..domain.quarter import Quarter
from ..domain.target import WRITTEN_OUT, figure_text, plain_number

_language = "zh"
LANGUAGES = ("zh", "en")


def set_language(lang: str) -> None:
    global _language
    _language = lang if lang in LANGUAGES else "zh"


def language() -> str:
    return _language


def zone_label(name: str) -> str:
    """A zone as the interface names it: 东部 in Chinese, East in English (the plan's zone names are interface
    words, translated with the window's: the list, the tree, the boxes and the cell editors say it alike)."""
    # imported here: the command line reads this module for its English without loading Qt (`milestones import`)
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("MainWindow", name)


def binding_word(binding: bool) -> str:
    """An indicator's attribute as the indicator list and the import preview say it: 约束性 / 预期性 (Binding /
    Expected), never True / False."""
    from PySide6.QtCore import QCoreApplication  # (as zone_label: the command line loads no Qt for this module)

    return QCoreApplication.translate("Indicators", "约束性") if binding else \
        QCoreApplication.translate("Indicators", "预期性")


def quarter_label(q: Quarter | None) -> str:
    """2024年一季度 in Chinese, 2024 Q1 in English."""
    if q is None:
        return ""
    return q.label_zh if _language == "zh" else f"{q.year} Q{q.q}"


def local_time(at: dt.datetime) -> str:
    """A moment the database kept (when a report was kept, a change made), in this desktop's time;
    SQLite gives it back in UTC without its zone."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=dt.timezone.utc)
    return at.astimezone().strftime("%Y-%m-%d %H:%M")


def quarter_tick(q: int) -> str:
    """The lower tier of a time scale: 一季度 … 四季度, or Q1 … Q4."""
    return ("一季度", "二季度", "三季度", "四季度")[q - 1] if _language == "zh" else f"Q{q}"


def format_value(v) -> str:
    """A cell as a planner reads it: quarters in words, money with separators."""
    if v is None:
        return ""
    if isinstance(v, Quarter):
        return quarter_label(v)
    if isinstance(v, float):
        if v and abs(v) < 0.005:  # 40 万元 is 0.004 亿元: not "0.00"
            return plain_number(v)
        return f"{v:,.2f}" if abs(v) < WRITTEN_OUT else figure_text(v)  # 1e300 as that, not 300 digits
    return str(v)


def exact_text(v) -> str:
    """A value with every digit: in a cell the planner edits the text is what
    gets saved (0.125 shown as 0.13 would be written back as 0.13), and an
    import preview shows what will be written."""
    if isinstance(v, float):
        return figure_text(v)
    return format_value(v)
