"""The full-text search index: SQLite FTS5 or a PostgreSQL tsvector table, one behaviour.

Neither database's own tokenizer is trusted with Arabic (FTS5's ``unicode61`` folds no hamza,
no ta marbuta, no alef maqsura; PostgreSQL's parser depends on the server locale). Instead the
index stores what :mod:`newsdesk.core.text` makes of the text, computed here in Python, and the
query side is compiled from the same normalised terms (:mod:`newsdesk.core.search_query`):

* ``headline``, ``dek`` (with the kicker), ``body`` and ``tags`` hold :func:`text.search_terms`
  — each normalised token followed by its light stem — so a query stem matches every spelling.
  Ranking weights them headline > dek > body > tags (bm25 column weights on SQLite, ``setweight``
  A/B/C/D on PostgreSQL).
* ``phrase`` holds the stem of every token of the four fields, one per position, so a quoted
  phrase still finds its words next to each other (a token and its stem cannot share a position
  in FTS5) and ignores clitics ("وزارة الصحة" finds "لوزارة الصحة").

SQLite: a regular FTS5 table ``search_index`` keyed by the article id (rowid), tokenised by
``unicode61`` without diacritic folding; the stored text is already space-separated tokens, so
the tokenizer only splits on the spaces. A trigger deletes a story's row with the story.
PostgreSQL: ``search_documents`` (article id, foreign key with ON DELETE CASCADE) with two
tsvector columns built from literals (lexemes, positions, weights given exactly, no parser
involved) and a GIN index on each.

Both give the same hits on the same data; the limits that keep that true are applied here for
both: words longer than :data:`MAX_TERM_CHARS` are not indexed, and the phrase column keeps the
first 16,383 positions (PostgreSQL's largest position). PostgreSQL also keeps at most 256
positions of one lexeme, so a phrase made of a word repeated more often than that in one story
can be missed there.

Ranking cost. Scoring every hit of a word found in most stories cost 58-136 ms at 100k stories
(PERFORMANCE.md), so only the newest :data:`RANK_CANDIDATES` matching stories (by id, which is
the order they were added) are scored and sorted best first; the older matches follow them
newest first. For rarer queries that is every hit, ranked.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import and_, bindparam, column, func, literal_column, select, table, text
from sqlalchemy.orm import Session

from newsdesk.core import text as textcore
from newsdesk.core.search_query import MAX_TERM_CHARS, Clause, ParsedQuery
from newsdesk.storage.models import ArticleRecord, ArticleTagRecord, TagRecord

__all__ = [
    "FIELDS",
    "RANK_CANDIDATES",
    "IndexDocument",
    "SearchRow",
    "compile_fts5",
    "compile_tsquery",
    "delete_documents",
    "documents_for",
    "fts5_rows",
    "rebuild",
    "search",
    "tsvector_rows",
    "write_documents",
]

FIELDS: Final = ("headline", "dek", "body", "tags")
#: bm25 weights of headline, dek, body, tags and the phrase column.
FTS5_WEIGHTS: Final = (8.0, 4.0, 2.0, 1.0, 2.0)
PG_WEIGHT_LETTERS: Final = ("A", "B", "C", "D")
#: PostgreSQL's largest tsvector position; the phrase column is cut there on both backends.
MAX_POSITION: Final = 16383
#: PostgreSQL keeps at most 256 positions of one lexeme.
MAX_POSITIONS_PER_LEXEME: Final = 256
#: How many of the newest matches are scored and sorted by relevance (see the module text).
RANK_CANDIDATES: Final = 1000

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

    @classmethod
    def of(
        cls,
        article_id: int,
        headline: str,
        kicker: str,
        dek: str,
        body: str,
        tag_names: Iterable[str],
    ) -> IndexDocument:
        """The document of a story's fields: the kicker is searched with the dek."""
        return cls(
            article_id=article_id,
            headline=headline,
            dek=f"{kicker}\n{dek}" if kicker else dek,
            body=body,
            tags="\n".join(tag_names),
        )


@dataclass(frozen=True, slots=True)
class SearchRow:
    id: int
    score: float


# -- documents -------------------------------------------------------------------------------


def _field_terms(value: str, stem: Stemmer | None) -> tuple[list[str], list[str]]:
    """(tokens+stems for the weighted column, one stem per token for the phrase column)."""
    if stem is None:
        pairs = textcore.token_stems(value)
    else:
        pairs = [(token, stem(token)) for token in textcore.tokens(value)]
    terms: list[str] = []
    kept: list[str] = []
    for token, stemmed in pairs:
        if len(token) > MAX_TERM_CHARS:
            continue
        terms.append(token)
        if stemmed != token:
            terms.append(stemmed)
        kept.append(stemmed)
    return terms, kept


@dataclass(frozen=True, slots=True)
class _Terms:
    article_id: int
    fields: tuple[list[str], list[str], list[str], list[str]]
    phrase: list[str]


def _terms(doc: IndexDocument, stem: Stemmer | None) -> _Terms:
    per_field: list[list[str]] = []
    phrase: list[str] = []
    for value in (doc.headline, doc.dek, doc.body, doc.tags):
        terms, stems = _field_terms(value, stem)
        per_field.append(terms)
        phrase.extend(stems)
    return _Terms(
        doc.article_id,
        (per_field[0], per_field[1], per_field[2], per_field[3]),
        phrase[:MAX_POSITION],
    )


def fts5_rows(docs: Iterable[IndexDocument], stem: Stemmer | None = None) -> list[dict[str, Any]]:
    """Rows for the FTS5 table: each column is its terms joined by spaces."""
    rows = []
    for doc in docs:
        t = _terms(doc, stem)
        row: dict[str, Any] = {"rowid": t.article_id, "phrase": " ".join(t.phrase)}
        for name, terms in zip(FIELDS, t.fields, strict=True):
            row[name] = " ".join(terms)
        rows.append(row)
    return rows


def _lexeme(term: str) -> str:
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


def _tsvector(positions: dict[str, list[str]]) -> str:
    return " ".join(f"{_lexeme(lex)}:{','.join(pos)}" for lex, pos in positions.items())


def tsvector_rows(
    docs: Iterable[IndexDocument], stem: Stemmer | None = None
) -> list[dict[str, Any]]:
    """Rows for ``search_documents``: tsvector literals with exact positions and weights."""
    rows = []
    for doc in docs:
        t = _terms(doc, stem)
        weighted: dict[str, list[str]] = {}
        position = 0
        for letter, terms in zip(PG_WEIGHT_LETTERS, t.fields, strict=True):
            for term in terms:
                position = min(position + 1, MAX_POSITION)
                slots = weighted.setdefault(term, [])
                if len(slots) < MAX_POSITIONS_PER_LEXEME:
                    slots.append(f"{position}{letter}")
        phrase: dict[str, list[str]] = {}
        for index, term in enumerate(t.phrase, start=1):
            slots = phrase.setdefault(term, [])
            if len(slots) < MAX_POSITIONS_PER_LEXEME:
                slots.append(str(index))
        rows.append(
            {"article_id": t.article_id, "terms": _tsvector(weighted), "phrase": _tsvector(phrase)}
        )
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
                f"INSERT INTO {_FTS_TABLE} (rowid, headline, dek, body, tags, phrase) "
                "VALUES (:rowid, :headline, :dek, :body, :tags, :phrase)"
            ),
            fts5_rows(docs, stem),
        )
        return
    session.execute(
        text(
            f"INSERT INTO {_PG_TABLE} (article_id, terms, phrase) "
            "VALUES (:article_id, CAST(:terms AS tsvector), CAST(:phrase AS tsvector)) "
            "ON CONFLICT (article_id) DO UPDATE "
            "SET terms = excluded.terms, phrase = excluded.phrase"
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


def rebuild(session: Session, *, stem: Stemmer | None = None, chunk: int = 500) -> int:
    """Empty the index and index every story again; return how many were indexed."""
    if _is_sqlite(session):
        session.execute(text(f"DELETE FROM {_FTS_TABLE}"))
    else:
        session.execute(text(f"DELETE FROM {_PG_TABLE}"))
    count = 0
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


_WEIGHTED_COLUMNS: Final = "{" + " ".join(FIELDS) + "}"


def _fts5_clause(clause: Clause) -> str:
    if clause.kind == "phrase":
        return "phrase : " + _fts_string(" ".join(clause.terms))
    if clause.kind == "prefix":
        return f"{_WEIGHTED_COLUMNS} : {_fts_string(clause.terms[0])}*"
    stem = clause.terms[0]
    if clause.exact and clause.exact != stem:
        # The stem alone finds the same stories (the index stores it next to every spelling);
        # the exact spelling is OR-ed in so bm25 ranks it higher.
        return f"{_WEIGHTED_COLUMNS} : ({_fts_string(stem)} OR {_fts_string(clause.exact)})"
    return f"{_WEIGHTED_COLUMNS} : {_fts_string(stem)}"


def compile_fts5(query: ParsedQuery) -> str:
    """An FTS5 MATCH expression; every term is a quoted string, so it is always valid."""
    positive = " AND ".join(f"({_fts5_clause(c)})" for c in query.positive)
    expression = f"({positive})"
    for clause in query.negative:
        expression += f" NOT ({_fts5_clause(clause)})"
    return expression


def _tsquery_clause(clause: Clause) -> str:
    if clause.kind == "phrase":
        return "(" + " <-> ".join(_lexeme(t) for t in clause.terms) + ")"
    if clause.kind == "prefix":
        return f"{_lexeme(clause.terms[0])}:*"
    stem = clause.terms[0]
    if clause.exact and clause.exact != stem:
        return f"({_lexeme(stem)} | {_lexeme(clause.exact)})"
    return _lexeme(stem)


def compile_tsquery(query: ParsedQuery) -> tuple[str, str]:
    """(query over the weighted ``terms`` column, query over the ``phrase`` column); '' if none."""
    words: list[str] = []
    phrases: list[str] = []
    for clause in query.clauses:
        part = _tsquery_clause(clause)
        if clause.negated:
            part = f"!{part}"
        (phrases if clause.kind == "phrase" else words).append(part)
    return " & ".join(words), " & ".join(phrases)


def _sqlite_matches(query: ParsedQuery, clauses: Sequence[Any]) -> Any:
    fts = table(_FTS_TABLE, column("rowid"))
    rowid = fts.c.rowid
    score = -func.bm25(literal_column(_FTS_TABLE), *FTS5_WEIGHTS)
    statement = (
        select(rowid.label("id"), score.label("score"))
        .select_from(fts.join(ArticleRecord.__table__, ArticleRecord.id == rowid))
        .where(text(f"{_FTS_TABLE} MATCH :fts_query").bindparams(fts_query=compile_fts5(query)))
    )
    if clauses:
        statement = statement.where(and_(*clauses))
    return statement, rowid


def _pg_matches(query: ParsedQuery, clauses: Sequence[Any]) -> Any:
    docs = table(_PG_TABLE, column("article_id"), column("terms"), column("phrase"))
    words, phrases = compile_tsquery(query)
    conditions: list[Any] = []
    score: Any = literal_column("0.0")
    if words:
        word_query = text("CAST(:ts_words AS tsquery)").bindparams(ts_words=words)
        conditions.append(docs.c.terms.op("@@")(word_query))
        score = score + func.ts_rank(docs.c.terms, word_query)
    if phrases:
        phrase_query = text("CAST(:ts_phrases AS tsquery)").bindparams(ts_phrases=phrases)
        conditions.append(docs.c.phrase.op("@@")(phrase_query))
        score = score + func.ts_rank(docs.c.phrase, phrase_query)
    statement = (
        select(docs.c.article_id.label("id"), score.label("score"))
        .select_from(docs.join(ArticleRecord.__table__, ArticleRecord.id == docs.c.article_id))
        .where(and_(*conditions, *clauses))
    )
    return statement, docs.c.article_id


def _matches(session: Session, query: ParsedQuery, clauses: Sequence[Any]) -> Any:
    if _is_sqlite(session):
        return _sqlite_matches(query, clauses)
    return _pg_matches(query, clauses)


def search(
    session: Session,
    query: ParsedQuery,
    clauses: Sequence[Any] = (),
    *,
    offset: int = 0,
    limit: int | None = 50,
    count: bool = True,
) -> tuple[list[SearchRow], int]:
    """Matching ids best first (see the module text), and how many match in all.

    ``clauses`` are WHERE clauses over ``ArticleRecord`` (the list filters). ``limit=None``
    returns every match. With ``count=False`` the total is only the length of what was returned.
    """
    statement, key = _matches(session, query, clauses)
    candidates = statement.order_by(key.desc()).limit(RANK_CANDIDATES).subquery()
    ranked = [
        SearchRow(row.id, float(row.score))
        for row in session.execute(
            select(candidates.c.id, candidates.c.score).order_by(
                candidates.c.score.desc(), candidates.c.id.desc()
            )
        )
    ]
    rows: list[SearchRow]
    end = None if limit is None else offset + limit
    if len(ranked) < RANK_CANDIDATES:
        rows = ranked[offset:end]
        return rows, len(ranked)
    rows = ranked[offset:end]
    if end is None or end > len(ranked):
        # Older matches than the ranked window, newest first.
        oldest = min(r.id for r in ranked)
        rest = statement.where(key < oldest).order_by(key.desc())
        skip = max(offset - len(ranked), 0)
        if skip:
            rest = rest.offset(skip)
        if end is not None:
            rest = rest.limit(end - max(offset, len(ranked)))
        rows += [SearchRow(row.id, float(row.score)) for row in session.execute(rest)]
    if not count:
        return rows, len(rows)
    counted = select(func.count()).select_from(statement.subquery())
    return rows, int(session.scalar(counted) or 0)


def headlines_and_text(
    session: Session, article_ids: Sequence[int]
) -> dict[int, tuple[str, str, str]]:
    """(headline, dek, body) of each story, for building snippets."""
    if not article_ids:
        return {}
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
