"""``milestones import``: a table (or a plan report) previewed, then written in one transaction, or not at all."""
from __future__ import annotations

import os
import shlex
import sys

from .common import EXIT_USAGE, _lang, _new_plan_file, _print_json, _say, _upgrade_said


YEARS = (2000, 2100)  # a table's year, as the import dialog's 年度 box offers them


def cmd_import(args) -> int:
    # what the arguments alone refuse is refused before the file is read: no parse is left running on another
    # core as the process ends (the year's refusal once gave exit status 2 and an empty stderr under load; that the
    # parse running beside it was the cause is likely, not proven)
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
    from concurrent.futures import ThreadPoolExecutor

    from ..spreadsheet.read import parse_early

    parsing = parse_early(args.file)  # an xlsx's cells parsed on another core while the code reading them loads
    from ..spreadsheet.importer import preview, read_import, take_told_names, write

    new_file = _into_new_file(args)
    # The spreadsheet parser works outside the GIL: read the file on one core
    # while this one loads the database code and opens the database.
    with ThreadPoolExecutor(1, thread_name_prefix="read") as pool:
        reading = pool.submit(read_import, args.file, args.kind, args.year, parsing=parsing)
        from ..store import imports as _  # noqa: F401  the matching code, loaded while the file is read
        from ..store import open_store

        db = _upgrade_said(args, open_store(args.db, with_sample=not args.empty))
        imp = reading.result()
    written = None
    try:
        unnamed = [("--same-" + what, n) for what, n in take_told_names(db, imp, *same)]
        preview(db, imp)
        if not _taken_held(args, imp, *same[:2], unnamed):
            return EXIT_USAGE
        if not args.dry_run and not imp.has_errors and imp.importable:
            receipt = write(db, imp, remove_missing=args.remove_missing, undoable=False)  # (no undo here)
            written = len(receipt.inserted) + len(receipt.updated)
    finally:
        db.close()
        if new_file is not None:
            _said_of_new_file(args, new_file, made=written is not None)
    if args.mark:
        from ..spreadsheet.marked import write_marked_copy

        cells = write_marked_copy(args.file, imp.problems + [p for t in imp.tables for p in t.problems], args.mark)
    if args.json:
        out = imp.as_dict()
        out["written"] = written is not None
        if args.mark:
            out["marked"] = args.mark
        _print_json(out)
    else:
        _print_import(imp, args.dry_run, written, args.remove_missing, _lang(args))
        _same_hint(args, imp, written is not None)
        if args.mark:
            from ..spreadsheet.marked import not_kept_in_copy

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
# errors and warnings listed a table (2,900 lines of "年度计划投资大于总投资" scrolled a 50,000-row table's counts and the
# verdict off the terminal): the rest counted, --mark and --json give every one
_SHOWN = 100


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
    wrong = []
    if areas:
        new_areas = {area for d in imp.diffs.values() for area, _zone, _like in d.new_areas.values()}
        wrong += [("--same-area", known) for known in dict.fromkeys(areas.values()) if known in new_areas]
    if names:  # (the file's new names are looked at only when asked: 50,000 of them for nothing)
        new_names = {t.records[i].get("name") for n, t in enumerate(imp.tables) if n in imp.diffs and t.kind in NAMED
                     for i in imp.diffs[n].new}
        wrong += [("--same-name", known) for known in dict.fromkeys(names.values()) if known in new_names]
    for option, known in wrong:
        print("milestones: " + _say(args, f"计划中没有“{known}”（{option} 的等号后应为计划中已有的名称）",
                                    f"the plan has no “{known}” (after the = of {option} comes a name the plan "
                                    f"has)"), file=sys.stderr)
    for option, typed in unnamed:
        print("milestones: " + _say(args, f"文件中没有“{typed}”（{option}）",
                                    f"no row of the file names “{typed}” ({option})"), file=sys.stderr)
    return not wrong


def _same_hint(args, imp, written: bool) -> None:
    """The options that take the names the preview warned of as the plan's: after a preview that wrote nothing, or
    after a write for the projects a 调整名单 could not take off the list (imported again with them, it does; the
    file's new projects are in the plan by then, its new areas made)."""
    leaving = ["--same-name " + shlex.quote(imp.tables[n].leaving[i]["name"] + "=" + known)
               for n, d in imp.diffs.items() for i, known in sorted(d.leaving_similar.items())]
    if written:
        flags = leaving
    else:
        flags = [f"--same-area {shlex.quote(f'{area}={like}')}" for d in imp.diffs.values()
                 for area, _zone, like in d.new_areas.values() if like]
        flags += ["--same-name " + shlex.quote(imp.tables[n].records[i]["name"] + "=" + known)
                  for n, d in imp.diffs.items() for i, known in sorted(d.similar.items())]
        flags += leaving
    if flags:
        flags = " ".join(dict.fromkeys(flags))
        print(_say(args, f"如为已有的板块、项目或指标，导入时加：{flags}",
                   f"If they are the plan's areas, projects or indicators, import with: {flags}"))


def _into_new_file(args):
    """An import given a plan file that is not there makes it empty: a planner naming a new file for a list wants
    a plan of that list (the bundled 2024 plan put 49 Yuzhong projects beside it, unsaid). A dry run makes no file
    and compares with an empty plan. Returns the new file's path where the import makes one."""
    path = _new_plan_file(args)
    if path is None:
        return None
    args.empty = True
    if args.dry_run:
        args.db = "sqlite:///:memory:"
        print("milestones: " + _say(args, f"没有计划文件 {path}：预览与空计划比较，未新建文件",
                                    f"there is no plan file {path}: the preview compares with an empty plan, "
                                    f"and no file is made"), file=sys.stderr)
        return None
    return path


def _said_of_new_file(args, path, made: bool) -> None:
    """The new plan file, said once the import is done; where nothing was written (the file had errors) it is taken
    away again: an empty plan file the planner did not ask for was left behind a refused import."""
    if made:
        print("milestones: " + _say(args, f"没有计划文件 {path}，已新建空计划，表格导入其中",
                                    f"there was no plan file {path}: a new, empty one is made for the import"),
              file=sys.stderr)
        return
    for leftover in (path, *(path.with_name(path.name + end) for end in ("-wal", "-shm", "-journal"))):
        leftover.unlink(missing_ok=True)
    print("milestones: " + _say(args, f"没有计划文件 {path}：没有写入任何数据，未新建文件",
                                f"there is no plan file {path}: nothing was written, and no file is made"),
          file=sys.stderr)


def _print_import(imp, dry_run: bool, written, remove_missing: bool = False, lang: str = "zh") -> None:
    """What an import found, in the planner's language (``--lang en``: English, the file's own text quoted)."""
    en = lang == "en"
    if en:
        from ..ui.problem_text import english
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
            if d.leaving:  # the rows marked 调出 whose projects the plan lists: taken off it
                leaving = "、".join(t.leaving[j]["name"] for j in sorted(d.leaving))
                w(f"  marked as leaving the list, taken off it: {len(d.leaving)} ({leaving})\n" if en else
                  f"  标为调出、移出计划 {len(d.leaving)}：{leaving}\n")
        # a note repeated down the rows ("（续建）" after 2,000 names) is shown a few times and counted: the
        # errors and warnings to act on are not lost among the notes (--json gives every one)
        seen: dict[str, int] = {}
        listed = {"error": 0, "warning": 0}
        for p in t.problems:
            if p.severity == "info" and p.row:
                seen[p.message] = seen.get(p.message, 0) + 1
                if seen[p.message] > _NOTES_SHOWN:
                    continue
            elif p.severity in listed:
                listed[p.severity] += 1
                if listed[p.severity] > _SHOWN:
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
        for severity, n in listed.items():
            if n > _SHOWN:
                w(f"  {labels[severity]}: {n - _SHOWN:,} more {'errors' if severity == 'error' else 'warnings'} not "
                  "listed here (--mark OUT.xlsx marks every one on a copy of the file; --json lists them)\n" if en else
                  f"  {labels[severity]}：另有 {n - _SHOWN:,} 条{labels[severity]}未在此列出（--mark OUT.xlsx 在文件副本上"
                  "逐一标注，--json 列出全部）\n")
    if imp.has_errors:
        if any("指定年度" in p.message for t in imp.tables for p in t.problems):
            w("Give the year with --year and the kind with --kind.\n" if en else "用 --year 指定年度，--kind 指定表格类型。\n")
        w("The file has errors: nothing was written.\n" if en else "文件有错误，未写入任何数据。\n")
    elif dry_run:
        w("Preview only (--dry-run): nothing was written.\n" if en else "预览完毕（--dry-run），未写入数据库。\n")
    elif written is not None:
        w("Imported.\n" if en else "已导入。\n")
