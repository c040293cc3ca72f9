"""各单位进展: each unit's targets and projects at a quarter, the same on SQLite and PostgreSQL."""
from sqlalchemy import select

from milestones.domain import Quarter
from milestones.store.schema import KeyProject, MeasureTarget, QuarterInvestment, TargetStep
from milestones.store.unit_progress import unit_progress


def test_each_unit_answers_for_the_targets_it_leads_and_the_projects_it_is_responsible_for(any_db):
    db = any_db
    with db.session() as s:
        for text, unit, partners, actual in (
                ("签约正式合同额600亿元", "区商务委", "区财政局", 650.0),
                ("落地招大引强项目100个", "区商务委、区投资促进中心", None, 80.0),
                ("市外到位资金额180亿元", "区投资促进中心", None, None)):
            t = s.scalar(select(MeasureTarget).where(MeasureTarget.text == text))
            t.responsible_unit, t.partner_units, t.actual = unit, partners, actual
        # a quarter's review below its step: behind at that quarter
        t = s.scalar(select(MeasureTarget).where(MeasureTarget.text == "市外到位资金额180亿元"))
        s.add(TargetStep(target_id=t.id, quarter=Quarter(2024, 2), text="90亿元", value=90.0, actual=60.0))
        p = {name: s.scalar(select(KeyProject).where(KeyProject.name == name))
             for name in ("重庆长滨", "红楼宾馆综合改造", "重庆中心T3塔楼")}
        p["重庆长滨"].responsible_unit = "区住房城乡建委"
        p["红楼宾馆综合改造"].responsible_unit, p["红楼宾馆综合改造"].owner = "区住房城乡建委", "区城投集团"
        p["重庆中心T3塔楼"].owner = "区城投集团"  # no unit responsible: its owner answers for it
        s.flush()
        s.add(QuarterInvestment(project_id=p["重庆长滨"].id, quarter=Quarter(2024, 2), actual=0.5))
    units = {u.unit: u for u in unit_progress(db, 2024, Quarter(2024, 2))}
    assert set(units) == {"区商务委", "区投资促进中心", "区住房城乡建委", "区城投集团"}  # 区财政局 only works with them
    assert units["区商务委"].targets["listed"] == 2 and units["区投资促进中心"].targets["listed"] == 2
    assert units["区投资促进中心"].targets["behind"] == 1
    assert units["区住房城乡建委"].projects["listed"] == 2 and units["区住房城乡建委"].projects["unreported"] == 1
    assert units["区城投集团"].projects["listed"] == 1  # 红楼宾馆 is the responsible unit's, not the owner's
    at_year_end = {u.unit: u for u in unit_progress(db, 2024, Quarter(2024, 4))}
    assert at_year_end["区商务委"].targets["met"] == 1 and at_year_end["区商务委"].targets["not_met"] == 1
    assert at_year_end["区投资促进中心"].targets["pending"] == 1
    # the one most to ask about comes first: missed, unreported, behind, late or silent
    ranked = unit_progress(db, 2024, Quarter(2024, 4))
    assert [u.attention for u in ranked] == sorted((u.attention for u in ranked), reverse=True)
    assert at_year_end["区投资促进中心"].attention == 2  # 落地招大引强 not met, 市外到位资金 not reported


def test_a_unit_typed_two_ways_is_named_one_way_in_every_cell(any_db):
    from milestones.domain.units import renamed_in
    from milestones.store.unit_progress import unit_renames

    # in a cell: the unit replaced, the others and the separators as typed, not named twice
    assert renamed_in("区住建委、区财政局", "区住建委", "区住房城乡建委") == "区住房城乡建委、区财政局"
    assert renamed_in("区住房城乡建委、区住建委", "区住建委", "区住房城乡建委") == "区住房城乡建委"
    assert renamed_in("区住建委办公室", "区住建委", "X") is None  # a unit is a whole name, not a part of one
    db = any_db
    with db.session() as s:
        t = s.scalar(select(MeasureTarget).where(MeasureTarget.text == "签约正式合同额600亿元"))
        t.responsible_unit, t.partner_units = "区住建委", "区财政局、区住建委"
        p = s.scalar(select(KeyProject).where(KeyProject.name == "重庆长滨"))
        p.responsible_unit, p.owner = "区住房城乡建委", "区住建委"
    edits = unit_renames(db, 2024, "区住建委", "区住房城乡建委")
    assert sorted((table, f, becomes) for table, _id, f, _was, becomes, _v in edits) == [
        ("key_project", "owner", "区住房城乡建委"),
        ("measure_target", "partner_units", "区财政局、区住房城乡建委"),
        ("measure_target", "responsible_unit", "区住房城乡建委")]


def test_a_unit_leading_in_a_sentence_answers_and_the_one_helping_does_not(any_db):
    from milestones.store.exports import unit_choices

    db = any_db
    with db.session() as s:
        p = s.scalar(select(KeyProject).where(KeyProject.name == "重庆长滨"))
        p.responsible_unit = "区文化旅游委牵头，区商务委配合"
    units = {u.unit: u for u in unit_progress(db, 2024, Quarter(2024, 2))}
    assert "区文化旅游委牵头" not in units and "区商务委配合" not in units
    assert units["区文化旅游委"].projects["listed"] == 1
    assert "区商务委" not in units or units["区商务委"].projects["listed"] == 0
    # the 单位 filter offers both units by their names
    assert {"区文化旅游委", "区商务委"} <= set(unit_choices(db, "key_projects", 2024))


def test_a_unit_answers_for_the_indicators_it_leads(any_db):
    # a table of targets split among the units names who leads each indicator: the unit is asked about the ones
    # missed or behind the time gone, as about its targets and projects
    from milestones.store.schema import Indicator, IndicatorYear
    from milestones.store.unit_progress import unit_renames

    db = any_db
    with db.session() as s:
        iy = {name: row for row, name in s.execute(
            select(IndicatorYear, Indicator.name).join(Indicator, Indicator.id == IndicatorYear.indicator_id)
            .where(IndicatorYear.year == 2024))}
        iy["地区生产总值增速"].responsible_unit = "区发展改革委"
        iy["地区生产总值增速"].actual = 5.2  # 6%左右 not met
        iy["固定资产投资总额增速"].responsible_unit = "区发展改革委、区住建委"
        iy["固定资产投资总额增速"].actual = 6.0  # met
        iy["社会消费品零售总额增速"].responsible_unit = "区商务委"
        iy["社会消费品零售总额增速"].partner_units = "区住建委"  # working with it: not its
    units = {u.unit: u for u in unit_progress(db, 2024, Quarter(2024, 4))}
    assert (units["区发展改革委"].indicators["listed"], units["区发展改革委"].indicators["not_met"],
            units["区发展改革委"].indicators["met"]) == (2, 1, 1)
    assert units["区商务委"].indicators["pending"] == 1
    assert units["区住建委"].indicators["listed"] == 1  # the one it leads, not the one it works with
    assert units["区发展改革委"].attention == 1
    # renaming the unit renames it in the year's indicators too
    edits = unit_renames(db, 2024, "区住建委", "区住房城乡建委")
    assert sorted((table, f, becomes) for table, _id, f, _was, becomes, _v in edits) == [
        ("indicator_year", "partner_units", "区住房城乡建委"),
        ("indicator_year", "responsible_unit", "区发展改革委、区住房城乡建委")]
