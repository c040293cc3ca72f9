"""English for the interface strings: fills resources/i18n/milestones_en.ts.

    python -m milestones.i18n update && python tools/translations_en.py && python -m milestones.i18n check
A developer tool; the .ts file is the committed source of the translation.
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

EN = {
    "无法打开数据库": "Cannot open the database",
    "数据库已升级，原文件备份为 %1": "The database was upgraded; the old file was kept as %1",
    "已建立计划数据库 %1，载入了随程序附带的渝中区2024年计划；其他区县请用“文件 → 新建计划数据库…”另建空的计划数据库":
        "Made the plan database %1 with the bundled 2024 plan of Yuzhong; another district makes an empty one of "
        "its own with File → New plan database…",
    "已新建空的计划数据库 %1": "Made the empty plan database %1",
    "上次打开的计划找不到": "The plan opened last is not there",
    "保存已填写的内容（%1）": "Save what was typed (%1)",
    "找不到上次打开的计划文件 %1：它可能已被移走、改名或删除，或者所在的网络盘、U 盘没有连接。\n\n现在打开的是 %2。"
    "连接后可从“文件 → 最近打开”打开它。":
        "The plan file opened last, %1, is not there: it may have been moved, renamed or deleted, or the network "
        "drive or USB stick it is on is not connected.\n\nThe plan open now is %2. Once it is connected, File → "
        "Recent databases opens it.",
    "这个计划已经打开：%1": "This plan is open already: %1",
    "共享数据库已升级，升级前的数据已备份到本机 %1":
        "The shared database was upgraded; its data as it was is backed up on this computer as %1",
    "序号": "No.", "项目名称": "Project", "区域": "Zone", "板块": "Area", "类别": "Class", "性质": "Nature",
    "级别": "Level", "总投资(亿元)": "Total investment (100M CNY)",
    "年度计划投资(亿元)": "Annual planned investment (100M CNY)",
    "截至上年底累计完成投资(亿元)": "Invested before the year (100M CNY)",
    "计划开工": "Planned start", "实际开工": "Actual start", "计划完工": "Planned completion",
    "实际完工": "Actual completion", "%1前": "by %1", "责任单位": "Responsible unit",
    "配合单位": "Working with", "业主单位": "Owner", "项目编码": "Code",
    "修改上一级标题…": "Rename the heading above…", "修改上一级标题": "Rename the heading above",
    "其下各部分的上一级标题（留空则取消分组）：": "The heading over its sections (left empty, they stand on their own):",
    "修改上一级标题“%1”": "Rename the heading above “%1”", "取消上一级标题“%1”": "Take away the heading above “%1”",
    "未到期，落后于安排": "Not due, behind its step", "未到期、未达序时进度": "Not due, behind pace", "备注": "Notes", "预警": "Warning", "部分": "Section", "举措": "Measure", "工作措施": "Actions", "编辑举措说明…": "Edit what the measure does…", "举措说明": "What the measure does",
    "修改举措说明“%1”": "Edit what measure “%1” does", "修改举措名称“%1”": "Rename measure “%1”",
    "举措名称不能为空": "The measure's title cannot be empty", "部分名称不能为空": "The section's title cannot be empty",
    "指标名称不能为空": "The indicator's name cannot be empty",
    "没有名为“%1”的指标：先在指标表中新增它，再填写调整为":
        "No indicator is named “%1”: add it to an indicator table first, then give it under Replaced by",
    "不能调整为它自己": "An indicator cannot be adjusted to itself",
    "修改部分名称“%1”": "Rename section “%1”",
    "把目标移到举措“%1”": "Move the target to measure “%1”", "删除举措…": "Delete the measure…",
    "删除举措": "Delete the measure", "删除部分…": "Delete the section…",
    "举措%1没有其他目标，随之删除。": "Measure %1 has no other target and goes with it.", "删除部分": "Delete the section",
    "删除部分“%1”？": "Delete section “%1”?", "删除部分“%1”": "Delete section “%1”",
    "连同其中%1项举措、%2个目标及其季度安排和完成情况一并删除；可以撤销。":
        "Its measures (%1) and their targets (%2) go with it, with their quarterly steps and results; this can be "
        "undone.",
    "其中没有举措；可以撤销。": "It holds no measures; this can be undone.", "删除该年度计划…": "Remove this year's plan…",
    "连同它的%n个目标及其季度安排和完成情况一并删除；可以撤销。":
        "Its %n target(s) go with it, with their quarterly steps and results; this can be undone.", "删除举措“%1”？": "Delete measure “%1”?", "删除举措“%1”": "Delete measure “%1”", "把举措移到部分“%1”": "Move the measure to section “%1”", "季度安排": "Quarterly steps",
    "修改季度安排": "Edit quarterly steps", "季度安排只填%1年的季度": "Steps are for the quarters of %1 only",
    "“%1”应写成“一季度：完成……”": "Write “%1” as “Q1: …”", "%1写了两次": "%1 is given twice",
    "（完成：%1）": " (done: %1)", "编辑季度安排…": "Edit quarterly steps…",
    "每行一个季度，如：一季度：完成方案设计": "A quarter a line, e.g. Q1: design finished", "，落后": ", behind", "本季度有安排": "Steps this quarter", "达到安排": "Steps reached",
    "落后于安排": "Behind their steps", "截至%1": "As of %1", "表中原文：%1": "As the list wrote it: %1", "搜索举措、目标、单位、备注…": "Search measures, targets, units, notes…",
    "落后于本季度安排": "Behind this quarter's step", "完成时限已调整": "Deadline revised", "全部（一个文件）": "All (one file)",
    "每个单位一个文件": "A file for each unit", "“%1”中已有各单位的“%2”。要替换它们吗？":
    "“%1” already holds the units' “%2”. Replace them?", "正在为各单位导出…": "Exporting each unit's table…", "保存到文件夹": "Save to folder",
    "这是%1完整的项目清单：将上列 %2 个项目移出计划（记入清单变动，可撤销）":
    "This is the whole list of %1: take the %2 projects above off the plan (kept in the list's history; can be undone)",
    "%1的表格：": "%1's table: ", "共 %n 个目标": ("%n target", "%n targets"),
    "显示 %1 个，共 %2 个目标": "%1 of %2 targets shown", "点击查看这些目标": "Click to list these targets",
    "预警规则": "Warning rules", "预警规则…": "Warning rules…", "修改预警规则": "Change the warning rules",
    "规则保存在计划数据库中，共用数据库的同事看到同样的预警；表格、时间轴、概览、各单位进展和打印都按它判断。":
        "The rules are kept in the plan's database: colleagues sharing it see the same warnings; the table, the "
        "timeline, the dashboard, units' progress and printouts all judge by them.",
    "开工、完工晚于计划": "Start or completion later than planned", "滞后（黄）：晚": "Late (yellow): by",
    "严重滞后（红）：晚": "Very late (red): by", "年度投资完成率落后序时进度": "Year's investment behind the time elapsed",
    "滞后（黄）：超过": "Late (yellow): more than", "严重滞后（红）：超过": "Very late (red): more than",
    "只在项目已填报本年度实际投资时判断；未填报不算作零。":
        "Judged only once a project has reported this year's actual investment; nothing reported is not zero.",
    "完成率不足序时进度的": "Investment under", "% 也为严重滞后": "% of the time elapsed is very late too",
    "进展情况文字…": "Progress paragraph…", "把本页的数字写成汇报材料里的一段文字，可复制后修改":
        "These figures written as a report's paragraph, to copy and edit", "进展情况（%1）": "Progress (%1)",
    "复制": "Copy",
    "恢复默认": "Defaults", "只读：只能查看规则": "Read-only: the rules can only be viewed",
    " 个季度及以上": " quarter(s) or more", " 个百分点": " points",
    "预警规则已修改，各处预警已按新规则显示": "Warning rules changed: every warning now follows them",
    "已调整": "Adjusted", "待填报": "Not reported", "点击查看这些指标": "Click to list these indicators",
    "搜索指标、目标、完成情况、原因…": "Search indicators, targets, results, reasons…",
    "%1年共 %2 个指标": "%2 indicators of %1", "显示 %1 个，%2年共 %3 个指标": "%1 of %3 indicators of %2 shown",
    "点击查看这些项目": "Click to list these projects",
    "各单位进展": "Progress by unit", "导出各单位进展": "Export progress by unit", "将“%1”改名为…": "Rename “%1”…",
    "单位改名": "Rename a unit", "“%1”改为（可选已有单位，或输入新名称）：": "Rename “%1” to (a unit listed, or a new name):",
    "单位“%1”改名为“%2”": "Rename unit “%1” to “%2”",
    "只含尚未填报该季度的目标": "Only the targets not yet reported for that quarter", "点击查看": "Click to list them", "牵头目标": "Targets led",
    "目标和项目都还没有填写责任单位：导入带“责任单位”列的表格，或在表中填写后，这里按单位列出进展。":
    "No target or project names a responsible unit yet: import a table with a 责任单位 column, or fill it in, "
    "and each unit's progress is listed here.",
    "截至%1，各单位牵头的目标、指标和负责的重点项目（点击数字查看）":
    "As of %1: the targets and indicators each unit leads and the key projects it is responsible for (click a "
    "figure to list them)",
    "牵头指标": "Indicators led", "指标未完成": "Indicators not met", "指标未达时序进度": "Indicators behind pace",
    "截至%1，各单位牵头的目标和负责的重点项目（点击数字查看）":
    "As of %1: the targets each unit leads and the key projects it is responsible for (click a figure to list them)",
    "点击查看尚未填报本季度投资的项目": "Click to list the projects yet to report this quarter's investment", "安排未报进展": "Steps not reported", "责任人": "Person responsible", "目标（原文）": "Target (as written)",
    "指标对象": "Subject", "方式": "Type", "目标值": "Target value", "单位": "Unit", "季度": "Quarter",
    "完成值": "Actual", "完成情况": "Status", "指标": "Indicators", "属性": "Binding", "目标": "Target",
    "上年完成": "Previous year", "评价": "Assessment", "原因说明": "Reason", "调整为": "Replaced by",
    "截至季度：": "As of quarter:", "开工、完工：计划 / 已列入 / 已完成": "Starts and completions: planned / listed / done",
    "开工计划": "Starts planned", "开工列入": "Starts listed", "已开工": "Started", "完工计划": "Completions planned",
    "完工列入": "Completions listed", "已完工": "Completed", "年度投资与序时进度": "Annual investment and time elapsed",
    "计划年度投资（亿元）": "Planned annual investment (100M CNY)",
    "项目年度计划投资合计（亿元）": "Sum of projects' annual plans (100M CNY)",
    "截至本季度完成投资（亿元）": "Invested to date (100M CNY)", "投资完成率": "Investment completion",
    "序时进度": "Time elapsed", "与序时进度相差": "Against time elapsed", "分区预警": "Warnings by zone",
    "分板块预警": "Warnings by area",
    "年度指标": "Indicators of the year", "落后 %1 个百分点": "%1 points behind", "超前 %1 个百分点": "%1 points ahead",
    "未指定区域": "No zone", "已列入": "Listed", "完成": "Met", "未完成": "Not met", "调整": "Adjusted",
    "无法评价": "Cannot be scored", "约束性": "Binding", "预期性": "Expected",
    "已列入 / 计划": "Listed / in the plan", "显示全部列": "Show all columns", "恢复默认列宽": "Reset column widths", "使用说明": "Quick guide", "在说明中查找…": "Find in the guide…",
    "查找下一个": "Find next", "已停止粘贴，未写入任何内容": "Paste stopped; nothing was written",
    "正在批量修改…": "Bulk editing…", "已停止批量修改，未写入任何内容": "Bulk edit stopped; nothing was written",
    "正在粘贴…": "Pasting…", "停止": "Stop", "修改“%1”的基本信息": "Edit the record of “%1”",
    "有尚未保存的修改。": "There are changes not saved yet.", "他人已修改%1，现显示其修改后的值": "Someone else changed %1; their value is shown now", "不保存": "Don't save",
    "如 2024年一季度、2024Q1、2024-03-15": "e.g. 2024年一季度, 2024Q1, 2024-03-15", "关闭": "Close", "未标注属性": "Type not stated",
    "东部": "East", "中部": "Central", "西部": "West", "全区": "District-wide",
    "如 2024年一季度、2024Q1、2024年3月": "e.g. 2024Q1, 2024-03, 2024年一季度", "亿元": "100M CNY",
    "项目名称不能为空": "The project name cannot be empty",
    "“%1”不是季度；请填如 2024年一季度、2024Q1、2024-03-15": "“%1” is not a quarter; write e.g. 2024Q1, 2024-03-15 or 2024年一季度",
    "投资不能为负数": "Investment cannot be negative", "序号应为整数": "The number must be a whole number",
    "序号过大（最大 %1）": "The number is too large (at most %1)",
    "“%1”不是季度": "“%1” is not a quarter",
    "计划原文，没有季度（按该年四季度为期限）；可改填季度，如 2024年二季度":
        "The plan's own words, with no quarter (due by that year's fourth quarter); a quarter may be typed instead, "
        "e.g. 2024Q2", "计划原文：%1": "The plan's words: %1", "属性应为“约束性”或“预期性”": "Binding must be “binding” or “expected”",
    "目标原文不能为空": "The target text cannot be empty",
    "搜索项目名称、单位、备注…": "Search projects, units, notes…", "含已移出": "Include removed", "全部": "All",
    "未指定": "Unassigned", "已完成": "Done", "正常": "On track", "滞后": "Late", "严重滞后": "Very late",
    "未到期": "Not due", "milestones — 年度计划与重点项目进度": "milestones — annual plan and key projects",
    "数据库：%1": "Database: %1", "%1年计划": "Plan %1", "重点项目": "Key projects",
    "工作举措与目标": "Measures and targets", "%1年指标": "Indicators %1", "撤销": "Undo", "重做": "Redo",
    "新增项目…": "Add project…", "移出计划…": "Remove from plan…", "查找": "Find", "退出": "Quit",
    "打开数据库…": "Open database…", "新建下一年度计划…": "New plan for next year…",
    "关于 milestones": "About milestones", "项目表": "Projects", "举措与目标": "Measures and targets",
    "概览": "Dashboard", "文件(&F)": "&File", "最近打开": "Recent databases", "编辑(&E)": "&Edit",
    "视图(&V)": "&View", "语言": "Language", "帮助(&H)": "&Help", "工具栏": "Toolbar", "新增项目": "Add project",
    "项目名称：": "Project name:", "移出计划": "Remove from plan",
    "将 %1 个项目移出%2年计划（记录保留，可撤销）。原因：": "Remove %1 project(s) from the %2 plan (their records stay; this can be undone). Reason:",
    "打开计划数据库": "Open plan database", "计划数据库 (*.db *.sqlite);;所有文件 (*)": "Plan databases (*.db *.sqlite);;All files (*)",
    "新建下一年度计划": "New plan for next year",
    "新建%1年计划，并把%2年未完工的项目结转？已开工的列为续建；%2年计划新开工而未填实际开工的仍列为新开工，"
    "前期项目仍为前期。\n\n截至上年底累计完成投资按%2年各季度完成投资累计。":
        "Create the %1 plan and carry over the unfinished projects of %2? Those started continue (续建); those %2 "
        "planned to start (新开工) with no actual start stay 新开工, and preparatory ones (前期) stay so."
        "\n\nTheir investment to the end of last year adds %2's quarters to it. ",
    "%2年的指标带入%1年指标表，上年完成已填，目标待定。":
        "%2's indicators go into the %1 table with last year's result filled in and the targets to set.",
    "<b>milestones</b> %1<br>区县年度计划与重点项目季度进度管理。<br>许可：MIT；内置字体：文泉驿微米黑（Apache-2.0）。":
        "<b>milestones</b> %1<br>Quarterly planner for a district's annual plan and key projects.<br>"
        "Licence: MIT; bundled font: WenQuanYi Micro Hei (Apache-2.0).",
    "共 %n 个项目": ("%n project", "%n projects"), "未能保存": "Not saved", "建设内容及规模": "Content and scale",
    "建设起止年限": "Construction years", "建设地点": "Location", "上一级标题": "Heading above", "牵头领导": "Leader", "来源": "Source", "基本信息": "Details",
    "年度": "Year", "在列": "On list", "是": "Yes", "否": "No", "各年度": "Years", "节点": "Milestones", "节点名称": "Milestone",
    "应开工、应完工含计划只写年份（如“2024年开工”）的项目，以该年四季度为期：开工%1个，完工%2个":
        "Due to start or complete includes the projects whose plan names only the year (2024年开工), due by its fourth "
        "quarter: %1 starts, %2 completions", "计划时间已过上年": "Plan from a past year",
    "名单已调整": "List changed", "已移出": "Removed",
    "；标为调出、移出计划 %1": "; marked as leaving, taken off the list %1",
    "标为调出，导入时移出计划（记入清单变动，可撤销）：%n 个": (
        "Marked as leaving the list, taken off it by the import (in the list's record, can be undone): %n project",
        "Marked as leaving the list, taken off it by the import (in the list's record, can be undone): %n projects"),
    "名单确定后调入%1个、调出%2个": "since the list was made, %1 added and %2 removed",
    "名单确定后调入%1个": "since the list was made, %1 added", "名单确定后调出%2个": "since the list was made, %2 removed",
    "未开工%1个": "%1 not started", "未完工%1个": "%1 not completed", "上年及以前计划的%1": "due in an earlier year: %1",
    "共享数据库：%1（服务器 %2，用户 %3）": "Shared database: %1 (server %2, user %3)",
    "没有调整记录。项目列入或移出年度计划时，日期和原因记在这里。":
        "No list changes. When the project is added to or removed from a year's plan, the date and the reason are "
        "kept here.",
    "还没有修改记录。已填的值被修改或清除时（计划开工、完工，季度投资，责任单位等），谁、何时、原为、改为记在这里；第一次填写的值不记。":
        "No changes yet. When a value already given is changed or cleared (planned start or completion, quarterly "
        "investment, the unit responsible …), who, when, what it was and what it became are kept here; a value "
        "given for the first time is not.",
    "计划": "Planned", "实际": "Actual", "说明": "Note", "季度投资": "Quarterly investment", "日期": "Date",
    "形象进度": "Progress", "列入": "Added", "移出": "Removed", "变动": "Change", "原因": "Reason",
    "调整记录": "List changes", "左右": "about", "不低于": "at least", "不高于": "at most", "高于": "above",
    "低于": "below", "=": "=", "文字": "text", "修改“%1”的%2": "Change %2 of “%1”", "修改%1": "Change %1",
    "新增项目“%1”": "Add project “%1”", "手工新增": "Added by hand", "重做新增": "Redo add",
    "撤销新增": "Undo add", "移出%n个项目": "Remove %n project(s)", "撤销移出": "Undo removal",
    "导出附件表格": "Export attachment table", "浏览…": "Browse…", "表格": "Table", "保存到": "Save to",
    "保存为": "Save as", "正在导出…": "Exporting…", "导出失败": "Export failed", "导入：%1": "Import: %1",
    "正在读取…": "Reading…", "导入": "Import", "错误：": "Error: ",
    "“%1”：%2，%3，%4；新增 %5，修改 %6，不变 %7，文件中没有 %8；错误 %9":
        "“%1”: %2, %3, %4; %5 new, %6 changed, %7 unchanged, %8 not in the file; errors: %9",
    "%n 条": ("%n record", "%n records"),
    "问题": "Problems", "问题（%1）": "Problems (%1)", "错误 %1": "errors: %1", "提示 %1": "warnings: %1",
    "说明 %1": "notes: %1",
    "文件有错误：改正后再导入。未写入任何数据。": "The file has errors: correct them and import again. Nothing was written.",
    "无法读取：%1": "Cannot read: %1", "正在导入…": "Importing…", "取消": "Cancel",
    "已取消导入，未写入任何数据。": "Import cancelled; nothing was written.",
    "导入失败，未写入任何数据：%1": "Import failed; nothing was written: %1", "导入表格…": "Import table…",
    "导出表格…": "Export table…", "导入附件表格": "Import attachment table",
    "表格或计划报告 (*.xlsx *.xlsm *.ods *.csv *.xls *.html *.htm *.mht *.docx *.txt);;所有文件 (*)":
        "Spreadsheets or plan reports (*.xlsx *.xlsm *.ods *.csv *.xls *.html *.htm *.mht *.docx *.txt);;All files (*)",
    "已导出到 %1": "Exported to %1", "错误": "Error", "提示": "Warning", "变化": "Change", "修改：": "Changed: ",
    "新增": "New", "不变": "Unchanged", "导入 %1": "Import %1", "指标完成情况（附件1）": "Indicator results (annex 1)",
    "指标目标（附件2）": "Indicator targets (annex 2)", "未识别": "Not recognised",
    "工作表": "Sheet", "行": "Row", "列": "Column",
    "进度时间轴": "Timeline", "整年": "Whole year", "显示整个计划年度（Home）": "Show the whole plan year (Home)",
    "%1 个项目": "%1 projects", "计划：%1 → %2": "Planned: %1 → %2",
    "实际：%1 → %2": "Actual: %1 → %2", "责任单位：%1": "Responsible unit: %1", "建设地点：%1": "Location: %1",
    "调整“%1”的计划工期": "Move the plan of “%1”",
    "打印时间轴…": "Print timeline…", "已生成 %1": "Written: %1", "打印季度进度时间轴": "Print the quarterly timeline",
    "区域（每个区域单独成组分页）": "Zones (each on its own pages)", "时段": "Period", "计划工期": "Planned",
    "实际工期": "Actual", "责任单位列": "Responsible unit column", "显示": "Show", "横向": "Landscape",
    "纵向": "Portrait", "纸张": "Paper", "适合页宽": "Fit to page width",
    "固定比例（超出页宽时分页拼接）：每季度": "Fixed scale (tiled across pages), per quarter:", "缩放": "Scale",
    "每页都印图例": "Legend on every page", "页脚发文单位": "Office in the footer", "预览…": "Preview…",
    "打印…": "Print…", "存为 PDF…": "Save as PDF…", "存为 PNG…": "Save as PNG…", "正在生成…": "Writing…",
    "未能生成": "Could not write", "全年": "Whole year", "一季度": "Q1", "二季度": "Q2", "三季度": "Q3",
    "四季度": "Q4", "上半年": "First half", "下半年": "Second half", "自定义": "Custom",
    "修改冲突": "Conflicting change", "“%1”在您修改期间已被他人修改。请选择保留哪个值：":
        "“%1” was changed by someone else while you edited it. Choose which value to keep:",
    "字段": "Field", "您的修改": "Your change", "当前值（他人修改后）": "Current value (theirs)",
    "保留我的修改": "Keep mine", "采用当前值": "Take theirs", "连接共享数据库": "Connect to a shared database",
    "在系统密钥环中记住密码": "Remember the password in the system keyring", "服务器": "Server", "端口": "Port",
    "数据库": "Database", "用户": "User", "密码": "Password", "名称": "Name",
    "出错了": "Something went wrong",
    "操作未完成：%1\n已保存的数据不受影响。详细信息已记入 %2":
        "The action did not complete: %1\nData already saved is not affected. Details are in %2",
    "批量修改": "Bulk edit", "修改所选的 %1 个项目": "Change the %1 selected projects",
    "新值（留空则清除）": "New value (empty clears it)",
    "选择或填写名称（留空则清除）": "Choose or type a name (empty clears it)", "值": "Value",
    "批量修改所选项目…": "Bulk edit selected projects…", "保存": "Save", "计划季度": "Planned quarter",
    "计划日期": "Planned date", "实际季度": "Actual quarter", "实际日期": "Actual date", "添加一行": "Add a row",
    "删除所选行": "Delete selected rows", "批量修改%n个项目的%1": "Change %1 of %n project(s)", "目标方式": "Target type",
    "目标单位": "Target unit", "完成情况（原文）": "Actual (as written)", "上年完成（原文）": "Previous year (as written)",
    "列入计划": "On the list", "建设内容": "Content", "建设年限": "Construction years",
    "计划开工（原文）": "Planned start (as written)", "计划完工（原文）": "Planned completion (as written)",
    "完成时限（原文）": "Deadline (as written)",
    "连接已恢复，暂存的修改已写入": "Connection back; the kept changes are written",
    "连接共享数据库…": "Connect to shared database…", "只读：%1 只能查看": "Read-only: %1 may only view",
    "共享数据库：%1 可编辑": "Shared database: %1 may edit",
    "与共享数据库的连接中断，正在重试…": "Connection to the shared database lost; retrying…",
    "已显示他人的最新修改": "Showing others' latest changes",
    "与数据库的连接中断。您的修改（%1 项）已暂存，连接恢复后会自动写入；请勿关闭程序。":
        "The connection to the database was lost. Your changes (%1) are kept and will be written when it is back; do not close the program.",
    "自动识别": "Detect", "表格类型": "Table", "%1年": "%1", "年度未知": "year unknown",
    "“%1”：没有表格，未导入": "“%1”: no table, not imported",
    "“%1”：隐藏的工作表，未导入": "“%1”: a hidden sheet, not imported",
    "标注问题…": "Mark problems…",
    "另存一份文件副本：有问题的单元格标色并加批注，首页列出全部问题，便于退回填报单位修改":
        "Save a copy of the file with each cell that has a problem coloured and commented, and every problem "
        "listed on a first sheet, to send back to whoever filled it in",
    "标注问题": "Mark problems",
    "不能覆盖原文件：请另选文件名。": "The original file cannot be overwritten: choose another name.",
    "正在标注问题…": "Marking the problems…",
    "；副本中没有原文件的%1（原文件未改动）": "; the copy does not have the original's %1 (the original is unchanged)",
    "图片": "pictures", "图形": "shapes", "宏": "macros", "、": ", ",
    "已另存标注了问题的副本：%1（%2 处）": "A copy with the problems marked was saved: %1 (%2 cells)",
    "无法写入标注副本：%1": "The marked copy could not be written: %1",
    "Excel 工作簿 (*.xlsx)": "Excel workbook (*.xlsx)",
    "数据库中有而文件中没有（%1）：导入不改动这些记录":
        "In the database but not in the file (%1): the import leaves them as they are",
    "标题和表头中没有年度：请在上方“年度”中选择。": "The title and headers give no year: choose it under “Year” above.",
    "附“横道图”工作表（按季度的计划与实际）": "Add a timeline sheet (planned and actual by quarter)",
    "%1投资：计划 %2 亿元，完成 %3 亿元": "%1 investment: planned %2, actual %3 (100M CNY)",
    "%1形象进度：%2": "%1 progress on site: %2", "不附": "None", "季度填报列": "Quarter's report form",
    "到期未填报": "Due, not reported", "计划投资(亿元)": "planned investment (100M CNY)",
    "完成投资(亿元)": "actual investment (100M CNY)", "文件已存在": "File exists",
    "累计完成投资(亿元)": "invested this year to date (100M CNY)",
    "“%1”已存在。要替换它吗？": "“%1” already exists. Replace it?", "未报本季度投资": "Quarter not reported",
    "本季度已报投资的项目": "Projects that reported the quarter", "%1 / %2 个": "%1 of %2", "重点项目：已列入 / 计划": "Key projects: listed / in the plan",
    "%1 个": "%1",
    "只含尚未填报该季度投资的项目": "Only projects that have not reported that quarter",
    "%1节点：%2": "%1 milestone: %2", "%1节点：%2（已完成）": "%1 milestone: %2 (reached)",
    "%1完成节点：%2": "%1 milestone reached: %2", "节点：%1": "Milestone: %1",
    "节点：%1（实际）": "Milestone: %1 (reached)", "节点：%1（说明）": "Milestone: %1 (note)",
    "节点：%1（计划日期）": "Milestone: %1 (planned day)", "节点：%1（实际日期）": "Milestone: %1 (day reached)",
    "形象进度目标": "progress goal",
    "数据库中有而文件中没有（%1）：导入后移出计划": "In the database but not in the file (%1): taken off the plan",
    "只看本次导入带来的（%1）": "Only what the import brought (%1)",
    "板块“%1”即已有的“%2”：按已有板块导入，不新建":
        "The area “%1” is the plan's “%2”: import it as that one, not as a new area",
    "“%1”即已有项目“%2”：按已有项目导入，不新增":
        "“%1” is the plan's project “%2”: import it as that one, not as a new project",
    "调出的“%1”即已有项目“%2”：从计划中调出该项目":
        "“%1”, taken off in the file, is the plan's project “%2”: take that one off the list",
    "“%1”即已有指标“%2”：按已有指标导入，不新增":
        "“%1” is the indicator “%2” the plan has: import it as that one, not as a new indicator",
    "这是%1年完整的项目清单：将上列 %2 个项目移出计划（记入清单变动，可撤销）":
        "This is the whole %1 list: take the %2 projects above off the plan (kept in the list's history; can be undone)", "新增（与“%1”相近）": "New (like “%1”)",
    # reports kept as sent (上报存档)
    "存档上报…": "Keep as reported…", "重新存档…": "Keep again…", "存档上报": "Keep the report",
    "把本季度的数字和各项目此刻的预警、投资、开工完工原样存档：以后更正数据或修改预警规则，不改变已上报的内容":
        "Keep the quarter's figures and each project's warning, investment, start and completion as they are now: "
        "later corrections or rule changes do not change what was reported",
    "按现在的数据": "From today's data", "上报存档时（%1）": "As reported (kept %1)",
    "存档%1的上报？\n\n将保存本页的数字，以及%2个项目此刻的预警、本年完成投资和开工完工情况。以后更正数据或修改预警规则，存档不变；项目的预警记录会注明上报时的情况。可以撤销。":
        "Keep the report of %1?\n\nThe figures of this page are kept, with the warning, the year's investment, start "
        "and completion of %2 projects as they are now. Later corrections or rule changes leave it as it is; a "
        "project's warning history will say what was reported. This can be undone.",
    "%1已于%3存档上报。\n\n用现在的数据重新存档，替换原来的存档？（%2个项目；可以撤销）":
        "The report of %1 was kept on %3.\n\nKeep it again from today's data, replacing what was kept? "
        "(%2 projects; this can be undone)",
    "存档%1上报": "Keep the report of %1", "重新存档%1上报": "Keep the report of %1 again",
    "已于%1存档上报": "Reported and kept on %1", "（%1）": " (%1)", "新列入%n个": "%n added since",
    "移出%n个": "%n removed since", "此后各项目预警未变": "no warning has changed since", "；": "; ",
    "此后%n个项目预警有变": "%n project(s) with another warning since", "本季度尚未存档上报": "Not kept as reported yet",
    "上报后预警有变": "Warning changed since reported", "上报后名单有变": "List changed since reported", "%1：%2": "%1: %2", "%1：%2（已上报）": "%1: %2 (reported)",
    "%1：上报时%3，现为%2": "%1: %3 when reported, %2 now",
    "持平": "level",
    # the record of schedule changes (修改记录)
    "%1完成投资(亿元)": "%1 actual investment (100M CNY)", "%1计划投资(亿元)": "%1 planned investment (100M CNY)",
    "%1安排": "%1 step", "%1完成": "%1 done",
    "%1年计划投资(亿元)": "%1 planned investment (100M CNY)", "（空）": "(blank)",
    "%1 %2（%3）：%4 → %5": "%1 %2 (%3): %4 → %5", "修改记录：": "Changes:", "编辑": "edit",
    "撤销导入": "import undone", "时间": "When", "内容": "What", "原为": "Was", "改为": "Became",
    "修改人": "By", "修改记录": "Changes", "共%n次修改，其余见项目窗口的“修改记录”":
        "%n changes in all; the project window's Changes tab has the rest",
    "最近修改…": "Recent changes…", "最近修改": "Recent changes", "按项目名称、目标或修改人查找…":
        "Find by project, target or author…", "共%n次修改": "%n changes in all",
    "双击打开项目": "Double-click to open the project", "双击显示该目标": "Double-click to show the target", "没有记录": "Nothing recorded",
    "没有相符的记录": "Nothing matches", "最近%1次": "The latest %1", "共%1次": "%1 in all",
    "项目": "Project",
    "原计划：%1 → %2（已调整）": "Original plan: %1 → %2 (revised)",
    "原计划：%1": "Original plan: %1",
    "原完成时限：%1": "Original deadline: %1",
    "计划已调整": "Plan revised",
    "%1（原计划%2）": "%1 (originally %2)",
    "分类统计（截至%1）": "Breakdown (as of %1)", "按：": "By:", "项目数": "Projects",
    "截至本季度完成投资(亿元)": "Invested to the quarter (100M CNY)",
    "双击一行查看这些项目；“复制”后可直接粘贴到 Word 或 Excel":
        "Double-click a row for its projects; Copy pastes into Word or Excel as a table",
    "未分类": "No class", "未指定板块": "No area", "合计": "Total", "分类统计…": "Breakdown…",
    "按类别、区域或板块统计项目数、投资、开工完工和预警，可复制到汇报材料":
        "Projects, investment, starts, completions and warnings by class, zone or area, to copy into a report", "计划调整过的项目%n个": "%n project(s) with a revised plan",
    "导出推进情况表…": "Export progress table…",
    "逐项目的年度投资完成、开工竣工、形象进度和预警及原因，附分类统计，存为可打印的 Excel 表格":
        "Each project's investment this year, start and completion, progress and warning with its reason, "
        "and the breakdown, as an Excel table ready to print",
    "按存档上报时的预警和完成投资": "Warnings and investment as kept when reported",
    "预警原因": "Why", 
    "转为%1 %2 个": "%2 now %1", "截至%1，本次导入使%n个项目的预警有变：":
        "As of %1, this import changed the warning of %n project(s): ",
    "导入后预警有变": "Warning changed by the last import", "，": ", ", "。": ".", "查看这些项目": "Show these projects",
    "%1（%2年）": "%1 (%2)", "完成 %1 亿元 / 年度计划 %2 亿元": "%1 of the year's %2 (100M CNY) invested",
    "首页附概况（进展情况文字和分区统计）": "A summary first (the progress paragraph and the figures by zone or area)",
    "%1 亿元": "%1 (100M CNY)", "（年度计划的%1）": " (%1 of the year's plan)", "截至%1完成投资": "Invested to %1",
    "数据检查发现%1处问题（%2）。": "The data check finds %1 problem(s) (%2).", "先检查…": "Check first…",
    "数据检查": "Data check", "数据检查…": "Data check…", "问题：": "Problem:",
    "双击一行打开项目、查看目标或指标；改正后这一行自动消失。":
        "Double-click a row to open its project or see its target or indicator; once fixed, the row goes.",
    "项目、目标或指标": "Project, target or indicator", "双击在举措与目标中查看": "Double-click to see it among the targets",
    "双击在指标中查看": "Double-click to see it in its year's indicators",
    "与数据库的连接中断，还有%1项修改没有写入。它们已暂存在本机，下次打开这个数据库时可以写入。":
        "The connection to the database is lost and %1 change(s) are not written yet. They are kept on this "
        "computer and can be written the next time this database is opened.",
    "关闭，下次打开时写入": "Close, write them next time",
    "：": ": ", "未能重做（%1）": "Could not redo (%1)", "未能写入（%1）": "Not written (%1)", "未能撤销（%1）": "Could not undo (%1)",
    "它已被他人删除": "it was deleted by someone else",
    "同事已修改了同一处，保留同事的修改": "a colleague changed the same value since; theirs is kept",
    "同事已修改了“%1”的同一处，保留同事的修改": "a colleague changed the same value of “%1” since; theirs is kept",
    "同事此后又调整了“%1”是否列入计划，保留同事的调整":
        "a colleague has since moved “%1” on or off the year's list; their move is kept",
    "点击一步，回到做完这一步时：其后各步撤销，再点后面的一步可重做。":
        "Click a step to go back to just after it: the steps after it are undone; click a later one to redo.",
    "撤销记录…": "Undo history…", "撤销记录": "Undo history", "（打开时）": "(as opened)",
    "只打印当前筛选的项目（%1）": "Print only the projects in view (%1)",
    "只导出当前筛选的项目（%1）": "Export only the projects in view (%1)",
    "只含计划已调整的项目（计划调整表，附原计划）": "Only the projects whose plan was revised (a table of revisions, with the "
                                          "original plan)",
    "只含年内调整过的目标（调整表，附调整前的完成时限、目标、单位）": "Only the targets revised in the year (a table of "
                                                  "revisions, with their deadline, wording and units before)",
    "目标已调整": "Target reworded", "原目标：%1": "Original target: %1",
    "原责任单位：%1": "Responsible unit before: %1", "原配合单位：%1": "Partner units before: %1",
    "原牵头领导：%1": "Leader before: %1",
    "粘贴": "Paste", "复制（含表头）": "Copy with the headings", "已复制%1行": "%1 row(s) copied", "未粘贴：%1": "Not pasted: %1",
    "粘贴%n格": "Paste %n cell(s)", "已粘贴%n格": "%n cell(s) pasted",
    "粘贴的内容有%1列，超出了表格右侧": "The pasted cells are %1 columns wide: past the table's right edge",
    "粘贴的内容有%1行，超出了表格末行": "The pasted cells are %1 rows high: past the table's last row",
    "一次最多粘贴%1格": "At most %1 cells are pasted at once",
    "“%1”列不能修改": "The “%1” column cannot be changed",
    "“%1”请双击单元格逐格修改": "“%1” is changed cell by cell: double-click the cell",
    "清除单元格": "Clear cells", "清除%n格": "Clear %n cell(s)", "未清除：%1": "Not cleared: %1",
    "请在重点项目表或进度时间轴上选择项目": "Choose the projects in the key projects' list or on the timeline",
    "请先在表中选择要删除的行": "Choose the rows to delete in the table first",
    "请先选择要移出计划的项目": "Choose the projects to take off the plan first",
    "“%1”的“%2”：%3": "“%1”, %2: %3", "筛选（%1）": "Only: %1",
    "搜索“%1”": "search “%1”",
    "与数据库的连接中断。您的修改（%1 项）已暂存在本机，连接恢复后会自动写入；即使关闭程序也不会丢失，下次打开这个数据库时可以写入。":
        "The connection to the database is lost. Your changes (%1) are kept on this computer and written when it "
        "is back; closing the program does not lose them: they can be written the next time this database is opened.",
    "%1项修改未写入“%2”，已暂存在本机，下次打开它时可以写入":
        "%1 change(s) not written to “%2” are kept on this computer and can be written the next time it is opened",
    "上次未写入的修改": "Changes not written last time",
    "上次断线时暂存在本机的修改无法读取，文件已另存为：\n%1":
        "The changes kept on this computer when the connection was lost cannot be read; the file was moved to:\n%1",
    "上次有%1项修改暂存在本机，没有写入（当时数据库连接中断，或同事正在写入）：":
        "Last time %1 change(s) were kept on this computer and not written (the connection to the database was lost, "
        "or a colleague was writing):",
    "现在写入？同事已改过的同一处会提示冲突，不会覆盖。":
        "Write them now? Where a colleague has changed the same value since, you are told; it is not overwritten.",
    "写入": "Write", "以后再说": "Later", "放弃这些修改": "Give them up",
    "上次暂存的修改已写入": "The changes kept last time are written",
    "达到时序进度": "On pace", "未达时序进度": "Behind pace", "基本达到时序进度": "Nearly on pace",
    "指标累计完成落后时序进度": "Indicators short of the time elapsed",
    "基本达到时序进度：不超过": "Nearly on pace: at most",
    "按全年目标计：完成全年目标的72%、时序进度75%，落后3个百分点。设为 0 则凡落后都为未达时序进度。":
        "Counted against the year's target: 72% of the year's target done at 75% of the year gone is 3 points "
        "short. At 0, any shortfall is behind pace.",
    "上报前查一查：年度计划大于总投资、完工早于开工、名称相近的重复项目、完成情况与完成值不符、未填单位等":
        "Before the report goes: a year's plan over the total, a completion before the start, one project listed "
        "twice, a status its figure contradicts, no unit…",
    "单位：": "Unit:", "催报名单…": "Chase list…", "催报名单（%1）": "Chase list (%1)",
    "本季度尚未报送投资的项目、到期未填报的目标，按单位写成催报通知":
        "The projects with no investment for the quarter and the targets due and not reported, by unit, as a "
        "notice to send",
    "导入后数据检查": "Data check after the import", "历年情况…": "Over the years…", "历年情况：%1": "Over the years: %1",
    "年份": "Year", "图中只画全年的完成值，以及与指标同单位的目标；季度或1-9月的数字只列在表中。":
        "Drawn: the whole years' figures and the targets in the indicator's unit; a quarter's or 1-9月 figure is "
        "only listed",
    "没有可画的数字：目标或完成值是文字，或只有一年的一部分。":
        "Nothing to draw: the targets or figures are words, or of part of a year only.",
    "数据检查发现本次导入带来%1处新问题（%2）。": "The data check finds %1 new problem(s) from this import (%2).",
    "数据检查发现本次导入带来至少%1处新问题（%2）。":
        "The data check finds at least %1 new problems from this import (%2).",
    "把“%1”移出计划（与“%2”重复）…": "Take “%1” off the list (the same as “%2”)…",
    "把“%1”移出%2年计划？它与“%3”名称相近，应是同一项目。移出后它的记录和历史保留，可以撤销。":
        "Take “%1” off the %2 list? Its name is like “%3”'s: it should be the same project. Its record and history "
        "stay, and this can be undone.",
    "移出重复项目": "Take a duplicate off the list",
    "它已填报本年完成投资%1亿元，移出后不再计入本计划；如属“%2”，请先填到“%2”。":
        "It reports %1 (100M CNY) invested this year, which the plan will no longer count: if it is “%2”'s, "
        "enter it there first.",
    "与“%1”重复": "The same as “%1”",
    "把“%1”并入“%2”…": "Merge “%1” into “%2”…", "把“%1”并入“%2”？": "Merge “%1” into “%2”?",
    "合并重复项目": "Merge a duplicate", "合并所选的两个项目…": "Merge the two chosen projects…",
    "请选中要合并的两个项目（按住 Ctrl 点选）": "Choose the two projects to merge (Ctrl+click)",
    "删除年度计划…": "Remove a year's plan…", "删除年度计划": "Remove a year's plan",
    "数据库中只有一个年度计划，不能删除。": "The database holds one year's plan only: it cannot be removed.",
    "删除哪一年的计划？": "Remove which year's plan?", "删除%1年计划？": "Remove the %1 plan?", "删除": "Remove",
    "· 计划内%1个项目：其中%2个只在本年度，连同其季度投资和记录一并删除，其余保留在其他年度":
        "· %1 projects on its list: %2 of them on no other year's list go with their quarters and records; the "
        "rest stay in the other years",
    "· %1条举措、%2个目标": "· %1 measures, %2 targets", "· %1年指标%2项": "· %2 indicators of %1",
    "· %1份存档上报": "· %1 kept report(s)",
    "删除前先把整个数据库备份到自动备份文件夹；删除不能撤销，需要时用“文件 → 打开自动备份…”找回。":
        "The whole database is first backed up to the backups folder; the removal cannot be undone — when needed, "
        "get it back from there (File → Open a daily backup…).",
    "正在备份并删除%1年计划…": "Backing up and removing the %1 plan…",
    "已删除%1年计划；删除前的备份：%2": "The %1 plan is removed; the backup taken before: %2",
    "未删除年度计划": "The plan was not removed",
    "已新建%1年计划：可导入%1年的计划报告，或在“编辑 → 计划数…”中填写计划数；如是误建，可用“文件 → 删除年度计划…”删除":
        "The %1 plan is open: import its plan report, or give its figures under Edit → Plan figures…; if it was "
        "opened by mistake, remove it with File → Remove a year's plan…",
    "完成全年目标的%1%，时序进度%2%": "%1% of the year's target done, %2% of the year gone",
    "%1年计划已被他人删除": "The %1 plan was removed by someone else", "（%1年）": " (%1)",
    "修改尚未写入": "Changes not written yet",
    "与数据库的连接中断，还有%1项修改没有写入。现在关闭，这些修改将丢失。":
        "The connection to the database is lost and %1 change(s) are not written yet. Closing now loses them.",
    "再试写入": "Try writing again", "放弃修改并关闭": "Close, losing them", "不关闭": "Don't close",
    "仍无法连接数据库，修改继续暂存": "The database still cannot be reached: the changes stay kept",
    "计划正由另一位同事或另一个程序写入，还有%1项修改没有写入。它们已暂存在本机，下次打开这个数据库时可以写入。":
        "A colleague or another program is writing to the plan and %1 change(s) are not written yet. They are kept "
        "on this computer and can be written the next time this database opens.",
    "计划正由另一位同事或另一个程序写入，还有%1项修改没有写入。现在关闭，这些修改将丢失。":
        "A colleague or another program is writing to the plan and %1 change(s) are not written yet. Closing now "
        "loses them.",
    "对方仍在写入，修改继续暂存": "The other is still writing: the changes stay kept",
    "计划正由另一位同事或另一个程序写入（如导入一份大表）。您的修改（%1 项）已暂存在本机，对方写完后会自动写入；"
    "即使关闭程序也不会丢失，下次打开这个数据库时可以写入。":
        "A colleague or another program is writing to the plan (an import of a large table, say). Your changes (%1) "
        "are kept on this computer and written as soon as they are done; closing the program does not lose them: "
        "they can be written the next time this database opens.",
    "计划正由另一位同事或另一个程序写入（如导入一份大表）。您的修改（%1 项）已暂存，对方写完后会自动写入；请勿关闭程序。":
        "A colleague or another program is writing to the plan (an import of a large table, say). Your changes (%1) "
        "are kept and written as soon as they are done; do not close the program.",
    "对方已写完，暂存的修改已写入": "The other is done writing; the kept changes are written",
    "对方已写完；暂存的修改中有%1项未能写入，原因见提示":
        "The other is done writing; %1 of the kept changes could not be written (the messages say why)",
    "连接已恢复；暂存的修改中有%1项未能写入，原因见提示":
        "Connection back; %1 of the kept changes could not be written (the messages say why)",
    "已暂存，尚未写入数据库；写入后自动更新": "Kept, not written to the database yet; updated once it is",
    "原名“%1”。": "Was “%1”. ",
    "同事刚修改了计划：以上比对是修改前的；点“导入”时按最新的计划核对，涉及同样的记录会重新预览。":
        "A colleague has just changed the plan: the comparison above is from before it; Import checks against "
        "the plan as it is then, and previews again where the same records were changed.",
    "修改已暂存": "Changes kept",
    "正在清除…": "Clearing…",
    "与数据库的连接中断，未写入任何内容；连接恢复后再做一次即可":
        "The connection to the database is lost: nothing was written. Do it again once it is back",
    "还有%1项修改等待连接恢复后写入，写入后才能切换":
        "%1 change(s) wait for the connection to be written; switch once they are",
    "改为保留“%1”…": "Keep “%1” instead…", "合并": "Merge", "打开项目…": "Open project…", "撤销合并": "Undo merge", "并入“%1”": "Merged into “%1”",
    "节点 %1": "Milestones %1", "形象进度%1条": "%1 progress note(s)", "“%1”将填入：": "“%1” gains:",
    "其他年度计划中“%1”将填入：": "In the other years' plans “%1” gains:",
    "“%1”没有“%2”缺少的内容。": "“%1” holds nothing “%2” lacks.",
    "%1 %2（“%3”为%4）": "%1 %2 (“%3” says %4)",
    "两者不同处保留“%1”的：": "Where the two differ, “%1”'s stays:",
    "“%1”移出%2年计划，记录和历史保留，可以撤销。":
        "“%1” leaves the list of %2; its record and history stay, and this can be undone.",
    "打开自动备份": "Open a daily backup", "无法恢复": "Cannot restore",
    "备份数据库…": "Back up the plan…", "打开自动备份…": "Open a daily backup…", "备份": "backup",
    "打开其他数据库…": "Open another database…",
    "导入到新建的计划数据库…": "Import into a new plan database…",
    "新建一个空的计划数据库（%1的），把这个文件导入其中；当前的计划不改动":
        "Make a new, empty plan database (for %1) and import this file into it; the plan open now is not changed", "正在打开 %1…": "Opening %1…", "打开数据库": "Open a database",
    "可以从自动备份恢复（每天第一次打开时备份，保留7天），或打开另一个计划数据库。":
        "A daily backup (taken at the day's first opening, kept for 7 days) can be restored, or another plan "
        "database opened.",
    "备份数据库": "Back up the plan", "计划数据库 (*.db)": "Plan databases (*.db)", "正在备份…": "Backing up…",
    "备份未完成": "Backup not made", "已备份到 %1（%2个项目），备份文件已校验。":
        "Backed up to %1 (%2 projects); the copy is checked.",
    "需要时用“文件 → 打开数据库…”打开这个文件即可。": "When needed, open this file with File → Open database….",
    "已自动备份今天的计划：%1": "Today's plan backed up: %1", "今天的自动备份未完成：%1": "Today's backup not made: %1",
    "标为无误": "Mark as right", "标为无误…": "Mark as right…", "取消标记": "Unmark", "取消无误标记": "Unmark as right",
    "无误说明": "Marked as right", "显示标为无误的（%1）": "Show those marked as right (%1)",
    "标为无误的问题不再计入，措辞变了（数字改了）会重新列出":
        "Problems marked as right are counted no more; once worded differently (a figure changed) they are listed again",
    "选中的问题是本计划的实际情况（如同一地块的两个单独立项），不再计入；可写明原因":
        "The chosen problems are how this plan really is (two works of one site, each its own project): count "
        "them no more, with the reason if you like",
    "%1处问题标为无误，不再计入。原因（可不填，同事会看到）：":
        "%1 problem(s) marked as right, counted no more. Why (optional, colleagues will see it):",
    "全部（%1）": "All (%1)", "把列出的问题复制为表格，可粘贴到 Word 或 Excel 发给填报单位":
        "Copy the problems listed as a table, to paste into Word or Excel for the units", "没有发现问题": "Nothing found", "共%1处": "%1 found",
    "（每类最多列出%1处）": " (at most %1 of a kind listed)",
    "截至季度": "As of quarter", "预警（截至%1）：%2": "Warning (as of %1): %2", "预警（截至%1）": "Warning (as of %1)",
    "重点项目推进情况表（季度）": "Key projects' progress (quarter)", "各单位进展（季度）": "Units' progress (quarter)",
    # 查找和替换 (Ctrl+H)
    "替换…": "Replace…", "查找和替换": "Find and Replace", "（空白：删去查找的内容）": "(empty: removes what is found)",
    "查找内容": "Find what", "替换为": "Replace with", "单元格完全匹配": "Match entire cell contents",
    "区分大小写": "Match case", "区分全角/半角": "Match full/half width",
    "不勾选时，全角字符与半角字符视为相同，如“（”与“(”":
        "Unticked, full-width and half-width characters are the same, e.g. “（” and “(”",
    "在重点项目表、举措与目标或指标表中查找和替换。":
        "Find and replace in the key project list, Measures and targets or an indicator table.",
    "只在所选的行中": "Only in the chosen rows", "全部显示的列": "All columns shown",
    "只在所选的%1行中": "Only in the %1 chosen row(s)", "正在查找…": "Searching…",
    "已从头继续查找": "Went on from the top", "已停止查找": "Search stopped", "找不到“%1”": "Cannot find “%1”",
    "这一列不能修改": "This column cannot be changed", "已停止查找，未替换任何内容": "Search stopped; nothing replaced",
    "；%1格在不能修改的列中，未替换": "; %1 cell(s) in columns that cannot be changed were left",
    "已替换%1处（%2格）": "Replaced %1 time(s) (%2 cell(s))", "未替换：%1": "Not replaced: %1",
    "替换“%1”为“%2”（%3处）": "Replace “%1” with “%2” (%3 time(s))", "正在替换…": "Replacing…",
    "已停止替换，未写入任何内容": "Replacing stopped; nothing written",
    "只打印所选的%1个项目": "Print only the %1 chosen project(s)", "所选的%1个项目": "The %1 chosen project(s)",
    "没有符合筛选条件的项目（%1）": "No project matches the filter (%1)",
    "各下拉框回到“全部”，清空搜索": "Every box back to “All”, the search emptied",
    "没有符合筛选条件的目标（%1）": "No target matches the filter (%1)",
    "没有符合筛选条件的指标（%1）": "No indicator matches the filter (%1)", "清除筛选": "Clear the filter",
    "%1年的计划中还没有重点项目。可以用“新增项目”逐个添加，或用“导入表格”导入重点项目表。":
        "The %1 plan has no key project yet. Add them one by one with “Add project”, or import the key project table "
        "with “Import table”.",
    "时段的%1：%2": "The period's %1: %2", "起始季度": "first quarter", "截止季度": "last quarter",
    "这个计划数据库中还没有年度计划": "There is no year's plan in this plan database yet",
    "导入本年度的计划报告（Word 文档或文本，从中读出工作举措和量化目标），或重点项目表、举措与目标表，就建立了这一年的计划：xlsx、WPS 或 LibreOffice 的表格、CSV，也可以把文件拖到窗口上。导入前先预览，确认后才写入。指标表按年度保存在左侧“指标”下。\n也可以打开已有的计划数据库，或连接办公室共用的共享数据库。":
        "Import this year's plan report (a Word document or its text: its measures and quantified targets are read "
        "from it), or its key project table or measures and targets, and the year's plan is made: xlsx, WPS or "
        "LibreOffice spreadsheets, CSV — or drop the file on the window. The import is previewed first and written "
        "only when confirmed. Indicator tables are kept by year, under Indicators on the left.\nOr open an "
        "existing plan database, or connect to the office's shared database.",
    "共 %n 个指标": ("%n indicator", "%n indicators"),
    "%1年计划已不在数据库中": "The %1 plan is no longer in the database",
    "排序": "Order", "清单顺序": "List order", "预警（严重滞后在前）": "Warning (worst first)",
    "每个板块内各项目的先后：清单顺序，按计划开工或完工的先后，或严重滞后、滞后的在前；打印时间轴同样排列":
        "The order of the projects within each area: the list's, by planned start or completion, or the very late and "
        "late first; Print timeline prints them so",
    "查找下一个(&F)": "&Find next", "查找全部(&I)": "F&ind all", "替换(&R)": "&Replace", "全部替换(&A)": "Replace &all", "所在行": "Row", "找到%1个单元格": "%1 cell(s) found", "第%1处，共%2处": "%1 of %2",
    "“%1”不在当前列表中（已筛选或移出）": "“%1” is not in the list now (filtered out or removed)",
    "包括隐藏的列": "Hidden columns too", "如 Excel：隐藏的列（如业主单位）也查找和替换":
        "As in Excel: hidden columns (the owner, say) are searched and replaced too", "全部列": "All columns",
    "在隐藏的列“%1”中": "in the hidden column “%1”",
    # the project list's foot
    "按当前筛选的项目合计；选中多个项目时为所选项目的合计":
        "Totals of the projects the list shows; with several chosen, of those chosen",
    "，已选 %1 个": ", %1 chosen", "所选合计：%1": "Chosen: %1", "合计：%1": "Totals: %1",
    "总投资 %1 亿元": "investment %1 (100M CNY)", "年度计划投资 %1 亿元": "this year's plan %1",
    "截至%1完成投资 %2 亿元": "invested by the end of %1 %2", "（完成率 %1）": " (%1 of the year's plan)",
    "没有“%1”这个区域；可填：%2": "there is no zone “%1”; the zones are %2",
    "没有名为“%1”的板块；可在单元格的下拉列表中选择": "there is no area named “%1”; choose one from the cell's list",
    "向下填充": "Fill down", "未填充：%1": "Not filled: %1", "正在填充…": "Filling…",
    "向下填充%n格": "Fill down %n cell(s)", "已向下填充%n格": "%n cell(s) filled down",
    "已停止填充，未写入任何内容": "Filling stopped; nothing written",
    "上一个(&P)": "&Previous", "下一个(&N)": "&Next", "第%1个，共%2个": "%1 of %2",
    "保存已填写的内容，打开项目表中的上一个项目": "Save what was typed and open the previous project of the list",
    "保存已填写的内容，打开项目表中的下一个项目": "Save what was typed and open the next project of the list",
    # targets and indicators added and deleted by hand
    "新增目标…": "Add target…", "新增指标…": "Add indicator…", "删除所选指标…": "Delete chosen indicators…",
    "删除所选目标…": "Delete chosen targets…", "新增目标": "Add target",
    # 新增项目… (ui/new_project.py): what the plan has by the name typed
    "如：解放碑步行街提升": "e.g. 解放碑步行街提升", "“%1”（%2）": "“%1” (%2)", "责任单位 %1": "unit %1",
    "本年计划中已有%1，序号 %2。同一项目请勿重复新增；两个同名项目，请在名称中写明区域或内容。":
        "This year's plan has %1 already, No. %2. Do not add one project twice; for two projects of one name, "
        "say the zone or the work in the name.",
    "转到该项目": "Go to it",
    "以季度合计为年度计划投资": "Make the quarters' total the year's plan",
    "把年度计划投资改为四个季度合计（%1亿元）": "Set the year's planned investment to the four quarters' total (%1, 100M CNY)",
    "修改“%1”的年度计划投资": "Change the year's planned investment of “%1”",
    "“%1”不是以“%2”计的数": "“%1” is not a figure in “%2”",
    "本年计划中有名称相近的%1，序号 %2：是同一个项目吗？": "This year's plan has %1, No. %2, named alike: the same project?",
    "%1曾列入本年计划，已移出。恢复后沿用其进度、投资和备注记录。":
        "%1 was on this year's plan and was taken off it. Put back, it keeps its schedule, investment and notes.",
    "恢复到本年计划": "Put back on this year's plan",
    "%1年计划中有%2。列入本年计划，沿用其进度、投资和备注记录。":
        "The %1 plan lists %2. Listed this year, it keeps its schedule, investment and notes.",
    "列入本年计划": "List it this year", "（共有 %1 个同名项目）": " (%1 projects have this name)",
    "仍然新增": "Add anyway",
    "“%1”的单位“%2”与本行的单位“%3”不是同一种量：记为文字，不作评价":
        "“%1” is in “%2” and the row in “%3”, which measure different things: kept as words, not judged",
    "列入计划“%1”": "List “%1” on the plan", "手工列入": "Listed by hand", "重做列入": "Redo listing",
    "撤销列入": "Undo listing",
    "如：新增创新孵化平台2家以上": "e.g. 新增创新孵化平台2家以上", "（可不填）": "(optional)",
    "如 三季度、%1年9月（可不填）": "e.g. Q3, %1年9月 (optional)", "完成季度": "Quarter due",
    "未新增目标：%1": "Target not added: %1",
    "计划数未填，点此填写": "the plan's figures are not given: click to give them", "计划数…": "Plan figures…", "计划名称": "Plan's title",
    "如：重庆市渝中区2025年国民经济和社会发展计划": "e.g. 重庆市渝中区2025年国民经济和社会发展计划",
    "印发单位": "Issued by", "如：重庆市渝中区人民政府": "e.g. 重庆市渝中区人民政府", "文号": "Document number",
    "如：渝中府发〔2025〕8号（可不填）": "e.g. 渝中府发〔2025〕8号 (optional)",
    "计划名称不能为空：打印的时间轴以它为标题": "The plan's title cannot be empty: it heads the printed timeline",
    "%1年计划数已保存": "The %1 plan's figures are saved", "%1年计划数": "The %1 plan's figures",
    "计划报告中写明的计划数：概览以此对照已列入的项目和指标。空白表示未定。":
        "The figures the plan report states: the dashboard holds the projects and indicators listed against them. "
        "Blank: not stated.",
    "年度计划投资": "Annual planned investment", "各季度开工、完工": "Starts and completions by quarter",
    "计划开工（个）": "Planned starts", "计划完工（个）": "Planned completions", "共": "In all",
    "%1年指标完成情况": "The %1 indicators' results", "%1应为%2，而不是“%3”": "%1 should be %2, not “%3”",
    "整数": "a whole number", "数字": "a number", "%1计划开工": "Planned starts in %1",
    "%1计划完工": "Planned completions in %1", "重点项目数": "The number of key projects",
    "%1年指标项数": "The number of %1 indicators", "约束性指标项数": "The number of binding indicators",
    "预期性指标项数": "The number of expected indicators", "完成的指标项数": "The number of indicators met",
    "未完成的指标项数": "The number of indicators not met", "调整的指标项数": "The number of indicators adjusted",
    "修改%1年计划数": "Change the %1 plan's figures",
    "本年计划还没有工作举措与目标：导入计划报告或工作举措表（导入表格…），或用“新增目标”逐条填写":
        "This year's plan has no measures or targets yet: import the plan report or a measures table (Import "
        "table…), or add them one at a time with Add target", "选择，或填写新的部分": "Choose one, or type a new section",
    "选择，或填写新的举措": "Choose one, or type a new measure",
    "不填则以举措本身为目标（按是否完成评价）": "Left empty, the measure itself is the target (judged done or not)",
    "请选择举措，或填写新的举措": "Choose a measure, or type a new one",
    "请选择举措所属的部分，或填写新的部分": "Choose the measure's section, or type a new one", "新增%1年指标": "Add an indicator to %1",
    "如：规模以上工业增加值增速": "e.g. 规模以上工业增加值增速", "如 %、亿元": "e.g. %, 亿元",
    "如：增长6%左右（可不填）": "e.g. 增长6%左右 (optional)", "未标注": "Not stated",
    "未新增指标：指标名称不能为空": "Indicator not added: its name cannot be empty",
    "删除这%1个目标？": "Delete these %1 target(s)?", "从%2年指标中删除这%1个指标？":
        "Delete these %1 indicator(s) from %2's table?", "删除目标": "Delete targets", "删除指标": "Delete indicators",
    "连同其季度安排和完成情况一并删除；可以撤销。": "Their quarters' steps and results go with them; this can be undone.",
    "其他年度的该指标不受影响；可以撤销。": "Other years of these indicators stay; this can be undone.",
    "新增目标“%1”": "Add target “%1”", "新增指标“%1”": "Add indicator “%1”",
    "删除%n个目标": "Delete %n target(s)", "删除%n个指标": "Delete %n indicator(s)",
    "计划中还没有工作举措：先导入工作举措与量化目标表，再新增目标":
        "The plan has no measures yet: import the table of measures and targets, then add targets",
    "%1年各季度计划投资合计 %2": "Planned for the quarters of %1: %2", "未填": "not given",
    "（年度计划投资 %1）": "; the year's plan: %1",  # after an amount "2 (100M CNY)": no brackets in brackets
    "（年度计划投资未填）": "; the year's plan not given",
    "比年度计划投资多 %1": "%1 more than the year's plan", "比年度计划投资少 %1": "%1 less than the year's plan",
    "完成投资合计 %1": "invested: %1", "，为年度计划的 %1": ", %1 of the year's plan",
    "有读不懂的值，未计入": "some values could not be read and are left out",
    "取自%1年指标表的完成值；在此填写即为本表自己的上年完成":
        "Taken from the result in the %1 indicator table; typed here, it becomes this table's own figure",
    # the plan file deleted or replaced while open (main_window.py _file_gone)
    "计划文件已不在原处：只能查看": "The plan file is gone: view only", "计划文件已不在原处": "The plan file is gone",
    "计划文件 %1 已被删除、移走或被另一个文件替换。打开着的计划仍然完整，但修改已无法保存到这个文件，现在只能查看。\n\n"
    "请把它另存为新文件，程序随即打开新文件，可以继续工作。":
        "The plan file %1 was deleted, moved or replaced by another file. The plan open here is whole, but changes "
        "can no longer be saved to that file: it is view only now.\n\nSave it as a new file; the program then opens "
        "it and you can go on working.",
    "另存为…": "Save as…",
    "新建计划数据库…": "New plan database…", "新建计划数据库": "New plan database", "新计划.db": "new plan.db",
    "%1 已经存在。新建不会覆盖已有的文件：可以打开它，或换一个文件名新建。":
        "%1 already exists. A new database never replaces a file: open it, or choose another name.",
    "打开它": "Open it", "计划数据库 (*.db *.sqlite)": "Plan databases (*.db *.sqlite)", "换一个文件名…": "Another name…",
    "找不到计划文件": "Plan file not found", "从最近列表中移除": "Remove from the recent list",
    "找不到 %1：它可能已被移走、改名或删除，或者所在的网络盘、U 盘没有连接。":
        "%1 is not there: it may have been moved, renamed or deleted, or its network drive or USB drive is not "
        "connected.",
    # printing (print_dialog.py, main_window.py)
    "未能打印": "Not printed", "已停止打印": "Printing stopped",
    "无法开始打印：打印机不可用，或打印到的文件无法写入。":
        "Printing could not start: the printer is not available, or the file printed to cannot be written.",
    "已停止。已画好的%n页已交给打印机，如不需要，请在系统的打印队列中取消。": (
        "Stopped. The page drawn has gone to the printer; cancel it in the system's print queue if it is not wanted.",
        "Stopped. The %n pages drawn have gone to the printer; cancel them in the system's print queue if they are "
        "not wanted."),
    "已生成%n页：%1": ("Written: %n page, %1", "Written: %n pages, %1"),
}
# a source whose English differs by where it is shown: (context, source) → English, before EN
IN_CONTEXT = {
    # a target with no figure to judge (a task, "与经济增长同步"): judged by the words reported, not "text"
    ("Targets", "文字"): "in words",
    # the new-project dialog's button, as 新增目标 / 新增指标's ("New" is the import preview's word for a new row)
    ("NewProjectDialog", "新增"): "Add",
    ("ProjectDialog", "计划投资(亿元)"): "Planned (100M CNY)",  # a column heading of the quarters' table
    ("ProjectDialog", "完成投资(亿元)"): "Actual (100M CNY)",
    ("Fields", "完成"): "done:",  # before each quarter's review in the preview's 季度安排
    ("Changes", "导入"): "import",  # how a change was made
    ("Changes", "%1（%2）"): "%1 (%2)",  # a project's move off the year's list with its reason: "Removed (并入二期)"
    ("Columns", "年度计划"): "Year's list",  # what a move on or off the list changed, in the record of changes
    # a project shown with 含已移出, its name's tip: when, by whom and why it was taken off the year's list
    ("Changes", "不在%1年计划中"): "Not on the %1 list",
    ("Changes", "已于%1由%2移出%3年计划"): "Taken off the %3 list on %1 by %2",
    ("Changes", "已于%1移出%3年计划"): "Taken off the %3 list on %1",
    ("Changes", "原因：%1"): "Reason: %1",
    ("ProjectDialog", "方式"): "How",
    ("RecentChangesDialog", "方式"): "How",
    ("ProblemsModel", "内容"): "Found",
    ("ReplaceDialog", "内容"): "Value",
    ("TimelineOrder", "计划开工"): "By planned start", ("TimelineOrder", "计划完工"): "By planned completion",
    ("_Form", "新增"): "Add",  # the button of 新增目标 / 新增指标
    ("PlanRowEdits", "删除"): "Delete", ("PlanRowEdits", "指标"): "Indicator",  # the cell's text a problem is about (the record of changes: "What")
}


def fill(ts_path: Path) -> list[str]:
    tree = ET.parse(ts_path)
    missing = []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            src = msg.findtext("source")
            english = IN_CONTEXT.get((name, src), EN.get(src))
            if english is None and not _translated(msg.find("translation")):
                missing.append(src)
            elif english is not None:
                _put(msg, english)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return missing


def _translated(tr) -> bool:
    return tr is not None and bool(tr.text or len(tr))


def _put(msg, english: str | tuple[str, str]) -> None:
    """The English of a message; a count's (numerus) as (one, many), or one form for both."""
    tr = msg.find("translation")
    if msg.get("numerus") == "yes":
        for child in list(tr):
            tr.remove(child)
        tr.text = None
        for form in (english if isinstance(english, tuple) else (english, english)):
            ET.SubElement(tr, "numerusform").text = form
    else:
        tr.text = english if isinstance(english, str) else english[-1]
    tr.attrib.pop("type", None)


if __name__ == "__main__":
    path = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "resources/i18n/milestones_en.ts")
    left = fill(path)
    for s in left:
        print("no English for:", s)
    sys.exit(1 if left else 0)
