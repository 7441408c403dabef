"""Stop terms: a term past ``terms.STOP_DF`` stories keeps no body postings, and suggestions
that could never read it stay exactly the same (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
from dataclasses import replace
from itertools import islice
from pathlib import Path

import pytest
import sqlalchemy as sa

from newsdesk.core.similarity import DEFAULT_TUNING, terms_of
from newsdesk.services import imports
from newsdesk.services.container import Services
from newsdesk.services.dto import StoryInput
from newsdesk.services.related import RelatedService
from newsdesk.storage import terms
from newsdesk.storage.models import StoryTermRecord, StoryTermStatRecord

(COMMON,) = terms_of("مشترك")


def _write(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    return path


def _stat(services: Services, term: str) -> tuple[int, bool] | None:
    with services.database.read() as session:
        row = session.execute(
            sa.select(StoryTermStatRecord.df, StoryTermStatRecord.stop).where(
                StoryTermStatRecord.term == term
            )
        ).first()
    return None if row is None else (row[0], row[1])


def _postings(services: Services, term: str) -> list[tuple[int, int, int]]:
    with services.database.read() as session:
        return [
            (r[0], r[1], r[2])
            for r in session.execute(
                sa.select(
                    StoryTermRecord.article_id, StoryTermRecord.title_tf, StoryTermRecord.body_tf
                )
                .where(StoryTermRecord.term == term)
                .order_by(StoryTermRecord.article_id)
            )
        ]


def _assert_other_terms_exact(services: Services) -> None:
    """Every term that is not a stop term has a df equal to its stored postings."""
    with services.database.read() as session:
        counted = dict(
            session.execute(
                sa.select(StoryTermRecord.term, sa.func.count()).group_by(StoryTermRecord.term)
            ).all()
        )
        stats = session.execute(
            sa.select(StoryTermStatRecord.term, StoryTermStatRecord.df, StoryTermStatRecord.stop)
        ).all()
    stop = {t for t, _df, is_stop in stats if is_stop}
    assert {t: df for t, df, is_stop in stats if not is_stop} == {
        t: n for t, n in counted.items() if t not in stop
    }


def test_a_term_crossing_in_one_import_is_marked_and_keeps_only_its_headline_postings(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(terms, "STOP_DF", 3)
    records = [{"title": "خبر مشترك", "body": "نص عن الطقس والبحر."}]
    records += [{"title": f"خبر {n}", "body": f"نص مشترك عن المدينة رقم {n}."} for n in range(4)]
    report = services.imports.import_files("jsonl", [_write(tmp_path / "a.jsonl", records)])
    first = report.files[0].story_ids[0]
    assert _stat(services, COMMON) == (5, True)
    assert _postings(services, COMMON) == [(first, 1, 0)]  # the headline posting stays
    assert [s.id for s in services.related.find("مشترك")] == [first]
    _assert_other_terms_exact(services)


def test_a_term_crossing_in_a_later_save_loses_the_postings_stored_before(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(terms, "STOP_DF", 3)
    made = [
        services.stories.create(StoryInput(headline=f"خبر {n}", body=f"نص مشترك {n} عن البحر"))
        for n in range(3)
    ]
    assert _stat(services, COMMON) == (3, False)
    assert len(_postings(services, COMMON)) == 3
    services.stories.create(StoryInput(headline="رابع", body="نص مشترك عن البحر"))
    assert _stat(services, COMMON) == (4, True)
    assert _postings(services, COMMON) == []
    # Later saves neither store its body postings nor count it: the mark stays.
    services.stories.create(StoryInput(headline="خامس", body="مشترك ايضا"))
    story = services.stories.get(made[0].id)
    services.stories.save(
        story.id, StoryInput(headline="خبر 0", body="نص عن البحر"), expected_version=story.version
    )
    assert _stat(services, COMMON) == (4, True)
    assert _postings(services, COMMON) == []
    _assert_other_terms_exact(services)
    # A rebuild starts over: four stories hold the term now, still past the threshold.
    for _ in services.related.reindex():
        pass
    assert _stat(services, COMMON) == (4, True) and _postings(services, COMMON) == []
    monkeypatch.setattr(terms, "STOP_DF", 10)
    for _ in services.related.reindex():
        pass
    assert _stat(services, COMMON) == (4, False) and len(_postings(services, COMMON)) == 4


def test_a_term_crossing_in_the_middle_of_a_large_import_is_purged_before_the_commit(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Term rows are written every few stories (and on SQLite without the covering index);
    # the rows written before the term crossed are deleted before the index is built.
    monkeypatch.setattr(terms, "STOP_DF", 12)
    monkeypatch.setattr(terms, "_FLUSH_ROWS", 40)
    monkeypatch.setattr(terms, "BULK_ROWS", 40)
    monkeypatch.setattr(imports, "PROGRESS_EVERY", 5)
    records = [
        {"title": f"خبر {n}", "body": f"نص مشترك عن المدينة {n} والبحر {n % 3}."} for n in range(30)
    ]
    services.imports.import_files("jsonl", [_write(tmp_path / "m.jsonl", records)])
    df, stop = _stat(services, COMMON) or (0, False)
    assert stop and 12 < df < 30  # counted until it crossed, not after
    assert _postings(services, COMMON) == []
    _assert_other_terms_exact(services)
    with services.database.read() as session:
        names = set(sa.inspect(session.connection()).get_indexes("story_terms")[0]["column_names"])
    assert {"term", "article_id"} <= names


def _written_terms(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, str, int, int, int]]:
    """Every ``story_terms`` row the term index writes from now on."""
    written: list[tuple[int, str, int, int, int]] = []
    insert_terms = terms._insert_terms

    def recording(session: object, rows: object) -> None:
        kept = list(rows)  # type: ignore[call-overload]
        written.extend(kept)
        insert_terms(session, kept)  # type: ignore[arg-type]

    monkeypatch.setattr(terms, "_insert_terms", recording)
    return written


@pytest.mark.parametrize("hold", [10**9, 30], ids=["held", "capped"])
def test_the_body_postings_of_a_term_crossing_later_in_the_file_are_never_written(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hold: int
) -> None:
    # Postings are held until the commit, when the stop terms are known; past the cap
    # (``_HOLD_POSTINGS``) they are written early and the crossing term's are deleted after.
    monkeypatch.setattr(terms, "STOP_DF", 12)
    monkeypatch.setattr(terms, "_FLUSH_ROWS", 40)
    monkeypatch.setattr(terms, "_HOLD_POSTINGS", hold)
    monkeypatch.setattr(imports, "PROGRESS_EVERY", 5)
    written = _written_terms(monkeypatch)
    records = [{"title": "مشترك اول", "body": "نص عن البحر."}]
    records += [{"title": f"خبر {n}", "body": f"نص مشترك عن المدينة {n}."} for n in range(29)]
    report = services.imports.import_files("jsonl", [_write(tmp_path / "m.jsonl", records)])
    first = report.files[0].story_ids[0]
    assert (_stat(services, COMMON) or (0, False))[1]
    assert _postings(services, COMMON) == [(first, 1, 0)]
    common_rows = [r[:4] for r in written if r[1] == COMMON]
    if hold > 40:
        assert common_rows == [(first, COMMON, 1, 0)]
    else:
        assert len(common_rows) > 1  # written before the crossing, then deleted
    _assert_other_terms_exact(services)


def test_a_story_saved_twice_in_one_transaction_keeps_only_its_last_terms(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Its first postings are held (counted, not written) when the second save reads them.
    monkeypatch.setattr(terms, "_FLUSH_ROWS", 1)
    with services.database.write() as session:
        record = services.stories.insert(
            session, StoryInput(headline="خبر مشترك", body="نص عن البحر")
        )
        terms.index_article(session, record.id, "خبر", "", "نص مشترك عن الجبل")
    assert _postings(services, COMMON) == [(record.id, 0, 1)]
    assert _stat(services, COMMON) == (1, False)
    _assert_other_terms_exact(services)
    with services.database.read() as session:
        assert terms.totals(session) == (1, 5.0)


def _all_suggestions(related: RelatedService, ids: list[int]) -> list[list[tuple[int, float]]]:
    return [[(s.story.id, round(s.score, 9)) for s in related.suggestions(i, limit=5)] for i in ids]


def test_suggestions_that_never_read_a_stop_term_stay_the_same(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shared
) -> None:  # type: ignore[no-untyped-def]
    # The guarantee behind the threshold: a tuning whose posting budget is at most STOP_DF
    # never chose a term past it, so dropping its postings changes no suggestion.
    corpus = shared("corpus", "arabic_news.jsonl")
    lines = list(islice(corpus.open(encoding="utf-8"), 120))
    records = [json.loads(line) for line in lines]
    for record in records:
        record.pop("category", None)
    services.imports.import_files("jsonl", [_write(tmp_path / "c.jsonl", records)])
    tuning = replace(DEFAULT_TUNING, posting_budget=30)
    related = RelatedService(services.database, services.stories, services.settings, tuning=tuning)
    with services.database.read() as session:
        ids = list(session.scalars(sa.text("SELECT id FROM articles ORDER BY id")))[::7]
    for _ in related.reindex():
        pass
    with services.database.read() as session:
        assert not session.scalar(sa.select(sa.func.count()).where(StoryTermStatRecord.stop))
        full = session.scalar(sa.select(sa.func.count()).select_from(StoryTermRecord))
    before = _all_suggestions(related, ids)
    monkeypatch.setattr(terms, "STOP_DF", 30)
    monkeypatch.setattr("newsdesk.services.related.INDEX_BATCH", 40)  # crossings between batches
    for _ in related.reindex():
        pass
    with services.database.read() as session:
        marked = session.scalar(sa.select(sa.func.count()).where(StoryTermStatRecord.stop))
        fewer = session.scalar(sa.select(sa.func.count()).select_from(StoryTermRecord))
    assert marked and fewer < full
    assert _all_suggestions(related, ids) == before
