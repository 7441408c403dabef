"""Two desks on one story: conflicts are caught, shown and resolved; revisions restore."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

from newsdesk.core.domain import RevisionKind, Status
from newsdesk.core.merge import CONFLICT_MINE
from newsdesk.services.container import Services
from newsdesk.services.dto import StoryInput
from newsdesk.services.errors import ConflictError, NotFoundError
from newsdesk.storage.db import open_database

P1 = "قال وزير المالية إن الحكومة ستخفض الضرائب."
P2 = "وأضاف أن القرار يبدأ العام المقبل."
P3 = "ورحبت غرفة التجارة بالخطوة."
BODY = "\n\n".join([P1, P2, P3])


@pytest.fixture
def two_desks(db_url: str, clock) -> Iterator[tuple[Services, Services]]:
    """Two windows or two machines: separate engines (separate connections) on one database."""
    first = Services.create(open_database(db_url), user="desk-a", clock=clock)
    second = Services.create(open_database(db_url, migrate=False), user="desk-b", clock=clock)
    yield first, second
    first.close()
    second.close()


def _setup(desk: Services) -> int:
    return desk.stories.create(
        StoryInput(headline="الحكومة تخفض الضرائب", body=BODY, tags=("الضرائب",))
    ).id


def test_second_save_sees_the_conflict_and_nothing_is_overwritten(
    two_desks: tuple[Services, Services],
) -> None:
    a, b = two_desks
    story_id = _setup(a)
    loaded_a, loaded_b = a.stories.get(story_id), b.stories.get(story_id)
    a.stories.save(
        story_id, replace(loaded_a.to_input(), body=BODY + "\n\nإضافة أ"), expected_version=1
    )
    mine = replace(loaded_b.to_input(), body=BODY.replace(P2, "وأضاف أن القرار يبدأ فورا."))
    with pytest.raises(ConflictError) as caught:
        b.stories.save(story_id, mine, expected_version=loaded_b.version)
    assert caught.value.current_version == 2
    assert b.stories.get(story_id).body == BODY + "\n\nإضافة أ"


def test_three_way_merge_keeps_both_desks_changes(two_desks: tuple[Services, Services]) -> None:
    a, b = two_desks
    story_id = _setup(a)
    base = b.stories.get(story_id)
    theirs_body = BODY.replace(P3, "ورحبت غرفة التجارة بالخطوة ووصفتها بالمهمة.")
    a.stories.save(
        story_id, replace(base.to_input(), body=theirs_body, dek="موجز أ"), expected_version=1
    )
    mine = replace(
        base.to_input(), body=BODY.replace(P1, "قال وزير المالية اليوم إن الحكومة ستخفض الضرائب.")
    )
    case = b.conflicts.open_case(story_id, mine, base_version=base.version)
    assert case.base is not None and case.base.body == BODY
    assert case.merge_conflicts == 0
    assert case.merged.body == "\n\n".join(
        [
            "قال وزير المالية اليوم إن الحكومة ستخفض الضرائب.",
            P2,
            "ورحبت غرفة التجارة بالخطوة ووصفتها بالمهمة.",
        ]
    )
    assert case.merged.dek == "موجز أ"  # only they changed it
    saved = b.conflicts.save_merged(case, case.merged)
    assert saved.version == 3 and saved.body == case.merged.body


def test_both_changing_one_paragraph_is_marked_not_chosen(
    two_desks: tuple[Services, Services],
) -> None:
    a, b = two_desks
    story_id = _setup(a)
    base = b.stories.get(story_id)
    a.stories.save(
        story_id, replace(base.to_input(), body=BODY.replace(P2, "نص أ.")), expected_version=1
    )
    case = b.conflicts.open_case(
        story_id, replace(base.to_input(), body=BODY.replace(P2, "نص ب.")), base_version=1
    )
    assert case.merge_conflicts == 1
    assert (
        CONFLICT_MINE in case.merged.body
        and "نص أ." in case.merged.body
        and "نص ب." in case.merged.body
    )


def test_keep_mine_keep_theirs_and_copy(two_desks: tuple[Services, Services]) -> None:
    a, b = two_desks
    story_id = _setup(a)
    base = b.stories.get(story_id)
    a.stories.save(story_id, replace(base.to_input(), body="نص أ"), expected_version=1)
    mine = replace(base.to_input(), body="نص ب")
    case = b.conflicts.open_case(story_id, mine, base_version=1)
    assert b.conflicts.keep_theirs(case).body == "نص أ"
    copy = b.conflicts.save_copy(case)
    assert copy.id != story_id and copy.body == "نص ب" and copy.headline.endswith("(نسخة)")
    assert copy.status is Status.DRAFT and [t.name for t in copy.tags] == ["الضرائب"]
    kept = b.conflicts.keep_mine(case)
    assert kept.body == "نص ب" and kept.version == 3
    # Their text is still in the history.
    assert any(r.snapshot["body"] == "نص أ" for r in b.stories.revisions(story_id))


def test_a_third_save_while_the_dialog_is_open_is_caught_again(
    two_desks: tuple[Services, Services],
) -> None:
    a, b = two_desks
    story_id = _setup(a)
    a.stories.save(
        story_id, replace(a.stories.get(story_id).to_input(), body="أ1"), expected_version=1
    )
    case = b.conflicts.open_case(story_id, StoryInput(headline="ب", body="ب"), base_version=1)
    a.stories.save(
        story_id, replace(a.stories.get(story_id).to_input(), body="أ2"), expected_version=2
    )
    with pytest.raises(ConflictError):
        b.conflicts.keep_mine(case)
    assert a.stories.get(story_id).body == "أ2"


def test_without_a_base_revision_merge_adds_my_new_paragraphs(services: Services) -> None:
    story_id = _setup(services)
    services.stories.save(
        story_id,
        replace(services.stories.get(story_id).to_input(), body=BODY + "\n\nجديدهم"),
        expected_version=1,
    )
    case = services.conflicts.open_case(
        story_id, StoryInput(headline="x", body=P1 + "\n\nجديدي\n\n" + P2), base_version=99
    )
    assert case.base is None
    assert case.merged.body == "\n\n".join([P1, "جديدي", P2, P3, "جديدهم"])


def test_restore_revision_is_a_new_revision(services: Services, clock) -> None:
    story_id = _setup(services)
    first = services.stories.revisions(story_id)[0]
    clock.advance(minutes=1)
    services.stories.save(
        story_id,
        replace(services.stories.get(story_id).to_input(), body="نص جديد", headline="عنوان جديد"),
        expected_version=1,
    )
    clock.advance(minutes=1)
    restored = services.stories.restore_revision(story_id, first.id, expected_version=2)
    assert restored.body == BODY and restored.headline == "الحكومة تخفض الضرائب"
    assert restored.version == 3
    history = services.stories.revisions(story_id)
    assert [r.kind for r in history] == [RevisionKind.RESTORE.value, "manual", "manual"]
    assert f"revision {first.id}" in history[0].reason
    with pytest.raises(ConflictError):
        services.stories.restore_revision(story_id, first.id, expected_version=2)
    with pytest.raises(NotFoundError):
        services.stories.restore_revision(story_id, 12345, expected_version=3)
    assert services.stories.revision_at_version(story_id, 2) is not None
    assert services.stories.revision_at_version(story_id, 42) is None


def test_keep_mine_on_a_story_published_meanwhile_keeps_its_slug(services: Services) -> None:
    story_id = _setup(services)
    base = services.stories.get(story_id)
    for status in (Status.SUBMITTED, Status.EDITING, Status.READY, Status.PUBLISHED):
        services.stories.change_status(story_id, status)
    mine = replace(base.to_input(), body="نصي", slug="رابط-جديد")
    case = services.conflicts.open_case(story_id, mine, base_version=base.version)
    kept = services.conflicts.keep_mine(case)
    assert kept.body == "نصي" and kept.slug == base.slug
