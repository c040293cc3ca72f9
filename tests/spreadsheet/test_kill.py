"""A kill at any moment of an import leaves a database that opens, is
consistent, and holds all of that import or none of it."""
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from make_data import write_projects_xlsx  # noqa: E402

ROWS = 10_000


@pytest.mark.slow
def test_sigkill_during_a_10000_row_import_twenty_times(tmp_path):
    from milestones.store import open_store

    src = write_projects_xlsx(tmp_path / "projects.xlsx", ROWS)
    base = tmp_path / "base.db"
    open_store(base).close()
    with sqlite3.connect(base) as c:
        before = c.execute("SELECT count(*) FROM key_project").fetchone()[0]
    cmd = [sys.executable, "-m", "milestones", "--db"]
    # how long a whole import takes here, so the kills land across all of it
    probe = tmp_path / "probe.db"
    shutil.copy(base, probe)
    t = time.perf_counter()
    subprocess.run([*cmd, str(probe), "import", str(src)], check=True, capture_output=True, timeout=300)
    full = time.perf_counter() - t
    rnd = random.Random(20241128)
    outcomes = []
    for i in range(20):
        db = tmp_path / f"kill-{i}.db"
        shutil.copy(base, db)
        p = subprocess.Popen([*cmd, str(db), "import", str(src)], stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
        delay = rnd.uniform(0.05, full * 1.05)
        try:
            p.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            os.kill(p.pid, signal.SIGKILL)
            p.wait(timeout=30)
        with sqlite3.connect(db) as c:
            assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert c.execute("PRAGMA foreign_key_check").fetchall() == []
            n = c.execute("SELECT count(*) FROM key_project").fetchone()[0]
            entries = c.execute("SELECT count(*) FROM plan_entry").fetchone()[0]
        assert n in (before, before + ROWS), (i, delay, n)
        assert entries == n  # every project on the list, or none of the import at all
        outcomes.append(n == before + ROWS)
        # and the app opens it as usual
        open_store(db).close()
    print(f"imports killed before commit: {outcomes.count(False)}, completed: {outcomes.count(True)}")
    assert outcomes.count(False) >= 5  # the kills did land inside imports
