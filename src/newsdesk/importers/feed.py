"""Feed files: RSS 0.9x/1.0/2.0 and Atom (read with feedparser), and JSON Feed 1.0/1.1.

Each entry is a published story: title, link (source URL), id or guid (source id), the full
content when the feed carries it (else the summary) converted to Markdown, the summary as the
excerpt, authors, categories (→ tags), dates and images (enclosures, media content, JSON
Feed's ``image``). feedparser 6.0 does not read JSON Feed, which is plain JSON with a short
spec, so it is read here and checked field by field.

A feed that declares XML entities is refused before feedparser sees it (see ``xmlsafe``).
"""

from __future__ import annotations

import calendar
import json
import warnings
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar, Final
from urllib.parse import urljoin

import feedparser  # type: ignore[import-untyped]

from newsdesk.core import text
from newsdesk.core.markup import escape_text
from newsdesk.importers.base import (
    ImportedStory,
    ImportFormatError,
    SkippedItem,
    read_text,
    unreadable,
)
from newsdesk.importers.fields import FieldError, to_datetime, to_language, to_names, to_text
from newsdesk.importers.htmlmd import html_line, html_to_blocks, plain_text
from newsdesk.importers.xmlsafe import check_prolog, read_head

JSON_FEED_PREFIX: Final = "https://jsonfeed.org/version/"
_HTML_TYPES: Final = ("text/html", "application/xhtml+xml", "html", "xhtml")


def _struct_time(value: Any) -> datetime | None:
    if not value:
        return None
    return datetime.fromtimestamp(calendar.timegm(value), tz=UTC)


def _s(value: Any) -> str:
    """feedparser's values are text, or None where a broken feed left them empty."""
    return value if isinstance(value, str) else ""


def _absolute(site: str, url: str) -> str:
    """``url`` resolved against the feed's site: a relative link in a feed points into the
    site that wrote it, not into the one that will publish the story."""
    url = url.strip()
    return urljoin(site.strip(), url) if url and site.strip() else url


def _body_blocks(value: str | None, content_type: str | None, base_url: str = "") -> list[str]:
    value, content_type = _s(value), _s(content_type)
    if content_type in _HTML_TYPES or "<" in value:
        return html_to_blocks(value, base_url)
    return [escape_text(line) for line in value.split("\n\n") if line.strip()]


class FeedReader:
    name: ClassVar[str] = "feed"
    description: ClassVar[str] = "RSS, Atom or JSON Feed file"
    extensions: ClassVar[tuple[str, ...]] = (".rss", ".atom", ".rdf", ".feed")

    def sniff(self, path: Path, head: bytes) -> bool:
        sample = head.lstrip(b"\xef\xbb\xbf \t\r\n")
        if sample.startswith(b"{"):
            return JSON_FEED_PREFIX.encode() in head
        lowered = sample[:2048].lower()
        return (
            b"<rss" in lowered
            or b"<feed" in lowered
            or (b"<rdf:rdf" in lowered and b"purl.org/rss" in lowered)
        )

    def read(self, path: Path) -> Iterator[ImportedStory | SkippedItem]:
        head = read_head(path)
        if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
            yield from self._json_feed(path)
        else:
            yield from self._xml_feed(path, head)

    # -- RSS and Atom --------------------------------------------------------------------------

    def _xml_feed(self, path: Path, head: bytes) -> Iterator[ImportedStory | SkippedItem]:
        check_prolog(path, head)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise unreadable(path, exc) from exc
        if b"\x00" in data:
            # feedparser's XML parser raises a bare ValueError on NUL bytes: say where instead.
            line = data[: data.index(b"\x00")].count(b"\n") + 1
            raise ImportFormatError(
                path, f"line {line}", "the feed holds NUL bytes (a damaged file?)", code="feed.nul"
            )
        try:
            parsed = feedparser.parse(data, resolve_relative_uris=False, sanitize_html=True)
        except ValueError as exc:
            raise ImportFormatError(
                path,
                "feed",
                "not a readable feed ({detail})",
                code="feed.unreadable",
                detail=str(exc),
            ) from None
        version = parsed.get("version", "")
        if parsed.bozo and not parsed.entries:
            problem = parsed.get("bozo_exception")
            line = getattr(problem, "getLineNumber", lambda: 0)()
            where = f"line {line}" if line else "feed"
            raise ImportFormatError(
                path,
                where,
                "not a readable feed ({detail})",
                code="feed.unreadable",
                detail=str(problem),
            )
        if not version and not parsed.entries:
            raise ImportFormatError(
                path, "root element", "not an RSS or Atom feed", code="feed.not_a_feed"
            )
        language = to_language(parsed.feed.get("language"), "ar")
        site = _s(parsed.feed.get("link"))
        for number, entry in enumerate(parsed.entries, start=1):
            where = f"entry {number}"
            with warnings.catch_warnings():
                # feedparser warns about its own updated→published fallback on every access.
                warnings.simplefilter("ignore", DeprecationWarning)
                try:
                    story = self._entry(entry, where, language, site)
                except ValueError as exc:  # a link urllib cannot parse ("https://]]>…")
                    raise ImportFormatError(path, where, exc) from None
            if story is None:
                yield SkippedItem(where, "empty entry", "no title and no text")
            else:
                yield story

    @staticmethod
    def _entry(entry: Any, where: str, language: str, site: str) -> ImportedStory | None:
        link = _absolute(site, _s(entry.get("link")))
        base = link or site
        blocks: list[str] = []
        for content in entry.get("content", []):
            blocks = _body_blocks(content.get("value"), content.get("type"), base)
            if blocks:
                break
        summary_blocks = _body_blocks(
            entry.get("summary"), (entry.get("summary_detail") or {}).get("type"), base
        )
        if not blocks:
            blocks, summary_blocks = summary_blocks, []
        headline = text.strip_bidi_controls(_s(entry.get("title")))
        if _s((entry.get("title_detail") or {}).get("type")) in _HTML_TYPES:
            headline = html_line(headline)  # an Atom title of type "html" or "xhtml"
        headline = " ".join(headline.split())
        if not headline and blocks:
            headline = text.excerpt(plain_text(blocks), 80)
        if not headline:
            return None
        images = [
            _absolute(base, _s(enclosure.get("href")))
            for enclosure in entry.get("links", [])
            if enclosure.get("rel") == "enclosure"
            and _s(enclosure.get("type")).startswith("image/")
        ]
        images += [_s(m.get("url")) for m in entry.get("media_content", [])]
        images += [_s(m.get("url")) for m in entry.get("media_thumbnail", [])]
        authors = [_s(a.get("name")) for a in entry.get("authors", []) if _s(a.get("name"))]
        if not authors and _s(entry.get("author")):
            authors = [entry["author"]]
        published = _struct_time(entry.get("published_parsed")) or _struct_time(
            entry.get("updated_parsed")
        )
        return ImportedStory(
            headline=headline[:500],
            body="\n\n".join(blocks),
            location=where,
            excerpt=plain_text(summary_blocks),
            tags=tuple(
                dict.fromkeys(_s(t.get("term")) for t in entry.get("tags", []) if _s(t.get("term")))
            ),
            authors=tuple(dict.fromkeys(authors)),
            status="published",
            published_at=published,
            updated_at=_struct_time(entry.get("updated_parsed")),
            language=to_language(entry.get("language"), language),
            source_url=link,
            source_id=_s(entry.get("id")) or link,
            images=tuple(dict.fromkeys(i for i in images if i)),
        )

    # -- JSON Feed -----------------------------------------------------------------------------

    def _json_feed(self, path: Path) -> Iterator[ImportedStory | SkippedItem]:
        try:
            document = json.loads(read_text(path))
        except json.JSONDecodeError as exc:
            raise ImportFormatError(
                path,
                f"line {exc.lineno}, column {exc.colno}",
                "not valid JSON ({detail})",
                code="import.bad_json",
                detail=exc.msg,
            ) from None
        if not isinstance(document, dict):
            raise ImportFormatError(
                path, "top level", "a JSON Feed is a JSON object", code="feed.json_not_object"
            )
        version = document.get("version")
        if not isinstance(version, str) or not version.startswith(JSON_FEED_PREFIX):
            raise ImportFormatError(
                path,
                "version",
                "not a JSON Feed (version must start with {prefix})",
                code="feed.json_version",
                prefix=JSON_FEED_PREFIX,
            )
        items = document.get("items")
        if not isinstance(items, list):
            raise ImportFormatError(
                path, "items", "a JSON Feed needs an 'items' list", code="feed.json_no_items"
            )
        language = to_language(document.get("language"), "ar")
        site = _s(document.get("home_page_url"))
        feed_authors = document.get("authors") or (
            [document["author"]] if isinstance(document.get("author"), dict) else []
        )
        for number, item in enumerate(items):
            where = f"items[{number}]"
            if not isinstance(item, dict):
                raise ImportFormatError(
                    path, where, "each item must be a JSON object", code="feed.item_not_object"
                )
            try:
                story = self._json_item(item, where, language, feed_authors, site)
            except ValueError as exc:
                raise ImportFormatError(path, where, exc) from None
            if story is None:
                yield SkippedItem(where, "empty entry", "no title and no text")
            else:
                yield story

    @staticmethod
    def _json_item(
        item: dict[str, Any], where: str, language: str, feed_authors: Any, site: str
    ) -> ImportedStory | None:
        if "id" not in item or item["id"] in (None, ""):
            raise FieldError("an item needs an 'id'", code="feed.item_no_id")
        item_id = to_text(item["id"], "id")
        html = to_text(item.get("content_html"), "content_html")
        plain = to_text(item.get("content_text"), "content_text")
        url = _absolute(site, to_text(item.get("url"), "url"))
        base = url or site
        blocks = html_to_blocks(html, base) if html.strip() else _body_blocks(plain, "text/plain")
        summary = to_text(item.get("summary"), "summary").strip()
        headline = " ".join(to_text(item.get("title"), "title").split())
        if not headline and (blocks or summary):
            headline = text.excerpt(plain_text(blocks) or summary, 80)
        if not headline:
            return None
        authors_value = item.get("authors") or (
            [item["author"]] if isinstance(item.get("author"), dict) else feed_authors
        )
        images = [to_text(item.get(key), key) for key in ("image", "banner_image") if item.get(key)]
        for attachment in item.get("attachments") or []:
            if isinstance(attachment, dict) and str(attachment.get("mime_type", "")).startswith(
                "image/"
            ):
                images.append(to_text(attachment.get("url"), "attachments[].url"))
        return ImportedStory(
            headline=headline[:500],
            body="\n\n".join(blocks),
            location=where,
            excerpt=summary,
            tags=tuple(dict.fromkeys(to_names(item.get("tags"), "tags"))),
            authors=to_names(authors_value, "authors"),
            status="published",
            published_at=to_datetime(item.get("date_published")),
            updated_at=to_datetime(item.get("date_modified")),
            language=to_language(item.get("language"), language),
            source_url=url,
            source_id=item_id,
            images=tuple(dict.fromkeys(i for i in images if i)),
        )
