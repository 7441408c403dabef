"""Paste cleanup with clipboard samples from Word, LibreOffice, a news site and WhatsApp."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdesk.core.paste import (
    clean_chars,
    clean_html,
    clean_text,
    is_tracking_image,
    safe_href,
    text_to_html,
)

SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "paste"
ALLOWED_TAGS = {"p", "h2", "h3", "h4", "b", "i", "a", "ul", "ol", "li", "blockquote", "hr", "br"}


def _tags(html: str) -> set[str]:
    return {m.lower() for m in re.findall(r"</?([a-zA-Z0-9]+)", html)}


def _sample(name: str) -> str:
    return (SAMPLES / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["word.html", "libreoffice.html", "web.html"])
def test_only_editor_constructs_survive(name: str) -> None:
    html = clean_html(_sample(name))
    assert _tags(html) <= ALLOWED_TAGS
    for leftover in ("style", "class=", "mso-", "font", "span", "color", "\u00a0", "\u200f", "<!"):
        assert leftover not in html


def test_word() -> None:
    html = clean_html(_sample("word.html"))
    assert html == (
        "<h2>الحكومة تخفض الضرائب</h2>"
        "<p>قال وزير المالية إن الحكومة ستخفض <b>الضرائب</b> على الشركات الصغيرة، بحسب "
        '<a href="https://reuters.com/x">Reuters</a>.</p>'
        "<ul><li>الشركات الصغيرة</li><li>المصانع <i>الناشئة</i></li></ul>"
        "<p>وأضاف الوزير أن القرار سيطبق العام المقبل 1445هـ.</p>"
    )


def test_word_numbered_list_becomes_ordered() -> None:
    html = clean_html(
        "<p style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>1.<span>&nbsp; </span></span><![endif]>أول</p>"
        "<p style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>2.</span><![endif]>ثان</p>"
        "<p>بعد القائمة</p>"
    )
    assert html == "<ol><li>أول</li><li>ثان</li></ol><p>بعد القائمة</p>"


def test_libreoffice() -> None:
    html = clean_html(_sample("libreoffice.html"))
    assert html == (
        "<h2>خلفية القرار</h2>"
        "<p><b>أولاً</b>: ارتفعت الأسعار بنسبة 4.5% خلال العام.</p>"
        "<ol><li>البند الأول</li><li>البند <i>الثاني</i></li></ol>"
        "<blockquote><p>«نحن ملتزمون بالإصلاح» قال الوزير.</p></blockquote><hr>"
        '<p><a href="mailto:desk@example.org">راسلونا</a> أو ملف محلي</p>'
    )


def test_web_page_drops_scripts_pixels_and_unsafe_links() -> None:
    html = clean_html(_sample("web.html"))
    assert "ga(" not in html and "pixel.wp.com" not in html and "javascript" not in html
    assert '<a href="https://example.com/tag/amman">عمّان</a>' in html
    assert "<li>خبر نسبي</li>" in html  # a relative link keeps its text
    assert "<p><b>عاجل:</b> <i>تحديث</i> اضغط</p>" in html
    with_images = clean_html(_sample("web.html"), keep_images=True)
    assert with_images.count("<img") == 1 and "hospital.jpg" in with_images


def test_google_docs_wrapper_is_not_bold() -> None:
    html = clean_html(
        '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1">'
        '<p dir="rtl"><span style="font-weight:700">مهم</span><span> نص عادي</span></p></b>'
    )
    assert html == "<p><b>مهم</b> نص عادي</p>"


def test_unclosed_tags_cannot_leak_into_the_next_paragraph() -> None:
    assert clean_html("<p><b>عريض<p>عادي</p>") == "<p><b>عريض</b></p><p>عادي</p>"
    assert clean_html("<ul><li>واحد<li>اثنان</ul>") == "<ul><li>واحد</li><li>اثنان</li></ul>"


def test_whatsapp_text() -> None:
    html = text_to_html(_sample("whatsapp.txt"))
    assert html.startswith(
        "<p>[28/11/2026، 10:15 م] أحمد المراسل: <b>عاجل</b> انفجار في المرفأ</p>"
    )
    assert '<a href="https://t.me/news/123">https://t.me/news/123</a>،' in html
    assert "<i>المصدر</i>" in html
    assert "العاصمة 1445هـ" in html
    assert not re.search("[\ufb50-\ufdff\ufe70-\ufefe\u200e\u200f\u00a0]", html)


def test_characters() -> None:
    assert clean_chars("\u200fمرحبا\u00a0بكم\u202b\u202c") == "مرحبا بكم"
    assert clean_chars("الــــعاصمة") == "العاصمة"  # stretched for justification
    assert clean_chars("عَـــاصِمة") == "عَاصِمة"  # with tashkeel around the stretch
    assert clean_chars("سنة 1445هـ و622مـــ") == "سنة 1445هـ و622مـ"  # abbreviations keep one
    assert clean_chars("\ufefb\ufedf\ufe8e") == "لالا"  # presentation forms folded (NFKC)
    assert clean_chars("می\u200cخواهم") == "می\u200cخواهم"  # ZWNJ is spelling, not noise


def test_plain_text_cleanup() -> None:
    assert clean_text("سطر\u00a0أول  \r\n\r\n\r\n\r\nسطر\u2029ثان") == "سطر أول\n\nسطر\n\nثان"


def test_links_and_images() -> None:
    assert safe_href(" https://example.org/a b ") == "https://example.org/ab"
    assert safe_href("JavaScript:alert(1)") is None
    assert safe_href("/relative") is None
    assert safe_href("MAILTO:x@y.org") == "MAILTO:x@y.org"
    assert is_tracking_image({"src": "https://x.org/a.gif", "width": "1", "height": "1"})
    assert is_tracking_image({"src": "https://www.google-analytics.com/collect?v=1"})
    assert is_tracking_image({"src": "https://x.org/a.gif", "style": "width:0px;height:0px"})
    assert not is_tracking_image({"src": "https://x.org/photo.jpg", "width": "800"})


@given(st.text())
def test_any_input_gives_wellformed_allowed_html(text: str) -> None:
    html = clean_html(text)
    assert _tags(html) <= ALLOWED_TAGS | {"img"}
    # Every opened tag is closed in order (void tags aside).
    stack: list[str] = []
    for closing, tag in re.findall(r"<(/?)([a-z0-9]+)", html):
        if tag in ("br", "hr", "img"):
            continue
        if closing:
            assert stack and stack.pop() == tag
        else:
            stack.append(tag)
    assert stack == []
