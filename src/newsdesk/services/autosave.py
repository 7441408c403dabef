"""Autosave and crash recovery: the editor's unsaved copy, kept in the database.

An autosave is a revision of kind ``autosave`` holding the whole ``StoryInput``. It never touches
the article row (no version bump, so an autosave can never cause or hide a save conflict) and
there is at most one per story and user: each write replaces the previous one, so a day of
typing leaves one row, not thousands.

After a crash the next start asks :meth:`AutosaveService.recoverable` for every autosave newer
than its user's last save of that story and whose text differs from what is stored, and the user
restores (a normal save, so the history shows it) or discards each.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

from newsdesk.core.domain import RevisionKind
from newsdesk.core.summary import body_word_count
from newsdesk.services.dto import Story, StoryInput
from newsdesk.services.errors import NotFoundError, ValidationError
from newsdesk.services.snapshots import input_to_snapshot, snapshot_to_input
from newsdesk.services.stories import MAX_BODY_CHARS, StoryService
from newsdesk.storage import safety
from newsdesk.storage.db import Database
from newsdesk.storage.models import ArticleRecord, utcnow

Clock = Callable[[], datetime]


@dataclass(frozen=True, slots=True)
class AutosaveInfo:
    story_id: int
    saved_at: datetime
    #: The article version the editor's copy was loaded at.
    base_version: int
    word_count: int


@dataclass(frozen=True, slots=True)
class Recoverable:
    """One story with unsaved work: both versions, for the recovery dialog's diff."""

    story_id: int
    autosaved: StoryInput
    autosaved_at: datetime
    base_version: int
    stored: Story

    @property
    def conflicting(self) -> bool:
        """Somebody saved the story after the autosaved copy was loaded."""
        return self.stored.version != self.base_version


class AutosaveService:
    def __init__(
        self, database: Database, stories: StoryService, *, clock: Clock = utcnow, user: str = ""
    ) -> None:
        self.db = database
        self.stories = stories
        self.clock = clock
        self.user = user

    def write(
        self,
        story_id: int,
        data: StoryInput,
        *,
        base_version: int,
        captured_at: datetime | None = None,
    ) -> AutosaveInfo:
        """Keep ``data`` as the user's autosave of ``story_id``, replacing the previous one.

        ``captured_at`` is when the editor's text was read: the controller writes from a worker
        thread, and a manual save that lands between the read and the write must still count as
        newer than this copy. No headline check: an unfinished story is exactly what must
        survive a crash.
        """
        if len(data.body) > MAX_BODY_CHARS:
            raise ValidationError(
                "the body has {count:,} characters; the limit is {limit:,}",
                code="story.body_too_long",
                count=len(data.body),
                limit=MAX_BODY_CHARS,
            )
        at = captured_at or self.clock()
        words = body_word_count(data.body)
        with self.db.write() as session:
            if session.get(ArticleRecord, story_id) is None:
                raise NotFoundError(
                    "no story with id {story_id}", code="story.not_found", story_id=story_id
                )
            safety.write_autosave(
                session,
                article_id=story_id,
                author=self.user,
                snapshot=input_to_snapshot(data),
                word_count=words,
                base_version=base_version,
                at=at,
            )
        return AutosaveInfo(story_id, at, base_version, words)

    def latest(self, story_id: int) -> AutosaveInfo | None:
        with self.db.read() as session:
            found = safety.autosaves(session, story_id, self.user)
            if not found:
                return None
            record = found[0]
            return AutosaveInfo(
                story_id, record.created_at, record.article_version, record.word_count
            )

    def recoverable(self) -> list[Recoverable]:
        """Every story whose autosave is newer than the user's last save and differs from it."""
        with self.db.read() as session:
            records = safety.unsaved_autosaves(session, self.user)
            pending = [
                (r.article_id, dict(r.snapshot), r.created_at, r.article_version) for r in records
            ]
        out: list[Recoverable] = []
        for story_id, snapshot, at, base_version in pending:
            try:
                stored = self.stories.get(story_id)
            except NotFoundError:  # deleted in between: its autosave went with it (cascade)
                continue
            autosaved = snapshot_to_input(snapshot, stored.to_input())
            if autosaved == stored.to_input():
                continue  # nothing unsaved: the stored story already says this
            out.append(Recoverable(story_id, autosaved, at, base_version, stored))
        return out

    def restore(self, story_id: int) -> StoryInput:
        """The autosaved copy, for the editor (which saves it the normal way)."""
        with self.db.read() as session:
            found = safety.autosaves(session, story_id, self.user)
            if not found:
                raise NotFoundError(
                    "story {story_id} has no autosave to restore",
                    code="autosave.none",
                    story_id=story_id,
                )
            snapshot = dict(found[0].snapshot)
        return snapshot_to_input(snapshot, self.stories.get(story_id).to_input())

    def recover(self, story_id: int) -> Story:
        """Save the autosaved copy over the story (a RESTORE revision), then drop the autosave.

        The user has just seen the difference against the stored version, so this saves over
        whatever version is current; the previous text stays in the history.
        """
        data = self.restore(story_id)
        current = self.stories.get(story_id)
        if current.status.is_public:
            # Published meanwhile: its address is out there, the recovered words are not.
            data = replace(data, slug=current.slug)
        saved = self.stories.save(
            story_id,
            data,
            expected_version=current.version,
            reason="recovered from autosave",
            kind=RevisionKind.RESTORE,
        )
        self.discard(story_id)
        return saved

    def discard(self, story_id: int) -> bool:
        """Forget the user's autosave of ``story_id``; False when there was none."""
        with self.db.write() as session:
            return safety.delete_autosaves(session, story_id, self.user) > 0
