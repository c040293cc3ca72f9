"""A district's first import makes its plan: named after the district the table's title names, and said so in the
preview (the plan was "2024年国民经济和社会发展计划", whoever's it was, on every printout)."""
from milestones.spreadsheet.importer import preview, read_import, write
from milestones.store.import_match import jurisdiction_in
from milestones.store.schema import Plan
from tests.spreadsheet.conftest import csv_file, workbook_file

_PROJECTS = [["附件2"], ["渝北区2024年重点项目计划表"], ["序号", "项目名称", "区域", "总投资（亿元）", "计划开工"],
             [1, "仙桃数据谷二期", "东部", 12.5, "2024年二季度"], [2, "空港大道改造", "西部", 3, "2024年三季度"]]


def _said(t):
    return [p.message for p in t.problems if p.severity == "info" and "还没有" in p.message]


def test_a_new_districts_first_table_names_its_plan(empty_db, tmp_path):
    imp = preview(empty_db, read_import(workbook_file(tmp_path / "渝北区重点项目.xlsx", {"重点项目": _PROJECTS})))
    (t,) = imp.tables
    assert t.kind == "key_projects" and t.year == 2024 and len(t.records) == 2
    assert _said(t) == ["数据库中还没有2024年计划：导入将新建“渝北区2024年国民经济和社会发展计划”（名称可在“编辑 → 计划数…”中修改）"]
    write(empty_db, imp)
    with empty_db.read() as s:
        (plan,) = s.query(Plan).all()
        assert (plan.jurisdiction, plan.title) == ("渝北区", "渝北区2024年国民经济和社会发展计划")
    # the next year's table, titled without the district: the plan keeps the district's name
    again = preview(empty_db, read_import(csv_file(tmp_path, "measures.csv",
                                                   "2025年重点工作任务\n序号,工作举措,量化目标\n1,推进数字经济,新增企业100家\n")))
    assert _said(again.tables[0]) == ["数据库中还没有2025年计划：导入将新建“渝北区2025年国民经济和社会发展计划”（名称可在“编辑 → 计划数…”中修改）"]
    write(empty_db, again)
    with empty_db.read() as s:
        assert s.query(Plan.title).filter(Plan.year == 2025).scalar() == "渝北区2025年国民经济和社会发展计划"


def test_a_table_for_a_plan_there_is_says_nothing_of_a_new_one(db, tmp_path):
    imp = preview(db, read_import(workbook_file(tmp_path / "k.xlsx", {"重点项目": _PROJECTS})))
    assert _said(imp.tables[0]) == []
    write(db, imp)
    with db.read() as s:  # the bundled plan stays Yuzhong's, whatever the table's title says
        assert s.query(Plan.title).filter(Plan.year == 2024).scalar() == "重庆市渝中区2024年国民经济和社会发展计划"


def _apart(t):
    return [p.message for p in t.problems if p.severity == "warning" and p.message.startswith("表题是")]


def test_another_districts_table_into_this_plan_is_warned_of(db, empty_db, tmp_path):
    # the first start loads the bundled 渝中区 plan: 渝北区's planner importing its list there got its projects
    # beside Yuzhong's 49, unsaid (the preview's "数据库中有而文件中没有 49" was all there was)
    path = workbook_file(tmp_path / "渝北区重点项目.xlsx", {"重点项目": _PROJECTS})
    (t,) = preview(db, read_import(path)).tables
    assert _apart(t) == ["表题是渝北区的，数据库中的计划是重庆市渝中区的：渝北区的计划请另建计划数据库"
                         "（“文件 → 新建计划数据库…”；命令行：--db 新文件名）；确是本计划的表格，可以照常导入"]
    assert not t.errors  # a warning: a table of this plan with a slip in its title still imports
    # a table of the plan's own district, with or without its city; a table naming none; a new database
    for title in ("渝中区2024年重点项目计划表", "重庆市渝中区2024年重点项目计划表", "2024年重点项目计划表"):
        rows = [[title], *_PROJECTS[2:]]
        (t,) = preview(db, read_import(workbook_file(tmp_path / "own.xlsx", {"重点项目": rows}))).tables
        assert _apart(t) == [], title
    (t,) = preview(empty_db, read_import(path)).tables
    assert _apart(t) == []
    # the next year's plan, not made yet, takes the latest plan's district: the warning holds for it too
    rows = [["渝北区2025年重点项目计划表"], *_PROJECTS[2:]]
    (t,) = preview(db, read_import(workbook_file(tmp_path / "2025.xlsx", {"重点项目": rows}))).tables
    assert _apart(t)[0].startswith("表题是渝北区的，数据库中的计划是重庆市渝中区的")


def test_a_citys_plan_takes_its_districts_tables_without_a_warning(empty_db, tmp_path):
    city = [["重庆市2024年市级重点项目计划表"], *_PROJECTS[2:]]
    write(empty_db, preview(empty_db, read_import(workbook_file(tmp_path / "city.xlsx", {"重点项目": city}))))
    (t,) = preview(empty_db, read_import(workbook_file(tmp_path / "渝北区.xlsx", {"重点项目": _PROJECTS}))).tables
    assert _apart(t) == []


def test_the_district_is_read_only_from_the_head_of_a_title():
    assert jurisdiction_in("重庆市渝中区2024年重点项目季度计划表") == "重庆市渝中区"
    assert jurisdiction_in("大渡口区２０２４年重点项目") == "大渡口区"  # full-width digits, as typed in WPS
    assert jurisdiction_in("乐清市 2023年主要指标完成情况") == "乐清市"
    assert jurisdiction_in("重庆两江新区2024年重点项目") == "重庆两江新区"
    for not_a_district in ("2024年重点项目季度计划表", "东部片区2024年重点项目", "全区2024年重点项目",
                           "解放碑中央商务区2024年重点项目", "下半城历史风貌区2024年项目", "2024年渝北区重点项目", None):
        assert jurisdiction_in(not_a_district) == "", not_a_district


def test_a_table_with_no_year_into_a_database_with_no_plan_is_an_error_in_the_preview(empty_db, tmp_path):
    # it previewed as "新增 1" with nothing said, and the write failed as a fault of the program
    # ("程序出错…ImportError_: 数据库中还没有计划，无法导入重点项目")
    said = "表中没有年度，数据库中也还没有计划：请在预览上方的“年度”中选择（命令行：--year）"
    for name, text in (("k.csv", "重点项目计划表\n序号,项目名称,总投资（亿元）\n1,甲项目,10\n"),
                       ("m.csv", "重点工作任务\n序号,工作举措,量化目标\n1,推进数字经济,新增企业100家\n")):
        imp = preview(empty_db, read_import(csv_file(tmp_path, name, text)))
        assert [p.message for p in imp.tables[0].errors] == [said], name
        assert imp.has_errors
        chosen = preview(empty_db, read_import(csv_file(tmp_path, name, text), year=2025))
        assert not chosen.has_errors  # the year chosen: the plan is made, as for a table that names it


def test_the_command_line_says_an_import_refused_whole_in_words():
    from milestones.cli import _user_error
    from milestones.store.import_rows import ImportError_

    assert _user_error(ImportError_("“Sheet1”没有年度，无法导入指标")) == "“Sheet1”没有年度，无法导入指标"
