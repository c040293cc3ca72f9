"""What a table says once for all its rows, or in its figures rather than its headings: a list titled
"2025年渝中区市级重点项目清单" with no 级别 column holds city-level projects (their level was left empty, and the
level filter found none of them), and an indicator table with no 单位 column whose target says "300天" counts in
days (the unit was left empty)."""
import pytest
from sqlalchemy import select

from milestones.spreadsheet.importer import preview, read_import, write
from milestones.store.schema import KeyProject, PlanEntry
from milestones.ui.problem_text import english

from .conftest import csv_file


@pytest.mark.parametrize("saved", ["lo_files", "lo_csv_files"])
def test_a_list_titled_as_city_level_gives_its_projects_that_level(saved, request):
    (t,) = read_import(request.getfixturevalue(saved)["key-projects-city-level-list-2025"]).tables
    assert (t.kind, t.year, len(t.records)) == ("key_projects", 2025, 3)
    assert [r["level"] for r in t.records] == ["市级重点"] * 3
    said = [p.message for p in t.problems if "项目级别" in p.message]
    assert said == ["表中没有写项目级别：按表题，3个项目记作市级重点"]
    assert english(said[0]) == "the table states no project's level: as its title says, 3 projects are taken as “市级重点”"


def test_the_level_is_written_and_filters(lo_files, db):
    imp = read_import(lo_files["key-projects-city-level-list-2025"])
    write(db, preview(db, imp))
    with db.read() as s:
        assert s.scalars(select(KeyProject.name).join(PlanEntry.project).where(PlanEntry.level == "市级重点")
                         .order_by(KeyProject.name)).all() == ["两路口立体停车", "化龙桥片区城市更新", "大坪医院扩建"]


def test_a_level_column_or_a_title_of_two_levels_is_not_overridden(tmp_path):
    column = csv_file(tmp_path, "c.csv", "2025年市级重点项目清单\n序号,项目名称,项目级别,总投资（亿元）\n"
                                         "1,乙项目,,4\n2,甲项目,区级重点,3\n")
    (t,) = read_import(column).tables  # (the blank first: a CSV's blank under a level is the merged cell above)
    assert [r["level"] for r in t.records] == [None, "区级重点"]
    for title in ("2025年市级重点和区级重点项目清单", "2025年市级、区级重点建设项目季度推进计划表", "2025年市区两级重点项目"):
        both = csv_file(tmp_path, "b.csv", f"{title}\n序号,项目名称,总投资（亿元）\n1,甲项目,3\n")
        (t,) = read_import(both).tables
        assert [r["level"] for r in t.records] == [None], title
        assert not [p for p in t.problems if "项目级别" in p.message], title
    plain = csv_file(tmp_path, "p.csv", "2025年重点项目清单\n序号,项目名称,总投资（亿元）\n1,甲项目,3\n")
    (t,) = read_import(plain).tables
    assert [r["level"] for r in t.records] == [None] and not [p for p in t.problems if "项目级别" in p.message]


@pytest.mark.parametrize("saved", ["lo_files", "lo_csv_files"])
def test_an_indicator_with_no_unit_takes_the_one_its_target_is_written_in(saved, request):
    (t,) = read_import(request.getfixturevalue(saved)["fujian1-units-in-the-figures-2023"]).tables
    assert (t.kind, t.year, len(t.records)) == ("indicator_results", 2023, 7)
    got = {r["name"]: (r["unit"], r["actual"]) for r in t.records}
    assert got == {
        "地区生产总值": ("亿元", None),  # its bracket; the growth 5.2% is no amount in 亿元 (its words kept)
        "固定资产投资": (None, 5.1),  # "增长5%": the growth's percent, not the amount's unit
        "城镇新增就业": ("万人", 5.16),
        "空气质量优良天数": ("天", 298.0),
        "民营经济增加值": ("亿元", 621.0),
        "城镇调查失业率": ("%", 5.1),  # a rate's percent is its unit
        "居民人均可支配收入": (None, 5.4),  # "6%" beside an amount: its growth, the unit not guessed
    }
    assert not [p for p in t.problems if p.severity != "info"]


def test_a_figure_in_brackets_after_its_period_is_what_was_done(tmp_path):
    # "已完成（1-6月150个）", "正在推进（截至6月底完成8个）": the brackets were dropped whole as a period ("5.8（1-11月）"),
    # figure and all, so a review gave no figure; a figure outside the brackets stays the one read
    text = ("2024年重点任务上半年推进情况\n序号,工作任务,年度目标,责任单位,完成情况\n"
            "1,建设5G基站,建成5G基站300个,区经济信息委,已完成（1-6月150个）\n"
            "2,改造老旧小区,改造老旧小区20个,区住建委,正在推进（截至6月底完成8个）\n"
            "3,新增城镇就业,新增城镇就业2万人,区人力社保局,1.3万人（1-6月）\n"
            "4,培育市场主体,新增市场主体1.2万户,区市场监管局,完成（2024年上半年）\n")
    (t,) = read_import(csv_file(tmp_path, "m.csv", text)).tables
    assert t.errors == []
    assert [(r["actual"], r["actual_text"]) for r in t.records] == [
        (150.0, "已完成（1-6月150个）"), (8.0, "正在推进（截至6月底完成8个）"), (1.3, "1.3万人（1-6月）"),
        (None, "完成（2024年上半年）")]
    (t,) = read_import(csv_file(tmp_path, "i.csv", "2023年主要指标完成情况\n序号,指标,单位,目标,完成\n"
                                                   "1,地区生产总值,亿元,1700,1685（2023年预计1690）\n")).tables
    assert t.records[0]["actual"] == 1685.0  # the figure outside, not the estimate in brackets
