"""Texts as long as the tables offices send write them.

A 完成情况 cell holds a sentence as often as a word ("基本完成，受外部环境影响
略低于预期"), a 性质 or 级别 cell a remark, a 责任单位 several units, and a
quarterly plan's goal (kept as a milestone) is a sentence. The columns they
land in were VARCHARs sized for the short form: SQLite keeps any length,
PostgreSQL refused the whole import ("value too long"). They become TEXT.
Names, codes and titles keep their bounds: the import says on its row when
one is longer (a paragraph in the name column is a misplaced column).

On SQLite the seven tables are rebuilt (batch mode; the runner turns foreign
keys off first, see ``store.database.upgrade``); on PostgreSQL VARCHAR → TEXT
is an in-place change.

Revision ID: 0003
Revises: 0002
"""
from alembic import op
import sqlalchemy as sa

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# table → (column, its former length)
WIDENED = {
    "key_project": [("project_class", 50), ("construction_years", 50), ("owner", 200), ("responsible_unit", 200),
                    ("leader", 100), ("planned_start_text", 100), ("planned_completion_text", 100)],
    "plan_entry": [("nature", 20), ("level", 20)],
    "milestone": [("name", 100)],  # a quarter's goal from a quarterly plan is a sentence as often as not
    "measure": [("responsible_unit", 200)],
    "measure_target": [("subject", 200), ("unit", 30), ("responsible_unit", 200), ("status", 20)],
    "indicator": [("category", 50), ("unit", 30)],
    "indicator_year": [("target_unit", 30), ("status", 20)],
}


def upgrade() -> None:
    for table, columns in WIDENED.items():
        with op.batch_alter_table(table) as batch:
            for column, length in columns:
                batch.alter_column(column, existing_type=sa.String(length=length), type_=sa.Text(),
                                   existing_nullable=True)


def downgrade() -> None:
    # texts longer than the old bounds are cut to fit, as the old columns would hold them
    bind = op.get_bind()
    for table, columns in WIDENED.items():
        for column, length in columns:
            bind.execute(sa.text(f"UPDATE {table} SET {column} = substr({column}, 1, {length}) "
                                 f"WHERE length({column}) > {length}"))
        with op.batch_alter_table(table) as batch:
            for column, length in columns:
                batch.alter_column(column, existing_type=sa.Text(), type_=sa.String(length=length),
                                   existing_nullable=True)
