"""The units working with a project's responsible unit (配合单位), as a list of projects names them.

A 重点项目推进责任表 names, beside 责任单位, the units that help (区规划自然资源局 for the land, a 街道 for the
clearing); the import said the column had no field. A task and an indicator keep theirs the same way. Adding a
nullable column changes no row.

Revision ID: 0018
Revises: 0017
"""
from alembic import op
import sqlalchemy as sa

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("key_project", sa.Column("partner_units", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("key_project") as batch:
        batch.drop_column("partner_units")
