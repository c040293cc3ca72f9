"""A 前期工作 table: one column per approval of 前期手续 (立项批复 | 用地预审 | 规划许可 | 环评批复 | 施工许可), filled with
dates and with words ("已批复", "已取得（2023年11月）", "办理中，预计…", "不涉及"). Each approval is a 节点 of the
project's; the columns were "没有对应的字段，未导入", and a data row of dates was taken for the header."""
import pytest
from sqlalchemy import select

from milestones.spreadsheet.export import export
from milestones.spreadsheet.importer import preview, read_import, write
from milestones.spreadsheet.milestone_cells import MilestoneWords, milestone_words
from milestones.store.schema import KeyProject, Milestone
from tests.spreadsheet.conftest import csv_file as _csv

FIXTURE = "key-projects-approvals-2024"
# name → approval → (planned, reached, note)
WANT = {
    "大坪医院改扩建": {"立项批复": (None, None, "已批复"), "用地预审": (None, "2023Q4", None),
                "规划许可": ("2024Q2", None, None), "环评批复": (None, None, "不涉及"), "施工许可": ("2024Q3", None, None)},
    "化龙桥片区道路": {"立项批复": ("2024Q1", None, None), "用地预审": ("2024Q2", None, None),
                "规划许可": ("2024Q2", None, "办理中，预计2024年6月取得"), "环评批复": ("2024Q3", None, None),
                "施工许可": ("2024Q4", None, None)},
    "解放碑步行街提升": {"立项批复": (None, "2023Q4", None), "用地预审": (None, None, "不涉及"),
                  "规划许可": (None, None, "不涉及"), "环评批复": (None, None, "已完成"), "施工许可": ("2024Q3", None, None)},
}


def _read(rec):
    return {n: (m["planned"], m.get("actual"), m.get("note")) for n, m in rec["milestones"].items()}


@pytest.mark.parametrize("saved", ["lo_files", "lo_ods_files", "lo_csv_files"])
def test_each_approval_is_a_milestone_read_from_dates_and_words(saved, request):
    (t,) = read_import(request.getfixturevalue(saved)[FIXTURE]).tables
    assert t.kind == "key_projects" and t.year == 2024
    assert {r["name"]: _read(r) for r in t.records} == WANT
    assert [r["start"] for r in t.records] == ["2024Q4", "2025Q1", "2024Q3"]
    said = [p.message for p in t.problems]
    # five columns side by side said in one line, not five
    assert "第E至I列是项目的节点“立项批复、用地预审、规划许可、环评批复、施工许可”，各记入节点" in said
    assert not [m for m in said if "列“前期手续办理情况／" in m]
    assert not [m for m in said if "没有对应的字段" in m]
    assert not [p for p in t.problems if p.severity == "error"]


def test_approvals_are_written_with_their_words_exported_and_read_back(empty_db, lo_files, tmp_path):
    write(empty_db, preview(empty_db, read_import(lo_files[FIXTURE])))
    with empty_db.read() as s:
        pid = s.scalars(select(KeyProject.id).where(KeyProject.name == "大坪医院改扩建")).one()
        held = {m.name: (m.planned_quarter and str(m.planned_quarter), m.actual_quarter and str(m.actual_quarter),
                         m.note) for m in s.scalars(select(Milestone).where(Milestone.project_id == pid))}
    assert held == WANT["大坪医院改扩建"]
    again = preview(empty_db, read_import(lo_files[FIXTURE]))
    assert again.diffs[0].counts() == {"new": 0, "changed": 0, "unchanged": 3, "missing": 0}
    # the exported table has a column per approval, in the order they fall in, and reads back the same
    out = tmp_path / "out.xlsx"
    export(empty_db, "key_projects", out, year=2024)
    back = preview(empty_db, read_import(out))
    assert back.diffs[0].counts() == {"new": 0, "changed": 0, "unchanged": 3, "missing": 0}
    assert {r["name"]: _read(r) for r in back.tables[0].records} == WANT
    from python_calamine import CalamineWorkbook

    rows = CalamineWorkbook.from_path(out).get_sheet_by_name("重点项目").to_python()
    heads = rows[3]
    assert [h for h in heads if h in WANT["大坪医院改扩建"]] == ["立项批复", "用地预审", "规划许可", "环评批复", "施工许可"]
    road = next(r for r in rows if r[1] == "化龙桥片区道路")
    assert road[heads.index("规划许可")] == "办理中，预计2024年6月取得"


def test_a_later_table_says_what_changed_in_words(empty_db, lo_files, tmp_path):
    write(empty_db, preview(empty_db, read_import(lo_files[FIXTURE])))
    later = _csv(tmp_path, "二季度.csv", "2024年重点项目前期工作推进计划表\n序号,项目名称,规划许可,环评批复\n"
                                      "1,化龙桥片区道路,已取得（2024年5月）,2024年二季度（办理中）\n")
    imp = preview(empty_db, read_import(later))
    (changed,) = imp.diffs[0].changed.values()
    assert changed == {"milestone_done:规划许可": (None, "2024Q2"), "milestone_note:规划许可": ("办理中，预计2024年6月取得", None),
                       "milestone:环评批复": ("2024Q3", "2024Q2"), "milestone_note:环评批复": (None, "办理中")}
    write(empty_db, imp)
    with empty_db.read() as s:
        got = {m.name: (str(m.planned_quarter), m.actual_quarter and str(m.actual_quarter), m.note)
               for m in s.scalars(select(Milestone).join(KeyProject).where(KeyProject.name == "化龙桥片区道路"))}
    # reached in May: the words of its earlier cell ("办理中") go with it
    assert got["规划许可"] == ("2024Q2", "2024Q2", None)
    assert got["环评批复"] == ("2024Q2", None, "办理中")


def test_a_group_over_planned_and_reached_names_the_milestone(tmp_path):
    path = _csv(tmp_path, "许可.csv", "2024年重点项目前期工作推进表\n序号,项目名称,区域,施工许可办理时间,,计划开工时间\n"
                                    ",,,计划,实际,\n1,大坪医院改扩建,中部,2024年5月,2024年6月,2024年四季度\n")
    (rec,) = read_import(path).tables[0].records
    assert _read(rec) == {"施工许可": ("2024Q2", "2024Q2", None)}


def test_a_data_row_of_dates_is_not_taken_for_the_header(tmp_path):
    # the second project's five dates outscored "序号 | 项目名称 | 所属区域 | 前期手续" (找不到“名称”列)
    path = _csv(tmp_path, "前期.csv", "2024年重点项目前期工作推进表\n序号,项目名称,所属区域,前期手续,,,,\n"
                                    ",,,立项,规划,用地,环评,施工许可\n"
                                    "1,大坪医院改扩建,中部,已批复,2024年5月,已取得（2023年10月）,不涉及,2024年9月\n"
                                    "2,化龙桥片区道路,西部,2024年3月,2024年6月,2024年8月,2024年8月,2024年11月\n")
    (t,) = read_import(path).tables
    assert [r["name"] for r in t.records] == ["大坪医院改扩建", "化龙桥片区道路"]
    assert list(t.records[1]["milestones"]) == ["立项", "规划", "用地", "环评", "施工许可"]


@pytest.mark.parametrize("cell, want", [
    ("已批复", (None, None, "已批复")),
    ("2023年12月已批复", (None, "2023Q4", None)),
    ("已于2023年11月取得", (None, "2023Q4", None)),
    ("已批复（2023.12）", (None, "2023Q4", None)),
    ("2023年已批复", (None, None, "2023年已批复")),  # reached in a year, its quarter not said: the words kept
    ("已上报待批复", (None, None, "已上报待批复")),  # sent up, not approved
    ("尚未取得", (None, None, "尚未取得")),
    ("2024年3月已完成80%", ("2024Q1", None, "2024年3月已完成80%")),  # a share done is not done
    ("预计5月取得", ("2024Q2", None, "预计5月取得")),  # the table's year
    ("2024年二季度（办理中）", ("2024Q2", None, "办理中")),
    ("2023年立项，2024年3月开工", (None, None, "2023年立项，2024年3月开工")),  # two times: which is not guessed
    ("不涉及", (None, None, "不涉及")),
])
def test_the_words_of_a_milestone_cell(cell, want):
    assert milestone_words(cell, 2024) == MilestoneWords(*want)


@pytest.mark.parametrize("cell", ["2024年3月", "2024年底前", "三季度", "无", "—", "", None, 2024.5])
def test_a_time_alone_is_left_to_the_schedule_reader(cell):
    assert milestone_words(cell, 2024) is None


def test_a_table_of_approvals_marked_done_reads_short_words_as_approvals(tmp_path):
    # "前期手续办理情况表" with "立项 | 用地 | 规划 | 环评 | 施工许可" ticked: "用地", "规划" alone were "no field"
    path = _csv(tmp_path, "手续.csv", "2024年重点项目前期手续办理情况表\n序号,项目名称,立项,用地,规划,环评,施工许可\n"
                                    "1,大坪医院改扩建,√,√,,不涉及,\n2,化龙桥片区道路,√,,,,\n")
    (t,) = read_import(path).tables
    assert [_read(r) for r in t.records] == [
        {"立项": (None, None, "√"), "用地": (None, None, "√"), "环评": (None, None, "不涉及")}, {"立项": (None, None, "√")}]
    # outside a table of 前期手续 "规划" alone is no approval
    plain = _csv(tmp_path, "计划.csv", "2024年重点项目计划表\n序号,项目名称,规划,计划开工时间\n1,甲项目,√,2024年3月\n")
    assert "milestones" not in read_import(plain).tables[0].records[0]


def test_lists_of_approvals_obtained_and_to_obtain_are_milestones(empty_db, tmp_path):
    path = _csv(tmp_path, "前期计划.csv", "2024年重点项目前期工作计划表\n序号,项目名称,前期工作计划,已办理手续,待办理手续\n"
                                        "1,大坪医院改扩建,3月完成可研批复，6月取得施工许可,立项、用地预审,可研批复、施工许可\n"
                                        "2,化龙桥片区道路,二季度完成初步设计，四季度开工,立项,初步设计和施工许可；全部办结\n")
    imp = preview(empty_db, read_import(path))
    (t,) = imp.tables
    assert [_read(r) for r in t.records] == [
        {"立项": (None, None, "已办理"), "用地预审": (None, None, "已办理"), "可研批复": (None, None, "待办理"),
         "施工许可": (None, None, "待办理")},
        {"立项": (None, None, "已办理"), "初步设计": (None, None, "待办理"), "施工许可": (None, None, "待办理")}]
    # the year's 前期 steps are the quarters' goals; "四季度开工" the start
    assert t.records[0]["quarters"]["2024Q2"]["goal"] == "6月取得施工许可" and t.records[1]["start"] == "2024Q4"
    (bad,) = [p for p in t.problems if p.severity == "warning"]
    assert (bad.row, bad.column, bad.message) == (4, "E", "“全部办结”不是一项前期手续的名称，未记入节点")
    write(empty_db, imp)
    out = tmp_path / "out.xlsx"
    export(empty_db, "key_projects", out, year=2024)
    back = preview(empty_db, read_import(out))
    assert back.diffs[0].counts() == {"new": 0, "changed": 0, "unchanged": 2, "missing": 0}


def test_a_milestones_words_beside_its_quarters_come_back_from_the_export(empty_db, tmp_path):
    # "2024年二季度（已批复）" in the planned cell read back as reached in the second quarter: the words now go where
    # they read as they are (the reached cell, or a bracket that names no time and no approval in hand)
    from milestones.domain.quarter import Quarter
    from milestones.store.changes import project_details, replace_project_details

    write(empty_db, preview(empty_db, read_import(_csv(tmp_path, "a.csv", "2024年重点项目计划表\n序号,项目名称,计划开工时间\n"
                                                                        "1,甲项目,2024年3月\n"))))
    with empty_db.read() as s:
        pid = s.scalars(select(KeyProject.id)).one()
    q2, q3 = Quarter(2024, 2), Quarter(2024, 3)
    given = {"施工许可": (q2, None, "已批复"), "规划许可": (q2, None, "办理中"), "环评批复": (q2, q3, "办理中"),
             "用地预审": (None, q3, "已批复"), "立项": (q2, None, "办理中，预计2024年5月取得"), "初设": (None, None, "不涉及")}
    replace_project_details(empty_db, pid, "milestones", [
        {"name": n, "planned_quarter": p, "actual_quarter": a, "note": w} for n, (p, a, w) in given.items()],
        project_details(empty_db, pid, "milestones"))
    out = tmp_path / "out.xlsx"
    export(empty_db, "key_projects", out, year=2024)
    back = preview(empty_db, read_import(out))
    assert back.diffs[0].counts() == {"new": 0, "changed": 0, "unchanged": 1, "missing": 0}
    (rec,) = back.tables[0].records
    assert _read(rec) == {n: (p and str(p), a and str(a), w) for n, (p, a, w) in given.items()}


def test_a_milestones_day_is_kept_and_comes_back(empty_db, tmp_path):
    # "2024-05-20", "已于2023年11月15日取得": the project window has 计划日期 / 实际日期; the import kept the quarter only
    path = _csv(tmp_path, "日期.csv", "2024年重点项目前期工作推进计划表\n序号,项目名称,立项批复,施工许可,实际施工许可\n"
                                    "1,大坪医院改扩建,已于2023年11月15日取得,2024-05-20,2024年6月3日\n"
                                    "2,化龙桥片区道路,2024年3月,办理中，预计2024年5月20日取得,\n")
    imp = preview(empty_db, read_import(path))
    (hospital, road) = imp.tables[0].records
    assert hospital["milestones"]["立项批复"]["actual_date"] == "2023-11-15"
    assert (hospital["milestones"]["施工许可"]["planned_date"], hospital["milestones"]["施工许可"]["actual_date"]) == \
        ("2024-05-20", "2024-06-03")
    assert road["milestones"]["立项批复"]["planned_date"] is None  # a month: no day
    write(empty_db, imp)
    import datetime as dt

    with empty_db.read() as s:
        got = {(p, m.name): (m.planned_date, m.actual_date) for m, p in s.execute(
            select(Milestone, KeyProject.name).join(KeyProject))}
    assert got[("大坪医院改扩建", "施工许可")] == (dt.date(2024, 5, 20), dt.date(2024, 6, 3))
    assert got[("化龙桥片区道路", "施工许可")] == (dt.date(2024, 5, 20), None)
    # exported as the days, read back unchanged; a later file moving the day within its quarter says so
    out = tmp_path / "out.xlsx"
    export(empty_db, "key_projects", out, year=2024)
    assert preview(empty_db, read_import(out)).diffs[0].counts() == {"new": 0, "changed": 0, "unchanged": 2,
                                                                      "missing": 0}
    moved = _csv(tmp_path, "改.csv", "2024年重点项目前期工作推进计划表\n序号,项目名称,施工许可\n1,大坪医院改扩建,2024-05-28\n")
    (changed,) = preview(empty_db, read_import(moved)).diffs[0].changed.values()
    assert changed == {"milestone_date:施工许可": ("2024-05-20", "2024-05-28")}


def test_words_under_the_reached_column_say_reached_only_when_they_do(empty_db, tmp_path):
    # "办理中，预计2024年5月取得" under 实际施工许可 was taken as obtained in May (found by mangling the tables)
    path = _csv(tmp_path, "实际.csv", "2024年重点项目前期工作推进表\n序号,项目名称,施工许可,实际施工许可\n"
                                    "1,大坪医院改扩建,,办理中，预计2024年5月取得\n"
                                    "2,化龙桥片区道路,2024-05-20,2024年6月3日（现场核验）\n"
                                    "3,解放碑步行街提升,2024-05-20,办理中，预计2024年5月取得\n")
    imp = preview(empty_db, read_import(path))
    got = [{n: (m["planned"], m.get("actual"), m.get("note")) for n, m in r["milestones"].items()}
           for r in imp.tables[0].records]
    assert got == [{"施工许可": ("2024Q2", None, "办理中，预计2024年5月取得")},  # expected: its plan, not done
                   {"施工许可": ("2024Q2", "2024Q2", "现场核验")},  # reached on 3 June, with a remark
                   {"施工许可": ("2024Q2", None, "办理中，预计2024年5月取得")}]
    write(empty_db, imp)
    out = tmp_path / "out.xlsx"
    export(empty_db, "key_projects", out, year=2024)  # the words go where they read back as they are
    assert preview(empty_db, read_import(out)).diffs[0].counts() == {"new": 0, "changed": 0, "unchanged": 3,
                                                                      "missing": 0}
