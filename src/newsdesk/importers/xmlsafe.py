"""Parsing XML from strangers: no entity expansion, no network, no DTDs.

An export file is untrusted input. A document type declaration is how both classic attacks
arrive — entity expansion ("billion laughs": a few hundred bytes that expand to gigabytes) and
external entities (XXE: ``SYSTEM "file:///etc/passwd"`` or an URL fetched while parsing). No
format Newsdesk reads needs one (WordPress, RSS and Atom never declare entities), so a file
whose prolog holds ``<!DOCTYPE … [`` with declarations or any ``<!ENTITY`` is refused outright,
with a message that says why; lxml is additionally configured to resolve no entity, load no DTD,
touch no network and refuse huge trees, so nothing slips past the check.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Final

from newsdesk.importers.base import ImportFormatError, unreadable

#: How much of the file's start is searched for a DTD (the prolog precedes the root element).
PROLOG_BYTES: Final = 65536
_ENTITY_RE: Final = re.compile(rb"<!ENTITY|<!DOCTYPE[^>\[]*\[", re.I)
_ROOT_RE: Final = re.compile(rb"<(?![?!])")


def check_prolog(path: Path, head: bytes) -> None:
    """Refuse a file that declares entities or an internal DTD before its root element."""
    root = _ROOT_RE.search(head)
    prolog = head[: root.start()] if root else head
    found = _ENTITY_RE.search(prolog)
    if found is not None:
        line = prolog[: found.start()].count(b"\n") + 1
        raise ImportFormatError(
            path,
            f"line {line}",
            "the file declares XML entities (a DOCTYPE with an internal subset); no export "
            "format needs them and they are how entity-expansion and external-entity attacks "
            "work, so the file is refused",
            code="xml.entities",
        )
    upper = prolog.upper()
    if b"<!DOCTYPE" in upper and (b"SYSTEM" in upper or b"PUBLIC" in upper):
        line = prolog[: upper.index(b"<!DOCTYPE")].count(b"\n") + 1
        raise ImportFormatError(
            path,
            f"line {line}",
            "the file names an external DTD; it is refused for safety",
            code="xml.external_dtd",
        )


def read_head(path: Path, size: int = PROLOG_BYTES) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(size)
    except OSError as exc:
        raise unreadable(path, exc) from exc
