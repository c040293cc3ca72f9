"""Figures no key project can have, said at their row and column: a negative investment (the edit refuses it, the
import took it unsaid), a year decades from the plan's ("2099" for "2029"), a paragraph in the name column."""
from milestones.spreadsheet.importer import preview, read_import
from tests.spreadsheet.conftest import convert, workbook_file

HEADER = ["项目名称", "区域", "总投资（亿元）", "年度计划投资（亿元）", "截至上年底累计完成投资（亿元）", "计划开工", "计划竣工",
          "责任单位"]


def _saved_by_libreoffice(tmp_path, rows):
    (tmp_path / "src").mkdir()
    convert([workbook_file(tmp_path / "src" / "p.xlsx", {"重点项目": [["2024年重点项目"], HEADER, *rows]})], tmp_path)
    return tmp_path / "p.xlsx"


def test_a_negative_investment_is_refused_on_its_row_and_column(tmp_path):
    path = _saved_by_libreoffice(tmp_path, [
        ["甲项目", "东部", -5, 1, None, "2024Q1", "2024Q4", "区商务委"],
        ["乙项目", "东部", 5, "-1", None, "2024Q1", "2024Q4", "区商务委"],
        ["丙项目", "中部", 5, 1, -2, "2023Q1", "2024Q4", "区商务委"],
        ["丁项目", "西部", 5, 1, 2, "2023Q1", "2024Q4", "区商务委"],
    ])
    (t,) = read_import(path).tables
    assert sorted((p.row, p.column, p.text) for p in t.errors) == [(3, "C", "-5"), (4, "D", "-1"), (5, "E", "-2")]
    assert {p.message for p in t.errors} == {"投资不能为负数"}  # the edit's own words
    assert [r["name"] for r in t.records] == ["丁项目"]


def test_a_year_decades_from_the_plans_is_said_and_kept(tmp_path):
    path = _saved_by_libreoffice(tmp_path, [
        ["远年份", "西部", 1, 0.5, None, "2099Q1", "2199Q4", "区商务委"],
        ["老续建", "西部", 30, 2, 20, "2001年", "2030年", "区交通局"],  # a long road is no slip
        ["笔误", "东部", 1, 0.5, None, "2024年3月", "2204年6月", "区商务委"],
    ])
    (t,) = read_import(path).tables
    said = sorted((p.row, p.column, p.text) for p in t.problems if "过远" in p.message)
    assert said == [(3, "F", "2099Q1"), (3, "G", "2199Q4"), (5, "G", "2204年6月")]
    assert all(p.severity == "warning" for p in t.problems if "过远" in p.message)
    assert [r["name"] for r in t.records] == ["远年份", "老续建", "笔误"]  # kept as written: a warning, not a refusal


def test_a_paragraph_in_the_name_column_is_said_at_that_column(db, tmp_path):
    path = _saved_by_libreoffice(tmp_path, [["长" * 500, "东部", 3, 1, None, "2024Q1", "2024Q4", "区商务委"]])
    imp = read_import(path)
    preview(db, imp)
    (t,) = imp.tables
    (bad,) = t.errors
    assert (bad.row, bad.column) == (3, "A") and "名称过长" in bad.message


def test_an_absurd_figure_is_said_in_a_line_not_three_hundred_digits(tmp_path):
    path = _saved_by_libreoffice(tmp_path, [["巨额", "中部", 1e300, 0.5, None, "2024Q1", "2024Q4", "区商务委"]])
    (t,) = read_import(path).tables
    (said,) = [p for p in t.problems if "远超" in p.message]
    assert (said.row, said.column) == (3, "C") and "1e+300 亿元" in said.message and len(said.message) < 60
