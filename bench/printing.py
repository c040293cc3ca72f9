"""Printing the timeline to PDF: 1,000 projects against 100.

    python bench/printing.py

pdf_ratio: a whole `milestones print --out x.pdf` process for 1,000 projects
divided by the same for 100 — how long a planner waits (pages grow; the cost
per page must not). pages_per_s: pages rendered per second for the 1,000,
in-process, without start-up. The in-process ratio is printed too. Medians of
five runs, measured in this run.
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

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
from timeline import make_db  # noqa: E402


def pages_of(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    m = re.search(r"Pages:\s+(\d+)", info)
    return int(m.group(1)) if m else 0


def in_process(db, out: Path) -> float:
    from milestones.cli.printing import ensure_gui_application
    from milestones.domain import Quarter
    from milestones.timeline.paint import Options
    from milestones.timeline.print import PrintSettings, print_to_file

    _app, family = ensure_gui_application()
    s = PrintSettings(title="基准测试", period=(Quarter(2024, 1), Quarter(2024, 4)),
                      options=Options(font_family=family))
    t = time.perf_counter()
    print_to_file(db, out, ["全区"], s, year=2024)
    return time.perf_counter() - t


def whole_process(db_path: Path, out: Path) -> float:
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "milestones", "--db", str(db_path), "print", "--out", str(out)],
                   check=True, capture_output=True)
    return time.perf_counter() - t


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="ms-print-"))
    small, big = make_db(tmp / "small.db", 100), make_db(tmp / "big.db", 1000)
    in_process(small, tmp / "warm.pdf")  # fonts and caches, once
    runs = 5
    p_small = statistics.median(whole_process(tmp / "small.db", tmp / f"s{i}.pdf") for i in range(runs))
    p_big = statistics.median(whole_process(tmp / "big.db", tmp / f"b{i}.pdf") for i in range(runs))
    i_small = statistics.median(in_process(small, tmp / f"is{i}.pdf") for i in range(runs))
    i_big = statistics.median(in_process(big, tmp / f"ib{i}.pdf") for i in range(runs))
    pages = pages_of(tmp / "b0.pdf")
    print(f"pages_100={pages_of(tmp / 's0.pdf')} pages_1000={pages} process_100={p_small:.2f}s "
          f"process_1000={p_big:.2f}s render_100={i_small:.3f}s render_1000={i_big:.3f}s "
          f"render_ratio={i_big / i_small:.2f}")
    print(f"pdf_ratio={p_big / p_small:.2f} pages_per_s={pages / i_big:.1f}")


if __name__ == "__main__":
    main()
