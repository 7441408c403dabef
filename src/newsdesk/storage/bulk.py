"""Writing many stories at once: the statements behind the bulk import path.

The ORM unit of work costs several milliseconds a story (object state, one flush per story for
its id, relationship bookkeeping); an archive of 100,000 stories must load in about a minute.
Here ids are reserved up front, so stories, their author and tag links, their revisions and their
search rows all go in as plain ``executemany`` batches, inside the caller's transaction.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.orm import Session

from newsdesk.storage.models import (
    ArticleAuthorRecord,
    ArticleRecord,
    ArticleTagRecord,
    RevisionRecord,
    TagRecord,
)

#: Page cache for one large write on SQLite (KiB): SQLite's default is 2 MiB.
LARGE_WRITE_CACHE_KIB = 256 * 1024


@contextmanager
def large_write_cache(session: Session, kib: int = LARGE_WRITE_CACHE_KIB) -> Iterator[None]:
    """SQLite: a larger page cache for the rest of one large transaction, then the old one.

    An import writes every page of several growing b-trees (stories, revisions, the search
    index, the term table) in one transaction; with the default 2 MiB cache, pages leave the
    cache and are read back (or spilled to the write-ahead log and written again) many times
    over. The cache is memory only, taken as pages are used: durability is unchanged.
    """
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    connection = session.connection().connection.dbapi_connection
    cursor = connection.cursor()  # type: ignore[union-attr]
    try:
        old = int(cursor.execute("PRAGMA cache_size").fetchone()[0])
        cursor.execute(f"PRAGMA cache_size = {-int(kib)}")
    finally:
        cursor.close()
    try:
        yield
    finally:
        with suppress(sqlite3.Error):  # a broken connection is discarded anyway
            connection.execute(f"PRAGMA cache_size = {old}")  # type: ignore[union-attr]


def reserve_ids(session: Session, model: type[Any], count: int) -> list[int]:
    """``count`` unused ids of ``model``'s table, in increasing order.

    SQLite: write transactions start with BEGIN IMMEDIATE (see ``storage.db``), so nobody else
    can insert between reading the largest id and using the next ones. PostgreSQL: the ids come
    from the column's own sequence, as an ordinary insert would take them.
    """
    if count <= 0:
        return []
    if session.get_bind().dialect.name == "sqlite":
        start = int(session.scalar(select(func.coalesce(func.max(model.id), 0))) or 0)
        return list(range(start + 1, start + count + 1))
    rows = session.execute(
        text("SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :n)"),
        {"table": model.__tablename__, "n": count},
    )
    return sorted(int(row[0]) for row in rows)


def reserve_article_ids(session: Session, count: int) -> list[int]:
    return reserve_ids(session, ArticleRecord, count)


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


def tags_by_key(session: Session, keys: Iterable[str]) -> dict[str, tuple[int, str]]:
    """(id, name) of the stored tags with these normalised keys."""
    wanted = sorted(set(keys))
    found: dict[str, tuple[int, str]] = {}
    for start in range(0, len(wanted), 500):
        for tag_id, name, key in session.execute(
            select(TagRecord.id, TagRecord.name, TagRecord.key).where(
                TagRecord.key.in_(wanted[start : start + 500])
            )
        ):
            found[key] = (tag_id, name)
    return found


def taken_tag_slugs(session: Session, slugs: Iterable[str]) -> set[str]:
    wanted = sorted(set(slugs))
    taken: set[str] = set()
    for start in range(0, len(wanted), 500):
        taken.update(
            session.scalars(
                select(TagRecord.slug).where(TagRecord.slug.in_(wanted[start : start + 500]))
            )
        )
    return taken


def insert_tags(
    session: Session, rows: Sequence[tuple[str, str, str]], created_at: datetime
) -> list[int]:
    """Add tags given as (name, slug, key) with one batched INSERT; return their ids."""
    ids = reserve_ids(session, TagRecord, len(rows))
    if rows:
        session.execute(
            insert(cast(Table, TagRecord.__table__)),
            [
                {
                    "id": tag_id,
                    "uuid": uuid.uuid4(),
                    "name": name,
                    "slug": slug,
                    "key": key,
                    "hidden": False,
                    "description": "",
                    "created_at": created_at,
                }
                for tag_id, (name, slug, key) in zip(ids, rows, strict=True)
            ],
        )
    return ids
