"""The rows of a key-project table as records, read a column at a time: a city's schedule has
tens of thousands of rows but few distinct zones, areas, units and quarters."""
from __future__ import annotations

import re
from itertools import zip_longest
from typing import Any

from ..domain.quarter import DATE_REMARK, NATURE_WORDS, Quarter, leading_time
from ..domain.target import plain_number, verdict_of
from .cells import (
    ITEM_NUMBER, NO_DATE, PART_NUMBER, clean_column, contact_of, memo, norm, number_cell, schedule_fields, span_fields,
    text_of, units_column,
)
from .headings import is_quarter_field
from .layout import NAME_MARK, NAME_MARKS, Layout
from .read import Sheet, cell_text, column_letter
from .table import Problem, Table
from .zones import (
    HEADING_COUNT, NO_ZONE, area_word, level_word, names_a_group, nature_word, spanning_zones, zone_and_area, zone_in_title,
    zone_word,
)


_A_YEAR = re.compile(r"\d{4}\s*年")  # a year named in a schedule's wording
_PLACE_NAME = re.compile(r"[\u4e00-\u9fff]")  # a cell naming a place has Chinese in it


class Columns:
    """The data rows of a sheet read a column at a time.

    A city's schedule has tens of thousands of rows but few distinct zones,
    areas, classes, units and quarters: each distinct cell is read once
    (:func:`memo`) and problems are reported for every row holding it.
    """

    def __init__(self, sheet: Sheet, layout: Layout, rows: list[int]) -> None:
        self.sheet, self.layout, self.rows = sheet, layout, rows
        self.cells = [sheet.rows[r] for r in rows]
        self.n = len(rows)
        self.columns = list(zip_longest(*self.cells))  # one pass in C instead of one per column
        self.dropped = bytearray(self.n)  # rows without a record: their cells raise no problems
        self.bad = bytearray(self.n)  # rows with an error: not imported
        self.problems: list[tuple[int, Problem]] = []
        self._position = {r: k for k, r in enumerate(rows)} if sheet.errors else {}
        self._texts: dict[str, list[str | None]] = {}

    def has(self, fld: str) -> bool:
        return fld in self.layout.columns

    def raw(self, fld: str) -> list[Any]:
        col = self.layout.columns.get(fld)
        if col is None:
            return [None] * self.n
        i = col.index
        values = list(self.columns[i]) if i < len(self.columns) else [None] * self.n
        for (r, c), text in self.sheet.errors.items():  # the reader shows an error cell as empty; it is not
            if c == i and r in self._position:
                values[self._position[r]] = text
        return values

    def text(self, fld: str) -> list[str | None]:
        """The column's cells as text, cleaned once (a copy: callers change their list)."""
        if not self.has(fld):
            return [None] * self.n
        if fld not in self._texts:
            self._texts[fld] = clean_column(self.raw(fld))
        return list(self._texts[fld])

    def units(self, fld: str) -> list[str | None]:
        """The column's cells as units: one a line in a cell is a list of them."""
        return units_column(self.raw(fld)) if self.has(fld) else [None] * self.n

    def report(self, k: int, fld: str | None, text: Any, message: str, severity: str = "error") -> None:
        if self.dropped[k]:
            return
        col = self.layout.columns.get(fld) if fld else None
        self.problems.append((k, Problem(self.sheet.name, self.rows[k] + 1, column_letter(col.index) if col else None,
                                         text_of(text), message, severity)))
        if severity == "error":
            self.bad[k] = 1

    def numbers(self, fld: str) -> list[float | None]:
        if not self.has(fld):
            return [None] * self.n
        scale = self.layout.columns[fld].scale
        out: list[float | None] = [None] * self.n
        others: dict[Any, tuple[float | None, str | None, str]] = {}
        for k, v in enumerate(self.raw(fld)):
            t = type(v)
            if t is float or t is int:
                out[k] = round(v * scale, 6)
            elif v is not None and v != "":
                found = others.get(v) if t is not bool else None
                if found is None:
                    found = others[v] = number_cell(v, scale, money=True)  # a project's figures are 亿元
                out[k] = found[0]
                if found[1]:
                    self.report(k, fld, v, found[1], found[2])
        return out

    def schedules(self, fld: str) -> list[tuple[str | None, str | None, str | None, str | None] | None]:
        if not self.has(fld):
            return [None] * self.n
        values = self.raw(fld)
        year = self.layout.year
        out = memo(lambda v: schedule_fields(v, year), values)
        for k, parsed in enumerate(out):
            if parsed[3]:
                self.report(k, fld, values[k], parsed[3])
        # "2024年3月（已开工）": read as the month, the remark kept in the wording but not in the database
        remarked = {v for v in set(values) if type(v) is str and ("（" in v or "(" in v)}
        for k, v in enumerate(values) if remarked else ():
            remark = DATE_REMARK.search(norm(v)) if v in remarked and out[k] and out[k][0] else None
            if remark:
                self.report(k, fld, v, f"按 {out[k][0]} 记入，括号中的说明“{remark.group(1)}”未导入", "warning")
        # "2024年开工": the year and no quarter, kept as written; said once for the column, since the
        # dashboard's starts and completions by quarter leave these projects out
        year_only = [v for v, parsed in zip(values, out)
                     if parsed and parsed[0] is None and parsed[1] and not parsed[2] and not parsed[3]
                     and _A_YEAR.search(parsed[1])]
        if year_only:
            col = self.layout.columns[fld]
            self.problems.append((0, Problem(
                self.sheet.name, None, column_letter(col.index), str(year_only[0]),
                f"第{column_letter(col.index)}列有 {len(year_only)} 个项目只写了年份（如“{norm(str(year_only[0]))}”），"
                f"没有季度：按原文记入，时间轴标出全年；计入该年的{'开工' if fld == 'start' else '完工'}数"
                f"（到四季度才算到期），不计入哪一个季度", "info")))
        # "2024.10" typed into a number cell is stored as 2024.1: October read as January
        october = {v for v in set(values) if type(v) is float and 1900 < v < 2100 and round(v * 100) % 100 == 10}
        if october:
            for k, v in enumerate(values):
                if v in october and type(v) is float:
                    self.report(k, fld, plain_number(v), f"读作{int(v)}年1月；若是10月（{int(v)}.10），Excel 把它存成了数字"
                                f" {plain_number(v)}：请写成“{int(v)}年10月”或把单元格设为文本", "warning")
        return out

    def spans(self, fld: str) -> tuple[list, list]:
        """Start and completion from one 开竣工时间 column."""
        if not self.has(fld):
            return [None] * self.n, [None] * self.n
        values, year = self.raw(fld), self.layout.year
        out = memo(lambda v: span_fields(v, year), values)
        starts, ends = [], []
        for k, pair in enumerate(out):
            start, end = pair or (None, None)
            if start is not None and start[3]:
                self.report(k, fld, values[k], start[3])
            starts.append(start)
            ends.append(end)
        return starts, ends


def read_projects(table: Table, sheet: Sheet, layout: Layout, rows: list[int], categories: list[str | None],
                  row_zone: list[str | None], row_nature: list[str | None]) -> None:
    """Key-project records, read a column at a time (the 50,000-row case)."""
    cols = Columns(sheet, layout, rows)
    names = cols.text("name")
    contents = cols.text("content")
    if layout.name_with_content:
        names, given = _names_and_contents(cols)
        contents = contents if cols.has("content") else given
    if None in names:
        for k, name in enumerate(names):
            if not name:
                if any(norm(v) for v in cols.cells[k]):
                    cols.report(k, "name", "", "缺少项目名称", "warning")
                cols.dropped[k] = 1
    numbered = sum(1 for n in names if n and n[0] in "0123456789(（" and ITEM_NUMBER.match(n))
    if numbered and numbered * 2 >= len(names) - names.count(None):
        # "1.重庆长滨", "（3）…" down the name column: the list's numbering, not the names (a lone
        # "1、2号楼改造" among plain names is a name)
        names = [ITEM_NUMBER.sub("", n) or n if n else n for n in names]
    _list_marks(cols, names)
    coded = _codes_in_names(cols, names)
    natured, leveled = _bracket_marks(cols, names)
    marked = _name_marks(cols, names)
    zone_texts = cols.text("zone")
    zone_of = {z: zone_word(z) for z in set(zone_texts) if z}
    category_zone = {c: zone_word(c) for c in set(categories) if c}
    category_nature = {c: nature_word(c) for c in category_zone}
    category_area = {c: area_word(c) for c in category_zone}
    category_level = {c: level_word(c) for c in category_zone}
    # "东部-解放碑", "东部片区（解放碑板块）": the zone, then its area (the area was lost, or the zone refused)
    zone_area = {z: pair for z in zone_of if (pair := zone_and_area(z)) is not None}
    for z, (zone, _) in zone_area.items():
        zone_of[z] = zone
    spanning = {z: spanning_zones(z) for z, w in zone_of.items() if w is None}
    for z, named in spanning.items():
        if named:  # "东部、中部": a project across zones is the whole district's, as the plan counts them
            zone_of[z] = "全区"
    own_parts: set[str] = set()
    if not cols.has("area") and zone_of and not any(zone_of.values()) and all(map(_PLACE_NAME.search, zone_of)):
        # "两江新区 | 空港新城 | 中央公园" in 渝北区's 区域 column: the district's own parts, none of them the plan's
        # east, central or west; with no 板块 column they are its areas, not a warning on every row (names of
        # places: a column of codes, 500112, is no list of areas)
        own_parts = {z for z in zone_of if HEADING_COUNT.sub("", norm(z)) not in NO_ZONE}  # 未分区 is none
        col = layout.columns["zone"]
        cols.problems.append((0, Problem(cols.sheet.name, None, column_letter(col.index), "",
                                         f"第{column_letter(col.index)}列“{col.header}”写的不是东部、中部、西部或全区，"
                                         "作为板块导入（表中没有板块列）", "info")))
    zones = [zone_of[z] if z else rz for z, rz in zip(zone_texts, row_zone)]
    whole = zone_word(sheet.name) or zone_in_title(layout.title)  # a sheet per zone: "东部片区"
    if whole and None in zones:
        zones = [z or whole for z in zones]
    if None in zone_of.values() and not own_parts:
        for k, zt in enumerate(zone_texts):
            if zt and zone_of[zt] is None:
                cols.report(k, "zone", zt, "区域应为 东部、中部、西部 或 全区", "warning")
    for k, zt in enumerate(zone_texts):
        if zt and spanning.get(zt):
            cols.report(k, "zone", zt, f"跨{'、'.join(spanning[zt])}，按全区导入", "info")
    said_natures = cols.text("nature")
    said_classes = cols.text("project_class")
    said_levels: list[str | None] | None = None
    held = _class_holds(said_classes) if cols.has("project_class") else None
    if held == "nature" and not cols.has("nature") or held == "level" and not cols.has("level"):
        # "项目类型: 续建 | 新开工", "项目类别: 市级重点项目": the column says the nature or the level; it
        # was kept as each project's class (the class filter listed 续建)
        if held == "nature":
            said_natures = said_classes
        else:
            said_levels = memo(lambda c: level_word(c, heading=False), said_classes)
        said_classes = [None] * cols.n
        col = layout.columns["project_class"]
        what = "建设性质（续建、新开工…），作为建设性质" if held == "nature" else "项目级别（市级重点、区级重点…），作为项目级别"
        cols.problems.append((0, Problem(cols.sheet.name, None, None, "", f"第{column_letter(col.index)}列“{col.header}”"
                                         f"填的是{what}导入", "info")))
    # 在建 is 续建, as in a date column; 新开工项目 and 计划新开工 are 新开工 (the filter lists one nature)
    natures = memo(lambda n: nature_word(n, heading=False) or n if n else n, said_natures)
    # "新开工（计划6月）", "续建（主体工程已完工，配套工程实施中）": the nature the filter lists (it listed each
    # apart), the remark kept in the project's 备注
    remarked = {}
    for said in set(said_natures) - {None}:
        remark = _REMARK_AFTER.search(said) if not nature_word(said, heading=False) else None
        word = nature_word(said[:remark.start()], heading=False) if remark else None
        if word:
            remarked[said] = (word, remark.group(1))
    notes = cols.text("notes")
    for k, said in enumerate(said_natures) if remarked else ():
        if said in remarked:
            natures[k], remark = remarked[said]
            held = notes[k]
            notes[k] = remark if not held else held if remark in held else f"{held}；{remark}"
            cols.report(k, "nature", said, f"建设性质按“{natures[k]}”导入，括号中的“{remark}”记入备注", "info")
    if any(natured):  # "重庆长滨（续建）" with no nature said beside it
        natures = [n or m for n, m in zip(natures, natured)]
    events: list[tuple[str, ...] | None] = [None] * cols.n
    if layout.reported and layout.year and cols.has("nature"):
        # "项目状态: 已开工" in a quarter's report says what has happened by then, not the kind of project:
        # a project new this year that has started is no 续建 (its nature on the list is kept)
        events = [_STATE_EVENTS.get(norm(n)) if n else None for n in said_natures]
        natures = [None if e is not None else n for n, e in zip(natures, events)]
    asked = norm(layout.columns["nature"].header) if cols.has("nature") else ""
    if asked.startswith("是否"):  # "是否新开工": 是 says the nature, 否 says nothing
        word = NATURE_WORDS.get(asked[2:])
        natures = [word if verdict_of(n) == "met" else None for n in natures]
    levels = said_levels or cols.text("level")
    asked = norm(layout.columns["level"].header) if cols.has("level") else ""
    if asked.startswith("是否"):  # "是否市级重点项目": 是 says the level; 否, the list's own if its title names it
        word = re.search(r"(市级|区级|省级|国家级)重点", asked).group()
        own = re.search(r"(市级|区级|县级)重点", norm(layout.title))
        otherwise = own.group() if own and own.group() != word else None
        levels = [word if verdict_of(v) == "met" else otherwise if verdict_of(v) == "not_met" else None
                  for v in levels]
    elif layout.level_marks:  # "注：带★的为市级重点项目": the marked ones; the others, the list's own if its title says
        own = re.search(r"(市级|区级|县级)重点", norm(layout.title))
        others = own.group() if own and own.group() not in layout.level_marks.values() else None
        levels = [layout.level_marks.get(m, others) if m is not None else others for m in marked]
    if any(leveled):  # "红楼宾馆综合改造（市重点）" with no level said beside it
        levels = [lv or m for lv, m in zip(levels, leveled)]
    if any(category_level.values()):  # "一、市级重点项目" over its projects: their level, where no column says it
        levels = [lv or (category_level[c] if c else None) for lv, c in zip(levels, categories)]
    starts, completions = cols.schedules("start"), cols.schedules("completion")
    if cols.has("span"):  # "2024.03-2025.12" in one column: each end where its own column is missing or empty
        span_starts, span_ends = cols.spans("span")
        starts = [a or b for a, b in zip(starts, span_starts)]
        completions = [a or b for a, b in zip(completions, span_ends)]
    by_years = None
    if not cols.has("span") and cols.has("construction_years") and not cols.has("start") \
            and not cols.has("completion"):
        # 建设起止年限 "2024-2026" is the only dated schedule the table gives: read it as one, quietly
        # (it may be a duration, "3年", which says no dates and is no error); a quarterly node or the
        # year's schedule in words says the quarter within its year ("四季度开工" is not 2024's first quarter)
        years = memo(lambda v: span_fields(v, layout.year), cols.raw("construction_years"))
        by_years = [(s, e) if s and not s[3] else (None, None) for s, e in (y or (None, None) for y in years)]
        starts, completions = [s for s, _ in by_years], [e for _, e in by_years]
    marked = _marked_quarters(cols, layout)
    if marked:  # the planner's own 横道图 beside the table: its first and last marks, where no date is given
        starts = [s if s and s[0] else ((m[0], None, None, None) if m else s) for s, m in zip(starts, marked)]
        completions = [c if c and c[0] else ((m[-1], None, None, None) if m else c)
                       for c, m in zip(completions, marked)]
    nodes = _node_milestones(cols, layout)
    if nodes:  # a table of quarterly nodes: "开工建设" in a quarter is the start, "竣工验收" the completion
        # (not over 建设起止年限: a year's goal, "2024年主要建设内容: 开工建设", is due by the year's end,
        # which says no quarter of the start)
        starts, completions, said = _dated_by(starts, completions, nodes, None)
        if said:
            cols.problems.append((0, Problem(cols.sheet.name, None, None, "",
                                             "开工、完工季度取自季度节点（写“开工”“竣工”的季度）", "info")))
    plans = _year_plans(cols, layout)
    if plans:  # "3月开工，12月主体完工" in 2024年进度计划: its 开工 and 竣工 date the project
        starts, completions, said = _dated_by(starts, completions, [(a, b) for _, a, b, _n in plans], by_years)
        if None in natures:  # "续建；6月完工": the nature it says, where nothing else does
            natures = [n or p[3] for n, p in zip(natures, plans)]
        col = layout.columns["year_plan"]
        if said or any(set(goals) - {4} for goals, *_ in plans):  # (with no time in it, the year's goal: nothing to say)
            cols.problems.append((0, Problem(cols.sheet.name, None, column_letter(col.index), "",
                                             f"第{column_letter(col.index)}列“{col.header}”按所写时间分为各季度的节点目标"
                                             + ("，写“开工”“竣工”的时间作为开工、完工季度" if said else ""), "info")))
    actual_starts, actual_completions = cols.schedules("actual_start"), cols.schedules("actual_completion")
    if None in natures:
        for k in range(cols.n):
            if not natures[k]:  # "续建" in a schedule column says what the project is
                for cell in (starts[k], completions[k]):
                    if cell is not None and cell[2]:
                        natures[k] = cell[2]
                        break
                else:  # or the category row above: "（一）续建项目", or "一、续建项目" over "（一）东部片区"
                    natures[k] = category_nature.get(categories[k]) or row_nature[k]
    classes = said_classes
    class_of_category = {c: (c if category_zone[c] is None and category_nature[c] is None
                             and category_area[c] is None and category_level[c] is None
                             and HEADING_COUNT.sub("", norm(c)) not in NO_ZONE else None)
                         for c in category_zone}
    areas = cols.text("area")
    if own_parts:
        areas = [z if z in own_parts else a for z, a in zip(zone_texts, areas)]
    if zone_area:
        areas = [a or (zone_area[z][1] if z in zone_area else None) for a, z in zip(areas, zone_texts)]
        col = layout.columns["zone"]
        cols.problems.append((0, Problem(cols.sheet.name, None, column_letter(col.index), "",
                                         f"第{column_letter(col.index)}列“{col.header}”在区域后写了板块"
                                         "（如“东部-解放碑”）：分别作为区域和板块导入", "info")))
    if any(category_area.values()):  # "（一）解放碑—朝天门板块" under "一、东部片区": the projects' area
        areas = [a or (category_area[c] if c else None) for a, c in zip(areas, categories)]
    sheet_area = area_word(sheet.name)  # a sheet per area: "化龙桥片区", "解放碑中央商务区"
    if sheet_area and None in areas:
        areas = [a or sheet_area for a in areas]
    totals, annuals = cols.numbers("total_investment"), cols.numbers("annual_investment")
    before = cols.numbers("invested_before")
    _check_figures(cols, totals, annuals, starts, completions, before)
    none4 = (None, None, None, None)
    codes = [c or m for c, m in zip(cols.text("code"), coded)] if any(coded) else cols.text("code")
    contacts = list(map(contact_of, cols.text("contact"), cols.text("contact_phone"))) \
        if cols.has("contact") or cols.has("contact_phone") else [None] * cols.n  # (50,000 calls for nothing)
    columns = zip(
        names, codes, zones, areas, classes, categories, natures, levels,
        contents, cols.text("construction_years"), totals, annuals, before, starts, completions,
        actual_starts, actual_completions, cols.units("owner"), cols.units("responsible_unit"), cols.text("leader"),
        contacts, notes)
    records: list[tuple[int, dict[str, Any]]] = []
    for k, (name, code, zone, area, cls, category, nature, level, content, years, total, annual, invested, start,
            completion, actual_start, actual_completion, owner, unit, leader, contact, notes) in enumerate(columns):
        if cols.dropped[k] or cols.bad[k]:
            continue
        start, completion = start or none4, completion or none4
        records.append((k, {
            "code": code, "name": name, "zone": zone, "area": area,
            "class": cls or (class_of_category[category] if category else None),
            "nature": nature, "level": level, "content": content, "construction_years": years,
            "total_investment": total, "annual_investment": annual, "invested_before": invested,
            "start": start[0], "start_text": start[1], "completion": completion[0], "completion_text": completion[1],
            "actual_start": (actual_start or none4)[0] or _happened(start, _BEGUN),
            "actual_completion": (actual_completion or none4)[0] or _happened(completion, _DONE),
            "owner": owner, "responsible_unit": unit, "leader": leader, "contact": contact, "notes": notes,
        }))
    if layout.reported and layout.year:
        by = f"{layout.year}Q{layout.reported}"
        _asked_events(cols, by, records)
        for k, record in records:
            for event in events[k] or ():
                if not record[event]:
                    record[event], record[f"{event}_by"] = by, True
    if cols.has("seq"):
        records = _package_parts_left_out(cols, records, [r + 1 for r in rows])
    quarter_cols = sorted(f for f in layout.columns if is_quarter_field(f))
    if quarter_cols:
        _quarter_values(cols, layout, quarter_cols, records)
    if any(f.startswith("month_") for f in layout.columns):
        _month_values(cols, layout, records)
    if layout.year and (quarter_cols or any(f.startswith("month_") for f in layout.columns)):
        _check_quarters_add_up(cols, layout.year, records)
    if plans:
        for k, rec in records:
            for n, goal in plans[k][0].items():
                q = rec.setdefault("quarters", {}).setdefault(f"{layout.year}Q{n}",
                                                              {"planned": None, "actual": None, "progress": None})
                if not q.get("goal"):  # a quarter's own goal column says it
                    q["goal"] = goal
    keys = [f"code:{r['code']}" if r["code"] else f"name:{norm(r['name']).lower()}" for _, r in records]
    if len(set(keys)) == len(keys):  # no duplicates: the usual case
        table.records.extend(r for _, r in records)
        table.rows.extend(rows[k] + 1 for k, _ in records)
        records = []
    seen: dict[str, int] = {}
    where: dict[str, tuple] = {}
    named: dict[str, str] = {}
    for (k, record), key in zip(records, keys):
        place = (record.get("zone"), record.get("area"))
        if key in seen and key.startswith("code:") and norm(record["name"]) != norm(named[key]):
            # two projects given one code: the import would take the second for the first (it matches by code)
            cols.report(k, "code", record["code"], f"项目编码与第{seen[key]}行“{named[key]}”相同，本行未导入；"
                                                   "一个编码只能对应一个项目")
            continue
        if key in seen and where[key] != place:
            # "老旧小区改造" in 东部 and in 西部: two projects of one name, which the list tells apart only
            # by where they are; a project is known by its code, else its name
            cols.report(k, "name", record["name"], f"与第{seen[key]}行同名（所在区域或板块不同），本行未导入；"
                                                   "两个同名项目请填写项目编码，或在名称中写明区域")
            continue
        if key in seen:
            cols.report(k, "name", record["name"], f"与第{seen[key]}行重复，本行未导入")
            continue
        seen[key] = rows[k] + 1
        where[key] = place
        named[key] = record["name"]
        table.records.append(record)
        table.rows.append(rows[k] + 1)
    cols.problems.sort(key=lambda kp: kp[0])  # row by row, as the planner reads the table
    table.problems.extend(p for _, p in cols.problems)


# a mark of the list's change after a name: "朝天门整治（新增）", "鹅岭公园配套【调出】"
_LIST_MARK = re.compile(r"\s*[(（【\[]\s*(新增|新增项目|新列入|调入|调增|增补|调整|调整后|更名|调出|移出|取消|删除|退出)"
                        r"\s*[)）】\]]$")
_LEAVING = {"调出", "移出", "取消", "删除", "退出"}


def _list_marks(cols: Columns, names: list[str | None]) -> None:
    """A mark of the list's change is no part of the name: kept in it, the project was a new one
    ("朝天门整治（新增）") beside the one the plan holds. A project marked as leaving the list, after
    its name or alone in 备注, is not imported: the list no longer holds it."""
    notes = cols.text("notes") if cols.has("notes") else None
    for k, name in enumerate(names):
        mark = None
        if name and name[-1] in ")）】]":
            m = _LIST_MARK.search(name)
            if m:
                names[k], mark = name[:m.start()], m.group(1)
        if mark is None and notes is not None and notes[k] in _LEAVING:
            mark = notes[k]
        if mark in _LEAVING:
            cols.report(k, "name", name, f"标注为“{mark}”：已不在清单中，未导入（要把它移出计划，请导入完整清单并选择移出）",
                        "warning")
            cols.dropped[k] = 1
        elif mark is not None:
            cols.report(k, "name", name, f"名称后的“{mark}”是清单变动的标注，未计入名称", "info")


def _class_holds(cells: list[str | None]) -> str | None:
    """"nature" or "level" when every cell of a class column says one (续建, 市级重点项目)."""
    said = {norm(c) for c in set(cells) if c}  # a class column of 50,000 rows has a few words
    if not said:
        return None
    if all(nature_word(c, heading=False) for c in said):
        return "nature"
    if all(level_word(c, heading=False) for c in said):
        return "level"
    return None


# "2023年5月已开工", "已于2024年6月竣工" in a date column: when it happened, not only when it was due
_BEGUN = re.compile(r"已(?:于\S*)?(?:开工|动工|开建)")
_DONE = re.compile(r"已(?:于\S*)?(?:竣工|完工|建成|投用)")


def _happened(cell: tuple, said: re.Pattern) -> str | None:
    return cell[0] if cell[0] and cell[1] and "已" in cell[1] and said.search(cell[1]) else None


_BRACKET_AFTER = re.compile(r"\s*[(（【\[]([^()（）【】\[\]]{2,6})[)）】\]]$")
# the national investment project code after a name: "甲道路工程（2401-500103-04-01-123456）",
# "乙停车场(项目代码:2312-500103-04-05-654321)"
_CODE_AFTER = re.compile(r"\s*[(（【\[]\s*(?:(?:项目|统一)?(?:代码|编码|编号)\s*[:：]?\s*)?"
                         r"(\d{4}-\d{6}-\d{2}-\d{2}-\d{6})\s*[)）】\]]$")


def _codes_in_names(cols: Columns, names: list[str | None]) -> list[str | None]:
    """The project code in brackets after a name is the project's code, not part of its name (next
    year's list naming it plainly, or by its code, finds it). Gives each row's code (None for none)."""
    codes: list[str | None] = [None] * len(names)
    for k, name in enumerate(names):
        if name and name[-1] in ")）】]" and "-" in name:
            m = _CODE_AFTER.search(name)
            if m and m.start() > 0:
                names[k], codes[k] = name[:m.start()], m.group(1)
                cols.report(k, "name", name, f"名称后的“{m.group(1)}”是项目代码，作为项目编码导入", "info")
    return codes


_LEVEL_AFTER = re.compile(r"^(国家|省|市|区|县)(?:级重点|级|重点)(?:项目)?$")  # "（市级）", "（市重点）"


def _bracket_marks(cols: Columns, names: list[str | None]) -> tuple[list[str | None], list[str | None]]:
    """"重庆长滨（续建）", "红楼宾馆综合改造（市重点）": the nature or the level said after the name is no
    part of it — kept, next year's list naming it plainly would make a second project. Gives each
    row's nature and level (None for none)."""
    natures: list[str | None] = [None] * len(names)
    levels: list[str | None] = [None] * len(names)
    said: dict[str, tuple[int, str, str] | None] = {}  # a list's endings repeat ("（一期）"): each read once
    for k, name in enumerate(names):
        if name and name[-1] in ")）】]":
            tail = name[-10:]  # the bracket and its two to six characters, and what is before it
            if tail not in said:
                m = _BRACKET_AFTER.search(tail)
                word = nature_word(m.group(1), heading=False) if m else None
                level = _LEVEL_AFTER.match(norm(m.group(1))) if m and not word else None
                said[tail] = (len(tail) - m.start(), "nature", word) if word else \
                    (len(tail) - m.start(), "level", f"{level.group(1)}级重点") if level else None
            found = said[tail]
            if found is not None and found[0] < len(name):  # a name that is only "（续建）" stays
                cut, what, word = found
                names[k] = name[:-cut]
                (natures if what == "nature" else levels)[k] = word
                cols.report(k, "name", name, f"名称后的“{name[-cut:].strip()}”是"
                            f"{'建设性质' if what == 'nature' else '项目级别'}，未计入名称", "info")
    return natures, levels


_MARKS = set(NAME_MARKS + "＊")


def _name_marks(cols: Columns, names: list[str | None]) -> list[str | None]:
    """A mark before or after a name ("★重庆长滨") is no part of it — kept, the project was a new one
    beside the plan's own. Gives each row's mark (None for none); said where no note explains it."""
    marks: list[str | None] = [None] * len(names)
    explained = cols.layout.level_marks
    for k, name in enumerate(names):
        if name and (name[0] in _MARKS or name[-1] in _MARKS):
            bare = NAME_MARK.sub("", name).strip()
            if not bare:
                continue
            mark = (name[0] if name[0] in _MARKS else name[-1]).replace("＊", "*")
            names[k], marks[k] = bare, mark
            if mark not in explained:
                cols.report(k, "name", name, f"名称前后的“{mark}”未计入名称（表中没有说明它的意思）", "info")
    return marks


def _check_quarters_add_up(cols: Columns, year: int, records: list[tuple[int, dict[str, Any]]]) -> None:
    """A year's plan given quarter by quarter should add up to the year's figure: where all
    four quarters are planned and their sum is not the 年度计划投资, the row says so."""
    for k, rec in records:
        annual, quarters = rec["annual_investment"], rec.get("quarters") or {}
        planned = [(quarters.get(f"{year}Q{n}") or {}).get("planned") for n in range(1, 5)]
        if annual is None or None in planned:
            continue
        total = round(sum(planned), 6)
        if abs(total - annual) > max(0.005, 0.005 * annual):
            cols.report(k, "annual_investment", annual, f"四个季度的计划投资合计 {plain_number(total)} 亿元，与年度计划投资"
                        f" {plain_number(annual)} 亿元不一致；请核对", "warning")


# 亿元: more than the largest projects a city plans (a metro line is a few hundred); a figure above
# it was most likely typed in 万元 under a 亿元 heading
_LARGEST_PROJECT = 3000
# 亿元: 1,000,000 yuan, less than any project a district lists as key; a figure below it was most
# likely typed in 亿元 under a 万元 heading (12.5 read as 12.5 万元)
_SMALLEST_PROJECT = 0.01


# 亿元 in one quarter of one project: a year's whole plan of key projects in a district is a few hundred (渝中
# 2024: 184.8); a quarter's figure above it, with no total to compare, was most likely typed in 万元
_LARGEST_QUARTER = 300


def _quarter_unlikely(v: float, rec: dict[str, Any]) -> str | None:
    """Why a quarter's investment ``v`` (亿元) is most likely in the wrong unit, or None: "3000" typed from a
    unit's report in 万元 into the form's 亿元 column stood as 3000 亿元, unsaid."""
    total, annual = rec.get("total_investment"), rec.get("annual_investment")
    if total and total > 0 and v > total * 1.001:
        return (f"一个季度的投资 {plain_number(v)} 亿元，大于总投资（{plain_number(total)}亿元）；"
                "请核对单位是亿元还是万元")
    if annual and annual > 0 and v > annual * 10:
        return (f"一个季度的投资 {plain_number(v)} 亿元，是年度计划投资（{plain_number(annual)}亿元）的十倍以上；"
                "请核对单位是亿元还是万元")
    if not total and v > _LARGEST_QUARTER:
        return f"一个季度的投资 {plain_number(v)} 亿元，远超一般重点项目；请核对单位是亿元还是万元"
    return None


def _package_parts_left_out(cols: Columns, records: list[tuple[int, dict[str, Any]]],
                            sheet_rows: list[int]) -> list[tuple[int, dict[str, Any]]]:
    """"1 城市更新打包项目" then "1.1 甲片区更新", "1.2 …": the parts of a package project, which
    the list counts once (as the plan's 65 projects do). The package is the project; its parts
    were imported beside it and its investment counted twice. Under a heading row numbered 1
    (no project), "1.1" is a project of its own."""
    raw = cols.raw("seq")
    if not any(type(v) is float and not v.is_integer() or type(v) is str and PART_NUMBER.search(v) for v in raw):
        return records  # the usual list: 1, 2, 3 …
    seqs = [cell_text(v).strip() if v not in (None, "") else "" for v in raw]
    projects = {seqs[k]: (k, r) for k, r in records if seqs[k]}
    groups: set[int] = set()  # "1 | 东部片区（2个） | 300": a heading with its subtotal, over projects 1.1, 1.2
    kept = []
    for k, record in records:
        m = PART_NUMBER.fullmatch(seqs[k])
        parent, above = projects.get(m.group(1), (None, None)) if m else (None, None)
        if parent is None or parent >= k:
            kept.append((k, record))
        elif names_a_group(above["name"]):
            groups.add(parent)
            for fld, word in (("zone", zone_word), ("area", area_word), ("nature", nature_word), ("level", level_word)):
                record[fld] = record[fld] or word(above["name"])
            kept.append((k, record))
        else:
            cols.report(k, "seq", seqs[k], f"是第{sheet_rows[parent]}行打包项目“{above['name']}”的子项目，"
                                           "按打包项目计入，未单独导入", "info")
    for k in groups:
        cols.report(k, "name", projects[seqs[k]][1]["name"], "分类小计行，未导入", "info")
    return [(k, r) for k, r in kept if k not in groups]


def _check_figures(cols: Columns, totals: list, annuals: list, starts: list, completions: list,
                   before: list) -> None:
    """What no project can be: a year's investment above its total (万元 typed in a 亿元
    column, most often), more invested before the year than in all, a completion before its start."""
    typed = cols.raw("total_investment")  # the cell as the file has it, for the message
    for k, (total, annual) in enumerate(zip(totals, annuals)):
        if total is not None and annual is not None and annual > total > 0:
            cols.report(k, "annual_investment", annual, f"年度计划投资（{plain_number(annual)}亿元）大于总投资"
                        f"（{plain_number(total)}亿元）；请核对单位是亿元还是万元", "warning")
        elif total is not None and total > _LARGEST_PROJECT:
            cols.report(k, "total_investment", typed[k], f"总投资 {plain_number(total)} 亿元，远超一般重点项目；"
                        "请核对单位是亿元还是万元", "warning")
        elif total is not None and 0 < total < _SMALLEST_PROJECT:
            cols.report(k, "total_investment", typed[k], f"总投资 {plain_number(total)} 亿元（{plain_number(round(total * 1e4, 4))}"
                        "万元），远低于一般重点项目；请核对单位是万元还是亿元", "warning")
    for k, (total, invested) in enumerate(zip(totals, before)):
        if total is not None and invested is not None and invested > total * 1.001 > 0:
            cols.report(k, "invested_before", invested, f"截至上年底累计完成投资（{plain_number(invested)}亿元）"
                        f"大于总投资（{plain_number(total)}亿元）；请核对", "warning")
    for k, (start, end) in enumerate(zip(starts, completions)):
        if start and end and start[0] and end[0] and end[0] < start[0]:
            cols.report(k, "completion", end[1] or end[0], f"完工（{end[0]}）早于开工（{start[0]}）")


_NAME_THEN_CONTENT = re.compile(r"\s*(?:\n|[:：]|(?<=[)）])\s*(?=(?:主要)?建设(?:内容|规模)))\s*")
_CONTENT_LABEL = re.compile(r"^(?:主要)?建设(?:内容|规模)(?:及规模|及内容)?\s*[:：]?\s*")


def _names_and_contents(cols: Columns) -> tuple[list[str | None], list[str | None]]:
    """"项目名称及主要建设内容" cells as a name and a content: "甲项目：新建道路2公里",
    "丙项目⏎建设内容：新建学校1所" (split before the cell is cleaned: cleaning joins the lines)."""
    names, contents = [], []
    for v in cols.raw("name"):
        if type(v) is not str:
            names.append(v)
            contents.append(None)
            continue
        parts = _NAME_THEN_CONTENT.split(v.strip(), maxsplit=1)
        names.append(parts[0])
        contents.append(_CONTENT_LABEL.sub("", parts[1]) if len(parts) > 1 else None)
    return clean_column(names), clean_column(contents)


# a project's state in a report (项目状态) that says what has happened by the report's quarter
_STARTED, _COMPLETED = ("actual_start",), ("actual_start", "actual_completion")
_STATE_EVENTS = {"已开工": _STARTED, "在建": _STARTED, "已竣工": _COMPLETED, "已完工": _COMPLETED,
                 "已建成": _COMPLETED, "已投用": _COMPLETED, "已建成投用": _COMPLETED, "未开工": ()}
_YES = {"是", "√", "✓", "✔", "Y", "YES", "已"}
_NO = {"否", "×", "✗", "N", "NO", "未", "无"}
# the event's own word as the answer: 已开工 under 是否开工, 已竣工 under 是否竣工
_EVENT_WORDS = {"actual_start": ("开工",), "actual_completion": ("竣工", "完工", "建成")}


def _asked_events(cols: Columns, by: str, records: list[tuple[int, dict[str, Any]]]) -> None:
    """"是否开工: 是" in a report of ``by`` (a quarter): the project had started by then. The actual
    start is that quarter unless a date column gives it; ``actual_start_by`` tells the store that
    an earlier start already held is kept (the report says "by", not "in")."""
    for fld, event in (("started_asked", "actual_start"), ("completed_asked", "actual_completion")):
        if not cols.has(fld):
            continue
        said = cols.raw(fld)
        for k, record in records:
            v = said[k]
            word = norm(v).upper() if v not in (None, "") else ""
            if word in _YES or word.removeprefix("已") in _EVENT_WORDS[event]:
                if not record[event]:
                    record[event] = by
                    record[f"{event}_by"] = True
            elif word and word not in _NO and word not in NO_DATE and \
                    word.removeprefix("尚").removeprefix("未") not in _EVENT_WORDS[event]:
                when = schedule_fields(v, int(by[:4]))[0]  # "2024年3月" for 是: when it happened
                if when is not None and when <= by:
                    record[event] = record[event] or when
                else:
                    cols.report(k, fld, v, "应为“是”“否”或开工、竣工的时间，未导入", "warning")


def _marked_quarters(cols: Columns, layout: Layout) -> list[list[str]] | None:
    """Each row's marked quarters ("2025Q1", …, in order) in the quarter columns of
    a hand-drawn 横道图. A column holding numbers is a figure per quarter, not marks."""
    columns = []
    for fld, col in layout.columns.items():
        year = col.year or layout.year
        if not fld.startswith("mark_q") or year is None:
            continue
        values = [_as_mark(v) for v in cols.raw(fld)]
        if any(v is _FIGURE for v in values):
            continue
        columns.append((Quarter(year, int(fld[6])), values))
    if not columns:
        return None
    columns.sort(key=lambda qv: qv[0])
    return [[str(q) for q, values in columns if values[k]] for k in range(cols.n)]


_FIGURE = object()


def _as_mark(v: object) -> object:
    """A chart cell as a mark (True / False), or _FIGURE for an amount: a 1 marks the quarter
    (a chart drawn with 1s), a 0 does not; 2.5 is a figure."""
    if type(v) is str and norm(v) in NO_DATE:
        return False  # "—": nothing in that quarter
    if type(v) is str and re.fullmatch(r"[-\d.,%]+", norm(v)):
        try:
            v = float(norm(v).replace(",", "").rstrip("%"))
        except ValueError:
            return _FIGURE
    if type(v) in (int, float):
        return _FIGURE if v not in (0, 1) else v == 1
    return v not in (None, "") and bool(norm(v))


# a quarter's node that is the start or the completion itself, not a step before it ("开工前准备")
_NODE_START = re.compile(r"^(?:实现|完成|正式|全面|计划|力争|新)?(?:开工|动工|进场施工)(?:建设)?$")
_NODE_END = re.compile(r"^(?:实现|完成|正式|全面|计划|力争|项目)?(?:竣工|完工|建成|投入使用|投用|交付使用)")


def _says(event: re.Pattern, goal: str) -> bool:
    """A quarter's goal names the event itself, or one of its steps does ("手续办理、开工建设")."""
    return any(event.match(step) for step in norm(goal).split("、"))


def _dated_by(starts: list, completions: list, found: list[tuple[str | None, str | None]],
              by_years: list[tuple[Any, Any]] | None) -> tuple[list, list, int]:
    """The start and completion ``found`` (quarterly nodes, a year's schedule in words) where no date
    column gives them, or only 建设起止年限 does (``by_years``, where given: a year, not its quarter), and
    how many that dated."""
    years = by_years or [(None, None)] * len(found)

    def weak(cell, from_years) -> bool:
        return not (cell and cell[0]) or cell is from_years

    said = sum(1 for s, (a, _), (y, _e) in zip(starts, found, years) if a and weak(s, y))
    said += sum(1 for c, (_, b), (_s, y) in zip(completions, found, years) if b and weak(c, y))
    starts = [(a, None, None, None) if a and weak(s, y) else s for s, (a, _), (y, _e) in zip(starts, found, years)]
    completions = [(b, None, None, None) if b and weak(c, y) else c
                   for c, (_, b), (_s, y) in zip(completions, found, years)]
    return starts, completions, said


def _node_milestones(cols: Columns, layout: Layout) -> list[tuple[str | None, str | None]] | None:
    """Each row's (start, completion) quarter as its quarterly nodes say them, in
    order: the first quarter whose node is "开工" and the first whose node is
    "竣工验收"/"建成投用"."""
    goals = sorted((Quarter(col.year or layout.year, int(f[1])), f) for f, col in layout.columns.items()
                   if f.endswith("_goal") and (col.year or layout.year))
    if not goals:
        return None
    texts = [(q, cols.text(f)) for q, f in goals]
    found = []
    for k in range(cols.n):
        start = next((str(q) for q, t in texts if t[k] and _says(_NODE_START, t[k])), None)
        end = next((str(q) for q, t in texts if t[k] and _says(_NODE_END, t[k])), None)
        found.append((start, end if end and (start is None or end >= start) else None))
    return found if any(a or b for a, b in found) else None


_REMARK_AFTER = re.compile(r"\s*[(（]([^()（）]+)[)）]\s*$")  # "新开工（计划6月）": a remark after a word

# a year's schedule in words: its steps apart ("3月开工，12月主体完工")
_CLAUSES = re.compile(r"[，,；;。\n]+")


_YearPlan = tuple[dict[int, str], str | None, str | None, str | None]


def _year_plans(cols: Columns, layout: Layout) -> list[_YearPlan] | None:
    """The year's steps in one cell ("3月开工，12月主体完工"), for each row: see :func:`_year_plan`.
    A list repeats its cells ("年底完工", "续建"): each is read once."""
    if not cols.has("year_plan") or layout.year is None:
        return None
    year = layout.year
    return memo(lambda text: _year_plan(text, year), cols.text("year_plan"))


def timed_steps(text: str | None, year: int) -> dict[int, str]:
    """Each quarter's steps of a schedule in words ("一季度完成方案设计，二季度开工，四季度完工"), by the
    quarter of the plan's year: see :func:`_year_plan` (a task list's 进度安排 is written the same way)."""
    return _year_plan(text, year)[0]


def _year_plan(text: str | None, year: int) -> _YearPlan:
    """Each quarter's goal (its steps as written), the quarters a step says 开工 and 竣工 in, as
    quarterly nodes give them, and the nature a step alone says ("续建"). A cell naming no time is
    the year's goal, the fourth quarter's, as 年度目标 is."""
    goals: dict[int, str] = {}
    start = end = nature = None
    last: int | None = None  # the quarter of the step before, which a step with no time goes on (0: another year's)
    waiting: list[str] = []  # steps with no time before the first timed one: they lead up to it
    for clause in (c.strip() for c in _CLAUSES.split(text or "")):
        if not clause:
            continue
        q, step = leading_time(clause, year)
        if q is None:
            said = nature_word(clause, heading=False)
            nature = nature or said
            if said is None and last == 0:
                continue  # after a later year's step ("2025年6月竣工，完成验收"): that year's
            if said is None and last is not None:
                goals[last] = f"{goals[last]}，{clause}"  # "3月开工，完成桩基施工": the first quarter's too
            elif said is None:
                waiting.append(clause)  # "完成前期手续；四季度开工": before the fourth quarter's start
            continue
        if q.year != year:
            last = 0  # no quarter of this year's
        else:
            clause = "，".join([*waiting, clause])
            waiting = []
            goals[q.q] = f"{goals[q.q]}，{clause}" if q.q in goals else clause
            last = q.q
        if start is None and _says(_NODE_START, step):
            start = str(q)
        if end is None and _says(_NODE_END, step):
            end = str(q)
    if text and not goals and start is None and end is None and nature is None:
        goals = {4: text}
    elif waiting:  # steps with no time and none after them: the year's, by its end
        goals[4] = "，".join([goals[4], *waiting] if 4 in goals else waiting)
    return goals, start, end if end and (start is None or end >= start) else None, nature


def _month_values(cols: Columns, layout: Layout, records: list[tuple[int, dict[str, Any]]]) -> None:
    """A figure per month (1月 … 12月 under 分月投资计划) summed into its quarter, where the
    table gives no column for the quarter itself."""
    if layout.year is None:
        return
    sums: dict[str, list[float | None]] = {}
    for fld in sorted(f for f in layout.columns if f.startswith("month_")):
        month, what = int(fld[6:8]), fld[9:]
        key = f"q{(month - 1) // 3 + 1}_{what}"
        if key in layout.columns:
            continue  # the quarter's own column says it
        values = cols.numbers(fld)
        total = sums.setdefault(key, [None] * cols.n)
        for k, v in enumerate(values):
            if v is not None:
                total[k] = round((total[k] or 0) + v, 6)
    for k, rec in records:
        quarters = rec.setdefault("quarters", {})
        for key, total in sums.items():
            if total[k] is not None:
                q = quarters.setdefault(f"{layout.year}Q{key[1]}", {"planned": None, "actual": None, "progress": None})
                q[key[3:]] = total[k]


def _with_remarks(quarter: dict[str, Any]) -> None:
    """存在问题 and 下步工作打算 beside a quarter's 形象进度 are kept with it, in one note: "主体结构施工；
    存在问题：征地拆迁进度慢；下步打算：加快征拆" (they were columns with no field, dropped)."""
    issues, following = quarter.pop("issues", None), quarter.pop("next", None)
    if issues or following:
        said = [quarter["progress"], issues and f"存在问题：{issues}", following and f"下步打算：{following}"]
        quarter["progress"] = "；".join(s for s in said if s)


def _quarter_values(cols: Columns, layout: Layout, fields: list[str],
                    records: list[tuple[int, dict[str, Any]]]) -> None:
    """Each record's ``quarters``: {"2024Q1": {"planned", "actual", "progress"[, "goal"]}}
    from the quarter columns (亿元; the column's own year, else the table's).
    A running total ("1-6月完成投资") comes as ``to_date`` of its last quarter:
    the quarter's own figure needs the earlier quarters, which the store has."""
    values = {}
    words = ("_progress", "_goal", "_issues", "_next")
    for f in fields:
        values[f] = cols.text(f) if f.endswith(words) else cols.numbers(f)
        if f.endswith(words):  # "—" in a quarter with nothing planned says nothing
            values[f] = [None if v is not None and v in NO_DATE else v for v in values[f]]
    for k, rec in records:
        quarters: dict[str, dict[str, Any]] = {}
        for f in fields:
            v = values[f][k]
            if v is None:
                continue
            year = layout.columns[f].year or layout.year
            if year is None:
                continue
            key = f"{year}Q{f[1]}"
            quarters.setdefault(key, {"planned": None, "actual": None, "progress": None})[f[3:]] = v
            if type(v) is float and (why := _quarter_unlikely(v, rec)):
                cols.report(k, f, cols.raw(f)[k], why, "warning")
        for q in quarters.values():
            _with_remarks(q)
        rec["quarters"] = quarters
    if layout.year is None and not any(c.year for f, c in layout.columns.items() if f in fields):
        cols.problems.append((0, Problem(cols.sheet.name, None, None, "",
                                         "季度列没有年度，未导入季度投资；请指定年度", "warning")))
