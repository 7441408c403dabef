"""Near-duplicate shingles: the windows, the spelling folding, the measures and the index."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsdesk.core import shingles, text

WORDS = st.lists(st.sampled_from(["النفط", "أسعار", "ارتفعت", "في", "لندن", "Brent", "٢٠٢٦"]))


def reference(*parts: str) -> frozenset[int]:
    """The definition, written the slow and obvious way."""
    words = [w for part in parts for w in text.tokens(part)]
    if not words:
        return frozenset()
    n = shingles.SHINGLE_WORDS
    if len(words) < n:
        return frozenset({hash(tuple(words))})
    return frozenset(hash(tuple(words[i : i + n])) for i in range(len(words) - n + 1))


@given(WORDS, WORDS)
def test_shingles_are_every_window_of_five_words(headline: list[str], body: list[str]) -> None:
    parts = (" ".join(headline), " ".join(body))
    assert shingles.shingles(*parts) == reference(*parts)


def test_spelling_variants_make_the_same_shingles() -> None:
    plain = "ارتفعت اسعار النفط في لندن اليوم"
    spelled = "ارتفعتْ أسعارُ النفـط في لندن اليوم"
    assert shingles.shingles(plain) == shingles.shingles(spelled)
    assert len(shingles.shingles(plain)) == 2  # six words: two windows of five


def test_similarity_measures_a_copy_a_version_and_a_stranger() -> None:
    story = " ".join(f"كلمة{i}" for i in range(60))
    longer = story + " " + " ".join(f"إضافة{i}" for i in range(20))
    stranger = " ".join(f"أخرى{i}" for i in range(60))
    a, b, c = (shingles.shingles(t) for t in (story, longer, stranger))
    assert shingles.similarity(a, a).jaccard == 1.0
    contained = shingles.similarity(a, b)
    assert contained.containment == 1.0 and contained.jaccard < 1.0 and contained.is_duplicate
    assert not shingles.similarity(a, c).is_duplicate
    assert shingles.similarity(a, frozenset()).score == 0.0


def test_index_offers_the_copy_first_and_forgets_removed_stories() -> None:
    story = shingles.shingles(" ".join(f"كلمة{i}" for i in range(80)))
    other = shingles.shingles(" ".join(f"أخرى{i}" for i in range(80)))
    index = shingles.ShingleIndex()
    index.add(1, story)
    index.add(2, other)
    assert index.candidates(story)[0] == 1
    index.remove(1, story)
    assert 1 not in index.candidates(story) and index.size == 1
