"""The import's text worker (``services.text_workers``): the same database with or without it.

A worker process analyses each chunk's text while the one before it is written. What it may
never change: the rows written (stories, revisions, search documents, related-story terms and
their statistics, near-duplicate sketches), the duplicates found, the line an error names, and
that a refused or cancelled file leaves nothing behind.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
import uuid
from collections.abc import Iterator
from contextlib import closing
from itertools import islice
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from newsdesk.core.domain import DuplicatePolicy
from newsdesk.core.markup import body_hash, page_html
from newsdesk.core.similarity import terms_of
from newsdesk.importers.base import ImportedStory
from newsdesk.services import exporting, imports, text_workers
from newsdesk.services.container import Services
from newsdesk.services.imports import ImportFileError, ImportProgress, ImportReport
from newsdesk.storage import import_queries, terms
from newsdesk.storage.db import Database, open_database

#: Enough stories for three chunks of ``PROGRESS_EVERY`` (200), so analysis runs ahead.
STORIES = 460


@pytest.fixture
def twin_url(db_url: str, tmp_path: Path) -> Iterator[str]:
    """A second fresh database on the same backend as ``db_url``."""
    if db_url.startswith("sqlite"):
        yield f"sqlite:///{tmp_path / 'twin.db'}"
        return
    base = os.environ["NEWSDESK_TEST_PG_URL"]
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(base)
    with admin.begin() as connection:
        connection.exec_driver_sql(f"CREATE SCHEMA {schema}")
    separator = "&" if "?" in base else "?"
    try:
        yield f"{base}{separator}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as connection:
            connection.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        admin.dispose()


def corpus_file(path: Path, shared: Any) -> Path:
    """Corpus stories, then altered copies of some of them (near-duplicates across chunks)."""
    corpus = shared("corpus", "arabic_news.jsonl")
    with corpus.open(encoding="utf-8") as source:
        records = [json.loads(line) for line in islice(source, STORIES - 60)]
    copies = []
    for number, record in enumerate(records[:: (STORIES - 60) // 60][:60]):
        paragraphs = str(record.get("body", "")).split("\n")
        body = "\n".join(paragraphs[:-1] if number % 2 and len(paragraphs) > 2 else paragraphs)
        copies.append(dict(record, title=f"{record['title']} (محدث)", body=body, url=""))
    lines = [json.dumps(r, ensure_ascii=False) for r in [*records, *copies]]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run(services: Services, path: Path, workers: int) -> ImportReport:
    services.imports.workers = workers
    services.imports.min_worker_stories = 0
    return services.imports.import_files("jsonl", [path])


_CONTENT = {
    "articles": "SELECT id, headline, dek, slug, body, status, section_id, word_count, "
    "source_url, source_id, version FROM articles ORDER BY id",
    "authors": "SELECT article_id, author_id, position FROM article_authors ORDER BY 1, 2",
    "tags": "SELECT article_id, tag_id, position FROM article_tags ORDER BY 1, 2",
    "revisions": "SELECT article_id, kind, reason, article_version, word_count "
    "FROM revisions ORDER BY article_id, id",
    "terms": "SELECT article_id, term, title_tf, body_tf, doc_length FROM story_terms "
    "ORDER BY article_id, term",
    "stats": "SELECT term, df FROM story_term_stats ORDER BY term",
    "totals": "SELECT documents, total_length FROM story_term_totals",
    "sketches": "SELECT article_id, article_version, scheme, size, sketch FROM story_sketches "
    "ORDER BY article_id",
    "rendered": "SELECT body_hash, html, summary FROM rendered_bodies ORDER BY body_hash",
}


def content(database: Database) -> dict[str, list[tuple[Any, ...]]]:
    queries = dict(_CONTENT)
    if database.is_sqlite:
        queries["search"] = (
            "SELECT rowid, headline, dek, body, tags FROM search_index ORDER BY rowid"
        )
    else:
        queries["search"] = "SELECT article_id, terms::text FROM search_documents ORDER BY 1"
    with database.engine.connect() as connection:
        found = {
            name: [tuple(row) for row in connection.exec_driver_sql(sql)]
            for name, sql in queries.items()
        }
        snapshots = connection.exec_driver_sql(
            "SELECT snapshot FROM revisions ORDER BY article_id, id"
        )
        found["snapshots"] = [
            (json.dumps(json.loads(s) if isinstance(s, str) else s, sort_keys=True),)
            for (s,) in snapshots
        ]
    return found


def test_the_worker_writes_the_same_database(
    services: Services, database: Database, twin_url: str, tmp_path: Path, shared: Any
) -> None:
    path = corpus_file(tmp_path / "stories.jsonl", shared)
    twin_db = open_database(twin_url)
    try:
        twin = Services.create(twin_db, user="tester", clock=services.clock)
        alone = run(twin, path, workers=0)
        pooled = run(services, path, workers=1)
        expected, got = content(twin_db), content(database)
    finally:
        twin_db.dispose()
    assert pooled.added == alone.added and pooled.duplicates_skipped == alone.duplicates_skipped
    # The altered copies are found, by the same stories and similarities.
    assert alone.duplicates_skipped >= 30
    assert pooled.files[0].duplicates == alone.files[0].duplicates
    assert len(expected["articles"]) == alone.added and len(expected["terms"]) > alone.added
    for table, rows in expected.items():
        assert got[table] == rows, table


def test_with_the_worker_an_error_names_the_first_bad_line(
    services: Services, tmp_path: Path
) -> None:
    records = [{"title": f"خبر رقم {i}", "body": f"نص الخبر {i} في العاصمة"} for i in range(450)]
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    broken = list(lines)
    broken[429] = '{"title": "ناقص"'  # line 430: not JSON, read while line 1-400 wait
    path = tmp_path / "late.jsonl"
    path.write_text("\n".join(broken) + "\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match=r"late.jsonl, line 430: not valid JSON"):
        run(services, path, workers=1)
    assert services.stories.page().total == 0

    # A story refused when written (line 250) comes before a bad line read later (430),
    # though the reader reaches line 430 before that chunk is written.
    broken[249] = json.dumps({"title": "x" * 600}, ensure_ascii=False)
    path.write_text("\n".join(broken) + "\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match=r"line 250: .*headline has 600 characters"):
        run(services, path, workers=1)
    assert services.stories.page().total == 0


@pytest.mark.skipif(os.name != "posix", reason="the sweep asks the process table (POSIX)")
def test_scratch_folders_of_killed_imports_are_swept(
    services: Services, database: Database, tmp_path: Path
) -> None:
    # A process killed during an import leaves its scratch postings behind (a few hundred MB
    # at 100,000 stories); the next import next to the same database removes them, and leaves
    # alone the folder of an import still running.
    import subprocess
    import sys

    if database.path is None:
        pytest.skip("the scratch file is made on SQLite only")
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    dead = database.path.parent / f".newsdesk-import-{int(gone.stdout)}-abc"
    alive = database.path.parent / f".newsdesk-import-{os.getppid()}-def"
    for folder in (dead, alive):
        folder.mkdir()
        (folder / "postings.db").write_bytes(b"x" * 1000)
    records = [{"title": f"خبر {i}", "body": f"نص {i}"} for i in range(250)]
    path = tmp_path / "sweep.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n")
    assert run(services, path, workers=1).added == 250
    assert not dead.exists() and alive.exists()
    assert sorted(database.path.parent.glob(".newsdesk-import-*")) == [alive]


def test_cancelling_with_the_worker_writes_nothing(services: Services, tmp_path: Path) -> None:
    records = [{"title": f"خبر {i}", "body": "نص"} for i in range(650)]
    path = tmp_path / "many.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n")
    services.imports.workers = 1
    services.imports.min_worker_stories = 0
    steps = services.imports.run("jsonl", [path])
    seen = list(islice(steps, 3))
    assert [s.done for s in seen if isinstance(s, ImportProgress)] == [0, 200, 400]
    steps.close()  # Cancel: the worker is stopped and the file rolled back
    assert services.stories.page().total == 0


_PARENT = os.getpid()
_REAL_ANALYSE = text_workers.analyse_texts


def _dies_in_the_worker(texts: Any) -> Any:
    if os.getpid() != _PARENT:
        os._exit(3)
    return _REAL_ANALYSE(texts)


def _in_the_worker(monkeypatch: pytest.MonkeyPatch, analyse_texts: Any) -> None:
    """The worker runs ``analyse_texts`` (a forked worker: the patch reaches the child)."""
    monkeypatch.setattr(text_workers, "analyse_texts", analyse_texts)
    fork = text_workers.multiprocessing.get_context("fork")
    monkeypatch.setattr(text_workers, "_context", lambda: fork)


def test_a_worker_that_dies_is_replaced_by_this_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _in_the_worker(monkeypatch, _dies_in_the_worker)
    stories = [ImportedStory("خبر عن العاصمة", "نص الخبر في العاصمة اليوم", "line 1")] * 3
    with text_workers.TextAnalyser(1) as analyser:
        assert analyser.parallel
        got = analyser.submit(stories)()
        assert not analyser.parallel  # the pool broke; the rest is done here
        again = analyser.submit(stories)()
    texts = [("خبر عن العاصمة", "", "نص الخبر في العاصمة اليوم", "")] * 3
    assert got == again == _REAL_ANALYSE(texts)


def _slow_in_the_worker(texts: Any) -> Any:
    if os.getpid() != _PARENT:
        time.sleep(0.5)
    return _REAL_ANALYSE(texts)


def test_chunks_the_worker_has_not_started_are_analysed_here_instead_of_waiting(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _in_the_worker(monkeypatch, _slow_in_the_worker)
    chunks = [
        [ImportedStory(f"خبر {n} عن العاصمة", f"نص الخبر {n} في العاصمة", f"line {n}")]
        for n in range(text_workers.AHEAD + 1)
    ]
    with text_workers.TextAnalyser(1) as analyser:
        handles = [analyser.submit(chunk) for chunk in chunks]
        got = [handle() for handle in handles]
        # The first chunk is in the worker and the second queued to it; the others were
        # taken back while the first was awaited.
        assert analyser.taken_back >= text_workers.AHEAD - 2
        assert analyser.parallel
    assert got == [
        _REAL_ANALYSE([(s.headline, s.dek, s.body, s.kicker) for s in chunk]) for chunk in chunks
    ]


def test_a_large_write_takes_a_larger_cache_and_gives_it_back(database: Database) -> None:
    from newsdesk.storage import bulk

    with database.write() as session:
        if not database.is_sqlite:
            with bulk.large_write_cache(session, 4096):  # nothing to do on PostgreSQL
                pass
            return
        pragma = session.connection().exec_driver_sql
        before = pragma("PRAGMA cache_size").scalar_one()
        with bulk.large_write_cache(session, 4096):
            assert pragma("PRAGMA cache_size").scalar_one() == -4096
        assert pragma("PRAGMA cache_size").scalar_one() == before != -4096


@pytest.mark.parametrize("workers", [0, 1])
def test_an_import_keeps_every_body_rendered_so_an_export_renders_none(
    services: Services, database: Database, tmp_path: Path, shared: Any, monkeypatch, workers: int
) -> None:  # type: ignore[no-untyped-def]
    report = run(services, corpus_file(tmp_path / "stories.jsonl", shared), workers=workers)
    with database.engine.connect() as connection:
        bodies = [row[0] for row in connection.exec_driver_sql("SELECT body FROM articles")]
        cached = dict(
            tuple(row)
            for row in connection.exec_driver_sql("SELECT body_hash, html FROM rendered_bodies")
        )
    assert len(bodies) == report.added
    for body in bodies[:: len(bodies) // 20]:
        assert cached[body_hash(body)] == page_html(body)
    assert set(cached) == {body_hash(body) for body in bodies}
    with database.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE articles SET status = 'published'")

    def no_rendering(_body: str) -> str:
        raise AssertionError("the export rendered Markdown the import should have kept")

    monkeypatch.setattr(exporting, "page_html", no_rendering)
    steps = services.publishing.export_site(tmp_path / "site")
    for _step in steps:
        pass
    assert (tmp_path / "site" / "index.html").exists()


def digests(database: Database) -> dict[str, str]:
    """A sha256 of each table's rows (``content``: in key order, without uuids and times)."""
    return {
        table: hashlib.sha256(repr(rows).encode("utf-8")).hexdigest()[:16]
        for table, rows in sorted(content(database).items())
    }


#: ``digests`` after ``corpus_file`` is imported with one worker, recorded per backend with the
#: code before the worker took over building the search columns and packing the term counts
#: (r7-import, from 39ac610): the faster import must write the very same rows. Change these
#: only with a change of what an import stores, and say so in the commit. Changed once since:
#: plain text escaped into Markdown, summaries and word counts of the visible text (articles,
#: rendered, snapshots), the same before and after the worker change was merged.
_RECORDED = {
    "articles": "cceb44924e37aeae",
    "authors": "ed2e9e3bffe55944",
    "rendered": "8f64b23ec2e17063",
    "revisions": "1a6b692c55204917",
    "sketches": "f311e53f5ff7e5a2",
    "snapshots": "3a7112aa42d37a6b",
    "stats": "5158e1d9dfaac00c",
    "tags": "198a26e01b1e071d",
    "terms": "94eb37f39c9d9cb5",
    "totals": "6e1e5533d3a5cf0c",
}
#: The search rows differ by backend (FTS5 columns, tsvector literals).
_RECORDED_SEARCH = {"sqlite": "8e8e59a1eab264ee", "postgresql": "28f81cfa6a9dc7c8"}


def test_the_import_writes_the_rows_it_wrote_before_the_worker_did_more(
    services: Services, database: Database, tmp_path: Path, shared: Any
) -> None:
    path = corpus_file(tmp_path / "stories.jsonl", shared)
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for number, record in enumerate(records):  # tags (some spelled two ways) and authors too
        words = str(record["title"]).split()
        if number % 3 == 0 and len(words) > 2:
            record["tags"] = [words[0], words[2], "الأخبار" if number % 2 else "الاخبار"]
            record["author"] = f"مراسل {number % 7}"
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    report = run(services, path, workers=1)
    assert report.added == STORIES - report.duplicates_skipped
    backend = "sqlite" if database.is_sqlite else "postgresql"
    assert digests(database) == {**_RECORDED, "search": _RECORDED_SEARCH[backend]}


(_COMMON,) = terms_of("مشترك")


def _copies_recorded(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int, Path]]:
    """Of each ``SidePostings.copy``: the stories copied, how many of them have a body
    posting of ``_COMMON`` in the scratch file, and the file."""
    calls: list[tuple[int, int, Path]] = []
    real = terms.SidePostings.copy

    def recording(self: terms.SidePostings, session: Any, stories: Any, stop: Any) -> None:
        keys = {key for key, _article in stories}
        with closing(sqlite3.connect(self.path)) as side:
            found = side.execute(
                "SELECT rowid >> ? FROM postings WHERE term = ? AND title_tf = 0",
                (self.KEY_SHIFT, _COMMON),
            )
            common = sum(1 for (key,) in found if key in keys)
        calls.append((len(stories), common, self.path))
        real(self, session, stories, stop)

    monkeypatch.setattr(terms.SidePostings, "copy", recording)
    return calls


def _crossing_file(path: Path, updated: bool = False) -> Path:
    """Stories whose bodies share a word that crosses a small ``STOP_DF`` early in the file;
    ``updated``: some stories come again later with the same URL and another text."""
    records = [
        {
            "title": f"خبر {n} {'مشترك' if n % 9 == 0 else 'عن المدينة'}",
            "body": f"نص مشترك عن المدينة رقم {n} والبحر {n % 7} والجبل {n % 5}.",
            "url": f"https://example.com/{n}",
        }
        for n in range(120)
    ]
    if updated:  # in the middle of the file: more stories come after them
        records[70:70] = [
            dict(records[n], body=f"نص جديد عن الصحراء رقم {n} ومشترك بعد التحديث.")
            for n in (3, 40, 41)
        ]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    return path


@pytest.mark.parametrize("policy", [DuplicatePolicy.SKIP, DuplicatePolicy.UPDATE])
def test_postings_the_worker_stores_aside_give_the_same_term_index(
    services: Services,
    database: Database,
    twin_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    policy: DuplicatePolicy,
) -> None:
    # Small chunks, frequent counting and a low stop threshold: terms cross while chunks are
    # in the worker, whose scratch rows then leave their body postings out; with UPDATE, a
    # story whose postings are still in the scratch file is saved again in the transaction.
    monkeypatch.setattr(imports, "PROGRESS_EVERY", 10)
    monkeypatch.setattr(terms, "STOP_DF", 25)
    monkeypatch.setattr(terms, "_FLUSH_ROWS", 60)
    # Every chunk waits for the worker (none is taken back): which are is up to the timing.
    monkeypatch.setattr(text_workers.TextAnalyser, "_take_back", lambda _self, _awaited: False)
    copies = _copies_recorded(monkeypatch)
    reread: list[int] = []
    stored_terms = terms.SidePostings.stored_terms

    def rereading(self: terms.SidePostings, key: int) -> Any:
        reread.append(key)
        return stored_terms(self, key)

    monkeypatch.setattr(terms.SidePostings, "stored_terms", rereading)
    path = _crossing_file(tmp_path / "crossing.jsonl", updated=policy is DuplicatePolicy.UPDATE)
    twin_db = open_database(twin_url)
    try:
        twin = Services.create(twin_db, user="tester", clock=services.clock)
        twin.imports.workers = 0
        alone = twin.imports.import_files("jsonl", [path], on_duplicate=policy)
        assert not copies
        services.imports.workers, services.imports.min_worker_stories = 1, 0
        pooled = services.imports.import_files("jsonl", [path], on_duplicate=policy)
        expected, got = content(twin_db), content(database)
    finally:
        twin_db.dispose()
    assert (pooled.added, pooled.updated) == (alone.added, alone.updated)
    assert alone.updated == (3 if policy is DuplicatePolicy.UPDATE else 0)
    for table in ("terms", "stats", "totals"):
        assert got[table] == expected[table], table
    with database.engine.connect() as connection:
        stop = connection.exec_driver_sql("SELECT term FROM story_term_stats WHERE stop").scalars()
        assert _COMMON in set(stop)
    if not database.is_sqlite:
        assert not copies  # PostgreSQL: the postings are held and written here
        return
    # The scratch file was made next to the database, and is gone.
    assert database.path is not None
    ((_stories, _common, side_path),) = copies
    assert side_path.parent.parent == database.path.parent and not side_path.exists()
    copied = sum(stories for stories, _common, _path in copies)
    if policy is DuplicatePolicy.SKIP:
        assert copied == alone.added and not reread  # all postings came from the scratch file
    else:
        # The three stories saved again were read back from the scratch file and not copied;
        # the stories after an update in its chunk are saved one by one, their postings held.
        assert sorted(reread) == [3, 40, 41]
        assert alone.added // 2 < copied <= alone.added - 3
    # Every body holds the word; chunks sent after it crossed left it out of the file.
    assert sum(common for _stories, common, _path in copies) < copied


class _Forgetful(dict):  # type: ignore[type-arg]
    """A sketch cache that keeps nothing: every candidate's sketch is read from the database."""

    def __setitem__(self, key: Any, value: Any) -> None:
        pass


def test_candidates_of_the_file_are_estimated_from_sketches_at_hand(
    services: Services,
    database: Database,
    twin_url: str,
    tmp_path: Path,
    shared: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Same duplicates, same similarities, fewer sketches read than when each is queried.
    path = corpus_file(tmp_path / "stories.jsonl", shared)
    asked: list[int] = []
    sketches = import_queries.sketches

    def counting(session: Any, ids: Any, scheme: int) -> Any:
        asked.append(len(ids))
        return sketches(session, ids, scheme)

    monkeypatch.setattr(import_queries, "sketches", counting)
    monkeypatch.setattr(imports, "_RECENT_TEXTS", 8)  # few candidates compared from memory
    twin_db = open_database(twin_url)
    try:
        twin = Services.create(twin_db, user="tester", clock=services.clock)
        twin.imports._heads = _Forgetful()
        queried = run(twin, path, workers=0)
        read_before, asked[:] = sum(asked), []
        at_hand = run(services, path, workers=0)
        expected, got = content(twin_db), content(database)
    finally:
        twin_db.dispose()
    assert at_hand.files[0].duplicates == queried.files[0].duplicates
    assert len(queried.files[0].duplicates) >= 30
    assert got == expected
    assert sum(asked) < read_before / 3
    assert not services.imports._heads  # not kept after the file
