"""数据检查: each thing that does not add up in the plan's key projects is found, named and worded."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from milestones.domain.quarter import Quarter
from milestones.store import changes
from milestones.store.checks import find_problems
from milestones.store.schema import KeyProject, PlanEntry, QuarterInvestment

TODAY = dt.date(2024, 8, 15)  # the third quarter


def _set(db, name, **fields):
    with db.session() as s:
        p = s.scalar(select(KeyProject).where(KeyProject.name == name))
        e = s.scalar(select(PlanEntry).where(PlanEntry.project_id == p.id))
        for k, v in fields.items():
            setattr(e if hasattr(PlanEntry, k) and k not in ("id", "version") else p, k, v)
        return p.id


def _found(db):
    with db.read() as s:
        return {(f.project, f.check): f.text() for f in find_problems(s, 2024, TODAY)}


def test_what_does_not_add_up_is_found_on_either_database(any_db):
    db = any_db
    for name in ("重庆长滨", "红楼宾馆综合改造", "重庆中心T3塔楼", "邹容支路地块改造", "区教师进修学校"):
        _set(db, name, responsible_unit="区住房城乡建委")  # the units are said: only what is set below is found
    _set(db, "重庆长滨", total_investment=3.0, annual_investment=4.0)
    _set(db, "红楼宾馆综合改造", total_investment=10.0, invested_before=8.0, annual_investment=3.0,
         actual_completion=Quarter(2024, 2))
    pid = _set(db, "重庆中心T3塔楼", annual_investment=4.0, actual_start=Quarter(2024, 4))
    changes.replace_project_details(db, pid, "investments", [
        {"quarter": f"2024Q{q}", "planned": "1", "actual": a} for q, a in ((1, "1"), (2, "0.5"), (3, None), (4, None))])
    with db.session() as s:  # a running total below the first quarter's, as an import keeps it (a correction)
        s.scalar(select(QuarterInvestment).where(QuarterInvestment.project_id == pid,
                                                 QuarterInvestment.quarter == Quarter(2024, 2))).actual = -0.5
    _set(db, "邹容支路地块改造", nature="新开工", actual_start=Quarter(2023, 3))
    _set(db, "区教师进修学校", nature="计划完工", planned_completion=Quarter(2025, 2))
    found = _found(db)
    assert found[("重庆长滨", "annual_over_total")] == "年度计划投资4亿元大于总投资3亿元"
    assert found[("红楼宾馆综合改造", "over_total")] == "截至上年底累计完成8亿元加年度计划3亿元，超过总投资10亿元"
    assert found[("红楼宾馆综合改造", "done_not_started")] == "已填实际完工（2024年二季度），未填实际开工"
    assert found[("重庆中心T3塔楼", "negative_quarter")].startswith("2024年二季度完成投资为负数（-0.5亿元）")
    assert found[("重庆中心T3塔楼", "in_the_future")] == "实际开工（2024年四季度）晚于本季度（2024年三季度）"
    assert ("重庆中心T3塔楼", "quarters_vs_annual") not in found  # four quarters of 1 make the year's 4
    assert found[("邹容支路地块改造", "new_started_before")] == "性质为新开工，但2023年三季度已开工（本年度为2024年）"
    assert found[("区教师进修学校", "completing_not_this_year")] == \
        "性质为计划完工，但计划完工时间为2025年二季度，不在2024年"
    assert ("重庆长滨", "no_unit") not in found and ("重庆站铁路综合交通枢纽工程", "no_unit") in found

    # a fix takes its finding away
    _set(db, "重庆长滨", total_investment=30.0)
    assert ("重庆长滨", "annual_over_total") not in _found(db)


def test_a_nature_the_planned_start_contradicts_is_found(db):
    # "新开工" beside a start planned in 2023, "续建" beside one in 2024 (a list imported as typed): neither was said
    _set(db, "重庆长滨", nature="新开工", planned_start=Quarter(2023, 2), actual_start=None)
    _set(db, "红楼宾馆综合改造", nature="续建", planned_start=Quarter(2024, 2), actual_start=None)
    _set(db, "重庆中心T3塔楼", nature="续建", planned_start=Quarter(2023, 1), actual_start=None)  # as it should be
    found = _found(db)
    assert found[("重庆长滨", "new_planned_before")] == "性质为新开工，但计划开工时间为2023年二季度，早于2024年"
    assert found[("红楼宾馆综合改造", "continuing_starts_later")] == "性质为续建，但计划开工时间为2024年二季度（本年度为2024年）"
    assert not {("重庆中心T3塔楼", "new_planned_before"), ("重庆中心T3塔楼", "continuing_starts_later")} & set(found)
    with db.read() as s:
        english = {(f.project, f.check): f.text("en") for f in find_problems(s, 2024, TODAY)}
    assert english[("重庆长滨", "new_planned_before")] == "listed as new (新开工) but planned to start in 2023 Q2, before 2024"


def test_quarters_that_do_not_add_up_and_dates_the_wrong_way_round(db):
    pid = _set(db, "重庆长滨", annual_investment=4.0, planned_start=Quarter(2024, 3), planned_completion=Quarter(2024, 1),
               actual_start=Quarter(2024, 2), actual_completion=Quarter(2024, 1))
    changes.replace_project_details(db, pid, "investments",
                                    [{"quarter": f"2024Q{q}", "planned": "1.5"} for q in (1, 2, 3, 4)])
    found = _found(db)
    assert found[("重庆长滨", "quarters_vs_annual")] == "四个季度计划投资合计6亿元，与年度计划投资4亿元不符"
    assert found[("重庆长滨", "planned_reversed")] == "计划完工（2024年一季度）早于计划开工（2024年三季度）"
    assert found[("重庆长滨", "done_before_started")] == "实际完工（2024年一季度）早于实际开工（2024年二季度）"
    with db.read() as s:
        english = {f.check: f.text("en") for f in find_problems(s, 2024, TODAY) if f.project == "重庆长滨"}
    assert english["quarters_vs_annual"] == "the four quarters' planned investment add up to 6, not the year's 4 (100M CNY)"


def test_a_project_carried_into_next_years_plan_still_due_by_last_years_is_to_be_replanned(any_db):
    # 新建下一年度计划 keeps each project's dates: one due to start or complete in 2024 and not done is late in
    # 2025 for ever unless the office gives it this year's plan
    db = any_db
    _set(db, "重庆长滨", actual_start=Quarter(2024, 2))  # started: only its completion is asked for
    _set(db, "重庆长滨", planned_completion=Quarter(2024, 4))
    _set(db, "嘉陵江岸线贯通与生态修复", planned_start=Quarter(2023, 2))  # 续建, start not recorded: not asked
    changes.start_next_plan(db, 2024)
    with db.read() as s:
        found = {(f.project, f.values.get("what")): f for f in find_problems(s, 2025, dt.date(2025, 5, 1))
                 if f.check == "plan_overdue"}
    assert found[("重庆长滨", "完工")].text() == "计划完工（2024年四季度）已过，至今未完工：请安排2025年的计划时间"
    assert ("重庆长滨", "开工") not in found
    assert found[("红楼宾馆综合改造", "开工")].text() == "计划开工（2024年一季度）已过，至今未开工：请安排2025年的计划时间"
    assert found[("日月光R5R6塔楼", "开工")].values["when"] == Quarter(2024, 4)  # "2024年开工": due by its end
    assert ("嘉陵江岸线贯通与生态修复", "开工") not in found
    assert found[("红楼宾馆综合改造", "开工")].text("en") == "planned start (2024 Q1) has passed, not done: give it a 2025 plan"
    _set(db, "红楼宾馆综合改造", planned_start=Quarter(2025, 2))  # re-planned: the finding goes
    with db.read() as s:
        assert not [f for f in find_problems(s, 2025, dt.date(2025, 5, 1))
                    if f.check == "plan_overdue" and f.project == "红楼宾馆综合改造"]
    with db.read() as s:  # the year before knows nothing of it
        assert not [f for f in find_problems(s, 2024, TODAY) if f.check == "plan_overdue"]


def test_a_new_project_with_no_planned_start_cannot_be_judged(db):
    _set(db, "重庆长滨", nature="新开工", planned_start=None, planned_start_text=None)
    assert _found(db)[("重庆长滨", "no_date")] == "性质为新开工，但没有计划开工时间：无法判断预警"


def test_a_target_nobody_answers_for_and_a_step_after_its_deadline(any_db):
    from milestones.store.schema import Measure, MeasureTarget, TargetStep

    db = any_db
    with db.session() as s:
        first, second = s.scalars(select(MeasureTarget).order_by(MeasureTarget.id).limit(2)).all()
        s.get(Measure, first.measure_id).responsible_unit = "区发展改革委"  # its measure names one: not found
        second.responsible_unit = "区商务委"
        second.quarter = Quarter(2024, 2)
        s.add(TargetStep(target_id=second.id, quarter=Quarter(2024, 3), text="完成验收"))
        first_id, second_id, second_text = first.id, second.id, second.text
    with db.read() as s:
        found = find_problems(s, 2024, TODAY)
    unnamed = {f.target_id for f in found if f.check == "target_no_unit"}
    assert first_id not in unnamed and second_id not in unnamed and len(unnamed) > 50  # the plan names few units
    (late,) = [f for f in found if f.check == "step_after_due"]
    assert (late.target_id, late.project_id, late.project) == (second_id, None, second_text)
    assert late.text() == "季度安排中2024年三季度的一步晚于完成时限2024年二季度"


def test_one_project_listed_twice_under_two_spellings(any_db):
    # units' lists merged: the same project typed twice is counted twice in every figure
    db = any_db
    pid, _ = changes.add_project(db, 2024, "重庆长滨项目", responsible_unit="区住房城乡建委")
    changes.add_project(db, 2024, "磨房巷片区整体更薪", responsible_unit="区住房城乡建委")  # a typo of 更新
    changes.add_project(db, 2024, "山城巷三期", responsible_unit="区住房城乡建委")  # a part of its own, not a typo
    with db.read() as s:
        alike = {f.project: f for f in find_problems(s, 2024, TODAY) if f.check == "names_alike"}
    assert alike["重庆长滨项目"].project_id == pid
    assert alike["重庆长滨项目"].units == ("区住房城乡建委",)  # who the finding goes to
    assert alike["老鼓楼衙署遗址公园谯楼"].units == ()  # the report names no unit for it
    assert alike["重庆长滨项目"].text() == "与“重庆长滨”名称相近：是否同一项目列了两次？"
    assert alike["磨房巷片区整体更薪"].text("en") == "its name is like “磨房巷片区整体更新”: the same project listed twice?"
    # the report's own pair: the park's tower is a work of its own, started the year the park completes
    assert alike["老鼓楼衙署遗址公园谯楼"].values["other"] == "老鼓楼衙署遗址公园"
    assert "山城巷三期" not in alike and set(alike) == {"重庆长滨项目", "磨房巷片区整体更薪", "老鼓楼衙署遗址公园谯楼"}


def test_names_alike_and_names_of_parts():
    from milestones.store.names import CandidateIndex, alike

    assert alike("重庆长滨项目", "重庆长滨") and alike("解放碑步行街提升改造", "解放碑步行街改造提升")
    assert not alike("山城巷二期", "山城巷三期") and not alike("1号楼改造", "2号楼改造")
    assert not alike("枇杷山a区", "枇杷山b区") and not alike("重庆长滨", "重庆长滨")
    assert alike("红楼宾馆综合改造", "红楼宾馆综合改造(一期)")  # the name and its phase: one project, or its first part
    index = CandidateIndex(["重庆长滨", "朝天门片区治理提升", "重庆长滨项目"])
    assert index.like("重庆长滨项目", before=2) == "重庆长滨" and index.like("重庆长滨", before=0) is None


def test_a_finding_marked_as_right_is_not_counted_again_until_its_figures_change(any_db):
    from milestones.store.checks import accept_findings, open_findings, restore_marks, unaccept_findings

    db = any_db
    _set(db, "重庆长滨", total_investment=3.0, annual_investment=4.0)

    def tower(s):
        return next(f for f in find_problems(s, 2024, TODAY) if f.project == "老鼓楼衙署遗址公园谯楼")

    with db.read() as s:
        pair, over = tower(s), next(f for f in find_problems(s, 2024, TODAY) if f.check == "annual_over_total")
    cs = accept_findings(db, 2024, [pair, over], "谯楼单独立项，与公园分别统计")
    assert len(cs.inserted["accepted_finding"]) == 2
    with db.read() as s:
        marked = tower(s)
        assert marked.accepted.note == "谯楼单独立项，与公园分别统计" and marked.accepted.by
        still = {(f.check, f.subject) for f in open_findings(s, 2024, TODAY)}
    assert ("names_alike", pair.subject) not in still and ("annual_over_total", over.subject) not in still
    # a changed figure words the finding anew: it counts again
    _set(db, "重庆长滨", annual_investment=5.0)
    assert [f.text() for f in open_findings_of(db, "annual_over_total")] == ["年度计划投资5亿元大于总投资3亿元"]
    # taken off, and put back as it was (an undo): who marked it and why come back with it
    unaccept_findings(db, 2024, [marked])
    assert pair.subject in {f.subject for f in open_findings_of(db, "names_alike")}
    restore_marks(db, 2024, [marked])
    with db.read() as s:
        assert tower(s).accepted == marked.accepted


def open_findings_of(db, check):
    from milestones.store.checks import open_findings

    with db.read() as s:
        return [f for f in open_findings(s, 2024, TODAY) if f.check == check]


def test_a_targets_review_word_its_figure_contradicts(any_db):
    # "新增市场主体1.2万户": 0.9 reported and the review says 完成
    from milestones.store.schema import MeasureTarget

    db = any_db
    with db.session() as s:
        t = s.scalars(select(MeasureTarget).where(MeasureTarget.value.is_not(None), MeasureTarget.op == "at_least")
                      .order_by(MeasureTarget.id)).first()
        t.actual, t.actual_text, t.status = t.value * 0.75, None, "完成"
        tid, text, value, unit = t.id, t.text, t.value, t.unit
    with db.read() as s:
        (f,) = [f for f in find_problems(s, 2024, TODAY) if f.check == "status_vs_figure"]
    assert f.target_id == tid and f.project == text
    assert f.text().startswith(f"完成情况写“完成”，但完成值{value * 0.75:g}{unit or ''}对照目标“{text}”为未完成")
    with db.session() as s:
        s.get(MeasureTarget, tid).status = "未完成"  # corrected: the finding goes
    with db.read() as s:
        assert not [f for f in find_problems(s, 2024, TODAY) if f.check == "status_vs_figure"]
