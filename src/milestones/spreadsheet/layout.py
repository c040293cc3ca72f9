"""Finding the table in a sheet: its title, header rows, which column is what.

Real attachment tables are typed by people: an "附件1" row and a title above
the header; a header over one or two rows with merged cells ("2023年" over
"目标 | 完成"); stray spaces, full-width characters and line breaks in the
header; category rows between the data; notes below. Columns are matched by
meaning through the synonym lists below, per table kind.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from .read import Sheet, cell_text

__all__ = ["KINDS", "SYNONYMS", "Column", "Layout", "LayoutError", "detect_layout", "norm", "not_the_same_field",
           "split_unit", "is_quarter_field", "quarter_field", "CATEGORY_NUMBERING", "PERIODS", "NEEDED"]

KINDS = ("indicator_results", "indicator_targets", "key_projects", "measures")

# field → header words meaning it (normalised: no spaces, half-width). Matched
# exactly first, then by the longest word contained in the header.
_INDICATOR = {
    "seq": ["序号", "编号", "序"],
    "name": ["指标", "指标名称", "主要指标", "指标项目", "指标内容", "名称", "项目"],
    "unit": ["单位", "计量单位", "指标单位"],
    "category": ["类别", "分类", "指标类别", "领域", "类型", "指标分类"],
    "binding": ["属性", "指标属性", "指标性质", "性质", "指标类型", "约束性/预期性", "预期性/约束性", "约束性或预期性",
                "约束性", "预期性"],
    "target": ["目标", "目标值", "预期目标", "年度目标", "计划目标", "计划", "计划值", "预期", "预期值", "指标值",
               "预期目标值", "目标任务", "建议目标", "预期建议"],
    "actual": ["完成", "完成值", "预计完成", "实际", "实际完成", "预计值", "完成数", "实际值", "预计完成值",
               "执行", "预计", "完成数值", "总量", "绝对值", "绝对量", "绝对额", "实绩", "完成实绩", "实绩值"],
    "status": ["完成情况", "是否完成", "完成状态", "评价", "达标情况", "是否达标", "完成与否", "是否达到预期", "是否达到目标",
               "是否实现", "达到预期", "是否达到"],
    # the growth beside an amount: 完成 1631.3 (亿元) | 同比增长 5.2 (%)
    "growth": ["同比增长", "比上年增长", "增长率", "同比增速", "同比增幅", "增速", "增幅", "同比增减", "比上年增减",
               "同比", "增长", "较上年增减", "较上年增长", "比上年", "较上年",
               # an estimate's growth, beside 预计完成: a growth, not a second figure reached
               "预计增长", "预计增速", "预计增幅", "预计同比增长"],
    "reason": ["原因", "未完成原因", "原因说明", "情况说明", "说明", "完成情况说明"],
    "notes": ["备注", "指标解释", "指标说明", "解释"],
}
# The periods of an indicator monitoring table, each a total from January to a month's end
_PERIOD_END = {"一季度": 3, "第一季度": 3, "上半年": 6, "前三季度": 9, "全年": 12}
PERIODS = rf"{'|'.join(_PERIOD_END)}|1-(\d{{1,2}})月"
_PERIOD = re.compile(rf"({PERIODS})(?:累计|完成|完成值|实际|实际完成|累计完成)?")
_PART_OF_YEAR = re.compile(r"\d{1,2}-\d{1,2}月|[一二三四1-4]季度|上半年|下半年|前三季度|\d{1,2}月")
_MONTH_COLUMN = re.compile(r"(\d{1,2})月份?(?:计划|投资|计划投资|完成|完成投资|实际完成)?")
_MONTH_UNDER = re.compile(r"(?:分月|月度|逐月|各月)\D*?(?<![-\d])(\d{1,2})月份?$")  # "分月计划投资(万元)3月"
_QUARTER_WORD = r"第?([一二三四1-4])季度|Q([1-4])"  # "一季度", "第1季度", "Q1"
_BARE_QUARTER = re.compile(_QUARTER_WORD, re.I)
# A measures table's quarter columns, holding what each quarter is to bring
_MONTH_NODE = re.compile(r"(\d{1,2})月(?:底|末|份)?前?(?:进度安排|工作安排|节点|节点目标|目标|计划|安排|进度)?")
_QUARTER_NODE = re.compile(rf"(?:{_QUARTER_WORD})末?(?:进度安排|工作安排|节点|节点目标|目标|计划|安排|进度)?", re.I)
# Headers an indicator table has that contain a field's word and are not it:
# 责任单位 is no unit of measure, 与目标差距 no target.
_NOT_AN_INDICATOR_FIELD = ("责任单位", "牵头单位", "主责单位", "责任部门", "牵头部门", "数据来源", "差距", "差额",
                           "完成率", "完成比例", "进度", "排名", "位次",  # a rate, progress against the year or a rank
                           "年均")  # a plan period's average growth, not the year's
SYNONYMS: dict[str, dict[str, list[str]]] = {
    "indicator_results": _INDICATOR,
    "indicator_targets": _INDICATOR,
    "key_projects": {
        "seq": ["序号", "编号", "序"],
        "code": ["项目编码", "项目代码", "编码", "项目编号", "代码"],
        "name": ["项目名称", "项目", "名称", "重点项目", "项目名"],
        "zone": ["区域", "所属区域", "所在区域", "分区", "片区区域", "东中西部"],
        "area": ["板块", "所属板块", "功能区", "所属片区", "片区", "园区", "所在片区", "所属功能区"],
        "project_class": ["类别", "项目类别", "项目类型", "行业类别", "分类", "项目分类", "行业"],
        "nature": ["性质", "项目性质", "建设性质", "建设状态", "项目状态", "项目阶段", "建设阶段", "所处阶段"],
        "level": ["级别", "项目级别", "层级", "项目层级"],
        "content": ["建设内容", "建设内容及规模", "建设规模", "主要建设内容", "建设规模及内容"],
        "construction_years": ["建设起止年限", "建设年限", "起止年限", "建设周期"],
        "total_investment": ["总投资", "计划总投资", "项目总投资", "估算总投资", "投资", "投资额", "总投资额", "项目投资", "估算投资", "概算投资", "概算总投资"],
        "annual_investment": ["年度计划投资", "年度投资", "本年计划投资", "年计划投资", "计划投资", "年度投资计划",
                              "本年度计划投资", "年度计划", "本年计划", "年度计划投资额", "投资计划", "本年投资计划",
                              "计划完成投资", "年度计划完成投资", "本年计划完成投资", "计划完成投资额"],
        "start": ["开工时间", "计划开工", "计划开工时间", "开工", "开工季度", "开工日期", "预计开工"],
        "completion": ["完工时间", "竣工时间", "计划竣工", "计划完工", "完工", "竣工", "计划完工时间",
                       "计划竣工时间", "完工季度", "预计完工", "竣工日期", "建成时间", "计划建成时间", "预计建成时间",
                       "计划建成", "竣工投用时间", "建成投用时间"],
        # start and completion in one cell: "2024.03-2025.12"
        "span": ["开竣工时间", "计划开竣工时间", "开竣工", "开竣工日期", "起止时间", "建设起止时间", "计划起止时间",
                 "开工竣工时间", "开工及竣工时间", "计划开工竣工时间", "开完工时间", "计划开完工时间"],
        "actual_start": ["实际开工", "实际开工时间"],
        "actual_completion": ["实际完工", "实际竣工", "实际完工时间", "实际竣工时间"],
        "owner": ["业主单位", "建设单位", "业主", "项目业主", "实施主体", "项目单位", "项目法人", "法人单位", "项目业主单位",
                  "实施单位", "项目实施单位", "项目建设单位"],
        "responsible_unit": ["责任单位", "牵头单位", "主责单位", "责任部门", "牵头部门"],
        "leader": ["牵头领导", "责任领导", "联系领导", "分管领导", "包联领导", "牵头区领导", "联系区领导", "区级领导",
                   "责任区领导", "挂帅领导", "区级联系领导"],
        "notes": ["备注", "说明"],
    },
    "measures": {
        "seq": ["序号", "编号", "序"],
        "section": ["部分", "工作部分", "领域", "板块", "方面", "重点领域"],
        "measure": ["举措", "工作举措", "主要举措", "重点任务", "工作任务", "任务", "重点工作", "主要任务"],
        # "具体措施" beside "重点任务" is what is to be done, the row's target
        "target": ["目标", "量化目标", "目标任务", "具体目标", "工作目标", "量化指标", "预期目标", "具体措施", "工作措施",
                   "主要措施", "措施", "具体任务", "任务目标", "工作内容", "主要内容", "具体内容", "年度目标"],
        "responsible_unit": ["责任单位", "牵头单位", "主责单位", "责任部门", "牵头部门"],
        "quarter": ["完成时限", "时限", "时间节点", "完成时间", "季度", "完成季度", "时间"],
        "subject": ["指标对象", "对象", "目标对象", "指标内容"],
        "value": ["目标值", "数值", "目标数值"],
        # a quarterly or year-end review of the measures: what was reached
        "actual": ["完成值", "实际完成", "完成数", "实际值", "完成数值", "实际完成值", "完成数量",
                   # what the review says was done ("已引进项目85个"): its figure, and its words kept
                   "进展情况", "推进情况", "工作进展", "目前进展", "实施情况", "进展", "推进落实情况", "工作推进情况"],
        "status": ["完成情况", "是否完成", "完成状态", "评价", "达标情况"],
        "op": ["方式", "目标方式", "比较方式"],
        "unit": ["单位", "计量单位"],
        "notes": ["备注", "说明"],
    },
}
# Fields that say most about which kind a table is.
_SIGNATURE = {
    "indicator_results": {"status": 3, "actual": 2, "name": 1},
    "indicator_targets": {"target": 2, "binding": 2, "name": 1},
    "key_projects": {"total_investment": 3, "annual_investment": 3, "start": 2, "completion": 2, "owner": 2,
                     "content": 2, "zone": 1, "area": 1},
    "measures": {"measure": 8, "section": 1},  # a 举措 column is in no other kind of table
}
# who filled the form in, signed it, and when: lines above a table that are no title, and below it
# (with their colon: "审核中心建设" is a project) that end it
_FORM_WORDS = "填报|填表|报送|制表|审核|审批|单位负责人|负责人|联系人|联系电话|分管领导"
_FORM_LINE = re.compile(rf"^({_FORM_WORDS}|日期)")
_NOTE = re.compile(rf"^((注|备注|说明|资料来源|数据来源|填表|填报|附注)[:：]?|({_FORM_WORDS})人?[:：])")
# "一、经济发展", "2.创新驱动", "（一）续建项目"; a bare numeral is part of a name ("十八梯", "1号线")
CATEGORY_NUMBERING = re.compile(r"^(([一二三四五六七八九十]+|[0-9]+)[、.．:：\s]+|[(（][一二三四五六七八九十]+[)）][、.．:：\s]*)")
_ANNEX = re.compile(r"^附件\s*([0-9一二三四五六七八九十]+)")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年?")
_UNIT = re.compile(r"[(（]([^()（）]{1,12})[)）]$")
_UNITISH = re.compile(r"[%‰元人天个吨米亩户家次项万亿千百年时辆张床座所处套度件栋条名场批]|^(k?m2?|kg|t|kwh|mw|gw|m³|m3)$", re.I)


class LayoutError(ValueError):
    """No table could be found; the message says what was looked for."""


_WS = re.compile(r"\s+")


def norm(value: Any) -> str:
    """A header or key as compared: NFKC (full-width → half-width), no whitespace."""
    if value is None:
        return ""
    s = value if type(value) is str else cell_text(value)
    if not unicodedata.is_normalized("NFKC", s):
        s = unicodedata.normalize("NFKC", s)
    return _WS.sub("", s) if _WS.search(s) else s


def split_unit(text: str) -> tuple[str, str | None]:
    """"地区生产总值（%）" → ("地区生产总值", "%"); no brackets → (text, None)."""
    t = unicodedata.normalize("NFKC", str(text)).strip()
    m = _UNIT.search(t)
    if not m or not _UNITISH.search(m.group(1)):
        return t, None  # "实际使用外资(FDI)": the brackets are part of the name
    return t[: m.start()].strip(), m.group(1).strip()


@dataclass
class Column:
    field: str
    index: int
    header: str  # as written (joined over the header rows)
    year: int | None = None
    unit: str | None = None  # from brackets in the header ("总投资（万元）")
    scale: float = 1.0  # multiply values by this to get the stored unit


@dataclass
class Layout:
    kind: str
    year: int | None
    title: str | None
    annex: str | None
    header_rows: list[int]
    data_start: int
    columns: dict[str, Column] = field(default_factory=dict)
    extra_columns: list[Column] = field(default_factory=list)  # a second year's target/actual …
    notes: list[str] = field(default_factory=list)
    # "注：带★的为约束性指标": a mark after an indicator's name and what it says
    binding_marks: dict[str, bool] = field(default_factory=dict)
    # "项目数量", "项目个数": a column counting projects, which no list of projects or indicators has
    count_column: Column | None = None


def _merge_map(sheet: Sheet) -> dict[tuple[int, int], tuple[int, int, int, int]]:
    out = {}
    for r0, c0, r1, c1 in sheet.merged:
        if (r1 - r0 + 1) * (c1 - c0 + 1) > 5000:
            continue  # a whole-row merge carries nothing cell by cell
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                out[(r, c)] = (r0, c0, r1, c1)
    return out


def _filled(sheet: Sheet, merges, r: int, c: int) -> Any:
    """The cell's value, or the value of the merged range it belongs to."""
    m = merges.get((r, c))
    if m:
        return sheet.cell(m[0], m[1])
    return sheet.cell(r, c)


# Headers that contain a field's word but mean something we do not keep:
# "配合单位" is not the 单位 (unit) column, "联系电话" not a number.
_NOT_A_FIELD = ("配合单位", "协同单位", "协办单位", "配合部门", "参与单位", "协助单位", "责任人", "负责人", "联系人", "主管部门",
                "联系电话", "联系方式")


# A key project's quarter columns: "一季度计划投资", "2024年二季度完成投资（万元）",
# "三季度形象进度" (or "一季度" over "计划投资 | 完成投资" in a two-row header).
# A running total from January ("1-6月累计完成投资") is the quarter's ``to_date``.
_QUARTER_COLUMN = re.compile(r"(?:第?([一二三四1-4])季度|Q([1-4])|(\d{1,2})[-—–~～至到](\d{1,2})月(?:份)?)")
_MONTHS_OF = {(1, 3): 1, (4, 6): 2, (7, 9): 3, (10, 12): 4}  # "1-6月" is a running total, not a quarter
_RUNNING_TOTAL = re.compile(r"(上半年|前三季度|全年)")
_RUNNING_TO = {"上半年": 2, "前三季度": 3, "全年": 4}
_QUARTER_NUMBER = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


_MONTH_END = re.compile(r"(?:截至|截止|止|至|到)(\d{1,2})月(?:底|末|份)")


def quarter_field(base: str) -> str | None:
    """``q1_planned`` / ``q1_actual`` / ``q1_progress`` for a quarter column,
    ``q2_to_date`` for the actual investment from January to a quarter's end
    ("1-6月完成投资", "截至二季度累计完成投资"), else None."""
    running = _RUNNING_TOTAL.search(base)  # 上半年完成投资, 前三季度完成投资, 全年完成投资
    if running and "投资" in base and _done(base):
        return f"q{_RUNNING_TO[running.group(1)]}_to_date"
    month_end = _MONTH_END.search(base)  # "截至6月底累计完成投资", "止9月末完成投资"
    if month_end and "投资" in base and _done(base):
        month = int(month_end.group(1))
        return f"q{month // 3}_to_date" if month in (3, 6, 9, 12) else None
    m = _QUARTER_COLUMN.search(base)
    if not m:
        return None
    rest = base[:m.start()] + base[m.end():]
    actual = "投资" in rest and _done(rest)
    if m.group(3):
        first, last = int(m.group(3)), int(m.group(4))
        if first == 1 and last in (6, 9, 12) and actual:
            return f"q{last // 3}_to_date"
        n = _MONTHS_OF.get((first, last))
        if n is None:
            return None
    else:
        n = _QUARTER_NUMBER[m.group(1) or m.group(2)]
    if "累计" in base:  # to the quarter's end ("截至二季度", "二季度末"); since when, else, is not said
        return f"q{n}_to_date" if actual and ("截至" in base or "末" in base) else None
    if "投资" in rest:
        return f"q{n}_actual" if _done(rest) else f"q{n}_planned"
    if ("进度" in rest or "进展" in rest) and not ("目标" in rest or "计划" in rest):
        return f"q{n}_progress"  # what was done
    if "目标" in rest or "节点" in rest or "计划进度" in rest or "任务" in rest:
        return f"q{n}_goal"  # what the plan sets for the quarter ("一季度形象进度目标")
    return None


# a figure's bare heading under a quarter: what it is a figure of, the title says
_BARE_FIGURES = {"计划", "完成", "实际", "计划数", "完成数", "实际完成", "计划值", "完成值", "计划完成", "实际数"}


def _done(heading: str) -> bool:
    """A figure of what was done ("完成投资", "实际投资"), not of what is planned ("计划完成投资")."""
    return ("完成" in heading or "实际" in heading) and "计划完成" not in heading and "预计完成" not in heading


# a key project's goal for the whole year: due by its end, the fourth quarter's goal
_YEAR_GOAL = {"年度目标", "年度目标任务", "目标任务", "年度建设目标", "年度形象进度目标", "年度工作目标", "年度进度目标",
              "年度计划形象进度", "年底形象进度目标", "年度节点目标", "全年目标", "全年目标任务", "年度建设任务",
              # "2024年建设目标", "年底形象进度", "2024年底形象进度" (the year stripped: "底形象进度")
              "建设目标", "形象进度目标", "年度形象进度", "年底形象进度", "年末形象进度", "底形象进度", "末形象进度"}


# "截至2023年底累计完成投资", "截至上年底…", "以前年度累计完成投资", "累计完成投资（截至2023年底）":
# what was invested before the year; a month or quarter ("截至6月底", "二季度末") is within the year
_BEFORE_THE_YEAR = re.compile(r"((?:19|20)\d{2}年?|上年|去年|上一年|上年度)(底|末)|以前年度|往年")
_BEFORE_THE_YEAR_SUM = re.compile(r"累计(已|实际)?(完成)?(投资|完成投资)(额)?")


def _invested_before(text: str) -> bool:
    t = norm(text)
    return (_BEFORE_THE_YEAR.search(t) is not None and _BEFORE_THE_YEAR_SUM.search(t) is not None
            and "计划" not in t and "季度" not in t)


_ASKED_LEVEL = re.compile(r"是否(?:为|属于|列入)?(市级|区级|省级|国家级)重点(?:建设)?(?:项目)?")


_YEAR_CONTENT = re.compile(r"(年度|本年度|本年|全年)?(主要)?(建设|工作)(内容|任务)")


_QUARTER_FIELD = re.compile(r"q[1-4]_(planned|actual|progress|goal|to_date)")


def is_quarter_field(fld: str | None) -> bool:
    """A field :func:`quarter_field` gives ("q2_actual")."""
    return fld is not None and _QUARTER_FIELD.fullmatch(fld) is not None


_TITLE_QUARTER = re.compile(r"([一二三四1-4])季度|1[-—–~～至到](3|6|9|12)月|(上半年|前三季度)")


def _title_quarter(title: str | None) -> int | None:
    """The quarter a report's title names: "2024年二季度…", "1-6月…", "上半年…"."""
    m = _TITLE_QUARTER.search(norm(title))
    if not m:
        return None
    if m.group(1):
        return _QUARTER_NUMBER[m.group(1)]
    if m.group(2):
        return int(m.group(2)) // 3
    return _RUNNING_TO[m.group(3)]


def _this_quarter(text: str, n: int) -> str | None:
    """A report's columns that leave the quarter to its title: 本季度完成投资,
    本年累计完成投资, 形象进度."""
    base = norm(split_unit(_YEAR.sub("", text))[0])
    actual = "投资" in base and ("完成" in base or "实际" in base)
    if ("本季度" in base or "当季" in base) and "投资" in base:
        return f"q{n}_actual" if actual else f"q{n}_planned"
    if actual and ("本年累计" in base or "年度累计" in base or "今年以来" in base or "年初以来" in base):
        return f"q{n}_to_date"
    if base in ("形象进度", "本季度形象进度", "进展情况", "工作进展", "目前进展", "形象进度情况"):
        return f"q{n}_progress"
    return None


_PLAN_PERIOD = re.compile(r"十[一二三四五六]五|规划目标|规划期|五年规划|规划值")


def period_word(header: str) -> str:
    """The period a monitoring column reports, as the table words it: "2024年1-9月完成" → "1-9月"."""
    base = norm(split_unit(_YEAR.sub("", header))[0])
    m = _PERIOD.fullmatch(base)
    return m.group(1) if m else norm(header)


def _match(kind: str, text: str) -> str | None:
    """The field a header means, for one kind."""
    base = _YEAR.sub("", text)
    base, _unit = split_unit(base)
    base = norm(base)
    if not base or any(w in base for w in _NOT_A_FIELD):
        return None
    if kind.startswith("indicator") and any(w in base for w in _NOT_AN_INDICATOR_FIELD):
        return None
    if kind.startswith("indicator") and _PLAN_PERIOD.search(text):
        return None  # "“十四五”规划目标（2025年）": the five-year plan's end, not this year's target
    if kind.startswith("indicator"):
        m = _PERIOD.fullmatch(base)
        if m:  # a monitoring table: 一季度 | 上半年 | 前三季度 | 全年, each a total to that quarter
            month = _PERIOD_END.get(m.group(1)) or int(m.group(2))
            return f"period_m{month:02d}" if 1 <= month <= 12 else None
    if kind == "measures":
        m = _QUARTER_NODE.fullmatch(base)
        if m:  # "一季度" | "二季度" … over each target's steps: a quarterly schedule
            return f"node_q{_QUARTER_NUMBER[m.group(1) or m.group(2)]}"
        m = _MONTH_NODE.fullmatch(base)
        if m and 1 <= int(m.group(1)) <= 12:  # "3月" | "6月" … : a monthly schedule, due by its last step
            return f"node_m{int(m.group(1)):02d}"
    if kind == "key_projects" and re.search(r"率|比例|占比|比重|百分比|^占", base):
        return None  # "年度投资完成率" is a rate worked out from the amounts, not one of them
    if kind == "key_projects" and _invested_before(text):
        return "invested_before"
    if kind == "key_projects" and "累计" in base and "投资" in base and not _done(base) and quarter_field(base) is None:
        return None  # "截至2023年底累计计划投资": a running plan, not the year's; no field keeps it
    if kind == "key_projects":
        q = quarter_field(base)
        if q is not None:
            return q
        if base in _YEAR_GOAL:  # "2024年目标任务": the year's goal, due by its last quarter
            return "q4_goal"
        if _YEAR_CONTENT.fullmatch(base) and (_YEAR.search(text) or base[0] in "年本全"):
            # "2024年主要建设内容" beside "建设内容及规模": what the year is to build, its goal
            return "q4_goal"
        m = _BARE_QUARTER.fullmatch(base)
        if m:  # a column of the planner's own 横道图: a mark in each quarter of the span
            return f"mark_q{_QUARTER_NUMBER[m.group(1) or m.group(2)]}"
        m = _MONTH_COLUMN.fullmatch(base) or _MONTH_UNDER.search(base)
        if m and 1 <= int(m.group(1)) <= 12:  # "3月" under "分月投资计划": a month's figure, summed by quarter
            done = re.search(r"完成|实际", text)
            return f"month_{int(m.group(1)):02d}_{'actual' if done else 'planned'}"
        if _PART_OF_YEAR.search(base):
            return None  # "1-6月计划投资", "三季度计划开工": a part of the year we keep no field for
        stages = "/" in base and re.search(r"新开工|续建|在建|前期|储备", base)
        if (stages or "新开工" in base or "续建" in base) and not re.search(r"时间|日期|季度|年份|年月|时限|投资|个数|数量",
                                                                          base):
            return "nature"  # "新开工/续建", "储备/前期/在建", "是否新开工"; not "新开工时间"
        if _ASKED_LEVEL.fullmatch(base):
            return "level"  # "是否市级重点项目": 是 says the level
        if base.startswith("是否") or base.endswith("情况"):
            return None  # "是否开工", "开工情况": a yes or a remark, not a date
    if kind == "key_projects" and base in _WHOLE_ONLY and _YEAR.search(text):
        return "annual_investment"  # "2024年投资": the year's, not the project's whole
    syn = SYNONYMS[kind]
    for fld, words in syn.items():
        if base in words:
            return fld
    best, best_len = None, 0
    for fld, words in syn.items():
        for w in words:
            if len(w) >= 2 and w in base and len(w) > best_len and w not in _WHOLE_ONLY:
                best, best_len = fld, len(w)
    if best == "actual" and kind.startswith("indicator") and ("上年" in base or "去年" in base):
        return "previous_actual"  # "上年完成": the year before the table's
    if kind == "key_projects" and best is not None and not _money_field(best) and "投资" in base:
        return None  # "开工以来累计完成投资" is an amount, not the start
    if kind == "key_projects" and best in ("start", "completion") and "实际" in base:
        return f"actual_{best}"  # "实际竣工时间", "开工时间（实际）": what happened, not the plan
    if kind == "key_projects" and best == "name" and best_len == 2:
        return None  # "项目进度", "项目简介": a word about the project, not its name
    return best


# words that name a field only as the whole heading: "投资" is the total, "完成投资" is not
_WHOLE_ONLY = {"投资", "投资额", "项目投资"}


def _money_field(fld: str) -> bool:
    return (fld in ("total_investment", "annual_investment", "invested_before")
            or fld.endswith(("_planned", "_actual", "_to_date")))


def _row_texts(sheet: Sheet, merges, r: int, width: int) -> list[str]:
    return [norm(_filled(sheet, merges, r, c)) for c in range(width)]


def _header_score(texts: list[str]) -> int:
    """How many distinct cells of a row read as column names (a title merged
    across the table counts once)."""
    score = 0
    for t in set(texts):
        if not t or len(t) > 30 or re.fullmatch(r"[-\d.,%]+", t):
            continue
        if any(_match(k, t) for k in KINDS):
            score += 1
    return score


def detect_layout(sheet: Sheet, kind: str | None = None, year: int | None = None,
                  file_name: str | None = None) -> Layout:
    """Find title, header and columns of the table in ``sheet``. With no year in the
    title or the header, the sheet's name ("2024年") or else ``file_name``
    ("2024年重点项目库导出.xlsx") gives it, and a note says so."""
    if sheet.height == 0 or sheet.width == 0:
        raise LayoutError("工作表是空的")
    merges = _merge_map(sheet)
    width = sheet.width
    top = next((r for r, row in enumerate(sheet.rows) if any(v not in (None, "") for v in row)), 0)
    scan = min(sheet.height, top + 25)  # from the first row with anything in it: a second table on a sheet
    scores = [(_header_score(_row_texts(sheet, merges, r, width)), r) for r in range(top, scan)]
    best_score, h = max(scores, key=lambda x: (x[0], -x[1]))
    if best_score < 2:
        raise LayoutError("找不到表头（前 25 行中没有可识别的列名，如“序号、指标名称、目标、完成情况”或“项目名称、总投资、开工时间”）")
    header_rows = [h]
    # a header over two rows: merged cells spanning down or across, or a bare year above its columns
    below = h + 1
    if below < sheet.height:
        spans_down = any(r0 == h and r1 >= below for (r0, c0, r1, c1) in set(merges.values()))
        spans_across = any(r0 == r1 == h and c1 > c0 for (r0, c0, r1, c1) in set(merges.values()))
        year_only = any(re.fullmatch(r"(19|20)\d{2}年?(度)?", t or "") for t in _row_texts(sheet, merges, h, width))
        sub = _header_score([norm(sheet.cell(below, c)) for c in range(width)])
        if (spans_down or spans_across or year_only) and sub >= 1 and not _looks_like_data(sheet, below, width):
            header_rows.append(below)
    if h > 0 and not header_rows[1:] and any(r0 == h - 1 and r1 >= h for (r0, c0, r1, c1) in set(merges.values())):
        # the row picked is the lower of two (its cells filled from merges above): "二季度" over
        # "计划投资 | 完成投资", the other headings merged down over both rows
        header_rows.insert(0, h - 1)
    while len(header_rows) < 4 and header_rows[0] > 0 and any(
            r0 == header_rows[0] - 1 and r1 >= header_rows[-1] and c0 == c1 for (r0, c0, r1, c1) in set(merges.values())):
        # a third row above: "2024年分季度投资" over 一季度 over 计划 | 完成, with 序号 and 项目名称 merged
        # down over all of them (a title row has no column merged down through the header)
        header_rows.insert(0, header_rows[0] - 1)
    units_row = header_rows[-1] + 1
    if units_row < sheet.height and _is_units_row(_row_texts(sheet, merges, units_row, width)):
        header_rows.append(units_row)  # "（亿元）" under 总投资: the units, on a row of their own
    else:
        units_row = None
    if h > 0 and not header_rows[1:]:
        above = _row_texts(sheet, merges, h - 1, width)
        if sum(1 for t in above if re.fullmatch(r"(19|20)\d{2}年?(度)?", t)) >= 1 and \
                sum(1 for t in above if t) >= 2:
            header_rows.insert(0, h - 1)
    # "2023年" typed over the first of its columns without a merge (a CSV cannot
    # merge; people often do not): it heads the columns to its right, up to the
    # next heading, wherever the row below names a column
    carried: dict[tuple[int, int], str] = {}
    for upper, lower in zip(header_rows, header_rows[1:]):
        year_head = None
        for c in range(width):
            v = _filled(sheet, merges, upper, c)
            if v not in (None, ""):
                year_head = v if re.fullmatch(r"(19|20)\d{2}年?度?", norm(v)) else None
            elif year_head is not None and _filled(sheet, merges, lower, c) not in (None, ""):
                carried[(upper, c)] = year_head
            else:
                year_head = None
    headers: list[str] = []
    lowest: list[str] = []  # a heading under a group heading: "开工" under "建设周期"
    shown: list[str] = []  # as the planner reads it in a message: "建设周期／开工"
    for c in range(width):
        parts: list[str] = []
        for r in header_rows:
            v = carried.get((r, c)) or _filled(sheet, merges, r, c)
            t = unicodedata.normalize("NFKC", str(v)).strip() if v not in (None, "") else ""
            t = re.sub(r"\s+", "", t) if re.search(r"[\u4e00-\u9fff]", t) else re.sub(r"\s+", " ", t)
            if r == units_row and t:
                t = f"（{_bare_unit(t)}）"  # read as a unit in brackets ("总投资（万元）")
            if t and t not in parts:
                parts.append(t)
        headers.append("".join(parts))
        named = [t for t in parts if not (t.startswith("（") and t.endswith("）"))]
        lowest.append(named[-1] if len(named) > 1 else "")
        shown.append(_shown(parts))
    title_lines = [str(v).strip() for r in range(header_rows[0]) for v in sheet.rows[r] if str(v or "").strip()]
    annex = None
    title = None
    money_unit = None  # "单位：万元" above the table: every money column without a unit of its own
    for line in title_lines:
        m = _ANNEX.match(norm(line))
        u = _TABLE_UNIT.match(norm(line))
        if m and len(norm(line)) <= 6:
            annex = f"附件{m.group(1)}"
        elif u:
            money_unit = u.group(1)
        elif _FORM_LINE.match(norm(line)):
            continue  # "填报单位（盖章）：… 填报日期：…" is about the form, not the table's title
        elif title is None or len(line) > len(title):
            title = line
    said_in_title = re.search(r"[(（](?:单位[:：])?(万元|亿元)[)）]$", norm(title)) if title else None
    money_unit = money_unit or (said_in_title.group(1) if said_in_title else None)  # "…计划表（万元）"
    chosen = kind or _guess_kind(headers, title)
    layout = Layout(chosen, None, title, annex, header_rows, header_rows[-1] + 1)
    reported = _title_quarter(title) if chosen == "key_projects" else None
    for c, (text, said) in enumerate(zip(headers, shown)):
        if not text:
            continue
        bare = norm(split_unit(_YEAR.sub("", text))[0])  # without its year and unit
        if layout.count_column is None and bare in _COUNT_HEADS:
            layout.count_column = Column("count", c, said)
        fld = _match(chosen, text)
        if lowest[c] and not is_quarter_field(fld):
            # the lower heading says what the column is when it names a field outright,
            # the group heading above it only what the columns share ("投资情况", "建设周期")
            own = _match(chosen, lowest[c])
            if own is not None and (fld is None or _YEAR.sub("", norm(lowest[c])) in SYNONYMS[chosen].get(own, ())):
                fld = own
        if reported is not None and fld in (None, "notes"):
            fld = _this_quarter(text, reported) or fld
        elif fld is None and chosen == "key_projects" and bare == "形象进度" and _YEAR.search(text):
            fld = "q4_goal"  # "2024年形象进度" in a plan (no quarter reported): what the year is to reach
        elif fld is None and chosen == "key_projects" and lowest[c] in _BARE_FIGURES and "投资" in norm(title):
            # "一季度" over "计划 | 完成" in a table titled "…季度投资计划及完成情况表": the quarter's investment
            fld = quarter_field(f"{bare}投资")
        if fld is None:
            if not re.fullmatch(r"[-\d.]*", norm(text)):  # a column number row is no heading
                layout.notes.append(f"第{_letter(c)}列“{said}”没有对应的字段，未导入")
            continue
        ym = _YEAR.search(text)
        col_year = int(ym.group(1)) if ym else None
        if fld.startswith("mark_q") and col_year:
            fld = f"{fld}_{col_year}"  # one column per quarter of each year the chart spans
        _, unit = split_unit(_YEAR.sub("", text))
        money = _money_field(fld)
        if money and unit is None:  # "分月计划投资（万元）" over "1月": the unit in the group heading
            inner = re.search(r"[(（](万元|亿元)[)）]", text)
            unit = inner.group(1) if inner else None
        whole_table = money and unit is None and money_unit is not None
        if whole_table:
            unit = money_unit
        col = Column(fld, c, said, col_year, unit)
        if money and unit and "万元" in unit:
            col.scale = 1e-4
            where = "（表上注明“单位：万元”）" if whole_table else ""
            layout.notes.append(f"第{_letter(c)}列“{said}”以万元填报{where}，已换算为亿元")
        if fld in layout.columns:
            layout.extra_columns.append(col)
            first = layout.columns[fld]
            if first.year == col.year and lowest[first.index] in ("合计", "小计", "总计", "计"):
                # "总投资" over 合计 | 其中：政府投资 | 社会投资: a part of the total
                layout.notes.append(f"第{_letter(c)}列“{said}”是第{_letter(first.index)}列“{first.header}”的其中一项，未导入")
            elif first.year == col.year:  # not "2023年目标" beside "2024年目标": a second column for one field
                layout.notes.append(f"第{_letter(c)}列“{said}”与第{_letter(first.index)}列“{first.header}”"
                                    f"是同一项，只导入了第{_letter(first.index)}列")
        else:
            layout.columns[fld] = col
    periods = sorted((c for f, c in layout.columns.items() if f.startswith("period_m")), key=lambda c: c.index)
    if len(periods) == 1 and "actual" not in layout.columns:  # "1-12月完成" alone is the actual
        del layout.columns[periods[0].field]
        layout.columns["actual"] = Column("actual", periods[0].index, periods[0].header, periods[0].year,
                                          periods[0].unit)
    elif periods and "actual" not in layout.columns:
        layout.notes.append(f"第{_letter(periods[0].index)}至{_letter(periods[-1].index)}列是各期累计数："
                            "完成值取最近一期")
    months = sorted((c for f, c in layout.columns.items() if f.startswith("month_")), key=lambda c: c.index)
    if months:
        layout.notes.append(f"第{_letter(months[0].index)}至{_letter(months[-1].index)}列是各月投资：按季度合计，"
                            "记入季度投资")
    marks = sorted((c for f, c in layout.columns.items() if f.startswith("mark_q")), key=lambda c: c.index)
    if marks:
        layout.notes.append(f"第{_letter(marks[0].index)}至{_letter(marks[-1].index)}列是横道图：开工、完工"
                            "未另填时，取第一个和最后一个有标记的季度")
    nodes = sorted((c for f, c in layout.columns.items() if f.startswith(("node_q", "node_m"))), key=lambda c: c.index)
    if nodes:
        monthly = any(c.field.startswith("node_m") for c in nodes)
        layout.notes.append(f"第{_letter(nodes[0].index)}至{_letter(nodes[-1].index)}列是"
                            f"{'各月' if monthly else '各季度'}的进度安排，未逐项导入"
                            + ("" if "quarter" in layout.columns else
                               f"；完成时限取最后一个有安排的{'月份所在季度' if monthly else '季度'}"))
    if chosen.startswith("indicator") and "binding" not in layout.columns:
        layout.binding_marks = _binding_marks(sheet, header_rows[0])
        for mark, binding in layout.binding_marks.items():
            layout.notes.append(f"按表注，名称带“{mark}”的为{'约束性' if binding else '预期性'}指标，"
                                f"其余为{'预期性' if binding else '约束性'}指标")
    layout.year = year or _guess_year(layout, title, chosen)
    if layout.year is None:
        _year_from_names(layout, sheet.name, file_name)
    _resolve_years(layout)
    if chosen == "key_projects":
        _invested_within_the_year(layout)
    if chosen == "measures":
        _subject_column(layout)
    if chosen.startswith("indicator"):
        _figures_and_verdict(layout)
        _two_level_names(layout)
    return layout


_COUNT_HEADS = {"项目数量", "项目个数", "项目数", "个数", "项目总数", "数量(个)", "项目数(个)"}


def not_the_same_field(layout: Layout, col: Column) -> None:
    """Drop the "第X列 与 第Y列 是同一项" note naming ``col`` (either side): it was read as one of two
    columns for one field, and a later look found its own meaning."""
    letter = f"第{_letter(col.index)}列“"
    layout.notes = [n for n in layout.notes if not (letter in n and "是同一项" in n)]


def _invested_within_the_year(layout: Layout) -> None:
    """"截至2024年底累计完成投资" in a 2024 table holds the year's own investment too: it is not
    what was invested before the year, and there is no field for the running total."""
    col = layout.columns.get("invested_before")
    if col is not None and col.year and layout.year and col.year >= layout.year:
        del layout.columns["invested_before"]
        layout.notes.append(f"第{_letter(col.index)}列“{col.header}”含本年投资，不是截至上年底的累计，未导入")


def _two_level_names(layout: Layout) -> None:
    """"指标名称" merged over two columns: a name across both, or a group ("基本社会保障", merged down)
    and its indicators beside it ("城乡基本养老保险参保率", …). The second column names the indicator
    where it has a name (only the group was read, its indicators were rows without a name)."""
    name = layout.columns.get("name")
    beside = next((c for c in layout.extra_columns if c.field == "name" and c.index == name.index + 1
                   and c.header == name.header), None) if name else None
    if beside is None:
        return
    layout.columns["name_detail"] = Column("name_detail", beside.index, beside.header, beside.year, beside.unit)
    layout.extra_columns = [c for c in layout.extra_columns if c is not beside]
    not_the_same_field(layout, beside)


def _figures_and_verdict(layout: Layout) -> None:
    """"2023年完成情况 | 是否完成" with no 完成 column: the first holds the figures reached, the
    second the verdict (both read as 完成情况, the verdict was dropped)."""
    if "actual" in layout.columns or "status" not in layout.columns:
        return
    statuses = [layout.columns["status"], *(c for c in layout.extra_columns if c.field == "status")]
    verdicts = [c for c in statuses if re.search(r"是否|评价|达标|完成与否", c.header)]
    figures = [c for c in statuses if c not in verdicts]
    if not verdicts or not figures:
        return
    layout.columns["actual"] = Column("actual", figures[0].index, figures[0].header, figures[0].year, figures[0].unit)
    layout.columns["status"] = verdicts[0]
    layout.extra_columns = [c for c in layout.extra_columns if c is not verdicts[0] and c is not figures[0]]


# a measures table's column naming what a target counts, beside the column of figures:
# 量化指标 (新增市场主体) | 单位 | 2024年目标 (1.2)
_SUBJECT_HEADS = {"量化指标", "指标", "指标名称", "主要指标", "具体指标", "考核指标", "指标项"}


def _subject_column(layout: Layout) -> None:
    if "subject" in layout.columns or "target" not in layout.columns:
        return
    named = lambda c: norm(split_unit(_YEAR.sub("", c.header))[0]) in _SUBJECT_HEADS  # noqa: E731
    targets = [layout.columns["target"], *(c for c in layout.extra_columns if c.field == "target")]
    subjects = [c for c in targets if named(c)]
    figures = [c for c in targets if not named(c)]
    if not subjects or not figures:
        return
    layout.columns["subject"] = Column("subject", subjects[0].index, subjects[0].header, subjects[0].year)
    layout.columns["target"] = figures[0]
    layout.extra_columns = [c for c in layout.extra_columns if c is not subjects[0] and c is not figures[0]]
    not_the_same_field(layout, subjects[0])


def _shown(parts: list[str]) -> str:
    """A heading over several rows as one: "建设周期／开工", but "2023年目标" and "总投资（万元）"."""
    out = ""
    for t in parts:
        joined = not out or re.fullmatch(r"(19|20)\d{2}年?度?", out) or (t.startswith("（") and t.endswith("）"))
        out += t if joined else f"／{t}"
    return out


# "单位：万元" or "金额单位：亿元" on a line of its own above a table
_TABLE_UNIT = re.compile(r"^(?:金额|投资)?单位[:：](万元|亿元)")
_UNIT_CELL = re.compile(r"^[(（]?(?:单位[:：])?([^()（）:：]{1,8})[)）]?$")


def _bare_unit(text: str) -> str:
    m = _UNIT_CELL.match(text)
    return m.group(1) if m else text


def _is_units_row(texts: list[str]) -> bool:
    """A row under the header holding only units: "（亿元）", "万元", "%"."""
    filled = [t for t in texts if t]
    if not filled:
        return False
    for t in filled:
        m = _UNIT_CELL.match(t)
        if not m or re.fullmatch(r"[-\d.,]+", m.group(1)) or not _UNITISH.search(m.group(1)) \
                or len(m.group(1)) > 4 and not t.startswith(("(", "（")):
            return False
    return True


# marks put after (or before) an indicator's name, and the note saying what they mean
NAME_MARKS = "★☆*▲△※◆●"
_MARK_NOTE = re.compile(rf"(?:带|标有|标注|标|加|有)?[\"“”'‘’]?([{NAME_MARKS}])[\"“”'‘’]?号?(?:的|者)?(?:指标)?"
                        r"(?:为|是|表示|系)(约束性|预期性)")


def _binding_marks(sheet: Sheet, top: int) -> dict[str, bool]:
    """What the notes above the header or under the table say a mark means:
    {"★": True} for "注：带★的为约束性指标"."""
    rows = [*range(top), *range(max(top, sheet.height - 30), sheet.height)]
    marks: dict[str, bool] = {}
    for r in rows:
        for v in sheet.rows[r]:
            if type(v) is str and ("约束" in v or "预期" in v):
                for m in _MARK_NOTE.finditer(norm(v)):
                    marks[m.group(1)] = m.group(2) == "约束性"
    return marks


def _letter(c: int) -> str:
    from .read import column_letter

    return column_letter(c)


def _looks_like_data(sheet: Sheet, r: int, width: int) -> bool:
    """A row with several numbers is data, not a second header row."""
    nums = sum(1 for c in range(width) if isinstance(sheet.cell(r, c), (int, float))
               and not isinstance(sheet.cell(r, c), bool))
    return nums >= 2


def _guess_kind(headers: list[str], title: str | None) -> str:
    scores = {}
    for kind in KINDS:
        fields = {_match(kind, h) for h in headers if h}
        scores[kind] = sum(_SIGNATURE[kind].get(f, 0) for f in fields if f)
        if kind == "key_projects":  # a quarterly report: 一季度完成投资, 一季度形象进度
            scores[kind] += 3 * sum(1 for f in fields if f and (is_quarter_field(f) or f.startswith("month_")))
    t = norm(title)
    if "完成情况" in t or "执行情况" in t:
        scores["indicator_results"] += 4
    if "预期" in t or "建议" in t or ("目标" in t and "指标" in t and "完成" not in t):
        scores["indicator_targets"] += 4
    if "项目" in t:
        scores["key_projects"] += 3
    if "举措" in t or "任务" in t:
        scores["measures"] += 3
    heads = {norm(h) for h in headers}
    if any("项目名称" in h for h in heads):
        scores["key_projects"] += 3
    results = [_match("indicator_results", h) for h in headers if h]
    periods = sum(1 for f in results if f and f.startswith("period_m"))
    scores["indicator_results"] += 2 * min(periods, 2)  # 一季度 | 上半年 | …: a monitoring table
    if "growth" in results:  # 同比增长 beside a figure: what was reached
        scores["indicator_results"] += 1
    if not any(f in ("actual", "status") for f in results) and periods < 1:
        scores["indicator_results"] -= 2
    # a kind whose table would have no rows to read (no name column, no target column) is no candidate
    # while another has them: "目标任务 | 完成情况" under "…目标任务完成情况" is a review of measures
    readable = [k for k in KINDS if (NEEDED[k] in {_match(k, h) for h in headers if h}
                                     or (k == "measures" and "measure" in {_match(k, h) for h in headers if h}))]
    return max(readable or KINDS, key=lambda k: scores[k])


# the column a table cannot be read without, per kind
NEEDED = {"indicator_results": "name", "indicator_targets": "name", "key_projects": "name", "measures": "target"}


def _guess_year(layout: Layout, title: str | None, kind: str) -> int | None:
    cols = [c for c in [*layout.columns.values(), *layout.extra_columns] if c.year]
    t = norm(title)
    m = _YEAR.search(t)
    titled = int(m.group(1)) if m else None
    if kind == "indicator_targets":
        targets = [c.year for c in cols if c.field == "target"]
        if targets:  # the title's year when it heads one of them ("2024年…" over 2024年目标 | 2025年展望)
            return titled if titled in targets else max(targets)
    elif kind == "indicator_results":
        years = [c.year for c in cols if c.field in ("target", "actual")]
        if years:
            return titled if titled in years else max(years)
    if titled:
        return titled
    # "截至2023年底累计完成投资" names the year before the table's
    years = [c.year + (c.field == "invested_before") for c in cols]
    return max(years) if years else None


_NAMED_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


def _year_from_names(layout: Layout, sheet_name: str, file_name: str | None) -> None:
    """The one year a sheet's name, or else the file's, names: an export from a project
    database has no title ("2024年重点项目库导出.xlsx"), a workbook may hold a sheet per year."""
    stem = file_name.rsplit(".", 1)[0] if file_name else None
    for name, where in ((sheet_name, "工作表名"), (stem, "文件名")):
        years = set(_NAMED_YEAR.findall(norm(name))) if name else set()
        if len(years) == 1:  # "2023年完成情况及2024年目标.xlsx" names two: no guess
            layout.year = int(years.pop())
            where = "文件名" if name == stem else where  # a CSV's sheet is the file
            layout.notes.append(f"标题和表头中没有年度，按{where}“{name}”取{layout.year}年；如不对，请在“年度”中选择")
            return
        if years:
            return


def _resolve_years(layout: Layout) -> None:
    """With several years in one table, keep the table's year in the main
    columns; an earlier year's actual is the previous actual."""
    year = layout.year
    if year is None:
        return
    pool = [*layout.columns.values(), *layout.extra_columns]
    main: dict[str, Column] = {}
    extra: list[Column] = []
    for col in pool:
        estimated = (layout.kind == "indicator_targets" and col.field == "growth" and col.year is None
                     and "预计" in norm(col.header))  # "预计增长" beside 2023年预计完成: last year's estimate's
        if col.field in ("actual", "growth") and (col.year is not None and col.year < year or estimated):
            earlier = f"previous_{col.field}"  # 2023年完成 | 2023年增长 in a 2024 table: last year's
            if earlier not in main:
                main[earlier] = Column(earlier, col.index, col.header, col.year, col.unit)
                continue
        current = main.get(col.field)
        if current is None:
            main[col.field] = col
        elif current.year != year and col.year == year:
            extra.append(current)
            main[col.field] = col
        else:
            extra.append(col)
    layout.columns = main
    layout.extra_columns = extra


def is_note_row(texts: list[str]) -> bool:
    first = next((t for t in texts if t), "")
    return bool(_NOTE.match(first))


def category_text(texts: list[str], name_index: int | None) -> str | None:
    """"一、经济发展" alone on its row (or spread by a merge) is a category row."""
    filled = [t for t in texts if t]
    if not filled or len(set(filled)) > 2:
        return None
    text = max(set(filled), key=len)
    if re.fullmatch(r"[-\d.,%]+", text):
        return None
    m = CATEGORY_NUMBERING.match(text)
    if m and len(text) > len(m.group(0)):
        return text[len(m.group(0)):].strip()
    if name_index is not None and (name_index >= len(texts) or not texts[name_index]) and len(set(filled)) == 1:
        return text
    return None
