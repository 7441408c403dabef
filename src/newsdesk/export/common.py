"""What an export shares before anything is rendered: its version, its progress steps, and the
theme's files and fingerprint.

Kept apart from ``export.site`` (Jinja2, Babel, the renderers) so that an export which finds
nothing changed decides so without importing any of them.
"""

from __future__ import annotations

import hashlib
import io
import pickle
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta
from importlib.resources import files
from pathlib import Path
from typing import Any, Final

#: Bumped whenever the exporter's output changes for the same inputs (part of every fingerprint).
EXPORT_VERSION: Final = "site-1"
#: Stories in the Google News sitemap: the last two days, at most 1,000.
NEWS_SITEMAP_WINDOW: Final = timedelta(days=2)
NEWS_SITEMAP_MAX: Final = 1000


class View(dict[str, Any]):
    """A template's view of something: a dict whose keys templates read as attributes.

    The site's Jinja2 environment reads a View's keys before its attributes (see
    ``export.site``); ``__getattr__`` serves other templating code and Python callers.
    """

    __slots__ = ()

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


@dataclass(frozen=True, slots=True)
class ExportProgress:
    stage: str
    done: int
    total: int
    message: str = ""


def digest(*parts: Any, sigs: Iterable[str] = ()) -> str:
    """A fingerprint of ``parts`` and of signatures (digests of one length, so they are simply
    joined: ``repr`` of twenty of them cost more than the hashing, over 30,000 outputs)."""
    found = hashlib.blake2b(repr(parts).encode("utf-8"), digest_size=16)
    found.update("".join(sigs).encode("ascii"))
    return found.hexdigest()


def value_digest(value: Any) -> str:
    """A digest of a structure of plain values (tuples, lists, dicts, strings, numbers, dates).

    Pickled without a memo (``fast``): the bytes then depend on the values alone, not on
    which of them happen to be one object, and it is many times quicker than ``repr``.
    """
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=5)
    pickler.fast = True
    pickler.dump(value)
    return hashlib.blake2b(buffer.getvalue(), digest_size=20).hexdigest()


def theme_roots(user_dir: Path | None) -> list[Any]:
    """The default theme, then the user's theme folder (later roots win file by file)."""
    roots: list[Any] = [files("newsdesk") / "assets" / "themes" / "default"]
    if user_dir is not None:
        roots.append(user_dir)
    return roots


def walk_files(folder: Any, prefix: str = "") -> Iterable[tuple[str, bytes]]:
    """(relative path, bytes) of every file under ``folder``, sorted, hidden ones left out."""
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from walk_files(entry, prefix + entry.name + "/")
        else:
            yield prefix + entry.name, entry.read_bytes()


def static_files(user_dir: Path | None) -> dict[str, bytes]:
    """``static/…`` path → bytes; the user's file wins over the default one of that name."""
    found: dict[str, bytes] = {}
    for root in theme_roots(user_dir):
        static = root / "static"
        if static.is_dir():
            for rel, data in walk_files(static):
                found["static/" + rel] = data
    return dict(sorted(found.items()))


def theme_fingerprint(user_dir: Path | None) -> str:
    """A digest of every template and static file the theme resolves to."""
    digest = hashlib.sha256()
    for root in theme_roots(user_dir):
        templates = root / "templates"
        if templates.is_dir():
            for rel, data in walk_files(templates):
                digest.update(rel.encode() + b"\0" + data + b"\0")
    for rel, data in static_files(user_dir).items():
        digest.update(rel.encode() + b"\0" + data + b"\0")
    return digest.hexdigest()
