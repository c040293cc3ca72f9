"""A target's remark: 备注.

A task list's review (重点任务完成情况) explains in 备注 why a target fell behind ("受资金影响")
or what is left; the import matched the column and then dropped it without a word, and the
export could not give it back. It belongs to the target, as a key project's 备注 belongs to
the project. Adding a nullable column changes no row.

Revision ID: 0007
Revises: 0006
"""
from alembic import op
import sqlalchemy as sa

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("measure_target", sa.Column("notes", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("measure_target") as batch:
        batch.drop_column("notes")
