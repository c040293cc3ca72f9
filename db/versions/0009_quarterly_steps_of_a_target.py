"""Quarterly steps of a target: the 季度分解 of a task list.

An office breaks each of the year's tasks down by quarter ("新增市场主体1.2万户": 一季度 0.3万户,
二季度 0.6万户 …) and checks each quarter against its step. The import said those columns were "not
imported item by item" and kept only the last quarter as the deadline, so the schedule the office
follows was lost. A step belongs to one target and one quarter; the quarter's review (一季度完成情况)
goes beside it. A new table changes no row.

Revision ID: 0009
Revises: 0008
"""
from alembic import op
import sqlalchemy as sa

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "target_step",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column("quarter", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("actual_text", sa.Text(), nullable=True),
        sa.Column("actual", sa.Float(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["target_id"], ["measure_target.id"],
                                name=op.f("fk_target_step_target_id_measure_target"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_target_step")),
        sa.UniqueConstraint("target_id", "quarter", name=op.f("uq_target_step_target_id_quarter")),
    )


def downgrade() -> None:
    op.drop_table("target_step")
