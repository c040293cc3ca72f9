"""The district leader a target answers to: 牵头领导.

A task list drawn from the government work report (重点任务责任分工) names for each task
the leader who leads it (牵头区领导, 责任领导) beside the unit responsible; the import said it
had no field for the leader and dropped it, and the export could not give it back. It
belongs to the target, as its units do. Adding a nullable column changes no row.

Revision ID: 0006
Revises: 0005
"""
from alembic import op
import sqlalchemy as sa

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("measure_target", sa.Column("leader", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("measure_target") as batch:
        batch.drop_column("leader")
