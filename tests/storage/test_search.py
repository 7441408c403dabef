"""Full-text search on SQLite and PostgreSQL: spellings, operators, filters, index upkeep."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path

import pytest
import sqlalchemy as sa

from newsdesk.core.domain import Status
from newsdesk.services.container import Services
from newsdesk.services.dto import StoryFilter, StoryInput
from newsdesk.services.errors import ValidationError
from newsdesk.services.imports import DuplicatePolicy
from newsdesk.storage import search as search_index
from newsdesk.storage.db import open_database

STORIES = [
    StoryInput(
        headline="افتتاح معرض الكتاب بالعاصمة",
        body="افتتح المعرض أبوابه اليوم.\n\nويشارك فيه ٣٠٠ ناشر من دمشق وبيروت.",
        section="ثقافة",
        tags=("الكتاب",),
        authors=("ليلى حداد",),
    ),
    StoryInput(
        headline="أحمد يفوز بالجائزة",
        body="فاز الكاتب أحمد بجائزة الرواية العربية لعام 2024 عن روايته الأولى.",
        dek="جائزة الرواية العربية",
        section="ثقافة",
        authors=("سامر",),
    ),
    StoryInput(
        headline="وزارة الصحة تحذّر من موجة حر",
        body="دعت وزارة الصحة المواطنين في العاصمة إلى تجنب الشمس.",
        section="محليات",
        tags=("الطقس", "الصحة"),
    ),
    StoryInput(
        headline="خبر عن الطقس",
        body="قالت الصحة إن وزارة النقل أغلقت الطريق.",
        section="محليات",
    ),
]


@pytest.fixture
def newsroom(services: Services) -> tuple[Services, list[int]]:
    for name in ("ثقافة", "محليات"):
        services.taxonomy.create_section(name)
    ids = [services.stories.create(s).id for s in STORIES]
    return services, ids


def found(services: Services, query: str, story_filter: StoryFilter | None = None) -> list[int]:
    return services.search.ids(query, story_filter)


def test_every_spelling_finds_the_story(newsroom: tuple[Services, list[int]]) -> None:
    services, (book, prize, health, _weather) = newsroom
    assert found(services, "العاصمة") == [book, health] or set(found(services, "العاصمة")) == {
        book,
        health,
    }
    assert found(services, "بالعاصمة") and set(found(services, "بالعاصمة")) == {book, health}
    assert found(services, "احمد") == [prize]
    assert found(services, "أَحْمَدُ") == [prize]
    assert found(services, "افتتاح معرض الكتاب بالعاصمه") == [book]
    assert found(services, "300") == [book]
    assert found(services, "٢٠٢٤") == [prize]
    assert found(services, "والجائزة") == [prize]


def test_prefix_phrase_and_exclusion(newsroom: tuple[Services, list[int]]) -> None:
    services, (book, _prize, health, weather) = newsroom
    assert found(services, "دمش*") == [book]
    assert set(found(services, "وزار*")) == {health, weather}
    assert found(services, '"وزارة الصحة"') == [health]
    assert found(services, '"وزارةُ الصحّةِ"') == [health]
    assert set(found(services, "وزارة الصحة")) == {health, weather}
    assert found(services, "وزارة -النقل") == [health]
    assert found(services, 'الصحة -"وزارة النقل"') == [health]


def test_tags_and_dek_are_searched(newsroom: tuple[Services, list[int]]) -> None:
    services, (_book, prize, health, weather) = newsroom
    assert found(services, "العربية") == [prize]
    assert set(found(services, "الطقس")) == {health, weather}


def test_headline_ranks_above_body(newsroom: tuple[Services, list[int]]) -> None:
    services, (_book, _prize, health, weather) = newsroom
    results = services.search.search("الطقس")
    assert [h.id for h in results.hits] == [weather, health]
    assert results.hits[0].score > results.hits[1].score


def test_results_carry_headline_score_and_marked_snippet(
    newsroom: tuple[Services, list[int]],
) -> None:
    services, (book, *_rest) = newsroom
    results = services.search.search("دمشق")
    assert results.total == 1
    (hit,) = results.hits
    assert (hit.id, hit.headline) == (book, "افتتاح معرض الكتاب بالعاصمة")
    assert hit.snippet == "ويشارك فيه ٣٠٠ ناشر من **دمشق** وبيروت."


def test_filters_combine_with_the_query(
    newsroom: tuple[Services, list[int]], clock: object
) -> None:
    services, (book, prize, health, _weather) = newsroom
    assert found(services, "العاصمة", StoryFilter(section="ثقافة")) == [book]
    assert found(services, "الصحة", StoryFilter(tag="الطقس")) == [health]
    assert found(services, "احمد", StoryFilter(author="سامر")) == [prize]
    assert found(services, "احمد", StoryFilter(author="ليلى حداد")) == []
    services.stories.change_status(book, Status.SUBMITTED)
    assert found(services, "العاصمة", StoryFilter(statuses=(Status.SUBMITTED,))) == [book]
    services.stories.trash([book])
    assert found(services, "العاصمة") == [health]
    assert found(services, "العاصمة", StoryFilter(trash=True)) == [book]
    services.stories.restore([book])
    assert set(found(services, "العاصمة")) == {book, health}
    later = datetime(2030, 1, 1, tzinfo=UTC)
    assert found(services, "العاصمة", StoryFilter(date_from=later)) == []


def test_saves_and_imports_keep_the_index_current(
    newsroom: tuple[Services, list[int]], tmp_path: Path
) -> None:
    services, (book, *_rest) = newsroom
    story = services.stories.get(book)
    changed = StoryInput(**{**_fields(story.to_input()), "headline": "معرض الخط العربي"})
    services.stories.save(book, changed, expected_version=story.version)
    assert found(services, "الخط") == [book]
    assert found(services, "افتتاح") == []
    path = tmp_path / "a.jsonl"
    path.write_text(
        json.dumps({"title": "مهرجان السينما في قرطاج", "body": "عروض", "url": "u:1"}) + "\n",
        encoding="utf-8",
    )
    (added,) = services.imports.import_files("jsonl", [path]).files[0].story_ids
    assert found(services, "قرطاج") == [added]
    path.write_text(
        json.dumps({"title": "مهرجان المسرح في قرطاج", "body": "عروض", "url": "u:1"}) + "\n",
        encoding="utf-8",
    )
    services.imports.import_files("jsonl", [path], on_duplicate=DuplicatePolicy.UPDATE)
    assert found(services, "المسرح") == [added] and found(services, "السينما") == []


def _fields(data: StoryInput) -> dict[str, object]:
    return {name: getattr(data, name) for name in StoryInput.__dataclass_fields__}


def test_deleting_a_story_removes_its_row(newsroom: tuple[Services, list[int]]) -> None:
    services, (book, *_rest) = newsroom
    with services.database.write() as session:
        session.execute(sa.text("DELETE FROM articles WHERE id = :id"), {"id": book})
    assert found(services, "دمشق") == []
    with services.database.read() as session:
        table = "search_index" if services.database.is_sqlite else "search_documents"
        key = "rowid" if services.database.is_sqlite else "article_id"
        assert session.scalar(sa.text(f"SELECT count(*) FROM {table} WHERE {key} = {book}")) == 0


def test_refresh_follows_a_tag_renamed_outside_the_story_service(
    newsroom: tuple[Services, list[int]],
) -> None:
    services, (_book, _prize, health, _weather) = newsroom
    with services.database.write() as session:
        session.execute(sa.text("UPDATE tags SET name = 'الأرصاد' WHERE name = 'الطقس'"))
        search_index.refresh(session, [health])
    assert found(services, "الارصاد") == [health]


def test_reindex_rebuilds_everything(newsroom: tuple[Services, list[int]]) -> None:
    services, ids = newsroom
    with services.database.write() as session:
        search_index.delete_documents(session, ids)
    assert services.search.search("العاصمة").total == 0
    assert services.search.reindex() == len(ids)
    assert services.search.search("العاصمة").total == 2


@pytest.mark.parametrize("query", ["", "   ", "-كلمة", "* - «»", "ا*"])
def test_unsearchable_queries_are_validation_errors(
    newsroom: tuple[Services, list[int]], query: str
) -> None:
    services, _ids = newsroom
    with pytest.raises(ValidationError):
        services.search.search(query)
    with pytest.raises(ValidationError):
        services.search.ids(query)


def test_bad_paging_is_refused(newsroom: tuple[Services, list[int]]) -> None:
    services, _ids = newsroom
    with pytest.raises(ValidationError, match="limit"):
        services.search.search("العاصمة", limit=0)
    with pytest.raises(ValidationError, match="offset"):
        services.search.search("العاصمة", offset=-1)


def test_paging_and_the_ranking_window(services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    ids = [
        services.stories.create(
            StoryInput(headline=f"خبر رقم {i}", body="المياه " * (1 + i % 4))
        ).id
        for i in range(12)
    ]
    everything = services.search.ids("المياه")
    assert sorted(everything) == sorted(ids)
    pages = [services.search.search("مياه", limit=5, offset=o) for o in (0, 5, 10)]
    assert [h.id for p in pages for h in p.hits] == everything
    assert all(p.total == 12 for p in pages)
    # Only the 4 newest are ranked; the older ones follow newest first.
    monkeypatch.setattr(search_index, "RANK_CANDIDATES", 4)
    windowed = services.search.ids("المياه")
    assert sorted(windowed[:4]) == sorted(ids[-4:])
    assert windowed[4:] == sorted(ids[:-4], reverse=True)
    paged = [services.search.search("مياه", limit=3, offset=o) for o in range(0, 12, 3)]
    assert [h.id for p in paged for h in p.hits] == windowed
    assert {p.total for p in paged} == {12}


# -- both backends, same hits --------------------------------------------------------------

PG_URL = os.environ.get("NEWSDESK_TEST_PG_URL", "")

SAME_HITS_QUERIES = [
    "تونس",
    "التونسية",
    "وزارة",
    "الوزارة الداخلية",
    "أسعار",
    "اسعار -رمضان",
    "رئيس*",
    "الحكوم*",
    '"وزارة الداخلية"',
    '"رئيس الحكومة"',
    '"في تونس" -العاصمة',
    "2016",
    "٢٠١٦",
    "الأمن الوطني",
    "كرة القدم",
    "المنتخب*",
    "الانتخابات البلدية",
    "اقتصاد -تونس",
    "العاصمة",
    "بالعاصمة",
    "مجتمع",
    '"قال" -"قالت"',
]


@pytest.fixture
def both_backends(tmp_path: Path, shared) -> Iterator[tuple[Services, Services]]:  # type: ignore[no-untyped-def]
    if not PG_URL:
        pytest.skip("needs NEWSDESK_TEST_PG_URL")
    corpus = shared("corpus", "arabic_news.jsonl")
    sample = tmp_path / "sample.jsonl"
    with corpus.open(encoding="utf-8") as source:
        sample.write_text("".join(islice(source, 300)), encoding="utf-8")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(PG_URL)
    with admin.begin() as connection:
        connection.exec_driver_sql(f"CREATE SCHEMA {schema}")
    separator = "&" if "?" in PG_URL else "?"
    sqlite = Services.create(open_database(f"sqlite:///{tmp_path / 'n.db'}"))
    pg = Services.create(open_database(f"{PG_URL}{separator}options=-csearch_path%3D{schema}"))
    try:
        for services in (sqlite, pg):
            services.imports.import_files("jsonl", [sample])
        yield sqlite, pg
    finally:
        sqlite.close()
        pg.close()
        with admin.begin() as connection:
            connection.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        admin.dispose()


@pytest.mark.postgres
def test_both_backends_give_the_same_hits(both_backends: tuple[Services, Services]) -> None:
    sqlite, pg = both_backends
    nonempty = 0
    for query in SAME_HITS_QUERIES:
        on_sqlite = sqlite.search.ids(query)
        on_pg = pg.search.ids(query)
        assert sorted(on_sqlite) == sorted(on_pg), query
        assert sqlite.search.search(query).total == pg.search.search(query).total == len(on_pg)
        nonempty += bool(on_pg)
    assert nonempty >= len(SAME_HITS_QUERIES) - 3
    # Filters too.
    section = sqlite.taxonomy.sections()[0].name
    f = StoryFilter(section=section, statuses=(Status.DRAFT,))
    assert sorted(sqlite.search.ids("تونس", f)) == sorted(pg.search.ids("تونس", f))
    # The best hit of a headline query is the same story on both.
    headline = sqlite.stories.get(sqlite.search.ids("تونس")[0]).headline
    assert sqlite.search.ids(headline)[0] == pg.search.ids(headline)[0]


def test_common_terms_list_newest_first_and_totals_skip_the_trash(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = [
        services.stories.create(
            StoryInput(headline=f"المياه {i}", body="نهر " * (i + 1) + "دجلة " * max(2 - i, 0))
        ).id
        for i in range(6)
    ]
    monkeypatch.setattr(search_index, "COMMON_TERM_STORIES", 3)
    monkeypatch.setattr(search_index, "RANK_CANDIDATES", 4)
    results = services.search.search("المياه")
    assert [h.id for h in results.hits] == sorted(ids, reverse=True)
    assert results.total == 6
    if services.database.is_sqlite:
        assert {h.score for h in results.hits} == {0.0}
    ranked = services.search.search("دجلة نهر").hits
    assert {h.id for h in ranked} == {ids[0], ids[1]} and all(h.score > 0 for h in ranked)
    if services.database.is_sqlite:
        # The rare term still ranks; the common one is left out of the weighing.
        assert [h.id for h in ranked] == [ids[0], ids[1]]
    services.stories.trash(ids[:2])
    assert services.search.search("المياه").total == 4
    assert services.search.search("المياه", StoryFilter(trash=True)).total == 2


def test_filtered_totals_stop_counting_past_the_limit(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = [
        services.stories.create(StoryInput(headline=f"المياه {i}", body="نهر دجلة")).id
        for i in range(9)
    ]
    services.stories.change_status(ids[0], Status.SUBMITTED)
    drafts = StoryFilter(statuses=(Status.DRAFT,))
    monkeypatch.setattr(search_index, "RANK_CANDIDATES", 3)
    monkeypatch.setattr(search_index, "COUNT_LIMIT", 5)
    capped = services.search.search("المياه", drafts, limit=2)
    # 8 drafts match: counting stops past 5, and the total says "more than 5".
    assert (capped.total, capped.total_exact, capped.total_text()) == (5, False, "5+")
    assert [h.id for h in capped.hits] == sorted(ids[1:], reverse=True)[:2]
    # Every hit is still reachable page by page, whatever the total says.
    assert services.search.ids("المياه", drafts) == sorted(ids[1:], reverse=True)
    # At or under the limit the total is exact; without a filter it always is.
    monkeypatch.setattr(search_index, "COUNT_LIMIT", 8)
    exact = services.search.search("المياه", drafts, limit=2)
    assert (exact.total, exact.total_exact, exact.total_text()) == (8, True, "8")
    monkeypatch.setattr(search_index, "COUNT_LIMIT", 2)
    everything = services.search.search("المياه", limit=2)
    assert (everything.total, everything.total_exact) == (9, True)


def test_a_filtered_search_checks_its_hits_in_the_narrow_index(services: Services) -> None:
    if not services.database.is_sqlite:
        pytest.skip("SQLite's query plan")
    from newsdesk.core.search_query import parse_query
    from newsdesk.services.stories import story_filter_clauses

    clauses = story_filter_clauses(StoryFilter(statuses=(Status.DRAFT,)), "sqlite")
    statement, _key = search_index._sqlite_matches(parse_query("المياه"), clauses)
    with services.database.read() as session:
        compiled = statement.compile(session.get_bind(), compile_kwargs={"literal_binds": True})
        plan = " ".join(
            str(row[-1])
            for row in session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}")
        )
    assert f"COVERING INDEX {search_index.FILTER_INDEX}" in plan


def test_a_phrase_of_rare_words_is_ranked_by_its_words(services: Services) -> None:
    ids = [
        services.stories.create(StoryInput(headline=h, body=b)).id
        for h, b in [
            ("نهر دجلة يفيض", "فاض نهر دجلة مرة أخرى ونهر دجلة يجري."),
            ("خبر آخر", "ذكر نهر دجلة مرة واحدة."),
            ("دجلة", "لا شيء عن النهر هنا: دجلة نهر."),
        ]
    ]
    hits = services.search.search('"نهر دجلة"').hits
    assert {h.id for h in hits} == set(ids[:2])
    assert all(h.score > 0 for h in hits)
    assert hits[0].id == ids[0]


def test_the_count_of_a_first_page_spares_probing_how_common_its_terms_are(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not services.database.is_sqlite:
        pytest.skip("SQLite's statements")
    ids = [
        services.stories.create(StoryInput(headline=f"خبر {i}", body="نهر " * (i + 1))).id
        for i in range(6)
    ]
    statements: list[str] = []

    def trace(dbapi_connection, _record, _proxy) -> None:  # type: ignore[no-untyped-def]
        dbapi_connection.set_trace_callback(statements.append)

    sa.event.listen(services.database.engine, "checkout", trace)
    monkeypatch.setattr(search_index, "RANK_CANDIDATES", 4)
    # Six stories: at the limit the term still ranks, one under it lists newest first.
    monkeypatch.setattr(search_index, "COMMON_TERM_STORIES", 6)
    ranked = services.search.search("نهر", limit=4)
    # (the 4 newest are weighed, the older ones follow newest first)
    assert ranked.total == 6 and all(h.score > 0 for h in ranked.hits[:4])
    # The page's count served as the probe: no statement walked the term's stories again.
    assert not [s for s in statements if "LIMIT 1 OFFSET" in s]
    assert len([s for s in statements if "SELECT count(*)" in s and "rowid IN" not in s]) == 1
    # The path without a count (every id) probes instead, and orders the same.
    assert services.search.ids("نهر")[:4] == [h.id for h in ranked.hits]
    assert [s for s in statements if "LIMIT 1 OFFSET" in s]
    monkeypatch.setattr(search_index, "COMMON_TERM_STORIES", 5)
    common = services.search.search("نهر")
    assert [h.id for h in common.hits] == sorted(ids, reverse=True)
    assert common.total == 6 and {h.score for h in common.hits} == {0.0}
    # More stories match two words than COMMON_TERM_STORIES: each word is in at least as
    # many, so neither is probed; at or under it, each one is.
    statements.clear()
    both = services.search.search("نهر خبر", limit=4)
    assert both.total == 6 and {h.score for h in both.hits} == {0.0}
    assert not [s for s in statements if "LIMIT 1 OFFSET" in s]
    monkeypatch.setattr(search_index, "COMMON_TERM_STORIES", 6)
    assert all(h.score > 0 for h in services.search.search("نهر خبر", limit=4).hits)
    assert len([s for s in statements if "LIMIT 1 OFFSET" in s]) == 2
    sa.event.remove(services.database.engine, "checkout", trace)


def test_a_prefix_that_ends_inside_a_suffix_still_finds_the_word(services: Services) -> None:
    """The index keeps stems: عمّان is عم, الانتخابات is انتخاب. Typing the start of the word
    (عما*, الانتخابا*) must still find it, on both backends, and mark it in the snippet."""
    amman = services.stories.create(
        StoryInput(headline="موجة حر", body="ارتفعت الحرارة في عمّان أمس.")
    ).id
    vote = services.stories.create(
        StoryInput(headline="نتائج", body="أعلنت اللجنة نتائج الانتخابات البلدية.")
    ).id
    services.stories.create(StoryInput(headline="أخرى", body="زار الوزير المعرض."))
    assert found(services, "عما*") == [amman]
    assert found(services, "عمّا*") == [amman]
    assert found(services, "الانتخابا*") == [vote]
    assert found(services, "انتخ*") == [vote]  # a shorter prefix as before
    (hit,) = services.search.search("عما*").hits
    assert hit.snippet == "ارتفعت الحرارة في **عمّان** أمس."


def _fts5_hashsize(services: Services) -> int | None:
    with services.database.read() as session:
        value = session.scalar(sa.text("SELECT v FROM search_index_config WHERE k = 'hashsize'"))
    return None if value is None else int(value)


def test_a_large_write_buffers_more_index_entries_and_sets_the_buffer_back(
    newsroom: tuple[Services, list[int]],
) -> None:
    services, ids = newsroom
    if not services.database.is_sqlite:
        with services.database.write() as session, search_index.large_write(session):
            search_index.refresh(session, ids)  # nothing to set on PostgreSQL
        assert found(services, "دمشق") == [ids[0]]
        return
    # FTS5's default: never set, or set back by the index built when the schema was made.
    assert _fts5_hashsize(services) in (None, search_index.FTS5_HASHSIZE)
    with (
        services.database.write() as session,
        search_index.large_write(session, hashsize=8 * 1024 * 1024),
    ):
        value = session.scalar(sa.text("SELECT v FROM search_index_config WHERE k = 'hashsize'"))
        assert int(value) == 8 * 1024 * 1024
        search_index.refresh(session, ids)
    assert _fts5_hashsize(services) == search_index.FTS5_HASHSIZE
    # A large write that fails leaves the setting as it was (the rollback takes it back).
    with (
        pytest.raises(RuntimeError),
        services.database.write() as session,
        search_index.large_write(session, hashsize=4 * 1024 * 1024),
    ):
        search_index.refresh(session, ids)
        raise RuntimeError("stop")
    assert _fts5_hashsize(services) == search_index.FTS5_HASHSIZE
    with services.database.write() as session:
        session.execute(
            sa.text("INSERT INTO search_index (search_index) VALUES ('integrity-check')")
        )
    assert found(services, "دمشق") == [ids[0]]
    assert services.search.reindex() == len(ids)
    assert _fts5_hashsize(services) == search_index.FTS5_HASHSIZE
    assert found(services, "دمشق") == [ids[0]]
