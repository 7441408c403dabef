"""The demo newsroom: enough stories of every kind, and idempotent."""

from __future__ import annotations

from newsdesk.core.domain import Status
from newsdesk.services.container import Services
from newsdesk.services.demo import fill_demo
from newsdesk.services.dto import StoryFilter


def test_demo_fills_and_running_it_twice_adds_nothing(services: Services, clock) -> None:
    report = fill_demo(services.database, clock=clock)
    assert report.stories_added >= 40
    assert report.front_page_added
    total = services.stories.page().total
    counts = services.stories.status_counts()
    assert counts[Status.PUBLISHED] + counts[Status.CORRECTED] >= 30
    for status in Status:
        assert counts[status] >= 1, f"no demo story is {status.value}"
    assert len(services.taxonomy.sections()) >= 5
    assert len(services.taxonomy.authors()) >= 5
    assert len(services.taxonomy.tags()) >= 10

    again = fill_demo(services.database, clock=clock)
    assert again.stories_added == 0 and not again.front_page_added
    assert services.stories.page().total == total
    assert len(services.taxonomy.sections()) == len({s.slug for s in services.taxonomy.sections()})

    published = services.stories.page(StoryFilter(statuses=(Status.PUBLISHED,))).items
    linked = [services.stories.get(s.id) for s in published[:10]]
    assert any(story.related for story in linked)
    mixed = [s for s in published if any("a" <= ch.lower() <= "z" for ch in s.headline)]
    bodies = [services.stories.get(s.id).body for s in published]
    assert any(any("a" <= ch.lower() <= "z" for ch in b) for b in bodies) or mixed
