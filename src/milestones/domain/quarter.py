"""The quarter: the unit a district plan is scheduled in (一季度 … 四季度).

Planners write quarters in many ways; :func:`parse_schedule_cell` accepts all of
the ones seen in real tables and keeps the original text beside the result.
"""
from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

__all__ = [
    "Quarter",
    "QuarterParseError",
    "ScheduleCell",
    "parse_schedule_cell",
    "leading_time",
    "dated_with_words",
    "start_among_steps",
    "normalise_text",
    "NATURE_WORDS",
    "PERIOD_END",
    "parse_schedule_span",
    "span_start_year",
    "period_months",
    "schedule_words",
    "bare_year",
    "start_year_words",
    "undated",
    "which_end",
    "without_end",
]

_ZH_QUARTER = {1: "一季度", 2: "二季度", 3: "三季度", 4: "四季度"}
_ZH_DIGIT = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}

# Words planners put in a schedule column that are not a date but say what kind
# of project it is (续建 = continuing from an earlier year). Mapped to the
# project nature they imply.
NATURE_WORDS = {
    "续建": "续建",
    "在建": "续建",
    "已开工": "续建",
    "新开工": "新开工",
    "前期": "前期",
    "前期工作": "前期",
    "储备": "前期",
    # other offices' words for the same stages: 结转 (carried over from last year's list, being built),
    # 拟开工 / 新开, 谋划 / 预备 (a project being prepared)
    "结转": "续建",
    "拟开工": "新开工",
    "新开": "新开工",
    "谋划": "前期",
    "预备": "前期",
    "谋划储备": "前期",
    "加快前期": "前期",
    "跨年度续建": "续建",
    "跨年续建": "续建",
    "已完工": "已完工",
    "已竣工": "已完工",
    "已建成": "已完工",
    "已投用": "已完工",
    "已建成投用": "已完工",
    "已竣工投用": "已完工",
    "已完工投用": "已完工",
    "已投入使用": "已完工",
    "计划完工": "计划完工",
    "计划竣工": "计划完工",
    "计划建成": "计划完工",
}
# the works said as going on in a schedule column ("施工中", "正在建设"), not a nature a heading names
# ("三、建设项目" is a class)
_WORKS_GOING_ON = {"施工": "续建", "建设": "续建", "前期手续": "前期", "项目储备": "前期"}
# a state said as it goes on ("前期工作中", "正在开展前期工作", "前期阶段", "施工中"): the word within
_GOING_ON = re.compile(r"^(?:正在|目前|开展|正|办理|推进)+|(?:办理中|推进中|进行中|中|阶段|期间)$")  # "正在办理前期手续"


def nature_word_in(text: str) -> str | None:
    """The nature a schedule cell's words say, padded as a state going on or not."""
    if text in NATURE_WORDS:
        return NATURE_WORDS[text]
    remark = _NATURE_REMARK.fullmatch(text)
    if remark and remark.group(1) in NATURE_WORDS:  # "续建（2022年开工）": the nature, the remark kept in the words
        return NATURE_WORDS[remark.group(1)]
    bare = _GOING_ON.sub("", _GOING_ON.sub("", text))
    return NATURE_WORDS.get(bare) or _WORKS_GOING_ON.get(bare) if bare != text else None


_NATURE_REMARK = re.compile(r"(.+?)\s*[(（][^()（）]*[)）]")

# Excel's serial day 0 (the 1900 leap-year bug is why it is the 30th, not the 31st).
_EXCEL_EPOCH = _dt.date(1899, 12, 30)


class QuarterParseError(ValueError):
    """Text that is neither a quarter nor a project-nature word."""

    def __init__(self, text: object, reason: str = "") -> None:
        self.text, self.reason = text, reason
        msg = f"无法识别的季度/日期：“{text}”"
        if reason:
            msg += f"（{reason}）"
        msg += "；应为如 2024年一季度、2024Q1、2024年3月、2024-03-15"
        super().__init__(msg)


_WS = re.compile(r"\s+")


def each_at_once(fn, texts: list[str]) -> list[str] | None:
    """``fn`` of every text in one call on the texts joined by a NUL, for
    functions that work character by character (NFKC, removing spaces,
    lower-casing): 50,000 names cost one call instead of 50,000. A NUL is in
    no cell and composes with nothing. None when a text holds a NUL itself."""
    joined = "\0".join(texts)
    if joined.count("\0") != len(texts) - 1:
        return None
    return fn(joined).split("\0") if texts else []


# A footnote mark or an item number in a circle turns into a plain digit under
# NFKC ("6%左右①" would read as a target of 1): at either end of a cell (or of a
# text joined by NULs, see :func:`each_at_once`) it is no part of it.
_CIRCLES = "[\u2460-\u249b\u24ea-\u24ff\u2776-\u2793]+"
_CIRCLED = re.compile(rf"(?:^|(?<=\0))[ \t]*{_CIRCLES}[ \t]*|[ \t]*{_CIRCLES}[ \t]*(?=\0|\Z)")


_ANY_CIRCLE = re.compile(_CIRCLES)


def without_marks(text: str) -> str:
    """``text`` without circled footnote marks at its ends (①, ⑴, ❶)."""
    # a text with no circled character at all is found by a plain scan (the ends' pattern looks behind at every
    # character: 0.16 s over 50,000 names joined)
    return _CIRCLED.sub("", text) if not text.isascii() and _ANY_CIRCLE.search(text) else text


# Control characters: a NUL, a bell, an escape, in a cell of a CSV file, an xlsx cell written with _x0000_, a paste
# from a terminal. No one means them, nothing shows them, and PostgreSQL refuses a NUL in text (the import
# failed with "程序出错"). Tabs and line breaks (a vertical tab is Word's) are text. The invisible characters a
# paste from a web page brings (zero-width space and joiners, a byte-order mark, a soft hyphen) are no one's text
# either: "≥\u200b6" read as exactly 6, "3\u200b" had the unit "\u200b".
INVISIBLE = "\u200b-\u200d\u2060\ufeff\u00ad"
_CONTROL = re.compile(f"[\x00-\x08\x0e-\x1f\x7f{INVISIBLE}]")
_INVISIBLE_ONLY = re.compile(f"[{INVISIBLE}]")  # (a NUL kept: it joins the texts of each_at_once)


def without_controls(text: str) -> str:
    """``text`` without control and invisible characters, tabs and line breaks kept."""
    return text if text.isprintable() or not _CONTROL.search(text) else _CONTROL.sub("", text)


# a minus sign as pasted from a web page or a word processor ("−2.1", U+2212; "–2.1"): read as "-",
# which NFKC leaves alone (the sign was lost: "−2.1%" was a growth of 2.1)
_MINUS = re.compile("[\u2212\u2010\u2011\u2012\u2013\ufe63](?=\\.?\\d)")


def plain_minus(text: str) -> str:
    """``text`` with any minus sign before a figure written as "-"."""
    return _MINUS.sub("-", text) if not text.isascii() and _MINUS.search(text) else text


# the full-width forms Chinese text is full of, each one character under NFKC: replaced first, a text holding no
# other is known normalised without NFKC's pass over every character (50,000 names: 0.01 s against 0.27 s)
_COMMON_WIDE = [(wide, unicodedata.normalize("NFKC", wide)) for wide in "（），：；％！？"]


def folded(text: str) -> str:
    """``unicodedata.normalize("NFKC", text)``, the same text, faster for Chinese: the common full-width
    punctuation is replaced by what NFKC makes of it, and the whole pass is run only where anything else is left."""
    if unicodedata.is_normalized("NFKC", text):
        return text
    for wide, narrow in _COMMON_WIDE:
        if wide in text:
            text = text.replace(wide, narrow)
    return text if unicodedata.is_normalized("NFKC", text) else unicodedata.normalize("NFKC", text)


_ROMAN = ("I", "II", "III", "IV")
_ROMAN_QUARTER = re.compile(r"(?<![A-Za-z])(IV|III|II|I)(?=季度)")


def normalise_text(text: str) -> str:
    """Full-width to half-width (NFKC), no whitespace at all.

    Chinese tables are typed with full-width digits and stray spaces
    ("２０２４年 一季度"); comparing after this is what a reader does.
    """
    if not text.isprintable():
        text = _INVISIBLE_ONLY.sub("", text)
    text = folded(plain_minus(without_marks(text)))
    return _WS.sub("", text) if _WS.search(text) else text


@dataclass(frozen=True, order=True, slots=True)
class Quarter:
    year: int
    q: int

    def __post_init__(self) -> None:
        if not 1 <= self.q <= 4:
            raise ValueError(f"quarter must be 1..4, not {self.q}")
        if not 1900 <= self.year <= 2999:
            raise ValueError(f"year out of range: {self.year}")

    # -- construction -------------------------------------------------
    @classmethod
    def from_index(cls, index: int) -> "Quarter":
        """Inverse of :attr:`index` (quarters counted from year 0)."""
        if cls is Quarter:
            return _quarter_at(index)
        return cls(index // 4, index % 4 + 1)

    @classmethod
    def from_month(cls, year: int, month: int) -> "Quarter":
        if not 1 <= month <= 12:
            raise ValueError(f"month must be 1..12, not {month}")
        return cls(year, (month - 1) // 3 + 1)

    @classmethod
    def from_date(cls, d: _dt.date) -> "Quarter":
        return cls.from_month(d.year, d.month)

    @classmethod
    def parse(cls, value: object) -> "Quarter":
        """Parse any quarter notation; raise :class:`QuarterParseError` otherwise."""
        cell = parse_schedule_cell(value)
        if cell.quarter is None:
            reason = "这是项目性质，不是季度" if cell.nature else "只有年份，没有季度" if cell.year else "空白"
            raise QuarterParseError(value, reason)
        return cell.quarter

    # -- arithmetic ---------------------------------------------------
    @property
    def index(self) -> int:
        """A running number: consecutive quarters differ by one."""
        return self.year * 4 + self.q - 1

    def __add__(self, n: int) -> "Quarter":
        if not isinstance(n, int):
            return NotImplemented
        return Quarter.from_index(self.index + n)

    def __sub__(self, other):
        if isinstance(other, Quarter):
            return self.index - other.index
        if isinstance(other, int):
            return Quarter.from_index(self.index - other)
        return NotImplemented

    @staticmethod
    def range(first: "Quarter", last: "Quarter") -> Iterator["Quarter"]:
        """Every quarter from ``first`` to ``last``, both included."""
        for i in range(first.index, last.index + 1):
            yield Quarter.from_index(i)

    # -- calendar -----------------------------------------------------
    @property
    def first_month(self) -> int:
        return self.q * 3 - 2

    @property
    def start_date(self) -> _dt.date:
        return _dt.date(self.year, self.first_month, 1)

    @property
    def end_date(self) -> _dt.date:
        last_month = self.q * 3
        day = 31 if last_month in (3, 12) else 30
        return _dt.date(self.year, last_month, day)

    # -- labels -------------------------------------------------------
    @property
    def label_zh(self) -> str:
        return f"{self.year}年{_ZH_QUARTER[self.q]}"

    @property
    def year_to_date_zh(self) -> str:
        """The part of its year a report at this quarter's end covers, as reports name it."""
        return ("一季度", "上半年", "前三季度", "全年")[self.q - 1]

    @property
    def short(self) -> str:
        return f"{self.year}Q{self.q}"

    def __str__(self) -> str:
        return self.short

    def __repr__(self) -> str:
        return f"Quarter({self.year}, {self.q})"



@lru_cache(maxsize=8192)
def _quarter_at(index: int) -> Quarter:
    """One shared instance per quarter (they are immutable): every stored
    quarter read back (hundreds of thousands at a city's scale) is a lookup,
    not a validated construction."""
    return Quarter(index // 4, index % 4 + 1)


@dataclass(frozen=True, slots=True)
class ScheduleCell:
    """What a schedule cell said: a quarter, a project nature, or nothing.

    ``date`` is kept when the cell was precise to the month or day, so that a
    planner who typed 2024-03-15 does not see it rounded to a quarter.
    """

    text: str
    quarter: Quarter | None = None
    date: _dt.date | None = None
    nature: str | None = None
    year: int | None = None  # "2024年开工": the year without a quarter


_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    # 2024年一季度 / 2024年第一季度 / 2024一季度 / 2024年1季度 / 2024年第1季度末
    (re.compile(r"^(\d{4})年?第?([一二三四1-4])季度?[末底初中]?$"), "yq"),
    # 2024Q1 / 2024-Q1 / 2024年Q1 / 2024/Q1
    (re.compile(r"^(\d{4})(?:年|-|/|\.|_)?Q([1-4])[末底初中]?$", re.I), "yq"),  # 2024年Q1末 too
    # Q1 2024 / Q1-2024
    (re.compile(r"^Q([1-4])(?:-|/)?(\d{4})$", re.I), "qy"),
    # 2024-03-15 / 2024/3/15 / 2024.3.15 / 2024年3月15日
    (re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$"), "ymd"),
    # 3/15/2024, 15/03/2024: a CSV saved by Excel set to another country's dates (month or day first)
    (re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$"), "dmy"),
    # Mar-24, Mar-2024, March 2024: Excel's "mmm-yy" as a CSV keeps it
    (re.compile(r"^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[-\s,/]*((?:19|20)?\d{2})$", re.I),
     "month_name"),
    # 2024年3月 / 2024年3月底 / 2024-03 / 2024/3 / 2024.3 / 2024.03
    (re.compile(r"^(\d{4})[-/.年](\d{1,2})月?(?:份)?[末底初中旬上下]*$"), "ym"),
    # 2024年5-6月 / 2024.4-6月: months of one quarter (months of two are refused: which one?)
    (re.compile(r"^(\d{4})(?:年|[./])(\d{1,2})月?[-~～至到—–、和](\d{1,2})月份?[末底初中旬上下]*$"), "months"),  # "7、8月"
    # 2024年上半年 (deadline: end of Q2) / 下半年
    (re.compile(r"^(\d{4})年?(上|下)半年[末底]?$"), "half"),
    # 2024H1 / 2024-H2 / H1 2024: a half as English tables write it, read as 上半年 / 下半年
    (re.compile(r"^(\d{4})(?:年|-|/|\.|_)?H([12])$", re.I), "h"),
    (re.compile(r"^H([12])(?:-|/)?(\d{4})$", re.I), "hy"),
    # 2024年底 / 2024年末 / 2024年年底 / 2024年内 / 2024年度内 / 2024年全年
    (re.compile(r"^(\d{4})年?(?:年)?(底|末|内|全年|度|度内)$"), "end"),
    # 2024年初
    (re.compile(r"^(\d{4})年?(?:年)?初$"), "begin"),
    # 2024年中 / 2024年年中: mid-year, the end of June
    (re.compile(r"^(\d{4})年?(?:年)?中$"), "middle"),
    # 2024年开工 / 2024年完工投用: the year is known, the quarter is not ("2024年内开工" is by the
    # year's end, as "年内开工" and "2024年内" are)
    (re.compile(r"^(\d{4})年(已?)(开工|完工|竣工|交付|完成|投用|完工投用|启动|建成|起|开始)$"), "year_only"),
]


def _from_excel_serial(serial: float, original: object) -> _dt.date:
    try:
        return _EXCEL_EPOCH + _dt.timedelta(days=int(serial))
    except OverflowError:  # pragma: no cover - absurd serials
        raise QuarterParseError(original, "日期序号超出范围") from None


# "2024.4" typed into a cell formatted as a date is the serial day 2024.4, shown as 1905-07-16: the dates of the
# serials 1900 to 2999 (March 1905 to March 1908) are years and months typed as numbers, no project's dates
_TYPED_AS_NUMBER = (_dt.date(1905, 3, 14), _dt.date(1908, 3, 19))


def typed_number(value: object) -> float | None:
    """The number a date cell holds when it is a year and month typed as a number (1905-07-16 09:36 → 2024.4),
    else None."""
    if not isinstance(value, _dt.date):
        return None
    d = value.date() if isinstance(value, _dt.datetime) else value
    if not _TYPED_AS_NUMBER[0] <= d < _TYPED_AS_NUMBER[1]:
        return None
    t = value if isinstance(value, _dt.datetime) else _dt.datetime.combine(d, _dt.time())
    return round((t - _dt.datetime(1899, 12, 30)).total_seconds() / 86400, 6)


def _from_date(value: _dt.date) -> ScheduleCell:
    serial = typed_number(value)
    if serial is not None:
        return _from_number(serial, f"{serial:g}")
    d = value.date() if isinstance(value, _dt.datetime) else value
    if not 1900 <= d.year <= 2999:  # 9999-12-31, the last day Excel has: no quarter of a plan
        raise QuarterParseError(d.isoformat(), "日期超出范围")
    return ScheduleCell(d.isoformat(), Quarter.from_date(d), d)


def _from_number(value: float, original: object) -> ScheduleCell:
    text = str(original)
    if 1900 <= value < 3000:
        year = int(value)
        frac = round(value - year, 2)
        if frac == 0:
            # a bare year: the deadline is the year's end
            return ScheduleCell(text, Quarter(year, 4))
        # 2024.05 typed into a number cell arrives as 2024.05; 2024.3 as 2024.3.
        # A single digit after the point is that month (2024.1 = January), two
        # digits are the month as written (2024.10 cannot be told from 2024.1).
        month = round(frac * 100) if round(frac * 10, 6) != round(frac * 10) else round(frac * 10)
        if not 1 <= month <= 12:
            raise QuarterParseError(original, "月份应为1-12")
        return ScheduleCell(text, Quarter.from_month(year, month))
    if 190001 <= value <= 299912 and value == int(value) and 1 <= int(value) % 100 <= 12:
        # 202410, a year and month typed as one number (as an ERP export writes them): as a serial day
        # it was the year 2454
        return ScheduleCell(text, Quarter.from_month(int(value) // 100, int(value) % 100))
    if 20000 <= value < 100000:  # Excel's serial days, 1954 to 2173
        d = _from_excel_serial(value, original)
        return ScheduleCell(text, Quarter.from_date(d), d)
    if 19000101 <= value <= 29991231 and value == int(value):  # 20240315, a date typed as one number
        n = int(value)
        try:
            d = _dt.date(n // 10000, n // 100 % 100, n % 100)
        except ValueError:
            raise QuarterParseError(original, "不是有效的日期") from None
        return ScheduleCell(text, Quarter.from_date(d), d)
    raise QuarterParseError(original)


def parse_schedule_cell(value: object, year: int | None = None) -> ScheduleCell:
    """Read one schedule cell as a planner wrote it.

    Accepts ``Quarter``, ``date``/``datetime`` (Excel date cells), numbers
    (2024.05 as a spreadsheet stores "2024.05", Excel serial days) and text in
    every notation of :data:`_PATTERNS`, also as a deadline ("2024年6月底前完成").
    ``year`` is the table's: a cell that leaves it out ("三季度", "6月底前",
    "年底") is read in that year. Nature words (续建, 前期 …) come back as
    ``nature`` with no quarter. Blank gives an empty cell. Anything else raises
    :class:`QuarterParseError` quoting the text.
    """
    if value is None:
        return ScheduleCell("")
    if isinstance(value, Quarter):
        return ScheduleCell(value.short, value)
    if isinstance(value, _dt.date):  # a datetime too
        return _from_date(value)
    if isinstance(value, bool):
        raise QuarterParseError(value)
    if isinstance(value, (int, float)):
        if 13 <= value < 100 and value != int(value) and _short_year(int(value), year):
            return _from_number(2000 + float(value), value)  # 24.3: "2024.3" with the year's two digits
        try:
            return _from_number(float(value), value)
        except QuarterParseError:
            if year is not None and 1 < value < 13 and value != int(value) \
                    and (cell := _month_and_day(float(value), year)) is not None:
                return cell  # 12.31: a day of the table's year
            raise
    return _parse_text(without_controls(str(value)), year)  # the text kept as said, without a pasted "\u200b"


# what a project's date is the date of, after it: "建成", "投入运营", "开业", "通车", one or several ("建成投运",
# "完工并投用"), "全面"/"主体" before one, "具备开业条件"
_EVENT = (r"(?:全面|全线|正式|主体|基本|整体|具备)?(?:开工建设|建成投用|完工投用|竣工验收|投入使用|投入运营|投入运行|交付使用|"
          r"进场施工|完成|建成|完工|竣工|开工|动工|开建|启动|实现|落实|投用|投运|交付|运营|开业|开园|开放|通车|贯通|试运行|"
          r"进场)(?:条件)?")
# "…前完成", "…底前建成", "9月开学前投用": a deadline; what is left names the quarter ("2025年3月起", "…开始": when
# it starts)
_DEADLINE = re.compile(rf"(?:开学)?(?:以前|之前|前)?已?(?:{_EVENT}(?:并|和|及|、)?)*(?:起|开始)?$")
# "计划2024年6月开工", "力争年底前建成", "已于2023年3月开工", "自2025年3月起", "约2025年6月": the date is what follows
_LEAD = re.compile(r"^(?:计划|预计|力争|争取|确保|拟|已|将|自|从|约|大约)?于?(?=\d|[一二三四上下年]|Q)")
# a footnote's mark after a date ("2025年12月*", as after a figure): not part of it
_MARK_AFTER = re.compile(r"(?<=[\d月季度底末年初中旬])\s*[*＊※]+$")
# a cell without its year still names a part of one ("三季度", "6月底", "年底", "Q3")
_PART_OF_YEAR = re.compile(r"季|月|半年|底|末|初|年中|内|全年|^Q[1-4]$", re.I)


_CN_YEAR = re.compile(r"[〇零一二三四五六七八九]{4}(?=年)")
_SHORT_YEAR = re.compile(r"^\d{2}年(?=.)")
_SHORT_YEAR_Q = re.compile(r"^\d{2}Q[1-4]$", re.I)
# "24.3", "25.10": a year's two digits, then the month (13 and up is no month: "12.31" stays a day of the year)
_SHORT_YEAR_DOT = re.compile(r"^(?:1[3-9]|[2-9]\d)\.\d{1,2}(?!\d|\.\d)")
_CN_MONTHS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]
_CN_MONTH = re.compile(r"(?<![一二三四五六七八九十〇零\d])(十一|十二|[一二三四五六七八九十])月")
_CN_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")


def arabic_years(text: str) -> str:
    """二〇二五年, as formal documents write a year, in digits: 2025年."""
    if _CN_YEAR.search(text):
        return _CN_YEAR.sub(lambda m: m.group(0).translate(_CN_DIGITS), text)
    return text


# what has happened, then when in brackets: "已开工（2023.5）", "已竣工(2024年6月)"
_DONE_THEN_DATE = re.compile(r"^(已(?:开工|动工|开建|竣工|完工|建成|投用|建成投用))\s*[(（]\s*([^()（）]*\d[^()（）]*?)\s*[)）]$")
# the time of day after a whole date ("2024-07-01T00:00:00", "2023/9/1 0:00", "2024年12月31日 18:00")
_TIME_OF_DAY = re.compile(r"^\s*(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)(?:\s*T\s*|\s+)"
                          r"\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*$")


def _short_year(yy: int, year: int | None) -> bool:
    """Whether "24.3" may be 2024's March: within ten years of the table's, or of this decade's plans where none is
    known ("13.5" in a 2024 table is no date: said, not read as 2013)."""
    return abs(2000 + yy - year) <= 10 if year is not None else 20 <= yy <= 39


@lru_cache(maxsize=8192)
def _parse_text(text: str, year: int | None = None) -> ScheduleCell:
    """Text cells repeat ("2024年一季度" thousands of times): parse each once."""
    # "2023-03-01 00:00:00": a system's export dates so (the spaces gone, "2023/9/1 0:00" would be the 10th)
    clock = _TIME_OF_DAY.match(text) if ":" in text else None
    if clock:
        text = clock.group(1)  # the date kept as its words, as a date cell's are (not "… 00:00:00")
    s = normalise_text(text)
    if not s:
        return ScheduleCell("")
    s = arabic_years(s)
    if _SHORT_YEAR.match(s) or _SHORT_YEAR_Q.match(s) or _SHORT_YEAR_DOT.match(s) and _short_year(int(s[:2]), year):
        # "25年3月", "26年底", "24Q1", "24.3": this century's year
        s = "20" + s
    if _CN_MONTH.search(s):  # "十二月", "2024年三月底": a month in Chinese numerals
        s = _CN_MONTH.sub(lambda m: f"{_CN_MONTHS.index(m.group(1)) + 1}月", s)
    if "I" in s and _ROMAN_QUARTER.search(s):  # "2024年Ⅲ季度" (NFKC: "III"), as some offices number them
        s = _ROMAN_QUARTER.sub(lambda m: str(_ROMAN.index(m.group(1)) + 1), s)
    if "已" in s and (done := _DONE_THEN_DATE.match(s)):  # "已开工（2023.5）": the date it happened, as "2023.5已开工"
        s = done.group(2) + done.group(1)
    nature = nature_word_in(s)
    if nature is not None:
        return ScheduleCell(text.strip(), nature=nature)
    s = _MARK_AFTER.sub("", _LEAD.sub("", s, count=1).rstrip(".。，,;；"))  # "2024.3.": a stray full stop
    relative = _RELATIVE_YEAR.match(s) if year is not None else None
    if relative:  # "明年6月", "当年底", "今年内": the table's year, or the one after or before it
        s = f"{year + _RELATIVE_YEARS[relative.group(1)]}年{s[relative.end():]}"
    if _FESTIVAL.search(s) and _FESTIVAL_AFTER_MONTH.search(s):  # "2025年5月汛期前": the month says it already
        s = _FESTIVAL_AFTER_MONTH.sub("", s)
    if _FESTIVAL.search(s):  # "2024年春节前", "国庆节前完成": the month the day falls in or before
        s = _FESTIVAL.sub(lambda m: f"{_FESTIVAL_MONTH[m.group(1)][m.group(2) == '后']}月", s)
    if _SEASON.search(s):  # "2024年秋季投用", a school's "秋季开学": the month the season or the term starts
        s = _SEASON.sub(lambda m: f"{_SEASON_MONTH[m.group(1)]}月", s)
    if year is not None and (day := _MONTH_DAY.match(s)) and _a_day(int(day[1]), int(day[2])):
        s = f"{int(day[1])}月{int(day[2])}日{s[day.end():]}"  # "12.31前", "6/30": a day of the table's year
    if "/" in s or "-" in s or "." in s:
        if (month_year := _MONTH_YEAR.fullmatch(s)) and 1 <= int(month_year[1]) <= 12:
            s = f"{month_year[2]}年{int(month_year[1])}月"  # "3/2024", "03-2024": a month, then its year
    cell = _match(s, text)
    if cell is not None:
        return cell
    deadline = _DEADLINE.sub("", s)
    if "前" in s[len(deadline):] and re.fullmatch(r"\d{4}年?", deadline):
        y = int(deadline[:4])  # "2024年前": by the end of 2023 or of 2024? not guessed, said
        raise QuarterParseError(text, f"“{s}”可以是{y - 1}年底前，也可以是{y}年底前：请写明，如“{y}年12月底前”")
    tries = [deadline] if deadline and deadline != s else []
    if year is not None:
        tries += [f"{year}年{t}" for t in (s, deadline) if t and not re.match(r"\d{4}", t) and _PART_OF_YEAR.search(t)]
    for t in tries:
        cell = _match(t, text)
        if cell is not None:
            if cell.date is not None and cell.date.day == 1 and _BEFORE_THE_FIRST.search(s):
                day = cell.date - _dt.timedelta(days=1)  # "7月1日前": by 30 June, in the second quarter
                return ScheduleCell(text, Quarter.from_date(day), day)
            return cell
    remark = DATE_REMARK.search(s)
    if remark and remark.start() > 0:
        # "2024年3月（已开工）", "2024年12月（预计）": a remark after the date, kept in the wording
        cell = _parse_text(s[:remark.start()], year)
        return ScheduleCell(text.strip(), cell.quarter, cell.date, cell.nature, cell.year)
    raise QuarterParseError(text)


_BEFORE_THE_FIRST = re.compile(r"1日(?:以前|之前|前)")
# a month and day with no year, as a task list writes a deadline ("12.31前", "6/30"); not "2024.3", "1.5亿"
_MONTH_DAY = re.compile(r"(\d{1,2})[./](\d{1,2})日?(?![\d.%/])(?=$|[^\d\u4e00-\u9fff]|前|以前|之前|底|完成|"
                        + r"建成|开工|完工|竣工)")


def _a_day(month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= (29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31)


def _month_and_day(value: float, year: int) -> ScheduleCell | None:
    """12.31 typed as a number into a deadline cell: 31 December of the table's year. 6.3 may have been 6.30 (the
    cell dropped the nought), so a day with one digit gives the month's quarter and no day."""
    month, digits = int(value), f"{value:.6f}".rstrip("0").split(".")[1]
    if len(digits) == 1 and (_a_day(month, int(digits)) or _a_day(month, int(digits) * 10)):
        return ScheduleCell(f"{value:g}", Quarter.from_month(year, month))
    if len(digits) != 2 or not _a_day(month, int(digits)):
        return None
    d = _dt.date(year, month, int(digits))
    return ScheduleCell(f"{value:g}", Quarter.from_date(d), d)


# a remark in brackets after a date, with no figure in it (not "（1-11月）", not "（2025年）")
DATE_REMARK = re.compile(r"[(（]([^()（）\d]{1,12})[)）]$")


_MONTH_YEAR = re.compile(r"(\d{1,2})[/.\-]((?:19|20)\d{2})")  # "3/2024": as a system set to English dates writes it


# the days a schedule is set by, as month before and month after: 春节 falls in January or
# February (before it: by February), 五一 is 1 May (before it: April), the flood season starts in May
# (七一 and 十一 are 1 July and 1 October; not 元旦: "2025年元旦前" is the end of 2024)
_FESTIVAL_MONTH = {"春节": (2, 3), "五一": (4, 5), "端午": (6, 6), "端午节": (6, 6), "汛期": (5, 10),
                   "汛": (5, 10), "中秋": (9, 9), "中秋节": (9, 9), "国庆": (9, 10), "国庆节": (9, 10),
                   "七一": (6, 7), "十一": (9, 10), "清明": (3, 4), "清明节": (3, 4), "元宵": (2, 2), "元宵节": (2, 2),
                   # the flood season runs from May to September, its main part from June to August ("汛期过后")
                   "汛期结束": (9, 10), "汛期过": (9, 10), "主汛期": (5, 9),
                   # the 两会: a district's and a city's in January or February, the nation's in early March
                   "两会": (2, 3), "全国两会": (2, 3), "市两会": (2, 2), "区两会": (2, 2),
                   # a school's terms and holidays, which its building is due by: 秋季开学 is September
                   "秋季开学": (8, 9), "秋季学期": (8, 9), "春季开学": (2, 3), "春季学期": (2, 3),
                   "暑假": (6, 7), "暑期": (6, 7), "寒假": (1, 2)}
_FESTIVAL = re.compile("(" + "|".join(sorted(_FESTIVAL_MONTH, key=len, reverse=True)) + ")(前|后|以前|之前)")
_FESTIVAL_AFTER_MONTH = re.compile(r"(?<=[月底末份])(?:" + "|".join(sorted(_FESTIVAL_MONTH, key=len, reverse=True))
                                   + r")(?=前|后|以前|之前)")
# a season or a school's term named with no "before" ("2024年秋季投用", "2024年秋季开学"): the month it starts in,
# as a school's autumn term starts in September and its spring term in March at the latest
_SEASON_MONTH = {"春季": 3, "夏季": 6, "秋季": 9, "冬季": 12, "暑假": 7, "暑期": 7, "寒假": 1}
_SEASON = re.compile(r"(春季|夏季|秋季|冬季|暑假|暑期|寒假)(?:开学|学期|期间)?")


# a year named from the table's: "当年" is its year, "明年" the next
_RELATIVE_YEARS = {"当年": 0, "本年": 0, "今年": 0, "本年度": 0, "当年度": 0, "明年": 1, "次年": 1, "翌年": 1,
                   "下一年": 1, "下年": 1, "去年": -1, "上年": -1}
_RELATIVE_YEAR = re.compile("(" + "|".join(sorted(_RELATIVE_YEARS, key=len, reverse=True)) + ")")


_SPAN_SEPARATOR = re.compile(r"至|到|~|～|—+|–|－{1,2}|--|[,，;；、]")
# two quarters of one year: "2024年二至三季度", "2024年二、三季度", "2024年第2-3季度" (cut at "-", "2024年2" read as
# February)
_QUARTERS_OF_A_YEAR = re.compile(r"((?:19|20)\d{2})?年?度?第?([一二三四1-4])(?:季度)?\s*(?:至|到|~|～|—+|–|-|、|和|及)\s*"
                                 r"第?([一二三四1-4])季度")
# the words that say which end of a project a date is
_STARTS, _ENDS = "开工|动工|开建|启动", "竣工|完工|建成|投用|投运|完成"
# "2024年3月至今", "2024年3月起": the start, and no end yet
_SINCE = re.compile(r"(?:至今|至今未完工|起|开始|以来)$")
# one end alone, said which: "2024年四季度开工", "2025年底竣工"
_ONE_END = re.compile(rf"({_STARTS})$|({_ENDS})$")


def parse_schedule_span(value: object, year: int | None = None) -> tuple[ScheduleCell, ScheduleCell]:
    """A start and a completion written in one cell, as a 开竣工时间 column has
    them: "2024.03-2025.12", "2023年四季度—2024年三季度", "2024年6月至12月" (the
    completion may leave out the start's year), "2024年3月开工，2025年底建成".
    A nature word ("续建") alone is the project's nature; a single date is one
    end when its word says which ("2024年四季度开工", "2025年底竣工") and is
    refused otherwise, since it cannot say which end it is."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return ScheduleCell(""), ScheduleCell("")
    text = str(value).strip()
    s = normalise_text(text)
    if nature_word_in(s) is not None:
        return parse_schedule_cell(text), ScheduleCell("")
    stacked = _stacked(text, year)
    if stacked is not None:
        return stacked
    two = _QUARTERS_OF_A_YEAR.fullmatch(s)
    if two and (two.group(1) or year):  # "二至三季度": of the table's year
        y, a, b = int(two.group(1) or year), _ZH_DIGIT[two.group(2)], _ZH_DIGIT[two.group(3)]
        if b < a:
            raise QuarterParseError(text, "完工早于开工")
        return tuple(ScheduleCell(Quarter(y, q).label_zh, Quarter(y, q)) for q in (a, b))
    since = _SINCE.search(s)
    if since and since.start() > 0:  # "2024年3月至今", "2024年3月起": begun, the end not said
        left = s[:since.start()]
        try:
            start = parse_schedule_cell(left, year)
        except QuarterParseError:
            start = None
        if start is not None:
            if start.quarter and re.fullmatch(r"\d{4}年?度?", left):
                start = ScheduleCell(start.text, Quarter(start.quarter.year, 1))  # "2023年起": from its beginning
            return start, ScheduleCell("")
    # (a span is a few words long: a whole paragraph in the cell was cut at each of its thousands of dashes and each
    # half read, in time as the square of its length)
    cuts = [(m.start(), m.end()) for m in _SPAN_SEPARATOR.finditer(s)] if len(s) <= _LONGEST_SPAN else []
    cuts += [(i, i + 1) for i, ch in enumerate(s) if ch == "-"] if len(s) <= _LONGEST_SPAN else []
    if ("年" in s or "." in s) and len(s) <= _LONGEST_SPAN:
        # "2024年3月/2025年12月", "2024.3/2025.12"; in a date written with "/" ("2024/3") it is the date's own
        cuts += [(i, i + 1) for i, ch in enumerate(s) if ch == "/"]
    for a, b in cuts:
        left, right = s[:a], s[b:]
        if not left or not right:
            continue
        if re.fullmatch(r"\d{1,2}", right) and re.fullmatch(r"\d{4}[./]\d{1,2}", left):
            right += "月"  # "2024.3-12": March to December of that year (alone, "2024.03-12" is a day)
        elif re.fullmatch(r"\d{1,2}", left) and re.fullmatch(r"\d{1,2}月.*", right):
            left += "月"  # "6-9月", "6至9月底": June to September of the table's year (as "2024年6-9月" is)
        try:
            start = parse_schedule_cell(left, year)
            begun = start.quarter.year if start.quarter else start.year or year
            end = parse_schedule_cell(right, begun)
        except QuarterParseError:
            continue
        if start.quarter and re.fullmatch(r"\d{4}年?度?", left):
            # "2024-2026": a span from a year runs from its beginning (alone, a year is its end, a deadline)
            start = ScheduleCell(start.text, Quarter(start.quarter.year, 1))
        if start.quarter and end.quarter and end.quarter < start.quarter:
            raise QuarterParseError(text, "完工早于开工")
        if re.fullmatch(r"\d{4}年\d{1,2}", left) and right.endswith("月"):
            start = ScheduleCell(f"{left}月", start.quarter, start.date)  # "2024年3-6月": the start is March
        elif start.quarter and re.fullmatch(r"\d{1,2}月", left):
            start = ScheduleCell(f"{start.quarter.year}年{left}", start.quarter, start.date)  # "6-9月": 2024年6月
        if end.quarter and start.quarter and not re.match(r"\d{4}", right):  # "2024年3-6月": the end is 2024年6月
            end = ScheduleCell(f"{end.quarter.year}年{right.removeprefix('年')}", end.quarter, end.date, end.nature)
        return start, end
    one = _ONE_END.search(s)
    if one:
        try:
            cell = parse_schedule_cell(text, year)  # the word is a deadline's: "…开工" reads as its quarter
        except QuarterParseError:
            cell = None
        if cell is not None:
            return (cell, ScheduleCell("")) if one.group(1) else (ScheduleCell(""), cell)
    raise QuarterParseError(text, "应为起止时间，如 2024.03-2025.12、2024年一季度至2025年四季度")


_LONGEST_SPAN = 100
# "开工：2024年3月" on a line of its own: the label says which end
_END_LABEL = re.compile(rf"^(?:计划|预计)?(?:({_STARTS})|({_ENDS}))(?:时间|日期|年月)?[:：]")


def _stacked(text: str, year: int | None) -> tuple[ScheduleCell, ScheduleCell] | None:
    """Two dates one above the other in a cell (Alt+Enter) or apart by spaces:
    "2024年3月⏎2025年12月", "开工：2024年3月⏎竣工：2025年12月"; None when the cell is not that."""
    parts = text.split()  # a line break, spaces or full-width spaces between them
    if len(parts) != 2 or not all(re.search(r"\d{4}", normalise_text(p)) for p in parts):
        return None  # each its own date with its year: "2024年 3月" is one date with a stray space
    labels = [_END_LABEL.match(normalise_text(p)) for p in parts]
    cells = []
    for part, label in zip(parts, labels):
        try:
            cells.append(parse_schedule_cell(part[label.end():] if label else part, year))
        except QuarterParseError:
            return None
    if labels[0] and labels[0].group(2) and labels[1] and labels[1].group(1):
        cells.reverse()  # "竣工：…⏎开工：…"
    start, end = cells
    if start.quarter and end.quarter and end.quarter < start.quarter:
        raise QuarterParseError(text, "完工早于开工")
    return start, end


def _match(s: str, text: str) -> ScheduleCell | None:
    """``s`` (normalised) read by the first notation that fits, or None."""
    for pattern, kind in _PATTERNS:
        m = pattern.match(s)
        if not m:
            continue
        try:
            return _build(kind, m, text.strip())
        except ValueError as exc:
            if isinstance(exc, QuarterParseError):
                raise
            # the date's own complaint in the planner's words ("2024-13-01" said "month must be in 1..12")
            said = str(exc)
            raise QuarterParseError(text, "这个月没有这一天" if "day" in said else
                                    "月份应为1-12" if "month" in said else "不是有效的日期") from None
    # A bare year ("2024", deadline: its end), an Excel serial or a date as eight digits, typed as text
    if re.fullmatch(r"\d{4}年?|\d{5,6}(\.\d+)?|(19|2\d)\d{6}", s):
        return _from_number(float(s.rstrip("年")), text)
    return None


_MONTH_NAMES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def _build(kind: str, m: re.Match[str], text: str) -> ScheduleCell:
    g = m.groups()
    if kind == "yq":
        return ScheduleCell(text, Quarter(int(g[0]), _ZH_DIGIT[g[1]]))
    if kind == "qy":
        return ScheduleCell(text, Quarter(int(g[1]), int(g[0])))
    if kind == "ymd":
        d = _dt.date(int(g[0]), int(g[1]), int(g[2]))
        return ScheduleCell(text, Quarter.from_date(d), d)
    if kind == "dmy":
        first, second, year = int(g[0]), int(g[1]), int(g[2])
        if first > 12 or second > 12:  # the one over 12 is the day
            d = _dt.date(year, second, first) if first > 12 else _dt.date(year, first, second)
            return ScheduleCell(text, Quarter.from_date(d), d)
        if Quarter.from_month(year, first) != Quarter.from_month(year, second):
            raise QuarterParseError(text, "看不出是月/日还是日/月：请写成 2024-03-15 或 2024年3月")
        return ScheduleCell(text, Quarter.from_month(year, first))  # 3/2/2024: March or February, the first quarter
    if kind == "month_name":
        year = int(g[1]) if len(g[1]) == 4 else 2000 + int(g[1])
        return ScheduleCell(text, Quarter.from_month(year, _MONTH_NAMES.index(g[0][:3].lower()) + 1))
    if kind == "ym":
        year, month = int(g[0]), int(g[1])
        return ScheduleCell(text, Quarter.from_month(year, month))
    if kind == "months":
        first, last = Quarter.from_month(int(g[0]), int(g[1])), Quarter.from_month(int(g[0]), int(g[2]))
        if first != last or int(g[1]) > int(g[2]):
            raise QuarterParseError(text, "月份跨两个季度，请写明一个月份或季度")
        return ScheduleCell(text, first)
    if kind == "half":
        return ScheduleCell(text, Quarter(int(g[0]), 2 if g[1] == "上" else 4))
    if kind in ("h", "hy"):
        year, half = (g[0], g[1]) if kind == "h" else (g[1], g[0])
        return ScheduleCell(text, Quarter(int(year), 2 * int(half)))

    if kind == "end":
        return ScheduleCell(text, Quarter(int(g[0]), 4))
    if kind == "begin":
        return ScheduleCell(text, Quarter(int(g[0]), 1))
    if kind == "middle":
        return ScheduleCell(text, Quarter(int(g[0]), 2))
    if kind == "year_only":  # "2023年已开工": the year, and what has happened says the nature (续建)
        # kept as read, not as typed: the words are what the light and the timeline read the year from, at the
        # start ("计划2024年开工", "自2025年起", "２０２５年开工" named no year to them, and the start was never due)
        return ScheduleCell(m.string, None, nature=NATURE_WORDS.get(g[1] + g[2]) if g[1] else None, year=int(g[0]))
    raise AssertionError(kind)  # pragma: no cover


# the time a step or a target begins with: "3月开工", "二季度完成主体", "2025年6月竣工", "年底前新引进首店40家",
# "10-12月完成装修" (due by the range's end)
_M = r"(?:\d{1,2}|十[一二]?|[一二三四五六七八九])"
_LEADING_TIME = re.compile(rf"^(?:\d{{4}}(?:年(?=[\d一二三四五六七八九十第上下全Qq])|(?=年[底末内中])))?"
                           rf"(?:(?:{_M}[-—–~～至到])?{_M}月份?(?:\d{{1,2}}日|底|末|初|中旬|上旬|下旬|中)?"
                           r"|第?[一二三四1-4]季度(?:末|底|初)?|[Qq][1-4]|上半年|年中|下半年|年底|年末|年内|全年)(?:前|内|之前)?"
                           r"|^\d{4}[./](?:1[0-2]|0?[1-9])(?:[./]\d{1,2})?(?![\d.])(?:前|之前)?")
_RANGE_START = re.compile(rf"{_M}[-—–~～至到](?={_M}月)")


def leading_time(text: str, year: int | None) -> tuple[Quarter | None, str]:
    """The quarter of the time ``text`` begins with and the words after it ("3月开工" → 一季度, "开工");
    (None, ``text``) when it begins with no time, or with nothing after it."""
    t = normalise_text(text)
    m = _LEADING_TIME.match(t)
    rest = t[m.end():].strip(" :：，,") if m else ""
    if not rest:
        return None, text
    try:
        q = parse_schedule_cell(_RANGE_START.sub("", m.group()), year).quarter
    except QuarterParseError:
        return None, text
    return (q, rest) if q is not None else (None, text)


# a second time or figure in the words after a date: "3月完成招标，6月开工" (which is the start?) is not one date
_ANOTHER_TIME = re.compile(r"\d|[一二三四]季度|[一二三四五六七八九十]月|年[底末初中内]|半年")


def dated_with_words(text: object, year: int | None) -> tuple[Quarter, str] | None:
    """"2025年3月完成招标", "2025年6月具备通水条件": a date, then words that are no way of saying a start or a
    completion; the date's quarter and the words, for a cell no other reading took. None where no date opens the
    text, or the words name a second time."""
    if type(text) is not str:
        return None
    q, rest = leading_time(text, year)
    return (q, rest) if q is not None and not _ANOTHER_TIME.search(rest) else None


_STEPS_APART = re.compile(r"[、，,；;]")
_STEP_STARTS = re.compile(r"(?:开工|动工|开建|开工建设|进场施工|启动建设)$")
_YEAR_OPENING = re.compile(r"((?:19|20)\d{2})年")
_YEARLESS_TIME = re.compile(r"(?:\d{1,2}月|[一二三四]季度|年底|年末|上半年|下半年|年中)")


def start_among_steps(text: object, year: int | None) -> tuple[Quarter, str] | None:
    """"2025年3月完成招标、6月开工" as a planned start: the one step naming the start, dated in the year the cell
    gave before it ("2025年6月开工"), and the step as read. None where no step, or more than one, names it."""
    if type(text) is not str:
        return None
    steps = [p.strip() for p in _STEPS_APART.split(normalise_text(text)) if p.strip()]
    if len(steps) < 2:
        return None
    found, said = None, None
    for step in steps:
        m = _YEAR_OPENING.match(step)
        if m:
            said = m.group(1)
        elif said is not None and _YEARLESS_TIME.match(step):
            step = f"{said}{step}" if step.startswith("年") else f"{said}年{step}"
        if _STEP_STARTS.search(step):
            if found is not None:
                return None  # two steps say a start: which is meant is not guessed
            found = step
    if found is None:
        return None
    try:
        q = parse_schedule_cell(found, year).quarter
    except QuarterParseError:
        return None
    return (q, found) if q is not None else None


_YEAR_WORD = re.compile(r"(\d{4})\s*年")
# natures that say where a project stands when the plan gives it no date
_STAGES = ("前期", "储备", "谋划", "续建", "在建")


_BARE_YEAR = re.compile(r"((?:19|20)\d{2})(?:\.0+)?年?")


def end_of_span(value: object, year: int | None, end: str) -> Quarter | None:
    """A span written where one end of a project is asked for ("2024年3-6月", "2024年二、三季度" as its start): the
    span's first quarter for ``end`` "start", its last for "completion" — the same whether the span says when the
    start falls or is the whole span typed in the wrong column; "2024年3月起" is a start with no end. None where
    ``value`` gives no such end."""
    try:
        first, last = parse_schedule_span(value, year)
    except QuarterParseError:
        return None
    return first.quarter if end == "start" else last.quarter


def span_start_year(value: object, year: int | None = None) -> int | None:
    """The year a span begins with where it names no more of it ("2024-2026", "2023年起"): as a planned start it is
    that year, its quarter not said, as a bare year in a start column is (see :func:`bare_year`). None otherwise."""
    try:
        first, _ = parse_schedule_span(value, year)
    except QuarterParseError:
        return None
    return bare_year(first.text) if first.quarter else None


def bare_year(value: object) -> int | None:
    """The year a cell holds alone ("2024", "2024年", "２０２４年", the number 2024 or 2024.0), else None. In a
    planned start it is the year the project starts in, as "2024年开工" is; alone in a completion it is a deadline,
    that year's fourth quarter (:func:`parse_schedule_cell`'s reading)."""
    if type(value) not in (int, float, str):
        return None
    m = _BARE_YEAR.fullmatch(normalise_text(str(value)).strip())
    return int(m.group(1)) if m else None


# a date not known yet, in words kept with the project ("待定", "视资金情况", "待规划批复后确定")
_UNDECIDED = re.compile(r"^(?:(?:计划)?(?:开工|竣工|完工|建成|投用)?(?:时间|日期))?"  # "开工时间待定"
                        r"(待定|未定|暂定|待明确|未明确|待确定|另定|未开工|尚未开工|未完工|视.*|根据.*|待.*后确定)$")
# work with no end date: a river bank's upkeep, a platform run year after year, a project built in phases each
# with its own dates ("长期", "持续推进", "分期实施", "滚动实施", "常态化")
_NO_END = re.compile(r"^(长期|持续|常态化|滚动|分期|分批|分年度|逐年|跨年度?)(推进|实施|建设|开展|运营|运行|管护)?$")


def undated(text: str) -> bool:
    """Whether a planned start or completion (normalised) says in words that it has no date: one not known yet
    ("待定") or none at all ("长期"). The words are the plan's, kept with the project; no quarter."""
    return bool(_UNDECIDED.match(text) or _NO_END.match(text))


def without_end(text: str | None) -> bool:
    """Whether a planned completion's words say the work has no end ("长期", "持续推进"): under way from its start
    through every quarter after it, as a planner shades such a row by hand; "待定" is an end not known yet."""
    return bool(text) and bool(_NO_END.match(normalise_text(text).strip()))


# a time that names a year and nothing within it: "2024年", "年内", "2024年内完工", "全年", "本年度" (not "年底")
_WHOLE_YEAR = re.compile(r"(?:(?:19|20)\d{2}(?:\.0+)?年?|[当本今]年)?(?:年?内|全年|年?度内|度)?"
                         r"(?:开工|动工|开建|启动|竣工|完工|建成|投用|完成)?(?:建设)?")


def within_the_year(text: object) -> bool:
    """Whether a planned date gives only its year ("2024年", "年内开工", "2024年内"): due by the year's end when
    nothing finer is given, but a quarter the plan names elsewhere for the same step says more."""
    if type(text) not in (int, float, str):
        return False
    s = normalise_text(str(text)).strip()
    return bool(re.search(r"\d{4}|内|全年|[当本今]年", s)) and _WHOLE_YEAR.fullmatch(s) is not None


def start_year_words(value: object, quarter: Quarter | None) -> str | None:
    """A planned start naming its year and nothing within it ("2024年度", "年内", "2024年内开工"), which reads as
    ``quarter`` (the year's fourth, as a deadline would): the words a start keeps instead, its year and no quarter,
    as "2024年开工" is (read as the fourth quarter, it was drawn from there and counted among that quarter's starts);
    words naming no year get the quarter's. None for any other start."""
    if quarter is None or not within_the_year(value):
        return None
    said = normalise_text(str(value)).strip()
    return said if re.match(r"\d{4}", said) else f"{quarter.year}年"


def which_end(words: str, event: str) -> str:
    """A planned end's words with the event they are of, where they are a year alone: "2024年" → "2024年开工"
    (``event`` 开工 or 完工) — written where a chart shows them, not in their own column."""
    return f"{words}{event}" if bare_year(words) is not None and words.strip().endswith("年") else words


def schedule_words(start_text: str | None, completion_text: str | None, nature: str | None,
                   plan_year: int) -> tuple[str, int, bool] | None:
    """What a schedule without a quarter says, for a chart to write in its place:
    the plan's own words ("2024年完工"), else the project's stage ("前期"), with
    the year they belong to and whether the words name that year themselves.
    None when there is nothing to say."""
    words = [which_end(w, event) for w, event in ((start_text, "开工"), (completion_text, "完工")) if w]
    if not words and nature and any(stage in nature for stage in _STAGES):
        words = [nature]
    if not words:
        return None
    years = [int(m.group(1)) for w in words for m in [_YEAR_WORD.search(w)] if m and 1900 <= int(m.group(1)) <= 2999]
    return "；".join(words), (years[0] if years else plan_year), bool(years)


# a running total's period as monitoring tables head it, by the month it runs to from January
PERIOD_END = {"一季度": 3, "第一季度": 3, "上半年": 6, "前三季度": 9, "全年": 12}
_MONTHS_TO = re.compile(r"1\s*[-—–~～至到]\s*(\d{1,2})\s*月")


def period_months(label: str | None) -> int | None:
    """How many months from January a period covers: "一季度" 3, "上半年" 6, "1-9月" 9, "全年" 12; None
    for anything else (a figure of one quarter alone is no running total)."""
    if not label:
        return None
    label = normalise_text(label).strip()
    if label in PERIOD_END:
        return PERIOD_END[label]
    m = _MONTHS_TO.fullmatch(label)
    return int(m.group(1)) if m and 1 <= int(m.group(1)) <= 12 else None

