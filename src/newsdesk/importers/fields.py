"""Small conversions several readers share: dates, lists of names, statuses, languages."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from newsdesk.core.domain import Status
from newsdesk.core.messages import CodedError


class FieldError(CodedError, ValueError):
    """A field of an imported story holds what it cannot hold; the reader names the place."""


_STATUS_WORDS = {
    "publish": Status.PUBLISHED.value,
    "published": Status.PUBLISHED.value,
    "public": Status.PUBLISHED.value,
    "usable": Status.PUBLISHED.value,
    "live": Status.PUBLISHED.value,
    "draft": Status.DRAFT.value,
    "pending": Status.SUBMITTED.value,
    "private": Status.DRAFT.value,
    "withheld": Status.DRAFT.value,
}


def to_datetime(value: Any) -> datetime | None:
    """A date or time from text (ISO 8601 / RFC 3339, ``Z`` allowed) or a date object; UTC
    when no zone is given. Raises ``ValueError`` with the value for anything else."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, date):
        parsed = datetime.combine(value, datetime.min.time())
    elif isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            raise FieldError(
                "{value!r} is not a date (use 2026-11-28 or 2026-11-28T09:30:00Z)",
                code="field.bad_date",
                value=value,
            ) from None
    else:
        raise FieldError(
            "a date must be text, not {kind}", code="field.date_type", kind=type(value).__name__
        )
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed


def to_names(value: Any, what: str) -> tuple[str, ...]:
    """A list of names from a list of strings or a comma-separated string (Arabic comma too)."""
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        return tuple(t.strip() for t in value.replace("،", ",").split(",") if t.strip())
    if isinstance(value, list | tuple):
        names = []
        for entry in value:
            if isinstance(entry, dict) and isinstance(entry.get("name"), str):
                entry = entry["name"]
            if not isinstance(entry, str | int | float) or isinstance(entry, bool):
                raise FieldError("{what} must be a list of names", code="field.names", what=what)
            if str(entry).strip():
                names.append(str(entry).strip())
        return tuple(names)
    raise FieldError(
        "{what} must be a list of names or a comma-separated text",
        code="field.names_or_text",
        what=what,
    )


def to_status(value: Any) -> str:
    """A Newsdesk status from the words other systems use; ``ValueError`` for unknown ones."""
    if value is None or value == "":
        return Status.DRAFT.value
    if not isinstance(value, str):
        raise FieldError(
            "status must be text, not {kind}", code="field.status_type", kind=type(value).__name__
        )
    word = value.strip().lower()
    if word in {s.value for s in Status}:
        return word
    if word in _STATUS_WORDS:
        return _STATUS_WORDS[word]
    raise FieldError("unknown status {status!r}", code="import.bad_status", status=value)


def to_language(value: Any, default: str = "ar") -> str:
    """The primary subtag of a language code (``ar-JO`` → ``ar``)."""
    if not isinstance(value, str) or not value.strip():
        return default
    primary = value.strip().replace("_", "-").split("-", 1)[0].lower()
    return primary if primary.isalpha() and 2 <= len(primary) <= 3 else default


def to_text(value: Any, what: str) -> str:
    """A text field: ``""`` when absent, ``ValueError`` when it is not text."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise FieldError(
        "{what} must be text, not {kind}",
        code="field.not_text",
        what=what,
        kind=type(value).__name__,
    )
