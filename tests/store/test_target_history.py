"""Who changed a measure's target, and when: its deadline moved by a revised task list, its figure reworded, its unit
changed, the actual corrected — recorded in the change's own transaction, as a project's dates are."""
from __future__ import annotations

from sqlalchemy import select

from milestones.spreadsheet.importer import preview, read_import, write
from milestones.store import changes
from milestones.store.history import target_changes
from milestones.store.imports import revert_import
from milestones.store.schema import MeasureTarget
from tests.spreadsheet.conftest import csv_file

_LIST = "2024年重点任务\n序号,重点任务,目标,牵头单位,完成时限\n" \
        "1,城市更新,完成老旧小区改造50个,区住房城乡建委,2024年6月\n2,招商引资,引进项目80个,区招商局,2024年12月\n"


def _target(db, text: str) -> int:
    with db.read() as s:
        return s.scalar(select(MeasureTarget.id).where(MeasureTarget.text == text))


def _log(db, tid: int) -> list[tuple]:
    with db.read() as s:
        return [(c["field"], c["old"], c["new"], c["how"]) for c in reversed(target_changes(s, [tid]).get(tid, []))]


def test_a_targets_deadline_unit_and_actual_changed_by_hand_are_recorded(any_db):
    db = any_db
    with db.read() as s:
        tid, text = s.execute(select(MeasureTarget.id, MeasureTarget.text).order_by(MeasureTarget.id).limit(1)).one()
    changes.update_row(db, "measure_target", tid, {"quarter": "2024Q2"})  # the first deadline given: no revision
    changes.update_row(db, "measure_target", tid, {"actual": 150.0})  # nor the first actual reported
    assert _log(db, tid) == []
    changes.update_row(db, "measure_target", tid, {"quarter": "2024Q4", "responsible_unit": "区发展改革委"})
    changes.update_row(db, "measure_target", tid, {"actual": 180.0})
    changes.update_row(db, "measure_target", tid, {"quarter": None, "quarter_text": "年底前"})  # a quarter to words
    changes.update_row(db, "measure_target", tid, {"notes": "备注不记"})  # free text: edited often, not recorded
    assert _log(db, tid) == [("quarter", "2024Q2", "2024Q4", "edit"), ("actual", "150", "180", "edit"),
                             ("quarter", "2024Q4", "年底前", "edit")]
    with db.read() as s:
        (c,) = [c for c in target_changes(s, [tid])[tid] if c["old"] == "150"]
    assert c["by"] and c["at"] is not None


def test_a_revised_task_list_records_the_deadline_it_moves_and_its_undo(any_db, tmp_path):
    # a revised list moved a deadline, and the target's record said nothing: what it was before lived on only in
    # its notes ("原完成时限：2024年6月"), which no longer hold it
    db = any_db
    write(db, preview(db, read_import(csv_file(tmp_path, "a.csv", _LIST))))
    revised = csv_file(tmp_path, "调整.csv", "2024年重点任务调整表\n"
                                             "序号,重点任务,原目标,调整后目标,牵头单位,原完成时限,调整后完成时限\n"
                                             "1,城市更新,完成老旧小区改造50个,完成老旧小区改造40个,区住房城乡建委,2024年6月,2024年9月\n"
                                             "2,招商引资,引进项目80个,,区招商局,2024年12月,\n")
    receipt = write(db, preview(db, read_import(revised)))
    tid, kept = _target(db, "完成老旧小区改造40个"), _target(db, "引进项目80个")
    assert sorted(_log(db, tid)) == [("quarter", "2024Q2", "2024Q3", "import"), ("text", "完成老旧小区改造50个",
                                     "完成老旧小区改造40个", "import"), ("value", "50", "40", "import")]
    assert _log(db, kept) == []  # not revised: nothing recorded
    with db.read() as s:
        assert s.get(MeasureTarget, tid).notes is None
    revert_import(db, receipt)
    assert sorted(_log(db, tid)[3:]) == [("quarter", "2024Q3", "2024Q2", "import_undone"),
                                         ("text", "完成老旧小区改造40个", "完成老旧小区改造50个", "import_undone"),
                                         ("value", "40", "50", "import_undone")]
    # the same list again changes nothing and records nothing
    write(db, preview(db, read_import(csv_file(tmp_path, "b.csv", _LIST))))
    assert len(_log(db, tid)) == 6


def test_the_latest_changes_hold_the_targets_beside_the_projects_the_latest_first(any_db):
    from milestones.store.history import recent_changes
    from milestones.store.schema import KeyProject

    db = any_db
    with db.read() as s:
        tid, text = s.execute(select(MeasureTarget.id, MeasureTarget.text).order_by(MeasureTarget.id).limit(1)).one()
        pid = s.scalar(select(KeyProject.id).where(KeyProject.name == "重庆中心T3塔楼",
                                                     KeyProject.planned_completion.is_not(None)))
    changes.update_row(db, "measure_target", tid, {"value": 1.0})  # (the plan's 311 before it)
    changes.update_row(db, "measure_target", tid, {"value": 2.0})
    changes.update_row(db, "key_project", pid, {"planned_completion": "2024Q3"})
    changes.update_row(db, "measure_target", tid, {"unit": "个数"})
    with db.read() as s:
        got = [(c["project"], c["field"], c["target_id"] is not None) for c in recent_changes(s)]
        found = [(c["project"], c["field"]) for c in recent_changes(s, text=text[:3])]
    assert found == [(text, "unit"), (text, "value"), (text, "value")]
    held = [g for g in got if g[2]]
    assert got[:3] == [(text, "unit", True), ("重庆中心T3塔楼", "planned_completion", False), (text, "value", True)]
    assert len(held) == 3


def _count(db, key: str, said: tuple[str, str] | None = None) -> int:
    """The dashboard's count of targets under ``key`` at the year's end; with ``said``, the progress paragraph says
    it (in Chinese, in English)."""
    from milestones.domain.quarter import Quarter
    from milestones.store.dashboard import dashboard
    from milestones.store.summary import progress_summary

    d = dashboard(db, 2024, Quarter(2024, 4))
    if said:
        assert said[0] in progress_summary(d) and said[1] in progress_summary(d, "en")
    return d.measure_targets[key]


def test_the_deadlines_moved_this_year_are_counted_and_one_put_back_is_not(any_db, tmp_path):
    # a revised task list moves deadlines; the office counts them (as a project's 计划已调整), and a deadline put
    # back as it was is no longer moved
    from milestones.store.history import deadlines_moved

    db = any_db
    before = _count(db, "deadline_moved")
    write(db, preview(db, read_import(csv_file(tmp_path, "a.csv", _LIST))))
    write(db, preview(db, read_import(csv_file(tmp_path, "调整.csv", _LIST.replace("2024年6月", "2024年9月")))))
    moved, kept = _target(db, "完成老旧小区改造50个"), _target(db, "引进项目80个")
    with db.read() as s:
        assert deadlines_moved(s, 2024) >= {moved} and kept not in deadlines_moved(s, 2024)
    # the progress paragraph says it, as it says how many projects' plans were revised
    assert _count(db, "deadline_moved", (f"年内调整完成时限{before + 1}个",
                                          f"{before + 1} had their deadline revised in the year")) == before + 1
    changes.update_row(db, "measure_target", moved, {"quarter": "2024Q2"})  # put back as it was
    with db.read() as s:
        assert moved not in deadlines_moved(s, 2024)
    changes.update_row(db, "measure_target", moved, {"quarter": None, "quarter_text": "年底前"})  # moved to words
    with db.read() as s:
        assert moved in deadlines_moved(s, 2024)


def test_a_new_target_from_a_revised_list_keeps_its_original_deadline_as_the_revision(any_db, tmp_path):
    # a 重点任务调整表 imported into a plan without the task: its 原完成时限 lived on in the notes alone, so the
    # target showed no revision and the dashboard did not count it
    from milestones.store.history import deadlines_moved

    db = any_db
    revised = csv_file(tmp_path, "调整.csv", "2024年重点任务调整表\n"
                                             "序号,重点任务,目标,牵头单位,原完成时限,调整后完成时限\n"
                                             "1,城市更新,完成老旧小区改造50个,区住房城乡建委,2024年6月,2024年9月\n"
                                             "2,招商引资,引进项目80个,区招商局,2024年12月,2024年12月\n"
                                             "3,数字经济,新增上云企业100家,区经济信息委,持续推进,2024年9月\n")
    receipt = write(db, preview(db, read_import(revised)))
    moved, kept, worded = (_target(db, t) for t in ("完成老旧小区改造50个", "引进项目80个", "新增上云企业100家"))
    assert _log(db, moved) == [("quarter", "2024Q2", "2024Q3", "import")]
    assert _log(db, kept) == []  # not moved
    assert _log(db, worded) == [("quarter", "持续推进", "2024Q3", "import")]
    with db.read() as s:
        assert {moved, worded} <= deadlines_moved(s, 2024) and kept not in deadlines_moved(s, 2024)
    write(db, preview(db, read_import(revised)))  # the same list again: nothing more recorded
    assert len(_log(db, moved)) == 1
    revert_import(db, receipt)  # (the first import: its targets are gone, and their record with them)
    with db.read() as s:
        assert s.get(MeasureTarget, moved) is None and not target_changes(s, [moved])


_REVIEWS = "2024年重点任务推进情况\n序号,重点任务,目标,牵头单位,完成时限,一季度目标,二季度目标,三季度目标,四季度目标," \
           "一季度完成情况,二季度完成情况\n1,市场主体,新增市场主体1.2万户,区市场监管局,2024年12月,0.3,0.6,0.9,1.2,{q1},{q2}\n"


def _steps_log(db, tid: int) -> list[tuple]:
    with db.read() as s:
        return [(c["field"], str(c["quarter"]), c["old"], c["new"], c["how"])
                for c in reversed(target_changes(s, [tid]).get(tid, [])) if c["field"].startswith("step_")]


def test_a_units_corrected_review_and_a_rewritten_step_are_recorded_with_their_quarter(any_db, tmp_path):
    # a unit's second report corrected its first quarter's figure ("0.28" made "0.31") and the list's second step
    # was raised: what they said before was lost, where a project's corrected quarterly figure keeps its own
    db = any_db
    write(db, preview(db, read_import(csv_file(tmp_path, "q1.csv", _REVIEWS.format(q1="0.28", q2="")))))
    tid = _target(db, "新增市场主体1.2万户")
    assert _steps_log(db, tid) == []  # each first given: no revision
    later = _REVIEWS.format(q1="0.31", q2="0.65").replace(",0.6,", ",0.7,")
    receipt = write(db, preview(db, read_import(csv_file(tmp_path, "q2.csv", later))))
    assert sorted(_steps_log(db, tid)) == [("step_actual", "2024Q1", "0.28", "0.31", "import"),
                                           ("step_text", "2024Q2", "0.6万户", "0.7万户", "import")]
    # the year's 完成值 read from the later quarter's review (一季度:0.28 → 二季度:0.65) is the work going on, not a
    # figure corrected: every target reviewed each quarter showed its 完成值 as revised
    assert [c for c in _log(db, tid) if c[0] == "actual"] == []
    revert_import(db, receipt)
    assert sorted(_steps_log(db, tid)[2:]) == [("step_actual", "2024Q1", "0.31", "0.28", "import_undone"),
                                               ("step_actual", "2024Q2", "0.65", None, "import_undone"),
                                               ("step_text", "2024Q2", "0.7万户", "0.6万户", "import_undone")]
    assert [c for c in _log(db, tid) if c[0] == "actual"] == []
    # by hand, in the 季度安排 cell (the target's steps replaced): the review corrected, a step gone
    steps = changes.project_details(db, tid, "steps")
    steps[0]["actual"] = 0.29
    changes.replace_project_details(db, tid, "steps", [st for st in steps if str(st["quarter"]) != "2024Q3"])
    assert sorted(_steps_log(db, tid)[5:]) == [("step_actual", "2024Q1", "0.28", "0.29", "edit"),
                                               ("step_text", "2024Q3", "0.9万户", None, "edit")]


def test_a_quarters_review_corrected_in_the_same_quarter_is_a_revision_of_the_years_actual(any_db, tmp_path):
    db = any_db
    write(db, preview(db, read_import(csv_file(tmp_path, "a.csv", _REVIEWS.format(q1="0.28", q2="")))))
    write(db, preview(db, read_import(csv_file(tmp_path, "b.csv", _REVIEWS.format(q1="0.31", q2="")))))
    tid = _target(db, "新增市场主体1.2万户")
    assert [c for c in _log(db, tid) if c[0] == "actual"] == [("actual", "0.28", "0.31", "import")]


def test_the_latest_changes_name_a_targets_step_by_its_quarter(any_db, tmp_path):
    from milestones.store.history import recent_changes

    db = any_db
    write(db, preview(db, read_import(csv_file(tmp_path, "a.csv", _REVIEWS.format(q1="0.28", q2="")))))
    write(db, preview(db, read_import(csv_file(tmp_path, "b.csv", _REVIEWS.format(q1="0.31", q2="")))))
    with db.read() as s:
        (c,) = [c for c in recent_changes(s) if c["field"] == "step_actual"]
    assert (c["project"], str(c["quarter"]), c["old"], c["new"]) == ("新增市场主体1.2万户", "2024Q1", "0.28", "0.31")


_REWORDED = ("2024年重点任务调整表\n序号,重点任务,原目标,调整后目标,牵头单位,完成时限\n"
             "1,城市更新,完成老旧小区改造50个,完成老旧小区改造40个,区住房城乡建委,2024年6月\n"
             "2,招商引资,引进项目80个,,区招商局,2024年12月\n")


def test_the_targets_a_revised_list_rewords_are_counted_and_one_put_back_is_not(any_db, tmp_path):
    # "原目标 | 调整后目标": the office counts the targets revised in the year as it counts the moved deadlines, and
    # the targets' list can be narrowed to them (their 调整表 is exported from there)
    from milestones.store.history import original_targets, targets_reworded

    db = any_db
    before = _count(db, "reworded")
    write(db, preview(db, read_import(csv_file(tmp_path, "a.csv", _LIST))))
    held = _target(db, "完成老旧小区改造50个")
    imp = preview(db, read_import(csv_file(tmp_path, "调整.csv", _REWORDED)))
    assert [(d.counts()["new"], d.counts()["changed"]) for d in imp.diffs.values()] == [(0, 1)]  # reworded, not added
    write(db, imp)
    assert _target(db, "完成老旧小区改造40个") == held and _target(db, "完成老旧小区改造50个") is None
    assert ("text", "完成老旧小区改造50个", "完成老旧小区改造40个", "import") in _log(db, held)
    with db.read() as s:
        assert original_targets(s, 2024)[held] == "完成老旧小区改造50个"
        assert _target(db, "引进项目80个") not in targets_reworded(s, 2024)  # its 原目标 blank: not revised
    assert _count(db, "reworded", (f"年内调整目标内容{before + 1}个", f"{before + 1} were reworded in the year")) \
        == before + 1
    changes.update_row(db, "measure_target", held, {"text": "完成老旧小区改造50个"})  # put back as it was
    with db.read() as s:
        assert held not in targets_reworded(s, 2024)


def test_a_new_target_from_a_revised_list_keeps_its_first_wording_as_the_revision(any_db, tmp_path):
    # the same list read into a plan without the task: the import failed on it (the target's wording given twice)
    # and, had it not, the 原目标 was lost; it is now the revision the record keeps, as a 原完成时限 is
    from milestones.store.history import original_targets

    db = any_db
    receipt = write(db, preview(db, read_import(csv_file(tmp_path, "调整.csv", _REWORDED))))
    new, kept = _target(db, "完成老旧小区改造40个"), _target(db, "引进项目80个")
    assert _log(db, new) == [("text", "完成老旧小区改造50个", "完成老旧小区改造40个", "import")]
    assert _log(db, kept) == []
    with db.read() as s:
        assert set(original_targets(s, 2024)) & {new, kept} == {new}
    revert_import(db, receipt)  # undone: the target goes, and its record with it
    assert _target(db, "完成老旧小区改造40个") is None


def test_a_revised_lists_former_unit_of_a_target_the_plan_named_no_unit_for_is_its_revision(any_db, tmp_path):
    # the published plan names no unit for its targets: a revised list's "原牵头单位 | 调整后牵头单位" gave the target
    # its first unit, no revision, and the 原 was lost (it is no longer copied into the notes); it is the revision
    from sqlalchemy import select as _select

    from milestones.store.history import original_targets
    from milestones.store.schema import Measure

    db = any_db
    with db.read() as s:
        tid, text, measure = s.execute(
            _select(MeasureTarget.id, MeasureTarget.text, Measure.title)
            .join(Measure, Measure.id == MeasureTarget.measure_id)
            .where(MeasureTarget.responsible_unit.is_(None)).order_by(MeasureTarget.id).limit(1)).one()
    src = csv_file(tmp_path, "分工调整.csv", "2024年重点任务调整表\n序号,举措,目标,原牵头单位,调整后牵头单位\n"
                                            f"1,{measure},{text},区住房城乡建委,区城市更新中心\n")
    imp = preview(db, read_import(src))
    assert [(d.counts()["new"], d.counts()["changed"]) for d in imp.diffs.values()] == [(0, 1)]
    receipt = write(db, imp)
    assert _log(db, tid) == [("responsible_unit", "区住房城乡建委", "区城市更新中心", "import")]
    with db.read() as s:
        assert original_targets(s, 2024, "responsible_unit") == {tid: "区住房城乡建委"}
        assert s.get(MeasureTarget, tid).notes is None
    revert_import(db, receipt)  # taken back: no unit, and no revision of one
    with db.read() as s:
        assert s.get(MeasureTarget, tid).responsible_unit is None
        assert original_targets(s, 2024, "responsible_unit") == {}
    write(db, preview(db, read_import(src)))
    write(db, preview(db, read_import(src)))  # the same list again: nothing more recorded
    assert [c for c in _log(db, tid) if c[3] == "import"] == [
        ("responsible_unit", "区住房城乡建委", "区城市更新中心", "import")] * 2
