"""Every change is one transaction; stale edits are refused; plans carry over."""
import pytest
from sqlalchemy import func, select

from milestones.domain import Quarter
from milestones.store.changes import (
    Conflict, EditError, add_project, remove_project, remove_projects, restore_project, restore_projects,
    start_next_plan, update_row,
)
from milestones.store.queries import plan_summary, project_detail
from milestones.store.schema import KeyProject, ListChange, PlanEntry


def _project(db, name):
    with db.read() as s:
        return s.scalars(select(KeyProject).where(KeyProject.name == name)).one()


def test_an_edit_is_written_and_bumps_the_version(db):
    p = _project(db, "重庆长滨")
    cs = update_row(db, "key_project", p.id, {"planned_completion": "2025年二季度"}, expected_version=p.version)
    after = _project(db, "重庆长滨")
    assert after.planned_completion == Quarter(2025, 2)
    assert after.version == p.version + 1 == cs.versions[("key_project", p.id)]


def test_an_edit_on_a_stale_copy_is_refused_with_the_current_value(db):
    p = _project(db, "重庆长滨")
    update_row(db, "key_project", p.id, {"responsible_unit": "区住房城乡建委"}, expected_version=p.version)
    with pytest.raises(Conflict) as err:
        update_row(db, "key_project", p.id, {"responsible_unit": "区发展改革委"}, expected_version=p.version)
    assert err.value.current["responsible_unit"] == "区住房城乡建委"
    assert _project(db, "重庆长滨").responsible_unit == "区住房城乡建委"


def test_a_bad_value_writes_nothing(db):
    p = _project(db, "重庆长滨")
    with pytest.raises(ValueError):
        update_row(db, "key_project", p.id, {"notes": "改了", "planned_start": "明年某时"})
    assert _project(db, "重庆长滨").notes == p.notes  # the whole change rolled back
    with pytest.raises(EditError):
        update_row(db, "key_project", p.id, {"total_investment": "很多"})
    with pytest.raises(EditError):
        update_row(db, "key_project", p.id, {"id": 5})


def test_adding_and_removing_a_project_keeps_the_list_history(db):
    before = plan_summary(db)["key_projects"]["listed"]
    pid, _ = add_project(db, 2024, "新增项目甲", reason="年中调整新增", nature="新开工", planned_start="2024Q3")
    assert plan_summary(db)["key_projects"]["listed"] == before + 1
    remove_project(db, 2024, pid, reason="条件不成熟")
    assert plan_summary(db)["key_projects"]["listed"] == before
    restore_project(db, 2024, pid)
    with db.read() as s:
        changes = [c.change for c in s.scalars(select(ListChange).where(ListChange.project_id == pid)
                                                .order_by(ListChange.id))]
    assert changes == ["added", "removed", "added"]


def test_putting_back_a_project_no_longer_there_names_it(db):
    # the undo of taking projects off the list, after a colleague's change took the project away: said by its name
    # (or as deleted), not as "项目 #52"
    done = _project(db, "重庆中心T3塔楼")
    update_row(db, "key_project", done.id, {"actual_completion": "2024Q1"})
    start_next_plan(db, 2024)  # finished in 2024: not on 2025's list
    with pytest.raises(EditError, match="“重庆中心T3塔楼”不在2025年计划中"):
        restore_project(db, 2025, done.id)
    with pytest.raises(EditError, match="该项目已被他人删除"):
        restore_project(db, 2024, 10 ** 6)


def test_continuing_projects_carry_into_next_years_plan_with_their_history(db):
    done = _project(db, "重庆中心T3塔楼")
    update_row(db, "key_project", done.id, {"actual_completion": "2024Q1"})
    longer = _project(db, "重庆塔")
    update_row(db, "key_project", longer.id, {"notes": "2024年融资招商"})
    start_next_plan(db, 2024)
    s25 = plan_summary(db, 2025)
    assert s25["plans"] == [2024, 2025]
    assert s25["key_projects"]["listed"] == plan_summary(db, 2024)["key_projects"]["listed"] - 1
    with db.read() as s:
        entry = s.execute(select(PlanEntry).join(PlanEntry.project)
                          .where(KeyProject.name == "重庆塔", PlanEntry.plan_id != 1)).scalar_one()
        assert entry.nature == "续建" and entry.project.notes == "2024年融资招商"
    with pytest.raises(EditError):
        start_next_plan(db, 2024)


def test_a_project_whose_start_never_came_is_carried_as_new_still(db):
    # every unfinished project became 续建: a 2024 新开工 project never started read as under construction in 2025
    started, slipped = _project(db, "重庆长滨"), _project(db, "红楼宾馆综合改造")  # both 新开工 in 2024
    update_row(db, "key_project", started.id, {"actual_start": "2024Q3"})
    start_next_plan(db, 2024)
    with db.read() as s:
        def entry(name):
            return s.execute(select(PlanEntry).join(PlanEntry.project)
                             .where(KeyProject.name == name, PlanEntry.plan_id != 1)).scalar_one()

        assert entry("重庆长滨").nature == "续建"
        assert entry("红楼宾馆综合改造").nature == "新开工"
        assert entry("地王广场等闲置低效楼宇产权归集").nature == "前期"
        assert entry("嘉陵江岸线贯通与生态修复").nature == "续建"  # 续建 already: continues, start recorded or not
        reasons = dict(s.execute(select(KeyProject.name, ListChange.reason).join(KeyProject, KeyProject.id == ListChange.project_id)
                                 .where(ListChange.plan_id != 1)).all())
        assert reasons["红楼宾馆综合改造"] == "2024年未开工，结转" and reasons["重庆长滨"] == "2024年结转续建"
    assert slipped.actual_start is None


def test_a_completion_before_the_start_is_refused_and_writes_nothing(db):
    p = _project(db, "重庆长滨")
    update_row(db, "key_project", p.id, {"planned_start": "2024年三季度", "planned_completion": "2025年二季度"})
    p = _project(db, "重庆长滨")
    with pytest.raises(EditError, match="早于计划开工"):
        update_row(db, "key_project", p.id, {"notes": "改了", "planned_completion": "2024年一季度"},
                   expected_version=p.version)
    after = _project(db, "重庆长滨")
    assert (after.planned_completion, after.notes, after.version) == (Quarter(2025, 2), p.notes, p.version)
    # moving both together is one consistent change
    update_row(db, "key_project", p.id, {"planned_start": "2023年一季度", "planned_completion": "2024年一季度"})
    assert _project(db, "重庆长滨").planned_completion == Quarter(2024, 1)
    with pytest.raises(EditError, match="早于计划开工"):
        add_project(db, 2024, "倒排项目", planned_start="2024年三季度", planned_completion="2024年一季度")
    with db.read() as s:
        assert s.scalars(select(KeyProject).where(KeyProject.name == "倒排项目")).first() is None


def test_a_name_longer_than_its_column_is_refused_the_same_on_every_database(db):
    p = _project(db, "重庆长滨")
    with pytest.raises(EditError, match="最多 200 字"):
        update_row(db, "key_project", p.id, {"name": "长" * 201})
    assert _project(db, "重庆长滨").version == p.version
    with pytest.raises(EditError, match="最多 200 字"):
        add_project(db, 2024, "新" * 201)


def test_the_next_years_plan_rolls_the_investment_to_date_and_drafts_its_indicators(db):
    from milestones.store.changes import replace_project_details
    from milestones.store.schema import Indicator, IndicatorYear

    rolled = _project(db, "重庆塔")
    new = _project(db, "重庆长滨")
    with db.session() as s:
        s.execute(select(PlanEntry).where(PlanEntry.project_id == rolled.id)).scalar_one().invested_before = 10.0
        s.execute(select(PlanEntry).where(PlanEntry.project_id == new.id)).scalar_one().nature = "新开工"
        jobs = s.scalar(select(Indicator).where(Indicator.name == "城镇新增就业"))
        y24 = s.scalar(select(IndicatorYear).where(IndicatorYear.indicator_id == jobs.id, IndicatorYear.year == 2024))
        y24.actual, y24.actual_text, y24.binding = 5.1, None, False
    for pid, figures in ((rolled.id, ("1.5", "2", None, "0.5")), (new.id, ("0.3", None, None, None))):
        replace_project_details(db, pid, "investments",
                                [{"quarter": f"2024Q{q}", "actual": a} for q, a in enumerate(figures, start=1) if a])
    start_next_plan(db, 2024)
    with db.read() as s:
        def before(name):
            return s.execute(select(PlanEntry.invested_before).join(KeyProject, KeyProject.id == PlanEntry.project_id)
                             .where(KeyProject.name == name, PlanEntry.plan_id != 1)).scalar_one()

        # 截至2024年底 = 截至2023年底 10 + 2024's 4; a 新开工 project had nothing before 2024; unknown stays unknown
        assert (before("重庆塔"), before("重庆长滨"), before("嘉陵江岸线贯通与生态修复")) == (14.0, 0.3, None)
        drafted = {ind.name: iy for iy, ind in s.execute(
            select(IndicatorYear, Indicator).join(Indicator, Indicator.id == IndicatorYear.indicator_id)
            .where(IndicatorYear.year == 2025))}
        assert len(drafted) == 14  # 2024's table, to set 2025's targets against
        jobs25 = drafted["城镇新增就业"]
        assert (jobs25.previous_actual, jobs25.binding, jobs25.target_text, jobs25.actual) == (5.1, False, None, None)


def test_a_long_write_is_told_its_progress_and_stopping_it_rolls_it_all_back(db, monkeypatch):
    import milestones.store.changes as changes

    monkeypatch.setattr(changes, "PROGRESS_EVERY", 10)
    with db.read() as s:
        ids = s.scalars(select(KeyProject.id).order_by(KeyProject.id)).all()[:35]
    rows = [("key_project", i, {"contact": f"联系人{i}"}, {}) for i in ids]
    told = []
    with pytest.raises(changes.Cancelled):
        changes.update_checked(db, rows, progress=lambda done, total: told.append((done, total)) or done < 20)
    assert told == [(10, 35), (20, 35)]
    with db.read() as s:  # the ten rows written before the stop are rolled back with the rest
        assert s.scalars(select(KeyProject.id).where(KeyProject.contact.like("联系人%"))).all() == []
    told.clear()
    changes.update_checked(db, rows, progress=lambda done, total: told.append(done) or True)
    assert told == [10, 20, 30]
    with db.read() as s:
        assert len(s.scalars(select(KeyProject.id).where(KeyProject.contact.like("联系人%"))).all()) == 35


def test_a_project_of_an_earlier_list_is_listed_again_as_the_same_record(db):
    # left out of the carry-over, or dropped and taken up again: listed in 2025 with the nature its 2024 list
    # gives, as the carry-over would have (started: 续建; 前期 stays 前期), the same record, said why
    from milestones.store.changes import list_project
    from milestones.store.queries import projects_named
    from milestones.store.schema import Plan

    start_next_plan(db, 2024)
    started, _ = add_project(db, 2024, "年中开工的项目", actual_start="2024Q2", level="区级重点", nature="新开工")
    waiting, _ = add_project(db, 2024, "仍在前期的项目", nature="前期")
    with db.read() as s:
        (named,) = projects_named(s, 2025, "年中开工的项目")
        assert (named.project_id, named.on_list, named.seq, named.years) == (started, False, None, (2024,))
    for pid in (started, waiting):
        list_project(db, 2025, pid, reason="漏结转")

    def in_2025(s):
        return {r.project_id: (r.nature, r.level, r.on_list) for r in s.execute(
            select(PlanEntry.project_id, PlanEntry.nature, PlanEntry.level, PlanEntry.on_list)
            .join(Plan, Plan.id == PlanEntry.plan_id)
            .where(Plan.year == 2025, PlanEntry.project_id.in_([started, waiting])))}

    with db.read() as s:
        assert in_2025(s) == {started: ("续建", "区级重点", True), waiting: ("前期", None, True)}
        assert projects_named(s, 2025, "年中开工的项目")[0].on_list
        assert s.scalar(select(ListChange.reason).where(ListChange.project_id == started)
                        .order_by(ListChange.id.desc())) == "漏结转"
    # taken off 2025's list, it is put back, not listed twice
    remove_project(db, 2025, started)
    list_project(db, 2025, started)
    with db.read() as s:
        assert in_2025(s)[started] == ("续建", "区级重点", True)


def test_a_reason_pasted_with_a_nul_is_written_without_it(any_db):
    """The reason a project is taken off the list went to the database as given: PostgreSQL refused a NUL (pasted
    from another program) as a fault."""
    from milestones.store.changes import remove_projects

    with any_db.read() as s:
        pid = s.scalar(select(KeyProject.id).where(KeyProject.name == "重庆长滨"))
    remove_projects(any_db, 2024, [pid], reason="并入\x00二期")
    with any_db.read() as s:
        assert s.scalar(select(ListChange.reason).where(ListChange.project_id == pid,
                                                        ListChange.change == "removed")) == "并入二期"


def test_a_name_pasted_with_a_zero_width_space_is_written_without_it(any_db):
    """A name or unit pasted from a web page into a cell kept its zero-width space (U+200B) or byte-order mark: the
    project then matched no list naming it and no unit's filter found it."""
    from milestones.store.changes import update_row

    with any_db.read() as s:
        p = s.scalars(select(KeyProject).where(KeyProject.name == "重庆长滨")).one()
        pid, version = p.id, p.version
    update_row(any_db, "key_project", pid, {"name": "重庆\u200b长滨", "responsible_unit": "\ufeff区商务委"}, version)
    with any_db.read() as s:
        p = s.get(KeyProject, pid)
        assert (p.name, p.responsible_unit) == ("重庆长滨", "区商务委")


def colleague_moves(db, pid: int, *moves: tuple[bool, str], year: int = 2024) -> str:
    """Another planner on the same plan (a second connection, another run of the program) moves project ``pid`` on
    (True) or off (False) ``year``'s list, each with its reason, in turn; their run's tag."""
    from milestones.store import open_store

    other = open_store(db.path if db.is_sqlite else db.url)
    try:
        for on, reason in moves:
            (restore_projects if on else remove_projects)(other, year, [pid], reason=reason)
    finally:
        other.close()
    return other.tag


def test_each_move_on_or_off_the_list_says_who_made_it(any_db):
    # an office sharing a plan asks who took a project off the list, as it asks who moved its dates
    pid = _project(any_db, "重庆中心T3塔楼").id
    remove_projects(any_db, 2024, [pid], reason="并入二期")
    other = colleague_moves(any_db, pid, (True, "恢复"))
    start_next_plan(any_db, 2024)
    with any_db.read() as s:
        moves = s.execute(select(ListChange.change, ListChange.run_tag, ListChange.changed_by)
                          .where(ListChange.project_id == pid).order_by(ListChange.id)).all()
    assert [(c, tag) for c, tag, _ in moves] == [("removed", any_db.tag), ("added", other), ("added", any_db.tag)]
    assert other != any_db.tag
    assert all(who for _, _, who in moves)  # the role on the server, the desktop's user on a file
    detail = project_detail(any_db, pid)
    assert [h["by"] for h in detail["history"]] == [who for _, _, who in moves]


def test_undoing_a_removal_a_colleague_has_moved_since_is_refused_and_writes_nothing(any_db):
    # taken off with "并入二期"; a colleague put it back and took it off again with their own reason: the undo
    # would have put it on the list over their decision, unseen
    pid = _project(any_db, "重庆中心T3塔楼").id
    keep = _project(any_db, "红楼宾馆综合改造").id
    remove_projects(any_db, 2024, [pid, keep], reason="并入二期")
    colleague_moves(any_db, pid, (True, "仍在推进"), (False, "已列入市级重点"))
    with pytest.raises(Conflict) as refused:
        restore_projects(any_db, 2024, [pid, keep], reason="撤销移出", undoing=True)
    assert refused.value.current["name"] == "重庆中心T3塔楼"
    with any_db.read() as s:
        on = dict(s.execute(select(PlanEntry.project_id, PlanEntry.on_list)
                            .where(PlanEntry.project_id.in_([pid, keep]))).all())
        reasons = s.scalars(select(ListChange.reason).where(ListChange.project_id == pid)
                            .order_by(ListChange.id)).all()
    assert on == {pid: False, keep: False}  # all of the step or none of it
    assert reasons[-1] == "已列入市级重点"


def test_a_planners_own_chain_of_moves_undoes_in_turn(any_db):
    # 移出, then 列入 again, each undone in turn: the later moves are the planner's own, not a colleague's
    pid = _project(any_db, "重庆中心T3塔楼").id
    remove_projects(any_db, 2024, [pid], reason="并入二期")
    restore_project(any_db, 2024, pid, reason="手工列入")
    remove_project(any_db, 2024, pid, reason="撤销列入", undoing=True)  # the undo of 列入
    restore_projects(any_db, 2024, [pid], reason="撤销移出", undoing=True)  # the undo of 移出
    remove_projects(any_db, 2024, [pid], reason="并入二期", undoing=True)  # and its redo
    with any_db.read() as s:
        assert s.scalar(select(PlanEntry.on_list).where(PlanEntry.project_id == pid)) is False


def test_a_colleagues_move_back_to_where_the_undo_goes_is_no_conflict(any_db):
    # they put it back already: the undo of the removal has nothing left to do, and is not refused
    pid = _project(any_db, "重庆中心T3塔楼").id
    remove_projects(any_db, 2024, [pid], reason="并入二期")
    colleague_moves(any_db, pid, (True, "仍在推进"))
    restore_projects(any_db, 2024, [pid], reason="撤销移出", undoing=True)
    with any_db.read() as s:
        assert s.scalar(select(func.count()).select_from(ListChange).where(ListChange.project_id == pid)) == 2


def test_the_latest_changes_hold_projects_taken_off_the_list_and_put_back_not_first_listings(any_db):
    # 最近修改 is what an office reads on Monday morning: a colleague taking a project off the list was not in it.
    # A project's first listing (the list imported, carried into 2025, a project added) is no revision: not there
    from milestones.store.history import recent_changes

    pid = _project(any_db, "重庆中心T3塔楼").id
    new, _ = add_project(any_db, 2024, "新增项目甲", reason="年中调整新增")
    colleague_moves(any_db, pid, (False, "并入二期"), (True, "仍在推进"))
    start_next_plan(any_db, 2024)
    with any_db.read() as s:
        moves = [c for c in recent_changes(s) if c["field"] == "on_list"]
        found = [c["new"] for c in recent_changes(s, text="二期") if c["field"] == "on_list"]
    assert [(c["project"], c["year"], c["old"], c["new"], c["reason"], c["how"]) for c in moves] == [
        ("重庆中心T3塔楼", 2024, "removed", "added", "仍在推进", "edit"),
        ("重庆中心T3塔楼", 2024, "added", "removed", "并入二期", "edit")]
    assert all(c["by"] and c["project_id"] == pid for c in moves)
    assert found == ["removed"]
    assert new not in {c["project_id"] for c in moves}
