"""A task list as offices type it: several numbered targets in one cell, a line each, every line ending in "；"
(the second and third targets were read as "；2.新开工重点项目20个以上"), and the units in one cell as
"区人力社保局牵头，各街道配合" (kept whole as the responsible unit, no partners)."""
import pytest

from milestones.spreadsheet.importer import preview, read_import, write
from milestones.spreadsheet.measures import _leads_then_partners
from milestones.ui.problem_text import english

TASKS = "measures-numbered-lines-2025"


@pytest.mark.parametrize("saved", ["lo_files", "lo_ods_files"])
def test_numbered_targets_a_line_each_are_one_target_each(saved, request):
    (t,) = read_import(request.getfixturevalue(saved)[TASKS]).tables
    assert (t.kind, t.year) == ("measures", 2025)
    invest = [(r["text"], r["value"], r["unit"]) for r in t.records if r["measure"] == "扩大有效投资"]
    assert invest == [("完成固定资产投资增长5%", 5.0, "%"), ("新开工重点项目20个以上", 20.0, "个"),
                      ("争取专项债券额度30亿元", 30.0, "亿元")]
    assert not [p for p in t.problems if p.severity != "info"]


def test_a_lead_then_its_partners_in_words_are_the_unit_and_the_partners(lo_files, db):
    imp = read_import(lo_files[TASKS])
    (t,) = imp.tables
    jobs = [(r["responsible_unit"], r["partner_units"]) for r in t.records if r["measure"] == "稳定就业"]
    assert jobs == [("区人力社保局", "各街道")] * 2
    said = [(p.row, p.column, p.message) for p in t.problems]
    assert (8, "E", "“牵头”的单位作为责任单位，“配合”的作为配合单位导入") in said
    preview(db, imp)
    write(db, imp)


@pytest.mark.parametrize("cell, read", [
    ("区人力社保局牵头，各街道配合", ("区人力社保局", "各街道")),
    ("由区商务委牵头，区财政局、各街道参与", ("区商务委", "区财政局、各街道")),
    ("区发展改革委牵头，区财政局等相关部门配合", ("区发展改革委", "区财政局")),
    ("区商务委、区财政局牵头，各街道配合。", ("区商务委、区财政局", "各街道")),
    ("区商务委牵头", ("区商务委", None)),
    ("区商务委牵头做好统筹", None),  # words, not a list of units: kept as written
    ("张三牵头，李四配合", None),
])
def test_the_lead_and_its_partners_in_one_cell(cell, read):
    assert _leads_then_partners(cell) == read


def test_the_note_reads_in_english():
    assert english("“牵头”的单位作为责任单位，“配合”的作为配合单位导入").startswith("the unit said to lead (“牵头”)")
