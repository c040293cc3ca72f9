"""Finding the table in a sheet: its title, header rows, which column is what.

Real attachment tables are typed by people: an "附件1" row and a title above
the header; a header over one, two or three rows with merged cells ("2023年" over
"目标 | 完成"); stray spaces, full-width characters and line breaks in the
header; category rows between the data; notes below. What each heading means is
:mod:`.headings`'s to say; this module finds them and settles what they share
(a unit, a year, a group heading over several).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from ..domain.quarter import arabic_years
from ..domain.target import PERCENTS
from .cells import MONEY_UNIT, UNITISH, YEAR, money_scale, money_unit_in, nfkc, norm, split_unit
from .csv_header import YEAR_HEADING, header_merges, looks_like_data
from .mojibake import garbled_beyond_mending, mend_garbled
from .headings import (
    BARE_FIGURES, NAME_AND_CONTENT, PERIOD_END, SYNONYMS, is_quarter_field, match_heading, money_field, period_word,
    quarter_field, quarter_figure, this_quarter, title_quarter,
)
from .read import Sheet

__all__ = ["KINDS", "Column", "Layout", "LayoutError", "detect_layout", "not_the_same_field", "CATEGORY_NUMBERING",
           "CONTINUED", "NEEDED", "NAME_MARKS", "NAME_MARK", "category_text", "is_note_row"]


KINDS = ("indicator_results", "indicator_targets", "key_projects", "measures")


# Fields that say most about which kind a table is.
_SIGNATURE = {
    "indicator_results": {"status": 3, "actual": 2, "name": 1},
    "indicator_targets": {"target": 2, "binding": 2, "name": 1},
    "key_projects": {"total_investment": 3, "annual_investment": 3, "start": 2, "completion": 2, "span": 2,
                     "invested_before": 2, "owner": 2, "content": 2, "zone": 1, "area": 1},
    "measures": {"measure": 8, "section": 1},  # a 举措 column is in no other kind of table
}
# who filled the form in, signed it, and when: lines above a table that are no title, and below it
# (with their colon: "审核中心建设" is a project) that end it
_FORM_WORDS = "填报|填表|报送|制表|审核|审批|单位负责人|负责人|联系人|联系电话|分管领导"
_FORM_LINE = re.compile(rf"^({_FORM_WORDS}|日期)")
_NOTE_ABOVE = re.compile(r"^(注|备注|说明|附注|备注说明|有关说明|特别说明)\d*[:：]")
_NOTE = re.compile(rf"^((注|备注|说明|资料来源|数据来源|填表|填报|附注)[:：]?|({_FORM_WORDS})人?[:：])")
# a table going on after a page break: "续表", "续上表", "接上表", "附件2（续）", "表2 续表",
# "…完成情况表（续表）" (normalised text)
CONTINUED = re.compile(r"^(续表|续上表|接上表|续)$|[(（]续表?[)）]$|^(附件|附表|表)\s*[0-9一二三四五六七八九十]*\s*续表?$")
# "一、经济发展", "2.创新驱动", "（一）续建项目"; a bare numeral is part of a name ("十八梯", "1号线")
CATEGORY_NUMBERING = re.compile(r"^(([一二三四五六七八九十]+|[0-9]+)[、.．:：\s]+|[(（][一二三四五六七八九十]+[)）][、.．:：\s]*)")
_ANNEX = re.compile(r"^附件\s*([0-9一二三四五六七八九十]+)")


class LayoutError(ValueError):
    """No table could be found; the message says what was looked for."""


@dataclass
class Column:
    field: str
    index: int
    header: str  # as written (joined over the header rows)
    year: int | None = None
    unit: str | None = None  # from brackets in the header ("总投资（万元）")
    scale: float = 1.0  # multiply values by this to get the stored unit


@dataclass
class Layout:
    kind: str
    year: int | None
    title: str | None
    annex: str | None
    header_rows: list[int]
    data_start: int
    columns: dict[str, Column] = field(default_factory=dict)
    extra_columns: list[Column] = field(default_factory=list)  # a second year's target/actual …
    notes: list[str] = field(default_factory=list)
    # "注：带★的为约束性指标": a mark after an indicator's name and what it says
    binding_marks: dict[str, bool] = field(default_factory=dict)
    # "注：带★的为市级重点项目": a mark on a project's name and the level it says
    level_marks: dict[str, str] = field(default_factory=dict)
    # "项目名称及主要建设内容": each name cell holds the name, then the content ("甲项目：新建道路2公里")
    name_with_content: bool = False
    # "项目数量", "项目个数": a column counting projects, which no list of projects or indicators has
    count_column: Column | None = None
    # the quarter a key-project report's title names ("2024年二季度…"): its 是否开工 says "by then"
    reported: int | None = None
    # the category and zone headings the rows start under (a page going on a table: where the page
    # before ended), and where they ended, as the data rows were read
    carried: tuple[str | None, str | None, str | None] | None = None  # (category, zone, stage)
    ended: tuple[str | None, str | None, str | None] | None = None
    # the tasks of a list in one column, put in a column of their own after the last (see ``outline``)
    derived_measure: bool = False
    # the months a monitoring report's title covers ("1-9月"), its 完成 column's period
    title_period: str | None = None
    # "单位：亿元、%" above an indicator table with no 单位 column: the units its indicators are in
    table_units: list[str] = field(default_factory=list)


def _merge_map(sheet: Sheet) -> dict[tuple[int, int], tuple[int, int, int, int]]:
    out = {}
    for r0, c0, r1, c1 in sheet.merged:
        if (r1 - r0 + 1) * (c1 - c0 + 1) > 5000:
            continue  # a whole-row merge carries nothing cell by cell
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                out[(r, c)] = (r0, c0, r1, c1)
    return out


def _filled(sheet: Sheet, merges, r: int, c: int) -> Any:
    """The cell's value, or the value of the merged range it belongs to."""
    m = merges.get((r, c))
    if m:
        return sheet.cell(m[0], m[1])
    return sheet.cell(r, c)


def _names(heading: str) -> bool:
    return any(match_heading(kind, heading) == "name" for kind in KINDS)


def _row_texts(sheet: Sheet, merges, r: int, width: int) -> list[str]:
    return [norm(_filled(sheet, merges, r, c)) for c in range(width)]


def _grouped_unmerged(upper: list[str], lower: list[str]) -> bool:
    """A header over two rows with no merge (a CSV cannot merge; people often do not): a heading
    typed twice ("2024年目标 | 2024年目标" over "绝对值 | 增长"), or typed over the first of its
    columns with headings under it and under the empty cell beside it."""
    pairs = list(zip(upper, upper[1:], lower, lower[1:]))
    return any(a and a == b and u and v for a, b, u, v in pairs) or any(a and not b and u and v for a, b, u, v in pairs)


def header_texts(row: list[Any]) -> tuple[str, ...] | None:
    """A row's texts as compared, when it reads as a table's header (three headings at least)."""
    texts = [norm(v) for v in row]
    return tuple(texts) if _header_score(texts) >= 3 else None


# a figure of things counted ("开工20个", "完工50个", "新增0.3万户"): a record's words, never a heading, though
# 开工 / 完工 / 完成 in them read as one (a task's quarterly steps outscored the header above them)
_COUNTED = re.compile(r"\d(?:\.\d+)?\s*(?:个|家|户|项|场|所|栋|套|处|条|座|名|人|万[户人元个家]|亿元|公里|千米|平方米|亩|吨|辆|台)")


def _columns_said(cols: list[Column]) -> str:
    """"第N列", or "第D至G列" for several (a quarter's form has one review column)."""
    first, last = _letter(cols[0].index), _letter(cols[-1].index)
    return f"第{first}列" if first == last else f"第{first}至{last}列"


def _header_score(texts: list[str]) -> int:
    """How many distinct cells of a row read as column names (a title merged
    across the table counts once)."""
    score = 0
    for t in set(texts):
        if not t or len(t) > 30 or re.fullmatch(r"[-\d.,%]+", t) or _COUNTED.search(t):
            continue
        if any(match_heading(k, t) for k in KINDS):
            score += 1
    return score


# a group heading over the quarters that says they hold what was done, not what is planned
_REVIEW_GROUP = re.compile(r"完成情况|完成进度|进展|推进情况|落实情况|实施情况|完成值|实际完成")


def detect_layout(sheet: Sheet, kind: str | None = None, year: int | None = None,
                  file_name: str | None = None) -> Layout:
    """Find title, header and columns of the table in ``sheet``. With no year in the
    title or the header, the sheet's name ("2024年") or else ``file_name``
    ("2024年重点项目库导出.xlsx") gives it, and a note says so."""
    if sheet.height == 0 or sheet.width == 0:
        raise LayoutError("工作表是空的")
    merges = _merge_map(sheet)
    width = sheet.width
    top = next((r for r, row in enumerate(sheet.rows) if any(v not in (None, "") for v in row)), 0)
    scan = min(sheet.height, top + 25)  # from the first row with anything in it: a second table on a sheet
    scores = [(_header_score(_row_texts(sheet, merges, r, width)), r) for r in range(top, scan)]
    best_score, h = max(scores, key=lambda x: (x[0], -x[1]))
    if not sheet.merged and best_score >= 2:
        # a header merged as it was typed, where the file keeps no merges (a CSV; a workbook written
        # without them); the row read best may be the lowest of its rows ("总投资 | 年度计划" under "投资情况")
        for start in (h - 2, h - 1, h):
            found, rows = header_merges(sheet, start, width, _names) if start >= top else ([], 0)
            if start + rows > h:
                sheet.merged = found
                break
        if sheet.merged:
            merges = _merge_map(sheet)
            scores = [(_header_score(_row_texts(sheet, merges, r, width)), r) for r in range(top, scan)]
            best_score, h = max(scores, key=lambda x: (x[0], -x[1]))
    if best_score < 2:
        garbled = mend_garbled(sheet.rows, range(top, scan))
        if garbled:  # a UTF-8 CSV opened as GBK or Western text and saved: read as it was written, and said
            layout = detect_layout(sheet, kind, year, file_name)
            layout.notes.insert(0, f"表中文字是乱码，已还原：如“{garbled[0]}”还原为“{garbled[1]}”（这个表格是把 UTF-8 编码"
                                   "的 CSV 按其他编码打开后保存的）；请核对，或直接导入原来的 CSV 文件")
            return layout
        lost = garbled_beyond_mending(sheet.rows, range(top, scan))
        if lost:
            raise LayoutError(f"找不到表头：表中文字是乱码（如“{lost}”），这个表格是把 UTF-8 编码的 CSV 按 GBK 打开后保存的，"
                              "部分文字已无法还原；请直接导入原来的 CSV 文件，或在 WPS/Excel 中按 UTF-8 编码重新打开它再保存")
        raise LayoutError("找不到表头（前 25 行中没有可识别的列名，如“序号、指标名称、目标、完成情况”或“项目名称、总投资、开工时间”）")
    header_rows = [h]
    # a header over two rows: merged cells spanning down or across, or a bare year above its columns
    below = h + 1
    if below < sheet.height:
        spans_down = any(r0 == h and r1 >= below for (r0, c0, r1, c1) in set(merges.values()))
        spans_across = any(r0 == r1 == h and c1 > c0 for (r0, c0, r1, c1) in set(merges.values()))
        upper = _row_texts(sheet, merges, h, width)
        year_only = any(YEAR_HEADING.fullmatch(t or "") for t in upper)
        sub = _header_score([norm(sheet.cell(below, c)) for c in range(width)])
        lower = _row_texts(sheet, merges, below, width)
        grouped = _grouped_unmerged(upper, lower)
        # "指标名称" (merged across, or a blank heading beside it) over "地区生产总值增长 | %": the first
        # record and its unit, not a second header row (the indicator was lost, its unit column read as a
        # second column of names); "一级指标 | 二级指标" under it are headings
        named = [norm(sheet.cell(below, c)) for c in range(width) if _names(upper[c])]
        record_below = any(t and not _names(t) for t in named)
        # "目标" over "2023年 | 2024年": years under a heading are no headings by themselves
        years_under = [t for t in (norm(sheet.cell(below, c)) for c in range(width)) if t]
        years_under = bool(years_under) and all(YEAR_HEADING.fullmatch(t) for t in years_under)
        # "2024年计划投资" merged over "合计 | 中央资金 | 市级资金 | …": words no field names, under a group
        # heading and nowhere else (the row was read as a project with no name, the group as five copies)
        across = {c for (r0, c0, r1, c1) in set(merges.values()) if r0 == r1 == h and c1 > c0
                  for c in range(c0, c1 + 1)}
        filled_below = {c for c in range(width) if norm(sheet.cell(below, c))}
        words_under = bool(across) and filled_below == across and not any(
            re.fullmatch(r"[-+\d.,%\s]+", norm(sheet.cell(below, c))) for c in filled_below)
        if (spans_down or spans_across or year_only or grouped) and not record_below \
                and (sub >= 1 or words_under or years_under and (spans_across or grouped)) \
                and not looks_like_data(sheet, below, width):
            header_rows.append(below)
    if h > 0 and not header_rows[1:] and any(r0 == h - 1 and r1 >= h for (r0, c0, r1, c1) in set(merges.values())):
        # the row picked is the lower of two (its cells filled from merges above): "二季度" over
        # "计划投资 | 完成投资", the other headings merged down over both rows
        header_rows.insert(0, h - 1)
    while len(header_rows) < 4 and header_rows[0] > 0 and any(
            r0 == header_rows[0] - 1 and r1 >= header_rows[-1] and c0 == c1 for (r0, c0, r1, c1) in set(merges.values())):
        # a third row above: "2024年分季度投资" over 一季度 over 计划 | 完成, with 序号 and 项目名称 merged
        # down over all of them (a title row has no column merged down through the header)
        header_rows.insert(0, header_rows[0] - 1)
    units_row = header_rows[-1] + 1
    if units_row < sheet.height and _is_units_row(_row_texts(sheet, merges, units_row, width)):
        header_rows.append(units_row)  # "（亿元）" under 总投资: the units, on a row of their own
    else:
        units_row = None
    if h > 0 and not header_rows[1:]:
        above = _row_texts(sheet, merges, h - 1, width)
        if sum(1 for t in above if YEAR_HEADING.fullmatch(t)) >= 1 and \
                sum(1 for t in above if t) >= 2:
            header_rows.insert(0, h - 1)
    # "2023年" typed over the first of its columns without a merge (a CSV cannot
    # merge; people often do not): it heads the columns to its right, up to the
    # next heading, wherever the row below names a column
    # a group heading typed over the first of its columns ("2024年目标" over "绝对值", nothing over
    # "增长（%）") heads them the same way
    carried: dict[tuple[int, int], str] = {}
    for upper, lower in zip(header_rows, header_rows[1:]):
        year_head = None
        for c in range(width):
            v = _filled(sheet, merges, upper, c)
            under = _filled(sheet, merges, lower, c) not in (None, "")
            if v not in (None, ""):
                year_head = v if YEAR_HEADING.fullmatch(norm(v)) or under else None
            elif year_head is not None and under:
                carried[(upper, c)] = year_head
            else:
                year_head = None
    headers: list[str] = []
    lowest: list[str] = []  # a heading under a group heading: "开工" under "建设周期"
    group: list[str] = []  # the group heading over it
    shown: list[str] = []  # as the planner reads it in a message: "建设周期／开工"
    for c in range(width):
        parts: list[str] = []
        typed: list[str] = []  # the same, as the planner typed it: "（万元）" stays full-width in messages
        for r in header_rows:
            v = carried.get((r, c)) or _filled(sheet, merges, r, c)
            t = unicodedata.normalize("NFKC", str(v)).strip() if v not in (None, "") else ""
            t = re.sub(r"\s+", "", t) if re.search(r"[\u4e00-\u9fff]", t) else re.sub(r"\s+", " ", t)
            if r == units_row and t:
                t = f"（{_bare_unit(t)}）"  # read as a unit in brackets ("总投资（万元）")
            if t and t not in parts:
                parts.append(t)
                d = nfkc(str(v)).strip() if r != units_row else t
                typed.append(re.sub(r"\s+", "", d) if re.search(r"[\u4e00-\u9fff]", d) else re.sub(r"\s+", " ", d))
        headers.append("".join(parts))
        named = [t for t in parts if not (t.startswith("（") and t.endswith("）"))]
        lowest.append(named[-1] if len(named) > 1 else "")
        group.append(named[-2] if len(named) > 1 else "")
        shown.append(_shown(typed))
    title_lines = [str(v).strip() for r in range(header_rows[0]) for v in sheet.rows[r] if str(v or "").strip()]
    annex = None
    title = None
    money_unit = None  # "单位：万元" above the table: every money column without a unit of its own
    table_units: list[str] = []  # "单位：亿元、%" above an indicator table
    for line in title_lines:
        m = _ANNEX.match(norm(line))
        u = _TABLE_UNIT.match(norm(line))
        units = _TABLE_UNITS.match(norm(line))
        if m and len(norm(line)) <= 6:
            annex = f"附件{m.group(1)}"
        elif u or units:
            money_unit = u.group(1) if u else money_unit
            named = [x.strip() for x in re.split(r"[、,，;；]", units.group(1)) if x.strip()] if units else []
            # units, not "单位：渝中区统计局" (the form's unit filling it in)
            table_units = named if all(len(x) <= 6 and UNITISH.search(x) for x in named) else []
        elif _FORM_LINE.match(norm(line)) or _NOTE_ABOVE.match(norm(line)):
            # "填报单位（盖章）：… 填报日期：…" is about the form, "说明：本表所列为2023年…" about filling it
            # in: neither is the table's title (the note's year was taken for the table's)
            continue
        elif title is None or len(line) > len(title):
            title = arabic_years(line)  # "二〇二四年重点项目计划表": its year read as 2024
    said_in_title = re.search(rf"[(（](?:单位[:：])?({MONEY_UNIT})[)）]$", norm(title)) if title else None
    money_unit = money_unit or (said_in_title.group(1) if said_in_title else None)  # "…计划表（万元）"
    chosen = kind or _guess_kind(headers, title, [t for t in lowest if t])
    layout = Layout(chosen, None, title, annex, header_rows, header_rows[-1] + 1)
    if chosen.startswith("indicator"):
        layout.table_units = table_units
    reported = title_quarter(title) if chosen == "key_projects" else None
    if chosen == "key_projects" and reported is None and not _is_a_plan(title):
        # a report's sheet or file names it; not a plan's ("…上半年调整计划": no report of a quarter)
        reported = _quarter_from_names(layout, sheet.name, file_name)
    running = _running_quarter(headers) if chosen == "key_projects" and reported is None else None
    if running is not None:
        reported = running[0]
    this_quarters: list[int] = []  # the columns a report's quarter gave their meaning
    layout.reported = reported
    supervisor: Column | None = None  # "行业主管部门"
    locality: Column | None = None  # "所属镇街": where a district with no 板块 groups its projects
    bare_years: list[tuple[int, str, int]] = []  # (column, heading, year) of a heading that is a year alone
    for c, (text, said) in enumerate(zip(headers, shown)):
        if not text:
            continue
        bare = norm(split_unit(YEAR.sub("", text))[0])  # without its year and unit
        if layout.count_column is None and bare in _COUNT_HEADS:
            layout.count_column = Column("count", c, said)
        fld = match_heading(chosen, text)
        if lowest[c] and not is_quarter_field(fld):
            # the lower heading says what the column is when it names a field outright,
            # the group heading above it only what the columns share ("投资情况", "建设周期")
            own = match_heading(chosen, lowest[c])
            said_below = norm(split_unit(YEAR.sub("", lowest[c]))[0])  # "增长（%）" names 增长
            if chosen.startswith("indicator") and match_heading(chosen, group[c]) == "target" and (
                    own == "growth" or said_below in _AMOUNT_WORDS):
                # "2024年预期目标" over "绝对值 | 增长（%）": the target's amount and the target's growth,
                # not a figure reached (the amount was read as 2024's actual, the growth as reached)
                fld = "target_growth" if own == "growth" else "target"
            elif own in ("start", "completion") and "实际" in group[c]:
                fld = f"actual_{own}"  # "实际" over "开工 | 竣工" beside "计划" over the same: what happened
            elif own == "total_investment" and "总" not in said_below and money_field(fld or ""):
                pass  # "2024年计划" over "投资": the year's planned investment, not the project's total
            elif chosen == "measures" and (fld or "").startswith(("node_q", "done_q")) and \
                    own in ("target", "actual", "quarter", "status"):
                pass  # "一季度" over "目标 | 完成": the quarter's step and what it reached, not the year's target
            elif own is not None and (fld is None or said_below in SYNONYMS[chosen].get(own, ())
                                      or own.startswith(("node_", "done_"))):
                fld = own  # and "目标任务" over "一季度 | 二季度 …": each quarter's step of the task, not its target
            if chosen == "measures" and (own or "").startswith("node_q") and _REVIEW_GROUP.search(norm(group[c])):
                fld = f"done_q{own[-1]}"  # "完成情况" over "一季度 | 二季度 …": each quarter's review, not its step
        if fld is None and chosen == "key_projects" and lowest[c] and "投资" in group[c] and "投资" not in lowest[c]:
            fld = match_heading(chosen, f"{lowest[c]}投资")  # "投资情况" over "2024年计划": the year's planned investment
        if fld in ("started_asked", "completed_asked") and reported is None:
            fld = None  # "是否开工" in a list with no quarter reported: by when is not said
        if reported is not None and fld in (None, "notes"):
            of_quarter = this_quarter(text, reported)
            if of_quarter:
                this_quarters.append(c)
            fld = of_quarter or fld
        elif fld is None and chosen == "key_projects" and bare == "形象进度" and YEAR.search(text):
            fld = "year_plan"  # "2024年形象进度" in a plan (no quarter reported): what the year is to reach
        elif fld is None and chosen == "key_projects" and lowest[c] in BARE_FIGURES and "投资" in norm(title):
            # "一季度" over "计划 | 完成" in a table titled "…季度投资计划及完成情况表": the quarter's investment
            fld = quarter_field(f"{bare}投资")
        elif fld is None and chosen == "key_projects" and (figure := quarter_figure(bare, title)):
            fld = figure  # "一季度完成" under "…投资完成情况": the quarter's investment
        if fld is None and chosen.startswith("indicator") and bare in ("", "度") and (col_year := _year_of(text)):
            bare_years.append((c, said, col_year))  # "2023年" alone: that year's figure
            continue
        if fld is None:
            if chosen in ("key_projects", "measures") and _SUPERVISOR.fullmatch(bare) and supervisor is None:
                supervisor = Column("responsible_unit", c, said)  # the unit answering for it, if none is named
            elif chosen == "key_projects" and _LOCALITY.fullmatch(norm(text)) and locality is None:
                locality = Column("area", c, said)  # the street or town, the grouping if the table has no 板块
            elif not re.fullmatch(r"[-\d.]*", norm(text)):  # a column number row is no heading
                layout.notes.append(f"第{_letter(c)}列“{said}”没有对应的字段，未导入")
            continue
        ym = YEAR.search(text)
        col_year = int(ym.group(1)) if ym else None
        if fld.startswith("mark_q") and col_year:
            fld = f"{fld}_{col_year}"  # one column per quarter of each year the chart spans
        _, unit = split_unit(YEAR.sub("", text))
        money = money_field(fld)
        if money and unit is None:  # "分月计划投资（万元）" over "1月": the unit in the group heading
            inner = re.search(rf"[(（]({MONEY_UNIT})[)）]", text)
            unit = inner.group(1) if inner else None
        whole_table = money and unit is None and money_unit is not None
        if whole_table:
            unit = money_unit
        col = Column(fld, c, said, col_year, unit)
        if money and money_scale(unit) != 1.0:  # 万元, and 元 or 千万元 as some systems and forms have it
            col.scale = money_scale(unit)
            named = money_unit_in(unit)
            where = f"（表上注明“单位：{named}”）" if whole_table else ""
            layout.notes.append(f"第{_letter(c)}列“{said}”以{named}填报{where}，已换算为亿元")
        first = layout.columns.get(fld)
        if first is not None and first.year == col.year and first.index in sheet.hidden_columns \
                and c not in sheet.hidden_columns:
            # an old copy of the column, hidden beside the one the planner sees: the shown one is read
            layout.extra_columns.append(first)
            layout.columns[fld] = col
            layout.notes.append(f"第{_letter(first.index)}列“{first.header}”是隐藏列，导入的是第{_letter(c)}列“{said}”")
        elif first is not None and first.year == col.year and c in sheet.hidden_columns:
            layout.extra_columns.append(col)
            layout.notes.append(f"第{_letter(c)}列“{said}”是隐藏列，导入的是第{_letter(first.index)}列“{first.header}”")
        elif fld in layout.columns:
            layout.extra_columns.append(col)
            first = layout.columns[fld]
            if first.year == col.year and lowest[first.index] in ("合计", "小计", "总计", "计"):
                # "总投资" over 合计 | 其中：政府投资 | 社会投资: a part of the total
                layout.notes.append(f"第{_letter(c)}列“{said}”是第{_letter(first.index)}列“{first.header}”的其中一项，未导入")
            elif first.year == col.year:  # not "2023年目标" beside "2024年目标": a second column for one field
                layout.notes.append(f"第{_letter(c)}列“{said}”与第{_letter(first.index)}列“{first.header}”"
                                    f"是同一项，只导入了第{_letter(first.index)}列")
        else:
            layout.columns[fld] = col
    if running is not None:
        by = running[1]
        for c in this_quarters:  # said, since no title says which quarter this is
            layout.notes.append(f"第{_letter(c)}列“{shown[c]}”记入{'一二三四'[reported - 1]}季度"
                                f"（表题没有写季度，按第{_letter(by)}列“{shown[by]}”）")
    if reported is None and _is_a_plan(title) and not any(f.endswith(("_actual", "_to_date")) for f in layout.columns):
        # "一季度形象进度" in a 推进计划 with no figure of what was done: what the quarter is to reach
        for fld in [f for f in layout.columns if f.endswith("_progress")]:
            goal = fld.replace("_progress", "_goal")
            if goal not in layout.columns:
                col = layout.columns.pop(fld)
                col.field = goal
                layout.columns[goal] = col
    if supervisor is not None:
        if "responsible_unit" in layout.columns:
            layout.notes.append(f"第{_letter(supervisor.index)}列“{supervisor.header}”没有对应的字段，未导入")
        else:  # "项目业主 | 行业主管部门" with no 责任单位: the department the project answers to
            layout.columns["responsible_unit"] = supervisor
            layout.notes.append(f"第{_letter(supervisor.index)}列“{supervisor.header}”作为责任单位导入（表中没有责任单位列）")
    if locality is not None:
        if "area" in layout.columns:
            layout.notes.append(f"第{_letter(locality.index)}列“{locality.header}”没有对应的字段，未导入")
        else:  # a district without zones and 板块 lists its projects by 街道 and 镇: its areas, kept and filtered by
            layout.columns["area"] = locality
            layout.notes.append(f"第{_letter(locality.index)}列“{locality.header}”作为板块导入（表中没有板块列）")
    if chosen == "indicator_results":
        _period_in_title(layout)
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
        layout.notes.append(f"第{_letter(col.index)}列“{col.header}”是{period_word(col.header)}的累计数，"
                            "作为完成值导入（注明期间，不是全年的）")
    elif periods and "actual" not in layout.columns:
        layout.notes.append(f"第{_letter(periods[0].index)}至{_letter(periods[-1].index)}列是各期累计数："
                            "完成值取最近一期")
    elif periods and _same_year(layout.columns["actual"], periods):
        # "1-9月完成" beside "全年预计": the year's figure is the one a target is judged by
        actual = layout.columns["actual"]
        for col in periods:
            layout.notes.append(f"第{_letter(col.index)}列“{col.header}”是{period_word(col.header)}的累计数，"
                                f"完成值取第{_letter(actual.index)}列“{actual.header}”")
        growth = layout.columns.get("growth")
        if growth is not None and growth.index - 1 in {c.index for c in periods} and growth.index - 1 != actual.index:
            del layout.columns["growth"]  # the months' growth, not the estimate's: it was shown as the estimate's
            layout.notes.append(f"第{_letter(growth.index)}列“{growth.header}”是{period_word(periods[0].header)}的增速，"
                                f"不是第{_letter(actual.index)}列“{actual.header}”的，未导入")
    months = sorted((c for f, c in layout.columns.items() if f.startswith("month_")), key=lambda c: c.index)
    if months:
        layout.notes.append(f"第{_letter(months[0].index)}至{_letter(months[-1].index)}列是各月投资：按季度合计，"
                            "记入季度投资")
    marks = sorted((c for f, c in layout.columns.items() if f.startswith("mark_q")), key=lambda c: c.index)
    if marks:
        layout.notes.append(f"第{_letter(marks[0].index)}至{_letter(marks[-1].index)}列是横道图：开工、完工"
                            "未另填时，取第一个和最后一个有标记的季度")
    reviews = sorted((c for f, c in layout.columns.items() if f.startswith("done_q")), key=lambda c: c.index)
    if reviews:  # each quarter's review goes beside its step; the target's 完成值, where no column gives it,
        # is the latest quarter reported
        layout.notes.append(f"{_columns_said(reviews)}是各季度的进展：逐季记入"
                            + ("" if "actual" in layout.columns else "，完成值取最近一个填了的季度"))
    nodes = sorted((c for f, c in layout.columns.items() if f.startswith(("node_q", "node_m"))), key=lambda c: c.index)
    if nodes:
        monthly = any(c.field.startswith("node_m") for c in nodes)
        layout.notes.append(f"{_columns_said(nodes)}是"
                            f"{'各月' if monthly else '各季度'}的进度安排：逐季记入"
                            + ("" if "quarter" in layout.columns else
                               f"；完成时限取最后一个有安排的{'月份所在季度' if monthly else '季度'}"))
    if chosen.startswith("indicator") and "binding" not in layout.columns:
        layout.binding_marks = _binding_marks(sheet, header_rows[0])
        for mark, binding in layout.binding_marks.items():
            layout.notes.append(f"按表注，名称带“{mark}”的为{'约束性' if binding else '预期性'}指标，"
                                f"其余为{'预期性' if binding else '约束性'}指标")
    if chosen == "key_projects" and "name" in layout.columns:
        layout.name_with_content = bool(NAME_AND_CONTENT.match(norm(split_unit(layout.columns["name"].header)[0])))
    if chosen == "key_projects" and "level" not in layout.columns:
        layout.level_marks = _level_marks(sheet, header_rows[0])
        for mark, level in layout.level_marks.items():
            layout.notes.append(f"按表注，名称带“{mark}”的为{level}项目")
    layout.year = year or _guess_year(layout, title, chosen)
    if layout.year is None and bare_years:
        layout.year = max(y for _, _, y in bare_years)
    if layout.year is None:
        _year_from_names(layout, sheet.name, file_name)
    _years_alone(layout, bare_years)
    _resolve_years(layout)
    if chosen == "key_projects":
        _invested_within_the_year(layout)
    if chosen == "measures":
        _measure_and_its_target(layout)
        _subject_column(layout)
        _task_and_its_targets(layout)
        _lead_and_other_units(layout)
    if chosen.startswith("indicator"):
        _figures_and_verdict(layout)
        _two_level_names(sheet, layout)
        _unheaded_units(sheet, layout, headers)
        if "unit" in layout.columns:
            layout.table_units = []  # each row's own unit
        elif len(layout.table_units) == 2 and len(set(layout.table_units) & set(PERCENTS)) == 1:
            said = "、".join(layout.table_units)
            layout.table_units.sort(key=lambda u: u not in PERCENTS)  # the rate's first, then the amount's
            rate, amount = layout.table_units
            layout.notes.append(f"表上注明“单位：{said}”：名称为增速、比率的指标取{rate}，其余取{amount}")
        elif len(layout.table_units) > 1:
            layout.table_units = []  # three units, or two amounts: which is whose the table does not say
    return layout


# a figure's heading under the group naming whose figure it is: 目标 | 完成 over 绝对值 | 增长
_AMOUNT_WORDS = {"绝对值", "绝对量", "绝对额", "总量", "数值", "总额", "规模", "数量"}
_PLAN_TITLE = re.compile(r"计划|安排")
_REPORT_TITLE = re.compile(r"情况|完成|进展|执行|调度|报告|监测|通报|统计")


def _same_year(col: Column, others: list[Column]) -> bool:
    """Columns of one year ("2023年完成值" beside "2024年1-9月完成" is last year's figure)."""
    return col.year is None or all(c.year in (None, col.year) for c in others)


def _running_quarter(headers: list[str]) -> tuple[int, int] | None:
    """The quarter a report whose title names none is as of, from what was done by then: its
    "1-6月完成投资" (or "二季度完成投资") column, when no other quarter's figure of what was done is
    beside it. Its 项目进展, 存在问题 and 下步打算 are then that quarter's, as under a title "…二季度…"."""
    done = {int(f[1]): c for c, t in enumerate(headers) if t and (f := match_heading("key_projects", t))
            and is_quarter_field(f) and f.endswith(("_actual", "_to_date"))}
    return next(iter(done.items())) if len(done) == 1 else None


def _is_a_plan(title: str | None) -> bool:
    """A title that sets out what is to be done ("…季度推进计划"), not what was ("…计划执行情况")."""
    t = norm(title or "")
    return bool(_PLAN_TITLE.search(t)) and not _REPORT_TITLE.search(t)


_SUPERVISOR = re.compile(r"(行业)?主管(部门|单位)")
# the street or town a project is in: "所属镇街", "所在街道", "乡镇（街道）", "属地"; not an address (建设地点)
_LOCALITY = re.compile(r"(所属|所在|项目所在|项目所属|属地)?(镇街|街镇|街道|乡镇|镇|乡镇街道|街道乡镇|"
                       r"(乡镇|镇)\(街道\)|街道\((乡镇|镇)\)|(乡镇|镇)/街道|街道/(乡镇|镇))|属地")
_COUNT_HEADS = {"项目数量", "项目个数", "项目数", "个数", "项目总数", "数量(个)", "项目数(个)"}


def not_the_same_field(layout: Layout, col: Column) -> None:
    """Drop the "第X列 与 第Y列 是同一项" note naming ``col`` (either side): it was read as one of two
    columns for one field, and a later look found its own meaning."""
    letter = f"第{_letter(col.index)}列“"
    layout.notes = [n for n in layout.notes if not (letter in n and "是同一项" in n)]


def _invested_within_the_year(layout: Layout) -> None:
    """"截至2024年底累计完成投资" in a 2024 table holds the year's own investment too: it is not
    what was invested before the year, and there is no field for the running total."""
    col = layout.columns.get("invested_before")
    if col is not None and col.year and layout.year and col.year >= layout.year:
        del layout.columns["invested_before"]
        layout.notes.append(f"第{_letter(col.index)}列“{col.header}”含本年投资，不是截至上年底的累计，未导入")


# what a task is to do, in words: beside a column of its quantified target, no target itself
_MEASURE_PROSE = {"具体措施", "工作措施", "主要措施", "措施", "具体举措", "具体工作", "主要工作", "工作内容", "主要内容",
                  "具体内容", "具体任务"}


def _measure_and_its_target(layout: Layout) -> None:
    """"重点任务 | 工作措施 | 量化指标": the task, what is to be done for it, and its quantified target.
    The 措施 was read as the target, and the real target (with its figure) as what it counts."""
    if "measure" not in layout.columns or "target" not in layout.columns:
        return
    targets = [layout.columns["target"], *(c for c in layout.extra_columns if c.field == "target")]
    prose = [c for c in targets if norm(split_unit(YEAR.sub("", c.header))[0]) in _MEASURE_PROSE]
    others = [c for c in targets if c not in prose]
    if len(prose) != 1 or not others:
        return
    said = prose[0]
    layout.columns["measure_text"] = Column("measure_text", said.index, said.header, said.year, said.unit)
    layout.columns["target"] = others[0]
    layout.extra_columns = [c for c in layout.extra_columns if c is not said and c is not others[0]]
    not_the_same_field(layout, said)
    layout.notes.append(f"第{_letter(said.index)}列“{said.header}”是举措的工作措施，"
                        f"第{_letter(others[0].index)}列“{others[0].header}”是它的目标")


def _task_and_its_targets(layout: Layout) -> None:
    """"目标任务 | 具体举措" in a task list with no column of tasks: the first names the task, the second
    what is to be done for it, one target a row (the second was said as the same field and dropped, and
    each task was its own target: what the 分解表 breaks it into was lost)."""
    first = layout.columns.get("target")
    if first is None or "measure" in layout.columns:
        return
    second = next((c for c in layout.extra_columns if c.field == "target" and c.year == first.year
                   and c.index > first.index), None)
    if second is None:
        return
    layout.columns["measure"] = Column("measure", first.index, first.header, first.year, first.unit)
    layout.columns["target"] = second
    layout.extra_columns = [c for c in layout.extra_columns if c is not second]
    not_the_same_field(layout, second)
    layout.notes.append(f"第{_letter(first.index)}列“{first.header}”是任务，第{_letter(second.index)}列"
                        f"“{second.header}”是它的目标")


def _lead_and_other_units(layout: Layout) -> None:
    """"牵头单位 | 责任单位" in a task list: the unit leading, and the units sharing the task, which a
    task keeps as its 配合单位 (the second was said as the same field and dropped)."""
    units = [c for c in (layout.columns.get("responsible_unit"), *layout.extra_columns)
             if c is not None and c.field == "responsible_unit"]
    leads = [c for c in units if "牵头" in c.header]
    others = [c for c in units if "牵头" not in c.header]
    if len(leads) != 1 or len(others) != 1 or "partner_units" in layout.columns:
        return
    lead, other = leads[0], others[0]
    layout.columns["responsible_unit"] = lead
    layout.columns["partner_units"] = Column("partner_units", other.index, other.header, other.year, other.unit)
    layout.extra_columns = [c for c in layout.extra_columns if c is not lead and c is not other]
    not_the_same_field(layout, other)
    layout.notes.append(f"第{_letter(other.index)}列“{other.header}”在第{_letter(lead.index)}列“{lead.header}”之外，"
                        "作为配合单位导入")


def _unheaded_units(sheet: Sheet, layout: Layout, headers: list[str]) -> None:
    """"指标名称" then a blank heading over "%", "万人", "亿元": the indicators' units, in a column its
    heading (merged over both, or lost in a CSV) does not name. They were left out without a word."""
    name = layout.columns.get("name")
    if name is None or "unit" in layout.columns or name.index + 1 >= len(headers) or headers[name.index + 1]:
        return
    c = name.index + 1
    if any(col.index == c for col in (*layout.columns.values(), *layout.extra_columns)):
        return
    if _holds_units(sheet, layout, c):
        layout.columns["unit"] = Column("unit", c, f"（第{_letter(c)}列）")
        layout.notes.append(f"第{_letter(c)}列没有列名，填的是单位，作为各指标的单位导入")


def _two_level_names(sheet: Sheet, layout: Layout) -> None:
    """"指标名称" merged over two columns: a name across both, or a group ("基本社会保障", merged down)
    and its indicators beside it ("城乡基本养老保险参保率", …). The second column names the indicator
    where it has a name (only the group was read, its indicators were rows without a name); a
    second column of units ("%", "万人") is the unit column (its units were read as the names)."""
    name = layout.columns.get("name")
    beside = next((c for c in layout.extra_columns if c.field == "name" and c.index == name.index + 1
                   and c.header == name.header), None) if name else None
    if beside is None:
        return
    layout.extra_columns = [c for c in layout.extra_columns if c is not beside]
    not_the_same_field(layout, beside)
    if _holds_units(sheet, layout, beside.index):
        if "unit" not in layout.columns:
            layout.columns["unit"] = Column("unit", beside.index, beside.header)
            layout.notes.append(f"第{_letter(beside.index)}列“{beside.header}”填的是单位，作为各指标的单位导入")
        return
    layout.columns["name_detail"] = Column("name_detail", beside.index, beside.header, beside.year, beside.unit)


def _holds_units(sheet: Sheet, layout: Layout, c: int) -> bool:
    cells = [norm(sheet.cell(r, c)) for r in range(layout.data_start, min(sheet.height, layout.data_start + 300))]
    said = [t for t in cells if t]
    return len(said) >= 2 and _is_units_row(said)


def _figures_and_verdict(layout: Layout) -> None:
    """"2023年完成情况 | 是否完成" with no 完成 column: the first holds the figures reached, the
    second the verdict (both read as 完成情况, the verdict was dropped)."""
    if "actual" in layout.columns or "status" not in layout.columns:
        return
    statuses = [layout.columns["status"], *(c for c in layout.extra_columns if c.field == "status")]
    verdicts = [c for c in statuses if re.search(r"是否|评价|达标|完成与否", c.header)]
    figures = [c for c in statuses if c not in verdicts]
    if not verdicts or not figures:
        return
    layout.columns["actual"] = Column("actual", figures[0].index, figures[0].header, figures[0].year, figures[0].unit)
    layout.columns["status"] = verdicts[0]
    layout.extra_columns = [c for c in layout.extra_columns if c is not verdicts[0] and c is not figures[0]]


# a measures table's column naming what a target counts, beside the column of figures:
# 量化指标 (新增市场主体) | 单位 | 2024年目标 (1.2)
_SUBJECT_HEADS = {"量化指标", "指标", "指标名称", "主要指标", "具体指标", "考核指标", "指标项"}


def _subject_column(layout: Layout) -> None:
    if "subject" in layout.columns or "target" not in layout.columns:
        return
    named = lambda c: norm(split_unit(YEAR.sub("", c.header))[0]) in _SUBJECT_HEADS  # noqa: E731
    targets = [layout.columns["target"], *(c for c in layout.extra_columns if c.field == "target")]
    subjects = [c for c in targets if named(c)]
    figures = [c for c in targets if not named(c)]
    if not subjects or not figures:
        return
    layout.columns["subject"] = Column("subject", subjects[0].index, subjects[0].header, subjects[0].year)
    layout.columns["target"] = figures[0]
    layout.extra_columns = [c for c in layout.extra_columns if c is not subjects[0] and c is not figures[0]]
    not_the_same_field(layout, subjects[0])


def _shown(parts: list[str]) -> str:
    """A heading over several rows as one: "建设周期／开工", but "2023年目标" and "总投资（万元）"."""
    out = ""
    for t in parts:
        joined = not out or YEAR_HEADING.fullmatch(out) or (t[:1] in "(（" and t[-1:] in ")）")
        out += t if joined else f"／{t}"
    return out


# "单位：万元" or "金额单位：亿元" on a line of its own above a table
_TABLE_UNIT = re.compile(rf"^(?:金额|投资)?单位[:：]({MONEY_UNIT})")
# "单位：%", "单位：亿元、%" above an indicator table: the units of the indicators it lists
_TABLE_UNITS = re.compile(r"^(?:计量)?单位[:：]\s*([^:：]{1,20})$")
_UNIT_CELL = re.compile(r"^[(（]?(?:单位[:：])?([^()（）:：]{1,8})[)）]?$")


def _bare_unit(text: str) -> str:
    m = _UNIT_CELL.match(text)
    return m.group(1) if m else text


def _is_units_row(texts: list[str]) -> bool:
    """A row under the header holding only units: "（亿元）", "万元", "%"."""
    filled = [t for t in texts if t]
    if not filled:
        return False
    for t in filled:
        m = _UNIT_CELL.match(t)
        if not m or re.fullmatch(r"[-\d.,]+", m.group(1)) or not UNITISH.search(m.group(1)) \
                or len(m.group(1)) > 4 and not t.startswith(("(", "（")):
            return False
    return True


# marks put before or after a name, and the notes saying what they mean
NAME_MARKS = "★☆*▲△※◆●"
NAME_MARK = re.compile(rf"^\s*[{NAME_MARKS}＊]+\s*|\s*[{NAME_MARKS}＊]+\s*$")
_MARKED = rf"(?:带|标有|标注|标|加|有)?[\"“”'‘’]?([{NAME_MARKS}])[\"“”'‘’]?号?(?:的|者)?"
_BINDING_NOTE = re.compile(_MARKED + r"(?:指标)?(?:为|是|表示|系)(约束性|预期性)")  # "注：带★的为约束性指标"
_LEVEL_NOTE = re.compile(_MARKED + r"(?:项目)?(?:为|是|表示|系)(?:列入)?(国家级|省级|市级|区级|县级)重点")


def noted_on(sheet: Sheet, layout: Layout) -> None:
    """The marks the notes under a page's rows explain, given to ``layout`` where it has none (the
    last page of a table turned from a PDF a page a sheet holds the table's 注)."""
    if layout.kind.startswith("indicator") and "binding" not in layout.columns and not layout.binding_marks:
        layout.binding_marks = _binding_marks(sheet, 0)
    if layout.kind == "key_projects" and "level" not in layout.columns and not layout.level_marks:
        layout.level_marks = _level_marks(sheet, 0)


def _binding_marks(sheet: Sheet, top: int) -> dict[str, bool]:
    """{"★": True} for "注：带★的为约束性指标"."""
    return {m: said == "约束性" for m, said in _noted_marks(sheet, top, _BINDING_NOTE, ("约束", "预期")).items()}


def _level_marks(sheet: Sheet, top: int) -> dict[str, str]:
    """{"★": "市级重点"} for "注：带★的为市级重点项目"."""
    return {m: f"{said}重点" for m, said in _noted_marks(sheet, top, _LEVEL_NOTE, ("重点",)).items()}


def _noted_marks(sheet: Sheet, top: int, note: re.Pattern, words: tuple[str, ...]) -> dict[str, str]:
    """What the notes above the header or under the table say each mark means (``note``'s second
    group), looked for in the cells holding one of ``words``."""
    marks: dict[str, str] = {}
    for r in [*range(top), *range(max(top, sheet.height - 30), sheet.height)]:
        for v in sheet.rows[r]:
            if type(v) is str and any(w in v for w in words):
                for m in note.finditer(norm(v)):
                    marks[m.group(1)] = m.group(2)
    return marks


def _letter(c: int) -> str:
    from .read import column_letter

    return column_letter(c)


def _guess_kind(headers: list[str], title: str | None, lowest: list[str]) -> str:
    """The kind of table, from what its headings name; a heading under a group heading counts
    as itself too ("项目" under "项目基本情况", "开工" under "建设周期")."""
    scores = {}
    named = {k: {match_heading(k, h) for h in [*headers, *lowest] if h} for k in KINDS}
    for kind in KINDS:
        fields = set(named[kind])
        scores[kind] = sum(_SIGNATURE[kind].get(f, 0) for f in fields if f)
        if kind == "key_projects":  # a quarterly report: 一季度完成投资, 一季度形象进度
            # "一季度完成" in a table titled "…投资完成情况"
            fields |= {quarter_figure(norm(split_unit(YEAR.sub("", h))[0]), title) for h in headers if h}
            scores[kind] += 3 * sum(1 for f in fields if f and (is_quarter_field(f) or f.startswith("month_")))
    t = norm(title)
    if "完成情况" in t or "执行情况" in t:
        scores["indicator_results"] += 4
    if "预期" in t or "建议" in t or ("目标" in t and "指标" in t and "完成" not in t):
        scores["indicator_targets"] += 4
    if "项目" in t:
        scores["key_projects"] += 3
    if "举措" in t or "任务" in t:
        scores["measures"] += 3
    heads = {norm(h) for h in headers}
    if any("项目名称" in h for h in heads):
        scores["key_projects"] += 3
    results = [match_heading("indicator_results", h) for h in headers if h]
    periods = sum(1 for f in results if f and f.startswith("period_m"))
    scores["indicator_results"] += 2 * min(periods, 2)  # 一季度 | 上半年 | …: a monitoring table
    if "growth" in results:  # 同比增长 beside a figure: what was reached
        scores["indicator_results"] += 1
    if not any(f in ("actual", "status") for f in results) and periods < 1:
        scores["indicator_results"] -= 2
    target_years = [_year_of(h) for h in headers if h and match_heading("indicator_targets", h) == "target"]
    actual_years = [_year_of(h) for h in headers if h and match_heading("indicator_results", h) == "actual"]
    if target_years and actual_years and None not in actual_years and max(actual_years) < max(
            (y for y in target_years if y), default=0):
        # "2023年实际 | 2024年计划": last year's figures beside this year's aims, a table of targets
        scores["indicator_targets"] += 5
    # a kind whose table would have no rows to read (no name column, no target column) is no candidate
    # while another has them: "目标任务 | 完成情况" under "…目标任务完成情况" is a review of measures
    readable = [k for k in KINDS if NEEDED[k] in named[k] or (k == "measures" and "measure" in named[k])]
    return max(readable or KINDS, key=lambda k: scores[k])


def _year_of(header: str) -> int | None:
    m = YEAR.search(header)
    return int(m.group(1)) if m else None


# the column a table cannot be read without, per kind
NEEDED = {"indicator_results": "name", "indicator_targets": "name", "key_projects": "name", "measures": "target"}


def _guess_year(layout: Layout, title: str | None, kind: str) -> int | None:
    cols = [c for c in [*layout.columns.values(), *layout.extra_columns] if c.year]
    t = norm(title)
    m = YEAR.search(t)
    titled = int(m.group(1)) if m else None
    if kind == "indicator_targets":
        targets = [c.year for c in cols if c.field == "target"]
        if targets:  # the title's year when it heads one of them ("2024年…" over 2024年目标 | 2025年展望)
            return titled if titled in targets else max(targets)
    elif kind == "indicator_results":
        years = [c.year for c in cols if c.field in ("target", "actual")]
        if years:
            return titled if titled in years else max(years)
    if titled:
        return titled
    # "截至2023年底累计完成投资" names the year before the table's
    years = [c.year + (c.field == "invested_before") for c in cols]
    return max(years) if years else None


_NAMED_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


# the months a monitoring report's title covers: "2024年1-9月主要经济指标完成情况", "上半年…"
_TITLE_PERIOD = re.compile(r"(?<![\d-])(1\s*[-—–~～至]\s*(\d{1,2})\s*月|一季度|第一季度|上半年|前三季度)")


def _period_in_title(layout: Layout) -> None:
    """A monitoring report titled by its months ("2024年1-9月…完成情况") with a plain 完成 column: the
    figures are the months' totals, not the year's; kept as such, as a "1-9月" column is (they were
    held against the year's targets as the year's actuals)."""
    actual = layout.columns.get("actual")
    m = _TITLE_PERIOD.search(norm(layout.title or ""))
    if actual is None or m is None or any(f.startswith("period_m") for f in layout.columns) \
            or re.search(r"全年|年度|预计", actual.header):
        return
    month = PERIOD_END.get(m.group(1)) or int(m.group(2))
    if not 1 <= month < 12:
        return
    word = m.group(1) if m.group(2) is None else f"1-{month}月"
    del layout.columns["actual"]
    layout.columns[f"period_m{month:02d}"] = Column(f"period_m{month:02d}", actual.index, actual.header, actual.year,
                                                   actual.unit, actual.scale)
    layout.title_period = word
    layout.notes.append(f"表题是{word}的：第{_letter(actual.index)}列“{actual.header}”作为{word}的累计数导入"
                        "（注明期间，不是全年的）")


_Q_NAME = re.compile(r"(?:^|\d{4}\s*[-_年]?\s*)Q([1-4])$", re.I)  # a sheet named "Q2", "2024Q2", "2024-Q2"


def _q_name(name: str) -> int | None:
    m = _Q_NAME.search(norm(name))
    return int(m.group(1)) if m else None


def _sheet_and_file_names(sheet_name: str, file_name: str | None) -> list[tuple[str, str]]:
    """The sheet's name, then the file's without its suffix, each with how a note calls it (a CSV's
    sheet is named after its file: the file's name, said so)."""
    stem = file_name.rsplit(".", 1)[0] if file_name else None
    return [(name, "文件名" if name == stem else where)
            for name, where in ((sheet_name, "工作表名"), (stem, "文件名")) if name]


def _quarter_from_names(layout: Layout, sheet_name: str, file_name: str | None) -> int | None:
    """The quarter a report's sheet ("二季度", a workbook with a sheet per quarter) or else its file
    ("2024年二季度重点项目推进情况.xlsx") names, when its title names none; said as a note."""
    for name, where in _sheet_and_file_names(sheet_name, file_name):
        quarter = (title_quarter(name) or _q_name(name)) if len(norm(name)) <= 40 else None
        if quarter is not None:
            layout.notes.append(f"表题没有写季度，按{where}“{name}”作为{'一二三四'[quarter - 1]}季度的报表")
            return quarter
    return None


def _year_from_names(layout: Layout, sheet_name: str, file_name: str | None) -> None:
    """The one year a sheet's name, or else the file's, names: an export from a project
    database has no title ("2024年重点项目库导出.xlsx"), a workbook may hold a sheet per year."""
    for name, where in _sheet_and_file_names(sheet_name, file_name):
        years = set(_NAMED_YEAR.findall(norm(name)))
        if len(years) == 1:  # "2023年完成情况及2024年目标.xlsx" names two: no guess
            layout.year = int(years.pop())
            layout.notes.append(f"标题和表头中没有年度，按{where}“{name}”取{layout.year}年；如不对，请在“年度”中选择")
            return
        if years:
            return


def _years_alone(layout: Layout, bare_years: list[tuple[int, str, int]]) -> None:
    """"指标 | 单位 | 2022年 | 2023年 | 2024年" under a title naming the table's year: the table's
    year is its target (a 附件2) or its figure reached (a 附件1), an earlier year's its figure
    reached (the latest of them the previous year's); a later year has no field."""
    earlier = [y for _, _, y in bare_years if layout.year is not None and y < layout.year]
    for c, said, col_year in bare_years:
        if earlier and col_year < max(earlier):
            layout.notes.append(f"第{_letter(c)}列“{said}”是更早年份的数，未导入（只导入上一年的）")
            continue
        if layout.year is None or col_year > layout.year:
            fld = None
        elif col_year < layout.year:
            fld = "actual"  # made the previous year's below
        else:
            fld = "target" if layout.kind == "indicator_targets" else "actual"
        if fld is None or fld in layout.columns and layout.columns[fld].year == col_year:
            layout.notes.append(f"第{_letter(c)}列“{said}”没有对应的字段，未导入")
            continue
        col = Column(fld, c, said, col_year)
        if fld in layout.columns:
            layout.extra_columns.append(col)
        else:
            layout.columns[fld] = col
        what = "目标" if fld == "target" else "完成值"
        layout.notes.append(f"第{_letter(c)}列“{said}”只写了年份，作为{col_year}年的{what}导入")


def _resolve_years(layout: Layout) -> None:
    """With several years in one table, keep the table's year in the main
    columns; an earlier year's actual is the previous actual."""
    year = layout.year
    if year is None:
        return
    pool = [*layout.columns.values(), *layout.extra_columns]
    main: dict[str, Column] = {}
    extra: list[Column] = []
    for col in pool:
        estimated = (layout.kind == "indicator_targets" and col.field == "growth" and col.year is None
                     and "预计" in norm(col.header))  # "预计增长" beside 2023年预计完成: last year's estimate's
        if col.field in ("actual", "growth") and col.year is not None and col.year < year - 1 and not any(
                c.field == col.field and c.year == year - 1 for c in pool):
            # 2023年预计 in a table taken as 2025's: no figure of the year before it, and not to be shown as one
            extra.append(col)
            layout.notes.append(f"第{_letter(col.index)}列“{col.header}”是{col.year}年的，不是上一年（{year - 1}年）的，"
                                "未导入")
            continue
        if col.field in ("actual", "growth") and (col.year is not None and col.year < year or estimated):
            earlier = f"previous_{col.field}"  # 2023年完成 | 2023年增长 in a 2024 table: last year's
            held = main.get(earlier)
            if held is None or held.year is not None and col.year is not None and col.year > held.year:
                # the latest year before the table's: 2023 of "2021年 | 2022年 | 2023年" in a 2024 table
                if held is not None:
                    extra.append(Column(col.field, held.index, held.header, held.year, held.unit))
                main[earlier] = Column(earlier, col.index, col.header, col.year, col.unit)
                continue
        if col.field in ("target", "annual_investment") and col.year is not None and col.year != year:
            extra.append(col)  # "2020年目标值" in a table taken as 2021's is no target of 2021 (said below)
            continue
        current = main.get(col.field)
        if current is None:
            main[col.field] = col
        elif current.year != year and col.year == year:
            extra.append(current)
            main[col.field] = col
        else:
            extra.append(col)
    layout.columns = main
    layout.extra_columns = extra
    for col in sorted(extra, key=lambda c: c.index):
        if col.year is not None and (col.year > year and col.field in ("actual", "growth")
                                     or col.year != year and col.field in ("target", "annual_investment")):
            # "2024年目标 | 2025年目标" under "2024—2025年目标", a 滚动计划's 2025年计划投资: the other year's
            # column was dropped unsaid
            layout.notes.append(f"第{_letter(col.index)}列“{col.header}”是{col.year}年的，本表按{year}年导入，"
                                f"此列未导入（要导入{col.year}年的，请把年度选为{col.year}）")


def is_note_row(texts: list[str]) -> bool:
    first = next((t for t in texts if t), "")
    return bool(_NOTE.match(first))


def category_text(texts: list[str], name_index: int | None) -> str | None:
    """"一、经济发展" alone on its row (or spread by a merge) is a category row."""
    filled = [t for t in texts if t]
    if not filled or len(set(filled)) > 2:
        return None
    text = max(set(filled), key=len)
    if re.fullmatch(r"[-\d.,%]+", text):
        return None
    m = CATEGORY_NUMBERING.match(text)
    if m and len(text) > len(m.group(0)):
        return text[len(m.group(0)):].strip()
    if name_index is not None and (name_index >= len(texts) or not texts[name_index]) and len(set(filled)) == 1:
        return text
    return None
