"""Importing stories from files: one reader per format, one transaction per file.

``run`` is a generator of progress steps (the GUI turns them into a progress bar, the CLI into a
progress line); its last value is the ``ImportReport``. A file that breaks half-way is rolled
back whole and the error names the file and the place; files before it stay imported. Stopping
the generator early (a cancel button) rolls back the file in progress.

Duplicates are found before writing: a story whose source id or source URL is already in the
database is skipped, updated, or imported as new, as the caller chooses.
"""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from newsdesk.core.domain import RevisionKind, Status
from newsdesk.importers import default_registry
from newsdesk.importers.base import (
    ImportedStory,
    ImportFormatError,
    ReaderRegistry,
    SkippedItem,
)
from newsdesk.services.dto import StoryInput
from newsdesk.services.errors import ServiceError, ValidationError
from newsdesk.services.stories import PreparedStory, StoryService
from newsdesk.services.taxonomy import ensure_tags
from newsdesk.storage import bulk
from newsdesk.storage.db import Database
from newsdesk.storage.models import ArticleRecord, utcnow


class DuplicatePolicy(enum.StrEnum):
    SKIP = "skip"
    UPDATE = "update"
    NEW = "new"


class _DryRunRollback(Exception):
    """Raised at the end of a dry run so the file's transaction rolls back."""


class ImportFileError(ServiceError):
    """A file was refused; ``path`` and ``location`` say where. Nothing from it was kept."""

    def __init__(self, path: str, location: str, message: str) -> None:
        self.path = path
        self.location = location
        where = f"{path}, {location}" if location else path
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True, slots=True)
class ImportProgress:
    path: str
    done: int
    total: int | None
    message: str = ""


@dataclass(slots=True)
class FileReport:
    path: str
    format: str
    added: int = 0
    updated: int = 0
    duplicates_skipped: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    story_ids: list[int] = field(default_factory=list)


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


#: How often ``run`` reports progress (items).
PROGRESS_EVERY = 200


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
        self.registry = registry or default_registry()
        self.clock = clock

    def formats(self) -> list[str]:
        return ["auto", *self.registry.names()]

    def run(
        self,
        fmt: str,
        paths: Sequence[Path],
        *,
        on_duplicate: DuplicatePolicy = DuplicatePolicy.SKIP,
        dry_run: bool = False,
    ) -> Iterator[ImportProgress | ImportReport]:
        """Import every file; yield progress, then the report (always the last value)."""
        reports: list[FileReport] = []
        for path in paths:
            report = yield from self._import_file(fmt, Path(path), on_duplicate, dry_run)
            reports.append(report)
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
        except ValueError as exc:
            raise ValidationError(str(exc)) from None
        except ImportFormatError as exc:
            raise ImportFileError(exc.path, exc.location, exc.message) from None
        if not path.is_file():
            raise ImportFileError(str(path), "", "no such file")
        estimate: Callable[[Path], int | None] | None = getattr(reader, "estimate", None)
        total = estimate(path) if estimate else None
        report = FileReport(str(path), reader.name)
        yield ImportProgress(str(path), 0, total, f"reading {path.name} as {reader.name}")
        done = 0
        try:
            # One transaction per file. Leaving the block by any exception — a broken record,
            # a full disk, GeneratorExit from a cancelled import — rolls the whole file back.
            with self.db.write() as session:
                chunk: list[ImportedStory] = []
                for item in reader.read(path):
                    if isinstance(item, SkippedItem):
                        report.skipped[item.kind] += 1
                        continue
                    chunk.append(item)
                    if len(chunk) == PROGRESS_EVERY:
                        self._write_chunk(session, chunk, policy, report)
                        done += len(chunk)
                        chunk = []
                        yield ImportProgress(str(path), done, total)
                self._write_chunk(session, chunk, policy, report)
                done += len(chunk)
                if dry_run:
                    raise _DryRunRollback
        except _DryRunRollback:
            report.story_ids.clear()
        except ImportFormatError as exc:
            raise ImportFileError(exc.path, exc.location, exc.message) from None
        yield ImportProgress(str(path), done, total, "done")
        return report

    def _write_chunk(
        self,
        session: Session,
        chunk: Sequence[ImportedStory],
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
        by_id, by_url = bulk.first_ids_by_source(
            session, (i.source_id for i in chunk), (i.source_url for i in chunk)
        )
        known_tags = ensure_tags(session, (t for i in chunk for t in i.tags if t.strip()))
        pending: list[tuple[ImportedStory, PreparedStory]] = []
        pending_keys: set[tuple[str, str]] = set()
        reason = f"import: {Path(report.path).name}"

        def flush() -> None:
            ids = self.stories.insert_prepared(
                session, [p for _i, p in pending], reason=reason, kind=RevisionKind.IMPORT
            )
            report.added += len(ids)
            report.story_ids.extend(ids)
            pending.clear()
            pending_keys.clear()

        one_by_one = False
        for item in chunk:
            try:
                if one_by_one:
                    self._write(session, item, policy, report)
                    continue
                keys = _source_keys(item)
                stored = item.source_id in by_id or item.source_url in by_url
                duplicate = stored or bool(keys & pending_keys)
                if duplicate and policy is DuplicatePolicy.SKIP:
                    report.duplicates_skipped += 1
                    continue
                if duplicate and policy is DuplicatePolicy.UPDATE:
                    flush()
                    self._write(session, item, policy, report)
                    one_by_one = True
                    continue
                pending.append((item, self._prepare(session, item, known_tags)))
                pending_keys |= keys
            except ValidationError as exc:
                raise ImportFileError(report.path, item.location, str(exc)) from None
        flush()

    def _prepare(
        self, session: Session, item: ImportedStory, known_tags: Mapping[str, tuple[int, str]]
    ) -> PreparedStory:
        try:
            status = Status(item.status)
        except ValueError:
            raise ValidationError(f"unknown status {item.status!r}") from None
        return self.stories.prepare(
            session,
            _story_input(item),
            status=status,
            published_at=item.published_at,
            updated_at=item.updated_at or item.published_at,
            create_section=True,
            known_tags=known_tags,
        )

    def _write(
        self, session: Session, item: ImportedStory, policy: DuplicatePolicy, report: FileReport
    ) -> None:
        data = _story_input(item)
        existing = self._find_duplicate(session, item)
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
            raise ValidationError(f"unknown status {item.status!r}") from None
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
        for kind, count in sorted(f.skipped.items()):
            parts.append(f"{count} {kind} skipped")
        yield f"{f.path} ({f.format}): " + ", ".join(parts)
    if report.dry_run:
        yield "dry run: nothing was written"
