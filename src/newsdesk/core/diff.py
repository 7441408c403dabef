"""Word-level differences between two versions of a story, as an Arabic editor reads them.

A character diff is noise in Arabic (one added hamza re-colours half a word) and a line diff is
useless for prose. Texts are cut into words and the separators between them, and words are
compared on their matching key (``core.text.normalize``): a word that only gained tashkeel,
changed its hamza form or lost a tatweel is the same word *respelt*, shown as a small mark and
not as a deletion followed by an insertion.

Separators (spaces, punctuation) are tokens too, so that the ops rebuild both texts exactly:
the old side of ``equal``/``delete``/``respell`` ops is the old text, the new side of
``equal``/``insert``/``respell`` ops is the new text.

The HTML puts each paragraph in its own ``dir="auto"`` block, so an Arabic paragraph reads right
to left and an English quote left to right, with ``<ins>``/``<del>`` marks in logical order.
"""

from __future__ import annotations

import difflib
import enum
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html import escape
from typing import Final

from newsdesk.core.text import normalize


class OpKind(enum.StrEnum):
    EQUAL = "equal"
    INSERT = "insert"
    DELETE = "delete"
    #: Same word by its matching key, written differently (tashkeel, hamza, tatweel, case).
    RESPELL = "respell"


@dataclass(frozen=True, slots=True)
class DiffOp:
    kind: OpKind
    old: str
    new: str


#: A word is a run of letters, digits, combining marks (tashkeel), tatweel and the invisible
#: characters that live inside words; anything else (spaces, punctuation) is a separator and a
#: run of separators is one token.
_TOKEN_RE: Final = re.compile(
    r"(?:[^\W_]|[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u00ad\u200c-\u200f])+"
    r"|[\s]+|[^\w\s]|_"
)
_WHITESPACE_RE: Final = re.compile(r"\s+")


def tokenize(text: str) -> list[str]:
    """Cut ``text`` into words, whitespace runs and single punctuation marks, losing nothing."""
    found = _TOKEN_RE.findall(text)
    if sum(map(len, found)) != len(text):  # defensive: never drop a character
        out: list[str] = []
        pos = 0
        for match in _TOKEN_RE.finditer(text):
            if match.start() > pos:
                out.append(text[pos : match.start()])
            out.append(match.group())
            pos = match.end()
        if pos < len(text):
            out.append(text[pos:])
        return out
    return found


def _key(token: str) -> str:
    if token.isspace():
        # Paragraph structure matters, the width of a space does not.
        return "\n\n" if token.count("\n") > 1 else ("\n" if "\n" in token else " ")
    return normalize(token)


def _append(ops: list[DiffOp], kind: OpKind, old: str, new: str) -> None:
    if ops and ops[-1].kind is kind:
        last = ops[-1]
        ops[-1] = DiffOp(kind, last.old + old, last.new + new)
    else:
        ops.append(DiffOp(kind, old, new))


def diff_words(old: str, new: str) -> list[DiffOp]:
    """The ops that turn ``old`` into ``new``, word by word, adjacent ops of a kind merged."""
    a, b = tokenize(old), tokenize(new)
    ka, kb = [_key(t) for t in a], [_key(t) for t in b]
    matcher = difflib.SequenceMatcher(None, ka, kb, autojunk=False)
    ops: list[DiffOp] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for x, y in zip(a[i1:i2], b[j1:j2], strict=True):
                if x == y:
                    _append(ops, OpKind.EQUAL, x, y)
                elif x.isspace():
                    # A different run of spaces with the same meaning: not worth a mark.
                    _append(ops, OpKind.EQUAL, x, y)
                else:
                    _append(ops, OpKind.RESPELL, x, y)
            continue
        if i2 > i1:
            _append(ops, OpKind.DELETE, "".join(a[i1:i2]), "")
        if j2 > j1:
            _append(ops, OpKind.INSERT, "", "".join(b[j1:j2]))
    return _coalesce(ops)


def _is_change(op: DiffOp) -> bool:
    return op.kind in (OpKind.DELETE, OpKind.INSERT)


def _coalesce(ops: list[DiffOp]) -> list[DiffOp]:
    """Join changes separated only by spaces into one deletion and one insertion.

    A rewritten sentence otherwise reads as struck and new words interleaved one by one (the
    spaces between them match), which nobody can read, least of all right to left.
    """
    out: list[DiffOp] = []
    i = 0
    while i < len(ops):
        if not _is_change(ops[i]):
            out.append(ops[i])
            i += 1
            continue
        j = i
        end = i  # last change op of the group
        while j < len(ops):
            if _is_change(ops[j]):
                end = j
            elif not (
                ops[j].kind is OpKind.EQUAL and ops[j].new.isspace() and "\n" not in ops[j].new
            ):
                break
            j += 1
        group = ops[i : end + 1]
        old = "".join(op.old for op in group if op.kind is not OpKind.INSERT)
        new = "".join(op.new for op in group if op.kind is not OpKind.DELETE)
        if old:
            out.append(DiffOp(OpKind.DELETE, old, ""))
        if new:
            out.append(DiffOp(OpKind.INSERT, "", new))
        i = end + 1
    return out


def apply_ops(ops: Iterable[DiffOp]) -> str:
    """The new text the ops describe."""
    return "".join(op.new for op in ops if op.kind is not OpKind.DELETE)


def source_of(ops: Iterable[DiffOp]) -> str:
    """The old text the ops describe."""
    return "".join(op.old for op in ops if op.kind is not OpKind.INSERT)


@dataclass(frozen=True, slots=True)
class DiffStats:
    inserted_words: int
    deleted_words: int
    respelt_words: int

    @property
    def changed(self) -> bool:
        return bool(self.inserted_words or self.deleted_words or self.respelt_words)


def _words(text: str) -> int:
    return sum(1 for t in tokenize(text) if _key(t).strip() and t[0].isalnum())


def diff_stats(ops: Sequence[DiffOp]) -> DiffStats:
    """Words added, removed and respelt: the summary line above a diff."""
    return DiffStats(
        inserted_words=sum(_words(op.new) for op in ops if op.kind is OpKind.INSERT),
        deleted_words=sum(_words(op.old) for op in ops if op.kind is OpKind.DELETE),
        respelt_words=sum(_words(op.new) for op in ops if op.kind is OpKind.RESPELL),
    )


# -- HTML ----------------------------------------------------------------------------------------

#: Inline styles as well as tags: Qt's rich text (QTextBrowser) honours ``style`` but has no
#: default look for ``<ins>``; web views get the same colours.
INS_STYLE: Final = "background-color:#d4f4dd;color:#0b4f1c;text-decoration:none"
DEL_STYLE: Final = "background-color:#fadbd8;color:#7b1010;text-decoration:line-through"
RESPELL_STYLE: Final = "background-color:#fff3c4;text-decoration:underline"


def _paragraphs(ops: Sequence[DiffOp]) -> list[list[DiffOp]]:
    """Split the op list at paragraph breaks (blank lines) of the texts, keeping op kinds."""
    paragraphs: list[list[DiffOp]] = [[]]
    for op in ops:
        text_old, text_new = op.old, op.new
        # Split by the side that is shown: new text, except for deletions.
        shown = text_old if op.kind is OpKind.DELETE else text_new
        pieces = re.split(r"(\n\s*\n)", shown)
        if len(pieces) == 1:
            paragraphs[-1].append(op)
            continue
        for index, piece in enumerate(pieces):
            if index % 2 == 1:
                paragraphs.append([])
                continue
            if not piece:
                continue
            if op.kind is OpKind.DELETE:
                paragraphs[-1].append(DiffOp(op.kind, piece, ""))
            elif op.kind is OpKind.RESPELL:
                paragraphs[-1].append(DiffOp(op.kind, text_old, piece))
            else:
                paragraphs[-1].append(
                    DiffOp(op.kind, piece if op.kind is OpKind.EQUAL else "", piece)
                )
    return [p for p in paragraphs if any((o.old or o.new).strip() for o in p)]


def _inline(text: str) -> str:
    return escape(text).replace("\n", "<br>")


#: The anchor placed before the first change, so a view can scroll straight to it.
FIRST_CHANGE_ANCHOR: Final = "first-change"
SKIPPED_MARK: Final = '<p class="skipped" align="center" style="color:#888888">…</p>'


def ops_to_html(ops: Sequence[DiffOp], *, context: int | None = None) -> str:
    """The diff as HTML: one ``dir="auto"`` paragraph per paragraph, marks inside.

    With ``context``, unchanged paragraphs further than that many paragraphs from a change are
    folded into one "…" line: in a long story the reader sees the changes, not the whole text.
    """
    paragraphs = _paragraphs(ops)
    changed = [any(op.kind is not OpKind.EQUAL for op in p) for p in paragraphs]
    keep = [True] * len(paragraphs)
    if context is not None:
        keep = [
            any(
                changed[j]
                for j in range(max(0, i - context), min(len(paragraphs), i + context + 1))
            )
            for i in range(len(paragraphs))
        ]
    blocks: list[str] = []
    anchored = False
    for paragraph, shown in zip(paragraphs, keep, strict=True):
        if not shown:
            if not blocks or blocks[-1] != SKIPPED_MARK:
                blocks.append(SKIPPED_MARK)
            continue
        parts: list[str] = []
        for op in paragraph:
            if op.kind is not OpKind.EQUAL and not anchored:
                parts.append(f'<a name="{FIRST_CHANGE_ANCHOR}"></a>')
                anchored = True
            if op.kind is OpKind.EQUAL:
                parts.append(_inline(op.new))
            elif op.kind is OpKind.INSERT:
                parts.append(f'<ins style="{INS_STYLE}">{_inline(op.new)}</ins>')
            elif op.kind is OpKind.DELETE:
                parts.append(f'<del style="{DEL_STYLE}">{_inline(op.old)}</del>')
            else:
                parts.append(
                    f'<span class="respell" title="{escape(op.old.strip())}" '
                    f'style="{RESPELL_STYLE}">{_inline(op.new)}</span>'
                )
        blocks.append(f'<p dir="auto">{"".join(parts).strip()}</p>')
    return '<div dir="auto" class="diff">' + "".join(blocks) + "</div>"


def diff_html(old: str, new: str, *, context: int | None = None) -> str:
    """Shortcut: ``ops_to_html(diff_words(old, new), context=context)``."""
    return ops_to_html(diff_words(old, new), context=context)
