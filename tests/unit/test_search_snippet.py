"""Snippets: cut from the text as written, matched words marked, whatever the spelling."""

from __future__ import annotations

from newsdesk.core.markup import escape_text
from newsdesk.core.search_query import parse_query
from newsdesk.services.search import MARK_CLOSE, MARK_OPEN, make_snippet, snippet_parts

BODY = (
    "افتتح المعرض أبوابه اليوم في قاعة كبرى.\n\n"
    "وقال الوزيرُ إنّ **المعرضَ** يستقبل ٣٠٠ ناشر من بالعاصمةِ ومن خارجها.\n\n"
    "وتستمر الفعاليات أسبوعا."
)


def test_the_sentence_with_the_most_query_words_is_chosen_and_marked_as_written() -> None:
    snippet = make_snippet(parse_query("العاصمة 300 المعرض"), "", BODY)
    assert snippet == ("وقال الوزيرُ إنّ **المعرضَ** يستقبل **٣٠٠** ناشر من **بالعاصمةِ** ومن خارجها.")


def test_prefixes_and_phrases_are_marked() -> None:
    snippet = make_snippet(parse_query('"الفعاليات أسبوعا" وتستم*'), "", BODY)
    assert snippet == "**وتستمر** **الفعاليات** **أسبوعا**."


def test_no_match_in_text_gives_the_opening() -> None:
    assert make_snippet(parse_query("غائب"), "", BODY) == "افتتح المعرض أبوابه اليوم في قاعة كبرى."
    assert make_snippet(parse_query("غائب"), "", "") == ""


def test_the_dek_counts_and_markdown_marks_are_dropped() -> None:
    body = "## عنوان\n\n- نقطة عن [المياه](https://example.org) في المدينة"
    assert make_snippet(parse_query("مياه"), "", body) == "نقطة عن **المياه** في المدينة"
    assert make_snippet(parse_query("موجز"), "موجز الخبر", body) == "**موجز** الخبر"


def test_long_sentences_are_cut_around_the_first_hit() -> None:
    words = ["كلمة"] * 120
    words[60] = "دمشق"
    snippet = make_snippet(parse_query("دمشق"), "", " ".join(words))
    assert snippet.startswith("…") and snippet.endswith("…")
    assert MARK_OPEN + "دمشق" + MARK_CLOSE in snippet
    assert len(snippet) <= 230


def test_snippet_parts_split_marked_words() -> None:
    assert snippet_parts("قال **الوزير** إن **المعرض**.") == [
        ("قال ", False),
        ("الوزير", True),
        (" إن ", False),
        ("المعرض", True),
        (".", False),
    ]


def test_among_sentences_short_of_every_word_the_first_with_the_most_wins() -> None:
    # No sentence holds all three words: lines holding fewer different words than the best so
    # far are skipped unsplit, which must not change which sentence is chosen.
    body = (
        "زار الوزير دمشق.\n\n"
        "ثم زار الوزير بيروت ودمشق في يوم واحد.\n\n"
        "وفي دمشق وبيروت لقاءات. وفي بيروت ودمشق غيرها."
    )
    snippet = make_snippet(parse_query("دمشق بيروت عمان"), "", body)
    assert snippet == "ثم زار الوزير **بيروت** **ودمشق** في يوم واحد."
    # A prefix counts once for each different word it matches.
    body = "الحكومة اجتمعت اليوم.\n\nالحكومة والحكومات المحلية اجتمعت."
    snippet = make_snippet(parse_query("حكوم* محلي اجتماع"), "", body)
    assert snippet == "**الحكومة** **والحكومات** **المحلية** اجتمعت."
    # A link can split a word as written: its line is not judged by the text around the link.
    body = "زار دمشق.\n\nثم زار [دم](https://example.org)شق وبيروت."
    assert make_snippet(parse_query("دمشق بيروت"), "", body) == "ثم زار **دمشق** **وبيروت**."


def test_markdown_is_cleaned_from_the_chosen_sentence_only_as_written() -> None:
    body = (
        "> نص مقتبس بلا كلمة البحث\n\n"
        "1. زار ![صورة الوزير](a.png) الوزير [مدينة **دمشق**](https://example.org) "
        "`اليوم` {: .lead}"
    )
    assert make_snippet(parse_query("دمشق"), "", body) == (
        "زار صورة الوزير الوزير مدينة **دمشق** اليوم"
    )
    assert make_snippet(parse_query("غائب"), "", body) == "نص مقتبس بلا كلمة البحث"


def test_plain_text_escaped_by_an_importer_shows_as_typed() -> None:
    line = "#عاجل: سعر [النفط] *ارتفع* إلى 5 & <أكثر> {: مؤقتا}"
    body = escape_text(line)
    snippet = make_snippet(parse_query("النفط"), "", body)
    assert snippet.replace(MARK_OPEN, "").replace(MARK_CLOSE, "") == line
    assert f"[{MARK_OPEN}النفط{MARK_CLOSE}]" in snippet
