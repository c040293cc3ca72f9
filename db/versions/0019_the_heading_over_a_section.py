"""The heading over a section: task lists of two levels ("一、着力稳增长" over "（一）扩大有效投资").

District task lists are often written in two levels of headings; the import kept the lower ones as the sections and
said the upper one was not kept, so the list exported again, or read in the 举措与目标 view, lost how the tasks were
grouped. The upper heading belongs to each section under it. Adding a nullable column changes no row.

Revision ID: 0019
Revises: 0018
"""
from alembic import op
import sqlalchemy as sa

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("section", sa.Column("part", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("section") as batch:
        batch.drop_column("part")
