"""A saved article page (``.html``): headline, body, byline, date, tags and images.

Finding the article in a page full of menus, widgets and advertisements is what trafilatura is
for; it is used for the headline, body, byline, date, tags, categories and the lead image, and
its tree is converted to the Markdown dialect by ``htmlmd``. The theme's blocks are then taken
apart as for a scraped page (``blocks``): anything of them trafilatura kept in the body is
removed, and the related entries are read from the whole page, because trafilatura rightly
drops a "Related Posts" box from the article text — but the newsroom wants those links.

Like the scraped page, a saved page imports as a draft: it was published by somebody else.
Its date is kept in ``extra["original_date"]``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar, Final
from urllib.parse import urljoin

import trafilatura
from lxml import etree

from newsdesk.core import text
from newsdesk.importers.base import (
    ImportedRelated,
    ImportedStory,
    ImportFormatError,
    SkippedItem,
    unreadable,
)
from newsdesk.importers.blocks import BlockKind, marker_kind, split_page
from newsdesk.importers.htmlmd import element_to_blocks, parse_html, strip_markdown

#: Pages larger than this are not article pages (trafilatura's own default limit is 20 MB).
MAX_BYTES: Final = 20_000_000
_HEADING_TAGS: Final = ("h1", "h2", "h3", "h4", "h5", "h6")
_ENTRY_TAGS: Final = ("li", "article", "div", "section")
_ELLIPSIS: Final = ("…", "...")
#: The word an Arabic theme prints before the author's name, as an English one prints "By"
#: (which trafilatura removes itself).
_BYLINE_WORD_RE: Final = re.compile(r"^(?:بواسطة|بقلم|كتبت?|إعداد|اعداد)\s*[:：-]?\s+")


def _own_text(element: etree._Element) -> str:
    return " ".join("".join(element.itertext()).split())


def related_from_page(root: etree._Element) -> list[ImportedRelated]:
    """Related entries of the page's related boxes: each link after the box title, with the
    text around it (ending in "…") as its excerpt."""
    entries: list[ImportedRelated] = []
    for title in root.iter(*_HEADING_TAGS, "p", "span", "strong", "div", "header"):
        label = _own_text(title)
        if not label or len(label) > 60 or title.find(".//a") is not None:
            continue
        found = marker_kind(label)
        if found is None or found[0] is not BlockKind.RELATED:
            continue
        container = title.getparent()
        while container is not None and not _links_after(container, title):
            container = container.getparent()
        if container is None:
            continue
        entries.extend(_entries(container, title))
    return entries


def _links_after(container: etree._Element, title: etree._Element) -> list[etree._Element]:
    links = []
    after = False
    for element in container.iter():
        if element is title:
            after = True
            continue
        if not after or not isinstance(element.tag, str):
            continue
        if element.tag in _HEADING_TAGS and element.find(".//a") is None:
            found = marker_kind(_own_text(element))
            if found is not None:
                break  # the next box begins
        if element.tag == "a" and len(text.tokens(_own_text(element))) >= 2:
            links.append(element)
    return links


def _entries(container: etree._Element, title: etree._Element) -> list[ImportedRelated]:
    out = []
    for link in _links_after(container, title):
        headline = _own_text(link)
        excerpt = ""
        holder = link.getparent()
        while holder is not None and holder is not container and holder.tag not in _ENTRY_TAGS:
            holder = holder.getparent()
        if holder is not None and holder is not container:
            rest = _own_text(holder).replace(headline, "", 1).strip()
            if rest.endswith(_ELLIPSIS) or len(text.tokens(rest)) > 8:
                excerpt = rest
        out.append(ImportedRelated(headline, excerpt, link.get("href", "").strip()))
    return out


def _restore_captions(body: etree._Element, page: etree._Element) -> None:
    """Put back, after each image of trafilatura's tree, the ``<figcaption>`` the page gave
    it (trafilatura drops captions, and with them the photo credits)."""
    captions: dict[str, str] = {}
    for figure in page.iter("figure"):
        image, caption = figure.find(".//img"), figure.find(".//figcaption")
        if image is not None and caption is not None and _own_text(caption):
            captions.setdefault((image.get("src") or "").strip(), _own_text(caption))
    for graphic in list(body.iter("graphic")):
        caption_text = captions.get((graphic.get("src") or "").strip())
        if caption_text and graphic.getparent() is not None:
            paragraph = etree.Element("p")
            paragraph.text = caption_text
            paragraph.tail, graphic.tail = graphic.tail, None
            graphic.addnext(paragraph)


def _first(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


class HtmlReader:
    name: ClassVar[str] = "html"
    description: ClassVar[str] = "saved article page (HTML)"
    extensions: ClassVar[tuple[str, ...]] = (".html", ".htm", ".xhtml")

    def sniff(self, path: Path, head: bytes) -> bool:
        lowered = head[:2048].lower()
        return b"<!doctype html" in lowered or b"<html" in lowered

    def read(self, path: Path) -> Iterator[ImportedStory | SkippedItem]:
        try:
            size = path.stat().st_size
            if size > MAX_BYTES:
                raise ImportFormatError(
                    path,
                    "",
                    "{size:,} bytes is too large for an article page",
                    code="html.too_large",
                    size=size,
                )
            data = path.read_bytes()
        except OSError as exc:
            raise unreadable(path, exc) from exc
        if b"\x00" in data[:4096]:
            raise ImportFormatError(
                path,
                "start of file",
                "the file holds NUL bytes: it is not a web page",
                code="html.nul",
            )
        logging.getLogger("trafilatura").setLevel(logging.ERROR)
        try:
            document = trafilatura.bare_extraction(
                data,
                with_metadata=True,
                include_images=True,
                include_links=True,
                include_formatting=True,
                include_tables=True,
                include_comments=False,
                favor_recall=True,
            )
        except (ValueError, etree.LxmlError) as exc:
            raise ImportFormatError(
                path,
                "<html>",
                "cannot read the page ({detail})",
                code="html.unreadable",
                detail=str(exc),
            ) from None
        body_root = getattr(document, "body", None) if document is not None else None
        if not isinstance(document, trafilatura.settings.Document) or body_root is None:
            raise ImportFormatError(
                path, "<body>", "no article text found in the page", code="html.no_text"
            )
        headline = " ".join(_first(document.title).split())
        page_url = _first(document.url)
        root = parse_html(data)
        _restore_captions(body_root, root)
        blocks = element_to_blocks(body_root, page_url)
        if blocks and headline and strip_markdown(blocks[0]) == headline:
            blocks = blocks[1:]
        parts = split_page(blocks, first_is_headline=not headline)
        headline = headline or parts.headline
        if not headline:
            raise ImportFormatError(
                path, "<title>", "the page has neither a title nor a heading", code="html.no_title"
            )
        if not parts.body:
            raise ImportFormatError(
                path, "<body>", "no article text found in the page", code="html.no_text"
            )
        related = list(parts.related) + related_from_page(root)
        seen = {text.normalize(headline)}
        unique = []
        for entry in related:
            key = text.normalize(entry.headline)
            if key not in seen:
                seen.add(key)
                unique.append(entry)
        images = [
            urljoin(page_url, graphic.get("src", "")) for graphic in body_root.iter("graphic")
        ]
        lead = _first(document.image)
        if lead:
            images.insert(0, lead)
        authors = [
            _BYLINE_WORD_RE.sub("", a.strip())
            for a in _first(document.author).split(";")
            if a.strip()
        ]
        categories = [c for c in (document.categories or []) if isinstance(c, str) and c.strip()]
        extra = {}
        if _first(document.date):
            extra["original_date"] = _first(document.date)
        html_element = root if root.tag == "html" else None
        language = (html_element.get("lang", "") if html_element is not None else "") or "ar"
        for kind, count in sorted(parts.dropped.items()):
            yield SkippedItem("", f"{kind} block", f"theme block of {count} lines, not story text")
        yield ImportedStory(
            headline=headline[:500],
            body="\n\n".join(parts.body),
            location="<body>",
            excerpt=" ".join(_first(document.description).split()),
            section=categories[0].strip() if categories else None,
            tags=tuple(dict.fromkeys(t.strip() for t in (document.tags or []) if t.strip())),
            authors=tuple(dict.fromkeys(authors)),
            language=language.split("-")[0].lower()[:3] or "ar",
            source_url=page_url,
            source_id=page_url,
            related=tuple(unique),
            images=tuple(dict.fromkeys(i for i in images if i)),
            extra=extra,
        )
