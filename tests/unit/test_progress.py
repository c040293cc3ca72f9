import datetime as dt

from milestones.domain import Light, LightRules, ProjectStatus, Quarter, investment_rate, time_elapsed, warning_light

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
