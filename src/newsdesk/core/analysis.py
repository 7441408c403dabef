"""What saving a story derives from its text, from one tokenisation of each field.

A new story needs its 5-word shingles and sketch (near-duplicates, ``core.shingles``), the light
stems of its headline, dek and body (the search index) and their counts (related-story terms,
``core.similarity``), its word count, and its body rendered for the export (``core.markup``,
kept in the render cache so that an export renders no Markdown). Each of the text forms used to
split and normalise the text again; :func:`analyse` does it once per field and derives the rest
from the tokens. It is pure and picklable, so an import can run it in a worker process while
the database is written.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsdesk.core import text
from newsdesk.core.markup import body_hash, page_html
from newsdesk.core.shingles import Sketch, pack, shingles_of_tokens
from newsdesk.core.similarity import TermCounts, count_stems
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
    #: ``text.query_terms`` of the headline, the dek and the body.
    headline_stems: list[str]
    dek_stems: list[str]
    body_stems: list[str]
    #: ``similarity.count_terms(headline, dek, body)``.
    counts: TermCounts
    #: ``summary.body_word_count(body)``: the words the editor counts.
    word_count: int
    #: ``markup.body_hash(body)``: the render cache's key for ``html`` and ``summary``.
    body_hash: str
    #: ``markup.page_html(body)`` and ``summary.plain_summary(body)``.
    html: str
    summary: str


def analyse(headline: str, dek: str, body: str) -> TextAnalysis:
    """Tokenise each field once and derive shingles, sketch, stems, term counts and words."""
    headline_tokens = text.tokens(headline)
    body_tokens = text.tokens(body)
    shingle_set = shingles_of_tokens(headline_tokens + body_tokens)
    ordered = sorted(shingle_set)
    headline_stems = text.stems_of(headline_tokens)
    dek_stems = text.query_terms(dek)
    body_stems = text.stems_of(body_tokens)
    return TextAnalysis(
        shingles=shingle_set,
        sketch=Sketch.of_sorted(ordered),
        stored=pack(ordered),
        headline_stems=headline_stems,
        dek_stems=dek_stems,
        body_stems=body_stems,
        counts=count_stems(headline_stems + dek_stems, body_stems),
        word_count=body_word_count(body),
        body_hash=body_hash(body),
        html=page_html(body),
        summary=plain_summary(body),
    )
