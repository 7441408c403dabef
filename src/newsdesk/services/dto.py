"""Plain data the services take and return. No ORM rows leave the service layer."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from newsdesk.core.domain import Status


@dataclass(frozen=True, slots=True)
class SectionRef:
    id: int
    name: str
    slug: str


@dataclass(frozen=True, slots=True)
class AuthorRef:
    id: int
    name: str
    slug: str


@dataclass(frozen=True, slots=True)
class TagRef:
    id: int
    name: str
    slug: str
    hidden: bool = False


@dataclass(frozen=True, slots=True)
class RelatedRef:
    id: int
    headline: str
    status: Status
    origin: str


@dataclass(frozen=True, slots=True)
class Correction:
    text: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class MediaRef:
    """An image of the media library as a story refers to it."""

    id: int
    sha256: str
    width: int
    height: int
    caption: str
    credit: str
    alt_text: str


@dataclass(frozen=True, slots=True)
class MediaAsset:
    """One image of the media library, without its bytes (``MediaService.data`` has them)."""

    id: int
    uuid: uuid.UUID
    sha256: str
    mime_type: str
    filename: str
    width: int
    height: int
    caption: str
    credit: str
    alt_text: str
    created_at: datetime
    thumbnail: bytes = field(default=b"", repr=False)

    def ref(self) -> MediaRef:
        return MediaRef(
            self.id, self.sha256, self.width, self.height, self.caption, self.credit, self.alt_text
        )


@dataclass(frozen=True, slots=True)
class StoryInput:
    """The editable fields of a story, as the editor or an importer hands them in.

    ``section`` is a section slug; ``authors`` are author names (created when new) in byline
    order; ``tags`` are tag names, the first being the main tag (matched by their
    Arabic-normalised spelling, created when new). ``slug`` empty means "derive it from the
    headline".
    """

    headline: str
    body: str = ""
    dek: str = ""
    kicker: str = ""
    slug: str = ""
    section: str | None = None
    authors: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    dateline: str = ""
    priority: int = 3
    editor_note: str = ""
    language: str = "ar"
    excerpt: str = ""
    embargo_until: datetime | None = None
    publish_at: datetime | None = None
    source_url: str = ""
    source_id: str = ""
    #: SHA-256 of the featured image in the media library; empty for none.
    featured_media: str = ""


@dataclass(frozen=True, slots=True)
class Story:
    """A whole story as stored, with its relations resolved."""

    id: int
    uuid: uuid.UUID
    headline: str
    dek: str
    kicker: str
    slug: str
    body: str
    excerpt: str
    language: str
    status: Status
    section: SectionRef | None
    authors: tuple[AuthorRef, ...]
    tags: tuple[TagRef, ...]
    related: tuple[RelatedRef, ...]
    corrections: tuple[Correction, ...]
    dateline: str
    priority: int
    editor_note: str
    embargo_until: datetime | None
    publish_at: datetime | None
    published_at: datetime | None
    created_at: datetime
    updated_at: datetime
    trashed_at: datetime | None
    word_count: int
    source_url: str
    source_id: str
    version: int
    featured_media: MediaRef | None = None

    @property
    def main_tag(self) -> TagRef | None:
        return self.tags[0] if self.tags else None

    @property
    def in_trash(self) -> bool:
        return self.trashed_at is not None

    def to_input(self) -> StoryInput:
        """The editable fields, ready to be changed and saved back."""
        return StoryInput(
            headline=self.headline,
            body=self.body,
            dek=self.dek,
            kicker=self.kicker,
            slug=self.slug,
            section=self.section.slug if self.section else None,
            authors=tuple(a.name for a in self.authors),
            tags=tuple(t.name for t in self.tags),
            dateline=self.dateline,
            priority=self.priority,
            editor_note=self.editor_note,
            language=self.language,
            excerpt=self.excerpt,
            embargo_until=self.embargo_until,
            publish_at=self.publish_at,
            source_url=self.source_url,
            source_id=self.source_id,
            featured_media=self.featured_media.sha256 if self.featured_media else "",
        )


@dataclass(frozen=True, slots=True)
class StorySummary:
    """One row of the story list: what the list shows, without the body."""

    id: int
    uuid: uuid.UUID
    headline: str
    status: Status
    priority: int
    section: str
    authors: tuple[str, ...]
    main_tag: str
    word_count: int
    updated_at: datetime
    published_at: datetime | None
    trashed: bool


@dataclass(frozen=True, slots=True)
class StoryFilter:
    """What the list shows. Empty fields do not filter.

    ``section``, ``tag`` and ``author`` take a slug or a name. ``trash`` False hides the
    trash (the default), True shows only the trash. ``user`` keeps the stories of that user
    (bylined to them or revised by them: "my stories"). ``ids`` keeps only those stories (a
    search's matches, re-sorted by a column); None does not restrict, an empty tuple matches
    nothing.
    """

    statuses: tuple[Status, ...] = ()
    section: str | None = None
    tag: str | None = None
    author: str | None = None
    date_from: datetime | None = None
    date_to: datetime | None = None
    trash: bool = False
    user: str | None = None
    ids: tuple[int, ...] | None = None


#: Columns the list can sort by, mapped by the storage layer to ORDER BY clauses.
SORT_KEYS = ("updated", "published", "headline", "status", "priority", "section", "words", "id")


@dataclass(frozen=True, slots=True)
class Page:
    items: tuple[StorySummary, ...]
    total: int
    offset: int
    limit: int | None


@dataclass(frozen=True, slots=True)
class RevisionInfo:
    id: int
    kind: str
    reason: str
    author: str
    created_at: datetime
    article_version: int
    word_count: int
    snapshot: dict[str, Any] = field(repr=False)


@dataclass(frozen=True, slots=True)
class ChangeStamp:
    """A cheap fingerprint of the stories table: when it moves, something was written.

    ``count`` and ``last_id`` catch stories added or deleted, ``latest`` (the newest
    ``updated_at``) every save, move, trash and restore, since each of them sets it.
    """

    count: int
    last_id: int
    latest: datetime | None


@dataclass(frozen=True, slots=True)
class TransitionReport:
    """What a bulk change did: the ids changed and, for the others, why not."""

    changed: tuple[int, ...]
    refused: tuple[tuple[int, str], ...]
