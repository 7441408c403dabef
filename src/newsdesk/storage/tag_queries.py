"""Queries of the tag manager: usage figures, links of many stories at once, version bumps."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import and_, case, delete, func, insert, select, update
from sqlalchemy.orm import Session

from newsdesk.core.domain import PUBLIC_STATUSES
from newsdesk.storage.models import ArticleRecord, ArticleTagRecord, TagRecord


def tag_usage(session: Session, tag_ids: Sequence[int] | None = None) -> list[dict[str, Any]]:
    """Every tag (or those in ``tag_ids``) with stories, main-tag uses, public uses, last use.

    Trashed stories count: a tag they carry comes back with them. The last use is the newest
    publication (or, unpublished, update) time of a story carrying the tag.
    """
    stamp = func.coalesce(ArticleRecord.published_at, ArticleRecord.updated_at)
    query = (
        select(
            TagRecord,
            func.count(ArticleTagRecord.article_id),
            func.coalesce(func.sum(case((ArticleTagRecord.position == 0, 1), else_=0)), 0),
            func.coalesce(
                func.sum(case((ArticleRecord.status.in_(PUBLIC_STATUSES), 1), else_=0)),
                0,
            ),
            func.max(stamp),
        )
        .outerjoin(ArticleTagRecord, ArticleTagRecord.tag_id == TagRecord.id)
        .outerjoin(ArticleRecord, ArticleRecord.id == ArticleTagRecord.article_id)
        .group_by(TagRecord.id)
        .order_by(TagRecord.id)
    )
    if tag_ids is not None:
        query = query.where(TagRecord.id.in_(list(tag_ids)))
    out = []
    for tag, stories, main, public, last in session.execute(query):
        out.append(
            {
                "tag": tag,
                "stories": int(stories),
                "main": int(main),
                "public": int(public),
                "last_used": _aware(last),
            }
        )
    return out


def _aware(value: Any) -> datetime | None:
    # max() over a coalesce loses the column type on SQLite: it comes back as text there.
    from datetime import UTC

    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    assert isinstance(value, datetime)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def tag_links(session: Session, tag_ids: Sequence[int]) -> dict[int, list[int]]:
    """article id → its tag ids in order, for every story carrying one of ``tag_ids``."""
    carriers = select(ArticleTagRecord.article_id).where(ArticleTagRecord.tag_id.in_(tag_ids))
    rows = session.execute(
        select(ArticleTagRecord.article_id, ArticleTagRecord.tag_id)
        .where(ArticleTagRecord.article_id.in_(carriers))
        .order_by(ArticleTagRecord.article_id, ArticleTagRecord.position)
    )
    links: dict[int, list[int]] = {}
    for article_id, tag_id in rows:
        links.setdefault(article_id, []).append(tag_id)
    return links


def replace_links(session: Session, links: dict[int, list[int]]) -> None:
    """Rewrite the ordered tags of the given stories (positions from 0, 0 the main tag)."""
    ids = list(links)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        session.execute(delete(ArticleTagRecord).where(ArticleTagRecord.article_id.in_(chunk)))
    rows = [
        {"article_id": article_id, "tag_id": tag_id, "position": position}
        for article_id, tag_ids in links.items()
        for position, tag_id in enumerate(tag_ids)
    ]
    if rows:
        session.execute(insert(ArticleTagRecord), rows)


def bump_versions(session: Session, article_ids: Sequence[int]) -> None:
    """Make open editor copies of these stories stale, so a save cannot bring back old tags."""
    ids = list(article_ids)
    for start in range(0, len(ids), 500):
        session.execute(
            update(ArticleRecord)
            .where(ArticleRecord.id.in_(ids[start : start + 500]))
            .values(version=ArticleRecord.version + 1)
            .execution_options(synchronize_session=False)
        )


def slug_taken(session: Session, slug: str, except_id: int | None = None) -> bool:
    clauses = [TagRecord.slug == slug]
    if except_id is not None:
        clauses.append(TagRecord.id != except_id)
    return session.scalar(select(TagRecord.id).where(and_(*clauses))) is not None


def tag_by_key(session: Session, key: str) -> TagRecord | None:
    return session.scalar(select(TagRecord).where(TagRecord.key == key))


def tag_by_name_or_slug(session: Session, value: str) -> TagRecord | None:
    return session.scalar(
        select(TagRecord)
        .where((TagRecord.name == value) | (TagRecord.slug == value))
        .order_by(TagRecord.id)
        .limit(1)
    )
