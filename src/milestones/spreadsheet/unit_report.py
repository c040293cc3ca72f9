"""各单位进展 as a table to send round: each unit's targets and projects at a quarter.

The office's 通报 after a quarter, laid out as the attachments are (title, merged two-row header,
borders, A4 landscape one page wide, 第 N 页 共 M 页); a report, not a table to import back.
"""
from __future__ import annotations

from pathlib import Path

from ..domain.progress import Light
from ..domain.quarter import Quarter
from ..store import Database, read_at_once
from ..store.queries import find_plan
from ..store.unit_progress import unit_progress
from .attachment_sheet import AttachmentSheet, Col, write_workbook

_TARGETS, _PROJECTS, _INDICATORS = "工作举措量化目标（个）", "重点项目（个）", "主要指标（个）"
# (heading, group, what is counted)
_FIGURES = [
    ("牵头", _TARGETS, "targets", "listed"), ("完成", _TARGETS, "targets", "met"),
    ("未完成", _TARGETS, "targets", "not_met"), ("到期未填报", _TARGETS, "targets", "pending"),
    ("落后于季度安排", _TARGETS, "targets", "behind"),
    ("负责", _PROJECTS, "projects", "listed"), ("严重滞后", _PROJECTS, "projects", Light.RED.value),
    ("滞后", _PROJECTS, "projects", Light.YELLOW.value), ("未报本季度投资", _PROJECTS, "projects", "unreported"),
    # where a table split among the units names who leads each indicator
    ("牵头", _INDICATORS, "indicators", "listed"), ("未完成", _INDICATORS, "indicators", "not_met"),
    ("未达时序进度", _INDICATORS, "indicators", "behind_pace"),
]


@read_at_once
def export_unit_progress(db: Database, out: str | Path, year: int | None = None, at: Quarter | None = None) -> int:
    """Write 各单位进展 at ``at`` (the plan year's fourth quarter if not given) to ``out``; returns the
    number of units."""
    with db.read() as s:
        year = find_plan(s, year).year
    at = at or Quarter(year, 4)
    units = unit_progress(db, year, at)

    led = any(u.indicators["listed"] for u in units)
    figures = [f for f in _FIGURES if led or f[2] != "indicators"]  # most plans name no indicator's unit

    def fill(wb) -> int:
        cols = [Col("序号", "seq", "count", min_width=5), Col("单位", "unit", max_width=30)] + [
            Col(head, key, "count", group=group, min_width=7) for head, group, _what, key in figures]
        quarter = f"{'一二三四'[at.q - 1]}季度" if at.year == year else at.label_zh
        sheet = AttachmentSheet(wb, "各单位进展", "", f"{year}年{quarter}各单位目标任务和重点项目进展情况", cols)
        sheet.header()
        for n, u in enumerate(units, start=1):
            # a nought is left blank, as offices leave it: the figures that are there stand out
            sheet.record([n, u.unit] + [getattr(u, what)[key] or None for _head, _group, what, key in figures])
        sheet.note(f"注：截至{at.label_zh}。目标按牵头单位统计（配合单位不计），未写目标责任单位的按举措的责任单位；"
                   "重点项目按责任单位统计，未写责任单位的按业主单位；“严重滞后”“滞后”为开工、竣工或投资进度的预警"
                   + ("；主要指标按牵头单位统计。" if led else "。"))
        sheet.finish()
        return len(units)

    return write_workbook(out, fill)
