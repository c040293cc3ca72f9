"""The project list sorted by a planned end puts a plan's "2024年开工" among that year's, on SQLite and PostgreSQL."""
from sqlalchemy import select, update

from milestones.domain import Quarter
from milestones.store.project_rows import ProjectFilter, project_ids
from milestones.store.schema import KeyProject


def test_a_start_given_by_its_year_sorts_with_that_years_fourth_quarter(any_db):
    # the list shows "2024年开工" in 计划开工 (grey); sorted, those rows went after every dated one, 2026's too
    with any_db.session() as s:
        s.execute(update(KeyProject).where(KeyProject.name == "重庆长滨").values(planned_start=Quarter(2026, 1)))
    with any_db.read() as s:
        ids = project_ids(s, ProjectFilter(year=2024), sort="planned_start")
        rows = {p.id: p for p in s.scalars(select(KeyProject))}
    said = [(rows[i].planned_start, rows[i].planned_start_text) for i in ids]
    worded = [k for k, (q, text) in enumerate(said) if q is None and text == "2024年开工"]
    dated = [k for k, (q, _t) in enumerate(said) if q is not None]
    assert worded and dated
    assert all(said[k][0] <= Quarter(2024, 4) for k in dated if k < worded[0])
    assert said[worded[-1] + 1][0] == Quarter(2026, 1)  # the later start after them
    assert all(q is None and not text for q, text in said[worded[-1] + 2:])  # nothing said: last
