"""Importing stories from files: one reader per format, one transaction per file.

``run`` is a generator of progress steps (the GUI turns them into a progress bar, the CLI into a
progress line); its last value is the ``ImportReport``. A file that breaks half-way is rolled
back whole and the error names the file and the place; files before it stay imported. Stopping
the generator early (a cancel button) rolls back the file in progress.

Duplicates are found before writing: a story whose source id or source URL is already in the
database is skipped, updated, or imported as new, as the caller chooses. So is a near-duplicate:
a story whose Arabic-normalised 5-word shingles overlap an existing one's (``core.shingles``);
the report says how similar. Candidates are compared by their stored sketches first
(``story_sketches``); only one that may be a duplicate is read back and compared exactly.
``preview`` is a dry run that collects all of it — counts, a sample of headlines, the
duplicates with their similarity, the related links a page would make — so a person can choose
skip, update or new, per file or for all, before anything is written.

Related entries a page names (``ImportedRelated``) become related links (origin ``imported``):
to an existing story with the same headline (compared Arabic-normalised), else to a new draft
with that headline and excerpt whose source id is ``ref:`` and the normalised headline, so the
next page naming it links to the same draft instead of making another.
"""

from __future__ import annotations

import os
import shutil
from collections import Counter, OrderedDict, deque
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from tempfile import TemporaryDirectory, gettempdir
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from newsdesk.core import shingles, text
from newsdesk.core.analysis import TextAnalysis
from newsdesk.core.domain import DuplicatePolicy, RelatedOrigin, RevisionKind, Status
from newsdesk.core.messages import taken_over
from newsdesk.importers.base import (
    ImportedRelated,
    ImportedStory,
    ImportFormatError,
    ReaderRegistry,
    SkippedItem,
    UnknownFormatError,
)
from newsdesk.services.dto import StoryInput
from newsdesk.services.errors import ServiceError, ValidationError
from newsdesk.services.stories import PreparedStory, StoryService
from newsdesk.services.taxonomy import ensure_tags
from newsdesk.services.text_workers import AHEAD, MIN_STORIES, TextAnalyser
from newsdesk.storage import bulk, import_queries, terms
from newsdesk.storage import search as search_index
from newsdesk.storage.db import Database
from newsdesk.storage.models import ArticleRecord, RelatedLinkRecord, utcnow


class _DryRunRollback(Exception):
    """Raised at the end of a dry run so the file's transaction rolls back."""


class ImportFileError(ServiceError):
    """A file was refused; ``path`` and ``location`` say where. Nothing from it was kept."""

    def __init__(
        self, path: str, location: str, message: str | Exception, /, code: str = "", **params: Any
    ) -> None:
        """``message`` as :class:`ImportFormatError` takes it (a template with ``code=`` and
        its values, or an error whose sentence and code this one takes over)."""
        template, code, params = taken_over(message, code, params)
        super().__init__(template, code=code, **params)
        self.path = path
        self.location = location
        self.message = self.text
        #: Of an import of several files: the files imported before this one (kept, each in
        #: its own transaction) and those after it, which were not read.
        self.finished: tuple[FileReport, ...] = ()
        self.not_read: tuple[str, ...] = ()
        where = f"{path}, {location}" if location else path
        self.args = (f"{where}: {self.message}",)


@dataclass(frozen=True, slots=True)
class Refusal:
    """Why a file would be refused, as data: the place (``path``, ``location``) and the
    sentence's ``code``, English ``template`` and ``params`` (see ``core.messages``)."""

    path: str
    location: str
    code: str
    template: str
    params: dict[str, Any]

    @classmethod
    def of(cls, error: ServiceError) -> Refusal:
        return cls(
            getattr(error, "path", ""),
            getattr(error, "location", ""),
            error.code,
            error.template,
            dict(error.params),
        )


@dataclass(frozen=True, slots=True)
class ImportProgress:
    path: str
    done: int
    total: int | None
    message: str = ""


@dataclass(frozen=True, slots=True)
class DuplicateMatch:
    """An imported story that is already in the database, and how sure that is.

    ``reason`` is ``source id``, ``source URL`` (similarity 1.0) or ``near-duplicate``, whose
    ``similarity`` is the larger of the Jaccard and containment of the two stories' shingles.
    """

    location: str
    headline: str
    story_id: int
    existing_headline: str
    reason: str
    similarity: float
    jaccard: float = 1.0
    containment: float = 1.0
    #: The match is a story of this same import (an earlier file, or earlier in the file).
    in_import: bool = False


@dataclass(slots=True)
class FileReport:
    path: str
    format: str
    added: int = 0
    updated: int = 0
    duplicates_skipped: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    story_ids: list[int] = field(default_factory=list)
    #: Every story the file holds (written or not).
    stories: int = 0
    #: The first ``SAMPLE_SIZE`` headlines, for a preview.
    sample: list[str] = field(default_factory=list)
    #: Duplicates found (the first ``MAX_LISTED_DUPLICATES``; ``duplicates_found`` counts all).
    duplicates: list[DuplicateMatch] = field(default_factory=list)
    duplicates_found: int = 0
    related_linked: int = 0
    related_drafts: int = 0
    #: Why a previewed file would be refused ("" when it reads cleanly).
    error: str = ""
    #: The same refusal as a code, its values and the place, for the interface to tell.
    refusal: Refusal | None = None


@dataclass(frozen=True, slots=True)
class ImportReport:
    files: tuple[FileReport, ...]
    dry_run: bool

    @property
    def added(self) -> int:
        return sum(f.added for f in self.files)

    @property
    def updated(self) -> int:
        return sum(f.updated for f in self.files)

    @property
    def duplicates_skipped(self) -> int:
        return sum(f.duplicates_skipped for f in self.files)

    @property
    def skipped(self) -> Counter[str]:
        total: Counter[str] = Counter()
        for f in self.files:
            total.update(f.skipped)
        return total


@dataclass(frozen=True, slots=True)
class ImportPreview:
    """What an import would do, file by file; nothing was written."""

    files: tuple[FileReport, ...]

    @property
    def stories(self) -> int:
        return sum(f.stories for f in self.files)

    @property
    def new(self) -> int:
        return sum(f.added for f in self.files)

    @property
    def duplicates_found(self) -> int:
        return sum(f.duplicates_found for f in self.files)

    @property
    def errors(self) -> list[FileReport]:
        return [f for f in self.files if f.error]


#: How often ``run`` reports progress (items).
PROGRESS_EVERY = 200
#: Headlines kept per file for a preview.
SAMPLE_SIZE = 10
#: Duplicates listed per file (all are counted).
MAX_LISTED_DUPLICATES = 1000
#: Shingle sets of this run's stories kept for comparing near-duplicates without a query.
_RECENT_TEXTS = 256
#: Near-duplicate candidates compared exactly per imported story.
_CANDIDATES = 5


class ImportService:
    def __init__(
        self,
        database: Database,
        stories: StoryService,
        *,
        registry: ReaderRegistry | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.db = database
        self.stories = stories
        self._registry = registry
        self.clock = clock
        self._index: shingles.ShingleIndex | None = None
        self._headlines: dict[str, int] = {}
        self._recent: OrderedDict[int, tuple[str, frozenset[int]]] = OrderedDict()
        self._run_ids: set[int] = set()
        self._index_checked = False
        self._index_state: tuple[object, ...] | None = None
        self._next_provisional = 0
        self._provisional_sets: dict[int, TextAnalysis] = {}
        #: Stories whose stored sketch was missing or stale when the index was loaded: their
        #: new sketch is written in that file's transaction, which a dry run rolls back, so
        #: while the index lives they are compared by their text.
        self._resketched: set[int] = set()
        self._loaded_in_file = False
        #: (shingle count, first ``SKETCH_K`` hashes packed) of the stories written in the
        #: file being imported, as ``story_sketches`` holds them: a candidate's estimate needs
        #: no query (about 1 kB a story; the whole set stays in the database).
        self._heads: dict[int, tuple[int, bytes]] = {}
        #: Worker processes analysing text ahead of the writes (``services.text_workers``);
        #: 0 analyses in this process. The command line sets it; the desktop app leaves it 0.
        self.workers = 0
        #: Files with fewer stories (by the reader's estimate) are imported without a worker.
        self.min_worker_stories = MIN_STORIES
        #: Nothing else in this process reads the database while it imports (the command line
        #: sets it): a bulk load then takes the file out of WAL mode for its transaction
        #: (``Database.write``). The desktop app leaves it False: its story list reads on.
        self.alone = False

    @property
    def registry(self) -> ReaderRegistry:
        """The readers, loaded on first use: they pull in heavy parsers (trafilatura, lxml,
        PyYAML) that a process which only exports or lists stories never needs."""
        if self._registry is None:
            from newsdesk.importers import default_registry

            self._registry = default_registry()
        return self._registry

    def formats(self) -> list[str]:
        return ["auto", *self.registry.names()]

    def run(
        self,
        fmt: str,
        paths: Sequence[Path],
        *,
        on_duplicate: DuplicatePolicy = DuplicatePolicy.SKIP,
        dry_run: bool = False,
        policies: Mapping[str, DuplicatePolicy] | None = None,
    ) -> Iterator[ImportProgress | ImportReport]:
        """Import every file; yield progress, then the report (always the last value).

        ``policies`` overrides ``on_duplicate`` per file (keyed by ``str(path)``).
        """
        reports: list[FileReport] = []
        self._forget_index()
        for number, path in enumerate(paths):
            policy = (policies or {}).get(str(path), on_duplicate)
            try:
                report = yield from self._import_file(fmt, Path(path), policy, dry_run)
            except ImportFileError as exc:
                exc.finished = tuple(reports)
                exc.not_read = tuple(str(p) for p in paths[number + 1 :])
                raise
            reports.append(report)
        self._index_settled()
        yield ImportReport(tuple(reports), dry_run)

    def import_files(
        self,
        fmt: str,
        paths: Sequence[Path],
        *,
        on_duplicate: DuplicatePolicy = DuplicatePolicy.SKIP,
        dry_run: bool = False,
    ) -> ImportReport:
        """``run`` without the progress: the report."""
        result: ImportReport | None = None
        for step in self.run(fmt, paths, on_duplicate=on_duplicate, dry_run=dry_run):
            if isinstance(step, ImportReport):
                result = step
        assert result is not None
        return result

    # -- one file ------------------------------------------------------------------------------

    def _import_file(
        self, fmt: str, path: Path, policy: DuplicatePolicy, dry_run: bool
    ) -> Generator[ImportProgress, None, FileReport]:
        try:
            reader = self.registry.for_path(fmt, path)
        except ImportFormatError as exc:  # before ValueError, its base class
            raise ImportFileError(exc.path, exc.location, exc) from None
        except UnknownFormatError as exc:
            raise ValidationError(exc.template, code=exc.code, **exc.params) from None
        if path.is_dir():
            raise ImportFileError(
                str(path), "", "is a folder: name the files in it to import", code="import.folder"
            )
        if not path.is_file():
            raise ImportFileError(str(path), "", "no such file", code="import.no_file")
        estimate: Callable[[Path], int | None] | None = getattr(reader, "estimate", None)
        total = estimate(path) if estimate else None
        report = FileReport(str(path), reader.name)
        yield ImportProgress(str(path), 0, total, f"reading {path.name} as {reader.name}")
        done = 0
        self._loaded_in_file = False
        # Ids of a file rolled back are given again to the next file's stories.
        self._heads.clear()
        try:
            # One transaction per file. Leaving the block by any exception — a broken record,
            # a full disk, GeneratorExit from a cancelled import — rolls the whole file back.
            # With a worker, the text of the next few chunks is analysed while one is written
            # (``text_workers``); the writes, and so the errors, still come in file order.
            workers = self.workers if total is not None and total >= self.min_worker_stories else 0
            bulk_load = self._bulk_load(total)
            # A preview commits nothing, so it gains nothing from the rollback journal (its log
            # is thrown away, never copied into the file): it leaves the newsroom readable.
            exclusive = bulk_load and self.alone and not dry_run
            with (
                _scratch_postings(self.db, workers) as side,  # removed after the commit
                self.db.write(foreign_keys=not bulk_load, rollback_journal=exclusive) as session,
                bulk.large_write_cache(session),
                search_index.large_write(session),
                TextAnalyser(workers, side, lambda: terms.stop_terms(session)) as analyser,
            ):
                if side is not None:
                    terms.use_side_postings(session, side)
                # Chunks read, sent for analysis and not written yet, oldest first.
                sent: deque[tuple[list[ImportedStory], Callable[[], list[TextAnalysis]]]]
                sent = deque()
                ahead = AHEAD if analyser.parallel else 0
                chunk: list[ImportedStory] = []
                try:
                    for item in reader.read(path):
                        if isinstance(item, SkippedItem):
                            report.skipped[item.kind] += 1
                            continue
                        chunk.append(item)
                        if len(chunk) == PROGRESS_EVERY:
                            sent.append((chunk, analyser.submit(chunk)))
                            chunk = []
                            if len(sent) > ahead:
                                self._write_chunk(session, *sent.popleft(), policy, report)
                                done += PROGRESS_EVERY
                                yield ImportProgress(str(path), done, total)
                except ImportFormatError:
                    # A bad record further on: a story before it that is refused itself was
                    # the first error in the file, as without the worker.
                    for stories, analyses in sent:
                        self._write_chunk(session, stories, analyses, policy, report)
                    raise
                sent.append((chunk, analyser.submit(chunk)))
                for stories, analyses in sent:
                    if stories:
                        self._write_chunk(session, stories, analyses, policy, report)
                        done += len(stories)
                        if len(stories) == PROGRESS_EVERY:
                            yield ImportProgress(str(path), done, total)
                if dry_run:
                    raise _DryRunRollback
                _check_references(session)
            if self._loaded_in_file:
                self._resketched.clear()  # committed: the sketches made while loading are stored
        except _DryRunRollback:
            report.story_ids.clear()
        except ImportFormatError as exc:
            raise ImportFileError(exc.path, exc.location, exc) from None
        finally:
            self._heads.clear()  # about 1 kB a story: not kept by the desktop app after it
        yield ImportProgress(str(path), done, total, "done")
        return report

    def _bulk_load(self, total: int | None) -> bool:
        """Whether a file of about ``total`` stories is written as a bulk load (SQLite): it
        holds more stories than the newsroom it goes into (an archive moved in).

        A bulk load is written without foreign-key checks: what the file wrote is checked
        once before the commit (``_check_references``, and ``storage.terms``) by passes over
        whole tables, which cost about what checking each of their rows would, so not for a
        few stories added to a large newsroom. When the import is ``alone`` it is also written
        with a rollback journal instead of the write-ahead log (``Database.write``)."""
        if total is None or not self.db.is_sqlite:
            return False
        with self.db.read() as session:
            return total > terms.article_count(session)

    def _write_chunk(
        self,
        session: Session,
        chunk: Sequence[ImportedStory],
        analysed: Callable[[], Sequence[TextAnalysis]],
        policy: DuplicatePolicy,
        report: FileReport,
    ) -> None:
        """Write a few hundred stories with batched statements, as ``_write`` would one by one.

        Duplicates are looked up for the whole chunk in two queries; stories waiting to be
        written are matched in memory (they are newer than anything stored, so a stored match
        always wins, as the one-by-one lookup's ``ORDER BY id`` would decide). An update changes
        a stored story's source keys, so after one the rest of the chunk goes one by one.
        """
        if not chunk:
            return
        analyses = analysed()
        by_id, by_url = bulk.first_ids_by_source(
            session, (i.source_id for i in chunk), (i.source_url for i in chunk)
        )
        known_tags = ensure_tags(session, (t for i in chunk for t in i.tags if t.strip()))
        pending: list[tuple[ImportedStory, PreparedStory]] = []
        pending_keys: set[tuple[str, str]] = set()
        reason = f"import: {Path(report.path).name}"

        marks: list[int] = []  # provisional index keys of the pending stories

        def flush() -> None:
            ids = self.stories.insert_prepared(
                session, [p for _i, p in pending], reason=reason, kind=RevisionKind.IMPORT
            )
            report.added += len(ids)
            report.story_ids.extend(ids)
            sketches: list[tuple[int, int, int, bytes]] = []
            for (item, _prepared), story_id, mark in zip(pending, ids, marks, strict=True):
                mine = self._forget_provisional(session, mark, story_id)
                self._indexed(session, item, story_id, mine, report, in_index=True)
                # A new story: version 1.
                sketches.append(_sketch_row(story_id, 1, mine.sketch, mine.stored))
            import_queries.write_sketches(session, shingles.SCHEME, sketches, new=True)
            pending.clear()
            pending_keys.clear()
            marks.clear()

        one_by_one = False
        for item, mine in zip(chunk, analyses, strict=True):
            try:
                if one_by_one:
                    written = len(report.story_ids)
                    self._write(session, item, policy, report)
                    self._after_write(session, item, report, written)
                    continue
                keys = _source_keys(item)
                match = self._chunk_match(
                    session, item, mine, by_id, by_url, bool(keys & pending_keys)
                )
                if match is not None and policy is DuplicatePolicy.UPDATE:
                    flush()
                    written = len(report.story_ids)
                    self._write(session, item, policy, report)  # finds and records it again
                    self._after_write(session, item, report, written)
                    one_by_one = True
                    continue
                self._record(report, item, match)
                if match is not None and policy is DuplicatePolicy.SKIP:
                    report.duplicates_skipped += 1
                    continue
                pending.append((item, self._prepare(session, item, known_tags, mine)))
                pending_keys |= keys
                marks.append(self._provisional(session, item, mine))
            except ValidationError as exc:
                raise ImportFileError(report.path, item.location, exc) from None
        flush()

    def _prepare(
        self,
        session: Session,
        item: ImportedStory,
        known_tags: Mapping[str, tuple[int, str]],
        analysis: TextAnalysis,
    ) -> PreparedStory:
        try:
            status = Status(item.status)
        except ValueError:
            raise ValidationError(
                "unknown status {status!r}", code="import.bad_status", status=item.status
            ) from None
        return self.stories.prepare(
            session,
            _story_input(item),
            status=status,
            published_at=item.published_at,
            updated_at=item.updated_at or item.published_at,
            create_section=True,
            known_tags=known_tags,
            analysis=analysis,
        )

    def _write(
        self, session: Session, item: ImportedStory, policy: DuplicatePolicy, report: FileReport
    ) -> None:
        data = _story_input(item)
        existing = self._check_duplicate(session, item, report)
        if existing is not None and policy is DuplicatePolicy.SKIP:
            report.duplicates_skipped += 1
            return
        if existing is not None and policy is DuplicatePolicy.UPDATE:
            record = self.stories.update_in(
                session,
                existing,
                data,
                reason=f"import: {Path(report.path).name}",
                kind=RevisionKind.IMPORT,
                create_section=True,
            )
            report.updated += 1
            report.story_ids.append(record.id)
            return
        try:
            status = Status(item.status)
        except ValueError:
            raise ValidationError(
                "unknown status {status!r}", code="import.bad_status", status=item.status
            ) from None
        record = self.stories.insert(
            session,
            data,
            status=status,
            reason=f"import: {Path(report.path).name}",
            kind=RevisionKind.IMPORT,
            published_at=item.published_at,
            updated_at=item.updated_at or item.published_at,
            create_section=True,
        )
        report.added += 1
        report.story_ids.append(record.id)

    @staticmethod
    def _find_duplicate(session: Session, item: ImportedStory) -> int | None:
        clauses = []
        if item.source_id:
            clauses.append(ArticleRecord.source_id == item.source_id)
        if item.source_url:
            clauses.append(ArticleRecord.source_url == item.source_url)
        if not clauses:
            return None
        with session.no_autoflush:
            return session.scalar(
                select(ArticleRecord.id).where(or_(*clauses)).order_by(ArticleRecord.id).limit(1)
            )

    # -- preview, near-duplicates and related links (additions around _write) ----------------

    def preview(
        self,
        fmt: str,
        paths: Sequence[Path],
        *,
        on_duplicate: DuplicatePolicy = DuplicatePolicy.SKIP,
        policies: Mapping[str, DuplicatePolicy] | None = None,
    ) -> Iterator[ImportProgress | ImportPreview]:
        """Read every file as a dry run and yield progress, then the ``ImportPreview``.

        Nothing is written. Duplicates are looked for as the import will look for them (source
        id, URL, near-duplicate shingles, also between stories of the same files); a file that
        would be refused is reported with its error instead of stopping the preview.
        """
        files: list[FileReport] = []
        self._forget_index()
        for path in paths:
            policy = (policies or {}).get(str(path), on_duplicate)
            try:
                report = yield from self._import_file(fmt, Path(path), policy, True)
            except ImportFileError as exc:
                report = FileReport(str(path), fmt, error=str(exc), refusal=Refusal.of(exc))
            except ValidationError as exc:
                report = FileReport(str(path), fmt, error=str(exc), refusal=Refusal.of(exc))
            files.append(report)
        self._index_settled()
        yield ImportPreview(tuple(files))

    def preview_files(
        self,
        fmt: str,
        paths: Sequence[Path],
        *,
        on_duplicate: DuplicatePolicy = DuplicatePolicy.SKIP,
    ) -> ImportPreview:
        """``preview`` without the progress."""
        result: ImportPreview | None = None
        for step in self.preview(fmt, paths, on_duplicate=on_duplicate):
            if isinstance(step, ImportPreview):
                result = step
        assert result is not None
        return result

    def _forget_index(self) -> None:
        """Start of a run: what is only true inside one run is dropped.

        The shingle index is kept when the database has not changed since the last run ended
        (the usual preview-then-import): building it reads every story's stored sketch, and
        shingles the stories that have none. Stale entries in it — stories a dry run rolled
        back — only cost a comparison, because every candidate is checked against its stored
        sketch or its real text. The headline map and the texts of this run's stories are used
        without such a check, so they never outlive a run.
        """
        self._headlines = {}
        self._recent.clear()
        self._run_ids = set()
        self._index_checked = False

    def _index_settled(self) -> None:
        """End of a run: remember the state of the database the index now describes."""
        if self._index is not None:
            with self.db.read() as session:
                self._index_state = import_queries.articles_state(session)

    def _ensure_index(self, session: Session) -> shingles.ShingleIndex:
        """The candidate index and the headline map, loaded on first use in a run (in the
        file's transaction ``session``)."""
        if not self._index_checked:
            self._index_checked = True
            state = import_queries.articles_state(session)
            if self._index is None or state != self._index_state:
                self._resketched = set()
                self._index = self._load_index(session, self._resketched)
                self._loaded_in_file = True
            self._headlines = {}
            for story_id, headline in import_queries.iter_article_headlines(session):
                self._headlines.setdefault(text.normalize(headline).strip(), story_id)
        assert self._index is not None
        return self._index

    @staticmethod
    def _load_index(session: Session, resketched: set[int]) -> shingles.ShingleIndex:
        """Index every story by the head of its stored sketch; stories without a current one
        (saved since, or older than sketches) are shingled, their sketches written and their
        ids added to ``resketched``."""
        index = shingles.ShingleIndex()
        missing: list[int] = []
        head = shingles.SKETCH_SIZE * 8
        for story_id, data in import_queries.iter_sketch_heads(session, shingles.SCHEME, head):
            if data is None:
                missing.append(story_id)
                resketched.add(story_id)
            else:
                index.add_values(story_id, shingles.Sketch.from_bytes(0, data).values)
        for start in range(0, len(missing), import_queries.BATCH):
            batch = missing[start : start + import_queries.BATCH]
            versions = import_queries.article_versions(session, batch)
            texts = import_queries.article_texts(session, batch)
            rows = []
            for story_id, (headline, body) in texts.items():
                mine, stored = shingles.sketch_and_stored(shingles.shingles(headline, body))
                index.add_values(story_id, mine.values)
                rows.append(_sketch_row(story_id, versions[story_id], mine, stored))
            import_queries.write_sketches(session, shingles.SCHEME, rows)
        return index

    def _remember(self, story_id: int, headline: str, shingle_set: frozenset[int]) -> None:
        self._run_ids.add(story_id)
        self._recent[story_id] = (headline, shingle_set)
        self._recent.move_to_end(story_id)
        while len(self._recent) > _RECENT_TEXTS:
            self._recent.popitem(last=False)

    def _check_duplicate(
        self, session: Session, item: ImportedStory, report: FileReport
    ) -> int | None:
        """The story ``item`` duplicates (source id, URL, else near-duplicate), recorded in
        ``report`` with its similarity; also counts the item and keeps the preview sample."""
        existing = self._find_duplicate(session, item)
        match: DuplicateMatch | None = None
        if existing is not None:
            texts = import_queries.article_texts(session, [existing])
            reason = (
                "source id"
                if item.source_id
                and import_queries.article_id_by_source_id(session, item.source_id) == existing
                else "source URL"
            )
            headline = texts.get(existing, ("", ""))[0]
            match = DuplicateMatch(
                item.location,
                item.headline,
                existing,
                headline,
                reason,
                1.0,
                in_import=existing in self._run_ids,
            )
        else:
            match = self._near_duplicate(session, item, shingles.shingles(item.headline, item.body))
        self._record(report, item, match)
        return match.story_id if match is not None else None

    @staticmethod
    def _record(report: FileReport, item: ImportedStory, match: DuplicateMatch | None) -> None:
        """Count the story, keep it in the preview's sample, list its duplicate."""
        report.stories += 1
        if len(report.sample) < SAMPLE_SIZE:
            report.sample.append(item.headline)
        if match is not None:
            report.duplicates_found += 1
            if len(report.duplicates) < MAX_LISTED_DUPLICATES:
                report.duplicates.append(match)

    def _chunk_match(
        self,
        session: Session,
        item: ImportedStory,
        mine: TextAnalysis,
        by_id: Mapping[str, int],
        by_url: Mapping[str, int],
        pending_duplicate: bool,
    ) -> DuplicateMatch | None:
        """``_check_duplicate`` for the batched path: stored source keys come from the chunk's
        two queries, keys of stories not yet written match with no id, then near-duplicates."""
        stored = by_id.get(item.source_id) if item.source_id else None
        reason = "source id"
        if stored is None and item.source_url:
            stored, reason = by_url.get(item.source_url), "source URL"
        if stored is not None:
            headline = import_queries.article_texts(session, [stored]).get(stored, ("", ""))[0]
            return DuplicateMatch(
                item.location,
                item.headline,
                stored,
                headline,
                reason,
                1.0,
                in_import=stored in self._run_ids,
            )
        if pending_duplicate:
            reason = "source id" if item.source_id else "source URL"
            return DuplicateMatch(item.location, item.headline, 0, "", reason, 1.0, in_import=True)
        return self._near_duplicate(session, item, mine.shingles, mine.sketch)

    def _provisional(self, session: Session, item: ImportedStory, mine: TextAnalysis) -> int:
        """Index a story waiting in the batch under a negative key until it has its id."""
        self._next_provisional -= 1
        key = self._next_provisional
        self._ensure_index(session).add_values(key, mine.sketch.values)
        self._provisional_sets[key] = mine
        self._recent[key] = (item.headline, mine.shingles)
        self._run_ids.add(key)
        return key

    def _forget_provisional(self, session: Session, key: int, story_id: int) -> TextAnalysis:
        """The story under provisional ``key`` was written as ``story_id``: indexed under it
        from now on (the stories of a batch are relabelled in the order they were added, so
        the index is what removing and adding each again would leave)."""
        mine = self._provisional_sets.pop(key)
        self._ensure_index(session).relabel(key, story_id, mine.sketch.values)
        self._recent.pop(key, None)
        self._run_ids.discard(key)
        return mine

    def _near_duplicate(
        self,
        session: Session,
        item: ImportedStory,
        mine: frozenset[int],
        my_sketch: shingles.Sketch | None = None,
    ) -> DuplicateMatch | None:
        index = self._ensure_index(session)
        my_sketch = my_sketch or shingles.Sketch.of(mine)
        candidates = index.candidates_of(my_sketch.values, _CANDIDATES)
        if not candidates:
            return None
        unknown = [c for c in candidates if c not in self._recent]
        # Stored sketches dismiss the candidates that cannot be duplicates; the others (and
        # any without a current sketch) are read back and compared exactly. The sketches of
        # this file's stories are at hand; the others are read.
        current = [c for c in unknown if c not in self._resketched]
        heads = self._heads
        known = {c: heads[c] for c in current if c in heads}
        stored = import_queries.sketches(
            session, [c for c in current if c not in known], shingles.SCHEME
        )
        sketched = {**known, **stored}
        probe = shingles.Probe(mine, my_sketch)
        possible = probe.may_be_duplicate
        head = shingles.head_values
        kept = [
            story_id for story_id, (size, data) in sketched.items() if possible(size, head(data))
        ]
        # A possible duplicate is compared exactly on its whole stored set; only one stored
        # before whole sets were (or without a current sketch) is read and shingled again.
        stored.update(
            import_queries.sketches(session, [c for c in kept if c in known], shingles.SCHEME)
        )
        whole: dict[int, shingles.Similarity] = {}
        for story_id in kept:
            found = probe.similarity_to_stored(*stored[story_id]) if story_id in stored else None
            if found is not None:
                whole[story_id] = found
        dismissed = set(sketched).difference(kept)
        texts = import_queries.article_texts(
            session, [c for c in unknown if c not in dismissed and c not in whole]
        )
        best: tuple[shingles.Similarity, int, str | None] | None = None
        for story_id in candidates:
            headline: str | None = None
            if story_id in self._recent:
                headline, theirs = self._recent[story_id]
                found = shingles.similarity(mine, theirs)
            elif story_id in whole:
                found = whole[story_id]
            elif story_id in texts:
                headline = texts[story_id][0]
                found = shingles.similarity(mine, shingles.shingles(*texts[story_id]))
            else:
                continue  # a story of a previewed file, rolled back and no longer remembered
            if found.is_duplicate and (best is None or found.score > best[0].score):
                best = (found, story_id, headline)
        if best is None:
            return None
        found, story_id, known_headline = best
        headline = (
            import_queries.article_headline(session, story_id)
            if known_headline is None
            else known_headline
        )
        return DuplicateMatch(
            item.location,
            item.headline,
            story_id,
            headline,
            "near-duplicate",
            round(found.score, 3),
            round(found.jaccard, 3),
            round(found.containment, 3),
            in_import=story_id in self._run_ids,
        )

    def _after_write(
        self, session: Session, item: ImportedStory, report: FileReport, written: int
    ) -> None:
        """After ``_write``: index the story just written and link the related entries."""
        if len(report.story_ids) == written:
            return  # skipped as a duplicate
        self._indexed(session, item, report.story_ids[-1], None, report)

    def _indexed(
        self,
        session: Session,
        item: ImportedStory,
        story_id: int,
        mine: TextAnalysis | None,
        report: FileReport,
        *,
        in_index: bool = False,
    ) -> None:
        """A story was written: index it, remember its headline, link its related entries.

        ``mine`` is the analysis of its text (None: made here, and its sketch written);
        ``in_index``: the candidate index has it already (relabelled from its provisional
        key)."""
        if mine is None:
            shingle_set = shingles.shingles(item.headline, item.body)
            sketch, stored = shingles.sketch_and_stored(shingle_set)
            versions = import_queries.article_versions(session, [story_id])
            row = _sketch_row(story_id, versions[story_id], sketch, stored)
            import_queries.write_sketches(session, shingles.SCHEME, [row])
        else:
            shingle_set, sketch, stored = mine.shingles, mine.sketch, mine.stored
        # The sketch is the start of the stored set (``shingles.pack``, ascending).
        self._heads[story_id] = (sketch.size, stored[: shingles.SKETCH_K * 8])
        if not in_index:
            self._ensure_index(session).add_values(story_id, sketch.values)
        self._remember(story_id, item.headline, shingle_set)
        self._headlines.setdefault(text.normalize(item.headline).strip(), story_id)
        if item.related:
            self._link_related(session, story_id, item.related, report)

    def _link_related(
        self,
        session: Session,
        story_id: int,
        entries: Sequence[ImportedRelated],
        report: FileReport,
    ) -> None:
        """Link each entry: an existing story by normalised headline, else a reference draft."""
        self._ensure_index(session)
        linked = set(import_queries.related_target_ids(session, story_id))
        position = import_queries.next_related_position(session, story_id)
        for entry in entries:
            key = text.normalize(entry.headline).strip()
            if not key:
                continue
            target = self._headlines.get(key)
            if target is None:
                target = import_queries.article_id_by_source_id(session, "ref:" + key)
            if target is None:
                draft = self.stories.insert(
                    session,
                    StoryInput(
                        headline=entry.headline[:500],
                        excerpt=entry.excerpt,
                        source_url=entry.url if "://" in entry.url else "",
                        source_id=("ref:" + key)[:300],
                    ),
                    status=Status.DRAFT,
                    reason=f"imported reference: {Path(report.path).name}",
                    kind=RevisionKind.IMPORT,
                )
                target = draft.id
                self._headlines[key] = target
                report.related_drafts += 1
            if target == story_id or target in linked:
                continue
            session.add(
                RelatedLinkRecord(
                    article_id=story_id,
                    target_id=target,
                    position=position,
                    origin=RelatedOrigin.IMPORTED.value,
                    created_at=self.clock(),
                )
            )
            linked.add(target)
            position += 1
            report.related_linked += 1
        session.flush()


def summarise_preview(preview: ImportPreview, *, limit: int = 20) -> Iterable[str]:
    """Lines for people: what each file holds and which of it is already in the database."""
    for f in preview.files:
        if f.error:
            yield f"{f.path}: refused — {f.error}"
            continue
        parts = [f"{f.stories} stories", f"{f.added} new", f"{f.duplicates_found} duplicates"]
        if f.updated:
            parts.append(f"{f.updated} would be updated")
        if f.related_linked:
            parts.append(
                f"{f.related_linked} related links ({f.related_drafts} new reference drafts)"
            )
        for kind, count in sorted(f.skipped.items()):
            parts.append(f"{count} {kind} skipped")
        yield f"{f.path} ({f.format}): " + ", ".join(parts)
        for headline in f.sample[:5]:
            yield f"  · {headline}"
        for match in f.duplicates[:limit]:
            target = (
                "an earlier story of this import"
                if match.in_import
                else f"#{match.story_id} {match.existing_headline}"
            )
            yield (
                f"  duplicate {match.similarity:.0%} ({match.reason}) {match.location}: "
                f"{match.headline} = {target}"
            )
        if f.duplicates_found > limit:
            yield f"  … and {f.duplicates_found - limit} more duplicates"
    yield "preview: nothing was written"


@contextmanager
def _scratch_postings(database: Database, workers: int) -> Iterator[terms.SidePostings | None]:
    """A scratch file for the worker's term postings (``storage.terms.SidePostings``), when
    the import has a worker and writes to SQLite; removed when the block ends.

    Made next to the database (a few hundred MB at 100,000 stories: ``/tmp`` may be memory).
    """
    if workers <= 0 or not database.is_sqlite:
        yield None
        return
    place = database.path.parent if database.path is not None else Path(gettempdir())
    _sweep_scratch(place)
    prefix = f"{_SCRATCH_PREFIX}{os.getpid()}-"
    with TemporaryDirectory(prefix=prefix, dir=place) as folder:
        yield terms.SidePostings.create(Path(folder) / "postings.db")


#: Scratch folders are named with this, the importing process's id and a dash.
_SCRATCH_PREFIX = ".newsdesk-import-"


def _sweep_scratch(place: Path) -> None:
    """Remove the scratch folders in ``place`` left by imports whose process is gone.

    A process killed in the middle of an import (SIGKILL, or a SIGTERM, which runs no
    ``finally``) leaves its folder behind: a few hundred MB at 100,000 stories. POSIX only:
    elsewhere ``os.kill(pid, 0)`` is not a harmless question."""
    if os.name != "posix":
        return
    for folder in place.glob(f"{_SCRATCH_PREFIX}*-*"):
        owner = folder.name.removeprefix(_SCRATCH_PREFIX).split("-", 1)[0]
        if not owner.isdigit() or int(owner) == os.getpid() or not folder.is_dir():
            continue
        try:
            os.kill(int(owner), 0)
        except ProcessLookupError:
            shutil.rmtree(folder, ignore_errors=True)
        except OSError:  # alive, and someone else's
            continue


def _check_references(session: Session) -> None:
    """Before the commit of a file written without foreign-key checks: no row refers to a
    row that does not exist (a bug if one does; the file is rolled back)."""
    if import_queries.foreign_keys_off(session):
        broken = import_queries.broken_references(session)
        if broken:
            raise RuntimeError(f"the import wrote references to missing rows in {broken}")


def _sketch_row(
    story_id: int, version: int, sketch: shingles.Sketch, stored: bytes
) -> tuple[int, int, int, bytes]:
    """A ``story_sketches`` row: the whole shingle set (``stored``), whose start is the
    sketch."""
    return story_id, version, sketch.size, stored


def _source_keys(item: ImportedStory) -> set[tuple[str, str]]:
    keys = set()
    if item.source_id:
        keys.add(("id", item.source_id))
    if item.source_url:
        keys.add(("url", item.source_url))
    return keys


def _story_input(item: ImportedStory) -> StoryInput:
    return StoryInput(
        headline=item.headline,
        body=item.body,
        dek=item.dek,
        kicker=item.kicker,
        slug=item.slug,
        section=item.section,
        authors=item.authors,
        tags=item.tags,
        excerpt=item.excerpt,
        language=item.language or "ar",
        publish_at=item.publish_at,
        source_url=item.source_url,
        source_id=item.source_id,
    )


def summarise(report: ImportReport) -> Iterable[str]:
    """Lines for people: what each file gave."""
    for f in report.files:
        parts = [f"{f.added} added"]
        if f.updated:
            parts.append(f"{f.updated} updated")
        if f.duplicates_skipped:
            parts.append(f"{f.duplicates_skipped} duplicates skipped")
        if f.related_linked:
            parts.append(f"{f.related_linked} related links")
        for kind, count in sorted(f.skipped.items()):
            parts.append(f"{count} {kind} skipped")
        yield f"{f.path} ({f.format}): " + ", ".join(parts)
    if report.dry_run:
        yield "dry run: nothing was written"
