"""The You Missed rule (core.you_missed), shared by the related-stories preview and the export."""

from __future__ import annotations

from newsdesk.core.you_missed import you_missed


def test_newest_first_without_the_excluded() -> None:
    newest = [9, 8, 7, 6, 5, 4, 3]
    assert you_missed(newest, {8, 6}, 3) == (9, 7, 5)
    assert you_missed(newest, set(), 2) == (9, 8)


def test_fewer_stories_than_asked_and_nothing_asked() -> None:
    assert you_missed([3, 2, 1], {2}, 6) == (3, 1)
    assert you_missed([3, 2, 1], set(), 0) == ()
    assert you_missed([], {1}, 4) == ()


def test_a_prefix_long_enough_gives_the_same_block() -> None:
    newest = list(range(100, 0, -1))
    exclude = {100, 97, 95}
    assert you_missed(newest[: 6 + len(exclude)], exclude, 6) == you_missed(newest, exclude, 6)


def test_stops_walking_once_the_block_is_full() -> None:
    def stories():  # type: ignore[no-untyped-def]
        yield from (5, 4, 3)
        raise AssertionError("walked past the block")

    assert you_missed(stories(), {4}, 2) == (5, 3)
