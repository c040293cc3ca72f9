"""A 名单调整表: the projects put on the year's list (调入) or taken off it (调出) since it was made, written and read."""
import datetime as dt

from openpyxl import load_workbook
from sqlalchemy import select

from milestones.spreadsheet.export import export
from milestones.spreadsheet.importer import preview, read_import, write
from milestones.store.changes import add_project, remove_projects
from milestones.store.project_rows import ProjectFilter
from milestones.store.schema import KeyProject, ListChange, Zone
from tests.spreadsheet.conftest import convert


def _mid_year_moves(db):
    """At mid-year the bundled plan (issued 2024-02-09) loses 红楼宾馆综合改造 and gains 白象街二期."""
    with db.read() as s:
        pid = s.scalar(select(KeyProject.id).where(KeyProject.name == "红楼宾馆综合改造"))
        east = s.scalar(select(Zone.id).where(Zone.name == "东部"))
    remove_projects(db, 2024, [pid], reason="前期手续未办结", on=dt.date(2024, 7, 1))
    add_project(db, 2024, "白象街二期", reason="区政府常务会议研究同意", on=dt.date(2024, 7, 5), zone_id=east,
                total_investment=12.5, responsible_unit="区住房城乡建委", planned_start="2024Q3")


def test_the_adjustment_table_says_each_move_its_day_and_why_and_reads_back_as_the_plan_holds_it(db, tmp_path):
    _mid_year_moves(db)
    out = tmp_path / "名单调整表.xlsx"
    assert export(db, "key_projects", out, view=ProjectFilter(year=2024, list_adjusted=True),
                  view_words="预警：名单已调整") == 2
    ws = load_workbook(out)["重点项目"]
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    assert rows[1][0] == "2024年重点项目名单调整表"  # (the view's words not said twice)
    header = rows[2]
    moved = {r[header.index("项目名称")]: (r[header.index("调整")], r[header.index("调整时间")],
                                         r[header.index("调整原因")]) for r in rows[3:] if isinstance(r[0], (int, float))}
    assert moved == {"白象街二期": ("调入", "2024-07-05", "区政府常务会议研究同意"),
                     "红楼宾馆综合改造": ("调出", "2024-07-01", "前期手续未办结")}
    struck = [c.value for r in ws.iter_rows(min_row=4) for c in r if c.font.strike]
    assert struck == ["红楼宾馆综合改造"]
    assert rows[-1][0] == "注：2024年2月9日名单确定后调入、调出的项目；名称划去的项目已调出2024年计划。"
    # read back, as written and as LibreOffice saves it: the project put on the list is as the plan holds it (its
    # reason no note), the one taken off is read as leaving (its name struck for that) and is off already, and the
    # table speaks for no other project
    again = tmp_path / "lo"
    again.mkdir()
    convert([out], again)
    for path in (out, again / out.name):
        imp = preview(db, read_import(path))
        t = next(t for t in imp.tables if t.kind == "key_projects")
        assert [r["name"] for r in t.records] == ["白象街二期"], path
        assert t.records[0]["list_reason"] == "区政府常务会议研究同意" and not t.records[0]["notes"], path
        assert t.leaving == [{"name": "红楼宾馆综合改造", "code": None, "reason": "前期手续未办结",
                              "date": "2024-07-01", "row": 7}], path
        d = imp.diffs[0]
        assert d.counts() == {"new": 0, "changed": 0, "unchanged": 1, "missing": 0}, path
        assert d.leaving == {} and d.leaving_off == [0], path  # (off the list already: nothing to do)
        assert not [p for p in t.problems if "没有对应的字段" in p.message], path


def test_the_adjustment_table_handed_to_another_office_moves_its_list_alike(db, tmp_path):
    # the 名单调整表 of one office imported into a colleague's copy of the plan, made before the moves: the one
    # put on the list joins it, the one taken off leaves it, each with the day and reason of the table
    import shutil

    from milestones.store import open_store

    colleague = tmp_path / "colleague.db"
    shutil.copy(db.path, colleague)
    _mid_year_moves(db)
    out = tmp_path / "名单调整表.xlsx"
    export(db, "key_projects", out, view=ProjectFilter(year=2024, list_adjusted=True))
    theirs = open_store(colleague)
    try:
        imp = preview(theirs, read_import(out))
        (t,) = [t for t in imp.tables if t.kind == "key_projects"]
        assert [t.leaving[j]["name"] for j in imp.diffs[0].leaving] == ["红楼宾馆综合改造"]
        receipt = write(theirs, imp)
        with theirs.read() as s:
            moves = {n: (c, on, why) for n, c, on, why in s.execute(
                select(KeyProject.name, ListChange.change, ListChange.changed_on, ListChange.reason)
                .join(KeyProject, KeyProject.id == ListChange.project_id))}
        assert moves == {"白象街二期": ("added", dt.date(2024, 7, 5), "导入：重点项目；区政府常务会议研究同意"),
                         "红楼宾馆综合改造": ("removed", dt.date(2024, 7, 1), "导入：重点项目；前期手续未办结")}
        from milestones.store.project_rows import project_ids
        with theirs.read() as s:
            ids = project_ids(s, ProjectFilter(year=2024, list_adjusted=True))
            names = set(s.scalars(select(KeyProject.name).where(KeyProject.id.in_(ids))))
        assert names == {"白象街二期", "红楼宾馆综合改造"}  # their 名单已调整 as ours
        from milestones.store.imports import revert_import

        revert_import(theirs, receipt)  # the import's undo puts it back on the list
        with theirs.read() as s:
            from milestones.store.schema import PlanEntry

            back = s.scalar(select(PlanEntry.on_list).join(KeyProject, KeyProject.id == PlanEntry.project_id)
                            .where(KeyProject.name == "红楼宾馆综合改造"))
        assert back is True
    finally:
        theirs.close()


def test_a_typed_adjustment_list_puts_its_new_projects_on_the_list_for_its_reasons(db, lo_files):
    # "一、调出项目" over the projects leaving, "二、调入项目" over those joining: the headings are no class, the
    # leaving are said and not imported, the joining go on the list with the table's reason
    imp = preview(db, read_import(lo_files["key-projects-adjustment-list-2024"]))
    (t,) = imp.tables
    assert (t.kind, t.year) == ("key_projects", 2024)
    assert {r["name"]: (r["class"], r.get("list_reason")) for r in t.records} == {
        "白象街二期": (None, "区政府常务会议研究同意"), "大坪医院扩建": (None, None)}
    assert [(p.row, p.text) for p in t.problems if "导入时移出本年计划" in p.message] == [
        (5, "红楼宾馆综合改造"), (6, "邹容支路地块改造")]
    d = imp.diffs[0]
    assert [t.leaving[j]["name"] for j in sorted(d.leaving)] == ["红楼宾馆综合改造", "邹容支路地块改造"]
    assert d.missing == []  # an adjustment list is not the whole list: nothing else leaves for it
    write(db, imp)
    with db.read() as s:
        moves = dict(s.execute(select(KeyProject.name, ListChange.reason)
                               .join(KeyProject, KeyProject.id == ListChange.project_id)).all())
    assert moves == {"白象街二期": "导入：Sheet1；区政府常务会议研究同意", "大坪医院扩建": "导入：Sheet1",
                     "红楼宾馆综合改造": "导入：Sheet1；前期手续未办结", "邹容支路地块改造": "导入：Sheet1；并入二期实施"}


def test_a_leaving_project_the_plan_does_not_list_is_said_and_nothing_is_taken_off(db, tmp_path):
    from tests.spreadsheet.conftest import csv_file

    src = csv_file(tmp_path, "调出.csv", "2024年重点项目调整名单\n序号,项目名称,调整,调整原因\n"
                                       "1,红楼宾馆综合改造,调出,前期未完成\n2,不存在的项目,调出,\n")
    imp = preview(db, read_import(src))
    (t,) = imp.tables
    assert t.records == [] and [r["name"] for r in t.leaving] == ["红楼宾馆综合改造", "不存在的项目"]
    d = imp.diffs[0]
    assert d.leaving and d.leaving_unknown == [1] and d.missing == []  # a list of leavers alone is no whole list
    assert [(p.row, p.severity) for p in t.problems if "无从调出" in p.message] == [(4, "warning")]
    assert [t.sheet for t in imp.importable] == [t.sheet]
    assert imp.as_dict()["tables"][0]["leaving"] == [  # (`import --json`)
        {"name": "红楼宾馆综合改造", "code": None, "reason": "前期未完成", "date": None, "takes_off": True},
        {"name": "不存在的项目", "code": None, "reason": None, "date": None, "takes_off": False}]
    write(db, imp)
    with db.read() as s:
        assert dict(s.execute(select(KeyProject.name, ListChange.change)
                              .join(KeyProject, KeyProject.id == ListChange.project_id)).all()) == {
            "红楼宾馆综合改造": "removed"}


def test_the_day_of_each_move_a_table_gives_is_the_day_it_is_put_on_the_list(db, tmp_path):
    from tests.spreadsheet.conftest import csv_file

    src = csv_file(tmp_path, "调整.csv", "2024年重点项目调整名单\n序号,项目名称,调整,调整时间,调整原因\n"
                                       "1,白象街二期,调入,2024-07-05,常务会议同意\n2,大坪医院扩建,调入,七月,\n"
                                       "3,红楼宾馆综合改造,调出,2024年7月1日,\n4,重庆长滨,调出,月中,\n")
    imp = preview(db, read_import(src))
    (t,) = imp.tables
    assert [(p.row, p.column, p.severity) for p in t.problems if "不是日期" in p.message] == [
        (4, "D", "warning"), (6, "D", "warning")]  # (a row leaving the list is said too)
    write(db, imp)
    with db.read() as s:
        days = dict(s.execute(select(KeyProject.name, ListChange.changed_on)
                              .join(KeyProject, KeyProject.id == ListChange.project_id)).all())
    assert days == {"白象街二期": dt.date(2024, 7, 5), "大坪医院扩建": dt.date.today(),
                    "红楼宾馆综合改造": dt.date(2024, 7, 1), "重庆长滨": dt.date.today()}


def test_the_adjustment_table_and_its_timeline_from_the_command_line(db_path, tmp_path):
    import subprocess
    import sys

    from milestones.spreadsheet.read import read_workbook
    from milestones.store import open_store

    def run(*args):
        return subprocess.run([sys.executable, "-m", "milestones", "--db", str(db_path), *args], capture_output=True,
                              text=True, timeout=120)

    out = tmp_path / "名单调整表.xlsx"
    open_store(db_path).close()
    p = run("export", "key_projects", str(out), "--list-changes")  # nothing moved since the plan was issued: said
    assert p.returncode != 0 and "没有符合条件的项目" in p.stderr and not out.exists()
    db = open_store(db_path)
    _mid_year_moves(db)
    db.close()
    p = run("export", "key_projects", str(out), "--list-changes")
    assert p.returncode == 0, p.stderr
    rows = read_workbook(out).sheets[0].rows
    assert rows[1][0] == "2024年重点项目名单调整表"
    assert sorted((r[1], r[2]) for r in rows[3:] if isinstance(r[0], (int, float))) == [
        ("白象街二期", "调入"), ("红楼宾馆综合改造", "调出")]
    p = run("export", "measures", str(out), "--list-changes")
    assert p.returncode != 0 and "--list-changes 只用于重点项目表 key_projects" in p.stderr
    p = run("export", "key_projects", str(tmp_path), "--list-changes", "--each-unit")
    assert p.returncode != 0 and "--list-changes 不能与 --each-unit 同用" in p.stderr
    # printed: the two projects, the one taken off struck (the header names the view)
    pdf = tmp_path / "调整.pdf"
    p = run("print", "--out", str(pdf), "--list-changes")
    assert p.returncode == 0 and pdf.stat().st_size > 0, p.stderr


def test_a_revision_column_saying_what_changed_is_no_move_and_stays_in_the_notes(tmp_path):
    # a 调整 column in a revised list may say what was revised ("调整开工时间"): no move on or off the list, its
    # words and the 调整原因 kept in the 备注 as before
    from tests.spreadsheet.conftest import csv_file, one_table

    t, r = one_table(csv_file(tmp_path, "修订.csv", "2024年重点项目清单（年中调整）\n序号,项目名称,调整,调整原因\n"
                                                   "1,甲,调整开工时间,征地滞后\n2,乙,新增,年中增补\n（一）调出项目,,,\n"
                                                   "3,丙,,并入二期\n"))
    assert r["甲"]["notes"] == "调整：调整开工时间；调整原因：征地滞后" and "list_reason" not in r["甲"]
    assert r["乙"]["list_reason"] == "年中增补" and not r["乙"]["notes"]
    assert "丙" not in r and [x["name"] for x in t.leaving] == ["丙"]


def test_an_adjustment_list_by_zone_under_its_move_headings_moves_each_project_as_its_heading_says(db, tmp_path):
    # "一、调出项目" over "（一）东部片区", "（二）中部片区": the move heading holds through the zone headings under
    # it (the zone's heading replaced it, and the projects leaving were imported as new), up to "二、调入项目"
    from tests.spreadsheet.conftest import csv_file

    src = csv_file(tmp_path, "调整.csv", "2024年重点项目调整名单\n序号,项目名称,总投资（亿元）,调整原因\n"
                                       "一、调出项目,,,\n（一）东部片区,,,\n1,邹容支路地块改造,3.6,并入二期实施\n"
                                       "（二）中部片区,,,\n2,红楼宾馆综合改造,20,前期手续未办结\n"
                                       "二、调入项目,,,\n（一）东部片区,,,\n1,白象街二期,12.5,常务会议同意\n"
                                       "三、其他调整,,,\n1,大坪医院扩建,8,\n")
    imp = preview(db, read_import(src))
    (t,) = imp.tables
    assert [(r["name"], r["reason"]) for r in t.leaving] == [
        ("邹容支路地块改造", "并入二期实施"), ("红楼宾馆综合改造", "前期手续未办结")]
    # the one joining goes on for its reason; under "三、其他调整" (no move) the heading is its class as before
    assert {r["name"]: (r["zone"], r.get("list_reason"), r["class"]) for r in t.records} == {
        "白象街二期": ("东部", "常务会议同意", None), "大坪医院扩建": (None, None, "其他调整")}
    assert sorted(t.leaving[j]["name"] for j in imp.diffs[0].leaving) == ["红楼宾馆综合改造", "邹容支路地块改造"]


def test_a_leaving_project_named_like_a_listed_one_is_offered_as_it_and_taken_off_when_told(db, tmp_path):
    # a 调整名单 shortening the name ("红楼宾馆改造" for 红楼宾馆综合改造) could only be warned of: the planner had to
    # edit the file. The warning names the listed project, and told so (the preview's box, --same-name) the import
    # takes it off the list with the table's reason
    from milestones.spreadsheet.importer import take_known_names
    from tests.spreadsheet.conftest import csv_file

    src = csv_file(tmp_path, "调出.csv", "2024年重点项目调整名单\n序号,项目名称,调整,调整原因\n"
                                       "1,红楼宾馆改造,调出,前期手续未办结\n2,不存在的项目,调出,\n")
    imp = preview(db, read_import(src))
    (t,) = imp.tables
    d = imp.diffs[0]
    assert d.leaving == {} and d.leaving_unknown == [0, 1] and d.leaving_similar == {0: "红楼宾馆综合改造"}
    assert [(p.row, p.message) for p in t.problems if "无从调出" in p.message] == [
        (3, "计划中没有这个项目，无从调出；名称与计划中的“红楼宾馆综合改造”相近：如为同一项目，可按已有项目调出"),
        (4, "计划中没有这个项目，无从调出（名称与计划中的不同时，请按计划中的名称填写）")]
    imp = read_import(src)
    assert take_known_names(imp, {"红楼宾馆改造": "红楼宾馆综合改造"}) == []
    preview(db, imp)
    (t,) = imp.tables
    assert [(p.row, p.message) for p in t.problems if "按已有项目" in p.message or "无从调出" in p.message] == [
        (3, "“红楼宾馆改造”按已有项目“红楼宾馆综合改造”调出"),
        (4, "计划中没有这个项目，无从调出（名称与计划中的不同时，请按计划中的名称填写）")]
    assert [t.leaving[j]["name"] for j in imp.diffs[0].leaving] == ["红楼宾馆综合改造"]
    assert imp.names_taken == {"红楼宾馆改造": "红楼宾馆综合改造"} and imp.taken_kinds == {"红楼宾馆改造": "leaving"}
    write(db, imp)
    with db.read() as s:
        assert s.execute(select(KeyProject.name, ListChange.change, ListChange.reason)
                         .join(KeyProject, KeyProject.id == ListChange.project_id)).all() == [
            ("红楼宾馆综合改造", "removed", "导入：调出；前期手续未办结")]


def test_a_leaving_project_is_likened_only_to_one_on_the_list(db, tmp_path):
    # one taken off already is nothing to take off: not offered
    from milestones.store.changes import remove_projects
    from tests.spreadsheet.conftest import csv_file

    with db.read() as s:
        pid = s.scalar(select(KeyProject.id).where(KeyProject.name == "红楼宾馆综合改造"))
    remove_projects(db, 2024, [pid], reason="前期手续未办结", on=dt.date(2024, 7, 1))
    src = csv_file(tmp_path, "调出.csv", "2024年重点项目调整名单\n序号,项目名称,调整\n1,红楼宾馆改造,调出\n")
    imp = preview(db, read_import(src))
    assert imp.diffs[0].leaving_unknown == [0] and imp.diffs[0].leaving_similar == {}


def test_a_workbook_of_a_leaving_list_and_a_joining_list_moves_the_list_by_their_titles(db, tmp_path):
    # "2024年区级重点项目调出名单" and "…调入名单", a sheet each, as a district's 调整 documents come: no 调整 column
    # and no move heading, the title says the move. The leaving one was "修改 1" and the joining one a whole list of
    # one project (48 others counted missing, to be taken off with 移出 ticked); their 调出原因 and 调入原因 were
    # "没有对应的字段"
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "调出项目"
    for row in (["2024年区级重点项目调出名单"], ["序号", "项目名称", "所属区域", "总投资（亿元）", "责任单位", "调出原因", "调出时间"],
                [1, "红楼宾馆综合改造", "中部", 20, "区商务委", "前期手续未办结", "2024-07-01"]):
        ws.append(row)
    ws = wb.create_sheet("调入项目")
    for row in (["2024年区级重点项目调入名单"], ["序号", "项目名称", "所属区域", "总投资（亿元）", "责任单位", "调入原因"],
                [1, "白象街二期", "东部", 12.5, "区住房城乡建委", "区政府常务会议研究同意"]):
        ws.append(row)
    typed = tmp_path / "typed" / "调整.xlsx"
    typed.parent.mkdir()
    wb.save(typed)
    convert([typed], tmp_path)  # as LibreOffice saves it
    imp = preview(db, read_import(tmp_path / "调整.xlsx"))
    leaving, joining = imp.tables
    assert (leaving.kind, joining.kind) == ("key_projects", "key_projects")
    assert leaving.records == [] and leaving.leaving == [
        {"name": "红楼宾馆综合改造", "code": None, "reason": "前期手续未办结", "date": "2024-07-01", "row": 3}]
    assert [(r["name"], r["list_reason"]) for r in joining.records] == [("白象街二期", "区政府常务会议研究同意")]
    assert [d.missing for d in imp.diffs.values()] == [[], []]  # no whole list: nothing else leaves for them
    assert not [p for t in imp.tables for p in t.problems if "没有对应的字段" in p.message or "0个项目" in p.message]
    write(db, imp)
    with db.read() as s:
        moves = {n: (c, on, why) for n, c, on, why in s.execute(
            select(KeyProject.name, ListChange.change, ListChange.changed_on, ListChange.reason)
            .join(KeyProject, KeyProject.id == ListChange.project_id))}
    assert moves == {"红楼宾馆综合改造": ("removed", dt.date(2024, 7, 1), "导入：调出项目；前期手续未办结"),
                     "白象街二期": ("added", dt.date.today(), "导入：调入项目；区政府常务会议研究同意")}


def test_the_move_a_title_names_for_every_row():
    from milestones.spreadsheet.project_names import title_move

    assert title_move("2024年区级重点项目调出名单") == "调出"
    assert title_move("附件2 2024年市级重点建设项目调入清单") == "调入"
    assert title_move("2024年新增市级重点项目名单") == "调入"
    for title in ("2024年重点项目调整名单", "2024年重点项目调入调出名单", "2024年重点项目名单", "2024年新开工项目名单",
                  "2024年调入项目及调出项目名单", None):
        assert title_move(title) is None, title


def test_a_project_a_revised_list_renames_is_found_by_its_former_name_and_renamed(db, tmp_path):
    # "原项目名称 | 调整后项目名称" (a 更名 in a 调整名单): the renamed project was added as a new one beside the plan's,
    # which kept its old name and, with the whole list, counted as missing
    from milestones.store.imports import revert_import
    from milestones.store.schema import PlanEntry
    from tests.spreadsheet.conftest import csv_file

    src = csv_file(tmp_path, "调整.csv", "2024年重点项目调整名单\n序号,调整类型,原项目名称,调整后项目名称,调整原因\n"
                                       "1,更名,红楼宾馆综合改造,红楼宾馆片区综合改造,规划调整\n"
                                       "2,更名,不存在的项目,新名称的项目,\n3,调出,邹容支路地块改造,,并入二期\n")
    convert([src], tmp_path / "lo")  # as LibreOffice saves it
    with db.read() as s:
        pid = s.scalar(select(KeyProject.id).where(KeyProject.name == "红楼宾馆综合改造"))
    imp = preview(db, read_import(tmp_path / "lo" / "调整.xlsx"))
    (t,) = imp.tables
    assert [(r["name"], r.get("name_before")) for r in t.records] == [
        ("红楼宾馆片区综合改造", "红楼宾馆综合改造"), ("新名称的项目", "不存在的项目")]
    assert not any("调整类型" in (r["notes"] or "") for r in t.records)  # (更名 is said by the names)
    d = imp.diffs[0]
    assert d.changed[0]["name"] == ("红楼宾馆综合改造", "红楼宾馆片区综合改造") and d.new == [1]
    assert [(p.row, p.severity, p.message) for p in t.problems if "原名称“" in p.message or "原名称为" in p.message] == [
        (3, "info", "按原名称“红楼宾馆综合改造”找到，改名为“红楼宾馆片区综合改造”"),
        (4, "warning", "计划中没有原名称为“不存在的项目”的项目，按新项目导入")]
    receipt = write(db, imp)
    with db.read() as s:
        renamed = s.get(KeyProject, pid)
        assert renamed.name == "红楼宾馆片区综合改造"
        assert s.scalar(select(PlanEntry.on_list).where(PlanEntry.project_id == pid)) is True  # (still listed)
    again = preview(db, read_import(tmp_path / "lo" / "调整.xlsx"))  # the same table again: nothing to do
    assert again.diffs[0].counts()["changed"] == 0 and again.diffs[0].new == []
    # nor said: "按原名称“红楼宾馆综合改造”找到" was said again of the project already renamed (and of the one added)
    assert [p.message for p in again.tables[0].problems if "原名称“" in p.message or "原名称为" in p.message] == []
    revert_import(db, receipt)  # the undo gives it its name back
    with db.read() as s:
        assert s.get(KeyProject, pid).name == "红楼宾馆综合改造"
        assert s.scalar(select(KeyProject.id).where(KeyProject.name == "红楼宾馆综合改造")) == pid  # (by its key too)


def test_a_rename_to_a_name_the_plan_lists_already_leaves_both_and_says_so(db, tmp_path):
    # "原项目名称 红楼宾馆综合改造 | 调整后项目名称 邹容支路地块改造", both on the list: the row updates the project of the
    # new name; the other is two projects where the list sees one, and was said to be "找到，改名" though left as it was
    from tests.spreadsheet.conftest import csv_file

    src = csv_file(tmp_path, "调整.csv", "2024年重点项目调整名单\n序号,调整类型,原项目名称,调整后项目名称,调整原因\n"
                                       "1,更名,红楼宾馆综合改造,邹容支路地块改造,两项目合并\n")
    imp = preview(db, read_import(src))
    (t,) = imp.tables
    d = imp.diffs[0]
    assert d.new == [] and "name" not in d.changed.get(0, {}) and d.former_apart == {0: "红楼宾馆综合改造"}
    assert [(p.severity, p.message) for p in t.problems if "原名称“" in p.message] == [
        ("warning", "计划中已有“邹容支路地块改造”，按它导入；原名称“红楼宾馆综合改造”的项目仍在计划中，未改名"
                    "（如是同一项目，请把其中一个移出计划）")]
    write(db, imp)
    with db.read() as s:
        assert {n for n in s.scalars(select(KeyProject.name).where(
            KeyProject.name.in_(["红楼宾馆综合改造", "邹容支路地块改造"])))} == {"红楼宾馆综合改造", "邹容支路地块改造"}


def test_a_move_heading_as_a_draft_words_it_is_read_as_the_move(db, tmp_path):
    # "一、拟调出项目（2个）", "二、拟调入的项目": the draft a 调整名单 goes to the 常务会议 as (its headings were classes,
    # the projects leaving imported as new ones)
    from tests.spreadsheet.conftest import csv_file

    src = csv_file(tmp_path, "拟调整.csv", "2024年重点项目拟调整名单\n序号,项目名称,调整原因\n一、拟调出项目（1个）,,\n"
                                         "1,红楼宾馆综合改造,前期手续未办结\n二、拟调入的项目（1个）,,\n1,白象街二期,常务会议同意\n")
    imp = preview(db, read_import(src))
    (t,) = imp.tables
    assert [(r["name"], r["reason"]) for r in t.leaving] == [("红楼宾馆综合改造", "前期手续未办结")]
    assert [(r["name"], r["class"], r.get("list_reason")) for r in t.records] == [("白象街二期", None, "常务会议同意")]
