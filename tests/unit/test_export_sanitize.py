"""The export's allow-list, text cleaning, URLs, dates and JSON-LD: pure functions, no Qt."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from urllib.parse import quote

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdesk.core.markup import render_html
from newsdesk.core.sanitize import clean_text, sanitize_html
from newsdesk.export import urls
from newsdesk.export.dates import DateFormatter, text_direction
from newsdesk.export.feeds import absolute_links
from newsdesk.export.site import json_ld

HOSTILE = [
    "<script>alert(1)</script>",
    '<img src="x" onerror="alert(1)">',
    "[click](javascript:alert(1))",
    '<a href="JaVaScRiPt:alert(1)">x</a>',
    '<p style="position:fixed;top:0">cover</p>',
    '<iframe src="https://evil.example"></iframe>',
    "<object data=x></object><embed src=x>",
    '<svg onload="alert(1)"><circle/></svg>',
    '<a href="data:text/html;base64,PHNjcmlwdD4=">d</a>',
    "<style>body{display:none}</style>",
    '<form action="https://evil.example"><input name=q></form>',
    '<p dir="ltr&quot; onclick=&quot;x">q</p>',
    '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
    "<!-- comment --><base href='https://evil.example/'>",
]

DANGEROUS = re.compile(
    r"<script|<iframe|<object|<embed|<style|<svg|<form|<base|<math|\son\w+=|javascript:|"
    r"style=|data:text",
    re.IGNORECASE,
)


@pytest.mark.parametrize("attack", HOSTILE)
def test_hostile_markup_never_survives(attack: str) -> None:
    body = f"فقرة عربية قبل الهجوم.\n\n{attack}\n\nوفقرة بعده."
    out = sanitize_html(render_html(body))
    assert not DANGEROUS.search(out), out
    assert "فقرة عربية" in out


def test_blocks_carry_a_direction_and_explicit_ones_are_kept() -> None:
    body = 'مرحبا\n\nEnglish line\n{: dir="ltr" }\n\n- بند\n- item\n\n> اقتباس\n\n## عنوان'
    out = sanitize_html(render_html(body))
    for tag in ("p", "li", "h2"):
        for match in re.finditer(rf"<{tag}\b[^>]*>", out):
            assert "dir=" in match.group(0), out
    assert '<p dir="ltr">English line</p>' in out
    assert 'dir="sideways"' not in sanitize_html('<p dir="sideways">x</p>')


def test_a_link_that_lost_its_address_keeps_no_rel() -> None:
    out = sanitize_html(
        render_html('[x](javascript:alert(1)) <a title="t" href="vbscript:x">y</a>')
    )
    assert "<a>x</a>" in out and '<a title="t">y</a>' in out


def test_safe_markup_and_links_survive() -> None:
    out = sanitize_html(render_html("**قوي** و[رابط](https://example.org/a?b=1&c=2) و`code`"))
    assert "<strong>قوي</strong>" in out
    assert 'href="https://example.org/a?b=1&amp;c=2"' in out
    assert 'rel="noopener noreferrer"' in out
    assert "<code>code</code>" in out


def test_bidi_controls_in_bodies_are_closed_inside_their_block() -> None:
    out = sanitize_html(render_html("أ \u202eمقلوب *x\u2067y*\n\nالفقرة التالية"))
    first, second = out.split("\n")
    assert first.endswith("\u2069\u202c</p>")
    assert "\u202e" not in second and "\u202c" not in second


def test_clean_text_strips_bidi_overrides_and_xml_forbidden_characters() -> None:
    assert clean_text("عنوان\u202e مقلوب\u202c\x00\x0b\x1f\x7f\x85\ufffe") == "عنوان مقلوب"
    assert clean_text("سطر\tو\nسطر") == "سطر\tو\nسطر"
    assert clean_text("\u200fعلامة") == "\u200fعلامة"  # RLM is a mark, not an override


@given(st.text())
def test_clean_text_output_is_always_xml_safe(value: str) -> None:
    out = clean_text(value)
    assert not re.search(
        "[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff\u202a-\u202e\u2066-\u2069]", out
    )


def test_json_ld_cannot_close_its_script_element() -> None:
    text = json_ld({"headline": "</script><script>alert(1)</script> & <!--"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text)["headline"] == "</script><script>alert(1)</script> & <!--"


def test_urls_keep_arabic_on_disk_and_percent_encode_it_in_links() -> None:
    path = urls.article_path(12, "المياه-في-عمان")
    assert path == "news/12-المياه-في-عمان/"
    assert urls.file_of(path) == "news/12-المياه-في-عمان/index.html"
    u = urls.Urls("https://news.example.org/ar")
    assert u.href(path).startswith("/ar/news/12-%D8%A7%D9%84")
    assert u.absolute("") == "https://news.example.org/ar/"
    assert urls.tag_path("وسم", 3) == "tag/وسم/page/3/"


@pytest.mark.parametrize("bad", ["../../etc", "a/b", ".hidden", "x\x00y", "", "a b", "..", "c:d"])
def test_unsafe_slugs_become_safe_segments(bad: str) -> None:
    segment = urls.segment(bad)
    assert segment and "/" not in segment and not segment.startswith(".")
    assert "\x00" not in segment and " " not in segment and ":" not in segment


def test_base_url_must_be_http() -> None:
    for bad in ("ftp://x.org/", "news.example.org", "javascript:alert(1)"):
        with pytest.raises(ValueError, match="base URL"):
            urls.Urls(bad)


@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=40))
def test_links_are_percent_encoded_as_urllib_encodes_them(path: str) -> None:
    """The site's own encoder (a run of characters at a time) writes what ``quote`` writes."""
    assert urls._quote.__wrapped__(path) == quote(path, safe="/")


def test_links_encode_arabic_and_keep_what_needs_no_encoding() -> None:
    for path in ("news/7-أسعار-النفط/", "tag/a b/page/2/", "A-z_0.9~/", "", "%/?#&=+é😀"):
        assert urls._quote.__wrapped__(path) == quote(path, safe="/")
    assert urls.Urls("https://n.example/").href("tag/وسم/") == "/tag/%D9%88%D8%B3%D9%85/"


def test_dates_in_arabic_in_the_site_time_zone_with_either_digits() -> None:
    moment = datetime(2026, 11, 28, 21, 30, tzinfo=UTC)
    latin = DateFormatter("ar", "Asia/Amman", "latn")
    assert latin.day(moment) == "29 نوفمبر 2026"  # already the next day in Amman
    assert latin.day_time(moment) == "29 نوفمبر 2026، 00:30"
    assert latin.iso(moment) == "2026-11-29T00:30:00+03:00"
    assert DateFormatter("ar", "Asia/Amman", "arab").day(moment) == "٢٩ نوفمبر ٢٠٢٦"
    assert DateFormatter("en", "UTC").day(moment) == "28 November 2026"
    assert latin.rfc822(moment) == "Sat, 28 Nov 2026 21:30:00 +0000"
    assert text_direction("ar") == "rtl" and text_direction("en") == "ltr"
    assert text_direction("fa") == "rtl"


def test_feed_links_become_absolute() -> None:
    body = '<p><a href="/ar/x">a</a> <a href="../y?q=1&amp;r=2">b</a> <img src="z.png"></p>'
    out = absolute_links(body, "https://n.example/ar/news/1-s/")
    assert 'href="https://n.example/ar/x"' in out
    assert 'href="https://n.example/ar/news/y?q=1&amp;r=2"' in out
    assert 'src="https://n.example/ar/news/1-s/z.png"' in out
