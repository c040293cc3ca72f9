"""The dashboard tells indicators not yet reported from those whose target cannot be scored."""
from sqlalchemy import select

from milestones.store.changes import update_row
from milestones.store.dashboard import dashboard
from milestones.store.schema import Indicator, IndicatorYear


def _iy(db, name, year=2024):
    with db.read() as s:
        return s.scalars(select(IndicatorYear).join(Indicator, Indicator.id == IndicatorYear.indicator_id)
                         .where(Indicator.name == name,
                                                                      IndicatorYear.year == year)).one()


def test_nothing_reported_is_pending_not_unscorable(db):
    c = dashboard(db, 2024).indicators
    assert c["listed"] == 14 and c["pending"] == 14 and c["unscorable"] == 0  # the plan year has just begun
    gdp = _iy(db, "地区生产总值增速")  # target 6%左右
    update_row(db, "indicator_year", gdp.id, {"actual": 6.1}, gdp.version)
    quality = _iy(db, "文化旅游产业发展质效")  # no target the report states
    update_row(db, "indicator_year", quality.id, {"actual": 1.0}, quality.version)
    c = dashboard(db, 2024).indicators
    assert (c["met"], c["pending"], c["unscorable"]) == (1, 12, 1)


def test_a_growth_reported_for_an_amount_target_is_reported_and_not_judged(db):
    # an amount targeted in 亿元 (800) reported only as its growth ("增长5%"): its 5 was held against 800
    # and counted as not met; with no amount the report says nothing the target can judge
    private = _iy(db, "民营经济增加值")  # in 亿元
    update_row(db, "indicator_year", private.id, {"target_text": "800亿元", "target_op": "exact", "target_value": 800.0,
                                                 "target_unit": "亿元", "actual": None, "actual_text": "增长5%"},
               private.version)
    c = dashboard(db, 2024).indicators
    assert (c["not_met"], c["pending"], c["unscorable"]) == (0, 13, 1)
    private = _iy(db, "民营经济增加值")
    update_row(db, "indicator_year", private.id, {"actual_text": "待定"}, private.version)  # no figure yet
    assert dashboard(db, 2024).indicators["pending"] == 14


def test_the_measures_targets_are_counted_as_reported(db):
    from milestones.domain import Quarter
    from milestones.store.schema import MeasureTarget

    c = dashboard(db, 2024, Quarter(2024, 4)).measure_targets
    # every quantified target of part 三, and each of the 14 measures without a figure as its own; none reported
    assert c["listed"] == 125 and c["pending"] == 125
    assert c["due"] == 125  # by the fourth quarter the year's targets are all due, quarter given or not
    early = dashboard(db, 2024, Quarter(2024, 2)).measure_targets
    # mid-year only the targets the plan gives the first two quarters are due; the rest are not behind
    assert 0 < early["due"] < 125 and early["pending"] == early["due"]
    assert early["not_due"] == 125 - early["due"]
    with db.read() as s:
        contracts = s.scalars(select(MeasureTarget).where(MeasureTarget.text == "签约正式合同额600亿元")).one()
        forum = s.scalars(select(MeasureTarget).where(MeasureTarget.text == "举办各类交流论坛及互动活动20场以上")).one()
    update_row(db, "measure_target", contracts.id, {"actual": 650}, contracts.version)  # 650 ≥ 600
    update_row(db, "measure_target", forum.id, {"status": "未完成"}, forum.version)  # the table's own word
    c = dashboard(db, 2024, Quarter(2024, 4)).measure_targets
    assert (c["met"], c["not_met"], c["pending"]) == (1, 1, 123)


def test_the_tables_own_words_count_whatever_form_they_take(db):
    # "超额完成" with no figure is met, "否" not met, "√" met; "基本完成" leaves it to the figure
    words = {"地区生产总值增速": ("超额完成", None), "固定资产投资总额增速": ("否", None),
             "城镇新增就业": ("√", None), "全社会研发经费投入": ("基本完成", None)}
    for name, (status, actual) in words.items():
        iy = _iy(db, name)
        update_row(db, "indicator_year", iy.id, {"status": status, "actual": actual}, iy.version)
    c = dashboard(db, 2024).indicators
    assert (c["met"], c["not_met"], c["pending"]) == (2, 1, 11)



def test_a_rate_targeted_to_rise_by_points_is_judged_by_how_far_it_moved(db, tmp_path):
    # "提高0.5个百分点" on 常住人口城镇化率 (in %): the rate reached (61.2) was held against 0.5 as a
    # level, or not judged at all; it is the rate less last year's (60.6 in the 2023 table) that counts
    from milestones.spreadsheet.importer import preview, read_import, write
    from tests.spreadsheet.conftest import csv_file

    for year, rows in ((2023, "1,常住人口城镇化率,%,60.5,60.6,完成\n"),
                       (2024, "1,常住人口城镇化率,%,提高0.5个百分点,61.2,\n"
                              "2,城镇居民人均可支配收入增速高于GDP增速,%,提高1个百分点,61.5%，提高0.3个百分点,\n")):
        path = csv_file(tmp_path, f"附件1-{year}.csv", f"附件1\n{year}年主要指标完成情况\n"
                                                      f"序号,指标,单位,{year}年目标,{year}年完成,完成情况\n{rows}")
        imp = read_import(path)
        assert [t.errors for t in imp.tables] == [[]]
        write(db, preview(db, imp))
    c = dashboard(db, 2024).indicators
    # the first moved 0.6 points (met); the second says it moved 0.3 against 1 (not met)
    assert (c["met"], c["not_met"], c["unscorable"]) == (1, 1, 0)
    urban = _iy(db, "常住人口城镇化率")
    # a targets table's 上年完成 is last year's level when the year's own row is missing or differs
    update_row(db, "indicator_year", urban.id, {"previous_actual": 61.0}, urban.version)
    assert dashboard(db, 2024).indicators["not_met"] == 2  # 61.2 − 61.0 is 0.2


def test_the_quarters_steps_are_judged_and_a_target_due_later_is_not_behind_at_mid_year(db):
    # a 季度分解: 新增市场主体1.2万户 by the year's end, 0.6万户 by the second quarter
    from milestones.domain import Quarter
    from milestones.store.changes import replace_project_details
    from milestones.store.schema import MeasureTarget

    with db.read() as s:
        contracts = s.scalars(select(MeasureTarget).where(MeasureTarget.text == "签约正式合同额600亿元")).one()
    q2 = Quarter(2024, 2)
    assert dashboard(db, 2024, q2).quarter_steps["planned"] == 0  # no target has steps yet: no tiles
    update_row(db, "measure_target", contracts.id, {"quarter": Quarter(2024, 4), "actual": 350.0}, contracts.version)
    replace_project_details(db, contracts.id, "steps", [
        {"quarter": Quarter(2024, 1), "text": "150亿元", "value": 150.0, "actual": 160.0},
        {"quarter": q2, "text": "300亿元", "value": 300.0, "actual": 280.0},
        {"quarter": Quarter(2024, 4), "text": "600亿元", "value": 600.0}])
    assert dashboard(db, 2024, Quarter(2024, 1)).quarter_steps == {"planned": 1, "met": 1}
    assert dashboard(db, 2024, q2).quarter_steps == {"planned": 1, "not_met": 1}  # 280 < 300: behind its step
    assert dashboard(db, 2024, Quarter(2024, 3)).quarter_steps == {}  # no step that quarter
    assert dashboard(db, 2024, Quarter(2024, 4)).quarter_steps == {"planned": 1, "pending": 1}
    # 350 of 600 by mid-year is no target missed: it is due at the year's end
    mid = dashboard(db, 2024, q2).measure_targets
    assert mid["not_met"] == 0 and mid["not_due"] >= 1
    assert dashboard(db, 2024, Quarter(2024, 4)).measure_targets["not_met"] == 1
