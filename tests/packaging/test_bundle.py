"""The bundle runs without Python; the wheel installs into a fresh environment."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _xvfb():
    """A virtual screen; Xvfb says on a pipe which display it is once it is ready."""
    import select

    exe = shutil.which("Xvfb")
    if not exe:
        pytest.fail("Xvfb is required (Debian package xvfb; scripts/setup.sh --test installs it)")
    import random

    display = next(n for n in random.Random().sample(range(200, 900), 50)
                   if not os.path.exists(f"/tmp/.X{n}-lock"))
    read, write = os.pipe()
    proc = subprocess.Popen([exe, f":{display}", "-displayfd", str(write), "-screen", "0", "1366x768x24",
                             "-nolisten", "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            pass_fds=(write,))
    os.close(write)
    # poll, not select: select() cannot watch a descriptor numbered past 1023, and a long
    # run of the suite may have that many open by now
    waiting = select.poll()
    waiting.register(read, select.POLLIN)
    ready = waiting.poll(30_000)
    number = os.read(read, 16).decode().strip() if ready else ""
    # the read end stays open while Xvfb runs: it writes the newline after the
    # number, and a closed pipe there is fatal to it
    proc.display_pipe = read
    if not number:
        proc.kill()
        pytest.fail("Xvfb did not start")
    return proc, f":{number}"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    """packaging/build.sh run on a clean checkout of this commit."""
    src = tmp_path_factory.mktemp("checkout") / "milestones"
    subprocess.run(["git", "clone", "-q", str(ROOT), str(src)], check=True)
    # the work tree may hold changes not yet committed: build exactly what is here
    for rel in subprocess.run(["git", "ls-files", "-m", "-o", "--exclude-standard"], cwd=ROOT, capture_output=True,
                              text=True).stdout.split():
        if (ROOT / rel).is_file():
            (src / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / rel, src / rel)
    r = subprocess.run(["bash", "packaging/build.sh"], cwd=src, capture_output=True, text=True, timeout=1500,
                       env=dict(os.environ, PYTHON=sys.executable))
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    return src / "dist"


def _bare_env(home: Path, **extra) -> dict:
    """No Python, no PATH to find one: only what the bundle carries."""
    env = {"HOME": str(home), "PATH": "/nonexistent", "XDG_DATA_HOME": str(home / "data"),
           "XDG_CONFIG_HOME": str(home / "config")}
    env.update(extra)
    return env


@pytest.mark.slow
def test_the_bundle_answers_prints_and_opens_without_python(bundle, tmp_path):
    exe = bundle / "milestones" / "milestones"
    assert exe.exists()
    env = _bare_env(tmp_path)
    r = subprocess.run([str(exe), "info", "--json"], capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    import json

    info = json.loads(r.stdout)
    assert info["key_projects"]["stated"] == 65 and info["quarters"]["2024Q1"]["starts_stated"] == 5
    pdf = tmp_path / "x.pdf"
    r = subprocess.run([str(exe), "print", "--zone", "东部", "--out", str(pdf)], capture_output=True, text=True,
                       env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "区域：东部" in text.replace(" ", "") and "磨房巷片区整体更新" in text.replace(" ", "")
    # OpenCC's dictionaries came along: a list in traditional characters reads as the plan's own projects
    src = tmp_path / "繁體.csv"
    src.write_text("2024年重點項目計劃表\n序號,項目名稱,總投資（億元）\n1,磨房巷片區整體更新,5\n", encoding="utf-8")
    r = subprocess.run([str(exe), "import", str(src), "--dry-run", "--json"], capture_output=True, text=True, env=env,
                       timeout=120)
    assert r.returncode == 0, r.stderr
    (table,) = json.loads(r.stdout)["tables"]
    assert [rec["name"] for rec in table["records"]] == ["磨房巷片区整体更新"] and table["diff"]["new"] == 0
    xvfb, display = _xvfb()
    try:
        gui = subprocess.Popen([str(exe)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env=_bare_env(tmp_path, DISPLAY=display))
        try:
            gui.wait(timeout=5)  # the test is exactly this: still up after five seconds
            alive = False
        except subprocess.TimeoutExpired:
            alive = True
        gui.terminate()
        out, err = gui.communicate(timeout=30)
    finally:
        xvfb.terminate()
        xvfb.wait(10)
        os.close(xvfb.display_pipe)
    assert alive, err
    bad = [line for line in err.splitlines() if any(w in line for w in ("Error", "error", "Traceback", "Fatal",
                                                                          "Could not", "could not"))]
    assert not bad, err


@pytest.mark.slow
def test_the_bundle_carries_what_it_needs(bundle):
    internal = bundle / "milestones" / "_internal"
    assert list((internal / "resources" / "i18n").glob("*.qm"))
    assert (internal / "resources" / "fonts" / "wqy-microhei.ttc").exists()
    assert (internal / "resources" / "plans" / "yuzhong-2024.yaml").exists()
    assert (internal / "resources" / "help" / "guide_zh.md").exists()  # F1's 使用说明
    assert (internal / "db" / "versions").is_dir()
    plugins = internal / "PySide6" / "Qt" / "plugins"
    for folder in ("platforms", "imageformats"):
        assert (plugins / folder).is_dir(), folder
    assert not list(internal.glob("**/libQt6WebEngine*"))  # only the Qt modules we use
    assert (bundle / "milestones" / "milestones.desktop").exists()


@pytest.mark.slow
def test_the_wheel_installs_into_a_fresh_environment(bundle, tmp_path):
    (wheel,) = bundle.glob("milestones-*.whl")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    r = subprocess.run([str(venv / "bin" / "pip"), "install", "-q", "--disable-pip-version-check", str(wheel)],
                       capture_output=True, text=True, timeout=1200)
    assert r.returncode == 0, r.stderr[-3000:]
    r = subprocess.run([str(venv / "bin" / "milestones"), "--db", str(tmp_path / "w.db"), "info"],
                       capture_output=True, text=True, timeout=120, env=_bare_env(tmp_path, PATH=str(venv / "bin")))
    assert r.returncode == 0, r.stderr
    assert "2024年一季度" in r.stdout
    code = ("from milestones import paths; import sys; "
            "sys.exit(0 if (paths.resources_dir() / 'i18n' / 'milestones_en.qm').exists()"
            " and (paths.resources_dir() / 'help' / 'guide_en.md').exists() else 1)")
    assert subprocess.run([str(venv / "bin" / "python"), "-c", code]).returncode == 0
