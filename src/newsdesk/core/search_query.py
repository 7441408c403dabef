"""The search box's little language, parsed into terms both index backends understand.

What a reporter types::

    العاصمة دمشق          every word must match, in any spelling (hamza, ة/ه, tashkeel, clitics)
    دمش*                  a prefix (at least two letters)
    "وزارة الصحة"         a phrase: the words next to each other, clitics still ignored
    -كلمة   -"عبارة"      leave out stories that have this word or phrase

Nothing here is an operator of the index's own syntax: FTS5 and ``tsquery`` strings are built
later, term by term, from the normalised tokens this parser yields, so no input can produce a
syntax error in the database. Unbalanced quotes close at the end of the query, a lone ``-`` or
``*`` is ignored, and words like ``OR``/``NOT`` are plain words.

Matching rules (the same on SQLite and PostgreSQL, because the index stores exactly these):
a word matches a story that holds any word with the same light stem (:func:`core.text.stem`);
a prefix (stemmed too) matches the start of any word's stem; a phrase matches the stems of
consecutive words. The parser is pure and total: it returns a :class:`ParsedQuery` or raises
:class:`QueryError` with a message for people.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Final

from newsdesk.core import text
from newsdesk.core.messages import CodedError

__all__ = [
    "MAX_CLAUSES",
    "MAX_INDEXED_WORDS",
    "MAX_POSITION",
    "MAX_TERM_CHARS",
    "MIN_PREFIX_CHARS",
    "Clause",
    "IndexedText",
    "ParsedQuery",
    "QueryError",
    "parse_query",
]

#: Longer words are not indexed (PostgreSQL refuses lexemes over 2 KB; no real word is this
#: long), so a query word that long could never match and is refused instead.
MAX_TERM_CHARS: Final = 100
#: A one-letter prefix expands to a large share of the vocabulary: slow and useless.
MIN_PREFIX_CHARS: Final = 2
#: Bounds the work one query can ask of the index.
MAX_CLAUSES: Final = 32
#: PostgreSQL's largest tsvector position.
MAX_POSITION: Final = 16383
#: Words of one story that are indexed: with the gaps between its four fields (headline, dek,
#: body, tags), positions stay below MAX_POSITION.
MAX_INDEXED_WORDS: Final = MAX_POSITION - 4


def index_fields(
    fields: Iterable[Sequence[str]], room: int = MAX_INDEXED_WORDS
) -> tuple[list[list[str]], int]:
    """The stems of each field that are indexed, and the words of the allowance left.

    Stems longer than MAX_TERM_CHARS are left out; the fields together keep at most ``room``
    stems, the first fields first (a story is cut at MAX_INDEXED_WORDS)."""
    kept = []
    for stems in fields:
        indexed = [s for s in stems if len(s) <= MAX_TERM_CHARS][:room]
        room -= len(indexed)
        kept.append(indexed)
    return kept, room


@dataclass(frozen=True, slots=True)
class IndexedText:
    """A story's headline, dek (kicker first) and body columns as the search index stores
    them: the indexed stems of each, joined by spaces (stems hold no space), and the words of
    the story's allowance left for its tags.

    Made where the text is stemmed (an import's worker process), so the writing process only
    inserts the columns."""

    headline: str
    dek: str
    body: str
    room: int

    @classmethod
    def of(cls, headline: Sequence[str], dek: Sequence[str], body: Sequence[str]) -> IndexedText:
        (first, second, third), room = index_fields((headline, dek, body))
        return cls(" ".join(first), " ".join(second), " ".join(third), room)

    def fields(self) -> list[list[str]]:
        """The stems of the three columns again."""
        return [c.split(" ") if c else [] for c in (self.headline, self.dek, self.body)]

    def __reduce__(self) -> tuple[Any, ...]:
        # As a plain tuple: the dataclass's own pickling of a slotted class looks its fields
        # up for every object (about 20 us each way, once per imported story).
        return (IndexedText, (self.headline, self.dek, self.body, self.room))


class QueryError(CodedError, ValueError):
    """The query cannot be searched; the message says why, in words for the reporter."""


@dataclass(frozen=True, slots=True)
class Clause:
    """One thing a story must (or, when ``negated``, must not) contain.

    ``kind`` is ``"word"`` (``terms`` is one stem; ``exact`` is the normalised token as typed),
    ``"prefix"`` (``terms`` is the stemmed prefix) or ``"phrase"`` (``terms`` are the stems of
    consecutive words, two or more). A prefix also matches the stems in ``also``: those of the
    words it may be the start of when its last letters begin a suffix the stemmer removes
    ("عما*" is the start of عمّان, whose stem is عم).
    """

    kind: str
    terms: tuple[str, ...]
    negated: bool = False
    exact: str = ""
    also: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    clauses: tuple[Clause, ...]

    @property
    def positive(self) -> tuple[Clause, ...]:
        return tuple(c for c in self.clauses if not c.negated)

    @property
    def negative(self) -> tuple[Clause, ...]:
        return tuple(c for c in self.clauses if c.negated)

    def highlight_stems(self) -> frozenset[str]:
        """Stems of the words and phrases to mark in a snippet (negated ones never match)."""
        return frozenset(
            term for c in self.positive if c.kind in ("word", "phrase") for term in c.terms
        ) | frozenset(term for c in self.positive for term in c.also)

    def highlight_prefixes(self) -> tuple[str, ...]:
        return tuple(c.terms[0] for c in self.positive if c.kind == "prefix")


# A phrase in straight or typographic double quotes (Arabic keyboards give “ ” and « » too),
# or a run of anything else that is not a space. An unclosed quote runs to the end.
_PIECE_RE: Final = re.compile(r'(-?)(?:["“”«»]([^"“”«»]*)["“”«»]?|([^\s"“”«»]+))')


Stemmer = Callable[[str], str]


def _check_length(tokens: list[str]) -> None:
    for token in tokens:
        if len(token) > MAX_TERM_CHARS:
            raise QueryError(
                "a word of more than {limit} characters cannot be searched",
                code="search.word_too_long",
                limit=MAX_TERM_CHARS,
            )


def _cut_suffix_stems(start: str, stem: Stemmer) -> tuple[str, ...]:
    """Stems of the words ``start`` may begin when it ends inside a suffix, and which a
    prefix search on ``start`` alone would miss: "عما" → عم (عمان), "انتخابا" → انتخاب."""
    found: list[str] = []
    for suffix in text.STEM_SUFFIXES:
        for cut in range(1, len(suffix)):
            begun = suffix[:cut]
            if start.endswith(begun) and len(start) - cut >= MIN_PREFIX_CHARS:
                word_stem = stem(start[:-cut] + suffix)
                if not word_stem.startswith(start) and word_stem not in found:
                    found.append(word_stem)
    return tuple(found)


def _clause_for_word(raw: str, negated: bool, stem: Stemmer) -> Clause | None:
    prefix = raw.endswith("*")
    tokens = text.tokens(raw)
    if not tokens:
        return None
    _check_length(tokens)
    if len(tokens) > 1:
        # "covid-19" or "3.5": the parts belong together, as a phrase (a trailing * is dropped).
        return Clause("phrase", tuple(stem(t) for t in tokens), negated)
    token = tokens[0]
    if prefix:
        if len(token) < MIN_PREFIX_CHARS:
            raise QueryError(
                "a prefix search needs at least {limit} letters before *",
                code="search.prefix_too_short",
                limit=MIN_PREFIX_CHARS,
            )
        # The index holds stems, so the prefix loses its clitics the same way ("بالعاص*" and
        # "العاص*" look for stems starting "عاص"); suffix stripping only widens it.
        start = stem(token)
        return Clause("prefix", (start,), negated, also=_cut_suffix_stems(start, stem))
    return Clause("word", (stem(token),), negated, exact=token)


def _clause_for_phrase(raw: str, negated: bool, stem: Stemmer) -> Clause | None:
    tokens = text.tokens(raw)
    if not tokens:
        return None
    _check_length(tokens)
    stems = tuple(stem(t) for t in tokens)
    if len(stems) == 1:
        return Clause("word", stems, negated, exact=tokens[0])
    return Clause("phrase", stems, negated)


def parse_query(query: str, *, stem: Stemmer = text.stem) -> ParsedQuery:
    """Parse what the reporter typed; raise :class:`QueryError` when nothing can be searched.

    ``stem`` must be the stemmer the index was built with (another one only to measure it).
    """
    if not query or not query.strip():
        raise QueryError("type a word to search for", code="search.empty")
    clauses: list[Clause] = []
    seen: set[Clause] = set()
    for match in _PIECE_RE.finditer(query):
        negated = match.group(1) == "-"
        phrase, word = match.group(2), match.group(3)
        clause = (
            _clause_for_phrase(phrase, negated, stem)
            if phrase is not None
            else _clause_for_word(word or "", negated, stem)
        )
        if clause is not None and clause not in seen:
            seen.add(clause)
            clauses.append(clause)
    if not clauses:
        raise QueryError(
            "the search has no words in it, only signs and operators", code="search.no_words"
        )
    if not any(not c.negated for c in clauses):
        raise QueryError(
            "say what to look for, not only what to leave out (-word)", code="search.only_negated"
        )
    if len(clauses) > MAX_CLAUSES:
        raise QueryError(
            "a search may have at most {limit} words and phrases",
            code="search.too_many_clauses",
            limit=MAX_CLAUSES,
        )
    return ParsedQuery(tuple(clauses))
