"""The You Missed rule, in one place: the article page's block and the editor's preview agree.

The block shows the latest ``count`` public stories, newest first, leaving out the story on the
page, the stories it links as related and (a setting) the front page's lead story.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable


def you_missed(
    newest_first: Iterable[int], exclude: Collection[int], count: int
) -> tuple[int, ...]:
    """The first ``count`` of ``newest_first`` (public story ids) that are not in ``exclude``.

    ``newest_first`` may be a prefix of all public stories as long as it holds at least
    ``count + len(exclude)`` of them (or all there are): only that many can ever be needed.
    """
    if count <= 0:
        return ()
    chosen: list[int] = []
    for story_id in newest_first:
        if story_id not in exclude:
            chosen.append(story_id)
            if len(chosen) == count:
                break
    return tuple(chosen)
