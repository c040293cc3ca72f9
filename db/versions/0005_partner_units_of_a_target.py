"""The units working with a target's responsible unit: 配合单位.

A task list (重点任务分解表) names for each task the unit leading it (牵头单位) and the
units working with it (配合单位), each in a column of its own; the import said it had
no field for 配合单位 and dropped it, and the export could not give it back. It
belongs to the target, beside its responsible unit. Adding a nullable column
changes no row.

Revision ID: 0005
Revises: 0004
"""
from alembic import op
import sqlalchemy as sa

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("measure_target", sa.Column("partner_units", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("measure_target") as batch:
        batch.drop_column("partner_units")
