"""A target's quarterly steps written in one cell, as offices write them and as the view shows them."""
import pytest

from milestones.domain.quarter import Quarter
from milestones.domain.steps import Step, parse_steps, step_figure, steps_text

Q = Quarter


@pytest.mark.parametrize("typed, steps", [
    ("一季度：0.3万户；二季度：0.6万户", [(Q(2024, 1), "0.3万户"), (Q(2024, 2), "0.6万户")]),
    ("第三季度: 主体完工\nQ4 竣工验收", [(Q(2024, 3), "主体完工"), (Q(2024, 4), "竣工验收")]),
    ("2024Q2：开工；1季度：完成设计", [(Q(2024, 1), "完成设计"), (Q(2024, 2), "开工")]),  # in quarter order
    # a step with a semicolon of its own goes on until the next quarter's label
    ("一季度：完成方案；启动招标；二季度：开工", [(Q(2024, 1), "完成方案；启动招标"), (Q(2024, 2), "开工")]),
    ("  ", []),
])
def test_steps_typed_in_one_cell(typed, steps):
    assert parse_steps(typed, 2024) == steps


@pytest.mark.parametrize("typed", ["完成方案；二季度：开工", "五季度：开工", "一季度：", "一季度：a；一季度：b"])
def test_steps_that_cannot_be_read_say_so(typed):
    with pytest.raises(ValueError):
        parse_steps(typed, 2024)


def test_what_is_shown_reads_back_in_both_languages():
    steps = [Step(Q(2024, 2), "0.6万户", 0.6), Step(Q(2024, 1), "0.3万户", 0.3, actual=0.35), Step(Q(2024, 3), None)]
    for english in (False, True):
        shown = steps_text(steps, 2024, english=english)
        assert parse_steps(shown, 2024) == [(Q(2024, 1), "0.3万户"), (Q(2024, 2), "0.6万户")]
    assert steps_text(steps, 2024) == "一季度：0.3万户；二季度：0.6万户"
    assert steps_text(steps, 2024, english=True) == "Q1: 0.3万户; Q2: 0.6万户"
    # what each quarter's review says: a figure alone in the target's unit
    assert steps_text(steps, 2024, done=True, unit="万户") == "一季度：0.35万户"


def test_a_steps_figure_is_read_where_it_has_one():
    assert (step_figure("0.6万户"), step_figure("累计完成60%"), step_figure("完成方案设计"), step_figure(None)) == \
        (0.6, 60.0, None, None)


def test_a_steps_figure_is_in_the_targets_unit_or_a_share_of_the_target():
    # "6000户" for a target in 万户 was held as 6,000 万户, no review could reach it; "1200亩" for one in 个 is
    # no count at all
    assert step_figure("6000户", "万户") == 0.6 and step_figure("0.6万户", "万户") == 0.6
    assert step_figure("累计完成60%", "万户") == 60.0 and step_figure("1200亩", "个") is None
    assert step_figure("完成30个", "个") == 30.0
    assert step_figure("1e309") is None  # no number there is: the step keeps its words
    assert step_figure("6.56.5") is None  # nor a figure with a unit ".5"


def test_a_review_in_a_share_of_the_target_is_held_against_a_step_in_one():
    # "年底完成50%" of a target in 个, reviewed "完成55%": the review is read as no count (a share is none), and was
    # 55 个 against 50 before — the same verdict only by luck; held as shares it is judged as shares
    from milestones.domain.steps import step_score
    from milestones.domain.target import Score

    q = Quarter(2024, 4)
    at = Step(q, "年底完成50%", step_figure("年底完成50%", "个"), "完成55%", None)
    assert step_score(at, "at_least", "个") == Score.MET
    short = Step(q, "年底完成50%", 50.0, "完成45%", None)
    assert step_score(short, "at_least", "个") == Score.NOT_MET
    assert step_score(Step(q, "年底完成50%", 50.0, "进展顺利", None), "at_least", "个") == Score.UNSCORABLE
