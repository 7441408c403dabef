"""Find over story text: plain, whole word, regex, and Arabic spelling variants."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdesk.core.find import FindError, FindOptions, expand_replacement, find_all, fold_with_map
from newsdesk.core.text import normalize

PLAIN = FindOptions(ignore_variants=False)


def spans(text: str, needle: str, options: FindOptions) -> list[str]:
    return [text[a:b] for a, b in find_all(text, needle, options)]


def test_variants_find_every_spelling_and_keep_the_marks() -> None:
    text = "ارتفعت الأسعارُ، وأسعار النفط، واسعار الذهب، والإسعار"
    assert spans(text, "اسعار", FindOptions()) == ["أسعارُ", "أسعار", "اسعار", "إسعار"]
    assert spans(text, "اسعار", PLAIN) == ["اسعار"]
    assert spans("مدرسة ومدرسه", "مدرسة", FindOptions()) == ["مدرسة", "مدرسه"]
    assert spans("مستشفى مستشفي", "مستشفى", FindOptions()) == ["مستشفى", "مستشفي"]
    assert spans("سنة ٢٠٢٦ و2026", "2026", FindOptions()) == ["٢٠٢٦", "2026"]


def test_whole_word_and_case() -> None:
    text = "Reuters reported; reuters-like REUTERS"
    assert spans(text, "reuters", FindOptions(whole_word=True)) == ["Reuters", "reuters", "REUTERS"]
    assert spans("الكتاب كتاب كتابه", "كتاب", FindOptions(whole_word=True)) == ["كتاب"]


def test_regex_with_variants_and_groups() -> None:
    options = FindOptions(regex=True)
    text = "في عام 2025 وعام ٢٠٢٦"
    found = find_all(text, r"عام (\d+)", options)
    assert [text[a:b] for a, b in found] == ["عام 2025", "عام ٢٠٢٦"]
    assert expand_replacement(text, r"عام (\d+)", r"سنة \1", found[1], options) == "سنة 2026"
    with pytest.raises(FindError, match="not valid"):
        find_all(text, "(", options)
    assert find_all(text, "x*", options) == []


@given(st.text(alphabet=st.sampled_from(list("أإآاىيةهـًٌَُa Bﻻ٣")), max_size=30))
def test_offset_map_points_back_into_the_text(text: str) -> None:
    folded, owners = fold_with_map(text)
    assert len(folded) == len(owners)
    assert all(0 <= o < len(text) for o in owners) and owners == sorted(owners)
    assert normalize(folded) == folded
