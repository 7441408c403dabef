"""Near-duplicate detection: word shingles of Arabic-normalised text, and a small index.

Two copies of one wire story differ in punctuation, hamza, tashkeel, a changed headline or a
paragraph added at the end; an exact comparison misses them. Both texts become the set of their
5-word shingles (consecutive ``core.text.tokens``, so every spelling variant the normalisation
folds is one shingle), kept as hashed ints, and are compared by

- Jaccard: shared shingles over all shingles — two versions of one story;
- containment: shared shingles over the smaller set — a short version inside a longer one.

The index keeps only a *bottom-k sketch* per story (the ``SKETCH_SIZE`` smallest shingle
hashes): two sets with Jaccard J share about J of their sketch, so a story similar enough to
matter shares at least one entry with high probability, while the memory is a dozen ints a
story whatever its length. Candidates are then compared exactly. Shingles shared by very many
stories (a site's footer, a standard dateline) stop being indexed, so boilerplate does not make
every story a candidate of every other.

Hashes use Python's ``hash`` of the token tuple: fast and well mixed, but salted per process, so
sketches live in memory for one import run and are never stored.
"""

from __future__ import annotations

import heapq
from collections import Counter
from dataclasses import dataclass
from typing import Final

from newsdesk.core import text

SHINGLE_WORDS: Final = 5
SKETCH_SIZE: Final = 12
#: A sketch entry shared by more stories than this is boilerplate and no longer indexed.
MAX_BUCKET: Final = 40
#: Thresholds: either similarity at or above its threshold makes a near-duplicate.
JACCARD_THRESHOLD: Final = 0.6
CONTAINMENT_THRESHOLD: Final = 0.8
#: Sets smaller than this are only duplicates when identical (three words in common mean
#: nothing).
MIN_SHINGLES: Final = 3


def shingles(*parts: str) -> frozenset[int]:
    """The hashed 5-word shingles of the normalised tokens of ``parts`` (headline, body…).

    A text shorter than five words is one shingle of all its words.
    """
    words = [w for part in parts for w in text.tokens(part)]
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
    """The bottom-k sketch: the ``SKETCH_SIZE`` smallest hashes."""
    return heapq.nsmallest(SKETCH_SIZE, shingle_set)


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
    return Similarity(shared / len(a | b), shared / min(len(a), len(b)))


class ShingleIndex:
    """Story id → nothing but its sketch entries, for finding near-duplicate candidates."""

    def __init__(self) -> None:
        self._buckets: dict[int, int | list[int]] = {}
        self._full: set[int] = set()
        self.size = 0

    def add(self, story_id: int, shingle_set: frozenset[int]) -> None:
        self.size += 1
        for value in sketch(shingle_set):
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
        self.size -= 1
        for value in sketch(shingle_set):
            current = self._buckets.get(value)
            if current == story_id:
                del self._buckets[value]
            elif isinstance(current, list) and story_id in current:
                current.remove(story_id)
                if len(current) == 1:
                    self._buckets[value] = current[0]

    def candidates(self, shingle_set: frozenset[int], limit: int = 5) -> list[int]:
        """Stories sharing sketch entries with ``shingle_set``, most shared first."""
        counts: Counter[int] = Counter()
        for value in sketch(shingle_set):
            current = self._buckets.get(value)
            if current is None:
                continue
            if isinstance(current, int):
                counts[current] += 1
            else:
                counts.update(current)
        return [story_id for story_id, _ in counts.most_common(limit)]
