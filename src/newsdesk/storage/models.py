"""The newsroom's tables as typed SQLAlchemy 2 models.

Every table has an integer key for joins and a UUID that travels with the row between databases
(packages from a reporter's laptop to the desk). Constraint names follow one convention so that
Alembic migrations can address them on SQLite (batch mode) and PostgreSQL alike.

Times are stored in UTC and always come back timezone-aware (``UTCDateTime``): SQLite keeps no
zone, and a naive datetime in a newsroom spanning time zones is a bug waiting to publish.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
    Uuid,
    false,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from newsdesk.core.domain import RelatedOrigin, RevisionKind, Status

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """The current time, aware, in UTC."""
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp stored in UTC that always comes back timezone-aware."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are refused: give a timezone")
        value = value.astimezone(UTC)
        # SQLite stores text; keep it naive-UTC there so comparisons sort correctly.
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _enum_check(column: str, enum_cls: type[Any]) -> str:
    values = ", ".join(f"'{member.value}'" for member in enum_cls)
    return f"{column} IN ({values})"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class UuidMixin:
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, default=uuid.uuid4, unique=True)


class SectionRecord(UuidMixin, Base):
    __tablename__ = "sections"

    name: Mapped[str] = mapped_column(String(200))
    slug: Mapped[str] = mapped_column(String(200), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    description: Mapped[str] = mapped_column(Text, default="")


class AuthorRecord(UuidMixin, Base):
    __tablename__ = "authors"

    name: Mapped[str] = mapped_column(String(200))
    slug: Mapped[str] = mapped_column(String(200), unique=True)
    email: Mapped[str] = mapped_column(String(320), default="")
    bio: Mapped[str] = mapped_column(Text, default="")


class TagRecord(UuidMixin, Base):
    __tablename__ = "tags"

    name: Mapped[str] = mapped_column(String(200))
    slug: Mapped[str] = mapped_column(String(200), unique=True)
    #: The Arabic-normalised spelling: two tags that differ only in hamza, tashkeel or ة/ه
    #: are one tag.
    key: Mapped[str] = mapped_column(String(200), unique=True)
    hidden: Mapped[bool] = mapped_column(Boolean, default=False)
    description: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ArticleAuthorRecord(Base):
    __tablename__ = "article_authors"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    author_id: Mapped[int] = mapped_column(
        ForeignKey("authors.id", ondelete="RESTRICT"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)

    author: Mapped[AuthorRecord] = relationship(lazy="joined")


class ArticleTagRecord(Base):
    __tablename__ = "article_tags"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(
        ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    #: 0 is the main tag.
    position: Mapped[int] = mapped_column(Integer, default=0)

    tag: Mapped[TagRecord] = relationship(lazy="joined")


class ArticleRecord(UuidMixin, Base):
    __tablename__ = "articles"
    __table_args__ = (
        CheckConstraint(_enum_check("status", Status), name="status"),
        CheckConstraint("priority BETWEEN 1 AND 5", name="priority"),
        Index(None, "status", "updated_at"),
        Index(None, "published_at"),
        Index(None, "updated_at"),
        Index(None, "section_id", "published_at"),
        Index(None, "trashed_at"),
        Index(None, "slug"),
        Index(None, "source_url"),
        Index(None, "source_id"),
        # The story list's orders and counts, answered from the index alone (migration 0007).
        Index(None, "trashed_at", "updated_at"),
        Index(None, "trashed_at", "published_at"),
        Index(None, "trashed_at", "headline"),
        Index(None, "trashed_at", "status", "updated_at"),
        Index(None, "trashed_at", "priority"),
        Index(None, "trashed_at", "word_count"),
        Index(None, "trashed_at", "section_id", "updated_at"),
        # What a filtered search reads of each hit, looked up by id (migration 0009), and
        # what an export compares of every story (``ARTICLE_INPUTS``, migration 0013).
        Index(
            "ix_articles_search_filter",
            "id",
            "trashed_at",
            "status",
            "section_id",
            "published_at",
            "updated_at",
            "version",
            "embargo_until",
            "publish_at",
        ),
    )

    headline: Mapped[str] = mapped_column(Text, default="")
    kicker: Mapped[str] = mapped_column(String(200), default="")
    dek: Mapped[str] = mapped_column(Text, default="")
    slug: Mapped[str] = mapped_column(String(250), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    excerpt: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(16), default="ar")
    status: Mapped[str] = mapped_column(String(16), default=Status.DRAFT.value)
    section_id: Mapped[int | None] = mapped_column(
        ForeignKey("sections.id", ondelete="SET NULL"), nullable=True
    )
    dateline: Mapped[str] = mapped_column(String(200), default="")
    featured_media_id: Mapped[int | None] = mapped_column(
        ForeignKey("media_assets.id", ondelete="SET NULL"), nullable=True
    )
    priority: Mapped[int] = mapped_column(Integer, default=3)
    editor_note: Mapped[str] = mapped_column(Text, default="")
    embargo_until: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    publish_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    #: Set while the story is in the trash; the status it had is kept, so restore is exact.
    trashed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    word_count: Mapped[int] = mapped_column(Integer, default=0)
    source_url: Mapped[str] = mapped_column(Text, default="")
    source_id: Mapped[str] = mapped_column(String(300), default="")
    #: Optimistic locking: every write bumps it, and a write from a stale copy is refused.
    version: Mapped[int] = mapped_column(Integer, default=1)

    section: Mapped[SectionRecord | None] = relationship(lazy="joined")
    featured_media: Mapped[MediaAssetRecord | None] = relationship()
    author_links: Mapped[list[ArticleAuthorRecord]] = relationship(
        order_by=ArticleAuthorRecord.position, cascade="all, delete-orphan"
    )
    tag_links: Mapped[list[ArticleTagRecord]] = relationship(
        order_by=ArticleTagRecord.position, cascade="all, delete-orphan"
    )
    corrections: Mapped[list[CorrectionRecord]] = relationship(
        order_by="CorrectionRecord.created_at", cascade="all, delete-orphan"
    )

    #: The services bump ``version`` once per logical write; SQLAlchemy adds
    #: ``WHERE version = <loaded>`` to every UPDATE so a concurrent writer is caught too.
    __mapper_args__ = {"version_id_col": version, "version_id_generator": False}


class CorrectionRecord(UuidMixin, Base):
    __tablename__ = "corrections"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class RevisionRecord(UuidMixin, Base):
    __tablename__ = "revisions"
    __table_args__ = (
        CheckConstraint(_enum_check("kind", RevisionKind), name="kind"),
        Index(None, "article_id", "created_at"),
        Index(None, "author"),  # "my stories" (migration 0007)
    )

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16), default=RevisionKind.MANUAL.value)
    reason: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    #: The article version this snapshot was taken at.
    article_version: Mapped[int] = mapped_column(Integer, default=1)
    word_count: Mapped[int] = mapped_column(Integer, default=0)
    #: A full snapshot of the editable fields (headline, dek, body, …).
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON)


class RelatedLinkRecord(UuidMixin, Base):
    __tablename__ = "related_links"
    __table_args__ = (
        UniqueConstraint("article_id", "target_id"),
        CheckConstraint("article_id <> target_id", name="not_self"),
        CheckConstraint(_enum_check("origin", RelatedOrigin), name="origin"),
        Index(None, "target_id"),
    )

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    target_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    origin: Mapped[str] = mapped_column(String(16), default=RelatedOrigin.PINNED.value)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    target: Mapped[ArticleRecord] = relationship(foreign_keys=[target_id])


class MediaAssetRecord(UuidMixin, Base):
    __tablename__ = "media_assets"

    #: Content address: the SHA-256 of the bytes, so one image is stored once.
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    mime_type: Mapped[str] = mapped_column(String(100))
    filename: Mapped[str] = mapped_column(String(300), default="")
    width: Mapped[int] = mapped_column(Integer, default=0)
    height: Mapped[int] = mapped_column(Integer, default=0)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    thumbnail: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    caption: Mapped[str] = mapped_column(Text, default="")
    credit: Mapped[str] = mapped_column(String(300), default="")
    alt_text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class FrontPageRecord(UuidMixin, Base):
    __tablename__ = "front_pages"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    slots: Mapped[list[FrontPageSlotRecord]] = relationship(
        order_by="(FrontPageSlotRecord.zone, FrontPageSlotRecord.position)",
        cascade="all, delete-orphan",
    )


class FrontPageSlotRecord(UuidMixin, Base):
    __tablename__ = "front_page_slots"
    __table_args__ = (
        UniqueConstraint("front_page_id", "zone", "position"),
        CheckConstraint("article_id IS NOT NULL OR fill_rule <> ''", name="article_or_rule"),
    )

    front_page_id: Mapped[int] = mapped_column(ForeignKey("front_pages.id", ondelete="CASCADE"))
    zone: Mapped[str] = mapped_column(String(50))
    position: Mapped[int] = mapped_column(Integer, default=0)
    article_id: Mapped[int | None] = mapped_column(
        ForeignKey("articles.id", ondelete="SET NULL"), nullable=True, index=True
    )
    #: How an unpinned slot is filled, e.g. ``latest`` or ``section:economy``.
    fill_rule: Mapped[str] = mapped_column(String(200), default="")

    article: Mapped[ArticleRecord | None] = relationship()


class SettingRecord(UuidMixin, Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), unique=True)
    value: Mapped[Any] = mapped_column(JSON)


class ExportRunRecord(UuidMixin, Base):
    __tablename__ = "export_runs"
    __table_args__ = (Index(None, "target", "started_at"),)

    #: What was exported (site, feeds, package) and where to.
    target: Mapped[str] = mapped_column(String(50))
    destination: Mapped[str] = mapped_column(Text, default="")
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    status: Mapped[str] = mapped_column(String(20), default="running")
    #: Output path → SHA-256 of its bytes, so the next run can say what changed.
    manifest: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    summary: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class PersonalWordRecord(UuidMixin, Base):
    """A word one user taught the spell checker ("add to dictionary")."""

    __tablename__ = "personal_words"
    __table_args__ = (UniqueConstraint("owner", "word"),)

    #: The user name the word belongs to (the services' ``user``).
    owner: Mapped[str] = mapped_column(String(200))
    word: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class RenderedBodyRecord(Base):
    """Rendered Markdown kept between saves, keyed by ``core.markup.body_hash``.

    Derived data (no UUID: it never travels between databases). Saving a story fills it, so an
    export renders no Markdown for stories that did not change; the key includes the renderer's
    version, so a new dialect simply misses the cache.
    """

    __tablename__ = "rendered_bodies"

    body_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    html: Mapped[str] = mapped_column(Text)
    #: Plain-text excerpt of the body (``core.summary.plain_summary``) for cards and feeds.
    summary: Mapped[str] = mapped_column(Text, default="")


class StorySketchRecord(Base):
    """A story's near-duplicate sketch (``core.shingles.Sketch``) and whole shingle set.

    Derived data (no UUID), written by the import for the stories it writes, deleted when a
    story's text is saved, and made again for any story whose ``article_version`` or hash
    ``scheme`` no longer matches, so an import compares against the archive without
    re-reading and re-shingling its texts.
    """

    __tablename__ = "story_sketches"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    #: The story's ``version`` the sketch was made from.
    article_version: Mapped[int] = mapped_column(Integer)
    #: ``core.shingles.SCHEME`` of the hash that made it.
    scheme: Mapped[int] = mapped_column(Integer)
    #: Shingles in the whole story.
    size: Mapped[int] = mapped_column(Integer)
    #: Every shingle hash of the story, ascending, as little-endian signed 64-bit integers: its
    #: first ``SKETCH_K`` are the sketch, the whole set serves exact comparisons. (Rows stored
    #: before whole sets were hold the first ``SKETCH_K`` alone.)
    sketch: Mapped[bytes] = mapped_column(LargeBinary)


class StoryTermRecord(Base):
    """One term of one story for related-story scoring (see ``storage/terms.py``).

    The term is a normalised light stem (``core.text``) of the headline, dek and body; the
    title and body counts are kept apart so the title boost and BM25's length normalisation
    are tuning knobs applied at query time, not baked into stored weights.
    """

    __tablename__ = "story_terms"
    #: Covering index: scoring reads a term's postings without touching the table rows. On
    #: SQLite the table is stored in its primary key (``WITHOUT ROWID``, migration 0012): a row
    #: goes into two b-trees instead of three.
    __table_args__ = (
        Index(None, "term", "article_id", "title_tf", "body_tf", "doc_length"),
        {"sqlite_with_rowid": False},
    )

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    term: Mapped[str] = mapped_column(String(64), primary_key=True)
    title_tf: Mapped[int] = mapped_column(Integer, default=0)
    body_tf: Mapped[int] = mapped_column(Integer, default=0)
    #: Terms in the whole story, repeated on each row so scoring needs no second lookup.
    doc_length: Mapped[int] = mapped_column(Integer, default=0)


class StoryTermStatRecord(Base):
    """Document frequency of a term over the indexed stories, kept up to date on save."""

    __tablename__ = "story_term_stats"

    term: Mapped[str] = mapped_column(String(64), primary_key=True)
    df: Mapped[int] = mapped_column(Integer, default=0)
    #: A stop term: its document frequency crossed ``storage.terms.STOP_DF``, its body
    #: postings are no longer stored and suggestions skip it; ``df`` stays as it was then.
    stop: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class StoryTermTotalsRecord(Base):
    """One row (id 1): how many stories are indexed and their summed length (for avgdl)."""

    __tablename__ = "story_term_totals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    documents: Mapped[int] = mapped_column(Integer, default=0)
    total_length: Mapped[int] = mapped_column(Integer, default=0)


# -- the tables, for statements that need no mapping ---------------------------------------------
# A ``select`` that names a mapped attribute (``ArticleRecord.id``) makes SQLAlchemy configure
# every mapper first, once per process (tens of milliseconds). The story list's queries, which
# run before the window's first paint, name these tables' columns instead, so that work waits
# until a story is loaded.
articles_table = cast(Table, ArticleRecord.__table__)
sections_table = cast(Table, SectionRecord.__table__)
authors_table = cast(Table, AuthorRecord.__table__)
tags_table = cast(Table, TagRecord.__table__)
article_authors_table = cast(Table, ArticleAuthorRecord.__table__)
article_tags_table = cast(Table, ArticleTagRecord.__table__)
revisions_table = cast(Table, RevisionRecord.__table__)
settings_table = cast(Table, SettingRecord.__table__)
# What a site export reads and records (``publishing_queries``): an export after a small
# change makes a dozen statements, and configuring the mappers cost it more than they did.
corrections_table = cast(Table, CorrectionRecord.__table__)
related_links_table = cast(Table, RelatedLinkRecord.__table__)
media_assets_table = cast(Table, MediaAssetRecord.__table__)
rendered_bodies_table = cast(Table, RenderedBodyRecord.__table__)
front_pages_table = cast(Table, FrontPageRecord.__table__)
front_page_slots_table = cast(Table, FrontPageSlotRecord.__table__)
export_runs_table = cast(Table, ExportRunRecord.__table__)
