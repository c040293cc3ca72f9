"""A key-project plan laid out a row a quarter: "季度 | 形象进度目标 | 计划投资", the project's own cells merged
down over its four rows (or typed again on each). It was read as one project with the first quarter's figure for
the year's plan and its goal for the fourth quarter's, and "缺少项目名称" on every other row."""
import pytest

from milestones.spreadsheet.importer import read_import
from tests.spreadsheet.conftest import csv_file, exported_back, one_table

NOTE = "每个项目按季度分行（第E列“季度”）：各行的“形象进度目标”、“计划投资”记入该季度"


def _quarters(rec, what):
    return [(rec["quarters"].get(f"2024Q{n}") or {}).get(what) for n in range(1, 5)]


@pytest.mark.parametrize("saved", ["lo_files", "lo_ods_files", "lo_csv_files"])
def test_a_project_over_a_row_a_quarter_is_one_project_with_its_four_quarters(saved, request):
    t, r = one_table(request.getfixturevalue(saved)["key-projects-a-row-a-quarter-2024"])
    assert list(r) == ["朝天门片区城市更新", "解放碑地下环道"]
    city, road = r["朝天门片区城市更新"], r["解放碑地下环道"]
    assert _quarters(city, "goal") == ["完成立项", "开工建设", "主体施工", "完成主体结构"]
    assert _quarters(city, "planned") == [0.5, 1.0, 2.0, 1.5]  # 万元, in 亿元
    assert _quarters(road, "planned") == [1.0, 1.0, 1.0, 0.5]
    # the 全年 row is the year's plan; a project with none has no year's figure (not its first quarter's)
    assert (city["annual_investment"], road["annual_investment"]) == (5.0, None)
    # the quarter a step says 开工 or 竣工 in dates the project, as a column a quarter does
    assert (city["start"], road["completion"]) == ("2024Q2", "2024Q4")
    assert (city["zone"], road["zone"], city["total_investment"], road["responsible_unit"]) == \
        ("东部", "中部", 20.0, "区城市管理局")
    # a remark on a quarter's row is kept under that quarter
    assert city["notes"] == "四季度：需协调交通导改"
    said = [p.message for p in t.problems]
    assert NOTE in said
    assert not [p for p in t.problems if p.severity != "info" or "缺少项目名称" in p.message or "没有对应的字段" in p.message]


def test_a_row_a_quarter_typed_with_the_project_on_every_row(tmp_path):
    # no merges (a CSV, or a sheet typed so): the name on each row is the same project's, not a repeat refused
    t, r = one_table(csv_file(tmp_path, "季度推进.csv", "2024年重点项目季度推进表\n"
                                                    "序号,项目名称,片区,季度,计划形象进度,计划完成投资（万元）\n"
                                                    "1,甲项目,东部,第一季度,完成立项,5000\n"
                                                    "1,甲项目,东部,第二季度,开工建设,10000\n"
                                                    "1,甲项目,东部,第三季度,主体施工,20000\n"
                                                    "1,甲项目,东部,第四季度,完成主体,15000\n"
                                                    "2,乙项目,中部,Q1,,3000\n2,乙项目,中部,Q2,,3000\n"))
    assert list(r) == ["甲项目", "乙项目"]
    assert _quarters(r["甲项目"], "planned") == [0.5, 1.0, 2.0, 1.5]
    assert _quarters(r["乙项目"], "planned") == [0.3, 0.3, None, None]
    assert r["甲项目"]["start"] == "2024Q2"
    assert not [p for p in t.problems if "重复" in p.message]


def test_a_project_cell_that_differs_between_its_rows_is_said(tmp_path):
    t, r = one_table(csv_file(tmp_path, "季度推进.csv", "2024年重点项目季度推进表\n"
                                                    "序号,项目名称,责任单位,季度,计划投资（亿元）\n"
                                                    "1,甲项目,区商务委,一季度,1\n1,甲项目,区文化旅游委,二季度,2\n"))
    assert r["甲项目"]["responsible_unit"] == "区商务委"
    (said,) = [p for p in t.problems if p.severity == "warning"]
    assert (said.row, said.column, said.text, said.message) == (4, "C", "区文化旅游委", "与本项目第3行不同：按第3行导入")


def test_a_list_naming_each_projects_reporting_quarter_is_not_folded(tmp_path):
    # one row a project, its quarter beside it: every row its own project
    _, r = one_table(csv_file(tmp_path, "开工.csv", "2024年重点项目计划表\n序号,项目名称,季度,年度计划投资（亿元）\n"
                                                  "1,甲项目,一季度,1\n2,乙项目,二季度,2\n3,丙项目,二季度,3\n"))
    assert [(k, v["annual_investment"]) for k, v in r.items()] == [("甲项目", 1.0), ("乙项目", 2.0), ("丙项目", 3.0)]


def test_the_quarters_go_into_the_plan_and_its_export(empty_db, lo_files, tmp_path):
    back = exported_back(empty_db, read_import(lo_files["key-projects-a-row-a-quarter-2024"]), tmp_path / "项目.xlsx",
                         "key_projects")
    city = next(r for r in back.tables[0].records if r["name"] == "朝天门片区城市更新")
    assert _quarters(city, "planned") == [0.5, 1.0, 2.0, 1.5]
    assert _quarters(city, "goal") == ["完成立项", "开工建设", "主体施工", "完成主体结构"]
    assert back.diffs[0].counts() == {"new": 0, "changed": 0, "unchanged": 2, "missing": 0}


def _steps(rec):
    return [(s["quarter"], s["text"]) for s in rec["steps"]]


@pytest.mark.parametrize("saved", ["lo_files", "lo_ods_files", "lo_csv_files"])
def test_a_task_over_a_row_a_quarter_is_one_target_with_its_quarters_steps(saved, request):
    # the 季度 column was read as each row's deadline and every quarter's step as a target of its own
    # ("新增市场主体8000户2000户" due in the first quarter, and so on), eight targets for two tasks
    t, r = one_table(request.getfixturevalue(saved)["measures-a-row-a-quarter-2024"])
    assert list(r) == ["新增市场主体8000户", "完成老旧小区改造30个"]
    market, homes = r["新增市场主体8000户"], r["完成老旧小区改造30个"]
    assert _steps(market) == [("2024Q1", "2000户"), ("2024Q2", "4000户"), ("2024Q3", "6000户"), ("2024Q4", "8000户")]
    assert _steps(homes)[:2] == [("2024Q1", "完成方案设计"), ("2024Q2", "开工10个")]
    assert (market["value"], market["quarter"], market["responsible_unit"], homes["section"]) == \
        (8000, "2024Q4", "区市场监管局", "二、提升城市品质")
    assert "每个任务按季度分行（第C列“季度”）：各行的“季度目标”记入该季度" in [p.message for p in t.problems]


def test_a_deadline_column_of_quarters_beside_two_targets_of_a_task_is_their_deadlines(tmp_path):
    # "完成时限" holding 三季度, 四季度 under one task: its two targets, each due by its own quarter (not steps)
    _, r = one_table(csv_file(tmp_path, "任务.csv", "2024年重点工作任务分解表\n序号,重点任务,具体目标,完成时限,责任单位\n"
                                                 "1,扩大有效投资,新开工项目15个,三季度,区发展改革委\n"
                                                 ",,实施重点项目50个,四季度,区发展改革委\n"))
    assert [(k, v["quarter"], v["steps"]) for k, v in r.items()] == [
        ("新开工项目15个", "2024Q3", []), ("实施重点项目50个", "2024Q4", [])]


def test_rows_named_by_the_quarters_end_month_under_a_heading_of_time(tmp_path):
    # "时间节点 | 形象进度目标" with "3月底 … 12月底": the first was read as the year's plan and the second dropped as
    # the same column once more; the rows are the project's quarters
    t, r = one_table(csv_file(tmp_path, "节点.csv", "2024年重点项目推进计划\n序号,项目名称,时间节点,形象进度目标,计划投资（亿元）\n"
                                                  "1,甲项目,3月底,完成立项,0.5\n,,6月底,开工建设,1\n,,9月底,主体施工,2\n"
                                                  ",,12月底,主体完工,1.5\n2,乙项目,3月底,管线迁改,1\n,,6月底,竣工投用,1\n"))
    assert _quarters(r["甲项目"], "goal") == ["完成立项", "开工建设", "主体施工", "主体完工"]
    assert _quarters(r["乙项目"], "planned") == [1.0, 1.0, None, None]
    assert (r["甲项目"]["start"], r["乙项目"]["completion"]) == ("2024Q2", "2024Q2")
    assert not [p for p in t.problems if "同一项" in p.message or "缺少项目名称" in p.message]


def test_a_projects_own_row_above_its_quarters_rows(tmp_path):
    # the project's row (its name, total, the year's plan) with its quarters' rows under it, no name on them: they
    # were "缺少项目名称"; its own row's figure is the year's
    t, r = one_table(csv_file(tmp_path, "分行.csv", "2024年重点项目季度推进计划\n"
                                                  "序号,项目名称,总投资（亿元）,季度,形象进度目标,计划投资（亿元）\n"
                                                  "1,甲项目,20,,完成主体,5\n,,,一季度,完成立项,0.5\n,,,二季度,开工建设,1\n"
                                                  ",,,三季度,主体施工,2\n,,,四季度,主体完工,1.5\n"
                                                  "2,乙项目,8,,,\n,,,一季度,管线迁改,1\n,,,二季度,竣工投用,1\n"))
    assert list(r) == ["甲项目", "乙项目"]
    assert (r["甲项目"]["annual_investment"], r["乙项目"]["annual_investment"]) == (5.0, None)
    assert _quarters(r["甲项目"], "planned") == [0.5, 1.0, 2.0, 1.5]
    assert _quarters(r["乙项目"], "goal") == ["管线迁改", "竣工投用", None, None]
    assert not t.errors


def test_a_quarter_column_beside_a_tasks_few_targets_is_their_deadlines(tmp_path):
    # headed "季度" but two targets a task, each due in its own quarter: not a plan quarter by quarter
    _, r = one_table(csv_file(tmp_path, "任务.csv", "2024年重点工作任务分解表\n序号,重点任务,具体目标,季度,责任单位\n"
                                                 "1,扩大有效投资,新开工项目15个,三季度,区发展改革委\n,,实施重点项目50个,四季度,区发展改革委\n"
                                                 "2,促进消费,举办活动100场,二季度,区商务委\n,,社零增长6%,四季度,区商务委\n"))
    assert [(k, v["measure"], v["quarter"]) for k, v in r.items()] == [
        ("新开工项目15个", "扩大有效投资", "2024Q3"), ("实施重点项目50个", "扩大有效投资", "2024Q4"),
        ("举办活动100场", "促进消费", "2024Q2"), ("社零增长6%", "促进消费", "2024Q4")]


def test_a_later_years_quarter_rows_are_said_not_taken_for_this_years(tmp_path):
    # "2025年一季度" under a project of the 2024 plan: it ended the project, the row left with no name ("缺少项目名称")
    t, r = one_table(csv_file(tmp_path, "跨年.csv", "2024年重点项目季度推进计划\n序号,项目名称,季度,形象进度目标,计划投资（亿元）\n"
                                                  "1,甲项目,2024年三季度,完成立项,0.5\n,,2024年四季度,开工建设,1\n"
                                                  ",,2025年一季度,主体施工,2\n2,乙项目,2024年一季度,管线迁改,1\n"
                                                  ",,2024年二季度,竣工投用,1\n"))
    assert list(r) == ["甲项目", "乙项目"]
    assert _quarters(r["甲项目"], "planned") == [None, None, 0.5, 1.0]
    (said,) = [p for p in t.problems if p.severity == "warning"]
    assert (said.row, said.column, said.text, said.message) == (5, "C", "2025年一季度", "其他年度的季度，该行未导入")


def test_another_years_quarter_row_naming_the_start_or_completion_dates_the_project(tmp_path):
    # "2025年二季度 | 竣工验收" under a 2024 project with no 计划竣工 column: the row was said and left, and the
    # project had no completion (it drew on no timeline's end); an earlier year's "开工" the same for its start
    from tests.spreadsheet.conftest import convert

    src = csv_file(tmp_path, "跨年.csv", "2024年重点项目季度推进计划\n序号,项目名称,季度,形象进度目标,计划投资（亿元）\n"
                                        "1,甲项目,2024年三季度,开工建设,0.5\n,,2024年四季度,主体施工,1\n"
                                        ",,2025年一季度,主体施工,2\n,,2025年二季度,竣工验收,1\n"
                                        "2,乙项目,2023年四季度,开工,0.2\n,,2024年一季度,主体施工,1\n"
                                        "3,丙项目,2024年一季度,开工,1\n,,2024年四季度,竣工投用,1\n,,2025年一季度,竣工决算,0.1\n")
    convert([src], tmp_path, "xlsx")  # as LibreOffice saves it
    t, r = one_table(tmp_path / "跨年.xlsx")
    got = {k: (v["start"], v["completion"], v["nature"]) for k, v in r.items()}
    assert got == {"甲项目": ("2024Q3", "2025Q2", "新开工"), "乙项目": ("2023Q4", None, "续建"),
                   "丙项目": ("2024Q1", "2024Q4", "新开工")}  # (the plan year's own 竣工 stands)
    said = [(p.row, p.message) for p in t.problems if p.severity == "warning"]
    assert said == [(5, "其他年度的季度，该行未导入"), (6, "其他年度的季度：“竣工验收”作为计划竣工时间，该行其余未导入"),
                    (7, "其他年度的季度：“开工”作为计划开工时间，该行其余未导入"), (11, "其他年度的季度，该行未导入")]
    from milestones.ui.problem_text import english

    assert english(said[1][1]) == "another year's quarter: “竣工验收” is taken as the planned completion; the rest " \
                                  "of the row is not imported"
