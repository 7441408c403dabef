"""WordPress eXtended RSS (WXR 1.0–1.2): the export file of a WordPress site.

Posts become stories with their status, dates, author (display name), first category (→
section; "Uncategorized" is no section), other categories and tags (→ tags), excerpt, slug
(percent-encoded Arabic decoded) and images (attachments whose parent is the post, the
featured image, images in the body). Bodies lose block-editor comments (``<!-- wp:… -->``) and
media shortcodes and are converted to Markdown. Pages, attachments, menus and comments are
skipped and counted.

Memory stays bounded on a 20,000-post archive: the file is read with ``iterparse`` twice, once
for the attachments (their URLs only) and once for the posts, and every finished ``<item>`` is
cleared and detached, so only the current item is ever in memory. Parsing is safe: see
``xmlsafe``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import ClassVar, Final
from urllib.parse import unquote

from lxml import etree

from newsdesk.core import text
from newsdesk.importers.base import ImportedStory, ImportFormatError, SkippedItem, unreadable
from newsdesk.importers.htmlmd import html_line, html_to_blocks, plain_text
from newsdesk.importers.xmlsafe import check_prolog, read_head

WP_NS_PREFIX: Final = "http://wordpress.org/export/"
CONTENT_NS: Final = "http://purl.org/rss/1.0/modules/content/"
DC_NS: Final = "http://purl.org/dc/elements/1.1/"

#: WordPress status → Newsdesk status. Private and pending posts were never public.
STATUSES: Final = {
    "publish": "published",
    "draft": "draft",
    "auto-draft": "draft",
    "pending": "submitted",
    "future": "ready",
    "private": "draft",
    "inherit": "draft",
}
_SHORTCODE_RE: Final = re.compile(
    r"\[/?(?:caption|gallery|embed|video|audio|playlist|wp_caption)\b[^\]]*\]", re.I
)
#: Other shortcodes (page builders, forms, tabs), which WordPress renders and a reader never
#: sees: a name with "_" or "-" ("[vc_row]", "[contact-form-7 id=…]"), one with attributes
#: ("[tab title=…]"), or one closed later ("[tab]…[/tab]"). "[sic]" or "[1]" is text.
_PLUGIN_SHORTCODE_RE: Final = re.compile(
    r"\[/?[a-z][a-z0-9]*[_-][\w-]*(?:\s[^\]]*)?\]|\[[a-z][\w-]*\s+[\w-]+=[^\]]*\]", re.I
)
_CLOSING_SHORTCODE_RE: Final = re.compile(r"\[/([a-z][\w-]*)\]", re.I)
_IMG_SRC_RE: Final = re.compile(r"<img\b[^>]*?\bsrc\s*=\s*[\"']([^\"']+)[\"']", re.I)
#: Slugs of WordPress's default category ("Uncategorized"; "غير مصنف" on an Arabic site),
#: which says the post has no section.
_DEFAULT_CATEGORIES: Final = frozenset({"uncategorized", "غير-مصنف"})
_LXML_POSITION_RE: Final = re.compile(r",? line \d+, column \d+$")
_POST_TYPE_RE: Final = re.compile(
    rb"<wp:post_type>\s*(?:<!\[CDATA\[)?\s*post\s*(?:\]\]>)?\s*</wp:post_type>"
)


def _strip_shortcodes(body: str) -> str:
    if "[" not in body:
        return body
    body = _PLUGIN_SHORTCODE_RE.sub("", _SHORTCODE_RE.sub("", body))
    for name in set(_CLOSING_SHORTCODE_RE.findall(body)):
        body = re.sub(rf"\[/?{re.escape(name)}(?:\s[^\]]*)?\]", "", body, flags=re.I)
    return body


def _local(tag: object) -> tuple[str, str]:
    if not isinstance(tag, str):
        return "", ""
    if tag.startswith("{"):
        ns, _, name = tag[1:].partition("}")
        return ns, name
    return "", tag


def _child_text(item: etree._Element, ns_test: str, name: str) -> str:
    for child in item:
        ns, local = _local(child.tag)
        if local == name and (ns.startswith(ns_test) if ns_test else not ns):
            return "".join(child.itertext())
    return ""


def _wp_date(value: str) -> datetime | None:
    value = value.strip()
    if not value or value.startswith("0000"):
        return None
    parsed = datetime.fromisoformat(value)
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed


def _rfc822(value: str) -> datetime | None:
    value = value.strip()
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if parsed.year < 1900:
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed


def _language(code: str) -> str:
    primary = code.strip().replace("_", "-").split("-", 1)[0].lower()
    return primary if primary.isalpha() and 2 <= len(primary) <= 3 else "ar"


class WxrReader:
    name: ClassVar[str] = "wxr"
    description: ClassVar[str] = "WordPress export (WXR 1.1/1.2)"
    extensions: ClassVar[tuple[str, ...]] = ()

    def sniff(self, path: Path, head: bytes) -> bool:
        return b"<rss" in head and WP_NS_PREFIX.encode() in head

    def estimate(self, path: Path) -> int | None:
        """Posts in the file (``post_type`` of ``post``), counted on the raw bytes."""
        try:
            count = 0
            carry = b""
            with path.open("rb") as handle:
                while chunk := handle.read(1 << 20):
                    data = carry + chunk
                    count += len(_POST_TYPE_RE.findall(data))
                    # Keep the tail that could hold a match cut in two, minus matches counted.
                    tail = data[-80:]
                    carry = _POST_TYPE_RE.sub(b"", tail)
            return count
        except OSError:
            return None

    def read(self, path: Path) -> Iterator[ImportedStory | SkippedItem]:
        check_prolog(path, read_head(path))
        attachments = self._attachments(path)
        yield from self._posts(path, attachments)

    # -- the two passes ----------------------------------------------------------------------

    def _iterparse(self, path: Path) -> Iterator[tuple[etree._Element, str, str]]:
        """(element, namespace, local name) at the end of each top-level thing worth reading."""
        try:
            for _event, element in etree.iterparse(
                str(path),
                events=("end",),
                resolve_entities=False,
                no_network=True,
                load_dtd=False,
                dtd_validation=False,
                huge_tree=False,
                remove_comments=True,
                remove_pis=True,
            ):
                ns, local = _local(element.tag)
                parent = element.getparent()
                if (
                    local in ("item", "author", "language", "base_site_url", "wxr_version")
                    and parent is not None
                    and _local(parent.tag)[1] == "channel"
                ):
                    yield element, ns, local
                    if local == "item" or local == "author":
                        element.clear(keep_tail=False)
                        while element.getprevious() is not None:
                            del parent[0]
        except etree.XMLSyntaxError as exc:
            line, column = exc.position if exc.position else (0, 0)
            where = f"line {line}, column {column}" if line else "document"
            # lxml may quote the text on a second line and repeat the position: one line.
            message = _LXML_POSITION_RE.sub("", (exc.msg or "").split("\n", 1)[0]).strip()
            message = message or "not well-formed XML"
            raise ImportFormatError(
                path, where, "not well-formed XML ({detail})", code="xml.malformed", detail=message
            ) from None
        except OSError as exc:
            raise unreadable(path, exc, str(exc)) from None

    def _attachments(self, path: Path) -> dict[str, list[str]]:
        """Post id → URLs of its attachments, and ``#<id>`` → the URL of one attachment."""
        found: dict[str, list[str]] = {}
        root_checked = False
        for item, _ns, local in self._iterparse(path):
            if not root_checked:
                self._check_root(path, item)
                root_checked = True
            if local != "item" or _child_text(item, WP_NS_PREFIX, "post_type") != "attachment":
                continue
            url = _child_text(item, WP_NS_PREFIX, "attachment_url").strip()
            if not url:
                continue
            post_id = _child_text(item, WP_NS_PREFIX, "post_id").strip()
            parent = _child_text(item, WP_NS_PREFIX, "post_parent").strip()
            if post_id:
                found[f"#{post_id}"] = [url]
            if parent and parent != "0":
                found.setdefault(parent, []).append(url)
        if not root_checked:
            raise ImportFormatError(
                path,
                "<channel>",
                "the file holds no WordPress channel or items",
                code="wxr.no_channel",
            )
        return found

    @staticmethod
    def _check_root(path: Path, element: etree._Element) -> None:
        root = element.getroottree().getroot()
        if _local(root.tag)[1] != "rss":
            raise ImportFormatError(
                path, "line 1", "not a WordPress export (no <rss> root)", code="wxr.no_rss"
            )

    def _posts(
        self, path: Path, attachments: dict[str, list[str]]
    ) -> Iterator[ImportedStory | SkippedItem]:
        authors: dict[str, str] = {}
        language = "ar"
        wp_namespace = False
        number = 0
        for element, ns, local in self._iterparse(path):
            if ns.startswith(WP_NS_PREFIX):
                wp_namespace = True
            if local == "language":
                language = _language(element.text or "")
            elif local == "author" and ns.startswith(WP_NS_PREFIX):
                login = _child_text(element, WP_NS_PREFIX, "author_login").strip()
                display = _child_text(element, WP_NS_PREFIX, "author_display_name").strip()
                if login:
                    authors[login] = display or login
            elif local == "item":
                number += 1
                where = f"line {element.sourceline}, item {number}"
                yield from self._item(path, element, where, authors, attachments, language)
        if not wp_namespace:
            raise ImportFormatError(
                path,
                "<channel>",
                "an RSS file without WordPress data: import it with the feed format",
                code="wxr.plain_rss",
            )

    def _item(
        self,
        path: Path,
        item: etree._Element,
        where: str,
        authors: dict[str, str],
        attachments: dict[str, list[str]],
        language: str,
    ) -> Iterator[ImportedStory | SkippedItem]:
        post_type = _child_text(item, WP_NS_PREFIX, "post_type").strip() or "post"
        comments = sum(1 for c in item if _local(c.tag)[1] == "comment")
        for _ in range(comments):
            yield SkippedItem(where, "comment", "comments are not stories")
        if post_type != "post":
            yield SkippedItem(where, post_type, f"a WordPress {post_type}, not a post")
            return
        wp_status = _child_text(item, WP_NS_PREFIX, "status").strip() or "draft"
        if wp_status == "trash":
            yield SkippedItem(where, "trashed post", "in the WordPress trash")
            return
        status = STATUSES.get(wp_status)
        if status is None:
            raise ImportFormatError(
                path,
                where,
                "unknown WordPress status {status!r}",
                code="wxr.bad_status",
                status=wp_status,
            )
        post_id = _child_text(item, WP_NS_PREFIX, "post_id").strip()
        raw_body = _child_text(item, CONTENT_NS, "encoded")
        body_blocks = html_to_blocks(_strip_shortcodes(raw_body))
        excerpt_html = ""
        for child in item:
            ns, local = _local(child.tag)
            if local == "encoded" and ns.startswith(WP_NS_PREFIX) and ns.endswith("excerpt/"):
                excerpt_html = "".join(child.itertext())
        excerpt = plain_text(html_to_blocks(excerpt_html)) if excerpt_html.strip() else ""
        # Titles and term names are HTML in WordPress ("&amp;" in a category's stored name).
        headline = html_line(text.strip_bidi_controls(_child_text(item, "", "title")))
        if not headline:
            headline = text.excerpt(plain_text(body_blocks), 80) if body_blocks else ""
        if not headline:
            yield SkippedItem(where, "empty post", "no title and no text")
            return
        try:
            published = _wp_date(_child_text(item, WP_NS_PREFIX, "post_date_gmt")) or _wp_date(
                _child_text(item, WP_NS_PREFIX, "post_date")
            )
            modified = _wp_date(_child_text(item, WP_NS_PREFIX, "post_modified_gmt"))
        except ValueError as exc:
            raise ImportFormatError(
                path, where, "a date is not a date ({detail})", code="wxr.bad_date", detail=str(exc)
            ) from None
        if published is None and status == "published":
            published = _rfc822(_child_text(item, "", "pubDate"))
        section: str | None = None
        tags: list[str] = []
        for child in item:
            if _local(child.tag) != ("", "category"):
                continue
            name = html_line("".join(child.itertext()))
            if not name:
                continue
            domain = child.get("domain", "category")
            if domain == "category":
                if unquote(child.get("nicename", "")).lower() in _DEFAULT_CATEGORIES:
                    continue
                if section is None:
                    section = name
                elif name != section:
                    tags.append(name)
            elif domain == "post_tag":
                tags.append(name)
        login = _child_text(item, DC_NS, "creator").strip()
        images = list(attachments.get(post_id, ()))
        thumbnail = self._meta(item, "_thumbnail_id")
        featured = attachments.get(f"#{thumbnail}", [""])[0] if thumbnail else ""
        if featured and featured not in images:
            images.insert(0, featured)
        for src in _IMG_SRC_RE.findall(raw_body):
            if src not in images:
                images.append(src)
        guid = " ".join(_child_text(item, "", "guid").split())
        extra = {"wp_post_id": post_id} if post_id else {}
        if featured:
            extra["featured_image"] = featured
        yield ImportedStory(
            headline=headline[:500],
            body="\n\n".join(body_blocks),
            location=where,
            excerpt=excerpt,
            section=section,
            tags=tuple(dict.fromkeys(tags)),
            authors=(authors.get(login, login),) if login else (),
            status=status,
            published_at=published if status == "published" else None,
            updated_at=modified,
            publish_at=published if wp_status == "future" else None,
            slug=unquote(_child_text(item, WP_NS_PREFIX, "post_name").strip()),
            language=language,
            source_url=_child_text(item, "", "link").strip(),
            source_id=guid or (f"wp:{post_id}" if post_id else ""),
            images=tuple(images),
            extra=extra,
        )

    @staticmethod
    def _meta(item: etree._Element, key: str) -> str:
        for child in item:
            ns, local = _local(child.tag)
            if (
                local == "postmeta"
                and ns.startswith(WP_NS_PREFIX)
                and _child_text(child, WP_NS_PREFIX, "meta_key").strip() == key
            ):
                return _child_text(child, WP_NS_PREFIX, "meta_value").strip()
        return ""
