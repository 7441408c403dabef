"""Build (once) and cache the 100,000-story SQLite newsroom the list benchmark runs on.

The stories come from ``benchmarks.corpus.write_corpus`` and are read back by the real JSON
Lines reader (``newsdesk.importers.jsonl``), so headlines, Markdown bodies, sections, tags,
authors, statuses and dates are exactly what ``newsdesk import jsonl`` would store.

Writing them goes one of two ways:

- ``--via-import``: the real ``newsdesk import jsonl`` command. Faithful, but at 6–9 ms a story
  (today) 100,000 stories take 10–15 minutes of a shared 2-core machine.
- default, a **direct bulk insert** (``bulk_insert`` below): the same rows — an article, its
  ordered author and tag links, its first revision with a full snapshot — written with
  SQLAlchemy Core ``INSERT``s of 5,000 rows at a time into a database migrated by the real
  start-up code. It skips only the per-story ORM work, which the list never sees; the search
  index, which the import fills story by story, is then built in one pass by
  ``SearchService.reindex`` (what ``newsdesk reindex`` runs). A few minutes.

The result is cached as ``bench-data/list-<n>-<seed>.db`` (git-ignored) and reused while the
schema revision is unchanged.

Usage: python -m benchmarks.list.build [--n 100000] [--seed 0] [--via-import]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select

from benchmarks.corpus import write_corpus
from newsdesk.core import text
from newsdesk.core.domain import RevisionKind, Status
from newsdesk.importers.base import ImportedStory
from newsdesk.importers.jsonl import JsonLinesReader
from newsdesk.services.search import SearchService
from newsdesk.services.taxonomy import tag_key
from newsdesk.storage.db import open_database
from newsdesk.storage.models import (
    ArticleAuthorRecord,
    ArticleRecord,
    ArticleTagRecord,
    AuthorRecord,
    RevisionRecord,
    SectionRecord,
    TagRecord,
)

ROOT = Path(__file__).resolve().parents[2]
BENCH_DATA = ROOT / "bench-data"
CHUNK = 5_000
#: Who the bulk insert says wrote the first revision (an import has no user either).
IMPORT_USER = "bench"


def database_path(n: int, seed: int) -> Path:
    return BENCH_DATA / f"list-{n}-{seed}.db"


def _read(path: Path) -> Iterator[ImportedStory]:
    for item in JsonLinesReader().read(path):
        if isinstance(item, ImportedStory):
            yield item


def _unique(slug: str, taken: set[str]) -> str:
    candidate, n = slug or "item", 2
    while candidate in taken:
        candidate = f"{slug}-{n}"
        n += 1
    taken.add(candidate)
    return candidate


def bulk_insert(url: str, corpus: Path) -> int:
    """Write every story of ``corpus`` into the (migrated, empty) database at ``url``."""
    database = open_database(url)
    sections: dict[str, int] = {}
    authors: dict[str, int] = {}
    tags: dict[str, int] = {}
    slugs: dict[str, set[str]] = {"section": set(), "author": set(), "tag": set()}
    count = 0
    with database.write() as session:
        if session.scalar(select(func.count(ArticleRecord.id))):
            raise SystemExit(f"{url} already holds stories")
        next_id = 1

        pending: dict[Any, list[dict[str, Any]]] = {
            SectionRecord: [],
            AuthorRecord: [],
            TagRecord: [],
        }

        def vocabulary(kind: str, table: Any, cache: dict[str, int], name: str) -> int:
            key = tag_key(name) if kind == "tag" else name
            if key not in cache:
                cache[key] = len(cache) + 1
                values: dict[str, Any] = {
                    "id": cache[key],
                    "uuid": uuid.uuid4(),
                    "name": name,
                    "slug": _unique(text.slugify(name, fallback_id=kind), slugs[kind]),
                }
                if kind == "tag":
                    values["key"] = key
                if kind == "section":
                    values["position"] = cache[key]
                pending[table].append(values)
            return cache[key]

        articles: list[dict[str, Any]] = []
        author_links: list[dict[str, Any]] = []
        tag_links: list[dict[str, Any]] = []
        revisions: list[dict[str, Any]] = []

        def flush() -> None:
            # Vocabulary first: the links point at it and foreign keys are checked at once.
            connection = session.connection()
            for table, rows in (
                *pending.items(),
                (ArticleRecord, articles),
                (ArticleAuthorRecord, author_links),
                (ArticleTagRecord, tag_links),
                (RevisionRecord, revisions),
            ):
                if rows:
                    connection.execute(insert(table.__table__), rows)
                    rows.clear()

        for story in _read(corpus):
            article_id = next_id
            next_id += 1
            status = Status(story.status)
            when = story.published_at or datetime.now().astimezone()
            section_id = (
                vocabulary("section", SectionRecord, sections, story.section)
                if story.section
                else None
            )
            slug = text.slugify(story.headline, fallback_id=str(article_id))
            words = text.word_count(story.body)
            articles.append(
                {
                    "id": article_id,
                    "uuid": uuid.uuid4(),
                    "headline": story.headline,
                    "slug": slug,
                    "body": story.body,
                    "dek": story.dek,
                    "status": status.value,
                    "section_id": section_id,
                    "priority": 3,
                    "created_at": when,
                    "updated_at": when,
                    "published_at": when if status.is_public else None,
                    "word_count": words,
                    "source_url": story.source_url,
                    "source_id": story.source_id,
                    "version": 1,
                }
            )
            for position, name in enumerate(story.authors):
                author_links.append(
                    {
                        "article_id": article_id,
                        "author_id": vocabulary("author", AuthorRecord, authors, name),
                        "position": position,
                    }
                )
            seen: set[int] = set()
            for name in story.tags:
                tag_id = vocabulary("tag", TagRecord, tags, name)
                if tag_id not in seen:
                    tag_links.append(
                        {"article_id": article_id, "tag_id": tag_id, "position": len(seen)}
                    )
                    seen.add(tag_id)
            revisions.append(
                {
                    "uuid": uuid.uuid4(),
                    "article_id": article_id,
                    "kind": RevisionKind.IMPORT.value,
                    "reason": f"imported from {corpus.name}",
                    "author": IMPORT_USER,
                    "created_at": when,
                    "article_version": 1,
                    "word_count": words,
                    "snapshot": {
                        "headline": story.headline,
                        "dek": story.dek,
                        "slug": slug,
                        "body": story.body,
                        "status": status.value,
                        "section": story.section,
                        "authors": list(story.authors),
                        "tags": list(story.tags),
                    },
                }
            )
            count += 1
            if len(articles) >= CHUNK:
                flush()
        flush()
    if database.is_sqlite:
        with database.engine.connect() as connection:
            connection.exec_driver_sql("ANALYZE")
    database.dispose()
    return count


def index_for_search(path: Path) -> None:
    """Fill the search index of the database at ``path`` when it is empty (a bulk insert
    writes none; an older cache was built without one)."""
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(path)) as connection:
        if connection.execute("SELECT EXISTS (SELECT 1 FROM search_index)").fetchone()[0]:
            return
    started = time.perf_counter()
    database = open_database(f"sqlite:///{path}")
    try:
        count = SearchService(database).reindex()
    finally:
        database.dispose()
    print(
        f"indexed {count} stories for search in {time.perf_counter() - started:.1f} s",
        file=sys.stderr,
    )


def build(n: int, seed: int, *, via_import: bool = False, force: bool = False) -> Path:
    """The cached database for ``n`` stories, built when missing; returns its path."""
    path = database_path(n, seed)
    if path.exists() and not force:
        # Bring an older cache up to the current schema (the app would do the same at start).
        open_database(f"sqlite:///{path}").dispose()
        index_for_search(path)
        return path
    BENCH_DATA.mkdir(exist_ok=True)
    corpus = write_corpus(BENCH_DATA / f"corpus-{n}-{seed}.jsonl", n, seed)
    partial = path.with_suffix(".partial.db")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    url = f"sqlite:///{partial}"
    started = time.perf_counter()
    if via_import:
        subprocess.run(
            [sys.executable, "-m", "newsdesk", "--db", url, "import", "jsonl", str(corpus)],
            check=True,
        )
        open_database(url).dispose()
    else:
        bulk_insert(url, corpus)
        index_for_search(partial)
    partial.rename(path)
    how = "newsdesk import jsonl" if via_import else "bulk insert"
    print(
        f"built {path.name}: {n} stories by {how} in {time.perf_counter() - started:.1f} s",
        file=sys.stderr,
    )
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--via-import", action="store_true")
    parser.add_argument("--force", action="store_true", help="rebuild even when cached")
    args = parser.parse_args()
    print(build(args.n, args.seed, via_import=args.via_import, force=args.force))


if __name__ == "__main__":
    main()
