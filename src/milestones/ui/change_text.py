"""The record of schedule changes (修改记录) in the planner's words: what changed, from what to what,
when, by whom and how. The project window's tab and the project list's tooltips read the same words."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain.quarter import Quarter, QuarterParseError
from ..store.change_words import field_words, how_words, move_words
from .lang import local_time, quarter_label, zone_label

__all__ = ["change_what", "change_value", "change_how", "change_line", "changes_tip", "moved_off_words"]

def change_what(c: dict) -> str:
    """"计划完工", "2024年二季度完成投资(亿元)", "2024年计划投资(亿元)"; a target's "季度", "目标值"."""
    return field_words(c, say=QCoreApplication.translate, quarter_words=quarter_label)


def change_value(c: dict, text: str | None) -> str:
    """A value as the record keeps it, as shown: a quarter in words; nothing as （空）."""
    if text is None:
        return QCoreApplication.translate("Changes", "（空）")
    if c["field"] in ("planned_start", "planned_completion", "actual_start", "actual_completion") or \
            (c["field"] == "quarter" and c.get("target_id") is not None):  # a target's deadline: a quarter, or the plan's words
        try:
            return quarter_label(Quarter.parse(text))
        except QuarterParseError:
            return text
    if c["field"] == "zone_id":
        return zone_label(text)
    if c["field"] == "on_list":  # a move off the year's list, or back on
        return move_words(c, text, QCoreApplication.translate)
    return text


def change_how(how: str) -> str:
    return how_words(how, say=QCoreApplication.translate)  # the words are listed in ui/strings.py


def change_line(c: dict, named: bool = False) -> str:
    """One change on a line: "2024-08-12 10:21 张三（编辑）：2024年二季度 → 2024年四季度"; ``named``, saying what
    changed before its values ("…（编辑）：2024年一季度完成 0.3 → 0.35")."""
    who = c.get("by") or ""
    text = QCoreApplication.translate("Changes", "%1 %2（%3）：%4 → %5")
    was = change_value(c, c["old"])
    return (text.replace("%1", local_time(c["at"])).replace("%2", who).replace("%3", change_how(c["how"]))
            .replace("%4", f"{change_what(c)} {was}" if named else was).replace("%5", change_value(c, c["new"])))


def changes_tip(mine: list[dict], rest, named: bool = False) -> str | None:
    """A cell's recorded changes as its tooltip, the latest five first; ``rest(n)`` says where the others are
    when there are more (``n`` in all). ``named``: each line says what changed (a cell of several things, as a
    target's 季度安排: "…（编辑）：2024年二季度完成 0.3 → 0.35"). None for none."""
    if not mine:
        return None
    lines = [change_line(c, named) for c in mine[:5]]
    if len(mine) > 5:
        lines.append(rest(len(mine)))
    return QCoreApplication.translate("Changes", "修改记录：") + "\n" + "\n".join(lines)


def moved_off_words(year: int, move: dict | None) -> str:
    """Why a project is not on ``year``'s list, from its last move there (``change``, ``date``, ``by``, ``reason``):
    "已于2024-08-12由张三移出2024年计划" and "原因：…" on a line of its own; "不在2024年计划中" where none says."""
    if move is None or move["change"] != "removed":
        return QCoreApplication.translate("Changes", "不在%1年计划中").replace("%1", str(year))
    if move["by"]:
        text = QCoreApplication.translate("Changes", "已于%1由%2移出%3年计划").replace("%2", move["by"])
    else:
        text = QCoreApplication.translate("Changes", "已于%1移出%3年计划")
    text = text.replace("%1", str(move["date"] or "")).replace("%3", str(year))
    if move["reason"]:
        text += "\n" + QCoreApplication.translate("Changes", "原因：%1").replace("%1", move["reason"])
    return text
