"""New SQLite databases are copies of a cached one: the same plan, never half a file."""
from __future__ import annotations

import sqlite3

from milestones.store import _fill_new, open_store
from milestones.store import template
from milestones.store.database import open_database

# columns set to the time a row was written: a template's are its build time
_CLOCK = {"updated_at", "recorded_at"}


def _content(path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        out = {}
        for t in tables:
            cols = [r[1] for r in con.execute(f'PRAGMA table_info("{t}")') if r[1] not in _CLOCK]
            out[t] = con.execute(f'SELECT {", ".join(cols)} FROM "{t}" ORDER BY 1').fetchall()
        out["schema"] = con.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
        return out
    finally:
        con.close()


def test_a_copied_database_holds_exactly_what_loading_the_plan_makes(tmp_path):
    slow = tmp_path / "slow.db"
    db = open_database(slow)
    _fill_new(db, with_sample=True)
    db.close()
    first, second = tmp_path / "first.db", tmp_path / "second.db"
    open_store(first).close()  # builds the template if this machine has none
    open_store(second).close()  # certainly a copy
    expected = _content(slow)
    assert expected["key_project"] and expected["measure_target"]
    assert _content(first) == expected
    assert _content(second) == expected
    assert _content(tmp_path / "second.db")["alembic_version"] == expected["alembic_version"]


def test_an_empty_new_database_has_zones_and_no_plan(tmp_path):
    path = tmp_path / "empty.db"
    open_store(path, with_sample=False).close()
    content = _content(path)
    assert [r[2] for r in content["zone"]] == ["东部", "中部", "西部", "全区"]
    assert content["plan"] == [] and content["key_project"] == []


def test_the_template_changes_with_the_sample_plan(tmp_path, monkeypatch):
    before = template.template_key(True)
    changed = tmp_path / "plan.yaml"
    from milestones import paths

    changed.write_bytes(paths.sample_plan_path().read_bytes() + b"\n# edited\n")
    monkeypatch.setattr(paths, "sample_plan_path", lambda: changed)
    assert template.template_key(True) != before
    assert template.template_key(False) == template.template_key(False)


def test_the_template_changes_with_the_rules_the_plan_is_read_by(tmp_path, monkeypatch):
    # a target's subject or a quarter read differently must not come from an old copy
    names = {f.name for f in template._sources()}
    assert {"target.py", "quarter.py", "plan_document.py", "schema.py"} <= names
    rule = tmp_path / "target.py"
    rule.write_text("A = 1\n")
    monkeypatch.setattr(template, "_sources", lambda: [rule])
    before = template.template_key(True)
    rule.write_text("A = 2\n")
    assert template.template_key(True) != before


def test_without_a_usable_cache_the_database_is_made_directly(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would go")
    monkeypatch.setattr(template, "_cache_dir", lambda: blocker / "templates")
    path = tmp_path / "plan.db"
    db = open_store(path)
    db.close()
    assert len(_content(path)["key_project"]) == 49


def test_an_existing_file_is_never_replaced(tmp_path):
    path = tmp_path / "plan.db"
    db = open_store(path)
    db.close()
    con = sqlite3.connect(path)
    con.execute("UPDATE key_project SET notes = 'mine' WHERE id = 1")
    con.commit()
    con.close()
    assert template.place_new_database(path, True)  # someone else's file appeared first: it is kept
    assert sqlite3.connect(path).execute("SELECT notes FROM key_project WHERE id = 1").fetchone() == ("mine",)
    assert not list(tmp_path.glob(".plan.db.*"))  # no temporary copy left behind


def test_building_templates_leaves_only_the_templates(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    monkeypatch.setattr(template, "_cache_dir", lambda: cache)
    open_store(tmp_path / "a.db").close()
    open_store(tmp_path / "b.db", with_sample=False).close()
    assert sorted(p.name for p in cache.iterdir()) == sorted(
        [f"{template.template_key(True)}.db", f"{template.template_key(False)}.db"])
    assert len(_content(tmp_path / "a.db")["key_project"]) == 49
    assert _content(tmp_path / "b.db")["key_project"] == []
