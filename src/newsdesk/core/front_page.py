"""How the active front-page layout becomes stories, in one place: the site export builds its
front page with it, and the You Missed block (export and preview) leaves out the lead it gives.

A layout is a list of slots ``(zone, position, pinned story or None, fill rule)``. Zones are
filled lead first, then top, then the others by name; within a zone by position. A slot shows
its pinned story while that story is public and not shown already; otherwise its fill rule
decides: ``latest`` takes the newest public story not shown yet, ``section:<slug or name>`` the
newest of that section. With no layout, the newest story leads and the next three are the top
stories.

The stories are reached through two callables, so the export answers from the stories it has
in memory and the preview with a query or two, by the same rule.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from typing import Any, Final

LEAD_ZONE: Final = "lead"
TOP_ZONE: Final = "top"
_ZONE_ORDER: Final = {LEAD_ZONE: 0, TOP_ZONE: 1}
#: Top stories under the lead when there is no layout.
DEFAULT_TOP: Final = 3

#: Is this story public now?
IsPublic = Callable[[int], bool]
#: The newest public story not in the set: of any section (None) or of the section named by
#: slug or name.
NewestIn = Callable[[str | None, AbstractSet[int]], int | None]


def _slot_order(slot: Sequence[Any]) -> tuple[int, str, int]:
    return (_ZONE_ORDER.get(slot[0], 2), slot[0], slot[1])


def _fill(rule: str, newest_in: NewestIn, used: AbstractSet[int]) -> int | None:
    kind, _, value = rule.partition(":")
    if kind == "latest":
        return newest_in(None, used)
    if kind == "section" and value:
        return newest_in(value, used)
    return None


def resolve(
    slots: Sequence[Sequence[Any]],
    is_public: IsPublic,
    newest_in: NewestIn,
    *,
    lead_only: bool = False,
) -> list[tuple[str, tuple[int, ...]]]:
    """The zones of the front page, in order, each with its stories (``lead_only``: stop once
    the lead is known, for a caller that needs nothing else)."""
    used: set[int] = set()
    if not slots:
        zones: list[tuple[str, tuple[int, ...]]] = []
        lead = newest_in(None, used)
        if lead is None:
            return zones
        zones.append((LEAD_ZONE, (lead,)))
        used.add(lead)
        if lead_only:
            return zones
        top: list[int] = []
        while len(top) < DEFAULT_TOP and (found := newest_in(None, used)) is not None:
            top.append(found)
            used.add(found)
        if top:
            zones.append((TOP_ZONE, tuple(top)))
        return zones
    by_zone: dict[str, list[int]] = {}
    for zone, _position, story_id, rule in sorted(slots, key=_slot_order):
        if lead_only and (zone != LEAD_ZONE or by_zone.get(zone)):
            break
        chosen = by_zone.setdefault(zone, [])
        pick: int | None = None
        if story_id is not None and story_id not in used and is_public(story_id):
            pick = story_id
        elif rule:
            pick = _fill(rule, newest_in, used)
        if pick is not None:
            used.add(pick)
            chosen.append(pick)
    return [(zone, tuple(ids)) for zone, ids in by_zone.items()]


def lead_of(zones: Sequence[tuple[str, Sequence[int]]]) -> int | None:
    """The first story of the lead zone, if it has one."""
    for zone, ids in zones:
        if zone == LEAD_ZONE and ids:
            return ids[0]
    return None
