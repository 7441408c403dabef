"""Errors below the interface carry a stable code and their values; the English stays."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from newsdesk.core.messages import CodedError, place_parts
from newsdesk.core.search_query import QueryError, parse_query
from newsdesk.importers.base import ImportFormatError
from newsdesk.importers.jsonl import JsonLinesReader

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from coded_errors import raises


def test_every_refusal_meant_for_a_person_carries_a_code() -> None:
    found = raises()
    assert len(found) > 100, "the scan finds the raises of the services, importers, parser"
    uncoded = [r.where for r in found if r.code is None]
    assert uncoded == [], "raise these with code=… (and the values as keywords)"


def test_a_code_means_one_sentence_with_the_same_values() -> None:
    sentences: dict[str, set[tuple[str, frozenset[str]]]] = {}
    for r in raises():
        if r.code not in (None, "*"):
            sentences.setdefault(r.code, set()).add((r.template, r.params))
    assert {code for code, used in sentences.items() if len(used) > 1} == set()


def test_the_english_text_is_the_template_filled_in() -> None:
    error = CodedError("{name} is {size:,} bytes", code="x.y", name="a.png", size=12345)
    assert str(error) == "a.png is 12,345 bytes"
    assert (error.code, error.params) == ("x.y", {"name": "a.png", "size": 12345})
    plain = CodedError("braces {kept} as they are")
    assert str(plain) == "braces {kept} as they are" and plain.code == ""


def test_the_search_parser_says_which_limit() -> None:
    with pytest.raises(QueryError) as caught:
        parse_query("د*")
    assert caught.value.code == "search.prefix_too_short"
    assert str(caught.value) == (
        f"a prefix search needs at least {caught.value.params['limit']} letters before *"
    )


def test_an_import_error_keeps_place_and_takes_over_the_fields_code(tmp_path: Path) -> None:
    path = tmp_path / "stories.jsonl"
    path.write_text('{"title": "أ", "body": "ب"}\n{"title": "ج", "status": "gone"}\n', "utf-8")
    with pytest.raises(ImportFormatError) as caught:
        list(JsonLinesReader().read(path))
    error = caught.value
    assert str(error) == f"{path}, line 2: unknown status 'gone'"
    assert (error.path, error.location) == (str(path), "line 2")
    assert (error.code, error.params) == ("import.bad_status", {"status": "gone"})
    assert error.message == "unknown status 'gone'"


def test_places_split_into_translatable_parts() -> None:
    assert place_parts("line 12, column 3") == [("line", "12"), ("column", "3")]
    assert place_parts("line 40, item 2") == [("line", "40"), ("item", "2")]
    assert place_parts("entry 5") == [("entry", "5")]
    assert place_parts("front matter") == [("word", "front matter")]
    assert place_parts("$.associations[1].headlines") == [
        ("literal", "$.associations[1].headlines")
    ]
    assert place_parts("items[3]") == [("items", "3")]
    assert place_parts("") == []
