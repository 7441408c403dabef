"""Queries for related stories and the You Missed block: link rows, the lead, the latest."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from newsdesk.core.domain import Status
from newsdesk.storage.models import (
    ArticleRecord,
    ArticleTagRecord,
    RelatedLinkRecord,
    SectionRecord,
    StoryTermRecord,
)


def link_rows(session: Session, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """What a linked headline needs, by id: no revisions, no corrections, body for excerpts."""
    if not ids:
        return {}
    rows = session.execute(
        select(
            ArticleRecord.id,
            ArticleRecord.uuid,
            ArticleRecord.headline,
            ArticleRecord.slug,
            ArticleRecord.excerpt,
            ArticleRecord.dek,
            ArticleRecord.body,
            ArticleRecord.status,
            SectionRecord.name,
            ArticleRecord.published_at,
            ArticleRecord.updated_at,
            ArticleRecord.featured_media_id,
            ArticleRecord.trashed_at,
            ArticleRecord.embargo_until,
        )
        .outerjoin(SectionRecord, SectionRecord.id == ArticleRecord.section_id)
        .where(ArticleRecord.id.in_(list(ids)))
    )
    keys = [
        "id",
        "uuid",
        "headline",
        "slug",
        "excerpt",
        "dek",
        "body",
        "status",
        "section",
        "published_at",
        "updated_at",
        "featured_media_id",
        "trashed_at",
        "embargo_until",
    ]
    return {row[0]: dict(zip(keys, row, strict=True)) for row in rows}


def pinned_links(session: Session, article_id: int) -> list[tuple[int, str]]:
    """(target id, origin) of the story's related links, in their order."""
    rows = session.execute(
        select(RelatedLinkRecord.target_id, RelatedLinkRecord.origin)
        .where(RelatedLinkRecord.article_id == article_id)
        .order_by(RelatedLinkRecord.position, RelatedLinkRecord.id)
    )
    return [(r[0], r[1]) for r in rows]


def exists(session: Session, article_id: int) -> bool:
    return session.get(ArticleRecord, article_id) is not None


def story_facts(session: Session, article_id: int) -> dict[str, Any] | None:
    row = session.execute(
        select(
            ArticleRecord.headline,
            ArticleRecord.dek,
            ArticleRecord.body,
            ArticleRecord.status,
            ArticleRecord.section_id,
            ArticleRecord.published_at,
            ArticleRecord.updated_at,
        ).where(ArticleRecord.id == article_id)
    ).first()
    if row is None:
        return None
    tag_ids = list(
        session.scalars(
            select(ArticleTagRecord.tag_id)
            .where(ArticleTagRecord.article_id == article_id)
            .order_by(ArticleTagRecord.position)
        )
    )
    return {
        "headline": row[0],
        "dek": row[1],
        "body": row[2],
        "status": row[3],
        "section_id": row[4],
        "stamp": row[5] or row[6],
        "tag_ids": tag_ids,
    }


def headline_matches(
    session: Session, terms: Sequence[str], exclude: Sequence[int], limit: int
) -> list[int]:
    """Stories whose headline (or dek) holds every one of ``terms``, newest first.

    ``terms`` are scoring terms (normalised light stems), so "الاسعار" finds "أسعار" and
    "وبالأسعار"; trashed and killed stories are left out.
    """
    wanted = sorted(set(terms))
    if not wanted:
        return []
    carriers = (
        select(StoryTermRecord.article_id)
        .where(StoryTermRecord.term.in_(wanted), StoryTermRecord.title_tf > 0)
        .group_by(StoryTermRecord.article_id)
        .having(func.count() == len(wanted))
    )
    stamp = func.coalesce(ArticleRecord.published_at, ArticleRecord.updated_at)
    query = (
        select(ArticleRecord.id)
        .where(
            ArticleRecord.id.in_(carriers),
            ArticleRecord.trashed_at.is_(None),
            ArticleRecord.status != Status.KILLED.value,
        )
        .order_by(stamp.desc(), ArticleRecord.id.desc())
        .limit(limit)
    )
    if exclude:
        query = query.where(ArticleRecord.id.not_in(list(exclude)))
    return list(session.scalars(query))
