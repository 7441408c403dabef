"""Related-story scoring and tag duplicate detection: pure functions, no database, no Qt."""

from __future__ import annotations

import pickle
from datetime import UTC, datetime

import pytest

from newsdesk.core.similarity import (
    DEFAULT_TUNING,
    count_terms,
    idf,
    query_weights,
    score_parts,
    terms_of,
)
from newsdesk.services.tags import TagInfo, find_duplicates, stem_key, within_one_edit


def test_terms_are_normalised_light_stems_without_numbers_or_single_letters() -> None:
    assert terms_of("والعاصمة بالعاصمه العاصمة 2024 و") == ["عاصم", "عاصم", "عاصم"]
    counts = count_terms("أسعار النفط", "", "ارتفعت الأسعار. النفط!")
    assert counts.title["اسعار"] == 1 and counts.body["اسعار"] == 1
    assert counts.length == 5


def test_term_counts_keep_their_terms_and_length_through_a_worker_process() -> None:
    # An import counts terms in a worker process and pickles them to the writing process.
    counts = count_terms("أسعار النفط", "", "ارتفعت الأسعار. النفط!")
    back = pickle.loads(pickle.dumps(counts))
    assert back == counts
    assert back.terms() == counts.terms() == set(counts.title) | set(counts.body)
    assert back.length == counts.length == 5


def test_rare_terms_weigh_more_and_self_score_is_positive() -> None:
    assert idf(1, 1000) > idf(500, 1000) > 0
    counts = count_terms("انتخابات بلدية", "", "انتخابات بلدية في تونس")
    weights, self_score = query_weights(counts, {"انتخاب": 5, "بلد": 400, "تونس": 900}, 1000, 4.0)
    assert max(weights, key=weights.__getitem__) == "انتخاب"
    assert self_score > 0


def test_a_left_out_term_is_never_chosen_but_counts_in_the_length() -> None:
    # Stop terms: their postings are incomplete, so a suggestion must not look them up; the
    # story's own length (BM25's normalisation) still includes them.
    counts = count_terms("انتخابات بلدية", "", "انتخابات بلدية في تونس")
    dfs = {"انتخاب": 5, "بلد": 400, "تونس": 900}
    weights, _ = query_weights(counts, dfs, 1000, 4.0)
    kept, self_score = query_weights(counts, dfs, 1000, 4.0, leave_out={"في"})
    assert "في" in weights and "في" not in kept
    assert kept == {t: w for t, w in weights.items() if t != "في"}
    assert self_score > 0


def test_score_parts_add_up_and_explain_themselves() -> None:
    parts = score_parts(
        text_score=2.0,
        self_score=4.0,
        shared_terms=5,
        shared_tags=3,
        story_tags=3,
        same_section=True,
        days_apart=2.4,
    )
    assert parts.total == pytest.approx(parts.text + parts.tags + parts.section + parts.recency)
    assert parts.text == pytest.approx(DEFAULT_TUNING.text_weight * 0.5)
    assert parts.tags == pytest.approx(DEFAULT_TUNING.tag_weight)
    assert parts.sentence() == "3 shared tags, 5 shared terms, same section, 2 days apart"
    lone = score_parts(
        text_score=0.0,
        self_score=4.0,
        shared_terms=0,
        shared_tags=1,
        story_tags=2,
        same_section=False,
        days_apart=0.2,
    )
    assert lone.sentence() == "1 shared tag, same day"
    assert lone.text == 0 and lone.section == 0


def test_recency_fades_with_distance() -> None:
    near = score_parts(
        text_score=1,
        self_score=1,
        shared_terms=1,
        shared_tags=0,
        story_tags=0,
        same_section=False,
        days_apart=1,
    )
    far = score_parts(
        text_score=1,
        self_score=1,
        shared_terms=1,
        shared_tags=0,
        story_tags=0,
        same_section=False,
        days_apart=-400,
    )
    assert near.recency > far.recency >= 0
    assert far.days_apart == 400


def _tag(i: int, name: str, stories: int) -> TagInfo:
    when = datetime(2026, 1, 1, tzinfo=UTC)
    return TagInfo(i, name, f"t{i}", name, False, "", stories, 0, 0, when, when)


def test_the_four_russia_spellings_group_under_the_most_used() -> None:
    tags = [
        _tag(1, "روسيّا", 2),
        _tag(2, "روسيا", 9),
        _tag(3, "وروسيا", 1),
        _tag(4, "روسیا", 3),
        _tag(5, "تونس", 20),
        _tag(6, "الاقتصاد", 4),
        _tag(7, "الصين", 4),
        _tag(8, "اليمن", 4),
    ]
    groups = find_duplicates(tags)
    assert len(groups) == 1
    group = groups[0]
    assert group.target.name == "روسيا"
    assert sorted(t.id for t in group.sources) == [1, 3, 4]


def test_one_letter_typos_group_only_for_long_names() -> None:
    groups = find_duplicates(
        [_tag(1, "الانتخابات", 5), _tag(2, "الانتخبات", 1), _tag(3, "قطر", 3), _tag(4, "قطن", 1)]
    )
    assert [(g.target.id, [s.id for s in g.sources], g.reason) for g in groups] == [
        (1, [2], "typo")
    ]


def test_clitic_and_edit_helpers() -> None:
    assert stem_key("وروسيا") == stem_key("روسيا")
    assert stem_key("الطاقة المتجددة") == stem_key("والطاقه المتجدده")
    assert within_one_edit("روسيا", "روسبا")
    assert within_one_edit("روسيا", "روسيات")
    assert not within_one_edit("الصين", "اليمن")
