"""Attachment tables as real offices lay them out, written by LibreOffice, import right."""
import json
import subprocess
import sys

import pytest
from sqlalchemy import func, select, update

from milestones.spreadsheet.header_rows import above_header
from milestones.spreadsheet.importer import preview, read_import, write
from milestones.spreadsheet.read import read_workbook
from milestones.store.schema import Indicator, IndicatorYear, KeyProject, MeasureTarget, PlanEntry
from tests.conftest import FIXTURES
from tests.spreadsheet.conftest import convert, csv_file as _csv, one_table, typed_and_saved


def _records(imp, i=0):
    return {r.get("name") or r.get("text"): r for r in imp.tables[i].records}


def test_the_published_yuecheng_table(db):
    imp = read_import(FIXTURES / "published-completion-table-yuecheng-2020.xlsx")
    (t,) = imp.tables
    assert (t.kind, t.year, len(t.records), t.errors) == ("indicator_results", 2020, 3, [])
    gdp = _records(imp)["全区生产总值"]
    assert gdp["unit"] == "亿元"
    assert gdp["target"] == {"op": "exact", "value": 1000, "unit": "亿元", "text": "1000"}
    assert gdp["actual"] == 1008.5 and gdp["status"] == "完成"
    assert _records(imp)["人均生产总值"]["unit"] == "元"


def test_a_year_chosen_that_the_columns_contradict_takes_no_other_years_target(db):
    # chosen as 2021 (a slip in the 年度 box), "2020 年目标值" was imported as 2021's target
    imp = read_import(FIXTURES / "published-completion-table-yuecheng-2020.xlsx", year=2021)
    (t,) = imp.tables
    gdp = _records(imp)["全区生产总值"]
    assert gdp["target"] is None and gdp["actual"] is None and gdp["previous_actual"] == 1008.5
    assert ("第C列“2020年目标值”是2020年的，本表按2021年导入，此列未导入（要导入2020年的，请把年度选为2020）"
            in [p.message for p in t.problems])


def test_annex1_with_two_row_merged_header_categories_and_notes(lo_files):
    imp = read_import(lo_files["fujian1-results-2023"])
    (t,) = imp.tables
    assert (t.kind, t.year, t.annex) == ("indicator_results", 2023, "附件1")
    assert t.title == "2023年经济社会发展主要目标完成情况表"
    assert len(t.records) == 8 and not t.errors  # the 注 row is not a record
    r = _records(imp)
    assert r["地区生产总值增速"]["unit"] == "%" and r["地区生产总值增速"]["category"] == "经济发展"
    assert r["地区生产总值增速"]["target"]["op"] == "about" and r["地区生产总值增速"]["actual"] == 5.2
    assert r["实际使用外资(FDI)"]["unit"] == "亿美元"  # (FDI) is part of the name, （亿美元） the unit
    assert r["空气质量优良天数"]["binding"] is True and r["空气质量优良天数"]["category"] == "绿色生态"
    assert r["空气质量优良天数"]["target"] == {"op": "at_least", "value": 300, "unit": "天", "text": "≥300"}
    assert r["单位GDP能耗降低"]["target"]["op"] == "text" and r["单位GDP能耗降低"]["actual_text"] == "完成市下达任务"
    assert r["区级一般公共预算收入增速"]["reason"] == "受减税降费影响"
    assert r["数字经济增加值占GDP比重"]["replaced_by"] == "数字经济核心产业增加值增速"


def test_annex2_with_unit_column_spaces_and_line_breaks_in_headers(lo_files):
    imp = read_import(lo_files["fujian2-targets-2024"])
    (t,) = imp.tables
    assert (t.kind, t.year, len(t.records)) == ("indicator_targets", 2024, 11)
    r = _records(imp)
    assert r["固定资产投资总额增速"]["previous_actual"] == 5.1  # "5.1%" typed as text
    assert r["固定资产投资总额增速"]["target"]["value"] == 5
    assert r["民营经济增加值"]["target"] == {"op": "above", "value": 650, "unit": "亿元", "text": "突破650亿元"}
    assert r["空气质量优良天数"]["binding"] is True and r["地区生产总值增速"]["binding"] is False
    assert r["“两江”渝中段水质"]["target"]["op"] == "text"
    assert r["居民人均可支配收入增速"]["target"]["op"] == "text"


def test_key_projects_in_wan_yuan_with_every_quarter_notation(lo_files):
    imp = read_import(lo_files["key-projects-2024"])
    (t,) = imp.tables
    assert (t.kind, t.year, len(t.records)) == ("key_projects", 2024, 7)
    assert any("万元" in p.message and p.severity == "info" for p in t.problems)  # said so
    r = _records(imp)
    assert r["重庆长滨"]["total_investment"] == 125.0 and r["重庆长滨"]["annual_investment"] == 8.0
    assert (r["重庆长滨"]["start"], r["重庆长滨"]["completion"]) == ("2024Q1", "2027Q4")
    assert r["磨房巷片区整体更新"]["completion"] == "2026Q2"  # 上半年 → Q2
    assert r["老鼓楼衙署遗址公园"]["start"] is None and r["老鼓楼衙署遗址公园"]["nature"] == "续建"
    assert r["重庆市中医骨科医院化龙桥院区二期"]["start"] == "2024Q2"  # 2024.05 stored as a number
    assert r["新建社区养老服务站"]["start"] == "2024Q1" and r["新建社区养老服务站"]["zone"] == "全区"
    assert r["重庆站铁路综合交通枢纽工程"]["zone"] == "中部"


def test_measures_with_section_rows(lo_files):
    imp = read_import(lo_files["measures-2024"])
    (t,) = imp.tables
    assert (t.kind, len(t.records)) == ("measures", 5)
    r = _records(imp)
    forum = r["举办各类交流论坛及互动活动20场以上"]
    assert forum["section_number"] == 1 and forum["op"] == "at_least" and forum["value"] == 20
    assert forum["responsible_unit"] == "区发展改革委" and forum["quarter"] == "2024Q4"
    assert r["新增首店首牌50个以上"]["section_number"] == 4 and r["新增首店首牌50个以上"]["quarter"] == "2024Q2"


def test_csv_in_gbk_with_semicolons_and_utf8_bom_with_tabs(tmp_path):
    rows = ["序号;指标名称;单位;2024年目标", "1;地区生产总值增速;%;6%左右", "2;城镇新增就业;万人;4.6"]
    gbk = tmp_path / "gbk.csv"
    gbk.write_bytes("\r\n".join(rows).encode("gbk"))
    tabs = tmp_path / "bom.csv"
    tabs.write_bytes("\n".join(r.replace(";", "\t") for r in rows).encode("utf-8-sig"))
    for f in (gbk, tabs):
        imp = read_import(f, year=2024)
        (t,) = imp.tables
        assert t.kind == "indicator_targets" and not t.errors, t.problems
        assert _records(imp)["城镇新增就业"]["target"]["value"] == 4.6


def test_import_writes_once_and_reimport_changes_nothing(db, lo_files):
    imp = preview(db, read_import(lo_files["key-projects-2024"]))
    assert imp.diffs[0].counts()["new"] == 1  # 新建社区养老服务站; the others exist in the plan
    with db.read() as s:
        before = s.scalar(select(func.count()).select_from(KeyProject))
    write(db, imp)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(KeyProject)) == before + 1
        p = s.scalars(select(KeyProject).where(KeyProject.name == "重庆长滨")).one()
        assert p.total_investment == 125.0 and p.responsible_unit == "区住房城乡建委"
        versions = dict(s.execute(select(KeyProject.id, KeyProject.version)).all())
    again = preview(db, read_import(lo_files["key-projects-2024"]))
    assert again.diffs[0].counts() == {"new": 0, "changed": 0, "unchanged": 7, "missing": 43}
    write(db, again)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(KeyProject)) == before + 1
        assert dict(s.execute(select(KeyProject.id, KeyProject.version)).all()) == versions


def test_a_changed_file_updates_field_by_field(db, lo_files, tmp_path):
    from openpyxl import load_workbook

    src = lo_files["fujian2-targets-2024"]
    imp = preview(db, read_import(src))
    write(db, imp)
    wb = load_workbook(src)
    ws = wb.active
    for row in ws.iter_rows():
        if row[1].value == "城镇新增就业":
            row[5].value = "5"
    changed = tmp_path / "changed.xlsx"
    wb.save(changed)
    imp2 = preview(db, read_import(changed))
    d = imp2.diffs[0]
    assert d.counts()["changed"] == 1 and d.counts()["new"] == 0
    (fields,) = d.changed.values()
    assert fields["target_text"] == ("4.6", "5") or fields["target_text"][1] == "5"
    write(db, imp2)
    with db.read() as s:
        iy = s.execute(select(IndicatorYear).join(Indicator, Indicator.id == IndicatorYear.indicator_id)
                       .where(Indicator.name == "城镇新增就业", IndicatorYear.year == 2024)).scalar_one()
        assert iy.target_value == 5
        assert s.scalar(select(func.count()).select_from(Indicator).where(Indicator.name == "城镇新增就业")) == 1


def test_results_import_links_the_adjusted_indicator(db, lo_files):
    write(db, preview(db, read_import(lo_files["fujian1-results-2023"])))
    with db.read() as s:
        iy = s.execute(select(IndicatorYear).join(Indicator, Indicator.id == IndicatorYear.indicator_id)
                       .where(Indicator.name == "数字经济增加值占GDP比重", IndicatorYear.year == 2023)).scalar_one()
        assert iy.status == "调整" and iy.replaced_by.name == "数字经济核心产业增加值增速"


def test_measures_import_adds_targets_to_the_right_section(db, lo_files):
    with db.read() as s:
        before = s.scalar(select(func.count()).select_from(MeasureTarget))
    imp = preview(db, read_import(lo_files["measures-2024"]))
    counts = imp.diffs[0].counts()
    assert (counts["new"], counts["changed"]) == (1, 4)  # the 夜间经济 target; the others gain their units
    write(db, imp)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(MeasureTarget)) == before + 1
        t = s.scalars(select(MeasureTarget).where(MeasureTarget.text == "签约正式合同额600亿元")).one()
        assert t.responsible_unit == "区投资促进中心" and str(t.quarter) == "2024Q4"


def test_several_tables_in_one_workbook_are_reported_each(tmp_path, lo_files):
    from openpyxl import Workbook, load_workbook

    wb = Workbook()
    wb.remove(wb.active)
    for name in ("fujian1-results-2023", "key-projects-2024"):
        src = load_workbook(lo_files[name]).active
        ws = wb.create_sheet(name[:20])
        for row in src.iter_rows(values_only=True):
            ws.append(row)
    both = tmp_path / "both.xlsx"
    wb.save(both)
    imp = read_import(both)
    assert [t.kind for t in imp.tables] == ["indicator_results", "key_projects"]


def test_cli_import_json_has_the_documented_shape(tmp_path, lo_files):
    r = subprocess.run([sys.executable, "-m", "milestones", "--db", str(tmp_path / "x.db"), "import",
                        str(lo_files["key-projects-2024"]), "--dry-run", "--json"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    (t,) = out["tables"]
    assert set(t) >= {"sheet", "kind", "year", "records", "problems", "diff"}
    assert set(t["diff"]) == {"new", "changed", "unchanged", "missing"}
    rec = t["records"][0]
    assert set(rec) >= {"name", "zone", "area", "class", "total_investment", "annual_investment", "start",
                        "completion", "start_text", "completion_text", "nature", "responsible_unit"}
    assert out["written"] is False


def test_cli_indicator_record_shape(tmp_path, lo_files):
    r = subprocess.run([sys.executable, "-m", "milestones", "--db", str(tmp_path / "x.db"), "import",
                        str(lo_files["fujian2-targets-2024"]), "--json"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    rec = json.loads(r.stdout)["tables"][0]["records"][0]
    assert set(rec) >= {"name", "unit", "category", "binding", "target", "actual", "actual_text",
                        "previous_actual", "status"}
    assert set(rec["target"]) == {"op", "value", "unit", "text"}


def test_a_task_breakdown_with_deadlines_that_leave_out_the_year(lo_files):
    # 任务分解表 as offices write it: 完成时限 "6月底前", "三季度"; 配合单位 beside 牵头单位
    imp = read_import(lo_files["measures-breakdown-2024"])
    (t,) = imp.tables
    assert (t.kind, t.year, len(t.records), t.errors) == ("measures", 2024, 4, [])
    r = _records(imp)
    assert [r[k]["quarter"] for k in ("新增川渝通办事项30项", "举办各类交流论坛20场以上", "开工项目7个",
                                      "优化19.8公里岸线产业布局")] == ["2024Q2", "2024Q4", "2024Q3", "2024Q3"]
    first = r["新增川渝通办事项30项"]
    assert (first["measure"], first["section_number"], first["responsible_unit"]) == \
        ("全力投入成渝地区双城经济圈建设", 1, "区政务服务办")
    assert first["unit"] == "项"  # from the target; 配合单位 is not the unit column
    assert r["优化19.8公里岸线产业布局"]["subject"] == "岸线产业布局"
    assert first["partner_units"] == "区发展改革委"  # kept beside the unit responsible (it was dropped)
    notes = [p.message for p in t.problems if p.severity == "info"]
    assert not any("配合单位" in n for n in notes)
    assert any("“主要举措”与第B列“重点任务”是同一项" in n for n in notes)


def test_start_and_completion_in_one_column_and_zones_as_counted_headings(lo_files):
    imp = read_import(lo_files["key-projects-spans-2024"])
    (t,) = imp.tables
    assert (t.kind, t.year) == ("key_projects", 2024)
    r = _records(imp)
    got = {n: (r[n]["zone"], r[n]["start"], r[n]["completion"]) for n in ("东一项目", "东二项目", "西一项目")}
    assert got == {"东一项目": ("东部", "2024Q1", "2025Q4"), "东二项目": ("东部", "2023Q4", "2024Q3"),
                   "西一项目": ("西部", "2024Q2", "2024Q4")}  # "至12月": the start's year
    # a nature sub-heading keeps its zone and says the nature; it is not a class
    assert (r["续建甲"]["zone"], r["续建甲"]["nature"], r["续建甲"]["class"]) == ("西部", "续建", None)
    # a completion before the start is refused, on its row and column
    assert "产业乙" not in r
    (bad,) = t.errors
    assert (bad.row, bad.column, bad.text) == (11, "F", "2025.06-2024.12") and "完工早于开工" in bad.message
    # one end said alone, the two said apart, a date not known yet, a dash: read, not refused
    ends = {n: (r[n]["start"], r[n]["completion"], r[n]["start_text"]) for n in ("产业丙", "产业丁", "产业戊", "产业己")}
    assert ends == {"产业丙": ("2024Q4", None, "2024年四季度开工"),
                    "产业丁": ("2024Q1", "2025Q4", "计划2024年3月开工"),
                    "产业戊": (None, None, "待定"), "产业己": (None, None, None)}
    # the two dates one above the other in the cell (Alt+Enter), labelled or not
    stacked = {n: (r[n]["start"], r[n]["completion"]) for n in ("产业庚", "产业辛")}
    assert stacked == {"产业庚": ("2024Q1", "2025Q4"), "产业辛": ("2024Q2", "2024Q4")}


def test_the_quarterly_report_with_a_quarter_over_its_figures(db, lo_files):
    # 一季度 merged over 计划投资 | 完成投资 | 形象进度, in 万元: what owners report every quarter
    from sqlalchemy import select

    from milestones.spreadsheet.importer import write
    from milestones.store.imports import revert_import
    from milestones.store.schema import KeyProject, ProgressNote, QuarterInvestment

    imp = preview(db, read_import(lo_files["key-projects-quarterly-2024"]))
    (t,) = imp.tables
    assert (t.kind, t.year, t.errors) == ("key_projects", 2024, [])
    r = _records(imp)
    assert r["重庆长滨"]["quarters"] == {"2024Q1": {"planned": 1.0, "actual": 0.8, "progress": "完成桩基施工"},
                                        "2024Q2": {"planned": 1.5, "actual": None, "progress": None}}
    changed = imp.diffs[0].changed[[rec["name"] for rec in t.records].index("重庆长滨")]
    assert changed["quarter:2024Q1:actual"] == (None, 0.8) and "quarter:2024Q1:progress" in changed

    def reports(name):
        with db.read() as s:
            pid = s.scalars(select(KeyProject.id).where(KeyProject.name == name)).one()
            inv = {str(q.quarter): (q.planned, q.actual) for q in
                   s.scalars(select(QuarterInvestment).where(QuarterInvestment.project_id == pid))}
            notes = {str(n.quarter): n.text
                     for n in s.scalars(select(ProgressNote).where(ProgressNote.project_id == pid))}
            return inv, notes

    receipt = write(db, imp)
    assert reports("重庆长滨") == ({"2024Q1": (1.0, 0.8), "2024Q2": (1.5, None)}, {"2024Q1": "完成桩基施工"})
    assert reports("季度报告新项目")[1] == {"2024Q1": "完成场平", "2024Q2": "主体施工"}
    again = preview(db, read_import(lo_files["key-projects-quarterly-2024"]))
    assert again.diffs[0].counts()["unchanged"] == 2  # the same report again changes nothing
    # the second quarter's report gives only the actual: the planned figure stays
    second = preview(db, read_import(lo_files["key-projects-quarterly-2024"]))
    second.tables[0].records[0]["quarters"] = {"2024Q2": {"planned": None, "actual": 1.2, "progress": "主体施工"}}
    receipt2 = write(db, second)
    assert reports("重庆长滨") == ({"2024Q1": (1.0, 0.8), "2024Q2": (1.5, 1.2)},
                                  {"2024Q1": "完成桩基施工", "2024Q2": "主体施工"})
    revert_import(db, receipt2)  # undo takes back exactly the second report
    assert reports("重庆长滨") == ({"2024Q1": (1.0, 0.8), "2024Q2": (1.5, None)}, {"2024Q1": "完成桩基施工"})
    revert_import(db, receipt)
    assert reports("重庆长滨") == ({}, {})


def test_a_running_total_becomes_the_quarters_own_figure(db, tmp_path):
    # the half-year report states 1-6月 to date; the first quarter's 0.8 is in the database already
    from sqlalchemy import select

    from milestones.spreadsheet.importer import write
    from milestones.store.schema import KeyProject, QuarterInvestment

    q1 = _csv(tmp_path, "一季度.csv", "2024年一季度重点项目投资完成情况\n项目名称,一季度完成投资（万元）\n重庆长滨,8000\n")
    h1 = _csv(tmp_path, "上半年.csv",
              "2024年1-6月重点项目投资完成情况\n项目名称,1-6月累计完成投资（万元）,二季度形象进度\n重庆长滨,20000,主体施工\n")
    write(db, preview(db, read_import(q1)))
    imp = preview(db, read_import(h1))
    assert imp.tables[0].records[0]["quarters"]["2024Q2"]["to_date"] == 2.0
    assert imp.diffs[0].changed[0]["quarter:2024Q2:actual"] == (None, 1.2)
    write(db, imp)
    with db.read() as s:
        got = {str(r.quarter): r.actual for r in s.scalars(
            select(QuarterInvestment).join(KeyProject).where(KeyProject.name == "重庆长滨"))}
    assert got == {"2024Q1": 0.8, "2024Q2": 1.2}
    assert preview(db, read_import(h1)).diffs[0].counts()["unchanged"] == 1
    # a total below what the earlier quarters hold corrects them: kept, and said on its row
    h1.write_text("2024年1-6月重点项目投资完成情况\n项目名称,1-6月累计完成投资（万元）\n重庆长滨,5000\n", encoding="utf-8")
    low = preview(db, read_import(h1))
    assert low.diffs[0].changed[0]["quarter:2024Q2:actual"] == (1.2, -0.3)
    assert any("2024年二季度按 -0.3 亿元记入" in p.message and p.row == 3 for p in low.tables[0].problems)


def test_a_monthly_report_brings_its_quarter_up_to_date(db, tmp_path):
    # owners report monthly ("1-7月完成投资"): the column and the report's 形象进度 were dropped as "no field", so a
    # July report imported nothing. It is the third quarter so far, said; the September report completes it
    from milestones.domain.quarter import Quarter
    from milestones.store.schema import ProgressNote, QuarterInvestment

    def q3():
        with db.read() as s:
            pid = s.scalar(select(KeyProject.id).where(KeyProject.name == "重庆长滨"))
            row = s.scalar(select(QuarterInvestment).where(QuarterInvestment.project_id == pid,
                                                           QuarterInvestment.quarter == Quarter(2024, 3)))
            note = s.scalar(select(ProgressNote.text).where(ProgressNote.project_id == pid,
                                                            ProgressNote.quarter == Quarter(2024, 3)))
            return row.actual if row else None, note

    write(db, preview(db, read_import(_csv(tmp_path, "上半年.csv", "2024年上半年重点项目投资完成情况\n"
                                           "项目名称,一季度完成投资（万元）,二季度完成投资（万元）\n重庆长滨,8000,12000\n"))))
    july = _csv(tmp_path, "7月.csv", "渝中区2024年1-7月重点项目推进情况\n序号,项目名称,1-7月完成投资（万元）,形象进度\n"
                                   "1,重庆长滨,23000,主体施工\n")
    imp = preview(db, read_import(july))
    assert "第C列“1-7月完成投资（万元）”是截至7月底的累计：记入三季度（季度未完，以后的填报会更新它）" in [
        p.message for p in imp.tables[0].problems]
    write(db, imp)
    assert q3() == (0.3, "主体施工")
    september = _csv(tmp_path, "9月.csv", "渝中区2024年1-9月重点项目推进情况\n序号,项目名称,1-9月完成投资（万元）,形象进度\n"
                                        "1,重庆长滨,29000,主体结构封顶\n")
    write(db, preview(db, read_import(september)))
    assert q3() == (0.9, "主体结构封顶")
    # a month's report titled by its month, with "本年累计": the same, its month said
    august = _csv(tmp_path, "8月.csv", "渝中区2024年8月重点项目推进情况\n序号,项目名称,本月完成投资（万元）,本年累计完成投资（万元）,"
                                     "形象进度\n1,重庆长滨,500,28500,主体施工\n")
    imp = preview(db, read_import(august))
    assert "第D列“本年累计完成投资（万元）”是截至8月底的累计：记入三季度（季度未完，以后的填报会更新它）" in [
        p.message for p in imp.tables[0].problems]
    assert imp.diffs[0].changed[0]["quarter:2024Q3:actual"] == (0.9, 0.85)


def test_a_monthly_report_titled_to_the_end_of_its_month(db, tmp_path):
    # "截至2024年7月底重点项目推进情况" with 本年累计: July's report, as "2024年7月…" is. A July total that only repeats the
    # first half is said as July's ("截至2024年三季度" read as if the quarter were over)
    from milestones.ui.problem_text import english

    write(db, preview(db, read_import(_csv(tmp_path, "上半年.csv", "2024年上半年重点项目投资完成情况\n"
                                           "项目名称,一季度完成投资（万元）,二季度完成投资（万元）\n重庆长滨,8000,12000\n"))))
    july = _csv(tmp_path, "7月.csv", "截至2024年7月底重点项目推进情况\n序号,项目名称,本年累计完成投资（万元）,形象进度\n"
                                   "1,重庆长滨,20000,主体施工\n")
    imp = preview(db, read_import(july))
    messages = [p.message for p in imp.tables[0].problems]
    assert "第C列“本年累计完成投资（万元）”是截至7月底的累计：记入三季度（季度未完，以后的填报会更新它）" in messages
    repeated = ("截至2024年7月底的累计完成投资与此前各季度之和相同：视为2024年三季度尚未填报，不记为0"
                "（如2024年三季度确无投资，请在该季度完成投资中填0）")
    assert repeated in messages
    assert english(repeated).startswith("the investment to the end of “2024年7月底” only repeats")
    assert "quarter:2024Q3:progress" in imp.diffs[0].changed[0]  # its 形象进度 is the third quarter's
    assert "quarter:2024Q3:actual" not in imp.diffs[0].changed[0]


def test_a_quarters_own_figure_that_does_not_add_up_to_the_total_beside_it_is_said(db, tmp_path):
    # "三季度 | 1-9月累计": with the first two quarters in the database, the three do not make the total: one of the
    # figures was typed wrong. The quarter's own is written; the row says so, in the preview, before anything is
    from milestones.spreadsheet.importer import write
    from milestones.ui.problem_text import english

    q12 = _csv(tmp_path, "上半年.csv", "2024年上半年重点项目投资完成情况\n项目名称,一季度完成投资（万元）,二季度完成投资（万元）\n"
                                     "重庆长滨,2000,2000\n红楼宾馆综合改造,500,600\n")
    write(db, preview(db, read_import(q12)))
    q3 = _csv(tmp_path, "三季度.csv", "2024年三季度重点项目投资完成情况\n项目名称,2024年1-9月完成投资（万元）,\n,三季度,累计\n"
                                    "重庆长滨,3200,8500\n红楼宾馆综合改造,1200,2300\n")
    imp = preview(db, read_import(q3))
    said = [(p.row, p.severity, p.message) for p in imp.tables[0].problems if "不等于" in p.message]
    assert said == [(4, "warning", "截至2024年三季度的累计完成投资 0.85 亿元，不等于此前各季度的 0.4 亿元加2024年三季度的 "
                                   "0.32 亿元（0.72 亿元）：2024年三季度按表中的 0.32 亿元记入，请核对")]
    assert "is not the earlier quarters' 0.4" in english(said[0][2])
    changed = imp.diffs[0].changed
    assert [c["quarter:2024Q3:actual"] for c in changed.values()] == [(None, 0.32), (None, 0.12)]
    assert not imp.tables[0].errors  # a warning: the import goes on


def test_indicators_numbered_in_two_levels_have_their_upper_rows_as_categories(tmp_path):
    # "1 | 经济发展" over "1.1 | 地区生产总值增速": the upper rows were indicators with no target, named 经济发展
    src = _csv(tmp_path, "附件2.csv", "2024年主要指标预期目标\n序号,指标,单位,2024年目标\n1,经济发展,,\n"
                                      "1.1,地区生产总值增速,%,6左右\n1.2,固定资产投资增速,%,5\n2,民生保障,,\n"
                                      "2.1,城镇新增就业,万人,4.6\n")
    t, by_name = one_table(src)
    assert (t.kind, t.year) == ("indicator_targets", 2024)
    assert {n: r["category"] for n, r in by_name.items()} == {
        "地区生产总值增速": "经济发展", "固定资产投资增速": "经济发展", "城镇新增就业": "民生保障"}


def test_a_year_over_its_columns_without_a_merge(tmp_path):
    # a CSV cannot merge "2023年" over 目标 | 预计完成; it heads both all the same
    src = _csv(tmp_path, "附件2.csv",
               "附件2\n2024年主要预期目标建议表\n序号,指标,2023年,,2024年,属性\n,,目标,预计完成,预期目标,\n"
               "（一）经济发展,,,,,\n1,地区生产总值增长（%）,6左右,5.2,6左右,预期性\n"
               "2,城镇调查失业率（%）,5.5以内,5.3,5.5以内,约束性\n")
    imp = read_import(src)
    (t,) = imp.tables
    assert (t.kind, t.year, t.errors) == ("indicator_targets", 2024, [])
    r = _records(imp)
    assert (r["地区生产总值增长"]["previous_actual"], r["地区生产总值增长"]["target"]["text"]) == (5.2, "6左右")
    assert (r["城镇调查失业率"]["binding"], r["城镇调查失业率"]["unit"]) == (True, "%")


def test_a_name_like_a_listed_projects_is_said_before_it_is_added(db, tmp_path):
    # a quarterly report with "重庆长滨项目" for 重庆长滨 would add a project; the preview says so on its row
    src = _csv(tmp_path, "季报.csv",
               "2024年一季度重点项目投资完成情况\n项目名称,一季度完成投资（万元）\n"
               "重庆长滨项目,8000\n磨房巷片区整体更薪,3000\n全新的项目,1000\n")
    imp = preview(db, read_import(src))
    (t,) = imp.tables
    assert imp.diffs[0].counts()["new"] == 3 and not imp.has_errors  # said, not refused, not merged
    said = {p.text: p.message for p in t.problems if p.severity == "warning"}
    assert "“重庆长滨”相近" in said["重庆长滨项目"] and "“磨房巷片区整体更新”相近" in said["磨房巷片区整体更薪"]
    assert "全新的项目" not in said
    (p,) = [p for p in t.problems if p.text == "重庆长滨项目"]
    assert (p.row, p.column) == (3, "A")
    preview(db, imp)  # previewed again: said once, not twice
    assert [p.text for p in t.problems].count("重庆长滨项目") == 1


def test_a_review_of_the_measures_reports_what_was_reached(db, lo_files, tmp_path):
    # the year-end (or quarterly) review: 完成值 and 完成情况 beside each target of the plan
    from milestones.domain import Quarter
    from milestones.spreadsheet.export import export
    from milestones.spreadsheet.importer import write
    from milestones.store.dashboard import dashboard

    imp = preview(db, read_import(lo_files["measures-review-2024"]))
    (t,) = imp.tables
    assert (t.kind, t.year, len(t.records), t.errors) == ("measures", 2024, 3, [])
    r = _records(imp)
    forum = r["举办各类交流论坛及互动活动20场以上"]
    assert (forum["actual"], forum["actual_text"], forum["status"]) == (26, "已举办26场", "完成")
    assert imp.diffs[0].counts()["changed"] == 3 and imp.diffs[0].counts()["new"] == 0  # the plan's own targets
    write(db, imp)
    c = dashboard(db, 2024, Quarter(2024, 4)).measure_targets
    assert (c["met"], c["not_met"]) == (2, 1)  # 完成; 未完成; 16.2 ≥ 15 with no word: met by the figure
    out = tmp_path / "measures.xlsx"
    export(db, "measures", out)
    back = preview(db, read_import(out))
    assert back.diffs[0].counts()["changed"] == 0  # the review goes out with the plan and comes back
    assert _records(back)["签约正式合同额600亿元"]["status"] == "未完成"


def test_cells_merged_down_over_their_rows(lo_files):
    # a zone merged over its projects, a measure over its targets: every row gets the value
    imp = read_import(lo_files["key-projects-merged-2024"])
    (t,) = imp.tables
    assert t.errors == [] and not any("同一项" in p.message for p in t.problems)
    r = _records(imp)
    assert {n: (r[n]["zone"], r[n]["area"]) for n in ("合并甲", "合并乙", "合并丙", "合并丁")} == {
        "合并甲": ("东部", "解放碑中央商务区"), "合并乙": ("东部", "解放碑中央商务区"),  # 片区 here is the zone
        "合并丙": ("东部", "下半城历史风貌带"), "合并丁": ("西部", "大坪商圈")}
    imp = read_import(lo_files["measures-merged-2024"])
    (t,) = imp.tables
    assert (t.kind, len(t.records), t.errors) == ("measures", 4, [])
    m = _records(imp)
    assert m["签约正式合同额600亿元"]["measure"] == "全力投入成渝地区双城经济圈建设"
    assert m["签约正式合同额600亿元"]["responsible_unit"] == "区发展改革委"
    assert m["市外到位资金额180亿元"]["responsible_unit"] == "区投资促进中心"


def test_total_rows_are_not_projects(tmp_path):
    src = _csv(tmp_path, "合计.csv",
               "2024年重点项目计划表\n序号,项目名称,区域,总投资（亿元）\n,合计,,23\n一、东部片区,,,\n"
               ",东部片区小计（2个）,,15\n1,统计中心大楼,东部,10\n2,总计划甲,东部,5\n,其中：新开工项目,,5\n")
    imp = read_import(src)
    (t,) = imp.tables
    assert [r["name"] for r in t.records] == ["统计中心大楼", "总计划甲"]  # names that merely contain 计 stay
    said = [(p.row, p.text) for p in t.problems if p.message == "合计行，未导入"]
    assert said == [(3, "合计"), (5, "东部片区小计（2个）"), (8, "其中：新开工项目")]


def test_a_report_whose_title_names_the_quarter(db, tmp_path):
    # "本季度完成投资", "本年累计", "形象进度": the quarter is in the title only
    src = _csv(tmp_path, "二季度.csv",
               "2024年二季度重点项目推进情况\n项目名称,年度计划投资（万元）,本季度完成投资（万元）,"
               "本年累计完成投资（万元）,形象进度\n重庆长滨,40000,3000,5000,主体施工\n")
    imp = preview(db, read_import(src))
    (t,) = imp.tables
    assert t.records[0]["quarters"] == {"2024Q2": {"planned": None, "actual": 0.3, "progress": "主体施工",
                                                   "to_date": 0.5}}
    assert not any("没有对应的字段" in p.message for p in t.problems)
    # without a quarter in the title (or the file's name), a plain 形象进度 column says nothing about which quarter
    src = _csv(tmp_path, "重点项目表.csv", "2024年重点项目表\n项目名称,总投资（亿元）,形象进度\n重庆长滨,10,主体施工\n")
    (t,) = read_import(src).tables
    assert "quarters" not in t.records[0] and any("“形象进度”没有对应的字段" in p.message for p in t.problems)


def test_a_table_printed_over_pages_repeats_its_header_and_says_its_unit_above(db, lo_files):
    # "单位：万元" over the table, 投资情况 over 总投资 | 年度计划, 建设周期 over 开工 | 竣工,
    # and the two header rows again where the second page begins
    imp = read_import(lo_files["key-projects-printed-pages-2025"])
    (t,) = imp.tables
    assert (t.kind, t.year, t.errors) == ("key_projects", 2025, [])
    r = _records(imp)
    assert list(r) == ["长江索道改造", "人和街片区更新", "十八梯二期"]  # the repeated header is no project
    got = {n: (v["total_investment"], v["annual_investment"], v["start"], v["completion"]) for n, v in r.items()}
    assert got == {"长江索道改造": (3.0, 0.5, "2025Q1", "2025Q4"), "人和街片区更新": (5.6, 0.9, "2025Q2", "2026Q4"),
                   "十八梯二期": (12.0, 3.0, "2025Q3", "2027Q2")}
    skipped = [p.row for p in t.problems if "重复的表头行" in p.message]
    assert skipped == [7, 8]
    said = [p.message for p in t.problems if "以万元填报" in p.message]
    assert said == ["第C列“投资情况／总投资”以万元填报（表上注明“单位：万元”），已换算为亿元",
                    "第D列“投资情况／年度计划”以万元填报（表上注明“单位：万元”），已换算为亿元"]
    with db.session() as s:
        before = s.scalar(select(func.count()).select_from(KeyProject))
    preview(db, imp)
    write(db, imp)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(KeyProject)) == before + 3
        assert s.scalar(select(KeyProject.total_investment).where(KeyProject.name == "十八梯二期")) == 12.0


def test_units_on_their_own_row_under_the_header(lo_files):
    imp = read_import(lo_files["key-projects-units-row-2025"])
    (t,) = imp.tables
    assert (t.kind, t.year, t.errors) == ("key_projects", 2025, [])
    r = _records(imp)
    assert list(r) == ["解放碑步行街提档升级", "化龙桥片区城市更新"]  # the units row is neither data nor a class
    assert [(v["total_investment"], v["annual_investment"], v["class"]) for v in r.values()] == \
        [(12.5, 3.2, None), (45.0, 8.0, None)]


def test_a_note_saying_what_the_star_after_a_name_means(lo_files):
    # "注：带“★”的为约束性指标，其余为预期性指标" instead of a 属性 column
    imp = read_import(lo_files["fujian2-starred-2025"])
    (t,) = imp.tables
    assert (t.kind, t.year, len(t.records), t.errors) == ("indicator_targets", 2025, 4, [])
    got = {r["name"]: (r["unit"], r["binding"]) for r in t.records}
    assert got == {"地区生产总值增速": ("%", False), "固定资产投资增速": ("%", False),
                   "单位地区生产总值能耗降低": ("%", True), "空气质量优良天数": ("天", True)}
    assert any("带“★”的为约束性指标" in p.message for p in t.problems if p.severity == "info")


def test_a_star_without_a_note_is_taken_off_the_name_and_says_nothing_of_binding(tmp_path):
    path = _csv(tmp_path, "targets.csv", "2025年主要目标预期建议表\n序号,指标名称,单位,2025年目标\n"
                                         "1,地区生产总值增速*,%,6左右\n2,城镇新增就业,万人,4.6\n")
    (t,) = read_import(path).tables
    assert [(r["name"], r["binding"]) for r in t.records] == [("地区生产总值增速", None), ("城镇新增就业", None)]


def test_a_task_table_with_specific_measures_as_the_targets(lo_files):
    # 重点任务 | 具体措施 | 牵头单位 | 配合单位 | 完成时限: the 具体措施 are what is counted
    imp = read_import(lo_files["measures-tasks-2025"])
    (t,) = imp.tables
    assert (t.kind, t.year, len(t.records), t.errors) == ("measures", 2025, 3, [])
    got = [(r["measure"], r["text"], r["op"], r["value"], r["unit"], r["quarter"], r["responsible_unit"])
           for r in t.records]
    assert got == [("扩大有效投资", "新开工重点项目20个以上", "at_least", 20.0, "个", "2025Q4", "区发展改革委"),
                   ("提振消费", "举办促消费活动100场以上", "at_least", 100.0, "场", "2025Q2", "区商务委"),
                   ("优化营商环境", "新增市场主体1.2万户", "exact", 1.2, "万户", "2025Q4", "区市场监管局")]


def test_a_workbook_with_a_sheet_per_zone(tmp_path):
    from openpyxl import Workbook

    from tests.spreadsheet.conftest import convert

    wb = Workbook()
    wb.remove(wb.active)
    for zone, names in (("东部片区", ["朝天门整治", "解放碑地下环道"]), ("西部片区", ["化龙桥TOD"])):
        ws = wb.create_sheet(zone)
        ws.append(["2025年重点项目计划表"])
        ws.append(["序号", "项目名称", "总投资（亿元）", "开工时间", "竣工时间"])
        for i, name in enumerate(names, 1):
            ws.append([i, name, 10 + i, "2025Q1", "2026Q4"])
    wb.save(tmp_path / "zones.xlsx")
    out = tmp_path / "lo"
    convert([tmp_path / "zones.xlsx"], out, "xlsx")  # saved again by LibreOffice
    imp = read_import(out / "zones.xlsx")
    assert [(t.sheet, [(r["name"], r["zone"]) for r in t.records]) for t in imp.tables] == [
        ("东部片区", [("朝天门整治", "东部"), ("解放碑地下环道", "东部")]), ("西部片区", [("化龙桥TOD", "西部")])]


def _percent_workbook(path):
    """Percentages as Excel keeps them when a planner types "5.8%": 0.058 shown with 0.0%."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["2024年主要指标完成情况表"])
    ws.append(["序号", "指标名称", "单位", "2024年目标", "2024年完成", "完成情况"])
    ws.append([1, "地区生产总值增速", "%", "6%左右", 0.058, "基本完成"])
    ws.append([2, "城镇新增就业", "万人", 4.6, 5.1, "完成"])
    ws.append([3, "研发投入强度（%）", None, 0.025, 0.0275, "完成"])
    ws.append([4, "一般公共预算收入增速", "%", "与经济增长同步", 0.05, "完成"])
    for cell in ("E3", "D5", "E5"):
        ws[cell].number_format = "0.0%"
    ws["E6"].number_format = '0.00"%"'  # a literal % sign after the number, not a percentage
    wb.save(path)


def _percent_figures(imp):
    return {r["name"]: (r["target"]["value"], r["actual"]) for r in imp.tables[0].records}


def test_numbers_formatted_as_percentages_read_as_the_table_shows_them(tmp_path):
    from tests.spreadsheet.conftest import convert

    _percent_workbook(tmp_path / "pct.xlsx")
    out = tmp_path / "lo"
    convert([tmp_path / "pct.xlsx"], out, "xlsx")
    expected = {"地区生产总值增速": (6.0, 5.8), "城镇新增就业": (4.6, 5.1), "研发投入强度": (2.5, 2.75),
                "一般公共预算收入增速": (None, 0.05)}
    for path in (tmp_path / "pct.xlsx", out / "pct.xlsx"):  # as Excel-like openpyxl and LibreOffice save it
        imp = read_import(path)
        assert imp.tables[0].errors == []
        assert _percent_figures(imp) == expected, path


def test_the_openpyxl_fallback_reads_percentages_the_same(tmp_path, monkeypatch):
    from milestones.spreadsheet import read

    _percent_workbook(tmp_path / "pct.xlsx")

    def cannot(path, limits):
        raise RuntimeError("calamine cannot read this file")

    monkeypatch.setattr(read, "_parse_calamine", cannot)
    assert read.read_workbook(tmp_path / "pct.xlsx").reader == "openpyxl"
    assert _percent_figures(read_import(tmp_path / "pct.xlsx"))["研发投入强度"] == (2.5, 2.75)


def test_names_pasted_from_a_web_page_or_wrapped_in_their_cell_are_the_names(db, tmp_path):
    # a zero-width space from a web page and a line break where the cell wrapped are
    # not part of the name: the project already listed is matched, not added again
    from openpyxl import Workbook

    with db.session() as s:
        listed = s.scalars(select(KeyProject.name).order_by(KeyProject.id).limit(2)).all()
    wb = Workbook()
    ws = wb.active
    ws.append(["2024年重点项目计划表"])
    ws.append(["序号", "项目名称", "总投资（亿元）", "开工时间", "竣工时间"])
    ws.append([1, listed[0][:2] + "\u200b" + listed[0][2:], 1, "24年3月", "2024年中"])
    ws.append([2, listed[1][:3] + "\n" + listed[1][3:], 2, "2024.03", "25年底"])
    ws.append([3, "大坪正街\r\n（一期）", 2, "2024.03", "25年底"])  # Excel's line break, before a bracket
    wb.save(tmp_path / "pasted.xlsx")
    imp = read_import(tmp_path / "pasted.xlsx")
    (t,) = imp.tables
    assert t.errors == []
    assert [(r["name"], r["start"], r["completion"]) for r in t.records] == \
        [(listed[0], "2024Q1", "2024Q2"), (listed[1], "2024Q1", "2025Q4"), ("大坪正街（一期）", "2024Q1", "2025Q4")]
    preview(db, imp)
    assert imp.diffs[0].counts()["new"] == 1


def test_headings_targets_and_dates_pasted_from_a_web_page_read_without_their_invisible_characters(tmp_path):
    # a zero-width space (U+200B) or a byte-order mark inside a heading, a target or a date, as a table pasted from a
    # published page brings them, saved by LibreOffice: "项目\u200b名称" was no column ("找不到名称列"), "≥\u200b6" read
    # as exactly 6, "3\u200b" had the unit "\u200b", and the dates kept the character in their words
    from openpyxl import Workbook

    z = "\u200b"
    wb = Workbook()
    ws = wb.active
    ws.append([f"渝中区2024年{z}主要指标预期目标"])
    ws.append(["序号", f"指{z}标", f"单{z}位", f"2023年{z}预计完成", f"2024年{z}目标", f"属{z}性"])
    ws.append([1, f"地区生产总值{z}增速", "%", f"6{z}%", f"≥{z}6", f"预期{z}性"])
    ws.append([2, "城镇新增就业", "万人", "3.2", f"3{z}", "约束性"])
    wb.save(tmp_path / "指标.xlsx")
    wb = Workbook()
    ws = wb.active
    ws.append(["2024年重点项目计划表"])
    ws.append(["序号", f"项目{z}名称", f"总投资\ufeff（亿元）", "计划开工时间", "计划竣工时间", f"责任{z}单位"])
    ws.append([1, "化龙桥国际商务区二期", f"4{z}0", f"2024年{z}二季度", f"2027.{z}12", f"区发展改革委{z}"])
    wb.save(tmp_path / "项目.xlsx")
    convert([tmp_path / "指标.xlsx", tmp_path / "项目.xlsx"], tmp_path / "lo")

    t, by_name = one_table(tmp_path / "lo" / "指标.xlsx")
    assert (t.kind, t.year) == ("indicator_targets", 2024)
    growth, jobs = by_name["地区生产总值增速"], by_name["城镇新增就业"]
    assert growth["target"] == {"op": "at_least", "value": 6.0, "unit": "%", "text": "≥6"}
    assert (growth["binding"], growth["previous_actual"]) == (False, 6.0)
    assert jobs["target"] == {"op": "exact", "value": 3.0, "unit": "万人", "text": "3"}
    assert jobs["binding"] is True
    t, by_name = one_table(tmp_path / "lo" / "项目.xlsx")
    p = by_name["化龙桥国际商务区二期"]
    assert (p["total_investment"], p["start"], p["start_text"], p["completion"], p["completion_text"],
            p["responsible_unit"]) == (40.0, "2024Q2", "2024年二季度", "2027Q4", "2027.12", "区发展改革委")


def test_falls_within_a_ceiling_about_a_figure_and_counts_of_nothing_are_judged_as_the_table_means(db, tmp_path):
    # "下降3%以内" (a fall of at most 3 %) read as a fall of at least 3 %, "降低3%左右" judged met by a fall of 1 %
    # and not by 4 %, "0起" met by any count: each judged the other way round from the table's meaning
    from milestones.store.dashboard import dashboard

    path = _csv(tmp_path, "完成情况.csv", "附件1\n渝中区2024年主要指标完成情况\n序号,指标,单位,2024年目标,2024年完成\n"
                "1,单位地区生产总值能耗降低,%,下降3%以内,下降2.1%\n2,工业投资降幅,%,降幅控制在5%以内,-6.2\n"
                "3,重大安全生产事故,起,0,1\n4,PM2.5年均浓度,微克/立方米,降低3%左右,下降4%\n"
                "5,农村垃圾处理率,%,降低3%左右,下降1%\n")
    imp = read_import(path)
    (t,) = imp.tables
    assert (t.kind, t.year, t.errors) == ("indicator_results", 2024, [])
    before = dashboard(db, 2024).indicators
    write(db, preview(db, imp))
    after = dashboard(db, 2024).indicators
    # met: 能耗 (−2.1 % within 3 %), PM2.5 (−4 %, about 3 % or more); not met: 工业投资 (−6.2 % beyond 5 %),
    # 事故 (one where none may happen), 垃圾 (−1 %, short of about 3 %)
    assert (after["met"] - before["met"], after["not_met"] - before["not_met"]) == (2, 3)


def test_the_years_content_under_a_year_heading_is_the_years_goal_not_the_projects_content(tmp_path):
    # "2024年" merged over "计划投资 | 主要建设内容" beside 建设内容及规模: the lower heading alone was taken, so the
    # year's goal replaced each project's content and "三季度开工" in it dated nothing
    (tmp_path / "项目.html").write_text(
        '<html><head><meta charset="utf-8"></head><body><table border=1>'
        '<tr><td colspan=7>渝中区2024年区级重点项目投资计划表</td></tr>'
        '<tr><td rowspan=2>序号</td><td rowspan=2>项目名称</td><td rowspan=2>建设内容及规模</td>'
        '<td rowspan=2>建设起止年限</td><td rowspan=2>总投资（亿元）</td><td colspan=2>2024年</td></tr>'
        '<tr><td>计划投资（亿元）</td><td>主要建设内容</td></tr>'
        '<tr><td>1</td><td>解放碑步行街提档升级</td><td>改造街区面积5万平方米</td><td>2023-2025</td><td>15</td>'
        '<td>3</td><td>完成主体改造</td></tr>'
        '<tr><td>2</td><td>大坪医院改扩建</td><td>新增床位500张</td><td>2024-2026</td><td>20</td><td>2</td>'
        '<td>三季度开工</td></tr></table></body></html>', encoding="utf-8")
    convert([tmp_path / "项目.html"], tmp_path / "lo", infilter="HTML (StarCalc)")
    t, by_name = one_table(tmp_path / "lo" / "项目.xlsx")
    assert (t.kind, t.year) == ("key_projects", 2024)
    street, hospital = by_name["解放碑步行街提档升级"], by_name["大坪医院改扩建"]
    assert (street["content"], street["annual_investment"]) == ("改造街区面积5万平方米", 3.0)
    assert street["quarters"]["2024Q4"]["goal"] == "完成主体改造"  # a goal with no time: by the year's end
    assert (hospital["content"], hospital["start"], hospital["completion"]) == ("新增床位500张", "2024Q3", "2026Q4")
    assert hospital["quarters"]["2024Q3"]["goal"] == "三季度开工"


def test_the_area_a_title_names_is_the_area_of_the_projects_that_name_none(db, tmp_path):
    # "化龙桥片区2024年重点项目计划表", as an area's committee sends its list: its projects had no area (a sheet named so
    # gave one); a title's bracket naming no place ("（园区）", "（各街道）") gives none
    from tests.spreadsheet.conftest import workbook_file

    typed = tmp_path / "typed"
    typed.mkdir()
    head = ["序号", "板块", "项目名称", "总投资（亿元）"]
    workbook_file(typed / "一.xlsx", {"项目": [["化龙桥片区2024年重点项目计划表"], head, [1, None, "甲项目", 3],
                                                [2, "大坪", "乙项目", 2]]})
    workbook_file(typed / "二.xlsx", {"项目": [["2024年重点项目计划表（园区）"], head, [1, None, "丙项目", 1]]})
    convert([typed / "一.xlsx", typed / "二.xlsx"], tmp_path)
    t, by_name = one_table(tmp_path / "一.xlsx")
    assert (by_name["甲项目"]["area"], by_name["乙项目"]["area"]) == ("化龙桥片区", "大坪")
    assert "表题写明了板块“化龙桥片区”：表中没有写板块的项目记入该板块" in [p.message for p in t.problems]
    _, by_name = one_table(tmp_path / "二.xlsx")
    assert by_name["丙项目"].get("area") is None


def test_a_growth_target_is_held_against_the_growth_not_the_amount(db, lo_files):
    # 固定资产投资总额 (亿元), target 增长5%: 220.5 亿元 is not "5% met", its 4.8% growth is not met
    from milestones.store.dashboard import dashboard

    imp = read_import(lo_files["fujian1-growth-2024"])
    (t,) = imp.tables
    assert t.errors == []
    got = {r["name"]: (r["actual"], r["actual_text"], r["actual_growth"]) for r in t.records}
    assert got == {"固定资产投资总额": (220.5, "220.5、增长4.8%", 4.8), "工业投资": (30.1, "30.1、增长12%", 12.0),
                   "城镇新增就业": (5.1, None, None), "外贸进出口总额": (96.2, "96.2、下降2.1%", -2.1)}
    before = dashboard(db, 2024).indicators
    preview(db, imp)
    write(db, imp)
    c = dashboard(db, 2024).indicators
    # met: 工业投资 (12% ≥ 10%) and 城镇新增就业; not met: 固定资产投资总额 (4.8% < 5%), 外贸 (−2.1% < 3%)
    assert (c["met"] - before["met"], c["not_met"] - before["not_met"]) == (2, 2)


def test_an_amount_and_its_growth_survive_export_and_import(db, lo_files, tmp_path):
    from milestones.spreadsheet.export import export

    imp = read_import(lo_files["fujian1-growth-2024"])
    preview(db, imp)
    write(db, imp)
    out = tmp_path / "results.xlsx"
    export(db, "indicator_results", out, year=2024)
    again = preview(db, read_import(out))
    got = {r["name"]: (r["actual"], r["actual_text"]) for r in again.tables[0].records}
    # the 完成 column holds "220.5、增长4.8%": the amount is the figure, the growth stays in the words
    assert got["固定资产投资总额"] == (220.5, "220.5、增长4.8%")
    assert got["外贸进出口总额"] == (96.2, "96.2、下降2.1%")
    assert again.diffs[0].counts()["changed"] == 0


@pytest.mark.parametrize("fixture", ["measures-outline-2025", "measures-outline-numbered-2025"])
def test_a_task_list_written_as_an_outline(db, lo_files, fixture):
    # one column: 一、 a section, （一） a measure, 1. a target under it; no 目标 column
    imp = read_import(lo_files[fixture])
    (t,) = imp.tables
    assert (t.kind, t.year, t.errors) == ("measures", 2025, [])
    got = [(r["section_number"], r["measure"], r["text"], r["quarter"]) for r in t.records]
    assert ("一、坚持创新驱动发展", "提升科技创新能力") == (t.records[0]["section"], t.records[0]["measure"])
    assert got[0] == (1, "提升科技创新能力", "新培育高新技术企业20家", "2025Q4")
    assert got[-1] == (2, "扩大有效投资", "新开工重点项目20个以上", "2025Q3")
    assert {r["measure"] for r in t.records} <= {"提升科技创新能力", "壮大数字经济", "扩大有效投资"}
    preview(db, imp)
    write(db, imp)
    with db.session() as s:
        target = s.scalars(select(MeasureTarget).where(MeasureTarget.text == "新开工重点项目20个以上")).one()
        assert (target.value, target.measure.title) == (20.0, "扩大有效投资")


def test_a_flat_task_list_makes_each_task_its_own_measure(db, tmp_path):
    path = _csv(tmp_path, "tasks.csv", "2024年重点任务清单\n序号,重点任务,牵头单位,完成时限\n"
                                       "1,新开工重点项目20个以上,区发展改革委,三季度\n2,举办促消费活动100场以上,区商务委,6月底前\n"
                                       "3,十项惠民实事全部完成,区政府办,年底\n")  # "十项…" is no section heading
    imp = read_import(path)
    (t,) = imp.tables
    assert (t.kind, t.errors) == ("measures", [])
    assert [(r["measure"], r["text"], r["value"], r["quarter"]) for r in t.records] == [
        ("新开工重点项目20个以上", "新开工重点项目20个以上", 20.0, "2024Q3"),
        ("举办促消费活动100场以上", "举办促消费活动100场以上", 100.0, "2024Q2"),
        ("十项惠民实事全部完成", "十项惠民实事全部完成", None, "2024Q4")]
    preview(db, imp)
    write(db, imp)
    with db.session() as s:
        assert s.scalars(select(MeasureTarget).where(MeasureTarget.text == "举办促消费活动100场以上")).one().value == 100


def _with_instructions(path, table: bool):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "填报说明"
    for line in ("填报说明", "1.请于每季度结束后5日内报送。", "2.投资单位为亿元。"):
        ws.append([line])
    if table:
        ws = wb.create_sheet("重点项目")
        ws.append(["2024年重点项目表"])
        ws.append(["序号", "项目名称", "总投资（亿元）", "开工时间", "竣工时间"])
        ws.append([1, "说明页旁的项目", 3, "2024Q1", "2024Q4"])
    wb.save(path)


def test_a_sheet_of_instructions_beside_the_table_does_not_stop_the_import(tmp_path):
    from tests.spreadsheet.conftest import convert

    _with_instructions(tmp_path / "report.xlsx", table=True)
    convert([tmp_path / "report.xlsx"], tmp_path / "lo", "xlsx")
    r = subprocess.run([sys.executable, "-m", "milestones", "--db", str(tmp_path / "x.db"), "import",
                        str(tmp_path / "lo" / "report.xlsx")], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "工作表“填报说明”：没有表格，未导入" in r.stdout and "新增 1" in r.stdout
    # a workbook holding only instructions is still an error: there is nothing to import
    _with_instructions(tmp_path / "only.xlsx", table=False)
    imp = read_import(tmp_path / "only.xlsx")
    assert imp.has_errors and "找不到表头" in imp.tables[0].errors[0].message


def test_headings_that_name_a_field_by_another_word(lo_files):
    # 项目法人 is the owner (not the name), 新开工/续建 and 是否新开工 the nature (not the start)
    imp = read_import(lo_files["key-projects-headings-2025"])
    (t,) = imp.tables
    assert (t.kind, t.year, t.errors) == ("key_projects", 2025, [])
    got = [(r["name"], r["owner"], r["nature"], r["annual_investment"], r["start"]) for r in t.records]
    assert got == [("大坪正街提升", "区城投公司", "新开工", 2.0, "2025Q2"),
                   ("两路口枢纽二期", "区交通集团", "续建", 4.0, "2023Q4")]


def test_a_yes_no_new_start_column_says_the_nature(tmp_path):
    path = _csv(tmp_path, "p.csv", "2025年重点项目表\n序号,项目名称,是否新开工,总投资（亿元）,开工时间\n"
                                   "1,甲项目,是,3,2025Q2\n2,乙项目,否,5,2023Q4\n")
    (t,) = read_import(path).tables
    assert t.errors == []
    # 否 says it is not new: begun in 2023, it is 续建 (it had no nature, and the 续建 filter missed it)
    assert [(r["name"], r["nature"], r["start"]) for r in t.records] == [("甲项目", "新开工", "2025Q2"),
                                                                         ("乙项目", "续建", "2023Q4")]


@pytest.mark.parametrize("order", ["yes_no_first", "state_first"])
def test_a_yes_no_new_start_column_beside_the_projects_state(tmp_path, order):
    # "项目状态" was "the same as 是否新开工" and dropped: a project marked 否 and 在建 had no nature
    heads, rows = ["是否新开工", "项目状态"], [("是", "前期"), ("否", "在建"), ("否", "前期"), ("否", None)]
    if order == "state_first":
        heads, rows = heads[::-1], [r[::-1] for r in rows]
    body = "".join(f"{k},{n},{a or ''},{b or ''},3\n" for k, (n, (a, b)) in
                   enumerate(zip(["甲项目", "乙项目", "丙项目", "丁项目"], rows), start=1))
    path = _csv(tmp_path, "p.csv", f"2025年重点项目表\n序号,项目名称,{heads[0]},{heads[1]},总投资（亿元）\n{body}")
    (t,) = read_import(path).tables
    assert t.errors == []
    assert [r["nature"] for r in t.records] == ["新开工", "续建", "前期", None]
    yes_no, state = ("C", "D") if order == "yes_no_first" else ("D", "C")
    assert f"第{yes_no}列“是否新开工”填“否”的项目，建设性质按第{state}列“项目状态”导入" in [p.message for p in t.problems]
    assert not [p for p in t.problems if "是同一项" in p.message]


def test_an_indicator_table_with_a_responsible_unit_and_words_for_its_columns(tmp_path):
    # 牵头单位 is no unit of measure but who answers for the indicator; 上年完成 is the previous year's;
    # 约束性/预期性 the binding
    path = _csv(tmp_path, "t.csv", "2025年主要目标预期建议表\n"
                                   "序号,指标名称,计量单位,上年完成,2025年目标,约束性/预期性,牵头单位,与目标差距\n"
                                   "1,地区生产总值增速,%,5.5,6左右,预期性,区发展改革委,\n"
                                   "2,空气质量优良天数,天,320,≥300,约束性,区生态环境局,\n")
    (t,) = read_import(path).tables
    assert (t.kind, t.year, t.errors) == ("indicator_targets", 2025, [])
    got = [(r["name"], r["unit"], r["previous_actual"], r["target"]["value"], r["binding"]) for r in t.records]
    assert got == [("地区生产总值增速", "%", 5.5, 6.0, False), ("空气质量优良天数", "天", 320.0, 300.0, True)]
    assert [r["responsible_unit"] for r in t.records] == ["区发展改革委", "区生态环境局"]
    left = [p.message for p in t.problems if "没有对应的字段" in p.message]
    assert not any("牵头单位" in m for m in left) and any("与目标差距" in m for m in left)


def test_a_task_table_with_a_column_per_quarter(tmp_path):
    # 一季度 … 四季度 hold each target's steps, not dates: the import is not refused over them,
    # and a target is due by the last quarter that gives it a step
    path = _csv(tmp_path, "q.csv", "2025年重点任务分解表\n序号,重点任务,具体目标,牵头单位,一季度,二季度,三季度,四季度\n"
                                   "1,扩大有效投资,新开工重点项目20个以上,区发展改革委,完成谋划,开工8个,开工15个,开工20个\n"
                                   "2,优化营商环境,新增市场主体1.2万户,区市场监管局,新增3000户,新增1.2万户,,\n")
    (t,) = read_import(path).tables
    assert (t.kind, t.year, t.errors) == ("measures", 2025, [])
    assert [(r["text"], r["quarter"]) for r in t.records] == [("新开工重点项目20个以上", "2025Q4"),
                                                              ("新增市场主体1.2万户", "2025Q2")]
    assert any("各季度的进度安排" in p.message for p in t.problems)


def test_a_hand_drawn_timeline_gives_start_and_completion(lo_files):
    # what planners draw in Excel: a year merged over its quarters, a mark in each quarter of the span
    imp = read_import(lo_files["key-projects-hand-gantt-2024"])
    (t,) = imp.tables
    assert (t.kind, t.year, t.errors) == ("key_projects", 2024, [])
    got = [(r["name"], r["start"], r["completion"]) for r in t.records]
    assert got == [("甲横道项目", "2024Q1", "2024Q3"), ("乙横道项目", "2024Q3", "2025Q2"), ("丙横道项目", None, None)]
    assert any("横道图" in p.message for p in t.problems if p.severity == "info")


def test_quarter_columns_holding_figures_are_not_read_as_marks(tmp_path):
    path = _csv(tmp_path, "p.csv", "2025年重点项目表\n序号,项目名称,开工时间,一季度,二季度\n1,甲项目,2025Q2,0.5,1.2\n")
    (t,) = read_import(path).tables
    assert [(r["start"], r["completion"]) for r in t.records] == [("2025Q2", None)]


def test_footnote_marks_in_circles_are_not_digits(tmp_path):
    # "城镇新增就业①" with "注：①含…" below: NFKC alone would make it 城镇新增就业1 and "6%左右①" a target of 1
    path = _csv(tmp_path, "t.csv", "2025年主要目标预期建议表\n序号,指标名称,单位,2025年目标\n"
                                   "1,地区生产总值增速,%,6%左右①\n2,城镇新增就业②,万人,4.6\n"
                                   "注：①按可比价计算；②含灵活就业。\n")
    (t,) = read_import(path).tables
    assert t.errors == []
    assert [(r["name"], r["target"]["op"], r["target"]["value"]) for r in t.records] == [
        ("地区生产总值增速", "about", 6.0), ("城镇新增就业", "exact", 4.6)]


def test_an_indicator_monitoring_table_takes_the_latest_period(db, lo_files, tmp_path):
    # 一季度 | 上半年 | 前三季度 | 全年, each a total to that quarter's end: the latest one filled is the actual
    (t,) = read_import(lo_files["indicators-monitoring-2024"]).tables
    assert (t.kind, t.year, t.errors) == ("indicator_results", 2024, [])
    got = [(r["name"], r["actual"], r["actual_text"]) for r in t.records]
    assert got == [("地区生产总值增速", 5.8, None), ("社会消费品零售总额增速", 7.8, "前三季度:7.8"),
                   ("城镇新增就业", 1.2, "一季度:1.2")]
    # written to the database and exported, the period said comes back as it was
    from milestones.spreadsheet.export import export

    imp = preview(db, read_import(lo_files["indicators-monitoring-2024"]))
    write(db, imp)
    export(db, "indicator_results", tmp_path / "back.xlsx", year=2024)
    again = preview(db, read_import(tmp_path / "back.xlsx"))
    assert [(r["actual"], r["actual_text"]) for r in again.tables[0].records if r["name"] == "城镇新增就业"] == \
        [(1.2, "一季度:1.2")]
    assert again.diffs[0].counts()["changed"] == 0
    # a single "1-12月完成" column is the actual as before, with no period said
    path = _csv(tmp_path, "r.csv", "2024年主要目标完成情况表\n序号,指标名称,单位,年度目标,1-12月完成\n1,城镇新增就业,万人,4.6,5.1\n")
    (t,) = read_import(path).tables
    assert [(r["actual"], r["actual_text"]) for r in t.records] == [(5.1, None)]


def test_a_progress_rate_beside_the_months_figure_is_not_the_figure(lo_files):
    # "完成进度（%）" is the share of the year's target done (77.5): the actual is "1-9月完成" (1240)
    imp = read_import(lo_files["indicators-progress-2024"])
    (t,) = imp.tables
    assert (t.kind, t.year, t.errors) == ("indicator_results", 2024, [])
    got = [(r["name"], r["actual"], r["actual_text"], r["previous_actual"]) for r in t.records]
    assert got == [("地区生产总值", 1240.0, "1-9月:1240", 1600.0), ("规上工业增加值增速", 4.1, "1-9月:4.1", 3.2),
                   ("社会消费品零售总额", 700.0, "1-9月:700", 900.0)]
    assert any("完成进度" in p.message and p.severity == "info" for p in t.problems)  # said as not imported


def test_a_table_of_quarterly_nodes_gives_the_quarters_of_start_and_completion(lo_files):
    # 一季度…四季度 under "2024年季度工作节点": each quarter's goal kept; the quarter whose node is
    # 开工 is the start, the first saying 竣工/建成投用 the completion ("开工前准备", "主体完工" are neither)
    imp = read_import(lo_files["key-projects-nodes-2024"])
    (t,) = imp.tables
    assert (t.kind, t.year, t.errors) == ("key_projects", 2024, [])
    r = _records(imp)
    got = {n: (r[n]["zone"], r[n]["start"], r[n]["completion"]) for n in r}
    assert got == {"鹅岭二厂文创园二期": ("东部", "2024Q2", None), "化龙桥国际商务区": ("西部", None, "2024Q3"),
                   "大坪医院改扩建": ("中部", "2024Q3", None), "石油路管网改造": ("中部", "2024Q1", "2024Q4")}
    assert r["化龙桥国际商务区"]["quarters"]["2024Q4"]["goal"] == "投入使用"
    assert "2024Q1" not in r["大坪医院改扩建"]["quarters"]  # "—": nothing planned for that quarter
    assert not [p for p in t.problems if p.severity == "warning"]  # "渝中区东部" is 东部, said nowhere as wrong
    assert any("季度节点" in p.message for p in t.problems)


def test_a_task_with_several_targets_in_one_cell_gives_a_target_each(db, lo_files):
    # "全年引进项目100个以上，到位资金200亿元": two figures to follow, each scored on its own
    imp = preview(db, read_import(lo_files["measures-several-targets-2024"]))
    (t,) = imp.tables
    assert (t.kind, t.year, t.errors) == ("measures", 2024, [])
    got = [(r["measure"], r["subject"], r["op"], r["value"], r["unit"]) for r in t.records]
    # (全年 is when, no part of what the target counts)
    assert got == [("实施招商引资“一号工程”", "引进项目", "at_least", 100.0, "个"),
                   ("实施招商引资“一号工程”", "到位资金", "exact", 200.0, "亿元"),
                   ("培育市场主体", "新增市场主体", "exact", 1.2, "万户"),
                   ("推进城市更新", "完成老旧小区改造", "exact", 50.0, "万平方米")]
    assert t.rows == [4, 4, 5, 6]  # both on the row they came from
    write(db, imp)
    again = preview(db, read_import(lo_files["measures-several-targets-2024"]))
    assert again.diffs[0].counts()["new"] == 0 and again.diffs[0].counts()["changed"] == 0


def test_planned_completion_of_investment_is_the_plan_and_the_years_goal_is_due_by_its_end(tmp_path):
    # "2024年计划完成投资" is the year's plan (it was left out); "二季度计划完成投资" is planned, not
    # done; "年度目标" is what the project is to reach by the year's end: the fourth quarter's goal
    path = _csv(tmp_path, "p.csv", "2024年重点项目计划表\n序号,项目名称,总投资（亿元）,2024年计划完成投资（万元）,"
                                   "二季度计划完成投资（万元）,年度目标\n1,甲项目,10,20000,5000,主体完工\n")
    (t,) = read_import(path).tables
    assert t.errors == []
    (r,) = t.records
    assert (r["total_investment"], r["annual_investment"]) == (10.0, 2.0)
    assert r["quarters"] == {"2024Q2": {"planned": 0.5, "actual": None, "progress": None},
                             "2024Q4": {"planned": None, "actual": None, "progress": None, "goal": "主体完工"}}


def test_the_years_building_content_is_the_years_goal_not_the_projects(tmp_path):
    # "2024年主要建设内容" beside "建设内容及规模" replaced the project's content with the year's
    path = _csv(tmp_path, "p.csv", "2024年重点建设项目表\n序号,项目名称,建设内容及规模,总投资（亿元）,2024年主要建设内容\n"
                                   "1,甲项目,商业综合体12万平方米,35,主体结构封顶\n")
    (r,) = read_import(path).tables[0].records
    assert r["content"] == "商业综合体12万平方米"
    assert r["quarters"]["2024Q4"]["goal"] == "主体结构封顶"
    path = _csv(tmp_path, "q.csv", "2024年重点建设项目表\n序号,项目名称,主要建设内容,总投资（亿元）,年度建设内容\n"
                                   "1,甲项目,商业综合体,35,完成主体\n")
    (r,) = read_import(path).tables[0].records
    assert (r["content"], r["quarters"]["2024Q4"]["goal"]) == ("商业综合体", "完成主体")


def test_what_was_invested_before_the_year_is_kept_for_the_years_entry(db, tmp_path):
    # "截至2023年底累计完成投资" beside 总投资 and the year's plan: said to have no field and dropped
    path = _csv(tmp_path, "p.csv", "2024年重点建设项目表\n单位：万元\n序号,项目名称,总投资,截至2023年底累计完成投资,"
                                   "2024年计划投资\n1,甲项目,350000,120000,80000\n2,乙项目,60000,70000,10000\n"
                                   "3,丙项目,12000,,3000\n")
    imp = read_import(path)
    (t,) = imp.tables
    assert [r["invested_before"] for r in t.records] == [12.0, 7.0, None]  # 万元 → 亿元
    said = {(p.row, p.column, p.severity): p.message for p in t.problems}
    assert "大于总投资" in said[(5, "D", "warning")]  # 7 亿元 before the year of a 6 亿元 project
    write(db, preview(db, imp))
    with db.read() as s:
        entry = s.scalars(select(PlanEntry).join(KeyProject).where(KeyProject.name == "甲项目")).one()
        assert (entry.invested_before, entry.annual_investment) == (12.0, 8.0)
    # a changed figure next time is a change of that field; the same file again changes nothing
    path.write_text(path.read_text(encoding="utf-8").replace("120000", "125000"), encoding="utf-8")
    again = preview(db, read_import(path))
    assert again.diffs[0].counts()["changed"] == 1
    (fields,) = again.diffs[0].changed.values()
    assert fields == {"invested_before": (12.0, 12.5)}


@pytest.mark.parametrize("header, field", [
    ("截至上年底累计完成投资（亿元）", "invested_before"), ("以前年度累计完成投资", "invested_before"),
    ("累计完成投资（截至2023年底）", "invested_before"), ("开工至2023年底累计完成投资", "invested_before"),
    ("截至2024年底累计完成投资", None),  # the year's own investment is in it: no field for that
    ("开工以来累计完成投资", None),
    ("截至2023年底累计计划投资", None),  # a running plan: it was read as the year's planned investment
])
def test_the_words_for_what_was_invested_before_the_year(tmp_path, header, field):
    path = _csv(tmp_path, "p.csv", f"2024年重点项目表\n项目名称,总投资（亿元）,{header}\n甲项目,10,4\n")
    (t,) = read_import(path).tables
    assert t.year == 2024
    assert t.records[0].get("invested_before") == (4.0 if field else None)
    assert t.records[0]["annual_investment"] is None  # never the year's plan
    if field is None:
        assert any(p.message.startswith("第C列") and "未导入" in p.message for p in t.problems)


def test_a_table_whose_only_year_is_the_end_of_the_last_is_the_next_years(tmp_path):
    path = _csv(tmp_path, "p.csv", "重点项目表\n项目名称,总投资（亿元）,截至2023年底累计完成投资（亿元）,年度计划投资（亿元）\n"
                                   "甲项目,10,4,2\n")
    (t,) = read_import(path).tables
    assert (t.year, t.records[0]["invested_before"]) == (2024, 4.0)


@pytest.mark.parametrize("heading", ["2024年形象进度", "2024年底形象进度", "年度形象进度", "2024年建设目标",
                                     "形象进度目标"])
def test_the_years_progress_in_a_plan_is_its_goal_and_in_a_report_what_was_done(tmp_path, heading):
    # a plan's "2024年形象进度" is what the year is to reach (it was left out); a second-quarter
    # report's is what stands at the quarter's end
    path = _csv(tmp_path, "p.csv", f"2024年重点项目计划表\n项目名称,总投资（亿元）,{heading}\n甲项目,10,主体完工\n")
    (r,) = read_import(path).tables[0].records
    assert r["quarters"]["2024Q4"]["goal"] == "主体完工"
    report = _csv(tmp_path, "r.csv", "2024年二季度重点项目进展情况表\n项目名称,总投资（亿元）,2024年形象进度\n"
                                     "甲项目,10,主体施工中\n")
    (r,) = read_import(report).tables[0].records
    assert r["quarters"] == {"2024Q2": {"planned": None, "actual": None, "progress": "主体施工中"}}


def test_a_growth_beside_next_years_target_is_the_targets_not_a_result(tmp_path):
    # 附件2: "2024年预期目标 1730 | 增长（%） 6" was read as 6% growth reached in 2024, before the
    # year began; "2023年增长" beside 2023年预计完成 is last year's
    path = _csv(tmp_path, "t.csv", "2024年主要预期目标建议表\n指标名称,单位,2023年预计完成,2023年增长（%）,2024年预期目标,"
                                   "增长（%）\n地区生产总值,亿元,1631.3,5.2,1730,6\n城镇调查失业率,%,5.3,,5.5%以内,\n"
                                   "社会消费品零售总额增速,%,8,,,7.5\n")
    (t,) = read_import(path).tables
    gdp, jobless, retail = t.records
    assert gdp["target"] == {"op": "exact", "value": 1730.0, "unit": "亿元", "text": "1730（增长6%）"}
    assert (gdp["actual"], gdp["actual_text"], gdp["actual_growth"]) == (None, None, None)
    assert (gdp["previous_actual"], gdp["previous_actual_text"]) == (1631.3, "1631.3、增长5.2%")
    assert jobless["target"]["op"] == "at_most" and jobless["previous_actual"] == 5.3
    assert retail["target"] == {"op": "exact", "value": 7.5, "unit": "%", "text": "增长7.5%"}


def test_two_indicators_on_one_row_are_two(tmp_path):
    # "城镇登记失业率/城镇调查失业率" | "<4/<5.5" | "3.8/5.2": one indicator with the second target
    path = _csv(tmp_path, "p.csv", "2024年主要指标完成情况\n指标名称,单位,目标,完成\n"
                                   "城镇登记失业率/城镇调查失业率,%,<4/<5.5,3.8/5.2\nPM2.5年均浓度,微克/立方米,≤35,34\n")
    (t,) = read_import(path).tables
    assert [(r["name"], r["target"]["op"], r["target"]["value"], r["actual"]) for r in t.records] == [
        ("城镇登记失业率", "below", 4.0, 3.8), ("城镇调查失业率", "below", 5.5, 5.2), ("PM2.5年均浓度", "at_most", 35.0, 34.0)]


def test_footnote_marks_after_an_indicators_name_are_not_part_of_it(tmp_path):
    # "城镇新增就业¹" read half-width was "城镇新增就业1": a new indicator beside 城镇新增就业
    path = _csv(tmp_path, "t.csv", "2024年主要预期目标\n指标名称,单位,2024年目标\n城镇新增就业¹,万人,4.6\n"
                                   "地区生产总值①,%,6%左右\n一般公共预算收入（注1）,%,5\nPM2.5年均浓度,微克/立方米,35\n"
                                   "注1：按同口径计算。\n")
    (t,) = read_import(path).tables
    assert [r["name"] for r in t.records] == ["城镇新增就业", "地区生产总值", "一般公共预算收入", "PM2.5年均浓度"]
    # a mark as a reference ("[1]") or the note's word with its number ("注2") was kept in the name
    path = _csv(tmp_path, "u.csv", "2024年主要预期目标\n指标名称,单位,2024年目标\n城镇调查失业率[1],%,5.5以内\n"
                                   "研发经费投入强度注2,%,2.2\n居民人均可支配收入 [2],元,与经济增长同步\n"
                                   "注：[1]为年均值。注2：全社会口径。\n")
    (t,) = read_import(path).tables
    assert [r["name"] for r in t.records] == ["城镇调查失业率", "研发经费投入强度", "居民人均可支配收入"]


def test_rates_are_no_figures_and_a_total_to_a_quarters_last_month_is_that_quarters(tmp_path):
    # "占年度投资计划的比例" (45%) was read as the year's planned investment and "开工率" as the start;
    # "截至6月底累计完成投资" was left out
    path = _csv(tmp_path, "r.csv", "2024年1-6月重点项目进展情况\n项目名称,年度计划投资（亿元）,截至6月底累计完成投资（亿元）,"
                                   "占年度投资计划的比例,开工率\n甲项目,10,4.5,45%,100%\n")
    (t,) = read_import(path).tables
    assert t.errors == []
    (r,) = t.records
    assert (r["annual_investment"], r["start"]) == (10.0, None)
    assert r["quarters"]["2024Q2"]["to_date"] == 4.5
    # (a share the figures give is said so, not as a column nothing takes)
    assert {p.message for p in t.problems} >= {"第D列“占年度投资计划的比例”是由表中其他数算出的，未导入（程序按导入的数计算）",
                                              "第E列“开工率”没有对应的字段，未导入"}


def test_a_share_of_the_years_plan_is_no_figure_of_the_plan(tmp_path):
    # "完成年度计划(%)" before the year's planned investment was read as that investment (75 万元), and
    # the real one (60000 万元) dropped as a second copy; in an indicator table "完成年度计划" was the target
    path = _csv(tmp_path, "r.csv", "2024年重点项目1-9月推进情况表\n单位：万元\n序号,项目名称,完成年度计划(%),"
                                   "2024年计划投资,2024年1-9月完成投资\n1,甲项目,75,60000,45000\n")
    (t,) = read_import(path).tables
    assert t.errors == []
    (r,) = t.records
    assert (r["annual_investment"], r["quarters"]["2024Q3"]["to_date"]) == (6.0, 4.5)
    assert "第C列“完成年度计划(%)”是由表中其他数算出的，未导入（程序按导入的数计算）" in {p.message for p in t.problems}
    # (with no target column, 97.1 was the target of 地区生产总值: 97.1 亿元 against 1651.2 reached)
    path = _csv(tmp_path, "i.csv", "2023年主要指标完成情况\n指标名称,计量单位,完成年度计划,2023年完成\n"
                                   "地区生产总值,亿元,97.1,1651.2\n城镇新增就业,万人,108,2.7\n")
    t, by_name = one_table(path)
    assert [(r["target"], r["actual"]) for r in by_name.values()] == [(None, 1651.2), (None, 2.7)]
    # a task list's "目标完成比例(%)" is no target either, and "完成年度目标" still is one
    path = _csv(tmp_path, "m.csv", "2024年重点任务分解表\n序号,重点任务,完成年度目标,目标完成比例(%),责任单位\n"
                                   "1,推进招商引资,引进项目100个以上,80,区投资促进中心\n")
    t, by_text = one_table(path)
    assert list(by_text) == ["引进项目100个以上"]


def test_a_name_column_of_groups_and_their_indicators(lo_files):
    # "指标名称" over two columns: "基本社会保障" merged down beside its three indicators. Only the
    # group was read (with the first indicator's target), its other indicators were rows without a name
    (t,) = read_import(lo_files["indicators-two-level-names-2020"]).tables
    assert (t.kind, t.year, t.errors) == ("indicator_targets", 2020, [])
    assert [r["name"] for r in t.records] == [
        "地区生产总值", "服务业增加值占GDP比重", "城乡基本养老保险参保率", "城乡基本医疗保险参保率", "失业保险参保率",
        "每千人口执业(助理)医师数", "城市万人公交车拥有量", "行政村双车道四级公路覆盖率"]
    assert [r["category"] for r in t.records] == ["经济发展"] * 2 + ["人民生活"] * 6
    assert [r["target"]["value"] for r in t.records[1:]] == [53, 98, 98, 98, 2.5, 16, 90]
    # "翻一番" is the target; the brackets are a remark with a figure of their own, not 10 万元
    assert t.records[0]["target"]["op"] == "text"
    assert not [p for p in t.problems if p.severity != "info"]


def test_the_five_year_plans_target_beside_the_years_is_not_the_years(tmp_path):
    # "“十四五”规划目标（2025年）" made the table 2025's and its target the plan's end (2000 亿元);
    # "年均增长" is the plan period's average, not the year's growth
    path = _csv(tmp_path, "r.csv", "2024年主要指标完成情况\n序号,指标名称,单位,“十四五”规划目标（2025年）,2023年完成,"
                                   "2024年目标,2024年1-9月完成,年均增长\n1,地区生产总值,亿元,2000,1600,增长6%,1240,5.8\n")
    (t,) = read_import(path).tables
    assert (t.kind, t.year, t.errors) == ("indicator_results", 2024, [])
    (r,) = t.records
    assert (r["target"]["text"], r["actual"], r["previous_actual"], r["actual_growth"]) == ("增长6%", 1240.0, 1600.0, None)
    assert sum("没有对应的字段" in p.message for p in t.problems) == 2  # both said as not imported


def test_a_review_of_tasks_keeps_what_was_done_beside_each_target(tmp_path):
    # 推进情况 is what was done: its figure held against the target, its words kept
    path = _csv(tmp_path, "r.csv", "2024年重点任务推进情况\n序号,重点任务,目标任务,牵头单位,推进情况,完成情况\n"
                                   "1,培育市场主体,新增市场主体1.2万户,区市场监管局,1-9月新增市场主体1.05万户,序时推进\n"
                                   "2,推进城市更新,完成老旧小区改造50万平方米,区住房城乡建委,已完成改造52万平方米,完成\n")
    (t,) = read_import(path).tables
    assert (t.kind, t.year, t.errors) == ("measures", 2024, [])
    assert [(r["value"], r["actual"], r["actual_text"], r["status"]) for r in t.records] == [
        (1.2, 1.05, "1-9月新增市场主体1.05万户", "序时推进"), (50.0, 52.0, "已完成改造52万平方米", "完成")]


def test_a_summary_sheet_beside_the_list_is_said_and_left(db, tmp_path):
    # "汇总" (totals by zone, with or without a count) before "明细": its counts were read as
    # indicators named "20", "15"…, or its missing name column stopped the whole import
    import openpyxl

    from tests.spreadsheet.conftest import convert

    wb = openpyxl.Workbook()
    counts = wb.active
    counts.title = "汇总"
    counts.append(["2024年重点项目汇总表"])
    counts.append(["片区", "项目个数（个）", "总投资（亿元）", "年度计划投资（亿元）"])
    for row in (["东部片区", 20, 300, 60], ["西部片区", 10, 150, 30], ["合计", 30, 450, 90]):
        counts.append(row)
    totals = wb.create_sheet("分片区")
    totals.append(["片区", "总投资（亿元）", "年度计划投资（亿元）"])
    totals.append(["东部片区", 300, 60])
    detail = wb.create_sheet("明细")
    detail.append(["2024年重点项目明细表"])
    detail.append(["序号", "项目名称", "片区", "总投资（亿元）", "年度计划投资（亿元）", "计划开工", "计划竣工"])
    detail.append([1, "甲项目", "东部片区", 10, 2, "2024年一季度", "2025年四季度"])
    wb.save(tmp_path / "book.xlsx")
    convert([tmp_path / "book.xlsx"], tmp_path / "lo")  # saved again by LibreOffice
    imp = preview(db, read_import(tmp_path / "lo" / "book.xlsx"))
    assert not imp.has_errors
    summary, by_zone, listed = imp.tables
    assert (summary.records, by_zone.records) == ([], [])
    assert [p.severity for t in (summary, by_zone) for p in t.problems] == ["info", "info"]
    assert "汇总表" in summary.problems[0].message
    assert [(r["name"], r["zone"]) for r in listed.records] == [("甲项目", "东部")]


def test_projects_counted_by_class_are_a_summary_not_indicators(db, tmp_path):
    # "项目类别 | 项目数量 | 年度计划投资 | 1-9月完成投资" under "…分类完成情况表" was read as a results
    # table of indicators named "产业高地项目"
    path = _csv(tmp_path, "s.csv", "2024年重点建设项目年度计划投资分类完成情况表\n单位：亿元\n"
                                   "项目类别,项目数量,2024年年度计划投资,1-9月完成投资,投资计划完成率\n"
                                   "合计,211,405.34,297,73.27%\n产业高地项目,94,254.35,202.55,79.63%\n")
    imp = preview(db, read_import(path))
    (t,) = imp.tables
    assert t.records == [] and imp.has_errors  # alone, it is no table to import: said, nothing written
    (p,) = t.problems
    assert (p.column, p.text) == ("B", "项目数量") and "汇总表" in p.message


def test_a_table_of_districts_side_by_side_is_said_to_have_no_figures_of_the_plan(tmp_path):
    # "指标 | 单位 | 全市 | 渝中区 | 江北区": imported as bare names without a word
    path = _csv(tmp_path, "c.csv", "2024年1-9月各区主要经济指标对比\n指标,单位,全市,渝中区,江北区\n"
                                   "地区生产总值,亿元,22000,1200,1500\n")
    (t,) = read_import(path).tables
    assert any(p.severity == "warning" and "只能导入指标名称" in p.message for p in t.problems)


def test_the_parts_of_a_package_project_are_counted_with_it(tmp_path):
    # "1 城市更新打包项目" then "1.1 甲片区更新", "1.2 乙片区更新": the list counts the package once;
    # its parts were imported beside it and its 30 亿元 counted twice
    path = _csv(tmp_path, "p.csv", "2024年重点项目计划表\n序号,项目名称,总投资（亿元）,年度计划投资（亿元）,计划开工\n"
                                   "1,城市更新打包项目,30,10,2024Q1\n1.1,甲片区更新,10,4,2024Q1\n"
                                   "1.2,乙片区更新,20,6,2024Q2\n2,丙项目,5,2,2024Q3\n")
    (t,) = read_import(path).tables
    assert [r["name"] for r in t.records] == ["城市更新打包项目", "丙项目"]
    parts = [p for p in t.problems if "子项目" in p.message]
    assert [(p.row, p.column, p.text, p.severity) for p in parts] == [(4, "A", "1.1", "info"), (5, "A", "1.2", "info")]
    assert "城市更新打包项目" in parts[0].message


_PACKAGE_UNDATED = ("2024年重点项目计划表\n序号,项目名称,区域,总投资（亿元）,2024年计划投资（亿元）,计划开工,计划竣工\n"
                    "1,城市更新打捆项目,中部,12,5,,\n1-1,七星岗老旧小区改造,中部,4,2,2024年二季度,2024年四季度\n"
                    "1-2,大溪沟片区更新,中部,8,3,2024年一季度,2025年四季度\n2,解放碑地下环道,东部,30,6,2023年三季度,2026年四季度\n")


def test_a_package_with_no_dates_runs_from_its_parts_first_start_to_their_last_completion(tmp_path):
    # the package had no dates, its parts (which had them) are not imported: it was left off the timeline and out
    # of the quarter's starts; and the nature said of "2 projects starting in 2024" counted the two parts left out
    (t,) = read_import(_csv(tmp_path, "p.csv", _PACKAGE_UNDATED)).tables
    got = {r["name"]: (r["start"], r["completion"], r["nature"]) for r in t.records}
    assert got == {"城市更新打捆项目": ("2024Q1", "2025Q4", "新开工"), "解放碑地下环道": ("2023Q3", "2026Q4", "续建")}
    said = [(p.row, p.column, p.message) for p in t.problems if "打包项目没有写" in p.message]
    assert said == [(3, "B", "打包项目没有写开工时间：取其子项目最早的开工，2024年一季度"),
                    (3, "B", "打包项目没有写完工时间：取其子项目最晚的完工，2025年四季度")]
    (natures,) = [p.message for p in t.problems if "建设性质" in p.message]
    assert "1个项目记作续建（开工早于2024年）、1个记作新开工（2024年开工）" in natures
    from milestones.ui.problem_text import english

    assert english(said[0][2]) == "the package project states no start: its parts' earliest is taken, 2024 Q1"


def test_a_packages_dates_taken_from_its_parts_do_not_overwrite_the_planners(db, tmp_path):
    from milestones.store.changes import update_row

    path = _csv(tmp_path, "p.csv", _PACKAGE_UNDATED)
    write(db, preview(db, read_import(path)))
    with db.read() as s:
        package = s.scalars(select(KeyProject).where(KeyProject.name == "城市更新打捆项目")).one()
        assert (str(package.planned_start), str(package.planned_completion)) == ("2024Q1", "2025Q4")
    update_row(db, "key_project", package.id, {"planned_start": "2024Q2"})  # the planner knows better
    imp = preview(db, read_import(path))
    assert imp.diffs[0].counts()["changed"] == 0
    write(db, imp)
    with db.read() as s:
        assert str(s.get(KeyProject, package.id).planned_start) == "2024Q2"


_PACKAGE_UNFIGURED = ("2024年重点项目计划表\n序号,项目名称,区域,总投资（亿元）,年度计划投资（亿元）,一季度计划投资,"
                      "二季度计划投资,三季度计划投资,四季度计划投资,计划开工,计划竣工\n"
                      "1,城市更新打包项目,东部,,,,,,,2024年三季度,2026年四季度\n"
                      "1.1,甲片区更新,东部,10,4,1,1,1,1,2024年3月,2026年12月\n"
                      "1.2,乙片区更新,东部,5,2,,0.5,0.5,1,2024年6月,2025年12月\n"
                      "2,丙项目,西部,8,3,0.5,1,1,0.5,2023年3月,2025年12月\n")


def test_a_packages_blank_figures_are_its_parts_sums(tmp_path):
    # the parts are "按打包项目计入" and not imported; the package's row left its investment blank (the figures on the
    # parts' rows), so 15 亿元 of total, 6 of the year's plan and every quarter's were counted nowhere
    src = _csv(tmp_path, "p.csv", _PACKAGE_UNFIGURED)
    convert([src], tmp_path, "xlsx")  # as LibreOffice saves it
    (t,) = read_import(tmp_path / "p.xlsx").tables
    package, other = t.records
    assert (package["total_investment"], package["annual_investment"]) == (15.0, 6.0)
    assert [package["quarters"][f"2024Q{n}"]["planned"] for n in range(1, 5)] == [1.0, 1.5, 1.5, 2.0]
    assert (package["start"], other["annual_investment"]) == ("2024Q3", 3.0)  # its own date stands; others untouched
    said = [(p.row, p.column, p.message) for p in t.problems if "打包项目没有写" in p.message]
    assert said == [(3, "D", "打包项目没有写总投资：取其2个子项目的合计，15亿元"),
                    (3, "E", "打包项目没有写年度计划投资：取其2个子项目的合计，6亿元"),
                    (3, "B", "打包项目没有写各季度投资：取其子项目各季度的合计")]
    from milestones.ui.problem_text import english

    assert english(said[0][2]) == "the package project states no total investment: the sum of its 2 parts' is " \
                                  "taken, 15 (100 million yuan)"
    # a package stating its own figures keeps them: its parts' are within them
    own = _PACKAGE_UNFIGURED.replace("1,城市更新打包项目,东部,,,,,,,", "1,城市更新打包项目,东部,20,7,2,2,2,1,")
    (t,) = read_import(_csv(tmp_path, "own.csv", own)).tables
    package = t.records[0]
    assert (package["total_investment"], package["annual_investment"], package["quarters"]["2024Q1"]["planned"]) \
        == (20.0, 7.0, 2.0) and not [p for p in t.problems if "打包项目没有写" in p.message]


def test_a_packages_figures_from_its_parts_do_not_overwrite_the_planners(db, tmp_path):
    from milestones.store.changes import update_row
    from milestones.store.schema import PlanEntry, QuarterInvestment

    path = _csv(tmp_path, "p.csv", _PACKAGE_UNFIGURED)
    write(db, preview(db, read_import(path)))
    with db.read() as s:
        package = s.scalars(select(KeyProject).where(KeyProject.name == "城市更新打包项目")).one()
        entry = s.scalars(select(PlanEntry).where(PlanEntry.project_id == package.id)).one()
        assert (package.total_investment, entry.annual_investment) == (15.0, 6.0)
        quarters = {q.quarter.q: q.planned for q in s.scalars(select(QuarterInvestment)
                                                                .where(QuarterInvestment.project_id == package.id))}
        assert quarters == {1: 1.0, 2: 1.5, 3: 1.5, 4: 2.0}
    # the planner knows better: the package's own figures
    update_row(db, "key_project", package.id, {"total_investment": 18})
    update_row(db, "plan_entry", entry.id, {"annual_investment": 7})
    with db.session() as s:
        s.execute(update(QuarterInvestment).where(QuarterInvestment.project_id == package.id)
                  .values(planned=QuarterInvestment.planned + 0.25))
    imp = preview(db, read_import(path))
    assert imp.diffs[0].counts()["changed"] == 0
    write(db, imp)
    with db.read() as s:
        assert s.get(KeyProject, package.id).total_investment == 18.0
        assert s.get(PlanEntry, entry.id).annual_investment == 7.0
        assert sorted(q.planned for q in s.scalars(select(QuarterInvestment)
                                                   .where(QuarterInvestment.project_id == package.id))) == \
            [1.25, 1.75, 1.75, 2.25]


def test_a_packages_own_goals_stand_where_its_parts_sums_are_not_taken(db, tmp_path):
    # the package holds its own quarters' figures: the parts' sums are not written, its own goals from the list are
    from milestones.store.schema import Milestone, QuarterInvestment

    text = ("2024年重点项目计划表\n序号,项目名称,一季度计划投资,二季度计划投资,一季度形象进度目标\n"
            "1,城市更新打包项目,,,完成立项\n1.1,甲片区更新,1,1,\n1.2,乙片区更新,0.5,0.5,\n")
    write(db, preview(db, read_import(_csv(tmp_path, "p.csv", text.replace("完成立项", "前期准备")))))
    with db.session() as s:
        pid = s.scalar(select(KeyProject.id).where(KeyProject.name == "城市更新打包项目"))
        s.execute(update(QuarterInvestment).where(QuarterInvestment.project_id == pid).values(planned=2))
    write(db, preview(db, read_import(_csv(tmp_path, "p2.csv", text))))
    with db.read() as s:
        assert set(s.scalars(select(QuarterInvestment.planned).where(QuarterInvestment.project_id == pid))) == {2.0}
        goals = set(s.scalars(select(Milestone.name).where(Milestone.project_id == pid)))
    assert "完成立项" in goals


def test_headings_numbered_in_the_number_column_head_their_projects(tmp_path):
    # "1 | 东部片区" above "1.1 | 甲项目": the zone heading was a project named 东部片区
    path = _csv(tmp_path, "p.csv", "2024年重点项目计划表\n序号,项目名称,总投资（亿元）,年度计划投资（亿元）\n"
                                   "1,东部片区（2个）,,\n1.1,甲项目,10,4\n1.2,乙项目,20,6\n2,中部片区,,\n2.1,丙项目,5,2\n")
    (t,) = read_import(path).tables
    assert [(r["name"], r["zone"]) for r in t.records] == [("甲项目", "东部"), ("乙项目", "东部"), ("丙项目", "中部")]
    assert not [p for p in t.problems if "子项目" in p.message]
    # with its subtotal on the heading's row it is still a heading: its projects are not its parts
    path = _csv(tmp_path, "s.csv", "2024年重点项目计划表\n序号,项目名称,总投资（亿元）,年度计划投资（亿元）\n"
                                   "1,东部片区（2个）,30,10\n1.1,甲项目,10,4\n1.2,乙项目,20,6\n2,续建项目（1个）,5,2\n"
                                   "2.1,丙项目,5,2\n")
    (t,) = read_import(path).tables
    assert [(r["name"], r["zone"], r["nature"]) for r in t.records] == [
        ("甲项目", "东部", None), ("乙项目", "东部", None), ("丙项目", None, "续建")]
    assert [p.row for p in t.problems if p.message == "分类小计行，未导入"] == [3, 6]


def test_a_task_list_with_a_step_per_month_is_due_by_its_last_step(tmp_path):
    # "3月 | 6月 | 9月 | 12月" over each task's steps: the columns were "no field" and the tasks had no deadline
    path = _csv(tmp_path, "m.csv", "2024年重点任务推进计划表\n序号,重点任务,目标任务,责任单位,3月,6月,9月,12月\n"
                                   "1,推进城市更新,完成老旧小区改造50万平方米,区住房城乡建委,完成方案,开工20万平方米,,全部完工\n"
                                   "2,培育市场主体,新增市场主体1.2万户,区市场监管局,0.3万户,0.6万户,,\n")
    (t,) = read_import(path).tables
    assert [r["quarter"] for r in t.records] == ["2024Q4", "2024Q2"]
    assert any("各月的进度安排" in p.message for p in t.problems)


def test_a_projects_steps_by_month_are_its_quarters_goals(tmp_path):
    # "3月 | 6月 | 9月 | 12月" holding the project's steps: every cell was refused as "not a number"
    path = _csv(tmp_path, "k.csv", "2024年重点项目推进计划表\n序号,项目名称,总投资（亿元）,3月,6月,9月,12月\n"
                                   "1,甲项目,10,完成设计,开工建设,主体施工,主体封顶\n")
    (t,) = read_import(path).tables
    assert t.errors == []
    (r,) = t.records
    assert {q: v["goal"] for q, v in r["quarters"].items()} == {
        "2024Q1": "完成设计", "2024Q2": "开工建设", "2024Q3": "主体施工", "2024Q4": "主体封顶"}
    assert r["start"] == "2024Q2"  # the quarter whose step is 开工
    # a quarter's steps in several months are its goal together; 开工 among them starts the project
    path = _csv(tmp_path, "m.csv", "2024年重点项目推进计划表\n序号,项目名称,总投资（亿元）,4月,5月,6月,7月,8月,9月\n"
                                   "1,甲项目,10,手续办理,开工建设,,,主体施工,\n")
    (r,) = read_import(path).tables[0].records
    assert {q: v["goal"] for q, v in r["quarters"].items()} == {"2024Q2": "手续办理、开工建设", "2024Q3": "主体施工"}
    assert r["start"] == "2024Q2"
    # (figures by month stay the month's investment, summed by quarter: the 分月投资计划 test below)


def test_a_yes_no_column_of_the_projects_level(tmp_path):
    # "是否市级重点项目" (是/否) was a column with no field
    path = _csv(tmp_path, "l.csv", "2024年区级重点项目名单\n序号,项目名称,是否市级重点项目,总投资(万元)\n"
                                   "1,甲项目,是,35000\n2,乙项目,否,12000\n")
    (t,) = read_import(path).tables
    assert [(r["name"], r["level"]) for r in t.records] == [("甲项目", "市级重点"), ("乙项目", "区级重点")]
    path = _csv(tmp_path, "n.csv", "2024年重点项目名单\n序号,项目名称,是否市级重点项目\n1,甲项目,是\n2,乙项目,否\n")
    assert [r["level"] for r in read_import(path).tables[0].records] == ["市级重点", None]  # 否 and no list named


def test_two_attachments_one_under_the_other_on_a_sheet_are_two_tables(db, lo_files):
    # 附件1 above 附件2 on one sheet: the second header was read as a row of the first,
    # and its indicators as duplicates of the first table's
    imp = preview(db, read_import(lo_files["indicators-two-annexes-2024"]))
    assert not imp.has_errors
    results, targets = imp.tables
    assert (results.kind, results.year, results.annex, len(results.records)) == ("indicator_results", 2023, "附件1", 2)
    assert (targets.kind, targets.year, targets.annex, len(targets.records)) == ("indicator_targets", 2024, "附件2", 3)
    assert targets.sheet == "Sheet1（附件2）" and targets.rows == [11, 12, 13]  # the rows as the sheet numbers them
    assert [r["target"]["text"] for r in targets.records] == ["6左右", "2.5以上", "与经济增长同步"]
    write(db, imp)
    again = preview(db, read_import(lo_files["indicators-two-annexes-2024"]))
    assert [d.counts()["changed"] + d.counts()["new"] for d in again.diffs.values()] == [0, 0]


def test_a_figure_not_known_yet_is_said_not_refused(tmp_path):
    # "待定" in 年度计划投资: the project is listed, its figure comes later; "很多" is still an error
    path = _csv(tmp_path, "p.csv", "2024年重点项目表\n序号,项目名称,总投资（亿元）,年度计划投资（亿元）\n"
                                   "1,甲项目,10,待定\n2,乙项目,待核定,1\n3,丙项目,很多,1\n")
    (t,) = read_import(path).tables
    assert [(r["name"], r["total_investment"], r["annual_investment"]) for r in t.records] == [
        ("甲项目", 10.0, None), ("乙项目", None, 1.0)]
    assert [(p.row, p.column, p.severity) for p in t.problems if p.text in ("待定", "待核定", "很多")] == [
        (3, "D", "warning"), (4, "C", "warning"), (5, "C", "error")]


def test_the_figure_reached_said_only_in_the_completion_column_is_the_actual(db, tmp_path):
    # no 完成 column: "完成6.1%，超目标0.1个百分点" under 完成情况 is the actual, its words kept
    from milestones.store.dashboard import dashboard

    path = _csv(tmp_path, "r.csv", "2024年主要指标完成情况\n序号,指标,单位,2024年目标,完成情况\n"
                                   "1,地区生产总值增长,%,6左右,完成6.1%，超目标0.1个百分点\n"
                                   "2,城镇新增就业,万人,2.5,完成2.8万人\n3,单位GDP能耗下降,%,完成市下达任务,完成\n"
                                   "4,社会消费品零售总额增长,%,7,增长5.2%，未完成\n")
    before = dashboard(db, 2024).indicators
    imp = preview(db, read_import(path))
    (t,) = imp.tables
    assert (t.kind, t.errors) == ("indicator_results", [])
    assert [(r["actual"], r["status"]) for r in t.records] == [(6.1, None), (2.8, None), (None, "完成"),
                                                                (5.2, "未完成")]
    assert t.records[0]["actual_text"] == "完成6.1%，超目标0.1个百分点"
    write(db, imp)
    c = dashboard(db, 2024).indicators
    # the two figures judged against their targets (6.1 about 6, 2.8 ≥ 2.5) and the two words as written
    assert (c["met"] - before["met"], c["not_met"] - before["not_met"]) == (3, 1)


def test_a_column_naming_what_each_target_counts_is_its_subject(db, lo_files, tmp_path):
    # 量化指标 | 单位 | 2024年目标: "新增市场主体" was dropped as a second target column and the target
    # read as a bare "1.2"; it is the subject, and the target reads as the plan would write it
    from milestones.spreadsheet.export import export

    imp = preview(db, read_import(lo_files["measures-quantified-2024"]))
    (t,) = imp.tables
    assert (t.kind, t.year, t.errors) == ("measures", 2024, [])
    got = [(r["subject"], r["text"], r["op"], r["value"], r["unit"], r["quarter"]) for r in t.records]
    assert got == [("新增市场主体", "新增市场主体1.2万户", "exact", 1.2, "万户", "2024Q4"),
                   ("老旧小区改造面积", "老旧小区改造面积50万平方米以上", "at_least", 50.0, "万平方米", "2024Q4"),
                   ("到位资金", "到位资金200亿元", "exact", 200.0, "亿元", "2024Q4")]
    assert not [p for p in t.problems if "是同一项" in p.message]
    write(db, imp)
    export(db, "measures", tmp_path / "back.xlsx", year=2024)
    again = preview(db, read_import(tmp_path / "back.xlsx"))
    assert again.diffs[0].counts()["changed"] == 0 and again.diffs[0].counts()["new"] == 0


def test_area_headings_under_zone_headings_give_both(lo_files, tmp_path):
    # "一、东部片区" over "（一）解放碑—朝天门板块": the sub-heading reset the zone and became the class
    imp = read_import(lo_files["key-projects-area-headings-2024"])
    (t,) = imp.tables
    assert t.errors == []
    got = [(r["name"], r["zone"], r["area"], r["class"]) for r in t.records]
    assert got == [("甲项目", "东部", "解放碑—朝天门板块", None), ("乙项目", "东部", "下半城历史风貌带", None),
                   ("丙项目", "西部", "化龙桥片区", None), ("丁项目", "西部", None, "产业项目")]
    # unnumbered headings: an area heading is a part of the zone above it; another heading ends the zone
    path = _csv(tmp_path, "p.csv", "2024年重点项目计划表\n序号,项目名称,总投资（亿元）\n东部片区,,\n"
                                   "解放碑板块（2个）,,\n1,甲项目,10\n民生项目,,\n2,乙项目,5\n")
    (t,) = read_import(path).tables
    assert [(r["zone"], r["area"], r["class"]) for r in t.records] == [("东部", "解放碑板块", None),
                                                                        (None, None, "民生项目")]


def test_actual_dates_beside_the_planned_ones_are_the_actual_dates(lo_files, tmp_path):
    # "开工时间" over 计划 | 实际: the actual column was taken for a second planned one and dropped
    (t,) = read_import(lo_files["key-projects-planned-and-actual-dates-2024"]).tables
    assert t.errors == []
    got = [(r["name"], r["start"], r["actual_start"], r["completion"], r["actual_completion"]) for r in t.records]
    assert got == [("甲项目", "2024Q1", "2024Q2", "2025Q4", None), ("乙项目", "2023Q3", "2023Q3", "2024Q3", "2024Q3")]
    # and written as one heading: 实际竣工时间, 开工时间（实际）
    path = _csv(tmp_path, "p.csv", "2024年重点项目表\n序号,项目名称,开工时间（计划）,开工时间（实际）,计划竣工时间,实际竣工时间\n"
                                   "1,甲项目,2024Q1,2024Q2,2025Q4,\n")
    (t,) = read_import(path).tables
    (r,) = t.records
    assert (r["start"], r["actual_start"], r["completion"], r["actual_completion"]) == ("2024Q1", "2024Q2", "2025Q4", None)


def test_a_later_years_outlook_beside_the_target_does_not_make_the_table_that_years(tmp_path):
    # "2024年…建议表" with 2024年目标 | 2025年展望目标: the table is 2024's and its target 2024's
    path = _csv(tmp_path, "t.csv", "2024年经济社会发展主要目标预期建议表\n序号,指标,单位,2023年预计完成,2024年目标,"
                                   "2025年展望目标\n1,地区生产总值增长,%,5.2,6左右,6\n")
    (t,) = read_import(path).tables
    assert (t.kind, t.year) == ("indicator_targets", 2024)
    assert [(r["target"]["text"], r["previous_actual"]) for r in t.records] == [("6左右", 5.2)]


def test_a_tables_own_section_is_not_filed_under_the_plans_section_of_that_number(db, lo_files, tmp_path):
    # "一、推动经济高质量发展" went under the plan's (一) 更好落实重大战略部署 because both are number one
    from milestones.store.schema import Measure, Section

    write(db, preview(db, read_import(lo_files["measures-several-targets-2024"])))
    path = _csv(tmp_path, "m.csv", "2024年重点任务\n序号,工作任务,目标要求\n一、更好落实重大战略部署,,\n"
                                   "1,加密对外通道,新开通国际航线3条\n")  # the plan's own section, shortened
    write(db, preview(db, read_import(path)))
    with db.session() as s:
        placed = dict(s.execute(select(Measure.title, Section.title).join(Section)).all())
        numbers = [n for (n,) in s.execute(select(Section.number))]
    assert placed["实施招商引资“一号工程”"] == "推动经济高质量发展"
    assert placed["加密对外通道"].startswith("更好落实重大战略部署")
    assert len(numbers) == len(set(numbers))  # the new section took a number of its own


def test_a_hidden_sheet_is_left_and_said(db, tmp_path):
    # an old copy of the table hidden beside it, and the lists behind the drop-downs: they were
    # imported too (the old copy's figures over the new ones)
    import openpyxl

    from tests.spreadsheet.conftest import convert

    wb = openpyxl.Workbook()
    now = wb.active
    now.title = "2024年"
    for row in (["2024年重点项目表"], ["序号", "项目名称", "总投资（亿元）"], [1, "甲项目", 12]):
        now.append(row)
    old = wb.create_sheet("2023年（旧）")
    for row in (["2024年重点项目表"], ["序号", "项目名称", "总投资（亿元）"], [1, "甲项目", 10]):
        old.append(row)
    old.sheet_state = "hidden"
    lists = wb.create_sheet("下拉选项")
    for row in (["区域", "性质"], ["东部", "新开工"], ["西部", "续建"]):
        lists.append(row)
    lists.sheet_state = "veryHidden"
    wb.save(tmp_path / "book.xlsx")
    convert([tmp_path / "book.xlsx"], tmp_path / "lo")
    for path in (tmp_path / "book.xlsx", tmp_path / "lo" / "book.xlsx"):
        imp = preview(db, read_import(path))
        assert not imp.has_errors
        assert [(t.sheet, t.hidden, len(t.records)) for t in imp.tables] == [
            ("2024年", False, 1), ("2023年（旧）", True, 0), ("下拉选项", True, 0)]
        assert imp.tables[0].records[0]["total_investment"] == 12.0
        assert all(p.severity == "info" and "隐藏" in p.message for t in imp.tables[1:] for p in t.problems)
    # a workbook whose only table is on a hidden sheet (the sheet shown is empty) is read all the same
    wb.remove(now)
    wb.create_sheet("Sheet1", 0)
    wb.active = 0
    wb.save(tmp_path / "only.xlsx")
    (t, _lists) = read_import(tmp_path / "only.xlsx").tables
    assert t.records[0]["total_investment"] == 10.0


def test_october_typed_as_a_number_is_said_to_be_read_as_january(tmp_path):
    # "2024.10" typed into a number cell is the number 2024.1: January is read, and the planner told (where the
    # list writes March "2024.3"; one writing "2024.03" has its 2024.1 as October: test_import_mangled_cells)
    import openpyxl

    wb = openpyxl.Workbook()
    for row in (["2024年重点项目表"], ["序号", "项目名称", "计划开工", "计划竣工"], [1, "甲项目", 2024.3, 2024.1],
                [2, "乙项目", 2024.5, 2025.12]):
        wb.active.append(row)
    wb.save(tmp_path / "p.xlsx")
    (t,) = read_import(tmp_path / "p.xlsx").tables
    assert [(r["start"], r["completion"]) for r in t.records] == [("2024Q1", "2024Q1"), ("2024Q2", "2025Q4")]
    (said,) = [p for p in t.problems if p.severity == "warning"]
    assert (said.row, said.column, said.text) == (3, "D", "2024.1") and "10月" in said.message
    # the same sheet saved by LibreOffice as CSV keeps the number as shown, "2024.1": said as well (it was read as
    # January without a word); typed as text in a workbook, "2024.1" is what the planner wrote
    from tests.spreadsheet.conftest import convert

    convert([tmp_path / "p.xlsx"], tmp_path / "csv", "csv:Text - txt - csv (StarCalc):44,34,76")
    (t,) = read_import(tmp_path / "csv" / "p.csv").tables
    assert [(r["start"], r["completion"]) for r in t.records] == [("2024Q1", "2024Q1"), ("2024Q2", "2025Q4")]
    (said,) = [p for p in t.problems if p.severity == "warning"]
    assert (said.row, said.column, said.text) == (3, "D", "2024.1") and "10月" in said.message


def test_a_year_of_two_digits_before_the_month_is_read_in_a_workbook_and_its_csv(tmp_path):
    # "24.3", the shorthand of "2024.3", typed into a number cell or as text, refused the row and so the list;
    # 24.1 may be 24.10 saved as a number, said as 2024.1 is; "13.5" in a 2024 list is no date of it
    import openpyxl

    wb = openpyxl.Workbook()
    for row in (["2024年重点项目表"], ["序号", "项目名称", "计划开工", "计划竣工"], [1, "甲项目", 24.3, 25.6],
                [2, "乙项目", "23.05", 24.1]):
        wb.active.append(row)
    wb.save(tmp_path / "p.xlsx")
    from tests.spreadsheet.conftest import convert

    convert([tmp_path / "p.xlsx"], tmp_path / "csv", "csv:Text - txt - csv (StarCalc):44,34,76")
    for path in (tmp_path / "p.xlsx", tmp_path / "csv" / "p.csv"):
        (t,) = read_import(path).tables
        assert [(r["start"], r["completion"]) for r in t.records] == [("2024Q1", "2025Q2"), ("2023Q2", "2024Q1")]
        (said,) = [p for p in t.problems if p.severity != "info"]
        assert (said.row, said.column, said.text) == (4, "D", "24.1") and "2024年10月" in said.message, path
    path = _csv(tmp_path, "x.csv", "2024年重点项目表\n序号,项目名称,计划开工\n1,甲项目,13.5\n")
    assert [(p.row, p.column, p.severity) for p in read_import(path).tables[0].problems] == [(3, "C", "error")]


def test_a_lists_numbering_typed_into_the_names_is_not_part_of_them(db, tmp_path):
    # "1.重庆长滨", "2、…", "（3）…" with no 序号 column: 重庆长滨 was added as a new project
    path = _csv(tmp_path, "p.csv", "2024年重点项目表\n项目名称,总投资（亿元）,计划开工\n1.重庆长滨,10,2024Q1\n"
                                   "2、红楼宾馆综合改造,5,2024Q2\n（3）新项目丙,3,2024Q3\n")
    imp = preview(db, read_import(path))
    assert [r["name"] for r in imp.tables[0].records] == ["重庆长滨", "红楼宾馆综合改造", "新项目丙"]
    assert imp.diffs[0].counts()["new"] == 1
    # a name that begins with a number among plain names keeps it
    path = _csv(tmp_path, "q.csv", "2024年重点项目表\n序号,项目名称,总投资（亿元）\n1,重庆长滨,10\n2,1、2号楼改造,5\n"
                                   "3,新项目丙,3\n")
    assert [r["name"] for r in read_import(path).tables[0].records] == ["重庆长滨", "1、2号楼改造", "新项目丙"]
    path = _csv(tmp_path, "i.csv", "2024年主要指标完成情况\n指标,单位,目标,完成\n（1）地区生产总值增长,%,6,6.1\n")
    assert read_import(path).tables[0].records[0]["name"] == "地区生产总值增长"
    path = _csv(tmp_path, "m.csv", "2024年重点任务分解\n重点任务,目标任务\n1.培育市场主体,新增市场主体1.2万户\n")
    assert read_import(path).tables[0].records[0]["measure"] == "培育市场主体"


def _results_then_targets(db, path, done: int):
    """``path`` previewed: read without errors as ``done``'s results and the next year's targets."""
    imp = preview(db, read_import(path))
    assert not imp.has_errors
    results, targets = imp.tables
    assert (results.kind, results.year, targets.kind, targets.year) == (
        "indicator_results", done, "indicator_targets", done + 1)
    return imp, results, targets


def test_one_table_of_a_years_results_and_the_next_years_targets_is_both(db, lo_files):
    # "2023年完成情况及2024年预期目标": 2023年 over 目标 | 完成, then 2024年目标. It was read as 2023's
    # targets and the 2024 targets were dropped; it is 2023's results and 2024's targets
    imp, results, targets = _results_then_targets(db, lo_files["indicators-results-and-targets-2023"], 2023)
    assert [(r["target"]["text"], r["actual"]) for r in results.records] == [("6左右", 5.2), ("4.5", 5.16),
                                                                             ("300", 295.0)]
    assert [(r["target"]["text"], r["previous_actual"]) for r in targets.records] == [("6左右", 5.2), ("4.6", 5.16),
                                                                                      ("300", 295.0)]
    write(db, imp)
    again = preview(db, read_import(lo_files["indicators-results-and-targets-2023"]))
    assert [d.counts()["new"] + d.counts()["changed"] for d in again.diffs.values()] == [0, 0]
    # a kind chosen by the planner reads one table, as asked
    assert len(read_import(lo_files["indicators-results-and-targets-2023"], kind="indicator_results").tables) == 1
    # each table says it is half of the one table, not that the other half's columns were left out
    for t in imp.tables:
        assert t.problems[0].message == "本表是2023年的完成情况和2024年的目标：分为两表导入"
        assert not [p for p in t.problems if "此列未导入" in p.message]


def test_last_years_standing_is_not_the_next_years_in_a_table_of_both(db, tmp_path):
    # "2023年" over 目标 | 完成 | 完成情况, then 2024年预期目标: the 2024 targets took 2023's 完成情况, so each of
    # 2024's indicators stood "完成" before the year began
    from milestones.store.dashboard import dashboard

    (tmp_path / "指标.html").write_text(
        '<html><head><meta charset="utf-8"></head><body><table border=1>'
        '<tr><td colspan=7>渝中区2023年主要指标完成情况及2024年预期目标</td></tr>'
        '<tr><td rowspan=2>序号</td><td rowspan=2>指标名称</td><td rowspan=2>单位</td><td colspan=3>2023年</td>'
        '<td rowspan=2>2024年预期目标</td></tr><tr><td>目标</td><td>完成</td><td>完成情况</td></tr>'
        '<tr><td>1</td><td>地区生产总值增速（测试）</td><td>%</td><td>6左右</td><td>6.1</td><td>完成</td><td>6左右</td></tr>'
        '<tr><td>2</td><td>城镇调查失业率（测试）</td><td>%</td><td>5.5以内</td><td>5.8</td><td>未完成</td><td>5.5以内</td>'
        '</tr></table></body></html>', encoding="utf-8")
    convert([tmp_path / "指标.html"], tmp_path / "lo", infilter="HTML (StarCalc)")
    imp, results, targets = _results_then_targets(db, tmp_path / "lo" / "指标.xlsx", 2023)
    assert [r["status"] for r in results.records] == ["完成", "未完成"]
    assert [(r["previous_actual"], r.get("status")) for r in targets.records] == [(6.1, None), (5.8, None)]
    before = dashboard(db, 2024).indicators
    write(db, imp)
    after = dashboard(db, 2024).indicators
    assert (after["met"], after["not_met"]) == (before["met"], before["not_met"])  # 2024's not judged yet


def test_a_table_titled_as_the_report_is_of_execution_and_the_draft_plan_is_both(db, lo_files):
    # "…2024年…计划执行情况与2025年计划草案主要指标表" over 2024年目标 | 2024年预计完成 | 2025年目标: read as 2024's targets
    # (the title's first year), the 2025 targets dropped; it is 2024's results and 2025's targets
    _, results, targets = _results_then_targets(db, lo_files["indicators-execution-and-draft-2025"], 2024)
    assert [(r["target"]["text"], r["actual"]) for r in results.records] == [
        ("6左右", 6.1), ("4.6", 5.0), ("完成市下达任务", None)]
    assert [(r["target"]["text"], r["previous_actual"]) for r in targets.records] == [
        ("5.5左右", 6.1), ("4.8", 5.0), ("完成市下达任务", None)]


def test_a_neutral_title_leaves_results_and_targets_to_the_header(tmp_path):
    # "主要经济指标" over 2023年 目标 | 完成 and 2024年 目标: read as 2024's targets, 2023's target dropped;
    # with 预计完成 (an estimate) it stays one table of targets, as a 附件2 is
    import openpyxl

    for done, tables in (("完成", 2), ("预计完成", 1)):
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.append(["渝中区主要经济指标"])
        ws.append(["指标名称", "单位", "2023年", None, "2024年"])
        ws.append([None, None, "目标", done, "目标"])
        for r in ("A2:A3", "B2:B3", "C2:D2"):
            ws.merge_cells(r)
        ws.append(["城镇新增就业", "万人", 4, 5.16, 4.6])
        wb.save(tmp_path / "t.xlsx")
        imp = read_import(tmp_path / "t.xlsx")
        assert len(imp.tables) == tables, done
        if tables == 2:
            results, targets = imp.tables
            assert (results.year, results.records[0]["target"]["value"], results.records[0]["actual"]) == (2023, 4, 5.16)
            assert (targets.year, targets.records[0]["target"]["value"]) == (2024, 4.6)


def test_a_list_of_projects_with_packages_levels_and_what_was_invested_before(db, lo_files):
    # the district's list as offices publish it: 单位：万元 above, a package with its parts, 是否市级重点,
    # 截至2023年底累计完成投资 and the year's building content beside the project's
    imp = preview(db, read_import(lo_files["key-projects-list-with-packages-2024"]))
    (t,) = imp.tables
    assert (t.kind, t.year, t.annex, t.errors) == ("key_projects", 2024, "附件3", [])
    got = {r["name"]: r for r in t.records}
    assert list(got) == ["城市更新打包项目", "解放碑步行街提档升级", "化龙桥片区城市更新"]
    assert [(r["nature"], r["level"], r["total_investment"], r["invested_before"], r["annual_investment"])
            for r in got.values()] == [("续建", "市级重点", 30.0, 8.0, 10.0), ("续建", "区级重点", 6.0, 2.0, 4.0),
                                       ("新开工", "区级重点", 12.0, None, 3.0)]
    assert got["城市更新打包项目"]["content"] == "老旧小区改造"
    assert got["城市更新打包项目"]["quarters"]["2024Q4"]["goal"] == "完成改造50万平方米"
    assert (got["化龙桥片区城市更新"]["start_text"], got["化龙桥片区城市更新"]["completion"]) == ("2024年", "2026Q4")
    assert len([p for p in t.problems if "子项目" in p.message]) == 2
    write(db, imp)
    with db.read() as s:
        entry = s.scalars(select(PlanEntry).join(KeyProject).where(KeyProject.name == "城市更新打包项目")).one()
        assert (entry.invested_before, entry.level) == (8.0, "市级重点")


def test_a_附件2_with_each_years_growth(lo_files):
    # 2023年 预计完成 | 增长 and 2024年 预期目标 | 增长 under merged years: the 2024 growth is the target's,
    # the 2023 growth last year's; the footnote mark is not part of the name
    (t,) = read_import(lo_files["fujian2-growth-targets-2024"]).tables
    assert (t.kind, t.year, t.errors) == ("indicator_targets", 2024, [])
    gdp, retail, jobless = t.records
    assert gdp["name"] == "地区生产总值"
    assert gdp["target"] == {"op": "exact", "value": 1730.0, "unit": "亿元", "text": "1730（增长6%）"}
    assert (gdp["actual"], gdp["actual_growth"]) == (None, None)
    assert (gdp["previous_actual"], gdp["previous_actual_text"]) == (1631.3, "1631.3、增长5.2%")
    assert retail["target"]["text"] == "1520（增长7.5%）"
    assert jobless["target"]["op"] == "at_most" and jobless["previous_actual"] == 5.3


def test_the_total_over_its_parts_is_the_total(lo_files):
    # 总投资 over 合计 | 其中：政府投资 | 社会投资: 合计 is the total; the parts say where its money comes from, kept
    # in the 备注 (since session 69; they were said as parts of it and left out)
    (t,) = read_import(lo_files["key-projects-investment-parts-2024"]).tables
    assert t.errors == []
    assert [(r["total_investment"], r["annual_investment"]) for r in t.records] == [(10.0, 3.0), (5.0, 2.0)]
    assert [r["notes"] for r in t.records] == ["资金来源：政府投资4亿元，社会投资6亿元", "资金来源：政府投资5亿元"]
    assert "第D至E列是项目的资金来源：没有对应的字段，记入项目的备注" in [p.message for p in t.problems]


def test_an_indicator_named_like_one_held_is_said_before_it_is_added(db, tmp_path):
    # "地区生产总值增长" for the 地区生产总值增速 the plan holds would be a second indicator
    path = _csv(tmp_path, "r.csv", "2024年主要指标完成情况\n序号,指标,单位,目标,完成\n1,地区生产总值增长,%,6左右,6.1\n"
                                   "2,城镇新增就业人数,万人,4.6,5.0\n3,全新指标甲,%,5,5\n4,地区生产总值,亿元,1700,1720\n")
    imp = preview(db, read_import(path))
    said = {p.text: p.message for p in imp.tables[0].problems if p.severity == "warning"}
    assert "地区生产总值增速" in said["地区生产总值增长"] and "城镇新增就业" in said["城镇新增就业人数"]
    assert "全新指标甲" not in said and "地区生产总值" not in said  # an amount is not its growth
    assert imp.diffs[0].similar == {0: "地区生产总值增速", 1: "城镇新增就业"}


def test_an_indicator_under_its_short_name_is_said_like_the_one_held(db, tmp_path):
    # a bureau's table says "GDP增速", "社零额增长", "全区固定资产投资增速", "实际利用外资增长" for the plan's
    # 地区生产总值增速, 社会消费品零售总额增速, 固定资产投资总额增速, 实际使用外资(FDI)增速: one indicator each,
    # said beside the plan's name; "人均GDP" and GDP itself (an amount) are not its growth
    path = _csv(tmp_path, "r.csv", "2024年主要指标完成情况\n序号,指标,单位,目标,完成\n1,GDP增速,%,6左右,6.1\n"
                                   "2,社零额增长,%,7.5,8\n3,全区固定资产投资增速,%,5,5.2\n4,实际利用外资增长,%,5,3\n"
                                   "5,人均GDP,万元,15,15.2\n6,GDP,亿元,1700,1720\n")
    imp = preview(db, read_import(path))
    assert imp.diffs[0].similar == {0: "地区生产总值增速", 1: "社会消费品零售总额增速", 2: "固定资产投资总额增速",
                                    3: "实际使用外资(FDI)增速"}
    # "R&D经费投入" for the plan's 全社会研发经费投入 (with the district's word before it)
    path = _csv(tmp_path, "rd.csv", "2024年主要指标完成情况\n序号,指标,单位,目标,完成\n1,R&D经费投入,亿元,12,12.5\n")
    assert preview(db, read_import(path)).diffs[0].similar == {0: "全社会研发经费投入"}


def test_a_quarterly_plan_that_does_not_add_up_to_the_year_is_said(lo_files):
    # 分季度投资计划 over 一季度 … 四季度 (万元): each quarter's plan; four quarters that do not add up to
    # the 年度计划 are a warning on the row (a quarter left empty is not judged)
    (t,) = read_import(lo_files["key-projects-quarterly-plan-2024"]).tables
    assert t.errors == []
    r = {rec["name"]: rec for rec in t.records}
    assert [r["甲项目"]["quarters"][f"2024Q{n}"]["planned"] for n in range(1, 5)] == [0.3, 0.5, 0.6, 0.6]
    (said,) = [p for p in t.problems if p.severity == "warning"]
    assert (said.row, said.column) == (6, "D") and "合计 1.1 亿元" in said.message


def test_a_deadline_in_stages_or_before_an_event_is_read_and_said(tmp_path):
    # "6月、12月", "上半年完成50个、全年完成100个": due by the last; "2024年9月开学前": by that month
    path = _csv(tmp_path, "m.csv", "2024年重点任务分解表\n序号,重点任务,目标任务,完成时限\n1,任务甲,新增市场主体1.2万户,\"6月、12月\"\n"
                                   "2,任务丙,引进项目100个,上半年完成50个、全年完成100个\n3,任务丁,新建学校2所,2024年9月开学前\n"
                                   "4,任务戊,新增绿地5公顷,明年某时\n")
    (t,) = read_import(path).tables
    assert [(r["measure"], r["quarter"]) for r in t.records] == [("任务甲", "2024Q4"), ("任务丙", "2024Q4"),
                                                                  ("任务丁", "2024Q3")]
    said = {p.row: (p.severity, p.message) for p in t.problems}
    # "2024年9月开学前" is a date as it is (by September), read as one with nothing to say
    assert said[3] == ("info", "完成时限按“2024年12月”记入") and 5 not in said
    assert said[6][0] == "error"  # 明年某时 names no date: refused as before


def test_a_total_row_with_its_word_in_the_number_column_is_a_total_row(tmp_path):
    # "合计" under 序号 with the name cell empty was "a project without a name"
    path = _csv(tmp_path, "p.csv", "2024年重点项目表\n序号,项目名称,总投资（亿元）\n1,甲项目,10\n2,乙项目,5\n合计,,15\n")
    (t,) = read_import(path).tables
    assert [r["name"] for r in t.records] == ["甲项目", "乙项目"]
    assert [(p.row, p.message, p.severity) for p in t.problems] == [(5, "合计行，未导入", "info")]


def test_the_forms_filler_line_above_the_header_is_not_the_title(tmp_path):
    # "填报单位（盖章）：… 填报日期：2024年7月5日" is longer than the title and was taken for it:
    # the quarter the title names was lost, and 本季度完成投资 with it
    path = _csv(tmp_path, "q.csv", "附件3\n2024年重点项目二季度推进情况表\n"
                                   "填报单位（盖章）：渝中区发展和改革委员会        填报人：张三        填报日期：2024年7月5日\n"
                                   "序号,项目名称,总投资（亿元）,本季度完成投资（亿元）,形象进度\n1,重庆长滨,10,0.5,主体施工\n")
    (t,) = read_import(path).tables
    assert t.title == "2024年重点项目二季度推进情况表"
    assert t.records[0]["quarters"]["2024Q2"]["actual"] == 0.5


def test_the_forms_signatures_below_the_table_end_it(tmp_path):
    # "单位负责人：赵六 | 制表人：李四" under the last project was read as a project named 制表人:李四
    path = _csv(tmp_path, "p.csv", "2024年重点项目表\n序号,项目名称,总投资（亿元）\n1,甲项目,10\n2,审核中心建设,3\n"
                                   "单位负责人：赵六,制表人：李四,\n")
    (t,) = read_import(path).tables
    assert [r["name"] for r in t.records] == ["甲项目", "审核中心建设"]  # a name that begins like one is a name


def test_a_years_investment_is_the_years_and_an_estimate_the_total(tmp_path):
    # "2024年投资" was read as the project's total; "估算投资" was left out
    path = _csv(tmp_path, "p.csv", "2024年重点项目表\n序号,项目名称,估算投资（亿元）,2024年投资（亿元）\n1,甲项目,10,2\n")
    (t,) = read_import(path).tables
    assert [(r["total_investment"], r["annual_investment"]) for r in t.records] == [(10.0, 2.0)]


def test_a_numbered_list_of_targets_in_one_cell_gives_a_target_each(tmp_path):
    # "1.…；2.…" and "（1）…⏎（2）…" in one 目标任务 cell: the second kept its "2." as its subject, and
    # the lines of the second were joined into one target of "3个"
    path = _csv(tmp_path, "m.csv", "2024年重点任务分解表\n序号,重点任务,目标任务\n"
                                   "1,培育市场主体,\"1.新增市场主体1.2万户；2.引进项目100个\"\n"
                                   "2,推进城市更新,\"（1）完成老旧小区改造50万平方米\n（2）新建公园3个\"\n")
    (t,) = read_import(path).tables
    assert t.errors == []
    assert [(r["measure"], r["subject"], r["value"]) for r in t.records] == [
        ("培育市场主体", "新增市场主体", 1.2), ("培育市场主体", "引进项目", 100.0),
        ("推进城市更新", "完成老旧小区改造", 50.0), ("推进城市更新", "新建公园", 3.0)]


def test_zones_as_offices_shorten_them(tmp_path):
    # 东片区, 东部板块, 西片, 东区, 西部组团 (a planning term): warned as no zone and left empty
    path = _csv(tmp_path, "p.csv", "2024年重点项目表\n序号,项目名称,所属区域\n1,甲项目,东片区\n2,乙项目,中部板块\n"
                                   "3,丙项目,西片\n4,丁项目,东区\n5,戊项目,中心城区\n6,己项目,西部组团\n")
    (t,) = read_import(path).tables
    assert [r["zone"] for r in t.records] == ["东部", "中部", "西部", "东部", None, "西部"]
    assert [p.text for p in t.problems if p.severity == "warning"] == ["中心城区"]


def test_the_whole_district_and_projects_across_zones(tmp_path):
    # 全域 / 全区范围 / 跨片区 say the whole district; a project in 东部、中部 is counted as the whole
    # district's, and the planner is told; an area's name in the zone column is still no zone
    path = _csv(tmp_path, "p.csv", "2024年重点项目表\n序号,项目名称,所属区域\n1,甲项目,全域\n2,乙项目,全区范围\n"
                                   "3,丙项目,跨片区\n4,丁项目,\"东部、中部\"\n5,戊项目,解放碑\n6,己项目,东部/东部\n")
    (t,) = read_import(path).tables
    assert [r["zone"] for r in t.records] == ["全区", "全区", "全区", "全区", None, None]
    said = {(p.row, p.severity, p.message) for p in t.problems}
    assert (6, "info", "跨东部、中部，按全区导入") in said
    assert [p.text for p in t.problems if p.severity == "warning"] == ["解放碑", "东部/东部"]


def test_a_section_numbered_as_a_part_is_that_section(db, tmp_path):
    # "第三部分 更快提升科技创新水平": the plan's (三), not a new section named with its numbering
    from milestones.store.schema import Measure, Section

    path = _csv(tmp_path, "m.csv", "2024年重点任务\n部分,重点任务,目标任务\n"
                                   "第三部分 更快提升科技创新水平,建设创新平台,新建市级研发平台5个\n")
    (t,) = read_import(path).tables
    assert t.records[0]["section_number"] == 3
    write(db, preview(db, read_import(path)))
    with db.session() as s:
        placed = s.execute(select(Section.number, Section.title).join(Measure).where(
            Measure.title == "建设创新平台")).one()
    assert placed[0] == 3 and placed[1].startswith("更快提升科技创新水平")


def test_the_figures_reached_beside_a_yes_or_no_column_are_the_actual(tmp_path):
    # "2023年完成情况 | 是否完成" and no 完成 column: the figures and the verdict (未完成 was dropped, and the
    # 备注 explaining it with it)
    path = _csv(tmp_path, "r.csv", "2023年主要指标完成情况表\n序号,指标名称,单位,2023年目标,2023年完成情况,是否完成,备注\n"
                                   "1,地区生产总值增长,%,6左右,5.2,未完成,受外部环境影响\n2,城镇新增就业,万人,4.5,5.16,完成,\n")
    (t,) = read_import(path).tables
    assert [(r["actual"], r["status"], r["reason"]) for r in t.records] == [
        (5.2, "未完成", "受外部环境影响"), (5.16, "完成", None)]
    assert "第E列“2023年完成情况”作为完成值（所写的完成情况），第F列“是否完成”作为是否完成" in [p.message for p in t.problems]
    # headed with no year: a note said the verdict was left out as a second 完成情况, though it was read
    path = _csv(tmp_path, "s.csv", "2023年主要指标完成情况表\n序号,指标名称,单位,目标,完成情况,是否完成\n"
                                   "1,地区生产总值增长,%,6左右,5.2,×\n2,城镇新增就业,万人,4.5,5.16,√\n")
    (t,) = read_import(path).tables
    assert [(r["actual"], r["status"]) for r in t.records] == [(5.2, "×"), (5.16, "√")]
    assert [p.message for p in t.problems] == ["第E列“完成情况”作为完成值（所写的完成情况），第F列“是否完成”作为是否完成"]


def test_an_amount_that_says_its_unit_is_in_that_unit(tmp_path):
    # "3000万" typed in a 亿元 column is 0.3 亿元; "0.5亿" in a 万元 column is 0.5 亿元
    path = _csv(tmp_path, "p.csv", "2025年重点项目表\n序号,项目名称,总投资（亿元）,年度计划投资（万元）\n"
                                   "1,甲项目,3000万,0.5亿\n2,乙项目,\"1,200万元\",2000\n3,丙项目,12.5亿元,800万元\n")
    (t,) = read_import(path).tables
    assert t.errors == []
    assert [(r["total_investment"], r["annual_investment"]) for r in t.records] == [(0.3, 0.5), (0.12, 0.2),
                                                                                    (12.5, 0.08)]


@pytest.mark.parametrize("above, heads", [
    ("", "总投资（亿）,年度计划投资（万）"),  # 元 left out of the headings' brackets
    ("单位：万\n", "总投资,年度计划投资"),
    ("填报单位：区发展改革委　　单位：万\n", "总投资,年度计划投资"),
    ("", "总投资(万),年度计划投资( 万 )"),
])
def test_a_money_unit_without_its_yuan_is_still_that_unit(tmp_path, above, heads):
    # "年度投资（万）" read as 亿元: 5000 亿元 a year for a 12 亿元 project, each row warned and the figures wrong
    wan = "单位" in above or "总投资(万)" in heads
    total = "120000" if wan else "12"
    path = _csv(tmp_path, "p.csv", f"2025年重点项目表\n{above}序号,项目名称,{heads}\n1,甲项目,{total},5000\n")
    (t,) = read_import(path).tables
    assert [(r["total_investment"], r["annual_investment"]) for r in t.records] == [(12.0, 0.5)]
    assert not [p for p in t.problems if p.severity != "info"]
    assert [p.message for p in t.problems if "以万元填报" in p.message]


@pytest.mark.parametrize("line, unit", [("单位：万人", None), ("单位：万平方米", None), ("单位：万", "万元"),
                                        ("金额单位：千万", "千万元"), ("单位：亿元", "亿元")])
def test_a_unit_that_starts_like_a_money_unit_is_not_one(tmp_path, line, unit):
    # "单位：万人" above a table is no 万元
    path = _csv(tmp_path, "i.csv", f"2025年主要指标\n{line}\n序号,指标,目标\n1,常住人口,66\n")
    (sheet,) = read_workbook(path).sheets
    assert above_header(sheet, 2).money_unit == unit


def test_a_note_on_marks_fills_the_attribute_column_where_its_cells_are_empty(tmp_path):
    # "属性" filled for the expected ones, left empty beside the ★ the note explains: those were "not stated"
    path = _csv(tmp_path, "t.csv", "渝中区2025年主要预期目标\n序号,指标,单位,2024年预计完成,2025年目标,属性\n"
                                   "1,地区生产总值增长,%,5.5,6左右,预期性\n"
                                   "2,单位地区生产总值能耗降低★,%,—,完成市下达任务,\n"
                                   "3,空气质量优良天数比例★,%,90.1,＞90,\n"
                                   "4,城镇调查失业率,%,5.3,≤5.5,\n"
                                   "5,森林覆盖率★,%,20,20,预期性\n"  # the column's word wins over the mark
                                   "注：带★的为约束性指标。,,,,,\n")
    (t,) = read_import(path).tables
    assert {r["name"]: r["binding"] for r in t.records} == {
        "地区生产总值增长": False, "单位地区生产总值能耗降低": True, "空气质量优良天数比例": True,
        "城镇调查失业率": False, "森林覆盖率": False}
    assert "按表注，名称带“★”的为约束性指标，其余为预期性指标" in [p.message for p in t.problems]


def test_a_percentage_in_an_investment_column_is_no_amount(tmp_path):
    # "35%" in 年度计划投资 (a 完成率 typed into the wrong column) stood as 35 亿元, silently, and weighed in the
    # project's light; it is left out, said on its cell, and the row is imported
    path = _csv(tmp_path, "p.csv", "2025年重点项目表\n序号,项目名称,总投资（亿元）,年度计划投资（亿元）\n"
                                   "1,甲项目,12,35%\n2,乙项目,8,2\n")
    (t,) = read_import(path).tables
    assert t.errors == []
    assert [(r["name"], r["annual_investment"]) for r in t.records] == [("甲项目", None), ("乙项目", 2.0)]
    (said,) = [p for p in t.problems if p.row == 3]
    assert (said.column, said.text, said.severity) == ("D", "35%", "warning") and "不是金额" in said.message


def test_what_no_project_can_be_is_said_on_its_row(tmp_path):
    # a year's investment above the total (万元 typed in a 亿元 column) is a warning;
    # a completion before the start is an error, as in a 开竣工时间 column
    path = _csv(tmp_path, "p.csv", "2025年重点项目表\n序号,项目名称,总投资（亿元）,年度计划投资（亿元）,开工时间,竣工时间\n"
                                   "1,甲项目,3,5000,2025Q1,2025Q4\n2,乙项目,10,2,2025Q3,2025Q1\n3,丙项目,10,2,2025Q3,2025Q3\n")
    (t,) = read_import(path).tables
    warning = next(p for p in t.problems if p.severity == "warning")
    assert (warning.row, warning.column) == (3, "D") and "大于总投资" in warning.message
    (error,) = t.errors
    assert (error.row, error.column, error.text) == (4, "F", "2025Q1") and "早于开工" in error.message
    assert [r["name"] for r in t.records] == ["甲项目", "丙项目"]
    # a total typed in 万元 under a 亿元 heading: far above any project, said (and still taken)
    path = _csv(tmp_path, "w.csv", "2025年重点项目表\n序号,项目名称,总投资（亿元）\n1,丁项目,56000\n")
    (t,) = read_import(path).tables
    assert t.errors == [] and any("远超一般重点项目" in p.message and p.column == "C" for p in t.problems)


def test_a_table_in_parts_each_with_its_heading_and_header(lo_files):
    # "一、新开工项目" over the first header, "二、续建项目" and the header again over the second part
    (t,) = read_import(lo_files["key-projects-in-parts-2025"]).tables
    assert (t.kind, t.year, t.errors) == ("key_projects", 2025, [])
    assert [(r["name"], r["nature"]) for r in t.records] == [("新开工甲", "新开工"), ("续建乙", "续建")]
    assert t.title == "2025年重点项目计划表"


def test_a_name_beginning_with_a_numeral_is_no_category_heading(tmp_path):
    # a list of names alone: "十八梯二期" and "1号线延伸" are projects, not headings "八梯二期", "号线延伸"
    path = _csv(tmp_path, "p.csv", "重点项目清单（2025年）\n序号,项目名称\n1,十八梯二期\n2,1号线延伸\n3,三峡广场改造\n")
    (t,) = read_import(path).tables
    assert [(r["name"], r["class"]) for r in t.records] == [("十八梯二期", None), ("1号线延伸", None),
                                                            ("三峡广场改造", None)]


def test_construction_years_are_the_schedule_when_the_table_gives_no_other(tmp_path):
    path = _csv(tmp_path, "p.csv", "2025年重点项目表\n序号,项目名称,总投资（亿元）,建设起止年限\n"
                                   "1,甲项目,3,2024-2026\n2,乙项目,4,2025.03-2025.12\n3,丙项目,5,3年\n")
    (t,) = read_import(path).tables
    assert t.errors == []  # "3年" is a duration: no dates, and no error
    # "2024-2026" starts in 2024, its quarter not said (as "2024年" in a start column): read as 2024Q1, every new
    # project of such a list was due to start in the first quarter and counted late from the second
    assert [(r["construction_years"], r["start"], r.get("start_text"), r["completion"]) for r in t.records] == [
        ("2024-2026", None, "2024年", "2026Q4"), ("2025.03-2025.12", "2025Q1", "2025.03", "2025Q4"),
        ("3年", None, None, None)]
    (said,) = [p for p in t.problems if "只写了年份" in p.message]
    assert (said.column, said.message) == ("D", "第D列有 1 个项目的开工只写了年份（如“2024-2026”），没有季度：记作该年开工，"
                                                "时间轴标出全年；计入该年的开工数（到四季度才算到期），不计入哪一个季度")


def test_a_completion_in_the_file_before_the_start_the_database_holds_is_an_error(db, tmp_path):
    from milestones.store.changes import update_row

    with db.read() as s:
        p = s.scalars(select(KeyProject).where(KeyProject.name == "重庆长滨")).one()
    update_row(db, "key_project", p.id, {"planned_start": "2024年三季度", "planned_completion": "2025年四季度"})
    path = _csv(tmp_path, "p.csv", "2024年重点项目表\n序号,项目名称,计划完工\n1,重庆长滨,2024年一季度\n")
    imp = preview(db, read_import(path))
    (t,) = imp.tables
    (error,) = t.errors
    assert (error.row, error.text) == (3, "重庆长滨") and "早于开工" in error.message
    assert imp.has_errors  # nothing can be written


def test_a_quarterly_report_with_a_total_since_the_start_and_a_rate(db, tmp_path):
    # 开工以来累计完成投资 is an amount (not the start date), 年度投资完成率 a rate (not the
    # year's investment, and worked out from the figures beside it): both are named as not imported, and the
    # report reads
    path = _csv(tmp_path, "q.csv", "2024年二季度重点项目推进情况表\n序号,项目名称,总投资（亿元）,年度计划投资（亿元）,"
                                   "1-6月完成投资（亿元）,开工以来累计完成投资（亿元）,年度投资完成率,形象进度\n"
                                   "1,重庆长滨,20,5,2.6,12.3,52%,主体结构施工\n")
    imp = preview(db, read_import(path))
    (t,) = imp.tables
    assert t.errors == []
    (r,) = t.records
    assert (r["annual_investment"], r["quarters"]["2024Q2"]["to_date"], r["quarters"]["2024Q2"]["progress"]) == \
        (5.0, 2.6, "主体结构施工")
    left = [p.message for p in t.problems if "没有对应的字段" in p.message]
    assert any("开工以来累计完成投资" in m for m in left)
    assert "第G列“年度投资完成率”是由表中其他数算出的，未导入（程序按导入的数计算）" in [p.message for p in t.problems]


def test_the_figures_of_a_review_column_of_six_months_are_said_as_such(tmp_path):
    # "1-6月完成情况" holding the figures: 2.8 万人 stood as the year's, under a target of 4.6 (未完成 in July)
    path = _csv(tmp_path, "m.csv", "2024年主要经济指标完成情况\n序号,指标,单位,年度目标,1-6月完成情况\n"
                                   "1,地区生产总值增速,%,6左右,增长5.8%\n2,城镇新增就业,万人,4.6,2.8\n")
    (t,) = read_import(path).tables
    assert [(r["actual"], r["actual_text"]) for r in t.records] == [(5.8, "1-6月:增长5.8%"), (2.8, "1-6月:2.8")]


def test_a_project_systems_export_takes_its_year_and_period_from_the_date_it_was_filled(tmp_path):
    # no title, "本年计划投资 | 本年累计完成投资 | 填报日期": the file was refused for want of a year and the year's
    # investment done left out (which quarter's total it is, nothing said). Filed on 5 July, it is June's report.
    text = ("项目代码,项目名称,计划开工日期,计划竣工日期,总投资(万元),本年计划投资(万元),本年累计完成投资(万元),填报日期\n"
            "2401-500103-04-01-000001,新甲项目,2024-03-15,2025-12-31,100000,30000,12000,2024-07-05\n"
            "2401-500103-04-01-000002,新乙项目,2023-05-01,2024-12-31,50000,20000,9000,2024-07-05\n")
    for path in typed_and_saved(tmp_path, "export.csv", text):
        (t,) = read_import(path).tables
        assert (t.year, t.errors) == (2024, []), path
        assert [r["quarters"]["2024Q2"]["to_date"] for r in t.records] == [1.2, 0.9]
        said = [p.message for p in t.problems]
        assert "表题没有写年度和季度，按第H列“填报日期”（2024-07-05）作为2024年截至6月底的报表" in said
        assert not [m for m in said if "没有对应的字段" in m]  # the date was used, not left out
    # filed on two days of one month, or late in it: the month's own report; on days of two months, no guess
    for filed, quarter in (("2024-09-28,2024-09-30", "2024Q3"), ("2024-07-05,2024-08-20", None)):
        rows = [f"{n},新{n}项目,2024-03-15,2025-12-31,100000,30000,12000,{day}" for n, day in enumerate(filed.split(","))]
        path = _csv(tmp_path, f"e{quarter}.csv", text.splitlines()[0] + "\n" + "\n".join(rows) + "\n")
        (t,) = read_import(path).tables
        assert [list(r.get("quarters", {})) for r in t.records] == ([[quarter]] * 2 if quarter else [[], []])
    # filed on 20 August: the total to August, in the third quarter (not yet ended), said so
    path = _csv(tmp_path, "aug.csv", text.replace("2024-07-05", "2024-08-20"))
    (t,) = read_import(path).tables
    assert [r["quarters"]["2024Q3"]["to_date"] for r in t.records] == [1.2, 0.9]
    assert any("截至8月底的累计：记入三季度" in p.message for p in t.problems)


def test_a_quarters_rate_beside_its_plan_and_done_is_no_amount(tmp_path):
    # "一季度" over "计划 | 完成 | 完成率": the rate was read as the quarter's investment done, dropped as a second
    # column of it and said to be converted from 万元; "累计完成投资占年度计划比例" was said to have no field
    text = ("2024年一季度重点项目投资完成情况\n序号,项目名称,年度计划投资（万元）,一季度,,,累计完成投资占年度计划比例\n"
            ",,,计划,完成,完成率,\n1,甲项目,30000,6000,6500,108.3%,21.7%\n2,乙项目,20000,5000,2000,40%,10%\n")
    for path in typed_and_saved(tmp_path, "q.csv", text):
        (t,) = read_import(path).tables
        assert t.errors == []
        assert [(r["quarters"]["2024Q1"]["planned"], r["quarters"]["2024Q1"]["actual"]) for r in t.records] == \
            [(0.6, 0.65), (0.5, 0.2)]
        said = [p.message for p in t.problems]
        assert not [m for m in said if "第F列" in m and ("同一项" in m or "换算" in m)], said
        assert "第F列“一季度／完成率”是由表中其他数算出的，未导入（程序按导入的数计算）" in said
        assert "第G列“累计完成投资占年度计划比例”是由表中其他数算出的，未导入（程序按导入的数计算）" in said


def test_report_columns_that_are_no_dates_do_not_fail_as_dates(tmp_path):
    # 是否开工 (是/否) and 开工情况 (未开工) were read as the start and refused every row;
    # 项目进度 was taken for the name; 1-6月计划投资 for the year's investment
    path = _csv(tmp_path, "q.csv", "2024年重点项目推进情况表\n序号,项目名称,计划开工,是否开工,开工情况,项目进度,项目阶段,"
                                   "年度计划投资（亿元）,1-6月计划投资（亿元）,项目负责人\n"
                                   "1,甲项目,2024年二季度,否,未开工,完成设计,前期,5,1.2,张三\n"
                                   "2,乙项目,2024年一季度,是,已开工,主体施工,在建,8,4,李四\n")
    (t,) = read_import(path).tables
    assert t.errors == []
    got = [(r["name"], r["start"], r["nature"], r["annual_investment"]) for r in t.records]
    assert got == [("甲项目", "2024Q2", "前期", 5.0), ("乙项目", "2024Q1", "续建", 8.0)]
    left = " ".join(p.message for p in t.problems if "没有对应的字段" in p.message)
    for heading in ("是否开工", "开工情况", "项目进度", "1-6月计划投资"):
        assert heading in left, heading
    assert [r["contact"] for r in t.records] == ["张三", "李四"]  # 项目负责人: the person to call, kept


def test_a_monthly_monitoring_table_and_one_of_amounts_with_their_growth(tmp_path):
    path = _csv(tmp_path, "m.csv", "2024年主要经济指标完成情况\n序号,指标,单位,年度目标,1-10月,1-11月,全市排名,完成率\n"
                                   "1,社会消费品零售总额增速,%,7.5,7.1,7.3,5,97%\n")
    (t,) = read_import(path).tables
    assert (t.kind, t.errors) == ("indicator_results", [])
    assert [(r["actual"], r["actual_text"]) for r in t.records] == [(7.3, "1-11月:7.3")]
    left = " ".join(p.message for p in t.problems if "未导入" in p.message)
    assert "“全市排名”没有对应的字段" in left and "“完成率”是由表中其他数算出的" in left  # a rank and a rate: no actual
    path = _csv(tmp_path, "a.csv", "2024年主要指标完成情况\n序号,指标名称,单位,年度目标,总量,增速（%）,完成情况说明\n"
                                   "1,固定资产投资总额,亿元,增长5%,220.5,4.8,受房地产影响\n")
    (t,) = read_import(path).tables
    (r,) = t.records
    assert (r["actual"], r["actual_growth"], r["reason"]) == (220.5, 4.8, "受房地产影响")


def test_each_project_on_a_plan_row_and_an_actual_row(db, lo_files, tmp_path):
    # 计划 over 实际, the quarter columns holding figures: the second row is the first's actuals
    from milestones.domain import Quarter
    from milestones.store.schema import QuarterInvestment

    imp = preview(db, read_import(lo_files["key-projects-plan-and-actual-2024"]))
    (t,) = imp.tables
    assert (t.kind, t.year, t.errors) == ("key_projects", 2024, [])
    got = {r["name"]: {q: (v["planned"], v["actual"]) for q, v in r["quarters"].items()} for r in t.records}
    assert got == {"计划实际甲": {"2024Q1": (0.5, 0.4), "2024Q2": (1.0, 1.1), "2024Q3": (1.5, None), "2024Q4": (2.0, None)},
                   "计划实际乙": {"2024Q1": (0.2, 0.2), "2024Q2": (0.3, None), "2024Q3": (0.5, None), "2024Q4": (1.0, None)}}
    assert [r["class"] for r in t.records] == [None, None]  # 类别 said which row was which
    write(db, imp)
    with db.read() as s:
        q1 = s.execute(select(QuarterInvestment.planned, QuarterInvestment.actual).join(KeyProject)
                       .where(KeyProject.name == "计划实际甲", QuarterInvestment.quarter == Quarter(2024, 1))).one()
    assert tuple(q1) == (0.5, 0.4)
    # the same in 万元, the name written again on the second row, 完成 for 实际
    path = _csv(tmp_path, "p.csv", "2024年重点项目投资计划表\n序号,项目名称,计划/完成,一季度（万元）,二季度（万元）\n"
                                   "1,丙项目,计划,5000,8000\n1,丙项目,完成,4500,\n")
    (t,) = read_import(path).tables
    assert t.errors == []
    assert {q: (v["planned"], v["actual"]) for q, v in t.records[0]["quarters"].items()} == \
        {"2024Q1": (0.5, 0.45), "2024Q2": (0.8, None)}


def test_a_deadline_that_needs_the_year_asks_for_the_year(tmp_path):
    # "年底" in a list whose title gives no year: the planner is told to choose the year, not that
    # 年底 is no date; with the year chosen it reads
    path = _csv(tmp_path, "m.csv", "任务清单\n序号,工作任务,完成时限,牵头单位\n1,新增市场主体1万户,年底,区市场监管局\n")
    (t,) = read_import(path).tables
    (error,) = t.errors
    assert (error.text, error.column) == ("年底", "C") and "请在预览上方的“年度”中选择" in error.message
    (t,) = read_import(path, year=2025).tables
    assert t.errors == [] and t.records[0]["quarter"] == "2025Q4"


def test_a_figure_reached_and_its_growth_make_a_results_table(tmp_path):
    path = _csv(tmp_path, "r.csv", "主要经济指标\n指标名称,单位,年度目标,1-12月,同比增长\n地区生产总值,亿元,增长6%,1700,5.5\n")
    (t,) = read_import(path, year=2024).tables
    assert (t.kind, t.errors) == ("indicator_results", [])
    assert (t.records[0]["actual"], t.records[0]["actual_growth"]) == (1700.0, 5.5)


def test_a_review_of_targets_without_a_measure_column_reads_as_measures(tmp_path):
    # "目标任务 | 责任单位 | 完成情况" under "…目标任务完成情况": no indicator name column, so no indicator
    # table; each target is its own measure, and its 完成情况 says how it stands
    path = _csv(tmp_path, "x.csv", "2024年主要目标任务完成情况\n序号,目标任务,责任单位,完成情况\n"
                                   "1,新增市场主体1万户,区市场监管局,已完成\n")
    (t,) = read_import(path).tables
    assert (t.kind, t.year, t.errors) == ("measures", 2024, [])
    (r,) = t.records
    assert (r["measure"], r["text"], r["value"], r["status"]) == ("新增市场主体1万户", "新增市场主体1万户", 1.0, "已完成")


def test_a_short_list_with_investment_as_its_only_figure(tmp_path):
    path = _csv(tmp_path, "k.csv", "2025年区重点项目\n名称,投资（万元）,完成投资,开工,竣工\n甲项目,30000,500,2025Q1,2025Q4\n")
    (t,) = read_import(path).tables
    assert (t.kind, t.errors) == ("key_projects", [])
    assert (t.records[0]["total_investment"], t.records[0]["start"]) == (3.0, "2025Q1")
    assert any("“完成投资”没有对应的字段" in p.message for p in t.problems)  # done to when? not said: not the total


def test_a_figure_per_month_is_summed_into_its_quarter(db, tmp_path):
    # 分月投资计划 over 1月 … 6月 (万元), and 完成 over the months done: each quarter gets its sum
    path = tmp_path / "m.xlsx"
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["2024年重点项目分月投资计划及完成情况（万元）"])
    ws.append(["序号", "项目名称", "分月计划投资（万元）", None, None, None, "分月完成投资（万元）", None])
    ws.append([None, None, "1月", "2月", "3月", "4月", "1月", "2月"])
    ws.append([1, "重庆长滨", 1000, 2000, 3000, 4000, 1500, None])
    ws.merge_cells("C2:F2")
    ws.merge_cells("G2:H2")
    ws.merge_cells("A2:A3")
    ws.merge_cells("B2:B3")
    wb.save(path)
    imp = preview(db, read_import(path))
    (t,) = imp.tables
    assert (t.kind, t.year, t.errors) == ("key_projects", 2024, [])
    assert t.records[0]["quarters"] == {"2024Q1": {"planned": 0.6, "actual": 0.15, "progress": None},
                                        "2024Q2": {"planned": 0.4, "actual": None, "progress": None}}
    assert any("各月投资" in p.message for p in t.problems)


def test_a_task_that_goes_on_has_no_deadline_and_no_error(tmp_path):
    # 完成时限 "长期坚持", "持续推进", "每季度" refused every such row; they are the year's targets
    path = _csv(tmp_path, "m.csv", "2025年重点任务分解表\n序号,重点任务,具体目标,牵头单位,完成时限\n"
                                   "1,扩大投资,新开工20个,区发改委,长期坚持\n2,提振消费,举办活动100场,区商务委,持续推进\n"
                                   "3,优化环境,新增主体1万户,区市场监管局,每季度\n4,城市更新,完成5个片区,区住建委,年内完成\n")
    (t,) = read_import(path).tables
    assert t.errors == []
    assert [r["quarter"] for r in t.records] == [None, None, None, "2025Q4"]


def test_a_dash_or_to_be_decided_in_a_date_column_is_no_error(tmp_path):
    # "—" and "/" say nothing; "待定" says the date is not known yet, and is kept as written
    path = _csv(tmp_path, "k.csv", "2025年重点项目表\n序号,项目名称,总投资（亿元）,计划开工,计划竣工\n"
                                   "1,甲,3,—,待定\n2,乙,4,2025Q1,/\n3,丙,5,视前期进展确定,2026Q4\n")
    (t,) = read_import(path).tables
    assert t.errors == []
    got = [(r["start"], r["start_text"], r["completion"], r["completion_text"]) for r in t.records]
    assert got == [(None, None, None, "待定"), ("2025Q1", "2025Q1", None, None),
                   (None, "视前期进展确定", "2026Q4", "2026Q4")]


def test_headings_over_the_binding_and_the_expected_indicators_give_their_attribute(tmp_path):
    # "一、约束性指标" over some indicators, "二、预期性指标" over the rest: it was their category, and the
    # attribute was not set
    # ("二、指导性指标": expected, as an attribute column's 指导性 is; it was their category)
    for heading, other in (("一、约束性指标", "二、预期性指标"), ("约束类指标", "预期类指标"), ("一、约束性指标", "二、指导性指标")):
        t = one_table(_csv(tmp_path, "附件2.csv",
                           f"附件2\n渝中区2024年主要指标预期目标\n序号,指标名称,单位,2024年目标\n{heading},,,\n"
                           f"1,单位地区生产总值能耗降低,%,完成市下达任务\n{other},,,\n2,地区生产总值增长,%,6左右\n"
                           "3,城镇新增就业,万人,2.5\n"))
        r = t[1]
        assert [(n, v["binding"], v["category"]) for n, v in r.items()] == [
            ("单位地区生产总值能耗降低", True, None), ("地区生产总值增长", False, None), ("城镇新增就业", False, None)]


def test_an_amount_reported_only_by_its_growth_has_no_amount(db, tmp_path):
    # "增长5.8%" in the 完成 column of 地区生产总值 (亿元) was kept as 5.8 亿元: the view showed 5.8, a
    # target of 1700 亿元 was "not met" by it, and "下降12%" lost its sign as 12
    from milestones.store.dashboard import dashboard
    from tests.spreadsheet.conftest import convert

    src = tmp_path / "增长.csv"
    src.write_text("附件1\n渝中区2024年主要指标完成情况\n序号,指标名称,单位,2024年目标,2024年完成\n"
                   "1,地区生产总值,亿元,增长6%,增长5.8%\n2,一般公共预算收入,亿元,1700,下降12%\n"
                   "3,社会消费品零售总额,亿元,800,\"812，增长4%\"\n4,固定资产投资,亿元,500,\"1,031.5\"\n",
                   encoding="utf-8")
    convert([src], tmp_path, infilter="Text - txt - csv (StarCalc):44,34,76")
    imp = read_import(tmp_path / "增长.xlsx")
    (t,) = imp.tables
    got = {r["name"]: (r["actual"], r["actual_text"]) for r in t.records}
    assert got == {"地区生产总值": (None, "增长5.8%"), "一般公共预算收入": (None, "下降12%"),
                   "社会消费品零售总额": (812.0, "812，增长4%"),
                   "固定资产投资": (1031.5, None)}
    # the CSV itself holds "1,031.5" as text: a number typed with its separator is the number, no words
    assert [(r["actual"], r["actual_text"]) for r in read_import(src).tables[0].records][3] == (1031.5, None)
    before = dashboard(db, 2024).indicators
    preview(db, imp)
    write(db, imp)
    c = dashboard(db, 2024).indicators
    # 5.8% < 6%: not met, by the growth; 下降12% against 1700 亿元: reported, nothing to judge it by; 812 ≥ 800
    assert (c["not_met"] - before["not_met"], c["unscorable"] - before["unscorable"], c["met"] - before["met"]) == \
        (1, 1, 2)


def test_the_units_said_above_an_indicator_table_with_no_unit_column(tmp_path):
    # "单位：亿元、%" (or "单位：%") on a line above the header was no unit: every indicator had none,
    # and a target of 80 could not be told from 80%
    from tests.spreadsheet.conftest import convert

    src = tmp_path / "单位.csv"
    src.write_text("附件1：渝中区2023年主要经济指标完成情况表\n单位：亿元、%\n指标,2023年目标,2023年完成,是否完成\n"
                   "地区生产总值增速,6,6.1,是\n一般公共预算收入,80,82.3,是\n社会消费品零售总额增长,5,4.2,否\n",
                   encoding="utf-8")
    convert([src], tmp_path, infilter="Text - txt - csv (StarCalc):44,34,76")
    (t,) = read_import(tmp_path / "单位.xlsx").tables
    assert {r["name"]: r["unit"] for r in t.records} == {"地区生产总值增速": "%", "一般公共预算收入": "亿元",
                                                          "社会消费品零售总额增长": "%"}
    assert "表上注明“单位：亿元、%”：名称为增速、比率的指标取%，其余取亿元" in [p.message for p in t.problems]
    one = tmp_path / "一个单位.csv"
    one.write_text("2023年空气质量指标完成情况\n单位：微克/立方米\n指标,目标,完成\nPM2.5年均浓度,35,33\n", encoding="utf-8")
    (t,) = read_import(one).tables
    assert t.records[0]["unit"] == "微克/立方米" and t.records[0]["target"]["unit"] == "微克/立方米"
    form = tmp_path / "填报.csv"  # the unit filling the form in is no unit of measure
    form.write_text("2023年主要指标完成情况\n单位：渝中区统计局\n指标,目标,完成\n地区生产总值增速,6,6.1\n", encoding="utf-8")
    (t,) = read_import(form).tables
    assert t.records[0]["unit"] is None


def test_a_rates_change_in_points_is_no_level_of_the_rate(db, tmp_path):
    # "下降0.3个百分点" in the 完成 column of 城镇调查失业率 (target ≤5.5) was read as a rate of 0.3%: met
    from milestones.store.dashboard import dashboard
    from milestones.spreadsheet.importer import write

    src = tmp_path / "百分点.csv"
    src.write_text("附件1\n2024年主要指标完成情况\n序号,指标,单位,目标,完成\n1,城镇调查失业率,%,≤5.5,下降0.3个百分点\n"
                   "2,全年城镇登记失业率,%,≤4.5,\"4.2，下降0.3个百分点\"\n3,研发投入强度,%,提高0.1个百分点,提高0.15个百分点\n",
                   encoding="utf-8")
    imp = read_import(src)
    got = {r["name"]: (r["actual"], r["actual_text"]) for r in imp.tables[0].records}
    assert got == {"城镇调查失业率": (None, "下降0.3个百分点"), "全年城镇登记失业率": (4.2, "4.2，下降0.3个百分点"),
                   "研发投入强度": (None, "提高0.15个百分点")}
    before = dashboard(db, 2024).indicators
    write(db, preview(db, imp))
    c = dashboard(db, 2024).indicators
    # met: 4.2 ≤ 4.5, and a rise of 0.15 points against a target of 0.1 points; the fall of 0.3 points
    # is reported but judges no level (≤5.5)
    assert (c["met"] - before["met"], c["unscorable"] - before["unscorable"]) == (2, 1)


@pytest.mark.parametrize("heading", ["工期", "计划工期", "实施年限"])
def test_a_projects_time_to_build_under_other_names_is_its_construction_years(tmp_path, heading):
    # "工期" and "实施年限" were "没有对应的字段": the only dates the list gave were left out
    path = _csv(tmp_path, "p.csv", f"2024年重点项目计划表\n序号,项目名称,{heading}\n1,甲项目,2024.03-2025.06\n"
                                   "2,乙项目,18个月\n")
    (t,) = read_import(path).tables
    assert t.errors == [] and not any("没有对应的字段" in p.message for p in t.problems)
    first, second = t.records
    assert (first["construction_years"], first["start"], first["completion"]) == ("2024.03-2025.06", "2024Q1", "2025Q2")
    assert (second["construction_years"], second["start"], second["completion"]) == ("18个月", None, None)


@pytest.mark.parametrize("heading", ["实施期限", "完成期限", "办结时限", "时间安排"])
def test_a_tasks_deadline_under_other_names(tmp_path, heading):
    path = _csv(tmp_path, "m.csv", f"2024年重点工作任务分解表\n序号,重点任务,具体举措,责任单位,{heading}\n"
                                   "1,推动消费,举办活动20场,区商务委,2024年9月\n")
    (t,) = read_import(path).tables
    assert t.kind == "measures" and [r["quarter"] for r in t.records] == ["2024Q3"]
    assert not any("没有对应的字段" in p.message for p in t.problems)


@pytest.mark.parametrize("heading", ["至2023年底完成投资", "2023年底累计完成（亿元）", "至上年末已完成投资"])
def test_what_was_invested_before_the_year_said_without_its_usual_words(tmp_path, heading):
    # without 累计, or without 投资 where the unit says money: "没有对应的字段", the figure every list states left out
    path = _csv(tmp_path, "p.csv", f"2024年重点项目计划表\n序号,项目名称,总投资（亿元）,{heading},包抓领导\n"
                                   "1,甲项目,10,4,张三\n")
    (t,) = read_import(path).tables
    (record,) = t.records
    assert (record["invested_before"], record["leader"]) == (4.0, "张三")
    assert not any("没有对应的字段" in p.message for p in t.problems)


def test_a_task_list_of_quantified_targets_with_deadlines_is_no_table_of_indicators(tmp_path):
    # "完成时限" read as an indicator's 完成 (a figure), and "量化指标" as its name: the task list was taken for
    # 指标完成情况, its tasks imported as indicators with their units and deadlines left out
    path = _csv(tmp_path, "m.csv", "2024年重点工作任务分解表\n序号,量化指标,责任单位,完成时限\n"
                                   "1,举办消费活动20场,区商务委,2024年9月\n2,改造老旧小区20个,区住房城乡建委,2024年12月\n")
    (t,) = read_import(path).tables
    assert t.kind == "measures"
    assert [(r["text"], r["value"], r["quarter"], r["responsible_unit"]) for r in t.records] == [
        ("举办消费活动20场", 20.0, "2024Q3", "区商务委"), ("改造老旧小区20个", 20.0, "2024Q4", "区住房城乡建委")]


@pytest.mark.parametrize("heading", ["2024年工作计划", "2024年工作目标", "2024年计划完成内容", "2024年度主要工作"])
def test_a_projects_year_of_work_under_other_names(tmp_path, heading):
    # each was "没有对应的字段": the year's steps, and the start they date, left out
    path = _csv(tmp_path, "p.csv", f"2024年重点项目计划表\n序号,项目名称,总投资（亿元）,{heading}\n1,甲项目,10,6月开工，年底主体完工\n")
    (t,) = read_import(path).tables
    (record,) = t.records
    assert record["start"] == "2024Q2"
    assert {q: v["goal"] for q, v in record["quarters"].items()} == {"2024Q2": "6月开工", "2024Q4": "年底主体完工"}


def test_a_stage_in_other_offices_words_is_the_nature_the_filter_lists(tmp_path):
    # "结转" (carried over, being built) stayed a nature of its own: the 续建 filter and the dashboard's count missed
    # the project, and its light took a start it has no record of as missed
    path = _csv(tmp_path, "p.csv", "2024年重点项目计划表\n序号,项目名称,建设性质\n1,甲项目,结转\n2,乙项目,拟开工\n"
                                   "一、谋划项目,,\n3,丙项目,\n")
    (t,) = read_import(path).tables
    assert [(r["name"], r["nature"]) for r in t.records] == [("甲项目", "续建"), ("乙项目", "新开工"), ("丙项目", "前期")]
    # a row saying what the rows below are ("以下为续建项目", "（以下为前期项目）") is their nature (it was their class)
    path = _csv(tmp_path, "b.csv", "2024年重点项目计划表\n序号,项目名称,总投资（亿元）\n以下为续建项目,,\n1,甲项目,1\n"
                                   "以下为新开工项目（2个）,,\n2,乙项目,1\n3,丙项目,2\n（以下为前期项目）,,\n4,丁项目,1\n")
    (t,) = read_import(path).tables
    assert [(r["nature"], r.get("class")) for r in t.records] == [
        ("续建", None), ("新开工", None), ("新开工", None), ("前期", None)]
    # the stage with the plan's resolve before it ("力争新开工", "预计新开工") is the stage (it was no nature)
    path = _csv(tmp_path, "q.csv", "2024年重点项目计划表\n序号,项目名称,建设性质\n1,甲项目,力争新开工\n2,乙项目,跨年度续建\n")
    (t,) = read_import(path).tables
    assert [(r["name"], r["nature"]) for r in t.records] == [("甲项目", "新开工"), ("乙项目", "续建")]


@pytest.mark.parametrize("order", ["review first", "verdict first"])
def test_a_tasks_review_in_words_beside_its_verdict(tmp_path, order):
    # "完成情况 | 是否完成": both read as the status, the verdict (已完成, 未完成) was left out as a second column of it
    heads, rows = ["完成情况", "是否完成"], [["已举办活动22场", "已完成"], ["已改造15个，其余正在施工", "未完成"]]
    if order == "verdict first":
        heads, rows = heads[::-1], [r[::-1] for r in rows]
    text = f"2024年重点任务完成情况\n序号,重点任务,目标任务,{','.join(heads)}\n" + "".join(
        f"{i},{task},{target},{','.join(r)}\n" for i, (task, target), r in
        zip((1, 2), (("推动消费", "举办活动20场"), ("城市更新", "改造小区20个")), rows))
    (t,) = read_import(_csv(tmp_path, "m.csv", text)).tables
    assert t.kind == "measures"
    assert [(r["actual"], r["actual_text"], r["status"]) for r in t.records] == [
        (22.0, "已举办活动22场", "已完成"), (15.0, "已改造15个，其余正在施工", "未完成")]
    assert not any("是同一项" in p.message for p in t.problems)


@pytest.mark.parametrize("saved", ["lo_files", "lo_ods_files"])
def test_a_table_of_targets_split_among_the_units_keeps_who_answers_and_the_remarks(saved, request):
    # 牵头单位 was "没有对应的字段，未导入", and the 备注 was read, shown nowhere and dropped on writing
    imp = read_import(request.getfixturevalue(saved)["indicator-targets-by-unit-2024"])
    t = imp.tables[0]
    assert (t.kind, t.year, len(t.records)) == ("indicator_targets", 2024, 5)
    r = _records(imp)
    assert {n: v["responsible_unit"] for n, v in r.items()} == {
        "地区生产总值增长": "区发展改革委", "固定资产投资增长": "区发展改革委、区住房城乡建委",  # two lines, two units
        "社会消费品零售总额增长": "区商务委", "限额以上批发零售业销售额增长": "区商务委",  # merged over both
        "单位地区生产总值能耗降低": "区发展改革委"}
    assert {n: v["partner_units"] for n, v in r.items() if v["partner_units"]} == {
        "地区生产总值增长": "区统计局", "社会消费品零售总额增长": "各街道", "限额以上批发零售业销售额增长": "各街道",
        "单位地区生产总值能耗降低": "区经济信息委、区生态环境局"}
    assert {n: v["notes"] for n, v in r.items() if v["notes"]} == {
        "地区生产总值增长": "与全市同步", "社会消费品零售总额增长": "以市统计局反馈为准",
        "单位地区生产总值能耗降低": "按市考核口径"}  # the adjustment is the indicator judged instead, not a remark
    assert r["单位地区生产总值能耗降低"]["replaced_by"] == "单位地区生产总值能耗强度降低"
    assert not [p for p in t.problems if "没有对应的字段" in p.message]


def test_who_answers_for_an_indicator_and_the_remarks_go_back_in_the_export(db, lo_files, tmp_path):
    from tests.spreadsheet.conftest import exported_back

    back = exported_back(db, read_import(lo_files["indicator-targets-by-unit-2024"]), tmp_path / "分解.xlsx",
                         kind="indicator_targets")
    assert back.diffs[0].changed == {} and not back.diffs[0].new
    r = _records(back)
    assert r["固定资产投资增长"]["responsible_unit"] == "区发展改革委、区住房城乡建委"
    assert r["单位地区生产总值能耗降低"]["partner_units"] == "区经济信息委、区生态环境局"
    assert (r["单位地区生产总值能耗降低"]["notes"], r["单位地区生产总值能耗降低"]["replaced_by"]) == (
        "按市考核口径", "单位地区生产总值能耗强度降低")
    with db.read() as s:
        iy = s.execute(select(IndicatorYear).join(Indicator, Indicator.id == IndicatorYear.indicator_id)
                       .where(Indicator.name == "地区生产总值增长", IndicatorYear.year == 2024)).scalar_one()
        assert (iy.responsible_unit, iy.partner_units, iy.notes) == ("区发展改革委", "区统计局", "与全市同步")


def test_a_results_table_with_its_own_reasons_keeps_the_remarks_apart(db, tmp_path):
    # with a 原因说明 column, the 备注 of an indicator not met is a remark, not its reason (an export of such a
    # table read back moved the remark into the reason)
    from tests.spreadsheet.conftest import exported_back

    src = _csv(tmp_path, "完成.csv", "2024年主要指标完成情况表\n序号,指标,单位,目标,完成,完成情况,原因说明,备注\n"
                                   "1,地区生产总值增速,%,6左右,5.2,未完成,受房地产拖累,以市统计局反馈为准\n"
                                   "2,城镇新增就业,万人,1.5,1.6,完成,,\n")
    r = _records(read_import(src))
    assert (r["地区生产总值增速"]["reason"], r["地区生产总值增速"]["notes"]) == ("受房地产拖累", "以市统计局反馈为准")
    back = exported_back(db, read_import(src), tmp_path / "完成.xlsx", kind="indicator_results")
    assert back.diffs[0].changed == {} and not back.diffs[0].new
    assert _records(back)["地区生产总值增速"]["notes"] == "以市统计局反馈为准"


@pytest.mark.parametrize("cell, reason", [("未完成（受减税降费影响）", "受减税降费影响"),
                                          ("未完成，受重点企业减产影响", "受重点企业减产影响")])
def test_a_status_not_met_with_its_reason_keeps_the_reason_apart(db, tmp_path, cell, reason):
    # "未完成（受减税降费影响）" in 完成情况 was all the status: the 原因说明 column, the indicators view's and the
    # export's, stayed empty
    from tests.spreadsheet.conftest import exported_back

    src = _csv(tmp_path, "完成.csv", "2024年主要指标完成情况表\n序号,指标,单位,目标,完成,完成情况\n"
                                   f"1,一般公共预算收入增长,%,5,4.1,\"{cell}\"\n2,城镇新增就业,万人,1.5,1.6,完成（预计）\n")
    r = _records(read_import(src))
    assert (r["一般公共预算收入增长"]["status"], r["一般公共预算收入增长"]["reason"]) == ("未完成", reason)
    assert (r["城镇新增就业"]["status"], r["城镇新增就业"]["reason"]) == ("完成（预计）", None)  # met: as written
    back = exported_back(db, read_import(src), tmp_path / "完成.xlsx", kind="indicator_results")
    assert back.diffs[0].changed == {} and not back.diffs[0].new
    assert _records(back)["一般公共预算收入增长"]["reason"] == reason


def test_what_the_year_reached_under_its_year_is_the_actual(lo_files):
    # "2023年" over "年初预期目标 | 全年实现", as some offices head a 附件1: the figures reached were "没有对应的字段"
    # and every indicator came in with its target alone
    imp = read_import(lo_files["indicators-year-reached-2023"])
    (t,) = imp.tables
    assert (t.kind, t.year, t.errors) == ("indicator_results", 2023, [])
    got = [(r["name"], r["actual"], r["actual_text"], r["status"]) for r in t.records]
    assert got == [("地区生产总值增速", 6.1, None, "达到"), ("一般公共预算收入", 48.2, None, "未达到"),
                   ("城镇调查失业率", 5.2, None, "达到"), ("单位GDP能耗降低", None, "完成", "达到"),
                   ("居民人均可支配收入增长", 5.8, None, "基本达到")]
    assert not [p for p in t.problems if "没有对应的字段" in p.message]


def test_a_total_row_giving_its_count_in_the_name_column_is_no_project(lo_files):
    # "合计 | | 3个 | | 430,000" above the projects: "合计" in the 序号 column was left out only when the name cell was
    # empty, so a project named "3个" with the whole list's investment came in beside the three
    imp = read_import(lo_files["key-projects-total-with-its-count-2024"])
    (t,) = imp.tables
    assert (t.kind, t.year, t.errors) == ("key_projects", 2024, [])
    r = _records(imp)
    assert {n: (v["zone"], v["total_investment"], v["annual_investment"], v["start"], v["completion"])
            for n, v in r.items()} == {
        "朝天门片区城市更新": ("东部", 25.0, 3.0, "2024Q1", "2026Q4"),
        "十八梯二期": ("东部", 8.0, 1.2, "2023Q4", "2025Q2"),
        "化龙桥片区道路": ("西部", 10.0, 1.0, None, "2024Q4")}
    assert (5, "A", "合计", "合计行，未导入") in {(p.row, p.column, p.text, p.message) for p in t.problems}


def test_a_part_of_the_total_in_the_seq_column_is_no_project(tmp_path):
    # "其中：东部" in the 序号 column under 合计: a row with no name, warned "缺少项目名称" (and its zone filled from above)
    path = _csv(tmp_path, "p.csv", "2024年重点项目计划表\n序号,项目名称,区域,总投资（亿元）\n1,甲项目,东部,10\n"
                                   "2,乙项目,东部,5\n合计,,,15\n其中：东部,,,15\n")
    (t,) = read_import(path).tables
    assert [r["name"] for r in t.records] == ["甲项目", "乙项目"]
    assert [(p.row, p.text, p.message, p.severity) for p in t.problems] == [
        (5, "合计", "合计行，未导入", "info"), (6, "其中：东部", "合计行，未导入", "info")]


def test_a_unit_after_the_name_in_any_way_offices_write_it_is_the_unit(tmp_path):
    # "常住人口城镇化率 %", "一般公共预算收入/亿元", "森林覆盖率[%]", "PM2.5年均浓度（微克/m³）" kept the unit in the
    # name (next year's "一般公共预算收入" was another indicator) and had none; "（亿元，现价）" had the unit "亿元,现价"
    text = ("2024年主要指标目标\n指标,2024年目标,指标属性\n地区生产总值（亿元，现价）,1800,预期性\n"
            "常住人口城镇化率 %,100,预期性\n一般公共预算收入/亿元,55,预期性\n"
            "森林覆盖率[%],25,约束性\nPM2.5年均浓度（微克/m³）,≤35,约束性\n"
            "实际使用外资(FDI),1,预期性\n人均地区生产总值/人均GDP,12,预期性\n")
    for read in typed_and_saved(tmp_path, "t.csv", text):
        t, r = one_table(read)
        assert {n: (v["unit"], v["target"]["unit"]) for n, v in r.items()} == {
            "地区生产总值": ("亿元", "亿元"), "常住人口城镇化率": ("%", "%"), "一般公共预算收入": ("亿元", "亿元"),
            "森林覆盖率": ("%", "%"), "PM2.5年均浓度": ("微克/m3", "微克/m3"),
            "实际使用外资(FDI)": (None, None), "人均地区生产总值/人均GDP": (None, None)}, read
        assert r["地区生产总值"]["notes"] == "现价"  # the bracket's remark kept, not dropped


def test_a_money_unit_after_a_slash_a_space_or_the_words_scales_the_column(tmp_path):
    # "总投资/万元", "年度计划投资 万元", "一季度计划投资万元" were read as 亿元: 120,000 亿元 for a 12 亿元 project
    text = ("2024年重点项目表\n序号,项目名称,总投资/万元,年度计划投资 万元,一季度计划投资万元,"
            "总投资（亿元）完成率\n1,甲项目,120000,30000,5000,\n")
    for read in typed_and_saved(tmp_path, "t.csv", text):
        t, r = one_table(read)
        p = r["甲项目"]
        assert (p["total_investment"], p["annual_investment"], p["quarters"]["2024Q1"]["planned"]) == (12, 3, 0.5), read
        assert [n.message for n in t.problems if "以万元填报" in n.message] == ["第C至E列的金额以万元填报，已换算为亿元"]


def test_dates_with_their_time_of_day_as_a_systems_export_writes_them(tmp_path):
    # "2023-03-01 00:00:00" in a project system's export refused every row, and so the list
    text = ("2024年重点项目表\n项目编码,项目名称,总投资(万元),计划开工日期,计划竣工日期\n"
            "2401-500103-04-01-123456,甲道路工程,50000,2023-03-01 00:00:00,2025-12-31 00:00:00\n"
            "2402-500103-04-01-654321,乙学校新建,30000,2024/9/1 0:00,2026-08-31T00:00:00\n")
    for read in typed_and_saved(tmp_path, "t.csv", text):  # LibreOffice makes them date cells
        t, r = one_table(read)
        assert {n: (v["start"], v["completion"]) for n, v in r.items()} == {
            "甲道路工程": ("2023Q1", "2025Q4"), "乙学校新建": ("2024Q3", "2026Q3")}, read
    assert r["乙学校新建"]["start_text"] in ("2024/9/1", "2024-09-01")  # the date's words, without 0:00


def test_where_a_task_comes_from_is_not_the_task(tmp_path):
    # "任务来源 | 任务内容" in a 督查台账: every task was "政府工作报告", and the rows after the first duplicates of it
    text = ("2024年重点任务督查台账\n序号,任务来源,任务内容,牵头单位,完成时限,完成状态\n"
            "1,政府工作报告,新开工重点项目20个以上,区发展改革委,2024年12月,正常推进\n"
            "2,政府工作报告,引进市场主体3000户,区市场监管局,2024年12月,滞后\n")
    for read in typed_and_saved(tmp_path, "t.csv", text):
        t, r = one_table(read)
        assert t.kind == "measures" and sorted(r) == ["引进市场主体3000户", "新开工重点项目20个以上"], read
        assert (r["引进市场主体3000户"]["value"], r["引进市场主体3000户"]["status"]) == (3000, "滞后")


def test_marks_a_note_names_together_each_mean_what_it_says(tmp_path):
    # "注：带★或*的为约束性指标": only the last mark was read, the ★ indicator counted 预期性
    text = ("2024年主要预期目标\n序号,指标,单位,2024年目标\n1,地区生产总值增长,%,6左右\n"
            "2,单位地区生产总值能耗降低★,%,完成市下达任务\n3,PM2.5年均浓度*,微克/立方米,≤35\n"
            "注：带★或*的为约束性指标。\n")
    for read in typed_and_saved(tmp_path, "t.csv", text):
        t, r = one_table(read)
        assert {n: v["binding"] for n, v in r.items()} == {
            "地区生产总值增长": False, "单位地区生产总值能耗降低": True, "PM2.5年均浓度": True}, read
        assert [p.message for p in t.problems if "表注" in p.message] == ["按表注，名称带“★”“*”的为约束性指标，其余为预期性指标"]
    path = _csv(tmp_path, "p.csv", "2024年重点项目表\n序号,项目名称,总投资（亿元）\n1,甲项目★,10\n2,乙项目▲,5\n3,丙项目,3\n"
                                   "注：标★、▲的为新开工项目。\n")
    t, r = one_table(path)
    assert {n: v["nature"] for n, v in r.items()} == {"甲项目": "新开工", "乙项目": "新开工", "丙项目": None}


def test_a_table_kind_chosen_wrongly_is_said_with_the_kind_its_headings_give(tmp_path):
    # a key-project list imported as 附件1 said only "找不到“名称”列": which kind it is, and what to do
    from milestones.ui.problem_text import english

    path = _csv(tmp_path, "p.csv", "2024年重点项目表\n序号,项目名称,总投资（亿元）,计划开工\n1,甲项目,10,2024年3月\n")
    (t,) = read_import(path, "indicator_results").tables
    (said,) = [p.message for p in t.problems if p.severity == "error"]
    assert said == "找不到“名称”列：按表头这是重点项目表，不是所选的指标完成情况表（附件1），请改选表格类型（或不指定，自动识别）"
    assert english(said).startswith("no name (“名称”) column found: the headings make it a key projects table, not an "
                                    "indicator results table (annex 1) as chosen")
    (t,) = read_import(path, "key_projects").tables  # chosen rightly: read
    assert [r["name"] for r in t.records] == ["甲项目"]


def test_a_header_over_three_rows_whose_lowest_reads_best(tmp_path):
    # "2024年" over "计划投资（亿元） | 形象进度" over "全年 | 一季度 … | 一季度 …", 序号 merged down from the first:
    # only the lowest row was the header — "全年" no field, the quarters' 形象进度 dropped as repeats of the amounts
    import openpyxl

    wb = openpyxl.Workbook()
    s = wb.active
    s.append(["2024年重点项目季度计划"])
    s.append(["序号", "项目名称", "总投资（亿元）", "2024年"] + [None] * 8)
    s.append([None] * 3 + ["计划投资（亿元）"] + [None] * 4 + ["形象进度"] + [None] * 3)
    s.append([None] * 3 + ["全年", "一季度", "二季度", "三季度", "四季度", "一季度", "二季度", "三季度", "四季度"])
    for rng in ("A2:A4", "B2:B4", "C2:C4", "D2:L2", "D3:H3", "I3:L3"):
        s.merge_cells(rng)
    s.append([1, "甲项目", 10, 4, 1, 1, 1, 1, "完成设计", "开工", "主体施工", "封顶"])
    wb.save(tmp_path / "t.xlsx")
    convert([tmp_path / "t.xlsx"], tmp_path / "lo", "xlsx")
    for read in (tmp_path / "t.xlsx", tmp_path / "lo" / "t.xlsx"):
        t, r = one_table(read)
        p = r["甲项目"]
        assert (p["annual_investment"], p["start"]) == (4, "2024Q2"), read
        assert {q: (v["planned"], v.get("goal")) for q, v in p["quarters"].items()} == {
            "2024Q1": (1, "完成设计"), "2024Q2": (1, "开工"), "2024Q3": (1, "主体施工"), "2024Q4": (1, "封顶")}


def test_a_negative_figure_for_an_amount_whose_target_is_a_growth_is_the_growth(tmp_path):
    # "一般公共预算收入 | 亿元 | 增长3% | -2.1": stood as -2.1 亿元 (a revenue below nothing) and was judged by nothing;
    # it is the growth the target asks about (a positive figure stays the amount: 52 亿元)
    path = _csv(tmp_path, "r.csv", "2023年主要指标完成情况\n序号,指标,单位,目标,完成\n1,一般公共预算收入,亿元,增长3%,-2.1\n"
                                   "2,固定资产投资,亿元,增长5%,210.4\n")
    (t,) = read_import(path).tables
    assert [(r["actual"], r.get("actual_text")) for r in t.records] == [(None, "下降2.1%"), (210.4, None)]
    (said,) = [p for p in t.problems if p.row == 3]
    assert (said.column, said.severity) == ("E", "info") and "按增速读入" in said.message
