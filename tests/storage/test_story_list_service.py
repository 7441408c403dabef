"""The services behind the story list, on both databases: restricting to ids, "my stories",
change stamps, bulk tag and section edits, saved searches."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from newsdesk.core.domain import Status
from newsdesk.services.container import Services
from newsdesk.services.dto import StoryFilter, StoryInput
from newsdesk.services.errors import ValidationError
from newsdesk.services.saved_searches import SavedSearch, SavedSearchService
from newsdesk.services.stories import StoryService
from newsdesk.storage import listing


def make(services: Services, headline: str, **kw: object) -> int:
    data = replace(StoryInput(headline=headline, body="نص الخبر هنا."), **kw)  # type: ignore[arg-type]
    return services.stories.create(data).id


@pytest.fixture
def sections(services: Services) -> tuple[str, str]:
    return (
        services.taxonomy.create_section("اقتصاد", "economy").slug,
        services.taxonomy.create_section("رياضة", "sport").slug,
    )


def test_ids_restriction_keeps_the_sort_and_the_other_filters(services: Services, clock) -> None:
    ids = []
    for i, headline in enumerate(["ج خبر", "أ خبر", "ب خبر", "د خبر"]):
        clock.advance(minutes=1)
        ids.append(make(services, headline, priority=1 + i % 5))
    chosen = (ids[0], ids[1], ids[2])
    by_headline = services.stories.ids(StoryFilter(ids=chosen), sort="headline", descending=False)
    assert by_headline == [ids[1], ids[2], ids[0]]
    assert services.stories.ids(StoryFilter(ids=())) == []
    services.stories.trash([ids[1]])
    assert services.stories.ids(StoryFilter(ids=chosen), sort="headline", descending=False) == [
        ids[2],
        ids[0],
    ]


def test_a_large_id_set_travels_as_one_parameter(services: Services) -> None:
    first = make(services, "خبر أول")
    second = make(services, "خبر ثان")
    many = (first, *range(10**6, 10**6 + listing.INLINE_IDS * 3), second)
    assert sorted(services.stories.ids(StoryFilter(ids=many))) == [first, second]
    assert services.stories.page(StoryFilter(ids=many)).total == 2


def test_my_stories_are_bylined_or_revised_by_me(services: Services, database) -> None:  # type: ignore[no-untyped-def]
    mine_by_revision = make(services, "خبر كتبته")  # services.user is "tester"
    other = StoryService(database, user="someone-else")
    bylined = other.create(StoryInput(headline="خبر باسمي", authors=("tester",))).id
    theirs = other.create(StoryInput(headline="خبر زميل", authors=("ليلى حداد",))).id
    assert set(services.stories.ids(StoryFilter(user="tester"))) == {mine_by_revision, bylined}
    # Moving a colleague's story along makes it one of mine too.
    services.stories.change_status(theirs, Status.SUBMITTED)
    assert theirs in services.stories.ids(StoryFilter(user="tester"))


def test_change_stamp_moves_on_every_kind_of_write(services: Services, clock) -> None:
    empty = services.stories.change_stamp()
    assert empty.count == 0 and empty.latest is None
    story_id = make(services, "خبر")
    created = services.stories.change_stamp()
    assert created.count == 1 and created.last_id == story_id
    assert created.latest == clock.now
    clock.advance(seconds=5)
    services.stories.trash([story_id])
    trashed = services.stories.change_stamp()
    assert trashed != created and trashed.latest == clock.now
    assert services.stories.changed_since(trashed.latest) == [story_id]
    clock.advance(seconds=5)
    assert services.stories.changed_since(clock.now) == []


def test_add_and_remove_tags_in_bulk(services: Services, clock) -> None:
    a = make(services, "خبر أ", tags=("الاقتصاد",))
    b = make(services, "خبر ب", tags=("النفط", "الأسعار"))
    clock.advance(minutes=1)
    report = services.stories.add_tags_many([a, b, 999_999], ["الأسعار", "الطاقة"])
    assert report.changed == (a, b)
    assert report.refused == ((999_999, "no such story"),)
    assert [t.name for t in services.stories.get(a).tags] == ["الاقتصاد", "الأسعار", "الطاقة"]
    # Main tag kept first; a tag the story had is not doubled.
    assert [t.name for t in services.stories.get(b).tags] == ["النفط", "الأسعار", "الطاقة"]
    story = services.stories.get(a)
    assert story.updated_at == clock.now and story.version == 2
    assert services.stories.revisions(a)[0].reason == "tags added: الأسعار, الطاقة"
    # Removing matches the normalised spelling (bare alef, no hamza).
    report = services.stories.remove_tags_many([a, b], ["الاسعار"])
    assert report.changed == (a, b)
    assert [t.name for t in services.stories.get(b).tags] == ["النفط", "الطاقة"]
    # Nothing to do is not a change: no new version.
    again = services.stories.remove_tags_many([a], ["الاسعار"])
    assert again.changed == () and services.stories.get(a).version == 3
    tags = services.stories.tags_of([a, b])
    assert tags[0].name == "الطاقة"  # on both
    with pytest.raises(ValidationError):
        services.stories.add_tags_many([a], ["  "])


def test_move_to_section_in_bulk(services: Services, sections: tuple[str, str]) -> None:
    economy, sport = sections
    a = make(services, "خبر أ", section=economy)
    b = make(services, "خبر ب")
    report = services.stories.move_to_section_many([a, b], "رياضة")
    assert report.changed == (a, b)
    assert services.stories.get(a).section.slug == sport  # type: ignore[union-attr]
    assert services.stories.revisions(b)[0].snapshot["section"] == sport
    assert services.stories.move_to_section_many([a], sport).changed == ()
    assert services.stories.move_to_section_many([a], None).changed == (a,)
    assert services.stories.get(a).section is None
    with pytest.raises(ValidationError, match="no section"):
        services.stories.move_to_section_many([a], "لا يوجد")
    assert services.stories.get(b).section.slug == sport  # type: ignore[union-attr]


def test_saved_searches_round_trip_replace_and_delete(services: Services) -> None:
    saved = SavedSearchService(services.settings, "tester")
    when = datetime(2026, 1, 1, tzinfo=UTC)
    story_filter = StoryFilter(
        statuses=(Status.READY, Status.EDITING),
        section="economy",
        tag="النفط",
        date_from=when,
        user="tester",
        ids=(1, 2, 3),
    )
    saved.save(SavedSearch("  أخبار   النفط ", story_filter, " أسعار ", "headline", False))
    [got] = saved.all()
    assert got.name == "أخبار النفط" and got.query == "أسعار"
    assert got.story_filter == replace(story_filter, ids=None)
    assert (got.sort, got.descending) == ("headline", False)
    # "My stories" follows whoever opens the search.
    assert SavedSearchService(services.settings, "other").all() == []
    saved.save(SavedSearch("أخبار النفط", StoryFilter(trash=True)))
    assert [s.story_filter for s in saved.all()] == [StoryFilter(trash=True)]
    saved.save(SavedSearch("ثانية"))
    assert [s.name for s in saved.all()] == ["أخبار النفط", "ثانية"]
    assert saved.delete("أخبار النفط") and not saved.delete("أخبار النفط")
    assert [s.name for s in saved.all()] == ["ثانية"]
    with pytest.raises(ValidationError):
        saved.save(SavedSearch("   "))
    with pytest.raises(ValidationError):
        saved.save(SavedSearch("x", sort="nonsense"))


def test_a_damaged_saved_search_hides_only_itself(services: Services) -> None:
    services.settings.set(
        "saved_searches:tester",
        [
            {"name": "سليمة", "filter": {"statuses": ["draft"]}},
            {"filter": {}},
            "junk",
            {"name": "تالفة", "filter": {"statuses": ["nonsense"]}},
        ],
    )
    saved = SavedSearchService(services.settings, "tester")
    assert [s.name for s in saved.all()] == ["سليمة"]


def test_the_tag_filter_takes_any_spelling_of_the_tag(services: Services) -> None:
    """A tag is one tag whatever its spelling (ة/ه, hamza, tashkeel): so is the filter on it."""
    a = make(services, "خبر أ", tags=("الصحة العامة",))
    b = make(services, "خبر ب", tags=("أسعار النفط",))
    make(services, "خبر ج", tags=("الاقتصاد",))

    def listed(tag: str) -> list[int]:
        return [item.id for item in services.stories.page(StoryFilter(tag=tag)).items]

    assert listed("الصحة العامة") == [a]
    assert listed("الصحه العامه") == [a]
    assert listed("اسعار  النفطِ") == [b]
    hits = services.search.search("خبر", StoryFilter(tag="الصحه العامه"))
    assert [hit.id for hit in hits.hits] == [a]
