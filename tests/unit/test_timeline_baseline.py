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
