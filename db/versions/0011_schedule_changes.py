"""The record of schedule and investment changes (修改记录).

A project whose planned completion moves from 二季度 to 四季度 stops being late: the light is judged against
the plan as it stands. Offices sharing a plan ask who moved it and when, and what a unit's corrected
quarterly figure was before. Each change of a planned or actual start or completion, a total or annual
investment, or a quarter's planned or actual investment is now written beside the change itself, in the
same transaction: the old and new value as shown, when, by whom, and how (an edit, an import, an import
taken back). A new table changes no row.

Revision ID: 0011
Revises: 0010
"""
from alembic import op
import sqlalchemy as sa

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "schedule_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("quarter", sa.Integer(), nullable=True),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("old", sa.Text(), nullable=True),
        sa.Column("new", sa.Text(), nullable=True),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("changed_by", sa.Text(), nullable=True),
        sa.Column("how", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(["project_id"], ["key_project.id"],
                                name=op.f("fk_schedule_change_project_id_key_project"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_schedule_change")),
    )
    op.create_index(op.f("ix_schedule_change_project_id"), "schedule_change", ["project_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_schedule_change_project_id"), table_name="schedule_change")
    op.drop_table("schedule_change")
