"""How big a key project is, where a list gives it a column a figure ("用地面积（亩）", "总建筑面积（万平方米）",
"道路长度（公里）"): a project has no field for it, and it was lost at the import, said only as "no field". It is kept in
the project's 备注, one line, and an unchanged file imported again changes nothing."""
from __future__ import annotations

from milestones.spreadsheet.export import export
from milestones.spreadsheet.importer import preview, read_import, write
from milestones.ui.problem_text import english
from tests.spreadsheet.conftest import typed_and_saved

_SIZES = ("2024年重点项目计划表\n"
          "序号,项目名称,用地面积（亩）,总建筑面积（万平方米）,道路长度（公里）,总投资（亿元）,年度计划投资（亿元）,备注\n"
          "1,十八梯三期,50,12.5,,12,3,市级重点\n"
          "2,化龙桥道路,约80亩,—,2.3,6,2,\n"
          "3,解放碑步行街提升,0,,,3,1,\n")


def test_a_projects_size_is_kept_in_its_notes(tmp_path):
    for path in typed_and_saved(tmp_path, "规模.csv", _SIZES):
        (t,) = read_import(path).tables
        assert t.errors == [], path
        assert [r.get("notes") for r in t.records] == [
            "市级重点；建设规模：用地面积50亩，总建筑面积12.5万平方米",
            "建设规模：用地面积约80亩，道路长度2.3公里",  # (the cell's own unit as written; "—" no size)
            None]  # 0: nothing to keep
        (said,) = [p.message for p in t.problems if "建设规模" in p.message]
        assert said == "第C至E列是项目的建设规模：没有对应的字段，记入项目的备注"
        assert english(said) == ("columns C to E give the project's size: no field of their own, kept in the "
                                 "project's notes")
        assert not [p for p in t.problems if "没有对应的字段，未导入" in p.message]


def test_the_size_in_the_notes_survives_export_and_a_second_import(db, tmp_path):
    path = typed_and_saved(tmp_path, "规模.csv", _SIZES)[1]
    write(db, preview(db, read_import(path)))
    assert preview(db, read_import(path)).diffs[0].counts()["unchanged"] == 3  # nothing doubled in the notes
    out = tmp_path / "out.xlsx"
    export(db, "key_projects", out, year=2024)
    (back,) = read_import(out).tables
    assert {r["name"]: r.get("notes") for r in back.records}["十八梯三期"] == "市级重点；建设规模：用地面积50亩，总建筑面积12.5万平方米"
    assert preview(db, read_import(out)).diffs[0].counts()["changed"] == 0
