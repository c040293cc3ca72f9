"""Where a project is built: 建设地点 / 项目地址, as the list gives it.

Most key-project lists name the place beside the project ("化龙桥片区", "解放碑街道民族路"); the import said the
column had no field and left it out, so a planner sending someone to a project, or asked which projects are on
a street, went back to the spreadsheet. It belongs to the project, as the unit responsible does. Adding a
nullable column changes no row.

Revision ID: 0015
Revises: 0014
"""
from alembic import op
import sqlalchemy as sa

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("key_project", sa.Column("location", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("key_project") as batch:
        batch.drop_column("location")
