"""数据检查 findings marked as right (标为无误).

A check that keeps listing a plan's own exception (two works of one site, a project no unit answers for
yet by decision) is a check planners stop reading. A finding marked as right is kept with who marked it,
when, and why; it is not counted again while it is worded the same. A new table: no row changes.

Revision ID: 0013
Revises: 0012
"""
from alembic import op
import sqlalchemy as sa

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "accepted_finding",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("subject", sa.String(length=40), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("accepted_by", sa.Text(), nullable=True),
        sa.Column("accepted_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], name=op.f("fk_accepted_finding_plan_id_plan"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accepted_finding")),
        sa.UniqueConstraint("plan_id", "kind", "subject", "message",
                            name=op.f("uq_accepted_finding_plan_id_kind_subject_message")),
    )


def downgrade() -> None:
    op.drop_table("accepted_finding")
