"""The record of a target's quarterly steps (季度安排) and each quarter's review.

A target's changes have been recorded since 0022, its steps' not: a unit's corrected review of the second quarter
("完成0.3万户" made "0.5万户"), or a step a revised list rewrote, left no trace of what it said before, while a
project's quarterly figures keep theirs. A step's change is recorded as a target's, with the quarter it is of. Adding
a nullable column changes no row.

Revision ID: 0023
Revises: 0022
"""
from alembic import op
import sqlalchemy as sa

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("target_change", sa.Column("quarter", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("target_change") as batch:
        batch.drop_column("quarter")
