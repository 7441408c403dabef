"""A site export as it runs, whatever holds the database: the plan of what changed since the
last export, the export itself and its outcome.

``SiteExporter`` decides, from the rows an export reads (``SiteInputs``) and what lies beside
the last site (its writer's state and snapshot), which stories to reload and what to write,
and asks its subclass for the few things only the database knows: the stories' content, the
front page's slots, rendered bodies, media, and the run's record. ``PublishingService`` answers
them from the database; ``RemoteExporter`` asks another process that does. This module
imports no database code (no SQLAlchemy, a third of a second), so that a forked exporter can
start before the process that reads the database has even imported it (``cli.export``).
"""

from __future__ import annotations

import gc
import pickle
from abc import ABC, abstractmethod
from collections.abc import Callable, Generator, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO, Final, NamedTuple

from newsdesk.core import front_page
from newsdesk.core.domain import Status
from newsdesk.core.markup import page_html
from newsdesk.core.summary import plain_summary
from newsdesk.export.common import ExportProgress
from newsdesk.export.memo import Job, PlanMemo
from newsdesk.export.model import Article, FrontZone, SiteContent, SiteInfo, Term
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
from newsdesk.storage.export_inputs import (
    ARTICLE_INPUTS,
    ARTICLES,
    PUBLIC_MARKS,
    REMOVED,
    STORY_TABLES,
    TERM_TABLES,
)

#: At most this many changed stories are reloaded on their own; more, and everything is.
INCREMENTAL_MAX: Final = 200


def utcnow() -> datetime:
    """The current time, aware, in UTC."""
    return datetime.now(UTC)


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


class SiteExporter(ABC):
    """Exports a site (``export_site``); what only the database knows comes from the
    abstract methods below."""

    def __init__(self, *, clock: Callable[[], datetime] = utcnow) -> None:
        self.clock = clock
        #: For an exporter that stays running (``export_site(keep=True)``): the last export's
        #: snapshot per destination, and the destinations whose snapshot is not on disk yet.
        self._kept: dict[str, Snapshot] = {}
        self._unsaved: set[str] = set()

    # -- what the database answers ------------------------------------------------------------

    @abstractmethod
    def _read_inputs(
        self, base_url: str | None, theme: Path | None, feeds: bool, target: str
    ) -> SiteInputs:
        """What an export with these arguments reads (no story body); raises ``ExportError``
        (a theme folder gone, say)."""

    @abstractmethod
    def content(self, base_url: str | None = None) -> tuple[SiteContent, dict[str, str]]:
        """Everything the site shows, and the Markdown bodies by hash (for rendering misses)."""

    @abstractmethod
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

    @abstractmethod
    def front_slots(self) -> list[tuple[Any, ...]]:
        """(zone, position, article id or None, fill rule) of the active front page."""

    @abstractmethod
    def cached_html(self, hashes: frozenset[str]) -> dict[str, str]:
        """The rendered bodies the render cache holds, of these body hashes."""

    @abstractmethod
    def store_rendered(self, rendered: Mapping[str, tuple[str, str]]) -> None:
        """Keep bodies just rendered (HTML and plain summary, by body hash) in the cache."""

    @abstractmethod
    def media_bytes(self, sha256: str) -> bytes | None:
        """The bytes of a media file, or None when it is gone."""

    @abstractmethod
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
        """Record the run (``ExportRun``): a finished one with its manifest."""

    # -- the export ----------------------------------------------------------------------------

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
        story_tables = set(STORY_TABLES) | {ARTICLES}
        if old.keys() != rows.keys():
            return None
        for name in rows:
            if name in story_tables or old[name] == rows[name]:
                continue
            if name not in TERM_TABLES or not _none_modified(old[name], rows[name]):
                return None  # a renamed tag, another setting, the front page: everything
        changed: set[int] = set()
        for name in story_tables:
            if old[name] != rows[name]:
                # Rows of these tables start with their story's id: the rows only one side
                # has name the stories that changed (set operations, in C).
                changed.update(row[0] for row in set(old[name]).symmetric_difference(rows[name]))
        public = {mark[0] for mark in rows[PUBLIC_MARKS]}
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
            fresh, sources = self.articles(now, content.site, sections, reload, order)
            if sorted(a.id for a in fresh) != reload:
                return None  # moved out of public view between the two reads
        by_id = {a.id: a for a in fresh}
        articles = [by_id.get(a.id, a) for a in content.articles]
        front = front_zones(self.front_slots(), articles)
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
            found = self.cached_html(hashes)
            missing = {
                h: (page_html(sources[h]), plain_summary(sources[h]))
                for h in sorted(hashes - set(found))
            }
            if missing:
                self.store_rendered(missing)
                found.update((h, html) for h, (html, _summary) in missing.items())
            return found

        return fetch

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
            stories = len(rows[PUBLIC_MARKS])
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
                # site it starts from is this one (``PublishingService.record_changes``).
                "inputs": inputs,
            }
        except (GeneratorExit, KeyboardInterrupt):  # a Cancel button, a Ctrl+C
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
                self.record(target, where, started, status, manifest, summary, report, built_from)
        assert report is not None
        return _outcome(target, where, report)

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


def run_changes(manifest: Mapping[str, str], report: WriteReport) -> dict[str, str]:
    """What a finished run changed: path → its new hash, ``REMOVED`` for a file it removed."""
    changes = {path: manifest[path] for path in report.changed_paths}
    changes.update((path, REMOVED) for path in report.removed_paths)
    return changes


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


def _none_modified(before: Sequence[tuple[Any, ...]], after: Sequence[tuple[Any, ...]]) -> bool:
    """Rows (keyed by their first column) were added or removed, but none changed."""
    now = {row[0]: row for row in after}
    return all(now.get(row[0], row) == row for row in before)


def _field(row: tuple[Any, ...] | None, name: str) -> Any:
    """A column of a story's ``articles`` input row (None for a story not there)."""
    return None if row is None else row[ARTICLE_INPUTS.index(name)]


# -- an exporter in another process ------------------------------------------------------------

#: What an exporter in another process (``RemoteExporter``) may ask the one with the database.
REMOTE_CALLS: Final = frozenset(
    {
        "clock",
        "_read_inputs",
        "content",
        "articles",
        "front_slots",
        "cached_html",
        "store_rendered",
        "media_bytes",
        "record",
        "record_changes",
    }
)


class RemoteExporter(SiteExporter):
    """An exporter in a process that never opens the database: what only the database knows
    it asks, over two pipes, of a process that has it (``serve``), and waits for the answer.
    An error there is raised here, as if it were raised here.

    The export's render workers, forked from this process, may ask too (an image to resize):
    one exchange at a time, under a lock they share.
    """

    def __init__(self, requests: BinaryIO, replies: BinaryIO) -> None:
        import multiprocessing

        super().__init__(clock=lambda: self._ask("clock"))
        self._requests = requests
        self._replies = replies
        self._turn = multiprocessing.get_context("fork").Lock()

    def _ask(self, name: str, *args: Any, **kwargs: Any) -> Any:
        with self._turn:
            pickle.dump((name, args, kwargs), self._requests, pickle.HIGHEST_PROTOCOL)
            self._requests.flush()
            try:
                ok, value = pickle.load(self._replies)
            except EOFError:
                raise ExportFailed(
                    "the process that reads the database ended during the export; the "
                    "previous site is intact",
                    code="export.reader_gone",
                ) from None
        if not ok:
            raise value
        return value

    def _read_inputs(
        self, base_url: str | None, theme: Path | None, feeds: bool, target: str
    ) -> SiteInputs:
        value: SiteInputs = self._ask("_read_inputs", base_url, theme, feeds, target)
        return value

    def content(self, base_url: str | None = None) -> tuple[SiteContent, dict[str, str]]:
        value: tuple[SiteContent, dict[str, str]] = self._ask("content", base_url)
        return value

    def articles(
        self,
        now: datetime,
        info: SiteInfo,
        sections: Mapping[int, Term],
        only: Sequence[int] | None = None,
        newest_first: Sequence[int] | None = None,
    ) -> tuple[list[Article], dict[str, str]]:
        value: tuple[list[Article], dict[str, str]]
        value = self._ask("articles", now, info, dict(sections), only, newest_first)
        return value

    def front_slots(self) -> list[tuple[Any, ...]]:
        value: list[tuple[Any, ...]] = self._ask("front_slots")
        return value

    def cached_html(self, hashes: frozenset[str]) -> dict[str, str]:
        value: dict[str, str] = self._ask("cached_html", hashes)
        return value

    def store_rendered(self, rendered: Mapping[str, tuple[str, str]]) -> None:
        self._ask("store_rendered", dict(rendered))

    def media_bytes(self, sha256: str) -> bytes | None:
        value: bytes | None = self._ask("media_bytes", sha256)
        return value

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
        """Recorded by its changes alone when it can be: the whole manifest (a hash per
        file, 3 MB at 10,000 stories) crosses over only when the run must store it."""
        if status == "done" and manifest and report is not None:
            changes = run_changes(manifest, report)
            if self._ask(
                "record_changes", target, destination, started, changes, summary, built_from
            ):
                return
        self._ask(
            "record", target, destination, started, status, manifest, summary, None, built_from
        )


def serve(exporter: SiteExporter, requests: BinaryIO, replies: BinaryIO) -> None:
    """Answer a ``RemoteExporter``'s questions with ``exporter``'s answers until it closes its
    end. An error is handed over to be raised there (as an ``ExportFailed`` with its text, if
    it cannot be pickled)."""
    while True:
        try:
            name, args, kwargs = pickle.load(requests)
        except EOFError:
            return
        if name not in REMOTE_CALLS:
            raise ValueError(f"an exporter asked for {name!r}, which it may not")
        try:
            answer = (True, getattr(exporter, name)(*args, **kwargs))
            data = pickle.dumps(answer, pickle.HIGHEST_PROTOCOL)
        except Exception as exc:  # told there, where the export runs
            try:
                data = pickle.dumps((False, exc), pickle.HIGHEST_PROTOCOL)
            except Exception:
                failed = ExportFailed(str(exc) or type(exc).__name__)
                data = pickle.dumps((False, failed), pickle.HIGHEST_PROTOCOL)
        replies.write(data)
        replies.flush()
