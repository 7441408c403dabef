"""Paragraph merges: one-sided changes combine, overlapping ones are marked, nothing is lost."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsdesk.core.merge import (
    CONFLICT_MINE,
    CONFLICT_THEIRS,
    merge3,
    merge_without_base,
    split_paragraphs,
)

BASE = "أ\n\nب\n\nج\n\nد"


def test_changes_in_different_paragraphs_combine() -> None:
    result = merge3(BASE, "أ\n\nب2\n\nج\n\nد", "أ\n\nب\n\nج\n\nد2")
    assert result.conflicts == 0 and result.text == "أ\n\nب2\n\nج\n\nد2"


def test_insertions_and_deletions_from_both_sides() -> None:
    result = merge3(BASE, "صفر\n\nأ\n\nب\n\nج\n\nد", "أ\n\nب\n\nد\n\nهـ")
    assert result.conflicts == 0
    assert result.text == "صفر\n\nأ\n\nب\n\nد\n\nهـ"


def test_same_change_on_both_sides_is_no_conflict() -> None:
    result = merge3(BASE, "أ\n\nبب\n\nج\n\nد", "أ\n\nبب\n\nج\n\nد")
    assert result == merge3(BASE, "أ\n\nبب\n\nج\n\nد", "أ\n\nبب\n\nج\n\nد")
    assert result.conflicts == 0 and result.text.count("بب") == 1


def test_both_changing_one_paragraph_keeps_both_marked() -> None:
    result = merge3(BASE, "أ\n\nنصهم\n\nج\n\nد", "أ\n\nنصي\n\nج\n\nد")
    assert result.conflicts == 1
    assert CONFLICT_MINE in result.text and CONFLICT_THEIRS in result.text
    assert result.text.index("نصي") < result.text.index("نصهم")


def test_without_base_keeps_theirs_and_adds_mine() -> None:
    result = merge_without_base("أ\n\nب", "أ\n\nجديد\n\nب")
    assert result.text == "أ\n\nجديد\n\nب"


paragraphs = st.lists(st.sampled_from(["أ", "ب", "ج", "د", "هـ", "و"]), max_size=6)


@given(paragraphs, paragraphs, paragraphs)
def test_merge_never_drops_a_paragraph_either_side_added(base, theirs, mine) -> None:  # type: ignore[no-untyped-def]
    result = merge3("\n\n".join(base), "\n\n".join(theirs), "\n\n".join(mine))
    merged = result.text
    for paragraph in set(theirs) - set(base):
        assert paragraph in merged
    for paragraph in set(mine) - set(base):
        assert paragraph in merged


@given(paragraphs)
def test_merge_of_unchanged_sides_is_the_base(base) -> None:  # type: ignore[no-untyped-def]
    text = "\n\n".join(base)
    assert merge3(text, text, text).text == text
    assert split_paragraphs(merge3(text, text, text).text) == base
