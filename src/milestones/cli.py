"""The command line: ``milestones`` starts the app, ``milestones <command>`` works headless.

Every command uses the same store functions as the GUI. Errors a user can
cause (a bad path, a database that cannot be upgraded) are printed as one
clear line and exit with status 2; never a traceback.
"""
from __future__ import annotations

import argparse
import json
import sys
from typing import Sequence

from . import __version__

EXIT_USAGE = 2


def _add_db_option(p: argparse.ArgumentParser, default=None) -> None:
    p.add_argument("--db", metavar="PATH|URL", default=default,
                   help="计划数据库：SQLite 文件路径或 postgresql:// 地址（默认：用户数据目录中的 plan.db）")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="milestones",
        description="区县年度计划与重点项目季度进度管理。不带命令时启动桌面程序。",
    )
    parser.add_argument("--version", action="version", version=f"milestones {__version__}")
    _add_db_option(parser)
    parser.add_argument("--empty", action="store_true", help="新建数据库时不载入内置的2024年计划样例")
    parser.add_argument("--lang", choices=["zh", "en"], help="界面语言（默认：中文，或上次的选择）")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    info = sub.add_parser("info", help="数据库概况：计划、重点项目、季度开工完工、指标")
    _add_db_option(info, argparse.SUPPRESS)
    info.add_argument("--year", type=int, help="计划年度（默认：最新）")
    info.add_argument("--json", action="store_true", help="以 JSON 输出")
    return parser


def _fmt(v) -> str:
    return "—" if v is None else str(v)


def print_summary(summary: dict, out=sys.stdout) -> None:
    p = summary["plan"]
    w = out.write
    w(f"{p['title']}（{_fmt(p['document_number'])}）\n")
    w(f"数据库：{summary['database']}（结构版本 {summary['schema_revision']}）；计划年度：{', '.join(map(str, summary['plans']))}\n")
    kp, inv = summary["key_projects"], summary["annual_investment"]
    w(f"重点项目：已列入 {kp['listed']} 个 / 计划 {_fmt(kp['stated'])} 个；"
      f"年度投资：已填 {_fmt(inv['listed'])} / 计划 {_fmt(inv['stated'])} 亿元\n")
    w(f"工作举措：{summary['sections']} 个部分，{summary['measures']} 项举措，{summary['targets']} 个量化目标\n")
    w("季度     开工(列入/计划/完成)   完工(列入/计划/完成)\n")
    for q in summary["quarters"].values():
        w(f"{q['label']}  {q['starts_listed']:>3} / {_fmt(q['starts_stated']):>3} / {q['starts_done']:<3}"
          f"        {q['completions_listed']:>3} / {_fmt(q['completions_stated']):>3} / {q['completions_done']}\n")
    for year, c in summary["indicators"].items():
        line = f"{year}年指标：已列入 {c['listed']} 项 / 计划 {_fmt(c['stated'])} 项"
        if c["binding_stated"] is not None:
            line += f"（约束性 {c['binding_stated']}，预期性 {_fmt(c['expected_stated'])}）"
        if c["met_stated"] is not None:
            line += f"；完成 {c['met_stated']}、未完成 {_fmt(c['not_met_stated'])}、调整 {_fmt(c['adjusted_stated'])}"
        w(line + "\n")


def cmd_info(args) -> int:
    from .store import open_store
    from .store.queries import PlanNotFound, plan_summary

    db = open_store(args.db, with_sample=not args.empty)
    try:
        summary = plan_summary(db, args.year)
    except PlanNotFound as exc:
        print(f"milestones: {exc}", file=sys.stderr)
        return 1
    finally:
        db.close()
    if args.json:
        json.dump(summary, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print_summary(summary)
    return 0


COMMANDS = {"info": cmd_info}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from .app import run_app

        return run_app(args)
    from .store import StoreError

    try:
        return COMMANDS[args.command](args)
    except StoreError as exc:
        print(f"milestones: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # `milestones info | head`
        return 0
    except OSError as exc:
        print(f"milestones: 无法打开 {exc.filename or ''}：{exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
