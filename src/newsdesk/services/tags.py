"""The tag manager's use cases: usage figures, create, rename, merge, delete, duplicates.

Tags are identified by their Arabic-normalised key (``taxonomy.tag_key``), so "روسيا" and
"روسیا" (Persian yeh) are already one tag. What the key cannot see — a clitic ("وروسيا"), a
one-letter typo — :func:`find_duplicates` groups, proposing the most used spelling as the one to
keep.

Every change that alters which tags a story carries bumps the story's version: an editor who
had the story open can no longer save the old tag names back over the merge (the save is refused
as a conflict and shows the new state instead of silently re-creating a merged tag).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from newsdesk.core import text
from newsdesk.services.errors import NotFoundError, ValidationError
from newsdesk.services.taxonomy import tag_key
from newsdesk.storage import tag_queries
from newsdesk.storage.db import Database
from newsdesk.storage.models import TagRecord, utcnow

#: Names at least this long (letters, spaces left out) may group by a one-letter difference;
#: shorter names differ in one letter far too often ("تونس" / "تونسي" are different tags).
TYPO_MIN_LETTERS = 5


@dataclass(frozen=True, slots=True)
class TagInfo:
    """One tag as the manager shows it."""

    id: int
    name: str
    slug: str
    key: str
    hidden: bool
    description: str
    stories: int
    main_stories: int
    public_stories: int
    last_used: datetime | None
    created_at: datetime


@dataclass(frozen=True, slots=True)
class DuplicateGroup:
    """Tags that look like one: merge ``sources`` into ``target`` (the most used spelling)."""

    target: TagInfo
    sources: tuple[TagInfo, ...]
    #: Why they were grouped: "spelling", "clitic" or "typo" (the weakest link in the group).
    reason: str


def _info(row: dict[str, object]) -> TagInfo:
    tag = row["tag"]
    assert isinstance(tag, TagRecord)
    last = row["last_used"]
    return TagInfo(
        id=tag.id,
        name=tag.name,
        slug=tag.slug,
        key=tag.key,
        hidden=tag.hidden,
        description=tag.description,
        stories=int(row["stories"]),  # type: ignore[call-overload]
        main_stories=int(row["main"]),  # type: ignore[call-overload]
        public_stories=int(row["public"]),  # type: ignore[call-overload]
        last_used=last if isinstance(last, datetime) else None,
        created_at=tag.created_at,
    )


class TagService:
    """Every public method is one transaction."""

    def __init__(self, database: Database) -> None:
        self.db = database

    # -- reading -------------------------------------------------------------------------------

    def all(self) -> list[TagInfo]:
        """Every tag with its figures, most used first, then by name."""
        with self.db.read() as session:
            infos = [_info(row) for row in tag_queries.tag_usage(session)]
        return sorted(infos, key=lambda t: (-t.stories, t.name, t.id))

    def get(self, tag: int | str) -> TagInfo:
        """A tag by id, name, slug or any spelling with the same normalised key."""
        with self.db.read() as session:
            record = self._find(session, tag)
            return _info(tag_queries.tag_usage(session, [record.id])[0])

    def duplicates(self) -> list[DuplicateGroup]:
        return find_duplicates(self.all())

    # -- writing -------------------------------------------------------------------------------

    def create(self, name: str, *, description: str = "", hidden: bool = False) -> TagInfo:
        clean = " ".join(name.split())
        key = tag_key(clean)
        if not key:
            raise ValidationError(
                "{name!r} is not a usable tag name", code="tag.unusable", name=name
            )
        with self.db.write() as session:
            existing = tag_queries.tag_by_key(session, key)
            if existing is not None:
                raise ValidationError(
                    "the tag {name!r} exists already", code="tag.exists", name=existing.name
                )
            record = TagRecord(
                name=clean,
                slug=self._free_slug(session, clean, None),
                key=key,
                hidden=hidden,
                description=description.strip(),
                created_at=utcnow(),
            )
            session.add(record)
            session.flush()
            return _info(tag_queries.tag_usage(session, [record.id])[0])

    def rename(self, tag: int | str, new_name: str, *, change_slug: bool = False) -> TagInfo:
        """Give a tag a new name.

        The slug follows the name unless a published story carries the tag: its tag page is
        then already out there, so the slug stays unless ``change_slug`` asks otherwise.
        A name that another tag already has (after normalisation) is refused: merge instead.
        """
        clean = " ".join(new_name.split())
        key = tag_key(clean)
        if not key:
            raise ValidationError(
                "{name!r} is not a usable tag name", code="tag.unusable", name=new_name
            )
        with self.db.write() as session:
            record = self._find(session, tag)
            other = tag_queries.tag_by_key(session, key)
            if other is not None and other.id != record.id:
                raise ValidationError(
                    "the tag {name!r} exists already: merge {old!r} into it instead",
                    code="tag.exists_merge",
                    name=other.name,
                    old=record.name,
                )
            usage = tag_queries.tag_usage(session, [record.id])[0]
            record.name = clean
            record.key = key
            if change_slug or not usage["public"]:
                record.slug = self._free_slug(session, clean, record.id)
            tag_queries.bump_versions(session, list(tag_queries.tag_links(session, [record.id])))
            session.flush()
            return _info(tag_queries.tag_usage(session, [record.id])[0])

    def update(
        self, tag: int | str, *, hidden: bool | None = None, description: str | None = None
    ) -> TagInfo:
        """Set the hidden flag (a hidden tag never reaches an export) or the description."""
        with self.db.write() as session:
            record = self._find(session, tag)
            if hidden is not None:
                record.hidden = hidden
            if description is not None:
                record.description = description.strip()
            session.flush()
            return _info(tag_queries.tag_usage(session, [record.id])[0])

    def merge(self, target: int | str, sources: Sequence[int | str]) -> TagInfo:
        """Fold ``sources`` into ``target``; the sources are deleted.

        A story keeps one copy, at the position of the first of the merged tags it carried, and
        its other tags keep their order; so a story whose main tag was a source keeps the merged
        tag as its main tag.
        """
        with self.db.write() as session:
            kept = self._find(session, target)
            merged = [self._find(session, s) for s in sources]
            merged_ids = {m.id for m in merged} - {kept.id}
            if not merged_ids:
                raise ValidationError(
                    "name at least one other tag to merge", code="tag.merge_alone"
                )
            family = merged_ids | {kept.id}
            links = tag_queries.tag_links(session, sorted(family))
            rewritten: dict[int, list[int]] = {}
            for article_id, tag_ids in links.items():
                out: list[int] = []
                for tag_id in tag_ids:
                    if tag_id in family:
                        if kept.id not in out:
                            out.append(kept.id)
                    else:
                        out.append(tag_id)
                if out != tag_ids:
                    rewritten[article_id] = out
            tag_queries.replace_links(session, rewritten)
            tag_queries.bump_versions(session, list(links))
            for record in merged:
                if record.id in merged_ids:
                    session.delete(record)
            session.flush()
            return _info(tag_queries.tag_usage(session, [kept.id])[0])

    def delete(self, tag: int | str) -> int:
        """Delete a tag; return how many stories it leaves (their other tags move up)."""
        with self.db.write() as session:
            record = self._find(session, tag)
            links = tag_queries.tag_links(session, [record.id])
            tag_queries.replace_links(
                session, {a: [t for t in ids if t != record.id] for a, ids in links.items()}
            )
            tag_queries.bump_versions(session, list(links))
            session.delete(record)
            return len(links)

    # -- helpers -------------------------------------------------------------------------------

    @staticmethod
    def _find(session: Session, tag: int | str) -> TagRecord:
        record: TagRecord | None
        if isinstance(tag, int):
            record = session.get(TagRecord, tag)
        else:
            record = tag_queries.tag_by_name_or_slug(session, tag) or tag_queries.tag_by_key(
                session, tag_key(tag)
            )
        if record is None:
            raise NotFoundError("no tag {tag!r}", code="tag.not_found", tag=tag)
        return record

    @staticmethod
    def _free_slug(session: Session, name: str, except_id: int | None) -> str:
        wanted = text.slugify(name, fallback_id="tag")
        slug, n = wanted, 2
        while tag_queries.slug_taken(session, slug, except_id):
            slug = f"{wanted}-{n}"
            n += 1
        return slug


# -- duplicate detection ---------------------------------------------------------------------------


def stem_key(name: str) -> str:
    """The tag with every word light-stemmed: "وروسيا" and "روسيا" give the same."""
    return " ".join(text.stem(token) for token in text.tokens(name))


def within_one_edit(a: str, b: str) -> bool:
    """Levenshtein distance of at most one (one letter added, dropped or changed)."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


def _deletions(word: str) -> Iterable[str]:
    yield word
    for i in range(len(word)):
        yield word[:i] + word[i + 1 :]


_STRENGTH = {"spelling": 0, "clitic": 1, "typo": 2}


def find_duplicates(tags: Sequence[TagInfo]) -> list[DuplicateGroup]:
    """Group tags that are one tag in all but spelling; most used first in each group.

    Linked when equal after ``core.text.normalize`` (tashkeel, shadda, hamza forms, Persian
    yeh/kaf: normally the database already keeps those as one tag), when equal after light
    stemming (a clitic: "وروسيا"), or, for names of at least :data:`TYPO_MIN_LETTERS`
    letters, when one letter apart ("روسيا" / "روسبا"). One-letter neighbours are found through
    shared single-deletion variants, so the check is not quadratic in the number of tags.
    """
    parent = list(range(len(tags)))
    link_reason: dict[tuple[int, int], str] = {}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(i: int, j: int, reason: str) -> None:
        a, b = sorted((i, j))
        link_reason.setdefault((a, b), reason)
        ri, rj = root(i), root(j)
        if ri != rj:
            parent[rj] = ri

    by_key: dict[str, int] = {}
    by_stem: dict[str, int] = {}
    by_variant: dict[str, list[int]] = {}
    compact: list[str] = []
    for i, tag in enumerate(tags):
        key = tag_key(tag.name)
        if key in by_key:
            join(by_key[key], i, "spelling")
        else:
            by_key[key] = i
        stem = stem_key(tag.name)
        if stem and stem in by_stem:
            join(by_stem[stem], i, "clitic")
        elif stem:
            by_stem[stem] = i
        letters = key.replace(" ", "")
        compact.append(letters)
        if len(letters) >= TYPO_MIN_LETTERS - 1:
            for variant in set(_deletions(letters)):
                by_variant.setdefault(variant, []).append(i)
    for members in by_variant.values():
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                i, j = members[x], members[y]
                a, b = compact[i], compact[j]
                if (
                    root(i) != root(j)
                    and min(len(a), len(b)) >= TYPO_MIN_LETTERS
                    and within_one_edit(a, b)
                ):
                    join(i, j, "typo")

    groups: dict[int, list[int]] = {}
    for i in range(len(tags)):
        groups.setdefault(root(i), []).append(i)
    out: list[DuplicateGroup] = []
    for members in groups.values():
        if len(members) < 2:
            continue
        ranked = sorted(
            (tags[i] for i in members),
            key=lambda t: (-t.stories, -t.main_stories, t.id),
        )
        reasons = [r for (a, b), r in link_reason.items() if a in members and b in members] or [
            "spelling"
        ]
        weakest = max(reasons, key=lambda r: _STRENGTH[r])
        out.append(DuplicateGroup(ranked[0], tuple(ranked[1:]), weakest))
    out.sort(key=lambda g: (-sum(t.stories for t in (g.target, *g.sources)), g.target.name))
    return out
