"""A task review as offices send it in the autumn (重点工作任务推进情况表, 截至9月底): "1-9月推进情况", "是否达到序时进度"
(是 / 否), "存在问题", "下步工作打算". The pace and the remarks were columns with no field, dropped; a task due in
December said 达到序时进度 would, had it been kept, have counted as 完成 in September."""
import datetime as dt
from types import SimpleNamespace

import pytest
from sqlalchemy import select

from milestones.domain.quarter import Quarter
from milestones.spreadsheet.headings import match_heading
from milestones.spreadsheet.quarter_headings import review_period
from milestones.spreadsheet.importer import preview, read_import, write
from milestones.store.checks import find_problems
from milestones.store.dashboard import dashboard, said_behind, target_standing
from milestones.store.schema import MeasureTarget
from milestones.store.summary import progress_summary
from milestones.store.unit_progress import unit_progress

from .conftest import convert, csv_file

REVIEW = "measures-review-at-pace-2025"


@pytest.mark.parametrize("saved", ["lo_files", "lo_ods_files"])
def test_the_pace_the_period_and_the_remarks_are_kept(saved, request):
    (t,) = read_import(request.getfixturevalue(saved)[REVIEW]).tables
    assert (t.kind, t.year, len(t.records)) == ("measures", 2025, 4)
    by = {r["measure"]: r for r in t.records}
    built = by["新开工重点项目20个"]
    assert (built["status"], built["actual"], built["actual_text"]) == ("达到时序进度", 15.0, "1-9月:已新开工15个")
    assert built["notes"] == "下步工作打算：加快办理施工许可"  # "无" under 存在问题 says nothing
    renewal = by["完成城市更新项目10个"]
    assert renewal["status"] == "未达时序进度"
    assert renewal["notes"] == "市级督办；存在问题：资金缺口较大；下步工作打算：争取专项债券支持"
    assert by["培育市级专精特新企业30家"]["notes"] is None
    # no column is left unread
    assert not [p for p in t.problems if "没有对应的字段" in p.message]


def _standing(status, actual, quarter, at, value=20.0):
    t = SimpleNamespace(status=status, actual=actual, actual_text=None, op="exact", value=value, unit="个",
                        text=f"新开工重点项目{value:g}个", quarter=Quarter(2025, quarter))
    return target_standing(t, 2025, Quarter(2025, at)), said_behind(t, 2025, Quarter(2025, at))


def test_a_task_on_pace_before_its_deadline_is_not_done():
    assert _standing("达到时序进度", 15.0, 4, 3) == ("not_due", False)  # was "met": done in September
    assert _standing("达到时序进度", 21.0, 4, 3) == ("met", False)  # the year's figure reached already
    assert _standing("未达时序进度", 4.0, 4, 3) == ("not_due", True)  # behind, as a quarter's step missed is
    assert _standing("基本达到序时进度", 14.0, 4, 3) == ("not_due", False)
    # at its deadline the word is the outcome, as before
    assert _standing("达到时序进度", None, 3, 3) == ("met", False)
    assert _standing("未达时序进度", 4.0, 3, 3) == ("not_met", False)
    assert _standing("完成", None, 4, 3) == ("met", False)  # a word of the outcome is the outcome, due or not
    # words of the pace alone, no outcome in them: on its way, or behind, before the deadline; at it, the outcome
    assert _standing("按序时推进", None, 4, 3) == ("not_due", False)
    assert _standing("推进缓慢", None, 4, 3) == ("not_due", True)
    assert _standing("按计划推进，预计年底完成", None, 4, 4) == ("met", False)
    assert _standing("推进缓慢", None, 4, 4) == ("not_met", False)
    assert _standing("推进缓慢", 21.0, 4, 4) == ("met", False)  # the figure, where there is one


def test_written_the_review_counts_as_a_meeting_asks(lo_files, db):
    imp = read_import(lo_files[REVIEW])
    preview(db, imp)
    write(db, imp)
    units = {u.unit: u.targets for u in unit_progress(db, 2025, Quarter(2025, 3))}
    assert units["区发展改革委"]["not_due"] == 1 and units["区发展改革委"]["met"] == 0
    assert units["区住房城乡建委"]["behind"] == 1 and units["区人力社保局"]["behind"] == 1
    assert units["区经济信息委"]["met"] == 1  # due in September, 32 of 30
    d = dashboard(db, 2025, Quarter(2025, 3))
    assert (d.measure_targets["met"], d.measure_targets["not_due"], d.measure_targets["behind_pace"]) == (1, 3, 2)
    assert "未到期但未达序时进度2个" in progress_summary(d)
    assert "2 not due yet but behind pace" in progress_summary(d, "en")
    with db.read() as s:
        notes = dict(s.execute(select(MeasureTarget.text, MeasureTarget.notes)).all())
        assert notes["完成城市更新项目10个"].startswith("市级督办；存在问题：")
        found = [f for f in find_problems(s, 2025, dt.date(2025, 10, 8)) if f.check == "status_vs_figure"]
    assert not found  # 15 of 20 "达到序时进度" in September is no contradiction


@pytest.mark.parametrize("heading, field", [
    ("是否达到序时进度", "status"), ("存在问题", "issues"), ("存在问题及下步打算", "issues"),
    ("存在的问题及需协调事项", "issues"), ("下一步工作计划", "next"), ("下步工作打算", "next"),
    ("推进情况及存在问题", "actual"),  # where it stands first, its problems with it
    ("需协调解决的问题", "asks"), ("需区级协调事项", "asks"), ("需要协调解决的问题", "asks"),  # beside 存在问题 too
])
def test_a_reviews_headings(heading, field):
    assert match_heading("measures", heading) == field


@pytest.mark.parametrize("heading, period", [
    ("1-9月推进情况", "1-9月"), ("截至9月底进展情况", "1-9月"), ("2025年1-6月完成情况", "1-6月"),
    ("前三季度推进情况", "前三季度"), ("进展情况", None), ("1-12月完成情况", None), ("三季度完成情况", None),
])
def test_the_period_a_review_runs_to(heading, period):
    assert review_period(heading) == period


def test_pace_words_under_a_pace_heading_say_the_pace(tmp_path):
    # "滞后" under 序时进度 was 未完成 for the year in September; "正常" and "基本达到" were no word at all
    indicators = csv_file(tmp_path, "i.csv", "2025年1-9月主要经济指标完成情况\n指标,单位,全年目标,1-9月完成,序时进度\n"
                                             "地区生产总值增速,%,6左右,5.2,滞后\n社会消费品零售总额增速,%,7,7.5,正常\n"
                                             "固定资产投资增速,%,5,4.9,基本达到\n一般公共预算收入增速,%,3,3.2,已完成\n")
    (t,) = read_import(indicators).tables
    assert [r["status"] for r in t.records] == ["未达时序进度", "达到时序进度", "基本达到时序进度", "已完成"]
    tasks = csv_file(tmp_path, "t.csv", "2025年重点任务推进情况\n序号,重点任务,完成时限,1-9月进展情况,序时进度\n"
                                        "1,新开工重点项目20个,12月底前,已开工12个,落后\n2,完成城市更新项目10个,12月底前,完成8个,√\n")
    (t,) = read_import(tasks).tables
    assert [(r["status"], r["actual_text"]) for r in t.records] == [("未达时序进度", "1-9月:已开工12个"),
                                                                   ("达到时序进度", "1-9月:完成8个")]


@pytest.mark.parametrize("heading, said", [
    ("是否按序时推进", ["未达时序进度", "达到时序进度"]),
    ("是否按计划推进", ["未达时序进度", "达到时序进度"]),
    ("是否滞后", ["达到时序进度", "未达时序进度"]),  # asked the other way round: 是 is behind
])
def test_the_pace_asked_in_other_words(tmp_path, heading, said):
    path = csv_file(tmp_path, "t.csv", f"2025年重点任务推进情况\n序号,重点任务,完成时限,推进情况,{heading}\n"
                                       "1,新开工重点项目20个,12月底前,已开工12个,否\n2,完成城市更新项目10个,12月底前,完成8个,是\n")
    (t,) = read_import(path).tables
    assert [r["status"] for r in t.records] == said
    assert not [p for p in t.problems if "没有对应的字段" in p.message]


def test_a_review_under_a_group_heading_with_two_levels_of_headings(lo_files):
    # "推进情况" over "1-9月工作进展 | 是否达到序时进度": the pace was "the same item as F" (read as a second
    # progress, dropped) and the period of F unsaid
    (t,) = read_import(lo_files["measures-review-under-a-group-2025"]).tables
    assert (t.kind, t.year, len(t.records)) == ("measures", 2025, 4)
    got = [(r.get("part"), r["section"], r["actual_text"], r["status"]) for r in t.records]
    assert got == [
        ("一、着力稳增长", "（一）扩大有效投资", "1-9月增长4.2%", "未达时序进度"),  # the period said in the cell already
        ("一、着力稳增长", "（一）扩大有效投资", "1-9月:已新开工21个", "达到时序进度"),
        ("一、着力稳增长", "（二）提振消费", "1-9月:已举办76场", "达到时序进度"),
        (None, "二、着力惠民生", "1-9月:新增3.1万人", "达到时序进度")]
    assert t.records[0]["notes"] == "存在问题及下步打算：部分项目开工延迟；加快前期手续办理"
    assert (t.records[0]["responsible_unit"], t.records[0]["partner_units"]) == ("区发展改革委", "各街道")
    assert [p.message for p in t.problems if p.severity != "info" or "同一项" in p.message] == []


def test_a_quarters_target_beside_its_review_in_a_review_titled_table_is_the_step(tmp_path):
    # "一季度目标 | … | 一季度完成情况" under "…推进情况": a quarter in a review's title was read as what it reached, so
    # "一季度目标" took the review's place and the review itself was dropped as a repeat
    from .conftest import one_table

    t, r = one_table(csv_file(tmp_path, "推进.csv", "2024年重点任务推进情况\n序号,重点任务,目标,牵头单位,完成时限,一季度目标,"
                                                  "二季度目标,三季度目标,四季度目标,一季度完成情况,二季度完成情况\n"
                                                  "1,市场主体,新增市场主体1.2万户,区市场监管局,2024年12月,0.3,0.6,0.9,1.2,0.28,\n"))
    (rec,) = r.values()
    assert [(st["quarter"], st["text"], st["actual"]) for st in rec["steps"]] == [
        ("2024Q1", "0.3万户", 0.28), ("2024Q2", "0.6万户", None), ("2024Q3", "0.9万户", None),
        ("2024Q4", "1.2万户", None)]
    assert (rec["actual"], rec["actual_text"]) == (0.28, "一季度:0.28")
    assert not [p for p in t.problems if "是同一项" in p.message]


def test_a_figure_in_a_review_column_of_its_own_period_says_the_period(tmp_path):
    # "1-6月完成情况" and no 完成值 column: the figure in it ("2.8万人") was kept bare, as if it were the year's, though
    # the column says it is what was done by June
    path = csv_file(tmp_path, "m.csv", "渝中区2024年民生实事项目推进情况表\n序号,民生实事,年度目标任务,牵头单位,1-6月完成情况\n"
                                       "1,新增城镇就业,新增城镇就业4.6万人,区人力社保局,2.8万人\n"
                                       "2,老旧小区改造,改造老旧小区30个,区住建委,开工18个\n3,新建普惠托育,新增托位200个,区卫健委,"
                                       "已完成150个\n")
    (t,) = read_import(path).tables
    assert [(r["actual"], r["actual_text"]) for r in t.records] == [
        (2.8, "1-6月:2.8万人"), (18.0, "1-6月:开工18个"), (150.0, "1-6月:已完成150个")]


def test_a_share_done_column_is_the_review_where_no_figure_is_given(db, tmp_path):
    # "完成进度(%)" and no 完成值 column: the share of the target done was said to be "worked out from the other
    # figures" (there were none) and dropped, so a task 100% done in June stood 到期未填报
    text = ("2024年重点任务推进情况\n序号,重点任务,目标任务,责任单位,完成时限,完成进度(%)\n"
            "1,稳投资,新开工项目15个,区发展改革委,2024年12月,60\n2,促消费,举办活动100场,区商务委,2024年6月,100\n")
    typed = csv_file(tmp_path, "p.csv", text.replace(",60\n", ",60%\n").replace(",100\n", ",100%\n"))
    convert([typed], tmp_path / "lo", "xlsx")  # LibreOffice keeps 60% as the number 0.6, formatted as a percent
    for path in (csv_file(tmp_path, "r.csv", text), typed, tmp_path / "lo" / "p.xlsx"):
        (t,) = read_import(path).tables
        assert [(r["actual"], r["actual_text"]) for r in t.records] == [(None, "完成60%"), (None, "完成100%")], path
        assert "第F列“完成进度(%)”是完成数占目标的比例：作为完成值导入（如“完成60%”）" in [p.message for p in t.problems]
    imp = preview(db, read_import(path))
    write(db, imp)
    with db.read() as s:
        held = {t.text: t for t in s.scalars(select(MeasureTarget).where(MeasureTarget.text.in_(
            ["新开工项目15个", "举办活动100场"])))}
        standing = {text: target_standing(t, 2024, Quarter(2024, 2)) for text, t in held.items()}
    assert standing == {"新开工项目15个": "not_due", "举办活动100场": "met"}
    # beside a 完成值 column it is worked out from it, as before
    beside = csv_file(tmp_path, "b.csv", text.replace("完成进度(%)", "完成值,完成进度(%)").replace(",60\n", ",9,60\n")
                      .replace(",100\n", ",100,100\n"))
    (t,) = read_import(beside).tables
    assert [r["actual"] for r in t.records] == [9.0, 100.0]
    assert any("是由表中其他数算出的" in p.message for p in t.problems)


def test_a_pace_alone_beside_tasks_with_their_standard_of_done_is_the_pace(tmp_path):
    # "工作任务 | 完成标准 | … | 是否达序时进度": 完成标准 was no field (every task's target was its own name), and 是 / 否
    # with no figure beside them stayed bare words ("是" under 是否达到序时进度 too), not 达到 / 未达时序进度
    from tests.spreadsheet.conftest import typed_and_saved

    text = ("2024年重点工作任务清单\n序号,工作任务,完成标准,责任单位,完成时限,是否达序时进度\n"
            "1,建设社区食堂,建成社区食堂20个,区民政局,2024年12月,是\n"
            "2,编制城市更新规划,规划获批,区规划自然资源局,2024年9月,否\n")
    for path in typed_and_saved(tmp_path, "pace.csv", text):
        (t,) = read_import(path).tables
        assert t.errors == [], path
        got = [(r["measure"], r["text"], r["value"], r["status"]) for r in t.records]
        assert got == [("建设社区食堂", "建成社区食堂20个", 20.0, "达到时序进度"),
                       ("编制城市更新规划", "规划获批", None, "未达时序进度")]
        assert not [p for p in t.problems if "没有对应的字段" in p.message]
