"""A key project's milestones and approvals as a column's heading names them: "主体完工时间", "计划投用时间",
"施工许可证办理情况", and the columns listing the approvals obtained or still to obtain.
"""
from __future__ import annotations

import re

from .cells import YEAR, norm, split_unit

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


