"""The queries an import runs besides the story writes: texts for duplicate detection, links."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from newsdesk.storage.models import ArticleRecord, RelatedLinkRecord

#: Rows fetched per round trip when every story's text is read for the duplicate index.
BATCH = 500


def iter_article_texts(session: Session) -> Iterator[tuple[int, str, str]]:
    """(id, headline, body) of every story, streamed in batches (bounded memory)."""
    query = (
        select(ArticleRecord.id, ArticleRecord.headline, ArticleRecord.body)
        .order_by(ArticleRecord.id)
        .execution_options(yield_per=BATCH)
    )
    for row in session.execute(query):
        yield row.id, row.headline, row.body


def iter_article_headlines(session: Session) -> Iterator[tuple[int, str]]:
    """(id, headline) of every story, oldest first, streamed."""
    query = (
        select(ArticleRecord.id, ArticleRecord.headline)
        .order_by(ArticleRecord.id)
        .execution_options(yield_per=BATCH * 4)
    )
    for row in session.execute(query):
        yield row.id, row.headline


def articles_state(session: Session) -> tuple[object, ...]:
    """A cheap fingerprint of the stories: changes when one is added, removed or saved."""
    row = session.execute(
        select(
            func.count(ArticleRecord.id),
            func.max(ArticleRecord.id),
            func.max(ArticleRecord.updated_at),
            func.sum(ArticleRecord.version),
        )
    ).one()
    return tuple(row)


def article_texts(session: Session, ids: Sequence[int]) -> dict[int, tuple[str, str]]:
    """id → (headline, body) for ``ids`` (stories that no longer exist are left out)."""
    if not ids:
        return {}
    with session.no_autoflush:
        rows = session.execute(
            select(ArticleRecord.id, ArticleRecord.headline, ArticleRecord.body).where(
                ArticleRecord.id.in_(list(ids))
            )
        )
        return {row.id: (row.headline, row.body) for row in rows}


def article_id_by_source_id(session: Session, source_id: str) -> int | None:
    with session.no_autoflush:
        return session.scalar(
            select(ArticleRecord.id)
            .where(ArticleRecord.source_id == source_id)
            .order_by(ArticleRecord.id)
            .limit(1)
        )


def related_target_ids(session: Session, article_id: int) -> list[int]:
    """The targets ``article_id`` links to, in their order."""
    with session.no_autoflush:
        return list(
            session.scalars(
                select(RelatedLinkRecord.target_id)
                .where(RelatedLinkRecord.article_id == article_id)
                .order_by(RelatedLinkRecord.position)
            )
        )


def next_related_position(session: Session, article_id: int) -> int:
    with session.no_autoflush:
        current = session.scalar(
            select(func.max(RelatedLinkRecord.position)).where(
                RelatedLinkRecord.article_id == article_id
            )
        )
    return 0 if current is None else current + 1
