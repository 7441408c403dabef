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

from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, Final

from newsdesk.core.domain import Status
from newsdesk.core.markup import body_hash
from newsdesk.core.summary import plain_summary
from newsdesk.export.common import (
    EXPORT_VERSION,
    NEWS_SITEMAP_WINDOW,
    theme_fingerprint,
    value_digest,
)
from newsdesk.export.model import (
    Article,
    CorrectionNote,
    Image,
    SiteContent,
    SiteInfo,
    Term,
    Tombstone,
)
from newsdesk.export.snapshot import InputRows
from newsdesk.export.writer import ExportError, WriteReport
from newsdesk.services.exporting import (
    ExportFailed,
    ExportOutcome,
    Preloaded,
    SiteExporter,
    SiteInputs,
    front_zones,
    run_changes,
    utcnow,
)
from newsdesk.services.related import RelatedService
from newsdesk.services.settings import SettingsService
from newsdesk.storage import publishing_queries as pq
from newsdesk.storage.db import Database

__all__ = [
    "ExportFailed",
    "ExportOutcome",
    "Preloaded",
    "PublishingService",
    "SiteInputs",
    "front_zones",
    "plain_summary",
]

RELATED_MAX: Final = 3
#: Extra settings the export reads (``SettingsService.get``), with their defaults.
EXPORT_SETTINGS: Final = {"page_size": 20, "feed_items": 20, "feed_full_text": True}


class PublishingService(SiteExporter):
    """The database's side of an export (``SiteExporter``), and what else publishing asks of
    it: the rows an export compares, hints that something changed, the last manifest."""

    def __init__(
        self,
        database: Database,
        settings: SettingsService,
        related: RelatedService,
        *,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        super().__init__(clock=clock)
        self.db = database
        self.settings = settings
        self.related = related

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
            sections = {r[0]: Term(r[0], r[1], r[2], r[4]) for r in pq.sections(session)}
            slots = pq.active_front_page_slots(session)
            killed = pq.killed_articles(session)
        articles, sources = self.articles(now, info, sections)
        content = SiteContent(
            site=info,
            articles=tuple(articles),
            sections=tuple(sections.values()),
            tombstones=tuple(
                Tombstone(k.id, str(k.uuid), k.slug, k.updated_at, k.language or info.language)
                for k in killed
            ),
            front=front_zones(slots, articles),
            now=now,
        )
        return content, sources

    def articles(
        self,
        now: datetime,
        info: SiteInfo,
        sections: Mapping[int, Term],
        only: Sequence[int] | None = None,
        newest_first: Sequence[int] | None = None,
    ) -> tuple[list[Article], dict[str, str]]:
        """The public stories (or those of ``only``, newest first) as the site shows them, and
        the Markdown bodies the render cache lacks. ``newest_first``: every public story's id
        in the site's order, when ``only`` names a few (their You Missed blocks need it)."""
        with self.db.read() as session:
            rows = pq.public_articles(session, now, only)
            # One Term per author and tag, shared by their stories: the snapshot then keeps
            # (and unpickles) 6,000 of them at 10,000 stories rather than 30,000.
            terms: dict[tuple[Any, ...], Term] = {}
            authors: dict[int, list[Term]] = defaultdict(list)
            for article_id, *author in pq.public_authors(session, now, only):
                authors[article_id].append(_term(terms, "author", author))
            tags: dict[int, list[Term]] = defaultdict(list)
            for article_id, *tag in pq.public_tags(session, now, only):
                tags[article_id].append(_term(terms, "tag", tag))
            corrections: dict[int, list[CorrectionNote]] = defaultdict(list)
            for article_id, text, created_at in pq.public_corrections(session, now, only):
                corrections[article_id].append(CorrectionNote(text, created_at))
            pinned: dict[int, list[int]] = defaultdict(list)
            for article_id, target_id in pq.public_related(session, now, only):
                pinned[article_id].append(target_id)
            media_ids = {r.featured_media_id for r in rows if r.featured_media_id is not None}
            images = {
                m[0]: Image(m[1], m[2], m[3], m[4], m[7], m[5], m[6])
                for m in pq.media_meta(session, media_ids)
                if m[3] > 0 and m[4] > 0
            }
        keys = [body_hash(r.body) for r in rows]
        sources = {key: r.body for key, r in zip(keys, rows, strict=True)}
        with self.db.read() as session:
            summaries = pq.cached_summaries(session, sources)
        # Only the bodies the render cache lacks are kept (to render them); the others would
        # be a second copy of the archive in memory for the whole export.
        sources = {key: body for key, body in sources.items() if key not in summaries}
        ids = [r.id for r in rows]
        if only is None:
            missed = self.related.you_missed_batch(ids, pinned, now=now)
        else:
            missed = self.related.you_missed_batch(newest_first or ids, pinned, ids, now=now)
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
                    uuid=str(r.uuid),
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
        return articles, sources

    def front_slots(self) -> list[tuple[Any, ...]]:
        with self.db.read() as session:
            return [tuple(slot) for slot in pq.active_front_page_slots(session)]

    def cached_html(self, hashes: frozenset[str]) -> dict[str, str]:
        with self.db.read() as session:
            return pq.cached_html(session, hashes)

    def store_rendered(self, rendered: Mapping[str, tuple[str, str]]) -> None:
        with self.db.write() as session:
            pq.store_rendered(session, rendered)

    def media_bytes(self, sha256: str) -> bytes | None:
        with self.db.read() as session:
            return pq.media_bytes(session, sha256)

    def read_inputs(
        self,
        *,
        base_url: str | None = None,
        theme: Path | None = None,
        feeds: bool = True,
        target: str = "site",
    ) -> SiteInputs:
        """What an export with these arguments reads from the database (no story body), for
        ``export_site(read=...)``. Raises ``ExportFailed`` (a theme folder gone, say), as the
        export would."""
        try:
            return self._read_inputs(base_url, theme, feeds, target)
        except ExportError as exc:
            raise ExportFailed(exc.template, code=exc.code, **exc.params) from exc

    def changed_inputs(
        self,
        destination: Path,
        *,
        base_url: str | None = None,
        theme: Path | None = None,
        feeds: bool = True,
        target: str = "site",
    ) -> SiteInputs | None:
        """What an export with these arguments would read, or None when the site in
        ``destination`` was built from exactly that (nothing to export). Writes nothing: an
        exporter that stays running asks this before each export. Raises ``ExportFailed``
        (a theme folder gone, say), as the export would."""
        read = self.read_inputs(base_url=base_url, theme=theme, feeds=feeds, target=target)
        return None if self.is_current(destination, read) else read

    @contextmanager
    def change_hints(self) -> Iterator[Callable[[], bool | None]]:
        """For a caller that polls ``changed_inputs``: a cheap function telling whether the
        database may have been written since its last call (True at the first call), or
        None where the backend cannot tell (PostgreSQL). Time alone changes a site too (a
        scheduled story, an embargo, the news sitemap's two days): such a caller must also
        look now and then without a hint."""
        with self.db.commit_counter() as counter:
            last: list[int | None] = [None]

            def maybe_changed() -> bool | None:
                now = counter()
                if now is None:
                    return None
                changed = now != last[0]
                last[0] = now
                return changed

            yield maybe_changed

    def _read_inputs(
        self, base_url: str | None, theme: Path | None, feeds: bool, target: str
    ) -> SiteInputs:
        parts = (EXPORT_VERSION, _theme_fingerprint(theme), base_url, feeds, target)
        rows = self._input_rows()
        return SiteInputs(parts, rows, _inputs_digest(parts, rows))

    def _input_rows(self) -> InputRows:
        """Every row this export would read (no story body), see ``export_input_rows``."""
        now = self.clock()
        with self.db.read() as session:
            return pq.export_input_rows(session, now, now - NEWS_SITEMAP_WINDOW)

    def record(
        self,
        target: str,
        destination: str,
        started: datetime,
        status: str,
        manifest: dict[str, str],
        summary: dict[str, Any],
        report: WriteReport | None = None,
        built_from: str = "",
    ) -> None:
        """Record the run; a finished one with only what it changed when it can
        (``record_changes``), else with its whole manifest."""
        if (
            status == "done"
            and manifest
            and report is not None
            and self.record_changes(
                target, destination, started, run_changes(manifest, report), summary, built_from
            )
        ):
            return
        with self.db.write() as session:
            run_id = pq.record_export_run(
                session,
                target=target,
                destination=destination,
                started_at=started,
                finished_at=self.clock(),
                status=status,
                # Sorted by path: the writer gives the files in the plan's order.
                manifest=dict(sorted(manifest.items())),
                summary=summary,
            )
            if status == "done" and manifest:
                pq.drop_older_manifests(session, target, destination, run_id)

    def record_changes(
        self,
        target: str,
        destination: str,
        started: datetime,
        changes: dict[str, str],
        summary: dict[str, Any],
        built_from: str,
    ) -> bool:
        """Record a finished run with only its ``changes`` (``run_changes``), when it started
        from the site the last recorded run built (``pq.changes_summary``); False, having
        recorded nothing, when it must store its whole manifest."""
        with self.db.write() as session:
            stored = pq.changes_summary(session, target, destination, summary, built_from)
            if stored is None:
                return False
            pq.record_export_run(
                session,
                target=target,
                destination=destination,
                started_at=started,
                finished_at=self.clock(),
                status="done",
                manifest=dict(sorted(changes.items())),
                summary=stored,
            )
            return True

    def last_manifest(self, destination: Path, target: str = "site") -> dict[str, str]:
        """The output hashes of the last finished export to ``destination`` (empty if none)."""
        with self.db.read() as session:
            run = pq.last_export_run(session, target, str(Path(destination).absolute()))
            return pq.full_manifest(session, run) if run is not None else {}


def _theme_fingerprint(theme: Path | None) -> str:
    if theme is not None and not theme.is_dir():
        raise ExportError(
            "the theme folder {folder} does not exist", code="export.no_theme", folder=str(theme)
        )
    return theme_fingerprint(theme)


def _inputs_digest(parts: tuple[Any, ...], rows: InputRows) -> str:
    """One digest of the export's settings and input rows: equal digests, the same site."""
    return value_digest((parts, rows))


def _term(terms: dict[tuple[Any, ...], Term], kind: str, row: Sequence[Any]) -> Term:
    """The Term of a row (id, name, slug, description), one object per distinct row."""
    key = (kind, *row)
    found = terms.get(key)
    if found is None:
        found = terms[key] = Term(row[0], row[1], row[2], row[3])
    return found
