"""A table saved as CSV, which keeps no merged cells and no colours, read as the workbook it was
saved from; and what a plan's own wording says: a level heading over its projects, each quarter's
形象进度 in a 推进计划, a deadline "7月1日前"."""
import openpyxl

from milestones.spreadsheet.importer import read_import
from tests.spreadsheet.conftest import csv_file as _csv, exported_back, one_table as _table

# a chart drawn by colouring cells: a CSV keeps no colours (its own test below)
_COLOURED = {"key-projects-gantt-shaded-by-month-2024"}
# a place merged over two projects: in a CSV the blank under it is not guessed to be the same place
# (test_where_a_project_is_built_in_a_csv_is_not_filled_down)
_NOT_FILLED = {"key-projects-location-2024"}


def _read(path):
    return [(t.kind, t.year, t.records) for t in read_import(path).tables if t.records or t.errors]


def test_every_attachment_saved_as_csv_by_libreoffice_reads_as_its_xlsx(lo_files, lo_csv_files):
    # merged cells saved as CSV are their text in the first cell and blanks in the others: a header
    # over two or three rows fell apart ("（一季度）" taken for a row of units, the projects' names lost),
    # "目标" over "2023年 | 2024年" headed one column, and the rows under a merged zone, category or task
    # had none (a task list was refused: "缺少举措名称")
    differ = []
    for name, xlsx in lo_files.items():
        if name in _COLOURED or name in _NOT_FILLED:
            continue
        if _read(lo_csv_files[name]) != _read(xlsx):
            differ.append(name)
    assert differ == []


def test_a_chart_drawn_in_colours_saved_as_csv_says_its_colours_are_lost(lo_csv_files):
    t, r = _table(lo_csv_files["key-projects-gantt-shaded-by-month-2024"])
    assert len(r) == 3 and all(rec["start"] is None for rec in r.values())
    (said,) = [p for p in t.problems if "底色" in p.message]
    assert said.severity == "warning" and "请导入 xlsx 文件" in said.message
    assert not any("各月投资" in p.message for p in t.problems)  # there are no figures to add up


def test_blanks_under_a_zone_in_a_csv_are_that_zone_and_it_is_said(tmp_path):
    t, r = _table(_csv(tmp_path, "2024年重点项目计划表.csv",
                       "2024年重点项目计划表\n"
                       "序号,区域,所属板块,项目名称,总投资（亿元）\n"
                       "1,东部,解放碑,朝天门片区综合整治,8.5\n"
                       "2,,,解放碑步行街提档升级,4.6\n"
                       "3,中部,大坪,大坪医院扩建,12\n"
                       "4,全区,,新建社区养老服务站,0.12\n"
                       "5,,,智慧城市平台,2\n"))
    assert [r[n]["zone"] for n in r] == ["东部", "东部", "中部", "全区", "全区"]
    assert r["解放碑步行街提档升级"]["area"] == "解放碑"
    # a new zone ends the area above it: the district-wide project is in no area of 中部
    assert r["新建社区养老服务站"]["area"] is None and r["智慧城市平台"]["area"] is None
    (zone,) = [p for p in t.problems if p.column == "B" and "空白单元格" in p.message]
    assert (zone.row, zone.severity) == (4, "info") and "有2个空白单元格" in zone.message
    assert "CSV 文件不保存合并单元格" in zone.message


def test_a_category_typed_once_over_its_indicators_in_a_csv(tmp_path):
    t, r = _table(_csv(tmp_path, "附件2.csv",
                       "附件2\n渝中区2024年主要预期目标\n"
                       "类别,指标名称,单位,2023年完成,2024年预期目标,备注\n"
                       "经济发展,地区生产总值增长,%,6.2,6左右,\n"
                       ",固定资产投资增长,%,-3.6,≥5,\n"
                       "绿色生态,单位地区生产总值能耗降低,%,完成市下达任务,完成市下达任务,约束性\n"
                       ",空气质量优良天数,天,330,≥330,预期性\n"))
    assert r["固定资产投资增长"]["category"] == "经济发展"
    assert r["空气质量优良天数"]["category"] == "绿色生态"
    # "约束性" alone in the 备注 column is the indicator's attribute, put there for want of its own column
    assert (r["单位地区生产总值能耗降低"]["binding"], r["单位地区生产总值能耗降低"]["notes"]) == (True, None)
    assert r["空气质量优良天数"]["binding"] is False
    assert r["地区生产总值增长"]["binding"] is None


def test_a_tasks_blank_name_in_a_workbook_is_the_task_above_said_as_a_guess(tmp_path):
    # no merge: the planner typed the task once over its targets; the rows under it were refused
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2024年政府工作报告重点任务分解表"])
    ws.append(["序号", "重点任务", "具体工作", "责任单位", "完成时限"])
    ws.append([1, "推动经济持续回升向好", "地区生产总值增长6%左右", "区发展改革委", "2024年12月"])
    ws.append([None, None, "固定资产投资增长5%", "区发展改革委", "2024年12月"])
    ws.append([2, "打造国际消费中心城市核心区", "解放碑步行街提档升级，6月底前完成一期", "区商务委", "2024年6月底"])
    wb.save(tmp_path / "tasks.xlsx")
    imp = read_import(tmp_path / "tasks.xlsx")
    (t,) = imp.tables
    assert t.errors == []
    tasks = [(x["measure"], x["text"]) for x in t.records]
    assert tasks[1] == ("推动经济持续回升向好", "固定资产投资增长5%")  # 具体工作 is the target
    (said,) = [p for p in t.problems if "空白单元格" in p.message]
    assert (said.row, said.column, said.severity) == (4, "B", "warning") and "请核对" in said.message
    # "6月底前完成一期" is a date, not 6 of something
    dated = t.records[2]
    assert (dated["op"], dated["value"], dated["quarter"]) == ("text", None, "2024Q2")


def test_level_headings_and_each_quarters_step_in_a_plan(lo_files):
    t, r = _table(lo_files["key-projects-levels-and-quarter-plan-2024"])
    # "一、市级重点项目" over its projects is their level; it was taken for their class
    assert [(r[n]["level"], r[n]["class"]) for n in r] == [("市级重点", None)] * 2 + [("区级重点", None)] * 2
    # "一季度形象进度" in a 推进计划 with no figure of what was done: what each quarter is to reach,
    # not progress reported (which would show a plan's steps as done); 开工 / 竣工 among them date the project
    q = r["解放碑步行街提档升级"]["quarters"]
    assert [q[f"2024Q{n}"]["goal"] for n in range(1, 5)] == ["完成招标", "开工", "路面改造", "竣工"]
    assert all(q[f"2024Q{n}"]["progress"] is None for n in range(1, 5))
    assert (r["解放碑步行街提档升级"]["start"], r["解放碑步行街提档升级"]["completion"]) == ("2024Q2", "2024Q4")
    # "7月1日前" is by 30 June; "七一前" the same
    assert r["鹅岭二厂文创园二期"]["completion"] == "2024Q2"
    assert r["化龙桥片区道路"]["completion"] == "2025Q2"


def test_a_quarters_progress_in_a_report_or_beside_what_was_done_stays_progress(tmp_path):
    # the title reports ("…推进情况"), or the table has the quarter's investment done: what happened
    for title, heads, row in (
            ("2024年重点项目季度推进情况", "一季度形象进度", "完成招标"),
            ("2024年重点项目季度计划表", "一季度完成投资（亿元）,一季度形象进度", "0.5,完成招标")):
        path = _csv(tmp_path, "t.csv", f"{title}\n项目名称,总投资（亿元）,{heads}\n甲项目,10,{row}\n")
        _, r = _table(path)
        q = r["甲项目"]["quarters"]["2024Q1"]
        assert (q["progress"], q.get("goal")) == ("完成招标", None), title


def test_a_nature_typed_with_more_words_is_the_nature_the_filter_lists(tmp_path):
    # "新开工项目" and "计划新开工" were kept as typed: the nature filter listed three kinds of new
    # project, and choosing 新开工 missed two of them
    _, r = _table(_csv(tmp_path, "2024年重点项目计划表.csv",
                       "2024年重点项目计划表\n序号,项目名称,建设性质,总投资（亿元）\n"
                       "1,甲项目,新开工项目,8.5\n2,乙项目,计划新开工,4.6\n3,丙项目,续建项目,12\n"
                       "4,丁项目,计划完工,1\n5,戊项目,改扩建,2\n"))
    # 改扩建 is a kind of building, no stage (session 68): kept in the notes, the nature left to a start (none here)
    assert [r[n]["nature"] for n in r] == ["新开工", "新开工", "续建", "计划完工", None]
    assert r["戊项目"]["notes"] == "建设类型：改扩建"


def test_a_nature_with_a_remark_is_the_nature_and_the_remark_is_said(tmp_path):
    # "新开工（计划6月）", "续建（2023年开工）" were kept whole: the filter listed each as a nature of its own,
    # and 计划竣工 was no 计划完工
    t, r = _table(_csv(tmp_path, "性质.csv", "2024年重点项目推进表\n序号,项目名称,项目性质,开竣工时间,总投资（亿元）\n"
                                          "1,甲项目,新开工（计划6月）,2024.6-2026.12,10\n"
                                          "2,乙项目,续建（2023年开工）,2023.3-2025.6,5\n"
                                          "3,丙项目,计划竣工,2022.1-2024.10,8\n4,丁项目,改扩建（二期）,2024.3-2024.12,1\n"))
    assert [r[n]["nature"] for n in r] == ["新开工", "续建", "计划完工", "改扩建（二期）"]  # no nature: kept as typed
    assert [r[n]["notes"] for n in r] == ["计划6月", "2023年开工", None, None]  # the remark is kept, in 备注
    said = [(p.row, p.message) for p in t.problems]
    assert (3, "建设性质按“新开工”导入，括号中的“计划6月”记入备注") in said
    assert (4, "建设性质按“续建”导入，括号中的“2023年开工”记入备注") in said


def test_a_monitoring_table_with_the_years_estimate_judges_by_the_estimate(tmp_path):
    # "1-9月完成 | 同比增长 | 全年预计 | 进度评价": the estimate is the figure the year's target is judged by;
    # the growth is the nine months' and was shown as the estimate's ("1745、增长5.2%"); the verdict on
    # the pace was dropped ("进度" names a rate of progress elsewhere)
    t, r = _table(_csv(tmp_path, "监测.csv",
                       "渝中区2024年1-9月主要经济指标监测表\n"
                       "指标名称,单位,2024年目标,1-9月完成,同比增长（%）,全年预计,进度评价\n"
                       "地区生产总值,亿元,1750,1281.6,5.2,1745,基本达到时序进度\n"
                       "社会消费品零售总额,亿元,1650,1204.3,4.1,1630,滞后\n"))
    gdp = r["地区生产总值"]
    assert (gdp["actual"], gdp["actual_growth"], gdp["actual_text"]) == (1745.0, None, None)
    # "滞后" under 进度评价 is behind the pace, not the year's target missed (it was kept bare, read as 未完成)
    assert (gdp["status"], r["社会消费品零售总额"]["status"]) == ("基本达到时序进度", "未达时序进度")
    said = [p.message for p in t.problems]
    assert "第D列“1-9月完成”是1-9月的累计数，完成值取第F列“全年预计”（该列未填的取本列）" in said
    assert "第E列“同比增长（%）”是1-9月的增速，不是第F列“全年预计”的，未导入" in said


def test_an_estimate_left_as_a_dash_gives_way_to_the_months_figure(tmp_path):
    # "1-11月完成 -3.2 | 全年预计 —": the actual was "—" and the eleven months' figure was lost
    t, r = _table(_csv(tmp_path, "附件1.csv",
                       "渝中区2024年主要指标完成情况\n"
                       "指标名称,单位,2024年目标,1-11月完成,全年预计完成,完成情况\n"
                       "地区生产总值增速,%,6左右,5.8,6.0,完成\n"
                       "固定资产投资增速,%,5,-3.2,—,—\n"
                       "进出口总额增速,%,3,,,\n"))
    assert (r["地区生产总值增速"]["actual"], r["地区生产总值增速"]["actual_text"]) == (6.0, None)
    assert (r["固定资产投资增速"]["actual"], r["固定资产投资增速"]["actual_text"]) == (-3.2, "1-11月:-3.2")
    assert (r["进出口总额增速"]["actual"], r["进出口总额增速"]["actual_text"]) == (None, None)
    assert not [p for p in t.problems if p.severity != "info"]


def test_a_lead_unit_beside_the_units_responsible_keeps_both(tmp_path):
    # "牵头单位 | 责任单位": the second was said to be the same field and dropped; it names the units
    # sharing the task, kept as its 配合单位
    t, r = _table(_csv(tmp_path, "分工.csv",
                       "2024年《政府工作报告》重点任务责任分工\n"
                       "序号,工作任务,牵头区领导,牵头单位,责任单位,完成时限\n"
                       "1,新增市场主体1.2万户,李四,区市场监管局,区商务委、各街道,2024年12月底\n"))
    task = r["新增市场主体1.2万户"]
    assert (task["responsible_unit"], task["partner_units"]) == ("区市场监管局", "区商务委、各街道")
    said = [p.message for p in t.problems]
    assert "第E列“责任单位”在第D列“牵头单位”之外，作为配合单位导入" in said
    assert not any("是同一项" in m for m in said)


def test_a_tasks_leader_is_kept_and_exported_back(db, lo_files, tmp_path):
    # "区级责任领导" / "牵头区领导" in a task list was dropped as no field, and the export could not give
    # it back (migration 0006: MeasureTarget.leader)
    from sqlalchemy import select

    from milestones.store.schema import MeasureTarget

    imp = read_import(lo_files["measures-task-breakdown-with-leaders-2024"])
    (t,) = imp.tables
    assert t.errors == [] and not any("领导" in p.message for p in t.problems)
    leaders = {r["measure"]: r["leader"] for r in t.records}
    assert leaders == {"实施重点项目": "张副区长", "招商引资": "李副区长", "市场主体培育": "王副区长",
                       "老旧小区改造": "张副区长"}
    out = tmp_path / "measures.xlsx"
    back = exported_back(db, imp, out)
    with db.read() as s:
        held = s.scalars(select(MeasureTarget.leader).where(MeasureTarget.text.like("%老旧小区%"))).one()
    assert held == "张副区长"
    heads = [c.value for row in openpyxl.load_workbook(out)["举措与目标"].iter_rows(max_row=4) for c in row]
    assert "牵头领导" in heads
    assert back.diffs[0].counts()["changed"] == 0 and not back.has_errors
    assert {r["leader"] for r in back.tables[0].records} >= {"张副区长", "李副区长", "王副区长"}


def test_a_flat_task_list_goes_into_one_section_and_importing_it_again_adds_nothing(db, tmp_path):
    # a list with no sections made a section "第12部分", "第13部分" … for each task, and importing it again
    # made them all once more, each task and target twice (the preview said "unchanged")
    from sqlalchemy import func, select

    from milestones.spreadsheet.importer import preview, write
    from milestones.store.schema import Measure, MeasureTarget, Section

    path = _csv(tmp_path, "分工.csv",
                "2024年《政府工作报告》重点任务责任分工\n序号,工作任务,牵头单位,完成时限\n"
                "1,新增市场主体1.2万户,区市场监管局,2024年12月底\n2,完成老旧小区改造30个,区住房城乡建委,2024年10月底前\n")
    with db.read() as s:
        before = [s.scalar(select(func.count()).select_from(x)) for x in (Section, Measure, MeasureTarget)]
    write(db, preview(db, read_import(path)))
    again = preview(db, read_import(path))
    assert again.diffs[0].counts()["unchanged"] == 2
    write(db, again)
    with db.read() as s:
        after = [s.scalar(select(func.count()).select_from(x)) for x in (Section, Measure, MeasureTarget)]
        titles = s.scalars(select(Section.title).join(Measure).where(Measure.title == "新增市场主体1.2万户")).all()
    assert [a - b for a, b in zip(after, before)] == [1, 2, 2]
    assert titles == ["《政府工作报告》重点任务责任分工"]  # the list's title without its year
    # the list sent again under another title (or with its tasks under a heading): the tasks are where
    # the plan holds them, updated, not made a second time in a section of the new name
    renamed = _csv(tmp_path, "修订.csv", path.read_text(encoding="utf-8").replace("责任分工", "责任分工（修订）")
                   .replace("区市场监管局", "区市场监管局、区商务委"))
    changed = preview(db, read_import(renamed))
    assert changed.diffs[0].counts()["changed"] == 1
    write(db, changed)
    with db.read() as s:
        assert [s.scalar(select(func.count()).select_from(x)) for x in (Section, Measure, MeasureTarget)] == after
        unit = s.scalar(select(MeasureTarget.responsible_unit).where(MeasureTarget.text == "新增市场主体1.2万户"))
    assert unit == "区市场监管局、区商务委"


def test_our_own_exports_saved_as_csv_by_libreoffice_come_back_unchanged(db, tmp_path):
    # the measures table merges each task over its targets: saved as CSV, its targets after the first
    # had no task and the file was refused (缺少举措名称), 82 of 111 targets
    from milestones.spreadsheet.export import export
    from milestones.spreadsheet.importer import preview
    from tests.spreadsheet.conftest import convert

    kinds = {"key_projects": 2024, "indicator_results": 2023, "indicator_targets": 2024, "measures": 2024}
    for kind, year in kinds.items():
        n = export(db, kind, tmp_path / f"{kind}.xlsx", year=year)
        assert n > 0, kind
    convert([tmp_path / f"{k}.xlsx" for k in kinds], tmp_path, "csv:Text - txt - csv (StarCalc):44,34,76")
    for kind, year in kinds.items():
        back = preview(db, read_import(tmp_path / f"{kind}.csv"))
        (t,) = back.tables
        assert (t.kind, t.year, t.errors) == (kind, year, []), kind
        counts = back.diffs[0].counts()
        assert counts["new"] == counts["changed"] == counts["missing"] == 0 and counts["unchanged"] > 0, kind


def test_one_task_with_one_wording_in_two_sections_is_two_targets_every_time(db, tmp_path):
    # "加强组织领导 | 完成市下达任务" under two sections: matched by task and wording alone, a second import
    # made a third copy (or, matched to where the plan holds them, the second section's was lost)
    from sqlalchemy import func, select

    from milestones.spreadsheet.importer import preview, write
    from milestones.store.schema import MeasureTarget

    path = _csv(tmp_path, "分解.csv",
                "2024年重点任务分解表\n序号,工作举措,量化目标,责任单位\n一、稳增长,,,\n"
                "1,加强组织领导,完成市下达任务,区发展改革委\n二、惠民生,,,\n2,加强组织领导,完成市下达任务,区民政局\n")
    with db.read() as s:
        before = s.scalar(select(func.count()).select_from(MeasureTarget))
    first = preview(db, read_import(path))
    assert first.diffs[0].counts()["new"] == 2
    write(db, first)
    for _ in range(2):
        again = preview(db, read_import(path))
        assert (again.diffs[0].counts()["new"], again.diffs[0].counts()["unchanged"]) == (0, 2)
        write(db, again)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(MeasureTarget)) == before + 2
        units = sorted(s.scalars(select(MeasureTarget.responsible_unit).where(MeasureTarget.text == "完成市下达任务")))
    assert units == ["区发展改革委", "区民政局"]


def test_each_table_of_a_csv_has_its_header_put_back(tmp_path):
    # two tables in one CSV: the second is read on its own, and its header over three rows fell apart
    imp = read_import(_csv(tmp_path, "两表.csv",
                           "表1 2024年重点项目计划\n序号,项目名称,总投资（亿元）,计划开工\n1,甲项目,10,2024年一季度\n\n"
                           "表2 2024年重点项目季度投资计划及完成情况\n序号,项目名称,2024年分季度投资（亿元）,,,\n"
                           ",,一季度,,二季度,\n,,计划,完成,计划,完成\n1,甲项目,0.5,0.6,1,0.9\n"))
    first, second = imp.tables
    assert second.errors == [] and [r["name"] for r in second.records] == ["甲项目"]
    q = second.records[0]["quarters"]
    assert (q["2024Q1"]["planned"], q["2024Q1"]["actual"], q["2024Q2"]["actual"]) == (0.5, 0.6, 0.9)


def test_a_name_heading_over_the_names_and_their_units(lo_files, lo_csv_files):
    # "指标名称" merged over the names and a column of units: the first indicator was taken for a second
    # header row and lost, and the units were read as the names ("%", "万人"); saved as CSV, the units
    # column has no heading at all and was left out without a word
    for path in (lo_files["fujian2-name-merged-over-units-2024"], lo_csv_files["fujian2-name-merged-over-units-2024"]):
        t, r = _table(path)
        assert [(n, r[n]["unit"]) for n in r] == [("地区生产总值增长", "%"), ("城镇新增就业", "万人"),
                                                  ("空气质量优良天数", "天")], path.suffix
        assert r["空气质量优良天数"]["target"]["op"] == "at_least"
        assert any("填的是单位，作为各指标的单位导入" in p.message for p in t.problems)


def test_a_task_review_by_quarter_takes_the_latest_quarter_reported(tmp_path):
    # "一季度进展 | 二季度进展" were read as the deadline: "增长3.2%" was refused as no quarter, the file with it
    t, r = _table(_csv(tmp_path, "推进情况.csv",
                       "2024年重点任务推进情况（截至二季度）\n序号,重点任务,目标,牵头单位,一季度进展,二季度进展,完成情况\n"
                       "1,扩大有效投资,固定资产投资增长5%,区发展改革委,增长3.2%,增长4.1%,序时推进\n"
                       "2,培育市场主体,新增市场主体1.2万户,区市场监管局,新增0.3万户,,超序时进度\n"))
    invest, firms = r["固定资产投资增长5%"], r["新增市场主体1.2万户"]
    assert (invest["actual"], invest["actual_text"], invest["quarter"]) == (4.1, "二季度:增长4.1%", None)
    assert (firms["actual"], firms["actual_text"], firms["status"]) == (0.3, "一季度:新增0.3万户", "超序时进度")
    assert any(p.message == "第E至F列是各季度的进展：逐季记入，完成值取最近一个填了的季度" for p in t.problems)
    # and each quarter's review is kept beside its quarter, the figure and the words as written
    assert [(s["quarter"], s["actual"], s["actual_text"]) for s in invest["steps"]] == [
        ("2024Q1", 3.2, "增长3.2%"), ("2024Q2", 4.1, "增长4.1%")]
    assert [(s["quarter"], s["text"], s["actual"]) for s in firms["steps"]] == [("2024Q1", None, 0.3)]


def test_a_list_of_projects_to_finish_within_the_year_keeps_when_each_is_due(tmp_path):
    # a 民生实事 list ("项目名称 | 建设内容及目标 | 牵头单位 | 完成时限"): 完成时限 was no field of a project,
    # so none had a completion and the timeline drew nothing
    t, r = _table(_csv(tmp_path, "民生实事.csv", "渝中区2024年重点民生实事项目清单\n序号,项目名称,建设内容及目标,牵头单位,完成时限\n"
                                              "1,社区食堂建设,新建社区食堂10个,区民政局,2024年12月\n"
                                              "2,义务教育学位供给,新增学位2000个,区教委,2024年9月\n"))
    assert t.kind == "key_projects"
    assert {n: (v["content"], v["completion"]) for n, v in r.items()} == {
        "社区食堂建设": ("新建社区食堂10个", "2024Q4"), "义务教育学位供给": ("新增学位2000个", "2024Q3")}
    assert not [p for p in t.problems if "完成时限" in p.message]
