"""Two layouts met on tables typed afresh: a key-project table whose class headings ("一 | 产业类项目（2个）")
carry one subtotal, in 万元, with 建设起止年限 as its only schedule; and a 附件1 whose "类型" column holds
预期性 / 约束性 beside category rows ("一、经济发展")."""
import pytest

from milestones.spreadsheet.cells import span_fields
from milestones.spreadsheet.importer import read_import

PROJECTS = "key-projects-class-headings-with-subtotals-2025"
RESULTS = "fujian1-attribute-under-type-2024"


@pytest.mark.parametrize("saved", ["lo_files", "lo_ods_files", "lo_csv_files"])
def test_a_class_heading_with_one_subtotal_is_a_heading_not_a_project(saved, request):
    (t,) = read_import(request.getfixturevalue(saved)[PROJECTS]).tables
    assert t.kind == "key_projects" and t.year == 2025
    got = {r["name"]: (r["class"], r["zone"], r["total_investment"]) for r in t.records}
    assert got == {"化龙桥国际商务区B12地块": ("产业类项目", "西部", 20.0), "解放碑数字经济产业园": ("产业类项目", "东部", 10.0),
                   "大坪正街道路改造": ("基础设施项目", "中部", 6.0), "两江四岸滨江步道提升": ("基础设施项目", "全区", 20.0)}
    said = {(p.row, p.text): p.message for p in t.problems}
    assert said[(7, "产业类项目（2个）")] == "标题行上的小计，未导入"
    # seven money columns in 万元 said in one line, not seven
    assert [p.message for p in t.problems if "万元" in p.message] == [
        "第G至M列的金额以万元填报（表上注明“单位：万元”），已换算为亿元"]
    assert not [p for p in t.problems if p.severity == "error"]


def test_a_single_year_of_construction_is_begun_and_done_within_it(lo_files):
    (t,) = read_import(lo_files[PROJECTS]).tables
    by_name = {r["name"]: r for r in t.records}
    walk = by_name["两江四岸滨江步道提升"]  # 建设起止年限 "2025年"
    assert (walk["start"], walk["start_text"], walk["completion"]) == (None, "2025年", "2025Q4")
    park = by_name["解放碑数字经济产业园"]  # "2025.3-2026.12"
    assert (park["start"], park["completion"]) == ("2025Q1", "2026Q4")


@pytest.mark.parametrize("cell", ["2025年", "2025", 2025, "２０２５年"])
def test_span_of_one_year(cell):
    assert span_fields(cell, 2025) == ((None, "2025年", None, None), ("2025Q4", "2025年", None, None))


def test_a_span_in_words_that_is_no_span_is_still_said():
    start, end = span_fields("2年", 2025)
    assert start[3] and end is None


@pytest.mark.parametrize("saved", ["lo_files", "lo_ods_files", "lo_csv_files"])
def test_type_column_of_attributes_is_binding_and_the_category_rows_stay(saved, request):
    (t,) = read_import(request.getfixturevalue(saved)[RESULTS]).tables
    assert t.kind == "indicator_results" and t.year == 2024
    got = {r["name"]: (r["category"], r["binding"], r["actual"], r["status"]) for r in t.records}
    assert got == {"地区生产总值增长": ("经济发展", False, 6.1, "√"), "社会消费品零售总额增长": ("经济发展", False, 5.2, "×"),
                   "固定资产投资增长": ("经济发展", False, -3.4, "×"), "城镇调查失业率": ("民生福祉", False, 5.3, "√"),
                   "单位地区生产总值能耗降低": ("民生福祉", True, None, "√")}
    assert "第D列“类型”填的是约束性、预期性，作为指标属性导入" in [p.message for p in t.problems]


def test_a_type_column_of_categories_stays_the_category(tmp_path):
    csv = tmp_path / "types.csv"
    csv.write_text("2024年主要指标完成情况\n指标,单位,类型,2024年目标,2024年完成\n"
                   "地区生产总值增长,%,经济发展,6,6.1\n城镇调查失业率,%,民生,5.5,5.3\n", encoding="utf-8")
    (t,) = read_import(csv).tables
    assert [(r["category"], r["binding"]) for r in t.records] == [("经济发展", None), ("民生", None)]


def test_a_fall_reported_for_a_growth_indicator_is_counted_as_missed(db, tmp_path):
    # "下降3.4%" typed as the result of "民间投资增长", target 2: the dashboard counted it met (3.4 ≥ 2)
    from milestones.spreadsheet.importer import preview, write
    from milestones.store.dashboard import dashboard

    before = dashboard(db, 2024).indicators
    csv = tmp_path / "results.csv"
    csv.write_text("2024年主要指标完成情况\n指标,单位,2024年目标,2024年完成\n"
                   "民间投资增长,%,2,下降3.4%\n网络零售额,%,增长5%以上,下降0.5%\n"
                   "单位GDP能耗降低,%,3,下降3.2%\n工业投资增速,%,6左右,6.1\n", encoding="utf-8")
    write(db, preview(db, read_import(csv)))
    after = dashboard(db, 2024).indicators
    assert (after["met"] - before["met"], after["not_met"] - before["not_met"]) == (2, 2)
