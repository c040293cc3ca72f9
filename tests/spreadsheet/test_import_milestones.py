"""A schedule's 节点 beyond start and completion ("主体完工时间", "计划投用时间", "前期手续办结时间"): kept with each
project as its milestones, not dropped as "the same as 计划竣工时间"."""
import pytest
from sqlalchemy import select

from milestones.domain.quarter import Quarter
from milestones.spreadsheet.export import export
from milestones.spreadsheet.importer import preview, read_import, write
from milestones.store import open_store
from milestones.store.changes import project_details, replace_project_details
from milestones.store.schema import KeyProject, Milestone
from tests.spreadsheet.conftest import csv_file as _csv

WANT = {"重庆站铁路综合交通枢纽工程": ("2027Q4", {"主体完工": "2026Q2", "投用": "2028Q1", "前期手续": "2024Q2"}),
        "区教师进修学校": ("2026Q3", {"主体完工": "2025Q4", "投用": "2026Q3"}),
        "燕子岩传统风貌区": ("2025Q4", {"投用": "2026Q1", "前期手续": "2024Q2"})}


def _milestones(db, name):
    with db.read() as s:
        pid = s.scalars(select(KeyProject.id).where(KeyProject.name == name)).one()
        return {m.name: str(m.planned_quarter) for m in s.scalars(
            select(Milestone).where(Milestone.project_id == pid, Milestone.note.is_(None)))}


@pytest.mark.parametrize("saved", ["lo_files", "lo_ods_files", "lo_csv_files"])
def test_the_milestone_columns_are_read_beside_the_completion(saved, request):
    (t,) = read_import(request.getfixturevalue(saved)["key-projects-milestones-2024"]).tables
    got = {r["name"]: (r["completion"], {k: v["planned"] for k, v in r["milestones"].items()}) for r in t.records}
    assert got == WANT
    said = [p.message for p in t.problems]
    assert "第G列“主体完工时间”是项目的节点“主体完工”，记入节点（开工、完工之外的时间）" in said
    assert "第I列“前期手续办结时间”是项目的节点“前期手续”，记入节点" in said
    assert not [m for m in said if "是同一项" in m]  # none dropped as a second completion


def test_milestones_are_written_updated_and_exported_under_their_group(lo_files, tmp_path):
    db = open_store(tmp_path / "plan.db", with_sample=False)
    try:
        write(db, preview(db, read_import(lo_files["key-projects-milestones-2024"])))
        assert _milestones(db, "区教师进修学校") == {"主体完工": "2025Q4", "投用": "2026Q3"}
        # the planner adds one by hand in the project window; a later file moving one updates it, never doubles it
        with db.read() as s:
            pid = s.scalars(select(KeyProject.id).where(KeyProject.name == "燕子岩传统风貌区")).one()
        held = project_details(db, pid, "milestones")
        replace_project_details(db, pid, "milestones", [*held, {"name": "开业", "planned_quarter": Quarter(2026, 2)}],
                                held)
        again = preview(db, read_import(lo_files["key-projects-milestones-2024"]))
        assert again.diffs[0].counts() == {"new": 0, "changed": 0, "unchanged": 3, "missing": 0}
        moved = _csv(tmp_path, "moved.csv", "2024年重点项目进度计划表\n序号,项目名称,计划竣工时间,计划投用时间\n"
                                            "1,区教师进修学校,2026年8月,2026年12月\n")
        imp = preview(db, read_import(moved))
        (changed,) = imp.diffs[0].changed.values()
        assert changed == {"milestone:投用": ("2026Q3", "2026Q4")}
        write(db, imp)
        assert _milestones(db, "区教师进修学校") == {"主体完工": "2025Q4", "投用": "2026Q4"}  # updated, not doubled
        # exported: "节点" over a column per name (the hand-named one too), read back unchanged
        out = tmp_path / "out.xlsx"
        export(db, "key_projects", out, year=2024)
        back = preview(db, read_import(out))
        assert back.diffs[0].counts() == {"new": 0, "changed": 0, "unchanged": 3, "missing": 0}
        rec = next(r for r in back.tables[0].records if r["name"] == "燕子岩传统风貌区")
        assert {k: v["planned"] for k, v in rec["milestones"].items()} == {
            "投用": "2026Q1", "前期手续": "2024Q2", "开业": "2026Q2"}
    finally:
        db.close()


def test_a_group_of_milestones_names_them_and_a_group_over_quarters_stays_the_quarters_goals(tmp_path):
    named = _csv(tmp_path, "节点.csv", "2024年重点项目计划表\n序号,项目名称,区域,计划开工,计划完工,关键节点,,,责任单位\n"
                                      ",,,,,主体完工,开业,前期手续,\n"
                                      "1,甲项目,东部,2024年3月,2025年12月,2025年6月,2026年3月,2024年1月,区商务委\n")
    (t,) = read_import(named).tables
    assert {k: v["planned"] for k, v in t.records[0]["milestones"].items()} == {
        "主体完工": "2025Q2", "开业": "2026Q1", "前期手续": "2024Q1"}
    by_quarter = _csv(tmp_path, "季度.csv", "2024年重点项目计划表\n序号,项目名称,节点目标,,,\n,,一季度,二季度,三季度,四季度\n"
                                           "1,甲项目,完成招标,开工建设,主体施工,主体完工\n")
    (t,) = read_import(by_quarter).tables
    rec = t.records[0]
    assert "milestones" not in rec
    assert [rec["quarters"][f"2024Q{n}"]["goal"] for n in range(1, 5)] == ["完成招标", "开工建设", "主体施工", "主体完工"]


def test_a_milestone_given_by_its_year_is_due_by_the_years_end(tmp_path):
    path = _csv(tmp_path, "年.csv", "2024年重点项目计划表\n序号,项目名称,区域,计划开工,计划竣工时间,计划投用时间,责任单位\n"
                                  "1,甲项目,东部,2024年3月,2025年12月,2026年,区商务委\n2,乙项目,东部,2024年3月,2025年12月,2026年底,区商务委\n")
    (t,) = read_import(path).tables
    assert [r["milestones"]["投用"] for r in t.records] == [{"planned": "2026Q4", "text": "2026年", "planned_date": None},
                                                           {"planned": "2026Q4", "text": "2026年底", "planned_date": None}]


def test_the_timeline_sheet_marks_each_milestone_in_its_quarter(empty_db, lo_files, tmp_path):
    from openpyxl import load_workbook

    write(empty_db, preview(empty_db, read_import(lo_files["key-projects-milestones-2024"])))
    export(empty_db, "key_projects", tmp_path / "out.xlsx", year=2024)
    ws = load_workbook(tmp_path / "out.xlsx")["横道图"]
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    assert rows[0][0].endswith("（◆节点）")  # said in the legend
    years = {}
    for c, v in enumerate(rows[1]):
        years[c] = v or years.get(c - 1)
    column = {f"{years[c][:4]}Q{'一二三四'.index(q[0]) + 1}": c for c, q in enumerate(rows[2]) if q and "季度" in q}
    school = next(r for r in rows if r[1] == "区教师进修学校")  # its plan's row
    assert school[column["2025Q4"]] == "◆主体完工"
    assert school[column["2026Q3"]] == "■完工 ◆投用"
    assert school[column["2024Q4"]] == "▶开工"


def test_when_a_milestone_was_reached_is_kept_beside_its_plan(empty_db, tmp_path):
    # "实际主体完工时间" beside "实际竣工时间" was dropped as the same column
    path = _csv(tmp_path, "进展.csv", "2024年重点项目推进情况表\n序号,项目名称,区域,计划开工时间,计划竣工时间,主体完工时间,"
                                    "实际开工时间,实际竣工时间,实际主体完工时间,责任单位\n"
                                    "1,甲项目,东部,2024年3月,2025年12月,2025年6月,2024年4月,,2025年5月,区商务委\n")
    imp = preview(empty_db, read_import(path))
    (rec,) = imp.tables[0].records
    assert rec["milestones"] == {"主体完工": {"planned": "2025Q2", "text": "2025年6月", "planned_date": None,
                                             "actual": "2025Q2", "actual_date": None}}  # months: no day
    assert rec["actual_completion"] is None
    write(empty_db, imp)
    with empty_db.read() as s:
        (m,) = s.scalars(select(Milestone)).all()
        assert (m.name, str(m.planned_quarter), str(m.actual_quarter)) == ("主体完工", "2025Q2", "2025Q2")
    later = _csv(tmp_path, "后.csv", "2024年重点项目推进情况表\n序号,项目名称,实际竣工时间,实际主体完工时间\n1,甲项目,,2025年7月\n")
    (changed,) = preview(empty_db, read_import(later)).diffs[0].changed.values()
    assert changed == {"milestone_done:主体完工": ("2025Q2", "2025Q3")}
    export(empty_db, "key_projects", tmp_path / "out.xlsx", year=2024)
    back = preview(empty_db, read_import(tmp_path / "out.xlsx"))
    assert back.diffs[0].counts() == {"new": 0, "changed": 0, "unchanged": 1, "missing": 0}


def test_a_milestone_named_by_hand_with_a_word_of_completion_in_it_comes_back(empty_db, lo_files, tmp_path):
    # "竣工验收" added in the project window, exported under "节点": read back as a second completion, it was
    # dropped ("与计划完工是同一项"); "开工 | 竣工" under "计划节点" stay the start and the completion
    write(empty_db, preview(empty_db, read_import(lo_files["key-projects-milestones-2024"])))
    with empty_db.read() as s:
        pid = s.scalars(select(KeyProject.id).where(KeyProject.name == "区教师进修学校")).one()
    held = project_details(empty_db, pid, "milestones")
    replace_project_details(empty_db, pid, "milestones",
                            [*held, {"name": "竣工验收", "planned_quarter": Quarter(2026, 3)}], held)
    export(empty_db, "key_projects", tmp_path / "out.xlsx", year=2024)
    back = preview(empty_db, read_import(tmp_path / "out.xlsx"))
    assert back.diffs[0].counts() == {"new": 0, "changed": 0, "unchanged": 3, "missing": 0}
    school = next(r for r in back.tables[0].records if r["name"] == "区教师进修学校")
    assert school["milestones"]["竣工验收"]["planned"] == "2026Q3"
    plain = _csv(tmp_path, "节点.csv", "2024年重点项目计划表\n序号,项目名称,区域,计划节点,,责任单位\n,,,开工,竣工,\n"
                                      "1,甲项目,东部,2024年3月,2025年12月,区商务委\n")
    (rec,) = read_import(plain).tables[0].records
    assert (rec["start"], rec["completion"], rec.get("milestones")) == ("2024Q1", "2025Q4", None)


def test_a_roads_opening_in_a_monthly_plan_is_its_completion(tmp_path):
    # "1月 … 12月" of a 月度推进计划 with "通车" in December: the road's completion was not dated (only 竣工, 完工,
    # 建成, 投用 were read so)
    from milestones.spreadsheet.importer import read_import
    from tests.spreadsheet.conftest import typed_and_saved

    text = ("2024年重点项目月度推进计划\n序号,项目名称,年度计划投资（亿元）,1月,2月,3月,4月,5月,6月,7月,8月,9月,10月,11月,"
            "12月,责任单位\n1,化龙桥道路,2,,前期手续,,,开工建设,,,,路基完成,,,全线通车,区建委\n"
            "2,污水处理厂,1,,,开工,,,,,,,,投运,,区水务集团\n3,人和街管网,1,,,开工,,,,,,,,,部分通车,区建委\n")
    for path in typed_and_saved(tmp_path, "月度.csv", text):
        (t,) = read_import(path).tables
        assert [(r["name"], r.get("start"), r.get("completion")) for r in t.records] == [
            ("化龙桥道路", "2024Q2", "2024Q4"), ("污水处理厂", "2024Q1", "2024Q4"),
            ("人和街管网", "2024Q1", None)]  # (part of a line open is no completion)
