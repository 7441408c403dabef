"""The batched import path stores exactly what one-by-one inserts would."""

from __future__ import annotations

import json
from pathlib import Path

from newsdesk.core.domain import RevisionKind, Status
from newsdesk.services.container import Services
from newsdesk.services.dto import StoryInput


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
