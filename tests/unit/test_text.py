"""Tests for newsdesk.core.text: the Arabic-first text rules every layer relies on."""

from __future__ import annotations

import re
import unicodedata

import pytest
from benchmarks.corpus import SHARED_CORPUS, load_articles
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsdesk.core import text as text_module
from newsdesk.core.text import (
    ARABIC_WPM,
    TextProblem,
    balance_bidi_controls,
    broken_text_problems,
    char_count,
    excerpt,
    first_strong_direction,
    is_broken,
    light10_stem,
    normalize,
    paragraph_direction,
    query_terms,
    reading_time,
    search_terms,
    slugify,
    stem,
    strip_bidi_controls,
    tokens,
    word_count,
    word_count_of_tokens,
)

# Text that looks like what the newsroom writes: Arabic letters with tashkeel, tatweel, hamza
# forms, digits of three systems, Latin, punctuation of both scripts and the invisible marks.
ARABIC_ALPHABET = (
    "ءآأؤإئابةتثجحخدذرزسشصضطظعغـفقكلمنهوىيًٌٍَُِّْٰٱیکپچگ"
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹،؛؟«»“”"
    "ﻻﻷﺍﺏﷲ"
    "\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"
    "\ufeff\u00ad\u00a0\u2009"
)
arabicish = st.text(alphabet=st.sampled_from(ARABIC_ALPHABET + "abcXYZ019 .,!?-'\n"), max_size=60)
any_text = st.one_of(arabicish, st.text(max_size=60))

TASHKEEL_OR_HIDDEN = re.compile(
    "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
    "\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff\u00ad\u00a0]"
)
FOLDED_AWAY = set("أإآٱىةیک٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹")


# --- normalize ----------------------------------------------------------------------------


@given(any_text)
@example("ﻷ")
@example("İ")
@example("و\u0654")
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@given(any_text)
def test_normalize_removes_marks_variants_and_controls(text: str) -> None:
    key = normalize(text)
    assert not TASHKEEL_OR_HIDDEN.search(key)
    assert not FOLDED_AWAY & set(key)
    # Presentation forms are folded; only ones NFKC keeps (ornate parentheses ﴾﴿) remain.
    for ch in re.findall("[\ufb50-\ufdff\ufe70-\ufeff]", key):
        assert unicodedata.normalize("NFKC", ch) == ch


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("أحمد", "احمد"),
        ("إسلام", "اسلام"),
        ("آمال", "امال"),
        ("ٱلله", "الله"),
        ("مُحَمَّد", "محمد"),
        ("العاصمة", "العاصمه"),
        ("مستشفى", "مستشفي"),
        ("٢٠٢٤", "2024"),
        ("۱۴۰۳", "1403"),
        ("٣٫٥", "3.5"),
        ("روسیا", "روسيا"),
        ("کتاب", "كتاب"),
        ("ﻻ", "لا"),
        ("ﻷ", "لا"),
        ("الـــعـــاصمة", "العاصمه"),
        ("\u202bالقاهرة\u202c\u200f", "القاهره"),
        ("القاهرة\u00a0اليوم", "القاهره اليوم"),
        ("BBC News", "bbc news"),
        ("Straße", "strasse"),
        ("ÉTÉ", "été"),
        ("رئيس مسؤول", "رئيس مسؤول"),  # hamza on yeh and waw is kept
        ("ي\u0654", "ئ"),  # decomposed hamza keys like the precomposed letter
    ],
)
def test_normalize_examples(raw: str, key: str) -> None:
    assert normalize(raw) == key


def test_normalize_plain_ascii_short_circuit_only_lowercases() -> None:
    assert normalize("Hello,  World!\n") == "hello,  world!\n"


def test_cased_class_covers_every_bmp_character_that_case_folds() -> None:
    # normalize's one-pass regex relies on _CASED; if a new Unicode adds cased letters, extend it.
    cased = re.compile("[" + text_module._CASED + "]")
    missing = [
        hex(cp)
        for cp in range(0x80, 0x10000)
        if chr(cp).casefold() != chr(cp) and not cased.match(chr(cp))
    ]
    assert missing == []


# --- tokens, stems, search terms ----------------------------------------------------------


@given(any_text)
def test_tokens_of_normalized_text_equal_tokens_of_text(text: str) -> None:
    assert tokens(normalize(text)) == tokens(text)


def test_tokens_split_punctuation_and_keep_numbers() -> None:
    assert tokens("قال الرئيس، «إنّ» الاقتصاد نما ٣٪ في 2024!") == [
        "قال",
        "الرئيس",
        "ان",
        "الاقتصاد",
        "نما",
        "3",
        "في",
        "2024",
    ]


@pytest.mark.parametrize("word", ["العاصمة", "بالعاصمة", "والعاصمة", "العاصمه", "عاصمة"])
def test_clitic_forms_of_one_word_share_a_stem(word: str) -> None:
    assert stem(word) == stem("العاصمة") == "عاصم"


def test_stem_extension_over_light10() -> None:
    # light10 strips only one prefix; we also take a conjunction before a preposition+article.
    assert light10_stem("وبالعاصمة") == "بالعاصم"
    assert stem("وبالعاصمة") == "عاصم"
    assert stem("فللحكومة") == stem("الحكومة")


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("أحمد", "احمد"),
        ("احمد", "احمد"),
        ("المعلمون", "معلم"),
        ("للمعلمين", "معلم"),
        ("سياراتها", "سيار"),
        ("وزير", "زير"),  # light10's و rule; both forms of the word agree
        ("وبالغ", "بالغ"),  # only و goes: "بال" would leave one letter
        ("Reuters", "reuters"),
        ("2024", "2024"),
    ],
)
def test_stem_examples(word: str, expected: str) -> None:
    assert stem(word) == expected


@given(st.text(alphabet="ابتسلمنهويةوالفك", max_size=12))
def test_stem_keeps_at_least_two_letters_of_a_longer_word(word: str) -> None:
    key = normalize(word)
    assert len(stem(word)) >= min(2, len(key))
    # A light stemmer is not idempotent ("ااههه" loses one ه per pass); it only never empties.


def test_search_terms_store_token_then_different_stem() -> None:
    assert search_terms("بالعاصمة المصرية في 2024") == [
        "بالعاصمه",
        "عاصم",
        "المصريه",
        "مصر",
        "في",
        "2024",
    ]


def test_query_terms_match_indexed_terms_across_clitics() -> None:
    indexed = set(search_terms("وصل الوفد إلى العاصمة"))
    for query in ("العاصمة", "بالعاصمة", "عاصمة", "والعاصمه"):
        assert set(query_terms(query)) <= indexed


# --- counts -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("", 0),
        ("   ", 0),
        ("، ؛ ؟ « » “ ” - …", 0),
        ("قال الرئيس", 2),
        ("وقال", 1),
        ("مُحَمَّدٌ رَسُولُ", 2),
        ("الـــعـــاصمة", 1),
        ("می\u200cخواهم", 1),
        ("ارتفع المؤشر ٣٫٥٪ إلى 1,250 نقطة", 6),
        ("«القاهرة»، اليوم؟", 2),
        ("Reuters: Egypt's capital", 3),
        ("e-mail و Wi-Fi", 3),
    ],
)
def test_word_count_examples(text: str, count: int) -> None:
    assert word_count(text) == count


@given(any_text, any_text)
def test_word_count_is_additive_over_space_joined_texts(a: str, b: str) -> None:
    assert word_count(a) >= 0
    assert word_count(a + " " + b) == word_count(a) + word_count(b)


@pytest.mark.parametrize(
    ("text", "spaces", "count"),
    [
        ("محمد", True, 4),
        ("مُحَمَّد", True, 4),
        ("الـــعاصمة", True, 7),
        ("\u202bنعم\u202c\u200f", True, 3),
        ("نعم لا", True, 6),
        ("نعم لا", False, 5),
        ("a\r\nb", True, 3),
        ("cafe\u0301", True, 4),
        ("👨\u200d👩\u200d👧", True, 1),
        ("🇪🇬", True, 1),
        ("", True, 0),
    ],
)
def test_char_count_examples(text: str, spaces: bool, count: int) -> None:
    assert char_count(text, spaces=spaces) == count


@given(any_text)
def test_char_count_ignores_tashkeel_and_invisible_marks(text: str) -> None:
    stripped = re.sub("[\u064b-\u065f\u0670\u200b-\u200f\u202a-\u202e\u2066-\u2069]", "", text)
    assert char_count(text) == char_count(stripped)
    assert 0 <= char_count(text, spaces=False) <= char_count(text) <= len(text)


def test_reading_time_uses_arabic_speed_and_rounds_to_whole_minutes() -> None:
    assert ARABIC_WPM == 180
    assert reading_time("") == 0
    assert reading_time("؟ «»") == 0
    assert reading_time("كلمة") == 1
    assert reading_time(" ".join(["كلمة"] * 180 * 3)) == 3
    assert reading_time(" ".join(["كلمة"] * 450)) == 3  # 2.5 minutes rounds up
    assert reading_time(" ".join(["word"] * 500), wpm=250) == 2
    with pytest.raises(ValueError, match="wpm"):
        reading_time("x", wpm=0)


# --- direction ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("القاهرة Cairo", "rtl"),
        ("Cairo القاهرة", "ltr"),
        ("2024 - القاهرة", "rtl"),
        ("«CNN» قالت", "ltr"),
        ("123 ،!", None),
        ("", None),
        ("\u2066English\u2069 ثم عربي", "rtl"),  # isolates are skipped (UBA P2)
        ("\u202aEnglish\u202c عربي", "ltr"),  # embeddings are not
    ],
)
def test_first_strong_direction(text: str, direction: str | None) -> None:
    assert first_strong_direction(text) == direction


@given(
    st.text(alphabet="0123456789 .,!?-«»()", max_size=10),
    st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهوي", min_size=1, max_size=10),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzABC", min_size=1, max_size=10),
)
def test_first_strong_direction_of_mixes(neutral: str, arabic: str, latin: str) -> None:
    assert first_strong_direction(neutral + arabic + " " + latin) == "rtl"
    assert first_strong_direction(neutral + latin + " " + arabic) == "ltr"
    assert first_strong_direction(neutral) is None


def test_paragraph_direction_uses_first_paragraph_and_default() -> None:
    assert paragraph_direction("Hello\nمرحبا") == "ltr"
    assert paragraph_direction("123\nHello") == "rtl"
    assert paragraph_direction("123", default="ltr") == "ltr"
    assert paragraph_direction("مرحبا", default="ltr") == "rtl"


# --- bidi controls ------------------------------------------------------------------------


def test_strip_bidi_controls_keeps_marks() -> None:
    assert strip_bidi_controls("\u202bنص\u202c \u2067x\u2069\u200f") == "نص x\u200f"


@pytest.mark.parametrize(
    ("raw", "balanced"),
    [
        ("plain", "plain"),
        ("\u202bنص", "\u202bنص\u202c"),
        ("نص\u202c", "نص"),
        ("\u2067a\u202ab\u2069c", "\u2067a\u202ab\u202c\u2069c"),
        ("\u2067a\u202cb\u2069", "\u2067ab\u2069"),
        ("\u202bأ\nب\u202c", "\u202bأ\u202c\nب"),
        ("\u2068x\r\ny", "\u2068x\u2069\r\ny"),
    ],
)
def test_balance_bidi_controls_examples(raw: str, balanced: str) -> None:
    assert balance_bidi_controls(raw) == balanced


def _is_balanced(text: str) -> bool:
    for paragraph in re.split("\r\n|[\n\r\x1c-\x1e\x85\u2029]", text):
        stack: list[str] = []
        for ch in paragraph:
            if ch in "\u202a\u202b\u202d\u202e":
                stack.append("\u202c")
            elif ch in "\u2066\u2067\u2068":
                stack.append("\u2069")
            elif ch in "\u202c\u2069" and (not stack or stack.pop() != ch):
                return False
        if stack:
            return False
    return True


@given(st.text(alphabet="ab\n\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
def test_balance_bidi_controls_nests_properly_and_is_idempotent(text: str) -> None:
    balanced = balance_bidi_controls(text)
    assert _is_balanced(balanced)
    assert balance_bidi_controls(balanced) == balanced
    assert strip_bidi_controls(balanced) == strip_bidi_controls(text)


# --- slugs --------------------------------------------------------------------------------

SLUG_RE = re.compile(r"^[\w-]*$")


@pytest.mark.parametrize(
    ("headline", "slug"),
    [
        ("العاصمة المصرية: القاهرة؟", "العاصمة-المصرية-القاهرة"),
        ("مُحَمَّد صلاح يسجّل هدفين", "محمد-صلاح-يسجل-هدفين"),
        ("أسعار النفط ٢٠٢٤", "أسعار-النفط-2024"),
        ("ﻻ للحرب", "لا-للحرب"),
        ("BBC: Gaza / 50% off #1?", "bbc-gaza-50-off-1"),
        ("الـــعـــاصمة", "العاصمة"),
        ("Café à Paris", "café-à-paris"),
    ],
)
def test_slugify_arabic_keeps_letters_as_written(headline: str, slug: str) -> None:
    assert slugify(headline) == slug


def test_slugify_translit_is_ascii_and_deterministic() -> None:
    assert slugify("العاصمة المصرية ٢٠٢٤", "translit") == "alaasma-almsrya-2024"
    assert slugify("شركة خدمات Café", "translit") == "shrka-khdmat-cafe"
    assert slugify("شركة", "translit") == slugify("شَرِكَة", "translit")


def test_slugify_fallbacks() -> None:
    assert slugify("!!! 😀 ؟", fallback_id="a1b2") == "a1b2"
    assert slugify("!!! 😀 ؟") == "story"
    assert slugify("عنوان", "id", fallback_id="123") == "123"
    assert slugify("عنوان", "id") == "story"
    assert slugify("x", "id", fallback_id="a/b?c#d%") == "a-b-c-d"


def test_slugify_cuts_at_a_word_boundary() -> None:
    headline = " ".join(["كلمة"] * 40)
    slug = slugify(headline, max_length=22)
    assert slug == "كلمة-كلمة-كلمة-كلمة"
    assert slugify("ا" * 100, max_length=10) == "ا" * 10


@given(any_text, st.sampled_from(["arabic", "translit"]), st.integers(1, 90))
def test_slugify_output_is_always_safe(text: str, style: str, max_length: int) -> None:
    slug = slugify(text, style, max_length=max_length)  # type: ignore[arg-type]
    assert SLUG_RE.match(slug)
    assert slug
    assert not slug.startswith("-")
    assert not slug.endswith("-")
    assert not set("/?#%_") & set(slug)
    assert len(slug) <= max(max_length, len("story"))
    if len(slug) <= max_length:  # the fallback "story" may exceed a tiny max_length
        assert slugify(slug, style, max_length=max_length) == slug  # type: ignore[arg-type]
    if style == "translit":
        assert re.fullmatch("[a-z0-9-]+", slug)


# --- broken text --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Ø§Ù„Ø¹Ø§ØµÙ…Ø©", "mojibake"),
        ("خبر: Ø§Ù„Ù‚Ø§Ù‡Ø±Ø©", "mojibake"),
        ("ط§ظ„ط¹ط§طµظ…ط©", "mojibake"),
        ("Itâ€™s broken", "mojibake"),
        ("CafÃ© Ã  Paris", "mojibake"),
        ("القاهرة ???? اليوم", "question-marks"),
        ("????? ??? ????", "question-marks"),
        ("روس?ا", "question-marks"),
        ("القاهرة \ufffd\ufffd اليوم", "replacement-char"),
    ],
)
def test_broken_text_is_reported(text: str, kind: str) -> None:
    problems = broken_text_problems(text)
    assert [p.kind for p in problems] == [kind]
    assert is_broken(text)


def test_broken_text_problem_carries_offset_and_excerpt() -> None:
    text = "قال المراسل Ø§Ù„Ø¹Ø§ØµÙ…Ø© Ø§Ù„Ø¹Ø§ØµÙ…Ø© ثم ????"
    problems = broken_text_problems(text)
    start = text.index("Ø")
    assert problems[0] == TextProblem("mojibake", start, text[start : start + 29], 29)
    assert problems[1].kind == "question-marks"
    assert problems[1].offset == text.index("????")


@pytest.mark.parametrize(
    "text",
    [
        "Café à Paris?",
        "Où est la gare ? Voilà, ça va. «ÉTÉ» CAFÉ\u00a0?",
        "What?? Really??? Yes!",
        "هل هذا صحيح؟ نعم.",
        "هل هذا صحيح??",
        "قال الرئيس إن القاهرة ستستضيف القمة في ٢٠٢٤.",
        "ضغط؟ عكس طپ",
        "Jürgen Müller, Ærø, São Paulo, naïve façade, ½ £5 © ®",
        "It’s “quoted” — and – dashed…",
    ],
)
def test_normal_text_is_not_reported(text: str) -> None:
    assert broken_text_problems(text) == []
    assert not is_broken(text)


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=30))
def test_mojibake_of_any_arabic_word_is_found(word: str) -> None:
    arabic = "القاهرة " + word + " العاصمة"
    garbled = arabic.encode("utf-8").decode("cp1252", errors="ignore")
    assert any(p.kind == "mojibake" for p in broken_text_problems(garbled))


@given(any_text)
@example("à\x80\x80")  # an overlong UTF-8 shape must not be decoded
def test_broken_text_problems_are_sorted_and_inside_the_text(text: str) -> None:
    problems = broken_text_problems(text)
    offsets = [p.offset for p in problems]
    assert offsets == sorted(offsets)
    for problem in problems:
        assert 0 <= problem.offset < len(text)
        assert problem.offset + problem.length <= len(text)


# --- excerpt ------------------------------------------------------------------------------


def test_excerpt_keeps_short_text_and_flattens_whitespace() -> None:
    assert excerpt("  سطر\n\nثان  ") == "سطر ثان"


def test_excerpt_cuts_at_word_boundary_with_ellipsis() -> None:
    text = "قال الرئيس، إن الاقتصاد نما بسرعة كبيرة هذا العام"
    cut = excerpt(text, 20)
    assert cut.endswith("…")
    assert len(cut) <= 20
    assert text.startswith(cut[:-1])
    assert cut == "قال الرئيس، إن…"


def test_excerpt_of_one_long_word_and_marks() -> None:
    assert excerpt("ب" + "َب" * 20, 6) == "بَبَب…"


def test_excerpt_closes_open_bidi_controls() -> None:
    cut = excerpt("\u202bكلمة كلمة كلمة\u202c", 12)
    assert cut == "\u202bكلمة كلمة\u202c…"


@given(any_text, st.integers(1, 80))
def test_excerpt_never_exceeds_visible_limit(text: str, limit: int) -> None:
    cut = excerpt(text, limit)
    assert len(strip_bidi_controls(cut)) <= limit


def test_arguments_are_checked() -> None:
    with pytest.raises(ValueError, match="max_chars"):
        excerpt("x", 0)
    with pytest.raises(ValueError, match="max_length"):
        slugify("x", max_length=0)
    with pytest.raises(ValueError, match="style"):
        slugify("x", "pinyin")  # type: ignore[arg-type]


def test_normalize_agrees_with_nfkc_on_presentation_forms() -> None:
    for cp in list(range(0xFE70, 0xFEFF)) + list(range(0xFB50, 0xFE00)):
        ch = chr(cp)
        if unicodedata.category(ch) == "Cn":
            continue
        assert normalize(ch) == normalize(unicodedata.normalize("NFKC", ch))


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=80))
@example(" \x1c\x85\xa0\u2028\u3000 ب\n\tج \u200b")
def test_excerpt_flattens_whitespace_as_a_whitespace_regex_would(text: str) -> None:
    # ``excerpt`` splits and joins (C) where it substituted ``\s+``: the same characters are
    # whitespace for both, so an uncut excerpt is the substituted, stripped text.
    flat = re.sub(r"\s+", " ", text).strip()
    assert excerpt(text, 10_000) == text_module.balance_bidi_controls(flat)


# Text where tokens and words part ways: harakat and tatweel inside and outside words, every
# joiner beside letters, digits and marks, the underscore, invisible characters, other marks,
# presentation forms, cased letters that fold to two characters, Arabic signs normalisation
# deletes, spaces.
_WORDS_AND_TOKENS = st.text(
    alphabet=[
        *"بتج ab1٣.,:/'’-‐٫٬_\n\u00a0",
        *("\u0651", "\u064e", "\u0652", "\u0640", "\u0670", "\u0654", "\u0301", "\u200b"),
        *("\u200c", "\u200f", "\u2060", "\ufefb", "\ufdfa", "\u0130", "\u00df", "\u06dd"),
        *("\u06e5", "\U0001d400"),
    ],
    max_size=30,
)


@settings(max_examples=4000, deadline=None)
@given(_WORDS_AND_TOKENS)
def test_words_counted_from_tokens_are_the_words_counted(value: str) -> None:
    assert word_count_of_tokens(value, tokens(value)) == word_count(value)


def test_words_counted_from_tokens_agree_on_the_shared_corpus() -> None:
    bodies = [a["body"] for a in load_articles(SHARED_CORPUS)]
    for body in bodies:
        assert word_count_of_tokens(body, tokens(body)) == word_count(body)


def test_the_stems_remembered_are_bounded_and_the_same_as_made(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    remembered = text_module._stem_key.__self__  # type: ignore[attr-defined]
    remembered.clear()
    monkeypatch.setattr(text_module, "_MAX_STEMS", 4)
    words = [f"والكتاب{i}" for i in range(10)] + ["بالعاصمة"] * 3
    assert text_module.stems_of(words) == [
        text_module._light_stem(w, text_module._PREFIXES) for w in words
    ]
    assert 0 < len(remembered) <= 4
