"""Every field of a project's record can be typed where the planner works: 建设内容及规模, 建设起止年限 and 牵头领导
were shown in the project window and written by imports, but no cell took them."""
from PySide6.QtCore import Qt
from sqlalchemy import select

from milestones.domain import Quarter
from milestones.store.project_rows import ProjectFilter, project_ids
from milestones.store.schema import KeyProject


def _col(model, key):
    return model.keys.index(key)


def _row_of(model, name):
    return next(r for r in range(model.rowCount()) if model.index(r, _col(model, "name")).data() == name)


def _project(db, name):
    with db.read() as s:
        return s.scalars(select(KeyProject).where(KeyProject.name == name)).one()


def test_content_years_and_leader_are_typed_in_the_list_and_undone(window, db):
    m = window.project_model
    r = _row_of(m, "重庆长滨")
    content = "建设商业、文化、休闲设施约12万平方米，\n滨江步道2.1公里"
    assert m.setData(m.index(r, _col(m, "content")), content)
    assert m.setData(m.index(r, _col(m, "construction_years")), "2023-2026")
    assert m.setData(m.index(r, _col(m, "leader")), "张副区长")
    p = _project(db, "重庆长滨")
    assert (p.content, p.construction_years, p.leader) == (content, "2023-2026", "张副区长")
    assert m.index(r, _col(m, "content")).data(Qt.ToolTipRole) == content  # a long text whole on hover
    assert [m.headerData(_col(m, k), Qt.Horizontal) for k in ("leader", "content", "construction_years")] == [
        "牵头领导", "建设内容及规模", "建设起止年限"]
    for _ in range(3):
        window.undo_action.trigger()
    p = _project(db, "重庆长滨")
    assert (p.content, p.construction_years, p.leader) == (None, None, None)


def test_the_project_window_shows_what_was_typed(window, db, qtbot):
    m = window.project_model
    r = _row_of(m, "红楼宾馆综合改造")
    m.setData(m.index(r, _col(m, "content")), "客房改造300间")
    dialog = window._open_project(m.project_id(r))
    assert dialog.fields["content"].toPlainText() == "客房改造300间"
    dialog.reject()


def test_the_list_sorts_and_finds_by_them(window, db):
    m = window.project_model
    for name, leader in (("重庆长滨", "王副区长"), ("红楼宾馆综合改造", "李副区长")):
        m.setData(m.index(_row_of(m, name), _col(m, "leader")), leader)
    with db.read() as s:
        ids = project_ids(s, ProjectFilter(year=2024), sort="leader", descending=True)
        named = [s.get(KeyProject, i).name for i in ids[:2]]
        found = project_ids(s, ProjectFilter(year=2024, text="李副区长"))
    assert named == ["重庆长滨", "红楼宾馆综合改造"]  # by the text as kept: 王 (U+738B) after 李 (U+674E)
    assert [_project(db, "红楼宾馆综合改造").id] == found


def test_the_column_menu_offers_them_and_a_paste_fills_them(window, db, qtbot):
    from PySide6.QtWidgets import QApplication

    menu = window.columns.menu()
    texts = [a.text() for a in menu.actions() if a.isCheckable()]
    assert {"牵头领导", "建设内容及规模", "建设起止年限"} <= set(texts)
    m, t = window.project_model, window.project_table
    r = _row_of(m, "重庆中心T3塔楼")
    t.setCurrentIndex(m.index(r, _col(m, "leader")))
    QApplication.clipboard().setText("赵副区长\t超高层写字楼\t2022-2025\n")
    window.paste_action.trigger()
    p = _project(db, "重庆中心T3塔楼")
    assert (p.leader, p.content, p.construction_years) == ("赵副区长", "超高层写字楼", "2022-2025")


def test_a_planned_end_given_in_words_shows_them_not_an_empty_cell(window, db):
    """"2024年开工", "2024年完工" (the plan names the year, no quarter) left the list's 计划开工 and 计划完工 cells
    empty, while the project window and the timeline showed the words: the list read as if nothing was planned."""
    from PySide6.QtGui import QBrush

    m = window.project_model
    started, done = _row_of(m, "日月光R5R6塔楼"), _row_of(m, "时尚文化城主体工程")
    start, completion = _col(m, "planned_start"), _col(m, "planned_completion")
    assert m.index(started, start).data() == "2024年开工" and m.index(done, completion).data() == "2024年完工"
    assert m.cell_text(started, start) == "2024年开工"  # what 查找 and Ctrl+C read
    cell = m.index(started, start)
    assert isinstance(cell.data(Qt.ForegroundRole), QBrush)  # set apart from a quarter
    assert "没有季度" in cell.data(Qt.ToolTipRole)
    assert m.setData(cell, "2024年三季度")  # a quarter typed over the words
    cell = m.index(_row_of(m, "日月光R5R6塔楼"), start)
    assert cell.data() == "2024年三季度" and cell.data(Qt.ForegroundRole) is None
    window.undo_action.trigger()
    assert m.index(_row_of(m, "日月光R5R6塔楼"), start).data() == "2024年开工"


def test_a_plans_words_typed_or_pasted_into_a_planned_end_are_kept_as_words(window, db):
    """A 计划开工 column copied from the plan's spreadsheet holds "2024年开工" beside quarters: the whole paste was
    refused ("不是季度"), as was the words typed back into a cell. They are the plan's words now, as an import keeps
    them; a year alone is a start's year, and a completion's deadline (its fourth quarter)."""
    m = window.project_model
    start, completion = _col(m, "planned_start"), _col(m, "planned_completion")
    names = [m.index(r, _col(m, "name")).data() for r in range(3)]
    m_rows = [_row_of(m, n) for n in names]
    window.project_table.setCurrentIndex(m.index(m_rows[0], start))
    assert window.paste_cells("2024年三季度\n2025年开工\n2025")
    got = {n: (_project(db, n).planned_start, _project(db, n).planned_start_text) for n in names}
    assert [got[n][0] for n in names] == [Quarter(2024, 3), None, None]
    assert [got[n][1] for n in names[1:]] == ["2025年开工", "2025年"]
    assert m.index(_row_of(m, names[2]), start).data() == "2025年"
    assert m.index(_row_of(m, names[1]), start).data(Qt.EditRole) == "2025年开工"  # the editor starts from the words
    r = _row_of(m, names[0])
    assert m.setData(m.index(r, completion), "2026")  # a completion's year alone: its deadline
    assert _project(db, names[0]).planned_completion == Quarter(2026, 4)
    assert m.setData(m.index(r, completion), "2026年竣工")
    assert (_project(db, names[0]).planned_completion, _project(db, names[0]).planned_completion_text) == \
        (None, "2026年竣工")
    # the record keeps the plan's words, not "→ （空）": the cell's tooltip says from what to what
    assert "2026年四季度 → 2026年竣工" in m.index(r, completion).data(Qt.ToolTipRole)
    assert m.setData(m.index(_row_of(m, names[1]), start), "")  # cleared: the words go too, not shown again
    assert m.index(_row_of(m, names[1]), start).data() == ""
    assert _project(db, names[1]).planned_start_text is None
    window.undo_action.trigger()
    assert _project(db, names[1]).planned_start_text == "2025年开工"


def test_a_span_typed_into_a_planned_end_is_that_end_of_it_with_the_words_kept(window, db):
    """"2024年3-6月" typed into 计划开工, "2024年二、三季度" into 计划完工 (as a unit's form words them) were refused as
    no quarter, though an import of the same cells reads them: a start's column takes the span's first quarter, a
    completion's its last, the words kept and shown on hover."""
    m = window.project_model
    start, completion = _col(m, "planned_start"), _col(m, "planned_completion")
    r = _row_of(m, "重庆长滨")
    assert m.setData(m.index(r, start), "2024年3-6月")
    assert m.setData(m.index(_row_of(m, "重庆长滨"), completion), "2024年二、三季度")
    p = _project(db, "重庆长滨")
    assert (p.planned_start, p.planned_start_text) == (Quarter(2024, 1), "2024年3-6月")
    assert (p.planned_completion, p.planned_completion_text) == (Quarter(2024, 3), "2024年二、三季度")
    r = _row_of(m, "重庆长滨")
    assert m.index(r, start).data() == "2024年一季度" and m.index(r, completion).data() == "2024年三季度"
    assert m.index(r, completion).data(Qt.ToolTipRole).count("2024年二、三季度")  # the words behind the quarter
    window.undo_action.trigger()
    assert _project(db, "重庆长滨").planned_completion_text is None
    # a span ending before it starts, or one date that is no date, is still refused with the reason
    assert not m.setData(m.index(r, completion), "2024年三至二季度")
    assert not m.setData(m.index(r, completion), "明年春天")
    assert _project(db, "重庆长滨").planned_completion_text is None
    # years alone as the start ("2024-2026", a 建设起止年限 pasted): it starts in 2024, its quarter not said, as an
    # import reads it (not 2024Q1: due in the first quarter, the project would be late from the second)
    assert m.setData(m.index(r, start), "2024-2026")
    p = _project(db, "重庆长滨")
    assert (p.planned_start, p.planned_start_text) == (None, "2024年")


def test_a_span_typed_into_the_project_windows_planned_completion_is_its_end(window, db):
    dialog = window._open_project(_project(db, "红楼宾馆综合改造").id)
    dialog.fields["planned_completion"].setText("2024年11月至2025年3月")
    dialog.fields["planned_start"].setText("2024年1-5月")
    assert dialog.save()
    p = _project(db, "红楼宾馆综合改造")
    assert (p.planned_start, p.planned_completion) == (Quarter(2024, 1), Quarter(2025, 1))
    assert (p.planned_start_text, p.planned_completion_text) == ("2024年1-5月", "2024年11月至2025年3月")


def test_a_start_typed_as_within_the_year_is_the_year_it_starts_in():
    # "2024年度", "年内" typed into 计划开工 were the year's fourth quarter (an import reads them as the year alone);
    # "2024年底" is a quarter, and a completion within the year is due by its end
    from milestones.ui.project_model import Worded, parse_cell

    assert parse_cell("planned_start", "2024年度", 2024) == Worded("2024年度")
    assert parse_cell("planned_start", "年内", 2024) == Worded("2024年")
    assert parse_cell("planned_start", "2024年底", 2024) == Quarter(2024, 4)
    assert parse_cell("planned_completion", "2024年度", 2024) == Quarter(2024, 4)
