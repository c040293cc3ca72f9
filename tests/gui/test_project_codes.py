"""A project's code (项目编码) is its own: the import matches a row to a project by it. A code another project holds,
typed in its cell, pasted, or given a new project, is refused in words naming that project — it was SQLite's
"UNIQUE constraint failed: key_project.code" in an error box, or a traceback."""
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from milestones.store import changes
from milestones.store.schema import KeyProject
from tests.gui.test_project_columns import _col, _row_of


def _code_of(db, name):
    with db.read() as s:
        return s.scalar(select(KeyProject.code).where(KeyProject.name == name))


def test_a_code_another_project_holds_is_refused_naming_it(window, db, qtbot):
    m = window.project_model
    window.columns.show(_col(m, "code"), True)
    assert m.setData(m.index(_row_of(m, "重庆长滨"), _col(m, "code")), "YZ-2024-001")
    said = []
    window.ops.failed.connect(said.append)
    cell = m.index(_row_of(m, "红楼宾馆综合改造"), _col(m, "code"))
    assert not m.setData(cell, "YZ-2024-001")
    assert said == ["项目编码“YZ-2024-001”已是“重庆长滨”的编码，一个编码只能对应一个项目"]
    assert window.findChild(QMessageBox, "errorBox") is None
    assert _code_of(db, "红楼宾馆综合改造") is None and cell.data() in (None, "")
    assert window.ops.undo_stack.count() == 1  # the first code only
    assert m.setData(cell, "YZ-2024-002")  # another code goes in


def test_a_new_project_with_a_code_in_use_is_refused(db):
    changes.add_project(db, 2024, "甲项目", code="A-1")
    try:
        changes.add_project(db, 2024, "乙项目", code="A-1")
    except changes.EditError as exc:
        assert str(exc) == "项目编码“A-1”已是“甲项目”的编码，一个编码只能对应一个项目"
    else:
        raise AssertionError("a second project took the code")
    with db.read() as s:
        assert s.scalar(select(KeyProject.id).where(KeyProject.name == "乙项目")) is None
