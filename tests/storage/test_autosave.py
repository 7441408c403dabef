"""Autosave and crash recovery on both databases."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from newsdesk.core.domain import RevisionKind
from newsdesk.services.container import Services
from newsdesk.services.dto import StoryInput
from newsdesk.services.errors import NotFoundError

BODY = "قال وزير المالية إن الحكومة ستخفض الضرائب.\n\nوأضاف أن شركة OpenGrid ستبدأ العمل."


def _story(services: Services) -> int:
    return services.stories.create(
        StoryInput(headline="الحكومة تخفض الضرائب", body=BODY, authors=("سارة حداد",))
    ).id


def test_autosave_keeps_one_row_and_never_touches_the_article(services: Services, clock) -> None:
    story_id = _story(services)
    before = services.stories.get(story_id)
    for n in range(5):
        clock.advance(seconds=3)
        services.autosave.write(
            story_id,
            replace(before.to_input(), body=BODY + f"\n\nفقرة جديدة رقم {n}"),
            base_version=before.version,
        )
    after = services.stories.get(story_id)
    assert after == before  # same version, same updated_at, same body
    kinds = [r.kind for r in services.stories.revisions(story_id)]
    assert kinds.count(RevisionKind.AUTOSAVE.value) == 1
    latest = services.autosave.latest(story_id)
    assert latest is not None and latest.saved_at == clock.now
    assert services.autosave.restore(story_id).body.endswith("فقرة جديدة رقم 4")


def test_recoverable_lists_unsaved_work_with_both_versions(services: Services, clock) -> None:
    story_id = _story(services)
    other_id = _story(services)
    stored = services.stories.get(story_id)
    clock.advance(seconds=5)
    mine = replace(stored.to_input(), body=BODY + "\n\nالفقرة التي كادت تضيع", dek="موجز")
    services.autosave.write(story_id, mine, base_version=stored.version)
    # An autosave identical to the stored text is nothing to recover.
    services.autosave.write(other_id, services.stories.get(other_id).to_input(), base_version=1)
    found = services.autosave.recoverable()
    assert [r.story_id for r in found] == [story_id]
    item = found[0]
    assert item.autosaved == mine
    assert item.stored.body == BODY
    assert item.autosaved_at == clock.now
    assert not item.conflicting


def test_a_manual_save_after_the_autosave_spends_it(services: Services, clock) -> None:
    story_id = _story(services)
    clock.advance(seconds=2)
    data = replace(services.stories.get(story_id).to_input(), body=BODY + "\n\nزيادة")
    services.autosave.write(story_id, data, base_version=1)
    clock.advance(seconds=2)
    services.stories.save(story_id, data, expected_version=1)
    assert services.autosave.recoverable() == []


def test_an_autosave_captured_before_a_save_but_written_after_is_not_offered(
    services: Services, clock
) -> None:
    story_id = _story(services)
    captured = clock.advance(seconds=1)
    data = replace(services.stories.get(story_id).to_input(), body="نسخة قديمة")
    clock.advance(seconds=1)
    services.stories.save(story_id, replace(data, body="النسخة المحفوظة"), expected_version=1)
    clock.advance(seconds=1)
    services.autosave.write(story_id, data, base_version=1, captured_at=captured)
    assert services.autosave.recoverable() == []


def test_a_colleagues_later_save_does_not_hide_my_unsaved_words(
    services: Services, database, clock
) -> None:
    story_id = _story(services)
    colleague = Services.create(database, user="colleague", clock=clock)
    clock.advance(seconds=1)
    mine = replace(services.stories.get(story_id).to_input(), body=BODY + "\n\nكلماتي")
    services.autosave.write(story_id, mine, base_version=1)
    clock.advance(seconds=1)
    colleague.stories.save(story_id, replace(mine, body="نص الزميل"), expected_version=1)
    found = services.autosave.recoverable()
    assert [r.story_id for r in found] == [story_id]
    assert found[0].conflicting and found[0].stored.body == "نص الزميل"
    assert colleague.autosave.recoverable() == []  # autosaves are per user


def test_recover_saves_through_a_normal_save_and_discard_forgets(services: Services, clock) -> None:
    story_id = _story(services)
    clock.advance(seconds=1)
    mine = replace(services.stories.get(story_id).to_input(), body=BODY + "\n\nمستعاد")
    services.autosave.write(story_id, mine, base_version=1)
    clock.advance(seconds=1)
    saved = services.autosave.recover(story_id)
    assert saved.body == mine.body and saved.version == 2
    assert services.stories.revisions(story_id)[0].kind == RevisionKind.RESTORE.value
    assert services.autosave.latest(story_id) is None
    assert services.autosave.recoverable() == []
    assert services.autosave.discard(story_id) is False
    with pytest.raises(NotFoundError):
        services.autosave.restore(story_id)


def test_unfinished_story_without_headline_is_still_autosaved(services: Services) -> None:
    story_id = _story(services)
    services.autosave.write(
        story_id,
        StoryInput(
            headline="", body="نص بلا عنوان", embargo_until=datetime(2027, 1, 1, tzinfo=UTC)
        ),
        base_version=1,
    )
    restored = services.autosave.restore(story_id)
    assert restored.headline == "" and restored.body == "نص بلا عنوان"
    assert restored.embargo_until == datetime(2027, 1, 1, tzinfo=UTC)


def test_autosave_of_a_missing_story_is_refused(services: Services) -> None:
    with pytest.raises(NotFoundError):
        services.autosave.write(999, StoryInput(headline="x"), base_version=1)


def test_recovering_a_story_published_meanwhile_keeps_its_slug(services: Services, clock) -> None:
    from newsdesk.core.domain import Status

    story_id = _story(services)
    clock.advance(seconds=1)
    mine = replace(services.stories.get(story_id).to_input(), body="نص", slug="عنوان-آخر")
    services.autosave.write(story_id, mine, base_version=1)
    clock.advance(seconds=1)
    for status in (Status.SUBMITTED, Status.EDITING, Status.READY, Status.PUBLISHED):
        services.stories.change_status(story_id, status)
    published = services.stories.get(story_id)
    saved = services.autosave.recover(story_id)
    assert saved.body == "نص" and saved.slug == published.slug
