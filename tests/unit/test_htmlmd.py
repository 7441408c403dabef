"""HTML → the Markdown dialect: what is kept, what is dropped, and that it renders back."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from newsdesk.core.markup import escape_text, render_html
from newsdesk.importers.htmlmd import (
    element_to_blocks,
    html_to_blocks,
    html_to_markdown,
    strip_markdown,
)


def test_paragraphs_headings_marks_links_lists_and_quotes() -> None:
    md = html_to_markdown(
        "<h1>العنوان</h1><p>قال <strong>الوزير</strong> إن <em>الخطة</em> "
        '<a href="https://example.org/x">جاهزة</a>.</p>'
        "<h3>تفاصيل</h3><ul><li>أولاً</li><li>ثانياً<ol><li>فرع</li></ol></li></ul>"
        "<blockquote><p>نريد مدينة أسهل.</p></blockquote><h5>صغير</h5>"
    )
    assert md.split("\n\n") == [
        "## العنوان",
        "قال **الوزير** إن *الخطة* [جاهزة](https://example.org/x).",
        "### تفاصيل",
        "- أولاً\n- ثانياً\n    1. فرع",
        "> نريد مدينة أسهل.",
        "#### صغير",
    ]
    html = render_html(md)
    assert "<strong>الوزير</strong>" in html and '<a href="https://example.org/x">' in html
    assert "<blockquote>" in html and "<ol>" in html and "<h4>صغير</h4>" in html


def test_scripts_styles_iframes_comments_and_forms_are_dropped() -> None:
    md = html_to_markdown(
        "<!-- wp:paragraph --><p>نص<script>alert(1)</script></p><!-- /wp:paragraph -->"
        "<style>p{color:red}</style><iframe src='https://x'></iframe>"
        "<form><input value='x'><button>أرسل</button></form><p>بعده</p>"
    )
    assert md == "نص\n\nبعده"


def test_wordpress_blank_line_paragraphs_and_line_breaks() -> None:
    blocks = html_to_blocks("السطر الأول\nيكمل.\n\nفقرة ثانية<br>بسطر ثان")
    assert blocks == ["السطر الأول يكمل.", "فقرة ثانية  \nبسطر ثان"]


def test_direction_is_kept_only_where_the_first_strong_character_disagrees() -> None:
    md = html_to_markdown(
        '<p dir="rtl">فقرة عربية</p><p dir="ltr">- an English line</p>'
        '<p dir="ltr">تطبيق Amman Bus</p>'
    )
    assert md == 'فقرة عربية\n\n\\- an English line\n\nتطبيق Amman Bus\n{: dir="ltr" }'
    assert render_html(md).count('dir="ltr"') == 1


def test_markdown_characters_in_text_are_escaped_and_unsafe_links_dropped() -> None:
    md = html_to_markdown('<p>5 * 3 = [15] _x_</p><p><a href="javascript:alert(1)">اضغط</a></p>')
    assert md == "5 \\* 3 = \\[15\\] \\_x\\_\n\nاضغط"
    assert "<em>" not in render_html(md)
    assert escape_text("# ليس عنواناً") == "\\# ليس عنواناً"


def test_strip_markdown_gives_the_reader_visible_text() -> None:
    assert strip_markdown("## **عنوان** [رابط](https://x) \\*") == "عنوان رابط *"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/ab pli&;\"'=!-ابت\n*#[]")), max_size=200))
def test_any_markup_converts_without_error_and_renders(fragment: str) -> None:
    md = html_to_markdown(fragment)
    assert "\x00" not in md and "\x01" not in md
    render_html(md)


def test_a_table_in_trafilaturas_tree_keeps_its_cells() -> None:
    # trafilatura returns tables as <table><row><cell>…: the cells are the words of the table.
    tree = etree.fromstring(
        '<body><p>قبل</p><table><row><cell role="head">الولاية</cell><cell role="head">النسبة'
        "</cell></row><row><cell>شمال دارفور</cell><cell>34%</cell></row></table></body>"
    )
    assert element_to_blocks(tree) == ["قبل", "الولاية | النسبة", "شمال دارفور | 34%"]
