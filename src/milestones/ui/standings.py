"""How a target or an indicator stands, in the words and colours the lists and the dashboard use."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


# how a target stands at the quarter judged at (store.dashboard.target_standing), as the dashboard's tiles say it
STANDING_WORDS = {"met": "完成", "not_met": "未完成", "pending": "到期未填报", "unscorable": "无法评价",
                  "not_due": "未到期"}


def standing_word(standing: str, words: dict[str, str] = STANDING_WORDS) -> str:
    """A standing in the interface's language, a target's (or with INDICATOR_STANDING_WORDS an
    indicator's); ui/strings.py lists the words for lupdate."""
    return QCoreApplication.translate("Standings", words[standing])


STANDING_COLOURS = {"not_met": "#f8d0d0", "pending": "#fff1c2"}
PACE_STANDINGS = ("on_pace", "near_pace", "behind_pace")  # a figure of part of the year, against the time gone
# 评价 sorted: what needs a word first, what is done last
STANDING_ORDER = ("not_met", "behind_pace", "pending", "near_pace", "unscorable", "adjusted", "not_due", "on_pace",
                   "met")

# how a year's indicator stands (store.dashboard.indicator_standing), as the dashboard's tiles say it
INDICATOR_STANDING_WORDS = {"met": "完成", "not_met": "未完成", "on_pace": "达到时序进度",
                            "near_pace": "基本达到时序进度", "behind_pace": "未达时序进度",
                            "adjusted": "已调整", "pending": "待填报", "unscorable": "无法评价"}
