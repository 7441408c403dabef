"""The blocks a news theme wraps around a story, recognised in Arabic and English.

A WordPress news theme prints the story, then "Related Posts" (مقالات ذات صلة: a few headlines
with an excerpt ending in "…"), then "You Missed" (فاتك: the site's latest headlines, each twice,
once for the thumbnail link and once for the title), with "Share" (شارك) buttons and "Read more"
(اقرأ أيضاً) boxes here and there. A scraper keeps all of it as text. The story is only the body;
the related entries become related links; the rest is the site's furniture and is dropped.

Markers are matched on the Arabic-normalised key (``core.text.normalize``), so hamza, tashkeel,
tatweel, case and the bullets or numbering a scraper left in front do not matter.
"""

from __future__ import annotations

import enum
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Final

from newsdesk.core import text
from newsdesk.importers.base import ImportedRelated
from newsdesk.importers.htmlmd import first_link, strip_markdown


class BlockKind(enum.StrEnum):
    RELATED = "related"
    MISSED = "missed"
    SHARE = "share"
    OTHER = "other"


def _keys(*phrases: str) -> frozenset[str]:
    return frozenset(" ".join(text.tokens(p)) for p in phrases)


#: Block titles, by what the block holds. Compared on normalised tokens.
MARKERS: Final[dict[BlockKind, frozenset[str]]] = {
    BlockKind.RELATED: _keys(
        "Related Posts",
        "Related Articles",
        "Related Stories",
        "Related News",
        "Related",
        "Read more",
        "Read also",
        "See also",
        "More on this",
        "مقالات ذات صلة",
        "مقالات ذات علاقة",
        "أخبار ذات صلة",
        "مواضيع ذات صلة",
        "موضوعات ذات صلة",
        "ذات صلة",
        "اقرأ أيضا",
        "اقرأ أيضاً",
        "إقرأ أيضا",
        "اقرأ المزيد",
        "قد يهمك",
        "قد يهمك أيضا",
        "أخبار متعلقة",
        "مقالات مشابهة",
    ),
    BlockKind.MISSED: _keys(
        "You Missed",
        "You May Have Missed",
        "You might have missed",
        "Most Read",
        "Most Popular",
        "Trending",
        "Latest News",
        "Latest Posts",
        "Recent Posts",
        "فاتك",
        "قد فاتك",
        "ربما فاتك",
        "الأكثر قراءة",
        "الأكثر مشاهدة",
        "الأكثر تداولا",
        "آخر الأخبار",
        "أحدث الأخبار",
        "أحدث المقالات",
        "أخبار عاجلة",
    ),
    BlockKind.SHARE: _keys(
        "Share",
        "Share this",
        "Share this article",
        "Share this story",
        "Share this post",
        "Share on",
        "شارك",
        "شارك الخبر",
        "شارك المقال",
        "شارك هذا",
        "شارك هذا الخبر",
        "شارك هذا المقال",
        "مشاركة",
        "انشر",
    ),
    BlockKind.OTHER: _keys(
        "Tags",
        "Comments",
        "Leave a Reply",
        "Leave a comment",
        "Post navigation",
        "Advertisement",
        "الوسوم",
        "الكلمات المفتاحية",
        "التعليقات",
        "اترك تعليقاً",
        "أضف تعليق",
        "إعلان",
        "تصفح المقالات",
    ),
}
#: The longest marker, in tokens: a longer paragraph is text, never a block title.
_MAX_MARKER_TOKENS: Final = max(len(k.split()) for keys in MARKERS.values() for k in keys)
#: Bullets and numbering scrapers leave in front of lines. The ASCII ones count only before a
#: space: "#الموازنة" is a hashtag and "-5" a temperature, both text.
_BULLET_RE: Final = re.compile(
    r"^(?:[\s•·∙◦▪▫■□●○►▶‣⁃–—]+|[-*+>#]+(?=\s|$))+|^[\s\d٠-٩۰-۹]+[.)\-–]\s+"
)
_ELLIPSIS_RE: Final = re.compile(r"(…|\.\.\.|\.{2,}|…\s*\]?)\s*$")
#: Short social-network names that follow a "Share" title.
_SOCIAL: Final = _keys(
    "Facebook",
    "Twitter",
    "X",
    "WhatsApp",
    "Telegram",
    "LinkedIn",
    "Email",
    "Print",
    "Pinterest",
    "Reddit",
    "Copy link",
    "فيسبوك",
    "تويتر",
    "واتساب",
    "تيليجرام",
    "تلغرام",
    "البريد",
    "طباعة",
    "نسخ الرابط",
)


def clean_line(line: str) -> str:
    """A line without the bullets, numbering and indentation a scraper left."""
    return _BULLET_RE.sub("", line.strip()).strip()


def marker_kind(paragraph: str) -> tuple[BlockKind, str] | None:
    """The block a title paragraph opens, and any text after ``:`` on the same line.

    "اقرأ أيضاً: عنوان" is a one-line related entry: the kind, and the headline after the colon.
    """
    plain = clean_line(strip_markdown(paragraph))
    head, sep, rest = plain.partition(":")
    if not sep:
        head, sep, rest = plain.partition("：")
    key_tokens = text.tokens(head)
    if not key_tokens or len(key_tokens) > _MAX_MARKER_TOKENS:
        return None
    key = " ".join(key_tokens)
    for kind, keys in MARKERS.items():
        if key in keys:
            return kind, rest.strip()
    return None


@dataclass(slots=True)
class PageParts:
    """What a page holds once the theme's blocks are taken apart."""

    headline: str = ""
    body: list[str] = field(default_factory=list)
    related: list[ImportedRelated] = field(default_factory=list)
    dropped: Counter[str] = field(default_factory=Counter)


def _is_excerpt(paragraph: str, headline: str) -> bool:
    if _ELLIPSIS_RE.search(paragraph):
        return True
    return len(text.tokens(paragraph)) > max(20, 2 * len(text.tokens(headline)))


def related_entries(paragraphs: Sequence[str]) -> list[ImportedRelated]:
    """Headline-and-excerpt pairs of a related block (a headline printed twice counts once)."""
    entries: list[ImportedRelated] = []
    seen: set[str] = set()
    pending: tuple[str, str] | None = None  # headline, url

    def flush(excerpt: str = "") -> None:
        nonlocal pending
        if pending is not None:
            headline, url = pending
            key = text.normalize(headline)
            if key not in seen:
                seen.add(key)
                entries.append(ImportedRelated(headline, excerpt, url))
        pending = None

    for raw in paragraphs:
        url = first_link(raw)
        paragraph = clean_line(strip_markdown(raw))
        if not paragraph:
            continue
        if pending is not None and text.normalize(paragraph) == text.normalize(pending[0]):
            continue  # the same headline again (thumbnail link, then title link)
        if pending is not None and _is_excerpt(paragraph, pending[0]):
            flush(paragraph)
            continue
        flush()
        if _ELLIPSIS_RE.search(paragraph) and not entries:
            continue  # an excerpt with no headline before it: nothing to link to
        pending = (paragraph, url)
    flush()
    return entries


def split_page(paragraphs: Iterable[str], *, first_is_headline: bool = True) -> PageParts:
    """Headline, body and related entries of a page's paragraphs (in page order).

    Paragraphs before the first block title are the body (the first one is the headline when
    ``first_is_headline``); a related block's paragraphs become related entries; the other
    blocks are dropped and counted. A "Share" block ends at its first paragraph longer than a
    few words, so share buttons printed above the story do not swallow it.
    """
    parts = PageParts()
    mode: BlockKind | None = None
    block: list[str] = []

    def close() -> None:
        if mode is BlockKind.RELATED:
            parts.related.extend(related_entries(block))
        elif mode is not None:
            parts.dropped[mode.value] += len(block)
        block.clear()

    for paragraph in paragraphs:
        if not paragraph.strip():
            continue
        marker = marker_kind(paragraph)
        if marker is not None:
            kind, rest = marker
            if rest and kind is BlockKind.RELATED and mode is None:
                parts.related.extend(related_entries([rest]))  # "اقرأ أيضاً: عنوان" in the body
                continue
            close()
            mode = kind
            if rest:
                block.append(rest)
            continue
        if mode is BlockKind.SHARE:
            words = text.tokens(strip_markdown(paragraph))
            if len(words) <= 3 or " ".join(words) in _SOCIAL:
                block.append(paragraph)
                continue
            close()
            mode = None
        if mode is not None:
            block.append(paragraph)
            continue
        if first_is_headline and not parts.headline:
            parts.headline = clean_line(strip_markdown(paragraph))
            continue
        parts.body.append(paragraph)
    close()
    parts.related = _unique(parts.related, parts.headline)
    return parts


def _unique(entries: list[ImportedRelated], headline: str) -> list[ImportedRelated]:
    seen = {text.normalize(headline)} if headline else set()
    out = []
    for entry in entries:
        key = text.normalize(entry.headline)
        if key and key not in seen:
            seen.add(key)
            out.append(entry)
    return out
