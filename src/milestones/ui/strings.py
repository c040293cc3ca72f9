"""Strings translated by context at run time, listed here so that lupdate finds them.

(Column headers, light names, target operators and zone names are looked up
from data, so they never appear literally inside a ``tr()`` call.)
"""
from PySide6.QtCore import QT_TRANSLATE_NOOP

COLUMNS = [
    QT_TRANSLATE_NOOP("Columns", "序号"), QT_TRANSLATE_NOOP("Columns", "项目名称"),
    QT_TRANSLATE_NOOP("Columns", "区域"), QT_TRANSLATE_NOOP("Columns", "板块"),
    QT_TRANSLATE_NOOP("Columns", "类别"), QT_TRANSLATE_NOOP("Columns", "性质"),
    QT_TRANSLATE_NOOP("Columns", "级别"), QT_TRANSLATE_NOOP("Columns", "总投资(亿元)"),
    QT_TRANSLATE_NOOP("Columns", "年度计划投资(亿元)"), QT_TRANSLATE_NOOP("Columns", "计划开工"),
    QT_TRANSLATE_NOOP("Columns", "截至上年底累计完成投资(亿元)"),
    QT_TRANSLATE_NOOP("Columns", "实际开工"), QT_TRANSLATE_NOOP("Columns", "计划完工"),
    QT_TRANSLATE_NOOP("Columns", "实际完工"), QT_TRANSLATE_NOOP("Columns", "责任单位"),
    QT_TRANSLATE_NOOP("Columns", "配合单位"), QT_TRANSLATE_NOOP("Columns", "牵头领导"),
    QT_TRANSLATE_NOOP("Columns", "责任人"),
    QT_TRANSLATE_NOOP("Columns", "业主单位"), QT_TRANSLATE_NOOP("Columns", "项目编码"),
    QT_TRANSLATE_NOOP("Columns", "备注"), QT_TRANSLATE_NOOP("Columns", "预警"),
    QT_TRANSLATE_NOOP("Columns", "部分"), QT_TRANSLATE_NOOP("Columns", "举措"),
    QT_TRANSLATE_NOOP("Columns", "目标（原文）"), QT_TRANSLATE_NOOP("Columns", "指标对象"),
    QT_TRANSLATE_NOOP("Columns", "方式"), QT_TRANSLATE_NOOP("Columns", "目标值"),
    QT_TRANSLATE_NOOP("Columns", "单位"), QT_TRANSLATE_NOOP("Columns", "季度"),
    QT_TRANSLATE_NOOP("Columns", "完成值"), QT_TRANSLATE_NOOP("Columns", "完成情况"),
    QT_TRANSLATE_NOOP("Columns", "指标"), QT_TRANSLATE_NOOP("Columns", "属性"),
    QT_TRANSLATE_NOOP("Columns", "目标"), QT_TRANSLATE_NOOP("Columns", "上年完成"),
    QT_TRANSLATE_NOOP("Columns", "评价"), QT_TRANSLATE_NOOP("Columns", "原因说明"),
    QT_TRANSLATE_NOOP("Columns", "调整为"), QT_TRANSLATE_NOOP("Columns", "季度安排"),
    QT_TRANSLATE_NOOP("Columns", "截至本季度完成投资(亿元)"), QT_TRANSLATE_NOOP("Columns", "投资完成率"),
    QT_TRANSLATE_NOOP("Columns", "预警原因"), QT_TRANSLATE_NOOP("Columns", "建设内容及规模"),
    QT_TRANSLATE_NOOP("Columns", "建设起止年限"), QT_TRANSLATE_NOOP("Columns", "建设地点"),
]
LIGHTS = [
    QT_TRANSLATE_NOOP("Lights", "已完成"), QT_TRANSLATE_NOOP("Lights", "正常"),
    QT_TRANSLATE_NOOP("Lights", "滞后"), QT_TRANSLATE_NOOP("Lights", "严重滞后"),
    QT_TRANSLATE_NOOP("Lights", "未到期"),
]
TARGET_OPS = [
    QT_TRANSLATE_NOOP("Targets", "左右"), QT_TRANSLATE_NOOP("Targets", "不低于"),
    QT_TRANSLATE_NOOP("Targets", "不高于"), QT_TRANSLATE_NOOP("Targets", "高于"),
    QT_TRANSLATE_NOOP("Targets", "低于"), QT_TRANSLATE_NOOP("Targets", "达到"), QT_TRANSLATE_NOOP("Targets", "文字"),
]
STANDINGS = [  # how a target stands at a quarter (standings.STANDING_WORDS), in its column and the view's box
    QT_TRANSLATE_NOOP("Standings", "完成"), QT_TRANSLATE_NOOP("Standings", "未完成"),
    QT_TRANSLATE_NOOP("Standings", "到期未填报"), QT_TRANSLATE_NOOP("Standings", "无法评价"),
    QT_TRANSLATE_NOOP("Standings", "未到期"),
    # and a year's indicator (standings.INDICATOR_STANDING_WORDS)
    QT_TRANSLATE_NOOP("Standings", "已调整"), QT_TRANSLATE_NOOP("Standings", "待填报"),
    QT_TRANSLATE_NOOP("Standings", "达到时序进度"), QT_TRANSLATE_NOOP("Standings", "未达时序进度"),
    QT_TRANSLATE_NOOP("Standings", "基本达到时序进度"),
]
INDICATOR_ATTRIBUTES = [  # the indicators' page's 属性 box (ui/indicators_page.py)
    QT_TRANSLATE_NOOP("IndicatorsPage", "约束性"), QT_TRANSLATE_NOOP("IndicatorsPage", "预期性"),
    QT_TRANSLATE_NOOP("IndicatorsPage", "未标注属性"),
]
UNITS_VIEW = [  # the headings of 各单位进展 (ui/units_view.py), looked up from its column list
    QT_TRANSLATE_NOOP("UnitsView", "牵头目标"), QT_TRANSLATE_NOOP("UnitsView", "完成"),
    QT_TRANSLATE_NOOP("UnitsView", "未完成"), QT_TRANSLATE_NOOP("UnitsView", "到期未填报"),
    QT_TRANSLATE_NOOP("UnitsView", "落后于本季度安排"), QT_TRANSLATE_NOOP("UnitsView", "重点项目"),
    QT_TRANSLATE_NOOP("UnitsView", "严重滞后"), QT_TRANSLATE_NOOP("UnitsView", "滞后"),
    QT_TRANSLATE_NOOP("UnitsView", "未报本季度投资"), QT_TRANSLATE_NOOP("UnitsView", "牵头指标"),
    QT_TRANSLATE_NOOP("UnitsView", "指标未完成"), QT_TRANSLATE_NOOP("UnitsView", "指标未达时序进度"),
]
ZONES = [
    QT_TRANSLATE_NOOP("MainWindow", "东部"), QT_TRANSLATE_NOOP("MainWindow", "中部"),
    QT_TRANSLATE_NOOP("MainWindow", "西部"), QT_TRANSLATE_NOOP("MainWindow", "全区"),
    QT_TRANSLATE_NOOP("DashboardView", "东部"), QT_TRANSLATE_NOOP("DashboardView", "中部"),
    QT_TRANSLATE_NOOP("DashboardView", "西部"), QT_TRANSLATE_NOOP("DashboardView", "全区"),
]
KINDS = [
    QT_TRANSLATE_NOOP("ImportDialog", "指标完成情况（附件1）"), QT_TRANSLATE_NOOP("ImportDialog", "指标目标（附件2）"),
    QT_TRANSLATE_NOOP("ImportDialog", "重点项目"), QT_TRANSLATE_NOOP("ImportDialog", "举措与目标"),
    QT_TRANSLATE_NOOP("ImportDialog", "未识别"),
    QT_TRANSLATE_NOOP("ExportDialog", "指标完成情况（附件1）"), QT_TRANSLATE_NOOP("ExportDialog", "指标目标（附件2）"),
    QT_TRANSLATE_NOOP("ExportDialog", "重点项目"), QT_TRANSLATE_NOOP("ExportDialog", "举措与目标"),
    QT_TRANSLATE_NOOP("ExportDialog", "重点项目推进情况表（季度）"), QT_TRANSLATE_NOOP("ExportDialog", "各单位进展（季度）"),
]
EXPORT_ZONES = [
    QT_TRANSLATE_NOOP("ExportDialog", "东部"), QT_TRANSLATE_NOOP("ExportDialog", "中部"),
    QT_TRANSLATE_NOOP("ExportDialog", "西部"), QT_TRANSLATE_NOOP("ExportDialog", "全区"),
]
PROBLEM_HEADERS = [
    QT_TRANSLATE_NOOP("ProblemsModel", "级别"), QT_TRANSLATE_NOOP("ProblemsModel", "工作表"),
    QT_TRANSLATE_NOOP("ProblemsModel", "行"), QT_TRANSLATE_NOOP("ProblemsModel", "列"),
    QT_TRANSLATE_NOOP("ProblemsModel", "内容"), QT_TRANSLATE_NOOP("ProblemsModel", "说明"),
]
TIMELINE_ZONES = [
    QT_TRANSLATE_NOOP("TimelineView", "全区"), QT_TRANSLATE_NOOP("TimelineView", "东部"),
    QT_TRANSLATE_NOOP("TimelineView", "中部"), QT_TRANSLATE_NOOP("TimelineView", "西部"),
]
PRINT = [
    QT_TRANSLATE_NOOP("PrintDialog", "全年"), QT_TRANSLATE_NOOP("PrintDialog", "一季度"),
    QT_TRANSLATE_NOOP("PrintDialog", "二季度"), QT_TRANSLATE_NOOP("PrintDialog", "三季度"),
    QT_TRANSLATE_NOOP("PrintDialog", "四季度"), QT_TRANSLATE_NOOP("PrintDialog", "上半年"),
    QT_TRANSLATE_NOOP("PrintDialog", "下半年"), QT_TRANSLATE_NOOP("PrintDialog", "自定义"),
    QT_TRANSLATE_NOOP("PrintDialog", "全区"), QT_TRANSLATE_NOOP("PrintDialog", "东部"),
    QT_TRANSLATE_NOOP("PrintDialog", "中部"), QT_TRANSLATE_NOOP("PrintDialog", "西部"),
]
FIELDS = [
    QT_TRANSLATE_NOOP("Fields", "上一级标题"), QT_TRANSLATE_NOOP("Fields", "建设地点"),
    QT_TRANSLATE_NOOP("Fields", "计划投资(亿元)"),
    QT_TRANSLATE_NOOP("Fields", "完成投资(亿元)"),
    QT_TRANSLATE_NOOP("Fields", "累计完成投资(亿元)"),
    QT_TRANSLATE_NOOP("Fields", "形象进度"),
    QT_TRANSLATE_NOOP("Fields", "形象进度目标"),
    QT_TRANSLATE_NOOP("Fields", "名称"),
    QT_TRANSLATE_NOOP("Fields", "区域"),
    QT_TRANSLATE_NOOP("Fields", "板块"),
    QT_TRANSLATE_NOOP("Fields", "类别"),
    QT_TRANSLATE_NOOP("Fields", "总投资(亿元)"),
    QT_TRANSLATE_NOOP("Fields", "年度计划投资(亿元)"),
    QT_TRANSLATE_NOOP("Fields", "截至上年底累计完成投资(亿元)"),
    QT_TRANSLATE_NOOP("Fields", "计划开工"),
    QT_TRANSLATE_NOOP("Fields", "计划完工"),
    QT_TRANSLATE_NOOP("Fields", "实际开工"),
    QT_TRANSLATE_NOOP("Fields", "实际完工"),
    QT_TRANSLATE_NOOP("Fields", "性质"),
    QT_TRANSLATE_NOOP("Fields", "级别"),
    QT_TRANSLATE_NOOP("Fields", "责任单位"),
    QT_TRANSLATE_NOOP("Fields", "配合单位"),
    QT_TRANSLATE_NOOP("Fields", "业主单位"),
    QT_TRANSLATE_NOOP("Fields", "备注"),
    QT_TRANSLATE_NOOP("Fields", "工作措施"),
    QT_TRANSLATE_NOOP("Fields", "责任人"),
    QT_TRANSLATE_NOOP("Fields", "项目编码"),
    QT_TRANSLATE_NOOP("Fields", "单位"),
    QT_TRANSLATE_NOOP("Fields", "属性"),
    QT_TRANSLATE_NOOP("Fields", "目标"),
    QT_TRANSLATE_NOOP("Fields", "目标方式"),
    QT_TRANSLATE_NOOP("Fields", "目标值"),
    QT_TRANSLATE_NOOP("Fields", "目标单位"),
    QT_TRANSLATE_NOOP("Fields", "完成值"),
    QT_TRANSLATE_NOOP("Fields", "完成情况（原文）"),
    QT_TRANSLATE_NOOP("Fields", "上年完成"),
    QT_TRANSLATE_NOOP("Fields", "上年完成（原文）"),
    QT_TRANSLATE_NOOP("Fields", "完成情况"),
    QT_TRANSLATE_NOOP("Fields", "原因说明"),
    QT_TRANSLATE_NOOP("Fields", "部分"),
    QT_TRANSLATE_NOOP("Fields", "举措"),
    QT_TRANSLATE_NOOP("Fields", "目标（原文）"),
    QT_TRANSLATE_NOOP("Fields", "季度"),
    QT_TRANSLATE_NOOP("Fields", "方式"),
    QT_TRANSLATE_NOOP("Fields", "指标对象"),
    QT_TRANSLATE_NOOP("Fields", "列入计划"),
    QT_TRANSLATE_NOOP("Fields", "建设内容"),
    QT_TRANSLATE_NOOP("Fields", "建设年限"),
    QT_TRANSLATE_NOOP("Fields", "牵头领导"),
    QT_TRANSLATE_NOOP("Fields", "计划开工（原文）"),
    QT_TRANSLATE_NOOP("Fields", "计划完工（原文）"),
    QT_TRANSLATE_NOOP("Fields", "完成时限（原文）"),
    QT_TRANSLATE_NOOP("Fields", "季度安排"),
    QT_TRANSLATE_NOOP("Fields", "完成"),
]
# a target's quarterly steps typed in the 举措与目标 view (domain.steps says why it cannot read them)
STEP_ERRORS = [
    QT_TRANSLATE_NOOP("Edit", "“%1”应写成“一季度：完成……”"), QT_TRANSLATE_NOOP("Edit", "%1写了两次"),
]

# how a recorded change was made (ui/change_text.py)
CHANGE_HOW = [QT_TRANSLATE_NOOP("Changes", "编辑"), QT_TRANSLATE_NOOP("Changes", "导入"),
              QT_TRANSLATE_NOOP("Changes", "撤销导入")]
# what a recorded change changed, worded by store/change_words.py
CHANGE_WHAT = [QT_TRANSLATE_NOOP("Changes", "%1安排"), QT_TRANSLATE_NOOP("Changes", "%1完成"),
               QT_TRANSLATE_NOOP("Changes", "%1完成投资(亿元)"), QT_TRANSLATE_NOOP("Changes", "%1计划投资(亿元)"),
               QT_TRANSLATE_NOOP("Changes", "%1年计划投资(亿元)"), QT_TRANSLATE_NOOP("Changes", "%1（%2年）")]
# a project's move on or off a year's list in the record of changes (store.change_words.LIST_MOVES), with its reason
CHANGE_MOVES = [QT_TRANSLATE_NOOP("Changes", "列入"), QT_TRANSLATE_NOOP("Changes", "移出"),
                QT_TRANSLATE_NOOP("Changes", "%1（%2）"), QT_TRANSLATE_NOOP("Columns", "年度计划")]


# a measure's or a section's title, an indicator's name, edited in its cell (ui/row_models.py Owned)
TITLES = [QT_TRANSLATE_NOOP("Edit", "举措名称不能为空"), QT_TRANSLATE_NOOP("Edit", "部分名称不能为空"),
          QT_TRANSLATE_NOOP("Edit", "指标名称不能为空"),
          QT_TRANSLATE_NOOP("Undo", "修改举措名称“%1”"), QT_TRANSLATE_NOOP("Undo", "修改部分名称“%1”")]
