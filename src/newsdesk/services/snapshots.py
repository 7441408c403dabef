"""Revision snapshots ⇄ the editor's ``StoryInput``.

A revision keeps its snapshot as JSON. Manual revisions written by ``StoryService._revision``
hold the fields in ``SNAPSHOT_FIELDS`` plus section, authors and tags; autosaves hold every field
of ``StoryInput`` (times as ISO 8601). Reading one back fills what an older snapshot lacks from
the story as it is now, so restoring a revision never blanks an embargo or a source link that
the revision simply did not record.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import datetime
from typing import Any

from newsdesk.services.dto import StoryInput

_TIME_FIELDS = ("embargo_until", "publish_at")
_TUPLE_FIELDS = ("authors", "tags")


def input_to_snapshot(data: StoryInput) -> dict[str, Any]:
    """Every field of ``data`` as JSON-safe values."""
    snapshot: dict[str, Any] = {}
    for f in fields(StoryInput):
        value = getattr(data, f.name)
        if f.name in _TIME_FIELDS:
            value = value.isoformat() if value is not None else None
        elif f.name in _TUPLE_FIELDS:
            value = list(value)
        snapshot[f.name] = value
    return snapshot


def snapshot_to_input(snapshot: dict[str, Any], fallback: StoryInput | None = None) -> StoryInput:
    """A ``StoryInput`` from a snapshot; fields it lacks come from ``fallback`` (or defaults)."""
    values: dict[str, Any] = {}
    for f in fields(StoryInput):
        if f.name in snapshot:
            value = snapshot[f.name]
            if f.name in _TIME_FIELDS and isinstance(value, str):
                value = datetime.fromisoformat(value)
            elif f.name in _TUPLE_FIELDS:
                value = tuple(value or ())
            elif f.name == "priority":
                value = int(value)
            elif f.name != "section" and value is None:
                continue
            values[f.name] = value
        elif fallback is not None:
            values[f.name] = getattr(fallback, f.name)
    values.setdefault("headline", "")
    return StoryInput(**values)
