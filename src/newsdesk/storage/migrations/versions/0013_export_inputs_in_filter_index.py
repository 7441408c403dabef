"""the search filter index also holds what an export compares of every story

Every export, every look of ``export site --watch`` and every nothing-changed check read the
same columns of every story (``publishing_queries.ARTICLE_INPUTS``: id, version, dates,
status). Read from the stories' table they cost a walk over every row, bodies and all: about
one page per story, 50 ms at 10,000 stories on these machines. ``ix_articles_search_filter``
(0009) already held five of the eight, in id order; with ``version``, ``embargo_until`` and
``publish_at`` added it covers the read, which SQLite then answers from the index (20 ms).
Its first columns stay as they were, so a filtered search reads it as before.

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-29
"""

from __future__ import annotations

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

NAME = "ix_articles_search_filter"
BEFORE = ["id", "trashed_at", "status", "section_id", "published_at", "updated_at"]
AFTER = [*BEFORE, "version", "embargo_until", "publish_at"]


def upgrade() -> None:
    op.drop_index(NAME, table_name="articles")
    op.create_index(NAME, "articles", AFTER, unique=False)


def downgrade() -> None:
    op.drop_index(NAME, table_name="articles")
    op.create_index(NAME, "articles", BEFORE, unique=False)
