"""A copy of the file with its problems marked, to send back to whoever filled it in."""
import openpyxl

from milestones.spreadsheet.importer import read_import
from milestones.spreadsheet.marked import write_marked_copy
from tests.spreadsheet.conftest import convert


def _all(imp):
    return imp.problems + [p for t in imp.tables for p in t.problems]


def test_the_copy_keeps_the_file_and_marks_each_problem_where_it_is(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "报表"
    for row in (["附件3"], ["2024年重点项目计划表"], ["序号", "项目名称", "总投资（亿元）", "年度计划投资（亿元）"],
                [1, "甲项目", 10, "=1+1"], [2, "乙项目", "很多", 2],
                [], ["附件4"], ["2024年重点项目续表"], ["序号", "项目名称", "总投资（亿元）", "计划开工"],
                [1, "丙项目", 5, "明年某时"]):
        ws.append(row)
    wb.save(tmp_path / "in.xlsx")
    convert([tmp_path / "in.xlsx"], tmp_path / "lo")  # as LibreOffice saves it: the formula with its value
    src = tmp_path / "lo" / "in.xlsx"
    imp = read_import(src)
    assert [t.sheet for t in imp.tables] == ["报表", "报表（附件4）"]
    n = write_marked_copy(src, _all(imp), tmp_path / "out.xlsx")
    back = openpyxl.load_workbook(tmp_path / "out.xlsx")
    assert back.sheetnames == ["问题清单", "报表"]
    sheet = back["报表"]
    assert sheet["D4"].value == "=1+1"  # the file as it was: formulas stay formulas
    assert sheet["C5"].value == "很多" and "不是数字" in sheet["C5"].comment.text
    assert sheet["C5"].fill.fgColor.rgb.endswith("FFC7CE")
    assert sheet["D10"].comment is not None  # a problem of the second table, on the sheet it is on
    errors = [r for r in back["问题清单"].iter_rows(min_row=2, values_only=True) if r[0] == "错误"]
    assert len(errors) == n == 2
    # a table's own note (no row) is listed, not marked
    assert sum(1 for _ in back["问题清单"].iter_rows(min_row=2)) == len(_all(imp))


def test_a_csv_becomes_a_sheet_and_text_like_a_formula_stays_text(tmp_path):
    src = tmp_path / "p.csv"
    src.write_text("2024年重点项目表\n序号,项目名称,总投资（亿元）\n1,=甲项目,很多\n", encoding="utf-8")
    imp = read_import(src)
    write_marked_copy(src, _all(imp), tmp_path / "out.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "out.xlsx")["p"]
    assert ws["B3"].value == "=甲项目" and ws["B3"].data_type == "s"
    assert "不是数字" in ws["C3"].comment.text


def test_the_planner_is_told_what_the_copy_leaves_out(tmp_path):
    # openpyxl keeps charts, drops shapes and (without Pillow) pictures, and an .xlsx has no macros
    import zipfile

    from openpyxl.chart import BarChart, Reference

    from milestones.spreadsheet.marked import not_kept_in_copy

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["项目名称", "总投资（亿元）"])
    ws.append(["甲项目", 10])
    chart = BarChart()
    chart.add_data(Reference(ws, min_col=2, min_row=1, max_row=2), titles_from_data=True)
    ws.add_chart(chart, "D2")
    wb.save(tmp_path / "chart.xlsx")
    assert not_kept_in_copy(tmp_path / "chart.xlsx") == []
    write_marked_copy(tmp_path / "chart.xlsx", [], tmp_path / "copy.xlsx")
    assert any(n.startswith("xl/charts/") for n in zipfile.ZipFile(tmp_path / "copy.xlsx").namelist())
    with zipfile.ZipFile(tmp_path / "chart.xlsx") as src, zipfile.ZipFile(tmp_path / "more.xlsm", "w") as out:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/drawings/drawing1.xml":  # a text box beside the chart
                data = data.replace(b"</wsDr>", b"<twoCellAnchor><sp macro=\"\" textlink=\"\"/></twoCellAnchor></wsDr>")
            out.writestr(item, data)
        out.writestr("xl/media/image1.png", b"\x89PNG\r\n\x1a\n")
        out.writestr("xl/vbaProject.bin", b"")
    import importlib.util

    pictures = ["图片"] if importlib.util.find_spec("PIL") is None else []
    assert not_kept_in_copy(tmp_path / "more.xlsm") == [*pictures, "图形", "宏"]
    assert not_kept_in_copy(tmp_path / "missing.xlsx") == []


def test_a_problem_inside_a_merged_cell_is_marked_on_the_cell_that_shows_it(tmp_path):
    # a problem said at a cell inside a merged range (a header's note, a figure merged over two rows) stopped the
    # copy: such a cell takes no comment ("'MergedCell' object attribute 'comment' is read-only", a fault in a box)
    from milestones.spreadsheet.table import Problem

    src = tmp_path / "merged.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["2024年重点项目表"], ["序号", "项目名称", "区域", "总投资（亿元）"], [1, "甲项目", "东部", "很多"],
                [2, "乙项目", "东部", None], [3, "丙项目", "西部", 5]):
        ws.append(row)
    ws.merge_cells("D3:D4")
    wb.save(src)
    imp = read_import(src)
    problems = [p for t in imp.tables for p in t.problems]
    problems.append(Problem("Sheet", 4, "D", "", "乙项目的总投资与甲项目合并在一格，请分别填写", "warning"))
    out = tmp_path / "marked.xlsx"
    assert write_marked_copy(src, problems, out) >= 2
    ws = openpyxl.load_workbook(out)["Sheet"]
    assert ws["D3"].value == "很多" and ws["D3"].fill.fgColor.rgb.endswith("FFC7CE")  # the error's red kept
    assert "错误" in ws["D3"].comment.text and "提示：乙项目的总投资与甲项目合并在一格" in ws["D3"].comment.text
