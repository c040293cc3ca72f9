"""Who moved a project on or off a year's list, and from which run of the program.

Offices sharing a plan ask who took a project off the list as they ask who moved its dates: the list's history
kept when and why, not who. The run (the tag of the connection that made the move, one start of the program or
one command) lets an undo tell the planner's own later moves of a project from a colleague's: undoing a removal
after a colleague put the project back and took it off again, with their reason, would have overwritten their
decision unseen. Adding nullable columns changes no row; moves made before this revision have no author and count
as someone else's.

Revision ID: 0025
Revises: 0024
"""
from alembic import op
import sqlalchemy as sa

revision = "0025"
down_revision = "0024"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("list_change", sa.Column("changed_by", sa.Text(), nullable=True))
    op.add_column("list_change", sa.Column("run_tag", sa.String(32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("list_change") as batch:
        batch.drop_column("run_tag")
        batch.drop_column("changed_by")
