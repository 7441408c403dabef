"""Feeds: RSS 2.0, Atom 1.0 and JSON Feed 1.1, site-wide and per section and tag.

They share the site's URLs, rendering and sanitiser: a feed item's content is the same sanitised
body as the article page, with every link made absolute (feed readers have no base URL) and
wrapped in a block that carries the story's language and direction. Item ids never change when a
slug does: ``urn:uuid:<story uuid>`` (RSS ``guid isPermaLink="false"``, Atom ``id``, JSON
``id``). Dates carry their zone: RFC 822 in RSS, RFC 3339 in Atom and JSON. Text passes through
``clean_text`` (no bidi overrides, no characters XML 1.0 forbids), and nothing depends on the
time of the export, so feeds take part in the site's incremental writing like any page.

The XML is written by hand, escaped as ``xml.sax.saxutils`` does (whose import costs an export
``urllib.request``): three small, fixed shapes that are easier to keep byte-stable and valid this
way than through a feed library's own conventions.
"""

from __future__ import annotations

import html
import json
import re
import uuid
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import urljoin

from newsdesk.core.sanitize import clean_text
from newsdesk.export import urls
from newsdesk.export.common import View, digest
from newsdesk.export.dates import text_direction
from newsdesk.export.model import term_key

if TYPE_CHECKING:
    from newsdesk.export.model import Article
    from newsdesk.export.site import SitePlan, SiteRenderer

FORMATS: Final = {
    "rss": ("feed.xml", "application/rss+xml", "RSS"),
    "atom": ("atom.xml", "application/atom+xml", "Atom"),
    "json": ("feed.json", "application/feed+json", "JSON Feed"),
}
_URL_ATTR_RE: Final = re.compile(r'\b(href|src)="([^"]*)"')


def escape(text: str) -> str:
    """``&``, ``<`` and ``>`` as entities (``xml.sax.saxutils.escape``)."""
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


def quoteattr(text: str) -> str:
    """An attribute value with its quotes (``xml.sax.saxutils.quoteattr``)."""
    text = escape(text).replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;")
    if '"' not in text:
        return f'"{text}"'
    if "'" not in text:
        return f"'{text}'"
    return '"{}"'.format(text.replace('"', "&quot;"))


def scope_path(plan: SitePlan, kind: str, key: Any) -> str:
    """The page a feed belongs to (its HTML alternate); the feed files sit in that folder."""
    if kind == "site":
        return ""
    term = plan.terms[kind][key]
    return urls.section_path(term.slug) if kind == "section" else urls.tag_path(term.slug)


def plan_feeds(plan: SitePlan) -> None:
    """Add a job per format and scope (site, each section, each tag) to ``plan``."""
    site = plan.content.site
    count = max(1, site.feed_items)
    scopes: list[tuple[str, Any, list[int]]] = [
        ("site", None, [a.id for a in plan.content.articles])
    ]
    for kind in ("section", "tag"):
        scopes += [(kind, key, plan.lists[kind][key]) for key in sorted(plan.lists[kind])]
    for kind, key, ids in scopes:
        items = tuple(ids[:count])
        term = term_key(plan.terms.get(kind, {}).get(key))
        if plan.earlier_group("feed", (kind, key), items, term):
            continue
        start = len(plan.jobs)
        folder = scope_path(plan, kind, key)
        # One digest of the scope for its three formats.
        scope = digest(kind, key, term, sigs=[plan.page_sig[i] for i in items])
        bodies = tuple(plan.by_id[i].body_hash for i in items)
        for fmt, (name, _mime, _label) in FORMATS.items():
            plan.add(folder + name, "feed", (fmt, kind, key, items), (fmt, scope), bodies=bodies)
        plan.remember_group("feed", (kind, key), items, term, start)
    plan.extra["feeds"] = True


def feed_links(plan: SitePlan, kind: str, key: Any) -> dict[str, Any]:
    """The ``<link rel="alternate">`` entries of a page that has feeds (none without feeds)."""
    if not plan.extra.get("feeds"):
        return {}
    folder = scope_path(plan, kind, key)
    return {
        fmt: View(
            type=mime,
            href=plan.urls.href(folder + name),
            label=label,
            title=_feed_title(plan, kind, key, label),
        )
        for fmt, (name, mime, label) in FORMATS.items()
    }


def _feed_title(plan: SitePlan, kind: str, key: Any, label: str = "") -> str:
    title = clean_text(plan.content.site.title)
    if kind != "site":
        title = f"{title} — {clean_text(plan.terms[kind][key].name)}"
    return f"{title} ({label})" if label else title


def absolute_links(body: str, page_url: str) -> str:
    """``href``/``src`` in sanitised HTML resolved against the article's absolute URL."""

    def fix(match: re.Match[str]) -> str:
        value = urljoin(page_url, html.unescape(match.group(2)))
        return f'{match.group(1)}="{html.escape(value, quote=True)}"'

    return _URL_ATTR_RE.sub(fix, body)


def _item_html(r: SiteRenderer, a: Article) -> str:
    """The content of a feed item: the page's body (or summary) and its correction notes."""
    card = r.card(a.id)
    if r.site.feed_full_text:
        body = absolute_links(r.safe_body(a.body_hash), card["url"])
    else:
        body = f'<p dir="auto">{html.escape(card["summary"])}</p>'
    if a.image is not None:
        image = r.image_view(a.image, "100vw")
        body = (
            f'<p><img src="{html.escape(image["abs"])}" width="{image["width"]}" '
            f'height="{image["height"]}" alt="{html.escape(image["alt"])}"></p>\n' + body
        )
    for note in a.corrections:
        body += (
            f'\n<p dir="auto"><strong>{html.escape(r.t["corrected"])} '
            f"({html.escape(r.dates.day_time(note.created_at))}):</strong> "
            f"{html.escape(clean_text(note.text))}</p>"
        )
    direction = text_direction(a.language)
    return f'<div lang="{html.escape(a.language)}" dir="{direction}">\n{body}\n</div>'


def _urn(value: uuid.UUID | str) -> str:
    return f"urn:uuid:{value}"


#: Where the renderer keeps what the feeds of the last scope share (``_scope``).
_LAST_SCOPE: Final = ("scope", 0)


def _scope(r: SiteRenderer, kind: str, key: Any, ids: tuple[int, ...]) -> tuple[Any, ...]:
    """What the three feeds of a scope share: its folder, title, page, description, stories
    and their newest change. Built for the first of them and kept for the other two, which
    are rendered right after it (planned together, handed out in chunks in plan order): at
    5,600 scopes, the quoting of their URLs and the cleaning of their texts added up. Only
    the last scope is kept, so it costs no memory."""
    last = r.feed_items.get(_LAST_SCOPE)
    if last is not None and last[0] == (kind, key, ids):
        return last[1]  # type: ignore[no-any-return]
    plan = r.plan
    folder = scope_path(plan, kind, key)
    title = _feed_title(plan, kind, key)
    described = plan.terms[kind][key].description if kind != "site" else plan.content.site.tagline
    articles = [plan.by_id[i] for i in ids]
    newest = max((a.modified_at for a in articles), default=plan.content.now)
    shared = (folder, title, r.urls.absolute(folder), clean_text(described) or title, articles)
    found = (*shared, newest)
    r.feed_items[_LAST_SCOPE] = ((kind, key, ids), found)
    return found


def render_feed(r: SiteRenderer, fmt: str, kind: str, key: Any, ids: tuple[int, ...]) -> bytes:
    folder, title, home, description, articles, newest = _scope(r, kind, key, ids)
    own = r.urls.absolute(folder + FORMATS[fmt][0])
    meta = {
        "title": title,
        "home": home,
        "self": own,
        "id": _urn(uuid.uuid5(uuid.NAMESPACE_URL, own)),
        "description": description,
        "language": r.plan.content.site.language,
    }
    render = {"rss": _rss, "atom": _atom, "json": _json}[fmt]
    return render(r, meta, articles, newest)


#: Where a story's item content is kept (``_item``), escaped and encoded for each syntax.
_XML_CONTENT: Final = "xml content"
_JSON_CONTENT: Final = "json content"


def _item(r: SiteRenderer, fmt: str, a: Article, make: Any) -> tuple[bytes, ...]:
    """One item of a feed, in UTF-8 pieces to be joined; a story sits in several feeds, so
    its parts are built once.

    ``make`` gives the item's text around its content (the content itself left out) and
    whether it has content. The content, the bulk of every feed, is kept once per story for
    XML (RSS and Atom) and once for JSON, escaped and encoded, both made from one
    ``_item_html``; a feed is then joined from bytes, nothing escaped or encoded per use (at
    10,000 stories each content goes into 16 feeds on average: 208 MB of feeds, of which
    encoding alone took 0.7 s). The item's HTML itself is not kept.
    """
    key = (fmt, a.id)
    parts = r.feed_items.get(key)
    if parts is None:
        before, after, has_content = make(r, a)
        parts = r.feed_items[key] = (before.encode(), after.encode(), has_content)
    if not parts[2]:
        return parts[:1]
    content = r.feed_items.get((_JSON_CONTENT if fmt == "json" else _XML_CONTENT, a.id))
    if content is None:
        html = _item_html(r, a)
        xml = r.feed_items[_XML_CONTENT, a.id] = escape(html).encode()
        json_ = r.feed_items[_JSON_CONTENT, a.id] = _dumps(html).encode()
        content = json_ if fmt == "json" else xml
    return parts[0], content, parts[1]


def _items(r: SiteRenderer, fmt: str, articles: list[Article], make: Any) -> list[bytes]:
    out: list[bytes] = []
    for a in articles:
        out += _item(r, fmt, a, make)
    return out


def _rss(r: SiteRenderer, meta: dict[str, str], articles: list[Article], newest: Any) -> bytes:
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>\n',
        '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n',
        f"<title>{escape(meta['title'])}</title>\n",
        f"<link>{escape(meta['home'])}</link>\n",
        f"<description>{escape(meta['description'])}</description>\n",
        f"<language>{escape(meta['language'])}</language>\n",
        f'<atom:link href={quoteattr(meta["self"])} rel="self" type="application/rss+xml"/>\n',
        f"<lastBuildDate>{r.dates.rfc822(newest)}</lastBuildDate>\n",
        "<generator>Newsdesk</generator>\n",
    ]
    items = _items(r, "rss", articles, _rss_item)
    return b"".join(["".join(out).encode(), *items, b"</channel>\n</rss>\n"])


def _rss_item(r: SiteRenderer, a: Article) -> tuple[str, str, bool]:
    card = r.card(a.id)
    out = ["<item>\n"]
    out.append(f"<title>{escape(card['headline'])}</title>\n")
    out.append(f"<link>{escape(card['url'])}</link>\n")
    out.append(f'<guid isPermaLink="false">{_urn(a.uuid)}</guid>\n')
    out.append(f"<pubDate>{r.dates.rfc822(a.published_at)}</pubDate>\n")
    for author in a.authors:
        out.append(f"<dc:creator>{escape(clean_text(author.name))}</dc:creator>\n")
    if a.section is not None:
        out.append(f"<category>{escape(clean_text(a.section.name))}</category>\n")
    for tag in a.tags:
        out.append(f"<category>{escape(clean_text(tag.name))}</category>\n")
    if card["summary"]:
        # Readers take RSS descriptions as HTML: the plain summary is escaped for that too.
        summary = html.escape(card["summary"], quote=False)
        out.append(f"<description>{escape(summary)}</description>\n")
    if r.site.feed_full_text or a.corrections or a.image is not None:
        out.append("<content:encoded>")
        return ("".join(out), "</content:encoded>\n</item>\n", True)
    out.append("</item>\n")
    return ("".join(out), "", False)


def _atom(r: SiteRenderer, meta: dict[str, str], articles: list[Article], newest: Any) -> bytes:
    lang = quoteattr(meta["language"])
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>\n',
        f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang={lang}>\n',
        f"<id>{meta['id']}</id>\n",
        f'<title type="text">{escape(meta["title"])}</title>\n',
        f'<subtitle type="text">{escape(meta["description"])}</subtitle>\n',
        f'<link rel="self" type="application/atom+xml" href={quoteattr(meta["self"])}/>\n',
        f'<link rel="alternate" type="text/html" href={quoteattr(meta["home"])}/>\n',
        f"<updated>{r.dates.iso(newest)}</updated>\n",
        f"<author><name>{escape(r.site_view['title'])}</name>"
        f"<uri>{escape(r.site_view['home_url'])}</uri></author>\n",
        "<generator>Newsdesk</generator>\n",
    ]
    items = _items(r, "atom", articles, _atom_item)
    return b"".join(["".join(out).encode(), *items, b"</feed>\n"])


def _atom_item(r: SiteRenderer, a: Article) -> tuple[str, str, bool]:
    card = r.card(a.id)
    out = [f"<entry xml:lang={quoteattr(a.language)}>\n"]
    out.append(f"<id>{_urn(a.uuid)}</id>\n")
    out.append(f'<title type="text">{escape(card["headline"])}</title>\n')
    out.append(f'<link rel="alternate" type="text/html" href={quoteattr(card["url"])}/>\n')
    out.append(f"<published>{card['iso']}</published>\n")
    out.append(f"<updated>{r.dates.iso(a.modified_at)}</updated>\n")
    for author in a.authors:
        uri = r.urls.absolute(urls.author_path(author.slug))
        out.append(
            f"<author><name>{escape(clean_text(author.name))}</name><uri>{escape(uri)}</uri></author>\n"
        )
    if a.section is not None:
        out.append(f"<category term={quoteattr(clean_text(a.section.name))}/>\n")
    for tag in a.tags:
        out.append(f"<category term={quoteattr(clean_text(tag.name))}/>\n")
    if card["summary"]:
        out.append(f'<summary type="text">{escape(card["summary"])}</summary>\n')
    if r.site.feed_full_text or a.corrections or a.image is not None:
        out.append('<content type="html">')
        return ("".join(out), "</content>\n</entry>\n", True)
    out.append("</entry>\n")
    return ("".join(out), "", False)


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


#: Stands for an item's content while the rest of its JSON is built. NUL never reaches a
#: field (``clean_text`` removes it), so no field can hold the mark's JSON form.
_CONTENT_MARK: Final = "\x00content\x00"
_DUMPED_MARK: Final = _dumps(_CONTENT_MARK)


def _json(r: SiteRenderer, meta: dict[str, str], articles: list[Article], newest: Any) -> bytes:
    head = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": meta["title"],
        "home_page_url": meta["home"],
        "feed_url": meta["self"],
        "description": meta["description"],
        "language": meta["language"],
        "authors": [{"name": r.site_view["title"], "url": r.site_view["home_url"]}],
    }
    out = [(_dumps(head)[:-1] + ',\n"items":[\n').encode()]
    for i, a in enumerate(articles):
        if i:
            out.append(b",\n")
        out += _item(r, "json", a, _json_item)
    out.append(b"\n]}\n")
    return b"".join(out)


def _json_item(r: SiteRenderer, a: Article) -> tuple[str, str, bool]:
    card = r.card(a.id)
    item: dict[str, Any] = {
        "id": _urn(a.uuid),
        "url": card["url"],
        "title": card["headline"],
        "content_html": _CONTENT_MARK,
    }
    if card["summary"]:
        item["summary"] = card["summary"]
    if a.image is not None:
        item["image"] = r.image_view(a.image, "100vw")["abs"]
    item["date_published"] = card["iso"]
    item["date_modified"] = r.dates.iso(a.modified_at)
    if a.authors:
        item["authors"] = [
            {"name": clean_text(x.name), "url": r.urls.absolute(urls.author_path(x.slug))}
            for x in a.authors
        ]
    tags = ([clean_text(a.section.name)] if a.section else []) + [
        clean_text(t.name) for t in a.tags
    ]
    if tags:
        item["tags"] = tags
    item["language"] = a.language
    text = _dumps(item)
    at = text.index(_DUMPED_MARK)  # the first string after id, url and title
    return (text[:at], text[at + len(_DUMPED_MARK) :], True)
