"""``milestones info``: the plan in figures, and its progress paragraph, 催报名单, data checks and recent changes."""
from __future__ import annotations

import sys
from collections import Counter

from .common import EXIT_USAGE, _error, _lang, _print_json, _quarter, _say, _upgrade_said


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


def cmd_info(args) -> int:
    from ..store import open_store
    from ..store.queries import PlanNotFound, plan_summary

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
    from ..store.dashboard import dashboard
    from ..store.reports import kept_report, report_before
    from ..store.summary import progress_summary

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


def _print_chase(args, db) -> int:
    """催报名单: the notice of who is still to report at the quarter (as 各单位进展's 催报名单… writes it)."""
    from ..store.chase import chase_list, chase_text

    at = _quarter(args, args.chase)
    if at is None:
        return 2
    with db.read() as s:
        chase = chase_list(s, args.year or at.year, at)
    if args.json:
        _print_json({"quarter": at.short, "no_unit": chase.no_unit,
                     "units": [{"unit": u.unit, "projects": u.projects, "targets": u.targets,
                                "indicators": u.indicators} for u in chase.units]})
        return 0
    print(chase_text(chase, _lang(args)))
    return 0


def _print_checks(args, db) -> int:
    """数据检查: each finding a line (project, what), or as JSON (those marked as right too, with the mark)."""
    from ..store.checks import LIMIT, NAMES, find_problems

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
    from ..store.change_words import field_words, how_words, value_words
    from ..store.history import recent_changes

    with db.read() as s:
        rows = recent_changes(s, max(args.changes, 1))
    if args.json:
        _print_json([dict(r, at=r["at"].isoformat(), quarter=r["quarter"].short if r["quarter"] else None)
                     for r in rows])
        return 0
    if not rows:
        print(_say(args, "还没有修改记录", "No change recorded yet"))
    english = _lang(args) == "en"
    for r in rows:  # in the planner's words, as the window's 修改记录 (the ids are in --json)
        name = r["project"] if r["target_id"] is None else _say(args, "目标：", "Target: ") + r["project"]
        print(f"{r['at']:%Y-%m-%d %H:%M} UTC\t{r['by'] or ''}\t{how_words(r['how'], english)}\t{name}\t"
              f"{field_words(r, english)}\t{value_words(r, r['old'], english)} → {value_words(r, r['new'], english)}")
    return 0
