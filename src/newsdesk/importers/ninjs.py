"""IPTC ninjs (News in JSON) 1.x, 2.x and 3.x: an agency's text items and packages.

2.x spells every property in lower case (``versioncreated``, ``contenttype``), 3.x in camelCase
(``versionCreated``, ``contentType``); both are read, and a document that mixes them is read by
whichever spelling each property uses. A file holds one item, a composite package (its text
associations become stories, its pictures their images) or a JSON array of items.

The structure is checked as it is read and a broken one is refused with a JSON path
(``$.associations[1].headlines[0].value``): ``uri`` must be text, ``headlines``, ``bodies`` and
``descriptions`` lists of objects with a text ``value``, dates RFC 3339. Unknown properties are
ignored rather than refused (the schemas' ``unevaluatedProperties: false`` would reject a 2.2
item for being read as 3.1, which helps nobody importing it).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any, ClassVar, Final

from newsdesk.core.markup import escape_text
from newsdesk.core.messages import CodedError
from newsdesk.importers.base import ImportedStory, ImportFormatError, SkippedItem, read_text
from newsdesk.importers.fields import FieldError, to_datetime, to_language
from newsdesk.importers.htmlmd import html_to_blocks

#: pubStatus → Newsdesk status (``canceled`` items are skipped).
PUB_STATUS: Final = {"usable": "published", "withheld": "draft"}
_HTML_TYPES: Final = ("text/html", "application/xhtml+xml", "body_xhtml", "html", "xhtml")
_TEXT_TYPES: Final = ("text/plain", "", "text")


class NinjsError(CodedError, ValueError):
    """A broken item: ``json_path`` says where, the sentence (with its code) what."""

    def __init__(self, path: str, message: str, /, *, code: str = "", **params: Any) -> None:
        self.json_path = path
        super().__init__(message, code=code, **params)


def _get(obj: dict[str, Any], name: str) -> Any:
    """A property by its 3.x camelCase name, or its 2.x lower-case spelling."""
    if name in obj:
        return obj[name]
    return obj.get(name.lower())


def _text(obj: dict[str, Any], name: str, where: str) -> str:
    value = _get(obj, name)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise NinjsError(
            f"{where}.{name}",
            "must be text, not {kind}",
            code="ninjs.not_text",
            kind=type(value).__name__,
        )
    return value


def _objects(obj: dict[str, Any], name: str, where: str) -> list[dict[str, Any]]:
    value = _get(obj, name)
    if value is None:
        return []
    if not isinstance(value, list):
        raise NinjsError(f"{where}.{name}", "must be a list", code="ninjs.not_list")
    for index, entry in enumerate(value):
        if not isinstance(entry, dict):
            raise NinjsError(
                f"{where}.{name}[{index}]", "must be an object", code="ninjs.not_object"
            )
    return value


def _values(obj: dict[str, Any], name: str, where: str) -> list[tuple[str, str, str]]:
    """(role, content type, value) of each entry of a headlines/bodies/descriptions list."""
    out = []
    for index, entry in enumerate(_objects(obj, name, where)):
        here = f"{where}.{name}[{index}]"
        value = entry.get("value")
        if not isinstance(value, str):
            raise NinjsError(
                f"{here}.value", "is required and must be text", code="ninjs.required_text"
            )
        out.append((_text(entry, "role", here), _text(entry, "contentType", here).lower(), value))
    return out


def _pick(entries: list[tuple[str, str, str]], *roles: str) -> tuple[str, str, str] | None:
    for role in roles:
        for entry in entries:
            if entry[0] == role:
                return entry
    return entries[0] if entries else None


class NinjsReader:
    name: ClassVar[str] = "ninjs"
    description: ClassVar[str] = "IPTC ninjs 1.x–3.x items and packages (JSON)"
    extensions: ClassVar[tuple[str, ...]] = ()

    def sniff(self, path: Path, head: bytes) -> bool:
        sample = head.lstrip(b"\xef\xbb\xbf \t\r\n")
        if not sample.startswith((b"{", b"[")):
            return False
        if b'"uri"' not in head:
            return False
        markers = (
            b'"headlines"',
            b'"bodies"',
            b'"versioncreated"',
            b'"versionCreated"',
            b'"pubstatus"',
            b'"pubStatus"',
            b"ninjs",
            b'"body_html"',
            b'"body_text"',
        )
        return any(m in head for m in markers)

    def read(self, path: Path) -> Iterator[ImportedStory | SkippedItem]:
        try:
            document = json.loads(read_text(path))
        except json.JSONDecodeError as exc:
            raise ImportFormatError(
                path,
                f"line {exc.lineno}, column {exc.colno}",
                "not valid JSON ({detail})",
                code="import.bad_json",
                detail=exc.msg,
            ) from None
        if isinstance(document, list):
            items = [(f"$[{i}]", item) for i, item in enumerate(document)]
        else:
            items = [("$", document)]
        try:
            for where, item in items:
                yield from self._item(item, where, images=())
        except NinjsError as exc:
            raise ImportFormatError(path, exc.json_path, exc) from None

    def _item(
        self, item: Any, where: str, images: tuple[str, ...]
    ) -> Iterator[ImportedStory | SkippedItem]:
        if not isinstance(item, dict):
            raise NinjsError(
                where, "a ninjs item must be a JSON object", code="ninjs.item_not_object"
            )
        uri = _get(item, "uri")
        if not isinstance(uri, str) or not uri.strip():
            raise NinjsError(
                f"{where}.uri", "is required and must be text", code="ninjs.required_text"
            )
        kind = _text(item, "type", where) or "text"
        associations = self._associations(item, where)
        texts = [(w, a) for w, a in associations if not self._is_media(a)]
        if kind == "composite" and (texts or not _get(item, "headlines")):
            pictures = tuple(self._renditions(a, w) for w, a in associations if self._is_media(a))
            for here, association in texts:
                yield from self._item(association, here, images + tuple(p for p in pictures if p))
            if not texts:
                yield SkippedItem(where, "package without text", "no text item in the package")
            return
        if kind not in ("text", "composite"):
            yield SkippedItem(where, f"{kind} item", f"a ninjs {kind} item, not a text story")
            return
        pub_status = _text(item, "pubStatus", where) or "usable"
        if pub_status == "canceled":
            yield SkippedItem(where, "canceled item", "the agency canceled it")
            return
        if pub_status not in PUB_STATUS:
            raise NinjsError(
                f"{where}.pubStatus",
                "unknown value {value!r}",
                code="ninjs.bad_value",
                value=pub_status,
            )
        yield self._story(item, where, uri, PUB_STATUS[pub_status], images)

    @staticmethod
    def _is_media(item: dict[str, Any]) -> bool:
        return _get(item, "type") in ("picture", "graphic", "video", "audio")

    @staticmethod
    def _associations(item: dict[str, Any], where: str) -> list[tuple[str, dict[str, Any]]]:
        value = _get(item, "associations")
        if value is None:
            return []
        if isinstance(value, dict):  # ninjs 1.x: an object keyed by name
            entries = [(f"{where}.associations.{k}", v) for k, v in value.items()]
        elif isinstance(value, list):
            entries = [(f"{where}.associations[{i}]", v) for i, v in enumerate(value)]
        else:
            raise NinjsError(
                f"{where}.associations", "must be a list of objects", code="ninjs.not_objects"
            )
        for here, entry in entries:
            if not isinstance(entry, dict):
                raise NinjsError(here, "must be an object", code="ninjs.not_object")
        return entries

    @staticmethod
    def _renditions(item: dict[str, Any], where: str) -> str:
        renditions = _get(item, "renditions")
        if isinstance(renditions, dict):  # 1.x
            renditions = list(renditions.values())
        if renditions is None:
            return ""
        if not isinstance(renditions, list):
            raise NinjsError(
                f"{where}.renditions", "must be a list of objects", code="ninjs.not_objects"
            )
        best = ""
        best_width = -1
        for index, rendition in enumerate(renditions):
            if not isinstance(rendition, dict):
                raise NinjsError(
                    f"{where}.renditions[{index}]", "must be an object", code="ninjs.not_object"
                )
            href = _text(rendition, "href", f"{where}.renditions[{index}]")
            width = rendition.get("width")
            width = width if isinstance(width, int) and not isinstance(width, bool) else 0
            if href and width > best_width:
                best, best_width = href, width
        if not best and isinstance(_get(item, "uri"), str) and _get(item, "uri").startswith("http"):
            best = _get(item, "uri")
        return best

    def _story(
        self, item: dict[str, Any], where: str, uri: str, status: str, images: tuple[str, ...]
    ) -> ImportedStory:
        headlines = _values(item, "headlines", where)
        main = _pick(headlines, "main", "")
        headline = main[2] if main else _text(item, "headline", where)
        headline = " ".join(headline.split())
        bodies = _values(item, "bodies", where)
        legacy = [("html", "text/html", _text(item, "body_html", where))]
        legacy.append(("text", "text/plain", _text(item, "body_text", where)))
        blocks = self._body(bodies or [b for b in legacy if b[2]])
        if not headline:
            raise NinjsError(
                f"{where}.headlines", "the item has no headline", code="ninjs.no_headline"
            )
        descriptions = _values(item, "descriptions", where)
        summary = _pick(descriptions, "summary", "")
        dek = summary[2] if summary else _text(item, "description_text", where)
        subjects = _objects(item, "subjects", where) or _objects(item, "subject", where)
        tags = [s["name"] for s in subjects if isinstance(s.get("name"), str) and s["name"]]
        by = _text(item, "by", where).strip()
        created = self._date(item, "firstCreated", where)
        versioned = self._date(item, "versionCreated", where)
        own = tuple(
            self._renditions(a, w) for w, a in self._associations(item, where) if self._is_media(a)
        )
        extra = {"ninjs_uri": uri}
        located = _text(item, "located", where).strip()
        if located:
            extra["dateline"] = located
        return ImportedStory(
            headline=headline[:500],
            body="\n\n".join(blocks),
            location=where,
            dek=" ".join(dek.split()),
            tags=tuple(dict.fromkeys(tags)),
            authors=(by,) if by else (),
            status=status,
            published_at=(created or versioned) if status == "published" else None,
            updated_at=versioned,
            slug=_text(item, "slugline", where).strip(),
            language=to_language(_get(item, "language")),
            source_id=uri,
            images=tuple(dict.fromkeys(i for i in images + own if i)),
            extra=extra,
        )

    @staticmethod
    def _date(item: dict[str, Any], name: str, where: str) -> datetime | None:
        try:
            return to_datetime(_get(item, name))
        except FieldError as exc:
            raise NinjsError(f"{where}.{name}", exc.template, code=exc.code, **exc.params) from None

    @staticmethod
    def _body(bodies: list[tuple[str, str, str]]) -> list[str]:
        rich = [b for b in bodies if b[1] in _HTML_TYPES or "html" in b[1]]
        if rich:
            return html_to_blocks(rich[0][2])
        plain = [b for b in bodies if b[1] in _TEXT_TYPES]
        chosen = plain[0] if plain else (bodies[0] if bodies else None)
        if chosen is None:
            return []
        if chosen[1] and chosen[1] not in _TEXT_TYPES and "xml" in chosen[1]:
            return html_to_blocks(chosen[2])  # NITF and other XML bodies: their text
        return [escape_text(p) for p in chosen[2].replace("\r\n", "\n").split("\n") if p.strip()]
