"""A cell far beyond the table (a space typed in column XFD, a value left in row 1,048,576): calamine makes a
sheet one block from A1 to its farthest cell, so a 5 KB file asked for 550 GB and the process aborted (the
desktop program with it), and a 2,000-row list with a space in XFD took 1 GB to be refused as "16,384 列"."""
import random
import re
import subprocess
import sys
import zipfile

import openpyxl
from openpyxl.styles import Font

from milestones.spreadsheet.importer import read_import
from tests.spreadsheet.bad_files import _replace_member
from tests.spreadsheet.conftest import convert


def _list(path, far: dict[str, object]):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2024年重点项目计划表"])
    ws.append(["序号", "项目名称", "区域", "总投资（亿元）"])
    for i in range(1, 2001):
        ws.append([i, f"项目{i}", "东部", 3])
    for r in range(1, 2003):
        ws.cell(r, 16384).font = Font(bold=True)  # a whole column formatted, as a careless selection leaves it
    for ref, v in far.items():
        ws[ref] = v
    wb.save(path)
    return path


def _read_in_a_capped_process(path, cap: int, said: str = "message") -> str:
    """What reading ``path`` prints in a process allowed ``cap`` bytes of memory: its first problem's message, or
    its one table's kind and record count; the process must end well (an abort or a MemoryError fails the test)."""
    show = ("print(imp.problems[0].message)" if said == "message" else
            "(t,) = imp.tables; print(t.kind, len(t.records))")
    code = (f"import resource, sys; resource.setrlimit(resource.RLIMIT_AS, ({cap}, {cap}));"
            "from milestones.spreadsheet.importer import read_import;"
            f"imp = read_import(sys.argv[1]); {show}")
    r = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-500:]
    return r.stdout.strip()


def test_a_list_with_only_spaces_far_to_its_right_is_read_and_the_spaces_said(tmp_path):
    src = _list(tmp_path / "远处空格.xlsx", {"XFD2002": " "})
    convert([src], tmp_path / "lo")
    for path in (src, tmp_path / "lo" / src.name):
        (t,) = read_import(path).tables
        assert (t.kind, len(t.records), t.errors) == ("key_projects", 2000, []), path
        assert [(p.row, p.column, p.severity) for p in t.problems if "远处" in p.message] == [
            (2002, "XFD", "warning")], path


def test_a_value_far_beyond_the_table_is_refused_naming_its_cell(tmp_path):
    (tmp,) = [_list(tmp_path / "远处.xlsx", {"XFD9": "旧数据"})]
    imp = read_import(tmp)
    assert [p.message for p in imp.problems] == [
        "远处.xlsx：工作表“Sheet”的 XFD9 单元格有内容（“旧数据”），表格因此有 16,384 列，超过上限 300 列：如是多余的内容，"
        "请删除这个单元格后再导入"]


def test_two_cells_at_the_sheets_corners_are_a_message_not_an_aborted_process(tmp_path):
    # A1 and XFD1048576 in a 5 KB file: the process died with "memory allocation of 549755813888 bytes failed"
    wb = openpyxl.Workbook()
    wb.active["A1"] = "2024年重点项目计划表"
    wb.active["XFD1048576"] = "x"
    wb.save(tmp_path / "corners.xlsx")
    # (within the 3 GB the process may take: it asked for 550)
    assert "XFD1048576 单元格有内容（“x”）" in _read_in_a_capped_process(tmp_path / "corners.xlsx", 3 << 30)


def test_the_messages_read_in_english_too():
    from milestones.ui.problem_text import english

    assert english("远处的单元格只有空格（超出表格的上限），已忽略") == "a cell far beyond the table holds only spaces: left out"
    assert english("工作表“Sheet”的 XFD9 单元格有内容（“旧数据”），表格因此有 16,384 列，超过上限 300 列：如是多余的内容，"
                   "请删除这个单元格后再导入") == (
        "cell XFD9 of sheet “Sheet” holds “旧数据”, which makes the table 16,384 columns wide, over the limit of 300: "
        "if it is left over, delete that cell, then import the file")


def test_an_ods_with_a_space_far_to_the_right_is_said_before_it_is_built(tmp_path):
    # LibreOffice's own format: calamine built the 2,000 × 16,384 block (2.8 GB, 7 s) before the size check refused
    # it as "16,384 列"; no reader keeps an .ods sparse, so it is refused unbuilt, saying where and what to do
    src = _list(tmp_path / "远处空格.xlsx", {"XFD2002": " "})
    convert([src], tmp_path / "ods", "ods")
    assert _read_in_a_capped_process(tmp_path / "ods" / "远处空格.ods", 3 << 30) == (
        "远处空格.ods：工作表“Sheet”在第 300 列以外还有只有空格的单元格，超过上限 300 列：如是多余的内容，请删除后再导入")


def test_a_shared_strings_table_declaring_two_billion_strings_is_read_not_an_aborted_process(tmp_path):
    # calamine reserves room for the declared number of strings first: uniqueCount="2000000000" (one edit to a real
    # file) asked for 48 GB and the process aborted; the strings are counted as openpyxl reads them instead
    convert([_list(tmp_path / "正常.xlsx", {})], tmp_path / "lo")  # (openpyxl writes its strings in the cells)
    src = tmp_path / "lo" / "正常.xlsx"
    with zipfile.ZipFile(src) as z:
        strings = z.read("xl/sharedStrings.xml")
    strings = re.sub(rb'\b(count|uniqueCount)="\d+"', rb'\1="2000000000"', strings, count=2)
    assert b'uniqueCount="2000000000"' in strings
    bad = _replace_member(src, tmp_path / "声明.xlsx", "xl/sharedStrings.xml", strings)
    assert _read_in_a_capped_process(bad, 3 << 30, "records").split() == ["key_projects", "2000"]


def test_a_sheet_of_a_million_rows_is_refused_by_its_size_without_being_loaded(tmp_path):
    # a thousand cells past the limits are a sheet that large, not a stray cell: said by its real size, from the
    # XML, before calamine or openpyxl holds a row of it
    import xlsxwriter

    path = tmp_path / "百万行.xlsx"
    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    ws = wb.add_worksheet()
    ws.write_row(0, 0, ["2024年重点项目计划表"])
    ws.write_row(1, 0, ["序号", "项目名称", "总投资（亿元）"])
    for r in range(2, 1_048_576):
        ws.write_row(r, 0, [r - 1, "项目", 3])
    wb.close()
    assert _read_in_a_capped_process(path, 2 << 30) == "百万行.xlsx：工作表“Sheet1”有 1,048,576 行，超过上限 200,000 行"


def test_a_styles_part_of_a_million_styles_is_read_as_a_stream(tmp_path):
    # 1.5 million cell styles with varied figures (105 MB, passing the zip's ratio check): read as one tree for the
    # percentage, fill and strike styles it held 831 MB, and the 1 GB a file may unpack to would have held ~8 GB
    src = _list(tmp_path / "正常.xlsx", {})
    rnd = random.Random(1)
    xfs = b"".join(b'<xf numFmtId="%d" fontId="0" fillId="0" borderId="0" xfId="0"/>' % rnd.randint(0, 10**9)
                   for _ in range(1_500_000))
    with zipfile.ZipFile(src) as z:
        styles = re.sub(rb'<cellXfs count="(\d+)">', lambda m: m.group(0) + xfs, z.read("xl/styles.xml"), count=1)
    bad = _replace_member(src, tmp_path / "样式.xlsx", "xl/styles.xml", styles)
    assert _read_in_a_capped_process(bad, 512 << 20, "records").split() == ["key_projects", "2000"]


def test_an_xlsb_with_a_value_far_away_is_refused_naming_its_cell_not_aborted(tmp_path):
    # openpyxl reads no .xlsb: calamine is the only reader, and a 1 KB file with a value at XFD1048576 aborted the
    # process ("memory allocation of 549755813888 bytes failed")
    from tests.spreadsheet import xlsb

    table = [(0, 0, "2024年重点项目表"), (1, 0, "项目名称"), (1, 1, "区域"), (1, 2, "总投资（亿元）"),
             (2, 0, "甲项目"), (2, 1, "东部"), (2, 2, 10), (3, 0, "乙项目"), (3, 1, "西部"), (3, 2, 5.5)]
    (t,) = read_import(xlsb.write(tmp_path / "清单.xlsb", table, "项目表")).tables
    assert [(r["name"], r["zone"], r["total_investment"]) for r in t.records] == [
        ("甲项目", "东部", 10.0), ("乙项目", "西部", 5.5)]
    far = xlsb.write(tmp_path / "远处.xlsb", [*table, (1048575, 16383, "旧数据")], "项目表")
    assert _read_in_a_capped_process(far, 3 << 30) == (
        "远处.xlsb：工作表“项目表”的 XFD1048576 单元格有内容，表格因此有 1,048,576 行，超过上限 200,000 行："
        "如是多余的内容，请删除这个单元格后再导入")
    wide = xlsb.write(tmp_path / "右边.xlsb", [*table, (2, 400, 1)], "项目表")
    assert _read_in_a_capped_process(wide, 3 << 30) == (
        "右边.xlsb：工作表“项目表”的 OK3 单元格有内容，表格因此有 401 列，超过上限 300 列：如是多余的内容，请删除这个单元格后再导入")
