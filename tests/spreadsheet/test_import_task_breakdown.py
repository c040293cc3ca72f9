"""A 目标任务分解表 as district offices lay it out: the report's targets as tasks, what is to be done
for each, and the units answering for them."""
import pytest

from tests.spreadsheet.conftest import exported_back, one_table as _table


@pytest.mark.parametrize("saved", ["lo_files", "lo_ods_files", "lo_csv_files"])
def test_a_target_task_beside_its_measures_is_the_task_and_the_measures_its_targets(saved, request):
    # "目标任务 | 具体举措": both read as the target, the second dropped as the same field, so each task
    # was a target of its own and what the table breaks it into was lost
    t, r = _table(request.getfixturevalue(saved)["measures-tasks-and-their-measures-2024"])
    got = [(v["measure"], text, v["responsible_unit"], v["quarter"]) for text, v in r.items()]
    assert got == [("固定资产投资增长5%", "实施重点项目50个", "区发展改革委", "2024Q4"),
                   ("固定资产投资增长5%", "新开工项目15个", "区住房城乡建委", "2024Q3"),
                   ("社会消费品零售总额增长6%", "举办促消费活动100场以上", "区商务委", "2024Q4"),
                   # merged down over the rows of two units: one target both answer for
                   ("建成投用红岩村学校", "完成主体工程和室外配套，确保秋季开学前投用", "区教委、区住房城乡建委", "2024Q3")]
    assert {v["leader"] for v in r.values() if v["measure"] == "固定资产投资增长5%"} == {"张三"}
    said = [p.message for p in t.problems]
    assert "第B列“目标任务”是任务，第C列“具体举措”是它的目标" in said
    assert "与第9行是同一目标（合并单元格），本行的单位和完成时限一并记入该目标" in said
    assert not [p for p in t.problems if p.severity == "warning"]


def test_a_target_merged_over_two_units_keeps_both_and_the_later_deadline(db, lo_files, tmp_path):
    # the second unit's row had no target of its own and was left out without a word
    imp = _read(lo_files["measures-tasks-and-their-measures-2024"])
    back = exported_back(db, imp, tmp_path / "举措.xlsx")
    (t,) = back.tables
    school = next(v for v in t.records if v["measure"] == "建成投用红岩村学校")
    assert (school["responsible_unit"], school["quarter"]) == ("区教委、区住房城乡建委", "2024Q3")
    assert back.diffs[0].changed == {} and not back.diffs[0].new  # the export gives back what was imported


def _read(path):
    from milestones.spreadsheet.importer import read_import
    return read_import(path)
