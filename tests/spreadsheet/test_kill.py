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


@pytest.mark.slow
def test_ctrl_c_during_an_import_says_so_in_a_line_and_keeps_all_or_nothing(tmp_path):
    # Ctrl+C printed a page of Python traceback; the database was safe, the planner could not tell
    src = write_projects_xlsx(tmp_path / "projects.xlsx", ROWS)
    cmd = [sys.executable, "-m", "milestones", "--db"]
    rnd = random.Random(20261203)
    interrupted = 0
    for i in range(5):
        db = tmp_path / f"int-{i}.db"
        p = subprocess.Popen([*cmd, str(db), "import", str(src)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                             text=True, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
        try:
            p.wait(timeout=rnd.uniform(0.3, 1.2))
        except subprocess.TimeoutExpired:
            p.send_signal(signal.SIGINT)
        err = p.communicate(timeout=60)[1]
        assert "Traceback" not in err, err
        if p.returncode == 130:
            interrupted += 1
            assert "milestones: 已中断（Ctrl+C）：未完成的操作没有留下改了一半的数据或文件" in err
        else:
            assert p.returncode == 0, err
        if db.exists():
            with sqlite3.connect(db) as c:
                assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
                n = c.execute("SELECT count(*) FROM key_project").fetchone()[0]
            assert n == ROWS if p.returncode == 0 else n in (0, ROWS)  # (a Ctrl+C after the commit keeps it)
    assert interrupted >= 2  # the interrupts did land inside imports


def test_ctrl_c_landing_where_python_cannot_raise_it_still_stops_the_command_in_one_line(tmp_path):
    # Ctrl+C inside a weakref's callback (a module imported on the thread loading the database code beside the
    # parse) printed "Exception ignored in …" and a traceback, and was lost: the import ran on to the end
    script = (
        "import sys, time, milestones.cli as cli\n"
        "class Lost:\n"
        "    def __del__(self): raise KeyboardInterrupt  # where Python can only print it\n"
        "def cmd(args):\n"
        "    Lost()\n"
        "    t = time.monotonic()\n"
        "    while time.monotonic() - t < 30: pass  # the import that went on\n"
        "    print('ran to the end')\n"
        "    return 0\n"
        "cli.COMMANDS['info'] = cmd\n"
        f"sys.exit(cli.main(['--db', {str(tmp_path / 'p.db')!r}, 'info']))\n")
    p = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert "Traceback" not in p.stderr and "Exception ignored" not in p.stderr, p.stderr
    assert "ran to the end" not in p.stdout
    assert "milestones: 已中断（Ctrl+C）：未完成的操作没有留下改了一半的数据或文件" in p.stderr
    assert p.returncode == 130


def test_ctrl_c_after_the_command_has_done_its_work_changes_nothing(tmp_path):
    # an interrupt landing after main() returned (the import written whole and said) was raised outside its handler:
    # "已中断（Ctrl+C）：尚未开始任何操作" and the status of a killed process (-2), found by the import's Ctrl+C test
    script = (
        "import signal, sys, milestones.cli as cli\n"
        f"sys.argv = ['milestones', '--db', {str(tmp_path / 'p.db')!r}, 'info']\n"
        "code = cli.main()\n"
        "print('ignored' if signal.getsignal(signal.SIGINT) is signal.SIG_IGN else 'raised')\n"
        "signal.raise_signal(signal.SIGINT)  # the late Ctrl+C\n"
        "print('exit', code)\n")
    p = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert p.returncode == 0 and "Traceback" not in p.stderr and "已中断" not in p.stderr, p.stderr
    assert p.stdout.splitlines()[-2:] == ["ignored", "exit 0"]
    # a caller of main() (a script, a test) keeps its own Ctrl+C
    script = ("import signal, milestones.cli as cli\n"
              f"cli.main(['--db', {str(tmp_path / 'p.db')!r}, 'info'])\n"
              "print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)\n")
    p = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert p.stdout.splitlines()[-1] == "True", p.stderr


def test_ctrl_c_while_the_command_line_is_still_loading_is_one_line():
    # an interrupt in the first hundredths of a second landed in the module imports or the argument parser, before
    # main() catches it, and printed a traceback; here it arrives right after the command line's module has loaded
    for lang, line in (("zh", "milestones: 已中断（Ctrl+C）：尚未开始任何操作"),
                       ("en", "milestones: Interrupted (Ctrl+C) before any work began")):
        p = subprocess.run([sys.executable, "-c", "import milestones.cli; raise KeyboardInterrupt", "--lang", lang],
                           capture_output=True, text=True, timeout=60)
        assert "Traceback" not in p.stderr, p.stderr
        assert p.stderr.strip() == line
        assert p.returncode != 0  # the shell still sees an interrupted command
    # any other error is still reported by Python as it was
    p = subprocess.run([sys.executable, "-c", "import milestones.cli; raise ValueError('x')"], capture_output=True,
                       text=True, timeout=60)
    assert "Traceback" in p.stderr and "ValueError: x" in p.stderr
