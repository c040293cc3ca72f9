"""Bad input gets a clear error and the database stays byte-for-byte as it was."""
import subprocess
import sys

import pytest

from milestones.spreadsheet.importer import read_import
from tests.spreadsheet.bad_files import make_corpus
from tests.spreadsheet.conftest import db_state


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return make_corpus(tmp_path_factory.mktemp("bad"))


def test_the_corpus_has_at_least_thirty_bad_files(corpus):
    assert len(corpus) >= 30


def _messages(imp) -> str:
    return "\n".join(str(p) for p in [*imp.problems, *(p for t in imp.tables for p in t.problems)])


def test_every_bad_file_gives_a_clear_message_and_writes_nothing(corpus, tmp_path):
    from milestones.store import open_store

    db_path = tmp_path / "plan.db"
    open_store(db_path).close()
    before = db_state(db_path)
    failures = []
    for name, (path, word, kw) in corpus.items():
        r = subprocess.run([sys.executable, "-m", "milestones", "--db", str(db_path), "import", str(path),
                            *(f"--{k}={v}" for k, v in kw.items())],
                           capture_output=True, text=True, timeout=120)
        out = r.stdout + r.stderr
        if r.returncode == 0 or "Traceback" in out or word not in out:
            failures.append(f"{name}: exit {r.returncode}, wanted “{word}” in:\n{out[-600:]}")
    assert not failures, "\n\n".join(failures)
    assert db_state(db_path) == before


def test_problems_name_the_sheet_row_column_and_text(corpus):
    path, _, _ = corpus["unparseable quarter"]
    imp = read_import(path)
    (p,) = [p for p in imp.tables[0].problems if p.severity == "error"]
    assert (p.sheet, p.row, p.column, p.text) == ("Sheet1", 4, "E", "明年春天")
    assert "2024年一季度" in p.message  # says what was expected


def test_a_file_with_errors_is_not_written_even_partly(corpus, db):
    from milestones.spreadsheet.importer import write

    imp = read_import(corpus["unparseable quarter"][0])
    assert imp.tables[0].records  # two good rows were read …
    with pytest.raises(ValueError):
        write(db, imp)  # … and still nothing is written


def test_a_formula_without_a_cached_value_is_warned_about(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["序号", "项目名称", "总投资（亿元）"])
    ws.append([1, "甲项目", "=1+2"])  # openpyxl stores no computed value
    f = tmp_path / "formula.xlsx"
    wb.save(f)
    imp = read_import(f)
    assert any("公式" in p.message and p.column == "C" and p.row == 2 for p in imp.tables[0].problems)
    # the formula is what the problem shows as found, so the planner knows the cell ("" was shown)
    (said,) = [p for p in imp.tables[0].problems if "公式" in p.message]
    assert said.text == "=1+2"


def test_a_formula_with_a_cached_value_reads_as_that_value(tmp_path):
    import xlsxwriter

    f = tmp_path / "cached.xlsx"
    wb = xlsxwriter.Workbook(str(f))
    ws = wb.add_worksheet()
    ws.write_row(0, 0, ["序号", "项目名称", "总投资（亿元）"])
    ws.write_row(1, 0, [1, "甲项目"])
    ws.write_formula(1, 2, "=1+2", None, 3)
    wb.close()
    imp = read_import(f)
    assert imp.tables[0].records[0]["total_investment"] == 3
    assert not any("公式" in p.message for p in imp.tables[0].problems)


def test_a_wps_file_that_holds_an_xlsx_is_read(lo_files, tmp_path):
    # WPS names what it saves .et whatever the format chosen: one that holds an xlsx's zip was refused with "save it
    # as .xlsx", which it already was; the compound .et of the corpus is still refused with that message
    et = tmp_path / "重点项目.et"
    et.write_bytes(lo_files["key-projects-ditto-2025"].read_bytes())
    (t,) = read_import(et).tables
    assert (t.kind, t.year, t.errors) == ("key_projects", 2025, [])
    assert len(t.records) == len(read_import(lo_files["key-projects-ditto-2025"]).tables[0].records) > 0


def test_a_file_renamed_to_the_other_format_is_read_or_said_for_what_it_is(tmp_path):
    # a workbook renamed .csv said "含二进制内容": it is read as the workbook it is; a CSV renamed .xlsx said only
    # that it was no Office package: it says it is text, and to name it .csv
    from tests.spreadsheet.conftest import workbook_file

    book = workbook_file(tmp_path / "p.xlsx", {"重点项目": [["2024年重点项目表"], ["序号", "项目名称", "总投资（亿元）"],
                                                         [1, "甲项目", 10]]})
    renamed = book.rename(tmp_path / "p.csv")
    (t,) = read_import(renamed).tables
    assert (t.kind, [r["name"] for r in t.records]) == ("key_projects", ["甲项目"])
    text = tmp_path / "t.xlsx"
    text.write_text("2024年重点项目表\n序号,项目名称,总投资（亿元）\n1,甲项目,10\n", encoding="utf-8")
    imp = read_import(text)
    assert [p.message for p in imp.problems] == [
        "t.xlsx：不是 xlsx 文件（文件内容是文本，像是改了扩展名的 CSV：请把扩展名改为 .csv 后再导入）"]
    # an .xlsb neither library reads said both libraries' own English ("File not found: 'xl/workbook.bin'")
    binary = tmp_path / "b.xlsb"
    binary.write_bytes((tmp_path / "p.csv").read_bytes())
    assert [p.message for p in read_import(binary).problems] == [
        "b.xlsb：无法读取这个 Excel 二进制工作簿（.xlsb）：请在 Excel 或 WPS 中“另存为” .xlsx 后再导入"]
