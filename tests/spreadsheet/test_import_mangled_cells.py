"""Tables as a hurried hand leaves them: cells overwritten with odd text, rows lost or doubled, a column
deleted. Each is read into problems and records, never into a traceback (two did, found by mangling the
attachment fixtures at random)."""
import csv
import datetime
import io
import json
import random

import pytest

from sqlalchemy import text

from milestones.spreadsheet.importer import preview, read_import, write
from tests.spreadsheet.conftest import csv_file as _csv

# what people leave in cells: blanks, dashes, spaces, formulas, error values, numbers out of range, words
# of the wrong column, quarters and dates that are none
ODD = ["", " ", "\u3000", "=1+1", "-", "—", "/", "无", "0", "-0", "1e309", "NaN", "inf", "-inf", "2024Q5",
       "2024年13月", "2024-02-30", "第五季度", "x" * 3000, "😀", "（）", "%", "100%%", "1,2,3", "１２３", "2024.13",
       "45000", "99999999999999999999", "-5", "2023年四季度", "约", "≥", "＜5", "增长", "完成", "未完成", "东部",
       "全区", "一、", "注：", "合计", "序号", "项目名称", "指标", "2024年1月—2023年12月", "3季度", "1/0", "12亿元",
       "万元", "a\nb", "2099Q4", "1900-01-01", "#REF!", "#DIV/0!", "TRUE", "null"]


def test_a_month_column_of_spaces_is_no_figure_for_that_month(tmp_path):
    # the monitoring table's latest period was blank but for a space: it was taken as reported, and the
    # figure's words were made of nothing ("TypeError" in the planner's face)
    path = _csv(tmp_path, "监测.csv", "2024年1-9月主要经济指标完成情况\n序号,指标名称,计量单位,2024年目标值,2024年1-9月完成,"
                                    "责任单位\n1,地区生产总值,亿元,增长6%,1240,区发展改革委\n2,规上工业增加值增速,%,5, ,区经济信息委\n")
    (t,) = read_import(path).tables
    got = {r["name"]: (r["actual"], r["actual_text"]) for r in t.records}
    assert got == {"地区生产总值": (1240.0, "1-9月:1240"), "规上工业增加值增速": (None, None)}
    assert not [p for p in t.problems if p.severity == "error"]


def test_a_quarters_step_written_as_a_number_beyond_any_keeps_its_words(tmp_path):
    # "1e309" is no figure: the step stays as written instead of stopping the import
    path = _csv(tmp_path, "季度.csv", "2024年重点工作任务季度推进情况表\n序号,重点任务,年度目标,牵头单位,季度目标,,,\n"
                                    ",,,,一季度,二季度,三季度,四季度\n1,新增市场主体,1.2万户,区市场监管局,0.3,1e309,0.9,1.2\n")
    (t,) = read_import(path).tables
    (rec,) = t.records
    assert [(s["quarter"], s["text"], s["value"]) for s in rec["steps"]] == [
        ("2024Q1", "0.3万户", 0.3), ("2024Q2", "1e309", None), ("2024Q3", "0.9万户", 0.9), ("2024Q4", "1.2万户", 1.2)]


def test_mangled_attachments_give_problems_never_a_traceback(db, lo_csv_files, tmp_path):
    rng = random.Random(20261203)
    names = sorted(lo_csv_files)
    written = 0
    for i in range(60):
        name = rng.choice(names)
        rows = _mangled(list(csv.reader(io.StringIO(lo_csv_files[name].read_text(encoding="utf-8")))), rng)
        path = tmp_path / f"{i:02d}-{name}.csv"
        with open(path, "w", newline="", encoding="utf-8") as fh:
            csv.writer(fh).writerows(rows)
        imp = read_import(path)
        preview(db, imp)
        json.dumps(imp.as_dict(), ensure_ascii=False)  # what `import --json` prints
        for p in imp.problems + [p for t in imp.tables for p in t.problems]:
            assert p.message, f"{path.name}: a problem that says nothing"
        if not imp.has_errors and imp.importable:
            write(db, imp)
            written += 1
    assert written > 5  # most mangled tables still hold rows worth importing
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"


# what a workbook's cells hold beyond text: numbers no date can show, dates beyond any plan, times, booleans
TYPED = [0, -0.0, 1e308, -1e308, 1e-300, 45000, 2958466, -1, 0.5, 10 ** 20, True, False, 2024.4, 202413,
         datetime.datetime(1900, 1, 1), datetime.datetime(2024, 2, 29), datetime.datetime(9999, 12, 31),
         datetime.time(12, 30), "#REF!", "=1+1", "", "合计", "2024Q5"]


def test_mangled_workbooks_give_problems_never_a_traceback(db, lo_files, tmp_path):
    # cells typed over with numbers and dates in the cells' own formats (a date cell given -1e308 stopped the
    # reading library itself), rows and columns deleted, merges added where a hand might drag them
    import openpyxl
    from openpyxl.cell.cell import MergedCell

    rng = random.Random(20261204)
    names = sorted(lo_files)
    for i in range(30):
        name = rng.choice(names)
        wb = openpyxl.load_workbook(lo_files[name])
        ws = wb.worksheets[0]
        for _ in range(rng.randint(1, 15)):
            op, rows, cols = rng.random(), ws.max_row, ws.max_column
            if op < 0.7:
                cell = ws.cell(rng.randint(1, rows), rng.randint(1, cols))
                if not isinstance(cell, MergedCell):
                    cell.value = rng.choice(TYPED)
                    if rng.random() < 0.3:
                        cell.number_format = rng.choice(["yyyy-mm-dd", "0.00%", "@"])
            elif op < 0.8:
                ws.delete_rows(rng.randint(1, rows))
            elif op < 0.9:
                ws.delete_cols(rng.randint(1, cols))
            else:
                r, c = rng.randint(1, rows + 3), rng.randint(1, cols)
                ws.merge_cells(start_row=r, start_column=c, end_row=r + rng.randint(1, 3), end_column=c)
        path = tmp_path / f"{i:02d}-{name}.xlsx"
        wb.save(path)
        imp = preview(db, read_import(path))
        json.dumps(imp.as_dict(), ensure_ascii=False, default=str)


def _mangled(rows: list[list[str]], rng: random.Random) -> list[list[str]]:
    rows = [list(r) for r in rows]
    for _ in range(rng.randint(1, 12)):
        if not rows:
            break
        op = rng.random()
        r = rng.randrange(len(rows))
        if op < 0.6 and rows[r]:
            rows[r][rng.randrange(len(rows[r]))] = rng.choice(ODD)
        elif op < 0.7:
            del rows[r]
        elif op < 0.8:
            rows.insert(r, list(rows[rng.randrange(len(rows))]))
        elif op < 0.9:
            c = rng.randrange(max(map(len, rows)) or 1)
            for row in rows:
                if c < len(row):
                    del row[c]
        else:
            rows[r] = [rng.choice(ODD) for _ in rows[r]]
    return rows


def _dated_sheet(path, starts):
    """A project list whose 计划开工时间 cells are formatted as dates, holding ``starts`` as typed."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "重点项目"
    ws.append(["2024年重点项目计划表"])
    ws.append(["序号", "项目名称", "区域", "总投资（亿元）", "计划开工时间"])
    for i, start in enumerate(starts, 1):
        ws.append([i, f"项目{i}", "东部", 10, start])
        ws.cell(i + 2, 5).number_format = "yyyy-mm-dd"
    wb.save(path)
    return path


def test_a_year_and_month_typed_into_a_date_cell_is_that_month(tmp_path):
    # "2024.4" typed into a cell Excel formats as a date is the day 2024.4, shown as 1905-07-16: it was
    # imported as a start in 1905
    from tests.spreadsheet.conftest import convert

    typed = _dated_sheet(tmp_path / "typed.xlsx", [2024.4, 2024.1, 2025, 45352])
    convert([typed], tmp_path / "lo")  # saved again by LibreOffice, as an office passes it on
    for path in (typed, tmp_path / "lo" / "typed.xlsx"):
        (t,) = read_import(path).tables
        got = [(r["start"], r["start_text"]) for r in t.records]
        assert got == [("2024Q2", "2024.4"), ("2024Q1", "2024.1"), ("2025Q4", "2025"), ("2024Q1", "2024-03-01")]
        assert [(p.row, p.column, p.severity) for p in t.problems if "10月" in p.message] == [(4, "E", "warning")]


def test_a_list_writing_its_months_in_two_figures_has_2024_1_as_october(tmp_path):
    # "2024.03 | 2025.10" typed into number cells: the list pads its months, so the 2024.1 Excel made of
    # "2024.10" is October (it was read as January, a warning asking the planner to retype it)
    from tests.spreadsheet.conftest import typed_and_saved

    text = ("2024年重点项目计划表\n序号,项目名称,区域,总投资（亿元）,计划开工时间,计划完工时间\n"
            "1,十八梯三期,东部,12,2024.03,2025.10\n2,化龙桥道路,中部,6,2023.12,2024.10\n"
            "3,人和街,西部,3,2024.10,2024.12\n")
    csv, saved = typed_and_saved(tmp_path, "计划.csv", text)
    (t,) = read_import(saved).tables  # LibreOffice stored 2025.1, 2024.1 and 2024.1
    assert [(r["start"], r["completion"]) for r in t.records] == \
        [("2024Q1", "2025Q4"), ("2023Q4", "2024Q4"), ("2024Q4", "2024Q4")]
    assert [r["completion_text"] for r in t.records] == ["2025.10", "2024.10", "2024.12"]
    assert not [p for p in t.problems if p.severity != "info"]
    assert "读作2024年10月：本表的月份写作两位（如“2024.03”），Excel 把“2024.10”存成了数字 2024.1" in \
        [p.message for p in t.problems if (p.row, p.column) == (5, "E")]
    # a list writing March "2024.3" may mean either by 2024.1: January, and the planner asked, as before
    (t,) = read_import(typed_and_saved(tmp_path, "b.csv", text.replace("2024.03", "2024.3"))[1]).tables
    assert [r["start"] for r in t.records] == ["2024Q1", "2023Q4", "2024Q1"]
    assert [(p.row, p.column) for p in t.problems if p.severity == "warning"] == [(3, "F"), (4, "F"), (5, "E")]


def test_a_date_cell_no_date_can_show_is_a_problem_at_its_cell(db, tmp_path):
    # -1e308 in a date cell stopped the spreadsheet library with a panic that no handler caught; 9999-12-31,
    # the last day Excel has, stopped the import with "year out of range"
    import datetime

    path = _dated_sheet(tmp_path / "bad.xlsx", [-1e308, datetime.datetime(9999, 12, 31), 45352])
    imp = preview(db, read_import(path))
    (t,) = imp.tables
    said = [(p.row, p.severity, p.text, p.message.split("；")[0]) for p in t.problems if p.column == "E"]
    assert said[:3] == [(3, "warning", "-1e+308", "单元格设为日期格式，但其中的数 -1e+308 不是任何日期"),
                        (3, "error", "-1e+308", "应为季度或日期，如 2024年一季度、2024Q1、2024年3月、2024-03-15，或“续建”“前期”"),
                        (4, "error", "9999-12-31 00:00:00", "日期超出范围")]
    assert imp.has_errors  # nothing is written


def test_a_merge_of_blank_cells_below_the_table_is_nothing(tmp_path):
    # a merge kept below the last row with a value: the readers give no row there, and filling the merge
    # down stopped the import with "list index out of range"
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    for row in [["2024年重点任务分解表"], ["序号", "目标任务", "具体举措", "牵头单位", "完成时限"],
                [1, "固定资产投资增长5%", "实施重点项目50个", "区发展改革委", "2024年12月"]]:
        ws.append(row)
    ws.merge_cells("C8:C9")
    wb.save(tmp_path / "分解.xlsx")
    (t,) = read_import(tmp_path / "分解.xlsx").tables
    assert [(r["measure"], r["text"], r["quarter"]) for r in t.records] == [
        ("固定资产投资增长5%", "实施重点项目50个", "2024Q4")]


def test_a_csv_with_its_lines_ended_as_an_old_mac_ends_them(lo_csv_files, tmp_path):
    # Excel for Mac's "CSV (Macintosh)" ends lines with \r alone: a \r inside an unquoted cell stopped the reading
    # ("new-line character seen in unquoted field")
    src = lo_csv_files["key-projects-2024"]
    mac = tmp_path / "mac.csv"
    mac.write_bytes(src.read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r"))
    (want,), (got,) = read_import(src).tables, read_import(mac).tables
    assert got.kind == want.kind and len(got.records) == len(want.records) > 5
    assert [(r["name"], r["start"], r["total_investment"]) for r in got.records] == \
        [(r["name"], r["start"], r["total_investment"]) for r in want.records]


def test_a_number_written_with_an_exponent_is_that_number_or_words():
    # "1e+20" (a long number as a spreadsheet shows it, stored as text) was read as 20
    from milestones.spreadsheet.table import figure_in

    assert figure_in("1e+20", None) == (1e20, None)
    assert figure_in("1.5E+3", "亿元") == (1500.0, None)
    assert figure_in("1e309", None) == (None, "1e309")  # no number there is: kept as words


def test_an_xlsx_parsed_early_reads_as_one_parsed_when_read(lo_files, tmp_path):
    # `milestones import` starts calamine on the file while it loads the code that reads it; a file that fails
    # the zip's checks (a bomb) is never handed to the parser early, and the reading says why as before
    from milestones.spreadsheet.read import parse_early
    from tests.spreadsheet.bad_files import make_corpus

    path = lo_files["key-projects-2024"]
    parsing = parse_early(path)
    assert parsing is not None
    early, late = read_import(path, parsing=parsing).as_dict(), read_import(path).as_dict()
    assert early == late and early["tables"][0]["records"]
    corpus = make_corpus(tmp_path)
    for name in ("zip bomb", "not a zip", "truncated", "zero bytes", "no such file", "zip that is not office"):
        assert parse_early(corpus[name][0]) is None, name
    table = _csv(tmp_path, "a.csv", "2024年重点项目计划表\n序号,项目名称\n1,甲项目\n")
    assert parse_early(table) is None  # read as text, as before


def test_a_mark_typed_after_a_figure_is_the_figure_and_a_range_is_said_as_one(tmp_path):
    # "12，" and "12." refused the whole row as "不是数字"; "12-15" said only that, not why
    t = read_import(_csv(tmp_path, "p.csv", "2024年重点项目计划表\n序号,项目名称,总投资（亿元）,年度计划投资（亿元）\n"
                                            '1,甲项目,"12，",3。\n2,乙项目,12.,3\n3,丙项目,12-15,3\n')).tables[0]
    got = {r["name"]: (r["total_investment"], r["annual_investment"]) for r in t.records}
    assert got == {"甲项目": (12.0, 3.0), "乙项目": (12.0, 3.0)}
    said = {(p.row, p.column, p.text): (p.severity, p.message) for p in t.problems if p.row}
    assert said[(3, "C", "12，")] == ("warning", "按 12 记入")
    assert said[(5, "C", "12-15")] == ("error", "是一个范围，不是一个数；请填一个数（如 12.5）")


def test_a_figure_with_a_space_in_it_is_refused_unless_the_space_groups_thousands(tmp_path):
    # "3 2" (the point lost in a paste from a page) stood as 32 亿元, ten times the figure; "1 234" and "1 234 567"
    # group thousands, as a web page or a French Excel writes them
    from tests.spreadsheet.conftest import csv_file

    src = csv_file(tmp_path, "空格.csv", "2024年重点项目计划表\n序号,项目名称,总投资（亿元）,年度计划投资（万元）\n"
                                         "1,甲项目,3\u00a02,1 234\n2,乙项目,12,5 000\n3,丙项目,2 5,800\n")
    (t,) = read_import(src).tables
    assert {r["name"]: (r["total_investment"], r["annual_investment"]) for r in t.records} == {"乙项目": (12.0, 0.5)}
    assert [(p.row, p.column, p.text, p.severity) for p in t.problems if "空格" in p.message] == [
        (3, "C", "3 2", "error"), (5, "C", "2 5", "error")]  # (the text as shown)
    assert {r["name"] for r in t.records} == {"乙项目"}


def test_a_figure_of_endless_digits_is_refused_at_once(tmp_path):
    # 20,000 digits pasted into 总投资: the number patterns took 5 s on the cell (as the square of its length)
    from tests.spreadsheet.conftest import csv_file

    src = csv_file(tmp_path, "长数字.csv", "2024年重点项目计划表\n序号,项目名称,总投资（亿元）\n"
                                           f"1,甲项目,{'1' * 20_000}\n2,乙项目,12\n")
    (t,) = read_import(src).tables
    assert [r["name"] for r in t.records] == ["乙项目"]
    assert [(p.row, p.column, p.message) for p in t.problems if p.severity == "error"] == [
        (3, "C", "数字位数过多，不是一个数；应为数字（如 12.5 或 1,250）")]


@pytest.mark.timeout(90)  # a hang guard: the three tables took 182 s, 37 s and 2 s before
def test_cells_a_page_long_in_any_column_are_read_in_time_as_the_square_of_nothing(tmp_path):
    # a paste of a whole page or of endless digits into one cell: the patterns that find a span's two ends, a
    # heading's count, a deadline's items took time as the square of the cell's length (a minute a column)
    from tests.spreadsheet.conftest import csv_file

    pages = ["1" * 20_000, "2024年" * 4_000, "1 " * 10_000, "推进老旧小区改造，完成改造12个，" * 1_200, "1-" * 10_000]
    tables = {
        "key_projects": (["序号", "项目名称", "区域", "总投资（亿元）", "计划开工", "开竣工时间", "责任单位"],
                         [0, "甲项目", "东部", 3, "2024年一季度", "2024.03-2025.12", "区商务委"]),
        "measures": (["序号", "重点任务", "工作目标", "牵头单位", "完成时限"],
                     [0, "加快建设现代服务业", "新引进首店40家", "区商务委", "2024年12月底"]),
        "indicator_results": (["序号", "指标名称", "单位", "目标", "完成", "完成情况"],
                              [0, "地区生产总值增速", "%", "6%左右", "5.2", "未完成"])}
    for kind, (header, base) in tables.items():
        out = io.StringIO()
        w = csv.writer(out)
        w.writerow(["2023年表" if kind == "indicator_results" else "2024年表"])
        w.writerow(header)
        n = 0
        for page in pages:
            for col in range(1, len(header)):
                n += 1
                row = list(base)
                row[0], row[1], row[col] = n, f"{base[1]}{n}", page
                w.writerow(row)
        (t,) = read_import(csv_file(tmp_path, f"{kind}.csv", out.getvalue()), kind=kind).tables
        # every row is read or said (a page in a number, a date or a unit's cell is a problem on its row)
        said = set(t.rows) | {p.row for p in t.problems if p.row}
        assert t.kind == kind and [r for r in range(3, n + 3) if r not in said] == [], kind


def test_a_number_no_spreadsheet_program_writes_is_refused_at_its_cell(tmp_path):
    # <v>1e400</v> and <v>NaN</v> in a sheet's XML (a generator's bug, a hand edit): calamine reads them as inf and
    # nan, which were imported as a total investment of "inf 亿元" and a year's plan of NaN (and broke --json)
    import re
    import zipfile

    import openpyxl

    from tests.spreadsheet.bad_files import _replace_member

    wb = openpyxl.Workbook()
    for row in (["2024年重点项目计划表"], ["序号", "项目名称", "总投资（亿元）", "年度计划投资（亿元）"],
                [1, "甲项目", 3, 1], [2, "乙项目", 5, 2], [3, "丙项目", 8, 4]):
        wb.active.append(row)
    wb.save(tmp_path / "src.xlsx")
    with zipfile.ZipFile(tmp_path / "src.xlsx") as z:
        xml = z.read("xl/worksheets/sheet1.xml")
    for ref, value in (("C3", b"1e400"), ("D4", b"NaN"), ("C5", b"-inf")):
        xml, n = re.subn(rb'(<c r="%s"[^>]*><v>)[^<]*' % ref.encode(), rb"\g<1>" + value, xml)
        assert n == 1
    src = _replace_member(tmp_path / "src.xlsx", tmp_path / "溢出.xlsx", "xl/worksheets/sheet1.xml", xml)
    (t,) = read_import(src).tables
    assert t.records == []
    assert [(p.row, p.column, p.severity) for p in t.problems if "数字" in p.message] == [
        (3, "C", "error"), (4, "D", "error"), (5, "C", "error")]
    assert json.loads(json.dumps(read_import(src).as_dict(), allow_nan=False))  # valid JSON: no NaN, no Infinity


def test_a_number_no_program_writes_in_an_xml_2003_spreadsheet_is_refused_at_its_cell(tmp_path):
    # a system's "导出Excel" as XML 2003 with ss:Type="Number" over "1e400": it was a total investment of inf
    src = tmp_path / "导出.xls"
    cells = lambda *vs: "<Row>" + "".join(  # noqa: E731
        f'<Cell><Data ss:Type="{"Number" if t == "n" else "String"}">{v}</Data></Cell>' for t, v in vs) + "</Row>"
    src.write_text('<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?><Workbook xmlns="urn:schemas-'
                   'microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">'
                   '<Worksheet ss:Name="S"><Table>' + cells(("s", "2024年重点项目计划表"))
                   + cells(("s", "序号"), ("s", "项目名称"), ("s", "总投资（亿元）"))
                   + cells(("n", 1), ("s", "甲项目"), ("n", "1e400")) + cells(("n", 2), ("s", "乙项目"), ("n", 5))
                   + "</Table></Worksheet></Workbook>", encoding="utf-8")
    (t,) = read_import(src).tables
    assert [r["name"] for r in t.records] == ["乙项目"]
    assert [(p.row, p.column, p.text) for p in t.problems if p.severity == "error"] == [(3, "C", "1e400")]
