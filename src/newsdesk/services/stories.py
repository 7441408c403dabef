"""Creating, saving, moving and listing stories.

Every public method is one transaction. A save names the version it was loaded at; when the
database holds a newer one the save is refused with ``ConflictError`` and nothing is written.
Every manual save writes a full Revision snapshot, so no saved word is ever unrecoverable.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from newsdesk.core import text
from newsdesk.core.analysis import TextAnalysis
from newsdesk.core.domain import (
    RelatedOrigin,
    RevisionKind,
    Status,
    can_transition,
)
from newsdesk.core.markup import body_hash, page_html
from newsdesk.core.similarity import PackedCounts, TermCounts, count_stems
from newsdesk.core.summary import body_word_count, plain_summary
from newsdesk.services.dto import (
    SORT_KEYS,
    AuthorRef,
    ChangeStamp,
    Correction,
    MediaRef,
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
from newsdesk.services.snapshots import snapshot_to_input
from newsdesk.services.taxonomy import (
    ensure_author,
    ensure_section,
    ensure_tag,
    find_section,
    tag_key,
)
from newsdesk.storage import (
    bulk,
    import_queries,
    listing,
    publishing_queries,
    queries,
    safety,
    terms,
)
from newsdesk.storage import media as media_queries
from newsdesk.storage import search as search_index
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


def story_filter_clauses(f: StoryFilter, dialect: str) -> list[Any]:
    """The list filters as WHERE clauses over the articles (the list and search share them)."""
    clauses = queries.article_filter_clauses(
        statuses=[s.value for s in f.statuses],
        section=f.section,
        tag=f.tag,
        tag_key=tag_key(f.tag) if f.tag else None,
        author=f.author,
        date_from=f.date_from,
        date_to=f.date_to,
        trash=f.trash,
    )
    if f.user:
        clauses.append(listing.user_clause(f.user))
    if f.ids is not None:
        clauses.append(listing.ids_clause(f.ids, dialect))
    return clauses


@dataclass(frozen=True, slots=True)
class PreparedStory:
    """A new story checked and resolved by ``StoryService.prepare``, ready for a batch write."""

    data: StoryInput
    status: Status
    section_id: int | None
    section_slug: str | None
    #: (id, name) in order, duplicates removed.
    authors: tuple[tuple[int, str], ...]
    tags: tuple[tuple[int, str], ...]
    created_at: datetime
    updated_at: datetime
    published_at: datetime | None
    word_count: int
    #: The text's stems and term counts, when the caller analysed it already (an import does,
    #: possibly in a worker process); ``insert_prepared`` derives them otherwise.
    analysis: TextAnalysis | None = None


MAX_BODY_CHARS = 2_000_000


def _media_ref(session: Session, media_id: int | None) -> MediaRef | None:
    if media_id is None:
        return None
    asset = media_queries.by_id(session, media_id)
    if asset is None:
        return None
    return MediaRef(
        asset.id,
        asset.sha256,
        asset.width,
        asset.height,
        asset.caption,
        asset.credit,
        asset.alt_text,
    )


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
                raise NotFoundError(
                    "no story with uuid {uuid}", code="story.no_uuid", uuid=story_uuid
                )
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
            raise ValidationError(
                "cannot sort by {sort!r}; choose one of {known}",
                code="list.bad_sort",
                sort=sort,
                known=", ".join(SORT_KEYS),
            )
        if offset < 0 or (limit is not None and limit < 0):
            raise ValidationError("offset and limit must not be negative", code="list.negative")
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
        offset: int = 0,
        limit: int | None = None,
    ) -> list[int]:
        """Every matching id in list order: what a list view holds, rows built on demand.

        ``offset``/``limit`` give one stretch of that order: a list shows its first rows (or
        jumps to its last) without fetching 100,000 ids first.
        """
        if offset < 0 or (limit is not None and limit < 0):
            raise ValidationError("offset and limit must not be negative", code="list.negative")
        clauses = self._clauses(story_filter or StoryFilter())
        query = queries.article_ids_query(clauses, sort, descending)
        if offset:
            query = query.offset(offset)
        if limit is not None:
            query = query.limit(limit)
        with self.db.read() as session:
            return listing.scalar_ids(session, query)

    def count(self, story_filter: StoryFilter | None = None) -> int:
        """How many stories match (from an index: cheap even at 100,000)."""
        with self.db.read() as session:
            return listing.count(session, self._clauses(story_filter or StoryFilter()))

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
            return [_revision_info(r) for r in records]

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
        self._index(session, record, replace=False)
        terms.index_article(session, record.id, record.headline, record.dek, record.body, new=True)
        return record

    def prepare(
        self,
        session: Session,
        data: StoryInput,
        *,
        status: Status = Status.DRAFT,
        published_at: datetime | None = None,
        updated_at: datetime | None = None,
        create_section: bool = False,
        known_tags: Mapping[str, tuple[int, str]] | None = None,
        analysis: TextAnalysis | None = None,
    ) -> PreparedStory:
        """Check a new story and resolve its section, authors and tags, without writing it.

        The first half of the bulk path (``insert_prepared`` is the second): the import service
        prepares one story at a time, so a bad record is refused with its own location, then
        writes a few hundred at once. The result is what ``insert`` would have stored.
        ``known_tags`` (from ``taxonomy.ensure_tags``, by tag key) saves a lookup per tag;
        ``analysis`` (``core.analysis.analyse`` of the headline, dek and body) saves deriving
        the word count, stems and term counts again.
        """
        self._validate(data)
        now = self.clock()
        section_id: int | None = None
        section_slug: str | None = None
        if data.section:
            section = find_section(session, data.section)
            if section is None and create_section:
                section = ensure_section(session, data.section)
            if section is None:
                raise ValidationError(
                    "there is no section {section!r}", code="story.no_section", section=data.section
                )
            section_id, section_slug = section.id, section.slug
        authors: dict[int, str] = {}
        for name in data.authors:
            author = ensure_author(session, name)
            authors.setdefault(author.id, author.name)
        tags: dict[int, str] = {}
        for name in data.tags:
            if not name.strip():
                continue
            known = known_tags.get(tag_key(name)) if known_tags else None
            if known is None:
                tag = ensure_tag(session, name)
                known = (tag.id, tag.name)
            tags.setdefault(*known)
        return PreparedStory(
            data=data,
            status=status,
            section_id=section_id,
            section_slug=section_slug,
            authors=tuple(authors.items()),
            tags=tuple(tags.items()),
            created_at=now,
            updated_at=updated_at or now,
            published_at=(published_at or now) if status.is_public else None,
            word_count=analysis.word_count if analysis else body_word_count(data.body),
            analysis=analysis,
        )

    def insert_prepared(
        self,
        session: Session,
        stories: Sequence[PreparedStory],
        *,
        reason: str = "created",
        kind: RevisionKind = RevisionKind.MANUAL,
    ) -> list[int]:
        """Write prepared stories, their first revisions and search rows; return their ids.

        Same rows as ``insert`` one by one (a full revision snapshot each, the index kept in the
        same transaction), as a handful of batched statements instead of an ORM flush per story.
        """
        ids = bulk.reserve_article_ids(session, len(stories))
        articles: list[dict[str, Any]] = []
        author_links: list[dict[str, Any]] = []
        tag_links: list[dict[str, Any]] = []
        revisions: list[dict[str, Any]] = []
        documents: list[search_index.IndexDocument] = []
        counts: list[TermCounts | PackedCounts] = []
        #: The render cache's rows (body hash → HTML, summary), as ``remember_rendered`` keeps
        #: them for a story saved one by one: an export of the imported archive then renders no
        #: Markdown. An import's analysis (maybe made in a worker process) has them already.
        rendered: dict[str, tuple[str, str]] = {}
        revision_time = self.clock()
        for story_id, story in zip(ids, stories, strict=True):
            data = story.data
            slug = (
                text.slugify(data.slug, fallback_id="")
                if data.slug
                else text.slugify(data.headline, fallback_id=str(story_id))
            )
            row: dict[str, Any] = {
                "id": story_id,
                "uuid": uuid.uuid4(),
                "headline": data.headline.strip(),
                "kicker": data.kicker.strip(),
                "dek": data.dek.strip(),
                "slug": slug,
                "body": data.body,
                "excerpt": data.excerpt.strip(),
                "language": data.language or "ar",
                "status": story.status.value,
                "section_id": story.section_id,
                "dateline": data.dateline.strip(),
                "featured_media_id": None,
                "priority": data.priority,
                "editor_note": data.editor_note,
                "embargo_until": data.embargo_until,
                "publish_at": data.publish_at,
                "published_at": story.published_at,
                "created_at": story.created_at,
                "updated_at": story.updated_at,
                "trashed_at": None,
                "word_count": story.word_count,
                "source_url": data.source_url,
                "source_id": data.source_id,
                "version": 1,
            }
            articles.append(row)
            author_links += [
                {"article_id": story_id, "author_id": author_id, "position": position}
                for position, (author_id, _name) in enumerate(story.authors)
            ]
            tag_links += [
                {"article_id": story_id, "tag_id": tag_id, "position": position}
                for position, (tag_id, _name) in enumerate(story.tags)
            ]
            snapshot = {name: row[name] for name in SNAPSHOT_FIELDS}
            snapshot["status"] = row["status"]
            snapshot["section"] = story.section_slug
            snapshot["authors"] = [name for _id, name in story.authors]
            snapshot["tags"] = [name for _id, name in story.tags]
            revisions.append(
                {
                    "uuid": uuid.uuid4(),
                    "article_id": story_id,
                    "kind": kind.value,
                    "reason": reason,
                    "author": self.user,
                    "created_at": revision_time,
                    "article_version": 1,
                    "word_count": story.word_count,
                    "snapshot": snapshot,
                }
            )
            # Each text is stemmed once, for the search index and the related-story terms:
            # stemming is the largest cost of an import after the writes. An import's analysis
            # (in its worker process) has made the search columns and packed the term counts.
            analysis = story.analysis
            tag_names = [name for _id, name in story.tags]
            document = search_index.IndexDocument.of(
                story_id,
                row["headline"],
                row["kicker"],
                row["dek"],
                row["body"],
                tag_names,
                analysis.indexed if analysis is not None else None,
            )
            if analysis is not None:
                documents.append(document)
                counts.append(analysis.counts)
            else:
                headline, dek, body = (
                    text.query_terms(row["headline"]),
                    text.query_terms(row["dek"]),
                    text.query_terms(row["body"]),
                )
                stems = (
                    headline,
                    text.query_terms(row["kicker"]) + dek,
                    body,
                    text.query_terms(document.tags),
                )
                documents.append(replace(document, stems=stems))
                counts.append(count_stems(headline + dek, body))
            key = body_hash(data.body)
            if analysis is not None and analysis.body_hash == key:
                rendered[key] = (analysis.html, analysis.summary)
            elif key not in rendered:
                rendered[key] = (page_html(data.body), plain_summary(data.body))
        bulk.insert_stories(session, articles, author_links, tag_links, revisions)
        publishing_queries.store_rendered(session, rendered)
        search_index.write_documents(session, documents, replace=False)
        for story_id, story_counts, story in zip(ids, counts, stories, strict=True):
            side_key = story.analysis.postings_key if story.analysis is not None else None
            terms.index_counts(session, story_id, story_counts, new=True, side_key=side_key)
        return ids

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
        self._index(session, record, replace=True)
        terms.index_article(session, record.id, record.headline, record.dek, record.body)
        import_queries.forget_sketch(session, record.id)
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
                        "the slug of a published story is frozen: its address is already out there",
                        code="story.slug_frozen",
                    )
                self._apply(session, record, data)
                if not record.slug:
                    record.slug = text.slugify(data.headline, fallback_id=str(record.id))
                record.updated_at = self.clock()
                record.version += 1
                session.flush()
                self._revision(session, record, kind, reason or "saved")
                self._index(session, record, replace=True)
                terms.index_article(session, record.id, record.headline, record.dek, record.body)
                import_queries.forget_sketch(session, record.id)
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

    # -- the story list: what changed, bulk edits ------------------------------------------------

    def change_stamp(self) -> ChangeStamp:
        """The fingerprint a list polls (every few seconds) to notice other desks' writes."""
        with self.db.read() as session:
            count, last_id, latest = listing.change_stamp(session)
        return ChangeStamp(count, last_id, latest)

    def changed_since(self, since: datetime) -> list[int]:
        """Ids of the stories written at or after ``since`` (the rows a list must rebuild)."""
        with self.db.read() as session:
            return listing.changed_since(session, since)

    def tags_of(self, story_ids: Sequence[int]) -> list[TagRef]:
        """The tags carried by any of ``story_ids``, the most shared first (for "remove tag")."""
        with self.db.read() as session:
            counts: dict[int, int] = {}
            refs: dict[int, TagRef] = {}
            for start in range(0, len(story_ids), listing.INLINE_IDS):
                chunk = list(story_ids[start : start + listing.INLINE_IDS])
                for link in session.scalars(
                    select(ArticleTagRecord).where(ArticleTagRecord.article_id.in_(chunk))
                ):
                    tag = link.tag
                    counts[tag.id] = counts.get(tag.id, 0) + 1
                    refs[tag.id] = TagRef(tag.id, tag.name, tag.slug, tag.hidden)
        return sorted(refs.values(), key=lambda t: (-counts[t.id], t.name))

    def add_tags_many(self, story_ids: Iterable[int], names: Sequence[str]) -> TransitionReport:
        """Add tags (created when new) after each story's own; its main tag stays first."""
        wanted = [n.strip() for n in names if n.strip()]
        if not wanted:
            raise ValidationError("name at least one tag to add", code="bulk.no_tag_to_add")
        return self._bulk_edit(
            story_ids,
            lambda session, record: self._edit_tags(session, record, add=wanted),
            f"tags added: {', '.join(wanted)}",
        )

    def remove_tags_many(self, story_ids: Iterable[int], names: Sequence[str]) -> TransitionReport:
        """Take tags off (matched by their Arabic-normalised spelling); absent ones are no-ops."""
        keys = {tag_key(n) for n in names if n.strip()}
        if not keys:
            raise ValidationError("name at least one tag to remove", code="bulk.no_tag_to_remove")
        return self._bulk_edit(
            story_ids,
            lambda session, record: self._edit_tags(session, record, remove=keys),
            f"tags removed: {', '.join(n.strip() for n in names if n.strip())}",
        )

    def move_to_section_many(
        self, story_ids: Iterable[int], section: str | None
    ) -> TransitionReport:
        """Put stories in ``section`` (a slug or a name; None takes them out of any section)."""
        with self.db.read() as session:
            found = find_section(session, section) if section else None
            if section and found is None:
                raise ValidationError(
                    "there is no section {section!r}", code="story.no_section", section=section
                )
            label = found.name if found else ""

        def move(session: Session, record: ArticleRecord) -> bool:
            target = find_section(session, section) if section else None
            if record.section_id == (target.id if target else None):
                return False
            record.section = target
            return True

        reason = f"moved to section {label}" if label else "taken out of its section"
        return self._bulk_edit(story_ids, move, reason)

    def _bulk_edit(
        self,
        story_ids: Iterable[int],
        edit: Callable[[Session, ArticleRecord], bool],
        reason: str,
    ) -> TransitionReport:
        """Apply ``edit`` to each story in one transaction; a story it changed gets a new
        version, a fresh ``updated_at`` (so other desks' lists notice) and a revision."""
        changed: list[int] = []
        refused: list[tuple[int, str]] = []
        with self.db.write() as session:
            for story_id in dict.fromkeys(story_ids):
                record = session.get(ArticleRecord, story_id)
                if record is None:
                    refused.append((story_id, "no such story"))
                    continue
                if not edit(session, record):
                    continue
                record.updated_at = self.clock()
                record.version += 1
                session.flush()
                self._revision(session, record, RevisionKind.MANUAL, reason)
                changed.append(story_id)
        return TransitionReport(tuple(changed), tuple(refused))

    def _edit_tags(
        self,
        session: Session,
        record: ArticleRecord,
        *,
        add: Sequence[str] = (),
        remove: set[str] | frozenset[str] = frozenset(),
    ) -> bool:
        before = [link.tag_id for link in record.tag_links]
        names = [link.tag.name for link in record.tag_links if link.tag.key not in remove]
        self._set_tags(session, record, [*names, *add])
        session.flush()
        return [link.tag_id for link in record.tag_links] != before

    def set_related(
        self, story_id: int, target_ids: Sequence[int], origin: RelatedOrigin = RelatedOrigin.PINNED
    ) -> Story:
        """Replace the ordered related stories of ``story_id``."""
        if story_id in target_ids:
            raise ValidationError("a story cannot be related to itself", code="related.self")
        if len(set(target_ids)) != len(target_ids):
            raise ValidationError("a related story is listed twice", code="related.twice")
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

    def revision(self, story_id: int, revision_id: int) -> RevisionInfo:
        """One revision of one story (the history panel's diff and restore)."""
        with self.db.read() as session:
            found = safety.revision(session, story_id, revision_id)
            if found is None:
                raise NotFoundError(
                    "story {story_id} has no revision {revision_id}",
                    code="story.no_revision",
                    story_id=story_id,
                    revision_id=revision_id,
                )
            return _revision_info(found)

    def revision_at_version(self, story_id: int, version: int) -> RevisionInfo | None:
        """The snapshot written when the story reached ``version`` (a merge's common base)."""
        with self.db.read() as session:
            found = safety.revision_at_version(session, story_id, version)
            return _revision_info(found) if found is not None else None

    def restore_revision(self, story_id: int, revision_id: int, expected_version: int) -> Story:
        """Bring back an old revision's text as a new save (kind RESTORE); nothing is deleted.

        Fields an older snapshot did not record keep their current values; the status is not
        part of a restore (the workflow moves only through ``change_status``).
        """
        old = self.revision(story_id, revision_id)
        current = self.get(story_id)
        data = snapshot_to_input(old.snapshot, current.to_input())
        if current.status.is_public:
            data = replace(data, slug=current.slug)
        stamp = f"{old.created_at:%Y-%m-%d %H:%M}"
        return self.save(
            story_id,
            data,
            expected_version=expected_version,
            reason=f"restored revision {revision_id} ({stamp}, version {old.article_version})",
            kind=RevisionKind.RESTORE,
        )

    # -- helpers ---------------------------------------------------------------------------------

    def _clauses(self, f: StoryFilter) -> list[Any]:
        return story_filter_clauses(f, self.db.dialect)

    @staticmethod
    def _index(session: Session, record: ArticleRecord, *, replace: bool) -> None:
        """Keep the story's search row in step with it, in the same transaction."""
        search_index.write_documents(
            session,
            [
                search_index.IndexDocument.of(
                    record.id,
                    record.headline,
                    record.kicker,
                    record.dek,
                    record.body,
                    [link.tag.name for link in record.tag_links],
                )
            ],
            replace=replace,
        )

    @staticmethod
    def _record(session: Session, story_id: int) -> ArticleRecord:
        record = session.get(ArticleRecord, story_id)
        if record is None:
            raise NotFoundError(
                "no story with id {story_id}", code="story.not_found", story_id=story_id
            )
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
            raise ValidationError("a story needs a headline", code="story.no_headline")
        if len(data.headline) > MAX_HEADLINE_CHARS:
            raise ValidationError(
                "the headline has {count} characters; the limit is {limit}",
                code="story.headline_too_long",
                count=len(data.headline),
                limit=MAX_HEADLINE_CHARS,
            )
        if len(data.body) > MAX_BODY_CHARS:
            raise ValidationError(
                "the body has {count:,} characters; the limit is {limit:,}",
                code="story.body_too_long",
                count=len(data.body),
                limit=MAX_BODY_CHARS,
            )
        if not 1 <= data.priority <= 5:
            raise ValidationError(
                "priority must be 1 to 5, not {priority}",
                code="story.bad_priority",
                priority=data.priority,
            )
        if "\x00" in data.headline or "\x00" in data.body:
            raise ValidationError(
                "the text holds NUL characters (a damaged file?)", code="story.nul_characters"
            )

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
        record.word_count = body_word_count(data.body)
        with session.no_autoflush:  # the rendered body, kept for exports
            publishing_queries.remember_rendered(session, data.body)
        if data.section:
            section = find_section(session, data.section)
            if section is None and create_section:
                section = ensure_section(session, data.section)
            if section is None:
                raise ValidationError(
                    "there is no section {section!r}", code="story.no_section", section=data.section
                )
            record.section = section
        else:
            record.section = None
        self._set_authors(session, record, data.authors)
        self._set_tags(session, record, data.tags)
        self._set_featured_media(session, record, data.featured_media)

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

    @staticmethod
    def _set_featured_media(session: Session, record: ArticleRecord, sha256: str) -> None:
        if not sha256:
            record.featured_media_id = None
            return
        asset = media_queries.by_sha(session, sha256)
        if asset is None:
            raise ValidationError(
                "the featured image {sha}… is not in the media library",
                code="story.no_featured_image",
                sha=sha256[:12],
            )
        record.featured_media_id = asset.id

    def _move(
        self, session: Session, record: ArticleRecord, target: Status, correction: str
    ) -> None:
        current = Status(record.status)
        if record.trashed_at is not None:
            raise TransitionError(
                "the story is in the trash: restore it first", code="status.trashed"
            )
        if not can_transition(current, target):
            raise TransitionError(
                "a {current} story cannot become {target}",
                code="status.not_allowed",
                current=current.value,
                target=target.value,
            )
        now = self.clock()
        if target is Status.CORRECTED:
            if not correction.strip():
                raise ValidationError(
                    "a correction needs its note for readers", code="status.no_correction"
                )
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
            featured_media=_media_ref(session, record.featured_media_id),
        )


def _revision_info(r: RevisionRecord) -> RevisionInfo:
    return RevisionInfo(
        id=r.id,
        kind=r.kind,
        reason=r.reason,
        author=r.author,
        created_at=r.created_at,
        article_version=r.article_version,
        word_count=r.word_count,
        snapshot=dict(r.snapshot),
    )
