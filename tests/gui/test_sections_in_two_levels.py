"""A task list of two levels ("一、着力稳增长" over "（一）扩大有效投资"): the navigation lists each upper heading with
its sections under it, and the targets' 部分 cell names the heading over its section."""
from PySide6.QtCore import Qt
from sqlalchemy import select

from milestones.store.schema import Section


def test_the_heading_over_sections_groups_them_in_the_navigation(window, db):
    with db.session() as s:
        for sec in s.scalars(select(Section).where(Section.number.in_((1, 2)))):
            sec.part = "着力稳增长，推动经济持续回升向好"
        s.commit()
    window.nav.fill()
    plan = window.nav.topLevelItem(0)
    (measures,) = [plan.child(i) for i in range(plan.childCount()) if plan.child(i).text(0) == "工作举措与目标"]
    part = measures.child(0)
    assert part.text(0) == "着力稳增长，推动经济持续回升向好" and part.isExpanded()
    assert [part.child(i).text(0)[:3] for i in range(part.childCount())] == ["(一)", "(二)"]
    assert measures.child(1).text(0).startswith("(三)") and measures.childCount() == 10
    # a section under it is still a page of its own; the heading is not one
    window.nav.setCurrentItem(part.child(1))
    assert window.stack.currentWidget() is window.targets_page
    shown = {r["section_id"] for r in window.targets_model.rows}
    window.nav.setCurrentItem(part)
    assert {r["section_id"] for r in window.targets_model.rows} == shown and len(shown) == 1
    m = window.targets_model
    m.set_section(None)
    col = [c.key for c in m.columns].index("section")
    r = next(i for i, row in enumerate(m.rows) if row["section"].startswith("(一)"))
    assert m.index(r, col).data(Qt.ToolTipRole).startswith("着力稳增长，推动经济持续回升向好\n(一) ")
    r = next(i for i, row in enumerate(m.rows) if row["section"].startswith("(三)"))
    assert "着力稳增长" not in (m.index(r, col).data(Qt.ToolTipRole) or "")
