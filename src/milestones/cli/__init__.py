"""The command line: ``milestones`` starts the app, ``milestones <command>`` works headless.

Every command uses the same store functions as the GUI. Errors a user can
cause (a bad path, a database that cannot be upgraded) are printed as one
clear line and exit with status 2; never a traceback. Each command is a module of its own (info, importing,
exporting, printing, admin), loaded only when it runs.
"""
from __future__ import annotations

import signal
import sys


def _interrupted_quietly(kind, value, tb, _before=sys.excepthook):
    """Ctrl+C in the first hundredth of a second, while this module's imports or the argument parser run (before
    ``main`` catches it): the same one line, not a traceback. Nothing had been opened, let alone changed."""
    if issubclass(kind, KeyboardInterrupt):
        english = "--lang=en" in sys.argv or any(a == "--lang" and b == "en" for a, b in zip(sys.argv, sys.argv[1:]))
        print("milestones: " + ("Interrupted (Ctrl+C) before any work began" if english
                                else "已中断（Ctrl+C）：尚未开始任何操作"), file=sys.stderr)
        return
    _before(kind, value, tb)


def _interrupt_passed_on(unraisable, _before=sys.unraisablehook):
    """Ctrl+C that lands in code Python cannot raise from (a weakref's callback, as when a module is imported on the
    thread that loads the database code beside the parse) was printed as "Exception ignored in …" with a traceback,
    and lost: the import went on to the end. It is passed on to the main code, which stops and says it in one line."""
    if isinstance(unraisable.exc_value, KeyboardInterrupt):
        import _thread
        # from another thread, a moment later: raised here, in the hook, it would be printed and lost again
        _thread.start_new_thread(_interrupt_main_later, ())
        return
    _before(unraisable)


def _interrupt_main_later() -> None:
    import _thread
    import time
    time.sleep(0.05)
    _thread.interrupt_main()


sys.excepthook = _interrupted_quietly
sys.unraisablehook = _interrupt_passed_on

import argparse  # noqa: E402  (after the hook: an interrupt during these imports is said in one line)
import datetime  # noqa: E402
import importlib  # noqa: E402
import os  # noqa: E402
from typing import Sequence  # noqa: E402

from .common import EXIT_INTERRUPTED, EXIT_SOFTWARE, EXIT_USAGE, _error, _lang, _new_plan_file, _say  # noqa: E402

command_ran = False  # a headless command (not the desktop app) was run by main()


class _Version(argparse.Action):
    """``--version``, reading the installed version only when asked."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help or "显示版本号并退出")

    def __call__(self, parser, namespace, values, option_string=None):
        from .. import __version__

        print(f"milestones {__version__}")
        parser.exit()


def _add_db_option(p: argparse.ArgumentParser, default=None) -> None:
    p.add_argument("--db", metavar="PATH|URL", default=default,
                   help="计划数据库：SQLite 文件路径或 postgresql:// 地址（默认：桌面程序上次打开的计划文件，没有则为用户数据目录中的 plan.db）")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="milestones",
        description="区县年度计划与重点项目季度进度管理。不带命令时启动桌面程序。",
    )
    parser.add_argument("--version", action=_Version)
    _add_db_option(parser)
    parser.add_argument("--empty", action="store_true", help="新建数据库时不载入内置的2024年计划样例")
    parser.add_argument("--lang", choices=["zh", "en"], help="界面语言（默认：中文；桌面程序为上次在“视图 → 语言”中的选择）")
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
    exp.add_argument("--revised", action="store_true",
                     help="重点项目表只导出本年度调整过计划开工、完工时间、年度计划投资、总投资、责任单位、配合单位或牵头领导的项目，附原计划（计划调整表；表题注明）；"
                          "举措表只导出本年度调整过完成时限、目标内容或责任单位的目标，附调整前的（调整表）")
    exp.add_argument("--list-changes", action="store_true",
                     help="重点项目表只导出名单确定（计划印发）后调入、调出的项目，附调整时间和原因（名单调整表；调出的名称划去）")
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
    pr.add_argument("--list-changes", action="store_true",
                    help="只印名单确定（计划印发）后调入、调出的项目（调出的名称划去；页眉注明）")
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


def _how_many(text: str) -> int:
    """``--changes N``: a count of one or more (-5 listed every change: SQLite's LIMIT -5 is none)."""
    try:
        n = int(text)
    except ValueError:
        n = 0
    if not 1 <= n <= 1_000_000:
        raise argparse.ArgumentTypeError(f"应为 1 到 1000000 之间的整数（得到：{text}）")
    return n


def _command(module: str, name: str):
    """A command's function, its module loaded only when it runs: each command starts as fast as its own work
    lets it (``import`` reads its file while the database code loads)."""
    def run(args) -> int:
        return getattr(importlib.import_module(f"{__name__}.{module}"), name)(args)

    return run


COMMANDS = {"info": _command("info", "cmd_info"), "import": _command("importing", "cmd_import"),
            "export": _command("exporting", "cmd_export"), "print": _command("printing", "cmd_print"),
            "admin": _command("admin", "cmd_admin"), "copy": _command("admin", "cmd_copy"),
            "backup": _command("admin", "cmd_backup")}


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
    from ..cli_words import argparse_speaking, in_english, language_asked

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
        from ..app import run_app

        return run_app(args)
    if args.command in _PLAN_COMMANDS and args.db is None:
        args.db = _last_plan(args)
    global command_ran
    command_ran = True
    try:
        code = COMMANDS[args.command](args)
        if argv is None:  # the program itself (not a caller of main): its work is done and said
            # a Ctrl+C from here on can stop nothing: it landed after main had returned, outside its handler, and
            # was said as "尚未开始任何操作" (of an import written whole) with the status of a process killed
            signal.signal(signal.SIGINT, signal.SIG_IGN)
        return code
    except BrokenPipeError:  # `milestones info | head`
        return 0
    except KeyboardInterrupt:  # Ctrl+C: a line, not a traceback. The transaction under way was rolled back, a
        # file being written was a temporary one (an export, a printout is put in place whole)
        print("milestones: " + _say(args, "已中断（Ctrl+C）：未完成的操作没有留下改了一半的数据或文件",
                                    "Interrupted (Ctrl+C): the unfinished work left no half-made change or file"),
              file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as exc:
        message = _user_error(exc)
        if message is None:
            return _internal_error(exc, sys.argv[1:] if argv is None else list(argv), _lang(args))
        _error(args, message)
        return EXIT_USAGE


# the commands that work on one plan, the one the desktop program opened last unless --db names another
_PLAN_COMMANDS = ("info", "import", "export", "print", "backup")


def _last_plan(args) -> str | None:
    """The plan file the desktop program opened last, named on stderr (a script's output stays clean); None for none
    opened yet: the store's default, the data folder's plan.db, named only when a plan opened later was not there."""
    from pathlib import Path

    from ..paths import default_plan_path
    from ..recent import start_plan

    last, gone = start_plan()
    if gone:  # the plan worked on last is away (a USB stick): another is not taken without a word
        print("milestones: " + _say(args, f"找不到上次打开的计划文件 {gone[0]}（已移走、改名，或所在的 U 盘、网络盘没有连接）",
                                    f"the plan file opened last, {gone[0]}, is not there (moved, renamed, or on a "
                                    f"USB stick or network drive not connected)"), file=sys.stderr)
    default = last is None or Path(last).resolve() == default_plan_path().resolve()
    if default and not gone:
        return None
    shown = str(default_plan_path()) if last is None else last
    print("milestones: " + _say(args, f"计划文件：{shown}（" + ("用户数据目录中的" if default else "桌面程序上次打开的")
                                + "；其他计划用 --db 指定）",
                                f"plan file: {shown} (" + ("the user's data folder's" if default else
                                                            "the one the desktop program opened last")
                                + "; --db names another)"), file=sys.stderr)
    return last


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
