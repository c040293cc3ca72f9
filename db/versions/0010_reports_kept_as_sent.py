"""Quarterly reports kept as they were sent (上报存档).

Every quarter the office sends the district its key projects' progress: how many started, how much
was invested, which are 滞后 / 严重滞后. Until now every light was recomputed from today's data and
today's rules, so a figure corrected later, or a rule changed, rewrote what the quarter's report had
said, and a project that caught up lost the red it had shown (瓯海 keeps it: DOMAIN.md §4). Keeping a
report stores, for each project on the list, the light it had, what it had invested in the year and
the quarters it had started and completed, with the rules and the report's figures. New tables
change no row.

Revision ID: 0010
Revises: 0009
"""
from alembic import op
import sqlalchemy as sa

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "kept_report",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("quarter", sa.Integer(), nullable=False),
        sa.Column("kept_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("kept_by", sa.Text(), nullable=True),
        sa.Column("rules", sa.Text(), nullable=False),
        sa.Column("figures", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], name=op.f("fk_kept_report_plan_id_plan"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kept_report")),
        sa.UniqueConstraint("plan_id", "quarter", name=op.f("uq_kept_report_plan_id_quarter")),
    )
    op.create_table(
        "kept_project",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("light", sa.String(length=20), nullable=False),
        sa.Column("invested", sa.Float(), nullable=True),
        sa.Column("actual_start", sa.Integer(), nullable=True),
        sa.Column("actual_completion", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["report_id"], ["kept_report.id"], name=op.f("fk_kept_project_report_id_kept_report"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["project_id"], ["key_project.id"],
                                name=op.f("fk_kept_project_project_id_key_project"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kept_project")),
        sa.UniqueConstraint("report_id", "project_id", name=op.f("uq_kept_project_report_id_project_id")),
    )
    op.create_index(op.f("ix_kept_project_project_id"), "kept_project", ["project_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_kept_project_project_id"), table_name="kept_project")
    op.drop_table("kept_project")
    op.drop_table("kept_report")
