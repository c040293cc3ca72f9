"""What a column's heading means, per table kind: the synonym lists, and the headings that
need more than a list (the investment before the year, a rate worked out from the figures, a five-year plan's target
that is not the year's). A heading that names a part of the year is read by :mod:`.quarter_headings`, a milestone or
an approval by :mod:`.milestone_headings`.
"""
from __future__ import annotations

import re

from ..domain.target import PERCENTS
from .cells import PART_OF, YEAR, norm, split_unit
from .funding import is_funding_amount
from .quarter_headings import (
    PACE_VERDICTS, PART_OF_YEAR, done_heading, is_quarter_field, monitoring_period, period_column, plain_range,
    quarter_field, task_review_field,
)

# a project's fields whose value before a mid-year revision ("原计划开工时间 | 调整后计划开工时间") the record of
# changes keeps, a new project's too: what a timeline shows as 原计划, what the investment was, the unit it was given to
# and the leader who answered for it
REVISED_KEPT = ("start", "completion", "total_investment", "annual_investment", "responsible_unit", "partner_units",
                "leader")

__all__ = ["SYNONYMS", "REVISED_KEPT", "match_heading", "names_a_person", "share_of_plan", "money_field"]


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
# Headers an indicator table has that contain a field's word and are not it:
# 责任单位 is no unit of measure, 与目标差距 no target.
_NOT_AN_INDICATOR_FIELD = ("数据来源", "差距", "差额",
                           # who sends the figure in ("数据提供单位: 区统计局"), no unit of measure
                           "提供单位", "报送单位", "填报单位", "统计单位", "来源单位", "报送部门", "提供部门",
                           "完成率", "完成比例", "进度", "排名", "位次",  # a rate, progress against the year or a rank
                           "年均")  # a plan period's average growth, not the year's
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


_PLAN_PERIOD = re.compile(r"十[一二三四五六]五|规划目标|规划期|五年规划|规划值")


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
    if kind.startswith("indicator") and any(w in base for w in _NOT_AN_INDICATOR_FIELD) and base not in PACE_VERDICTS:
        return None
    if kind.startswith("indicator") and _PLAN_PERIOD.search(text):
        return None  # "“十四五”规划目标（2025年）": the five-year plan's end, not this year's target
    if kind.startswith("indicator") and base in ("基数", "基期值", "基期数", "基期", "基期水平", "基数值"):
        # "2023年基数" beside 2024年目标: the figure the target grows from, last year's (with its year,
        # the table's years decide; without, the year before the table's)
        return "actual" if YEAR.search(text) else "previous_actual"
    if kind.startswith("indicator") and (period := monitoring_period(base)):
        return period  # a monitoring table: 一季度 | 上半年 | 前三季度 | 全年, each a total to that quarter
    if kind == "measures" and (review := task_review_field(base)):
        return review
    if kind == "key_projects" and re.search(r"率|比例|占比|比重|百分比|^占", base):
        return None  # "年度投资完成率" is a rate worked out from the amounts, not one of them
    if kind == "key_projects" and _invested_before(text):
        return "invested_before"
    if kind == "key_projects" and "累计" in base and "投资" in base and not done_heading(base) \
            and quarter_field(base) is None:
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
        period = period_column(base, text, _unit)
        if period is not None:
            return period
        if PART_OF_YEAR.search(base):
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
