"""The story service on both databases: saves, revisions, conflicts, statuses, lists."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from newsdesk.core.domain import Status
from newsdesk.services.container import Services
from newsdesk.services.dto import StoryFilter, StoryInput
from newsdesk.services.errors import (
    ConflictError,
    NotFoundError,
    TransitionError,
    ValidationError,
)

ARABIC_BODY = (
    "قال وزير المالية إن الحكومة ستخفض الضرائب على الشركات الصغيرة بنسبة 4.5 في المئة.\n\n"
    "وأضاف أن شركة OpenGrid ستبدأ العمل في العاصمة عام 2026."
)


@pytest.fixture
def economy(services: Services) -> str:
    return services.taxonomy.create_section("اقتصاد", "economy").slug


def story(headline: str = "الحكومة تخفض الضرائب على الشركات الصغيرة", **kw: object) -> StoryInput:
    base = StoryInput(
        headline=headline, body=ARABIC_BODY, authors=("سارة حداد",), tags=("الضرائب", "الاقتصاد")
    )
    return replace(base, **kw)  # type: ignore[arg-type]


def test_create_keeps_every_field_and_writes_a_revision(services: Services, economy: str) -> None:
    created = services.stories.create(
        story(dek="تخفيض جديد", section=economy, dateline="عمّان", kicker="عاجل")
    )
    loaded = services.stories.get(created.id)
    assert loaded.headline == "الحكومة تخفض الضرائب على الشركات الصغيرة"
    assert loaded.body == ARABIC_BODY
    assert loaded.section is not None and loaded.section.name == "اقتصاد"
    assert [a.name for a in loaded.authors] == ["سارة حداد"]
    assert [t.name for t in loaded.tags] == ["الضرائب", "الاقتصاد"]
    assert loaded.main_tag is not None and loaded.main_tag.name == "الضرائب"
    assert loaded.status is Status.DRAFT
    assert loaded.slug == "الحكومة-تخفض-الضرائب-على-الشركات-الصغيرة"
    assert loaded.word_count == 24
    assert loaded.version == 1
    assert loaded.created_at.tzinfo is not None
    revisions = services.stories.revisions(created.id)
    assert [r.kind for r in revisions] == ["manual"]
    assert revisions[0].snapshot["body"] == ARABIC_BODY


def test_snapshots_keep_arabic_as_utf8_on_sqlite_and_old_escaped_rows_still_read(
    services: Services,
) -> None:
    created = services.stories.create(story())
    if not services.database.is_sqlite:
        return  # PostgreSQL keeps its JSON as the driver sends it (not changed here)
    import sqlalchemy as sa

    with services.database.read() as session:
        stored = session.scalar(
            sa.text("SELECT snapshot FROM revisions WHERE article_id = :id"), {"id": created.id}
        )
    # Two bytes a letter, not the six of "\u0642".
    assert ARABIC_BODY.split("\n")[0] in stored and "\\u06" not in stored
    with services.database.write() as session:  # a row written by an older version
        session.execute(
            sa.text("UPDATE revisions SET snapshot = :old WHERE article_id = :id"),
            {"old": json.dumps({**json.loads(stored), "dek": "قديم"}), "id": created.id},
        )
    (revision,) = services.stories.revisions(created.id)
    assert revision.snapshot["body"] == ARABIC_BODY and revision.snapshot["dek"] == "قديم"


def test_every_manual_save_writes_a_revision_and_bumps_the_version(services: Services) -> None:
    created = services.stories.create(story())
    first = services.stories.save(created.id, story(body="نص أول"), expected_version=1)
    second = services.stories.save(created.id, story(body="نص ثان"), expected_version=first.version)
    assert (first.version, second.version) == (2, 3)
    bodies = [r.snapshot["body"] for r in services.stories.revisions(created.id)]
    assert bodies == ["نص ثان", "نص أول", ARABIC_BODY]


def test_a_stale_save_is_refused_and_changes_nothing(services: Services) -> None:
    created = services.stories.create(story())
    services.stories.save(created.id, story(body="نسخة المحرر الأول"), expected_version=1)
    with pytest.raises(ConflictError) as caught:
        services.stories.save(created.id, story(body="نسخة المحرر الثاني"), expected_version=1)
    assert caught.value.current_version == 2
    assert "nothing was overwritten" in str(caught.value)
    assert services.stories.get(created.id).body == "نسخة المحرر الأول"
    assert len(services.stories.revisions(created.id)) == 2


def test_tags_match_by_normalised_spelling(services: Services) -> None:
    a = services.stories.create(story(tags=("الطاقة المتجددة",)))
    b = services.stories.create(story(tags=("الطاقه المتجدده", "الطاقة المتجددة")))
    assert a.tags[0].id == b.tags[0].id
    assert len(b.tags) == 1  # the second spelling is the same tag, kept once
    usage = {u.tag.name: u.stories for u in services.taxonomy.tags()}
    assert usage == {"الطاقة المتجددة": 2}


def test_author_order_is_kept_and_can_change(services: Services) -> None:
    created = services.stories.create(story(authors=("ب", "أ", "ج")))
    assert [a.name for a in created.authors] == ["ب", "أ", "ج"]
    saved = services.stories.save(created.id, story(authors=("ج", "ب")), expected_version=1)
    assert [a.name for a in saved.authors] == ["ج", "ب"]


@pytest.mark.parametrize(
    "bad, message",
    [
        (story(headline="   "), "headline"),
        (story(priority=9), "priority"),
        (story(section="nowhere"), "section"),
        (story(body="x" * 2_000_001), "limit"),
        (story(body="a\x00b"), "NUL"),
    ],
)
def test_bad_input_is_refused_with_a_clear_message(
    services: Services, bad: StoryInput, message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        services.stories.create(bad)
    assert services.stories.page().total == 0


def test_status_moves_only_along_the_workflow(services: Services, clock) -> None:
    created = services.stories.create(story())
    with pytest.raises(TransitionError, match="draft story cannot become published"):
        services.stories.change_status(created.id, Status.PUBLISHED)
    for target in (Status.SUBMITTED, Status.EDITING, Status.READY):
        services.stories.change_status(created.id, target)
    clock.advance(hours=1)
    published = services.stories.change_status(created.id, Status.PUBLISHED)
    assert published.published_at == clock.now
    with pytest.raises(ValidationError, match="correction"):
        services.stories.change_status(created.id, Status.CORRECTED)
    corrected = services.stories.change_status(
        created.id, Status.CORRECTED, correction="صُحّح اسم الوزير."
    )
    assert [c.text for c in corrected.corrections] == ["صُحّح اسم الوزير."]
    killed = services.stories.change_status(created.id, Status.KILLED)
    assert killed.status is Status.KILLED
    with pytest.raises(TransitionError):
        services.stories.change_status(created.id, Status.DRAFT)
    kinds = [r.kind for r in services.stories.revisions(created.id)]
    assert kinds.count("status") == 6


def test_published_slug_is_frozen(services: Services) -> None:
    created = services.stories.create(story(), status=Status.PUBLISHED)
    with pytest.raises(ValidationError, match="frozen"):
        services.stories.save(created.id, story(slug="new-address"), expected_version=1)
    saved = services.stories.save(created.id, story(headline="عنوان جديد"), expected_version=1)
    assert saved.slug == created.slug


def test_trash_and_restore_keep_the_status(services: Services) -> None:
    created = services.stories.create(story())
    services.stories.change_status(created.id, Status.SUBMITTED)
    assert services.stories.trash([created.id]) == 1
    assert services.stories.page().total == 0
    assert [s.id for s in services.stories.page(StoryFilter(trash=True)).items] == [created.id]
    with pytest.raises(TransitionError, match="trash"):
        services.stories.change_status(created.id, Status.EDITING)
    assert services.stories.restore([created.id]) == 1
    assert services.stories.get(created.id).status is Status.SUBMITTED


def test_bulk_status_change_reports_the_refused(services: Services) -> None:
    draft = services.stories.create(story())
    ready = services.stories.create(story(), status=Status.READY)
    report = services.stories.change_status_many([draft.id, ready.id, 999_999], Status.PUBLISHED)
    assert report.changed == (ready.id,)
    refused = dict(report.refused)
    assert "cannot become published" in refused[draft.id]
    assert refused[999_999] == "no such story"


def test_list_filters_sorts_and_pages(services: Services, economy: str, clock) -> None:
    services.taxonomy.create_section("ثقافة", "culture")
    ids = []
    for i in range(12):
        clock.advance(minutes=5)
        created = services.stories.create(
            story(
                headline=f"خبر رقم {i}",
                section=economy if i % 2 else "culture",
                tags=("كرة القدم",) if i % 3 == 0 else ("المياه",),
                authors=("سارة حداد",) if i < 6 else ("Daniel Moreau",),
            ),
            status=Status.PUBLISHED if i % 4 == 0 else Status.DRAFT,
        )
        ids.append(created.id)
    everything = services.stories.page()
    assert everything.total == 12
    assert [s.id for s in everything.items] == ids[::-1]  # newest change first
    page = services.stories.page(offset=5, limit=5)
    assert [s.id for s in page.items] == ids[::-1][5:10] and page.total == 12
    assert services.stories.page(StoryFilter(section="economy")).total == 6
    assert services.stories.page(StoryFilter(section="اقتصاد")).total == 6
    assert services.stories.page(StoryFilter(tag="كرة القدم")).total == 4
    assert services.stories.page(StoryFilter(author="Daniel Moreau")).total == 6
    assert services.stories.page(StoryFilter(statuses=(Status.PUBLISHED,))).total == 3
    culture = StoryFilter(statuses=(Status.PUBLISHED,), section="culture")
    assert {s.id for s in services.stories.page(culture).items} == {ids[0], ids[4], ids[8]}
    football = replace(culture, tag="كرة القدم")
    assert [s.id for s in services.stories.page(football).items] == [ids[0]]
    by_headline = services.stories.page(sort="headline", descending=False, limit=2)
    assert [s.headline for s in by_headline.items] == ["خبر رقم 0", "خبر رقم 1"]
    counts = services.stories.status_counts()
    assert counts[Status.PUBLISHED] == 3 and counts[Status.DRAFT] == 9
    with pytest.raises(ValidationError):
        services.stories.page(sort="nonsense")


def test_list_rows_carry_authors_and_main_tag_without_bodies(services: Services) -> None:
    created = services.stories.create(story(authors=("أ", "ب"), tags=("الرئيسي", "الثانوي")))
    row = services.stories.page().items[0]
    assert row.id == created.id
    assert row.authors == ("أ", "ب")
    assert row.main_tag == "الرئيسي"
    assert not hasattr(row, "body")


def test_related_links_are_ordered_and_never_self(services: Services) -> None:
    a, b, c = (services.stories.create(story(headline=f"خبر {n}")) for n in "أبج")
    linked = services.stories.set_related(a.id, [c.id, b.id])
    assert [r.id for r in linked.related] == [c.id, b.id]
    assert [r.id for r in services.stories.set_related(a.id, [b.id]).related] == [b.id]
    with pytest.raises(ValidationError):
        services.stories.set_related(a.id, [a.id])
    with pytest.raises(NotFoundError):
        services.stories.set_related(a.id, [123_456])


def test_missing_story_is_a_clear_error(services: Services) -> None:
    with pytest.raises(NotFoundError, match="no story with id 42"):
        services.stories.get(42)


#: Nine words a reader sees (the caption is one, as in the editor); the link's address, the
#: picture's and the paragraph's direction are not.
MARKED_UP_BODY = (
    "أعلنت **اللجنة** النتائج عبر [موقعها الرسمي](https://elections.example.org/lookup/2026).\n\n"
    '![صورة](newsdesk-media:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef "مقر")'
    "\n\n"
    'Qalam AI\n{: dir="rtl" }'
)


def test_the_word_count_is_of_the_words_a_reader_sees(services: Services) -> None:
    """The list, the preview, the CLI and the site's wordCount agree with the editor's strip."""
    created = services.stories.create(story(body=MARKED_UP_BODY))
    assert services.stories.get(created.id).word_count == 9
    saved = services.stories.save(
        created.id, story(body=MARKED_UP_BODY + "\n\nكلمة"), expected_version=1
    )
    assert services.stories.get(saved.id).word_count == 10
