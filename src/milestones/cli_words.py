"""argparse's own words — usage, error, the required and the unknown — in Chinese when the command line speaks
Chinese (the default): "milestones import: error: the following arguments are required: file" stood in English
among Chinese help. argparse words them through gettext's ``_`` and ``ngettext``, looked up when used, so they
are replaced while the parser is built and used, and put back after (a test runs many commands in one process).
"""
from __future__ import annotations

import argparse
from contextlib import contextmanager
from typing import Iterator, Sequence

_ZH = {
    "usage: ": "用法：",
    "positional arguments": "参数",
    "options": "选项",
    "show this help message and exit": "显示本帮助并退出",
    "%(prog)s: error: %(message)s\n": "%(prog)s：错误：%(message)s\n",
    "the following arguments are required: %s": "缺少参数：%s",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "invalid %(type)s value: %(value)r": "%(value)r 不是有效的值",
    "invalid choice: %(value)r (choose from %(choices)s)": "%(value)r 不是可选的值（可选：%(choices)s）",
    "expected one argument": "缺少它的值",
    "expected at least one argument": "至少需要一个值",
    "expected at most one argument": "至多给一个值",
    "expected %s argument": "需要 %s 个值",
    "expected %s arguments": "需要 %s 个值",
    "ambiguous option: %(option)s could match %(matches)s": "选项 %(option)s 不明确，可以是 %(matches)s",
    "not allowed with argument %s": "不能与 %s 同用",
    "one of the arguments %s is required": "需要 %s 之一",
    "ignored explicit argument %r": "不需要值，得到 %r",
}


def language_asked(argv: Sequence[str]) -> str:
    """The language ``--lang`` asks for, read before the parser runs (its own errors are worded in it)."""
    argv = list(argv)
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return "zh"


@contextmanager
def argparse_speaking(lang: str) -> Iterator[None]:
    if lang == "en":
        yield
        return
    saved = argparse._, argparse.ngettext
    argparse._ = lambda message: _ZH.get(message, message)
    argparse.ngettext = lambda one, many, n: _ZH.get(one if n == 1 else many, one if n == 1 else many)
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved


# the command line's own help in English (``--lang en``), by its Chinese
_EN_HELP = {
    "区县年度计划与重点项目季度进度管理。不带命令时启动桌面程序。":
        "A district's annual plan and the quarterly progress of its key projects. Without a command, the desktop "
        "app starts.",
    "显示版本号并退出": "show the version and exit",
    "计划数据库：SQLite 文件路径或 postgresql:// 地址（默认：桌面程序上次打开的计划文件，没有则为用户数据目录中的 plan.db）":
        "the plan's database: an SQLite file or a postgresql:// address (default: the plan file the desktop "
        "program opened last, else plan.db in the user's data folder)",
    "新建数据库时不载入内置的2024年计划样例": "make a new database without the bundled 2024 plan",
    "界面语言（默认：中文；桌面程序为上次在“视图 → 语言”中的选择）":
        "the language (default: Chinese; the desktop program's, the last one chosen under View → Language)",
    "数据库概况：计划、重点项目、季度开工完工、指标":
        "the plan in figures: key projects, starts and completions by quarter, indicators",
    "导入附件表格（xlsx/xlsm/ods/csv、系统导出的网页或 XML 格式 xls、Word 文档 docx 中的表格），"
    "或计划报告（docx/txt）中的工作举措和量化目标：先预览，再一次性写入":
        "import an attachment table (xlsx/xlsm/ods/csv, a web-page or XML .xls a system exports, the tables of a "
        "Word .docx), or the measures and targets of a plan report (docx/txt): previewed, then written at once",
    "导出附件表格（xlsx）": "export an attachment table (xlsx)",
    "打印季度进度时间轴到 PDF 或 PNG": "print the quarterly timeline to PDF or PNG",
    "共享数据库（PostgreSQL）管理：角色与用户": "a shared database (PostgreSQL): roles and users",
    "把整个计划数据库原样复制到另一个数据库（如本机 SQLite ↔ 共享 PostgreSQL）":
        "copy the whole plan database to another (a local SQLite ↔ a shared PostgreSQL)",
    "把计划备份为一个 SQLite 文件（数据库在用也可以；共享数据库备份到本机文件）":
        "back the plan up to one SQLite file (while it is in use too; a shared database to a local file)",
    "计划年度（默认：最新）": "the plan's year (default: the latest)",
    "以 JSON 输出": "print JSON",
    "写出截至该季度的进展情况文字（如 2024Q2），供汇报材料使用":
        "write the progress paragraph up to that quarter (e.g. 2024Q2) for a report",
    "催报名单：截至该季度（如 2024Q3）尚未报送投资的项目、到期未填报的目标，按单位列出":
        "who is still to report at that quarter (e.g. 2024Q3): projects without the quarter's investment, targets "
        "due and not reported, by unit",
    "数据检查：年度计划大于总投资、季度计划与年度不符、完工早于开工、未填单位等，逐项列出":
        "the data check: a year's plan over the total, quarters not adding up to the year, a completion before "
        "the start, no unit, …, one line each",
    "列出最近 N 次（默认 50）计划与投资的修改：谁、何时、原为、改为":
        "the latest N changes (default 50) of the plan and its investment: who, when, from what, to what",
    "与 --progress 同用：写出该季度上报存档时的文字（而非按现在的数据）":
        "with --progress: the paragraph as the quarter's report was kept (not from today's figures)",
    "表格文件": "the table's file",
    "表格类型：indicator_results, indicator_targets, key_projects, measures（默认：按标题和表头识别）":
        "the table's kind: indicator_results, indicator_targets, key_projects, measures (default: from its title "
        "and headers)",
    "年度（默认：按标题和表头识别）": "the year (default: from the title and headers)",
    "文件是全年完整的重点项目清单：将计划中有而文件中没有的项目移出计划（记入清单变动）":
        "the file is the year's whole list: projects on the plan and not in the file are taken off it (kept in "
        "the list's history)",
    "文件中的板块名称即计划中已有的板块（如 解放碑=解放碑中央商务区），按已有板块导入，不新建，并记住供以后导入；"
    "等号后不写（解放碑=）则按文件原样读取并忘记此前的选择；可多次给出":
        "an area the file names otherwise is the plan's (解放碑=解放碑中央商务区): imported as it, not made anew, "
        "and kept for later imports; nothing after the = (解放碑=) reads the file as it is and forgets an earlier "
        "choice; may be given more than once",
    "文件中的名称=已有板块": "NAME-IN-FILE=AREA",
    "文件中的项目或指标即计划中已有的（如 重庆长滨项目=重庆长滨），按已有的导入，不新增，并记住供以后导入；"
    "等号后不写则按文件原样读取；可多次给出":
        "a project or indicator the file names otherwise is the plan's (重庆长滨项目=重庆长滨): imported as it, "
        "not added, and kept for later imports; nothing after the = reads the file as it is; may be given more "
        "than once",
    "文件中的名称=已有名称": "NAME-IN-FILE=NAME",
    "只预览，不写入数据库": "preview only, write nothing",
    "以 JSON 输出解析结果、问题和差异": "print what was read, its problems and the differences as JSON",
    "另存一份标注了问题的文件副本（问题单元格标色并加批注，首页为问题清单），便于退回填报单位":
        "save a copy of the file with its problems marked (cells filled and commented, a list of them first), "
        "to send back to whoever filled it in",
    "表格类型（project_progress：重点项目推进情况表，逐项目的投资完成、开工竣工和预警，附分类统计；unit_progress："
    "各单位进展；两者均截至 --report 的季度，默认四季度）":
        "the table (project_progress: each project's investment, start, completion and light, with the "
        "breakdowns; unit_progress: progress by unit; both at the --report quarter, the fourth by default)",
    "输出文件 .xlsx": "the .xlsx file to write",
    "年度": "the year",
    "只导出该区域（东部/中部/西部/全区）": "only that zone's (东部/中部/西部/全区)",
    "只导出该板块": "only that area's",
    "只导出该类别": "only that class's",
    "重点项目表只导出该预警的项目：严重滞后/滞后/正常/未到期/已完成（截至 --report 的季度，默认本季度或计划年度四季度；表题注明）":
        "key projects with that light only: 严重滞后/滞后/正常/未到期/已完成 (at the --report quarter, by default "
        "this quarter or the plan year's fourth; said in the title)",
    "重点项目表不附“横道图”工作表": "no 横道图 (timeline) sheet beside the key projects",
    "重点项目表只导出名单确定（计划印发）后调入、调出的项目，附调整时间和原因（名单调整表；调出的名称划去）":
        "key projects put on the year's list or taken off it since it was made (the plan issued) only, each with the "
        "day and the reason (a table of the list's adjustments; those taken off struck through)",
    "重点项目表只导出本年度调整过计划开工、完工时间、年度计划投资、总投资、责任单位、配合单位或牵头领导的项目，附原计划（计划调整表；表题注明）；"
    "举措表只导出本年度调整过完成时限、目标内容或责任单位的目标，附调整前的（调整表）":
        "key projects whose planned start, completion, year's or total investment, unit responsible, partner units or "
        "leader was revised this plan year only, "
        "each with its original plan beside it (a table of revisions, as its title says); measures: the targets whose "
        "deadline, wording or units were revised this plan year only, each with what they were before",
    "附该季度的填报列，如 2024Q2：重点项目表为计划投资、完成投资、形象进度，发给业主单位填写后导入；"
    "举措表为截至该季度的各季度完成情况，发给责任单位填写后导入":
        "with the columns to fill in for that quarter (e.g. 2024Q2): planned and actual investment and progress "
        "for key projects, to send to the owners and import back; each quarter's progress for the measures, to "
        "send to the units responsible",
    "与 project_progress 同用：按该季度存档上报时的预警和完成投资导出":
        "with project_progress: the lights and investment as the quarter's report was kept",
    "与 --report 同用：只含尚未填报该季度的（重点项目：该季度投资；举措表：该季度进展，到期的还有完成值），用于催报":
        "with --report: only the rows still to report that quarter (key projects: its investment; measures: its "
        "progress, and the figure where due), to chase them",
    "只导出该单位的（重点项目：业主单位或责任单位；举措表：责任单位或配合单位），单位名写入表题":
        "only that unit's rows (key projects: owner or unit responsible; measures: unit responsible or "
        "partner), its name in the title",
    "每个单位一个文件，写入 out 文件夹，文件名如“2024年二季度工作举措填报表（区商务委）.xlsx”":
        "a file for each unit in the folder out, named like “2024年二季度工作举措填报表（区商务委）.xlsx”",
    "区域：东部/中部/西部/全区（可重复；默认：全区）": "a zone: 东部/中部/西部/全区 (more than one may be given; "
                                              "default: the whole district)",
    "起始季度，如 2024Q1（默认：计划年度一季度）": "the first quarter, e.g. 2024Q1 (default: the plan year's first)",
    "截止季度，如 2024Q4（默认：计划年度四季度）": "the last quarter, e.g. 2024Q4 (default: the plan year's fourth)",
    "纸张（默认 A4）": "the paper (default A4)",
    "纵向（默认横向）": "portrait (default landscape)",
    "时段缩放到页宽（默认）": "the period fitted to the page's width (default)",
    "固定比例：每季度宽 MM 毫米，超出页宽时分页拼接":
        "a fixed scale: MM millimetres a quarter, pages to be joined where it is wider than a page",
    "显示责任单位列": "with the unit responsible's column",
    "只印该板块的项目（页眉注明）": "only that area's projects (said in the header)",
    "只印该类别的项目（页眉注明）": "only that class's projects (said in the header)",
    "只印该预警的项目：严重滞后/滞后/正常/未到期/已完成（截至 --to 的季度，页眉注明）":
        "only projects with that light: 严重滞后/滞后/正常/未到期/已完成 (at the --to quarter, said in the header)",
    "只印该单位（业主单位或责任单位）的项目（页眉注明）":
        "only that unit's projects, as owner or responsible (said in the header)",
    "只印名单确定（计划印发）后调入、调出的项目（调出的名称划去；页眉注明）":
        "only the projects put on the list or taken off it since it was made (the plan issued), those taken off "
        "struck through (said in the header)",
    "显示季度投资": "with each quarter's investment",
    "不显示实际工期": "without the actual spans",
    "每页都印图例（默认仅首页）": "the legend on every page (default: the first only)",
    "每个板块内项目的先后：list 清单顺序（默认），start 按计划开工，completion 按计划完工，light 严重滞后、滞后的在前":
        "the order within each area: list, the list's (default); start, by planned start; completion, by planned "
        "completion; light, the late ones first",
    "首页附概况：截止季度的进展情况文字和分区统计（按区域，不分区域的按板块：项目数、投资完成率、开工竣工、预警）":
        "a first page on the progress at the last quarter: the paragraph and the figures by zone, or by area where "
        "the projects are not in zones (projects, investment rate, starts and completions, lights)",
    "页脚的发文单位（默认：计划的发文机关）": "the issuing office in the footer (default: the plan's)",
    "分辨率（PNG 默认 150，PDF 默认 300）": "the resolution (PNG 150, PDF 300 by default)",
    "输出文件 .pdf 或 .png": "the .pdf or .png file to write",
    "建立 milestones_viewer（只读）与 milestones_editor（可编辑）角色并授权":
        "make the roles milestones_viewer (read only) and milestones_editor (may edit) and grant them",
    "建立登录用户并加入角色（密码从标准输入读取）": "make a login in a role (its password read from standard input)",
    "OUT.db 已存在时替换它（默认不替换）": "replace OUT.db if it is there (default: refuse)",
}


def in_english(parser: argparse.ArgumentParser) -> None:
    """The parser's help and its commands' in English, for ``--lang en``; a text not in the table stays as it is
    (tests/cli/test_cli_words.py checks there is none)."""
    parser.description = _EN_HELP.get(parser.description or "", parser.description)
    for action in parser._actions:
        if isinstance(action.help, str):
            action.help = _EN_HELP.get(action.help, action.help)
        if isinstance(action.metavar, str):
            action.metavar = _EN_HELP.get(action.metavar, action.metavar)
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                choice.help = _EN_HELP.get(choice.help, choice.help)
            for sub in dict.fromkeys(action.choices.values()):
                in_english(sub)
