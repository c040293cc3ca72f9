"""What every command shares: its exit codes, its own lines in the language asked for, its errors, JSON out."""
from __future__ import annotations

import json
import sys

EXIT_USAGE = 2
EXIT_SOFTWARE = 70  # a fault of milestones itself (sysexits' EX_SOFTWARE)
EXIT_INTERRUPTED = 130  # Ctrl+C, as a shell reports a command it interrupted


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
        from ..ui.problem_text import english

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


def _quarter(args, text: str):
    """The quarter an option names ("2024Q3", "2024年三季度"), or None once its error is said."""
    from ..domain.quarter import Quarter, QuarterParseError

    try:
        return Quarter.parse(text)
    except QuarterParseError as exc:
        _error(args, exc)
        return None


def _new_plan_file(args):
    """The SQLite file ``--db`` names when it is not there yet; None for one that is, the data folder's plan.db
    (made at the first start), a server, or a blank (said by the store)."""
    from pathlib import Path

    if args.db is None or "://" in str(args.db) or not str(args.db).strip():
        return None
    path = Path(str(args.db)).expanduser()
    return None if path.exists() else path
