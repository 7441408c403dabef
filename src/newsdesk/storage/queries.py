"""The queries the services run, built in one place so that no layer above writes SQL.

The story list's queries (filters, orders, counts, rows) name the tables' columns, not the mapped
attributes: they run before the window's first paint, which then waits for no ORM set-up (see
the ``*_table`` names in ``models``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from newsdesk.storage.models import (
    ArticleRecord,
    RelatedLinkRecord,
    article_authors_table,
    article_tags_table,
    articles_table,
    authors_table,
    sections_table,
    tags_table,
)

#: Sort keys (see ``services.dto.SORT_KEYS``) → columns. Every order ends on the id so that
#: paging is stable when many stories share a time or a status.
SORT_COLUMNS: dict[str, Any] = {
    "updated": articles_table.c.updated_at,
    "published": articles_table.c.published_at,
    "headline": articles_table.c.headline,
    "status": articles_table.c.status,
    "priority": articles_table.c.priority,
    "section": sections_table.c.name,
    "words": articles_table.c.word_count,
    "id": articles_table.c.id,
}


def _by_slug_or_name(column_slug: Any, column_name: Any, value: str) -> Any:
    return or_(column_slug == value, column_name == value)


def _tag_match(tag: str, tag_key: str | None) -> Any:
    by_name = _by_slug_or_name(tags_table.c.slug, tags_table.c.name, tag)
    return or_(by_name, tags_table.c.key == tag_key) if tag_key else by_name


#: The table whose names and slugs each list filter matches.
_FILTER_TABLES: dict[str, Any] = {
    "section": sections_table,
    "tag": tags_table,
    "author": authors_table,
}


def filter_value_exists(
    session: Session, kind: str, value: str, tag_key: str | None = None
) -> bool:
    """Whether the list filter on ``kind`` ("section", "tag", "author") matches anything named
    ``value``: the same test as ``article_filter_clauses`` makes, asked once."""
    table = _FILTER_TABLES[kind]
    match = (
        _tag_match(value, tag_key)
        if kind == "tag"
        else _by_slug_or_name(table.c.slug, table.c.name, value)
    )
    return session.scalar(select(table.c.id).where(match).limit(1)) is not None


def filter_values(session: Session, kind: str) -> list[tuple[str, str]]:
    """Every (name, slug) the list filter on ``kind`` can name."""
    table = _FILTER_TABLES[kind]
    return [(str(n), str(s)) for n, s in session.execute(select(table.c.name, table.c.slug))]


def article_filter_clauses(
    *,
    statuses: Sequence[str] = (),
    section: str | None = None,
    tag: str | None = None,
    author: str | None = None,
    date_from: Any = None,
    date_to: Any = None,
    trash: bool = False,
    tag_key: str | None = None,
) -> list[Any]:
    """WHERE clauses for the list filters (see ``StoryFilter``); ``tag_key`` is the
    spelling-independent key of ``tag``, which then also matches by that key."""
    clauses: list[Any] = [
        articles_table.c.trashed_at.is_not(None) if trash else articles_table.c.trashed_at.is_(None)
    ]
    if statuses:
        clauses.append(articles_table.c.status.in_(list(statuses)))
    if section:
        clauses.append(
            articles_table.c.section_id.in_(
                select(sections_table.c.id).where(
                    _by_slug_or_name(sections_table.c.slug, sections_table.c.name, section)
                )
            )
        )
    if tag:
        clauses.append(
            articles_table.c.id.in_(
                select(article_tags_table.c.article_id)
                .join(tags_table, tags_table.c.id == article_tags_table.c.tag_id)
                .where(_tag_match(tag, tag_key))
            )
        )
    if author:
        clauses.append(
            articles_table.c.id.in_(
                select(article_authors_table.c.article_id)
                .join(authors_table, authors_table.c.id == article_authors_table.c.author_id)
                .where(_by_slug_or_name(authors_table.c.slug, authors_table.c.name, author))
            )
        )
    stamp = func.coalesce(articles_table.c.published_at, articles_table.c.updated_at)
    if date_from is not None:
        clauses.append(stamp >= date_from)
    if date_to is not None:
        clauses.append(stamp < date_to)
    return clauses


def article_ids_query(
    clauses: Iterable[Any], sort: str = "updated", descending: bool = True
) -> Select[int]:
    """The ordered ids of the articles matching ``clauses``."""
    column = SORT_COLUMNS[sort]
    query = select(articles_table.c.id)
    if sort == "section":
        query = query.outerjoin(sections_table, sections_table.c.id == articles_table.c.section_id)
    order = column.desc() if descending else column.asc()
    tie = articles_table.c.id.desc() if descending else articles_table.c.id.asc()
    # NULLs (unpublished stories when sorting by publication) always go last.
    return query.where(and_(*clauses)).order_by(order.nulls_last(), tie)


def count_articles(session: Session, clauses: Iterable[Any]) -> int:
    return session.scalar(select(func.count(articles_table.c.id)).where(and_(*clauses))) or 0


def status_counts(session: Session, clauses: Iterable[Any]) -> dict[str, int]:
    rows = session.execute(
        select(articles_table.c.status, func.count(articles_table.c.id))
        .where(and_(*clauses))
        .group_by(articles_table.c.status)
    )
    return {status: count for status, count in rows}


def summary_rows(session: Session, ids: Sequence[int]) -> list[dict[str, Any]]:
    """List rows for ``ids`` (in that order) in three queries, without loading bodies."""
    if not ids:
        return []
    rows = session.execute(
        select(
            articles_table.c.id,
            articles_table.c.uuid,
            articles_table.c.headline,
            articles_table.c.status,
            articles_table.c.priority,
            sections_table.c.name,
            articles_table.c.word_count,
            articles_table.c.updated_at,
            articles_table.c.published_at,
            articles_table.c.trashed_at,
        )
        .outerjoin(sections_table, sections_table.c.id == articles_table.c.section_id)
        .where(articles_table.c.id.in_(list(ids)))
    ).all()
    authors: dict[int, list[str]] = {}
    for article_id, name in session.execute(
        select(article_authors_table.c.article_id, authors_table.c.name)
        .join(authors_table, authors_table.c.id == article_authors_table.c.author_id)
        .where(article_authors_table.c.article_id.in_(list(ids)))
        .order_by(article_authors_table.c.article_id, article_authors_table.c.position)
    ):
        authors.setdefault(article_id, []).append(name)
    main_tags: dict[int, str] = {}
    for article_id, name in session.execute(
        select(article_tags_table.c.article_id, tags_table.c.name)
        .join(tags_table, tags_table.c.id == article_tags_table.c.tag_id)
        .where(article_tags_table.c.article_id.in_(list(ids)))
        .order_by(article_tags_table.c.article_id, article_tags_table.c.position)
    ):
        main_tags.setdefault(article_id, name)
    by_id = {
        row[0]: {
            "id": row[0],
            "uuid": row[1],
            "headline": row[2],
            "status": row[3],
            "priority": row[4],
            "section": row[5] or "",
            "word_count": row[6],
            "updated_at": row[7],
            "published_at": row[8],
            "trashed": row[9] is not None,
            "authors": authors.get(row[0], []),
            "main_tag": main_tags.get(row[0], ""),
        }
        for row in rows
    }
    return [by_id[i] for i in ids if i in by_id]


def related_targets(session: Session, article_id: int) -> list[tuple[int, str, str, str]]:
    """(id, headline, status, origin) of the stories linked from ``article_id``, in order."""
    rows = session.execute(
        select(
            ArticleRecord.id, ArticleRecord.headline, ArticleRecord.status, RelatedLinkRecord.origin
        )
        .join(ArticleRecord, ArticleRecord.id == RelatedLinkRecord.target_id)
        .where(RelatedLinkRecord.article_id == article_id)
        .order_by(RelatedLinkRecord.position, RelatedLinkRecord.id)
    )
    return [(r[0], r[1], r[2], r[3]) for r in rows]
