"""Indexes on the columns that point at a project, a plan, a section or a measure.

A project or a plan deleted (a year's plan removed, an import taken back) has the database look for the rows
that point at it, one lookup per deleted row: without an index on the pointing column each lookup read the
whole table, and removing a 50,000-project year ran for many minutes. SQLite's own advice: index every child
key. No row changes.

Revision ID: 0014
Revises: 0013
"""
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

INDEXES = (("plan_entry", "project_id"), ("milestone", "project_id"), ("progress_note", "project_id"),
           ("list_change", "plan_id"), ("list_change", "project_id"), ("measure", "section_id"),
           ("measure_target", "measure_id"))


def upgrade() -> None:
    for table, column in INDEXES:
        op.create_index(op.f(f"ix_{table}_{column}"), table, [column])


def downgrade() -> None:
    for table, column in reversed(INDEXES):
        op.drop_index(op.f(f"ix_{table}_{column}"), table_name=table)
