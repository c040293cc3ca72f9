"""What a quarterly report's headings mean: a quarter's columns of a key project (its planned and done investment,
the total from January, its goal and progress in words), the remarks beside them (problems, next steps, the pace),
and the periods a monitoring table or a review names ("1-9月", "上半年"). :mod:`.headings` asks it for any heading
that names a part of the year.
"""
from __future__ import annotations

import re

from ..domain.schedule_words import PERIOD_END, period_months
from .cells import YEAR, money_unit_in, norm, split_unit

# The periods of an indicator monitoring table, each a total from January to a month's end
PERIODS = rf"{'|'.join(PERIOD_END)}|1-(\d{{1,2}})月"
_PERIOD = re.compile(rf"({PERIODS})(?:累计|完成|完成值|实际|实际完成|累计完成)?")
PART_OF_YEAR = re.compile(r"\d{1,2}-\d{1,2}月|[一二三四1-4]季度|上半年|下半年|前三季度|\d{1,2}月")
# months joined as official writing joins them, "1—11月", "1～9月", "1至6月": read as "1-11月" (the em dash was read
# as no period, and a 附件1's "1—11月完成" taken as the year's 完成 over the "全年预计" beside it)
_MONTH_RANGE = re.compile(r"(?<=\d)\s*[—–~至到]\s*(?=\d{1,2}\s*月)")


def plain_range(text: str) -> str:
    """``text`` with a range of months joined by "-"."""
    return _MONTH_RANGE.sub("-", text) if _MONTH_RANGE.search(text) else text


def part_of_year(text: str) -> bool:
    """A heading naming a part of the year ("1-9月", "三季度", "上半年"), not the year."""
    return PART_OF_YEAR.search(plain_range(norm(text))) is not None


_MONTH_COLUMN = re.compile(r"(\d{1,2})月(?:份|底|末)?(?:计划|投资|计划投资|完成|完成投资|实际完成)?")
_MONTH_UNDER = re.compile(r"(?:分月|月度|逐月|各月)\D*?(?<![-\d])(\d{1,2})月份?$")  # "分月计划投资(万元)3月"
_QUARTER_WORD = r"第?([一二三四1-4])季度|Q([1-4])"  # "一季度", "第1季度", "Q1"
_BARE_QUARTER = re.compile(_QUARTER_WORD, re.I)
# A measures table's quarter columns, holding what each quarter is to bring
_MONTH_NODE = re.compile(r"(\d{1,2})月(?:底|末|份)?前?(?:进度安排|工作安排|节点|节点目标|目标|计划|安排|进度)?")
_QUARTER_NODE = re.compile(rf"(?:{_QUARTER_WORD})末?(?:进度安排|工作安排|节点|节点目标|目标|计划|安排|进度)?", re.I)
# a task's review, quarter by quarter: "一季度进展", "二季度推进情况", "截至三季度完成情况"
_QUARTER_DONE = re.compile(rf"(?:截至|截止)?(?:{_QUARTER_WORD})末?(?:工作)?(?:进展|进展情况|推进情况|完成情况|落实情况|"
                           r"工作进展|进度情况|完成进度|实施情况|实际完成情况|"
                           # "一季度目标 | 一季度完成": what the quarter reached beside its step (it was the deadline)
                           r"(?:实际)?完成(?:值|数|量)?|实际|实绩)", re.I)
# a verdict on the pace ("滞后", "超序时进度"), though it names 进度: not a rate of progress
PACE_VERDICTS = {"进度评价", "进度判断", "序时进度", "是否达到序时进度", "时序进度", "是否达到时序进度",
                  # a task review's question, answered 是 / 否
                  "是否按序时推进", "是否按时序推进", "是否按序时进度推进", "是否按计划推进", "是否按计划进度推进",
                  "是否按期推进", "是否按节点推进", "是否达到序时要求",
                  # (达 for 达到, as a form short of room writes it)
                  "是否达序时进度", "是否达时序进度", "是否达到序时", "是否达序时", "进度是否达到序时进度",
                  "是否达到序时进度要求"}
# the same question asked the other way round: 是 is behind
_BEHIND_ASKED = {"是否滞后", "是否进度滞后", "进度是否滞后", "是否滞后于序时进度", "是否落后于序时进度", "是否滞后于时序进度"}


def is_pace_verdict(heading: str) -> bool:
    """A heading of the pace against the year ("序时进度", "是否达到时序进度", "是否滞后"): a status, but second to a
    完成情况 beside it."""
    base = _lowest_base(heading)
    return base in PACE_VERDICTS or base in _BEHIND_ASKED


def asks_if_behind(heading: str) -> bool:
    """"是否滞后": a yes there says the task is behind, not on pace."""
    return _lowest_base(heading) in _BEHIND_ASKED


def _lowest_base(heading: str) -> str:
    """A heading without its year and unit, and under a group heading ("推进情况／是否达到序时进度") the lower one."""
    return plain_range(norm(split_unit(YEAR.sub("", heading.rsplit("／", 1)[-1]))[0]))



# A key project's quarter columns: "一季度计划投资", "2024年二季度完成投资（万元）",
# "三季度形象进度" (or "一季度" over "计划投资 | 完成投资" in a two-row header).
# A running total from January ("1-6月累计完成投资") is the quarter's ``to_date``.
# (a quarter in Roman numerals, "第Ⅲ季度", is "III" after NFKC; not the end of a word: "CPI季度")
_QUARTER_COLUMN = re.compile(r"(?:第?([一二三四1-4]|(?<![A-Za-z])(?:IV|III|II|I))季度|Q([1-4])|"
                             r"(\d{1,2})[-—–~～至到](\d{1,2})月(?:份)?)")
_MONTHS_OF = {(1, 3): 1, (4, 6): 2, (7, 9): 3, (10, 12): 4}  # "1-6月" is a running total, not a quarter
_RUNNING_TOTAL = re.compile(r"(上半年|前三季度|全年)")
_RUNNING_TO = {"上半年": 2, "前三季度": 3, "全年": 4}
_QUARTER_NUMBER = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4, "I": 1, "II": 2, "III": 3,
                   "IV": 4}


_MONTH_END = re.compile(r"(?:截至|截止|止|至|到)(\d{1,2})月(?:底|末|份)")
_QUARTER_END = re.compile(r"^(?:截至|截止|到)?(3|6|9|12)月(?:底|末)")  # "3月底形象进度"


def quarter_field(base: str) -> str | None:
    """``q1_planned`` / ``q1_actual`` / ``q1_progress`` for a quarter column,
    ``q2_to_date`` for the actual investment from January to a quarter's end
    ("1-6月完成投资", "截至二季度累计完成投资"), else None."""
    running = _RUNNING_TOTAL.search(base)  # 上半年完成投资, 前三季度完成投资, 全年完成投资
    if running and "投资" in base and done_heading(base):
        return f"q{_RUNNING_TO[running.group(1)]}_to_date"
    month_end = _MONTH_END.search(base)  # "截至6月底累计完成投资", "止9月末完成投资"
    if month_end and "投资" in base and done_heading(base):
        month = int(month_end.group(1))
        return f"q{(month + 2) // 3}_to_date" if 1 <= month <= 12 else None  # "截至7月底": the third, begun
    end = _QUARTER_END.match(base)
    if end and "投资" not in base:  # "3月底形象进度", "6月底目标": the quarter that month ends
        return _quarter_words(base[end.end():], int(end.group(1)) // 3)
    m = _QUARTER_COLUMN.search(base)
    if not m:
        return None
    rest = base[:m.start()] + base[m.end():]
    actual = "投资" in rest and done_heading(rest)
    if m.group(3):
        first, last = int(m.group(3)), int(m.group(4))
        if first == 1 and (last in (6, 9, 12) or last == 3 and "累计" in base) and actual:  # "1-3月累计完成投资" too
            return f"q{last // 3}_to_date"
        if first == 1 and 1 < last < 12 and last % 3 and actual:
            return f"q{(last + 2) // 3}_to_date"  # a monthly report, "1-7月完成投资": the third quarter so far
        n = _MONTHS_OF.get((first, last))
        if n is None:
            return None
    else:
        n = _QUARTER_NUMBER[m.group(1) or m.group(2)]
    if "累计" in base:  # to the quarter's end ("截至二季度", "二季度末"); since when, else, is not said
        return f"q{n}_to_date" if actual and ("截至" in base or "末" in base) else None
    if "投资" in rest:
        return f"q{n}_actual" if done_heading(rest) else f"q{n}_planned"
    if rest in _AMOUNTS:  # "一季度完成额": its investment, said by 额 rather than by 投资
        return f"q{n}_{_AMOUNTS[rest]}"
    return _quarter_words(rest, n)


_AMOUNTS = {"完成额": "actual", "实际完成额": "actual", "完成金额": "actual", "实际完成金额": "actual",
            "计划额": "planned", "计划金额": "planned"}


# under a group heading of investment done: the quarter's own figure, and the total from January
_THIS_QUARTER_WORDS = {"当季", "当季度", "本季", "本季度", "季度", "单季", "单季度"}
_RUNNING_WORDS = {"累计", "本年累计", "年度累计", "今年累计", "累计完成", "累计完成投资", "合计", "小计", "年初至今", "今年以来",
                  "年初以来"}


def period_under(group: str, lowest: str) -> str | None:
    """A quarter's investment done, read from a lower heading under a group heading of investment done:
    "1-9月完成投资" over "三季度 | 累计" holds the third quarter's own figure and the total from January
    (both were read as the total, and the quarter's figure was dropped as a repeat); "三季度完成投资" over
    "当季 | 累计" the same. None where the lower heading is not a period, or the group does not say what was
    done, or which quarter is not said."""
    g = norm(split_unit(YEAR.sub("", group))[0])
    low = norm(split_unit(YEAR.sub("", lowest))[0])
    if not low or "投资" not in g or not done_heading(g):
        return None
    of_group = quarter_field(g)
    n = int(of_group[1]) if of_group and is_quarter_field(of_group) and of_group.endswith(("_actual", "_to_date")) \
        else None
    own = quarter_field(f"{low}完成投资") if low not in _RUNNING_WORDS else None
    if own is not None and own.endswith(("_actual", "_to_date")):
        return own  # "三季度", "7-9月": that quarter's; "1-9月", "前三季度": the total to its end
    if low in _THIS_QUARTER_WORDS and n is not None:
        return f"q{n}_actual"
    if low in _RUNNING_WORDS and n is not None:
        return f"q{n}_to_date"
    return None


_THE_YEARS = re.compile(r"本年|今年|年度|全年")


def reported_period(group: str, lowest: str, n: int) -> str | None:
    """Under a group heading of the year's investment, a lower heading that leaves the quarter to the report's title
    (quarter ``n``): "2024年计划投资" over "全年 | 当季" holds the quarter's planned figure (it was read as a second
    column of the year's plan, and dropped), "2024年完成投资" over "当季 | 累计" the quarter's own figure and the
    year's total to its end ("累计" was left unread). "累计" under "完成投资" naming no year is not read: it may be since
    the project began. None where the group names a quarter of its own (see :func:`period_under`)."""
    g = norm(split_unit(group)[0])
    low = norm(split_unit(YEAR.sub("", lowest))[0])
    if "投资" not in g or not low or is_quarter_field(quarter_field(YEAR.sub("", g))):
        return None
    if low in _THIS_QUARTER_WORDS:
        return f"q{n}_actual" if done_heading(g) else f"q{n}_planned"
    if low in _RUNNING_WORDS and done_heading(g) and (YEAR.search(g) or _THE_YEARS.search(g)):
        return f"q{n}_to_date"
    return None


def _quarter_words(rest: str, n: int) -> str | None:
    """The field of quarter ``n``'s column of words, from its heading without the quarter."""
    remark = _remark_field(rest, n)
    if remark is not None:  # "一季度存在问题"
        return remark
    if rest in _DONE_IN_WORDS:
        return f"q{n}_progress"  # "一季度完成情况": what the quarter did, in the unit's words
    if rest in _WORK_OF_THE_QUARTER:
        return f"q{n}_goal"  # "一季度主要工作": what the quarter is to do
    if ("进度" in rest or "进展" in rest) and not ("目标" in rest or "计划" in rest or "安排" in rest):
        return f"q{n}_progress"  # what was done
    if "目标" in rest or "节点" in rest or "任务" in rest or "安排" in rest or "计划" in rest and (
            "进度" in rest or "推进" in rest or "形象" in rest):
        # what the plan sets for the quarter ("一季度形象进度目标", "二季度进度计划", "一季度计划形象进度",
        # "分季度推进计划" over "一季度" over "形象进度 | 投资")
        return f"q{n}_goal"
    return None


# a quarter's account in words ("一季度完成情况" beside "一季度主要工作"; an amount says 投资 or 额)
_DONE_IN_WORDS = {"完成情况", "工作完成情况", "实际完成情况", "落实情况", "工作落实情况", "推进落实情况", "主要完成情况",
                  "建设完成情况", "工作开展情况", "开展情况"}
_WORK_OF_THE_QUARTER = {"主要工作", "重点工作", "工作内容", "主要工作内容", "工作重点", "主要建设内容", "建设内容",
                        "重点工作内容"}


# a figure's bare heading under a quarter: what it is a figure of, the title says
BARE_FIGURES = {"计划", "完成", "实际", "计划数", "完成数", "实际完成", "计划值", "完成值", "计划完成", "实际数"}
_FIGURE_WORDS_LONGEST_FIRST = sorted(BARE_FIGURES, key=len, reverse=True)  # "实际完成" before "完成"


def quarter_figure(base: str, title: str | None) -> str | None:
    """"一季度完成" / "二季度计划" in a key-project table titled "…投资完成情况": the quarter's
    investment, as the title says what its figures are of; else None."""
    if "投资" not in norm(title or "") or "投资" in base:
        return None
    word = next((w for w in _FIGURE_WORDS_LONGEST_FIRST if base.endswith(w)), None)
    if word is None or not _QUARTER_COLUMN.fullmatch(base[:-len(word)]):
        return None
    return quarter_field(base + "投资")


def done_heading(heading: str) -> bool:
    """A figure of what was done ("完成投资", "实际投资"), not of what is planned ("计划完成投资")."""
    return ("完成" in heading or "实际" in heading) and "计划完成" not in heading \
        and not _ESTIMATED.search(heading)  # "预计完成投资", "预计全年完成投资": an estimate, not done


_ESTIMATED = re.compile(r"(?:预计|预期)[^完成]{0,4}完成")


def estimated(heading: str) -> bool:
    """A key project's figure estimated, not done: "预计全年完成投资" in a report of October."""
    return bool(_ESTIMATED.search(norm(heading))) and "投资" in heading



_QUARTER_FIELD = re.compile(r"q[1-4]_(planned|actual|progress|goal|to_date|issues|asks|next|lag|pace|light|remedy|due)")


def is_quarter_field(fld: str | None) -> bool:
    """A field :func:`quarter_field` gives ("q2_actual")."""
    return fld is not None and _QUARTER_FIELD.fullmatch(fld) is not None


# the three ways a total to a month is said, each with the month as its group: "1-7月", "截至2024年7月底", and a month's
# report "2024年7月重点项目推进情况" (not a date stamp: "2024年3月印发")
_MONTH_TOTALS = (r"(?<!\d)1[-—–~～至到](?!1月)({m})月", r"(?:截至|截止|止|至|到)(?:(?:19|20)\d{{2}}年)?({m})月(?:底|末|份|\d{{1,2}}日)",
                 r"(?:19|20)\d{{2}}年({m})月份?(?=重点|项目|推进|进展|进度|完成|投资)")
_TITLE_QUARTER = re.compile(r"([一二三四1-4])季度|(上半年|前三季度)|"
                            + "|".join(p.format(m=r"1[0-2]|[1-9]") for p in _MONTH_TOTALS))
# a running total that ends inside its quarter: a monthly report ("1-7月完成投资", "截至8月底累计完成投资")
_MONTH_INSIDE = re.compile("|".join(p.format(m=r"1[01]|[124578]") for p in _MONTH_TOTALS))


def month_inside(text: str) -> int | None:
    """The month a running total (or a report's title) ends in where it is not a quarter's last ("1-7月…": 7), else
    None: its quarter's figure so far, to be brought up to date by the next report."""
    m = _MONTH_INSIDE.search(norm(text or ""))
    return int(m.group(1) or m.group(2) or m.group(3)) if m else None


def title_quarter(title: str | None) -> int | None:
    """The quarter a report's title names: "2024年二季度…", "1-6月…", "上半年…"."""
    m = _TITLE_QUARTER.search(norm(title))
    if not m:
        return None
    if m.group(1):
        return _QUARTER_NUMBER[m.group(1)]
    if m.group(2):
        return _RUNNING_TO[m.group(2)]
    month = m.group(3) or m.group(4) or m.group(5)  # "1-7月…", "截至7月底…", "2024年7月…": the third quarter, so far
    return (int(month) + 2) // 3


def this_quarter(text: str, n: int, month: int | None = None) -> str | None:
    """A report's columns that leave the quarter to its title: 本季度完成投资,
    本年累计完成投资, 形象进度; "10月形象进度" in the October report (``month``, in quarter ``n``)."""
    base = norm(split_unit(YEAR.sub("", text))[0])
    said = _REPORT_MONTH.match(base)
    if said and month is not None and int(said.group(1)) == month and (month + 2) // 3 == n:
        rest = base[said.end():]
        if progress_heading(rest) or _remark_field(rest, n):
            base = rest  # what stands or holds up at the report's month (not "10月完成投资", one month's figure)
    actual = "投资" in base and ("完成" in base or "实际" in base)
    if ("本季度" in base or "当季" in base) and "投资" in base:
        return f"q{n}_actual" if actual else f"q{n}_planned"
    if actual and ("本年累计" in base or "年度累计" in base or "今年以来" in base or "年初以来" in base):
        return f"q{n}_to_date"
    if progress_heading(base):
        return f"q{n}_progress"
    return _remark_field(base, n)


# where a project stands, said in more words than the list above: "目前形象进度", "截至目前形象进度", "进展及成效",
# "推进情况及存在问题" (the progress first, its problems with it); not what it is to reach ("形象进度目标", "计划进度")
_PROGRESS_SAID = re.compile(r"形象进度|进展|推进情况|进度情况|实施情况")
_NOT_YET_DONE = re.compile(r"目标|计划|安排|任务|预计|节点|年度|全年|年底|年末")


def progress_heading(base: str) -> bool:
    """Whether a report's heading (year and unit taken off) is of where a project stands."""
    return base in _PROGRESS_WORDS or (_PROGRESS_SAID.search(base) is not None
                                       and _NOT_YET_DONE.search(base) is None)


_REPORT_MONTH = re.compile(r"(1[0-2]|[1-9])月(?:份)?(?:底|末)?")
# what a report says of where a project stands, in the quarter it reports
_PROGRESS_WORDS = {"形象进度", "本季度形象进度", "进展情况", "工作进展", "目前进展", "形象进度情况", "项目进展", "项目进展情况",
                   "推进情况", "项目推进情况", "建设进展", "建设进展情况", "工程进展", "项目进度", "建设进度", "工程进度",
                   "目前进度", "当前进度", "进度情况", "实施进度", "工作推进情况"}
# a quarterly report's remarks beside the progress: what holds a project up, what comes next
_ISSUES = {"存在问题", "主要问题", "存在的问题", "存在困难", "困难和问题", "存在问题及建议", "存在的困难和问题",
           "问题及建议", "存在问题及对策", "困难问题", "存在困难和问题", "存在问题和困难"}
# what a unit asks the district to settle ("需协调事项", "需区级协调解决的问题"): beside 存在问题 a column of its own
# (it was dropped as a second column of the problems)
_ASK_SAID = re.compile(r"^(?:需要?|请求|提请|建议)(?:区级|市级|区里|区政府|上级|区领导)?(?:协调|帮助|支持)")
_NEXT = {"下步工作打算", "下一步工作计划", "下步打算", "下一步打算", "下步计划", "下一步计划", "下一步工作打算", "下步工作计划",
         "下步工作安排", "下一步工作安排", "下步措施", "下一步措施", "下步工作", "下一步工作", "下步工作措施",
         "下一步工作措施", "下步推进计划", "下一步推进计划", "下步工作重点", "下一步工作重点",
         # a monthly or quarterly report's next period
         "下月计划", "下月工作计划", "下月打算", "下月工作打算", "下月工作安排", "下季度计划", "下季度工作计划",
         "下季度工作打算", "下季度打算"}


# how a problem beside it is to be solved ("存在问题 | 解决措施"), in a list of the projects' problems
_REMEDY = {"解决措施", "整改措施", "解决办法", "解决方案", "对策措施", "应对措施", "拟采取措施", "拟采取的措施", "解决思路",
           "处理措施", "解决路径", "推进措施", "破解措施", "协调解决措施", "对策建议", "解决建议"}


# the same in more words: "存在的问题及需协调事项", "项目推进中存在的问题", "下阶段工作计划", "下步推进措施"
_ISSUE_SAID = re.compile(r"问题|困难|制约因素|瓶颈")
_NEXT_SAID = re.compile(r"^(?:下步|下一步|下阶段|下一阶段|下月|下季度|后续)(?:工作|推进)?(?:打算|计划|安排|措施|举措|重点|工作|思路)")


# why a project is behind ("滞后原因", "进度滞后原因分析", "未达序时进度原因"), and whether it keeps pace ("是否达到序时进度")
_LAG_WHY = re.compile(r"^(?:进度|项目)?(?:滞后|落后|未达(?:到)?(?:序时|时序)(?:进度)?|未完成|未开工|进度慢)(?:的)?(?:主要)?原因"
                      r"(?:分析|说明|及(?:措施|对策|整改措施|下步措施))?$")


# a 督查 office's traffic light on a project ("亮灯情况 | 红灯"): its verdict, beside the app's own lights
_LIGHTS = {"亮灯情况", "亮灯", "亮灯状态", "亮灯等级", "亮灯预警", "预警等级", "预警情况", "预警状态", "预警灯", "红黄绿灯",
           "红黄绿灯预警", "红黄绿灯情况", "亮灯类型", "灯色"}


def says_problems(heading: str) -> bool:
    """A heading of what holds a project up ("存在问题", "存在的主要问题"), as a quarter's remark reads it."""
    base = norm(split_unit(YEAR.sub("", heading))[0])
    return base in _ISSUES or bool(_ISSUE_SAID.search(base)) and not _PROGRESS_SAID.search(base)


def _remark_field(base: str, n: int) -> str | None:
    if _ASK_SAID.match(base):
        return f"q{n}_asks"
    if base in _ISSUES:
        return f"q{n}_issues"
    if base in _REMEDY:
        return f"q{n}_remedy"  # how a problem is to be solved, said with it
    if base in _NEXT or _NEXT_SAID.match(base):
        return f"q{n}_next"
    if _LAG_WHY.match(base):
        return f"q{n}_lag"
    if base in PACE_VERDICTS or base in _BEHIND_ASKED:
        return f"q{n}_pace"  # 是 / 否: said with the quarter's progress
    if base in _LIGHTS:
        return f"q{n}_light"  # 红灯 / 黄灯 / 绿灯: the office's own warning, said with the quarter's progress
    if _ISSUE_SAID.search(base) and not _PROGRESS_SAID.search(base):
        return f"q{n}_issues"  # "推进情况及存在问题" is where it stands, its problems with it
    return None


# the periods a monitoring table names, opening a review's heading; or "截至9月底", to that month's end
_REVIEW_PERIOD = re.compile(rf"^(?:截至|截止|到|至)?(?:({PERIODS})|(\d{{1,2}})月(?:底|末))")


def review_period(header: str | None) -> str | None:
    """The months a review's column of what was done runs to, as a running total is said ("1-9月:…"): "1-9月进展情况"
    and "截至9月底推进情况" → "1-9月", "上半年完成情况" → "上半年"; None for the year's, or where none is named. Under a
    group heading ("推进情况／1-9月工作进展") the lower one names it."""
    m = _REVIEW_PERIOD.match(_lowest_base(header or ""))
    word = None if m is None else m.group(1) or f"1-{m.group(3)}月"
    months = period_months(word)
    return word if months is not None and months < 12 else None


def period_word(header: str) -> str:
    """The period a monitoring column reports, as the table words it: "2024年1-9月完成" → "1-9月"."""
    base = plain_range(norm(split_unit(YEAR.sub("", header))[0]))
    m = _PERIOD.fullmatch(base)
    return m.group(1) if m else norm(header)


def monitoring_period(base: str) -> str | None:
    """An indicator monitoring table's column of a period, a total from January to its last month ("一季度", "上半年",
    "1-9月"): ``period_m09``; else None."""
    m = _PERIOD.fullmatch(base)
    month = (PERIOD_END.get(m.group(1)) or int(m.group(2))) if m else 0
    return f"period_m{month:02d}" if 1 <= month <= 12 else None


def task_review_field(base: str) -> str | None:
    """A task list's column of its review or its schedule by quarter or month: "是否达到序时进度" (status), "存在问题",
    "下步打算", "一季度完成情况" (done_q1), "二季度" over each target's steps (node_q2), "6月" (node_m06); else None."""
    if base in PACE_VERDICTS or base in _BEHIND_ASKED:
        return "status"  # "是否达到序时进度" beside a task: 是 / 否, where it stands against the time gone
    if _ASK_SAID.match(base):
        return "asks"  # "需协调解决的问题": kept in the task's 备注 too
    if base in _ISSUES or _ISSUE_SAID.search(base) and not _PROGRESS_SAID.search(base):
        return "issues"  # a review's "存在问题", "存在问题及下步打算": kept in the task's 备注
    if base in _NEXT or _NEXT_SAID.match(base):
        return "next"
    m = _QUARTER_DONE.fullmatch(base)
    if m:  # what a quarter's review says was done (it was read as the deadline, and refused)
        return f"done_q{_QUARTER_NUMBER[m.group(1) or m.group(2)]}"
    m = _QUARTER_NODE.fullmatch(base)
    if m:  # "一季度" | "二季度" … over each target's steps: a quarterly schedule
        return f"node_q{_QUARTER_NUMBER[m.group(1) or m.group(2)]}"
    m = _MONTH_NODE.fullmatch(base)
    if m and 1 <= int(m.group(1)) <= 12:  # "3月" | "6月" … : a monthly schedule, due by its last step
        return f"node_m{int(m.group(1)):02d}"
    return None


def period_column(base: str, text: str, unit: str | None) -> str | None:
    """A key project's column of one quarter or month, its heading that alone: "一季度（亿元）" (the quarter's planned
    investment), "一季度" (a mark of the planner's own 横道图), "3月" under "分月投资计划" (a month's figure, summed by
    quarter); else None. ``text`` is the whole heading, ``unit`` the unit split off it."""
    m = _BARE_QUARTER.fullmatch(base)
    if m and money_unit_in(unit):  # "一季度（亿元）": the quarter's planned investment, not a mark of a 横道图
        return f"q{_QUARTER_NUMBER[m.group(1) or m.group(2)]}_planned"
    if m:  # a column of the planner's own 横道图: a mark in each quarter of the span
        return f"mark_q{_QUARTER_NUMBER[m.group(1) or m.group(2)]}"
    m = _MONTH_COLUMN.fullmatch(base) or _MONTH_UNDER.search(base)
    if m and 1 <= int(m.group(1)) <= 12:  # "3月" under "分月投资计划": a month's figure, summed by quarter
        done = re.search(r"完成|实际", text)
        return f"month_{int(m.group(1)):02d}_{'actual' if done else 'planned'}"
    return None
