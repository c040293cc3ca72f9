"""Timeline paint time with 50,000 projects against 100, and the layout build time.

    python bench/timeline.py [N]

paint_ratio: median frame time of a 1600×1000 timeline while panning and
zooming, with N projects, divided by the same with 100 projects.
frame_ms: that median with N projects. layout_s: building the layout for N.
edit_ratio: the time from an edit of one project (its unit) to the timeline showing it,
with N projects against 100 (edit_ms: with N; it read and laid out all N again before).
All measured in this one run, offscreen.
"""
from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_data import write_projects_xlsx  # noqa: E402


def make_db(path: Path, n: int):
    from milestones.spreadsheet.importer import read_import, write
    from milestones.store import open_store

    db = open_store(path, with_sample=False)
    src = write_projects_xlsx(path.with_suffix(".xlsx"), n)
    write(db, read_import(src, "key_projects", 2024))
    return db


def frames(db, n_frames: int = 60) -> list[float]:
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QApplication

    from milestones.domain import Quarter
    from milestones.ui.operations import Operations
    from milestones.ui.timeline_view import TimelineView

    app = QApplication.instance() or QApplication([])
    tl = TimelineView(Operations(db), 2024)
    tl.resize(1600 + tl.labels.width() + 20, 1000 + 80)
    tl.show()
    app.processEvents()
    tl.plot.resize(1600, 1000)
    app.processEvents()
    image = QImage(1600, 1000, QImage.Format_ARGB32_Premultiplied)
    rows = tl.layout_.rows
    times = []
    for i in range(n_frames):
        # pan down the list and across the years, zooming in and out as a planner does
        width = [4, 8, 2, 12, 1][i % 5]
        x0 = Quarter(2024, 1).index + (i % 7) - 2
        top = (i * 997) % max(1, rows - 40)
        tl.vb.setRange(xRange=(x0, x0 + width), yRange=(top, top + tl.rows_in_view()), padding=0)
        app.processEvents()
        image.fill(0)
        t = time.perf_counter()
        p = QPainter(image)
        tl.plot.render(p)
        p.end()
        times.append(time.perf_counter() - t)
    tl.close()
    return times


def edit_ms(db, n_edits: int = 5) -> float:
    """Median time to show one edit of a project in the timeline, from the change to its row."""
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    from milestones.store.schema import KeyProject
    from milestones.ui.operations import Operations
    from milestones.ui.timeline_view import TimelineView
    from milestones.ui.undo import EditCommand, FieldEdit, push

    app = QApplication.instance() or QApplication([])
    ops = Operations(db)
    tl = TimelineView(ops, 2024)
    tl.resize(1200, 800)
    tl.show()
    app.processEvents()
    times = []
    for i in range(n_edits):
        with db.read() as s:
            p = s.scalars(select(KeyProject).order_by(KeyProject.id).offset(i * 7).limit(1)).one()
            pid, old, version = p.id, p.responsible_unit, p.version
        push(ops, EditCommand(ops, [FieldEdit("key_project", pid, "responsible_unit", old, f"单位{i}", version)], "bench"))
        tl._reload_timer.stop()  # time the catch-up itself, not the timer's wait
        t = time.perf_counter()
        tl._catch_up()
        app.processEvents()
        times.append(time.perf_counter() - t)
        assert tl.layout_.units[tl.layout_.row_of[pid]] == f"单位{i}"
    tl.close()
    return statistics.median(times) * 1000


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    tmp = Path(tempfile.mkdtemp(prefix="ms-timeline-"))
    big, small = make_db(tmp / "big.db", n), make_db(tmp / "small.db", 100)
    frames(small, 10)  # warm up fonts and caches once
    big_ms = statistics.median(frames(big)) * 1000
    small_ms = statistics.median(frames(small)) * 1000

    from milestones.domain import Quarter
    from milestones.store.project_rows import ProjectFilter, timeline_rows
    from milestones.timeline.layout import TimelineProject, build_layout

    with big.read() as s:
        rows = timeline_rows(s, ProjectFilter(year=2024))
    projects = [TimelineProject(*r[:8], responsible_unit=r[8], nature=r[9]) for r in rows]
    t = time.perf_counter()
    build_layout(projects, at=Quarter(2024, 4))
    layout_s = time.perf_counter() - t
    edit_small, edit_big = edit_ms(small), edit_ms(big)
    print(f"projects={n} frame_ms_100={small_ms:.2f} rows={len(rows)} edit_ms_100={edit_small:.1f}")
    print(f"paint_ratio={big_ms / small_ms:.2f} frame_ms={big_ms:.2f} layout_s={layout_s:.2f} "
          f"edit_ratio={edit_big / edit_small:.2f} edit_ms={edit_big:.1f}")


if __name__ == "__main__":
    main()
