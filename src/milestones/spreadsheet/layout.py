"""What the table in a sheet is laid out as: its kind and year, its title and header rows, which column
holds which field, and the notes said about them.

Real attachment tables are typed by people: an "附件1" row and a title above the header; a header over one,
two or three rows with merged cells ("2023年" over "目标 | 完成"); category rows between the data; notes
below. :mod:`.detect` finds them (with :mod:`.header_rows`, :mod:`.table_year` and :mod:`.column_rules`);
this module holds what it finds, and the marks on rows that every reader looks for.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .grid import column_letter

__all__ = ["KINDS", "NEEDED", "Column", "Layout", "LayoutError", "not_the_same_field", "CATEGORY_NUMBERING",
           "CONTINUED", "FORM_WORDS", "NAME_MARKS", "NAME_MARK", "category_text", "is_note_row", "columns_said"]


KINDS = ("indicator_results", "indicator_targets", "key_projects", "measures")

# the column a table cannot be read without, per kind
NEEDED = {"indicator_results": "name", "indicator_targets": "name", "key_projects": "name", "measures": "target"}

# who filled the form in, signed it, and when: lines above a table that are no title, and below it
# (with their colon: "审核中心建设" is a project) that end it
FORM_WORDS = "填报|填表|报送|制表|审核|审批|单位负责人|负责人|联系人|联系电话|分管领导"

_NOTE = re.compile(rf"^((注|备注|说明|资料来源|数据来源|填表|填报|附注)[:：]?|({FORM_WORDS})人?[:：])")

# a table going on after a page break: "续表", "续上表", "接上表", "附件2（续）", "表2 续表",
# "…完成情况表（续表）" (normalised text)
CONTINUED = re.compile(r"^(续表|续上表|接上表|续)$|[(（]续表?[)）]$|^(附件|附表|表)\s*[0-9一二三四五六七八九十]*\s*续表?$")

# "一、经济发展", "2.创新驱动", "（一）续建项目"; a bare numeral is part of a name ("十八梯", "1号线")
CATEGORY_NUMBERING = re.compile(r"^(([一二三四五六七八九十]+|[0-9]+)[、.．:：\s]+|[(（][一二三四五六七八九十]+[)）][、.．:：\s]*)")

# marks put before or after a name; the notes under a table say what each means (column_rules.noted_on)
NAME_MARKS = "★☆*▲△※◆●"

NAME_MARK = re.compile(rf"^\s*[{NAME_MARKS}＊]+\s*|\s*[{NAME_MARKS}＊]+\s*$")


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
    part: int | None = None  # the figure before (0) or after (1) the slash of "12/3" under "总投资/年度计划投资"


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
    said_milestones: list[tuple[str, int, str]] = field(default_factory=list)  # (note, column, name), to merge
    # "注：带★的为约束性指标": a mark after an indicator's name and what it says
    binding_marks: dict[str, bool] = field(default_factory=dict)
    # "注：带★的为市级重点项目", "标▲的为新开工项目": a mark on a project's name and the level, the nature or the
    # list's change (新增) it says
    name_marks: dict[str, str] = field(default_factory=dict)
    # "项目名称及主要建设内容": each name cell holds the name, then the content ("甲项目：新建道路2公里")
    name_with_content: bool = False
    # "项目数量", "项目个数": a column counting projects, which no list of projects or indicators has
    count_column: Column | None = None
    # the quarter a key-project report's title names ("2024年二季度…"): its 是否开工 says "by then"
    reported: int | None = None
    # a running total ending inside its quarter, by quarter: "1-7月完成投资" is the third quarter to July (3: 7)
    month_ends: dict[int, int] = field(default_factory=dict)
    # the year a project system's report is of, by the date it was filled ("填报日期 2024-07-05"): its title has none
    report_year: int | None = None
    # the category and zone headings the rows start under (a page going on a table: where the page
    # before ended), and where they ended, as the data rows were read: (category, zone, stage, a task
    # list's part, the upper heading that ended the page with no lower one under it yet, a 名单调整表's move heading)
    carried: tuple[str | None, str | None, str | None, str | None, str | None, str | None] | None = None
    ended: tuple[str | None, str | None, str | None, str | None, str | None, str | None] | None = None
    # the tasks of a list in one column, put in a column of their own after the last (see ``outline``)
    derived_measure: bool = False
    # the months a monitoring report's title covers ("1-9月"), its 完成 column's period
    title_period: str | None = None
    # "单位：亿元、%" above an indicator table with no 单位 column: the units its indicators are in
    table_units: list[str] = field(default_factory=list)


def columns_said(cols: list[Column]) -> str:
    """"第N列", or "第D至G列" for several (a quarter's form has one review column)."""
    first, last = column_letter(cols[0].index), column_letter(cols[-1].index)
    return f"第{first}列" if first == last else f"第{first}至{last}列"


def columns_named(cols: list[Column]) -> str:
    """The columns of one note: "第F列“用地面积（亩）”" for one, "第D至F列" for a run, "第D、F列" for others."""
    indices = [c.index for c in cols]
    if len(cols) == 1:
        return f"第{column_letter(cols[0].index)}列“{cols[0].header}”"
    if indices == list(range(indices[0], indices[-1] + 1)):
        return columns_said(cols)
    return f"第{'、'.join(column_letter(i) for i in indices)}列"


def not_the_same_field(layout: Layout, col: Column) -> None:
    """Drop the "第X列 与 第Y列 是同一项" note naming ``col`` (either side): it was read as one of two
    columns for one field, and a later look found its own meaning."""
    letter = f"第{column_letter(col.index)}列“"
    layout.notes = [n for n in layout.notes if not (letter in n and "是同一项" in n)]


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
