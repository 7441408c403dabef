"""Which words the spell checker looks at, and in which language (no database, no Qt)."""

from __future__ import annotations

from newsdesk.services.spelling import ARABIC, ENGLISH, check_key, word_language, words_to_check


def _words(text: str) -> list[str]:
    return [word for _, _, word in words_to_check(text)]


def test_arabic_and_latin_words_are_found_with_their_positions() -> None:
    text = "قالت وكالة Reuters إن العاصمةَ هادئة"
    found = list(words_to_check(text))
    assert [w for _, _, w in found] == ["قالت", "وكالة", "Reuters", "إن", "العاصمةَ", "هادئة"]
    for start, length, word in found:
        assert text[start : start + length] == word


def test_urls_numbers_caps_tags_and_mentions_are_skipped() -> None:
    text = "زوروا https://example.org/الصفحة أو www.site.com وراسلوا desk@example.org عن NATO و#غزة و@وكالة في 2026م وCOVID19"
    assert _words(text) == ["زوروا", "أو", "وراسلوا", "عن", "في"]


def test_language_follows_the_script() -> None:
    assert word_language("العاصمة") == ARABIC
    assert word_language("capital") == ENGLISH
    assert word_language("Ελλάδα") is None
    assert check_key("عَاصِمَـــة") == "عاصمة"
    assert check_key("don’t") == "don't"
