"""What a table's columns mean together, once each is read: figures to a month beside the year's, runs of a month's or
a quarter's columns, a name's marks, the units above an indicator table, a problem's deadline that is no completion,
a share done worked out from the figures beside it. Each says what it read.
"""
from __future__ import annotations

import re

from ..domain.target import PERCENTS
from .cells import YEAR, norm, split_unit
from .column_rules import filled_cells, marks_alike, noted_binding, noted_name_marks
from .grid import Sheet, column_letter
from .header_rows import Headings
from .headings import NAME_AND_CONTENT
from .layout import Column, Layout, columns_said
from .quarter_headings import period_word, says_problems
from .table_year import same_year


def share_done(sheet: Sheet, layout: Layout) -> None:
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


# a deadline of work done, not of a building: beside 存在问题 in a list of the projects' problems, when each is solved
_PROBLEM_DEADLINE = {"完成时限", "完成时间", "计划完成时间", "完成期限"}


def deadline_of_the_problems(layout: Layout, heads: Headings) -> None:
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


def month_figures(layout: Layout) -> None:
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


def say_column_runs(layout: Layout) -> None:
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


def name_marks(sheet: Sheet, layout: Layout) -> None:
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


def indicator_units(layout: Layout) -> None:
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
