"""The full-text search index: SQLite FTS5 or a PostgreSQL tsvector table, one behaviour.

Neither database's own tokenizer is trusted with Arabic (FTS5's ``unicode61`` folds no hamza,
no ta marbuta, no alef maqsura; PostgreSQL's parser depends on the server locale). Instead the
index stores what :mod:`newsdesk.core.text` makes of the text, computed here in Python, and the
query side is compiled from the same terms (:mod:`newsdesk.core.search_query`).

The index holds, for each of ``headline``, ``dek`` (with the kicker), ``body`` and ``tags``, the
light stem of every normalised token, one per position. A query word is stemmed the same way,
so "بالعاصمة", "العاصمه" and "عاصمة" are one term; a quoted phrase is the same stems at
consecutive positions of one field; a prefix is matched against the start of the stems (its
clitics stripped: "بالعاص*" finds "العاصمة"). Ranking weights the fields headline > dek >
body > tags (bm25 column weights on SQLite, ``setweight`` A/B/C/D on PostgreSQL).

An earlier layout also stored every token's exact form next to its stem (to rank the exact
spelling higher) and a separate phrase column: about two and a half terms per word instead of
one. Dropping them cut the import of 3,000 benchmark stories from 11.6 s to 8.6 s (same shared
machine) and recall@10 did not drop (0.978 -> 0.989 on the 3,000-story relevance test).

SQLite: a regular FTS5 table ``search_index`` keyed by the article id (rowid), tokenised by
``unicode61`` without diacritic folding; the stored text is already space-separated stems, so
the tokenizer only splits on the spaces. A trigger deletes a story's row with the story.
PostgreSQL: ``search_documents`` (article id, foreign key with ON DELETE CASCADE) with one
tsvector column built from a literal (lexemes, positions and weights given exactly, no parser
involved; one empty position between fields so that a phrase never spans two) and a GIN index.

Both give the same hits on the same data; the limits that keep that true are applied here for
both (``core.search_query.index_fields``): words longer than :data:`MAX_TERM_CHARS` are not
indexed, and only the first ``MAX_INDEXED_WORDS`` words of a story are (PostgreSQL's positions
stop at 16,383; a news story has a few hundred). PostgreSQL also keeps at most 256 positions
of one lexeme, so a phrase whose words occur more often than that in one story can be missed
there.

Ranking cost. Scoring every hit of a word found in most stories cost 58-136 ms at 100k stories
(PERFORMANCE.md): bm25 first walks every story of every term to weigh it. So only the newest
:data:`RANK_CANDIDATES` matching stories (by id, the order they were added) are scored and sorted
best first, the older matches following newest first; and the score only uses the terms found
in at most :data:`COMMON_TERM_STORIES` stories (a query of nothing but such common words is
newest first). For most queries that is every hit, ranked by every term.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Final

from sqlalchemy import (
    Table,
    and_,
    bindparam,
    column,
    func,
    literal_column,
    select,
    table,
    text,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session

from newsdesk.core import text as textcore
from newsdesk.core.search_query import (
    MAX_TERM_CHARS,
    Clause,
    IndexedText,
    ParsedQuery,
    index_fields,
)
from newsdesk.storage.models import ArticleRecord, ArticleTagRecord, TagRecord

__all__ = [
    "COUNT_LIMIT",
    "FIELDS",
    "RANK_CANDIDATES",
    "IndexDocument",
    "Matches",
    "SearchRow",
    "compile_fts5",
    "compile_tsquery",
    "delete_documents",
    "documents_for",
    "fts5_rows",
    "rebuild",
    "refresh",
    "search",
    "tsvector_rows",
    "write_documents",
]

FIELDS: Final = ("headline", "dek", "body", "tags")
#: bm25 weights of headline, dek, body and tags.
FTS5_WEIGHTS: Final = (8.0, 4.0, 2.0, 1.0)
PG_WEIGHT_LETTERS: Final = ("A", "B", "C", "D")
#: PostgreSQL keeps at most 256 positions of one lexeme.
MAX_POSITIONS_PER_LEXEME: Final = 256
#: How many of the newest matches are scored and sorted by relevance (see the module text).
RANK_CANDIDATES: Final = 500
#: With a list filter, matches are counted exactly up to this many; past it the total is given
#: as "more than COUNT_LIMIT" (each match is checked against the filter: 70,000 checks for a
#: common word with a status filter at 100,000 stories). Without a filter the count is exact.
COUNT_LIMIT: Final = 1000
#: The covering index a filtered search checks its hits in (migration 0009).
FILTER_INDEX: Final = "ix_articles_search_filter"

Stemmer = Callable[[str], str]

_FTS_TABLE: Final = "search_index"
_PG_TABLE: Final = "search_documents"


@dataclass(frozen=True, slots=True)
class IndexDocument:
    """The searchable text of one story, as stored (the index normalises it)."""

    article_id: int
    headline: str
    dek: str = ""
    body: str = ""
    tags: str = ""
    #: ``core.text.query_terms`` of headline, dek, body and tags when the caller has them
    #: already (an import stems each text once for this index and the related-story terms).
    stems: tuple[Sequence[str], Sequence[str], Sequence[str], Sequence[str]] | None = field(
        default=None, compare=False, repr=False
    )
    #: The headline, dek and body columns made already (an import's worker process makes
    #: them where it stems the text); the tags are stemmed here.
    indexed: IndexedText | None = field(default=None, compare=False, repr=False)

    @classmethod
    def of(
        cls,
        article_id: int,
        headline: str,
        kicker: str,
        dek: str,
        body: str,
        tag_names: Iterable[str],
        indexed: IndexedText | None = None,
    ) -> IndexDocument:
        """The document of a story's fields: the kicker is searched with the dek.
        ``indexed``: its headline, dek and body columns, made already."""
        return cls(
            article_id=article_id,
            headline=headline,
            dek=f"{kicker}\n{dek}" if kicker else dek,
            body=body,
            tags="\n".join(tag_names),
            indexed=indexed,
        )


@dataclass(frozen=True, slots=True)
class SearchRow:
    id: int
    score: float


# -- documents -------------------------------------------------------------------------------


def _field_stems(value: str, stem: Stemmer | None) -> list[str]:
    if stem is None:
        # query_terms stems through the cached stemmer without normalising each token again:
        # at import time this is most of the indexing cost. (A stem is never longer than its
        # word; one of a word just over the limit may be kept, on both backends alike.)
        return [s for s in textcore.query_terms(value) if len(s) <= MAX_TERM_CHARS]
    return [stem(t) for t in textcore.tokens(value) if len(t) <= MAX_TERM_CHARS]


def _stems(doc: IndexDocument, stem: Stemmer | None) -> list[list[str]]:
    """The stems of each field, the whole story cut at MAX_INDEXED_WORDS."""
    if doc.indexed is not None and stem is None:
        return [*doc.indexed.fields(), _tag_stems(doc.tags, doc.indexed.room)]
    values = (doc.headline, doc.dek, doc.body, doc.tags)
    if doc.stems is not None and stem is None:
        return index_fields(doc.stems)[0]
    return index_fields(_field_stems(value, stem) for value in values)[0]


def _tag_stems(tags: str, room: int) -> list[str]:
    return index_fields([_field_stems(tags, None)], room)[0][0]


def fts5_rows(docs: Iterable[IndexDocument], stem: Stemmer | None = None) -> list[dict[str, Any]]:
    """Rows for the FTS5 table: each column is its stems joined by spaces."""
    rows = []
    for doc in docs:
        indexed = doc.indexed
        if indexed is not None and stem is None:
            rows.append(
                {
                    "rowid": doc.article_id,
                    "headline": indexed.headline,
                    "dek": indexed.dek,
                    "body": indexed.body,
                    "tags": " ".join(_tag_stems(doc.tags, indexed.room)),
                }
            )
            continue
        row: dict[str, Any] = {"rowid": doc.article_id}
        for name, stems in zip(FIELDS, _stems(doc, stem), strict=True):
            row[name] = " ".join(stems)
        rows.append(row)
    return rows


def _lexeme(term: str) -> str:
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


def tsvector_rows(
    docs: Iterable[IndexDocument], stem: Stemmer | None = None
) -> list[dict[str, Any]]:
    """Rows for ``search_documents``: a tsvector literal with exact positions and weights."""
    rows = []
    for doc in docs:
        positions: dict[str, list[str]] = {}
        position = 0
        for letter, stems in zip(PG_WEIGHT_LETTERS, _stems(doc, stem), strict=True):
            for term in stems:
                position += 1
                slots = positions.setdefault(term, [])
                if len(slots) < MAX_POSITIONS_PER_LEXEME:
                    slots.append(f"{position}{letter}")
            position += 1  # an empty position: no phrase runs from one field into the next
        literal = " ".join(f"{_lexeme(lex)}:{','.join(pos)}" for lex, pos in positions.items())
        rows.append({"article_id": doc.article_id, "terms": literal})
    return rows


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def write_documents(
    session: Session,
    docs: Sequence[IndexDocument],
    *,
    replace: bool = True,
    stem: Stemmer | None = None,
) -> None:
    """Index ``docs`` inside the caller's transaction (``replace=False`` for new stories)."""
    if not docs:
        return
    if _is_sqlite(session):
        if replace:
            delete_documents(session, [d.article_id for d in docs])
        session.execute(
            text(
                f"INSERT INTO {_FTS_TABLE} (rowid, headline, dek, body, tags) "
                "VALUES (:rowid, :headline, :dek, :body, :tags)"
            ),
            fts5_rows(docs, stem),
        )
        return
    session.execute(
        text(
            f"INSERT INTO {_PG_TABLE} (article_id, terms) "
            "VALUES (:article_id, CAST(:terms AS tsvector)) "
            "ON CONFLICT (article_id) DO UPDATE SET terms = excluded.terms"
        ),
        tsvector_rows(docs, stem),
    )


def delete_documents(session: Session, article_ids: Sequence[int]) -> None:
    if not article_ids:
        return
    if _is_sqlite(session):
        statement = text(f"DELETE FROM {_FTS_TABLE} WHERE rowid IN :ids")
    else:
        statement = text(f"DELETE FROM {_PG_TABLE} WHERE article_id IN :ids")
    session.execute(statement.bindparams(bindparam("ids", expanding=True)), {"ids": article_ids})


def documents_for(session: Session, article_ids: Sequence[int]) -> list[IndexDocument]:
    """The searchable text of the given stories, read from the articles and their tags."""
    if not article_ids:
        return []
    ids = list(article_ids)
    tags: dict[int, list[str]] = {}
    for article_id, name in session.execute(
        select(ArticleTagRecord.article_id, TagRecord.name)
        .join(TagRecord, TagRecord.id == ArticleTagRecord.tag_id)
        .where(ArticleTagRecord.article_id.in_(ids))
        .order_by(ArticleTagRecord.article_id, ArticleTagRecord.position)
    ):
        tags.setdefault(article_id, []).append(name)
    rows = session.execute(
        select(
            ArticleRecord.id,
            ArticleRecord.headline,
            ArticleRecord.kicker,
            ArticleRecord.dek,
            ArticleRecord.body,
        )
        .where(ArticleRecord.id.in_(ids))
        .order_by(ArticleRecord.id)
    )
    return [IndexDocument.of(*row, tags.get(row[0], [])) for row in rows]


def refresh(session: Session, article_ids: Sequence[int]) -> None:
    """Index these stories again from what is stored, in the caller's transaction.

    For writes that change a story's searchable text without going through ``StoryService``'s
    save (renaming or merging a tag changes the tags of every story that carries it).
    """
    write_documents(session, documents_for(session, article_ids), replace=True)


def _article_id_chunks(session: Session, size: int) -> Iterator[list[int]]:
    last = 0
    while True:
        ids = list(
            session.scalars(
                select(ArticleRecord.id)
                .where(ArticleRecord.id > last)
                .order_by(ArticleRecord.id)
                .limit(size)
            )
        )
        if not ids:
            return
        yield ids
        last = ids[-1]


#: FTS5's buffer of new index entries (its ``hashsize`` setting, 1 MiB by default): when it
#: is full, FTS5 writes the entries out as a new segment, and segments are merged again and
#: again as they pile up. A large write fills a bigger one (:func:`large_write`).
FTS5_HASHSIZE: Final = 1024 * 1024
LARGE_WRITE_HASHSIZE: Final = 64 * 1024 * 1024


@contextmanager
def large_write(session: Session, hashsize: int = LARGE_WRITE_HASHSIZE) -> Iterator[None]:
    """For the rest of a transaction that indexes many stories (SQLite): FTS5 buffers up to
    ``hashsize`` bytes of new entries before writing a segment, then the old size again.

    Fewer, larger segments need fewer merges: 20,000 imported stories' rows in chunks of 200
    cost FTS5 2.4 s of CPU with the default and 1.6 s with 64 MiB (the same index content).
    The memory is taken only as entries are buffered. The setting is stored in the index's
    ``search_index_config`` table, so it is set back before the block ends (a rollback
    undoes it anyway); a database that never had it set keeps a row saying the default.
    """
    if not _is_sqlite(session):
        yield
        return
    before = session.execute(
        text(f"SELECT v FROM {_FTS_TABLE}_config WHERE k = 'hashsize'")
    ).scalar_one_or_none()
    _fts5_setting(session, "hashsize", hashsize)
    yield
    _fts5_setting(session, "hashsize", FTS5_HASHSIZE if before is None else int(before))


def _fts5_setting(session: Session, name: str, value: int) -> None:
    session.execute(
        text(f"INSERT INTO {_FTS_TABLE} ({_FTS_TABLE}, rank) VALUES (:name, :value)"),
        {"name": name, "value": value},
    )


def rebuild(session: Session, *, stem: Stemmer | None = None, chunk: int = 500) -> int:
    """Empty the index and index every story again; return how many were indexed."""
    if _is_sqlite(session):
        session.execute(text(f"DELETE FROM {_FTS_TABLE}"))
    else:
        session.execute(text(f"DELETE FROM {_PG_TABLE}"))
    count = 0
    with large_write(session):
        for ids in _article_id_chunks(session, chunk):
            docs = documents_for(session, ids)
            write_documents(session, docs, replace=False, stem=stem)
            count += len(docs)
    if _is_sqlite(session):
        # Merge the b-trees written chunk by chunk into one: smaller and faster to query.
        session.execute(text(f"INSERT INTO {_FTS_TABLE} ({_FTS_TABLE}) VALUES ('optimize')"))
    return count


# -- queries ---------------------------------------------------------------------------------


def _fts_string(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _fts5_clause(clause: Clause) -> str:
    if clause.kind == "prefix":
        start = _fts_string(clause.terms[0]) + "*"
        if not clause.also:
            return start
        return "(" + " OR ".join([start, *(_fts_string(t) for t in clause.also)]) + ")"
    # A word is one stem; a phrase is its stems in one quoted string (consecutive positions).
    return _fts_string(" ".join(clause.terms))


def compile_fts5(query: ParsedQuery) -> str:
    """An FTS5 MATCH expression; every term is a quoted string, so it is always valid."""
    expression = "(" + " AND ".join(_fts5_clause(c) for c in query.positive) + ")"
    for clause in query.negative:
        expression += f" NOT {_fts5_clause(clause)}"
    return expression


def _tsquery_clause(clause: Clause) -> str:
    if clause.kind == "prefix":
        start = f"{_lexeme(clause.terms[0])}:*"
        if not clause.also:
            return start
        return "(" + " | ".join([start, *(_lexeme(t) for t in clause.also)]) + ")"
    if clause.kind == "phrase":
        return "(" + " <-> ".join(_lexeme(t) for t in clause.terms) + ")"
    return _lexeme(clause.terms[0])


def compile_tsquery(query: ParsedQuery) -> str:
    """The same query as a ``tsquery`` literal (cast, never parsed by a text search config)."""
    parts = [_tsquery_clause(c) for c in query.positive]
    parts += [f"!{_tsquery_clause(c)}" for c in query.negative]
    return " & ".join(parts)


@compiles(Table, "sqlite")
def _table_with_sqlite_hint(element: Table, compiler: Any, **kw: Any) -> str:
    """SQLAlchemy's SQLite dialect drops table hints (``Select.with_hint``); render them, so
    a statement can name its index (``INDEXED BY``). Tables without a hint are unchanged."""
    rendered: str = compiler.visit_table(element, **kw)
    hints = kw.get("fromhints")
    if kw.get("asfrom") and hints and element in hints:
        rendered += f" {hints[element]}"
    return rendered


def _sqlite_matches(query: ParsedQuery, clauses: Sequence[Any]) -> Any:
    fts = table(_FTS_TABLE, column("rowid"))
    rowid = fts.c.rowid
    score = -func.bm25(literal_column(_FTS_TABLE), *FTS5_WEIGHTS)
    articles = ArticleRecord.__table__
    statement = (
        select(rowid.label("id"), score.label("score"))
        .select_from(fts.join(articles, ArticleRecord.id == rowid))
        .where(text(f"{_FTS_TABLE} MATCH :fts_query").bindparams(fts_query=compile_fts5(query)))
        # Each hit is checked against the filters in this narrow index, not in the story's
        # row (bodies and all); the planner would pick the rowid lookup (migration 0009).
        .with_hint(articles, f"INDEXED BY {FILTER_INDEX}", "sqlite")
    )
    if clauses:
        statement = statement.where(and_(*clauses))
    return statement, rowid


def _pg_matches(query: ParsedQuery, clauses: Sequence[Any]) -> Any:
    docs = table(_PG_TABLE, column("article_id"), column("terms"))
    tsquery = text("CAST(:ts_query AS tsquery)").bindparams(ts_query=compile_tsquery(query))
    # ts_rank's weights are {D, C, B, A}: tags, body, dek, headline.
    weights: Any = literal_column("'{0.1, 0.2, 0.4, 1.0}'::float4[]")
    statement = (
        select(
            docs.c.article_id.label("id"),
            func.ts_rank(weights, docs.c.terms, tsquery).label("score"),
        )
        .select_from(docs.join(ArticleRecord.__table__, ArticleRecord.id == docs.c.article_id))
        .where(docs.c.terms.op("@@")(tsquery), *clauses)
    )
    return statement, docs.c.article_id


def _matches(session: Session, query: ParsedQuery, clauses: Sequence[Any]) -> Any:
    if _is_sqlite(session):
        return _sqlite_matches(query, clauses)
    return _pg_matches(query, clauses)


@dataclass(frozen=True, slots=True)
class Matches:
    """One page of matching ids and how many match in all."""

    rows: list[SearchRow]
    total: int
    #: False when more than ``total`` stories match (a filtered search stops counting past
    #: COUNT_LIMIT: counting them all was not worth its cost).
    exact: bool = True


def search(
    session: Session,
    query: ParsedQuery,
    clauses: Sequence[Any] = (),
    *,
    offset: int = 0,
    limit: int | None = 50,
    count: bool = True,
    only_untrashed: bool = False,
) -> Matches:
    """Matching ids best first (see the module text), and how many match in all.

    ``clauses`` are WHERE clauses over ``ArticleRecord`` (the list filters).
    ``only_untrashed`` says they are just the default "not in the trash", which SQLite can then
    count exactly without checking every match; with other filters the count stops past
    :data:`COUNT_LIMIT`. ``limit=None`` returns every match; with ``count=False`` the total is
    only the length of what was returned.
    """
    end = None if limit is None else offset + limit
    sqlite = _is_sqlite(session)
    expression = compile_fts5(query) if sqlite else ""
    # Stories matching the expression, trash included, once counted.
    matching: int | None = None
    if sqlite:
        if count and only_untrashed:
            # Counted first: the total needs it anyway, and every term of the query is in at
            # least this many stories, which can spare probing how common each one is.
            matching = _sqlite_count(session, expression)
        ranked, has_more = _sqlite_ranked(
            session, query, expression, clauses, only_untrashed, matching
        )
    else:
        ranked, has_more = _pg_ranked(session, query, clauses)
    rows = ranked[offset:end]
    if not has_more:
        return Matches(rows, len(ranked))
    if count and sqlite and only_untrashed and end is not None and end <= len(ranked):
        # The common case, a first page: no SQL expression to build (that cost about 1 ms).
        return Matches(rows, _sqlite_untrashed_count(session, expression, matching))
    statement, key = _matches(session, query, clauses)
    # Every match not ranked is older than the ranked window (the newest matches).
    older = statement.with_only_columns(key).where(key < min(r.id for r in ranked))
    if end is None or end > len(ranked):
        # Older matches than the ranked window, newest first.
        rest = older.order_by(key.desc())
        skip = max(offset - len(ranked), 0)
        if skip:
            rest = rest.offset(skip)
        if end is not None:
            rest = rest.limit(end - max(offset, len(ranked)))
        rows += [SearchRow(row_id, 0.0) for row_id in session.scalars(rest).all()]
    if not count:
        return Matches(rows, len(rows))
    if only_untrashed and sqlite:
        return Matches(rows, _sqlite_untrashed_count(session, expression, matching))
    if only_untrashed:  # PostgreSQL: the GIN index counts without the filter checks
        everything = select(func.count()).select_from(older.subquery())
        return Matches(rows, len(ranked) + int(session.scalar(everything) or 0))
    # Count on from the ranked window, and only until the total passes COUNT_LIMIT.
    room = max(COUNT_LIMIT - len(ranked), 0) + 1
    counted = int(
        session.scalar(select(func.count()).select_from(older.limit(room).subquery())) or 0
    )
    if counted < room:
        return Matches(rows, len(ranked) + counted)
    return Matches(rows, len(ranked) + room - 1, exact=False)


#: A term found in more stories than this carries no ranking weight: bm25 would first walk its
#: whole list of stories to weigh it (58-136 ms for a word in most of 100k stories), and its
#: weight is small anyway. When every term of a query is that common, the order is newest first.
COMMON_TERM_STORIES: Final = 10_000


def _raw(session: Session) -> Any:
    """The sqlite3 connection under the session's transaction: the ranking reads a thousand
    rows per search, and SQLAlchemy's row processing cost more than the query itself."""
    return session.connection().connection.dbapi_connection


def _sqlite_count(session: Session, expression: str) -> int:
    return int(_raw(session).execute(_COUNT_SQL, (expression,)).fetchone()[0])


def _sqlite_rank_expression(session: Session, query: ParsedQuery, matching: int | None) -> str:
    """The query's terms that are rare enough to rank by, as one MATCH expression (or '').

    ``matching`` is how many stories match the whole query, when counted already. Each of its
    terms is in at least that many, so past COMMON_TERM_STORIES every one is common; a query of
    one word or prefix is in exactly that many. Otherwise each term is probed: a walk over up
    to COMMON_TERM_STORIES of its stories (0.5-1 ms at 100,000 stories; 2-4 ms for a prefix,
    as each walk first merges the lists of all the words it expands to).
    """
    if matching is not None and matching > COMMON_TERM_STORIES:
        return ""
    positive = query.positive
    one_term = not query.negative and len(positive) == 1 and positive[0].kind != "phrase"
    if matching is not None and one_term:
        return _fts5_clause(positive[0])
    raw = _raw(session)
    rare: list[str] = []
    for clause in positive:
        # A phrase ranks by its words: bm25 first counts the stories that hold each of its
        # phrases, and for a phrase that means matching positions in every story holding all
        # its words (14 ms for "في تونس" at 20,000 stories, 4 more to probe it here).
        if clause.kind == "phrase":
            expressions = [_fts_string(term) for term in clause.terms]
        else:
            expressions = [_fts5_clause(clause)]
        for expression in expressions:
            if expression in rare:
                continue
            if raw.execute(_PROBE_SQL, (expression, COMMON_TERM_STORIES)).fetchone() is None:
                rare.append(expression)
    return " AND ".join(rare)


_PROBE_SQL: Final = f"SELECT rowid FROM {_FTS_TABLE} WHERE {_FTS_TABLE} MATCH ? LIMIT 1 OFFSET ?"
_COUNT_SQL: Final = f"SELECT count(*) FROM {_FTS_TABLE} WHERE {_FTS_TABLE} MATCH ?"
_NEWEST_SQL: Final = (
    f"SELECT rowid FROM {_FTS_TABLE} WHERE {_FTS_TABLE} MATCH ? ORDER BY rowid DESC LIMIT ?"
)
_SCORES_SQL: Final = (
    f"SELECT rowid, -bm25({_FTS_TABLE}, {', '.join(str(w) for w in FTS5_WEIGHTS)}) "
    f"FROM {_FTS_TABLE} WHERE {_FTS_TABLE} MATCH ? AND rowid >= ?"
)


def _sqlite_ranked(
    session: Session,
    query: ParsedQuery,
    expression: str,
    clauses: Sequence[Any],
    only_untrashed: bool,
    matching: int | None,
) -> tuple[list[SearchRow], bool]:
    raw = _raw(session)
    trashed = {row[0] for row in raw.execute(_TRASHED_SQL, (SMALL_TRASH + 1,))}
    if only_untrashed and len(trashed) <= SMALL_TRASH:
        # The newest matches straight from the index, minus the trash: a join would look every
        # candidate up in the articles table.
        newest = raw.execute(_NEWEST_SQL, (expression, RANK_CANDIDATES + len(trashed)))
        candidates = [row[0] for row in newest if row[0] not in trashed][:RANK_CANDIDATES]
    else:
        statement, key = _sqlite_matches(query, clauses)
        candidates = list(
            session.scalars(
                statement.with_only_columns(key).order_by(key.desc()).limit(RANK_CANDIDATES)
            ).all()  # one fetchall: iterating fetched row by row
        )
    has_more = len(candidates) == RANK_CANDIDATES
    rank_expression = _sqlite_rank_expression(session, query, matching) if candidates else ""
    if not rank_expression:
        # Nothing to weigh: the candidates are already newest first, which is the order.
        return [SearchRow(i, 0.0) for i in candidates], has_more
    scores: dict[int, float] = {}
    wanted = set(candidates)
    for row_id, score in raw.execute(_SCORES_SQL, (rank_expression, candidates[-1])):
        if row_id in wanted:
            scores[row_id] = score
    order = sorted(((scores.get(i, 0.0), i) for i in candidates), reverse=True)
    return [SearchRow(i, score) for score, i in order], has_more


_TRASHED_SQL: Final = "SELECT id FROM articles WHERE trashed_at IS NOT NULL LIMIT ?"
#: Up to this many stories in the trash are subtracted in Python rather than joined.
SMALL_TRASH: Final = 2000


def _sqlite_untrashed_count(session: Session, expression: str, matching: int | None) -> int:
    """Matches of the MATCH ``expression`` minus those in the trash, without a lookup per
    match (the trash is small); ``matching`` is its count with the trash, when known."""
    matches = _sqlite_count(session, expression) if matching is None else matching
    trashed = (
        _raw(session)
        .execute(
            f"SELECT count(*) FROM {_FTS_TABLE} WHERE {_FTS_TABLE} MATCH ? AND rowid IN "
            "(SELECT id FROM articles WHERE trashed_at IS NOT NULL)",
            (expression,),
        )
        .fetchone()[0]
    )
    return int(matches) - int(trashed)


def _pg_ranked(
    session: Session, query: ParsedQuery, clauses: Sequence[Any]
) -> tuple[list[SearchRow], bool]:
    statement, key = _pg_matches(query, clauses)
    candidates = statement.order_by(key.desc()).limit(RANK_CANDIDATES).subquery()
    ranked = [
        SearchRow(row.id, float(row.score))
        for row in session.execute(
            select(candidates.c.id, candidates.c.score).order_by(
                candidates.c.score.desc(), candidates.c.id.desc()
            )
        )
    ]
    return ranked, len(ranked) == RANK_CANDIDATES


def headlines_and_text(
    session: Session, article_ids: Sequence[int]
) -> dict[int, tuple[str, str, str]]:
    """(headline, dek, body) of each story, for building snippets."""
    if not article_ids:
        return {}
    if _is_sqlite(session):
        ids = list(article_ids)
        marks = ",".join("?" * len(ids))
        return {
            row[0]: (row[1], row[2], row[3])
            for row in _raw(session).execute(
                f"SELECT id, headline, dek, body FROM articles WHERE id IN ({marks})", ids
            )
        }
    rows = session.execute(
        select(
            ArticleRecord.id, ArticleRecord.headline, ArticleRecord.dek, ArticleRecord.body
        ).where(ArticleRecord.id.in_(list(article_ids)))
    )
    return {row[0]: (row[1], row[2], row[3]) for row in rows}


def like_scan(
    session: Session, needle: str, clauses: Sequence[Any] = (), limit: int = 50
) -> list[int]:
    """A naive substring scan over headline and body: the benchmark's baseline, not a search."""
    pattern = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    statement = (
        select(ArticleRecord.id)
        .where(
            (ArticleRecord.headline.like(pattern, escape="\\"))
            | (ArticleRecord.body.like(pattern, escape="\\")),
            *clauses,
        )
        .order_by(ArticleRecord.id.desc())
        .limit(limit)
    )
    return list(session.scalars(statement))
