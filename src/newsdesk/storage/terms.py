"""The term index behind related-story suggestions: per-story term counts and corpus statistics.

Kept up to date inside the transaction that saves a story (``StoryService`` calls
:func:`index_article`). Writes are batched per transaction: the new terms of every story saved
are held in ``session.info`` and written just before the commit, with the document frequencies
changed by one aggregated upsert. An import of thousands of stories thus writes each changed
``story_term_stats`` row once, not once per story, and a rolled-back transaction leaves nothing.

Document frequency and the corpus totals live in their own tables so a suggestion never counts
postings: the cost of a call grows with the posting lists of the story's distinctive terms, not
with the size of the newsroom.

A term whose document frequency crosses ``STOP_DF`` becomes a *stop term* (``stop`` in
``story_term_stats``): a suggestion would never read its postings (the default tuning reads at
most that many postings a call), so from then on its postings from story bodies are not stored
and those already stored are deleted before the commit; the ones from headlines stay, for the
panel's headline search (``related_queries.headline_matches``). Its ``df`` is no longer
counted. At 100,000 stories about 400 such terms held 7.3 of the 17.4 million rows.

Postings are held back (``_Held``, a few bytes each) and written once, before the commit, when
the transaction's stop terms are known: an import of 100,000 stories would otherwise write
about 3 million body postings of terms that cross the threshold later in the same file, then
delete them.

An import with a worker process on SQLite goes further (``SidePostings``): the worker writes
each story's postings into a scratch SQLite file as it analyses the story, and before the commit
this process copies those of the stories it kept into ``story_terms`` with one
``INSERT … SELECT``, the stop terms' body postings left out by the same rule. The rows then
never pass through this process's Python (binding 10 million rows one by one cost about 45 s of
it at 100,000 stories; the copy is SQLite's own loop).
"""

from __future__ import annotations

import operator
import sqlite3
import typing
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import datetime
from itertools import chain, compress, count, filterfalse, repeat
from pathlib import Path
from typing import Any, Final

from sqlalchemy import (
    Float,
    Index,
    String,
    Table,
    and_,
    cast,
    delete,
    event,
    func,
    insert,
    literal,
    or_,
    select,
    union_all,
    update,
)
from sqlalchemy.orm import Session
from sqlalchemy.schema import CreateIndex, DropIndex

from newsdesk.core.domain import PUBLIC_STATUSES, Status
from newsdesk.core.similarity import (
    DEFAULT_TUNING,
    PackedCounts,
    TermCounts,
    Tuning,
    count_terms,
)
from newsdesk.storage import import_queries
from newsdesk.storage.models import (
    ArticleRecord,
    ArticleTagRecord,
    StoryTermRecord,
    StoryTermStatRecord,
    StoryTermTotalsRecord,
)

_PENDING_KEY = "newsdesk_term_index"
_BULK_KEY = "newsdesk_term_index_bulk"
#: Rows queued (as ``PackedCounts``) before they are counted and held compactly (bounds memory
#: during a large import; also when terms crossing ``STOP_DF`` are looked for).
_FLUSH_ROWS = 200_000
#: Postings held (``_Held``, about 12 bytes each) before a mid-transaction write: 100,000
#: imported stories hold about 13 million.
_HOLD_POSTINGS = 20_000_000
#: A transaction writing more rows than this into a table holding at most as many (SQLite)
#: drops the covering term index and builds it again before the commit (see ``_bulk_load``).
BULK_ROWS = _FLUSH_ROWS
#: The inline table of query terms is padded to a multiple of this many rows.
QUERY_ROWS_STEP = 16
#: A term found in more stories than this becomes a stop term (see the module's docstring):
#: the default tuning never reads a term with more postings than its budget.
STOP_DF = DEFAULT_TUNING.posting_budget


#: ``_Pending.old`` of an article whose terms this transaction has written already: a re-save
#: reads them back (holding every written story's term set would cost about 10 kB a story).
_WRITTEN: Final[tuple[AbstractSet[str], int]] = (frozenset(), -1)


class _Held:
    """New postings kept back until the stop terms of the transaction are known.

    Each story's terms are numbers into one vocabulary, with their title and body counts, in
    arrays: about 12 bytes a posting, where a row tuple costs about 100.
    """

    def __init__(self) -> None:
        self.numbers: dict[str, int] = {}
        self.names: list[str] = []
        #: (article id, document length, term numbers, title counts, body counts).
        self.stories: list[tuple[int, int, array[int], array[int], array[int]]] = []
        self.articles: set[int] = set()
        self.postings = 0

    def add(self, article_id: int, counts: PackedCounts) -> None:
        # In term order (``PackedCounts`` are): SQLite builds the covering ``(term, …)`` index
        # about a third faster from rows sorted within each story (at 20,000 stories: 4.1 →
        # 2.3 s).
        terms = counts.terms
        numbers = self.numbers
        for term in filterfalse(numbers.__contains__, terms):
            numbers[term] = len(self.names)
            self.names.append(term)
        self.stories.append(
            (
                article_id,
                counts.length,
                array("i", map(numbers.__getitem__, terms)),
                counts.title,
                counts.body,
            )
        )
        self.articles.add(article_id)
        self.postings += len(terms)

    def rows(self, stop: AbstractSet[str]) -> Iterator[tuple[int, str, int, int, int]]:
        """The ``story_terms`` rows held, in story order: a stop term's only from headlines."""
        kept = [name not in stop for name in self.names]
        names = self.names
        for article_id, length, numbers, title, body in self.stories:
            # Built by compress, map and zip, in C: about 130 rows a story.
            wanted = list(map(operator.or_, map(kept.__getitem__, numbers), title))
            yield from zip(
                repeat(article_id),
                map(names.__getitem__, compress(numbers, wanted)),
                compress(title, wanted),
                compress(body, wanted),
                repeat(length),
            )

    def clear(self) -> None:
        self.stories.clear()
        self.articles.clear()
        self.postings = 0


class SidePostings:
    """A scratch SQLite file of postings that an import's worker process writes as it analyses
    stories, copied into ``story_terms`` before the import's commit (SQLite only).

    Each story's rows are stored under a key the import hands out (its place in the file), in
    the worker's own short transactions: row ``n`` of the story keyed ``k`` has the rowid
    ``k << KEY_SHIFT | n``, so a story's rows are one rowid range and the table needs no index
    (one would cost the worker about a third more). The file is in WAL mode: this process
    reads a story's rows (``stored_terms``) while the worker goes on writing. Keys of stories
    the import did not keep (near-duplicates, a chunk analysed in the writing process) are
    never copied.
    """

    SCHEMA: Final = "newsdesk_side"
    #: Rows a story may have: more terms than a body within the length limit can hold.
    KEY_SHIFT: Final = 20

    def __init__(self, path: Path) -> None:
        self.path = path
        self._attached_to: Any = None

    @classmethod
    def create(cls, path: Path) -> SidePostings:
        """A new, empty file at ``path``."""
        connection = sqlite3.connect(path, isolation_level=None)
        try:
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute(
                "CREATE TABLE postings (term TEXT NOT NULL, title_tf INTEGER NOT NULL, "
                "body_tf INTEGER NOT NULL, doc_length INTEGER NOT NULL)"
            )
        finally:
            connection.close()
        return cls(path)

    def store(
        self, first_key: int, counts: Sequence[PackedCounts], stop: AbstractSet[str] = frozenset()
    ) -> bool:
        """Write the postings of stories keyed ``first_key``, ``first_key + 1``… (in the
        worker process; committed when this returns); False, and nothing written, when a
        story has more terms than a key holds.

        ``stop``: terms known to be stop terms already, whose body postings ``copy`` would
        leave out anyway (a term never stops being one within a transaction): not written.
        At 100,000 stories stop terms hold about 7 of the 17 million postings.
        """
        if any(len(story.terms) >> self.KEY_SHIFT for story in counts):
            return False
        # The rows' values one after the other, inserted ``_ROWS_A_STATEMENT`` rows a
        # statement: SQLite then steps once for many rows instead of once a row (the worker's
        # inserts 290 -> 190 us a story, measured on 5,000 corpus stories).
        values = list(
            chain.from_iterable(
                chain.from_iterable(_side_rows(key << self.KEY_SHIFT, story, stop))
                for key, story in enumerate(counts, first_key)
            )
        )
        whole = len(values) - len(values) % _VALUES_A_STATEMENT
        connection = sqlite3.connect(self.path, isolation_level=None, timeout=60)
        try:
            # A scratch file: if the machine stops, the import's transaction is lost anyway.
            connection.execute("PRAGMA synchronous = OFF")
            connection.execute("BEGIN IMMEDIATE")
            cursor = connection.cursor()
            many = _side_insert(_ROWS_A_STATEMENT)
            for start in range(0, whole, _VALUES_A_STATEMENT):
                cursor.execute(many, values[start : start + _VALUES_A_STATEMENT])
            if whole < len(values):
                rest = values[whole:]
                cursor.execute(_side_insert(len(rest) // _SIDE_COLUMNS), rest)
            connection.execute("COMMIT")
        finally:
            connection.close()
        return True

    def stored_terms(self, key: int) -> tuple[set[str], int] | None:
        """The terms stored under ``key`` and the story's length (None: no row)."""
        first = key << self.KEY_SHIFT
        connection = sqlite3.connect(self.path, timeout=60)
        try:
            rows = connection.execute(
                "SELECT term, doc_length FROM postings WHERE rowid BETWEEN ? AND ?",
                (first, first + (1 << self.KEY_SHIFT) - 1),
            ).fetchall()
        finally:
            connection.close()
        if not rows:
            return None
        return {r[0] for r in rows}, rows[0][1]

    def copy(
        self, session: Session, stories: Sequence[tuple[int, int]], stop: AbstractSet[str]
    ) -> None:
        """Copy the postings of ``stories`` ((key, article id), both ascending) into
        ``story_terms`` in the session's transaction, a stop term's only from headlines (what
        ``_Held.rows`` writes). Once per transaction: the file is read as it was then."""
        connection = session.connection().connection.dbapi_connection
        cursor = connection.cursor()  # type: ignore[union-attr]
        try:
            cursor.execute(f"ATTACH DATABASE ? AS {self.SCHEMA}", (str(self.path),))
            # SQLite refuses to detach inside the transaction.
            self._attached_to = connection
            event.listen(session, "after_commit", self._detach, once=True)
            event.listen(session, "after_rollback", self._detach, once=True)
            cursor.execute(
                "CREATE TEMP TABLE newsdesk_side_ids "
                "(story INTEGER PRIMARY KEY, article_id INTEGER NOT NULL)"
            )
            cursor.execute("CREATE TEMP TABLE newsdesk_side_stop (term TEXT PRIMARY KEY)")
            cursor.executemany("INSERT INTO temp.newsdesk_side_ids VALUES (?, ?)", stories)
            cursor.executemany(
                "INSERT INTO temp.newsdesk_side_stop VALUES (?)", [(t,) for t in sorted(stop)]
            )
            # Read in rowid order, the rows come in the order of the keys, which ascend with
            # the article ids: they go into ``story_terms`` in its key order.
            cursor.execute(
                f"INSERT INTO {StoryTermRecord.__tablename__} ({', '.join(_TERM_COLUMNS)}) "
                "SELECT i.article_id, p.term, p.title_tf, p.body_tf, p.doc_length "
                f"FROM {self.SCHEMA}.postings AS p CROSS JOIN temp.newsdesk_side_ids AS i "
                f"WHERE i.story = p.rowid >> {self.KEY_SHIFT} "
                "AND (p.title_tf > 0 OR p.term NOT IN temp.newsdesk_side_stop)"
            )
            cursor.execute("DROP TABLE temp.newsdesk_side_ids")
            cursor.execute("DROP TABLE temp.newsdesk_side_stop")
        finally:
            cursor.close()

    def _detach(self, _session: Session) -> None:
        connection, self._attached_to = self._attached_to, None
        if connection is not None:
            with suppress(sqlite3.Error):  # a broken connection is discarded anyway
                connection.execute(f"DETACH DATABASE {self.SCHEMA}")


#: Columns of a ``SidePostings`` row, and rows written by one statement: 750 values, under
#: the 999 a statement older SQLite versions allow.
_SIDE_COLUMNS: Final = 5
_ROWS_A_STATEMENT: Final = 150
_VALUES_A_STATEMENT: Final = _SIDE_COLUMNS * _ROWS_A_STATEMENT


def _side_insert(rows: int) -> str:
    """The statement inserting ``rows`` rows of ``SidePostings``."""
    return "INSERT INTO postings (rowid, term, title_tf, body_tf, doc_length) VALUES " + ", ".join(
        repeat("(?, ?, ?, ?, ?)", rows)
    )


def _side_rows(
    first_rowid: int, counts: PackedCounts, stop: AbstractSet[str]
) -> Iterator[tuple[int, str, int, int, int]]:
    """``SidePostings`` rows of one story, without the body postings of ``stop`` terms."""
    terms: Iterable[str] = counts.terms
    title: Iterable[int] = counts.title
    body: Iterable[int] = counts.body
    if stop:
        # Kept: not a stop term, or in the headline (``_Held.rows``' rule).
        wanted = list(map(operator.or_, [term not in stop for term in counts.terms], title))
        terms, title, body = (
            compress(terms, wanted),
            compress(title, wanted),
            compress(body, wanted),
        )
    return zip(count(first_rowid), terms, title, body, repeat(counts.length))


def stop_terms(session: Session) -> frozenset[str]:
    """The stop terms known in the session's transaction so far (see ``SidePostings.store``)."""
    return frozenset(_stop_terms(session, _pending(session)))


def use_side_postings(session: Session, side: SidePostings) -> bool:
    """Let ``index_counts(…, side_key=…)`` name postings stored in ``side`` for the rest of
    the session's transaction; False (and nothing changed) where the backend is not SQLite."""
    if session.get_bind().dialect.name != "sqlite":
        return False
    _pending(session).side = side
    return True


@dataclass
class _Pending:
    new: dict[int, PackedCounts] = field(default_factory=dict)
    #: The terms and length each article had in the database when this transaction first
    #: touched it (None: it was not indexed), so frequencies are corrected exactly once.
    old: dict[int, tuple[AbstractSet[str], int] | None] = field(default_factory=dict)
    rows: int = 0
    #: Document frequency and totals changes not written yet: a large transaction writes them
    #: once, before the commit, instead of at each of its mid-transaction writes.
    df: Counter[str] = field(default_factory=Counter)
    documents: int = 0
    length: int = 0
    #: Stop terms, stored and marked in this transaction (None: not read yet), and the
    #: stored document frequencies looked up so far, for telling which terms cross.
    stop: set[str] | None = None
    stored_df: dict[str, int] = field(default_factory=dict)
    #: Terms marked in this transaction: marked and their body postings deleted at the end.
    marked: set[str] = field(default_factory=set)
    #: Postings counted but not written yet.
    held: _Held = field(default_factory=_Held)
    #: The import's scratch file of postings (``SidePostings``) and, for each story whose
    #: postings are in it and not copied yet, (its key there, article id), in save order.
    side: SidePostings | None = None
    side_new: dict[int, int] = field(default_factory=dict)
    #: Article id → key of the stories counted whose postings wait in ``side``.
    side_keys: dict[int, int] = field(default_factory=dict)


def _pending(session: Session) -> _Pending:
    pending = session.info.get(_PENDING_KEY)
    if pending is None:
        pending = session.info[_PENDING_KEY] = _Pending()
        from sqlalchemy import event

        event.listen(session, "before_commit", flush_pending)
    return pending


def index_article(
    session: Session, article_id: int, headline: str, dek: str, body: str, *, new: bool = False
) -> None:
    """Queue the terms of one saved story; they are written before the transaction commits.

    ``new`` says the article was inserted in this transaction, which spares a lookup of terms
    it cannot have yet.
    """
    index_counts(session, article_id, count_terms(headline, dek, body), new=new)


def index_counts(
    session: Session,
    article_id: int,
    counts: TermCounts | PackedCounts,
    *,
    new: bool,
    side_key: int | None = None,
) -> None:
    """:func:`index_article` for a caller that has counted the terms already (an import stems
    each body once for this index and the search index, and packs the counts in its worker).

    ``side_key``: the story's postings are stored under that key in the scratch file given to
    :func:`use_side_postings` (an import's worker wrote them); they are copied from there
    before the commit instead of being held here.
    """
    if isinstance(counts, TermCounts):
        counts = PackedCounts.of(counts)
    pending = _pending(session)
    if article_id in pending.held.articles:
        _write_held(session, pending)  # its postings are read back below
    old = pending.old.get(article_id, _WRITTEN)
    if old is _WRITTEN:
        known = article_id in pending.old
        if article_id in pending.side_keys:
            # Read from the scratch file, and never copied (it is counted again below).
            assert pending.side is not None
            pending.old[article_id] = pending.side.stored_terms(pending.side_keys.pop(article_id))
        elif new and not known:
            pending.old[article_id] = None
        else:
            pending.old[article_id] = _stored_terms(session, article_id)
    pending.new[article_id] = counts
    pending.side_new.pop(article_id, None)
    if side_key is not None and pending.side is not None:
        pending.side_new[article_id] = side_key
    pending.rows += len(counts.terms)
    if pending.rows >= _FLUSH_ROWS:
        _bulk_load(session, pending.rows)
        flush_pending(session, final=False)


def _covering_index() -> Index:
    table = typing.cast(Table, StoryTermRecord.__table__)
    (index,) = table.indexes
    return index


def _bulk_load(session: Session, rows: int) -> None:
    """A large write into a (nearly) empty term table on SQLite: drop the covering index now,
    build it again just before the commit.

    Each ``story_terms`` row goes into three b-trees (the table, its primary key and the
    covering ``(term, article_id, …)`` index); rows arrive in story order, so the covering
    index takes them at random places, which is most of the cost of an import of thousands
    of stories. One sort when the index is built is several times cheaper. The index is
    dropped inside the transaction: a rollback (a bad record, a cancel) brings it back; other
    connections keep reading their snapshot, which still has it. Only when the table holds
    few rows, so the rebuild never costs more than the writes it saves.
    """
    if session.info.get(_BULK_KEY) or session.get_bind().dialect.name != "sqlite":
        return
    if rows < BULK_ROWS:
        return
    with session.no_autoflush:
        stored = session.execute(
            select(func.count()).select_from(
                select(StoryTermRecord.article_id).limit(BULK_ROWS + 1).subquery()
            )
        ).scalar_one()
        if stored > BULK_ROWS:
            return
        session.execute(DropIndex(_covering_index()))
    session.info[_BULK_KEY] = True
    event.listen(session, "before_commit", _end_bulk_load, once=True)
    event.listen(session, "after_rollback", _forget_bulk_load, once=True)


def _end_bulk_load(session: Session) -> None:
    """Before the commit (after ``flush_pending``, which was listened for first): build the
    covering index over everything written."""
    if session.info.pop(_BULK_KEY, False):
        session.execute(CreateIndex(_covering_index()))


def _forget_bulk_load(session: Session) -> None:
    """A rollback brought the index back."""
    session.info.pop(_BULK_KEY, None)


def _stored_terms(session: Session, article_id: int) -> tuple[set[str], int] | None:
    with session.no_autoflush:
        rows = session.execute(
            select(StoryTermRecord.term, StoryTermRecord.doc_length).where(
                StoryTermRecord.article_id == article_id
            )
        ).all()
    if not rows:
        return None
    return {r[0] for r in rows}, rows[0][1]


def flush_pending(session: Session, *, final: bool = True) -> None:
    """Count the queued terms, then (``final``, before the commit) write the postings held, the
    frequencies and the totals.

    ``final=False`` (in the middle of a large transaction) counts the queued stories and holds
    their postings compactly, writing nothing unless more than ``_HOLD_POSTINGS`` are held: a
    term may still cross ``STOP_DF`` later in the transaction, and then its body postings are
    not to be written at all. The frequency and totals changes also wait for the final call: in
    an import of 100,000 stories the same tens of thousands of ``story_term_stats`` rows would
    otherwise be upserted again about a hundred times. Nothing reads them inside the
    transaction that writes the stories.
    """
    pending: _Pending | None = session.info.get(_PENDING_KEY)
    if pending is None:
        return
    with session.no_autoflush:
        stop = _stop_terms(session, pending)
        df_delta = pending.df
        for article_id, counts in pending.new.items():
            old = pending.old.get(article_id)
            if old is not None:
                df_delta.subtract(old[0] - stop)
                pending.documents -= 1
                pending.length -= old[1]
            df_delta.update(filterfalse(stop.__contains__, counts.terms))
            pending.documents += 1
            pending.length += counts.length
        # Frequencies first, so a term crossing now keeps none of this write's body postings.
        _mark_crossing(session, pending, stop)
        stale = [a for a in pending.new if pending.old.get(a) is not None]
        for chunk in _chunks(stale, 500):
            session.execute(delete(StoryTermRecord).where(StoryTermRecord.article_id.in_(chunk)))
        for article_id, counts in pending.new.items():
            side_key = pending.side_new.get(article_id)
            if side_key is None:
                pending.held.add(article_id, counts)
            else:
                pending.side_keys[article_id] = side_key
        pending.side_new.clear()
        if final:
            _check_articles(session, pending)
            _apply_df(session, df_delta)
            _apply_totals(session, pending.documents, pending.length)
            _store_marks(session, pending.marked)
            _write_held(session, pending)
            _copy_side(session, pending)
            df_delta.clear()
            pending.documents = pending.length = 0
            # The next transaction of this session reads what this one wrote.
            pending.stop, pending.marked = None, set()
            pending.stored_df.clear()
            pending.side = None
        elif pending.held.postings > _HOLD_POSTINGS:
            _write_held(session, pending)
    # What was written is now the stored state for any later re-save in this transaction.
    for article_id in pending.new:
        pending.old[article_id] = _WRITTEN
    pending.new.clear()
    pending.rows = 0


def _check_articles(session: Session, pending: _Pending) -> None:
    """An import writing without foreign-key checks (``Database.write(foreign_keys=False)``):
    every story this transaction writes terms for exists, as the check would have made sure
    row by row (about 40 % of copying the postings at 20,000 stories)."""
    if not pending.old or not import_queries.foreign_keys_off(session):
        return
    for chunk in _chunks(sorted(pending.old), 500):
        if import_queries.count_articles(session, chunk) != len(chunk):
            raise RuntimeError("story terms of a story that does not exist: not written")


def _write_held(session: Session, pending: _Pending) -> None:
    """Write the postings held, leaving out the body postings of the stop terms known now
    (``_store_marks`` deletes those of a term marked later)."""
    if pending.held.postings:
        with session.no_autoflush:
            _insert_terms(session, pending.held.rows(_stop_terms(session, pending)))
    pending.held.clear()


def _copy_side(session: Session, pending: _Pending) -> None:
    """Before the commit: copy the postings waiting in the scratch file (``SidePostings``)."""
    if pending.side_keys:
        assert pending.side is not None
        stories = sorted((key, article_id) for article_id, key in pending.side_keys.items())
        with session.no_autoflush:
            pending.side.copy(session, stories, _stop_terms(session, pending))
    pending.side_keys.clear()


def _stop_terms(session: Session, pending: _Pending) -> set[str]:
    """The stop terms (read once per transaction; the set grows as terms cross)."""
    if pending.stop is None:
        pending.stop = set(
            session.scalars(select(StoryTermStatRecord.term).where(StoryTermStatRecord.stop))
        )
    return pending.stop


def _mark_crossing(session: Session, pending: _Pending, stop: set[str]) -> None:
    """Add to ``stop`` (and ``pending.marked``) the terms whose document frequency crosses
    ``STOP_DF`` with this transaction's changes so far.

    Only a crossing marks a term: one already past the threshold in an index built before stop
    terms existed keeps its postings until a rebuild (the upgrade purges nothing), which
    suggestions skip by the budget anyway.
    """
    rising = [t for t, n in pending.df.items() if n > 0 and t not in stop]
    stored = pending.stored_df
    unknown = [t for t in rising if t not in stored]
    for chunk in _chunks(sorted(unknown), 500):
        found = dict(
            session.execute(
                select(StoryTermStatRecord.term, StoryTermStatRecord.df).where(
                    StoryTermStatRecord.term.in_(chunk)
                )
            ).all()
        )
        for term in chunk:
            stored[term] = found.get(term, 0)
    for term in rising:
        before = stored[term]
        if before <= STOP_DF < before + pending.df[term]:
            stop.add(term)
            pending.marked.add(term)


def _store_marks(session: Session, marked: AbstractSet[str]) -> None:
    """Mark the terms that crossed in this transaction and delete their body postings
    (those written before they crossed: in earlier transactions, or in this one when it held
    more than ``_HOLD_POSTINGS``).

    A desk saving on PostgreSQL while another marks a term may still write a posting of it
    (it read the marks before): a stray row that no suggestion reads, since marked terms are
    left out whatever their postings.
    """
    for chunk in _chunks(sorted(marked), 500):
        session.execute(
            update(StoryTermStatRecord).where(StoryTermStatRecord.term.in_(chunk)).values(stop=True)
        )
        session.execute(
            delete(StoryTermRecord).where(
                StoryTermRecord.term.in_(chunk), StoryTermRecord.title_tf == 0
            )
        )


_TERM_COLUMNS = ("article_id", "term", "title_tf", "body_tf", "doc_length")


def _insert_terms(session: Session, rows: Iterable[tuple[int, str, int, int, int]]) -> None:
    """Insert ``story_terms`` rows: about 190 a story, so an import writes millions.

    SQLAlchemy's insert paths cost more per row than SQLite's write (the ORM bulk path
    collects each row's parameters, Core builds them again per row): on SQLite the rows go
    to the driver's ``executemany`` as tuples, in the transaction of the session.
    """
    if session.get_bind().dialect.name != "sqlite":
        statement = insert(typing.cast(Table, StoryTermRecord.__table__))
        batch: list[dict[str, Any]] = []
        for row in rows:
            batch.append(dict(zip(_TERM_COLUMNS, row, strict=True)))
            if len(batch) == _FLUSH_ROWS:
                session.execute(statement, batch)
                batch = []
        if batch:
            session.execute(statement, batch)
        return
    sql = (
        f"INSERT INTO {StoryTermRecord.__tablename__} ({', '.join(_TERM_COLUMNS)}) "
        f"VALUES ({', '.join('?' * len(_TERM_COLUMNS))})"
    )
    _executemany(session, sql, rows)


def _executemany(session: Session, sql: str, rows: Iterable[tuple[Any, ...]]) -> None:
    """SQLite only: ``rows`` through the driver's ``executemany``, in the session's
    transaction."""
    cursor = session.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        # sqlite3 takes any iterable and streams it (held postings are never a list of tuples).
        cursor.executemany(sql, typing.cast(Sequence[tuple[Any, ...]], rows))
    finally:
        cursor.close()


def _chunks(items: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _upsert(session: Session, model: Any) -> Any:
    # The dialect's own INSERT (for ON CONFLICT), imported when first needed: the PostgreSQL
    # dialect package is a noticeable part of a SQLite desk's start-up otherwise.
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects import postgresql

        return postgresql.insert(model)
    from sqlalchemy.dialects import sqlite

    return sqlite.insert(model)


def _apply_df(session: Session, delta: Counter[str]) -> None:
    changes = [(t, n) for t, n in sorted(delta.items()) if n]
    if not changes:
        return
    if session.get_bind().dialect.name == "sqlite":
        # Tens of thousands of rows after a large import: the driver's executemany, as
        # ``_insert_terms`` (SQLAlchemy builds a parameter dict per row otherwise).
        table = StoryTermStatRecord.__tablename__
        _executemany(
            session,
            f"INSERT INTO {table} (term, df) VALUES (?, ?) "
            f"ON CONFLICT (term) DO UPDATE SET df = {table}.df + excluded.df",
            changes,
        )
    else:
        # Sorted terms: two desks saving at once on PostgreSQL lock rows in the same order.
        statement = _upsert(session, StoryTermStatRecord)
        statement = statement.on_conflict_do_update(
            index_elements=["term"], set_={"df": StoryTermStatRecord.df + statement.excluded.df}
        )
        rows = [{"term": t, "df": n} for t, n in changes]
        for chunk in _chunks(rows, 5000):
            session.execute(statement, list(chunk))
    if any(n < 0 for n in delta.values()):
        session.execute(delete(StoryTermStatRecord).where(StoryTermStatRecord.df <= 0))


def _apply_totals(session: Session, documents: int, length: int) -> None:
    statement = _upsert(session, StoryTermTotalsRecord)
    statement = statement.on_conflict_do_update(
        index_elements=["id"],
        set_={
            "documents": StoryTermTotalsRecord.documents + statement.excluded.documents,
            "total_length": StoryTermTotalsRecord.total_length + statement.excluded.total_length,
        },
    )
    session.execute(statement, [{"id": 1, "documents": documents, "total_length": length}])


def clear(session: Session) -> None:
    """Drop the whole index (a rebuild follows)."""
    session.info.pop(_PENDING_KEY, None)
    session.execute(delete(StoryTermRecord))
    session.execute(delete(StoryTermStatRecord))
    session.execute(delete(StoryTermTotalsRecord))


# -- reading ------------------------------------------------------------------------------------


def totals(session: Session) -> tuple[int, float]:
    """(indexed stories, average story length in terms)."""
    row = session.execute(
        select(StoryTermTotalsRecord.documents, StoryTermTotalsRecord.total_length).where(
            StoryTermTotalsRecord.id == 1
        )
    ).first()
    if row is None or row[0] <= 0:
        return 0, 1.0
    return row[0], row[1] / row[0]


def term_statistics(session: Session, terms: Iterable[str]) -> tuple[dict[str, int], set[str]]:
    """The document frequency of each of ``terms`` the index knows, and which are stop terms
    (a suggestion must leave those out: their postings are incomplete)."""
    wanted = sorted(set(terms))
    found: dict[str, int] = {}
    stop: set[str] = set()
    for chunk in _chunks(wanted, 500):
        rows = session.execute(
            select(
                StoryTermStatRecord.term, StoryTermStatRecord.df, StoryTermStatRecord.stop
            ).where(StoryTermStatRecord.term.in_(chunk))
        )
        for term, df, is_stop in rows:
            found[term] = df
            if is_stop:
                stop.add(term)
    return found, stop


def missing_articles(session: Session, limit: int | None = None) -> list[int]:
    """Stories that have no terms indexed (created before the index existed)."""
    query = (
        select(ArticleRecord.id)
        .where(
            ~select(StoryTermRecord.article_id)
            .where(StoryTermRecord.article_id == ArticleRecord.id)
            .exists()
        )
        .order_by(ArticleRecord.id)
    )
    if limit is not None:
        query = query.limit(limit)
    return list(session.scalars(query))


def article_count(session: Session) -> int:
    return session.scalar(select(func.count(ArticleRecord.id))) or 0


def article_texts(session: Session, ids: Sequence[int]) -> list[tuple[int, str, str, str]]:
    rows = session.execute(
        select(ArticleRecord.id, ArticleRecord.headline, ArticleRecord.dek, ArticleRecord.body)
        .where(ArticleRecord.id.in_(list(ids)))
        .order_by(ArticleRecord.id)
    )
    return [(r[0], r[1], r[2], r[3]) for r in rows]


def candidate_clauses(
    article_id: int, *, public_only: bool, now: datetime, exclude: Iterable[int] = ()
) -> list[Any]:
    """Which stories may be offered: not the story, not killed, trashed or under embargo."""
    # The trash and status tests are wrapped in coalesce() on purpose, so no index can serve
    # them: SQLite (without ANALYZE statistics) takes "trashed_at IS NULL AND status IN …" for
    # selective and walks nearly every story through that index, probing each against the
    # few ids the tags or the postings give, instead of looking those ids up by key. At
    # 100,000 stories that made the tag candidates cost about 50 ms a call instead of < 1 ms.
    trashed_at = func.coalesce(ArticleRecord.trashed_at, None)
    status = func.coalesce(ArticleRecord.status, "")
    clauses: list[Any] = [
        ArticleRecord.id != article_id,
        trashed_at.is_(None),
        status != Status.KILLED.value,
        or_(ArticleRecord.embargo_until.is_(None), ArticleRecord.embargo_until <= now),
    ]
    if public_only:
        clauses.append(status.in_(PUBLIC_STATUSES))
    excluded = list(exclude)
    if excluded:
        clauses.append(ArticleRecord.id.not_in(excluded))
    return clauses


def text_candidates(
    session: Session,
    weights: dict[str, float],
    avg_length: float,
    clauses: Sequence[Any],
    tuning: Tuning,
) -> list[tuple[int, float, int]]:
    """(id, BM25 score, shared terms) of the best ``tuning.pool`` stories by text.

    Σ over the query terms of weight(term) × BM25 tf of the term in the candidate, computed in
    the database over the posting lists of the given terms only.
    """
    if not weights:
        return []
    tf = cast(StoryTermRecord.title_tf, Float) * tuning.title_boost + cast(
        StoryTermRecord.body_tf, Float
    )
    norm = (1.0 - tuning.b) + tuning.b * cast(StoryTermRecord.doc_length, Float) / max(
        avg_length, 1.0
    )
    bm25 = tf * (tuning.k1 + 1.0) / (tf + tuning.k1 * norm)
    # The query terms and their weights as a small inline table joined on the term: the
    # term index then drives the scan, and no per-posting CASE over every term is evaluated.
    # (A UNION ALL of one-row selects: SQLite cannot name the columns of a VALUES list.)
    # Padded to a multiple of QUERY_ROWS_STEP with rows that match no term (terms have two
    # letters or more): the statement then has one of a few shapes, which SQLAlchemy compiles
    # once and caches, instead of once per distinct term count (about 20 ms a call).
    rows = sorted(weights.items())
    rows += [("", 0.0)] * (-len(rows) % QUERY_ROWS_STEP)
    query_terms = union_all(
        *(
            select(literal(term, String).label("term"), literal(weight, Float).label("weight"))
            for term, weight in rows
        )
    ).subquery("query_terms")
    postings = (
        select(
            StoryTermRecord.article_id.label("article_id"),
            func.sum(query_terms.c.weight * bm25).label("score"),
            func.count().label("shared"),
        )
        .select_from(query_terms)
        .join(StoryTermRecord, StoryTermRecord.term == query_terms.c.term)
        .group_by(StoryTermRecord.article_id)
        .subquery()
    )
    query = (
        select(postings.c.article_id, postings.c.score, postings.c.shared)
        .join(ArticleRecord, ArticleRecord.id == postings.c.article_id)
        .where(and_(*clauses))
        .order_by(postings.c.score.desc(), postings.c.article_id)
        .limit(tuning.pool)
    )
    return [(r[0], float(r[1]), int(r[2])) for r in session.execute(query)]


def tag_candidates(
    session: Session, tag_ids: Sequence[int], clauses: Sequence[Any], limit: int
) -> list[int]:
    """The newest stories that share a tag with the story (text may not find them)."""
    if not tag_ids:
        return []
    stamp = func.coalesce(ArticleRecord.published_at, ArticleRecord.updated_at)
    query = (
        select(ArticleRecord.id)
        .where(
            ArticleRecord.id.in_(
                select(ArticleTagRecord.article_id).where(ArticleTagRecord.tag_id.in_(tag_ids))
            ),
            and_(*clauses),
        )
        .order_by(stamp.desc(), ArticleRecord.id.desc())
        .limit(limit)
    )
    return list(session.scalars(query))


def candidate_facts(
    session: Session, ids: Sequence[int], tag_ids: Sequence[int]
) -> dict[int, tuple[int | None, datetime, int]]:
    """id → (section id, publication or update time, tags shared with ``tag_ids``)."""
    if not ids:
        return {}
    stamp = func.coalesce(ArticleRecord.published_at, ArticleRecord.updated_at)
    rows = session.execute(
        select(ArticleRecord.id, ArticleRecord.section_id, stamp).where(
            ArticleRecord.id.in_(list(ids))
        )
    ).all()
    shared: dict[int, int] = {}
    if tag_ids:
        shared = dict(
            session.execute(
                select(ArticleTagRecord.article_id, func.count())
                .where(
                    ArticleTagRecord.article_id.in_(list(ids)),
                    ArticleTagRecord.tag_id.in_(list(tag_ids)),
                )
                .group_by(ArticleTagRecord.article_id)
            ).all()
        )
    return {r[0]: (r[1], r[2], shared.get(r[0], 0)) for r in rows}
