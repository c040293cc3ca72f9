"""The record of changes to the measures' quantified targets.

A project's moved dates have been recorded since 0011; a target's deadline moved by a revised task list
(重点任务调整表), its figure corrected or its unit changed were not: the office sharing a plan could not say what
a deadline was before, or who changed it. Each change is now written beside the change itself, in the same
transaction, as a project's is. A new table changes no row.

Revision ID: 0022
Revises: 0021
"""
from alembic import op
import sqlalchemy as sa

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "target_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("old", sa.Text(), nullable=True),
        sa.Column("new", sa.Text(), nullable=True),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("changed_by", sa.Text(), nullable=True),
        sa.Column("how", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(["target_id"], ["measure_target.id"],
                                name=op.f("fk_target_change_target_id_measure_target"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_target_change")),
    )
    op.create_index(op.f("ix_target_change_target_id"), "target_change", ["target_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_target_change_target_id"), table_name="target_change")
    op.drop_table("target_change")
