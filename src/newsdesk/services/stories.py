"""Creating, saving, moving and listing stories.

Every public method is one transaction. A save names the version it was loaded at; when the
database holds a newer one the save is refused with ``ConflictError`` and nothing is written.
Every manual save writes a full Revision snapshot, so no saved word is ever unrecoverable.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from newsdesk.core import text
from newsdesk.core.domain import (
    RelatedOrigin,
    RevisionKind,
    Status,
    can_transition,
)
from newsdesk.services.dto import (
    SORT_KEYS,
    AuthorRef,
    Correction,
    Page,
    RelatedRef,
    RevisionInfo,
    SectionRef,
    Story,
    StoryFilter,
    StoryInput,
    StorySummary,
    TagRef,
    TransitionReport,
)
from newsdesk.services.errors import (
    ConflictError,
    NotFoundError,
    TransitionError,
    ValidationError,
)
from newsdesk.services.taxonomy import ensure_author, ensure_section, ensure_tag, find_section
from newsdesk.storage import queries, terms
from newsdesk.storage.db import Database
from newsdesk.storage.models import (
    ArticleAuthorRecord,
    ArticleRecord,
    ArticleTagRecord,
    AuthorRecord,
    CorrectionRecord,
    RelatedLinkRecord,
    RevisionRecord,
    TagRecord,
    utcnow,
)

Clock = Callable[[], datetime]

#: The fields a revision snapshot keeps; restoring one writes these back.
SNAPSHOT_FIELDS = (
    "headline",
    "dek",
    "kicker",
    "slug",
    "body",
    "excerpt",
    "dateline",
    "priority",
    "editor_note",
    "language",
)
MAX_HEADLINE_CHARS = 500
MAX_BODY_CHARS = 2_000_000


class StoryService:
    """The use cases around one story and the list of stories."""

    def __init__(self, database: Database, *, clock: Clock = utcnow, user: str = "") -> None:
        self.db = database
        self.clock = clock
        self.user = user

    # -- reading ---------------------------------------------------------------------------------

    def get(self, story_id: int) -> Story:
        with self.db.read() as session:
            return self._to_story(session, self._record(session, story_id))

    def get_by_uuid(self, story_uuid: Any) -> Story:
        with self.db.read() as session:
            record = session.scalar(select(ArticleRecord).where(ArticleRecord.uuid == story_uuid))
            if record is None:
                raise NotFoundError(f"no story with uuid {story_uuid}")
            return self._to_story(session, record)

    def page(
        self,
        story_filter: StoryFilter | None = None,
        *,
        sort: str = "updated",
        descending: bool = True,
        offset: int = 0,
        limit: int | None = None,
    ) -> Page:
        """One page of list rows, and how many stories match in all."""
        if sort not in SORT_KEYS:
            raise ValidationError(f"cannot sort by {sort!r}; choose one of {', '.join(SORT_KEYS)}")
        if offset < 0 or (limit is not None and limit < 0):
            raise ValidationError("offset and limit must not be negative")
        clauses = self._clauses(story_filter or StoryFilter())
        with self.db.read() as session:
            query = queries.article_ids_query(clauses, sort, descending).offset(offset)
            if limit is not None:
                query = query.limit(limit)
            ids = list(session.scalars(query))
            total = (
                queries.count_articles(session, clauses)
                if limit is not None or offset
                else len(ids)
            )
            rows = queries.summary_rows(session, ids)
        return Page(
            items=tuple(self._summary(row) for row in rows),
            total=total,
            offset=offset,
            limit=limit,
        )

    def ids(
        self,
        story_filter: StoryFilter | None = None,
        *,
        sort: str = "updated",
        descending: bool = True,
    ) -> list[int]:
        """Every matching id in list order: what a list view holds, rows built on demand."""
        clauses = self._clauses(story_filter or StoryFilter())
        with self.db.read() as session:
            return list(session.scalars(queries.article_ids_query(clauses, sort, descending)))

    def summaries(self, ids: Sequence[int]) -> list[StorySummary]:
        """List rows for ``ids``, in that order (ids that no longer exist are left out)."""
        with self.db.read() as session:
            return [self._summary(row) for row in queries.summary_rows(session, ids)]

    def status_counts(self, story_filter: StoryFilter | None = None) -> dict[Status, int]:
        """How many stories are in each status (the trash counted apart)."""
        base = replace(story_filter or StoryFilter(), statuses=())
        with self.db.read() as session:
            counts = queries.status_counts(session, self._clauses(base))
        return {status: counts.get(status.value, 0) for status in Status}

    def trash_count(self) -> int:
        with self.db.read() as session:
            return queries.count_articles(session, self._clauses(StoryFilter(trash=True)))

    def revisions(self, story_id: int) -> list[RevisionInfo]:
        with self.db.read() as session:
            self._record(session, story_id)
            records = session.scalars(
                select(RevisionRecord)
                .where(RevisionRecord.article_id == story_id)
                .order_by(RevisionRecord.created_at.desc(), RevisionRecord.id.desc())
            )
            return [
                RevisionInfo(
                    id=r.id,
                    kind=r.kind,
                    reason=r.reason,
                    author=r.author,
                    created_at=r.created_at,
                    article_version=r.article_version,
                    word_count=r.word_count,
                    snapshot=dict(r.snapshot),
                )
                for r in records
            ]

    # -- writing ---------------------------------------------------------------------------------

    def create(
        self,
        data: StoryInput,
        *,
        status: Status = Status.DRAFT,
        reason: str = "created",
        kind: RevisionKind = RevisionKind.MANUAL,
        published_at: datetime | None = None,
    ) -> Story:
        """Store a new story and its first revision."""
        with self.db.write() as session:
            record = self.insert(
                session, data, status=status, reason=reason, kind=kind, published_at=published_at
            )
            return self._to_story(session, record)

    def insert(
        self,
        session: Session,
        data: StoryInput,
        *,
        status: Status = Status.DRAFT,
        reason: str = "created",
        kind: RevisionKind = RevisionKind.MANUAL,
        published_at: datetime | None = None,
        updated_at: datetime | None = None,
        create_section: bool = False,
    ) -> ArticleRecord:
        """Add a new story inside the caller's transaction (the import service's bulk path).

        ``create_section`` makes a missing section instead of refusing the story, which is what
        an archive import wants and a typo in the editor does not.
        """
        self._validate(data)
        now = self.clock()
        record = ArticleRecord(
            status=status.value, created_at=now, updated_at=updated_at or now, version=1
        )
        session.add(record)
        self._apply(session, record, data, create_section=create_section)
        if status.is_public:
            record.published_at = published_at or now
        session.flush()
        if not record.slug:
            record.slug = text.slugify(data.headline, fallback_id=str(record.id))
        self._revision(session, record, kind, reason)
        terms.index_article(session, record.id, record.headline, record.dek, record.body, new=True)
        return record

    def update_in(
        self,
        session: Session,
        story_id: int,
        data: StoryInput,
        *,
        reason: str,
        kind: RevisionKind,
        create_section: bool = False,
    ) -> ArticleRecord:
        """Overwrite a story inside the caller's transaction (an import told to update)."""
        self._validate(data)
        record = self._record(session, story_id)
        keep_slug = record.slug if Status(record.status).is_public else None
        self._apply(session, record, data, create_section=create_section)
        if keep_slug:
            record.slug = keep_slug
        elif not record.slug:
            record.slug = text.slugify(data.headline, fallback_id=str(record.id))
        record.updated_at = self.clock()
        record.version += 1
        session.flush()
        self._revision(session, record, kind, reason)
        terms.index_article(session, record.id, record.headline, record.dek, record.body)
        return record

    def save(
        self,
        story_id: int,
        data: StoryInput,
        *,
        expected_version: int,
        reason: str = "",
        kind: RevisionKind = RevisionKind.MANUAL,
    ) -> Story:
        """Write the editor's copy over the stored story, unless somebody saved in between."""
        self._validate(data)
        try:
            with self.db.write() as session:
                record = self._record(session, story_id)
                self._check_version(record, expected_version)
                if Status(record.status).is_public and data.slug and data.slug != record.slug:
                    raise ValidationError(
                        "the slug of a published story is frozen: its address is already out there"
                    )
                self._apply(session, record, data)
                if not record.slug:
                    record.slug = text.slugify(data.headline, fallback_id=str(record.id))
                record.updated_at = self.clock()
                record.version += 1
                session.flush()
                self._revision(session, record, kind, reason or "saved")
                terms.index_article(session, record.id, record.headline, record.dek, record.body)
                return self._to_story(session, record)
        except StaleDataError:
            # Another writer slipped in between our read and our write (version_id_col caught it).
            return self._raise_conflict(story_id, expected_version)

    def change_status(
        self,
        story_id: int,
        target: Status,
        *,
        expected_version: int | None = None,
        correction: str = "",
    ) -> Story:
        """Move a story along the workflow; refused when the move is not allowed."""
        with self.db.write() as session:
            record = self._record(session, story_id)
            if expected_version is not None:
                self._check_version(record, expected_version)
            self._move(session, record, target, correction)
            return self._to_story(session, record)

    def change_status_many(self, story_ids: Iterable[int], target: Status) -> TransitionReport:
        """Bulk move: every allowed story moves in one transaction; the others say why not."""
        changed: list[int] = []
        refused: list[tuple[int, str]] = []
        with self.db.write() as session:
            for story_id in story_ids:
                record = session.get(ArticleRecord, story_id)
                if record is None:
                    refused.append((story_id, "no such story"))
                    continue
                try:
                    self._move(session, record, target, "")
                except (TransitionError, ValidationError) as exc:
                    refused.append((story_id, str(exc)))
                else:
                    changed.append(story_id)
        return TransitionReport(tuple(changed), tuple(refused))

    def trash(self, story_ids: Iterable[int]) -> int:
        """Move stories to the trash (their status is kept for the restore)."""
        now = self.clock()
        count = 0
        with self.db.write() as session:
            for story_id in story_ids:
                record = self._record(session, story_id)
                if record.trashed_at is None:
                    record.trashed_at = now
                    record.updated_at = now
                    record.version += 1
                    count += 1
        return count

    def restore(self, story_ids: Iterable[int]) -> int:
        """Bring stories back from the trash, into the status they had."""
        count = 0
        with self.db.write() as session:
            for story_id in story_ids:
                record = self._record(session, story_id)
                if record.trashed_at is not None:
                    record.trashed_at = None
                    record.updated_at = self.clock()
                    record.version += 1
                    count += 1
        return count

    def set_related(
        self, story_id: int, target_ids: Sequence[int], origin: RelatedOrigin = RelatedOrigin.PINNED
    ) -> Story:
        """Replace the ordered related stories of ``story_id``."""
        if story_id in target_ids:
            raise ValidationError("a story cannot be related to itself")
        if len(set(target_ids)) != len(target_ids):
            raise ValidationError("a related story is listed twice")
        with self.db.write() as session:
            record = self._record(session, story_id)
            existing = {
                link.target_id: link
                for link in session.scalars(
                    select(RelatedLinkRecord).where(RelatedLinkRecord.article_id == story_id)
                )
            }
            for target_id, link in existing.items():
                if target_id not in target_ids:
                    session.delete(link)
            for position, target_id in enumerate(target_ids):
                self._record(session, target_id)
                current = existing.get(target_id)
                if current is None:
                    session.add(
                        RelatedLinkRecord(
                            article_id=story_id,
                            target_id=target_id,
                            position=position,
                            origin=origin.value,
                            created_at=self.clock(),
                        )
                    )
                else:
                    current.position = position
            session.flush()
            return self._to_story(session, record)

    # -- helpers ---------------------------------------------------------------------------------

    def _clauses(self, f: StoryFilter) -> list[Any]:
        return queries.article_filter_clauses(
            statuses=[s.value for s in f.statuses],
            section=f.section,
            tag=f.tag,
            author=f.author,
            date_from=f.date_from,
            date_to=f.date_to,
            trash=f.trash,
        )

    @staticmethod
    def _record(session: Session, story_id: int) -> ArticleRecord:
        record = session.get(ArticleRecord, story_id)
        if record is None:
            raise NotFoundError(f"no story with id {story_id}")
        return record

    @staticmethod
    def _check_version(record: ArticleRecord, expected_version: int) -> None:
        if record.version != expected_version:
            raise ConflictError(record.id, expected_version, record.version, record.updated_at)

    def _raise_conflict(self, story_id: int, expected_version: int) -> Story:
        with self.db.read() as session:
            record = self._record(session, story_id)
            raise ConflictError(story_id, expected_version, record.version, record.updated_at)

    @staticmethod
    def _validate(data: StoryInput) -> None:
        if not data.headline.strip():
            raise ValidationError("a story needs a headline")
        if len(data.headline) > MAX_HEADLINE_CHARS:
            raise ValidationError(
                f"the headline has {len(data.headline)} characters; "
                f"the limit is {MAX_HEADLINE_CHARS}"
            )
        if len(data.body) > MAX_BODY_CHARS:
            raise ValidationError(
                f"the body has {len(data.body):,} characters; the limit is {MAX_BODY_CHARS:,}"
            )
        if not 1 <= data.priority <= 5:
            raise ValidationError(f"priority must be 1 to 5, not {data.priority}")
        if "\x00" in data.headline or "\x00" in data.body:
            raise ValidationError("the text holds NUL characters (a damaged file?)")

    def _apply(
        self,
        session: Session,
        record: ArticleRecord,
        data: StoryInput,
        *,
        create_section: bool = False,
    ) -> None:
        record.headline = data.headline.strip()
        record.body = data.body
        record.dek = data.dek.strip()
        record.kicker = data.kicker.strip()
        if data.slug:
            record.slug = text.slugify(data.slug, fallback_id=str(record.id or ""))
        record.dateline = data.dateline.strip()
        record.priority = data.priority
        record.editor_note = data.editor_note
        record.language = data.language or "ar"
        record.excerpt = data.excerpt.strip()
        record.embargo_until = data.embargo_until
        record.publish_at = data.publish_at
        record.source_url = data.source_url
        record.source_id = data.source_id
        record.word_count = text.word_count(data.body)
        if data.section:
            section = find_section(session, data.section)
            if section is None and create_section:
                section = ensure_section(session, data.section)
            if section is None:
                raise ValidationError(f"there is no section {data.section!r}")
            record.section = section
        else:
            record.section = None
        self._set_authors(session, record, data.authors)
        self._set_tags(session, record, data.tags)

    @staticmethod
    def _set_authors(session: Session, record: ArticleRecord, names: Sequence[str]) -> None:
        wanted: list[AuthorRecord] = []
        for name in names:
            author = ensure_author(session, name)
            if author.id not in {a.id for a in wanted}:
                wanted.append(author)
        current = {link.author_id: link for link in record.author_links}
        record.author_links = [
            current.get(author.id) or ArticleAuthorRecord(author=author) for author in wanted
        ]
        for position, link in enumerate(record.author_links):
            link.position = position

    @staticmethod
    def _set_tags(session: Session, record: ArticleRecord, names: Sequence[str]) -> None:
        wanted: list[TagRecord] = []
        for name in names:
            if not name.strip():
                continue
            tag = ensure_tag(session, name)
            if tag.id not in {t.id for t in wanted}:
                wanted.append(tag)
        current = {link.tag_id: link for link in record.tag_links}
        record.tag_links = [current.get(tag.id) or ArticleTagRecord(tag=tag) for tag in wanted]
        for position, link in enumerate(record.tag_links):
            link.position = position

    def _move(
        self, session: Session, record: ArticleRecord, target: Status, correction: str
    ) -> None:
        current = Status(record.status)
        if record.trashed_at is not None:
            raise TransitionError("the story is in the trash: restore it first")
        if not can_transition(current, target):
            raise TransitionError(f"a {current.value} story cannot become {target.value}")
        now = self.clock()
        if target is Status.CORRECTED:
            if not correction.strip():
                raise ValidationError("a correction needs its note for readers")
            session.add(
                CorrectionRecord(article_id=record.id, text=correction.strip(), created_at=now)
            )
        if target is Status.PUBLISHED and record.published_at is None:
            record.published_at = now
        record.status = target.value
        record.updated_at = now
        record.version += 1
        session.flush()
        self._revision(session, record, RevisionKind.STATUS, f"{current.value} → {target.value}")

    def _revision(
        self, session: Session, record: ArticleRecord, kind: RevisionKind, reason: str
    ) -> None:
        snapshot = {name: getattr(record, name) for name in SNAPSHOT_FIELDS}
        snapshot["status"] = record.status
        snapshot["section"] = record.section.slug if record.section else None
        snapshot["authors"] = [link.author.name for link in record.author_links]
        snapshot["tags"] = [link.tag.name for link in record.tag_links]
        session.add(
            RevisionRecord(
                article_id=record.id,
                kind=kind.value,
                reason=reason,
                author=self.user,
                created_at=self.clock(),
                article_version=record.version,
                word_count=record.word_count,
                snapshot=snapshot,
            )
        )

    @staticmethod
    def _summary(row: dict[str, Any]) -> StorySummary:
        return StorySummary(
            id=row["id"],
            uuid=row["uuid"],
            headline=row["headline"],
            status=Status(row["status"]),
            priority=row["priority"],
            section=row["section"],
            authors=tuple(row["authors"]),
            main_tag=row["main_tag"],
            word_count=row["word_count"],
            updated_at=row["updated_at"],
            published_at=row["published_at"],
            trashed=row["trashed"],
        )

    @staticmethod
    def _to_story(session: Session, record: ArticleRecord) -> Story:
        section = record.section
        return Story(
            id=record.id,
            uuid=record.uuid,
            headline=record.headline,
            dek=record.dek,
            kicker=record.kicker,
            slug=record.slug,
            body=record.body,
            excerpt=record.excerpt,
            language=record.language,
            status=Status(record.status),
            section=SectionRef(section.id, section.name, section.slug) if section else None,
            authors=tuple(
                AuthorRef(link.author.id, link.author.name, link.author.slug)
                for link in record.author_links
            ),
            tags=tuple(
                TagRef(link.tag.id, link.tag.name, link.tag.slug, link.tag.hidden)
                for link in record.tag_links
            ),
            related=tuple(
                RelatedRef(target_id, headline, Status(status), origin)
                for target_id, headline, status, origin in queries.related_targets(
                    session, record.id
                )
            ),
            corrections=tuple(Correction(c.text, c.created_at) for c in record.corrections),
            dateline=record.dateline,
            priority=record.priority,
            editor_note=record.editor_note,
            embargo_until=record.embargo_until,
            publish_at=record.publish_at,
            published_at=record.published_at,
            created_at=record.created_at,
            updated_at=record.updated_at,
            trashed_at=record.trashed_at,
            word_count=record.word_count,
            source_url=record.source_url,
            source_id=record.source_id,
            version=record.version,
        )
