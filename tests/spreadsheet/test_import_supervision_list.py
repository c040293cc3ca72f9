"""A 督办清单 as a district's supervision office keeps one: each key project, the matter it is pressed on
(督办事项), the date it is to be crossed off by (销号时限) and how it was dealt with (办理情况). The matter was read
as the task and the project dropped: one matter of two projects was a duplicate row, refused."""
import pytest
from sqlalchemy import select

from milestones.domain.quarter import Quarter
from milestones.spreadsheet.importer import preview, read_import, write
from milestones.store.dashboard import target_standing
from milestones.store.schema import Measure, MeasureTarget

from .conftest import typed_and_saved

LIST = ("2024年重点项目督办清单\n"
        "序号,项目名称,督办事项,督办责任人,责任单位,销号时限,办理情况\n"
        "1,十八梯三期,加快征地拆迁,张三,区征收中心,2024年6月底,已销号\n"
        "2,化龙桥道路,加快征地拆迁,李四,区住房城乡建委,2024年9月底,\"已完成拆迁120户，剩余5户正在协商\"\n"
        "3,化龙桥道路,完成管线迁改,李四,区住房城乡建委,2024年12月底,推进中\n")


@pytest.mark.parametrize("which", [0, 1], ids=["typed", "saved by LibreOffice"])
def test_each_project_is_the_task_and_its_matters_the_targets(tmp_path, which):
    path = typed_and_saved(tmp_path, "督办清单.csv", LIST)[which]
    (t,) = read_import(path).tables
    assert (t.kind, t.year, t.errors) == ("measures", 2024, [])
    got = [(r["measure"], r["text"], r["quarter"], r["responsible_unit"], r["actual_text"]) for r in t.records]
    assert got == [("十八梯三期", "加快征地拆迁", "2024Q2", "区征收中心", "已销号"),
                   ("化龙桥道路", "加快征地拆迁", "2024Q3", "区住房城乡建委", "已完成拆迁120户，剩余5户正在协商"),
                   ("化龙桥道路", "完成管线迁改", "2024Q4", "区住房城乡建委", "推进中")]
    # what is left is no figure of what was done (5 was read as it)
    assert t.records[1]["actual"] == 120
    # the person pressed on each matter is its contact (it was "no field")
    assert [r["contact"] for r in t.records] == ["张三", "李四", "李四"]
    assert not [p for p in t.problems if "没有对应的字段" in p.message]
    assert "第B列“项目名称”是任务，第C列“督办事项”是它的目标" in [p.message for p in t.problems]


def test_a_matter_crossed_off_is_met_and_the_projects_matters_are_one_task(db, tmp_path):
    path = typed_and_saved(tmp_path, "督办清单.csv", LIST)[1]
    write(db, preview(db, read_import(path)))
    with db.read() as s:
        road = s.scalar(select(Measure).where(Measure.title == "化龙桥道路"))
        matters = s.scalars(select(MeasureTarget).where(MeasureTarget.measure_id == road.id)
                            .order_by(MeasureTarget.seq)).all()
        assert [m.text for m in matters] == ["加快征地拆迁", "完成管线迁改"]
        crossed = s.scalar(select(MeasureTarget).join(Measure).where(Measure.title == "十八梯三期"))
        assert target_standing(crossed, 2024, Quarter(2024, 2)) == "met"
    again = preview(db, read_import(path))  # a re-import finds them all
    assert (len(again.diffs[0].new), len(again.diffs[0].changed)) == (0, 0)


def test_a_review_saying_done_in_words_is_the_tasks_verdict(tmp_path):
    # "已完成" under 进展情况, the list having no 完成情况 column: the task stood as unreported (pending)
    path = typed_and_saved(tmp_path, "推进情况.csv",
                           "2024年重点工作任务推进情况\n序号,工作任务,具体目标,责任单位,完成时限,进展情况\n"
                           "1,建设社区食堂,建成社区食堂20个,区民政局,2024年6月,已完成\n"
                           "2,改造电梯,加装电梯100部,区住建委,2024年6月,已完成加装电梯80部\n"
                           "3,开展调查,完成满意度调查,区政务服务办,2024年6月,未完成\n")[1]
    (t,) = read_import(path).tables
    got = [(r["status"], r["actual"], r["actual_text"]) for r in t.records]
    # (80 of 100 says no verdict: the figure decides)
    assert got == [("已完成", None, "已完成"), (None, 80, "已完成加装电梯80部"), ("未完成", None, "未完成")]
