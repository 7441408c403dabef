"""search index: FTS5 on SQLite, tsvector + GIN on PostgreSQL

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28

The index is derived data: it is created empty here and then filled from the stories already in
the database by ``newsdesk.storage.search.rebuild`` (what ``newsdesk reindex`` runs), so an
upgraded newsroom can search its archive at once. Its tables start with ``search_``, which the
schema comparison skips (they are not ORM models).
"""

from __future__ import annotations

from alembic import op
from sqlalchemy.orm import Session

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE search_index USING fts5("
            "headline, dek, body, tags, phrase, "
            "tokenize = 'unicode61 remove_diacritics 0')"
        )
        op.execute(
            "CREATE TRIGGER search_index_article_deleted AFTER DELETE ON articles "
            "BEGIN DELETE FROM search_index WHERE rowid = old.id; END"
        )
    else:
        op.execute(
            "CREATE TABLE search_documents ("
            "article_id INTEGER NOT NULL "
            "CONSTRAINT pk_search_documents PRIMARY KEY "
            "CONSTRAINT fk_search_documents_article_id_articles "
            "REFERENCES articles (id) ON DELETE CASCADE, "
            "terms TSVECTOR NOT NULL, "
            "phrase TSVECTOR NOT NULL)"
        )
        op.execute("CREATE INDEX search_documents_terms ON search_documents USING GIN (terms)")
        op.execute("CREATE INDEX search_documents_phrase ON search_documents USING GIN (phrase)")
    from newsdesk.storage import search

    with Session(bind=bind) as session:
        search.rebuild(session)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS search_index_article_deleted")
        op.execute("DROP TABLE IF EXISTS search_index")
    else:
        op.execute("DROP TABLE IF EXISTS search_documents")
