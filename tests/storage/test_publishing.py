"""The publishing service on a real database (SQLite and PostgreSQL): what readers may see."""

from __future__ import annotations

import hashlib
import shutil
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from newsdesk.core.domain import Status
from newsdesk.core.markup import body_hash, page_html
from newsdesk.services.container import Services
from newsdesk.services.dto import StoryInput
from newsdesk.services.errors import ValidationError
from newsdesk.services.publishing import ExportFailed, ExportOutcome, plain_summary
from newsdesk.storage import publishing_queries as pq
from newsdesk.storage.export_inputs import ARTICLES, PUBLIC_MARKS
from newsdesk.storage.models import (
    ArticleRecord,
    ExportRunRecord,
    FrontPageRecord,
    FrontPageSlotRecord,
    RenderedBodyRecord,
    TagRecord,
)


def publish(services: Services, headline: str, **kw: object) -> int:
    story = services.stories.create(StoryInput(headline=headline, **kw), status=Status.PUBLISHED)  # type: ignore[arg-type]
    return story.id


def export(services: Services, target: Path, **kw: object) -> ExportOutcome:
    steps = services.publishing.export_site(target, **kw)  # type: ignore[arg-type]
    while True:
        try:
            next(steps)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]


@pytest.fixture
def newsroom(services: Services, clock) -> Services:  # type: ignore[no-untyped-def]
    services.taxonomy.create_section("اقتصاد", "economy")
    services.settings.update_site(site_title="نشرة", base_url="https://n.example/", time_zone="UTC")
    return services


def test_stories_share_one_term_per_tag_and_author(newsroom: Services) -> None:
    """One object per term, so the export's snapshot keeps (and reads back) each only once."""
    for n in range(3):
        publish(newsroom, f"خبر {n}", tags=("مياه", f"وسم {n}"), authors=("ليلى",))
    content, _sources = newsroom.publishing.content()
    water = [t for a in content.articles for t in a.tags if t.name == "مياه"]
    assert len(water) == 3 and all(t is water[0] for t in water)
    assert len({id(a.authors[0]) for a in content.articles}) == 1
    assert len({t.name for a in content.articles for t in a.tags}) == 4


def test_related_links_of_a_few_stories_are_those_of_all(newsroom: Services, clock) -> None:  # type: ignore[no-untyped-def]
    """``public_related`` for a few stories (an export after a change) looks only at the
    stories they link to, and gives what the whole list gives for them: links to stories
    readers may not see (embargoed, draft) left out, the order kept."""
    ids = [publish(newsroom, f"خبر {n}", body=f"نص {n}") for n in range(5)]
    draft = newsroom.stories.create(StoryInput(headline="مسودة")).id
    embargoed = publish(newsroom, "خبر تحت الحظر")
    story = newsroom.stories.get(embargoed)
    newsroom.stories.save(
        embargoed,
        StoryInput(**{**_fields(story.to_input()), "embargo_until": clock() + timedelta(days=1)}),
        expected_version=story.version,
    )
    newsroom.stories.set_related(ids[0], [ids[3], embargoed, ids[1], draft])
    newsroom.stories.set_related(ids[2], [ids[0]])
    newsroom.stories.set_related(ids[4], [draft])
    with newsroom.database.read() as session:
        every = pq.public_related(session, clock())
        assert [tuple(r) for r in every] == [(ids[0], ids[3]), (ids[0], ids[1]), (ids[2], ids[0])]
        for only in ([ids[0]], [ids[2], ids[4]], [ids[4]], [draft, ids[0]], ids):
            few = [tuple(r) for r in pq.public_related(session, clock(), only)]
            assert few == [tuple(r) for r in every if r[0] in only], only


def test_public_marks_are_what_the_database_says_is_public(newsroom: Services, clock) -> None:  # type: ignore[no-untyped-def]
    """``public_marks`` decides ``public_clause`` over the rows an export already read: for
    every mix of status, bin, embargo and schedule, and at the news sitemap's window's edges,
    it says what the database says."""
    now = clock()
    ids = [publish(newsroom, f"خبر {n}", body=f"نص {n}") for n in range(12)]
    ids.append(newsroom.stories.create(StoryInput(headline="مسودة")).id)
    hour = timedelta(hours=1)
    changes: dict[int, dict[str, object]] = {
        ids[0]: {"published_at": now - timedelta(days=3)},
        ids[1]: {"published_at": now - timedelta(days=2)},  # the window's first instant
        ids[2]: {"published_at": now},  # its last
        ids[3]: {"published_at": now + hour},  # dated after now, still public
        ids[4]: {"embargo_until": now + hour},
        ids[5]: {"embargo_until": now - hour},
        ids[6]: {"embargo_until": now},
        ids[7]: {"publish_at": now + timedelta(minutes=1)},
        ids[8]: {"publish_at": now - timedelta(minutes=1)},
        ids[9]: {"trashed_at": now - hour},
        ids[10]: {"status": Status.KILLED.value},
        ids[11]: {"status": Status.CORRECTED.value},
    }
    with newsroom.database.write() as session:
        for story_id, values in changes.items():
            record = session.get(ArticleRecord, story_id)
            assert record is not None
            for name, value in values.items():
                setattr(record, name, value)
    since = now - timedelta(days=2)
    with newsroom.database.read() as session:
        rows = pq.export_input_rows(session, now, since)
        recent = (ArticleRecord.published_at >= since) & (ArticleRecord.published_at <= now)
        asked = [
            (row[0], bool(row[1]))
            for row in session.execute(
                select(ArticleRecord.id, recent)
                .where(pq.public_clause(now))
                .order_by(ArticleRecord.id)
            )
        ]
    assert rows[PUBLIC_MARKS] == asked
    marks = dict(asked)
    assert marks[ids[1]] and marks[ids[2]] and not marks[ids[0]] and not marks[ids[3]]
    assert {ids[5], ids[6], ids[8], ids[11]} <= set(marks)
    assert not {ids[4], ids[7], ids[9], ids[10], ids[12]} & set(marks)


def test_the_export_reads_its_story_columns_from_an_index(services: Services) -> None:
    """What an export compares of every story (``ARTICLE_INPUTS``) is covered by an index
    (migration 0013): SQLite reads it without walking the stories' rows, bodies and all."""
    if services.database.dialect != "sqlite":
        pytest.skip("SQLite's query plan")
    from newsdesk.storage.export_inputs import ARTICLE_INPUTS

    with services.database.read() as session:
        plan = session.connection().exec_driver_sql(
            f"EXPLAIN QUERY PLAN SELECT {', '.join(ARTICLE_INPUTS)} FROM articles ORDER BY id"
        )
        said = " ".join(str(row[-1]) for row in plan)
    assert "COVERING INDEX ix_articles_search_filter" in said, said


def test_saving_a_story_keeps_its_rendered_body(newsroom: Services) -> None:
    body = "فقرة **أولى**.\n\nفقرة ثانية."
    story_id = publish(newsroom, "خبر", body=body)
    with newsroom.database.read() as session:
        assert pq.cached_html(session, {body_hash(body)}) == {body_hash(body): page_html(body)}
    story = newsroom.stories.get(story_id)
    newsroom.stories.save(story_id, story.to_input(), expected_version=story.version)
    with newsroom.database.read() as session:
        assert session.scalar(select(func.count()).select_from(RenderedBodyRecord)) == 1


def test_only_public_stories_reach_the_site(newsroom: Services, clock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    live = publish(newsroom, "خبر منشور", body="نص", section="economy", tags=("مياه", "سري"))
    newsroom.stories.create(StoryInput(headline="مسودة لا تظهر"))
    embargoed = publish(newsroom, "خبر تحت الحظر", body="نص")
    story = newsroom.stories.get(embargoed)
    newsroom.stories.save(
        embargoed,
        StoryInput(**{**_fields(story.to_input()), "embargo_until": clock() + timedelta(days=1)}),
        expected_version=story.version,
    )
    trashed = publish(newsroom, "خبر في سلة المهملات")
    newsroom.stories.trash([trashed])
    killed = publish(newsroom, "خبر مسحوب")
    newsroom.stories.change_status(killed, Status.KILLED)
    corrected = publish(newsroom, "خبر مصحح", body="نص")
    newsroom.stories.change_status(corrected, Status.CORRECTED, correction="صُحّح الرقم.")
    newsroom.stories.set_related(live, [embargoed, corrected])
    with newsroom.database.write() as session:
        tag = session.scalar(select(TagRecord).where(TagRecord.name == "سري"))
        assert tag is not None
        tag.hidden = True

    content, _ = newsroom.publishing.content()
    by_id = {a.id: a for a in content.articles}
    assert set(by_id) == {live, corrected}
    assert [t.name for t in by_id[live].tags] == ["مياه"]
    assert by_id[live].related == (corrected,)  # the embargoed one is not public
    assert by_id[live].section is not None and by_id[live].section.slug == "economy"
    assert [c.text for c in by_id[corrected].corrections] == ["صُحّح الرقم."]
    assert [t.id for t in content.tombstones] == [killed]

    outcome = export(newsroom, tmp_path / "site")
    assert outcome.written == outcome.pages > 0
    site = tmp_path / "site"
    everything = "\n".join(
        p.read_text("utf-8") for p in site.rglob("*") if p.suffix in (".html", ".xml", ".json")
    )
    for hidden in ("مسودة لا تظهر", "خبر تحت الحظر", "خبر في سلة المهملات", "خبر مسحوب", "سري"):
        assert hidden not in everything
    assert (site / "news" / f"{killed}-خبر-مسحوب" / "index.html").exists()
    assert "صُحّح الرقم." in everything

    # The embargo lifts: the next export publishes it.
    clock.advance(days=2)
    assert embargoed in {a.id for a in newsroom.publishing.content()[0].articles}


def _fields(data: StoryInput) -> dict[str, object]:
    return {name: getattr(data, name) for name in data.__dataclass_fields__}


def test_export_runs_are_recorded_and_the_next_run_reports_changes(
    newsroom: Services, tmp_path: Path
) -> None:
    first = publish(newsroom, "الأول", body="نص أول", section="economy")
    publish(newsroom, "الثاني", body="نص ثان", section="economy")
    target = tmp_path / "site"
    cold = export(newsroom, target)
    again = export(newsroom, target)
    assert again.written == 0 and again.unchanged == cold.pages
    story = newsroom.stories.get(first)
    newsroom.stories.save(
        first,
        StoryInput(**{**_fields(story.to_input()), "body": "نص معدّل"}),
        expected_version=story.version,
    )
    changed = export(newsroom, target)
    assert 0 < changed.written < cold.pages
    assert (
        "static/style.css" not in changed.changed_paths
        and "robots.txt" not in changed.changed_paths
    )
    assert any(p.startswith(f"news/{first}-") for p in changed.changed_paths)
    manifest = newsroom.publishing.last_manifest(target)
    assert set(manifest) == {
        p.relative_to(target).as_posix() for p in target.rglob("*") if p.is_file()
    }
    with newsroom.database.read() as session:
        runs = session.scalars(select(ExportRunRecord).order_by(ExportRunRecord.id)).all()
        assert [r.status for r in runs] == ["done", "done", "done"]
        assert runs[-1].summary["written"] == changed.written
        # The first run keeps a hash per file; one that found nothing changed writes none;
        # one that started from the site the last one built keeps only what it changed.
        assert [len(r.manifest) for r in runs] == [cold.pages, 0, changed.written]
        assert runs[-1].summary["manifest_since"] == runs[0].id
        assert runs[1].summary.get("nothing_changed") is True
        assert [r.summary["pages"] for r in runs] == [cold.pages] * 3


def test_a_run_is_recorded_with_the_collector_paused(
    newsroom: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first full collection after an export walks all it held: not while it records."""
    import gc

    publish(newsroom, "الأول", body="نص أول", section="economy")
    record = pq.record_export_run
    seen: list[bool] = []

    def noting(*args: object, **kw: object) -> int:
        seen.append(gc.isenabled())
        return record(*args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(pq, "record_export_run", noting)
    assert gc.isenabled()
    export(newsroom, tmp_path / "site")
    assert seen == [False]
    assert gc.isenabled()  # on again afterwards
    gc.disable()
    try:  # and left off when it was off
        export(newsroom, tmp_path / "site", base_url="https://other.example/")
        assert seen == [False, False] and not gc.isenabled()
    finally:
        gc.enable()


def test_runs_that_store_only_their_changes_chain_back_to_a_whole_manifest(  # type: ignore[no-untyped-def]
    newsroom: Services, clock, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(pq, "CHANGES_CHAIN_MAX", 2)
    ids = _newsroom_with_links(newsroom, clock)
    target = tmp_path / "site"
    export(newsroom, target)

    def on_disk() -> dict[str, str]:
        return {
            p.relative_to(target).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in target.rglob("*")
            if p.is_file()
        }

    def stored() -> list[int]:
        with newsroom.database.read() as session:
            runs = session.scalars(select(ExportRunRecord).order_by(ExportRunRecord.id)).all()
            return [len(r.manifest) for r in runs]

    edits = [
        lambda: _edit(newsroom, ids[1], headline="عنوان أول", tags=("مياه", "وسم فريد")),
        lambda: _edit(newsroom, ids[1], tags=("مياه",)),  # the tag's page and feeds go
        lambda: newsroom.stories.change_status(ids[3], Status.KILLED),  # a third: all of it
    ]
    for edit in edits:
        edit()
        export(newsroom, target)
        assert newsroom.publishing.last_manifest(target) == on_disk()
        if len(stored()) == 3:  # two runs that kept only their changes
            whole, first, second = stored()
            assert whole > first > 0 and whole > second > 0
            assert not any(p.startswith("tag/وسم-فريد/") for p in on_disk())
            with newsroom.database.read() as session:
                last = session.scalars(
                    select(ExportRunRecord).order_by(ExportRunRecord.id.desc())
                ).first()
                assert last is not None
                removed = [p for p, h in last.manifest.items() if h == pq.REMOVED]
                assert removed and all(p.startswith("tag/وسم-فريد/") for p in removed)
    assert stored()[:-1] == [0, 0, 0]  # the whole manifest emptied the ones before
    assert stored()[-1] == len(on_disk())
    # An export whose record was lost (a crash after the swap): the site is not the one the
    # last recorded run built, so the next run stores every file again.
    real_record = type(newsroom.publishing).record
    monkeypatch.setattr(type(newsroom.publishing), "record", lambda *a, **k: None)
    _edit(newsroom, ids[2], headline="عنوان ضائع")
    export(newsroom, target)
    monkeypatch.setattr(type(newsroom.publishing), "record", real_record)
    _edit(newsroom, ids[2], headline="عنوان ثالث")
    export(newsroom, target)
    assert stored()[-1] == len(on_disk())
    assert newsroom.publishing.last_manifest(target) == on_disk()


def test_a_failed_export_keeps_the_manifest_the_next_one_compares_with(
    newsroom: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    publish(newsroom, "الأول", body="نص أول", section="economy")
    target = tmp_path / "site"
    cold = export(newsroom, target)
    elsewhere = export(newsroom, tmp_path / "other")  # another destination keeps its own
    assert export(newsroom, target).written == 0  # nothing changed: no manifest of its own
    assert len(newsroom.publishing.last_manifest(target)) == cold.pages

    def full_disk() -> None:
        raise OSError("No space left on device")

    monkeypatch.setattr(newsroom.publishing, "_input_rows", full_disk)
    with pytest.raises(ExportFailed):
        export(newsroom, target)
    assert len(newsroom.publishing.last_manifest(target)) == cold.pages
    assert len(newsroom.publishing.last_manifest(tmp_path / "other")) == elsewhere.pages


def test_front_page_follows_the_active_layout_and_skips_non_public_pins(
    newsroom: Services, clock
) -> None:  # type: ignore[no-untyped-def]
    old = publish(newsroom, "قديم", section="economy")
    clock.advance(hours=1)
    newest = publish(newsroom, "الأحدث")
    draft = newsroom.stories.create(StoryInput(headline="مسودة")).id
    with newsroom.database.write() as session:
        page = FrontPageRecord(name="الرئيسية", active=True)
        page.slots = [
            FrontPageSlotRecord(zone="lead", position=0, article_id=old),
            FrontPageSlotRecord(zone="top", position=0, article_id=draft, fill_rule="latest"),
            FrontPageSlotRecord(zone="top", position=1, article_id=draft),
        ]
        session.add(page)
    content, _ = newsroom.publishing.content()
    assert [(z.name, z.article_ids) for z in content.front] == [
        ("lead", (old,)),
        ("top", (newest,)),
    ]


def test_no_layout_means_the_newest_stories_lead(newsroom: Services, clock) -> None:  # type: ignore[no-untyped-def]
    ids = []
    for n in range(5):
        ids.append(publish(newsroom, f"خبر {n}"))
        clock.advance(minutes=5)
    content, _ = newsroom.publishing.content()
    assert content.front[0].article_ids == (ids[-1],)
    assert content.front[1].article_ids == tuple(reversed(ids[1:4]))
    missed = {a.id: a.you_missed for a in content.articles}
    assert ids[-1] not in missed[ids[-1]]


def test_bad_input_is_refused_clearly(newsroom: Services, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="base URL"):
        export(newsroom, tmp_path / "s", base_url="ftp://x")
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("x")
    with pytest.raises(ExportFailed, match="not empty"):
        export(newsroom, tmp_path / "mine")
    assert (tmp_path / "mine" / "notes.txt").read_text() == "x"
    with pytest.raises(ExportFailed, match="theme folder"):
        export(newsroom, tmp_path / "s", theme=tmp_path / "no-such-theme")


def test_plain_summary_drops_markdown() -> None:
    text = plain_summary("## عنوان\n\n**قوي** و[رابط](https://x.org) و<b>وسم</b>\n\n- بند")
    assert "https" not in text and "**" not in text and "<b>" not in text and "##" not in text
    assert "قوي" in text and "رابط" in text


@pytest.mark.parametrize("exclude_lead", [True, False])
def test_export_and_preview_agree_on_you_missed(  # type: ignore[no-untyped-def]
    newsroom: Services, clock, exclude_lead: bool
) -> None:
    ids = []
    for n in range(12):
        clock.advance(minutes=7)
        ids.append(publish(newsroom, f"خبر {n}", body="نص"))
    clock.advance(minutes=7)
    scheduled = publish(newsroom, "خبر مجدول")
    story = newsroom.stories.get(scheduled)
    newsroom.stories.save(
        scheduled,
        StoryInput(**{**_fields(story.to_input()), "publish_at": clock() + timedelta(days=1)}),
        expected_version=story.version,
    )
    newsroom.stories.create(StoryInput(headline="مسودة"))
    newsroom.stories.trash([ids[10]])
    newsroom.stories.set_related(ids[3], [ids[11], ids[9], ids[0]])
    newsroom.stories.set_related(ids[11], [ids[3]])
    with newsroom.database.write() as session:
        front = FrontPageRecord(name="الرئيسية", active=True, created_at=clock())
        front.slots.append(FrontPageSlotRecord(zone="lead", position=0, article_id=ids[8]))
        session.add(front)
    newsroom.settings.update_site(you_missed_count=4, you_missed_exclude_lead=exclude_lead)
    content, _ = newsroom.publishing.content()
    exported = {a.id: a.you_missed for a in content.articles}
    assert set(exported) == set(ids) - {ids[10]}
    for story_id, missed in exported.items():
        preview = tuple(s.id for s in newsroom.related.you_missed(story_id))
        assert missed == preview, story_id
        assert story_id not in missed and len(missed) == 4
        assert scheduled not in missed and ids[10] not in missed
        if exclude_lead:
            assert ids[8] not in missed
    assert exported[ids[3]] == (
        (ids[7], ids[6], ids[5], ids[4]) if exclude_lead else (ids[8], ids[7], ids[6], ids[5])
    )
    assert exported[ids[11]] == (
        (ids[9], ids[7], ids[6], ids[5]) if exclude_lead else (ids[9], ids[8], ids[7], ids[6])
    )


def test_an_export_with_nothing_changed_reads_no_story(  # type: ignore[no-untyped-def]
    newsroom: Services, tmp_path: Path, monkeypatch
) -> None:
    publish(newsroom, "الأول", body="نص أول", section="economy", tags=("مياه",))
    target = tmp_path / "site"
    cold = export(newsroom, target)
    stamps = {p: p.stat().st_mtime_ns for p in target.rglob("*") if p.is_file()}

    def no_loading(*_args: object, **_kw: object) -> None:
        raise AssertionError("a nothing-changed export loaded the stories")

    with monkeypatch.context() as patch:
        patch.setattr(type(newsroom.publishing), "content", no_loading)
        again = export(newsroom, target)
    assert (again.written, again.unchanged, again.removed) == (0, cold.pages, 0)
    assert {p: p.stat().st_mtime_ns for p in target.rglob("*") if p.is_file()} == stamps
    assert len(newsroom.publishing.last_manifest(target)) == cold.pages
    # Another base URL or theme is another site: nothing is skipped.
    moved = export(newsroom, target, base_url="https://other.example/")
    assert moved.written > 0


def _tag_renamed(services: Services, clock) -> None:  # type: ignore[no-untyped-def]
    with services.database.write() as session:
        tag = session.scalar(select(TagRecord).where(TagRecord.name == "مياه"))
        assert tag is not None
        tag.name = "المياه"


def _setting_changed(services: Services, clock) -> None:  # type: ignore[no-untyped-def]
    services.settings.update_site(site_title="نشرة جديدة")


def _two_days_passed(services: Services, clock) -> None:  # type: ignore[no-untyped-def]
    clock.advance(days=3)  # the story leaves the Google News sitemap


def _related_linked(services: Services, clock) -> None:  # type: ignore[no-untyped-def]
    ids = [a.id for a in services.publishing.content()[0].articles]
    services.stories.set_related(ids[0], [ids[1]])


@pytest.mark.parametrize(
    "change", [_tag_renamed, _setting_changed, _two_days_passed, _related_linked]
)
def test_any_input_change_makes_the_export_run(  # type: ignore[no-untyped-def]
    newsroom: Services, clock, tmp_path: Path, change
) -> None:
    publish(newsroom, "الأول", body="نص أول", section="economy", tags=("مياه",))
    clock.advance(minutes=5)
    publish(newsroom, "الثاني", body="نص ثان", tags=("مياه",))
    target = tmp_path / "site"
    export(newsroom, target)
    assert export(newsroom, target).written == 0
    change(newsroom, clock)
    assert export(newsroom, target).written > 0


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def _edit(services: Services, story_id: int, **changes: object) -> None:
    story = services.stories.get(story_id)
    services.stories.save(
        story_id,
        StoryInput(**{**_fields(story.to_input()), **changes}),
        expected_version=story.version,
    )


def _last_summary(services: Services) -> dict[str, object]:
    with services.database.read() as session:
        runs = session.scalars(select(ExportRunRecord).order_by(ExportRunRecord.id)).all()
        return dict(runs[-1].summary)


def _newsroom_with_links(services: Services, clock) -> list[int]:  # type: ignore[no-untyped-def]
    ids = []
    for n in range(8):
        ids.append(
            publish(
                services,
                f"خبر رقم {n}",
                body=f"نص الخبر {n}.\n\nفقرة ثانية.",
                section="economy" if n % 2 else None,
                tags=("مياه", f"وسم {n % 3}"),
            )
        )
        clock.advance(minutes=10)
    services.stories.set_related(ids[5], [ids[2], ids[3]])
    return ids


def test_an_export_after_a_few_stories_changed_reloads_only_them_and_equals_a_cold_one(  # type: ignore[no-untyped-def]
    newsroom: Services, clock, tmp_path: Path, monkeypatch
) -> None:
    ids = _newsroom_with_links(newsroom, clock)
    site = tmp_path / "site"
    export(newsroom, site)
    # A linked story's headline, body and tags change; another gets a correction; a draft is
    # written (nothing readers see). None of it needs a full load.
    _edit(newsroom, ids[2], headline="عنوان جديد", body="نص جديد.", tags=("مياه", "وسم جديد"))
    newsroom.stories.change_status(ids[4], Status.CORRECTED, correction="صُحّح التاريخ.")
    newsroom.stories.create(StoryInput(headline="مسودة"))

    def no_full_load(*_args: object, **_kw: object) -> None:
        raise AssertionError("the export loaded every story")

    with monkeypatch.context() as patch:
        patch.setattr(type(newsroom.publishing), "content", no_full_load)
        changed = export(newsroom, site)
    assert 0 < changed.written < changed.pages
    assert any(p.startswith("tag/وسم-جديد/") for p in changed.changed_paths)
    assert _last_summary(newsroom)["reloaded"] == "changed stories"

    cold = tmp_path / "cold"
    export(newsroom, cold)
    assert _tree(site) == _tree(cold)
    page = (site / "news" / f"{ids[5]}-خبر-رقم-5" / "index.html").read_text("utf-8")
    assert "عنوان جديد" in page  # the Related block of the story that links to it


def test_the_watch_exports_each_change_and_nothing_else_on_either_database(  # type: ignore[no-untyped-def]
    newsroom: Services, clock, tmp_path: Path, monkeypatch
) -> None:
    """``export site --watch`` in this process, its waits driven by the test: SQLite tells
    the watch when someone wrote, PostgreSQL does not, and the watch reads at each turn."""
    import io

    from newsdesk.app import build_parser
    from newsdesk.cli import export as cli_export

    ids = _newsroom_with_links(newsroom, clock)
    site = tmp_path / "site"
    turns: list[float] = []

    def wait(seconds: float) -> None:
        turns.append(seconds)
        if len(turns) == 2:
            _edit(newsroom, ids[2], headline="عنوان في أثناء المراقبة")
        elif len(turns) == 4:
            raise KeyboardInterrupt

    monkeypatch.setattr(cli_export, "sleep", wait)
    args = build_parser().parse_args(["export", "site", str(site), "--watch", "--quiet"])
    out = io.StringIO()
    assert args.handler(newsroom, args, out) == 0
    lines = out.getvalue().splitlines()
    assert len(lines) == 2  # the first export, then the one change
    assert "— 0 written" not in lines[1]
    (page,) = site.glob(f"news/{ids[2]}-*/index.html")
    assert "عنوان في أثناء المراقبة" in page.read_text("utf-8")
    with newsroom.database.read() as session:
        runs = session.scalars(select(ExportRunRecord)).all()
        assert len(runs) == 2  # a look that found nothing to do records no run
    assert (tmp_path / ".site.newsdesk" / "snapshot.pickle").exists()


def test_a_theme_folder_gone_during_a_watch_is_a_reported_failure(  # type: ignore[no-untyped-def]
    newsroom: Services, clock, tmp_path: Path, monkeypatch
) -> None:
    """The watch asks ``changed_inputs`` between exports; a theme folder removed meanwhile
    is a failure it reports (and goes on), not a crash with a traceback."""
    import io

    from newsdesk.app import build_parser
    from newsdesk.cli import export as cli_export

    theme = tmp_path / "theme"
    (theme / "templates").mkdir(parents=True)
    publish(newsroom, "خبر", body="نص")
    site = tmp_path / "site"
    turns: list[float] = []

    def wait(seconds: float) -> None:
        turns.append(seconds)
        if len(turns) == 1:
            shutil.rmtree(theme)
        elif len(turns) == 3:
            raise KeyboardInterrupt

    monkeypatch.setattr(cli_export, "sleep", wait)
    monkeypatch.setattr(cli_export, "LOOK_ANYWAY", 0.0)  # a look at every turn
    args = build_parser().parse_args(
        ["export", "site", str(site), "--watch", "--quiet", "--theme", str(theme)]
    )
    errors = io.StringIO()
    monkeypatch.setattr("sys.stderr", errors)
    assert args.handler(newsroom, args, io.StringIO()) == 0
    with pytest.raises(ExportFailed, match="theme folder"):
        newsroom.publishing.changed_inputs(site, theme=theme)
    assert "theme folder" in errors.getvalue() and "still watching" in errors.getvalue()


def test_after_a_few_changes_only_they_are_written_beside_the_whole_snapshot(  # type: ignore[no-untyped-def]
    newsroom: Services, clock, tmp_path: Path, monkeypatch
) -> None:
    from newsdesk.export import snapshot as snapshot_module

    ids = _newsroom_with_links(newsroom, clock)
    site = tmp_path / "site"
    home = tmp_path / ".site.newsdesk"
    export(newsroom, site)
    whole = home / snapshot_module.FILE_NAME
    written = whole.stat().st_mtime_ns
    for n, story in enumerate((ids[2], ids[6])):
        _edit(newsroom, story, headline=f"عنوان {n}")
        export(newsroom, site)
        assert _last_summary(newsroom)["reloaded"] == "changed stories"
        assert whole.stat().st_mtime_ns == written  # only the patch was written
        assert (home / snapshot_module.PATCH_NAME).exists()
        # Of the input rows, only the tables that changed (a headline: the stories' own).
        patch = snapshot_module._read(home / snapshot_module.PATCH_NAME)
        assert set(patch.rows) == {ARTICLES} and len(patch.tables) > 1
    cold = tmp_path / "cold"
    export(newsroom, cold)
    assert _tree(site) == _tree(cold)
    # Three stories would not fit a patch of two: the whole snapshot is written again.
    monkeypatch.setattr(snapshot_module, "PATCH_MAX", 2)
    _edit(newsroom, ids[4], body="نص آخر.")
    export(newsroom, site)
    assert whole.stat().st_mtime_ns != written
    assert not (home / snapshot_module.PATCH_NAME).exists()
    # A patch that does not fit the whole snapshot beside it is not used: a full load.
    _edit(newsroom, ids[5], headline="عنوان أخير")
    export(newsroom, site)
    assert (home / snapshot_module.PATCH_NAME).exists()
    shutil.copyfile(cold.parent / ".cold.newsdesk" / snapshot_module.FILE_NAME, whole)
    _edit(newsroom, ids[5], headline="عنوان بعد أخير")
    export(newsroom, site)
    assert _last_summary(newsroom)["reloaded"] == "all stories"
    export(newsroom, cold)
    assert _tree(site) == _tree(cold)


def test_an_exporter_that_stays_keeps_what_it_read_until_asked_to_save_it(  # type: ignore[no-untyped-def]
    newsroom: Services, clock, tmp_path: Path, monkeypatch
) -> None:
    import newsdesk.services.exporting as publishing_module

    ids = _newsroom_with_links(newsroom, clock)
    site = tmp_path / "site"
    export(newsroom, site)
    publishing = newsroom.publishing
    assert publishing.changed_inputs(site) is None
    # Started on a site that is up to date: the snapshot on disk is held, with its plan.
    assert export(newsroom, site, keep=True).written == 0
    saved: list[Path] = []

    def no_load(*_args: object) -> None:
        raise AssertionError("the kept snapshot was read again from disk")

    with monkeypatch.context() as patch:
        patch.setattr(publishing_module, "load_snapshot", no_load)
        patch.setattr(publishing_module, "save_snapshot", lambda home, s: saved.append(home) or s)
        for n, story in enumerate((ids[2], ids[6], ids[2])):
            _edit(newsroom, story, headline=f"عنوان {n}")
            read = publishing.changed_inputs(site)
            assert read is not None
            changed = export(newsroom, site, keep=True, read=read)
            assert 0 < changed.written < changed.pages
            assert _last_summary(newsroom)["reloaded"] == "changed stories"
            assert publishing.changed_inputs(site) is None
        assert saved == []  # not until asked
    publishing.save_kept()
    with monkeypatch.context() as patch:
        patch.setattr(publishing_module, "save_snapshot", lambda home, s: saved.append(home) or s)
        publishing.save_kept()
        assert saved == []  # nothing left to write
    # Written: the next process reloads only what changes.
    _edit(newsroom, ids[4], body="نص آخر.")
    export(newsroom, site)
    assert _last_summary(newsroom)["reloaded"] == "changed stories"
    cold = tmp_path / "cold"
    export(newsroom, cold)
    assert _tree(site) == _tree(cold)


def _published_now(services: Services, clock) -> None:  # type: ignore[no-untyped-def]
    publish(services, "خبر جديد", body="نص", tags=("مياه",))


def _killed(services: Services, clock) -> None:  # type: ignore[no-untyped-def]
    first = services.publishing.content()[0].articles[-1].id
    services.stories.change_status(first, Status.KILLED)


def _snapshot_damaged(services: Services, clock, site: Path) -> None:  # type: ignore[no-untyped-def]
    (site.parent / f".{site.name}.newsdesk" / "snapshot.pickle").write_bytes(b"\x80\x05junk")
    story = services.publishing.content()[0].articles[0].id
    _edit(services, story, body="نص بعد التلف.")


def _lead_by_section(services: Services) -> None:
    with services.database.write() as session:
        page = FrontPageRecord(name="الرئيسية", active=True)
        page.slots = [FrontPageSlotRecord(zone="lead", position=0, fill_rule="section:economy")]
        session.add(page)


@pytest.mark.parametrize("change", ["tag", "publish", "kill", "damaged", "lead moves"])
def test_changes_beyond_a_few_stories_load_everything_and_equal_a_cold_export(  # type: ignore[no-untyped-def]
    newsroom: Services, clock, tmp_path: Path, change: str
) -> None:
    ids = _newsroom_with_links(newsroom, clock)
    if change == "lead moves":
        _lead_by_section(newsroom)
    site = tmp_path / "site"
    export(newsroom, site)
    if change == "tag":
        _tag_renamed(newsroom, clock)
    elif change == "publish":
        _published_now(newsroom, clock)
    elif change == "kill":
        _killed(newsroom, clock)
    elif change == "lead moves":
        # Only this story's own row changes, but it was the newest of the lead's section: the
        # lead, which every You Missed block leaves out, moves to another story.
        _edit(newsroom, ids[7], section=None)
    else:
        _snapshot_damaged(newsroom, clock, site)
    changed = export(newsroom, site)
    assert changed.written > 0
    assert _last_summary(newsroom)["reloaded"] == "all stories"
    cold = tmp_path / "cold"
    export(newsroom, cold)
    assert _tree(site) == _tree(cold)


@pytest.mark.parametrize("layout", ["none", "fill rule", "pin no longer public", "section rule"])
def test_you_missed_leaves_out_the_lead_the_front_page_shows(  # type: ignore[no-untyped-def]
    newsroom: Services, clock, layout: str
) -> None:
    """The lead may come from a fill rule, from a pin's fallback or from having no layout at
    all: the export and the preview leave out the story the front page really shows."""
    ids = []
    for n in range(8):
        clock.advance(minutes=7)
        ids.append(publish(newsroom, f"خبر {n}", body="نص", section="economy" if n == 2 else None))
    killed = ids[7]
    newsroom.stories.change_status(killed, Status.KILLED)
    slots = {
        "none": [],
        "fill rule": [FrontPageSlotRecord(zone="lead", position=0, fill_rule="latest")],
        "pin no longer public": [
            FrontPageSlotRecord(zone="lead", position=0, article_id=killed, fill_rule="latest")
        ],
        "section rule": [FrontPageSlotRecord(zone="lead", position=0, fill_rule="section:economy")],
    }[layout]
    if slots:
        with newsroom.database.write() as session:
            page = FrontPageRecord(name="الرئيسية", active=True, created_at=clock())
            page.slots = slots
            session.add(page)
    newsroom.settings.update_site(you_missed_count=4, you_missed_exclude_lead=True)
    content, _ = newsroom.publishing.content()
    lead = content.front[0].article_ids[0]
    assert lead == (ids[2] if layout == "section rule" else ids[6])
    for article in content.articles:
        assert lead not in article.you_missed, article.id
        preview = tuple(s.id for s in newsroom.related.you_missed(article.id))
        assert preview == article.you_missed, article.id


def test_a_new_export_after_a_change_plans_only_the_groups_it_reaches(  # type: ignore[no-untyped-def]
    newsroom: Services, clock, tmp_path: Path, monkeypatch
) -> None:
    """The plan's jobs come from the snapshot on disk (whole, then patched): an export
    without a kept snapshot plans only the outputs that show a changed story."""
    from newsdesk.export import snapshot as snapshot_module
    from newsdesk.export.site import SitePlan

    ids = _newsroom_with_links(newsroom, clock)
    site = tmp_path / "site"
    home = tmp_path / ".site.newsdesk"
    export(newsroom, site)
    whole = (home / snapshot_module.FILE_NAME).stat().st_mtime_ns
    planned: list[str] = []
    real_add = SitePlan.add

    def recording(plan: SitePlan, path: str, *args: object, **kw: object) -> object:
        planned.append(path)
        return real_add(plan, path, *args, **kw)

    monkeypatch.setattr(SitePlan, "add", recording)
    for n, story in enumerate((ids[2], ids[6], ids[2], ids[0])):
        planned.clear()
        _edit(newsroom, story, tags=("مياه", f"وسم آخر {n}"))
        changed = export(newsroom, site)
        assert _last_summary(newsroom)["reloaded"] == "changed stories"
        assert f"news/{story}-خبر-رقم-{ids.index(story)}/index.html" in planned
        assert f"tag/وسم-آخر-{n}/index.html" in planned
        # Groups that do not show the story are taken from the memo: "وسم 1" is the tag of
        # stories 1, 4 and 7 alone.
        assert not {"tag/وسم-1/index.html", "tag/وسم-1/feed.xml"}.intersection(planned)
        assert (site / "tag" / "وسم-1" / "feed.xml").exists() and changed.written
    assert (home / snapshot_module.FILE_NAME).stat().st_mtime_ns == whole  # patches only
    monkeypatch.undo()
    cold = tmp_path / "cold"
    export(newsroom, cold)
    assert _tree(site) == _tree(cold)


def test_a_snapshot_read_for_an_export_is_set_aside_from_the_collector(  # type: ignore[no-untyped-def]
    newsroom: Services, clock, tmp_path: Path
) -> None:
    """Read with the collector off, then frozen: the first collection after the read would
    otherwise walk every object of it. The export unfreezes when it ends."""
    import gc

    from newsdesk.export.snapshot import load_snapshot
    from newsdesk.export.writer import SiteWriter

    _newsroom_with_links(newsroom, clock)
    site = tmp_path / "site"
    export(newsroom, site)
    assert gc.get_freeze_count() == 0 and gc.isenabled()
    writer = SiteWriter(site)
    try:
        snapshot = load_snapshot(writer.home, writer.built_from())
        assert snapshot is not None and gc.isenabled()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
