"""Queries behind autosave, crash recovery, revision restore and the personal word list.

Kept apart from ``queries.py`` so the use cases of "never lose a word" read as one unit; the
services call these inside their own transactions.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session, aliased

from newsdesk.core.domain import RevisionKind
from newsdesk.storage.models import ArticleRecord, PersonalWordRecord, RevisionRecord

#: Revision kinds that write the editor's text: an autosave older than one of these is spent.
TEXT_SAVE_KINDS = (RevisionKind.MANUAL.value, RevisionKind.RESTORE.value)


def autosaves(session: Session, article_id: int, author: str) -> list[RevisionRecord]:
    """Every autosave row of one story and user, newest first (normally one)."""
    return list(
        session.scalars(
            select(RevisionRecord)
            .where(
                RevisionRecord.article_id == article_id,
                RevisionRecord.kind == RevisionKind.AUTOSAVE.value,
                RevisionRecord.author == author,
            )
            .order_by(RevisionRecord.created_at.desc(), RevisionRecord.id.desc())
        )
    )


def write_autosave(
    session: Session,
    *,
    article_id: int,
    author: str,
    snapshot: dict[str, Any],
    word_count: int,
    base_version: int,
    at: datetime,
) -> RevisionRecord:
    """Replace the user's autosave of one story (update in place; extras from races go)."""
    existing = autosaves(session, article_id, author)
    if existing:
        record = existing[0]
        for extra in existing[1:]:
            session.delete(extra)
        record.snapshot = snapshot
        record.word_count = word_count
        record.article_version = base_version
        record.created_at = at
    else:
        record = RevisionRecord(
            article_id=article_id,
            kind=RevisionKind.AUTOSAVE.value,
            reason="autosave",
            author=author,
            created_at=at,
            article_version=base_version,
            word_count=word_count,
            snapshot=snapshot,
        )
        session.add(record)
    return record


def delete_autosaves(session: Session, article_id: int, author: str) -> int:
    result = session.execute(
        delete(RevisionRecord).where(
            RevisionRecord.article_id == article_id,
            RevisionRecord.kind == RevisionKind.AUTOSAVE.value,
            RevisionRecord.author == author,
        )
    )
    return int(getattr(result, "rowcount", 0) or 0)


def unsaved_autosaves(session: Session, author: str) -> list[RevisionRecord]:
    """The user's autosaves newer than that user's last text save of the same story.

    Compared with the user's own saves, not the story's last change: when a colleague saved
    after my autosave, my words are still nowhere else, so they must still be offered.
    """
    saves = aliased(RevisionRecord)
    last_save = (
        select(func.max(saves.created_at))
        .where(
            saves.article_id == RevisionRecord.article_id,
            saves.author == author,
            saves.kind.in_(TEXT_SAVE_KINDS),
        )
        .scalar_subquery()
    )
    return list(
        session.scalars(
            select(RevisionRecord)
            .join(ArticleRecord, ArticleRecord.id == RevisionRecord.article_id)
            .where(
                RevisionRecord.kind == RevisionKind.AUTOSAVE.value,
                RevisionRecord.author == author,
                or_(last_save.is_(None), RevisionRecord.created_at > last_save),
            )
            .order_by(RevisionRecord.created_at.desc(), RevisionRecord.id.desc())
        )
    )


def revision(session: Session, article_id: int, revision_id: int) -> RevisionRecord | None:
    record = session.get(RevisionRecord, revision_id)
    return record if record is not None and record.article_id == article_id else None


def revision_at_version(session: Session, article_id: int, version: int) -> RevisionRecord | None:
    """The snapshot the story had at ``version`` (the newest non-autosave one written then)."""
    return session.scalar(
        select(RevisionRecord)
        .where(
            RevisionRecord.article_id == article_id,
            RevisionRecord.article_version == version,
            RevisionRecord.kind != RevisionKind.AUTOSAVE.value,
        )
        .order_by(RevisionRecord.created_at.desc(), RevisionRecord.id.desc())
        .limit(1)
    )


def personal_words(session: Session, owner: str) -> list[str]:
    return list(
        session.scalars(
            select(PersonalWordRecord.word)
            .where(PersonalWordRecord.owner == owner)
            .order_by(PersonalWordRecord.word)
        )
    )


def add_personal_word(session: Session, owner: str, word: str, at: datetime) -> bool:
    """Add ``word`` for ``owner``; False when it was already there."""
    exists = session.scalar(
        select(PersonalWordRecord.id).where(
            PersonalWordRecord.owner == owner, PersonalWordRecord.word == word
        )
    )
    if exists is not None:
        return False
    session.add(PersonalWordRecord(owner=owner, word=word, created_at=at))
    return True


def remove_personal_words(session: Session, owner: str, words: Sequence[str]) -> int:
    result = session.execute(
        delete(PersonalWordRecord).where(
            PersonalWordRecord.owner == owner, PersonalWordRecord.word.in_(list(words))
        )
    )
    return int(getattr(result, "rowcount", 0) or 0)
