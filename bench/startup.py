"""Time to the first painted main window: 50,000 key projects against the bundled plan.

    python bench/startup.py [N]

open_ratio: whole-process time from start to the project table's first
paint with a database of N key projects, divided by the same with the bundled
2024 plan (median of 3 each, measured in this run). rss_mb: the resident
size of the N-project process at that moment.
"""
from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

PROBE = r"""
import os, resource, sys, time
t0 = float(sys.argv[2])
from PySide6.QtCore import QSettings, QTimer
from milestones.app import Application, default_args
app = Application(default_args(db=sys.argv[1]))
app.settings = QSettings(sys.argv[3], QSettings.IniFormat)
def first_paint():
    app.window.grab()  # render the whole window once, as its first paint does
    rows = app.window.project_model.rowCount()
    print(f"first_paint_s={time.time() - t0:.3f} rss_mb={resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} rows={rows}")
    os._exit(0)
app.open(app.args.db)
QTimer.singleShot(0, first_paint)
app.app.exec()
"""


def probe(db: Path, ini: Path) -> tuple[float, float]:
    # the day's backup of the opened plan goes to the bench's own folder, never the user's data folder
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               XDG_DATA_HOME=str(ini.parent / "data"))
    out = subprocess.run([sys.executable, "-c", PROBE, str(db), repr(time.time()), str(ini)], capture_output=True,
                         text=True, env=env, timeout=300).stdout
    m = re.search(r"first_paint_s=([\d.]+) rss_mb=(\d+)", out)
    if not m:
        raise SystemExit(f"probe failed: {out}")
    return float(m.group(1)), float(m.group(2))


def main() -> None:
    from timeline import make_db

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    tmp = Path(tempfile.mkdtemp(prefix="ms-startup-"))
    from milestones.store import open_store

    open_store(tmp / "bundled.db").close()
    big = make_db(tmp / "big.db", n)
    big.close()
    ini = tmp / "settings.ini"
    probe(tmp / "bundled.db", ini)  # warm the disk cache once
    small = [probe(tmp / "bundled.db", ini) for _ in range(3)]
    large = [probe(tmp / "big.db", ini) for _ in range(3)]
    t_small = statistics.median(t for t, _ in small)
    t_large = statistics.median(t for t, _ in large)
    print(f"projects={n} bundled_s={t_small:.2f} large_s={t_large:.2f}")
    print(f"open_ratio={t_large / t_small:.2f} rss_mb={max(r for _, r in large):.0f}")


if __name__ == "__main__":
    main()
