"""Migrations: the migrated schema equals the models, SQLite runs safely, files are backed up."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from newsdesk.storage.db import Database, DatabaseError, include_object, open_database
from newsdesk.storage.models import Base


def test_migrated_schema_equals_the_models(database: Database) -> None:
    with database.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_object": include_object}
        )
        diff = compare_metadata(context, Base.metadata)
    assert diff == [], f"models and migrations differ: {diff}"
    assert database.current_revision() == database.head_revision()


def test_opening_twice_is_a_no_op(db_url: str) -> None:
    first = open_database(db_url)
    first.dispose()
    second = Database(db_url)
    assert second.upgrade() is None
    second.dispose()


def test_sqlite_runs_with_wal_foreign_keys_full_sync_and_busy_timeout(tmp_path: Path) -> None:
    database = open_database(f"sqlite:///{tmp_path / 'n.db'}")
    with database.engine.connect() as connection:
        pragma = lambda name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("foreign_keys") == 1
        assert pragma("synchronous") == 2  # FULL
        assert pragma("busy_timeout") >= 5000
    database.dispose()


def test_sqlite_file_is_backed_up_before_an_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "newsroom.db"
    database = Database(f"sqlite:///{path}")
    config = database.alembic_config()
    revisions = list(ScriptDirectory.from_config(config).walk_revisions())
    if len(revisions) < 2:
        pytest.skip("only one migration exists: nothing to upgrade from yet")
    first = revisions[-1].revision
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, first)
    with database.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO sections (id, uuid, name, slug, position, description) "
                "VALUES (1, '0123456789abcdef0123456789abcdef', 'سياسة', 'politics', 0, '')"
            )
        )
    backup = database.upgrade()
    assert backup is not None and backup.exists()
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT name FROM sections").fetchall() == [("سياسة",)]
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (first,)
    assert database.current_revision() == database.head_revision()
    database.dispose()


def test_a_file_that_is_not_a_database_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("this is not a database\n" * 100, encoding="utf-8")
    with pytest.raises(DatabaseError, match="cannot open the database"):
        open_database(f"sqlite:///{path}")
    assert path.read_text(encoding="utf-8").startswith("this is not a database")


def test_unsupported_url_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="unsupported"):
        Database("mysql://localhost/news")
