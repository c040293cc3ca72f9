"""Columns headed only by a quarter or only by a year, as offices type them: "一季度 … 四季度" holding
the quarter's investment or a 1 for each quarter of a chart, "2022年 | 2023年 | 2024年" holding each
year's figure. Files written by LibreOffice, and CSVs as a planner saves them."""
import pytest

from milestones.spreadsheet.importer import read_import
from tests.spreadsheet.conftest import csv_file as _csv, exported_back, one_table as _table


def _planned(record) -> list:
    return [(record.get("quarters") or {}).get(f"2024Q{n}", {}).get("planned") for n in range(1, 5)]


def test_quarter_columns_holding_amounts_are_the_quarters_planned_investment(lo_files):
    # "2024年计划投资（万元）" then "一季度 … 四季度" with amounts: they were taken for a hand-drawn chart
    # and, being figures, dropped without a word; they are the quarters' planned investment, in the
    # unit of the year's figure they split (万元, so 25000 is 2.5 亿元)
    t, r = _table(lo_files["key-projects-quarter-amounts-2024"])
    assert (t.kind, t.year, len(r)) == ("key_projects", 2024, 3)
    assert _planned(r["化龙桥片区城市更新"]) == [2.5, 2.5, 3.0, 2.0]
    assert r["化龙桥片区城市更新"]["annual_investment"] == 10.0
    # "—" in a quarter with nothing planned
    assert _planned(r["解放碑步行街提档升级"]) == [None, 2.0, 2.5, 1.5]
    # the dates still come from the dates column, not from the quarters holding money
    assert (r["解放碑步行街提档升级"]["start"], r["解放碑步行街提档升级"]["completion"]) == ("2024Q2", "2026Q2")
    said = [p.message for p in t.problems]
    assert any("第F至I列填的是金额，作为各季度计划投资导入（以万元填报，已换算为亿元）" in m for m in said)
    assert not any("横道图" in m for m in said)
    # quarters that do not add up to the year are said on the row, as for any quarterly plan
    (odd,) = [p for p in t.problems if "四个季度的计划投资合计" in p.message]
    assert odd.row == 6 and "3.5" in odd.message
    # "合计" typed in the 序号 column is said where it is (column A), not in the name column
    (total,) = [p for p in t.problems if p.message == "合计行，未导入"]
    assert (total.row, total.column) == (3, "A")


def test_quarter_columns_reported_as_done_are_the_quarters_actual_investment(tmp_path):
    path = _csv(tmp_path, "2024年重点项目投资完成情况.csv",
                "2024年重点项目投资完成情况\n"
                "序号,项目名称,年度计划投资（亿元）,一季度完成,二季度完成,三季度完成,四季度完成\n"
                "1,化龙桥片区城市更新,10,2.1,2.6,,\n")
    _, r = _table(path)
    q = r["化龙桥片区城市更新"]["quarters"]
    assert (q["2024Q1"]["actual"], q["2024Q2"]["actual"], q["2024Q1"]["planned"]) == (2.1, 2.6, None)


def test_a_chart_drawn_with_1s_gives_each_projects_start_and_completion(lo_files):
    # a 1 in each quarter of the span: the 1s were read as figures, so the chart gave no dates
    t, r = _table(lo_files["key-projects-gantt-drawn-with-ones-2024"])
    assert (r["化龙桥片区城市更新"]["start"], r["化龙桥片区城市更新"]["completion"]) == ("2024Q1", "2024Q3")
    # a 0 is no mark
    assert (r["解放碑步行街提档升级"]["start"], r["解放碑步行街提档升级"]["completion"]) == ("2024Q2", "2024Q4")
    assert (r["鹅岭公园二期"]["start"], r["鹅岭公园二期"]["completion"]) == ("2024Q1", "2024Q4")
    assert _planned(r["鹅岭公园二期"]) == [None] * 4  # a mark is no money
    assert any("横道图" in p.message for p in t.problems)


def test_years_alone_over_a_targets_table_are_the_target_and_last_years_figure(lo_files):
    # "指标 | 单位 | 2021年 | 2022年 | 2023年 | 2024年" under a title of 2024's targets: every year was
    # "no field", so the table gave names only
    t, r = _table(lo_files["fujian2-years-alone-2024"])
    assert (t.kind, t.year) == ("indicator_targets", 2024)
    gdp = r["地区生产总值"]
    assert gdp["target"] == {"op": "about", "value": 6.0, "unit": "%", "text": "增长6%左右"}
    assert gdp["previous_actual"] == 1631.3  # 2023's, the latest before the table's year, not 2021's
    assert r["城镇调查失业率"]["target"]["op"] == "at_most"
    assert r["城镇调查失业率"]["previous_actual"] == 5.3
    said = [p.message for p in t.problems]
    assert "第C列“2021年”是更早年份的数，未导入（只导入上一年的）" in said
    assert "第F列“2024年”只写了年份，作为2024年的目标导入" in said


def test_years_alone_in_a_csv_do_not_take_the_first_row_for_a_second_header_row(tmp_path):
    # in a CSV the figures are text: the first data row ("地区生产总值,亿元,1550,…") was read as a
    # second header row under the years, and the first indicator was lost without a word
    path = _csv(tmp_path, "k.csv", "2024年主要经济指标预期目标\n指标,单位,2022年,2023年,2024年\n"
                                   "地区生产总值,亿元,1550,1631.3,增长6%左右\n一般公共预算收入,亿元,31,32.5,增长3%\n")
    t, r = _table(path)
    assert set(r) == {"地区生产总值", "一般公共预算收入"}
    assert r["地区生产总值"]["previous_actual"] == 1631.3
    assert r["一般公共预算收入"]["target"]["text"] == "增长3%"


def test_years_alone_over_a_results_table_are_the_years_figure_reached(tmp_path):
    path = _csv(tmp_path, "l.csv", "2023年主要经济指标完成情况\n指标,单位,2022年,2023年\n"
                                   "地区生产总值,亿元,1550,1631.3\n一般公共预算收入,亿元,31,32.5\n")
    t, r = _table(path)
    assert (t.kind, t.year) == ("indicator_results", 2023)
    assert (r["地区生产总值"]["actual"], r["地区生产总值"]["previous_actual"]) == (1631.3, 1550.0)
    assert not any("只能导入指标名称" in p.message for p in t.problems)


def test_a_date_with_a_remark_reads_and_a_span_in_a_date_column_says_it_is_a_span(tmp_path):
    # "2024年3月（已开工）" was refused, and with it the file; a span refused as "not a date", and
    # "2024年5-7月" without its reason (the months are in two quarters)
    path = _csv(tmp_path, "s.csv", "2024年重点项目计划表\n序号,项目名称,计划开工时间,计划竣工时间\n"
                                   "1,甲,2024年3月（已开工）,2024年12月(预计)\n2,乙,2024.4-2024.6,2026年\n")
    t, r = _table(path)
    assert (r["甲"]["start"], r["甲"]["start_text"], r["甲"]["completion"]) == ("2024Q1", "2024年3月（已开工）", "2024Q4")
    # the database keeps the quarter: the remark is said as not imported
    assert [(p.row, p.column, p.message) for p in t.problems if p.severity == "warning"] == [
        (3, "C", "按 2024Q1 记入，括号中的说明“已开工”未导入"), (3, "D", "按 2024Q4 记入，括号中的说明“预计”未导入")]
    assert r["乙"]["start"] == "2024Q2"  # both ends in one quarter: that quarter
    # a span over two quarters in a column of one end was refused, and with it the file: it is that end of the span
    # ("3-6月开工": from March; "二、三季度完工": by the third quarter), said
    path = _csv(tmp_path, "t.csv", "2024年重点项目计划表\n序号,项目名称,计划开工时间,计划竣工时间\n"
                                   "1,甲,2024.3-2024.6,2024年二、三季度\n2,乙,2024年5-7月,2025年2-3季度\n"
                                   "3,丙,2024年二至三季度,2025年三到四季度\n")
    t, r = _table(path)
    assert not t.errors
    assert [(v["start"], v["completion"]) for v in r.values()] == [
        ("2024Q1", "2024Q3"), ("2024Q2", "2025Q3"), ("2024Q2", "2025Q4")]
    assert r["乙"]["start_text"] == "2024年5-7月"  # the planner's words, kept
    said = [(p.row, p.column, p.severity, p.message) for p in t.problems if "一段时间" in p.message]
    assert said[:2] == [(3, "C", "warning", "是一段时间，本列只填一个时间：按其开始的2024年一季度记入"),
                        (3, "D", "warning", "是一段时间，本列只填一个时间：按其结束的2024年三季度记入")]
    assert len(said) == 6


def test_a_dash_for_a_target_is_no_target_not_an_error(tmp_path):
    # "—" where an indicator has no target this year refused the whole file as an unreadable target
    path = _csv(tmp_path, "u.csv", "2024年主要指标预期目标\n序号,指标名称,单位,2024年目标\n"
                                   "1,地区生产总值增长,%,6左右\n2,常住人口,万人,-\n3,户籍人口,万人,—\n")
    t, r = _table(path)
    assert r["常住人口"]["target"] is None and r["户籍人口"]["target"] is None
    assert r["地区生产总值增长"]["target"]["op"] == "about"


def test_a_tasks_deadline_in_words_naming_no_time_is_said_not_refused(tmp_path):
    # "分季度推进", "与主体工程同步" refused the whole task list as no date
    path = _csv(tmp_path, "z.csv", "2024年重点任务分解表\n序号,工作任务,牵头单位,完成时限\n"
                                   "1,举办活动50场,区商务委,分季度推进\n2,新引进首店40家,区商务委,与主体工程同步\n"
                                   "3,完成改造12个,区住建委,年底\n")
    t, _ = _table(path)  # no errors
    quarters = {r["measure"]: r.get("quarter") for r in t.records}
    assert quarters == {"举办活动50场": None, "新引进首店40家": None, "完成改造12个": "2024Q4"}
    (said,) = [p for p in t.problems if p.severity == "warning"]
    assert (said.row, said.column, said.text) == (4, "D", "与主体工程同步")


def test_a_tasks_partner_units_are_kept_and_exported_back(db, lo_files, tmp_path):
    # "牵头单位 | 配合单位": the units working with the responsible one were dropped as no field
    from sqlalchemy import select

    from milestones.store.schema import MeasureTarget

    imp = read_import(lo_files["measures-lead-and-partner-units-2024"])
    (t,) = imp.tables
    assert t.kind == "measures" and t.errors == []
    units = {r["text"]: (r["responsible_unit"], r["partner_units"]) for r in t.records}
    assert units["新引进首店40家。"] == ("区商务委", None)
    assert units["完成固定资产投资增长5%。"] == ("区发展改革委", "区级各部门")
    assert not any("配合单位" in p.message for p in t.problems)
    back = exported_back(db, imp, tmp_path / "measures.xlsx")
    with db.read() as s:
        held = s.scalars(select(MeasureTarget.partner_units).where(MeasureTarget.text.like("%消费季%"))).one()
    assert held == "各街道"
    assert back.diffs[0].counts()["changed"] == 0 and not back.has_errors
    assert {r["partner_units"] for r in back.tables[0].records} >= {"各街道", "区级各部门"}


def test_lead_and_partner_units_in_one_cell_are_read_apart(tmp_path):
    path = _csv(tmp_path, "zz.csv", "2024年重点任务分解表\n序号,工作任务,责任单位,完成时限\n"
                                    "1,举办活动50场,牵头单位：区商务委；配合单位：各街道、区文化旅游委,年底\n"
                                    "2,新引进首店40家,区商务委牵头，各街道配合,年底\n"
                                    "3,完成改造12个,牵头单位：区住建委,年底\n")
    (t,) = read_import(path).tables
    units = [(r["responsible_unit"], r["partner_units"]) for r in t.records]
    # the second says the lead and its partners in words; the third is the unit without its label
    assert units == [("区商务委", "各街道、区文化旅游委"), ("区商务委", "各街道"), ("区住建委", None)]


def test_a_table_of_contents_sheet_is_said_and_left_not_read_as_indicators(tmp_path):
    # a 目录 sheet listing the attachments was read as indicators named "附件1 …" with no year: an
    # error that stopped the whole workbook
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "目录"
    for row in (["目  录"], ["序号", "附件名称", "页码"], [1, "附件1 2023年主要指标完成情况表", 1],
                [2, "附件3 2024年重点项目计划表", 2]):
        ws.append(row)
    ws = wb.create_sheet("附件3")
    for row in (["附件3"], ["2024年重点项目计划表"], ["序号", "项目名称", "总投资（亿元）", "开工时间"],
                [1, "甲道路工程", 50, "2024.3"]):
        ws.append(row)
    path = tmp_path / "toc.xlsx"
    wb.save(path)
    imp = read_import(path)
    contents, projects = imp.tables
    assert contents.no_table and [p.message for p in contents.problems] == ["这是目录（所附表格的清单），未导入"]
    assert (projects.kind, len(projects.records), projects.errors) == ("key_projects", 1, [])
    assert not imp.has_errors


def test_two_projects_of_one_name_in_two_zones_say_how_to_tell_them_apart(tmp_path):
    # "与第3行重复" read as a slip of the planner's; they are two projects the list tells apart by zone
    path = _csv(tmp_path, "dup.csv", "2024年重点项目计划表\n序号,片区,项目名称,总投资（亿元）\n"
                                     "1,东部,老旧小区改造,2\n2,西部,老旧小区改造,3\n")
    (t,) = read_import(path).tables
    (error,) = t.errors
    assert (error.row, error.column) == (4, "C")
    assert "同名（所在区域或板块不同）" in error.message and "项目编码" in error.message
    with_codes = _csv(tmp_path, "dup2.csv", "2024年重点项目计划表\n序号,项目编码,片区,项目名称,总投资（亿元）\n"
                                            "1,YZ-001,东部,老旧小区改造,2\n2,YZ-002,西部,老旧小区改造,3\n")
    t, _ = _table(with_codes)
    assert [r["zone"] for r in t.records] == ["东部", "西部"]


def test_two_projects_given_one_code_are_said_at_the_code(tmp_path):
    # the second was said as "“全新的项目” — 与第2行重复" at its name, which is not the first's
    path = _csv(tmp_path, "codes.csv", "2024年重点项目计划表\n序号,项目编码,项目名称,总投资（亿元）\n"
                                       "1,C5,重庆长滨,10\n2,C5,全新的项目,2\n3,C5,重庆长滨,10\n")
    (t,) = read_import(path).tables
    assert [(e.row, e.column, e.text, e.message) for e in t.errors] == [
        (4, "B", "C5", "项目编码与第3行“重庆长滨”相同，本行未导入；一个编码只能对应一个项目"),
        (5, "C", "重庆长滨", "与第3行重复，本行未导入")]  # the same project twice is a repeat, as before


def test_one_name_under_two_codes_is_two_projects_and_stays_so(db, tmp_path):
    # both rows were taken for the plan's 重庆长滨: each import gave it the other's code, never the same twice
    from milestones.spreadsheet.importer import preview, write

    path = _csv(tmp_path, "two.csv", "2024年重点项目计划表\n序号,项目编码,项目名称,总投资（亿元）\n"
                                     "1,C1,重庆长滨,10\n2,C2,重庆长滨,3\n")
    imp = preview(db, read_import(path, kind="key_projects", year=2024))
    assert {k: imp.diffs[0].counts()[k] for k in ("new", "changed")} == {"new": 1, "changed": 1}
    write(db, imp)
    for _ in range(2):
        again = preview(db, read_import(path, kind="key_projects", year=2024))
        assert {k: again.diffs[0].counts()[k] for k in ("new", "changed", "unchanged")} == \
            {"new": 0, "changed": 0, "unchanged": 2}
        write(db, again)


def test_last_years_actual_beside_this_years_plan_is_a_table_of_targets(tmp_path):
    # "2023年实际 | 2024年计划" was taken for a 附件1 (完成情况) of 2024, with nothing completed in it
    for name, text in (("ia.csv", "2024年主要指标计划\n指标,单位,2023年实际,2024年计划\n地区生产总值,亿元,1631.3,1740\n"),
                       ("ib.csv", "主要指标\n指标,单位,2023年预计,2024年预期\n地区生产总值,亿元,1631.3,增长6%\n")):
        t, r = _table(_csv(tmp_path, name, text))
        assert (t.kind, t.year) == ("indicator_targets", 2024), name
        assert r["地区生产总值"]["previous_actual"] == 1631.3


def test_quarter_columns_holding_steps_are_the_quarters_goals_not_a_chart(lo_files, tmp_path):
    # "第一季度 … 第四季度" with a step in each: every word was read as a chart's mark, so each project
    # ran from the first quarter to the last and its steps were dropped
    t, r = _table(lo_files["key-projects-quarter-steps-2024"])
    first = r["化龙桥片区城市更新"]
    assert (first["start"], first["completion"]) == ("2024Q2", "2024Q4")  # 开工建设, 竣工验收
    assert [first["quarters"][f"2024Q{n}"]["goal"] for n in range(1, 5)] == ["完成招标", "开工建设", "主体施工", "竣工验收"]
    assert (r["解放碑步行街提档升级"]["start"], r["解放碑步行街提档升级"]["completion"]) == ("2024Q3", None)
    assert any("各季度的进度节点" in p.message for p in t.problems)
    # "3月底 | 6月底 | 9月底 | 12月底" holding steps: the same, by month
    t, r = _table(_csv(tmp_path, "ja.csv", "2024年重点项目形象进度计划\n序号,项目名称,3月底,6月底,9月底,12月底\n"
                                          "1,甲道路工程,完成招标,开工建设,主体施工,完成50%\n"))
    assert r["甲道路工程"]["quarters"]["2024Q2"]["goal"] == "开工建设"
    # one word in every marked quarter is a chart drawn with a word
    t, r = _table(_csv(tmp_path, "jc.csv", "2024年重点项目计划\n序号,项目名称,一季度,二季度,三季度,四季度\n"
                                          "1,甲,,施工,施工,\n2,乙,施工,施工,施工,施工\n"))
    assert (r["甲"]["start"], r["甲"]["completion"]) == ("2024Q2", "2024Q3")


def test_started_yes_in_a_quarterly_report_records_the_start_by_that_quarter(db, tmp_path):
    # "是否开工: 是" in a quarter's report was dropped as no field: the starts offices report this way
    # never reached the dashboard
    from sqlalchemy import select

    from milestones.spreadsheet.importer import preview, write
    from milestones.store.schema import KeyProject

    head = "序号,项目名称,形象进度,是否开工,是否竣工\n"
    second = _csv(tmp_path, "q2.csv", "2024年二季度重点项目推进情况表\n" + head +
                  "1,甲道路工程,主体施工,已开工,否\n2,乙学校,前期手续,未开工,否\n3,丙公园,完工,是,已竣工\n")
    imp = preview(db, read_import(second))
    assert not imp.has_errors and not [p for p in imp.tables[0].problems if p.severity == "warning"]
    write(db, imp)

    def held():
        with db.read() as s:
            return {p.name: (str(p.actual_start) if p.actual_start else None,
                             str(p.actual_completion) if p.actual_completion else None)
                    for p in s.scalars(select(KeyProject).where(KeyProject.name.in_(["甲道路工程", "乙学校", "丙公园"])))}
    assert held() == {"甲道路工程": ("2024Q2", None), "乙学校": (None, None), "丙公园": ("2024Q2", "2024Q2")}
    # the third quarter's report says 是 again: started by the third quarter, and by the second as held
    third = _csv(tmp_path, "q3.csv", "2024年三季度重点项目推进情况表\n" + head +
                 "1,甲道路工程,主体施工,是,否\n2,乙学校,开工建设,是,否\n3,丙公园,完工,是,是\n")
    imp = preview(db, read_import(third))
    changed = {imp.tables[0].records[i]["name"]: ch for i, ch in imp.diffs[0].changed.items()}
    assert "actual_start" not in changed.get("甲道路工程", {})
    write(db, imp)
    assert held() == {"甲道路工程": ("2024Q2", None), "乙学校": ("2024Q3", None), "丙公园": ("2024Q2", "2024Q2")}
    # a list with no quarter in its title does not say by when: no field, said
    plain = _csv(tmp_path, "p.csv", "2024年重点项目表\n序号,项目名称,是否开工\n1,甲道路工程,是\n")
    (t,) = read_import(plain).tables
    assert t.records[0]["actual_start"] is None
    assert any("“是否开工”没有对应的字段" in p.message for p in t.problems)


def test_a_start_reported_as_the_state_of_the_works_records_it_by_the_reports_quarter(tmp_path):
    # "开工情况: 已开工 | 未开工" in a quarter's report was said as no field: the starts never reached the plan
    path = _csv(tmp_path, "q1.csv", "渝中区2024年一季度重点项目推进情况表\n序号,项目名称,1-3月完成投资（亿元）,开工情况,竣工情况\n"
                                    "1,甲学校,0.15,已开工,未竣工\n2,乙医院,0.2,已于2月开工,\n3,丙步道,0,正在办理施工许可,\n"
                                    "4,丁公园,0.1,开工,已建成\n")
    (t,) = read_import(path).tables
    got = {r["name"]: (r["actual_start"], r["actual_completion"]) for r in t.records}
    assert got == {"甲学校": ("2024Q1", None), "乙医院": ("2024Q1", None), "丙步道": (None, None),
                   "丁公园": ("2024Q1", "2024Q1")}
    said = [(p.row, p.column, p.message) for p in t.problems if p.severity == "warning"]
    assert said == [(5, "D", "应为“是”“否”或开工、竣工的时间，未导入")]  # a remark, not a start: said


def test_quarter_amounts_of_a_later_year_are_said_and_left(lo_files):
    # "2024年" and "2025年" each over 一季度 … 四季度 with amounts: 2025's were dropped without a word
    t, r = _table(lo_files["key-projects-quarter-amounts-two-years-2024"])
    assert _planned(r["甲道路工程"]) == [2.5, 2.5, 2.5, 2.5]
    assert "第H至K列是2025年各季度的金额，不是本表年度（2024年）的，未导入" in [p.message for p in t.problems]


def test_a_nature_heading_numbered_in_the_number_column_is_a_heading_not_a_project(lo_files):
    # "（一） | 续建项目" merged across under "一 | 东部片区（2个）": read as projects named 续建项目 and
    # 新开工项目, and the projects under them had no nature
    t, r = _table(lo_files["key-projects-headings-in-number-column-2024"])
    assert set(r) == {"化龙桥片区城市更新", "解放碑步行街提档升级", "鹅岭公园二期"}
    assert [(r[n]["zone"], r[n]["nature"]) for n in ("化龙桥片区城市更新", "解放碑步行街提档升级", "鹅岭公园二期")] == [
        ("东部", "续建"), ("东部", "新开工"), ("西部", "续建")]  # (no heading over 鹅岭: begun in 2023, 续建)
    # the rest of the sheet as an office sends it: 万元 over the table, the year's plan over its quarters
    first = r["化龙桥片区城市更新"]
    assert (first["total_investment"], first["invested_before"], first["annual_investment"]) == (50.0, 15.0, 10.0)
    assert _planned(first) == [2.0, 3.0, 3.0, 2.0]
    assert first["quarters"]["2024Q4"]["goal"] == "完成主体结构50%"
    assert first["leader"] == "张三"


def test_a_title_with_its_year_in_chinese_numerals_gives_the_year(tmp_path):
    # "二〇二四年重点项目计划表", as formal documents write a year: no year was found, and every
    # quarter without its year ("三季度") was refused
    t, r = _table(_csv(tmp_path, "cy.csv", "二〇二四年重点项目计划表\n序号,项目名称,总投资（亿元）,开工时间\n"
                                          "1,甲道路工程,50,三季度\n"))
    assert (t.year, r["甲道路工程"]["start"]) == (2024, "2024Q3")


def test_a_date_answering_started_is_when_it_started(tmp_path):
    t, r = _table(_csv(tmp_path, "qc.csv", "2024年三季度重点项目推进情况表\n序号,项目名称,是否开工\n"
                                          "1,甲,2024年3月\n2,乙,2024年12月\n"))
    assert (r["甲"]["actual_start"], r["乙"]["actual_start"]) == ("2024Q1", None)
    (odd,) = [p for p in t.problems if p.severity == "warning"]
    assert (odd.row, odd.text) == (4, "2024年12月")  # after the report's quarter: no answer to "by then"


def test_a_state_in_a_quarterly_report_is_what_has_happened_not_the_projects_nature(tmp_path):
    # "项目状态: 已开工" in the second quarter's report made a project new this year 续建 (its nature
    # overwritten on the list) and recorded no start
    t, r = _table(_csv(tmp_path, "pt.csv", "2024年二季度重点项目推进情况表\n序号,项目名称,项目状态,计划开工时间\n"
                                          "1,甲,已开工,2024年3月\n2,乙,未开工,2024年6月\n3,丙,已竣工,2023年1月\n"
                                          "4,丁,续建,2023年1月\n"))
    assert [(r[n]["nature"], r[n]["actual_start"], r[n]["actual_completion"]) for n in "甲乙丙丁"] == [
        (None, "2024Q2", None), (None, None, None), (None, "2024Q2", "2024Q2"), ("续建", None, None)]
    # in a list with no quarter reported, 已开工 still says the project continues from an earlier year
    t, r = _table(_csv(tmp_path, "ps.csv", "2024年重点项目计划表\n序号,项目名称,项目状态\n1,甲,已开工\n"))
    assert (r["甲"]["nature"], r["甲"]["actual_start"]) == ("续建", None)


def test_a_note_in_the_middle_of_the_table_is_skipped_and_the_rows_after_it_read(tmp_path):
    # "注：按可比价计算" under the first category ended the table: the indicators after it were lost
    t, r = _table(_csv(tmp_path, "nt.csv", "2024年主要指标预期目标\n序号,指标,单位,2024年目标\n一、经济发展,,,\n"
                                          "1,地区生产总值增长,%,6左右\n注：按可比价计算,,,\n（地区生产总值为初步核算数）,,,\n"
                                          "二、社会民生,,,\n2,城镇新增就业,万人,4.6\n3,居民收入增长,%,6\n"))
    assert [(n, r[n]["category"]) for n in r] == [
        ("地区生产总值增长", "经济发展"), ("城镇新增就业", "社会民生"), ("居民收入增长", "社会民生")]
    (note,) = [p for p in t.problems if p.message == "表格中间的注释行，未导入"]
    assert (note.row, note.column) == (5, "A")
    # notes below the table, over several lines and a sign-off row, still end it
    t, r = _table(_csv(tmp_path, "nu.csv", "2024年主要指标预期目标\n序号,指标,单位,2024年目标\n"
                                          "1,地区生产总值增长,%,6左右\n注：\n1.地区生产总值按可比价计算。\n"
                                          "2.城镇新增就业含灵活就业,,,\n填报单位：区发展改革委,填报人：张三,联系电话：123,\n"))
    assert list(r) == ["地区生产总值增长"]


def test_the_years_investment_under_other_names(tmp_path):
    # "2024年投资目标", "年度目标投资", "2024年拟完成投资" were no field: the year's plan was dropped
    for heading in ("2024年投资目标（亿元）", "年度目标投资（亿元）", "2024年拟完成投资（亿元）"):
        t, r = _table(_csv(tmp_path, "a.csv", f"2024年重点项目计划表\n序号,项目名称,总投资（亿元）,{heading}\n"
                                             "1,甲道路工程,50,10\n"))
        assert r["甲道路工程"]["annual_investment"] == 10.0, heading


def test_the_base_a_target_grows_from_is_last_years_figure(tmp_path):
    # "2023年基数" / "基期值" beside the year's target had no field
    for heading in ("2023年基数", "基期值"):
        t, r = _table(_csv(tmp_path, "b.csv", f"2024年主要指标预期目标\n序号,指标,单位,{heading},2024年目标\n"
                                             "1,地区生产总值,亿元,1631.3,增长6%\n"))
        assert (t.kind, r["地区生产总值"]["previous_actual"]) == ("indicator_targets", 1631.3), heading


def test_a_task_lists_headings_under_other_names(tmp_path):
    # 主办单位 was read as the 单位 (unit) column, 工作事项 and 预期成效 had no field: the list was refused
    # for want of a target column
    (t,) = read_import(_csv(tmp_path, "ms.csv", "2024年重点任务分解表\n序号,工作事项,预期成效,主办单位,协办单位,完成时限\n"
                                               "1,优化营商环境,新增市场主体1万户,区市场监管局,各街道,年底\n")).tables
    assert (t.kind, t.errors) == ("measures", [])
    (rec,) = t.records
    assert (rec["measure"], rec["text"], rec["value"], rec["unit"]) == ("优化营商环境", "新增市场主体1万户", 1.0, "万户")
    assert (rec["responsible_unit"], rec["partner_units"], rec["quarter"]) == ("区市场监管局", "各街道", "2024Q4")


def test_going_into_production_is_an_industrial_projects_completion(tmp_path):
    # "计划投产时间" had no field: the completion of an industrial project was dropped
    t, r = _table(_csv(tmp_path, "tc.csv", "2024年重点项目计划表\n序号,项目名称,计划开工时间,计划投产时间\n"
                                          "1,智能制造基地,2024年3月,2025年6月\n"))
    assert (r["智能制造基地"]["start"], r["智能制造基地"]["completion"]) == ("2024Q1", "2025Q2")


def test_quarter_columns_named_by_the_month_the_quarter_ends(tmp_path):
    # "3月底形象进度", "6月底目标" were said as no field: the quarters' goals and progress were lost
    (t,) = read_import(_csv(tmp_path, "节点.csv", "2024年重点项目季度推进计划\n序号,项目名称,3月底目标,6月底目标,9月末节点目标,"
                                                 "12月底形象进度目标\n1,甲道路工程,完成招标,开工建设,主体施工,完工\n")).tables
    (r,) = t.records
    assert [r["quarters"][f"2024Q{n}"]["goal"] for n in range(1, 5)] == ["完成招标", "开工建设", "主体施工", "完工"]
    assert (r["start"], r["completion"]) == ("2024Q2", "2024Q4")
    (t,) = read_import(_csv(tmp_path, "进度.csv", "2024年重点项目二季度推进情况\n序号,项目名称,6月底形象进度,6月底存在问题\n"
                                                 "1,甲道路工程,主体施工,征拆慢\n")).tables
    assert t.records[0]["quarters"]["2024Q2"]["progress"] == "主体施工；存在问题：征拆慢"


def test_a_report_with_a_sheet_per_quarter_takes_each_sheets_quarter(tmp_path):
    # a workbook with a sheet per quarter, titled "2024年重点项目推进情况表" on each: 本季度完成投资 and
    # 形象进度 were said as no field on every sheet, and the quarters' reports never reached the plan
    import openpyxl

    from tests.spreadsheet.conftest import convert

    wb = openpyxl.Workbook()
    for n, (sheet, done, progress) in enumerate([("一季度", 0.5, "完成招标"), ("二季度", 0.8, "主体施工")]):
        ws = wb.active if n == 0 else wb.create_sheet()
        ws.title = sheet
        ws.append(["2024年重点项目推进情况表"])
        ws.append(["序号", "项目名称", "本季度完成投资（亿元）", "形象进度"])
        ws.append([1, "甲道路工程", done, progress])
    wb.save(tmp_path / "推进情况.xlsx")
    convert([tmp_path / "推进情况.xlsx"], tmp_path / "lo")
    first, second = read_import(tmp_path / "lo" / "推进情况.xlsx").tables
    assert first.records[0]["quarters"] == {"2024Q1": {"planned": None, "actual": 0.5, "progress": "完成招标"}}
    assert second.records[0]["quarters"] == {"2024Q2": {"planned": None, "actual": 0.8, "progress": "主体施工"}}
    assert "表题没有写季度，按工作表名“二季度”作为二季度的报表" in [p.message for p in second.problems]
    # a CSV's name is its sheet's: the quarter from the file's name
    (t,) = read_import(_csv(tmp_path, "2024年三季度重点项目推进情况.csv", "重点项目推进情况表\n序号,项目名称,形象进度\n"
                                                                    "1,甲道路工程,主体封顶\n")).tables
    assert t.records[0]["quarters"]["2024Q3"]["progress"] == "主体封顶"
    (t,) = read_import(_csv(tmp_path, "2024Q4.csv", "重点项目推进情况表\n序号,项目名称,形象进度\n1,甲道路工程,完工\n")).tables
    assert t.records[0]["quarters"]["2024Q4"]["progress"] == "完工"  # a sheet or file named "2024Q4", "Q4"


@pytest.mark.parametrize("saved", ["lo_files", "lo_csv_files"])
def test_a_difference_row_under_plan_and_actual_is_left_out(saved, request):
    # 计划 | 实际 | 差额 under each project, in a column headed 类别: the projects' class was "计划", their
    # actual investment lost, and the 实际 and 差额 rows were refused as projects with no name
    t, r = _table(request.getfixturevalue(saved)["key-projects-plan-actual-and-difference-2024"])
    road = r["甲道路工程"]
    assert road["class"] is None
    assert [(road["quarters"][f"2024Q{n}"]["planned"], road["quarters"][f"2024Q{n}"]["actual"]) for n in (1, 2, 3)] == \
        [(1.0, 0.8), (1.0, 1.2), (1.0, None)]
    assert "“差额”行由计划、实际两行算出，未导入" in [p.message for p in t.problems]
    assert not [p for p in t.problems if p.severity == "warning"]


def test_a_date_giving_only_the_year_takes_the_quarter_its_node_names(lo_files):
    # "年内" in 计划开工 beside "二季度：开工建设" was read as the year's end: the timeline drew the start in the
    # fourth quarter and the light called the project on time until the year was out
    t, r = _table(lo_files["key-projects-year-dates-and-quarter-nodes-2024"])
    assert (r["化龙桥片区城市更新"]["start"], r["化龙桥片区城市更新"]["completion"]) == ("2024Q2", "2024Q3")
    # a bare year in either end: the start had no quarter, the completion the year's end
    assert (r["解放碑步行街提档升级"]["start"], r["解放碑步行街提档升级"]["completion"]) == ("2024Q3", "2024Q4")
    # the plan's own quarter or 年底 stands against the nodes
    assert (r["十八梯传统风貌区二期"]["start"], r["十八梯传统风貌区二期"]["completion"]) == ("2024Q2", "2024Q4")
    # no node says 开工 or 竣工: the years stay as written, a year with no quarter, and the deadline
    last = r["大坪医院门诊楼"]
    assert (last["start"], last["start_text"], last["completion"]) == (None, "2024年", "2025Q4")
    notes = {(p.row, p.column, p.text): p.message for p in t.problems}
    assert notes[(3, "C", "年内")] == "只写到年，按季度节点记入2024年二季度"
    assert notes[(3, "D", "年内")] == "只写到年，按季度节点记入2024年三季度"
    # a start with no quarter takes the node's as a missing date does; no node says when it is completed
    assert not [k for k in notes if k[0] == 4]
    # the column's count of starts with a year and no quarter is of those still without one
    (year_only,) = [p.message for p in t.problems if "只写了年份" in p.message]
    assert year_only.startswith("第C列有 1 个项目只写了年份（如“2024年”）")


def test_a_year_of_a_date_column_takes_the_month_the_years_schedule_names(tmp_path):
    t, r = _table(_csv(tmp_path, "plan.csv", "2024年重点项目计划\n序号,项目名称,计划开工,计划完工,2024年进度计划\n"
                                             "1,项目甲,2024年,2024年,3月开工，9月竣工\n"
                                             "2,项目乙,年内开工,2025年底,5月开工\n"
                                             "3,项目丙,2024年底,2025年,11月开工\n"))
    assert [(r[n]["start"], r[n]["completion"]) for n in ("项目甲", "项目乙", "项目丙")] == \
        [("2024Q1", "2024Q3"), ("2024Q2", "2025Q4"), ("2024Q4", "2025Q4")]
    notes = {(p.row, p.column): p.message for p in t.problems if p.row}
    assert notes[(3, "D")] == "只写到年，按“2024年进度计划”记入2024年三季度"
    assert notes[(4, "C")] == "只写到年，按“2024年进度计划”记入2024年二季度"
    assert not any("只写了年份" in p.message for p in t.problems)


def test_a_quarters_amount_said_by_its_sum_not_by_investment(tmp_path):
    # "一季度完成额" was "没有对应的字段": the quarter's figure, in the unit's own words, left out
    t, r = _table(_csv(tmp_path, "q.csv", "2024年重点项目二季度推进情况表\n"
                                          "序号,项目名称,年度计划投资（万元）,二季度计划额,二季度完成额\n1,项目甲,40000,12000,9000\n"))
    assert (r["项目甲"]["quarters"]["2024Q2"]["planned"], r["项目甲"]["quarters"]["2024Q2"]["actual"]) == (1.2, 0.9)
    assert not any("没有对应的字段" in p.message for p in t.problems)


def test_a_quarters_plan_and_done_beside_the_investment_are_its_investment(lo_files):
    # "一季度" over "计划 | 完成" in a "…推进情况表" (its title names no 投资) beside 总投资（万元）: the quarter's
    # figures were left out as no field; they are its investment, in the table's 万元
    t, r = _table(lo_files["key-projects-quarter-plan-and-done-2024"])
    got = {n: (v["quarters"]["2024Q1"]["planned"], v["quarters"]["2024Q1"]["actual"]) for n, v in r.items()}
    assert got == {"甲道路工程": (0.5, 0.62), "乙学校": (0.3, 0.12), "丙管网改造": (0.0, 0.0)}
    said = [p.message for p in t.problems]
    assert "第E列“一季度／计划”没有写单位：按表中其他金额列的万元换算为亿元" in said
    assert not [m for m in said if "没有对应的字段" in m]


def test_a_quarters_plan_and_done_in_words_are_its_goal_and_progress(tmp_path):
    t, r = _table(_csv(tmp_path, "进展.csv", "2024年一季度重点项目推进情况表\n序号,项目名称,总投资（亿元）,一季度,\n"
                                          ",,,计划,完成\n1,甲项目,15,主体施工,完成桩基施工\n2,乙项目,8,场平施工,场平完成60%\n"))
    got = {n: (v["quarters"]["2024Q1"]["goal"], v["quarters"]["2024Q1"]["progress"]) for n, v in r.items()}
    assert got == {"甲项目": ("主体施工", "完成桩基施工"), "乙项目": ("场平施工", "场平完成60%")}


@pytest.mark.parametrize("saved", ["lo_files", "lo_csv_files"])
def test_the_years_column_of_projects_on_two_rows_is_the_years_plan_and_checks_what_was_done(saved, request):
    # "全年" beside 一季度 … 四季度, 计划 over 完成: the year's plan was no field (the annual investment lost), the
    # year's done unchecked; and "单位：万元" above was not applied to the quarters (20000 read as 20000 亿元)
    t, r = _table(request.getfixturevalue(saved)["key-projects-two-rows-with-the-year-2024"])
    assert t.errors == []
    got = {n: (v["annual_investment"], [(q["planned"], q["actual"]) for q in v["quarters"].values()])
           for n, v in r.items()}
    assert got == {"重庆长滨": (10.0, [(2.0, 2.1), (3.0, 2.4), (3.0, None), (2.0, None)]),
                   "红楼宾馆综合改造": (3.0, [(0.5, 0.4), (1.0, 0.8), (1.0, None), (0.5, None)]),
                   "燕子岩传统风貌区": (0.8, [(0.2, None)] * 4)}
    said = {(p.row, p.column, p.text, p.message, p.severity) for p in t.problems}
    letter = "E"  # the cell's figure shows in the preview's 内容 column, as for any problem
    assert (7, letter, "13000", "全年完成13000与各季度完成之和12000不符：按各季度导入，请核对", "warning") in said
    assert (9, letter, "3000", "全年完成3000没有分到季度：未导入，请在各季度填写", "warning") in said
    notes = [p.message for p in t.problems]
    assert f"第{letter}列“全年”：“计划”行为年度计划投资，“实际”行为各季度完成之和（核对，不另行导入）" in notes
    assert "每个项目两行：“计划”行为各季度计划投资，“实际”行为完成投资（第D列区分），以万元填报，已换算为亿元" in notes
    assert not [p for p in t.problems if "没有对应的字段" in p.message or "亿元，远超" in p.message]


@pytest.mark.parametrize("saved", ["lo_files", "lo_csv_files"])
def test_a_quarters_planned_progress_under_a_three_row_header_is_its_goal(saved, request):
    # "2025年分季度推进计划" over "一季度" over "形象进度 | 投资": the 形象进度 under a plan is what the quarter is to
    # reach (it was said to have no field and dropped, and the start and completion it names were lost)
    t, r = _table(request.getfixturevalue(saved)["key-projects-quarterly-plan-three-row-header-2025"])
    assert (t.kind, t.year, len(r)) == ("key_projects", 2025, 2)
    park = r["鹅岭公园提升"]
    assert [park["quarters"][f"2025Q{n}"]["goal"] for n in range(1, 5)] == ["完成方案设计", "开工建设", "主体施工", "完工"]
    assert [park["quarters"][f"2025Q{n}"]["planned"] for n in range(1, 5)] == [0.1, 0.4, 0.5, 0.5]
    assert (park["start"], park["completion"]) == ("2025Q2", "2025Q4")
    assert r["七星岗老旧小区改造"]["completion"] == "2025Q4"  # 竣工验收
    assert not [p for p in t.problems if "没有对应的字段" in p.message]
    # the title names two levels (市级、区级): neither is given to all
    assert [x.get("level") for x in t.records] == [None, None]


def test_a_quarters_planned_progress_in_one_heading_is_its_goal():
    from milestones.spreadsheet.quarter_headings import quarter_field

    assert [quarter_field(h) for h in ("一季度计划形象进度", "一季度推进计划", "一季度计划进度", "一季度形象进度",
                                       "一季度形象进度完成情况")] == ["q1_goal"] * 3 + ["q1_progress"] * 2


def test_a_quarter_headed_with_a_money_unit_is_its_planned_investment(tmp_path):
    # "一季度（万元）" on one header row was taken for a column of a hand-drawn 横道图 (a mark in each quarter): the
    # quarters' investment was lost, and the figures read as marks
    path = _csv(tmp_path, "q.csv", "2024年重点项目季度投资计划表\n序号,项目名称,总投资（亿元）,一季度（万元）,"
                                       "二季度（万元）,三季度（万元）,四季度（万元）\n1,甲项目,3,1000,2000,3000,4000\n")
    (t,) = read_import(path).tables
    (r,) = t.records
    assert {q: v["planned"] for q, v in r["quarters"].items()} == {"2024Q1": 0.1, "2024Q2": 0.2, "2024Q3": 0.3,
                                                                   "2024Q4": 0.4}
    assert r["annual_investment"] == 1.0
