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

import gc
from collections import defaultdict
from collections.abc import Callable, Generator, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any, Final, NamedTuple

from newsdesk.core import front_page
from newsdesk.core.domain import Status
from newsdesk.core.markup import body_hash, page_html
from newsdesk.core.summary import plain_summary
from newsdesk.export.common import (
    EXPORT_VERSION,
    NEWS_SITEMAP_WINDOW,
    ExportProgress,
    theme_fingerprint,
    value_digest,
)
from newsdesk.export.memo import Job, PlanMemo
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
from newsdesk.export.snapshot import (
    Base,
    InputRows,
    Packed,
    Snapshot,
    load_snapshot,
    pack_snapshot,
    save_snapshot,
    write_packed,
)
from newsdesk.export.writer import ExportError, SiteWriter, WriteReport
from newsdesk.services.errors import ServiceError, ValidationError
from newsdesk.services.related import RelatedService
from newsdesk.services.settings import SettingsService
from newsdesk.storage import publishing_queries as pq
from newsdesk.storage.db import Database
from newsdesk.storage.models import utcnow

RELATED_MAX: Final = 3
#: At most this many changed stories are reloaded on their own; more, and everything is.
INCREMENTAL_MAX: Final = 200
ARTICLES: Final = pq.ARTICLES
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


@dataclass(frozen=True, slots=True)
class SiteInputs:
    """What a site export reads before it decides anything (``changed_inputs``)."""

    #: The export's settings: version, theme fingerprint, base URL, feeds, target.
    parts: tuple[Any, ...]
    rows: InputRows
    #: One digest of both (``_inputs_digest``).
    digest: str


class Preloaded(NamedTuple):
    """What an export reads from beside the site, not from the database (``preload``)."""

    #: The site's writer, its state read (and with it the input digest the site was built
    #: from, ``SiteWriter.built_from``).
    writer: SiteWriter
    #: The snapshot of that site, if there is a usable one.
    previous: Snapshot | None


class Reloaded(NamedTuple):
    """The last export's content with the stories that changed since reloaded, and what
    its snapshot lends the export (``PublishingService._changed_content``)."""

    content: SiteContent
    #: Markdown bodies the render cache lacks, by body hash.
    sources: dict[str, str]
    #: The last plan's memo (``export.memo``).
    memo: PlanMemo
    #: The whole snapshot on disk the new one differs from (``Snapshot.base``); None: the
    #: new one is to be written whole.
    base: Base | None


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
        #: For an exporter that stays running (``export_site(keep=True)``): the last export's
        #: snapshot per destination, and the destinations whose snapshot is not on disk yet.
        self._kept: dict[str, Snapshot] = {}
        self._unsaved: set[str] = set()

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
        articles, sources = self._articles(now, info, sections)
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

    def _articles(
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

    def _changed_content(self, previous: Snapshot, rows: InputRows) -> Reloaded | None:
        """The last export's content with the stories that changed since reloaded, or None
        when the change reaches further than a few stories' own rows (then load everything).

        Safe because everything else a story's page shows is in rows that did not change:
        terms, media, settings, the front page (global tables, compared whole); which stories
        are public and recent, and so the site's order, You Missed and the related links
        between public stories (the public marks, compared whole, and the published times of
        the changed stories). Every output is still planned and fingerprinted afterwards: the
        pages that show a changed story are found by their fingerprints, as after a full load.
        """
        old = previous.rows
        story_tables = set(pq.STORY_TABLES) | {ARTICLES}
        if old.keys() != rows.keys():
            return None
        for name in rows:
            if name in story_tables or old[name] == rows[name]:
                continue
            if name not in pq.TERM_TABLES or not _none_modified(old[name], rows[name]):
                return None  # a renamed tag, another setting, the front page: everything
        changed: set[int] = set()
        for name in story_tables:
            if old[name] != rows[name]:
                # Rows of these tables start with their story's id: the rows only one side
                # has name the stories that changed (set operations, in C).
                changed.update(row[0] for row in set(old[name]).symmetric_difference(rows[name]))
        public = {mark[0] for mark in rows[pq.PUBLIC_MARKS]}
        articles_before = {r[0]: r for r in old[ARTICLES] if r[0] in changed}
        articles_after = {r[0]: r for r in rows[ARTICLES] if r[0] in changed}
        reload: list[int] = []
        for story_id in sorted(changed):
            before = articles_before.get(story_id)
            after = articles_after.get(story_id)
            if Status.KILLED.value in (_field(before, "status"), _field(after, "status")):
                return None  # a tombstone appears, changes or goes
            if story_id not in public:
                continue  # a draft, trashed or scheduled story: nothing readers see
            if _field(before, "published_at") != _field(after, "published_at"):
                return None  # the site's order changes
            reload.append(story_id)
        if len(reload) > INCREMENTAL_MAX:
            return None
        content = previous.content
        now = self.clock()
        order = [a.id for a in content.articles]
        sections = {t.id: t for t in content.sections}
        fresh: list[Article] = []
        sources: dict[str, str] = {}
        if reload:
            fresh, sources = self._articles(now, content.site, sections, reload, order)
            if sorted(a.id for a in fresh) != reload:
                return None  # moved out of public view between the two reads
        by_id = {a.id: a for a in fresh}
        articles = [by_id.get(a.id, a) for a in content.articles]
        with self.db.read() as session:
            slots = pq.active_front_page_slots(session)
        front = front_zones(slots, articles)
        if _lead(front) != _lead(content.front):
            return None  # every page's You Missed block leaves the lead out
        base = previous.base
        return Reloaded(
            replace(content, articles=tuple(articles), front=front, now=now),
            sources,
            previous.memo,
            None if base is None else base.with_stories(reload),
        )

    def rendered_bodies(
        self, sources: Mapping[str, str]
    ) -> Callable[[frozenset[str]], dict[str, str]]:
        """The exporter's body source: the render cache, rendering and keeping what it lacks."""

        def fetch(hashes: frozenset[str]) -> dict[str, str]:
            with self.db.read() as session:
                found = pq.cached_html(session, hashes)
            missing = {
                h: (page_html(sources[h]), plain_summary(sources[h]))
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
        keep: bool = False,
        read: SiteInputs | None = None,
        preloaded: Preloaded | None = None,
    ) -> Generator[ExportProgress, None, ExportOutcome]:
        """Export the site (and its feeds) into ``destination``; yields progress steps.

        Closing the generator early (a Cancel button) leaves the previous site untouched and
        records the run as cancelled. ``keep``: an exporter that stays running (``--watch``)
        keeps what this export read in memory for its next one, and writes it to disk only
        in ``save_kept``. ``read``: what ``changed_inputs`` or ``read_inputs`` just read for
        these arguments. ``preloaded``: what ``preload`` read for ``destination``.
        """
        if base_url is not None:
            _check_base_url(base_url)
        started = self.clock()
        where = str(Path(destination).absolute())
        status = "failed"
        summary: dict[str, Any] = {}
        manifest: dict[str, str] = {}
        report: WriteReport | None = None
        built_from = ""
        try:
            if read is None:
                read = self._read_inputs(base_url, theme, feeds, target)
            parts, rows, inputs = read.parts, read.rows, read.digest
            stories = len(rows[pq.PUBLIC_MARKS])
            writer = SiteWriter(Path(destination)) if preloaded is None else preloaded.writer
            report = writer.unchanged(inputs)
            if report is not None:
                if keep and where not in self._kept:
                    self._keep_built(writer, where, inputs)
                yield ExportProgress("done", 0, 0, "nothing changed")
                # No manifest: it would repeat the last run's, a hash per file.
                status = "done"
                summary = {
                    "pages": report.unchanged,
                    "written": 0,
                    "unchanged": report.unchanged,
                    "removed": 0,
                    "stories": stories,
                    "nothing_changed": True,
                }
                return _outcome(target, where, report)
            built_from = writer.built_from() or ""
            if preloaded is not None and not keep:  # read for this very ``built_from``
                previous = preloaded.previous
            else:
                previous = self._previous(writer.home, where, keep, built_from)
            loaded = None
            if previous is not None and previous.parts == parts:
                loaded = self._changed_content(previous, rows)
            if loaded is None:
                (content, sources), memo, base = self.content(base_url), PlanMemo(), None
            else:
                content, sources, memo, base = loaded
            # Jinja2, Babel and the renderers are imported only now: an export that finds
            # nothing changed stops before it needs them.
            from newsdesk.export.site import export_site

            snapshot = Snapshot(inputs, parts, rows, content, memo, base)
            packed: list[Packed] = []
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
                memo=memo,
                # The snapshot is pickled while the disk flushes the site (written after it).
                while_flushing=None if keep else lambda: packed.append(pack_snapshot(snapshot)),
            )
            if keep:
                self._kept[where] = snapshot
                self._unsaved.add(where)
            else:
                self._kept.pop(where, None)
                self._unsaved.discard(where)
                write_packed(writer.home, packed[0])
            status, manifest = "done", report.manifest
            summary = {
                "pages": len(report.manifest),
                "written": report.written,
                "unchanged": report.unchanged,
                "removed": report.removed,
                "stories": len(content.articles),
                "tombstones": len(content.tombstones),
                "reloaded": "all stories" if loaded is None else "changed stories",
                # The site's input digest: the next run stores only its changes when the
                # site it starts from is this one (``pq.manifest_to_store``).
                "inputs": inputs,
            }
        except GeneratorExit:
            status, summary = "cancelled", {"message": "cancelled; the previous site is intact"}
            raise
        except ExportError as exc:
            summary = {"message": str(exc)}
            raise ExportFailed(exc.template, code=exc.code, **exc.params) from exc
        except OSError as exc:
            summary = {"message": str(exc)}
            raise ExportFailed(
                "the export to {where} failed: {detail}",
                code="export.failed",
                where=where,
                detail=str(exc),
            ) from exc
        finally:
            with _collector_paused():
                self._record(target, where, started, status, manifest, summary, report, built_from)
        assert report is not None
        return _outcome(target, where, report)

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

    @staticmethod
    def is_current(destination: Path, read: SiteInputs) -> bool:
        """Whether the site in ``destination`` was built from exactly ``read``."""
        return SiteWriter(Path(destination)).unchanged(read.digest) is not None

    @staticmethod
    def preload(destination: Path) -> Preloaded:
        """What an export into ``destination`` reads from beside the site rather than from the
        database: the writer's state and the last export's snapshot (0.2-0.3 s at 10,000
        stories); the renderers are imported and their locale data loaded too. A command that
        can fork does this while another process reads the database (``read_inputs``), then
        exports with both."""
        from newsdesk.export.site import warm_up  # Jinja2, Babel: see ``export_site``

        writer = SiteWriter(Path(destination))
        built_from = writer.built_from() or ""
        previous = load_snapshot(writer.home, built_from)
        if previous is not None:
            warm_up(previous.content.site)
        return Preloaded(writer, previous)

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

    def save_kept(self) -> None:
        """Write the snapshots that exports with ``keep`` left in memory (when idle, and at
        the end). Until then, another process exporting there loads every story: safe, as a
        snapshot is only used for the site built from its inputs."""
        for where in sorted(self._unsaved):
            self._kept[where] = save_snapshot(SiteWriter(Path(where)).home, self._kept[where])
            self._unsaved.discard(where)

    def _keep_built(self, writer: SiteWriter, where: str, inputs: str) -> None:
        """Hold the snapshot of the site in ``writer``'s target, built from ``inputs``, in
        memory, with its plan's memo: an exporter that starts on a site that is up to date is
        then as quick for the first change as for the next."""
        snapshot = load_snapshot(writer.home, inputs)
        if snapshot is not None:
            self._kept[where] = snapshot

    def _previous(self, home: Path, where: str, keep: bool, built_from: str) -> Snapshot | None:
        """The snapshot of the site built from ``built_from``: kept in memory, else from
        ``home``."""
        kept = self._kept.get(where) if keep else None
        if kept is not None and built_from and kept.inputs == built_from:
            return kept
        return load_snapshot(home, built_from)

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

    def _record(
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
        """Record the run; a finished one with its manifest, or with only what it changed
        when it started from the site the last recorded run built (``pq.manifest_to_store``)."""
        with self.db.write() as session:
            stored = manifest
            if status == "done" and manifest and report is not None:
                changes = {path: manifest[path] for path in report.changed_paths}
                changes.update((path, pq.REMOVED) for path in report.removed_paths)
                stored, summary = pq.manifest_to_store(
                    session, target, destination, summary, manifest, changes, built_from
                )
            whole = stored is manifest
            run_id = pq.record_export_run(
                session,
                target=target,
                destination=destination,
                started_at=started,
                finished_at=self.clock(),
                status=status,
                # Sorted by path: the writer gives the files in the plan's order.
                manifest=dict(sorted(stored.items())),
                summary=summary,
            )
            if status == "done" and manifest and whole:
                pq.drop_older_manifests(session, target, destination, run_id)

    def last_manifest(self, destination: Path, target: str = "site") -> dict[str, str]:
        """The output hashes of the last finished export to ``destination`` (empty if none)."""
        with self.db.read() as session:
            run = pq.last_export_run(session, target, str(Path(destination).absolute()))
            return pq.full_manifest(session, run) if run is not None else {}


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic collector off for a moment (recording the run).

    An export keeps what it holds out of the collector's walks (``gc.freeze``) and gives it
    back when it ends; the first full collection after that walks all of it, 0.15 s at
    10,000 stories, and recording the run (a hash per file, 33,000 of them) allocated enough
    to start one while the person waited for the export to finish. Paused there, it comes
    when the program is idle, or never (a command ends right after), or the next export
    sets the lot aside again before it comes.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _outcome(target: str, where: str, report: WriteReport) -> ExportOutcome:
    return ExportOutcome(
        target=target,
        destination=where,
        pages=report.written + report.unchanged,
        written=report.written,
        unchanged=report.unchanged,
        removed=report.removed,
        changed_paths=report.changed_paths,
        removed_paths=report.removed_paths,
    )


def _check_base_url(base_url: str) -> None:
    from newsdesk.export.urls import BaseUrlError, Urls

    try:
        Urls(base_url)
    except BaseUrlError as exc:
        raise ValidationError(exc.template, code=exc.code, **exc.params) from exc


def front_zones(slots: Sequence[Any], articles: Sequence[Article]) -> tuple[FrontZone, ...]:
    """The active layout's zones with every slot resolved to a public story (``articles``,
    newest first), by the rule of ``core.front_page``."""
    public = {a.id for a in articles}

    def newest_in(section: str | None, used: AbstractSet[int]) -> int | None:
        for a in articles:
            if a.id in used:
                continue
            if section is None or (
                a.section is not None and section in (a.section.slug, a.section.name)
            ):
                return a.id
        return None

    zones = front_page.resolve(slots, public.__contains__, newest_in)
    return tuple(FrontZone(name, ids) for name, ids in zones)


def _lead(front: Sequence[FrontZone]) -> int | None:
    return front_page.lead_of([(zone.name, zone.article_ids) for zone in front])


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


def _none_modified(before: Sequence[tuple[Any, ...]], after: Sequence[tuple[Any, ...]]) -> bool:
    """Rows (keyed by their first column) were added or removed, but none changed."""
    now = {row[0]: row for row in after}
    return all(now.get(row[0], row) == row for row in before)


def _field(row: tuple[Any, ...] | None, name: str) -> Any:
    """A column of a story's ``articles`` input row (None for a story not there)."""
    return None if row is None else row[pq.ARTICLE_INPUTS.index(name)]
