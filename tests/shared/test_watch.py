"""Another person's change is noticed; one's own is not mistaken for it."""
import subprocess
import sys

import pytest
from sqlalchemy import select

from milestones.store import open_store
from milestones.store.changes import update_row
from milestones.store.schema import KeyProject
from milestones.store.watch import ChangeWatcher


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_a_change_from_another_process_is_noticed(kind, tmp_path, request):
    target = str(tmp_path / "plan.db") if kind == "sqlite" else request.getfixturevalue("pg_url")
    db = open_store(target)
    w = ChangeWatcher(db)
    assert w.poll() is False  # connects
    assert w.poll() is False  # nothing happened
    with db.read() as s:
        pid = s.scalars(select(KeyProject.id)).first()
    code = ("import sys; from milestones.store import open_database; from milestones.store.changes import update_row;"
            f"db = open_database({db.url!r}); update_row(db, 'key_project', {pid}, {{'notes': '他人修改'}})")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)
    assert w.poll() is True
    assert w.poll() is False
    update_row(db, "key_project", pid, {"notes": "自己修改"})
    assert w.poll() is False  # our own write is not someone else's
    # ours and another's between two polls: theirs is not hidden by ours
    update_row(db, "key_project", pid, {"notes": "自己再改"})
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)
    update_row(db, "key_project", pid, {"notes": "自己又改"})
    assert w.poll() is True
    assert w.poll() is False
    w.close()
    db.close()

