"""Test settings: Qt offscreen, a throwaway database per test, the seed report."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

# Must be set before any Qt module is imported: CI has no display. The
# offscreen screen is a desktop-sized 1920×1080 (its default is 800×600).
_SCREEN = Path(__file__).with_name("offscreen-screen.json")
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={_SCREEN}")
# Never touch the real user's settings or data directory from a test.
os.environ.setdefault("XDG_CONFIG_HOME", "/tmp/milestones-test-config")
os.environ.setdefault("XDG_CACHE_HOME", "/tmp/milestones-test-cache")  # new-database templates
os.environ.setdefault("XDG_DATA_HOME", "/tmp/milestones-test-data")  # the daily backups of an opened plan

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED_REPORT = SHARED / "seed" / "yuzhong-2024-plan-report.txt"
FIXTURES = SHARED / "fixtures"


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "plan.db"


@pytest.fixture
def db(db_path):
    """A new database holding the bundled 2024 plan."""
    from milestones.store import open_store

    database = open_store(db_path)
    yield database
    database.close()


@pytest.fixture
def plan_with_units(db_path, db, tmp_path):
    """The path of the bundled plan with units named on some projects and targets (the unit forms' lists),
    closed: for a command run against it."""
    from tests.spreadsheet.test_unit_forms import _with_units

    _with_units(db, tmp_path)
    db.close()
    return db_path


@pytest.fixture
def empty_db(tmp_path):
    from milestones.store import open_store

    database = open_store(tmp_path / "empty.db", with_sample=False)
    yield database
    database.close()


# 南岸区's list: no 东部/中部/西部 nor 板块, each project by the street or town it is in
STREET_DISTRICT = ("南岸区2024年重点项目计划表\n序号,所属镇街,项目名称,年度计划投资（亿元）,开工时间\n"
                   "1,南坪街道,南坪商圈提档升级,3,2024年一季度\n2,南坪街道,南坪东路改造,0.9,2024年四季度\n"
                   "3,广阳镇,广阳岛配套道路,2,2024年三季度\n4,弹子石街道,弹子石老街二期,0.8,2024年四季度\n")


@pytest.fixture
def street_district(empty_db, tmp_path):
    """A new database holding 南岸区's 2024 list, imported from its table (see STREET_DISTRICT)."""
    from milestones.spreadsheet.importer import preview, read_import, write

    table = tmp_path / "南岸区2024年重点项目计划表.csv"
    table.write_text(STREET_DISTRICT, encoding="utf-8")
    write(empty_db, preview(empty_db, read_import(table)))
    return empty_db


@pytest.fixture(scope="session")
def pg_server():
    """One throwaway PostgreSQL server for the whole run."""
    from tests.pg import ThrowawayPostgres

    server = ThrowawayPostgres().start()
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server) -> str:
    """A new, empty PostgreSQL database."""
    return pg_server.new_database()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_db(request, tmp_path):
    """The bundled plan in a new database of each kind: the store runs the same on both."""
    from milestones.store import open_store

    target = tmp_path / "plan.db" if request.param == "sqlite" else request.getfixturevalue("pg_url")
    database = open_store(target)
    yield database
    database.close()


@pytest.fixture(scope="session")
def seed_report() -> str:
    if not SEED_REPORT.exists():
        pytest.skip(f"seed report not found at {SEED_REPORT}")
    return SEED_REPORT.read_text(encoding="utf-8")
