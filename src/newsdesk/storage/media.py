"""Queries over the media library (content-addressed images)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, defer

from newsdesk.storage.models import MediaAssetRecord


def by_sha(session: Session, sha256: str, *, with_data: bool = False) -> MediaAssetRecord | None:
    """The asset with these bytes; the (large) bytes themselves only when asked for."""
    query = select(MediaAssetRecord).where(MediaAssetRecord.sha256 == sha256)
    if not with_data:
        query = query.options(defer(MediaAssetRecord.data))
    return session.scalar(query)


def by_id(session: Session, media_id: int) -> MediaAssetRecord | None:
    return session.scalar(
        select(MediaAssetRecord)
        .where(MediaAssetRecord.id == media_id)
        .options(defer(MediaAssetRecord.data))
    )


def newest_first(session: Session, limit: int | None = None) -> list[MediaAssetRecord]:
    """Every asset without its bytes (thumbnails included), newest first."""
    query = (
        select(MediaAssetRecord)
        .options(defer(MediaAssetRecord.data))
        .order_by(MediaAssetRecord.created_at.desc(), MediaAssetRecord.id.desc())
    )
    if limit is not None:
        query = query.limit(limit)
    return list(session.scalars(query))


def data_of(session: Session, sha256: str) -> bytes | None:
    return session.scalar(select(MediaAssetRecord.data).where(MediaAssetRecord.sha256 == sha256))
