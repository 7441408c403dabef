"""Spell checking with the personal word list in the database, and the real Hunspell lists."""

from __future__ import annotations

import pytest

from newsdesk.services.container import Services
from newsdesk.services.errors import ValidationError
from newsdesk.services.spelling import DictionaryMissing, SpellingService, enchant_checker


class FakeChecker:
    def __init__(self, words: set[str]) -> None:
        self.words = words
        self.calls = 0

    def check(self, word: str) -> bool:
        self.calls += 1
        return word in self.words

    def suggest(self, word: str) -> list[str]:
        return [word, word + "ة", "بديل"]


def _service(services: Services, checker: FakeChecker, user: str = "tester") -> SpellingService:
    def factory(language: str) -> FakeChecker:
        if language != "ar":
            raise DictionaryMissing(f"no {language} dictionary is installed")
        return checker

    return SpellingService(services.database, user=user, checker_factory=factory)


def test_misspelt_words_are_found_and_cached(services: Services) -> None:
    checker = FakeChecker({"قال", "الوزير"})
    spelling = _service(services, checker)
    assert spelling.misspelt("قال الوزير") == []  # not loaded yet: nothing is flagged
    status = spelling.load()
    assert status.available == ("ar",) and "en_US" in status.message and status.enabled
    text = "قال الوزيرر إن Reuters"
    assert spelling.misspelt(text) == [(4, 7), (12, 2)]
    calls = checker.calls
    spelling.misspelt(text)
    assert checker.calls == calls  # second pass: every word from the cache
    assert spelling.suggestions("الوزيرر") == ["الوزيررة", "بديل"]
    assert spelling.suggestions("Reuters") == []  # no English dictionary: no suggestions


def test_add_to_dictionary_is_kept_per_user_in_the_database(services: Services) -> None:
    spelling = _service(services, FakeChecker(set()))
    spelling.load()
    assert spelling.misspelt("النشمي") == [(0, 6)]
    assert spelling.add_to_dictionary("النَّشمي") is True
    assert spelling.add_to_dictionary("النشمي") is False
    assert spelling.misspelt("النشمي") == []
    assert spelling.personal_words() == ["النشمي"]
    again = _service(services, FakeChecker(set()))
    again.load()
    assert again.misspelt("النشمي") == []
    other = _service(services, FakeChecker(set()), user="someone-else")
    other.load()
    assert other.misspelt("النشمي") == [(0, 6)]
    assert spelling.remove_from_dictionary("النشمي") is True
    assert spelling.misspelt("النشمي") == [(0, 6)]
    with pytest.raises(ValidationError):
        spelling.add_to_dictionary("كلمتان هنا")


def test_no_dictionaries_at_all_disables_checking_without_errors(services: Services) -> None:
    def missing(language: str) -> FakeChecker:
        raise DictionaryMissing(f"no {language} dictionary")

    spelling = SpellingService(services.database, checker_factory=missing)
    status = spelling.load()
    assert not status.enabled and "no ar dictionary" in status.message
    assert spelling.misspelt("أي نص any text") == []
    assert spelling.suggestions("نص") == []


def test_hunspell_arabic_and_english(services: Services) -> None:
    """The Debian dictionaries (hunspell-ar, hunspell-en-us) through pyenchant."""
    spelling = services.spelling
    status = spelling.load()
    assert status.available == ("ar", "en_US"), status.message
    assert spelling.misspelt("دمشق والعاصمة") == []
    assert spelling.misspelt("العاصمه") == [(0, 7)]
    assert spelling.suggestions("العاصمه")[0] == "العاصمة"
    assert spelling.misspelt("The goverment of Jordan") == [(4, 9)]
    assert "government" in spelling.suggestions("goverment")
    with pytest.raises(DictionaryMissing, match="no xx_YY dictionary"):
        enchant_checker("xx_YY")
