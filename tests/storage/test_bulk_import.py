"""The batched import path stores exactly what one-by-one inserts would."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlalchemy as sa

from newsdesk.core import shingles
from newsdesk.core.domain import RevisionKind, Status
from newsdesk.core.similarity import count_terms
from newsdesk.services import imports
from newsdesk.services.container import Services
from newsdesk.services.dto import StoryInput
from newsdesk.services.imports import DuplicatePolicy, ImportFileError
from newsdesk.storage import import_queries, terms
from newsdesk.storage import search as search_index
from newsdesk.storage.models import StorySketchRecord, StoryTermRecord, StoryTermStatRecord


def _write(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    return path


def test_batched_rows_match_a_single_insert(services: Services, tmp_path: Path) -> None:
    record = {
        "title": "  افتتاح معرض الكتاب  ",
        "body": "فقرة أولى.\nفقرة ثانية.",
        "category": "ثقافة",
        "tags": ["الكتاب", "المعارض", "الكتاب"],
        "author": "ليلى حداد",
        "date": "2026-11-20",
        "status": "published",
    }
    report = services.imports.import_files("jsonl", [_write(tmp_path / "a.jsonl", [record])])
    (imported_id,) = report.files[0].story_ids
    imported = services.stories.get(imported_id)
    single = services.stories.create(
        StoryInput(
            headline=record["title"],  # type: ignore[arg-type]
            body="فقرة أولى.\n\nفقرة ثانية.",
            section="ثقافة",
            tags=("الكتاب", "المعارض", "الكتاب"),
            authors=("ليلى حداد",),
        ),
        status=Status.PUBLISHED,
        kind=RevisionKind.IMPORT,
        published_at=imported.published_at,
    )
    for field in ("headline", "body", "section", "authors", "tags", "status", "word_count"):
        assert getattr(imported, field) == getattr(single, field), field
    assert imported.slug == "افتتاح-معرض-الكتاب" and imported.version == 1
    (revision,) = services.stories.revisions(imported_id)
    (expected,) = services.stories.revisions(single.id)
    assert revision.kind == "import" and revision.reason == "import: a.jsonl"
    assert {k: v for k, v in revision.snapshot.items() if k != "slug"} == {
        k: v for k, v in expected.snapshot.items() if k != "slug"
    }


def test_tags_are_shared_by_spelling_and_slugs_stay_unique(
    services: Services, tmp_path: Path
) -> None:
    services.stories.create(StoryInput(headline="قديم", tags=("طاقة",)))
    records = [
        {"title": "أ", "tags": ["الطاقة المتجددة", "الطاقه المتجدده", "طاقة!"]},
        {"title": "ب", "tags": ["الطاقة المتجدّدة", "جديد"]},
    ]
    report = services.imports.import_files("jsonl", [_write(tmp_path / "t.jsonl", records)])
    first, second = (services.stories.get(i) for i in report.files[0].story_ids)
    assert [t.name for t in first.tags] == ["الطاقة المتجددة", "طاقة!"]
    assert first.tags[0].id == second.tags[0].id
    slugs = [u.tag.slug for u in services.taxonomy.tags()]
    assert len(slugs) == len(set(slugs)) and "طاقة-2" in slugs


def test_ids_after_a_batch_are_fresh(services: Services, tmp_path: Path) -> None:
    before = services.stories.create(StoryInput(headline="قبل")).id
    records = [{"title": f"خبر {i}", "body": "نص"} for i in range(450)]
    report = services.imports.import_files("jsonl", [_write(tmp_path / "m.jsonl", records)])
    ids = report.files[0].story_ids
    assert ids == sorted(ids) and len(set(ids)) == 450 and ids[0] > before
    after = services.stories.create(StoryInput(headline="بعد")).id
    assert after > ids[-1]
    assert services.search.ids("بعد") == [after]
    assert services.search.search("خبر").total == 450


def test_a_duplicate_inside_one_batch_is_caught(services: Services, tmp_path: Path) -> None:
    records = [
        {"title": "أول", "url": "https://example.org/1"},
        {"title": "مكرر", "url": "https://example.org/1"},
        {"title": "آخر", "id": "X"},
        {"title": "آخر مكرر", "id": "X", "url": "https://example.org/2"},
    ]
    report = services.imports.import_files("jsonl", [_write(tmp_path / "d.jsonl", records)])
    assert (report.added, report.duplicates_skipped) == (2, 2)


def test_an_import_stems_once_and_indexes_what_a_reindex_would(
    services: Services, tmp_path: Path
) -> None:
    # The import hands the same stems to the search index and the related-story terms; both
    # must hold exactly what indexing each story from its stored text gives.
    records = [
        {
            "title": "وزيرُ الخارجيّة يلتقي نظيره بالعاصمة",
            "body": "قال الوزير إنّ المحادثات «مثمرة».\nوأضاف: الاتفاق ٢٠٢٤ قريب جداً.",
            "tags": ["السياسة", "الخارجية"],
        },
        {"title": "Élections: résultats 2024", "body": "Le taux de participation\nétait faible."},
    ]
    report = services.imports.import_files("jsonl", [_write(tmp_path / "s.jsonl", records)])
    ids = report.files[0].story_ids
    with services.database.read() as session:
        if services.database.is_sqlite:
            stored = [
                dict(row._mapping)
                for row in session.execute(
                    sa.text(
                        "SELECT rowid, headline, dek, body, tags FROM search_index ORDER BY rowid"
                    )
                )
            ]
            assert stored == search_index.fts5_rows(search_index.documents_for(session, ids))
        else:
            for row in search_index.tsvector_rows(search_index.documents_for(session, ids)):
                same = session.scalar(
                    sa.text(
                        "SELECT terms = CAST(:terms AS tsvector) FROM search_documents "
                        "WHERE article_id = :article_id"
                    ),
                    row,
                )
                assert same is True, row["article_id"]
        for story_id in ids:
            story = services.stories.get(story_id)
            expected = count_terms(story.headline, story.dek, story.body)
            rows = session.execute(
                sa.select(
                    StoryTermRecord.term, StoryTermRecord.title_tf, StoryTermRecord.body_tf
                ).where(StoryTermRecord.article_id == story_id)
            ).all()
            assert {r.term: (r.title_tf, r.body_tf) for r in rows} == {
                term: (expected.title[term], expected.body[term]) for term in expected.terms()
            }


def _term_rows(services: Services) -> list[tuple[object, ...]]:
    with services.database.read() as session:
        return [
            tuple(r)
            for r in session.execute(
                sa.select(StoryTermRecord.__table__).order_by(
                    StoryTermRecord.article_id, StoryTermRecord.term
                )
            )
        ]


def _term_index_names(services: Services) -> set[str]:
    with services.database.engine.connect() as connection:
        return {i["name"] for i in sa.inspect(connection).get_indexes("story_terms")}


def test_a_large_import_builds_the_term_index_once_with_the_same_rows(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A transaction writing many term rows into a near-empty table drops the covering index
    # and builds it before the commit (SQLite); the rows and the index must end up as when
    # every row went through the index, and a rolled-back file must leave the index in place.
    records = [
        {"title": f"خبر رقم {i} عن الطاقة", "body": f"فقرة عن المدينة {i}.\nوأخرى {i % 7}."}
        for i in range(60)
    ]
    path = _write(tmp_path / "m.jsonl", records)
    services.imports.import_files("jsonl", [path])
    expected = _term_rows(services)
    names = _term_index_names(services)
    with services.database.write() as session:
        session.execute(sa.delete(StoryTermRecord))
        terms.clear(session)
        session.execute(sa.text("DELETE FROM articles"))

    monkeypatch.setattr(terms, "_FLUSH_ROWS", 40)
    monkeypatch.setattr(terms, "BULK_ROWS", 40)
    monkeypatch.setattr(imports, "PROGRESS_EVERY", 20)  # written in chunks before the bad one
    dropped: list[str] = []
    real_bulk_load = terms._bulk_load

    def watched(session: sa.orm.Session, rows: int) -> None:
        real_bulk_load(session, rows)
        if session.info.get(terms._BULK_KEY):
            dropped.append("yes")

    monkeypatch.setattr(terms, "_bulk_load", watched)
    bad = _write(tmp_path / "bad.jsonl", [*records, {"title": ""}])
    with pytest.raises(ImportFileError):
        services.imports.import_files("jsonl", [bad])
    assert bool(dropped) is services.database.is_sqlite
    dropped.clear()
    assert _term_index_names(services) == names and _term_rows(services) == []
    report = services.imports.import_files("jsonl", [path])
    assert bool(dropped) is services.database.is_sqlite
    assert _term_index_names(services) == names
    shift = report.files[0].story_ids[0] - 1
    assert [(r[0] - shift, *r[1:]) for r in _term_rows(services)] == expected  # type: ignore[operator]
    _assert_statistics_match_the_rows(services)


def _assert_statistics_match_the_rows(services: Services) -> None:
    with services.database.read() as session:
        counted = dict(
            session.execute(
                sa.select(StoryTermRecord.term, sa.func.count()).group_by(StoryTermRecord.term)
            ).all()
        )
        stored = dict(
            session.execute(sa.select(StoryTermStatRecord.term, StoryTermStatRecord.df)).all()
        )
        lengths = dict(
            session.execute(
                sa.select(StoryTermRecord.article_id, StoryTermRecord.doc_length).distinct()
            ).all()
        )
        assert stored == counted
        assert terms.totals(session)[0] == len(lengths)
        assert terms.totals(session)[1] == pytest.approx(sum(lengths.values()) / len(lengths))


def test_a_story_saved_again_after_its_terms_were_written_keeps_the_statistics_exact(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Terms are written in the middle of a large transaction and the frequencies only at its
    # end; a story updated after its terms were written must be counted once, with its new
    # terms.
    monkeypatch.setattr(terms, "_FLUSH_ROWS", 30)
    monkeypatch.setattr(imports, "PROGRESS_EVERY", 5)
    records = [
        {"title": f"خبر {i} عن الاقتصاد", "body": f"نص الخبر رقم {i} عن الأسواق.", "id": f"s{i}"}
        for i in range(20)
    ]
    records.append({"title": "تحديث الخبر الأول", "body": "نص جديد كليا عن الطقس", "id": "s0"})
    report = services.imports.import_files(
        "jsonl", [_write(tmp_path / "u.jsonl", records)], on_duplicate=DuplicatePolicy.UPDATE
    )
    assert (report.added, report.updated) == (20, 1)
    _assert_statistics_match_the_rows(services)
    with services.database.read() as session:
        first = report.files[0].story_ids[0]
        stored = set(
            session.scalars(
                sa.select(StoryTermRecord.term).where(StoryTermRecord.article_id == first)
            )
        )
    assert "طقس" in stored and "اقتصاد" not in stored


def _words(prefix: str, count: int) -> str:
    return " ".join(f"{prefix}{i}" for i in range(count))


def _stored_sketches(services: Services) -> dict[int, int]:
    with services.database.read() as session:
        return dict(
            session.execute(
                sa.select(StorySketchRecord.article_id, StorySketchRecord.article_version)
            ).all()
        )


def test_near_duplicates_are_found_through_stored_sketches_kept_current(
    services: Services, tmp_path: Path
) -> None:
    # A story saved outside an import has no sketch: the next import makes it. A story edited
    # since its sketch was made is compared by its new text and sketched again.
    old = services.stories.create(StoryInput(headline="خبر المحرر", body=_words("كلمة", 300)))
    first = services.imports.import_files(
        "jsonl",
        [_write(tmp_path / "a.jsonl", [{"title": "نسخة", "body": _words("كلمة", 290)}])],
    )
    assert first.files[0].duplicates[0].story_id == old.id
    assert _stored_sketches(services) == {old.id: 1}
    edited = services.stories.save(
        old.id,
        StoryInput(headline="خبر المحرر", body=_words("جديد", 300)),
        expected_version=old.version,
    )
    path = _write(
        tmp_path / "b.jsonl",
        [
            {"title": "نسخة من القديم", "body": _words("كلمة", 290)},
            {"title": "نسخة من الجديد", "body": _words("جديد", 290)},
        ],
    )
    # The preview makes the new sketch and rolls it back; the import after it keeps the
    # preview's index and must not trust the stale sketch still stored.
    preview = services.imports.preview_files("jsonl", [path])
    assert [m.headline for m in preview.files[0].duplicates] == ["نسخة من الجديد"]
    second = services.imports.import_files("jsonl", [path])
    (match,) = second.files[0].duplicates
    assert (match.story_id, match.headline) == (old.id, "نسخة من الجديد")
    exact = shingles.similarity(
        shingles.shingles("نسخة من الجديد", _words("جديد", 290)),
        shingles.shingles("خبر المحرر", _words("جديد", 300)),
    )
    assert (match.jaccard, match.containment) == (
        round(exact.jaccard, 3),
        round(exact.containment, 3),
    )
    (added,) = second.files[0].story_ids
    assert _stored_sketches(services)[added] == 1
    services.stories.create(StoryInput(headline="خبر آخر"))  # the archive changed: reloaded
    services.imports.import_files("jsonl", [_write(tmp_path / "c.jsonl", [{"title": "آخر"}])])
    assert _stored_sketches(services)[old.id] == edited.version


def test_candidates_that_cannot_be_duplicates_are_dismissed_without_reading_their_text(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Stories sharing one paragraph (a footer) and nothing else: the candidate index offers
    # them to each other, their sketches rule them out.
    footer = _words("تذييل", 60)
    archive = [
        {"title": f"خبر {n}", "body": f"{_words(f'نص{n}x', 200)}\n{footer}"} for n in range(8)
    ]
    services.imports.import_files("jsonl", [_write(tmp_path / "a.jsonl", archive)])
    read: list[int] = []
    compared: list[int] = []
    texts, sketches = import_queries.article_texts, import_queries.sketches

    def reading(session: sa.orm.Session, ids: list[int]) -> object:
        read.extend(ids)
        return texts(session, ids)

    def sketching(session: sa.orm.Session, ids: list[int], scheme: int) -> object:
        compared.extend(ids)
        return sketches(session, ids, scheme)

    monkeypatch.setattr(import_queries, "article_texts", reading)
    monkeypatch.setattr(import_queries, "sketches", sketching)
    more = [{"title": f"آخر {n}", "body": f"{_words(f'غير{n}x', 200)}\n{footer}"} for n in range(8)]
    report = services.imports.import_files("jsonl", [_write(tmp_path / "b.jsonl", more)])
    assert report.added == 8 and report.files[0].duplicates_found == 0
    assert compared and not read


def test_possible_duplicates_are_compared_on_their_stored_sets_without_reading_their_text(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A version of a stored story (a duplicate) and a story sharing two thirds of another's
    # text (possible by its sketch, not a duplicate exactly): both are decided on the whole
    # shingle sets kept in ``story_sketches``. A row kept before whole sets were (the sketch
    # alone) is compared by its text, with the same result; a save forgets the row.
    bodies = [_words(f"نص{n}x", 400) for n in range(3)]
    archive = [{"title": f"خبر {n}", "body": body} for n, body in enumerate(bodies)]
    first = services.imports.import_files("jsonl", [_write(tmp_path / "a.jsonl", archive)])
    ids = first.files[0].story_ids
    incoming = [
        {"title": "نسخة", "body": _words("نص0x", 380)},
        {"title": "قريب", "body": f"{_words('نص1x', 270)} {_words('مختلف', 140)}"},
    ]
    path = _write(tmp_path / "b.jsonl", incoming)
    expected = [
        shingles.similarity(
            shingles.shingles(item["title"], item["body"]),
            shingles.shingles(archive[n]["title"], archive[n]["body"]),
        )
        for n, item in enumerate(incoming)
    ]
    assert expected[0].is_duplicate and not expected[1].is_duplicate
    with services.database.read() as session:
        mine = shingles.Sketch.of(shingles.shingles(incoming[1]["title"], incoming[1]["body"]))
        (size, data) = import_queries.sketches(session, [ids[1]], shingles.SCHEME)[ids[1]]
        assert shingles.estimate(mine, shingles.Sketch.from_bytes(size, data)).may_be_duplicate
    read: list[int] = []
    texts = import_queries.article_texts

    def reading(session: sa.orm.Session, wanted: list[int]) -> object:
        read.extend(wanted)
        return texts(session, wanted)

    monkeypatch.setattr(import_queries, "article_texts", reading)

    def check() -> None:
        preview = services.imports.preview_files("jsonl", [path])
        (match,) = preview.files[0].duplicates
        assert (match.story_id, match.existing_headline, match.reason) == (
            ids[0],
            "خبر 0",
            "near-duplicate",
        )
        exact = expected[0]
        assert (match.jaccard, match.containment) == (
            round(exact.jaccard, 3),
            round(exact.containment, 3),
        )

    check()
    assert read == []
    with services.database.write() as session:  # rows as stored before whole sets were
        session.execute(
            sa.update(StorySketchRecord).values(
                sketch=sa.func.substr(StorySketchRecord.sketch, 1, shingles.SKETCH_K * 8)
            )
        )
    other = services.stories.create(StoryInput(headline="غيره"))  # the archive changed
    check()
    assert set(read) == {ids[0], ids[1], other.id}  # the new story is read to sketch it
    story = services.stories.get(ids[2])
    services.stories.save(
        ids[2], StoryInput(headline="خبر 2", body="نص جديد"), expected_version=story.version
    )
    assert ids[2] not in _stored_sketches(services)


def _foreign_keys(database: object) -> list[int]:
    """``PRAGMA foreign_keys`` of every connection a write gets now (the pool reuses them)."""
    seen = []
    for _ in range(3):
        with database.write() as session:  # type: ignore[attr-defined]
            seen.append(session.connection().exec_driver_sql("PRAGMA foreign_keys").scalar())
    return seen


def test_an_import_writes_without_row_checks_and_leaves_them_on(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # SQLite: the file's transaction runs without foreign-key checks, and every connection
    # checks them again afterwards, after a commit and after a rollback alike.
    database = services.imports.db
    seen: list[object] = []
    ensure = imports.ensure_tags

    def spying(session, names):  # type: ignore[no-untyped-def]
        seen.append(import_queries.foreign_keys_off(session))
        return ensure(session, names)

    records = [
        {"title": f"خبر رقم {n}", "body": f"نص الخبر {n} " * 9, "tags": ["أ"]} for n in range(3)
    ]
    monkeypatch.setattr(imports, "ensure_tags", spying)
    services.imports.import_files("jsonl", [_write(tmp_path / "a.jsonl", records)])
    assert seen == [database.is_sqlite]
    # A file with fewer stories than the newsroom keeps its row checks: checking whole tables
    # before the commit would cost more than it saves.
    more = [{"title": f"خبر آخر {n}", "body": f"نص آخر {n} " * 9} for n in range(3)]
    services.imports.import_files("jsonl", [_write(tmp_path / "c.jsonl", more)])
    assert seen == [database.is_sqlite, False]
    bad = [*records, {"title": "", "body": "بلا عنوان"}]
    with pytest.raises(ImportFileError):
        services.imports.import_files("jsonl", [_write(tmp_path / "b.jsonl", bad)])
    if database.is_sqlite:
        assert _foreign_keys(database) == [1, 1, 1]
        with database.write() as session, pytest.raises(sa.exc.IntegrityError):
            session.execute(
                sa.text(
                    "INSERT INTO article_tags (article_id, tag_id, position) VALUES (1, 999, 0)"
                )
            )


def test_rows_written_without_checks_are_checked_before_the_commit(
    services: Services, tmp_path: Path
) -> None:
    database = services.imports.db
    if not database.is_sqlite:
        pytest.skip("PostgreSQL checks every row; the switch is SQLite's")
    report = services.imports.import_files(
        "jsonl", [_write(tmp_path / "a.jsonl", [{"title": "خبر", "body": "نص الخبر هنا"}])]
    )
    (story_id,) = report.files[0].story_ids
    with database.write(foreign_keys=False) as session:
        assert import_queries.foreign_keys_off(session)
        assert import_queries.broken_references(session) == []
        assert import_queries.count_articles(session, [story_id, story_id + 1]) == 1
        session.execute(
            sa.text("INSERT INTO article_tags (article_id, tag_id, position) VALUES (:a, 999, 0)"),
            {"a": story_id},
        )
        session.execute(sa.text("UPDATE articles SET section_id = 999"))
        assert import_queries.broken_references(session) == ["article_tags", "articles"]
        session.rollback()
    # Terms of a story that is not there: the flush before the commit refuses them.
    with (
        pytest.raises(RuntimeError, match="does not exist"),
        database.write(foreign_keys=False) as session,
    ):
        terms.index_counts(session, story_id + 7, count_terms("خبر", "", "نص"), new=True)
    assert _foreign_keys(database) == [1, 1, 1]


def _journal(session: object) -> str:
    return str(session.connection().exec_driver_sql("PRAGMA journal_mode").scalar())  # type: ignore[attr-defined]


def test_a_write_alone_on_the_file_takes_a_rollback_journal_and_gives_wal_back(
    database: object, tmp_path: Path
) -> None:
    import sqlite3

    if not database.is_sqlite:  # type: ignore[attr-defined]
        pytest.skip("a journal mode is SQLite's")
    with database.write() as session:  # type: ignore[attr-defined]
        assert _journal(session) == "wal"
        session.execute(sa.text("CREATE TABLE scratch (x TEXT)"))
        session.execute(sa.text("INSERT INTO scratch VALUES ('أ')"))
    with database.write(rollback_journal=True) as session:  # type: ignore[attr-defined]
        assert _journal(session) == "delete"
        session.execute(sa.text("INSERT INTO scratch VALUES ('ب')"))
    with database.read() as session:  # type: ignore[attr-defined]
        assert _journal(session) == "wal"
        assert session.execute(sa.text("SELECT count(*) FROM scratch")).scalar() == 2
    # A transaction rolled back leaves nothing and gives WAL back too.
    with (
        pytest.raises(ZeroDivisionError),
        database.write(rollback_journal=True) as session,  # type: ignore[attr-defined]
    ):
        session.execute(sa.text("INSERT INTO scratch VALUES ('ج')"))
        assert _journal(session) == "delete"
        1 / 0  # noqa: B018
    # Another connection on the file (another process, say): the switch is refused at once
    # and the transaction is written through the log, as any other.
    other = sqlite3.connect(database.path)  # type: ignore[attr-defined]
    try:
        assert other.execute("SELECT count(*) FROM scratch").fetchone() == (2,)
        with database.write(rollback_journal=True) as session:  # type: ignore[attr-defined]
            assert _journal(session) == "wal"
            session.execute(sa.text("INSERT INTO scratch VALUES ('د')"))
        assert other.execute("SELECT count(*) FROM scratch").fetchone() == (3,)
        assert other.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    finally:
        other.close()


def test_a_process_killed_in_a_rollback_journal_transaction_loses_nothing(
    tmp_path: Path,
) -> None:
    # The transaction has written pages into the file (a small page cache spills them) when
    # the process dies: whoever opens the file next rolls the journal back and WAL is on again.
    import signal
    import subprocess
    import sys

    from newsdesk.storage.db import open_database

    url = f"sqlite:///{tmp_path / 'newsroom.db'}"
    database = open_database(url)
    with database.write() as session:
        session.execute(sa.text("CREATE TABLE scratch (x TEXT)"))
        session.execute(sa.text("INSERT INTO scratch VALUES ('قبل')"))
    database.dispose()
    code = (
        "import sys, time, sqlalchemy as sa\n"
        "from newsdesk.storage.db import open_database\n"
        "database = open_database(sys.argv[1])\n"
        "with database.write(rollback_journal=True) as session:\n"
        "    session.execute(sa.text('PRAGMA cache_size = 10'))\n"
        "    for n in range(3000):\n"
        "        session.execute(sa.text('INSERT INTO scratch VALUES (:x)'), {'x': 'نص' * 500})\n"
        "    mode = session.execute(sa.text('PRAGMA journal_mode')).scalar()\n"
        "    print(mode, flush=True)\n"
        "    time.sleep(120)\n"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", code, url], stdout=subprocess.PIPE, text=True, env=None
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "delete"
        assert (tmp_path / "newsroom.db-journal").exists()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=60)
    again = open_database(url)
    try:
        with again.read() as session:
            assert session.execute(sa.text("SELECT x FROM scratch")).scalars().all() == ["قبل"]
            assert _journal(session) == "wal"
            assert session.execute(sa.text("PRAGMA quick_check")).scalar() == "ok"
    finally:
        again.dispose()


def test_the_command_line_writes_a_bulk_load_with_a_rollback_journal(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Only an import that is alone in its process (the command line sets ``alone``) and
    # larger than the newsroom asks for it; the stories are the same either way.
    database = services.imports.db
    asked: list[tuple[bool, bool]] = []
    write = database.write

    def spying(*, foreign_keys: bool = True, rollback_journal: bool = False):  # type: ignore[no-untyped-def]
        asked.append((foreign_keys, rollback_journal))
        return write(foreign_keys=foreign_keys, rollback_journal=rollback_journal)

    monkeypatch.setattr(database, "write", spying)
    records = [{"title": f"خبر رقم {n}", "body": f"نص الخبر {n} " * 9} for n in range(3)]
    services.imports.import_files("jsonl", [_write(tmp_path / "a.jsonl", records)])
    services.imports.alone = True
    more = [{"title": f"خبر جديد {n}", "body": f"نص جديد {n} " * 9} for n in range(4)]
    services.imports.import_files("jsonl", [_write(tmp_path / "b.jsonl", more)])
    few = [{"title": "خبر أخير", "body": "نص أخير " * 9}]
    services.imports.import_files("jsonl", [_write(tmp_path / "c.jsonl", few)])
    sqlite = database.is_sqlite
    assert [a for a in asked if a != (True, False)] == (
        [(False, False), (False, True)] if sqlite else []
    )
    with database.read() as session:
        count = session.execute(sa.text("SELECT count(*) FROM articles")).scalar()
        assert count == 8
        if sqlite:
            assert _journal(session) == "wal"
    # A preview of a file larger than the newsroom commits nothing: it keeps the log, and
    # the newsroom readable by others, though the rows go unchecked as in the import.
    asked.clear()
    big = [{"title": f"خبر معاينة {n}", "body": f"نص معاينة {n} " * 9} for n in range(9)]
    services.imports.import_files("jsonl", [_write(tmp_path / "d.jsonl", big)], dry_run=True)
    assert [a for a in asked if a != (True, False)] == ([(False, False)] if sqlite else [])


def test_tags_resolved_in_a_transaction_are_not_looked_up_again(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsdesk.services import taxonomy
    from newsdesk.storage import bulk

    asked: list[list[str]] = []
    lookup = bulk.tags_by_key

    def counting(session, keys):  # type: ignore[no-untyped-def]
        asked.append(sorted(keys))
        return lookup(session, keys)

    monkeypatch.setattr(bulk, "tags_by_key", counting)
    database = services.imports.db
    with database.write() as session:
        first = taxonomy.ensure_tags(session, ["الطاقة", "النفط"])
        # Another spelling of a known tag, and a new one: only the new key is looked up.
        second = taxonomy.ensure_tags(session, ["الطاقه", "أسعار", "النفط"])
    assert asked == [sorted(first), [taxonomy.tag_key("أسعار")]]
    assert second[taxonomy.tag_key("الطاقة")] == first[taxonomy.tag_key("الطاقة")]
    with database.write() as session:  # a new transaction looks again
        third = taxonomy.ensure_tags(session, ["الطاقة", "أسعار"])
    assert asked[-1] == sorted(third)
    assert third == {k: second[k] for k in third}
