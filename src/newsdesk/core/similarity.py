"""Related-story scoring: the terms a story is compared on, BM25 weights and the explained score.

Pure Python so the formulas can be unit-tested and tuned without a database; the storage layer
keeps the per-story term counts and the corpus statistics (``storage/terms.py``) and the related
service combines the parts (``services/related.py``).

Terms are :func:`core.text.query_terms` of the headline, dek and body: normalised light stems,
so "العاصمة", "والعاصمة" and "بالعاصمه" are one term. One-letter stems and bare numbers are left
out: they are in nearly every story or say nothing about its subject. Headline (and dek) terms
are counted apart from body terms because a word in the headline says more about what the story
is about; the boost is applied when scoring, so it can be tuned without reindexing.
"""

from __future__ import annotations

import math
from array import array
from collections import Counter
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from itertools import repeat
from typing import Any, Final

from newsdesk.core import text

#: Longest term stored (the column is 64 characters); longer runs are cut, not dropped.
MAX_TERM_CHARS: Final = 64


@dataclass(frozen=True, slots=True)
class TermCounts:
    """How often each term occurs in the title part and in the body of one story.

    The counts are not changed after construction: the set of terms and the length are made
    once with them (an import makes them in its worker process) and read several times by the
    writes.
    """

    title: Counter[str]
    body: Counter[str]
    _terms: frozenset[str] = field(init=False, compare=False, repr=False)
    _length: int = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_terms", frozenset(self.title.keys() | self.body.keys()))
        object.__setattr__(self, "_length", sum(self.title.values()) + sum(self.body.values()))

    @property
    def length(self) -> int:
        """Terms in the whole story (title and body), the BM25 document length."""
        return self._length

    def terms(self) -> frozenset[str]:
        return self._terms


@dataclass(frozen=True, slots=True)
class PackedCounts:
    """:class:`TermCounts` as the term index holds them: the terms ascending, their title and
    body counts in arrays at the same places, and the document length.

    Made in an import's worker process: it crosses to the writing process as a tuple of
    strings and two byte buffers, where two counters and a set cost about twice as much to
    unpickle, and the writer no longer sorts and looks up each term's counts."""

    terms: tuple[str, ...]
    title: array[int]
    body: array[int]
    length: int

    @classmethod
    def of(cls, counts: TermCounts) -> PackedCounts:
        terms = tuple(sorted(counts.terms()))
        return cls(
            terms,
            array("i", map(counts.title.get, terms, repeat(0))),
            array("i", map(counts.body.get, terms, repeat(0))),
            counts.length,
        )

    def __reduce__(self) -> tuple[Any, ...]:
        # As a plain tuple (see ``search_query.IndexedText.__reduce__``).
        return (PackedCounts, (self.terms, self.title, self.body, self.length))


def scoring_terms(stems: Iterable[str]) -> list[str]:
    """The scoring terms among light stems: two letters or more, no bare numbers."""
    return [term[:MAX_TERM_CHARS] for term in stems if len(term) >= 2 and not term.isdigit()]


def terms_of(fragment: str) -> list[str]:
    """The scoring terms of ``fragment``: light stems of two letters or more, no bare numbers."""
    return scoring_terms(text.query_terms(fragment))


def count_terms(headline: str, dek: str, body: str) -> TermCounts:
    return TermCounts(
        title=Counter(terms_of(f"{headline}\n{dek}")),
        body=Counter(terms_of(body)),
    )


def count_stems(title: Iterable[str], body: Iterable[str]) -> TermCounts:
    """:func:`count_terms` of text already stemmed with :func:`core.text.query_terms`
    (``title``: the stems of the headline, then of the dek), for a caller that has them."""
    return TermCounts(title=Counter(scoring_terms(title)), body=Counter(scoring_terms(body)))


@dataclass(frozen=True, slots=True)
class Tuning:
    """The knobs of the suggestion score, measured on the shared corpus (benchmarks/related).

    ``query_terms``: how many of a story's most distinctive terms are looked up (more costs
    time: each term is one posting list). ``k1`` and ``b`` are BM25's saturation and length
    normalisation. The ``*_weight`` values are what each part can add to the total at most.
    """

    query_terms: int = 50
    #: Terms in more than this share of the stories are not looked up: their posting lists
    #: are most of the cost of a call at 100,000 stories and they add little (measured: 0.697
    #: with every term, 0.682 without them, on the shared corpus).
    max_df_share: float = 0.1
    #: At most this many postings (summed document frequencies) are read per call: the
    #: heaviest terms that fit are kept, so a call costs about the same at any newsroom size.
    posting_budget: int = 8_000
    title_boost: float = 1.0
    k1: float = 1.2
    b: float = 0.75
    text_weight: float = 1.0
    tag_weight: float = 0.45
    section_weight: float = 0.1
    recency_weight: float = 0.02
    #: Days after which the recency part has fallen to a half.
    recency_half_life_days: float = 30.0
    #: Candidates scored in full after the text pass (the rest cannot win).
    pool: int = 150


DEFAULT_TUNING: Final = Tuning()
#: Below this many stories every term is looked up (a small newsroom has no cost to save).
MIN_DOCUMENTS_FOR_CEILING: Final = 200


def idf(df: int, documents: int) -> float:
    """BM25's inverse document frequency, never negative (Lucene's "+1" form)."""
    return math.log(1.0 + (documents - df + 0.5) / (df + 0.5))


def bm25_tf(
    tf: float, doc_length: int, avg_length: float, tuning: Tuning = DEFAULT_TUNING
) -> float:
    """The saturated, length-normalised term frequency of BM25."""
    if tf <= 0:
        return 0.0
    norm = 1.0 - tuning.b + tuning.b * doc_length / max(avg_length, 1.0)
    return tf * (tuning.k1 + 1.0) / (tf + tuning.k1 * norm)


def weighted_tf(title_tf: int, body_tf: int, tuning: Tuning = DEFAULT_TUNING) -> float:
    return title_tf * tuning.title_boost + body_tf


def query_weights(
    counts: TermCounts,
    dfs: dict[str, int],
    documents: int,
    avg_length: float,
    tuning: Tuning = DEFAULT_TUNING,
    *,
    leave_out: AbstractSet[str] = frozenset(),
) -> tuple[dict[str, float], float]:
    """The story's top terms with their query weight (idf × its own BM25 tf), and the self score.

    The self score is what the story would score against itself; dividing a candidate's text
    score by it gives a number near 0..1 that can be added to the tag, section and recency parts.
    Terms in ``leave_out`` (stop terms, whose postings are not all stored) are never chosen;
    they still count in the story's length.
    """
    length = counts.length
    documents = max(documents, 1)
    weights: dict[str, float] = {}
    self_tf: dict[str, float] = {}
    ceiling = tuning.max_df_share * documents if documents >= MIN_DOCUMENTS_FOR_CEILING else None
    for term in counts.terms():
        if term in leave_out or (ceiling is not None and dfs.get(term, 0) > ceiling):
            continue
        tf = bm25_tf(
            weighted_tf(counts.title[term], counts.body[term], tuning), length, avg_length, tuning
        )
        # A term the statistics do not know yet (the story is new) is as rare as can be.
        weight = idf(min(dfs.get(term, 1), documents), documents)
        weights[term] = weight * tf
        self_tf[term] = tf
    chosen: dict[str, float] = {}
    postings = 0
    for term, weight in sorted(weights.items(), key=lambda item: (-item[1], item[0])):
        if len(chosen) >= tuning.query_terms:
            break
        df = dfs.get(term, 1)
        if postings + df > tuning.posting_budget:
            continue
        chosen[term] = weight
        postings += df
    self_score = sum(w * self_tf[t] for t, w in chosen.items())
    return chosen, self_score


@dataclass(frozen=True, slots=True)
class ScoreParts:
    """Why a story was suggested: the evidence and what each piece added to ``total``.

    ``text + tags + section + recency == total`` (rounding aside), so a desk editor can see
    which part carried a suggestion.
    """

    shared_tags: int
    shared_terms: int
    same_section: bool
    days_apart: int
    text: float
    tags: float
    section: float
    recency: float

    @property
    def total(self) -> float:
        return self.text + self.tags + self.section + self.recency

    def sentence(self) -> str:
        """The explanation in English, e.g. "3 shared tags, 5 shared terms, same section, 2 days
        apart" (the GUI builds its own translated sentence from the same fields)."""
        parts: list[str] = []
        if self.shared_tags:
            parts.append(_plural(self.shared_tags, "shared tag"))
        if self.shared_terms:
            parts.append(_plural(self.shared_terms, "shared term"))
        if self.same_section:
            parts.append("same section")
        if self.days_apart == 0:
            parts.append("same day")
        else:
            parts.append(_plural(self.days_apart, "day") + " apart")
        return ", ".join(parts)


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def score_parts(
    *,
    text_score: float,
    self_score: float,
    shared_terms: int,
    shared_tags: int,
    story_tags: int,
    same_section: bool,
    days_apart: float,
    tuning: Tuning = DEFAULT_TUNING,
) -> ScoreParts:
    """Combine the evidence for one candidate into an explained score."""
    text_part = tuning.text_weight * min(text_score / self_score, 1.0) if self_score > 0 else 0.0
    tag_part = tuning.tag_weight * shared_tags / min(max(story_tags, 1), 3) if shared_tags else 0.0
    tag_part = min(tag_part, tuning.tag_weight)
    days = abs(days_apart)
    recency = tuning.recency_weight * 0.5 ** (days / tuning.recency_half_life_days)
    return ScoreParts(
        shared_tags=shared_tags,
        shared_terms=shared_terms,
        same_section=same_section,
        days_apart=int(days),
        text=text_part,
        tags=tag_part,
        section=tuning.section_weight if same_section else 0.0,
        recency=recency,
    )
