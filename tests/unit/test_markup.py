"""The body dialect renders as the editor and exporters expect."""

from __future__ import annotations

import re
import subprocess
import sys
from html import unescape

from benchmarks.corpus import SHARED_CORPUS, load_articles
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from newsdesk.core.markup import (
    _ESCAPE_PAIR_RE,
    _plain_html,
    _plain_lines,
    _renderer,
    _shown_text,
    at_line_starts,
    body_hash,
    escape_text,
    is_plain,
    page_html,
    render_html,
    renderer_version,
)
from newsdesk.core.sanitize import sanitize_html
from newsdesk.core.summary import plain_summary
from newsdesk.importers.jsonl import paragraphs_to_markdown


def test_blocks_and_inline_marks() -> None:
    html = render_html("## عنوان فرعي\n\nفقرة فيها **غامق** و*مائل* و[رابط](https://example.org).")
    assert "<h2>عنوان فرعي</h2>" in html
    assert "<strong>غامق</strong>" in html and "<em>مائل</em>" in html
    assert '<a href="https://example.org">رابط</a>' in html


def test_forced_direction_survives_through_attr_list() -> None:
    html = render_html('Reuters reported the figures.\n{: dir="ltr" }')
    assert html == '<p dir="ltr">Reuters reported the figures.</p>'


def test_arabic_prefixes_glued_to_markup_survive() -> None:
    html = render_html("قال و**روسيا** أيضا و~~x~~")
    assert "و<strong>روسيا</strong>" in html
    assert "و~~x~~" in html


def test_lists_do_not_merge() -> None:
    html = render_html("- أ\n- ب\n\n1. واحد\n2. اثنان")
    assert html.count("<ul>") == 1 and html.count("<ol>") == 1


def test_renders_are_independent_and_hash_changes_with_body() -> None:
    first = render_html("[^1]: حاشية\n\nنص")
    assert render_html("نص") == "<p>نص</p>"
    assert first
    assert body_hash("أ") != body_hash("ب") and body_hash("أ") == body_hash("أ")


def test_the_render_cache_key_names_markdowns_version_without_importing_it() -> None:
    code = (
        "import sys\n"
        "from newsdesk.core.markup import body_hash, renderer_version\n"
        "body_hash('نص')\n"
        "assert 'markdown' not in sys.modules, 'imported'\n"
        "import markdown\n"
        "assert renderer_version().startswith('md-' + markdown.__version__ + '-')\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# Text shaped like copy: Arabic and Latin words, digits, punctuation, every kind of space and
# line break, and a few of the characters that can start Markdown syntax.
_COPY = st.lists(
    st.sampled_from(
        list("أبتثجحخدذرسشصضطظعغفقكلمنهويةىءئؤ ًٌٍَُِّْـ٠١٢٣")
        + list("abcXYZ0123456789 .,،؛؟:;()\"'/%$@^?-=*#>+_")
        + ["\n", "\n\n", "\n\n\n", " \n", "  \n", "\xa0", "\u200f", "\u2028", "\x85", "\t", "\r"]
    ),
    max_size=60,
).map("".join)


@settings(max_examples=3000, deadline=None)
@given(_COPY)
def test_plain_copy_renders_exactly_as_python_markdown_does(body: str) -> None:
    plain = _plain_html(body)
    if plain is not None:
        assert plain == _renderer().reset().convert(body)


def test_plain_bodies_of_real_copy_render_as_python_markdown_does() -> None:
    bodies = [paragraphs_to_markdown(a["body"]) for a in load_articles(SHARED_CORPUS)]
    plain = [(body, html) for body in bodies if (html := _plain_html(body)) is not None]
    # The short cut must serve most real copy, or it saves nothing.
    assert len(plain) > 0.8 * len(bodies)
    for body, html in plain:
        assert html == _renderer().reset().convert(body)


def test_anything_that_may_be_markdown_goes_to_python_markdown() -> None:
    for body in (
        "أ *ب*",
        "- بند",
        "1. بند",
        "عنوان\n---",
        "سطر  \nكسر",
        "    شيفرة",
        'نص\n{: dir="ltr" }',
        "أ & ب",
        "<b>x</b>",
        "> اقتباس",
        "\tنص",
    ):
        assert _plain_html(body) is None, body
    assert render_html("أ *ب*") == "<p>أ <em>ب</em></p>"
    assert render_html("فقرة أولى\n\nفقرة ثانية\nبسطرين") == (
        "<p>فقرة أولى</p>\n<p>فقرة ثانية\nبسطرين</p>"
    )


# Plain text as importers meet it: words, digits, every character Markdown or HTML could read
# as syntax, at the start of a line and inside it.
_PLAIN_LINE = st.lists(
    st.sampled_from(
        list("أبتعلمنهوية abcXYZ0123456789")
        + list("#>+-=*_`\\[](){}!<&;.)|~:/'\"")
        + [
            "&amp;",
            "&#61;",
            "&#0",
            "&copy",
            "&#x41;",
            "<b>",
            "</p>",
            "<http://x.org>",
            "1986. ",
            "1) ",
            "---",
            "***",
        ]
        + ["# ", "\t", "  ", "\xa0", '{: dir="ltr" }', "[x](y)"]
    ),
    min_size=1,
    max_size=30,
).map("".join)


@settings(max_examples=3000, deadline=None)
@given(_PLAIN_LINE)
def test_escaped_plain_text_renders_as_exactly_that_text(line: str) -> None:
    expected = re.sub(r"[ \t\r\n\f\v]+", " ", line).strip()
    assume(expected)
    html = render_html(escape_text(line))
    paragraph = re.fullmatch(r"<p>([^<]*)</p>", html)
    assert paragraph, html
    assert unescape(paragraph.group(1)) == expected
    # A summary is one line of text: every run of spaces is one space.
    assert plain_summary(escape_text(line), max_chars=1000) == " ".join(expected.split())


def _escape_text_by_regex(line: str) -> str:
    """``escape_text`` as it was before its short cuts: every substitution always runs."""
    line = re.sub(r"[ \t\r\n\f\v]+", " ", line).strip()
    line = re.sub(r"([\\`*_\[\]{}])", r"\\\1", line)
    line = re.sub(r"&(?=#|\w+;)|<(?=\S)", lambda m: "&amp;" if m.group() == "&" else "&lt;", line)
    return at_line_starts(line)


@settings(max_examples=3000, deadline=None)
@given(st.one_of(_PLAIN_LINE, st.text(alphabet=" \t\n\r\f\v\xa0\\`*_[]{}&<#;x1.ب", max_size=40)))
def test_escape_short_cuts_change_no_byte(line: str) -> None:
    # The substitutions are skipped when their characters are absent (an import's speed):
    # the text written is the same as when each always runs.
    assert escape_text(line) == _escape_text_by_regex(line)


def test_an_escape_inside_an_entity_like_run_unmakes_the_entity() -> None:
    # "&copy_;" is escaped as "&copy\\_;", which Python-Markdown shows as "&copy_;"; the
    # summary used to drop the backslash first and then read "&copy_;" as an entity ("©_;").
    assert render_html(escape_text("&copy_;")) == "<p>&amp;copy_;</p>"
    assert plain_summary(escape_text("&copy_;"), max_chars=100) == "&copy_;"


def test_lines_that_look_like_markup_stay_text() -> None:
    for line, shown in (
        ("#عاجل تونس", "#عاجل تونس"),
        ("1986. سنة التأسيس", "1986. سنة التأسيس"),
        ("---", "---"),
        ("<b>نص</b>", "&lt;b&gt;نص&lt;/b&gt;"),
        ("AT&amp;T", "AT&amp;amp;T"),
        ("*مهم*", "*مهم*"),
    ):
        assert render_html(escape_text(line)) == f"<p>{shown}</p>", line


def test_a_summary_keeps_marked_words_next_to_their_punctuation() -> None:
    # "**عريض**." shows as "عريض." on the page: the card and the feed summary must not read
    # "عريض ." (the marks used to become spaces).
    assert plain_summary("نص **عريض**. قال *الوزير*، إن `x`: نعم") == (
        "نص عريض. قال الوزير، إن x: نعم"
    )
    assert plain_summary("## عنوان\n\n- بند\n> اقتباس") == "عنوان بند اقتباس"


def test_the_renderer_version_counts_newsdesks_own_summary_rules() -> None:
    # Summaries are cached under body_hash: a change to them must change the key.
    assert "-3-" in renderer_version()


@settings(max_examples=1500, deadline=None)
@given(_COPY)
def test_plain_bodies_are_counted_as_the_full_count_would(body: str) -> None:
    from newsdesk.core import summary

    quick = summary.body_word_count(body)
    original, summary.is_plain = summary.is_plain, lambda _body: False
    try:
        assert quick == summary.body_word_count(body)
    finally:
        summary.is_plain = original


def _summary_by_substitutions(markdown: str, max_chars: int = 220) -> str:
    """``plain_summary`` without its short cut for plain bodies: every substitution runs."""
    from newsdesk.core import summary
    from newsdesk.core.markup import unescape_text
    from newsdesk.core.text import excerpt

    head = markdown[: max_chars * 4]
    head = summary._MD_MARK_RE.sub(
        lambda m: " " if m.group(2) else "", summary._MD_LINK_RE.sub(r"\1", head)
    )
    head = unescape_text(summary._TAG_RE.sub("", head))
    return excerpt(head, max_chars) if head.strip() else ""


@settings(max_examples=2000, deadline=None)
@given(
    st.text(alphabet="بتث ك\n\xa0\t1234.)-:،", max_size=1200),
    st.sampled_from([20, 220]),
)
def test_the_summary_of_a_plain_body_is_the_one_the_substitutions_give(
    body: str, max_chars: int
) -> None:
    assume(is_plain(body))
    assert plain_summary(body, max_chars) == _summary_by_substitutions(body, max_chars)


def test_the_summary_short_cut_agrees_on_the_shared_corpus() -> None:
    bodies = [paragraphs_to_markdown(a["body"]) for a in load_articles(SHARED_CORPUS)[:300]]
    assert sum(map(is_plain, bodies)) > 200
    for body in bodies:
        assert plain_summary(body) == _summary_by_substitutions(body)


def _page_html_through_python_markdown(body: str) -> str:
    """``page_html`` without its short cuts: Python-Markdown, then the sanitiser."""
    return sanitize_html(_renderer().reset().convert(body))


# Copy as ``_COPY``, with backslash escapes (of every character, so also the ones Python-Markdown
# does not escape), lone backslashes and marks, and what the sanitiser changes in text: the
# no-break space, bidi controls, C1 controls, surrogates, noncharacters.
_ESCAPED_COPY = st.lists(
    st.one_of(
        st.sampled_from(
            [
                *"أبتثجحخ دذرسشةىءئ ـ٠١ abcXYZ019 .,،؛؟:;()\"'/%$@^?-=*#>+_`{}[]!|<&~",
                *("\n", "\n\n", "\n\n\n", " \n", "\xa0", "\u2028", "\x85", "\t", "\r", "\\"),
                *("\u202b", "\u2067", "\u2069", "\x9f", "\ud800", "\ufffe", "\ufdd0", "\U0001fffe"),
            ]
        ),
        st.sampled_from(list("\\`*_{}[]()>#+-.!=|<&~ab1\n ")).map(lambda c: "\\" + c),
    ),
    max_size=60,
).map("".join)


# Longer copy that is mostly plain: runs of words and line breaks, escapes, what the sanitiser
# changes, and now and then a mark.
_MOSTLY_PLAIN_COPY = st.lists(
    st.one_of(
        st.text(alphabet="أبتثجحخ دذرسشةىءئ ـ٠١ abcXYZ019 .,،؛؟:;()\"'/%$@^?-\n\xa0", max_size=30),
        st.sampled_from(list("\\`*_{}[]()>#+-.!=")).map(lambda c: "\\" + c),
        st.sampled_from(
            ["\n\n", "\u202b", "\u2069", "\x9f", "\ufffe", "\ufdd0", "\r", "*", "1.", "-"]
        ),
    ),
    max_size=40,
).map("".join)


@settings(max_examples=1500, deadline=None)
@given(st.one_of(_ESCAPED_COPY, _MOSTLY_PLAIN_COPY))
def test_the_page_html_of_plain_and_escaped_copy_is_what_markdown_and_the_sanitiser_give(
    body: str,
) -> None:
    assert page_html(body) == _page_html_through_python_markdown(body)


def test_every_body_of_the_shared_corpus_pages_as_markdown_and_the_sanitiser_give() -> None:
    bodies = [paragraphs_to_markdown(a["body"]) for a in load_articles(SHARED_CORPUS)]
    # The short cuts serve nearly all real copy (escaped marks included), or they save nothing.
    assert sum(_shown_text(body) is not None for body in bodies) > 0.95 * len(bodies)
    assert sum(_shown_text(body) is not None and not is_plain(body) for body in bodies) > 20
    for body in bodies:
        assert page_html(body) == _page_html_through_python_markdown(body)


def test_the_escapes_read_as_text_are_python_markdowns_but_the_one_it_writes_as_an_entity() -> None:
    escaped = {c for c in map(chr, range(128)) if _ESCAPE_PAIR_RE.fullmatch("\\" + c)}
    assert escaped == set(_renderer().ESCAPED_CHARS) - {">"}
    assert _shown_text("أ \\* ب \\\\ ج") == "أ * ب \\ ج"
    assert _shown_text("أ \\\\* ب") is None  # an escaped backslash, then a mark
    assert _shown_text("أ \\> ب") is None


#: What ``_plain_lines`` replaced: one expression over the whole body.
_LINE_SHAPES = re.compile(r"^(?:[^\S\n]|\d+[.)]|-)|[^\S\n]$", re.MULTILINE)


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=" \n\r\t\xa0\u2028\u3000\x85-1٣۴.)(بa", max_size=40))
def test_plain_lines_are_the_ones_no_line_shape_matches(body: str) -> None:
    assert _plain_lines(body) == (_LINE_SHAPES.search(body) is None)
