"""A review before the year's end (一季度, 1-9月, 前三季度 figures) is judged against the months gone —
达到时序进度 / 未达时序进度, as the offices word it — not against the whole year's target: 1.2万人 of 4.6
after the first quarter is on pace, where it read 未完成 in red."""
from sqlalchemy import select

from milestones.domain.target import Target, pace, pace_shares, reported_months
from milestones.store.dashboard import dashboard
from milestones.store.schema import Indicator, IndicatorYear


def _imported(db, *paths):
    from milestones.spreadsheet.importer import preview, read_import, write

    for path in paths:
        write(db, preview(db, read_import(path)))


def test_a_running_total_against_the_months_gone():
    assert [reported_months(t) for t in ("前三季度:7.8", "1-9月:1240", "一季度:1.2", "上半年:3", "5.8", "全年:5.8",
                                         "增长5.2%", None)] == [9, 9, 3, 6, None, None, None, None]
    jobs, retail = Target("exact", 4.6, "万人", "4.6"), Target("exact", 950.0, "亿元", "950")
    assert pace(jobs, 1.2, "万人", 3) == "on_pace"  # 26 % of the year after 25 % of it
    assert pace(retail, 700.0, "亿元", 9) == "behind_pace"  # 73.7 % after 75 %
    assert pace(retail, 960.0, "亿元", 9) == "met"  # the year's reached already (提前完成)
    # a growth or a rate to date is held against the year's as it is
    assert pace(Target("exact", 5.0, "%", "5"), 4.1, "%", 9) == "behind_pace"
    assert pace(Target("at_most", 5.5, "%", "5.5%以内"), 5.3, "%", 6) == "on_pace"
    # a ceiling on an amount: within its share of the year
    deaths = Target("at_most", 12.0, "人", "12人以内")
    assert (pace(deaths, 5, "人", 6), pace(deaths, 7, "人", 6)) == ("on_pace", "behind_pace")
    assert pace(Target.text_only("完成市下达任务"), 1.0, None, 6) is None
    # how far, for an amount: the share of the year's target done against the share of the year gone
    assert pace_shares(retail, 700.0, "亿元", 9) == (700 / 950 * 100, 75.0)
    assert pace_shares(Target("exact", 5.0, "%", "5"), 4.1, "%", 9) is None  # a growth: against its target
    assert pace_shares(deaths, 7, "人", 6) is None  # a ceiling has no share done


def test_monitoring_tables_saved_by_libreoffice_are_judged_at_their_months(db, lo_files):
    _imported(db, lo_files["indicators-progress-2024"], lo_files["indicators-monitoring-2024"])
    from milestones.store.dashboard import indicator_standing
    from milestones.store.queries import previous_levels

    with db.read() as s:
        levels = previous_levels(s, 2024)
        got = {ind.name: indicator_standing(iy, ind.unit, levels.get(ind.id)) for iy, ind in s.execute(
            select(IndicatorYear, Indicator).join(Indicator, Indicator.id == IndicatorYear.indicator_id)
            .where(IndicatorYear.year == 2024, IndicatorYear.actual.is_not(None)))}
    assert got == {
        "地区生产总值增速": "met",  # the monitoring table's 全年 column: the year's figure
        "社会消费品零售总额增速": "on_pace",  # 前三季度 7.8 against 7.5
        "城镇新增就业": "on_pace",  # 一季度 1.2 of 4.6
        "规上工业增加值增速": "behind_pace",  # 1-9月 4.1 against 5
        "社会消费品零售总额": "behind_pace",  # 1-9月 700 of 950
        "地区生产总值": "unscorable",  # 1240亿元 against 增长6%: no growth stated
    }
    c = dashboard(db, 2024).indicators
    assert (c["on_pace"], c["behind_pace"], c["not_met"]) == (2, 2, 0)
    from milestones.store.summary import progress_summary

    text = progress_summary(dashboard(db, 2024), "zh")
    assert "完成1项、未完成0项、达到时序进度2项、未达时序进度2项" in text
    assert "1 met, 0 not met, 2 on pace, 2 behind pace" in progress_summary(dashboard(db, 2024), "en")
    # which, and how far behind the time gone, as a review names them: an amount by its share of the year
    behind = dashboard(db, 2024).behind_pace
    assert [(n, None if d is None else round(d, 1), g) for n, d, g in behind] == [
        ("规上工业增加值增速", None, None), ("社会消费品零售总额", 73.7, 75.0)]  # a growth by name only
    assert "未达时序进度的：规上工业增加值增速、社会消费品零售总额（完成全年目标的73.7%，低于时序进度1.3个百分点）。" in text
    assert "Behind pace: 规上工业增加值增速, 社会消费品零售总额 (73.7% of the year's target, 1.3 points behind the time " \
           "gone)." in progress_summary(dashboard(db, 2024), "en")


def test_the_tables_own_word_of_pace_and_a_word_the_figure_contradicts(db):
    from milestones.store.changes import update_row
    from milestones.store.checks import find_problems

    with db.read() as s:
        retail = s.scalar(select(IndicatorYear).join(Indicator, Indicator.id == IndicatorYear.indicator_id)
                          .where(Indicator.name == "社会消费品零售总额增速", IndicatorYear.year == 2024))
    update_row(db, "indicator_year", retail.id, {"actual": 6.9, "actual_text": "1-9月:6.9", "status": "达到时序进度"},
               retail.version)  # 7.5 targeted: the word says on pace, the figure is behind
    c = dashboard(db, 2024).indicators
    assert (c["on_pace"], c["met"]) == (1, 0)  # the table's word first, as a mid-year word
    with db.read() as s:
        (f,) = [f for f in find_problems(s, 2024) if f.check == "status_vs_figure"]
    assert f.text() == "完成情况写“达到时序进度”，但完成值1-9月：6.9对照目标“增长7.5%”为未达时序进度"
