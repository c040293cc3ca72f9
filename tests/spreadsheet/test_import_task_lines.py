"""A task list as offices type it: several numbered targets in one cell, a line each, every line ending in "；"
(the second and third targets were read as "；2.新开工重点项目20个以上"), and the units in one cell as
"区人力社保局牵头，各街道配合" (kept whole as the responsible unit, no partners)."""
import pytest
from sqlalchemy import select

from milestones.spreadsheet.importer import preview, read_import, write
from milestones.spreadsheet.lead_units import _leads_then_partners, lead_and_partners
from milestones.store.schema import KeyProject, Plan, Section
from milestones.ui.problem_text import english

from .conftest import csv_file

TASKS = "measures-numbered-lines-2025"


@pytest.mark.parametrize("saved", ["lo_files", "lo_ods_files"])
def test_numbered_targets_a_line_each_are_one_target_each(saved, request):
    (t,) = read_import(request.getfixturevalue(saved)[TASKS]).tables
    assert (t.kind, t.year) == ("measures", 2025)
    invest = [(r["text"], r["value"], r["unit"]) for r in t.records if r["measure"] == "扩大有效投资"]
    assert invest == [("完成固定资产投资增长5%", 5.0, "%"), ("新开工重点项目20个以上", 20.0, "个"),
                      ("争取专项债券额度30亿元", 30.0, "亿元")]
    assert not [p for p in t.problems if p.severity != "info"]


def test_a_lead_then_its_partners_in_words_are_the_unit_and_the_partners(lo_files, db):
    imp = read_import(lo_files[TASKS])
    (t,) = imp.tables
    jobs = [(r["responsible_unit"], r["partner_units"]) for r in t.records if r["measure"] == "稳定就业"]
    assert jobs == [("区人力社保局", "各街道")] * 2
    said = [(p.row, p.column, p.message) for p in t.problems]
    assert (8, "E", "“牵头”的单位作为责任单位，“配合”的作为配合单位导入") in said
    preview(db, imp)
    write(db, imp)


@pytest.mark.parametrize("cell, read", [
    ("区人力社保局牵头，各街道配合", ("区人力社保局", "各街道")),
    ("由区商务委牵头，区财政局、各街道参与", ("区商务委", "区财政局、各街道")),
    ("区发展改革委牵头，区财政局等相关部门配合", ("区发展改革委", "区财政局")),
    ("区商务委、区财政局牵头，各街道配合。", ("区商务委、区财政局", "各街道")),
    ("区商务委牵头", ("区商务委", None)),
    ("区商务委牵头做好统筹", None),  # words, not a list of units: kept as written
    ("张三牵头，李四配合", None),
])
def test_the_lead_and_its_partners_in_one_cell(cell, read):
    assert _leads_then_partners(cell) == read


def test_the_note_reads_in_english():
    assert english("“牵头”的单位作为责任单位，“配合”的作为配合单位导入").startswith("the unit said to lead (“牵头”)")


def test_a_key_projects_unit_cell_naming_its_lead_and_partners_is_read_apart(tmp_path, db):
    path = csv_file(tmp_path, "p.csv", "2025年重点项目计划表\n序号,项目名称,总投资（亿元）,责任单位\n"
                                       "1,甲项目,3,区住房城乡建委（牵头）、区财政局\n"
                                       "2,乙项目,2,区商务委牵头，解放碑街道配合\n3,丙项目,1,区教委\n")
    imp = read_import(path)
    (t,) = imp.tables
    assert [(r["responsible_unit"], r["partner_units"]) for r in t.records] == [
        ("区住房城乡建委", "区财政局"), ("区商务委", "解放碑街道"), ("区教委", None)]
    preview(db, imp)
    write(db, imp)
    with db.read() as s:
        held = dict(s.execute(select(KeyProject.name, KeyProject.responsible_unit)).all())
    assert held["乙项目"] == "区商务委"


@pytest.mark.parametrize("cell, read", [
    ("区教委、区卫生健康委按职责分工负责", ("区教委、区卫生健康委", None)),
    ("区商务委、区财政局分别负责。", ("区商务委、区财政局", None)),
    ("区商务委牵头，区财政局等按职责分工负责", ("区商务委", "区财政局")),
    ("区商务委负责统筹", ("区商务委负责统筹", None)),  # words: kept as written
])
def test_how_the_units_share_the_work_is_no_units_name(cell, read):
    # "按职责分工负责" after the units was kept as part of the last unit's name ("区卫生健康委按职责分工负责"): no unit's
    # filter or form found the task
    assert lead_and_partners(cell)[:2] == read


def test_a_key_projects_units_sharing_the_work_are_the_units(tmp_path, db):
    path = csv_file(tmp_path, "p.csv", "2025年重点项目计划表\n序号,项目名称,总投资（亿元）,责任单位\n"
                                       "1,甲项目,3,区住房城乡建委、区城管局按职责分工负责\n2,乙项目,2,区教委\n")
    (t,) = read_import(path).tables
    assert [r["responsible_unit"] for r in t.records] == ["区住房城乡建委、区城管局", "区教委"]
    said = [(p.row, p.column, p.message) for p in t.problems if p.column == "D"]
    assert said == [(3, "D", "“按职责分工负责”不是单位名称，未导入")]
    assert english(said[0][2]) == "“按职责分工负责” says how the units share the work: it is no unit's name, not imported"


@pytest.mark.parametrize("number", ["一", "一、"])
def test_a_section_numbered_in_the_seq_column_heads_the_tasks_below(tmp_path, number, db):
    # "一 | 扎实推动经济高质量发展" with the targets' column empty: the section was lost and every task went into
    # one made from the title
    two = "二" if number == "一" else "二、"
    path = csv_file(tmp_path, "m.csv", "2025年重点任务分解表\n序号,重点任务,具体举措,量化指标,牵头单位,完成时限\n"
                                       f"{number},扎实推动经济高质量发展,,,,\n"
                                       "1,扩大有效投资,推进重点项目建设,完成固定资产投资增长5%,区发展改革委,2025年12月底\n"
                                       "2,提振消费,举办消费季活动,社零增长7.5%,区商务委,全年\n"
                                       f"{two},持续增进民生福祉,,,,\n"
                                       "3,稳定就业,实施就业促进行动,城镇新增就业4.6万人,区人力社保局,2025年底\n")
    imp = read_import(path)
    (t,) = imp.tables
    assert [(r["section"], r["section_number"], r["measure"]) for r in t.records] == [
        ("一、扎实推动经济高质量发展", 1, "扩大有效投资"), ("一、扎实推动经济高质量发展", 1, "提振消费"),
        ("二、持续增进民生福祉", 2, "稳定就业")]
    assert not [p for p in t.problems if "没有“部分”" in p.message]
    preview(db, imp)
    write(db, imp)
    with db.read() as s:  # the 2025 plan's sections, as numbered
        assert s.execute(select(Section.number, Section.title).join(Plan).where(Plan.year == 2025)
                         .order_by(Section.number)).all() == [(1, "扎实推动经济高质量发展"), (2, "持续增进民生福祉")]


@pytest.mark.parametrize("saved", ["lo_files", "lo_csv_files"])
def test_deadlines_listed_as_the_targets_are_go_each_to_its_own(saved, request):
    # "完成固定资产投资增长5%；新开工项目20个" beside "12月底前；9月底前": both targets were due by 9月底前
    (t,) = read_import(request.getfixturevalue(saved)["measures-two-heading-levels-2025"]).tables
    due = {r["text"]: r["quarter"] for r in t.records if r["measure"] == "抓好重点项目建设"}
    assert due == {"完成固定资产投资增长5%": "2025Q4", "新开工项目20个": "2025Q3"}
    said = [(p.row, p.message) for p in t.problems if p.column == "D"]
    assert said == [(6, "完成时限按顺序分别记入各条目标")]
    assert english(said[0][1]) == "the deadlines are listed as the targets are: each target takes its own, in turn"


def test_a_deadline_list_that_is_one_targets_steps_is_not_shared_out(tmp_path):
    # "6月、12月" is one target's steps; three dates beside two targets say nothing of whose is whose
    path = csv_file(tmp_path, "m.csv", "2025年重点任务分解表\n序号,重点任务,目标,完成时限\n"
                                       "1,扩大有效投资,完成投资增长5%；新开工项目20个,6月、12月\n"
                                       "2,提振消费,举办活动100场；引进首店30家,3月；6月；12月\n")
    (t,) = read_import(path).tables
    assert [r["quarter"] for r in t.records] == ["2025Q4"] * 4
    assert not [p for p in t.problems if "按顺序" in p.message]


def test_headings_in_two_levels_make_the_lower_ones_the_sections_under_the_upper(lo_files, db):
    # "一、着力稳增长…" over "（一）扩大有效投资", "（二）提振消费", then "二、着力惠民生…" over its tasks: the
    # tasks go in the sections that hold them, the upper heading kept over its sections (it was dropped)
    imp = read_import(lo_files["measures-two-heading-levels-2025"])
    (t,) = imp.tables
    upper = "一、着力稳增长，推动经济持续回升向好"
    assert [(r.get("part"), r["section"], r["measure"]) for r in t.records] == [
        (upper, "（一）扩大有效投资", "抓好重点项目建设"), (upper, "（一）扩大有效投资", "抓好重点项目建设"),
        (upper, "（一）扩大有效投资", "争取专项债券"), (upper, "（二）提振消费", "办好消费季"),
        (None, "二、着力惠民生，持续增进民生福祉", "稳定就业")]
    said = [(p.row, p.column, p.text, p.message) for p in t.problems if p.message.startswith("上一级标题")]
    assert said == [(4, "A", upper, "上一级标题：其下“（一）”等各作为一个部分导入，记作这些部分的上一级标题")]
    write(db, preview(db, imp))
    with db.read() as s:  # three sections, in the list's order, each with its own tasks
        got = s.execute(select(Section.number, Section.title, Section.part).join(Plan).where(Plan.year == 2025)
                        .order_by(Section.number)).all()
    assert got == [(1, "扩大有效投资", "着力稳增长，推动经济持续回升向好"), (2, "提振消费", "着力稳增长，推动经济持续回升向好"),
                   (3, "着力惠民生，持续增进民生福祉", None)]


def test_a_plan_of_two_levels_exports_as_its_list_was_written_and_reads_back_the_same(lo_files, db, tmp_path):
    import python_calamine

    from milestones.spreadsheet.export import export

    write(db, preview(db, read_import(lo_files["measures-two-heading-levels-2025"])))
    out = tmp_path / "m.xlsx"
    export(db, "measures", out, year=2025)
    rows = python_calamine.CalamineWorkbook.from_path(str(out)).get_sheet_by_index(0).to_python()
    headings = [r[0] for r in rows if r[0] and not str(r[0]).replace(".", "").isdigit()][3:]
    assert headings == ["一、着力稳增长，推动经济持续回升向好", "（一）扩大有效投资", "（二）提振消费",
                        "二、着力惠民生，持续增进民生福祉"]
    imp = read_import(out)
    preview(db, imp)
    assert imp.diffs[0].counts() == {"new": 0, "changed": 0, "unchanged": 5, "missing": 0}
    with db.session() as s:  # a plan kept before the upper headings were: they are filled in by the list again
        for sec in s.scalars(select(Section).join(Plan).where(Plan.year == 2025)):
            sec.part = None
        s.commit()
    with db.read() as s:
        assert s.scalar(select(Section.part).where(Section.part.is_not(None))) is None
    write(db, imp)
    with db.read() as s:
        got = s.execute(select(Section.title, Section.part).join(Plan).where(Plan.year == 2025)
                        .order_by(Section.number)).all()
    assert got == [("扩大有效投资", "着力稳增长，推动经济持续回升向好"), ("提振消费", "着力稳增长，推动经济持续回升向好"),
                   ("着力惠民生，持续增进民生福祉", None)]


def test_a_plan_of_one_level_exports_its_sections_as_before(db, tmp_path):
    import python_calamine

    from milestones.spreadsheet.export import export

    out = tmp_path / "m.xlsx"
    export(db, "measures", out, year=2024)  # the bundled plan: (一)…(十一), no heading over them
    rows = python_calamine.CalamineWorkbook.from_path(str(out)).get_sheet_by_index(0).to_python()
    headings = [str(r[0]) for r in rows if str(r[0]).startswith(("（", "一、"))]
    assert headings[0].startswith("（一）") and headings[-1].startswith("（十一）") and len(headings) == 11


def test_figures_paired_by_fenbie_are_two_targets_and_come_back_as_two(tmp_path, db):
    # "社会消费品零售总额、外贸进出口总额分别增长6%、3%": one target judged by 3%; two, each its own subject and figure
    # with the cell's words (as the bundled plan holds such a target), and the list exported and read again is unchanged
    from .conftest import exported_back

    path = csv_file(tmp_path, "m.csv", "2024年重点任务分解表\n序号,重点任务,目标,牵头单位,完成时限\n"
                                       "1,促进消费（测试）,社会消费品零售总额、外贸进出口总额分别增长6%、3%,区商务委,12月\n")
    imp = read_import(path)
    (t,) = imp.tables
    assert [(r["text"], r["subject"], r["op"], r["value"], r["unit"]) for r in t.records] == [
        ("社会消费品零售总额、外贸进出口总额分别增长6%、3%", "社会消费品零售总额", "exact", 6.0, "%"),
        ("社会消费品零售总额、外贸进出口总额分别增长6%、3%", "外贸进出口总额", "exact", 3.0, "%")]
    back = exported_back(db, imp, tmp_path / "举措.xlsx")
    assert not back.has_errors and back.diffs[0].counts()["changed"] == back.diffs[0].counts()["new"] == 0


def test_the_bundled_plans_paired_target_typed_in_a_task_list_is_the_two_it_holds(tmp_path, db):
    # the bundled plan holds "力争批发业、零售业销售额分别增长15%和10%" as two targets, 批发业销售额 15 % and 零售业销售额
    # 10 %: a task list saying it (no figure columns) is the two, unchanged, not two new ones
    path = csv_file(tmp_path, "m.csv", "2024年重点任务分解表\n序号,重点任务,目标\n"
                                       "1,“提振消费”加速发展现代商贸业,力争批发业、零售业销售额分别增长15%和10%\n")
    imp = preview(db, read_import(path))
    assert imp.diffs[0].counts()["new"] == imp.diffs[0].counts()["changed"] == 0
    assert imp.diffs[0].counts()["unchanged"] == 2


def test_a_task_list_numbered_in_two_levels_has_its_upper_rows_as_sections(tmp_path):
    # "1 | 扩大有效投资" over "1.1 | 推进重点项目建设 | 完成投资200亿元": the upper rows were dropped unsaid and every
    # task went under one section made from the title
    path = csv_file(tmp_path, "m.csv", "2024年重点任务分解表\n序号,工作任务,目标,牵头单位,完成时限\n"
                                       "1,扩大有效投资,,,\n1.1,推进重点项目建设,完成投资200亿元,区发展改革委,12月\n"
                                       "1.2,争取专项债券,争取额度30亿元,区财政局,6月\n2,促进消费,,,\n"
                                       "2.1,举办消费季活动,举办活动20场,区商务委,12月\n3,稳定就业,新增就业4.6万人,区人力社保局,12月\n")
    (t,) = read_import(path).tables
    assert t.errors == []
    assert [(r["section"], r["section_number"], r["measure"]) for r in t.records] == [
        ("一、扩大有效投资", 1, "推进重点项目建设"), ("一、扩大有效投资", 1, "争取专项债券"),
        ("二、促进消费", 2, "举办消费季活动"), ("三、稳定就业", 3, "稳定就业")]  # a task of the upper level: its own
