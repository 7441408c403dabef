"""Engine set-up, transactions and start-up migrations.

SQLite is the default (one file per newsroom on a reporter's laptop) and PostgreSQL the shared
option. SQLite runs with WAL (readers never block the writer), foreign keys on, synchronous=FULL
(a committed story survives a power cut) and a busy timeout (a second process waits instead of
failing at once). Write transactions on SQLite start with ``BEGIN IMMEDIATE`` so that two
processes saving at once queue on the lock instead of one failing half-way with "database is
locked" when it tries to upgrade a read lock.

Every start checks that the schema is at the newest revision. That check is two cheap reads —
the ``alembic_version`` row, and the ``revision``/``down_revision`` lines of the migration
files — so Alembic (a third of a second to import) is loaded only when there is something to
upgrade, or when the files do not say plainly which revision is the head.
"""

from __future__ import annotations

import ast
import json
import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from newsdesk import __version__
from newsdesk.storage.errors import StorageError

if TYPE_CHECKING:
    from alembic.config import Config

BUSY_TIMEOUT_MS = 10_000

#: Tables and indexes that live outside the ORM models: the search index, built by hand per
#: dialect (FTS5 on SQLite, tsvector on PostgreSQL). Autogenerate and the schema test skip them.
UNMANAGED_PREFIXES = ("search_",)


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Alembic's filter: compare only what the models own."""
    return not (type_ in ("table", "index") and name and name.startswith(UNMANAGED_PREFIXES))


#: The Alembic environment and migration scripts, shipped inside the package.
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
#: Alembic's version table, and the two lines of a migration file that place it in the chain.
VERSION_TABLE = "alembic_version"
_CHAIN_LINE = re.compile(r"^(revision|down_revision)\s*(?::[^=]*)?=\s*(.+?)\s*$", re.MULTILINE)


@cache
def script_heads() -> frozenset[str] | None:
    """The head revision(s) of the shipped migrations, read from the files without Alembic.

    Each file's ``revision = "…"`` and ``down_revision = …`` lines are read as literals; a
    revision no other file names as its ``down_revision`` is a head. None when a file does not
    state them plainly (Alembic then decides).
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for entry in (MIGRATIONS / "versions").iterdir():
        if not entry.name.endswith(".py") or entry.name.startswith("_"):
            continue
        chain = dict(_CHAIN_LINE.findall(entry.read_text(encoding="utf-8")))
        try:
            revision = ast.literal_eval(chain["revision"])
            down = ast.literal_eval(chain["down_revision"])
        except (KeyError, ValueError, SyntaxError):
            return None
        if not isinstance(revision, str):
            return None
        revisions.add(revision)
        parents.update([down] if isinstance(down, str) else down or ())
    return frozenset(revisions - parents)


class DatabaseError(Exception):
    """A database could not be opened or upgraded; the message says which and why."""


def storage_error(exc: Exception) -> StorageError:
    """``exc`` (the driver's operational error, wrapped by SQLAlchemy or not) as a sentence
    for a person: the SQL statement it carries is left out."""
    original = getattr(exc, "orig", None) or exc
    detail = driver_detail(exc)
    said = detail.lower()
    state = getattr(original, "sqlstate", None) or ""
    if "database is locked" in said or "table is locked" in said or state in ("55P03", "40P01"):
        return StorageError(
            "the database is busy: another program kept it locked for more than {seconds} s; "
            "nothing was changed, try again",
            code="db.busy",
            seconds=f"{BUSY_TIMEOUT_MS / 1000:g}",
        )
    if "disk is full" in said or "no space left" in said or state.startswith("53"):
        return StorageError(
            "the disk that holds the database is full; nothing was changed", code="db.full"
        )
    if "readonly database" in said or "read-only" in said or state == "25006":
        return StorageError(
            "the database cannot be written (it is read-only here); nothing was changed",
            code="db.read_only",
        )
    return StorageError(
        "the database failed: {detail}; nothing was changed", code="db.failed", detail=detail
    )


def driver_detail(exc: Exception) -> str:
    """The first line of what the driver said (``exc`` wrapped by SQLAlchemy or not): without
    the SQL statement and the link to SQLAlchemy's pages that its own text carries."""
    original = getattr(exc, "orig", None) or exc
    return (str(original).strip().splitlines() or [type(original).__name__])[0]


def normalise_url(url: str) -> str:
    """Accept the spellings people type and return a SQLAlchemy URL.

    A bare path becomes a SQLite URL; ``postgresql://`` uses psycopg 3, the driver we ship.
    """
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser()}"
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def _on_sqlite_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's own handling defers it
    # and cannot do BEGIN IMMEDIATE).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
    finally:
        cursor.close()


#: ``Connection.info`` key: this connection's transaction runs without foreign-key checks,
#: switched on again when the connection goes back to the pool.
_CHECKS_OFF = "newsdesk_foreign_keys_off"
#: ``Connection.info`` key: this connection switched the file to a rollback journal for its
#: transaction; the write-ahead log goes back on when the connection returns to the pool.
_ROLLBACK_JOURNAL = "newsdesk_rollback_journal"


def _on_sqlite_begin(connection: Connection) -> None:
    options = connection.get_execution_options()
    if options.get("sqlite_foreign_keys") is False:
        # Only outside a transaction does SQLite take this pragma.
        connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
        connection.info[_CHECKS_OFF] = True
    if options.get("sqlite_rollback_journal") and _leave_wal(connection.connection):
        connection.info[_ROLLBACK_JOURNAL] = True
    immediate = options.get("sqlite_immediate", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _leave_wal(dbapi_connection: Any) -> bool:
    """Switch the file to a rollback journal; False (and the file left in WAL mode) when
    another connection has it open, which SQLite tells at once instead of waiting for it."""
    try:
        dbapi_connection.execute("PRAGMA busy_timeout = 0")
        (mode,) = dbapi_connection.execute("PRAGMA journal_mode = DELETE").fetchone()
    except sqlite3.OperationalError:  # "database is locked": someone else has it open
        return False
    finally:
        dbapi_connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return str(mode).lower() == "delete"


def _on_sqlite_checkin(dbapi_connection: Any, record: Any) -> None:
    """A connection back in the pool (its transaction ended) checks foreign keys again, and
    puts the file back in WAL mode if it took it out."""
    if dbapi_connection is None:
        return
    if record.info.pop(_CHECKS_OFF, False):
        dbapi_connection.execute("PRAGMA foreign_keys = ON")
    if record.info.pop(_ROLLBACK_JOURNAL, False):
        # Another process may have opened the file since and switched it back already, or
        # be reading it now (then the next connection anyone opens does it, see
        # ``_on_sqlite_connect``).
        with suppress(sqlite3.OperationalError):
            dbapi_connection.execute("PRAGMA journal_mode = WAL")


def _json_text(value: Any) -> str:
    """JSON columns on SQLite, Arabic kept as UTF-8 (the default escapes every letter as
    ``\\uXXXX``, six bytes instead of two: a revision's snapshot of a 2.5 kB body took 7.8 kB).
    Readers parse either form, so rows written before stay readable as they are."""
    return json.dumps(value, ensure_ascii=False)


class Database:
    """One open database: the engine and the sessions services work in."""

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = normalise_url(url)
        parsed = make_url(self.url)
        self.dialect = parsed.get_backend_name()
        self.path: Path | None = None
        if self.dialect == "sqlite":
            database = parsed.database or ""
            if database and database != ":memory:" and not database.startswith("file:"):
                self.path = Path(database).expanduser().resolve()
                try:
                    self.path.parent.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise DatabaseError(f"cannot create the folder for {self.path}: {exc}") from exc
            self.engine: Engine = create_engine(self.url, echo=echo, json_serializer=_json_text)
            event.listen(self.engine, "connect", _on_sqlite_connect)
            event.listen(self.engine, "begin", _on_sqlite_begin)
            event.listen(self.engine, "checkin", _on_sqlite_checkin)
        elif self.dialect == "postgresql":
            self.engine = create_engine(self.url, echo=echo, pool_pre_ping=True)
        else:
            raise DatabaseError(
                f"unsupported database {parsed.drivername!r}: use SQLite or PostgreSQL"
            )
        #: The errors ``read`` and ``write`` tell as ``StorageError``: SQLAlchemy's, and the
        #: driver's own where a query uses its cursor directly.
        driver = self.engine.dialect.dbapi
        self._refused: tuple[type[Exception], ...] = (OperationalError,) + (
            (driver.OperationalError,) if driver is not None else ()
        )
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        #: Writing sessions by (foreign keys checked, rollback journal asked for).
        self._writers = {
            (checked, rollback): sessionmaker(
                self.engine.execution_options(
                    sqlite_immediate=True,
                    sqlite_foreign_keys=checked,
                    sqlite_rollback_journal=rollback,
                ),
                expire_on_commit=False,
            )
            for checked in (True, False)
            for rollback in (False, True)
        }

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; rolled back at the end. The driver's operational errors
        come out as ``StorageError``."""
        try:
            with self._reader() as session:
                try:
                    yield session
                finally:
                    session.rollback()
        except self._refused as exc:
            raise storage_error(exc) from exc

    @contextmanager
    def write(
        self, *, foreign_keys: bool = True, rollback_journal: bool = False
    ) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error. The
        driver's operational errors (busy, disk full, read-only, …) come out as
        ``StorageError``.

        ``foreign_keys=False`` (SQLite; ignored elsewhere): the transaction's statements are
        not checked against foreign keys, and no ``ON DELETE`` action runs. For a bulk
        import, whose every reference is to a row it wrote or read in the same transaction
        (which ``BEGIN IMMEDIATE`` keeps from other writers) and which deletes no referenced
        row; it checks what it wrote before it commits (``import_queries.broken_references``).
        The per-row checks of the 3 million term postings of 20,000 stories alone cost about
        3.5 s of SQLite's CPU (12.6-14.3 s with them, 9.1-9.6 s without, in isolation).

        ``rollback_journal=True`` (SQLite; ignored elsewhere): the transaction is written with
        a rollback journal instead of the write-ahead log, which goes back on when it ends —
        if no other connection has the file open; else SQLite refuses the switch at once and
        the transaction runs in WAL mode as any other. In WAL mode every page a transaction
        writes is written twice: into the log, then into the file by the checkpoint after the
        commit. With a rollback journal only the pages the transaction changes are copied
        first; pages new to the file are written once. For a bulk import into a newsroom
        smaller than the file: a 100,000-story import writes 2.3 GB; it took 100-102 s against
        117-126 s in WAL mode, alternated on one machine, with 7 s of system time instead of
        18-25 s. The price: while it runs, nobody else can open the file (in WAL mode they
        could read what was committed before). So only a process that is alone on the file
        asks for it (the command line's import), and the other connections of this process
        that sit idle in the pool are closed first.
        """
        sqlite = self.is_sqlite
        if sqlite and rollback_journal:
            self.engine.pool.dispose()  # idle connections of this process would keep WAL on
        maker = self._writers[(foreign_keys or not sqlite, rollback_journal and sqlite)]
        try:
            with maker() as session, session.begin():
                yield session
        except self._refused as exc:
            raise storage_error(exc) from exc

    @contextmanager
    def commit_counter(self) -> Iterator[Callable[[], int | None]]:
        """A function that changes its answer when another connection has committed since,
        for callers that poll (``export site --watch``); it answers None where the backend
        has no such cheap counter (PostgreSQL): the caller must then look for itself.

        On SQLite it is ``PRAGMA data_version`` on a connection kept for it, which costs
        microseconds where reading what an export compares costs a fifth of a second.
        """
        if not self.is_sqlite:
            yield lambda: None
            return
        connection = self.engine.raw_connection()
        try:

            def counter() -> int | None:
                cursor = connection.cursor()
                try:
                    cursor.execute("PRAGMA data_version")
                    (version,) = cursor.fetchone() or (None,)
                    return None if version is None else int(version)
                finally:
                    cursor.close()

            yield counter
        finally:
            connection.close()

    def dispose(self) -> None:
        self.engine.dispose()

    # -- migrations ----------------------------------------------------------------------------

    def alembic_config(self) -> Config:
        from alembic.config import Config

        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        config.set_main_option("sqlalchemy.url", self.url.replace("%", "%%"))
        return config

    def current_revision(self) -> str | None:
        """The schema revision the database is at (None for a database never migrated)."""
        with self.engine.connect() as connection:
            if not inspect(connection).has_table(VERSION_TABLE):
                return None
            rows = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).all()
            if len(rows) <= 1:
                return rows[0][0] if rows else None
            from alembic.runtime.migration import MigrationContext

            # Several rows (branches): Alembic's own reading, which explains what is wrong.
            return MigrationContext.configure(connection).get_current_revision()

    def head_revision(self) -> str | None:
        """The newest revision of the shipped migrations (Alembic's reading of them)."""
        from alembic.script import ScriptDirectory

        return ScriptDirectory.from_config(self.alembic_config()).get_current_head()

    def _ships_revision(self, revision: str) -> bool:
        """Whether ``revision`` is one of the shipped migrations (else a newer Newsdesk's)."""
        from alembic.script import ScriptDirectory
        from alembic.util import CommandError

        try:
            return (
                ScriptDirectory.from_config(self.alembic_config()).get_revision(revision)
                is not None
            )
        except CommandError:  # alembic's ResolutionError is one
            return False

    def upgrade(self, *, backup_dir: Path | None = None) -> Path | None:
        """Bring the schema to the newest revision; return the backup taken, if any.

        A SQLite file that already holds data is copied (with SQLite's online backup, which is
        safe with WAL) before the first migration touches it, so a failed upgrade never costs
        a newsroom its archive.
        """
        try:
            current = self.current_revision()
            if current is not None and script_heads() == frozenset((current,)):
                return None  # at the head: the usual start, Alembic not even imported
            head = self.head_revision()
        except Exception as exc:  # driver errors: refused connection, not a database, …
            raise DatabaseError(
                f"cannot open the database {self.safe_url}: {driver_detail(exc)}"
            ) from exc
        if current == head:
            return None
        if current is not None and not self._ships_revision(current):
            # Written by a newer Newsdesk: nothing here can upgrade it, so nothing is copied
            # or touched, and the message says what to do instead of Alembic's lookup error.
            raise DatabaseError(
                f"{self.safe_url} was written by a newer version of Newsdesk (schema {current}; "
                f"this version {__version__} knows up to {head}): update Newsdesk to open it"
            )
        backup = None
        if current is not None and self.path is not None and self.path.exists():
            backup = self.backup_sqlite(backup_dir or self.path.parent, label=f"before-{head}")
        from alembic import command

        config = self.alembic_config()
        try:
            with self.engine.begin() as connection:
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
        except Exception as exc:
            where = f" (the data before the upgrade is in {backup})" if backup else ""
            raise DatabaseError(
                f"upgrading {self.safe_url} failed: {driver_detail(exc)}{where}"
            ) from exc
        return backup

    def backup_sqlite(self, folder: Path, *, label: str = "backup") -> Path:
        """Copy the SQLite file with the online backup API into ``folder``."""
        if self.path is None:
            raise DatabaseError("only a SQLite file can be backed up this way")
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        target = folder / f"{self.path.stem}.{label}.{stamp}{self.path.suffix or '.db'}"
        return self.backup_to(target)

    def backup_to(self, target: Path) -> Path:
        if self.path is None:
            raise DatabaseError("only a SQLite file can be backed up this way")
        target.parent.mkdir(parents=True, exist_ok=True)
        source = sqlite3.connect(self.path)
        try:
            dest = sqlite3.connect(target)
            try:
                source.backup(dest)
            finally:
                dest.close()
        finally:
            source.close()
        return target

    @property
    def safe_url(self) -> str:
        """The URL without its password, for messages."""
        return make_url(self.url).render_as_string(hide_password=True)


def open_database(url: str, *, migrate: bool = True) -> Database:
    """Open ``url`` and, unless told otherwise, apply pending migrations."""
    database = Database(url)
    if migrate:
        database.upgrade()
    return database
