"""A header on one row naming each quarter in brackets after what the columns share: "进度安排（一季度）",
"计划投资（二季度）". The first was read as a deadline (its "完成投资60亿元" an unreadable date) and the three others
dropped as the same column; "计划投资（一季度）" was the year's planned investment."""
from milestones.spreadsheet.importer import read_import
from tests.spreadsheet.conftest import csv_file as _csv


def test_a_tasks_steps_by_quarter_in_brackets(tmp_path):
    path = _csv(tmp_path, "tasks.csv",
                "2025年区政府工作报告重点任务分解表\n"
                "序号,重点任务,具体目标,牵头单位,进度安排（一季度）,进度安排（二季度）,进度安排（三季度）,进度安排（四季度）\n"
                "一、全力推动经济稳进提质,,,,,,,\n"
                "1,实施重点项目200个以上,完成投资300亿元,区发展改革委,完成投资60亿元,完成投资150亿元,完成投资220亿元,完成投资300亿元\n"
                "2,新开工项目50个,新开工50个,区住房城乡建委,新开工10个,新开工25个,新开工40个,新开工50个\n")
    (t,) = read_import(path).tables
    assert (t.kind, t.year, t.errors) == ("measures", 2025, [])
    steps = {r["measure"]: [(s["quarter"], s["value"]) for s in r["steps"]] for r in t.records}
    assert steps == {"实施重点项目200个以上": [("2025Q1", 60.0), ("2025Q2", 150.0), ("2025Q3", 220.0), ("2025Q4", 300.0)],
                     "新开工项目50个": [("2025Q1", 10.0), ("2025Q2", 25.0), ("2025Q3", 40.0), ("2025Q4", 50.0)]}
    assert [r["quarter"] for r in t.records] == ["2025Q4", "2025Q4"]
    assert not [p for p in t.problems if "是同一项" in p.message]


def test_a_projects_quarterly_plan_in_brackets(tmp_path):
    path = _csv(tmp_path, "projects.csv",
                "2025年重点项目投资计划表\n"
                "序号,项目名称,总投资（亿元）,2025年计划投资（亿元）,计划投资（一季度）,计划投资（二季度）,"
                "计划投资（三季度）,计划投资（四季度）,形象进度（一季度）,形象进度（四季度）\n"
                "1,解放碑地下环道二期,15.5,3.2,0.5,0.8,0.9,1.0,完成管线迁改,主体完工\n")
    (t,) = read_import(path).tables
    assert t.errors == []
    (r,) = t.records
    assert (r["total_investment"], r["annual_investment"]) == (15.5, 3.2)
    assert [q["planned"] for q in r["quarters"].values()] == [0.5, 0.8, 0.9, 1.0]
    assert (r["quarters"]["2025Q1"]["goal"], r["quarters"]["2025Q4"]["goal"]) == ("完成管线迁改", "主体完工")


def test_a_task_that_says_its_figure_beside_the_figure_alone(tmp_path):
    # "新增市场主体8000户 | 8000户": the target was "新增市场主体8000户8000户", counting "新增市场主体8000户"
    path = _csv(tmp_path, "tasks.csv", "2025年重点任务分解表\n序号,重点任务,具体目标,牵头单位\n"
                                       "1,新增市场主体8000户,8000户,区市场监管局\n2,培育经营主体,新增5000户,区市场监管局\n"
                                       "3,稳定就业,2.5万人,区人力社保局\n")
    (t,) = read_import(path).tables
    got = [(r["text"], r["subject"], r["value"], r["unit"]) for r in t.records]
    assert got == [("新增市场主体8000户", "新增市场主体", 8000.0, "户"), ("新增5000户", None, 5000.0, "户"),
                   ("稳定就业2.5万人", "稳定就业", 2.5, "万人")]


def test_invested_before_the_year_said_without_a_word_of_money(tmp_path):
    # "截至上年底累计完成" beside the year's figures: the sum invested before the year ("no field" before)
    figures = _csv(tmp_path, "q1.csv", "2025年一季度重点项目推进情况表\n"
                                       "序号,项目名称,总投资（亿元）,其中：2025年计划投资,截至上年底累计完成,2025年1-3月完成投资\n"
                                       "1,解放碑地下环道二期,15.5,3.2,6,0.8\n2,朝天门码头改造,8,2,0,0.3\n")
    (t,) = read_import(figures).tables
    assert [(r["invested_before"], r["annual_investment"]) for r in t.records] == [(6.0, 3.2), (0.0, 2.0)]
    assert not [p for p in t.problems if "没有对应的字段" in p.message]
    # the same heading over the works done by then: words, no amount, and no error on every row
    words = _csv(tmp_path, "words.csv", "2025年重点项目表\n序号,项目名称,总投资（亿元）,截至上年底累计完成\n"
                                        "1,甲项目,5,完成主体\n2,乙项目,3,基础施工\n")
    (t,) = read_import(words).tables
    assert t.errors == [] and [r.get("invested_before") for r in t.records] == [None, None]
    assert "第D列“截至上年底累计完成”填的是文字，不是金额：没有对应的字段，未导入" in [p.message for p in t.problems]


def test_a_formulas_text_in_a_csv_is_no_figure(tmp_path):
    # "=1+1" typed where the 完成 figure goes (a CSV keeps the formula, not its result): it read as 1, "=SUM(A1:A3)" as 3
    path = _csv(tmp_path, "results.csv", "2024年主要指标完成情况\n指标,单位,2024年目标,2024年完成\n"
                                         "甲指标,%,5,=1+1\n乙指标,%,5,=SUM(A1:A3)\n丙指标,%,5,5.2\n")
    (t,) = read_import(path).tables
    got = [(r["name"], r["actual"], r["actual_text"]) for r in t.records]
    assert got == [("甲指标", None, "=1+1"), ("乙指标", None, "=SUM(A1:A3)"), ("丙指标", 5.2, None)]
    warned = [(p.row, p.column, p.text) for p in t.problems if "公式" in p.message]
    assert warned == [(3, "D", "=1+1"), (4, "D", "=SUM(A1:A3)")]
