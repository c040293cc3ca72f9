"""Marks on a project's name that the table's note explains: "注：标★的为2025年新开工项目，标*的为新增项目". The ★ was
taken off the name and said to be unexplained; the nature it gives was lost (no 建设性质 column), and the * of a list's
new entry was called unexplained too."""
import pytest
from sqlalchemy import select

from milestones.spreadsheet.importer import preview, read_import, write
from milestones.store.schema import KeyProject, PlanEntry
from milestones.ui.problem_text import english

from .conftest import csv_file

MARKED = "key-projects-nature-marks-2025"


@pytest.mark.parametrize("saved", ["lo_files", "lo_ods_files", "lo_csv_files"])
def test_a_mark_the_note_explains_gives_the_nature_and_is_not_called_unexplained(saved, request):
    (t,) = read_import(request.getfixturevalue(saved)[MARKED]).tables
    assert (t.kind, t.year) == ("key_projects", 2025)
    got = {r["name"]: (r["nature"], r["total_investment"]) for r in t.records}
    assert got == {"解放碑步行街提档升级项目": ("新开工", 10.5),
                   "化龙桥片区城市更新项目": (None, 30.0),  # new on the list: no nature said
                   "大坪医院扩建项目": (None, 12.0),  # unmarked: the note says nothing of it
                   "鹅岭公园配套提升": ("新开工", 8.0)}  # "*★": both marks read, the ★ gives the nature
    messages = [p.message for p in t.problems]
    assert "按表注，名称带“★”的为新开工项目" in messages and "按表注，名称带“*”的为新增项目" in messages
    assert not [m for m in messages if "没有说明它的意思" in m]
    assert not [p for p in t.problems if p.severity == "error"]


def test_the_nature_from_a_mark_is_written(db, lo_files):
    imp = read_import(lo_files[MARKED])
    preview(db, imp)
    write(db, imp)
    with db.session() as s:
        natures = dict(s.execute(select(KeyProject.name, PlanEntry.nature).join(PlanEntry.project)).all())
    assert natures["解放碑步行街提档升级项目"] == "新开工" and natures["大坪医院扩建项目"] is None


def test_one_note_can_say_a_level_and_a_nature(tmp_path):
    path = csv_file(tmp_path, "marks.csv",
                    "2025年重点项目计划表\n序号,项目名称,总投资（亿元）,责任单位\n"
                    "1,★十八梯二期,12.5,区住房城乡建委\n2,七星岗片区更新▲,6.8,区住房城乡建委\n"
                    "3,★▲巴蜀小学扩建,3,区教委\n4,区人民医院门诊楼,9,区卫生健康委\n"
                    "注：带★的为市级重点项目；带▲的为计划新开工项目。,,,\n")
    (t,) = read_import(path).tables
    got = {r["name"]: (r["level"], r["nature"]) for r in t.records}
    assert got == {"十八梯二期": ("市级重点", None), "七星岗片区更新": (None, "新开工"),
                   "巴蜀小学扩建": ("市级重点", "新开工"), "区人民医院门诊楼": (None, None)}


def test_a_nature_column_wins_over_the_mark(tmp_path):
    path = csv_file(tmp_path, "marks.csv",
                    "2025年重点项目计划表\n序号,项目名称,建设性质,总投资（亿元）\n"
                    "1,★七星岗片区更新,,6.8\n2,★十八梯二期,续建,12.5\n"
                    "注：标★的为新开工项目\n")
    (t,) = read_import(path).tables
    assert {r["name"]: r["nature"] for r in t.records} == {"十八梯二期": "续建", "七星岗片区更新": "新开工"}


def test_a_mark_no_note_explains_is_still_said(tmp_path):
    path = csv_file(tmp_path, "marks.csv",
                    "2025年重点项目计划表\n序号,项目名称,总投资（亿元）\n1,十八梯二期▲,12.5\n2,★七星岗片区更新,6.8\n"
                    "注：标★的为新开工项目\n")
    (t,) = read_import(path).tables
    assert {r["name"]: r["nature"] for r in t.records} == {"十八梯二期": None, "七星岗片区更新": "新开工"}
    unexplained = [p for p in t.problems if "没有说明它的意思" in p.message]
    assert [(p.row, p.text) for p in unexplained] == [(3, "十八梯二期▲")]


def test_the_notes_read_in_english():
    assert english("按表注，名称带“★”的为新开工项目") == "as the table's note says, projects marked “★” are “新开工” ones"
