"""Finding the table in a sheet: its header (:mod:`.header_rows`), its kind and year (:mod:`.table_year`),
which column is what, and what the columns mean together (:mod:`.column_rules`); a note for each thing read
otherwise than as written, a clear error where there is no table.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ..domain.target import PERCENTS
from ..domain.money import BARE_MONEY_UNIT, with_yuan
from .cells import MONEY_UNIT, YEAR, money_scale, money_unit_in, norm, split_unit
from .column_rules import (
    attribute_in_category, figures_and_verdict, figures_in, filled_cells, invested_before_in_words,
    invested_within_the_year, lead_and_other_units, levelled_names, marks_alike, measure_and_its_target, noted_binding,
    noted_name_marks, subject_column, task_and_its_targets, two_level_names, unheaded_units,
)
from .funding import funding_heading, funding_said, part_by_source
from .project_size import size_column, size_heading, size_said
from .header_rows import Found, Headings, above_header, find_header, header_rows, headings
from .headings import NAME_AND_CONTENT, REVISED_KEPT, SYNONYMS, match_heading, money_field, share_of_plan
from .milestone_headings import (
    APPROVALS_DONE, APPROVAL_WORDS, MILESTONE_DONE_FIELD, MILESTONE_FIELD, approvals_listed, done_milestone_word,
    milestone_word,
)
from .quarter_headings import (
    BARE_FIGURES, estimated, is_pace_verdict, is_quarter_field, month_inside, part_of_year, period_under, period_word,
    quarter_field, quarter_figure, reported_period, says_problems, this_quarter, title_quarter,
)
from .grid import Sheet, column_letter
from .layout import Column, Layout, LayoutError, columns_said
from .mojibake import garbled_beyond_mending, mend_garbled
from .zones import BUILDING_KINDS, nature_word
from .table_year import (
    guess_kind, guess_year, is_a_plan, period_in_title, quarter_from_names, resolve_years, running_quarter, same_year,
    filed_month, year_from_deadlines, year_from_names, year_of, years_alone,
)

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
    _periods(layout)
    _say_column_runs(layout)
    _said_scaled_at_once(layout)
    _name_marks(sheet, layout)
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
        _indicator_units(layout)
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
        if chosen == "key_projects" and (pair := _money_pair(text)) is not None:
            # "总投资/年度计划投资（亿元）" over "12/3": two figures a cell, each its field (the cell was no number)
            for part, name in enumerate(pair):
                layout.columns[name] = _column(layout, name, c, text, said, money_unit)
                layout.columns[name].part = part
            layout.notes.append(f"第{column_letter(c)}列“{said}”每格两个数（如“12/3”）：斜线前的作为"
                                f"{_FIGURE_WORDS[pair[0]]}，斜线后的作为{_FIGURE_WORDS[pair[1]]}导入")
            continue
        if not heads.group[c] and not is_quarter_field(fld) and (bracket := _QUARTER_IN_BRACKETS.fullmatch(norm(text))):
            # "进度安排（一季度）", "计划投资（二季度）" on one row: the quarter under what its columns share, as on two
            # rows (it was a deadline, or the year's planned investment, and the other quarters "the same column")
            fld = _heading_field(chosen, f"{bracket[1]}／{bracket[2]}", bracket[2], bracket[1]) or fld
        if chosen == "key_projects" and fld is None and lowest[c] and heads.group[c] \
                and (under := _milestone_under(heads.group[c], lowest[c])) is not None:
            # "前期手续" over "立项 | 规划 | 用地 | 环评 | 施工许可"; "施工许可办理时间" over "计划 | 实际"
            layout.columns[under[0] + under[1]] = Column(under[0] + under[1], c, said)
            _say_milestone(layout, layout.columns[under[0] + under[1]], under[1])
            continue
        if chosen == "key_projects" and lowest[c] and _MILESTONE_GROUP.fullmatch(norm(heads.group[c])) \
                and not _WHEN_WORDS.search(norm(lowest[c])):  # (not "节点目标" over "一季度 | 二季度 …")
            # "关键节点" over "主体完工 | 投用 | 开业": each a milestone of the project's, by the name under it
            name = _MILESTONE_TIME.sub("", norm(lowest[c])) or norm(lowest[c])
            prefix = MILESTONE_DONE_FIELD if name.startswith("实际") and name != "实际" else MILESTONE_FIELD
            name = name[2:] if prefix == MILESTONE_DONE_FIELD else name  # "实际主体完工": when it happened
            layout.columns[prefix + name] = Column(prefix + name, c, said)
            _say_milestone(layout, layout.columns[prefix + name], name)
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
                    bare if bare in APPROVAL_WORDS and _PREPARATION_TITLE.search(norm(title or "")) else None)):
                # (in a table of 前期手续, "用地", "规划" alone are approvals too)
                fld = MILESTONE_FIELD + milestone  # "前期手续办结时间": a milestone of the project's
                layout.columns[fld] = Column(fld, c, said)
                _say_milestone(layout, layout.columns[fld], milestone)
            elif chosen == "key_projects" and (reached := done_milestone_word(text)) is not None:
                fld = MILESTONE_DONE_FIELD + reached  # "实际施工许可": when it was obtained
                layout.columns[fld] = Column(fld, c, said)
                _say_milestone(layout, layout.columns[fld], reached)
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
                layout.columns[funded] = _column(layout, funded, c, text, said, money_unit)
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
        _place(sheet, layout, _column(layout, fld, c, text, said, money_unit), lowest)
    if chosen == "key_projects":
        _money_in_the_tables_unit(sheet, layout)
        _deadline_of_the_problems(layout, heads)
        if (by_quarter := layout.columns.get("planned_by_quarter")) is not None:
            layout.notes.append(f"第{column_letter(by_quarter.index)}列“{by_quarter.header}”是各季度的计划投资：逐季记入")
        _said_milestones_at_once(layout)
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
        _share_done(sheet, layout)
    return bare_years


def _share_done(sheet: Sheet, layout: Layout) -> None:
    """"完成进度(%)" in a task review: beside a 完成值 column, or a 完成情况 holding figures ("3.8万人"), it is worked out
    from them; with neither, the share of the target done is the review's figure ("完成60%": 9 of 15 at the deadline;
    it was dropped, the task 到期未填报)."""
    share = layout.columns.get("share_done")
    if share is None:
        return
    where = f"第{column_letter(share.index)}列“{share.header}”"
    status = layout.columns.get("status")
    figures = status is not None and any(type(v) in (int, float) or re.search(r"\d", str(v))
                                         for v in filled_cells(sheet, layout, status.index))
    if "actual" in layout.columns or figures:
        del layout.columns["share_done"]
        layout.notes.append(f"{where}是由表中其他数算出的，未导入（程序按导入的数计算）")
    else:
        layout.notes.append(f"{where}是完成数占目标的比例：作为完成值导入（如“完成60%”）")


def _figures_mostly(sheet: Sheet, layout: Layout, c: int) -> bool:
    """Whether column ``c`` holds figures (or nothing yet), not words."""
    figures, said = figures_in(sheet, layout, c)
    return figures * 2 >= said


_BARE_MONEY = re.compile(BARE_MONEY_UNIT)
_MONEY_IN_BRACKETS = re.compile(rf"[(（]\s*({MONEY_UNIT}|{BARE_MONEY_UNIT})\s*[)）]")
_MONEY_AFTER = re.compile(rf"(?:[/／:：]\s*|\s+|(?<=投资)|(?<=金额))({MONEY_UNIT}|{BARE_MONEY_UNIT})\s*$")


_FIGURE_WORDS = {"total_investment": "总投资", "annual_investment": "年度计划投资", "invested_before": "以前年度累计完成投资"}


def _money_pair(text: str) -> tuple[str, str] | None:
    """The two fields of a heading naming two figures of a project ("总投资/年度计划投资（亿元）"), or None."""
    pieces = re.split(r"[/／]", split_unit(YEAR.sub("", norm(text)))[0])
    if len(pieces) != 2 or not all(pieces):
        return None
    pair = tuple(match_heading("key_projects", p) for p in pieces)
    return pair if pair[0] != pair[1] and all(f in _FIGURE_WORDS for f in pair) else None  # type: ignore[return-value]


def _column(layout: Layout, fld: str, c: int, text: str, said: str, money_unit: str | None) -> Column:
    """Column ``c`` as field ``fld``: its year, and its unit, money in 万元 scaled to 亿元 and said."""
    ym = YEAR.search(text)
    col_year = int(ym.group(1)) if ym else None
    if fld.startswith("mark_q") and col_year:
        fld = f"{fld}_{col_year}"  # one column per quarter of each year the chart spans
    _, unit = split_unit(YEAR.sub("", text))
    money = money_field(fld)
    if money and unit is None:  # "分月计划投资（万元）" over "1月": the unit in the group heading; "总投资/万元",
        # "年度计划投资 万元", "总投资万元": after a slash, a space or the words (read as 亿元, 10,000 times the figure)
        inner = _MONEY_IN_BRACKETS.search(text) or _MONEY_AFTER.search(text)
        unit = inner.group(1) if inner else None
    if money and unit is not None and _BARE_MONEY.fullmatch(unit.strip()):
        unit = with_yuan(unit.strip())  # "年度投资（万）", "总投资（亿）": 元 left out in haste
    whole_table = money and unit is None and money_unit is not None
    if whole_table:
        unit = money_unit
    elif fld.startswith("mark_q") and unit is None:  # "单位：万元" over "一季度 … 四季度": marks, or amounts in it
        unit = money_unit  # (no scale: a chart's marks are no amounts; project_sheet scales what are)
    col = Column(fld, c, said, col_year, unit)
    if money and money_scale(unit) != 1.0:  # 万元, and 元 or 千万元 as some systems and forms have it
        col.scale = money_scale(unit)
        named = money_unit_in(unit)
        where = f"（表上注明“单位：{named}”）" if whole_table else ""
        layout.notes.append(f"第{column_letter(c)}列“{said}”以{named}填报{where}，已换算为亿元")
    return col


_SCALED = re.compile(r"第([A-Z]+)列“[^”]*”以(\S+?)填报((?:（表上注明“单位：[^”]+”）)?)，已换算为亿元")
_UNSTATED = re.compile(r"第([A-Z]+)列“[^”]*”没有写单位：按表中其他金额列的(\S+?)换算为亿元()")


def _said_scaled_at_once(layout: Layout) -> None:
    """Three money columns or more in 万元 said in one line ("第G至M列的金额以万元填报…"), not one a column: in a
    quarterly plan they were seven lines above every other word."""
    said = [(n, m, p is _UNSTATED) for n in layout.notes for p in (_SCALED, _UNSTATED) if (m := p.fullmatch(n))]
    groups: dict[tuple[str, str, bool], list] = {}
    for n, m, unstated in said:
        groups.setdefault((m.group(2), m.group(3), unstated), []).append((n, m.group(1)))
    for (unit, where, unstated), notes in groups.items():
        if len(notes) < 3:
            continue
        letters = [letter for _, letter in notes]
        indices = [_column_number(letter) for letter in letters]
        if indices != list(range(indices[0], indices[0] + len(indices))):
            continue  # columns apart: each is said
        which = f"第{letters[0]}至{letters[-1]}列"
        at = layout.notes.index(notes[0][0])
        gone = {n for n, _ in notes}
        layout.notes = [n for n in layout.notes if n not in gone]
        layout.notes.insert(at, f"{which}没有写单位：按表中其他金额列的{unit}换算为亿元" if unstated else
                            f"{which}的金额以{unit}填报{where}，已换算为亿元")


def _column_number(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def _money_in_the_tables_unit(sheet: Sheet, layout: Layout) -> None:
    """A money column that names no unit, in a table whose money columns that name one all name the same
    ("年度计划投资（万元）" beside "1-9月" over "完成投资"): in that unit, said. It was read as 亿元, 21,000 万元 as
    21,000 亿元 (checked as unlikely, but not read as meant)."""
    money = [c for c in (*layout.columns.values(), *layout.extra_columns) if money_field(c.field)]
    units = {money_unit_in(c.unit) for c in money if c.unit is not None}
    if len(units) != 1:
        return
    (unit,) = units
    if unit is None or money_scale(unit) == 1.0:
        return
    for col in sorted((c for c in money if c.unit is None), key=lambda c: c.index):
        col.unit, col.scale = unit, money_scale(unit)
        if not figures_in(sheet, layout, col.index)[0]:
            continue  # "3月底 | 6月底" of 形象进度节点 in words ("完成招标"): no amount to convert, nothing to say
        layout.notes.append(f"第{column_letter(col.index)}列“{col.header}”没有写单位：按表中其他金额列的{unit}换算为亿元")


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
    elif first is not None and fld in ("completion", "actual_completion") and _a_milestone_beside(layout, first, col):
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
        if first.year == col.year and lowest[first.index] in _TOTAL_WORDS:
            # "总投资" over 合计 | 其中：政府投资 | 社会投资: a part of the total
            layout.notes.append(f"第{column_letter(c)}列“{said}”是第{column_letter(first.index)}列“{first.header}”的其中一项，未导入")
        elif first.year == col.year:  # not "2023年目标" beside "2024年目标": a second column for one field
            layout.notes.append(f"第{column_letter(c)}列“{said}”与第{column_letter(first.index)}列“{first.header}”"
                                f"是同一项，只导入了第{column_letter(first.index)}列")
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


# a group over the approvals of 前期手续, one a column: "前期手续", "前期手续办理情况", "审批手续", "前期工作推进情况"
_PREPARATION = re.compile(r"(?:项目)?(?:前期|审批|报批|行政审批|相关|主要)?手续(?:办理)?(?:情况|计划|进展|进度|时间|节点|安排)?|"
                          r"(?:项目)?前期工作(?:推进)?(?:情况|计划|进展|进度|节点|安排)?")
# a figure worked out from the others: a rate done, a difference ("投资完成率", "比计划增减")
_WORKED_OUT = re.compile(r"(?:第?[一二三四1-4]季度|上半年|前三季度|(?:\d{1,2}-)?\d{1,2}月)?[/／]?"
                         r"(?:年度|本年|全年|累计|季度|当季|投资|计划|完成|年度投资|年度计划)*(?:完成率|完成比例|完成百分比|占(?:年度|全年)?计划"
                         r"(?:比例|比重|的比例)?|差额|差值|超欠额?|超（欠）|比计划增减|增减额?)")
_PREPARATION_TITLE = re.compile(r"前期(?:工作|手续)|审批手续|手续办理")
# under a milestone's heading, when planned and when reached: "施工许可办理时间" over "计划 | 实际"
_PLANNED_OR_DONE = {"计划": False, "预计": False, "计划时间": False, "预计时间": False, "计划完成时间": False,
                    "实际": True, "实际时间": True, "实际完成时间": True, "完成": True, "完成时间": True, "办结时间": True}


def _milestone_under(group: str, lowest: str) -> tuple[str, str] | None:
    """(field prefix, milestone name) of a column under a group of approvals or under a milestone's heading;
    None for any other."""
    g, low = norm(group), norm(lowest)
    if _PREPARATION.fullmatch(g):
        if (done := done_milestone_word(low)) is not None:
            return MILESTONE_DONE_FIELD, done
        name = milestone_word(low) or (low if low in APPROVAL_WORDS else None)
        return (MILESTONE_FIELD, name) if name else None
    if low in _PLANNED_OR_DONE and (name := milestone_word(g)) is not None:
        return (MILESTONE_DONE_FIELD if _PLANNED_OR_DONE[low] else MILESTONE_FIELD), name
    return None


def _a_milestone_beside(layout: Layout, first: Column, col: Column) -> bool:
    """"计划竣工时间" beside "主体完工时间", "投用时间" (or "主体完工时间" beside "投用时间"): the completion, and a
    milestone of the project's, kept as its 节点; False where the two name one thing."""
    fld = col.field
    word, prefix = (done_milestone_word, MILESTONE_DONE_FIELD) if fld == "actual_completion" else \
        (milestone_word, MILESTONE_FIELD)  # "实际竣工时间" beside "实际主体完工时间": when each happened
    theirs, its = word(first.header), word(col.header)
    if its is None and theirs is None or its == theirs:
        return False
    if its is None:  # the milestone came first: this column is the completion
        layout.columns[fld] = col
        col, its = first, theirs
    col.field = prefix + its
    layout.columns[col.field] = col
    _say_milestone(layout, col, its, "（开工、完工之外的时间）")
    return True


def _say_milestone(layout: Layout, col: Column, name: str, beside: str = "") -> None:
    """The preview's word for a column read as a milestone ("主体完工"), or as when it was reached."""
    when = "实际完成的时间" if col.field.startswith(MILESTONE_DONE_FIELD) else ""
    note = f"第{column_letter(col.index)}列“{col.header}”是项目的节点“{name}”{when}，记入节点{beside}"
    layout.notes.append(note)
    if not when and not beside:
        layout.said_milestones.append((note, col.index, name))


def _said_milestones_at_once(layout: Layout) -> None:
    """Three or more milestone columns side by side (a 前期工作 table's 立项 | 用地 | 规划 | 环评 | 施工许可) said in
    one line of the preview, not one a column."""
    runs: list[list[tuple[str, int, str]]] = []
    for said in sorted(layout.said_milestones, key=lambda s: s[1]):
        if runs and said[1] == runs[-1][-1][1] + 1:
            runs[-1].append(said)
        else:
            runs.append([said])
    for run in runs:
        if len(run) < 3:
            continue
        notes = {note for note, _, _ in run}
        at = min(layout.notes.index(note) for note in notes)
        layout.notes[:] = [n for n in layout.notes if n not in notes]
        layout.notes.insert(at, f"第{column_letter(run[0][1])}至{column_letter(run[-1][1])}列是项目的节点"
                                f"“{'、'.join(name for _, _, name in run)}”，各记入节点")


# a list of items, read as tasks: "项目名称 | 主要内容 | 年度目标" (a 民生实事 list imported as 举措) names each task so
_ITEM_NAME = {"项目名称", "项目", "事项名称", "实事名称", "实事项目", "民生实事", "名称"}


# a deadline of work done, not of a building: beside 存在问题 in a list of the projects' problems, when each is solved
_PROBLEM_DEADLINE = {"完成时限", "完成时间", "计划完成时间", "完成期限"}


def _deadline_of_the_problems(layout: Layout, heads: Headings) -> None:
    """"项目名称 | 存在问题 | 解决措施 | 完成时限" (a 问题清单): the deadline is the problem's, not the project's
    completion, which it was read as (a re-import set every project's 计划完工 to the problem's deadline). Kept
    with the problem where a quarter's remark holds it, else left out."""
    col = layout.columns.get("completion")
    if col is None or norm(split_unit(YEAR.sub("", col.header))[0]) not in _PROBLEM_DEADLINE:
        return
    if not any(says_problems(t) for t in heads.texts[:col.index]):
        return
    del layout.columns["completion"]
    issues = [c for f, c in layout.columns.items() if f.endswith("_issues") and c.index < col.index]
    said = f"第{column_letter(col.index)}列“{col.header}”是存在问题的解决时限，不是项目的完工时间"
    if issues:
        col.field = f"q{issues[-1].field[1]}_due"
        layout.columns[col.field] = col
        layout.notes.append(f"{said}：记入存在问题")
    else:
        layout.notes.append(f"{said}，未导入")


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


def _periods(layout: Layout) -> None:
    """Figures to a month ("1-9月完成"): alone, the table's 完成 (said as the months', where not the year's);
    beside a 全年预计, figures the year's 完成 is taken over."""
    # (a title's months said already for its one column)
    periods = [] if layout.title_period else sorted((c for f, c in layout.columns.items() if f.startswith("period_m")),
                                                    key=lambda c: c.index)
    if len(periods) == 1 and "actual" not in layout.columns and periods[0].field == "period_m12":
        # "1-12月完成" alone is the actual; "1-10月" alone stays a figure to its month, said as such
        del layout.columns[periods[0].field]
        layout.columns["actual"] = Column("actual", periods[0].index, periods[0].header, periods[0].year,
                                          periods[0].unit)
    elif len(periods) == 1 and "actual" not in layout.columns:
        col = periods[0]
        layout.notes.append(f"第{column_letter(col.index)}列“{col.header}”是{period_word(col.header)}的累计数，"
                            "作为完成值导入（注明期间，不是全年的）")
    elif periods and "actual" not in layout.columns:
        layout.notes.append(f"第{column_letter(periods[0].index)}至{column_letter(periods[-1].index)}列是各期累计数："
                            "完成值取最近一期")
    elif periods and same_year(layout.columns["actual"], periods):
        # "1-9月完成" beside "全年预计": the year's figure is the one a target is judged by
        actual = layout.columns["actual"]
        for col in periods:
            layout.notes.append(f"第{column_letter(col.index)}列“{col.header}”是{period_word(col.header)}的累计数，"
                                f"完成值取第{column_letter(actual.index)}列“{actual.header}”（该列未填的取本列）")
        growth = layout.columns.get("growth")
        if growth is not None and growth.index - 1 in {c.index for c in periods} and growth.index - 1 != actual.index:
            del layout.columns["growth"]  # the months' growth, not the estimate's: it was shown as the estimate's
            layout.notes.append(f"第{column_letter(growth.index)}列“{growth.header}”是{period_word(periods[0].header)}"
                                f"的增速，不是第{column_letter(actual.index)}列“{actual.header}”的，未导入")


def _runs(layout: Layout, *prefixes: str) -> list[Column]:
    return sorted((c for f, c in layout.columns.items() if f.startswith(prefixes)), key=lambda c: c.index)


def _say_column_runs(layout: Layout) -> None:
    """A note for each run of columns read together: a month's investment each, a 横道图's quarters, each
    quarter's review or step."""
    months = _runs(layout, "month_")
    if months:
        layout.notes.append(f"第{column_letter(months[0].index)}至{column_letter(months[-1].index)}列是各月投资："
                            "按季度合计，记入季度投资")
    marks = _runs(layout, "mark_q")
    if marks:
        layout.notes.append(f"第{column_letter(marks[0].index)}至{column_letter(marks[-1].index)}列是横道图：开工、完工"
                            "未另填时，取第一个和最后一个有标记的季度")
    reviews = _runs(layout, "done_q")
    if reviews:  # each quarter's review goes beside its step; the target's 完成值, where no column gives it,
        # is the latest quarter reported
        layout.notes.append(f"{columns_said(reviews)}是各季度的进展：逐季记入"
                            + ("" if "actual" in layout.columns else "，完成值取最近一个填了的季度"))
    nodes = _runs(layout, "node_q", "node_m")
    if nodes:
        monthly = any(c.field.startswith("node_m") for c in nodes)
        layout.notes.append(f"{columns_said(nodes)}是"
                            f"{'各月' if monthly else '各季度'}的进度安排：逐季记入"
                            + ("" if "quarter" in layout.columns else
                               f"；完成时限取最后一个有安排的{'月份所在季度' if monthly else '季度'}"))


def _name_marks(sheet: Sheet, layout: Layout) -> None:
    """What a name carries beyond the name: a mark the notes explain (★ 约束性, ★ 市级重点), or the content
    after it ("项目名称及主要建设内容")."""
    if layout.kind.startswith("indicator"):
        layout.binding_marks = noted_binding(sheet, layout.header_rows[0])
        for mark, binding in marks_alike(layout.binding_marks):
            layout.notes.append(f"按表注，名称带“{mark}”的为{'约束性' if binding else '预期性'}指标，"
                                f"其余为{'预期性' if binding else '约束性'}指标")
    if layout.kind == "key_projects" and "name" in layout.columns:
        layout.name_with_content = bool(NAME_AND_CONTENT.match(norm(split_unit(layout.columns["name"].header)[0])))
    if layout.kind == "key_projects":
        layout.name_marks = noted_name_marks(sheet, layout.header_rows[0])
        for mark, said in marks_alike(layout.name_marks):
            layout.notes.append(f"按表注，名称带“{mark}”的为{said}项目")


def _indicator_units(layout: Layout) -> None:
    """"单位：亿元、%" above a table with no 单位 column: a rate's unit and an amount's; three units, or two
    amounts, are whose the table does not say."""
    if "unit" in layout.columns:
        layout.table_units = []  # each row's own unit
    elif len(layout.table_units) == 2 and len(set(layout.table_units) & set(PERCENTS)) == 1:
        said = "、".join(layout.table_units)
        layout.table_units.sort(key=lambda u: u not in PERCENTS)  # the rate's first, then the amount's
        rate, amount = layout.table_units
        layout.notes.append(f"表上注明“单位：{said}”：名称为增速、比率的指标取{rate}，其余取{amount}")
    elif len(layout.table_units) > 1:
        layout.table_units = []
