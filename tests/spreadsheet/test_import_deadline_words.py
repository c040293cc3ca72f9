"""A task's deadline in words: "持续推进", "长期坚持", "每季度", "与主体工程同步". The import read such a 完成时限 as no
quarter and kept nothing of it: the list exported again showed it blank, as if the planner had left it out, and a
second list saying "持续推进" for a target due in June left the June quarter standing."""
from python_calamine import CalamineWorkbook
from sqlalchemy import select

from milestones.domain import Quarter
from milestones.spreadsheet.importer import preview, read_import, write
from milestones.store.schema import MeasureTarget
from tests.spreadsheet.conftest import convert, exported_back, workbook_file

_HEAD = ["序号", "重点任务", "责任单位", "完成时限"]


def _list(tmp_path, name: str, rows: list[list]):
    """A task list of ``rows`` saved by LibreOffice, read."""
    typed = tmp_path / f"typed-{name}"
    typed.mkdir()
    convert([workbook_file(typed / f"{name}.xlsx", {"任务": [
        ["2024年重点任务分解表"], _HEAD, ["一、推动高质量发展"], *rows]})], tmp_path, "xlsx")
    return read_import(tmp_path / f"{name}.xlsx")


def _deadlines(db) -> dict[str, tuple]:
    with db.read() as s:
        return {text: (q, words) for text, q, words in s.execute(
            select(MeasureTarget.text, MeasureTarget.quarter, MeasureTarget.quarter_text)
            .where(MeasureTarget.text.like("%（测试）%")))}


def _exported_deadlines(out) -> dict[str, str]:
    """Each test target's 完成时限 as the exported 举措表 writes it."""
    rows = CalamineWorkbook.from_path(str(out)).get_sheet_by_name("举措与目标").to_python()
    head = next(r for r in rows if "完成时限" in r)
    at, text_at = head.index("完成时限"), head.index("目标")
    return {r[text_at]: r[at] for r in rows if "（测试）" in str(r[text_at])}


def test_a_deadline_in_words_is_kept_exported_and_read_back(db, tmp_path):
    imp = _list(tmp_path, "任务", [
        [1, "新增市场主体1.2万户以上（测试）", "区市场监管局", "持续推进"],
        [2, "新引进首店40家（测试）", "区商务委", "每季度"],
        [3, "建成智慧停车平台（测试）", "区交通局", "与主体工程同步"],
        [4, "完成老旧小区改造30个（测试）", "区住房城乡建委", "2024年12月"],
        [5, "举办招商活动10场（测试）", "区招商局", "—"]])
    (t,) = imp.tables
    assert t.errors == []
    assert {r["text"]: (r["quarter"], r["quarter_text"]) for r in t.records} == {
        "新增市场主体1.2万户以上（测试）": (None, "持续推进"), "新引进首店40家（测试）": (None, "每季度"),
        "建成智慧停车平台（测试）": (None, "与主体工程同步"), "完成老旧小区改造30个（测试）": ("2024Q4", None),
        "举办招商活动10场（测试）": (None, None)}  # "—" says nothing
    out = tmp_path / "举措.xlsx"
    back = exported_back(db, imp, out)
    assert _deadlines(db) == {
        "新增市场主体1.2万户以上（测试）": (None, "持续推进"), "新引进首店40家（测试）": (None, "每季度"),
        "建成智慧停车平台（测试）": (None, "与主体工程同步"), "完成老旧小区改造30个（测试）": (Quarter(2024, 4), None),
        "举办招商活动10场（测试）": (None, None)}
    # the exported 完成时限 says what the list said; read back, nothing changes
    shown = _exported_deadlines(out)
    assert shown == {"新增市场主体1.2万户以上（测试）": "持续推进", "新引进首店40家（测试）": "每季度",
                     "建成智慧停车平台（测试）": "与主体工程同步", "完成老旧小区改造30个（测试）": "2024年四季度",
                     "举办招商活动10场（测试）": ""}
    assert not back.has_errors and back.diffs[0].counts()["changed"] == 0


def test_a_later_list_replaces_a_quarter_by_words_and_words_by_a_quarter(db, tmp_path):
    write(db, preview(db, _list(tmp_path, "一", [
        [1, "新增市场主体1.2万户以上（测试）", "区市场监管局", "2024年6月"],
        [2, "新引进首店40家（测试）", "区商务委", "持续推进"]])))
    again = preview(db, _list(tmp_path, "二", [
        [1, "新增市场主体1.2万户以上（测试）", "区市场监管局", "长期坚持"],
        [2, "新引进首店40家（测试）", "区商务委", "2024年三季度"]]))
    assert again.diffs[0].counts()["changed"] == 2
    write(db, again)
    assert _deadlines(db) == {"新增市场主体1.2万户以上（测试）": (None, "长期坚持"),
                              "新引进首店40家（测试）": (Quarter(2024, 3), None)}
    # a blank deadline leaves what the plan holds
    write(db, preview(db, _list(tmp_path, "三", [
        [1, "新增市场主体1.2万户以上（测试）", "区市场监管局", None],
        [2, "新引进首店40家（测试）", "区商务委", None]])))
    assert _deadlines(db) == {"新增市场主体1.2万户以上（测试）": (None, "长期坚持"),
                              "新引进首店40家（测试）": (Quarter(2024, 3), None)}


def test_a_deadline_of_a_date_and_words_keeps_both_and_exports_the_words(db, tmp_path):
    # "2024年6月，持续推进" was due in June and its words dropped: exported again it said "2024年二季度"; "持续推进，
    # 2024年底前见效" was words alone, its date not read
    imp = _list(tmp_path, "任务", [
        [1, "完成老旧小区改造50个（测试）", "区住房城乡建委", "2024年6月，持续推进"],
        [2, "城镇新增就业4.6万人（测试）", "区人力社保局", "持续推进，2024年底前见效"],
        [3, "建成数字化应用5个（测试）", "区大数据局", "2024年6月底前启动，12月底前完成"],
        [4, "新增市场主体1.2万户（测试）", "区市场监管局", "2024年12月"],
        [5, "举办招商活动10场（测试）", "区招商局", "每季度"]])
    (t,) = imp.tables
    assert t.errors == []
    want = {"完成老旧小区改造50个（测试）": ("2024Q2", "2024年6月，持续推进"),
            "城镇新增就业4.6万人（测试）": ("2024Q4", "持续推进，2024年底前见效"),
            "建成数字化应用5个（测试）": ("2024Q4", "2024年6月底前启动，12月底前完成"),
            "新增市场主体1.2万户（测试）": ("2024Q4", None),  # a plain date: its quarter says it all
            "举办招商活动10场（测试）": (None, "每季度")}
    assert {r["text"]: (r["quarter"], r["quarter_text"]) for r in t.records} == want
    said = {p.text: p.message for p in t.problems if p.column == "D"}
    assert said["持续推进，2024年底前见效"] == "完成时限按“2024年底前”记入"
    out = tmp_path / "举措.xlsx"
    back = exported_back(db, imp, out)
    assert _deadlines(db) == {text: (q and Quarter.parse(q), words) for text, (q, words) in want.items()}
    shown = _exported_deadlines(out)
    assert shown == {"完成老旧小区改造50个（测试）": "2024年6月，持续推进",
                     "城镇新增就业4.6万人（测试）": "持续推进，2024年底前见效",
                     "建成数字化应用5个（测试）": "2024年6月底前启动，12月底前完成",
                     "新增市场主体1.2万户（测试）": "2024年四季度", "举办招商活动10场（测试）": "每季度"}
    assert not back.has_errors and back.diffs[0].counts()["changed"] == 0
    # a later list's plain date replaces the quarter and the words with it
    write(db, preview(db, _list(tmp_path, "二", [[1, "完成老旧小区改造50个（测试）", "区住房城乡建委", "2024年9月"]])))
    assert _deadlines(db)["完成老旧小区改造50个（测试）"] == (Quarter(2024, 3), None)


def test_one_deadline_of_steps_beside_several_targets_keeps_no_words(db, tmp_path):
    # "6月底前完成40个，12月底前全面完成" beside two targets are their steps together: written beside each one
    # alone (the export), they would read back as its own steps
    imp = _list(tmp_path, "任务", [
        [1, "引进项目80个（测试），正式合同投资额300亿元（测试）", "区招商局", "6月底前完成40个，12月底前全面完成"]])
    (t,) = imp.tables
    assert [(r["quarter"], r["quarter_text"]) for r in t.records] == [("2024Q4", None), ("2024Q4", None)]


def test_the_export_writes_the_quarter_where_the_words_no_longer_read_as_it():
    from milestones.spreadsheet.export_tables import _deadline_cell

    assert _deadline_cell("2024Q2", "2024年6月，持续推进", 2024) == "2024年6月，持续推进"
    # a quarter typed since (the words left behind by another way in): the quarter, which is what the plan holds
    assert _deadline_cell("2024Q3", "2024年6月，持续推进", 2024) == "2024年三季度"
    assert _deadline_cell(None, "持续推进", 2024) == "持续推进"
    assert _deadline_cell("2024Q4", None, 2024) == "2024年四季度"


def test_a_deadline_of_a_month_and_day_is_a_day_of_the_lists_year(db, tmp_path):
    # "6.30前" and 12.31 typed as a number were refused as no date, the whole list with them
    imp = _list(tmp_path, "任务", [
        [1, "完成老旧小区改造50个（测试）", "区住房城乡建委", "6.30前"],
        [2, "城镇新增就业4.6万人（测试）", "区人力社保局", 12.31],
        [3, "新增市场主体1.2万户（测试）", "区市场监管局", 9.3]])  # 9.30 saved as 9.3: September, no day
    (t,) = imp.tables
    assert t.errors == []
    assert {r["text"]: (r["quarter"], r["quarter_text"]) for r in t.records} == {
        "完成老旧小区改造50个（测试）": ("2024Q2", None), "城镇新增就业4.6万人（测试）": ("2024Q4", None),
        "新增市场主体1.2万户（测试）": ("2024Q3", None)}


def test_a_task_lists_revised_deadline_is_the_deadline_and_why_is_in_its_notes(tmp_path):
    # "原完成时限 | 调整后完成时限": the original was read, the revision dropped as a repeat; "调整原因" was no field
    from tests.spreadsheet.conftest import csv_file, one_table

    t, r = one_table(csv_file(tmp_path, "调整.csv", "2024年重点任务调整表\n"
                                                  "序号,重点任务,量化目标,牵头单位,原完成时限,调整后完成时限,调整原因\n"
                                                  "1,城市更新,完成老旧小区改造50个,区住房城乡建委,2024年6月,2024年9月,资金到位滞后\n"
                                                  "2,招商引资,引进项目80个,区招商局,2024年12月,2024年12月,无\n"))
    # the deadline before the revision is kept for the target's record of changes where it moved (not in its notes
    # as well: a 调整表 exported and read back grew a note each time); the same deadline, written again, adds nothing
    assert {n: (v["quarter"], v.get("quarter_before"), v["notes"]) for n, v in r.items()} == {
        "完成老旧小区改造50个": ("2024Q3", "2024Q2", "调整原因：资金到位滞后"), "引进项目80个": ("2024Q4", None, None)}
    assert "第E列“原完成时限”是调整前的计划，导入的是第F列“调整后完成时限”（调整前的完成时限记入变更记录）" in \
        [p.message for p in t.problems]


def test_a_revised_deadline_keeps_the_original_words_and_a_blank_revision_keeps_the_plan(tmp_path):
    from tests.spreadsheet.conftest import csv_file, one_table

    t, r = one_table(csv_file(tmp_path, "调整.csv", "2024年重点任务调整表\n"
                                                  "序号,重点任务,量化目标,原完成时限,调整后完成时限,备注\n"
                                                  "1,城市更新,完成老旧小区改造50个,\"2024年6月，持续推进\",2024年12月,市级资金\n"
                                                  "2,招商引资,引进项目80个,2024年12月,,\n"
                                                  "3,数字经济,新增上云企业100家,持续推进,2024年9月,\n"))
    assert {n: (v["quarter"], v.get("quarter_before"), v["notes"]) for n, v in r.items()} == {
        "完成老旧小区改造50个": ("2024Q4", "2024Q2", "市级资金"),
        "引进项目80个": ("2024Q4", None, None),  # not revised: the plan stands, nothing to keep
        "新增上云企业100家": ("2024Q3", "持续推进", None)}
    assert "第E列“调整后完成时限”空白的1行没有调整，按第D列“原完成时限”导入" in [p.message for p in t.problems]


def test_a_task_target_reworded_by_a_revised_list_is_found_and_reworded(empty_db, tmp_path):
    # "原目标 | 调整后目标": the revised wording was a new target beside the old one, which stayed as if still due
    from sqlalchemy import select as _select

    from tests.spreadsheet.conftest import csv_file

    head = "2024年重点任务\n序号,重点任务,{},牵头单位,完成时限\n"
    write(empty_db, preview(empty_db, read_import(csv_file(tmp_path, "a.csv", head.format("目标") +
                                                            "1,城市更新,完成老旧小区改造50个,区住房城乡建委,2024年12月\n"
                                                            "2,招商引资,引进项目80个,区招商局,2024年12月\n"))))
    revised = preview(empty_db, read_import(csv_file(tmp_path, "b.csv", head.format("原目标,调整后目标") +
                                                     "1,城市更新,完成老旧小区改造50个,完成老旧小区改造40个,区住房城乡建委,2024年12月\n"
                                                     "2,招商引资,引进项目80个,,区招商局,2024年12月\n")))
    d = revised.diffs[0]
    assert d.counts() == {"new": 0, "changed": 1, "unchanged": 1, "missing": 0}
    assert d.changed[0]["text"] == ("完成老旧小区改造50个", "完成老旧小区改造40个")
    write(empty_db, revised)
    with empty_db.read() as s:
        assert sorted(s.execute(_select(MeasureTarget.text, MeasureTarget.value)).all()) == [
            ("完成老旧小区改造40个", 40.0), ("引进项目80个", 80.0)]


def test_a_revised_task_lists_former_lead_unit_is_kept_as_its_revision(tmp_path):
    # "原牵头单位 | 调整后牵头单位": the unit answering before was lost, then kept in the notes (a task kept no record
    # of changes); it is the record's now, as its 原完成时限 (read back from a 调整表, a note grew each time)
    from tests.spreadsheet.conftest import csv_file, one_table

    t, r = one_table(csv_file(tmp_path, "调整.csv", "2024年重点任务调整表\n"
                                                  "序号,重点任务,量化目标,原牵头单位,调整后牵头单位,原完成时限,调整后完成时限\n"
                                                  "1,城市更新,完成老旧小区改造50个,区住房城乡建委,区城市更新中心,2024年6月,2024年9月\n"
                                                  "2,招商引资,引进项目80个,区招商局,,2024年12月,\n"))
    assert {n: (v["responsible_unit"], v.get("responsible_unit_before"), v["quarter"], v["notes"])
            for n, v in r.items()} == {
        "完成老旧小区改造50个": ("区城市更新中心", "区住房城乡建委", "2024Q3", None),
        "引进项目80个": ("区招商局", None, "2024Q4", None)}  # not revised: nothing to keep
    assert "第D列“原牵头单位”是调整前的计划，导入的是第E列“调整后牵头单位”（调整前的记入变更记录）" in [p.message for p in t.problems]


def test_a_revised_task_list_into_a_new_plan_is_the_lists_section_not_the_revisions(empty_db, tmp_path):
    # a list with no sections goes into one named after its title: "2024年重点任务调整表" made a section "重点任务调整表",
    # and the original list "2024年重点任务" imported after it one more, "重点任务", each task twice
    from milestones.store.schema import Section
    from tests.spreadsheet.conftest import csv_file

    revised = preview(empty_db, read_import(csv_file(tmp_path, "调整.csv", "2024年重点任务调整表\n"
                                                     "序号,重点任务,原完成时限,调整后完成时限,牵头单位\n"
                                                     "1,建成城市更新示范项目3个,2024年6月,2024年9月,区住房城乡建委\n"
                                                     "2,新增市场主体5000户,2024年12月,,区市场监管局\n")))
    assert "表中没有“部分”：新增的2个目标列入新的部分“重点任务”（按表题）" in [p.message for p in revised.tables[0].problems]
    write(empty_db, revised)
    original = preview(empty_db, read_import(csv_file(tmp_path, "原.csv", "2024年重点任务\n序号,重点任务,完成时限,牵头单位\n"
                                                      "1,建成城市更新示范项目3个,2024年6月,区住房城乡建委\n"
                                                      "2,新增市场主体5000户,2024年12月,区市场监管局\n")))
    assert original.diffs[0].counts() == {"new": 0, "changed": 1, "unchanged": 1, "missing": 0}
    with empty_db.read() as s:
        assert s.scalars(select(Section.title)).all() == ["重点任务"]


def test_a_deadline_of_months_or_quarters_without_their_year_is_due_by_the_last(tmp_path):
    # "6—9月", "二至三季度": the table's year, due by the end of the last month or quarter; "6—9月" was refused ("月份跨两个
    # 季度") where "2024年6-9月" was read, and "二至三季度" was no date at all
    imp = _list(tmp_path, "任务", [
        [1, "完成老旧小区改造50个（测试）", "区住房城乡建委", "6—9月"],
        [2, "建成数字化应用5个（测试）", "区大数据局", "二至三季度"],
        [3, "举办招商活动10场（测试）", "区招商局", "2024年6-9月"]])
    (t,) = imp.tables
    assert t.errors == []
    assert [r["quarter"] for r in t.records] == ["2024Q3", "2024Q3", "2024Q3"]
    said = {p.text: p.message for p in t.problems if p.column == "D"}
    assert said["6—9月"] == said["2024年6-9月"] == "完成时限按“2024年9月”记入"


def test_a_deadline_over_years_with_words_after_it_is_due_by_the_last_year(db, tmp_path):
    # "2024—2025年持续推进" refused its row (and so the whole list): due by the end of 2025, its words kept, and the
    # list exported reads back the same
    imp = _list(tmp_path, "任务", [[1, "完成老旧小区改造50个（测试）", "区住房城乡建委", "2024—2025年持续推进"]])
    (t,) = imp.tables
    assert t.errors == []
    assert [(r["quarter"], r["quarter_text"]) for r in t.records] == [("2025Q4", "2024—2025年持续推进")]
    back = exported_back(db, imp, tmp_path / "举措.xlsx")
    assert not back.has_errors and back.diffs[0].counts()["changed"] == 0
    assert _exported_deadlines(tmp_path / "举措.xlsx") == {"完成老旧小区改造50个（测试）": "2024—2025年持续推进"}


def test_a_task_systems_export_with_no_title_takes_its_year_from_the_deadlines(tmp_path):
    # a 督查 system's export: no title, 任务名称 | 任务描述 | 开始时间 | 截止时间 | 任务状态. 任务描述 was dropped as a
    # second task column, 开始时间 read as the deadline (every task due in 2024Q1), 任务状态 as a third task column,
    # and the file refused for want of a year though every deadline is in 2024
    text = ("任务编号,任务名称,任务描述,责任领导,责任单位,协办单位,开始时间,截止时间,任务状态,完成进度(%),最新进展\n"
            "RW2024001,新开工重点项目,全年新开工重点项目15个以上,张三,区发展改革委,各街道,2024-01-01,2024-12-31,进行中,60,"
            "已新开工9个\nRW2024002,老旧小区改造,改造老旧小区30个,李四,区住建委,,2024-01-01,2024-11-30,已办结,100,已完成30个\n"
            "RW2024003,举办促消费活动,举办促消费活动100场,王五,区商务委,,2024-03-01,2024-06-30,已逾期,80,已举办80场\n")
    (path,) = [tmp_path / "督查任务.csv"]
    path.write_text(text, encoding="utf-8")
    convert([path], tmp_path / "lo", "xlsx")
    for read in (path, tmp_path / "lo" / "督查任务.xlsx"):
        (t,) = read_import(read).tables
        assert (t.kind, t.year, t.errors) == ("measures", 2024, []), read
        got = [(r["measure"], r["text"], r["quarter"], r["status"]) for r in t.records]
        assert got == [("新开工重点项目", "全年新开工重点项目15个以上", "2024Q4", "进行中"),
                       ("老旧小区改造", "改造老旧小区30个", "2024Q4", "已办结"),
                       ("举办促消费活动", "举办促消费活动100场", "2024Q2", "已逾期")]
        said = [p.message for p in t.problems]
        assert "标题和表头中没有年度，按第H列“截止时间”所写的日期（都在2024年）取2024年；如不对，请在“年度”中选择" in said
        assert "第G列“开始时间”没有对应的字段，未导入" in said
