"""``milestones export``: an attachment table (or a quarter's progress table) written as xlsx, narrowed as asked."""
from __future__ import annotations

from .common import _error, _lang, _say, _upgrade_said


def _light_view(db, args, report):
    """`export --light`: the projects of one warning light (judged at ``report``, else this quarter within the
    plan's year, else its fourth), and the words for the table's title; `--revised`, those whose plan was revised
    (a 调整表); (None, "") without either."""
    if not getattr(args, "light", None) and not getattr(args, "revised", False) \
            and not getattr(args, "list_changes", False):
        return None, ""
    import dataclasses
    import datetime as dt

    from ..domain.quarter import Quarter
    from ..store.queries import find_plan
    from ..timeline.data import narrowed_to

    with db.read() as s:
        year = find_plan(s, args.year).year
    view, words = narrowed_to(db, year, light=args.light, revised=getattr(args, "revised", False),
                              list_adjusted=getattr(args, "list_changes", False),
                              language=_lang(args))
    today = Quarter.from_date(dt.date.today())
    return dataclasses.replace(view, at=report or (today if today.year == year else Quarter(year, 4))), words


def cmd_export(args) -> int:
    from ..spreadsheet.export import export
    from ..store import open_store

    from ..domain.quarter import Quarter
    from ..domain.schedule_cell import parse_schedule_cell
    from ..store.queries import find_plan

    db = _upgrade_said(args, open_store(args.db, with_sample=not args.empty))
    try:
        report = None
        if args.report:
            report = parse_schedule_cell(args.report, args.year).quarter
            if report is None:
                raise ValueError(f"“{args.report}”不是季度，应为如 2024Q2")
        _options_fit_kind(args)
        for option in ("revised", "light", "list_changes"):
            if args.each_unit and getattr(args, option, None):  # each unit's form is its whole list: it was ignored
                raise ValueError(f"--{option.replace('_', '-')} 不能与 --each-unit 同用（各单位的表是其全部记录）")
        if not args.each_unit and not str(args.out).lower().endswith(".xlsx"):
            # an .xlsx under another name (a.pdf, a.xls) opens nowhere: Excel refuses what its suffix belies
            raise ValueError(f"导出的是 xlsx 表格，文件名应以 .xlsx 结尾（得到：{args.out}）")
        _known_places(db, args)
        if args.unit:
            args.unit = _known_unit(db, args)
        if args.kind == "unit_progress":
            from ..spreadsheet.unit_report import export_unit_progress

            n = export_unit_progress(db, args.out, args.year, report)
        elif args.kind == "project_progress" and not args.each_unit:
            from ..spreadsheet.progress_report import export_project_progress
            from ..store.exports import ExportFilter

            with db.read() as s:
                year = find_plan(s, args.year).year
            n = export_project_progress(db, args.out, report or Quarter(year, 4),
                                        ExportFilter(year, args.zone, args.area, args.project_class, unit=args.unit),
                                        as_reported=args.as_reported)
        elif args.each_unit:
            from ..spreadsheet.export import export_each_unit, file_stem

            with db.read() as s:
                year = find_plan(s, args.year).year
            if args.kind == "project_progress":
                report = report or Quarter(year, 4)
            written = export_each_unit(
                db, args.kind, args.out, file_stem(args.kind, year, report), year=year, zone=args.zone,
                area=args.area, project_class=args.project_class, timeline=args.timeline, report=report,
                unreported_only=args.unreported, as_reported=args.as_reported)
        else:
            # a 调整表: the projects' is a view of the list (计划已调整), the targets' those whose deadline moved
            tasks_revised = args.kind == "measures" and args.revised
            view, words = (None, "") if tasks_revised else _light_view(db, args, report)
            n = export(db, args.kind, args.out, year=args.year, zone=args.zone, area=args.area,
                       project_class=args.project_class, timeline=args.timeline, report=report,
                       unreported_only=args.unreported, unit=args.unit, view=view, view_words=words,
                       revised=tasks_revised)
    except (ValueError, LookupError) as exc:
        _error(args, exc)
        return 1
    finally:
        db.close()
    if args.each_unit:
        print(_say(args, f"已为 {len(written)} 个单位各导出一个文件到 {args.out}",
                   f"Exported a file for each of {len(written)} units to {args.out}"))
    else:
        print(_say(args, f"已导出 {n} 条记录到 {args.out}", f"Exported {n} record{'' if n == 1 else 's'} to {args.out}"))
    return 0


# The tables each of export's options narrows or changes. One given to another table is refused, not
# ignored: "export measures --zone 东部" wrote all 125 targets, "project_progress --light 滞后" every project.
_EXPORT_OPTIONS = {
    "--zone": ("zone", ("key_projects", "project_progress")),
    "--area": ("area", ("key_projects", "project_progress")),
    "--class": ("project_class", ("key_projects", "project_progress")),
    "--light": ("light", ("key_projects",)),
    "--no-timeline": ("no_timeline", ("key_projects",)),
    "--report": ("report", ("key_projects", "measures", "project_progress", "unit_progress")),
    "--as-reported": ("as_reported", ("project_progress",)),
    "--unreported": ("unreported", ("key_projects", "measures")),
    "--revised": ("revised", ("key_projects", "measures")),
    "--list-changes": ("list_changes", ("key_projects",)),
    "--unit": ("unit", ("key_projects", "measures", "project_progress")),
    "--each-unit": ("each_unit", ("key_projects", "measures", "project_progress")),
}


TABLE_WORDS = {"key_projects": "重点项目表 key_projects", "measures": "举措表 measures",
               "project_progress": "推进情况表 project_progress", "unit_progress": "各单位进展 unit_progress"}


def _options_fit_kind(args) -> None:
    for option, (attr, kinds) in _EXPORT_OPTIONS.items():
        given = (not args.timeline) if attr == "no_timeline" else getattr(args, attr, None)
        if given and args.kind not in kinds:
            raise ValueError(f"{option} 只用于{'、'.join(TABLE_WORDS[k] for k in kinds)}（得到：{args.kind}）")


def _known_unit(db, args) -> str:
    """The unit ``--unit`` names, as the table's cells name it ("区商务委（牵头）" is 区商务委); one the year's
    table does not name is refused, with the names nearest it, not exported as an empty form."""
    from ..domain.units import unit_name
    from ..store.exports import unit_choices
    from ..store.queries import find_plan
    from ..timeline.data import nearest_names

    with db.read() as s:
        year = find_plan(s, args.year).year
    unit = unit_name(args.unit.strip())
    table = "measures" if args.kind == "measures" else "key_projects"
    units = unit_choices(db, table, year)
    if unit in units:
        return unit
    what = "举措表" if table == "measures" else "重点项目"
    if not units:
        raise ValueError(f"{year}年的{what}没有填写单位，无法只导出“{unit}”的")
    near = nearest_names(unit, units)
    raise ValueError(f"{year}年的{what}中没有单位“{unit}”；有：{'、'.join(near)}")


def _known_places(db, args) -> None:
    """A zone, area or class the plan does not have is refused, not exported as an empty table ("北部": 0 records)."""
    from sqlalchemy import select

    from ..store.queries import find_plan
    from ..store.schema import Zone
    from ..timeline.data import narrowed_to

    for attr in ("zone", "area", "project_class"):  # " 解放碑中央商务区 " was checked trimmed, then matched nothing
        if getattr(args, attr) is not None:
            setattr(args, attr, getattr(args, attr).strip() or None)
    with db.read() as s:
        if args.zone and s.scalar(select(Zone.id).where(Zone.name == args.zone)) is None:
            raise ValueError(f"没有名为“{args.zone}”的区域；应为 东部、中部、西部 或 全区")  # as the printout says
        year = find_plan(s, args.year).year if args.area or args.project_class else None
    if year is not None:
        narrowed_to(db, year, area=args.area, project_class=args.project_class)  # as a printout refuses them
