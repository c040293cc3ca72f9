"""OpenDocument spreadsheets (.ods), what LibreOffice saves, read as their xlsx twins are."""
import zipfile

import openpyxl
import pytest

from milestones.spreadsheet.importer import read_import
from milestones.spreadsheet.marked import write_marked_copy
from milestones.spreadsheet.read import ReadError, read_workbook
from tests.spreadsheet.conftest import convert


def _tables(imp):
    return [(t.sheet, t.kind, t.year, t.records, sorted((p.row or 0, p.column or "", p.message) for p in t.problems))
            for t in imp.tables]


def test_every_attachment_saved_as_ods_reads_as_its_xlsx(lo_files, lo_ods_files):
    # the same tables typed once, saved by LibreOffice in both formats: the same kind, year,
    # records and problems — merged headers, category rows and percentages included
    for name, xlsx in lo_files.items():
        assert _tables(read_import(lo_ods_files[name])) == _tables(read_import(xlsx)), name


def test_merged_cells_percentages_and_hidden_sheets_of_an_ods(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "附件1"
    ws.append(["2023年主要指标完成情况"])
    ws.append(["指标", "单位", "2023年", None])
    ws.append([None, None, "目标", "完成"])
    ws.append(["城镇调查失业率", "%", "5.5%以内", 0.052])
    ws["D4"].number_format = "0.0%"
    for r in ("A2:A3", "B2:B3", "C2:D2"):
        ws.merge_cells(r)
    lists = wb.create_sheet("下拉")
    lists.append(["完成"])
    lists.sheet_state = "hidden"
    wb.save(tmp_path / "t.xlsx")
    convert([tmp_path / "t.xlsx"], tmp_path, "ods")
    book = read_workbook(tmp_path / "t.ods")
    sheet, hidden = book.sheets
    assert sorted(sheet.merged) == [(1, 0, 2, 0), (1, 1, 2, 1), (1, 2, 1, 3)]
    assert sheet.rows[3][3] == "5.2%"  # shown as a percentage, not 0.052
    assert (hidden.name, hidden.hidden) == ("下拉", True)
    t, lists = read_import(tmp_path / "t.ods").tables
    assert (lists.hidden, lists.records) == (True, [])  # left, as in an xlsx
    (r,) = t.records
    assert (t.kind, t.year, r["actual"], r["target"]["op"]) == ("indicator_results", 2023, 5.2, "at_most")


def test_an_ods_sent_back_marked(lo_ods_files, tmp_path):
    # openpyxl writes no .ods: the copy is an xlsx of the file's cells, merges kept, problems marked
    src = lo_ods_files["key-projects-2024"]
    imp = read_import(src)
    problems = [p for t in imp.tables for p in t.problems] or []
    sheet = imp.tables[0].sheet
    from milestones.spreadsheet.table import Problem
    problems.append(Problem(sheet, 4, "B", "x", "测试问题", "error"))
    out = tmp_path / "marked.xlsx"
    assert write_marked_copy(src, problems, out) >= 1
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[0] == "问题清单" and sheet in wb.sheetnames
    ws = wb[sheet]
    assert ws["B4"].fill.fgColor.rgb.endswith("FFC7CE") and "测试问题" in ws["B4"].comment.text
    assert len(ws.merged_cells.ranges) == len(read_workbook(src).sheets[0].merged)


@pytest.mark.parametrize("mimetype, message", [
    ("application/vnd.oasis.opendocument.text", "不是表格"),
    ("application/vnd.oasis.opendocument.spreadsheet", "OpenDocument"),  # no content.xml
])
def test_an_opendocument_file_that_is_no_spreadsheet_is_refused(tmp_path, mimetype, message):
    path = tmp_path / "x.ods"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", mimetype)
        z.writestr("styles.xml", "<office:document-styles/>")
    with pytest.raises(ReadError, match=message):
        read_workbook(path)


def test_an_ods_declaring_entities_is_refused(tmp_path):
    path = tmp_path / "bomb.ods"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>')
    with pytest.raises(ReadError, match="XML 炸弹"):
        read_workbook(path)


def test_an_error_cell_of_an_ods_is_an_error_not_an_empty_cell(tmp_path):
    # LibreOffice keeps =1/0 as an empty string value beside the text "#DIV/0!": read as empty, a
    # project's investment would be quietly missing
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2024年重点项目表"])
    ws.append(["序号", "项目名称", "总投资（亿元）", "计划开工"])
    ws.append([1, "甲项目", "=1/0", "2024Q1"])
    ws.append([2, "乙项目", 3, "2024Q2"])
    wb.save(tmp_path / "e.xlsx")
    convert([tmp_path / "e.xlsx"], tmp_path, "ods")
    (t,) = read_import(tmp_path / "e.ods").tables
    (err,) = t.errors
    assert (err.row, err.column, err.text) == (3, "C", "#DIV/0!") and "应为数字" in err.message


def test_rows_libreoffice_writes_once_as_repeated_keep_the_merges_below_them_in_place(tmp_path):
    # empty rows are stored once with number-rows-repeated: the merge under them must not move up
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["完成率", 0.5])
    ws["B1"].number_format = "0%"
    ws["A5"] = "合并"
    ws.merge_cells("A5:B5")
    wb.save(tmp_path / "r.xlsx")
    convert([tmp_path / "r.xlsx"], tmp_path, "ods")
    assert b'number-rows-repeated="3"' in zipfile.ZipFile(tmp_path / "r.ods").read("content.xml")
    (sheet,) = read_workbook(tmp_path / "r.ods").sheets
    assert sheet.merged == [(4, 0, 4, 1)]
    assert (sheet.rows[0][1], sheet.rows[4][0]) == ("50%", "合并")
