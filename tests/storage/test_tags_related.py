"""Tag manager, related stories and the You Missed rule, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest

from newsdesk.core.domain import RelatedOrigin, Status
from newsdesk.services.container import Services
from newsdesk.services.dto import StoryInput
from newsdesk.services.errors import ConflictError, NotFoundError, ValidationError
from newsdesk.storage.models import FrontPageRecord, FrontPageSlotRecord

OIL = "ارتفعت أسعار النفط في الأسواق العالمية بعد قرار منظمة أوبك خفض الإنتاج، وتوقع محللون استمرار ارتفاع الأسعار."
OIL2 = "قالت منظمة أوبك إن خفض إنتاج النفط سيستمر، وارتفعت الأسعار في الأسواق مرة أخرى."
FOOT = "فاز الترجي على النادي الصفاقسي في مباراة كرة القدم أمس، وسجل المهاجم هدفين في الشوط الثاني."


def _story(services: Services, headline: str, body: str = "", **kw: object) -> int:
    status = kw.pop("status", Status.DRAFT)
    return services.stories.create(
        StoryInput(headline=headline, body=body, **kw),  # type: ignore[arg-type]
        status=status,  # type: ignore[arg-type]
    ).id


# -- tags ---------------------------------------------------------------------------------------


def test_list_counts_main_uses_and_last_use(services: Services, clock) -> None:  # type: ignore[no-untyped-def]
    _story(services, "أ", tags=("روسيا", "النفط"))
    clock.advance(days=2)
    _story(services, "ب", tags=("النفط",), status=Status.PUBLISHED)
    tags = {t.name: t for t in services.tags.all()}
    assert tags["النفط"].stories == 2 and tags["النفط"].main_stories == 1
    assert tags["النفط"].public_stories == 1
    assert tags["النفط"].last_used == clock.now
    assert tags["روسيا"].stories == 1 and tags["روسيا"].main_stories == 1
    assert services.tags.all()[0].name == "النفط"  # most used first


def test_create_refuses_a_spelling_of_an_existing_tag(services: Services) -> None:
    services.tags.create("الطاقة", description="مصادر الطاقة", hidden=True)
    with pytest.raises(ValidationError, match="exists"):
        services.tags.create("الطاقه")
    tag = services.tags.get("الطاقة")
    assert tag.hidden and tag.description == "مصادر الطاقة"
    assert services.tags.update(tag.id, hidden=False, description="").hidden is False


def test_rename_keeps_a_published_slug_unless_asked(services: Services) -> None:
    _story(services, "خبر", tags=("روسيا",), status=Status.PUBLISHED)
    _story(services, "مسودة", tags=("اوكرانيا",))
    published = services.tags.get("روسيا")
    renamed = services.tags.rename(published.id, "روسيا الاتحادية")
    assert renamed.name == "روسيا الاتحادية" and renamed.slug == published.slug
    changed = services.tags.rename(published.id, "الاتحاد الروسي", change_slug=True)
    assert changed.slug == "الاتحاد-الروسي"
    draft = services.tags.rename("اوكرانيا", "أوكرانيا الغربية")
    assert draft.slug == "أوكرانيا-الغربية"
    with pytest.raises(ValidationError, match="merge"):
        services.tags.rename(draft.id, "الاتحاد الروسى")


def test_merge_keeps_one_copy_at_the_first_position(services: Services) -> None:
    a = _story(services, "أ", tags=("سياسة", "وروسيا", "النفط", "روسيا"))
    b = _story(services, "ب", tags=("روسيا الاتحادية", "الغاز"))
    c = _story(services, "ج", tags=("الغاز",))
    before = services.stories.get(a).version
    merged = services.tags.merge("روسيا", ["وروسيا", "روسيا الاتحادية"])
    assert merged.stories == 2
    assert [t.name for t in services.stories.get(a).tags] == ["سياسة", "روسيا", "النفط"]
    assert [t.name for t in services.stories.get(b).tags] == ["روسيا", "الغاز"]
    assert [t.name for t in services.stories.get(c).tags] == ["الغاز"]
    assert {t.name for t in services.tags.all()} == {"سياسة", "روسيا", "النفط", "الغاز"}
    # An editor's copy from before the merge cannot bring the old tag back.
    with pytest.raises(ConflictError):
        services.stories.save(
            a, StoryInput(headline="أ", tags=("وروسيا",)), expected_version=before
        )
    with pytest.raises(ValidationError):
        services.tags.merge("روسيا", ["روسيا"])
    with pytest.raises(NotFoundError):
        services.tags.merge("روسيا", ["لا يوجد"])


def test_delete_returns_the_stories_it_leaves(services: Services) -> None:
    a = _story(services, "أ", tags=("روسيا", "النفط"))
    _story(services, "ب", tags=("روسيا",))
    assert services.tags.delete("روسيا") == 2
    assert [t.name for t in services.stories.get(a).tags] == ["النفط"]
    assert services.tags.delete("النفط") == 1


def test_duplicates_group_clitic_spellings_in_the_database(services: Services) -> None:
    _story(services, "أ", tags=("روسيا",))
    _story(services, "ب", tags=("روسيا",))
    _story(services, "ج", tags=("وروسيا", "تونس"))
    groups = services.tags.duplicates()
    assert len(groups) == 1
    assert groups[0].target.name == "روسيا"
    assert [t.name for t in groups[0].sources] == ["وروسيا"]


# -- related ------------------------------------------------------------------------------------


def test_suggestions_rank_the_same_subject_and_explain(services: Services, clock) -> None:  # type: ignore[no-untyped-def]
    services.taxonomy.create_section("اقتصاد", "economy")
    oil = _story(services, "أسعار النفط ترتفع", OIL, section="economy", tags=("النفط", "أوبك"))
    clock.advance(days=2)
    oil2 = _story(
        services, "أوبك تواصل خفض إنتاج النفط", OIL2, section="economy", tags=("النفط", "أوبك")
    )
    foot = _story(services, "الترجي يفوز على الصفاقسي", FOOT)
    suggestions = services.related.suggestions(oil, limit=5)
    assert suggestions[0].story.id == oil2
    top = suggestions[0].parts
    assert top.shared_tags == 2 and top.same_section and top.days_apart == 2
    assert top.shared_terms >= 4
    assert top.total == pytest.approx(top.text + top.tags + top.section + top.recency)
    assert suggestions[0].explanation.startswith("2 shared tags, ")
    assert oil not in [s.story.id for s in suggestions]
    if foot in [s.story.id for s in suggestions]:
        assert [s.story.id for s in suggestions].index(foot) > 0


def test_suggestions_leave_out_killed_trashed_embargoed_pinned_and_private(
    services: Services, clock
) -> None:  # type: ignore[no-untyped-def]
    base = _story(services, "أسعار النفط ترتفع", OIL, status=Status.PUBLISHED)
    killed = _story(services, "النفط يرتفع", OIL2, status=Status.PUBLISHED)
    services.stories.change_status(killed, Status.KILLED)
    trashed = _story(services, "النفط ١", OIL2)
    services.stories.trash([trashed])
    embargoed = _story(
        services,
        "النفط ٢",
        OIL2,
        status=Status.PUBLISHED,
        embargo_until=clock.now + timedelta(days=1),
    )
    draft = _story(services, "النفط ٣", OIL2)
    public = _story(services, "النفط ٤", OIL2, status=Status.PUBLISHED)
    pinned = _story(services, "النفط ٥", OIL2, status=Status.PUBLISHED)
    services.related.pin(base, pinned)
    ids = [s.story.id for s in services.related.suggestions(base, limit=10)]
    assert ids == [public]
    # A draft may be related to drafts too, but never to itself.
    draft_ids = [s.story.id for s in services.related.suggestions(draft, limit=10)]
    assert draft not in draft_ids and base in draft_ids and killed not in draft_ids
    assert embargoed not in draft_ids
    clock.advance(days=2)
    assert embargoed in [s.story.id for s in services.related.suggestions(base, limit=10)]


def test_index_follows_saves_and_catches_up_on_old_stories(services: Services) -> None:
    a = _story(services, "أسعار النفط", OIL)
    b = _story(services, "مباراة كرة القدم", FOOT)
    # Oil and football share almost nothing before the save below.
    assert all(s.parts.shared_terms < 4 for s in services.related.suggestions(a))
    story = services.stories.get(b)
    services.stories.save(
        b,
        story.to_input().__class__(headline="النفط وأوبك", body=OIL2),
        expected_version=story.version,
    )
    assert services.related.suggestions(a)[0].parts.shared_terms >= 4
    # A rebuild from nothing gives the same answer.
    before = [(s.story.id, round(s.score, 6)) for s in services.related.suggestions(a)]
    steps = list(services.related.reindex())
    assert steps[-1].done == steps[-1].total == 2
    assert [(s.story.id, round(s.score, 6)) for s in services.related.suggestions(a)] == before


def test_pin_accept_reorder_unpin_both_ways(services: Services) -> None:
    a = _story(services, "أ")
    b = _story(services, "ب")
    c = _story(services, "ج")
    services.related.pin(a, b)
    services.related.accept(a, c, both_ways=True)
    pinned = services.related.pinned(a)
    assert [(p.story.id, p.origin) for p in pinned] == [(b, "pinned"), (c, "suggestion")]
    assert [p.story.id for p in services.related.pinned(c)] == [a]
    assert [p.story.id for p in services.related.reorder(a, [c, b])] == [c, b]
    with pytest.raises(ValidationError):
        services.related.reorder(a, [c])
    with pytest.raises(ValidationError):
        services.related.pin(a, a)
    services.related.unpin(a, c, both_ways=True)
    assert [p.story.id for p in services.related.pinned(a)] == [b]
    assert services.related.pinned(c) == []
    assert services.stories.get(a).related[0].origin == RelatedOrigin.PINNED.value


def test_find_matches_normalised_headline_words(services: Services) -> None:
    a = _story(services, "ارتفاع أسعار النفط في الأسواق")
    _story(services, "مباراة الترجي")
    assert [s.id for s in services.related.find("الاسعار النفط")] == [a]
    assert services.related.find("الاسعار", exclude=[a]) == []
    assert services.related.find("  ") == []


def test_pinned_public_only_hides_what_readers_cannot_see(services: Services) -> None:
    a = _story(services, "أ", status=Status.PUBLISHED)
    b = _story(services, "ب", status=Status.PUBLISHED)
    c = _story(services, "ج")
    services.related.pin(a, c)
    services.related.pin(a, b)
    assert [p.story.id for p in services.related.pinned(a, public_only=True)] == [b]
    assert [p.story.id for p in services.related.pinned(a)] == [c, b]


# -- You Missed ---------------------------------------------------------------------------------


def test_you_missed_rule(services: Services, clock) -> None:  # type: ignore[no-untyped-def]
    ids = []
    for i in range(10):
        clock.advance(hours=1)
        ids.append(_story(services, f"خبر {i}", "نص الخبر.", status=Status.PUBLISHED))
    draft = _story(services, "مسودة")
    page = ids[3]
    services.related.pin(page, ids[9])
    with services.database.write() as session:
        front = FrontPageRecord(name="الرئيسية", active=True, created_at=clock.now)
        front.slots.append(FrontPageSlotRecord(zone="lead", position=0, article_id=ids[8]))
        session.add(front)
    services.stories.trash([ids[7]])
    missed = services.related.you_missed(page)
    assert [s.id for s in missed] == [ids[6], ids[5], ids[4], ids[2], ids[1], ids[0]]
    assert draft not in [s.id for s in missed]
    assert missed[0].excerpt == "نص الخبر."
    services.settings.update_site(you_missed_count=2, you_missed_exclude_lead=False)
    assert [s.id for s in services.related.you_missed(page)] == [ids[8], ids[6]]
    assert [s.id for s in services.related.you_missed(None, n=1)] == [ids[9]]
    assert services.related.you_missed(page, n=0) == []
    with pytest.raises(NotFoundError):
        services.related.you_missed(99999)


def test_you_missed_leaves_out_the_lead_of_the_page_the_site_shows(  # type: ignore[no-untyped-def]
    services: Services, clock
) -> None:
    """Two active front pages: the lead excluded is the one the export puts on the site."""
    from newsdesk.storage import publishing_queries

    ids = []
    for i in range(4):
        clock.advance(hours=1)
        ids.append(_story(services, f"خبر {i}", "نص الخبر.", status=Status.PUBLISHED))
    with services.database.write() as session:
        for name, lead, changed in (("قديمة", ids[3], 1), ("جديدة", ids[2], 2)):
            front = FrontPageRecord(
                name=name,
                active=True,
                created_at=clock.now,
                updated_at=clock.now + timedelta(minutes=changed),
            )
            front.slots.append(FrontPageSlotRecord(zone="lead", position=0, article_id=lead))
            session.add(front)
    with services.database.read() as session:
        slots = publishing_queries.active_front_page_slots(session)
    assert [slot.article_id for slot in slots if slot.zone == "lead"] == [ids[2]]
    assert [s.id for s in services.related.you_missed(ids[0])] == [ids[3], ids[1]]


def test_catch_up_indexes_old_stories_once_per_service(services: Services) -> None:
    from newsdesk.services.related import RelatedService
    from newsdesk.storage import terms

    a = _story(services, "أسعار النفط", OIL)
    b = _story(services, "أوبك والنفط", OIL2)
    with services.database.write() as session:
        terms.clear(session)  # a newsroom saved before the term index existed
    fresh = RelatedService(services.database, services.stories, services.settings)
    assert [s.story.id for s in fresh.suggestions(a)] == [b]
    assert fresh.ensure_index() == 0
    # Later saves index themselves: no further catch-up is needed to find them.
    c = _story(services, "النفط مرة أخرى", OIL2)
    assert c in [s.story.id for s in fresh.suggestions(a)]


def test_tag_candidates_start_from_the_tagged_stories(services: Services) -> None:
    """SQLite must look the tagged stories up by key, not walk the stories by status."""
    from sqlalchemy import event

    if services.database.engine.dialect.name != "sqlite":
        pytest.skip("a SQLite query plan")
    for n in range(30):
        _story(services, f"خبر رقم {n}", FOOT, tags=("كرة القدم",) if n % 10 == 0 else ())
    story = _story(services, "الترجي", FOOT, tags=("كرة القدم",))
    seen: list[tuple[str, object]] = []

    def capture(_conn, _cursor, statement, parameters, _context, _many) -> None:  # type: ignore[no-untyped-def]
        if "article_tags.tag_id IN" in statement and "ORDER BY" in statement:
            seen.append((statement, parameters))

    event.listen(services.database.engine, "before_cursor_execute", capture)
    try:
        found = services.related.suggestions(story)
    finally:
        event.remove(services.database.engine, "before_cursor_execute", capture)
    assert {s.story.id for s in found} >= {1, 11, 21}
    assert len(seen) == 1
    statement, parameters = seen[0]
    with services.database.engine.connect() as connection:
        plan = " | ".join(
            str(row[3])
            for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)
        )
    assert "SEARCH articles USING INTEGER PRIMARY KEY" in plan, plan
    assert "trashed_at" not in plan and "status" not in plan, plan
