"""The queries the services run, built in one place so that no layer above writes SQL."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from newsdesk.storage.models import (
    ArticleAuthorRecord,
    ArticleRecord,
    ArticleTagRecord,
    AuthorRecord,
    RelatedLinkRecord,
    SectionRecord,
    TagRecord,
)

#: Sort keys (see ``services.dto.SORT_KEYS``) → columns. Every order ends on the id so that
#: paging is stable when many stories share a time or a status.
SORT_COLUMNS: dict[str, Any] = {
    "updated": ArticleRecord.updated_at,
    "published": ArticleRecord.published_at,
    "headline": ArticleRecord.headline,
    "status": ArticleRecord.status,
    "priority": ArticleRecord.priority,
    "section": SectionRecord.name,
    "words": ArticleRecord.word_count,
    "id": ArticleRecord.id,
}


def _by_slug_or_name(column_slug: Any, column_name: Any, value: str) -> Any:
    return or_(column_slug == value, column_name == value)


def article_filter_clauses(
    *,
    statuses: Sequence[str] = (),
    section: str | None = None,
    tag: str | None = None,
    author: str | None = None,
    date_from: Any = None,
    date_to: Any = None,
    trash: bool = False,
) -> list[Any]:
    """WHERE clauses for the list filters (see ``StoryFilter``)."""
    clauses: list[Any] = [
        ArticleRecord.trashed_at.is_not(None) if trash else ArticleRecord.trashed_at.is_(None)
    ]
    if statuses:
        clauses.append(ArticleRecord.status.in_(list(statuses)))
    if section:
        clauses.append(
            ArticleRecord.section_id.in_(
                select(SectionRecord.id).where(
                    _by_slug_or_name(SectionRecord.slug, SectionRecord.name, section)
                )
            )
        )
    if tag:
        clauses.append(
            ArticleRecord.id.in_(
                select(ArticleTagRecord.article_id)
                .join(TagRecord, TagRecord.id == ArticleTagRecord.tag_id)
                .where(_by_slug_or_name(TagRecord.slug, TagRecord.name, tag))
            )
        )
    if author:
        clauses.append(
            ArticleRecord.id.in_(
                select(ArticleAuthorRecord.article_id)
                .join(AuthorRecord, AuthorRecord.id == ArticleAuthorRecord.author_id)
                .where(_by_slug_or_name(AuthorRecord.slug, AuthorRecord.name, author))
            )
        )
    stamp = func.coalesce(ArticleRecord.published_at, ArticleRecord.updated_at)
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
    query = select(ArticleRecord.id)
    if sort == "section":
        query = query.outerjoin(SectionRecord, SectionRecord.id == ArticleRecord.section_id)
    order = column.desc() if descending else column.asc()
    tie = ArticleRecord.id.desc() if descending else ArticleRecord.id.asc()
    # NULLs (unpublished stories when sorting by publication) always go last.
    return query.where(and_(*clauses)).order_by(order.nulls_last(), tie)


def count_articles(session: Session, clauses: Iterable[Any]) -> int:
    return session.scalar(select(func.count(ArticleRecord.id)).where(and_(*clauses))) or 0


def status_counts(session: Session, clauses: Iterable[Any]) -> dict[str, int]:
    rows = session.execute(
        select(ArticleRecord.status, func.count(ArticleRecord.id))
        .where(and_(*clauses))
        .group_by(ArticleRecord.status)
    )
    return {status: count for status, count in rows}


def summary_rows(session: Session, ids: Sequence[int]) -> list[dict[str, Any]]:
    """List rows for ``ids`` (in that order) in three queries, without loading bodies."""
    if not ids:
        return []
    rows = session.execute(
        select(
            ArticleRecord.id,
            ArticleRecord.uuid,
            ArticleRecord.headline,
            ArticleRecord.status,
            ArticleRecord.priority,
            SectionRecord.name,
            ArticleRecord.word_count,
            ArticleRecord.updated_at,
            ArticleRecord.published_at,
            ArticleRecord.trashed_at,
        )
        .outerjoin(SectionRecord, SectionRecord.id == ArticleRecord.section_id)
        .where(ArticleRecord.id.in_(list(ids)))
    ).all()
    authors: dict[int, list[str]] = {}
    for article_id, name in session.execute(
        select(ArticleAuthorRecord.article_id, AuthorRecord.name)
        .join(AuthorRecord, AuthorRecord.id == ArticleAuthorRecord.author_id)
        .where(ArticleAuthorRecord.article_id.in_(list(ids)))
        .order_by(ArticleAuthorRecord.article_id, ArticleAuthorRecord.position)
    ):
        authors.setdefault(article_id, []).append(name)
    main_tags: dict[int, str] = {}
    for article_id, name in session.execute(
        select(ArticleTagRecord.article_id, TagRecord.name)
        .join(TagRecord, TagRecord.id == ArticleTagRecord.tag_id)
        .where(ArticleTagRecord.article_id.in_(list(ids)))
        .order_by(ArticleTagRecord.article_id, ArticleTagRecord.position)
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
