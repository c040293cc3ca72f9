"""A list that says no project's nature (no 建设性质 column, no "（一）续建项目" heading, no mark) is dated by each
project's start: begun before the list's year is 续建, starting in it 新开工. Guessed, it fills a project's nature only
where the plan holds none: a nature the planner set stays."""
import pytest
from sqlalchemy import select, update

from milestones.spreadsheet.importer import preview, read_import, write
from milestones.store.schema import KeyProject, PlanEntry
from milestones.ui.problem_text import english

from .conftest import csv_file, typed_and_saved

LIST = ("2025年重点项目计划表\n序号,项目名称,建设年限,总投资（亿元）\n"
        "1,甲项目,2023-2026,12\n2,乙项目,2025-2027,8\n3,丙项目,2026-2028,3\n4,丁项目,,1\n")


def _natures(db):
    with db.read() as s:
        return dict(s.execute(select(KeyProject.name, PlanEntry.nature).join(PlanEntry.project)).all())


def test_the_start_gives_the_nature_where_the_table_says_none(tmp_path):
    (t,) = read_import(csv_file(tmp_path, "p.csv", LIST)).tables
    assert {r["name"]: r["nature"] for r in t.records} == {"甲项目": "续建", "乙项目": "新开工", "丙项目": None,
                                                         "丁项目": None}
    said = [p.message for p in t.problems if p.message.startswith("表中没有写建设性质")]
    assert said == ["表中没有写建设性质：按计划开工时间，1个项目记作续建（开工早于2025年）、1个记作新开工（2025年开工）；"
                    "已有项目原有的建设性质不变"]
    assert english(said[0]).startswith("the table states no nature: by the planned start, 1 project is taken as “续建”")


def test_a_start_by_quarter_dates_it_too(tmp_path):
    path = csv_file(tmp_path, "p.csv", "2025年重点项目计划表\n序号,项目名称,计划开工,计划竣工\n"
                                       "1,甲项目,2024年3月,2026年底\n2,乙项目,2025年二季度,2027年\n")
    (t,) = read_import(path).tables
    assert [r["nature"] for r in t.records] == ["续建", "新开工"]


def test_a_table_that_says_any_nature_is_not_guessed_at(tmp_path):
    path = csv_file(tmp_path, "p.csv", "2025年重点项目计划表\n序号,项目名称,建设性质,计划开工\n"
                                       "1,乙项目,,2024年3月\n2,甲项目,续建,2023年\n")  # (blank first: a CSV's
    (t,) = read_import(path).tables  # blank under a nature is the merged cell above, as LibreOffice saves one)
    assert [r["nature"] for r in t.records] == [None, "续建"]
    headed = csv_file(tmp_path, "h.csv", "2025年重点项目计划表\n序号,项目名称,计划开工\n（一）前期项目,,\n"
                                         "1,甲项目,2024年3月\n")
    (t,) = read_import(headed).tables
    assert [r["nature"] for r in t.records] == ["前期"]


def test_a_guessed_nature_never_overwrites_the_planners(tmp_path, db):
    path = csv_file(tmp_path, "p.csv", LIST)
    imp = read_import(path)
    preview(db, imp)
    write(db, imp)
    assert _natures(db)["甲项目"] == "续建"
    with db.session() as s:  # the planner knows better: 甲 slipped and starts this year
        pid = s.scalars(select(KeyProject.id).where(KeyProject.name == "甲项目")).one()
        s.execute(update(PlanEntry).where(PlanEntry.project_id == pid).values(nature="新开工"))
        s.commit()
    again = preview(db, read_import(path))
    assert again.diffs[0].counts() == {"new": 0, "changed": 0, "unchanged": 4, "missing": 0}
    write(db, again)
    assert _natures(db)["甲项目"] == "新开工"


def test_a_row_whose_start_says_begun_leaves_the_others_dated_by_their_start(tmp_path):
    # "已开工" in one project's start column said that project is 续建, and nothing of the seven beside it: they
    # were left with no nature
    path = csv_file(tmp_path, "p.csv", "2024年重点项目计划表\n序号,项目名称,计划开工时间,计划完工时间\n"
                                       "1,甲项目,2024年3月,年底\n2,乙项目,上半年,2025年6月\n"
                                       "3,辛项目,已开工,2026年\n4,丙项目,2025年,2026年\n")
    (t,) = read_import(path).tables
    assert {r["name"]: r["nature"] for r in t.records} == {"甲项目": "新开工", "乙项目": "新开工", "辛项目": "续建",
                                                         "丙项目": None}
    assert [r.get("nature_from_start", False) for r in t.records] == [True, True, False, False]
    said = [p.message for p in t.problems if "没有写建设性质" in p.message]
    assert said == ["表中3个项目没有写建设性质：按计划开工时间，2个项目记作新开工（2024年开工）；已有项目原有的建设性质不变"]
    assert english(said[0]) == ("3 projects in the table state no nature: by the planned start, 2 projects are "
                                "taken as “新开工” (starting in 2024); a nature an existing project has is kept")


def test_a_nature_column_of_kinds_of_building_is_dated_by_the_start(tmp_path):
    # a project database's 建设性质 says 新建 / 改扩建 (what is built), not 新开工 / 续建: the filter listed 新建 as a
    # nature of its own and no project counted as new or continued. The kind goes to the notes, the start dates it.
    path = csv_file(tmp_path, "库.csv", "2024年重大项目库导出\n项目名称,建设性质,总投资（万元）,开工时间,竣工时间\n"
                                       "甲项目,新建,100000,2024-03,2026-12\n乙项目,改扩建,50000,2023-05,2024-12\n"
                                       "丙项目,续建,8000,2022-01,2024-06\n")
    (t,) = read_import(path).tables
    got = [(r["name"], r["nature"], r["notes"]) for r in t.records]
    assert got == [("甲项目", "新开工", "建设类型：新建"), ("乙项目", "续建", "建设类型：改扩建"), ("丙项目", "续建", None)]
    said = [p.message for p in t.problems]
    assert "第B列“建设性质”中的“新建”“改扩建”是建设类型，记入备注；这些项目的建设性质按计划开工时间判断" in said
    assert all(english(m) != m for m in said)  # each said in English too


def test_kinds_of_building_beside_a_project_state_take_the_state_as_the_nature(tmp_path):
    # a 项目库 export: "建设性质" of 新建 / 改扩建 and "项目状态" of 在建 / 储备. The state was dropped as a repeat of
    # 建设性质 and, its kinds of building said as none, no project had a nature (a year-only start dates none);
    # "审批类型" (审批 / 核准 / 备案) was read as a second class column
    text = ("项目代码,项目名称,建设性质,总投资（万元）,开工年份,竣工年份,行业类别,审批类型,项目状态\n"
            "2401-500103-04-01-123456,渝中区十八梯三期,新建,125000,2024,2026,城市更新,审批,在建\n"
            "2312-500103-04-01-654321,化龙桥道路工程,改扩建,68000,2023,2025,交通,核准,在建\n"
            "2402-500103-04-01-111111,解放碑商业提升,新建,32000,2025,2026,商贸,备案,储备\n")
    for path in typed_and_saved(tmp_path, "库.csv", text):
        (t,) = read_import(path, year=2024).tables
        assert t.errors == [], path
        got = [(r["nature"], r["class"], r["notes"]) for r in t.records]
        assert got == [("续建", "城市更新", "建设类型：新建"), ("续建", "交通", "建设类型：改扩建"),
                       ("前期", "商贸", "建设类型：新建")]
        said = [p.message for p in t.problems]
        assert "第C列“建设性质”填的是新建、改扩建等建设类型，记入备注；建设性质按第I列“项目状态”导入" in said
        assert "第H列“审批类型”没有对应的字段，未导入" in said
        assert all(english(m) != m for m in said)


@pytest.mark.parametrize("heading, field", [
    ("固定资产投资项目代码", "code"), ("投资项目统一代码", "code"),  # (an online approval platform's code: "投资" in it)
    ("开工以来累计完成投资", None),  # an amount, not the start
    ("项目概况", "content"), ("项目简介", "content"), ("县级领导", "leader"), ("联系县领导", "leader"),
    # an investment promotion list (招商引资): what was signed, by whom, and when
    ("协议投资额（亿元）", "total_investment"), ("投资方", "owner"), ("签约时间", "milestone:签约"),
    ("计划开业时间", "milestone:开业"),
])
def test_a_project_databases_headings(heading, field):
    from milestones.spreadsheet.headings import match_heading
    from milestones.spreadsheet.milestone_headings import milestone_word
    if field and field.startswith("milestone:"):  # (a project's 节点 is found apart from the fields)
        assert milestone_word(heading) == field.split(":")[1]
    else:
        assert match_heading("key_projects", heading) == field


def test_a_plans_heading_over_the_projects_it_is_to_complete_gives_their_nature(tmp_path):
    # "（二）竣工项目" was taken for a class, its projects left the nature of the heading above (续建)
    path = csv_file(tmp_path, "plan.csv", "2024年重点项目计划表\n序号,项目名称,总投资（亿元）\n（一）续建项目,,\n"
                                          "1,十八梯三期,12.5\n（二）竣工项目,,\n2,化龙桥道路,6.8\n（三）建成投用项目,,\n"
                                          "3,解放碑提升,3.2\n")
    (t,) = read_import(path).tables
    assert [(r["nature"], r.get("class")) for r in t.records] == [("续建", None), ("计划完工", None), ("计划完工", None)]
