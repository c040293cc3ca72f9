"""`milestones import` in words, as a planner reads it at a terminal, in either language."""
import re
import subprocess
import sys

CJK = re.compile(r"[\u4e00-\u9fff]")


def run(*args):
    return subprocess.run([sys.executable, "-m", "milestones", *args], capture_output=True, text=True, timeout=120)


def test_import_says_what_it_found_in_chinese_and_in_english(tmp_path):
    src = tmp_path / "p.csv"
    src.write_text("2024年重点项目表\n序号,项目名称,总投资（万元）,年度计划投资（亿元）,计划开工\n"
                   "1,甲项目,100000,待定,2024Q1\n2,乙项目,很多,1,明年\n", encoding="utf-8")
    db = str(tmp_path / "x.db")
    zh = run("--db", db, "import", str(src), "--dry-run")
    assert zh.returncode == 1
    assert "工作表“p”：重点项目，2024年，1 条记录" in zh.stdout and "文件有错误，未写入任何数据。" in zh.stdout
    en = run("--db", db, "--lang", "en", "import", str(src), "--dry-run")
    assert en.returncode == 1
    assert "Sheet “p”: key projects, 2024, 1 record\n" in en.stdout
    assert "row 3 column D: “待定” — no figure yet: left empty" in en.stdout
    assert "The file has errors: nothing was written." in en.stdout
    # nothing left in Chinese but the file's own text, in quotes
    outside = re.sub(r"“[^”]*”", "", en.stdout)
    assert not CJK.search(outside), outside


def test_import_marks_the_problems_on_a_copy_for_whoever_filled_it_in(tmp_path):
    import openpyxl

    src = tmp_path / "p.csv"
    src.write_text("2024年重点项目表\n序号,项目名称,总投资（亿元）\n1,甲项目,很多\n", encoding="utf-8")
    before = src.read_bytes()
    out = tmp_path / "p（问题标注）.xlsx"
    r = run("--db", str(tmp_path / "x.db"), "import", str(src), "--mark", str(out))
    assert r.returncode == 1 and "已另存标注了问题的副本" in r.stdout
    ws = openpyxl.load_workbook(out)["p"]
    assert "不是数字" in ws["C3"].comment.text and src.read_bytes() == before
    # never over the file itself
    r = run("--db", str(tmp_path / "x.db"), "import", str(src), "--mark", str(src))
    assert r.returncode == 2 and "原文件不会被改动" in r.stderr and src.read_bytes() == before


def test_a_note_down_every_row_is_shown_a_few_times_and_counted(tmp_path):
    # "（续建）" after 200 names made 200 lines of notes, the one warning lost among them; --json keeps all
    src = tmp_path / "p.csv"
    src.write_text("2024年重点项目计划表\n序号,项目名称,总投资（亿元）\n"
                   + "".join(f"{i},项目{i}（续建）,{'待定' if i == 150 else 10}\n" for i in range(1, 201)),
                   encoding="utf-8")
    db = str(tmp_path / "x.db")
    zh = run("--db", db, "import", str(src), "--dry-run").stdout
    assert zh.count("是建设性质，未计入名称") == 4
    assert "说明：另有 197 行同样的说明 — 名称后的“（续建）”是建设性质，未计入名称" in zh
    assert "第152行 C列：“待定” — 还没有数字，未记入" in zh  # the warning is there to act on
    en = run("--db", db, "--lang", "en", "import", str(src), "--dry-run").stdout
    assert "Note: 197 more rows with the same note — “（续建）” after the name is the project's nature" in en
    import json

    out = json.loads(run("--db", db, "import", str(src), "--dry-run", "--json").stdout)
    assert sum("是建设性质" in p["message"] for p in out["tables"][0]["problems"]) == 200


def test_a_year_no_table_is_of_is_refused_before_reading(tmp_path):
    # "--year 1899" (or 2300) was taken as the table's year and written
    from tests.conftest import FIXTURES

    src = str(FIXTURES / "published-completion-table-yuecheng-2020.xlsx")
    db = tmp_path / "x.db"
    r = run("--db", str(db), "import", src, "--year", "1899")
    assert r.returncode == 2 and r.stderr.strip() == "milestones: 年度应在 2000 到 2100 之间（得到：1899）"
    assert not db.exists()
    r = run("--db", str(db), "--lang", "en", "import", src, "--year", "2300")
    assert r.returncode == 2 and r.stderr.strip() == "milestones: The year is 2000 to 2100 (given: 2300)"
    r = run("--db", str(db), "import", src, "--year", "2020", "--dry-run")
    assert r.returncode == 0 and "指标完成情况，2020年，3 条记录" in r.stdout


def _projects(db):
    import sqlite3

    with sqlite3.connect(db) as con:
        return sorted(name for (name,) in con.execute("select name from key_project"))


def test_an_import_into_a_new_file_makes_a_plan_of_that_list_alone(tmp_path):
    # `--db 新计划.db import 表.xlsx` put the bundled 2024 plan's 49 projects beside the list, unsaid
    src = tmp_path / "p.csv"
    src.write_text("2024年重点项目表\n序号,项目名称,所属区域,总投资（亿元）\n1,甲项目,东部,3\n2,乙项目,西部,4\n",
                   encoding="utf-8")
    db = tmp_path / "新计划.db"
    r = run("--db", str(db), "import", str(src))
    assert r.returncode == 0, r.stderr
    assert r.stderr == f"milestones: 没有计划文件 {db}，已新建空计划，表格导入其中\n"
    assert _projects(db) == ["乙项目", "甲项目"]
    # the file is there now: the same import again says nothing of a new file and finds the list unchanged
    again = run("--db", str(db), "--lang", "en", "import", str(src), "--json")
    assert again.returncode == 0 and again.stderr == ""
    import json

    assert json.loads(again.stdout)["tables"][0]["diff"] == {"new": 0, "changed": 0, "unchanged": 2, "missing": 0}


def test_a_dry_run_into_a_new_file_makes_no_file_and_compares_with_an_empty_plan(tmp_path):
    import json

    src = tmp_path / "p.csv"
    src.write_text("2024年重点项目表\n序号,项目名称,所属区域\n1,甲项目,东部\n", encoding="utf-8")
    db = tmp_path / "plna.db"
    r = run("--db", str(db), "--lang", "en", "import", str(src), "--dry-run", "--json")
    assert r.returncode == 0
    assert r.stderr == (f"milestones: there is no plan file {db}: the preview compares with an empty plan, "
                        f"and no file is made\n")
    assert json.loads(r.stdout)["tables"][0]["diff"] == {"new": 1, "changed": 0, "unchanged": 0, "missing": 0}
    assert not db.exists() and list(tmp_path.iterdir()) == [src]


def test_an_import_refused_before_reading_makes_no_file(tmp_path):
    src = tmp_path / "p.csv"
    src.write_text("2024年重点项目表\n序号,项目名称\n1,甲项目\n", encoding="utf-8")
    db = tmp_path / "x.db"
    r = run("--db", str(db), "import", str(src), "--mark", str(src))
    assert r.returncode == 2 and not db.exists() and "没有计划文件" not in r.stderr


def test_same_area_imports_an_area_named_otherwise_as_the_plans(tmp_path):
    src = tmp_path / "p.csv"
    src.write_text("2024年重点项目表\n序号,项目名称,所属区域,所属板块\n1,甲项目,东部,解放碑\n2,乙项目,西部,嘉陵江滨江\n",
                   encoding="utf-8")
    db = tmp_path / "plan.db"
    assert run("--db", str(db), "info").returncode == 0
    # the dry run says how to take the known area
    r = run("--db", str(db), "import", str(src), "--dry-run")
    assert "与已有板块“解放碑中央商务区”相近：如为同一板块，可按已有板块导入" in r.stdout
    assert r.stdout.endswith("如为已有的板块、项目或指标，导入时加：--same-area '解放碑=解放碑中央商务区'\n")
    # a known area typed wrong after the = is refused, nothing written (it would make the area it was to avoid)
    before = db.read_bytes()
    r = run("--db", str(db), "--lang", "en", "import", str(src), "--same-area", "解放碑=解放碑商务区")
    assert r.returncode == 2 and db.read_bytes() == before
    assert r.stderr == "milestones: the plan has no “解放碑商务区” (after the = of --same-area comes a name the plan has)\n"
    r = run("--db", str(db), "import", str(src), "--same-area", "解放碑")
    assert r.returncode == 2 and "--same-area 应写为 文件中的名称=计划中已有的名称（得到：解放碑）" in r.stderr
    r = run("--db", str(db), "import", str(src), "--same-area", "解放碑=解放碑中央商务区", "--same-area", "大坪=大坪")
    assert r.returncode == 0 and r.stderr == "milestones: 文件中没有“大坪”（--same-area）\n"
    assert "板块“解放碑”按已有板块“解放碑中央商务区”导入" in r.stdout and "--same-area" not in r.stdout
    import sqlite3

    with sqlite3.connect(db) as con:
        placed = dict(con.execute("select k.name, a.name from key_project k join area a on a.id = k.area_id "
                                  "where k.name in ('甲项目', '乙项目')"))
        assert con.execute("select count(*) from area where name = '解放碑'").fetchone() == (0,)
    assert placed == {"甲项目": "解放碑中央商务区", "乙项目": "嘉陵江滨江"}


def test_same_name_imports_a_project_named_otherwise_as_the_listed_one(tmp_path):
    import json

    src = tmp_path / "p.csv"
    src.write_text("2024年重点项目表\n序号,项目名称,总投资（亿元）\n1,重庆长滨项目,88\n", encoding="utf-8")
    db = tmp_path / "plan.db"
    assert run("--db", str(db), "info").returncode == 0
    r = run("--db", str(db), "--lang", "en", "import", str(src), "--dry-run")
    assert r.stdout.endswith("If they are the plan's areas, projects or indicators, import with: "
                             "--same-name '重庆长滨项目=重庆长滨'\n")
    r = run("--db", str(db), "import", str(src), "--same-name", "重庆长滨项目=重庆长滨x")
    assert r.returncode == 2 and r.stderr == "milestones: 计划中没有“重庆长滨x”（--same-name 的等号后应为计划中已有的名称）\n"
    r = run("--db", str(db), "import", str(src), "--same-name", " 重庆长滨项目 = 重庆长滨 ", "--json")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["written"] and out["tables"][0]["diff"] == {"new": 0, "changed": 1, "unchanged": 0, "missing": 48}
    import sqlite3

    with sqlite3.connect(db) as con:
        assert con.execute("select total_investment from key_project where name = '重庆长滨'").fetchone() == (88,)
        assert con.execute("select count(*) from key_project where name = '重庆长滨项目'").fetchone() == (0,)


def test_same_name_takes_off_the_list_a_leaving_project_named_otherwise(tmp_path):
    # a 调整名单's "红楼宾馆改造" is 红楼宾馆综合改造: the import writes the rest and says how to take it off too
    import sqlite3

    src = tmp_path / "调出.csv"
    src.write_text("2024年重点项目调整名单\n序号,项目名称,调整,调整原因\n1,红楼宾馆改造,调出,前期手续未办结\n"
                   "2,白象街二期,调入,常务会议同意\n", encoding="utf-8")
    db = tmp_path / "plan.db"
    assert run("--db", str(db), "info").returncode == 0
    r = run("--db", str(db), "import", str(src))
    assert r.returncode == 0, r.stderr
    assert "名称与计划中的“红楼宾馆综合改造”相近" in r.stdout
    assert r.stdout.endswith("如为已有的板块、项目或指标，导入时加：--same-name '红楼宾馆改造=红楼宾馆综合改造'\n")
    r = run("--db", str(db), "import", str(src), "--same-name", "红楼宾馆改造=红楼宾馆综合改造")
    assert r.returncode == 0, r.stderr
    assert "“红楼宾馆改造”按已有项目“红楼宾馆综合改造”调出" in r.stdout and "--same-name" not in r.stdout
    with sqlite3.connect(db) as con:
        assert con.execute("select k.name, c.change, c.reason from list_change c join key_project k "
                           "on k.id = c.project_id order by c.id").fetchall() == [
            ("白象街二期", "added", "导入：调出；常务会议同意"), ("红楼宾馆综合改造", "removed", "导入：调出；前期手续未办结")]


def test_an_area_told_once_is_used_again_until_told_to_read_the_file_as_it_is(tmp_path):
    src = tmp_path / "p.csv"
    src.write_text("2024年重点项目表\n序号,项目名称,所属区域,所属板块\n1,甲项目,东部,解放碑\n", encoding="utf-8")
    db = tmp_path / "plan.db"
    assert run("--db", str(db), "info").returncode == 0
    assert run("--db", str(db), "import", str(src), "--same-area", "解放碑=解放碑中央商务区").returncode == 0
    r = run("--db", str(db), "import", str(src), "--dry-run")
    assert "板块“解放碑”按已有板块“解放碑中央商务区”导入（沿用此前导入时的选择）" in r.stdout and "--same-area" not in r.stdout
    r = run("--db", str(db), "--lang", "en", "import", str(src), "--same-area", "解放碑=")
    assert r.returncode == 0 and "the plan has no area “解放碑”: the import makes it in the east zone" in r.stdout
    r = run("--db", str(db), "import", str(src), "--dry-run")
    assert "沿用此前导入时的选择" not in r.stdout


def test_thousands_of_warnings_are_listed_a_hundred_and_counted(tmp_path):
    # 50,000 rows with 2,900 warnings printed 2,900 lines: the counts at the top and the verdict at the bottom
    # scrolled away among them. A hundred are listed, the rest counted; --json keeps every one.
    src = tmp_path / "p.csv"
    src.write_text("2024年重点项目计划表\n序号,项目名称,总投资（亿元）,年度计划投资（亿元）\n"
                   + "".join(f"{i},项目{i},1,{2 if i % 2 else 0.5}\n" for i in range(1, 401))
                   + "401,项目401,很多,1\n", encoding="utf-8")
    db = str(tmp_path / "x.db")
    zh = run("--db", db, "import", str(src), "--dry-run").stdout
    assert zh.count("大于总投资") == 100
    assert "提示：另有 100 条提示未在此列出（--mark OUT.xlsx 在文件副本上逐一标注，--json 列出全部）" in zh
    assert "第403行 C列：“很多”" in zh  # the one error is listed, whatever the warnings
    assert zh.rstrip().endswith("文件有错误，未写入任何数据。")
    en = run("--db", db, "--lang", "en", "import", str(src), "--dry-run").stdout
    assert "Warning: 100 more warnings not listed here (--mark OUT.xlsx marks every one" in en
    import json

    out = json.loads(run("--db", db, "import", str(src), "--dry-run", "--json").stdout)
    assert sum("大于总投资" in p["message"] for p in out["tables"][0]["problems"]) == 200


def test_a_cell_the_fast_reader_stops_on_leaves_no_rust_trace_at_the_terminal(tmp_path):
    # -1e308 in a date cell: python-calamine's Rust code panics, the file is read again with openpyxl and the cell
    # said as a problem — but Rust's hook had already printed "thread '<unnamed>' panicked at …" and, with
    # RUST_BACKTRACE set as developers' shells have it, thirty frames of backtrace above the report
    import os

    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["2024年重点项目计划表"], ["序号", "项目名称", "总投资（亿元）", "开工时间"], [1, "甲项目", 10, -1e308],
                [2, "乙项目", 5, "2024Q2"]):
        ws.append(row)
    ws["D3"].number_format = "yyyy-mm-dd"
    wb.save(tmp_path / "p.xlsx")
    for backtrace in ("1", "0", "full"):
        r = subprocess.run([sys.executable, "-m", "milestones", "--db", str(tmp_path / "x.db"), "import", "--dry-run",
                            str(tmp_path / "p.xlsx")], capture_output=True, text=True, timeout=120,
                           env={**os.environ, "RUST_BACKTRACE": backtrace})
        assert r.returncode == 1
        assert "第3行 D列：“-1e+308” — 单元格设为日期格式，但其中的数 -1e+308 不是任何日期" in r.stdout
        assert "panicked" not in r.stderr and "backtrace" not in r.stderr and "RUST" not in r.stderr, r.stderr
        # what the program itself said on stderr while the file was read is still there
        assert "没有计划文件" in r.stderr


def test_words_written_to_stderr_while_the_reader_runs_are_passed_on(capfd):
    import os

    from milestones.spreadsheet.read import _rust_panics_unsaid

    with _rust_panics_unsaid():
        os.write(2, b"before\n\nthread '<unnamed>' (77) panicked at src/lib.rs:717:17:\nout of bounds\n"
                    b"note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n")
        print("a warning of our own", file=sys.stderr)
    err = capfd.readouterr().err  # (pytest holds sys.stderr apart from the file: the order is its own)
    assert sorted(err.splitlines()) == ["a warning of our own", "before"]


def test_a_refused_import_into_a_new_file_leaves_no_file(tmp_path):
    # `--db 新计划.db import 表.xls` with a file it refuses said "已新建空计划，表格导入其中" and left an empty plan file
    src = tmp_path / "p.xls"
    src.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4000)
    db = tmp_path / "新计划.db"
    r = run("--db", str(db), "import", str(src))
    assert r.returncode != 0
    assert r.stderr == f"milestones: 没有计划文件 {db}：没有写入任何数据，未新建文件\n"
    assert "旧版 Excel" in r.stdout
    assert not list(tmp_path.glob("新计划.db*"))


def test_one_of_anything_is_said_as_one_in_english():
    # the messages' English is written for many: "column E: 1 projects' starts give only the year", "1 new targets go"
    from milestones.ui.problem_text import english

    said = english("第E列有 1 个项目的开工只写了年份（如“2024年”），没有季度：记作该年开工，时间轴标出全年；计入该年的开工数"
                   "（到四季度才算到期），不计入哪一个季度")
    assert said.startswith("column E: 1 project's starts give only the year")
    many = english("第E列有 12 个项目的开工只写了年份（如“2024年”），没有季度：记作该年开工，时间轴标出全年；计入该年的开工数"
                   "（到四季度才算到期），不计入哪一个季度")
    assert many.startswith("column E: 12 projects' starts give only the year")
    assert "1 new target goes into" in english("表中没有“部分”：新增的1个目标列入新的部分“重点任务分解表”（按表题）")
    assert "21 new targets go into" in english("表中没有“部分”：新增的21个目标列入新的部分“重点任务分解表”（按表题）")
