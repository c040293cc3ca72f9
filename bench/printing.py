"""Printing the timeline to PDF: 1,000 projects against 100.

    python bench/printing.py

pdf_ratio: time to print 1,000 projects to PDF divided by the time for 100
(pages grow, the cost per page should not). pages_per_s: pages written per
second for the 1,000. Both measured in this run, in-process, median of 3.
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
from timeline import make_db  # noqa: E402


def timed_print(db, out: Path) -> tuple[float, int]:
    from milestones.cli import ensure_gui_application
    from milestones.domain import Quarter
    from milestones.timeline.paint import Options
    from milestones.timeline.print import PrintSettings, print_to_file

    _app, family = ensure_gui_application()
    s = PrintSettings(title="基准测试", period=(Quarter(2024, 1), Quarter(2024, 4)),
                      options=Options(font_family=family))
    t = time.perf_counter()
    print_to_file(db, out, ["全区"], s, year=2024)
    dt = time.perf_counter() - t
    import re
    import subprocess

    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1)) if info else 0
    return dt, pages


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="ms-print-"))
    small, big = make_db(tmp / "small.db", 100), make_db(tmp / "big.db", 1000)
    timed_print(small, tmp / "warm.pdf")  # fonts and caches, once
    t_small = statistics.median(timed_print(small, tmp / f"s{i}.pdf")[0] for i in range(3))
    runs = [timed_print(big, tmp / f"b{i}.pdf") for i in range(3)]
    t_big = statistics.median(r[0] for r in runs)
    pages = runs[0][1]
    print(f"pages_100={timed_print(small, tmp / 'p.pdf')[1]} pages_1000={pages} t100={t_small:.2f}s t1000={t_big:.2f}s")
    print(f"pdf_ratio={t_big / t_small:.2f} pages_per_s={pages / t_big:.1f}")


if __name__ == "__main__":
    main()
