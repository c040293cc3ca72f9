"""The record of changes (修改记录) in the planner's words, without Qt: the names of the recorded fields and how a
change was made. The window translates these words as its headings ("Columns", "Changes"); the command line, which
loads no Qt, says them in English from the table here."""
from __future__ import annotations

HOW = {"edit": "编辑", "import": "导入", "import_undone": "撤销导入"}
# a project's recorded fields by the project list's headings
PROJECT_FIELDS = {"planned_start": "计划开工", "planned_completion": "计划完工", "actual_start": "实际开工",
                  "actual_completion": "实际完工", "total_investment": "总投资(亿元)",
                  "annual_investment": "年度计划投资(亿元)", "name": "项目名称", "code": "项目编码", "zone_id": "区域",
                  "area_id": "板块", "project_class": "类别", "responsible_unit": "责任单位", "owner": "业主单位",
                  "contact": "责任人", "leader": "牵头领导", "nature": "性质", "level": "级别",
                  "invested_before": "截至上年底累计完成投资(亿元)"}
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
            "目标（原文）": "Target (as written)", "目标值": "Target value", "单位": "Unit", "季度": "Quarter",
            "完成值": "Actual", "完成情况": "Status", "配合单位": "Working with"}


def how_words(how: str, english: bool = False) -> str:
    """"编辑", "导入", "撤销导入" (edit, import, import undone); a way not known as recorded."""
    word = HOW.get(how, how)
    return _ENGLISH.get(word, word) if english else word


def field_words(change: dict, english: bool = False) -> str:
    """What a recorded change changed: "计划完工", "2024Q2完成投资(亿元)", "2024年计划投资(亿元)", "性质（2024年）", a target's
    "目标值", "2024Q2安排"; a field not known as recorded."""
    field, quarter, year = change["field"], change.get("quarter"), change.get("year")
    when = quarter.short if quarter is not None else None
    if change.get("target_id") is not None:
        if field in ("step_text", "step_actual") and when:
            done = field == "step_actual"
            return f"{when} {'done' if done else 'step'}" if english else f"{when}{'完成' if done else '安排'}"
        word = TARGET_FIELDS.get(field, field)
        return _ENGLISH.get(word, word) if english else word
    if field in ("quarter_actual", "quarter_planned") and when:
        actual = field == "quarter_actual"
        if english:
            return f"{when} {'actual' if actual else 'planned'} investment (100M CNY)"
        return f"{when}{'完成' if actual else '计划'}投资(亿元)"
    if field == "annual_investment" and year:
        return f"{year} planned investment (100M CNY)" if english else f"{year}年计划投资(亿元)"
    word = PROJECT_FIELDS.get(field, field)
    what = _ENGLISH.get(word, word) if english else word
    if year:  # a field of one year's list (性质, 级别)
        return f"{what} ({year})" if english else f"{what}（{year}年）"
    return what
