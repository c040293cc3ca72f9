"""A table read from a sheet: its records, and every problem by sheet, row and column.

Each problem names the sheet, the row and column as the spreadsheet shows
them (row 12, column C), the text found and what was expected.
"""
from __future__ import annotations

import math
import re
from dataclasses import asdict, dataclass, field
from typing import Any

from ..domain.compared import measures_apart, unit_factor
from ..domain.target import DECLINE_WORDS, GROWTH_WORDS, PERCENTS, RATE_UNITS, Target, TargetParseError, plain_number
from ..domain.verdicts import verdict_of, verdict_word
from .cells import (
    EXCEL_ERRORS, FIGURE, NO_DATE, UNITISH, clean, excel_error, excel_error_said, norm, number_cell, schedule_cell,
    text_of,
)
from .grid import Sheet, column_letter
from .layout import Layout
from .quarter_headings import PERIODS, asks_if_behind, is_pace_verdict, review_period


@dataclass
class Problem:
    sheet: str
    row: int | None  # as the spreadsheet shows it (1-based)
    column: str | None  # letter
    text: str
    message: str
    severity: str = "error"  # error: the row is not imported; warning/info: it is, with this note

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def __str__(self) -> str:
        where = f"“{self.sheet}”"
        if self.row:
            where += f" 第{self.row}行"
        if self.column:
            where += f" {self.column}列"
        found = f"：“{self.text}”" if self.text else ""
        return f"{where}{found} — {self.message}"


@dataclass
class Table:
    sheet: str
    kind: str | None
    year: int | None
    title: str | None = None
    annex: str | None = None
    records: list[dict[str, Any]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    rows: list[int] = field(default_factory=list)  # spreadsheet row of each record
    name_column: str | None = None  # the letter of the name column, for problems found later
    parse_problems: list[Problem] | None = None  # the parse's own, kept by the first preview
    no_table: bool = False  # no header was found: a sheet of notes, a chart's data …
    hidden: bool = False  # a hidden sheet, left: the lists behind drop-downs, an old copy
    # where the table was found (a Layout): a page with no header of its own may go on with it
    layout: Any = field(default=None, repr=False, compare=False)
    stated: list[dict[str, Any]] = field(default_factory=list)  # a report's figures about its plan, written beside
    plan_facts: dict[str, Any] = field(default_factory=dict)  # a report's district, 文号, office and day (Plan)
    # the projects a list marks as leaving it (【调出】, a 名单调整表's 调出): no records; the import takes those the
    # plan lists off it — each {"name", "code", "reason", "date" (ISO), "row"}
    leaving: list[dict[str, Any]] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]


class Row:
    """One spreadsheet row with the helpers to read its cells and report problems."""

    def __init__(self, table: Table, sheet: Sheet, layout: Layout, r: int, index: dict[str, int]) -> None:
        self.table, self.sheet, self.layout, self.r = table, sheet, layout, r
        self.ok = True
        self.cells = sheet.rows[r]
        self.index = index
        self.errors = bool(sheet.errors)
        self._said: list[Problem] = []
        self.error_fields: set[str] = set()  # fields whose cell held an Excel error value (said as such)

    def raw(self, fld: str) -> Any:
        """The cell of ``fld``; an Excel error value (#N/A) is said once and read as empty: it holds nothing."""
        v = self.cell(fld)
        if type(v) is str and excel_error(v):
            col = self.layout.columns.get(fld)
            self.problem(fld, v, *excel_error_said(col.header if col else None, fld))
            self.error_fields.add(fld)
            return None
        return v

    def say_error_values(self) -> None:
        """Every Excel error value on the row said (each once): a row refused at its first error stopped
        reading there, and the planner met the next broken formula only on the next try."""
        said = {p.column for p in self._said}  # a cell said already (a number's own words) is not said again
        for fld in self.index:
            v = self.cell(fld)
            col = self.layout.columns.get(fld)
            if type(v) is str and excel_error(v) and (col is None or column_letter(col.index) not in said):
                self.raw(fld)

    def cell(self, fld: str) -> Any:
        """The cell of ``fld`` as the sheet holds it (an error value as its text)."""
        i = self.index.get(fld)
        if i is None:
            return None
        if self.errors:
            return self.sheet.cell(self.r, i)
        cells = self.cells
        return cells[i] if i < len(cells) else None

    def has(self, fld: str) -> bool:
        return fld in self.layout.columns

    def problem(self, fld: str | None, text: Any, message: str, severity: str = "error") -> None:
        col = self.layout.columns.get(fld) if fld else None
        said = Problem(self.sheet.name, self.r + 1, column_letter(col.index) if col else None, text_of(text), message,
                       severity)
        if said not in self._said:  # a cell read once for each target on its row is said once
            self._said.append(said)
            self.table.problems.append(said)
        if severity == "error":
            self.ok = False

    def number(self, fld: str) -> float | None:
        v = self.cell(fld)  # an error value is said as no number
        value, message, severity = number_cell(v, self.layout.columns[fld].scale)
        if message:
            self.problem(fld, v, message, severity)
        return value

    def schedule(self, fld: str):
        v = self.raw(fld)
        cell, message = schedule_cell(v, self.layout.year)
        if message:
            self.problem(fld, v, message)
        return cell


def read_target(row: Row, fld: str, value: Any) -> Target | None:
    """A target cell; words are fine ("完成市下达任务"), noise is not ("#REF!", "??")."""
    text = text_of(value)
    if text.upper() in EXCEL_ERRORS:
        row.problem(fld, text, "单元格是 Excel 错误值，应为目标值，如 6%左右、8%以上、完成市下达任务")
        return None
    try:
        t = Target.parse(value)
    except TargetParseError:
        row.problem(fld, text, "无法识别的目标值")
        return None
    if t.op == "text" and not re.search(r"[\u4e00-\u9fff]", t.text):
        row.problem(fld, text, "无法识别的目标值，应为如 6%左右、8%以上、5.5%以内、突破650亿元，或文字目标")
        return None
    return t


def read_figure(row: Row, fld: str, unit: str | None) -> tuple[float | None, str | None]:
    """The figure in ``fld`` and its words, as :func:`figure_in` reads them; a figure in another
    measure than the indicator's ("96.5分" for a rate in %) is said, its words kept."""
    v = row.raw(fld)
    number, words, apart = _figure(v, unit)
    if words is not None and number is None and FORMULA_TEXT.match(words):  # (only words can be a formula's)
        row.problem(fld, v, FORMULA_TEXT_SAID, "warning")
    if apart:
        row.problem(fld, v, f"数字的单位为“{apart}”，指标的单位为“{unit}”，不是同一种量：未作为数值读入，文字照录",
                    "warning")
    return number, words


def figure_in(v: Any, unit: str | None) -> tuple[float | None, str | None]:
    """An actual may be "5.2", "增长5.2%", "完成市下达任务" or "—": its number in the indicator's
    ``unit`` and its words (None for a plain number, which says no more than the number).

    With several figures ("完成210.4亿元、增长5.1%") the one in the
    indicator's unit is the value; with no unit given, the amount beside its growth; otherwise the last one.
    An amount (亿元)
    reported only by its growth ("增长5.8%") has no number: 5.8 is no amount,
    nor is "96.5分" a rate in %.
    """
    number, words, _ = _figure(v, unit)
    return number, words


def figure_apart(v: Any, unit: str | None) -> str | None:
    """The unit of another measure ``v`` is written in ("分" of "96.5分" for a rate in %), or None."""
    return _figure(v, unit)[2]


def _figure(v: Any, unit: str | None) -> tuple[float | None, str | None, str | None]:
    """:func:`figure_in`, and the unit of another measure the figure was written in (None if not)."""
    if v in (None, ""):
        return None, None, None
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return float(v), None, None
    text = clean(v)
    if FORMULA_TEXT.match(text or ""):  # "=1+1" in a CSV: a formula's words, never worked out (it read as 1)
        return None, text, None
    if _PLAIN_NUMBER.fullmatch(text or ""):  # a number stored as text ("1,731.2", "1e+20") is the number
        number = float(text.replace(",", ""))
        return (number, None, None) if math.isfinite(number) else (None, text, None)  # "1e309": words
    said = _WHEN_IN_BRACKETS.sub("", norm(text))  # "5.8（1-11月）": the period in brackets is no figure
    if not FIGURE.search(said):  # "已完成（1-6月150个）": the figure is in the brackets, after its period
        said = _WHEN_IN_BRACKETS.sub(_figure_after_period, norm(text))
    period = _PERIOD_SAID.match(said)  # "1-9月:5.5": nor is the period before it
    found = list(FIGURE.finditer(said, period.end() if period else 0))
    if not found:
        return None, text, None
    # "已完成拆迁120户，剩余5户正在协商": what is left is no figure of what was done (5 was read as it)
    found = [m for m in found if not _LEFT_OVER.search(_clause_before(said, m.start()))] or found
    amounts = [m for m in found if not _GROWTH_BEFORE.search(said[:m.start()])]
    if unit and norm(unit) not in RATE_UNITS and not amounts and not any(m.group(2).startswith(unit) for m in found):
        return None, text, None  # "增长5.8%" for an amount in 亿元: only its growth is reported, kept in the words
    if unit and norm(unit) in PERCENTS:  # "下降0.3个百分点" for a rate in %: a change of the rate, not the rate
        found = [m for m in found if not m.group(2).startswith("个百分点")]
        if not found:
            return None, text, None
    chosen = found[-1]
    if not unit and amounts and len(amounts) < len(found):
        chosen = amounts[0]  # "1631.3、增长5.2%" of an indicator with no unit given: the amount; its growth is said
    if unit and len(found) > 1:
        in_unit = [m for m in found if m.group(2).startswith(unit)]
        if in_unit:
            chosen = in_unit[0]
        elif amounts and norm(unit) not in PERCENTS:
            chosen = amounts[0]  # "220.5，增长4.8%" for an amount: the amount, not its growth
    number, said = float(chosen.group(1).replace(",", "")), chosen.group(2)
    if unit and norm(unit) in PERCENTS and UNITISH.search(said) and not said.startswith(RATE_UNITS):
        return None, text, said  # "1631.3亿元" for a rate: an amount, no rate at all (it was read as 1631.3%)
    factor = unit_factor(said, norm(unit)) if unit and said else None
    if factor is None and unit and said and not said.startswith(norm(unit)) and measures_apart(said, norm(unit)):
        # "96.5分" for a rate in %, "1200亩" for 亿元: a figure of another measure; "5.8%" for 亿元 is its
        # growth, as "增长5.8%" is (held against a growth target, not said as a slip)
        return None, text, None if said.startswith(RATE_UNITS) else said
    if factor is not None and factor != 1.0:  # "12000万元" for 亿元 is 1.2, "52000人" for 万人 is 5.2
        number = round(number * factor, 10)
    return number, text, None


def _clause_before(said: str, at: int) -> str:
    """The words of ``said``'s clause before ``at``."""
    return said[max(said.rfind(c, 0, at) for c in ",，;；。") + 1:at]


def by_period(header: str | None, actual: float | None, actual_text: str | None) -> str | None:
    """What was done as a review under ``header`` says it: "1-9月进展情况" holds what was done by September, not in
    the year, said as a quarter's review is ("1-9月:2.8万人"; judged against the time gone, not as the year's)."""
    period = review_period(header)
    if period and (actual is not None or actual_text) and not norm(actual_text or "").startswith(period):
        return f"{period}:{actual_text or plain_number(actual)}"  # ("1-9月增长4.2%" says it already)
    return actual_text


def figure_in_status(row: Row, unit: str | None) -> tuple[float | None, str | None, str | None]:
    """A table with no 完成 column: "完成6.1%，超目标0.1个百分点" in 完成情况 is the figure reached, in
    words, and its verdict the clause that says one ("未完成"), else none (the figure decides).
    (None, None, the cell) where the cell holds no figure."""
    status = clean(row.raw("status"))
    if not status or not FIGURE.search(norm(status)):
        return None, None, status
    actual, actual_text = read_figure(row, "status", unit)
    actual_text = by_period(row.layout.columns["status"].header, actual, actual_text)  # "1-6月完成情况": by June
    verdict = next((w for c in re.split(r"[,，;；、]", status) if (w := verdict_word(c)) is not None),
                   None) or verdict_word(status)  # "5.16（完成）", "296 未完成": the word after the figure
    return actual, actual_text, verdict


def status_words(row: Row) -> str | None:
    """The status cell in words: "是" or "否" under "是否达到时序进度", "达到" or "滞后" under "序时进度", is the pace
    reached or not, as the review's own words say it (kept bare, "是" read as 完成 beside a figure for nine months,
    "滞后" as 未完成). A word of the outcome there ("已完成", "超额完成") stays what it says."""
    status = clean(row.raw("status"))
    if status in NO_DATE:  # "—" where nothing was stated: no status (the JSON said "—", a word of its own)
        return None
    header = row.layout.columns["status"].header or "" if status else ""
    if status and "进度" not in status and "完成" not in status and is_pace_verdict(header):
        return pace_words(status, header)
    return status


def pace_words(answer: str, header: str) -> str:
    """An answer under a pace heading in the words of the pace: "是" under "是否达到时序进度" is "达到时序进度", under
    "是否滞后" "未达时序进度"; "落后" is "未达时序进度"; words that say neither as written."""
    verdict = verdict_of(answer) or ""
    if asks_if_behind(header) and norm(answer) in _YES_NO:  # "是否滞后 | 是": behind
        verdict = {"met": "not_met", "not_met": "met"}.get(verdict, verdict)
    return _PACE_ONLY.get(norm(answer)) or {"met": "达到时序进度", "not_met": "未达时序进度"}.get(verdict, answer)


_YES_NO = {"是", "否", "√", "×", "✓", "✗", "✔", "✘", "○"}  # an answer, whichever way the question is asked
# words that say a pace only under a pace heading ("序时进度 | 正常"): no outcome anywhere else
_PACE_ONLY = {"正常": "达到时序进度", "超前": "达到时序进度", "提前": "达到时序进度", "落后": "未达时序进度",
              "基本达到": "基本达到时序进度", "基本正常": "基本达到时序进度"}


# a formula's text where a figure was looked for: a CSV keeps the formula, never its result ("=1+1", "=SUM(B3:B9)")
FORMULA_TEXT = re.compile(r"=\s*[-+($A-Za-z0-9]")
FORMULA_TEXT_SAID = "是公式的文字，不是计算结果（CSV 只保存公式本身，文本格式的单元格也是如此）：未作为数值读入，文字照录"
_PLAIN_NUMBER = re.compile(r"-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][-+]?\d{1,3})?")


_PERIOD_SAID = re.compile(rf"({PERIODS})[:：]")
# the words of a period in brackets ("截至6月底", "1-6月", "2024年上半年"), which leave a figure after them
_WHEN_SAID = re.compile(r"(?:截至|截止|到)?(?:\d{4}年)?(?:(?:\d{1,2}-)?\d{1,2}月(?:份|底|末|中旬|上旬|下旬)?|"
                        r"[一二三四1-4]季度(?:末|底)?|上半年|下半年|前三季度|全年)?(?:预计|初步|快报|统计数?)?")


def _figure_after_period(m: re.Match) -> str:
    """A period in brackets with a figure after it ("（1-6月150个）", "（截至6月底完成8个）"): the figure, the period
    gone; a period alone: nothing."""
    rest = _WHEN_SAID.sub("", m.group(0)[1:-1])
    return f"，{rest}" if re.search(r"\d", rest) else ""


_WHEN_IN_BRACKETS = re.compile(r"[(（][^()（）]*(?:月|季度|年|预计|初步|快报|统计|截至|截止)[^()（）]*[)）]")
_LEFT_OVER = re.compile(r"剩余|尚余|还剩|尚有|仍有|余下")
_GROWTH_BEFORE = re.compile(f"({GROWTH_WORDS}|{DECLINE_WORDS})$")
