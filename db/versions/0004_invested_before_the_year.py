"""What a key project had invested before the year: 截至上年底累计完成投资.

Nearly every key-project table an office sends carries it beside 总投资 and the
year's plan ("截至2023年底累计完成投资"); the import said it had no field for it
and dropped it, and the export could not give it back. It belongs to the
year's entry on the list (each year's table states it anew), in 亿元 like the
other figures. Adding a nullable column changes no row.

Revision ID: 0004
Revises: 0003
"""
from alembic import op
import sqlalchemy as sa

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("plan_entry", sa.Column("invested_before", sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("plan_entry") as batch:
        batch.drop_column("invested_before")
