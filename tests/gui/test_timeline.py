"""The Gantt timeline: bars where the data says, dragging as undoable edits, synced selection, filters, zones."""
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from milestones.domain import Quarter
from milestones.store.changes import add_project, update_row
from milestones.store.schema import KeyProject, Zone

Q = Quarter


def _project(db, pid):
    with db.read() as s:
        return s.get(KeyProject, pid)


def _add(db, name="时间轴测试项目", start="2024Q3", end="2025Q2", zone="中部"):
    with db.read() as s:
        zid = s.scalar(select(Zone.id).where(Zone.name == zone))
    pid, _ = add_project(db, 2024, name, planned_start=start, planned_completion=end, zone_id=zid)
    return pid


def _show_timeline(window, qtbot):
    window.resize(1400, 850)
    window.show_timeline()
    tl = window.timeline
    qtbot.waitUntil(lambda: tl.plot.width() > 200, timeout=3000)
    tl._range_changed()
    return tl


def _viewport_point(tl, x, row):
    scene = tl.vb.mapViewToScene(QPointF(x, row))
    return tl.plot.mapFromScene(scene)


def _send(widget, kind, pos: QPoint, buttons):
    button = Qt.LeftButton if kind != QEvent.MouseMove else Qt.NoButton
    ev = QMouseEvent(kind, QPointF(pos), QPointF(widget.mapToGlobal(pos)), button, buttons, Qt.NoModifier)
    QApplication.sendEvent(widget, ev)


def _drag_on_row(window, qtbot, pid, x_from: float, x_to: float) -> None:
    """The timeline shown over 2024-2025, the pointer dragged along ``pid``'s bar from quarter edge ``x_from`` to
    ``x_to`` as a hand would, in ten moves."""
    tl = _show_timeline(window, qtbot)
    tl.reload()
    tl.vb.setXRange(Q(2024, 1).index, Q(2025, 4).index + 1, padding=0)
    QApplication.processEvents()
    row = tl.layout_.row_of[pid]
    tl.scroll_to_row(row)
    QApplication.processEvents()
    start, end = _viewport_point(tl, x_from, row + 0.35), _viewport_point(tl, x_to, row + 0.35)
    vp = tl.plot.viewport()
    _send(vp, QEvent.MouseButtonPress, start, Qt.LeftButton)
    for k in range(1, 11):
        _send(vp, QEvent.MouseMove, QPoint(start.x() + (end.x() - start.x()) * k // 10, start.y()), Qt.LeftButton)
    _send(vp, QEvent.MouseButtonRelease, end, Qt.NoButton)


def test_a_bar_spans_its_planned_quarters(window, db, qtbot):
    pid = _add(db)
    tl = _show_timeline(window, qtbot)
    tl.reload()
    lay = tl.layout_
    row = lay.row_of[pid]
    assert (lay.plan_x0[row], lay.plan_x1[row]) == (Q(2024, 3).index, Q(2025, 2).index + 1)
    tl.vb.setXRange(Q(2024, 1).index, Q(2025, 4).index + 1, padding=0)
    tl.select(pid)
    QApplication.processEvents()
    left, right = tl.x_of(Q(2024, 3).index), tl.x_of(Q(2025, 2).index + 1)
    assert left < right
    # the painted picture agrees: bar colour inside the span, none just outside it
    img = tl.plot.grab().toImage()
    y = _viewport_point(tl, Q(2024, 3).index, row + 0.4).y()
    inside = img.pixelColor(int((left + right) / 2), y)
    before = img.pixelColor(int(left - 15), y)
    assert inside != before
    assert inside.green() > inside.red() or inside.red() > 150  # a light colour, not the white background


def test_dragging_the_end_one_quarter_edits_the_plan_and_undo_restores_it(window, db, qtbot):
    pid = _add(db)
    _drag_on_row(window, qtbot, pid, Q(2025, 2).index + 1, Q(2025, 3).index + 1)
    qtbot.waitUntil(lambda: _project(db, pid).planned_completion == Q(2025, 3), timeout=3000)
    assert _project(db, pid).planned_start == Q(2024, 3)  # only the end moved
    window.undo_action.trigger()
    assert _project(db, pid).planned_completion == Q(2025, 2)


def test_dragging_the_middle_moves_start_and_end_together(window, db, qtbot):
    pid = _add(db)
    tl = _show_timeline(window, qtbot)
    tl.reload()
    assert tl.move_bar(pid, Q(2024, 4), Q(2025, 3), "move")
    p = _project(db, pid)
    assert (p.planned_start, p.planned_completion) == (Q(2024, 4), Q(2025, 3))
    window.undo_action.trigger()
    p = _project(db, pid)
    assert (p.planned_start, p.planned_completion) == (Q(2024, 3), Q(2025, 2))


def test_a_plan_with_no_end_is_moved_by_its_start_and_keeps_no_end(window, db, qtbot):
    # "长期" runs on past the right edge: there is no end to drag; the boundary after its start quarter, where its
    # end used to be hit, moves the start and sets no completion
    pid = _add(db, "岸线管护", start="2024Q3", end=None)
    update_row(db, "key_project", pid, {"planned_completion_text": "长期"})
    _drag_on_row(window, qtbot, pid, Q(2024, 4).index, Q(2025, 1).index)
    qtbot.waitUntil(lambda: _project(db, pid).planned_start == Q(2024, 4), timeout=3000)
    p = _project(db, pid)
    assert (p.planned_completion, p.planned_completion_text) == (None, "长期")


def test_selection_syncs_both_ways(window, db, qtbot):
    tl = _show_timeline(window, qtbot)
    pid = next(int(p) for p in tl.layout_.project_id if p >= 0)
    tl.select(pid, emit=True)
    assert window.selected_project_ids() == [pid]
    other = window.project_model.project_id(5)
    window.show_projects()
    window.project_table.selectRow(5)
    assert tl.selected == other


def test_the_timeline_follows_the_table_filters(window, qtbot):
    tl = _show_timeline(window, qtbot)
    everything = len(tl._projects)
    window.filter_bar.search.setText("医院")
    qtbot.waitUntil(lambda: len(tl._projects) < everything, timeout=3000)
    assert tl._projects and all("医院" in p.name for p in tl._projects)


def test_zone_tabs_show_only_their_zone(window, qtbot):
    tl = _show_timeline(window, qtbot)
    for zone in ("东部", "中部", "西部"):
        tl.set_zone(zone)
        assert tl._projects and {p.zone for p in tl._projects} == {zone}
    tl.set_zone("全区")
    assert {"东部", "中部", "西部"} <= {p.zone for p in tl._projects}


def test_collapsing_a_group_hides_its_rows(window, qtbot):
    tl = _show_timeline(window, qtbot)
    rows = tl.layout_.rows
    first_group = tl.layout_.groups[0][1]
    tl.toggle_group(first_group)
    assert tl.layout_.rows < rows
    tl.toggle_group(first_group)
    assert tl.layout_.rows == rows


def test_the_axis_reads_quarter_first(window, qtbot):
    tl = _show_timeline(window, qtbot)
    tl.fit_year()
    from milestones.timeline.paint import View

    vr = tl.vb.viewRect()
    assert 2024 * 4 - 1 < vr.left() < 2024 * 4 and 2025 * 4 < vr.right() < 2025 * 4 + 1
    assert View(vr.left(), vr.right(), 0, 1, tl.axis.rect()).sx > 100  # a quarter is wide enough for 一季度


def test_clicking_a_label_selects_its_project_and_a_group_label_collapses_it(window, qtbot):
    from PySide6.QtTest import QTest

    tl = _show_timeline(window, qtbot)
    lay = tl.layout_
    vr = tl.vb.viewRect()
    y_of = lambda row: int((row + 0.5 - vr.top()) / vr.height() * tl.labels.height())
    project_row = next(i for i in range(lay.rows) if lay.kind[i] == 0)
    QTest.mouseClick(tl.labels, Qt.LeftButton, pos=QPoint(40, y_of(project_row)))
    assert tl.selected == int(lay.project_id[project_row])
    group_row, group, _ = lay.groups[0]
    QTest.mouseClick(tl.labels, Qt.LeftButton, pos=QPoint(40, y_of(group_row)))
    assert group in tl.collapsed


def test_the_tooltip_gives_the_plans_words_where_it_gives_no_quarter(window, db, qtbot):
    tl = _show_timeline(window, qtbot)
    tl.reload()
    with db.read() as s:
        pid = s.scalar(select(KeyProject.id).where(KeyProject.name == "时尚文化城主体工程"))
    assert "计划：— → 2024年完工" in tl.tooltip(pid)


def test_the_tooltip_says_where_the_project_is_built(window, db, qtbot):
    with db.session() as s:
        s.scalar(select(KeyProject).where(KeyProject.name == "重庆长滨")).location = "解放碑街道<民族路>"
        pid = s.scalar(select(KeyProject.id).where(KeyProject.name == "重庆长滨"))
    tl = _show_timeline(window, qtbot)
    tl.reload()
    assert "建设地点：解放碑街道&lt;民族路&gt;" in tl.tooltip(pid)  # the words, not markup


def test_the_tooltip_gives_the_hovered_quarters_report(window, db, qtbot):
    from milestones.domain import Quarter
    from milestones.store.changes import replace_project_details

    tl = _show_timeline(window, qtbot)
    with db.read() as s:
        pid = s.scalar(select(KeyProject.id).where(KeyProject.name == "重庆长滨"))
    q2 = Quarter(2024, 2)
    replace_project_details(db, pid, "investments", [{"quarter": q2, "planned": 1.5, "actual": 1.25}])
    replace_project_details(db, pid, "notes", [{"quarter": q2, "text": "主体<施工>"}])
    replace_project_details(db, pid, "milestones", [{"name": "主体封顶", "planned_quarter": q2},
                                                    {"name": "施工许可", "actual_quarter": q2},
                                                    {"name": "规划许可", "planned_quarter": q2, "actual_quarter": q2},
                                                    {"name": "立项批复", "note": "已批复"}])
    tl.reload()  # what an edit's change notice does
    tip = tl.tooltip(pid, q2)
    assert "2024年二季度投资：计划 1.5 亿元，完成 1.25 亿元" in tip
    assert "2024年二季度形象进度：主体&lt;施工&gt;" in tip  # the owner's words, not markup
    assert "2024年二季度节点：主体封顶" in tip  # what the plan set for the quarter
    assert "2024年二季度完成节点：施工许可" in tip  # an approval obtained in it, not planned for it
    assert "2024年二季度节点：规划许可（已完成）" in tip
    assert "立项批复" not in tip  # in no quarter: its words are on the project window's 节点 page
    assert "形象进度" not in tl.tooltip(pid, Quarter(2024, 3))  # nothing reported for the third quarter


def _count_reads(monkeypatch):
    """Every read of the timeline's projects: how many projects each asked for (None: all of them)."""
    import milestones.ui.timeline_view as view

    reads, real = [], view.load_projects
    monkeypatch.setattr(view, "load_projects", lambda db, f, **k: reads.append(len(f.ids) or None) or real(db, f, **k))
    return reads


def test_an_edit_redraws_the_projects_row_without_reading_every_project(window, db, qtbot, monkeypatch):
    # each edit read and laid out every project again while the timeline showed: about a second at
    # 50,000 projects after every drag of a bar or date typed in the table
    pid = _add(db)
    with db.session() as s:  # a project under way: the quarters laid out run to today
        s.scalar(select(KeyProject).where(KeyProject.name == "重庆长滨")).actual_start = Q(2024, 1)
    tl = _show_timeline(window, qtbot)
    tl.reload()
    reads = _count_reads(monkeypatch)
    assert tl.move_bar(pid, Q(2024, 4), Q(2025, 2), "start")  # within the quarters laid out
    qtbot.waitUntil(lambda: reads == [1], timeout=3000)
    lay, row = tl.layout_, tl.layout_.row_of[pid]
    assert (lay.plan_x0[row], lay.plan_x1[row]) == (Q(2024, 4).index, Q(2025, 2).index + 1)
    assert tl.layout_ is lay  # laid out in place
    m = window.project_model
    m.reload()
    r = next(i for i in range(m.rowCount()) if m.project_id(i) == pid)
    assert m.setData(m.index(r, m.keys.index("responsible_unit")), "区城市更新中心")
    qtbot.waitUntil(lambda: reads == [1, 1], timeout=3000)
    assert lay.units[row] == "区城市更新中心" and lay.projects[pid].responsible_unit == "区城市更新中心"
    assert m.setData(m.index(r, m.keys.index("actual_start")), "2024年四季度")  # started: the light follows
    qtbot.waitUntil(lambda: reads == [1, 1, 1], timeout=3000)
    assert lay.actual_x0[row] == Q(2024, 4).index
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: reads == [1, 1, 1, 1], timeout=3000)
    assert lay.actual_x0[row] != lay.actual_x0[row]  # NaN: not started again


def test_an_edit_that_moves_a_project_elsewhere_lays_out_everything_again(window, db, qtbot, monkeypatch):
    pid = _add(db)
    tl = _show_timeline(window, qtbot)
    tl.reload()
    reads = _count_reads(monkeypatch)
    # past the quarters laid out: the axis must grow
    assert tl.move_bar(pid, Q(2026, 1), Q(2027, 4), "move")
    qtbot.waitUntil(lambda: None in reads, timeout=3000)
    assert tl.layout_.last == Q(2027, 4)
    # another zone: another group and place
    with db.read() as s:
        west = s.scalar(select(Zone.id).where(Zone.name == "西部"))
    del reads[:]
    m = window.project_model
    m.reload()
    r = next(i for i in range(m.rowCount()) if m.project_id(i) == pid)
    assert m.setData(m.index(r, m.keys.index("zone")), west) or m.setData(m.index(r, m.keys.index("zone")), "西部")
    qtbot.waitUntil(lambda: None in reads, timeout=3000)
    row = tl.layout_.row_of[pid]
    group = max(g for g in tl.layout_.groups if g[0] < row)
    assert group[1] == "西部"


def test_edits_and_a_quarter_chosen_while_hidden_wait_for_the_timeline_to_show(window, db, qtbot, monkeypatch):
    # an edit in the table marked the hidden timeline for a whole read (2.5 s at 50,000 projects when
    # next shown), and a quarter chosen on the dashboard laid every project out again though hidden
    pid = _add(db)
    tl = _show_timeline(window, qtbot)
    tl.reload()
    window.show_projects()
    reads = _count_reads(monkeypatch)
    m = window.project_model
    m.reload()
    r = next(i for i in range(m.rowCount()) if m.project_id(i) == pid)
    assert m.setData(m.index(r, m.keys.index("responsible_unit")), "区城市更新中心")
    window.dashboard.set_at(Q(2024, 2))
    qtbot.wait(200)  # the catch-up timer fires while hidden: nothing is read or laid out
    assert reads == [] and tl.layout_.at == Q(2024, 4)
    window.show_timeline()
    qtbot.waitUntil(lambda: reads == [1], timeout=3000)  # the edited project alone
    assert tl.layout_.at == Q(2024, 2)
    assert tl.layout_.units[tl.layout_.row_of[pid]] == "区城市更新中心"


def test_a_bar_dragged_later_keeps_the_original_plan_beside_it(window, db, qtbot):
    # moving a completion later takes a late project's colour away: the chart shows what was planned
    from milestones.domain import Quarter

    tl = _show_timeline(window, qtbot)
    with db.read() as s:
        pid = s.scalar(select(KeyProject.id).where(KeyProject.name == "重庆中心T3塔楼"))
    p = tl.layout_.projects[pid]
    assert not tl.options.baselines and p.original is None
    assert tl.move_bar(pid, p.planned_start or Quarter(2024, 1), Quarter(2024, 4), "end")
    qtbot.waitUntil(lambda: tl.layout_.projects[pid].planned_completion == Quarter(2024, 4), timeout=3000)
    i = tl.layout_.row_of[pid]
    assert tl.layout_.base_x1[i] == Quarter(2024, 1).index + 1  # the thin bar ends where the plan did
    assert tl.options.baselines  # and the legend names it
    assert "原计划：" in tl.tooltip(pid) and "2024年一季度（已调整）" in tl.tooltip(pid)
    window.undo_action.trigger()  # back as planned: the mark goes
    qtbot.waitUntil(lambda: tl.layout_.projects[pid].planned_completion == Quarter(2024, 1), timeout=3000)
    qtbot.waitUntil(lambda: not tl.options.baselines, timeout=3000)


def test_the_timeline_shows_the_zone_and_area_the_filter_bar_names(window, db, qtbot):
    """西部 chosen in the tree, then 进度时间轴: the timeline showed every zone under a bar reading 区域 西部, and its
    printout (which follows the bar) was not what the screen showed; a 板块 chosen narrowed the list, not the chart."""
    with db.read() as s:
        west = s.scalar(select(Zone.id).where(Zone.name == "西部"))
    window.go_to(("projects", 2024, west, None))
    tl = _show_timeline(window, qtbot)
    assert tl.zone() == "西部"
    assert tl._projects and {p.zone for p in tl._projects} == {"西部"}
    bar = window.filter_bar
    bar.area.setCurrentIndex(bar.area.findText("环重医大健康产业园"))
    qtbot.waitUntil(lambda: {p.area for p in tl._projects} == {"环重医大健康产业园"}, timeout=3000)
    assert tl.zone() == "西部"


def test_a_zone_tab_chooses_the_zone_of_the_filter_bar_and_the_list(window, qtbot):
    tl = _show_timeline(window, qtbot)
    bar = window.filter_bar
    bar.area.setCurrentIndex(bar.area.findText("环重医大健康产业园"))  # an area of 西部
    tl.tabs.setCurrentIndex(tl.ZONES.index("东部"))  # as a click on the tab does
    assert bar.zone.currentText() == "东部" and bar.area.currentData() is None  # the area was another zone's
    assert tl._projects and {p.zone for p in tl._projects} == {"东部"}
    m = window.project_model
    qtbot.waitUntil(lambda: m.rowCount() and {m.index(r, m.keys.index("zone")).data()
                                               for r in range(m.rowCount())} == {"东部"}, timeout=3000)
    tl.tabs.setCurrentIndex(0)
    assert bar.zone.currentData() is None
    assert {"东部", "中部", "西部"} <= {p.zone for p in tl._projects}


def test_ctrl_page_down_goes_to_the_next_zone_as_to_excels_next_sheet(window, qtbot):
    from PySide6.QtTest import QTest

    tl = _show_timeline(window, qtbot)
    assert tl.zone() == "全区"
    QTest.keyClick(tl, Qt.Key_PageDown, Qt.ControlModifier)
    assert tl.zone() == "东部" and window.filter_bar.zone.currentText() == "东部"
    assert {p.zone for p in tl._projects} == {"东部"}
    QTest.keyClick(tl, Qt.Key_PageUp, Qt.ControlModifier)
    QTest.keyClick(tl, Qt.Key_PageUp, Qt.ControlModifier)  # round to the last
    assert tl.zone() == "西部"


def test_the_legend_is_as_high_as_its_lines_on_a_narrow_window(window, qtbot):
    """On a laptop's screen the legend wraps: its last mark (今天) was cut off below a one-line strip."""
    from milestones.timeline.paint import legend_height

    tl = _show_timeline(window, qtbot)
    window.resize(760, 700)
    qtbot.waitUntil(lambda: tl.legend.width() < 700, timeout=3000)
    needed = legend_height(tl.legend.width() - 12, tl.options)
    assert needed > 30  # two lines at this width
    assert tl.legend.height() >= needed


def test_enter_opens_the_chosen_projects_window(window, qtbot):
    from PySide6.QtTest import QTest

    from milestones.ui.project_dialog import ProjectDialog

    tl = _show_timeline(window, qtbot)
    pid = next(int(p) for p in tl.layout_.project_id if p >= 0)
    tl.select(pid, emit=True)
    QTest.keyClick(tl, Qt.Key_Return)
    dialog = window.findChild(ProjectDialog)
    assert dialog is not None and dialog.pid == pid
    dialog.close()


def test_the_chart_draws_in_the_family_the_windows_text_is_drawn_in(window, qtbot):
    # the app's font is ["Sans Serif", the bundled CJK font]; the chart took the first name alone, which a minimal
    # system resolved to a serif math font: its figures and English read apart from the list beside it
    from PySide6.QtGui import QFont, QFontInfo

    from milestones.app import install_fonts
    from milestones.ui.timeline_view import TimelineView

    app = QApplication.instance()
    old = app.font()
    install_fonts(app)
    try:
        view = TimelineView(window.ops, 2024)
        qtbot.addWidget(view)
        assert QFontInfo(QFont(view.options.font_family)).family() == QFontInfo(app.font()).family()
    finally:
        app.setFont(old)


def test_a_plan_giving_only_its_start_moves_its_start_alone(window, db, qtbot):
    """"四季度开工" with no completion is drawn over its quarter; dragged whole to the third quarter it was also
    given a completion in the third quarter — a date the plan never set. Its start moves alone; an end dragged is
    set. A completion-only plan moves its completion alone (it was given a start)."""
    pid = _add(db, "只写开工的项目", start="2024Q4", end=None)
    tl = window.timeline
    _drag_on_row(window, qtbot, pid, Q(2024, 4).index + 0.5, Q(2024, 3).index + 0.5)  # the one-quarter bar's middle
    qtbot.waitUntil(lambda: _project(db, pid).planned_start == Q(2024, 3), timeout=3000)
    assert _project(db, pid).planned_completion is None
    assert tl.move_bar(pid, Q(2024, 3), Q(2025, 2), "end")  # its end dragged out: now the plan gives one
    assert _project(db, pid).planned_completion == Q(2025, 2)
    done = _add(db, "只写完工的项目", start=None, end="2024Q2")
    tl.reload()
    assert tl.move_bar(done, Q(2024, 3), Q(2024, 3), "move")
    p = _project(db, done)
    assert (p.planned_start, p.planned_completion) == (None, Q(2024, 3))


def test_the_legend_follows_the_investment_box_both_ways(window, qtbot):
    # 季度投资 unticked left the legend naming its two bars (and as high as with them): only ticking it drew the
    # legend again, by chance of a later resize
    from milestones.timeline.paint import legend_height

    tl = _show_timeline(window, qtbot)
    window.resize(1366, 768)  # a laptop's screen: the legend with the investment marks takes two lines
    qtbot.waitUntil(lambda: tl.legend.width() < 1100, timeout=3000)
    one = tl.legend.height()
    tl.invest_box.setChecked(True)
    assert tl.options.investment
    want = max(26, int(legend_height(max(tl.legend.width() - 12, 1), tl.options)) + 6)
    assert tl.legend.height() == want > one
    tl.invest_box.setChecked(False)
    assert tl.legend.height() == one


def test_the_timelines_boxes_are_as_last_shown(window, db, settings, qtbot):
    # 季度投资 and 责任单位 were unticked at every start: an office that reads investment on the chart ticked it daily
    from tests.gui.conftest import open_window

    tl = _show_timeline(window, qtbot)
    assert not tl.invest_box.isChecked() and not tl.unit_box.isChecked()
    tl.invest_box.setChecked(True)
    tl.unit_box.setChecked(True)
    again = open_window(qtbot, db, settings).timeline  # the next start, on the same settings
    assert again.invest_box.isChecked() and again.unit_box.isChecked()
    assert again.options.investment and again.options.unit_column
    again.invest_box.setChecked(False)
    assert not open_window(qtbot, db, settings).timeline.invest_box.isChecked()


def test_a_bar_dragged_while_a_colleague_writes_stays_where_dropped_until_written(window, db, qtbot, monkeypatch):
    # the change is kept (ui/operations.py); the bar went back to the old plan meanwhile, as if the drag were lost
    from milestones.store import database
    from tests.gui.test_edit_while_another_writes import colleague_writing

    monkeypatch.setattr(database, "WRITER_WAIT_S", 120)
    monkeypatch.setattr(window, "_show_kept", lambda message: None)
    window.ops._retry.setInterval(100)
    pid = _add(db)
    tl = _show_timeline(window, qtbot)
    with colleague_writing(db):
        _drag_on_row(window, qtbot, pid, Q(2025, 2).index + 1, Q(2025, 3).index + 1)
        assert len(window.ops.pending) == 1 and _project(db, pid).planned_completion == Q(2025, 2)
        assert tl.kept_spans() == {pid: (Q(2024, 3).index, Q(2025, 3).index + 1)}
        # painted there: the bar's colour in the quarter it was dragged over, as in one it held (of the same band)
        row = tl.layout_.row_of[pid]
        img = tl.plot.grab().toImage()
        y = _viewport_point(tl, Q(2025, 3).index, row + 0.4).y()

        def middle(q):
            return img.pixelColor(int((tl.x_of(q.index) + tl.x_of(q.index + 1)) / 2), y)

        assert middle(Q(2025, 3)) == middle(Q(2025, 1)) != middle(Q(2025, 4))
    qtbot.waitUntil(lambda: _project(db, pid).planned_completion == Q(2025, 3), timeout=15000)
    assert tl.kept_spans() == {}


def test_a_kept_bar_dragged_again_moves_from_where_it_was_dropped(window, db, qtbot, monkeypatch):
    # the second drag took the bar from where the database had it: grabbing the kept bar's end (drawn a quarter
    # further) missed it and panned the chart, and a drag back to the plan's quarter was dropped as "no change" —
    # the kept drag was then written, the bar where the planner had not left it
    from milestones.store import database
    from tests.gui.test_edit_while_another_writes import colleague_writing

    monkeypatch.setattr(database, "WRITER_WAIT_S", 120)
    monkeypatch.setattr(window, "_show_kept", lambda message: None)
    window.ops._retry.setInterval(100)
    pid = _add(db)  # 2024Q3 → 2025Q2
    tl = _show_timeline(window, qtbot)
    with colleague_writing(db):
        _drag_on_row(window, qtbot, pid, Q(2025, 2).index + 1, Q(2025, 3).index + 1)
        assert tl.kept_spans() == {pid: (Q(2024, 3).index, Q(2025, 3).index + 1)}
        # its end grabbed where it is drawn now, a quarter further on
        _drag_on_row(window, qtbot, pid, Q(2025, 3).index + 1, Q(2025, 4).index + 1)
        assert tl.kept_spans() == {pid: (Q(2024, 3).index, Q(2025, 4).index + 1)}
        assert len(window.ops.pending) == 2
    qtbot.waitUntil(lambda: _project(db, pid).planned_completion == Q(2025, 4), timeout=15000)
    assert not window.ops.pending
    with colleague_writing(db):
        _drag_on_row(window, qtbot, pid, Q(2025, 4).index + 1, Q(2025, 3).index + 1)
        # and back to where the database has it: a change still, undoing the kept one
        _drag_on_row(window, qtbot, pid, Q(2025, 3).index + 1, Q(2025, 4).index + 1)
        assert len(window.ops.pending) == 2 and tl.kept_spans() == {pid: (Q(2024, 3).index, Q(2025, 4).index + 1)}
    qtbot.waitUntil(lambda: not window.ops.pending, timeout=15000)
    assert _project(db, pid).planned_completion == Q(2025, 4)
    assert _project(db, pid).planned_start == Q(2024, 3)


def test_a_project_off_the_list_shown_with_include_removed_is_struck_through_and_the_legend_says_so(window, db, qtbot):
    # 含已移出 drew a project taken off the year's list as any listed one, on screen and on paper
    from dataclasses import replace

    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter

    from milestones.store.changes import remove_projects
    from milestones.timeline.paint import View, legend_items, paint_chart, paint_labels

    with db.read() as s:
        pid = s.scalar(select(KeyProject.id).where(KeyProject.name == "红楼宾馆综合改造"))
    remove_projects(db, 2024, [pid], reason="并入二期")
    tl = _show_timeline(window, qtbot)
    assert pid not in tl.layout_.projects and not tl.options.removed
    window.filter_bar.removed.setChecked(True)
    qtbot.waitUntil(lambda: pid in tl.layout_.projects, timeout=3000)
    lay = tl.layout_
    assert lay.projects[pid].on_list is False and lay.has_removed and tl.options.removed
    assert ("removed", "名称划去：已移出计划") in legend_items(tl.options)

    def label(layout) -> QImage:
        row = layout.row_of[pid]
        img = QImage(300, 24, QImage.Format_RGB32)
        img.fill(QColor("white"))
        p = QPainter(img)
        paint_labels(p, layout, View(0, 1, row, 24, QRectF(0, 0, 300, 24)), QRectF(0, 0, 300, 24), tl.options)
        p.end()
        return img

    listed = replace(lay, projects={**lay.projects, pid: replace(lay.projects[pid], on_list=True)})
    off, on = label(lay), label(listed)
    def darkest(img: QImage) -> int:  # (the name's ink: near black when listed, grey when off the list)
        return min(QColor(img.pixel(x, y)).lightness() for x in range(40, 300) for y in range(24))

    assert off != on and darkest(on) < 80 <= darkest(off)
    # and its light is an empty square: off the list it is judged no more (the light said 严重滞后 in red)
    assert QColor(off.pixel(8, 12)).lightness() > 240 > QColor(on.pixel(8, 12)).lightness()
    assert lay.light[lay.row_of[pid]] == listed.light[listed.row_of[pid]] == 3  # (严重滞后, as judged)

    def bar(layout) -> QColor:  # its planned bar's fill, in the middle of the bar
        row = layout.row_of[pid]
        x0, x1 = float(layout.plan_x0[row]), float(layout.plan_x1[row])
        img = QImage(400, 24, QImage.Format_RGB32)
        img.fill(QColor("white"))
        p = QPainter(img)
        paint_chart(p, layout, View(x0 - 1, x1 + 1, row, 24, QRectF(0, 0, 400, 24)), tl.options)
        p.end()
        return QColor(img.pixel(200, int(24 * 0.39)))

    assert bar(listed).saturation() > 30 > bar(lay).saturation()  # pale red listed, grey off the list
