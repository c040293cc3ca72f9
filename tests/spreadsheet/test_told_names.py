"""An import keeps what it was told is the plan's ("解放碑" is 解放碑中央商务区, "重庆长滨项目" is 重庆长滨) for the next
one: a unit writes the same name again next quarter, and the planner said it once. Kept in the plan, shared, taken
back with the import's undo, forgotten when the planner says to read the file as it is."""
from sqlalchemy import select, update

from milestones.spreadsheet.importer import preview, read_import, take_told_names, write
from milestones.store.import_names import IMPORT_NAMES, remembered_names
from milestones.store.imports import revert_import
from milestones.store.schema import Area, KeyProject, Setting

LIST = "2024年重点项目表\n序号,项目名称,区域,板块,总投资（亿元）\n1,新项目甲,东部,解放碑,3\n2,重庆长滨项目,东部,解放碑,88\n"


def _read(db, src, areas=None, names=None, *as_in_file):
    imp = read_import(src)
    unnamed = take_told_names(db, imp, areas or {}, names or {}, *as_in_file)
    return preview(db, imp), unnamed


def _notes(imp):
    return [p.message for t in imp.tables for p in t.problems if p.severity == "info"]


def _kept(db):
    with db.read() as s:
        return s.scalar(select(Setting.value).where(Setting.key == IMPORT_NAMES))


def test_what_an_import_was_told_is_used_by_the_next_and_said_so(db, tmp_path):
    src = tmp_path / "第一批.csv"
    src.write_text(LIST, encoding="utf-8")
    imp, unnamed = _read(db, src, {"解放碑": "解放碑中央商务区", "朝天门": "朝天门片区"}, {"重庆长滨项目": "重庆长滨"})
    assert unnamed == [("area", "朝天门")]
    receipt = write(db, imp)
    with db.read() as s:
        assert remembered_names(s) == ({"解放碑": "解放碑中央商务区"}, {"重庆长滨项目": "重庆长滨"})
    # next quarter's report, the same names: read as the plan's without being told, and said so
    q2 = tmp_path / "第二批.csv"
    q2.write_text(LIST.replace(",3\n", ",4\n"), encoding="utf-8")
    imp, unnamed = _read(db, q2)
    assert unnamed == []
    assert _notes(imp) == ["板块“解放碑”按已有板块“解放碑中央商务区”导入（沿用此前导入时的选择）",
                           "“重庆长滨项目”按已有项目“重庆长滨”导入（沿用此前导入时的选择）"]
    assert imp.diffs[0].counts() == {"new": 0, "changed": 1, "unchanged": 1, "missing": 48}
    # the first import undone: what it was told goes with it
    revert_import(db, receipt)
    assert _kept(db) is None


def test_read_as_the_file_says_forgets_and_the_undo_remembers_again(db, tmp_path):
    src = tmp_path / "第一批.csv"
    src.write_text(LIST, encoding="utf-8")
    imp, _ = _read(db, src, {"解放碑": "解放碑中央商务区"}, {"重庆长滨项目": "重庆长滨"})
    write(db, imp)
    kept = _kept(db)
    imp, _ = _read(db, src, {}, {}, {" 解放碑 "}, set())  # as the file says, typed with spaces
    assert imp.tables[0].records[0]["area"] == "解放碑" and imp.names_taken == {"重庆长滨项目": "重庆长滨"}
    receipt = write(db, imp)
    with db.read() as s:
        assert remembered_names(s) == ({}, {"重庆长滨项目": "重庆长滨"})
    revert_import(db, receipt)
    assert _kept(db) == kept


def test_a_name_kept_for_an_area_or_project_gone_since_is_not_used(db, tmp_path):
    """An area renamed since (or a project deleted) would be made anew under the old name: left out."""
    src = tmp_path / "第一批.csv"
    src.write_text(LIST, encoding="utf-8")
    imp, _ = _read(db, src, {"解放碑": "解放碑中央商务区"}, {"重庆长滨项目": "重庆长滨"})
    write(db, imp)
    with db.session() as s:
        s.execute(update(Area).where(Area.name == "解放碑中央商务区").values(name="解放碑CBD"))
        s.execute(update(KeyProject).where(KeyProject.name == "重庆长滨").values(name="长滨路", name_key="长滨路"))
    with db.read() as s:
        assert remembered_names(s) == ({}, {})
    imp, _ = _read(db, src)
    assert not imp.areas_taken and not imp.names_taken
    assert imp.tables[0].records[1]["name"] == "重庆长滨项目"


def test_a_kept_value_that_is_not_ours_is_ignored(db):
    with db.session() as s:
        s.add(Setting(key=IMPORT_NAMES, value='["not", "a", "mapping"]'))
    with db.read() as s:
        assert remembered_names(s) == ({}, {})
