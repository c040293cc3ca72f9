"""The timeline's rows in another order than the list's, within each area: a waterfall by planned start or
completion, or the worst light first — what a quarterly meeting goes through."""
import pytest

from milestones.domain import Quarter as Q
from milestones.timeline.layout import TimelineProject, build_layout, in_order


def _p(pid, name, area, start=None, end=None, actual_start=None):
    return TimelineProject(pid, name, "东部", area, start, end, actual_start=actual_start)


# in the list's order, the areas together as the list gives them
PROJECTS = [
    _p(1, "甲", "解放碑", Q(2024, 3), Q(2024, 4)),
    _p(2, "乙", "解放碑", None, None),  # the plan names no quarter
    _p(3, "丙", "解放碑", Q(2024, 1), Q(2025, 2)),
    _p(4, "丁", "解放碑", Q(2024, 1), Q(2024, 2)),
    _p(5, "戊", "化龙桥", Q(2024, 2), Q(2024, 3)),
    _p(6, "己", "化龙桥", Q(2023, 4), Q(2024, 1)),
]


def _names(projects):
    return [p.name for p in projects]


def test_by_planned_start_within_each_area_the_areas_in_their_places():
    ordered = in_order(PROJECTS, "start", Q(2024, 4))
    assert _names(ordered) == ["丁", "丙", "甲", "乙", "己", "戊"]  # same start: the earlier completion first
    lay = build_layout(ordered, at=Q(2024, 4))
    assert [g[1] for g in lay.groups] == ["解放碑", "化龙桥"] and [g[2] for g in lay.groups] == [4, 2]


def test_by_planned_completion():
    assert _names(in_order(PROJECTS, "completion", Q(2024, 4))) == ["丁", "甲", "丙", "乙", "己", "戊"]


def test_the_worst_light_first_ties_in_the_lists_order():
    late = [_p(1, "未开工应开工", "解放碑", Q(2024, 1), Q(2024, 4)),  # due to start in Q1, not started by Q4: red
            _p(2, "按期", "解放碑", Q(2024, 4), Q(2025, 4), actual_start=Q(2024, 4)),
            _p(3, "也应开工", "解放碑", Q(2024, 1), Q(2025, 4))]
    assert _names(in_order(late, "light", Q(2024, 4))) == ["未开工应开工", "也应开工", "按期"]


def test_the_lists_order_and_a_wrong_word():
    assert in_order(PROJECTS, "list", Q(2024, 4)) == PROJECTS
    with pytest.raises(ValueError, match="排序应为"):
        in_order(PROJECTS, "name", Q(2024, 4))


def test_a_start_given_by_its_year_goes_with_that_years_fourth_quarter():
    # "2024年开工" went after 2025's starts, a waterfall with a step back up; the list sorts it the same way now
    projects = [_p(1, "二五年", "解放碑", Q(2025, 1), Q(2025, 4)),
                TimelineProject(2, "年份", "东部", "解放碑", None, Q(2025, 2), start_text="2024年开工"),
                _p(3, "三季度", "解放碑", Q(2024, 3), Q(2024, 4)),
                _p(4, "无", "解放碑")]
    assert _names(in_order(projects, "start", Q(2024, 4))) == ["三季度", "年份", "二五年", "无"]
