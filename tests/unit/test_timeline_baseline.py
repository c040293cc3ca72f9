"""A revised plan's original span (原计划) in the timeline's layout and legend."""
import math

from milestones.domain.quarter import Quarter
from milestones.timeline.layout import TimelineProject, build_layout
from milestones.timeline.paint import Options, legend_items

Q = Quarter


def test_the_original_span_is_laid_out_beside_todays():
    moved = TimelineProject(1, "延期项目", "东部", "解放碑", Q(2024, 1), Q(2024, 4), original=(Q(2024, 1), Q(2024, 2)))
    kept = TimelineProject(2, "按期项目", "东部", "解放碑", Q(2024, 1), Q(2024, 2))
    lay = build_layout([moved, kept], at=Q(2024, 2))
    i, j = lay.row_of[1], lay.row_of[2]
    assert (lay.base_x0[i], lay.base_x1[i]) == (Q(2024, 1).index, Q(2024, 2).index + 1)
    assert math.isnan(lay.base_x0[j])
    assert lay.has_baselines
    assert not build_layout([kept], at=Q(2024, 2)).has_baselines


def test_an_original_before_the_year_widens_the_axis_and_survives_a_row_redrawn():
    moved = TimelineProject(1, "延期项目", "东部", "解放碑", Q(2024, 3), Q(2024, 4), original=(Q(2023, 3), Q(2023, 4)))
    lay = build_layout([moved], at=Q(2024, 2))
    assert lay.first == Q(2023, 3)  # the original span is on the chart, not cut off
    back = TimelineProject(1, "延期项目", "东部", "解放碑", Q(2024, 3), Q(2024, 4))  # restored as it was
    assert lay.replace(back)
    assert not lay.has_baselines


def test_the_legend_names_the_mark_only_when_it_is_drawn():
    kinds = [k for k, _t in legend_items(Options())]
    assert "baseline" not in kinds
    assert ("baseline", "原计划（已调整）") in legend_items(Options(baselines=True))
    assert ("baseline", "Original plan (revised)") in legend_items(Options(baselines=True, language="en"))


def test_the_legend_names_a_reached_milestone_only_where_one_is_drawn():
    # an approval obtained is drawn as a small dark diamond: the legend said nothing of it
    got = TimelineProject(1, "甲项目", "东部", "解放碑", Q(2024, 1), Q(2024, 4),
                          milestones=(("施工许可", None, Q(2024, 2)), ("立项批复", None, None)))
    planned = TimelineProject(2, "乙项目", "东部", "解放碑", Q(2024, 1), Q(2024, 4), milestones=(("投用", Q(2024, 4), None),))
    assert build_layout([got, planned], at=Q(2024, 2)).has_reached_milestones
    assert not build_layout([planned], at=Q(2024, 2)).has_reached_milestones
    assert ("reached", "节点已完成") in legend_items(Options(reached=True))
    assert ("reached", "Milestone reached") in legend_items(Options(reached=True, language="en"))
    assert "reached" not in dict(legend_items(Options()))
    assert "reached" not in dict(legend_items(Options(reached=True, milestones=False)))  # none drawn then


def test_a_milestones_name_is_drawn_beside_its_diamond_where_there_is_room(qapp):
    # paper has no tooltip: a diamond at 2024年二季度 read as a second completion. Right of the diamond as far as the
    # next diamond on its line; where not even two characters fit, nothing (not a name run over a diamond)
    import datetime as dt

    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter

    from milestones.timeline.paint import Options, View, paint_chart

    lay = build_layout([TimelineProject(1, "甲项目", "东部", "解放碑", Q(2024, 1), Q(2024, 4),
                                        milestones=(("主体完工", Q(2024, 2), None), ("投用", Q(2024, 3), None)),
                                        investment=((Q(2024, 2), 1.0, 0.5),))],
                       at=Q(2024, 2))
    row = lay.row_of[1]

    def painted(names: bool, x1: float, investment: bool = False) -> QImage:
        img = QImage(800, 30 * (row + 1), QImage.Format_RGB32)
        img.fill(QColor("white"))
        p = QPainter(img)
        paint_chart(p, lay, View(Q(2024, 1).index, x1, 0, 30, QRectF(0, 0, 800, 30 * (row + 1))),
                    Options(today=dt.date(2030, 1, 1), milestone_names=names, investment=investment))
        p.end()
        return img

    def differ(a: QImage, b: QImage, x0: int, x1: int) -> int:
        return sum(1 for x in range(x0, x1) for y in range(30 * row, 30 * row + 30) if a.pixel(x, y) != b.pixel(x, y))

    wide = Q(2026, 1).index  # 8 quarters of 100 pixels: 主体完工 at x=200, 投用 at 300, the completion at 400
    named, plain = painted(True, wide), painted(False, wide)
    assert differ(named, plain, 206, 294) > 20 and differ(named, plain, 306, 394) > 20
    assert differ(named, plain, 0, 195) == 0  # nothing left of the first diamond
    narrow = Q(2024, 1).index + 64  # 64 quarters: 12.5 pixels each, no room between the diamonds
    assert differ(painted(True, narrow), painted(False, narrow), 0, 800) == 0
    # beside the quarters' investment bars, which fill the row, no names: they ran under the bars
    assert differ(painted(True, wide, investment=True), painted(False, wide, investment=True), 0, 800) == 0
