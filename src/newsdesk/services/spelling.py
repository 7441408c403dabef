"""Spell checking for Arabic and English copy, with a personal word list in the database.

Binding: pyenchant over Hunspell (Debian ``hunspell-ar``, ``hunspell-en-us``, ``libenchant-2-2``).
Measured here: it loads the Arabic dictionary in about 1 s and suggests in about 26 ms (Arabic)
and 100 ms (English); spylls, the pure-Python port, took 18.5 s to load Arabic and 5.5 s per
suggestion, which no editor can wait for.

The language of a word follows its script (Arabic letters → ``ar``, Latin → ``en_US``), so the
Latin names inside an Arabic paragraph are checked in English and never flagged as bad Arabic.
Results are cached per word, so re-highlighting a paragraph costs dictionary look-ups only for
words not seen before. URLs, e-mail addresses, numbers, words with digits, all-capital
abbreviations, hashtags and mentions are not checked.

Missing dictionaries never crash the editor: :attr:`SpellingService.status` says what is missing
and checking simply reports nothing for that language.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Final, Protocol

from newsdesk.core.messages import CodedError
from newsdesk.services.errors import ValidationError
from newsdesk.storage import safety
from newsdesk.storage.db import Database
from newsdesk.storage.models import utcnow

ARABIC: Final = "ar"
ENGLISH: Final = "en_US"
LANGUAGES: Final = (ARABIC, ENGLISH)

_ARABIC_LETTERS: Final = "\u0621-\u063a\u0641-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff"
_MARKS: Final = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
#: An Arabic word (letters with tashkeel and tatweel inside) or a Latin word (apostrophes inside).
_WORD_RE: Final = re.compile(
    f"[{_ARABIC_LETTERS}][{_ARABIC_LETTERS}{_MARKS}]*"
    r"|[A-Za-z\u00c0-\u024f](?:[A-Za-z\u00c0-\u024f]|['’](?=[A-Za-z]))*"
)
#: Spans never checked: links, e-mail addresses, hashtags and mentions, words glued to digits.
_SKIP_RE: Final = re.compile(
    r"(?:https?://|www\.|mailto:)\S+|\S+@\S+\.\S+|[#@][\w\u0600-\u06ff]+|\w*\d\w*"
)
_STRIP_RE: Final = re.compile(f"[{_MARKS}\u200c\u200d]")


def word_language(word: str) -> str | None:
    """``ar`` for a word in Arabic letters, ``en_US`` for Latin, else None."""
    if not word:
        return None
    first = word[0]
    if "\u0600" <= first <= "\u06ff":
        return ARABIC
    if first.isascii() or "\u00c0" <= first <= "\u024f":
        return ENGLISH
    return None


def check_key(word: str) -> str:
    """The form looked up: tashkeel, tatweel and joiners out (Hunspell's Arabic list has none)."""
    return _STRIP_RE.sub("", word).replace("’", "'")


def words_to_check(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, length, word) of every word a spell checker should look at."""
    skipped = [(m.start(), m.end()) for m in _SKIP_RE.finditer(text)]
    index = 0
    for match in _WORD_RE.finditer(text):
        start, end = match.start(), match.end()
        while index < len(skipped) and skipped[index][1] <= start:
            index += 1
        if index < len(skipped) and skipped[index][0] < end:
            continue
        word = match.group()
        if len(word) > 1 and word.isupper():
            continue  # NATO, UNRWA: abbreviations are not words a dictionary knows
        if len(check_key(word)) < 2:
            continue
        yield start, end - start, word


class Checker(Protocol):
    """One language's dictionary (pyenchant's ``Dict`` has this shape)."""

    def check(self, word: str) -> bool: ...

    def suggest(self, word: str) -> list[str]: ...


class DictionaryMissing(CodedError):
    """The dictionary or the spelling library for a language is not installed."""


#: pyenchant shares one Enchant broker per process and Enchant is not thread-safe: a dictionary
#: loading on a worker thread while another thread checks a word crashed the process (seen in
#: the GUI tests). Every call into Enchant takes this lock; checks take microseconds.
_ENCHANT_LOCK = threading.Lock()


class _SerialisedChecker:
    """A pyenchant dictionary whose calls never overlap another thread's Enchant call."""

    def __init__(self, inner: Checker) -> None:
        self._inner = inner

    def check(self, word: str) -> bool:
        with _ENCHANT_LOCK:
            return self._inner.check(word)

    def suggest(self, word: str) -> list[str]:
        with _ENCHANT_LOCK:
            return self._inner.suggest(word)


#: One dictionary per language for the whole process, never freed: a pyenchant ``Dict`` freed
#: by the garbage collector on one thread while another thread loads a dictionary crashed the
#: process inside Enchant. Dictionaries are read-only and the same for every user.
_DICTIONARIES: dict[str, Checker] = {}


def enchant_checker(language: str) -> Checker:
    """A pyenchant dictionary, or ``DictionaryMissing`` saying what to install."""
    try:
        import enchant  # type: ignore[import-untyped]  # pyenchant ships no type hints
    except ImportError as exc:  # the C library libenchant-2 is missing
        raise DictionaryMissing(
            "spell checking needs libenchant-2 ({detail})",
            code="spelling.no_enchant",
            detail=str(exc),
        ) from exc
    with _ENCHANT_LOCK:
        cached = _DICTIONARIES.get(language)
        if cached is not None:
            return cached
        try:
            inner: Checker = enchant.Dict(language)
        except enchant.errors.DictNotFoundError as exc:
            package = "hunspell-ar" if language.startswith("ar") else "hunspell-en-us"
            raise DictionaryMissing(
                "no {language} dictionary is installed (Debian: apt-get install {package})",
                code="spelling.no_dictionary",
                language=language,
                package=package,
            ) from exc
        checker = _DICTIONARIES[language] = _SerialisedChecker(inner)
    return checker


@dataclass(frozen=True, slots=True)
class SpellStatus:
    available: tuple[str, ...]
    missing: tuple[tuple[str, str], ...]
    load_seconds: float
    #: Why each missing language is missing, as the errors (their codes and values).
    problems: tuple[DictionaryMissing, ...] = ()

    @property
    def enabled(self) -> bool:
        return bool(self.available)

    @property
    def message(self) -> str:
        if not self.missing:
            return ""
        return "; ".join(reason for _, reason in self.missing)


class SpellingService:
    """Check, suggest and learn words for one user."""

    def __init__(
        self,
        database: Database,
        *,
        user: str = "",
        languages: tuple[str, ...] = LANGUAGES,
        checker_factory: Callable[[str], Checker] = enchant_checker,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.db = database
        self.user = user
        self.languages = languages
        self.checker_factory = checker_factory
        self.clock = clock
        self._checkers: dict[str, Checker] = {}
        self._missing: list[tuple[str, str]] = []
        self._problems: list[DictionaryMissing] = []
        self._personal: set[str] = set()
        self._cache: dict[str, bool] = {}
        self._loaded = False
        self._load_seconds = 0.0
        self._lock = threading.Lock()

    # -- loading ------------------------------------------------------------------------------

    @property
    def loaded(self) -> bool:
        return self._loaded

    def load(self) -> SpellStatus:
        """Load the dictionaries and the personal list (about a second; run it off the GUI)."""
        with self._lock:
            if not self._loaded:
                started = time.perf_counter()
                for language in self.languages:
                    try:
                        self._checkers[language] = self.checker_factory(language)
                    except DictionaryMissing as exc:
                        self._missing.append((language, str(exc)))
                        self._problems.append(exc)
                with self.db.read() as session:
                    self._personal = {
                        check_key(w) for w in safety.personal_words(session, self.user)
                    }
                self._load_seconds = time.perf_counter() - started
                self._loaded = True
        return self.status

    @property
    def status(self) -> SpellStatus:
        return SpellStatus(
            tuple(self._checkers),
            tuple(self._missing),
            round(self._load_seconds, 3),
            tuple(self._problems),
        )

    # -- checking -----------------------------------------------------------------------------

    def is_correct(self, word: str) -> bool:
        """True for a known word, and for any word whose language has no dictionary."""
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        key = check_key(word)
        language = word_language(key)
        checker = self._checkers.get(language) if language else None
        if checker is None or key in self._personal:
            result = True
        else:
            result = checker.check(key) or (
                language == ENGLISH and key[:1].isupper() and checker.check(key.lower())
            )
        self._cache[word] = result
        return result

    def misspelt(self, text: str) -> list[tuple[int, int]]:
        """(start, length) of each misspelt word in ``text`` (one paragraph of the editor)."""
        if not self._loaded:
            return []
        return [
            (start, length)
            for start, length, word in words_to_check(text)
            if not self.is_correct(word)
        ]

    def suggestions(self, word: str, limit: int = 8) -> list[str]:
        key = check_key(word)
        language = word_language(key)
        checker = self._checkers.get(language) if language else None
        if checker is None:
            return []
        out: list[str] = []
        for suggestion in checker.suggest(key):
            if suggestion != key and suggestion not in out:
                out.append(suggestion)
            if len(out) == limit:
                break
        return out

    # -- the personal word list -------------------------------------------------------------

    def add_to_dictionary(self, word: str) -> bool:
        """Teach the checker ``word`` for this user (kept in the database); False if known."""
        key = check_key(word.strip())
        if not key or len(key) > 200 or any(ch.isspace() for ch in key):
            raise ValidationError(
                "a dictionary entry is one word of at most 200 letters", code="spelling.bad_word"
            )
        with self.db.write() as session:
            added = safety.add_personal_word(session, self.user, key, self.clock())
        self._personal.add(key)
        self._cache = {w: ok for w, ok in self._cache.items() if check_key(w) != key}
        return added

    def remove_from_dictionary(self, word: str) -> bool:
        key = check_key(word.strip())
        with self.db.write() as session:
            removed = safety.remove_personal_words(session, self.user, [key]) > 0
        self._personal.discard(key)
        self._cache.clear()
        return removed

    def personal_words(self) -> list[str]:
        with self.db.read() as session:
            return safety.personal_words(session, self.user)
