"""催报名单: each unit with projects or targets still to report at the quarter's end, worded as a notice."""
from sqlalchemy import select

from milestones.domain.quarter import Quarter
from milestones.store import changes
from milestones.store.chase import chase_list, chase_text
from milestones.store.schema import KeyProject, Measure, MeasureTarget


def _units(db, **by_name):
    with db.session() as s:
        for p in s.scalars(select(KeyProject)):
            p.responsible_unit, p.owner = by_name.get(p.name, (None, None))


def test_the_units_to_chase_and_the_notice(any_db):
    db = any_db
    _units(db, **{"重庆长滨": ("区住房城乡建委", None), "红楼宾馆综合改造": ("区住房城乡建委、区商务委", None),
                  "重庆中心T3塔楼": (None, "重庆中心公司"), "邹容支路地块改造": ("区住房城乡建委", None)})
    with db.session() as s:  # the person to call, as the list names them
        s.scalar(select(KeyProject).where(KeyProject.name == "重庆长滨")).contact = "张三 13800000000"
    with db.session() as s:
        pid = s.scalar(select(KeyProject.id).where(KeyProject.name == "邹容支路地块改造"))
    changes.replace_project_details(db, pid, "investments", [{"quarter": "2024Q2", "planned": "1", "actual": "0.8"}])
    with db.session() as s:  # a target due in the second quarter, nothing reported: its unit is chased too
        t = s.scalars(select(MeasureTarget).order_by(MeasureTarget.id)).first()
        t.quarter, t.responsible_unit, t.actual, t.status, text = Quarter(2024, 2), "区商务委", None, None, t.text
    with db.read() as s:
        chase = chase_list(s, 2024, Quarter(2024, 2))
    got = {u.unit: (u.projects, u.targets) for u in chase.units}
    # 邹容支路 reported the quarter; a project of two units is both units' to report; the owner answers where no
    # unit is responsible
    assert got["区住房城乡建委"] == (["重庆长滨", "红楼宾馆综合改造"], [])
    assert got["区商务委"] == (["红楼宾馆综合改造"], [text])
    assert got["重庆中心公司"] == (["重庆中心T3塔楼"], [])
    assert chase.units[0].unit in ("区住房城乡建委", "区商务委")  # two things to report each: most first
    assert chase.no_unit == 49 - 4  # the rest name no unit: said, not lost
    notice = chase_text(chase)
    assert notice.startswith("截至2024年二季度，以下单位尚有项目或目标未报送")
    assert "区住房城乡建委：未报本季度投资的项目2个（重庆长滨、红楼宾馆综合改造）；联系人：张三 13800000000。" in notice
    assert notice.endswith("另有45个未报投资的项目未填责任单位或业主单位，无法催报，请先补填单位。")
    english = chase_text(chase, "en")
    assert "区住房城乡建委: 2 project(s) with no investment for the quarter (重庆长滨, 红楼宾馆综合改造); to call: " \
           "张三 13800000000." in english


def test_a_unit_with_many_is_named_with_the_first_few_and_everyone_reported_is_said(db):
    _units(db, **{p: ("区住房城乡建委", None) for p in ("重庆长滨", "红楼宾馆综合改造", "重庆中心T3塔楼",
                                                      "邹容支路地块改造", "区教师进修学校", "燕子岩传统风貌区")})
    with db.session() as s:  # every other project reported, and no target due
        for m in s.scalars(select(Measure)):
            m.responsible_unit = None
        for t in s.scalars(select(MeasureTarget)):
            t.responsible_unit = None
        others = s.scalars(select(KeyProject.id).where(KeyProject.responsible_unit.is_(None))).all()
    for pid in others:
        changes.replace_project_details(db, pid, "investments", [{"quarter": "2024Q3", "actual": "0.1"}])
    with db.read() as s:
        chase = chase_list(s, 2024, Quarter(2024, 3))
    assert chase.no_unit == 0
    assert "（重庆长滨、红楼宾馆综合改造、重庆中心T3塔楼、邹容支路地块改造、燕子岩传统风貌区等6个）" in chase_text(chase)
    assert "重庆长滨, 红楼宾馆综合改造, 重庆中心T3塔楼, 邹容支路地块改造, 燕子岩传统风貌区 and 1 more" in \
        chase_text(chase, "en")
    with db.read() as s:
        mine = s.scalars(select(KeyProject.id).where(KeyProject.responsible_unit.is_not(None))).all()
    for pid in mine:  # they report too
        changes.replace_project_details(db, pid, "investments", [{"quarter": "2024Q3", "actual": "0.2"}])
    with db.read() as s:
        assert chase_text(chase_list(s, 2024, Quarter(2024, 3))) == "截至2024年三季度，各单位均已报送。"


def test_at_the_years_end_a_unit_is_chased_for_the_indicators_it_leads_with_no_figure(db):
    # a table split among the units names who leads each indicator: its figure is due when the year is out
    from milestones.store.schema import Indicator, IndicatorYear

    _units(db)
    with db.session() as s:
        for m in s.scalars(select(Measure)):
            m.responsible_unit = None
        for t in s.scalars(select(MeasureTarget)):
            t.responsible_unit = None
        iy = {name: row for row, name in s.execute(
            select(IndicatorYear, Indicator.name).join(Indicator, Indicator.id == IndicatorYear.indicator_id)
            .where(IndicatorYear.year == 2024))}
        iy["地区生产总值增速"].responsible_unit = "区发展改革委"  # no figure: chased
        iy["固定资产投资总额增速"].responsible_unit, iy["固定资产投资总额增速"].actual = "区发展改革委", 6.0
        iy["社会消费品零售总额增速"].responsible_unit = "区商务委"
        iy["社会消费品零售总额增速"].status = "调整"  # the table's word: nothing to chase
    with db.read() as s:
        assert not any(u.indicators for u in chase_list(s, 2024, Quarter(2024, 3)).units)  # not due yet
        chase = chase_list(s, 2024, Quarter(2024, 4))
    assert {u.unit: u.indicators for u in chase.units} == {"区发展改革委": ["地区生产总值增速"]}
    notice = chase_text(chase)
    assert notice.startswith("截至2024年四季度，以下单位尚有项目、目标或指标未报送")
    assert "区发展改革委：未填报完成值的指标1个（地区生产总值增速）。" in notice
    assert "1 indicator(s) with no figure reported (地区生产总值增速)" in chase_text(chase, "en")
