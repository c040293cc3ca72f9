"""A key project's milestone columns beside its start and completion ("主体完工时间", "投用时间"), and the approvals of
its 前期手续 one a column under their group: each kept as the project's 节点, said in one line for a run of them.
"""
from __future__ import annotations

import re

from .cells import norm
from .grid import column_letter
from .layout import Column, Layout
from .milestone_headings import (
    APPROVAL_WORDS, MILESTONE_DONE_FIELD, MILESTONE_FIELD, done_milestone_word, milestone_word,
)


# a group over the approvals of 前期手续, one a column: "前期手续", "前期手续办理情况", "审批手续", "前期工作推进情况"
_PREPARATION = re.compile(r"(?:项目)?(?:前期|审批|报批|行政审批|相关|主要)?手续(?:办理)?(?:情况|计划|进展|进度|时间|节点|安排)?|"
                          r"(?:项目)?前期工作(?:推进)?(?:情况|计划|进展|进度|节点|安排)?")
PREPARATION_TITLE = re.compile(r"前期(?:工作|手续)|审批手续|手续办理")
# under a milestone's heading, when planned and when reached: "施工许可办理时间" over "计划 | 实际"
_PLANNED_OR_DONE = {"计划": False, "预计": False, "计划时间": False, "预计时间": False, "计划完成时间": False,
                    "实际": True, "实际时间": True, "实际完成时间": True, "完成": True, "完成时间": True, "办结时间": True}


def milestone_under(group: str, lowest: str) -> tuple[str, str] | None:
    """(field prefix, milestone name) of a column under a group of approvals or under a milestone's heading;
    None for any other."""
    g, low = norm(group), norm(lowest)
    if _PREPARATION.fullmatch(g):
        if (done := done_milestone_word(low)) is not None:
            return MILESTONE_DONE_FIELD, done
        name = milestone_word(low) or (low if low in APPROVAL_WORDS else None)
        return (MILESTONE_FIELD, name) if name else None
    if low in _PLANNED_OR_DONE and (name := milestone_word(g)) is not None:
        return (MILESTONE_DONE_FIELD if _PLANNED_OR_DONE[low] else MILESTONE_FIELD), name
    return None


def a_milestone_beside(layout: Layout, first: Column, col: Column) -> bool:
    """"计划竣工时间" beside "主体完工时间", "投用时间" (or "主体完工时间" beside "投用时间"): the completion, and a
    milestone of the project's, kept as its 节点; False where the two name one thing."""
    fld = col.field
    word, prefix = (done_milestone_word, MILESTONE_DONE_FIELD) if fld == "actual_completion" else \
        (milestone_word, MILESTONE_FIELD)  # "实际竣工时间" beside "实际主体完工时间": when each happened
    theirs, its = word(first.header), word(col.header)
    if its is None and theirs is None or its == theirs:
        return False
    if its is None:  # the milestone came first: this column is the completion
        layout.columns[fld] = col
        col, its = first, theirs
    col.field = prefix + its
    layout.columns[col.field] = col
    say_milestone(layout, col, its, "（开工、完工之外的时间）")
    return True


def say_milestone(layout: Layout, col: Column, name: str, beside: str = "") -> None:
    """The preview's word for a column read as a milestone ("主体完工"), or as when it was reached."""
    when = "实际完成的时间" if col.field.startswith(MILESTONE_DONE_FIELD) else ""
    note = f"第{column_letter(col.index)}列“{col.header}”是项目的节点“{name}”{when}，记入节点{beside}"
    layout.notes.append(note)
    if not when and not beside:
        layout.said_milestones.append((note, col.index, name))


def said_milestones_at_once(layout: Layout) -> None:
    """Three or more milestone columns side by side (a 前期工作 table's 立项 | 用地 | 规划 | 环评 | 施工许可) said in
    one line of the preview, not one a column."""
    runs: list[list[tuple[str, int, str]]] = []
    for said in sorted(layout.said_milestones, key=lambda s: s[1]):
        if runs and said[1] == runs[-1][-1][1] + 1:
            runs[-1].append(said)
        else:
            runs.append([said])
    for run in runs:
        if len(run) < 3:
            continue
        notes = {note for note, _, _ in run}
        at = min(layout.notes.index(note) for note in notes)
        layout.notes[:] = [n for n in layout.notes if n not in notes]
        layout.notes.insert(at, f"第{column_letter(run[0][1])}至{column_letter(run[-1][1])}列是项目的节点"
                                f"“{'、'.join(name for _, _, name in run)}”，各记入节点")
