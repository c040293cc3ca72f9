"""One schedule cell read as a quarter: every notation seen in real tables (2024年一季度, 2024Q1, 2024.3, an Excel date,
"3月底前", "春节前", "明年二季度" …), keeping the text as written beside what it says."""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from functools import lru_cache

from .nature import NATURE_WORDS, nature_word_in
from .plain_text import normalise_text, without_controls
from .quarter import QUARTER_DIGITS, Quarter, QuarterParseError

__all__ = ["ScheduleCell", "parse_schedule_cell", "typed_number", "arabic_years", "DATE_REMARK"]


# Excel's serial day 0 (the 1900 leap-year bug is why it is the 30th, not the 31st).
_EXCEL_EPOCH = _dt.date(1899, 12, 30)


_ROMAN = ("I", "II", "III", "IV")
_ROMAN_QUARTER = re.compile(r"(?<![A-Za-z])(IV|III|II|I)(?=季度)")


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
        return ScheduleCell(text, Quarter(int(g[0]), QUARTER_DIGITS[g[1]]))
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
