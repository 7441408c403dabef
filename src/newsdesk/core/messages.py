"""Errors that can be told in any language: a stable code, its parameters, an English text.

The layers below the interface speak English (the command line and the logs show ``str(exc)``
as it always was). An error raised with a ``code`` also keeps the code and the values that
went into its sentence (a file name, a line, a column, the offending word), so the interface
can say the same thing in its own language: it looks the code up in its translated catalogue
and fills in the same parameters. ``template.format(**params)`` is the English text.

The place an importer names (``line 12, column 3``, ``item 4``, ``$.headlines[0]``) is a short
comma-separated list of parts; :func:`place_parts` splits it into numbered parts the interface
translates (line, column, item, entry) and literal ones it shows as they are (an element, a
JSON path).
"""

from __future__ import annotations

import re
from typing import Any, Final


class CodedError(Exception):
    """An error with a stable ``code`` and the ``params`` of its sentence.

    ``CodedError("{name} is empty", code="media.empty", name="a.png")`` has the text
    ``a.png is empty``. Without a code the text is taken as it is (no formatting) and
    ``code`` is ``""``: the interface then shows a translated frame around the English text.
    """

    def __init__(self, english: str = "", /, *, code: str = "", **params: Any) -> None:
        self.code = code
        self.params: dict[str, Any] = params
        self.template = english
        super().__init__(english.format(**params) if code else english)

    @property
    def text(self) -> str:
        """The English sentence (``str(self)`` for most errors; without any place prefix)."""
        return self.template.format(**self.params) if self.code else self.template


def taken_over(
    message: str | Exception, code: str = "", params: dict[str, Any] | None = None
) -> tuple[str, str, dict[str, Any]]:
    """The (template, code, params) an error wrapping ``message`` raises with: a coded error's
    own, any other error's text without a code, or a template with the given code."""
    if isinstance(message, CodedError):
        return message.template, message.code, dict(message.params)
    if isinstance(message, Exception):
        return str(message), "", {}
    return message, code, dict(params or {})


_NUMBERED: Final = re.compile(r"(line|column|item|entry) (\d+)")
_INDEXED: Final = re.compile(r"(items)\[(\d+)\]")
#: Words some readers use as a place of their own.
PLACE_WORDS: Final = ("front matter", "start of file", "document", "feed")


def place_parts(location: str) -> list[tuple[str, str]]:
    """``"line 12, column 3"`` → ``[("line", "12"), ("column", "3")]``.

    Kinds: ``line``, ``column``, ``item``, ``entry`` with their number; ``items`` with a
    zero-based index (a JSON Feed's ``items[3]``); one of :data:`PLACE_WORDS` as ``word``;
    anything else (an element such as ``<channel>``, a JSON path) as ``literal``.
    """
    parts: list[tuple[str, str]] = []
    for piece in location.split(", ") if location else []:
        numbered = _NUMBERED.fullmatch(piece)
        indexed = _INDEXED.fullmatch(piece)
        if numbered:
            parts.append((numbered.group(1), numbered.group(2)))
        elif indexed:
            parts.append((indexed.group(1), indexed.group(2)))
        elif piece in PLACE_WORDS:
            parts.append(("word", piece))
        else:
            parts.append(("literal", piece))
    return parts
