"""The queries an import runs besides the story writes: sketches and texts for duplicate
detection, links."""

from __future__ import annotations

import typing
from collections.abc import Iterator, Sequence

from sqlalchemy import Table, and_, bindparam, delete, func, insert, select
from sqlalchemy.orm import Session

from newsdesk.storage.models import (
    ArticleRecord,
    Base,
    RelatedLinkRecord,
    SectionRecord,
    StorySketchRecord,
    StoryTermRecord,
)

#: Rows fetched per round trip when every story is read for the duplicate index.
BATCH = 500


def iter_article_headlines(session: Session) -> Iterator[tuple[int, str]]:
    """(id, headline) of every story, oldest first, streamed."""
    query = (
        select(ArticleRecord.id, ArticleRecord.headline)
        .order_by(ArticleRecord.id)
        .execution_options(yield_per=BATCH * 4)
    )
    for row in session.execute(query):
        yield row.id, row.headline


def articles_state(session: Session) -> tuple[object, ...]:
    """A cheap fingerprint of the stories: changes when one is added, removed or saved."""
    row = session.execute(
        select(
            func.count(ArticleRecord.id),
            func.max(ArticleRecord.id),
            func.max(ArticleRecord.updated_at),
            func.sum(ArticleRecord.version),
        )
    ).one()
    return tuple(row)


_TEXTS = select(ArticleRecord.id, ArticleRecord.headline, ArticleRecord.body).where(
    ArticleRecord.id.in_(bindparam("ids", expanding=True))
)


def article_texts(session: Session, ids: Sequence[int]) -> dict[int, tuple[str, str]]:
    """id → (headline, body) for ``ids`` (stories that no longer exist are left out)."""
    if not ids:
        return {}
    if _is_sqlite(session):
        marks = ",".join("?" * len(ids))
        sql = f"SELECT id, headline, body FROM {_ARTICLES} WHERE id IN ({marks})"
        return {r[0]: (r[1], r[2]) for r in _sqlite_rows(session, sql, list(ids))}
    rows = session.connection().execute(_TEXTS, {"ids": list(ids)})
    return {row.id: (row.headline, row.body) for row in rows}


def article_headline(session: Session, story_id: int) -> str:
    """The headline of a story ("" when it no longer exists)."""
    with session.no_autoflush:
        found = session.scalar(select(ArticleRecord.headline).where(ArticleRecord.id == story_id))
    return found or ""


_ARTICLES = ArticleRecord.__tablename__
_SKETCH_TABLE = StorySketchRecord.__tablename__


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def _sqlite_rows(
    session: Session, sql: str, params: Sequence[object]
) -> list[tuple[typing.Any, ...]]:
    """SQLite only: one small query through the driver, in the session's transaction.

    An import looks up a story's few near-duplicate candidates for nearly every story it
    reads; through SQLAlchemy (an expanding IN, compiled parameters, result rows) such a
    lookup cost several times what SQLite spends on it.
    """
    connection = session.connection().connection.dbapi_connection
    cursor = connection.cursor()  # type: ignore[union-attr]
    try:
        return list(cursor.execute(sql, params))
    finally:
        cursor.close()


def article_id_by_source_id(session: Session, source_id: str) -> int | None:
    with session.no_autoflush:
        return session.scalar(
            select(ArticleRecord.id)
            .where(ArticleRecord.source_id == source_id)
            .order_by(ArticleRecord.id)
            .limit(1)
        )


def related_target_ids(session: Session, article_id: int) -> list[int]:
    """The targets ``article_id`` links to, in their order."""
    with session.no_autoflush:
        return list(
            session.scalars(
                select(RelatedLinkRecord.target_id)
                .where(RelatedLinkRecord.article_id == article_id)
                .order_by(RelatedLinkRecord.position)
            )
        )


def next_related_position(session: Session, article_id: int) -> int:
    with session.no_autoflush:
        current = session.scalar(
            select(func.max(RelatedLinkRecord.position)).where(
                RelatedLinkRecord.article_id == article_id
            )
        )
    return 0 if current is None else current + 1


def iter_sketch_heads(
    session: Session, scheme: int, head_bytes: int
) -> Iterator[tuple[int, bytes | None]]:
    """(id, first ``head_bytes`` of its sketch) of every story, oldest first, streamed; the
    sketch is None when the story has none, or one made from an older version of it or by
    another hash ``scheme``."""
    current = and_(
        StorySketchRecord.article_id == ArticleRecord.id,
        StorySketchRecord.article_version == ArticleRecord.version,
        StorySketchRecord.scheme == scheme,
    )
    query = (
        select(ArticleRecord.id, func.substr(StorySketchRecord.sketch, 1, head_bytes))
        .outerjoin(StorySketchRecord, current)
        .order_by(ArticleRecord.id)
        .execution_options(yield_per=BATCH * 4)
    )
    for row in session.execute(query):
        yield row[0], None if row[1] is None else bytes(row[1])


#: Built once: a statement object costs more to build than the indexed lookup costs to run,
#: and an import runs this one for nearly every story.
_SKETCHES = select(
    StorySketchRecord.article_id, StorySketchRecord.size, StorySketchRecord.sketch
).where(
    StorySketchRecord.article_id.in_(bindparam("ids", expanding=True)),
    StorySketchRecord.scheme == bindparam("scheme"),
)


def sketches(session: Session, ids: Sequence[int], scheme: int) -> dict[int, tuple[int, bytes]]:
    """id → (shingle count, stored hashes) for those of ``ids`` that have a sketch made by
    ``scheme`` (the hashes are the whole set, or its sketch alone in rows stored before whole
    sets were: ``shingles.stored_set`` tells).

    Whether it is current is not checked here: telling needs the story's ``version``, which
    SQLite reads from the end of the row, after the body (about 1 ms a call at 10,000
    stories). ``iter_sketch_heads`` checks it once per run for every story.
    """
    if not ids:
        return {}
    if _is_sqlite(session):
        marks = ",".join("?" * len(ids))
        sql = (
            f"SELECT article_id, size, sketch FROM {_SKETCH_TABLE} "
            f"WHERE article_id IN ({marks}) AND scheme = ?"
        )
        return {r[0]: (r[1], bytes(r[2])) for r in _sqlite_rows(session, sql, [*ids, scheme])}
    rows = session.connection().execute(_SKETCHES, {"ids": list(ids), "scheme": scheme})
    return {row[0]: (row[1], bytes(row[2])) for row in rows}


def article_versions(session: Session, ids: Sequence[int]) -> dict[int, int]:
    with session.no_autoflush:
        rows = session.execute(
            select(ArticleRecord.id, ArticleRecord.version).where(ArticleRecord.id.in_(list(ids)))
        )
        return {row[0]: row[1] for row in rows}


def forget_sketch(session: Session, story_id: int) -> None:
    """A story's text was saved: its stored sketch no longer describes it.

    Deleted in the saving transaction, so a stored sketch (and the whole shingle set it holds)
    is never compared in place of a text that changed since it was made.
    """
    table = typing.cast(Table, StorySketchRecord.__table__)
    session.execute(delete(table).where(table.c.article_id == story_id))


def write_sketches(
    session: Session,
    scheme: int,
    rows: Sequence[tuple[int, int, int, bytes]],
    *,
    new: bool = False,
) -> None:
    """Store (article id, article version, shingle count, sketch) rows, replacing any older
    sketch of those stories (``new``: the stories were inserted in this transaction)."""
    if not rows:
        return
    table = typing.cast(Table, StorySketchRecord.__table__)
    with session.no_autoflush:
        for start in range(0 if not new else len(rows), len(rows), BATCH):
            ids = [r[0] for r in rows[start : start + BATCH]]
            session.execute(delete(table).where(table.c.article_id.in_(ids)))
        session.execute(
            insert(table),
            [
                {
                    "article_id": article_id,
                    "article_version": version,
                    "scheme": scheme,
                    "size": size,
                    "sketch": sketch,
                }
                for article_id, version, size, sketch in rows
            ],
        )


def foreign_keys_off(session: Session) -> bool:
    """SQLite: the session's transaction runs without foreign-key checks
    (``Database.write(foreign_keys=False)``)."""
    if not _is_sqlite(session):
        return False
    return not _sqlite_rows(session, "PRAGMA foreign_keys", ())[0][0]


def broken_references(session: Session) -> list[str]:
    """SQLite: the tables holding a reference to a row that does not exist, for an import that
    wrote without foreign-key checks to look at before it commits.

    Every table with foreign keys is checked whole (``PRAGMA foreign_key_check``, one pass,
    cheaper than the per-row checks it replaces) but two: ``story_terms`` (ten million rows
    at 100,000 stories; ``storage.terms`` checks the stories it wrote terms for) and
    ``articles``, whose references sit behind the body in each row (reading them means reading
    every body): its section is checked through its index, and an import sets no featured
    media.
    """
    broken: list[str] = []
    skipped = {StoryTermRecord.__tablename__, _ARTICLES}
    for table in Base.metadata.sorted_tables:
        if (
            table.foreign_keys
            and table.name not in skipped
            and _sqlite_rows(session, f'PRAGMA foreign_key_check("{table.name}")', ())
        ):
            broken.append(table.name)
    sections = SectionRecord.__tablename__
    if _sqlite_rows(
        session,
        f"SELECT 1 FROM {_ARTICLES} WHERE section_id IS NOT NULL "
        f"AND section_id NOT IN (SELECT id FROM {sections}) LIMIT 1",
        (),
    ):
        broken.append(_ARTICLES)
    return broken


def count_articles(session: Session, ids: Sequence[int]) -> int:
    """How many of ``ids`` (distinct) are stories (SQLite)."""
    marks = ",".join("?" * len(ids))
    sql = f"SELECT count(*) FROM {_ARTICLES} WHERE id IN ({marks})"
    return int(_sqlite_rows(session, sql, list(ids))[0][0])
