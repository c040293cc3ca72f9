"""A project's milestones, quarterly investment and progress notes."""
import pytest
from sqlalchemy import select

from milestones.domain import Quarter
from milestones.store.changes import Conflict, EditError, project_details, replace_project_details
from milestones.store.dashboard import dashboard
from milestones.store.schema import KeyProject


def _pid(db, name="重庆长滨"):
    with db.read() as s:
        return s.scalars(select(KeyProject.id).where(KeyProject.name == name)).one()


def test_quarterly_investment_feeds_the_dashboard(db):
    pid = _pid(db)
    replace_project_details(db, pid, "investments", [
        {"quarter": "2024Q1", "planned": 2.0, "actual": 1.5}, {"quarter": "2024Q2", "planned": 3, "actual": "2.5"}])
    assert [r["quarter"] for r in project_details(db, pid, "investments")] == [Quarter(2024, 1), Quarter(2024, 2)]
    d = dashboard(db, 2024, Quarter(2024, 2))
    assert d.investment_actual_to_date == 4.0 and d.investment_planned_to_date == 5.0


def test_milestones_and_notes_keep_their_order(db):
    pid = _pid(db)
    replace_project_details(db, pid, "milestones", [{"name": "前期手续", "planned_quarter": "2023Q4"},
                                                    {"name": "主体完工", "planned_quarter": "2026年上半年"}])
    assert [m["name"] for m in project_details(db, pid, "milestones")] == ["前期手续", "主体完工"]
    replace_project_details(db, pid, "notes", [{"quarter": "2024Q1", "text": "完成场平"}])
    assert project_details(db, pid, "notes")[0]["text"] == "完成场平"


def test_bad_rows_write_nothing(db):
    pid = _pid(db)
    with pytest.raises(EditError):
        replace_project_details(db, pid, "investments", [{"quarter": "2024Q1", "planned": -1}])
    with pytest.raises(EditError):
        replace_project_details(db, pid, "investments", [{"quarter": "2024Q1"}, {"quarter": "2024年3月"}])
    with pytest.raises(ValueError):
        replace_project_details(db, pid, "investments", [{"quarter": "明年"}])
    assert project_details(db, pid, "investments") == []


def test_a_list_changed_by_someone_else_is_a_conflict(db):
    pid = _pid(db)
    seen = project_details(db, pid, "notes")
    replace_project_details(db, pid, "notes", [{"text": "他人先写"}], expected=seen)
    with pytest.raises(Conflict):
        replace_project_details(db, pid, "notes", [{"text": "我后写"}], expected=seen)
