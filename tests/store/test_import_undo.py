"""Undoing an import takes back exactly it, and nothing anyone did since.

The undo used to put back every value the import had replaced and delete every row it had added, whatever
happened since: a colleague's later 责任单位 went back to the old one, and a project the import had added was
deleted with the 节点 a colleague had entered under it. Now it is refused whole, naming the row, as the undo of
an edit is; the planner's own later steps, undone first, are no obstacle."""
import pytest
from sqlalchemy import func, select

from milestones.spreadsheet.importer import preview, read_import, write
from milestones.store import open_store
from milestones.store.changes import Conflict, replace_project_details, update_row
from milestones.store.imports import revert_import
from milestones.store.schema import Area, KeyProject, Milestone


@pytest.fixture
def imported(db, db_path, tmp_path):
    """The bundled plan with a list imported into it: an existing project's 责任单位 changed, a new project added
    in a new area. Also a second planner on the same plan file, and the import's receipt."""
    with db.read() as s:
        existing = s.scalars(select(KeyProject).order_by(KeyProject.id)).first()
    path = tmp_path / "list.csv"
    path.write_text("2024年重点项目表\n项目名称,区域,片区,总投资（亿元）,责任单位,开工时间,竣工时间\n"
                    f"{existing.name},中部,,{existing.total_investment or 5},区住建委,,\n"
                    "新项目甲,东部,新开发片区,10,区发改委,2024年一季度,2025年四季度\n", encoding="utf-8")
    imp = preview(db, read_import(path))
    assert not imp.has_errors
    receipt = write(db, imp)
    with db.read() as s:
        new = s.scalars(select(KeyProject).where(KeyProject.name == "新项目甲")).one()
    colleague = open_store(db_path)
    yield db, colleague, receipt, existing, new
    colleague.close()


def _names(db) -> set[str]:
    with db.read() as s:
        return set(s.scalars(select(KeyProject.name)))


def test_undone_with_nothing_changed_since_it_is_taken_back_whole(imported):
    db, _colleague, receipt, existing, new = imported
    revert_import(db, receipt)
    with db.read() as s:
        assert s.get(KeyProject, existing.id).responsible_unit == existing.responsible_unit
        assert s.get(KeyProject, new.id) is None
        assert s.scalar(select(func.count()).select_from(Area).where(Area.name == "新开发片区")) == 0


def test_a_colleagues_later_value_in_a_field_it_set_refuses_the_undo(imported):
    db, colleague, receipt, existing, new = imported
    update_row(colleague, "key_project", existing.id, {"responsible_unit": "区商务委"})
    with pytest.raises(Conflict) as refused:
        revert_import(db, receipt)
    assert refused.value.current["name"] == existing.name
    with db.read() as s:  # nothing of the import taken back, the colleague's value kept
        assert s.get(KeyProject, existing.id).responsible_unit == "区商务委"
        assert s.get(KeyProject, new.id) is not None


def test_a_colleagues_edit_of_a_project_it_added_refuses_the_undo(imported):
    db, colleague, receipt, existing, new = imported
    update_row(colleague, "key_project", new.id, {"contact": "张三 63800000"})  # a field the file left empty
    with pytest.raises(Conflict) as refused:
        revert_import(db, receipt)
    assert refused.value.current["name"] == "新项目甲"
    with db.read() as s:
        assert s.get(KeyProject, new.id).contact == "张三 63800000"
        assert s.get(KeyProject, existing.id).responsible_unit == "区住建委"


def test_a_node_entered_under_a_project_it_added_refuses_the_undo(imported):
    db, colleague, receipt, _existing, new = imported
    replace_project_details(colleague, new.id, "milestones", [{"name": "主体封顶", "quarter": "2024Q3"}])
    with pytest.raises(Conflict) as refused:
        revert_import(db, receipt)
    assert refused.value.current["name"] == "新项目甲"
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Milestone).where(Milestone.project_id == new.id)) == 1


def test_the_planners_own_later_steps_undone_first_are_no_obstacle(imported):
    db, _colleague, receipt, existing, new = imported
    # an edit of the new project and one of the field the import set, each undone (as the undo stack does)
    update_row(db, "key_project", new.id, {"contact": "李四"})
    update_row(db, "key_project", new.id, {"contact": None})
    update_row(db, "key_project", existing.id, {"responsible_unit": "区国资委"})
    update_row(db, "key_project", existing.id, {"responsible_unit": "区住建委"})
    revert_import(db, receipt)
    assert "新项目甲" not in _names(db)


def test_an_area_it_named_that_a_colleagues_project_is_in_since_stays(imported):
    db, colleague, receipt, existing, new = imported
    with db.read() as s:
        area_id = s.get(KeyProject, new.id).area_id
    assert area_id is not None
    other = next(i for i in range(1, 500) if i not in (existing.id, new.id))
    update_row(colleague, "key_project", other, {"area_id": area_id})
    revert_import(db, receipt)
    with db.read() as s:
        assert s.get(KeyProject, new.id) is None
        assert s.get(KeyProject, other).area_id == area_id  # the area stays, the colleague's project in it
        assert s.get(Area, area_id).name == "新开发片区"


def test_an_imports_moves_on_the_list_are_signed_as_its_runs(imported):
    # a project the import listed is the import's move: a colleague's undo of an earlier removal of it is refused
    from milestones.store.schema import ListChange

    db, colleague, _receipt, _existing, new = imported
    with db.read() as s:
        moves = s.execute(select(ListChange.change, ListChange.run_tag, ListChange.changed_by)
                          .where(ListChange.project_id == new.id)).all()
    assert [(c, tag) for c, tag, _ in moves] == [("added", db.tag)]
    assert moves[0].changed_by
    assert colleague.tag != db.tag


def test_the_rows_it_added_are_fingerprinted_alike_in_runs_or_scattered_and_no_others(db):
    # the rows an import added are read back by runs of ids (50,000 projects: one range, not 100 lists of 500); a
    # row inside a run the import did not add (a colleague's, on a shared plan) is no row of its
    from milestones.store.import_undo import _fingerprints

    with db.read() as s:
        ids = list(s.scalars(select(KeyProject.id).order_by(KeyProject.id)))
        in_runs = dict(_fingerprints(s, "key_project", ids[:10] + ids[11:20]))  # a run, a gap, a run
        scattered = dict(_fingerprints(s, "key_project", ids[::2]))  # runs of one: lists of ids
        assert set(in_runs) == set(ids[:10] + ids[11:20]) and ids[10] not in in_runs
        assert set(scattered) == set(ids[::2])
        assert {i: in_runs[i] for i in ids[:10:2]} == {i: scattered[i] for i in ids[:10:2]}
