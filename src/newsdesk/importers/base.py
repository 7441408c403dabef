"""What every importer shares: the story it produces, its errors, and the registry.

A reader turns one file into ``ImportedStory`` items (or ``SkippedItem`` notes for what it
deliberately leaves out, such as WordPress pages). It never touches the database: the import
service decides what to write, in one transaction per file. A reader that meets input it cannot
understand raises ``ImportFormatError`` naming the file and the place (line, item, element).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, ClassVar, Protocol

from newsdesk.core.messages import CodedError, taken_over

#: How many bytes of a file a reader's ``sniff`` is shown.
SNIFF_BYTES = 4096


@dataclass(frozen=True, slots=True)
class ImportedRelated:
    """A related story named by an imported page: found by headline, or created as a draft."""

    headline: str
    excerpt: str = ""
    url: str = ""


@dataclass(frozen=True, slots=True)
class ImportedStory:
    """One story as a reader found it. ``body`` is Markdown in the editor's dialect."""

    headline: str
    body: str
    location: str
    dek: str = ""
    kicker: str = ""
    excerpt: str = ""
    section: str | None = None
    tags: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    status: str = "draft"
    published_at: datetime | None = None
    updated_at: datetime | None = None
    #: When a story scheduled at its source is to go out (WordPress "future" posts).
    publish_at: datetime | None = None
    slug: str = ""
    language: str = "ar"
    source_url: str = ""
    source_id: str = ""
    related: tuple[ImportedRelated, ...] = ()
    images: tuple[str, ...] = ()
    extra: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class SkippedItem:
    """Something in the file the reader leaves out on purpose, and why (counted in reports)."""

    location: str
    kind: str
    reason: str


class ImportFormatError(CodedError, ValueError):
    """The file cannot be read as this format; nothing from it is imported.

    ``message`` is the English sentence (a template when ``code`` is given), or an error met
    while reading whose sentence (and code, when it has one) this one takes over. ``str()`` is
    ``"<path>, <location>: <sentence>"``; ``code`` and ``params`` describe the sentence.
    """

    def __init__(
        self,
        path: Path | str,
        location: str,
        message: str | Exception,
        /,
        *,
        code: str = "",
        **params: Any,
    ) -> None:
        template, code, params = taken_over(message, code, params)
        super().__init__(template, code=code, **params)
        self.path = str(path)
        self.location = location
        self.message = self.text
        where = f"{self.path}, {location}" if location else self.path
        self.args = (f"{where}: {self.message}",)


def unreadable(path: Path | str, error: OSError, detail: str | None = None) -> ImportFormatError:
    """The error for a file the system would not let a reader open or read."""
    return ImportFormatError(
        path,
        "",
        "cannot read the file: {detail}",
        code="import.unreadable",
        detail=error.strerror if detail is None else detail,
    )


class UnknownFormatError(CodedError, ValueError):
    """No reader has that name."""


class Reader(Protocol):
    """One file format.

    A reader may also define ``estimate(path) -> int | None``, the number of stories the file
    holds, so progress can show a total, and ``extensions`` (lower-case, with the dot), which
    ``auto`` uses when no reader recognises the content.
    """

    name: ClassVar[str]
    description: ClassVar[str]

    def sniff(self, path: Path, head: bytes) -> bool:
        """Whether ``head`` (the first bytes of ``path``) looks like this format."""
        ...

    def read(self, path: Path) -> Iterator[ImportedStory | SkippedItem]:
        """The stories in ``path``, in file order; raises ``ImportFormatError``."""
        ...


class ReaderRegistry:
    """The readers by name; ``auto`` picks the first whose ``sniff`` says yes."""

    def __init__(self) -> None:
        self._readers: dict[str, Reader] = {}

    def register(self, reader: Reader) -> None:
        if reader.name in self._readers or reader.name == "auto":
            raise ValueError(f"a reader named {reader.name!r} is registered already")
        self._readers[reader.name] = reader

    def names(self) -> list[str]:
        return list(self._readers)

    def get(self, name: str) -> Reader:
        try:
            return self._readers[name]
        except KeyError:
            known = ", ".join(["auto", *self._readers])
            raise UnknownFormatError(
                "unknown import format {name!r} (known: {known})",
                code="import.unknown_format",
                name=name,
                known=known,
            ) from None

    def sniff(self, path: Path) -> Reader:
        try:
            with path.open("rb") as handle:
                head = handle.read(SNIFF_BYTES)
        except OSError as exc:
            raise unreadable(path, exc) from exc
        for reader in self._readers.values():
            if reader.sniff(path, head):
                return reader
        # Content first, extension second: a file whose first bytes say nothing (an empty
        # front matter, a text page without markers) is still read by the format its name says.
        suffix = path.suffix.lower()
        for reader in self._readers.values():
            if suffix and suffix in getattr(reader, "extensions", ()):
                return reader
        raise ImportFormatError(
            path,
            "start of file",
            "not a format Newsdesk recognises; name it explicitly",
            code="import.unknown_content",
        )

    def for_path(self, name: str, path: Path) -> Reader:
        return self.sniff(path) if name == "auto" else self.get(name)


def read_text(path: Path) -> str:
    """A text file as UTF-8 (a BOM is allowed); a clear error for any other encoding."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise unreadable(path, exc) from exc
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ImportFormatError(
            path,
            f"line {line}",
            "the file is not UTF-8 (save it as UTF-8 and import again)",
            code="import.not_utf8",
        ) from exc
