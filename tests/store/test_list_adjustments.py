"""The projects put on a year's list or taken off it after the list was made: a 调整名单 (调入、调出)."""
import datetime as dt

from sqlalchemy import select

from milestones.store.changes import (
    add_project, remove_project, remove_projects, restore_project, start_next_plan,
)
from milestones.store.list_adjustments import adjustments, list_made_on
from milestones.store.project_rows import ProjectFilter, count_projects, plan_id_for, project_ids
from milestones.store.schema import KeyProject

JULY = dt.date(2024, 7, 1)


def _id(db, name):
    with db.read() as s:
        return s.scalar(select(KeyProject.id).where(KeyProject.name == name))


def _adjusted(db, year=2024):
    f = ProjectFilter(year=year, list_adjusted=True)
    with db.read() as s:
        ids = project_ids(s, f)
        assert count_projects(s, f) == len(ids)
        moves = adjustments(s, plan_id_for(s, year), ids)
        names = dict(s.execute(select(KeyProject.id, KeyProject.name).where(KeyProject.id.in_(ids))).all())
    return {names[i]: (moves[i]["change"], moves[i]["reason"]) for i in ids}


def test_the_list_as_issued_and_what_moved_on_and_off_it_since(any_db):
    # the bundled plan was issued on 2024-02-09 with its list (no move recorded for it): at mid-year one project
    # leaves, another joins, a third leaves and comes back
    out, back = _id(any_db, "重庆中心T3塔楼"), _id(any_db, "重庆长滨")
    remove_project(any_db, 2024, out, reason="并入二期", on=JULY)
    remove_project(any_db, 2024, back, reason="误移", on=JULY)
    restore_project(any_db, 2024, back, reason="恢复", on=JULY)
    add_project(any_db, 2024, "白象街二期", reason="年中调入", on=JULY)
    with any_db.read() as s:
        assert list_made_on(s, plan_id_for(s, 2024)) == dt.date(2024, 2, 9)
    assert _adjusted(any_db) == {"重庆中心T3塔楼": ("removed", "并入二期"), "白象街二期": ("added", "年中调入")}
    # the list page's own count is the listed projects': the one taken off is not among them
    with any_db.read() as s:
        assert out not in project_ids(s, ProjectFilter(year=2024))


def test_a_plan_with_no_move_has_nothing_adjusted(db):
    assert _adjusted(db) == {}


def test_moves_on_the_day_the_list_was_made_are_its_making(db):
    # the next year's list carried over today: what is taken off or added the same day is the list being made;
    # what moves on a later day is an adjustment
    start_next_plan(db, 2024)
    today = dt.date.today()
    first, later = _id(db, "重庆中心T3塔楼"), _id(db, "重庆长滨")
    remove_projects(db, 2025, [first], reason="已完工", on=today)
    remove_projects(db, 2025, [later], reason="暂缓实施", on=today + dt.timedelta(days=30))
    with db.read() as s:
        assert list_made_on(s, plan_id_for(s, 2025)) == today
    assert _adjusted(db, 2025) == {"重庆长滨": ("removed", "暂缓实施")}


def test_a_project_put_on_and_taken_off_again_is_not_adjusted(db):
    pid, _cs = add_project(db, 2024, "临时项目", on=JULY)
    remove_project(db, 2024, pid, reason="录入有误", on=dt.date(2024, 7, 2))
    assert _adjusted(db) == {}
