"""Paragraph-level merging of two edits of one story body.

When two desks save the same story, most of the time they touched different paragraphs. With the
version both started from (the base), a three-way merge keeps every paragraph only one side
changed and flags only paragraphs both sides changed differently. Without a base, the merge
starts from the stored text and adds the editor's paragraphs that the stored text lacks, right
after the paragraph they followed, so nothing typed is lost and nothing stored is dropped.

Paragraphs are compared on ``core.text.normalize``: a side that only added tashkeel to a
paragraph has not changed it, so the other side's rewrite of that paragraph wins without a
conflict (the tashkeel is a spelling, the rewrite is an edit).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Final

from newsdesk.core.text import normalize

_PARAGRAPH_SPLIT: Final = re.compile(r"\n[ \t]*\n+")

#: Markers around a paragraph both sides changed: visible, bilingual, and easy to search for.
CONFLICT_MINE: Final = "<<<<<<< نسختي · mine"
CONFLICT_SEPARATOR: Final = "======="
CONFLICT_THEIRS: Final = ">>>>>>> نسختهم · theirs"


def split_paragraphs(body: str) -> list[str]:
    """The paragraphs of a Markdown body (blank-line separated), without their outer blanks."""
    stripped = body.strip("\n")
    if not stripped.strip():
        return []
    return [p.strip("\n") for p in _PARAGRAPH_SPLIT.split(stripped)]


def join_paragraphs(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs)


@dataclass(frozen=True, slots=True)
class MergeResult:
    text: str
    #: How many paragraphs both sides changed differently (marked in ``text``).
    conflicts: int


def _keys(paragraphs: list[str]) -> list[str]:
    return [normalize(p).strip() for p in paragraphs]


def merge_without_base(theirs: str, mine: str) -> MergeResult:
    """Theirs, plus each of my paragraphs theirs does not have, placed after its predecessor."""
    t, m = split_paragraphs(theirs), split_paragraphs(mine)
    matcher = difflib.SequenceMatcher(None, _keys(t), _keys(m), autojunk=False)
    out: list[str] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        out.extend(t[i1:i2])
        if tag in ("insert", "replace"):
            out.extend(m[j1:j2])
    return MergeResult(join_paragraphs(out), 0)


def _changes(base: list[str], side: list[str]) -> list[tuple[int, int, list[str]]]:
    """(base start, base end, replacement) for each region ``side`` changed."""
    matcher = difflib.SequenceMatcher(None, _keys(base), _keys(side), autojunk=False)
    return [
        (i1, i2, side[j1:j2]) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"
    ]


def merge3(base: str, theirs: str, mine: str) -> MergeResult:
    """Three-way paragraph merge; overlapping different changes are kept both, marked."""
    b = split_paragraphs(base)
    theirs_changes = _changes(b, split_paragraphs(theirs))
    mine_changes = _changes(b, split_paragraphs(mine))
    out: list[str] = []
    conflicts = 0
    pos = 0  # next base paragraph not yet emitted
    ti = mi = 0
    while ti < len(theirs_changes) or mi < len(mine_changes):
        # Take the change that starts first; gather every change overlapping it from both sides.
        candidates = []
        if ti < len(theirs_changes):
            candidates.append(theirs_changes[ti][0])
        if mi < len(mine_changes):
            candidates.append(mine_changes[mi][0])
        start = min(candidates)
        end = start
        group_t: list[tuple[int, int, list[str]]] = []
        group_m: list[tuple[int, int, list[str]]] = []
        grew = True
        while grew:
            grew = False
            while ti < len(theirs_changes) and _touches(theirs_changes[ti], start, end):
                end = max(end, theirs_changes[ti][1])
                group_t.append(theirs_changes[ti])
                ti += 1
                grew = True
            while mi < len(mine_changes) and _touches(mine_changes[mi], start, end):
                end = max(end, mine_changes[mi][1])
                group_m.append(mine_changes[mi])
                mi += 1
                grew = True
        out.extend(b[pos:start])
        replaced_t = _apply_group(b, start, end, group_t)
        replaced_m = _apply_group(b, start, end, group_m)
        if not group_m:
            out.extend(replaced_t)
        elif not group_t or _keys(replaced_t) == _keys(replaced_m):
            out.extend(replaced_m)
        else:
            conflicts += 1
            out.append(
                "\n".join(
                    [
                        CONFLICT_MINE,
                        join_paragraphs(replaced_m),
                        CONFLICT_SEPARATOR,
                        join_paragraphs(replaced_t),
                        CONFLICT_THEIRS,
                    ]
                )
            )
        pos = end
    out.extend(b[pos:])
    return MergeResult(join_paragraphs(out), conflicts)


def _touches(change: tuple[int, int, list[str]], start: int, end: int) -> bool:
    """Whether ``change`` overlaps the region, or both sides edit the very same spot."""
    return change[0] < end or change[0] == start


def _apply_group(
    base: list[str], start: int, end: int, group: list[tuple[int, int, list[str]]]
) -> list[str]:
    out: list[str] = []
    pos = start
    for c_start, c_end, replacement in group:
        out.extend(base[pos:c_start])
        out.extend(replacement)
        pos = c_end
    out.extend(base[pos:end])
    return out
