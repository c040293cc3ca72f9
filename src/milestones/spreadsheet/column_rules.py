"""What columns mean together, once each heading is matched: a task's 工作措施 beside its 量化指标, a 牵头单位
beside the units sharing the task, a 完成情况 holding figures beside 是否完成, a blank heading over units, a
"截至年底" total that holds the year's own investment; and what the notes under a table say its marks mean
("注：带★的为约束性指标").
"""
from __future__ import annotations

import re
from typing import Any

from .cells import NUMBER_CELL, YEAR, money_unit_in, norm, split_unit
from .grid import Sheet, column_letter
from .header_rows import is_units_row
from .layout import NAME_MARKS, Column, Layout, not_the_same_field
from .zones import nature_word

__all__ = ["attribute_in_category", "filled_cells", "invested_before_in_words", "invested_within_the_year", "measure_and_its_target", "task_and_its_targets", "lead_and_other_units",
           "unheaded_units", "two_level_names", "figures_and_verdict", "subject_column", "noted_on",
           "noted_binding", "noted_name_marks"]


def invested_within_the_year(layout: Layout) -> None:
    """"截至2024年底累计完成投资" in a 2024 table holds the year's own investment too: it is not
    what was invested before the year, and there is no field for the running total."""
    col = layout.columns.get("invested_before")
    if col is not None and col.year and layout.year and col.year >= layout.year:
        del layout.columns["invested_before"]
        layout.notes.append(f"第{column_letter(col.index)}列“{col.header}”含本年投资，不是截至上年底的累计，未导入")


def filled_cells(sheet: Sheet, layout: Layout, c: int) -> list:
    """Column ``c``'s filled cells in the first 300 rows of data: enough to tell what the column holds."""
    return [v for r in range(layout.data_start, min(sheet.height, layout.data_start + 300))
            if (v := sheet.cell(r, c)) not in (None, "")]


def figures_in(sheet: Sheet, layout: Layout, c: int) -> tuple[int, int]:
    """How many of column ``c``'s filled cells hold a figure, and how many are filled (the first 300 rows)."""
    said = filled_cells(sheet, layout, c)
    figures = sum(type(v) in (int, float) or type(v) is str and bool(NUMBER_CELL.fullmatch(norm(v))) for v in said)
    return figures, len(said)


def invested_before_in_words(sheet: Sheet, layout: Layout) -> None:
    """"截至上年底累计完成" with no word of money: the sum invested before the year where its cells are figures;
    where they are words ("完成主体施工") the works done by then, which no field keeps (each was an error)."""
    col = layout.columns.get("invested_before")
    if col is None or col.unit or "投资" in col.header or money_unit_in(split_unit(norm(col.header))[1]):
        return
    figures, said = figures_in(sheet, layout, col.index)
    if figures * 2 >= said:
        return
    del layout.columns["invested_before"]
    layout.notes.append(f"第{column_letter(col.index)}列“{col.header}”填的是文字，不是金额：没有对应的字段，未导入")


# what a task is to do, in words: beside a column of its quantified target, no target itself
_MEASURE_PROSE = {"具体措施", "工作措施", "主要措施", "措施", "具体举措", "具体工作", "主要工作", "工作内容", "主要内容",
                  "具体内容", "具体任务"}


def measure_and_its_target(layout: Layout) -> None:
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
    layout.notes.append(f"第{column_letter(said.index)}列“{said.header}”是举措的工作措施，"
                        f"第{column_letter(others[0].index)}列“{others[0].header}”是它的目标")


def task_and_its_targets(layout: Layout) -> None:
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
    layout.notes.append(f"第{column_letter(first.index)}列“{first.header}”是任务，第{column_letter(second.index)}列"
                        f"“{second.header}”是它的目标")


def lead_and_other_units(layout: Layout) -> None:
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
    layout.notes.append(f"第{column_letter(other.index)}列“{other.header}”在第{column_letter(lead.index)}列“{lead.header}”之外，"
                        "作为配合单位导入")


def unheaded_units(sheet: Sheet, layout: Layout, headers: list[str]) -> None:
    """"指标名称" then a blank heading over "%", "万人", "亿元": the indicators' units, in a column its
    heading (merged over both, or lost in a CSV) does not name. They were left out without a word."""
    name = layout.columns.get("name")
    if name is None or "unit" in layout.columns or name.index + 1 >= len(headers) or headers[name.index + 1]:
        return
    c = name.index + 1
    if any(col.index == c for col in (*layout.columns.values(), *layout.extra_columns)):
        return
    if _holds_units(sheet, layout, c):
        layout.columns["unit"] = Column("unit", c, f"（第{column_letter(c)}列）")
        layout.notes.append(f"第{column_letter(c)}列没有列名，填的是单位，作为各指标的单位导入")


def two_level_names(sheet: Sheet, layout: Layout) -> None:
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
            layout.notes.append(f"第{column_letter(beside.index)}列“{beside.header}”填的是单位，作为各指标的单位导入")
        return
    layout.columns["name_detail"] = Column("name_detail", beside.index, beside.header, beside.year, beside.unit)


# "一级指标 | 二级指标 (| 三级指标)", "一级任务 | 二级任务": a group over the item, then the item
_LEVELLED = re.compile(r"([一二三四1-4])级(?:指标|任务|工作任务|工作)?(?:名称|内容)?")


def levelled_names(layout: Layout) -> None:
    """"一级指标 | 二级指标": the deepest level names the indicator, the first its category; "一级任务 | 二级任务" the
    task and its section (the second was dropped as the same column, and each item imported under its group's name:
    "经济发展", twice)."""
    fld, upper, said, said_upper = ("name", "category", "指标名称", "类别") if layout.kind.startswith("indicator")         else ("measure", "section", "任务", "部分")
    named = [c for c in (layout.columns.get(fld), *layout.extra_columns)
             if c is not None and c.field == fld and _LEVELLED.fullmatch(norm(c.header))]
    if len(named) < 2:
        return
    level = {c.index: "一二三四1234".index(_LEVELLED.fullmatch(norm(c.header)).group(1)) % 4 for c in named}
    top, deepest = min(named, key=lambda c: level[c.index]), max(named, key=lambda c: level[c.index])
    layout.extra_columns = [c for c in layout.extra_columns if c not in named]
    for c in named:
        not_the_same_field(layout, c)
    layout.columns[fld] = deepest
    if upper not in layout.columns:
        layout.columns[upper] = Column(upper, top.index, top.header, top.year)
    middle = [c for c in named if c is not top and c is not deepest]
    layout.notes.append(f"第{column_letter(deepest.index)}列“{deepest.header}”作为{said}，第{column_letter(top.index)}列"
                        f"“{top.header}”作为{said_upper}" + (f"（第{column_letter(middle[0].index)}列“{middle[0].header}”"
                                                           "未导入）" if middle else ""))


_ATTRIBUTE_CELL = re.compile(r"[★*]?(约束|预期|指导)性?(指标)?")


def attribute_in_category(sheet: Sheet, layout: Layout) -> None:
    """"类型" (or "类别") over "预期性", "约束性": the indicators' attribute, not their category. Read as
    the category, each indicator's 约束性 was lost and the category rows ("一、经济发展") under it too."""
    col = layout.columns.get("category")
    if col is None or "binding" in layout.columns:
        return
    cells = [norm(sheet.cell(r, col.index)) for r in range(layout.data_start, min(sheet.height, layout.data_start + 300))]
    said = [t for t in cells if t]
    if len(said) < 2 or not all(_ATTRIBUTE_CELL.fullmatch(t) for t in said):
        return
    del layout.columns["category"]
    layout.columns["binding"] = Column("binding", col.index, col.header, col.year)
    layout.notes.append(f"第{column_letter(col.index)}列“{col.header}”填的是约束性、预期性，作为指标属性导入")


def _holds_units(sheet: Sheet, layout: Layout, c: int) -> bool:
    cells = [norm(sheet.cell(r, c)) for r in range(layout.data_start, min(sheet.height, layout.data_start + 300))]
    said = [t for t in cells if t]
    return len(said) >= 2 and is_units_row(said)


def figures_and_verdict(layout: Layout) -> None:
    """"完成情况 | 是否完成" with no 完成 column, in an indicator table or a review of the tasks: the first holds what
    was reached ("5.2", "已举办活动22场", its figure the 完成值), the second the verdict (完成, 未完成). Both were read
    as 完成情况, the verdict left out as a second column of it (and a note saying so, though it is read)."""
    status = layout.columns.get("status")
    if status is None or "actual" in layout.columns:
        return
    both = [status, *(c for c in layout.extra_columns if c.field == "status"
                      and (c.year is None or status.year is None or c.year == status.year))]
    verdicts = [c for c in both if _VERDICT.search(norm(c.header))]
    figures = [c for c in both if c not in verdicts]
    if len(verdicts) != 1 or len(figures) != 1:
        return
    (verdict,), (figure,) = verdicts, figures
    second = verdict if figure is status else figure
    layout.extra_columns.remove(second)
    layout.notes = [n for n in layout.notes if not n.startswith(f"第{column_letter(second.index)}列“{second.header}”与")]
    layout.columns["actual"] = Column("actual", figure.index, figure.header, figure.year, figure.unit)
    layout.columns["status"] = verdict
    layout.notes.append(f"第{column_letter(figure.index)}列“{figure.header}”作为完成值（所写的完成情况），"
                        f"第{column_letter(verdict.index)}列“{verdict.header}”作为是否完成")


_VERDICT = re.compile(r"是否|状态|评价|判断|达标|完成与否")  # a heading over 完成 / 未完成, not what was reached


# a measures table's column naming what a target counts, beside the column of figures:
# 量化指标 (新增市场主体) | 单位 | 2024年目标 (1.2)
_SUBJECT_HEADS = {"量化指标", "指标", "指标名称", "主要指标", "具体指标", "考核指标", "指标项"}


def subject_column(layout: Layout) -> None:
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


# "带★的", "标“▲”号的", and marks said together ("带★或*的", "带★、▲的": each one means it)
_ONE_MARK = rf"[\"“”'‘’]?[{NAME_MARKS}][\"“”'‘’]?号?"
_MARKED = rf"(?:带|标有|标注|标|加|有)?({_ONE_MARK}(?:(?:或|和|及|与|、|/){_ONE_MARK})*)(?:的|者)?"

_BINDING_NOTE = re.compile(_MARKED + r"(?:指标)?(?:为|是|表示|系)(约束性|预期性)")  # "注：带★的为约束性指标"

_LEVEL_NOTE = re.compile(_MARKED + r"(?:项目)?(?:为|是|表示|系)(?:列入)?(国家级|省级|市级|区级|县级)重点")

# "注：标★的为新开工项目", "带*号的为2025年新增项目": the mark says the nature, or that the list gained the project
_NATURE_NOTE = re.compile(_MARKED + r"(?:项目)?(?:为|是|表示|系)(?:\d{4}年)?(?:度)?"
                          r"(计划新开工|新开工|拟开工|续建|在建|结转|前期|储备|预备|计划竣工|计划完工|新增|新列入|调入|增补)")


def noted_on(sheet: Sheet, layout: Layout) -> None:
    """The marks the notes under a page's rows explain, given to ``layout`` where it has none (the
    last page of a table turned from a PDF a page a sheet holds the table's 注)."""
    if layout.kind.startswith("indicator") and not layout.binding_marks:
        layout.binding_marks = noted_binding(sheet, 0)
    if layout.kind == "key_projects" and not layout.name_marks:
        layout.name_marks = noted_name_marks(sheet, 0)


def marks_alike(marks: dict[str, Any]) -> list[tuple[str, Any]]:
    """The marks of one meaning together, as a note says them: {"★": True, "*": True} → [("★”“*", True)], for
    “{marks}” in a message (a note for each said the rest were 预期性 twice)."""
    alike: dict[Any, list[str]] = {}
    for mark, said in marks.items():
        alike.setdefault(said, []).append(mark)
    return [("”“".join(ms), said) for said, ms in alike.items()]


def noted_binding(sheet: Sheet, top: int) -> dict[str, bool]:
    """{"★": True} for "注：带★的为约束性指标"."""
    return {m: said == "约束性" for m, said in _noted_marks(sheet, top, _BINDING_NOTE, ("约束", "预期")).items()}


def noted_name_marks(sheet: Sheet, top: int) -> dict[str, str]:
    """What a mark on a project's name says: {"★": "市级重点"} for "注：带★的为市级重点项目", {"▲": "新开工"}
    for "标▲的为新开工项目" (a nature as the filter lists it), {"*": "新增"} for "带*的为新增项目"."""
    marks = {m: nature_word(said, heading=False) or said
             for m, said in _noted_marks(sheet, top, _NATURE_NOTE, ("开工", "续建", "在建", "结转", "前期", "储备",
                                                                     "预备", "竣工", "完工", "新增", "列入", "调入",
                                                                     "增补")).items()}
    marks.update({m: f"{said}重点" for m, said in _noted_marks(sheet, top, _LEVEL_NOTE, ("重点",)).items()})
    return marks


def _noted_marks(sheet: Sheet, top: int, note: re.Pattern, words: tuple[str, ...]) -> dict[str, str]:
    """What the notes above the header or under the table say each mark means (``note``'s second
    group), looked for in the cells holding one of ``words``."""
    marks: dict[str, str] = {}
    for r in [*range(top), *range(max(top, sheet.height - 30), sheet.height)]:
        for v in sheet.rows[r]:
            if type(v) is str and any(w in v for w in words):
                for m in note.finditer(norm(v)):
                    marks.update((c, m.group(2)) for c in m.group(1) if c in NAME_MARKS)
    return marks
