"""A list copied from the published PDF into Excel: each long cell broken over two or three lines, the
second line a row with no 序号 and no figure. It was read as projects named "二期工程" and "门诊综合楼",
with nothing else, and the first lines kept half their names."""
from milestones.spreadsheet.broken_lines import TASK_LINE_SAID, WRAPPED_LINE_SAID
from tests.spreadsheet.conftest import csv_file as _csv, one_table as _table


import pytest


@pytest.mark.parametrize("saved", ["lo_files", "lo_csv_files"])
def test_a_project_broken_over_lines_is_one_project_with_its_whole_words(saved, request):
    t, r = _table(request.getfixturevalue(saved)["key-projects-copied-from-pdf-2024"])
    assert list(r) == ["解放碑-朝天门步行大道二期工程", "重庆市渝中区人民医院门诊综合楼", "大坪社区卫生服务中心",
                       "化龙桥片区城市更新（含配套道路）", "佛图关公园提升", "鹅岭公园提升"]
    p = r["解放碑-朝天门步行大道二期工程"]
    assert (p["content"], p["responsible_unit"], p["zone"]) == ("打造步行街区，提升沿线风貌", "区住房城乡建委", "东部")
    assert (p["total_investment"], p["annual_investment"], p["start"], p["completion"]) == (12.5, 3.2, "2023Q1", "2025Q4")
    # three lines; the unit merged down over the lines and the next project is said once. In the CSV
    # the last line is one cell beside the name: it was a category, the class of every project below
    h = r["重庆市渝中区人民医院门诊综合楼"]
    assert h["content"] == "新建门诊楼、医技楼及配套停车库，总建筑面积3.2万平方米"
    assert h["responsible_unit"] == r["大坪社区卫生服务中心"]["responsible_unit"] == "区卫生健康委"
    assert {v["class"] for v in r.values()} == {None}
    # a 序号 merged over two rows: the second row's words are the project's; the unit typed again is not
    u = r["化龙桥片区城市更新（含配套道路）"]
    assert (u["responsible_unit"], u["total_investment"]) == ("区城市更新中心", 30.0)
    # a row with no 序号 but figures of its own is a project
    assert r["鹅岭公园提升"]["total_investment"] == 1.2
    said = [(p.row, p.column, p.text, p.severity) for p in t.problems if p.message == WRAPPED_LINE_SAID]
    assert said == [(5, "C", "二期工程 | 沿线风貌 | 建委", "warning"), (7, "C", "门诊综合楼 | 配套停车库，总建筑面", "warning"),
                    (8, "D", "积3.2万平方米", "warning"), (11, "C", "（含配套道路） | 道路 | 区城市更新中心", "warning")]
    assert not t.errors


def test_lines_in_a_csv_and_rows_that_are_no_lines(tmp_path):
    t, r = _table(_csv(tmp_path, "t.csv",
                       "2024年重点项目计划表\n序号,片区,项目名称,总投资（亿元）,责任单位,备注\n"
                       "1,东部,Chongqing Tower,5,区商务委,\n,,Phase II,,,\n"
                       "2,东部,较场口夜市,2,区商务委,\n"
                       # a line of the 备注 alone: it was a category, the class of the rows below
                       ",,,,,2024年6月开工\n"
                       "一、续建项目,,,,,\n,,大坪商圈,,,\n"))
    assert r["Chongqing Tower Phase II"]["zone"] == "东部"
    assert (r["较场口夜市"]["notes"], r["较场口夜市"]["class"]) == ("2024年6月开工", None)
    # after a heading there is no project to go on: 大坪商圈 is one, with no figures, and the heading
    # itself was no line of the project above
    assert r["大坪商圈"]["nature"] == "续建"


def test_with_no_numbers_there_is_no_telling_a_line_from_a_project(tmp_path):
    _, r = _table(_csv(tmp_path, "t.csv", "2024年重点项目计划表\n项目名称,总投资（亿元）\n甲项目,5\n乙项目,\n"))
    assert list(r) == ["甲项目", "乙项目"]


@pytest.mark.parametrize("saved", ["lo_files", "lo_csv_files"])
def test_an_indicator_broken_over_lines_is_one_indicator(saved, request):
    t, r = _table(request.getfixturevalue(saved)["indicators-copied-from-pdf-2023"])
    # "收入增长" and "低" were indicators of their own, with no figures, and the first lines kept half the name
    assert list(r)[:4] == ["地区生产总值增长", "城镇常住居民人均可支配收入增长", "固定资产投资", "工业投资"]
    income = r["城镇常住居民人均可支配收入增长"]
    assert (income["actual"], income["category"]) == (4.9, "经济发展")
    assert r["单位地区生产总值能耗降低"]["status"] == "完成"
    # a group's name alone in the name column is a heading: no line of the indicator above it, and no
    # indicator named 社会民生 with no figures in 生态环境 (as it was)
    assert "社会民生" not in r and (r["城镇新增就业"]["actual"], r["城镇新增就业"]["category"]) == (2.6, "社会民生")
    assert income["notes"] == "受房地产市场下行影响"
    said = [(p.row, p.column, p.text) for p in t.problems if p.message == WRAPPED_LINE_SAID]
    assert said == [(7, "B", "收入增长 | 影响"), (12, "B", "低")]


def test_a_group_typed_in_the_name_column_of_an_unnumbered_table_is_a_heading(tmp_path):
    _, r = _table(_csv(tmp_path, "附件2.csv", "附件2\n渝中区2024年主要指标预期目标\n指标名称,单位,2024年目标\n"
                                              "经济发展类,,\n地区生产总值增长,%,6\n民生福祉,,\n城镇新增就业,万人,2.5\n"))
    assert [(n, v["category"]) for n, v in r.items()] == [("地区生产总值增长", "经济发展类"), ("城镇新增就业", "民生福祉")]



@pytest.mark.parametrize("saved", ["lo_files", "lo_csv_files"])
def test_a_task_list_broken_over_lines_keeps_its_tasks_targets_and_units_whole(saved, request):
    t, r = _table(request.getfixturevalue(saved)["measures-copied-from-pdf-2024"])
    # "程”" was a task of its own, "0亿元" and "于10个" targets, "区招商投资" the unit; "建委" a unit of
    # a target "民1.2万户"
    assert [m for m in dict.fromkeys(v["measure"] for v in r.values())] == [
        "实施招商引资“一号工程”", "培育市场主体", "推进城市更新", "建设山城步道", "打造国际消费中心城市核心区"]
    assert [(v["text"], v["responsible_unit"]) for v in r.values() if v["measure"] == "实施招商引资“一号工程”"] == [
        ("全年引进项目100个以上", "区招商投资促进局"), ("到位资金200亿元", "区招商投资促进局"),
        ("其中世界500强企业项目不少于10个", "区招商投资促进局")]
    assert r["其中新增企业4000户"]["value"] == 4000 and r["其中新增企业4000户"]["responsible_unit"] == "区市场监管局"
    assert r["惠及居民1.2万户"]["responsible_unit"] == "区住房城乡建委"
    # a target in a cell of its own, with its own unit and deadline, is the task's next target; its
    # lines go on it though it has no 序号
    again = r["推进化龙桥片区城市更新，完成投资5亿元"]
    assert (again["measure"], again["responsible_unit"], again["value"], again["quarter"]) == (
        "推进城市更新", "区城市更新中心", 5.0, "2024Q4")
    # a shorter target above, and a deadline of its own: no line but the next target, beside the last
    # line of the unit drawn over both (it had the unit "局")
    trail = r["完成第三批山城步道建设"]
    assert (trail["measure"], trail["responsible_unit"], trail["quarter"]) == ("建设山城步道", "区城市管理局", "2024Q3")
    assert r["社会消费品零售总额增长6%左右"]["partner_units"] == "区市场监管局"
    said = [(p.row, p.column, p.text, p.severity) for p in t.problems if p.message == TASK_LINE_SAID]
    assert said == [(6, "B", "程” | 0亿元，其中世界500强企业项目不少 | 促进局", "warning"), (7, "C", "于10个", "warning"),
                    (9, "C", "000户 | 局", "warning"), (11, "C", "民1.2万户 | 建委", "warning"),
                    (13, "C", "5亿元 | 中心", "warning"), (16, "D", "局", "warning"), (18, "B", "市核心区 | 局", "warning")]


def test_a_task_list_typed_with_no_merges_keeps_each_target(tmp_path):
    # no line in it shows a PDF's breaks: a row under a task with only a target is the task's next
    # target, however long the one above
    _, r = _table(_csv(tmp_path, "t.csv", "2024年重点工作任务分解表\n序号,重点任务,具体目标,责任单位,完成时限\n"
                                          "1,培育市场主体,新增市场主体1.2万户其中新增企业4000户,区市场监管局,全年\n"
                                          ",,新增个体工商户8000户,,\n2,推进城市更新,加装电梯100部,区住房城乡建委,9月底\n"))
    assert list(r) == ["新增市场主体1.2万户其中新增企业4000户", "新增个体工商户8000户", "加装电梯100部"]
    assert r["新增个体工商户8000户"]["measure"] == "培育市场主体"


@pytest.mark.parametrize("saved", ["lo_files", "lo_csv_files"])
def test_a_deadline_and_units_merged_over_a_tasks_targets_are_each_targets(saved, request):
    _, r = _table(request.getfixturevalue(saved)["measures-shared-deadline-2024"])
    # only the first target had the deadline (and in a workbook its 配合单位): the others had none
    assert {(v["quarter"], v["responsible_unit"], v["partner_units"]) for v in r.values() if v["measure"] == "推进城市更新"} \
        == {("2024Q3", "区住房城乡建委", "各街道")}


@pytest.mark.parametrize("saved", ["lo_files", "lo_csv_files"])
def test_a_deadline_cell_numbered_as_the_targets_gives_each_its_own(saved, request):
    # "（1）6月底前；（2）12月底前" beside "（1）…；（2）…" refused the whole file ("应为季度或日期")
    t, r = _table(request.getfixturevalue(saved)["measures-numbered-deadlines-2024"])
    due = {text: v["quarter"] for text, v in r.items()}
    assert due == {"完成老旧小区改造50万平方米": "2024Q2", "加装电梯100部": "2024Q4",
                   "新增市场主体1.2万户": "2024Q3", "新增企业4000户": "2024Q4",
                   # two deadlines for three targets: which is whose is not said, all are due by the last
                   "完成固定资产投资增长5%": "2024Q4", "新开工项目30个": "2024Q4", "竣工项目20个": "2024Q4",
                   "新建改造山城步道10公里": "2024Q4",
                   # the number after each item ("…（1）"): it was the target's figure, "新建学校3所（1）" 1 所
                   "新建学校3所": "2024Q3", "新增养老床位500张": "2024Q4"}
    assert (r["新建学校3所"]["value"], r["新增养老床位500张"]["value"]) == (3, 500)
    said = [(p.row, p.message) for p in t.problems if p.column == "E"]
    assert said == [(3, "完成时限按编号分别记入各条目标"), (4, "完成时限按编号分别记入各条目标"),
                    (5, "完成时限按“年底”记入"), (6, "完成时限按“11月底前完工”记入"), (7, "完成时限按编号分别记入各条目标")]
