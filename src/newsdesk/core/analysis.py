"""What saving a story derives from its text, from one tokenisation of each field.

A new story needs its 5-word shingles and sketch (near-duplicates, ``core.shingles``), the light
stems of its headline, dek and body as the search index's columns (``search_query.IndexedText``)
and their counts, packed as the term index holds them (related-story terms,
``core.similarity.PackedCounts``), its word count, and its body rendered for the export
(``core.markup``, kept in the render cache so that an export renders no Markdown). Each of the
text forms used to split and normalise the text again; :func:`analyse` does it once per field
and derives the rest from the tokens. It is pure and picklable, so an import can run it in a
worker process while the database is written; what it returns is what the writing process
stores, in the form it stores it, so that process only inserts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsdesk.core import text
from newsdesk.core.markup import body_hash, page_html
from newsdesk.core.search_query import IndexedText
from newsdesk.core.shingles import Sketch, pack, shingles_of_tokens, stored_set
from newsdesk.core.similarity import PackedCounts, count_stems
from newsdesk.core.summary import body_word_count, plain_summary


@dataclass(frozen=True, slots=True)
class TextAnalysis:
    """The derived forms of one story's headline, dek and body."""

    #: ``shingles.shingles(headline, body)``.
    shingles: frozenset[int]
    #: ``Sketch.of(shingles)``: also gives the index entries (its first values).
    sketch: Sketch
    #: ``shingles.pack`` of every shingle, ascending: what ``story_sketches`` keeps.
    stored: bytes
    #: The search index's columns of the headline, the kicker and dek, and the body (from
    #: ``text.query_terms`` of each).
    indexed: IndexedText
    #: ``similarity.count_terms(headline, dek, body)``, packed for the term index.
    counts: PackedCounts
    #: ``summary.body_word_count(body)``: the words the editor counts.
    word_count: int
    #: ``markup.body_hash(body)``: the render cache's key for ``html`` and ``summary``.
    body_hash: str
    #: ``markup.page_html(body)`` and ``summary.plain_summary(body)``.
    html: str
    summary: str
    #: Where an import's worker stored the story's term postings (``storage.terms``'s scratch
    #: file, by this key); None: they were not stored, the writing process writes them.
    postings_key: int | None = None

    def __reduce__(self) -> tuple[Any, ...]:
        # The shingle set and the sketch cross to the writing process inside ``stored`` only:
        # about 900 more integers to pickle otherwise, most of the cost of unpickling an
        # analysis (measured: 72 of 140 us a story), where rebuilding them from the bytes
        # is a few microseconds of C.
        return (
            _with_shingles_of_stored,
            (
                self.stored,
                self.indexed,
                self.counts,
                self.word_count,
                self.body_hash,
                self.html,
                self.summary,
                self.postings_key,
            ),
        )


def _with_shingles_of_stored(stored: bytes, *rest: Any) -> TextAnalysis:
    """A pickled ``TextAnalysis`` again (see ``__reduce__``)."""
    size = len(stored) // 8
    whole = stored_set(size, stored)
    assert whole is not None  # a whole set's bytes, by construction
    return TextAnalysis(whole, Sketch.from_bytes(size, stored), stored, *rest)


def analyse(headline: str, dek: str, body: str, kicker: str = "") -> TextAnalysis:
    """Tokenise each field once and derive shingles, sketch, stems, term counts and words."""
    headline_tokens = text.tokens(headline)
    body_tokens = text.tokens(body)
    shingle_set = shingles_of_tokens(headline_tokens + body_tokens)
    ordered = sorted(shingle_set)
    headline_stems = text.stems_of(headline_tokens)
    dek_stems = text.query_terms(dek)
    body_stems = text.stems_of(body_tokens)
    kicker_stems = text.query_terms(kicker) if kicker else []
    return TextAnalysis(
        shingles=shingle_set,
        sketch=Sketch.of_sorted(ordered),
        stored=pack(ordered),
        indexed=IndexedText.of(headline_stems, kicker_stems + dek_stems, body_stems),
        counts=PackedCounts.of(count_stems(headline_stems + dek_stems, body_stems)),
        word_count=body_word_count(body, body_tokens),
        body_hash=body_hash(body),
        html=page_html(body),
        summary=plain_summary(body),
    )
