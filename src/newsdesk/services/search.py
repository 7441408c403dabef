"""Searching the stories: ranked hits with a highlighted snippet from the text as written.

The query language is :mod:`newsdesk.core.search_query`; the index and its ranking are
:mod:`newsdesk.storage.search`. This service combines a query with the list filters, and turns
the hits into what the CLI and the GUI show: id, headline, score and a snippet.

Snippets come from the ORIGINAL text (tashkeel, hamza and all), never from the normalised index:
the dek and the body are cut into sentences, the sentence that holds the most query words is
chosen, and every word whose stem is a query stem (or starts with a query prefix) is wrapped
in :data:`MARK_OPEN` / :data:`MARK_CLOSE`: ``**`` as in Markdown, which a terminal shows as is
and a GUI turns into bold (see :func:`snippet_parts`).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import chain
from typing import Final

from newsdesk.core import text
from newsdesk.core.markup import unescape_text
from newsdesk.core.search_query import ParsedQuery, QueryError, parse_query
from newsdesk.services.dto import StoryFilter
from newsdesk.services.errors import ValidationError
from newsdesk.services.stories import story_filter_clauses
from newsdesk.storage import search as search_index
from newsdesk.storage.db import Database

__all__ = [
    "MARK_CLOSE",
    "MARK_OPEN",
    "SearchHit",
    "SearchResults",
    "SearchService",
    "make_snippet",
    "snippet_parts",
]

MARK_OPEN: Final = "**"
MARK_CLOSE: Final = "**"
#: Longest snippet, in characters, before the cut marks.
SNIPPET_CHARS: Final = 220
MAX_LIMIT: Final = 1000


@dataclass(frozen=True, slots=True)
class SearchHit:
    id: int
    headline: str
    #: Higher is better; comparable within one result list only (bm25 on SQLite, ts_rank on
    #: PostgreSQL).
    score: float
    #: Original text with the matched words between ``MARK_OPEN`` and ``MARK_CLOSE``.
    snippet: str


@dataclass(frozen=True, slots=True)
class SearchResults:
    hits: tuple[SearchHit, ...]
    #: How many stories match in all (not only this page); with ``total_exact`` False, more
    #: than this many match (a filtered search stops counting past
    #: ``storage.search.COUNT_LIMIT``).
    total: int
    total_exact: bool = True

    def total_text(self) -> str:
        """The total as a person reads it: "37", or "1000+" when it is a lower bound."""
        return str(self.total) if self.total_exact else f"{self.total}+"


class SearchService:
    """Full-text search over the stories, combined with the list filters."""

    def __init__(self, database: Database, *, stem: Callable[[str], str] | None = None) -> None:
        """``stem`` replaces the light stemmer, for index and queries alike (to measure one)."""
        self.db = database
        self.stem = stem

    def parse(self, query: str) -> ParsedQuery:
        """The parsed query, or ``ValidationError`` saying why it cannot be searched."""
        try:
            if self.stem is None:
                return parse_query(query)
            return parse_query(query, stem=self.stem)
        except QueryError as exc:
            raise ValidationError(exc.template, code=exc.code, **exc.params) from None

    def search(
        self,
        query: str,
        story_filter: StoryFilter | None = None,
        *,
        limit: int = 50,
        offset: int = 0,
    ) -> SearchResults:
        """One page of hits, best first, with snippets; and how many stories match in all."""
        if not 1 <= limit <= MAX_LIMIT:
            raise ValidationError(
                "limit must be 1 to {most}, not {limit}",
                code="search.bad_limit",
                most=MAX_LIMIT,
                limit=limit,
            )
        if offset < 0:
            raise ValidationError("offset must not be negative", code="search.negative_offset")
        parsed = self.parse(query)
        clauses = story_filter_clauses(story_filter or StoryFilter(), self.db.dialect)
        with self.db.read() as session:
            matches = search_index.search(
                session,
                parsed,
                clauses,
                offset=offset,
                limit=limit,
                only_untrashed=story_filter in (None, StoryFilter()),
            )
            texts = search_index.headlines_and_text(session, [r.id for r in matches.rows])
        hits = []
        for row in matches.rows:
            if row.id not in texts:  # deleted between the two reads
                continue
            headline, dek, body = texts[row.id]
            hits.append(SearchHit(row.id, headline, row.score, make_snippet(parsed, dek, body)))
        return SearchResults(tuple(hits), matches.total, matches.exact)

    def ids(self, query: str, story_filter: StoryFilter | None = None) -> list[int]:
        """Every matching id, best first: what a list view holds while a search is on."""
        parsed = self.parse(query)
        clauses = story_filter_clauses(story_filter or StoryFilter(), self.db.dialect)
        with self.db.read() as session:
            matches = search_index.search(
                session,
                parsed,
                clauses,
                limit=None,
                count=False,
                only_untrashed=story_filter in (None, StoryFilter()),
            )
        return [r.id for r in matches.rows]

    def reindex(self) -> int:
        """Rebuild the whole index from the stories; return how many were indexed."""
        with self.db.write() as session:
            return search_index.rebuild(session, stem=self.stem)


# -- snippets --------------------------------------------------------------------------------

_IMAGE: Final = re.compile(r"(?<!\\)!\[((?:\\.|[^\]\\])*)\]\([^)]*\)")  # keep the alt text
_LINK: Final = re.compile(r"(?<!\\)\[((?:\\.|[^\]\\])*)\]\([^)]*\)")  # keep the text
_ATTR_LIST: Final = re.compile(r"(?<!\\)\{:[^}]*\}")
#: Heading, quote and list marks at the start of a line (always one line: no MULTILINE, so
#: the regex is tried at the start only, not at every position).
_LINE_MARK: Final = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-+*]\s+|\d+\.\s+)")
_UNESCAPED_MARK: Final = re.compile(r"(?<!\\)[`*]")
_SENTENCE_END: Final = re.compile(r"(?<=[.!?؟…])\s+")
_CHUNK: Final = re.compile(r"\S+")


def _plain(line: str) -> str:
    """One line of Markdown as plain text. Each regex runs only when its first character is
    there to match (a search for one character is far cheaper than a regex scan)."""
    if "[" in line:
        line = _LINK.sub(r"\1", _IMAGE.sub(r"\1", line))
    if "{:" in line:
        line = _ATTR_LIST.sub("", line)
    line = _LINE_MARK.sub("", line)
    if "\\" not in line and "&" not in line:
        return line.replace("`", "").replace("*", "")
    # Escaped marks and entities ("\\*", "&lt;", as importers write plain text) are text.
    return unescape_text(_UNESCAPED_MARK.sub("", line))


def _is_word_char(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LMN"


@dataclass(frozen=True, slots=True)
class _Marks:
    """What a query marks in a snippet: worked out once per search, not once per hit."""

    stems: frozenset[str]
    prefixes: tuple[str, ...]
    #: One regex for "this normalised text may hold a match": a stem or a prefix is a
    #: substring of every word it matches, so text without one of them is skipped untokenised.
    needles: re.Pattern[str]
    #: How many different terms a sentence can show at most.
    wanted: int

    def most_keys(self, folded: str) -> int:
        """At most how many different terms normalised text can show: every matching word
        holds its stem, or its query prefix, as a substring; a prefix matches words of
        several stems, at most one for each time it occurs."""
        return sum(1 for stem in self.stems if stem in folded) + sum(
            folded.count(prefix) for prefix in self.prefixes
        )

    def may_match(self, folded: str) -> bool:
        """Whether normalised text holds a needle at all."""
        return self.needles.search(folded) is not None


@functools.lru_cache(maxsize=64)
def _marks(query: ParsedQuery) -> _Marks:
    stems = query.highlight_stems()
    prefixes = query.highlight_prefixes()
    parts = sorted({*stems, *prefixes}, key=len, reverse=True)
    needles = re.compile("|".join(re.escape(p) for p in parts))
    return _Marks(stems, prefixes, needles, len(stems) + len(prefixes))


def _word_at(folded: str, position: int) -> int:
    """Which word of ``folded.split()`` the character at ``position`` belongs to."""
    before = len(folded[:position].split())
    return before if position == 0 or folded[position - 1].isspace() else before - 1


def _matches(sentence: str, folded: str, marks: _Marks) -> list[tuple[int, int, str]]:
    """(start, end, key) of each word of ``sentence`` that a query term matches; ``folded`` is
    the sentence normalised."""
    normalised = folded.split()
    if len(normalised) == len(sentence.split()):
        # The words holding a needle, from the needles found in the whole sentence (one regex
        # scan, not one search per word).
        candidates = sorted(
            {_word_at(folded, hit.start()) for hit in marks.needles.finditer(folded)}
        )
    else:  # a ligature such as U+FDFA unfolded into words
        normalised = [text.normalize(word) for word in sentence.split()]
        candidates = [i for i, word in enumerate(normalised) if marks.needles.search(word)]
    stems, prefixes = marks.stems, marks.prefixes
    keys: dict[int, str] = {}
    key_of: dict[str, str | None] = {}  # a word found again in the sentence is not stemmed again
    for index in candidates:
        word = normalised[index]
        if word not in key_of:
            key_of[word] = next(
                (
                    stem
                    for _token, stem in text.token_stems(word)
                    if stem in stems or any(stem.startswith(p) for p in prefixes)
                ),
                None,
            )
        key = key_of[word]
        if key is not None:
            keys[index] = key
    found: list[tuple[int, int, str]] = []
    if not keys:
        return found
    last = max(keys)
    # Where those words are in the sentence as written (the same words: \S+ is what split()
    # splits on), stopping at the last one.
    for index, chunk in enumerate(_CHUNK.finditer(sentence)):
        if index in keys:
            start, end = chunk.span()
            while start < end and not _is_word_char(sentence[start]):
                start += 1
            while end > start and not _is_word_char(sentence[end - 1]):
                end -= 1
            found.append((start, end, keys[index]))
        if index == last:
            break
    return found


def _window(sentence: str, first: int) -> tuple[int, int]:
    """Bounds of at most SNIPPET_CHARS around ``first``, cut at spaces."""
    if len(sentence) <= SNIPPET_CHARS:
        return 0, len(sentence)
    start = max(0, first - SNIPPET_CHARS // 3)
    if start:
        space = sentence.find(" ", start)
        start = space + 1 if 0 <= space < first else start
    end = min(len(sentence), start + SNIPPET_CHARS)
    if end < len(sentence):
        space = sentence.rfind(" ", start, end)
        end = space if space > first else end
    return start, end


def _sentences(
    part: str, worth: Callable[[str], bool], may_match: Callable[[str], bool]
) -> Iterator[tuple[str, str | None]]:
    """(sentence, its normalised form if it is ``worth`` matching, else None) of a dek or body,
    in order.

    Lazily, so a caller stops at the first sentence it wants: most stories match near the top.
    A line not worth it is neither cleaned of Markdown nor split; it comes as one raw line with
    None (its Markdown emphasis and code marks are ignored when ``worth`` looks at it). A line
    with a link or an attribute list is judged by ``may_match`` only: cleaning those can join
    the pieces of a word ("[دم](url)شق"), so the line as written may show fewer terms than its
    sentences will.
    """
    lines = part.split("\n")
    # One normalisation of the whole text rather than one per line (the per-call cost was
    # most of it); normalising never adds nor removes a line break, so the lines pair up.
    folded_lines = text.normalize(part.replace("*", "").replace("`", "")).split("\n")
    if len(folded_lines) != len(lines):  # cannot happen; stay correct if it ever does
        folded_lines = [text.normalize(line.replace("*", "").replace("`", "")) for line in lines]
    for line, folded_line in zip(lines, folded_lines, strict=True):
        if not line.strip():
            continue
        joins = "[" in line or "{:" in line
        if not (may_match(folded_line) if joins else worth(folded_line)):
            yield line, None
            continue
        for sentence in _SENTENCE_END.split(_plain(line)):
            sentence = sentence.strip()
            if sentence:
                folded = text.normalize(sentence)
                yield sentence, folded if worth(folded) else None


def _opening(sentences: Iterable[tuple[str, str | None]]) -> str:
    """The first sentence of the dek or body, cleaned of Markdown."""
    for sentence, folded in sentences:
        shown = _plain(sentence) if folded is None else sentence
        opening = _SENTENCE_END.split(shown.strip(), maxsplit=1)[0].strip()
        if opening:
            return opening
    return ""


def _all_sentences(
    dek: str, body: str, worth: Callable[[str], bool], may_match: Callable[[str], bool]
) -> Iterator[tuple[str, str | None]]:
    return chain(_sentences(dek, worth, may_match), _sentences(body, worth, may_match))


def make_snippet(query: ParsedQuery, dek: str, body: str) -> str:
    """The dek or body sentence that best shows why the story matched, words marked."""
    marks = _marks(query)
    best: tuple[str, list[tuple[int, int, str]]] | None = None
    best_keys = 0

    def may_beat_best(folded: str) -> bool:
        # Text holding no more different terms than the best sentence so far cannot beat it:
        # with two or three words, most lines hold one of them and are skipped unsplit.
        return marks.most_keys(folded) > best_keys

    seen = []
    for sentence, folded in _all_sentences(dek, body, may_beat_best, marks.may_match):
        seen.append((sentence, folded))
        if folded is None:
            continue
        found = _matches(sentence, folded, marks)
        keys = len({key for *_, key in found})
        if keys > best_keys:
            best, best_keys = (sentence, found), keys
            if keys >= marks.wanted:
                break
    if best is None:
        # Matched in the headline or the tags only: show the opening instead. No sentence
        # had a term, so every one was looked at as if the best had no terms: as by needle.
        opening = _opening(seen)
        start, end = _window(opening, 0)
        return _cut(opening, start, end, "")
    sentence, found = best
    start, end = _window(sentence, found[0][0])
    marked = []
    position = start
    for hit_start, hit_end, _key in found:
        if hit_start < start or hit_end > end:
            continue
        marked.append(sentence[position:hit_start])
        marked.append(MARK_OPEN + sentence[hit_start:hit_end] + MARK_CLOSE)
        position = hit_end
    marked.append(sentence[position:end])
    return _cut(sentence, start, end, "".join(marked))


def _cut(sentence: str, start: int, end: int, inner: str) -> str:
    inner = inner or sentence[start:end]
    return ("…" if start > 0 else "") + inner + ("…" if end < len(sentence) else "")


def snippet_parts(snippet: str) -> list[tuple[str, bool]]:
    """Split a snippet into (text, marked) pieces: for a GUI that draws marked words in bold."""
    pieces = snippet.split(MARK_OPEN)
    return [(piece, index % 2 == 1) for index, piece in enumerate(pieces) if piece]
