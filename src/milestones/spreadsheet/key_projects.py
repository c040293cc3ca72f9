"""The rows of a key-project table as records, read a column at a time: a city's schedule has
tens of thousands of rows but few distinct zones, areas, units and quarters.

The columns are read by :mod:`.project_columns`; what a name cell carries beside the name by
:mod:`.project_names`; a 名单调整表's moves on and off the list by :mod:`.list_moves`; the start and
completion, wherever the table dates them, by :mod:`.project_schedule`; the quarters' figures and the checks
of them by :mod:`.project_figures`. This module puts a record together:
its zone and area, nature, level and class (from their columns, the name, the category rows above it, the
sheet's name), and keeps one record a project.
"""
from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache
from typing import Any, NamedTuple

from ..domain.nature import NATURE_WORDS
from ..domain.quarter import QuarterParseError
from ..domain.schedule_cell import parse_schedule_cell
from ..domain.schedule_words import within_the_year
from ..domain.verdicts import verdict_of
from .cells import (
    NO_DATE, contact_of, memo, norm, noted, number_cell, schedule_fields, start_fields,
)
from .funding import funding_notes, is_funding
from .project_size import SIZE_FIELD, size_notes
from .quarter_amounts import FIELD as QUARTERS_IN_A_CELL, done_in_words, quarters_planned
from .headings import REVISED_KEPT, names_a_person
from .milestone_headings import APPROVALS_DONE, APPROVALS_PENDING, MILESTONE_DONE_FIELD, MILESTONE_FIELD, approval_name
from .quarter_headings import is_quarter_field
from .layout import Layout
from .milestone_cells import EXPECTED_WORDS, MilestoneWords, milestone_words
from .project_columns import Columns
from .project_figures import (check_figures, check_quarters_add_up, month_values, package_parts, package_parts_left_out,
                              package_spans, quarter_values, year_from_quarters)
from .grid import Sheet, column_letter
from .lead_units import lead_and_partners, unit_and_person
from .list_moves import leaving_rows, moves_on_records, read_moves
from .project_names import Names, move_word, read_names, said_by_marks
from .project_schedule import BEGUN, DONE, STATE_EVENTS, asked_events, happened, read_schedules
from .table import Problem, Table
from .zones import (
    BUILDING_KINDS, HEADING_COUNT, NO_ZONE, area_in_title, area_word, level_word, nature_word,
    spanning_zones, whole_district, zone_and_area, zone_in_title, zone_word,
)

__all__ = ["read_projects"]

_PLACE_NAME = re.compile(r"[\u4e00-\u9fff]")  # a cell naming a place has Chinese in it
_REMARK_AFTER = re.compile(r"\s*[(（]([^()（）]+)[)）]\s*$")  # "新开工（计划6月）": a remark after a word


class _Category(NamedTuple):
    """What a category row above projects says of them: "一、东部片区", "（一）续建项目", "一、市级重点项目"."""

    zone: str | None
    nature: str | None
    area: str | None
    level: str | None


def read_projects(table: Table, sheet: Sheet, layout: Layout, rows: list[int], categories: list[str | None],
                  row_zone: list[str | None], row_nature: list[str | None],
                  row_unit: list[str | None] | None = None, row_move: list[str | None] | None = None) -> None:
    """Key-project records, read a column at a time (the 50,000-row case)."""
    cols = Columns(sheet, layout, rows)
    named = read_names(cols)
    said = {c: _Category(zone_word(c), nature_word(c), area_word(c), level_word(c)) for c in set(categories) if c}
    zone_texts = cols.text("zone")
    zones, own_parts, zone_area = _zones(cols, zone_texts, row_zone)
    said_natures, classes, said_levels = _class_column(cols)
    natures, notes, events, kinds = _natures(cols, said_natures, named)
    # a 名单调整表's rows say 调入 or 调出 (its column, a heading, the title), with the reason for it: list_moves
    moves, list_reasons = read_moves(cols, named.names, notes, row_move, layout.title)
    moved_under = {c: move_word(c) for c in said}  # "一、调出项目（3个）" over its rows: no class
    if any(is_funding(f) for f in cols.layout.columns):  # "资金来源", "其中：中央预算内投资": no field, kept in 备注
        notes = [n if f is None else noted(n, f) for n, f in zip(notes, funding_notes(cols))]
    if any(f.startswith(SIZE_FIELD) for f in cols.layout.columns):  # "用地面积（亩）": no field, kept in 备注
        notes = [n if f is None else noted(n, f) for n, f in zip(notes, size_notes(cols))]
    levels = _levels(cols, said_levels, named, categories, said)
    schedule = read_schedules(cols)
    starts, completions = schedule.starts, schedule.completions
    if schedule.plans and None in natures:  # "续建；6月完工": the nature it says, where nothing else does
        natures = [n or p[3] for n, p in zip(natures, schedule.plans)]
    actual_starts, actual_completions = cols.schedules("actual_start"), cols.schedules("actual_completion")
    cols.say_year_only("actual_start", actual_starts)
    cols.say_year_only("actual_completion", actual_completions)
    if None in natures:
        for k in range(cols.n):
            if not natures[k]:  # "续建" in a schedule column says what the project is
                for cell in (starts[k], completions[k]):
                    if cell is not None and cell[2]:
                        natures[k] = cell[2]
                        break
                else:  # or the category row above: "（一）续建项目", or "一、续建项目" over "（一）东部片区"
                    natures[k] = (said[categories[k]].nature if categories[k] else None) or row_nature[k]
    # "1 城市更新打包项目" over "1.1 …", "1.2 …": the package is the project, dated by its parts where it has no dates
    parts, headed = package_parts(cols, named.names)
    spanned = package_spans(cols, parts, named.names, starts, completions) if parts else {}
    # no 性质 column: a project no heading, mark or date word gives a nature is dated by its start (the package's
    # parts, left out, are not counted)
    if None in natures and (not cols.has("nature") or kinds):  # (新建, 改扩建: what is built, not the stage)
        by_start = _natures_by_start(cols, starts, natures, left_out=parts.keys())
    elif None in natures and _asks_if_new(cols):
        by_start = _natures_by_start(cols, starts, natures, new_said_no=True, left_out=parts.keys())
    else:
        by_start = None
    if by_start:
        natures = [n or b for n, b in zip(natures, by_start)]
    class_of_category = {c: (c if s.zone is None and s.nature is None and s.area is None and s.level is None
                             and not moved_under[c]
                             and HEADING_COUNT.sub("", norm(c)) not in NO_ZONE else None)
                         for c, s in said.items()}
    areas = _areas(cols, zone_texts, own_parts, zone_area, categories, said)
    locations = _areas_named_together(cols, areas)
    totals, annuals = cols.numbers("total_investment"), cols.numbers("annual_investment")
    before = cols.numbers("invested_before")
    check_figures(cols, totals, annuals, starts, completions, before)
    none4 = (None, None, None, None)
    codes = [c or m for c, m in zip(cols.text("code"), named.codes)] if any(named.codes) else cols.text("code")
    contacts = list(map(contact_of, cols.text("contact"), cols.text("contact_phone"))) \
        if cols.has("contact") or cols.has("contact_phone") else [None] * cols.n  # (50,000 calls for nothing)
    units, partners = cols.units("responsible_unit"), cols.units("partner_units")
    if cols.has("responsible_unit") and names_a_person(cols.layout.columns["responsible_unit"].header):
        # "责任单位及责任人": "区住建委（张三）" is the unit, and the person to call where no contact column names one
        split = {u: unit_and_person(u) for u in set(units) if u}
        for k, unit in enumerate(units):
            if unit and (person := split[unit][1]):
                units[k] = split[unit][0]
                contacts[k] = contacts[k] or person
    # "区住建委（牵头）、区财政局", "区商务委牵头，各街道配合": the lead and its partners (looked for among the
    # distinct cells: a list of 50,000 projects names a few hundred units)
    leading = {u for u in set(units) if u and ("牵头" in u or "负责" in u)} if cols.has("responsible_unit") else None
    for k, unit in enumerate(units) if leading else ():
        if unit in leading and not partners[k]:
            units[k], partners[k], note = lead_and_partners(unit)
            if note:
                cols.report(k, "responsible_unit", unit, note, "info")
    if row_unit and any(row_unit):  # "区住房城乡建委（3个）" above: the unit of the projects under it that name none
        units = [u or h for u, h in zip(units, row_unit)]
    columns = zip(
        named.names, codes, zones, areas, classes, categories, natures, levels,
        named.contents, cols.text("construction_years"), totals, annuals, before, starts, completions,
        actual_starts, actual_completions, cols.units("owner"), units, cols.text("leader"),
        contacts, locations, partners, notes)
    records: list[tuple[int, dict[str, Any]]] = []
    for k, (name, code, zone, area, cls, category, nature, level, content, years, total, annual, invested, start,
            completion, actual_start, actual_completion, owner, unit, leader, contact, location, partners,
            note) in enumerate(columns):
        if cols.dropped[k] or cols.bad[k]:
            continue
        start, completion = start or none4, completion or none4
        records.append((k, {
            "code": code, "name": name, "zone": zone, "area": area,
            "class": cls or (class_of_category[category] if category else None),
            "nature": nature, "level": level, "content": content, "construction_years": years,
            "total_investment": total, "annual_investment": annual, "invested_before": invested,
            "start": start[0], "start_text": start[1], "completion": completion[0], "completion_text": completion[1],
            "actual_start": (actual_start or none4)[0] or happened(start, BEGUN),
            "actual_completion": (actual_completion or none4)[0] or happened(completion, DONE),
            "owner": owner, "responsible_unit": unit, "leader": leader, "contact": contact, "location": location,
            "partner_units": partners, "notes": note,
        }))
    moves_on_records(cols, moves, list_reasons, records)
    if by_start:  # a guess: it fills an existing project's nature only where the plan holds none (store)
        for k, record in records:
            if by_start[k]:
                record["nature_from_start"] = True
    for k, record in records if spanned else ():  # the same for a package's dates taken from its parts
        if k in spanned:
            record["ends_from_parts"] = spanned[k]
    _milestones(cols, records)
    _revised_from(cols, records)
    if layout.reported and layout.year:
        by = f"{layout.year}Q{layout.reported}"
        asked_events(cols, by, records)
        for k, record in records:
            for event in events[k] or ():
                if not record[event]:
                    record[event], record[f"{event}_by"] = by, True
    _quarters(cols, records, schedule.plans)  # the parts' too: a package with none of its own is their sum
    records = package_parts_left_out(cols, records, [r + 1 for r in rows], parts, headed)
    if layout.year:
        year_from_quarters(cols, layout.year, records)  # (where the table has quarters and no year's column)
    _one_record_a_project(table, cols, records, rows)
    if cols.leaving:
        leaving_rows(table, cols, named.names, codes, rows, list_reasons)
    cols.problems.sort(key=lambda kp: kp[0])  # row by row, as the planner reads the table
    table.problems.extend(p for _, p in cols.problems)


def _revised_from(cols: Columns, records: list[tuple[int, dict[str, Any]]]) -> None:
    """A list revised mid-year ("原计划开工时间 | 调整后计划开工时间"): each project's plan before the revision, where
    it differs ("revised_from": field → the quarter, or the words of a time with none, or the amount, or the unit
    responsible: the lead, where the cell names its partners too, or the leader), for the store to keep in the
    record of changes of a project that held none (a new one, most often: its 原计划 was lost). A cell there that
    reads as no time or amount is left: the revised plan is the one imported."""
    fields = [f for f in REVISED_KEPT if cols.has(f"{f}_before")]
    year = cols.layout.year
    for f in fields:
        raw = cols.cells_of(f"{f}_before")
        if f in ("start", "completion"):
            read = memo(lambda v: (start_fields(v, year) if f == "start" else schedule_fields(v, year, f))
                        if v not in (None, "") else None, raw)
            was = [r[0] or r[1] if r and not r[3] else None for r in read]
        elif f == "responsible_unit":  # "区住建委（牵头）、区财政局" before: the lead, as the unit after it is read
            was = [lead_and_partners(u)[0] if u and "牵头" in u else u for u in cols.units(f"{f}_before")]
        elif f == "leader":
            was = cols.text(f"{f}_before")
        elif f == "partner_units":
            was = cols.units(f"{f}_before")
        else:
            scale = cols.layout.columns[f"{f}_before"].scale
            was = memo(lambda v: number_cell(v, scale, money=True)[0] if v not in (None, "") else None, raw)
        for k, record in records:
            now = record[f] or record.get(f"{f}_text") if f in ("start", "completion") else record[f]
            if was[k] is not None and was[k] != now:
                record.setdefault("revised_from", {})[f] = was[k]


def _milestones(cols: Columns, records: list[tuple[int, dict[str, Any]]]) -> None:
    """The project's 节点 beyond start and completion ("主体完工时间", "投用时间", "立项批复"): name → its
    planned quarter and the words it was written in, when it was reached, and the words of a cell that says
    where it stands ("已批复", "办理中", "不涉及": the note), where the table has such columns."""
    planned = {f[len(MILESTONE_FIELD):]: _milestone_column(cols, f) for f in cols.layout.columns
               if f.startswith(MILESTONE_FIELD)}
    done = {f[len(MILESTONE_DONE_FIELD):]: _milestone_column(cols, f) for f in cols.layout.columns
            if f.startswith(MILESTONE_DONE_FIELD)}  # "实际主体完工时间": when it happened
    listed = _listed_approvals(cols)
    if not planned and not done and not listed:
        return
    year = cols.layout.year
    days = {cell[1]: _day(cell[1], year) for columns in (planned, done) for parsed, _ in columns.values()
            for cell in set(parsed) if cell and cell[0]}  # (each distinct cell once)
    for k, record in records:
        got: dict[str, dict[str, Any]] = {}
        for part, columns in (("planned", planned), ("actual", done)):
            for name, (parsed, worded) in columns.items():
                m = got.setdefault(name, {"planned": None, "text": None})
                if (said := worded[k]) is not None:
                    if said.actual or part == "actual" and said.planned and not EXPECTED_WORDS.search(said.note or ""):
                        # "已批复（2023年12月）"; "2024年6月3日（现场核验）" under 实际
                        m.update(actual=said.actual or said.planned, actual_date=said.day)
                        m.setdefault("note", None)  # reached: the words of an earlier cell ("办理中") go
                    elif said.planned and (part == "planned" or not m["planned"]):  # (under 实际: "预计5月取得")
                        m.update(planned=said.planned, planned_date=said.day)
                    if said.note:
                        m["note"] = f"{m['note']}；{said.note}" if m.get("note") else said.note
                elif (cell := parsed[k]) and part == "planned" and (cell[0] or cell[1]):
                    m.update(planned=cell[0] or _by_the_years_end(cell[1]), text=cell[1])
                    if cell[0]:
                        m["planned_date"] = days[cell[1]]  # "2024-05-20": the day kept beside its quarter
                elif cell and cell[0] and part == "actual":
                    m.update(actual=cell[0], actual_date=days[cell[1]])
        for name, note in listed[k] if listed else ():  # "已办理手续: 立项、用地预审", where no column says more
            if name not in got:
                got[name] = {"planned": None, "text": None, "note": note}
        record["milestones"] = {name: m for name, m in got.items()
                                if m["planned"] or m["text"] or m.get("actual") or m.get("note")}


def _day(text: str | None, year: int | None) -> str | None:
    """The day a time cell gives ("2024-05-20", "2024年5月20日"), as ISO; None for a month or a quarter."""
    try:
        cell = parse_schedule_cell(text, year)
    except QuarterParseError:
        return None
    return cell.date.isoformat() if cell.date else None


def _listed_approvals(cols: Columns) -> list[list[tuple[str, str]]] | None:
    """Per row, the approvals its "已办理手续" and "待办理手续" cells list ("立项、用地预审"), each with the words
    kept as its note ("已办理", "待办理"); an item that names no approval ("全部办结") is said at its cell. None
    where the table has no such column."""
    if not cols.has(APPROVALS_DONE) and not cols.has(APPROVALS_PENDING):
        return None
    out: list[list[tuple[str, str]]] = [[] for _ in range(cols.n)]
    for fld, note in ((APPROVALS_DONE, "已办理"), (APPROVALS_PENDING, "待办理")):
        if not cols.has(fld):
            continue
        for k, text in enumerate(cols.text(fld)):
            for item in filter(None, _LIST_SEPARATOR.split(text or "")):
                name = approval_name(item)
                if name is not None:
                    out[k].append((name, note))
                elif norm(item) not in NO_DATE:
                    cols.report(k, fld, text, f"“{item}”不是一项前期手续的名称，未记入节点", "warning")
    return out


_LIST_SEPARATOR = re.compile(r"[、,，;；/／\s]+|(?<=[\u4e00-\u9fff])[和及与](?=[\u4e00-\u9fff])")


def _milestone_column(cols: Columns, fld: str) -> tuple[list, list[MilestoneWords | None]]:
    """A 节点 column's cells: as times where they are times, as words (:func:`milestone_words`) where they say
    where the milestone stands."""
    raw = cols.raw(fld)
    year = cols.layout.year
    worded = memo(lambda v: milestone_words(v, year), raw)
    return cols.schedules(fld, [None if w is not None else v for v, w in zip(raw, worded)]), worded


def _by_the_years_end(text: str | None) -> str | None:
    """"2026年" as a milestone's time: by that year's end, as a completion given by its year is due (a start so
    given stays the year alone; a milestone keeps no words)."""
    m = _YEAR_ALONE.fullmatch(norm(text or ""))
    return f"{m.group(1)}Q4" if m else None


_YEAR_ALONE = re.compile(r"(\d{4})\s*年?(?:内|底|末|年底)?")


def _zones(cols: Columns, zone_texts: list[str | None], row_zone: list[str | None]):
    """Each row's zone (东部, 中部, 西部, 全区) from the 区域 column, else the zone heading above it, else the
    sheet's or the title's; and, where the column names no zone of the plan's, the district's own parts it names
    (its areas) and the areas written after a zone ("东部-解放碑")."""
    layout = cols.layout
    zone_of = {z: zone_word(z) for z in set(zone_texts) if z}
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
    # "渝中区" in 渝中区's list, "各街道": the whole district (it was refused as no zone); beside the district's own
    # parts ("两江新区 | 空港新城" in 渝北区's) too
    district_wide = {z for z, w in zone_of.items() if w is None and whole_district(z, layout.title)}
    for z in district_wide:
        zone_of[z] = "全区"
    own_parts -= district_wide
    zones = [zone_of[z] if z else rz for z, rz in zip(zone_texts, row_zone)]
    whole = zone_word(cols.sheet.name) or zone_in_title(layout.title)  # a sheet per zone: "东部片区"
    if whole and None in zones:
        zones = [z or whole for z in zones]
    if None in zone_of.values() and not own_parts:
        for k, zt in enumerate(zone_texts):
            if zt and zone_of[zt] is None:
                cols.report(k, "zone", zt, "区域应为 东部、中部、西部 或 全区", "warning")
    for k, zt in enumerate(zone_texts):
        if zt and spanning.get(zt):
            cols.report(k, "zone", zt, f"跨{'、'.join(spanning[zt])}，按全区导入", "info")
        elif zt in district_wide:
            cols.report(k, "zone", zt, "写的是全区，按全区导入", "info")
    return zones, own_parts, zone_area


def _areas(cols: Columns, zone_texts: list[str | None], own_parts: set[str], zone_area: dict,
           categories: list[str | None], said: dict[str, _Category]) -> list[str | None]:
    """Each row's area from the 板块 column, else the district's own part its 区域 names, the area written after
    its zone, the category row above it, the sheet's name."""
    areas = cols.text("area")
    if own_parts:
        areas = [z if z in own_parts else a for z, a in zip(zone_texts, areas)]
    if zone_area:
        areas = [a or (zone_area[z][1] if z in zone_area else None) for a, z in zip(areas, zone_texts)]
        col = cols.layout.columns["zone"]
        cols.problems.append((0, Problem(cols.sheet.name, None, column_letter(col.index), "",
                                         f"第{column_letter(col.index)}列“{col.header}”在区域后写了板块"
                                         "（如“东部-解放碑”）：分别作为区域和板块导入", "info")))
    if any(s.area for s in said.values()):  # "（一）解放碑—朝天门板块" under "一、东部片区": the projects' area
        areas = [a or (said[c].area if c else None) for a, c in zip(areas, categories)]
    # a sheet per area ("化龙桥片区", "解放碑中央商务区"), or a table of one area ("化龙桥片区2024年重点项目")
    sheet_area = area_word(cols.sheet.name)
    titled = area_in_title(cols.layout.title) if not sheet_area else None
    if (sheet_area or titled) and None in areas:
        areas = [a or sheet_area or titled for a in areas]
        if titled:
            cols.problems.append((0, Problem(cols.sheet.name, None, None, "", TITLED_AREA_SAID.format(area=titled),
                                             "info")))
    return areas


TITLED_AREA_SAID = "表题写明了板块“{area}”：表中没有写板块的项目记入该板块"


# the marks between two areas named in one cell ("化龙桥、大坪"); not "-" or "—" ("解放碑—朝天门" is one area's name)
_AREAS_APART = re.compile(r"[、，,/／;；]|及")


def _areas_named_together(cols: Columns, areas: list[str | None]) -> list[str | None]:
    """Each row's 建设地点, where a cell names two areas ("化龙桥、大坪"): a project is in one area, so it has none
    (a new area "化龙桥、大坪" was made of both names) and the words say where it is built, beside what the 建设地点
    column says; said at the cell."""
    locations = cols.text("location")
    together = {a for a in set(areas) if a and len([p for p in _AREAS_APART.split(a) if p.strip()]) > 1}
    at = "area" if cols.has("area") else "zone"
    for k, area in enumerate(areas) if together else ():
        if area in together:
            areas[k] = None
            locations[k] = area if not locations[k] or area in locations[k] else f"{locations[k]}（{area}）"
            cols.report(k, at, area, "写了不止一个板块，一个项目只记一个：板块空着，所写记入建设地点", "info")
    return locations


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


def _class_column(cols: Columns):
    """The nature column's words, the classes, and the levels a class column says instead of classes (or None):
    "项目类型: 续建 | 新开工", "项目类别: 市级重点项目" say the nature or the level; they were kept as each
    project's class (the class filter listed 续建)."""
    said_natures, said_classes = cols.text("nature"), cols.text("project_class")
    held = _class_holds(said_classes) if cols.has("project_class") else None
    if not (held == "nature" and not cols.has("nature") or held == "level" and not cols.has("level")):
        return said_natures, said_classes, None
    said_levels = None
    if held == "nature":
        said_natures = said_classes
    else:
        said_levels = memo(lambda c: level_word(c, heading=False), said_classes)
    col = cols.layout.columns["project_class"]
    what = "建设性质（续建、新开工…），作为建设性质" if held == "nature" else "项目级别（市级重点、区级重点…），作为项目级别"
    cols.problems.append((0, Problem(cols.sheet.name, None, None, "", f"第{column_letter(col.index)}列“{col.header}”"
                                     f"填的是{what}导入", "info")))
    return said_natures, [None] * cols.n, said_levels


@lru_cache(maxsize=256)
def _year_alone(said: str) -> int | None:
    """The year a start names alone ("2024年", "2024年度", "2024年内开工"), as the domain reads one; a list repeats
    its few such words thousands of times, each read once."""
    m = re.match(r"\d{4}", norm(said)) if within_the_year(said) else None
    return int(m.group(0)) if m else None


def _asks_if_new(cols: Columns) -> bool:
    """The nature column asks "是否新开工" (是 / 否), with no 项目状态 beside it to say what a 否 is."""
    return cols.has("nature") and not cols.has("nature_state") \
        and NATURE_WORDS.get(norm(cols.layout.columns["nature"].header)[2:]) == "新开工" \
        and norm(cols.layout.columns["nature"].header).startswith("是否")


def _natures_by_start(cols: Columns, starts: list, natures: list[str | None],
                      new_said_no: bool = False, left_out: Collection[int] = ()) -> list[str | None] | None:
    """The projects of a list with no 性质 column that nothing else gives a nature, dated by each one's start: begun
    before the list's year is 续建, starting in it 新开工 (as the plan counts them); a later start says nothing. None
    where no start says one. ("已开工" in one row's start column said that row's nature, and only that row's.)
    ``new_said_no``: the list's "是否新开工" said 否 where no nature is read, so only 续建 is taken (a start in the
    year beside 否 is for the planner to look at, not to guess)."""
    year = cols.layout.year
    if not year:
        return None
    guessed: list[str | None] = [None] * cols.n
    asked = cols.text("nature") if new_said_no else None
    for k, cell in enumerate(starts):
        if cell is None or natures[k] or k in left_out or cols.dropped[k] or cols.bad[k]:
            continue  # (a row not imported is not counted in what is said)
        begun = int(cell[0][:4]) if cell[0] else _year_alone(cell[1]) if cell[1] else None
        if begun is not None and (begun < year or begun == year and not new_said_no):
            guessed[k] = "续建" if begun < year else "新开工"
        elif begun == year and asked and verdict_of(asked[k]) == "not_met":
            # "否" and a start in the list's year: one of the two is wrong, and only the planner knows which
            cols.report(k, "nature", asked[k], f"填“否”（不是新开工），但计划开工时间在{year}年：两者不符，"
                                               "建设性质未导入，请核对", "warning")
    counted = {n: guessed.count(n) for n in ("续建", "新开工")}
    if not any(counted.values()):
        return None
    if new_said_no:
        col = cols.layout.columns["nature"]
        cols.problems.append((0, Problem(cols.sheet.name, None, column_letter(col.index), "",
                                         f"第{column_letter(col.index)}列“{col.header}”填“否”的项目，{counted['续建']}个"
                                         f"开工早于{year}年，记作续建；已有项目原有的建设性质不变", "info")))
        return guessed
    said = "表中没有写建设性质" if not any(natures) else f"表中{natures.count(None)}个项目没有写建设性质"
    begun, new = counted["续建"], counted["新开工"]
    how = (f"{begun}个项目记作续建（开工早于{year}年）、{new}个记作新开工（{year}年开工）" if begun and new
           else f"{begun}个项目记作续建（开工早于{year}年）" if begun else f"{new}个项目记作新开工（{year}年开工）")
    cols.problems.append((0, Problem(cols.sheet.name, None, None, "",
                                     f"{said}：按计划开工时间，{how}；已有项目原有的建设性质不变", "info")))
    return guessed


def _natures(cols: Columns, said_natures: list[str | None], named: Names):
    """Each row's nature as the filter lists it, the notes (a remark after the nature kept in them), and what a
    quarter's report says has happened by then ("项目状态: 已开工": an event, not the kind of project)."""
    layout = cols.layout
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
            notes[k] = noted(notes[k], remark)
            cols.report(k, "nature", said, f"建设性质按“{natures[k]}”导入，括号中的“{remark}”记入备注", "info")
    kinds = _kinds_of_building(cols, said_natures, natures, notes)
    if any(named.natures):  # "重庆长滨（续建）" with no nature said beside it
        natures = [n or m for n, m in zip(natures, named.natures)]
    marked = {m: v for m, v in layout.name_marks.items() if v in NATURE_WORDS.values()}
    if marked and any(named.marks):  # "注：标▲的为新开工项目": the marked ones, where nothing else says
        natures = [n or said_by_marks(m, marked) for n, m in zip(natures, named.marks)]
    events: list[tuple[str, ...] | None] = [None] * cols.n
    if layout.reported and layout.year and cols.has("nature"):
        # "项目状态: 已开工" in a quarter's report says what has happened by then, not the kind of project:
        # a project new this year that has started is no 续建 (its nature on the list is kept)
        events = [STATE_EVENTS.get(norm(n)) if n else None for n in said_natures]
        natures = [None if e is not None else n for n, e in zip(natures, events)]
    asked = norm(layout.columns["nature"].header) if cols.has("nature") else ""
    if asked.startswith("是否"):  # "是否新开工": 是 says the nature, 否 says nothing
        word = NATURE_WORDS.get(asked[2:])
        natures = [word if verdict_of(n) == "met" else None for n in natures]
        if cols.has("nature_state"):  # beside it "项目状态": 在建 (续建), 前期 where it says 否
            states = memo(lambda n: nature_word(n, heading=False) or n if n else n, cols.text("nature_state"))
            natures = [n or s for n, s in zip(natures, states)]
    if not cols.has("nature") and not layout.reported and cols.has("notes"):
        _natures_in_notes(cols, natures, notes)
    return natures, notes, events, kinds


def _kinds_of_building(cols: Columns, said: list[str | None], natures: list[str | None],
                       notes: list[str | None]) -> bool:
    """"新建", "改扩建" in the 建设性质 column: kept in the notes ("建设类型：新建"), the nature left for the start to
    give (they were natures of their own, no project counted as new or continued). Whether any was."""
    if cols.has("building_kind"):  # beside a 项目状态 that gives the nature: the kind goes to the notes, as it is
        for k, n in enumerate(cols.text("building_kind")):
            if n and norm(n) in BUILDING_KINDS:
                notes[k] = noted(notes[k], f"建设类型：{norm(n)}")
        return False
    kinds = sorted({n for n in set(said) - {None} if norm(n) in BUILDING_KINDS}, key=said.index)
    if not kinds:
        return False
    for k, n in enumerate(said):
        if n in kinds:
            natures[k], notes[k] = None, noted(notes[k], f"建设类型：{norm(n)}")
    col = cols.layout.columns["nature"]
    cols.problems.append((0, Problem(cols.sheet.name, None, column_letter(col.index), "",
                                     f"第{column_letter(col.index)}列“{col.header}”中的{''.join(f'“{n}”' for n in kinds)}"
                                     "是建设类型，记入备注；这些项目的建设性质按计划开工时间判断", "info")))
    return True


def _natures_in_notes(cols: Columns, natures: list[str | None], notes: list[str | None]) -> None:
    """A list with no 建设性质 column whose 备注 says only "续建" or "新开工": that is the project's nature (it stayed
    a remark, the project under no nature in the filter and the dashboard's counts), said once for the column."""
    said = {n: NATURE_WORDS.get(norm(n).removesuffix("项目")) for n in set(notes) if n}
    if not any(said.values()):
        return
    moved = 0
    for k, note in enumerate(notes):
        if note and not natures[k] and (word := said[note]):
            natures[k], notes[k] = word, None
            moved += 1
    if moved:
        col = cols.layout.columns["notes"]
        cols.problems.append((0, Problem(cols.sheet.name, None, column_letter(col.index), "",
                                         f"第{column_letter(col.index)}列“{col.header}”只写了建设性质的（如“续建”），"
                                         f"作为建设性质导入（{moved}个项目）", "info")))


def _levels(cols: Columns, said_levels: list[str | None] | None, named: Names, categories: list[str | None],
            said: dict[str, _Category]) -> list[str | None]:
    """Each row's level (市级重点 …) from the level column (or "是否市级重点项目"), a mark the notes explain,
    the name's bracket, the category row above it."""
    layout = cols.layout
    levels = said_levels or cols.text("level")
    asked = norm(layout.columns["level"].header) if cols.has("level") else ""
    marked_levels = not cols.has("level") and any(v.endswith("重点") for v in layout.name_marks.values())
    if asked.startswith("是否"):  # "是否市级重点项目": 是 says the level; 否, the list's own if its title names it
        word = re.search(r"(市级|区级|省级|国家级)重点", asked).group()
        own = re.search(r"(市级|区级|县级)重点", norm(layout.title))
        otherwise = own.group() if own and own.group() != word else None
        levels = [word if verdict_of(v) == "met" else otherwise if verdict_of(v) == "not_met" else None
                  for v in levels]
    elif marked_levels:
        # "注：带★的为市级重点项目": the marked ones; the others, the list's own if its title says
        marked = {m: v for m, v in layout.name_marks.items() if v.endswith("重点")}
        own = re.search(r"(市级|区级|县级)重点", norm(layout.title))
        others = own.group() if own and own.group() not in marked.values() else None
        levels = [said_by_marks(m, marked) or others for m in named.marks]
    if any(named.levels):  # "红楼宾馆综合改造（市重点）" with no level said beside it
        levels = [lv or m for lv, m in zip(levels, named.levels)]
    if any(s.level for s in said.values()):  # "一、市级重点项目" over its projects: their level, where no column says it
        levels = [lv or (said[c].level if c else None) for lv, c in zip(levels, categories)]
    own = _title_levels(norm(layout.title)) if not cols.has("level") and not marked_levels else set()
    if len(own) == 1 and None in levels:  # "2025年市级重点项目清单": the list's own level, all it holds
        level = f"{own.pop()}重点"
        given = sum(1 for k, lv in enumerate(levels) if lv is None and not cols.dropped[k] and not cols.bad[k])
        if given:  # (a 调出名单's rows are no records: "0个项目记作区级重点" said nothing)
            cols.problems.append((0, Problem(cols.sheet.name, None, None, "",
                                             f"表中没有写项目级别：按表题，{given}个项目记作{level}", "info")))
        levels = [lv or level for lv in levels]
    return levels


_LEVEL_WORD = r"(?:国家级|省级|市级|区级|县级)"
# "市级、区级重点建设项目" and "市区两级重点项目" name two levels: the title then says no one level for all
_TITLE_LEVELS = re.compile(rf"((?:{_LEVEL_WORD}(?:、|和|及|与|/|／)?)+)重点|([国省市区县]{{2,3}})[两三]级重点")


def _title_levels(title: str) -> set[str]:
    """The levels a list's title names ("市级重点项目" one, "市级、区级重点项目" two)."""
    found: set[str] = set()
    for listed, short in _TITLE_LEVELS.findall(title):
        found.update(re.findall(_LEVEL_WORD, listed))
        found.update(f"{c}级" if c != "国" else "国家级" for c in short)
    return found


def _quarters(cols: Columns, records: list[tuple[int, dict[str, Any]]], plans) -> None:
    """Each record's quarters: their figures from the quarter and month columns (checked against the year's
    plan), and their goals from the year's schedule in words where no column gives them."""
    layout = cols.layout
    quarter_cols = sorted(f for f in layout.columns if is_quarter_field(f))
    if quarter_cols:
        quarter_values(cols, layout, quarter_cols, records)
        done_in_words(cols, layout, records)  # "1-9月完成投资2.5亿元" in a report's progress, no column giving it
    if any(f.startswith("month_") for f in layout.columns):
        month_values(cols, layout, records)
    in_one_cell = QUARTERS_IN_A_CELL in layout.columns and layout.year is not None
    if in_one_cell:  # "一季度0.5；二季度1；…" under 分季度投资计划
        quarters_planned(cols, layout.year, records)
    if layout.year and (quarter_cols or in_one_cell or any(f.startswith("month_") for f in layout.columns)):
        check_quarters_add_up(cols, layout.year, records)
    if plans:
        for k, rec in records:
            for n, goal in plans[k][0].items():
                q = rec.setdefault("quarters", {}).setdefault(f"{layout.year}Q{n}",
                                                              {"planned": None, "actual": None, "progress": None})
                if not q.get("goal"):  # a quarter's own goal column says it
                    q["goal"] = goal


def _one_record_a_project(table: Table, cols: Columns, records: list[tuple[int, dict[str, Any]]],
                          rows: list[int]) -> None:
    """The records into ``table``, a project once: known by its code, else its name; a second row of one
    project is said and left out."""
    keys = [f"code:{r['code']}" if r["code"] else f"name:{norm(r['name']).lower()}" for _, r in records]
    if len(set(keys)) == len(keys):  # no duplicates: the usual case
        table.records.extend(r for _, r in records)
        table.rows.extend(rows[k] + 1 for k, _ in records)
        return
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
