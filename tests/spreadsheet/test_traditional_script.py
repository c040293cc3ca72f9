"""A table in traditional characters (繁体字: copied from a site's 繁體 page, or sent from Hong Kong, Macao or
Taiwan) is read in the simplified ones the plan is kept in, and said; a simplified table is never touched."""
from milestones.spreadsheet.importer import preview, read_import
from tests.spreadsheet.conftest import csv_file, one_table, typed_and_saved

PROJECTS = ("2024年重點項目計劃表\n序號,項目名稱,區域,總投資（億元）,年度計劃投資（億元）,計劃竣工時間,責任單位\n"
            "1,紅樓賓館綜合改造,東部,3.2,1.1,2024年四季度,區商務委\n"
            "2,磨房巷片區整體更新,東部,5,2,2025年四季度,區住房城鄉建委\n"
            "3,燕子岩傳統風貌區,中部,8,2,2026年四季度,區文化旅遊委\n")


def test_a_project_list_in_traditional_characters_is_read_and_matches_the_plans_own_projects(db, tmp_path):
    # "項目名稱 | 總投資（億元）": no heading was found ("找不到“名称”列", read as an indicator table); had it been, the
    # projects would have come in as new ones beside the plan's 红楼宾馆综合改造 …
    for src in typed_and_saved(tmp_path, "繁體.csv", PROJECTS):
        t, r = one_table(src)
        assert t.kind == "key_projects" and t.year == 2024, src.name
        assert {n: (v["zone"], v["total_investment"], v["completion"], v["responsible_unit"]) for n, v in r.items()} == {
            "红楼宾馆综合改造": ("东部", 3.2, "2024Q4", "区商务委"),
            "磨房巷片区整体更新": ("东部", 5.0, "2025Q4", "区住房城乡建委"),
            "燕子岩传统风貌区": ("中部", 8.0, "2026Q4", "区文化旅游委")}, src.name
        assert [p.message for p in t.problems if "繁体" in p.message] == [
            "表中是繁体字，已按简体读入：如“項目名稱”读作“项目名称”；项目、指标、单位等名称都按简体导入"], src.name
        (d,) = preview(db, read_import(src)).diffs.values()
        assert d.new == [] and len(d.changed) + len(d.unchanged) == 3, src.name


def test_an_indicator_table_in_traditional_characters_is_read(tmp_path):
    src = csv_file(tmp_path, "附件1.csv", "附件1\n2023年經濟社會發展主要目標完成情況表\n序號,指標名稱,單位,目標,完成,完成情況,指標屬性\n"
                                        "一、經濟發展,,,,,,\n1,地區生產總值增速,%,6%左右,5.2,未完成,預期性\n"
                                        "2,城鎮新增就業,萬人,4.6,5.16,完成,約束性\n")
    t, r = one_table(src)
    assert (t.kind, t.year) == ("indicator_results", 2023)
    assert {n: (v["unit"], v["category"], v["target"]["value"], v["actual"], v["status"], v["binding"])
            for n, v in r.items()} == {"地区生产总值增速": ("%", "经济发展", 6.0, 5.2, "未完成", False),
                                       "城镇新增就业": ("万人", "经济发展", 4.6, 5.16, "完成", True)}


def test_a_simplified_table_is_left_as_typed_though_some_of_its_characters_are_traditional_ones_too(tmp_path):
    # t2s turns 乾 into 干 and 於 into 于 on their own: a simplified list naming 乾元里 and a person 喆 (outside
    # GB 2312) must keep them, and say nothing of 繁体字
    src = csv_file(tmp_path, "简体.csv", "2024年重点项目计划表\n序号,项目名称,区域,总投资（亿元）,责任单位,联系人\n"
                                        "1,乾元里片区改造,东部,3,区住房城乡建委,王喆\n2,著名商圈提升,中部,2,区商务委,李於\n")
    t, r = one_table(src)
    assert set(r) == {"乾元里片区改造", "著名商圈提升"}
    assert r["乾元里片区改造"]["contact"] == "王喆"
    assert not [p for p in t.problems if "繁体" in p.message]


def test_the_note_reads_in_english_too():
    from milestones.ui.problem_text import english

    assert english("表中是繁体字，已按简体读入：如“項目名稱”读作“项目名称”；项目、指标、单位等名称都按简体导入") == \
        "the table is in traditional characters and was read in simplified ones: “項目名稱” reads “项目名称”; the " \
        "names of projects, indicators and units are imported in simplified characters"
