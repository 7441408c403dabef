"""JSON Lines: one story per line, the bulk format for archives and benchmark corpora.

Keys: ``title`` (required), ``body`` (paragraphs separated by newlines), optional ``category``
(→ section), ``tags`` (a list, or a comma-separated string), ``author``, ``date``, ``url`` (kept
as the source), ``id`` (kept as the source id), ``abstract`` (→ dek) and ``status`` (default
draft). Blank lines are allowed. A bad line stops the import with its line number.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, ClassVar, Final

from newsdesk.core.domain import Status
from newsdesk.core.markup import escape_text
from newsdesk.importers.base import ImportedStory, ImportFormatError, SkippedItem, unreadable
from newsdesk.importers.fields import FieldError

_LINE_BREAK_RE: Final = re.compile(r"\r\n|\r|\n")


def paragraphs_to_markdown(body: str) -> str:
    """Newline-separated paragraphs of plain text → Markdown paragraphs (blank line between)
    that show exactly that text: a line such as "#عاجل", "1986. …" or "<b>" is not markup."""
    lines = _LINE_BREAK_RE.split(body)
    return "\n\n".join(escape_text(line) for line in lines if line.strip())


def parse_date(value: Any) -> datetime | None:
    """ISO dates and times, and the day/month/year form Arabic sites print; UTC if no zone."""
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise FieldError(
            "a date must be text, not {kind}", code="field.date_type", kind=type(value).__name__
        )
    text = value.strip()
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            day, month, year = (int(part) for part in text.split("/"))
            parsed = datetime.combine(date(year, month, day), datetime.min.time())
        except ValueError:
            raise FieldError(
                "{value!r} is not a date (use 2026-11-28 or 28/11/2026)",
                code="jsonl.bad_date",
                value=value,
            ) from None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed


def _tags(value: Any) -> tuple[str, ...]:
    if value in (None, ""):
        return ()
    if isinstance(value, str):
        return tuple(t.strip() for t in value.replace("،", ",").split(",") if t.strip())
    if isinstance(value, list) and all(isinstance(t, str) for t in value):
        return tuple(t.strip() for t in value if t.strip())
    raise FieldError(
        "tags must be a list of strings or a comma-separated string", code="jsonl.bad_tags"
    )


def _text(record: dict[str, Any], key: str) -> str:
    value = record.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise FieldError(
            "{key!r} must be text, not {kind}",
            code="jsonl.not_text",
            key=key,
            kind=type(value).__name__,
        )
    return value


class JsonLinesReader:
    name: ClassVar[str] = "jsonl"
    description: ClassVar[str] = "JSON Lines, one story per line"

    def sniff(self, path: Path, head: bytes) -> bool:
        if path.suffix.lower() in (".jsonl", ".ndjson"):
            return True
        first = head.lstrip().split(b"\n", 1)[0]
        return first.startswith(b"{") and first.rstrip().endswith(b"}") and b'"title"' in first

    def estimate(self, path: Path) -> int | None:
        """How many stories the file holds (its non-blank lines), for a progress bar."""
        try:
            with path.open("rb") as handle:
                return sum(1 for line in handle if line.strip())
        except OSError:
            return None

    def read(self, path: Path) -> Iterator[ImportedStory | SkippedItem]:
        try:
            handle = path.open("r", encoding="utf-8-sig", newline="")
        except OSError as exc:
            raise unreadable(path, exc) from exc
        with handle:
            number = 0
            try:
                for number, line in enumerate(handle, start=1):
                    if not line.strip():
                        continue
                    yield self._story(path, number, line)
            except UnicodeDecodeError as exc:
                raise ImportFormatError(
                    path, f"line {number + 1}", "the file is not UTF-8", code="jsonl.not_utf8"
                ) from exc

    @staticmethod
    def _story(path: Path, number: int, line: str) -> ImportedStory:
        where = f"line {number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ImportFormatError(
                path, where, "not valid JSON ({detail})", code="import.bad_json", detail=exc.msg
            ) from None
        if not isinstance(record, dict):
            raise ImportFormatError(
                path, where, "each line must be a JSON object", code="jsonl.not_object"
            )
        try:
            title = _text(record, "title").strip()
            if not title:
                raise FieldError("the story has no title", code="import.no_title")
            status = _text(record, "status") or "draft"
            if status not in {s.value for s in Status}:
                raise FieldError(
                    "unknown status {status!r}", code="import.bad_status", status=status
                )
            published = parse_date(record.get("date") or record.get("published_at"))
            author = _text(record, "author").strip()
            return ImportedStory(
                headline=title,
                body=paragraphs_to_markdown(_text(record, "body")),
                location=where,
                dek=_text(record, "abstract").strip(),
                section=_text(record, "category").strip() or None,
                tags=_tags(record.get("tags")),
                authors=(author,) if author else (),
                status=status,
                published_at=published,
                source_url=_text(record, "url").strip(),
                source_id=str(record["id"]) if record.get("id") not in (None, "") else "",
            )
        except ValueError as exc:
            raise ImportFormatError(path, where, exc) from None
