"""story list indexes: every list order and the status counts from covering indexes

The list asks for every id that is not in the trash, in some column's order. With only an index
on ``trashed_at``, SQLite reads each story's row (bodies included) and sorts them in a temporary
B-tree: hundreds of milliseconds at 100,000 stories. An index on (trashed_at, column) answers
the same query in index order without touching the table, for either direction; the one on
(trashed_at, status, updated_at) also serves the navigator's per-status counts and a status
filter sorted by time, (trashed_at, section_id, updated_at) a section filter sorted by time.
``revisions.author`` serves "my stories".

Revision ID: 0007
Revises: 0001
Create Date: 2026-11-29
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0008"
branch_labels = None
depends_on = None

ARTICLE_INDEXES = (
    ("trashed_at", "updated_at"),
    ("trashed_at", "published_at"),
    ("trashed_at", "headline"),
    ("trashed_at", "status", "updated_at"),
    ("trashed_at", "priority"),
    ("trashed_at", "word_count"),
    ("trashed_at", "section_id", "updated_at"),
)


def _name(table: str, columns: tuple[str, ...]) -> str:
    return f"ix_{table}_{'_'.join(columns)}"


def upgrade() -> None:
    for columns in ARTICLE_INDEXES:
        op.create_index(_name("articles", columns), "articles", list(columns), unique=False)
    op.create_index(_name("revisions", ("author",)), "revisions", ["author"], unique=False)


def downgrade() -> None:
    op.drop_index(_name("revisions", ("author",)), table_name="revisions")
    for columns in reversed(ARTICLE_INDEXES):
        op.drop_index(_name("articles", columns), table_name="articles")
