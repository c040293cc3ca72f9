"""The bundled 2024 plan says what the seed report says, and nothing more."""
import re

from sqlalchemy import select

from milestones import paths
from milestones.domain import Quarter
from milestones.store.plan_document import load_plan_document, read_plan_document
from milestones.store.queries import plan_summary
from milestones.store.schema import KeyProject, MeasureTarget, PlanEntry

NAMED_IN_SCHEDULE = {
    # quarter: (starts named, completions named) — report 三(五)
    1: ({"重庆长滨", "红楼宾馆综合改造"}, {"重庆中心T3塔楼"}),
    2: ({"重庆市中医骨科医院化龙桥院区二期", "邹容支路地块改造"}, {"重庆信创产业交易服务平台"}),
    3: ({"重庆站铁路综合交通枢纽工程", "燕子岩传统风貌区"}, {"武警巡逻中队营房建设"}),
    4: ({"区教师进修学校", "磨房巷片区整体更新"}, {"老鼓楼衙署遗址公园", "大田湾体育场周边旧城区改建"}),
}


def test_plan_level_figures_match_the_report(db):
    s = plan_summary(db)
    assert s["plan"]["year"] == 2024
    assert s["plan"]["document_number"] == "渝中府发〔2024〕8号"
    assert s["key_projects"]["stated"] == 65
    assert s["annual_investment"]["stated"] == 184.8
    assert s["sections"] == 11
    stated = [(q["starts_stated"], q["completions_stated"]) for q in s["quarters"].values()]
    assert stated == [(5, 1), (8, 1), (11, 3), (11, 14)]
    assert list(s["quarters"]) == ["2024Q1", "2024Q2", "2024Q3", "2024Q4"]
    i24, i23 = s["indicators"]["2024"], s["indicators"]["2023"]
    assert (i24["stated"], i24["binding_stated"], i24["expected_stated"]) == (26, 7, 19)
    assert (i23["stated"], i23["met_stated"], i23["not_met_stated"], i23["adjusted_stated"]) == (23, 17, 3, 3)


def test_listed_indicators_carry_the_statuses_the_report_gives(db):
    s = plan_summary(db)["indicators"]["2023"]
    assert (s["not_met"], s["adjusted"]) == (3, 3)
    assert s["listed"] <= s["stated"]
    assert plan_summary(db)["indicators"]["2024"]["listed"] <= 26


def test_named_projects_sit_in_the_quarter_the_report_gives(db):
    with db.read() as s:
        for q, (starts, completions) in NAMED_IN_SCHEDULE.items():
            quarter = Quarter(2024, q)
            got_starts = set(s.scalars(select(KeyProject.name).where(KeyProject.planned_start == quarter)))
            got_done = set(s.scalars(select(KeyProject.name).where(KeyProject.planned_completion == quarter)))
            assert got_starts == starts, quarter
            assert got_done == completions, quarter


def test_listed_counts_never_exceed_stated(db):
    for q in plan_summary(db)["quarters"].values():
        assert q["starts_listed"] <= q["starts_stated"]
        assert q["completions_listed"] <= q["completions_stated"]
    s = plan_summary(db)
    assert 0 < s["key_projects"]["listed"] <= 65


def test_every_named_project_is_in_the_report(db, seed_report):
    with db.read() as s:
        names = list(s.scalars(select(KeyProject.name)))
    assert len(names) == len(set(names))
    for name in names:
        # "重医附一院第二医疗综合大楼、第一分院二期、特色医疗专科楼": the report
        # names the hospital once for three projects
        assert name in seed_report or name.removeprefix("重医附一院") in seed_report, name


def test_every_project_names_its_source_and_invents_no_money(db):
    with db.read() as s:
        for p in s.scalars(select(KeyProject)):
            assert p.source, p.name
            assert p.total_investment is None  # the report gives no per-project figures
        assert all(e.annual_investment is None for e in s.scalars(select(PlanEntry)))


def test_well_over_a_hundred_targets_each_in_the_report_verbatim(db, seed_report):
    flat = seed_report
    with db.read() as s:
        targets = list(s.scalars(select(MeasureTarget)))
    assert len(targets) > 100
    for t in targets:
        assert t.text in flat, t.text
        assert t.op in ("about", "at_least", "at_most", "above", "below", "exact", "text")
    numeric = [t for t in targets if t.value is not None]
    assert len(numeric) >= 100


def test_measures_keep_the_report_paragraph(db, seed_report):
    from milestones.store.schema import Measure

    with db.read() as s:
        measures = list(s.scalars(select(Measure)))
    assert len(measures) >= 40
    for m in measures:
        assert m.text and m.text.startswith(m.title) and m.text in seed_report


def test_every_zone_and_area_the_report_names(db):
    s = plan_summary(db)
    zones = {z["name"]: z for z in s["zones"] if z["name"]}
    assert set(zones) == {"东部", "中部", "西部", "全区"}
    assert zones["东部"]["areas"] >= 4 and zones["中部"]["areas"] >= 4 and zones["西部"]["areas"] >= 4


def test_quarter_targets_of_measures_carry_their_quarter(db):
    with db.read() as s:
        rows = s.execute(select(MeasureTarget.quarter, MeasureTarget.value)
                         .where(MeasureTarget.quarter.is_not(None), MeasureTarget.subject.like("%开工项目"))
                         .order_by(MeasureTarget.quarter)).all()
    assert [(str(q), v) for q, v in rows] == [("2024Q1", 5), ("2024Q2", 8), ("2024Q3", 11), ("2024Q4", 11)]


def test_loading_the_plan_again_changes_nothing(db):
    before = plan_summary(db)
    with db.session() as s:
        load_plan_document(s, read_plan_document(paths.sample_plan_path()))
        assert not s.dirty and not s.new
    after = plan_summary(db)
    assert before == after


def test_the_sample_file_is_readable_and_cites_the_report():
    text = paths.sample_plan_path().read_text(encoding="utf-8")
    assert "渝中府发〔2024〕8号" in text
    assert len(re.findall(r"source:", text)) > 60
