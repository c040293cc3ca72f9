"""A 形象进度 table with no 序号 column whose zones and streets are headings typed alone on their rows, with no
number ("东部片区", then "解放碑街道", merged across the table). Each was read as a project with nothing filled in,
and the projects under them had no zone."""
import pytest

from milestones.spreadsheet.importer import read_import
from milestones.spreadsheet.zones import area_word, names_a_group

FIXTURE = "key-projects-unnumbered-zone-and-street-headings-2025"


@pytest.mark.parametrize("saved", ["lo_files", "lo_ods_files", "lo_csv_files"])
def test_unnumbered_zone_and_street_rows_are_headings(saved, request):
    (t,) = read_import(request.getfixturevalue(saved)[FIXTURE]).tables
    assert t.kind == "key_projects" and t.year == 2025
    got = {r["name"]: (r["zone"], r["area"], r["start"], r["completion"]) for r in t.records}
    assert got == {"解放碑地下环道二期": ("东部", "解放碑街道", "2024Q4", "2026Q4"),
                   "朝天门码头改造": ("东部", "解放碑街道", "2025Q1", "2025Q4"),
                   "化龙桥智慧园区": ("西部", None, "2025Q2", "2026Q4")}
    goals = {r["name"]: [q.get("goal") for q in r["quarters"].values()] for r in t.records}
    assert goals["朝天门码头改造"] == ["开工建设", "主体施工", "装饰装修", "竣工验收"]
    assert not [p for p in t.problems if p.severity == "error"]


def test_a_row_merged_across_the_table_is_a_heading_whatever_it_names(tmp_path):
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.append(["2025年重点项目计划表"])
    ws.append(["项目名称", "总投资（亿元）", "计划开工时间", "计划竣工时间", "责任单位"])
    ws.append(["文旅项目"])
    ws.merge_cells("A3:E3")
    ws.append(["十八梯二期", 5, "2025年3月", "2026年6月", "区文旅委"])
    ws.append(["白象街提升", 3, "2025年6月", "2025年12月", "区文旅委"])
    ws.append(["仓储物流中心"])  # alone but not merged, naming no group: a project with nothing filled in yet
    path = tmp_path / "merged-headings.xlsx"
    wb.save(path)
    (t,) = read_import(path).tables
    assert [(r["name"], r["class"]) for r in t.records] == [("十八梯二期", "文旅项目"), ("白象街提升", "文旅项目"),
                                                           ("仓储物流中心", "文旅项目")]


@pytest.mark.parametrize("text", ["解放碑街道", "（二）化龙桥街道"])
def test_a_street_heads_its_projects_as_an_area(text):
    assert area_word(text) and names_a_group(text)
