"""Opening an older database upgrades it, after keeping a backup; the models match the migrations."""
import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine

from milestones.store import MigrationError, open_database, open_store
from milestones.store.database import head_revision, upgrade
from milestones.store.schema import Base


def _make_first_version(path):
    engine = create_engine(f"sqlite:///{path}")
    upgrade(engine, "0001")
    with engine.begin() as c:
        c.exec_driver_sql("INSERT INTO zone (id, code, name, sort_order) VALUES (1, 'east', '东部', 1)")
        c.exec_driver_sql("INSERT INTO plan (id, year, jurisdiction, title) VALUES (1, 2024, 'X区', 'X区2024年计划')")
        c.exec_driver_sql(
            "INSERT INTO key_project (id, name, name_key, zone_id, planned_start, version) "
            "VALUES (1, '老项目', '老项目', 1, 8097, 1)")
        c.exec_driver_sql("INSERT INTO plan_entry (plan_id, project_id, nature, on_list, version) VALUES (1, 1, '续建', 1, 1)")
    engine.dispose()


def test_a_first_version_database_opens_under_the_newest_with_data_and_backup(tmp_path):
    path = tmp_path / "old.db"
    _make_first_version(path)
    db = open_database(path)
    try:
        assert db.backup_path is not None and db.backup_path.exists()
        assert db.backup_path.parent == path.parent
        with db.engine.connect() as c:
            assert c.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == head_revision()
            assert c.exec_driver_sql("SELECT name, planned_start FROM key_project").one() == ("老项目", 8097)
            assert c.exec_driver_sql("SELECT count(*) FROM plan_entry").scalar() == 1
            c.exec_driver_sql("SELECT count(*) FROM setting").scalar()
    finally:
        db.close()
    # the backup is the old database, still at the first version
    with sqlite3.connect(db.backup_path) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert old.execute("SELECT name FROM key_project").fetchone() == ("老项目",)


def test_an_up_to_date_database_is_not_backed_up_again(tmp_path):
    path = tmp_path / "plan.db"
    open_store(path).close()
    db = open_database(path)
    assert db.backup_path is None
    db.close()
    assert [p.name for p in tmp_path.iterdir() if ".backup-" in p.name] == []


def test_a_file_that_is_not_a_plan_database_is_refused_untouched(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as c:
        c.execute("CREATE TABLE something (x)")
    before = path.read_bytes()
    with pytest.raises(MigrationError, match="不是 milestones"):
        open_database(path)
    assert path.read_bytes() == before


def test_the_models_and_the_newest_migration_agree(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'm.db'}")
    upgrade(engine)
    with engine.connect() as c:
        diff = compare_metadata(MigrationContext.configure(c, opts={"compare_type": True}), Base.metadata)
    assert diff == []


def test_a_new_database_has_the_same_schema_as_one_built_by_every_migration(tmp_path):
    from sqlalchemy import inspect

    migrated = create_engine(f"sqlite:///{tmp_path / 'migrated.db'}")
    upgrade(migrated)
    fresh = open_store(tmp_path / "fresh.db", with_sample=False)

    def shape(engine):
        insp = inspect(engine)
        return {t: (sorted((c["name"], str(c["type"]), c["nullable"]) for c in insp.get_columns(t)),
                    sorted(str(sorted(i["column_names"])) for i in insp.get_indexes(t)),
                    sorted(str(sorted(u["column_names"])) for u in insp.get_unique_constraints(t)),
                    sorted(str((fk["constrained_columns"], fk["referred_table"])) for fk in insp.get_foreign_keys(t)))
                for t in insp.get_table_names()}

    assert shape(migrated) == shape(fresh.engine)
    with fresh.engine.connect() as c:
        assert c.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == head_revision()
    fresh.close()


def test_sqlite_runs_with_wal_and_foreign_keys(db):
    with db.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_a_new_database_passes_integrity_check(db):
    with db.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        assert c.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []


def test_the_head_revision_read_from_the_scripts_is_alembics(tmp_path):
    from alembic.script import ScriptDirectory

    from milestones.store.database import _alembic_config

    assert head_revision() == ScriptDirectory.from_config(_alembic_config()).get_current_head()


def _downgrade(path, revision):
    """``path`` taken back to ``revision`` (foreign keys off, as the upgrade runs)."""
    from alembic import command

    from milestones.store.database import _alembic_config

    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
        with conn.begin():
            command.downgrade(_alembic_config(conn), revision)
    engine.dispose()


def test_a_whole_plan_at_the_second_version_upgrades_with_every_row(tmp_path):
    # 0003 rebuilds six tables on SQLite: every row of the bundled plan must come through
    path = tmp_path / "plan.db"
    open_store(path).close()
    _downgrade(path, "0002")
    tables = ["key_project", "plan_entry", "list_change", "measure", "measure_target", "indicator", "indicator_year",
              "milestone", "quarter_investment"]
    with sqlite3.connect(path) as c:
        before = {t: c.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
        assert c.execute("SELECT version_num FROM alembic_version").fetchone() == ("0002",)
    assert before["plan_entry"] > 40 and before["measure_target"] > 100
    db = open_database(path)
    try:
        assert db.backup_path is not None
        with db.engine.connect() as c:
            assert {t: c.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar() for t in tables} == before
            assert c.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert c.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    finally:
        db.close()


def test_a_database_a_newer_version_upgraded_is_refused_clearly_and_left_as_it_was(tmp_path):
    # a shared plan a colleague's newer milestones upgraded: Alembic failed after a backup, saying only
    # that a revision could not be located
    path = tmp_path / "plan.db"
    open_store(path).close()
    eng = create_engine(f"sqlite:///{path}")
    with eng.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0099'")
    eng.dispose()
    before = path.read_bytes()
    with pytest.raises(MigrationError) as err:
        open_database(path)
    assert "由较新版本的 milestones 升级过（数据库版本 0099" in str(err.value) and head_revision() in str(err.value)
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("plan.db.backup*"))


def test_every_column_pointing_at_a_row_that_can_be_deleted_is_indexed():
    # a deleted project or plan has the database find the rows pointing at it, once per deleted row: without
    # an index each look read the whole table (undoing a 50,000-project import took 147 s; 0.4 s with them)
    from milestones.store.schema import Base

    unindexed = []
    for table in Base.metadata.tables.values():
        leading = {ix.columns[0].name for ix in table.indexes}
        leading |= {c.columns[0].name for c in table.constraints if hasattr(c, "columns") and len(c.columns)
                    and c.__class__.__name__ in ("UniqueConstraint", "PrimaryKeyConstraint")}
        for fk in table.foreign_keys:
            if fk.ondelete == "CASCADE" and fk.parent.name not in leading:
                unindexed.append(f"{table.name}.{fk.parent.name}")
    assert unindexed == []


def test_a_year_kept_as_typed_is_kept_as_read_on_upgrade(tmp_path):
    # "计划2024年开工", "已于2023年开工", "二〇二五年竣工" were kept as typed before session 54, and the lights read no
    # year from them (the start never due): opening such a database rewrites them as the import keeps them now
    path = tmp_path / "plan.db"
    open_store(path).close()
    _downgrade(path, "0019")
    typed = {"甲": ("计划2024年开工", None), "乙": ("已于2023年开工", "二〇二五年竣工"), "丙": ("２０２４年开工", "长期"),
             "丁": ("2024年开工", "待定"), "戊": ("计划2024年3月开工", None)}
    with sqlite3.connect(path) as c:
        for n, (name, (start, completion)) in enumerate(typed.items(), start=900):
            c.execute("INSERT INTO key_project (id, name, name_key, planned_start_text, planned_completion_text, version)"
                      " VALUES (?, ?, ?, ?, ?, 1)", (n, name, name, start, completion))
        # a quarter beside the words: the words are the plan's remark, left as they are
        c.execute("INSERT INTO key_project (id, name, name_key, planned_start, planned_start_text, version)"
                  " VALUES (999, '己', '己', 8097, '计划2024年开工', 1)")
    db = open_database(path)
    try:
        assert db.backup_path is not None
        with db.engine.connect() as c:
            got = dict((name, (s, e)) for name, s, e in c.exec_driver_sql(
                "SELECT name, planned_start_text, planned_completion_text FROM key_project WHERE id >= 900"))
    finally:
        db.close()
    assert got == {"甲": ("2024年开工", None), "乙": ("2023年开工", "2025年竣工"), "丙": ("2024年开工", "长期"),
                   "丁": ("2024年开工", "待定"), "戊": ("计划2024年3月开工", None), "己": ("计划2024年开工", None)}
