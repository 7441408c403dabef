"""The static site exporter on hand-built content: no database, no Qt.

Covers the plan (one output per path), deterministic bytes, golden pages and feeds, incremental
and atomic writing, hostile stories, tombstones, images, and feed validity.
"""

from __future__ import annotations

import difflib
import io
import json
import os
import pickle
import re
import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree as ET

import feedparser
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image as PILImage

from newsdesk.core.markup import body_hash, page_html, render_html
from newsdesk.core.sanitize import sanitize_html
from newsdesk.export import snapshot as snapshot_module
from newsdesk.export import writer as writer_module
from newsdesk.export.common import View
from newsdesk.export.memo import Job, PlanMemo
from newsdesk.export.model import (
    Article,
    CorrectionNote,
    FrontZone,
    Image,
    SiteContent,
    SiteInfo,
    Term,
    Tombstone,
)
from newsdesk.export.site import (
    ExportProgress,
    SitePlan,
    SiteRenderer,
    Theme,
    export_site,
    plan_site,
)
from newsdesk.export.snapshot import Snapshot, load_snapshot, save_snapshot
from newsdesk.export.writer import STATE_FORMAT, ExportError, SiteWriter, WriteReport, sha256

GOLDEN = Path(__file__).resolve().parents[1] / "fixtures" / "golden" / "export"
UPDATE_GOLDEN = os.environ.get("NEWSDESK_UPDATE_GOLDEN") == "1"
NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)

ECONOMY = Term(1, "اقتصاد", "economy", "أخبار المال والأعمال")
LOCAL = Term(2, "محليات", "local")
WATER = Term(10, "المياه", "المياه")
PRICES = Term(11, "الأسعار", "الأسعار")
LAYLA = Term(20, "ليلى حداد", "layla-haddad")
OMAR = Term(21, "عمر الخطيب", "omar-khatib")

HOSTILE_BODY = (
    "فقرة أولى.\n\n<script>alert('x')</script>\n\n[اضغط](javascript:alert(1))\n\n"
    '<img src="x.png" onerror="alert(1)">\n\n<p style="color:red">نص</p>\n\n'
    '<iframe src="https://evil.example/"></iframe>\n\n<a href="/local/path">رابط نسبي</a>'
)
BODIES = {
    1: "أعلنت هيئة مياه العاصمة جدولاً جديداً لتوزيع المياه، بعد أن تراجع مخزون السدود إلى "
    "**18 في المئة**.\n\nوقال المدير “لسنا أمام أزمة عابرة”.\n\n## ما الذي يتغير؟\n\n"
    "- يومان بدلاً من ثلاثة.\n- موقع [الهيئة](https://water.example.org/schedule).\n\n"
    'The Amman Water Authority said.\n{: dir="ltr" }',
    2: "ارتفعت أسعار الخضار في السوق المركزي بنسبة 12 في المئة خلال أسبوع.",
    3: HOSTILE_BODY,
    4: "قصة مع صورة من المصور.",
    5: "تقرير قديم عن الموازنة العامة.",
}


def png_bytes(width: int = 1500, height: int = 1000) -> bytes:
    image = PILImage.new("RGB", (width, height), (200, 120, 40))
    for x in range(0, width, 50):
        for y in range(0, height, 50):
            image.putpixel((x, y), (0, 0, 0))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


PNG = png_bytes()
PNG_SHA = "ab" * 32


def make_content(**changes: object) -> SiteContent:
    def article(i: int, **kw: object) -> Article:
        base = Article(
            id=i,
            uuid=str(uuid.UUID(int=i)),
            headline=f"خبر رقم {i}",
            slug=f"خبر-{i}",
            body_hash=body_hash(BODIES[i]),
            published_at=NOW - timedelta(hours=i),
            updated_at=NOW - timedelta(hours=i),
            summary=f"ملخص الخبر {i} في سطر واحد",
            section=ECONOMY,
            authors=(LAYLA,),
            tags=(PRICES,),
        )
        return replace(base, **kw)  # type: ignore[arg-type]

    articles = (
        article(
            1,
            headline="هيئة مياه العاصمة تعلن جدول توزيع جديداً",
            slug="هيئة-مياه-العاصمة",
            kicker="أزمة المياه",
            dek="قلّصت الهيئة أيام الضخ بعد انخفاض مخزون السدود.",
            section=LOCAL,
            authors=(LAYLA, OMAR),
            tags=(WATER, PRICES),
            dateline="عمّان",
            corrections=(CorrectionNote("صُحّح اسم المدير.", NOW - timedelta(minutes=30)),),
            word_count=42,
            related=(2, 4),
            you_missed=(3, 4, 5),
        ),
        article(2, related=(1,), you_missed=(1, 3, 4)),
        article(
            3,
            headline="عنوان \u202eمقلوب\u202c\x0b\x1f <script>alert(1)</script>",
            kicker='<img src=x onerror="alert(1)">',
            tags=(Term(12, "وسم \u202eخبيث", "وسم-خبيث"),),
            authors=(Term(22, "كاتب \u2067<b>x</b>", "katib"),),
            you_missed=(1, 2),
        ),
        article(
            4,
            image=Image(
                PNG_SHA, "image/png", 1500, 1000, "صورة \u202eالسد", "سد الملك طلال", "\u202eوكالة"
            ),
            you_missed=(1, 2),
        ),
        article(5, published_at=NOW - timedelta(days=40), updated_at=NOW - timedelta(days=40)),
    )
    content = SiteContent(
        site=SiteInfo(
            title="نشرة الصباح",
            base_url="https://news.example.org/",
            tagline="أخبار الأردن والمنطقة",
            language="ar",
            time_zone="Asia/Amman",
            page_size=2,
            feed_items=3,
        ),
        articles=articles,
        sections=(ECONOMY, LOCAL),
        tombstones=(Tombstone(9, str(uuid.UUID(int=9)), "خبر-مسحوب", NOW - timedelta(hours=2)),),
        front=(FrontZone("lead", (1,)), FrontZone("top", (2,))),
        now=NOW,
    )
    return replace(content, **changes)  # type: ignore[arg-type]


def bodies(hashes: frozenset[str]) -> dict[str, str]:
    """The body source: page HTML (rendered and sanitised) as the render cache keeps it."""
    by_hash = {body_hash(b): b for b in BODIES.values()}
    return {h: page_html(by_hash[h]) for h in hashes}


def media(sha: str) -> bytes | None:
    return PNG if sha == PNG_SHA else None


def run(content: SiteContent, target: Path, **kw: object) -> WriteReport:
    steps = export_site(content, target, bodies=bodies, media=media, **kw)  # type: ignore[arg-type]
    while True:
        try:
            step = next(steps)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]
        assert isinstance(step, ExportProgress)


def tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Path]:
    target = tmp_path / "site"
    run(make_content(), target)
    yield target


ARTICLE = "news/1-هيئة-مياه-العاصمة/index.html"


def test_every_page_kind_is_written(site: Path) -> None:
    files = tree(site)
    for path in (
        "index.html",
        "page/2/index.html",
        ARTICLE,
        "news/9-خبر-مسحوب/index.html",
        "section/economy/index.html",
        "section/economy/page/2/index.html",
        "tag/المياه/index.html",
        "author/layla-haddad/index.html",
        "archive/index.html",
        "archive/2026/11/index.html",
        "archive/2026/10/index.html",
        "404.html",
        "sitemap.xml",
        "sitemaps/pages-1.xml",
        "news-sitemap.xml",
        "robots.txt",
        "static/style.css",
        "feed.xml",
        "atom.xml",
        "feed.json",
        "section/economy/feed.xml",
        "tag/المياه/atom.xml",
    ):
        assert path in files, path


def test_article_page_has_the_newsroom_shape(site: Path) -> None:
    page = (site / ARTICLE).read_text("utf-8")
    assert '<html lang="ar" dir="rtl">' in page
    assert '<h1 dir="auto">هيئة مياه العاصمة تعلن جدول توزيع جديداً</h1>' in page
    assert "مقالات ذات صلة" in page and "فاتك" in page
    related = page.split("مقالات ذات صلة")[1].split("فاتك")[0]
    assert "خبر رقم 2" in related and "/news/4-" in related
    assert "…" not in related or related.count('class="excerpt"') >= 1
    missed = page.split("فاتك")[1]
    assert "/news/1-" not in missed  # never the story on the page
    assert '<link rel="canonical" href="https://news.example.org/news/1-%D9%87' in page
    assert '<meta property="og:type" content="article">' in page
    data = json.loads(page.split('<script type="application/ld+json">')[1].split("</script>")[0])
    assert data["@type"] == "NewsArticle" and data["inLanguage"] == "ar"
    assert data["datePublished"] == "2026-11-20T11:00:00+03:00"
    assert data["dateModified"] == "2026-11-20T11:30:00+03:00"
    assert [a["name"] for a in data["author"]] == ["ليلى حداد", "عمر الخطيب"]
    assert data["articleSection"] == "محليات"
    assert "تصحيح" in page and 'datetime="2026-11-20T11:30:00+03:00"' in page


def test_related_excerpts_end_with_an_ellipsis_when_cut(tmp_path: Path) -> None:
    long = "كلمة " * 80
    content = make_content()
    articles = list(content.articles)
    articles[1] = replace(articles[1], summary=long)
    run(replace(content, articles=tuple(articles)), tmp_path / "s")
    page = (tmp_path / "s" / ARTICLE).read_text("utf-8")
    excerpt = page.split("مقالات ذات صلة")[1].split('class="excerpt" dir="auto">')[1].split("<")[0]
    assert excerpt.endswith("…") and len(excerpt) <= 160


class _Markup(HTMLParser):
    """Collects what a browser would treat as markup (escaped text is only text)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        names = dict(attrs)
        if tag in ("iframe", "object", "embed", "style", "svg", "form", "base", "b"):
            self.problems.append(tag)
        if tag == "script" and names.get("type") != "application/ld+json":
            self.problems.append("script")
        for name, value in attrs:
            if name.startswith("on") or name == "style":
                self.problems.append(f"{tag}@{name}")
            if name in ("href", "src") and (value or "").strip().lower().startswith(
                ("javascript:", "data:")
            ):
                self.problems.append(f"{tag}@{name}={value}")


def test_hostile_stories_never_reach_a_page_raw(site: Path) -> None:
    for path, data in tree(site).items():
        if path.endswith((".png", ".jpg", ".css", ".txt")):
            continue
        text = data.decode("utf-8")
        assert not re.search("[\u202a-\u202e\u2066-\u2069]", text), path
        assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f]", text), path  # XML 1.0 forbids them
        documents = [text]
        if path.endswith(".json"):
            documents = [i["content_html"] for i in json.loads(text)["items"]]
        elif path.endswith(".xml"):
            documents = [
                e.text or ""
                for e in ET.fromstring(data).iter()
                if e.tag.endswith(("encoded", "content", "description"))  # the HTML ones
            ]
        for document in documents:
            parser = _Markup()
            parser.feed(document)
            assert parser.problems == [], (path, parser.problems)
        if path.endswith(".html"):
            assert "<script>alert" not in text


def test_output_is_deterministic(tmp_path: Path) -> None:
    run(make_content(), tmp_path / "a")
    run(make_content(), tmp_path / "b")
    assert tree(tmp_path / "a") == tree(tmp_path / "b")


def test_two_processes_write_the_same_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import newsdesk.export.site as site_module

    monkeypatch.setattr(site_module, "PARALLEL_MIN", 1)
    monkeypatch.setattr(site_module, "PROGRESS_EVERY", 7)
    serial = run(make_content(), tmp_path / "a")
    forked = run(make_content(), tmp_path / "b", workers=2)
    assert tree(tmp_path / "a") == tree(tmp_path / "b")
    assert forked.manifest == serial.manifest
    assert run(make_content(), tmp_path / "b", workers=2).written == 0


def test_workers_take_the_feeds_and_the_pages_from_two_ends(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each chunk is rendered once; one worker starts on the feeds, the other on the pages."""
    import newsdesk.export.site as site_module

    monkeypatch.setattr(site_module, "PARALLEL_MIN", 1)
    monkeypatch.setattr(site_module, "PROGRESS_EVERY", 3)
    parent = os.getpid()
    log = tmp_path / "rendered"
    render = site_module.SiteRenderer.render

    def logged(self: SiteRenderer, job: Job) -> bytes:
        if os.getpid() != parent:
            with open(log, "a", encoding="utf-8") as out:
                out.write(f"{os.getpid()} {job.kind} {job.path}\n")
        return render(self, job)

    monkeypatch.setattr(site_module.SiteRenderer, "render", logged)
    report = run(make_content(), tmp_path / "site", workers=2)
    lines = [line.split(" ", 2) for line in log.read_text("utf-8").splitlines()]
    assert sorted(path for _pid, _kind, path in lines) == sorted(report.manifest)
    firsts = {}
    for pid, kind, _path in lines:
        firsts.setdefault(pid, kind)
    assert sorted(kind == "feed" for kind in firsts.values()) == [False, True]


@pytest.mark.parametrize("how", ["raises", "dies"])
def test_a_failing_render_worker_fails_the_export_and_keeps_the_site(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    import newsdesk.export.site as site_module

    monkeypatch.setattr(site_module, "PARALLEL_MIN", 1)
    monkeypatch.setattr(site_module, "PROGRESS_EVERY", 3)
    target = tmp_path / "site"
    run(make_content(), target)
    before = tree(target)
    parent = os.getpid()
    render = site_module.SiteRenderer.render

    def failing(self: SiteRenderer, job: Job) -> bytes:
        if os.getpid() != parent and job.kind == "article":
            if how == "dies":
                os._exit(3)
            raise ExportError("the theme broke on " + job.path)
        return render(self, job)

    monkeypatch.setattr(site_module.SiteRenderer, "render", failing)
    changed = make_content(site=replace(make_content().site, title="عنوان جديد"))
    with pytest.raises(ExportError, match="exit code 3" if how == "dies" else "the theme broke"):
        run(changed, target, workers=2)
    assert tree(target) == before


@pytest.mark.parametrize(
    ("name", "path"),
    [
        ("article.html", ARTICLE),
        ("front.html", "index.html"),
        ("feed.xml", "feed.xml"),
        ("atom.xml", "atom.xml"),
        ("feed.json", "feed.json"),
    ],
)
def test_golden_files(site: Path, name: str, path: str) -> None:
    """Expected outputs, reviewed like code. Regenerate: NEWSDESK_UPDATE_GOLDEN=1 pytest …"""
    actual = (site / path).read_text("utf-8")
    golden = GOLDEN / name
    if UPDATE_GOLDEN:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(actual, "utf-8")
    expected = golden.read_text("utf-8")
    diff = "".join(
        difflib.unified_diff(
            expected.splitlines(True), actual.splitlines(True), "expected", "actual"
        )
    )
    assert actual == expected, diff


def test_nothing_changed_means_nothing_written_and_times_kept(site: Path) -> None:
    before = {p: (site / p).stat().st_mtime_ns for p in tree(site)}
    report = run(make_content(), site)
    assert report.written == 0 and report.removed == 0
    assert report.unchanged == len(before)
    assert {p: (site / p).stat().st_mtime_ns for p in tree(site)} == before


def test_one_change_rewrites_only_what_shows_it(site: Path) -> None:
    before = tree(site)
    mtimes = {p: (site / p).stat().st_mtime_ns for p in before}
    content = make_content()
    articles = list(content.articles)
    articles[4] = replace(articles[4], headline="عنوان جديد للتقرير القديم")
    report = run(replace(content, articles=tuple(articles)), site)
    changed = set(report.changed_paths)
    assert "news/5-خبر-5/index.html" in changed
    assert "section/economy/page/2/index.html" in changed
    assert ARTICLE in changed  # story 1 shows story 5 under You Missed
    assert "news/2-خبر-2/index.html" not in changed  # story 2 does not show it
    assert len(changed) < len(before) / 3
    after = tree(site)
    for path in before:
        if path not in changed:
            assert after[path] == before[path]
            assert (site / path).stat().st_mtime_ns == mtimes[path], path


def test_a_removed_story_leaves_every_list_and_its_files_go(site: Path) -> None:
    content = make_content()
    kept = tuple(a for a in content.articles if a.id != 2)
    kept = tuple(
        replace(
            a,
            related=tuple(i for i in a.related if i != 2),
            you_missed=tuple(i for i in a.you_missed if i != 2),
        )
        for a in kept
    )
    front = (FrontZone("lead", (1,)),)
    report = run(replace(content, articles=kept, front=front), site)
    assert "news/2-خبر-2/index.html" in report.removed_paths
    assert not (site / "news" / "2-خبر-2").exists()
    for path, data in tree(site).items():
        assert "/news/2-" not in data.decode("utf-8", "replace"), path


def test_an_interrupted_export_leaves_the_previous_site_whole(site: Path) -> None:
    before = tree(site)
    content = make_content(site=replace(make_content().site, title="عنوان آخر للموقع"))
    steps = export_site(content, site, bodies=bodies, media=media)
    for step in steps:
        if step.stage == "render":
            break
    steps.close()  # a Cancel button
    assert tree(site) == before
    report = run(content, site)  # and the next export still works
    assert report.written > 0
    assert "عنوان آخر للموقع" in (site / "index.html").read_text("utf-8")


@pytest.mark.parametrize("workers", [1, 2])
def test_a_first_export_leaves_the_next_staging_tree_linked_to_the_site(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    import newsdesk.export.site as site_module

    monkeypatch.setattr(site_module, "PARALLEL_MIN", 1)
    target = tmp_path / "site"
    run(make_content(), target, workers=workers)
    home = tmp_path / ".site.newsdesk"
    assert not (home / "staging.next").exists()
    assert not (home / "staging.dirty").exists()
    files = [p for p in target.rglob("*") if p.is_file()]
    assert len(files) > 30
    for path in files:
        staged = home / "staging" / path.relative_to(target)
        assert staged.stat().st_ino == path.stat().st_ino, path  # the same file, not a copy
    staged_files = [p for p in (home / "staging").rglob("*") if p.is_file()]
    assert len(staged_files) == len(files)


def test_folders_are_made_once_with_their_parents_and_a_race_is_fine(tmp_path: Path) -> None:
    from newsdesk.export.writer import _make_folder, _write_new

    made: set[str] = {str(tmp_path)}
    deep = str(tmp_path / "tag" / "دمشق" / "page" / "2")
    _make_folder(deep, made)
    assert os.path.isdir(deep)
    assert str(tmp_path / "tag" / "دمشق") in made  # its parents are known made too
    os.mkdir(tmp_path / "news")  # another worker made it meanwhile
    _make_folder(str(tmp_path / "news" / "1-x"), made)
    assert (tmp_path / "news" / "1-x").is_dir()
    data = "نص عربي".encode() * 50_000
    _write_new(str(tmp_path / "news" / "1-x" / "index.html"), data)
    assert (tmp_path / "news" / "1-x" / "index.html").read_bytes() == data
    with pytest.raises(FileExistsError):  # never into a file that is there (maybe a link)
        _write_new(str(tmp_path / "news" / "1-x" / "index.html"), b"other")
    (tmp_path / "file").write_text("x")
    _make_folder(str(tmp_path / "file"), made)
    with pytest.raises(OSError):  # a file where a folder must be: an error, not a silent pass
        _write_new(str(tmp_path / "file" / "index.html"), b"x")


def test_a_first_export_cut_short_leaves_no_next_tree_behind(tmp_path: Path) -> None:
    target = tmp_path / "site"
    steps = export_site(make_content(), target, bodies=bodies, media=media)
    for step in steps:
        if step.stage == "commit":  # everything written, nothing swapped in yet
            break
    steps.close()
    home = tmp_path / ".site.newsdesk"
    assert (home / "staging.next").is_dir()  # interrupted half way
    assert not target.exists()
    run(make_content(), target)
    assert not (home / "staging.next").exists()
    assert (target / ARTICLE).is_file()
    assert run(make_content(), target).written == 0


def _fake_syncfs(monkeypatch: pytest.MonkeyPatch, target: Path) -> list[tuple[str, int]]:
    """Record each ``syncfs`` (and the number of files staged by then) instead of making it."""
    import threading

    calls: list[tuple[str, int]] = []
    staging = target.parent / f".{target.name}.newsdesk" / "staging"

    def syncfs(fd: int) -> int:
        staged = sum(len(names) for _f, _d, names in os.walk(staging))
        calls.append((threading.current_thread().name, staged))
        return 0

    monkeypatch.setattr(writer_module, "_syncfs_call", lambda: syncfs)
    return calls


def _early_flushers() -> list[str]:
    import threading

    return [t.name for t in threading.enumerate() if t.name == "newsdesk-early-flush"]


def test_a_large_export_flushes_in_the_background_and_still_flushes_before_the_swap(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "site"
    calls = _fake_syncfs(monkeypatch, target)
    monkeypatch.setattr(writer_module, "EARLY_FLUSH_EVERY", 5)
    monkeypatch.setattr(writer_module, "FSYNC_EACH_MAX", 8)
    swapped: list[int] = []
    rename = os.rename

    def noting_rename(a: object, b: object) -> None:
        if Path(str(b)) == target:
            swapped.append(len(calls))
        rename(a, b)  # type: ignore[arg-type]

    monkeypatch.setattr(writer_module.os, "rename", noting_rename)
    report = run(make_content(), target)
    early = [staged for name, staged in calls if name == "newsdesk-early-flush"]
    final = [staged for name, staged in calls if name != "newsdesk-early-flush"]
    assert len(report.manifest) > 10
    assert early, "no flush while the files were written"
    # The flush before the swap is still made, with every file staged, and before the swap.
    assert len(final) == 1 and final[0] >= len(report.manifest)
    assert swapped == [len(calls)]
    assert not _early_flushers()
    assert run(make_content(), target).written == 0


def test_a_small_export_does_not_flush_early(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _fake_syncfs(monkeypatch, site)
    content = make_content(site=replace(make_content().site, tagline="شعار جديد"))
    assert run(content, site).written > 0
    assert calls == []  # a few files: flushed one by one (``FSYNC_EACH_MAX``)
    assert not _early_flushers()


@pytest.mark.parametrize("workers", [1, 2])
def test_work_while_flushing_runs_once_before_the_swap_and_a_failure_there_changes_nothing(
    site: Path, monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    """With forked workers it runs while they render (the parent's wait), else while the disk
    flushes; before the swap either way. A failure there also stops the early flushes."""
    import multiprocessing

    import newsdesk.export.site as site_module

    monkeypatch.setattr(site_module, "PARALLEL_MIN", 1)
    monkeypatch.setattr(site_module, "PROGRESS_EVERY", 3)
    calls = _fake_syncfs(monkeypatch, site)
    monkeypatch.setattr(writer_module, "EARLY_FLUSH_EVERY", 2)
    before = tree(site)
    content = make_content(site=replace(make_content().site, tagline="شعار جديد"))
    events: list[str] = []
    seen: list[dict[str, bytes]] = []

    def meanwhile() -> None:
        events.append("meanwhile")
        seen.append(tree(site))

    steps = export_site(
        content, site, bodies=bodies, media=media, workers=workers, while_flushing=meanwhile
    )
    while True:
        try:
            step = next(steps)
        except StopIteration as stop:
            report = stop.value
            break
        events.append(f"{step.stage} {'some' if step.done else 'none'}")
    assert seen == [before]  # once, with nothing swapped in yet
    if workers == 1:  # while the disk flushes, after every file was staged
        assert events[-3:] == ["commit some", "meanwhile", "done some"]
    else:  # as soon as the workers started, before the parent heard of any page
        assert events[events.index("meanwhile") - 1 :][:2] == ["render none", "meanwhile"]
        assert events[-2:] == ["commit some", "done some"]
    assert report.written > 0 and tree(site) != before
    after = tree(site)

    def broken() -> None:
        raise MemoryError("no room to pickle the snapshot")

    calls.clear()
    again = make_content(site=replace(make_content().site, tagline="شعار آخر"))
    with pytest.raises(MemoryError):
        run(again, site, workers=workers, while_flushing=broken)
    assert tree(site) == after
    assert not multiprocessing.active_children()
    # Without workers every file was staged by then, so flushes had started; with them, it
    # failed as they started, before any.
    assert any(name == "newsdesk-early-flush" for name, _staged in calls) == (workers == 1)
    assert not _early_flushers()
    assert run(again, site, workers=workers).written > 0  # the next export is not hindered


def test_a_failure_half_way_changes_nothing(site: Path) -> None:
    before = tree(site)
    content = make_content(site=replace(make_content().site, tagline="شعار جديد"))

    def broken(hashes: frozenset[str]) -> dict[str, str]:
        raise OSError("the disk went away")

    with pytest.raises(OSError, match="disk went away"):
        for _ in export_site(content, site, bodies=broken, media=media):
            pass
    assert tree(site) == before


def test_a_damaged_state_file_is_recovered_from_the_files(site: Path) -> None:
    state = site.parent / ".site.newsdesk" / "state.pickle"
    state.write_bytes(b"\x80\x05not a pickle")
    before = tree(site)
    report = run(make_content(), site)
    assert report.written == 0 and tree(site) == before
    assert pickle.loads(state.read_bytes())["format"] == STATE_FORMAT


def test_a_state_file_naming_a_class_is_not_loaded(site: Path) -> None:
    state = site.parent / ".site.newsdesk" / "state.pickle"
    state.write_bytes(pickle.dumps({"format": 1, "current": Path("x"), "staging": None}))
    before = tree(site)
    report = run(make_content(), site)  # recovered from the files, as when damaged
    assert report.written == 0 and tree(site) == before
    assert pickle.loads(state.read_bytes())["current"] != Path("x")


def test_the_state_of_an_older_version_is_read_and_replaced(site: Path) -> None:
    home = site.parent / ".site.newsdesk"
    state = SiteWriter(site)._load_state()
    assert state is not None
    state["format"] = 1  # the state before patches: both trees whole
    state["current"] = {k: list(v) for k, v in state["current"].items()}
    (home / "state.json").write_text(json.dumps(state), "utf-8")
    (home / "state.pickle").unlink()
    (home / "state.patch.pickle").unlink(missing_ok=True)
    content = make_content()
    report = run(replace(content, site=replace(content.site, tagline="another")), site)
    assert 0 < report.written < len(report.manifest)  # fingerprints known: only what changed
    assert not (home / "state.json").exists() and (home / "state.pickle").exists()


def test_after_a_small_change_only_a_patch_of_the_state_is_written(site: Path) -> None:
    home = site.parent / ".site.newsdesk"
    whole = (home / "state.pickle").read_bytes()
    content = make_content()
    changed = replace(content.articles[0], headline="عنوان آخر")
    report = run(replace(content, articles=(changed, *content.articles[1:])), site)
    assert 0 < report.written < len(report.manifest)
    assert (home / "state.pickle").read_bytes() == whole  # untouched: 7 MB at 10,000 stories
    patch = pickle.loads((home / "state.patch.pickle").read_bytes())
    assert set(patch["current"]) == set(report.changed_paths)
    # The staging tree is the site before this export: only the changed files differ.
    assert set(patch["staging"]) == set(report.changed_paths)
    state = SiteWriter(site)._load_state()
    assert state is not None
    assert {p: v[0] for p, v in state["current"].items()} == report.manifest
    assert state["staging"] == {
        **report.manifest,
        **{p: v[0] for p, v in pickle.loads(whole)["current"].items() if p in patch["staging"]},
    }
    # The next export starts from the patched state: nothing more to write.
    again = run(replace(content, articles=(changed, *content.articles[1:])), site)
    assert again.written == 0 and again.manifest == report.manifest


def test_a_patch_of_another_whole_state_is_not_applied(site: Path) -> None:
    home = site.parent / ".site.newsdesk"
    content = make_content()
    changed = replace(content.articles[0], headline="عنوان آخر")
    run(replace(content, articles=(changed, *content.articles[1:])), site)
    whole = pickle.loads((home / "state.pickle").read_bytes())
    patch = pickle.loads((home / "state.patch.pickle").read_bytes())
    (home / "state.patch.pickle").write_bytes(pickle.dumps({**patch, "base": "another"}))
    state = SiteWriter(site)._load_state()
    assert state is not None and state["current"] == whole["current"]
    assert (state["inputs"], state["staging"]) == (whole["inputs"], whole["staging"])
    # The site and the record disagree now: the next export finds out from the files.
    report = run(replace(content, articles=(changed, *content.articles[1:])), site)
    assert report.manifest == {p: sha256(data) for p, data in tree(site).items()}


def test_a_large_change_writes_the_whole_state(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = site.parent / ".site.newsdesk"
    monkeypatch.setattr(writer_module, "STATE_PATCH_MAX", 0)
    content = make_content()
    report = run(replace(content, site=replace(content.site, tagline="شعار جديد")), site)
    assert report.written > len(report.manifest) // 10
    assert not (home / "state.patch.pickle").exists()
    state = pickle.loads((home / "state.pickle").read_bytes())
    assert {p: v[0] for p, v in state["current"].items()} == report.manifest


def test_a_small_change_is_flushed_file_by_file_before_the_swap(
    site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every file an export after a small change wrote, and every folder holding one, is
    flushed (from several threads at once) before the new tree replaces the site."""
    flushed: list[str] = []
    swapped: list[int] = []
    exchange = writer_module._exchange
    monkeypatch.setattr(writer_module, "_fsync", flushed.append)
    monkeypatch.setattr(
        writer_module, "_exchange", lambda a, b: (swapped.append(len(flushed)), exchange(a, b))
    )
    content = make_content()
    changed = replace(content.articles[0], headline="عنوان آخر")
    report = run(replace(content, articles=(changed, *content.articles[1:])), site)
    staging = site.parent / ".site.newsdesk" / "staging"
    assert 0 < report.written <= writer_module.FSYNC_EACH_MAX
    files = {str(staging / path) for path in report.changed_paths}
    folders = {str(staging)} | {
        str(parent)
        for path in report.changed_paths
        for parent in (staging / path).parents
        if parent.is_relative_to(staging)
    }
    assert set(flushed) - {str(site.parent)} == files | folders
    assert swapped and swapped[0] == len(files | folders)  # all of them before the swap


def test_nothing_changed_is_told_by_the_short_record_without_the_state(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "site"
    built = tmp_path / ".site.newsdesk" / "built.txt"
    first = run(make_content(), target, inputs="digest-1")
    assert built.read_text("utf-8") == f"digest-1\n{len(first.manifest)}\n"

    def no_state(_writer: SiteWriter) -> None:
        raise AssertionError("the 7 MB state was read")

    with monkeypatch.context() as patched:
        patched.setattr(SiteWriter, "_read_state", no_state)
        same = SiteWriter(target).unchanged("digest-1")
        assert same is not None and (same.written, same.unchanged) == (0, len(first.manifest))
        assert SiteWriter(target).unchanged("digest-2") is None
    # Without the record (an export cut short between the two files, or an older one), the
    # state still answers.
    built.unlink()
    assert SiteWriter(target).unchanged("digest-1") is not None
    content = make_content()
    second = run(replace(content, site=replace(content.site, tagline="شعار")), target, inputs="d2")
    assert built.read_text("utf-8") == f"d2\n{len(second.manifest)}\n"
    assert SiteWriter(target).unchanged("digest-1") is None


def test_a_foreign_folder_is_refused_untouched(tmp_path: Path) -> None:
    target = tmp_path / "home"
    target.mkdir()
    (target / "thesis.txt").write_text("years of work")
    with pytest.raises(ExportError, match="not empty"):
        run(make_content(), target)
    assert tree(target) == {"thesis.txt": b"years of work"}


def test_two_outputs_at_one_path_are_refused_before_writing(tmp_path: Path) -> None:
    content = make_content()
    a1 = replace(content.articles[1], tags=(Term(30, "Gaza", "Gaza"),))
    a2 = replace(content.articles[2], tags=(Term(31, "gaza", "gaza"),))
    content = replace(content, articles=(content.articles[0], a1, a2, *content.articles[3:]))
    with pytest.raises(ExportError, match="two outputs at one path"):
        plan_site(content, Theme())
    with pytest.raises(ExportError):
        run(content, tmp_path / "s")
    assert not (tmp_path / "s").exists()


def test_tombstones_say_little_and_are_not_listed(site: Path) -> None:
    page = (site / "news/9-خبر-مسحوب/index.html").read_text("utf-8")
    assert "سُحب هذا الخبر" in page and '<meta name="robots" content="noindex">' in page
    for path in ("sitemaps/pages-1.xml", "news-sitemap.xml", "feed.xml", "index.html"):
        assert "/news/9-" not in (site / path).read_text("utf-8")


def test_images_have_renditions_size_and_srcset(site: Path) -> None:
    page = (site / "news/4-خبر-4/index.html").read_text("utf-8")
    img = re.search(r'<figure class="story-image">\s*<img ([^>]*)>', page)
    assert img is not None
    attrs = img.group(1)
    assert 'width="960" height="640"' in attrs
    assert "320w" in attrs and "1280w" in attrs and 'alt="صورة السد"' in attrs
    for width in (320, 640, 960, 1280):
        path = site / f"media/ab/{'ab' * 10}-{width}.png"
        with PILImage.open(path) as image:
            assert image.size == (width, round(1000 * width / 1500))


def test_news_sitemap_covers_two_days_and_robots_points_at_sitemaps(site: Path) -> None:
    news = (site / "news-sitemap.xml").read_text("utf-8")
    assert news.count("<url>") == 4  # story 5 is 40 days old
    assert "<news:language>ar</news:language>" in news
    robots = (site / "robots.txt").read_text("utf-8")
    assert "Sitemap: https://news.example.org/sitemap.xml" in robots


def test_a_user_theme_overrides_file_by_file(tmp_path: Path) -> None:
    theme = tmp_path / "theme"
    (theme / "templates").mkdir(parents=True)
    (theme / "static").mkdir()
    (theme / "templates" / "404.html").write_text(
        '{% extends "base.html" %}{% block main %}<p>ضائع</p>{% endblock %}', "utf-8"
    )
    (theme / "static" / "extra.css").write_text("body{}", "utf-8")
    run(make_content(), tmp_path / "s", theme_dir=theme)
    assert "<p>ضائع</p>" in (tmp_path / "s" / "404.html").read_text("utf-8")
    assert (tmp_path / "s" / "static" / "extra.css").exists()
    assert "مقالات ذات صلة" in (tmp_path / "s" / ARTICLE).read_text("utf-8")


def test_compiled_templates_are_kept_but_never_stand_for_an_edited_or_damaged_one(
    tmp_path: Path,
) -> None:
    from platformdirs import user_cache_path

    cache = user_cache_path("Newsdesk", appauthor=False) / "templates"
    theme = tmp_path / "theme"
    (theme / "templates").mkdir(parents=True)
    page = theme / "templates" / "404.html"
    page.write_text('{% extends "base.html" %}{% block main %}<p>أول</p>{% endblock %}', "utf-8")
    run(make_content(), tmp_path / "a", theme_dir=theme)
    assert any(cache.iterdir()), "compiled templates are kept in the user's cache folder"
    assert not list((tmp_path / ".a.newsdesk").rglob("*.cache"))  # never beside the site
    page.write_text('{% extends "base.html" %}{% block main %}<p>ثان</p>{% endblock %}', "utf-8")
    run(make_content(), tmp_path / "b", theme_dir=theme)
    assert "<p>ثان</p>" in (tmp_path / "b" / "404.html").read_text("utf-8")
    for entry in cache.iterdir():
        entry.write_bytes(b"damaged")
    run(make_content(), tmp_path / "c")  # read as a miss, compiled again
    assert (tmp_path / "c" / ARTICLE).read_bytes() == (tmp_path / "a" / ARTICLE).read_bytes()


def test_a_user_themes_card_macro_is_what_every_list_shows(tmp_path: Path) -> None:
    theme = tmp_path / "theme"
    (theme / "templates").mkdir(parents=True)
    default = (
        Path(__file__).parents[2] / "src/newsdesk/assets/themes/default/templates/macros.html"
    ).read_text("utf-8")
    start = default.index("{% macro card(")
    end = default.index("{%- endmacro %}", start) + len("{%- endmacro %}")
    mine = (
        '{% macro card(item, heading="h3", show_image=true, show_summary=true) -%}\n'
        '<article class="my-card" data-id="{{ item.id }}">{{ item.headline }}</article>\n'
        "{%- endmacro %}"
    )
    (theme / "templates" / "macros.html").write_text(
        default[:start] + mine + default[end:], "utf-8"
    )
    run(make_content(), tmp_path / "s", theme_dir=theme)
    front = (tmp_path / "s" / "index.html").read_text("utf-8")
    section = (tmp_path / "s" / "section/economy/index.html").read_text("utf-8")
    article = (tmp_path / "s" / ARTICLE).read_text("utf-8")
    for page in (front, section):
        assert 'class="my-card"' in page
        assert 'class="card"' not in page
    assert 'class="my-card"' in article.split('class="you-missed"', 1)[1]


def test_each_card_is_built_once_however_many_pages_show_it() -> None:
    content = make_content()
    plan = plan_site(content, Theme())
    needed = frozenset(h for job in plan.jobs for h in job.bodies)
    renderer = SiteRenderer(plan, bodies(needed), media)
    macro = renderer.template("macros.html").module.card
    calls: dict[tuple[object, ...], int] = {}

    def counting(item: dict[str, object], **options: object) -> object:
        key = (item["id"], *sorted(options.items()))
        calls[key] = calls.get(key, 0) + 1
        return macro(item, **options)

    renderer._card_macro = counting
    pages = [renderer.render(job) for job in plan.jobs if job.kind in ("front", "list", "article")]
    assert calls, "no card was built through the theme's macro"
    assert max(calls.values()) == 1
    shown = sum(page.count(b'<article class="card"') for page in pages)
    assert shown > len(calls)  # the same cards appear on several pages


def test_prepared_renderer_builds_no_card_again_and_shows_bodies_as_given() -> None:
    content = make_content()
    plan = plan_site(content, Theme())
    needed = frozenset(h for job in plan.jobs for h in job.bodies)
    given = bodies(needed)
    renderer = SiteRenderer(plan, given, media)
    renderer.prepare(plan.jobs)  # what the parent does before forking the workers
    built = dict(renderer._cards)
    pages = {job.path: renderer.render(job) for job in plan.jobs}
    assert renderer._cards == built
    # Bodies come sanitised from the render cache: shown as they are, not cleaned again.
    marked = {h: html.replace("</p>", "<!-- as given --></p>", 1) for h, html in given.items()}
    again = SiteRenderer(plan_site(content, Theme()), marked, media)
    assert b"<!-- as given -->" in again.render(next(j for j in plan.jobs if j.kind == "article"))
    assert b"<!-- as given -->" not in pages[ARTICLE]
    renderer.forget()
    assert not renderer._cards and not renderer.feed_items


def test_the_render_cache_keeps_bodies_sanitised_and_says_so_in_its_key() -> None:
    from newsdesk.core.markup import renderer_version

    assert "alert" not in page_html(HOSTILE_BODY) and "<script" not in page_html(HOSTILE_BODY)
    assert page_html(HOSTILE_BODY) == sanitize_html(render_html(HOSTILE_BODY))
    assert "safe-" in renderer_version()  # a new allow-list means a new key for every body


def test_templates_read_a_views_keys_before_its_attributes() -> None:
    env = Theme().env
    template = env.from_string(
        "{{ v.items }} {{ v.href }} {{ d.get('a') }} {{ v.nope is defined }}"
    )
    assert template.render(v=View(items="x", href="/a"), d={"a": 1}) == "x /a 1 False"


def test_templates_keep_their_globals_in_one_dict_and_see_the_ones_set_later(
    tmp_path: Path,
) -> None:
    """A plain dict, copied into each page's context in C (Jinja2's ``ChainMap`` is copied
    key by key in Python); brought up to date when the environment's globals change."""
    from collections import ChainMap

    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "hello.html").write_text("{{ greeting }} {{ t.x }}", "utf-8")
    env = Theme(tmp_path).env
    env.globals.update(greeting="أهلا", t={"x": 1})
    template = env.get_template("hello.html")
    assert type(template.globals) is not ChainMap and isinstance(template.globals, dict)
    assert template.render() == "أهلا 1"
    assert template.render(greeting="مرحبا") == "مرحبا 1"  # the page's own values win
    env.globals["greeting"] = "سلام"
    env.refresh_globals()
    assert env.get_template("hello.html").render() == "سلام 1"
    # A second renderer on one theme sets its own globals: the templates see them.
    content = make_content()
    plan = plan_site(content, Theme())
    needed = frozenset(h for job in plan.jobs for h in job.bodies)
    front = next(job for job in plan.jobs if job.kind == "front")
    first = SiteRenderer(plan, bodies(needed), media).render(front)
    renamed = replace(content.site, title="عنوان آخر")
    plan.content = replace(content, site=renamed)
    second = SiteRenderer(plan, bodies(needed), media).render(front)
    assert "عنوان آخر".encode() in second and "عنوان آخر".encode() not in first
    assert content.site.title.encode() not in second  # no masthead kept from the first


# -- feeds ---------------------------------------------------------------------------------------


def test_feeds_are_the_same_in_any_order_of_rendering() -> None:
    """What the feeds of a scope share is kept for the next feed of that scope only."""
    content = make_content()
    plan = plan_site(content, Theme())
    needed = frozenset(h for job in plan.jobs for h in job.bodies)
    feeds = [job for job in plan.jobs if job.kind == "feed"]
    assert len({job.key[1:] for job in feeds}) > 2  # several scopes, three formats each

    def rendered(jobs: list[Job]) -> dict[str, bytes]:
        renderer = SiteRenderer(plan, bodies(needed), media)
        return {job.path: renderer.render(job) for job in jobs}

    in_order = rendered(feeds)
    assert rendered(feeds[::-1]) == in_order
    assert rendered(feeds[::2] + feeds[1::2]) == in_order
    assert len(set(in_order.values())) == len(feeds)


@pytest.mark.parametrize(
    "name", ["feed.xml", "atom.xml", "tag/الأسعار/feed.xml", "section/economy/atom.xml"]
)
def test_feeds_parse_without_errors(site: Path, name: str) -> None:
    parsed = feedparser.parse((site / name).read_bytes())
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.entries
    for entry in parsed.entries:
        assert entry.id.startswith("urn:uuid:")
        assert entry.link.startswith("https://news.example.org/news/")


def test_rss_has_its_required_elements(site: Path) -> None:
    root = ET.fromstring((site / "feed.xml").read_bytes())
    channel = root.find("channel")
    assert channel is not None
    for element in ("title", "link", "description", "language", "lastBuildDate"):
        assert channel.findtext(element), element
    self_link = channel.find("{http://www.w3.org/2005/Atom}link")
    assert self_link is not None and self_link.get("rel") == "self"
    items = channel.findall("item")
    assert len(items) == 3  # feed_items
    first = items[0]
    guid = first.find("guid")
    assert guid is not None and guid.get("isPermaLink") == "false"
    assert first.findtext("pubDate", "").endswith("+0000")
    assert [c.text for c in first.findall("category")] == ["محليات", "المياه", "الأسعار"]
    assert first.findtext("{http://purl.org/dc/elements/1.1/}creator") == "ليلى حداد"
    content = first.findtext("{http://purl.org/rss/1.0/modules/content/}encoded", "")
    assert content.startswith('<div lang="ar" dir="rtl">') and "تصحيح" in content


def test_atom_has_its_required_elements_and_updated_follows_corrections(site: Path) -> None:
    ns = {"a": "http://www.w3.org/2005/Atom"}
    root = ET.fromstring((site / "atom.xml").read_bytes())
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "ar"
    for element in ("a:id", "a:title", "a:updated", "a:author/a:name"):
        assert root.findtext(element, namespaces=ns), element
    entry = root.find("a:entry", ns)
    assert entry is not None
    assert entry.findtext("a:published", namespaces=ns) == "2026-11-20T11:00:00+03:00"
    assert entry.findtext("a:updated", namespaces=ns) == "2026-11-20T11:30:00+03:00"


def test_json_feed_is_valid_against_the_schema(site: Path, shared) -> None:  # type: ignore[no-untyped-def]
    import jsonschema

    schema = json.loads(shared("standards", "jsonfeed", "jsonfeed-schema-v1.1.json").read_text())
    for name in ("feed.json", "tag/المياه/feed.json"):
        feed = json.loads((site / name).read_text("utf-8"))
        jsonschema.validate(feed, schema)
        assert feed["language"] == "ar"
        assert feed["items"][0]["id"].startswith("urn:uuid:")


def test_feed_links_in_bodies_are_absolute(site: Path) -> None:
    feed = json.loads((site / "feed.json").read_text("utf-8"))
    hostile = next(
        i for i in feed["items"] if i["url"].startswith("https://news.example.org/news/3-")
    )
    assert 'href="https://news.example.org/local/path"' in hostile["content_html"]


def test_summary_only_feeds(tmp_path: Path) -> None:
    content = make_content()
    content = replace(content, site=replace(content.site, feed_full_text=False))
    run(content, tmp_path / "s")
    feed = json.loads((tmp_path / "s" / "feed.json").read_text("utf-8"))
    assert "يومان بدلاً من ثلاثة" not in feed["items"][0]["content_html"]
    assert "ملخص الخبر" in json.dumps(feed, ensure_ascii=False) or feed["items"][0]["summary"]


def test_feeds_can_be_left_out(tmp_path: Path) -> None:
    run(make_content(), tmp_path / "s", feeds=False)
    assert not (tmp_path / "s" / "feed.xml").exists()
    assert '<link rel="alternate"' not in (tmp_path / "s" / "index.html").read_text("utf-8")


def _jobs(plan: SitePlan) -> list[tuple[object, ...]]:
    return [(j.path, j.kind, j.key, j.fingerprint, j.bodies) for j in plan.jobs]


def _changed(content: SiteContent, change: str) -> SiteContent:
    """``content`` after one kind of edit; unchanged stories stay the very same objects."""
    articles = list(content.articles)
    if change == "headline":  # story 4 is shown by 1 and 2 (You Missed), lists and feeds
        articles[3] = replace(articles[3], headline="عنوان آخر")
    elif change == "new tag":  # a tag page and its feeds appear, page counts change
        articles[1] = replace(articles[1], tags=(*articles[1].tags, Term(13, "جديد", "جديد")))
    elif change == "section":
        articles[4] = replace(articles[4], section=LOCAL)
    elif change == "related":  # story 2's page now links 5; no card changed
        articles[1] = replace(articles[1], related=(1, 5))
    elif change == "tag renamed":  # one term object changes in two stories
        renamed = Term(PRICES.id, "الأثمان", PRICES.slug)
        for i in (1, 2):
            articles[i] = replace(articles[i], tags=(renamed,))
    elif change == "front":
        return replace(content, front=(FrontZone("lead", (2,)), FrontZone("top", (1,))))
    elif change == "site":
        return replace(content, site=replace(content.site, title="نشرة المساء"))
    return replace(content, articles=tuple(articles))


@pytest.mark.parametrize(
    "change", ["none", "headline", "new tag", "section", "related", "tag renamed", "front", "site"]
)
def test_a_plan_with_the_last_plans_memo_equals_a_plan_without(
    change: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = make_content()
    memo = PlanMemo()
    plan_site(content, Theme(), memo=memo)
    edited = _changed(content, change)
    planned: list[str] = []
    real_add = SitePlan.add

    def recording(plan: SitePlan, path: str, *args: object, **kw: object) -> None:
        planned.append(path)
        real_add(plan, path, *args, **kw)

    with monkeypatch.context() as patch:
        patch.setattr(SitePlan, "add", recording)
        again = plan_site(edited, Theme(), memo=memo)
    fresh = plan_site(edited, Theme())
    assert _jobs(again) == _jobs(fresh)
    reusable = {j.path for j in fresh.jobs if j.kind in ("front", "article", "list", "feed")}
    if change == "none":  # every one of them is taken as it was
        assert reusable.isdisjoint(planned)
    elif change == "related":  # only story 2's own page shows what changed
        assert reusable.intersection(planned) == {"news/2-خبر-2/index.html"}
    elif change == "site":  # another world: everything is planned afresh
        assert reusable <= set(planned)
    # The memo now describes the edited plan: a third plan with nothing changed agrees too.
    assert _jobs(plan_site(edited, Theme(), memo=memo)) == _jobs(fresh)


def test_a_pickled_plan_memo_plans_as_the_memo_in_memory() -> None:
    """A new process plans from the memo in the snapshot: the same jobs, nothing re-planned."""
    content = make_content()
    memo = PlanMemo()
    plan_site(content, Theme(), memo=memo)
    restored = pickle.loads(pickle.dumps(memo))
    assert restored.world == memo.world and restored.saved is None
    assert restored.jobs == memo.jobs
    again = plan_site(content, Theme(), memo=restored)
    assert _jobs(again) == _jobs(plan_site(content, Theme()))
    assert restored.changed_jobs(100) is None  # nothing saved to compare with


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from([*"ab &<>\"'\n\r\tع;#"])))
def test_feed_text_is_escaped_as_the_standard_library_does(text: str) -> None:
    from xml.sax import saxutils

    from newsdesk.export import feeds

    assert feeds.escape(text) == saxutils.escape(text)
    assert feeds.quoteattr(text) == saxutils.quoteattr(text)


def test_a_snapshot_reads_jobs_back_as_jobs_and_refuses_other_makers(tmp_path: Path) -> None:
    content = make_content()
    memo = PlanMemo()
    plan = plan_site(content, Theme(), memo=memo)
    snap = Snapshot("digest", ("site-1",), {}, content, memo)
    save_snapshot(tmp_path, snap)
    found = load_snapshot(tmp_path, "digest")
    assert found is not None and found.content == content
    entries = [entry for places in found.memo.jobs.values() for entry in places.values()]
    # An article's page is kept as its job, any other group as (shows, check, jobs).
    jobs = [job for e in entries for job in ([e] if type(e) is Job else e[2])]
    assert jobs and all(type(job) is Job for job in jobs)
    assert _jobs(plan_site(content, Theme(), memo=found.memo)) == _jobs(plan)
    # ``tuple.__new__`` is let through for jobs; no other attribute of a class is.
    for planted in (getattr, tuple.count):
        evil = pickle.dumps((snapshot_module.FORMAT, (planted, (tuple, "count"))), protocol=5)
        (tmp_path / snapshot_module.FILE_NAME).write_bytes(evil)
        assert load_snapshot(tmp_path, "digest") is None


@pytest.mark.parametrize("change", ["headline", "new tag", "related", "tag renamed", "site"])
def test_only_the_groups_planned_afresh_are_changed_jobs(change: str) -> None:
    content = make_content()
    memo = PlanMemo()
    plan_site(content, Theme(), memo=memo)
    memo.saved = memo.jobs  # as the whole snapshot on disk
    on_disk = pickle.loads(pickle.dumps(memo))
    on_disk.saved = on_disk.jobs
    edited = _changed(content, change)
    plan_site(edited, Theme(), memo=memo)
    changed = memo.changed_jobs(10_000)
    assert changed is not None
    groups = sum(len(places) for places in memo.jobs.values())
    if change == "related":  # story 2's page alone
        assert list(changed) == [("article", 2)]
    elif change == "site":  # another world: every group
        assert len(changed) >= groups
    else:
        assert 0 < len(changed) < groups
    # Applied to the memo as loaded from disk, the changes give the memo the plan left,
    # and a plan from it equals a plan without a memo.
    restored = on_disk.with_changes(memo.world, pickle.loads(pickle.dumps(changed)))
    assert restored.jobs == memo.jobs and restored.world == memo.world
    assert restored.saved is on_disk.saved
    assert _jobs(plan_site(edited, Theme(), memo=restored)) == _jobs(plan_site(edited, Theme()))
    # More changes than allowed: none (the whole snapshot is written instead).
    assert memo.changed_jobs(len(changed) - 1) is None


def test_one_export_at_a_time_writes_a_target(site: Path) -> None:
    first = SiteWriter(site)
    first.open()
    second = SiteWriter(site)
    with pytest.raises(ExportError, match="another export is writing"):
        second.open()
    assert not second._opened
    # The first one finishes (or stops): the target is free again, and the second one sees
    # the state the first one left.
    first.release()
    report = run(make_content(), site)
    assert report.written == 0
    second.open()
    second.release()


def test_a_file_system_that_cannot_lock_still_exports(
    site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    fcntl = pytest.importorskip("fcntl")

    def unsupported(*_args: object) -> None:
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(fcntl, "flock", unsupported)
    articles = list(make_content().articles)
    articles[1] = replace(articles[1], headline="عنوان على قرص شبكي")
    report = run(replace(make_content(), articles=tuple(articles)), site)
    assert report.written > 0
