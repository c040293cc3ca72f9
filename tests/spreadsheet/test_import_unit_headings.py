"""Tables grouped by the unit in charge: "区住房城乡建委（2个）" on its own row above that unit's projects (or tasks),
with no 责任单位 column. The heading was taken for the projects' class (or, alone under a 序号 column, for a project
or a task, or for the rest of the task above it), and no project had a responsible unit."""
import pytest
from sqlalchemy import select

from milestones.spreadsheet.importer import preview, read_import, write
from milestones.spreadsheet.zones import says_a_group, unit_word
from milestones.store.schema import KeyProject, MeasureTarget

PROJECTS = "key-projects-unit-headings-2025"
MEASURES = "measures-unit-headings-2025"


@pytest.mark.parametrize("saved", ["lo_files", "lo_ods_files", "lo_csv_files"])
def test_a_units_heading_gives_the_projects_under_it_their_unit_and_keeps_the_zone(saved, request):
    (t,) = read_import(request.getfixturevalue(saved)[PROJECTS]).tables
    assert (t.kind, t.year) == ("key_projects", 2025)
    got = {r["name"]: (r["zone"], r["responsible_unit"], r["class"], r["nature"]) for r in t.records}
    assert got == {"十八梯二期": ("东部", "区住房城乡建委", None, "续建"),
                   "七星岗片区更新": ("东部", "区住房城乡建委", None, "新开工"),
                   "巴蜀小学扩建": ("东部", "区教委", None, "续建"),
                   "区人民医院门诊楼": ("西部", "区卫生健康委", None, "续建"),
                   "化龙桥商业街提升": ("西部", "区商务委", None, "新开工")}
    assert not [p for p in t.problems if p.severity != "info"]


def test_the_units_are_written_with_the_projects(db, lo_files):
    imp = read_import(lo_files[PROJECTS])
    preview(db, imp)
    write(db, imp)
    with db.session() as s:
        units = dict(s.execute(select(KeyProject.name, KeyProject.responsible_unit)).all())
    assert units["巴蜀小学扩建"] == "区教委" and units["化龙桥商业街提升"] == "区商务委"


@pytest.mark.parametrize("saved", ["lo_files", "lo_csv_files"])
def test_a_units_heading_over_tasks_is_their_unit_and_the_section_goes_on(saved, request, db):
    imp = read_import(request.getfixturevalue(saved)[MEASURES])
    (t,) = imp.tables
    assert (t.kind, t.year) == ("measures", 2025)
    got = [(r["section_number"], r["text"], r["responsible_unit"], r["partner_units"]) for r in t.records]
    assert got == [(1, "新开工重点项目20个以上", "区发展改革委", "区住房城乡建委"),
                   (1, "争取中央预算内投资5亿元", "区发展改革委", "区财政局"),
                   (1, "举办促消费活动100场以上", "区商务委", "各街道"),
                   (2, "城镇新增就业4.6万人", "区人力社保局", "各街道")]
    assert not [p for p in t.problems if p.severity != "info"]  # no "the rest of the task above" any more
    preview(db, imp)
    write(db, imp)
    with db.session() as s:
        target = s.scalars(select(MeasureTarget).where(MeasureTarget.text == "举办促消费活动100场以上")).one()
        assert target.responsible_unit == "区商务委"


def test_a_unit_column_wins_over_the_heading_above(tmp_path):
    path = tmp_path / "units.csv"
    path.write_text("2025年重点项目计划表\n序号,项目名称,总投资（亿元）,计划开工时间,责任单位\n"
                    ",区住房城乡建委（2个）,,,\n1,十八梯二期,12.5,2025年3月,\n2,七星岗片区更新,6.8,2025年4月,渝中城投公司\n",
                    encoding="utf-8")
    (t,) = read_import(path).tables
    assert [(r["name"], r["responsible_unit"]) for r in t.records] == [("十八梯二期", "区住房城乡建委"),
                                                                       ("七星岗片区更新", "渝中城投公司")]


@pytest.mark.parametrize("text, unit", [
    ("区住房城乡建委（3个）", "区住房城乡建委"), ("（二）区卫生健康委（2个）", "区卫生健康委"),
    ("牵头单位：区商务委", "区商务委"), ("区商务委牵头项目（4个）", "区商务委"), ("一、区教委", "区教委"),
    # not units: zones, areas, stages, levels, classes
    ("东部片区（3个）", None), ("解放碑街道", None), ("化龙桥片区", None), ("续建项目（3个）", None),
    ("市级重点项目", None), ("产业发展类（5个）", None), ("城市更新", None), ("社会事业（3个）", None),
    ("大坪商圈", None),
])
def test_which_headings_name_a_unit(text, unit):
    assert unit_word(text) == unit


@pytest.mark.parametrize("text, heading", [
    ("区教委（2个）", True), ("牵头单位：区商务委", True), ("社会事业（3个）", True),
    ("大坪商圈", False), ("区教委", False),  # a bare name under a 序号 column may be a project not numbered yet
])
def test_a_lone_row_under_a_number_column_is_a_heading_when_it_counts_or_labels(text, heading):
    assert says_a_group(text) is heading


def test_a_bureaus_own_breakdown_names_its_sections_as_the_units(tmp_path):
    # "责任科室 | 配合科室" in a bureau's breakdown of its tasks: no field, so no task had a unit to answer for it
    from .conftest import csv_file

    path = csv_file(tmp_path, "分解.csv", "区发展改革委2024年重点工作任务分解表\n"
                                         "序号,工作任务,具体目标,分管领导,责任科室,配合科室,责任人,完成时限\n"
                                         "1,抓好重点项目建设,完成重点项目投资300亿元,张副主任,投资科,规划科,李四,12月底\n")
    (t,) = read_import(path).tables
    assert t.errors == []
    (r,) = t.records
    assert (r["responsible_unit"], r["partner_units"], r["leader"], r["contact"]) == ("投资科", "规划科", "张副主任", "李四")
    assert not [p for p in t.problems if "没有对应的字段" in p.message]


def test_a_section_heading_naming_its_lead_unit_gives_it_to_the_tasks_that_name_none(tmp_path):
    # "一、扩大有效投资（牵头单位：区发展改革委）": the unit was part of the section's name (a section of its own beside
    # next year's "一、扩大有效投资") and no task under it had a unit
    from .conftest import typed_and_saved

    text = ("2024年重点工作任务清单\n序号,工作任务,工作目标,责任单位,完成时限\n"
            "一、扩大有效投资（牵头单位：区发展改革委）,,,,\n1,抓好重点项目,完成投资300亿元,,12月底\n"
            "2,争取专项债,争取专项债券30亿元,区财政局,6月底\n二、提振消费（区商务委牵头）,,,,\n"
            "3,办好消费季,举办活动10场,,12月底\n")
    for path in typed_and_saved(tmp_path, "清单.csv", text):
        (t,) = read_import(path).tables
        assert t.errors == [], path
        got = [(r["section"], r["responsible_unit"]) for r in t.records]
        assert got == [("一、扩大有效投资", "区发展改革委"), ("一、扩大有效投资", "区财政局"), ("二、提振消费", "区商务委")]
