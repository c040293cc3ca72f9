"""A table turned from the published PDF into a workbook a page a sheet (WPS's PDF转Excel, Adobe's
export): the title on the first page only, the header there or on every page. A page with no header
was left out as "no table" — its projects never reached the plan — and a page with the header again
had no year (an error over the file) and its first rows lost the heading the page before ended under."""
from sqlalchemy import func, select

from milestones.spreadsheet.importer import preview, read_import, write
from milestones.spreadsheet.parse import CONTINUED_SAID, REPEATED_SAID
from milestones.store.schema import Plan, Section
from tests.spreadsheet.conftest import convert, workbook_file

_PROJECTS = ["序号", "项目名称", "总投资（亿元）", "2024年计划投资（亿元）", "开工时间", "竣工时间", "责任单位"]
_INDICATORS = ["序号", "指标", "单位", "目标", "完成", "完成情况"]


def _pages(tmp_path, name: str, pages: dict[str, list[list]]):
    """The pages as sheets of a workbook, saved again by LibreOffice (as the planner's office suite would)."""
    (tmp_path / "typed").mkdir(exist_ok=True)
    convert([workbook_file(tmp_path / "typed" / name, pages)], tmp_path, "xlsx")
    return tmp_path / name


def _project(n: int, name: str) -> list:
    return [n, name, 10 + n, 2, "2024年3月", "2026年12月", "区住房城乡建委"]


def test_pages_with_no_header_go_on_the_table_of_the_first(tmp_path, db):
    from milestones.store.schema import KeyProject as Project

    path = _pages(tmp_path, "重点项目.xlsx", {
        "Table 1": [["附件3"], ["渝中区2024年重点项目计划表"], _PROJECTS, ["一、东部片区"], _project(1, "甲项目"),
                    _project(2, "乙项目"), [None, None, None, "— 12 —"]],
        "Table 2": [["- 13 -"], _project(3, "丙项目"), ["二、西部片区"], _project(4, "丁项目"), [None, "第 2 页"]],
        "Table 3": [_project(5, "戊项目")]})
    imp = read_import(path)
    read = [(t.sheet, t.year, [(r["name"], r["zone"]) for r in t.records]) for t in imp.tables]
    # 丙项目 is on the page after 一、东部片区's heading: 东部 still
    assert read == [("Table 1", 2024, [("甲项目", "东部"), ("乙项目", "东部")]),
                    ("Table 2", 2024, [("丙项目", "东部"), ("丁项目", "西部")]),
                    ("Table 3", 2024, [("戊项目", "西部")])]
    said = [(t.sheet, p.message, p.severity) for t in imp.tables for p in t.problems if "本页" in p.message]
    assert said == [("Table 2", CONTINUED_SAID.format(sheet="Table 1"), "warning"),
                    ("Table 3", CONTINUED_SAID.format(sheet="Table 2"), "warning")]
    assert not any(t.errors for t in imp.tables)
    # the pages' numbers were the class of every project below them, and "- 13 -" a project with no name
    assert {r.get("class") for t in imp.tables for r in t.records} == {None}
    assert [(p.sheet, p.row, p.text) for t in imp.tables for p in t.problems if p.message == "页码行，未导入"] == [
        ("Table 1", 7, "— 12 —"), ("Table 2", 1, "- 13 -"), ("Table 2", 5, "第 2 页")]
    with db.read() as s:
        before = s.scalar(select(func.count()).select_from(Project))
    write(db, preview(db, imp))
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Project)) == before + 5


def test_a_page_with_the_header_again_takes_the_year_and_the_heading_of_the_page_before(tmp_path):
    path = _pages(tmp_path, "附件1.xlsx", {
        "Table 1": [["附件1"], ["渝中区2023年主要经济指标完成情况"], _INDICATORS, ["一、经济发展"],
                    [1, "地区生产总值增长", "%", 6, 6.1, "完成"], [2, "一般公共预算收入增长", "%", 3, 2.1, "未完成"]],
        "Table 2": [_INDICATORS, [3, "固定资产投资增长", "%", 8, 5, "未完成"], ["二、社会民生"],
                    [4, "城镇新增就业", "万人", 2.5, 2.6, "完成"]],
        "Table 3": [[5, "空气质量优良天数", "天", 300, 310, "完成"]]})
    imp = read_import(path)
    assert not any(t.errors for t in imp.tables)  # 2023 was nowhere on page 2: "无法确定年度", an error
    assert [(t.sheet, t.kind, t.year) for t in imp.tables] == [("Table 1", "indicator_results", 2023)] + \
        [(f"Table {n}", "indicator_results", 2023) for n in (2, 3)]
    category = {r["name"]: r["category"] for t in imp.tables for r in t.records}
    assert category == {"地区生产总值增长": "经济发展", "一般公共预算收入增长": "经济发展", "固定资产投资增长": "经济发展",
                        "城镇新增就业": "社会民生", "空气质量优良天数": "社会民生"}
    assert [p.severity for p in imp.tables[1].problems if p.message == REPEATED_SAID.format(sheet="Table 1")] == ["info"]


def test_sheets_numbered_anew_or_named_for_a_zone_are_tables_of_their_own(tmp_path):
    path = _pages(tmp_path, "分片区.xlsx", {
        "总表": [["渝中区2024年重点项目计划表"], _PROJECTS, _project(1, "甲项目"), _project(2, "乙项目")],
        # numbered from 1 again with no header: not the list's next page, left as no table
        "备用": [_project(1, "草稿项目")],
        # numbered on, but a sheet of its own zone: its header's projects are 西部's, not 东部's
        "西部片区": [_PROJECTS, _project(3, "丙项目")],
        # numbered on, with cells beyond the table's columns: no page of it
        "附表": [_project(3, "表外项目") + ["多出的列", "再多一列"]]})
    imp = read_import(path)
    tables = {t.sheet: t for t in imp.tables}
    assert tables["备用"].no_table and tables["附表"].no_table
    assert [(r["name"], r["zone"]) for r in tables["西部片区"].records] == [("丙项目", "西部")]
    assert not [p for t in imp.tables for p in t.problems if "本页" in p.message]


def test_a_pdf_turned_into_one_sheet_keeps_no_page_number_as_a_heading(tmp_path):
    path = _pages(tmp_path, "一页.xlsx", {"Sheet1": [
        ["渝中区2024年重点项目计划表"], _PROJECTS, _project(1, "甲项目"), [None, None, "-1-"], _PROJECTS,
        _project(2, "乙项目"), [None, None, "2/3"], _project(3, "丙项目")]})
    (t,) = read_import(path).tables
    assert [(r["name"], r.get("class")) for r in t.records] == [("甲项目", None), ("乙项目", None), ("丙项目", None)]


def test_the_first_pages_unit_and_the_last_pages_note_hold_for_every_page(tmp_path):
    # "单位：万元" above the first page's header only: the next page's totals were read as 亿元;
    # "注：带★的为市级重点项目" under the last page: the first page's ★ projects had no level
    head = ["序号", "项目名称", "总投资", "2024年计划投资", "开工时间"]
    path = _pages(tmp_path, "万元.xlsx", {
        "第1页": [["渝中区2024年重点项目计划表"], ["单位：万元"], head, [1, "甲项目★", 125000, 20000, "2024年3月"],
                 [2, "乙项目", 35000, 5000, "2024年6月"]],
        "第2页": [head, [3, "丙项目★", 80000, 10000, "2024年9月"]],
        "第3页": [[4, "丁项目", 12000, 3000, "2024年12月"], ["注：带★的为市级重点项目。"]]})
    imp = read_import(path)
    assert not any(t.errors for t in imp.tables)
    got = {r["name"]: (r["total_investment"], r.get("level")) for t in imp.tables for r in t.records}
    assert got == {"甲项目": (12.5, "市级重点"), "乙项目": (3.5, None), "丙项目": (8.0, "市级重点"), "丁项目": (1.2, None)}


_TASKS = ["序号", "重点任务", "主要目标", "完成时限", "责任单位"]


def _task(n: int, task: str, target: str) -> list:
    return [n, task, target, "2025年12月", "区发展改革委"]


def test_a_task_list_of_two_levels_keeps_its_upper_heading_over_the_next_page(tmp_path, db):
    # "一、着力稳增长" over "（一）扩大有效投资" on page 1, "（二）提振消费" at the top of page 2 (and, at the
    # bottom of page 2, "二、着力惠民生" with its "（三）" over the page): the sections on the later pages lost
    # their upper heading, and the navigation listed them under none
    upper, second = "一、着力稳增长，推动经济持续回升向好", "二、着力惠民生，持续增进民生福祉"
    path = _pages(tmp_path, "任务.xlsx", {
        "Table 1": [["附件4"], ["渝中区2025年重点任务分解表"], _TASKS, [upper], ["（一）扩大有效投资"],
                    _task(1, "抓好重点项目建设", "新开工项目20个"), _task(2, "争取专项债券", "争取专项债券30亿元")],
        "Table 2": [["（二）提振消费"], _task(3, "办好消费季", "举办活动100场"), [second]],
        "Table 3": [_TASKS, ["（三）稳定就业"], _task(4, "稳岗扩岗", "城镇新增就业4.6万人")]})
    imp = read_import(path)
    assert not any(t.errors for t in imp.tables)
    got = [(t.sheet, r.get("part"), r["section"], r["measure"]) for t in imp.tables for r in t.records]
    assert got == [("Table 1", upper, "（一）扩大有效投资", "抓好重点项目建设"),
                   ("Table 1", upper, "（一）扩大有效投资", "争取专项债券"),
                   ("Table 2", upper, "（二）提振消费", "办好消费季"),
                   ("Table 3", second, "（三）稳定就业", "稳岗扩岗")]
    write(db, preview(db, imp))
    with db.read() as s:
        sections = s.execute(select(Section.number, Section.title, Section.part).join(Plan).where(Plan.year == 2025)
                             .order_by(Section.number)).all()
    assert sections == [(1, "扩大有效投资", "着力稳增长，推动经济持续回升向好"), (2, "提振消费", "着力稳增长，推动经济持续回升向好"),
                        (3, "稳定就业", "着力惠民生，持续增进民生福祉")]
