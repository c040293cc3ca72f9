"""A click on a heading sorts 举措与目标 and the indicator tables too (评价 what needs a word first, 责任单位 a unit's
rows together), empty cells last; 部分 or 举措 is the plan's order again."""
from PySide6.QtCore import Qt


def _keys(m):
    return [c.key for c in m.columns]


def test_targets_sorted_by_standing_unit_and_back_to_the_plans_order(window, db):
    window.show_targets("")
    view, m = window.targets_table, window.targets_model
    keys = _keys(m)
    plan_order = [r["id"] for r in m.rows]
    assert view.horizontalHeader().sortIndicatorSection() == -1  # opened in the plan's order, no arrow
    view.setCurrentIndex(m.index(5, keys.index("actual")))
    assert window.paste_cells("1")  # far below its target: 未完成
    view.setCurrentIndex(m.index(8, keys.index("actual")))
    assert window.paste_cells("100000")  # 完成
    view.setCurrentIndex(m.index(20, keys.index("responsible_unit")))
    assert window.paste_cells("区商务委\n区财政局\n区商务委")
    missed, met = plan_order[5], plan_order[8]
    view.sortByColumn(keys.index("standing"), Qt.AscendingOrder)
    assert m.rows[0]["id"] == missed and m.rows[-1]["id"] == met
    view.sortByColumn(keys.index("responsible_unit"), Qt.AscendingOrder)
    units = [r["responsible_unit"] for r in m.rows]
    # by pinyin (cai before shang), as Excel sorts Chinese; empty last
    assert units[:3] == ["区财政局", "区商务委", "区商务委"] and set(units[3:]) == {None}
    view.sortByColumn(keys.index("responsible_unit"), Qt.DescendingOrder)
    assert [r["responsible_unit"] for r in m.rows][:3] == ["区商务委", "区商务委", "区财政局"]
    # a search narrows the rows and keeps the order
    window.targets_page.search.setText("区商务委")
    window.targets_page._apply()
    assert [r["responsible_unit"] for r in m.rows] == ["区商务委", "区商务委"]
    window.targets_page.search.setText("")
    window.targets_page._apply()
    view.sortByColumn(keys.index("section"), Qt.AscendingOrder)
    assert [r["id"] for r in m.rows] == plan_order


def test_indicators_sorted_by_target_and_number(window):
    window.show_indicators_of("")
    view, m = window.indicators_table, window.indicators_model
    keys = _keys(m)
    seqs = [r["seq"] for r in m.rows]
    view.sortByColumn(keys.index("seq"), Qt.DescendingOrder)
    assert [r["seq"] for r in m.rows] == sorted(seqs, reverse=True)
    view.sortByColumn(keys.index("unit"), Qt.AscendingOrder)
    units = [r["unit"] for r in m.rows]
    named = [u for u in units if u]
    from milestones.domain.collation import sort_text

    assert named == sorted(named, key=sort_text) and units[len(named):] == [None] * (len(units) - len(named))
    assert named.index("天") < named.index("万人")  # tian before wan: by pinyin, not by code point


def test_the_targets_open_sorted_as_the_planner_left_them(qtbot, db, settings):
    from milestones.ui.main_window import MainWindow

    w = MainWindow(db, settings)
    qtbot.addWidget(w)
    unit = _keys(w.targets_model).index("responsible_unit")
    w.targets_table.sortByColumn(unit, Qt.DescendingOrder)
    w.close()
    again = MainWindow(db, settings)  # the next morning
    qtbot.addWidget(again)
    heading = again.targets_table.horizontalHeader()
    assert (heading.sortIndicatorSection(), heading.sortIndicatorOrder()) == (unit, Qt.DescendingOrder)
    assert again.targets_model._sort == (unit, True)
    assert settings.value("projects/sort", "", str) == ""  # each list its own
