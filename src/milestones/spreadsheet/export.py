"""Writing attachment tables a planner can hand on without touching them: which table, for which year,
zone, area, class or unit, to which file (each unit its own, with file names that say what is in them).

The sheets are laid out by :mod:`.attachment_sheet` (the official attachment's look, A4 landscape fit to
one page wide with the header repeated and "第 &P 页 共 &N 页" in the footer), their rows written by
:mod:`.export_tables`.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable

from ..domain.quarter import Quarter
from ..store import Database, read_at_once
from ..store.exports import ExportFilter, export_units
from ..store.queries import find_plan
from .attachment_sheet import ExportCancelled, write_workbook
from .export_tables import indicators_table, measures_table, projects_table

# ExportCancelled: what export() raises when the planner cancels it
__all__ = ["export", "export_each_unit", "file_stem", "EXPORT_KINDS", "UNIT_KINDS", "ExportCancelled"]

EXPORT_KINDS = ("indicator_results", "indicator_targets", "key_projects", "measures")
UNIT_KINDS = ("key_projects", "measures", "project_progress")  # the tables a unit gets its own of


@read_at_once  # the year, the indicators' years and the rows as they were at one moment
def export(db: Database, kind: str, out: str | Path, *, year: int | None = None, zone: str | None = None,
           area: str | None = None, project_class: str | None = None, timeline: bool = True,
           report: Quarter | None = None, unreported_only: bool = False, unit: str | None = None,
           view=None, view_words: str = "", revised: bool = False, progress=None, cancelled=None) -> int:
    """Write one attachment table to ``out``; return the number of records written.

    ``report``: the key-project table gets that quarter's 计划投资 | 完成投资 |
    形象进度 columns even where nothing is filled yet: the form owners fill in
    and send back, which then imports as the quarter's report; the measures table
    gets each quarter's 完成情况 up to it, for the units answering for the targets.
    With ``unreported_only``, only the projects (targets) that have not reported it yet. With ``unit``, only
    the rows that unit answers for (a project's owner or unit responsible; a target's units), its
    name in the title: the form sent to it. ``view`` (a ProjectFilter: the list's warning light, nature,
    search…) narrows the key projects further, ``view_words`` saying how in the title. ``revised``: the targets
    whose deadline was revised in the plan's year, each with its 原完成时限 (a 任务调整表; the projects' is a
    ``view`` with ``plan_revised``). The key projects' table
    tells ``progress(done, total)`` as it writes and stops on ``cancelled()`` (:class:`ExportCancelled`, no file
    left)."""
    if kind not in EXPORT_KINDS:
        raise ValueError(f"未知的表格类型“{kind}”，应为：{', '.join(EXPORT_KINDS)}")
    plan_year = None
    if kind in ("key_projects", "measures"):
        with db.read() as s:
            plan_year = find_plan(s, year).year
    if unreported_only and report is None:
        raise ValueError("只导出未填报的项目时须指定填报季度")
    if report is not None and (kind not in ("key_projects", "measures") or report.year != plan_year):
        raise ValueError(f"填报季度应为{plan_year or year or ''}年的季度，且只用于重点项目表和举措表（得到：{report}）")
    if unreported_only and kind not in ("key_projects", "measures"):
        raise ValueError("只导出未填报的记录只用于重点项目表和举措表")
    if revised and kind != "measures":
        raise ValueError(f"只含调整过的目标只用于举措表（得到：{kind}）")
    if unit and kind not in ("key_projects", "measures"):
        raise ValueError(f"按单位导出只用于重点项目表和举措表（得到：{kind}）")
    if kind.startswith("indicator") and year is None:
        year = _latest_indicator_year(db, kind)
    elif kind.startswith("indicator"):
        _indicator_year_held(db, year)
    elif year is None:
        year = plan_year  # the latest plan's (next year's 附件2 imported beside it is no plan of projects)

    def fill(wb) -> int:
        if kind.startswith("indicator"):
            return indicators_table(wb, db, kind, year)
        # a list narrowed to nothing is said, not sent as an empty form ("--light 严重滞后 --area …" with none late
        # there); the whole list of a new plan, empty, is still the blank form to fill in
        narrowed = bool(unit or unreported_only)
        if kind == "key_projects":
            chase = report if unreported_only else None
            n = projects_table(wb, db, ExportFilter(year, zone, area, project_class, chase, unit or None,
                                               view=view, view_words=view_words),
                          plan_year, timeline, report, progress, cancelled)
            if n == 0 and (narrowed or zone or area or project_class or view is not None):
                raise ValueError("没有符合条件的项目")
            return n
        n = measures_table(wb, db, plan_year, report, unit or None, report if unreported_only else None, revised)
        if n == 0 and revised and not narrowed:  # an empty 调整表 handed on would say the plan was revised
            raise ValueError(f"{plan_year}年没有调整过完成时限、目标内容或责任单位的目标")
        if n == 0 and narrowed:
            raise ValueError("没有符合条件的目标")
        return n

    return write_workbook(out, fill)


# what each table is called in a file's name
FILE_NAMES = {"indicator_results": "附件1", "indicator_targets": "附件2", "key_projects": "重点项目",
              "measures": "举措与目标", "project_progress": "重点项目推进情况表", "unit_progress": "各单位进展"}


def file_stem(kind: str, year: int, report: Quarter | None = None, parts: Iterable[str] = ()) -> str:
    """A file name that says what is in it: "2024年重点项目（东部·解放碑中央商务区）", or a quarter's
    form: "2024年二季度工作举措填报表"."""
    name = FILE_NAMES[kind]
    if report is not None and kind == "key_projects":
        name = f"{'一二三四'[report.q - 1]}季度重点项目填报表"
    elif report is not None and kind == "measures":
        name = f"{'一二三四'[report.q - 1]}季度工作举措填报表"
    elif report is not None and kind == "project_progress":  # 2024年上半年重点项目推进情况表
        name = f"{report.year_to_date_zh}{name}"
    elif report is not None and kind == "unit_progress":
        name = f"{'一二三四'[report.q - 1]}季度{name}"
    which = f"（{'·'.join(parts)}）" if parts else ""
    return f"{year}年{name}{which}"


@read_at_once
def export_each_unit(db: Database, kind: str, folder: str | Path, name: str, *, year: int | None = None,
                     zone: str | None = None, area: str | None = None, project_class: str | None = None,
                     report: Quarter | None = None, unreported_only: bool = False, timeline: bool = True,
                     as_reported: bool = False, progress=None, cancelled=None) -> list[Path]:
    """Each unit its own file: one per unit the rows name, "``name``（unit）.xlsx" in ``folder``, as
    :func:`export` with ``unit`` writes it — the form sent to the unit — or, for "project_progress", the
    unit's projects' 推进情况表 at ``report`` (the 通报 each unit gets). Cancelled, it stops after the file
    being written (each file written is whole); returns the files written."""
    if kind not in UNIT_KINDS:
        raise ValueError(f"按单位导出只用于重点项目表、举措表和推进情况表（得到：{kind}）")
    if unreported_only and report is None:  # said before the folder is made, as export says it
        raise ValueError("只导出未填报的项目时须指定填报季度")
    with db.read() as s:
        plan_year = find_plan(s, year).year
    chase = report if unreported_only else None
    projects = kind != "measures"
    units = export_units(db, "key_projects" if projects else kind,
                         ExportFilter(plan_year, zone, area, project_class, chase) if projects
                         else ExportFilter(plan_year, unreported=chase))
    if not units and chase is not None:
        raise ValueError(f"{chase.label_zh}都已填报，没有要催报的单位")
    if not units:
        raise ValueError("要导出的记录都没有填写单位" if kind == "measures" else "要导出的项目都没有填写业主单位或责任单位")
    options = dict(zone=zone, area=area, project_class=project_class, timeline=timeline,
                   unreported_only=unreported_only) if kind == "key_projects" else dict(unreported_only=unreported_only)
    folder, written = Path(folder), []
    made = not folder.exists()
    folder.mkdir(parents=True, exist_ok=True)  # the folder for the forms is made; a file's folder is not
    try:
        for i, unit in enumerate(units):
            if cancelled is not None and cancelled():
                break
            # a unit typed as a sentence still makes a file name a system keeps (255 bytes); two units alike
            # once shortened get a number each, never one file for both
            said = _FILE_UNSAFE.sub("_", unit)[:40]
            out = folder / f"{name}（{said}）.xlsx"
            if out in written:
                out = folder / f"{name}（{said}）-{i + 1}.xlsx"
            if kind == "project_progress":
                from .progress_report import export_project_progress  # it builds on this module

                export_project_progress(db, out, report or Quarter(plan_year, 4),
                                        ExportFilter(plan_year, zone, area, project_class, unit=unit),
                                        as_reported=as_reported)
            else:
                export(db, kind, out, year=plan_year, report=report, unit=unit, **options)
            written.append(out)
            if progress is not None:
                progress(i + 1, len(units))
    except BaseException:
        if made and not any(folder.iterdir()):  # refused at the first unit ("尚未存档上报"): no folder left
            folder.rmdir()
        raise
    return written


# characters no file name may hold on Windows (a unit typed "区委/区政府办公室" is split into two already)
_FILE_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def _indicator_year_held(db: Database, year: int) -> None:
    """A year no indicator has is refused, not written as a table of no rows ("--year 2025")."""
    from sqlalchemy import select

    from ..store.schema import IndicatorYear

    with db.read() as s:
        years = list(s.scalars(select(IndicatorYear.year).distinct().order_by(IndicatorYear.year)))
    if year not in years:
        if not years:
            raise ValueError("数据库中没有指标")
        raise ValueError(f"数据库中没有{year}年的指标（有：{'、'.join(map(str, years))}年）")


def _latest_indicator_year(db: Database, kind: str) -> int:
    """附件1 reports on last year; 附件2 proposes this year's targets."""
    from sqlalchemy import func, select

    from ..store.schema import IndicatorYear

    with db.read() as s:
        col = IndicatorYear.actual if kind == "indicator_results" else IndicatorYear.target_text
        y = s.scalar(select(func.max(IndicatorYear.year)).where((col.is_not(None)) | IndicatorYear.status.is_not(None)))
        y = y or s.scalar(select(func.max(IndicatorYear.year)))
    if y is None:
        raise ValueError("数据库中没有指标")
    return y
