"""A list copied from the published PDF into Excel: each long cell broken over two or three lines, the
second line a row with no 序号 and no figure. It was read as projects named "二期工程" and "门诊综合楼",
with nothing else, and the first lines kept half their names."""
from milestones.spreadsheet.parse import WRAPPED_LINE_SAID
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

