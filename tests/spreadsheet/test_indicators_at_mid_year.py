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
    # 基本达到时序进度: short of the share by at most the office's points of the year's target
    assert pace(retail, 700.0, "亿元", 9, near_points=5) == "near_pace"  # 1.3 points short
    assert pace(retail, 650.0, "亿元", 9, near_points=5) == "behind_pace"  # 68.4 %: 6.6 points short
    assert pace(retail, 700.0, "亿元", 9, near_points=1) == "behind_pace"
    assert pace(retail, 960.0, "亿元", 9) == "met"  # the year's reached already (提前完成)
    # a growth or a rate to date is held against the year's as it is
    assert pace(Target("exact", 5.0, "%", "5"), 4.1, "%", 9) == "behind_pace"
    assert pace(Target("at_most", 5.5, "%", "5.5%以内"), 5.3, "%", 6) == "on_pace"
    # a ceiling on an amount: within its share of the year
    deaths = Target("at_most", 12.0, "人", "12人以内")
    assert (pace(deaths, 5, "人", 6), pace(deaths, 7, "人", 6)) == ("on_pace", "behind_pace")
    assert pace(deaths, 6.5, "人", 6, near_points=5) == "near_pace"  # 0.5 of 12 over its share: 4.2 points
    # a growth has no middle word: its points are of growth, not of the year's share
    assert pace(Target("exact", 5.0, "%", "5"), 4.9, "%", 9, near_points=5) == "behind_pace"
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
        "社会消费品零售总额": "near_pace",  # 1-9月 700 of 950: 73.7 % after 75 %, within the default 5 points
        "地区生产总值": "unscorable",  # 1240亿元 against 增长6%: no growth stated
    }
    c = dashboard(db, 2024).indicators
    assert (c["on_pace"], c["near_pace"], c["behind_pace"], c["not_met"]) == (2, 1, 1, 0)
    from milestones.store.summary import progress_summary

    text = progress_summary(dashboard(db, 2024), "zh")
    assert "完成1项、未完成0项、达到时序进度2项、基本达到时序进度1项、未达时序进度1项" in text
    assert "1 met, 0 not met, 2 on pace, 1 nearly on pace, 1 behind pace" in progress_summary(dashboard(db, 2024), "en")
    # which, and how far short of the time gone, as a review names them: an amount by its share of the year
    d = dashboard(db, 2024)
    assert d.behind_pace == [("规上工业增加值增速", None, None)]  # a growth by name only
    assert [(n, round(done, 1), due) for n, done, due in d.near_pace] == [("社会消费品零售总额", 73.7, 75.0)]
    assert ("基本达到时序进度的：社会消费品零售总额（完成全年目标的73.7%，低于时序进度1.3个百分点）。"
            "未达时序进度的：规上工业增加值增速。") in text
    assert "Nearly on pace: 社会消费品零售总额 (73.7% of the year's target, 1.3 points behind the time gone). " \
           "Behind pace: 规上工业增加值增速." in progress_summary(dashboard(db, 2024), "en")


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


def test_the_office_sets_how_far_short_is_still_nearly_on_pace(db, lo_files):
    """基本达到时序进度 is the office's band (预警规则): 1.3 points short is 未达 where the office says 1 point, and
    every shortfall is 未达 at 0; the table's own word 基本达到时序进度 is kept as it says, and a word of 达到
    on a figure only nearly on pace is a finding."""
    from dataclasses import replace

    from milestones.domain.progress import LightRules
    from milestones.store.changes import update_row
    from milestones.store.checks import find_problems
    from milestones.store.settings import set_light_rules

    _imported(db, lo_files["indicators-progress-2024"], lo_files["indicators-monitoring-2024"])
    assert dashboard(db, 2024).indicators["near_pace"] == 1
    set_light_rules(db, replace(LightRules(), near_pace_points=1.0))
    c = dashboard(db, 2024).indicators
    assert (c["near_pace"], c["behind_pace"]) == (0, 2)
    set_light_rules(db, replace(LightRules(), near_pace_points=0.0))
    assert dashboard(db, 2024).indicators["behind_pace"] == 2
    assert LightRules(near_pace_points=101).problem() == "“基本达到时序进度”的百分点应在 0 到 100 之间"

    set_light_rules(db, LightRules())
    with db.read() as s:
        jobs, retail = (s.scalar(select(IndicatorYear).join(Indicator, Indicator.id == IndicatorYear.indicator_id)
                                 .where(Indicator.name == name, IndicatorYear.year == 2024))
                        for name in ("城镇新增就业", "社会消费品零售总额"))
    update_row(db, "indicator_year", jobs.id, {"status": "基本达到序时进度"}, jobs.version)
    update_row(db, "indicator_year", retail.id, {"status": "达到时序进度"}, retail.version)
    c = dashboard(db, 2024).indicators
    assert (c["near_pace"], c["on_pace"]) == (1, 2)  # each table's word first: 城镇新增就业 near, 社零 on pace
    with db.read() as s:
        found = [f.text() for f in find_problems(s, 2024) if f.check == "status_vs_figure"]
    assert found == ["完成情况写“达到时序进度”，但完成值1-9月：700对照目标“950”为基本达到时序进度"]


def test_a_monitoring_tables_verdict_is_its_completion_column_not_the_pace_figure_beside_it(tmp_path):
    # "序时进度" (48.6%) before "完成情况" (基本达到序时进度): the verdicts were dropped as "the same column",
    # the status read "48.6%"
    from milestones.spreadsheet.importer import read_import

    path = tmp_path / "监测.csv"
    path.write_text("2024年1-6月主要经济指标监测表\n指标名称,单位,年度目标,1-6月,同比增长（%）,序时进度,完成情况\n"
                    "地区生产总值,亿元,增长6%左右,850.2,5.8,,基本达到序时进度\n"
                    "固定资产投资,亿元,增长5%,102.3,4.2,48.6%,未达序时进度\n", encoding="utf-8")
    (t,) = read_import(path).tables
    assert [r["status"] for r in t.records] == ["基本达到序时进度", "未达序时进度"]
    assert "第F列“序时进度”与第G列“完成情况”是同一项，只导入了第G列" in [p.message for p in t.problems]


def test_the_share_of_the_years_target_reached_is_worked_out_not_a_second_target(tmp_path):
    # "完成全年目标（%）" beside 全年目标 and 1-6月完成 was said to be "the same as column D, only D imported" —
    # it is the share reached, which the program works out from the two
    from milestones.spreadsheet.importer import read_import
    from tests.spreadsheet.conftest import csv_file

    path = csv_file(tmp_path, "半年.csv", "2024年上半年主要经济指标完成情况\n序号,指标名称,单位,全年目标,1-6月完成,"
                                        "完成全年目标（%）,进度评价\n1,固定资产投资,亿元,220,105,47.7,未达进度\n"
                                        "2,城镇新增就业,万人,4.5,2.6,57.8,提前完成\n")
    (t,) = read_import(path).tables
    assert [(r["target"]["value"], r["actual"], r["status"]) for r in t.records] == [
        (220.0, 105.0, "未达进度"), (4.5, 2.6, "提前完成")]
    said = [p.message for p in t.problems if "第F列" in p.message]
    assert said == ["第F列“完成全年目标（%）”是由表中其他数算出的，未导入（程序按导入的数计算）"]
    # without its percent, "完成年度目标" heads a task list's targets, as before
    tasks = csv_file(tmp_path, "任务.csv", "2024年重点任务分解表\n序号,重点任务,完成年度目标,责任单位\n"
                                         "1,扩大有效投资,固定资产投资增长5%,区发展改革委\n")
    (t,) = read_import(tasks).tables
    assert (t.kind, [r["text"] for r in t.records]) == ("measures", ["固定资产投资增长5%"])


def test_a_task_reviews_share_done_is_worked_out_too(tmp_path):
    from milestones.spreadsheet.importer import read_import
    from tests.spreadsheet.conftest import csv_file

    path = csv_file(tmp_path, "推进.csv", "2024年重点任务前三季度推进情况\n序号,工作任务,年度目标,1-9月完成情况,完成进度（%）,"
                                        "责任单位\n1,稳定就业,城镇新增就业4.5万人,3.8万人,84.4,区人力社保局\n")
    (t,) = read_import(path).tables
    assert [(r["value"], r["actual"]) for r in t.records] == [(4.5, 3.8)]
    assert "第E列“完成进度（%）”是由表中其他数算出的，未导入（程序按导入的数计算）" in [p.message for p in t.problems]


def test_yes_or_no_under_is_it_on_pace_is_the_pace_not_met(db, tmp_path):
    # "是否达到时序进度: 是" beside a figure for nine months was kept as "是", read as 完成: the indicator stood as met
    # (done for the year) after nine months; it is on pace
    from milestones.spreadsheet.importer import read_import
    from milestones.store.dashboard import indicator_standing
    from tests.spreadsheet.conftest import csv_file

    path = csv_file(tmp_path, "1-9月.csv", "2024年1-9月主要经济指标完成情况\n序号,指标名称,单位,全年目标,1-9月完成,"
                                         "是否达到时序进度\n1,固定资产投资,亿元,220,160,是\n2,城镇新增就业,万人,4.5,3.0,否\n")
    (t,) = read_import(path).tables
    assert [r["status"] for r in t.records] == ["达到时序进度", "未达时序进度"]
    _imported(db, path)
    with db.read() as s:
        got = {n: indicator_standing(iy, u, None) for n, u, iy in s.execute(
            select(Indicator.name, Indicator.unit, IndicatorYear).join(IndicatorYear.indicator)
            .where(IndicatorYear.year == 2024, Indicator.name.in_(["固定资产投资", "城镇新增就业"])))}
    assert got == {"固定资产投资": "on_pace", "城镇新增就业": "behind_pace"}
