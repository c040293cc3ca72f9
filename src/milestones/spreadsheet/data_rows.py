"""The rows of a located table that hold records, and the headings they are under.

Below a header come more than records: headings ("一、经济发展", "一 | 东部片区", "区教委（2个）") whose words the
rows under them carry (a category, a zone, a stage, a unit, a part of a task list), totals and subtotals, the
header printed again on each page, notes, page numbers, a row numbering the columns, a record's next line, rows
hidden or struck through. The walk down the rows tells them apart and says what it left out and why; the reader of
the table's kind reads the records it keeps (:mod:`.parse`).
"""
from __future__ import annotations

import re
from typing import Any

from ..domain.numerals import chinese_numeral
from .broken_lines import INDICATOR_GROUP, BrokenLines
from .cells import NUMBER_CELL, clean, norm
from .grid import Sheet, cell_text
from .layout import CATEGORY_NUMBERING, CONTINUED, Layout, category_text, is_note_row
from .measures import SECTION_NUMBER
from .project_names import move_word
from .zones import (
    area_word, heading_and_lead, heading_name, names_a_group, nature_word, says_a_group, unit_word, zone_word,
)

__all__ = ["HIDDEN_ROW_SAID", "STRUCK_ROW_SAID", "STRUCK_TARGET_SAID", "data_rows"]

HIDDEN_ROW_SAID = "隐藏行，未导入（要导入请先在表格中取消隐藏）"
STRUCK_ROW_SAID = "名称有删除线（已划去），未导入（要导入请先去掉删除线）"
STRUCK_TARGET_SAID = "目标有删除线（已划去），未导入（要导入请先去掉删除线）"  # a task list's row is its target
# the name cell of a total row counting what it sums: "3个", "共16个项目", "（16项）"
_COUNT_CELL = re.compile(r"^[(（]?(共|计|合计)?\d+(个|项)(项目)?[)）]?$")
# a sum over other rows, not a record: "合计", "东部片区小计（16个）", "其中：新开工项目"
_TOTAL_ROW = re.compile(r"^(其中[:：].*|.{0,12}(合计|总计|小计|共计)([(（][^()（）]*[)）])?)$")
_PAGE_NUMBER = re.compile(r"[-—–―－~·]*\s*\d{1,4}\s*[-—–―－~·]*|第\s*\d{1,4}\s*页([,，\s]*共\s*\d{1,4}\s*页)?|"
                          r"\d{1,4}\s*/\s*\d{1,4}|page\s*\d{1,4}(\s*of\s*\d{1,4})?", re.I)
_COLUMN_NUMBERS_SAID = "栏次行（各列的编号），未导入"
_COLUMN_LABELS = {"甲", "乙", "丙", "丁", "A", "B", "C", "D"}


def data_rows(sheet: Sheet, layout: Layout, name_index: int,
              left_out: list[tuple[int, str, str, int | None]] | None = None,
              zones: list[str | None] | None = None,
              natures: list[str | None] | None = None,
              units: list[str | None] | None = None,
              parts: list[str | None] | None = None,
              moves: list[str | None] | None = None) -> tuple[list[int], list[str | None]]:
    """The rows holding records, each with the category row above it ("一、经济发展");
    blank rows are skipped and a note row ("注：…") ends the table. Total rows
    (合计, 小计) and the header repeated on each printed page are left out and,
    with ``left_out``, listed there (row, text, why, the column when not the name's). With ``zones``, each row's
    zone heading goes there: "一、东部片区" counts through the "（一）…" headings under
    it, up to the next heading of its own level; with ``natures`` likewise the stage
    ("一、续建项目" over "（一）东部片区"); with ``units`` the unit a heading names ("区教委（2个）"), which keeps
    the category above it (a zone, a section) and lasts up to the next heading; with ``parts`` a task list's
    heading over its sections ("一、着力稳增长" over "（一）扩大有效投资"), None under a heading of one level; with
    ``moves`` (a key-project list, with ``zones``) the heading of a 名单调整表 that says the rows under it leave or join
    the list ("一、调出项目" over "（一）东部片区"), through the lower headings as the stage."""
    return _Walk(sheet, layout, name_index, left_out, zones, natures, units, parts, moves).walk()


class _Walk:
    """One walk down the rows under a table's header, and what it has met so far: the heading the rows are under
    (a category, a zone, a stage, a unit, a part), the subtotals' way, a record a next line may belong to."""

    def __init__(self, sheet: Sheet, layout: Layout, name_index: int, left_out, zones, natures, units,
                 parts, moves) -> None:
        self.sheet, self.layout, self.name_index = sheet, layout, name_index
        self.left_out, self.zones, self.natures, self.units, self.parts = left_out, zones, natures, units, parts
        self.moves = moves
        self.rows: list[int] = []
        self.categories: list[str | None] = []
        self.category = _heading_above(sheet, layout)
        self.zone, self.nature = zone_word(self.category), nature_word(self.category)
        self.moved = self.category if move_word(self.category) else None  # "一、调出项目": the heading saying it
        self.part: str | None = None  # the heading over the lower ones the rows are under
        # a task list's heading with only lower headings under it, so far (its row None when on the page before)
        self.upper: tuple[int | None, str, int | None] | None = None
        if layout.carried is not None:
            self.category, self.zone, self.nature, self.part, pending, self.moved = layout.carried
            self.upper = None if pending is None else (None, pending, None)
        self.seq_col = seq_col = layout.columns.get("seq")
        self.since_group = 0  # records since the last heading or total row: a zone's subtotal heads them or closes them
        self.subtotals_head: bool | None = None  # whether the zones' subtotals stand over their projects or under them
        # where in ``left_out`` the subtotal just above was said to head its projects
        self.heading_said: int | None = None
        self.zones_summed = False  # the zones' subtotals one under the other: a summary, no headings
        self.unit = None  # the responsible unit a heading names, for the rows under it
        self.heading = _header_texts(sheet, layout)
        # the name column's heading as typed: a repeated header is a copy of it (no NFKC of every name)
        self.named = {v.strip() for r in layout.header_rows for v in sheet.rows[r][name_index:name_index + 1]
                      if type(v) is str}
        self.indicators = indicators = layout.kind.startswith("indicator")  # "其中：工业投资" is an indicator there
        self.at_top = True  # the first row under the header
        self.wraps_onto: int | None = None  # the record row a line with no 序号 may be the rest of
        self.lines = BrokenLines(sheet, layout)
        self.in_note = False  # the lines of a note in the middle of the table
        # a row's one cell merged across the table over the name column: "东部片区" typed as a heading
        self.across = {r0 for r0, c0, r1, c1 in sheet.merged if r0 == r1 and c0 <= name_index <= c1 and c1 - c0 >= 2}
        # a task list's columns a section heading's words may be in, beside its number in the 序号 column
        self.task_heading = task_heading = {
            c.index for f, c in layout.columns.items()
            if layout.kind == "measures" and f in ("section", "measure", "measure_text")}
        # "1 | 扩大有效投资" over "1.1 | 推进重点项目建设 | 完成投资200亿元": a task list numbered in two levels, the
        # upper rows its sections (they were dropped unsaid, their tasks put under the title's section)
        self.two_levels = bool(task_heading or indicators) and seq_col is not None \
            and _numbered_in_two_levels(sheet, layout, seq_col.index)
        self.outlined = bool(task_heading) and self.two_levels

    def walk(self) -> tuple[list[int], list[str | None]]:
        for r in range(self.layout.data_start, self.sheet.height):
            if not self._row(r):
                break
        self.layout.ended = (self.category, self.zone, self.nature, self.part,
                             self.upper[1] if self.upper is not None else None, self.moved)
        return self.rows, self.categories

    def _say(self, r: int, text: Any, why: str, at: int | None = None) -> None:
        if self.left_out is not None:
            self.left_out.append((r, text, why, at))

    def _row(self, r: int) -> bool:
        """Row ``r`` read: a record kept, or a row of another sort said or passed; False where the table ends."""
        cells = self.sheet.rows[r]
        filled = len(cells) - cells.count(None) - cells.count("")
        if filled == 0:
            return True
        below, self.wraps_onto = self.wraps_onto, None  # any row but a record or its next line ends the record
        if self.in_note and filled == 1 and not _numbered_heading(norm(next(v for v in cells if v not in (None, "")))):
            return True  # "2.居民收入按常住人口计算": the note's next line
        self.in_note = False
        if self.at_top:
            self.at_top = False
            if _column_numbers(cells):
                self._say(r, " ".join(str(v) for v in cells if v not in (None, "")), _COLUMN_NUMBERS_SAID)
                return True
        name = cells[self.name_index] if self.name_index < len(cells) else None
        if self._left_alone(r, cells, name) or self._total(r, cells, name):
            return True
        if (name in (None, "") or type(name) is str and name.strip() in self.named) \
                and _repeats_header(cells, self.heading):
            self._say(r, name or "", "重复的表头行，未导入")
            return True
        first = cells[0]
        if first is None or first == "":
            first = next(v for v in cells if v is not None and v != "")
        if type(first) is str and is_note_row([norm(first)]):
            if not _rows_go_on(self.sheet, r + 1, self.name_index):
                return False  # the notes below the table
            # "注：按可比价计算" under the first category, the table going on below it: the rows after it
            # were lost without a word
            self.in_note = True
            self._say(r, first, "表格中间的注释行，未导入", _first_filled(cells))
            return True
        seq_col = self.seq_col
        if filled == 1 and type(first) is str and _PAGE_NUMBER.fullmatch(norm(first)) and not (
                first.strip().isdigit() and seq_col is not None and self.sheet.cell(r, seq_col.index) == first):
            # "— 12 —", "第 3 页": a printed page's number, kept by a PDF turned into a workbook; it was
            # the category (or class) of every row below it. A bare number in the 序号 column is a row's
            self._say(r, first, "页码行，未导入", _first_filled(cells))
            return True
        # before the category rows: a line of one cell beside the name ("积3.2万平方米") was taken for
        # a category, and every project below got it as its class
        # a row naming a group and counting it ("区商务委（1项）") is a heading, not the rest of the task above
        # (one text on the row: a task's text may be copied to a column of its own, the measure's)
        group = not self.indicators and filled <= 2 and type(name) is str and says_a_group(norm(name)) \
            and all(v in (None, "", name) for v in cells)
        lines = self.lines
        wrapped = below is not None and seq_col is not None and not group and lines.line_of(r, below, seq_col.index)
        if wrapped:
            self._say(r, lines.join(r, below, wrapped), lines.said(), wrapped[0])
            if not lines.record_too:
                self.wraps_onto = below  # a third line
                return True
            filled = len(cells) - cells.count(None) - cells.count("")
        if filled <= 2 and type(first) is str and CONTINUED.search(norm(first)):
            # "续表", "附件2（续）": the table going on after a page break (a Word annex, a page), not a
            # category of the rows below (they were all given it as their category or class)
            self._say(r, first, "续表标记行，未导入", _first_filled(cells))
            return True
        totalled = self.zones is not None and filled >= 3 and seq_col is not None \
            and _heading_with_totals(cells, seq_col.index, self.name_index)
        if totalled:
            # "一 | 东部片区（2个） | 30 | 8": a zone's heading with its subtotals, not a project named 东部片区
            self._say(r, name, "标题行上的小计，未导入")  # and read as the heading it is, below
        if filled <= 3 or totalled:  # a category row is one cell (a merge keeps its text in the first)
            cat = self._category_of(r, cells, filled, group, totalled)
            if cat is not None:
                self._under(r, cells, first, cat)
                return True
        self._record(r, cells)
        return True

    def _left_alone(self, r: int, cells: list, name: Any) -> bool:
        """A row hidden, or its name struck through: said, and not read."""
        if r in self.sheet.hidden_rows:
            self._say(r, name if name not in (None, "") else next(v for v in cells if v not in (None, "")),
                      HIDDEN_ROW_SAID)
            return True
        if self.sheet.struck and name not in (None, "") and (r, self.name_index) in self.sheet.struck \
                and not self._leaving(cells):
            # the name struck through (删除线): a project or an indicator taken off the list and left there to be
            # seen, as offices mark what a revision drops; it was imported as listed
            self._say(r, name, STRUCK_TARGET_SAID if self.layout.kind == "measures" else STRUCK_ROW_SAID)
            return True
        return False

    def _leaving(self, cells: list) -> bool:
        """Whether a 名单调整表's 调整 column says the row leaves the list (调出): its name is struck for that, and the
        row is read (as leaving, :mod:`.key_projects`), not passed as a row crossed out."""
        col = self.layout.columns.get("list_change")
        return col is not None and col.index < len(cells) and type(cells[col.index]) is str \
            and move_word(cells[col.index]) == "调出"

    def _total(self, r: int, cells: list, name: Any) -> bool:
        """A total or a subtotal row, said and not read; a zone's subtotal gives the projects it heads or closes
        their zone."""
        said_at = None  # the column the row's word is in, when not the name column
        # (the 序号 cell first: a number on every row but a total's, so a project's name is not looked at)
        if type(cells[0]) is str and ("计" in cells[0] or "其中" in cells[0] and not self.indicators) \
                and _TOTAL_ROW.match(norm(cells[0])) \
                and (name in (None, "") or type(name) is str and _COUNT_CELL.match(norm(name))):
            # "合计" in the 序号 column, the name cell empty or the count of projects ("3个": read as a project)
            name, said_at = cells[0], 0
        if not (type(name) is str and ("计" in name or "其中" in name and not self.indicators)
                and _TOTAL_ROW.match(norm(name))):
            return False
        zones, left_out = self.zones, self.left_out
        totalled_zone = _zone_of_subtotal(name) if zones is not None and not self.zones_summed else None
        why = "合计行，未导入"
        if totalled_zone is not None and self.subtotals_head is None:
            self.subtotals_head = self.since_group == 0  # the table's first says which way all of them go
        if totalled_zone is not None and self.subtotals_head and self.heading_said is not None:
            # "东部小计 | 西部小计" one under the other: the zones summed above the table, heading nothing
            self.zones_summed, self.zone, totalled_zone = True, None, None
            if left_out is not None:
                said = left_out[self.heading_said]
                left_out[self.heading_said] = (*said[:2], why, said[3])
        elif totalled_zone is not None and self.subtotals_head:
            # "东部片区小计（2个）" before its projects, as a heading with their sums: they were left with no
            # zone, the subtotal dropped as any total
            if self.zone != totalled_zone:  # (under "一、东部片区" it says nothing new)
                self.zone, why = totalled_zone, f"小计行，未导入；其下的项目记作{totalled_zone}"
        elif totalled_zone is not None:  # after its projects: theirs, where nothing above said a zone
            unzoned = [k for k in range(len(zones) - self.since_group, len(zones)) if zones[k] is None]
            for k in unzoned:
                zones[k] = totalled_zone
            self.zone = None
            if unzoned:
                why = f"小计行，未导入；其上的项目记作{totalled_zone}"
        self.since_group = 0
        self.heading_said = len(left_out or ()) if self.subtotals_head and totalled_zone is not None else None
        self._say(r, name, why, said_at)
        return True

    def _category_of(self, r: int, cells: list, filled: int, group: bool, totalled: bool) -> str | None:
        """The heading a row of a few cells is ("一、经济发展", "一 | 东部片区", "社会民生"), else None: a record."""
        name_index, seq_col, task_heading = self.name_index, self.seq_col, self.task_heading
        texts = [norm(v) for v in cells]  # only rows that may be category rows
        cat = clean(cells[name_index]) if totalled else category_text(texts, name_index)
        if cat is not None:
            return cat
        if seq_col is not None and seq_col.index < len(texts) \
                and (SECTION_NUMBER.fullmatch(texts[seq_col.index]) or _SUB_NUMBER.fullmatch(texts[seq_col.index])):
            # "一 | 东部片区", and "（一） | 续建项目" under it: headings in the 序号 column, nothing else on the row
            others = [i for i, t in enumerate(texts) if t and i not in (seq_col.index, name_index)]
            if not others and name_index < len(texts) and texts[name_index]:
                return clean(cells[name_index])
            if len(others) == 1 and others[0] in task_heading and not (name_index < len(texts) and texts[name_index]):
                # "一 | 扎实推动经济高质量发展" in a task list: the section's words in the task column (its
                # targets' column, the one a list is read by, empty) — the section was lost, the row dropped
                return clean(cells[others[0]])
            return None
        if self.two_levels and seq_col.index < len(texts) and texts[seq_col.index].isdigit():
            # "1 | 经济发展" over "1.1 | 地区生产总值增速": a group of indicators, not one with no target
            words = [i for i, t in enumerate(texts) if t and i != seq_col.index]
            if len(words) == 1 and (words[0] in task_heading or self.indicators and words[0] == name_index):
                return clean(cells[words[0]])
            return None
        zones = self.zones
        if zones is not None and seq_col is not None and seq_col.index < len(texts) \
                and texts[seq_col.index].isdigit() and name_index < len(texts) and texts[name_index]:
            # "1 | 东部片区" with its projects numbered 1.1, 1.2 under it: a heading, not a project
            alone = not [t for i, t in enumerate(texts) if t and i not in (seq_col.index, name_index)]
            return clean(cells[name_index]) if alone and names_a_group(texts[name_index]) else None
        if group or zones is not None and filled == 1 and name_index < len(texts) and texts[name_index] \
                and (r in self.across or seq_col is None and names_a_group(texts[name_index])):
            # "东部片区", "解放碑街道" alone on its row in a table with no 序号 (or merged across the table): a
            # heading, not a project with nothing filled in (under a 序号 column, a project not numbered yet,
            # unless it counts its projects or labels their unit: "区教委（2个）", "牵头单位：区商务委")
            return clean(cells[name_index])
        if self.indicators and filled == 1 and name_index < len(texts) and INDICATOR_GROUP.fullmatch(texts[name_index]):
            return clean(cells[name_index])  # "社会民生" alone in the name column: a heading, not an indicator
        return None

    def _under(self, r: int, cells: list, first: Any, cat: str) -> None:
        """The rows below are under heading ``cat``: its category, zone, stage, unit or part."""
        if self.units is not None and (said_unit := unit_word(cat)) is not None:
            self.unit = said_unit  # the zone or section above goes on: the unit is a level under it
            return
        self.unit, self.since_group, self.heading_said = None, 0, None
        self.category = _category_as_kept(cells, cat, self.layout.kind)
        if self.units is not None and (led := heading_and_lead(self.category)) is not None:
            self.category, self.unit = led  # "二、提振消费（区商务委牵头）": the unit of its tasks that name none
        if self.task_heading and self.left_out is not None:
            # "一、着力稳增长" over "（一）扩大有效投资": the lower headings are the sections (they
            # hold the tasks); the upper one went without a word
            lower = type(first) is str and _SUB_HEADING.match(norm(first))
            if lower and self.upper is not None:
                if self.upper[0] is not None:  # said on its own page
                    self._say(*self.upper[:2], _UPPER_HEADING_SAID, self.upper[2])
                self.part = self.upper[1]
            elif not lower:
                self.part = None  # a heading of the upper level: a part only once a lower one comes under it
            self.upper = None if lower else (r, self.category, _first_filled(cells))
        if self.zones is not None:
            sub = type(first) is str and _SUB_HEADING.match(norm(first))
            under = sub or area_word(cat) or nature_word(cat)
            self.zone = zone_word(cat) or (self.zone if under else None)  # a part of the zone, or its projects' stage
            # and the stage through the zones and areas under it, up to the next heading of its level
            top = type(first) is str and SECTION_NUMBER.match(norm(first))
            goes_on = sub or not top and (zone_word(cat) or area_word(cat))
            self.nature = nature_word(cat) or (self.nature if goes_on else None)
            self.moved = cat if move_word(cat) else self.moved if goes_on else None  # "一、调出项目" likewise

    def _record(self, r: int, cells: list) -> None:
        """Row ``r`` is a record, under the headings met so far."""
        seq_col = self.seq_col
        if self.outlined and seq_col.index < len(cells) and norm(cells[seq_col.index]).isdigit():
            # "3 | 稳定就业 | 新增就业4.6万人" beside 1, 1.1 …: a task of the upper level is a section of its own (it
            # went under the section above)
            task = next((clean(cells[c]) for c in sorted(self.task_heading) if c < len(cells) and clean(cells[c])),
                        None)
            if task:
                self.category = _category_as_kept([cells[seq_col.index]], task, self.layout.kind)
        self.rows.append(r)
        self.categories.append(self.category)
        self.since_group, self.heading_said = self.since_group + 1, None
        self.upper = None  # a heading with tasks of its own is their section
        self.wraps_onto = r
        self.lines.record()
        for kept, value in ((self.zones, self.zone), (self.natures, self.nature), (self.units, self.unit),
                            (self.parts, self.part), (self.moves, self.moved)):
            if kept is not None:
                kept.append(value)


def _first_filled(cells: list) -> int:
    """The column of a row's first filled cell."""
    return next(i for i, v in enumerate(cells) if v not in (None, ""))


def _column_numbers(cells: list) -> bool:
    """The row under a header numbering its columns, as statistical forms do: "1 | 2 | 3 …" or
    "甲 | 乙 | 1 | 2 …" (it was read as a project named 2 whose dates 5 and 6 were refused)."""
    values = [v for v in cells if v not in (None, "")]
    labels = [v for v in values if type(v) is str and v.strip() in _COLUMN_LABELS]
    numbers = [v for v in values if v not in labels]
    try:
        numbers = [int(v) if type(v) is not float or v.is_integer() else None for v in numbers]
    except (TypeError, ValueError):
        return False
    return len(numbers) >= 3 and None not in numbers and numbers == list(range(numbers[0], numbers[0] + len(numbers))) \
        and values[:len(labels)] == labels


def _numbered_heading(text: str) -> bool:
    """"一、社会民生", "（二）…": a heading, which ends a note's lines in the middle of a table."""
    return bool(SECTION_NUMBER.match(text) or _SUB_NUMBER.match(text))


def _rows_go_on(sheet, start: int, name_index: int) -> bool:
    """Whether a row of the table follows (three cells at least, the name among them): the note
    just met is in the middle of the table, not below it."""
    for r in range(start, sheet.height):
        cells = sheet.rows[r]
        if name_index < len(cells) and cells[name_index] not in (None, "") and \
                len(cells) - cells.count(None) - cells.count("") >= 3:
            first = next(v for v in cells if v not in (None, ""))
            if not (type(first) is str and is_note_row([norm(first)])):
                return True
    return False


_SUB_NUMBER = re.compile(r"[(（][一二三四五六七八九十]+[)）]")  # "（一）", a heading under "一、"


_UPPER_HEADING_SAID = "上一级标题：其下“（一）”等各作为一个部分导入，记作这些部分的上一级标题"


_HEADING_OPENINGS = set("一二三四五六七八九十(（")


_TOTAL_WORDS = re.compile(r"(?:合计|总计|小计|共计)(?:[(（][^()（）]*[)）])?$")


def _zone_of_subtotal(name: str) -> str | None:
    """The zone a subtotal row names ("东部片区小计（2个）", "西部合计"), else None ("合计", "其中：续建")."""
    rest = _TOTAL_WORDS.sub("", norm(name))
    return zone_word(rest) if rest and rest != norm(name) else None


_SECOND_LEVEL = re.compile(r"(\d+)[.．](\d+)")


def _numbered_in_two_levels(sheet: Sheet, layout: Layout, seq: int) -> bool:
    """Whether a 序号 column numbers its rows 1, 1.1, 1.2, 2, 2.1 …: an upper row's number heads the lower ones."""
    upper, lower = set(), set()
    for r in range(layout.data_start, min(sheet.height, layout.data_start + 400)):
        v = sheet.cell(r, seq)
        t = norm(v) if v not in (None, "") else ""
        if t.isdigit():
            upper.add(int(t))
        elif (m := _SECOND_LEVEL.fullmatch(t)) is not None:
            lower.add(int(m.group(1)))
    return bool(lower) and lower <= upper


def _heading_with_totals(cells: list, seq: int, name: int) -> bool:
    """A heading numbered 一, 二 (or （一）) naming a zone, an area or a stage, with figures beside it
    and nothing else: its subtotals."""
    if max(seq, name) >= len(cells) or type(cells[seq]) is not str or type(cells[name]) is not str:
        return False
    if cells[seq].lstrip()[:1] not in _HEADING_OPENINGS:  # a quick look: data rows are numbered 1, 2 …
        return False
    number = norm(cells[seq])
    if not (SECTION_NUMBER.fullmatch(number) or _SUB_NUMBER.fullmatch(number)):
        return False
    if not names_a_group(norm(cells[name])):
        return False
    others = [v for i, v in enumerate(cells) if i not in (seq, name) and v not in (None, "")]
    return all(type(v) in (int, float) or type(v) is str and NUMBER_CELL.fullmatch(norm(v)) for v in others)


_SUB_HEADING = re.compile(r"^([(（]([一二三四五六七八九十]+|\d+)[)）]|\d+[.．、])")  # "（一）…", "1.…" under "一、…"


def _heading_above(sheet: Sheet, layout: Layout) -> str | None:
    """"一、新开工项目" on the row right above the header: the category of the rows below it
    (a table in parts, each with its header), not a title."""
    top = layout.header_rows[0] if layout.header_rows else 0
    if top == 0:
        return None
    cells = sheet.rows[top - 1]
    texts = [norm(v) for v in cells]
    filled = [t for t in texts if t]
    if not filled or not CATEGORY_NUMBERING.match(filled[0]) or re.match(r"\d", filled[0]):
        return None
    cat = category_text(texts, None)
    return _category_as_kept(cells, cat, layout.kind) if cat is not None else None


_BRACKET_NUMBER = re.compile(r"[(（][一二三四五六七八九十]+[)）][、.．]?\s*")


def _category_as_kept(cells: list[Any], cat: str, kind: str) -> str:
    """A category row's text as the records keep it: measures keep the numbering ("（一）…"
    names section 1, "一" | "坚持创新驱动" becomes "一、坚持创新驱动"); other kinds drop it, and the
    count after it ("经济发展（8项）", "产业项目：12个"), which would make each year's category another."""
    if kind != "measures":
        return heading_name(cat, any_brackets=False)
    full = next((cell_text(v).strip() for v in cells if cell_text(v).strip()), cat)
    if SECTION_NUMBER.fullmatch(norm(full)) and cat != full:
        full = f"{full.rstrip('、')}、{cat}"
    elif cat != full and _BRACKET_NUMBER.fullmatch(full):  # "（一）" | "推动经济稳进提质": it was the section "（一）"
        full = f"{full.rstrip('、.． ')}{cat}"
    elif cat != full and full.isdigit() and 0 < int(full) < 20:
        full = f"{chinese_numeral(int(full))}、{cat}"  # "1" | "扩大有效投资" over 1.1, 1.2: section 一, as plans number them
    return heading_name(full, any_brackets=False)


def _header_texts(sheet: Sheet, layout: Layout) -> dict[int, set[str]]:
    """Each column's heading cells as written, to know the header when it comes again."""
    out: dict[int, set[str]] = {}
    for r in layout.header_rows:
        for c, v in enumerate(sheet.rows[r]):
            t = norm(v)
            if t:
                out.setdefault(c, set()).add(t)
    return out


def _repeats_header(cells: list[Any], heading: dict[int, set[str]]) -> bool:
    """A row most of whose cells are the header's own, column for column."""
    texts = [(c, norm(v)) for c, v in enumerate(cells) if v is not None and v != ""]
    same = sum(1 for c, t in texts if t in heading.get(c, ()))
    return same >= 2 and same * 2 >= len(texts)
