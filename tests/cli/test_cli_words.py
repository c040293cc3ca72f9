"""The command line's own refusals (a missing file, a year that is no number, an unknown table) speak the language
asked for: they stood in English among Chinese help."""
import argparse
import subprocess
import sys

import pytest

from milestones import cli


def run(*args):
    return subprocess.run([sys.executable, "-m", "milestones", *args], capture_output=True, text=True, timeout=120)


def test_argparse_speaks_chinese_by_default_and_english_when_asked(tmp_path):
    db = str(tmp_path / "plan.db")
    r = run("--db", db, "import")
    assert r.returncode == 2 and r.stderr.splitlines()[0].startswith("用法：milestones import")
    assert r.stderr.splitlines()[-1] == "milestones import：错误：缺少参数：file"
    r = run("--db", db, "import", "x.csv", "--year", "明年")
    assert r.stderr.splitlines()[-1] == "milestones import：错误：参数 --year：'明年' 不是有效的值"
    r = run("--db", db, "--lang", "en", "import", "x.csv", "--year", "明年")
    assert r.stderr.splitlines()[-1] == "milestones import: error: argument --year: invalid int value: '明年'"
    r = run("--lang=en", "--bogus")
    assert r.stderr.splitlines()[-1] == "milestones: error: unrecognized arguments: --bogus"
    r = run("export", "--help")
    assert r.returncode == 0 and "显示本帮助并退出" in r.stdout and r.stdout.startswith("用法：")
    assert not (tmp_path / "plan.db").exists()  # refused before a plan was opened


def test_the_words_are_put_back_after_a_command(capsys):
    with pytest.raises(SystemExit):
        cli.main(["import"])
    assert "缺少参数" in capsys.readouterr().err
    parser = argparse.ArgumentParser(prog="other")
    parser.add_argument("x")
    with pytest.raises(SystemExit):
        parser.parse_args([])
    assert capsys.readouterr().err.endswith("other: error: the following arguments are required: x\n")
