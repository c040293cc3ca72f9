"""Money units where they are easy to misread. A 形象进度 table in 万元 whose 节点 are month ends ("3月底 | 6月底 |
9月底 | 12月底") written in words: the money columns' 万元 was applied to the word columns too, each said as
"没有写单位：按表中其他金额列的万元换算为亿元" — four notes about amounts that are not there. And "单位：万元" at the end
of the form's line above the header."""
import pytest

from milestones.spreadsheet.importer import read_import

FIXTURE = "key-projects-month-end-goals-in-wan-2025"


@pytest.mark.parametrize("saved", ["lo_files", "lo_csv_files"])
def test_month_end_goals_in_words_are_the_quarters_goals_and_no_amounts(saved, request):
    (t,) = read_import(request.getfixturevalue(saved)[FIXTURE]).tables
    assert (t.kind, t.year, len(t.records)) == ("key_projects", 2025, 3)
    got = {r["code"]: (r["name"], r["area"], r["owner"], r["total_investment"], r["annual_investment"], r["start"],
                       r["completion"]) for r in t.records}
    assert got["YZ-2025-002"] == ("石油路商圈立体停车库", "石油路街道", "区国资公司", 1.26, 0.52, "2024Q4", "2025Q4")
    goals = {r["code"]: [q.get("goal") for q in r["quarters"].values()] for r in t.records}
    assert goals["YZ-2025-003"] == ["前期工作", "开工建设", "装修", "投用"]
    notes = [p.message for p in t.problems]
    assert not [m for m in notes if "没有写单位" in m], notes
    assert "第E列“总投资（万元）”以万元填报，已换算为亿元" in notes
    assert any("合计行" in m for m in notes)


@pytest.mark.parametrize("saved", ["lo_files", "lo_csv_files"])
def test_the_unit_said_at_the_end_of_the_form_line_is_the_tables(saved, request):
    # "填报单位：区发展改革委　　　单位：万元" in one cell above the header: the line is about the form, so it was
    # skipped whole, and 500,000 万元 was read as 500,000 亿元 (three "远超一般重点项目" warnings)
    (t,) = read_import(request.getfixturevalue(saved)["key-projects-form-line-with-unit-2024"]).tables
    got = {r["name"]: (r["total_investment"], r["annual_investment"], r["quarters"]["2024Q3"]["to_date"])
           for r in t.records}
    assert got == {"重庆长滨": (50.0, 8.0, 6.1), "红楼宾馆综合改造": (3.2, 1.0, 0.52),
                   "重庆中心T3塔楼": (15.0, 2.0, 2.0)}
    assert not [p for p in t.problems if p.severity != "info"]
    assert "第D至F列的金额以万元填报（表上注明“单位：万元”），已换算为亿元" in [p.message for p in t.problems]
    assert t.title == "渝中区2024年重点项目投资完成情况（1-9月）"  # the form line is still no title
