"""Every reader on the shared samples and on small inline files; auto sniffing; XML attacks."""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path

import pytest

from newsdesk.core.markup import render_html
from newsdesk.importers import default_registry
from newsdesk.importers.base import ImportedStory, ImportFormatError, SkippedItem
from newsdesk.importers.blocks import BlockKind, marker_kind, split_page
from newsdesk.importers.feed import FeedReader
from newsdesk.importers.html import HtmlReader
from newsdesk.importers.htmlmd import strip_markdown
from newsdesk.importers.jsonl import JsonLinesReader
from newsdesk.importers.markdown_files import MarkdownReader
from newsdesk.importers.ninjs import NinjsReader
from newsdesk.importers.page import PageReader
from newsdesk.importers.wxr import WxrReader


def read(reader: object, path: Path) -> tuple[list[ImportedStory], list[SkippedItem]]:
    items = list(reader.read(path))  # type: ignore[attr-defined]
    return (
        [i for i in items if isinstance(i, ImportedStory)],
        [i for i in items if isinstance(i, SkippedItem)],
    )


def write(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


# -- page -------------------------------------------------------------------------------------


def test_the_scraped_sample_page(shared) -> None:  # type: ignore[no-untyped-def]
    path = shared("samples", "scraped_page.txt")
    stories, skipped = read(PageReader(), path)
    (story,) = stories
    assert story.headline == "بلدية عمّان تطلق خطة لتخفيف الازدحام المروري قبل موسم الأعياد"
    paragraphs = story.body.split("\n\n")
    assert len(paragraphs) == 6
    assert paragraphs[0].startswith("أعلنت بلدية عمّان الكبرى")
    assert paragraphs[-1].startswith("ومن المقرر أن تبدأ المرحلة الأولى")
    assert [r.headline for r in story.related] == [
        "افتتاح أول محطة لشحن الحافلات الكهربائية في الزرقاء",
        "ارتفاع عدد مستخدمي النقل العام في العاصمة بنسبة 12 بالمئة",
    ]
    assert all(r.excerpt.endswith("…") for r in story.related)
    for missed in ("أسعار القهوة", "منتخب الشباب", "موجة برد", "معرض الكتاب", "You Missed"):
        assert missed not in story.body
    assert "Related Posts" not in story.body and "•" not in story.body
    assert [s.kind for s in skipped] == ["missed block"]


PAGE_EN_AR = """\
  1. مجلس النواب يقر موازنة العام المقبل

  شارك
  فيسبوك
  واتساب

* أقر مجلس النواب مساء الأحد مشروع قانون الموازنة العامة للعام المقبل بعد نقاش استمر ثلاثة أيام.

اقرأ أيضاً: الحكومة تحيل مشروع الموازنة إلى البرلمان

- وصوّت لصالح المشروع 78 نائباً من أصل 130.

### مقالات ذات صلة:
· تراجع العجز في الموازنة إلى 3 بالمئة
· يتوقع خبراء أن يتراجع العجز في الموازنة العامة إلى 3 بالمئة من الناتج المحلي خلال...
2) Read more
   Parliament approves budget in first reading
   Deputies approved the draft budget in a first reading on Sunday after a long session that...
الأكثر قراءة
  أسعار الذهب اليوم
  أسعار الذهب اليوم
"""


def test_page_with_mixed_markers_bullets_numbering_and_share_buttons(tmp_path: Path) -> None:
    (story,), skipped = read(PageReader(), write(tmp_path, "p.txt", PAGE_EN_AR))
    assert story.headline == "مجلس النواب يقر موازنة العام المقبل"
    assert story.body.split("\n\n") == [
        "أقر مجلس النواب مساء الأحد مشروع قانون الموازنة العامة للعام المقبل بعد نقاش استمر "
        "ثلاثة أيام.",
        "وصوّت لصالح المشروع 78 نائباً من أصل 130.",
    ]
    assert [r.headline for r in story.related] == [
        "الحكومة تحيل مشروع الموازنة إلى البرلمان",
        "تراجع العجز في الموازنة إلى 3 بالمئة",
        "Parliament approves budget in first reading",
    ]
    assert story.related[1].excerpt.endswith("...")
    assert "أسعار الذهب" not in story.body
    assert {s.kind for s in skipped} == {"share block", "missed block"}


def test_a_hashtag_or_a_minus_sign_at_the_start_of_a_line_is_not_a_bullet(
    tmp_path: Path,
) -> None:
    page = "عنوان الخبر\n\n#الموازنة_العامة في صدارة النقاش\n-5 درجات في عمّان الليلة\n"
    (story,), _ = read(PageReader(), write(tmp_path, "tags.txt", page + "فاتك\nخبر\n"))
    assert [strip_markdown(p) for p in story.body.split("\n\n")] == [
        "#الموازنة_العامة في صدارة النقاش",
        "-5 درجات في عمّان الليلة",
    ]


@pytest.mark.parametrize(
    "title, kind",
    [
        ("Related Posts", BlockKind.RELATED),
        ("  • مقالات ذات صلة", BlockKind.RELATED),
        ("إقرأ أيضاً", BlockKind.RELATED),
        ("اقرأ ايضا:", BlockKind.RELATED),
        ("ذات صلة", BlockKind.RELATED),
        ("YOU MISSED", BlockKind.MISSED),
        ("فاتك", BlockKind.MISSED),
        ("الأكثر قراءة", BlockKind.MISSED),
        ("## Share", BlockKind.SHARE),
        ("شارك", BlockKind.SHARE),
        ("شارك هذا الخبر:", BlockKind.SHARE),
        ("شارك هذا المقال", BlockKind.SHARE),
        ("Share this story", BlockKind.SHARE),
    ],
)
def test_block_titles_in_arabic_and_english(title: str, kind: BlockKind) -> None:
    found = marker_kind(title)
    assert found is not None and found[0] is kind


def test_a_sentence_that_mentions_a_marker_is_body_text() -> None:
    assert marker_kind("وقال إن المقالات ذات صلة بالموضوع نشرت أمس") is None
    parts = split_page(["العنوان", "فقرة عن You Missed في النص."])
    assert parts.body == ["فقرة عن You Missed في النص."]


def test_page_errors_name_the_place(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match=r"empty.txt, line 1: the page is empty"):
        list(PageReader().read(write(tmp_path, "empty.txt", "  \n\n")))
    with pytest.raises(ImportFormatError, match=r"line 2: .*no body"):
        list(PageReader().read(write(tmp_path, "h.txt", "عنوان فقط\n\nRelated Posts\nخبر\n")))
    (tmp_path / "bin.txt").write_bytes("عنوان\n".encode("cp1256"))
    with pytest.raises(ImportFormatError, match="not UTF-8"):
        list(PageReader().read(tmp_path / "bin.txt"))


# -- html -------------------------------------------------------------------------------------

ARTICLE_HTML = """<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>بلدية عمّان تطلق خطة لتخفيف الازدحام | أخبار</title>
<meta property="og:title" content="بلدية عمّان تطلق خطة لتخفيف الازدحام">
<meta name="author" content="ليلى حداد">
<meta property="article:published_time" content="2026-11-20T08:00:00+02:00">
<meta property="article:tag" content="النقل"><meta property="article:tag" content="عمّان">
<link rel="canonical" href="https://news.example/2026/11/traffic">
<script>var tracking = 1;</script><style>p{}</style></head><body>
<nav><a href="/">الرئيسية</a> <a href="/s">اقتصاد</a></nav>
<article><h1>بلدية عمّان تطلق خطة لتخفيف الازدحام</h1>
<p>أعلنت بلدية عمّان الكبرى خطة مرورية جديدة تهدف إلى تخفيف الازدحام في وسط المدينة خلال
موسم الأعياد، بحسب بيان رسمي صدر اليوم عن مكتب الإعلام.</p>
<h2>تفاصيل الخطة</h2>
<p>وقال مدير إدارة السير في البلدية، سامر الخطيب، إن الخطة <strong>“تعتمد على توسيع خطوط
النقل العام”</strong> وإغلاق بعض الشوارع أمام المركبات الخاصة في ساعات الذروة.</p>
<figure><img src="https://news.example/bus.jpg" alt="حافلة"></figure>
<p>وأضاف أن تطبيق <a href="https://news.example/bus">Amman Bus</a> سيعرض مواعيد الحافلات
بشكل مباشر على الشاشات في 40 محطة موزعة على المدينة.</p>
<iframe src="https://ads.example/x"></iframe>
</article>
<section class="related"><h3>مقالات ذات صلة</h3><ul>
<li><a href="/a">افتتاح أول محطة لشحن الحافلات الكهربائية في الزرقاء</a>
<p>افتتحت وزارة النقل اليوم أول محطة لشحن الحافلات…</p></li>
<li><a href="/b">ارتفاع عدد مستخدمي النقل العام في العاصمة بنسبة 12 بالمئة</a>
<p>أظهرت أرقام هيئة تنظيم النقل البري ارتفاع عدد…</p></li></ul></section>
<aside><h3>فاتك</h3><ul><li><a href="/c">أسعار القهوة العالمية تسجل أعلى مستوى منذ عقد</a></li>
</ul></aside><footer>جميع الحقوق محفوظة</footer></body></html>"""


def test_saved_article_page(tmp_path: Path) -> None:
    (story,), _ = read(HtmlReader(), write(tmp_path, "a.html", ARTICLE_HTML))
    assert story.headline == "بلدية عمّان تطلق خطة لتخفيف الازدحام"
    assert story.authors == ("ليلى حداد",)
    assert story.tags == ("النقل", "عمّان")
    assert story.extra["original_date"] == "2026-11-20"
    assert story.language == "ar" and story.status == "draft"
    assert "## تفاصيل الخطة" in story.body
    assert "**“تعتمد على توسيع خطوط النقل العام”**" in story.body
    assert "[Amman Bus](https://news.example/bus)" in story.body
    assert "https://news.example/bus.jpg" in story.images
    for furniture in ("tracking", "الرئيسية", "أسعار القهوة", "الحقوق", "ads.example"):
        assert furniture not in story.body
    assert [(r.headline, r.url) for r in story.related] == [
        ("افتتاح أول محطة لشحن الحافلات الكهربائية في الزرقاء", "/a"),
        ("ارتفاع عدد مستخدمي النقل العام في العاصمة بنسبة 12 بالمئة", "/b"),
    ]
    assert story.related[0].excerpt.endswith("…")


@pytest.mark.parametrize("word", ["بواسطة", "بقلم:", "كتب", "كتبت"])
def test_an_arabic_byline_word_is_not_part_of_the_name(tmp_path: Path, word: str) -> None:
    # WordPress themes print "بواسطة <name>" where English ones print "By <name>".
    page = ARTICLE_HTML.replace('<meta name="author" content="ليلى حداد">', "").replace(
        "<article><h1>بلدية عمّان تطلق خطة لتخفيف الازدحام</h1>",
        "<article><h1>بلدية عمّان تطلق خطة لتخفيف الازدحام</h1>"
        f'<div class="entry-meta"><span class="byline">{word} <span class="author vcard">'
        '<a class="url fn n" href="/author/layla/">ليلى حداد</a></span></span></div>',
    )
    (story,), _ = read(HtmlReader(), write(tmp_path, "byline.html", page))
    assert story.authors == ("ليلى حداد",)


def test_relative_links_of_a_saved_page_point_into_its_site(tmp_path: Path) -> None:
    page = ARTICLE_HTML.replace(
        '<a href="https://news.example/bus">Amman Bus</a>', '<a href="/bus">Amman Bus</a>'
    ).replace('<img src="https://news.example/bus.jpg"', '<img src="../media/bus.jpg"')
    (story,), _ = read(HtmlReader(), write(tmp_path, "relative.html", page))
    assert "[Amman Bus](https://news.example/bus)" in story.body
    assert "https://news.example/2026/media/bus.jpg" in story.images


def test_a_photo_caption_of_a_saved_page_is_kept(tmp_path: Path) -> None:
    # trafilatura keeps the image of a <figure> but drops its <figcaption>, and with it the
    # photo credit the newsroom must print.
    page = ARTICLE_HTML.replace(
        '<figure><img src="https://news.example/bus.jpg" alt="حافلة"></figure>',
        '<figure><img src="https://news.example/bus.jpg" alt="حافلة">'
        "<figcaption>حافلة في وسط عمّان (رويترز)</figcaption></figure>",
    )
    (story,), _ = read(HtmlReader(), write(tmp_path, "caption.html", page))
    assert "![حافلة](https://news.example/bus.jpg)\n\nحافلة في وسط عمّان (رويترز)" in story.body


def test_html_without_an_article_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match="no article text"):
        list(HtmlReader().read(write(tmp_path, "e.html", "<html><body></body></html>")))


# -- wxr --------------------------------------------------------------------------------------


def test_the_wordpress_importer_samples(shared) -> None:  # type: ignore[no-untyped-def]
    stories, skipped = read(
        WxrReader(), shared("samples", "wxr", "wordpress-importer_small-export.xml")
    )
    assert len(stories) == 6
    kinds = [s.kind for s in skipped]
    assert kinds.count("page") == 5 and kinds.count("comment") == 1
    by_title = {s.headline: s for s in stories}
    assert by_title["Private Post"].status == "draft"
    assert by_title["Private Post"].tags == ("Tag1", "Tag2", "Tag3")
    assert by_title["Foo-child"].section == "Foo" and by_title["Foo-child"].authors == ("editor",)
    assert by_title["Hello world!"].section is None  # "Uncategorized" is no section
    many = by_title["Many Categories"]
    assert many.section == "alpha" and "远征手记" in many.tags
    (simple,), _ = read(WxrReader(), shared("samples", "wxr", "wordpress-importer_wxr-simple.xml"))
    assert "wp:" not in simple.body and "<!--" not in simple.body
    assert simple.body.startswith("Two roads diverged in a yellow wood,  \nAnd sorry")
    assert "[the other](https://playground.internal/path-not-taken)" in simple.body
    (hello,), skipped = read(
        WxrReader(), shared("samples", "wxr", "wordpress-importer_valid-wxr-1.1.xml")
    )
    assert hello.authors == ("John Doe",) and hello.section == "alpha"
    assert hello.tags == ("Clippable",)
    assert hello.published_at is not None and hello.published_at.year == 2010


WXR_AR = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
 xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>موقع</title><language>ar</language><wp:wxr_version>1.2</wp:wxr_version>
<wp:author><wp:author_login>layla</wp:author_login>
<wp:author_display_name><![CDATA[ليلى حداد]]></wp:author_display_name></wp:author>
<item><title>افتتاح معرض الكتاب</title><link>https://news.example/?p=5</link>
<dc:creator>layla</dc:creator><guid isPermaLink="false">https://news.example/?p=5</guid>
<content:encoded><![CDATA[<!-- wp:paragraph -->
<p>افتتح المعرض أبوابه <strong>اليوم</strong>.</p>
<!-- /wp:paragraph -->

<!-- wp:image {"id":7} -->
[caption id="attachment_7"]<img src="https://news.example/up/book.jpg" alt="كتب"> كتب على الرفوف[/caption]
<!-- /wp:image -->]]></content:encoded>
<excerpt:encoded><![CDATA[<p>موجز المعرض</p>]]></excerpt:encoded>
<wp:post_id>5</wp:post_id><wp:post_date_gmt>2026-11-20 08:00:00</wp:post_date_gmt>
<wp:post_modified_gmt>2026-11-21 09:00:00</wp:post_modified_gmt>
<wp:post_name>%d8%a7%d9%81%d8%aa%d8%aa%d8%a7%d8%ad-%d9%85%d8%b9%d8%b1%d8%b6</wp:post_name>
<wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
<category domain="category" nicename="culture"><![CDATA[ثقافة]]></category>
<category domain="post_tag" nicename="books"><![CDATA[الكتاب]]></category>
<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>7</wp:meta_value></wp:postmeta>
<wp:comment><wp:comment_id>1</wp:comment_id></wp:comment>
<wp:comment><wp:comment_id>2</wp:comment_id></wp:comment>
</item>
<item><title>صورة</title><wp:post_id>7</wp:post_id><wp:post_parent>5</wp:post_parent>
<wp:post_type>attachment</wp:post_type><wp:status>inherit</wp:status>
<wp:attachment_url>https://news.example/up/cover.jpg</wp:attachment_url></item>
<item><title>مسودة</title><wp:post_id>8</wp:post_id><wp:status>pending</wp:status>
<wp:post_date_gmt>0000-00-00 00:00:00</wp:post_date_gmt>
<wp:post_type>post</wp:post_type><content:encoded><![CDATA[نص]]></content:encoded></item>
<item><title>محذوف</title><wp:post_type>post</wp:post_type><wp:status>trash</wp:status></item>
</channel></rss>"""


def test_an_arabic_wordpress_post(tmp_path: Path) -> None:
    stories, skipped = read(WxrReader(), write(tmp_path, "ar.xml", WXR_AR))
    post, pending = stories
    assert post.headline == "افتتاح معرض الكتاب" and post.authors == ("ليلى حداد",)
    assert post.slug == "افتتاح-معرض" and post.status == "published"
    assert post.section == "ثقافة" and post.tags == ("الكتاب",) and post.excerpt == "موجز المعرض"
    assert post.body == (
        "افتتح المعرض أبوابه **اليوم**.\n\n![كتب](https://news.example/up/book.jpg) كتب على الرفوف"
    )
    assert post.images == ("https://news.example/up/cover.jpg", "https://news.example/up/book.jpg")
    assert post.extra["featured_image"] == "https://news.example/up/cover.jpg"
    assert (
        post.published_at is not None
        and post.published_at.isoformat() == "2026-11-20T08:00:00+00:00"
    )
    assert post.source_id == "https://news.example/?p=5" and post.language == "ar"
    assert pending.status == "submitted" and pending.published_at is None
    assert sorted(s.kind for s in skipped) == ["attachment", "comment", "comment", "trashed post"]
    assert WxrReader().estimate(tmp_path / "ar.xml") == 3


def test_wordpress_titles_and_terms_are_html(tmp_path: Path) -> None:
    # WordPress keeps post titles and term names as HTML (a term's "&" is stored as "&amp;"),
    # and its export writes them raw inside CDATA: the entities are text, not characters.
    wxr = WXR_AR.replace(
        "<title>افتتاح معرض الكتاب</title>",
        "<title><![CDATA[&#8220;معرض&#8221; الكتاب &amp; <em>الفنون</em> 5 * 3]]></title>",
    ).replace("<![CDATA[الكتاب]]></category>", "<![CDATA[الكتب &amp; النشر]]></category>")
    (post, _pending), _ = read(WxrReader(), write(tmp_path, "terms.xml", wxr))
    assert post.headline == "“معرض” الكتاب & الفنون 5 * 3"
    assert post.tags == ("الكتب & النشر",)


def test_the_default_category_of_an_arabic_wordpress_is_no_section(tmp_path: Path) -> None:
    # An Arabic WordPress names its default category "غير مصنف", slug "غير-مصنف".
    wxr = WXR_AR.replace(
        '<category domain="category" nicename="culture"><![CDATA[ثقافة]]></category>',
        '<category domain="category" nicename="%d8%ba%d9%8a%d8%b1-%d9%85%d8%b5%d9%86%d9%81">'
        "<![CDATA[غير مصنف]]></category>",
    )
    (post, _pending), _ = read(WxrReader(), write(tmp_path, "default.xml", wxr))
    assert post.section is None and post.tags == ("الكتاب",)


def test_broken_wxr_names_line_and_column(tmp_path: Path) -> None:
    broken = WXR_AR.replace("</item>\n<item><title>صورة", "</itm>\n<item><title>صورة")
    with pytest.raises(
        ImportFormatError, match=r"broken.xml, line \d+, column \d+: not well-formed"
    ):
        list(WxrReader().read(write(tmp_path, "broken.xml", broken)))
    plain_rss = '<rss version="2.0"><channel><item><title>x</title></item></channel></rss>'
    with pytest.raises(ImportFormatError, match=r"rss.xml, <channel>: .*feed format"):
        list(WxrReader().read(write(tmp_path, "rss.xml", plain_rss)))


def test_plugin_shortcodes_do_not_reach_the_body(tmp_path: Path) -> None:
    # Page builders (WPBakery, Shortcodes Ultimate) and form plugins fill real exports with
    # shortcodes; WordPress renders them, so their brackets were never text. "[sic]" is text.
    body = (
        "[vc_row][vc_column][vc_column_text]<p>نص الخبر [sic] [1]</p>[/vc_column_text]"
        '[/vc_column][/vc_row]<p>[contact-form-7 id="12" title="اتصل بنا"]</p>'
        '<p>[tab title="أ"]محتوى التبويب[/tab]</p>'
    )
    wxr = WXR_AR.replace(
        WXR_AR[WXR_AR.index("<![CDATA[<!-- wp:paragraph") : WXR_AR.index("</content:encoded>")],
        f"<![CDATA[{body}]]>",
    )
    (post, _pending), _ = read(WxrReader(), write(tmp_path, "vc.xml", wxr))
    assert post.body == "نص الخبر \\[sic\\] \\[1\\]\n\nمحتوى التبويب"


def test_a_wxr_cut_off_inside_a_post_gives_a_one_line_error(tmp_path: Path) -> None:
    # An interrupted download stops anywhere, often inside a post's CDATA body; lxml's message
    # then quotes the body on a second line and repeats the position.
    cut = WXR_AR[: WXR_AR.index("افتتح المعرض") + 5]
    with pytest.raises(ImportFormatError) as caught:
        list(WxrReader().read(write(tmp_path, "cut.xml", cut)))
    message = str(caught.value)
    assert "\n" not in message and message.split("cut.xml")[1].count("line") == 1, message
    assert re.search(r"cut.xml, line \d+, column \d+: not well-formed XML \(CData", message)


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel>
<item><title>&lol9;</title><wp:post_type>post</wp:post_type></item></channel></rss>"""

XXE = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel>
<item><title>&secret;</title><wp:post_type>post</wp:post_type></item></channel></rss>"""


@pytest.mark.parametrize("reader", [WxrReader(), FeedReader()], ids=["wxr", "feed"])
@pytest.mark.parametrize("attack", [BILLION_LAUGHS, XXE], ids=["billion-laughs", "xxe"])
def test_entity_expansion_and_external_entities_are_refused(
    tmp_path: Path, reader: object, attack: str
) -> None:
    path = write(tmp_path, "attack.xml", attack)
    with pytest.raises(ImportFormatError, match="attack.xml, line 2: .*(entities|DTD)"):
        list(reader.read(path))  # type: ignore[attr-defined]


def test_entities_declared_after_a_long_prolog_are_still_not_expanded(tmp_path: Path) -> None:
    padding = "<!-- " + "x" * 70000 + " -->\n"
    path = write(tmp_path, "late.xml", XXE.replace("<!DOCTYPE", padding + "<!DOCTYPE"))
    try:
        stories, _ = read(WxrReader(), path)
    except ImportFormatError:
        return  # refused: fine
    assert all("root:" not in s.headline for s in stories)


# -- markdown ---------------------------------------------------------------------------------


def test_markdown_with_front_matter(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "story.md",
        "---\ntitle: افتتاح معرض الكتاب\ndate: 2026-11-20\ntags: [الكتاب, معارض]\n"
        "categories: [ثقافة, فعاليات]\nauthor: ليلى حداد\nstatus: publish\nslug: book-fair\n"
        "summary: موجز\nlang: ar-JO\n---\n\n# افتتاح معرض الكتاب\n\nافتتح **المعرض** أبوابه.\n",
    )
    (story,), _ = read(MarkdownReader(), path)
    assert story.headline == "افتتاح معرض الكتاب"
    assert story.body == "افتتح **المعرض** أبوابه."
    assert story.section == "ثقافة" and story.tags == ("الكتاب", "معارض")
    assert story.authors == ("ليلى حداد",) and story.status == "published"
    assert story.published_at is not None and story.published_at.day == 20
    assert (story.slug, story.excerpt, story.language) == ("book-fair", "موجز", "ar")


def test_markdown_title_from_heading_and_draft_flag(tmp_path: Path) -> None:
    path = write(tmp_path, "b.md", "---\ndraft: true\n---\n# عنوان من النص\n\nفقرة.\n")
    (story,), _ = read(MarkdownReader(), path)
    assert (story.headline, story.body, story.status) == ("عنوان من النص", "فقرة.", "draft")


@pytest.mark.parametrize(
    "content, message",
    [
        ("---\ntitle: [غير مغلق\n---\nنص", r"line \d+: the front matter is not YAML"),
        ("---\n- a\n- b\n---\nنص", "must be a mapping"),
        ("---\ndate: 2026-11-20\n---\nنص بلا عنوان", "no title"),
        ("---\ntitle: x\nstatus: online\n---\nنص", "unknown status"),
        ("---\ntitle: x\ndate: yesterday\n---\nنص", "not a date"),
        ("---\ntitle: x\ntags: {a: 1}\n---\nنص", "tags must be"),
    ],
)
def test_markdown_errors(tmp_path: Path, content: str, message: str) -> None:
    with pytest.raises(ImportFormatError, match=f"bad.md, .*{message}"):
        list(MarkdownReader().read(write(tmp_path, "bad.md", content)))


def test_hugo_toml_front_matter(tmp_path: Path) -> None:
    # Hugo writes TOML between "+++" lines; the story was refused as having no title.
    content = (
        '+++\r\ntitle = "الحرب: سنة أولى"\r\ndate = 2026-11-01T10:00:00+03:00\r\n'
        'tags = ["سياسة", "تاريخ"]\r\ndraft = false\r\nstatus = "published"\r\n+++\r\n\r\nنص.\r\n'
    )
    (story,), _ = read(MarkdownReader(), write(tmp_path, "hugo.md", content))
    assert (story.headline, story.tags, story.body) == (
        "الحرب: سنة أولى",
        ("سياسة", "تاريخ"),
        "نص.",
    )
    assert story.published_at is not None
    assert story.published_at.isoformat() == "2026-11-01T10:00:00+03:00"
    assert MarkdownReader().sniff(tmp_path / "hugo.md", content.encode())
    bad = '+++\ntags = ["أ"]\ntitle = الحرب\n+++\nنص'  # an unquoted value, on line 3
    with pytest.raises(
        ImportFormatError, match=r"bad-toml.md, line 3: the front matter is not TOML"
    ):
        list(MarkdownReader().read(write(tmp_path, "bad-toml.md", bad)))


def test_a_front_matter_error_names_the_line_of_the_file(tmp_path: Path) -> None:
    # An unquoted title with a colon, the most common front matter mistake: file line 3.
    content = "---\nauthor: ليلى\ntitle: الحرب: سنة أولى\n---\nنص"
    with pytest.raises(ImportFormatError, match=r"colon.md, line 3: the front matter is not"):
        list(MarkdownReader().read(write(tmp_path, "colon.md", content)))


# -- feeds ------------------------------------------------------------------------------------

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>أخبار</title><link>https://news.example/</link><language>ar</language>
<item><title>ارتفاع الصادرات</title><link>https://news.example/1</link>
<guid>https://news.example/1</guid><pubDate>Fri, 20 Nov 2026 08:00:00 +0200</pubDate>
<author>desk@news.example (ليلى حداد)</author><category>اقتصاد</category>
<description>موجز قصير</description>
<content:encoded><![CDATA[<p>ارتفعت الصادرات <b>5%</b>.</p><p>فقرة ثانية.</p>]]></content:encoded>
<enclosure url="https://news.example/p.jpg" type="image/jpeg" length="1"/></item>
<item><title>خبر بلا محتوى</title><link>https://news.example/2</link>
<description>&lt;p&gt;الوصف فقط&lt;/p&gt;</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar"><title>أخبار</title>
<id>urn:x</id><updated>2026-11-20T08:00:00Z</updated>
<entry><title>خبر أتوم</title><id>urn:x:1</id><link href="https://news.example/a"/>
<updated>2026-11-20T08:00:00Z</updated><author><name>عمر</name></author>
<content type="html">&lt;p&gt;نص الخبر&lt;/p&gt;</content></entry></feed>"""


def test_rss_and_atom(tmp_path: Path) -> None:
    stories, _ = read(FeedReader(), write(tmp_path, "f.rss", RSS))
    first, second = stories
    assert (
        first.headline == "ارتفاع الصادرات"
        and first.body == "ارتفعت الصادرات **5%**.\n\nفقرة ثانية."
    )
    assert first.excerpt == "موجز قصير" and first.tags == ("اقتصاد",)
    assert first.source_url == first.source_id == "https://news.example/1"
    assert first.published_at is not None and first.published_at.hour == 6
    assert first.images == ("https://news.example/p.jpg",) and first.status == "published"
    assert second.body == "الوصف فقط"
    (atom,), _ = read(FeedReader(), write(tmp_path, "f.atom", ATOM))
    assert (atom.headline, atom.body, atom.authors) == ("خبر أتوم", "نص الخبر", ("عمر",))
    assert atom.source_id == "urn:x:1"


def test_atom_titles_written_as_html_become_text(tmp_path: Path) -> None:
    atom = ATOM.replace(
        "<title>خبر أتوم</title>",
        '<title type="html">&lt;b&gt;عاجل:&lt;/b&gt; زلزال &amp;amp; هزات</title>',
    ).replace(
        "</entry></feed>",
        '</entry><entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">'
        "<em>تحليل</em> الأسواق</div></title><id>urn:x:2</id>"
        "<updated>2026-11-20T08:00:00Z</updated><summary>نص</summary></entry></feed>",
    )
    stories, _ = read(FeedReader(), write(tmp_path, "html-titles.atom", atom))
    assert [s.headline for s in stories] == ["عاجل: زلزال & هزات", "تحليل الأسواق"]


def test_relative_links_in_a_feed_point_into_the_site_that_wrote_it(tmp_path: Path) -> None:
    # Exported under another site's address, "/tags/energy" would lead to a page of that site.
    rss = RSS.replace("<link>https://news.example/1</link>", "<link>/2026/11/1</link>").replace(
        "<p>فقرة ثانية.</p>",
        '<p><a href="/tags/energy">الطاقة</a> و<img src="img/p.jpg" alt="صورة"> '
        '<a href="#ref">مرجع</a> <a href="https://other.example/x">خارج</a></p>',
    )
    first, _second = read(FeedReader(), write(tmp_path, "relative.rss", rss))[0]
    assert first.source_url == "https://news.example/2026/11/1"
    assert first.body.split("\n\n")[1] == (
        "[الطاقة](https://news.example/tags/energy) و"
        "![صورة](https://news.example/2026/11/img/p.jpg) [مرجع](#ref) "
        "[خارج](https://other.example/x)"
    )
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "مدونة",
        "home_page_url": "https://blog.example/",
        "items": [{"id": "1", "url": "/posts/1", "content_html": '<p><a href="/a">أ ب</a></p>'}],
    }
    path = write(tmp_path, "relative.json", json.dumps(feed, ensure_ascii=False))
    ((item,), _) = read(FeedReader(), path)
    assert item.source_url == "https://blog.example/posts/1"
    assert item.body == "[أ ب](https://blog.example/a)"


def test_json_feed(tmp_path: Path) -> None:
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "أخبار",
        "language": "ar",
        "authors": [{"name": "المحرر"}],
        "items": [
            {
                "id": "1",
                "url": "https://news.example/1",
                "title": "خبر",
                "content_html": "<p>نص <em>مائل</em></p>",
                "summary": "موجز",
                "date_published": "2026-11-20T08:00:00Z",
                "tags": ["وسم"],
                "image": "https://news.example/i.jpg",
            },
            {"id": 2, "content_text": "نص فقط بلا عنوان في هذا الخبر"},
        ],
    }
    path = write(tmp_path, "feed.json", json.dumps(feed, ensure_ascii=False))
    first, second = read(FeedReader(), path)[0]
    assert (first.headline, first.body, first.authors) == ("خبر", "نص *مائل*", ("المحرر",))
    assert first.images == ("https://news.example/i.jpg",) and first.tags == ("وسم",)
    assert second.headline == "نص فقط بلا عنوان في هذا الخبر" and second.source_id == "2"
    feed["items"] = [{"title": "بلا معرف"}]
    with pytest.raises(ImportFormatError, match=r"items\[0\]: an item needs an 'id'"):
        list(FeedReader().read(write(tmp_path, "bad.json", json.dumps(feed))))


# -- ninjs ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, headline",
    [
        ("2.1_dpa_text.json", "Faktencheck Derby-Elfmeter: Hat Schiedsrichter Zwayer recht?"),
        ("3.0_dpa_text.json", "Faktencheck Derby-Elfmeter: Hat Schiedsrichter Zwayer recht?"),
        ("2.2_004_simple_text_article.json", "Captain of wrecked cruise ship on trial in Italy"),
        ("3.1_005_complex_text_article.json", "Captain of wrecked cruise ship on trial in Italy"),
        ("3.1_003_associations_example.json", "Dell Redefines Workstation Computing"),
    ],
)
def test_ninjs_examples(shared, name: str, headline: str) -> None:  # type: ignore[no-untyped-def]
    (story,), _ = read(NinjsReader(), shared("standards", "ninjs", "examples", name))
    assert story.headline.startswith(headline)
    assert story.body and story.source_id and story.status == "published"


def test_ninjs_arabic_package(shared) -> None:  # type: ignore[no-untyped-def]
    path = shared("standards", "ninjs", "examples", "ar_3.1_composite_package_sample.json")
    (story,), _ = read(NinjsReader(), path)
    assert story.headline == "ارتفاع الصادرات بنسبة 5% خلال عام 2024"
    assert (
        story.body
        == "عمّان - أعلنت الجهات الرسمية اليوم عن ارتفاع الصادرات بنسبة 5% مقارنة بعام 2023."
    )
    assert story.dek == "موجز الخبر باللغة العربية." and story.slug == "اقتصاد-الأردن"
    assert story.images == ("https://example.org/media/aqaba.jpg",)
    assert story.extra["dateline"] == "عمّان" and story.location == "$.associations[0]"


@pytest.mark.parametrize(
    "document, message",
    [
        ({"headlines": [{"value": "x"}]}, r"\$\.uri: is required"),
        ({"uri": "u", "headlines": "x"}, r"\$\.headlines: must be a list"),
        ({"uri": "u", "headlines": [{"role": "main"}]}, r"\$\.headlines\[0\]\.value: is required"),
        ({"uri": "u", "headlines": [{"value": "x"}], "pubStatus": "gone"}, "unknown value"),
        ({"uri": "u", "bodies": [{"value": "نص"}]}, "no headline"),
        ({"uri": "u", "headlines": [{"value": "x"}], "versionCreated": "soon"}, "not a date"),
        (
            {"uri": "p", "type": "composite", "associations": [{"uri": 5, "type": "text"}]},
            r"\$\.associations\[0\]\.uri",
        ),
    ],
)
def test_ninjs_structure_errors_give_a_json_path(
    tmp_path: Path, document: object, message: str
) -> None:
    path = write(tmp_path, "n.json", json.dumps(document))
    with pytest.raises(ImportFormatError, match=f"n.json, .*{message}"):
        list(NinjsReader().read(path))


# -- auto -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, content, expected",
    [
        ("a.xml", WXR_AR, "wxr"),
        ("a.xml", RSS, "feed"),
        ("a.txt", ATOM, "feed"),
        ("a.bin", ARTICLE_HTML, "html"),
        ("a.txt", "---\ntitle: x\n---\nنص", "markdown"),
        ("a.json", json.dumps({"uri": "u", "headlines": [{"value": "x"}]}), "ninjs"),
        (
            "a.json",
            json.dumps({"version": "https://jsonfeed.org/version/1.1", "items": []}),
            "feed",
        ),
        ("a.data", '{"title": "خبر", "body": "نص"}\n', "jsonl"),
        ("a.data", PAGE_EN_AR, "page"),
        ("notes.md", "عنوان\n\nنص بلا أي كتلة", "markdown"),
        ("notes.txt", "عنوان\n\nنص بلا أي كتلة", "page"),
    ],
)
def test_auto_sniffs_content_first_then_the_extension(
    tmp_path: Path, name: str, content: str, expected: str
) -> None:
    assert default_registry().sniff(write(tmp_path, name, content)).name == expected


def test_auto_refuses_what_it_cannot_recognise(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match="not a format Newsdesk recognises"):
        default_registry().sniff(write(tmp_path, "x.bin", "٭٭٭"))


# -- jsonl ------------------------------------------------------------------------------------


def test_jsonl_bodies_are_plain_text_not_markdown(tmp_path: Path) -> None:
    # Lines a wire story or a scraper leaves: a hashtag, a year with a full stop, a separator,
    # a tag written as text, emphasis marks. Each stays one paragraph of exactly that text.
    lines = ["#عاجل الحكومة تستقيل", "1986. سنة التأسيس", "---", "<b>نص</b> & *مهم*", "سطر"]
    record = {"title": "خبر", "body": "\n".join(lines) + "\r\nآخر\r"}
    path = write(tmp_path, "s.jsonl", json.dumps(record, ensure_ascii=False) + "\n")
    (story,), _ = read(JsonLinesReader(), path)
    html = render_html(story.body)
    assert html.count("<p>") == 6 and "<h1>" not in html and "<hr" not in html
    assert [unescape(p) for p in re.findall(r"<p>(.*?)</p>", html)] == [*lines, "آخر"]
