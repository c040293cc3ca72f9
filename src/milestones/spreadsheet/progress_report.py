"""重点项目推进情况表: the quarter's progress of the key projects as a workbook to send and print.

Sheet 推进情况: a row per project under its zone's heading — the year's planned investment, what is
invested to the quarter's end and the rate, planned and actual start and completion, the quarter's 形象进度,
the light on its colour and why, the unit responsible; a 合计, and a note saying the quarter, 序时进度
and the rules. Sheet 分类统计: the same projects by zone, area and class. Laid out as the attachments
are (title, merged two-row header, borders, A4 landscape one page wide, 第 N 页 共 M 页); a report,
not a table the import reads back.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from ..domain.numerals import chinese_numeral
from ..domain.progress import time_elapsed
from ..domain.quarter import Quarter
from ..store import Database, read_at_once
from ..store.exports import ExportFilter
from ..store.progress_table import ProgressRow, ProgressTable, known_sum, progress_table, tally
from .attachment_sheet import STEP, AttachmentSheet, Col, ticker, write_workbook, zone_heading

__all__ = ["export_project_progress"]


@read_at_once
def export_project_progress(db: Database, out: str | Path, at: Quarter, f: ExportFilter = ExportFilter(), *,
                            as_reported: bool = False, progress=None, cancelled=None) -> int:
    """Write the listed projects' progress at ``at`` (those ``f`` selects) to ``out``; returns the number
    of projects. ``as_reported``: as the quarter's kept report gave them. ``progress(done, total)`` is told
    as the rows are written; ``cancelled()`` true stops it with ``attachment_sheet.ExportCancelled``, no file left."""
    table = progress_table(db, f, at, as_reported=as_reported)
    if not table.rows:
        raise ValueError("没有符合条件的项目" if not as_reported else f"{at.label_zh}存档的上报中没有符合条件的项目")

    tick = ticker(len(table.rows), progress, cancelled)

    def fill(wb) -> int:
        _projects_sheet(wb, table, f, tick)
        _breakdown_sheet(wb, table, f)
        return len(table.rows)

    return write_workbook(out, fill)


def _title(table: ProgressTable, f: ExportFilter, what: str) -> str:
    where = "".join(v for v in (f.zone, f.area, f.project_class) if v)
    title = f"{table.year}年{table.at.year_to_date_zh}{where}{what}"
    if f.unit:
        title += f"（{f.unit}）"
    if table.kept:
        title += "（上报存档）"
    return title


def _projects_sheet(wb, table: ProgressTable, f: ExportFilter, tick) -> None:
    at, rows = table.at, table.rows
    invested_to = f"1-{at.q * 3}月完成投资（亿元）"
    cols = [Col("序号", "seq", "count", min_width=5), Col("项目名称", "name", max_width=32),
            Col("板块", "area", max_width=24), Col("类别", "class", max_width=12), Col("性质", "nature", "center"),
            Col("总投资（亿元）", "total", "number"),
            Col("年度计划（亿元）", "planned", "number", group="年度投资"),
            Col(invested_to, "invested", "number", group="年度投资"), Col("完成率", "rate", "percent", group="年度投资"),
            Col("计划", "start", "quarter", group="开工"), Col("实际", "started", "quarter", group="开工"),
            Col("计划", "completion", "quarter", group="完工"), Col("实际", "completed", "quarter", group="完工"),
            Col(f"{'一二三四'[at.q - 1]}季度形象进度", "progress", max_width=40),
            Col("预警", "light", "light", group="预警情况", min_width=9), Col("原因", "why", group="预警情况", max_width=40),
            Col("责任单位", "unit", max_width=20)]
    values = [_values(r) for r in rows]
    # columns no listed project fills leave the table: it keeps to one page wide with readable text
    cols = [c for c in cols if c.key not in ("class", "total", "area") or any(v[c.key] not in (None, "") for v in values)]
    sheet = AttachmentSheet(wb, "推进情况", "", _title(table, f, "重点项目推进情况表"), cols)
    sheet.header()
    per_zone = Counter(r.record["zone"] for r in rows)
    zone: object = object()
    for n, (r, v) in enumerate(zip(rows, values), start=1):
        if n % STEP == 1:
            tick(n - 1)
        if r.record["zone"] != zone:
            zone = r.record["zone"]
            sheet.category(zone_heading(per_zone, zone))
        v["seq"] = n
        sheet.record([v[c.key] for c in cols])
    total = tally(rows, None)[0]
    sums = dict.fromkeys((c.key for c in cols), None)
    sums.update(name=f"合计（{total.projects}个）", planned=total.planned, invested=total.invested, rate=total.rate,
                total=known_sum(r.record["total_investment"] for r in rows))
    sheet.record([sums[c.key] for c in cols])
    sheet.note(_note(table))
    sheet.finish()


def _values(r: ProgressRow) -> dict:
    rec = r.record
    why = "；".join(x.text() for x in r.reasons)
    if r.plan_moved:
        why = "上报后计划已调整"
    return {
        "name": rec["name"] if rec["on_list"] else f"{rec['name']}（已移出计划）", "area": rec["area"],
        "class": rec["class"], "nature": rec["nature"], "total": rec["total_investment"],
        "planned": rec["annual_investment"], "invested": r.invested, "rate": r.rate,
        "start": _quarter(rec["start"]) or rec["start_text"], "started": _quarter(r.actual_start),
        "completion": _quarter(rec["completion"]) or rec["completion_text"], "completed": _quarter(r.actual_completion),
        "progress": r.progress, "light": r.light, "why": why or None,
        "unit": rec["responsible_unit"] or rec["owner"],
    }


def _quarter(q) -> str | None:
    if q is None:
        return None
    return (Quarter.parse(q) if isinstance(q, str) else q).label_zh


def _note(table: ProgressTable) -> str:
    at = table.at
    text = (f"注：截至{at.label_zh}，序时进度{time_elapsed(at) * 100:g}%。完成投资为年内各季度填报的实际完成投资之和，"
            f"未填报的项目留空，不计入完成率。{table.rules.describe(at)}。")
    if table.kept:
        k = table.kept
        local = k.kept_at.astimezone() if k.kept_at.tzinfo else k.kept_at
        text += (f"本表为{at.label_zh}存档上报时的预警、完成投资和开工竣工情况（{local:%Y年%m月%d日}"
                 + (f"由{k.kept_by}" if k.kept_by else "") + "存档）"
                 + ("，计划开工、竣工和年度计划投资亦为上报时的。" if table.plan_kept else
                    "；计划开工、竣工和年度计划投资为现在的数据。"))
        if table.left_out:
            text += f"存档后列入计划的{table.left_out}个项目不在本表。"
    return text


def _breakdown_sheet(wb, table: ProgressTable, f: ExportFilter) -> None:
    cols = [Col("分类", "key", max_width=24), Col("项目数（个）", "projects", "count"),
            Col("年度计划（亿元）", "planned", "number", group="年度投资"),
            Col(f"1-{table.at.q * 3}月完成（亿元）", "invested", "number", group="年度投资"),
            Col("完成率", "rate", "percent", group="年度投资"),
            Col("已开工", "started", "count", group="项目（个）"), Col("已竣工", "completed", "count", group="项目（个）"),
            Col("严重滞后", "red", "count", group="项目（个）"), Col("滞后", "yellow", "count", group="项目（个）")]
    sheet = AttachmentSheet(wb, "分类统计", "", _title(table, f, "重点项目分类推进情况"), cols)
    sheet.header()
    headings = {"zone": "按区域", "area": "按板块", "class": "按类别"}
    n = 0
    for by, heading in headings.items():
        groups = tally(table.rows, by)
        if all(g.key is None for g in groups):
            continue  # a table naming no class (or area) has nothing to break down by it
        n += 1
        sheet.category(f"{chinese_numeral(n)}、{heading}")
        for g in groups:
            name = g.key if g.key is not None else {"zone": "未分区", "area": "未分板块", "class": "未分类"}[by]
            if by == "zone" and g.key in ("东部", "中部", "西部"):
                name += "片区"
            sheet.record([_count(g, c.key, name) for c in cols])
    total = tally(table.rows, None)[0]
    sheet.record([_count(total, c.key, "合计") for c in cols])
    sheet.note(f"注：截至{table.at.label_zh}，序时进度{time_elapsed(table.at) * 100:g}%。“严重滞后”“滞后”按推进情况表的预警计。")
    sheet.finish()


def _count(g, key: str, name: str):
    if key == "key":
        return name
    if key == "rate":
        return g.rate
    v = getattr(g, key)
    # a nought is left blank among the counts, as offices leave it: the figures that are there stand out
    return v or None if key in ("started", "completed", "red", "yellow") else v
