"""A 目标任务分解表 as district offices lay it out: the report's targets as tasks, what is to be done
for each, and the units answering for them."""
import pytest

from tests.spreadsheet.conftest import convert, csv_file as _csv, exported_back, one_table as _table, typed_and_saved


@pytest.mark.parametrize("saved", ["lo_files", "lo_ods_files", "lo_csv_files"])
def test_a_target_task_beside_its_measures_is_the_task_and_the_measures_its_targets(saved, request):
    # "目标任务 | 具体举措": both read as the target, the second dropped as the same field, so each task
    # was a target of its own and what the table breaks it into was lost
    t, r = _table(request.getfixturevalue(saved)["measures-tasks-and-their-measures-2024"])
    got = [(v["measure"], text, v["responsible_unit"], v["quarter"]) for text, v in r.items()]
    assert got == [("固定资产投资增长5%", "实施重点项目50个", "区发展改革委", "2024Q4"),
                   ("固定资产投资增长5%", "新开工项目15个", "区住房城乡建委", "2024Q3"),
                   ("社会消费品零售总额增长6%", "举办促消费活动100场以上", "区商务委", "2024Q4"),
                   # merged down over the rows of two units: one target both answer for
                   ("建成投用红岩村学校", "完成主体工程和室外配套，确保秋季开学前投用", "区教委、区住房城乡建委", "2024Q3")]
    assert {v["leader"] for v in r.values() if v["measure"] == "固定资产投资增长5%"} == {"张三"}
    said = [p.message for p in t.problems]
    assert "第B列“目标任务”是任务，第C列“具体举措”是它的目标" in said
    assert "与第9行是同一目标（合并单元格），本行的单位和完成时限一并记入该目标" in said
    assert not [p for p in t.problems if p.severity == "warning"]


def test_a_target_merged_over_two_units_keeps_both_and_the_later_deadline(db, lo_files, tmp_path):
    # the second unit's row had no target of its own and was left out without a word
    imp = _read(lo_files["measures-tasks-and-their-measures-2024"])
    back = exported_back(db, imp, tmp_path / "举措.xlsx")
    (t,) = back.tables
    school = next(v for v in t.records if v["measure"] == "建成投用红岩村学校")
    assert (school["responsible_unit"], school["quarter"]) == ("区教委、区住房城乡建委", "2024Q3")
    assert back.diffs[0].changed == {} and not back.diffs[0].new  # the export gives back what was imported


def _read(path):
    from milestones.spreadsheet.importer import read_import
    return read_import(path)


def test_the_headings_offices_use_for_a_tasks_requirement_and_schedule(tmp_path):
    # "工作要求" (the target) and "进度安排" (the deadline) were said as no field: the list had no target column
    t, r = _table(_csv(tmp_path, "要求.csv", "2024年重点工作任务分解表\n序号,重点任务,工作要求,责任单位,责任人,进度安排\n"
                                           "1,扩大有效投资,固定资产投资增长5%,区发展改革委,张三,一季度完成项目梳理，三季度开工15个\n"))
    got = r["固定资产投资增长5%"]
    assert (got["measure"], got["quarter"], got["leader"]) == ("扩大有效投资", "2024Q3", None)
    # the unit's own 责任人 is no district leader: the person to call (it was said as no field, and dropped)
    assert got["contact"] == "张三"
    assert not [p for p in t.problems if "责任人" in p.message]


def test_the_headings_of_other_offices_key_project_lists(tmp_path):
    # 工程名称 was no name (no table found), 2024年投资安排 no field (the year's plan lost), 重点项目类别 the
    # name, 建设工期 and 包干领导 no field
    t, r = _table(_csv(tmp_path, "工程.csv", "2024年重点工程投资计划表\n序号,工程名称,重点项目类别,总投资（万元）,2024年投资安排（万元）,"
                                           "建设工期,包干领导\n1,甲道路工程,基础设施,10000,3000,2024-2025,张三\n"))
    got = r["甲道路工程"]
    assert (t.kind, got["class"], got["annual_investment"], got["construction_years"], got["leader"]) == \
        ("key_projects", "基础设施", 0.3, "2024-2025", "张三")


def test_a_years_targets_headed_as_its_arrangement(tmp_path):
    # "2024年安排" beside "2023年预计完成" was no target: the table read as 2023's results
    t, r = _table(_csv(tmp_path, "安排.csv", "2024年国民经济和社会发展主要指标\n序号,指标名称,单位,2023年预计完成,2024年安排\n"
                                           "1,地区生产总值增速,%,6.1,6左右\n"))
    assert (t.kind, t.year, r["地区生产总值增速"]["target"]["text"], r["地区生产总值增速"]["previous_actual"]) == \
        ("indicator_targets", 2024, "6左右", 6.1)


@pytest.mark.parametrize("saved", ["lo_files", "lo_csv_files"])
def test_the_units_under_one_heading_lead_and_work_with(saved, request):
    # "责任单位" over "牵头 | 配合": the row under it was no header (its words no headings), so the 配合
    # column was dropped as a second 责任单位
    t, r = _table(request.getfixturevalue(saved)["measures-units-under-one-heading-2024"])
    assert {text: (v["responsible_unit"], v["partner_units"]) for text, v in r.items()} == {
        "完成老旧小区改造50万平方米": ("区住房城乡建委", "各街道"), "新增市场主体1.2万户": ("区市场监管局", "区税务局")}


@pytest.mark.parametrize("saved", ["lo_files", "lo_csv_files"])
def test_the_unit_marked_as_leading_is_responsible_and_the_others_work_with_it(saved, request):
    # "区商务委（牵头）、区发展改革委、各街道" was kept whole as the unit responsible: the 举措与目标 view,
    # the export and a unit's search showed three units answering for it and none working with it
    t, r = _table(request.getfixturevalue(saved)["measures-units-marked-lead-2024"])
    assert {text: (v["responsible_unit"], v["partner_units"]) for text, v in r.items()} == {
        "社会消费品零售总额增长6%": ("区商务委", "区发展改革委、各街道"),
        "新引进首店40家": ("区商务委", "区发展改革委、各街道"),  # the unit merged down over the task's targets
        "新建学校2所": ("区教委、区卫生健康委", "区住房城乡建委"),  # two lead it
        "社区医院1个": ("区教委、区卫生健康委", "区住房城乡建委"),
        "新增市场主体1.2万户": ("区市场监管局", None),  # alone: the mark says no more than the column
        # "X牵头，Y配合": the lead and its partners (kept whole, it was a unit no unit's form or search found)
        "完成老旧小区改造50个": ("区住房城乡建委", "各街道"),
        # one unit a line in the cell: they were run together ("区商务委区文化旅游委各街道")
        "举办促消费活动100场": ("区商务委", "区文化旅游委、各街道"),
        "改造老旧管网30公里": ("区住房城乡建委", None),  # a name wrapped in its cell is one name
        "建成政务数据共享平台1个": ("区大数据发展局、区政府办公室", None)}
    said = [(p.row, p.message) for p in t.problems]
    assert (4, "标“牵头”的单位作为责任单位，其余作为配合单位导入") in said
    assert not [p for p in t.problems if p.severity != "info"]


def test_units_marked_as_leading_go_back_as_the_unit_and_its_partners(db, lo_files, tmp_path):
    back = exported_back(db, _read(lo_files["measures-units-marked-lead-2024"]), tmp_path / "牵头.xlsx")
    # the list's own section, named for its title ("（十二）渝中区2024年重点工作任务分解表"), is no second table
    assert [t.sheet for t in back.tables] == ["举措与目标"]
    assert back.diffs[0].changed == {} and not back.diffs[0].new and not back.diffs[0].missing


@pytest.mark.parametrize("saved", ["lo_files", "lo_csv_files"])
def test_a_review_saying_in_words_what_was_reached_and_why(saved, request):
    # with no 完成值 column, "已引进首店46家，超额完成" stayed a word the verdict could not read: the
    # dashboard counted every target as not reported; and 备注 was matched, then dropped without a word
    t, r = _table(request.getfixturevalue(saved)["measures-review-in-words-2024"])
    got = {text: (v["actual"], v["actual_text"], v["status"], v["notes"]) for text, v in r.items()}
    assert got == {
        "新引进首店40家": (46.0, "已引进首店46家，超额完成", "超额完成", None),
        "完成老旧小区改造50个": (42.0, "完成42个，完成率84%", None, "受资金到位影响，剩余8个结转2025年"),
        "新增市场主体1.2万户": (1.35, "新增1.35万户", None, None),
        "建成5G基站500个": (None, None, "正在推进", "选址已完成")}
    assert not [p for p in t.problems if p.severity != "info"]


def test_a_reviews_figures_and_remarks_are_counted_kept_and_exported_back(db, lo_files, tmp_path):
    from milestones.domain import Quarter
    from milestones.store.dashboard import dashboard

    before = dashboard(db, 2024, Quarter(2024, 4)).measure_targets
    back = exported_back(db, _read(lo_files["measures-review-in-words-2024"]), tmp_path / "完成情况.xlsx")
    c = dashboard(db, 2024, Quarter(2024, 4)).measure_targets
    # met: 46 ≥ 40 and 1.35 ≥ 1.2; not met: 42 < 50; 正在推进 says nothing reached yet
    assert (c["met"] - before["met"], c["not_met"] - before["not_met"], c["pending"] - before["pending"]) == (2, 1, 1)
    (t,) = back.tables
    assert {v["text"]: v["notes"] for v in t.records if v["notes"]} == {
        "完成老旧小区改造50个": "受资金到位影响，剩余8个结转2025年", "建成5G基站500个": "选址已完成"}
    assert back.diffs[0].changed == {} and not back.diffs[0].new


def test_a_projects_units_one_a_line_are_a_list_and_a_wrapped_name_one_name(tmp_path):
    # "区住房城乡建委⏎化龙桥片区管委会" read as one unit "区住房城乡建委化龙桥片区管委会"
    t, r = _table(_csv(tmp_path, "单位.csv", "2024年重点项目计划表\n序号,项目名称,区域,总投资（亿元）,业主单位,责任单位\n"
                                           '1,甲项目,东部,10,"重庆渝中城市建设\n发展有限公司","区住房城乡建委\n化龙桥片区管委会"\n'
                                           '2,乙项目,西部,5,区城投公司,"区住房城乡\n建委"\n'))
    assert {n: (v["owner"], v["responsible_unit"]) for n, v in r.items()} == {
        "甲项目": ("重庆渝中城市建设发展有限公司", "区住房城乡建委、化龙桥片区管委会"),
        "乙项目": ("区城投公司", "区住房城乡建委")}


def test_a_reports_next_steps_headed_as_next_work(tmp_path):
    # "下步工作" and "存在困难和问题" were no field: what holds the project up and what comes next, dropped
    t, r = _table(_csv(tmp_path, "三季度.csv", "渝中区2024年第三季度重点项目推进情况表\n"
                                             "序号,项目名称,年度计划投资（万元）,1-9月完成投资（万元）,形象进度,存在困难和问题,下步工作\n"
                                             "1,乙项目,8000,3000,完成征地拆迁,资金到位慢,争取专项债\n"))
    assert r["乙项目"]["quarters"]["2024Q3"]["progress"] == "完成征地拆迁；存在问题：资金到位慢；下步打算：争取专项债"
    assert not [p for p in t.problems if "未导入" in p.message]


def test_what_a_unit_asks_the_district_to_settle_is_kept_beside_its_problems(tmp_path):
    # "存在问题 | 需协调事项": the second was dropped as a second column of the problems, for projects and tasks alike
    text = ("2024年三季度重点项目推进情况表\n序号,项目名称,年度计划投资（万元）,1-9月完成投资（万元）,形象进度,存在问题,"
            "下步工作计划,需协调事项\n1,十八梯三期,25000,18000,主体结构完成80%,征地拆迁滞后,加快拆迁,请区征收中心协调\n"
            "2,化龙桥道路,15000,12000,路基完成,无,加快路面施工,无\n")
    for path in typed_and_saved(tmp_path, "项目.csv", text):
        t, r = _table(path)
        assert [r[n]["quarters"]["2024Q3"]["progress"] for n in ("十八梯三期", "化龙桥道路")] == [
            "主体结构完成80%；存在问题：征地拆迁滞后；需协调：请区征收中心协调；下步打算：加快拆迁",
            "路基完成；下步打算：加快路面施工"]
        assert not [p for p in t.problems if "同一项" in p.message or "未导入" in p.message]
    t, r = _table(_csv(tmp_path, "任务.csv", "2024年重点任务三季度推进情况\n"
                                           "序号,工作任务,年度目标,责任单位,1-9月完成情况,存在问题,需区级协调解决的问题\n"
                                           "1,新增城镇就业,新增城镇就业2万人,区人力社保局,1.6万人,企业用工需求下降,"
                                           "请区财政局加快拨付补贴\n"))
    assert r["新增城镇就业2万人"]["notes"] == "存在问题：企业用工需求下降；需区级协调解决的问题：请区财政局加快拨付补贴"


def test_the_unit_and_its_person_in_one_column_is_the_unit_responsible(tmp_path):
    # "责任单位及责任人" was said as no field: the units were lost (责任人 alone is the person to call)
    t, r = _table(_csv(tmp_path, "责任人.csv", "2024年重点项目计划表\n序号,项目名称,区域,总投资（亿元）,责任单位及责任人\n"
                                            "1,甲项目,东部,10,区住房城乡建委 张三\n2,乙项目,东部,5,区商务委（李四）\n"
                                            "3,丙项目,中部,3,\"区教委/王五\"\n4,丁项目,西部,2,区国资委\n"))
    # the person was kept in the unit: "区住房城乡建委 张三" was a unit of its own in every count by unit
    got = [(r[n]["responsible_unit"], r[n]["contact"]) for n in ("甲项目", "乙项目", "丙项目", "丁项目")]
    assert got == [("区住房城乡建委", "张三"), ("区商务委", "李四"), ("区教委", "王五"), ("区国资委", None)]
    # a task list's the same way, its person kept beside a contact column's phone
    path = _csv(tmp_path, "任务.csv", "2024年重点任务分解表\n序号,重点任务,目标任务,责任单位及责任人,联系电话\n"
                                    "1,稳投资,新开工项目15个,区发展改革委（赵六）,63000000\n")
    (t,) = _read(path).tables
    assert [(r["responsible_unit"], r["contact"]) for r in t.records] == [("区发展改革委", "赵六 63000000")]


@pytest.mark.parametrize("saved", ["lo_files", "lo_csv_files"])
def test_a_years_schedule_in_words_gives_each_quarter_its_goal_and_dates_the_project(saved, request):
    # "2024年度进度计划" (3月开工，12月主体完工) was said as no field: the year's steps, and the start
    # the table gives nowhere else, were lost
    t, r = _table(request.getfixturevalue(saved)["key-projects-year-plan-in-words-2024"])
    goals = {n: {q: v.get("goal") for q, v in (p.get("quarters") or {}).items()} for n, p in r.items()}
    assert goals == {
        "甲道路工程": {"2024Q1": "3月开工", "2024Q4": "12月主体完工"},
        "乙停车场": {"2024Q1": "一季度完成招标", "2024Q2": "二季度开工", "2024Q4": "年底前完成主体结构"},
        "丙学校": {"2024Q3": "9月竣工投用"},
        "丁医院": {"2024Q2": "4月开工建设"},  # the next year's step is no goal of this year's
        "戊公园": {"2024Q4": "完成主体工程"}}  # no time: the year's goal, due by its end
    dates = {n: (p["start"], p["completion"]) for n, p in r.items()}
    assert dates == {"甲道路工程": ("2024Q1", None), "乙停车场": ("2024Q2", None), "丙学校": (None, "2024Q3"),
                     "丁医院": ("2024Q1", "2025Q2"),  # the date column wins; the completion is the plan's words
                     "戊公园": (None, None)}
    assert r["丙学校"]["nature"] == "续建"  # the step with no time says the kind of project
    said = [p.message for p in t.problems]
    assert "第G列“2024年度进度计划”按所写时间分为各季度的节点目标，写“开工”“竣工”的时间作为开工、完工季度" in said
    assert not [p for p in t.problems if p.severity != "info"]


@pytest.mark.parametrize("saved", ["lo_files", "lo_csv_files"])
def test_the_years_goal_under_its_plan_is_timed_and_the_stage_heading_counts_through_the_zones(saved, request):
    # "一、续建项目（3个）" over "（一）东部片区": the zone heading ended the stage's, and no project had a
    # nature; "2024年计划" over "形象进度" ("6月底完工开街", "三季度开工") was the fourth quarter's goal whole,
    # so 十八梯E区 was due to finish in 2024Q4 and 重庆站 to start in 2024Q1 (建设起止年限 2024-2028)
    t, r = _table(request.getfixturevalue(saved)["key-projects-stage-over-zone-headings-2024"])
    assert {n: (p["zone"], p["nature"]) for n, p in r.items()} == {
        "十八梯E区": ("东部", "续建"), "山城巷二期": ("东部", "续建"), "陆海国际中心": ("西部", "续建"),
        "重庆站综合交通枢纽（渝中段）": ("中部", "新开工"), "嘉陵新村地块更新": ("中部", "新开工")}
    goals = {n: {q: v["goal"] for q, v in p["quarters"].items()} for n, p in r.items()}
    assert goals == {"十八梯E区": {"2024Q2": "6月底完工开街"}, "山城巷二期": {"2024Q4": "主体结构完工"},
                     "陆海国际中心": {"2024Q4": "塔楼封顶"}, "重庆站综合交通枢纽（渝中段）": {"2024Q3": "三季度开工"},
                     "嘉陵新村地块更新": {"2024Q2": "4月开工", "2024Q4": "年底完成50%"}}
    dates = {n: (p["start"], p["completion"]) for n, p in r.items()}
    # 建设起止年限 "2022-2024": begun in 2022, its quarter not said
    assert dates == {"十八梯E区": (None, "2024Q2"), "山城巷二期": (None, "2025Q4"),
                     "陆海国际中心": (None, "2026Q4"), "重庆站综合交通枢纽（渝中段）": ("2024Q3", "2028Q4"),
                     "嘉陵新村地块更新": ("2024Q2", "2025Q4")}
    assert [r[n]["start_text"] for n in ("十八梯E区", "山城巷二期", "陆海国际中心")] == ["2022年", "2023年", "2019年"]
    assert not [p for p in t.problems if p.severity != "info"]


def test_a_years_schedule_in_words_is_drawn_and_exported_back(db, lo_files, tmp_path):
    back = exported_back(db, _read(lo_files["key-projects-year-plan-in-words-2024"]), tmp_path / "进度计划.xlsx",
                         kind="key_projects")
    assert back.diffs[0].changed == {} and not back.diffs[0].new


def test_each_quarters_schedule_headed_as_its_plan_is_its_goal(tmp_path):
    # "一季度进度计划" was no field and "二季度进度安排" was read as progress reported
    t, r = _table(_csv(tmp_path, "分季度.csv", "2024年重点项目分季度推进计划表\n序号,项目名称,区域,总投资（亿元）,"
                                             "一季度进度计划,二季度进度安排,三季度工作安排,四季度进度计划\n"
                                             "1,甲项目,东部,10,完成招标,开工建设,主体施工,竣工验收\n"))
    got = {q: v.get("goal") for q, v in r["甲项目"]["quarters"].items()}
    assert got == {"2024Q1": "完成招标", "2024Q2": "开工建设", "2024Q3": "主体施工", "2024Q4": "竣工验收"}
    assert (r["甲项目"]["start"], r["甲项目"]["completion"]) == ("2024Q2", "2024Q4")


def test_a_target_beginning_with_its_deadline_is_due_then(tmp_path):
    # with no 完成时限 column, "6月底前完成老旧小区改造50个" had no quarter (a target of the whole year); what it
    # counts keeps its time, as the plan's own "二季度开工项目" does (each quarter's count is a target of its own)
    from tests.spreadsheet.conftest import convert

    src = _csv(tmp_path, "时限.csv", "2024年重点工作任务\n序号,重点任务,具体目标,责任单位\n"
                                    "1,城市更新,6月底前完成老旧小区改造50个,区住房城乡建委\n"
                                    "2,促进消费,年底前新引进首店40家,区商务委\n"
                                    "3,营商环境,三季度末新增市场主体1.2万户,区市场监管局\n"
                                    "4,数字经济,建成5G基站500个,区经济信息委\n")
    convert([src], tmp_path, infilter="Text - txt - csv (StarCalc):44,34,76")
    t, r = _table(tmp_path / "时限.xlsx")
    assert {text: (v["quarter"], v["subject"]) for text, v in r.items()} == {
        "6月底前完成老旧小区改造50个": ("2024Q2", "完成老旧小区改造"), "年底前新引进首店40家": ("2024Q4", "年底前新引进首店"),
        "三季度末新增市场主体1.2万户": ("2024Q3", "三季度末新增市场主体"), "建成5G基站500个": (None, "建成5G基站")}
    assert [p.row for p in t.problems if p.message == "完成时限取自目标开头的时间"] == [3, 4, 5]


def test_a_years_schedule_in_words_says_the_quarter_within_the_construction_years(tmp_path):
    # 建设起止年限 2024-2025 gave 丙项目 the first quarter of 2024 though its plan says 四季度开工, and
    # 乙项目 the end of 2024 though it says 6月完工
    t, r = _table(_csv(tmp_path, "年限.csv", "渝中区2024年重点项目计划表\n序号,项目名称,区域,总投资（亿元）,建设起止年限,"
                                           "2024年进度计划\n1,甲项目,东部,10,2024-2026,3月开工；年底完成路基\n"
                                           "2,乙项目,东部,5,2023-2024,续建；6月完工\n3,丙项目,西部,8,2024-2025,"
                                           "完成前期手续；四季度开工\n"))
    assert {n: (p["start"], p["completion"]) for n, p in r.items()} == {
        "甲项目": ("2024Q1", "2026Q4"), "乙项目": (None, "2024Q2"), "丙项目": ("2024Q4", "2025Q4")}
    assert r["乙项目"]["start_text"] == "2023年"  # begun in 2023: the year, its quarter not said


def test_a_project_code_after_the_name_is_the_code(db, tmp_path):
    # "甲道路工程（2401-500103-04-01-123456）" was the name: next year's list naming it plainly added it again
    from milestones.spreadsheet.importer import preview, read_import, write

    first = _csv(tmp_path, "代码.csv", "2024年重点项目计划表\n序号,项目名称,区域,总投资（亿元）\n"
                                     "1,甲道路工程（2401-500103-04-01-123456）,东部,10\n"
                                     "2,乙停车场(项目代码:2312-500103-04-05-654321),西部,5\n")
    t, r = _table(first)
    assert {n: p["code"] for n, p in r.items()} == {"甲道路工程": "2401-500103-04-01-123456",
                                                   "乙停车场": "2312-500103-04-05-654321"}
    write(db, preview(db, read_import(first)))
    plain = _csv(tmp_path, "名称.csv", "2024年重点项目计划表\n序号,项目名称,区域,总投资（亿元）\n1,甲道路工程,东部,10\n")
    again = preview(db, read_import(plain))
    assert again.diffs[0].counts()["new"] == 0 and again.diffs[0].counts()["unchanged"] == 1


def test_a_project_number_before_the_name_is_the_code(db, tmp_path):
    # "YZ2024-001 重庆长滨" in the name column (a unit's own numbering, typed in front): the number was part of the
    # name, and the next list naming 重庆长滨 plainly added it a second time
    from milestones.spreadsheet.importer import preview, read_import, write
    from milestones.ui.problem_text import english

    first = _csv(tmp_path, "编号.csv", "2024年重点项目计划表\n序号,项目名称,区域,总投资（亿元）\n"
                                     "1,YZ2024-001 重庆长滨,东部,10\n2,\"ZD-2024-12\n邹容支路地块改造\",中部,5\n"
                                     "3,2401-500103-04-01-123456 甲道路工程,西部,3\n"
                                     "4,B11-1 地块商业项目,西部,2\n5,5G基站建设,西部,1\n"
                                     "6,【YZ-2024-003】十八梯三期,东部,1\n7,（B11-2）地块开发,西部,1\n")
    t, r = _table(first)
    assert {n: p["code"] for n, p in r.items()} == {
        "重庆长滨": "YZ2024-001", "邹容支路地块改造": "ZD-2024-12", "甲道路工程": "2401-500103-04-01-123456",
        "B11-1 地块商业项目": None, "5G基站建设": None,  # a plot's name, a name with a figure: names
        "十八梯三期": "YZ-2024-003", "（B11-2）地块开发": None}  # in brackets ("【…】" was part of the name) too
    said = [p.message for p in t.problems if "名称前" in p.message]
    assert said[0] == "名称前的“YZ2024-001”是项目编号，作为项目编码导入"
    assert english(said[0]) == "“YZ2024-001” before the name is the project's number: imported as its code, not as " \
                               "part of the name"
    write(db, preview(db, read_import(first)))
    plain = _csv(tmp_path, "名称.csv", "2024年重点项目计划表\n序号,项目名称,区域,总投资（亿元）\n1,重庆长滨,东部,10\n")
    again = preview(db, read_import(plain))
    assert again.diffs[0].counts()["new"] == 0 and again.diffs[0].counts()["unchanged"] == 1


def test_a_step_with_no_time_goes_with_the_step_it_follows_or_leads_to(tmp_path):
    # "3月开工，完成桩基施工": the second step was dropped without a word (it had no time of its own)
    t, r = _table(_csv(tmp_path, "步骤.csv", "渝中区2024年重点项目计划表\n序号,项目名称,区域,总投资（亿元）,2024年进度计划\n"
                                           "1,甲,东部,1,3月开工，完成桩基施工；9月主体封顶\n"
                                           "2,乙,东部,1,完成前期手续；四季度开工\n3,丙,东部,1,续建；加快主体施工\n"
                                           "4,丁,东部,1,2025年6月竣工，完成验收\n"))
    goals = {n: {q: v["goal"] for q, v in (p.get("quarters") or {}).items()} for n, p in r.items()}
    assert goals == {"甲": {"2024Q1": "3月开工，完成桩基施工", "2024Q3": "9月主体封顶"},
                     "乙": {"2024Q4": "完成前期手续，四季度开工"},  # what leads up to the start
                     "丙": {"2024Q4": "加快主体施工"},  # no time at all: the year's, by its end
                     "丁": {}}  # after a later year's step: that year's


@pytest.mark.parametrize("saved", ["lo_files", "lo_csv_files"])
def test_a_tasks_actions_beside_its_quantified_target_are_the_measures_words(saved, request):
    # "重点任务 | 工作措施 | 量化指标": the 措施 was read as the target ("深化建设物流贸易总部基地", a target in
    # words) and the real target, with its figure, as what it counts — nothing was judged, nothing split
    t, r = _table(request.getfixturevalue(saved)["measures-actions-and-quantified-targets-2024"])
    got = {text: (v["measure"], v["measure_text"], v["op"], v["value"], v["quarter"]) for text, v in r.items()}
    assert got == {
        "经西部陆海新通道货运量与货值量增长15%以上": ("深度融入西部陆海新通道建设", "深化建设物流贸易总部基地",
                                            "at_least", 15.0, "2024Q4"),
        "与东盟国家进出口额占比保持在25%以上": ("深化建设国际消费中心", "布局进口商品保税展示交易中心", "at_least", 25.0, "2024Q4"),
        "新增进口商品直营店5家": ("深化建设国际消费中心", "加大RCEP国家优质消费品集采进口", "exact", 5.0, "2024Q3"),
        # one cell of two targets: each its own, both with the measure's words
        "新增市级以上金融机构5家": ("提级发展现代金融业", "新增市级以上金融机构，发展绿色金融", "exact", 5.0, "2024Q4"),
        "绿色金融规模突破1400亿元": ("提级发展现代金融业", "新增市级以上金融机构，发展绿色金融", "above", 1400.0, "2024Q4")}
    assert "第C列“工作措施”是举措的工作措施，第D列“量化指标”是它的目标" in [p.message for p in t.problems]
    assert not [p for p in t.problems if p.severity != "info"]


def test_a_measures_actions_are_kept_beside_the_plans_words_and_a_second_import_changes_nothing(db, lo_files):
    from sqlalchemy import select

    from milestones.spreadsheet.importer import preview, read_import, write
    from milestones.store.schema import Measure

    with db.read() as s:
        plan_words = s.scalars(select(Measure.text).where(Measure.title == "深度融入西部陆海新通道建设")).one()
    assert "深化建设物流贸易总部基地" in plan_words  # the task list's action is taken from the plan's paragraph
    imp = preview(db, read_import(lo_files["measures-actions-and-quantified-targets-2024"]))
    write(db, imp)
    with db.read() as s:
        words = dict(s.execute(select(Measure.title, Measure.text)).all())
    assert words["深度融入西部陆海新通道建设"] == plan_words  # said already: the plan's paragraph stays whole
    assert words["提级发展现代金融业"] == "新增市级以上金融机构，发展绿色金融"  # a measure the plan does not have
    # a measure on two rows: both its actions, each once
    assert words["深化建设国际消费中心"] == "布局进口商品保税展示交易中心；加大RCEP国家优质消费品集采进口"
    again = preview(db, read_import(lo_files["measures-actions-and-quantified-targets-2024"]))
    assert again.diffs[0].changed == {} and not again.diffs[0].new  # the same list: nothing to change


def test_an_action_changed_in_the_list_is_shown_in_the_preview_and_written(db, tmp_path):
    from sqlalchemy import select

    from milestones.spreadsheet.importer import preview, read_import, write
    from milestones.store.schema import Measure

    head = "2024年重点任务分解表\n序号,重点任务,工作措施,量化指标,牵头单位\n"
    write(db, preview(db, read_import(_csv(tmp_path, "a.csv", head + "1,发展首店经济,引进首店品牌,新引进首店40家,区商务委\n"))))
    imp = preview(db, read_import(_csv(tmp_path, "b.csv", head + "1,发展首店经济,举办首发活动,新引进首店40家,区商务委\n")))
    (changed,) = imp.diffs[0].changed.values()
    # the words held are kept (they may be the plan's paragraph) and the new action is added after them
    assert changed == {"measure_text": ("引进首店品牌", "引进首店品牌\n举办首发活动")}
    write(db, imp)
    with db.read() as s:
        assert s.scalars(select(Measure.text).where(Measure.title == "发展首店经济")).one() == "引进首店品牌\n举办首发活动"


@pytest.mark.parametrize("saved", ["lo_files", "lo_csv_files"])
def test_quarters_under_the_target_heading_are_the_tasks_steps_not_four_more_targets(saved, request):
    # "目标任务" over "全年 | 一季度 | 二季度 | 三季度 | 四季度": the quarters were said to be the target again and
    # dropped; they are the task's quarterly steps, due by the last
    t, r = _table(request.getfixturevalue(saved)["measures-quarters-under-the-target-2024"])
    # a figure alone counts what the task names: "1.2万户" said nothing in a list of targets
    assert {text: (v["measure"], v["subject"], v["value"], v["quarter"]) for text, v in r.items()} == {
        "新增市场主体1.2万户": ("新增市场主体", "新增市场主体", 1.2, "2024Q4"),
        "引进首店40家": ("引进首店", "引进首店", 40.0, "2024Q4"),
        "老旧小区改造50个": ("老旧小区改造", "老旧小区改造", 50.0, "2024Q4")}
    said = [p.message for p in t.problems]
    assert "第D至G列是各季度的进度安排：逐季记入；完成时限取最后一个有安排的季度" in said
    assert not [m for m in said if "同一项" in m]
    # each quarter's step kept as written (a figure alone in the target's unit), with its figure
    steps = {text: [(st["quarter"], st["text"], st["value"]) for st in v["steps"]] for text, v in r.items()}
    assert steps["新增市场主体1.2万户"] == [("2024Q1", "0.3万户", 0.3), ("2024Q2", "0.6万户", 0.6),
                                      ("2024Q3", "0.9万户", 0.9), ("2024Q4", "1.2万户", 1.2)]
    assert steps["老旧小区改造50个"] == [("2024Q2", "启动20个", 20.0), ("2024Q3", "完成20个", 20.0),
                                     ("2024Q4", "完成50个", 50.0)]


def _steps_of(path):
    """The table, its records by target, and each target's steps as read: (quarter, step, figure done, words done)."""
    t, r = _table(path)
    return t, r, {text: [(st["quarter"], st["text"], st["actual"], st["actual_text"]) for st in v["steps"]]
                  for text, v in r.items()}


@pytest.mark.parametrize("saved", ["lo_files", "lo_csv_files"])
def test_quarterly_targets_beside_each_quarters_review_are_the_steps_and_what_was_done(saved, request):
    # "季度目标" and "完成情况" each merged over 一季度 … 四季度: the second group was read as the steps again
    # ("the same field, only column E imported") and every quarter's review was lost
    t, r, got = _steps_of(request.getfixturevalue(saved)["measures-quarterly-targets-and-reviews-2024"])
    assert got["新增市场主体1.2万户"] == [("2024Q1", "0.3万户", 0.35, None), ("2024Q2", "0.6万户", 0.58, None),
                                    ("2024Q3", "0.9万户", None, None), ("2024Q4", "1.2万户", None, None)]
    assert got["完成老旧小区改造50个"][:2] == [("2024Q1", "完成设计", None, "已完成设计"),
                                        ("2024Q2", "开工20个", 22.0, "开工22个")]
    # "—" is no step: the quarters with one, and the target due by the last of them
    assert [st[0] for st in got["引进首店40家以上"]] == ["2024Q2", "2024Q4"]
    assert {v["quarter"] for v in r.values()} == {"2024Q4"}
    # the latest review is the target's 完成值 where no column gives one
    assert (r["新增市场主体1.2万户"]["actual"], r["新增市场主体1.2万户"]["actual_text"]) == (0.58, "二季度:0.58")
    said = [p.message for p in t.problems]
    assert "第I至L列是各季度的进展：逐季记入，完成值取最近一个填了的季度" in said
    assert not [m for m in said if "同一项" in m]


def _steps_held(db, text):
    from sqlalchemy import select

    from milestones.store.schema import MeasureTarget, TargetStep

    with db.read() as s:
        q = (select(TargetStep).join(MeasureTarget, MeasureTarget.id == TargetStep.target_id)
             .where(MeasureTarget.text == text).order_by(TargetStep.quarter))
        return [(str(st.quarter), st.text, st.value, st.actual, st.actual_text) for st in s.scalars(q)]


def test_a_quarterly_breakdown_is_kept_then_each_quarters_review_goes_beside_its_step(db, lo_files, tmp_path):
    from milestones.spreadsheet.importer import preview, read_import, write
    from milestones.store.imports import revert_import

    write(db, preview(db, read_import(lo_files["measures-quarters-under-the-target-2024"])))
    assert _steps_held(db, "新增市场主体1.2万户") == [
        ("2024Q1", "0.3万户", 0.3, None, None), ("2024Q2", "0.6万户", 0.6, None, None),
        ("2024Q3", "0.9万户", 0.9, None, None), ("2024Q4", "1.2万户", 1.2, None, None)]
    # the half-year review, as offices send it: "完成情况" merged over the quarters
    review = tmp_path / "review.xlsx"
    _xlsx(review, [["2024年重点工作目标任务推进情况"], ["序号", "重点任务", "全年目标", "完成情况", None],
                   [None, None, None, "一季度", "二季度"],
                   [1, "新增市场主体", "1.2万户", 0.35, "新增0.5万户"]], merged=["D2:E2", "A2:A3", "B2:B3", "C2:C3"])
    imp = preview(db, read_import(review))
    (changed,) = imp.diffs[0].changed.values()
    old, new = changed["steps"]
    assert [(str(st.quarter), st.actual, st.actual_text) for st in new][:2] == [
        ("2024Q1", 0.35, None), ("2024Q2", 0.5, "新增0.5万户")]
    receipt = write(db, imp)
    held = _steps_held(db, "新增市场主体1.2万户")
    assert held[:2] == [("2024Q1", "0.3万户", 0.3, 0.35, None), ("2024Q2", "0.6万户", 0.6, 0.5, "新增0.5万户")]
    assert held[2:] == [("2024Q3", "0.9万户", 0.9, None, None), ("2024Q4", "1.2万户", 1.2, None, None)]
    # undoing the review's import takes back what it wrote, and only that
    revert_import(db, receipt)
    assert [h[3:] for h in _steps_held(db, "新增市场主体1.2万户")] == [(None, None)] * 4


def test_quarterly_steps_and_reviews_are_exported_and_read_back_unchanged(db, lo_files, tmp_path):
    from milestones.spreadsheet.importer import preview, read_import, write

    write(db, preview(db, read_import(lo_files["measures-quarters-under-the-target-2024"])))
    with db.session() as s:
        from sqlalchemy import update

        from milestones.store.schema import TargetStep
        s.execute(update(TargetStep).where(TargetStep.id == 1).values(actual=0.35))
    back = exported_back(db, read_import(lo_files["measures-quarters-under-the-target-2024"]), tmp_path / "m.xlsx")
    assert back.diffs[0].changed == {} and not back.diffs[0].new
    firms = next(r for r in back.tables[0].records if r["text"] == "新增市场主体1.2万户")
    assert [(st["quarter"], st["text"], st["actual"]) for st in firms["steps"]] == [
        ("2024Q1", "0.3万户", 0.35), ("2024Q2", "0.6万户", None), ("2024Q3", "0.9万户", None),
        ("2024Q4", "1.2万户", None)]
    assert firms["actual"] is None  # a quarter's review is no result of the year
    # the export opens in LibreOffice as a table with the quarters under their headings
    convert([tmp_path / "m.xlsx"], tmp_path, "csv:Text - txt - csv (StarCalc):44,34,76")
    rows = (tmp_path / "m.csv").read_text(encoding="utf-8").splitlines()
    assert any(r.startswith(",季度安排") or ",季度安排," in r for r in rows[:4])
    assert any("0.3万户,0.6万户,0.9万户,1.2万户" in r and ",0.35," in r for r in rows)


def _xlsx(path, rows, merged=()):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    for m in merged:
        ws.merge_cells(m)
    wb.save(path)


def test_a_quarters_form_filled_in_by_a_unit_in_libreoffice_comes_back_as_that_quarters_review(db, lo_files, tmp_path):
    import openpyxl

    from milestones.domain.quarter import Quarter
    from milestones.spreadsheet.export import export
    from milestones.spreadsheet.importer import preview, read_import, write

    write(db, preview(db, read_import(lo_files["measures-quarters-under-the-target-2024"])))
    form = tmp_path / "二季度工作举措填报表.xlsx"
    export(db, "measures", form, report=Quarter(2024, 2))
    # nothing filled in yet: the form reads back as what the database holds
    blank = preview(db, read_import(form)).diffs[0]
    assert blank.changed == {} and not blank.new
    # the first quarter's form has one review column: headed on its own, not under a group a column wide
    first = tmp_path / "一季度.xlsx"
    export(db, "measures", first, report=Quarter(2024, 1))
    heads = [c.value for c in openpyxl.load_workbook(first)["举措与目标"][3]]
    assert "一季度完成情况" in heads and "各季度完成情况" not in heads
    assert not preview(db, read_import(first)).diffs[0].changed
    wb = openpyxl.load_workbook(form)
    ws = wb["举措与目标"]
    upper, lower = [c.value for c in ws[3]], [c.value for c in ws[4]]
    at = upper.index("各季度完成情况")
    assert lower[at:at + 2] == ["一季度", "二季度"] and lower[at + 2] is None
    for row in ws.iter_rows(min_row=5):
        if row[2].value == "新增市场主体1.2万户":
            row[at + 1].value = "新增0.62万户"
        if row[2].value == "引进首店40家":
            row[at].value, row[at + 1].value = 12, 19
    wb.save(tmp_path / "filled.xlsx")
    # the unit opens it in LibreOffice and saves it: that is the file that comes back
    (tmp_path / "lo").mkdir()
    convert([tmp_path / "filled.xlsx"], tmp_path / "lo", "xlsx:Calc MS Excel 2007 XML")
    imp = preview(db, read_import(tmp_path / "lo" / "filled.xlsx"))
    assert imp.diffs[0].counts()["changed"] == 2 and not imp.diffs[0].new
    write(db, imp)
    assert _steps_held(db, "新增市场主体1.2万户")[1] == ("2024Q2", "0.6万户", 0.6, 0.62, "新增0.62万户")
    assert [h[3] for h in _steps_held(db, "引进首店40家")[:2]] == [12.0, 19.0]
    from milestones.store.dashboard import dashboard

    steps = dashboard(db, 2024, Quarter(2024, 2)).quarter_steps
    assert (steps["planned"], steps["met"], steps["not_met"], steps["pending"]) == (3, 1, 1, 1)  # 0.62 ≥ 0.6; 19 < 20


def test_a_dash_in_a_quarters_review_is_no_review(tmp_path):
    # "—" under 二季度进展 was the latest review ("二季度:—") and the target's result
    t, r = _table(_csv(tmp_path, "进展.csv", "2024年重点任务推进情况\n序号,重点任务,目标,牵头单位,一季度进展,二季度进展\n"
                                           "1,扩大有效投资,固定资产投资增长5%,区发展改革委,增长3.2%,—\n"))
    got = r["固定资产投资增长5%"]
    assert (got["actual"], got["actual_text"]) == (3.2, "一季度:增长3.2%")
    assert [(st["quarter"], st["actual"]) for st in got["steps"]] == [("2024Q1", 3.2)]


def test_each_quarters_target_beside_what_it_reached_are_the_steps_and_their_reviews(tmp_path):
    # "一季度目标 | 一季度完成 | 二季度目标 | 二季度完成": 一季度完成 was read as the deadline ("0.35" no quarter,
    # an error on every row) and 二季度完成 as the same field
    t, r = _table(_csv(tmp_path, "季度推进.csv", "2024年重点任务季度推进表\n"
                                             "序号,重点任务,全年目标,牵头单位,一季度目标,一季度完成,二季度目标,二季度完成\n"
                                             "1,新增市场主体,1.2万户,区市场监管局,0.3,0.35,0.6,0.58\n"
                                             "2,引进首店,引进首店40家,区商务委,10,12,20,19\n"))
    firms = r["新增市场主体1.2万户"]
    assert [(st["quarter"], st["text"], st["actual"]) for st in firms["steps"]] == [
        ("2024Q1", "0.3万户", 0.35), ("2024Q2", "0.6万户", 0.58)]
    # the year's target (全年目标) is due at the year's end, though the table gives only two quarters' steps
    assert {v["quarter"] for v in r.values()} == {"2024Q4"}
    assert not [p for p in t.problems if p.severity == "error" or "同一项" in p.message]


@pytest.mark.parametrize("saved", ["lo_files", "lo_csv_files"])
def test_each_quarter_merged_over_its_target_and_what_was_done(saved, request):
    # "一季度" over "目标 | 完成": 目标 was read as the year's target again and dropped, so no quarter had a step
    t, r, got = _steps_of(request.getfixturevalue(saved)["measures-each-quarter-over-target-and-done-2024"])
    assert got["新增市场主体1.2万户"] == [("2024Q1", "0.3万户", 0.35, None), ("2024Q2", "0.6万户", 0.58, None),
                                    ("2024Q3", "0.9万户", 0.93, None)]
    assert got["引进首店40家"][2] == ("2024Q3", "30家", 31.0, "已引进31家")  # "计划 | 完成情况" under 三季度
    assert got["完成老旧小区改造50个"] == [("2024Q1", "完成设计", None, "已完成"), ("2024Q2", "开工20个", 22.0, "开工22个")]
    assert {v["quarter"] for v in r.values()} == {"2024Q4"}  # 全年目标: the year's
    assert not [p for p in t.problems if p.severity == "error" or "同一项" in p.message]


def test_a_schedule_written_in_the_deadline_cell_is_the_tasks_quarterly_steps(tmp_path):
    # "一季度完成方案设计，二季度开工20个，四季度完工50个" under 进度安排 gave the deadline and the steps were said only
    t, r = _table(_csv(tmp_path, "进度.csv", "2024年重点任务分解表\n序号,重点任务,目标,牵头单位,进度安排\n"
                                           "1,老旧小区改造,完成老旧小区改造50个,区住房城乡建委,"
                                           "一季度完成方案设计，二季度开工20个，四季度完工50个\n"
                                           "2,智慧停车,新增停车位2000个,区城管局,3月底前完成选址；6月底前开工；9月底前建成1000个\n"
                                           "3,首店经济,引进首店40家,区商务委,6月底前，12月底前\n"
                                           "4,招商引资,签约项目50个,区投资促进中心,12月底前\n"
                                           "5,招商引资,引进项目80个，正式合同投资额300亿元,区投资促进中心,"
                                           "6月底前完成40个，12月底前全面完成\n"))
    steps = {text: [(st["quarter"], st["text"], st["value"]) for st in v["steps"]] for text, v in r.items()}
    # the quarter said once, by the step it is kept under; a month is kept in the step's words
    assert steps["完成老旧小区改造50个"] == [("2024Q1", "完成方案设计", None), ("2024Q2", "开工20个", 20.0),
                                      ("2024Q4", "完工50个", 50.0)]
    assert steps["新增停车位2000个"] == [("2024Q1", "3月底前完成选址", None), ("2024Q2", "6月底前开工", None),
                                    ("2024Q3", "9月底前建成1000个", 1000.0)]
    # times alone, or one time, are the deadline and no steps; nor is one schedule beside two targets (whose
    # steps they are is not said: "完成40个" is of the 80 projects, not of the 300亿元)
    assert steps["引进首店40家"] == [] and steps["签约项目50个"] == []
    assert steps["引进项目80个"] == [] and steps["正式合同投资额300亿元"] == []
    assert {text: v["quarter"] for text, v in r.items()} == {
        "完成老旧小区改造50个": "2024Q4", "新增停车位2000个": "2024Q3", "引进首店40家": "2024Q4", "签约项目50个": "2024Q4",
        "引进项目80个": "2024Q4", "正式合同投资额300亿元": "2024Q4"}


def test_a_lists_actions_are_exported_beside_their_task_and_read_back_unchanged(db, tmp_path):
    # "重点任务 | 工作措施 | 量化指标": the 工作措施 were kept as the measure's words and left out of the export,
    # so the list an office sent on lost a column; the plan's own paragraphs stay out of it
    import openpyxl

    from milestones.spreadsheet.export import export
    from milestones.spreadsheet.importer import preview, read_import

    plain = tmp_path / "plan.xlsx"
    export(db, "measures", plain)
    assert "工作措施" not in [c.value for c in openpyxl.load_workbook(plain).active[3]]
    src = _csv(tmp_path, "清单.csv", "2024年重点工作任务清单\n"
                   "序号,重点任务,工作措施,量化指标,责任单位,完成时限\n"
                   "1,推进城镇老旧小区改造,加快项目审批，统筹资金，分批次推进改造,完成改造老旧小区50个,区住房城乡建委,2024年12月底\n"
                   "1,推进城镇老旧小区改造,加快项目审批，统筹资金，分批次推进改造,加装电梯20部,区住房城乡建委,2024年12月底\n"
                   "2,稳定和扩大就业,开展招聘活动，落实稳岗政策,新增就业1.2万人,区人力社保局,2024年12月底\n")
    out = tmp_path / "back.xlsx"
    back = exported_back(db, preview(db, read_import(src)), out)
    ws = openpyxl.load_workbook(out).active
    heads = [c.value for c in ws[3]]
    assert heads[:3] == ["序号", "举措", "工作措施"]
    actions = [r[2].value for r in ws.iter_rows(min_row=4) if r[1].value == "推进城镇老旧小区改造"]
    assert actions == ["加快项目审批，统筹资金，分批次推进改造"]  # once, merged down over the task's two targets
    assert back.diffs[0].counts()["changed"] == 0 and back.diffs[0].counts()["new"] == 0


def test_the_preview_says_where_a_list_without_sections_puts_its_new_targets(db, tmp_path):
    """A unit's task breakdown naming no sections, imported into the plan of eleven: its tasks became a 第十二部分
    named after the table's title, which the preview never said. It says so now; a second list of that title goes
    into the section the first one made."""
    from sqlalchemy import select

    from milestones.spreadsheet.importer import preview, read_import, write
    from milestones.store.schema import Plan, Section

    text = ("2024年重点工作任务季度分解表\n序号,工作任务,目标任务,牵头单位\n"
            "1,推进城镇老旧小区改造,完成改造老旧小区50个,区住房城乡建委\n2,建设社区食堂,建成社区食堂10个,区民政局\n")
    imp = preview(db, read_import(_csv(tmp_path, "分解表.csv", text)))
    (t,) = imp.tables
    said = [p for p in t.problems if "部分" in p.message]
    assert [(p.message, p.severity) for p in said] == [
        ("表中没有“部分”：新增的2个目标列入新的部分“重点工作任务季度分解表”（按表题）", "info")]
    write(db, imp)
    with db.read() as s:
        titles = list(s.scalars(select(Section.title).join(Plan).where(Plan.year == 2024).order_by(Section.number)))
    assert len(titles) == 12 and titles[-1] == "重点工作任务季度分解表"
    more = text.replace("建设社区食堂,建成社区食堂10个", "建设社区食堂,建成社区食堂12个")
    imp = preview(db, read_import(_csv(tmp_path, "分解表2.csv", more)))
    assert [p.message for p in imp.tables[0].problems if "部分" in p.message] == [
        "表中没有“部分”：新增的1个目标列入已有的部分“重点工作任务季度分解表”（按表题）"]
    # a system's export with no title: the section is 其他举措, not "by the title" it does not have
    untitled = "序号,工作任务,目标任务,牵头单位,完成时限\n1,建设口袋公园,建成口袋公园5个,区城市管理局,2024年12月\n"
    imp = preview(db, read_import(_csv(tmp_path, "导出.csv", untitled), year=2024))
    assert [p.message for p in imp.tables[0].problems if "部分" in p.message] == [
        "表中没有“部分”：新增的1个目标列入新的部分“其他举措”（表中也没有表题）"]


def test_a_targets_value_column_is_read_in_the_targets_unit(tmp_path):
    # "4000万元" in 目标值 of a target in 万元 was read as 0.4 (as a project's investment is turned into 亿元); a
    # share there is no figure of the target: said, and the wording's figure kept
    from milestones.spreadsheet.importer import read_import

    path = _csv(tmp_path, "举措.csv", "2024年工作举措量化目标\n序号,部分,举措,目标（原文）,目标值,单位,完成时限,责任单位\n"
                                     "1,一,扩大有效投资,资金帮扶4000万元,4000万元,万元,四季度,区财政局\n"
                                     "2,一,扩大有效投资,签约正式合同额600亿元,\"6,000,000万元\",亿元,四季度,区商务委\n"
                                     "3,一,扩大有效投资,市外到位资金额180亿元,35%,亿元,四季度,区商务委\n")
    (t,) = read_import(path).tables
    assert [(r["text"], r["value"]) for r in t.records] == [
        ("资金帮扶4000万元", 4000.0), ("签约正式合同额600亿元", 600.0), ("市外到位资金额180亿元", 180.0)]
    (said,) = [p for p in t.problems if p.row == 5]
    assert said.severity == "warning" and said.text == "35%" and "不是以“亿元”计的数" in said.message


@pytest.mark.parametrize("saved", ["lo_files", "lo_ods_files"])
def test_a_line_of_work_with_no_figure_is_a_target_in_words(saved, request):
    # "具体举措 | 量化指标" with the second empty: the row was taken as sharing the target above (its 举措 and
    # "持续推进" lost without a word), or dropped where it was a task's only line
    t, r = _table(request.getfixturevalue(saved)["measures-lines-without-figures-2025"])
    park, fair = r["建设数字金融产业园"], r["举办美食节，开展促消费活动"]
    assert (park["measure"], park["value"], park["quarter"], park["quarter_text"], park["responsible_unit"]) == \
        ("推动金融业高质量发展", None, None, "持续推进", "区金融发展中心")
    assert (fair["measure"], fair["value"], fair["quarter"]) == ("打造消费新场景", None, "2025Q2")
    assert r["持牌金融机构≥5家"]["value"] == 5
    said = [p.message for p in t.problems]
    assert "第D列“量化指标”有2行空白：这些行按第C列“具体举措”导入为不带数值的目标" in said
    # a target merged down beside two lines of work: one target, both lines the measure's
    town = r["完成老旧小区改造30个"]
    assert (town["measure_text"], town["quarter"]) == ("改造老旧小区；加装电梯", "2025Q4")
    assert "加装电梯" not in r
    assert "与第10行是同一目标（合并单元格），本行的工作措施、单位和完成时限一并记入该目标" in said


def test_a_bare_figure_counts_what_the_line_of_work_names(lo_files):
    # "扩大有效投资 | 完成固定资产投资300亿元 | 300亿元": it was "扩大有效投资300亿元", counting the task's name
    _, r = _table(lo_files["measures-lines-without-figures-2025"])
    got = r["完成固定资产投资300亿元"]
    assert (got["measure"], got["subject"], got["value"], got["unit"]) == ("扩大有效投资", "完成固定资产投资", 300, "亿元")


@pytest.mark.parametrize("saved", [0, 1])
def test_a_bare_figure_takes_its_ceiling_or_floor_from_the_words_that_give_it(db, tmp_path, saved):
    # "优化营商环境 | 企业开办时间压缩至1个工作日 | 1个工作日": the figure alone read as exactly one day, so half a
    # day was scored as missed; "…8000户以上 | 8000户" lost its 以上 the same way
    files = typed_and_saved(tmp_path, "分解.csv", "2024年政府工作报告重点工作任务分解表\n"
                            "序号,工作任务,具体措施,量化指标,牵头单位,完成时限\n"
                            "1,优化营商环境,推行一网通办，企业开办时间压缩至1个工作日,1个工作日,区市场监管局,2024年6月底前\n"
                            "2,新增市场主体8000户以上,落实减税降费,8000户,区市场监管局,2024年12月\n"
                            "3,扩大开放,实际利用外资2亿美元,2亿美元,区商务委,2024年四季度\n")
    _, r = _table(files[saved])
    got = {text: (v["subject"], v["op"], v["value"], v["unit"]) for text, v in r.items()}
    assert got == {"企业开办时间压缩至1个工作日": ("企业开办时间", "at_most", 1, "个工作日"),
                   "新增市场主体8000户以上": ("新增市场主体", "at_least", 8000, "户"),
                   "实际利用外资2亿美元": ("实际利用外资", "exact", 2, "亿美元")}
    back = exported_back(db, _read(files[saved]), tmp_path / "举措.xlsx")
    assert back.diffs[0].changed == {} and not back.diffs[0].new  # the export gives back the ceiling and floor


def test_a_csv_of_the_lines_of_work_reads_as_the_workbook_it_was_saved_from(lo_csv_files, lo_files):
    # a CSV keeps no merges: a blank 量化指标 beside a unit is the target merged over it, as in the workbook; a
    # line with no unit of its own either (both merged) is a line with no figure
    _, r = _table(lo_csv_files["measures-lines-without-figures-2025"])
    assert r == _table(lo_files["measures-lines-without-figures-2025"])[1]
    assert r["建设数字金融产业园"]["quarter_text"] == "持续推进"


def test_the_lines_of_work_go_into_the_plan_and_come_back_from_its_export(db, lo_files, tmp_path):
    from sqlalchemy import select

    from milestones.store.schema import Measure, MeasureTarget

    back = exported_back(db, _read(lo_files["measures-lines-without-figures-2025"]), tmp_path / "举措.xlsx",
                         year=2025)
    with db.read() as s:
        finance = s.scalar(select(Measure).where(Measure.title == "推动金融业高质量发展"))
        assert finance.text == "引进持牌金融机构5家以上；建设数字金融产业园"
        assert [(t.text, t.quarter_text) for t in s.scalars(select(MeasureTarget).where(
            MeasureTarget.measure_id == finance.id).order_by(MeasureTarget.seq))] == \
            [("持牌金融机构≥5家", None), ("建设数字金融产业园", "持续推进")]
        assert s.scalar(select(Measure.text).where(Measure.title == "建设城市更新示范区")) == "改造老旧小区；加装电梯"
    assert back.diffs[0].changed == {} and not back.diffs[0].new  # the export gives back what was imported


def test_a_list_of_items_imported_as_tasks_keeps_each_items_name(tmp_path):
    # a 民生实事 list ("项目名称 | 主要内容 | 年度目标"), read as key projects by default, imported as 举措 by choice: the
    # items' names were "no field", each task was named by its 主要内容 and what the item is, lost
    from milestones.spreadsheet.importer import read_import

    src = _csv(tmp_path, "民生实事.csv", "渝中区2024年重点民生实事项目安排表\n"
                                           "序号,项目名称,主要内容,年度目标,牵头单位,配合单位,完成时限\n"
                                           "1,老旧小区改造,改造老旧小区及配套设施,改造老旧小区50个,区住房城乡建委,各街道,2024年12月\n"
                                           "2,社区食堂,建设社区老年食堂,建成社区老年食堂20个,区民政局,各街道,2024年9月\n")
    convert([src], tmp_path, "xlsx")  # as LibreOffice saves it
    (t,) = read_import(tmp_path / "民生实事.xlsx").tables
    assert t.kind == "key_projects"  # (its title and 项目名称 say so), and the preview says the other reading
    # each item's 主要内容 is what the project is to do (it was "no field", lost read as projects)
    assert [r["content"] for r in t.records] == ["改造老旧小区及配套设施", "建设社区老年食堂"]
    assert "表题是民生实事，按重点项目导入；如要按任务和目标跟踪（按目标中的数值评价），请把表格类型选为举措表" in \
        [p.message for p in t.problems]
    (t,) = read_import(tmp_path / "民生实事.xlsx", kind="measures").tables
    got = [(r["measure"], r["measure_text"], r["text"], r["value"], r["quarter"]) for r in t.records]
    assert got == [("老旧小区改造", "改造老旧小区及配套设施", "改造老旧小区50个", 50.0, "2024Q4"),
                   ("社区食堂", "建设社区老年食堂", "建成社区老年食堂20个", 20.0, "2024Q3")]
    assert "第B列“项目名称”作为任务导入（表中没有任务列）" in [p.message for p in t.problems]
    assert not [p for p in t.problems if "表题是民生实事" in p.message]  # (chosen: nothing to suggest)


def test_targets_numbered_in_one_cell_are_each_a_target(tmp_path):
    # "①新增市场主体8000户；②新增规上企业30家；③…" was one target ("…；2新增规上企业30家…", judged by the last figure):
    # NFKC made ② a bare 2, read as the figure of what follows; "（1）…98%以上（2）…" with no break was one target too
    from milestones.spreadsheet.importer import read_import

    src = _csv(tmp_path, "分解.csv", "2024年政府工作报告重点任务分解表\n序号,重点任务,目标任务,牵头单位,完成时限\n"
                                   "1,激发市场主体活力,①新增市场主体8000户；②新增规上企业30家；③培育专精特新企业10家,"
                                   "区市场监管局,2024年12月底\n"
                                   "2,优化营商环境,（1）政务服务事项网办率达到98%以上（2）企业开办时间压缩至1个工作日,"
                                   "区政府办,2024年6月底\n"
                                   "3,城市更新,加装电梯100部（2）,区住房城乡建委,2024年12月底\n")
    convert([src], tmp_path, "xlsx")  # as LibreOffice saves it
    (t,) = read_import(tmp_path / "分解.xlsx").tables
    got = [(r["measure"], r["text"], r["op"], r["value"], r["unit"]) for r in t.records]
    assert got == [("激发市场主体活力", "新增市场主体8000户", "exact", 8000, "户"),
                   ("激发市场主体活力", "新增规上企业30家", "exact", 30, "家"),
                   ("激发市场主体活力", "培育专精特新企业10家", "exact", 10, "家"),
                   ("优化营商环境", "政务服务事项网办率达到98%以上", "at_least", 98, "%"),
                   ("优化营商环境", "企业开办时间压缩至1个工作日", "at_most", 1, "个工作日"),
                   # a number after the figure is no list, and no figure of 2 either (the words as written)
                   ("城市更新", "加装电梯100部（2）", "exact", 100, "部")]


def test_tasks_written_on_their_own_numbered_rows_are_the_tasks_of_the_lines_below(tmp_path):
    # "一 | 扩大有效投资" on a row of its own, the 工作任务 cells below it left empty: every line was refused
    # ("缺少举措名称") and the file with it. The row above is the task of the lines under it.
    text = ("渝中区2024年政府工作报告重点工作任务分解表\n序号,工作任务,具体举措,牵头单位,配合单位,完成时限,进展情况\n"
            "一,扩大有效投资,,,,,\n1,,加快推进重庆长滨项目建设，年内完成投资10亿元,区住建委,区发展改革委,2024年12月底,"
            "已完成投资3亿元\n2,,新开工重点项目15个以上,区发展改革委,各街道,2024年年底前,\n"
            "二,提振消费,,,,,\n3,,社会消费品零售总额增长7.5%,区商务委,,全年,一季度增长6.2%\n")
    for path in typed_and_saved(tmp_path, "m.csv", text):
        (t,) = _read(path).tables
        assert t.errors == [], path
        assert [(r["measure"], r["text"][:8], r["quarter"]) for r in t.records] == [
            ("扩大有效投资", "加快推进重庆长滨", "2024Q4"), ("扩大有效投资", "新开工重点项目1", "2024Q4"),
            ("提振消费", "社会消费品零售总", "2024Q4")]
        assert [r.get("section") for r in t.records] == [None] * 3  # the task, not a section of one task


def test_an_empty_task_cell_under_a_section_of_named_tasks_is_still_refused(tmp_path):
    # a section whose tasks are named below it: a line that names none is not the section's task
    path = _csv(tmp_path, "m.csv", "2024年重点工作任务分解表\n序号,工作任务,具体举措,牵头单位\n一,扩大有效投资,,\n"
                                   "1,推进重点项目,新开工重点项目15个以上,区发展改革委\n二,提振消费,,\n"
                                   "2,,举办促消费活动100场,区商务委\n")
    (t,) = _read(path).tables
    assert [(r["section"], r["measure"]) for r in t.records] == [("一、扩大有效投资", "推进重点项目")]
    assert [(p.row, p.message) for p in t.errors] == [(6, "缺少举措名称")]


def test_a_column_of_the_quarters_steps_beside_the_deadline_gives_each_targets_steps(tmp_path):
    # "完成时限 | 季度安排" with "一季度：0.3万户；二季度：0.6万户…": the steps were dropped as a second deadline column;
    # with no 完成时限, a 季度安排 naming only a time ("9月底前") is the deadline
    from milestones.spreadsheet.importer import read_import

    text = ("2024年区政府工作报告重点任务分解\n序号,任务内容,牵头单位,完成时限,季度安排\n"
            "1,新增市场主体1.2万户,区市场监管局,2024年12月,一季度：0.3万户；二季度：0.6万户；三季度：0.9万户；四季度：1.2万户\n"
            "2,建成5G基站300个,区经济信息委,2024年11月,二季度：100个；四季度：300个\n")
    for path in typed_and_saved(tmp_path, "分解.csv", text):
        (t,) = read_import(path).tables
        assert t.errors == [], path
        got = [(r["quarter"], [(s["quarter"], s["text"], s["value"]) for s in r["steps"]]) for r in t.records]
        assert got == [("2024Q4", [("2024Q1", "0.3万户", 0.3), ("2024Q2", "0.6万户", 0.6), ("2024Q3", "0.9万户", 0.9),
                                   ("2024Q4", "1.2万户", 1.2)]),
                       ("2024Q4", [("2024Q2", "100个", 100.0), ("2024Q4", "300个", 300.0)])], path
        assert not [p for p in t.problems if "同一项" in p.message]
    path = _csv(tmp_path, "only.csv", "2024年重点任务清单\n序号,工作任务,工作目标,责任单位,季度安排\n"
                                      "1,培育市场主体,新增市场主体1.2万户,区市场监管局,一季度：0.3万户；四季度：1.2万户\n"
                                      "2,城市体检,完成城市体检报告,区住建委,9月底前\n")
    (t,) = read_import(path).tables
    assert [(r["quarter"], len(r["steps"])) for r in t.records] == [("2024Q4", 2), ("2024Q3", 0)]


def test_a_quarters_target_beside_the_years_is_its_steps(tmp_path):
    # "年度目标 | 季度目标" ("一季度0.3万户、二季度0.6万户…"): the second was dropped as a second target column
    from milestones.spreadsheet.importer import read_import
    from milestones.ui.problem_text import english

    path = _csv(tmp_path, "q.csv", "2024年重点任务清单\n序号,工作任务,年度目标,季度目标,责任单位,完成时限\n"
                                   "1,培育市场主体,新增市场主体1.2万户,一季度0.3万户、二季度0.6万户、三季度0.9万户、四季度1.2万户,"
                                   "区市场监管局,12月底\n")
    (t,) = read_import(path).tables
    (r,) = t.records
    assert (r["text"], [(s["quarter"], s["value"]) for s in r["steps"]]) == (
        "新增市场主体1.2万户", [("2024Q1", 0.3), ("2024Q2", 0.6), ("2024Q3", 0.9), ("2024Q4", 1.2)])
    (said,) = [p.message for p in t.problems if "第D列" in p.message]
    assert said == "第D列“季度目标”是各季度的安排：记入目标的季度安排"
    assert english(said) == "column D “季度目标” holds each quarter's step: kept as the target's quarterly steps"


def test_tasks_under_levelled_headings_are_the_deepest_level_in_the_firsts_section(tmp_path):
    # "一级任务 | 二级任务": the second was dropped as the same column, every task named after its group
    from milestones.spreadsheet.importer import read_import

    path = _csv(tmp_path, "levels.csv", "2024年重点工作任务清单\n序号,一级任务,二级任务,工作目标,责任单位,完成时限\n"
                                        "1,扩大有效投资,抓好重点项目,完成投资300亿元,区发展改革委,12月底\n"
                                        "2,,争取专项债,争取专项债券30亿元,区财政局,6月底\n"
                                        "3,提振消费,办好消费季,举办活动10场,区商务委,12月底\n")
    (t,) = read_import(path).tables
    assert t.errors == []
    assert [(r["section"], r["measure"]) for r in t.records] == [
        ("扩大有效投资", "抓好重点项目"), ("扩大有效投资", "争取专项债"), ("提振消费", "办好消费季")]
    assert "第C列“二级任务”作为任务，第B列“一级任务”作为部分" in [p.message for p in t.problems]


def test_a_task_of_each_project_is_named_with_its_project(db, tmp_path):
    # "项目名称 | 工作任务 | 目标要求" (a 民生实事 list broken into tasks): the project was "no field", and one task of
    # two projects ("完成改造") was one task holding both projects' targets
    from milestones.spreadsheet.importer import preview, read_import, write

    text = ("2024年民生实事项目任务分解表\n序号,项目名称,工作任务,目标要求,责任单位,完成时限\n"
            "1,老旧小区改造,启动改造,开工50个,区住建委,2024年6月\n2,,完成改造,完工50个,区住建委,2024年12月\n"
            "3,社区食堂,完成改造,建成20个,区民政局,2024年12月\n")
    for path in typed_and_saved(tmp_path, "分解.csv", text):  # (the blank: a project merged down, saved as CSV)
        (t,) = read_import(path).tables
        assert [(r["measure"], r["text"], r["quarter"]) for r in t.records] == [
            ("老旧小区改造：启动改造", "开工50个", "2024Q2"), ("老旧小区改造：完成改造", "完工50个", "2024Q4"),
            ("社区食堂：完成改造", "建成20个", "2024Q4")]
        assert "第B列“项目名称”与第C列“工作任务”合起来作为任务名称（如“项目：任务”）" in [p.message for p in t.problems]
    back = exported_back(db, read_import(path), tmp_path / "举措.xlsx")
    assert back.diffs[0].changed == {} and not back.diffs[0].new  # the export gives back what was imported
    again = preview(db, read_import(path))
    assert (len(again.diffs[0].new), again.diffs[0].changed) == (0, {})
    write(db, again)


def test_targets_on_lines_of_their_own_in_one_cell_are_each_a_target(tmp_path):
    # "新增市场主体8000户⏎新增规上企业30家⏎培育专精特新企业10家" (Alt+Enter between them): the lines were joined with
    # nothing, one target "…8000户新增规上企业30家…" judged by its last figure; a sentence wrapped over two lines
    # ("全年新开工项目20个，完成投资⏎50亿元", "力争到2025年⏎建成…") stays one
    from milestones.spreadsheet.importer import read_import

    text = ("2024年重点任务分解表\n序号,重点任务,目标任务,牵头单位,完成时限\n"
            "1,激发市场主体活力,\"新增市场主体8000户\n新增规上企业30家\n培育专精特新企业10家\",区市场监管局,2024年12月底\n"
            "2,扩大有效投资,\"全年新开工项目20个，完成投资\n50亿元\",区发展改革委,2024年12月底\n"
            "3,建设社区食堂,\"力争到2025年\n建成社区食堂20个\",区民政局,2024年12月底\n"
            "4,城市更新,\"完成老旧小区改造30个\n加装电梯100部\",区住建委,\"6月底前\n12月底前\"\n")
    for path in typed_and_saved(tmp_path, "分行.csv", text):
        (t,) = read_import(path).tables
        got = [(r["measure"], r["text"], r["value"], r["unit"]) for r in t.records]
        assert got[:3] == [("激发市场主体活力", "新增市场主体8000户", 8000, "户"),
                           ("激发市场主体活力", "新增规上企业30家", 30, "家"),
                           ("激发市场主体活力", "培育专精特新企业10家", 10, "家")]
        assert [m for m, *_ in got[3:]].count("建设社区食堂") == 1  # one sentence, one target
        assert ("建设社区食堂", "力争到2025年建成社区食堂20个", 20, "个") in got
        # the deadlines on lines beside them, each its target's in turn (both were the first's)
        assert [(r["text"], r["quarter"]) for r in t.records if r["measure"] == "城市更新"] == [
            ("完成老旧小区改造30个", "2024Q2"), ("加装电梯100部", "2024Q4")]
