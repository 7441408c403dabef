"""``core.analysis``: one tokenisation gives what the separate functions give."""

from __future__ import annotations

import json
import pickle
from itertools import islice

from hypothesis import given
from hypothesis import strategies as st

from newsdesk.core import shingles, text
from newsdesk.core.analysis import analyse
from newsdesk.core.markup import body_hash, page_html
from newsdesk.core.search_query import MAX_INDEXED_WORDS, IndexedText, index_fields
from newsdesk.core.similarity import PackedCounts, count_terms
from newsdesk.core.summary import body_word_count, plain_summary

PIECES = st.lists(
    st.sampled_from(
        ["وبالعاصمة", "العاصمة", "أسعار", "النفط", "ارتفعت", "٢٠٢٦", "Brent", "،", "\n\n", "ـ", "َ"]
    )
).map(" ".join)


def check(headline: str, dek: str, body: str, kicker: str = "") -> None:
    got = analyse(headline, dek, body, kicker)
    assert pickle.loads(pickle.dumps(got)) == got  # as the worker sends it
    assert got.shingles == shingles.shingles(headline, body)
    assert got.sketch == shingles.Sketch.of(shingles.shingles(headline, body))
    assert shingles.stored_set(got.sketch.size, got.stored) == got.shingles
    assert shingles.Sketch.from_bytes(got.sketch.size, got.stored) == got.sketch
    fields = [
        text.query_terms(headline),
        text.query_terms(kicker) + text.query_terms(dek),
        text.query_terms(body),
    ]
    assert got.indexed.fields() == index_fields(fields)[0]
    assert got.indexed.room == MAX_INDEXED_WORDS - sum(map(len, got.indexed.fields()))
    counts = count_terms(headline, dek, body)
    assert got.counts == PackedCounts.of(counts)
    assert set(got.counts.terms) == counts.terms() and list(got.counts.terms) == sorted(
        counts.terms()
    )
    assert list(got.counts.title) == [counts.title[t] for t in got.counts.terms]
    assert list(got.counts.body) == [counts.body[t] for t in got.counts.terms]
    assert got.counts.length == counts.length
    assert got.word_count == body_word_count(body)
    assert got.body_hash == body_hash(body)
    assert (got.html, got.summary) == (page_html(body), plain_summary(body))


@given(PIECES, PIECES, PIECES, PIECES)
def test_analysis_equals_the_separate_functions(
    headline: str, dek: str, body: str, kicker: str
) -> None:
    check(headline, dek, body, kicker)


def test_indexed_columns_keep_the_allowance_and_leave_out_long_words() -> None:
    long_word = "ب" * 101
    body = ["نص"] * (MAX_INDEXED_WORDS - 3) + [long_word, "زائد", "اخر"]
    indexed = IndexedText.of(["عنوان", long_word], ["مقدمه"], body)
    assert indexed.headline == "عنوان" and indexed.dek == "مقدمه"
    assert indexed.fields()[2] == ["نص"] * (MAX_INDEXED_WORDS - 3) + ["زائد"]
    assert indexed.room == 0
    assert IndexedText.of([], [], []).fields() == [[], [], []]
    assert IndexedText.of([], [], []).room == MAX_INDEXED_WORDS
    assert index_fields([["ا", "ب"], ["ج"]], room=2) == ([["ا", "ب"], []], 0)


def test_analysis_of_real_stories(shared) -> None:  # type: ignore[no-untyped-def]
    with shared("corpus", "arabic_news.jsonl").open(encoding="utf-8") as source:
        for line in islice(source, 40):
            record = json.loads(line)
            check(record["title"], record.get("abstract") or "", record.get("body") or "")


def test_the_word_count_leaves_out_addresses_pictures_and_attributes() -> None:
    body = (
        "زار **الوزير** _موقع_ [الهيئة](https://example.org/a-b/c_d?x=1) و`Qalam`.\n\n"
        "![بديل](newsdesk-media:" + "ab" * 32 + ' "مقر اللجنة")\n\n'
        'Northwind Ventures\n{: dir="ltr" }\n\n## عنوان\n\n- بند\n\n> قول\n\n---'
    )
    # زار الوزير موقع الهيئة وQalam · مقر اللجنة · Northwind Ventures · عنوان · بند · قول
    assert analyse("", "", body).word_count == 12


def test_search_rows_from_the_analysis_equal_those_stemmed_by_the_index() -> None:
    from dataclasses import replace

    from newsdesk.storage import search

    cases = [  # (headline, kicker, dek, body, tags): the last one is cut before its tags
        ("أسعار النفط", "عاجل", "ارتفعت الأسعار", "وبالعاصمة ارتفعت الأسعار ٢٠٢٦", "نفط\nاقتصاد"),
        ("خبر", "", "", "", ""),
        ("خبر طويل", "", "مقدمة", " ".join(["العاصمة"] * (MAX_INDEXED_WORDS - 4)), "الأخبار"),
        ("خبر", "", "", " ".join(["العاصمة"] * MAX_INDEXED_WORDS), "نفط"),
    ]
    for headline, kicker, dek, body, tags in cases:
        plain = search.IndexDocument.of(1, headline, kicker, dek, body, tags.split("\n"))
        indexed = replace(plain, indexed=analyse(headline, dek, body, kicker).indexed)
        assert search.fts5_rows([indexed]) == search.fts5_rows([plain])
        assert search.tsvector_rows([indexed]) == search.tsvector_rows([plain])
    assert search.fts5_rows([indexed])[0]["tags"] == ""  # no room was left
