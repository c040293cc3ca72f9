"""A key project's money columns: the unit each is in (its heading's, the group's above it, the table's "单位：万元"),
scaled to 亿元 and said, in one line for a run of them.
"""
from __future__ import annotations

import re

from ..domain.money import BARE_MONEY_UNIT, with_yuan
from .cells import MONEY_UNIT, YEAR, money_scale, money_unit_in, norm, split_unit
from .column_rules import figures_in
from .grid import Sheet, column_letter
from .headings import match_heading, money_field
from .layout import Column, Layout


_BARE_MONEY = re.compile(BARE_MONEY_UNIT)
_MONEY_IN_BRACKETS = re.compile(rf"[(（]\s*({MONEY_UNIT}|{BARE_MONEY_UNIT})\s*[)）]")
_MONEY_AFTER = re.compile(rf"(?:[/／:：]\s*|\s+|(?<=投资)|(?<=金额))({MONEY_UNIT}|{BARE_MONEY_UNIT})\s*$")


FIGURE_WORDS = {"total_investment": "总投资", "annual_investment": "年度计划投资", "invested_before": "以前年度累计完成投资"}


def money_pair(text: str) -> tuple[str, str] | None:
    """The two fields of a heading naming two figures of a project ("总投资/年度计划投资（亿元）"), or None."""
    pieces = re.split(r"[/／]", split_unit(YEAR.sub("", norm(text)))[0])
    if len(pieces) != 2 or not all(pieces):
        return None
    pair = tuple(match_heading("key_projects", p) for p in pieces)
    return pair if pair[0] != pair[1] and all(f in FIGURE_WORDS for f in pair) else None  # type: ignore[return-value]


def field_column(layout: Layout, fld: str, c: int, text: str, said: str, money_unit: str | None) -> Column:
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


def said_scaled_at_once(layout: Layout) -> None:
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


def money_in_the_tables_unit(sheet: Sheet, layout: Layout) -> None:
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
