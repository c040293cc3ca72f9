"""`milestones info` as a planner runs it: a whole process on a fresh database."""
import json
import subprocess
import sys


def run(*args, **kw):
    return subprocess.run([sys.executable, "-m", "milestones", *args], capture_output=True, text=True,
                          timeout=120, **kw)


def test_info_json_on_a_fresh_database_shows_the_plan_figures(tmp_path):
    r = run("--db", str(tmp_path / "fresh.db"), "info", "--json")
    assert r.returncode == 0, r.stderr
    info = json.loads(r.stdout)
    assert info["plan"]["year"] == 2024 and "渝中区" in info["plan"]["title"]
    assert info["key_projects"]["stated"] == 65 and info["key_projects"]["listed"] > 0
    assert info["annual_investment"]["stated"] == 184.8
    assert info["sections"] == 11 and info["measures"] >= 40 and info["targets"] > 100
    q = info["quarters"]
    assert [q[k]["starts_stated"] for k in ("2024Q1", "2024Q2", "2024Q3", "2024Q4")] == [5, 8, 11, 11]
    assert [q[k]["completions_stated"] for k in ("2024Q1", "2024Q2", "2024Q3", "2024Q4")] == [1, 1, 3, 14]
    assert [q[k]["starts_listed"] for k in q] == [2, 2, 2, 2]
    assert [q[k]["completions_listed"] for k in q] == [1, 1, 1, 2]
    assert info["indicators"]["2024"]["stated"] == 26 and info["indicators"]["2024"]["binding_stated"] == 7
    assert info["indicators"]["2024"]["listed"] >= 11
    assert info["indicators"]["2023"]["stated"] == 23


def test_info_in_words(tmp_path):
    r = run("--db", str(tmp_path / "fresh.db"), "info")
    assert r.returncode == 0, r.stderr
    assert "2024年一季度" in r.stdout and "65" in r.stdout and "约束性 7" in r.stdout


def test_db_option_after_the_command_works_too(tmp_path):
    r = run("info", "--db", str(tmp_path / "x.db"), "--json")
    assert r.returncode == 0 and json.loads(r.stdout)["plan"]["year"] == 2024


def test_a_database_that_cannot_be_opened_is_one_clear_line(tmp_path):
    bad = tmp_path / "not-a-db.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    r = run("--db", str(bad), "info")
    assert r.returncode != 0
    assert "Traceback" not in r.stderr and "not-a-db.db" in r.stderr
    # an address of another kind, a broken one, a blank: "程序出错 (NoSuchModuleError …)", or a plan file named " "
    for db, said in (("mysql://u@server/plan", "不支持的数据库“mysql”：应为 SQLite 文件路径或 postgresql:// 地址"),
                     ("http://example.com/plan", "不支持的数据库“http”"),
                     ("postgresql://u:secret@[::1", "无法识别的数据库地址“postgresql://u:***@[::1”"),
                     (" ", "没有给出数据库：应为 SQLite 文件路径或 postgresql:// 地址")):
        r = subprocess.run([sys.executable, "-m", "milestones", "--db", db, "info"], capture_output=True, text=True,
                           timeout=60, cwd=tmp_path)
        assert r.returncode != 0 and r.stderr.startswith(f"milestones: {said}"), (db, r.stderr)
        assert "secret" not in r.stderr and "程序出错" not in r.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["not-a-db.db"]


def test_the_spelling_postgres_is_postgresql(pg_url):
    r = run("--db", pg_url.replace("postgresql+psycopg://", "postgres://"), "info", "--json")
    assert r.returncode == 0 and json.loads(r.stdout)["key_projects"]["listed"] == 49, r.stderr


def test_empty_database_option(tmp_path):
    r = run("--db", str(tmp_path / "e.db"), "--empty", "info")
    assert r.returncode == 1 and "还没有计划" in r.stderr


def test_domain_and_store_import_no_qt():
    code = ("import sys, milestones.domain, milestones.store, milestones.store.queries, milestones.store.changes;"
            "bad=[m for m in sys.modules if m.startswith(('PySide6','shiboken6','pyqtgraph'))];"
            "print(bad); sys.exit(1 if bad else 0)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stdout + r.stderr


def test_version():
    r = run("--version")
    assert r.returncode == 0 and r.stdout.startswith("milestones ")


def test_info_copy_and_print_speak_english_when_asked(tmp_path):
    # --lang en: the command's own words in English; the plan's title stays as the plan words it
    db = str(tmp_path / "fresh.db")
    r = run("--lang", "en", "--db", db, "info")
    assert r.returncode == 0, r.stderr
    assert "Key projects: " in r.stdout and "65 in the plan" in r.stdout and "binding 7" in r.stdout
    assert "2024Q1" in r.stdout and "渝中区" in r.stdout
    assert not any(w in r.stdout for w in ("重点项目：", "季度", "约束性"))
    r = run("--lang", "en", "copy", "--from", db, "--to", str(tmp_path / "copy.db"))
    assert r.returncode == 0 and r.stdout.strip().endswith("rows copied"), r.stderr
    r = run("--lang", "en", "--db", db, "print", "--from", "2024Q3", "--to", "2024Q1", "--out", str(tmp_path / "x.pdf"))
    assert r.returncode != 0 and "the last quarter is before the first" in r.stderr
    r = run("--lang", "en", "--db", db, "admin", "init-roles")
    assert r.returncode != 0 and "PostgreSQL" in r.stderr and "角色" not in r.stderr


def _broken_info(monkeypatch, tmp_path, fault: Exception):
    """`milestones info` replaced by a command failing with ``fault``, its log under ``tmp_path``."""
    from milestones import cli

    def broken(args):
        raise fault

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.delenv("MILESTONES_DEBUG", raising=False)
    monkeypatch.setitem(cli.COMMANDS, "info", broken)
    _made(tmp_path / "x.db")
    return cli


def _made(path, with_sample=True):
    """A plan file there already (a command given a file that is not there says first that it makes one)."""
    from milestones.store import open_store

    open_store(path, with_sample=with_sample).close()
    return path


def test_a_fault_of_the_program_is_one_line_and_the_details_go_to_the_log(tmp_path, monkeypatch, capsys):
    # a bug in reading a file showed the planner a Python traceback
    cli = _broken_info(monkeypatch, tmp_path, NameError("name '_ZH_DIGIT' is not defined"))
    assert cli.main(["--db", str(tmp_path / "x.db"), "info"]) == cli.EXIT_SOFTWARE
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert "程序出错，操作未完成" in err and "_ZH_DIGIT" in err
    log = next((tmp_path / "state").rglob("milestones.log")).read_text(encoding="utf-8")
    assert "Traceback" in log and "broken" in log and f"milestones --db {tmp_path / 'x.db'} info" in log


def test_a_commands_own_error_speaks_the_language_asked_for(tmp_path):
    # `--lang en` printed the store's Chinese ("数据库中还没有计划") for an empty database
    _made(tmp_path / "e.db", with_sample=False)
    r = run("--lang", "en", "--db", str(tmp_path / "e.db"), "--empty", "info")
    assert r.returncode != 0 and r.stderr.strip() == "milestones: the database holds no plan yet"
    r = run("--lang", "en", "--db", str(tmp_path / "e.db"), "--empty", "export", "indicator_results",
            str(tmp_path / "x.xlsx"))
    assert r.returncode != 0 and "the database holds no indicators" in r.stderr
    r = run("--db", str(tmp_path / "e.db"), "--empty", "info")
    assert r.stderr.strip() == "milestones: 数据库中还没有计划"


def test_a_fault_of_the_program_in_english(tmp_path, monkeypatch, capsys):
    cli = _broken_info(monkeypatch, tmp_path, KeyError("zone"))
    assert cli.main(["--lang", "en", "--db", str(tmp_path / "x.db"), "info"]) == cli.EXIT_SOFTWARE
    err = capsys.readouterr().err
    assert err.startswith("milestones: a fault in milestones stopped the command (KeyError: 'zone')")
    assert "milestones.log" in err and "Traceback" not in err


def test_the_quarters_progress_paragraph_for_a_report(tmp_path):
    db = str(tmp_path / "fresh.db")
    r = run("--db", db, "info", "--progress", "2024年三季度")
    assert r.returncode == 0, r.stderr
    text = r.stdout.strip()
    assert text.startswith("截至2024年三季度，全区列入计划的重点项目49个（计划65个），计划年度投资184.8亿元。")
    assert "各项目尚未填报实际完成投资。" in text and "年度指标14项" in text
    r = run("--db", db, "--lang", "en", "info", "--progress", "2024Q3")
    assert r.stdout.startswith("As of 2024 Q3, 49 key projects are on the plan")
    r = run("--db", db, "info", "--progress", "明年")
    assert r.returncode == 2 and "“明年”" in r.stderr and "Traceback" not in r.stderr


def test_the_paragraph_of_a_kept_report_is_the_one_sent(tmp_path):
    from milestones.domain.quarter import Quarter
    from milestones.store import changes, open_store
    from milestones.store.reports import keep_report

    path = tmp_path / "kept.db"
    db = open_store(path)
    pid, _ = changes.add_project(db, 2024, "投资测试项目", planned_start="2024Q1", actual_start="2024Q1",
                                 annual_investment=4.0)
    changes.replace_project_details(db, pid, "investments", [{"quarter": "2024Q1", "actual": "0.4"}])
    keep_report(db, 2024, Quarter(2024, 1))
    changes.replace_project_details(db, pid, "investments", [{"quarter": "2024Q1", "actual": "1.0"}])  # corrected
    db.close()
    now = run("--db", str(path), "info", "--progress", "2024Q1")
    sent = run("--db", str(path), "info", "--progress", "2024Q1", "--as-reported")
    assert sent.returncode == 0, sent.stderr
    assert "完成投资1.0亿元" in now.stdout and "完成投资0.4亿元" in sent.stdout
    # for a script: one object (--json printed the bare paragraph)
    r = run("--db", str(path), "info", "--progress", "2024Q1", "--as-reported", "--json")
    assert json.loads(r.stdout) == {"quarter": "2024Q1", "as_reported": True, "text": sent.stdout.strip()}
    r = run("--db", str(path), "--lang", "en", "info", "--progress", "2024Q2", "--as-reported")
    assert r.returncode == 1 and "2024 Q2 has not been kept as reported" in r.stderr and "Traceback" not in r.stderr


def test_the_latest_changes_for_a_script(tmp_path):
    import json as json_

    from milestones.store import changes, open_store

    path = tmp_path / "changed.db"
    db = open_store(path)
    with db.read() as s:
        from sqlalchemy import select

        from milestones.store.schema import KeyProject

        from milestones.store.schema import Zone

        pid = s.scalar(select(KeyProject.id).where(KeyProject.name == "重庆中心T3塔楼"))
        west = s.scalar(select(Zone.id).where(Zone.name == "西部"))
        walk = s.scalar(select(KeyProject.id).where(KeyProject.name == "重庆长滨"))  # in the east
    changes.update_row(db, "key_project", walk, {"zone_id": west})
    changes.update_row(db, "key_project", pid, {"planned_completion": "2024Q4"})
    changes.remove_projects(db, 2024, [walk], reason="并入二期")
    db.close()
    r = run("--db", str(path), "info", "--changes")
    assert r.returncode == 0, r.stderr
    (off, line, moved) = r.stdout.splitlines()
    # a project taken off the year's list is a change too, with its reason (the latest, for all in one second)
    assert off.split("\t")[2:] == ["编辑", "重庆长滨", "年度计划（2024年）", "列入 → 移出（并入二期）"]
    # in the planner's words, as the window's 修改记录 says them (it printed "edit … planned_completion")
    assert line.split("\t")[2:] == ["编辑", "重庆中心T3塔楼", "计划完工", "2024Q1 → 2024Q4"]
    assert moved.split("\t")[2:] == ["编辑", "重庆长滨", "区域", "东部 → 西部"]
    r = run("--db", str(path), "--lang", "en", "info", "--changes")
    (off, line, moved) = r.stdout.splitlines()
    assert off.split("\t")[2:] == ["edit", "重庆长滨", "Year's list (2024)", "Added → Removed (并入二期)"]
    assert line.split("\t")[2:] == ["edit", "重庆中心T3塔楼", "Planned completion", "2024Q1 → 2024Q4"]
    assert moved.split("\t")[2:] == ["edit", "重庆长滨", "Zone", "East → West"]  # (it said 东部 → 西部)
    r = run("--db", str(path), "info", "--changes", "2", "--json")
    (o, c) = json_.loads(r.stdout)
    assert (o["project"], o["field"], o["year"], o["old"], o["new"], o["reason"]) == (
        "重庆长滨", "on_list", 2024, "added", "removed", "并入二期")
    assert (c["project"], c["old"], c["new"], c["how"]) == ("重庆中心T3塔楼", "2024Q1", "2024Q4", "edit")
    # "--changes -5" listed every change (SQLite's LIMIT -5 is none), "0" none; two answers asked at once gave one
    for bad, said in ((["--changes", "-5"], "应为 1 到 1000000 之间的整数（得到：-5）"),
                      (["--changes", "x"], "应为 1 到 1000000 之间的整数（得到：x）"),
                      (["--progress", "2024Q2", "--chase", "2024Q2"], "参数 --chase：不能与 --progress 同用"),
                      (["--as-reported"], "--as-reported 与 --progress 同用")):
        r = run("--db", str(path), "info", *bad)
        assert r.returncode == 2 and said in r.stderr and r.stdout == "", bad


def test_the_data_check_for_a_script(tmp_path):
    import json as json_

    from sqlalchemy import select

    from milestones.store import open_store
    from milestones.store.schema import Indicator, IndicatorYear, KeyProject

    path = tmp_path / "checked.db"
    db = open_store(path)
    with db.session() as s:
        s.scalar(select(KeyProject).where(KeyProject.name == "重庆长滨")).responsible_unit = None
        jobs = s.scalar(select(Indicator).where(Indicator.name == "城镇新增就业"))
        iy = s.scalar(select(IndicatorYear).where(IndicatorYear.indicator_id == jobs.id, IndicatorYear.year == 2024))
        iy.target_unit, iid = "亿元", iy.id
    db.close()
    r = run("--db", str(path), "info", "--check", "--json")
    assert r.returncode == 0, r.stderr
    found = json_.loads(r.stdout)
    assert {"check": "no_unit", "project": "重庆长滨"}.items() <= next(f for f in found if f["project"] == "重庆长滨").items()
    # an indicator's finding names its year's row, for a script to find it
    assert {"check": "units_apart", "project": "城镇新增就业（2024年）", "indicator_id": iid}.items() <= next(
        f for f in found if f["check"] == "units_apart").items()
    r = run("--lang", "en", "--db", str(path), "info", "--check")
    assert "重庆长滨\tNo unit\tno unit responsible and no owner" in r.stdout
    # a finding marked as right is no longer listed, said in a count, and kept in the JSON with its mark
    from milestones.store.checks import accept_findings, find_problems

    db = open_store(path)
    with db.read() as s:
        tower = next(f for f in find_problems(s, 2024) if f.check == "names_alike")
    accept_findings(db, 2024, [tower], "谯楼单独立项")
    db.close()
    r = run("--db", str(path), "info", "--check")
    assert "老鼓楼衙署遗址公园谯楼\t名称相近" not in r.stdout and r.stdout.rstrip().endswith("另有1处已标为无误")
    r = run("--db", str(path), "info", "--check", "--json")
    (marked,) = [f for f in json_.loads(r.stdout) if f["accepted"]]
    assert (marked["project"], marked["accepted"]["note"]) == ("老鼓楼衙署遗址公园谯楼", "谯楼单独立项")


def test_the_data_check_says_where_a_check_listed_only_its_first(tmp_path, capsys, monkeypatch):
    # a check lists its first 1,000 findings: 50,000 projects showed 1,000 of a kind with nothing saying so
    from milestones import cli
    from milestones.store import checks

    monkeypatch.setattr(checks, "LIMIT", 2)
    assert cli.main(["--db", str(tmp_path / "plan.db"), "info", "--check"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert sum("\t未填单位\t" in line for line in lines) == 2  # of the 49 projects without a unit
    assert lines[-1].endswith("：每类最多列出2处，实际可能更多") and "未填单位" in lines[-1]


def test_a_backup_from_the_command_line(tmp_path):
    path = tmp_path / "plan.db"
    r = run("--db", str(path), "backup", str(tmp_path / "copy.db"))
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == f"已备份到 {tmp_path / 'copy.db'}（49个项目），备份文件已校验"
    r = run("--db", str(tmp_path / "copy.db"), "info", "--json")
    assert json.loads(r.stdout)["key_projects"]["listed"] == 49
    # a file already there (another plan, yesterday's copy) is replaced only when asked
    before = (tmp_path / "copy.db").read_bytes()
    r = run("--db", str(path), "backup", str(tmp_path / "copy.db"))
    assert r.returncode == 2 and r.stderr.strip() == f"milestones: “{tmp_path / 'copy.db'}”已存在；要替换它，请加 --replace"
    assert (tmp_path / "copy.db").read_bytes() == before
    r = run("--lang", "en", "--db", str(path), "backup", str(tmp_path / "copy.db"))
    assert r.stderr.strip() == f"milestones: “{tmp_path / 'copy.db'}” is there already; to replace it, add --replace"
    r = run("--db", str(path), "backup", str(tmp_path / "copy.db"), "--replace")
    assert r.returncode == 0, r.stderr
    r = run("--lang", "en", "--db", str(path), "backup", str(path), "--replace")  # onto itself: refused, in English
    assert r.returncode != 0 and "Traceback" not in r.stderr and r.stderr.startswith("milestones: ")
    # a folder given: a file in it, named as the backup dialog names one ("无法打开 …folder.part：Is a directory")
    (tmp_path / "backups").mkdir()
    r = run("--db", str(path), "backup", str(tmp_path / "backups"))
    assert r.returncode == 0, r.stderr
    (made,) = (tmp_path / "backups").glob("plan-备份-*.db")
    assert r.stdout.startswith(f"已备份到 {made}（49个项目）")


def test_the_chase_notice_for_a_script(tmp_path):
    from sqlalchemy import select

    from milestones.store import open_store
    from milestones.store.schema import KeyProject

    path = tmp_path / "chase.db"
    db = open_store(path)
    with db.session() as s:
        s.scalar(select(KeyProject).where(KeyProject.name == "重庆长滨")).responsible_unit = "区住房城乡建委"
    db.close()
    r = run("--db", str(path), "info", "--chase", "2024Q3")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[1] == "1. 区住房城乡建委：未报本季度投资的项目1个（重庆长滨）。"
    got = json.loads(run("--db", str(path), "info", "--chase", "2024Q3", "--json").stdout)
    assert got["units"] == [{"unit": "区住房城乡建委", "projects": ["重庆长滨"], "targets": [], "indicators": []}]
    assert got["no_unit"] == 48
    assert run("--db", str(path), "info", "--chase", "2024Q9").returncode == 2


def test_a_plan_file_named_wrong_is_said(tmp_path):
    """`--db /tpyo/plan.db` made the folder and a new plan in it; `--db plna.db info` (or export, print) read the
    bundled sample as if it were the plan, unsaid."""
    r = run("--db", str(tmp_path / "nowhere" / "plan.db"), "info")
    assert r.returncode == 2
    assert r.stderr.strip() == f"milestones: 文件夹不存在：{tmp_path / 'nowhere'}（--db 给出的计划文件应在已有的文件夹中）"
    assert not (tmp_path / "nowhere").exists()
    r = run("--lang", "en", "--db", str(tmp_path / "nowhere" / "plan.db"), "export", "key_projects",
            str(tmp_path / "x.xlsx"))
    assert r.returncode == 2 and r.stderr.startswith("milestones: there is no folder ") and not (tmp_path / "x.xlsx").exists()
    r = run("--db", str(tmp_path / "plna.db"), "info")
    assert r.returncode == 0
    assert r.stderr.strip() == f"milestones: 没有计划文件 {tmp_path / 'plna.db'}，已新建（载入内置的2024年计划样例）"
    r = run("--db", str(tmp_path / "plna.db"), "info")  # there now: nothing to say
    assert r.returncode == 0 and not r.stderr.strip()


def test_an_upgrade_on_the_command_line_says_where_the_plan_as_it_was_is_kept(tmp_path):
    # the copy was made and named in the window's status bar only: a script never learnt of it
    from tests.store.test_migrations import _make_first_version

    old = tmp_path / "old.db"
    _make_first_version(old)
    r = run("--db", str(old), "info", "--json")
    assert r.returncode == 0, r.stderr
    (copy,) = tmp_path.glob("old.db.backup-0001-*")
    assert r.stderr == f"milestones: 数据库已升级，升级前的数据备份为 {copy}\n"
    assert json.loads(r.stdout)["plan"]["title"] == "X区2024年计划"  # stdout is the JSON alone still
    again = run("--db", str(old), "--lang", "en", "info", "--json")
    assert again.returncode == 0 and again.stderr == ""  # once: the plan is up to date now
