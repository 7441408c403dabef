"""Near-duplicate shingles: the windows, the spelling folding, the measures and the index."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st

from newsdesk.core import shingles, text

WORDS = st.lists(st.sampled_from(["النفط", "أسعار", "ارتفعت", "في", "لندن", "Brent", "٢٠٢٦"]))


def reference(*parts: str) -> frozenset[int]:
    """The definition, written the slow and obvious way."""
    words = [shingles.word_id(w) for part in parts for w in text.tokens(part)]
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


# -- sketches -------------------------------------------------------------------------------

HASHES = st.frozensets(st.integers(-(2**63), 2**63 - 1), max_size=400)


@given(HASHES)
def test_a_sketch_keeps_the_smallest_hashes_and_survives_storage(values: frozenset[int]) -> None:
    sketch = shingles.Sketch.of(values)
    assert list(sketch.values) == sorted(values)[: shingles.SKETCH_K]
    assert sketch.complete is (len(values) <= shingles.SKETCH_K)
    assert shingles.Sketch.from_bytes(sketch.size, sketch.to_bytes()) == sketch


@given(HASHES)
def test_the_whole_set_is_stored_behind_its_sketch(values: frozenset[int]) -> None:
    # What ``story_sketches`` keeps: every hash ascending; the sketch is its start, and the
    # set comes back whole for an exact comparison.
    sketch, stored = shingles.sketch_and_stored(values)
    assert sketch == shingles.Sketch.of(values)
    assert shingles.Sketch.from_bytes(len(values), stored) == sketch
    assert shingles.stored_set(len(values), stored) == values
    # A row stored before whole sets were holds the sketch alone: no set to compare.
    if len(values) > shingles.SKETCH_K:
        assert shingles.stored_set(len(values), sketch.to_bytes()) is None


@given(
    st.lists(st.integers(0, 10**6), min_size=1, max_size=600, unique=True),
    st.floats(0.0, 1.0),
    st.integers(0, 400),
)
def test_an_estimate_never_rules_out_a_duplicate(words: list[int], kept: float, extra: int) -> None:
    # Sets of real shingle hashes: a story and a version of it with a share of its shingles
    # kept and some added. Exact when both sketches hold their whole sets.
    a = frozenset(hash((w, 1)) for w in words)
    b = frozenset(hash((w, 1)) for w in words[: int(len(words) * kept)]) | frozenset(
        hash((w, 2)) for w in range(extra)
    )
    exact = shingles.similarity(a, b)
    estimate = shingles.estimate(shingles.Sketch.of(a), shingles.Sketch.of(b))
    if exact.is_duplicate:
        assert estimate.may_be_duplicate
    if estimate.exact:
        assert (estimate.jaccard, estimate.containment) == (exact.jaccard, exact.containment)
    else:
        assert abs(estimate.jaccard - exact.jaccard) <= estimate.jaccard_margin
        assert abs(estimate.containment - exact.containment) <= estimate.containment_margin


def test_shingles_are_the_same_in_every_process() -> None:
    # Sketches are stored, so a shingle may not depend on the process's string hash salt.
    script = (
        "from newsdesk.core import shingles;"
        "print(sorted(shingles.shingles('ارتفعت أسعار النفط في لندن اليوم بعد قرار أوبك')),"
        "shingles.SCHEME)"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2")
    }
    assert len(outputs) == 1
    here = sorted(shingles.shingles("ارتفعت أسعار النفط في لندن اليوم بعد قرار أوبك"))
    assert outputs == {f"{here} {shingles.SCHEME}\n"}


def test_estimates_on_real_stories_dismiss_strangers_and_keep_every_version(shared) -> None:  # type: ignore[no-untyped-def]
    # The shared corpus: each story against a shortened version, a version with another
    # story's paragraphs added, and the index's candidates among the other stories.
    with shared("corpus", "arabic_news.jsonl").open(encoding="utf-8") as handle:
        stories = [json.loads(line) for line in handle]
    sets = [shingles.shingles(s["title"], s["body"]) for s in stories]
    index = shingles.ShingleIndex()
    pairs: list[tuple[frozenset[int], frozenset[int]]] = []
    for number, (story, mine) in enumerate(zip(stories, sets, strict=True)):
        paragraphs = story["body"].split("\n")
        other = stories[(number * 7 + 1) % len(stories)]["body"]
        pairs.append((mine, shingles.shingles(story["title"], "\n".join(paragraphs[:-1]))))
        pairs.append((mine, shingles.shingles(story["title"], story["body"] + "\n" + other)))
        pairs += [(mine, sets[c]) for c in index.candidates(mine, 5)]
        index.add(number, mine)
    dismissed = duplicates = outside = 0
    for a, b in pairs:
        exact = shingles.similarity(a, b)
        estimate = shingles.estimate(shingles.Sketch.of(a), shingles.Sketch.of(b))
        duplicates += exact.is_duplicate
        if exact.is_duplicate:
            assert estimate.may_be_duplicate
        else:
            dismissed += not estimate.may_be_duplicate
        outside += abs(estimate.containment - exact.containment) > estimate.containment_margin
    assert duplicates > 1000 and len(pairs) - duplicates > 500
    assert dismissed >= 0.8 * (len(pairs) - duplicates)
    assert outside <= 0.001 * len(pairs)


def reference_estimate(a: shingles.Sketch, b: shingles.Sketch) -> tuple[float, ...]:
    """The sampled measures of ``estimate``, by sets built the obvious way (before the prefix
    cut by bisection replaced them)."""
    limit = min(
        a.values[-1] if not a.complete else float("inf"),
        b.values[-1] if not b.complete else float("inf"),
    )
    mine = {v for v in a.values if v <= limit}
    theirs = {v for v in b.values if v <= limit}
    smaller = mine if a.size <= b.size else theirs
    shared = len(mine & theirs)
    return (
        shared / len(mine | theirs) if mine | theirs else 0.0,
        shared / len(smaller) if smaller else 0.0,
    )


@given(
    st.frozensets(st.integers(-(2**63), 2**63 - 1), min_size=3, max_size=400),
    st.frozensets(st.integers(-(2**63), 2**63 - 1), min_size=3, max_size=400),
    st.frozensets(st.integers(-(2**63), 2**63 - 1), max_size=300),
)
def test_estimate_samples_the_hashes_both_sketches_cover(
    own_a: frozenset[int], own_b: frozenset[int], common: frozenset[int]
) -> None:
    a = shingles.Sketch.of(own_a | common)
    b = shingles.Sketch.of(own_b | common)
    got = shingles.estimate(a, b)
    if a.complete and b.complete:
        assert got.exact
        return
    assert (got.jaccard, got.containment) == reference_estimate(a, b)


@given(
    st.frozensets(st.integers(-(2**63), 2**63 - 1), max_size=400),
    st.frozensets(st.integers(-(2**63), 2**63 - 1), max_size=400),
    st.frozensets(st.integers(-(2**63), 2**63 - 1), max_size=300),
)
def test_an_estimate_against_stored_bytes_is_the_estimate_of_the_two_sketches(
    own_a: frozenset[int], own_b: frozenset[int], common: frozenset[int]
) -> None:
    # What the import does for each candidate: its stored bytes (the whole set, the sketch
    # first) against the story's sketch and the set of its values, made once.
    a = shingles.Sketch.of(own_a | common)
    whole_b = own_b | common
    b = shingles.Sketch.of(whole_b)
    stored = shingles.sketch_and_stored(whole_b)[1]
    got = shingles.estimate_against(
        a, frozenset(a.values), len(whole_b), shingles.head_values(stored)
    )
    assert got == shingles.estimate(a, b)
    if not got.exact:
        assert (got.jaccard, got.containment) == reference_estimate(a, b)


INTS = st.integers(-(2**63), 2**63 - 1)


@given(
    st.frozensets(INTS, max_size=400),
    st.frozensets(INTS, max_size=400),
    st.frozensets(INTS, max_size=300),
)
def test_a_probe_decides_as_the_estimate_and_the_exact_comparison(
    own_a: frozenset[int], own_b: frozenset[int], common: frozenset[int]
) -> None:
    # The import asks a probe of the story instead of making an Estimate per candidate and
    # the candidate's whole set: the same answers, bit for bit.
    whole_a, whole_b = own_a | common, own_b | common
    a = shingles.Sketch.of(whole_a)
    stored = shingles.sketch_and_stored(whole_b)[1]
    probe = shingles.Probe(whole_a, a)
    head = shingles.head_values(stored)
    expected = shingles.estimate_against(a, frozenset(a.values), len(whole_b), head)
    assert probe.may_be_duplicate(len(whole_b), head) == expected.may_be_duplicate
    assert probe.similarity_to_stored(len(whole_b), stored) == shingles.similarity(whole_a, whole_b)
    # Only the sketch stored (rows from before whole sets were): compared by text instead.
    if len(whole_b) > shingles.SKETCH_K:
        assert probe.similarity_to_stored(len(whole_b), stored[: shingles.SKETCH_K * 8]) is None


def test_a_probe_keeps_borderline_candidates_the_estimate_keeps() -> None:
    # Near the thresholds, where the margins decide: containments around 0.8 and Jaccards
    # around 0.6 of sets larger than a sketch, both ways round.
    for shared in range(200, 400, 7):
        for extra in (0, 30, 90, 160, 300):
            common = frozenset(range(10**6, 10**6 + shared))
            a = common | frozenset(range(-(extra + 1), -1))
            b = common | frozenset(range(2 * 10**6, 2 * 10**6 + 400 - shared))
            for mine, theirs in ((a, b), (b, a)):
                sketch = shingles.Sketch.of(mine)
                head = shingles.head_values(shingles.sketch_and_stored(theirs)[1])
                expected = shingles.estimate_against(
                    sketch, frozenset(sketch.values), len(theirs), head
                ).may_be_duplicate
                assert shingles.Probe(mine, sketch).may_be_duplicate(len(theirs), head) == expected


def _most_common(index: shingles.ShingleIndex, values: list[int], limit: int) -> list[int]:
    """``candidates_of`` as it was written with ``Counter.most_common``."""
    from collections import Counter

    counts: Counter[int] = Counter()
    for value in values[: shingles.SKETCH_SIZE]:
        current = index._buckets.get(value)
        if current is None:
            continue
        if isinstance(current, int):
            counts[current] += 1
        else:
            counts.update(current)
    return [story_id for story_id, _ in counts.most_common(limit)]


STORY_VALUES = st.lists(
    st.lists(st.integers(0, 40), min_size=1, max_size=shingles.SKETCH_SIZE, unique=True).map(
        sorted
    ),
    max_size=120,
)


@given(STORY_VALUES, st.lists(st.integers(0, 40), max_size=12, unique=True), st.integers(1, 8))
def test_candidates_come_most_shared_first_ties_in_the_order_met(
    stories: list[list[int]], probe: list[int], limit: int
) -> None:
    # Few distinct values, so buckets are shared, grow into lists and some fill up.
    index = shingles.ShingleIndex()
    for story_id, values in enumerate(stories, 1):
        index.add_values(story_id, values)
    assert index.candidates_of(sorted(probe), limit) == _most_common(index, sorted(probe), limit)


@given(STORY_VALUES, st.integers(1, 30))
def test_relabelling_a_batch_leaves_what_removing_and_adding_again_leaves(
    stories: list[list[int]], batch: int
) -> None:
    # An import indexes the stories of a batch under provisional keys, then under their ids.
    written, pending = stories[:-batch] if batch < len(stories) else [], stories[-batch:]
    relabelled, again = shingles.ShingleIndex(), shingles.ShingleIndex()
    for index in (relabelled, again):
        for story_id, values in enumerate(written, 1):
            index.add_values(story_id, values)
        for key, values in enumerate(pending, 1):
            index.add_values(-key, values)
    first = len(written) + 1
    for n, values in enumerate(pending):
        relabelled.relabel(-(n + 1), first + n, values)
        again.remove_values(-(n + 1), values)
        again.add_values(first + n, values)
    assert relabelled._buckets == again._buckets
    assert relabelled._full == again._full
    assert relabelled.size == again.size
