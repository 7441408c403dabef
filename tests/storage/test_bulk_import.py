"""The batched import path stores exactly what one-by-one inserts would."""

from __future__ import annotations

import json
from pathlib import Path

import sqlalchemy as sa

from newsdesk.core.domain import RevisionKind, Status
from newsdesk.core.similarity import count_terms
from newsdesk.services.container import Services
from newsdesk.services.dto import StoryInput
from newsdesk.storage import search as search_index
from newsdesk.storage.models import StoryTermRecord


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
