"""The rows of a measures table (the plan's tasks and their quantified targets) as records,
and a task list typed as an outline in one column made into one."""
from __future__ import annotations

import re
from typing import Any

from ..domain.quarter import QuarterParseError
from ..domain.schedule_cell import parse_schedule_cell
from ..domain.schedule_span import parse_schedule_span
from ..domain.schedule_words import leading_time
from ..domain.steps import step_figure
from ..domain.target import (
    OP_FROM_WORD, OP_WORDS, QUALIFIER_WORDS, Target, TargetParseError, paired_targets, plain_number, split_targets,
)
from ..domain.verdicts import verdict_of
from .cells import (ITEM_NUMBER, NO_DATE, PART_NUMBER, REASON_NOTE, clean, contact_of, nfkc, norm, schedule_cell,
                    units_cell)
from .grid import Sheet, column_letter
from .headings import names_a_person
from .layout import Column, Layout
from .lead_units import lead_and_partners, unit_and_person
from .project_schedule import timed_steps
from .table import Problem, Row, Table, by_period, figure_in, figure_in_status, read_figure, read_target, status_words


_CN_NUM = {c: i for i, c in enumerate("零一二三四五六七八九十", start=0)}


# a task's deadline that is no date: it goes on, or comes back every month or quarter
_ONGOING = re.compile(r"(长期|持续|常态化|久久为功|每(月|季度?|半年|年)|按(月|季度?)|逐(月|季)|全年持续|全年推进|动态|适时|"
                      r"常年|分阶段|分步|分(月|季度?|批|期|年度?)(推进|实施|完成|落实)|年度内|本年度|按序时|按(上级|市级?|区级?)|根据(上级|市级?)|"
                      r"立即|及时|随时)")
# a deadline in words that names no time at all ("与主体工程同步", "按合同约定"): no quarter, said
_NO_TIME_NAMED = re.compile(r"[^\d季月年底末初半春夏秋冬节前后内期QqHh]+")


def _names_no_time(text: str) -> bool:
    return bool(_NO_TIME_NAMED.fullmatch(text) and re.search(r"[\u4e00-\u9fff]", text))


def deadline_in_words(text: str) -> bool:
    """A 完成时限 kept as words, with no quarter: the work goes on ("持续推进", "每季度") or names no time ("与主体
    工程同步"); as read from a list, and as typed into the 举措与目标 view."""
    said = norm(text)
    return bool(said) and said not in NO_DATE and bool(_ONGOING.match(said) or _names_no_time(said))


SECTION_NUMBER = re.compile(r"^[一二三四五六七八九十]+(?:[、.．]|$)")  # not "十项惠民工程…"
MEASURE_NUMBER = re.compile(r"^[(（][一二三四五六七八九十]+[)）][、.．]?")


def outline(sheet: Sheet, layout: Layout) -> None:
    """A task list in one column, as an outline: "一、" a section, "（一）" a
    measure, "1." a target under it. The targets are that column's rows; the
    measure heading above each is put in a column of its own (after the last),
    and heading rows are emptied, being no target. A list without measure
    headings makes each task its own measure."""
    col = layout.columns.get("measure") or layout.columns["target"]
    seq = layout.columns.get("seq")
    width = sheet.width
    current = None
    numbers = [norm(sheet.cell(r, seq.index)) if seq is not None else "" for r in range(sheet.height)]
    # "1 | 推动经济持续回升向好" over "1.1 | 地区生产总值增长6%左右": task 1 and its targets (each had been a
    # task of its own, and task 1 a target saying its own name)
    with_parts = {m.group(1) for n in numbers if (m := PART_NUMBER.fullmatch(n))}
    for r in range(layout.data_start, sheet.height):
        cells = sheet.rows[r]
        text = clean(cells[col.index]) if col.index < len(cells) else None
        number = numbers[r]
        if SECTION_NUMBER.fullmatch(number) or (text and SECTION_NUMBER.match(text)):
            current = None  # a section heading (left for the category rows): its measures follow
            continue
        if text and (MEASURE_NUMBER.fullmatch(number) or MEASURE_NUMBER.match(text)
                     or number.isdigit() and number in with_parts):
            current = MEASURE_NUMBER.sub("", text).strip() or text
            sheet.rows[r] = [None] * len(cells)  # a measure heading is no target
            continue
        if with_parts and number.isdigit():
            current = None  # "3" with no 3.1 under it: a task of its own
        if len(cells) < width:
            cells.extend([None] * (width - len(cells)))
        cells.append(current or text)
    layout.columns["target"] = Column("target", col.index, col.header, col.year, col.unit)
    layout.columns["measure"] = Column("measure", width, col.header)
    layout.derived_measure = True


def tasks_on_their_own_rows(sheet: Sheet, layout: Layout, rows: list[int],
                            categories: list[str | None]) -> list[str | None]:
    """"一 | 扩大有效投资" on a row of its own, the 工作任务 cells of the lines below it all empty: the row is the
    task of those lines, not a section of tasks named nowhere (each line was refused for naming no task). Its
    words go into the lines' task cells; the categories returned say no section. A list that names a task on any
    line keeps its rows as sections (a line with none is then a mistake, said as such)."""
    col = layout.columns.get("measure")
    if col is None or layout.derived_measure or "section" in layout.columns or not rows \
            or any(c is None for c in categories) or any(clean(sheet.cell(r, col.index)) for r in rows):
        return categories
    for r, category in zip(rows, categories):
        cells = sheet.rows[r]
        if len(cells) <= col.index:
            cells.extend([None] * (col.index + 1 - len(cells)))
        cells[col.index] = SECTION_NUMBER.sub("", category).strip() or category
    return [None] * len(rows)


def _sheet_section(name: str) -> str | None:
    """A sheet per section ("（一）双城经济圈", "二、提升城市品质") of a task list that names no section in
    its rows: the sheet's name is its section (the tasks of every sheet went into one section)."""
    return name.strip() if _section_number(name) is not None else None


def _section_number(text: str | None) -> int | None:
    if not text:
        return None
    m = re.match(r"^(?:[(（]?([一二三四五六七八九十]+)[)）、.]|第([一二三四五六七八九十]+)(?:部分|章|篇|节))", norm(text))
    if not m:
        return None
    s = m.group(1) or m.group(2)  # "（三）", "三、", "第三部分"
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + _CN_NUM[s[1]]
    if s.endswith("十"):
        return _CN_NUM[s[0]] * 10
    return _CN_NUM[s[0]] if len(s) == 1 else None


_LEADING_DATE = re.compile(r"^(?:\d{4}年)?(?:\d{1,2}月(?:底|末|中旬|上旬|下旬)?|[一二三四]季度|第[一二三四1-4]季度|上半年|下半年|"
                           r"年底|年中|全年)")
_STEP_DONE = re.compile(r"(完成|实现|达到|建成|开工).*$")


def _final_deadline(v: Any, year: int | None) -> tuple[str, str] | None:
    """A deadline cell that is not one date but reads as one: stages ("6月、12月",
    "上半年完成50个、全年完成100个": the last), or a date before an event ("2024年9月开学前": the
    date). (quarter, the words read) or None when the cell is a plain date or no date at all."""
    if type(v) is not str or not v.strip():
        return None
    try:
        parse_schedule_cell(v, year)
        return None  # a date as it is: read the usual way
    except QuarterParseError:
        pass
    try:  # "2024-2025年", "2024年至2025年": a task over years is due by the last one's end
        _, end = parse_schedule_span(v, year)
        if end.quarter:
            return str(end.quarter), end.text
    except QuarterParseError:
        pass
    cell = norm(v)  # normalised once (the clauses' loop below names each reading "said")
    going = _ONGOING.search(cell)
    if going and going.start() > 0:  # "2024—2025年持续推进": due by the end of the time before the words (it refused
        # the row, and so the file)
        head = cell[:going.start()].rstrip("，,;；、:： ")
        try:
            end = parse_schedule_span(head, year)[1] if re.search(r"[-~～至到—–]", head) else None
        except QuarterParseError:
            end = None
        if end is not None and end.quarter:
            return str(end.quarter), end.text
    clauses = [c for c in re.split(r"[、，,;；]", cell) if c]
    for clause in reversed(clauses):
        for said in (clause, _STEP_DONE.sub("", clause), (_LEADING_DATE.match(clause) or [""])[0]):
            if not said:
                continue
            try:
                cell = parse_schedule_cell(said, year)
            except QuarterParseError:
                continue
            if cell.quarter:
                return str(cell.quarter), said
        timed, rest = leading_time(clause, year)  # "2024年底前见效"
        if timed is not None:
            return str(timed), (clause[:clause.rfind(rest)] if rest in clause else clause).rstrip(" :：")
    return None


_QUALIFIER = re.compile("|".join(map(re.escape, QUALIFIER_WORDS)) + r"|力争|确保|[~～-]")


def _figure_only(text: str, unit: str | None) -> bool:
    """"1.2万户", "40家以上", "≥50个": a figure and its unit, naming nothing it counts."""
    rest = re.sub(r"[\d.,%‰\s]+", "", norm(text))
    if unit:
        rest = rest.replace(norm(unit), "", 1)
    return not _QUALIFIER.sub("", rest)


def _read_with(text: str, value: float | None) -> Target | None:
    """A task's words read as a target ("企业开办时间压缩至1个工作日"), when the figure they give is ``value``."""
    try:
        parsed = Target.parse(text)
    except ValueError:
        return None
    return parsed if parsed.value == value else None


def _subject_of(text: str, value: float | None) -> str | None:
    """What a task written with its figure counts ("新增市场主体" of "新增市场主体8000户"), when that figure is ``value``."""
    parsed = _read_with(text, value)
    return parsed.subject if parsed else None


def _op_of(text: str, target: Target) -> str | None:
    """The op of a bare figure ("1个工作日") taken from the task's words that give it: "压缩至1个工作日" is a ceiling,
    "新增市场主体8000户以上" a floor (the figure alone read as exactly that, and a day less was scored as missed)."""
    parsed = _read_with(text, target.value) if target.op == "exact" else None
    return parsed.op if parsed and parsed.op and parsed.unit == target.unit else target.op


def _clause_with(text: str | None, figure: str) -> str | None:
    """The clause of a 举措's words ("…，完成固定资产投资300亿元") that holds ``figure`` ("300亿元"), where one does."""
    if not text:
        return None
    found = [c.strip() for c in re.split(r"[，,；;。]", text) if norm(figure) in norm(c)]
    return found[0] if len(found) == 1 else None


def _with_unit(text: str, unit: str | None) -> str:
    """"50以上" with 万平方米 → "50万平方米以上"; a figure that says its unit stays as it is."""
    m = None
    for m in re.finditer(r"\d+(?:\.\d+)?", text):
        pass
    if m is None or not unit or text[m.end():].startswith(unit):
        return text
    return f"{text[:m.end()]}{unit}{text[m.end():]}"


# a list numbered in one cell: "①…②…", "（1）…（2）…", "(1)…" — circled numbers, or a number in brackets
_LISTED = re.compile(r"[(（]\s*([1-9]\d?)\s*[)）]|([①-⑳])")
_LIST_CUT = "；;，,。、\n"


def numbered_items(text: str) -> str:
    """"①新增市场主体8000户；②新增规上企业30家", "（1）网办率达到98%以上（2）开办时间压缩至1个工作日": a list of
    targets in one cell, its numbers 1, 2, 3 … in turn from the cell's start. Each number is written "（n）" (which
    the list's numbering is read as; NFKC makes "②" a bare 2, read as the figure of what follows it) with a "；"
    before it where the cell gives no break (the two were one target). Any other cell is as it was."""
    found = list(_LISTED.finditer(text))
    if len(found) < 2 or text[:found[0].start()].strip():
        return text
    items: list[re.Match] = []
    for m in found:  # the numbers in turn: 1, 2, 3 … (a "（3）" out of turn is words of an item)
        if (int(m.group(1)) if m.group(1) else ord(m.group(2)) - ord("①") + 1) == len(items) + 1:
            items.append(m)
    if len(items) < 2:
        return text
    out, at = [], 0
    for n, m in enumerate(items, start=1):
        before = text[at:m.start()]
        cut = "" if n == 1 or before.rstrip(" \t")[-1:] in _LIST_CUT else "；"
        out += [before, cut, f"（{n}）"]
        at = m.end()
    return "".join(out) + text[at:]


def read_measure(row: Row, category: str | None) -> dict[str, Any] | list[dict[str, Any]] | None:
    raw = row.raw("target")
    if type(raw) is str:
        raw = numbered_items(raw)
    lines = [ln.strip() for ln in raw.splitlines() if ln.strip()] if type(raw) is str and "\n" in raw else []
    if len(lines) > 1 and all(ITEM_NUMBER.match(nfkc(ln)) or _ENDS_IN_A_FIGURE.search(nfkc(ln)) for ln in lines):
        # "（1）…⏎（2）…", or "新增市场主体8000户⏎新增规上企业30家" (each line ending in its figure): a list in the cell,
        # one target a line, not one wrapped line (a line's own "；" kept beside the joining one left "；2.新开工…" as
        # the second target's text; lines joined with nothing were one target, "…8000户新增规上企业30家")
        raw = "；".join(ln.rstrip("；;，,。 ") for ln in lines)
    text = clean(raw) or _task_line(row)
    if text and ITEM_NUMBER.match(text):  # "1.新培育高新技术企业20家": the list's numbering
        text = ITEM_NUMBER.sub("", text) or text
    if not text:
        return None
    explicit = any(row.has(f) for f in ("value", "op", "subject", "actual", "unit"))
    paired = paired_targets(text) if not explicit else None
    if paired:  # "力争批发业、零售业销售额分别增长15%和10%": a target each, the cell's words kept (as the plan holds them)
        records = [_measure_target(row, category, text, given=t) for t in paired]
        return None if None in records else records
    pieces = [ITEM_NUMBER.sub("", p) or p for p in split_targets(text)]  # "…；2.引进项目100个"
    ends = [_NUMBER_AFTER.search(p) for p in pieces]
    if len(pieces) > 1 and all(ends) and [int(m.group(1)) for m in ends] == list(range(1, len(pieces) + 1)):
        pieces = [p[:m.start()] for p, m in zip(pieces, ends)]  # "加装电梯100部（2）": the number after, not 2 部
    if len(pieces) > 1 and not explicit:
        # "全年引进项目100个以上，到位资金200亿元": a target each, as the plan's own text gives them
        # (not where the table gives one figure for the row: its own columns, or one 完成情况)
        dues = _items(row.raw("quarter")) if row.has("quarter") else None
        if dues is not None and len(dues) != len(pieces):
            dues = None  # "（1）6月底前；（2）12月底前" beside three targets: which is whose is not said
        elif dues is not None:
            row.problem("quarter", row.raw("quarter"), "完成时限按编号分别记入各条目标", "info")
        elif row.has("quarter") and (dues := _in_turn(row.raw("quarter"), len(pieces), row.layout.year)):
            row.problem("quarter", row.raw("quarter"), "完成时限按顺序分别记入各条目标", "info")
        records = []
        for k, piece in enumerate(pieces):
            # one schedule beside several targets ("6月底前完成40个，12月底前全面完成"): whose steps they are is
            # not said, so the deadline cell gives none
            record = _measure_target(row, category, piece, dues[k] if dues else None, deadline_steps=False)
            if record is None:
                return None  # said once, on the row
            records.append(record)
        return records
    return _measure_target(row, category, text)


# a line that is a target of its own: words, then its figure and unit at the end ("新增规上企业30家", "网办率达到98%以上");
# not a line wrapped mid-phrase ("…等20个项目建设，完成投资")
# (nor a time: "力争到2025年⏎建成…" is one sentence)
_ENDS_IN_A_FIGURE = re.compile(r"[\u4e00-\u9fff].*\d(?:[\d.,]*\d)?\s*(?:%|‰|(?![年月日季号])[\u4e00-\u9fff]{1,4})?"
                               r"(?:以上|以下|左右|以内)?[;；，,。.]?\s*$")


def _task_line(row: Row) -> str | None:
    """"具体举措 | 量化指标" where the second is empty: a line of work with no figure to count ("建设数字金融产业园"),
    a target in words, due and answered for as the row says (the row was dropped, its 举措, deadline and units
    lost). Not the line merged down beside targets that have their figures: they said it already."""
    if not row.has("measure_text"):
        return None
    said = clean(row.raw("measure_text"))
    records = row.table.records
    if not said or records and records[-1].get("measure_text") == said:
        return None
    return said


def say_task_lines(table: Table, sheet: Sheet, layout: Layout) -> None:
    """Once for the table: the rows whose empty 量化指标 left their 举措 as the target (see :func:`_task_line`)."""
    said, target = layout.columns.get("measure_text"), layout.columns.get("target")
    if said is None or target is None:
        return
    rows = [r for r in dict.fromkeys(table.rows) if clean(sheet.cell(r - 1, target.index)) is None]
    if rows:
        table.problems.append(Problem(
            sheet.name, rows[0], column_letter(target.index), "",
            f"第{column_letter(target.index)}列“{target.header}”有{len(rows)}行空白："
            f"这些行按第{column_letter(said.index)}列“{said.header}”导入为不带数值的目标", "info"))


def _units(row: Row) -> tuple[dict[str, str | None], str | None]:
    """The unit responsible and the units working with it (配合单位), from their columns or from
    one cell naming both; and the unit's person, where the column names one ("责任单位及责任人")."""
    unit, partners = units_cell(row.raw("responsible_unit")), units_cell(row.raw("partner_units"))
    person = None
    if unit and names_a_person(row.layout.columns["responsible_unit"].header):
        unit, person = unit_and_person(unit)  # "区发展改革委（赵六）"
    if unit and not partners:
        given = unit
        unit, partners, note = lead_and_partners(given)
        if note:
            row.problem("responsible_unit", given, note, "info")
    return {"responsible_unit": unit, "partner_units": partners}, person


def _items(v: Any) -> list[str] | None:
    """A deadline cell numbered as the targets beside it are ("（1）6月底前；（2）12月底前", "1.9月底前
    2.年底前"): each item's words; None for a cell that is not such a list. The numbers run 1, 2, 3 …
    from the cell's start ("12.31前" is a date, "1.9月底前" alone a date too)."""
    if type(v) is not str or len(v) > 500:  # a deadline's list is a line or two (a page: time as its length squared)
        return None
    text = nfkc(v).strip()
    after = list(_ITEM_AFTER.finditer(text))
    if len(after) > 1 and [int(m.group(2)) for m in after] == list(range(1, len(after) + 1)) \
            and "".join(m.group(0) for m in after).strip(" ；;，,。") == text.strip(" ；;，,。"):
        return [m.group(1).strip(" ；;，,。") for m in after]  # "6月底前完成（1），12月底前完成（2）"
    marks = list(_ITEM_MARK.finditer(text))
    if len(marks) < 2 or marks[0].start() != 0 or [int(m.group(1) or m.group(2)) for m in marks] != \
            list(range(1, len(marks) + 1)):
        return None
    ends = [m.start() for m in marks[1:]] + [len(text)]
    items = [text[m.end():end].strip(" ；;，,。") for m, end in zip(marks, ends)]
    return items if all(items) else None


def _in_turn(v: Any, count: int, year: int | None) -> list[str] | None:
    """A deadline cell listing as many dates as there are targets beside it, apart as they are ("12月底前；9月底前"
    beside "…增长5%；新开工项目20个"): each target's own, in turn (the last was every target's). Only a list set
    apart by "；" or a line each (a date each, "6月底前⏎12月底前" beside targets on lines): "6月、12月" is one
    target's steps."""
    if type(v) is not str or ";" not in v and "；" not in v and "\n" not in v:
        return None
    items = [p.strip(" ，,。") for p in re.split(r"[；;\n]", nfkc(v).strip(" ；;\n"))]
    if len(items) != count or not all(items) or not all(_one_date(p, year) for p in items):
        return None
    return items


_NUMBER_AFTER = re.compile(r"\s*[(（](\d{1,2})[)）]\s*$")
_ITEM_AFTER = re.compile(r"\s*[；;，,。]?\s*([^；;，,。()（）]+?)\s*[(（](\d{1,2})[)）]")
_ITEM_MARK = re.compile(r"(?:(?:^|(?<=[\s；;，,。]))\s*(\d{1,2})[.．、]|\s*[(（](\d{1,2})[)）])")


def _due(row: Row, v: Any) -> str | None:
    """The quarter a deadline cell gives, problems said on the row."""
    year = row.layout.year
    staged = dated_deadline(v, year)
    if staged is None and _ONGOING.match(norm(v)):
        return None  # "长期坚持", "每季度": no one deadline; the target is the year's (due at its end)
    if staged is not None:
        # "6月、12月", "上半年完成50个、全年完成100个", "（1）6月；（2）12月": due by the last (the cell's words are
        # kept beside the quarter: _deadline_words)
        quarter, said = staged
        row.problem("quarter", v, f"完成时限按“{said}”记入", "info")
        return quarter
    if _names_no_time(norm(v)):
        row.problem("quarter", v, "完成时限没有写时间，按全年的任务导入（不定季度）", "warning")
        return None
    cell, message = schedule_cell(v, year)
    if message:
        row.problem("quarter", v, message)
    if year and cell and cell.quarter and not year - 1 <= cell.quarter.year <= year + _DEADLINE_YEARS_ON:
        # "2204年6月" for 2024: a typing slip the dashboard would count as not due for ever
        row.problem("quarter", v, f"完成时限在{cell.quarter.year}年，离{year}年计划过远：请核对是否笔误", "warning")
    return str(cell.quarter) if cell and cell.quarter else None


def dated_deadline(v: Any, year: int | None) -> tuple[str, str] | None:
    """(quarter, the words read) of a deadline cell that is more than one date but gives one: the last of its
    stages or numbered items ("6月、12月", "（1）6月；（2）12月"), the date among words ("2024年6月，持续推进",
    "持续推进，2024年底前见效"); None for a plain date and for words naming no time. The export asks it too:
    the words it writes must read back as the quarter they stand for."""
    items = _items(v)
    return _final_deadline(items[-1], year) or _one_date(items[-1], year) if items else _final_deadline(v, year)


def _deadline_words(cell: str | None, quarter: str | None, year: int | None) -> str | None:
    """The deadline's words kept beside its quarter, where the cell says more than the date: "2024年6月，持续推进"
    is due in June and goes on after (exported again it said "2024年二季度", the rest lost); a plain date keeps
    none, its quarter says it all."""
    if not cell or norm(cell) in NO_DATE:
        return None
    if quarter is None:
        return cell
    plain, message = schedule_cell(cell, year)
    return None if not message and plain is not None and plain.quarter else cell


# a year's task may run a few years on ("2027年底前建成"); a deadline beyond, or before the year before, is a slip
_DEADLINE_YEARS_ON = 5


def _with_value_column(row: Row, target: Target) -> Target:
    """"完成老旧小区改造 | ≥30个", "固定资产投资增长 | 6 | %": a target worded without its figure, the figure in the
    目标值 column (its unit beside it), is the target as the plan writes it ("固定资产投资增长6%"), weighed by that
    figure and its op; it stood as words beside a bare value ("≥30个", "1.2万人" were refused as no number). Not
    where the table says the op (方式, as this program's export does): the columns are the target there."""
    v = row.raw("value") if row.has("value") and not row.has("op") and target.value is None else None
    if v in (None, "") or isinstance(v, bool):
        return target
    figure = plain_number(v) if isinstance(v, (int, float)) else clean(v) or ""
    unit = clean(row.raw("unit"))
    if unit and not figure.endswith(unit):
        figure += unit
    if not re.search(r"\d", figure):
        return target
    try:
        worded = Target.parse(f"{target.text}{figure}")
    except TargetParseError:
        return target
    return worded if worded.value is not None else target


def _target_value(row: Row, unit: str | None, worded: float | None) -> float | None:
    """The 目标值 column in the target's unit: "4000万元" for a target in 万元 is 4000 (it was read as 0.4, the
    亿元 of a project's investment); a share or a figure of another measure is said and the wording's figure
    kept (``worded``)."""
    raw = row.raw("value")
    if isinstance(raw, str) and unit and re.search(r"\d", raw):
        number, _words = figure_in(raw, unit)
        if number is not None:
            return number
        row.problem("value", raw, f"不是以“{unit}”计的数：目标值按目标原文记入", "warning")
        return worded
    return row.number("value")


def _one_date(text: str, year: int | None) -> tuple[str, str] | None:
    """(quarter, text) for a plain date ("12月底前"), else None."""
    cell, message = schedule_cell(text, year)
    return (str(cell.quarter), text) if not message and cell and cell.quarter else None


def _measure_target(row: Row, category: str | None, text: str, due: str | None = None,
                    deadline_steps: bool = True, given: Target | None = None) -> dict[str, Any] | None:
    """One target of a task; ``due``, its own item of a numbered deadline cell; ``deadline_steps``: a
    deadline written as the quarters' steps is this target's; ``given``, the target the cell's words were read as
    (one of several paired by 分别)."""
    target = given or read_target(row, "target", text)
    if target is None:
        return None
    target = _with_value_column(row, target)
    section = clean(row.raw("section")) or category or _sheet_section(row.sheet.name)
    unit = clean(row.raw("unit")) or target.unit
    steps = _steps(row, unit, deadline_steps)  # read once: the deadline and the record both use them
    quarter = None
    if due is not None:
        staged = _one_date(due, row.layout.year) or _final_deadline(due, row.layout.year)
        quarter = staged[0] if staged else None
        message = schedule_cell(due, row.layout.year)[1] if staged is None else None
        if message:
            row.problem("quarter", due, message)
    elif row.has("quarter") and row.raw("quarter") not in (None, ""):
        quarter = _due(row, row.raw("quarter"))
    elif not row.has("quarter"):  # due by the last quarter the schedule gives it a step ("—" is none)
        planned = [st["quarter"] for st in steps if st["text"]]
        quarter = max(planned, key=lambda q: q[-1]) if planned else None
        if quarter is None and row.has("steps_text") and row.raw("steps_text") not in (None, ""):
            cell = schedule_cell(row.raw("steps_text"), row.layout.year)[0]
            quarter = str(cell.quarter) if cell is not None and cell.quarter else None
            # ("9月底前" under 季度安排, the table's only time: its deadline)
        heading = row.layout.columns.get("target")
        if quarter and heading is not None and _YEARS_TARGET.search(heading.header or ""):
            quarter = f"{row.layout.year}Q4"  # "全年目标" beside the first two quarters' steps: the year's
    if quarter is None and not (row.has("quarter") and norm(row.raw("quarter"))):
        timed = leading_time(target.text, row.layout.year)[0]
        if timed is not None:  # "6月底前完成老旧小区改造50个" with no deadline column: due by the time it begins with
            quarter = str(timed)
            row.problem("target", text, "完成时限取自目标开头的时间", "info")
    # "持续推进", "每季度", "与主体工程同步": no one quarter, the words kept (they were lost, the deadline blank);
    # "2024年6月，持续推进": the quarter, and the words beside it ("—" says nothing)
    words = _deadline_words(clean(due if due is not None else row.raw("quarter")), quarter, row.layout.year)
    if words and quarter and not deadline_steps and row.layout.year and _deadline_steps(words, row.layout.year):
        words = None  # the steps of several targets together: beside one alone (the export) they would be its own
    measure = clean(row.raw("measure"))
    if measure and ITEM_NUMBER.match(measure):  # "1.培育市场主体": the list's numbering
        measure = ITEM_NUMBER.sub("", measure) or measure
    item = clean(row.raw("item")) if measure and row.has("item") else None
    if item and not measure.startswith(item):
        measure = f"{item}：{measure}"  # "老旧小区改造：完成改造", the task of the project the row names
    if not measure:
        if "measure" not in row.error_fields:  # an error value there is said as such
            row.problem("measure", "", "缺少举措名称")
        return None
    # explicit columns (our own export has them) win over what the wording gives
    value = _target_value(row, unit, target.value) if row.has("value") and row.raw("value") not in (None, "") \
        else target.value
    op = target.op
    if row.has("op") and norm(row.raw("op")):
        op = OP_FROM_WORD.get(norm(row.raw("op")))
        if op is None:
            row.problem("op", row.raw("op"), f"方式应为：{'、'.join(OP_WORDS.values())}")
            return None
    actual, actual_text = read_figure(row, "actual", unit)
    review = actual_text  # the review's words as written
    if not row.has("actual"):  # a review by quarter: the latest quarter reported, said as such
        for n in range(4, 0, -1):
            fld = f"done_q{n}"
            if row.has(fld) and not _NO_STEP.fullmatch(clean(row.raw(fld)) or "—"):
                actual, review = read_figure(row, fld, unit)
                actual_text = f"{'一二三四'[n - 1]}季度:{review or plain_number(actual)}"
                break
    else:
        actual_text = by_period(row.layout.columns["actual"].header, actual, actual_text)
    status = status_words(row)
    if status is None and verdict_of(review) in ("met", "not_met"):
        status = review  # "已完成", "已销号" under 进展情况 with no 完成情况 column: the verdict (it stood as unreported)
    if actual is None and actual_text is None and status:  # a review with no 完成值 column
        found = figure_in_status(row, unit)
        if found[0] is not None or found[1] is not None:  # (without a figure "是" stays the pace it says)
            actual, actual_text, status = found
    if actual is None and actual_text is None and row.has("share_done") and row.raw("share_done") not in (None, ""):
        share = row.number("share_done")  # "完成进度(%)": the share of the target done, judged as "完成60%" is
        actual_text = f"完成{plain_number(round(share, 6))}%" if share is not None else None
    subject = clean(row.raw("subject")) or target.subject
    said = target.text
    if subject and not row.has("value") and not re.search(r"[\u4e00-\u9fff]{2}", norm(said).replace("以上", "")
                                                           .replace("左右", "").replace("以内", "")):
        # 量化指标 | 单位 | 目标 as "新增市场主体 | 万户 | 1.2": the target as the plan would write it
        said = f"{subject}{_with_unit(said, unit)}"
    elif not subject and target.value is not None and _figure_only(said, target.unit):
        # "新增市场主体 | 1.2万户": a figure alone counts what the task names (alone, "1.2万户" in a list of
        # what a file leaves out, or on the dashboard, said nothing)
        subject, said = measure, f"{measure}{_with_unit(said, unit)}"
        if norm(target.text) in norm(measure):  # "新增市场主体8000户 | 8000户": the task says its figure already
            said, subject = measure, _subject_of(measure, target.value) or measure
        elif clause := _clause_with(clean(row.raw("measure_text")), target.text):
            # "扩大有效投资 | 完成固定资产投资300亿元 | 300亿元": what the figure counts is in the 举措's words
            # (the task's name made it "扩大有效投资300亿元")
            said, subject = clause, _subject_of(clause, target.value) or measure
        if said != target.text and not row.has("op"):
            op = _op_of(said, target)
    units, person = _units(row)
    record = {
        "section": section, "section_number": _section_number(section), "measure": measure,
        "measure_text": clean(row.raw("measure_text")), "text": said, "subject": subject, "op": op,
        "value": value, "unit": unit, "quarter": quarter, "quarter_text": words,
        **units, "leader": clean(row.raw("leader")),
        "contact": contact_of(clean(row.raw("contact")) or person, clean(row.raw("contact_phone"))),
        "actual": actual, "actual_text": actual_text, "status": status, "notes": _notes(row),
        "steps": steps,
    }
    if moved_from := _quarter_before(row, quarter, words):
        record["quarter_before"] = moved_from
    before = clean(row.raw("target_before")) if row.has("target_before") and deadline_steps else None
    if before and norm(ITEM_NUMBER.sub("", before) or before) != norm(said):
        # "原目标 | 调整后目标": the wording the plan holds it under, for the import to find it and reword it (the
        # revised target was added beside the old one)
        record["text_before"] = ITEM_NUMBER.sub("", before) or before
    for fld in UNITS_REVISED:  # "原牵头单位 | 调整后牵头单位": who answered before, the revision the record keeps
        if (was := _said_before(row, fld)) and norm(was) != norm(record[fld] or ""):
            record[f"{fld}_before"] = was
    return record


# the units and people a revised list gives before and after ("原牵头单位 | 调整后牵头单位")
UNITS_REVISED = ("responsible_unit", "partner_units", "leader")


def _said_before(row: Row, fld: str) -> str | None:
    """A revised list's unit (or leader) before the revision, read as the one after it is: the lead unit alone of a
    cell naming its partners too ("区住房城乡建委（牵头）、区财政局")."""
    was = units_cell(row.raw(f"{fld}_before")) if row.has(f"{fld}_before") else None
    if not was or _NO_STEP.fullmatch(was):
        return None
    if fld == "responsible_unit" and not row.has("partner_units"):
        was = lead_and_partners(was)[0] or was
    return was


def _notes(row: Row) -> str | None:
    """备注, with a review's 存在问题 and 下步打算 after it (and a revised list's 调整原因), each under its own heading:
    "存在问题及下步打算：资金缺口" (they were columns with no field, dropped); "无" there says nothing. A revised
    list's 原完成时限, 原目标 and 原牵头单位 are the record's (``quarter_before``, ``text_before``,
    ``responsible_unit_before``…): in the notes as well, a 任务调整表 exported and read back grew a note each time."""
    said = [clean(row.raw("notes"))]
    for fld in ("issues", "asks", "next", "adjust_reason"):  # (a list revised mid-year: why a deadline moved)
        text = clean(row.raw(fld))
        if text and not _NO_STEP.fullmatch(text):  # (a reason under one heading, whatever the list called it)
            said.append((REASON_NOTE if fld == "adjust_reason" else f"{norm(row.layout.columns[fld].header)}：") + text)
    return "；".join(s for s in said if s) or None


def _deadline_before(was: str, year: int | None) -> tuple[str | None, str | None]:
    """A revised list's 原完成时限 read as a deadline: its quarter, and the words kept beside it."""
    staged = dated_deadline(was, year) or _one_date(was, year)
    before = staged[0] if staged else None
    return before, _deadline_words(was, before, year)


def _quarter_before(row: Row, quarter: str | None, words: str | None) -> str | None:
    """The deadline a revised list moved ("原完成时限 | 调整后完成时限"), as the record of changes keeps it (its
    quarter, else its words). None where it did not move: the same time again (a day moved within its quarter is
    the same deadline here, as the plan keeps deadlines by quarter)."""
    was = clean(row.raw("quarter_before")) if row.has("quarter_before") else None
    if not was or _NO_STEP.fullmatch(was):
        return None
    before, before_words = _deadline_before(was, row.layout.year)
    if (before, norm(before_words or "")) == (quarter, norm(words or "")):
        return None
    return before or before_words or was


def _steps(row: Row, unit: str | None, from_deadline: bool = True) -> list[dict[str, Any]]:
    """The target's quarterly steps ("一季度 | 二季度 …" under 目标任务, or "3月 | 6月 …") and what each
    quarter's review says was done ("一季度完成情况"), in quarter order. A figure alone is a step in the
    target's unit ("0.3" beside 1.2万户: 0.3万户); months of one quarter are one step, each said with its
    month ("5月：完成选址，6月：开工")."""
    year = row.layout.year
    if year is None:
        return []
    planned: dict[int, list[str]] = {}
    for n in range(1, 5):
        if row.has(f"node_q{n}") and (said := _step_words(row.raw(f"node_q{n}"), unit)):
            planned.setdefault(n, []).append(said)
    for m in range(1, 13):
        if row.has(f"node_m{m:02d}") and (said := _step_words(row.raw(f"node_m{m:02d}"), unit)):
            planned.setdefault((m + 2) // 3, []).append(f"{m}月：{said}")
    if not planned and row.has("steps_text") and type(row.raw("steps_text")) is str:
        # "季度安排 | 一季度：0.3万户；二季度：0.6万户" beside 完成时限 (it was dropped as a second deadline column)
        planned = {q: [text] for q, text in _deadline_steps(clean(row.raw("steps_text")), year, one=True).items()}
    if not planned and from_deadline and row.has("quarter") and type(row.raw("quarter")) is str:
        planned = {q: [text] for q, text in _deadline_steps(clean(row.raw("quarter")), year).items()}
    done: dict[int, tuple[float | None, str | None]] = {}
    for n in range(1, 5):
        if row.has(f"done_q{n}") and not _NO_STEP.fullmatch(clean(row.raw(f"done_q{n}")) or "—"):
            done[n] = read_figure(row, f"done_q{n}", unit)
    steps = []
    for n in sorted(set(planned) | set(done)):
        text = "，".join(planned.get(n, [])) or None
        actual, actual_text = done.get(n, (None, None))
        steps.append({"quarter": f"{year}Q{n}", "text": text, "value": step_figure(text, unit),
                      "actual": actual, "actual_text": actual_text})
    return steps


def _deadline_steps(deadline: str | None, year: int, one: bool = False) -> dict[int, str]:
    """A deadline written as the quarters' steps ("一季度完成方案设计，二季度开工，四季度完工"): each quarter's
    step, where it names two quarters or more (one is the deadline alone), or ``one`` (a column of steps)."""
    said = {q: _QUARTER_SAID.sub("", text) or text for q, text in timed_steps(deadline or "", year).items()
            if (led := leading_time(text, year))[1] and (led[0] is not None or not one)}
    # (a time alone, "6月底前，12月底前", is no step; nor, in a column of steps, words with no time before them)
    return said if len(said) > 1 or one else {}


# the quarter a step opens with, said already by the quarter it is kept under ("一季度完成方案设计")
_QUARTER_SAID = re.compile(r"^(?:第?[一二三四1-4]季度(?:末|内|底)?前?|[Qq][1-4])[:：，,\s]*")
_YEARS_TARGET = re.compile(r"全年|年度|本年")  # a target heading saying it is the year's, whatever its steps
_NO_STEP = re.compile(r"[-—–/／\\]+|无")  # a quarter with nothing planned, or nothing to review


def _step_words(v: Any, unit: str | None) -> str | None:
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return f"{plain_number(float(v))}{unit or ''}"
    text = clean(v)
    if text and _NO_STEP.fullmatch(text):
        return None  # "—": no step that quarter
    if text and unit and re.fullmatch(r"\d+(?:\.\d+)?", text):
        return f"{text}{unit}"
    return text
