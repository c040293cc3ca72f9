"""Targets as plans write them: "6%左右", "突破650亿元", "完成市下达任务".

A target is parsed into an operator, a value and a unit, and the original
wording is always kept: it is what the plan says, the parsed form is only our
reading of it. Some targets cannot be scored (relative, delegated, a class);
they are kept as text with ``op == "text"``.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from enum import Enum

from .plain_text import normalise_text, without_controls
from .schedule_words import period_months

__all__ = ["Target", "TargetParseError", "Score", "score", "parse_number", "plain_number", "split_targets",
           "paired_targets"]


OPS = ("about", "at_least", "at_most", "above", "below", "exact", "text")
# How a table names the operator (our exports write these; imports read them back)
OP_WORDS = {"about": "左右", "at_least": "不低于", "at_most": "不高于", "above": "高于", "below": "低于",
            "exact": "达到", "text": "文字"}  # exact is scored as a level to reach
OP_FROM_WORD = {w: op for op, w in OP_WORDS.items()} | {"约": "about", "以上": "at_least", "≥": "at_least",
                                                          "以内": "at_most", "≤": "at_most", "超过": "above",
                                                          "突破": "above", "=": "exact", "等于": "exact",
                                                          "": "exact"}


class Score(str, Enum):
    MET = "met"
    NOT_MET = "not_met"
    UNSCORABLE = "unscorable"

    @property
    def label_zh(self) -> str:
        return {"met": "完成", "not_met": "未完成", "unscorable": "无法评价"}[self.value]


class TargetParseError(ValueError):
    def __init__(self, text: object, reason: str = "") -> None:
        self.text = text
        msg = f"无法识别的目标值：“{text}”"
        if reason:
            msg += f"（{reason}）"
        msg += "；应为如 6%左右、8%以上、5.5%以内、突破650亿元、300天"
        super().__init__(msg)


# a minus sign right after a digit is a range ("1-3个"), not a negative number
# (nor after a percent sign: "5%-6%")
# ".5" too, as typed in haste for 0.5 (it was "不是数字" in a file and a fault in the project window)
_NUM = r"((?<![\d.%])-?(?:\d+(?:,\d{3})*(?:\.\d+)?|\.\d+))"
_WHEN = "年|月|日|号|季度"  # after a number: a date or a period, not an amount
# a number inside a Latin name is part of the name, not an amount: 5G基站, 国家4A级景区, 3D打印, PM2.5, G20 — save
# the units of measure written in Latin letters ("装机100MW", "道路12km")
_LATIN_UNITS = "km|kg|kWh|kW|MWh|MW|GWh|GW|m2|m3|mm|cm|m|t|ha|TB|GB|Mbps|Gbps"
_IN_A_NAME = re.compile(rf"(?<=[A-Za-z])|(?=[A-Za-z])(?!(?:{_LATIN_UNITS})(?![A-Za-z]))")
_DATE_WORD = re.compile(rf"\s*(?:[-~～—–至到]\s*\d{{1,4}}\s*)?(?:{_WHEN})")
_RANGE = re.compile(r"(\d+(?:\.\d+)?)\s*%?\s*[-~～—–至到]\s*(\d+(?:\.\d+)?)")
# Qualifier words before the number, longest first so 不低于 wins over 低于.
_BEFORE = [
    ("大于或等于", "at_least"), ("大于等于", "at_least"), ("小于或等于", "at_most"), ("小于等于", "at_most"),
    ("达到或超过", "at_least"), ("达到或高于", "at_least"), ("等于或高于", "at_least"), ("等于或低于", "at_most"),
    ("不低于", "at_least"), ("不少于", "at_least"), ("不小于", "at_least"), ("至少", "at_least"),
    ("不高于", "at_most"), ("不超过", "at_most"), ("不大于", "at_most"), ("不多于", "at_most"),
    # brought down or up to a figure: a ceiling ("企业开办时间压缩至1个工作日": half a day is better, not short) or a
    # floor ("网办率提高至98%"); the longer words first ("下降至" before "降至")
    # ("降幅收窄至5%以内": a fall narrowed to at most 5 %, flipped as a fall below; it read as a growth of at most 5)
    *((f"{w}{to}", "at_most") for w in ("压缩", "压减", "缩短", "缩减", "压降", "下降", "降低", "减少", "收窄", "缩小",
                                         "降", "减", "缩") for to in "至到"),
    *((f"{w}{to}", "at_least") for w in ("提高", "提升", "增加", "扩大", "增") for to in "至到"),
    ("控制在", None), ("保持在", None), ("稳定在", "about"), ("达到", "at_least"), ("达", "at_least"),
    ("迈上", "at_least"), ("站上", "at_least"), ("突破", "above"), ("超过", "above"), ("赶超", None), ("超", "above"), ("高于", "above"), ("大于", "above"), ("多于", "above"),
    ("低于", "below"), ("少于", "below"), ("小于", "below"),
    ("≥", "at_least"), (">=", "at_least"), ("≤", "at_most"), ("<=", "at_most"),
    (">", "above"), ("<", "below"), ("约", "about"),
]
_AFTER = [
    ("左右", "about"), ("上下", "about"), ("以上", "at_least"), ("及以上", "at_least"), ("以内", "at_most"),
    ("以下", "at_most"), ("之内", "at_most"), ("内", "at_most"),
]
# Units we know; anything else between the number and the qualifier is taken
# as the unit too (plans invent units: 场, 栋, 万人次 …).
_QUALIFIER_WORDS = tuple(w for w, _ in _AFTER)
_QUALIFIERS_LONGEST_FIRST = sorted(_QUALIFIER_WORDS, key=len, reverse=True)  # "及以上" before "以上"
# every word that qualifies a figure, before or after it ("不低于", "突破", "以上", "左右")
QUALIFIER_WORDS = tuple(sorted({w for w, _ in _BEFORE} | set(_QUALIFIER_WORDS), key=len, reverse=True))
_KNOWN_UNITS = sorted(
    ["万平方米", "平方米", "万人次", "人次", "个工作日", "亿元", "万元", "万人", "公里", "公顷", "万户", "个百分点", "%", "‰",
     "个", "家", "场", "名", "所", "栋", "次", "项", "条", "张", "天", "人", "元", "户", "亩", "吨", "座", "处",
     "套", "辆", "间", "位", "批", "类", "年"], key=len, reverse=True)
# the words before a change: up or down ("增长5%", "下降3%")
GROWTH_WORDS = "增长|增速|增幅|提高|提升|上涨|上升"
DECLINE_WORDS = "负增长|下降|降低|减少|压减|缩短|压缩|缩减|压降|降幅|跌幅"  # (负增长 before 增长: "负增长控制在2%以内")
GROWTH_ENDING = re.compile(f"({GROWTH_WORDS})$")
DECLINE_ENDING = re.compile(f"({DECLINE_WORDS})$")


# no figure has 32 digits: a run of them (an ID, a mangled cell) is words, and the figure patterns take time as
# the square of its length
ENDLESS_DIGITS = re.compile(r"[0-9０-９]{32}")
_LONGEST_READ = 5000
_EXPONENT = re.compile(r"^[-+]?\d+(\.\d+)?[eE][-+]?\d{1,3}$")


def parse_number(text: object) -> float | None:
    """A number as typed in a Chinese table: "1,234.5", "５.２%", "12亿元" → float.

    Returns None for blank; raises ValueError when there is no number.
    """
    if text is None:
        return None
    if isinstance(text, bool):
        raise ValueError(f"不是数字：“{text}”")
    if isinstance(text, (int, float)):
        if not math.isfinite(text):  # a cell of 1e400 or NaN (a file no spreadsheet program wrote): no figure
            raise ValueError(f"不是数字：“{text}”")
        return float(text)
    s = normalise_text(str(text))
    if s in ("", "-", "—", "/", "—", "无"):
        return None
    if _EXPONENT.match(s):  # "1.5E+3", as Excel shows a long number: it read as 1.5
        value = float(s)
        if not math.isfinite(value):
            raise ValueError(f"不是数字：“{text}”")
        return value
    m = re.search(_NUM, s)
    if not m:
        raise ValueError(f"不是数字：“{text}”")
    return float(m.group(1).replace(",", ""))


@dataclass(frozen=True, slots=True)
class Target:
    """A parsed target. ``subject`` is the prose before the figure, if any
    ("举办各类交流论坛及互动活动" in "举办各类交流论坛及互动活动20场以上")."""

    op: str
    value: float | None
    unit: str | None
    text: str
    subject: str | None = None

    @property
    def scorable(self) -> bool:
        return self.op != "text" and self.value is not None

    def as_dict(self) -> dict:
        return {"op": self.op, "value": self.value, "unit": self.unit, "text": self.text}

    @classmethod
    def text_only(cls, text: str) -> "Target":
        return cls("text", None, None, text)

    @classmethod
    def parse(cls, text: object) -> "Target":
        """Read a target as written. Prose targets keep their subject.

        Relative ("与经济增长同步"), delegated ("完成市下达任务") and class
        ("Ⅱ类") targets come back as ``op == "text"``; blank raises.
        """
        if text is None or (isinstance(text, str) and not text.strip()):
            raise TargetParseError(text, "空白")
        if isinstance(text, bool):
            raise TargetParseError(text)
        if isinstance(text, (int, float)):
            if not math.isfinite(text):
                raise TargetParseError(text)
            return cls("exact", float(text), None, _fmt(text))
        original = without_controls(str(text)).strip()
        if len(original) > _LONGEST_READ or ENDLESS_DIGITS.search(original):
            # no figure has 32 digits, and no target is five thousand characters: a pasted run of digits (an ID, a
            # mangled cell) or a whole page in one cell is words; the figure patterns below take time as the square
            # of such a run (20,000 digits: 15 s a cell; "2024年" 4,000 times: 3.6 s)
            return cls.text_only(original)
        s = _core(normalise_text(original))
        if _EXPONENT.match(s):  # "1.5E+3" (a long number as Excel shows it) was a target of 3
            try:
                return cls("exact", parse_number(s), None, original)
            except ValueError:  # 1e400: no number there is
                raise TargetParseError(text) from None
        # A class (Ⅱ类 / II类 / 二类) names a category, not an amount.
        if re.search(r"(^|[^\d])([IVX]+|[一二三四五])类", s) and not re.search(r"\d", s):
            return cls.text_only(original)
        # a number that is a date ("6月底前完成一期", "2024年") is when, not how much
        matches = [m for m in re.finditer(_NUM, s) if not _DATE_WORD.match(s, m.end())
                   and not _IN_A_NAME.match(s, m.end()) and not _IN_A_NAME.match(s, m.start())]
        if not matches and _POSITIVE_GROWTH.fullmatch(s):
            return cls("above", 0.0, "%", original)  # "实现正增长": any growth above nothing, judged by the figure
        if not matches and "两位数" in s and (two := _DOUBLE_DIGITS.fullmatch(s)):
            # "工业投资保持两位数增长": a growth of 10 % or more (it was words, judged by no figure)
            return cls("at_least", 10.0, "%", original, _clean_subject(two.group(1)) or None)
        if not matches:
            return cls.text_only(original)
        m = matches[-1]  # the figure is the last number: "2024年增长5%" → 5
        value = float(m.group(1).replace(",", ""))
        before, after = s[: m.start()], s[m.end():]
        rng = _RANGE.search(s)
        if rng and rng.end() == m.end():
            # "建立1-3个": a range; its lower end is what must be reached
            value = float(rng.group(1))
            before = s[: rng.start()]
            unit, _ = _unit_and_op_after(after)
            subject = _clean_subject(before)
            return cls("at_least", value, unit, original, _object_after(subject, after, unit) or subject or None)
        op, before = _op_before(before)
        unit, op_after = _unit_and_op_after(after)
        if unit and unit[0] in ".．0123456789":  # "1.2.3", "6.56.5": no figure and its unit, words
            return cls.text_only(original)
        if op_after:
            op = op_after if op in (None, "exact", "about") or op_after == "about" else op
        if op is None:
            op = "exact"
        if DECLINE_ENDING.search(before):
            value = -value
            before = DECLINE_ENDING.sub("", before)
            # "下降3%以上" means at least a 3 % fall: the change is at most −3; "下降3%以内", "下降不超过3%" a fall of
            # at most 3 %: the change is at least −3 (it was read as a fall of at least 3 %, −1 % judged short)
            op = {"at_least": "at_most", "above": "below", "exact": "at_most", "at_most": "at_least",
                  "below": "above"}.get(op, op)
        elif GROWTH_ENDING.search(before):
            before = GROWTH_ENDING.sub("", before)
        subject = _clean_subject(before)
        counted = _counted_after(before, after, unit) or _object_after(subject, after, unit)
        return cls(op, value, unit or None, original, counted or subject or None)

    # -- scoring --------------------------------------------------------
    def score(self, actual: float | None, *, about_tolerance: float = 0.1) -> Score:
        return score(self, actual, about_tolerance=about_tolerance)

    def __str__(self) -> str:
        return self.text


_POSITIVE_GROWTH = re.compile(r"(实现|保持|确保|力争)?(同比)?正增长")
_DOUBLE_DIGITS = re.compile(r"(.*?)(?:实现|保持|确保|力争|争取)*(?:同比|年均)?(?:增长|增速|增幅)?(?:达到|保持)?两位数"
                            r"(?:以上)?(?:的)?(?:增长|增速|增幅)?(?:以上)?")
# Where a cell of several targets is cut: "新认定高新技术企业90家、市级科技型企业260家"
_CLAUSE_CUT = re.compile(r"([，,；;、。])")
# A figure a target is measured in: not a year, a month, a name's number (5G, R5, 6号楼, 181项目)
_FIGURE = re.compile(rf"(?<![A-Za-z\d.])\d+(?:\.\d+)?(?![\d.]|\s*(?:{_WHEN}|期|批|项目|[A-Za-z]))")
# Words that open a clause and are no subject: "增长6%，力争7%" is one target
_ASPIRATION = re.compile(r"^(?:力争|争取|确保|努力|实现|达到|突破|超过|其中|约|或)*")


# "85%（优良天数300天以上）": the figure, then a remark with a figure of its own (one without, such as
# "（微克/立方米）", may be the unit and is left to the reading)
_REMARK = re.compile(r"^(.*\d.*?)[(（][^()（）]*\d[^()（）]*[)）]$")
# "6%以上，力争7%", "增长7%、力争8%", "确保6%力争7%": the floor, then what is hoped for
_ASPIRED = re.compile(r"(?:[,，;；、]|(?<=[\d%‰]))\s*(力争|争取|努力)")


# "翻一番（全省人均GDP≥10万元）": words that are the target, then a remark with a figure of its own;
# "增长（6%左右）" is no such case, its words wait for the figure in the brackets
# "完成市下达任务（下降3%）" is: the brackets hold the target itself, with no subject of their own
_WORDS_THEN_REMARK = re.compile(r"^([^\d()（）]+)[(（]([^()（）\d]*)(\d[^()（）]*)[)）]$")
_AWAITS_FIGURE = re.compile(r"(增长|增速|增幅|下降|降低|提高|提升|达到|达|控制在|不低于|不高于|不超过|以上|以下|以内|"
                            r"左右|约|为|[:：=≥≤<>＞＜])\s*$")
_BARE_FIGURE = re.compile(r"(?<=.)[(（]\s*([-+≥≤<>＞＜]?\s*[\d.,]+\s*(?:%|‰|[万亿]?元|个百分点|[万亿千百]?[^\W\d_]{1,3})?"
                          r"\s*(?:左右|以上|以下|以内)?)\s*[)）]")
_INCLUSIVE = re.compile(r"\s*[(（]\s*含(?:本数)?\s*[)）]")
_BRACKETED_QUALIFIER = re.compile(r"(?<=[^\s(（])\s*[(（]\s*(左右|以上|以下|以内|及以上|及以下)\s*[)）]")
_OP_WORDS_ONLY = re.compile(r"^(增长|增速|增幅|下降|降低|提高|提升|达到|达|控制在|不低于|不高于|不超过|约|为|力争|"
                            r"[\s:：=≥≤<>＞＜~～-])*$")


def _core(s: str) -> str:
    """The part of a written target that is the target: not the remark in brackets after
    the figure (or after words that are the target), not the higher figure aspired to after
    it (the text is kept whole)."""
    s = _BRACKETED_QUALIFIER.sub(r"\1", s)  # "6.5（左右）" is "6.5左右" (its unit was read as "(")
    s = _INCLUSIVE.sub("", s)  # "50个（含）以上": the figure counts, as 以上 already says
    m = _WORDS_THEN_REMARK.match(s)
    if m and m.group(1).strip() and not _AWAITS_FIGURE.search(m.group(1)) and not _OP_WORDS_ONLY.match(m.group(2)):
        return m.group(1).strip()
    # "不低于（95%）", "控制在（3%）以内": a bare figure in brackets is the figure the words wait for
    # (not where the words already give their figure: "加装电梯100部（2）" numbers the item, it is no figure of 2)
    s = _BARE_FIGURE.sub(lambda m: m.group(0) if _FIGURE.search(s, 0, m.start()) else m.group(1), s)
    m = _REMARK.match(s)
    if m and re.search(r"\d", m.group(1)):
        s = m.group(1).rstrip(",，;； ")
    m = _ASPIRED.search(s)
    if m and re.search(r"\d", s[:m.start()]):
        s = s[:m.start()]
    return s


def split_targets(text: str) -> list[str]:
    """The targets a cell holds, each with its own figure: "全年引进项目100个以上，到位资金200亿元"
    is two, "引进国际贸易、软件信息、专业服务机构100家以上" one (the list has one figure),
    "到2024年底，完成改造50万平方米" one (a year is no figure), "增长6%，力争7%" one (the second
    clause names nothing of its own). Each piece is the cell's own wording (for figures paired by 分别 see
    :func:`paired_targets`)."""
    parts = _CLAUSE_CUT.split(text.strip())
    pieces: list[str] = []
    pending = ""
    for i in range(0, len(parts), 2):
        clause, cut = parts[i], (parts[i + 1] if i + 1 < len(parts) else "")
        figure = _FIGURE.search(normalise_text(clause))
        if figure is None:
            pending += clause + cut
            continue
        subject = _ASPIRATION.sub("", normalise_text(clause)[:figure.start()])
        if pieces and not pending and not subject:
            pieces[-1] += clause + cut  # "…6%，力争7%": a second figure for the same thing
        else:
            pieces.append(pending + clause + cut)
        pending = ""
    if pending and pieces:
        pieces[-1] += pending
    pieces = [p.rstrip("，,；;、。 ") for p in pieces]
    return pieces if len(pieces) > 1 else [text.strip()]


# "A、B分别增长6%、3%", "A、B分别达到90%和95%以上": each subject with its figure, in turn
_PAIRED = re.compile(r"^(?P<subjects>[^,，;；。]+?)分别(?P<verb>[^\d,，;；。、]{0,4}?)"
                     r"(?P<figures>\d+(?:\.\d+)?[^\d,，;；。、和及与]{0,5}(?:(?:、|和|及|与)\d+(?:\.\d+)?[^\d,，;；。、和及与]{0,5})+)$")
_PAIR_CUT = re.compile(r"、|和|及|与")
_FIGURE_AND_UNIT = re.compile(r"(\d+(?:\.\d+)?)(.*)")
_PAIR_QUALIFIER = re.compile(f"(?:{'|'.join(_QUALIFIERS_LONGEST_FIRST)})$")


def paired_targets(text: str) -> list[Target] | None:
    """The targets of a cell pairing its figures with the subjects listed before them by 分别, in turn, each with the
    cell's wording ("力争批发业、零售业销售额分别增长15%和10%": 批发业销售额 15 %, 零售业销售额 10 %, as the bundled
    plan holds them); None for any other cell, and where the counts differ or no list is made with 、 ("城镇和农村
    居民…分别增长6%和7%" shares its noun)."""
    if "分别" not in text:
        return None
    m = _PAIRED.match(normalise_text(text))
    if not m:
        return None
    lead = _ASPIRATION.match(m.group("subjects")).group()  # "力争": the plan's resolve, of every subject
    subjects = [p for p in m.group("subjects")[len(lead):].split("、") if p]
    figures = [_FIGURE_AND_UNIT.match(p) for p in _PAIR_CUT.split(m.group("figures"))]
    if len(subjects) != len(figures) or len(subjects) < 2 or not all(figures):
        return None  # "A、B、C分别增长6%、3%": which is which is not said
    # the noun the list shares, written once after its last item: "批发业、零售业销售额" is 批发业销售额 and 零售业销售额
    shared = subjects[-1].rfind(subjects[0][-1], 0, len(subjects[-1]) - 1)
    noun = subjects[-1][shared + 1:] if shared >= 0 and all(s[-1] == subjects[0][-1] for s in subjects[:-1]) else ""
    last = figures[-1].group(2)  # the unit and qualifier said once after the last figure: "6、3%以上"
    qualifier = _PAIR_QUALIFIER.search(last)  # "90%和95%以上": 以上 of both
    out = []
    for k, (subject, f) in enumerate(zip(subjects, figures)):
        said = f.group(2) + qualifier.group() if f.group(2) and qualifier and not _PAIR_QUALIFIER.search(f.group(2)) \
            else f.group(2) or last
        one = Target.parse(f"{m.group('verb')}{f.group(1)}{said}")
        whole = subject if k == len(subjects) - 1 or not noun else subject + noun
        out.append(Target(one.op, one.value, one.unit, text.strip(), whole))
    return out


def plain_number(v: float) -> str:
    """A number as a planner writes it: 1234567 and 3.456789, never 1.23457e+06
    or 3.45679. Fifteen significant digits give back every value a table or an
    import holds (they are rounded to six decimals), and hide float noise
    (0.30000000000000004 shows as 0.3)."""
    if v == 0:
        return "0"  # and not "-0"
    s = f"{v:.15g}"
    if "e" in s:  # below 1e-4 or from 1e15: written out, as a table would
        from decimal import Decimal

        s = format(Decimal(s), "f")
    return s


_fmt = plain_number


def with_figure(text: str, old: float | None, new: float | None) -> str | None:
    """``text`` with its figure ``old`` written as ``new`` ("新增市场主体8000户" → "新增市场主体9000户"), so a
    target's words say the figure it is judged by; None where they cannot be put right without guessing: the words
    give another figure, or this one twice, or a sign the words carry ("下降3%") would turn over."""
    if old is None or new is None:
        return None
    was = Target.parse(text)
    if was.value != old or (new < 0) != (old < 0):
        return None
    found = [m for m in re.finditer(_NUM, text) if abs(float(m.group(1).replace(",", ""))) == abs(old)]
    if len(found) != 1:
        return None
    token, at = found[0].group(1), found[0].span(1)
    figure = plain_number(abs(new))
    if "," in token:  # "8,000户": written as it was, with its thousands apart
        whole, _, part = figure.partition(".")
        figure = f"{int(whole):,}" + (f".{part}" if part else "")
    said = text[: at[0]] + ("-" if token.startswith("-") else "") + figure + text[at[1]:]
    now = Target.parse(said)
    return said if (now.value, now.op, now.unit) == (new, was.op, was.unit) else None


# from here a figure is no planner's (a formula gone wrong, 1e300): said as "1e+300", not three hundred digits
WRITTEN_OUT = 1e15


def figure_text(v: float, digits: int = 15) -> str:
    """:func:`plain_number` for any figure a cell or a message may show: one past any planner's is written with an
    exponent, to ``digits`` significant digits, so it fits a line."""
    return plain_number(v) if abs(v) < WRITTEN_OUT else f"{v:.{digits}g}"


def _op_before(before: str) -> tuple[str | None, str]:
    for word, op in _BEFORE:
        if before.endswith(word):
            return op, before[: -len(word)]
    return None, before


def _unit_and_op_after(after: str) -> tuple[str | None, str | None]:
    """Split "%左右" → ("%", "about"); "亿元以上" → ("亿元", "at_least")."""
    for word, o in sorted(_AFTER, key=lambda x: -len(x[0])):
        i = after.find(word)
        if i >= 0:
            unit = after[:i]
            # "以内" after "控制在1.3%" etc.
            return unit or None, o
    # no qualifier: the unit is the leading run of non-punctuation, cut to a
    # known unit when prose follows it ("3个海外招商代理机构" → 个)
    m = re.match(r"[^,，、;；。()（）和及与]*", after)
    unit = m.group(0) if m else ""
    if unit[:1] in ("%", "‰"):  # "100%覆盖": the percent, then the word it measures
        return unit[0], None
    if len(unit) > 3:
        for u in _KNOWN_UNITS:
            if unit.startswith(u):
                return u, None
    return unit or None, None


_CLASSIFIERS = "个项家座处批条所栋幢"  # "个地块": a measure word and the thing counted


def _counted_after(before: str, after: str, unit: str | None) -> str | None:
    """The thing counted when it follows the figure: "共311项川渝通办事项" and
    "咨询等68项人才服务" count 事项 and 服务; the words before are a total's
    lead-in or examples, not the subject."""
    if not re.search(r"(共|累计|合计|总计|等)$", before.rstrip(",，、:：")):
        return None
    rest = after[len(unit):] if unit and after.startswith(unit) else None
    if not rest:
        return None
    if re.match(r"(?:和|及|与|以及|并)", rest):
        # "圆通寺等8个地块和洪崖洞、湖广会馆…": what follows is another list; the unit names what is counted
        return unit[1:] if len(unit) >= 3 and unit[0] in _CLASSIFIERS else None
    m = re.match(r"[^\d,，、;；。()（）]{2,}", rest)
    return m.group(0) if m and re.search(r"[\u4e00-\u9fff]{2}", m.group(0)) else None


def _object_after(subject: str, after: str, unit: str | None) -> str | None:
    """The object when only a verb leads in: "优化19.8公里岸线产业布局" is about
    岸线产业布局, not 优化; of examples ("龙湖时代天街、…等潮流消费载体") the
    kind named after 等 is the subject."""
    if len(subject) > 4 or not unit or not after.startswith(unit):
        return None
    rest = after[len(unit):]
    for word in _QUALIFIERS_LONGEST_FIRST:  # "以上" qualifies the figure
        if rest.startswith(word):
            rest = rest[len(word):]
            break
    m = re.match(r"[^\d,，;；。()（）]{2,}", rest)
    if not m:
        return None
    phrase = m.group(0).removeprefix("的")
    if "等" in phrase and len(phrase.rsplit("等", 1)[1]) >= 2:
        phrase = phrase.rsplit("等", 1)[1]
    phrase = phrase.split("、", 1)[0]
    if _FIGURE_OF_SPEECH.fullmatch(phrase):
        return None  # "突破1800亿元大关", "迈上1800亿元台阶": a mark the figure passes, not what it counts
    return phrase if re.search(r"[\u4e00-\u9fff]{2}", phrase) else None


_FIGURE_OF_SPEECH = re.compile(r"(?:的)?(?:大关|关口|台阶|新台阶|大台阶|水平|规模|级|量级)")


# what a growth is compared with ("同比增长7%", "比上年增长7%", "年均增长7%"): no part of what grows
_COMPARED = re.compile(r"(同比|环比|(?:比|较)(?:上年度?|去年|上一年|\d{4}年)|年均|年平均)$")


_CLAUSE_BEFORE = re.compile(r"[,，;；。]")
# where a change starts from ("营业收入由80亿元提升至100亿元", "由3.5%下降到3%"): no part of what changes
_FROM_FIGURE = re.compile(r"(?:由|从)[\d.,]+(?:%|‰|[^\W\d_]{0,4})$")


def _clean_subject(before: str) -> str:
    last = _CLAUSE_BEFORE.split(before)[-1]
    if re.search(r"[\u4e00-\u9fff]{2}", last):  # "推进重点项目建设，完成固定资产投资200亿元": what the last clause counts
        before = last
    s = _FROM_FIGURE.sub("", _COMPARED.sub("", before))
    # "起数均为0", "增长率保持在6%", "累计达到1000家": the verb before the figure, not what it counts
    s = re.sub(r"(?:力争|确保|实现|完成|新增|保持在?|稳定在|维持在|达到|控制在|增加|均|分别|年度|全年|为|累计)+$", "", s)
    s = re.sub(r"^(?:到|至|截至)?\d{4}年(?:底|末|内)?(?:前)?[,，]?", "", s)  # "到2024年底,": when, not what
    s = re.sub(r"^(?:到|至|截至)?\d{1,2}月(?:底|末|份)?(?:前|以前)?[,，]?", "", s)  # "6月底前": when too
    s = re.sub(r"^(力争|确保|争取)", "", s)
    s = re.sub(r"^(?:全年|年内|今年|本年度?)(?=[\u4e00-\u9fff]{2})", "", s)  # "全年新增城镇就业": when, not what
    s = re.sub(r"^\s*([(（]\d{1,3}[)）]|\d{1,3}[.．、](?!\d))\s*", "", s)  # "（1）", "2.": a list's numbering
    return s.strip(",，、:：")


PERCENTS = ("%", "‰")  # a rate's level
RATE_UNITS = (*PERCENTS, "个百分点")  # a rate, or a change of one


def reported_months(actual_text: str | None) -> int | None:
    """The months a reported figure runs to when its table said so — a monitoring table's "前三季度:7.8"
    or "1-9月:1240", as the import keeps it — else None (the figure is the year's)."""
    head, said, _ = normalise_text(actual_text or "").partition(":")
    months = period_months(head) if said else None
    return months if months is not None and months < 12 else None


def pace(target: Target, figure: float, unit: str | None, months: int, near_points: float = 0.0) -> str | None:
    """How a running total to the end of month ``months`` stands against the year's ``target``, as a
    mid-year review words it: "met" when the year's figure is reached already (提前完成); "on_pace"
    (达到时序进度) when an amount has reached its share of the year (months / 12: 1.2 of 4.6万人 after the
    first quarter) or a rate or growth its target; "near_pace" (基本达到时序进度) when an amount is at most
    ``near_points`` percentage points of the year's target short of its share; else "behind_pace"
    (未达时序进度). None when the target cannot be scored. A rate or growth has no middle word: its
    points are points of growth, not of the year's share, and reviews say it against the target."""
    if not target.scorable:
        return None
    rate = normalise_text(target.unit or unit or "") in RATE_UNITS or normalise_text(unit or "") in RATE_UNITS
    if rate:  # a growth to date, a rate to date: held against the year's as it is
        return "on_pace" if target.score(figure) is Score.MET else "behind_pace"
    if target.op in ("at_least", "exact", "above", "about") and target.score(figure) is Score.MET:
        return "met"
    share = replace(target, value=target.value * months / 12)
    if share.score(figure) is Score.MET:
        return "on_pace"
    if near_points > 0 and target.value and abs(figure - share.value) / abs(target.value) * 100 <= near_points + 1e-9:
        return "near_pace"
    return "behind_pace"


def pace_shares(target: Target, figure: float, unit: str | None, months: int) -> tuple[float, float] | None:
    """An amount's running total as a review words it against the time gone (时序进度): the share of the year's
    target done and the share of the year gone, in % — 1.0 of 4.6万人 after the first quarter is (21.7, 25.0),
    "完成全年目标的21.7%，低于时序进度3.3个百分点". None for a rate or growth (held against its target as it
    is) or a target with no amount to share."""
    if not target.scorable or target.op not in ("at_least", "exact", "above", "about") or not target.value:
        return None
    if normalise_text(target.unit or unit or "") in RATE_UNITS or normalise_text(unit or "") in RATE_UNITS:
        return None
    return figure / target.value * 100, months / 12 * 100


def score(target: Target, actual: float | None, *, about_tolerance: float = 0.1) -> Score:
    """Met / not met / cannot be scored.

    ``exact`` is scored as a level to reach (a planned figure is met when the
    actual is at least it), which is how completion tables judge plain figures.
    ``about`` is met within ``about_tolerance`` (relative) below the value, or above it for a fall ("降低3%左右").
    A count of nothing ("0起") is a ceiling.
    """
    if actual is None or not target.scorable:
        return Score.UNSCORABLE
    v = target.value
    assert v is not None
    op = target.op
    if op == "exact" and v == 0 and target.unit not in RATE_UNITS:
        ok = actual <= 0  # "重大安全事故0起": none may happen (as a level to reach every count met it)
    elif op in ("at_least", "exact"):
        ok = actual >= v
    elif op == "above":
        ok = actual > v
    elif op == "at_most":
        ok = actual <= v
    elif op == "below":
        ok = actual < v
    elif op == "about" and v < 0 and re.search(DECLINE_WORDS, target.text):
        ok = actual <= v + abs(v) * about_tolerance  # "降低3%左右": a fall of 2.7 % or more (−1 % is short, −4 % met)
    elif op == "about":
        ok = actual >= v - abs(v) * about_tolerance
    else:  # pragma: no cover
        return Score.UNSCORABLE
    return Score.MET if ok else Score.NOT_MET
