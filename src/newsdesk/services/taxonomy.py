"""Sections, authors and tags: the newsroom's vocabularies.

Tags are matched by their Arabic-normalised key, so "الطاقة المتجددة" typed with a bare alef, a
ه for the ة or a stray tatweel lands on the existing tag instead of growing a twin.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from newsdesk.core import text
from newsdesk.services.dto import AuthorRef, SectionRef, StoryFilter, TagRef
from newsdesk.services.errors import NotFoundError, ValidationError
from newsdesk.storage import bulk, listing, queries
from newsdesk.storage.db import Database
from newsdesk.storage.models import (
    ArticleAuthorRecord,
    ArticleTagRecord,
    AuthorRecord,
    SectionRecord,
    TagRecord,
    utcnow,
)

#: Tag names and their keys, remembered: an import asks for the same few thousand names
#: twice a story (``ensure_tags`` for its chunk, then ``StoryService.prepare``).
_TAG_KEYS: dict[str, str] = {}
_MAX_TAG_KEYS = 1 << 16


def tag_key(name: str) -> str:
    """The spelling-independent identity of a tag name."""
    found = _TAG_KEYS.get(name)
    if found is None:
        if len(_TAG_KEYS) >= _MAX_TAG_KEYS:
            _TAG_KEYS.clear()
        found = _TAG_KEYS[name] = " ".join(text.normalize(name).split())
    return found


def _unique_slug(session: Session, model: type, wanted: str) -> str:
    slug = wanted or "item"
    n = 2
    while session.scalar(select(model.id).where(model.slug == slug)) is not None:  # type: ignore[attr-defined]
        slug = f"{wanted}-{n}"
        n += 1
    return slug


def _cache(session: Session, kind: str) -> dict[str, Any]:
    """Records looked up in this transaction, by key.

    A bulk import resolves the same few sections, authors and tags thousands of times; asking
    the database each time (and autoflushing before each query) cost about 9 ms a story.
    The cache lives in ``session.info`` and dies with the transaction.
    """
    caches: dict[str, dict[str, Any]] = session.info.setdefault("newsdesk_vocabulary", {})
    return caches.setdefault(kind, {})


def find_section(session: Session, slug_or_name: str) -> SectionRecord | None:
    cache = _cache(session, "section")
    if slug_or_name in cache:
        return cast(SectionRecord, cache[slug_or_name])
    with session.no_autoflush:
        section = session.scalar(
            select(SectionRecord).where(
                or_(SectionRecord.slug == slug_or_name, SectionRecord.name == slug_or_name)
            )
        )
    if section is not None:
        cache[slug_or_name] = section
    return section


def ensure_section(session: Session, name: str) -> SectionRecord:
    """The section with this slug or name, created (at the end of the list) when new."""
    clean = " ".join(name.split())
    if not clean:
        raise ValidationError("a section needs a name", code="section.no_name")
    section = find_section(session, clean)
    if section is None:
        position = (session.scalar(select(func.max(SectionRecord.position))) or 0) + 1
        slug = _unique_slug(session, SectionRecord, text.slugify(clean, fallback_id="section"))
        section = SectionRecord(name=clean, slug=slug, position=position)
        session.add(section)
        session.flush()
        _cache(session, "section")[clean] = section
    return section


def ensure_author(session: Session, name: str) -> AuthorRecord:
    """The author with this name, created when new."""
    clean = " ".join(name.split())
    if not clean:
        raise ValidationError("an author needs a name", code="author.no_name")
    cache = _cache(session, "author")
    if clean in cache:
        return cast(AuthorRecord, cache[clean])
    with session.no_autoflush:
        author = session.scalar(
            select(AuthorRecord).where(or_(AuthorRecord.name == clean, AuthorRecord.slug == clean))
        )
    if author is None:
        slug = _unique_slug(session, AuthorRecord, text.slugify(clean, fallback_id="author"))
        author = AuthorRecord(name=clean, slug=slug)
        session.add(author)
        session.flush()
    cache[clean] = author
    return author


def ensure_tag(session: Session, name: str) -> TagRecord:
    """The tag with this name (matched after Arabic normalisation), created when new."""
    clean = " ".join(name.split())
    key = tag_key(clean)
    if not key:
        raise ValidationError("{name!r} is not a usable tag name", code="tag.unusable", name=name)
    cache = _cache(session, "tag")
    if key in cache:
        return cast(TagRecord, cache[key])
    with session.no_autoflush:
        tag = session.scalar(select(TagRecord).where(TagRecord.key == key))
    if tag is None:
        slug = _unique_slug(session, TagRecord, text.slugify(clean, fallback_id="tag"))
        tag = TagRecord(name=clean, slug=slug, key=key)
        session.add(tag)
        session.flush()
    cache[key] = tag
    return tag


def ensure_tags(session: Session, names: Iterable[str]) -> dict[str, tuple[int, str]]:
    """(id, name) by tag key for every usable name, creating the new tags: the bulk path.

    ``ensure_tag`` one by one costs an ORM flush and two queries per new tag, which dominated
    importing an archive with thousands of distinct tags. Here the stored tags are looked up in
    one query and the new ones inserted directly; a new tag whose slug is taken (rare) goes
    through ``ensure_tag``, which knows how to number it.
    """
    # Tags resolved earlier in this transaction (an import's earlier chunks) are not looked
    # up again: nothing in the transaction renames or removes them.
    resolved: dict[str, tuple[int, str]] = _cache(session, "tag_ref")
    wanted: dict[str, str] = {}
    found: dict[str, tuple[int, str]] = {}
    for name in names:
        clean = " ".join(name.split())
        key = tag_key(clean)
        if not key or key in found or key in wanted:
            continue
        known = resolved.get(key)
        if known is None:
            wanted[key] = clean
        else:
            found[key] = known
    found.update(bulk.tags_by_key(session, wanted))
    missing = {key: clean for key, clean in wanted.items() if key not in found}
    slugs = {key: text.slugify(clean, fallback_id="tag") for key, clean in missing.items()}
    taken = bulk.taken_tag_slugs(session, slugs.values())
    fresh: list[tuple[str, str, str]] = []
    numbered: list[tuple[str, str]] = []
    for key, clean in missing.items():
        slug = slugs[key]
        if slug in taken:
            numbered.append((key, clean))
        else:
            fresh.append((clean, slug, key))
            taken.add(slug)
    for tag_id, (clean, _slug, key) in zip(
        bulk.insert_tags(session, fresh, utcnow()), fresh, strict=True
    ):
        found[key] = (tag_id, clean)
    # After the batch is stored, so the numbering sees its slugs too.
    for key, clean in numbered:
        tag = ensure_tag(session, clean)
        found[key] = (tag.id, tag.name)
    resolved.update(found)
    return found


@dataclass(frozen=True, slots=True)
class TagUsage:
    tag: TagRef
    stories: int


#: How many known spellings an unknown filter value is answered with, and how close they
#: must be (``difflib`` ratio of the normalised keys).
NEAREST_SPELLINGS = 3
NEAREST_CUTOFF = 0.6


def nearest_spellings(value: str, known: Iterable[tuple[str, str]]) -> list[str]:
    """The names among ``known`` (name, slug) closest to ``value``, best first, compared by
    their Arabic-normalised keys (the tag filter's ``tag_key``): hamza forms, ة/ه, ى/ي,
    tashkeel and tatweel make no difference, a letter or two does a little."""
    by_key: dict[str, str] = {}
    for name, slug in known:
        for spelling in (name, slug):
            by_key.setdefault(tag_key(spelling), name)
    keys = difflib.get_close_matches(
        tag_key(value), list(by_key), n=NEAREST_SPELLINGS * 2, cutoff=NEAREST_CUTOFF
    )
    return list(dict.fromkeys(by_key[k] for k in keys))[:NEAREST_SPELLINGS]


class TaxonomyService:
    """Listing and creating sections, authors and tags."""

    def __init__(self, database: Database) -> None:
        self.db = database

    def check_filter(self, story_filter: StoryFilter) -> None:
        """Raise ``NotFoundError`` when the section, tag or author the filter names does not
        exist (a filter on it would list nothing), with the nearest known spellings.

        A value is known as the list filter matches it: a slug or a name, and for a tag also
        its normalised key.
        """
        wanted = (
            ("section", story_filter.section),
            ("tag", story_filter.tag),
            ("author", story_filter.author),
        )
        with self.db.read() as session:
            for kind, value in wanted:
                if not value:
                    continue
                key = tag_key(value) if kind == "tag" else None
                if queries.filter_value_exists(session, kind, value, key):
                    continue
                near = nearest_spellings(value, queries.filter_values(session, kind))
                if near:
                    raise NotFoundError(
                        "no {kind} is called {value!r}; the nearest known: {near}",
                        code="filter.unknown_near",
                        kind=kind,
                        value=value,
                        near=", ".join(near),
                    )
                raise NotFoundError(
                    "no {kind} is called {value!r}", code="filter.unknown", kind=kind, value=value
                )

    def sections(self) -> list[SectionRef]:
        with self.db.read() as session:
            rows = session.scalars(
                select(SectionRecord).order_by(SectionRecord.position, SectionRecord.name)
            )
            return [SectionRef(s.id, s.name, s.slug) for s in rows]

    def create_section(self, name: str, slug: str = "", position: int | None = None) -> SectionRef:
        clean = " ".join(name.split())
        if not clean:
            raise ValidationError("a section needs a name", code="section.no_name")
        with self.db.write() as session:
            if find_section(session, clean) is not None:
                raise ValidationError(
                    "the section {name!r} exists already", code="section.exists", name=clean
                )
            wanted = text.slugify(slug or clean, fallback_id="section")
            if slug and session.scalar(
                select(SectionRecord.id).where(SectionRecord.slug == wanted)
            ):
                raise ValidationError(
                    "the slug {slug!r} is taken", code="section.slug_taken", slug=wanted
                )
            if position is None:
                position = (session.scalar(select(func.max(SectionRecord.position))) or 0) + 1
            section = SectionRecord(
                name=clean, slug=_unique_slug(session, SectionRecord, wanted), position=position
            )
            session.add(section)
            session.flush()
            return SectionRef(section.id, section.name, section.slug)

    def authors(self) -> list[AuthorRef]:
        with self.db.read() as session:
            rows = session.scalars(select(AuthorRecord).order_by(AuthorRecord.name))
            return [AuthorRef(a.id, a.name, a.slug) for a in rows]

    def create_author(self, name: str, slug: str = "", email: str = "") -> AuthorRef:
        with self.db.write() as session:
            author = ensure_author(session, name)
            if slug and author.slug != slug:
                author.slug = _unique_slug(session, AuthorRecord, text.slugify(slug))
            if email:
                author.email = email
            return AuthorRef(author.id, author.name, author.slug)

    def tags(self) -> list[TagUsage]:
        """Every tag with the number of stories that carry it, most used first."""
        with self.db.read() as session:
            count = func.count(ArticleTagRecord.article_id)
            rows = session.execute(
                select(TagRecord, count)
                .outerjoin(ArticleTagRecord, ArticleTagRecord.tag_id == TagRecord.id)
                .group_by(TagRecord.id)
                .order_by(count.desc(), TagRecord.name)
            )
            return [TagUsage(TagRef(t.id, t.name, t.slug, t.hidden), n) for t, n in rows]

    def author_story_counts(self) -> dict[int, int]:
        with self.db.read() as session:
            rows = session.execute(
                select(ArticleAuthorRecord.author_id, func.count()).group_by(
                    ArticleAuthorRecord.author_id
                )
            )
            return {author_id: n for author_id, n in rows}

    def top_tags(self, limit: int = 12) -> list[TagUsage]:
        """The ``limit`` most used tags, most used first (the navigator's short list).

        Counted from the link table alone: ``tags()`` joins every tag and takes over a second
        at 100,000 stories; this is a single index scan.
        """
        with self.db.read() as session:
            counts = listing.top_tag_counts(session, limit)
            records = {
                t.id: t
                for t in session.scalars(
                    select(TagRecord).where(TagRecord.id.in_([tag_id for tag_id, _ in counts]))
                )
            }
            return [
                TagUsage(TagRef(t.id, t.name, t.slug, t.hidden), n)
                for tag_id, n in counts
                if (t := records.get(tag_id)) is not None
            ]

    def tag_refs(self) -> list[TagRef]:
        """Every tag, by name, without counting (the navigator's "more tags" list)."""
        with self.db.read() as session:
            rows = session.execute(
                select(TagRecord.id, TagRecord.name, TagRecord.slug, TagRecord.hidden).order_by(
                    TagRecord.name
                )
            )
            return [TagRef(i, name, slug, hidden) for i, name, slug, hidden in rows]
