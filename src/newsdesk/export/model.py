"""What an export is made of: plain, frozen data handed in by the publishing service.

The exporters never see the database. Everything here is already decided by the services layer:
only public stories, only visible tags, related and You Missed choices made, killed stories as
tombstones. The exporters decide only how it looks and where it goes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from datetime import datetime
from operator import attrgetter
from typing import Any


class _Pickled:
    """Pickles a frozen slots dataclass as its class and field values.

    The default for slots classes goes through a Python ``__getstate__`` per object, four times
    slower for the 10,000 stories of an export snapshot (``export.snapshot``).
    """

    __slots__ = ()

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), _values(type(self))(self))


def _values(cls: type) -> Callable[[Any], tuple[Any, ...]]:
    getter = _GETTERS.get(cls)
    if getter is None:
        names = [f.name for f in fields(cls)]
        one = attrgetter(names[0])
        getter = attrgetter(*names) if len(names) > 1 else (lambda obj: (one(obj),))
        _GETTERS[cls] = getter
    return getter


_GETTERS: dict[type, Callable[[Any], tuple[Any, ...]]] = {}


@dataclass(frozen=True, slots=True)
class SiteInfo(_Pickled):
    title: str
    base_url: str
    tagline: str = ""
    language: str = "ar"
    time_zone: str = "UTC"
    #: "latn" (0-9) or "arab" (٠-٩) for numbers the site prints.
    numeral_style: str = "latn"
    page_size: int = 20
    #: Items per feed, and whether feeds carry the whole body or only a summary.
    feed_items: int = 20
    feed_full_text: bool = True


@dataclass(frozen=True, slots=True)
class Term(_Pickled):
    """A section, tag or author as the site shows it."""

    id: int
    name: str
    slug: str
    description: str = ""


def term_key(term: Term | None) -> tuple[Any, ...] | None:
    """A term's fields as a plain tuple, for fingerprints (``repr`` of a tuple is C code, of a
    dataclass Python code: at 30,000 outputs that was a tenth of the plan)."""
    return None if term is None else (term.id, term.name, term.slug, term.description)


@dataclass(frozen=True, slots=True)
class Image(_Pickled):
    sha256: str
    mime_type: str
    width: int
    height: int
    alt: str = ""
    caption: str = ""
    credit: str = ""


@dataclass(frozen=True, slots=True)
class CorrectionNote(_Pickled):
    text: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class Article(_Pickled):
    """A public story. ``body_hash`` (``core.markup.body_hash``) names its rendered body;
    ``uuid`` is the story's UUID as text (``str(UUID)``: all a feed's item id needs, and a
    string reads back from the export snapshot many times quicker than a ``UUID``)."""

    id: int
    uuid: str
    headline: str
    slug: str
    body_hash: str
    published_at: datetime
    updated_at: datetime
    dek: str = ""
    kicker: str = ""
    #: Plain text for cards and feed summaries (the story's own excerpt, else one made from it).
    summary: str = ""
    language: str = "ar"
    section: Term | None = None
    authors: tuple[Term, ...] = ()
    tags: tuple[Term, ...] = ()
    dateline: str = ""
    image: Image | None = None
    corrections: tuple[CorrectionNote, ...] = ()
    word_count: int = 0
    #: Ids of the public stories shown under "Related Posts" and "You Missed", in order.
    related: tuple[int, ...] = ()
    you_missed: tuple[int, ...] = ()

    @property
    def modified_at(self) -> datetime:
        """When readers last saw it change: the latest correction, else publication."""
        if self.corrections:
            return max(self.published_at, self.corrections[-1].created_at)
        return self.published_at


@dataclass(frozen=True, slots=True)
class Tombstone(_Pickled):
    """A killed story: its address keeps a short notice, and it is gone from everything else."""

    id: int
    uuid: str
    slug: str
    killed_at: datetime
    language: str = "ar"


@dataclass(frozen=True, slots=True)
class FrontZone(_Pickled):
    """One zone of the front page (``lead``, ``top``, …) and the stories in it, in order."""

    name: str
    article_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class SiteContent(_Pickled):
    site: SiteInfo
    #: Newest first.
    articles: tuple[Article, ...]
    sections: tuple[Term, ...] = ()
    tombstones: tuple[Tombstone, ...] = ()
    front: tuple[FrontZone, ...] = ()
    #: The moment the export describes (embargoes, the Google News window); injected.
    now: datetime = field(default_factory=lambda: datetime.fromtimestamp(0).astimezone())


#: Gives body HTML for body hashes, rendered and sanitised (``core.markup.page_html``, as the
#: render cache keeps it); the services layer supplies it.
BodySource = Callable[[frozenset[str]], Mapping[str, str]]
#: Gives the bytes of a media asset by its SHA-256.
MediaSource = Callable[[str], bytes | None]
