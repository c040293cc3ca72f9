"""One cell read as the planner meant it: text cleaned of what pasting and wrapping leave,
numbers typed as text, dates and quarters in any notation, and what "—" or 待定 say.

Each reader gives the value and, where the cell is not what its column holds, why.
"""
from __future__ import annotations

import math
import re
import unicodedata
from typing import Any

from ..domain.money import MONEY_SCALE, MONEY_UNIT, yi_wan
from ..domain.plain_text import INVISIBLE, each_at_once, folded, plain_minus, without_controls, without_marks
from ..domain.quarter import QuarterParseError
from ..domain.schedule_cell import ScheduleCell, parse_schedule_cell
from ..domain.schedule_span import parse_schedule_span
from ..domain.schedule_words import bare_year, start_year_words, undated, within_the_year
from ..domain.target import ENDLESS_DIGITS, parse_number
from .grid import cell_text


# a year in a heading or a title: "2024年", "2024"
YEAR = re.compile(r"((?:19|20)\d{2})\s*年?")
_UNIT = re.compile(r"[(（\[【]([^()（）\[\]【】]{1,12})[)）\]】]$")  # "（%）", "[%]", "【亿元】"
UNITISH = re.compile(r"[%‰元人天个吨米亩顷里户家次项万亿千百年时辆张床座所处套度件栋条名场批克升瓦]|/m[23³²]$"
                     r"|^(k?m2?|kg|t|kwh|mw|gw|m³|m3)$", re.I)
# "（亿元，现价）": the unit, then a remark on the figure
_UNIT_REMARK = re.compile(r"\s*[,，;；]\s*")


_WS = re.compile(r"\s+")


def norm(value: Any) -> str:
    """A header or key as compared: NFKC (full-width → half-width), no whitespace and no zero-width characters
    (a heading pasted from a web page: "项目\u200b名称" is 项目名称)."""
    if value is None:
        return ""
    s = plain_minus(value if type(value) is str else cell_text(value))
    if not unicodedata.is_normalized("NFKC", s):
        s = unicodedata.normalize("NFKC", s)
    if not s.isprintable():  # a line break, a tab or a zero-width character: the rare case, one test for all
        s = _ZERO_WIDTH.sub("", s)
    return _WS.sub("", s) if _WS.search(s) else s


_MONEY_UNIT = re.compile(MONEY_UNIT)  # in a heading's brackets or a "单位：" line too


def money_unit_in(unit: str | None) -> str | None:
    """The money unit a column's unit names ("万元", "单位：千万元", "人民币元"), else None."""
    m = _MONEY_UNIT.search(unit) if unit else None
    return m.group(0) if m else None


def money_scale(unit: str | None) -> float:
    """What a figure in ``unit`` is multiplied by to be in 亿元 (1.0 for 亿元 or no money unit)."""
    return MONEY_SCALE.get(money_unit_in(unit) or "亿元", 1.0)


def split_unit(text: str) -> tuple[str, str | None]:
    """"地区生产总值（%）" → ("地区生产总值", "%"); no brackets → (text, None)."""
    name, unit, _ = unit_and_remark(text)
    return name, unit


def unit_and_remark(text: str) -> tuple[str, str | None, str | None]:
    """"地区生产总值（亿元，现价）" → ("地区生产总值", "亿元", "现价"): the name, the unit in brackets after it and
    a remark on the figure said with the unit (None for none)."""
    t = unicodedata.normalize("NFKC", str(text)).strip()
    m = _UNIT.search(t)
    if not m:
        return t, None, None
    unit, *rest = _UNIT_REMARK.split(m.group(1).strip(), maxsplit=1)
    if not UNITISH.search(unit):
        return t, None, None  # "实际使用外资(FDI)": the brackets are part of the name
    return t[: m.start()].strip(), unit, (rest[0] or None) if rest else None


# Chinese punctuation a text keeps as typed ("区商务委牵头，区规划自然资源局配合", "二期（南区）"): NFKC
# made it ASCII, which reads wrong in Chinese; digits, letters, % and spaces still become half-width
_CJK_PUNCTUATION = "，：；（）！？"
# each kept as a character of the private use area while the rest is folded (by str.replace: str.translate with a
# table looks every character up, 0.2 s over 50,000 names)
_PROTECTED = [(c, chr(0xE000 + i)) for i, c in enumerate(_CJK_PUNCTUATION)]


def nfkc(s: str) -> str:
    """A text as stored and shown: NFKC (full-width digits and letters, radicals pasted from a
    PDF) but with its Chinese punctuation kept. Keys and comparisons use :func:`norm`."""
    s = plain_minus(without_marks(s))  # "城镇新增就业①" is not "城镇新增就业1"; "−2.1" is -2.1
    if unicodedata.is_normalized("NFKC", s):
        return s
    kept = [(c, private) for c, private in _PROTECTED if c in s]
    for c, private in kept:
        s = s.replace(c, private)
    s = folded(s)
    for c, private in kept:
        s = s.replace(private, c)
    return s


def text_of(v: Any) -> str:
    return without_controls(nfkc(cell_text(v))).strip()


# "其中：一季度", "其中：中央预算内投资": a heading of a part of the figure beside it
PART_OF = re.compile(r"^其中[:：,，]?\s*")
# a revised list's reason (调整原因, 调整理由, 变更原因…), kept at the end of the notes under this one heading, which
# a 调整表 takes apart into its own column again
REASON_NOTE = "调整原因："


def noted(held: str | None, said: str) -> str:
    """A record's notes with ``said`` after what they hold ("业主自筹；调整原因：设计变更"), said once."""
    return said if not held else held if said in held else f"{held}；{said}"


def clean(v: Any) -> str | None:
    """A text cell as stored: half-width, without zero-width characters (pasted from
    web pages), inner runs of spaces made one space, a line break between Chinese
    characters (a wrapped cell: "朝天门\n整治") none."""
    if v is None or v == "":
        return None
    return _spaced(nfkc(without_controls(cell_text(v))))


# and the control characters but a NUL (which joins many texts: see clean_column), no part of any text
_ZERO_WIDTH = re.compile(f"[{INVISIBLE}\x01-\x08\x0e-\x1f\x7f]")
# "项目⏎(一期)" too, but not "…⏎(2)新建…": a list's next item
_WRAP = re.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef)])\s*\n\s*"
                   r"(?=[\u3000-\u9fff\uff00-\uffef]|\((?![0-9一二三四五六七八九十]{1,3}\)))")


def _unwrapped(s: str) -> str:
    """Without zero-width characters and line breaks between Chinese characters
    (a text, or many joined by NULs: neither pattern reaches across a NUL)."""
    if "\n" in s:
        s = _WRAP.sub("", s)
    if not s.isprintable():
        s = _ZERO_WIDTH.sub("", s)
    return s


def _nfkc_unwrapped(s: str) -> str:
    return _unwrapped(nfkc(s))


def _spaced(s: str) -> str | None:
    return " ".join(_unwrapped(s).split()) or None


SCHEDULE_EXPECTED = "应为季度或日期，如 2024年一季度、2024Q1、2024年3月、2024-03-15，或“续建”“前期”"


# "约10", "3（含征地）", "10左右", "10余亿元": a figure with a word before, a remark after it, or a
# word saying it is about that much between the figure and its unit
_APPROX = re.compile(r"^(约合|大约|约|近|逾|超过|超|预计|不少于|不低于|≈|~|～)")
# a currency's sign before an amount in yuan, as a finance column shows it ("¥15.00", "RMB 15"): the figure
_YUAN_SIGN = re.compile(r"^(?:[¥￥]|RMB|CNY)\s*(?=\d)", re.I)
_REMARK = re.compile(r"[(（]([^()（）]*)[)）]$|^[(（]([^()（）\d]*)[)）]")  # "3（含征地）", "（估算）3"
_MARK_AFTER = re.compile(r"(?<=\d)\s*[*＊※]+$")  # "12.5*": a footnote's mark, as ① is
_RANGE = re.compile(r"\d+(\.\d+)?(亿元|万元|亿|万)?\s*[-~～至到—–]\s*\d+(\.\d+)?(亿元|万元|亿|万|%)?")
_STRAY_AFTER = re.compile(r"(?<=\d)[，,。.、;；]+$")  # "12，", "12.": a mark typed after the figure (it refused the row)
_ABOUT_AFTER = re.compile(r"(?<=\d)(左右|余|多|以上|\+)(?=(亿元|万元|元|亿|万|%)?$)|(?<=[元亿万%])(左右|以上)$")


# an amount in 元 or in a unit of it other than 亿 and 万 (read apart, as 亿 and 万 are): "5000000元", "3千万元"
_IN_YUAN = re.compile(r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?:(千万|百万)元?|(十万|千)?元)")


def number_cell(v: Any, scale: float, money: bool = False) -> tuple[float | None, str | None, str]:
    """A number cell in the column's unit scaled to the stored one, or why it is
    not one: (value, message, severity). An approximate figure ("约10") or one
    with a remark ("3（含征地）") is taken, with a warning saying so."""
    if v is None or v == "":
        return None, None, "error"
    if type(v) is float and not math.isfinite(v):  # 1e400 or NaN in the file's XML: no spreadsheet program writes it
        return None, "不是一个有限的数；应为数字（如 12.5 或 1,250）", "error"
    said = None
    if isinstance(v, str):
        text = norm(v)
        if text in _NO_FIGURE:  # "待定": no figure yet, said; not a typing slip that refuses the row
            return None, "还没有数字，未记入", "warning"
        if ENDLESS_DIGITS.search(text):  # (no amount has 32 digits; the patterns below are slow on such runs)
            return None, "数字位数过多，不是一个数；应为数字（如 12.5 或 1,250）", "error"
        if (apart := _DIGITS_APART.search(v)) and not _SPACE_GROUPED.fullmatch(" ".join(apart.group(0).split())):
            # "1 234" groups thousands; "3 2" (a point lost in a paste) stood as 32, ten times the figure
            return None, "数字中间有空格，看不出是一个什么数；请填一个数（如 3.2 或 1 234）", "error"
        if money and (both := yi_wan(text)) is not None:  # "3亿5000万元": refused as no number
            return round(both, 6), None, "warning"
        if money and (m := _IN_YUAN.fullmatch(text)):
            # "5000000元" in a 亿元 column (it stood as 5,000,000 亿元), "3千万元", "300百万": in the unit it says
            unit = (m.group(2) or m.group(3) or "") + "元"
            return round(float(m.group(1).replace(",", "")) * MONEY_SCALE[unit], 8), None, "warning"
        if money and _YUAN_SIGN.match(text):
            v = text = _YUAN_SIGN.sub("", text)  # "¥15" was "不是数字"
        if not NUMBER_CELL.fullmatch(text):
            bare = _ABOUT_AFTER.sub("", _REMARK.sub("", _APPROX.sub("", _MARK_AFTER.sub("", text)))).strip()
            bare = _STRAY_AFTER.sub("", bare)
            if bare and bare != text and NUMBER_CELL.fullmatch(bare) and re.search(r"\d", bare):
                remark = _REMARK.search(text)
                remark = remark and (remark.group(1) or remark.group(2))
                said = None if bare == _MARK_AFTER.sub("", text) else \
                    (f"按 {bare} 记入" + (f"，括号中的说明“{remark}”未导入" if remark else ""))
                v = bare
            elif _RANGE.fullmatch(text):  # "12-15": an estimate from–to, which figure to keep is the planner's
                return None, "是一个范围，不是一个数；请填一个数（如 12.5）", "error"
            else:
                what = "单元格是 Excel 错误值" if text.upper() in EXCEL_ERRORS else "不是数字"
                return None, f"{what}；应为数字（如 12.5 或 1,250）", "error"
    if money and isinstance(v, str) and norm(v).endswith("%"):
        # "12%" in 年度计划投资: a share (a 完成率 copied into the wrong column), no amount; it stood as 12 亿元
        return None, "是百分比，不是金额（亿元）：未记入", "warning"
    try:
        n = parse_number(v)
    except ValueError:
        return None, "应为数字（如 12.5 或 1,250），不是文字", "error"
    if n is None:
        return None, None, "error"
    if isinstance(v, str) and money and ("亿" in v or "万" in v):
        # an amount that says its unit ("3000万" in a 亿元 column, "0.5亿" in a 万元 one) is in that unit
        return round(n if "亿" in v else n * 1e-4, 6), said, "warning"
    if isinstance(v, str) and "万元" in v and scale == 1.0:
        n *= 1e-4
    return round(n * scale, 6), said, "warning"


_DIGITS_APART = re.compile(r"[0-9０-９]+(?:\s+[0-9０-９]+)+")
_SPACE_GROUPED = re.compile(r"[0-9０-９]{1,3}(?: [0-9０-９]{3})+")
_NO_FIGURE = {"待定", "未定", "暂无", "暂缺", "待核定", "待确定", "待测算", "不详", "未知", "无数据"}
# a logical value as a CSV holds it: Excel and LibreOffice write TRUE and FALSE
LOGICAL_WORDS = ("TRUE", "FALSE")
NO_DATE = {"—", "——", "-", "--", "/", "无", "－", "―", "暂无", "不涉及"}  # the table's "nothing here"


def schedule_cell(v: Any, year: int | None = None, end: str | None = None):
    """``year``, the table's, completes a cell that leaves it out ("三季度"). ``end`` ("start" or "completion")
    is the end of a project the column holds: a span in its one cell ("2024年3-6月") is that end of the span."""
    if type(v) is str and (norm(v) in NO_DATE or undated(norm(v))):
        # "—" says nothing; "待定" says the date is not known yet, in words kept with the project
        return ScheduleCell("" if norm(v) in NO_DATE else v.strip()), None
    try:
        return parse_schedule_cell(v if v != "" else None, year), None
    except QuarterParseError as exc:
        if year is None and type(v) is str:
            try:  # "年底", "三季度": a date that needs the table's year, which nothing gave
                parse_schedule_cell(v, 2000)
                return None, _YEAR_NEEDED
            except QuarterParseError:
                pass
        if exc.reason and end in ("start", "completion"):  # "2024年5-7月" as a start: May
            cell, _message = _one_quarter_span(v, year, end)
            if cell is not None:
                return cell, None
        if exc.reason:  # "2024年5-7月": why it is no date, not only what a date looks like
            return None, f"{exc.reason}；{SCHEDULE_EXPECTED}"
        return _one_quarter_span(v, year, end)


_SPAN_IN_ONE_COLUMN = "这是起止时间段，本列只填一个时间；请分别填写开工、完工时间（或填入“建设起止年限”列）"


def _one_quarter_span(v: Any, year: int | None, end: str | None = None):
    """"2024.4-2024.6" in a column of one date: the quarter both ends are in. A span over two quarters is, in a
    start's column, its first ("2024年3-6月开工": by March at the earliest), in a completion's its last (the
    deadline), as :func:`span_read` says; in a column of neither it is refused, saying it is a span."""
    if type(v) is str:
        try:
            first, last = parse_schedule_span(v, year)
        except QuarterParseError:
            return None, SCHEDULE_EXPECTED
        if first.quarter is not None and first.quarter == last.quarter:
            return ScheduleCell(v.strip(), first.quarter), None
        if first.quarter is not None and last.quarter is not None and end in ("start", "completion"):
            return ScheduleCell(v.strip(), first.quarter if end == "start" else last.quarter), None
        if first.quarter is not None and last.quarter is not None:
            return None, _SPAN_IN_ONE_COLUMN
    return None, SCHEDULE_EXPECTED


_YEAR_NEEDED = "没有写年度，表格标题中也没有；请在预览上方的“年度”中选择（命令行：--year）"


# how the name of a unit ends (委, 局, 办, 街道, 公司 …): "渝中区", "区住房城乡" (a wrapped line) do not
UNIT_END = re.compile(r"(?:委|局|办|室|处|部|门|所|院|会|联|协|队|站|馆|社|中心|公司|集团|企业|单位|街道|政府|海关|"
                      r"银行|平台|片区|园区)$")
# "区发展改革委（牵头）": the unit leading a task, among the units it names
LEAD_MARK = re.compile(r"[（(]\s*牵头(?:单位|部门)?\s*[)）]")


def units_cell(v: Any) -> str | None:
    """A cell naming units, one a line ("区商务委⏎区发展改革委"), as the list would write them:
    "区商务委、区发展改革委". A line break inside a name (a wrapped cell: "区住房城乡⏎建委") is none,
    as :func:`clean` has it."""
    if type(v) is str and "\n" in v:
        lines = [line for line in (clean(part) for part in v.split("\n")) if line]
        if len(lines) > 1 and all(UNIT_END.search(LEAD_MARK.sub("", line).strip()) for line in lines) \
                and not any(line[0] in "(（" for line in lines):
            return "、".join(lines)
    return clean(v)


def units_column(values: list[Any]) -> list[str | None]:
    """:func:`units_cell` of every cell, the column cleaned at once where no cell breaks a line."""
    if not any(type(v) is str and "\n" in v for v in values):
        return clean_column(values)
    return memo(units_cell, values)


def clean_column(values: list[Any]) -> list[str | None]:
    """:func:`clean` of every cell of a column. Names are all different, so the
    distinct texts are NFKC-normalised in one call rather than one call each
    (a NUL, which no cell can hold, keeps them apart and composes with nothing)."""
    distinct = set(values)
    texts = [v for v in distinct if type(v) is str]
    normalised = each_at_once(_nfkc_unwrapped, texts) if len(texts) > 1 else None
    if normalised is None:
        return memo(clean, values)
    done: dict[Any, str | None] = dict(zip(texts, [" ".join(t.split()) or None for t in normalised]))
    others = [v for v in distinct if type(v) is not str]  # numbers, dates, empty cells
    if (True in others or False in others) and bool in set(map(type, values)):
        return memo(clean, values)  # True == 1: one dict cannot hold both
    for v in others:
        done[v] = clean(v)
    return list(map(done.__getitem__, values))


def memo(fn, values: list[Any]) -> list[Any]:
    """``fn`` of every value, computed once per distinct value: a column
    repeats its zones, areas, units and quarters thousands of times."""
    try:
        distinct = set(values)
    except TypeError:  # pragma: no cover - the readers give hashable cells only
        return [fn(v) for v in values]
    if (True in distinct or False in distinct) and bool in set(map(type, values)):
        return [fn(v) for v in values]  # True == 1 and False == 0: a set would merge them
    done = {v: fn(v) for v in distinct}
    return list(map(done.__getitem__, values))


# a part's number under its whole: "1.1" under project or task 1 (a package's parts, a task's targets)
PART_NUMBER = re.compile(r"(\d+)[.．\-—–](\d+)")
ITEM_NUMBER = re.compile(r"^(\d{1,3}[.．、](?!\d)|[(（]\d{1,3}[)）])\s*")


def figure_or_none(text: str) -> float | None:
    try:
        return parse_number(text)
    except ValueError:
        return None


NUMBER_CELL = re.compile(r"[-+]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?(%|亿元|万元|元|亿|万)?|[-—/]|无")
EXCEL_ERRORS = {"#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!", "#SPILL!", "#CALC!"}


def excel_error(v: Any) -> bool:
    """A cell showing an Excel error value (#DIV/0!, #N/A …): a broken formula's, or its text pasted or saved
    to CSV. It holds no value: read as text it became a project named "#DIV/0!", an area "#N/A" and, as a figure,
    the 0 of "#DIV/0!"."""
    return type(v) is str and v.strip().upper() in EXCEL_ERRORS


def excel_error_said(header: str | None, fld: str | None = None) -> tuple[str, str]:
    """What a problem says of an Excel error value in the column headed ``header`` (of field ``fld``), and its
    severity: an error, since the cell's value is unknown; in 序号, which is not imported ("=ROW()-3" broken by a
    deleted row), only a warning."""
    if fld == "seq":
        return "序号单元格是 Excel 错误值；序号不导入，本行照常导入", "warning"
    what = f"“{norm(header)}”" if header and norm(header) else "这一列"
    return f"单元格是 Excel 错误值（公式出错或引用失效），不是{what}的内容：请在 Excel 或 WPS 中改正后再导入", "error"


FIGURE = re.compile(r"(-?\d+(?:,\d{3})*(?:\.\d+)?)\s*([^\d\s,，、;；]*)")


def schedule_fields(v: Any, year: int | None = None,
                    end: str | None = None) -> tuple[str | None, str | None, str | None, str | None]:
    """A schedule cell as a project record keeps it: (quarter, wording, nature, problem); ``end`` as
    :func:`schedule_cell` takes it."""
    cell, message = schedule_cell(v, year, end)
    if cell is None:
        return None, None, None, message
    return (str(cell.quarter) if cell.quarter else None), (cell.text or None), cell.nature, None


def start_fields(v: Any, year: int | None = None) -> tuple[str | None, str | None, str | None, str | None]:
    """A planned start's cell as :func:`schedule_fields` reads it, but a bare year ("2024", "2024年") is the year the
    project starts in, no quarter said, as "2024年开工" is: alone in a completion column a year is a deadline, its
    fourth quarter, and a start read so was drawn from the year's last quarter and counted as a start of it."""
    alone = bare_year(v)
    if alone is not None:
        return None, f"{alone}年", None, None
    if type(v) is str and within_the_year(v):  # "2024年度", "年内": the year too, not its fourth quarter
        cell, _ = schedule_cell(v, year, "start")
        if cell is not None and (words := start_year_words(v, cell.quarter)) is not None:
            return None, words, cell.nature, None
    return schedule_fields(v, year, "start")


def span_read(v: Any, year: int | None) -> bool:
    """Whether a cell of one end reads as a span over two quarters ("2024年3-6月", "2024年二、三季度"): the column's
    end of it is taken (:func:`_one_quarter_span`), and said."""
    if type(v) is not str or not re.search(r"[-~～至到、—–]", v):
        return False
    try:
        parse_schedule_cell(v, year)
        return False  # one date ("2024-03-15")
    except QuarterParseError:
        pass
    try:
        first, last = parse_schedule_span(v, year)
    except QuarterParseError:
        return False
    return first.quarter is not None and last.quarter is not None and first.quarter != last.quarter


_SPAN_EXPECTED = "应为起止时间，如 2024.03-2025.12、2024年一季度至2025年四季度，或“续建”“前期”"


def span_fields(v: Any, year: int | None = None):
    """A 开竣工时间 cell as two schedule cells (start, completion), each as
    :func:`schedule_fields` gives it; the problem goes with the start."""
    if v is None or v == "":
        return None
    if type(v) is str and (norm(v) in NO_DATE or undated(norm(v))):
        # "—" says nothing; "待定" is kept with the start, in the planner's words
        return (None, None if norm(v) in NO_DATE else v.strip(), None, None), None
    alone = bare_year(v)
    if alone is not None:  # "2025年": begun and done within the year, its quarters not said
        return (None, f"{alone}年", None, None), (f"{alone}Q4", f"{alone}年", None, None)
    try:
        start, end = parse_schedule_span(v if type(v) is str else cell_text(v), year)
    except QuarterParseError as exc:
        return (None, None, None, "完工早于开工" if exc.reason == "完工早于开工" else _SPAN_EXPECTED), None
    fields = [((str(c.quarter) if c.quarter else None), (c.text or None), c.nature, None) for c in (start, end)]
    alone = bare_year(start.text) if start.quarter else None
    if alone is not None:  # "2024-2026": starts in 2024, its quarter not said, as a start column's bare year reads
        fields[0] = (None, f"{alone}年", None, None)
    return fields[0], (fields[1] if any(fields[1][:3]) else None)


def contact_of(person: str | None, phone: str | None) -> str | None:
    """责任人 and 联系电话 as one: "张三 13800000000" (a cell's lines, "张三⏎13800000000", on one line);
    a phone already in the person's cell is not written twice."""
    said = [" ".join(p.split()) for p in (person, phone) if p]
    if len(said) == 2 and said[1] in said[0]:
        said.pop()
    return " ".join(said) or None
