"""重点项目推进情况表: the quarter's progress as a workbook LibreOffice opens with the same figures."""
from __future__ import annotations

import csv
import subprocess
import sys

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from milestones.domain.quarter import Quarter
from milestones.spreadsheet.export import file_stem
from milestones.spreadsheet.progress_report import export_project_progress
from milestones.store import changes
from milestones.store.exports import ExportFilter
from milestones.store.reports import keep_report
from milestones.store.schema import KeyProject, PlanEntry
from tests.spreadsheet.conftest import convert

Q2 = Quarter(2024, 2)


def _reporting(db):
    """Two projects reporting the first half: the tower far behind, 重庆长滨 on time; a name like a formula."""
    with db.session() as s:
        ids = dict(s.execute(select(KeyProject.name, KeyProject.id)).all())
        for name, annual in (("重庆长滨", 4.0), ("重庆中心T3塔楼", 10.0)):
            s.scalar(select(PlanEntry).where(PlanEntry.project_id == ids[name])).annual_investment = annual
        s.get(KeyProject, ids["重庆长滨"]).actual_start = Quarter(2024, 1)
        s.get(KeyProject, ids["重庆长滨"]).responsible_unit = "区住房城乡建委"
        s.get(KeyProject, ids["红楼宾馆综合改造"]).name = "=红楼宾馆综合改造"
    changes.replace_project_details(db, ids["重庆长滨"], "investments", [{"quarter": "2024Q1", "actual": 0.5},
                                                                      {"quarter": "2024Q2", "actual": 1.5}])
    changes.replace_project_details(db, ids["重庆长滨"], "notes", [{"quarter": "2024Q2", "text": "主体结构施工至8层"}])
    changes.replace_project_details(db, ids["重庆中心T3塔楼"], "investments", [{"quarter": "2024Q1", "actual": 1}])
    return ids


def _sheets_as_libreoffice_reads_them(path, tmp_path):
    """Each sheet as LibreOffice saves it to CSV (its filter's last option -1: every sheet a file)."""
    out = tmp_path / "lo"
    convert([path], out, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1")
    return {p.stem.split("-", 1)[1]: list(csv.reader(p.open(encoding="utf-8"))) for p in out.glob("*.csv")}


def test_the_quarters_progress_reads_the_same_in_libreoffice(db, tmp_path):
    _reporting(db)
    out = tmp_path / f"{file_stem('project_progress', 2024, Q2)}.xlsx"
    assert out.name == "2024年上半年重点项目推进情况表.xlsx"
    assert export_project_progress(db, out, Q2) == 49
    sheets = _sheets_as_libreoffice_reads_them(out, tmp_path)
    rows = sheets["推进情况"]
    assert rows[1][0] == "2024年上半年重点项目推进情况表"
    upper, lower = rows[2], rows[3]
    assert "年度投资" in upper and "预警情况" in upper
    heads = [(lo or up).replace("\n", "") for up, lo in zip(upper, lower)]  # (a long heading's unit below it)
    assert heads[:4] == ["序号", "项目名称", "板块", "性质"]  # no project classed: no 类别 column
    by_name = {r[1]: dict(zip(heads, r)) for r in rows[4:] if len(r) > 2 and r[0].isdigit()}
    assert len(by_name) == 49
    binjiang = by_name["重庆长滨"]
    assert (binjiang["年度计划（亿元）"], binjiang["1-6月完成投资（亿元）"], binjiang["完成率"]) == ("4.00", "2.00", "50.0%")
    assert binjiang["二季度形象进度"] == "主体结构施工至8层" and binjiang["预警"] == "正常"
    assert binjiang["责任单位"] == "区住房城乡建委"
    tower = by_name["重庆中心T3塔楼"]
    assert tower["预警"] == "严重滞后" and tower["完成率"] == "10.0%"
    assert tower["原因"] == "年度投资完成10.0%，落后序时进度（50%）40.0个百分点；计划2024年一季度完工，尚未完工，已晚1个季度"
    assert "=红楼宾馆综合改造" in by_name  # a name like a formula stays the name
    assert rows[4][0].startswith("一、") and rows[4][0].endswith("个）")  # the first zone's heading
    total = next(r for r in rows if r[1].startswith("合计"))
    assert total[1] == "合计（49个）" and "14.00" in total and "3.00" in total
    assert rows[-1][0].startswith("注：截至2024年二季度，序时进度50%。") and "预警截至2024年二季度" in rows[-1][0]

    counts = sheets["分类统计"]
    assert counts[1][0] == "2024年上半年重点项目分类推进情况"
    assert [r[0] for r in counts if r[0].endswith("按区域") or r[0].endswith("按板块")] == ["一、按区域", "二、按板块"]
    assert counts[-2][:2] == ["合计", "49"]

    # the light on its colour, as the screen shows it
    ws = load_workbook(out)["推进情况"]
    red = next(r for r in ws.iter_rows() if r[1].value == "重庆中心T3塔楼")
    cell = next(c for c in red if c.value == "严重滞后")
    assert cell.fill.fgColor.rgb.endswith("F4B6B2") and cell.font.b


def test_as_reported_says_so_and_gives_what_was_reported(db, tmp_path):
    ids = _reporting(db)
    keep_report(db, 2024, Q2)
    changes.replace_project_details(db, ids["重庆中心T3塔楼"], "investments", [{"quarter": "2024Q1", "actual": 6.0}])
    out = tmp_path / "as-reported.xlsx"
    export_project_progress(db, out, Q2, as_reported=True)
    ws = load_workbook(out)["推进情况"]
    assert ws["A2"].value == "2024年上半年重点项目推进情况表（上报存档）"
    tower = next(r for r in ws.iter_rows(values_only=True) if r[1] == "重庆中心T3塔楼")
    assert "严重滞后" in tower and 1.0 in tower  # what was sent, not the corrected 6.0
    note = [r[0] for r in ws.iter_rows(values_only=True) if r[0] and str(r[0]).startswith("注：")][0]
    assert "本表为2024年二季度存档上报时的预警、完成投资和开工竣工情况" in note
    assert "计划开工、竣工和年度计划投资亦为上报时的" in note  # the plan the lights were judged against


def test_a_zones_table_and_nothing_to_list(db, tmp_path):
    out = tmp_path / "west.xlsx"
    n = export_project_progress(db, out, Q2, ExportFilter(2024, zone="西部"))
    assert n == 8
    assert load_workbook(out)["推进情况"]["A2"].value == "2024年上半年西部重点项目推进情况表"
    with pytest.raises(ValueError, match="没有符合条件的项目"):
        export_project_progress(db, tmp_path / "none.xlsx", Q2, ExportFilter(2024, project_class="不存在的类别"))
    assert not (tmp_path / "none.xlsx").exists()


def test_cli_exports_the_quarters_progress(tmp_path):
    base = [sys.executable, "-m", "milestones", "--db", str(tmp_path / "x.db"), "export", "project_progress"]
    r = subprocess.run([*base, str(tmp_path / "p.xlsx"), "--report", "2024Q3", "--zone", "东部"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "已导出 16 条记录" in r.stdout
    assert load_workbook(tmp_path / "p.xlsx")["推进情况"]["A2"].value == "2024年前三季度东部重点项目推进情况表"
    r = subprocess.run([*base, str(tmp_path / "q.xlsx"), "--report", "2024Q3", "--as-reported"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode != 0 and "尚未存档上报" in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "q.xlsx").exists()


def test_a_progress_table_sent_round_and_returned_reads_back_as_the_quarters_report(db, tmp_path):
    # offices send the table to the owners to bring up to date: it comes back with the half-year's
    # figure and the quarter's words changed, and the rest as it went out
    from milestones.spreadsheet.importer import preview, read_import, write
    from milestones.store.changes import project_details

    ids = _reporting(db)
    out = tmp_path / "sent.xlsx"
    export_project_progress(db, out, Q2)
    sent = preview(db, read_import(out))
    table = next(t for t in sent.tables if t.sheet == "推进情况")
    assert (table.kind, table.year, len(table.records)) == ("key_projects", 2024, 49) and not table.errors
    # as it went out: nothing to write (its derived columns, 完成率 and 预警, are said and left)
    assert sent.diffs[sent.tables.index(table)].changed == {}

    wb = load_workbook(out)
    ws = wb["推进情况"]
    heads = {c.value.replace("\n", ""): c.column - 1 for c in ws[4] if c.value}
    heads.update({c.value.replace("\n", ""): c.column - 1 for c in ws[3] if c.value})
    row = next(r for r in ws.iter_rows(min_row=5) if r[1].value == "重庆长滨")
    row[heads["1-6月完成投资（亿元）"]].value = 2.6
    row[heads["二季度形象进度"]].value = "主体结构封顶"
    wb.save(tmp_path / "back.xlsx")
    back = preview(db, read_import(tmp_path / "back.xlsx"))
    assert back.diffs[0].counts()["changed"] == 1
    write(db, back)
    quarters = {str(r["quarter"]): r for r in project_details(db, ids["重庆长滨"], "investments")}
    assert (quarters["2024Q1"]["actual"], quarters["2024Q2"]["actual"]) == (0.5, pytest.approx(2.1))
    notes = project_details(db, ids["重庆长滨"], "notes")
    assert [(str(n["quarter"]), n["text"]) for n in notes] == [("2024Q2", "主体结构封顶")]


def test_each_unit_gets_its_own_projects_progress(db, tmp_path):
    # the 通报 each unit responsible gets: its own projects, its name in the title and the file's
    from milestones.spreadsheet.export import export_each_unit

    ids = _reporting(db)
    with db.session() as s:
        s.get(KeyProject, ids["重庆中心T3塔楼"]).owner = "重庆中心公司"
    files = export_each_unit(db, "project_progress", tmp_path / "units", file_stem("project_progress", 2024, Q2),
                             report=Q2)
    assert sorted(f.name for f in files) == ["2024年上半年重点项目推进情况表（区住房城乡建委）.xlsx",
                                             "2024年上半年重点项目推进情况表（重庆中心公司）.xlsx"]
    ws = load_workbook(tmp_path / "units" / "2024年上半年重点项目推进情况表（区住房城乡建委）.xlsx")["推进情况"]
    assert ws["A2"].value == "2024年上半年重点项目推进情况表（区住房城乡建委）"
    assert [r[1] for r in ws.iter_rows(values_only=True) if isinstance(r[0], int)] == ["重庆长滨"]


def test_a_long_export_reports_progress_and_stops_when_cancelled_leaving_no_file(db, tmp_path):
    from milestones.spreadsheet.export import ExportCancelled

    seen = []
    out = tmp_path / "p.xlsx"
    export_project_progress(db, out, Q2, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(0, 49)] and out.exists()
    stopped = tmp_path / "stopped.xlsx"
    with pytest.raises(ExportCancelled, match="已取消导出"):
        export_project_progress(db, stopped, Q2, cancelled=lambda: True)
    assert not stopped.exists() and not list(tmp_path.glob("*.part"))
