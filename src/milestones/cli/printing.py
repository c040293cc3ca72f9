"""``milestones print``: the quarterly timeline to PDF or PNG, as the window's print box makes it."""
from __future__ import annotations

import sys

from .common import EXIT_USAGE, _error, _lang, _say, _upgrade_said


def ensure_gui_application(lang: str = "zh"):
    """Painting needs a Qt application; without a display, an offscreen one."""
    import os

    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(["milestones"])
    from ..app import bundled_font_families

    families = bundled_font_families()
    return app, (families[0] if families else None)


def cmd_print(args) -> int:
    from ..domain.quarter import Quarter, QuarterParseError
    from ..store import open_store
    from ..store.queries import PlanNotFound, find_plan
    from ..timeline.paint import Options
    from ..timeline.data import narrowed_to
    from ..timeline.print import PrintSettings, files_in_brief, print_to_file

    _app, family = ensure_gui_application()
    db = _upgrade_said(args, open_store(args.db, with_sample=not args.empty))
    try:
        with db.read() as s:
            plan = find_plan(s, args.year)
            title, year, office = plan.title, plan.year, plan.issuing_office
        try:
            first = Quarter.parse(args.first) if args.first else Quarter(year, 1)
            last = Quarter.parse(args.last) if args.last else Quarter(year, 4)
        except QuarterParseError as exc:
            _error(args, exc)
            return EXIT_USAGE
        if last < first:
            print("milestones: " + _say(args, "截止季度早于起始季度", "the last quarter is before the first"),
                  file=sys.stderr)
            return EXIT_USAGE
        # the print dialog's own bounds: 100,000 dpi is a page no memory holds, 5 dpi one no eye reads
        for value, low, high, zh, en in ((args.dpi, 50, 1200, "分辨率", "The resolution (dpi)"),
                                         (args.scale, 8, 200, "每季度宽度（毫米）", "The width of a quarter (mm)")):
            if value is not None and not low <= value <= high:
                print("milestones: " + _say(args, f"{zh}应在 {low} 到 {high} 之间（得到：{value:g}）",
                                            f"{en} is {low} to {high} (given: {value:g})"), file=sys.stderr)
                return EXIT_USAGE
        zones = args.zone or ["全区"]
        only, said = narrowed_to(db, year, area=args.area, project_class=args.project_class, light=args.light,
                                 unit=args.only_unit, list_adjusted=args.list_changes, language=_lang(args))
        narrowed = _say(args, f"筛选（{said}）", f"Only: {said}") if said else ""  # as the print dialog words it
        settings = PrintSettings(
            projects=only, narrowed=narrowed,
            title=_say(args, f"{title}·重点项目季度进度", f"{title} · key projects"), period=(first, last),
            paper=args.paper, landscape=not args.portrait,
            fit="scale" if args.scale else "width", quarter_mm=args.scale or 30.0,
            legend_every_page=args.legend_every_page, issuing_office=args.office or office or "",
            summary=args.summary,
            order=args.order,
            options=Options(actual=not args.no_actual, investment=args.investment, unit_column=args.unit,
                            language=_lang(args), font_family=family),
        )
        files = print_to_file(db, args.out, zones, settings, year=year, dpi=args.dpi)
    except (ValueError, PlanNotFound) as exc:
        _error(args, exc)
        return 1
    finally:
        db.close()
    pages = _say(args, f"（{len(files)}页）", f" ({len(files)} pages)") if len(files) > 2 else ""
    print(_say(args, "已写入 ", "Written: ") + files_in_brief(files) + pages)
    return 0
