"""The import service with the JSON Lines reader: one transaction per file, clear errors."""

from __future__ import annotations

import json
from itertools import islice
from pathlib import Path

import pytest

from newsdesk.core.domain import Status
from newsdesk.services.container import Services
from newsdesk.services.dto import StoryFilter
from newsdesk.services.errors import ValidationError
from newsdesk.services.imports import DuplicatePolicy, ImportFileError, ImportProgress


def write_jsonl(path: Path, records: list[object], extra_lines: tuple[str, ...] = ()) -> Path:
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    path.write_text("\n".join([*lines, *extra_lines]) + "\n", encoding="utf-8")
    return path


RECORDS = [
    {
        "title": "افتتاح معرض الكتاب في العاصمة",
        "body": "افتتح المعرض أبوابه اليوم.\nويشارك فيه 300 ناشر.",
        "category": "ثقافة",
        "tags": ["الكتاب", "المعارض"],
        "author": "ليلى حداد",
        "date": "2026-11-20",
        "url": "https://example.org/a/1",
        "status": "published",
    },
    {"title": "خبر ثان", "body": "نص قصير.", "tags": "وسم، آخر", "id": "X-2"},
]


def test_import_keeps_fields_creates_sections_and_reports(
    services: Services, tmp_path: Path
) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", RECORDS)
    report = services.imports.import_files("auto", [path])
    assert report.added == 2 and report.files[0].format == "jsonl"
    first = services.stories.get(report.files[0].story_ids[0])
    assert first.headline == "افتتاح معرض الكتاب في العاصمة"
    assert first.body == "افتتح المعرض أبوابه اليوم.\n\nويشارك فيه 300 ناشر."
    assert first.section is not None and first.section.name == "ثقافة"
    assert [t.name for t in first.tags] == ["الكتاب", "المعارض"]
    assert first.status is Status.PUBLISHED
    assert first.published_at is not None and first.published_at.isoformat().startswith(
        "2026-11-20"
    )
    assert first.source_url == "https://example.org/a/1"
    second = services.stories.get(report.files[0].story_ids[1])
    assert [t.name for t in second.tags] == ["وسم", "آخر"] and second.status is Status.DRAFT


def test_a_bad_line_refuses_the_whole_file_and_names_the_line(
    services: Services, tmp_path: Path
) -> None:
    path = write_jsonl(tmp_path / "bad.jsonl", RECORDS, ('{"title": "ناقص"',))
    with pytest.raises(ImportFileError, match=r"bad.jsonl, line 3: not valid JSON"):
        services.imports.import_files("jsonl", [path])
    assert services.stories.page().total == 0
    assert services.taxonomy.sections() == []


@pytest.mark.parametrize(
    "record, message",
    [
        ({"body": "بلا عنوان"}, "no title"),
        ({"title": "x", "status": "online"}, "unknown status"),
        ({"title": "x", "date": "yesterday"}, "not a date"),
        ({"title": "x", "tags": [1, 2]}, "tags must be"),
        ({"title": "x" * 600}, "headline has 600 characters"),
        (["not", "an", "object"], "JSON object"),
    ],
)
def test_bad_records_are_named(
    services: Services, tmp_path: Path, record: object, message: str
) -> None:
    path = write_jsonl(tmp_path / "r.jsonl", [RECORDS[0], record])
    with pytest.raises(ImportFileError, match=f"line 2: .*{message}"):
        services.imports.import_files("jsonl", [path])
    assert services.stories.page().total == 0


def test_a_file_in_another_encoding_is_refused(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "cp1256.jsonl"
    path.write_bytes(json.dumps({"title": "خبر"}, ensure_ascii=False).encode("cp1256") + b"\n")
    with pytest.raises(ImportFileError, match="not UTF-8"):
        services.imports.import_files("jsonl", [path])


def test_reimport_skips_updates_or_adds_duplicates(services: Services, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", RECORDS)
    services.imports.import_files("jsonl", [path])
    again = services.imports.import_files("jsonl", [path])
    assert (again.added, again.duplicates_skipped) == (0, 2)
    changed = [dict(RECORDS[0], body="نص مصحح."), RECORDS[1]]
    write_jsonl(path, changed)
    updated = services.imports.import_files("jsonl", [path], on_duplicate=DuplicatePolicy.UPDATE)
    assert updated.updated == 2
    story = services.stories.get(updated.files[0].story_ids[0])
    assert story.body == "نص مصحح."
    assert [r.kind for r in services.stories.revisions(story.id)][:1] == ["import"]
    as_new = services.imports.import_files("jsonl", [path], on_duplicate=DuplicatePolicy.NEW)
    assert as_new.added == 2 and services.stories.page().total == 4


def test_dry_run_and_cancel_write_nothing(services: Services, tmp_path: Path) -> None:
    records = [{"title": f"خبر {i}", "body": "نص"} for i in range(450)]
    path = write_jsonl(tmp_path / "many.jsonl", records)
    report = services.imports.import_files("jsonl", [path], dry_run=True)
    assert report.added == 450 and report.dry_run
    assert services.stories.page().total == 0
    steps = services.imports.run("jsonl", [path])
    seen = [step for step in islice(steps, 3)]
    assert all(isinstance(s, ImportProgress) for s in seen) and seen[0].total == 450
    steps.close()  # the user pressed Cancel half-way
    assert services.stories.page().total == 0


def test_earlier_files_stay_when_a_later_one_breaks(services: Services, tmp_path: Path) -> None:
    good = write_jsonl(tmp_path / "good.jsonl", RECORDS)
    bad = tmp_path / "bad.jsonl"
    bad.write_text("not json\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="bad.jsonl, line 1"):
        services.imports.import_files("jsonl", [good, bad])
    assert services.stories.page().total == 2


def test_unknown_format_and_missing_file(services: Services, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="unknown import format"):
        services.imports.import_files("docx", [tmp_path / "x"])
    with pytest.raises(ImportFileError, match="no such file|cannot read"):
        services.imports.import_files("jsonl", [tmp_path / "missing.jsonl"])


def test_real_corpus_sample_imports(services: Services, tmp_path: Path, shared) -> None:  # type: ignore[no-untyped-def]
    corpus = shared("corpus", "arabic_news.jsonl")
    sample = tmp_path / "sample.jsonl"
    with corpus.open(encoding="utf-8") as source:
        sample.write_text("".join(islice(source, 150)), encoding="utf-8")
    report = services.imports.import_files("jsonl", [sample])
    assert report.added == 150
    sections = {s.name for s in services.taxonomy.sections()}
    assert len(sections) >= 2
    assert services.stories.page(StoryFilter(section=next(iter(sections)))).total > 0


def test_a_folder_is_refused_as_a_folder_not_as_a_missing_file(
    services: Services, tmp_path: Path
) -> None:
    folder = tmp_path / "stories"
    folder.mkdir()
    with pytest.raises(ImportFileError, match="is a folder") as raised:
        services.imports.import_files("markdown", [folder])
    assert "no such file" not in str(raised.value)
