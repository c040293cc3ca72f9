"""Each unit its own form: the office sends every unit the rows it answers for, and reads back what
each sends, without the other units' rows counting as gone."""
import subprocess
import sys

from milestones.spreadsheet.export import export, export_each_unit
from milestones.spreadsheet.importer import preview, read_import, write
from milestones.domain.quarter import Quarter

from .conftest import convert, csv_file

MEASURES = """2024年重点工作任务季度分解表
序号,工作任务,目标任务,一季度,二季度,三季度,四季度,牵头单位,配合单位
1,推进城镇老旧小区改造,完成改造老旧小区50个,启动20个,开工40个,完工20个,完工50个,区住房城乡建委,区财政局
2,新增城镇就业,新增就业1.2万人,0.3万人,0.6万人,0.9万人,1.2万人,区人力社保局,
3,建设社区食堂,建成社区食堂10个,完成选址,—,建成5个,建成10个,区民政局,区住房城乡建委、区财政局
"""

PROJECTS = """2024年重点项目表
序号,项目名称,区域,总投资（亿元）,年度计划投资（亿元）,计划开工,计划完工,业主单位,责任单位
1,化龙桥片区道路,西部,12,3,2024年3月,2025年12月,区城投集团,区住房城乡建委
2,大坪医院扩建,西部,8,1.5,2024年6月,2026年6月,大坪医院,区卫生健康委
3,朝天门码头改造,东部,5,2,2024年9月,2026年12月,区城投集团,区交通局
"""


def _with_units(db, tmp_path):
    for name, text in (("m.csv", MEASURES), ("p.csv", PROJECTS)):
        imp = preview(db, read_import(csv_file(tmp_path, name, text)))
        assert not imp.has_errors
        write(db, imp)


def test_each_unit_gets_the_targets_it_leads_or_works_on_in_a_file_of_its_own(db, tmp_path):
    _with_units(db, tmp_path)
    files = export_each_unit(db, "measures", tmp_path / "forms", "2024年二季度工作举措填报表", report=Quarter(2024, 2))
    names = {f.name for f in files}
    # 区住房城乡建委 and 区财政局 are named twice (one leads, one works with), the others once: first
    assert [f.name for f in files][:2] == ["2024年二季度工作举措填报表（区住房城乡建委）.xlsx",
                                           "2024年二季度工作举措填报表（区财政局）.xlsx"]
    assert names >= {"2024年二季度工作举措填报表（区民政局）.xlsx", "2024年二季度工作举措填报表（区人力社保局）.xlsx"}
    (t,) = read_import(tmp_path / "forms" / "2024年二季度工作举措填报表（区财政局）.xlsx").tables
    assert t.title == "2024年工作举措与量化目标表（区财政局）"
    assert sorted(r["text"] for r in t.records) == ["完成改造老旧小区50个", "建成社区食堂10个"]
    # read back against the database: nothing changed, and the other units' targets are not "gone"
    d = preview(db, read_import(tmp_path / "forms" / "2024年二季度工作举措填报表（区财政局）.xlsx")).diffs[0]
    assert d.counts() == {"new": 0, "changed": 0, "unchanged": 2, "missing": 0} and d.scope == ("unit", "区财政局")


def test_a_units_form_filled_in_and_saved_by_libreoffice_comes_back_as_that_units_review(db, tmp_path):
    import openpyxl

    _with_units(db, tmp_path)
    out = tmp_path / "民政局.xlsx"
    export(db, "measures", out, report=Quarter(2024, 2), unit="区民政局")
    wb = openpyxl.load_workbook(out)
    ws = wb.active
    heads = [c.value for c in ws[3]]
    row = next(r for r in ws.iter_rows(min_row=5) if r[2].value == "建成社区食堂10个")
    row[heads.index("各季度完成情况") + 1].value = "已建成2个"  # 二季度, under 各季度完成情况
    wb.save(out)
    convert([out], tmp_path / "lo")  # saved again by LibreOffice, as the unit's office would
    imp = preview(db, read_import(tmp_path / "lo" / "民政局.xlsx"))
    (t,), d = imp.tables, imp.diffs[0]
    assert d.scope == ("unit", "区民政局") and d.counts()["missing"] == 0
    ((i, ch),) = d.changed.items()
    assert t.records[i]["text"] == "建成社区食堂10个" and "steps" in ch


def test_a_project_goes_to_its_owner_and_to_the_unit_responsible(db, tmp_path):
    _with_units(db, tmp_path)
    out = tmp_path / "城投.xlsx"
    assert export(db, "key_projects", out, unit="区城投集团") == 2
    (t, *_) = read_import(out).tables
    assert sorted(r["name"] for r in t.records) == ["化龙桥片区道路", "朝天门码头改造"]
    assert t.title == "2024年重点项目季度计划表（区城投集团）"
    assert export(db, "key_projects", tmp_path / "建委.xlsx", unit="区住房城乡建委") == 1


def test_a_units_list_taken_as_whole_drops_only_that_units_projects(db, tmp_path):
    from milestones.store.schema import KeyProject, PlanEntry
    from sqlalchemy import select

    _with_units(db, tmp_path)
    out = tmp_path / "城投.xlsx"
    export(db, "key_projects", out, unit="区城投集团", timeline=False)
    # the unit sends its list back without 朝天门码头改造: the project is no longer theirs to build
    import openpyxl

    wb = openpyxl.load_workbook(out)
    ws = wb.active
    gone = next(r for r in ws.iter_rows() if any(c.value == "朝天门码头改造" for c in r))
    ws.delete_rows(gone[0].row)
    wb.save(out)
    imp = preview(db, read_import(out))
    d = imp.diffs[0]
    assert d.scope == ("unit", "区城投集团") and d.missing == ["朝天门码头改造"]  # not the 49 others
    write(db, imp, remove_missing=True)
    with db.read() as s:
        off = set(s.scalars(select(KeyProject.name).join(PlanEntry).where(PlanEntry.on_list.is_(False))))
    assert off == {"朝天门码头改造"}


def test_the_command_line_writes_each_units_form_and_says_so_in_english(db_path, db, tmp_path):
    _with_units(db, tmp_path)
    db.close()
    run = [sys.executable, "-m", "milestones", "--db", str(db_path)]
    out = subprocess.run(run + ["export", "measures", str(tmp_path / "forms"), "--report", "2024Q2", "--each-unit"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "已为 4 个单位各导出一个文件" in out.stdout
    assert len(list((tmp_path / "forms").glob("2024年二季度工作举措填报表（*）.xlsx"))) == 4
    out = subprocess.run(run + ["--lang", "en", "export", "indicator_results", str(tmp_path / "x.xlsx"), "--unit", "区财政局"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 1
    assert out.stderr.startswith("milestones: --unit is for the key projects' table key_projects, the measures' "
                                 "table measures and the progress table project_progress only")


def test_a_unit_the_table_does_not_name_is_refused_with_the_names_nearest_it(db_path, db, tmp_path):
    # "--unit 区住建委" (the short name) wrote an empty form as if it were that unit's
    _with_units(db, tmp_path)
    db.close()
    run = [sys.executable, "-m", "milestones", "--db", str(db_path), "export"]
    out = subprocess.run(run + ["key_projects", str(tmp_path / "a.xlsx"), "--unit", "区住建委"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 1 and not (tmp_path / "a.xlsx").exists()
    assert out.stderr.startswith("milestones: 2024年的重点项目中没有单位“区住建委”；有：区住房城乡建委")
    out = subprocess.run(run + ["measures", str(tmp_path / "b.xlsx"), "--unit", "区城投集团"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 1 and "2024年的举措表中没有单位“区城投集团”" in out.stderr  # it owns projects, no target
    # the unit as a cell names it, with its part in the work, is that unit
    out = subprocess.run(run + ["key_projects", str(tmp_path / "c.xlsx"), "--unit", " 区城投集团（牵头）"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and out.stdout.startswith("已导出 2 条记录"), out.stderr
    (t,) = [t for t in read_import(tmp_path / "c.xlsx").tables if t.kind == "key_projects"]
    assert t.title.endswith("（区城投集团）")


def test_a_zones_list_read_back_speaks_for_that_zone_only(db, tmp_path):
    import openpyxl
    from milestones.store.schema import KeyProject, PlanEntry
    from sqlalchemy import select

    # the east zone's office gets its list and sends it back without one project: the other zones'
    # 43 were listed as missing, and "the whole list" would have taken them all off the plan
    out = tmp_path / "东部.xlsx"
    export(db, "key_projects", out, zone="东部", timeline=False)
    wb = openpyxl.load_workbook(out)
    ws = wb.active
    assert ws["A2"].value == "2024年东部重点项目季度计划表"
    gone = next(r for r in ws.iter_rows() if any(c.value == "重庆长滨" for c in r))
    ws.delete_rows(gone[0].row)
    wb.save(out)
    imp = preview(db, read_import(out))
    d = imp.diffs[0]
    assert d.scope == ("zone", "东部") and d.missing == ["重庆长滨"]
    write(db, imp, remove_missing=True)
    with db.read() as s:
        off = set(s.scalars(select(KeyProject.name).join(PlanEntry).where(PlanEntry.on_list.is_(False))))
    assert off == {"重庆长滨"}


def test_an_areas_list_and_a_lists_view_read_back_speak_for_their_own_rows_only(db, tmp_path):
    import openpyxl
    from milestones.store.exports import ExportFilter, project_records
    from milestones.store.project_rows import ProjectFilter

    # an area's list had a title like the whole plan's ("2024年重点项目季度计划表"): read back, the other 43 projects
    # were "missing", and "the whole list" would have taken them off the plan
    out = tmp_path / "解放碑.xlsx"
    export(db, "key_projects", out, zone="东部", area="解放碑中央商务区", timeline=False)
    wb = openpyxl.load_workbook(out)
    ws = wb.active
    assert ws["A2"].value == "2024年东部解放碑中央商务区重点项目季度计划表"
    kept = [r[0].row for r in ws.iter_rows(min_row=5) if r[1].value and r[2].value]
    assert len(kept) == 6
    ws.delete_rows(kept[-1])
    wb.save(out)
    d = preview(db, read_import(out)).diffs[0]
    assert d.scope[:2] == ("place", "东部解放碑中央商务区") and len(d.missing) == 1
    # an area's list that names no zone, the same
    export(db, "key_projects", tmp_path / "c.xlsx", area="解放碑中央商务区", timeline=False)
    d = preview(db, read_import(tmp_path / "c.xlsx")).diffs[0]
    assert d.scope[:2] == ("place", "解放碑中央商务区") and d.missing == []
    # the list's view (its 预警, a search): which projects it held then is not known, none is taken for gone
    view = ProjectFilter(year=2024, text="滨江")
    shown = len(list(project_records(db, ExportFilter(2024, view=view))))
    export(db, "key_projects", tmp_path / "v.xlsx", view=view, view_words="搜索“滨江”", timeline=False)
    d = preview(db, read_import(tmp_path / "v.xlsx")).diffs[0]
    assert 0 < shown < 49 and d.scope == ("view", "搜索“滨江”") and d.missing == []


def test_units_named_at_length_or_with_a_slash_still_get_a_file_each(db, tmp_path):
    long = "区" + "城市更新和历史文化街区保护利用工作领导小组办公室" * 3
    text = MEASURES.replace("区人力社保局", long).replace("区民政局", "区委:区政府办公室")
    imp = preview(db, read_import(csv_file(tmp_path, "m.csv", text)))
    write(db, imp)
    files = export_each_unit(db, "measures", tmp_path / "forms", "表")
    assert len(files) == len(set(files)) == 4 and all(f.exists() for f in files)
    assert all(len(f.name.encode()) < 255 for f in files)
    assert (tmp_path / "forms" / "表（区委_区政府办公室）.xlsx") in files


def test_the_units_progress_goes_round_as_a_table_libreoffice_opens_with_the_same_figures(db, tmp_path):
    import csv

    from milestones.spreadsheet.unit_report import export_unit_progress

    _with_units(db, tmp_path)
    out = tmp_path / "各单位进展.xlsx"
    # three units lead the targets (区财政局 only works with them), three answer for the projects (their owners
    # do not: each has a unit responsible), 区住房城乡建委 both
    assert export_unit_progress(db, out, 2024, Quarter(2024, 2)) == 5
    convert([out], tmp_path / "lo", "csv:Text - txt - csv (StarCalc):44,34,76")
    rows = list(csv.reader((tmp_path / "lo" / "各单位进展.csv").open(encoding="utf-8")))
    assert rows[1][0] == "2024年二季度各单位目标任务和重点项目进展情况"
    heads = rows[3]
    by_unit = {r[1]: dict(zip(heads, r)) for r in rows[4:] if len(r) > 1 and r[1]}
    assert by_unit["区住房城乡建委"]["牵头"] == "1" and by_unit["区住房城乡建委"]["负责"] == "1"
    assert by_unit["区人力社保局"]["牵头"] == "1" and "区财政局" not in by_unit  # working with: not counted
    assert by_unit["区交通局"]["未报本季度投资"] == "1" and "区城投集团" not in by_unit
    assert rows[-1][0].startswith("注：截至2024年二季度")


def test_only_the_units_yet_to_report_the_quarter_get_a_reminder_of_what_they_owe(db, tmp_path):
    # the office chases: each unit gets the targets it has not reported for the quarter, and a unit
    # that has reported everything gets no file
    from milestones.store.schema import MeasureTarget, TargetStep
    from sqlalchemy import select

    _with_units(db, tmp_path)
    with db.session() as s:
        t = s.scalar(select(MeasureTarget).where(MeasureTarget.text == "新增就业1.2万人"))
        s.scalar(select(TargetStep).where(TargetStep.target_id == t.id, TargetStep.quarter == Quarter(2024, 2))).actual = 0.65
    files = export_each_unit(db, "measures", tmp_path / "chase", "二季度催报", report=Quarter(2024, 2),
                             unreported_only=True)
    names = sorted(f.name for f in files)
    assert "二季度催报（区人力社保局）.xlsx" not in names  # its one target is reported
    assert "二季度催报（区民政局）.xlsx" in names
    (t,) = read_import(tmp_path / "chase" / "二季度催报（区住房城乡建委）.xlsx").tables
    assert sorted(r["text"] for r in t.records) == ["完成改造老旧小区50个", "建成社区食堂10个"]
    with db.read() as s:
        listed = len(s.scalars(select(MeasureTarget.id)).all())
    # the whole plan's, in one file: every target but the one reported
    assert export(db, "measures", tmp_path / "all.xlsx", report=Quarter(2024, 2), unreported_only=True) == listed - 1
    with db.session() as s:  # everything reported: nobody to chase, said so
        for t in s.scalars(select(MeasureTarget)):
            t.actual = 1.0
    import pytest

    with pytest.raises(ValueError, match="2024年四季度都已填报"):
        export_each_unit(db, "measures", tmp_path / "none", "四季度催报", report=Quarter(2024, 4), unreported_only=True)


def test_a_quarters_figure_typed_in_wan_yuan_on_the_owners_form_is_questioned(db, tmp_path):
    """An owner copies "3000" from its own books (万元) into the form's 完成投资（亿元）: it stood as 3000 亿元 — more
    than the project's whole cost — unsaid. The row now says to check the unit; "500万元" written out is converted."""
    import openpyxl

    _with_units(db, tmp_path)
    out = tmp_path / "城投.xlsx"
    export(db, "key_projects", out, report=Quarter(2024, 3), unit="区城投集团", timeline=False)
    wb = openpyxl.load_workbook(out)
    ws = wb.active
    heads = [c.value and c.value.replace("\n", "") for c in ws[4]]
    done = heads.index("完成投资（亿元）")
    rows = {r[1].value: r for r in ws.iter_rows(min_row=5) if r[1].value}
    rows["化龙桥片区道路"][done].value = 3000
    rows["朝天门码头改造"][done].value = "500万元"
    wb.save(out)
    convert([out], tmp_path / "lo")
    (t,) = read_import(tmp_path / "lo" / "城投.xlsx").tables
    by_name = {r["name"]: r for r in t.records}
    assert by_name["化龙桥片区道路"]["quarters"]["2024Q3"]["actual"] == 3000
    assert by_name["朝天门码头改造"]["quarters"]["2024Q3"]["actual"] == 0.05
    (said,) = [p for p in t.problems if "一个季度" in p.message]
    assert (said.text, said.severity) == ("3000", "warning")
    assert said.message == "一个季度的投资 3000 亿元，大于总投资（12亿元）；请核对单位是亿元还是万元"
    assert (said.row, said.column) == (rows["化龙桥片区道路"][done].row, rows["化龙桥片区道路"][done].column_letter)


def test_a_quarters_figure_above_the_total_the_database_holds_is_questioned(db, tmp_path):
    """A form that leaves 总投资 out is checked against the total the plan holds: 60 typed for 大坪医院扩建 (8 亿元)."""
    _with_units(db, tmp_path)
    path = csv_file(tmp_path, "三季度.csv", "2024年三季度重点项目进展\n序号,项目名称,三季度完成投资（亿元）\n"
                                           "1,大坪医院扩建,60\n2,朝天门码头改造,0.5\n")
    imp = preview(db, read_import(path))
    (t,) = imp.tables
    said = [p for p in t.problems if "总投资" in p.message]
    assert [(p.row, p.text, p.message, p.severity) for p in said] == [
        (3, "大坪医院扩建", "2024年三季度的投资 60 亿元，大于该项目的总投资（8亿元）；请核对单位是亿元还是万元", "warning")]
    assert not imp.has_errors  # a warning: the planner decides
