"""Markdown files with front matter (Jekyll, Hugo, Pelican, Obsidian): one story per file.

The front matter (YAML between ``---`` lines, read with python-frontmatter's safe YAML loader,
or Hugo's TOML between ``+++`` lines, read with ``tomllib``) gives ``title`` (or a leading
``# heading`` in the text), ``date``, ``updated``/``lastmod``, ``tags``,
``categories``/``category``/``section`` (the first is the section), ``author``/``authors``,
``status`` (or ``draft: true``), ``slug``,
``summary``/``excerpt``, ``description``/``dek``, ``kicker``, ``lang``, ``url`` and ``id``.
The text after it is kept as it is: it already is Markdown.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import yaml
from frontmatter.default_handlers import YAMLHandler

from newsdesk.importers.base import ImportedStory, ImportFormatError, SkippedItem, read_text
from newsdesk.importers.fields import (
    FieldError,
    to_datetime,
    to_language,
    to_names,
    to_status,
    to_text,
)

_H1_RE = re.compile(r"\A\s*#\s+(.+?)\s*#*\s*(?:\n|\Z)")


def _first(metadata: dict[str, Any], *keys: str) -> Any:
    for key in keys:
        if metadata.get(key) not in (None, "", []):
            return metadata[key]
    return None


#: Hugo's TOML front matter: between "+++" lines.
_TOML_RE = re.compile(r"\A\+\+\+[ \t]*\r?\n(.*?)^\+\+\+[ \t]*\r?$\n?", re.S | re.M)
_TOML_LINE_RE = re.compile(r"\(at line (\d+), column \d+\)")


def _toml_front_matter(path: Path, content: str) -> tuple[Any, str]:
    found = _TOML_RE.match(content)
    if found is None:
        raise ImportFormatError(
            path,
            "line 1",
            "no end of front matter (a closing +++ line)",
            code="markdown.no_toml_end",
        )
    try:
        return tomllib.loads(found.group(1).replace("\r\n", "\n")), content[found.end() :]
    except tomllib.TOMLDecodeError as exc:
        line = _TOML_LINE_RE.search(str(exc))
        # The TOML starts on the line after the opening "+++".
        where = f"line {int(line.group(1)) + 1}" if line else "front matter"
        problem = _TOML_LINE_RE.sub("", str(exc)).strip()
        raise ImportFormatError(
            path,
            where,
            "the front matter is not TOML ({detail})",
            code="markdown.bad_toml",
            detail=problem,
        ) from None


class MarkdownReader:
    name: ClassVar[str] = "markdown"
    description: ClassVar[str] = "Markdown files with front matter"
    extensions: ClassVar[tuple[str, ...]] = (".md", ".markdown", ".mdown", ".mkd")

    def sniff(self, path: Path, head: bytes) -> bool:
        start = head.removeprefix(b"\xef\xbb\xbf")
        return start.startswith((b"---\n", b"---\r\n", b"+++\n", b"+++\r\n"))

    def read(self, path: Path) -> Iterator[ImportedStory | SkippedItem]:
        content = read_text(path)
        handler = YAMLHandler()
        if content.startswith("+++"):
            metadata, body = _toml_front_matter(path, content)
        elif handler.detect(content):
            try:
                front, body = handler.split(content)
                metadata = handler.load(front)
            except yaml.YAMLError as exc:
                mark = getattr(exc, "problem_mark", None)
                # The YAML starts with the newline after the opening "---": its line 0 is
                # the file's line 1.
                where = f"line {mark.line + 1}" if mark is not None else "front matter"
                problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
                raise ImportFormatError(
                    path,
                    where,
                    "the front matter is not YAML ({detail})",
                    code="markdown.bad_yaml",
                    detail=problem,
                ) from None
            except ValueError as exc:  # an opening --- without its closing one
                raise ImportFormatError(
                    path,
                    "line 1",
                    "no end of front matter ({detail})",
                    code="markdown.no_end",
                    detail=str(exc),
                ) from None
        else:
            metadata, body = {}, content
        if metadata is None:
            metadata = {}
        if not isinstance(metadata, dict):
            raise ImportFormatError(
                path,
                "front matter",
                "must be a mapping of keys to values",
                code="markdown.not_mapping",
            )
        body = body.strip()
        try:
            yield self._story(metadata, body)
        except ValueError as exc:
            raise ImportFormatError(path, "front matter", exc) from None

    @staticmethod
    def _story(metadata: dict[str, Any], body: str) -> ImportedStory:
        title = to_text(_first(metadata, "title", "headline"), "title").strip()
        heading = _H1_RE.match(body)
        if heading and (not title or heading.group(1).strip() == title):
            title = title or heading.group(1).strip()
            body = body[heading.end() :].lstrip()
        if not title:
            raise FieldError(
                "the story has no title (give 'title:' or start with '# heading')",
                code="markdown.no_title",
            )
        draft = metadata.get("draft") is True
        status = "draft" if draft else to_status(_first(metadata, "status"))
        sections = to_names(_first(metadata, "section", "categories", "category"), "categories")
        authors = to_names(_first(metadata, "authors", "author", "by"), "authors")
        published = to_datetime(_first(metadata, "date", "published", "published_at"))
        return ImportedStory(
            headline=" ".join(title.split()),
            body=body,
            location="front matter",
            dek=to_text(_first(metadata, "dek", "description", "subtitle"), "description").strip(),
            kicker=to_text(_first(metadata, "kicker"), "kicker").strip(),
            excerpt=to_text(_first(metadata, "excerpt", "summary"), "summary").strip(),
            section=sections[0] if sections else None,
            tags=tuple(dict.fromkeys(to_names(_first(metadata, "tags", "keywords"), "tags"))),
            authors=authors,
            status=status,
            published_at=published if status in ("published", "corrected") else None,
            updated_at=to_datetime(_first(metadata, "updated", "lastmod", "modified")),
            slug=to_text(_first(metadata, "slug"), "slug").strip(),
            language=to_language(_first(metadata, "lang", "language")),
            source_url=to_text(_first(metadata, "url", "source_url", "link"), "url").strip(),
            source_id=to_text(_first(metadata, "id", "uuid"), "id").strip(),
        )
