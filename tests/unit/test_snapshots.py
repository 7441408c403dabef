"""Revision snapshots ⇄ StoryInput: autosaves round-trip, old snapshots borrow what they lack."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from newsdesk.services.dto import StoryInput
from newsdesk.services.snapshots import input_to_snapshot, snapshot_to_input

inputs = st.builds(
    StoryInput,
    headline=st.text(),
    body=st.text(),
    dek=st.text(),
    section=st.one_of(st.none(), st.text(min_size=1)),
    authors=st.lists(st.text(), max_size=3).map(tuple),
    tags=st.lists(st.text(), max_size=3).map(tuple),
    priority=st.integers(1, 5),
    embargo_until=st.one_of(
        st.none(), st.datetimes(timezones=st.just(UTC)).filter(lambda d: d.year > 1)
    ),
)


@given(inputs)
def test_autosave_snapshot_round_trips(data: StoryInput) -> None:
    assert snapshot_to_input(input_to_snapshot(data)) == data


def test_an_old_manual_snapshot_keeps_current_values_it_did_not_record() -> None:
    current = StoryInput(
        headline="الآن",
        body="نص",
        source_url="https://example.org/a",
        publish_at=datetime(2027, 1, 1, tzinfo=UTC),
    )
    old = {"headline": "قديم", "body": "نص قديم", "section": None, "authors": ["ليلى"], "tags": []}
    restored = snapshot_to_input(old, current)
    assert restored.headline == "قديم" and restored.authors == ("ليلى",)
    assert restored.section is None
    assert restored.source_url == "https://example.org/a"
    assert restored.publish_at == current.publish_at
