"""Finding the table in a sheet: its header (:mod:`.header_rows`), its kind and year (:mod:`.table_year`),
which column is what (money in its unit: :mod:`.money_columns`; a project's milestones: :mod:`.milestone_columns`),
and what the columns mean together (:mod:`.column_rules`, :mod:`.column_passes`); a note for each thing read
otherwise than as written, a clear error where there is no table.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from .cells import YEAR, money_unit_in, norm, split_unit
from .column_passes import (
    deadline_of_the_problems, indicator_units, month_figures, name_marks, say_column_runs, share_done,
)
from .column_rules import (
    attribute_in_category, figures_and_verdict, figures_in, filled_cells, invested_before_in_words,
    invested_within_the_year, lead_and_other_units, levelled_names, measure_and_its_target, subject_column,
    task_and_its_targets, two_level_names, unheaded_units,
)
from .funding import funding_heading, funding_said, part_by_source
from .grid import Sheet, column_letter
from .header_rows import Found, Headings, above_header, find_header, header_rows, headings
from .headings import REVISED_KEPT, SYNONYMS, match_heading, money_field, share_of_plan
from .layout import Column, Layout, LayoutError
from .milestone_columns import (
    PREPARATION_TITLE, a_milestone_beside, milestone_under, said_milestones_at_once, say_milestone,
)
from .milestone_headings import (
    APPROVAL_WORDS, APPROVALS_DONE, MILESTONE_DONE_FIELD, MILESTONE_FIELD, approvals_listed, done_milestone_word,
    milestone_word,
)
from .mojibake import garbled_beyond_mending, mend_garbled
from .money_columns import FIGURE_WORDS, field_column, money_in_the_tables_unit, money_pair, said_scaled_at_once
from .project_size import size_column, size_heading, size_said
from .quarter_headings import (
    BARE_FIGURES, estimated, is_pace_verdict, is_quarter_field, month_inside, part_of_year, period_under,
    quarter_field, quarter_figure, reported_period, this_quarter, title_quarter,
)
from .table_year import (
    filed_month, guess_kind, guess_year, is_a_plan, period_in_title, quarter_from_names, resolve_years,
    running_quarter, year_from_deadlines, year_from_names, year_of, years_alone,
)
from .zones import BUILDING_KINDS, nature_word

__all__ = ["detect_layout"]


def detect_layout(sheet: Sheet, kind: str | None = None, year: int | None = None,
                  file_name: str | None = None) -> Layout:
    """Find title, header and columns of the table in ``sheet``. With no year in the
    title or the header, the sheet's name ("2024年") or else ``file_name``
    ("2024年重点项目库导出.xlsx") gives it, and a note says so."""
    if sheet.height == 0 or sheet.width == 0:
        raise LayoutError("工作表是空的")
    found = find_header(sheet)
    if found.score < 2:
        return _mended_or_refused(sheet, found, kind, year, file_name)
    rows, units_row = header_rows(sheet, found.merges, found.row)
    heads = headings(sheet, found.merges, rows, units_row)
    above = above_header(sheet, rows[0])
    chosen = kind or guess_kind(heads.texts, above.title, [t for t in heads.lowest if t])
    layout = Layout(chosen, None, above.title, above.annex, rows, rows[-1] + 1)
    if chosen.startswith("indicator"):
        layout.table_units = above.table_units
    bare_years = _read_columns(sheet, layout, heads, above.money_unit, file_name)
    if chosen == "indicator_results":
        period_in_title(layout)
    month_figures(layout)
    say_column_runs(layout)
    said_scaled_at_once(layout)
    name_marks(sheet, layout)
    layout.year = year or guess_year(layout, above.title, chosen)
    if layout.year is None and bare_years:
        layout.year = max(y for _, _, y in bare_years)
    if layout.year is None:
        year_from_names(layout, sheet.name, file_name)
    if layout.year is None and chosen == "measures":
        year_from_deadlines(sheet, layout)
    if layout.year is None:
        layout.year = layout.report_year  # filled in July 2024 (said with the period)
    years_alone(layout, bare_years)
    resolve_years(layout)
    if chosen == "key_projects":
        invested_within_the_year(layout)
        invested_before_in_words(sheet, layout)
        if kind is None and "实事" in norm(above.title or ""):
            # offices track a 民生实事 list either way: as projects (the guess) or as tasks judged by their figures
            layout.notes.append("表题是民生实事，按重点项目导入；如要按任务和目标跟踪（按目标中的数值评价），"
                                "请把表格类型选为举措表")
    if chosen == "measures":
        levelled_names(layout)
        measure_and_its_target(layout)
        subject_column(layout)
        task_and_its_targets(layout)
        lead_and_other_units(layout)
    if chosen.startswith("indicator"):
        figures_and_verdict(layout)
        attribute_in_category(sheet, layout)
        levelled_names(layout)
        two_level_names(sheet, layout)
        unheaded_units(sheet, layout, heads.texts)
        indicator_units(layout)
    return layout


def _mended_or_refused(sheet: Sheet, found: Found, kind: str | None, year: int | None, file_name: str | None) -> Layout:
    """No header in the rows looked at: a UTF-8 CSV opened as GBK or Western text and saved is read as it was
    written, and said; else the error says what was looked for."""
    garbled = mend_garbled(sheet.rows, range(found.top, found.scan))
    if garbled:
        layout = detect_layout(sheet, kind, year, file_name)
        layout.notes.insert(0, f"表中文字是乱码，已还原：如“{garbled[0]}”还原为“{garbled[1]}”（这个表格是把 UTF-8 编码"
                               "的 CSV 按其他编码打开后保存的）；请核对，或直接导入原来的 CSV 文件")
        return layout
    lost = garbled_beyond_mending(sheet.rows, range(found.top, found.scan))
    if lost:
        raise LayoutError(f"找不到表头：表中文字是乱码（如“{lost}”），这个表格是把 UTF-8 编码的 CSV 按 GBK 打开后保存的，"
                          "部分文字已无法还原；请直接导入原来的 CSV 文件，或在 WPS/Excel 中按 UTF-8 编码重新打开它再保存")
    raise LayoutError("找不到表头（前 25 行中没有可识别的列名，如“序号、指标名称、目标、完成情况”或“项目名称、总投资、开工时间”）")


# a group heading over the quarters that says they hold what was done, not what is planned
_REVIEW_GROUP = re.compile(r"完成情况|完成进度|进展|推进情况|落实情况|实施情况|完成值|实际完成")
# a figure's heading under the group naming whose figure it is: 目标 | 完成 over 绝对值 | 增长
_AMOUNT_WORDS = {"绝对值", "绝对量", "绝对额", "总量", "数值", "总额", "规模", "数量"}
_SUPERVISOR = re.compile(r"(行业)?主管(部门|单位)")
# the street or town a project is in: "所属镇街", "所在街道", "乡镇（街道）", "属地"; not an address (建设地点); and in a
# city's list the district ("所在区县": it was dropped, and every district's projects came in alike)
_LOCALITY = re.compile(r"(所属|所在|项目所在|项目所属|属地)?(镇街|街镇|街道|乡镇|镇|乡镇街道|街道乡镇|"
                       r"(乡镇|镇)\(街道\)|街道\((乡镇|镇)\)|(乡镇|镇)/街道|街道/(乡镇|镇)|区县|县区|区\(县\)|区县\(自治县\)|"
                       r"区县\(市\)|县\(市、区\)|县市区)|属地")
_COUNT_HEADS = {"项目数量", "项目个数", "项目数", "个数", "项目总数", "数量(个)", "项目数(个)"}


_OF_THE_QUARTER = re.compile(r"本季|当季|单季")
# a title of what was done, with no word of what is to be: its quarters' columns are reviews, not steps
_REVIEW_TITLE = re.compile(r"进展|推进情况|完成情况|落实情况|实施情况")
_PLAN_WORDS = re.compile(r"计划|安排|分解|目标")


def _heading_field(kind: str, text: str, lowest: str, group: str) -> str | None:
    """The field a heading names; under a group heading, the lower heading says what the column is when it
    names a field outright, the group heading only what the columns share ("投资情况", "建设周期")."""
    fld = match_heading(kind, text)
    if kind == "key_projects" and lowest and group and (under := period_under(group, lowest)) is not None:
        return under  # "1-9月完成投资" over "三季度 | 累计": the quarter's own figure and the total to its end
    if lowest and not is_quarter_field(fld):
        own = match_heading(kind, lowest)
        said_below = norm(split_unit(YEAR.sub("", lowest))[0])  # "增长（%）" names 增长
        if kind.startswith("indicator") and match_heading(kind, group) == "target" and (
                own == "growth" or said_below in _AMOUNT_WORDS):
            # "2024年预期目标" over "绝对值 | 增长（%）": the target's amount and the target's growth,
            # not a figure reached (the amount was read as 2024's actual, the growth as reached)
            fld = "target_growth" if own == "growth" else "target"
        elif own in ("start", "completion") and "实际" in group:
            fld = f"actual_{own}"  # "实际" over "开工 | 竣工" beside "计划" over the same: what happened
        elif own == "total_investment" and "总" not in said_below and money_field(fld or ""):
            pass  # "2024年计划" over "投资": the year's planned investment, not the project's total
        elif kind == "measures" and (fld or "").startswith(("node_q", "done_q")) and \
                own in ("target", "actual", "quarter", "status"):
            pass  # "一季度" over "目标 | 完成": the quarter's step and what it reached, not the year's target
        elif kind == "key_projects" and own in ("annual_investment", "total_investment") and \
                part_of_year(group) and not re.search(r"年度|全年|总", said_below):
            pass  # "1-9月" over "计划投资": a part of the year's plan, which no field keeps (it replaced the year's)
        elif kind == "key_projects" and fld == "year_plan" and own == "content":
            pass  # "2024年" over "计划投资 | 主要建设内容": what the year is to build, not the project's content (it
            # replaced 建设内容及规模 beside it, and "三季度开工" in it dated nothing)
        elif kind == "key_projects" and own in ("start", "completion", "actual_start", "actual_completion") and \
                re.search(r"累计|以来", lowest):
            pass  # "完成投资" over "开工以来累计": an amount since the start, not the start (it was read as the date)
        elif own is not None and (fld is None or said_below in SYNONYMS[kind].get(own, ())
                                  or own.startswith(("node_", "done_"))
                                  or kind == "measures" and own in ("status", "issues", "next", "asks")):
            # and "推进情况" over "1-9月进展 | 是否达到序时进度 | 存在问题": the pace and the remarks, not two progresses
            fld = own  # and "目标任务" over "一季度 | 二季度 …": each quarter's step of the task, not its target
        if kind == "measures" and (own or "").startswith("node_q") and _REVIEW_GROUP.search(norm(group)):
            fld = f"done_q{own[-1]}"  # "完成情况" over "一季度 | 二季度 …": each quarter's review, not its step
    if fld is None and kind == "key_projects" and lowest and "投资" in group and "投资" not in lowest:
        fld = match_heading(kind, f"{lowest}投资")  # "投资情况" over "2024年计划": the year's planned investment
    return fld


def _read_columns(sheet: Sheet, layout: Layout, heads: Headings, money_unit: str | None,
                  file_name: str | None) -> list[tuple[int, str, int]]:
    """Each heading matched to its field, with a note for a column left out; the quarter a key-project
    report is of found on the way. Returns the headings that are a year alone, as (column, heading, year),
    for the table's year to place."""
    chosen, title = layout.kind, layout.title
    headers, lowest, shown = heads.texts, heads.lowest, heads.shown
    reported = title_quarter(title) if chosen == "key_projects" else None
    if chosen == "key_projects" and reported is None and not is_a_plan(title):
        # a report's sheet or file names it; not a plan's ("…上半年调整计划": no report of a quarter)
        reported = quarter_from_names(layout, sheet.name, file_name)
    filed = filed_month(sheet, layout, headers, shown, title) if chosen == "key_projects" and reported is None \
        and not is_a_plan(title) else None
    if filed is not None:  # a project system's export: "填报日期 2024-07-05", June's report
        layout.report_year, reported = filed[0], (filed[1] + 2) // 3
    running = running_quarter(headers) if chosen == "key_projects" and reported is None else None
    if running is not None:
        reported = running[0]
    this_quarters: list[int] = []  # the columns a report's quarter gave their meaning
    layout.reported = reported
    # the month a report is of: a monthly report's ("2024年10月…"), else its quarter's last
    report_month = (filed[1] if filed else month_inside(title) or reported * 3) if reported is not None else None
    supervisor: Column | None = None  # "行业主管部门"
    locality: Column | None = None  # "所属镇街": where a district with no 板块 groups its projects
    named_item: Column | None = None  # "项目名称" in a list read as tasks (民生实事): each row's task
    bare_years: list[tuple[int, str, int]] = []  # (column, heading, year) of a heading that is a year alone
    for c, (text, said) in enumerate(zip(headers, shown)):
        if not text:
            continue
        bare = norm(split_unit(YEAR.sub("", text))[0])  # without its year and unit
        if layout.count_column is None and bare in _COUNT_HEADS:
            layout.count_column = Column("count", c, said)
        fld = _heading_field(chosen, text, lowest[c], heads.group[c])
        if chosen == "key_projects" and (pair := money_pair(text)) is not None:
            # "总投资/年度计划投资（亿元）" over "12/3": two figures a cell, each its field (the cell was no number)
            for part, name in enumerate(pair):
                layout.columns[name] = field_column(layout, name, c, text, said, money_unit)
                layout.columns[name].part = part
            layout.notes.append(f"第{column_letter(c)}列“{said}”每格两个数（如“12/3”）：斜线前的作为"
                                f"{FIGURE_WORDS[pair[0]]}，斜线后的作为{FIGURE_WORDS[pair[1]]}导入")
            continue
        if not heads.group[c] and not is_quarter_field(fld) and (bracket := _QUARTER_IN_BRACKETS.fullmatch(norm(text))):
            # "进度安排（一季度）", "计划投资（二季度）" on one row: the quarter under what its columns share, as on two
            # rows (it was a deadline, or the year's planned investment, and the other quarters "the same column")
            fld = _heading_field(chosen, f"{bracket[1]}／{bracket[2]}", bracket[2], bracket[1]) or fld
        if chosen == "key_projects" and fld is None and lowest[c] and heads.group[c] \
                and (under := milestone_under(heads.group[c], lowest[c])) is not None:
            # "前期手续" over "立项 | 规划 | 用地 | 环评 | 施工许可"; "施工许可办理时间" over "计划 | 实际"
            layout.columns[under[0] + under[1]] = Column(under[0] + under[1], c, said)
            say_milestone(layout, layout.columns[under[0] + under[1]], under[1])
            continue
        if chosen == "key_projects" and lowest[c] and _MILESTONE_GROUP.fullmatch(norm(heads.group[c])) \
                and not _WHEN_WORDS.search(norm(lowest[c])):  # (not "节点目标" over "一季度 | 二季度 …")
            # "关键节点" over "主体完工 | 投用 | 开业": each a milestone of the project's, by the name under it
            name = _MILESTONE_TIME.sub("", norm(lowest[c])) or norm(lowest[c])
            prefix = MILESTONE_DONE_FIELD if name.startswith("实际") and name != "实际" else MILESTONE_FIELD
            name = name[2:] if prefix == MILESTONE_DONE_FIELD else name  # "实际主体完工": when it happened
            layout.columns[prefix + name] = Column(prefix + name, c, said)
            say_milestone(layout, layout.columns[prefix + name], name)
            continue
        if reported is not None and chosen == "key_projects" and lowest[c] and heads.group[c] and \
                (of_report := reported_period(heads.group[c], lowest[c], reported)) is not None:
            fld = of_report  # "2024年计划投资" over "当季" in the third quarter's report: the third quarter's plan
            this_quarters.append(c)
        if fld in ("started_asked", "completed_asked") and reported is None:
            fld = None  # "是否开工" in a list with no quarter reported: by when is not said
        if chosen == "measures" and (fld or "").startswith("node_q") and not heads.group[c] and _REVIEW_TITLE.search(
                norm(title or "")) and not _PLAN_WORDS.search(norm(title or "")) and not _PLAN_WORDS.search(bare):
            # "一季度 | 二季度 | 三季度" under "…三季度进展情况": what each quarter reached ("一季度目标" beside
            # "一季度完成情况" says it is the step: it was read as the review, and the review dropped as a repeat)
            fld = f"done_q{fld[-1]}"
        if chosen == "key_projects" and fld is not None and money_field(fld) and not is_quarter_field(fld) and \
                _OF_THE_QUARTER.search(bare):
            fld = None  # "本季度计划投资" is no figure of the year (it was read as 年度计划投资): the report's quarter's
        if reported is not None and fld in (None, "notes"):
            of_quarter = this_quarter(text, reported, report_month)
            if of_quarter:
                this_quarters.append(c)
            fld = of_quarter or fld
        if fld is not None or _WORKED_OUT.fullmatch(bare) or share_of_plan(text):
            pass  # (a rate under a quarter, "一季度 / 完成率", is none of the quarter's figures below)
        elif chosen == "key_projects" and bare == "形象进度" and YEAR.search(text):
            fld = "year_plan"  # "2024年形象进度" in a plan (no quarter reported): what the year is to reach
        elif chosen == "key_projects" and lowest[c] in BARE_FIGURES and "投资" in norm(title):
            # "一季度" over "计划 | 完成" in a table titled "…季度投资计划及完成情况表": the quarter's investment
            fld = quarter_field(f"{bare}投资")
        elif chosen == "key_projects" and (figure := quarter_figure(bare, title)):
            fld = figure  # "一季度完成" under "…投资完成情况": the quarter's investment
        elif chosen == "key_projects" and lowest[c] in BARE_FIGURES and heads.group[c] \
                and (figure := quarter_field(f"{bare}投资")) is not None and any("投资" in h for h in headers if h):
            # "一季度" over "计划 | 完成" beside 总投资 and 年度计划投资, in a "…推进情况表" whose title names no
            # 投资: the quarter's investment where its cells are figures, else its progress planned and done, in
            # words ("完成桩基施工"); both were left out as no field
            fld = figure if _figures_mostly(sheet, layout, c) else \
                f"{figure.split('_')[0]}_{'progress' if figure.endswith('_actual') else 'goal'}"
        elif chosen == "key_projects" and "完成" in bare and any("投资" in h for h in headers if h) \
                and (figure := quarter_field(f"{bare}投资")) is not None and figure.endswith(("_actual", "_to_date")):
            # "1-6月完成", "二季度完成" as a system exports them, beside 总投资 and 年度计划: figures of investment done
            # (left out as no field; "1-6月完成投资" was read); holding words ("完成主体施工"), what was done by the
            # quarter's end, its progress
            fld = figure if _figures_mostly(sheet, layout, c) else f"{figure.split('_')[0]}_progress"
        elif chosen == "key_projects" and lowest[c] in BARE_FIGURES and \
                money_unit_in(split_unit(heads.group[c])[1]) is not None:
            # "2024年1-9月（万元）" over "计划 | 完成": the group's amounts, the total to September done
            fld = quarter_field(norm(split_unit(YEAR.sub("", heads.group[c]))[0]) + lowest[c] + "投资")
        if fld is None and chosen.startswith("indicator") and bare in ("", "度") and (col_year := year_of(text)):
            bare_years.append((c, said, col_year))  # "2023年" alone: that year's figure
            continue
        if fld is None:
            if chosen in ("key_projects", "measures") and _SUPERVISOR.fullmatch(bare) and supervisor is None:
                supervisor = Column("responsible_unit", c, said)  # the unit answering for it, if none is named
            elif chosen == "measures" and bare in _ITEM_NAME and named_item is None:
                named_item = Column("measure", c, said)
            elif chosen == "key_projects" and _LOCALITY.fullmatch(norm(text)) and locality is None:
                locality = Column("area", c, said)  # the street or town, the grouping if the table has no 板块
            elif chosen == "key_projects" and (milestone := milestone_word(text) or (
                    bare if bare in APPROVAL_WORDS and PREPARATION_TITLE.search(norm(title or "")) else None)):
                # (in a table of 前期手续, "用地", "规划" alone are approvals too)
                fld = MILESTONE_FIELD + milestone  # "前期手续办结时间": a milestone of the project's
                layout.columns[fld] = Column(fld, c, said)
                say_milestone(layout, layout.columns[fld], milestone)
            elif chosen == "key_projects" and (reached := done_milestone_word(text)) is not None:
                fld = MILESTONE_DONE_FIELD + reached  # "实际施工许可": when it was obtained
                layout.columns[fld] = Column(fld, c, said)
                say_milestone(layout, layout.columns[fld], reached)
            elif chosen == "key_projects" and (listed := approvals_listed(text)) and listed not in layout.columns:
                layout.columns[listed] = Column(listed, c, said)  # "已办理手续": "立项、用地预审"
                layout.notes.append(f"第{column_letter(c)}列“{said}”列出{'已办结' if listed == APPROVALS_DONE else '待办理'}"
                                    "的前期手续：各记为项目的节点")
            elif chosen == "measures" and share_of_plan(text) and "share_done" not in layout.columns:
                # "完成进度(%)" of a task review: worked out from its 完成值, or its only figure (see below)
                numbers = [v for v in filled_cells(sheet, layout, c) if type(v) in (int, float)]
                fractions = bool(numbers) and max(numbers) <= 1  # Excel's percent cells: 0.6 for 60%
                layout.columns["share_done"] = Column("share_done", c, said, scale=100.0 if fractions else 1.0)
            elif chosen == "key_projects" and estimated(text):  # "预计全年完成投资": no investment done yet
                layout.notes.append(f"第{column_letter(c)}列“{said}”是预计数，未导入（只导入填报时已完成的投资）")
            elif _WORKED_OUT.fullmatch(bare) or share_of_plan(text):  # "完成率": the figures beside it give it
                layout.notes.append(f"第{column_letter(c)}列“{said}”是由表中其他数算出的，未导入（程序按导入的数计算）")
            elif filed is not None and c == filed[2]:
                pass  # "填报日期": the period the report is of, said already
            elif chosen == "key_projects" and (funded := funding_heading(text, heads.group[c], lowest[c], layout)):
                # "资金来源", "其中：中央预算内投资", "专项债（亿元）": kept in the project's 备注 (said below, at once)
                layout.columns[funded] = field_column(layout, funded, c, text, said, money_unit)
            elif chosen == "key_projects" and (sized := size_heading(text)):
                # "用地面积（亩）", "总建筑面积（万平方米）": kept in the project's 备注 (said below, at once)
                layout.columns[sized] = size_column(sized, c, text, said)
            elif not re.fullmatch(r"[-\d.]*", norm(text)):  # a column number row is no heading
                layout.notes.append(f"第{column_letter(c)}列“{said}”没有对应的字段，未导入")
            continue
        if fld.endswith("_to_date") and (month := month_inside(text) or (
                (month_inside(title) or (filed[1] if filed and filed[1] % 3 else None)) if int(fld[1]) == reported
                else None)) is not None:
            layout.month_ends[int(fld[1])] = month
            layout.notes.append(f"第{column_letter(c)}列“{said}”是截至{month}月底的累计：记入{'一二三四'[int(fld[1]) - 1]}季度"
                                "（季度未完，以后的填报会更新它）")
        _place(sheet, layout, field_column(layout, fld, c, text, said, money_unit), lowest)
    if chosen == "key_projects":
        money_in_the_tables_unit(sheet, layout)
        deadline_of_the_problems(layout, heads)
        if (by_quarter := layout.columns.get("planned_by_quarter")) is not None:
            layout.notes.append(f"第{column_letter(by_quarter.index)}列“{by_quarter.header}”是各季度的计划投资：逐季记入")
        said_milestones_at_once(layout)
        if (funds := funding_said(layout)) is not None:
            layout.notes.append(funds)
        if (sizes := size_said(layout)) is not None:
            layout.notes.append(sizes)
    if running is not None:
        by = running[1]
        for c in this_quarters:  # said, since no title says which quarter this is
            layout.notes.append(f"第{column_letter(c)}列“{shown[c]}”记入{'一二三四'[reported - 1]}季度"
                                f"（表题没有写季度，按第{column_letter(by)}列“{shown[by]}”）")
    if reported is None and is_a_plan(title) and not any(f.endswith(("_actual", "_to_date")) for f in layout.columns):
        # "一季度形象进度" in a 推进计划 with no figure of what was done: what the quarter is to reach
        for fld in [f for f in layout.columns if f.endswith("_progress")]:
            goal = fld.replace("_progress", "_goal")
            if goal not in layout.columns:
                col = layout.columns.pop(fld)
                col.field = goal
                layout.columns[goal] = col
    _stand_in(layout, supervisor, "responsible_unit", "责任单位")
    _stand_in(layout, locality, "area", "板块")
    if named_item is not None and "target" not in layout.columns and "measure" in layout.columns:
        _item_and_its_matters(layout, named_item)
    elif named_item is not None and "target" not in layout.columns:  # a list of projects read as tasks: no targets
        layout.notes.append(f"第{column_letter(named_item.index)}列“{named_item.header}”没有对应的字段，未导入")
    elif named_item is not None and "measure" in layout.columns:
        # "项目名称 | 工作任务 | 目标要求": each task named with its project (the name was dropped, and one task of two
        # projects, "完成改造", was one task holding both projects' targets)
        layout.columns["item"] = Column("item", named_item.index, named_item.header)
        task = layout.columns["measure"]
        layout.notes.append(f"第{column_letter(named_item.index)}列“{named_item.header}”与第{column_letter(task.index)}列"
                            f"“{task.header}”合起来作为任务名称（如“项目：任务”）")
    else:  # "项目名称 | 主要内容 | 年度目标" (a 民生实事 list): each item is a task with its target
        _stand_in(layout, named_item, "measure", "任务")
    if chosen == "measures":
        figures_and_verdict(layout)
        share_done(sheet, layout)
    return bare_years


def _figures_mostly(sheet: Sheet, layout: Layout, c: int) -> bool:
    """Whether column ``c`` holds figures (or nothing yet), not words."""
    figures, said = figures_in(sheet, layout, c)
    return figures * 2 >= said


def _place(sheet: Sheet, layout: Layout, col: Column, lowest: list[str]) -> None:
    """``col`` as its field's column, or beside the one already read for it (an old copy hidden beside the one
    the planner sees, a part of a total, a second column for one field), said."""
    c, fld, said = col.index, col.field, col.header
    first = layout.columns.get(fld)
    if first is not None and first.year == col.year and first.index in sheet.hidden_columns \
            and c not in sheet.hidden_columns:
        # an old copy of the column, hidden beside the one the planner sees: the shown one is read
        layout.extra_columns.append(first)
        layout.columns[fld] = col
        layout.notes.append(f"第{column_letter(first.index)}列“{first.header}”是隐藏列，导入的是第{column_letter(c)}列“{said}”")
    elif first is not None and first.year == col.year and c in sheet.hidden_columns:
        layout.extra_columns.append(col)
        layout.notes.append(f"第{column_letter(c)}列“{said}”是隐藏列，导入的是第{column_letter(first.index)}列“{first.header}”")
    elif first is not None and fld == "status" and first.year == col.year and is_pace_verdict(first.header) \
            and not is_pace_verdict(said):
        # "序时进度" ("48.6%", "滞后") before "完成情况" ("基本达到序时进度"): the latter is the verdict the table gives
        layout.extra_columns.append(first)
        layout.columns[fld] = col
        layout.notes.append(f"第{column_letter(first.index)}列“{first.header}”与第{column_letter(c)}列“{said}”"
                            f"是同一项，只导入了第{column_letter(c)}列")
    elif first is not None and fld in ("completion", "actual_completion") and a_milestone_beside(layout, first, col):
        pass
    elif first is not None and fld == "name" and layout.kind == "key_projects" and c == first.index + 1 \
            and norm(said) == norm(first.header) and "name_part" not in layout.columns:
        # "项目名称" merged over two columns, "十八梯 | 三期": both cells are the name (the second was dropped as a
        # repeat, and 一期 and 二期 of one work were one project twice)
        layout.columns["name_part"] = Column("name_part", c, said)
        layout.notes.append(f"第{column_letter(first.index)}、{column_letter(c)}列都在“{said}”下：两列合起来作为项目名称"
                            f"，第二格较长的作为建设内容")
    elif first is not None and fld == "nature" and first.year == col.year and "building_kind" not in layout.columns \
            and (kinds := next((k for k in (first, col) if _holds_building_kinds(sheet, layout, k.index)), None)):
        # "建设性质" of 新建 / 改扩建 beside "项目状态" of 在建 / 储备 (a project database's export): the state is the
        # stage the plan counts (it was dropped as a repeat, and no project had a nature), the kind kept in the notes
        stage = col if kinds is first else first
        layout.columns["nature"] = stage
        layout.columns["building_kind"] = Column("building_kind", kinds.index, kinds.header, kinds.year)
        layout.notes.append(f"第{column_letter(kinds.index)}列“{kinds.header}”填的是新建、改扩建等建设类型，记入备注；"
                            f"建设性质按第{column_letter(stage.index)}列“{stage.header}”导入")
    elif first is not None and fld == "nature" and first.year == col.year \
            and norm(first.header).startswith("是否") != norm(said).startswith("是否"):
        # "是否新开工" (是 / 否) beside "项目状态" (在建, 前期): a 否 says nothing, the state says what the project is
        yes_no, state = (first, col) if norm(first.header).startswith("是否") else (col, first)
        layout.columns["nature"] = yes_no
        layout.columns["nature_state"] = Column("nature_state", state.index, state.header, state.year)
        layout.notes.append(f"第{column_letter(yes_no.index)}列“{yes_no.header}”填“否”的项目，建设性质按"
                            f"第{column_letter(state.index)}列“{state.header}”导入")
    elif first is not None and first.year == col.year \
            and bool(_ADJUSTED.search(norm(said))) != bool(_ADJUSTED.search(norm(first.header))):
        # "原计划竣工时间 | 调整后计划竣工时间" in a list revised mid-year, "年初目标 | 调整后目标" in a 附件1: the plan
        # now is the adjusted one (the original was read and the adjustment dropped as a repeat); a project the
        # database holds keeps the original in its record of changes, as any revision; an indicator in its notes
        before, after = (first, col) if _ADJUSTED.search(norm(said)) else (col, first)
        layout.columns[fld] = after
        layout.extra_columns.append(before)
        kept = "" if layout.kind != "key_projects" else \
            "（调整前的记入变更记录）" if fld in ("responsible_unit", "partner_units", "leader") else \
            "（原计划记入变更记录）" if fld in REVISED_KEPT else "（已有项目的原计划记入变更记录）"
        if fld == "target":  # an indicator keeps the first target in its notes; the plan holds a task's under it
            layout.columns["target_before"] = Column("target_before", before.index, before.header, before.year)
            kept = "（调整前的目标记入备注）" if layout.kind.startswith("indicator") else "（计划中按调整前的目标找到并改写）"
        elif fld == "quarter" and layout.kind == "measures":  # the target's record of changes keeps it
            layout.columns["quarter_before"] = Column("quarter_before", before.index, before.header, before.year)
            kept = "（调整前的完成时限记入变更记录）"
        elif fld in ("responsible_unit", "partner_units", "leader") and layout.kind == "measures":  # (the same)
            layout.columns[f"{fld}_before"] = Column(f"{fld}_before", before.index, before.header, before.year)
            kept = "（调整前的记入变更记录）"
        elif fld in REVISED_KEPT and layout.kind == "key_projects":  # its record of changes, a new project's too
            layout.columns[f"{fld}_before"] = replace(before, field=f"{fld}_before")
        elif fld == "name" and layout.kind == "key_projects":  # "原项目名称 | 调整后项目名称": a project renamed
            layout.columns["name_before"] = replace(before, field="name_before")
            kept = "（计划中按原名称找到的项目改用调整后的名称）"
        layout.notes.append(f"第{column_letter(before.index)}列“{before.header}”是调整前的计划，导入的是第"
                            f"{column_letter(after.index)}列“{after.header}”{kept}")
        filled = _unrevised(sheet, layout, after.index, before.index)
        if filled:  # a row the revision left blank was not revised: its plan stands
            layout.notes.append(f"第{column_letter(after.index)}列“{after.header}”空白的{filled}行没有调整，"
                                f"按第{column_letter(before.index)}列“{before.header}”导入")
    elif first is not None and fld == "target" and layout.kind.startswith("indicator") and first.year == col.year \
            and "target_aspired" not in layout.columns \
            and bool(_ASPIRED.search(norm(said))) != bool(_ASPIRED.search(norm(first.header))):
        # "预期目标 | 力争目标": one target, as the plan writes it ("6%，力争6.5%"); the second was dropped as a repeat
        floor, hoped = (first, col) if _ASPIRED.search(norm(said)) else (col, first)
        layout.columns["target"] = floor
        layout.columns["target_aspired"] = Column("target_aspired", hoped.index, hoped.header, hoped.year)
        layout.notes.append(f"第{column_letter(hoped.index)}列“{hoped.header}”与第{column_letter(floor.index)}列"
                            f"“{floor.header}”记作一个目标（如“6%，力争6.5%”）")
    elif first is not None and fld == "project_class" and "nature" not in layout.columns \
            and (natures := next((k for k in (col, first) if _holds_natures(sheet, layout, k.index)), None)):
        # "所属行业 | 类型" where 类型 says 新开工 / 续建: the natures (one was dropped as a second class column)
        layout.columns["project_class"] = first if natures is col else col
        layout.columns["nature"] = Column("nature", natures.index, natures.header, natures.year)
        layout.notes.append(f"第{column_letter(natures.index)}列“{natures.header}”填的是新开工、续建等，作为建设性质导入")
    elif first is not None and fld == "target" and layout.kind == "measures" and "steps_text" not in layout.columns \
            and (quarterly := next((k for k in (col, first) if _QUARTERS_TARGET.fullmatch(norm(k.header))), None)):
        # "年度目标 | 季度目标" ("一季度0.3万户、二季度0.6万户…"): the steps of the year's target (it was dropped as a
        # second target column)
        layout.columns["target"] = first if quarterly is col else col
        layout.columns["steps_text"] = Column("steps_text", quarterly.index, quarterly.header, quarterly.year)
        layout.notes.append(f"第{column_letter(quarterly.index)}列“{quarterly.header}”是各季度的安排：记入目标的季度安排")
    elif first is not None and fld in ("total_investment", "annual_investment") and first.year == col.year \
            and lowest[first.index] in _TOTAL_WORDS and (funded := part_by_source(fld, lowest[c])) is not None:
        # "总投资" over 合计 | 其中：中央预算内 | 专项债, "2024年计划投资" over 合计 | 中央资金 | 社会投资: the total
        # by where its money comes from, kept in the 备注
        col.field = funded
        layout.columns[funded] = col
    elif first is not None:
        layout.extra_columns.append(col)
        if lowest[first.index] in _TOTAL_WORDS and (first.year == col.year or fld == "total_investment"):
            # "总投资" over 合计 | 其中：政府投资 | 社会投资: a part of the total; so is a year's part of a project's whole
            # ("总投资" over 合计 | 2024年计划 | 2025年及以后: the last was dropped unsaid, its year not the table's)
            layout.notes.append(f"第{column_letter(c)}列“{said}”是第{column_letter(first.index)}列“{first.header}”的其中一项，未导入")
        elif first.year == col.year:  # not "2023年目标" beside "2024年目标": a second column for one field
            layout.notes.append(f"第{column_letter(c)}列“{said}”与第{column_letter(first.index)}列“{first.header}”"
                                f"是同一项，只导入了第{column_letter(first.index)}列")
        elif fld == "total_investment":  # a project's whole has no year: "2025年以后投资" beside 总投资 is not it
            layout.notes.append(f"第{column_letter(c)}列“{said}”没有对应的字段，未导入")
    else:
        layout.columns[fld] = col


_TOTAL_WORDS = ("合计", "小计", "总计", "计")
_QUARTERS_TARGET = re.compile(r"(?:分)?季度(?:工作)?目标(?:任务)?")  # beside the year's target: its steps
_ADJUSTED = re.compile(r"调整后|调整为|调后|变更后|修订后|调整计划|更名后")  # the plan as revised mid-year
_ASPIRED = re.compile(r"力争|争取|奋斗")  # a target hoped for beyond the one set ("力争目标")


def _unrevised(sheet: Sheet, layout: Layout, after: int, before: int) -> int:
    """Fill the blank cells of a revised column with the row's plan before the revision; how many were."""
    filled = 0
    for r in range(layout.data_start, sheet.height):
        row = sheet.rows[r]
        was = row[before] if before < len(row) else None
        if was in (None, "") or (after < len(row) and row[after] not in (None, "")):
            continue
        if after >= len(row):
            row.extend([None] * (after + 1 - len(row)))
        row[after] = was
        filled += 1
    return filled


def _holds_building_kinds(sheet: Sheet, layout: Layout, c: int) -> bool:
    """Most of column ``c``'s filled cells (the first 300 rows) are kinds of building: 新建, 改扩建."""
    return _mostly(sheet, layout, c, lambda v: norm(v) in BUILDING_KINDS)


def _holds_natures(sheet: Sheet, layout: Layout, c: int) -> bool:
    """Most of column ``c``'s filled cells (the first 300 rows) say a project's nature: 新开工, 续建, 前期."""
    return _mostly(sheet, layout, c, lambda v: nature_word(v) is not None)


def _mostly(sheet: Sheet, layout: Layout, c: int, says: Callable[[str], bool]) -> bool:
    """Whether most of column ``c``'s filled cells (the first 300 rows) are words ``says`` holds true of."""
    said = filled_cells(sheet, layout, c)
    return bool(said) and 2 * sum(type(v) is str and says(v) for v in said) > len(said)


_QUARTER_IN_BRACKETS = re.compile(r"(.*[^\s(（])\s*[(（]\s*(第?[一二三四1-4]季度|Q[1-4])\s*[)）]")
_MILESTONE_GROUP = re.compile(r"(?:项目|关键|主要|重要|时间|计划|建设)?节点(?:计划|安排|时间|目标)?")
_MILESTONE_TIME = re.compile(r"^(?:计划|预计)|(?:时间|日期|季度|时限)$")
# (a quarter or month under "节点目标" is its goal; "开工 | 竣工" under "计划节点" the start and completion; a name
# that only contains one, "主体完工", "竣工验收", is a milestone's)
_WHEN_WORDS = re.compile(r"季度|\d+月|[一二三四五六七八九十]+月|半年|年底|年末|年初|^Q[1-4]$|^\d{4}年?$|"
                         r"^(?:计划|预计|实际)?(?:开工|完工|竣工)(?:时间|日期|季度)?$")


# a figure worked out from the others: a rate done, a difference ("投资完成率", "比计划增减")
_WORKED_OUT = re.compile(r"(?:第?[一二三四1-4]季度|上半年|前三季度|(?:\d{1,2}-)?\d{1,2}月)?[/／]?"
                         r"(?:年度|本年|全年|累计|季度|当季|投资|计划|完成|年度投资|年度计划)*(?:完成率|完成比例|完成百分比|占(?:年度|全年)?计划"
                         r"(?:比例|比重|的比例)?|差额|差值|超欠额?|超（欠）|比计划增减|增减额?)")

# a list of items, read as tasks: "项目名称 | 主要内容 | 年度目标" (a 民生实事 list imported as 举措) names each task so
_ITEM_NAME = {"项目名称", "项目", "事项名称", "实事名称", "实事项目", "民生实事", "名称"}


def _item_and_its_matters(layout: Layout, item: Column) -> None:
    """"项目名称 | 督办事项 | 销号时限" (a 督办清单): each project is the task, its matters the targets. The
    matter was read as the task and the project dropped, so one matter of two projects ("加快征地拆迁") was a
    duplicate row and refused, and no target said which project it was about."""
    matter = layout.columns.pop("measure")
    matter.field = "target"
    layout.columns["target"] = matter
    layout.columns["measure"] = Column("measure", item.index, item.header)
    layout.notes.append(f"第{column_letter(item.index)}列“{item.header}”是任务，第{column_letter(matter.index)}列"
                        f"“{matter.header}”是它的目标")


def _stand_in(layout: Layout, col: Column | None, fld: str, word: str) -> None:
    """A column read in place of a field the table has no column of: "行业主管部门" as the 责任单位 (the
    department the project answers to), "所属镇街" as the 板块 (a district without zones and 板块 lists its
    projects by 街道 and 镇: its areas, kept and filtered by)."""
    if col is None:
        return
    if fld in layout.columns:
        layout.notes.append(f"第{column_letter(col.index)}列“{col.header}”没有对应的字段，未导入")
    else:
        layout.columns[fld] = col
        layout.notes.append(f"第{column_letter(col.index)}列“{col.header}”作为{word}导入（表中没有{word}列）")


