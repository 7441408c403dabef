"""The static site: plan every output first, then render what changed and write it atomically.

``plan_site`` turns ``SiteContent`` into a list of ``Job``\\ s — one per output file, each with
its output path and a *fingerprint* of everything that goes into it (the story's fields and body
hash, the cards it links to, the theme's files, the site settings). Two jobs at one path (also
when they differ only in letter case, which would collide on macOS and Windows) stop the export
before anything is written. ``export_site`` then asks the writer to keep every job whose
fingerprint is unchanged, fetches and sanitises only the bodies the other jobs need, renders
them, and commits: an export where one story changed renders a handful of pages.

Long work is a generator: it yields ``ExportProgress`` steps and returns the ``WriteReport``.
"""

from __future__ import annotations

import contextlib
import gc
import io
import json
import multiprocessing as mp
import multiprocessing.connection as mp_connection
import traceback
import typing
from collections import defaultdict
from collections.abc import Callable, Generator, Iterable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Final

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, PackageLoader, StrictUndefined
from jinja2.bccache import Bucket, FileSystemBytecodeCache
from markupsafe import Markup

from newsdesk.core.sanitize import clean_text
from newsdesk.core.text import excerpt
from newsdesk.export import urls
from newsdesk.export.common import (
    EXPORT_VERSION,
    NEWS_SITEMAP_MAX,
    NEWS_SITEMAP_WINDOW,
    ExportProgress,
    View,
    digest,
    static_files,
    theme_fingerprint,
    value_digest,
)
from newsdesk.export.dates import DateFormatter, text_direction, zone_of
from newsdesk.export.feeds import feed_links, plan_feeds, render_feed
from newsdesk.export.labels import labels_for
from newsdesk.export.memo import Job, PlanMemo
from newsdesk.export.model import (
    Article,
    BodySource,
    Image,
    MediaSource,
    SiteContent,
    SiteInfo,
    Term,
    term_key,
)
from newsdesk.export.writer import ExportError, SiteWriter, WriteReport

#: Widths of the image renditions (never wider than the original).
RENDITION_WIDTHS: Final = (320, 640, 960, 1280)
SITEMAP_CHUNK: Final = 10_000
PROGRESS_EVERY: Final = 250


# -- the theme -----------------------------------------------------------------------------------


class _Environment(Environment):
    """Jinja2's environment, reading a ``View``'s keys as attributes first.

    Jinja2 looks attributes up before items: ``{{ item.href }}`` on a mapping misses the
    attribute (a ``__getattr__`` call, or an ``AttributeError`` caught) before it finds the
    key, a measurable share of a 10,000-page export.
    """

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is View:
            try:
                return obj[attribute]
            except KeyError:
                pass
        return super().getattr(obj, attribute)

    def make_globals(self, d: MutableMapping[str, Any] | None) -> MutableMapping[str, Any]:
        return _TemplateGlobals(self.globals, d)

    def refresh_globals(self) -> None:
        """Bring the globals of the templates loaded so far up to date with the environment's
        (``_TemplateGlobals``); those loaded later take them as they are then."""
        if self.cache is not None:
            for template in self.cache.values():
                if isinstance(template.globals, _TemplateGlobals):
                    template.globals.refresh()


class _TemplateGlobals(dict[str, Any]):
    """A template's globals: its own over the environment's, in one plain dict.

    Jinja2 chains the two (a ``ChainMap``, so that the environment's globals set after a
    template was loaded still reach it), and every render copies the chain into the page's
    context key by key in Python: a tenth of the pages' time at 16,000 pages. One dict copies
    in C. The environment's globals are set once per export (``SiteRenderer``), which then
    calls ``_Environment.refresh_globals`` for the templates loaded before.
    """

    def __init__(self, shared: Mapping[str, Any], own: Mapping[str, Any] | None) -> None:
        super().__init__()
        self.shared = shared
        self.own = own if own is not None else {}
        self.refresh()

    def refresh(self) -> None:
        self.clear()
        self.update(self.shared)
        self.update(self.own)


class _TemplateCache(FileSystemBytecodeCache):
    """Compiled templates kept between exports (compiling the theme costs 80 ms a process;
    an export after one change renders a few pages). Entries are keyed by the template's
    source, so an edited theme compiles afresh. A cache that cannot be read or written (a
    full disk, a damaged file) is simply not used."""

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


def _template_cache() -> _TemplateCache | None:
    """The cache in the user's own cache folder: never beside the site, where a file planted
    by someone else would run as code at the next export (the snapshot is read with a
    restricted unpickler for the same reason)."""
    from platformdirs import user_cache_path

    folder = user_cache_path("Newsdesk", appauthor=False) / "templates"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        return None
    return _TemplateCache(str(folder))


class Theme:
    """Templates and static files: the user's theme folder first, then the default theme."""

    def __init__(self, user_dir: Path | None = None) -> None:
        if user_dir is not None and not user_dir.is_dir():
            raise ExportError(
                "the theme folder {folder} does not exist",
                code="export.no_theme",
                folder=str(user_dir),
            )
        self.user_dir = user_dir
        loaders: list[Any] = []
        if user_dir is not None:
            loaders.append(FileSystemLoader(str(user_dir / "templates")))
        loaders.append(PackageLoader("newsdesk", "assets/themes/default/templates"))
        self.env = _Environment(
            loader=ChoiceLoader(loaders),
            autoescape=True,
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            # One export, one theme: no stat() of every template file at each ``extends``
            # and ``import`` (tens of thousands per export).
            auto_reload=False,
            bytecode_cache=_template_cache(),
        )

    @cached_property
    def static_files(self) -> dict[str, bytes]:
        """``static/…`` path → bytes; the user's file wins over the default one of that name."""
        return static_files(self.user_dir)

    @cached_property
    def fingerprint(self) -> str:
        return theme_fingerprint(self.user_dir)


# -- the plan ------------------------------------------------------------------------------------


def _pages(items: Sequence[int], size: int) -> list[tuple[int, ...]]:
    if not items:
        return [()]
    return [tuple(items[i : i + size]) for i in range(0, len(items), size)]


def _page_count(items: Sequence[int], size: int) -> int:
    """``len(_pages(items, size))`` without building the pages."""
    return max(1, -(-len(items) // size))


def _renditions(image: Image) -> list[int]:
    widths = [w for w in RENDITION_WIDTHS if w < image.width]
    widths.append(min(image.width, RENDITION_WIDTHS[-1]))
    return sorted(set(widths))


_EXTENSIONS: Final = {
    "image/jpeg": "jpg",
    "image/png": "png",
    "image/webp": "webp",
    "image/gif": "png",
}


def rendition_path(image: Image, width: int) -> str:
    ext = _EXTENSIONS.get(image.mime_type, "jpg")
    return f"media/{image.sha256[:2]}/{image.sha256[:20]}-{width}.{ext}"


@dataclass
class SitePlan:
    content: SiteContent
    theme: Theme
    urls: urls.Urls
    jobs: list[Job] = field(default_factory=list)
    by_id: dict[int, Article] = field(default_factory=dict)
    #: list kind ("section", "tag", "author", "archive") → key → article ids, newest first.
    lists: dict[str, dict[Any, list[int]]] = field(default_factory=dict)
    terms: dict[str, dict[Any, Term]] = field(default_factory=dict)
    front_ids: list[int] = field(default_factory=list)
    latest_ids: list[int] = field(default_factory=list)
    card_sig: dict[int, str] = field(default_factory=dict)
    page_sig: dict[int, str] = field(default_factory=dict)
    base_sig: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    #: The last plan's groups of jobs that may be taken as they were (``earlier_group``); the
    #: stories that are not the objects that plan had, and those of them whose signatures
    #: changed.
    earlier: dict[str, dict[Any, Any]] = field(default_factory=dict)
    renewed: set[int] = field(default_factory=set)
    changed: set[int] = field(default_factory=set)
    #: What this plan leaves for the next one (``PlanMemo.jobs``).
    reusable: dict[str, dict[Any, Any]] = field(default_factory=dict)

    def add(  # type: ignore[no-untyped-def]
        self, path: str, kind: str, key: tuple[Any, ...], deps: Any, bodies=(), sigs=()
    ) -> Job:
        """One output; its fingerprint covers ``deps`` and the signatures ``sigs``."""
        fingerprint = digest(self.base_sig, kind, deps, sigs=sigs)
        job = Job(path, kind, key, fingerprint, tuple(bodies))
        self.jobs.append(job)
        return job

    def earlier_group(self, group: str, place: Any, shows: Sequence[int], check: Any) -> bool:
        """Take the last plan's jobs at ``place`` of ``group`` ("front", "tag", "feed", …) as
        they were, when they showed the same stories (``shows``, in order), none of them
        changed, and what else they were planned from (``check``) is equal. False: plan them
        afresh, then ``remember_group``."""
        old = self.earlier.get(group, {}).get(place)
        if old is None or old[0] != shows or old[1] != check or not self.changed.isdisjoint(shows):
            return False
        self.jobs.extend(old[2])
        self.reusable.setdefault(group, {})[place] = old
        return True

    def remember_group(
        self, group: str, place: Any, shows: Sequence[int], check: Any, start: int
    ) -> None:
        """Keep the jobs planned since ``start`` for the next plan's ``earlier_group``."""
        self.reusable.setdefault(group, {})[place] = (shows, check, self.jobs[start:])


def _signatures(a: Article) -> tuple[str, str]:
    """Digests of what a story's card shows, and of what its page shows besides."""
    # Primitive fields only: repr() of dataclasses and datetimes is what made this slow.
    home = a.section
    image = a.image
    card = digest(
        a.id,
        a.headline,
        a.slug,
        a.summary,
        a.kicker,
        None if home is None else (home.id, home.name, home.slug),
        a.published_at.timestamp(),
        None if image is None else (image.sha256, image.width, image.height, image.alt),
        a.language,
    )
    page = digest(
        card,
        a.body_hash,
        a.dek,
        [(t.id, t.name, t.slug) for t in a.authors],
        [(t.id, t.name, t.slug) for t in a.tags],
        a.dateline,
        [(c.text, c.created_at.timestamp()) for c in a.corrections],
        a.word_count,
        None if image is None else (image.caption, image.credit, image.mime_type),
    )
    return card, page


def plan_site(
    content: SiteContent, theme: Theme, *, feeds: bool = True, memo: PlanMemo | None = None
) -> SitePlan:
    """Every output of the site, with its inputs' fingerprint; refuses two outputs at one path.

    ``memo`` is what an earlier plan left (``export.memo``): a story that is the very same
    object (an export that reloaded only the stories that changed) is not digested again, and
    the outputs that show none of the changed stories are taken as they were. It is brought up
    to date for the next plan.
    """
    site = content.site
    try:
        plan = SitePlan(content, theme, urls.Urls(site.base_url))
    except urls.BaseUrlError as exc:
        raise ExportError(exc.template, code=exc.code, **exc.params) from exc
    except ValueError as exc:
        raise ExportError(str(exc)) from exc
    plan.base_sig = digest(EXPORT_VERSION, theme.fingerprint, site, content.sections)
    plan.by_id = {a.id: a for a in content.articles}
    world = (plan.base_sig, feeds, tuple(plan.by_id))
    earlier = memo if memo is not None else PlanMemo()
    if earlier.world == world:
        plan.earlier = earlier.jobs
    zone = zone_of(site.time_zone)
    lists: dict[str, dict[Any, list[int]]] = {
        k: defaultdict(list) for k in ("section", "tag", "author", "archive")
    }
    terms: dict[str, dict[Any, Term]] = {"section": {}, "tag": {}, "author": {}}
    for section in content.sections:
        terms["section"][section.id] = section
    known = earlier.signatures
    for a in content.articles:
        found = known.get(a.id)
        if found is not None and found[0] is a:
            plan.card_sig[a.id], plan.page_sig[a.id] = found[1], found[2]
        else:
            plan.card_sig[a.id], plan.page_sig[a.id] = sigs = _signatures(a)
            plan.renewed.add(a.id)
            if found is None or sigs != found[1:]:
                plan.changed.add(a.id)
        if a.section is not None:
            lists["section"][a.section.id].append(a.id)
            terms["section"].setdefault(a.section.id, a.section)
        for tag in a.tags:
            lists["tag"][tag.id].append(a.id)
            terms["tag"].setdefault(tag.id, tag)
        for author in a.authors:
            lists["author"][author.id].append(a.id)
            terms["author"].setdefault(author.id, author)
        local = a.published_at.astimezone(zone)
        lists["archive"][(local.year, local.month)].append(a.id)
    plan.lists, plan.terms = lists, terms

    # Front page: the zones, then the latest stories not already in a zone.
    seen: set[int] = set()
    for front_zone in content.front:
        for article_id in front_zone.article_ids:
            if article_id in plan.by_id and article_id not in seen:
                plan.front_ids.append(article_id)
                seen.add(article_id)
    plan.latest_ids = [a.id for a in content.articles if a.id not in seen]
    size = max(1, site.page_size)
    front_pages = _pages(plan.latest_ids, size)
    zones_sig = tuple(
        (z.name, tuple(plan.card_sig.get(i, "") for i in z.article_ids)) for z in content.front
    )
    for number, items in enumerate(front_pages, start=1):
        check = (len(front_pages), zones_sig if number == 1 else ())
        if plan.earlier_group("front", number, items, check):
            continue
        start = len(plan.jobs)
        plan.add(
            urls.file_of(urls.front_path(number)),
            "front",
            (number, items),
            (number, *check),
            sigs=[plan.card_sig[i] for i in items],
        )
        plan.remember_group("front", number, items, check, start)

    # A story's page shows its own fields and the cards of its related and You Missed stories.
    earlier_pages = plan.earlier.get("article", {})
    pages_kept = plan.reusable.setdefault("article", {})
    renewed, changed = plan.renewed, plan.changed
    for a in content.articles:
        job = earlier_pages.get(a.id)
        if (
            job is None
            or a.id in renewed
            or not changed.isdisjoint(a.related)
            or not changed.isdisjoint(a.you_missed)
        ):
            job = plan.add(
                urls.file_of(urls.article_path(a.id, a.slug)),
                "article",
                (a.id,),
                (
                    plan.page_sig[a.id],
                    tuple(plan.card_sig[i] for i in a.related if i in plan.by_id),
                    tuple(plan.card_sig[i] for i in a.you_missed if i in plan.by_id),
                ),
                bodies=(a.body_hash,),
            )
        else:
            plan.jobs.append(job)
        pages_kept[a.id] = job
    for tomb in content.tombstones:
        plan.add(
            urls.file_of(urls.article_path(tomb.id, tomb.slug)), "tombstone", (tomb.id,), (tomb,)
        )

    path_of: dict[str, Callable[[Any, int], str]] = {
        "section": lambda key, n: urls.section_path(terms["section"][key].slug, n),
        "tag": lambda key, n: urls.tag_path(terms["tag"][key].slug, n),
        "author": lambda key, n: urls.author_path(terms["author"][key].slug, n),
        "archive": lambda key, n: urls.archive_path(key[0], key[1], n),
    }
    for kind, groups in lists.items():
        for group in sorted(groups):
            ids = groups[group]
            term = term_key(terms[kind].get(group)) if kind != "archive" else None
            if plan.earlier_group(kind, group, ids, term):
                continue
            start = len(plan.jobs)
            pages = _pages(ids, size)
            for number, items in enumerate(pages, start=1):
                plan.add(
                    urls.file_of(path_of[kind](group, number)),
                    "list",
                    (kind, group, number, items),
                    (kind, group, term, number, len(pages)),
                    sigs=[plan.card_sig[i] for i in items],
                )
            plan.remember_group(kind, group, ids, term, start)
    months = sorted(lists["archive"], reverse=True)
    plan.add(
        urls.file_of(urls.ARCHIVE_INDEX),
        "archive_index",
        (),
        tuple((m, len(lists["archive"][m])) for m in months),
    )
    plan.add("404.html", "not_found", (), ())

    for rel, data in theme.static_files.items():
        plan.jobs.append(Job(rel, "static", (rel,), digest(EXPORT_VERSION, data)))
    images = {a.image.sha256: a.image for a in content.articles if a.image is not None}
    for sha in sorted(images):
        for width in _renditions(images[sha]):
            plan.jobs.append(
                Job(
                    rendition_path(images[sha], width),
                    "media",
                    (sha, width),
                    digest(EXPORT_VERSION, images[sha], width),
                )
            )

    _plan_sitemaps(plan)
    if feeds:
        plan_feeds(plan)
    _check_paths(plan.jobs)
    if memo is not None:
        memo.signatures = {
            a.id: (a, plan.card_sig[a.id], plan.page_sig[a.id]) for a in content.articles
        }
        memo.world, memo.jobs = world, plan.reusable
    return plan


def _sitemap_entries(plan: SitePlan, *, plain: bool = False) -> list[tuple[Any, ...]]:
    """The pages the sitemap lists, in order: (page path, last change or None) each.

    ``plain``: what decides them instead, without a path built or a date written (the
    plan's fingerprints; a tenth of the plan after one change at 10,000 stories).
    """
    articles = plan.content.articles
    entries: list[tuple[Any, ...]] = [("", None)]
    if plain:
        entries += [(a.id, a.slug, a.modified_at.timestamp()) for a in articles]
    else:
        entries += [(urls.article_path(a.id, a.slug), a.modified_at) for a in articles]
    for kind, path in (
        ("section", urls.section_path),
        ("tag", urls.tag_path),
        ("author", urls.author_path),
    ):
        for key in sorted(plan.lists[kind]):
            slug = plan.terms[kind][key].slug
            entries.append((kind, slug) if plain else (path(slug, 1), None))
    return entries


def _plan_sitemaps(plan: SitePlan) -> None:
    content = plan.content
    entries = _sitemap_entries(plan, plain=True)
    chunks = [entries[i : i + SITEMAP_CHUNK] for i in range(0, len(entries), SITEMAP_CHUNK)]
    for number, chunk in enumerate(chunks, start=1):
        plan.add(f"sitemaps/pages-{number}.xml", "sitemap", (number,), value_digest(chunk))
    plan.add("sitemap.xml", "sitemap_index", (len(chunks),), len(chunks))
    since = content.now - NEWS_SITEMAP_WINDOW
    recent = tuple(a.id for a in content.articles if since <= a.published_at <= content.now)
    recent = recent[:NEWS_SITEMAP_MAX]
    plan.add(
        "news-sitemap.xml",
        "news_sitemap",
        (recent,),
        tuple((plan.card_sig[i], [term_key(t) for t in plan.by_id[i].tags]) for i in recent),
    )
    plan.add("robots.txt", "robots", (), ())


def _check_paths(jobs: Sequence[Job]) -> None:
    if len({job.path.casefold() for job in jobs}) == len(jobs):
        return  # the usual case, told by one set; the loop below names a clash
    seen: dict[str, Job] = {}
    for job in jobs:
        folded = job.path.casefold()
        other = seen.get(folded)
        if other is not None:
            raise ExportError(
                "two outputs at one path: {path} ({kind} {key}) and {other_path} ({other_kind} "
                "{other_key}); nothing was written",
                code="export.clash",
                path=job.path,
                kind=job.kind,
                key=job.key[:1],
                other_path=other.path,
                other_kind=other.kind,
                other_key=other.key[:1],
            )
        seen[folded] = job


# -- rendering -----------------------------------------------------------------------------------


def json_ld(data: Mapping[str, Any]) -> Markup:
    """JSON-LD safe inside ``<script>``: no ``<``, ``>`` or ``&`` can end or confuse the element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


class SiteRenderer:
    """Renders jobs of a plan to bytes; builds each story's views once and reuses them."""

    def __init__(self, plan: SitePlan, bodies: Mapping[str, str], media: MediaSource) -> None:
        self.plan = plan
        self.content = plan.content
        self.site = plan.content.site
        self.urls = plan.urls
        self.bodies = bodies
        self.media = media
        self.dates = DateFormatter(self.site.language, self.site.time_zone, self.site.numeral_style)
        self.t = View(labels_for(self.site.language))
        self.env = plan.theme.env
        self._cards: dict[int, dict[str, Any]] = {}
        self._terms: dict[tuple[Any, ...], View] = {}
        #: Feed item parts per format and article id, and item contents (feeds.py).
        self.feed_items: dict[tuple[str, int], Any] = {}
        self._templates: dict[str, Any] = {}
        self.site_view = self._site_view()
        # Template fragments that are the same wherever they appear (a story's card), built
        # once per export: ``memo`` and ``remember`` are what the default theme's macros use.
        self._memo: dict[Any, Markup] = {}
        self._card_macro: Any = None
        self._sitemap: list[tuple[Any, ...]] | None = None
        # ``site`` and ``t`` as globals too: the macros then need no template's context, and
        # Jinja2 builds the imported module once instead of once per page.
        self.env.globals.update(
            memo=self._memo,
            remember=self._remember,
            card_list=self._cards_html,
            site=self.site_view,
            t=self.t,
        )
        self.env.refresh_globals()

    def _remember(self, key: Any, html: Markup) -> Markup:
        self._memo[key] = html
        return html

    def _cards_html(
        self,
        items: Iterable[Mapping[str, Any]],
        heading: str = "h3",
        show_image: bool = True,
        show_summary: bool = True,
    ) -> Markup:
        """The theme's ``card`` macro for each of ``items``, one per line, each built once.

        A list page shows 20 cards, each already built for another page: looking them up here
        costs a dict access, where calling the macro from the template costs a macro call.
        """
        memo = self._memo
        parts = []
        for item in items:
            html = memo.get(("card", item["id"], heading, show_image, show_summary))
            if html is None:
                if self._card_macro is None:
                    self._card_macro = self.template("macros.html").module.card
                html = self._card_macro(
                    item, heading=heading, show_image=show_image, show_summary=show_summary
                )
                # Also when a user theme's macro does not remember it: a card is the same on
                # every page (the plan's fingerprints already count on that).
                memo[("card", item["id"], heading, show_image, show_summary)] = html
            parts.append(html)
        return Markup("\n".join(parts))

    def prepare(self, jobs: Iterable[Job]) -> None:
        """Build once, before forking, what the pages of every worker share.

        Each forked worker would otherwise build the card views of nearly every story itself
        (a story's page and the feeds that carry it land in different workers): about 0.5 s
        of CPU at 10,000 stories, done twice. Built here, the workers inherit them. (The
        cards' HTML is left to the workers: 40 MB more in the parent, which peaked higher for
        it.) Bodies come sanitised from the render cache (``core.markup.page_html``).
        """
        by_id = self.plan.by_id
        cards: set[int] = set()
        for job in jobs:
            if job.kind in ("front", "feed"):
                cards.update(job.key[-1])
            elif job.kind == "list":
                cards.update(job.key[3])
            elif job.kind == "article":
                a = by_id[job.key[0]]
                cards.add(a.id)
                cards.update(a.related)
                cards.update(a.you_missed)
        for i in sorted(cards):
            if i in by_id:
                self.card(i)

    def forget(self) -> None:
        """Drop everything built for pages (``prepare``), to free the memory."""
        for cache in (self._memo, self._cards, self._terms, self.feed_items):
            cache.clear()
        self._card_macro = None
        self._sitemap = None

    def template(self, name: str) -> Any:
        found = self._templates.get(name)
        if found is None:
            found = self._templates[name] = self.env.get_template(name)
        return found

    def _site_view(self) -> dict[str, Any]:
        site, u = self.site, self.urls
        nav = [
            View(name=clean_text(t.name), href=u.href(urls.section_path(t.slug)))
            for t in self.content.sections
            if t.id in self.plan.lists["section"]
        ]
        return View(
            {
                "title": clean_text(site.title),
                "tagline": clean_text(site.tagline),
                "lang": site.language,
                "dir": text_direction(site.language),
                "home": u.href(""),
                "home_url": u.absolute(""),
                "css": u.href("static/style.css"),
                "nav": nav,
                "archive": u.href(urls.ARCHIVE_INDEX),
                "feeds": feed_links(self.plan, "site", None),
            }
        )

    def page(self, title: str, path: str, kind: str, **more: Any) -> dict[str, Any]:
        return View(
            {
                "title": title,
                "canonical": self.urls.absolute(path),
                "kind": kind,
                "description": "",
                "noindex": False,
                "feeds": {},
                **more,
            }
        )

    def render_to_bytes(self, name: str, **context: Any) -> bytes:
        html: str = self.template(name).render(site=self.site_view, t=self.t, **context)
        return html.encode("utf-8")

    # -- views

    def image_view(self, image: Image, sizes: str) -> dict[str, Any]:
        widths = _renditions(image)
        src_width = min(widths, key=lambda w: (abs(w - 960), w))
        return View(
            {
                "src": self.urls.href(rendition_path(image, src_width)),
                "srcset": ", ".join(
                    f"{self.urls.href(rendition_path(image, w))} {w}w" for w in widths
                ),
                "sizes": sizes,
                "width": src_width,
                "height": max(1, round(image.height * src_width / image.width)),
                "alt": clean_text(image.alt),
                "caption": clean_text(image.caption),
                "credit": clean_text(image.credit),
                "abs": self.urls.absolute(rendition_path(image, src_width)),
            }
        )

    def card(self, article_id: int) -> dict[str, Any]:
        found = self._cards.get(article_id)
        if found is not None:
            return found
        a = self.plan.by_id[article_id]
        section = a.section
        path = urls.article_path(a.id, a.slug)
        found = View(
            {
                "id": a.id,
                "href": self.urls.href(path),
                "url": self.urls.absolute(path),
                "headline": clean_text(a.headline),
                "kicker": clean_text(a.kicker),
                "summary": clean_text(a.summary),
                "excerpt": excerpt(clean_text(a.summary), 160) if a.summary else "",
                "section": None
                if section is None
                else View(
                    name=clean_text(section.name),
                    href=self.urls.href(urls.section_path(section.slug)),
                ),
                "date": self.dates.day(a.published_at),
                "iso": self.dates.iso(a.published_at),
                "lang": a.language,
                "image": None
                if a.image is None
                else self.image_view(a.image, "(max-width: 700px) 100vw, 320px"),
            }
        )
        self._cards[article_id] = found
        return found

    def cards(self, ids: Iterable[int]) -> list[dict[str, Any]]:
        return [self.card(i) for i in ids if i in self.plan.by_id]

    def terms_view(self, terms: Iterable[Term], path: Callable[[str], str]) -> list[Any]:
        """Links to tags or authors; each link built once (a tag is on many pages)."""
        found = self._terms
        out = []
        for t in terms:
            key = (path, t.id, t.name, t.slug)
            view = found.get(key)
            if view is None:
                view = found[key] = View(name=clean_text(t.name), href=self.urls.href(path(t.slug)))
            out.append(view)
        return out

    def safe_body(self, key: str) -> str:
        """The body for a body hash, as a page shows it: the body source gives it rendered and
        sanitised already (``core.markup.page_html``, kept in the render cache)."""
        return self.bodies[key]

    def pagination(self, number: int, count: int, path: Callable[[int], str]) -> dict[str, Any]:
        return View(
            {
                "number": self.dates.number(number),
                "count": self.dates.number(count),
                "prev": self.urls.href(path(number - 1)) if number > 1 else None,
                "next": self.urls.href(path(number + 1)) if number < count else None,
            }
        )

    # -- pages

    def render(self, job: Job) -> bytes:
        return getattr(self, "_render_" + job.kind)(*job.key)  # type: ignore[no-any-return]

    def _render_front(self, number: int, items: tuple[int, ...]) -> bytes:
        path = urls.front_path(number)
        count = _page_count(self.plan.latest_ids, max(1, self.site.page_size))
        zones = []
        if number == 1:
            for zone in self.content.front:
                ids = [i for i in zone.article_ids if i in self.plan.by_id]
                if ids:
                    zones.append(View(name=zone.name, cards=self.cards(ids)))
        title = self.site_view["title"]
        if number > 1:
            title = f"{self.t['latest']} — {self.t['page']} {self.dates.number(number)}"
        page = self.page(
            title,
            path,
            "front",
            description=self.site_view["tagline"],
            feeds=self.site_view["feeds"],
        )
        return self.render_to_bytes(
            "index.html",
            page=page,
            zones=zones,
            latest=self.cards(items),
            pagination=self.pagination(number, count, urls.front_path),
        )

    def _render_article(self, article_id: int) -> bytes:
        a = self.plan.by_id[article_id]
        card = self.card(article_id)
        body = self.safe_body(a.body_hash)
        path = urls.article_path(a.id, a.slug)
        authors = self.terms_view(a.authors, urls.author_path)
        image = (
            None if a.image is None else self.image_view(a.image, "(max-width: 760px) 100vw, 760px")
        )
        corrections = [
            View(
                text=clean_text(c.text),
                date=self.dates.day_time(c.created_at),
                iso=self.dates.iso(c.created_at),
            )
            for c in a.corrections
        ]
        description = clean_text(a.dek) or card["summary"]
        ld: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "mainEntityOfPage": card["url"],
            "url": card["url"],
            "headline": card["headline"],
            "inLanguage": a.language,
            "datePublished": card["iso"],
            "dateModified": self.dates.iso(a.modified_at),
            "author": [
                {
                    "@type": "Person",
                    "name": x["name"],
                    "url": self.urls.absolute(urls.author_path(t.slug)),
                }
                for x, t in zip(authors, a.authors, strict=True)
            ],
            "publisher": {
                "@type": "Organization",
                "name": self.site_view["title"],
                "url": self.site_view["home_url"],
            },
        }
        if description:
            ld["description"] = description
        if a.section is not None:
            ld["articleSection"] = clean_text(a.section.name)
        if a.tags:
            ld["keywords"] = [clean_text(t.name) for t in a.tags]
        if image is not None:
            ld["image"] = [image["abs"]]
        if a.word_count:
            ld["wordCount"] = a.word_count
        page = self.page(card["headline"], path, "article", description=description)
        return self.render_to_bytes(
            "article.html",
            page=page,
            article=card,
            dek=clean_text(a.dek),
            dateline=clean_text(a.dateline),
            body=Markup(body),
            authors=authors,
            tags=self.terms_view(a.tags, urls.tag_path),
            image=image,
            corrections=corrections,
            modified=self.dates.day_time(a.modified_at) if a.corrections else "",
            modified_iso=self.dates.iso(a.modified_at),
            published=self.dates.day_time(a.published_at),
            related=self.cards(a.related),
            you_missed=self.cards(a.you_missed),
            json_ld=json_ld(ld),
        )

    def _render_tombstone(self, tomb_id: int) -> bytes:
        tomb = next(t for t in self.content.tombstones if t.id == tomb_id)
        path = urls.article_path(tomb.id, tomb.slug)
        page = self.page(self.t["withdrawn"], path, "tombstone", noindex=True)
        return self.render_to_bytes(
            "tombstone.html",
            page=page,
            killed=self.dates.day(tomb.killed_at),
            killed_iso=self.dates.iso(tomb.killed_at),
        )

    def _render_list(self, kind: str, key: Any, number: int, items: tuple[int, ...]) -> bytes:
        size = max(1, self.site.page_size)
        ids = self.plan.lists[kind][key]
        count = _page_count(ids, size)
        description = ""
        if kind == "archive":
            year, month = key
            heading = f"{self.t['archive_month']}: {self.dates.month(year, month)}"

            def path(n: int) -> str:
                return urls.archive_path(year, month, n)
        else:
            term = self.plan.terms[kind][key]
            heading = clean_text(term.name)
            description = clean_text(term.description)
            maker = {
                "section": urls.section_path,
                "tag": urls.tag_path,
                "author": urls.author_path,
            }[kind]

            def path(n: int) -> str:
                return maker(term.slug, n)

        title = (
            heading if number == 1 else f"{heading} — {self.t['page']} {self.dates.number(number)}"
        )
        feeds = feed_links(self.plan, kind, key) if kind in ("section", "tag") else {}
        page = self.page(title, path(number), kind, description=description, feeds=feeds)
        return self.render_to_bytes(
            "list.html",
            page=page,
            kind=kind,
            kind_label=self.t.get(kind, ""),
            heading=heading,
            description=description,
            cards=self.cards(items),
            total=self.dates.number(len(ids)),
            pagination=self.pagination(number, count, path),
        )

    def _render_archive_index(self) -> bytes:
        months = sorted(self.plan.lists["archive"], reverse=True)
        years: dict[int, list[dict[str, Any]]] = {}
        for year, month in months:
            years.setdefault(year, []).append(
                {
                    "name": self.dates.month(year, month),
                    "href": self.urls.href(urls.archive_path(year, month)),
                    "count": self.dates.number(len(self.plan.lists["archive"][(year, month)])),
                }
            )
        page = self.page(self.t["archive"], urls.ARCHIVE_INDEX, "archive")
        return self.render_to_bytes(
            "archive.html",
            page=page,
            years=[View(name=self.dates.number(y), months=m) for y, m in years.items()],
        )

    def _render_not_found(self) -> bytes:
        page = self.page(self.t["not_found"], "404.html", "not-found", noindex=True)
        return self.render_to_bytes("404.html", page=page)

    def _render_static(self, rel: str) -> bytes:
        return self.plan.theme.static_files[rel]

    def _render_media(self, sha: str, width: int) -> bytes:
        from PIL import Image as PILImage

        data = self.media(sha)
        if data is None:
            raise ExportError(
                "the image {sha}… is missing from the database",
                code="export.no_image",
                sha=sha[:12],
            )
        image = next(
            a.image for a in self.content.articles if a.image is not None and a.image.sha256 == sha
        )
        with PILImage.open(io.BytesIO(data)) as source:
            source.load()
            height = max(1, round(source.height * width / source.width))
            resized = source.convert("RGBA" if source.mode in ("RGBA", "LA", "P") else "RGB")
            if resized.width != width:
                resized = resized.resize((width, height), PILImage.Resampling.LANCZOS)
            out = io.BytesIO()
            ext = rendition_path(image, width).rsplit(".", 1)[1]
            if ext == "jpg":
                resized.convert("RGB").save(out, "JPEG", quality=85, progressive=True)
            elif ext == "webp":
                resized.save(out, "WEBP", quality=85)
            else:
                resized.save(out, "PNG", optimize=True)
        return out.getvalue()

    def _render_sitemap(self, number: int) -> bytes:
        if self._sitemap is None:  # once for all the sitemap's files
            self._sitemap = _sitemap_entries(self.plan)
        start = (number - 1) * SITEMAP_CHUNK
        entries = self._sitemap[start : start + SITEMAP_CHUNK]
        return self.render_to_bytes(
            "sitemap.xml",
            entries=[
                View(loc=self.urls.absolute(path), lastmod=self.dates.iso(when) if when else "")
                for path, when in entries
            ],
        )

    def _render_sitemap_index(self, count: int) -> bytes:
        return self.render_to_bytes(
            "sitemap_index.xml",
            sitemaps=[self.urls.absolute(f"sitemaps/pages-{n}.xml") for n in range(1, count + 1)],
        )

    def _render_news_sitemap(self, ids: tuple[int, ...]) -> bytes:
        items = []
        for i in ids:
            card = self.card(i)
            items.append(
                {
                    "loc": card["url"],
                    "title": card["headline"],
                    "iso": card["iso"],
                    "keywords": ", ".join(clean_text(t.name) for t in self.plan.by_id[i].tags),
                }
            )
        return self.render_to_bytes("news_sitemap.xml", items=items)

    def _render_robots(self) -> bytes:
        return self.render_to_bytes(
            "robots.txt",
            sitemaps=[self.urls.absolute("sitemap.xml"), self.urls.absolute("news-sitemap.xml")],
        )

    def _render_feed(self, *key: Any) -> bytes:
        return render_feed(self, *key)


# -- the export ----------------------------------------------------------------------------------


def warm_up(site: SiteInfo) -> None:
    """Load what rendering ``site`` reads once per process: Babel's data for its language
    (about 20 ms). For a process with time to spare before it renders
    (``PublishingService.preload``)."""
    DateFormatter(site.language, site.time_zone, site.numeral_style)


def export_site(
    content: SiteContent,
    target: Path,
    *,
    bodies: BodySource,
    media: MediaSource,
    theme_dir: Path | None = None,
    feeds: bool = True,
    only: Callable[[Job], bool] | None = None,
    workers: int = 1,
    inputs: str = "",
    writer: SiteWriter | None = None,
    memo: PlanMemo | None = None,
    while_flushing: Callable[[], None] | None = None,
) -> Generator[ExportProgress, None, WriteReport]:
    """Export ``content`` into ``target``; yields progress, returns what was written.

    ``only`` limits the export to some jobs (``export feeds``); the others are left out of the
    output folder. ``workers`` > 1 renders in that many forked processes where the platform
    forks (never from a GUI process: forking a threaded Qt program is unsafe). ``inputs`` is
    a digest of everything the export read; it is kept with the site so that the next export
    with the same digest can stop before reading anything (``SiteWriter.unchanged``). ``memo``:
    see ``plan_site``. ``while_flushing``: see ``SiteWriter.commit``; with forked workers it
    runs while they render instead (the parent's wait), still before anything is swapped in.
    """
    yield ExportProgress("plan", 0, 0, "planning")
    # What the export holds for its whole run (the content, then the plan and the bodies) is
    # set aside from the cycle collector: its full collections walked all of it again and
    # again (a quarter of the plan's time), and in forked workers they would touch, and so
    # copy, every page of it (``gc.freeze`` is what the Python documentation advises before
    # a fork).
    gc.freeze()
    try:
        plan = plan_site(content, Theme(theme_dir), feeds=feeds, memo=memo)
        jobs = [job for job in plan.jobs if only is None or only(job)]
        writer = writer or SiteWriter(target)
        writer.inputs = inputs
        writer.open()
        to_render = writer.keep_unchanged(jobs)
        total = len(to_render)
        yield ExportProgress("render", 0, total, f"{len(jobs) - total} unchanged")
        needed = frozenset(h for job in to_render for h in job.bodies)
        renderer = SiteRenderer(plan, bodies(needed) if needed else {}, media)
        forked = workers > 1 and total >= PARALLEL_MIN and "fork" in mp.get_all_start_methods()
        if forked:
            renderer.prepare(to_render)
        gc.freeze()
        if forked:
            # The parent waits for the workers: work meant for the wait of the final flush
            # is done during this one (the disk takes the files as they come, see
            # ``SiteWriter._flush_early``, so the final flush is short).
            yield from _render_forked(renderer, writer, to_render, workers, while_flushing)
            while_flushing = None
        else:
            for done, job in enumerate(to_render, start=1):
                writer.write(job.path, renderer.render(job), job.fingerprint)
                if done % PROGRESS_EVERY == 0:
                    yield ExportProgress("render", done, total, job.path)
        yield ExportProgress("commit", total, total, "swapping in the new site")
        report = writer.commit(while_flushing)
    finally:
        gc.unfreeze()
        if writer is not None:
            writer.release()
    yield ExportProgress("done", total, total, "")
    return report


#: Below this many pages a second process costs more than it saves.
PARALLEL_MIN: Final = 400
_FORKED: dict[str, Any] = {}


def _render_chunk(chunk: list[int]) -> list[tuple[int, str, bool]]:
    renderer: SiteRenderer = _FORKED["renderer"]
    writer: SiteWriter = _FORKED["writer"]
    to_render: list[Job] = _FORKED["to_render"]
    out = []
    for index in chunk:
        job = to_render[index]
        sha, fresh = writer.stage(job.path, renderer.render(job))
        out.append((index, sha, fresh))
    return out


def _chunks_by_kind(to_render: Sequence[Job]) -> list[list[int]]:
    """Job numbers in chunks: the feeds first, then the pages.

    Workers take chunks from both ends (``_render_worker``), so with two of them one renders
    the feeds and the other the pages until they meet. Each builds a story's feed items or
    its cards' HTML once: handed out in plan order, both workers built most of both, about
    1 s of CPU more at 10,000 stories.
    """
    order = sorted(range(len(to_render)), key=lambda i: to_render[i].kind != "feed")
    return [order[i : i + PROGRESS_EVERY] for i in range(0, len(order), PROGRESS_EVERY)]


def _render_worker(ends: Any, from_back: bool, chunks: list[list[int]], out: Any) -> None:
    """A forked worker: take the next chunk from the front or the back of ``chunks`` (``ends``
    holds the next index at each end) until they meet, sending each chunk's results."""
    try:
        while True:
            with ends.get_lock():
                front, back = ends[0], ends[1]
                if front > back:
                    break
                if from_back:
                    ends[1], taken = back - 1, back
                else:
                    ends[0], taken = front + 1, front
            out.send(("done", _render_chunk(chunks[taken])))
        out.send(("end", None))
    except BaseException as exc:  # every failure goes to the parent, which raises it
        try:
            out.send(("error", exc))
        except Exception:  # the exception itself does not pickle: its text does
            out.send(("error", ExportError("".join(traceback.format_exception(exc)))))
    finally:
        out.close()


def _render_forked(
    renderer: SiteRenderer,
    writer: SiteWriter,
    to_render: list[Job],
    workers: int,
    meanwhile: Callable[[], None] | None = None,
) -> Generator[ExportProgress, None, None]:
    """Render and stage ``to_render`` in forked workers; the parent keeps the writer's books.

    The workers inherit the plan, the bodies and the writer by ``fork`` (nothing is pickled
    but job numbers and digests) and write straight into the staging tree. ``meanwhile`` is
    run once in the parent right after the workers start (a failure stops them).
    """
    _FORKED.update(renderer=renderer, writer=writer, to_render=to_render)
    chunks = _chunks_by_kind(to_render)
    context = mp.get_context("fork")
    ends = context.Array("i", [0, len(chunks) - 1])
    running: dict[Any, Any] = {}
    try:
        for number in range(workers):
            receive, send = context.Pipe(duplex=False)
            process = context.Process(
                target=_render_worker,
                args=(ends, number % 2 == 1, chunks, send),
                name=f"newsdesk-render-{number}",
                daemon=True,
            )
            process.start()
            send.close()
            running[receive] = process
        renderer.forget()  # the workers have their copy; the parent renders nothing
        if meanwhile is not None:
            meanwhile()
        done = 0
        while running:
            for ready in mp_connection.wait(list(running)):
                receive = typing.cast(mp_connection.Connection, ready)
                try:
                    what, value = receive.recv()
                except EOFError:  # it died without a word (killed, out of memory)
                    process = running.pop(receive)
                    process.join()
                    raise ExportError(
                        "the export process stopped unexpectedly (exit code {exit_code}); "
                        "the previous site is unchanged",
                        code="export.process_died",
                        exit_code=process.exitcode,
                    ) from None
                if what == "error":
                    raise value
                if what == "end":
                    running.pop(receive).join()
                    receive.close()
                    continue
                for index, sha, fresh in value:
                    job = to_render[index]
                    writer.note(job.path, sha, job.fingerprint, fresh)
                done += len(value)
                yield ExportProgress("render", done, len(to_render), to_render[value[-1][0]].path)
    finally:
        for receive, process in running.items():
            process.terminate()
            process.join()
            receive.close()
        _FORKED.clear()
