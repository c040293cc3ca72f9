"""Start and completion cells that are no single date, as key-project lists write them: work with no end ("长期",
"持续推进", "分期实施" — a river bank's upkeep, a project built in phases) refused the whole list as "应为季度或
日期", and a start given from when it runs ("2025年3月起", "自2025年起", "从2024年6月开始") likewise."""
from sqlalchemy import select

from milestones.domain import Quarter
from milestones.spreadsheet.importer import preview, read_import, write
from milestones.store.schema import KeyProject
from milestones.ui.project_model import Spanned, Worded, parse_cell
from tests.spreadsheet.conftest import convert, workbook_file

_HEAD = ["序号", "项目名称", "建设性质", "总投资（亿元）", "2025年计划投资（亿元）", "开工时间", "竣工时间", "责任单位"]


def _saved(tmp_path, rows: list[list]):
    """The list of ``rows`` saved by LibreOffice, read: the import and its one table."""
    (tmp_path / "typed").mkdir()
    convert([workbook_file(tmp_path / "typed" / "重点项目.xlsx", {"重点项目": [
        ["渝中区2025年重点项目计划表"], _HEAD, *rows]})], tmp_path, "xlsx")
    imp = read_import(tmp_path / "重点项目.xlsx")
    (t,) = imp.tables
    return imp, t


def _read(tmp_path, rows: list[list]):
    """As :func:`_saved`, the table read without errors."""
    imp, t = _saved(tmp_path, rows)
    assert t.errors == []
    return imp, t


def test_work_with_no_end_and_starts_given_from_a_date_are_read(tmp_path, db):
    imp, t = _read(tmp_path, [
        [1, "两江四岸岸线管护", "续建", 5.6, 1, "2023年", "长期", "区水利局"],
        [2, "老旧小区改造", "续建", 12, 2, "2024年6月", "分期实施", "区住房城乡建委"],
        [3, "智慧城市平台运营", "新建", 0.3, 0.15, "2025年3月起", "持续推进", "区大数据发展局"],
        [4, "背街小巷整治", "新建", 1.2, 0.5, "自2025年起", "2026年底", "区城市管理局"],
        [5, "社区食堂建设", "新建", 0.4, 0.4, "从2025年6月开始", "2025年12月", "区民政局"]])
    got = {r["name"]: (r["start"], r["start_text"], r["completion"], r["completion_text"]) for r in t.records}
    assert got == {"两江四岸岸线管护": (None, "2023年", None, "长期"),
                   "老旧小区改造": ("2024Q2", "2024年6月", None, "分期实施"),
                   "智慧城市平台运营": ("2025Q1", "2025年3月起", None, "持续推进"),
                   "背街小巷整治": (None, "2025年起", "2026Q4", "2026年底"),  # the year it starts, as read
                   "社区食堂建设": ("2025Q2", "从2025年6月开始", "2025Q4", "2025年12月")}
    write(db, preview(db, imp))
    with db.read() as s:
        kept = {name: (start, words) for name, start, words in s.execute(
            select(KeyProject.name, KeyProject.planned_start, KeyProject.planned_completion_text)
            .where(KeyProject.name.in_(["两江四岸岸线管护", "老旧小区改造", "智慧城市平台运营"])))}
    assert kept == {"两江四岸岸线管护": (None, "长期"), "老旧小区改造": (Quarter(2024, 2), "分期实施"),
                    "智慧城市平台运营": (Quarter(2025, 1), "持续推进")}


def test_the_words_an_import_keeps_can_be_typed_into_the_list_too():
    # the edit refused "待定" and "长期" the import keeps: a planner could not type what a list read in showed
    assert parse_cell("planned_completion", "长期", 2025) == Worded("长期")
    assert parse_cell("planned_completion", "待定", 2025) == Worded("待定")
    assert parse_cell("planned_start", "持续推进", 2025) == Worded("持续推进")
    assert parse_cell("planned_start", "2025年3月起", 2025) == Quarter(2025, 1)
    try:
        parse_cell("planned_completion", "乱写", 2025)
    except ValueError as exc:
        assert "乱写" in str(exc)
    else:
        raise AssertionError("a word that says no date was taken as one")


def test_a_year_said_with_words_before_it_is_due_in_that_year(tmp_path, db):
    # "计划2025年开工", "二〇二五年开工", "自2025年起" were kept as typed, and the light, the timeline and the
    # checks read a year only from words that open with it: the start was never due, its project never late
    from milestones.domain.progress import named_year
    from milestones.store.project_rows import due_expression

    imp, t = _read(tmp_path, [
        [1, "甲项目", "新建", 1.2, 0.5, "计划2025年开工", "2026年底", "区城市管理局"],
        [2, "乙项目", "新建", 1.2, 0.5, "二〇二五年开工", "2026年底", "区城市管理局"],
        [3, "丙项目", "新建", 1.2, 0.5, "自2025年起", "2026年底", "区城市管理局"]])
    assert [(r["start"], r["start_text"]) for r in t.records] == [(None, "2025年开工"), (None, "2025年开工"),
                                                                  (None, "2025年起")]
    write(db, preview(db, imp))
    with db.read() as s:
        got = s.execute(select(KeyProject.name, KeyProject.planned_start_text, due_expression("start"))
                        .where(KeyProject.name.in_(["甲项目", "乙项目", "丙项目"])).order_by(KeyProject.name)).all()
    due = Quarter(2025, 4)  # a year named alone is due by its fourth quarter
    assert {name: (text, named_year(text), at) for name, text, at in got} == {
        "甲项目": ("2025年开工", 2025, due), "乙项目": ("2025年开工", 2025, due), "丙项目": ("2025年起", 2025, due)}
    # typed into the list, the same words are kept the same way
    assert parse_cell("planned_start", "计划2025年开工", 2025) == Worded("2025年开工")


def test_a_date_with_what_happens_then_is_that_date(tmp_path):
    # a 竣工时间 written as the plan says it: "2025年12月建成投运", "…投入运营", "…开业", "…通车", "9月开学前投用",
    # a footnote's "*" after it, "约" before it — each refused the whole list as "应为季度或日期"
    imp, t = _read(tmp_path, [
        [1, "区人民医院门诊楼", "新建", 3, 1, "2025年3月", "2025年12月建成投运", "区卫生健康委"],
        [2, "来福士二期商业", "续建", 20, 4, "2023年", "2025年12月投入运营", "区商务委"],
        [3, "大坪九坑子停车场", "新建", 0.8, 0.8, "2025年3月进场", "2025年9月开学前投用", "区教委"],
        [4, "两路口立交改造", "续建", 6, 2, "2024年", "2025年12月全线贯通", "区交通局"],
        [5, "滨江步道", "新建", 0.5, 0.5, "约2025年4月", "2025年10月*", "区城市管理局"],
        [6, "老旧商场", "续建", 2, 0.2, "2023年", "已竣工投用", "区商务委"]])
    got = {r["name"]: (r["start"], r["completion"], r["completion_text"]) for r in t.records}
    assert got == {"区人民医院门诊楼": ("2025Q1", "2025Q4", "2025年12月建成投运"),
                   "来福士二期商业": (None, "2025Q4", "2025年12月投入运营"),
                   "大坪九坑子停车场": ("2025Q1", "2025Q3", "2025年9月开学前投用"),
                   "两路口立交改造": (None, "2025Q4", "2025年12月全线贯通"),
                   "滨江步道": ("2025Q2", "2025Q4", "2025年10月*"),
                   "老旧商场": (None, None, "已竣工投用")}
    assert {r["name"]: r["nature"] for r in t.records}["老旧商场"] == "续建"  # the 建设性质 column says so


def test_a_date_with_words_after_it_is_read_as_the_date_and_pointed_out(tmp_path):
    # "2025年3月完成招标" as a start, "2025年6月具备通水条件" as a completion: one such cell refused the whole
    # list; "2025年5月汛期前" was refused though "2025年汛期前" was read
    _, t = _read(tmp_path, [
        [1, "长江堤防加固", "续建", 3, 1, "2024年3月", "2025年5月汛期前", "区水利局"],
        [2, "滨江路改造", "新建", 5, 2, "2025年3月完成招标", "2026年底", "区交通局"],
        [3, "第二水厂", "新建", 8, 3, "2025年二季度", "2025年6月具备通水条件", "区水利局"]])
    got = {r["name"]: (r["start"], r["start_text"], r["completion"], r["completion_text"]) for r in t.records}
    assert got == {"长江堤防加固": ("2024Q1", "2024年3月", "2025Q2", "2025年5月汛期前"),
                   "滨江路改造": ("2025Q1", "2025年3月完成招标", "2026Q4", "2026年底"),
                   "第二水厂": ("2025Q2", "2025年二季度", "2025Q2", "2025年6月具备通水条件")}
    said = {(p.row, p.column, p.severity): p.message for p in t.problems if "请核对" in p.message}
    assert said == {(4, "F", "warning"): "按2025年一季度记入；时间后的“完成招标”不是开工的说法，按原文保留，请核对",
                    (5, "G", "warning"): "按2025年二季度记入；时间后的“具备通水条件”不是完工的说法，按原文保留，请核对"}


def test_of_steps_given_as_a_start_the_one_naming_the_start_is_read(tmp_path):
    # "2025年3月完成招标、6月开工": the step naming the start, in the year the cell gave; a cell of two times none of
    # which is the start ("3月完成招标、6月完成设计") is not guessed; "2024年前" (by the end of 2023 or of 2024?) neither
    _, t = _saved(tmp_path, [
        [1, "滨江路改造", "新建", 5, 2, "2025年3月完成招标、6月开工", "2026年底", "区交通局"],
        [2, "第二水厂", "新建", 8, 3, "2025年3月完成招标、6月完成设计", "2026年底", "区水利局"],
        [3, "滨江公园", "新建", 1, 1, "2024年前", "2025年底", "区城市管理局"]])
    assert [(p.row, p.column, p.text) for p in t.errors] == [
        (4, "F", "2025年3月完成招标、6月完成设计"), (5, "F", "2024年前")]
    assert t.errors[1].message.startswith("“2024年前”可以是2023年底前，也可以是2024年底前：请写明，如“2024年12月底前”；")
    read = [p for p in t.problems if p.row == 3 and p.column == "F"]
    assert [(p.severity, p.message) for p in read] == [
        ("warning", "按其中的“2025年6月开工”记入2025年二季度，原文保留，请核对")]


def test_a_date_with_words_can_be_typed_into_the_list_as_the_import_reads_it():
    assert parse_cell("planned_completion", "2025年6月具备通水条件", 2025) == \
        Spanned(Quarter(2025, 2), "2025年6月具备通水条件")
    assert parse_cell("planned_completion", "2025年5月汛期前", 2025) == Quarter(2025, 2)
    assert parse_cell("planned_start", "2025年3月完成招标、6月开工", 2025) == \
        Spanned(Quarter(2025, 2), "2025年3月完成招标、6月开工")
    try:
        parse_cell("planned_start", "2025年3月完成招标、6月完成设计", 2025)
    except ValueError as exc:
        assert "6月完成设计" in str(exc)
    else:
        raise AssertionError("a cell of two times was read as one")
