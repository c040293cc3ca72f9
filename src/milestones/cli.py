"""The command line: ``milestones`` starts the app, ``milestones <command>`` works headless.

Every command uses the same store functions as the GUI. Errors a user can
cause (a bad path, a database that cannot be upgraded) are printed as one
clear line and exit with status 2; never a traceback.
"""
from __future__ import annotations

import argparse
import datetime
import json
import os
import shlex
import sys
from collections import Counter
from typing import Sequence

EXIT_USAGE = 2
EXIT_SOFTWARE = 70  # a fault of milestones itself (sysexits' EX_SOFTWARE)
command_ran = False  # a headless command (not the desktop app) was run by main()


class _Version(argparse.Action):
    """``--version``, reading the installed version only when asked."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help or "显示版本号并退出")

    def __call__(self, parser, namespace, values, option_string=None):
        from . import __version__

        print(f"milestones {__version__}")
        parser.exit()


def _add_db_option(p: argparse.ArgumentParser, default=None) -> None:
    p.add_argument("--db", metavar="PATH|URL", default=default,
                   help="计划数据库：SQLite 文件路径或 postgresql:// 地址（默认：用户数据目录中的 plan.db）")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="milestones",
        description="区县年度计划与重点项目季度进度管理。不带命令时启动桌面程序。",
    )
    parser.add_argument("--version", action=_Version)
    _add_db_option(parser)
    parser.add_argument("--empty", action="store_true", help="新建数据库时不载入内置的2024年计划样例")
    parser.add_argument("--lang", choices=["zh", "en"], help="界面语言（默认：中文，或上次的选择）")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    info = sub.add_parser("info", help="数据库概况：计划、重点项目、季度开工完工、指标")
    _add_db_option(info, argparse.SUPPRESS)
    info.add_argument("--year", type=int, help="计划年度（默认：最新）")
    info.add_argument("--json", action="store_true", help="以 JSON 输出")
    # one of them: "--progress 2024Q2 --chase 2024Q2" printed the paragraph and dropped the list unsaid
    what = info.add_mutually_exclusive_group()
    what.add_argument("--progress", metavar="QUARTER", help="写出截至该季度的进展情况文字（如 2024Q2），供汇报材料使用")
    what.add_argument("--chase", metavar="QUARTER",
                      help="催报名单：截至该季度（如 2024Q3）尚未报送投资的项目、到期未填报的目标，按单位列出")
    what.add_argument("--check", action="store_true",
                      help="数据检查：年度计划大于总投资、季度计划与年度不符、完工早于开工、未填单位等，逐项列出")
    what.add_argument("--changes", nargs="?", const=50, type=_how_many, metavar="N",
                      help="列出最近 N 次（默认 50）计划与投资的修改：谁、何时、原为、改为")
    info.add_argument("--as-reported", action="store_true",
                      help="与 --progress 同用：写出该季度上报存档时的文字（而非按现在的数据）")

    imp = sub.add_parser("import", help="导入附件表格（xlsx/xlsm/ods/csv、系统导出的网页或 XML 格式 xls、Word 文档 docx 中的表格），"
                                        "或计划报告（docx/txt）中的工作举措和量化目标：先预览，再一次性写入")
    _add_db_option(imp, argparse.SUPPRESS)
    imp.add_argument("file", help="表格文件")
    imp.add_argument("--kind", metavar="KIND", help=f"表格类型：{', '.join(KINDS)}（默认：按标题和表头识别）")
    imp.add_argument("--year", type=int, help="年度（默认：按标题和表头识别）")
    imp.add_argument("--remove-missing", action="store_true",
                     help="文件是全年完整的重点项目清单：将计划中有而文件中没有的项目移出计划（记入清单变动）")
    imp.add_argument("--same-area", metavar="文件中的名称=已有板块", action="append", default=[],
                     help="文件中的板块名称即计划中已有的板块（如 解放碑=解放碑中央商务区），按已有板块导入，不新建，并记住供以后导入；"
                          "等号后不写（解放碑=）则按文件原样读取并忘记此前的选择；可多次给出")
    imp.add_argument("--same-name", metavar="文件中的名称=已有名称", action="append", default=[],
                     help="文件中的项目或指标即计划中已有的（如 重庆长滨项目=重庆长滨），按已有的导入，不新增，并记住供以后导入；"
                          "等号后不写则按文件原样读取；可多次给出")
    imp.add_argument("--dry-run", action="store_true", help="只预览，不写入数据库")
    imp.add_argument("--json", action="store_true", help="以 JSON 输出解析结果、问题和差异")
    imp.add_argument("--mark", metavar="OUT.xlsx",
                     help="另存一份标注了问题的文件副本（问题单元格标色并加批注，首页为问题清单），便于退回填报单位")

    exp = sub.add_parser("export", help="导出附件表格（xlsx）")
    _add_db_option(exp, argparse.SUPPRESS)
    exp.add_argument("kind", choices=[*KINDS, "project_progress", "unit_progress"],
                     help="表格类型（project_progress：重点项目推进情况表，逐项目的投资完成、开工竣工和预警，附分类统计；"
                          "unit_progress：各单位进展；两者均截至 --report 的季度，默认四季度）")
    exp.add_argument("out", help="输出文件 .xlsx")
    exp.add_argument("--year", type=int, help="年度")
    exp.add_argument("--zone", help="只导出该区域（东部/中部/西部/全区）")
    exp.add_argument("--area", help="只导出该板块")
    exp.add_argument("--class", dest="project_class", help="只导出该类别")
    exp.add_argument("--light", help="重点项目表只导出该预警的项目：严重滞后/滞后/正常/未到期/已完成（截至 --report 的季度，"
                                     "默认本季度或计划年度四季度；表题注明）")
    exp.add_argument("--no-timeline", dest="timeline", action="store_false",
                     help="重点项目表不附“横道图”工作表")
    exp.add_argument("--report", metavar="QUARTER",
                     help="附该季度的填报列，如 2024Q2：重点项目表为计划投资、完成投资、形象进度，发给业主单位填写后导入；"
                          "举措表为截至该季度的各季度完成情况，发给责任单位填写后导入")
    exp.add_argument("--as-reported", action="store_true",
                     help="与 project_progress 同用：按该季度存档上报时的预警和完成投资导出")
    exp.add_argument("--unreported", action="store_true", help="与 --report 同用：只含尚未填报该季度的（重点项目：该季度投资；举措表：该季度进展，到期的还有完成值），用于催报")
    per_unit = exp.add_mutually_exclusive_group()
    per_unit.add_argument("--unit", help="只导出该单位的（重点项目：业主单位或责任单位；举措表：责任单位或配合单位），"
                                         "单位名写入表题")
    per_unit.add_argument("--each-unit", action="store_true",
                          help="每个单位一个文件，写入 out 文件夹，文件名如“2024年二季度工作举措填报表（区商务委）.xlsx”")

    pr = sub.add_parser("print", help="打印季度进度时间轴到 PDF 或 PNG")
    _add_db_option(pr, argparse.SUPPRESS)
    pr.add_argument("--zone", action="append", help="区域：东部/中部/西部/全区（可重复；默认：全区）")
    pr.add_argument("--from", dest="first", help="起始季度，如 2024Q1（默认：计划年度一季度）")
    pr.add_argument("--to", dest="last", help="截止季度，如 2024Q4（默认：计划年度四季度）")
    pr.add_argument("--paper", default="A4", type=str.upper, choices=["A4", "A3"], help="纸张（默认 A4）")
    pr.add_argument("--portrait", action="store_true", help="纵向（默认横向）")
    fit = pr.add_mutually_exclusive_group()
    fit.add_argument("--fit", choices=["width"], help="时段缩放到页宽（默认）")
    fit.add_argument("--scale", type=float, metavar="MM", help="固定比例：每季度宽 MM 毫米，超出页宽时分页拼接")
    pr.add_argument("--unit", action="store_true", help="显示责任单位列")
    pr.add_argument("--area", help="只印该板块的项目（页眉注明）")
    pr.add_argument("--class", dest="project_class", help="只印该类别的项目（页眉注明）")
    pr.add_argument("--light", help="只印该预警的项目：严重滞后/滞后/正常/未到期/已完成（截至 --to 的季度，页眉注明）")
    pr.add_argument("--only-unit", metavar="UNIT", help="只印该单位（业主单位或责任单位）的项目（页眉注明）")
    pr.add_argument("--investment", action="store_true", help="显示季度投资")
    pr.add_argument("--no-actual", action="store_true", help="不显示实际工期")
    pr.add_argument("--legend-every-page", action="store_true", help="每页都印图例（默认仅首页）")
    pr.add_argument("--order", choices=["list", "start", "completion", "light"], default="list",
                    help="每个板块内项目的先后：list 清单顺序（默认），start 按计划开工，completion 按计划完工，"
                         "light 严重滞后、滞后的在前")
    pr.add_argument("--summary", action="store_true",
                    help="首页附概况：截止季度的进展情况文字和分区统计（按区域，不分区域的按板块：项目数、投资完成率、开工竣工、预警）")
    pr.add_argument("--office", help="页脚的发文单位（默认：计划的发文机关）")
    pr.add_argument("--dpi", type=int, help="分辨率（PNG 默认 150，PDF 默认 300）")
    pr.add_argument("--year", type=int, help="计划年度（默认：最新）")
    pr.add_argument("--out", required=True, help="输出文件 .pdf 或 .png")

    adm = sub.add_parser("admin", help="共享数据库（PostgreSQL）管理：角色与用户")
    _add_db_option(adm, argparse.SUPPRESS)
    adm_sub = adm.add_subparsers(dest="admin_command", metavar="ACTION", required=True)
    adm_sub.add_parser("init-roles", help="建立 milestones_viewer（只读）与 milestones_editor（可编辑）角色并授权")
    add_user = adm_sub.add_parser("add-user", help="建立登录用户并加入角色（密码从标准输入读取）")
    add_user.add_argument("name")
    add_user.add_argument("--role", choices=["viewer", "editor"], required=True)

    cp = sub.add_parser("copy", help="把整个计划数据库原样复制到另一个数据库（如本机 SQLite ↔ 共享 PostgreSQL）")
    cp.add_argument("--from", dest="source", required=True, metavar="PATH|URL")
    cp.add_argument("--to", dest="target", required=True, metavar="PATH|URL")

    bk = sub.add_parser("backup", help="把计划备份为一个 SQLite 文件（数据库在用也可以；共享数据库备份到本机文件）")
    bk.add_argument("out", metavar="OUT.db")
    bk.add_argument("--replace", action="store_true", help="OUT.db 已存在时替换它（默认不替换）")
    return parser


KINDS = ("indicator_results", "indicator_targets", "key_projects", "measures")


def _fmt(v) -> str:
    return "—" if v is None else str(v)


def print_summary(summary: dict, out=None, lang: str = "zh") -> None:
    out = out or sys.stdout  # the one in use now, not the one there when this module was imported
    if lang == "en":
        return _print_summary_en(summary, out)
    p = summary["plan"]
    w = out.write
    w(f"{p['title']}（{_fmt(p['document_number'])}）\n")
    w(f"数据库：{summary['database']}（结构版本 {summary['schema_revision']}）；计划年度：{', '.join(map(str, summary['plans']))}\n")
    kp, inv = summary["key_projects"], summary["annual_investment"]
    w(f"重点项目：已列入 {kp['listed']} 个 / 计划 {_fmt(kp['stated'])} 个；"
      f"年度投资：已填 {_fmt(inv['listed'])} / 计划 {_fmt(inv['stated'])} 亿元\n")
    w(f"工作举措：{summary['sections']} 个部分，{summary['measures']} 项举措，{summary['targets']} 个目标"
      f"（其中量化目标 {summary['quantified_targets']} 个）\n")
    w("季度     开工(列入/计划/完成)   完工(列入/计划/完成)\n")
    _quarter_lines(summary, w)
    for year, c in summary["indicators"].items():
        line = f"{year}年指标：已列入 {c['listed']} 项 / 计划 {_fmt(c['stated'])} 项"
        if c["binding_stated"] is not None:
            line += f"（约束性 {c['binding_stated']}，预期性 {_fmt(c['expected_stated'])}）"
        if c["met_stated"] is not None:
            line += f"；完成 {c['met_stated']}、未完成 {_fmt(c['not_met_stated'])}、调整 {_fmt(c['adjusted_stated'])}"
        w(line + "\n")


def _print_summary_en(summary: dict, out) -> None:
    """The summary in English; the plan's own title stays as written."""
    p = summary["plan"]
    w = out.write
    w(f"{p['title']} ({_fmt(p['document_number'])})\n")
    w(f"Database: {summary['database']} (schema {summary['schema_revision']}); "
      f"plan years: {', '.join(map(str, summary['plans']))}\n")
    kp, inv = summary["key_projects"], summary["annual_investment"]
    w(f"Key projects: {kp['listed']} listed / {_fmt(kp['stated'])} in the plan; "
      f"annual investment: {_fmt(inv['listed'])} filled in / {_fmt(inv['stated'])} planned (100M CNY)\n")
    w(f"Measures: {summary['sections']} sections, {summary['measures']} measures, "
      f"{summary['targets']} targets ({summary['quantified_targets']} quantified)\n")
    w("Quarter  Starts (listed/plan/done)   Completions (listed/plan/done)\n")
    _quarter_lines(summary, w, en=True)
    for year, c in summary["indicators"].items():
        line = f"{year} indicators: {c['listed']} listed / {_fmt(c['stated'])} in the plan"
        if c["binding_stated"] is not None:
            line += f" (binding {c['binding_stated']}, expected {_fmt(c['expected_stated'])})"
        if c["met_stated"] is not None:
            line += (f"; met {c['met_stated']}, not met {_fmt(c['not_met_stated'])}, "
                     f"adjusted {_fmt(c['adjusted_stated'])}")
        w(line + "\n")


def _quarter_lines(summary: dict, w, en: bool = False) -> None:
    for key, q in summary["quarters"].items():
        w(f"{key if en else q['label']}  {q['starts_listed']:>3} / {_fmt(q['starts_stated']):>3} / "
          f"{q['starts_done']:<3}"
          f"        {q['completions_listed']:>3} / {_fmt(q['completions_stated']):>3} / {q['completions_done']}\n")


def _how_many(text: str) -> int:
    """``--changes N``: a count of one or more (-5 listed every change: SQLite's LIMIT -5 is none)."""
    try:
        n = int(text)
    except ValueError:
        n = 0
    if not 1 <= n <= 1_000_000:
        raise argparse.ArgumentTypeError(f"应为 1 到 1000000 之间的整数（得到：{text}）")
    return n


def cmd_info(args) -> int:
    from .store import open_store
    from .store.queries import PlanNotFound, plan_summary

    if args.as_reported and not args.progress:
        print("milestones: " + _say(args, "--as-reported 与 --progress 同用", "--as-reported goes with --progress"),
              file=sys.stderr)
        return EXIT_USAGE
    db = _upgrade_said(args, open_store(args.db, with_sample=not args.empty))
    try:
        if args.progress:
            return _print_progress(args, db)
        if args.changes is not None:
            return _print_changes(args, db)
        if args.check:
            return _print_checks(args, db)
        if args.chase:
            return _print_chase(args, db)
        summary = plan_summary(db, args.year)
    except PlanNotFound as exc:
        _error(args, exc)
        return 1
    finally:
        db.close()
    if args.json:
        _print_json(summary)
    else:
        print_summary(summary, lang=_lang(args))
    return 0


def _print_progress(args, db) -> int:
    """The quarter's progress paragraph (进展情况), as the dashboard's 进展情况文字… writes it."""
    from .store.dashboard import dashboard
    from .store.reports import kept_report, report_before
    from .store.summary import progress_summary

    at = _quarter(args, args.progress)
    if at is None:
        return 2
    with db.read() as s:
        report = kept_report(s, args.year or at.year, at) if args.as_reported else None
        before = report_before(s, args.year or at.year, at)  # the warnings against the last quarter's report
    if not args.as_reported:
        _say_progress(args, at, progress_summary(dashboard(db, args.year or at.year, at), _lang(args), before))
        return 0
    if report is None:
        _error(args, _say(args, f"{at.label_zh}尚未存档上报：去掉 --as-reported 按现在的数据写出，或先在概览页“存档上报…”",
                          f"{at.year} Q{at.q} has not been kept as reported: leave out --as-reported for today's "
                          "figures, or keep it first on the dashboard (Keep as reported…)"))
        return 1
    _say_progress(args, at, progress_summary(report.figures, _lang(args), before))
    return 0


def _say_progress(args, at, text: str) -> None:
    """The paragraph, or with ``--json`` one object holding it (it printed the bare text to a script's parser)."""
    if args.json:
        _print_json({"quarter": at.short, "as_reported": bool(args.as_reported), "text": text})
    else:
        print(text)


def _quarter(args, text: str):
    """The quarter an option names ("2024Q3", "2024年三季度"), or None once its error is said."""
    from .domain.quarter import Quarter, QuarterParseError

    try:
        return Quarter.parse(text)
    except QuarterParseError as exc:
        _error(args, exc)
        return None


def _print_chase(args, db) -> int:
    """催报名单: the notice of who is still to report at the quarter (as 各单位进展's 催报名单… writes it)."""
    from .store.chase import chase_list, chase_text

    at = _quarter(args, args.chase)
    if at is None:
        return 2
    with db.read() as s:
        chase = chase_list(s, args.year or at.year, at)
    if args.json:
        _print_json({"quarter": at.short, "no_unit": chase.no_unit,
                     "units": [{"unit": u.unit, "projects": u.projects, "targets": u.targets} for u in chase.units]})
        return 0
    print(chase_text(chase, _lang(args)))
    return 0


def _print_checks(args, db) -> int:
    """数据检查: each finding a line (project, what), or as JSON (those marked as right too, with the mark)."""
    from .store.checks import LIMIT, NAMES, find_problems

    with db.read() as s:
        found = find_problems(s, args.year)
    lang = _lang(args)
    if args.json:
        _print_json([{"check": f.check, "project_id": f.project_id, "target_id": f.target_id,
                      "indicator_id": f.indicator_id, "project": f.name(lang), "units": list(f.units),
                      "message": f.text(lang),
                      "accepted": None if f.accepted is None else
                      {"by": f.accepted.by, "at": f.accepted.at.isoformat(), "note": f.accepted.note}}
                     for f in found])
        return 0
    shown = [f for f in found if f.accepted is None]
    if not shown:
        print(_say(args, "没有发现问题", "Nothing found"))
    for f in shown:
        print(f"{f.name(lang)}\t{NAMES[f.check][0 if lang == 'zh' else 1]}\t{f.text(lang)}")
    if len(shown) < len(found):
        n = len(found) - len(shown)
        print(_say(args, f"另有{n}处已标为无误", f"{n} more marked as right"))
    capped = [check for check, n in Counter(f.check for f in found).items() if n >= LIMIT]
    if capped:  # a check lists its first LIMIT: the count above is not all there are
        names = [NAMES[check][0 if lang == "zh" else 1] for check in capped]
        print(_say(args, f"{'、'.join(names)}：每类最多列出{LIMIT}处，实际可能更多",
                   f"{', '.join(names)}: at most {LIMIT} of each are listed; there may be more"))
    return 0


def _print_changes(args, db) -> int:
    """The latest recorded changes (修改记录), one a line, or as JSON."""
    from .store.history import recent_changes

    with db.read() as s:
        rows = recent_changes(s, max(args.changes, 1))
    if args.json:
        _print_json([dict(r, at=r["at"].isoformat(), quarter=r["quarter"].short if r["quarter"] else None)
                     for r in rows])
        return 0
    if not rows:
        print(_say(args, "还没有修改记录", "No change recorded yet"))
    for r in rows:
        what = r["field"] + (f" {r['quarter'].short}" if r["quarter"] else f" {r['year']}" if r["year"] else "")
        print(f"{r['at']:%Y-%m-%d %H:%M} UTC\t{r['by'] or ''}\t{r['how']}\t{r['project']}\t{what}\t"
              f"{r['old'] if r['old'] is not None else '-'} → {r['new'] if r['new'] is not None else '-'}")
    return 0


YEARS = (2000, 2100)  # a table's year, as the import dialog's 年度 box offers them


def cmd_import(args) -> int:
    from concurrent.futures import ThreadPoolExecutor

    from .spreadsheet.importer import preview, read_import, take_told_names, write

    if args.mark and os.path.realpath(args.mark) == os.path.realpath(args.file):
        print("milestones: --mark 不能是要导入的文件本身：原文件不会被改动，请另选文件名", file=sys.stderr)
        return EXIT_USAGE
    if args.year is not None and not YEARS[0] <= args.year <= YEARS[1]:  # 1899 or 2300 was taken as the table's
        print("milestones: " + _say(args, f"年度应在 {YEARS[0]} 到 {YEARS[1]} 之间（得到：{args.year}）",
                                    f"The year is {YEARS[0]} to {YEARS[1]} (given: {args.year})"), file=sys.stderr)
        return EXIT_USAGE
    same = _same_pairs(args)
    if same is None:
        return EXIT_USAGE
    _into_new_file(args)
    # The spreadsheet parser works outside the GIL: read the file on one core
    # while this one loads the database code and opens the database.
    with ThreadPoolExecutor(1, thread_name_prefix="read") as pool:
        reading = pool.submit(read_import, args.file, args.kind, args.year)
        from .store import imports as _  # noqa: F401  the matching code, loaded while the file is read
        from .store import open_store

        db = _upgrade_said(args, open_store(args.db, with_sample=not args.empty))
        imp = reading.result()
    try:
        unnamed = [("--same-" + what, n) for what, n in take_told_names(db, imp, *same)]
        preview(db, imp)
        if not _taken_held(args, imp, *same[:2], unnamed):
            return EXIT_USAGE
        written = None
        if not args.dry_run and not imp.has_errors and imp.importable:
            receipt = write(db, imp, remove_missing=args.remove_missing)
            written = len(receipt.inserted) + len(receipt.updated)
    finally:
        db.close()
    if args.mark:
        from .spreadsheet.marked import write_marked_copy

        cells = write_marked_copy(args.file, imp.problems + [p for t in imp.tables for p in t.problems], args.mark)
    if args.json:
        out = imp.as_dict()
        out["written"] = written is not None
        if args.mark:
            out["marked"] = args.mark
        _print_json(out)
    else:
        _print_import(imp, args.dry_run, written, args.remove_missing, _lang(args))
        if written is None:
            _same_hint(args, imp)
        if args.mark:
            from .spreadsheet.marked import not_kept_in_copy

            lost = not_kept_in_copy(args.file)
            print(_say(args, f"已另存标注了问题的副本：{args.mark}（{cells} 处）", f"A copy with the problems marked "
                             f"was saved: {args.mark} ({cells} cells)"))
            if lost:
                english = {"图片": "pictures", "图形": "shapes", "宏": "macros"}
                print(_say(args, f"副本中没有原文件的{'、'.join(lost)}（原文件未改动）",
                           f"The copy does not have the original's {', '.join(english[w] for w in lost)} "
                           "(the original is unchanged)"))
    return 1 if imp.has_errors else 0


_NOTES_SHOWN = 3  # rows shown of a note repeated down a table


def _same_pairs(args) -> tuple[dict[str, str], dict[str, str], set[str], set[str]] | None:
    """``--same-area 解放碑=解放碑中央商务区`` and ``--same-name 重庆长滨项目=重庆长滨`` as {name in the file: the
    plan's}, and ``--same-area 解放碑=`` (nothing after the =) as a name to read as the file says, though an
    earlier import was told otherwise; None when one is not of that form (said)."""
    pairs: tuple[dict[str, str], dict[str, str], set[str], set[str]] = ({}, {}, set(), set())
    for option, given_all, same, as_in_file in (("--same-area", args.same_area, pairs[0], pairs[2]),
                                                ("--same-name", args.same_name, pairs[1], pairs[3])):
        for given in given_all:
            typed, equals, known = given.partition("=")
            if typed.strip() and equals and not known.strip():
                as_in_file.add(typed.strip())
                continue
            if not (typed.strip() and known.strip()):
                print("milestones: " + _say(args, f"{option} 应写为 文件中的名称=计划中已有的名称（得到：{given}）",
                                            f"{option} is written NAME-IN-FILE=NAME-IN-THE-PLAN (given: {given})"),
                      file=sys.stderr)
                return None
            same[typed.strip()] = known.strip()
    return pairs


NAMED = ("key_projects", "indicator_results", "indicator_targets")  # the kinds whose records `--same-name` reads


def _taken_held(args, imp, areas: dict[str, str], names: dict[str, str], unnamed: list[tuple[str, str]]) -> bool:
    """What ``--same-area`` and ``--same-name`` name after the = must be the plan's (a typo there would make the
    very area or project it was to avoid); a name no row of the file has is said and left."""
    new_areas = {area for d in imp.diffs.values() for area, _zone, _like in d.new_areas.values()}
    new_names = {t.records[i].get("name") for n, t in enumerate(imp.tables) if n in imp.diffs and t.kind in NAMED
                 for i in imp.diffs[n].new}
    wrong = [("--same-area", known) for known in dict.fromkeys(areas.values()) if known in new_areas]
    wrong += [("--same-name", known) for known in dict.fromkeys(names.values()) if known in new_names]
    for option, known in wrong:
        print("milestones: " + _say(args, f"计划中没有“{known}”（{option} 的等号后应为计划中已有的名称）",
                                    f"the plan has no “{known}” (after the = of {option} comes a name the plan "
                                    f"has)"), file=sys.stderr)
    for option, typed in unnamed:
        print("milestones: " + _say(args, f"文件中没有“{typed}”（{option}）",
                                    f"no row of the file names “{typed}” ({option})"), file=sys.stderr)
    return not wrong


def _same_hint(args, imp) -> None:
    """After a preview that wrote nothing, the options that take the names the preview warned of as the plan's."""
    flags = [f"--same-area {shlex.quote(f'{area}={like}')}" for d in imp.diffs.values()
             for area, _zone, like in d.new_areas.values() if like]
    flags += ["--same-name " + shlex.quote(imp.tables[n].records[i]["name"] + "=" + known)
              for n, d in imp.diffs.items() for i, known in sorted(d.similar.items())]
    if flags:
        flags = " ".join(dict.fromkeys(flags))
        print(_say(args, f"如为已有的板块、项目或指标，导入时加：{flags}",
                   f"If they are the plan's areas, projects or indicators, import with: {flags}"))


def _into_new_file(args) -> None:
    """An import given a plan file that is not there makes it empty: a planner naming a new file for a list wants
    a plan of that list (the bundled 2024 plan put 49 Yuzhong projects beside it, unsaid). A dry run makes no file
    and compares with an empty plan."""
    path = _new_plan_file(args)
    if path is None:
        return
    args.empty = True
    if args.dry_run:
        args.db = "sqlite:///:memory:"
        print("milestones: " + _say(args, f"没有计划文件 {path}：预览与空计划比较，未新建文件",
                                    f"there is no plan file {path}: the preview compares with an empty plan, "
                                    f"and no file is made"), file=sys.stderr)
    else:
        print("milestones: " + _say(args, f"没有计划文件 {path}，已新建空计划，表格导入其中",
                                    f"there was no plan file {path}: a new, empty one is made for the import"),
              file=sys.stderr)


def _print_import(imp, dry_run: bool, written, remove_missing: bool = False, lang: str = "zh") -> None:
    """What an import found, in the planner's language (``--lang en``: English, the file's own text quoted)."""
    from .ui.problem_text import english

    en = lang == "en"
    say = english if en else (lambda m: m)
    w = sys.stdout.write
    for p in imp.problems:
        w(f"{'Error: ' if en else '错误：'}{say(p.message)}\n")
    names = ({"indicator_results": "indicator results", "indicator_targets": "indicator targets",
              "key_projects": "key projects", "measures": "measures and targets"} if en else
             {"indicator_results": "指标完成情况", "indicator_targets": "指标目标", "key_projects": "重点项目",
              "measures": "举措与目标"})
    labels = ({"error": "Error", "warning": "Warning", "info": "Note"} if en else
              {"error": "错误", "warning": "提示", "info": "说明"})
    for i, t in enumerate(imp.tables):
        if t.hidden:
            w(f"Sheet “{t.sheet}”: hidden, not imported\n" if en else f"工作表“{t.sheet}”：隐藏的工作表，未导入\n")
            continue
        if t.no_table and not t.errors:
            w(f"Sheet “{t.sheet}”: no table, not imported\n" if en else f"工作表“{t.sheet}”：没有表格，未导入\n")
            continue
        # a table whose kind was not found (no header): said so, as the window says it, not "None"
        kind = names.get(t.kind, t.kind) or ("kind not recognised" if en else "未识别")
        if en:
            n = len(t.records)
            w(f"Sheet “{t.sheet}”: {kind}, {t.year or 'year unknown'}, {n} record{'' if n == 1 else 's'}\n")
        else:
            w(f"工作表“{t.sheet}”：{kind}，{f'{t.year}年' if t.year else '年度未知'}，{len(t.records)} 条记录\n")
        d = imp.diffs.get(i)
        if d:
            c = d.counts()
            gone = remove_missing and t.kind == "key_projects" and c["missing"]
            if en:
                w(f"  new {c['new']}, changed {c['changed']}, unchanged {c['unchanged']}, in the database but not in "
                  f"the file {c['missing']}{' (taken off the plan)' if gone else ''}\n")
            else:
                w(f"  新增 {c['new']}，修改 {c['changed']}，不变 {c['unchanged']}，数据库中有而文件中没有 {c['missing']}"
                  f"{'（移出计划）' if gone else ''}\n")
        # a note repeated down the rows ("（续建）" after 2,000 names) is shown a few times and counted: the
        # errors and warnings to act on are not lost among the notes (--json gives every one)
        seen: dict[str, int] = {}
        for p in t.problems:
            if p.severity == "info" and p.row:
                seen[p.message] = seen.get(p.message, 0) + 1
                if seen[p.message] > _NOTES_SHOWN:
                    continue
            if en:
                where = f"“{p.sheet}”" + (f" row {p.row}" if p.row else "") + (f" column {p.column}" if p.column else "")
                w(f"  {labels[p.severity]}: {where}{f': “{p.text}”' if p.text else ''} — {english(p.message)}\n")
            else:
                w(f"  {labels[p.severity]}：{p}\n")
        for message, n in seen.items():
            if n > _NOTES_SHOWN:
                w(f"  Note: {n - _NOTES_SHOWN} more rows with the same note — {english(message)}\n" if en else
                  f"  说明：另有 {n - _NOTES_SHOWN} 行同样的说明 — {message}\n")
    if imp.has_errors:
        if any("指定年度" in p.message for t in imp.tables for p in t.problems):
            w("Give the year with --year and the kind with --kind.\n" if en else "用 --year 指定年度，--kind 指定表格类型。\n")
        w("The file has errors: nothing was written.\n" if en else "文件有错误，未写入任何数据。\n")
    elif dry_run:
        w("Preview only (--dry-run): nothing was written.\n" if en else "预览完毕（--dry-run），未写入数据库。\n")
    elif written is not None:
        w("Imported.\n" if en else "已导入。\n")


def _light_view(db, args, report):
    """`export --light`: the projects of one warning light (judged at ``report``, else this quarter within the
    plan's year, else its fourth), and the words for the table's title; (None, "") without it."""
    if not getattr(args, "light", None):
        return None, ""
    import dataclasses
    import datetime as dt

    from .domain.quarter import Quarter
    from .store.queries import find_plan
    from .timeline.data import narrowed_to

    with db.read() as s:
        year = find_plan(s, args.year).year
    view, words = narrowed_to(db, year, light=args.light, language=_lang(args))
    today = Quarter.from_date(dt.date.today())
    return dataclasses.replace(view, at=report or (today if today.year == year else Quarter(year, 4))), words


def cmd_export(args) -> int:
    from .spreadsheet.export import export
    from .store import open_store

    from .domain.quarter import Quarter, parse_schedule_cell
    from .store.queries import find_plan

    db = _upgrade_said(args, open_store(args.db, with_sample=not args.empty))
    try:
        report = None
        if args.report:
            report = parse_schedule_cell(args.report, args.year).quarter
            if report is None:
                raise ValueError(f"“{args.report}”不是季度，应为如 2024Q2")
        _options_fit_kind(args)
        if not args.each_unit and not str(args.out).lower().endswith(".xlsx"):
            # an .xlsx under another name (a.pdf, a.xls) opens nowhere: Excel refuses what its suffix belies
            raise ValueError(f"导出的是 xlsx 表格，文件名应以 .xlsx 结尾（得到：{args.out}）")
        _known_places(db, args)
        if args.unit:
            args.unit = _known_unit(db, args)
        if args.kind == "unit_progress":
            from .spreadsheet.unit_report import export_unit_progress

            n = export_unit_progress(db, args.out, args.year, report)
        elif args.kind == "project_progress" and not args.each_unit:
            from .spreadsheet.progress_report import export_project_progress
            from .store.exports import ExportFilter

            with db.read() as s:
                year = find_plan(s, args.year).year
            n = export_project_progress(db, args.out, report or Quarter(year, 4),
                                        ExportFilter(year, args.zone, args.area, args.project_class, unit=args.unit),
                                        as_reported=args.as_reported)
        elif args.each_unit:
            from .spreadsheet.export import export_each_unit, file_stem

            with db.read() as s:
                year = find_plan(s, args.year).year
            if args.kind == "project_progress":
                report = report or Quarter(year, 4)
            written = export_each_unit(
                db, args.kind, args.out, file_stem(args.kind, year, report), year=year, zone=args.zone,
                area=args.area, project_class=args.project_class, timeline=args.timeline, report=report,
                unreported_only=args.unreported, as_reported=args.as_reported)
        else:
            view, words = _light_view(db, args, report)
            n = export(db, args.kind, args.out, year=args.year, zone=args.zone, area=args.area,
                       project_class=args.project_class, timeline=args.timeline, report=report,
                       unreported_only=args.unreported, unit=args.unit, view=view, view_words=words)
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
    import difflib

    from .domain.units import unit_name
    from .store.exports import unit_choices
    from .store.queries import find_plan

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
    near = difflib.get_close_matches(unit, units, n=3, cutoff=0.4) or units[:5]
    raise ValueError(f"{year}年的{what}中没有单位“{unit}”；有：{'、'.join(near)}")


def _known_places(db, args) -> None:
    """A zone, area or class the plan does not have is refused, not exported as an empty table ("北部": 0 records)."""
    from sqlalchemy import select

    from .store.queries import find_plan
    from .store.schema import Zone
    from .timeline.data import narrowed_to

    for attr in ("zone", "area", "project_class"):  # " 解放碑中央商务区 " was checked trimmed, then matched nothing
        if getattr(args, attr) is not None:
            setattr(args, attr, getattr(args, attr).strip() or None)
    with db.read() as s:
        if args.zone and s.scalar(select(Zone.id).where(Zone.name == args.zone)) is None:
            raise ValueError(f"没有名为“{args.zone}”的区域；应为 东部、中部、西部 或 全区")  # as the printout says
        year = find_plan(s, args.year).year if args.area or args.project_class else None
    if year is not None:
        narrowed_to(db, year, area=args.area, project_class=args.project_class)  # as a printout refuses them


def ensure_gui_application(lang: str = "zh"):
    """Painting needs a Qt application; without a display, an offscreen one."""
    import os

    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(["milestones"])
    from .app import bundled_font_families

    families = bundled_font_families()
    return app, (families[0] if families else None)


def cmd_print(args) -> int:
    from .domain.quarter import Quarter, QuarterParseError
    from .store import open_store
    from .store.queries import PlanNotFound, find_plan
    from .timeline.paint import Options
    from .timeline.data import narrowed_to
    from .timeline.print import PrintSettings, files_in_brief, print_to_file

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
                                 unit=args.only_unit, language=_lang(args))
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


def cmd_admin(args) -> int:
    from . import paths
    from .store import open_database

    db = _upgrade_said(args, open_database(args.db)) if args.db else None
    if db is None or db.is_sqlite:
        print("milestones: " + _say(args, "角色只用于共享的 PostgreSQL 数据库（--db postgresql://…）",
                                    "roles are for a shared PostgreSQL database only (--db postgresql://…)"),
              file=sys.stderr)
        return EXIT_USAGE
    try:
        if args.admin_command == "init-roles":
            sql = (paths.migrations_dir() / "roles.sql").read_text(encoding="utf-8")
            with db.engine.begin() as c:
                c.exec_driver_sql(sql)
            print(_say(args, "已建立角色 milestones_viewer、milestones_editor 并授权",
                       "roles milestones_viewer and milestones_editor created and granted"))
        else:
            import re

            if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]{0,62}", args.name):
                print("milestones: " + _say(args, "用户名只能含英文字母、数字和下划线，以字母或下划线开头",
                                            "a user name holds only Latin letters, digits and underscores, and "
                                            "begins with a letter or an underscore"), file=sys.stderr)
                return EXIT_USAGE
            from psycopg import errors, sql

            password = sys.stdin.readline().rstrip("\n")
            if not password:  # a login with no password set: no one could log in with it, or anyone could
                print("milestones: " + _say(args, "密码不能为空（从标准输入读取一行）",
                                            "the password cannot be empty (one line read from standard input)"),
                      file=sys.stderr)
                return EXIT_USAGE
            # utility statements take no parameters: compose the literal safely instead
            stmt = sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
                sql.Identifier(args.name), sql.Literal(password), sql.Identifier(f"milestones_{args.role}"))
            try:
                with db.engine.begin() as c:
                    c.connection.driver_connection.execute(stmt)
            except (errors.DuplicateObject, errors.UndefinedObject) as exc:  # a fault of the program, it said
                said = (_say(args, f"已有名为“{args.name}”的用户或角色；请换一个用户名",
                             f"a user or role named “{args.name}” exists already: choose another name")
                        if isinstance(exc, errors.DuplicateObject) else
                        _say(args, "数据库中还没有 milestones 的角色：请先运行 milestones admin init-roles",
                             "the database has no milestones roles yet: run milestones admin init-roles first"))
                print("milestones: " + said, file=sys.stderr)
                return 1
            print(_say(args, f"已建立用户 {args.name}（{args.role}）", f"user {args.name} created ({args.role})"))
    finally:
        db.close()
    return 0


def cmd_copy(args) -> int:
    from .store.copy import copy_database

    n = copy_database(args.source, args.target)
    print(_say(args, f"已复制 {n} 行", f"{n} rows copied"))
    return 0


def cmd_backup(args) -> int:
    from pathlib import Path

    from .store import open_store
    from .store.backup import backup_plan

    out = Path(args.out)
    if out.is_file() and not args.replace:
        # `milestones backup 另一个计划.db` replaced another plan's file unasked (the app's file box asks)
        _error(args, f"“{out}”已存在；要替换它，请加 --replace")
        return EXIT_USAGE
    db = _upgrade_said(args, open_store(args.db, with_sample=not args.empty))
    try:
        made = backup_plan(db, out)
    finally:
        db.close()
    print(_say(args, f"已备份到 {made.path}（{made.projects}个项目），备份文件已校验",
               f"Backed up to {made.path} ({made.projects} projects), the copy checked"))
    return 0


def _print_json(value) -> None:
    """One JSON document on standard output, Chinese as Chinese (what a script reads)."""
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def _lang(args) -> str:
    return getattr(args, "lang", None) or "zh"


def _error(args, exc: Exception | str) -> None:
    """A command's own error, one line, in the language asked for (the store and the reader word
    theirs in Chinese; the interface's catalogue gives the English)."""
    message = str(exc)
    if _lang(args) == "en":
        from .ui.problem_text import english

        message = english(message)
    print(f"milestones: {message}", file=sys.stderr)


def _upgrade_said(args, db):
    """``db``, its upgrade (if opening it upgraded it) said on stderr with where the plan as it was is kept: a
    script or a planner at the command line never learnt of the copy."""
    if db.backup_path:
        print("milestones: " + _say(args, f"数据库已升级，升级前的数据备份为 {db.backup_path}",
                                    f"the database was upgraded; its data as it was is kept in {db.backup_path}"),
              file=sys.stderr)
    return db


def _say(args, zh: str, en: str) -> str:
    """A line of the command's own, in the language asked for (``--lang en``)."""
    return en if _lang(args) == "en" else zh


COMMANDS = {"info": cmd_info, "import": cmd_import, "export": cmd_export, "print": cmd_print,
            "admin": cmd_admin, "copy": cmd_copy, "backup": cmd_backup}


def ensure_utf8_locale() -> None:
    """Qt wants a UTF-8 locale and says so on stderr otherwise; a bare "C" locale
    (a service, a minimal box) gets C.UTF-8, which every glibc system has."""
    import locale
    import os

    locale.setlocale(locale.LC_CTYPE, "")
    if (locale.nl_langinfo(locale.CODESET) or "").upper().replace("-", "") != "UTF8":
        for name in ("C.UTF-8", "C.utf8", "en_US.UTF-8"):
            try:
                locale.setlocale(locale.LC_ALL, name)
                os.environ["LC_ALL"] = name
                break
            except locale.Error:
                continue


def main(argv: Sequence[str] | None = None) -> int:
    from .cli_words import argparse_speaking, in_english, language_asked

    lang = language_asked(sys.argv[1:] if argv is None else argv)
    with argparse_speaking(lang):
        parser = build_parser()
        if lang == "en":
            in_english(parser)
        args = parser.parse_args(argv)
    ensure_utf8_locale()
    if not _plan_file_named_well(args):
        return EXIT_USAGE
    if args.command is None:
        from .app import run_app

        return run_app(args)
    global command_ran
    command_ran = True
    try:
        return COMMANDS[args.command](args)
    except BrokenPipeError:  # `milestones info | head`
        return 0
    except Exception as exc:
        message = _user_error(exc)
        if message is None:
            return _internal_error(exc, sys.argv[1:] if argv is None else list(argv), _lang(args))
        _error(args, message)
        return EXIT_USAGE


def _plan_file_named_well(args) -> bool:
    """A plan file given by ``--db`` in a folder that is not there is refused (a typo made the folder and a new
    plan in it); a command that reads a plan and was given a file that is not there says it makes one (a typo in
    the name read, exported or printed the bundled sample as if it were the plan)."""
    path = _new_plan_file(args)
    if path is None:
        return True
    if not path.parent.is_dir():
        print("milestones: " + _say(args, f"文件夹不存在：{path.parent}（--db 给出的计划文件应在已有的文件夹中）",
                                    f"there is no folder {path.parent} (the plan file --db names is made in a "
                                    f"folder that is there)"), file=sys.stderr)
        return False
    if args.command in ("info", "export", "print", "backup"):
        sample = not getattr(args, "empty", False)
        print("milestones: " + _say(
            args, f"没有计划文件 {path}，已新建" + ("（载入内置的2024年计划样例）" if sample else "（空的）"),
            f"there was no plan file {path}: a new one is made" + (" (with the bundled 2024 plan)" if sample
                                                                    else " (empty)")), file=sys.stderr)
    return True


def _new_plan_file(args):
    """The SQLite file ``--db`` names when it is not there yet; None for one that is, the data folder's plan.db
    (made at the first start), a server, or a blank (said by the store)."""
    from pathlib import Path

    if args.db is None or "://" in str(args.db) or not str(args.db).strip():
        return None
    path = Path(str(args.db)).expanduser()
    return None if path.exists() else path


def _internal_error(exc: Exception, argv: list[str], lang: str = "zh") -> int:
    """A fault of milestones itself: one line for the planner, the traceback in the log file the
    window writes too, for whoever fixes it. What is written is written in one transaction, so
    the database holds all of a change or none of it. MILESTONES_DEBUG=1 shows the traceback."""
    if os.environ.get("MILESTONES_DEBUG"):
        raise exc
    import traceback

    from platformdirs import user_log_path

    details = "".join(traceback.format_exception(exc))
    try:
        log_dir = user_log_path("milestones", appauthor=False)
        log_dir.mkdir(parents=True, exist_ok=True)
        log_file = log_dir / "milestones.log"
        with open(log_file, "a", encoding="utf-8") as log:
            log.write(f"{datetime.datetime.now().isoformat(timespec='seconds')} ERROR milestones.cli: "
                      f"milestones {' '.join(argv)}\n{details}")
        where = str(log_file)
    except OSError:
        where = None
    said = f"{type(exc).__name__}: {exc}"
    if lang == "en":
        line = f"milestones: a fault in milestones stopped the command ({said}); the database holds no part of it."
        after = f" The details are in {where}" if where else f"\n{details}"
    else:
        line = f"milestones: 程序出错，操作未完成（{said}）；数据库未被部分改动。"
        after = f"详细信息已记入 {where}" if where else f"\n{details}"
    print(line + after, file=sys.stderr)
    return EXIT_SOFTWARE


def _user_error(exc: Exception) -> str | None:
    """The one line to print for an error the user can cause, else None.

    The database code is looked up only if a command loaded it: importing it
    up front would hold back the start of every command (``import`` reads
    its file while the database code loads)."""
    store = sys.modules.get("milestones.store.database")
    if store is not None and isinstance(exc, store.StoreError):
        return str(exc)
    rows = sys.modules.get("milestones.store.import_rows")
    if rows is not None and isinstance(exc, rows.ImportError_):  # an import refused whole, in words
        return str(exc)
    sa = sys.modules.get("sqlalchemy.exc")
    said = store.refusal_text(exc) if store is not None else None
    if said:
        return said
    if sa is not None and isinstance(exc, sa.DBAPIError):
        reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
        return f"数据库拒绝了这项操作：{reason}"
    if isinstance(exc, OSError):
        if not exc.filename:  # a message of ours ("无法写入 …"), or the system's without a file
            return str(exc)
        return f"无法打开 {exc.filename}：{exc.strerror or exc}"
    return None


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
