"""The command line without --db works on the plan the desktop program opened last, as the window starts on it: a
district that made its own plan file found `milestones export` writing the bundled sample's 49 projects instead."""
import json
import os
import subprocess
import sys

from python_calamine import CalamineWorkbook


def run(env, *args):
    return subprocess.run([sys.executable, "-m", "milestones", *args], capture_output=True, text=True, timeout=120,
                          env=env)


def _home(tmp_path, opened: list[str]) -> dict:
    """A user whose desktop program opened ``opened`` (the last first), with a data folder of their own."""
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))
    script = ("import sys\nfrom milestones.recent import remember, settings\ns = settings()\n"
              "for p in reversed(sys.argv[1:]):\n    remember(s, p)\ns.sync()\n")
    subprocess.run([sys.executable, "-c", script, *opened], check=True, env=env, timeout=60)
    return env


def test_info_and_export_without_db_use_the_plan_opened_last_and_say_which(street_district, tmp_path):
    own = str(street_district.path)
    env = _home(tmp_path, [own])
    r = run(env, "info", "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["database"] == own and json.loads(r.stdout)["key_projects"]["listed"] == 4
    assert f"计划文件：{own}（桌面程序上次打开的" in r.stderr  # stdout stays what a script reads
    out = tmp_path / "南岸区重点项目.xlsx"
    r = run(env, "--lang", "en", "export", "key_projects", str(out))
    assert r.returncode == 0 and "Exported 4 records" in r.stdout, r.stderr
    assert f"plan file: {own} (the one the desktop program opened last" in r.stderr
    cells = {c for row in CalamineWorkbook.from_path(str(out)).get_sheet_by_index(0).to_python() for c in row}
    assert "南坪商圈提档升级" in cells and "重庆长滨" not in cells
    assert not (tmp_path / "data" / "milestones" / "plan.db").exists()  # the sample was never made


def test_a_plan_file_gone_is_said_and_not_made_anew(street_district, tmp_path):
    # the planner's plan on a USB stick not plugged in: the command works on another plan only saying so
    gone = tmp_path / "U盘" / "南岸区计划.db"
    env = _home(tmp_path, [str(gone), str(street_district.path)])
    r = run(env, "info", "--json")
    assert r.returncode == 0 and json.loads(r.stdout)["database"] == str(street_district.path), r.stderr
    assert f"找不到上次打开的计划文件 {gone}" in r.stderr and f"计划文件：{street_district.path}（桌面程序上次打开的" in r.stderr
    env = _home(tmp_path / "only", [str(gone)])
    r = run(env, "--lang", "en", "info", "--json")
    data_plan = tmp_path / "only" / "data" / "milestones" / "plan.db"
    assert r.returncode == 0 and json.loads(r.stdout)["database"] == str(data_plan), r.stderr
    assert f"the plan file opened last, {gone}, is not there" in r.stderr
    assert f"plan file: {data_plan} (the user's data folder's" in r.stderr
    assert not gone.exists()  # not made anew under its old name


def test_nothing_opened_yet_leaves_the_data_folders_plan_unsaid(tmp_path):
    r = run(_home(tmp_path, []), "info", "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["database"].endswith(os.path.join("milestones", "plan.db"))
    assert "渝中区" in json.loads(r.stdout)["plan"]["title"] and "计划文件" not in r.stderr


def test_db_given_is_used_whatever_was_opened_last(street_district, tmp_path):
    env = _home(tmp_path, [str(street_district.path)])
    r = run(env, "--db", str(tmp_path / "another.db"), "info", "--json")
    assert r.returncode == 0 and json.loads(r.stdout)["database"] == str(tmp_path / "another.db"), r.stderr
    assert "桌面程序上次打开" not in r.stderr
