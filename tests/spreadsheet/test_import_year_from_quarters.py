"""A quarterly investment plan with no 年度计划投资 column ("一季度计划投资" … "四季度计划投资", as a 季度投资计划表 is
often laid out): the projects came in with no year's plan, so the dashboard's and the report's year totals left them
out. The year's plan is the quarters' sum now, said once for the table, filling only a project that holds none."""
from sqlalchemy import select

from milestones.spreadsheet.importer import preview, read_import, write
from milestones.store.changes import update_row
from milestones.store.schema import KeyProject, PlanEntry
from tests.spreadsheet.conftest import convert, csv_file, one_table

SUMMED = "表中没有年度计划投资列：{n}个项目的年度计划投资按四个季度计划投资合计导入；已有项目原有的年度计划投资不变"
HEAD = "2024年重点项目季度投资计划表\n序号,项目名称,区域,总投资（亿元）,{quarters},计划开工,计划竣工\n"


def _saved(tmp_path, name, text):
    src = csv_file(tmp_path, f"{name}.csv", text)
    convert([src], tmp_path, "xlsx")  # as LibreOffice saves it
    return tmp_path / f"{name}.xlsx"


def test_a_quarterly_plan_with_no_years_column_gives_each_project_its_quarters_sum(tmp_path):
    quarters = "一季度计划投资（万元）,二季度计划投资（万元）,三季度计划投资（万元）,四季度计划投资（万元）"
    t, r = one_table(_saved(tmp_path, "季度投资计划", HEAD.format(quarters=quarters)
                            + "1,甲项目,东部,10,5000,10000,10000,15000,2024年3月,2026年12月\n"
                              "2,乙项目,西部,5,,2000,3000,,2024年6月,2025年12月\n"  # a blank quarter plans nothing
                              "3,丙项目,中部,8,,,,,2025年3月,2027年12月\n"))  # none given: no year's figure either
    assert (r["甲项目"]["annual_investment"], r["乙项目"]["annual_investment"]) == (4.0, 0.5)
    assert r["丙项目"]["annual_investment"] is None
    assert [p.message for p in t.problems if "年度计划投资" in p.message] == [SUMMED.format(n=2)]


def test_some_quarters_or_a_years_column_are_not_summed(tmp_path):
    # two quarters' columns are not the year's plan; a year's column left blank says nothing was stated, and the
    # quarters not adding up to one that is given stays a warning to check, not a figure replaced
    t, r = one_table(_saved(tmp_path, "半年", HEAD.format(quarters="一季度计划投资,二季度计划投资")
                            + "1,甲项目,东部,10,0.5,1,2024年3月,2026年12月\n"))
    assert r["甲项目"]["annual_investment"] is None and not [p for p in t.problems if "年度计划投资" in p.message]
    quarters = "年度计划投资,一季度计划投资,二季度计划投资,三季度计划投资,四季度计划投资"
    t, r = one_table(_saved(tmp_path, "全年", HEAD.format(quarters=quarters)
                            + "1,甲项目,东部,10,,0.5,1,1,1.5,2024年3月,2026年12月\n"
                              "2,乙项目,西部,5,3,0.5,1,1,1.5,2024年3月,2026年12月\n"))
    assert (r["甲项目"]["annual_investment"], r["乙项目"]["annual_investment"]) == (None, 3.0)
    assert [p.severity for p in t.problems if "年度计划投资" in p.message] == ["warning"]  # 4 ≠ 3


def test_a_months_plan_with_no_years_column_is_summed_too(tmp_path):
    months = ",".join(f"{m}月计划投资" for m in range(1, 13))
    t, r = one_table(_saved(tmp_path, "分月", HEAD.format(quarters=months)
                            + "1,甲项目,东部,10," + ",".join(["0.1"] * 12) + ",2024年3月,2026年12月\n"))
    assert r["甲项目"]["annual_investment"] == 1.2


def test_the_sum_fills_a_held_project_with_no_years_plan_and_never_overwrites_one(db, tmp_path):
    with db.read() as s:
        (held, entry), (empty, _) = s.execute(
            select(KeyProject.name, PlanEntry.id).join(PlanEntry, PlanEntry.project_id == KeyProject.id)
            .where(PlanEntry.annual_investment.is_(None)).order_by(KeyProject.id).limit(2)).all()
    update_row(db, "plan_entry", entry, {"annual_investment": 6})  # the planner's own figure
    quarters = "一季度计划投资,二季度计划投资,三季度计划投资,四季度计划投资"
    src = _saved(tmp_path, "季度", HEAD.format(quarters=quarters).replace(",区域", "").replace(",总投资（亿元）", "")
                 .replace(",计划开工,计划竣工", "") + f"1,{held},1,1,1,1\n2,{empty},0.5,0.5,0.5,0.5\n")
    imp = preview(db, read_import(src))
    (diff,) = imp.diffs.values()
    changed = {imp.tables[0].records[k]["name"]: set(f) for k, f in diff.changed.items()}
    assert "annual_investment" not in changed[held] and "annual_investment" in changed[empty]
    write(db, imp)
    with db.read() as s:
        got = dict(s.execute(select(KeyProject.name, PlanEntry.annual_investment)
                             .join(PlanEntry, PlanEntry.project_id == KeyProject.id)
                             .where(KeyProject.name.in_((held, empty)))).all())
    assert got == {held: 6.0, empty: 2.0}
    again = preview(db, read_import(src))  # the same file again changes nothing
    assert [(d.counts()["new"], d.counts()["changed"]) for d in again.diffs.values()] == [(0, 0)]


def test_the_years_plan_split_by_quarter_under_its_first_part_is_read_quarter_by_quarter(tmp_path):
    # "2024年计划投资 | 其中：一季度 | 二季度 | 三季度 | 四季度" on one header row: "其中：一季度" was no field, so the
    # first quarter's plan was lost (and the three others were read); any other part of a figure stays no field
    t, r = one_table(_saved(tmp_path, "其中", "渝中区2024年重点建设项目投资计划表\n单位：万元\n"
                            "序号,项目名称,总投资,2024年计划投资,其中：一季度,二季度,三季度,四季度,其中：政府投资,责任单位\n"
                            "1,解放碑步行街提档升级,35000,15000,3000,4000,4000,4000,5000,区商务委\n"))
    rec = r["解放碑步行街提档升级"]
    assert [rec["quarters"][f"2024Q{n}"]["planned"] for n in range(1, 5)] == [0.3, 0.4, 0.4, 0.4]
    assert rec["annual_investment"] == 1.5
    said = [p.message for p in t.problems]
    # the year's plan by source: kept in the 备注 (since session 69; it was no field)
    assert rec["notes"] == "年度计划投资来源：政府投资0.5亿元"
    assert "第I列“其中：政府投资”是项目的资金来源：没有对应的字段，记入项目的备注" in said
    assert not [m for m in said if "一季度" in m and "没有对应的字段" in m]
