"""``core.analysis``: one tokenisation gives what the separate functions give."""

from __future__ import annotations

import json
from itertools import islice

from hypothesis import given
from hypothesis import strategies as st

from newsdesk.core import shingles, text
from newsdesk.core.analysis import analyse
from newsdesk.core.markup import body_hash, page_html
from newsdesk.core.similarity import count_terms
from newsdesk.core.summary import body_word_count, plain_summary

PIECES = st.lists(
    st.sampled_from(
        ["وبالعاصمة", "العاصمة", "أسعار", "النفط", "ارتفعت", "٢٠٢٦", "Brent", "،", "\n\n", "ـ", "َ"]
    )
).map(" ".join)


def check(headline: str, dek: str, body: str) -> None:
    got = analyse(headline, dek, body)
    assert got.shingles == shingles.shingles(headline, body)
    assert got.sketch == shingles.Sketch.of(shingles.shingles(headline, body))
    assert shingles.stored_set(got.sketch.size, got.stored) == got.shingles
    assert shingles.Sketch.from_bytes(got.sketch.size, got.stored) == got.sketch
    assert got.headline_stems == text.query_terms(headline)
    assert got.dek_stems == text.query_terms(dek)
    assert got.body_stems == text.query_terms(body)
    assert got.counts == count_terms(headline, dek, body)
    assert got.word_count == body_word_count(body)
    assert got.body_hash == body_hash(body)
    assert (got.html, got.summary) == (page_html(body), plain_summary(body))


@given(PIECES, PIECES, PIECES)
def test_analysis_equals_the_separate_functions(headline: str, dek: str, body: str) -> None:
    check(headline, dek, body)


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
