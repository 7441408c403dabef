"""Migrations: the migrated schema equals the models, SQLite runs safely, files are backed up."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from newsdesk.storage.db import (
    Database,
    DatabaseError,
    include_object,
    open_database,
    script_heads,
)
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


def _migrated_to_an_older_revision(path: Path, index: int) -> tuple[Database, str]:
    """A SQLite file at ``path`` migrated only up to ``revisions[index]`` (newest first)."""
    database = Database(f"sqlite:///{path}")
    config = database.alembic_config()
    revisions = list(ScriptDirectory.from_config(config).walk_revisions())
    if len(revisions) < 2:
        pytest.skip("only one migration exists: nothing to upgrade from yet")
    older = revisions[index].revision
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, older)
    return database, older


def test_sqlite_file_is_backed_up_before_an_upgrade(tmp_path: Path) -> None:
    database, first = _migrated_to_an_older_revision(tmp_path / "newsroom.db", -1)
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


def test_the_heads_read_from_the_files_are_alembics(tmp_path: Path) -> None:
    database = Database(f"sqlite:///{tmp_path / 'n.db'}")
    assert script_heads() == {database.head_revision()}
    database.dispose()


def _fresh_process_open(url: str) -> dict[str, object]:
    """Open ``url`` the way the app starts, in a new interpreter; what did it load and do?"""
    code = (
        "import json, sys\n"
        "from newsdesk.storage.db import open_database\n"
        "database = open_database(sys.argv[1])\n"
        "revision = database.current_revision()\n"
        "database.dispose()\n"
        "print(json.dumps({'alembic': 'alembic' in sys.modules, 'revision': revision}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, url], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_a_schema_at_its_head_opens_without_importing_alembic(db_url: str) -> None:
    open_database(db_url).dispose()
    opened = _fresh_process_open(db_url)
    assert opened == {"alembic": False, "revision": next(iter(script_heads() or ()))}


def test_an_old_schema_is_still_backed_up_and_upgraded_at_start(tmp_path: Path) -> None:
    """The quick check must not hide an upgrade: a file one revision behind is copied, then
    brought to the head, by a fresh process that has not imported Alembic beforehand."""
    path = tmp_path / "newsroom.db"
    database, previous = _migrated_to_an_older_revision(path, 1)
    database.dispose()
    opened = _fresh_process_open(f"sqlite:///{path}")
    assert opened == {"alembic": True, "revision": database.head_revision()}
    backups = list(tmp_path.glob("newsroom.before-*.db"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (previous,)


def test_a_migration_file_that_hides_its_revision_leaves_the_decision_to_alembic(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``script_heads`` reads literals only; anything else means "ask Alembic"."""
    import newsdesk.storage.db as db_module

    versions = tmp_path / "migrations" / "versions"
    versions.mkdir(parents=True)
    (versions / "0001_a.py").write_text('revision = "0001"\ndown_revision = None\n')
    (versions / "0002_b.py").write_text('revision = "0002"\ndown_revision: str = "0001"\n')
    monkeypatch.setattr(db_module, "MIGRATIONS", tmp_path / "migrations")
    script_heads.cache_clear()
    try:
        assert script_heads() == {"0002"}
        (versions / "0003_c.py").write_text('revision = make_id()\ndown_revision = "0002"\n')
        script_heads.cache_clear()
        assert script_heads() is None
    finally:
        script_heads.cache_clear()


def test_a_database_from_a_newer_newsdesk_is_refused_untouched(db_url: str) -> None:
    """A schema revision this version does not ship is a newer Newsdesk's: say so, copy nothing."""
    open_database(db_url).dispose()
    database = Database(db_url)
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0099'"))
    with pytest.raises(DatabaseError, match="newer version of Newsdesk") as raised:
        database.upgrade()
    assert "0099" in str(raised.value)
    if database.path is not None:  # no copy "before" an upgrade that cannot happen
        assert [p.name for p in database.path.parent.glob("*before-*")] == []
    assert database.current_revision() == "0099"
    database.dispose()


def _story_terms_sql(database: Database) -> str:
    with database.engine.connect() as connection:
        return str(
            connection.exec_driver_sql(
                "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'story_terms'"
            ).scalar()
        )


def _story_terms_rows(database: Database) -> list[tuple[object, ...]]:
    with database.engine.connect() as connection:
        return [
            tuple(r)
            for r in connection.exec_driver_sql(
                "SELECT article_id, term, title_tf, body_tf, doc_length FROM story_terms "
                "ORDER BY article_id, term"
            )
        ]


def _story_terms_indexes(database: Database) -> list[str]:
    with database.engine.connect() as connection:
        return [
            r[1] for r in connection.exec_driver_sql("PRAGMA index_list('story_terms')") if r[1]
        ]


def test_story_terms_move_to_and_from_a_table_without_rowid(tmp_path: Path) -> None:
    """0012 stores ``story_terms`` in its primary key on SQLite; the rows, the covering index
    and the foreign key survive the upgrade and the downgrade."""
    from newsdesk.services.container import Services
    from newsdesk.services.dto import StoryInput

    database = open_database(f"sqlite:///{tmp_path / 'n.db'}")
    assert "WITHOUT ROWID" in _story_terms_sql(database)
    services = Services.create(database)
    for headline in ("أسعار النفط ترتفع في الأسواق", "الحكومة تناقش أسعار الخبز"):
        services.stories.create(StoryInput(headline=headline, body=headline + " اليوم."))
    rows = _story_terms_rows(database)
    assert len(rows) > 5
    config = database.alembic_config()
    for target, without_rowid in (("0011", False), ("head", True)):
        with database.engine.begin() as connection:
            config.attributes["connection"] = connection
            if target == "head":
                command.upgrade(config, target)
            else:
                command.downgrade(config, target)
        assert ("WITHOUT ROWID" in _story_terms_sql(database)) is without_rowid
        assert _story_terms_rows(database) == rows
        assert "ix_story_terms_term_article_id_title_tf_body_tf_doc_length" in (
            _story_terms_indexes(database)
        )
    # The foreign key still cascades: deleting a story deletes its terms.
    with database.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM articles WHERE id = 1")
    assert rows[0][0] == 1
    assert [r for r in _story_terms_rows(database) if r[0] == 1] == []
    assert _story_terms_rows(database) == [r for r in rows if r[0] != 1]
    database.dispose()
