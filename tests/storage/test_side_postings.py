"""The worker's scratch file of term postings (``terms.SidePostings.store``): every posting of
every story, under its key, whatever the number of rows a statement writes."""

from __future__ import annotations

import sqlite3
from array import array
from collections import Counter
from pathlib import Path

from newsdesk.core.similarity import PackedCounts, TermCounts
from newsdesk.storage import terms


def _story(n_terms: int, salt: int) -> PackedCounts:
    title = Counter({f"ع{salt}ن{i}": 1 + i % 2 for i in range(0, n_terms, 3)})
    body = Counter({f"ع{salt}ن{i}": 1 + i % 5 for i in range(n_terms) if i % 3})
    body["مشترك"] = 2
    return PackedCounts.of(TermCounts(title=title, body=body))


def _expected(first: int, stories: list[PackedCounts], stop: frozenset[str]) -> list[tuple]:
    rows = []
    for key, story in enumerate(stories, first):
        kept = [
            (term, title, body)
            for term, title, body in zip(story.terms, story.title, story.body, strict=True)
            if title > 0 or term not in stop
        ]
        rows += [
            (key << terms.SidePostings.KEY_SHIFT | n, term, title, body, story.length)
            for n, (term, title, body) in enumerate(kept)
        ]
    return rows


def _stored(path: Path) -> list[tuple]:
    with sqlite3.connect(path) as connection:
        return connection.execute(
            "SELECT rowid, term, title_tf, body_tf, doc_length FROM postings ORDER BY rowid"
        ).fetchall()


def test_every_posting_is_stored_under_its_story_key(tmp_path: Path) -> None:
    side = terms.SidePostings.create(tmp_path / "postings.db")
    # Row counts around and past one statement's rows, and a story with no terms.
    first = [_story(n, salt) for salt, n in enumerate((0, 1, 149, 150, 151, 299, 300, 301, 7))]
    second = [_story(n, salt) for salt, n in enumerate((40, 460), start=20)]
    stop = frozenset({"مشترك", second[1].terms[0], second[1].terms[1]})
    assert side.store(3, first)
    assert side.store(3 + len(first), second, stop)
    assert _stored(side.path) == _expected(3, first, frozenset()) + _expected(
        3 + len(first), second, stop
    )
    assert side.stored_terms(4) == (set(first[1].terms), first[1].length)


def test_a_story_with_more_terms_than_a_key_holds_stores_nothing(tmp_path: Path) -> None:
    side = terms.SidePostings.create(tmp_path / "postings.db")
    huge = PackedCounts(("ن",) * (1 << terms.SidePostings.KEY_SHIFT), array("i"), array("i"), 0)
    assert not side.store(0, [_story(10, 0), huge])
    assert _stored(side.path) == []
