"""Key-project sheets are read a column at a time; every row still gets its own problems."""
from __future__ import annotations

from pathlib import Path

from milestones.spreadsheet.parse import parse_sheet
from milestones.spreadsheet.read import Sheet, cell_text

HEADER = ["序号", "项目编码", "项目名称", "区域", "板块", "建设性质", "总投资（亿元）", "计划开工", "计划完工", "责任单位"]


def _sheet(data: list[list], errors=None) -> Sheet:
    rows = [["2024年重点项目季度计划表"] + [""] * (len(HEADER) - 1), HEADER] + data
    sheet = Sheet("重点项目", [r + [""] * (len(HEADER) - len(r)) for r in rows])
    sheet.errors.update(errors or {})
    return sheet


def _row(i, name, zone="东部", start="2024年一季度", total=1.5, code=None, nature="新开工", unit="区发改委"):
    return [float(i), code or f"BM-{i:04d}", name, zone, "解放碑中央商务区", nature, total, start, "2025Q2", unit]


def test_whole_number_floats_below_the_header_read_as_integers():
    # calamine gives 20240001 as 20240001.0; only the first rows are made ints when read
    rows = [_row(i, f"项目{i}") for i in range(1, 60)]
    rows[50][1] = 20240001.0
    rows[51][2] = 12345.0  # a name that is a number
    t = parse_sheet(_sheet(rows))
    assert t.records[50]["code"] == "20240001"
    assert t.records[51]["name"] == "12345"
    assert cell_text(2.5) == "2.5" and cell_text(3.0) == "3" and cell_text(None) == ""


def test_each_row_reports_its_own_problems_in_the_order_of_the_table():
    rows = [
        _row(1, "甲项目"),
        _row(2, "乙项目", zone="北部", start="明年某时", total="很多"),  # a warning and two errors
        _row(3, "丙项目", zone="北部"),  # the same bad zone again: reported again, on its own row
        _row(4, "甲 项目", code="BM-0001"),  # the code of row 3 (sheet row 3) again
        ["", "BM-0009", "", "东部", "", "", "不是数字"],  # no name: one warning, nothing else
        _row(6, "戊项目", start="2024年三季度"),
    ]
    t = parse_sheet(_sheet(rows))
    assert [r["name"] for r in t.records] == ["甲项目", "丙项目", "戊项目"]
    assert t.rows == [3, 5, 8]
    found = [(p.row, p.column, p.text, p.severity) for p in t.problems]
    assert found == [
        (4, "D", "北部", "warning"),
        (4, "H", "明年某时", "error"),
        (4, "G", "很多", "error"),
        (5, "D", "北部", "warning"),
        (6, "C", "甲 项目", "error"),
        (7, "C", "", "warning"),
    ]
    assert "与第3行重复" in t.problems[4].message
    assert "缺少项目名称" in t.problems[5].message


def test_values_repeated_down_a_column_are_read_once_but_right_everywhere():
    rows = [_row(i, f"项目{i}", zone=z, start=s, nature=n)
            for i, (z, s, n) in enumerate([("东部", "2024年一季度", ""), ("中部", "续建", ""), ("东部", "2024Q1", "续建"),
                                           ("西 部", "2024年一季度", "新开工")] * 5, start=1)]
    t = parse_sheet(_sheet(rows))
    assert len(t.records) == 20 and not t.problems
    assert [r["zone"] for r in t.records[:4]] == ["东部", "中部", "东部", "西部"]
    assert [r["start"] for r in t.records[:4]] == ["2024Q1", None, "2024Q1", "2024Q1"]
    assert [r["nature"] for r in t.records[:4]] == [None, "续建", "续建", "新开工"]
    assert t.records[1]["start_text"] == "续建" and t.records[0]["start_text"] == "2024年一季度"


def test_true_and_1_in_one_column_stay_apart():
    rows = [_row(1, "项目一"), _row(2, "项目二"), _row(3, "项目三")]
    rows[0][9], rows[1][9], rows[2][9] = 1, True, 1.0
    t = parse_sheet(_sheet(rows))
    assert [r["responsible_unit"] for r in t.records] == ["1", "True", "1"]


def test_an_error_cell_is_reported_not_read_as_empty():
    rows = [_row(1, "项目一"), _row(2, "项目二", total="")]
    t = parse_sheet(_sheet(rows, errors={(3, 6): "#REF!"}))  # sheet row 4, column G
    assert [r["name"] for r in t.records] == ["项目一"]
    assert [(p.row, p.column, p.text) for p in t.problems] == [(4, "G", "#REF!")]
    assert "Excel 错误值" in t.problems[0].message


def test_amounts_in_wan_yuan_text_are_converted():
    rows = [_row(1, "项目一", total="12,000万元"), _row(2, "项目二", total="3.5亿元"), _row(3, "项目三", total=7)]
    t = parse_sheet(_sheet(rows))
    assert [r["total_investment"] for r in t.records] == [1.2, 3.5, 7.0]


def test_a_large_import_writes_every_row_whole_and_in_file_order(db):
    # the SQLite write binds many rows per statement; 1,234 rows end with a part statement
    import sqlite3

    from milestones.spreadsheet.importer import ImportFile, write

    rows = [_row(i, f"项目{i:05d}", zone=("东部", "中部", "西部")[i % 3], total=i / 8,
                 start=f"{2023 + i % 2}年{'一二三四'[i % 4]}季度") for i in range(1, 1235)]  # before 2025Q2
    imp = ImportFile(Path("large.xlsx"))
    imp.tables.append(parse_sheet(_sheet(rows)))
    write(db, imp)
    with sqlite3.connect(db.engine.url.database) as c:
        got = c.execute("SELECT p.code, p.name, z.name, p.total_investment, p.planned_start, e.seq "
                        "FROM key_project p JOIN plan_entry e ON e.project_id = p.id "
                        "JOIN zone z ON z.id = p.zone_id WHERE p.code LIKE 'BM-%' ORDER BY e.seq").fetchall()
    assert len(got) == 1234
    for i, (code, name, zone, total, start, _) in enumerate(got, start=1):
        assert (code, name, zone, total) == (f"BM-{i:04d}", f"项目{i:05d}", ("东部", "中部", "西部")[i % 3], i / 8)
        assert start == (2023 + i % 2) * 4 + i % 4  # the quarter's index: year × 4 + quarter − 1
    assert [s for *_, s in got] == sorted(s for *_, s in got)


def test_an_approximate_figure_or_one_with_a_remark_is_taken_and_said():
    rows = [_row(1, "约数项目", total="约10"), _row(2, "说明项目", total="3（含征地）"), _row(3, "文字项目", total="很多"),
            _row(4, "待定项目", total="待定")]
    t = parse_sheet(_sheet(rows))
    got = {r["name"]: r["total_investment"] for r in t.records}
    assert got == {"约数项目": 10, "说明项目": 3, "待定项目": None}  # 很多 names no figure: an error, not imported
    said = [(p.row, p.column, p.severity, p.message) for p in t.problems]
    assert said == [(3, "G", "warning", "按 10 记入"), (4, "G", "warning", "按 3 记入，括号中的说明“含征地”未导入"),
                    (5, "G", "error", "不是数字；应为数字（如 12.5 或 1,250）"),
                    (6, "G", "warning", "还没有数字，未记入")]  # 待定: the figure comes later


def test_an_amount_with_a_currency_sign_or_a_floor_is_the_amount():
    # "¥15.00" as a finance column shows it, "不少于15" as a floor: both were "不是数字" and refused their rows
    rows = [_row(1, "符号项目", total="¥15.00"), _row(2, "全角项目", total="￥1,500万元"), _row(3, "下限项目", total="不少于15")]
    t = parse_sheet(_sheet(rows))
    assert {r["name"]: r["total_investment"] for r in t.records} == {"符号项目": 15, "全角项目": 0.15, "下限项目": 15}
    assert [(p.row, p.severity, p.message) for p in t.problems] == [(5, "warning", "按 15 记入")]


def test_a_figure_with_a_footnote_mark_or_a_remark_before_it_is_taken():
    # "12.5*" (a note below says what * means) and "（估算）8" refused the project's row
    rows = [_row(1, "星号项目", total="12.5*"), _row(2, "估算项目", total="（估算）8"), _row(3, "编号项目", total="（1）12.5")]
    t = parse_sheet(_sheet(rows))
    assert {r["name"]: r["total_investment"] for r in t.records} == {"星号项目": 12.5, "估算项目": 8}
    said = [(p.row, p.severity, p.message) for p in t.problems]
    assert said == [(4, "warning", "按 8 记入，括号中的说明“估算”未导入"),  # the mark is the note's, said there
                    (5, "error", "不是数字；应为数字（如 12.5 或 1,250）")]  # a number in brackets is no remark


def test_a_figure_said_to_be_about_that_much_after_it_is_taken_and_said_too():
    # "10左右", "10余亿元" refused the project's row; "约10" was taken
    rows = [_row(1, "左右项目", total="10左右"), _row(2, "余亿项目", total="12余亿元"), _row(3, "约等项目", total="≈8"),
            _row(4, "多个项目", total="10多个")]
    t = parse_sheet(_sheet(rows))
    assert {r["name"]: r["total_investment"] for r in t.records} == {"左右项目": 10, "余亿项目": 12, "约等项目": 8}
    said = [(p.row, p.severity, p.message) for p in t.problems]
    assert said == [(3, "warning", "按 10 记入"), (4, "warning", "按 12亿元 记入"), (5, "warning", "按 8 记入"),
                    (6, "error", "不是数字；应为数字（如 12.5 或 1,250）")]  # 10多个 counts something: no amount


def test_an_amount_in_yi_and_wan_or_with_about_after_its_unit_is_taken(tmp_path):
    # "3亿5000万元" (an amount as it is said) and "1.2亿元左右", "0.5亿元以上" refused the project's row ("不是数字")
    import openpyxl

    from milestones.spreadsheet.importer import read_import
    from tests.spreadsheet.conftest import convert

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2024年重点项目表"])
    ws.append(["序号", "项目名称", "总投资（万元）", "年度计划投资（亿元）"])
    ws.append([1, "甲项目", "3亿5000万元", "1.2亿元左右"])
    ws.append([2, "乙项目", "2亿800万", "0.5亿元以上"])
    ws.append([3, "丙项目", "3亿20000万", "5000万元左右"])  # 20000万 is no part of a 亿: refused
    wb.save(tmp_path / "亿万.xlsx")
    convert([tmp_path / "亿万.xlsx"], tmp_path / "lo")
    (t,) = read_import(tmp_path / "lo" / "亿万.xlsx").tables
    assert {r["name"]: (r["total_investment"], r["annual_investment"]) for r in t.records} == {
        "甲项目": (3.5, 1.2), "乙项目": (2.08, 0.5)}
    said = [(p.row, p.column, p.severity, p.message) for p in t.problems if p.severity != "info"]
    assert said == [(3, "D", "warning", "按 1.2亿元 记入"), (4, "D", "warning", "按 0.5亿元 记入"),
                    (5, "C", "error", "不是数字；应为数字（如 12.5 或 1,250）"), (5, "D", "warning", "按 5000万元 记入")]


def test_an_amount_that_names_its_unit_in_yuan_is_read_in_it(tmp_path):
    # "5000000元" in a 亿元 column stood as 5,000,000 亿元; "3千万元", "3千万", "300百万元" were "不是数字"
    from milestones.spreadsheet.importer import read_import
    from tests.spreadsheet.conftest import csv_file

    path = csv_file(tmp_path, "元.csv", "2024年重点项目表\n序号,项目名称,总投资（亿元）,年度计划投资（万元）\n"
                                       "1,甲项目,5000000元,3千万元\n2,乙项目,\"12,000,000元\",3千万\n"
                                       "3,丙项目,300百万元,500\n")
    (t,) = read_import(path).tables
    assert t.errors == []
    assert {r["name"]: (r["total_investment"], r["annual_investment"]) for r in t.records} == {
        "甲项目": (0.05, 0.3), "乙项目": (0.12, 0.3), "丙项目": (3.0, 0.05)}


def test_amounts_in_yuan_or_in_ten_millions_are_converted_to_yi_yuan(tmp_path):
    # a system's export in 元 was taken as 亿元 (12.5 亿 read as 1,250,000,000 亿), a form in 千万元 or 百万元
    # as 万元 (a thousandth of the amount)
    import openpyxl

    from milestones.spreadsheet.importer import read_import
    from tests.spreadsheet.conftest import convert

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2024年重点项目表"])
    ws.append(["序号", "项目名称", "总投资（元）", "年度计划投资（千万元）", "一季度计划投资（百万元）"])
    ws.append([1, "甲道路工程", 1_250_000_000, 30, 75])
    wb.save(tmp_path / "元.xlsx")
    convert([tmp_path / "元.xlsx"], tmp_path / "lo")
    (t,) = read_import(tmp_path / "lo" / "元.xlsx").tables
    (r,) = t.records
    assert (r["total_investment"], r["annual_investment"], r["quarters"]["2024Q1"]["planned"]) == (12.5, 3.0, 0.75)
    assert "第C列“总投资（元）”以元填报，已换算为亿元" in [p.message for p in t.problems]
    assert not [p for p in t.problems if p.severity != "info"]
    # "单位：元" above the table holds for every money column
    path = tmp_path / "单位.csv"
    path.write_text("2024年重点项目表\n单位：元\n序号,项目名称,总投资,年度计划投资\n1,甲道路工程,1250000000,300000000\n",
                    encoding="utf-8")
    (t,) = read_import(path).tables
    assert (t.records[0]["total_investment"], t.records[0]["annual_investment"]) == (12.5, 3.0)
