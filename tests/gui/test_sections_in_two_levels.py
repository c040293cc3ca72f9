"""A task list of two levels ("一、着力稳增长" over "（一）扩大有效投资"): the navigation lists each upper heading with
its sections under it, and the targets' 部分 cell names the heading over its section."""
from PySide6.QtCore import Qt
from sqlalchemy import select

from milestones.store.schema import Section


def _measures_node(window):
    """The navigation's 工作举措与目标 of the plan shown."""
    plan = window.nav.topLevelItem(0)
    (node,) = [plan.child(i) for i in range(plan.childCount()) if plan.child(i).text(0) == "工作举措与目标"]
    return node


def _under_a_heading(window, db, part: str):
    """The bundled plan's first two sections put under ``part``, and the navigation filled again: its 工作举措与目标."""
    with db.session() as s:
        for sec in s.scalars(select(Section).where(Section.number.in_((1, 2)))):
            sec.part = part
        s.commit()
    window.nav.fill()
    return _measures_node(window)


def test_the_heading_over_sections_groups_them_in_the_navigation(window, db):
    measures = _under_a_heading(window, db, "着力稳增长，推动经济持续回升向好")
    part = measures.child(0)
    assert part.text(0) == "着力稳增长，推动经济持续回升向好" and part.isExpanded()
    assert [part.child(i).text(0)[:3] for i in range(part.childCount())] == ["(一)", "(二)"]
    assert measures.child(1).text(0).startswith("(三)") and measures.childCount() == 10
    # a section under it is a page of its own; the heading shows the targets of every section under it
    window.nav.setCurrentItem(part.child(1))
    assert window.stack.currentWidget() is window.targets_page
    one = {r["section_id"] for r in window.targets_model.rows}
    window.nav.setCurrentItem(part)
    m = window.targets_model
    both = {r["section_id"] for r in m.rows}
    assert len(one) == 1 and one < both and len(both) == 2
    assert {r["section"][:3] for r in m.rows} == {"(一)", "(二)"}
    assert not window.targets_table.isColumnHidden([c.key for c in m.columns].index("section"))
    assert window.nav.currentItem() is part  # the page shown does not move the navigation off it
    window.show_targets("")  # every section's again
    assert len({r["section_id"] for r in m.rows}) == 11
    m.set_section(None)
    col = [c.key for c in m.columns].index("section")
    r = next(i for i, row in enumerate(m.rows) if row["section"].startswith("(一)"))
    assert m.index(r, col).data(Qt.ToolTipRole).startswith("着力稳增长，推动经济持续回升向好\n(一) ")
    r = next(i for i, row in enumerate(m.rows) if row["section"].startswith("(三)"))
    assert "着力稳增长" not in (m.index(r, col).data(Qt.ToolTipRole) or "")


def test_the_import_preview_shows_the_heading_over_each_section(window, qtbot, tmp_path):
    from PySide6.QtWidgets import QTableView

    path = tmp_path / "任务.csv"
    path.write_text("2025年重点工作任务分解表\n序号,重点任务,目标,完成时限\n一、着力稳增长,,,\n（一）扩大有效投资,,,\n"
                    "1,抓好重点项目建设,新开工项目20个,9月底前\n二、着力惠民生,,,\n2,稳定就业,城镇新增就业4.5万人,12月底前\n",
                    encoding="utf-8")
    dialog = window.import_file(str(path))
    qtbot.waitUntil(lambda: dialog.result_state == "preview", timeout=30000)
    m = next(v.model() for v in dialog.findChildren(QTableView) if type(v.model()).__name__ == "RecordsModel")
    heads = [m.headerData(c, Qt.Horizontal) for c in range(m.columnCount())]
    col = heads.index("上一级标题")
    assert heads[col - 1] == "部分"
    assert [m.index(r, col).data() for r in range(m.rowCount())] == ["一、着力稳增长", ""]
    dialog.reject()


def test_the_heading_over_sections_is_renamed_from_the_navigation_in_one_undo_step(window, db, qtbot, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    measures = _under_a_heading(window, db, "着力稳增长")
    part = measures.child(0)
    menu = window.nav.menu_at(window.nav.visualItemRect(part).center())
    (rename,) = [a for a in menu.actions() if a.text() == "修改上一级标题…"]
    menu.close()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("二、着力稳增长，推动经济持续回升向好", True))
    rename.trigger()

    def parts():
        with db.read() as s:
            return sorted(set(s.scalars(select(Section.part).where(Section.part.is_not(None)))))

    assert parts() == ["着力稳增长，推动经济持续回升向好"]  # the number typed is the list's, not the words
    def listed():
        node = _measures_node(window)
        return [node.child(i).text(0) for i in range(node.childCount())]

    qtbot.waitUntil(lambda: listed()[0] == "着力稳增长，推动经济持续回升向好", timeout=3000)  # the navigation follows
    assert window.undo_action.text() == "撤销 修改上一级标题“着力稳增长”"
    window.undo_action.trigger()
    assert parts() == ["着力稳增长"]
    assert window.row_edits.rename_part("着力稳增长", "")  # left empty: the sections stand on their own
    assert parts() == []
