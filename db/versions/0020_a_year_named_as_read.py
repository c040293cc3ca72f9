"""A planned start's or completion's year, kept as read: "计划2024年开工" as "2024年开工".

Where a plan gives a project's start or completion by its year alone, the words are kept and the lights, the timeline
and the checks read the year from words opening with its four digits. Words typed before the year ("计划2024年开工",
"已于2023年开工", "自2025年起") or the year in other digits ("二〇二四年开工", "２０２４年开工") were kept as typed, so the
year was never read: such a start was never due, its project never late. Imports and edits now keep them as read; this
rewrites the ones kept before, and nothing else (a quarter given beside the words, or words naming no lone year, stay).
The rule is written out here, as it stood, so that the migration does not change with the program.

Revision ID: 0020
Revises: 0019
"""
import re
import unicodedata

from alembic import op
import sqlalchemy as sa

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

_YEAR_ALONE = re.compile(r"^(?:计划|预计|力争|争取|确保|拟|已|将|自|从|约|大约)?于?((?:19|20)\d\d)年已?"
                         r"(?:开工|完工|竣工|交付|完成|投用|完工投用|启动|建成|起|开始)$")
_CHINESE_YEAR = re.compile(r"[〇零一二三四五六七八九]{4}(?=年)")
_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")


def as_read(text: str) -> str | None:
    """The words as the import keeps them now, where that differs from ``text``; else None."""
    s = _CHINESE_YEAR.sub(lambda m: m.group(0).translate(_DIGITS), unicodedata.normalize("NFKC", text).strip())
    s = s.rstrip(".。，,;；")
    m = _YEAR_ALONE.match(s)
    if m is None:
        return None
    read = s[m.start(1):]
    return read if read != text else None


def upgrade() -> None:
    bind = op.get_bind()
    project = sa.table("key_project", sa.column("id"), sa.column("planned_start"), sa.column("planned_start_text"),
                       sa.column("planned_completion"), sa.column("planned_completion_text"))
    for end in ("start", "completion"):
        quarter, words = project.c[f"planned_{end}"], project.c[f"planned_{end}_text"]
        rows = bind.execute(sa.select(project.c.id, words).where(quarter.is_(None), words.is_not(None))).all()
        fixed = [{"row": i, "read": read} for i, text in rows if (read := as_read(text)) is not None]
        if fixed:
            bind.execute(project.update().where(project.c.id == sa.bindparam("row"))
                         .values({words.name: sa.bindparam("read")}), fixed)


def downgrade() -> None:
    pass  # the words as read say what the words as typed said; there is nothing to put back
