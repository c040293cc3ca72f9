"""The rows of an indicator table (附件1, 附件2) as records: name and unit, target, what was
reached, growth, binding or expected."""
from __future__ import annotations

import re
from typing import Any

from ..domain.target import DECLINE_WORDS, GROWTH_WORDS, PERCENTS, RATE_UNITS, Target, TargetParseError, plain_number
from ..domain.verdicts import verdict_of, verdict_word
from .cells import (
    ITEM_NUMBER, LOGICAL_WORDS, NO_DATE, clean, figure_or_none, norm, noted, text_of, unit_and_remark, units_cell,
)
from .layout import NAME_MARK
from .quarter_headings import period_word
from .table import Row, figure_in_status, read_figure, read_target, status_words

# "调整为“服务业增加值增长”" in a remark, with the mark that may end it
_REPLACED = re.compile(r"调整为[“\"『「]?([^”\"』」；;]+)")
_REPLACED_CLAUSE = re.compile(r"调整为[“\"『「]?[^”\"』」；;]+[”\"』」]?")


# a status of not met with its reason after it, in brackets or after a comma
_NOT_MET_BECAUSE = re.compile(r"\s*(未完成|未达到|未实现|未达标|没有完成|未完成目标)\s*(?:[（(]([^()（）]+)[)）]|[，,：:；;]([^()（）]+))\s*")



def _marked(marks: dict[str, bool], mark: re.Match | None) -> bool | None:
    """Binding as a note tells it: the marked indicators are what it says, the others the opposite."""
    said = next((marks[c] for c in norm(mark.group()) if c in marks), None) if mark else None
    if said is not None:
        return said
    return (not next(iter(marks.values()))) if len(set(marks.values())) == 1 else None


_ATTRIBUTES = "约束|预期|指导"  # 指导性 is expected (预期性), not binding
_BINDING_NOTE = re.compile(rf"({_ATTRIBUTES})性(指标)?")


def _binding(row: Row) -> bool | None:
    v = norm(row.raw("binding"))
    if not v:
        return None
    if "约束" in v:
        return True
    if "预期" in v or "指导" in v:  # 指导性: a guide, not a commitment — expected, as 预期性
        return False
    row.problem("binding", v, "属性应为“约束性”或“预期性”", "warning")
    return None


# an indicator's unit naming an amount and its growth, the cells holding both: "亿元/%", "亿元、%", "万元（%）"
_UNITS_OF_BOTH = re.compile(r"([^/／、,，;；%()]+?)\s*(?:[/／、,，;；]\s*(?:增长|增速|增幅)?\s*%|\(\s*%\s*\))")
# a cell of both: "1786/6", "1750、8", "1786/6左右", "≥1700/-2.1"
_AMOUNT_AND_GROWTH = re.compile(r"([^/／、,，;；]*?\d[^/／、,，;；]*?)\s*[/／、,，;；]\s*(?:增长|增速)?\s*([-+]?\d+(?:\.\d+)?)\s*%?"
                                r"\s*(左右|以上|以内|以下)?")


def _amount_and_growth(v: Any) -> tuple[str, float, str] | None:
    """"1786/6" under a unit of 亿元/% as (the amount's words, the growth, a word after the growth), else None."""
    m = _AMOUNT_AND_GROWTH.fullmatch(norm(v)) if type(v) is str else None
    return (m.group(1).strip(), float(m.group(2)), m.group(3) or "") if m else None


def _growth_words(growth: float) -> str:
    return f"{'增长' if growth >= 0 else '下降'}{plain_number(abs(growth))}%"


def _with_growth(value: float | None, text: str | None, growth: float) -> str:
    """A figure's words with its growth after them: "220.5、增长4.8%"; the growth alone without one."""
    return _with_words(value, text, _growth_words(growth))


def _with_words(value: float | None, text: str | None, words: str) -> str:
    """A figure's words with its growth column's after them ("220.5、增长4.8%"); with no figure ("—"
    for the amount) the growth's words alone ("下降2%", "完成市下达任务")."""
    if text and norm(text) in NO_DATE:
        text = None
    return f"{text or plain_number(value)}、{words}" if value is not None or text else words


def _the_targets_growth(row: Row) -> bool:
    """In a targets table, the year's growth column (an earlier year's is last year's) with nothing
    reached beside it is the target's; elsewhere a growth is what was reached."""
    return row.layout.kind == "indicator_targets" and not row.has("actual")


# "（约束性）" after a name, or between it and its unit: "PM2.5年均浓度（约束性）（微克/立方米）"
_BINDING_IN_NAME = re.compile(rf"\s*[(（\[【]\s*({_ATTRIBUTES})性?(?:指标)?\s*[)）\]】]\s*(?=$|[(（][^()（）]+[)）]\s*$)")
# a footnote's mark after a name: "城镇新增就业¹", "地区生产总值①", "一般公共预算收入（注1）", "城镇调查失业率[1]",
# "研发经费投入强度注2" — read as half-width it became part of the name ("城镇新增就业1"), a second indicator
_FOOTNOTE = re.compile(r"\s*([¹²³⁴⁵⁶⁷⁸⁹⁰]+|[\u2460-\u2473]|[(（\[【]\s*注\s*[0-9一二三四五六七八九十]*\s*[)）\]】]"
                       r"|[\[［【]\s*\d{1,2}\s*[\]］】]|(?<=[\u4e00-\u9fff)）])注\s*\d{1,2})\s*$")


# the attribute written after the target in its cell: "6左右（预期性）", "≤5.5 约束性"
# (set apart by brackets or a space: "完成市下达的约束性指标" is a target in words)
_BINDING_AFTER_TARGET = re.compile(rf"(?:\s*[(（\[【]\s*|\s+)({_ATTRIBUTES})性(?:指标)?\s*[)）\]】]?\s*$")


# a heading over the binding indicators, then the expected ones: "一、约束性指标", "预期类指标"
_BINDING_HEADING = re.compile(rf"({_ATTRIBUTES})(?:性|类)(?:指标)?")


# a name saying it is a rate: in a table "单位：亿元、%", its unit is the %
_RATE_NAME = re.compile(r"(?:增速|增长|增幅|增长率|率|比重|占比|比例|降低|下降)$")


# a unit after the name by a space or a slash, as a table typed in haste gives it: only units no name ends in
_NAMED_UNITS = "%|‰|[万亿]?元|万?人次?|万?户|个|家|项|天|万?吨|公里|万?平方米|公顷|亩|微克/立方米|毫克/立方米"
_UNIT_AFTER = re.compile(rf"\s*[/／]\s*({_NAMED_UNITS})$|\s+({_NAMED_UNITS})$")


def _unit_of_table(row: Row, name: str) -> str | None:
    """The unit "单位：%" (or "单位：亿元、%") above the table gives an indicator with none of its own:
    the one unit, or of a rate's and an amount's (in that order, see the layout), the rate's for a
    name saying a rate (增速, 比重 …) and the other for the rest."""
    units = row.layout.table_units
    return units[0] if len(units) == 1 or _RATE_NAME.search(name) else units[1]


def read_indicator(row: Row, category: str | None) -> dict[str, Any] | None:
    given = row.raw("name")
    detail = row.raw("name_detail") if row.has("name_detail") else None
    if detail not in (None, "") and clean(detail) != clean(given):
        given = detail  # "基本社会保障" | "城乡基本养老保险参保率": the indicator, not its group
    if type(given) is bool or given in LOGICAL_WORDS:  # a TRUE/FALSE cell, or its words in a CSV: a column out of
        # place, no name (it stood as "True")
        said = given if type(given) is str else "TRUE" if given else "FALSE"
        row.problem("name", said, "指标名称是逻辑值，不是名称（可能是列错位）：该行未导入", "warning")
        return None
    raw_name = clean(_FOOTNOTE.sub("", given) if type(given) is str else given)
    if not raw_name:
        if any(norm(v) for v in row.cells) and "name" not in row.error_fields:
            row.problem("name", "", "缺少指标名称", "warning")
        return None
    mark = NAME_MARK.search(raw_name)
    if mark:  # "空气质量优良天数★": the mark is not part of the name; a note says what it means
        raw_name = (raw_name[:mark.start()] + raw_name[mark.end():]).strip()
    in_name = _BINDING_IN_NAME.search(raw_name)
    if in_name:  # "单位地区生产总值能耗降低（约束性）": the indicator's kind, said after its name
        raw_name = (raw_name[:in_name.start()] + raw_name[in_name.end():]).strip()
    name, unit, remark = unit_and_remark(raw_name)
    if unit is None and (after := _UNIT_AFTER.search(name)) and after.start() > 0:
        name, unit = name[:after.start()], after.group(1) or after.group(2)  # "城镇化率 %", "一般公共预算收入/亿元"
    name = re.sub(r"^其中[:：]\s*", "", ITEM_NUMBER.sub("", name) or name)  # "1.", "（3）": the list's numbering
    if row.has("unit") and clean(row.raw("unit")):
        unit = clean(row.raw("unit"))
    elif unit is None and row.layout.table_units:
        unit = _unit_of_table(row, name)
    both = _UNITS_OF_BOTH.fullmatch(norm(unit)) if unit else None
    if both:  # "亿元/%" over "1786/6": the amount and its growth in each cell
        unit = both.group(1)
    target = None
    tv = row.raw("target")
    if both and (split := _amount_and_growth(tv)) is not None:
        tv = f"{split[0]}（{_growth_words(split[1])}{split[2]}）"  # as a 增长 column beside it says it
    in_target = _BINDING_AFTER_TARGET.search(tv) if type(tv) is str else None
    if in_target and in_target.start() > 0:  # "6左右（预期性）", "≤5.5 预期性": the attribute, not the unit
        tv = tv[:in_target.start()]
    hoped = row.raw("target_aspired") if row.has("target_aspired") else None
    if tv not in (None, "") and norm(tv) not in NO_DATE and hoped not in (None, "") and norm(hoped) not in NO_DATE:
        # "6 | 6.5" under 预期目标 | 力争目标: the target as the plan writes it, the floor scored
        tv = f"{text_of(tv)}，{'' if norm(hoped).startswith(('力争', '争取')) else '力争'}{text_of(hoped)}"
    if tv not in (None, "") and norm(tv) not in NO_DATE:  # "—": no target for the year, the row stays
        target = read_target(row, "target", tv)
        if target is None:
            return None
        if target.unit is None and unit and target.value is not None:
            target = Target(target.op, target.value, unit, target.text, target.subject)
    if unit is None:  # no 单位 column, nothing in brackets: "空气质量优良天数 | 300天" is counted in days
        unit = _unit_of_target(name, target)
    actual, actual_text = read_figure(row, "actual", unit)
    reached = _amount_and_growth(row.raw("actual")) if both else None
    if reached is not None:  # "1685/5.2": the amount, its growth beside it as a 增长 column gives it
        actual, actual_text = figure_or_none(reached[0]), None
    # a monitoring table: the latest period reported, said as such; beside a 全年预计 left "—", the months' figure
    if not row.has("actual") or actual is None and (not actual_text or norm(actual_text) in NO_DATE):
        for month in range(12, 0, -1):
            fld = f"period_m{month:02d}"
            if row.has(fld) and row.raw(fld) not in (None, ""):
                actual, text = read_figure(row, fld, unit)
                if actual is None and not text:
                    continue  # a cell of spaces: nothing reported that month
                if month < 12:  # before the year's end the figure is to date: "前三季度:7.8" (as NFKC leaves it)
                    said = row.layout.title_period or period_word(row.layout.columns[fld].header)
                    text = f"{said}:{text or plain_number(actual)}"
                actual_text = text
                break
    if actual is not None and actual < 0 and actual_text is None and unit and norm(unit) not in RATE_UNITS \
            and target is not None and norm(target.unit or "") in PERCENTS:
        # "一般公共预算收入 | 亿元 | 增长3% | -2.1": no amount falls below nothing; it is the growth the target asks about
        actual, actual_text = None, _growth_words(actual)
        row.problem("actual", row.raw("actual"), f"完成值是负数，指标以{unit}计、目标是增速：按增速读入（{actual_text}）",
                    "info")
    # 2024年目标 1730 | 增长（%） 6左右: in a targets table the year's growth is the target's, in its words
    targets_growth = row.has("growth") and _the_targets_growth(row)
    growth, growth_words = _growth(row) if row.has("growth") and not targets_growth else (None, None)
    if reached is not None and growth is None and not growth_words:
        growth = reached[1]
    previous, previous_text = read_figure(row, "previous_actual", unit)
    if both and (before := _amount_and_growth(row.raw("previous_actual"))) is not None:
        previous = figure_or_none(before[0])  # "1685/5.2" for last year: its amount, with its growth in words
        previous_text = _with_growth(previous, None, before[1])
    earlier, earlier_words = _growth(row, "previous_growth") if row.has("previous_growth") else (None, None)
    if previous_text and norm(previous_text) in NO_DATE:
        previous_text = None  # "—": nothing last year
    if earlier is not None and previous is None and not previous_text and norm(unit) in ("%", ""):
        previous, previous_text = earlier, _growth_words(earlier)  # a rate's growth alone, as for the year's
    elif earlier is not None:  # 2023年预计完成 1631.3 | 2023年增长 5.2: last year's figure, with its growth
        previous_text = _with_growth(previous, previous_text, earlier)
    elif earlier_words:  # "完成市下达任务" where last year's growth goes: what last year reached, in words
        previous_text = _with_words(previous, previous_text, earlier_words)
    said = _target_growth(row, "target_growth") if row.has("target_growth") else None
    if said is None and targets_growth:
        said = _target_growth(row, "growth")
    if said is not None:
        if target is None:  # the growth is the target: "增长6%左右", or words ("与经济增长同步")
            target = Target.parse(said)
        elif target.unit not in ("%", "个百分点"):
            target = Target(target.op, target.value, target.unit, f"{target.text}（{said}）", target.subject)
    if growth is not None:  # kept with the amount it is the growth of: "220.5、增长4.8%"
        if actual is None and not actual_text and norm(unit) in ("%", ""):
            actual, actual_text = growth, _growth_words(growth)  # a rate indicator reports its growth alone
        else:  # (taken alone it was said twice: "4.2、增长4.2%")
            actual_text = _with_growth(actual, actual_text, growth)
    elif growth_words:  # "完成市下达任务" where the growth goes: what was reached, in words
        actual_text = _with_words(actual, actual_text, growth_words)
    status = status_words(row)
    if actual is None and actual_text is None and status:
        actual, actual_text, status = figure_in_status(row, unit)
    if status is None and actual is None and actual_text and verdict_of(actual_text) in ("met", "not_met"):
        status = actual_text  # 完成 | 未完成 in the 完成 column of a target in words: the verdict, not pending
    elif status is None and actual is not None and actual_text:
        status = verdict_word(actual_text)  # "296（未完成）" in the 完成 column: the figure and the table's verdict
    notes = clean(row.raw("notes"))
    if remark:  # "（亿元，现价）": what the figure is, with the notes
        notes = noted(notes, remark)
    reason = clean(row.raw("reason"))
    if reason is None and notes and status and status != "完成" and not row.has("reason"):
        reason, notes = notes, None  # in 附件1 the 备注 column explains what was not met
    if reason is None and status and (why := _NOT_MET_BECAUSE.fullmatch(status)):
        # "未完成（受减税降费影响）": the verdict, and why, which the 原因说明 column keeps (it was all the status)
        status, reason = why.group(1), (why.group(2) or why.group(3)).strip()
    was = clean(row.raw("target_before")) if row.has("target_before") else None
    if was and target is not None and norm(was) != norm(target.text):  # "年初目标 | 调整后目标": the first kept
        notes = noted(notes, f"{norm(row.layout.columns['target_before'].header)}：{was}")
    said_in_reason, said_in_notes = _REPLACED.search(reason or ""), _REPLACED.search(notes or "")
    replaced = said_in_reason or said_in_notes
    if said_in_notes and (not said_in_reason or said_in_notes.group(1).strip() == said_in_reason.group(1).strip()):
        # the adjustment is kept as the indicator judged instead; the rest as said (the same adjustment in both
        # columns, as this program's 附件1 writes it when the reason says it, is said once)
        notes = _REPLACED_CLAUSE.sub("", notes).strip(" ;；,，。") or None
    binding = _binding(row)
    if binding is None and row.layout.binding_marks:  # no 属性 column, or its cell left empty: the note's mark
        binding = _marked(row.layout.binding_marks, mark)
    if binding is None and in_name:
        binding = in_name.group(1) == "约束"
    if binding is None and in_target and in_target.start() > 0:
        binding = in_target.group(1) == "约束"
    if binding is None and notes and _BINDING_NOTE.fullmatch(norm(notes)):
        binding, notes = norm(notes).startswith("约束"), None  # "约束性" alone in 备注: the attribute, put there
    attribute = _BINDING_HEADING.fullmatch(norm(category)) if category else None
    if attribute:  # under "一、约束性指标": the attribute of the rows below, not their category
        category = None
        if binding is None:
            binding = attribute.group(1) == "约束"
    record = {
        "name": name, "unit": unit, "category": clean(row.raw("category")) or category,
        "binding": binding,
        "target": target.as_dict() if target else None,
        "actual": actual, "actual_text": actual_text, "actual_growth": growth, "previous_actual": previous,
        "previous_actual_text": previous_text, "status": status,
        "reason": reason, "notes": notes, "replaced_by": replaced.group(1).strip() if replaced else None,
        "responsible_unit": units_cell(row.raw("responsible_unit")),
        "partner_units": units_cell(row.raw("partner_units")),
    }
    return _paired(record, unit) or record


_PAIR = re.compile(r"\s*[/／]\s*")


def _paired(record: dict[str, Any], unit: str | None) -> list[dict[str, Any]] | None:
    """"城镇登记失业率/城镇调查失业率" with "<4/<5.5": two indicators on one row, a target (and a
    figure reached) each — it was one indicator with the second target."""
    names = _PAIR.split(record["name"])
    target = record["target"]
    if len(names) != 2 or not all(len(n) >= 2 for n in names) or not target or not target["text"]:
        return None
    texts = _PAIR.split(target["text"])
    if len(texts) != 2:
        return None
    try:
        targets = [Target.parse(t) for t in texts]
    except TargetParseError:
        return None
    if any(t.value is None for t in targets):
        return None
    actuals: list[Any] = [record["actual"], record["actual"]]
    if record["actual_text"] and len(_PAIR.split(record["actual_text"])) == 2:
        actuals = [figure_or_none(a) for a in _PAIR.split(record["actual_text"])]
    return [record | {"name": n, "actual": a, "actual_text": None if a is not None else record["actual_text"],
                      "target": Target(t.op, t.value, t.unit or unit, t.text, t.subject).as_dict()}
            for n, t, a in zip(names, targets, actuals)]


def _growth(row: Row, fld: str = "growth") -> tuple[float | None, str | None]:
    """A 同比增长 cell: 4.8, "4.8%", "增长4.8%", "-2.1", "下降2.1%"; or words with no figure, which
    say what was reached another way ("完成市下达任务", "与经济增长同步"), kept as written."""
    v = row.raw(fld)
    if v in (None, ""):
        return None, None
    if type(v) in (int, float):
        return float(v), None
    text = norm(v)
    m = re.search(r"-?\d+(?:\.\d+)?", text)
    if not m:
        return None, (None if text in NO_DATE else clean(v))
    value = float(m.group())
    return (-abs(value) if re.search(DECLINE_WORDS, text) else value), None


_NUMBER = re.compile(r"\d+(?:\.\d+)?(?![\d.%])")
_GROWTH_SAID = re.compile(rf"^(增长|提高|{DECLINE_WORDS})")


def _target_growth(row: Row, fld: str) -> str | None:
    """A target's growth column ("2024年预期目标" over "增长（%）") in a target's words: 6 → "增长6%",
    "6左右" → "增长6%左右", "-2" → "下降2%" (the op the cell says is kept; a bare number read as
    growth lost it); words with no figure ("与经济增长同步", "较快增长") as written."""
    v = row.raw(fld)
    if v in (None, ""):
        return None
    if type(v) in (int, float):
        return _growth_words(float(v))
    text = norm(v)
    if not re.search(r"\d", text):
        return None if text in NO_DATE else clean(v)
    text = _NUMBER.sub(lambda m: m.group() + "%", text)
    if _GROWTH_SAID.match(text):
        return text
    return f"下降{text[1:]}" if text.startswith("-") else f"增长{text}"


# a row naming only a growth: "增速", "比上年增长" under the amount it is the growth of
_AMOUNT_ALONE = re.compile(r"总量|总额|绝对值|绝对额|规模|总值|金额|数额|完成额|完成值")
_GROWTH_ALONE = re.compile(r"(比上年|较上年|比去年|同比)?(增长率?|增速|增幅|增长速度|增长幅度|增减)|同比|比上年")


def growth_below(row: Row, got: dict[str, Any] | list[dict[str, Any]], category: str | None,
                 above: tuple[str | None, str] | None) -> tuple[str | None, str] | None:
    """"地区生产总值 | 亿元 | 1730" then "　增速 | % | 6": the row below an amount naming only a growth is
    that amount's growth ("地区生产总值增速", as the plan names it) — read alone, it was an indicator
    named "增速", and the next one a duplicate of it. Gives what the next row sees above it."""
    if isinstance(got, list):
        return None
    name = got["name"]
    if category and _AMOUNT_ALONE.fullmatch(name):
        # "一、地区生产总值" over "总量 | 亿元 | 1730" and "增速 | % | 6": the heading names the indicator, the rows
        # its amount and growth (the next heading's 总量 and 增速 were duplicates of these, refused)
        got["name"], got["category"] = category, None  # (the heading names the indicator, no group of them)
        row.problem("name", name, f"“{name}”是“{category}”的{name}，按“{category}”导入", "info")
        return (category, category)
    if not _GROWTH_ALONE.fullmatch(name):
        return (category, name)
    if above is not None and above[0] == category:
        whole = f"{above[1]}增速"
        row.problem("name", name, f"“{name}”是上一行“{above[1]}”的增速，按“{whole}”导入", "info")
        got["name"] = whole
        if above[1] == category:
            got["category"] = None
    # (a growth alone under a heading with no amount above it stays as written: "二、民生保障" over "增长" names a
    # group, not the indicator)
    return None


_CHANGE = re.compile(f"{GROWTH_WORDS}|{DECLINE_WORDS}")


def _unit_of_target(name: str, target: Target | None) -> str | None:
    """The indicator's unit as its target is written, where the table gives none: "300天", "突破650亿元". Not a
    change's ("增长5%" is the growth of an amount in 亿元), nor a percentage but for a rate's name ("5%" beside
    固定资产投资 is its growth; beside 城镇调查失业率, its level)."""
    if target is None or target.unit is None or target.value is None or _CHANGE.search(target.text):
        return None
    if target.unit == "%":
        return "%" if _RATE_NAME.search(name) or name.endswith("指数") else None
    return None if target.unit == "个百分点" else target.unit

