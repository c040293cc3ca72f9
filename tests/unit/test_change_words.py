"""The record of changes in the planner's words without Qt (`milestones info --changes` prints them)."""
from milestones.domain.quarter import Quarter
from milestones.store.change_words import field_words, how_words


def test_a_projects_fields_by_the_lists_headings():
    assert field_words({"field": "planned_completion"}) == "计划完工"
    assert field_words({"field": "planned_completion"}, english=True) == "Planned completion"
    assert field_words({"field": "quarter_actual", "quarter": Quarter(2024, 2)}) == "2024Q2完成投资(亿元)"
    assert field_words({"field": "quarter_planned", "quarter": Quarter(2024, 3)}, english=True) == \
        "2024Q3 planned investment (100M CNY)"
    assert field_words({"field": "annual_investment", "year": 2024}) == "2024年计划投资(亿元)"
    assert field_words({"field": "annual_investment"}) == "年度计划投资(亿元)"
    assert field_words({"field": "nature", "year": 2024}) == "性质（2024年）"
    assert field_words({"field": "nature", "year": 2024}, english=True) == "Nature (2024)"


def test_a_targets_fields_by_the_measures_list():
    assert field_words({"field": "text", "target_id": 3}) == "目标（原文）"
    assert field_words({"field": "responsible_unit", "target_id": 3}, english=True) == "Responsible unit"
    assert field_words({"field": "step_text", "target_id": 3, "quarter": Quarter(2024, 2)}) == "2024Q2安排"
    assert field_words({"field": "step_actual", "target_id": 3, "quarter": Quarter(2024, 2)}, english=True) == \
        "2024Q2 done"


def test_how_a_change_was_made_and_what_is_not_known():
    assert [how_words(h) for h in ("edit", "import", "import_undone")] == ["编辑", "导入", "撤销导入"]
    assert how_words("import_undone", english=True) == "import undone"
    # a field or a way a later version records is shown as recorded, not dropped
    assert field_words({"field": "budget_line"}) == "budget_line" and how_words("merge") == "merge"
