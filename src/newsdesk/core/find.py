"""Find and replace over story text, with an option to ignore Arabic spelling variants.

The editor searches the document's raw text; matches come back as ``(start, end)`` offsets into
that same text, so the widget can select them directly. With ``ignore_variants`` the search runs
over :func:`newsdesk.core.text.normalize` of the text (hamza and alef forms, ى/ي, ة/ه, tashkeel,
tatweel, digits, case) and an offset map leads every match back to the original characters:
searching "اسعار" selects "أسعارٌ" with its tanween.

The map is built one character at a time, so a character that normalises to two (a lam-alef
presentation form) maps both back to itself and a deleted mark maps nowhere.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from newsdesk.core import text as core_text
from newsdesk.core.messages import CodedError

Match = tuple[int, int]


@dataclass(frozen=True, slots=True)
class FindOptions:
    whole_word: bool = False
    regex: bool = False
    ignore_variants: bool = True


class FindError(CodedError, ValueError):
    """The search cannot run (a broken regular expression); the message says why."""


@functools.lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    return core_text.normalize(ch)


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """``text`` normalised character by character, and for each output character its source."""
    if text.isascii():
        return text.lower(), list(range(len(text)))
    out: list[str] = []
    owners: list[int] = []
    for index, ch in enumerate(text):
        folded = ch.lower() if ch.isascii() else _fold_char(ch)
        out.append(folded)
        owners.extend([index] * len(folded))
    return "".join(out), owners


def fold(text: str) -> str:
    return fold_with_map(text)[0]


def compile_pattern(needle: str, options: FindOptions) -> re.Pattern[str]:
    if options.regex:
        source = (
            "".join(ch if ch.isascii() else _fold_char(ch) for ch in needle)
            if options.ignore_variants
            else needle
        )
    else:
        source = re.escape(fold(needle) if options.ignore_variants else needle)
    if options.whole_word:
        source = rf"(?<!\w)(?:{source})(?!\w)"
    try:
        return re.compile(source, re.IGNORECASE)
    except re.error as exc:
        raise FindError(
            "the regular expression is not valid: {detail}", code="find.bad_regex", detail=str(exc)
        ) from exc


def find_all(text: str, needle: str, options: FindOptions = FindOptions()) -> list[Match]:
    """Every non-empty, non-overlapping match of ``needle`` in ``text``, as original offsets."""
    if not needle:
        return []
    pattern = compile_pattern(needle, options)
    if not options.ignore_variants:
        return [m.span() for m in pattern.finditer(text) if m.end() > m.start()]
    folded, owners = fold_with_map(text)
    matches: list[Match] = []
    for m in pattern.finditer(folded):
        if m.end() == m.start():
            continue
        start = owners[m.start()]
        end = owners[m.end() - 1] + 1
        # Marks and tatweel after the last matched letter belong to it.
        while end < len(text) and not _fold_char(text[end]):
            end += 1
        if matches and start < matches[-1][1]:
            continue
        matches.append((start, end))
    return matches


def expand_replacement(
    text: str, needle: str, replacement: str, span: Match, options: FindOptions
) -> str:
    """The replacement for one match; in regex mode ``\\1`` and ``\\g<name>`` are filled in."""
    if not options.regex:
        return replacement
    pattern = compile_pattern(needle, options)
    source = text[span[0] : span[1]]
    searched = fold(source) if options.ignore_variants else source
    m = pattern.fullmatch(searched) or pattern.search(searched)
    if m is None:
        return replacement
    try:
        return m.expand(replacement)
    except (re.error, IndexError) as exc:
        raise FindError(
            "the replacement is not valid: {detail}", code="find.bad_replacement", detail=str(exc)
        ) from exc
