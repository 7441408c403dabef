"""The import service with every format: related links, near-duplicates, preview, policies,
nothing kept from a broken file, and a large WordPress export in bounded memory."""

from __future__ import annotations

import json
import sys
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdesk.core.domain import RelatedOrigin, Status
from newsdesk.services.container import Services
from newsdesk.services.imports import DuplicatePolicy, ImportFileError, summarise_preview

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
from benchmarks.wxr_corpus import measure, write_wxr  # noqa: E402

PAGE = """\
وزارة المياه تعلن خطة لخفض الفاقد في شبكات التوزيع

أعلنت وزارة المياه والري، الإثنين، خطة لخفض الفاقد في شبكات التوزيع بنسبة عشرين في المئة خلال ثلاث سنوات، عبر استبدال الأنابيب القديمة وتركيب عدادات ذكية في الأحياء الأكثر استهلاكاً.

وقال الأمين العام للوزارة إن الفاقد يبلغ حالياً نحو 45 في المئة من المياه المضخوخة، وإن نصفه يعود إلى الاعتداءات على الخطوط الرئيسية.

  • مقالات ذات صلة

    انخفاض مخزون السدود إلى أدنى مستوى منذ عقد

    أظهرت بيانات الوزارة أن مخزون السدود الرئيسية انخفض إلى أدنى مستوى له منذ عشر سنوات، مع تأخر الموسم المطري…

    عدادات ذكية في ثلاثة أحياء بالعاصمة

    بدأت شركة مياه العاصمة تركيب عدادات ذكية في ثلاثة أحياء ضمن مشروع تجريبي يستمر ستة أشهر…

    فاتك

    أسعار الذهب ترتفع للمرة الثالثة

    أسعار الذهب ترتفع للمرة الثالثة
"""


def _write(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def test_a_page_links_its_related_stories_and_reuses_them(
    services: Services, tmp_path: Path
) -> None:
    existing = services.stories.create(
        services_input("انخفاض مخزون السدود إلى أدنى مستوى منذ عقد")  # same words, other hamza
    )
    report = services.imports.import_files("page", [_write(tmp_path, "p.txt", PAGE)])
    (file_report,) = report.files
    assert (file_report.added, file_report.related_linked, file_report.related_drafts) == (1, 2, 1)
    story = services.stories.get(file_report.story_ids[0])
    assert "فاتك" not in story.body and "أسعار الذهب" not in story.body
    assert len(story.body.split("\n\n")) == 2
    assert story.related[0].id == existing.id
    assert {r.origin for r in story.related} == {RelatedOrigin.IMPORTED.value}
    draft = services.stories.get(story.related[1].id)
    assert draft.headline == "عدادات ذكية في ثلاثة أحياء بالعاصمة" and draft.status is Status.DRAFT
    assert draft.excerpt.endswith("…") and draft.source_id.startswith("ref:")
    # Another page naming the same related story links to the same draft.
    other = (
        PAGE.replace("وزارة المياه تعلن خطة", "خبر آخر تماماً عن")
        .replace(
            "أعلنت وزارة المياه والري، الإثنين، خطة", "نص مختلف كلياً لا يشبه الأول في شيء، الثلاثاء"
        )
        .replace("وقال الأمين العام للوزارة إن الفاقد", "وأضاف مصدر لم يشأ ذكر اسمه أن الهدر")
    )
    second = services.imports.import_files("page", [_write(tmp_path, "q.txt", other)])
    assert second.files[0].related_drafts == 0 and second.files[0].related_linked == 2
    assert services.stories.page().total == 4


def services_input(headline: str, body: str = "") -> object:
    from newsdesk.services.dto import StoryInput

    return StoryInput(headline=headline.replace("أدنى", "ادنى"), body=body)


def test_near_duplicates_are_found_with_their_similarity(
    services: Services, tmp_path: Path
) -> None:
    paragraphs = PAGE.split("\n\n")[1:3]
    original = services.stories.create(
        services_input("وزارة المياه تعلن خطة لخفض الفاقد", "\n\n".join(paragraphs))
    )
    # The same story re-scraped: tashkeel, another hamza, a sentence added at the end.
    variant = (
        PAGE.replace("الإثنين", "الاثنين")
        .replace("خطة", "خُطّة")
        .replace("الخطوط الرئيسية.", "الخطوط الرئيسية. وتوقع أن تبدأ الأعمال الشهر المقبل.")
    )
    path = _write(tmp_path, "v.txt", variant)
    preview = services.imports.preview_files("page", [path])
    (match,) = preview.files[0].duplicates
    assert match.story_id == original.id and match.reason == "near-duplicate"
    assert 0.8 <= match.similarity < 1.0 and match.containment >= match.jaccard
    assert preview.files[0].added == 0 and services.stories.page().total == 1
    lines = list(summarise_preview(preview))
    assert any("near-duplicate" in line and "%" in line for line in lines)
    skipped = services.imports.import_files("page", [path])
    assert skipped.duplicates_skipped == 1 and services.stories.page().total == 1
    updated = services.imports.import_files("page", [path], on_duplicate=DuplicatePolicy.UPDATE)
    assert updated.updated == 1
    assert "الشهر المقبل" in services.stories.get(original.id).body


def test_an_unrelated_story_is_not_a_duplicate(services: Services, tmp_path: Path) -> None:
    services.stories.create(
        services_input("منتخب الشباب يتأهل إلى نهائيات كأس آسيا", "فاز المنتخب على نظيره " * 20)
    )
    preview = services.imports.preview_files("page", [_write(tmp_path, "p.txt", PAGE)])
    assert preview.duplicates_found == 0 and preview.new == 1


def test_preview_counts_samples_and_per_file_policies(
    services: Services, tmp_path: Path, shared
) -> None:  # type: ignore[no-untyped-def]
    wxr = shared("samples", "wxr", "wordpress-importer_small-export.xml")
    page = _write(tmp_path, "p.txt", PAGE)
    services.imports.import_files("page", [page])
    before = services.stories.page().total
    preview = services.imports.preview_files("auto", [wxr, page])
    first, second = preview.files
    assert (first.format, first.stories, first.added, first.skipped["page"]) == ("wxr", 6, 6, 5)
    assert first.sample[:2] == ["Hello world!", "Private Post"]
    assert (second.format, second.duplicates_found, second.added) == ("page", 1, 0)
    assert services.stories.page().total == before
    steps = services.imports.run("auto", [wxr, page], policies={str(page): DuplicatePolicy.NEW})
    report = list(steps)[-1]
    assert [f.added for f in report.files] == [6, 1]  # type: ignore[attr-defined]


def test_preview_reports_a_broken_file_and_goes_on(services: Services, tmp_path: Path) -> None:
    bad = _write(tmp_path, "bad.md", "---\ntitle: [x\n---\nنص")
    good = _write(tmp_path, "good.txt", PAGE)
    preview = services.imports.preview_files("auto", [bad, good])
    assert "bad.md, line" in preview.files[0].error and preview.files[1].added == 1
    assert services.stories.page().total == 0


MALFORMED_SEEDS = {
    "wxr.xml": (
        '<?xml version="1.0"?><rss xmlns:wp="http://wordpress.org/export/1.2/"><channel>'
        "<item><title>خبر</title><wp:post_type>post</wp:post_type><wp:status>publish</wp:status>"
        "</item><item><title>ثان</title><wp:post_type>post</wp:post_type></item></channel></rss>"
    ),
    "story.md": "---\ntitle: عنوان\ntags: [أ]\n---\nنص.\n",
    "item.json": json.dumps({"uri": "u", "headlines": [{"value": "عنوان"}]}),
    "feed.rss": '<rss version="2.0"><channel><item><title>خبر</title></item></channel></rss>',
    "page.txt": PAGE,
}


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    name=st.sampled_from(sorted(MALFORMED_SEEDS)),
    cut=st.integers(min_value=1, max_value=400),
    junk=st.sampled_from(["<", "&x;", "\x00", "]]>", "{", "---\n", ": [", '"']),
)
def test_a_broken_file_is_refused_whole_and_nothing_is_written(
    services: Services, tmp_path: Path, name: str, cut: int, junk: str
) -> None:
    seed = MALFORMED_SEEDS[name]
    at = min(cut, len(seed) - 1)
    path = _write(tmp_path, name, seed[:at] + junk + seed[at:] + "\x00" * (cut % 2))
    before = services.stories.page().total
    sections = len(services.taxonomy.sections())
    try:
        services.imports.import_files("auto", [path], dry_run=False)
    except ImportFileError as exc:
        assert str(exc).startswith(str(path)) and exc.path == str(path)
        assert services.stories.page().total == before
        assert len(services.taxonomy.sections()) == sections


SCHEDULED_WXR = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>موقع</title>
<wp:wxr_version>1.2</wp:wxr_version>
<item><title>مقال مجدول عن الطاقة الشمسية</title><wp:post_id>9</wp:post_id>
<content:encoded><![CDATA[<p>الطاقة الشمسية تنمو بسرعة في المنطقة.</p>]]></content:encoded>
<wp:post_date>2026-12-01 11:00:00</wp:post_date>
<wp:post_date_gmt>2026-12-01 08:00:00</wp:post_date_gmt>
<wp:status>future</wp:status><wp:post_type>post</wp:post_type></item>
</channel></rss>"""


def test_a_scheduled_wordpress_post_keeps_its_time(services: Services, tmp_path: Path) -> None:
    # WordPress "future": ready, to go out at its date; the desk must see when.
    report = services.imports.import_files("wxr", [_write(tmp_path, "s.xml", SCHEDULED_WXR)])
    story = services.stories.get(report.files[0].story_ids[0])
    assert story.status is Status.READY and story.published_at is None
    assert story.publish_at is not None
    assert story.publish_at.isoformat() == "2026-12-01T08:00:00+00:00"


def _import_wxr_measuring(services: Services, path: Path) -> tuple[int, int]:
    tracemalloc.start()
    try:
        report = services.imports.import_files("wxr", [path])
        return report.added, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_generated_wordpress_export_imports_in_bounded_memory(
    services: Services, tmp_path: Path
) -> None:
    path = write_wxr(tmp_path / "export.xml", 200)
    added, peak = _import_wxr_measuring(services, path)
    assert added == 200
    skipped = services.imports.import_files("wxr", [path])
    assert skipped.duplicates_skipped == 200 and skipped.skipped["page"] == 4
    # The import keeps one post at a time, a dozen ints per post of index, and SQLAlchemy's
    # per-transaction caches; the scale run below checks that this does not grow with the file.
    assert peak < 40 * 2**20


@pytest.mark.slow
def test_twenty_thousand_posts_import_in_bounded_memory() -> None:
    """The scale run (minutes on a shared 2-core machine): each part in a child process."""
    result = measure(20_000)
    assert result["read"] == result["added"] == 20_000
    # Reading holds one post at a time: its peak does not grow with the 70 MB file.
    assert result["read_tracemalloc_peak_mib"] < 25
    assert result["import_max_rss_mib"] < 400


def test_import_after_preview_reuses_the_duplicate_index_until_the_database_changes(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsdesk.storage import import_queries

    services.stories.create(services_input("خبر موجود من قبل", "نص الخبر الموجود " * 10))
    page = _write(tmp_path, "p.txt", PAGE)
    builds = []
    original = import_queries.iter_sketch_heads

    def counting(session, scheme, head_bytes):  # type: ignore[no-untyped-def]
        builds.append(1)
        return original(session, scheme, head_bytes)

    monkeypatch.setattr(import_queries, "iter_sketch_heads", counting)
    services.imports.preview_files("page", [page])
    services.imports.import_files("page", [page])
    assert len(builds) == 1  # the preview's index served the import
    services.stories.create(services_input("خبر كتبه المحرر بعد الاستيراد", "نص جديد " * 10))
    again = services.imports.preview_files("page", [page])
    assert len(builds) == 2 and again.duplicates_found == 1


def test_near_duplicates_inside_one_file_are_found_before_the_batch_is_written(
    services: Services, tmp_path: Path
) -> None:
    body = " ".join(PAGE.split("\n\n")[1:3])
    records = [
        {"title": "وزارة المياه تعلن خطة لخفض الفاقد", "body": body},
        {"title": "خبر آخر لا علاقة له", "body": "نص مختلف تماماً عن المياه " * 8},
        {"title": "وزارة المياه تعلن خُطة لخفض الفاقد", "body": body.replace("الإثنين", "الاثنين")},
    ]
    path = _write(
        tmp_path, "same.jsonl", "\n".join(json.dumps(r, ensure_ascii=False) for r in records)
    )
    preview = services.imports.preview_files("jsonl", [path])
    (match,) = preview.files[0].duplicates
    assert match.in_import and match.reason == "near-duplicate" and match.similarity > 0.9
    assert preview.files[0].added == 2
    report = services.imports.import_files("jsonl", [path])
    assert report.added == 2 and report.duplicates_skipped == 1
    as_new = services.imports.import_files("jsonl", [path], on_duplicate=DuplicatePolicy.NEW)
    assert as_new.added == 3 and as_new.files[0].duplicates_found == 3
