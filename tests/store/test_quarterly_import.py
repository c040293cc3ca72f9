"""The quarterly report imports, re-imports and is taken back the same on SQLite and PostgreSQL."""
from sqlalchemy import func, select

from milestones.domain import Light, Quarter
from milestones.spreadsheet.importer import preview, read_import, write
from milestones.store.imports import revert_import
from milestones.store.project_rows import rows_in_order
from milestones.store.schema import KeyProject, ProgressNote, QuarterInvestment

REPORT = ("2024年重点项目季度投资完成情况\n项目名称,年度计划投资（亿元）,一季度完成投资（万元）,一季度形象进度,"
          "二季度完成投资（万元）\n重庆长滨,4,2000,完成桩基施工,1000\n季度新项目,2,5000,完成场平,\n")


def test_a_quarterly_report_on_either_database(any_db, tmp_path):
    db = any_db
    src = tmp_path / "季报.csv"
    src.write_text(REPORT, encoding="utf-8")
    imp = preview(db, read_import(src))
    assert not imp.has_errors
    receipt = write(db, imp)
    with db.read() as s:
        pid = s.scalar(select(KeyProject.id).where(KeyProject.name == "重庆长滨"))
        got = {str(q.quarter): q.actual for q in s.scalars(select(QuarterInvestment)
                                                            .where(QuarterInvestment.project_id == pid))}
        assert got == {"2024Q1": 0.2, "2024Q2": 0.1}
        assert s.scalar(select(ProgressNote.text).where(ProgressNote.project_id == pid)) == "完成桩基施工"
        # 0.3 of 4 by mid-year is 7.5 % against 50 % elapsed: the light says so
        (row,) = rows_in_order(s, [pid], 2024)
        assert row.light(Quarter(2024, 2)) is Light.RED
    assert preview(db, read_import(src)).diffs[0].counts()["changed"] == 0  # the same report: nothing
    revert_import(db, receipt)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(QuarterInvestment)) == 0
        assert s.scalar(select(func.count()).select_from(ProgressNote)) == 0


def test_who_is_still_to_report_the_quarter(any_db, tmp_path):
    from milestones.store.dashboard import dashboard
    from milestones.store.project_rows import ProjectFilter, project_ids

    db = any_db
    src = tmp_path / "季报.csv"
    src.write_text(REPORT, encoding="utf-8")
    write(db, preview(db, read_import(src)))  # 重庆长滨 and 季度新项目 report the first quarter
    q1 = Quarter(2024, 1)
    assert dashboard(db, 2024, q1).reported == (2, 50)
    assert dashboard(db, 2024, Quarter(2024, 2)).reported == (1, 50)  # only 重庆长滨 gave a second quarter
    with db.read() as s:
        still = set(project_ids(s, ProjectFilter(year=2024, at=q1, unreported=True)))
        named = dict(s.execute(select(KeyProject.name, KeyProject.id)).all())
    assert len(still) == 48 and named["重庆长滨"] not in still and named["季度新项目"] not in still


def test_a_quarterly_plans_goals_are_the_quarters_milestones(any_db, tmp_path):
    from milestones.spreadsheet.export import export
    from milestones.store.schema import Milestone

    db = any_db
    plan = tmp_path / "季度计划.csv"
    plan.write_text("2024年重点项目季度计划\n项目名称,一季度形象进度目标,二季度形象进度目标\n"
                    "重庆长滨,完成桩基施工,主体施工至5层\n", encoding="utf-8")

    def goals():
        with db.read() as s:
            return {str(m.planned_quarter): m.name for m in s.scalars(
                select(Milestone).join(KeyProject).where(KeyProject.name == "重庆长滨"))}

    first = write(db, preview(db, read_import(plan)))
    assert goals() == {"2024Q1": "完成桩基施工", "2024Q2": "主体施工至5层"}
    assert preview(db, read_import(plan)).diffs[0].counts()["unchanged"] == 1
    # a revised plan replaces the quarter's goal, it does not add a second one
    plan.write_text("2024年重点项目季度计划\n项目名称,二季度形象进度目标\n重庆长滨,主体施工至8层\n", encoding="utf-8")
    revised = preview(db, read_import(plan))
    assert revised.diffs[0].changed[0] == {"quarter:2024Q2:goal": ("主体施工至5层", "主体施工至8层")}
    second = write(db, revised)
    assert goals() == {"2024Q1": "完成桩基施工", "2024Q2": "主体施工至8层"}
    # exported under its quarter, it comes back unchanged
    out = tmp_path / "out.xlsx"
    export(db, "key_projects", out)
    back = preview(db, read_import(out))
    assert back.diffs[0].counts()["changed"] == 0
    assert {r["name"]: r["quarters"] for r in back.tables[0].records}["重庆长滨"]["2024Q2"]["goal"] == "主体施工至8层"
    revert_import(db, second)
    revert_import(db, first)
    assert goals() == {}


def test_the_whole_list_takes_off_what_it_leaves_out(any_db, tmp_path):
    from milestones.store.schema import ListChange, PlanEntry

    db = any_db
    src = tmp_path / "年中调整.csv"
    src.write_text("2024年重点项目清单（年中调整）\n项目名称,区域\n重庆长滨,东部\n新列入项目,西部\n", encoding="utf-8")
    receipt = write(db, preview(db, read_import(src)), remove_missing=True)

    def state():
        with db.read() as s:
            listed = s.scalar(select(func.count()).select_from(PlanEntry).where(PlanEntry.on_list.is_(True)))
            removed = s.scalars(select(ListChange.reason).where(ListChange.change == "removed")).all()
            return listed, removed

    listed, removed = state()
    assert listed == 2 and len(removed) == 48 and all("文件中没有此项目" in r for r in removed)
    revert_import(db, receipt)
    assert state() == (49, [])


def test_a_whole_list_on_a_sheet_per_zone_keeps_every_sheets_projects(any_db, tmp_path):
    # each sheet was taken for the whole list: its diff counted the other sheets' projects as missing,
    # and taking the missing off the list took off all but the last sheet's projects
    import openpyxl

    from milestones.store.schema import ListChange, PlanEntry

    db = any_db
    wb = openpyxl.Workbook()
    for n, (zone, names) in enumerate((("东部片区", ["重庆长滨", "东部新项目"]), ("西部片区", ["西部新项目"]))):
        ws = wb.active if n == 0 else wb.create_sheet()
        ws.title = zone
        ws.append([f"2024年{zone}重点项目清单（年中调整）"])
        ws.append(["序号", "项目名称", "总投资（亿元）"])
        for k, name in enumerate(names, start=1):
            ws.append([k, name, 10])
    src = tmp_path / "年中调整.xlsx"
    wb.save(src)
    imp = preview(db, read_import(src))
    assert [imp.diffs[i].counts()["missing"] for i in (0, 1)] == [48, 48]  # of the 49 listed, all but 重庆长滨
    write(db, imp, remove_missing=True)
    with db.read() as s:
        listed = set(s.scalars(select(KeyProject.name).join(PlanEntry).where(PlanEntry.on_list.is_(True))))
        reasons = set(s.scalars(select(ListChange.reason).where(ListChange.change == "removed")))
    assert listed == {"重庆长滨", "东部新项目", "西部新项目"}
    assert reasons == {"导入：东部片区、西部片区（文件中没有此项目）"}


def test_a_running_total_that_only_repeats_the_earlier_quarters_is_no_report_of_its_quarter(any_db, tmp_path):
    # a form sent round and returned untouched states the first quarter's total again as 1-6月: the
    # second quarter stays to chase (it was recorded as a reported 0); a quarter already held is corrected
    db = any_db
    src = tmp_path / "季报.csv"
    src.write_text(REPORT, encoding="utf-8")
    write(db, preview(db, read_import(src)))  # 重庆长滨: 0.2 then 0.1; 季度新项目: 0.5 in the first quarter
    half = tmp_path / "半年.csv"
    half.write_text("2024年上半年重点项目推进情况表\n项目名称,1-6月完成投资（亿元）\n季度新项目,0.5\n重庆长滨,0.2\n",
                    encoding="utf-8")
    imp = preview(db, read_import(half))
    said = [p.message for p in imp.tables[0].problems if p.text == "季度新项目"]
    assert said == ["截至2024年二季度的累计完成投资与此前各季度之和相同：视为2024年二季度尚未填报，不记为0"
                    "（如2024年二季度确无投资，请在该季度完成投资中填0）"]
    changed = {imp.tables[0].records[i]["name"]: ch for i, ch in imp.diffs[0].changed.items()}
    assert "季度新项目" not in changed
    assert changed["重庆长滨"] == {"quarter:2024Q2:actual": (0.1, 0.0)}  # held: a correction to nothing
    write(db, imp)
    with db.read() as s:
        new = s.scalar(select(KeyProject.id).where(KeyProject.name == "季度新项目"))
        assert s.scalar(select(func.count()).select_from(QuarterInvestment).where(
            QuarterInvestment.project_id == new, QuarterInvestment.quarter == Quarter(2024, 2))) == 0
