"""The plan's own figures (计划数) typed in, the same on SQLite and PostgreSQL: a year opened from the last one states
nothing until they are typed; a plan changed mid-year (65 key projects to 67) follows; a colleague's change is not
overwritten unseen."""
import pytest
from sqlalchemy import select

from milestones.domain import Quarter
from milestones.store.changes import Conflict, EditError, start_next_plan
from milestones.store.dashboard import dashboard
from milestones.store.plan_figures import read_figures, set_figures
from milestones.store.queries import plan_summary
from milestones.store.schema import StatedFigure


def test_the_bundled_plans_figures_are_read_as_its_report_states_them(any_db):
    f = read_figures(any_db, 2024)
    assert f["stated"] == {"key_projects": 65, "annual_investment": 184.8, "indicators_2024": 26,
                           "indicators_2024_binding": 7, "indicators_2024_expected": 19, "indicators_2023": 23,
                           "indicators_2023_met": 17, "indicators_2023_not_met": 3, "indicators_2023_adjusted": 3}
    assert [(q["starts"], q["completions"]) for q in f["quarters"]] == [(5, 1), (8, 1), (11, 3), (11, 14)]


def test_a_plan_changed_mid_year_follows_and_a_figure_not_named_stays(any_db):
    cs = set_figures(any_db, 2024, {"stated": {"key_projects": 67, "annual_investment": None},
                                    "quarters": [{"quarter": 3, "starts": 12}]},
                     {"stated": {"key_projects": 65, "annual_investment": 184.8},
                      "quarters": [{"quarter": 3, "starts": 11}]})
    assert set(cs.updated) == {"stated_figure", "quarter_target"} and set(cs.deleted) == {"stated_figure"}
    f = read_figures(any_db, 2024)
    assert (f["stated"]["key_projects"], f["stated"]["annual_investment"]) == (67, None)
    assert (f["quarters"][2]["starts"], f["quarters"][2]["completions"]) == (12, 3)  # completions not named: kept
    with any_db.read() as s:
        row = s.scalar(select(StatedFigure).where(StatedFigure.key == "key_projects"))
        assert (row.text, row.source) == (None, "手工填写")  # "65个重点项目" no longer says it
    assert plan_summary(any_db)["key_projects"] == {"stated": 67, "listed": 49}
    assert dashboard(any_db, 2024).quarters[2].starts_stated == 12


def test_a_colleagues_change_is_a_conflict_and_nothing_is_written(any_db):
    set_figures(any_db, 2024, {"stated": {"key_projects": 67}})  # a colleague's
    with pytest.raises(Conflict):
        set_figures(any_db, 2024, {"stated": {"key_projects": 66, "indicators_2024": 27}},
                    {"stated": {"key_projects": 65, "indicators_2024": 26}})
    f = read_figures(any_db, 2024)["stated"]
    assert (f["key_projects"], f["indicators_2024"]) == (67, 26)


@pytest.mark.parametrize("given, said", [({"stated": {"key_projects": "六十五"}}, "不是数字"),
                                         ({"stated": {"key_projects": 65.5}}, "不是整数"),
                                         ({"quarters": [{"quarter": 1, "starts": -1}]}, "不能为负数"),
                                         ({"stated": {"population": 1}}, "不能设置计划数")])
def test_a_figure_that_is_no_count_is_refused(any_db, given, said):
    with pytest.raises(EditError, match=said):
        set_figures(any_db, 2024, given)
    assert read_figures(any_db, 2024)["stated"]["key_projects"] == 65


def test_a_year_opened_from_the_last_states_nothing_until_typed(any_db):
    start_next_plan(any_db, 2024)
    f = read_figures(any_db, 2025)
    assert set(f["stated"].values()) == {None} and {q["starts"] for q in f["quarters"]} == {None}
    set_figures(any_db, 2025, {"stated": {"key_projects": 70, "annual_investment": 190.5, "indicators_2025": 25},
                               "quarters": [{"quarter": n, "starts": s, "completions": c}
                                            for n, s, c in ((1, 6, 2), (2, 9, 2), (3, 10, 4), (4, 12, 15))]})
    d = dashboard(any_db, 2025, Quarter(2025, 4))
    assert d.investment_stated == 190.5 and d.indicators_stated == {"listed": 25}
    assert [(q.starts_stated, q.completions_stated) for q in d.quarters] == [(6, 2), (9, 2), (10, 4), (12, 15)]
    # the 2024 plan's own are untouched
    assert read_figures(any_db, 2024)["stated"]["key_projects"] == 65


def test_the_plans_title_office_and_number_are_typed_with_its_figures(any_db):
    # an office starting from an empty database had a plan named by its year alone ("2025年国民经济和社会发展计划")
    # heading its printouts, and no 文号 anywhere
    held = read_figures(any_db, 2024)["plan"]
    assert held["title"] == "重庆市渝中区2024年国民经济和社会发展计划"
    new = {"title": "重庆市渝中区2024年国民经济和社会发展计划（调整）", "document_number": "渝中府发〔2024〕9号"}
    cs = set_figures(any_db, 2024, {"plan": new}, {"plan": {k: held[k] for k in new}})
    assert cs.updated == {"plan": {next(iter(cs.updated["plan"]))}}
    assert {k: read_figures(any_db, 2024)["plan"][k] for k in new} == new
    with pytest.raises(EditError, match="计划名称不能为空"):
        set_figures(any_db, 2024, {"plan": {"title": "  "}})
    with pytest.raises(Conflict):  # what the box showed is no longer there: a colleague's title stands
        set_figures(any_db, 2024, {"plan": {"title": "x"}}, {"plan": {"title": held["title"]}})
    assert read_figures(any_db, 2024)["plan"]["title"] == new["title"]
