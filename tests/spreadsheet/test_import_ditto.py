""""同上" (or "〃") typed for "the same as the row above", as offices fill a list by hand: it was read as itself —
"区域应为 东部、中部、西部 或 全区", "应为季度或日期" — and the row refused, its project lost from the import."""
import pytest

from milestones.spreadsheet.importer import read_import
from milestones.ui.problem_text import english

FIXTURE = "key-projects-ditto-2025"


@pytest.mark.parametrize("saved", ["lo_files", "lo_ods_files", "lo_csv_files"])
def test_as_above_takes_the_value_of_the_row_above(saved, request):
    (t,) = read_import(request.getfixturevalue(saved)[FIXTURE]).tables
    got = {r["name"]: (r["zone"], r["area"], r["start"], r["completion"], r["responsible_unit"]) for r in t.records}
    assert got == {"十八梯二期": ("东部", "解放碑", "2025Q1", "2026Q4", "区住房城乡建委"),
                   "七星岗片区更新": ("东部", "解放碑", "2025Q1", "2027Q2", "区住房城乡建委"),
                   # a "同上" under a "同上" is the value that one took
                   "较场口夜市提升": ("东部", "解放碑", "2025Q2", "2027Q2", "区商务委"),
                   "化龙桥商务区": ("西部", "化龙桥", "2024Q3", "2027Q4", "区商务委")}
    said = [p for p in t.problems if "同上" in p.message]
    assert [(p.severity, p.row, p.message) for p in said] == [
        ("info", 4, "有8处“同上”（第C、D、F、G、H列），按上一行的值填入")]
    assert not [p for p in t.problems if p.severity != "info"]


def test_as_above_with_nothing_above_is_said_at_its_cell(tmp_path):
    path = tmp_path / "first.csv"
    path.write_text("2025年重点项目计划表\n序号,项目名称,区域,计划开工时间\n1,十八梯二期,同上,2025年3月\n"
                    "2,七星岗片区更新,东部,同上\n", encoding="utf-8")
    (t,) = read_import(path).tables
    bad = [(p.severity, p.row, p.column, p.text) for p in t.problems if "上一行这一列没有填写" in p.message]
    assert bad == [("error", 3, "C", "同上")]
    assert t.errors  # nothing is written until the planner fills it in
    assert [(r["name"], r["start"]) for r in t.records][1] == ("七星岗片区更新", "2025Q1")


def test_as_above_in_an_indicator_tables_unit_column(tmp_path):
    path = tmp_path / "targets.csv"
    path.write_text("2025年主要预期目标\n序号,指标,单位,预期目标\n1,地区生产总值增长,%,6左右\n2,固定资产投资增长,同上,5\n",
                    encoding="utf-8")
    (t,) = read_import(path).tables
    assert [(r["name"], r["unit"]) for r in t.records] == [("地区生产总值增长", "%"), ("固定资产投资增长", "%")]


def test_the_notes_in_english():
    assert english("有3处“同上”（第C、E、F列），按上一行的值填入") == \
        "3 cells say “同上” (“as above”, columns C, E, F): the value of the row above is taken"
