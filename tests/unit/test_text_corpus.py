"""The text rules against 3,000 real Arabic news articles from ``../shared/corpus``.

Skipped, not failed, when the shared corpus is not next to the checkout.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsdesk.core.text import (
    broken_text_problems,
    normalize,
    paragraph_direction,
    search_terms,
    slugify,
    stem,
    tokens,
    word_count,
)

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "arabic_news.jsonl"

pytestmark = pytest.mark.skipif(
    not CORPUS.is_file(), reason=f"shared corpus not found at {CORPUS} (checkout outside workspace)"
)


@pytest.fixture(scope="module")
def articles() -> list[dict[str, Any]]:
    with CORPUS.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def test_corpus_is_the_expected_size(articles: list[dict[str, Any]]) -> None:
    assert len(articles) == 3000


def test_no_corpus_text_is_reported_broken(articles: list[dict[str, Any]]) -> None:
    flagged = {
        (article["id"], field): broken_text_problems(article[field])
        for article in articles
        for field in ("title", "body", "abstract")
        if broken_text_problems(article[field])
    }
    assert flagged == {}


def test_normalize_is_idempotent_on_every_text(articles: list[dict[str, Any]]) -> None:
    for article in articles:
        for field in ("title", "body"):
            key = normalize(article[field])
            assert normalize(key) == key, article["id"]


def test_word_counts_are_plausible(articles: list[dict[str, Any]]) -> None:
    # Within a few percent of a whitespace split: punctuation-only chunks ("-", "،") do not
    # count, a glued comma or slash ("أ،ب", "2015/2016") splits one chunk in two.
    total = sum(word_count(a["body"]) for a in articles)
    chunks = sum(len(a["body"].split()) for a in articles)
    assert 0.95 < total / chunks < 1.03
    for article in articles:
        if article["body"].strip():
            assert word_count(article["body"]) >= 1


def test_bodies_are_right_to_left(articles: list[dict[str, Any]]) -> None:
    assert all(paragraph_direction(a["body"]) == "rtl" for a in articles if a["body"].strip())


def test_clitic_forms_in_the_corpus_meet_their_bare_form(articles: list[dict[str, Any]]) -> None:
    vocabulary = {token for a in articles[:500] for token in tokens(a["body"])}
    assert "بالعاصمه" in vocabulary
    assert "العاصمه" in vocabulary
    assert stem("بالعاصمه") == stem("العاصمه")
    indexed = set(search_terms(" ".join(a["body"] for a in articles[:500])))
    assert stem("والعاصمة") in indexed


def test_every_title_gives_a_safe_slug(articles: list[dict[str, Any]]) -> None:
    for article in articles:
        for style in ("arabic", "translit"):
            slug = slugify(article["title"], style, fallback_id=article["id"])
            assert slug
            assert not set("/?#% ") & set(slug)
            assert slug.strip("-") == slug
