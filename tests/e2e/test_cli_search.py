"""``newsdesk search`` and ``newsdesk reindex`` as a user runs them."""

from __future__ import annotations

import json

import pytest
from runner import newsdesk

pytestmark = pytest.mark.e2e


def test_search_json_shape_and_marked_snippets(demo_db: str) -> None:
    result = newsdesk("--db", demo_db, "search", "بالعاصمة", "--json", "--limit", "2")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"query", "total", "total_exact", "offset", "hits"}
    assert data["total_exact"] is True
    assert data["query"] == "بالعاصمة" and data["total"] >= 2 and len(data["hits"]) == 2
    hit = data["hits"][0]
    assert set(hit) == {"id", "headline", "score", "snippet"}
    assert "**" in hit["snippet"] and hit["score"] > 0


def test_search_text_output_with_filters(demo_db: str) -> None:
    result = newsdesk("--db", demo_db, "search", "المياه", "--status", "published")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1].startswith("-- ") and "stories" in lines[-1]
    assert "**" in result.stdout


def test_a_query_of_only_operators_is_bad_input(demo_db: str) -> None:
    result = newsdesk("--db", demo_db, "search", "-- * «»")
    assert result.returncode == 1
    assert "no words" in result.stderr


def test_reindex(demo_db: str) -> None:
    result = newsdesk("--db", demo_db, "reindex")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("indexed ")
    again = newsdesk("--db", demo_db, "search", "العاصمة", "--json")
    assert json.loads(again.stdout)["total"] >= 2
