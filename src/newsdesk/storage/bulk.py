"""Writing many stories at once: the statements behind the bulk import path.

The ORM unit of work costs several milliseconds a story (object state, one flush per story for
its id, relationship bookkeeping); an archive of 100,000 stories must load in about a minute.
Here ids are reserved up front, so stories, their author and tag links, their revisions and their
search rows all go in as plain ``executemany`` batches, inside the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, cast

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.orm import Session

from newsdesk.storage.models import (
    ArticleAuthorRecord,
    ArticleRecord,
    ArticleTagRecord,
    RevisionRecord,
)


def reserve_article_ids(session: Session, count: int) -> list[int]:
    """``count`` unused article ids, in increasing order.

    SQLite: write transactions start with BEGIN IMMEDIATE (see ``storage.db``), so nobody else
    can insert between reading the largest id and using the next ones. PostgreSQL: the ids come
    from the column's own sequence, as an ordinary insert would take them.
    """
    if count <= 0:
        return []
    if session.get_bind().dialect.name == "sqlite":
        start = int(session.scalar(select(func.coalesce(func.max(ArticleRecord.id), 0))) or 0)
        return list(range(start + 1, start + count + 1))
    rows = session.execute(
        text(
            "SELECT nextval(pg_get_serial_sequence('articles', 'id')) "
            "FROM generate_series(1, :count)"
        ),
        {"count": count},
    )
    return sorted(int(row[0]) for row in rows)


def insert_stories(
    session: Session,
    articles: Sequence[dict[str, Any]],
    author_links: Sequence[dict[str, Any]],
    tag_links: Sequence[dict[str, Any]],
    revisions: Sequence[dict[str, Any]],
) -> None:
    """Insert prepared rows (keys are the models' column names); ids are already set."""
    if articles:
        session.execute(insert(cast(Table, ArticleRecord.__table__)), list(articles))
    if author_links:
        session.execute(insert(cast(Table, ArticleAuthorRecord.__table__)), list(author_links))
    if tag_links:
        session.execute(insert(cast(Table, ArticleTagRecord.__table__)), list(tag_links))
    if revisions:
        session.execute(insert(cast(Table, RevisionRecord.__table__)), list(revisions))


def first_ids_by_source(
    session: Session, source_ids: Iterable[str], source_urls: Iterable[str]
) -> tuple[dict[str, int], dict[str, int]]:
    """The oldest story holding each source id and each source URL (duplicate detection)."""
    by_id: dict[str, int] = {}
    by_url: dict[str, int] = {}
    wanted_ids = sorted({s for s in source_ids if s})
    wanted_urls = sorted({u for u in source_urls if u})
    if wanted_ids:
        for value, article_id in session.execute(
            select(ArticleRecord.source_id, func.min(ArticleRecord.id))
            .where(ArticleRecord.source_id.in_(wanted_ids))
            .group_by(ArticleRecord.source_id)
        ):
            by_id[value] = article_id
    if wanted_urls:
        for value, article_id in session.execute(
            select(ArticleRecord.source_url, func.min(ArticleRecord.id))
            .where(ArticleRecord.source_url.in_(wanted_urls))
            .group_by(ArticleRecord.source_url)
        ):
            by_url[value] = article_id
    return by_id, by_url
