"""Ctrl+C in the terminal the program was started from, and the session's SIGTERM at logout, close the window
as the planner would: no "出错了：KeyboardInterrupt" box at the next click, the window's layout saved."""
import os
import signal
import subprocess
import sys

import pytest

STARTED = """
import sys
from PySide6.QtCore import QTimer
from milestones.app import Application, default_args

app = Application(default_args(db=sys.argv[1], testing=False))
QTimer.singleShot(0, lambda: print("up", flush=True))  # the event loop runs, the handlers are in place
sys.exit(app.run())
"""


@pytest.mark.parametrize("number", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP],
                         ids=["ctrl-c", "sigterm", "terminal-closed"])
def test_a_signal_closes_the_window_as_the_planner_would(tmp_path, number):
    env = dict(os.environ, HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_STATE_HOME=str(tmp_path / "state"),
               XDG_CACHE_HOME=str(tmp_path / "cache"))
    # (a CI job started in the background may hand its children Ctrl+C ignored: this one gets it as a terminal would)
    p = subprocess.Popen([sys.executable, "-c", STARTED, str(tmp_path / "plan.db")], env=env, stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT, text=True,
                         preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        for line in p.stdout:  # (the offscreen platform says a word of its own first)
            if line.strip() == "up":
                break
        else:
            pytest.fail("the program ended before its window was up")
        p.send_signal(number)
        out = p.communicate(timeout=60)[0]
    finally:
        if p.poll() is None:
            p.kill()
            p.wait(timeout=30)
    assert p.returncode == 0, out
    assert "KeyboardInterrupt" not in out and "Traceback" not in out, out
    settings = (tmp_path / "config" / "milestones" / "milestones.conf").read_text(encoding="utf-8")
    assert "geometry=" in settings  # closed as a window is: its layout kept for the next start
