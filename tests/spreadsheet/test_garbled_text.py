"""乱码: a UTF-8 CSV opened as another encoding and saved as a workbook. LibreOffice (and a Western Excel) keep every
byte, so the table is read as it was written, and said; a Chinese Excel reading it as GBK loses some: said, not
guessed, and nothing is written. A sheet that is not garbled is never touched."""
import pytest

from milestones.spreadsheet.importer import preview, read_import, write
from milestones.spreadsheet.mojibake import mended
from milestones.store.schema import KeyProject
from tests.spreadsheet.conftest import convert, db_state, workbook_file

_ROWS = ["附件2", "渝北区2024年重点项目计划表", "序号,项目名称,区域,板块,总投资（亿元）,计划开工,责任单位",
         "1,仙桃数据谷二期,东部,仙桃数据谷,12.5,2024年二季度,区经济信息委",
         "2,空港大道改造,西部,空港新城,3,2024年三季度,区住房城乡建委"]


@pytest.mark.parametrize("charset", ["1", "113"], ids=["windows-1252", "iso-8859-1"])
def test_a_csv_libreoffice_opened_as_western_text_reads_as_it_was_written(empty_db, tmp_path, charset):
    src = tmp_path / "渝北区重点项目.csv"
    src.write_text("\n".join(_ROWS) + "\n", encoding="utf-8")
    convert([src], tmp_path, "xlsx", f"CSV:44,34,{charset}")
    imp = preview(empty_db, read_import(tmp_path / "渝北区重点项目.xlsx"))
    (t,) = imp.tables
    assert (t.kind, t.year, t.title) == ("key_projects", 2024, "渝北区2024年重点项目计划表")
    assert [(r["name"], r["area"], r["total_investment"], r["responsible_unit"]) for r in t.records] == [
        ("仙桃数据谷二期", "仙桃数据谷", 12.5, "区经济信息委"), ("空港大道改造", "空港新城", 3.0, "区住房城乡建委")]
    (said,) = [p.message for p in t.problems if "乱码" in p.message]
    assert said.startswith("表中文字是乱码，已还原：如“") and "还原为“" in said and not t.errors
    write(empty_db, imp)
    with empty_db.read() as s:
        assert sorted(s.query(KeyProject.name)) == [("仙桃数据谷二期",), ("空港大道改造",)]


def test_a_csv_a_chinese_excel_opened_as_gbk_is_said_and_not_guessed_at(db, db_path, tmp_path):
    # "总投资（亿元）" is 21 bytes of UTF-8: read as GBK its last byte has no partner, and is lost
    garbled = [[cell.encode("utf-8").decode("gb18030", errors="replace") for cell in line.split(",")]
               for line in _ROWS]
    path = workbook_file(tmp_path / "重点项目.xlsx", {"Sheet1": garbled})
    before = db_state(db_path)
    imp = preview(db, read_import(path))
    (t,) = imp.tables
    assert not t.records and t.errors
    (error,) = [p.message for p in t.problems if p.severity == "error"]
    assert error.startswith("找不到表头：表中文字是乱码（如“") and "请直接导入原来的 CSV 文件" in error
    assert db_state(db_path) == before


def test_only_garbled_text_is_mended():
    assert mended("é™„ä»¶2") == "附件2"  # UTF-8 read as Windows-1252
    assert mended("闄勪欢2") == "附件2"  # read as GBK, every byte kept
    for text in ("附件2", "渝北区", "Café crème", "résumé", "2024年", "", "Ⅰ类"):
        assert mended(text) is None, text


def test_a_gbk_garbled_csv_some_of_whose_cells_mend_is_refused_whole(tmp_path):
    # saved again as CSV by the Excel that garbled it: "项目名称" and "区域" mended, "总投资（亿元）" and "仙桃数据谷"
    # (an odd number of bytes) did not, and the projects were imported without their investment, said as a 说明
    import subprocess
    import sys

    lines = ["渝北区2024年重点项目表", "序号,项目名称,区域,总投资（亿元）", "1,仙桃数据谷,东部,12.5", "2,空港大道,西部,3"]
    garbled = [",".join(c.encode("utf-8").decode("gb18030", errors="replace") for c in line.split(","))
               for line in lines]
    src = tmp_path / "重点项目.csv"
    src.write_text("\n".join(garbled) + "\n", encoding="gb18030")  # what a Chinese Excel writes as CSV
    (t,) = read_import(src).tables
    assert not t.records and [p.message[:16] for p in t.problems] == ["找不到表头：表中文字是乱码（如“"]
    r = subprocess.run([sys.executable, "-m", "milestones", "--db", str(tmp_path / "p.db"), "--empty", "import",
                        str(src)], capture_output=True, text=True, timeout=120)
    assert r.returncode != 0 and r.stdout.startswith("工作表“重点项目”：未识别，年度未知，0 条记录\n")  # it said "None"
    assert "已导入" not in r.stdout and "未写入任何数据" in r.stdout
