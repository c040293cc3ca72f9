"""A key project's money as tables say it beyond its total and the year's plan. Where it comes from ("资金来源",
"其中：中央预算内投资", "专项债（亿元）"): a project has no field for it, and it was lost at the import, said only as "no
field"; it is kept in the project's 备注, in 亿元 as every other figure of a project, and an unchanged file imported
again changes nothing. Amounts naming no unit said in one line; an estimate of the year's investment is no investment
done."""
from __future__ import annotations

from milestones.spreadsheet.export import export
from milestones.spreadsheet.importer import preview, read_import, write
from milestones.store import open_store
from tests.spreadsheet.conftest import csv_file, typed_and_saved

_SOURCES = ("2024年渝中区重点项目资金筹措表\n"
            "序号,项目名称,总投资（亿元）,资金来源,其中：中央预算内投资（亿元）,专项债券（亿元）,年度计划投资（亿元）,"
            "计划开工,计划竣工,备注\n"
            "1,十八梯传统风貌区三期,12.5,专项债券+企业自筹,1.2,3.0,2.5,2024年3月,2025年12月,市级重点\n"
            "2,化龙桥片区道路工程,6.8,财政资金,,2.0,1.5,2024年二季度,2024年四季度,\n"
            "3,解放碑步行街提升,3.2,无,,,1.0,2023年5月,2024年9月,\n")


def test_the_source_of_a_projects_money_is_kept_in_its_notes(tmp_path):
    for path in typed_and_saved(tmp_path, "funds.csv", _SOURCES):
        (t,) = read_import(path).tables
        assert t.errors == [], path
        assert [r["notes"] for r in t.records] == [
            "市级重点；资金来源：专项债券+企业自筹，中央预算内投资1.2亿元，专项债券3亿元",
            "资金来源：财政资金，专项债券2亿元",
            None]  # "无": nothing to keep
        said = [p.message for p in t.problems]
        assert "第D至F列是项目的资金来源：没有对应的字段，记入项目的备注" in said
        assert not [m for m in said if "没有对应的字段，未导入" in m], said


def test_amounts_by_source_in_wan_yuan_under_one_heading_are_converted(tmp_path):
    # "资金来源" over "政府投资 | 社会投资 | 银行贷款 | 企业自筹", in the 万元 of the total beside them
    text = ("2024年重点项目计划表\n序号,项目名称,总投资（万元）,资金来源,,,,年度计划投资（万元）,开工时间,竣工时间\n"
            ",,,政府投资,社会投资,银行贷款,企业自筹,,,\n"
            "1,十八梯传统风貌区三期,125000,30000,50000,20000,25000,25000,2024年3月,2025年12月\n"
            "2,化龙桥片区道路工程,68000,68000,,,,15000,2024年二季度,2024年四季度\n")
    for path in typed_and_saved(tmp_path, "wan.csv", text):
        (t,) = read_import(path).tables
        assert t.errors == [], path
        assert [r["notes"] for r in t.records] == [
            "资金来源：政府投资3亿元，社会投资5亿元，银行贷款2亿元，企业自筹2.5亿元", "资金来源：政府投资6.8亿元"]
        assert [r["total_investment"] for r in t.records] == [12.5, 6.8]


def test_the_parts_of_a_total_by_source_are_kept_and_other_parts_are_not(tmp_path):
    # "总投资" over "合计 | 其中：中央预算内 | 专项债 | 其中：建安投资": the first two say where the money comes from
    # (they were "其中一项，未导入"); what the money is spent on is no source, still left out
    text = ("2024年渝中区重点项目表\n序号,项目名称,总投资（万元）,,,,年度计划投资（万元）,开工时间,竣工时间\n"
            ",,合计,其中：中央预算内,专项债,其中：建安投资,,,\n"
            "1,十八梯传统风貌区三期,125000,12000,30000,80000,25000,2024年3月,2025年12月\n")
    path = csv_file(tmp_path, "parts.csv", text)
    (t,) = read_import(path).tables
    (r,) = t.records
    assert (r["total_investment"], r["notes"]) == (12.5, "资金来源：中央预算内1.2亿元，专项债3亿元")
    said = [p.message for p in t.problems]
    assert "第F列“总投资（万元）／其中：建安投资”是第C列“总投资（万元）／合计”的其中一项，未导入" in said


def test_funding_in_the_notes_survives_export_and_a_second_import(tmp_path):
    db = open_store(tmp_path / "plan.db")
    try:
        path = csv_file(tmp_path, "funds.csv", _SOURCES)
        write(db, preview(db, read_import(path)))
        assert preview(db, read_import(path)).diffs[0].counts()["unchanged"] == 3  # nothing doubled in the notes
        out = tmp_path / "out.xlsx"
        export(db, "key_projects", out, year=2024)
        (back,) = read_import(out).tables
        assert {r["name"]: r["notes"] for r in back.records}["十八梯传统风貌区三期"] == \
            "市级重点；资金来源：专项债券+企业自筹，中央预算内投资1.2亿元，专项债券3亿元"
        assert preview(db, read_import(out)).diffs[0].counts()["changed"] == 0
    finally:
        db.close()


def test_a_question_about_funding_is_no_amount(tmp_path):
    # "是否申请专项债" (是/否) is no source of money: left out as before
    path = csv_file(tmp_path, "q.csv", "2024年重点项目表\n序号,项目名称,总投资（亿元）,是否申请专项债\n1,甲项目,5,是\n")
    (t,) = read_import(path).tables
    assert t.records[0].get("notes") is None
    assert any("“是否申请专项债”没有对应的字段，未导入" in p.message for p in t.problems)


def test_the_note_names_the_funding_columns_in_both_languages(tmp_path):
    from milestones.ui.problem_text import english

    text = "2024年重点项目表\n序号,项目名称,资金渠道,总投资（亿元）,专项债（亿元）\n1,甲项目,专项债券,5,2\n"
    (t,) = read_import(csv_file(tmp_path, "two.csv", text)).tables
    (said,) = [p.message for p in t.problems if "资金来源" in p.message]
    assert said == "第C、E列是项目的资金来源：没有对应的字段，记入项目的备注"
    assert english(said).startswith("columns C, E say where the project's money comes from")
    assert t.records[0]["notes"] == "资金来源：专项债券，专项债2亿元"
    (t,) = read_import(csv_file(tmp_path, "one.csv", text.replace(",专项债（亿元）", "").replace(",2\n", "\n"))).tables
    (said,) = [p.message for p in t.problems if "资金来源" in p.message]
    assert english(said) == ("column C “资金渠道” says where the project's money comes from: no field of its own, "
                             "kept in the project's notes")


def test_amounts_that_name_no_unit_are_said_in_one_line(tmp_path):
    # four funding columns in the 万元 of the table's other amounts were four lines of the same note
    from milestones.ui.problem_text import english

    text = ("2024年重点项目计划表\n序号,项目名称,总投资（万元）,资金来源,,,,年度计划投资（万元）\n"
            ",,,政府投资,社会投资,银行贷款,企业自筹,\n1,甲项目,125000,30000,50000,20000,25000,25000\n")
    (t,) = read_import(csv_file(tmp_path, "wan.csv", text)).tables
    (said,) = [p.message for p in t.problems if "没有写单位" in p.message]
    assert said == "第D至G列没有写单位：按表中其他金额列的万元换算为亿元"
    assert english(said) == ("columns D to G name no unit: read in “万元”, as the table's other amounts, and "
                             "converted to 100 million yuan (“亿元”)")


def test_an_estimate_of_the_years_investment_is_no_investment_done(tmp_path):
    # "预计全年完成投资" beside "1-10月完成投资" was read as the investment done to the fourth quarter too, said as "截至10月
    # 底的累计" and dropped as a repeat of it; "全年预计完成投资" was no field: both are estimates, said as such
    from milestones.ui.problem_text import english

    text = ("渝中区2024年重点项目1-10月推进情况\n序号,项目名称,年度计划投资（亿元）,1-10月完成投资（亿元）,"
            "预计全年完成投资（亿元）\n1,十八梯三期,2.5,2.1,2.6\n")
    (t,) = read_import(csv_file(tmp_path, "est.csv", text)).tables
    assert t.records[0]["quarters"]["2024Q4"]["to_date"] == 2.1
    said = [p.message for p in t.problems if "第E列" in p.message]
    assert said == ["第E列“预计全年完成投资（亿元）”是预计数，未导入（只导入填报时已完成的投资）"]
    assert english(said[0]).startswith("column E “预计全年完成投资（亿元）” is an estimate")


def test_funding_cells_that_say_no_amount_add_nothing_to_the_notes(tmp_path):
    # a TRUE, a date, an error value or a negative amount under a funding heading went into the notes as "True",
    # "专项债2024亿元" (the date's year), "专项债：#REF!", "-3亿元"
    import datetime

    from tests.spreadsheet.conftest import workbook_file

    path = workbook_file(tmp_path / "odd.xlsx", {"项目": [
        ["2024年重点项目表"], ["序号", "项目名称", "总投资（亿元）", "资金来源", "专项债（亿元）", "其中：中央预算内投资"],
        [1, "甲", 5, True, datetime.datetime(2024, 3, 1), -3], [2, "乙", 5, "—", "#REF!", "待定"],
        [3, "丙", 5, "企业自筹", "3亿5000万", 0]]})
    (t,) = read_import(path).tables
    assert [r.get("notes") for r in t.records] == [None, "资金来源：中央预算内投资：待定",
                                                   "资金来源：企业自筹，专项债3.5亿元"]


def test_two_figures_under_one_heading_are_each_their_field(tmp_path):
    # "总投资/年度计划投资（亿元）" over "12/3": the cell was "no number", every row refused and the list with it
    import datetime

    from tests.spreadsheet.conftest import workbook_file

    text = ("2024年重点项目计划表\n序号,项目名称,总投资/年度计划投资（万元）,开工/完工时间,责任单位\n"
            "1,十八梯三期,120000/30000,2023.3/2025.10,区城投\n2,化龙桥道路,6000 ／ 2000,2024.3/2024.12,区建委\n"
            "3,人和街,8000,2024.3/2024.12,区建委\n")
    for path in typed_and_saved(tmp_path, "两数.csv", text):
        (t,) = read_import(path).tables
        assert t.errors == [], path
        assert [(r["name"], r["total_investment"], r.get("annual_investment"), r["start"]) for r in t.records] == [
            ("十八梯三期", 12.0, 3.0, "2023Q1"), ("化龙桥道路", 0.6, 0.2, "2024Q1"),
            ("人和街", 0.8, None, "2024Q1")]  # (one figure: the first)
        assert "第C列“总投资/年度计划投资（万元）”每格两个数（如“12/3”）：斜线前的作为总投资，斜线后的作为年度计划投资导入" in \
            [p.message for p in t.problems]
    # "12/3" typed into Excel becomes the date 12月3日: its month and its day are the two figures
    book = workbook_file(tmp_path / "日期.xlsx", {"计划": [["2024年重点项目计划表"], ["序号", "项目名称", "总投资/年度计划投资（亿元）"],
                                                          [1, "甲项目", datetime.datetime(2024, 12, 3)], [2, "乙项目", "6/2"]]})
    (t,) = read_import(book).tables
    assert [(r["total_investment"], r["annual_investment"]) for r in t.records] == [(12.0, 3.0), (6.0, 2.0)]


def test_the_quarters_plan_written_in_one_cell_is_each_quarters(tmp_path):
    # "分季度投资计划（万元）" holding "一季度5000；二季度10000；…" was dropped as a second 年度计划投资 column
    text = ("2024年重点项目计划表\n序号,项目名称,年度计划投资（万元）,分季度投资计划（万元）,责任单位\n"
            "1,十八梯三期,30000,一季度5000；二季度10000；三季度10000；四季度5000,区城投\n"
            "2,化龙桥道路,20000,\"一季度：2000\n二季度：6000\n三季度：6000\n四季度：6000\",区建委\n"
            "3,人和街,10000,2000/3000/3000/2000,区建委\n4,大坪医院,8000,待定,区卫健委\n5,解放碑,6000,上半年完成一半,区商务委\n"
            "6,鹅岭,4000,一季度1000；一季度2000；三季度1000,区文旅委\n")
    for path in typed_and_saved(tmp_path, "分季度.csv", text):
        (t,) = read_import(path).tables
        assert t.errors == [], path
        planned = {r["name"]: [q["planned"] for _, q in sorted((r.get("quarters") or {}).items())] for r in t.records}
        assert planned == {"十八梯三期": [0.5, 1.0, 1.0, 0.5], "化龙桥道路": [0.2, 0.6, 0.6, 0.6],
                           "人和街": [0.2, 0.3, 0.3, 0.2], "大坪医院": [], "解放碑": [], "鹅岭": []}
        said = [(p.row, p.severity, p.message) for p in t.problems]
        assert (2, "info", "第D列“分季度投资计划（万元）”是各季度的计划投资：逐季记入") in said
        for row in (7, 8):  # (words; a quarter named twice, whose figure is its own not said)
            assert (row, "warning", "读不出各季度的计划投资（应为如“一季度0.5；二季度1；三季度1；四季度0.5”）：未导入") in said
        assert not [p for p in t.problems if "同一项" in p.message or "不一致" in p.message]  # (and they add up)


def test_a_years_part_of_the_total_under_its_group_is_said_not_dropped_unsaid(tmp_path):
    # "总投资（万元）" over 合计 | 截至2023年底已完成 | 2024年计划 | 2025年及以后 (as a 投资计划表 splits a project's whole by
    # year): the last was dropped without a word — its year (2025) not the table's, neither a part nor a repeat
    import openpyxl

    from tests.spreadsheet.conftest import convert

    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["2024年重点项目投资计划表"],
                ["序号", "项目名称", "总投资（万元）", None, None, None, "责任单位"],
                [None, None, "合计", "截至2023年底已完成", "2024年计划", "2025年及以后", None],
                [1, "解放碑步行街提升", 120000, 10000, 30000, 80000, "区商务委"]):
        ws.append(row)
    for cells in ("A2:A3", "B2:B3", "C2:F2", "G2:G3"):
        ws.merge_cells(cells)
    wb.save(tmp_path / "投资计划.xlsx")
    convert([tmp_path / "投资计划.xlsx"], tmp_path / "lo")  # as LibreOffice saves it
    (t,) = read_import(tmp_path / "lo" / "投资计划.xlsx").tables
    (r,) = t.records
    assert (r["total_investment"], r["invested_before"], r["annual_investment"]) == (12, 1, 3)
    assert "第F列“总投资（万元）／2025年及以后”是第C列“总投资（万元）／合计”的其中一项，未导入" in [p.message for p in t.problems]
