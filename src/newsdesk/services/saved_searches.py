"""Saved searches: a named list query (filters, search words, sort) a desk comes back to.

They live in the ``settings`` table as JSON under one key per user (``saved_searches:<user>``):
a desk's shortcuts are its own, they travel with the database (a laptop and the desk share
nothing else), and no table is needed for a handful of small records.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from newsdesk.core.domain import Status
from newsdesk.services.dto import SORT_KEYS, StoryFilter
from newsdesk.services.errors import ValidationError
from newsdesk.services.settings import SettingsService

MAX_NAME_CHARS = 100


@dataclass(frozen=True, slots=True)
class SavedSearch:
    """What the list showed: its filter, the words searched for, and its order.

    ``sort`` None means "best match first" (only meaningful with ``query``). A filter's
    ``ids`` are never saved (they are a search's result, not its question); ``mine`` saves
    "my stories" as such, so the search follows whoever opens it.
    """

    name: str
    story_filter: StoryFilter = field(default_factory=StoryFilter)
    query: str = ""
    sort: str | None = None
    descending: bool = True


def _time(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _parse_time(value: Any) -> datetime | None:
    if value in (None, ""):
        return None
    parsed = datetime.fromisoformat(str(value))
    if parsed.tzinfo is None:
        raise ValueError(f"{value!r} has no time zone")
    return parsed


def filter_to_json(f: StoryFilter) -> dict[str, Any]:
    return {
        "statuses": [s.value for s in f.statuses],
        "section": f.section,
        "tag": f.tag,
        "author": f.author,
        "date_from": _time(f.date_from),
        "date_to": _time(f.date_to),
        "trash": f.trash,
        "mine": bool(f.user),
    }


def filter_from_json(data: dict[str, Any], user: str) -> StoryFilter:
    return StoryFilter(
        statuses=tuple(Status(s) for s in data.get("statuses", ())),
        section=data.get("section") or None,
        tag=data.get("tag") or None,
        author=data.get("author") or None,
        date_from=_parse_time(data.get("date_from")),
        date_to=_parse_time(data.get("date_to")),
        trash=bool(data.get("trash", False)),
        user=(user or None) if data.get("mine") else None,
    )


class SavedSearchService:
    """The saved searches of one user, kept in the newsroom's settings."""

    def __init__(self, settings: SettingsService, user: str) -> None:
        self.settings = settings
        self.user = user
        self.key = f"saved_searches:{user}"

    def all(self) -> list[SavedSearch]:
        """Every saved search, in the order they were saved; damaged entries are left out."""
        out: list[SavedSearch] = []
        for entry in self._stored():
            try:
                out.append(self._from_json(entry))
            except (KeyError, TypeError, ValueError):
                continue  # one bad entry (edited by hand?) must not hide the others
        return out

    def save(self, search: SavedSearch) -> SavedSearch:
        """Store ``search``; one with the same name is replaced in place."""
        name = " ".join(search.name.split())
        if not name:
            raise ValidationError("a saved search needs a name", code="saved_search.no_name")
        if len(name) > MAX_NAME_CHARS:
            raise ValidationError(
                "the name is longer than {limit} characters",
                code="saved_search.name_too_long",
                limit=MAX_NAME_CHARS,
            )
        if search.sort is not None and search.sort not in SORT_KEYS:
            raise ValidationError(
                "cannot sort by {sort!r}", code="saved_search.bad_sort", sort=search.sort
            )
        clean = SavedSearch(
            name, search.story_filter, search.query.strip(), search.sort, search.descending
        )
        entries = self._stored()
        entry = self._to_json(clean)
        for i, existing in enumerate(entries):
            if isinstance(existing, dict) and existing.get("name") == name:
                entries[i] = entry
                break
        else:
            entries.append(entry)
        self.settings.set(self.key, entries)
        return clean

    def delete(self, name: str) -> bool:
        """Forget the search called ``name``; False when there was none."""
        entries = self._stored()
        kept = [e for e in entries if not (isinstance(e, dict) and e.get("name") == name)]
        if len(kept) == len(entries):
            return False
        self.settings.set(self.key, kept)
        return True

    def _stored(self) -> list[Any]:
        value = self.settings.get(self.key, [])
        return list(value) if isinstance(value, list) else []

    @staticmethod
    def _to_json(search: SavedSearch) -> dict[str, Any]:
        return {
            "name": search.name,
            "filter": filter_to_json(search.story_filter),
            "query": search.query,
            "sort": search.sort,
            "descending": search.descending,
        }

    def _from_json(self, entry: Any) -> SavedSearch:
        if not isinstance(entry, dict):
            raise TypeError("a saved search is a JSON object")
        sort = entry.get("sort")
        if sort is not None and sort not in SORT_KEYS:
            raise ValueError(f"unknown sort {sort!r}")
        return SavedSearch(
            name=str(entry["name"]),
            story_filter=filter_from_json(dict(entry.get("filter") or {}), self.user),
            query=str(entry.get("query") or ""),
            sort=sort,
            descending=bool(entry.get("descending", True)),
        )
