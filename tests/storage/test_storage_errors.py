"""The database's refusals (another program's lock, a full disk, a read-only file) reach the
person as a sentence with a code, the transaction rolled back; never as a driver traceback."""

from __future__ import annotations

import argparse
import io
import sqlite3
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from newsdesk.cli import run_command
from newsdesk.storage import db as db_module
from newsdesk.storage.db import Database, StorageError, storage_error


def _database(path: Path) -> Database:
    database = Database(f"sqlite:///{path}")
    with database.write() as session:
        session.execute(text("CREATE TABLE notes (body TEXT)"))
        session.execute(text("INSERT INTO notes VALUES ('كان هنا')"))
    return database


def _notes(database: Database) -> list[str]:
    with database.read() as session:
        return [row[0] for row in session.execute(text("SELECT body FROM notes"))]


def test_a_write_while_another_program_holds_the_lock_is_refused_as_busy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 200)
    database = _database(tmp_path / "busy.db")
    other = sqlite3.connect(tmp_path / "busy.db", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StorageError) as caught, database.write() as session:
            session.execute(text("INSERT INTO notes VALUES ('لن يُكتب')"))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert caught.value.code == "db.busy" and caught.value.params == {"seconds": "0.2"}
    assert "SQL" not in str(caught.value) and "another program" in str(caught.value)
    assert _notes(database) == ["كان هنا"]
    database.dispose()


def test_a_full_disk_is_told_and_the_transaction_rolled_back(tmp_path: Path) -> None:
    database = _database(tmp_path / "full.db")
    with pytest.raises(StorageError) as caught, database.write() as session:
        session.execute(text("INSERT INTO notes VALUES ('قبل')"))
        pages = session.execute(text("PRAGMA page_count")).scalar_one()
        # SQLite answers a file that may not grow as it answers a full disk.
        session.execute(text(f"PRAGMA max_page_count = {pages}"))
        session.execute(text("INSERT INTO notes VALUES (:body)"), {"body": "ن" * 200_000})
    assert caught.value.code == "db.full"
    assert str(caught.value) == "the disk that holds the database is full; nothing was changed"
    assert _notes(database) == ["كان هنا"]
    database.dispose()


def test_a_read_only_database_refuses_writes_but_reads(tmp_path: Path) -> None:
    path = tmp_path / "ro.db"
    _database(path).dispose()
    database = Database(f"sqlite:///file:{path}?mode=ro&uri=true")
    assert _notes(database) == ["كان هنا"]
    with pytest.raises(StorageError) as caught, database.write() as session:
        session.execute(text("INSERT INTO notes VALUES ('لا')"))
    assert caught.value.code == "db.read_only"
    database.dispose()


def test_a_refusal_on_the_drivers_own_cursor_is_told_too(tmp_path: Path) -> None:
    """The export reads its input rows on the driver's cursor, whose errors SQLAlchemy never
    sees."""
    database = _database(tmp_path / "raw.db")
    with pytest.raises(StorageError) as caught, database.write() as session:
        cursor = session.connection().connection.cursor()
        cursor.execute("PRAGMA query_only = ON")
        cursor.execute("INSERT INTO notes VALUES ('لا')")
    assert caught.value.code == "db.read_only"
    database.dispose()


@pytest.mark.parametrize(
    ("sqlstate", "message", "code"),
    [
        ("55P03", "could not obtain lock on row", "db.busy"),
        ("40P01", "deadlock detected", "db.busy"),
        ("53100", "could not extend file: No space left on device", "db.full"),
        ("25006", "cannot execute INSERT in a read-only transaction", "db.read_only"),
        ("08006", "server closed the connection unexpectedly\nThis probably means", "db.failed"),
    ],
)
def test_postgresql_refusals_are_told_by_their_sqlstate(
    sqlstate: str, message: str, code: str
) -> None:
    driver_error = type("DriverError", (Exception,), {"sqlstate": sqlstate})(message)
    error = storage_error(OperationalError("INSERT INTO stories …", {}, driver_error))
    assert error.code == code
    assert "INSERT" not in str(error) or code == "db.read_only"
    if code == "db.failed":  # the first line of the driver's text, no statement
        assert error.params == {"detail": "server closed the connection unexpectedly"}


def test_the_command_line_says_it_and_exits_1() -> None:
    def refused(*_args: object) -> int:
        raise StorageError(
            "the disk that holds the database is full; nothing was changed", code="db.full"
        )

    err = io.StringIO()
    args = argparse.Namespace(handler=refused)
    status = run_command(SimpleNamespace(), args, io.StringIO(), err)  # type: ignore[arg-type]
    assert status == 1
    assert (
        err.getvalue()
        == "newsdesk: the disk that holds the database is full; nothing was changed\n"
    )


def test_a_ctrl_c_during_a_write_is_a_word_and_status_130_and_nothing_kept(
    tmp_path: Path,
) -> None:
    """Ctrl+C in the middle of a command's write: the transaction is rolled back, and the
    command says so in a word instead of a traceback, with the status shells give it."""
    database = _database(tmp_path / "n.db")

    def interrupted(_services: object, _args: object, _out: object) -> int:
        with database.write() as session:
            session.execute(text("INSERT INTO notes VALUES ('نصف كتابة')"))
            raise KeyboardInterrupt

    err = io.StringIO()
    args = argparse.Namespace(handler=interrupted)
    status = run_command(SimpleNamespace(), args, io.StringIO(), err)  # type: ignore[arg-type]
    assert status == 130 and err.getvalue() == "newsdesk: interrupted\n"
    assert _notes(database) == ["كان هنا"]
    database.dispose()
