"""A cell showing an Excel error value (#DIV/0!, #N/A, #NAME?) holds no value: it is said at its row and column and
the table is not imported until it is put right. Read as text it became a project named "#NAME?", an area "#DIV/0!"
the import created, a unit "#N/A", and as a figure the 0 of "#DIV/0!"."""
from milestones.spreadsheet.importer import read_import
from tests.spreadsheet.conftest import convert, csv_file, workbook_file


def _saved_by_libreoffice(tmp_path, sheets: dict[str, list[list]]):
    """The sheets typed with openpyxl, their formulas worked out and saved by LibreOffice (errors as t="e")."""
    (tmp_path / "src").mkdir()
    convert([workbook_file(tmp_path / "src" / "plan.xlsx", sheets)], tmp_path)
    return tmp_path / "plan.xlsx"


def _said(table):
    return sorted((p.row, p.column, p.text, p.severity) for p in table.problems if "错误值" in p.message)


def test_error_values_in_a_key_project_list_are_said_where_they_are_and_nothing_is_read_from_them(tmp_path):
    path = _saved_by_libreoffice(tmp_path, {"重点项目": [
        ["2024年重点项目"],
        ["项目名称", "区域", "板块", "类别", "总投资（亿元）", "计划开工", "计划竣工", "责任单位"],
        ["=1/0", "东部", "解放碑", "产业", 3, "2024Q1", "2024Q4", "区商务委"],
        ["甲项目", "东部", "=1/0", "产业", 3, "2024Q1", "2024Q4", "=NA()"],
        ["乙项目", "=NA()", "解放碑", "产业", "=1/0", "=1/0", "2024Q4", "区商务委"],
        ["丙项目", "中部", "大坪", "产业", 2, "2024Q2", "2024Q4", "区住建委"],
    ]})
    (t,) = read_import(path).tables
    assert t.kind == "key_projects"
    assert _said(t) == [(3, "A", "#DIV/0!", "error"), (4, "C", "#DIV/0!", "error"), (4, "H", "#N/A", "error"),
                        (5, "B", "#N/A", "error"), (5, "E", "#DIV/0!", "error"), (5, "F", "#DIV/0!", "error")]
    # each cell once, naming its column's heading; a number column says a number was expected
    by_cell = {(p.row, p.column): p.message for p in t.problems if "错误值" in p.message}
    assert "“板块”" in by_cell[(4, "C")] and "改正" in by_cell[(4, "C")]
    assert "应为数字" in by_cell[(5, "E")]
    assert not any(p.message == "缺少项目名称" for p in t.problems)  # the name's error is said, not a missing name
    # only the clean project is read; no "#…" reaches a record (no area "#DIV/0!" to be created)
    assert [r["name"] for r in t.records] == ["丙项目"]
    assert t.errors  # the table is not imported until the formulas are put right


def test_error_values_in_indicator_and_task_tables_are_no_figures_nor_words(tmp_path):
    path = _saved_by_libreoffice(tmp_path, {
        "指标": [
            ["2023年主要指标完成情况"],
            ["指标", "单位", "目标", "实际", "是否完成"],
            ["地区生产总值增速", "%", "6", "=1/0", "是"],  # "#DIV/0!" was read as the figure 0
            ["税收收入", "=NA()", "50000", "52300", "是"],
            ["=1/0", "%", "5", "5", "是"],
            ["常住人口", "万人", "60", "61", "是"],
        ],
        "任务": [
            ["2024年重点任务分解表"],
            ["序号", "重点任务", "量化目标", "完成时限", "牵头单位"],
            ["一、稳增长"],
            [1, "=1/0", "增长5%", "2024年12月", "区发展改革委"],
            [2, "促消费", "社零增长6%", "2024年12月", "=NA()"],
            [3, "稳外贸", "=NA()", "=1/0", "=1/0"],  # refused at its target: its other cells are said too
            [4, "优环境", "新增市场主体1万户", "2024年6月", "区市场监管局"],
        ],
    })
    indicators, tasks = read_import(path).tables
    assert _said(indicators) == [(3, "D", "#DIV/0!", "error"), (4, "B", "#N/A", "error"), (5, "A", "#DIV/0!", "error")]
    assert [r["name"] for r in indicators.records] == ["常住人口"]
    assert not any("缺少指标名称" in p.message for p in indicators.problems)
    assert _said(tasks) == [(4, "B", "#DIV/0!", "error"), (5, "E", "#N/A", "error"), (6, "C", "#N/A", "error"),
                            (6, "D", "#DIV/0!", "error"), (6, "E", "#DIV/0!", "error")]
    assert [r["measure"] for r in tasks.records] == ["优环境"]
    assert not any("缺少举措名称" in p.message for p in tasks.problems)


def test_error_text_in_a_csv_excel_saved_is_an_error_value_too(tmp_path):
    # Excel writes a failed formula into a CSV as its text: "#N/A" is no unit and "#REF!" no responsible unit
    path = csv_file(tmp_path, "指标.csv", "2023年主要指标完成情况\n指标,单位,目标,完成,责任单位\n"
                    "地区生产总值增速,#N/A,6,6.1,区统计局\n常住人口,万人,60,61, #REF! \n城镇调查失业率,%,5.5,4.9,区人力社保局\n")
    (t,) = read_import(path).tables
    assert _said(t) == [(3, "B", "#N/A", "error"), (4, "E", "#REF!", "error")]
    assert [r["name"] for r in t.records] == ["城镇调查失业率"]


def test_an_error_value_in_the_numbering_is_only_said(tmp_path):
    # "=ROW()-2" broken by a deleted row: the list's numbering is not imported, its rows are
    path = _saved_by_libreoffice(tmp_path, {
        "重点项目": [["2024年重点项目"], ["序号", "项目名称", "区域", "总投资（亿元）", "计划开工"],
                     ["=1/0", "甲项目", "东部", 3, "2024Q1"], [2, "乙项目", "西部", 2, "2024Q2"]],
        "指标": [["2023年主要指标完成情况"], ["序号", "指标", "单位", "目标", "完成"],
                 ["=NA()", "地区生产总值增速", "%", "6", "6.1"], [2, "常住人口", "万人", "60", "61"]],
    })
    projects, indicators = read_import(path).tables
    for t, names in ((projects, ["甲项目", "乙项目"]), (indicators, ["地区生产总值增速", "常住人口"])):
        assert [r["name"] for r in t.records] == names and not t.errors
        assert all(p.severity != "error" and "序号不导入" in p.message for p in t.problems if "错误值" in p.message)


def test_a_logical_value_in_the_name_column_is_no_name(tmp_path):
    # TRUE typed where a name goes (a column out of place) stood as a project, and an indicator, named "True"
    path = _saved_by_libreoffice(tmp_path, {
        "重点项目": [["2024年重点项目"], ["项目名称", "区域", "总投资（亿元）", "计划开工"],
                     [True, "东部", 3, "2024Q1"], ["乙项目", "西部", 2, "2024Q2"]],
        "指标": [["2023年主要指标完成情况"], ["指标", "单位", "目标", "完成"],
                 [False, "%", "6", "6.1"], ["常住人口", "万人", "60", "61"]],
    })
    projects, indicators = read_import(path).tables
    for t, name, text in ((projects, "乙项目", "TRUE"), (indicators, "常住人口", "FALSE")):
        assert [r["name"] for r in t.records] == [name]
        (said,) = [p for p in t.problems if "逻辑值" in p.message]
        assert (said.row, said.column, said.text, said.severity) == (3, "A", text, "warning")
        assert not any("缺少" in p.message for p in t.problems)


def test_a_logical_value_saved_to_csv_is_no_name_either(tmp_path):
    # the same sheet saved by LibreOffice as CSV holds the words TRUE / FALSE: a project named "TRUE" was made
    (tmp_path / "src").mkdir()
    for name, rows in (("项目", [["2024年重点项目"], ["项目名称", "区域", "总投资（亿元）", "计划开工"],
                                 [True, "东部", 3, "2024Q1"], ["乙项目", "西部", 2, "2024Q2"]]),
                       ("指标", [["2023年主要指标完成情况"], ["指标", "单位", "目标", "完成"],
                                 [False, "%", "6", "6.1"], ["常住人口", "万人", "60", "61"]])):
        convert([workbook_file(tmp_path / "src" / f"{name}.xlsx", {name: rows})], tmp_path,
                "csv:Text - txt - csv (StarCalc):44,34,76")
        (t,) = read_import(tmp_path / f"{name}.csv").tables
        assert [r["name"] for r in t.records] == [rows[-1][0]]
        (said,) = [p for p in t.problems if "逻辑值" in p.message]
        assert (said.row, said.text) == (3, "TRUE" if name == "项目" else "FALSE")
