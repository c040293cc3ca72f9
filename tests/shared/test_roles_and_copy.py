"""Roles enforced by the database, and exact copies between SQLite and PostgreSQL."""
import subprocess
import sys

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from milestones.store import open_database, open_store
from milestones.store.changes import update_row
from milestones.store.schema import KeyProject


def _cli(*args, input=None):
    return subprocess.run([sys.executable, "-m", "milestones", *args], capture_output=True, text=True,
                          input=input, timeout=180)


@pytest.fixture
def shared(pg_server, pg_url):
    """A shared database with the plan, the roles, a viewer and an editor."""
    open_store(pg_url).close()
    assert _cli("admin", "--db", pg_url, "init-roles").returncode == 0
    import uuid

    viewer, editor = f"v_{uuid.uuid4().hex[:8]}", f"e_{uuid.uuid4().hex[:8]}"
    assert _cli("admin", "--db", pg_url, "add-user", viewer, "--role", "viewer", input="pw1\n").returncode == 0
    assert _cli("admin", "--db", pg_url, "add-user", editor, "--role", "editor", input="pw2\n").returncode == 0
    dbname = pg_url.rsplit("/", 1)[1]
    return (pg_server.url(dbname, viewer, "pw1"), pg_server.url(dbname, editor, "pw2"))


def test_a_viewer_cannot_change_data_even_with_hand_written_sql(shared):
    viewer_url, _ = shared
    db = open_database(viewer_url)
    assert db.can_write() is False
    with pytest.raises(DBAPIError, match="permission denied"):
        with db.engine.begin() as c:
            c.execute(text("UPDATE key_project SET notes = 'x'"))
    with db.read() as s:
        p = s.scalars(select(KeyProject)).first()
    with pytest.raises(DBAPIError, match="permission denied"):
        update_row(db, "key_project", p.id, {"notes": "查看者不能改"})
    db.close()


def test_an_editor_changes_data_but_not_the_schema(shared):
    _, editor_url = shared
    db = open_database(editor_url)
    assert db.can_write() is True
    with db.read() as s:
        p = s.scalars(select(KeyProject)).first()
    update_row(db, "key_project", p.id, {"notes": "编辑者可以改"}, expected_version=p.version)
    with pytest.raises(DBAPIError):
        with db.engine.begin() as c:
            c.execute(text("DROP TABLE key_project"))
    db.close()


def test_copy_sqlite_to_postgresql_and_back_gives_identical_exports(tmp_path, pg_url):
    from milestones.spreadsheet.read import read_workbook
    from milestones.store.changes import add_project

    src = tmp_path / "local.db"
    db = open_store(src)
    add_project(db, 2024, "复制测试项目", planned_start="2024Q2", total_investment=3.5, notes="含“引号”与=号")
    db.close()
    back = tmp_path / "back.db"
    assert _cli("copy", "--from", str(src), "--to", pg_url).returncode == 0
    r = _cli("copy", "--from", pg_url, "--to", str(back))
    assert r.returncode == 0, r.stderr
    for kind, extra in (("key_projects", []), ("measures", []), ("indicator_targets", ["--year", "2024"]),
                        ("indicator_results", ["--year", "2023"])):
        a, b = tmp_path / f"a-{kind}.xlsx", tmp_path / f"b-{kind}.xlsx"
        assert _cli("--db", str(src), "export", kind, str(a), *extra).returncode == 0
        assert _cli("--db", str(back), "export", kind, str(b), *extra).returncode == 0
        assert [s.rows for s in read_workbook(a).sheets] == [s.rows for s in read_workbook(b).sheets], kind
    # and a copy never merges into a plan that is there already
    r = _cli("copy", "--from", str(src), "--to", str(back))
    assert r.returncode != 0 and "已有数据" in r.stderr and "Traceback" not in r.stderr


def test_a_plan_holding_a_nul_from_an_older_version_copies_to_postgresql(tmp_path, pg_url):
    # an older version let a NUL in from a CSV cell; PostgreSQL refused the whole copy ("cannot contain NUL")
    import sqlite3

    from sqlalchemy import select

    from milestones.store.schema import KeyProject

    src = tmp_path / "old.db"
    open_store(src).close()
    with sqlite3.connect(src) as c:
        c.execute("UPDATE key_project SET name = name || char(0) || '坏', notes = 'a' || char(7) WHERE id = 3")
    r = _cli("copy", "--from", str(src), "--to", pg_url)
    assert r.returncode == 0, r.stderr
    db = open_store(pg_url)
    with db.read() as s:
        name, notes = s.execute(select(KeyProject.name, KeyProject.notes).where(KeyProject.id == 3)).one()
    db.close()
    assert name.endswith("坏") and name.isprintable() and notes == "a"


def test_a_copy_from_a_file_not_there_or_holding_no_plan_is_refused(tmp_path):
    # the source was opened as a new, empty plan: the copy "copied 0 rows" and left two empty files behind
    gone, target = tmp_path / "nowhere.db", tmp_path / "new.db"
    r = _cli("copy", "--from", str(gone), "--to", str(target))
    assert r.returncode != 0 and r.stderr.strip() == f"milestones: 没有找到要复制的数据库 {gone}"
    assert not gone.exists() and not target.exists()
    open_store(tmp_path / "empty.db", with_sample=False).close()
    r = _cli("--lang", "en", "copy", "--from", str(tmp_path / "empty.db"), "--to", str(target))
    said = f"milestones: {tmp_path / 'empty.db'} holds no plan: there is nothing to copy"
    assert r.returncode != 0 and r.stderr.strip() == said
    assert not target.exists()


def test_a_user_name_taken_or_a_password_left_empty_is_said(shared, pg_url):
    # a name in use ended in 程序出错 (DuplicateObject); an empty line for the password made a login without one
    from sqlalchemy.engine import make_url

    taken = make_url(shared[1]).username
    r = _cli("admin", "--db", pg_url, "add-user", taken, "--role", "viewer", input="pw\n")
    assert r.returncode == 1 and r.stderr.strip() == f"milestones: 已有名为“{taken}”的用户或角色；请换一个用户名"
    r = _cli("--lang", "en", "admin", "--db", pg_url, "add-user", "nobody_yet", "--role", "viewer", input="\n")
    assert r.returncode == 2 and r.stderr.strip() == (
        "milestones: the password cannot be empty (one line read from standard input)")
    r = _cli("admin", "--db", pg_url, "add-user", "张三", "--role", "viewer", input="pw\n")
    assert r.returncode == 2 and "用户名只能含英文字母、数字和下划线" in r.stderr


def test_a_viewer_opening_an_old_shared_plan_leaves_it_and_no_copy_behind(shared, pg_url, tmp_path, monkeypatch):
    # the upgrade needs an owner's rights: the viewer's try is refused, and the copy made before it (the plan as it
    # still is) was left in the backups folder, one more at every start
    from alembic import command

    from milestones.store import MigrationError
    from milestones.store.database import _alembic_config, head_revision
    from sqlalchemy import create_engine

    viewer_url, _ = shared
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    engine = create_engine(pg_url)
    with engine.connect() as conn, conn.begin():
        command.downgrade(_alembic_config(conn), "0013")
    with pytest.raises(MigrationError, match="您的账号没有升级它的权限；请数据库的管理员先用这个版本打开它一次"):
        open_database(viewer_url)  # it said "must be owner of table plan_entry"
    backups = tmp_path / "data" / "milestones" / "backups"
    assert not list(backups.glob("*.db*"))
    with engine.connect() as c:
        assert c.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0013"
    engine.dispose()
    db = open_database(pg_url)  # its owner upgrades it, keeping the copy
    assert db.backup_path is not None and db.backup_path.exists() and list(backups.glob("*.db")) == [db.backup_path]
    with db.engine.connect() as c:
        assert c.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
    db.close()
