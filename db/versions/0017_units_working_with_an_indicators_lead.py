"""The units working with an indicator's lead unit (配合单位), as a table split among the units names them.

Beside 牵头单位 such a table names the units that help reach the figure ("区统计局"); the import said the column
had no field. A task keeps its 配合单位 the same way. Adding a nullable column changes no row.

Revision ID: 0017
Revises: 0016
"""
from alembic import op
import sqlalchemy as sa

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("indicator_year", sa.Column("partner_units", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("indicator_year") as batch:
        batch.drop_column("partner_units")
