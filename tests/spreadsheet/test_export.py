"""Exports look like official attachments, open in LibreOffice, and import back exactly."""
import csv
import re
import subprocess

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from milestones.spreadsheet.export import export
from milestones.spreadsheet.importer import preview, read_import
from milestones.spreadsheet.read import read_workbook
from milestones.store.changes import add_project
from tests.spreadsheet.conftest import convert


def _roundtrip(db, kind, tmp_path, **kw):
    out = tmp_path / f"{kind}.xlsx"
    n = export(db, kind, out, **kw)
    imp = preview(db, read_import(out))
    assert not imp.has_errors, [str(p) for t in imp.tables for p in t.problems]
    return n, imp


@pytest.mark.parametrize("kind,year", [("indicator_results", 2023), ("indicator_targets", 2024),
                                       ("key_projects", None), ("measures", None)])
def test_export_then_import_gives_back_exactly_what_was_exported(db, tmp_path, kind, year):
    n, imp = _roundtrip(db, kind, tmp_path, year=year)
    (t,) = imp.tables  # the 横道图 sheet is a drawing, not a second table
    assert t.kind == kind and len(t.records) == n > 0
    assert imp.diffs[0].counts() == {"new": 0, "changed": 0, "unchanged": n, "missing": 0}


def test_project_records_survive_the_round_trip_field_by_field(db, tmp_path):
    from milestones.store.exports import ExportFilter, project_records

    add_project(db, 2024, "字段齐全的项目", nature="新开工", level="区级重点", annual_investment=3.25,
                total_investment=12.5, invested_before=1.75, planned_start="2024Q2", planned_completion="2025Q4",
                responsible_unit="区发展改革委", code="YZ-2024-001", owner="某公司", notes="=不是公式")
    exported = {r["name"]: r for r in project_records(db, ExportFilter(2024))}
    _, imp = _roundtrip(db, "key_projects", tmp_path)
    back = {r["name"]: r for r in imp.tables[0].records}
    fields = ["code", "zone", "area", "class", "nature", "level", "total_investment", "annual_investment",
              "invested_before", "start", "completion", "owner", "responsible_unit", "notes"]
    for name, rec in exported.items():
        assert {f: rec[f] for f in fields} == {f: back[name][f] for f in fields}, name


def test_a_long_figure_heading_wraps_over_its_column_instead_of_widening_it(db, tmp_path):
    add_project(db, 2024, "有累计投资的项目", total_investment=12.5, invested_before=1.75, annual_investment=3)
    out = tmp_path / "p.xlsx"
    export(db, "key_projects", out, timeline=False)
    ws = load_workbook(out)["重点项目"]
    heads = {c.value: c.column_letter for c in ws[3] if c.value}
    # the unit on a line of its own, as official tables set it (wrapped at the column's edge, a heading such as
    # "原年度计划投资（亿元）" left "）" alone on its second line); one that fits keeps its one line
    col = heads["截至2023年底累计完成投资\n（亿元）"]
    assert {"总投资（亿元）", "年度计划投资\n（亿元）"} <= set(heads)
    assert ws.column_dimensions[col].width <= 18  # was 36: a column half a page wide for 1.75
    assert ws.row_dimensions[3].height >= 3 * 15  # the heading's three lines show
    assert ws[f"{col}{[r for r in range(5, ws.max_row + 1) if ws[f'B{r}'].value == '有累计投资的项目'][0]}"].value == 1.75


def test_text_that_looks_like_a_formula_is_written_as_text(db, tmp_path):
    for i, name in enumerate(["=1+1", "+86 项目", "-负号开头", "@SUM(A1)"]):
        add_project(db, 2024, name, notes="=HYPERLINK(\"http://x\")")
    out = tmp_path / "p.xlsx"
    export(db, "key_projects", out)
    ws = load_workbook(out)["重点项目"]
    cells = [c for row in ws.iter_rows() for c in row if isinstance(c.value, str) and c.value[:1] in "=+-@"]
    assert {c.value for c in cells} >= {"=1+1", "+86 项目", "-负号开头", "@SUM(A1)", "=HYPERLINK(\"http://x\")"}
    assert all(c.data_type == "s" for c in cells)


def test_print_setup_is_a4_landscape_one_page_wide_with_repeated_header_and_page_footer(db, tmp_path):
    out = tmp_path / "r.xlsx"
    export(db, "indicator_results", out, year=2023)
    ws = load_workbook(out)["附件1"]
    assert ws.page_setup.orientation == "landscape" and str(ws.page_setup.paperSize) == "9"
    # fitToWidth 1 is the file format's default, so it may be left out
    assert ws.page_setup.fitToWidth in (None, 1) and ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows.replace("$", "") == "3:4"
    assert "第 &P 页 共 &N 页" in ws.oddFooter.center.text
    assert ws["A1"].value == "附件1" and ws["A2"].value == "2023年经济社会发展主要目标完成情况表"
    assert "E3:F3" in {str(r) for r in ws.merged_cells.ranges}  # "2023年" over 目标 | 完成
    assert ws["B5"].font.name == "仿宋" and ws["A3"].border.top.style == "thin"
    assert ws.column_dimensions["B"].width >= 16  # wide enough for the Chinese names


def test_filters_by_zone_and_class(db, tmp_path):
    out = tmp_path / "east.xlsx"
    n = export(db, "key_projects", out, zone="东部")
    from milestones.store.queries import plan_summary

    zones = {r["zone"] for r in read_import(out).tables[0].records}
    east = next(z for z in plan_summary(db)["zones"] if z["name"] == "东部")
    assert zones == {"东部"} and n == east["key_projects"] > 0


def _column_of(ws, year: int, q: int) -> int:
    """The 横道图's column (1-based) of a year's quarter, by its two heading rows."""
    years = {c.column: int(c.value[:4]) for c in ws[2] if c.value and c.value.endswith("年")}
    for c in ws[3]:
        if c.value == "一二三四"[q - 1] + "季度":
            y = years.get(max((k for k in years if k <= c.column), default=0))
            if y == year:
                return c.column
    raise AssertionError(f"no column for {year} Q{q}")


def test_the_timeline_sheet_shades_the_planned_quarters(db, tmp_path):
    out = tmp_path / "t.xlsx"
    export(db, "key_projects", out)
    ws = load_workbook(out)["横道图"]
    header = [c.value for c in ws[3]]
    assert header[4:8] == ["一季度", "二季度", "三季度", "四季度"]
    row = next(r for r in ws.iter_rows(min_row=4) if r[1].value == "重庆长滨")
    col_2024q1 = _column_of(ws, 2024, 1) - 1
    assert row[col_2024q1].value == "▶开工" and row[col_2024q1].fill.fgColor.rgb.endswith("9DC3E6")


def test_the_timeline_sheet_draws_the_years_its_projects_reach(db, tmp_path):
    # it drew 2023 to 2026 for every plan: the bundled 2024 plan's chart was three quarters empty columns; a
    # project reaching 2026 widens it to 2026, one begun in 2019 is drawn from 2022 (two years before the plan)
    out = tmp_path / "t.xlsx"
    export(db, "key_projects", out)
    ws = load_workbook(out)["横道图"]
    assert [c.value for c in ws[2] if c.value and c.value.endswith("年")] == ["2024年"] and ws.max_column == 8
    add_project(db, 2024, "跨年项目", planned_start="2024Q3", planned_completion="2026Q2", actual_start="2019Q4")
    export(db, "key_projects", out)
    ws = load_workbook(out)["横道图"]
    assert [c.value for c in ws[2] if c.value and c.value.endswith("年")] == ["2022年", "2023年", "2024年", "2025年",
                                                                            "2026年"]
    r = next(c.row for c in ws["B"] if c.value == "跨年项目")
    assert ws.cell(r, _column_of(ws, 2026, 2)).value == "■完工"
    # begun before 2022: said at the chart's edge (its 实际 row drew nothing)
    assert ws.cell(r + 1, 5).value == "◀2019年四季度开工" and ws.cell(r + 1, 5).fill.fgColor.rgb.endswith("A9D18E")
    add_project(db, 2024, "远期项目", planned_start="2024Q2", planned_completion="2030Q4")
    export(db, "key_projects", out)
    ws = load_workbook(out)["横道图"]
    r = next(c.row for c in ws["B"] if c.value == "远期项目")
    assert ws.cell(r, ws.max_column).value == "2030年四季度完工▶"  # past 2027, the chart's last year
    assert ws.cell(r, _column_of(ws, 2024, 2)).value == "▶开工"


def test_the_timeline_sheet_writes_what_the_plan_says_where_it_gives_no_quarter(db, tmp_path):
    out = tmp_path / "t.xlsx"
    export(db, "key_projects", out)
    ws = load_workbook(out)["横道图"]
    rows = {r[1].value: r for r in ws.iter_rows(min_row=4) if r[1].value}
    year_2024 = _column_of(ws, 2024, 1) - 1
    done = rows["时尚文化城主体工程"]  # the report: 2024年完工, no quarter
    assert done[year_2024].value == "2024年完工" and done[year_2024].fill.fgColor.rgb.endswith("EDEDED")
    merged = {str(m) for m in ws.merged_cells.ranges}
    r = done[year_2024].row
    first = done[year_2024].column_letter
    assert f"{first}{r}:{get_column_letter(done[year_2024].column + 3)}{r}" in merged  # across 2024's quarters
    stage = rows["地王广场等闲置低效楼宇产权归集"]  # 前期, no date at all
    assert stage[year_2024].value == "前期"
    assert all(c.value is None for c in rows["重庆长滨"][year_2024 + 1:])  # a quarter: its bar, no words


def test_exports_open_in_libreoffice_with_the_same_values(db, tmp_path):
    files = []
    for kind, year in (("indicator_results", 2023), ("indicator_targets", 2024), ("key_projects", None),
                       ("measures", None)):
        out = tmp_path / f"{kind}.xlsx"
        export(db, kind, out, year=year, timeline=False)
        files.append(out)
    csv_dir = tmp_path / "csv"
    csv_dir.mkdir()
    convert(files, csv_dir, "csv:Text - txt - csv (StarCalc):44,34,76")
    for f in files:
        with open(csv_dir / f"{f.stem}.csv", encoding="utf-8") as fh:
            lo_rows = [[c.strip() for c in row] for row in csv.reader(fh)]
        ours = [[_cell(v) for v in row] for row in read_workbook(f).sheets[0].rows]
        lo_rows = [r + [""] * (len(ours[0]) - len(r)) for r in lo_rows]
        assert len(lo_rows) == len(ours), f.name
        for a, b in zip(ours, lo_rows):
            assert [_num(x) for x in a] == [_num(x) for x in b[: len(a)]], f.name


def _cell(v):
    return "" if v is None else str(v).strip()


def _num(x: str):
    try:
        return round(float(x.replace(",", "")), 4)
    except ValueError:
        return x


def test_a_failed_export_leaves_no_half_file(db, tmp_path, monkeypatch):
    import milestones.spreadsheet.export as ex

    def boom(*a, **k):
        raise RuntimeError("disk full")

    monkeypatch.setattr(ex, "measures_table", boom)
    out = tmp_path / "m.xlsx"
    with pytest.raises(RuntimeError):
        export(db, "measures", out)
    assert not out.exists() and not list(tmp_path.glob("*.part"))


def test_cli_export(tmp_path):
    import sys

    r = subprocess.run([sys.executable, "-m", "milestones", "--db", str(tmp_path / "x.db"), "export",
                        "key_projects", str(tmp_path / "kp.xlsx"), "--zone", "西部"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "已导出" in r.stdout and (tmp_path / "kp.xlsx").exists()


def test_cli_export_refuses_a_place_the_plan_lacks_and_a_name_that_is_not_xlsx(tmp_path):
    # "--zone 北部" exported an empty table as if done, and "out.pdf" got an xlsx no program opens as a PDF
    import sys

    from milestones.store import open_store

    open_store(tmp_path / "x.db").close()  # the plan there already

    def run(*args):
        return subprocess.run([sys.executable, "-m", "milestones", "--db", str(tmp_path / "x.db"), "export",
                               "key_projects", *args], capture_output=True, text=True, timeout=120)

    for args, said in ((["--zone", "北部"], "没有名为“北部”的区域；应为 东部、中部、西部 或 全区"),
                       (["--area", "南岸滨江"], "没有名为“南岸滨江”的板块"),
                       (["--class", "水利工程"], "没有类别为“水利工程”的项目")):
        r = run(str(tmp_path / "kp.xlsx"), *args)
        assert r.returncode != 0 and r.stderr.strip().startswith(f"milestones: {said}")
    # an area nearly named is offered ("解放碑" for 解放碑中央商务区), not only refused
    r = run(str(tmp_path / "kp.xlsx"), "--area", "解放碑")
    assert r.stderr.strip() == "milestones: 没有名为“解放碑”的板块；有：解放碑中央商务区、解放碑—朝天门片区"
    r = run(str(tmp_path / "kp.pdf"))
    assert r.returncode != 0 and "文件名应以 .xlsx 结尾" in r.stderr
    assert list(tmp_path.glob("kp*")) == []
    r = run(str(tmp_path / "kp.xlsx"), "--zone", "东部", "--area", "解放碑中央商务区")
    assert r.returncode == 0 and r.stdout.startswith("已导出 6 条记录"), r.stderr
    r = run(str(tmp_path / "kp.xlsx"), "--zone", " 东部", "--area", " 解放碑中央商务区 ")  # was checked trimmed, 0 rows
    assert r.returncode == 0 and r.stdout.startswith("已导出 6 条记录"), r.stderr


def test_cli_export_refuses_an_option_the_table_does_not_take(tmp_path):
    # "export measures --zone 东部" wrote all 125 targets as if narrowed, "project_progress --light 滞后" every
    # project, "unit_progress --unreported" every unit: an option a table does not take is said, not ignored
    import sys

    from milestones.store import open_store

    open_store(tmp_path / "x.db").close()  # the plan there already

    base = [sys.executable, "-m", "milestones", "--db", str(tmp_path / "x.db")]
    for kind, args, said in (
            ("measures", ["--zone", "东部"], "--zone 只用于重点项目表 key_projects、推进情况表 project_progress（得到：measures）"),
            ("indicator_results", ["--class", "产业类"], "--class 只用于重点项目表 key_projects、推进情况表 project_progress"),
            ("project_progress", ["--light", "滞后"], "--light 只用于重点项目表 key_projects（得到：project_progress）"),
            ("unit_progress", ["--report", "2024Q2", "--unreported"],
             "--unreported 只用于重点项目表 key_projects、举措表 measures"),
            ("measures", ["--no-timeline"], "--no-timeline 只用于重点项目表 key_projects（得到：measures）"),
            ("unit_progress", ["--unit", "区商务委"], "--unit 只用于重点项目表 key_projects、举措表 measures、推进情况表")):
        r = subprocess.run([*base, "export", kind, str(tmp_path / "t.xlsx"), *args],
                           capture_output=True, text=True, timeout=120)
        assert r.returncode == 1 and r.stderr.startswith(f"milestones: {said}"), (kind, args, r.stderr)
        assert not (tmp_path / "t.xlsx").exists()
    r = subprocess.run([*base, "--lang", "en", "export", "measures", str(tmp_path / "t.xlsx"), "--area", "解放碑"],
                       capture_output=True, text=True, timeout=120)
    assert r.stderr.strip() == ("milestones: --area is for the key projects' table key_projects and the progress "
                                "table project_progress only (given: measures)")
    # the options a table takes still narrow it
    r = subprocess.run([*base, "export", "project_progress", str(tmp_path / "p.xlsx"), "--zone", "东部"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and r.stdout.startswith("已导出 "), r.stderr


def test_quarterly_reports_go_out_under_their_quarter_and_come_back(db, tmp_path, lo_files):
    from milestones.spreadsheet.importer import write
    from milestones.store.exports import ExportFilter, project_records

    write(db, preview(db, read_import(lo_files["key-projects-quarterly-2024"])))
    exported = {r["name"]: r["quarters"] for r in project_records(db, ExportFilter(2024))}
    n, imp = _roundtrip(db, "key_projects", tmp_path)
    assert imp.diffs[0].counts() == {"new": 0, "changed": 0, "unchanged": n, "missing": 0}
    back = {r["name"]: r["quarters"] for r in imp.tables[0].records}
    assert back["重庆长滨"] == exported["重庆长滨"] == {
        "2024Q1": {"planned": 1.0, "actual": 0.8, "progress": "完成桩基施工"},
        "2024Q2": {"planned": 1.5, "actual": None, "progress": None}}
    assert all(back[name] == q for name, q in exported.items() if q)
    ws = load_workbook(tmp_path / "key_projects.xlsx")["重点项目"]
    heads = [[c.value for c in row] for row in ws.iter_rows(min_row=3, max_row=4)]
    i = heads[0].index("一季度")  # the quarter over its figures, merged
    assert heads[1][i:i + 3] == ["计划投资\n（亿元）", "完成投资\n（亿元）", "形象进度"]  # (the unit below)
    # only the figures some project has: no one reported a second-quarter actual yet
    assert heads[0][i + 3] == "二季度" and heads[1][i + 3:i + 5] == ["计划投资\n（亿元）", "形象进度"]


def test_the_quarters_fill_in_form_comes_back_as_the_quarters_report(db, tmp_path):
    # the planner sends 东部's owners the second-quarter form; one fills in a row in Excel/WPS
    # (here openpyxl, then saved again by LibreOffice); the returned file imports as the report
    from sqlalchemy import func, select

    from milestones.domain import Quarter
    from milestones.spreadsheet.importer import write
    from milestones.store.queries import quarter_report
    from milestones.store.schema import KeyProject

    form = tmp_path / "form.xlsx"
    n = export(db, "key_projects", form, zone="东部", report=Quarter(2024, 2))
    wb = load_workbook(form)
    ws = wb["重点项目"]
    heads = [[c.value for c in row] for row in ws.iter_rows(min_row=3, max_row=4)]
    at = heads[0].index("二季度")
    assert heads[1][at:at + 3] == ["计划投资\n（亿元）", "完成投资\n（亿元）", "形象进度"]
    row = next(r for r in range(5, ws.max_row + 1) if ws.cell(r, 2).value == "重庆长滨")
    ws.cell(row, at + 2, 0.75)
    ws.cell(row, at + 3, "主体结构施工")
    wb.save(tmp_path / "filled.xlsx")
    out = tmp_path / "lo"
    convert([tmp_path / "filled.xlsx"], out, "xlsx")
    imp = preview(db, read_import(out / "filled.xlsx"))
    assert not imp.has_errors and len(imp.tables[0].records) == n
    assert imp.diffs[0].counts()["changed"] == 1  # only the row the owner filled
    write(db, imp)
    with db.read() as s:
        pid = s.scalar(select(KeyProject.id).where(KeyProject.name == "重庆长滨"))
    assert quarter_report(db, pid, Quarter(2024, 2)) == (None, 0.75, "主体结构施工")
    with pytest.raises(ValueError, match="填报季度"):
        export(db, "key_projects", tmp_path / "x.xlsx", report=Quarter(2025, 1))  # not the plan's year


def test_the_measures_table_reads_as_the_plans_attachment(db, tmp_path):
    # each section a heading row across the table; each measure numbered once and merged down
    # over its targets, a target to a row
    out = tmp_path / "m.xlsx"
    n = export(db, "measures", out)
    ws = load_workbook(out)["举措与目标"]
    merged = {str(m) for m in ws.merged_cells.ranges}
    heads = [r for r in range(4, ws.max_row + 1) if str(ws.cell(r, 1).value or "").startswith("（")]
    assert ws.cell(heads[0], 1).value.startswith("（一）") and len(heads) == 11
    from openpyxl.utils import get_column_letter

    assert all(f"A{r}:{get_column_letter(ws.max_column)}{r}" in merged for r in heads)
    first = heads[0] + 1  # the first measure, 全力投入成渝地区双城经济圈建设, has five targets
    assert ws.cell(first, 1).value == 1 and ws.cell(first, 2).value == "全力投入成渝地区双城经济圈建设"
    assert f"A{first}:A{first + 4}" in merged and f"B{first}:B{first + 4}" in merged
    assert [ws.cell(first + k, 2).value for k in range(1, 5)] == [None] * 4
    targets = [r for r in range(heads[0], ws.max_row + 1) if ws.cell(r, 3).value and r not in heads]
    assert len(targets) == n


def test_the_key_projects_table_groups_them_under_zone_headings(db, tmp_path):
    # "一、东部片区（18个）" over its projects, as the attachment groups them; those without a zone
    # under 未分区项目, which reads back as no zone and no class
    out = tmp_path / "p.xlsx"
    n = export(db, "key_projects", out, timeline=False)
    ws = load_workbook(out)["重点项目"]
    heads = [ws.cell(r, 1).value for r in range(4, ws.max_row + 1)
             if re.match(r"^[一二三四五]、", str(ws.cell(r, 1).value or ""))]
    assert [re.sub(r"（\d+个）", "", h) for h in heads] == ["一、东部片区", "二、中部片区", "三、西部片区", "四、未分区项目"]
    assert sum(int(re.search(r"（(\d+)个）", h).group(1)) for h in heads) == n
    back = {r["name"]: r for r in read_import(out).tables[0].records}
    assert back["红楼宾馆综合改造"]["zone"] is None and back["红楼宾馆综合改造"]["class"] is None
    assert back["重庆长滨"]["zone"] == "东部"


def test_no_merged_ranges_overlap_which_excel_would_repair(db, tmp_path):
    # merges registered after the rows are written (constant-memory mode) must not overlap:
    # Excel offers to "repair" such a file and drops the merges
    import itertools

    for kind, year in (("indicator_results", 2023), ("indicator_targets", 2024), ("key_projects", None),
                       ("measures", None)):
        out = tmp_path / f"{kind}.xlsx"
        export(db, kind, out, year=year)
        for ws in load_workbook(out).worksheets:
            ranges = [(m.min_row, m.min_col, m.max_row, m.max_col) for m in ws.merged_cells.ranges]
            assert ranges, (kind, ws.title)
            clash = [(a, b) for a, b in itertools.combinations(ranges, 2)
                     if not (a[2] < b[0] or b[2] < a[0] or a[3] < b[1] or b[3] < a[1])]
            assert clash == [], (kind, ws.title)


def test_the_key_project_list_is_the_plans_when_next_years_targets_are_held(db, tmp_path):
    # with next year's 附件2 imported, the key-project export with no year took the latest indicator year
    # (2025), which has no plan: it failed with a traceback (the measures export already took the plan's)
    from milestones.spreadsheet.importer import write

    targets = tmp_path / "附件2.csv"
    targets.write_text("附件2\n渝中区2025年主要指标预期目标\n序号,指标名称,单位,2025年目标\n1,地区生产总值增速,%,6左右\n",
                       encoding="utf-8")
    write(db, preview(db, read_import(targets)))
    n, imp = _roundtrip(db, "key_projects", tmp_path)
    assert n == 49 and imp.tables[0].year == 2024
    assert export(db, "indicator_targets", tmp_path / "targets.xlsx") == 1  # the indicators' latest year still


def _export_with_a_revised_plan(db, tmp_path):
    """The bundled plan exported after 重庆中心T3塔楼's completion moved from 2024 Q1 to Q3."""
    from sqlalchemy import func, select

    from milestones.store.changes import update_row
    from milestones.store.schema import KeyProject

    with db.read() as s:
        pid = s.scalar(select(KeyProject.id).where(KeyProject.name == "重庆中心T3塔楼"))
    update_row(db, "key_project", pid, {"planned_completion": "2024Q3"})
    out = tmp_path / "t.xlsx"
    export(db, "key_projects", out)
    return out


def test_the_timeline_sheet_draws_a_revised_plans_original_row(db, tmp_path):
    # what planners draw by hand: the plan before it was postponed, in grey, above today's
    out = _export_with_a_revised_plan(db, tmp_path)
    ws = load_workbook(out)["横道图"]
    assert ws["A1"].value.endswith("（调整过计划的项目另起一行灰色为原计划）")
    r = next(c.row for c in ws["B"] if c.value == "重庆中心T3塔楼")
    assert [ws.cell(r + k, 4).value for k in range(3)] == ["原计划", "计划", "实际"]
    q1, q3 = _column_of(ws, 2024, 1), _column_of(ws, 2024, 3)
    assert ws.cell(r, q1).value == "■完工" and ws.cell(r, q1).fill.fgColor.rgb.endswith("D9D9D9")
    assert ws.cell(r + 1, q3).value == "■完工" and ws.cell(r + 1, q3).fill.fgColor.rgb.endswith("9DC3E6")
    assert f"B{r}:B{r + 2}" in {str(m) for m in ws.merged_cells.ranges}  # the name over its three rows
    other = next(c.row for c in ws["B"] if c.value == "重庆长滨")
    assert [ws.cell(other + k, 4).value for k in range(2)] == ["计划", "实际"]  # the others keep two rows
    n, imp = _roundtrip(db, "key_projects", tmp_path)  # the drawing is still recognised as ours, not a table
    assert len(imp.tables) == 1 and imp.diffs[0].counts()["changed"] == 0


def test_the_timeline_sheets_original_row_survives_libreoffice(db, tmp_path):
    # the 横道图 is handed on as a file: LibreOffice reads the three-row project, merges and fills as written
    out = _export_with_a_revised_plan(db, tmp_path)
    saved = tmp_path / "lo"
    saved.mkdir()
    convert([out], saved, "xlsx")
    ws = load_workbook(saved / "t.xlsx")["横道图"]
    r = next(c.row for c in ws["B"] if c.value == "重庆中心T3塔楼")
    assert [ws.cell(r + k, 4).value for k in range(3)] == ["原计划", "计划", "实际"]
    q1, q3 = _column_of(ws, 2024, 1), _column_of(ws, 2024, 3)
    assert ws.cell(r, q1).value == "■完工" and ws.cell(r, q1).fill.fgColor.rgb.endswith("D9D9D9")
    assert ws.cell(r + 1, q3).value == "■完工"
    assert f"B{r}:B{r + 2}" in {str(m) for m in ws.merged_cells.ranges}


def test_the_timeline_sheet_writes_a_year_alone_at_one_end_and_shades_on_from_it(db, tmp_path):
    # "2024年开工" before a completion in 2025Q4 drew only 2025Q4's ■完工: the project read as not in 2024
    from milestones.spreadsheet.importer import write

    plan = tmp_path / "k.csv"
    plan.write_text("2024年重点项目计划表\n项目名称,区域,总投资（亿元）,计划开工,计划竣工\n"
                    "年份开工项目,东部,3,2024年,2025年四季度\n同年完工项目,中部,1,2024年开工,2024年四季度\n"
                    "年份完工项目,西部,2,2024年二季度,2025年竣工\n", encoding="utf-8")
    write(db, preview(db, read_import(plan)))
    out = tmp_path / "t.xlsx"
    export(db, "key_projects", out)
    saved = tmp_path / "lo"
    saved.mkdir()
    convert([out], saved, "xlsx")  # as the planner hands it on
    for path in (out, saved / "t.xlsx"):
        ws = load_workbook(path)["横道图"]
        merged = {str(m) for m in ws.merged_cells.ranges}
        col = {(y, q): _column_of(ws, y, q) for y in (2024, 2025) for q in (1, 2, 3, 4)}
        letter = {k: get_column_letter(c) for k, c in col.items()}

        def plan_row(name):
            return next(c.row for c in ws["B"] if c.value == name)

        r = plan_row("年份开工项目")
        assert ws.cell(r, col[2024, 1]).value == "2024年开工"
        assert f"{letter[2024, 1]}{r}:{letter[2024, 4]}{r}" in merged
        assert ws.cell(r, col[2025, 4]).value == "■完工" and ws.cell(r, col[2025, 1]).fill.fgColor.rgb.endswith("9DC3E6")
        r = plan_row("同年完工项目")
        assert f"{letter[2024, 1]}{r}:{letter[2024, 3]}{r}" in merged and ws.cell(r, col[2024, 4]).value == "■完工"
        r = plan_row("年份完工项目")
        assert ws.cell(r, col[2024, 2]).value == "▶开工" and ws.cell(r, col[2024, 4]).fill.fgColor.rgb.endswith("9DC3E6")
        assert ws.cell(r, col[2025, 1]).value == "2025年竣工" and f"{letter[2025, 1]}{r}:{letter[2025, 4]}{r}" in merged
    n, imp = _roundtrip(db, "key_projects", tmp_path)  # still a drawing of ours, not a table
    assert len(imp.tables) == 1 and imp.diffs[0].counts()["changed"] == 0


def test_the_key_project_export_reports_progress_and_stops_when_cancelled(db, tmp_path):
    from milestones.spreadsheet.export import ExportCancelled

    seen = []
    assert export(db, "key_projects", tmp_path / "kp.xlsx", progress=lambda d, t: seen.append((d, t))) == 49
    assert seen == [(0, 49)]
    with pytest.raises(ExportCancelled):
        export(db, "key_projects", tmp_path / "stopped.xlsx", cancelled=lambda: True)
    assert not (tmp_path / "stopped.xlsx").exists() and not list(tmp_path.glob("*.part"))


def test_an_export_of_nothing_is_said_and_writes_no_file(tmp_path):
    # "--year 2025" wrote an indicator table of no rows, "--light 严重滞后 --area 解放碑…" (none late there) an empty
    # form, and "project_progress --each-unit --as-reported" with no report kept left an empty folder; each read
    # back as "表中没有数据行"
    import sys

    from milestones.spreadsheet.importer import read_import
    from milestones.store import open_store

    open_store(tmp_path / "x.db").close()  # the plan there already

    def run(*args, lang="zh"):
        return subprocess.run([sys.executable, "-m", "milestones", "--lang", lang, "--db", str(tmp_path / "x.db"),
                               "export", *args], capture_output=True, text=True, timeout=120)

    for args, said in ((["indicator_results", "a.xlsx", "--year", "2025"], "数据库中没有2025年的指标（有：2023、2024年）"),
                       (["key_projects", "a.xlsx", "--light", "严重滞后", "--area", "解放碑中央商务区"], "没有符合条件的项目")):
        r = run(*[str(tmp_path / a) if a == "a.xlsx" else a for a in args])
        assert r.returncode == 1 and r.stderr.strip() == f"milestones: {said}", r.stderr
    assert run("indicator_targets", str(tmp_path / "a.xlsx"), "--year", "2030", lang="en").stderr.strip() == (
        "milestones: the database holds no indicators of 2030 (it holds: 2023, 2024)")
    from milestones.store import open_store
    from tests.spreadsheet.test_unit_forms import _with_units

    db = open_store(tmp_path / "x.db")
    (tmp_path / "csv").mkdir()
    _with_units(db, tmp_path / "csv")
    db.close()
    r = run("project_progress", str(tmp_path / "forms"), "--each-unit", "--as-reported")
    assert r.returncode == 1 and "尚未存档上报" in r.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["csv", "x.db"]
    # the whole list of a plan, when empty, is still the blank form to fill in; 各单位进展 read back is said to be
    # a count per unit, not read as a task list of no rows
    assert run("unit_progress", str(tmp_path / "u.xlsx")).returncode == 0
    (t,) = read_import(tmp_path / "u.xlsx").tables
    assert t.no_table and [p.message for p in t.problems] == ["这是各单位进展的统计表，不是逐项列出的表，未导入"]


def test_the_units_table_counts_the_indicators_each_unit_leads_where_any_is_named(db, tmp_path):
    # a table split among the units names who leads each indicator: 各单位进展 sent round counts them too; a plan
    # naming none keeps the table as it was (no empty group of columns)
    from openpyxl import load_workbook
    from sqlalchemy import func, select

    from milestones.domain import Quarter
    from milestones.spreadsheet.unit_report import export_unit_progress
    from milestones.store.schema import Indicator, IndicatorYear, KeyProject

    with db.session() as s:
        s.scalar(select(KeyProject).where(KeyProject.name == "重庆长滨")).responsible_unit = "区住房城乡建委"
    export_unit_progress(db, tmp_path / "before.xlsx", 2024, Quarter(2024, 4))
    heads = {c.value for row in load_workbook(tmp_path / "before.xlsx").active.iter_rows(min_row=3, max_row=4)
             for c in row}
    assert "主要指标（个）" not in heads
    with db.session() as s:
        iy = s.execute(select(IndicatorYear).join(Indicator, Indicator.id == IndicatorYear.indicator_id)
                       .where(Indicator.name == "地区生产总值增速", IndicatorYear.year == 2024)).scalar_one()
        iy.responsible_unit, iy.actual = "区发展改革委", 5.2
    export_unit_progress(db, tmp_path / "after.xlsx", 2024, Quarter(2024, 4))
    ws = load_workbook(tmp_path / "after.xlsx").active
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    group = rows[2].index("主要指标（个）")
    assert rows[3][group:group + 3] == ["牵头", "未完成", "未达时序进度"]
    ndrc = next(r for r in rows if r[1] == "区发展改革委")
    assert ndrc[group:group + 2] == [1, 1]
    assert any("主要指标按牵头单位统计" in str(r[0]) for r in rows if r[0])


def test_a_quarters_progress_in_words_alone_comes_back_as_progress(empty_db, tmp_path):
    # a report of 形象进度 and no amounts, exported: titled a 季度计划表, its "三季度 | 形象进度" was read back
    # as the quarter's goal; and "三季度" over one column was taken for a 横道图's quarter
    from tests.spreadsheet.conftest import exported_back

    src = tmp_path / "三季度.csv"
    src.write_text("渝中区2024年三季度重点项目推进情况表\n序号,项目名称,形象进度,责任单位\n1,解放碑步行街提档升级,路面改造完成80%,区商务委\n"
                   "2,大坪医院扩建,装饰装修,区卫生健康委\n", encoding="utf-8")
    imp = exported_back(empty_db, preview(empty_db, read_import(src)), tmp_path / "out.xlsx", "key_projects")
    assert imp.diffs[0].counts() == {"new": 0, "changed": 0, "unchanged": 2, "missing": 0}
    assert [r["quarters"]["2024Q3"]["progress"] for r in imp.tables[0].records] == ["路面改造完成80%", "装饰装修"]
    ws = load_workbook(tmp_path / "out.xlsx")["重点项目"]
    assert ws["A2"].value == "2024年重点项目季度计划及完成情况表"  # what was done is in it
    heads = [[c.value for c in row] for row in ws.iter_rows(min_row=3, max_row=4)]
    i = heads[0].index("三季度")
    assert heads[1][i] == "形象进度"


def test_the_timeline_sheet_shades_a_plan_with_no_end_to_its_last_quarter(db, tmp_path):
    # "长期": under way from its start through the chart's last quarter, as a planner shades it by hand; it drew the
    # start's quarter alone, as if the work stopped there
    add_project(db, 2024, "岸线管护", planned_start="2024Q2", planned_completion_text="长期")
    out = tmp_path / "t.xlsx"
    export(db, "key_projects", out)
    ws = load_workbook(out)["横道图"]
    r = next(c.row for c in ws["B"] if c.value == "岸线管护")
    shaded = [ws.cell(r, c).fill.fgColor.rgb.endswith("9DC3E6") for c in range(5, ws.max_column + 1)]
    assert ws.cell(r, _column_of(ws, 2024, 2)).value == "▶开工"
    assert ws.cell(r, ws.max_column).value == "长期▶"
    assert shaded[_column_of(ws, 2024, 2) - 5:-1] == [True] * (ws.max_column - _column_of(ws, 2024, 2))
    assert not any(shaded[:_column_of(ws, 2024, 2) - 5])
    # its start known by the year alone ("2023年"): the year in words, then shaded on from the year after
    add_project(db, 2024, "平台运营", planned_start_text="2023年", planned_completion_text="持续推进")
    export(db, "key_projects", out)
    ws = load_workbook(out)["横道图"]
    r = next(c.row for c in ws["B"] if c.value == "平台运营")
    assert ws.cell(r, _column_of(ws, 2023, 1)).value == "2023年开工；持续推进"
    assert ws.cell(r, ws.max_column).value == "持续推进▶"
    assert all(ws.cell(r, c).fill.fgColor.rgb.endswith("9DC3E6") for c in range(_column_of(ws, 2024, 1), ws.max_column))


def test_the_projects_whose_plan_was_revised_export_as_a_revision_table_that_imports_back(db, tmp_path):
    # a mid-year 调整表 handed on: the list filtered to 计划已调整 exported today's dates alone, the originals only as
    # the 横道图's grey rows; the table now has "原计划开工 | 调整后计划开工" as offices send it, and reads back as the
    # same plan here, and as the revision with its original in another office's plan
    from milestones.spreadsheet.importer import write
    from milestones.store import open_store
    from milestones.store.queries import project_detail
    from milestones.timeline.data import narrowed_to

    out = _export_with_a_revised_plan(db, tmp_path)  # (重庆中心T3塔楼: completion 2024Q1 → 2024Q3)
    view, words = narrowed_to(db, 2024, revised=True)
    out = tmp_path / "调整表.xlsx"
    assert export(db, "key_projects", out, view=view, view_words=words) == 1
    rows = read_workbook(out).sheets[0].rows
    assert rows[1][0] == "2024年重点项目计划调整表"  # (not "…（计划已调整）": the name says it)
    head = [v for v in rows[2] if v]
    at = head.index("原计划开工")
    assert head[at:at + 4] == ["原计划开工", "调整后计划开工", "原计划完工", "调整后计划完工"]
    (row,) = [r for r in rows if "重庆中心T3塔楼" in r]
    assert row[rows[2].index("原计划完工")] == "2024年一季度" and row[rows[2].index("调整后计划完工")] == "2024年三季度"
    saved = _resaved_unchanged(db, out, tmp_path)
    # another office's plan without the project: the revision, the original kept as 原计划
    other = open_store(tmp_path / "other.db", with_sample=False)
    try:
        write(other, preview(other, read_import(saved)))
        with other.read() as s:
            from sqlalchemy import select
            from milestones.store.schema import KeyProject
            pid = s.scalar(select(KeyProject.id).where(KeyProject.name == "重庆中心T3塔楼"))
        d = project_detail(other, pid, 2024)
        assert str(d["project"]["planned_completion"]) == "2024Q3" and str(d["original"][1]) == "2024Q1"
    finally:
        other.close()


def test_the_revision_table_from_the_command_line(db_path, tmp_path):
    import sys

    from milestones.store import open_store

    db = open_store(db_path)
    _export_with_a_revised_plan(db, tmp_path)
    db.close()
    out = tmp_path / "调整表.xlsx"
    p = subprocess.run([sys.executable, "-m", "milestones", "--db", str(db_path), "export", "key_projects", str(out),
                        "--revised"], capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    rows = read_workbook(out).sheets[0].rows
    assert rows[1][0] == "2024年重点项目计划调整表" and "原计划完工" in rows[2]
    assert [r[1] for r in rows[4:] if r[0]] == ["重庆中心T3塔楼"]
    # the targets' 调整表: none moved in the bundled plan, said so rather than an empty table handed on
    p = subprocess.run([sys.executable, "-m", "milestones", "--db", str(db_path), "export", "measures", str(out),
                        "--revised"], capture_output=True, text=True, timeout=120)
    assert p.returncode != 0 and "2024年没有调整过完成时限、目标内容或责任单位的目标" in p.stderr
    db = open_store(db_path)
    _two_deadlines_moved(db)
    db.close()
    p = subprocess.run([sys.executable, "-m", "milestones", "--db", str(db_path), "export", "measures", str(out),
                        "--revised"], capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    rows = read_workbook(out).sheets[0].rows
    assert rows[1][0] == "2024年工作举措与量化目标调整表" and "原完成时限" in rows[2]
    p = subprocess.run([sys.executable, "-m", "milestones", "--db", str(db_path), "export", "indicator_results",
                        str(out), "--revised"], capture_output=True, text=True, timeout=120)
    assert p.returncode != 0 and "--revised 只用于重点项目表 key_projects、举措表 measures" in p.stderr
    p = subprocess.run([sys.executable, "-m", "milestones", "--db", str(db_path), "--lang", "en", "export", "measures",
                        str(tmp_path), "--revised", "--each-unit"], capture_output=True, text=True, timeout=120)
    assert p.returncode != 0 and "--revised cannot go with --each-unit" in p.stderr  # (it was ignored)


def _two_deadlines_moved(db) -> None:
    """Two of the bundled plan's targets with their deadline revised: 完工重庆中心T3塔楼 from 2024Q1 to 2024Q3,
    完工武警巡逻中队营房建设等项目3个 from 2024Q3 to words, 持续推进."""
    from sqlalchemy import func, select

    from milestones.store.changes import update_row
    from milestones.store.schema import MeasureTarget

    with db.read() as s:
        ids = dict(s.execute(select(MeasureTarget.text, MeasureTarget.id)).all())
    update_row(db, "measure_target", ids["完工重庆中心T3塔楼"], {"quarter": "2024Q3"})
    update_row(db, "measure_target", ids["完工武警巡逻中队营房建设等项目3个"], {"quarter": None, "quarter_text": "持续推进"})


def test_the_targets_whose_deadline_moved_export_as_a_task_revision_table_that_imports_back(db, tmp_path):
    # a mid-year 任务调整表 handed on: the targets filtered to 完成时限已调整 could only be exported as the whole
    # list, today's deadlines alone; now "原完成时限 | 调整后完成时限", which reads back as the same plan here and, in
    # another office's, as the revision with its original in the record (not in the notes as well)
    from sqlalchemy import func, select

    from milestones.spreadsheet.importer import write
    from milestones.store import open_store
    from milestones.store.history import original_deadlines
    from milestones.store.schema import MeasureTarget

    with pytest.raises(ValueError, match="2024年没有调整过完成时限、目标内容或责任单位的目标"):
        export(db, "measures", tmp_path / "none.xlsx", revised=True)
    assert not (tmp_path / "none.xlsx").exists()
    _two_deadlines_moved(db)
    with db.read() as s:  # one moved and put back is no revision
        back = s.scalar(select(MeasureTarget.id).where(MeasureTarget.quarter.is_not(None),
                                                        MeasureTarget.text.not_like("完工%")).limit(1))
        was = s.get(MeasureTarget, back).quarter
    from milestones.store.changes import update_row

    update_row(db, "measure_target", back, {"quarter": "2024Q4" if str(was) != "2024Q4" else "2024Q3"})
    update_row(db, "measure_target", back, {"quarter": str(was)})
    out = tmp_path / "任务调整表.xlsx"
    assert export(db, "measures", out, revised=True) == 2
    rows = read_workbook(out).sheets[0].rows
    assert rows[1][0] == "2024年工作举措与量化目标调整表"
    head = rows[2]
    assert "完成时限" not in head and head[head.index("原完成时限") + 1] == "调整后完成时限"
    moved = {r[head.index("目标")]: (r[head.index("原完成时限")], r[head.index("调整后完成时限")])
             for r in rows[3:] if r[head.index("目标")]}
    assert moved == {"完工重庆中心T3塔楼": ("2024年一季度", "2024年三季度"),
                     "完工武警巡逻中队营房建设等项目3个": ("2024年三季度", "持续推进")}
    saved = _resaved_unchanged(db, out, tmp_path)  # as handed on, through LibreOffice: the same plan here
    other = open_store(tmp_path / "other.db", with_sample=False)
    try:
        write(other, preview(other, read_import(saved)))
        with other.read() as s:
            got = {t.text: (str(t.quarter) if t.quarter else t.quarter_text, t.notes)
                   for t in s.scalars(select(MeasureTarget))}
            originals = {s.get(MeasureTarget, tid).text: old for tid, old in original_deadlines(s, 2024).items()}
        assert got == {"完工重庆中心T3塔楼": ("2024Q3", None), "完工武警巡逻中队营房建设等项目3个": ("持续推进", None)}
        assert originals == {"完工重庆中心T3塔楼": "2024Q1", "完工武警巡逻中队营房建设等项目3个": "2024Q3"}
        # its own 调整表 again, from the other office: nothing changes, nothing more recorded
        export(other, "measures", tmp_path / "again.xlsx", revised=True)
        again = preview(other, read_import(tmp_path / "again.xlsx"))
        assert [d.counts() for d in again.diffs.values()] == [{"new": 0, "changed": 0, "unchanged": 2, "missing": 0}]
    finally:
        other.close()


def test_the_revision_table_gives_a_revised_years_investment_beside_its_original(db, tmp_path):
    # a project whose dates and year's investment were both revised: the 调整表 gave the investment as it is now
    # alone; now "原年度计划投资 | 调整后年度计划投资", which the import reads back as the revision
    from sqlalchemy import func, select

    from milestones.store.changes import update_row
    from milestones.store.schema import KeyProject, PlanEntry
    from milestones.timeline.data import narrowed_to

    _export_with_a_revised_plan(db, tmp_path)  # (重庆中心T3塔楼: completion 2024Q1 → 2024Q3)
    with db.read() as s:
        pid = s.scalar(select(KeyProject.id).where(KeyProject.name == "重庆中心T3塔楼"))
        entry = s.scalar(select(PlanEntry).where(PlanEntry.project_id == pid))
        entry_id = entry.id
    was = 2.0
    update_row(db, "plan_entry", entry_id, {"annual_investment": was})  # (the bundled plan gives it none: first given)
    update_row(db, "plan_entry", entry_id, {"annual_investment": 1.25})  # the revision
    view, words = narrowed_to(db, 2024, revised=True)
    out = tmp_path / "调整表.xlsx"
    export(db, "key_projects", out, view=view, view_words=words)
    rows = read_workbook(out).sheets[0].rows
    head = [h.replace("\n", "") for h in rows[2]]  # (a long heading's unit on a line of its own)
    (row,) = [r for r in rows if "重庆中心T3塔楼" in r]
    assert (row[head.index("原年度计划投资（亿元）")], row[head.index("调整后年度计划投资（亿元）")]) == (was, 1.25)
    assert "年度计划投资（亿元）" not in head
    other = _same_here_then_written_elsewhere(db, out, tmp_path)
    try:
        changes = _recorded(other, "重庆中心T3塔楼")
        assert changes["annual_investment"] == (f"{was:g}", "1.25")
    finally:
        other.close()


def test_a_project_whose_years_investment_alone_was_revised_is_in_the_revision_table(db, tmp_path):
    # a 调整表 lists every project whose plan moved: one whose year's investment was cut and dates kept was left out
    # (the filter was about dates); it is in it now, its dates the same in 原 and 调整后, and the projects not
    # revised in their investment give theirs in both columns too
    from sqlalchemy import func, select

    from milestones.spreadsheet.importer import write
    from milestones.store import open_store
    from milestones.store.changes import update_row
    from milestones.store.schema import KeyProject, PlanEntry
    from milestones.timeline.data import narrowed_to

    _export_with_a_revised_plan(db, tmp_path)  # (重庆中心T3塔楼: completion 2024Q1 → 2024Q3)
    with db.read() as s:
        name, entry_id = s.execute(select(KeyProject.name, PlanEntry.id)
                                   .join(PlanEntry, PlanEntry.project_id == KeyProject.id)
                                   .where(KeyProject.name != "重庆中心T3塔楼", KeyProject.planned_completion.is_not(None))
                                   .order_by(KeyProject.id).limit(1)).one()
    update_row(db, "plan_entry", entry_id, {"annual_investment": 3.0})  # (first given: no revision)
    view, words = narrowed_to(db, 2024, revised=True)
    assert [r[1] for r in read_workbook(_exported(db, tmp_path / "a.xlsx", view, words)).sheets[0].rows[4:]
            if r[0]] == ["重庆中心T3塔楼"]
    update_row(db, "plan_entry", entry_id, {"annual_investment": 2.5})  # the revision, its dates kept
    out = _exported(db, tmp_path / "调整表.xlsx", view, words)
    rows = read_workbook(out).sheets[0].rows
    head = [h.replace("\n", "") for h in rows[2]]  # (a long heading's unit on a line of its own)
    assert sorted(r[1] for r in rows[4:] if r[0]) == sorted(["重庆中心T3塔楼", name])
    (row,) = [r for r in rows if name in r]
    assert (row[head.index("原年度计划投资（亿元）")], row[head.index("调整后年度计划投资（亿元）")]) == (3.0, 2.5)
    assert row[head.index("原计划开工")] == row[head.index("调整后计划开工")]
    assert row[head.index("原计划完工")] == row[head.index("调整后计划完工")] != ""
    (t3,) = [r for r in rows if "重庆中心T3塔楼" in r]
    assert t3[head.index("原年度计划投资（亿元）")] == t3[head.index("调整后年度计划投资（亿元）")]
    # the 预警 box's 计划已调整 (and the dashboard's count) stay about the dates
    from milestones.store.project_rows import ProjectFilter, project_ids
    with db.read() as s:
        assert len(project_ids(s, ProjectFilter(year=2024, plan_revised=True))) == 1
    # saved by LibreOffice and read back here: the same plan; into another office's: the investment's revision
    saved = _resaved_unchanged(db, out, tmp_path)
    other = open_store(tmp_path / "other.db", with_sample=False)
    try:
        write(other, preview(other, read_import(saved)))
        changes = _recorded(other, name)
        assert changes == {"annual_investment": ("3", "2.5")}
    finally:
        other.close()


def test_a_project_whose_total_investment_was_revised_is_in_the_revision_table(db, tmp_path):
    # a 概算调整 raises a project's total investment mid-year: recorded, read from a revised list's "原总投资 |
    # 调整后总投资", but the 计划调整表 left the project out (its dates and year's plan stood) and gave no 原总投资;
    # it is in it now, beside its original, and reads back as the revision
    from sqlalchemy import func, select

    from milestones.store.changes import update_row
    from milestones.store.schema import KeyProject
    from milestones.timeline.data import narrowed_to

    _export_with_a_revised_plan(db, tmp_path)  # (重庆中心T3塔楼: completion 2024Q1 → 2024Q3)
    with db.read() as s:
        pid, name = s.execute(select(KeyProject.id, KeyProject.name).where(KeyProject.name != "重庆中心T3塔楼")
                              .order_by(KeyProject.id).limit(1)).one()
    total = 12.0
    update_row(db, "key_project", pid, {"total_investment": total})  # (the bundled plan gives none: first given)
    update_row(db, "key_project", pid, {"total_investment": total + 2.5})
    view, words = narrowed_to(db, 2024, revised=True)
    out = _exported(db, tmp_path / "调整表.xlsx", view, words)
    rows = read_workbook(out).sheets[0].rows
    head = [h.replace("\n", "") for h in rows[2]]  # (a long heading's unit on a line of its own)
    assert head[head.index("原总投资（亿元）") + 1] == "调整后总投资（亿元）" and "总投资（亿元）" not in head
    (row,) = [r for r in rows if name in r]
    assert (row[head.index("原总投资（亿元）")], row[head.index("调整后总投资（亿元）")]) == (total, total + 2.5)
    (t3,) = [r for r in rows if "重庆中心T3塔楼" in r]  # not revised in its total: the same in both
    assert t3[head.index("原总投资（亿元）")] == t3[head.index("调整后总投资（亿元）")]
    other = _same_here_then_written_elsewhere(db, _resaved_unchanged(db, out, tmp_path), tmp_path)
    try:
        changes = _recorded(other, name)
        assert changes == {"total_investment": (f"{total:g}", f"{total + 2.5:g}")}
    finally:
        other.close()


@pytest.mark.parametrize("field, heading, was, now", [("responsible_unit", "责任单位", "区住房城乡建委", "区城市管理局"),
                                                      ("leader", "牵头领导", "张三", "李四"),
                                                      ("partner_units", "配合单位", "区财政局", "区财政局、区商务委")])
def test_a_project_handed_to_another_unit_is_in_the_revision_table_with_its_former_unit(db, tmp_path, field,
                                                                                       heading, was, now):
    # 机构调整 hands a project to another unit mid-year (领导调整 to another leader): recorded, but the 计划调整表 left the
    # project out and gave no 原责任单位; it is in it now, "原责任单位 | 调整后责任单位", and written into another office's
    # plan the project keeps its former unit as its record's revision
    from sqlalchemy import func, select

    from milestones.store.changes import update_row
    from milestones.store.schema import KeyProject
    from milestones.timeline.data import narrowed_to

    _export_with_a_revised_plan(db, tmp_path)  # (重庆中心T3塔楼: completion 2024Q1 → 2024Q3)
    with db.read() as s:
        pid, name = s.execute(select(KeyProject.id, KeyProject.name).where(KeyProject.name != "重庆中心T3塔楼")
                              .order_by(KeyProject.id).limit(1)).one()
    update_row(db, "key_project", pid, {field: was})  # (first given: no revision)
    view, words = narrowed_to(db, 2024, revised=True)
    rows = read_workbook(_exported(db, tmp_path / "未调整.xlsx", view, words)).sheets[0].rows
    assert f"原{heading}" not in rows[2] and not [r for r in rows if name in r]
    update_row(db, "key_project", pid, {field: now})
    out = _exported(db, tmp_path / "调整表.xlsx", view, words)
    rows = read_workbook(out).sheets[0].rows
    head = rows[2]
    assert head[head.index(f"原{heading}") + 1] == f"调整后{heading}" and heading not in head
    (row,) = [r for r in rows if name in r]
    assert (row[head.index(f"原{heading}")], row[head.index(f"调整后{heading}")]) == (was, now)
    (t3,) = [r for r in rows if "重庆中心T3塔楼" in r]  # not revised in it: the same in both
    assert t3[head.index(f"原{heading}")] == t3[head.index(f"调整后{heading}")]
    imp = read_import(out)
    (rec,) = [r for r in imp.tables[0].records if r["name"] == name]
    assert rec[field] == now and rec["revised_from"] == {field: was}
    other = _same_here_then_written_elsewhere(db, _resaved_unchanged(db, out, tmp_path), tmp_path)
    try:
        assert _recorded(other, name) == {field: (was, now)}
    finally:
        other.close()
    # handed back: no longer a revision (its row gives the same twice, or is not there)
    update_row(db, "key_project", pid, {field: was})
    rows = read_workbook(_exported(db, tmp_path / "交回.xlsx", view, words)).sheets[0].rows
    assert f"原{heading}" not in rows[2]


def _recorded(db, name):
    """Project ``name``'s recorded changes in ``db``: field → (old, new)."""
    from sqlalchemy import func, select

    from milestones.store.queries import project_detail
    from milestones.store.schema import KeyProject

    with db.read() as s:
        got = s.scalar(select(KeyProject.id).where(KeyProject.name == name))
    return {c["field"]: (c["old"], c["new"]) for c in project_detail(db, got, 2024)["changes"]}


def _resaved_unchanged(db, out, tmp_path):
    """``out`` opened and saved again by LibreOffice, as it is handed on, and read here: it changes nothing."""
    saved = tmp_path / "lo"
    saved.mkdir()
    convert([out], saved, "xlsx")
    again = preview(db, read_import(saved / out.name))
    assert [(d.counts()["new"], d.counts()["changed"]) for d in again.diffs.values()] == [(0, 0)]
    return saved / out.name


def _exported(db, out, view, words):
    export(db, "key_projects", out, view=view, view_words=words)
    return out


def test_the_task_revision_table_gives_why_each_deadline_moved_in_its_own_column(db, tmp_path):
    # the reason a revised list gave ("调整原因") is kept at the end of the target's notes; a 调整表 has its own column
    # for it, and the notes read back the same
    from sqlalchemy import func, select

    from milestones.store.changes import update_row
    from milestones.store.schema import MeasureTarget

    _two_deadlines_moved(db)
    notes = {"完工重庆中心T3塔楼": "市级资金；调整原因：幕墙深化设计调整", "完工武警巡逻中队营房建设等项目3个": "调整原因：用地手续未完成"}
    with db.read() as s:
        ids = dict(s.execute(select(MeasureTarget.text, MeasureTarget.id)).all())
    for text, said in notes.items():
        update_row(db, "measure_target", ids[text], {"notes": said})
    out = tmp_path / "任务调整表.xlsx"
    export(db, "measures", out, revised=True)
    rows = read_workbook(out).sheets[0].rows
    head = rows[2]
    assert head[head.index("调整后完成时限") + 1] == "调整原因"
    got = {r[head.index("目标")]: (r[head.index("调整原因")], r[head.index("备注")]) for r in rows[3:]
           if r[head.index("目标")]}
    assert got == {"完工重庆中心T3塔楼": ("幕墙深化设计调整", "市级资金"), "完工武警巡逻中队营房建设等项目3个": ("用地手续未完成", "")}
    other = _same_here_then_written_elsewhere(db, out, tmp_path)
    try:
        with other.read() as s:
            assert dict(s.execute(select(MeasureTarget.text, MeasureTarget.notes)).all()) == notes
    finally:
        other.close()


def test_the_task_revision_table_gives_a_reworded_target_beside_its_first_wording(db, tmp_path):
    # a mid-year revision lowers a figure as often as it moves a deadline ("新建5G基站300个" → "…250个"); the 调整表 held
    # only the moved deadlines, so the office retyped the reworded ones. Now "原目标 | 调整后目标", 原 blank where a row
    # was not reworded; read back here nothing changes, and another office's plan keeps the first wording in the record
    from sqlalchemy import func, select

    from milestones.store.changes import update_row
    from milestones.store.history import original_deadlines, original_targets
    from milestones.store.schema import MeasureTarget

    _two_deadlines_moved(db)
    with db.read() as s:
        first, tid = s.execute(select(MeasureTarget.text, MeasureTarget.id)
                               .where(MeasureTarget.text.not_like("完工%"), MeasureTarget.value.is_not(None))
                               .order_by(MeasureTarget.id).limit(1)).one()
        back = s.scalar(select(MeasureTarget.id).where(MeasureTarget.id != tid, MeasureTarget.text.not_like("完工%"))
                        .order_by(MeasureTarget.id).limit(1))
        was_back = s.get(MeasureTarget, back).text
    reworded = first + "（调整）"
    update_row(db, "measure_target", tid, {"text": reworded})
    update_row(db, "measure_target", back, {"text": was_back + "以上"})  # reworded and put back: no revision
    update_row(db, "measure_target", back, {"text": was_back})
    out = tmp_path / "任务调整表.xlsx"
    assert export(db, "measures", out, revised=True) == 3
    rows = read_workbook(out).sheets[0].rows
    head = rows[2]
    assert "目标" not in head and head[head.index("原目标") + 1] == "调整后目标"
    assert head[head.index("原完成时限") + 1] == "调整后完成时限"
    got = {r[head.index("调整后目标")]: (r[head.index("原目标")], r[head.index("原完成时限")], r[head.index("调整后完成时限")])
           for r in rows[3:] if r[head.index("调整后目标")]}
    assert got[reworded][0] == first and got[reworded][1] == ""  # its deadline not revised: 原 blank
    assert got["完工重庆中心T3塔楼"] == ("", "2024年一季度", "2024年三季度")
    assert len(got) == 3
    other = _same_here_then_written_elsewhere(db, out, tmp_path)
    try:
        with other.read() as s:
            words = {s.get(MeasureTarget, i).text: old for i, old in original_targets(s, 2024).items()}
            assert words == {reworded: first}
            assert len(original_deadlines(s, 2024)) == 2
        # its own 调整表, from the other office, reads back the same
        export(other, "measures", tmp_path / "again.xlsx", revised=True)
        again = preview(other, read_import(tmp_path / "again.xlsx"))
        assert [d.counts() for d in again.diffs.values()] == [{"new": 0, "changed": 0, "unchanged": 3, "missing": 0}]
    finally:
        other.close()
    # the same 调整表 read into a plan that holds the target under its first wording rewords it, not adds a second
    from milestones.spreadsheet.importer import write
    from milestones.store import open_store

    plain = open_store(tmp_path / "plain.db")  # the bundled plan, not revised
    try:
        imp = preview(plain, read_import(out))
        assert [(d.counts()["new"], d.counts()["changed"]) for d in imp.diffs.values()] == [(0, 3)]
        write(plain, imp)
        with plain.read() as s:
            texts = set(s.scalars(select(MeasureTarget.text)))
            assert reworded in texts and first not in texts
            assert {s.get(MeasureTarget, i).text: old for i, old in original_targets(s, 2024).items()} == {reworded: first}
    finally:
        plain.close()


def test_the_task_revision_table_gives_the_unit_that_answered_before(db, tmp_path):
    # a mid-year reorganisation hands tasks to another unit: "原牵头单位 | 调整后牵头单位" was read into the notes
    # ("原牵头单位：…"), and no 调整表 gave it back; it is the target's recorded revision now, and the 调整表 gives
    # "原责任单位 | 调整后责任单位" beside the other revisions, which reads back the same here and elsewhere
    from sqlalchemy import func, select

    from milestones.store.changes import update_row
    from milestones.store.history import original_targets
    from milestones.store.schema import MeasureTarget
    from tests.spreadsheet.conftest import convert, csv_file

    _two_deadlines_moved(db)  # (one revised by its deadline alone: its 原责任单位 blank)
    with db.read() as s:
        tid, text = s.execute(select(MeasureTarget.id, MeasureTarget.text).where(MeasureTarget.text.not_like("完工%"))
                              .order_by(MeasureTarget.id).limit(1)).one()
    unit = "区住房城乡建委"
    update_row(db, "measure_target", tid, {"responsible_unit": unit})  # (the bundled plan names its measures' units)
    update_row(db, "measure_target", tid, {"responsible_unit": "区城市更新中心", "notes": "调整原因：机构改革"})
    out = tmp_path / "任务调整表.xlsx"
    assert export(db, "measures", out, revised=True) == 3
    rows = read_workbook(out).sheets[0].rows
    head = rows[2]
    assert head[head.index("原责任单位") + 1] == "调整后责任单位" and "责任单位" not in head
    assert head[head.index("调整后责任单位") + 1] == "调整原因"  # after the last revision, as offices lay it out
    got = {r[head.index("目标")]: (r[head.index("原责任单位")], r[head.index("调整后责任单位")]) for r in rows[3:]
           if r[head.index("目标")]}
    assert got[text] == (unit, "区城市更新中心") and got["完工重庆中心T3塔楼"][0] == ""
    saved = _resaved_unchanged(db, out, tmp_path)  # through LibreOffice, as it is handed on: nothing changes here
    other = _same_here_then_written_elsewhere(db, saved, tmp_path)
    try:
        with other.read() as s:
            units = {s.get(MeasureTarget, i).text: old for i, old in original_targets(s, 2024, "responsible_unit").items()}
            notes = set(s.scalars(select(MeasureTarget.notes)))
        assert units == {text: unit} and notes == {None, "调整原因：机构改革"}  # (the unit not in the notes as well)
    finally:
        other.close()
    # each unit's own 调整表: the target is in the new unit's and in the one that handed it on (it answered for it)
    for who in (unit, "区城市更新中心"):
        export(db, "measures", tmp_path / f"{who}.xlsx", revised=True, unit=who)
        rows = read_workbook(tmp_path / f"{who}.xlsx").sheets[0].rows
        assert [r[rows[2].index("目标")] for r in rows[3:] if r[rows[2].index("目标")]] == [text], who
    # a list typed by hand naming the lead and its partners in one cell, before and after: the lead is the revision
    src = csv_file(tmp_path, "分工调整.csv", "2024年重点任务调整表\n序号,重点任务,目标,原牵头单位,调整后牵头单位\n"
                                            "1,城市更新,完成老旧小区改造50个,区住房城乡建委（牵头）、区财政局,"
                                            "区城市更新中心（牵头）、区财政局\n")
    convert([src], tmp_path, "xlsx")
    (rec,) = read_import(tmp_path / "分工调整.xlsx").tables[0].records
    assert (rec["responsible_unit"], rec["partner_units"], rec["responsible_unit_before"]) == (
        "区城市更新中心", "区财政局", "区住房城乡建委")


def test_a_task_revision_list_with_before_and_after_under_each_heading_comes_back_as_the_same_revisions(lo_files,
                                                                                                         empty_db,
                                                                                                         tmp_path):
    # an office's 任务调整表 as typed: "目标任务 | 完成时限 | 牵头单位" each over "调整前 | 调整后", a 调整理由, a row not
    # revised at all, saved by LibreOffice; into a new plan, then the plan's own 调整表: the same revisions, the
    # unrevised row left out, the reason in its column
    from milestones.spreadsheet.importer import write

    imp = preview(empty_db, read_import(lo_files["measures-revised-mid-year-2024"]))
    assert not imp.has_errors and [len(t.records) for t in imp.tables] == [3]
    write(empty_db, imp)
    out = tmp_path / "调整表.xlsx"
    assert export(empty_db, "measures", out, revised=True) == 2
    rows = read_workbook(out).sheets[0].rows
    head = rows[2]
    got = {r[head.index("调整后目标")]: tuple(r[head.index(h)] for h in (
        "原目标", "原完成时限", "调整后完成时限", "原责任单位", "调整后责任单位", "调整原因"))
        for r in rows[3:] if r[head.index("调整后目标")]}
    assert got == {
        "完成老旧小区改造40个": ("完成老旧小区改造50个", "2024年二季度", "2024年三季度", "区住房城乡建委", "区城市更新中心",
                           "资金未到位，机构调整"),
        "新增上云企业120家": ("新增上云企业100家", "持续推进", "2024年四季度", "", "区经济信息委", "目标提高")}
    again = preview(empty_db, read_import(out))  # read back into the plan: nothing changes
    assert [(d.counts()["new"], d.counts()["changed"]) for d in again.diffs.values()] == [(0, 0)]


def test_a_task_revision_tables_partner_units_read_back_as_the_revision(db, tmp_path):
    # the targets' 调整表 gave "原配合单位 | 调整后配合单位", but reading it back took neither as a field ("没有对应的字段"):
    # "配合单位" is looked for whole (so it is not read as 单位), and "原配合单位" was not it; the partners were lost
    from sqlalchemy import func, select

    from milestones.store.changes import update_row
    from milestones.store.history import original_targets
    from milestones.store.schema import MeasureTarget

    with db.read() as s:
        tid, text = s.execute(select(MeasureTarget.id, MeasureTarget.text).order_by(MeasureTarget.id).limit(1)).one()
    update_row(db, "measure_target", tid, {"partner_units": "区财政局"})
    update_row(db, "measure_target", tid, {"partner_units": "区财政局、区商务委"})
    out = tmp_path / "任务调整表.xlsx"
    assert export(db, "measures", out, revised=True) == 1
    saved = _resaved_unchanged(db, out, tmp_path)  # through LibreOffice, as it is handed on
    imp = read_import(saved)
    assert not [p for p in imp.tables[0].problems if "配合单位" in (p.text or "") and "没有对应的字段" in p.message]
    (rec,) = [r for r in imp.tables[0].records if r["text"] == text]
    assert rec["partner_units"] == "区财政局、区商务委"
    other = _same_here_then_written_elsewhere(db, saved, tmp_path)
    try:
        with other.read() as s:
            was = {s.get(MeasureTarget, i).text: old for i, old in original_targets(s, 2024, "partner_units").items()}
            now = s.scalar(select(MeasureTarget.partner_units).where(MeasureTarget.text == text))
        assert was == {text: "区财政局"} and now == "区财政局、区商务委"
    finally:
        other.close()


def test_a_revision_table_keeps_a_column_no_target_fills_now_but_one_did_before(db, tmp_path):
    # a target's partner units revised, then emptied by a way that left no record (a colleague's older version, a
    # repair by hand): the 配合单位 column was dropped as empty and the 调整表 failed to find it (StopIteration)
    from sqlalchemy import select, update

    from milestones.store.changes import update_row
    from milestones.store.schema import MeasureTarget

    with db.read() as s:
        tid = s.scalar(select(MeasureTarget.id).order_by(MeasureTarget.id).limit(1))
    update_row(db, "measure_target", tid, {"partner_units": "区财政局"})
    update_row(db, "measure_target", tid, {"partner_units": "区财政局、区审计局"})
    with db.session() as s:
        s.execute(update(MeasureTarget).where(MeasureTarget.id == tid).values(partner_units=None))
    out = tmp_path / "调整表.xlsx"
    assert export(db, "measures", out, revised=True) == 1
    head = read_workbook(out).sheets[0].rows[2]
    assert head[head.index("原配合单位") + 1] == "调整后配合单位"


def test_the_projects_revision_table_gives_why_each_plan_moved_in_its_own_column(db, tmp_path):
    # a list revised mid-year, typed in a spreadsheet and saved by LibreOffice, gives each project's 调整理由: the
    # import keeps it at the end of the notes ("调整原因：…", whatever the list called it); the 计划调整表 exported
    # from the plan gives it its own column again, after the revised completion, and reads back as the same notes
    from sqlalchemy import func, select

    from milestones.store.schema import KeyProject
    from milestones.timeline.data import narrowed_to
    from tests.spreadsheet.conftest import convert, csv_file

    src = csv_file(tmp_path, "调整.csv", "2024年重点项目调整表\n序号,项目名称,原计划完工,调整后计划完工,调整理由,备注\n"
                                         "1,重庆中心T3塔楼,2024年3月,2024年9月,幕墙深化设计调整,市级重点\n")
    convert([src], tmp_path, "xlsx")
    imp = preview(db, read_import(tmp_path / "调整.xlsx"))
    assert [(d.counts()["new"], d.counts()["changed"]) for d in imp.diffs.values()] == [(0, 1)]
    from milestones.spreadsheet.importer import write

    write(db, imp)
    with db.read() as s:
        notes = s.scalar(select(KeyProject.notes).where(KeyProject.name == "重庆中心T3塔楼"))
    assert notes == "市级重点；调整原因：幕墙深化设计调整"
    view, words = narrowed_to(db, 2024, revised=True)
    out = tmp_path / "计划调整表.xlsx"
    assert export(db, "key_projects", out, view=view, view_words=words) == 1
    rows = read_workbook(out).sheets[0].rows
    head = rows[2]
    assert head[head.index("调整后计划完工") + 1] == "调整原因"
    (row,) = [r for r in rows if "重庆中心T3塔楼" in r]
    assert (row[head.index("调整原因")], row[head.index("备注")]) == ("幕墙深化设计调整", "市级重点")
    other = _same_here_then_written_elsewhere(db, out, tmp_path)
    try:
        with other.read() as s:
            assert s.scalar(select(KeyProject.notes).where(KeyProject.name == "重庆中心T3塔楼")) == notes
    finally:
        other.close()


def test_a_targets_reason_under_another_heading_is_the_revision_tables_reason(db, tmp_path):
    # "调整理由" (or 变更原因) in a revised task list was kept in the notes under its own words, so the 调整表 left it
    # in 备注; it is kept as "调整原因：…", and the 调整表 gives it its column
    from sqlalchemy import func, select

    from milestones.spreadsheet.importer import write
    from milestones.store.schema import MeasureTarget
    from tests.spreadsheet.conftest import csv_file

    src = csv_file(tmp_path, "任务调整.csv", "2024年重点任务调整表\n序号,重点任务,目标,牵头单位,原完成时限,调整后完成时限,变更原因\n"
                                            "1,城市更新,完成老旧小区改造50个,区住房城乡建委,2024年6月,2024年9月,资金未到位\n")
    write(db, preview(db, read_import(src)))
    with db.read() as s:
        assert s.scalar(select(MeasureTarget.notes).where(MeasureTarget.text == "完成老旧小区改造50个")) \
            == "调整原因：资金未到位"
    out = tmp_path / "任务调整表.xlsx"
    export(db, "measures", out, revised=True)
    rows = read_workbook(out).sheets[0].rows
    head = rows[2]
    (row,) = [r for r in rows if "完成老旧小区改造50个" in r]
    assert row[head.index("调整原因")] == "资金未到位" and "备注" not in head


def _same_here_then_written_elsewhere(db, out, tmp_path):
    """``out`` read back into ``db`` changes nothing; it is then written into another office's new plan, returned
    open (the caller closes it)."""
    from milestones.spreadsheet.importer import write
    from milestones.store import open_store

    again = preview(db, read_import(out))
    assert [(d.counts()["new"], d.counts()["changed"]) for d in again.diffs.values()] == [(0, 0)]
    other = open_store(tmp_path / "other.db", with_sample=False)
    write(other, preview(other, read_import(out)))
    return other


def test_numbers_stand_centred_as_numbers_and_excel_marks_no_code_as_a_number_stored_as_text(db, tmp_path):
    # 序号, 区域 and 性质 were meant centred and came out left as the names are, and each 序号 was text, which Excel
    # marks with a green corner ("number stored as text") on every row of a table meant to be handed on as it is
    import zipfile

    out = tmp_path / "p.xlsx"
    export(db, "key_projects", out)
    ws = load_workbook(out)["重点项目"]
    heads = {c.value: c.column_letter for c in ws[3] if c.value}
    first = next(r for r in range(4, 12) if ws[f"{heads['序号']}{r}"].value is not None
                 and not str(ws[f"{heads['序号']}{r}"].value).startswith("一"))
    seq = ws[f"{heads['序号']}{first}"]
    assert seq.value == 1 and seq.data_type == "n" and seq.alignment.horizontal == "center"
    assert ws[f"{heads['区域']}{first}"].alignment.horizontal == "center"
    assert ws[f"{heads['项目名称']}{first}"].alignment.horizontal != "center"
    xml = zipfile.ZipFile(out).read("xl/worksheets/sheet1.xml").decode()
    assert re.search(r'<ignoredError sqref="A1:[A-Z]+\d+" numberStoredAsText="1"/>', xml)


def test_a_targets_figure_reads_as_the_plan_writes_it(db, tmp_path):
    # "311.00 项" and "2,000.00 万元": the two decimals of an investment column on every target's figure
    out = tmp_path / "m.xlsx"
    export(db, "measures", out)
    ws = load_workbook(out)["举措与目标"]
    col = next(c.column for c in ws[3] if c.value == "目标值")
    cells = {ws.cell(r, col).value: ws.cell(r, col).number_format for r in range(5, ws.max_row + 1)
             if isinstance(ws.cell(r, col).value, (int, float))}
    assert cells[311] == "#,##0" and cells[19.8] == "#,##0.0#####"


def test_projects_off_the_list_exported_with_include_removed_are_struck_and_read_back_as_off_it(db, tmp_path):
    # exported from the list with 含已移出, a project taken off the year's list went out as any listed one: the
    # table handed on listed it as planned, and read back it was put on the list again
    from sqlalchemy import func, select

    from milestones.store.changes import remove_projects
    from milestones.store.project_rows import ProjectFilter
    from milestones.store.schema import KeyProject, PlanEntry

    with db.read() as s:
        pid = s.scalar(select(KeyProject.id).where(KeyProject.name == "红楼宾馆综合改造"))
        listed = s.scalar(select(func.count()).select_from(PlanEntry).where(PlanEntry.on_list.is_(True)))
    remove_projects(db, 2024, [pid], reason="并入二期")
    out = tmp_path / "含已移出.xlsx"
    assert export(db, "key_projects", out, view=ProjectFilter(year=2024, include_removed=True),
                  view_words="含已移出") == listed
    wb = load_workbook(out)
    (struck,) = [r for r in wb["重点项目"].iter_rows(min_row=4) if any(c.font.strike for c in r)]
    assert [c.value for c in struck if c.font.strike] == ["红楼宾馆综合改造"]
    assert any(r[0].value == "注：名称划去的项目已移出2024年计划。" for r in wb["重点项目"].iter_rows())
    assert next(r for r in wb["横道图"].iter_rows(min_row=4) if r[1].value == "红楼宾馆综合改造")[1].font.strike
    # read back, as written and as LibreOffice saves it again: the struck row is said and left out, the rest read
    again = tmp_path / "lo"
    again.mkdir()
    convert([out], again)
    for path in (out, again / out.name):
        imp = read_import(path)
        t = next(t for t in imp.tables if t.kind == "key_projects")
        names = {r["name"] for r in t.records}
        assert "红楼宾馆综合改造" not in names and len(names) == listed - 1, path
        assert [p.text for p in t.problems if "删除线" in p.message] == ["红楼宾馆综合改造"], path
        counts = preview(db, imp).diffs[0].counts()  # nothing new, nothing changed: the rest as the plan holds them
        assert (counts["new"], counts["changed"], counts["unchanged"]) == (0, 0, listed - 1), path
