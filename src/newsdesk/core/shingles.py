"""Near-duplicate detection: word shingles of Arabic-normalised text, sketches and an index.

Two copies of one wire story differ in punctuation, hamza, tashkeel, a changed headline or a
paragraph added at the end; an exact comparison misses them. Both texts become the set of their
5-word shingles (consecutive ``core.text.tokens``, so every spelling variant the normalisation
folds is one shingle), kept as hashed ints, and are compared by

- Jaccard: shared shingles over all shingles — two versions of one story;
- containment: shared shingles over the smaller set — a short version inside a longer one.

Each story also has a *bottom-k sketch* (:class:`Sketch`): its ``SKETCH_K`` smallest shingle
hashes and its shingle count. The story's whole set is stored with it, ascending (:func:`pack`,
about 2 kB for a news story), so the sketch is the start of what is stored. Two sketches
estimate both measures (:func:`estimate`) from the hashes below the smaller of the two
sketches' largest values — a uniform sample of both sets — so a candidate that is clearly not a
duplicate is dismissed on its sketch alone; only a possible duplicate is compared exactly, on
its stored set (:func:`stored_set`), without reading or re-shingling its text. The first
``SKETCH_SIZE`` entries of the sketch feed the in-memory :class:`ShingleIndex` that finds the
candidates: two sets with Jaccard J share about J of it, so a story similar enough to matter
shares at least one entry with high probability. Entries shared by very many stories (a
site's footer, a standard dateline) stop being indexed, so boilerplate does not make every
story a candidate of every other.

Hashes are stable across processes, because sketches are stored: each word becomes a 64-bit
number from BLAKE2b, and a shingle is Python's ``hash`` of the tuple of its five numbers (the
hash of a tuple of ints is not salted). ``SCHEME`` fingerprints that hash function; a stored
sketch made under another one is made again.
"""

from __future__ import annotations

import hashlib
import math
import sys
from array import array
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from newsdesk.core import text

SHINGLE_WORDS: Final = 5
SKETCH_SIZE: Final = 12
#: Hashes kept per story for estimating similarity (the first ``SKETCH_SIZE`` are indexed).
SKETCH_K: Final = 128
#: A sketch entry shared by more stories than this is boilerplate and no longer indexed.
MAX_BUCKET: Final = 40
#: Thresholds: either similarity at or above its threshold makes a near-duplicate.
JACCARD_THRESHOLD: Final = 0.6
CONTAINMENT_THRESHOLD: Final = 0.8
#: Sets smaller than this are only duplicates when identical (three words in common mean
#: nothing).
MIN_SHINGLES: Final = 3


_WORD_IDS: dict[str, int] = {}
#: Distinct words remembered (a news vocabulary fits; past it the table starts again).
_MAX_WORD_IDS: Final = 1 << 20


def word_id(word: str) -> int:
    """A stable 64-bit number for a normalised word (the same in every process)."""
    found = _WORD_IDS.get(word)
    if found is None:
        if len(_WORD_IDS) >= _MAX_WORD_IDS:
            _WORD_IDS.clear()
        digest = hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest()
        found = _WORD_IDS[word] = int.from_bytes(digest, "little")
    return found


def _scheme() -> int:
    probe = tuple(word_id(w) for w in ("scheme", "نص", "1", "2", "3"))
    return hash(probe) & 0x7FFF_FFFF


#: Fingerprint of the shingle hash: a stored sketch with another value was made by a Python
#: whose tuple hash differs and is made again.
SCHEME: Final = _scheme()


def shingles(*parts: str) -> frozenset[int]:
    """The hashed 5-word shingles of the normalised tokens of ``parts`` (headline, body…).

    A text shorter than five words is one shingle of all its words.
    """
    return shingles_of_tokens([w for part in parts for w in text.tokens(part)])


def shingles_of_tokens(tokens: Sequence[str]) -> frozenset[int]:
    """:func:`shingles` of text already split by :func:`core.text.tokens` (the tokens of the
    parts one after the other), for a caller that needs the tokens for other things too."""
    ids = _WORD_IDS
    words = [ids.get(w) or word_id(w) for w in tokens]
    if not words:
        return frozenset()
    if len(words) < SHINGLE_WORDS:
        return frozenset((hash(tuple(words)),))
    # The windows are built by zip over shifted views, in C: the same tuples as slicing
    # ``words[i : i + SHINGLE_WORDS]`` for every i, at about half the cost. The views differ in
    # length on purpose: zip stops with the shortest, at the last whole window.
    windows = zip(*(words[shift:] for shift in range(SHINGLE_WORDS)), strict=False)
    return frozenset(map(hash, windows))


def sketch(shingle_set: frozenset[int]) -> list[int]:
    """The indexed part of the sketch: the ``SKETCH_SIZE`` smallest hashes."""
    return sorted(shingle_set)[:SKETCH_SIZE]


@dataclass(frozen=True, slots=True)
class Similarity:
    jaccard: float
    containment: float

    @property
    def score(self) -> float:
        """The larger of the two: what a person reads as "how much of it is the same"."""
        return max(self.jaccard, self.containment)

    @property
    def is_duplicate(self) -> bool:
        return self.jaccard >= JACCARD_THRESHOLD or self.containment >= CONTAINMENT_THRESHOLD


def similarity(a: frozenset[int], b: frozenset[int]) -> Similarity:
    """Jaccard and containment of two shingle sets (small sets count only when equal)."""
    if not a or not b:
        return Similarity(0.0, 0.0)
    if min(len(a), len(b)) < MIN_SHINGLES:
        same = 1.0 if a == b else 0.0
        return Similarity(same, same)
    shared = len(a & b)
    # The union's size from the two sizes: building the union set cost as much as the rest.
    return Similarity(shared / (len(a) + len(b) - shared), shared / min(len(a), len(b)))


@dataclass(frozen=True, slots=True)
class Sketch:
    """A story's ``SKETCH_K`` smallest shingle hashes (ascending) and its shingle count."""

    size: int
    values: tuple[int, ...]

    @classmethod
    def of(cls, shingle_set: frozenset[int]) -> Sketch:
        return cls(len(shingle_set), tuple(sorted(shingle_set)[:SKETCH_K]))

    @classmethod
    def of_sorted(cls, ordered: Sequence[int]) -> Sketch:
        """:meth:`of` the set whose hashes, ascending, are ``ordered``."""
        return cls(len(ordered), tuple(ordered[:SKETCH_K]))

    @property
    def complete(self) -> bool:
        """The sketch holds every shingle of the story."""
        return len(self.values) >= self.size

    def to_bytes(self) -> bytes:
        return pack(self.values)

    @classmethod
    def from_bytes(cls, size: int, data: bytes) -> Sketch:
        """The sketch stored as ``data``: its first ``SKETCH_K`` values (a stored set may
        hold more, see :func:`stored_set`)."""
        return cls(size, tuple(_unpack(data[: SKETCH_K * 8])))


def sketch_and_stored(shingle_set: frozenset[int]) -> tuple[Sketch, bytes]:
    """The story's sketch and what is stored for it (:func:`pack` of the whole set)."""
    ordered = sorted(shingle_set)
    return Sketch.of_sorted(ordered), pack(ordered)


def pack(values: Sequence[int]) -> bytes:
    """Ascending hashes as stored: little-endian signed 64-bit integers."""
    packed = array("q", values)
    if sys.byteorder == "big":
        packed.byteswap()
    return packed.tobytes()


def _unpack(data: bytes) -> array[int]:
    values = array("q")
    values.frombytes(data)
    if sys.byteorder == "big":
        values.byteswap()
    return values


def stored_set(size: int, data: bytes) -> frozenset[int] | None:
    """The whole shingle set of a story whose stored hashes (``pack`` of all of them,
    ascending: the sketch is their start) are complete; None when only the sketch was kept
    (stored before whole sets were), so the story's text has to be shingled again."""
    if len(data) != size * 8:
        return None
    return frozenset(_unpack(data))


@dataclass(frozen=True, slots=True)
class Estimate:
    """Similarity estimated from two sketches, with how far the truth may plausibly be.

    ``exact`` when both sketches held their whole sets (then the figures are the truth).
    """

    jaccard: float
    containment: float
    jaccard_margin: float
    containment_margin: float
    exact: bool

    @property
    def may_be_duplicate(self) -> bool:
        """Could the exact measures reach a threshold? (False: certainly not a duplicate,
        up to a deviation of more than ``MARGIN_SIGMAS`` standard errors.)"""
        if self.exact:
            return self.jaccard >= JACCARD_THRESHOLD or self.containment >= CONTAINMENT_THRESHOLD
        return (
            self.jaccard + self.jaccard_margin >= JACCARD_THRESHOLD
            or self.containment + self.containment_margin >= CONTAINMENT_THRESHOLD
        )


#: Standard errors of slack before an estimate rules a duplicate out.
MARGIN_SIGMAS: Final = 4.0


def _margin(share: float, sample: int) -> float:
    # Binomial standard error of a proportion measured on ``sample`` draws, with the share
    # kept away from 0 and 1 so a small sample never claims certainty; plus the sampling
    # without replacement is ignored (it only makes the true error smaller).
    if sample <= 0:
        return 1.0
    p = min(max(share, 0.05), 0.95)
    return MARGIN_SIGMAS * math.sqrt(p * (1.0 - p) / sample)


def estimate(a: Sketch, b: Sketch) -> Estimate:
    """Jaccard and containment of two stories, estimated from their sketches.

    All hashes at or below the smaller of the two sketches' largest values are known for both
    sets (a complete sketch has no limit): that is a uniform sample of both. The Jaccard is
    the shared part of the sampled union, the containment the shared part of the smaller
    set's sample. The same rules for small sets as :func:`similarity`.
    """
    return estimate_against(a, frozenset(a.values), b.size, b.values)


class Probe:
    """One story compared with its few candidates: what :func:`estimate_against` and
    :func:`similarity` would decide, without making an :class:`Estimate` or a set per
    candidate. An import asks it for each of the 4-5 candidates of every story it reads."""

    __slots__ = ("complete", "last", "members", "shingles", "size", "values")

    def __init__(self, mine: frozenset[int], sketch: Sketch) -> None:
        self.shingles = mine
        self.size = sketch.size
        self.values = sketch.values
        self.members = frozenset(sketch.values)
        self.complete = sketch.complete
        self.last = sketch.values[-1] if sketch.values else 0

    def may_be_duplicate(self, size: int, values: Sequence[int]) -> bool:
        """``estimate_against(sketch, members, size, values).may_be_duplicate``, the same
        arithmetic in the same order (so the same answer, to the last bit)."""
        a_size = self.size
        if not a_size or not size:
            return False
        a_complete = self.complete
        b_complete = len(values) >= size
        if a_complete and b_complete:
            return similarity(self.members, frozenset(values)).is_duplicate
        if min(a_size, size) < MIN_SHINGLES:
            return False
        if a_complete:
            limit = values[-1]
            mine = bisect_right(self.values, limit)
            theirs = values
        elif b_complete:
            limit = self.last
            mine = len(self.values)
            theirs = values[: bisect_right(values, limit)]
        else:
            limit = min(self.last, values[-1])
            mine = bisect_right(self.values, limit)
            theirs = values[: bisect_right(values, limit)]
        shared = len(self.members.intersection(theirs))
        taken = len(theirs)
        union = mine + taken - shared
        jaccard = shared / union if union else 0.0
        if jaccard + _margin(jaccard, union) >= JACCARD_THRESHOLD:
            return True
        if a_size <= size:
            smaller, small_size, small_complete = mine, a_size, a_complete
        else:
            smaller, small_size, small_complete = taken, size, b_complete
        containment = shared / smaller if smaller else 0.0
        if small_complete:
            unknown = small_size - smaller
            low, high = shared / small_size, (shared + unknown) / small_size
            margin = max(containment - low, high - containment)
        else:
            margin = _margin(containment, smaller)
        return containment + margin >= CONTAINMENT_THRESHOLD

    def similarity_to_stored(self, size: int, data: bytes) -> Similarity | None:
        """``similarity(shingles, stored_set(size, data))`` without making the stored set
        (None when only the sketch was stored)."""
        if len(data) != size * 8:
            return None
        mine = self.shingles
        if not mine or not size or min(len(mine), size) < MIN_SHINGLES:
            return similarity(mine, frozenset(_unpack(data)))
        shared = len(mine.intersection(_unpack(data)))
        return Similarity(shared / (len(mine) + size - shared), shared / min(len(mine), size))


def head_values(data: bytes) -> Sequence[int]:
    """The sketch's values from stored bytes (what :meth:`Sketch.from_bytes` holds), without
    making a tuple of them: for :func:`estimate_against`."""
    return _unpack(data[: SKETCH_K * 8])


def estimate_against(
    a: Sketch, members: frozenset[int], size: int, values: Sequence[int]
) -> Estimate:
    """:func:`estimate` of ``a`` against the sketch of ``size`` shingles whose values are
    ``values``; ``members`` is ``frozenset(a.values)``, made once when one story is compared
    with several (an import compares each story with 4-5 candidates)."""
    a_complete = a.complete
    b_complete = len(values) >= size
    if not a.size or not size:
        return Estimate(0.0, 0.0, 0.0, 0.0, True)
    if a_complete and b_complete:
        exact = similarity(members, frozenset(values))
        return Estimate(exact.jaccard, exact.containment, 0.0, 0.0, True)
    if min(a.size, size) < MIN_SHINGLES:
        return Estimate(0.0, 0.0, 0.0, 0.0, True)  # only equal sets count; these differ
    limit = min(
        a.values[-1] if not a_complete else math.inf,
        values[-1] if not b_complete else math.inf,
    )
    # The values are ascending and distinct: those up to the limit are a prefix of each. A
    # value of the other prefix found among all of ``a``'s is in ``a``'s prefix.
    mine = bisect_right(a.values, limit) if limit < math.inf else len(a.values)
    theirs = values[: bisect_right(values, limit)] if limit < math.inf else values
    shared = len(members.intersection(theirs))
    union = mine + len(theirs) - shared
    smaller = mine if a.size <= size else len(theirs)
    jaccard = shared / union if union else 0.0
    containment = shared / smaller if smaller else 0.0
    containment_margin = _margin(containment, smaller)
    small_size, small_complete = (a.size, a_complete) if a.size <= size else (size, b_complete)
    if small_complete:
        # Every shingle of the smaller story is known; those above the limit may or may not
        # be in the other story. That bounds the containment for certain, which matters
        # most for a short story whose sample is a handful of shingles.
        unknown = small_size - smaller
        low, high = shared / small_size, (shared + unknown) / small_size
        containment_margin = max(containment - low, high - containment)
    return Estimate(
        jaccard,
        containment,
        _margin(jaccard, union),
        containment_margin,
        False,
    )


class ShingleIndex:
    """Story id → nothing but its sketch entries, for finding near-duplicate candidates."""

    def __init__(self) -> None:
        self._buckets: dict[int, int | list[int]] = {}
        self._full: set[int] = set()
        self.size = 0

    def add(self, story_id: int, shingle_set: frozenset[int]) -> None:
        self.add_values(story_id, sketch(shingle_set))

    def add_values(self, story_id: int, values: Sequence[int]) -> None:
        """Index a story by its ``SKETCH_SIZE`` smallest hashes (a stored sketch's first)."""
        self.size += 1
        for value in values[:SKETCH_SIZE]:
            if value in self._full:
                continue
            current = self._buckets.get(value)
            if current is None:
                self._buckets[value] = story_id  # most buckets hold one story: no list
            elif isinstance(current, int):
                if current != story_id:
                    self._buckets[value] = [current, story_id]
            elif story_id not in current:
                current.append(story_id)
                if len(current) > MAX_BUCKET:
                    del self._buckets[value]
                    self._full.add(value)

    def remove(self, story_id: int, shingle_set: frozenset[int]) -> None:
        """Take a story out again (a provisional key replaced by the story's real id)."""
        self.remove_values(story_id, sketch(shingle_set))

    def remove_values(self, story_id: int, values: Sequence[int]) -> None:
        """:meth:`remove` by the story's smallest hashes (its sketch's first)."""
        self.size -= 1
        for value in values[:SKETCH_SIZE]:
            current = self._buckets.get(value)
            if current == story_id:
                del self._buckets[value]
            elif isinstance(current, list) and story_id in current:
                current.remove(story_id)
                if len(current) == 1:
                    self._buckets[value] = current[0]

    def relabel(self, old: int, new: int, values: Sequence[int]) -> None:
        """Index under ``new`` what was indexed under ``old`` (a provisional key replaced by
        the story's id): what ``remove_values(old, …)`` then ``add_values(new, …)`` leave,
        for a story added after every other in its buckets, with half the work."""
        buckets = self._buckets
        for value in values[:SKETCH_SIZE]:
            current = buckets.get(value)
            if current == old:
                buckets[value] = new
            elif type(current) is list and old in current:
                current[current.index(old)] = new

    def candidates(self, shingle_set: frozenset[int], limit: int = 5) -> list[int]:
        """Stories sharing sketch entries with ``shingle_set``, most shared first."""
        return self.candidates_of(sketch(shingle_set), limit)

    def candidates_of(self, values: Sequence[int], limit: int = 5) -> list[int]:
        """:meth:`candidates` by the smallest hashes of the set (its sketch's first)."""
        # A plain dict and one stable sort: the order ``Counter.most_common`` gives (most
        # shared first, ties in the order first met), without ``Counter``'s Python-level
        # ``__missing__`` for each new story and its heap.
        counts: dict[int, int] = {}
        get = counts.get
        buckets = self._buckets
        for value in values[:SKETCH_SIZE]:
            current = buckets.get(value)
            if current is None:
                continue
            if type(current) is int:
                counts[current] = get(current, 0) + 1
            else:
                for story_id in current:  # type: ignore[union-attr]
                    counts[story_id] = get(story_id, 0) + 1
        if len(counts) <= 1:
            return list(counts)[:limit]
        return sorted(counts, key=counts.__getitem__, reverse=True)[:limit]
