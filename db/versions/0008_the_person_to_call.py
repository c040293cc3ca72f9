"""The person to call: 责任人 / 联系人, with the phone number as the table gives it.

A key-project list or a task list names, beside the unit responsible, the person there who answers
for the project or the target ("张三 13800000000"); the import said the column had no field and
dropped it, so a planner looking at a late project had to go back to the spreadsheet to find whom
to call. It belongs to the project and to the target, as the unit does. Adding nullable columns
changes no row.

Revision ID: 0008
Revises: 0007
"""
from alembic import op
import sqlalchemy as sa

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("key_project", sa.Column("contact", sa.Text(), nullable=True))
    op.add_column("measure_target", sa.Column("contact", sa.Text(), nullable=True))


def downgrade() -> None:
    for table in ("measure_target", "key_project"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("contact")
