"""A plan report (计划报告) read for its measures and quantified targets: an office whose plan is a published report
gets its targets from it, previewed and matched like a task list, instead of typing a hundred of them."""
import pytest
import yaml
from sqlalchemy import func, select

from milestones.paths import sample_plan_path
from milestones.spreadsheet.importer import read_import, write
from milestones.spreadsheet.plan_report import quantified
from milestones.spreadsheet.read import ReadError, read_workbook
from milestones.store.schema import Measure, MeasureTarget, Section
from tests.conftest import SEED_REPORT
from tests.spreadsheet.conftest import convert
from tests.spreadsheet.test_word_tables import _docx, _p


@pytest.mark.parametrize("clause, figure", [
    ("签约正式合同额600亿元", True), ("经西部陆海新通道货运量与货值量增长15%以上", True),
    ("力争建筑业注册地产值增长20%", True), ("优化19.8公里岸线产业布局", True),
    ("2024年底前建成投用", False),  # a year, a month: when, not how much
    ("6月底前完成主体工程", False), ("轨道18号线全线通车", False),
    ("开工日月光R5R6塔楼", False), ("吸引5A级物流企业", False),  # names
    ("逐步构建“1146”软信产业发展体系", False), ("深入实施抓项目促投资“1+5”行动", False),
])
def test_a_figure_is_an_amount_not_a_date_or_a_name(clause, figure):
    assert quantified(clause) is figure


def _report():
    imp = read_import(SEED_REPORT)
    (table,) = imp.tables
    return table


def test_the_reports_measures_and_targets_read_as_a_task_list():
    t = _report()
    assert (t.kind, t.year) == ("measures", 2024) and not t.errors
    assert len({r["section_number"] for r in t.records}) == 11
    by_text = {r["text"]: r for r in t.records}
    signed = next(r for text, r in by_text.items() if "正式合同额600亿元" in text)
    assert (signed["measure"], signed["value"], signed["unit"]) == ("全力投入成渝地区双城经济圈建设", 600.0, "亿元")
    assert signed["measure_text"].startswith("全力投入成渝地区双城经济圈建设。")  # the paragraph, for the measure
    # an enumerated sentence ("二是做大人力资源服务,…,力争规上企业营业收入增长12%"): what the figure is of, said
    staffing = by_text["做大人力资源服务，力争规上企业营业收入增长12%"]
    assert (staffing["value"], staffing["unit"]) == (12.0, "%")
    assert not [text for text in by_text if "1146" in text or "2024年底" == text[:7]]
    note = [p.message for p in t.problems if p.message.startswith("从计划报告")]
    assert note and "42项举措" in note[0]
    # every measure of the part, one with no figure its own target, judged by a word
    assert len({r["measure"] for r in t.records}) == 42
    task = next(r for r in t.records if r["measure"] == "推进中部整体提升")
    assert (task["text"], task["op"], task["value"]) == ("推进中部整体提升", "text", None)


def test_nearly_every_target_chosen_by_hand_for_the_bundled_plan_is_found():
    """The bundled plan's 111 targets were chosen from the same report by hand; the ones with no figure
    (做强工程技术与设计服务, 完工重庆中心T3塔楼, 达到地表水II类) are for the planner to add."""
    plan = yaml.safe_load(sample_plan_path().read_text(encoding="utf-8"))
    chosen = [t if isinstance(t, str) else t["text"] for s in plan["sections"] for m in s["measures"]
              for t in m["targets"]]
    read = [r["text"] for r in _report().records if r["text"] != r["measure"]]  # the quantified ones

    def same(ours, theirs):
        return ours in theirs or theirs in ours or all(part in theirs for part in ours.split("，"))

    found = [t for t in chosen if any(same(ours, t) for ours in read)]
    assert len(chosen) == 111 and len(found) >= 105
    wrong = [ours for ours in read if not any(same(ours, t) for t in chosen)]
    assert len(wrong) <= 3  # names read as figures: "181项目", "520云端之眼"


def test_the_report_saved_by_word_or_libreoffice_reads_the_same(tmp_path):
    src = tmp_path / "2024年计划报告.txt"
    src.write_text(SEED_REPORT.read_text(encoding="utf-8"), encoding="utf-8")
    convert([src], tmp_path, "docx", "Text (encoded):UTF8,LF,,,")
    imp = read_import(tmp_path / "2024年计划报告.docx")
    (table,) = imp.tables
    assert table.sheet == "计划报告" and table.kind == "measures"
    assert [r["text"] for r in table.records] == [r["text"] for r in _report().records]


def test_a_report_saved_as_gbk_text_reads_the_same(tmp_path):
    src = tmp_path / "计划报告.txt"
    src.write_bytes(SEED_REPORT.read_text(encoding="utf-8").encode("gb18030"))
    assert [r["text"] for r in read_import(src).tables[0].records] == [r["text"] for r in _report().records]


def test_imported_into_a_new_database_it_makes_the_plan_and_again_changes_nothing(empty_db):
    receipt = write(empty_db, read_import(SEED_REPORT))
    assert receipt.inserted
    with empty_db.read() as s:
        counts = [s.scalar(select(func.count()).select_from(k)) for k in (Section, Measure, MeasureTarget)]
        paragraph = s.scalar(select(Measure.text).where(Measure.title == "全力投入成渝地区双城经济圈建设"))
    assert counts[0] == 11 and counts[1] == 42 and counts[2] >= 115
    assert paragraph.startswith("全力投入成渝地区双城经济圈建设。提前谋划")
    from milestones.store.import_diff import diff_table

    counts = diff_table(empty_db, read_import(SEED_REPORT).tables[0]).counts()
    assert counts["new"] == 0 and counts["changed"] == 0 and counts["unchanged"] >= 100


def test_a_text_file_that_is_a_table_is_still_read_as_one(tmp_path):
    src = tmp_path / "重点项目.txt"
    src.write_text("序号\t项目名称\t总投资（亿元）\t计划开工\n1\t甲项目\t5\t2024Q1\n", encoding="utf-8")
    (table,) = read_import(src).tables
    assert table.kind == "key_projects" and table.records[0]["name"] == "甲项目"


def test_a_word_document_with_neither_a_table_nor_a_report_says_so(tmp_path):
    path = _docx(tmp_path / "说明.docx", _p("关于报送计划的通知") + _p("请各单位于3月底前报送。"))
    with pytest.raises(ReadError, match="没有表格，也没有计划报告"):
        read_workbook(path)


def test_the_figures_the_report_states_about_its_plan_are_the_bundled_plans(seed_report):
    """65个重点项目, 年度投资约184.8亿元, 共计26项 indicators of which 7 binding and 19 expected: what the dashboard
    holds the listed ones against — the same the bundled plan was given by hand."""
    from milestones.spreadsheet.plan_report import stated_figures

    plan = yaml.safe_load(sample_plan_path().read_text(encoding="utf-8"))
    by_hand = {f["key"]: f["value"] for f in plan["stated"]}
    figures = stated_figures(seed_report.splitlines(), 2024)
    read = {f["key"]: f["value"] for f in figures if "key" in f}
    # "力争一季度开工重庆长滨、红楼宾馆综合改造等项目5个,完工重庆中心T3塔楼。二季度开工…": 开工计划 / 完工计划
    quarters = [(f["quarter"], f["starts"], f["completions"]) for f in figures if "quarter" in f]
    assert quarters == [(q["quarter"], q["starts"], q["completions"]) for q in plan["quarters"]]
    assert quarters[0] == ("2024Q1", 5, 1)  # one project named, no count: one
    # and what the part on 2023 says of its indicators ("年度23项计划指标中,剔除调整的3项指标外…17项指标实现年度目标,
    # …3项未能完成"): the counts of 附件1 the dashboard and `info` hold 2023's table against
    assert set(read) == {"key_projects", "annual_investment", "indicators_2024", "indicators_2024_binding",
                         "indicators_2024_expected", "indicators_2023", "indicators_2023_met",
                         "indicators_2023_not_met", "indicators_2023_adjusted"}
    assert all(read[k] == by_hand[k] for k in read)  # not last year's 100 区级重点项目 of the part on 2023


def test_the_stated_figures_are_written_where_the_plan_has_none_and_undone_with_the_import(empty_db, db):
    from milestones.store.imports import revert_import
    from milestones.store.schema import QuarterTarget, StatedFigure

    def stated(database):
        with database.read() as s:
            return ({f.key: f.value for f in s.scalars(select(StatedFigure))},
                    {str(q.quarter): (q.starts, q.completions) for q in s.scalars(select(QuarterTarget))})

    receipt = write(empty_db, read_import(SEED_REPORT))
    figures, quarters = stated(empty_db)
    assert figures["key_projects"] == 65 and figures["indicators_2024_binding"] == 7
    assert quarters == {"2024Q1": (5, 1), "2024Q2": (8, 1), "2024Q3": (11, 3), "2024Q4": (11, 14)}
    revert_import(empty_db, receipt)
    assert stated(empty_db) == ({}, {})
    before = stated(db)  # the bundled plan's, given by hand: a report imported over it changes none
    write(db, read_import(SEED_REPORT))
    assert stated(db) == before


def test_the_reports_head_names_the_district_and_gives_the_plan_its_document_number(empty_db, db, tmp_path):
    # a district's first plan made from its report was "2024年国民经济和社会发展计划", no 文号 nor issuing office: the
    # title of every printout, and 编辑 → 计划数… empty
    import datetime as dt

    from milestones.spreadsheet.importer import preview
    from milestones.spreadsheet.plan_report import plan_facts
    from milestones.store.imports import revert_import
    from milestones.store.schema import Plan

    lines = [ln.strip() for ln in SEED_REPORT.read_text(encoding="utf-8").splitlines() if ln.strip()]
    by_hand = yaml.safe_load(sample_plan_path().read_text(encoding="utf-8"))["plan"]
    facts = plan_facts(lines)
    assert facts == {k: by_hand[k] for k in ("jurisdiction", "document_number", "issuing_office", "issued_on")}
    assert facts["issued_on"] == dt.date(2024, 2, 9)  # the notice's signature, as the bundled plan has it

    def plan_of(database):
        with database.read() as s:
            p = s.scalars(select(Plan)).one()
            return p.title, p.document_number, p.issuing_office, p.issued_on

    imp = preview(empty_db, read_import(SEED_REPORT))
    assert "数据库中还没有2024年计划：导入将新建“重庆市渝中区2024年国民经济和社会发展计划”（名称可在“编辑 → 计划数…”中修改）" in [
        p.message for p in imp.tables[0].problems]
    receipt = write(empty_db, imp)
    assert plan_of(empty_db) == (by_hand["title"], "渝中府发〔2024〕8号", "重庆市渝中区人民政府", dt.date(2024, 2, 9))
    revert_import(empty_db, receipt)
    # a plan made by the key-project list first (its title names the district, no more): the report fills what it
    # lacks, one undo step with the import; what a plan says is never overwritten
    lst = tmp_path / "重庆市渝中区2024年重点项目计划表.csv"
    lst.write_text("重庆市渝中区2024年重点项目计划表\n序号,项目名称,总投资（亿元）\n1,甲项目,10\n", encoding="utf-8")
    write(empty_db, read_import(lst))
    assert plan_of(empty_db) == (by_hand["title"], None, None, None)
    receipt = write(empty_db, read_import(SEED_REPORT))
    assert plan_of(empty_db)[1:] == ("渝中府发〔2024〕8号", "重庆市渝中区人民政府", dt.date(2024, 2, 9))
    revert_import(empty_db, receipt)
    assert plan_of(empty_db)[1:] == (None, None, None)
    with db.session() as s:
        s.scalars(select(Plan)).one().document_number = "渝中府发〔2024〕9号"  # as the office typed it
    write(db, read_import(SEED_REPORT))
    assert plan_of(db)[1] == "渝中府发〔2024〕9号"


def test_an_enumerated_sentence_puts_its_heading_before_its_figures_only_when_it_is_one():
    from milestones.spreadsheet.plan_report import _targets

    assert _targets("1.5万户完成改造，新增车位200个。2.引进企业30家，到位资金5亿元。一是做强设计服务，力争增长15%。") == [
        "1.5万户完成改造", "新增车位200个",  # 1.5 is a figure, not the list's "1."
        "引进企业30家", "到位资金5亿元",  # a lead that is a target itself is no heading
        "做强设计服务，力争增长15%"]


def test_the_year_comes_from_the_title_when_the_part_names_none(tmp_path):
    src = tmp_path / "报告.txt"
    src.write_text("关于某区2023年国民经济和社会发展计划执行情况及2024年计划草案的报告\n"
                   "一、2023年计划执行情况\n全年完成固定资产投资100亿元。\n"
                   "三、工作思路和主要任务\n（一）扩大有效投资。\n抓项目促投资。实施重点项目30个，完成投资50亿元。\n",
                   encoding="utf-8")
    (table,) = read_import(src).tables
    assert (table.kind, table.year) == ("measures", 2024)
    assert [r["text"] for r in table.records] == ["实施重点项目30个", "完成投资50亿元"]
    assert {f["key"]: f["value"] for f in table.stated if "key" in f} == {"key_projects": 30}
