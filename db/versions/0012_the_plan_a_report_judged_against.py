"""The plan a kept report judged its lights against.

A quarter's report kept as sent (0010) held each project's light, investment to date and actual start
and completion; the planned start and completion and the year's planned investment were read from
today's data, so a report reproduced after the plan was revised showed the new plan beside the old
light (and could not say why the light was what it was). Each kept project now keeps them too. Reports
kept before have none (NULL): they read today's plan, as before. Nullable columns change no row.

Revision ID: 0012
Revises: 0011
"""
from alembic import op
import sqlalchemy as sa

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_COLUMNS = ("planned_start", "planned_completion", "annual_investment")


def upgrade() -> None:
    op.add_column("kept_project", sa.Column("planned_start", sa.Integer(), nullable=True))
    op.add_column("kept_project", sa.Column("planned_completion", sa.Integer(), nullable=True))
    op.add_column("kept_project", sa.Column("annual_investment", sa.Float(), nullable=True))
    op.add_column("kept_project", sa.Column("with_plan", sa.Boolean(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("kept_project") as batch:
        for name in (*_COLUMNS, "with_plan"):
            batch.drop_column(name)
