"""Publishing: what readers may see, gathered from the database and handed to the exporters.

This is where the editorial rules of an export live, so that the exporters stay pure: only
published and corrected stories past their embargo and scheduled time, hidden tags never shown,
related stories only when they are public themselves, killed stories reduced to a tombstone, the
front page taken from the active layout (slots pinned by hand or filled by rule, falling back to
the newest stories). The export itself runs as a generator of progress steps and ends by
recording an ``ExportRun`` with the manifest of output hashes, so the next run can report what
changed.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Generator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Final

from newsdesk.core.domain import Status
from newsdesk.core.markup import body_hash, render_html
from newsdesk.core.summary import plain_summary
from newsdesk.export.model import (
    Article,
    CorrectionNote,
    FrontZone,
    Image,
    SiteContent,
    SiteInfo,
    Term,
    Tombstone,
)
from newsdesk.export.site import (
    EXPORT_VERSION,
    NEWS_SITEMAP_WINDOW,
    ExportProgress,
    Job,
    Theme,
    export_site,
    unchanged_site,
)
from newsdesk.export.writer import ExportError, WriteReport
from newsdesk.services.errors import ServiceError, ValidationError
from newsdesk.services.related import RelatedService
from newsdesk.services.settings import SettingsService
from newsdesk.storage import publishing_queries as pq
from newsdesk.storage.db import Database
from newsdesk.storage.models import ExportRunRecord, utcnow

RELATED_MAX: Final = 3
#: Extra settings the export reads (``SettingsService.get``), with their defaults.
EXPORT_SETTINGS: Final = {"page_size": 20, "feed_items": 20, "feed_full_text": True}


class ExportFailed(ServiceError):
    """An export was refused or failed; the previous site is intact."""


@dataclass(frozen=True, slots=True)
class ExportOutcome:
    target: str
    destination: str
    pages: int
    written: int
    unchanged: int
    removed: int
    changed_paths: tuple[str, ...]
    removed_paths: tuple[str, ...]


class PublishingService:
    def __init__(
        self,
        database: Database,
        settings: SettingsService,
        related: RelatedService,
        *,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.db = database
        self.settings = settings
        self.related = related
        self.clock = clock

    # -- gathering ---------------------------------------------------------------------------

    def site_info(self, base_url: str | None = None) -> SiteInfo:
        site = self.settings.site()
        extra = {k: self.settings.get(k, v) for k, v in EXPORT_SETTINGS.items()}
        return SiteInfo(
            title=site.site_title,
            tagline=site.tagline,
            base_url=base_url or site.base_url,
            language=site.language,
            time_zone=site.time_zone,
            numeral_style=site.numeral_style,
            page_size=int(extra["page_size"]),
            feed_items=int(extra["feed_items"]),
            feed_full_text=bool(extra["feed_full_text"]),
        )

    def content(self, base_url: str | None = None) -> tuple[SiteContent, dict[str, str]]:
        """Everything the site shows, and the Markdown bodies by hash (for rendering misses)."""
        now = self.clock()
        info = self.site_info(base_url)
        with self.db.read() as session:
            rows = pq.public_articles(session, now)
            sections = {r[0]: Term(r[0], r[1], r[2], r[4]) for r in pq.sections(session)}
            authors: dict[int, list[Term]] = defaultdict(list)
            for article_id, author_id, name, slug, bio in pq.public_authors(session, now):
                authors[article_id].append(Term(author_id, name, slug, bio))
            tags: dict[int, list[Term]] = defaultdict(list)
            for article_id, tag_id, name, slug, description in pq.public_tags(session, now):
                tags[article_id].append(Term(tag_id, name, slug, description))
            corrections: dict[int, list[CorrectionNote]] = defaultdict(list)
            for article_id, text, created_at in pq.public_corrections(session, now):
                corrections[article_id].append(CorrectionNote(text, created_at))
            pinned: dict[int, list[int]] = defaultdict(list)
            for article_id, target_id in pq.public_related(session, now):
                pinned[article_id].append(target_id)
            media_ids = {r.featured_media_id for r in rows if r.featured_media_id is not None}
            images = {
                m[0]: Image(m[1], m[2], m[3], m[4], m[7], m[5], m[6])
                for m in pq.media_meta(session, media_ids)
                if m[3] > 0 and m[4] > 0
            }
            slots = pq.active_front_page_slots(session)
            killed = pq.killed_articles(session)
        keys = [body_hash(r.body) for r in rows]
        sources = {key: r.body for key, r in zip(keys, rows, strict=True)}
        with self.db.read() as session:
            summaries = pq.cached_summaries(session, sources)
        # Only the bodies the render cache lacks are kept (to render them); the others would
        # be a second copy of the archive in memory for the whole export.
        sources = {key: body for key, body in sources.items() if key not in summaries}
        missed = self.related.you_missed_batch([r.id for r in rows], pinned)
        articles: list[Article] = []
        for r, key in zip(rows, keys, strict=True):
            summary = summaries.get(key)
            if summary is None:
                summary = plain_summary(r.body)
            status = Status(r.status)
            notes = tuple(corrections.get(r.id, ())) if status is Status.CORRECTED else ()
            articles.append(
                Article(
                    id=r.id,
                    uuid=r.uuid,
                    headline=r.headline,
                    slug=r.slug,
                    body_hash=key,
                    published_at=r.published_at,
                    updated_at=r.updated_at,
                    dek=r.dek,
                    kicker=r.kicker,
                    summary=r.excerpt or r.dek or summary,
                    language=r.language or info.language,
                    section=sections.get(r.section_id) if r.section_id is not None else None,
                    authors=tuple(authors.get(r.id, ())),
                    tags=tuple(tags.get(r.id, ())),
                    dateline=r.dateline,
                    image=images.get(r.featured_media_id) if r.featured_media_id else None,
                    corrections=notes,
                    word_count=r.word_count,
                    related=tuple(i for i in pinned.get(r.id, ()) if i != r.id)[:RELATED_MAX],
                    you_missed=missed[r.id],
                )
            )
        content = SiteContent(
            site=info,
            articles=tuple(articles),
            sections=tuple(sections.values()),
            tombstones=tuple(
                Tombstone(k.id, k.uuid, k.slug, k.updated_at, k.language or info.language)
                for k in killed
            ),
            front=front_zones(slots, articles),
            now=now,
        )
        return content, sources

    def rendered_bodies(
        self, sources: Mapping[str, str]
    ) -> Callable[[frozenset[str]], dict[str, str]]:
        """The exporter's body source: the render cache, rendering and keeping what it lacks."""

        def fetch(hashes: frozenset[str]) -> dict[str, str]:
            with self.db.read() as session:
                found = pq.cached_html(session, hashes)
            missing = {
                h: (render_html(sources[h]), plain_summary(sources[h]))
                for h in sorted(hashes - set(found))
            }
            if missing:
                with self.db.write() as session:
                    pq.store_rendered(session, missing)
                found.update((h, html) for h, (html, _summary) in missing.items())
            return found

        return fetch

    def media_bytes(self, sha256: str) -> bytes | None:
        with self.db.read() as session:
            return pq.media_bytes(session, sha256)

    # -- exporting ---------------------------------------------------------------------------

    def export_site(
        self,
        destination: Path,
        *,
        base_url: str | None = None,
        theme: Path | None = None,
        feeds: bool = True,
        target: str = "site",
        only: Callable[[Job], bool] | None = None,
        workers: int = 1,
    ) -> Generator[ExportProgress, None, ExportOutcome]:
        """Export the site (and its feeds) into ``destination``; yields progress steps.

        Closing the generator early (a Cancel button) leaves the previous site untouched and
        records the run as cancelled.
        """
        if base_url is not None:
            _check_base_url(base_url)
        started = self.clock()
        where = str(Path(destination).absolute())
        status = "failed"
        summary: dict[str, Any] = {}
        manifest: dict[str, str] = {}
        report: WriteReport | None = None
        try:
            inputs, stories = self._inputs_digest(base_url, theme, feeds, target)
            report, writer = unchanged_site(Path(destination), inputs)
            if report is not None:
                yield ExportProgress("done", 0, 0, "nothing changed")
                status, manifest = "done", report.manifest
                summary = {
                    "pages": len(report.manifest),
                    "written": 0,
                    "unchanged": report.unchanged,
                    "removed": 0,
                    "stories": stories,
                    "nothing_changed": True,
                }
                return _outcome(target, where, report)
            content, sources = self.content(base_url)
            report = yield from export_site(
                content,
                Path(destination),
                bodies=self.rendered_bodies(sources),
                media=self.media_bytes,
                theme_dir=theme,
                feeds=feeds,
                only=only,
                workers=workers,
                inputs=inputs,
                writer=writer,
            )
            status, manifest = "done", report.manifest
            summary = {
                "pages": len(report.manifest),
                "written": report.written,
                "unchanged": report.unchanged,
                "removed": report.removed,
                "stories": len(content.articles),
                "tombstones": len(content.tombstones),
            }
        except GeneratorExit:
            status, summary = "cancelled", {"message": "cancelled; the previous site is intact"}
            raise
        except ExportError as exc:
            summary = {"message": str(exc)}
            raise ExportFailed(str(exc)) from exc
        except OSError as exc:
            summary = {"message": str(exc)}
            raise ExportFailed(f"the export to {where} failed: {exc}") from exc
        finally:
            self._record(target, where, started, status, manifest, summary)
        assert report is not None
        return _outcome(target, where, report)

    def _inputs_digest(
        self, base_url: str | None, theme: Path | None, feeds: bool, target: str
    ) -> tuple[str, int]:
        """What this export would read, as one digest (and the number of public stories)."""
        now = self.clock()
        with self.db.read() as session:
            tables, stories = pq.export_inputs_digest(session, now, now - NEWS_SITEMAP_WINDOW)
        parts = (EXPORT_VERSION, Theme(theme).fingerprint, base_url, feeds, target, tables)
        return hashlib.blake2b(repr(parts).encode("utf-8"), digest_size=20).hexdigest(), stories

    def _record(
        self,
        target: str,
        destination: str,
        started: datetime,
        status: str,
        manifest: dict[str, str],
        summary: dict[str, Any],
    ) -> None:
        with self.db.write() as session:
            session.add(
                ExportRunRecord(
                    target=target,
                    destination=destination,
                    started_at=started,
                    finished_at=self.clock(),
                    status=status,
                    manifest=manifest,
                    summary=summary,
                )
            )

    def last_manifest(self, destination: Path, target: str = "site") -> dict[str, str]:
        """The output hashes of the last finished export to ``destination`` (empty if none)."""
        with self.db.read() as session:
            run = pq.last_export_run(session, target, str(Path(destination).absolute()))
            return dict(run.manifest) if run is not None else {}


def _outcome(target: str, where: str, report: WriteReport) -> ExportOutcome:
    return ExportOutcome(
        target=target,
        destination=where,
        pages=len(report.manifest),
        written=report.written,
        unchanged=report.unchanged,
        removed=report.removed,
        changed_paths=report.changed_paths,
        removed_paths=report.removed_paths,
    )


def _check_base_url(base_url: str) -> None:
    from newsdesk.export.urls import Urls

    try:
        Urls(base_url)
    except ValueError as exc:
        raise ValidationError(str(exc)) from exc


def front_zones(slots: Sequence[Any], articles: Sequence[Article]) -> tuple[FrontZone, ...]:
    """The active layout's zones with every slot resolved to a public story.

    A slot pinned to a story that is no longer public falls back to its fill rule; ``latest``
    takes the newest story not yet placed, ``section:<slug>`` the newest of that section. With
    no active layout the newest story leads and the next three are the top stories.
    """
    public = {a.id for a in articles}
    if not slots:
        ids = [a.id for a in articles]
        zones = [FrontZone("lead", tuple(ids[:1]))] if ids else []
        if len(ids) > 1:
            zones.append(FrontZone("top", tuple(ids[1:4])))
        return tuple(zones)
    used: set[int] = set()
    by_zone: dict[str, list[int]] = {}
    order: list[str] = []
    for zone, _position, article_id, rule in sorted(slots, key=_slot_order):
        if zone not in by_zone:
            by_zone[zone] = []
            order.append(zone)
        chosen: int | None = None
        if article_id in public and article_id not in used:
            chosen = article_id
        elif rule:
            chosen = _fill(rule, articles, used)
        if chosen is not None:
            used.add(chosen)
            by_zone[zone].append(chosen)
    return tuple(FrontZone(z, tuple(by_zone[z])) for z in order)


_ZONE_ORDER: Final = {"lead": 0, "top": 1}


def _slot_order(slot: Any) -> tuple[int, str, int]:
    return (_ZONE_ORDER.get(slot[0], 2), slot[0], slot[1])


def _fill(rule: str, articles: Sequence[Article], used: set[int]) -> int | None:
    kind, _, value = rule.partition(":")
    for a in articles:
        if a.id in used:
            continue
        if kind == "latest" or (
            kind == "section"
            and a.section is not None
            and value in (a.section.slug, a.section.name)
        ):
            return a.id
    return None
