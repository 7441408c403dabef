"""A list filter that names no section, tag or author is refused, with the nearest spellings."""

from __future__ import annotations

import pytest

from newsdesk.services.container import Services
from newsdesk.services.dto import StoryFilter, StoryInput
from newsdesk.services.errors import NotFoundError
from newsdesk.services.taxonomy import nearest_spellings


@pytest.fixture
def newsroom(services: Services) -> Services:
    services.taxonomy.create_section("رياضة", "sport")
    services.taxonomy.create_section("اقتصاد", "economy")
    services.stories.create(
        StoryInput(
            headline="خبر",
            body="نص.",
            tags=("الطاقة المتجددة", "روسيا"),
            authors=("ليلى حداد",),
        )
    )
    return services


@pytest.mark.parametrize(
    "story_filter",
    [
        StoryFilter(section="sport"),
        StoryFilter(section="رياضة"),
        StoryFilter(tag="روسيا"),
        StoryFilter(tag="الطاقه المتجدده"),  # the tag's normalised key, as the list matches it
        StoryFilter(author="ليلى حداد"),
        StoryFilter(),
    ],
)
def test_known_values_pass(newsroom: Services, story_filter: StoryFilter) -> None:
    newsroom.taxonomy.check_filter(story_filter)


@pytest.mark.parametrize(
    ("story_filter", "code", "params"),
    [
        (
            StoryFilter(section="رياضه"),
            "filter.unknown_near",
            {"kind": "section", "value": "رياضه", "near": "رياضة"},
        ),
        (
            StoryFilter(tag="روسيه"),
            "filter.unknown_near",
            {"kind": "tag", "value": "روسيه", "near": "روسيا"},
        ),
        (
            StoryFilter(author="Nobody"),
            "filter.unknown",
            {"kind": "author", "value": "Nobody"},
        ),
    ],
)
def test_unknown_values_are_named(
    newsroom: Services, story_filter: StoryFilter, code: str, params: dict[str, str]
) -> None:
    with pytest.raises(NotFoundError) as caught:
        newsroom.taxonomy.check_filter(story_filter)
    assert (caught.value.code, caught.value.params) == (code, params)


def test_nearest_spellings_fold_arabic_variants_and_keep_the_closest_first() -> None:
    known = [("رياضة", "sport"), ("سياسة", "politics"), ("اقتصاد", "economy")]
    assert nearest_spellings("رياضه", known)[0] == "رياضة"
    assert nearest_spellings("ecnomy", known) == ["اقتصاد"]
    assert nearest_spellings("طقس", known) == []
