"""``milestones admin``, ``copy`` and ``backup``: a shared plan's roles and users, and whole-plan copies."""
from __future__ import annotations

import sys

from .common import EXIT_USAGE, _error, _say, _upgrade_said


def cmd_admin(args) -> int:
    from .. import paths
    from ..store import open_database

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
    from ..store.copy import copy_database

    n = copy_database(args.source, args.target)
    print(_say(args, f"已复制 {n} 行", f"{n} rows copied"))
    return 0


def cmd_backup(args) -> int:
    from pathlib import Path

    from ..store import open_store
    from ..store.backup import backup_plan

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
