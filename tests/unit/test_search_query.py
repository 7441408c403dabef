"""The search query language: parsing, compiling to FTS5/tsquery, never a syntax error."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdesk.core import text
from newsdesk.core.search_query import (
    MAX_CLAUSES,
    Clause,
    QueryError,
    parse_query,
)
from newsdesk.storage.search import compile_fts5, compile_tsquery


def test_words_are_stemmed_and_keep_their_exact_form() -> None:
    query = parse_query("بالعاصمة أحمد")
    assert query.clauses == (
        Clause("word", ("عاصم",), exact="بالعاصمه"),
        Clause("word", ("احمد",), exact="احمد"),
    )


def test_tashkeel_hamza_and_digits_are_folded() -> None:
    assert parse_query("العَاصِمَةُ").clauses == parse_query("العاصمه").clauses
    assert parse_query("إعلان").clauses == parse_query("اعلان").clauses
    assert parse_query("٢٠٢٤").clauses == (Clause("word", ("2024",), exact="2024"),)


def test_prefix_phrase_and_exclusion() -> None:
    query = parse_query('دمش* "وزارة الصحة" -كلمة -"عبارة اخرى"')
    assert query.clauses == (
        Clause("prefix", ("دمش",)),
        Clause("phrase", (text.stem("وزارة"), "صح")),
        Clause("word", ("كلم",), negated=True, exact="كلمه"),
        Clause("phrase", (text.stem("عبارة"), text.stem("اخرى")), negated=True),
    )
    assert query.highlight_stems() == {text.stem("وزارة"), "صح"}
    assert query.highlight_prefixes() == ("دمش",)


def test_typographic_quotes_and_an_unclosed_quote() -> None:
    assert parse_query("«وزارة الصحة»").clauses == (Clause("phrase", (text.stem("وزارة"), "صح")),)
    assert parse_query('"وزارة الصحة').clauses == (Clause("phrase", (text.stem("وزارة"), "صح")),)


def test_a_word_with_inner_punctuation_is_a_phrase() -> None:
    assert parse_query("covid-19").clauses == (Clause("phrase", ("covid", "19")),)


def test_operators_of_the_index_are_plain_words() -> None:
    query = parse_query("OR NOT AND NEAR")
    assert [c.terms[0] for c in query.clauses] == ["or", "not", "and", "near"]
    assert compile_fts5(query) == '("or" AND "not" AND "and" AND "near")'


@pytest.mark.parametrize(
    "query, message",
    [
        ("", "type a word"),
        ("   \t", "type a word"),
        ('- * "" «» ؟!', "no words"),
        ("-كلمة", "not only what to leave out"),
        ("ا*", "at least 2 letters"),
        ("ب" * 101, "more than 100"),
        (" ".join(f"w{i}" for i in range(MAX_CLAUSES + 1)), "at most"),
    ],
)
def test_unsearchable_queries_say_why(query: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        parse_query(query)


def test_repeated_terms_count_once() -> None:
    assert len(parse_query("مياه المياه مياه").clauses) == 2


def test_compiled_forms() -> None:
    query = parse_query('العاصمة بالعاص* "وزارة الصحة" -روما')
    ministry = text.stem("وزارة")
    assert compile_fts5(query) == f'("عاصم" AND "عاص"* AND "{ministry} صح") NOT "روما"'
    assert compile_tsquery(query) == f"'عاصم' & 'عاص':* & ('{ministry}' <-> 'صح') & !'روما'"


def _fts5() -> sqlite3.Connection:
    connection = sqlite3.connect(":memory:")
    connection.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5(headline, dek, body, tags, "
        "tokenize = 'unicode61 remove_diacritics 0')"
    )
    connection.execute("INSERT INTO search_index VALUES ('عاصم', '', 'or not and', '')")
    return connection


_ALPHABET = st.sampled_from(
    [
        *list("ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئةى ًٌٍَُِّْـ٠١٢٣abcXYZ019 \"'*-()[]{}:^+،؛؟.,!«»“”\t\n"),
        "OR",
        "AND",
        "NOT",
        "NEAR",
        "\u200f",
        "ﷲ",
        "ࢡ",
        "²",
    ]
)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join) | st.text(max_size=40))
def test_any_input_parses_or_says_why_and_never_breaks_fts5(raw: str) -> None:
    try:
        query = parse_query(raw)
    except QueryError as exc:
        assert str(exc)
        return
    assert query.positive
    assert all(c.terms and all(c.terms) for c in query.clauses)
    connection = _fts5()
    try:
        connection.execute(
            "SELECT rowid FROM search_index WHERE search_index MATCH ?", (compile_fts5(query),)
        ).fetchall()
    finally:
        connection.close()
    assert compile_tsquery(query)


@given(st.text(max_size=30))
def test_parsing_is_deterministic_and_normalised(raw: str) -> None:
    try:
        first = parse_query(raw)
    except QueryError:
        return
    assert parse_query(raw) == first
    for clause in first.clauses:
        for term in clause.terms:
            assert text.normalize(term) == term


def test_a_prefix_ending_inside_a_suffix_also_takes_the_stem_it_begins() -> None:
    from newsdesk.core.search_query import parse_query

    (clause,) = parse_query("عمّا*").clauses
    assert (clause.kind, clause.terms, clause.also) == ("prefix", ("عما",), ("عم",))
    (clause,) = parse_query("دمش*").clauses
    assert clause.also == ()
    assert "عم" in parse_query("عما*").highlight_stems()
