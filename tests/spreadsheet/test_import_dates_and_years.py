"""Dates, years and verdicts as exports and reviews write them, in files written by LibreOffice."""
import shutil

import pytest

from milestones.domain.compared import compared_figure
from milestones.domain.target import Score, Target
from milestones.domain.verdicts import verdict_of
from milestones.spreadsheet.importer import read_import

from .conftest import csv_file, one_table


def _records(imp, i=0):
    return {r.get("name") or r.get("text"): r for r in imp.tables[i].records}


def _schedule(r, name):
    return r[name]["start"], r[name]["completion"]


def test_a_project_database_export_year_and_month_as_numbers_and_its_year_from_the_file_name(lo_files, tmp_path):
    # 计划开工年月 202403: a year and a month in one number. It was read as an Excel serial day,
    # the year 2454, and the table had no year at all (no title; "本年计划投资")
    imp = read_import(lo_files["key-projects-erp-export-2024"])
    (t,) = imp.tables
    assert (t.kind, t.year) == ("key_projects", 2024)
    assert any(p.severity == "info" and "按文件名" in p.message and "2024年" in p.message for p in t.problems)
    r = _records(imp)
    assert _schedule(r, "化龙桥片区城市更新") == ("2024Q1", "2025Q4")
    assert _schedule(r, "朝天门滨江步道") == ("2023Q4", "2024Q4")
    assert _schedule(r, "大坪商圈提档升级") == ("2024Q2", "2026Q2")
    assert r["化龙桥片区城市更新"]["total_investment"] == 12.5  # 万元 to 亿元
    # month 13 is no date: refused on its row and column, not read as some day in 2454
    (bad,) = t.errors
    assert (bad.row, bad.column, bad.text) == (5, "G", "202413")
    assert "鹅岭公园配套" not in r


def test_the_year_from_the_name_is_the_one_year_it_names_and_a_chosen_year_wins(lo_files, tmp_path):
    src = lo_files["key-projects-erp-export-2024"]
    named = tmp_path / "2025年重点项目库导出.xlsx"
    shutil.copy(src, named)
    assert read_import(named).tables[0].year == 2025
    two = tmp_path / "2023年完成情况及2024年计划.xlsx"  # two years: no guess
    shutil.copy(src, two)
    (t,) = read_import(two).tables
    assert t.year is None and not any("按文件名" in p.message for p in t.problems)
    chosen = read_import(named, year=2023).tables[0]
    assert chosen.year == 2023 and not any("按文件名" in p.message for p in chosen.problems)


def test_a_span_begun_and_still_going_and_two_dates_apart_by_a_slash(lo_files):
    imp = read_import(lo_files["key-projects-begun-and-ongoing-2024"])
    (t,) = imp.tables
    assert (t.kind, t.year, t.errors) == ("key_projects", 2024, [])
    r = _records(imp)
    assert _schedule(r, "解放碑地下环道") == ("2024Q1", None)  # 2024年3月至今: begun, no end said
    # 2023年起: begun in 2023, its quarter not said, as "2023年" in a start column reads (it was 2023Q1: a project
    # of "2024年起" in 2024's plan was due to start in the first quarter and late from the second)
    assert _schedule(r, "十八梯二期") == (None, None) and r["十八梯二期"]["start_text"] == "2023年"
    assert _schedule(r, "李子坝轨道站点综合开发") == ("2024Q1", "2025Q4")  # 2024年3月/2025年12月
    assert _schedule(r, "大溪沟片区管网改造") == ("2024Q1", "2024Q2")  # 2024年3-6月
    assert r["大溪沟片区管网改造"]["start_text"] == "2024年3月"


def test_positive_growth_targets_and_the_verdict_words_of_a_review(lo_files):
    imp = read_import(lo_files["indicators-results-positive-growth-2024"])
    (t,) = imp.tables
    assert (t.kind, t.year, t.errors) == ("indicator_results", 2024, [])
    r = _records(imp)
    # "实现正增长" was a target in words no figure could meet: now above 0 %, judged by the growth
    rate = r["规模以上工业增加值增速"]
    assert rate["target"] == {"op": "above", "value": 0.0, "unit": "%", "text": "实现正增长"}
    assert Target(**rate["target"]).score(rate["actual"]) is Score.MET
    sales = r["社会消费品零售总额"]
    target = Target(**sales["target"])
    figure = compared_figure(target, sales["actual"], sales["actual_text"], sales["unit"])
    assert figure == -1.2 and target.score(figure) is Score.NOT_MET  # the amount fell: the growth, not 1520.3
    # the review's own words give the verdict
    # 指导性 is a guide, not a commitment: expected, as 预期性 (it was a warning, and no attribute)
    assert {n: r[n]["binding"] for n in r} == {"规模以上工业增加值增速": False, "社会消费品零售总额": False,
                                               "城镇新增就业": True, "重点项目年度投资完成率": None}
    assert not [p for p in t.problems if p.severity == "warning"]
    verdicts = {n: verdict_of(r[n]["status"]) for n in r}
    assert verdicts == {"规模以上工业增加值增速": "met", "社会消费品零售总额": "not_met",
                        "城镇新增就业": "met", "重点项目年度投资完成率": "not_met"}


def test_a_workbook_with_a_sheet_per_year_reads_each_sheets_quarters_in_its_year(tmp_path):
    from openpyxl import Workbook

    from tests.spreadsheet.conftest import convert

    wb = Workbook()
    wb.remove(wb.active)
    for year, rows in (("2023年", [["甲项目", "东部", "三季度", "2024年底"]]),
                       ("2024年", [["甲项目", "东部", "2023年三季度", "四季度"], ["乙项目", "西部", "二季度", "2025年底"]])):
        ws = wb.create_sheet(year)
        ws.append(["序号", "项目名称", "区域", "开工时间", "竣工时间"])  # no title: the sheet's name is the year
        for i, row in enumerate(rows, 1):
            ws.append([i, *row])
    wb.save(tmp_path / "重点项目.xlsx")
    out = tmp_path / "lo"
    convert([tmp_path / "重点项目.xlsx"], out, "xlsx")  # saved again by LibreOffice
    imp = read_import(out / "重点项目.xlsx")
    # "三季度" without its year was refused on every row before
    assert [(t.sheet, t.year, [(r["name"], r["start"], r["completion"]) for r in t.records], t.errors)
            for t in imp.tables] == [
        ("2023年", 2023, [("甲项目", "2023Q3", "2024Q4")], []),
        ("2024年", 2024, [("甲项目", "2023Q3", "2024Q4"), ("乙项目", "2024Q2", "2025Q4")], [])]
    assert all(any("按工作表名" in p.message for p in t.problems) for t in imp.tables)


def test_a_list_with_no_year_anywhere_says_which_plan_it_goes_to_before_writing(db, lo_files, tmp_path):
    from milestones.spreadsheet.importer import preview

    bare = tmp_path / "项目库导出.xlsx"  # no year in the title, the header or the name
    shutil.copy(lo_files["key-projects-erp-export-2024"], bare)
    imp = preview(db, read_import(bare))
    (t,) = imp.tables
    assert t.year is None
    said = [p for p in t.problems if "最近的" in p.message]
    assert len(said) == 1 and said[0].severity == "info" and "2024年计划" in said[0].message
    # a second preview says it once, not twice
    assert sum("最近的" in p.message for p in preview(db, imp).tables[0].problems) == 1


def test_a_task_lists_deadlines_in_words_give_the_year_or_the_last_years_end(lo_files):
    # each of these refused its task's row ("应为季度或日期"), and with it the whole file
    imp = read_import(lo_files["measures-deadlines-in-words-2024"])
    (t,) = imp.tables
    assert (t.kind, t.year, t.errors) == ("measures", 2024, [])
    due = {r["measure"]: r["quarter"] for r in t.records}
    # 分阶段推进, 年度内, 按上级部署, 按序时推进, 立即启动: no one date, so the year's (due at its end)
    assert due == {"推进城市更新": None, "建设智慧城市": "2025Q4", "优化营商环境": None, "防范化解风险": None,
                   "稳定就业": None, "安全生产": None}
    (said,) = [p for p in t.problems if p.text == "2024-2025年"]  # over two years: due by the end of the last
    assert (said.severity, said.column, said.message) == ("info", "E", "完成时限按“2025年”记入")


def test_an_estimates_growth_in_a_targets_table_is_last_years_not_a_result(lo_files):
    # 2023年预计完成 | 预计增长（%） | 2024年预期目标: the growth was read as what 2024 reached (5.2 against a
    # target of 增长6%左右: a year judged before it began)
    imp = read_import(lo_files["fujian2-estimated-growth-2024"])
    (t,) = imp.tables
    assert (t.kind, t.year, t.errors) == ("indicator_targets", 2024, [])
    r = _records(imp)
    assert {n: (r[n]["actual"], r[n]["previous_actual"], r[n]["previous_actual_text"]) for n in r} == {
        "地区生产总值": (None, 1631.3, "1631.3、增长5.2%"), "一般公共预算收入": (None, 52.1, "52.1、增长3.1%"),
        "城镇调查失业率": (None, 5.3, None)}
    assert r["地区生产总值"]["target"]["text"] == "增长6%左右"


def test_actuals_headed_shiji_this_years_and_last_years(tmp_path):
    # 实绩 (results, as some plans head them) was no column at all: the table had no actual
    path = tmp_path / "指标.csv"
    path.write_text("2023年主要指标完成情况\n指标,单位,2023年目标,2023年实绩,上年实绩\n"
                    "地区生产总值增速,%,6左右,6.1,5.8\n城镇新增就业,万人,2.2,2.4,2.3\n", encoding="utf-8")
    (t,) = read_import(path).tables
    assert (t.kind, t.year, t.errors) == ("indicator_results", 2023, [])
    assert [(r["name"], r["actual"], r["previous_actual"]) for r in t.records] == [
        ("地区生产总值增速", 6.1, 5.8), ("城镇新增就业", 2.4, 2.3)]


def test_a_header_over_three_rows_year_over_quarter_over_plan_and_done(lo_files):
    # 2024年分季度投资（万元） over 一季度 … over 计划 | 完成, 序号 and 项目名称 merged down over all three:
    # the quarters' figures were "no field" and left out
    imp = read_import(lo_files["key-projects-three-row-header-2024"])
    (t,) = imp.tables
    assert (t.kind, t.year, t.errors) == ("key_projects", 2024, [])
    r = _records(imp)
    assert r["化龙桥片区城市更新"]["quarters"] == {
        "2024Q1": {"planned": 0.5, "actual": 0.6, "progress": None},
        "2024Q2": {"planned": 1.0, "actual": 0.9, "progress": None},
        "2024Q3": {"planned": 1.0, "actual": None, "progress": None},
        "2024Q4": {"planned": 0.5, "actual": None, "progress": None}}  # 万元 in the top heading: converted
    assert (r["朝天门滨江步道"]["total_investment"], r["朝天门滨江步道"]["annual_investment"]) == (4.8, 1.2)
    assert not [p for p in t.problems if "没有对应的字段" in p.message]


def test_a_quarter_over_bare_plan_and_done_headings_in_a_table_titled_for_investment(lo_files):
    # "一季度" over "计划 | 完成", the title "…季度投资计划及完成情况表" saying what the figures are
    imp = read_import(lo_files["key-projects-quarters-bare-headings-2024"])
    (t,) = imp.tables
    assert (t.kind, t.year, t.errors) == ("key_projects", 2024, [])
    (rec,) = t.records
    assert {q: (v["planned"], v["actual"]) for q, v in rec["quarters"].items()} == {
        "2024Q1": (0.5, 0.6), "2024Q2": (1.0, 0.9), "2024Q3": (1.0, None), "2024Q4": (0.5, None)}


def test_marks_of_the_lists_change_after_names_match_the_project_and_leaving_ones_are_taken_off(db, lo_files):
    from sqlalchemy import select

    from milestones.spreadsheet.importer import preview, write
    from milestones.store.schema import KeyProject, PlanEntry

    # "重庆长滨（调整）" was a new project beside 重庆长滨; "【调出】" or 备注 调出 was imported as on the list. A
    # project marked as leaving is no record: the import takes it off the list, not missing from the file
    imp = preview(db, read_import(lo_files["key-projects-adjusted-list-2024"]))
    (t,) = imp.tables
    assert t.errors == [] and [r["name"] for r in t.records] == ["重庆长滨", "新列入项目"]
    d = imp.diffs[0]
    assert [t.records[i]["name"] for i in d.new] == ["新列入项目"]  # 重庆长滨 is the plan's own
    leaving = sorted((p.row, p.text) for p in t.problems if "调出" in p.message)
    assert leaving == [(5, "红楼宾馆综合改造【调出】"), (6, "邹容支路地块改造")]
    assert [t.leaving[j]["name"] for j in sorted(d.leaving)] == ["红楼宾馆综合改造", "邹容支路地块改造"]
    assert not {"红楼宾馆综合改造", "邹容支路地块改造"} & set(d.missing)
    write(db, imp, remove_missing=True)  # the adjusted list is the year's whole list
    with db.read() as s:
        listed = set(s.scalars(select(KeyProject.name).join(PlanEntry).where(PlanEntry.on_list.is_(True))))
    assert listed == {"重庆长滨", "新列入项目"}


def test_a_growth_on_the_row_below_its_amount_is_that_amounts_growth(lo_files):
    # "地区生产总值 | 亿元 | 1730" then "　　增速 | % | 6左右": it was an indicator named 增速, and the next
    # growth row a second one (a duplicate, refused, or one more nameless indicator)
    imp = read_import(lo_files["fujian2-growth-rows-2024"])
    (t,) = imp.tables
    assert (t.kind, t.year, t.errors) == ("indicator_targets", 2024, [])
    assert [(r["name"], r["unit"], r["target"]["text"]) for r in t.records] == [
        ("地区生产总值", "亿元", "1730"), ("地区生产总值增速", "%", "6左右"),
        ("规模以上工业增加值", "亿元", "120"), ("规模以上工业增加值增速", "%", "5"),
        ("增长", "%", "7"),  # under a new heading there is no amount above it: kept as written
        ("城镇新增就业", "万人", "2.2")]
    said = [(p.row, p.text) for p in t.problems if "的增速" in p.message]
    assert said == [(6, "增速"), (8, "比上年增长")]
    # the headings' counts ("一、经济发展（共4项）", "二、民生保障：2项") are no part of the category: with
    # them, each year's table made its categories anew
    assert [r["category"] for r in t.records] == ["经济发展"] * 4 + ["民生保障"] * 2


def test_unicode_text_as_excel_saves_it_utf16_and_tab_separated(lo_files, tmp_path):
    from tests.spreadsheet.conftest import HTML, convert

    # Excel's "Unicode 文本(*.txt)": UTF-16 with its byte-order mark; it was refused as "binary content"
    convert([HTML / "key-projects-spans-2024.html"], tmp_path, "txt:Text - txt - csv (StarCalc):9,34,65535",
            "HTML (StarCalc)")
    path = tmp_path / "key-projects-spans-2024.txt"
    assert path.read_bytes()[:2] == b"\xff\xfe"
    (t,) = read_import(path).tables
    (same,) = read_import(lo_files["key-projects-spans-2024"]).tables
    assert (t.kind, t.year) == ("key_projects", 2024)
    assert t.records == same.records


def test_zone_headings_that_give_their_counts_and_totals_after_the_name(lo_files):
    # "一、东部片区：2个项目，总投资22亿元": the zone was lost and the whole heading became each project's class
    imp = read_import(lo_files["key-projects-heading-stats-2024"])
    (t,) = imp.tables
    assert t.errors == []
    got = {r["name"]: (r["zone"], r["area"], r["nature"], r["class"]) for r in t.records}
    # (no 性质 column: the projects no heading gives a nature start in the list's year, 新开工)
    assert got == {"朝天门整治": ("东部", None, "新开工", None), "解放碑地下环道": ("东部", None, "新开工", None),
                   "化龙桥TOD": ("西部", "化龙桥片区", "新开工", None), "大坪商圈": ("西部", None, "续建", None)}


def test_a_verdict_in_the_figure_column_of_a_target_in_words_is_the_verdict(db, lo_files):
    from sqlalchemy import select

    from milestones.spreadsheet.importer import preview, write
    from milestones.store.schema import Indicator, IndicatorYear

    # 完成 | 未完成 where a figure would be (the target is 完成市下达任务): it was kept as words and the
    # indicator counted as not reported yet
    imp = read_import(lo_files["fujian1-verdicts-as-figures-2023"])
    (t,) = imp.tables
    assert (t.kind, t.year, t.errors) == ("indicator_results", 2023, [])
    r = _records(imp)
    assert {n: verdict_of(r[n]["status"]) for n in r} == {
        "单位地区生产总值能耗降低": "met", "耕地保有量": "not_met", "城镇新增就业": None, "主要污染物排放总量减少": "met"}
    assert r["耕地保有量"]["actual_text"] == "未完成"  # the words are kept as written too
    write(db, preview(db, imp))
    with db.read() as s:
        stored = dict(s.execute(select(Indicator.name, IndicatorYear.status)
                                .join(IndicatorYear, IndicatorYear.indicator_id == Indicator.id)
                                .where(IndicatorYear.year == 2023, Indicator.name == "耕地保有量")).all())
    assert stored == {"耕地保有量": "未完成"}


def test_a_star_on_a_projects_name_is_the_level_the_note_says_not_part_of_the_name(db, lo_files):
    from milestones.spreadsheet.importer import preview

    # "★重庆长滨" was a new project beside the plan's 重庆长滨 (only said as a like name)
    imp = preview(db, read_import(lo_files["key-projects-starred-levels-2024"]))
    (t,) = imp.tables
    assert t.errors == []
    assert [(r["name"], r["level"]) for r in t.records] == [
        ("重庆长滨", "市级重点"), ("红楼宾馆综合改造", "区级重点"), ("重庆站铁路综合交通枢纽工程", "市级重点"),
        ("邹容支路地块改造", "区级重点")]  # the others are the list's own level, as its title says
    assert imp.diffs[0].new == []  # each is the plan's own project
    said = {p.text: p.message for p in t.problems if p.row == 6}
    assert said == {"▲邹容支路地块改造": "名称前后的“▲”未计入名称（表中没有说明它的意思）"}


def test_a_sections_count_is_no_part_of_its_title_and_a_comma_in_the_title_stays(tmp_path):
    path = tmp_path / "任务清单.csv"
    path.write_text("2024年重点工作任务清单\n序号,工作举措,具体目标,牵头单位,完成时限\n"
                    "一、更好落实重大战略部署，抢抓机遇促发展（共2项）,,,,\n"
                    "1,全力投入成渝地区双城经济圈建设,举办各类交流论坛及互动活动20场以上,区发展改革委,年底\n"
                    "2,全力投入成渝地区双城经济圈建设,签约正式合同额600亿元,区商务委,年底\n", encoding="utf-8")
    (t,) = read_import(path).tables
    assert (t.kind, t.errors) == ("measures", [])
    assert {r["section"] for r in t.records} == {"一、更好落实重大战略部署，抢抓机遇促发展"}


def test_a_total_too_small_for_any_key_project_is_said_as_a_unit_slip(tmp_path):
    # 12.5 under 总投资（万元）: typed in 亿元, read as 125,000 yuan — imported without a word before
    path = tmp_path / "重点项目.csv"
    path.write_text("2024年重点项目计划表\n序号,项目名称,区域,总投资（万元）,年度计划投资（万元）\n"
                    "1,朝天门整治,东部,12.5,3\n2,解放碑地下环道,东部,120000,30000\n", encoding="utf-8")
    (t,) = read_import(path).tables
    assert t.errors == [] and [r["total_investment"] for r in t.records] == [0.00125, 12.0]
    (said,) = [p for p in t.problems if p.severity == "warning"]
    assert (said.row, said.column, said.text) == (3, "D", "12.5") and "远低于一般重点项目" in said.message


def test_a_minus_sign_pasted_from_a_web_page_keeps_the_figure_negative(tmp_path):
    # "−1.2" (U+2212, as web pages and word processors write a minus) was a growth of 1.2 and "−3.5" no number
    path = tmp_path / "指标.csv"
    path.write_text("2024年主要指标完成情况\n指标,单位,2024年目标,2024年完成,同比增长\n"
                    "单位地区生产总值能耗降低,%,−3,−3.5,\n规模以上工业增加值,亿元,增长5%,120,−1.2\n"
                    "进出口总额,亿元,增长3%,80,–0.5\n", encoding="utf-8")
    (t,) = read_import(path).tables
    assert t.errors == []
    r = _records(read_import(path))
    assert (r["单位地区生产总值能耗降低"]["target"]["value"], r["单位地区生产总值能耗降低"]["actual"]) == (-3.0, -3.5)
    assert r["规模以上工业增加值"]["actual_text"] == "120、下降1.2%"
    assert r["进出口总额"]["actual_text"] == "80、下降0.5%"  # an en dash before the figure too


def test_hidden_rows_are_left_out_and_said_and_a_hidden_copy_of_a_column_gives_way(tmp_path):
    from openpyxl import Workbook

    from tests.spreadsheet.conftest import convert

    # a project's row hidden (taken out, or filtered away) was imported as on the list; an old copy of
    # 总投资 hidden before the one shown was the one read
    wb = Workbook()
    ws = wb.active
    ws.append(["2024年重点项目计划表"])
    ws.append(["序号", "项目名称", "区域", "总投资（亿元）", "总投资（亿元）", "开工时间"])
    ws.append([1, "朝天门整治", "东部", 9, 10, "2024Q1"])
    ws.append([2, "已调出项目", "东部", 1, 2, "2024Q2"])
    ws.append([3, "化龙桥TOD", "西部", 4, 5, "2024Q3"])
    ws.row_dimensions[4].hidden = True
    ws.column_dimensions["D"].hidden = True
    wb.save(tmp_path / "hidden.xlsx")
    convert([tmp_path / "hidden.xlsx"], tmp_path / "lo", "xlsx")  # saved again by LibreOffice
    for path in (tmp_path / "hidden.xlsx", tmp_path / "lo" / "hidden.xlsx"):
        (t,) = read_import(path).tables
        assert t.errors == [], path
        assert [(r["name"], r["total_investment"]) for r in t.records] == [("朝天门整治", 10.0), ("化龙桥TOD", 5.0)]
        said = {(p.row, p.severity, p.message) for p in t.problems}
        assert (4, "warning", "隐藏行，未导入（要导入请先在表格中取消隐藏）") in said
        assert any("第D列" in m and "隐藏列" in m and "第E列" in m for _, _, m in said)


def test_a_start_or_completion_given_by_the_year_alone_is_said_once_for_its_column(tmp_path):
    # "2024年开工" has no quarter: the dashboard's starts by quarter leave it out, which the preview said
    # nowhere; "年内开工" and "2024年内开工" say no more than it (they were the year's fourth quarter, a start drawn
    # from there and counted among that quarter's)
    path = csv_file(tmp_path, "k.csv", "2024年重点项目计划表\n"
                    "序号,项目名称,区域,总投资（亿元）,计划开工时间,计划竣工时间\n"
                    "1,解放碑步行街提升,中部,3.2,2024年开工,2025年竣工\n"
                    "2,化龙桥片区道路,西部,12,2024年内开工,2026年完工\n"
                    "3,朝天门码头改造,东部,5,年内开工,2026年6月\n"
                    "4,大坪医院扩建,西部,8,2024年下半年,2026年\n")
    t, by_name = one_table(path)
    assert [(by_name[n]["start"], by_name[n]["start_text"]) for n in ("解放碑步行街提升", "化龙桥片区道路", "朝天门码头改造")] \
        == [(None, "2024年开工"), (None, "2024年内开工"), (None, "2024年")]
    said = {p.column: p.message for p in t.problems if p.severity == "info" and "只写了年份" in p.message}
    assert said == {
        # counted in the year's rates at its end (since session 29), in no single quarter's
        "E": "第E列有 3 个项目只写了年份（如“2024年开工”），没有季度：按原文记入，时间轴标出全年；计入该年的开工数"
             "（到四季度才算到期），不计入哪一个季度",
        "F": "第F列有 2 个项目只写了年份（如“2025年竣工”），没有季度：按原文记入，时间轴标出全年；计入该年的完工数"
             "（到四季度才算到期），不计入哪一个季度"}


def test_a_bare_year_in_the_start_column_is_the_year_it_starts_in_not_its_last_quarter(db, tmp_path):
    """"计划开工: 2024年" (or the number 2024) was read as the year's fourth quarter, a deadline's reading: the
    timeline drew the project from 2024Q4 and the dashboard counted it among Q4's starts, while "2024年开工" beside
    it was the year alone. A bare year in the completion column is still due by the year's end."""
    from openpyxl import Workbook

    from milestones.spreadsheet.export import export
    from milestones.spreadsheet.importer import preview, write
    from tests.spreadsheet.conftest import convert

    wb = Workbook()
    ws = wb.active
    ws.append(["2024年重点项目计划表"])
    ws.append(["序号", "项目名称", "区域", "总投资（亿元）", "计划开工", "计划竣工"])
    ws.append([1, "朝天门整治", "东部", 9, "2024年", "2025年"])
    ws.append([2, "化龙桥TOD", "西部", 4, 2024, 2026])  # typed as numbers
    ws.append([3, "解放碑步行街提升", "中部", 3, "2024年开工", "2025年底"])
    ws.append([4, "大坪医院扩建", "西部", 8, "2024年3月", "2026年"])
    wb.save(tmp_path / "k.xlsx")
    convert([tmp_path / "k.xlsx"], tmp_path / "lo", "xlsx")  # saved again by LibreOffice
    for path in (tmp_path / "k.xlsx", tmp_path / "lo" / "k.xlsx"):
        t, by_name = one_table(path)
        assert [(by_name[n]["start"], by_name[n]["start_text"], by_name[n]["completion"])
                for n in ("朝天门整治", "化龙桥TOD", "解放碑步行街提升", "大坪医院扩建")] == [
            (None, "2024年", "2025Q4"), (None, "2024年", "2026Q4"), (None, "2024年开工", "2025Q4"),
            ("2024Q1", "2024年3月", "2026Q4")], path
        said = [p.message for p in t.problems if "只写了年份" in p.message]
        assert said == ["第E列有 3 个项目只写了年份（如“2024年”），没有季度：按原文记入，时间轴标出全年；计入该年的开工数"
                        "（到四季度才算到期），不计入哪一个季度"]
    # the year written back as it was read, and read back the same
    write(db, preview(db, read_import(tmp_path / "lo" / "k.xlsx")))
    export(db, "key_projects", tmp_path / "out.xlsx", timeline=False)
    _, again = one_table(tmp_path / "out.xlsx")
    assert [(again[n]["start"], again[n]["start_text"]) for n in ("朝天门整治", "化龙桥TOD")] == \
        [(None, "2024年"), (None, "2024年")]
    assert preview(db, read_import(tmp_path / "out.xlsx")).diffs[0].counts()["changed"] == 0


def test_a_start_within_the_year_is_the_year_it_starts_in_not_its_last_quarter(db, tmp_path):
    from milestones.spreadsheet.export import export
    from milestones.spreadsheet.importer import preview, write

    # "2024年度", "年内", "2024年内开工" as a start were the year's fourth quarter, where "2024年" is the year alone:
    # the timeline drew them from Q4, the dashboard counted them among Q4's starts, and no nature was guessed
    t, r = one_table(csv_file(tmp_path, "p.csv", "2024年重点项目计划表\n序号,项目名称,计划开工时间,计划竣工时间\n"
                                                 "1,甲,2024年度,2026年度\n2,乙,年内,年内\n3,丙,2024年内开工,2025年\n"
                                                 "4,丁,2024年底,2025年\n5,戊,2025年度,2026年\n"))
    assert [(r[n]["start"], r[n]["start_text"], r[n]["completion"], r[n]["nature"]) for n in "甲乙丙丁戊"] == [
        (None, "2024年度", "2026Q4", "新开工"), (None, "2024年", "2024Q4", "新开工"), (None, "2024年内开工", "2025Q4", "新开工"),
        ("2024Q4", "2024年底", "2025Q4", "新开工"),  # the year's end is a quarter
        (None, "2025年度", "2026Q4", None)]
    assert [p.message for p in t.problems if "只写了年份" in p.message] == [
        "第C列有 4 个项目只写了年份（如“2024年度”），没有季度：按原文记入，时间轴标出全年；计入该年的开工数（到四季度才算到期），"
        "不计入哪一个季度"]
    # read back from the export the same
    write(db, preview(db, read_import(tmp_path / "p.csv")))
    export(db, "key_projects", tmp_path / "out.xlsx", timeline=False)
    assert preview(db, read_import(tmp_path / "out.xlsx")).diffs[0].counts()["changed"] == 0


def test_a_span_column_of_months_within_a_year_and_of_years_alone(tmp_path):
    # "2024.3-12" in 开竣工时间 was an error, and one such cell kept the whole list out; "2024-2026" started in the
    # first quarter, so every new project of the list was late from the second
    t, r = one_table(csv_file(tmp_path, "p.csv", "2024年重点项目计划表\n序号,项目名称,计划开竣工时间\n"
                                                 "1,甲项目,2024.3-12\n2,乙项目,2024年3-6月\n3,丙项目,2024-2026\n"
                                                 "4,丁项目,2023年-2025年\n"))
    assert [(r[n]["start"], r[n]["start_text"], r[n]["completion"], r[n]["completion_text"])
            for n in ("甲项目", "乙项目", "丙项目", "丁项目")] == [
        ("2024Q1", "2024.3", "2024Q4", "2024年12月"), ("2024Q1", "2024年3月", "2024Q2", "2024年6月"),
        (None, "2024年", "2026Q4", "2026"), (None, "2023年", "2025Q4", "2025年")]
    (said,) = [p for p in t.problems if "只写了年份" in p.message]
    assert (said.column, said.text) == ("C", "2024-2026") and said.message.startswith("第C列有 2 个项目的开工只写了年份")


@pytest.mark.parametrize("heading", ["计划开工（竣工）时间", "开（竣）工时间", "开工/竣工时间", "开工、竣工时间",
                                     "计划开工-竣工时间", "开工至竣工时间"])
def test_start_and_completion_named_in_one_heading_however_joined(tmp_path, heading):
    # "计划开工（竣工）时间" was the start only (the bracket taken for a unit): every completion was lost, a span
    # "2024.10-2027.6" warned as "本列只填一个时间"; "开（竣）工时间" was no field at all
    path = tmp_path / "span.csv"
    path.write_text(f"2025年重点项目计划\n序号,项目名称,总投资（亿元）,{heading}\n1,渝中滨江公园,2.5,2025.3/2026.12\n"
                    "2,大坪医院新院区,18,2024.10-2027.6\n", encoding="utf-8")
    (t,) = read_import(path).tables
    assert [(r["start"], r["completion"]) for r in t.records] == [("2025Q1", "2026Q4"), ("2024Q4", "2027Q2")]
    assert not [p for p in t.problems if p.severity != "info"]


@pytest.mark.parametrize("heading, field", [("计划开工时间", "start"), ("开工", "start"), ("竣工时间", "completion"),
                                            ("实际开工时间", "actual_start")])
def test_a_heading_naming_one_end_is_still_that_end(heading, field):
    from milestones.spreadsheet.headings import match_heading
    assert match_heading("key_projects", heading) == field


def test_dates_day_and_month_first_are_read_by_their_column(tmp_path):
    # a CSV saved by Excel set to US dates: "3/15/2024" was refused as no date, and "2/5/2024" is February 5 only
    # because the column's other dates put the month first
    from openpyxl import Workbook

    from tests.spreadsheet.conftest import convert

    t, r = one_table(csv_file(tmp_path, "us.csv", "2024年重点项目计划表\n序号,项目名称,计划开工时间,计划竣工时间\n"
                                                  "1,甲,3/15/2024,12/31/2025\n2,乙,2/5/2024,5/8/2025\n"))
    assert [(r[n]["start"], r[n]["completion"]) for n in "甲乙"] == [("2024Q1", "2025Q4"), ("2024Q1", "2025Q2")]
    assert "第C列的日期先写月、后写日（如“3/15/2024”），按此读取" in [p.message for p in t.problems]
    _, r = one_table(csv_file(tmp_path, "eu.csv", "2024年重点项目计划表\n序号,项目名称,计划开工时间,计划竣工时间\n"
                                                  "1,甲,15/03/2024,31/12/2025\n2,乙,2/5/2024,5/8/2025\n"))
    assert [(r[n]["start"], r[n]["completion"]) for n in "甲乙"] == [("2024Q1", "2025Q4"), ("2024Q2", "2025Q3")]
    # the same dates typed into a workbook as text, saved again by LibreOffice
    wb = Workbook()
    ws = wb.active
    for row in (["2024年重点项目计划表"], ["序号", "项目名称", "计划开工时间", "计划竣工时间"], [1, "甲", "3/15/2024", "Dec-25"],
                [2, "乙", "2/5/2024", "Mar-26"]):
        ws.append(row)
    wb.save(tmp_path / "us.xlsx")
    convert([tmp_path / "us.xlsx"], tmp_path / "lo", "xlsx")
    _, r = one_table(tmp_path / "lo" / "us.xlsx")
    assert [(r[n]["start"], r[n]["completion"]) for n in "甲乙"] == [("2024Q1", "2025Q4"), ("2024Q1", "2026Q1")]


def test_a_column_of_dates_in_both_orders_reads_each_alone(tmp_path):
    t = read_import(csv_file(tmp_path, "mixed.csv", "2024年重点项目计划表\n序号,项目名称,计划开工时间\n1,甲,3/15/2024\n"
                                                      "2,乙,15/03/2024\n3,丙,2/5/2024\n")).tables[0]
    assert {r["name"]: r["start"] for r in t.records} == {"甲": "2024Q1", "乙": "2024Q1"}
    (said,) = [p for p in t.problems if p.severity == "error"]
    assert (said.row, said.text) == (5, "2/5/2024") and said.message.startswith("看不出是月/日还是日/月")


def test_a_start_or_completion_in_another_year_than_the_construction_years_is_pointed_out(tmp_path):
    # "2023年至2025年" beside a start of "3月" (read as the plan's year), "2024-2026" beside a completion of "年底": which
    # one is right the row does not say, and both were read without a word
    from tests.spreadsheet.conftest import typed_and_saved
    from milestones.ui.problem_text import english

    text = ("2024年重点项目计划表\n序号,项目名称,建设起止年限,计划开工时间,计划完工时间\n"
            "1,甲,2024.3-2025.6,2024/3/1,2025年第二季度\n2,乙,2024-2026,一季度,年底\n"
            "3,丙,2023年至2025年,3月,2025年上半年\n4,丁,2022-2025,2022年,2025年\n")
    for path in typed_and_saved(tmp_path, "年限.csv", text):
        (t,) = read_import(path).tables
        assert [(r["start"], r["completion"]) for r in t.records] == [
            ("2024Q1", "2025Q2"), ("2024Q1", "2024Q4"), ("2024Q1", "2025Q2"), (None, "2025Q4")]  # as before
        said = [(p.row, p.column, p.message) for p in t.problems if p.severity == "warning"]
        assert said == [(4, "E", "读作2024年四季度，与第C列“建设起止年限”（2024-2026）结束的2026年不一致，请核对"),
                        (5, "D", "读作2024年一季度，与第C列“建设起止年限”（2023年至2025年）开始的2023年不一致，请核对")]
        assert english(said[1][2]) == ("read as 2024 Q1, which is not in 2023, the first year column C “建设起止年限” "
                                       "gives (2023年至2025年): check it")
