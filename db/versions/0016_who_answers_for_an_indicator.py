"""Who answers for an indicator in a year's table, and the table's remarks on it.

A table of targets split among the units (主要指标任务分解表) names each indicator's 牵头单位; the import said the
column had no field and left it out. The 备注 of an indicator table ("与全市同步", "以市统计局反馈为准") was read
and shown nowhere, then dropped on writing: the planner's remark was lost without a word. Both belong to the
indicator in that year, as the target does. Adding nullable columns changes no row.

Revision ID: 0016
Revises: 0015
"""
from alembic import op
import sqlalchemy as sa

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("indicator_year", sa.Column("responsible_unit", sa.Text(), nullable=True))
    op.add_column("indicator_year", sa.Column("notes", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("indicator_year") as batch:
        batch.drop_column("notes")
        batch.drop_column("responsible_unit")
