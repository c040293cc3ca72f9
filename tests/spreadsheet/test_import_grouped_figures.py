"""Indicator tables whose year heads a target and a result, each over an amount and a growth:
"2024年预期目标" over "绝对值 | 增长（%）", as many 附件1 and 附件2 are laid out. Files written by
LibreOffice."""
import pytest
from sqlalchemy import select, update

from milestones.spreadsheet.importer import preview, read_import, write
from milestones.store.schema import KeyProject, ProgressNote
from tests.spreadsheet.conftest import csv_file as _csv


def _records(imp):
    (t,) = imp.tables
    return {r["name"]: r for r in t.records}


def _read_whole(path, kind: str, year: int) -> dict:
    """The one table of ``path``, read as ``kind`` of ``year`` with no error and no column dropped as a
    second copy of another: its records by name."""
    imp = read_import(path)
    (t,) = imp.tables
    assert (t.kind, t.year, t.errors) == (kind, year, [])
    assert not [p for p in t.problems if "同一项" in p.message]
    return _records(imp)


def test_a_targets_amount_and_growth_under_the_target_are_the_target_not_a_result(lo_files):
    # "2024年预期目标" over "绝对值 | 增长（%）": the amount was read as what 2024 had reached (1740, a year
    # judged before it began), the growth "6左右" as a target of 6 亿元, and 2023's growth was dropped
    r = _read_whole(lo_files["fujian2-amount-and-growth-under-target-2024"], "indicator_targets", 2024)
    assert all(rec["actual"] is None and rec["actual_text"] is None for rec in r.values())
    assert r["地区生产总值"]["target"] == {"op": "exact", "value": 1740.0, "unit": "亿元", "text": "1740（增长6%左右）"}
    assert r["地区生产总值"]["previous_actual_text"] == "1650、增长5.5%"
    # only a growth for the year: the target is the growth, as the table words it
    assert r["一般公共预算收入"]["target"] == {"op": "exact", "value": 4.0, "unit": "%", "text": "增长4%"}
    assert r["社会消费品零售总额"]["target"]["text"] == "增长6.5%"
    assert r["城镇调查失业率"]["target"] == {"op": "at_most", "value": 5.5, "unit": "%", "text": "5.5以内"}
    assert r["单位地区生产总值能耗降低"]["target"]["text"] == "完成市下达任务"


def test_a_results_table_with_target_and_result_each_over_amount_and_growth(lo_files):
    # "2023年目标" and "2023年完成", each over "绝对值 | 增长（%）": the target's amount was read as the
    # figure reached and the real figure reached (1631.3) was dropped as a second column for it
    r = _read_whole(lo_files["fujian1-amount-and-growth-under-each-2023"], "indicator_results", 2023)
    gdp = r["地区生产总值"]
    assert gdp["target"] == {"op": "about", "value": 6.0, "unit": "%", "text": "增长6%左右"}
    assert (gdp["actual"], gdp["actual_text"], gdp["actual_growth"], gdp["status"]) == (
        1631.3, "1631.3、增长5.2%", 5.2, "未完成")
    assert r["社会消费品零售总额"]["target"]["text"] == "1500（增长7%）"
    assert r["社会消费品零售总额"]["actual"] == 1413.7
    assert (r["城镇调查失业率"]["target"]["op"], r["城镇调查失业率"]["actual"]) == ("at_most", 5.3)
    # a fall: "-2" under the target's growth is 下降2%
    assert r["固定资产投资"]["target"]["text"] == "下降2%"
    assert r["固定资产投资"]["actual_text"] == "下降1.5%"


def test_a_targets_growth_in_words_is_kept_with_the_target(tmp_path):
    path = _csv(
        tmp_path, "附件2.csv",
        "2024年主要指标预期目标\n序号,指标,单位,2024年目标,2024年目标\n,,,绝对值,增长（%）\n"
        "1,地区生产总值,亿元,1740,较快增长\n2,社会消费品零售总额,亿元,,约7\n")
    (t,) = read_import(path).tables
    assert t.kind == "indicator_targets"
    r = {rec["name"]: rec for rec in t.records}
    # words with no figure are the target's too, as written (they were warned of and dropped)
    assert not [p for p in t.problems if p.severity != "info"]
    assert r["地区生产总值"]["target"]["text"] == "1740（较快增长）"
    assert r["社会消费品零售总额"]["target"] == {"op": "about", "value": 7.0, "unit": "%", "text": "增长约7%"}


def test_a_片区_column_of_zone_words_is_the_zone_and_months_of_one_quarter_are_that_quarter(lo_files):
    # 片区 holding 东部片区, 渝中区西部, 全区 and "东、中部" (two zones): the whole column was read as the
    # areas (no project had a zone) because one value named two zones; "2024年5-6月" was refused
    imp = read_import(lo_files["key-projects-zone-words-and-month-ranges-2024"])
    (t,) = imp.tables
    r = _records(imp)
    assert {n: rec["zone"] for n, rec in r.items()} == {
        "甲项目": "东部", "乙项目": "西部", "丙项目": "中部", "丁项目": "全区", "戊项目": "全区", "己项目": "中部"}
    assert all(rec["area"] is None for rec in r.values())
    assert any(p.text == "东、中部" and "按全区导入" in p.message for p in t.problems)
    assert t.errors == []
    assert (r["己项目"]["start"], r["己项目"]["completion"]) == ("2024Q2", "2025Q2")
    assert (r["甲项目"]["start"], r["甲项目"]["completion"]) == ("2024Q1", "2025Q2")  # "24年3月"
    assert r["丙项目"]["total_investment"] == 0.5  # "5,000万元" in a 亿元 column


def test_months_of_two_quarters_in_one_cell_are_refused_not_guessed():
    from milestones.domain.quarter import Quarter, QuarterParseError
    from milestones.domain.schedule_cell import parse_schedule_cell
    assert parse_schedule_cell("2024年4至6月").quarter == Quarter(2024, 2)
    assert parse_schedule_cell("2024.10-12月").quarter == Quarter(2024, 4)
    assert parse_schedule_cell("2024-5-6").date is not None  # a day, not months
    with pytest.raises(QuarterParseError, match="跨两个季度"):
        parse_schedule_cell("2024年6-7月")


def test_a_cell_read_for_each_target_of_its_row_is_said_once(lo_files):
    # "引进项目80个，正式合同投资额300亿元" with "6月底前完成40个，12月底前全面完成": two targets, one
    # deadline, which the preview said twice, word for word
    (t,) = read_import(lo_files["measures-task-breakdown-with-leaders-2024"]).tables
    assert (t.kind, t.year, t.errors) == ("measures", 2024, [])
    assert [r["text"] for r in t.records if r["measure"] == "招商引资"] == ["引进项目80个", "正式合同投资额300亿元"]
    assert {r["quarter"] for r in t.records} == {"2024Q4"}
    said = [(p.row, p.column, p.message) for p in t.problems if p.row == 5]
    assert said == [(5, "G", "完成时限按“12月底前全面完成”记入")]  # the last stage, as written
    assert {r["responsible_unit"] for r in t.records if r["measure"] == "实施重点项目"} == {"区发展改革委"}


def test_chinese_punctuation_is_kept_as_typed_and_a_file_stored_with_ascii_is_unchanged(db, tmp_path):
    # "区商务委，区规划自然资源局" was stored as "区商务委,区规划自然资源局": Chinese read with ASCII commas and
    # brackets. Full-width digits still become half-width ("区商务委牵头，区规划自然资源局配合", this test's cell
    # before session 50, is read as the lead and its partners now)
    path = _csv(
        tmp_path, "重点项目.csv",
        "2024年重点项目计划表\n序号,项目名称,总投资（亿元）,开工时间,竣工时间,责任单位\n"
        "1,标点测试项目（一期）,１２.５,2024年一季度,2025年四季度,区商务委，区规划自然资源局\n")
    imp = read_import(path)
    (rec,) = imp.tables[0].records
    assert (rec["name"], rec["total_investment"]) == ("标点测试项目（一期）", 12.5)
    assert rec["responsible_unit"] == "区商务委，区规划自然资源局"
    write(db, preview(db, imp))
    with db.session() as s:  # as an older version stored it
        pid = s.scalars(select(KeyProject.id).where(KeyProject.name == "标点测试项目（一期）")).one()
        s.execute(update(KeyProject).where(KeyProject.id == pid).values(
            name="标点测试项目(一期)", responsible_unit="区商务委,区规划自然资源局"))
        s.commit()
    again = preview(db, read_import(path))
    assert again.diffs[0].counts() | {"missing": 0} == {"new": 0, "changed": 0, "unchanged": 1, "missing": 0}


def test_a_second_table_titled_below_the_first_on_one_sheet_is_a_table_of_its_own(lo_files):
    # "表2 2024年主要指标预期目标" with its own header under the 2023 results, no 附件 row between: its rows
    # were read as the first table's, each refused as a duplicate, and 2024's targets were lost
    imp = read_import(lo_files["indicators-results-above-targets-one-sheet-2024"])
    results, targets = imp.tables
    assert (results.kind, results.year, results.errors) == ("indicator_results", 2023, [])
    assert (targets.kind, targets.year, targets.errors) == ("indicator_targets", 2024, [])
    assert targets.sheet.endswith("（表2）")
    assert [r["actual"] for r in results.records] == [5.2, 2.8]
    assert [r["target"]["value"] for r in targets.records] == [6.0, 2.6]
    assert not [p for p in results.problems if "重复" in p.message]


@pytest.mark.parametrize("first, headed", [("续建", True), ("新开工", True), ("续建", False)])
def test_a_lists_sections_each_with_a_header_of_its_own_are_each_read_by_it(db, tmp_path, first, headed):
    # "一、续建项目" over its header, "二、新开工项目" over a header with one more column (计划开工时间): the
    # better header won and the rows above it were lost without a word; or the second section's rows were read
    # by the first header's columns (its 计划完工 as a start, its units as dates)
    from tests.spreadsheet.conftest import typed_and_saved

    going = ("序号,项目名称,总投资（亿元）,年度计划投资（亿元）,计划完工时间,责任单位\n"
             "1,十八梯三期,12,3,2025年10月,区城投\n2,化龙桥道路,6,2,2024年10月,区建委\n")
    new = ("序号,项目名称,总投资（亿元）,年度计划投资（亿元）,计划开工时间,计划完工时间,责任单位\n"
           "1,人和街,3,1,2024年3月,2024年12月,区建委\n2,大坪医院,5,2,2024年6月,2026年6月,区卫健委\n")
    sections = [("续建项目", going), ("新开工项目", new)]
    if first == "新开工":
        sections.reverse()
    text = "2024年重点项目计划表\n" + "".join((f"{n}、{title}\n" if headed else "") + rows
                                            for n, (title, rows) in zip("一二", sections))
    for path in typed_and_saved(tmp_path, f"{first}在前.csv", text):
        imp = read_import(path)
        assert [(t.kind, t.year, t.errors) for t in imp.tables] == [("key_projects", 2024, [])] * 2
        got = {r["name"]: (r.get("nature"), r.get("start"), r["completion"], r["responsible_unit"])
               for t in imp.tables for r in t.records}
        going = "续建" if headed else None  # (without the heading nothing says so, nor a start)
        assert got == {"十八梯三期": (going, None, "2025Q4", "区城投"), "化龙桥道路": (going, None, "2024Q4", "区建委"),
                       "人和街": ("新开工", "2024Q1", "2024Q4", "区建委"),
                       "大坪医院": ("新开工", "2024Q2", "2026Q2", "区卫健委")}
        assert "这部分没有写年度：按上方表题的2024年导入" in [p.message for p in imp.tables[1].problems]
        # (the preview's tab names the section)
        assert imp.tables[1].sheet == (f"{path.stem}（二、{sections[1][0]}）" if headed else f"{path.stem}（第5行起）")
    imp = preview(db, read_import(path))
    write(db, imp)
    again = preview(db, read_import(path))  # each section finds its projects; neither says the other's missing
    assert [again.diffs[i].counts() | {"missing": 0} for i in (0, 1)] == \
        [{"new": 0, "changed": 0, "unchanged": 2, "missing": 0}] * 2
    assert not {"十八梯三期", "化龙桥道路", "人和街", "大坪医院"} & {*again.diffs[0].missing, *again.diffs[1].missing}


def test_a_header_repeated_under_a_title_on_each_printed_page_is_still_one_table(tmp_path):
    path = tmp_path / "重点项目.csv"
    header = "序号,项目名称,总投资（亿元）,开工时间,竣工时间\n"
    path.write_text("2024年重点项目计划表\n" + header + "1,甲项目,10,2024年一季度,2025年四季度\n"
                    "2024年重点项目计划表（续）\n" + header + "2,乙项目,5,2024年二季度,2024年四季度\n", encoding="utf-8")
    (t,) = read_import(path).tables
    assert [r["name"] for r in t.records] == ["甲项目", "乙项目"]


def test_a_横道图_drawn_by_month_on_its_own_is_read_as_the_projects_schedule(lo_files):
    # "2024年重点项目推进计划横道图": 1月 … 12月 shaded with ■. A sheet titled 横道图 was skipped as our
    # export's drawing ("工作簿中没有任何数据"), and read, each ■ was a month's node
    imp = read_import(lo_files["key-projects-gantt-by-month-2024"])
    assert imp.problems == []
    (t,) = imp.tables
    assert (t.kind, t.year, t.errors) == ("key_projects", 2024, [])
    r = _records(imp)
    assert {n: (rec["start"], rec["completion"]) for n, rec in r.items()} == {
        "甲项目": ("2024Q1", "2024Q4"), "乙项目": ("2024Q1", "2024Q2"), "丙项目": ("2024Q3", "2024Q3")}
    assert all(not rec.get("quarters") for rec in r.values())
    assert any("按月画的横道图" in p.message for p in t.problems)


def test_a_横道图_drawn_by_colouring_cells_gives_each_projects_schedule(lo_files):
    # months coloured blue, nothing typed in them: the projects came with no start and no completion,
    # and nothing said why. A row banded grey across (its name too) is not marked by its band
    imp = read_import(lo_files["key-projects-gantt-shaded-by-month-2024"])
    (t,) = imp.tables
    assert t.errors == []
    r = _records(imp)
    assert {n: (rec["start"], rec["completion"]) for n, rec in r.items()} == {
        "甲项目": ("2024Q1", "2024Q4"), "乙项目": ("2024Q1", "2024Q2"), "丙项目": ("2024Q3", "2024Q3")}
    assert any(p.message == "第E至P列的标记是单元格底色" for p in t.problems)


def test_quarters_coloured_in_excel_over_two_years(tmp_path):
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill

    wb = Workbook()
    ws = wb.active
    ws.append(["2024—2025年重点项目形象进度计划"])
    ws.append(["序号", "项目名称", "总投资（亿元）", "2024年", None, None, None, "2025年", None, None, None])
    ws.append([None, None, None, "一季度", "二季度", "三季度", "四季度", "一季度", "二季度", "三季度", "四季度"])
    for rng in ("A2:A3", "B2:B3", "C2:C3", "D2:G2", "H2:K2"):
        ws.merge_cells(rng)
    header = PatternFill("solid", fgColor="FFD9D9D9")
    for row in ws["A2:K3"]:
        for cell in row:
            cell.fill = header
    bar, white = PatternFill("solid", fgColor="FF70AD47"), PatternFill("solid", fgColor="FFFFFFFF")
    for i, (name, quarters) in enumerate([("甲项目", range(1, 6)), ("乙项目", range(3, 9)), ("丙项目", [])], 1):
        ws.append([i, name, 5])
        for q in range(1, 9):
            ws.cell(3 + i, 3 + q).fill = bar if q in quarters else white
    ws.append(["注：绿色为计划施工期。"])
    path = tmp_path / "形象进度.xlsx"
    wb.save(path)
    (t,) = read_import(path).tables
    r = {rec["name"]: rec for rec in t.records}
    assert {n: (rec["start"], rec["completion"]) for n, rec in r.items()} == {
        "甲项目": ("2024Q1", "2025Q1"), "乙项目": ("2024Q3", "2025Q4"), "丙项目": (None, None)}


def test_a_name_merged_over_two_columns_is_both_cells(tmp_path):
    # "项目名称" merged over B:C, "十八梯 | 三期": the name was the first cell alone ("十八梯"), so 一期 and 二期 of one
    # work were one project and the second a duplicate; a long second cell is what is built
    import openpyxl
    from tests.spreadsheet.conftest import convert

    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["2024年重点项目表"], ["序号", "项目名称", None, "总投资（亿元）", "计划竣工"],
                [1, "十八梯", "三期", 10, "2025年12月"], [2, "山城巷", "二期", 5, "2024年12月"],
                [3, "山城巷", "三期", 6, "2025年12月"], [4, "重庆长滨", None, 120, "2025年12月"],
                [5, "枇杷山", "改造历史建筑约2万平方米及配套道路", 8, "2025年6月"]):
        ws.append(row)
    ws.merge_cells("B2:C2")
    wb.save(tmp_path / "merged.xlsx")
    convert([tmp_path / "merged.xlsx"], tmp_path / "lo", "xlsx")
    for path in (tmp_path / "merged.xlsx", tmp_path / "lo" / "merged.xlsx"):
        (t,) = read_import(path).tables
        assert t.errors == [], path
        assert [(r["name"], r.get("content")) for r in t.records] == [
            ("十八梯三期", None), ("山城巷二期", None), ("山城巷三期", None), ("重庆长滨", None),
            ("枇杷山", "改造历史建筑约2万平方米及配套道路")]
        said = [p.message for p in t.problems]
        assert "第B、C列都在“项目名称”下：两列合起来作为项目名称，第二格较长的作为建设内容" in said
        assert not [m for m in said if "同一项" in m]


def test_a_name_and_content_column_is_read_apart(tmp_path):
    # "项目名称及主要建设内容": the table had no name column, was taken for a table of indicators and
    # its projects became indicators named "甲项目:新建道路2公里及配套管网"
    path = _csv(
        tmp_path, "重点项目.csv",
        "2024年重点项目计划表\n序号,项目名称及主要建设内容,总投资（亿元）,开工时间,竣工时间\n"
        "1,甲项目：新建道路2公里及配套管网,10,2024年一季度,2025年四季度\n"
        "2,乙项目（一期）：改造老旧小区30万平方米,5,2024年二季度,2024年四季度\n"
        "3,\"丙项目\n建设内容：新建学校1所\",3,2024年3月,2025年8月\n4,丁项目,2,2024年5月,2024年12月\n")
    (t,) = read_import(path).tables
    assert (t.kind, t.year, t.errors) == ("key_projects", 2024, [])
    assert [(r["name"], r["content"]) for r in t.records] == [
        ("甲项目", "新建道路2公里及配套管网"), ("乙项目（一期）", "改造老旧小区30万平方米"), ("丙项目", "新建学校1所"),
        ("丁项目", None)]
    assert t.records[2]["completion"] == "2025Q3"


def test_a_name_and_content_cell_split_by_a_full_stop_a_comma_or_brackets_is_read_apart(tmp_path):
    # "红楼宾馆综合改造。主要建设酒店及配套", "邹容支路地块改造（建设住宅约5万平方米）": the whole cell was the name, and
    # next year's list, with the name alone, had a second project
    path = _csv(
        tmp_path, "重点项目.csv",
        "2024年重点项目计划表\n序号,项目名称及主要建设内容,总投资（亿元）,竣工时间\n"
        "1,红楼宾馆综合改造。主要建设酒店及配套,3.5,2024年12月\n"
        "2,邹容支路地块改造（建设住宅约5万平方米）,10,2026年6月\n"
        "3,\"重庆长滨项目，新建商业、文化设施约20万平方米\",120,2025年12月\n"
        "4,山城巷二期（一期续建）,2,2024年12月\n5,乙项目；改造老旧小区30万平方米,5,2024年12月\n")
    (t,) = read_import(path).tables
    assert t.errors == []
    assert [(r["name"], r["content"]) for r in t.records] == [
        ("红楼宾馆综合改造", "主要建设酒店及配套"), ("邹容支路地块改造", "建设住宅约5万平方米"),
        ("重庆长滨项目", "新建商业、文化设施约20万平方米"), ("山城巷二期（一期续建）", None),
        ("乙项目", "改造老旧小区30万平方米")]


def test_a_period_in_brackets_after_the_figure_reached_is_not_the_figure(tmp_path):
    # "5.8（1-11月）" was read as 11, the last number in the cell
    path = _csv(
        tmp_path, "完成情况.csv",
        "2024年主要指标完成情况\n序号,指标,单位,2024年目标,2024年完成\n"
        "1,固定资产投资增长,%,5,5.8（1-11月）\n2,地区生产总值增速,%,6左右,6.1（预计）\n"
        "3,社会消费品零售总额,亿元,1500,1520（截至11月底）\n")
    (t,) = read_import(path).tables
    assert [(r["actual"], r["actual_text"]) for r in t.records] == [
        (5.8, "5.8（1-11月）"), (6.1, "6.1（预计）"), (1520.0, "1520（截至11月底）")]


def test_a_figure_written_in_a_scaled_unit_is_read_in_the_indicators_unit(tmp_path):
    # "12000万元" for an indicator in 亿元 was 12,000 亿元 (met ten thousand times over), "52000人" for 万人 52,000 万人;
    # "1631.3亿元" for a rate in % was a growth of 1631.3% — it states no rate at all, its words are kept
    path = _csv(
        tmp_path, "完成情况.csv",
        "2024年主要指标完成情况\n序号,指标,单位,2024年目标,2024年完成\n"
        "1,全社会研发经费投入,亿元,12,12000万元\n2,城镇新增就业,万人,4.6,52000人\n"
        "3,地区生产总值增速,%,6左右,1631.3亿元\n4,地区生产总值增速（预计）,%,6左右,\"1631.3亿元、增长5.2%\"\n"
        "5,民营经济增加值,亿元,突破650,660亿元左右\n")
    (t,) = read_import(path).tables
    assert [(r["actual"], r["actual_text"]) for r in t.records] == [
        (1.2, "12000万元"), (5.2, "52000人"), (None, "1631.3亿元"), (5.2, "1631.3亿元、增长5.2%"),
        (660.0, "660亿元左右")]


def test_a_figure_written_with_a_bare_scale_is_read_in_the_indicators_unit(tmp_path):
    # "1.62万" for an indicator in 人 was 1.62 人 (a target of 15,000 missed though the table says 完成); "1.2万" in
    # 万人 is 1.2, "5000万" in 亿元 is 0.5, "2万余" in 人 is 20,000; a rate has no scale
    path = _csv(tmp_path, "完成情况.csv",
                "2024年主要指标完成情况\n序号,指标,单位,2024年目标,2024年完成\n"
                "1,城镇新增就业,人,\"15,000\",1.62万\n2,新增市场主体,万户,1.2,1.3万\n3,引进社会投资,亿元,0.4,5000万\n"
                "4,培训人次,人,15000,2万余\n5,研发投入强度,%,2.5,2.6\n")
    (t,) = read_import(path).tables
    assert [(r["actual"], r["actual_text"]) for r in t.records] == [
        (16200.0, "1.62万"), (1.3, "1.3万"), (0.5, "5000万"), (20000.0, "2万余"), (2.6, None)]


def test_our_own_横道图_without_its_list_says_to_import_the_list(db, tmp_path):
    # the exported chart alone (its 重点项目 sheet deleted) gave an error on every other row
    from openpyxl import load_workbook

    from milestones.spreadsheet.export import export

    out = tmp_path / "导出.xlsx"
    export(db, "key_projects", out)
    wb = load_workbook(out)
    del wb["重点项目"]
    wb.save(tmp_path / "只有横道图.xlsx")
    imp = read_import(tmp_path / "只有横道图.xlsx")
    (t,) = imp.tables
    (said,) = t.problems
    assert said.severity == "error" and "导出的横道图" in said.message and "重点项目" in said.message
    assert t.records == []


def test_binding_or_expected_said_after_the_name_is_the_indicators_kind_not_its_name(tmp_path):
    # "单位地区生产总值能耗降低（约束性）": the words stayed in the name (a new indicator beside the plan's)
    # and the indicator said neither binding nor expected
    path = _csv(
        tmp_path, "附件2.csv",
        "2024年主要指标预期目标\n序号,指标,单位,2024年目标\n1,地区生产总值增长（预期性）,%,6左右\n"
        "2,单位地区生产总值能耗降低（约束性）,%,完成市下达任务\n3,城镇调查失业率[预期性],%,5.5以内\n"
        "4,PM2.5年均浓度（约束性指标）（微克/立方米）,,≤35\n")
    (t,) = read_import(path).tables
    assert [(r["name"], r["unit"], r["binding"]) for r in t.records] == [
        ("地区生产总值增长", "%", False), ("单位地区生产总值能耗降低", "%", True), ("城镇调查失业率", "%", False),
        ("PM2.5年均浓度", "微克/立方米", True)]


def test_a_row_numbering_the_columns_under_the_header_is_no_record(tmp_path):
    # "1 | 2 | 3 …" or "甲 | 乙 | 1 | 2 …" under the header, as statistical forms number their columns: a
    # project named "2" whose dates "5" and "6" were refused, so the whole file could not be imported
    for numbers in ("1,2,3,4,5,6", "甲,乙,1,2,3,4"):
        path = _csv(tmp_path, "栏次.csv", "2024年重点项目计划表\n序号,项目名称,总投资（亿元）,年度计划投资（亿元）,开工时间,"
                                        f"竣工时间\n{numbers}\n1,甲项目,10,3,2024年一季度,2025年四季度\n")
        (t,) = read_import(path).tables
        assert t.errors == [] and [r["name"] for r in t.records] == ["甲项目"]
        (said,) = [p for p in t.problems if p.row == 3]
        assert (said.severity, said.message) == ("info", "栏次行（各列的编号），未导入")


def test_a_quarterly_reports_issues_and_next_steps_are_kept_with_its_progress(db, tmp_path):
    # 存在问题 | 下步工作打算 beside 形象进度 in a quarterly report were columns with no field, dropped
    path = _csv(
        tmp_path, "一季度.csv",
        "2024年一季度重点项目推进情况表\n序号,项目名称,1-3月完成投资（亿元）,形象进度,存在问题,下步工作打算\n"
        "1,重庆长滨,1.5,主体结构施工,征地拆迁进度慢,加快征拆\n2,磨房巷片区整体更新,0,前期手续办理,,争取二季度开工\n")
    imp = read_import(path)
    (t,) = imp.tables
    assert t.errors == [] and not [p for p in t.problems if "没有对应的字段" in p.message]
    notes = [r["quarters"]["2024Q1"]["progress"] for r in t.records]
    assert notes == ["主体结构施工；存在问题：征地拆迁进度慢；下步打算：加快征拆", "前期手续办理；下步打算：争取二季度开工"]
    write(db, preview(db, imp))
    with db.read() as s:
        held = s.scalars(select(ProgressNote.text).join(KeyProject).where(KeyProject.name == "重庆长滨")).all()
    assert notes[0] in held
    assert preview(db, read_import(path)).diffs[0].counts()["changed"] == 0  # the same report again: no change


def test_actual_over_start_and_completion_beside_planned_over_the_same_is_what_happened(lo_files):
    # "计划" over 开工 | 竣工 and "实际" over 开工 | 竣工: the actual dates were dropped as second columns
    # of the planned ones
    imp = read_import(lo_files["key-projects-planned-and-actual-under-groups-2024"])
    (t,) = imp.tables
    assert t.errors == [] and not [p for p in t.problems if "同一项" in p.message]
    r = _records(imp)
    assert (r["甲项目"]["start"], r["甲项目"]["actual_start"], r["甲项目"]["actual_completion"]) == ("2024Q1", "2024Q2", None)
    assert (r["乙项目"]["completion"], r["乙项目"]["actual_completion"]) == ("2024Q2", "2024Q3")


def test_years_under_target_and_result_headings_say_which_year_each_column_is(lo_files):
    # "目标" over "2023年 | 2024年" and "完成" over "2023年": the row of years was not taken as part of the
    # header (years are no headings by themselves), so 2023's target was read as 2024's and 2023's
    # result as reached in 2024
    r = _read_whole(lo_files["fujian2-years-under-target-and-result-2024"], "indicator_targets", 2024)
    assert [(n, rec["target"]["text"], rec["actual"], rec["previous_actual"]) for n, rec in r.items()] == [
        ("地区生产总值增长", "6左右", None, 6.1), ("城镇新增就业", "2.6", None, 2.8)]


def test_a_zone_heading_with_its_subtotals_is_a_heading_not_a_project(tmp_path):
    # "一 | 东部片区（2个） | 30 | 8": the heading carried its zone's totals and became a project named
    # 东部片区（2个）, and the projects under it had no zone
    path = _csv(
        tmp_path, "重点项目.csv",
        "2024年重点项目计划表\n序号,项目名称,总投资（亿元）,年度计划投资（亿元）,开工时间,竣工时间\n"
        "一,东部片区（2个）,30,8,,\n（一）,续建项目,30,8,,\n1,甲项目,10,3,续建,2025年四季度\n"
        "2,乙项目,20,5,续建,2026年四季度\n二,西部片区（1个）,5,2,,\n3,丙项目,5,2,2024年三季度,2025年二季度\n")
    (t,) = read_import(path).tables
    assert t.errors == []
    assert [(r["name"], r["zone"], r["nature"]) for r in t.records] == [
        ("甲项目", "东部", "续建"), ("乙项目", "东部", "续建"), ("丙项目", "西部", "新开工")]  # (丙 by its start)
    assert [p.row for p in t.problems if p.message == "标题行上的小计，未导入"] == [3, 4, 7]


def test_the_supervising_department_is_the_responsible_unit_when_no_column_names_one(tmp_path):
    # "项目业主 | 行业主管部门" with no 责任单位: the department the project answers to was dropped
    head = "2024年重点项目计划表\n序号,项目名称,总投资（亿元）,开工时间,项目业主,行业主管部门{more}\n"
    rows = "1,甲项目,10,2024年一季度,重庆某某公司,区商务委{more}\n"
    (t,) = read_import(_csv(tmp_path, "a.csv", head.format(more="") + rows.format(more=""))).tables
    (rec,) = t.records
    assert (rec["owner"], rec["responsible_unit"]) == ("重庆某某公司", "区商务委")
    assert any("作为责任单位导入" in p.message for p in t.problems)
    # beside a 责任单位 column it is said and left, as before
    (t,) = read_import(_csv(tmp_path, "b.csv", head.format(more=",责任单位") + rows.format(more=",区发展改革委"))).tables
    assert t.records[0]["responsible_unit"] == "区发展改革委"
    assert any("“行业主管部门”没有对应的字段" in p.message for p in t.problems)


def test_growth_columns_beside_the_years_figures_keep_their_op_and_their_words(lo_files):
    # 2023年 and 2024年 each over a figure and 增长（%）: "6左右" lost its 左右 ("1750（增长6%）"); words where the
    # growth goes ("与经济增长同步", "完成市下达任务") were warned of as no percentage and dropped, leaving
    # those indicators with no target; "—" for last year's amount was kept as words ("—、下降2%")
    r = _read_whole(lo_files["fujian2-growth-columns-in-words-2024"], "indicator_targets", 2024)
    assert r["地区生产总值"]["target"] == {"op": "exact", "value": 1750.0, "unit": "亿元", "text": "1750（增长6%左右）"}
    assert r["地区生产总值"]["previous_actual_text"] == "1650、增长5.5%"
    assert r["固定资产投资总额"]["target"]["text"] == "增长5%"
    assert (r["固定资产投资总额"]["previous_actual"], r["固定资产投资总额"]["previous_actual_text"]) == (None, "下降2%")
    income = r["居民人均可支配收入增长"]
    assert income["target"] == {"op": "text", "value": None, "unit": None, "text": "与经济增长同步"}
    assert (income["previous_actual"], income["previous_actual_text"]) == (5.0, "增长5%")  # a rate's growth is its level
    energy = r["单位地区生产总值能耗降低"]
    assert (energy["target"]["text"], energy["previous_actual_text"], energy["binding"]) == (
        "完成市下达任务", "完成市下达任务", True)
    assert r["城镇调查失业率"]["target"]["op"] == "at_most" and r["城镇调查失业率"]["previous_actual"] == 5.2


def test_words_where_a_results_tables_growth_goes_are_what_was_reached(tmp_path):
    # a 附件1's 增长 column holding "完成市下达任务" was warned of as no percentage and dropped
    path = _csv(tmp_path, "附件1.csv", "2023年主要指标完成情况\n序号,指标,单位,目标,完成,增长（%）\n"
                                        "1,地区生产总值,亿元,1700,1651.2,5.2\n"
                                        "2,单位地区生产总值能耗降低,%,完成市下达任务,—,完成市下达任务\n")
    r = _read_whole(path, "indicator_results", 2023)
    assert r["地区生产总值"]["actual_text"] == "1651.2、增长5.2%"
    energy = r["单位地区生产总值能耗降低"]
    assert (energy["actual"], energy["actual_text"], energy["status"]) == (None, "完成市下达任务", "完成市下达任务")


def test_a_figure_of_another_measure_is_no_number_and_is_said(tmp_path):
    # "96.5分" for a rate in % was read as 96.5%, "1200亩" for an amount in 亿元 as 1,200 亿元, "5.2亿美元" as
    # 5.2 亿元 — each judged against a target it does not measure. Counts written by another word ("320家" for
    # 个) are the count; a bare "5.8%" for an amount is its growth, held against a growth target.
    from milestones.domain.compared import compared_figure
    from milestones.domain.target import Target
    from milestones.ui.problem_text import english

    path = _csv(
        tmp_path, "完成情况.csv",
        "2024年主要指标完成情况\n序号,指标,单位,2024年目标,2024年完成\n"
        "1,营商环境评价得分,%,95,96.5分\n2,盘活存量土地,亿元,1000,1200亩\n3,实际利用外资,亿元,5,5.2亿美元\n"
        "4,新增市场主体,个,300,320家\n5,固定资产投资,亿元,增长6%,5.8%\n")
    (t,) = read_import(path).tables
    assert [(r["actual"], r["actual_text"]) for r in t.records] == [
        (None, "96.5分"), (None, "1200亩"), (None, "5.2亿美元"), (320.0, "320家"), (None, "5.8%")]
    said = {(p.row, p.column): p for p in t.problems}
    assert sorted(said) == [(3, "E"), (4, "E"), (5, "E")]
    assert all(p.severity == "warning" for p in said.values()) and not t.errors
    assert "“分”" in said[3, "E"].message and "“%”" in said[3, "E"].message
    assert english(said[3, "E"].message).startswith("the figure is in “分” and the indicator in “%”")
    assert compared_figure(Target.parse("增长6%"), None, "5.8%", "亿元") == 5.8


def test_a_figure_in_another_unit_of_the_same_measure_is_converted(tmp_path):
    # "3500米" for an indicator in 公里 and "1.2万平方米" for one in 亩 were refused as another measure (and, before
    # that, taken as 3,500 公里 and 1.2 亩): one measure, a known ratio
    path = _csv(
        tmp_path, "完成情况.csv",
        "2024年主要指标完成情况\n序号,指标,单位,2024年目标,2024年完成\n"
        "1,新建城市道路,公里,3,3500米\n2,盘活闲置土地,亩,15,1.2万平方米\n3,新增绿地,公顷,2,45亩\n")
    (t,) = read_import(path).tables
    assert [(r["actual"], r["actual_text"]) for r in t.records] == [
        (3.5, "3500米"), (18.0, "1.2万平方米"), (3.0, "45亩")]
    assert not [p for p in t.problems if "同一种量" in p.message]


def test_an_indicator_named_by_its_heading_over_its_amount_and_growth(db, tmp_path):
    # "一、地区生产总值" over "总量 | 亿元" and "增速 | %", "二、固定资产投资" over the same two: the second heading's 总量
    # and 增速 were duplicates of the first's, refused, and the table with them
    from tests.spreadsheet.conftest import typed_and_saved

    text = ("2024年主要经济指标预期目标\n序号,指标,单位,2023年完成,2024年目标\n一,地区生产总值,,,\n"
            "1,总量,亿元,1631,1730\n2,增速,%,5.2,6\n二,固定资产投资,,,\n3,总量,亿元,300,320\n4,增速,%,4.1,5\n")
    for path in typed_and_saved(tmp_path, "指标.csv", text):
        (t,) = read_import(path).tables
        assert (t.kind, t.year, t.errors) == ("indicator_targets", 2024, [])
        got = [(r["name"], r["unit"], r["category"], r["target"]["value"], r["previous_actual"]) for r in t.records]
        assert got == [("地区生产总值", "亿元", None, 1730, 1631), ("地区生产总值增速", "%", None, 6, 5.2),
                       ("固定资产投资", "亿元", None, 320, 300), ("固定资产投资增速", "%", None, 5, 4.1)]
        said = [(p.row, p.message) for p in t.problems]
        assert (7, "“总量”是“固定资产投资”的总量，按“固定资产投资”导入") in said
    write(db, preview(db, read_import(path)))
    assert preview(db, read_import(path)).diffs[0].counts()["unchanged"] == 4


def test_a_summary_below_the_list_is_no_part_of_it(db, tmp_path):
    # "分片区汇总" and its own header under the list: its rows were read as projects named "2" and "1" (their 项目个数),
    # one refused for its heading in a figure column, and the list's 片区 read as 板块 for the summary's figures
    from tests.spreadsheet.conftest import typed_and_saved

    text = ("2024年重点项目计划表\n序号,项目名称,片区,总投资（亿元）,年度计划投资（亿元）,责任单位\n"
            "1,十八梯三期,东部,12,3,区城投\n2,解放碑提升,东部,6,2,区商务委\n3,化龙桥道路,中部,6,2,区建委\n"
            "分片区汇总\n片区,项目个数,总投资（亿元）,年度计划投资（亿元）\n东部,2,18,5\n中部,1,6,2\n")
    for path in typed_and_saved(tmp_path, "汇总.csv", text):
        imp = read_import(path)
        projects, summary = imp.tables
        assert (projects.kind, projects.year, projects.errors) == ("key_projects", 2024, [])
        assert [(r["name"], r["zone"]) for r in projects.records] == [
            ("十八梯三期", "东部"), ("解放碑提升", "东部"), ("化龙桥道路", "中部")]
        assert (summary.sheet, summary.no_table, summary.records) == (f"{path.stem}（分片区汇总）", True, [])
    imp = preview(db, read_import(path))
    assert not imp.has_errors  # (the summary's rows were an error, nothing written)
    write(db, imp)
