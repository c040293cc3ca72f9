"""The quarter's progress written as the paragraph of a report (进展情况), from the dashboard's figures."""
from milestones.domain import Light, Quarter
from milestones.store.changes import add_project, replace_project_details
from milestones.store.dashboard import dashboard
from milestones.store.summary import progress_summary

Q = Quarter


def test_the_paragraph_says_the_dashboards_figures(db):
    d = dashboard(db, 2024, Q(2024, 2))
    text = progress_summary(d)
    # the plan states 65: the list is not yet all of it, and the paragraph says so
    assert text.startswith("截至2024年二季度，全区列入计划的重点项目49个（计划65个），计划年度投资184.8亿元。")
    made, due = d.starts_due
    assert f"应开工{due}个，已开工{made}个，开工率0%" in text
    assert "各项目尚未填报实际完成投资。" in text  # nothing reported is not "0 亿元, 0 %"
    assert "年度指标14项：完成0项、未完成0项、待填报14项。" in text
    m = d.measure_targets
    assert (f"工作举措量化目标{m['listed']}个，截至本季度到期{m['due']}个：完成0个、未完成0个、"
            f"到期未填报{m['pending']}个。") in text
    yellow = sum(c[Light.YELLOW] for c in d.lights_by_zone.values())
    assert f"预警：滞后{yellow}个（东部1个、未指定区域2个）。" in text  # by zone, as the dashboard counts them


def test_a_district_not_divided_into_zones_says_its_warnings_by_area(street_district, db):
    d = dashboard(street_district, 2024, Q(2024, 4))
    assert [(name, c[Light.RED], c[Light.YELLOW], planned) for _id, name, c, planned, _done in d.lights_by_area] == [
        ("南坪街道", 1, 0, 3.9), ("广阳镇", 0, 1, 2.0), ("弹子石街道", 0, 0, 0.8)]
    assert "预警：严重滞后1个（南坪街道1个），滞后1个（广阳镇1个）。" in progress_summary(d)
    assert "Warnings: 1 very late (1 in 南坪街道); 1 late (1 in 广阳镇)." in progress_summary(d, "en")
    # the bundled plan names three zones: by zone, as before
    assert dashboard(db, 2024, Q(2024, 4)).lights_by_area == []


def test_investment_reported_is_held_against_the_time_elapsed(db):
    pid, _ = add_project(db, 2024, "投资测试项目", planned_start="2024Q1", actual_start="2024Q1",
                         annual_investment=4.0, zone_id=None)
    replace_project_details(db, pid, "investments", [{"quarter": "2024Q1", "planned": "1", "actual": "0.6"},
                                                     {"quarter": "2024Q2", "planned": "1", "actual": "0.6"}])
    d = dashboard(db, 2024, Q(2024, 2))
    text = progress_summary(d)
    rate = d.investment_rate
    assert f"本季度已报投资的项目1个，截至本季度完成投资1.2亿元，占年度计划的{rate * 100:.1f}%" in text
    assert f"落后序时进度{d.points_behind:.1f}个百分点。" in text
    assert "未指定区域" in text  # the project has no zone, and its light is counted there
    english = progress_summary(d, "en")
    # (put on the list after it was made: the paragraph says so)
    assert english.startswith("As of 2024 Q2, 50 key projects are on the plan (the plan states 65; 1 put on the list "
                              "since it was made), with")
    assert "1 project has reported the quarter; 1.2 (100M CNY) invested to date" in english
    assert "points behind the time elapsed" in english and "年" not in english.replace("项目", "")


def test_the_quarters_steps_are_said_where_targets_have_them(db):
    from sqlalchemy import select

    from milestones.store.changes import replace_project_details
    from milestones.store.schema import MeasureTarget

    with db.read() as s:
        t = s.scalars(select(MeasureTarget).where(MeasureTarget.text == "签约正式合同额600亿元")).one()
    replace_project_details(db, t.id, "steps", [{"quarter": "2024Q2", "text": "签约300亿元", "value": 300,
                                                "actual": 250}])
    text = progress_summary(dashboard(db, 2024, Q(2024, 2)))
    assert "；本季度有季度安排的1个，达到安排0个、落后于安排1个、未报进展0个。" in text


def test_investment_on_the_time_elapsed_is_level_not_ahead_by_nothing(db):
    # 0.1 + 0.05 of 0.3 is 50.000000000000001 %: the paragraph said "超过序时进度0.0个百分点"
    pid, _ = add_project(db, 2024, "持平项目", planned_start="2024Q1", actual_start="2024Q1",
                         annual_investment=0.3, zone_id=None)
    replace_project_details(db, pid, "investments", [{"quarter": "2024Q1", "actual": "0.1"},
                                                     {"quarter": "2024Q2", "actual": "0.05"}])
    d = dashboard(db, 2024, Q(2024, 2))
    assert d.points_behind != 0 and abs(d.points_behind) < 1e-9
    assert "占年度计划的50.0%，与序时进度持平。" in progress_summary(d)
    assert "level with the time elapsed" in progress_summary(d, "en")


def test_the_paragraph_gives_each_zones_investment_and_a_kept_report_keeps_it(classed):
    # 分区域看: a report goes zone by zone once more than one zone has reported
    from milestones.store.reports import keep_report, kept_report

    d = dashboard(classed, 2024, Q(2024, 2))
    assert d.investment_by_zone["东部"] == (4.0, 2.0)
    assert d.investment_by_zone[""] == (12.0, 1.0)  # the two classed projects with no zone
    assert d.investment_by_zone["西部"] == (None, None)  # nothing planned nor reported: nothing said
    text = progress_summary(d)
    assert "分区域看，东部片区完成投资2.0亿元，完成率50.0%；未指定区域完成投资1.0亿元，完成率8.3%。" in text
    assert "By zone, invested to date (100M CNY): the east 2.0 (50.0%); no zone 1.0 (8.3%)." in progress_summary(d, "en")
    keep_report(classed, 2024, Q(2024, 2))
    with classed.read() as s:
        kept = kept_report(s, 2024, Q(2024, 2)).figures
        assert kept.investment_by_zone == d.investment_by_zone
        assert kept.projects_stated == d.projects_stated == 65  # the paragraph sent says 计划65个 again


def test_one_zone_reporting_says_nothing_by_zone(db):
    pid, _ = add_project(db, 2024, "东部测试项目", annual_investment=4.0, zone_id=None)
    replace_project_details(db, pid, "investments", [{"quarter": "2024Q1", "actual": "1"}])
    assert "分区域看" not in progress_summary(dashboard(db, 2024, Q(2024, 2)))


def test_next_years_paragraph_says_the_projects_still_due_by_last_years_plan(db):
    # carried into 2025 with their 2024 dates: "尚无应开工项目；尚无应完工项目" while 28 were 严重滞后
    from milestones.store.changes import start_next_plan, update_row

    update_row(db, "key_project", _pid(db, "重庆长滨"), {"actual_start": "2024Q2"})  # started, not completed
    start_next_plan(db, 2024)
    d = dashboard(db, 2025, Q(2025, 2))
    late_starts, late_completions = d.past_due
    assert late_starts > 0 and late_completions > 0
    text = progress_summary(d)
    assert (f"尚无应开工项目；尚无应完工项目；另有上年及以前计划开工而未开工的{late_starts}个、"
            f"计划完工而未完工的{late_completions}个。") in text
    english = progress_summary(d, "en")
    assert (f"None was due to start yet; none was due to complete yet; besides, {late_starts} due to start and "
            f"{late_completions} due to complete in an earlier year have not yet.") in english
    assert dashboard(db, 2024, Q(2024, 4)).past_due == (0, 0)  # the year's own plan: none from before
    from milestones.store.reports import keep_report, kept_report

    keep_report(db, 2025, Q(2025, 2))  # 存档上报: the paragraph of a kept report says it as it was
    with db.read() as s:
        assert kept_report(s, 2025, Q(2025, 2)).figures.past_due == (late_starts, late_completions)


def _pid(db, name):
    from sqlalchemy import select

    from milestones.store.schema import KeyProject

    with db.read() as s:
        return s.scalar(select(KeyProject.id).where(KeyProject.name == name))


def test_the_years_rates_at_its_end_count_the_plans_naming_only_the_year(db):
    # 日月光R5R6塔楼 "2024年开工", 时尚文化城主体工程 "2024年完工": due by the year's fourth quarter, as their lights say,
    # and left out of the year's 开工率 / 竣工率 (0/8 at Q4 where 14 were to start in the year)
    from sqlalchemy import func, select

    from milestones.store.schema import KeyProject, PlanEntry

    with db.read() as s:
        listed = select(PlanEntry.project_id).where(PlanEntry.on_list.is_(True))
        year_only = [s.scalar(select(func.count()).where(KeyProject.id.in_(listed), column.is_(None),
                                                         text.like("2024年%")))
                     for column, text in ((KeyProject.planned_start, KeyProject.planned_start_text),
                                          (KeyProject.planned_completion, KeyProject.planned_completion_text))]
    q3, q4 = dashboard(db, 2024, Q(2024, 3)), dashboard(db, 2024, Q(2024, 4))
    assert year_only[0] > 0 and year_only[1] > 0
    assert q3.due_by_year == (0, 0)  # not due before the year's end
    assert q4.due_by_year == tuple(year_only)
    by_quarter = [sum(c.starts_listed for c in q4.quarters), sum(c.completions_listed for c in q4.quarters)]
    assert (q4.starts_due[1], q4.completions_due[1]) == (by_quarter[0] + year_only[0], by_quarter[1] + year_only[1])
    assert f"应开工{q4.starts_due[1]}个" in progress_summary(q4)


def test_a_review_in_a_share_of_the_target_is_judged_not_left_unreported(db):
    # a target in 亿元 reviewed "完成60%": read as no amount (60 亿元 it was not), it stood as 到期未填报 and 催报
    # would ask for it again; it is 60% of the target, short of it. A quarter's step "完成50%" reviewed "完成55%" is
    # reached, where a review in words was counted as 无法评价 before it was looked at.
    from sqlalchemy import select

    from milestones.store.changes import update_row
    from milestones.store.dashboard import target_standing
    from milestones.store.schema import MeasureTarget

    with db.read() as s:
        t = s.scalars(select(MeasureTarget).where(MeasureTarget.text == "签约正式合同额600亿元")).one()
    update_row(db, "measure_target", t.id, {"actual_text": "完成60%"})
    with db.read() as s:
        t = s.get(MeasureTarget, t.id)
        assert target_standing(t, 2024, Q(2024, 4)) == "not_met"
    update_row(db, "measure_target", t.id, {"actual_text": "已完成100%"})
    with db.read() as s:
        assert target_standing(s.get(MeasureTarget, t.id), 2024, Q(2024, 4)) == "met"
    replace_project_details(db, t.id, "steps", [{"quarter": "2024Q2", "text": "完成50%", "value": 50,
                                                "actual_text": "完成55%"}])
    text = progress_summary(dashboard(db, 2024, Q(2024, 2)))
    assert "；本季度有季度安排的1个，达到安排1个、落后于安排0个、未报进展0个。" in text


def test_the_paragraph_says_how_the_list_was_adjusted_since_it_was_made(db):
    # a list revised at mid-year: "列入计划的重点项目49个" alone left the report's reader to wonder at the count
    import datetime as dt

    from sqlalchemy import select

    from milestones.store.changes import remove_projects
    from milestones.store.schema import KeyProject

    with db.read() as s:
        pid = s.scalar(select(KeyProject.id).where(KeyProject.name == "红楼宾馆综合改造"))
    remove_projects(db, 2024, [pid], reason="前期手续未办结", on=dt.date(2024, 7, 1))
    add_project(db, 2024, "白象街二期", reason="年中调入", on=dt.date(2024, 7, 5))
    add_project(db, 2024, "大坪医院扩建", reason="年中调入", on=dt.date(2024, 7, 5))
    d = dashboard(db, 2024, Q(2024, 3))
    assert progress_summary(d).startswith(
        "截至2024年三季度，全区列入计划的重点项目50个（计划65个；名单确定后调入2个、调出1个），计划年度投资")
    assert progress_summary(d, "en").startswith(
        "As of 2024 Q3, 50 key projects are on the plan (the plan states 65; 2 put on and 1 taken off the list since "
        "it was made), with")
