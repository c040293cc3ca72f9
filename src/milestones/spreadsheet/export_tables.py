"""The rows of each attachment table, written: the indicators' 附件1 and 附件2, the key projects (with a
quarter's columns for the owners' form, and the 横道图), the measures and their quarterly steps."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from typing import Any, Iterable

from ..domain.numerals import chinese_numeral
from ..domain.quarter import Quarter
from ..domain.schedule_cell import DATE_REMARK
from ..domain.target import OP_WORDS
from ..store import Database
from ..store.exports import ExportFilter, indicator_records, measure_records, project_records
from ..store.history import TARGET_REVISIONS
from ..store.list_adjustments import LIST_ADJUSTED_WORDS, list_made_on
from ..store.project_rows import plan_id_for
from .attachment_sheet import STEP, AttachmentSheet, Col, merge_down, ticker, zone_heading
from .cells import REASON_NOTE
from .milestone_cells import DONE_WORDS, EXPECTED_WORDS, milestone_words
from .timeline_sheet import timeline_sheet

__all__ = ["indicators_table", "projects_table", "measures_table"]

LIST_CHANGES = {"added": "调入", "removed": "调出"}  # a 名单调整表's word for each move


def _quarter_text(short: str | None, text: str | None) -> str | None:
    if short:
        return Quarter.parse(short).label_zh
    return text


def _deadline_cell(quarter: str | None, words: str | None, year: int) -> str | None:
    """A target's 完成时限 as the list said it: "持续推进" (no quarter), "2024年6月，持续推进" where those words still
    read as its quarter (a quarter typed since says more than the words it replaced), else the quarter."""
    if words and quarter:
        from .measures import dated_deadline  # (the importer's own reading: what is written reads back the same)

        dated = dated_deadline(words, year)
        return words if dated is not None and dated[0] == quarter else _quarter_text(quarter, None)
    return _quarter_text(quarter, words)


def _in_time_order(records: list[dict[str, Any]]) -> list[str]:
    """The 节点 named in ``records``, one column each in the order they fall in on average (立项 before 施工许可,
    whatever a project's own list begins with); those never dated last, as first met."""
    when: dict[str, list[int]] = {}
    for r in records:
        for name, m in r["milestones"].items():
            at = when.setdefault(name, [])
            if m["planned"] or m["actual"]:
                at.append(Quarter.parse(m["planned"] or m["actual"]).index)
    return sorted(when, key=lambda n: sum(when[n]) / len(when[n]) if when[n] else float("inf"))


def _milestone_cells(m: dict[str, Any], year: int) -> tuple[str | None, str | None]:
    """A 节点's two cells, planned and reached, written so the importer reads them back as they are: its quarters,
    and its words ("已批复", "办理中，预计2024年5月取得") where the planned quarter leaves room for them — in the
    planned cell where there is none or they give it, else in the empty reached cell ("2024年二季度" | "已批复"), else
    after the quarter in brackets where they are a short remark ("2024年二季度（办理中）")."""
    # (a day where one is kept, "2024-05-20", in its quarter: else the quarter)
    planned = _day_in(m.get("planned_date"), m["planned"]) or _quarter_text(m["planned"], None)
    actual = _day_in(m.get("actual_date"), m["actual"]) or _quarter_text(m["actual"], None)
    note = m.get("note")
    if not note:
        return planned, actual
    said = milestone_words(note, year)
    if not planned or said is not None and said.planned == m["planned"] and said.actual is None \
            and said.day == m.get("planned_date"):
        return note, actual
    if said is not None and not said.actual and not actual and (not said.planned or EXPECTED_WORDS.search(note)):
        # words beside the time planned ("已批复", "办理中", "办理中，预计5月取得" where the plan has its day), in the
        # reached cell: read back as words (a time they give kept from the planned cell)
        return planned, note
    if said is not None and not said.planned and not said.actual and DATE_REMARK.fullmatch(f"（{note}）") \
            and not DONE_WORDS.search(note):
        return f"{planned}（{note}）", actual
    return planned, actual  # (words beside both quarters that would read as another time: the quarters kept)


def _day_in(day: str | None, quarter: str | None) -> str | None:
    """``day`` where it falls in ``quarter`` (a day typed by hand in another quarter is not the plan's)."""
    if day and quarter and Quarter.from_date(dt.date.fromisoformat(day)) == Quarter.parse(quarter):
        return day
    return None


def _categorised(records: list[dict[str, Any]]) -> Iterable[tuple[str | None, dict[str, Any]]]:
    last = object()
    for rec in records:
        cat = rec.get("category")
        if cat != last:
            yield (cat, None) if cat else (None, None)
            last = cat
        yield None, rec


def indicators_table(wb, db: Database, kind: str, year: int) -> int:
    records = indicator_records(db, year)
    for rec in records:  # the remarks as the table has them, after the indicator judged instead, if adjusted
        adjusted = f"调整为“{rec['replaced_by']}”" if rec.get("replaced_by") else None
        rec["notes"] = "；".join(w for w in (adjusted, rec["notes"]) if w) or None
    # a table of targets split among the units names who answers; one with no remark has no 备注 (附件1 as published)
    optional = ("responsible_unit", "partner_units", "notes") if kind == "indicator_results" else (
        "responsible_unit", "partner_units")
    if kind == "indicator_results":
        cols = [Col("序号", "seq", "center", min_width=5), Col("指标", "name", max_width=36), Col("单位", "unit", "center"),
                Col("属性", "binding", "binding"), Col("目标", "target", group=f"{year}年"),
                Col("完成", "actual", group=f"{year}年"), Col("完成情况", "status", "center"),
                Col("原因说明", "reason", max_width=40), Col("责任单位", "responsible_unit", max_width=24),
                Col("配合单位", "partner_units", max_width=24), Col("备注", "notes", max_width=30)]
        title = f"{year}年经济社会发展主要目标完成情况表"
    else:
        cols = [Col("序号", "seq", "center", min_width=5), Col("指标", "name", max_width=36), Col("单位", "unit", "center"),
                Col("属性", "binding", "binding"), Col(f"{year - 1}年预计完成", "previous"),
                Col(f"{year}年目标", "target"), Col("责任单位", "responsible_unit", max_width=24),
                Col("配合单位", "partner_units", max_width=24), Col("备注", "notes", max_width=30)]
        title = f"{year}年经济社会发展主要目标预期建议表"
    cols = [c for c in cols if c.key not in optional or any(r[c.key] for r in records)]
    annex = "附件1" if kind == "indicator_results" else "附件2"
    sheet = AttachmentSheet(wb, annex, annex, title, cols)
    sheet.header()
    n = 0
    chinese = "一二三四五六七八九十"
    cat_no = 0
    for cat, rec in _categorised(records):
        if rec is None:
            if cat:
                sheet.category(f"{chinese[cat_no % 10]}、{cat}")
                cat_no += 1
            continue
        n += 1
        binding = {True: "约束性", False: "预期性"}.get(rec["binding"])
        actual = rec["actual_text"] or rec["actual"]
        previous = rec["previous_actual_text"] or rec["previous_actual"]
        target = rec["target"]["text"] if rec["target"] else None
        vals = {"seq": n, "name": rec["name"], "unit": rec["unit"], "binding": binding, "target": target,
                "actual": actual, "status": rec["status"], "reason": rec["reason"], "previous": previous,
                "responsible_unit": rec["responsible_unit"], "partner_units": rec["partner_units"],
                "notes": rec["notes"]}
        sheet.record([vals[c.key] for c in cols])
    sheet.finish()
    return n


# optional columns a 调整表 keeps where some project's was revised: the column → the record's value before it
_KEPT_BEFORE = {"leader": "leader_before", "partner_units": "partners_before"}
_OPTIONAL_PROJECT_COLUMNS = {"code", "level", "content", "construction_years", "invested_before", "owner", "leader",
                             "contact", "location", "partner_units"}


def projects_table(wb, db: Database, f: ExportFilter, year: int, timeline: bool, report: Quarter | None = None,
              progress=None, cancelled=None) -> int:
    cols = [Col("序号", "seq", "center", min_width=5), Col("项目编码", "code"), Col("项目名称", "name", max_width=36),
            Col("区域", "zone", "center"), Col("板块", "area", max_width=24), Col("类别", "class"), Col("性质", "nature", "center"),
            Col("级别", "level", "center"), Col("建设内容及规模", "content", max_width=40),
            Col("建设地点", "location", max_width=20),
            Col("建设起止年限", "construction_years"), Col("总投资（亿元）", "total_investment", "number"),
            Col(f"截至{year - 1}年底累计完成投资（亿元）", "invested_before", "number"),
            Col("年度计划投资（亿元）", "annual_investment", "number"), Col("计划开工", "start", "quarter"),
            Col("计划完工", "completion", "quarter"), Col("实际开工", "actual_start", "quarter"),
            Col("实际完工", "actual_completion", "quarter"), Col("业主单位", "owner", max_width=24),
            Col("责任单位", "responsible_unit", max_width=24), Col("配合单位", "partner_units", max_width=24),
            Col("责任人", "contact", max_width=20), Col("牵头领导", "leader"),
            Col("备注", "notes", max_width=30)]
    # Columns many offices never fill leave the table when no exported project
    # has a value: the printed table keeps to one page wide with readable text.
    records = list(project_records(db, f))
    cols = [c for c in cols  # (a leader or partners some project had before its revision keep their column in a 调整表)
            if c.key not in _OPTIONAL_PROJECT_COLUMNS or any(r[c.key] not in (None, "") for r in records)
            or c.key in _KEPT_BEFORE and any(r[_KEPT_BEFORE[c.key]] for r in records)]
    quarter_cols = _quarter_columns(records, year, report)
    # "节点" over "主体完工 | 投用", and "实际主体完工" where one was reached
    written = [{name: _milestone_cells(m, year) for name, m in r["milestones"].items()} if r["milestones"] else {}
               for r in records]
    had = {(n, part) for cells in written for n, pair in cells.items()
           for part, v in zip(("planned", "actual"), pair) if v}
    milestone_cols = [Col(title, f"{key}{name}", "quarter", group="节点") for name in _in_time_order(records)
                      for part, key, title in (("planned", "milestone:", name),
                                               ("actual", "milestone_done:", f"实际{name}")) if (name, part) in had]
    at = next(i for i, c in enumerate(cols) if c.key == "actual_completion") + 1
    cols[at:at] = milestone_cols + quarter_cols  # the quarterly report, before 责任单位 … as offices lay it out
    revisions = bool(f.view and f.view.plan_revised)
    if revisions:  # the projects whose plan was revised: a 调整表, each plan before the revision beside it
        cols = _with_originals(cols, {key for key in _REVISED.values()
                                      if any(r[f"{key}_before"] is not None for r in records)})
        cols = _reasons_apart(cols, records)
    moves = bool(f.view and f.view.list_adjusted)
    if moves:  # the projects put on the list or taken off it since it was made: a 名单调整表, each move's day and why
        named = next(i for i, c in enumerate(cols) if c.key == "name") + 1
        cols[named:named] = [Col("调整", "list_change", "center", min_width=6)]
        noted = next(i for i, c in enumerate(cols) if c.key == "notes")
        cols[noted:noted] = [Col("调整时间", "moved_on", "center"), Col("调整原因", "move_reason", max_width=30)]
    quarter_keys = [c.key for c in milestone_cols + quarter_cols]
    # the zone, area and class exported, as the progress table names them: an area's list read as the whole
    # plan's took the other 43 projects for gone
    # with what was done in it, a 计划及完成情况表: titled a 计划表, its 形象进度 read back as the quarter's goal
    done = any(c.key.endswith(("_actual", "_progress")) for c in quarter_cols)
    kind_of_table = "名单调整表" if moves else "计划调整表" if revisions else "季度计划及完成情况表" if done else "季度计划表"
    title = f"{year}年{''.join(v for v in (f.zone, f.area, f.project_class) if v)}重点项目{kind_of_table}"
    if f.unit:
        title += f"（{f.unit}）"
    words = f.view_words
    if revisions or moves:  # (the table's name says it: "计划调整表（预警：计划已调整）" said it twice)
        words = "；".join(w for w in words.split("；")
                         if not w.endswith(("计划已调整", "Plan revised", LIST_ADJUSTED_WORDS, "List changed")))
    if words:  # the projects of the list in view only: said, so it is never taken for the whole list
        title += f"（{words}）"
    sheet = AttachmentSheet(wb, "重点项目", "附件3", title, cols)
    sheet.header()
    n = 0
    spans = []
    # a heading row per zone, as the plan's attachment groups them: "一、东部片区（16个）"; the
    # projects without one under "未分区项目", which reads back as no zone (and no class)
    per_zone = Counter(r["zone"] for r in records)
    zone: object = object()
    tick = ticker(len(records), progress, cancelled)
    for rec, cells in zip(records, written):
        if n % STEP == 0:
            tick(n)
        if rec["zone"] != zone:
            zone = rec["zone"]
            sheet.category(zone_heading(per_zone, zone))
        n += 1
        by_quarter = dict.fromkeys(quarter_keys)
        by_quarter.update({f"q{k[-1]}_{part}": v for k, parts in rec["quarters"].items() for part, v in parts.items()
                           if k.startswith(str(year))})
        by_quarter.update({f"{key}{name}": v for name, pair in cells.items()
                           for v, key in zip(pair, ("milestone:", "milestone_done:")) if f"{key}{name}" in by_quarter})
        start, completion = (_quarter_text(rec["start"], rec["start_text"]),
                             _quarter_text(rec["completion"], rec["completion_text"]))
        was = rec["original"]
        vals = dict(rec, **by_quarter, seq=n, start=start, completion=completion,
                    # in a 调整表 what was not revised stands in both columns, as the dates do where one moved
                    start_before=_quarter_text(was[0], None) if was else start,
                    completion_before=_quarter_text(was[1], None) if was else completion,
                    annual_before=rec["annual_investment"] if rec["annual_before"] is None else rec["annual_before"],
                    total_before=rec["total_investment"] if rec["total_before"] is None else rec["total_before"],
                    unit_before=rec["responsible_unit"] if rec["unit_before"] is None else rec["unit_before"],
                    leader_before=rec["leader"] if rec["leader_before"] is None else rec["leader_before"],
                    partners_before=rec["partner_units"] if rec["partners_before"] is None else rec["partners_before"],
                    actual_start=_quarter_text(rec["actual_start"], None),
                    actual_completion=_quarter_text(rec["actual_completion"], None))
        if moves:
            move = rec["list_move"] or {}
            vals.update(list_change=LIST_CHANGES.get(move.get("change")), move_reason=move.get("reason"),
                        moved_on=move["date"].isoformat() if move.get("date") else None)
        sheet.record([vals[c.key] for c in cols], struck=not rec["on_list"])
        if timeline:
            spans.append((n, rec))
    if moves and records:  # (none: said by the caller, no table handed on)
        with db.read() as s:
            made = list_made_on(s, plan_id_for(s, year))
        sheet.note(f"注：{made.year}年{made.month}月{made.day}日名单确定后调入、调出的项目"
                   + (f"；名称划去的项目已调出{year}年计划。" if any(not r["on_list"] for r in records) else "。"))
    elif any(not r["on_list"] for r in records):  # (含已移出) said, for whoever the table is handed to
        sheet.note(f"注：名称划去的项目已移出{year}年计划。")
    sheet.finish()
    if timeline:
        timeline_sheet(wb, spans, year, title.replace(kind_of_table, "季度计划横道图", 1))
    return n


# what else a 计划调整表 revises than the dates: the column's key → the record's "…_before"
_REVISED = {"annual_investment": "annual", "total_investment": "total", "responsible_unit": "unit",
            "partner_units": "partners", "leader": "leader"}


def _with_originals(cols: list[Col], revised: set[str]) -> list[Col]:
    """The columns of a 调整表: "原计划开工 | 调整后计划开工", the same for the completion (and the year's investment,
    the total, the unit responsible, its partners and the leader, where ``revised`` names them, "annual", "total",
    "unit", "partners", "leader": some project's was revised), as offices send a list revised mid-year (and as the
    import reads one: the revised plan, the original kept in the record of changes)."""
    out = []
    for c in cols:
        if _REVISED.get(c.key) in revised:
            out += [dataclasses.replace(c, header=f"原{c.header}", key=f"{_REVISED[c.key]}_before"),
                    dataclasses.replace(c, header=f"调整后{c.header}")]
        elif c.key in ("start", "completion"):
            which = "开工" if c.key == "start" else "完工"
            out += [Col(f"原计划{which}", f"{c.key}_before", "quarter"), Col(f"调整后计划{which}", c.key, "quarter")]
        else:
            out.append(c)
    return out


_QUARTER_PARTS = (("planned", "计划投资（亿元）", "number"), ("goal", "形象进度目标", "text"),
                  ("actual", "完成投资（亿元）", "number"), ("progress", "形象进度", "text"))
_REPORTED = ("planned", "actual", "progress")  # what the owners' form asks for


def _quarter_columns(records: list[dict[str, Any]], year: int, report: Quarter | None = None) -> list["Col"]:
    """A column per quarter and figure that some exported project has, and all
    three of the quarter being reported."""
    have = {(q, part) for r in records for q, parts in r["quarters"].items() for part, v in parts.items()
            if v is not None}
    if report is not None:
        have |= {(str(report), part) for part in _REPORTED}
    if have == {(f"{year}Q4", "goal")}:
        # a list's year's goal alone ("2024年主要建设内容", kept as the fourth quarter's), under its own heading: as
        # the fourth quarter's node, "开工建设" read back as a start in the fourth quarter, which the list never said
        return [Col(f"{year}年主要建设内容", "q4_goal", "text", max_width=30)]
    cols = []
    for n in range(1, 5):
        for part, title, kind in _QUARTER_PARTS:
            if (f"{year}Q{n}", part) in have:  # "一季度" merged over its figures, as offices draw it
                cols.append(Col(title, f"q{n}_{part}", kind, group=f"{'一二三四'[n - 1]}季度",
                                max_width=30 if kind == "text" else 40))
    return cols


def measures_table(wb, db: Database, year: int, report: Quarter | None = None, unit: str | None = None,
              unreported: Quarter | None = None, revised: bool = False) -> int:
    """As the plan's attachment reads: each section a heading row ("（一）…"), each measure
    numbered and merged down over its targets, a target to a row. ``report``: the form the units
    fill in for that quarter, its review column (and the earlier quarters') there even if blank. ``revised``: the
    targets whose deadline, wording or units were revised this year, "原完成时限 | 调整后完成时限", "原目标 | 调整后目标"
    and "原责任单位 | 调整后责任单位" as offices send a 任务调整表 (and as the import reads one: the target revised,
    the original kept in its record of changes)."""
    records = measure_records(db, year, unit, unreported, revised)
    cols = [Col("序号", "seq", "center", min_width=5),
            Col("举措", "measure", max_width=30), Col("目标", "text", max_width=50),
            Col("指标对象", "subject", max_width=24), Col("方式", "op_word", "center"),
            Col("目标值", "value", "figure"), Col("单位", "unit", "center"),
            Col("完成时限", "quarter", "quarter"), Col("责任单位", "responsible_unit", max_width=24),
            Col("配合单位", "partner_units", max_width=24), Col("责任人", "contact", max_width=20),
            Col("牵头领导", "leader", "center"), Col("完成值", "actual_shown", "figure"), Col("完成情况", "status", "center"),
            Col("备注", "notes", max_width=30)]
    if report is None and not any(r["actual"] is not None or r["actual_text"] or r["status"]
                                  or any(_step_done(st) for st in r["steps"].values()) for r in records):
        cols = [c for c in cols if c.key not in ("actual_shown", "status")]  # the plan's table as published
    for key in ("partner_units", "contact", "leader", "notes"):  # a plan naming only the units responsible, no remarks
        if not any(r[key] or r.get(f"{key}_before") for r in records):  # (in a 调整表, one that had them before)
            cols = [c for c in cols if c.key != key]
    if any(r["measure_text"] for r in records):  # a task list's 工作措施, beside its task, merged down as it is
        cols.insert(2, Col("工作措施", "measure_text", max_width=40))
    steps, reviews = _step_columns(records, report)
    at = next(i for i, c in enumerate(cols) if c.key == "quarter") + 1
    cols[at:at] = steps
    at = next((i for i, c in enumerate(cols) if c.key == "actual_shown"), len(cols))
    cols[at:at] = reviews  # each quarter's review before the year's result
    if revised:
        # "原… | 调整后…" for each field any target had revised (its column kept above); a row where that one was not
        # leaves its 原 blank (the import reads a blank 原 as not revised)
        for key in ("quarter", *TARGET_REVISIONS):
            if any(rec[f"{key}_before"] for rec in records):
                at, c = next((i, c) for i, c in enumerate(cols) if c.key == key)
                cols[at:at + 1] = [dataclasses.replace(c, header=f"原{c.header}", key=f"{key}_before"),
                                   dataclasses.replace(c, header=f"调整后{c.header}")]
        cols = _reasons_apart(cols, records)
        if not any(rec["notes"] for rec in records):  # (a plan's targets with no remarks have no 备注 column)
            cols = [c for c in cols if c.key != "notes"]
    title = f"{year}年工作举措与量化目标{'调整表' if revised else '表'}" + (f"（{unit}）" if unit else "")
    sheet = AttachmentSheet(wb, "举措与目标", "附件4", title, cols)
    sheet.header()
    merged = [c for c, col in enumerate(cols) if col.key in ("seq", "measure", "measure_text")]
    section = measure = None
    first, n = sheet.row, 0
    headings = _section_headings(records)
    for rec in records:
        if rec["section_number"] != section:
            merge_down(sheet, merged, first)
            for heading in headings[rec["section_number"]]:
                sheet.category(heading)
            section, measure, first = rec["section_number"], None, sheet.row
        opens = rec["measure"] != measure
        if opens:
            merge_down(sheet, merged, first)
            first, measure, n = sheet.row, rec["measure"], n + 1
        steps = rec["steps"]
        vals = dict(rec, seq=n if opens else None, measure=rec["measure"] if opens else None,
                    measure_text=rec["measure_text"] if opens else None,
                    **{f"step_q{q}": (steps.get(q) or {}).get("text") for q in range(1, 5)},
                    **{f"done_q{q}": _step_done(steps.get(q)) for q in range(1, 5)},
                    op_word=OP_WORDS.get(rec["op"], rec["op"]),
                    quarter=_deadline_cell(rec["quarter"], rec["quarter_text"], year),
                    quarter_before=_recorded_deadline(rec["quarter_before"]),
                    actual_shown=rec["actual_text"] or rec["actual"])  # "已完成35项" as written, else the figure
        sheet.record([vals[c.key] for c in cols])
    merge_down(sheet, merged, first)
    sheet.finish()
    return len(records)


def _reasons_apart(cols: list[Col], records: list[dict[str, Any]]) -> list[Col]:
    """A 调整表's columns with why each row was revised in its own 调整原因 column after the last revision ("调整后…"),
    as offices lay one out, where a revised list gave reasons (an import keeps them in the notes)."""
    for rec in records:
        rec["notes"], rec["adjust_reason"] = _reason_apart(rec["notes"])
    if any(rec["adjust_reason"] for rec in records):
        at = max((i for i, c in enumerate(cols) if c.header.startswith("调整后")), default=len(cols) - 1) + 1
        cols = cols[:at] + [Col("调整原因", "adjust_reason", max_width=30)] + cols[at:]
    return cols


def _reason_apart(notes: str | None) -> tuple[str | None, str | None]:
    """A target's or a project's notes and the reason it was revised, where a revised list gave one: the notes' last
    part "调整原因：…", as the import writes it (only the last, so the table reads back into the same notes)."""
    head, _, last = (notes or "").rpartition("；")
    if not last.startswith(REASON_NOTE):
        return notes, None
    return head or None, last[len(REASON_NOTE):] or None


def _recorded_deadline(was: str | None) -> str | None:
    """A deadline as the record of changes keeps it ("2024Q2", or the words), as a 完成时限 cell says it."""
    if not was:
        return None
    return _quarter_text(was, None) if _RECORDED_QUARTER.fullmatch(was) else was  # else the list's words ("持续推进")


_RECORDED_QUARTER = re.compile(r"\d{4}Q[1-4]")


def _section_headings(records: list[dict[str, Any]]) -> dict[int, list[str]]:
    """The heading rows over each section's first row: "（三）…" as the plan numbers its sections; in a plan of two
    levels the list's own, "一、着力稳增长" over "（一）扩大有效投资", "（二）…", each "（N）" counted within its part, and a
    section under no part a heading of the upper level ("二、着力惠民生"), as the list was written."""
    numbers = list(dict.fromkeys(r["section_number"] for r in records))
    of = {r["section_number"]: r for r in records}
    if not any(of[n]["part"] for n in numbers):
        return {n: [f"（{chinese_numeral(n)}）{of[n]['section']}"] for n in numbers}
    out: dict[int, list[str]] = {}
    top = sub = 0
    part: str | None = None
    for n in numbers:
        rec = of[n]
        if not rec["part"]:
            top, part = top + 1, None
            out[n] = [f"{chinese_numeral(top)}、{rec['section']}"]
            continue
        out[n] = []
        if rec["part"] != part:
            top, sub, part = top + 1, 0, rec["part"]
            out[n].append(f"{chinese_numeral(top)}、{part}")
        sub += 1
        out[n].append(f"（{chinese_numeral(sub)}）{rec['section']}")
    return out


def _step_columns(records: list[dict[str, Any]], report: Quarter | None = None) -> tuple[list[Col], list[Col]]:
    """The quarterly steps, all four quarters where any target has one (a form to fill in), and the
    quarters reviewed: each one any target has a review of, and with ``report`` that quarter and the
    ones before it (the form a unit fills in, last quarter's review beside this quarter's blank)."""
    steps = []
    if any(st.get("text") for r in records for st in r["steps"].values()):
        steps = [Col(f"{w}季度", f"step_q{q}", max_width=20, group="季度安排") for q, w in enumerate("一二三四", 1)]
    reviewed = {q for r in records for q, st in r["steps"].items() if _step_done(st)}
    if report is not None:
        reviewed |= set(range(1, report.q + 1))
    reviews = [Col(f"{'一二三四'[q - 1]}季度", f"done_q{q}", max_width=20, group="各季度完成情况")
               for q in sorted(reviewed)]
    if len(reviews) == 1:  # one quarter: its own heading, not a group a column wide wrapped on three lines
        reviews = [Col(f"{reviews[0].header}完成情况", reviews[0].key, max_width=20)]
    return steps, reviews


def _step_done(step: dict[str, Any] | None) -> str | float | None:
    """A quarter's review as the import read it: its words, else its figure."""
    if not step:
        return None
    return step["actual_text"] or step["actual"]
