"""A progress report as offices send it: a title that names no quarter, the quarter told by what
was done by then ("1-6月完成投资"), and a start and completion written "2024.3/2024.12"; a plan
whose year's figures are grouped under one heading; a verdict written after the figure."""
import pytest
from sqlalchemy import select

from milestones.spreadsheet.importer import read_import
from tests.spreadsheet.conftest import csv_file as _csv, one_table as _table


def test_a_report_whose_title_names_no_quarter_takes_the_quarter_of_its_running_total(lo_files):
    t, r = _table(lo_files["key-projects-half-year-progress-2024"])
    # 项目进展, 存在问题 and 下步打算 were dropped as "no field": the report is as of 1-6月, the second quarter
    q = r["解放碑步行街提档升级"]["quarters"]["2024Q2"]
    assert q["to_date"] == 1.25
    assert q["progress"] == "路面改造完成60%；存在问题：管线迁改滞后；下步打算：9月底前完成路面改造"
    # "无" under 存在问题 is no problem, and a blank says nothing
    assert r["大坪医院扩建"]["quarters"]["2024Q2"]["progress"] == "主体结构封顶；下步打算：开展装饰装修"
    assert r["化龙桥片区道路"]["quarters"]["2024Q2"]["progress"] == "管网迁改；下步打算：加快路基施工"
    said = [p.message for p in t.problems if "表题没有写季度" in p.message]
    assert said == [f"第{c}列“{h}”记入二季度（表题没有写季度，按第F列“1-6月完成投资（万元）”）"
                    for c, h in (("G", "项目进展"), ("H", "存在问题"), ("I", "下步打算"))]
    # a start and a completion parted by "/" ("2024.3/2024.12") were refused as no span
    assert [(r[n]["start"], r[n]["completion"]) for n in r] == [
        ("2024Q1", "2024Q4"), ("2023Q2", "2026Q2"), ("2024Q2", "2025Q2")]


def test_a_report_with_several_quarters_done_leaves_a_bare_progress_column_unplaced(tmp_path):
    # 一季度完成 and 二季度完成 beside one 项目进展: which quarter it speaks of is not said
    t, r = _table(_csv(tmp_path, "t.csv", "2024年重点项目推进情况表\n"
                                          "项目名称,总投资（亿元）,一季度完成投资,二季度完成投资,项目进展\n"
                                          "甲项目,10,0.5,0.8,主体施工\n"))
    assert all(q["progress"] is None for q in r["甲项目"]["quarters"].values())
    assert any(p.column is None and "“项目进展”没有对应的字段" in p.message for p in t.problems)
    # a plan's dates in one cell with "/" only where a date has none of its own
    _, r = _table(_csv(tmp_path, "p.csv", "2024年重点项目计划表\n项目名称,开竣工时间\n"
                                          "甲项目,2024/3-2025/6\n乙项目,2024年3月/2025年12月\n"))
    assert [(r[n]["start"], r[n]["completion"]) for n in r] == [("2024Q1", "2025Q2"), ("2024Q1", "2025Q4")]



def test_the_years_plan_grouped_over_investment_and_progress(lo_files):
    # "2024年计划" over "投资（亿元） | 形象进度": the bare 投资 below was read as the total investment, so
    # the year's plan replaced the project's 总投资 without a word, and the year's progress was dropped
    t, r = _table(lo_files["key-projects-year-plan-under-a-group-2024"])
    p = r["解放碑步行街提档升级"]
    assert (p["total_investment"], p["annual_investment"]) == (4.6, 3.0)
    assert p["quarters"]["2024Q4"]["goal"] == "完成路面改造"
    assert (r["大坪医院扩建"]["total_investment"], r["大坪医院扩建"]["annual_investment"]) == (12.0, 2.5)
    assert not any("没有对应的字段" in p.message for p in t.problems)


def test_what_was_invested_before_the_year_under_an_investment_group(lo_files):
    # "投资情况" over "截至2023年底累计完成": the money word is in the group heading; it was dropped
    t, r = _table(lo_files["key-projects-investment-group-2024"])
    assert [(v["invested_before"], v["annual_investment"]) for v in r.values()] == [(0.0, 3.0), (4.0, 2.5)]
    assert [r["大坪医院扩建"]["quarters"][f"2024Q{n}"]["planned"] for n in range(1, 5)] == [0.6, 0.6, 0.6, 0.7]
    assert not any("没有对应的字段" in p.message for p in t.problems)


def test_a_dash_for_the_status_is_no_status(tmp_path):
    # "—" in 完成情况 beside a figure not yet out: nothing stated (the record said "—" as though it were a verdict)
    _, r = _table(_csv(tmp_path, "附件1.csv",
                       "附件1\n2024年主要指标完成情况表\n指标名称,2024年目标,2024年完成,完成情况\n"
                       "单位地区生产总值能耗降低（%）,完成市下达任务,待国家统计局反馈,—\n"
                       "城镇新增就业（万人）,2.5以上,2.62,完成\n空气质量优良天数（天）,≥300,296,／\n"))
    assert {n: v["status"] for n, v in r.items()} == {"单位地区生产总值能耗降低": None, "城镇新增就业": "完成",
                                                      "空气质量优良天数": None}
    assert r["单位地区生产总值能耗降低"]["actual_text"] == "待国家统计局反馈"


def test_a_verdict_written_after_the_figure_is_the_status(tmp_path):
    # "5.16（完成）" or "296 未完成" in 完成情况 gave the figure and lost the verdict ("5.2，未完成" kept it)
    _, r = _table(_csv(tmp_path, "附件1.csv",
                       "附件1\n渝中区2023年主要指标完成情况表\n序号,指标名称,单位,2023年目标,2023年完成情况\n"
                       "1,地区生产总值增长,%,6左右,\"5.2，未完成\"\n2,城镇新增就业,万人,4.6,5.16（完成）\n"
                       "3,空气质量优良天数,天,≥300,296天 未完成\n4,一般公共预算收入,亿元,36,36.5\n"))
    assert {n: (v["actual"], v["status"]) for n, v in r.items()} == {
        "地区生产总值增长": (5.2, "未完成"), "城镇新增就业": (5.16, "完成"), "空气质量优良天数": (296.0, "未完成"),
        "一般公共预算收入": (36.5, None)}
    # in a 完成 column beside no 完成情况, the same
    _, r = _table(_csv(tmp_path, "b.csv", "2023年主要指标完成情况表\n指标名称,单位,2023年目标,2023年完成\n"
                                          "地区生产总值增长,%,6左右,5.2（未完成）\n"))
    assert (r["地区生产总值增长"]["actual"], r["地区生产总值增长"]["status"]) == (5.2, "未完成")


def test_a_header_under_group_headings_with_the_unit_in_the_group(lo_files, lo_csv_files):
    # "投资情况（万元）" over "总投资 | 截至2023年底累计完成 | 2024年计划", "项目基本情况" over "项目": the year's
    # plan was dropped (its money word and unit are in the group), and with it gone the table was read as
    # indicator targets (2023 "actual" beside 2024 "target"), every project lost
    for path in (lo_files["key-projects-grouped-header-2024"], lo_csv_files["key-projects-grouped-header-2024"]):
        t, r = _table(path)
        assert (t.kind, t.year) == ("key_projects", 2024)
        assert {n: (v["zone"], v["total_investment"], v["invested_before"], v["annual_investment"], v["start"],
                    v["completion"]) for n, v in r.items()} == {
            "解放碑步行街提档升级": ("东部", 4.6, 0.0, 3.0, "2024Q1", "2024Q4"),
            "大坪医院扩建": ("西部", 12.0, 4.0, 2.5, "2023Q2", "2026Q2")}
        assert not any("没有对应的字段" in p.message for p in t.problems)


def _workbook(path, sheets):
    import openpyxl

    wb = openpyxl.Workbook()
    for n, (name, rows) in enumerate(sheets):
        ws = wb.active if n == 0 else wb.create_sheet()
        ws.title = name
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def test_one_project_on_two_sheets_that_disagree_is_refused(tmp_path):
    # a 全区 project listed on the 东部 and on the 西部 sheet: the write kept the 西部 row's zone and total
    # over the 东部 row's without a word, and the preview counted it new twice
    from milestones.spreadsheet.importer import _PROJECT_FIELDS, read_import
    from milestones.ui.problem_text import _FIELDS_EN

    path = _workbook(tmp_path / "分片区.xlsx", [
        (zone, [[f"2024年{zone}重点项目计划表"], ["序号", "项目名称", "总投资（亿元）"], [1, "跨区项目甲", total],
                [2, f"{zone}新项目", 5]]) for zone, total in (("东部片区", 10), ("西部片区", 11))])
    east, west = read_import(path).tables
    assert east.errors == []
    (err,) = west.errors
    assert (err.row, err.column, err.text) == (3, "B", "跨区项目甲")
    assert err.message.startswith("与工作表“东部片区”第3行是同一项目，但区域、总投资不同")
    assert set(_PROJECT_FIELDS.values()) <= set(_FIELDS_EN)  # every field a message may name has its English


def test_a_list_beside_its_quarterly_report_reads_both(db, tmp_path):
    # the list on one sheet, the first quarter's report on the next: one project, both sheets' figures
    from sqlalchemy import func, select

    from milestones.spreadsheet.importer import preview, read_import, write
    from milestones.store.schema import KeyProject, QuarterInvestment

    path = _workbook(tmp_path / "2024年重点项目.xlsx", [
        ("清单", [["2024年重点项目计划表"], ["序号", "项目名称", "区域", "总投资（亿元）", "年度计划投资（亿元）"],
                [1, "季报新项目", "东部", 10, 4], [2, "重庆长滨", "东部", None, 3]]),
        ("一季度", [["2024年一季度重点项目推进情况"], ["序号", "项目名称", "年度计划投资（亿元）", "一季度完成投资（亿元）"],
                 [1, "季报新项目", 4, 0.8], [2, "重庆长滨", 3, 0.5]])])
    imp = preview(db, read_import(path))
    assert not imp.has_errors
    (said,) = [p for p in imp.tables[1].problems if "也在工作表" in p.message]
    assert (said.message, said.severity) == ("有2个项目也在工作表“清单”中，两处的内容合并导入", "info")
    # new on the list, then its first quarter on the report: added once, as the write does
    assert [imp.diffs[i].counts()["new"] for i in (0, 1)] == [1, 0]
    assert imp.diffs[1].changed[0] == {"quarter:2024Q1:actual": (None, 0.8)}
    with db.read() as s:
        before = s.scalar(select(func.count()).select_from(KeyProject))
    write(db, imp)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(KeyProject)) == before + 1
        pid = s.scalar(select(KeyProject.id).where(KeyProject.name == "季报新项目"))
        assert s.scalar(select(KeyProject.total_investment).where(KeyProject.id == pid)) == 10
        assert s.scalar(select(QuarterInvestment.actual).where(QuarterInvestment.project_id == pid)) == 0.8


def test_a_note_above_the_title_is_not_the_title(tmp_path):
    # "说明：…2023年…" above "2024年重点项目计划表", longer than it, was taken for the title: the list went
    # to the 2023 plan
    t, r = _table(_csv(tmp_path, "t.csv", "说明：本表所列项目含2023年度储备项目转入的，投资单位为亿元，开竣工时间填写到月，"
                                          "请各单位认真核对。\n2024年重点项目计划表\n序号,项目名称,总投资（亿元）\n1,甲项目,10\n"))
    assert (t.year, t.title) == (2024, "2024年重点项目计划表")


def test_a_nature_after_the_name_is_the_nature_not_part_of_the_name(db, tmp_path):
    # "甲项目（续建）" kept its bracket: next year's list naming it "甲项目" made a second project
    from milestones.spreadsheet.importer import preview, read_import, write

    path = _csv(tmp_path, "2024.csv", "2024年重点项目计划表\n序号,项目名称,总投资（亿元）\n"
                                      "1,甲项目（续建）,10\n2,乙项目(新开工),5\n3,丙项目（一期）,3\n")
    t, r = _table(path)
    assert {n: v["nature"] for n, v in r.items()} == {"甲项目": "续建", "乙项目": "新开工", "丙项目（一期）": None}
    said = [p for p in t.problems if "是建设性质" in p.message]
    assert [(p.row, p.severity) for p in said] == [(3, "info"), (4, "info")]
    write(db, preview(db, read_import(path)))
    plain = _csv(tmp_path, "again.csv", "2024年重点项目计划表\n序号,项目名称,总投资（亿元）\n1,甲项目,10\n")
    assert preview(db, read_import(plain)).diffs[0].counts()["unchanged"] == 1


def test_a_level_after_the_name_is_the_level_not_part_of_the_name(db, tmp_path):
    # "重庆长滨（市级）", "红楼宾馆综合改造（市重点）": the level stayed in the name, so the plan's own 重庆长滨
    # was said to be missing and the list's a new project beside it
    from milestones.spreadsheet.importer import preview, read_import

    path = _csv(tmp_path, "级别.csv", "2024年重点项目表\n序号,项目名称,总投资（亿元）\n1,重庆长滨（市级）,10\n"
                                     "2,红楼宾馆综合改造（市重点）,5\n3,甲项目(区级重点项目),2\n4,乙项目（市政）,1\n")
    t, r = _table(path)
    assert {n: v["level"] for n, v in r.items()} == {
        "重庆长滨": "市级重点", "红楼宾馆综合改造": "市级重点", "甲项目": "区级重点", "乙项目（市政）": None}
    assert [p.row for p in t.problems if "是项目级别" in p.message] == [3, 4, 5]
    d = preview(db, read_import(path)).diffs[0]
    assert len(d.new) == 2 and len(d.changed) == 2  # the plan's two projects, given their level


def test_a_level_or_nature_before_the_name_is_no_part_of_it(db, tmp_path):
    # "[市级]重庆长滨", "【续建】甲项目": the bracket stayed in the name, so the plan's own 重庆长滨 was said to be
    # missing and the list's a new project beside it; a place in brackets ("（重庆）乙项目") is the name's own
    from milestones.spreadsheet.importer import preview, read_import

    path = _csv(tmp_path, "前.csv", "2024年重点项目表\n序号,项目名称,总投资（亿元）\n1,[市级]重庆长滨,10\n"
                                   "2,【续建】甲项目,5\n3,（重庆）乙项目,2\n4,(区重点)丙项目,1\n")
    t, r = _table(path)
    assert {n: (v["level"], v["nature"]) for n, v in r.items()} == {
        "重庆长滨": ("市级重点", None), "甲项目": (None, "续建"), "（重庆）乙项目": (None, None), "丙项目": ("区级重点", None)}
    assert [p.row for p in t.problems if "名称前的" in p.message] == [3, 4, 6]
    imp = preview(db, read_import(path))
    changed = {imp.tables[0].records[i]["name"]: fields for i, fields in imp.diffs[0].changed.items()}
    assert "level" in changed["重庆长滨"]  # the plan's own, given its level


def test_a_date_that_says_it_happened_is_the_actual_date_too(tmp_path):
    # "2023年5月已开工" in 计划开工 was only the planned start: the timeline showed the project not begun
    _, r = _table(_csv(tmp_path, "t.csv", "2024年重点项目计划表\n项目名称,计划开工,计划竣工\n"
                                          "丙项目,2023年5月已开工,2025年6月\n丁项目,2023年3月,已于2024年6月建成\n"
                                          "戊项目,2024年3月,2024年12月\n"))
    assert {n: (v["start"], v["actual_start"], v["completion"], v["actual_completion"]) for n, v in r.items()} == {
        "丙项目": ("2023Q2", "2023Q2", "2025Q2", None), "丁项目": ("2023Q1", None, "2024Q2", "2024Q2"),
        "戊项目": ("2024Q1", None, "2024Q4", None)}


def test_targets_for_two_years_say_which_is_imported(lo_files):
    # "2024年目标 | 2025年目标" under "2024—2025年目标建议": the 2025 column was dropped without a word
    from milestones.spreadsheet.importer import read_import

    path = lo_files["fujian2-two-years-of-targets-2024"]
    (t,) = read_import(path).tables
    assert (t.kind, t.year) == ("indicator_targets", 2024)
    assert [r["target"]["value"] for r in t.records] == [6.0, 4.6]
    assert [p.message for p in t.problems if "本表按" in p.message] == [
        "第F列“2025年目标”是2025年的，本表按2024年导入，此列未导入（要导入2025年的，请把年度选为2025）"]
    # chosen as 2025's: that year's targets, and 2023's estimate is not shown as the year before's
    (t,) = read_import(path, year=2025).tables
    assert [(r["target"]["value"], r["previous_actual"]) for r in t.records] == [(6.0, None), (4.8, None)]
    assert any(p.message == "第D列“2023年预计”是2023年的，不是上一年（2024年）的，未导入" for p in t.problems)


def test_a_task_list_with_a_sheet_per_section_takes_the_sheets_name(tmp_path):
    # the tasks of every sheet went into one section named for the list
    from milestones.spreadsheet.importer import read_import

    head = [["2024年重点工作任务分解表"], ["序号", "重点任务", "目标任务", "责任单位", "完成时限"]]
    path = _workbook(tmp_path / "分工.xlsx", [
        ("（一）双城经济圈", head + [[1, "培育市场主体", "新增市场主体1.2万户", "区市场监管局", "2024年12月"]]),
        ("二、城市品质", head + [[1, "推进城市更新", "完成老旧小区改造30个", "区住房城乡建委", "2024年10月"]]),
        ("汇总", head + [[1, "扩大有效投资", "新开工项目20个", "区发展改革委", "2024年12月"]])])
    got = [(r["section"], r["section_number"]) for t in read_import(path).tables for r in t.records]
    assert got == [("（一）双城经济圈", 1), ("二、城市品质", 2), (None, None)]  # "汇总" names no section


def test_a_list_with_a_sheet_per_area_takes_the_sheets_name(tmp_path):
    from milestones.spreadsheet.importer import read_import

    head = [["2024年重点项目计划表"], ["序号", "项目名称", "总投资（亿元）"]]
    path = _workbook(tmp_path / "分板块.xlsx", [("化龙桥国际商务区", head + [[1, "化龙桥TOD", 10]]),
                                             ("东部片区", head + [[1, "朝天门整治", 5]]),
                                             ("Sheet3", head + [[1, "智慧城市平台", 2]])])
    got = [(r["name"], r["zone"], r["area"]) for t in read_import(path).tables for r in t.records]
    assert got == [("化龙桥TOD", None, "化龙桥国际商务区"), ("朝天门整治", "东部", None), ("智慧城市平台", None, None)]


def test_a_rolling_plan_says_which_years_investment_is_imported(tmp_path):
    # "2024-2026年滚动计划" with a 计划投资 column a year: 2025 and 2026 were dropped without a word
    path = _csv(tmp_path, "滚动.csv", "渝中区2024-2026年重点项目滚动计划\n序号,项目名称,总投资（亿元）,2024年计划投资（亿元）,"
                                     "2025年计划投资（亿元）,2026年计划投资（亿元）\n1,甲项目,10,3,4,3\n")
    t, r = _table(path)
    assert (t.year, r["甲项目"]["annual_investment"]) == (2024, 3.0)
    said = [p for p in t.problems if "本表按" in p.message]
    assert [p.message.split("，")[0] for p in said] == ["第E列“2025年计划投资（亿元）”是2025年的",
                                                       "第F列“2026年计划投资（亿元）”是2026年的"]
    assert all(p.severity == "info" for p in said)


def test_a_monitoring_table_of_one_period_keeps_its_period(tmp_path):
    # "1-10月" alone was read as the year's figure; a rate given only as its growth was said twice ("4.2、增长4.2%")
    t, r = _table(_csv(tmp_path, "月报.csv", "渝中区2024年1-10月主要经济指标完成情况\n指标名称,单位,全年目标,1-10月,同比增长（%）\n"
                                           "地区生产总值,亿元,增长6%左右,1420.5,5.8\n固定资产投资,%,增长5%,,4.2\n"))
    assert (r["地区生产总值"]["actual"], r["地区生产总值"]["actual_text"]) == (1420.5, "1-10月:1420.5、增长5.8%")
    assert (r["固定资产投资"]["actual"], r["固定资产投资"]["actual_text"]) == (4.2, "增长4.2%")
    assert "第D列“1-10月”是1-10月的累计数，作为完成值导入（注明期间，不是全年的）" in [p.message for p in t.problems]


def test_a_type_column_of_natures_or_levels_is_the_nature_or_level(tmp_path):
    # "项目类型: 续建 | 新开工" was kept as each project's class: the class filter listed 续建
    t, r = _table(_csv(tmp_path, "t.csv", "2024年重点项目计划表\n序号,项目名称,项目类型,总投资（亿元）\n"
                                          "1,丙项目,,3\n2,甲项目,续建,10\n3,乙项目,新开工项目,5\n"))
    assert {n: (v["class"], v["nature"]) for n, v in r.items()} == {
        "甲项目": (None, "续建"), "乙项目": (None, "新开工"), "丙项目": (None, None)}
    assert any(p.message.startswith("第C列“项目类型”填的是建设性质") for p in t.problems)
    # a class column beside a nature column stays the class
    _, r = _table(_csv(tmp_path, "u.csv", "2024年重点项目计划表\n项目名称,项目类别,建设性质\n甲项目,产业发展,续建\n"))
    assert (r["甲项目"]["class"], r["甲项目"]["nature"]) == ("产业发展", "续建")
    # a class column of levels is the level
    t, r = _table(_csv(tmp_path, "v.csv", "2024年重点项目计划表\n项目名称,项目类别\n甲项目,市级重点项目\n乙项目,区级重点\n"))
    assert {n: (v["class"], v["level"]) for n, v in r.items()} == {"甲项目": (None, "市级重点"), "乙项目": (None, "区级重点")}
    assert any(p.message.startswith("第B列“项目类别”填的是项目级别") for p in t.problems)


def test_targets_numbered_under_their_task_in_one_column(tmp_path):
    # "1 | 推动经济持续回升向好" over "1.1 | 地区生产总值增长6%左右": each target had been a task of its own,
    # and the task a target saying its own name
    t, r = _table(_csv(tmp_path, "分解.csv", "2024年重点工作任务分解表\n序号,工作任务,责任单位,完成时限\n"
                                           "1,推动经济持续回升向好,区发展改革委,\n1.1,地区生产总值增长6%左右,区发展改革委,2024年12月\n"
                                           "1.2,固定资产投资增长5%,区发展改革委,2024年12月\n2,新增市场主体1.2万户,区市场监管局,"
                                           "2024年12月\n"))
    assert {text: (v["measure"], v["value"]) for text, v in r.items()} == {
        "地区生产总值增长6%左右": ("推动经济持续回升向好", 6.0), "固定资产投资增长5%": ("推动经济持续回升向好", 5.0),
        "新增市场主体1.2万户": ("新增市场主体1.2万户", 1.2)}  # a task with no parts is its own target


def test_a_monitoring_report_titled_by_its_months_keeps_their_period(tmp_path):
    # "2024年1-9月…完成情况" with a plain 完成 column: the nine months' figures were held as the year's
    # actuals, against the year's targets
    t, r = _table(_csv(tmp_path, "月报.csv", "渝中区2024年1-9月主要经济指标完成情况\n指标名称,单位,全年目标,完成,同比增长（%）\n"
                                           "地区生产总值,亿元,增长6%左右,1240.5,5.8\n"))
    assert (r["地区生产总值"]["actual"], r["地区生产总值"]["actual_text"]) == (1240.5, "1-9月:1240.5、增长5.8%")
    assert "表题是1-9月的：第D列“完成”作为1-9月的累计数导入（注明期间，不是全年的）" in [p.message for p in t.problems]
    # a year's estimate beside the months' title is the year's figure
    t, r = _table(_csv(tmp_path, "预计.csv", "渝中区2024年1-9月主要经济指标完成情况\n指标名称,单位,全年目标,全年预计\n"
                                           "地区生产总值,亿元,增长6%左右,1650\n"))
    assert (r["地区生产总值"]["actual"], r["地区生产总值"]["actual_text"]) == (1650.0, None)


def test_the_attribute_written_after_the_target_is_the_attribute(tmp_path):
    # "≤5.5 预期性" had the unit "预期性"; "6左右（预期性）" kept the attribute in the target's words and none set
    t, r = _table(_csv(tmp_path, "属性.csv", "2024年主要指标预期目标\n序号,指标,单位,2024年目标\n"
                                           "1,地区生产总值增速,%,6左右（预期性）\n2,单位地区生产总值能耗降低,%,完成市下达任务（约束性）\n"
                                           "3,城镇调查失业率,%,≤5.5 预期性\n4,节能指标,%,完成市下达的约束性指标\n"))
    got = {n: (v["binding"], v["target"]["text"], v["target"]["unit"]) for n, v in r.items()}
    assert got == {"地区生产总值增速": (False, "6左右", "%"), "单位地区生产总值能耗降低": (True, "完成市下达任务", None),
                   "城镇调查失业率": (False, "≤5.5", "%"),
                   "节能指标": (None, "完成市下达的约束性指标", None)}  # words of the target, not set apart


@pytest.mark.parametrize("saved", ["lo_files", "lo_csv_files"])
def test_the_person_to_call_is_kept_with_the_phone(saved, request):
    # 责任人 | 联系电话 were said to have no field and dropped: a planner looking at a late project had to go
    # back to the spreadsheet to find whom to call
    t, r = _table(request.getfixturevalue(saved)["key-projects-person-to-call-2024"])
    assert {n: v["contact"] for n, v in r.items()} == {
        "甲道路工程": "张三 13800000001",  # the phone typed as a number, not 13800000001.0 nor 1.38E+10
        "乙停车场": "李四 023-63000000",  # both on two lines of one cell
        "丙学校": None}
    assert not [p for p in t.problems if "责任人" in p.message or "联系电话" in p.message]


def test_the_person_to_call_goes_back_in_the_export_and_into_the_views(db, lo_files, tmp_path):
    from milestones.store.queries import project_detail
    from milestones.store.schema import KeyProject
    from tests.spreadsheet.conftest import exported_back

    back = exported_back(db, read_import(lo_files["key-projects-person-to-call-2024"]), tmp_path / "责任人.xlsx",
                         kind="key_projects")
    assert back.diffs[0].changed == {} and not back.diffs[0].new
    assert {r["name"]: r["contact"] for r in back.tables[0].records if r["contact"]} == {
        "甲道路工程": "张三 13800000001", "乙停车场": "李四 023-63000000"}
    with db.read() as s:
        pid = s.scalars(select(KeyProject.id).where(KeyProject.name == "甲道路工程")).one()
    assert project_detail(db, pid)["project"]["contact"] == "张三 13800000001"


@pytest.mark.parametrize("saved", ["lo_files", "lo_ods_files"])
def test_where_a_project_is_built_is_kept(saved, request):
    # 建设地点 was "没有对应的字段，未导入": a planner sending someone to a project, or asked which projects are on
    # a street, went back to the spreadsheet. A place merged over two projects is each one's.
    t, r = _table(request.getfixturevalue(saved)["key-projects-location-2024"])
    assert {n: v["location"] for n, v in r.items()} == {
        "甲道路工程": "化龙桥街道红岩村", "乙停车场": "解放碑街道民族路", "丙商业街提升": "解放碑街道民族路", "丁学校": None}
    assert {n: v["zone"] for n, v in r.items()} == {"甲道路工程": "西部", "乙停车场": "东部", "丙商业街提升": "东部",
                                                   "丁学校": "中部"}  # the place is not the area nor the zone
    assert not [p for p in t.problems if p.column == "D"]


def test_where_a_project_is_built_in_a_csv_is_not_filled_down(lo_csv_files):
    # a blank under a place in a CSV may be a merge lost or a place not known: not guessed (a unit or a zone is
    # filled down, as groups are)
    _t, r = _table(lo_csv_files["key-projects-location-2024"])
    assert {n: v["location"] for n, v in r.items()} == {
        "甲道路工程": "化龙桥街道红岩村", "乙停车场": "解放碑街道民族路", "丙商业街提升": None, "丁学校": None}


@pytest.mark.parametrize("heading", ["建设地点", "项目地址", "项目建设地点", "地点", "建设位置", "项目选址", "项目所在地"])
def test_the_words_for_where_a_project_is(heading, tmp_path):
    _t, r = _table(_csv(tmp_path, "地点.csv", f"2024年重点项目计划表\n序号,项目名称,总投资（亿元）,{heading},计划开工\n"
                                            "1,甲道路工程,10,化龙桥街道,2024年3月\n"))
    assert r["甲道路工程"]["location"] == "化龙桥街道"


def test_where_a_project_is_built_goes_back_in_the_export_and_into_the_views(db, lo_files, tmp_path):
    from milestones.store.project_rows import ProjectFilter, project_ids, project_rows
    from milestones.store.queries import project_detail
    from milestones.store.schema import KeyProject
    from tests.spreadsheet.conftest import exported_back

    back = exported_back(db, read_import(lo_files["key-projects-location-2024"]), tmp_path / "地点.xlsx",
                         kind="key_projects")
    assert back.diffs[0].changed == {} and not back.diffs[0].new
    assert {r["name"]: r["location"] for r in back.tables[0].records if r["location"]} == {
        "甲道路工程": "化龙桥街道红岩村", "乙停车场": "解放碑街道民族路", "丙商业街提升": "解放碑街道民族路"}
    with db.read() as s:
        pid = s.scalars(select(KeyProject.id).where(KeyProject.name == "乙停车场")).one()
        # the list's search finds a project by its street
        found = project_ids(s, ProjectFilter(text="民族路"), "name")
        assert {row.name for row in project_rows(s, found).values()} == {"乙停车场", "丙商业街提升"}
    assert project_detail(db, pid)["project"]["location"] == "解放碑街道民族路"


def test_the_units_working_with_a_projects_unit_are_kept(db, tmp_path):
    # a 重点项目推进责任表's 配合单位 was "没有对应的字段，未导入": who helps with the land or the clearing was lost
    from milestones.store.project_rows import ProjectFilter, project_ids, project_rows
    from milestones.store.unit_progress import unit_renames
    from tests.spreadsheet.conftest import exported_back

    src = _csv(tmp_path, "责任表.csv", "2024年重点项目推进责任表\n序号,项目名称,总投资（亿元）,计划开工,责任单位,配合单位\n"
                                     "1,甲道路工程,3.2,2024年3月,区住房城乡建委,区规划自然资源局、化龙桥街道\n"
                                     "2,乙停车场,2.0,2024年6月,区交通局,\n")
    t, r = _table(src)
    assert {n: v["partner_units"] for n, v in r.items()} == {"甲道路工程": "区规划自然资源局、化龙桥街道",
                                                            "乙停车场": None}  # a blank is none, not the row above's
    assert not [p for p in t.problems if "没有对应的字段" in p.message]
    back = exported_back(db, read_import(src), tmp_path / "责任表.xlsx", kind="key_projects")
    assert back.diffs[0].changed == {} and not back.diffs[0].new
    with db.read() as s:
        found = project_ids(s, ProjectFilter(text="化龙桥街道"), "name")  # the list's search finds it
        assert [row.partner_units for row in project_rows(s, found).values()] == ["区规划自然资源局、化龙桥街道"]
    # a unit renamed is renamed where it works with a project too
    assert [(table, f, becomes) for table, _id, f, _was, becomes, _v in unit_renames(db, 2024, "化龙桥街道", "化龙桥街")
            ] == [("key_project", "partner_units", "区规划自然资源局、化龙桥街")]


@pytest.mark.parametrize("saved", ["lo_files", "lo_ods_files"])
def test_a_district_listing_its_projects_by_street_keeps_the_streets_as_its_areas(saved, request):
    # 南岸区 has no 东部/中部/西部 nor 板块: its list says which 街道 or 镇 each project is in. "所属镇街" was
    # "没有对应的字段，未导入", and a planner could neither filter nor group the projects by street
    t, r = _table(request.getfixturevalue(saved)["key-projects-by-street-2025"])
    assert (t.kind, t.year) == ("key_projects", 2025)
    assert {n: (v["zone"], v["area"]) for n, v in r.items()} == {
        "南坪商圈提档升级": (None, "南坪街道"), "南坪东路改造": (None, "南坪街道"),  # under the merged cell
        "广阳岛配套道路": (None, "广阳镇"), "弹子石老街二期": (None, "弹子石街道")}
    assert "第B列“所属镇街”作为板块导入（表中没有板块列）" in [p.message for p in t.problems]
    assert r["广阳岛配套道路"]["annual_investment"] == 2.0  # 万元 still converted beside it


def test_a_citys_list_keeps_each_projects_district_as_its_area(tmp_path):
    # "所在区县" of a city's list (市级重点项目名单) was "no field": 江北区's projects came in as the district's own,
    # nothing to tell them apart, filter or remove them by
    from tests.spreadsheet.conftest import typed_and_saved

    text = ("2024年市级重点项目名单\n序号,所在区县,项目名称,总投资（亿元）,年度计划投资（亿元）,业主单位\n"
            "1,渝中区,十八梯三期,12,3,区城投\n2,江北区,观音桥商圈提升,8,2,江北城投\n")
    for path in typed_and_saved(tmp_path, "市级.csv", text):
        t, r = _table(path)
        assert {n: v["area"] for n, v in r.items()} == {"十八梯三期": "渝中区", "观音桥商圈提升": "江北区"}
        assert "第B列“所在区县”作为板块导入（表中没有板块列）" in [p.message for p in t.problems]


def test_streets_become_the_new_districts_areas_and_group_its_projects(empty_db, lo_files):
    from milestones.spreadsheet.importer import preview, write
    from milestones.store.schema import Area, KeyProject

    write(empty_db, preview(empty_db, read_import(lo_files["key-projects-by-street-2025"])))
    with empty_db.read() as s:
        got = {p.name: p.area.name for p in s.scalars(select(KeyProject))}
        areas = sorted(a.name for a in s.scalars(select(Area)))
    assert got["南坪东路改造"] == got["南坪商圈提档升级"] == "南坪街道"
    assert areas == sorted(["南坪街道", "广阳镇", "弹子石街道"])


@pytest.mark.parametrize("heading", ["所在街道", "乡镇（街道）", "镇街", "属地"])
def test_a_street_column_beside_an_area_column_is_not_taken_for_it(tmp_path, heading):
    head = f"2024年重点项目计划表\n序号,项目名称,{heading},总投资（亿元）,开工时间{{more}}\n"
    row = "1,甲项目,南坪街道,10,2024年一季度{more}\n"
    t, r = _table(_csv(tmp_path, "a.csv", head.format(more="") + row.format(more="")))
    assert r["甲项目"]["area"] == "南坪街道"
    t, r = _table(_csv(tmp_path, "b.csv", head.format(more=",所属板块") + row.format(more=",解放碑中央商务区")))
    assert r["甲项目"]["area"] == "解放碑中央商务区"
    assert f"第C列“{heading}”没有对应的字段，未导入" in [p.message for p in t.problems]


def test_a_districts_own_parts_in_its_zone_column_are_its_areas(tmp_path):
    # 渝北区's 区域 says 空港新城 and 中央公园片区: "区域应为 东部、中部、西部 或 全区" on every row, and the projects
    # came in with no place at all
    t, r = _table(_csv(tmp_path, "渝北区.csv", "渝北区2024年重点项目计划表\n序号,项目名称,所属区域,总投资（亿元）\n"
                                              "1,空港新城综合管廊,空港新城,12\n2,中央公园提升,中央公园片区,5\n"
                                              "3,两路老街更新,未分区,3\n"))
    assert {n: (v["zone"], v["area"]) for n, v in r.items()} == {
        "空港新城综合管廊": (None, "空港新城"), "中央公园提升": (None, "中央公园片区"), "两路老街更新": (None, None)}
    assert [(p.column, p.message) for p in t.problems if "区域" in p.message] == [
        ("C", "第C列“所属区域”写的不是东部、中部、西部或全区，作为板块导入（表中没有板块列）")]
    # a column of codes names no places: warned as before, no area made of "500112"
    t, r = _table(_csv(tmp_path, "codes.csv", "2024年重点项目计划表\n序号,项目名称,区域,总投资（亿元）\n1,甲项目,500112,12\n"))
    assert (r["甲项目"]["zone"], r["甲项目"]["area"]) == (None, None)
    assert [p.message for p in t.problems if "区域" in p.message] == ["区域应为 东部、中部、西部 或 全区"]


@pytest.mark.parametrize("more", ["", ",板块"])
def test_a_zone_column_naming_the_plans_zones_with_a_slip_still_warns_on_the_slip(tmp_path, more):
    # one "东布" among 东部 and 西部 is a typo, not a district's own part; beside a 板块 column too
    t, r = _table(_csv(tmp_path, "a.csv", f"2024年重点项目计划表\n序号,项目名称,区域,总投资（亿元）{more}\n"
                                         f"1,甲项目,东部,10{',解放碑' if more else ''}\n"
                                         f"2,乙项目,东布,5{',大坪' if more else ''}\n"))
    assert (r["甲项目"]["zone"], r["乙项目"]["zone"]) == ("东部", None)
    assert [(p.row, p.message) for p in t.problems if "区域应为" in p.message] == [
        (4, "区域应为 东部、中部、西部 或 全区")]
    if not more:
        assert r["乙项目"]["area"] is None


def test_an_address_is_not_a_street(tmp_path):
    t, r = _table(_csv(tmp_path, "a.csv", "2024年重点项目计划表\n序号,项目名称,建设地点,总投资（亿元）\n"
                                         "1,甲项目,南坪街道南城大道199号,10\n"))
    assert r["甲项目"]["area"] is None


def test_a_tasks_person_to_call_is_kept_too(tmp_path):
    _, r = _table(_csv(tmp_path, "分解.csv", "2024年重点任务分解表\n序号,重点任务,具体目标,牵头单位,联系人及电话\n"
                                            "1,发展首店经济,新引进首店40家,区商务委,王五 13900000000\n"))
    assert r["新引进首店40家"]["contact"] == "王五 13900000000"


@pytest.mark.parametrize("saved", ["lo_files", "lo_csv_files"])
def test_funding_sources_under_the_years_plan_are_its_parts_not_a_project(saved, request):
    # "2024年计划投资" merged over "合计 | 中央资金 | 市级资金 | 区级资金 | 社会投资": that row was read as a project
    # with no name (warned), and the five columns as copies of the year's plan. The parts say where the year's money
    # comes from: kept in the 备注 (they were "其中一项，未导入" until session 69)
    t, r = _table(request.getfixturevalue(saved)["key-projects-funding-sources-2024"])
    assert {n: (v["total_investment"], v["annual_investment"], v["notes"]) for n, v in r.items()} == {
        "甲项目": (12.0, 3.0, "年度计划投资来源：中央资金0.5亿元，市级资金0.5亿元，区级资金1亿元，社会投资1亿元"),
        "乙项目": (5.0, 0.8, "年度计划投资来源：区级资金0.8亿元")}
    said = [p.message for p in t.problems]
    assert "第E至H列是项目的资金来源：没有对应的字段，记入项目的备注" in said
    assert not [p for p in t.problems if p.severity != "info"]


def test_a_task_named_in_the_lists_own_section_and_in_the_plans_reimports_unchanged(db, tmp_path):
    # a row naming no section goes into the list's own section (named after its title); imported again, it was
    # matched to the plan's target of the same task and wording in (一) instead, and said as changed
    from milestones.spreadsheet.importer import preview, write

    path = _csv(tmp_path, "tasks.csv", "2024年重点工作任务清单\n序号,部分,举措,量化目标,完成时限\n"
                                       "1,,推动成渝地区双城经济圈建设,新增首店50家,\n"
                                       "2,一、更好落实重大战略部署,推动成渝地区双城经济圈建设,新增首店50家,2024年6月底\n")
    imp = preview(db, read_import(path, kind="measures", year=2024))
    assert imp.diffs[0].counts()["new"] == 2
    write(db, imp)
    again = preview(db, read_import(path, kind="measures", year=2024))
    assert {k: v for k, v in again.diffs[0].counts().items() if k != "missing"} == {"new": 0, "changed": 0,
                                                                                    "unchanged": 2}


def test_a_quarters_own_figure_beside_the_total_from_january_under_one_heading(lo_files, tmp_path):
    # "2024年1-9月完成投资" over "三季度 | 累计": both columns were read as the total to September, and the
    # quarter's own figure was dropped as a repeat of it (3,200 read as the total, 8,500 left out)
    t, r = _table(lo_files["key-projects-quarter-and-running-total-2024"])
    q = {n: r[n]["quarters"]["2024Q3"] for n in r}
    assert [(v["actual"], v.get("to_date")) for v in q.values()] == [(0.32, 0.85), (0.12, 0.26), (None, None)]
    # "—" in the quarter's own column is no figure for it: the total from January (invested before) is not
    # the third quarter's, as it would be in a report giving the total alone
    assert not any("同一项" in p.message for p in t.problems)
    # the same with the group naming the quarter, "当季 | 累计" below it; and a group naming no quarter
    _, r = _table(_csv(tmp_path, "q.csv", "2024年重点项目推进情况表\n"
                                          "项目名称,三季度完成投资（万元）,\n,当季,累计\n甲项目,1200,2600\n"))
    assert (r["甲项目"]["quarters"]["2024Q3"]["actual"], r["甲项目"]["quarters"]["2024Q3"]["to_date"]) == (0.12, 0.26)
    _, r = _table(_csv(tmp_path, "y.csv", "2024年重点项目推进情况表\n"
                                          "项目名称,完成投资（万元）,,\n,一季度,二季度,1-6月\n甲项目,500,700,1200\n"))
    assert [(q["actual"], q.get("to_date")) for q in r["甲项目"]["quarters"].values()] == [(0.05, None), (0.07, 0.12)]


def test_the_years_figures_split_into_the_reported_quarter_and_the_total(lo_files, tmp_path):
    # "2024年计划投资" over "全年 | 当季" and "2024年完成投资" over "当季 | 累计" in the third quarter's report: the
    # quarter's plan was read as a second column of the year's plan and dropped, the year's total to September left
    # unread ("没有对应的字段")
    t, r = _table(lo_files["key-projects-year-figures-of-the-reported-quarter-2024"])
    p = r["解放碑步行街提档升级"]
    assert p["annual_investment"] == 3.0
    assert p["quarters"] == {"2024Q3": {"planned": 0.8, "actual": 0.7, "to_date": 2.5, "progress": "路面改造完成80%"}}
    assert r["大坪医院扩建"]["quarters"]["2024Q3"]["to_date"] == 0.9
    assert not [p.message for p in t.problems if "没有对应的字段" in p.message or "同一项" in p.message]
    # "累计" under "完成投资" naming no year may be since the project began: still left out, and said
    t, _ = _table(_csv(tmp_path, "q.csv", "渝中区2024年三季度重点项目推进情况表\n"
                                          "项目名称,完成投资（万元）,\n,当季,累计\n甲项目,1200,26000\n"))
    assert any("累计" in p.message and "没有对应的字段" in p.message for p in t.problems)


def test_a_reports_quarter_figures_named_by_its_quarter_or_month(tmp_path):
    # "本季度计划投资" was read as the year's 年度计划投资 (the quarter's 8,000 万元 replacing the year's plan)
    t, r = _table(_csv(tmp_path, "b.csv", "2024年三季度重点项目投资完成情况\n序号,项目名称,年度计划投资（万元）,"
                                          "本季度计划投资（万元）,本季度完成投资（万元）,本年累计完成投资（万元）\n"
                                          "1,重庆长滨,30000,8000,7000,25000\n"))
    p = r["重庆长滨"]
    assert p["annual_investment"] == 3.0
    assert p["quarters"]["2024Q3"] == {"planned": 0.8, "actual": 0.7, "progress": None, "to_date": 2.5}
    # with no quarter said anywhere, the quarter's plan is no figure of the year either: left out, and said
    t, r = _table(_csv(tmp_path, "n.csv", "2024年重点项目表\n序号,项目名称,本季度计划投资（万元）\n1,重庆长滨,8000\n"))
    assert r["重庆长滨"]["annual_investment"] is None
    assert any("本季度计划投资" in p.message and "没有对应的字段" in p.message for p in t.problems)
    # "1-9月（万元）" over "计划 | 完成" in a report titled with no 投资: the total to September was left out
    _, r = _table(_csv(tmp_path, "a.csv", "渝中区2024年三季度重点项目推进情况表\n序号,项目名称,2024年1-9月（万元）,,,形象进度\n"
                                          ",,计划,完成,完成率,\n1,重庆长滨,24000,21000,87.5%,主体施工\n"))
    assert r["重庆长滨"]["quarters"]["2024Q3"]["to_date"] == 2.1
    # "10月形象进度" in the October report: where the project stands, the fourth quarter's so far
    t, r = _table(_csv(tmp_path, "e.csv", "2024年10月重点项目进展情况\n序号,项目名称,1-10月完成投资（亿元）,10月形象进度,"
                                          "10月存在问题\n1,重庆长滨,2.6,主体封顶,资金到位慢\n"))
    q4 = r["重庆长滨"]["quarters"]["2024Q4"]
    assert (q4["to_date"], q4["progress"]) == (2.6, "主体封顶；存在问题：资金到位慢")
    assert not any("没有对应的字段" in p.message for p in t.problems)
    # "11月份形象进度" and "下月计划" in the November report: where it stands, and what comes next
    _, r = _table(_csv(tmp_path, "l.csv", "渝中区2024年1-11月重点项目推进情况\n序号,项目名称,1-11月完成投资（万元）,"
                                          "11月份形象进度,下月计划\n1,重庆长滨,28000,装饰装修,竣工验收\n"))
    assert r["重庆长滨"]["quarters"]["2024Q4"]["progress"] == "装饰装修；下步打算：竣工验收"
    # a plan's month-by-month steps are not a report's: "3月形象进度" in a plan is left as it was
    _, r = _table(_csv(tmp_path, "p.csv", "2024年重点项目计划表\n序号,项目名称,3月形象进度\n1,重庆长滨,开工\n"))
    assert not r["重庆长滨"].get("quarters")


def test_a_reports_remarks_in_the_words_units_use(tmp_path):
    # "截至目前形象进度", "存在的问题及需协调事项", "下阶段工作计划" were "没有对应的字段": a unit's whole report of where its
    # project stands was left out, only the lists' exact words being known; and with "…事项" read as a task's name the
    # whole report was taken for a list of tasks
    t, r = _table(_csv(tmp_path, "q.csv", "渝中区2024年三季度重点项目推进情况表\n序号,项目名称,截至目前形象进度,"
                                          "存在的问题及需协调事项,下阶段工作计划,形象进度目标\n"
                                          "1,重庆长滨,主体结构封顶,资金到位慢,装饰装修,竣工\n"))
    assert t.kind == "key_projects"
    quarters = r["重庆长滨"]["quarters"]
    assert quarters["2024Q3"]["progress"] == "主体结构封顶；存在问题：资金到位慢；下步打算：装饰装修"
    assert not any(c in p.message for p in t.problems for c in ("第C列", "第D列", "第E列"))
    assert quarters["2024Q4"]["goal"] == "竣工"  # what it is to reach is the year's goal, not where it stands
    # "推进情况及存在问题" is where it stands, its problems with it; "项目推进中存在的问题" its problems
    _, r = _table(_csv(tmp_path, "p.csv", "2024年三季度重点项目推进情况表\n序号,项目名称,推进情况及存在问题,项目推进中存在的问题\n"
                                          "1,重庆长滨,主体施工，资金紧张,征地未完成\n"))
    assert r["重庆长滨"]["quarters"]["2024Q3"]["progress"] == "主体施工，资金紧张；存在问题：征地未完成"


def test_a_quarters_work_and_what_it_did_in_words(tmp_path):
    # "一季度主要工作 | 一季度完成情况" were "没有对应的字段": the quarter's plan and the unit's account of it left out
    t, r = _table(_csv(tmp_path, "q1.csv", "2024年重点项目一季度推进情况表\n序号,项目名称,总投资（亿元）,一季度主要工作,"
                                           "一季度完成情况,一季度完成投资（亿元）\n"
                                           "1,重庆长滨,3.2,完成征地拆迁,已完成征地80%,0.3\n"))
    assert t.kind == "key_projects"
    assert r["重庆长滨"]["quarters"]["2024Q1"] == {"planned": None, "actual": 0.3, "progress": "已完成征地80%",
                                                "goal": "完成征地拆迁"}
    assert not [p for p in t.problems if "没有对应的字段" in p.message]
    # a review of the tasks with a 完成情况 per quarter stays a review of the tasks
    t, r = _table(_csv(tmp_path, "m.csv", "2024年重点任务推进情况表\n序号,重点任务,具体目标,责任单位,一季度完成情况,"
                                          "二季度完成情况\n1,扩大有效投资,新开工项目20个,区发展改革委,开工5个,开工10个\n"))
    assert t.kind == "measures" and r["新开工项目20个"]["actual"] == 10


def test_a_project_lists_task_for_the_year_does_not_make_it_a_list_of_tasks(tmp_path):
    # "年度任务" beside 项目名称 under "…重点项目计划表" was the measures' 任务: the list was read as tasks, the projects'
    # names "没有对应的字段"
    t, r = _table(_csv(tmp_path, "k.csv", "2024年渝中区重点项目计划表\n序号,项目名称,年度任务,责任单位\n"
                                          "1,重庆长滨,主体完工,区商务委\n"))
    assert t.kind == "key_projects"
    assert r["重庆长滨"]["quarters"]["2024Q4"]["goal"] == "主体完工"  # the year's task, due by its end
    # a list of tasks titled as one stays one
    t, _ = _table(_csv(tmp_path, "m.csv", "2024年重点工作任务清单\n序号,重点任务,量化目标,牵头单位\n"
                                          "1,推动成渝地区双城经济圈建设,新增首店50家,区商务委\n"))
    assert t.kind == "measures"


def test_a_tasks_quarters_under_a_progress_reports_title_are_what_each_reached(tmp_path):
    # "一季度 | 二季度 | 三季度" under "…三季度进展情况" were read as the quarters' planned steps (and the third as the
    # deadline): they are what each quarter reached, the latest the target's 完成值
    t, r = _table(_csv(tmp_path, "n.csv", "渝中区2024年重点任务三季度进展情况\n序号,任务,目标,责任单位,一季度,二季度,三季度\n"
                                          "1,新增首店,50家,区商务委,12家,25家,38家\n"))
    (rec,) = t.records
    assert (rec["actual"], rec["actual_text"]) == (38.0, "三季度:38家")
    assert [(s["quarter"], s["actual"], s["text"]) for s in rec["steps"]] == [
        ("2024Q1", 12.0, None), ("2024Q2", 25.0, None), ("2024Q3", 38.0, None)]
    # a schedule's title keeps them its steps
    t, _ = _table(_csv(tmp_path, "s.csv", "渝中区2024年重点任务季度推进计划\n序号,任务,目标,责任单位,一季度,二季度,三季度\n"
                                          "1,新增首店,50家,区商务委,12家,25家,38家\n"))
    assert [s["value"] for s in t.records[0]["steps"]] == [12.0, 25.0, 38.0] and t.records[0]["actual"] is None


def test_a_remark_saying_only_the_nature_is_the_projects_nature(tmp_path):
    # "备注: 续建" in a list with no 建设性质 column stayed a remark: the project had no nature in the filter or the
    # dashboard's counts
    from milestones.ui.problem_text import english

    t, r = _table(_csv(tmp_path, "p.csv", "2024年渝中区市级重点项目名单\n序号,项目名称,总投资（亿元）,备注\n"
                                          "1,重庆长滨,50,续建\n2,红楼宾馆综合改造,3,新开工项目\n3,重庆中心T3塔楼,20,业主自筹\n"))
    assert [(rec["nature"], rec["notes"]) for rec in r.values()] == [("续建", None), ("新开工", None), (None, "业主自筹")]
    (said,) = [p.message for p in t.problems if "建设性质" in p.message]
    assert said == "第D列“备注”只写了建设性质的（如“续建”），作为建设性质导入（2个项目）"
    assert english(said).startswith("where column D “备注” says only the nature")
    # beside a 建设性质 column the remark stays a remark
    _, r = _table(_csv(tmp_path, "n.csv", "2024年渝中区重点项目名单\n序号,项目名称,建设性质,备注\n1,重庆长滨,新开工,续建\n"))
    assert (r["重庆长滨"]["nature"], r["重庆长滨"]["notes"]) == ("新开工", "续建")


def test_a_group_naming_part_of_the_year_or_money_keeps_its_columns_apart(lo_files):
    # "1-9月" over "计划投资": the plan to September replaced the year's 年度计划投资 (30,000 read as 22,000);
    # "完成投资" over "开工以来累计": the amount since the start was read as the planned start, and refused as a date
    t, r = _table(lo_files["key-projects-part-of-year-groups-2024"])
    p = r["解放碑步行街提档升级"]
    assert p["annual_investment"] == 3.0 and p["start"] is None
    q = p["quarters"]["2024Q3"]
    assert (q["actual"], q["to_date"], q["progress"]) == (0.8, 2.1, "路面改造完成80%")
    assert r["大坪医院扩建"]["annual_investment"] == 2.5
    assert not t.errors
    left = {p.message for p in t.problems if "没有对应的字段" in p.message}
    assert any("1-9月（万元）／计划投资" in m for m in left) and any("开工以来累计" in m for m in left)


def test_an_amount_with_no_unit_among_amounts_in_wan_yuan_is_in_wan_yuan(tmp_path):
    # "1-9月" over "完成投资" beside "年度计划投资（万元）": 21,000 万元 was read as 21,000 亿元 (and checked as unlikely)
    from milestones.ui.problem_text import english

    t, r = _table(_csv(tmp_path, "q.csv", "渝中区2024年三季度重点项目投资完成情况表\n"
                                          "序号,项目名称,年度计划投资（万元）,1-9月,\n,,,计划投资,完成投资\n"
                                          "1,甲项目,30000,22000,21000\n"))
    assert (r["甲项目"]["annual_investment"], r["甲项目"]["quarters"]["2024Q3"]["to_date"]) == (3.0, 2.1)
    (said,) = [p.message for p in t.problems if "没有写单位" in p.message]
    assert said == "第E列“1-9月／完成投资”没有写单位：按表中其他金额列的万元换算为亿元"
    assert english(said).startswith("column E “1-9月／完成投资” names no unit")
    assert not [p for p in t.problems if p.severity != "info"]
    # amounts in two units: which one a bare column is in is not said, so it stays in 亿元, as the plan keeps them
    _, r = _table(_csv(tmp_path, "m.csv", "2024年重点项目计划表\n项目名称,总投资（亿元）,年度计划投资（万元）,一季度计划投资\n"
                                          "甲项目,12,30000,0.5\n"))
    assert r["甲项目"]["quarters"]["2024Q1"]["planned"] == 0.5


def test_a_progress_in_percent_keeps_its_percent_sign(tmp_path):
    # "形象进度（%）" with 30 typed bare beside "65%": the timeline said "30", of nothing
    t, r = _table(_csv(tmp_path, "进展.csv", "2025年三季度重点项目推进情况表\n"
                                            "序号,项目名称,年度计划投资（亿元）,1-9月完成投资（亿元）,形象进度（%）\n"
                                            "1,十八梯二期,4,3.1,65%\n2,化龙桥道路,2,0.8,30\n3,大坪医院,1,0.2,主体施工\n"))
    assert [r[n]["quarters"]["2025Q3"]["progress"] for n in ("十八梯二期", "化龙桥道路", "大坪医院")] == [
        "65%", "30%", "主体施工"]


def test_months_joined_by_a_dash_of_official_writing_are_the_months_not_the_year(lo_files):
    # "1—11月完成" (an em dash, as the published tables join months) beside "全年预计": the months were read as no
    # period, the eleven months' figure taken as the year's 完成 and the year's estimate dropped as the same field
    t, r = _table(lo_files["indicators-eleven-months-and-year-2023"])
    assert (t.kind, t.year) == ("indicator_results", 2023)
    assert {n: (v["actual"], v["actual_text"]) for n, v in r.items()} == {
        "地区生产总值增长": (6.1, None), "社会消费品零售总额增长": (7.5, None),
        "固定资产投资增长": (4.6, "1-11月:4.6")}  # no estimate yet: the months' figure, said as such
    assert "第D列“1—11月完成”是1-11月的累计数，完成值取第E列“全年预计”（该列未填的取本列）" in [p.message for p in t.problems]


def test_whether_a_project_keeps_pace_and_why_it_is_behind_are_kept_with_its_progress(lo_files, tmp_path):
    # "是否达到序时进度 | 滞后原因" in a quarterly report were columns with no field, dropped: the office's own
    # judgement of which projects lag, and why, was lost
    t, r = _table(lo_files["key-projects-pace-and-lag-2024"])
    assert {n: v["quarters"]["2024Q3"]["progress"] for n, v in r.items()} == {
        "甲道路工程": "主体施工；达到时序进度", "乙学校": "场平施工；未达时序进度；滞后原因：征地拆迁滞后",
        "丙管网改造": "管网铺设；基本达到时序进度"}  # the words a task's review is read in
    assert not [p for p in t.problems if "没有对应的字段" in p.message]
    # "是否滞后" asks it the other way round: 是 is behind
    t, r = _table(_csv(tmp_path, "是否滞后.csv", "2024年三季度重点项目推进情况表\n项目名称,形象进度,是否滞后,进度滞后原因分析\n"
                                             "甲项目,主体施工,是,设计变更\n乙项目,场平施工,否,\n"))
    assert {n: v["quarters"]["2024Q3"]["progress"] for n, v in r.items()} == {
        "甲项目": "主体施工；未达时序进度；滞后原因：设计变更", "乙项目": "场平施工；达到时序进度"}


def test_the_offices_traffic_light_on_a_project_is_kept_with_its_progress(tmp_path):
    # "亮灯情况 | 红灯" (a 督查 office's warning on each project) was a column with no field, dropped
    from tests.spreadsheet.conftest import typed_and_saved

    text = ("2024年重点项目推进情况（截至9月底）\n序号,项目名称,年度计划投资（亿元）,1-9月完成投资（亿元）,亮灯情况,形象进度\n"
            "1,十八梯三期,3,2.5,绿灯,主体完工\n2,化龙桥道路,2,0.8,红灯,征拆滞后\n3,人和街,1,0.6,,基础施工\n")
    for path in typed_and_saved(tmp_path, "亮灯.csv", text):
        t, r = _table(path)
        assert {n: v["quarters"]["2024Q3"]["progress"] for n, v in r.items()} == {
            "十八梯三期": "主体完工；亮灯：绿灯", "化龙桥道路": "征拆滞后；亮灯：红灯", "人和街": "基础施工"}
        assert not [p for p in t.problems if "没有对应的字段" in p.message]


def test_other_words_for_a_projects_columns(lo_files):
    # "建成年月" and "区领导" were dropped as no field; "类型" holding 新开工 / 续建 beside "所属行业" was dropped as a
    # second class column, and the natures were guessed from the starts
    t, r = _table(lo_files["key-projects-other-words-for-columns-2024"])
    assert t.errors == []
    assert {n: (v["class"], v["nature"], v["start"], v["completion"], v["leader"]) for n, v in r.items()} == {
        "嘉陵江滨江步道": ("城市基础设施", "新开工", "2024Q1", "2025Q4", "王副区长"),
        "大坪正街改造": ("城市更新", "续建", "2023Q2", "2024Q4", "李副区长"),
        "化龙桥数字产业园": ("产业发展", "前期", None, "2027Q4", "王副区长")}  # (a year: its end for a completion)
    assert [p.message for p in t.problems if "第D列" in p.message] == ["第D列“类型”填的是新开工、续建等，作为建设性质导入"]
    assert not [p for p in t.problems if "没有对应的字段" in p.message or "按计划开工时间" in p.message]


def test_a_type_column_of_classes_is_the_class(tmp_path):
    t, r = _table(_csv(tmp_path, "t.csv", "2024年重点项目计划表\n项目名称,类型,总投资（亿元）\n"
                                          "甲项目,城市更新,10\n乙项目,产业发展,2\n"))
    assert {n: v["class"] for n, v in r.items()} == {"甲项目": "城市更新", "乙项目": "产业发展"}


def test_a_revised_list_into_a_plan_without_its_projects_keeps_their_original_plan(empty_db, lo_files, tmp_path):
    # a new project from a revised list kept the revised plan alone: its window and the timeline showed no 原计划,
    # the record of changes nothing, where a held project's showed the revision
    from milestones.spreadsheet.importer import preview, write
    from milestones.store.queries import project_detail
    from milestones.store.schema import KeyProject

    path = lo_files["key-projects-revised-mid-year-2024"]
    t, r = _table(path)
    assert {n: v.get("revised_from") for n, v in r.items()} == {
        "重庆长滨": {"start": "2024Q1", "completion": "2026Q4"}, "红楼宾馆综合改造": {"completion": "2025Q2"},
        "燕子岩传统风貌区": None}  # (blank under 调整后: not revised)
    assert "第F列“原计划竣工时间”是调整前的计划，导入的是第G列“调整后计划竣工时间”（原计划记入变更记录）" in \
        [p.message for p in t.problems]
    write(empty_db, preview(empty_db, read_import(path)))
    with empty_db.read() as s:
        ids = dict(s.execute(select(KeyProject.name, KeyProject.id)).all())
    shown = {}
    for name, pid in ids.items():
        d = project_detail(empty_db, pid, 2024)
        was = d["original"]
        shown[name] = (str(d["project"]["planned_start"]), str(d["project"]["planned_completion"]),
                       tuple(map(str, was)) if was else None,
                       sorted((c["field"], c["old"], c["new"], c["how"]) for c in d["changes"]))
    assert shown == {
        "重庆长滨": ("2024Q2", "2027Q2", ("2024Q1", "2026Q4"),
                   [("planned_completion", "2026Q4", "2027Q2", "import"), ("planned_start", "2024Q1", "2024Q2", "import")]),
        "红楼宾馆综合改造": ("2024Q1", "2025Q4", ("2024Q1", "2025Q2"),
                       [("planned_completion", "2025Q2", "2025Q4", "import")]),
        "燕子岩传统风貌区": ("2024Q3", "2026Q2", None, [])}
    # the same list again: the plan holds the revision, nothing changes and nothing more is recorded
    again = preview(empty_db, read_import(path))
    assert [(d.counts()["new"], d.counts()["changed"]) for d in again.diffs.values()] == [(0, 0)]
    write(empty_db, again)
    assert sum(len(project_detail(empty_db, pid, 2024)["changes"]) for pid in ids.values()) == 3


def test_a_revised_lists_original_amounts_are_kept_and_a_held_projects_first_date_too(db, tmp_path):
    # 原年度计划投资 | 调整后年度计划投资 in 万元; and a project the plan held with no start yet: the list's original
    # is the revision's "before" (the first date given recorded nothing, the original was lost)
    from milestones.spreadsheet.importer import preview, write
    from milestones.store.queries import project_detail
    from milestones.store.schema import KeyProject

    write(db, preview(db, read_import(_csv(tmp_path, "早.csv", "2024年重点项目名单\n项目名称,责任单位\n已列入项目丙,区城投公司\n"))))
    path = _csv(tmp_path, "调整.csv", "2024年重点项目计划调整表\n"
                                      "项目名称,原年度计划投资（万元）,调整后年度计划投资（万元）,原计划开工时间,调整后计划开工时间\n"
                                      "新列入项目甲,30000,20000,2024年3月,2024年9月\n"
                                      "新列入项目乙,5000,,2024年6月,\n"
                                      "已列入项目丙,,,2024年2月,2024年5月\n")
    t, r = _table(path)
    assert {n: (v["annual_investment"], v.get("revised_from")) for n, v in r.items()} == {
        "新列入项目甲": (2.0, {"annual_investment": 3.0, "start": "2024Q1"}), "新列入项目乙": (0.5, None),
        "已列入项目丙": (None, {"start": "2024Q1"})}
    write(db, preview(db, read_import(path)))
    with db.read() as s:
        ids = dict(s.execute(select(KeyProject.name, KeyProject.id).where(KeyProject.name.like("%列入项目%"))).all())
    changes = {n: sorted((c["field"], c["old"], c["new"], c["year"]) for c in project_detail(db, pid, 2024)["changes"])
               for n, pid in ids.items()}
    assert changes == {"新列入项目甲": [("annual_investment", "3", "2", 2024), ("planned_start", "2024Q1", "2024Q3", None)],
                       "新列入项目乙": [], "已列入项目丙": [("planned_start", "2024Q1", "2024Q2", None)]}


def test_undoing_a_revised_list_that_gave_a_held_project_its_first_date_shows_no_original(db, tmp_path):
    # the list's 原 date was recorded as the revision's "before"; undone, the project has no plan again, yet the
    # timeline and the detail still drew 原计划 2024Q1 beside it (a plan revised to nothing)
    from milestones.spreadsheet.importer import preview, write
    from milestones.store.history import original_amounts
    from milestones.store.imports import revert_import
    from milestones.store.project_rows import ProjectFilter
    from milestones.store.queries import project_detail
    from milestones.store.schema import KeyProject
    from milestones.timeline.data import load_projects

    write(db, preview(db, read_import(_csv(tmp_path, "早.csv", "2024年重点项目名单\n项目名称,责任单位\n已列入项目丙,区城投公司\n"))))
    path = _csv(tmp_path, "调整.csv", "2024年重点项目计划调整表\n"
                                      "项目名称,原年度计划投资（万元）,调整后年度计划投资（万元）,原计划开工时间,调整后计划开工时间\n"
                                      "已列入项目丙,30000,20000,2024年2月,2024年5月\n")
    receipt = write(db, preview(db, read_import(path)))
    with db.read() as s:
        pid = s.scalar(select(KeyProject.id).where(KeyProject.name == "已列入项目丙"))
        assert original_amounts(s, 2024) == {pid: 3.0}
    d = project_detail(db, pid, 2024)
    assert (str(d["project"]["planned_start"]), tuple(map(str, d["original"]))) == ("2024Q2", ("2024Q1", "None"))
    revert_import(db, receipt)
    d = project_detail(db, pid, 2024)
    assert d["project"]["planned_start"] is None and d["original"] is None
    with db.read() as s:  # nor the year's investment: a 调整表 gave 原 3.00 beside an empty 调整后
        assert original_amounts(s, 2024) == {}
    (p,) = load_projects(db, ProjectFilter(year=2024, ids=(pid,)))
    assert p.original is None
    # the record keeps both steps: the revision and its undo
    assert sorted((c["old"], c["new"], c["how"]) for c in d["changes"] if c["field"] == "planned_start") == [
        ("2024Q1", "2024Q2", "import"), ("2024Q2", None, "import_undone")]


def test_a_list_asking_if_new_takes_an_earlier_start_beside_no_as_ongoing(lo_files):
    # "是否新开工: 否" said nothing, and the project begun in 2023 had no nature (the filter's 续建 missed it);
    # 投资主体 and 包保单位 were dropped as no field
    t, r = _table(lo_files["key-projects-asked-if-new-2024"])
    assert t.errors == []
    assert {n: (v["nature"], v["owner"], v["responsible_unit"]) for n, v in r.items()} == {
        "解放碑步行街提升": ("续建", "区城投公司", "区商务委"),
        "七星岗老旧小区改造": ("新开工", "区住房城乡建委", "区住房城乡建委"),
        # 否 beside a start in the year: no nature guessed against what the table says
        "鹅岭公园提档": (None, "区城管局", "区城管局")}
    assert "第I列“是否新开工”填“否”的项目，1个开工早于2024年，记作续建；已有项目原有的建设性质不变" in \
        [p.message for p in t.problems]
    assert not [p for p in t.problems if "没有对应的字段" in p.message]
    # and that row is pointed out: 否 and a start in the year disagree (it was left without a word)
    (odd,) = [p for p in t.problems if "两者不符" in p.message]
    assert (odd.row, odd.column, odd.text, odd.severity) == (5, "I", "否", "warning")
    assert odd.message == "填“否”（不是新开工），但计划开工时间在2024年：两者不符，建设性质未导入，请核对"


def test_a_systems_running_totals_without_the_word_investment_are_the_investment_done(tmp_path):
    # "1-3月完成 | 1-6月完成" beside 总投资(万元) and 年度计划(万元), as a project system exports them: left out as no
    # field ("1-6月完成投资" was read)
    t, r = _table(_csv(tmp_path, "erp.csv", "2024年重点项目推进情况表\n"
                                            "项目名称,总投资(万元),年度计划(万元),1-3月完成,1-6月完成,项目进度\n"
                                            "重庆长滨,250000,60000,5000,21000,主体施工\n"
                                            "红楼宾馆综合改造,32000,10000,0,3000,前期\n"))
    q = {n: (v["quarters"]["2024Q1"]["actual"], v["quarters"]["2024Q2"]["to_date"]) for n, v in r.items()}
    assert q == {"重庆长滨": (0.5, 2.1), "红楼宾馆综合改造": (0.0, 0.3)}  # in the table's 万元, as 亿元
    said = [p.message for p in t.problems]
    assert "第E列“1-6月完成”没有写单位：按表中其他金额列的万元换算为亿元" in said
    # words under such a heading are what was done by the quarter's end: its progress (they were left out as no
    # field), beside the quarter's own figure
    t, r = _table(_csv(tmp_path, "w.csv", "2024年重点项目推进情况\n项目名称,总投资（亿元）,1-6月完成,二季度完成\n"
                                          "甲项目,10,完成主体施工,0.5\n乙项目,3,完成设计招标,\n"))
    assert {n: v["quarters"]["2024Q2"] for n, v in r.items()} == {
        "甲项目": {"planned": None, "actual": 0.5, "progress": "完成主体施工"},
        "乙项目": {"planned": None, "actual": None, "progress": "完成设计招标"}}
    assert not [p for p in t.problems if "没有对应的字段" in p.message]


def test_a_target_and_the_one_hoped_for_are_one_target(db, lo_files, tmp_path):
    # "2024年预期目标 | 2024年力争目标": the second was dropped as a repeat of the first, and with it what the plan
    # hopes for ("6%，力争6.5%" in its text)
    from tests.spreadsheet.conftest import exported_back

    t, r = _table(lo_files["fujian2-floor-and-hoped-for-2024"])
    assert {n: (v["target"]["text"], v["target"]["op"], v["target"]["value"]) for n, v in r.items()} == {
        "地区生产总值增速": ("6，力争6.5", "exact", 6.0), "固定资产投资增速": ("5，力争8", "exact", 5.0),
        "一般公共预算收入增速": ("4", "exact", 4.0),  # "—": nothing hoped for beyond
        "城镇新增就业": ("4.6以上，力争5", "at_least", 4.6)}  # "力争" said once
    assert "第F列“2024年力争目标”与第E列“2024年预期目标”记作一个目标（如“6%，力争6.5%”）" in [p.message for p in t.problems]
    back = exported_back(db, read_import(lo_files["fujian2-floor-and-hoped-for-2024"]), tmp_path / "附件2.xlsx",
                         kind="indicator_targets")
    assert not back.has_errors and back.diffs[0].counts()["changed"] == 0
    assert {r["name"]: r["target"] and r["target"]["text"] for r in back.tables[0].records}["地区生产总值增速"] == \
        "6，力争6.5"  # (the bundled plan's own indicators beside them)


def test_a_list_revised_mid_year_gives_the_plan_as_revised_and_keeps_why(db, lo_files):
    # "原计划竣工时间 | 调整后计划竣工时间": the original was read and the revision dropped as a repeat column, so
    # importing the revised list changed nothing; "调整原因" was no field
    from milestones.spreadsheet.importer import preview, write
    from milestones.store.queries import project_detail
    from milestones.store.schema import KeyProject

    t, r = _table(lo_files["key-projects-revised-mid-year-2024"])
    assert {n: (v["start"], v["completion"], v["notes"]) for n, v in r.items()} == {
        "重庆长滨": ("2024Q2", "2027Q2", "调整原因：征地拆迁滞后"),
        "红楼宾馆综合改造": ("2024Q1", "2025Q4", "业主自筹；调整原因：设计变更"),
        "燕子岩传统风貌区": ("2024Q3", "2026Q2", None)}  # not revised (blank), and "无": no reason to keep
    said = [p.message for p in t.problems]
    assert "第E列“调整后计划开工时间”空白的1行没有调整，按第D列“原计划开工时间”导入" in said
    assert "第F列“原计划竣工时间”是调整前的计划，导入的是第G列“调整后计划竣工时间”（原计划记入变更记录）" in said
    # into the plan that holds them: the revision is one, the plan before it kept as the original
    with db.read() as s:
        pid = s.scalars(select(KeyProject.id).where(KeyProject.name == "重庆长滨")).one()
        before = s.get(KeyProject, pid).planned_start
    write(db, preview(db, read_import(lo_files["key-projects-revised-mid-year-2024"])))
    detail = project_detail(db, pid, 2024)
    assert (str(detail["project"]["planned_start"]), str(detail["project"]["planned_completion"])) == \
        ("2024Q2", "2027Q2")
    assert str(before) == "2024Q1" and detail["original"][0] == before  # shown as 原计划 in its window


def test_a_results_tables_adjusted_target_is_scored_and_the_first_kept_in_the_notes(db, lo_files, tmp_path):
    # "年初目标 | 调整后目标": the adjusted target was dropped as a repeat column, the year scored against the first
    from tests.spreadsheet.conftest import exported_back

    t, r = _table(lo_files["fujian1-targets-adjusted-2023"])
    assert {n: (v["target"]["text"], v["notes"]) for n, v in r.items()} == {
        "地区生产总值增速": ("6左右", None),  # left blank under 调整后目标: not adjusted
        "进出口总额增速": ("5", "年初目标：10"), "城镇新增就业": ("4.5", None)}
    said = [p.message for p in t.problems]
    assert "第D列“年初目标”是调整前的计划，导入的是第E列“调整后目标”（调整前的目标记入备注）" in said
    assert "第E列“调整后目标”空白的1行没有调整，按第D列“年初目标”导入" in said
    back = exported_back(db, read_import(lo_files["fujian1-targets-adjusted-2023"]), tmp_path / "附件1.xlsx",
                         kind="indicator_results", year=2023)
    assert not back.has_errors and back.diffs[0].counts()["changed"] == 0


def test_quarters_in_roman_numerals_in_the_headings_and_the_cells(tmp_path):
    # "第Ⅰ季度完成投资" was no field and "2024年Ⅰ季度" no time (the row refused); a CPI beside a quarter is no quarter
    t, r = _table(_csv(tmp_path, "r.csv", "2024年重点项目推进情况\n"
                                          "项目名称,总投资（亿元）,计划开工时间,计划竣工时间,第Ⅰ季度完成投资,第Ⅱ季度完成投资,第Ⅱ季度形象进度\n"
                                          "甲项目,10,2024年Ⅰ季度,2025年第Ⅳ季度,1,2,完成主体施工\n"))
    assert t.errors == []
    got = r["甲项目"]
    assert (got["start"], got["completion"]) == ("2024Q1", "2025Q4")
    assert got["quarters"] == {"2024Q1": {"planned": None, "actual": 1.0, "progress": None},
                               "2024Q2": {"planned": None, "actual": 2.0, "progress": "完成主体施工"}}
    from milestones.spreadsheet.quarter_headings import quarter_field
    assert quarter_field("CPI季度涨幅") is None


def test_a_problems_deadline_is_no_completion_and_its_remedy_is_kept(tmp_path):
    # "项目名称 | 存在问题 | 解决措施 | 完成时限" (a 问题清单 of the third quarter): 完成时限 was read as each project's
    # 计划完工 (a re-import moved 十八梯三期's completion to 2024Q2), 解决措施 dropped
    from tests.spreadsheet.conftest import typed_and_saved

    text = ("2024年三季度重点项目存在问题清单\n序号,项目名称,存在问题,解决措施,责任单位,完成时限\n"
            "1,十八梯三期,征地拆迁滞后,加快征收,区征收中心,2024年6月底\n"
            "2,化龙桥道路,管线迁改慢,协调产权单位,区住建委,2024年9月30日\n")
    for path in typed_and_saved(tmp_path, "问题清单.csv", text):
        t, r = _table(path)
        assert {n: (v.get("completion"), v["quarters"]["2024Q3"]["progress"]) for n, v in r.items()} == {
            "十八梯三期": (None, "存在问题：征地拆迁滞后（解决时限：2024年6月底）；解决措施：加快征收"),
            "化龙桥道路": (None, "存在问题：管线迁改慢（解决时限：2024年9月30日）；解决措施：协调产权单位")}
        assert "第F列“完成时限”是存在问题的解决时限，不是项目的完工时间：记入存在问题" in [p.message for p in t.problems]
    # with no quarter to keep the problems in, the deadline is still no completion
    (t,) = read_import(typed_and_saved(tmp_path, "无季度.csv", text.replace("三季度", ""))[1]).tables
    assert [r.get("completion") for r in t.records] == [None, None]
    assert "第F列“完成时限”是存在问题的解决时限，不是项目的完工时间，未导入" in [p.message for p in t.problems]
    # a 民生实事 list's 完成时限, with no problems beside it, is still when each is done
    t, r = _table(typed_and_saved(tmp_path, "实事.csv", "2024年民生实事项目\n序号,项目名称,主要内容,完成时限\n"
                                                       "1,社区食堂,建设社区食堂20个,2024年9月\n")[1])
    assert r["社区食堂"]["completion"] == "2024Q3"


def test_investment_done_said_in_the_progress_is_the_quarters_running_total(tmp_path):
    # "1-9月完成投资2.5亿元，主体结构完工" in a report with no column of investment done: the figure was only words,
    # the dashboard and the lights saw no investment at all
    from tests.spreadsheet.conftest import typed_and_saved

    text = ("2024年三季度重点项目推进情况\n序号,项目名称,年度计划投资（亿元）,推进情况\n"
            "1,十八梯三期,3,1-9月完成投资2.5亿元，主体结构完工\n2,化龙桥道路,2,今年以来累计完成投资8000万元，征拆滞后\n"
            "3,人和街,1,开工以来累计完成投资5亿元\n4,大坪医院,1,1-8月完成投资0.6亿元\n")
    for path in typed_and_saved(tmp_path, "推进.csv", text):
        t, r = _table(path)
        assert {n: v["quarters"]["2024Q3"].get("to_date") for n, v in r.items()} == {
            "十八梯三期": 2.5, "化龙桥道路": 0.8,
            "人和街": None,  # since the start, earlier years in it
            "大坪医院": None}  # to August: no total of the quarter
        assert "表中没有完成投资列：2个项目的累计完成投资取自第D列“推进情况”中写的数（如“1-9月完成投资2.5亿元”）" in \
            [p.message for p in t.problems]
    # beside a column of it, the column says it
    t, r = _table(typed_and_saved(tmp_path, "有列.csv", text.replace("推进情况\n", "推进情况,1-9月完成投资（亿元）\n")
                                  .replace("主体结构完工\n", "主体结构完工,2.4\n"))[1])
    assert r["十八梯三期"]["quarters"]["2024Q3"]["to_date"] == 2.4
