"""Every table the project has met, imported into an empty plan, exported and read back: nothing new, nothing
changed. (Two did change: a 附件1's adjusted indicator gained its adjustment as a remark, and a list's year's goal
"开工建设" came back as a start in the fourth quarter.)"""
import pytest

from milestones.spreadsheet.export import export
from milestones.spreadsheet.importer import preview, read_import, write
from milestones.store import open_store
from tests.spreadsheet.conftest import exported_back


@pytest.mark.parametrize("saved", ["lo_files", "lo_csv_files"])
def test_every_fixture_exported_reads_back_unchanged(saved, request, tmp_path):
    changed, tried = {}, 0
    for name, path in sorted(request.getfixturevalue(saved).items()):
        db = open_store(tmp_path / f"{name}.db", with_sample=False)
        try:
            imp = preview(db, read_import(path))
            if imp.has_errors or len(imp.importable) != 1 or imp.importable[0].kind == "report":
                continue  # several tables, or one the planner must name the year of
            (t,) = imp.importable
            write(db, imp)
            out = tmp_path / f"{name}.xlsx"
            export(db, t.kind, out, year=t.year)
            back = preview(db, read_import(out))
            tried += 1
            for d in back.diffs.values():
                if d.new or d.changed:
                    changed[name] = (len(d.new), {k: v for k, v in list(d.changed.items())[:2]})
        finally:
            db.close()
    assert tried > 80
    assert changed == {}


def test_a_targets_table_naming_no_units_reads_back_its_amounts(empty_db, tmp_path):
    # with no unit given, "1631.3、增长5.2%" (the amount and its growth, as the export writes them in one cell)
    # was read back as 5.2, the growth
    src = tmp_path / "附件2.csv"
    src.write_text("2024年国民经济和社会发展主要预期目标\n指标,2023年预计完成,预计增长（%）,2024年预期目标,属性\n"
                   "地区生产总值,1631.3,5.2,增长6%左右,预期性\n一般公共预算收入,52.1,3.1,增长4%,预期性\n", encoding="utf-8")
    back = exported_back(empty_db, preview(empty_db, read_import(src)), tmp_path / "out.xlsx", "indicator_targets")
    assert back.diffs[0].counts() == {"new": 0, "changed": 0, "unchanged": 2, "missing": 0}
    assert [(r["name"], r["previous_actual"]) for r in back.tables[0].records] == [
        ("地区生产总值", 1631.3), ("一般公共预算收入", 52.1)]
