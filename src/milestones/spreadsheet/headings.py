"""What a column's heading means, per table kind: the synonym lists, and the headings that
need more than a list (a quarter's figures, a running total, the investment before the year,
a five-year plan's target that is not the year's).
"""
from __future__ import annotations

import re

from ..domain.schedule_words import PERIOD_END, period_months
from ..domain.target import PERCENTS
from .cells import PART_OF, YEAR, money_unit_in, norm, split_unit
from .funding import is_funding_amount

# a project's fields whose value before a mid-year revision ("原计划开工时间 | 调整后计划开工时间") the record of
# changes keeps, a new project's too: what a timeline shows as 原计划, what the investment was, the unit it was given to
# and the leader who answered for it
REVISED_KEPT = ("start", "completion", "total_investment", "annual_investment", "responsible_unit", "partner_units",
                "leader")

__all__ = ["SYNONYMS", "REVISED_KEPT", "PERIODS", "match_heading", "quarter_field", "is_quarter_field", "period_word"]


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
               "预期目标值", "目标任务", "建议目标", "预期建议", "安排", "计划安排", "目标安排", "预期安排", "拟定目标",
               "拟定", "拟安排"],
    "actual": ["完成", "完成值", "预计完成", "实际", "实际完成", "预计值", "完成数", "实际值", "预计完成值",
               "执行", "预计", "完成数值", "总量", "绝对值", "绝对量", "绝对额", "实绩", "完成实绩", "实绩值",
               # "2023年 | 年初预期目标 | 全年实现": what the year reached
               "实现", "实现值", "实际实现", "预计实现"],
    "status": ["完成情况", "是否完成", "完成状态", "评价", "达标情况", "是否达标", "完成与否", "是否达到预期", "是否达到目标",
               "是否达到年度目标", "是否完成年度目标", "是否达到全年目标", "是否完成全年目标", "是否完成目标",
               "是否实现年度目标", "年度目标是否完成", "年度目标完成情况", "目标完成情况",
               "是否实现", "达到预期", "是否达到", "进度评价", "进度判断", "序时进度", "是否达到序时进度",
               "时序进度", "是否达到时序进度", "实现情况", "目标实现情况"],
    # the growth beside an amount: 完成 1631.3 (亿元) | 同比增长 5.2 (%)
    "growth": ["同比增长", "比上年增长", "增长率", "同比增速", "同比增幅", "增速", "增幅", "同比增减", "比上年增减",
               "同比", "增长", "较上年增减", "较上年增长", "比上年", "较上年",
               # an estimate's growth, beside 预计完成: a growth, not a second figure reached
               "预计增长", "预计增速", "预计增幅", "预计同比增长"],
    "reason": ["原因", "未完成原因", "原因说明", "情况说明", "说明", "完成情况说明"],
    "notes": ["备注", "指标解释", "指标说明", "解释"],
    # who answers for the indicator: a table of targets split among the units (主要指标任务分解表)
    "responsible_unit": ["责任单位", "牵头单位", "主责单位", "责任部门", "牵头部门", "牵头责任单位", "责任主体",
                         "牵头单位(部门)", "责任单位(部门)"],
}
# The periods of an indicator monitoring table, each a total from January to a month's end
PERIODS = rf"{'|'.join(PERIOD_END)}|1-(\d{{1,2}})月"
_PERIOD = re.compile(rf"({PERIODS})(?:累计|完成|完成值|实际|实际完成|累计完成)?")
_PART_OF_YEAR = re.compile(r"\d{1,2}-\d{1,2}月|[一二三四1-4]季度|上半年|下半年|前三季度|\d{1,2}月")
# months joined as official writing joins them, "1—11月", "1～9月", "1至6月": read as "1-11月" (the em dash was read
# as no period, and a 附件1's "1—11月完成" taken as the year's 完成 over the "全年预计" beside it)
_MONTH_RANGE = re.compile(r"(?<=\d)\s*[—–~至到]\s*(?=\d{1,2}\s*月)")


def plain_range(text: str) -> str:
    """``text`` with a range of months joined by "-"."""
    return _MONTH_RANGE.sub("-", text) if _MONTH_RANGE.search(text) else text


def part_of_year(text: str) -> bool:
    """A heading naming a part of the year ("1-9月", "三季度", "上半年"), not the year."""
    return _PART_OF_YEAR.search(plain_range(norm(text))) is not None


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
# Headers an indicator table has that contain a field's word and are not it:
# 责任单位 is no unit of measure, 与目标差距 no target.
_NOT_AN_INDICATOR_FIELD = ("数据来源", "差距", "差额",
                           # who sends the figure in ("数据提供单位: 区统计局"), no unit of measure
                           "提供单位", "报送单位", "填报单位", "统计单位", "来源单位", "报送部门", "提供部门",
                           "完成率", "完成比例", "进度", "排名", "位次",  # a rate, progress against the year or a rank
                           "年均")  # a plan period's average growth, not the year's
# a verdict on the pace ("滞后", "超序时进度"), though it names 进度: not a rate of progress
_PACE_VERDICTS = {"进度评价", "进度判断", "序时进度", "是否达到序时进度", "时序进度", "是否达到时序进度",
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
    return base in _PACE_VERDICTS or base in _BEHIND_ASKED


def asks_if_behind(heading: str) -> bool:
    """"是否滞后": a yes there says the task is behind, not on pace."""
    return _lowest_base(heading) in _BEHIND_ASKED


def _lowest_base(heading: str) -> str:
    """A heading without its year and unit, and under a group heading ("推进情况／是否达到序时进度") the lower one."""
    return plain_range(norm(split_unit(YEAR.sub("", heading.rsplit("／", 1)[-1]))[0]))


# the district leader a project or a task answers to
_LEADERS = ["牵头领导", "责任领导", "联系领导", "分管领导", "包联领导", "牵头区领导", "联系区领导", "区级领导",
            "责任区领导", "挂帅领导", "区级联系领导", "牵头区级领导", "责任区级领导", "区级责任领导", "区级牵头领导",
            "分管区领导", "包干领导", "包保领导", "联系区级领导", "包抓领导", "包抓区领导", "包抓责任领导",
            "区领导", "区级分管领导", "分管区级领导",
            # a county's lists name its leaders so (县 for 区)
            "县级领导", "县领导", "联系县领导", "包联县领导", "县级联系领导", "县级责任领导", "牵头县领导"]
# the person at the unit who answers for a project or a task, and the phone to reach them by: whom a
# planner calls when it falls behind (a project's or a task's 责任人; elsewhere no field)
_CONTACT = {norm(w) for w in (
            "责任人", "项目责任人", "负责人", "项目负责人", "具体负责人", "联系人", "项目联系人", "具体联系人", "责任人员",
            "责任人及联系方式", "责任人及电话", "责任人及联系电话", "联系人及电话", "联系人及联系方式", "联系人及联系电话",
            "负责人及联系方式", "负责人及电话", "责任人（联系电话）", "联系人（联系电话）",
            # a 督办清单's person pressed on the matter, and the one who handles it at the unit
            "督办责任人", "具体责任人", "经办人", "承办人", "具体经办人", "联络人", "联络员")}
_CONTACT_PHONE = {"联系电话", "联系方式", "电话", "手机", "联系手机", "手机号码", "办公电话", "联系号码"}
# where a project is, in words too short to find inside a longer heading ("所在地区" may be the zone)
_PLACE = {"地点", "地址", "位置", "选址", "所在地", "坐落", "建设地", "坐落地点", "所在位置"}
# the unit and its own person in one column ("区住房城乡建委 张三"): the unit's cell, kept as written
_UNIT_AND_PERSON = {"责任单位及责任人", "责任单位和责任人", "责任单位(责任人)", "牵头单位及责任人", "责任单位及联系人",
                    "责任单位/责任人", "责任单位及负责人"}
# a bureau's own breakdown of its tasks among its sections (科室, 处室, 股室): the section is the unit answering for it
_OFFICE_LEADS = ["责任科室", "牵头科室", "承办科室", "主办科室", "责任处室", "牵头处室", "承办处室", "主办处室", "责任股室",
                 "责任科（室）", "责任处（室）"]
# why a list revised mid-year moved a plan ("调整原因"): kept in the 备注 of the project or the task
_ADJUST_REASON = ["调整原因", "调整理由", "调整说明", "变更原因", "调整事由", "调整依据",
                  # a list of one move's ("2024年重点项目调出名单")
                  "调出原因", "调出理由", "调出说明", "调入原因", "调入理由", "调入说明", "增补原因", "增补理由", "退出原因"]
SYNONYMS: dict[str, dict[str, list[str]]] = {
    "indicator_results": _INDICATOR,
    "indicator_targets": _INDICATOR,
    "key_projects": {
        "seq": ["序号", "编号", "序"],
        "code": ["项目编码", "项目代码", "编码", "项目编号", "代码"],
        "name": ["项目名称", "项目", "名称", "重点项目", "项目名", "工程名称", "工程项目名称", "建设项目名称",
                 "项目(工程)名称", "工程项目", "建设项目"],
        "zone": ["区域", "所属区域", "所在区域", "分区", "片区区域", "东中西部"],
        "area": ["板块", "所属板块", "功能区", "所属片区", "片区", "园区", "所在片区", "所属功能区"],
        "project_class": ["类别", "项目类别", "项目类型", "行业类别", "分类", "项目分类", "行业", "重点项目类别",
                          "重点项目类型", "项目所属行业", "所属行业", "产业类别", "产业类型", "所属类别",
                          # (a column of 新开工 / 续建 under it gives the natures: ``key_projects._class_column``)
                          "类型"],
        "nature": ["性质", "项目性质", "建设性质", "建设状态", "项目状态", "项目阶段", "建设阶段", "所处阶段"],
        "level": ["级别", "项目级别", "层级", "项目层级"],
        "content": ["建设内容", "建设内容及规模", "建设规模", "主要建设内容", "建设规模及内容",
                    # a 民生实事 list read as projects: what each item is to do
                    "主要内容", "项目内容", "实施内容", "项目主要内容",
                    # a project database's description of it
                    "项目概况", "项目简介"],
        "construction_years": ["建设起止年限", "建设年限", "起止年限", "建设周期", "建设工期", "建设期限", "建设起止年份",
                               "起止年份", "建设年度", "工期", "项目工期", "计划工期", "实施年限", "实施周期"],
        "total_investment": ["总投资", "计划总投资", "项目总投资", "估算总投资", "投资", "投资额", "总投资额", "项目投资", "估算投资", "概算投资", "概算总投资",
                             # an investment project's (招商引资) as signed
                             "协议投资额", "协议投资", "签约投资额", "签约金额", "合同投资额", "协议总投资"],
        "annual_investment": ["年度计划投资", "年度投资", "本年计划投资", "年计划投资", "计划投资", "年度投资计划",
                              "本年度计划投资", "年度计划", "本年计划", "年度计划投资额", "投资计划", "本年投资计划",
                              "计划完成投资", "年度计划完成投资", "本年计划完成投资", "计划完成投资额",
                              # "2024年投资目标", "年度目标投资", "2024年拟完成投资": the year's plan too
                              "投资目标", "年度投资目标", "目标投资", "年度目标投资", "拟完成投资", "年度拟完成投资",
                              # "2024年投资安排", "年度计划安排投资": the plan as the budget's words put it
                              "投资安排", "年度投资安排", "计划投资安排", "投资计划安排", "安排投资", "计划安排投资",
                              "年度计划安排投资", "拟安排投资", "年度安排投资"],
        "start": ["开工时间", "计划开工", "计划开工时间", "开工", "开工季度", "开工日期", "预计开工", "开工年月"],
        "completion": ["完工时间", "竣工时间", "计划竣工", "计划完工", "完工", "竣工", "计划完工时间",
                       "计划竣工时间", "完工季度", "预计完工", "竣工日期", "建成时间", "计划建成时间", "预计建成时间",
                       "计划建成", "竣工投用时间", "建成投用时间", "建成年月", "竣工年月", "完工年月", "计划竣工年月",
                       "计划完工年月", "计划建成年月",
                       # an industrial project's completion is when it goes into production or use
                       "投产时间", "计划投产时间", "建成投产时间", "竣工投产时间", "投用时间", "计划投用时间", "投入使用时间",
                       # a list of projects to finish within the year (民生实事): when each is to be done
                       "完成时限", "完成时间", "完工时限", "竣工时限", "建成时限", "计划完成时间"],
        # the year's plan by quarter in one cell: "一季度0.5；二季度1；三季度1；四季度0.5" (quarter_amounts)
        "planned_by_quarter": ["分季度投资计划", "分季度计划投资", "季度投资计划", "分季度投资", "各季度计划投资",
                               "各季度投资计划", "分季度投资安排", "季度投资安排", "分季度计划完成投资", "季度计划投资分解",
                               "分季度投资分解", "年度投资分季度计划"],
        # start and completion in one cell: "2024.03-2025.12"
        "span": ["开竣工时间", "计划开竣工时间", "开竣工", "开竣工日期", "起止时间", "建设起止时间", "计划起止时间",
                 "开工竣工时间", "开工及竣工时间", "计划开工竣工时间", "开完工时间", "计划开完工时间"],
        "actual_start": ["实际开工", "实际开工时间"],
        "actual_completion": ["实际完工", "实际竣工", "实际完工时间", "实际竣工时间"],
        "owner": ["业主单位", "建设单位", "业主", "项目业主", "实施主体", "项目单位", "项目法人", "法人单位", "项目业主单位",
                  "实施单位", "项目实施单位", "项目建设单位", "投资主体", "投资单位", "建设主体",
                  "投资方", "投资企业", "签约企业", "签约主体", "投资商"],
        # the unit that answers for the project; a district assigns it as it assigns a leader ("包保领导")
        "responsible_unit": ["责任单位", "牵头单位", "主责单位", "责任部门", "牵头部门", "主办单位", "承办单位", "责任主体",
                             "包保单位", "包联单位", "包抓单位", "联系单位", *_OFFICE_LEADS],
        "leader": _LEADERS,
        # where the project is built, words the planner keeps ("化龙桥片区", "民族路"): not the area, which groups
        "location": ["建设地点", "项目地点", "项目地址", "建设地址", "建设位置", "项目位置", "项目选址", "建设选址",
                     "具体位置", "具体地点", "具体地址", "地理位置", "坐落位置", "项目所在地", "实施地点", "项目建设地点"],
        "notes": ["备注", "说明"],
        # a list revised mid-year says why each plan moved: kept in the project's 备注
        "adjust_reason": _ADJUST_REASON,
        # a 名单调整表's word for each project's move, 调入 or 调出 (its 调整原因 is then the move's, not a note)
        "list_change": ["调整", "调整类型", "调整方式", "调整类别", "调入调出", "调入/调出", "调入或调出", "调整方向"],
        # and the day of it: a project the import puts on the list is put on it that day
        "moved_on": ["调整时间", "调整日期", "调入时间", "调入日期", "调出时间", "调出日期", "调整批准时间", "批准调整时间"],
    },
    "measures": {
        "seq": ["序号", "编号", "序"],
        "section": ["部分", "工作部分", "领域", "板块", "方面", "重点领域", "类别", "任务类别"],
        "measure": ["举措", "工作举措", "主要举措", "重点任务", "工作任务", "任务", "重点工作", "主要任务", "工作事项",
                    "重点事项", "事项"],
        # "具体措施" beside "重点任务" is what is to be done, the row's target
        "target": ["目标", "量化目标", "目标任务", "具体目标", "工作目标", "量化指标", "预期目标", "具体措施", "工作措施",
                   "主要措施", "措施", "具体任务", "具体工作", "具体举措", "主要工作", "任务目标", "工作内容", "主要内容", "具体内容", "年度目标", "预期成效",
                   "工作目标及成效", "工作要求", "目标及要求", "工作目标及要求",
                   # a 督查 system's export: 任务名称 the task, 任务描述 what it is to reach
                   "任务描述", "任务详情", "任务要求", "具体要求",
                   # what counts as done, the task's target where the list names no other ("建成投用")
                   "完成标准", "验收标准", "考核指标", "目标要求"],
        "responsible_unit": ["责任单位", "牵头单位", "主责单位", "责任部门", "牵头部门", "主办单位", "承办单位", "责任主体",
                             "实施单位", "牵头", "主办", *_OFFICE_LEADS],  # "牵头 | 配合" under 责任单位
        "partner_units": ["配合单位", "配合部门", "协办单位", "协同单位", "参与单位", "责任配合单位", "协助单位", "配合",
                          "协办", "配合科室", "配合处室", "协办科室", "协办处室"],
        "leader": _LEADERS,
        "quarter": ["完成时限", "时限", "时间节点", "完成时间", "季度", "完成季度", "时间", "进度安排", "时间进度安排",
                    "进度要求", "时间要求", "实施期限", "完成期限", "办结时限", "推进时限", "时间安排", "实施时间",
                    "完成时限要求", "截止时间", "截止日期", "截至时间", "截至日期", "办结时间", "办结日期", "完成日期",
                    "到期时间", "到期日期", "计划完成时间", "计划完成日期"],
        # the quarters' steps written in one cell ("一季度：0.3万户；二季度：0.6万户"), beside the deadline
        "steps_text": ["季度安排", "分季度安排", "季度计划", "分季度计划", "季度进度安排", "分季度进度安排", "分季度推进计划",
                       "季度推进计划", "分季度推进安排", "季度分解", "分季度分解", "分季度目标", "季度目标分解",
                       "分季度任务", "季度任务分解"],
        "subject": ["指标对象", "对象", "目标对象", "指标内容"],
        "value": ["目标值", "数值", "目标数值"],
        # a quarterly or year-end review of the measures: what was reached
        "actual": ["完成值", "实际完成", "完成数", "实际值", "完成数值", "实际完成值", "完成数量",
                   # what the review says was done ("已引进项目85个"): its figure, and its words kept
                   "进展情况", "推进情况", "工作进展", "目前进展", "实施情况", "进展", "推进落实情况", "工作推进情况",
                   "办理情况", "办结情况", "销号情况", "整改情况"],
        "status": ["完成情况", "是否完成", "完成状态", "评价", "达标情况", "任务状态", "办理状态", "办结状态", "状态",
                   "落实状态", "进展状态", "推进状态"],
        "op": ["方式", "目标方式", "比较方式"],
        "adjust_reason": _ADJUST_REASON,
        "unit": ["单位", "计量单位"],
        "notes": ["备注", "说明"],
    },
}


# a 调整表's heading of a field before or after the revision: "原配合单位", "调整后配合单位" (the others are found by the
# words they hold; the partners' are first looked for whole, since "配合单位" must not be read as "单位")
_REVISION_SAID = re.compile(r"^(?:原|调整前|调整后|调整为|调后|变更前|变更后|修订前|修订后)")
# Headers that contain a field's word but mean something we do not keep:
# "配合单位" is not the 单位 (unit) column, "联系电话" not a number.
_NOT_A_FIELD = ("配合单位", "协同单位", "协办单位", "配合部门", "参与单位", "协助单位", "责任人", "负责人", "联系人", "主管部门", "主管单位",
                "联系电话", "联系方式",
                "审批类型", "核准类型", "审批方式",  # 审批 / 核准 / 备案: how a project database's entry was approved
                "来源")  # "任务来源 | 任务内容": where a task comes from (政府工作报告), not the task; 资金来源, 数据来源


# A key project's quarter columns: "一季度计划投资", "2024年二季度完成投资（万元）",
# "三季度形象进度" (or "一季度" over "计划投资 | 完成投资" in a two-row header).
# A running total from January ("1-6月累计完成投资") is the quarter's ``to_date``.
# (a quarter in Roman numerals, "第Ⅲ季度", is "III" after NFKC; not the end of a word: "CPI季度")
_QUARTER_COLUMN = re.compile(r"(?:第?([一二三四1-4]|(?<![A-Za-z])(?:IV|III|II|I))季度|Q([1-4])|(\d{1,2})[-—–~～至到](\d{1,2})月(?:份)?)")
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
    if running and "投资" in base and _done(base):
        return f"q{_RUNNING_TO[running.group(1)]}_to_date"
    month_end = _MONTH_END.search(base)  # "截至6月底累计完成投资", "止9月末完成投资"
    if month_end and "投资" in base and _done(base):
        month = int(month_end.group(1))
        return f"q{(month + 2) // 3}_to_date" if 1 <= month <= 12 else None  # "截至7月底": the third, begun
    end = _QUARTER_END.match(base)
    if end and "投资" not in base:  # "3月底形象进度", "6月底目标": the quarter that month ends
        return _quarter_words(base[end.end():], int(end.group(1)) // 3)
    m = _QUARTER_COLUMN.search(base)
    if not m:
        return None
    rest = base[:m.start()] + base[m.end():]
    actual = "投资" in rest and _done(rest)
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
        return f"q{n}_actual" if _done(rest) else f"q{n}_planned"
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
    if not low or "投资" not in g or not _done(g):
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
        return f"q{n}_actual" if _done(g) else f"q{n}_planned"
    if low in _RUNNING_WORDS and _done(g) and (YEAR.search(g) or _THE_YEARS.search(g)):
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


def _done(heading: str) -> bool:
    """A figure of what was done ("完成投资", "实际投资"), not of what is planned ("计划完成投资")."""
    return ("完成" in heading or "实际" in heading) and "计划完成" not in heading \
        and not _ESTIMATED.search(heading)  # "预计完成投资", "预计全年完成投资": an estimate, not done


_ESTIMATED = re.compile(r"(?:预计|预期)[^完成]{0,4}完成")


def estimated(heading: str) -> bool:
    """A key project's figure estimated, not done: "预计全年完成投资" in a report of October."""
    return bool(_ESTIMATED.search(norm(heading))) and "投资" in heading


# a key project's goal for the whole year: due by its end, the fourth quarter's goal
_YEAR_GOAL = {"年度目标", "年度目标任务", "目标任务", "年度任务", "年度主要任务", "全年任务", "年度工作任务", "年度建设目标",
              "年度形象进度目标", "年度工作目标", "年度进度目标",
              "年度计划形象进度", "年底形象进度目标", "年度节点目标", "全年目标", "全年目标任务", "年度建设任务",
              # "2024年建设目标", "年底形象进度", "2024年底形象进度" (the year stripped: "底形象进度")
              "建设目标", "形象进度目标", "年度形象进度", "年底形象进度", "年末形象进度", "底形象进度", "末形象进度",
              # "2024年计划" over "投资 | 形象进度": the year's planned progress
              "计划形象进度", "目标形象进度"}


# "截至2023年底累计完成投资", "截至上年底…", "以前年度累计完成投资", "累计完成投资（截至2023年底）":
# what was invested before the year; a month or quarter ("截至6月底", "二季度末") is within the year
_BEFORE_THE_YEAR = re.compile(r"((?:19|20)\d{2}年?|上年|去年|上一年|上年度)(底|末)|以前年度|往年")
_BEFORE_THE_YEAR_SUM = re.compile(r"累计(已|实际)?(完成)?(投资|完成投资)(额)?")
# "至2023年底完成投资", "2023年底累计完成（亿元）": what was done by the year's end, said without 累计 or without 投资
_DONE_BY_THE_END = re.compile(r"(?:底|末)(?:累计)?(?:已|实际)?完成(?:投资)?(?:额|数)?$")


def _invested_before(text: str) -> bool:
    t = norm(text)
    bare = split_unit(t)[0]
    # "投资情况" over "截至2023年底累计完成": the group says it is money; "（亿元）" says it as well; said alone, the
    # cells tell (column_rules.invested_before_in_words)
    summed = _BEFORE_THE_YEAR_SUM.search(t) is not None or bool(
        re.search(r"累计(已|实际)?完成(额|数)?$", bare) or _DONE_BY_THE_END.search(bare))
    return _BEFORE_THE_YEAR.search(t) is not None and summed and "计划" not in t and "季度" not in t


# "是否开工 | 是否竣工" in a quarterly report: 是 says the event happened by the report's quarter
ASKED_EVENTS = {"是否开工": "started_asked", "是否已开工": "started_asked", "开工与否": "started_asked",
                "是否开工建设": "started_asked", "是否竣工": "completed_asked", "是否已竣工": "completed_asked",
                "是否完工": "completed_asked", "是否已完工": "completed_asked", "是否建成": "completed_asked",
                "竣工与否": "completed_asked", "是否竣工投用": "completed_asked",
                # "开工情况: 已开工 | 未开工" says the same
                "开工情况": "started_asked", "开工状态": "started_asked", "竣工情况": "completed_asked",
                "完工情况": "completed_asked", "建成情况": "completed_asked"}
_ASKED_LEVEL = re.compile(r"是否(?:为|属于|列入)?(市级|区级|省级|国家级)重点(?:建设)?(?:项目)?")


# the year's schedule in words, a step after each time: "3月开工，12月主体完工", "一季度完成招标，二季度开工"
_YEAR_PLAN = {"进度计划", "年度进度计划", "进度安排", "年度进度安排", "推进计划", "年度推进计划", "节点计划", "年度节点计划",
              "计划进度", "计划进度安排", "进度节点", "进度节点安排", "时间节点", "时间节点安排", "节点安排", "实施计划",
              "年度实施计划", "形象进度计划", "年度形象进度计划", "推进计划安排", "建设进度计划", "年度建设进度计划",
              # "3月完成可研批复，6月取得施工许可": the year's steps of the 前期 work
              "前期工作计划", "前期工作安排", "前期工作进度计划", "前期工作推进计划", "前期推进计划", "前期工作节点计划"}
# "2024年主要建设内容", "2024年工作计划", "2024年度主要工作" (the year stripped: "度主要工作")
_YEAR_CONTENT = re.compile(r"(?:年度|本年度|本年|全年|度)?(?:(?:主要)?(?:建设|工作)(?:内容|任务|目标|计划)|主要工作|"
                           r"计划完成(?:内容|任务))")


_QUARTER_FIELD = re.compile(r"q[1-4]_(planned|actual|progress|goal|to_date|issues|asks|next|lag|pace|light|remedy|due)")


# a project's milestone other than its start and completion, as a date column names it: "主体完工时间", "计划投用时间",
# "前期手续办结时间" (the plan's 节点: kept with the project, drawn on its timeline)
_MILESTONE = re.compile(r"^(?:计划|预计|预期)?(主体(?:完工|竣工|封顶|结构完工)|封顶|(?:建成|竣工|完工)?(?:投用|投产|投入使用|交付使用|"
                        r"交付|投运|运营)|前期手续|"
                        # an investment project's (招商引资): signed, registered, opened for business
                        r"签约|正式签约|注册|开业|试营业|开街|开园)(?:办结|完成|办理|手续)?(?:时间|日期|季度|时限|节点)?$")
# 前期手续, an approval a column: "立项批复", "用地预审时间", "施工许可证办理情况" (the name without the time words)
_APPROVAL = re.compile(
    r"^(?:计划|预计|预期)?(?:完成|取得|办理|办结)?(?:项目)?"
    r"((?:立项|可研|可行性研究报告?|项目建议书|初步设计(?:及概算)?|初设(?:及概算)?|概算|用地预审(?:与选址)?|选址意见书|"
    r"(?:建设)?用地规划许可证?|(?:建设)?工程规划许可证?|规划许可证?|规划方案|方案设计|环评|环境影响评价|能评|节能审查|稳评|"
    r"社会稳定风险评估|水保|水土保持方案|施工图(?:设计)?|施工许可证?|土地出让|土地摘牌|土地挂牌|供地|用地报批|农转用|"
    r"征地拆迁|房屋征收|施工招标|招投标|总承包招标|招标|不动产权证|土地证)(?:批复|审批|批准|核准|备案|审查|手续)?)"
    r"(?:办理|办结|取得|完成|获批)?(?:时间|日期|季度|时限|节点|情况|进展|进度)?$")
# under a 前期手续 group, or in a table of them, a word alone names an approval ("规划", "用地": of a project's
# 前期手续, not its place or area)
APPROVAL_WORDS = {"规划", "用地", "土地", "施工", "设计", "方案", "林地", "水保", "消防", "人防", "交评", "文物", "地灾", "压覆矿",
                  "征地", "拆迁", "招标", "能评", "稳评", "环评", "立项", "可研", "初设"}
# the approvals obtained, or still to obtain, listed in one cell: "已办理手续" | "待办理手续" ("立项、用地预审")
_APPROVALS_LISTED = re.compile(r"(已|已经|未|尚未|待|需|需要)(?:办理|办结|完成|取得|办|批复)(?:的)?(?:前期)?(?:手续|审批手续|审批事项|"
                               r"批复|许可|事项)(?:名称)?")
APPROVALS_DONE, APPROVALS_PENDING = "approvals_done", "approvals_pending"


def approvals_listed(heading: str) -> str | None:
    """:data:`APPROVALS_DONE` for a column listing the approvals obtained ("已办理手续"), :data:`APPROVALS_PENDING`
    for one listing those still to obtain ("待办理手续"), else None."""
    m = _APPROVALS_LISTED.fullmatch(norm(split_unit(YEAR.sub("", heading))[0]))
    return None if m is None else APPROVALS_DONE if m.group(1).startswith("已") else APPROVALS_PENDING


def approval_name(item: str) -> str | None:
    """The approval an item of such a list names ("用地预审", "施工许可证", "规划"), or None ("全部办结")."""
    item = norm(item)
    return milestone_word(item) or (item if item in APPROVAL_WORDS else None)


MILESTONE_FIELD = "milestone:"
MILESTONE_DONE_FIELD = "milestone_done:"  # when it happened: "实际主体完工时间"


def milestone_word(heading: str) -> str | None:
    """The milestone a date column names ("主体完工" of "主体完工时间", of "计划节点／主体完工"), or None."""
    for part in (heading, heading.rsplit("／", 1)[-1]):
        said = norm(split_unit(YEAR.sub("", part))[0])
        m = _MILESTONE.match(said) or _APPROVAL.match(said)
        if m:
            return m.group(1)
    return None


def done_milestone_word(heading: str) -> str | None:
    """The milestone a column of when it happened names ("主体完工" of "实际主体完工时间"), or None."""
    for part in (heading, heading.rsplit("／", 1)[-1]):
        said = norm(split_unit(YEAR.sub("", part))[0])
        if said.startswith("实际"):
            return milestone_word(said[2:])
    return None


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
    if base in _PACE_VERDICTS or base in _BEHIND_ASKED:
        return f"q{n}_pace"  # 是 / 否: said with the quarter's progress
    if base in _LIGHTS:
        return f"q{n}_light"  # 红灯 / 黄灯 / 绿灯: the office's own warning, said with the quarter's progress
    if _ISSUE_SAID.search(base) and not _PROGRESS_SAID.search(base):
        return f"q{n}_issues"  # "推进情况及存在问题" is where it stands, its problems with it
    return None


_PLAN_PERIOD = re.compile(r"十[一二三四五六]五|规划目标|规划期|五年规划|规划值")


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


# "项目名称及主要建设内容": one cell holding the name, then what is built ("甲项目：新建道路2公里")
NAME_AND_CONTENT = re.compile(r"^(?:项目名称|项目|名称)(?:及|和|与|、|/)(?:主要)?(?:建设内容|建设规模|内容|规模)(?:及(?:规模|内容))?$")


# a group heading's unit inside a column's heading: "投资（万元）" over "2024年计划" reads "投资（万元）2024年计划"
_INNER_MONEY_UNIT = re.compile(r"\s*[(（](?:单位[:：])?(?:万元|亿元)[)）]\s*(?=\S)")


# a share of the year's plan reached: a rate worked out from the figures beside it, no figure of its own
# ("完成年度目标" alone may be a task list's target: it needs a share's word or the 计划 of the year)
_SHARE_OF_PLAN = re.compile(r"(?:完成|占|为|达到?)(?:本年|年度|全年|当年)?(?:投资)?(?:计划|目标|任务)(?:投资)?的?"
                            r"(?:比例|比重|百分比|%)|(?:完成|占)(?:本年|年度|全年|当年)(?:投资)?计划|"
                            r"占(?:本年|年度|全年|当年)?(?:投资)?(?:计划|目标|任务)|.*(?:完成比例|完成率|完成百分比)")


# "完成全年目标（%）" in a mid-year table: with its percent, the share of the year's target reached (without it, as a
# task list may head its targets, no share)
_PLAN_REACHED = re.compile(r"(?:已?完成|占|达到?)(?:本年|年度|全年|当年)?(?:投资)?(?:计划|目标|任务)(?:投资)?|完成进度")


def share_of_plan(text: str) -> bool:
    """A heading naming how much of the year's plan is reached: a rate the figures beside it give."""
    base, unit = split_unit(_INNER_MONEY_UNIT.sub("", YEAR.sub("", text)))
    base = norm(base)
    return bool(_SHARE_OF_PLAN.fullmatch(base) or norm(unit or "") in PERCENTS and _PLAN_REACHED.fullmatch(base))


# start and completion named in one heading however joined: "计划开工（竣工）时间", "开（竣）工时间", "开工/竣工时间",
# "开工、竣工时间", "开工-竣工时间", "开工至竣工时间" (the bracket is no unit, the 竣工 no other column)
_SPAN_HEADING = re.compile(r"(?:计划|预计)?开工?[(/、\-—~～和与及至到]*[竣完]工?\)?工?(?:时间|日期|年月|时限)?")


def names_a_person(header: str | None) -> bool:
    """Whether a unit column's heading says its cells name the unit's person too ("责任单位及责任人")."""
    return norm(split_unit(YEAR.sub("", header or ""))[0]) in _UNIT_AND_PERSON


def match_heading(kind: str, text: str) -> str | None:
    """The field a header means, for one kind."""
    text = plain_range(text)
    part = PART_OF.match(norm(text)) if kind == "key_projects" else None
    if part and (inner := match_heading(kind, part.string[part.end():])) and (
            is_quarter_field(inner) or inner.startswith(("mark_q", "month_"))):
        return inner  # "2024年计划投资 | 其中：一季度 | 二季度 …": the year's plan split by quarter (or month)
    if kind == "key_projects" and _SPAN_HEADING.fullmatch(norm(YEAR.sub("", text))):
        return "span"
    base = YEAR.sub("", text)
    base, _unit = split_unit(_INNER_MONEY_UNIT.sub("", base))
    base = norm(base)
    if _REVISION_SAID.sub("", base) in SYNONYMS["measures"]["partner_units"]:
        return "partner_units"  # a task's, an indicator's or a project's 配合单位 (a 调整表's 原配合单位 | 调整后配合单位)
    if kind in ("key_projects", "measures") and base in _UNIT_AND_PERSON:
        return "responsible_unit"  # "责任单位及责任人": the unit, its person with it in the cell
    if kind in ("key_projects", "measures") and (base in _CONTACT or norm(YEAR.sub("", text)) in _CONTACT):
        return "contact"
    if kind in ("key_projects", "measures") and base in _CONTACT_PHONE:
        return "contact_phone"  # read with the person beside it
    if kind == "key_projects" and base in _PLACE:
        return "location"
    if not base or any(w in base for w in _NOT_A_FIELD):
        return None
    if kind == "measures" and _NOT_THE_DEADLINE.fullmatch(base):
        return None  # "开始时间" beside "截止时间" in a 督查 system's export: when the task was set, not when it is due
    if _SHARE_OF_PLAN.fullmatch(base) or norm(_unit or "") in PERCENTS and (
            kind == "key_projects" or _PLAN_REACHED.fullmatch(base)):
        return None  # "完成年度计划(%)", "占全年目标比例": how much of the plan is done, worked out from the figures
    if kind == "key_projects" and NAME_AND_CONTENT.match(base):
        return "name"  # read apart by the reader: see ``Layout.name_with_content``
    if kind.startswith("indicator") and any(w in base for w in _NOT_AN_INDICATOR_FIELD) and base not in _PACE_VERDICTS:
        return None
    if kind.startswith("indicator") and _PLAN_PERIOD.search(text):
        return None  # "“十四五”规划目标（2025年）": the five-year plan's end, not this year's target
    if kind.startswith("indicator") and base in ("基数", "基期值", "基期数", "基期", "基期水平", "基数值"):
        # "2023年基数" beside 2024年目标: the figure the target grows from, last year's (with its year,
        # the table's years decide; without, the year before the table's)
        return "actual" if YEAR.search(text) else "previous_actual"
    if kind.startswith("indicator"):
        m = _PERIOD.fullmatch(base)
        if m:  # a monitoring table: 一季度 | 上半年 | 前三季度 | 全年, each a total to that quarter
            month = PERIOD_END.get(m.group(1)) or int(m.group(2))
            return f"period_m{month:02d}" if 1 <= month <= 12 else None
    if kind == "measures":
        if base in _PACE_VERDICTS or base in _BEHIND_ASKED:
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
        # the year's goal ("2024年目标任务"), steps ("2024年(度)进度计划") or what the year is to build ("2024年
        # 主要建设内容" beside "建设内容及规模"): each step due in the quarter its time says ("6月底完工开街"),
        # one with no time by the year's last quarter
        if base in _YEAR_GOAL or base.removeprefix("度") in _YEAR_PLAN:
            return "year_plan"
        if _YEAR_CONTENT.fullmatch(base) and (YEAR.search(text) or base[0] in "年本全"):
            return "year_plan"
        m = _BARE_QUARTER.fullmatch(base)
        if m and money_unit_in(_unit):  # "一季度（亿元）": the quarter's planned investment, not a mark of a 横道图
            return f"q{_QUARTER_NUMBER[m.group(1) or m.group(2)]}_planned"
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
        if base in ASKED_EVENTS:
            return ASKED_EVENTS[base]  # read only in a report naming its quarter (see ``layout``)
        if base.startswith("是否") or base.endswith("情况"):
            return None  # "是否列入", "手续办理情况": a yes or a remark, not a date
    if kind == "key_projects" and base in _WHOLE_ONLY and YEAR.search(text):
        return "annual_investment"  # "2024年投资": the year's, not the project's whole
    syn = SYNONYMS[kind]
    for fld, words in syn.items():
        if base in words:
            return fld
    best, best_len, said = None, 0, ""
    for fld, words in syn.items():
        for w in words:
            if len(w) >= 2 and w in base and len(w) > best_len and w not in _WHOLE_ONLY:
                best, best_len, said = fld, len(w), w
    if best == "measure" and said in ("事项", "任务") and re.search(r"问题|困难|协调", base):
        return None  # "存在的问题及需协调事项": a report's remark, not the task (a key-project report was read as tasks)
    if kind.startswith("indicator") and best in ("actual", "target", "previous_actual") and \
            re.search(r"时限|时间|期限|日期|节点|年限", base):
        return None  # "完成时限" is when, not a figure (it made a task list with 量化指标 a table of indicators)
    if best == "actual" and kind.startswith("indicator") and ("上年" in base or "去年" in base):
        return "previous_actual"  # "上年完成": the year before the table's
    if kind == "key_projects" and best is not None and best != "code" and not money_field(best) and "投资" in base:
        return None  # "开工以来累计完成投资" is an amount, not the start ("固定资产投资项目代码" is the code)
    if kind == "key_projects" and best in ("start", "completion") and "实际" in base:
        return f"actual_{best}"  # "实际竣工时间", "开工时间（实际）": what happened, not the plan
    if best == "name" and (kind == "key_projects" and best_len == 2 or said in ("项目", "名称")):
        return None  # "项目进度", "项目基本情况": a word about the project, not its name
    return best


# when a task was given, begun or last written to: no deadline (a 督查 system's 开始时间, 下发时间, 更新时间)
_NOT_THE_DEADLINE = re.compile(r"(?:任务)?(?:开始|起始|启动|下发|交办|创建|更新|填报|录入|发布|反馈|立项)(?:时间|日期)")


# words that name a field only as the whole heading: "投资" is the total, "完成投资" is not
_WHOLE_ONLY = {"投资", "投资额", "项目投资"}


def money_field(fld: str) -> bool:
    return (fld in ("total_investment", "annual_investment", "invested_before", "planned_by_quarter")
            or fld.endswith(("_planned", "_actual", "_to_date")) or is_funding_amount(fld))
