"""A task list that words its targets without their figures ("具体目标 | 目标值 | 计量单位") and numbers its sections in
the 序号 column ("（一） | 推动经济稳进提质"), as a district's 重点工作任务清单 is often laid out."""
import datetime

from sqlalchemy import select

from milestones.spreadsheet.importer import preview, read_import, write
from milestones.store.schema import MeasureTarget, Section
from tests.spreadsheet.conftest import convert, workbook_file

ROWS = [
    ["附件3"], ["2025年区政府重点工作任务清单"],
    ["序号", "任务名称", "具体目标", "目标值", "计量单位", "完成时间", "责任单位"],
    ["（一）", "推动经济稳进提质"],
    [1, "固定资产投资", "固定资产投资增长", "6", "%", datetime.date(2025, 12, 31), "区发展改革委"],
    [2, "新增规上企业", "新增规上工业企业", 15, "家", datetime.date(2025, 9, 30), "区经济信息委"],
    ["（二）", "增进民生福祉"],
    [3, "新增城镇就业", "新增城镇就业人数", "1.2万人", None, "2025年全年", "区人力社保局"],
    [4, "城市更新", "完成老旧小区改造", "≥30个", None, "2025年11月底前", "区住房城乡建委"],
    [5, "营商环境", "营商环境评价保持全市前列", None, None, "2025年12月", "区发展改革委"],
]


def _saved_by_libreoffice(tmp_path):
    (tmp_path / "src").mkdir()
    convert([workbook_file(tmp_path / "src" / "tasks.xlsx", {"任务": ROWS})], tmp_path)
    return tmp_path / "tasks.xlsx"


def test_a_targets_figure_in_the_value_column_makes_the_target_as_the_plan_writes_it(tmp_path):
    (t,) = read_import(_saved_by_libreoffice(tmp_path)).tables
    assert (t.kind, t.year) == ("measures", 2025)
    assert not t.errors  # "1.2万人" and "≥30个" were refused as no number
    got = [(r["text"], r["op"], r["value"], r["unit"], r["quarter"]) for r in t.records]
    assert got == [
        ("固定资产投资增长6%", "exact", 6.0, "%", "2025Q4"),
        ("新增规上工业企业15家", "exact", 15.0, "家", "2025Q3"),
        ("新增城镇就业人数1.2万人", "exact", 1.2, "万人", "2025Q4"),
        ("完成老旧小区改造≥30个", "at_least", 30.0, "个", "2025Q4"),
        ("营商环境评价保持全市前列", "text", None, None, "2025Q4"),  # words alone stay words
    ]


def test_a_section_numbered_in_brackets_beside_its_title_is_that_section(tmp_path, db):
    imp = read_import(_saved_by_libreoffice(tmp_path))
    (t,) = imp.tables
    # the section was "（一）", its title lost, and both sections' tasks told apart only by a bracket
    assert [(r["section"], r["section_number"]) for r in t.records] == [
        ("（一）推动经济稳进提质", 1), ("（一）推动经济稳进提质", 1), ("（二）增进民生福祉", 2), ("（二）增进民生福祉", 2),
        ("（二）增进民生福祉", 2)]
    preview(db, imp)
    write(db, imp)
    with db.read() as s:
        sections = s.execute(select(Section.number, Section.title).where(Section.title.contains("推动经济稳进提质")
                                                                         | Section.title.contains("增进民生福祉"))
                             .order_by(Section.number)).all()
        assert sections == [(1, "推动经济稳进提质"), (2, "增进民生福祉")]
        weighed = s.execute(select(MeasureTarget.op, MeasureTarget.value, MeasureTarget.unit)
                            .where(MeasureTarget.text == "完成老旧小区改造≥30个")).all()
        assert weighed == [("at_least", 30.0, "个")]


def test_a_deadline_decades_from_the_plans_year_is_said(tmp_path):
    rows = [*ROWS[:5], [2, "新增规上企业", "新增规上工业企业", 15, "家", "2205年9月", "区经济信息委"],
            [3, "轨道交通", "建成轨道交通线路", 1, "条", "2028年底前", "区交通局"]]  # a task of a few years: no slip
    (tmp_path / "src").mkdir()
    convert([workbook_file(tmp_path / "src" / "tasks.xlsx", {"任务": rows})], tmp_path)
    (t,) = read_import(tmp_path / "tasks.xlsx").tables
    said = [(p.row, p.column, p.text, p.severity) for p in t.problems if "过远" in p.message]
    assert said == [(6, "F", "2205年9月", "warning")]
    assert [r["quarter"] for r in t.records] == ["2025Q4", "2205Q3", "2028Q4"]  # kept as written, said
