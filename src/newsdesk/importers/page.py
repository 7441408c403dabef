"""A news page as a text scraper leaves it: headline, body, then the theme's blocks.

Every non-blank line is a paragraph (scrapers print one block per line, with whatever
indentation and bullets the page had). The first paragraph is the headline; the body runs until
the first theme block ("Related Posts", "You Missed", "Share"…, see ``blocks``); related entries
become ``ImportedRelated``; You-Missed headlines and share buttons are dropped.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

from newsdesk.core import text
from newsdesk.core.markup import escape_text
from newsdesk.importers.base import ImportedStory, ImportFormatError, SkippedItem, read_text
from newsdesk.importers.blocks import clean_line, marker_kind, split_page

#: The longest headline a page may have: a longer first paragraph is body text, and the file
#: is not a page (or its headline was lost).
MAX_HEADLINE_WORDS = 40


def page_paragraphs(content: str) -> list[str]:
    """Each non-blank line, without the bullets and indentation a scraper left."""
    return [clean_line(line) for line in content.splitlines() if clean_line(line)]


class PageReader:
    name: ClassVar[str] = "page"
    description: ClassVar[str] = "scraped text of a news page (headline, body, theme blocks)"
    extensions: ClassVar[tuple[str, ...]] = (".txt", ".text")

    def sniff(self, path: Path, head: bytes) -> bool:
        try:
            sample = head.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            if exc.start < len(head) - 4:  # not a character cut at the edge of the sample
                return False
            sample = head[: exc.start].decode("utf-8-sig")
        stripped = sample.lstrip()
        if not stripped or stripped[0] in "<{[" or stripped.startswith("---"):
            return False
        # A theme block title on a line of its own is what makes text a scraped page.
        return any(marker_kind(line) for line in page_paragraphs(sample)[1:])

    def read(self, path: Path) -> Iterator[ImportedStory | SkippedItem]:
        content = read_text(path)
        if "\x00" in content:
            line = content[: content.index("\x00")].count("\n") + 1
            raise ImportFormatError(
                path,
                f"line {line}",
                "the file holds NUL bytes: it is not text",
                code="import.nul_text",
            )
        paragraphs = page_paragraphs(content)
        if not paragraphs:
            raise ImportFormatError(path, "line 1", "the page is empty", code="page.empty")
        parts = split_page(paragraphs)
        if not parts.headline:
            raise ImportFormatError(
                path, "line 1", "the page has no headline", code="page.no_headline"
            )
        if len(text.tokens(parts.headline)) > MAX_HEADLINE_WORDS:
            raise ImportFormatError(
                path,
                "line 1",
                "the first paragraph has more than {limit} words: it is not a headline",
                code="page.headline_too_long",
                limit=MAX_HEADLINE_WORDS,
            )
        if not parts.body:
            raise ImportFormatError(
                path, "line 2", "the page has a headline but no body", code="page.no_body"
            )
        for kind, count in sorted(parts.dropped.items()):
            yield SkippedItem("", f"{kind} block", f"theme block of {count} lines, not story text")
        yield ImportedStory(
            headline=parts.headline,
            body="\n\n".join(escape_text(p) for p in parts.body),
            location="line 1",
            related=tuple(parts.related),
        )
