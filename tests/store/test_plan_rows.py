"""Targets and indicators added and taken out by hand, the same on SQLite and PostgreSQL: a deleted row comes
back whole (its id, its quarters' steps), and a row a colleague changed is not deleted unseen."""
import pytest
from sqlalchemy import func, select

from milestones.domain import Quarter
from milestones.store.changes import Conflict, EditError, update_checked
from milestones.store.plan_rows import add_indicator, add_target, held, put_back, take_out
from milestones.store.schema import Indicator, IndicatorYear, Measure, MeasureTarget, Plan, Section, TargetStep


def _measure(db, title="强化东部极核引领"):
    with db.read() as s:
        return s.scalar(select(Measure).where(Measure.title == title))


def test_a_target_added_reads_its_figure_and_comes_last_of_its_measure(any_db):
    m = _measure(any_db)
    with any_db.read() as s:
        last = s.scalar(select(func.max(MeasureTarget.seq)).where(MeasureTarget.measure_id == m.id))
    tid, cs = add_target(any_db, m.id, "新增创新孵化平台3家以上", {"responsible_unit": "区科技局", "quarter": "2024Q3"})
    assert cs.inserted == {"measure_target": {tid}}
    with any_db.read() as s:
        t = s.get(MeasureTarget, tid)
        assert (t.seq, t.op, t.value, t.unit, t.quarter, t.responsible_unit) == \
            (last + 1, "at_least", 3.0, "家", Quarter(2024, 3), "区科技局")
        assert t.subject == "新增创新孵化平台"  # what it counts, as an import reads it
    with pytest.raises(EditError):
        add_target(any_db, m.id, "  ")
    with pytest.raises(EditError):
        add_target(any_db, m.id, "x", {"actual": 5})  # a figure is reported in the list, not here


def test_a_target_taken_out_comes_back_whole_with_its_steps(any_db):
    m = _measure(any_db)
    tid, _ = add_target(any_db, m.id, "完成投资10亿元")
    with any_db.session() as s:
        s.add_all([TargetStep(target_id=tid, quarter=Quarter(2024, 2), text="5亿元", value=5.0, actual=4.0),
                   TargetStep(target_id=tid, quarter=Quarter(2024, 4), text="10亿元", value=10.0)])
    kept, cs = take_out(any_db, "measure_target", [tid])
    assert cs.deleted == {"measure_target": {tid}}
    with any_db.read() as s:
        assert s.get(MeasureTarget, tid) is None
        assert not s.scalars(select(TargetStep).where(TargetStep.target_id == tid)).all()
    put_back(any_db, "measure_target", kept)
    with any_db.read() as s:
        t = s.get(MeasureTarget, tid)
        assert t.text == "完成投资10亿元" and [(st.quarter, st.actual) for st in t.steps] == \
            [(Quarter(2024, 2), 4.0), (Quarter(2024, 4), None)]
    with pytest.raises(EditError):
        put_back(any_db, "measure_target", kept)  # it is back already


def test_a_row_a_colleague_changed_is_not_deleted_unseen(any_db):
    m = _measure(any_db)
    tid, _ = add_target(any_db, m.id, "完成投资10亿元")
    as_added = held(any_db, "measure_target", [tid])
    update_checked(any_db, [("measure_target", tid, {"actual": 6.0}, {"actual": None})])  # a colleague reports
    with pytest.raises(Conflict):
        take_out(any_db, "measure_target", [tid], as_added)
    with any_db.read() as s:
        assert s.get(MeasureTarget, tid).actual == 6.0


def test_an_indicator_added_to_a_year_keeps_one_history_with_the_other_years(any_db):
    with any_db.read() as s:
        in_2024 = select(IndicatorYear.indicator_id).where(IndicatorYear.year == 2024)
        known = s.scalars(select(Indicator).join(IndicatorYear, IndicatorYear.indicator_id == Indicator.id)
                          .where(IndicatorYear.year == 2023, Indicator.id.not_in(in_2024))).first()
        count_2024 = s.scalar(select(func.count()).select_from(IndicatorYear).where(IndicatorYear.year == 2024))
    new_id, cs = add_indicator(any_db, 2024, "规模以上工业增加值增速", "%", "增长6%左右", True)
    with any_db.read() as s:
        iy = s.get(IndicatorYear, new_id)
        assert (iy.seq, iy.binding, iy.target_op, iy.target_value) == (count_2024 + 1, True, "about", 6.0)
        assert iy.indicator.unit == "%" and iy.source == "手工新增"
    # an indicator the database knows from 2023 only: the same one, not a second of its name
    again, _ = add_indicator(any_db, 2024, known.name)
    with any_db.read() as s:
        assert s.get(IndicatorYear, again).indicator_id == known.id
    with pytest.raises(EditError, match="已有"):
        add_indicator(any_db, 2024, "规模以上工业增加值增速")
    kept, _ = take_out(any_db, "indicator_year", [new_id])
    with any_db.read() as s:
        assert s.get(IndicatorYear, new_id) is None
    put_back(any_db, "indicator_year", kept)
    with any_db.read() as s:
        assert s.get(IndicatorYear, new_id).target_text == "增长6%左右"


def _outline(db, year=2024):
    with db.read() as s:
        return [(sec.number, sec.title, [m.title for m in sec.measures])
                for sec in s.scalars(select(Section).join(Plan, Plan.id == Section.plan_id)
                                     .where(Plan.year == year).order_by(Section.number))]


def test_a_measure_the_plan_lacks_is_made_with_its_first_target_and_undone_with_it(any_db):
    """A measure set mid-year, or missed when the report was read, was only to be had by importing a table."""
    before = _outline(any_db)
    number, title, measures = before[1]
    # the section named as a table names it ("（二）" before its title): the plan's own, not a second
    tid, cs = add_target(any_db, None, "", {"responsible_unit": "区发展改革委"},
                         new_measure={"year": 2024, "section": f"（二）{title}", "title": "推进成渝中部中心城区建设"})
    assert set(cs.inserted) == {"measure", "measure_target"}
    with any_db.read() as s:
        t = s.get(MeasureTarget, tid)
        # no wording: the measure itself is its target, judged by whether it is done (as a report's measure is)
        assert (t.text, t.op, t.value, t.responsible_unit) == ("推进成渝中部中心城区建设", "text", None, "区发展改革委")
        assert (t.measure.section.number, t.measure.seq, t.seq) == (number, len(measures) + 1, 1)
    # a second target of the same new measure, typed again by its title: the same measure
    again, cs2 = add_target(any_db, None, "完成投资5亿元",
                            new_measure={"year": 2024, "section": title, "title": "推进成渝中部中心城区建设"})
    assert set(cs2.inserted) == {"measure_target"}
    take_out(any_db, "measure_target", [again])
    made = [("measure", m) for m in cs.inserted["measure"]]
    as_added = held(any_db, "measure_target", [tid], made)
    kept, undone = take_out(any_db, "measure_target", [tid], as_added, made)
    assert undone.deleted == {"measure_target": {tid}, "measure": cs.inserted["measure"]}
    assert _outline(any_db) == before
    put_back(any_db, "measure_target", kept)  # redone: the same measure and target, by id
    with any_db.read() as s:
        t = s.get(MeasureTarget, tid)
        assert t.measure.id in cs.inserted["measure"] and t.measure.title == "推进成渝中部中心城区建设"


def test_a_new_section_comes_after_the_last_and_stays_while_a_colleague_uses_it(any_db):
    before = _outline(any_db)
    tid, cs = add_target(any_db, None, "建成智慧停车泊位1000个",
                         new_measure={"year": 2024, "section": "（十二）统筹发展和安全", "title": "建设智慧城市"})
    assert _outline(any_db)[-1] == (len(before) + 1, "统筹发展和安全", ["建设智慧城市"])
    made = [(kind, i) for kind in ("measure", "section") for i in cs.inserted[kind]]
    as_added = held(any_db, "measure_target", [tid], made)
    # a colleague adds a target to the new measure meanwhile: undoing ours keeps the measure and its section
    theirs, _ = add_target(any_db, next(iter(cs.inserted["measure"])), "新增充电桩500个")
    kept, undone = take_out(any_db, "measure_target", [tid], as_added, made)
    assert undone.deleted == {"measure_target": {tid}} and "made" not in kept[0]
    assert _outline(any_db)[-1] == (len(before) + 1, "统筹发展和安全", ["建设智慧城市"])
    take_out(any_db, "measure_target", [theirs])
    # with the measure left empty, undoing takes the section too; redoing puts both back first
    put_back(any_db, "measure_target", kept)
    kept, undone = take_out(any_db, "measure_target", [tid], held(any_db, "measure_target", [tid], made), made)
    assert set(undone.deleted) == {"measure_target", "measure", "section"} and _outline(any_db) == before
    put_back(any_db, "measure_target", kept)
    assert _outline(any_db)[-1] == (len(before) + 1, "统筹发展和安全", ["建设智慧城市"])


def test_a_new_measure_needs_its_title_and_section_and_the_year_a_plan(any_db):
    for given, said in (({"year": 2024, "section": "统筹发展和安全", "title": " "}, "举措名称不能为空"),
                        ({"year": 2024, "section": "", "title": "建设智慧城市"}, "所属的部分"),
                        ({"year": 2031, "section": "统筹发展和安全", "title": "建设智慧城市"}, "没有2031年的计划"),
                        ({"year": 2024, "section": 10 ** 6, "title": "建设智慧城市"}, "已被他人删除")):
        with pytest.raises(EditError, match=said):
            add_target(any_db, None, "x", new_measure=given)


def test_a_sections_title_and_an_indicators_own_fields_are_edited_on_both_databases(any_db):
    """Neither has a version column: an edit is checked on the value it replaces, as every edit is."""
    with any_db.read() as s:
        sec = s.scalars(select(Section).order_by(Section.number)).first()
        gdp = s.scalar(select(Indicator).where(Indicator.name == "地区生产总值增速"))
        jobs = s.scalar(select(Indicator).where(Indicator.name == "城镇新增就业"))
    update_checked(any_db, [("section", sec.id, {"title": "更好落实重大战略部署"}, {"title": sec.title})])
    update_checked(any_db, [("indicator", jobs.id, {"name": "城镇新增就业人数", "unit": "人"},
                             {"name": "城镇新增就业", "unit": "万人"})])
    with any_db.read() as s:
        assert s.get(Section, sec.id).title == "更好落实重大战略部署"
        renamed = s.get(Indicator, jobs.id)
        assert (renamed.name, renamed.unit) == ("城镇新增就业人数", "人")
        # found again by its new name, as an import of next year's table will look for it
        assert s.scalar(select(Indicator.id).where(Indicator.name_key == "城镇新增就业人数")) == jobs.id
    with pytest.raises(Conflict):  # a colleague renamed the section meanwhile: theirs stands
        update_checked(any_db, [("section", sec.id, {"title": "x"}, {"title": sec.title})])
    with pytest.raises(EditError, match="已有名为“地区生产总值增速”的指标"):
        update_checked(any_db, [("indicator", jobs.id, {"name": "地区生产总值增速"}, {"name": "城镇新增就业人数"})])
    with any_db.read() as s:
        assert s.get(Indicator, gdp.id).name == "地区生产总值增速" and s.get(Indicator, jobs.id).name == "城镇新增就业人数"


def test_a_measure_taken_out_goes_with_its_targets_and_comes_back_whole(any_db):
    m = _measure(any_db)
    tid, _ = add_target(any_db, m.id, "完成投资10亿元")
    with any_db.session() as s:
        s.add(TargetStep(target_id=tid, quarter=Quarter(2024, 2), text="5亿元", value=5.0, actual=4.0))
    with any_db.read() as s:
        targets = [t.id for t in s.get(Measure, m.id).targets]
    kept, cs = take_out(any_db, "measure", [m.id])
    assert cs.deleted == {"measure": {m.id}, "measure_target": set(targets)}
    with any_db.read() as s:
        assert s.get(Measure, m.id) is None and s.get(MeasureTarget, tid) is None
        assert s.scalar(select(func.count()).select_from(TargetStep).where(TargetStep.target_id == tid)) == 0
    put_back(any_db, "measure", kept)
    with any_db.read() as s:
        back = s.get(Measure, m.id)
        assert [t.id for t in back.targets] == targets
        assert [(st.quarter, st.actual) for st in s.get(MeasureTarget, tid).steps] == [(Quarter(2024, 2), 4.0)]
    # deleted again (a redo) after a colleague reported on one of its targets: theirs is not deleted unseen
    update_checked(any_db, [("measure_target", tid, {"actual": 9.0}, {"actual": None})])
    with pytest.raises(Conflict):
        take_out(any_db, "measure", [m.id], kept)
    with any_db.read() as s:
        assert s.get(MeasureTarget, tid).actual == 9.0


def test_a_new_measures_title_the_plan_holds_elsewhere_is_that_measure_not_a_second(any_db):
    before = _outline(any_db)
    m = _measure(any_db, "实现西部加速崛起")  # of section (二)
    tid, cs = add_target(any_db, None, "新增首店10个",
                         new_measure={"year": 2024, "section": "统筹发展和安全", "title": "实现西部加速崛起"})
    assert "section" not in cs.inserted and "measure" not in cs.inserted  # no empty section made for nothing
    with any_db.read() as s:
        assert s.get(MeasureTarget, tid).measure_id == m.id
    assert [(n, t) for n, t, _ in _outline(any_db)] == [(n, t) for n, t, _ in before]


def test_a_section_taken_out_goes_with_its_measures_and_comes_back_whole(any_db):
    before = _outline(any_db)
    with any_db.read() as s:
        sec = s.scalars(select(Section).order_by(Section.number.desc())).first()
        target = sec.measures[0].targets[0].id
    with any_db.session() as s:
        s.add(TargetStep(target_id=target, quarter=Quarter(2024, 3), text="完成方案", actual_text="已完成"))
    kept, cs = take_out(any_db, "section", [sec.id])
    assert cs.deleted["section"] == {sec.id} and len(cs.deleted["measure"]) == len(before[-1][2])
    assert _outline(any_db) == before[:-1]
    put_back(any_db, "section", kept)
    assert _outline(any_db) == before
    with any_db.read() as s:
        assert [st.actual_text for st in s.get(MeasureTarget, target).steps] == ["已完成"]
    # taken out again (a redo) after a colleague reviewed that step: a Conflict, nothing deleted
    with any_db.session() as s:
        s.scalars(select(TargetStep).where(TargetStep.target_id == target)).one().actual_text = "部分完成"
    with pytest.raises(Conflict):
        take_out(any_db, "section", [sec.id], kept)
    assert _outline(any_db) == before


def test_a_measures_last_target_deleted_takes_the_measure_and_its_undo_gives_both_back(any_db):
    # a measure shows by its targets: left with none it showed nowhere, not even to be deleted
    m = _measure(any_db, "推进中部整体提升")
    with any_db.read() as s:
        (only,) = [t.id for t in s.get(Measure, m.id).targets]
    kept, cs = take_out(any_db, "measure_target", [only], emptied=True)
    assert cs.deleted == {"measure_target": {only}, "measure": {m.id}}
    with any_db.read() as s:
        assert s.get(Measure, m.id) is None
    put_back(any_db, "measure_target", kept)
    with any_db.read() as s:
        assert [t.id for t in s.get(Measure, m.id).targets] == [only]
    # one of several targets: the measure stays
    other = _measure(any_db, "强化东部极核引领")
    with any_db.read() as s:
        first = s.get(Measure, other.id).targets[0].id
    _, cs = take_out(any_db, "measure_target", [first], emptied=True)
    assert cs.deleted == {"measure_target": {first}}


def test_a_target_moved_to_a_measure_a_colleague_deleted_is_refused_and_stays(any_db):
    m = _measure(any_db)
    with any_db.read() as s:
        tid = s.get(Measure, m.id).targets[0].id
    with pytest.raises(EditError, match="已被他人删除"):
        update_checked(any_db, [("measure_target", tid, {"measure_id": 10 ** 6}, {"measure_id": m.id})])
    with any_db.read() as s:
        assert s.get(MeasureTarget, tid).measure_id == m.id


def test_an_indicator_added_goes_through_the_stores_one_coercion(any_db):
    """A NUL in its unit or target, or a name past the column's 200 characters, was written as given: SQLite kept
    it, PostgreSQL refused the write as a fault (found by the adding property test run on a shared plan)."""
    import pytest
    from sqlalchemy import select

    from milestones.store.changes import EditError
    from milestones.store.plan_rows import add_indicator
    from milestones.store.schema import Indicator, IndicatorYear

    row_id, _cs = add_indicator(any_db, 2024, "新增\x00指标", "个\x00", "≥5\x00个")
    with any_db.read() as s:
        row = s.get(IndicatorYear, row_id)
        indicator = s.get(Indicator, row.indicator_id)
        assert (indicator.name, indicator.unit, row.target_text) == ("新增指标", "个", "≥5个")
    with pytest.raises(EditError, match="内容过长（201 字，最多 200 字）"):
        add_indicator(any_db, 2024, "指" * 201, "个")
    with any_db.read() as s:
        assert s.scalar(select(Indicator.id).where(Indicator.name.like("指指指%"))) is None
