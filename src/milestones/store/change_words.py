"""The record of changes (修改记录) in the planner's words, without Qt: the names of the recorded fields and how a
change was made, one reading for the window and the command line. The window passes Qt's translation (its headings'
contexts, "Columns" and "Changes"; ui/strings.py lists the words for lupdate); the command line, which loads no Qt,
says them in English from the table here."""
from __future__ import annotations

from typing import Any, Callable

HOW = {"edit": "编辑", "import": "导入", "import_undone": "撤销导入"}
# a project's recorded fields by the project list's headings
PROJECT_FIELDS = {"planned_start": "计划开工", "planned_completion": "计划完工", "actual_start": "实际开工",
                  "actual_completion": "实际完工", "total_investment": "总投资(亿元)",
                  "annual_investment": "年度计划投资(亿元)", "name": "项目名称", "code": "项目编码", "zone_id": "区域",
                  "area_id": "板块", "project_class": "类别", "responsible_unit": "责任单位", "owner": "业主单位",
                  "contact": "责任人", "leader": "牵头领导", "nature": "性质", "level": "级别",
                  "invested_before": "截至上年底累计完成投资(亿元)", "on_list": "年度计划"}
# a project's move on or off a year's list, as the record of changes shows it (its values "added", "removed")
LIST_MOVES = {"added": "列入", "removed": "移出"}
# a target's recorded fields by the 举措与目标 list's headings
TARGET_FIELDS = {"text": "目标（原文）", "value": "目标值", "unit": "单位", "quarter": "季度", "actual": "完成值",
                 "status": "完成情况", "responsible_unit": "责任单位", "partner_units": "配合单位", "contact": "责任人",
                 "leader": "牵头领导"}

# the same words as the English interface has them (tools/translations_en.py), for `milestones info --lang en`
_ENGLISH = {"编辑": "edit", "导入": "import", "撤销导入": "import undone", "计划开工": "Planned start",
            "计划完工": "Planned completion", "实际开工": "Actual start", "实际完工": "Actual completion",
            "总投资(亿元)": "Total investment (100M CNY)", "年度计划投资(亿元)": "Annual planned investment (100M CNY)",
            "项目名称": "Project", "项目编码": "Code", "区域": "Zone", "板块": "Area", "类别": "Class",
            "责任单位": "Responsible unit", "业主单位": "Owner", "责任人": "Person responsible", "牵头领导": "Leader",
            "性质": "Nature", "级别": "Level", "截至上年底累计完成投资(亿元)": "Invested before the year (100M CNY)",
            "年度计划": "Year's list", "列入": "Added", "移出": "Removed", "%1（%2）": "%1 (%2)",
            "目标（原文）": "Target (as written)", "目标值": "Target value", "单位": "Unit", "季度": "Quarter",
            "完成值": "Actual", "完成情况": "Status", "配合单位": "Working with",
            "%1安排": "%1 step", "%1完成": "%1 done", "%1完成投资(亿元)": "%1 actual investment (100M CNY)",
            "%1计划投资(亿元)": "%1 planned investment (100M CNY)",
            "%1年计划投资(亿元)": "%1 planned investment (100M CNY)", "%1（%2年）": "%1 (%2)"}

Say = Callable[[str, str], str]  # (context, words) → the words in the language shown, as QCoreApplication.translate


def plain(english: bool = False) -> Say:
    """The words as they are, or in English from the table here (the command line's; the window passes Qt's)."""
    return (lambda _context, words: _ENGLISH.get(words, words)) if english else (lambda _context, words: words)


def how_words(how: str, english: bool = False, *, say: Say | None = None) -> str:
    """"编辑", "导入", "撤销导入" (edit, import, import undone); a way not known as recorded."""
    return (say or plain(english))("Changes", HOW.get(how, how))


def field_words(change: dict, english: bool = False, *, say: Say | None = None,
                quarter_words: Callable[[Any], str] = lambda q: q.short) -> str:
    """What a recorded change changed: "计划完工", "2024Q2完成投资(亿元)", "2024年计划投资(亿元)", "性质（2024年）", a target's
    "目标值", "2024Q2安排"; a field not known as recorded. ``say`` and ``quarter_words``: the window's translation
    and its quarters ("2024年二季度")."""
    say = say or plain(english)
    field, quarter, year = change["field"], change.get("quarter"), change.get("year")
    if change.get("target_id") is not None:
        if field in ("step_text", "step_actual") and quarter:
            # a quarter's step of the target, or what its review said was done
            said = say("Changes", "%1安排" if field == "step_text" else "%1完成")
            return said.replace("%1", quarter_words(quarter))
        return say("Columns", TARGET_FIELDS.get(field, field))
    if field in ("quarter_actual", "quarter_planned") and quarter:
        said = say("Changes", "%1完成投资(亿元)" if field == "quarter_actual" else "%1计划投资(亿元)")
        return said.replace("%1", quarter_words(quarter))
    if field == "annual_investment" and year:
        return say("Changes", "%1年计划投资(亿元)").replace("%1", str(year))
    what = say("Columns", PROJECT_FIELDS.get(field, field))
    if year:  # a field of one year's list (性质, 级别)
        return say("Changes", "%1（%2年）").replace("%1", what).replace("%2", str(year))
    return what


def value_words(change: dict, text: str | None, english: bool = False) -> str:
    """A recorded value as the command line says it: a zone by its name in the language asked ("东部", "East"),
    nothing as （空） or "(blank)"; the rest as recorded (the window's own reading is ui/change_text.change_value)."""
    if text is None:
        return "(blank)" if english else "（空）"
    if change["field"] == "on_list":
        return move_words(change, text, plain(english))
    if change["field"] == "zone_id" and change.get("target_id") is None and english:
        from .plan_document import ZONES_EN

        return ZONES_EN.get(text, text)
    return text


def move_words(change: dict, text: str, say: Say) -> str:
    """A list move's value: "列入", "移出", the move's reason beside the value it moved to ("移出（并入二期）")."""
    words = say("Changes", LIST_MOVES.get(text, text))
    reason = change.get("reason")
    if reason and text == change.get("new"):
        return say("Changes", "%1（%2）").replace("%1", words).replace("%2", reason)
    return words
