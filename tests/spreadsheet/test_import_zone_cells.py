"""What a zone column holds besides the zone, as offices type it."""
from milestones.spreadsheet.importer import read_import
from tests.spreadsheet.conftest import csv_file as _csv, one_table as _table


def test_a_zone_cell_naming_the_area_after_the_zone_gives_both(tmp_path):
    # "东部-解放碑" and "中部片区/大坪" were refused as zones (a warning, the project with no zone);
    # "东部片区（解放碑板块）" kept the zone and lost the area
    t, r = _table(_csv(tmp_path, "区域.csv", "2024年重点项目表\n序号,项目名称,所属区域,总投资（亿元）\n"
                                           "1,甲,东部片区（解放碑板块）,5\n2,乙,东部-解放碑,5\n3,丙,中部片区/大坪,5\n"
                                           "4,丁,东部片区（16个）,5\n5,戊,东、中部,5\n6,己,中部（待定）,5\n"))
    assert {n: (v["zone"], v["area"]) for n, v in r.items()} == {
        "甲": ("东部", "解放碑板块"), "乙": ("东部", "解放碑"), "丙": ("中部", "大坪"),
        "丁": ("东部", None),  # a count in brackets is no area
        "戊": ("全区", None),  # across zones: the whole district's
        "己": ("中部", None)}  # a remark in brackets is no area
    assert not [p for p in t.problems if p.severity == "warning"]
    # an area column of its own is kept
    _, r = _table(_csv(tmp_path, "板块.csv", "2024年重点项目表\n序号,项目名称,区域,板块\n1,甲,东部-解放碑,解放碑中央商务区\n"))
    assert (r["甲"]["zone"], r["甲"]["area"]) == ("东部", "解放碑中央商务区")


def test_an_area_of_another_zone_is_said_and_left_out_and_english_zone_names_are_read(db, tmp_path):
    # "西部 | 解放碑中央商务区" was written as a west project in an east area, grouped under both, unsaid; "East" (as
    # the English interface names the zone, which a paste into the list takes) was "区域应为 东部、中部、西部 或 全区"
    from sqlalchemy import select

    from milestones.spreadsheet.importer import preview, read_import, write
    from milestones.store.schema import Area, KeyProject, Zone
    from tests.spreadsheet.conftest import csv_file

    src = csv_file(tmp_path, "z.csv", "2024年重点项目表\n序号,项目名称,区域,板块,总投资（亿元）\n"
                                      "1,乙项目,East,,3\n2,丁项目,西部,解放碑中央商务区,3\n3,戊项目,东部,解放碑中央商务区,3\n")
    imp = preview(db, read_import(src))
    (t,) = imp.tables
    assert [(p.row, p.column, p.message) for p in t.problems if p.severity == "warning"] == [
        (4, "D", "板块“解放碑中央商务区”属于东部，与本行的区域“西部”不符：按区域记入，板块未记入")]
    write(db, imp)
    with db.read() as s:
        placed = dict((n, (z, a)) for n, z, a in s.execute(
            select(KeyProject.name, Zone.name, Area.name).outerjoin(Zone, Zone.id == KeyProject.zone_id)
            .outerjoin(Area, Area.id == KeyProject.area_id).where(KeyProject.name.in_(["乙项目", "丁项目", "戊项目"]))))
    assert placed == {"乙项目": ("东部", None), "丁项目": ("西部", None), "戊项目": ("东部", "解放碑中央商务区")}
    assert preview(db, read_import(src)).diffs[0].counts()["unchanged"] == 3  # and imported again, nothing changes


def test_an_area_the_plan_lacks_is_said_and_one_named_like_a_known_area_is_warned(db, tmp_path):
    """"解放碑" typed for 解放碑中央商务区 made a second area of 东部, unsaid: the projects split between two areas in
    every list, figure and printout."""
    from milestones.spreadsheet.importer import preview, read_import, write

    src = tmp_path / "list.csv"
    src.write_text("2024年重点项目表\n序号,项目名称,区域,板块\n1,新项目甲,东部,解放碑\n2,新项目乙,西部,嘉陵江滨江\n"
                   "3,新项目丙,东部,解放碑\n4,重庆长滨,东部,两江滨江休闲产业带\n", encoding="utf-8")
    imp = preview(db, read_import(src))
    said = [(p.row, p.column, p.severity, p.message) for p in imp.tables[0].problems]
    assert said == [
        (3, "D", "warning", "计划中没有板块“解放碑”，导入将新建于东部；与已有板块“解放碑中央商务区”相近：如为同一板块，可按已有板块导入"),
        (4, "D", "info", "计划中没有板块“嘉陵江滨江”，导入将新建于西部")]
    write(db, imp)
    again = preview(db, read_import(src))  # made now: nothing more to say
    assert not again.tables[0].problems


def _places(db, names):
    from sqlalchemy import select

    from milestones.store.schema import Area, KeyProject, Zone

    with db.read() as s:
        return {n: (z, a, t) for n, z, a, t in s.execute(
            select(KeyProject.name, Zone.name, Area.name, KeyProject.total_investment)
            .outerjoin(Zone, Zone.id == KeyProject.zone_id).outerjoin(Area, Area.id == KeyProject.area_id)
            .where(KeyProject.name.in_(names)))}


def test_a_listed_project_moved_to_an_area_the_plan_lacks_is_counted_changed_and_said_by_name(db, tmp_path):
    # 重庆长滨 listed under "解放碑" was counted 不变 while the import made the area and moved it there; a move
    # between known areas was shown as "板块：1 → 2", the areas' numbers in the database
    from milestones.spreadsheet.importer import preview, read_import, write

    src = tmp_path / "list.csv"
    src.write_text("2024年重点项目表\n序号,项目名称,区域,板块\n1,重庆长滨,东部,解放碑\n2,磨房巷片区整体更新,东部,下半城历史风貌带\n",
                   encoding="utf-8")
    imp = preview(db, read_import(src))
    d = imp.diffs[0]
    assert d.counts() == {"new": 0, "changed": 2, "unchanged": 0, "missing": 47}
    assert d.changed == {0: {"area_id": ("两江滨江休闲产业带", "解放碑")},
                         1: {"area_id": ("解放碑中央商务区", "下半城历史风貌带")}}
    write(db, imp)
    assert _places(db, ["重庆长滨", "磨房巷片区整体更新"]) == {
        "重庆长滨": ("东部", "解放碑", None), "磨房巷片区整体更新": ("东部", "下半城历史风貌带", None)}


def test_an_area_the_planner_says_is_the_plans_is_imported_as_it(db, tmp_path):
    """The preview's 提示 about an area named like a known one now has an answer: take the known one."""
    from milestones.spreadsheet.importer import preview, read_import, take_known_areas, write
    from milestones.store.schema import Area
    from sqlalchemy import func, select

    src = tmp_path / "list.csv"
    src.write_text("2024年重点项目表\n序号,项目名称,区域,板块\n1,新项目甲,东部,解放碑\n2,重庆长滨,东部, 解放碑 \n"
                   "3,新项目丙,西部,嘉陵江滨江\n", encoding="utf-8")
    with db.read() as s:
        areas = s.scalar(select(func.count()).select_from(Area))
    imp = read_import(src)
    assert take_known_areas(imp, {"解放碑": "解放碑中央商务区", "朝天门": "朝天门片区"}) == ["朝天门"]
    assert [r["area"] for r in imp.tables[0].records] == ["解放碑中央商务区", "解放碑中央商务区", "嘉陵江滨江"]
    preview(db, imp)
    said = [(p.row, p.column, p.severity, p.message) for p in imp.tables[0].problems]
    assert said == [(3, "D", "info", "板块“解放碑”按已有板块“解放碑中央商务区”导入"),
                    (5, "D", "info", "计划中没有板块“嘉陵江滨江”，导入将新建于西部")]
    assert imp.diffs[0].changed == {1: {"area_id": ("两江滨江休闲产业带", "解放碑中央商务区")}}
    write(db, imp)
    assert _places(db, ["新项目甲", "重庆长滨"]) == {"新项目甲": ("东部", "解放碑中央商务区", None),
                                                  "重庆长滨": ("东部", "解放碑中央商务区", None)}
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Area)) == areas + 1  # 嘉陵江滨江 only


def test_the_districts_name_before_its_zone_with_or_without_区(tmp_path):
    # "渝中东部" (a GBK, tab-separated list) was "区域应为 东部、中部、西部 或 全区" and the project had no zone
    path = tmp_path / "zones.csv"
    path.write_bytes("重点项目清单（2024年）\n项目名称\t区域\t总投资(亿元)\n解放碑地下环道\t渝中东部\t15.5\n"
                     "大坪正街改造\t渝中区中部\t4\n化龙桥商务区\t渝中西部区域\t60\n两路口枢纽\t中西部\t9\n"
                     .encode("gbk"))
    (t,) = read_import(path).tables
    got = {r["name"]: r["zone"] for r in t.records}
    assert got == {"解放碑地下环道": "东部", "大坪正街改造": "中部", "化龙桥商务区": "西部", "两路口枢纽": None}
    # "中西部" names two zones, not a district's 西部: said, the zone left empty
    assert [p.text for p in t.problems if p.severity == "warning"] == ["中西部"]


def test_a_zones_subtotal_over_its_projects_gives_them_its_zone(lo_files):
    # "一 | 东部片区小计（2个） | 25 | 6" over its projects, as many lists head each zone with its sums: the row was
    # dropped as any total and its projects had no zone
    t, r = _table(lo_files["key-projects-zone-subtotals-2025"])
    assert {n: v["zone"] for n, v in r.items()} == {"甲道路工程": "东部", "乙学校": "东部", "丙管网改造": "西部",
                                                     "丁公园": "西部"}
    said = {(p.row, p.message) for p in t.problems if "计行" in p.message}
    assert said == {(3, "合计行，未导入"), (4, "小计行，未导入；其下的项目记作东部"), (7, "小计行，未导入；其下的项目记作西部")}


def test_a_zones_subtotal_under_its_projects_gives_them_its_zone(tmp_path):
    t, r = _table(_csv(tmp_path, "小计在下.csv", "2025年重点项目表\n序号,项目名称,总投资（亿元）,开工时间\n"
                                              "1,甲,15,2025年3月\n2,乙,10,2025年6月\n,东部片区小计,25,\n"
                                              "3,丙,8,2025年二季度\n,西部片区小计,8,\n,合计,33,\n"))
    assert {n: v["zone"] for n, v in r.items()} == {"甲": "东部", "乙": "东部", "丙": "西部"}
    assert [p.message for p in t.problems if "计行" in p.message] == [
        "小计行，未导入；其上的项目记作东部", "小计行，未导入；其上的项目记作西部", "合计行，未导入"]


def test_the_header_printed_again_after_a_zones_subtotal_is_left_out(lo_files):
    # each zone on its own printed page: its projects, its subtotal, then the header again over the next zone's.
    # Giving the subtotal's zone to the projects above it forgot what the header said, and the header printed again
    # was read as a project: "总投资（亿元）" is not a number, an error that stopped the whole import
    t, r = _table(lo_files["key-projects-subtotals-below-and-page-headers-2025"])
    assert {n: v["zone"] for n, v in r.items()} == {"甲道路工程": "东部", "乙学校": "东部", "丙管网改造": "西部",
                                                     "丁公园": "西部"}
    assert [(p.row, p.message) for p in t.problems if "表头" in p.message] == [(6, "重复的表头行，未导入")]


def test_the_zones_summed_one_under_another_above_the_table_head_nothing(tmp_path):
    # "合计 | 东部小计 | 西部小计" over all the projects: a summary, not headings (every project was in 西部)
    t, r = _table(_csv(tmp_path, "汇总.csv", "2025年重点项目表\n序号,项目名称,总投资（亿元）,开工时间\n"
                                          ",合计,33,\n,东部片区小计,25,\n,西部片区小计,8,\n"
                                          "1,甲,15,2025年3月\n2,乙,10,2025年6月\n"))
    assert {n: v["zone"] for n, v in r.items()} == {"甲": None, "乙": None}
    assert [p.message for p in t.problems if "计行" in p.message] == ["合计行，未导入"] * 3


def test_the_district_itself_or_every_street_in_a_zone_cell_is_the_whole_district(tmp_path):
    # "渝中区" in 渝中区's list and "各街道" were refused as zones (a warning, the project with no zone)
    t, r = _table(_csv(tmp_path, "全区.csv", "渝中区2024年重点项目计划表\n序号,项目名称,所属区域,总投资（亿元）\n"
                                          "1,甲,渝中区,5\n2,乙,各街道,3\n3,丙,东部片区,1\n"))
    assert {n: v["zone"] for n, v in r.items()} == {"甲": "全区", "乙": "全区", "丙": "东部"}
    assert [(p.row, p.message) for p in t.problems if p.column == "C"] == [
        (3, "写的是全区，按全区导入"), (4, "写的是全区，按全区导入")]
    # beside the district's own parts (渝北区's 两江新区, 空港新城), those stay its areas
    _, r = _table(_csv(tmp_path, "渝北.csv", "渝北区2024年重点项目计划表\n序号,项目名称,区域,总投资（亿元）\n"
                                          "1,甲,两江新区,5\n2,乙,空港新城,3\n3,丙,渝北区,2\n"))
    assert {n: (v["zone"], v["area"]) for n, v in r.items()} == {
        "甲": (None, "两江新区"), "乙": (None, "空港新城"), "丙": ("全区", None)}
    # a district the title does not name is no zone of this plan's
    t, r = _table(_csv(tmp_path, "他区.csv", "渝中区2024年重点项目计划表\n序号,项目名称,所属区域,总投资（亿元）\n"
                                          "1,甲,江北区,5\n2,乙,东部,3\n"))
    assert r["甲"]["zone"] is None and any(p.message == "区域应为 东部、中部、西部 或 全区" for p in t.problems)


def test_a_cell_naming_two_areas_sets_none_and_keeps_them_as_where_it_is_built(db, tmp_path):
    # "西部（化龙桥、大坪）", a 板块 of "化龙桥、大坪": a project is in one area, and a new area of both names was made
    from milestones.spreadsheet.export import export
    from milestones.spreadsheet.importer import preview, write

    t, r = _table(_csv(tmp_path, "p.csv", "2024年重点项目计划表\n序号,项目名称,区域,板块,建设地点\n"
                                          "1,甲,西部,化龙桥、大坪,\n2,乙,中部,解放碑，较场口,解放碑步行街\n3,丙,东部,朝天门,\n"))
    assert [(r[n]["zone"], r[n]["area"], r[n]["location"]) for n in "甲乙丙"] == [
        ("西部", None, "化龙桥、大坪"), ("中部", None, "解放碑步行街（解放碑，较场口）"), ("东部", "朝天门", None)]
    said = [(p.row, p.column, p.text) for p in t.problems if p.message.startswith("写了不止一个板块")]
    assert said == [(3, "D", "化龙桥、大坪"), (4, "D", "解放碑，较场口")]
    imp = preview(db, read_import(tmp_path / "p.csv"))
    write(db, imp)
    export(db, "key_projects", tmp_path / "out.xlsx", timeline=False)
    assert preview(db, read_import(tmp_path / "out.xlsx")).diffs[0].counts()["changed"] == 0


def test_a_list_led_by_its_pian_qu_column_of_zones_with_a_note_below_has_its_zones(tmp_path):
    # "片区" first, holding 东部片区 / 中部 …, and "注：…" under the list in that first column: the note was one more
    # 片区 value, so the column was not all zones and every project had "东部片区" as its area and no zone; beside a
    # 功能区 column, that one was dropped as "the same field twice"
    from tests.spreadsheet.conftest import typed_and_saved

    for src in typed_and_saved(tmp_path, "片区.csv", "2024年重点项目计划表\n片区,项目名称,功能区,总投资（亿元）\n"
                                                     "东部片区,甲,解放碑,5\n中部,乙,大坪,3\n西部片区,丙,化龙桥,2\n"
                                                     "合计,,,10\n注：本表投资数据为计划数。,,,\n"):
        t, r = _table(src)
        assert {n: (v["zone"], v["area"]) for n, v in r.items()} == {
            "甲": ("东部", "解放碑"), "乙": ("中部", "大坪"), "丙": ("西部", "化龙桥")}, src.name
        assert not [p for p in t.problems if "同一项" in p.message], src.name
