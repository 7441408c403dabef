"""The body dialect renders as the editor and exporters expect."""

from __future__ import annotations

import subprocess
import sys

from newsdesk.core.markup import body_hash, render_html


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
