"""A target's deadline in words: "持续推进", "长期坚持", "每季度", "与主体工程同步".

Task lists give many targets no one deadline: the work goes on, comes back every quarter, or follows another's. The
import read such a 完成时限 as no quarter and kept nothing of it, so the list exported again, or read in the 举措与目标
view, showed the deadline blank, as if the planner had left it out. The words are kept beside the quarter, as a
project's planned dates keep theirs. Adding a nullable column changes no row.

Revision ID: 0021
Revises: 0020
"""
from alembic import op
import sqlalchemy as sa

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("measure_target", sa.Column("quarter_text", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("measure_target") as batch:
        batch.drop_column("quarter_text")
