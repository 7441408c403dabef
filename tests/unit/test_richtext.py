"""The body model and its Markdown: what the editor writes reads back the same.

The property tests are the contract of ``core.richtext``: any block list, written as Markdown
and rendered by the one renderer exporters use, reads back as the same canonical blocks (the
same block kinds, directions and inline marks), and writing it again gives the same Markdown.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdesk.core.markup import render_html
from newsdesk.core.richtext import (
    Block,
    BlockKind,
    Span,
    from_html,
    from_markdown,
    media_sha,
    media_src,
    normalize_blocks,
    to_markdown,
)

P = BlockKind.PARAGRAPH


def para(*spans: Span, direction: str | None = None) -> Block:
    return Block(P, tuple(spans), direction=direction)  # type: ignore[arg-type]


def test_arabic_prefix_glued_to_bold_survives() -> None:
    blocks = [para(Span("قال و"), Span("روسي", bold=True), Span("ة اليوم"))]
    md = to_markdown(blocks)
    assert md == "قال و**روسي**ة اليوم\n"
    assert "و<strong>روسي</strong>ة" in render_html(md)
    assert from_markdown(md) == blocks


def test_inline_code_keeps_its_text_literal() -> None:
    blocks = [para(Span("عبر موقع "), Span("api.*x*_`y`", code=True), Span("، مجاناً"))]
    md = to_markdown(blocks)
    assert md == "عبر موقع `` api.*x*_`y` ``، مجاناً\n"
    assert from_markdown(md) == blocks
    assert "<code>api.*x*_`y`</code>" in render_html(md)


def test_forced_direction_is_written_only_when_forced() -> None:
    md = to_markdown([para(Span("Reuters said")), para(Span("قال"), direction="ltr")])
    assert md == 'Reuters said\n\nقال\n{: dir="ltr" }\n'
    assert render_html(md) == '<p>Reuters said</p>\n<p dir="ltr">قال</p>'


def test_every_block_kind() -> None:
    blocks = [
        Block(BlockKind.HEADING, (Span("عنوان"),), level=3, direction="rtl"),
        para(
            Span("نص "),
            Span("مائل", italic=True),
            Span(" و"),
            Span("رابط", link="https://x.org/a b"),
        ),
        Block(BlockKind.BULLET, (Span("أول"),)),
        Block(BlockKind.BULLET, (Span("second"),), direction="ltr"),
        Block(BlockKind.NUMBERED, (Span("واحد"),)),
        Block(BlockKind.NUMBERED, (Span("اثنان\nسطر"),)),
        Block(BlockKind.QUOTE, (Span("«اقتباس»"),)),
        Block(BlockKind.QUOTE, (Span("quote"),), direction="ltr"),
        Block(BlockKind.RULE),
        Block(BlockKind.IMAGE, src=media_src("ab" * 32), alt='صورة "ب"', caption='تعليق "ج" & د'),
    ]
    md = to_markdown(blocks)
    assert '### عنوان {: dir="rtl" }' in md
    assert "https://x.org/a%20b" in md
    back = from_markdown(md)
    assert back == normalize_blocks(blocks)
    assert to_markdown(back) == md
    html = render_html(md)
    assert "<ul>" in html and "<ol>" in html and "<blockquote>" in html and "<hr>" in html
    assert media_sha(back[-1].src) == "ab" * 32


def test_markdown_significant_text_is_escaped() -> None:
    text = '- 1. # > * _ ` [x](y) {: dir="ltr" } <b>&amp; \\ ==='
    blocks = [para(Span(text)), para(Span("==="))]
    assert from_markdown(to_markdown(blocks)) == blocks


def test_canonical_form_moves_spaces_out_of_marks_and_drops_empty_blocks() -> None:
    blocks = [para(Span(" a  "), Span(" b ", bold=True), Span("c")), para(Span("  "))]
    assert normalize_blocks(blocks) == [para(Span("a "), Span("b", bold=True), Span(" c"))]


def test_imported_html_with_loose_lists_and_other_headings() -> None:
    html = "<h1>t</h1><ul><li><p>a</p></li></ul><blockquote><h2>q</h2></blockquote><h6>z</h6>"
    assert from_html(html) == [
        Block(BlockKind.HEADING, (Span("t"),), level=2),
        Block(BlockKind.BULLET, (Span("a"),)),
        Block(BlockKind.QUOTE, (Span("q"),)),
        Block(BlockKind.HEADING, (Span("z"),), level=4),
    ]


# -- properties ----------------------------------------------------------------------------

ALPHABET = st.sampled_from(
    list("abcXY12 \u00a0") + list("قالوروسيةأإآىءؤئ ") + list("*_`\\[](){}#>-+.!<&=:\"'،؛؟“”«»\n\t")
)
TEXT = st.text(ALPHABET, min_size=0, max_size=12)
LINKS = st.sampled_from(
    ["", "", "", "https://example.org/", "https://x.org/a(b) c?d=1&e=2", "/مسار"]
)
SPANS = st.lists(
    st.builds(Span, TEXT, st.booleans(), st.booleans(), LINKS, st.booleans()),
    min_size=0,
    max_size=6,
).map(tuple)
DIRECTION = st.sampled_from([None, None, "rtl", "ltr"])
TEXT_BLOCK = st.builds(
    Block,
    st.sampled_from(
        [
            BlockKind.PARAGRAPH,
            BlockKind.HEADING,
            BlockKind.BULLET,
            BlockKind.NUMBERED,
            BlockKind.QUOTE,
        ]
    ),
    SPANS,
    level=st.integers(1, 6),
    direction=DIRECTION,
)
IMAGE_BLOCK = st.builds(
    Block,
    st.just(BlockKind.IMAGE),
    src=st.sampled_from([media_src("0" * 64), "https://x.org/i.png", "a b(c).png"]),
    alt=TEXT,
    caption=TEXT,
)
BLOCKS = st.lists(
    st.one_of(TEXT_BLOCK, TEXT_BLOCK, TEXT_BLOCK, IMAGE_BLOCK, st.just(Block(BlockKind.RULE))),
    max_size=8,
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(BLOCKS)
def test_markdown_renders_the_same_blocks_and_marks(blocks: list[Block]) -> None:
    md = to_markdown(blocks)
    assert from_markdown(md) == normalize_blocks(blocks)


@settings(max_examples=200, deadline=None)
@given(BLOCKS)
def test_writing_is_stable(blocks: list[Block]) -> None:
    md = to_markdown(blocks)
    assert to_markdown(from_markdown(md)) == md


def test_what_the_editor_cannot_keep_is_named() -> None:
    from newsdesk.core.richtext import unsupported_elements

    assert unsupported_elements("فقرة **غامق**\n\n- أ\n- ب\n\n> اقتباس\n") == frozenset()
    body = "# عنوان\n\n    code\n\n- أ\n    - ب\n\nنص <span>خام</span>\n"
    assert unsupported_elements(body) == {"h1", "pre", "nested list", "span"}


@settings(max_examples=100, deadline=None)
@given(BLOCKS)
def test_what_the_editor_writes_it_can_keep(blocks: list[Block]) -> None:
    from newsdesk.core.richtext import unsupported_elements

    assert unsupported_elements(to_markdown(blocks)) == frozenset()
