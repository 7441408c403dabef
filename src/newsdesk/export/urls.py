"""One URL scheme for the site and its feeds.

Addresses are stable across exports: an article lives at ``news/<id>-<slug>/``; the id makes two
stories with one slug impossible to confuse, and a published story's slug is frozen (the feeds'
``guid``/``id`` use the story's UUID, so even a slug change never makes a new item). Arabic slugs
stay Arabic: UTF-8 on disk, percent-encoded in every ``href``.

A *page path* is relative to the site root and ends in ``/`` (a folder with ``index.html``) or
names a file (``feed.xml``); ``file_of`` gives the file written for it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final
from urllib.parse import quote, urlsplit

from newsdesk.core.messages import CodedError
from newsdesk.core.text import slugify

#: Characters a path segment never keeps: separators, URL syntax, Windows-reserved ones,
#: whitespace, controls and invisible format characters (bidi marks included).
_UNSAFE_RE: Final = re.compile(
    r'[/\\?#%<>"|*:\s\x00-\x1f\x7f-\x9f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]'
)


@lru_cache(maxsize=65536)
def segment(value: str) -> str:
    """One path segment that is safe on every file system and in a URL.

    Slugs normally come from ``core.text.slugify``; anything else (an imported slug with a slash,
    a dot-name, control characters) is slugified again rather than trusted.
    """
    ok = (
        value
        and value not in (".", "..")
        and not value.startswith(".")
        and len(value.encode("utf-8")) <= 200
        and _UNSAFE_RE.search(value) is None
    )
    return value if ok else slugify(value, fallback_id="item")


def page_suffix(page: int) -> str:
    return f"page/{page}/" if page > 1 else ""


def front_path(page: int = 1) -> str:
    return page_suffix(page)


def article_path(article_id: int, slug: str) -> str:
    return f"news/{article_id}-{segment(slug)}/"


def section_path(slug: str, page: int = 1) -> str:
    return f"section/{segment(slug)}/" + page_suffix(page)


def tag_path(slug: str, page: int = 1) -> str:
    return f"tag/{segment(slug)}/" + page_suffix(page)


def author_path(slug: str, page: int = 1) -> str:
    return f"author/{segment(slug)}/" + page_suffix(page)


def archive_path(year: int, month: int, page: int = 1) -> str:
    return f"archive/{year:04d}/{month:02d}/" + page_suffix(page)


ARCHIVE_INDEX: Final = "archive/"


def file_of(path: str) -> str:
    """The file written for a page path."""
    return path + "index.html" if path == "" or path.endswith("/") else path


class BaseUrlError(CodedError, ValueError):
    """The site's base URL is not an http(s) address."""


class Urls:
    """Turns page paths into links (``href``) and absolute URLs, under the site's base URL."""

    def __init__(self, base_url: str) -> None:
        parts = urlsplit(base_url.strip())
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise BaseUrlError(
                "the base URL must be an http(s) address, not {url!r}",
                code="export.bad_base_url",
                url=base_url,
            )
        prefix = parts.path if parts.path.endswith("/") else parts.path + "/"
        self.prefix = quote(prefix, safe="/")
        self.origin = f"{parts.scheme}://{parts.netloc}"
        self.base = self.origin + self.prefix

    def href(self, path: str) -> str:
        """A link from any page of the site (root-relative, percent-encoded)."""
        return self.prefix + _quote(path)

    def absolute(self, path: str) -> str:
        return self.origin + self.href(path)


#: What ``quote(path, safe="/")`` encodes: everything but ASCII letters, digits, ``_.-~``
#: and ``/``, in runs.
_ENCODED_RUN_RE: Final = re.compile(r"[^A-Za-z0-9_.\-~/]+")


def _percent_run(match: re.Match[str]) -> str:
    # "%D8%B9…": each UTF-8 byte in upper-case hex, as ``quote`` writes it.
    return "%" + match.group().encode("utf-8").hex("%").upper()


@lru_cache(maxsize=131072)
def _quote(path: str) -> str:
    """``urllib.parse.quote(path, safe="/")``, byte for byte, a run of characters at a time.

    ``quote`` encodes an Arabic path byte by byte in Python (a list of 60 strings for a slug
    of 30 letters): at 27,000 paths, about a quarter of a second of an export. An Arabic slug
    is one or two runs here, each encoded by ``bytes.hex`` in C.
    """
    return _ENCODED_RUN_RE.sub(_percent_run, path)
