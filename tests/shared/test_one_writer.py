"""Two planners writing to one shared plan at once: one after the other, as on a plan file.

Under PostgreSQL's READ COMMITTED two imports of the same new list each found none of its projects and
each added them all (60 projects on a list of 30), and two of the same indicators failed on the unique
name with the SQL in the planner's face. A write that adds rows or names them waits for another's to end;
edits of rows by id, each checked against what the planner saw, go side by side."""
import threading
import time

import pytest
from sqlalchemy import create_engine, func, select, text

from milestones.spreadsheet.importer import preview, read_import, write
from milestones.store import database, open_store
from milestones.store.changes import add_project, update_row
from milestones.store.schema import Indicator, KeyProject, Zone

ROWS = 30


def _list(tmp_path, kind: str):
    """A list of 30 rows none of which the plan holds, as an office sends it."""
    path = tmp_path / f"{kind}.csv"
    if kind == "key_projects":
        lines = ["2024年重点项目表", "项目名称,区域,总投资（亿元）,开工时间,竣工时间"]
        lines += [f"同时导入的项目{i},东部,10,2024年一季度,2025年四季度" for i in range(ROWS)]
    else:
        lines = ["附件1", "2023年主要指标完成情况", "指标,单位,目标,完成"]
        lines += [f"同时导入的指标{i},%,6,6.1" for i in range(ROWS)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _writers_waiting(engine) -> int:
    with engine.connect() as c:
        # (any lock: the code before waited on a row the first had added, the plan of the year, then added its own)
        return c.execute(text("SELECT count(*) FROM pg_locks WHERE NOT granted")).scalar()


@pytest.mark.parametrize("kind", ["key_projects", "indicators"])
def test_two_planners_importing_one_list_at_once_add_it_once(kind, pg_url, tmp_path, qtbot):
    open_store(pg_url).close()  # the bundled 2024 plan: the list is matched to it, added to it once
    path = _list(tmp_path, kind)
    watcher = create_engine(pg_url)
    inside, go_on = threading.Event(), threading.Event()
    results: dict[str, object] = {}

    def first_writes(done, total):
        if not inside.is_set():
            inside.set()  # the first is writing: the second starts, and must wait for it to commit
            assert go_on.wait(60)

    def planner(name, progress):
        db = open_store(pg_url)
        try:
            results[name] = write(db, read_import(path), progress=progress)
        except Exception as exc:  # kept for the assertion below: a thread's error is otherwise lost
            results[name] = exc
        finally:
            db.close()

    first = threading.Thread(target=planner, args=("first", first_writes))
    first.start()
    assert inside.wait(60)
    second = threading.Thread(target=planner, args=("second", None))
    second.start()
    qtbot.waitUntil(lambda: _writers_waiting(watcher) > 0 or "second" in results, timeout=30000)
    go_on.set()
    first.join(120)
    second.join(120)
    assert not first.is_alive() and not second.is_alive()
    assert not isinstance(results["first"], Exception), results["first"]
    assert not isinstance(results["second"], Exception), results["second"]

    model = KeyProject if kind == "key_projects" else Indicator
    db = open_store(pg_url)
    with db.read() as s:
        held = s.scalar(select(func.count()).select_from(model).where(model.name.like("同时导入的%")))
    assert held == ROWS  # once, not twice
    assert len(results["first"].inserted) >= ROWS
    assert [i for i in results["second"].inserted if i[0] in ("key_project", "indicator")] == []
    again = read_import(path)
    preview(db, again)
    assert [d.counts()["new"] for d in again.diffs.values()] == [0]
    db.close()
    watcher.dispose()


def test_a_write_waits_for_a_colleagues_then_says_so_and_writes_nothing(pg_url, monkeypatch):
    from milestones.store.database import WritersBusy, refusal_text
    from milestones.ui.problem_text import english

    db = open_store(pg_url)  # the bundled plan
    monkeypatch.setattr(database, "WRITER_WAIT_S", 1)
    named = select(func.count()).select_from(KeyProject).where(KeyProject.name == "等候中的项目")
    colleague = create_engine(pg_url)
    with colleague.connect() as c, c.begin():  # a colleague's long import, holding the writers' turn
        c.exec_driver_sql(f"SELECT pg_advisory_xact_lock({database._WRITERS_LOCK})")
        with pytest.raises(WritersBusy) as refused:
            add_project(db, 2024, "等候中的项目")
    said = refusal_text(refused.value)
    assert said == str(refused.value) and "等候 1 秒仍未写完，未写入任何内容" in said
    assert english(said).startswith("A colleague is writing to the shared plan")
    with db.read() as s:
        assert s.scalar(named) == 0
    # the colleague done, the same write goes through; and its own row locks wait as long as they did
    add_project(db, 2024, "等候中的项目")
    with db.read() as s:
        assert s.scalar(named) == 1
    with db.session() as s:
        assert s.execute(text("SHOW lock_timeout")).scalar() == "0"
    db.close()
    colleague.dispose()


def test_edits_go_side_by_side_and_a_name_waits_for_the_others(pg_url, monkeypatch):
    from milestones.store.changes import update_row
    from milestones.store.database import WritersBusy

    db = open_store(pg_url)
    monkeypatch.setattr(database, "WRITER_WAIT_S", 1)
    with db.read() as s:
        project = s.scalars(select(KeyProject).order_by(KeyProject.id)).first()
        pid, name = project.id, project.name
    colleague = create_engine(pg_url)
    with colleague.connect() as c, c.begin():  # a colleague's edit of another project, in flight
        c.exec_driver_sql(f"SELECT pg_advisory_xact_lock_shared({database._WRITERS_LOCK})")
        update_row(db, "key_project", pid, {"responsible_unit": "区发改委"})  # goes through beside it
        with pytest.raises(WritersBusy):  # a new name is matched by imports: written alone
            update_row(db, "key_project", pid, {"name": "改了名的项目"})
        with pytest.raises(WritersBusy):
            add_project(db, 2024, "又一个项目")
    with db.read() as s:
        assert (s.get(KeyProject, pid).name, s.get(KeyProject, pid).responsible_unit) == (name, "区发改委")
    db.close()
    colleague.dispose()


def test_an_import_confirmed_after_a_colleague_wrote_what_it_changes_is_refused(any_db, tmp_path):
    # on both kinds of database: the diff the planner saw must still be the one written
    from milestones.spreadsheet.importer import PlanChangedSincePreview
    from milestones.store.changes import update_row

    with any_db.read() as s:
        first, second = s.scalars(select(KeyProject).order_by(KeyProject.id).limit(2)).all()
    path = tmp_path / "units.csv"
    path.write_text(f"2024年重点项目表\n项目名称,责任单位\n{first.name},区住建委\n", encoding="utf-8")
    seen = preview(any_db, read_import(path))
    colleague = open_store(any_db.url)
    update_row(colleague, "key_project", second.id, {"responsible_unit": "区文旅委"})  # not in the file
    write(any_db, seen, as_previewed=True)  # what the planner saw is still what is written
    seen = preview(any_db, read_import(path))
    update_row(colleague, "key_project", first.id, {"responsible_unit": "区商务委"})  # what the file changes
    colleague.close()
    with pytest.raises(PlanChangedSincePreview):
        write(any_db, seen, as_previewed=True)
    with any_db.read() as s:
        assert s.get(KeyProject, first.id).responsible_unit == "区商务委"


def test_a_writer_gone_quiet_mid_write_does_not_hold_everyone_up(pg_url, monkeypatch):
    # a laptop's lid shut in the middle of a write: the server sees no closed socket, and the writers' turn it held
    # kept every colleague's writes refused; the server ends such a transaction, and its turn with it
    db = open_store(pg_url)
    monkeypatch.setattr(database, "WRITER_IDLE_S", 1)
    quiet = open_store(pg_url)
    writing = quiet.session()
    s = writing.__enter__()  # its turn taken, then nothing more
    s.execute(text("SELECT 1"))
    started = time.monotonic()
    add_project(db, 2024, "照常写入的项目")  # waits (at most WRITER_WAIT_S) for the server to end the quiet one
    assert time.monotonic() - started < database.WRITER_WAIT_S
    with db.read() as r:
        assert r.scalar(select(func.count()).select_from(KeyProject).where(KeyProject.name == "照常写入的项目")) == 1
    with pytest.raises(Exception):  # the quiet one's transaction is gone: nothing of it can commit
        s.execute(text("SELECT 1"))
        writing.__exit__(None, None, None)
    quiet.engine.dispose()
    db.close()


def test_a_table_is_made_of_the_plan_as_of_one_moment(any_db):
    # on a shared database each read saw what had been committed by then: a colleague's change committed while a
    # table was being read showed in its later rows and not its earlier ones
    from milestones.store.exports import ExportFilter, project_records

    rows = project_records(any_db, ExportFilter(2024), chunk=1)
    first = next(rows)
    with any_db.read() as s:
        last = s.scalars(select(KeyProject).order_by(KeyProject.id.desc())).first()
        unit = last.responsible_unit
    colleague = open_store(any_db.url)
    update_row(colleague, "key_project", last.id, {"responsible_unit": "区商务委（同事刚改）"})
    colleague.close()
    rest = {r["id"]: r for r in rows}
    assert first["id"] != last.id and rest[last.id]["responsible_unit"] == unit


def test_an_export_is_made_of_the_plan_as_of_one_moment(any_db, tmp_path, monkeypatch):
    # an export read the plan's year, then (each its own read) the table's rows: a colleague taking the year's
    # plan away between the two made a 2024 list of no projects, handed on as the year's
    from milestones.spreadsheet import export_tables
    from milestones.spreadsheet.export import export
    from milestones.spreadsheet.importer import read_import
    from milestones.store.changes import start_next_plan
    from milestones.store.plan_removal import remove_plan
    from milestones.store.queries import plan_years

    start_next_plan(any_db, 2024)  # (the only plan of a database is never removed)

    real = export_tables.project_records

    def colleague_first(db, f, **kw):
        colleague = open_store(any_db.url)
        remove_plan(colleague, 2024, backups=tmp_path / "backups")
        colleague.close()
        return real(db, f, **kw)

    monkeypatch.setattr(export_tables, "project_records", colleague_first)
    with any_db.read() as s:
        listed = s.scalar(select(func.count()).select_from(KeyProject))
    out = tmp_path / "2024年重点项目.xlsx"
    assert export(any_db, "key_projects", out, year=2024) == listed > 0
    assert len(read_import(out).tables[0].records) == listed
    with any_db.read() as s:  # (the colleague's removal is there for the next read)
        assert 2024 not in plan_years(s)


def test_a_printout_of_several_zones_is_the_plan_as_of_one_moment(any_db, monkeypatch):
    # each zone's page was read on its own: a project a colleague moved from 东部 to 中部 while the pages were read
    # was printed on both zones' pages
    from milestones.domain.quarter import Quarter
    from milestones.timeline import data
    from milestones.timeline.print import PrintSettings, printed_plan

    with any_db.read() as s:
        east, middle = (s.scalars(select(Zone.id).where(Zone.name == n)).one() for n in ("东部", "中部"))
        moved = s.scalars(select(KeyProject).where(KeyProject.zone_id == east).order_by(KeyProject.id)).first()
    real = data.load_projects
    zones_read = []

    def colleague_between(db, f):
        out = real(db, f)
        zones_read.append(f)
        if len(zones_read) == 1:
            colleague = open_store(any_db.url)
            update_row(colleague, "key_project", moved.id, {"zone_id": middle})
            colleague.close()
        return out

    monkeypatch.setattr(data, "load_projects", colleague_between)
    layouts, _summary = printed_plan(any_db, ["东部", "中部"], PrintSettings(period=(Quarter(2024, 1), Quarter(2024, 4))),
                                     2024)
    on_pages = [zone for zone, lay in layouts if moved.id in lay.projects]
    assert on_pages == ["东部"] and len(zones_read) == 2
