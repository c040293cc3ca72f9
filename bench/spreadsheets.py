"""Import and export of 50,000 key projects, against the bare libraries.

    python bench/spreadsheets.py [N]

import_ratio: a whole `milestones import` process into a new SQLite database,
divided by a process that only parses the same file with python-calamine.
export_ratio: a whole `milestones export key_projects` process, divided by a
process that writes the same values with openpyxl's write-only mode.
peak_mb: the largest resident size of the milestones processes.
Each figure is the median of three runs, measured in this one run.
"""
from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_data import write_projects_xlsx  # noqa: E402

PY = sys.executable
PARSE_ONLY = """
import sys, python_calamine as pc
wb = pc.CalamineWorkbook.from_path(sys.argv[1])
rows = [wb.get_sheet_by_name(n).to_python() for n in wb.sheet_names]
print(sum(len(r) for r in rows))
"""
WRITE_ONLY = """
import sys
from openpyxl import Workbook
sys.path.insert(0, sys.argv[3])
from make_data import HEADER, project_rows
wb = Workbook(write_only=True)
ws = wb.create_sheet("重点项目")
ws.append(["2024年重点项目季度计划表"])
ws.append(HEADER)
for row in project_rows(int(sys.argv[2])):
    ws.append(row)
wb.save(sys.argv[1])
"""


def run(args: list[str]) -> tuple[float, float]:
    """Wall time of a whole process and its peak RSS in MB."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t = time.perf_counter()
    p = subprocess.run(args, capture_output=True, text=True)
    dt = time.perf_counter() - t
    if p.returncode not in (0,):
        raise SystemExit(f"failed: {' '.join(args)}\n{p.stdout[-2000:]}\n{p.stderr[-2000:]}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return dt, max(peak, before) / 1024


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    tmp = Path(tempfile.mkdtemp(prefix="ms-bench-"))
    _compiled()
    try:
        src = write_projects_xlsx(tmp / "projects.xlsx", n)
        milestones = [PY, "-m", "milestones"]
        imports, parses, exports, writes, peaks = [], [], [], [], []
        for i in range(3):
            parses.append(run([PY, "-c", PARSE_ONLY, str(src)])[0])
            db = tmp / f"new-{i}.db"
            dt, _ = run([*milestones, "--db", str(db), "import", str(src)])
            imports.append(dt)
            peaks.append(_peak([*milestones, "--db", str(db), "import", str(src)]))
            writes.append(run([PY, "-c", WRITE_ONLY, str(tmp / "w.xlsx"), str(n), str(Path(__file__).parent)])[0])
            # the same values as the openpyxl baseline: the table, without the 横道图 sheet
            export = [*milestones, "--db", str(db), "export", "key_projects", "--no-timeline"]
            exports.append(run([*export, str(tmp / "e.xlsx")])[0])
            peaks.append(_peak([*export, str(tmp / "e2.xlsx")]))
        imp, par = statistics.median(imports), statistics.median(parses)
        exp, wri = statistics.median(exports), statistics.median(writes)
        print(f"rows={n} import_s={imp:.2f} parse_s={par:.2f} export_s={exp:.2f} openpyxl_write_only_s={wri:.2f}")
        print(f"import_ratio={imp / par:.2f} export_ratio={exp / wri:.2f} peak_mb={max(peaks):.0f}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _compiled() -> None:
    """The package's bytecode, as an installed package has it (pip compiles a wheel's modules as it installs them):
    from a source tree where PYTHONDONTWRITEBYTECODE is set, each measured process compiled some fifty modules again,
    which no user's process does (scripts/setup.sh compiles them too)."""
    import compileall

    import milestones

    compileall.compile_dir(Path(milestones.__file__).parent, quiet=1)


def _peak(args: list[str]) -> float:
    """Peak RSS of one process (its own, not the children's high-water mark)."""
    p = subprocess.Popen(["/usr/bin/time", "-f", "%M", *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                         text=True) if shutil.which("time") or os.path.exists("/usr/bin/time") else None
    if p is None:
        return 0.0
    _, err = p.communicate()
    try:
        return int(err.strip().splitlines()[-1]) / 1024
    except (ValueError, IndexError):
        return 0.0


if __name__ == "__main__":
    main()
