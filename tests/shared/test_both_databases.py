"""The store does the same on SQLite and PostgreSQL: plan, edits, conflicts, imports, migrations."""
import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy import inspect as sa_inspect

from milestones.domain import Quarter
from milestones.store.changes import Conflict, add_project, start_next_plan, update_row
from milestones.store.queries import plan_summary
from milestones.store.schema import KeyProject


def test_the_bundled_plan_loads_with_the_same_figures(any_db):
    s = plan_summary(any_db)
    assert s["key_projects"] == {"stated": 65, "listed": 49}
    assert [q["starts_stated"] for q in s["quarters"].values()] == [5, 8, 11, 11]
    assert s["targets"] == 125  # the 111 chosen from the report, and the 14 measures without a figure, each its own
    assert s["quantified_targets"] == 110  # of the 111, one is a class (地表水II类): no figure to judge


def test_a_year_named_without_a_quarter_is_a_deadline_in_sql_and_python_alike(any_db):
    # the 预警 filter and the counts run the light as SQL: PostgreSQL reads the wording's year character by
    # character (a cast of "明年" would fail there), SQLite the same
    from milestones.store.project_rows import ProjectFilter, project_ids, project_lights, project_rows

    with any_db.read() as s:
        words = dict(s.execute(select(KeyProject.name, KeyProject.planned_start_text)
                               .where(KeyProject.planned_start_text.is_not(None))).all())
    assert words["日月光R5R6塔楼"] == "2024年开工"  # the bundled plan names the year only
    pid, _ = add_project(any_db, 2024, "明年某时开工")
    update_row(any_db, "key_project", pid, {"planned_start_text": "明年某时"})  # no year: no deadline, no error
    pid, _ = add_project(any_db, 2024, "全角年份")
    update_row(any_db, "key_project", pid, {"planned_completion_text": "２０２３年完工"})  # not read as a year
    for at, expected in ((Quarter(2024, 4), "green"), (Quarter(2025, 2), "red")):
        with any_db.read() as s:
            lights = project_lights(s, 2024, at)
            ids = project_ids(s, ProjectFilter(year=2024))
            rows = project_rows(s, ids, 2024)
        by_name = {r.name: r.id for r in rows.values()}
        assert lights[by_name["日月光R5R6塔楼"]] == expected
        assert lights[by_name["明年某时开工"]] == lights[by_name["全角年份"]] == "green"
        assert all(lights[i] == r.light(at).value for i, r in rows.items())  # the SQL and the list agree


def test_edits_and_stale_edits(any_db):
    with any_db.read() as s:
        p = s.scalars(select(KeyProject).where(KeyProject.name == "重庆长滨")).one()
    update_row(any_db, "key_project", p.id, {"planned_completion": "2026Q2"}, expected_version=p.version)
    with pytest.raises(Conflict):
        update_row(any_db, "key_project", p.id, {"planned_completion": "2026Q3"}, expected_version=p.version)
    with any_db.read() as s:
        assert s.get(KeyProject, p.id).planned_completion == Quarter(2026, 2)


def test_adding_projects_and_carrying_the_plan_forward(any_db):
    pid, _ = add_project(any_db, 2024, "两库通用项目", planned_start="2024Q2")
    start_next_plan(any_db, 2024)
    assert plan_summary(any_db, 2025)["key_projects"]["listed"] == 50


def test_a_bulk_import_allocates_ids_on_both(any_db, tmp_path):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    from make_data import write_projects_xlsx
    from milestones.spreadsheet.importer import read_import, write
    from milestones.store.imports import revert_import

    src = write_projects_xlsx(tmp_path / "p.xlsx", 1200)
    receipt = write(any_db, read_import(src))
    with any_db.read() as s:
        assert s.scalar(select(func.count()).select_from(KeyProject)) == 49 + 1200
    # the next ordinary insert still gets a fresh id (the sequence moved on)
    pid, _ = add_project(any_db, 2024, "导入之后新增")
    assert pid > max(i for t, i in receipt.inserted if t == "key_project")
    revert_import(any_db, receipt)
    with any_db.read() as s:
        assert s.scalar(select(func.count()).select_from(KeyProject)) == 50


def test_a_first_version_postgresql_database_upgrades(pg_url):
    from milestones.store import open_database
    from milestones.store.database import head_revision, upgrade

    engine = create_engine(pg_url)
    upgrade(engine, "0001")
    with engine.begin() as c:
        c.execute(text("INSERT INTO zone (code, name, sort_order) VALUES ('east', '东部', 1)"))
    engine.dispose()
    db = open_database(pg_url)
    with db.engine.connect() as c:
        assert c.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
        assert c.execute(text("SELECT name FROM zone")).scalar() == "东部"
    db.close()


def test_two_people_opening_an_old_shared_database_at_once_upgrade_it_once(pg_url):
    import subprocess
    import sys

    from milestones.store import open_database
    from milestones.store.database import head_revision, upgrade

    engine = create_engine(pg_url)
    upgrade(engine, "0001")
    engine.dispose()
    procs = [subprocess.Popen([sys.executable, "-m", "milestones", "--db", pg_url, "--empty", "info", "--json"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(4)]
    results = [p.communicate(timeout=120) for p in procs]
    # each opened the database; the empty one says so rather than failing to migrate
    assert all("无法升级" not in err and "Traceback" not in err for _, err in results), results
    db = open_database(pg_url)
    with db.engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1
        assert c.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
    db.close()


def test_sentences_where_tables_put_them_import_on_both(any_db, tmp_path):
    # a 完成情况 sentence, a remark in 性质 and 级别, several units in 责任单位: PostgreSQL
    # refused the whole import for a VARCHAR(20); SQLite kept it. Both keep it now.
    from milestones.spreadsheet.importer import preview, read_import, write
    from milestones.store.schema import IndicatorYear, PlanEntry

    status = "基本完成，受外部环境影响略低于预期目标，四季度明显回升"
    results = tmp_path / "r.csv"
    results.write_text("2024年主要目标完成情况表\n序号,指标名称,单位,2024年目标,2024年完成,完成情况\n"
                       f"1,地区生产总值增速,%,6左右,5.8,{status}\n", encoding="utf-8")
    nature = "续建（主体工程已于2023年完工，配套工程继续实施中）"
    projects = tmp_path / "k.csv"
    projects.write_text("2024年重点项目表\n序号,项目名称,项目性质,级别,总投资（亿元）,责任单位\n"
                        f"1,长文字项目,{nature},市级重点项目（第一批次调整后纳入）,3,"
                        "区住房城乡建委、区发展改革委、区财政局、区规划自然资源局、区生态环境局、解放碑街道\n",
                        encoding="utf-8")
    for path in (results, projects):
        imp = preview(any_db, read_import(path))
        assert not imp.has_errors, [str(p) for t in imp.tables for p in t.problems]
        write(any_db, imp)
    with any_db.read() as s:  # kept whole, as typed (its Chinese punctuation too)
        assert status in s.scalars(select(IndicatorYear.status)).all()
        # the nature the filter lists, its long remark kept whole in the project's 备注
        got = s.execute(select(PlanEntry.nature, KeyProject.notes).join(KeyProject)
                        .where(KeyProject.name == "长文字项目")).one()
        assert tuple(got) == ("续建", "主体工程已于2023年完工，配套工程继续实施中")


def test_a_name_longer_than_the_database_keeps_is_refused_on_its_row(any_db, tmp_path):
    from milestones.spreadsheet.importer import preview, read_import

    path = tmp_path / "k.csv"
    path.write_text("2024年重点项目表\n序号,项目名称,总投资（亿元）\n1," + "很长的名称" * 50 + ",3\n2,正常项目,2\n",
                    encoding="utf-8")
    imp = preview(any_db, read_import(path))
    (error,) = imp.tables[0].errors
    assert error.row == 3 and "名称过长（250 字，最多 200 字）" in error.message


def test_a_quarterly_plans_long_goal_imports_on_both(any_db, tmp_path):
    from milestones.spreadsheet.importer import preview, read_import, write
    from milestones.store.schema import Milestone

    goal = "完成主体结构施工及二次结构砌筑，" * 8  # 128 characters: cut to 100 for a VARCHAR(100) before
    path = tmp_path / "q.csv"
    path.write_text(f"2024年重点项目季度计划表\n序号,项目名称,一季度形象进度目标\n1,长目标项目,{goal}\n", encoding="utf-8")
    imp = preview(any_db, read_import(path))
    assert not imp.has_errors
    write(any_db, imp)
    with any_db.read() as s:
        (name,) = s.scalars(select(Milestone.name).join(KeyProject).where(KeyProject.name == "长目标项目")).all()
    assert len(name) == 128  # kept whole


def test_control_characters_in_a_file_or_an_edit_are_dropped_on_both(any_db, tmp_path):
    # a NUL in a CSV cell past the first 4 KB, or in an xlsx cell written as _x0000_: PostgreSQL refused it and the
    # whole import ended in "程序出错 (DataError)"; SQLite kept names no one can see the whole of
    import zipfile

    import openpyxl

    from milestones.spreadsheet.importer import preview, read_import, write
    from milestones.store.changes import EditError

    lines = ["2024年重点项目表", "序号,项目名称,区域,总投资（亿元）"]
    odd = {250: "\x00坏", 251: "\x07铃"}
    lines += [f"{i},测试项目{i}{odd.get(i, '')},东部,{i}" for i in range(1, 301)]
    (tmp_path / "nul.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    wb = openpyxl.Workbook()
    for row in (["2024年重点项目表"], ["序号", "项目名称", "区域", "总投资（亿元）"], [1, "另一项目AAA坏", "西部", 2]):
        wb.active.append(row)
    wb.save(tmp_path / "plain.xlsx")
    with zipfile.ZipFile(tmp_path / "plain.xlsx") as zin, zipfile.ZipFile(tmp_path / "nul.xlsx", "w") as zout:
        for item in zin.infolist():
            zout.writestr(item, zin.read(item.filename).replace(b"AAA", b"_x0000_"))
    for name in ("nul.csv", "nul.xlsx"):
        imp = preview(any_db, read_import(tmp_path / name))
        assert not imp.has_errors
        write(any_db, imp)
    with any_db.read() as s:
        names = set(s.scalars(select(KeyProject.name)))
    assert {"测试项目250坏", "测试项目251铃", "另一项目坏"} <= names
    assert not [n for n in names if not n.isprintable()]
    # typed or pasted in: the same; a name of control characters only is no name
    pid, _ = add_project(any_db, 2024, "新项目\x00")
    update_row(any_db, "key_project", pid, {"notes": "第一行\x00\n第二行\t完\x1b"})
    with any_db.read() as s:
        p = s.get(KeyProject, pid)
        assert (p.name, p.notes) == ("新项目", "第一行\n第二行\t完")
    with pytest.raises(EditError, match="项目名称不能为空"):
        update_row(any_db, "key_project", pid, {"name": "\x00\x07"})
    with pytest.raises(EditError, match="项目名称不能为空"):
        add_project(any_db, 2024, "\x00")


def test_a_number_past_what_the_database_holds_is_refused_in_words_on_both(any_db):
    # PostgreSQL refused 序号 99999999999 ("integer out of range"), SQLite raised OverflowError past 2**63; an
    # infinite investment was kept, and an infinite 计划数 raised OverflowError
    from milestones.store.changes import EditError
    from milestones.store.plan_figures import set_figures
    from milestones.store.schema import PlanEntry

    with any_db.read() as s:
        entry = s.scalars(select(PlanEntry).order_by(PlanEntry.id)).first()
    for seq in (99999999999, 10 ** 30):
        with pytest.raises(EditError, match=f"“{seq}”过大（最大 2147483647）"):
            update_row(any_db, "plan_entry", entry.id, {"seq": seq})
    for bad in (float("inf"), float("nan")):
        with pytest.raises(EditError, match="不是数字"):
            update_row(any_db, "key_project", entry.project_id, {"total_investment": bad})
        with pytest.raises(EditError, match="不是数字"):
            set_figures(any_db, 2024, {"stated": {"key_projects": bad}})
    update_row(any_db, "plan_entry", entry.id, {"seq": 2147483647})  # the largest there is
    with any_db.read() as s:
        assert s.get(PlanEntry, entry.id).seq == 2147483647


def test_a_search_finds_the_word_as_typed_on_both(any_db):
    # "t3" found 重庆中心T3塔楼 on SQLite and nothing on PostgreSQL (its LIKE heeds case); "_" and "%" were LIKE's
    # wildcards: "_" found every project
    from milestones.store.project_rows import ProjectFilter, project_ids

    pid, _ = add_project(any_db, 2024, "增速5%_测试项目")
    with any_db.read() as s:
        def found(text):
            return {s.get(KeyProject, i).name for i in project_ids(s, ProjectFilter(year=2024, text=text))}

        assert found("t3") == found("T3") == found("Ｔ３") == {"重庆中心T3塔楼"}  # full-width, as an input method types
        assert found("_") == found("5%") == found("%_测") == {"增速5%_测试项目"}
        assert len(found("东部")) == 16  # a zone's name finds its projects


def test_a_list_sorted_by_name_or_unit_is_in_pinyin_order_on_both(any_db):
    """A shared PostgreSQL sorted names by its own collation (code point on a C server, something else on a
    zh_CN one), and SQLite by code point: 重庆长滨 after 解放碑, 区住房城乡建委 before 区发展改革委."""
    from milestones.domain.collation import sort_text
    from milestones.store.project_rows import ProjectFilter, distinct_values, project_ids

    for unit in ("区住房城乡建委", "区发展改革委", "区商务委", "区财政局"):
        pid, _ = add_project(any_db, 2024, f"{unit}牵头的项目")
        update_row(any_db, "key_project", pid, {"responsible_unit": unit})
    add_project(any_db, 2024, "阿里巴巴西部总部")
    add_project(any_db, 2024, "zoo")
    with any_db.read() as s:
        ids = project_ids(s, ProjectFilter(year=2024), sort="name")
        names = dict(s.execute(select(KeyProject.id, KeyProject.name)).all())
        units = distinct_values(s, "responsible_unit")
        backwards = project_ids(s, ProjectFilter(year=2024), sort="name", descending=True)
    listed = [names[i] for i in ids]
    assert listed[:3] == ["181项目", "zoo", "阿里巴巴西部总部"]
    assert listed.index("重庆长滨") < listed.index("磨房巷片区整体更新")  # chong before mo
    assert listed == sorted(listed, key=sort_text)
    assert [names[i] for i in backwards] == listed[::-1]  # no two names alike in the bundled plan
    assert units == ["区财政局", "区发展改革委", "区商务委", "区住房城乡建委"]


def _first_version_shared_plan(pg_url):
    from milestones.store.database import upgrade

    engine = create_engine(pg_url)
    upgrade(engine, "0001")
    with engine.begin() as c:
        c.execute(text("INSERT INTO zone (id, code, name, sort_order) VALUES (1, 'east', '东部', 1)"))
        c.execute(text("INSERT INTO plan (id, year, jurisdiction, title, issued_on) "
                       "VALUES (1, 2024, 'X区', 'X区2024年计划', '2024-01-20')"))
        c.execute(text("INSERT INTO key_project (id, name, name_key, zone_id, planned_start, total_investment, "
                       "version) VALUES (1, '老项目', '老项目', 1, 8097, 12.5, 1)"))
        c.execute(text("INSERT INTO plan_entry (plan_id, project_id, nature, on_list, version) "
                       "VALUES (1, 1, '续建', true, 1)"))
    engine.dispose()


def test_an_old_shared_plan_is_copied_to_this_computer_before_it_is_upgraded(pg_url, tmp_path, monkeypatch):
    # a local plan was copied beside its file before an upgrade; a shared one was upgraded with no copy at all
    import sqlite3

    from milestones.store import open_database
    from milestones.store.database import head_revision

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    _first_version_shared_plan(pg_url)
    db = open_database(pg_url)
    copy = db.backup_path
    assert copy is not None and copy.parent == tmp_path / "data" / "milestones" / "backups"
    assert "升级前-0001" in copy.name and copy.suffix == ".db" and not list(copy.parent.glob("*.part"))
    with db.engine.connect() as c:
        assert c.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
    db.close()
    with sqlite3.connect(copy) as c:  # the plan as it was, at its own revision
        assert c.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
        assert c.execute("SELECT name, total_investment, planned_start FROM key_project").fetchall() == [
            ("老项目", 12.5, 8097)]
        assert c.execute("SELECT issued_on FROM plan").fetchall() == [("2024-01-20",)]
        assert c.execute("SELECT nature, on_list FROM plan_entry").fetchall() == [("续建", 1)]
    opened = open_database(copy)  # opened as any older plan file is: upgraded, its rows kept
    with opened.read() as s:
        assert s.scalars(select(KeyProject.name)).all() == ["老项目"]
    opened.close()


def test_a_shared_plan_that_cannot_be_backed_up_is_not_upgraded(pg_url, tmp_path, monkeypatch):
    from milestones.store import MigrationError, open_database

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    (tmp_path / "data" / "milestones").mkdir(parents=True)
    (tmp_path / "data" / "milestones" / "backups").write_text("a file where the folder would be")
    _first_version_shared_plan(pg_url)
    with pytest.raises(MigrationError, match="升级前未能备份到本机.*数据库未改动"):
        open_database(pg_url)
    engine = create_engine(pg_url)
    with engine.connect() as c:
        assert c.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0001"
        assert c.execute(text("SELECT name FROM key_project")).scalar() == "老项目"
    engine.dispose()


def test_a_whole_shared_plan_is_in_its_copy_before_the_upgrade(pg_url, tmp_path, monkeypatch):
    # every table of the bundled plan, one revision back: its rows, row for row, in the copy
    import sqlite3

    from alembic import command

    from milestones.store import open_database, open_store
    from milestones.store.database import _alembic_config

    from milestones.store.reports import keep_report

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    plan = open_store(pg_url)
    with plan.read() as s:
        pid = s.scalars(select(KeyProject.id).where(KeyProject.name == "重庆长滨")).one()
    update_row(plan, "key_project", pid, {"planned_completion": "2026Q2"})  # a schedule change, with its time
    keep_report(plan, 2024, Quarter(2024, 1))  # a quarter's report kept as sent
    start_next_plan(plan, 2024)
    plan.close()
    engine = create_engine(pg_url)
    with engine.connect() as conn, conn.begin():
        command.downgrade(_alembic_config(conn), "0013")
    with engine.connect() as c:
        tables = [t for t in sa_inspect(c).get_table_names() if t != "alembic_version"]
        counts = {t: c.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in tables}
    engine.dispose()
    assert counts["key_project"] == 49 and counts["plan"] == 2
    assert counts["kept_report"] and counts["kept_project"] == 49
    db = open_database(pg_url)
    copy = db.backup_path
    db.close()
    with sqlite3.connect(copy) as c:
        assert {t: c.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables} == counts
        assert c.execute("PRAGMA foreign_key_check").fetchall() == []
    opened = open_database(copy)
    from milestones.store.queries import plan_summary

    assert plan_summary(opened, 2024)["key_projects"] == {"stated": 65, "listed": 49}
    with opened.read() as s:
        assert str(s.get(KeyProject, pid).planned_completion) == "2026Q2"
    opened.close()


def test_the_revisions_a_revision_table_lists_are_read_alike_on_both(any_db):
    # the 调整表's originals come from grouped SQL over the record of changes (the first revision of each field since
    # the plan year began): the same projects and the same originals on PostgreSQL as on SQLite
    from milestones.store.history import original_in_charge, original_plans, original_totals, plan_year_start
    from milestones.store.project_rows import ProjectFilter, project_ids

    with any_db.read() as s:
        ids = dict(s.execute(select(KeyProject.name, KeyProject.id)).all())
    moved, raised, handed = ids["重庆中心T3塔楼"], ids["重庆长滨"], ids["红楼宾馆综合改造"]
    update_row(any_db, "key_project", moved, {"planned_completion": "2024Q3"})
    update_row(any_db, "key_project", moved, {"planned_completion": "2024Q4"})
    for total in (10.0, 12.5):  # the first figure given is no revision; the second is (概算调整)
        update_row(any_db, "key_project", raised, {"total_investment": total})
    for unit in ("区住房城乡建委", "区城市管理局"):
        update_row(any_db, "key_project", handed, {"responsible_unit": unit})
    since = plan_year_start(2024)
    with any_db.read() as s:
        assert original_plans(s, since=since)[moved] == {"planned_completion": Quarter(2024, 1)}
        assert original_totals(s, since=since) == {raised: 10.0}
        assert original_in_charge(s, since=since) == {handed: "区住房城乡建委"}
        dates = set(project_ids(s, ProjectFilter(year=2024, plan_revised=True)))
        table = set(project_ids(s, ProjectFilter(year=2024, plan_revised=True, table_revisions=True)))
    assert dates == {moved} and table == {moved, raised, handed}
