"""Finding a table's header in a sheet: the row that reads best as column names, the rows above and below
it that belong to it (merged cells, a bare year over its columns, a row of units), each column's heading joined
over them, and the title lines above.

Headings may be typed with stray spaces, full-width characters and line breaks ("指  标", "总投资\n（亿元）");
what each means is :mod:`.headings`'s to say.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from ..domain.money import BARE_MONEY_UNIT, with_yuan
from ..domain.schedule_cell import arabic_years
from .cells import MONEY_UNIT, UNITISH, nfkc, norm
from .csv_header import YEAR_HEADING, header_merges, looks_like_data
from .grid import Sheet
from .headings import match_heading
from .layout import FORM_WORDS, KINDS

__all__ = ["Found", "Headings", "Above", "find_header", "header_rows", "headings", "above_header", "header_texts",
           "is_units_row", "merge_map", "filled", "row_texts"]


def merge_map(sheet: Sheet) -> dict[tuple[int, int], tuple[int, int, int, int]]:
    out = {}
    for r0, c0, r1, c1 in sheet.merged:
        if (r1 - r0 + 1) * (c1 - c0 + 1) > 5000:
            continue  # a whole-row merge carries nothing cell by cell
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                out[(r, c)] = (r0, c0, r1, c1)
    return out


def filled(sheet: Sheet, merges, r: int, c: int) -> Any:
    """The cell's value, or the value of the merged range it belongs to."""
    m = merges.get((r, c))
    if m:
        return sheet.cell(m[0], m[1])
    return sheet.cell(r, c)


def _names(heading: str) -> bool:
    return any(match_heading(kind, heading) == "name" for kind in KINDS)


def row_texts(sheet: Sheet, merges, r: int, width: int) -> list[str]:
    return [norm(filled(sheet, merges, r, c)) for c in range(width)]


def _grouped_unmerged(upper: list[str], lower: list[str]) -> bool:
    """A header over two rows with no merge (a CSV cannot merge; people often do not): a heading
    typed twice ("2024年目标 | 2024年目标" over "绝对值 | 增长"), or typed over the first of its
    columns with headings under it and under the empty cell beside it."""
    pairs = list(zip(upper, upper[1:], lower, lower[1:]))
    return any(a and a == b and u and v for a, b, u, v in pairs) or any(a and not b and u and v for a, b, u, v in pairs)


def header_texts(row: list[Any]) -> tuple[str, ...] | None:
    """A row's texts as compared, when it reads as a table's header (three headings at least)."""
    texts = [norm(v) for v in row]
    return tuple(texts) if header_score(texts) >= 3 else None


# a figure of things counted ("开工20个", "完工50个", "新增0.3万户"): a record's words, never a heading, though
# 开工 / 完工 / 完成 in them read as one (a task's quarterly steps outscored the header above them)
_COUNTED = re.compile(r"\d(?:\.\d+)?\s*(?:个|家|户|项|场|所|栋|套|处|条|座|名|人|万[户人元个家]|亿元|公里|千米|平方米|亩|吨|辆|台)")


def header_score(texts: list[str]) -> int:
    """How many distinct cells of a row read as column names (a title merged
    across the table counts once); months count as one unless they follow each other ("1月 | 2月 | 3月", a
    chart's heading; "2024年3月 | 2024年8月 | 2024年5月" is a project's dates, a data row)."""
    score = 0
    months: list[int] = []
    for t in dict.fromkeys(texts):
        if not t or len(t) > 30 or re.fullmatch(r"[-\d.,%]+", t) or _COUNTED.search(t):
            continue
        if any(match_heading(k, t) for k in KINDS):
            month = _A_MONTH.fullmatch(t)
            if month:
                months.append(int(month.group(1)))
            else:
                score += 1
    in_a_row = all(b == a + 1 for a, b in zip(months, months[1:]))
    return score + (len(months) if in_a_row else 1) if months else score


# a month alone as a heading: "3月", "2024年3月", "3月份"
_A_MONTH = re.compile(r"(?:(?:19|20)\d{2}\s*年\s*)?(1[0-2]|0?[1-9])\s*月份?")


@dataclass
class Found:
    """The row read best as a header, and the rows looked at for it."""

    merges: dict[tuple[int, int], tuple[int, int, int, int]]
    row: int
    score: int  # how many of its cells read as column names
    top: int  # the first row with anything in it
    scan: int  # the row the search stopped before


def _best_row(sheet: Sheet, merges, top: int, scan: int) -> tuple[int, int]:
    scores = [(header_score(row_texts(sheet, merges, r, sheet.width)), r) for r in range(top, scan)]
    return max(scores, key=lambda x: (x[0], -x[1]))


def find_header(sheet: Sheet) -> Found:
    """The row of ``sheet`` whose cells read most as column names, among the 25 from the first row with
    anything in it (a second table on a sheet is not reached)."""
    merges = merge_map(sheet)
    width = sheet.width
    top = next((r for r, row in enumerate(sheet.rows) if any(v not in (None, "") for v in row)), 0)
    scan = min(sheet.height, top + 25)
    best_score, h = _best_row(sheet, merges, top, scan)
    if not sheet.merged and best_score >= 2:
        # a header merged as it was typed, where the file keeps no merges (a CSV; a workbook written
        # without them); the row read best may be the lowest of its rows ("总投资 | 年度计划" under "投资情况")
        for start in (h - 2, h - 1, h):
            found, rows = header_merges(sheet, start, width, _names) if start >= top else ([], 0)
            if start + rows > h:
                sheet.merged = found
                break
        if sheet.merged:
            merges = merge_map(sheet)
            best_score, h = _best_row(sheet, merges, top, scan)
    return Found(merges, h, best_score, top, scan)


def header_rows(sheet: Sheet, merges, h: int) -> tuple[list[int], int | None]:
    """The rows of the header whose best row is ``h``: with the row above or below it where they head the
    same columns, and the row of units under them; and that row of units, or None."""
    width = sheet.width
    rows = [h]
    # a header over two rows: merged cells spanning down or across, or a bare year above its columns
    below = h + 1
    if below < sheet.height:
        spans_down = any(r0 == h and r1 >= below for (r0, c0, r1, c1) in set(merges.values()))
        spans_across = any(r0 == r1 == h and c1 > c0 for (r0, c0, r1, c1) in set(merges.values()))
        upper = row_texts(sheet, merges, h, width)
        year_only = any(YEAR_HEADING.fullmatch(t or "") for t in upper)
        sub = header_score([norm(sheet.cell(below, c)) for c in range(width)])
        lower = row_texts(sheet, merges, below, width)
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
        # "三季度" over "形象进度" in one column, every other heading merged down over both rows: the row is the
        # header's second, though its one word names no field alone
        down = {c for (r0, c0, r1, c1) in set(merges.values()) if r0 == h and r1 >= below for c in range(c0, c1 + 1)}
        under_the_rest = len(down) >= 2 and bool(filled_below) and not filled_below & down \
            and all(upper[c] for c in filled_below)
        if (spans_down or spans_across or year_only or grouped) and not record_below \
                and (sub >= 1 or words_under or under_the_rest or years_under and (spans_across or grouped)) \
                and not looks_like_data(sheet, below, width):
            rows.append(below)
    if h > 0 and not rows[1:] and any(r0 == h - 1 and r1 >= h for (r0, c0, r1, c1) in set(merges.values())):
        # the row picked is the lower of two (its cells filled from merges above): "二季度" over
        # "计划投资 | 完成投资", the other headings merged down over both rows
        rows.insert(0, h - 1)
    while len(rows) < 4 and rows[0] > 0 and any(
            rows[0] - 3 <= r0 < rows[0] and r1 >= rows[-1] and c0 == c1 for (r0, c0, r1, c1) in set(merges.values())):
        # a third row above: "2024年分季度投资" over 一季度 over 计划 | 完成, with 序号 and 项目名称 merged
        # down over all of them (a title row has no column merged down through the header); and where the row
        # read best is the lowest of three ("2024年" over "计划投资 | 形象进度" over "全年 | 一季度 …", 序号 merged
        # down from the first): the 计划投资 and 形象进度 of the quarters were lost, "全年" no field
        rows.insert(0, rows[0] - 1)
    units_row = rows[-1] + 1
    if units_row < sheet.height and is_units_row(row_texts(sheet, merges, units_row, width)) \
            and not _heading_across(sheet, merges, units_row):
        rows.append(units_row)  # "（亿元）" under 总投资: the units, on a row of their own
    else:
        units_row = None
    if h > 0 and not rows[1:]:
        above = row_texts(sheet, merges, h - 1, width)
        if sum(1 for t in above if YEAR_HEADING.fullmatch(t)) >= 1 and \
                sum(1 for t in above if t) >= 2:
            rows.insert(0, h - 1)
    return rows, units_row


@dataclass
class Headings:
    """Each column's heading, joined over the header rows."""

    texts: list[str]  # normalised: "建设周期开工", "总投资（万元）"
    lowest: list[str]  # a heading under a group heading: "开工" under "建设周期"; else ""
    group: list[str]  # the group heading over it
    shown: list[str]  # as the planner reads it in a message: "建设周期／开工"


def headings(sheet: Sheet, merges, rows: list[int], units_row: int | None) -> Headings:
    """The headings of the columns under ``rows``, the header's rows (``units_row`` among them, read as units
    in brackets)."""
    width = sheet.width
    # "2023年" typed over the first of its columns without a merge (a CSV cannot
    # merge; people often do not): it heads the columns to its right, up to the
    # next heading, wherever the row below names a column
    # a group heading typed over the first of its columns ("2024年目标" over "绝对值", nothing over
    # "增长（%）") heads them the same way
    carried: dict[tuple[int, int], str] = {}
    for upper, lower in zip(rows, rows[1:]):
        year_head = None
        for c in range(width):
            v = filled(sheet, merges, upper, c)
            under = filled(sheet, merges, lower, c) not in (None, "")
            if v not in (None, ""):
                year_head = v if YEAR_HEADING.fullmatch(norm(v)) or under else None
            elif year_head is not None and under:
                carried[(upper, c)] = year_head
            else:
                year_head = None
    out = Headings([], [], [], [])
    for c in range(width):
        parts: list[str] = []
        typed: list[str] = []  # the same, as the planner typed it: "（万元）" stays full-width in messages
        for r in rows:
            v = carried.get((r, c)) or filled(sheet, merges, r, c)
            t = unicodedata.normalize("NFKC", str(v)).strip() if v not in (None, "") else ""
            t = re.sub(r"\s+", "", t) if re.search(r"[\u4e00-\u9fff]", t) else re.sub(r"\s+", " ", t)
            if r == units_row and t:
                t = f"（{bare_unit(t)}）"  # read as a unit in brackets ("总投资（万元）")
            if t and t not in parts:
                parts.append(t)
                d = nfkc(str(v)).strip() if r != units_row else t
                typed.append(re.sub(r"\s+", "", d) if re.search(r"[\u4e00-\u9fff]", d) else re.sub(r"\s+", " ", d))
        out.texts.append("".join(parts))
        named = [t for t in parts if not (t.startswith("（") and t.endswith("）"))]
        out.lowest.append(named[-1] if len(named) > 1 else "")
        out.group.append(named[-2] if len(named) > 1 else "")
        out.shown.append(joined_heading(typed))
    return out


_UNIT_CELL = re.compile(r"^[(（]?(?:单位[:：])?([^()（）:：]{1,8})[)）]?$")


def bare_unit(text: str) -> str:
    m = _UNIT_CELL.match(text)
    return m.group(1) if m else text


def is_units_row(texts: list[str]) -> bool:
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


def _heading_across(sheet: Sheet, merges, r: int) -> bool:
    """One cell merged across three columns or more under the header, its text no bracketed unit ("（万元）") nor a
    short one ("万元"): the first category row ("文旅项目", whose 项 reads as a unit), not a row of units."""
    spans = {m for m in set(merges.values()) if m[0] == r == m[2]}
    if len(spans) != 1 or next(iter(spans))[3] - next(iter(spans))[1] < 2:
        return False
    filled = [norm(v) for v in sheet.rows[r] if norm(v)]
    return len(filled) == 1 and not filled[0].startswith(("(", "（", "单位")) and len(filled[0]) > 2


def joined_heading(parts: list[str]) -> str:
    """A heading over several rows as one: "建设周期／开工", but "2023年目标" and "总投资（万元）"."""
    out = ""
    for t in parts:
        joined = not out or YEAR_HEADING.fullmatch(out) or (t[:1] in "(（" and t[-1:] in ")）")
        out += t if joined else f"／{t}"
    return out


_ANNEX = re.compile(r"^附件\s*([0-9一二三四五六七八九十]+)")
# who filled the form in, and notes about filling it in: lines above a table that are no title
_FORM_LINE = re.compile(rf"^({FORM_WORDS}|日期)")
_NOTE_ABOVE = re.compile(r"^(注|备注|说明|附注|备注说明|有关说明|特别说明)\d*[:：]")
# "单位：万元" or "金额单位：亿元" on a line of its own above a table
_TABLE_UNIT = re.compile(rf"^(?:金额|投资)?单位[:：]({MONEY_UNIT}|{BARE_MONEY_UNIT})")
# "填报单位：区发展改革委　　单位：万元": the unit said after spaces, on a line that says something else first
_UNIT_CLAUSE = re.compile(rf"\s(?:金额|投资)?单位[:：]\s*({MONEY_UNIT}|{BARE_MONEY_UNIT})")
# "单位：%", "单位：亿元、%" above an indicator table: the units of the indicators it lists
_TABLE_UNITS = re.compile(r"^(?:计量)?单位[:：]\s*([^:：]{1,20})$")


@dataclass
class Above:
    """What the lines above a table's header say of it."""

    title: str | None = None
    annex: str | None = None  # "附件1"
    money_unit: str | None = None  # "单位：万元": every money column without a unit of its own
    table_units: list[str] = field(default_factory=list)  # "单位：亿元、%" above an indicator table


def above_header(sheet: Sheet, first_header_row: int) -> Above:
    """The title (the longest line above the header), the "附件N" row and the table's units."""
    lines = [str(v).strip() for r in range(first_header_row) for v in sheet.rows[r] if str(v or "").strip()]
    out = Above()
    for line in lines:
        m = _ANNEX.match(norm(line))
        u = _TABLE_UNIT.match(norm(line))
        units = _TABLE_UNITS.match(norm(line))
        clause = _UNIT_CLAUSE.search(line) if not u else None  # (the spaces kept: norm takes them out)
        if clause:
            out.money_unit = with_yuan(clause.group(1))
        if m and len(norm(line)) <= 6:
            out.annex = f"附件{m.group(1)}"
        elif u or units:
            out.money_unit = with_yuan(u.group(1)) if u else out.money_unit
            named = [x.strip() for x in re.split(r"[、,，;；]", units.group(1)) if x.strip()] if units else []
            # units, not "单位：渝中区统计局" (the form's unit filling it in)
            out.table_units = named if all(len(x) <= 6 and UNITISH.search(x) for x in named) else []
        elif _FORM_LINE.match(norm(line)) or _NOTE_ABOVE.match(norm(line)):
            # "填报单位（盖章）：… 填报日期：…" is about the form, "说明：本表所列为2023年…" about filling it
            # in: neither is the table's title (the note's year was taken for the table's)
            continue
        elif out.title is None or len(line) > len(out.title):
            out.title = arabic_years(line)  # "二〇二四年重点项目计划表": its year read as 2024
    said_in_title = re.search(rf"[(（](?:单位[:：])?({MONEY_UNIT}|{BARE_MONEY_UNIT})[)）]$", norm(out.title)) \
        if out.title else None
    out.money_unit = out.money_unit or (with_yuan(said_in_title.group(1)) if said_in_title else None)  # "…（万元）"
    return out
