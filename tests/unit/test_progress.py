import datetime as dt
from dataclasses import replace
from hypothesis import given, settings, strategies as st

from milestones.domain import Light, LightRules, ProjectStatus, Quarter, investment_rate, time_elapsed, warning_light
from milestones.domain.progress import light_reasons

Q = Quarter


def test_time_elapsed_progress_per_quarter():
    assert [time_elapsed(Q(2024, q)) for q in (1, 2, 3, 4)] == [0.25, 0.5, 0.75, 1.0]
    assert time_elapsed(dt.date(2024, 6, 30)) == 0.5
    assert time_elapsed(dt.date(2024, 1, 5)) == 0


def test_investment_completion_rate():
    assert investment_rate(3.0, 12.0) == 0.25
    assert investment_rate(3.0, None) is None and investment_rate(None, 5.0) is None


def test_a_project_starting_on_time_is_green():
    p = ProjectStatus(planned_start=Q(2024, 2), actual_start=Q(2024, 2))
    assert warning_light(p, Q(2024, 2)) is Light.GREEN


def test_a_plan_naming_only_a_year_is_due_by_its_end():
    # "2024年开工" carried into 2025 and never started stayed 正常 for ever: the year is its deadline now
    from milestones.domain.progress import light_reasons, named_year

    assert [named_year(t) for t in ("2024年开工", "2024年底前完工", "2024-2025年", "明年", "２０２４年", "前期", None)] \
        == [2024, 2024, None, None, None, None, None]
    p = ProjectStatus(start_year=2024)
    assert warning_light(p, Q(2024, 4)) is Light.GREEN  # within the year: on time
    assert warning_light(p, Q(2025, 1)) is Light.YELLOW
    assert warning_light(p, Q(2025, 2)) is Light.RED
    (why,) = light_reasons(p, Q(2025, 2))
    assert why.text() == "计划2024年内开工，尚未开工，已晚2个季度"
    assert why.text("en") == "planned to start in 2024, not started: 2 quarter(s) late"
    assert warning_light(ProjectStatus(actual_start=Q(2024, 3), start_year=2024), Q(2025, 2)) is Light.GREEN
    assert warning_light(ProjectStatus(start_year=2025), Q(2024, 2)) is Light.NOT_STARTED  # not due yet
    done_late = ProjectStatus(actual_start=Q(2023, 1), completion_year=2024)
    assert warning_light(done_late, Q(2025, 3)) is Light.RED
    assert light_reasons(done_late, Q(2025, 3))[0].text() == "计划2024年内完工，尚未完工，已晚3个季度"
    # a quarter given wins over the wording's year
    assert warning_light(ProjectStatus(planned_start=Q(2025, 4), start_year=2024), Q(2025, 2)) is Light.NOT_STARTED


def test_a_start_not_reached_turns_yellow_then_red():
    p = ProjectStatus(planned_start=Q(2024, 1))
    assert warning_light(p, Q(2024, 1)) is Light.GREEN
    assert warning_light(p, Q(2024, 2)) is Light.YELLOW
    assert warning_light(p, Q(2024, 3)) is Light.RED


def test_not_yet_due_and_done():
    assert warning_light(ProjectStatus(planned_start=Q(2024, 4)), Q(2024, 1)) is Light.NOT_STARTED
    done = ProjectStatus(planned_completion=Q(2024, 2), actual_completion=Q(2024, 3))
    assert warning_light(done, Q(2024, 4)) is Light.DONE
    assert warning_light(done, Q(2024, 2)) is not Light.DONE


def test_investment_behind_time_elapsed():
    on_time = ProjectStatus(annual_planned=10, actual_to_date=5)
    assert warning_light(on_time, Q(2024, 2)) is Light.GREEN
    assert warning_light(ProjectStatus(annual_planned=10, actual_to_date=3), Q(2024, 2)) is Light.YELLOW  # 20 pts
    assert warning_light(ProjectStatus(annual_planned=10, actual_to_date=1), Q(2024, 2)) is Light.RED  # 40 pts


def test_thresholds_are_configurable():
    strict = LightRules(yellow_quarters_late=1, red_quarters_late=1)
    assert warning_light(ProjectStatus(planned_start=Q(2024, 1)), Q(2024, 2), strict) is Light.RED


def test_investment_to_date_counts_the_plan_year_up_to_the_quarter():
    from milestones.domain.progress import invested_to

    reports = [(Q(2024, 1).index, 1.0), (Q(2024, 2).index, 0.5), (Q(2024, 3).index, 2.0),
               (Q(2023, 4).index, 9.0), (Q(2024, 2).index + 0, None)]
    assert invested_to(Q(2024, 2), reports) == 1.5  # last year's and later quarters do not count
    assert invested_to(Q(2024, 4), reports) == 3.5
    assert invested_to(Q(2024, 2), []) is None  # nothing reported is unknown, not zero
    assert invested_to(Q(2024, 1), [(Q(2024, 1).index, 0.0)]) == 0.0  # a reported zero is a zero


def test_a_light_says_why():
    from milestones.domain.progress import light_reasons

    late = ProjectStatus(planned_start=Q(2024, 1), planned_completion=Q(2024, 2), annual_planned=10, actual_to_date=1)
    reasons = light_reasons(late, Q(2024, 3))
    assert [r.text() for r in reasons] == [
        "计划2024年一季度开工，尚未开工，已晚2个季度",
        "年度投资完成10.0%，落后序时进度（75%）65.0个百分点",
        "计划2024年二季度完工，尚未完工，已晚1个季度",
    ]
    assert [r.light for r in reasons] == [Light.RED, Light.RED, Light.YELLOW]  # the worst first, then in order
    started_late = ProjectStatus(planned_start=Q(2024, 1), actual_start=Q(2024, 2))
    assert [r.text("en") for r in light_reasons(started_late, Q(2024, 4))] == [
        "planned to start in 2024 Q1, started in 2024 Q2: 1 quarter(s) late"]
    sanya = LightRules(red_share_of_elapsed=0.5)  # under half of 序时进度 is red, though only 26 points behind
    assert [r.text() for r in light_reasons(ProjectStatus(annual_planned=10, actual_to_date=2.4), Q(2024, 2), sanya)] \
        == ["年度投资完成24.0%，不足序时进度50%的50%"]
    assert light_reasons(ProjectStatus(planned_start=Q(2024, 1), actual_start=Q(2024, 1)), Q(2024, 4)) == []
    done = ProjectStatus(planned_completion=Q(2024, 1), actual_completion=Q(2024, 3))
    assert light_reasons(done, Q(2024, 4)) == []  # done: no reasons, whatever came before


_quarters = st.one_of(st.none(), st.builds(Quarter, st.integers(2023, 2025), st.integers(1, 4)))


@settings(max_examples=400, deadline=None)
@given(_quarters, _quarters, _quarters, _quarters, st.builds(Quarter, st.just(2024), st.integers(1, 4)),
       st.one_of(st.none(), st.sampled_from([0.0, 4.0, 10.0])),
       st.one_of(st.none(), st.sampled_from([0.0, 0.3, 1.0, 2.5, 5.0, 9.0])),
       st.sampled_from([LightRules(), LightRules(1, 1, 5.0, 15.0), LightRules(2, 3, 20.0, 40.0, 0.5)]))
def test_the_reasons_give_the_light(ps, as_, pc, ac, at, planned, invested, rules):
    """The light is the worst of its reasons; a project with none is on time, done or not yet due."""
    from milestones.domain.progress import light_reasons

    p = ProjectStatus(ps, as_, pc, ac, planned, invested)
    light, reasons = warning_light(p, at, rules), light_reasons(p, at, rules)
    if light in (Light.RED, Light.YELLOW):
        assert max(r.light.rank for r in reasons) == light.rank
    else:
        assert reasons == []
    assert all(r.text() and r.text("en") for r in reasons)


def test_a_project_under_way_by_its_nature_is_not_late_for_a_start_never_recorded():
    # 续建 on the 2024 list, planned to start in 2022, no start recorded: it read "计划2022年一季度开工，尚未开工，
    # 已晚9个季度" in red on the year's progress table, though the list itself says it is being built
    at = Quarter(2024, 2)
    listed = ProjectStatus(planned_start=Quarter(2022, 1), planned_completion=Quarter(2025, 4), under_way=True)
    assert warning_light(listed, at) is Light.GREEN and light_reasons(listed, at) == []
    assert warning_light(replace(listed, under_way=False), at) is Light.RED  # a new project so planned is late
    # its completion and its investment are still judged
    due = replace(listed, planned_completion=Quarter(2023, 4))
    assert [r.kind for r in light_reasons(due, at)] == ["completion"]
    assert warning_light(replace(listed, annual_planned=4.0, actual_to_date=0.2), at) is Light.RED
    # a start recorded late is judged as any project's is; one planned ahead is not "未到期" for a project under way
    assert warning_light(replace(listed, actual_start=Quarter(2022, 4)), at) is Light.RED
    assert warning_light(replace(listed, planned_start=Quarter(2024, 4)), at) is Light.GREEN
