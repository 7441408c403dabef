"""Shared fixtures. Qt must be told to draw offscreen before anything creates a QApplication."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep the tests' window settings and default database out of the developer's own folders.
import tempfile

_SANDBOX = tempfile.mkdtemp(prefix="newsdesk-tests-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_SANDBOX, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_SANDBOX, "data")
os.environ["XDG_CACHE_HOME"] = os.path.join(_SANDBOX, "cache")

import sys
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from newsdesk.services.container import Services
from newsdesk.storage.db import Database, open_database

#: A PostgreSQL server for the storage tests, e.g. postgresql+psycopg://postgres@127.0.0.1:55432/postgres
PG_URL = os.environ.get("NEWSDESK_TEST_PG_URL", "")
#: Set by .ci/run: a missing PostgreSQL is then a failure, not a skip.
REQUIRE_PG = os.environ.get("NEWSDESK_REQUIRE_PG") == "1"

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A file in ../shared, or a skip that says why when this checkout has none."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent (a checkout outside the Newsdesk workspace)")
    return path


@pytest.fixture
def shared():  # type: ignore[no-untyped-def]
    """``shared("corpus", "arabic_news.jsonl")``: a path in ../shared, or a clear skip."""
    return shared_path


class FakeClock:
    """A clock the test moves by hand, so times in outputs are exact."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 11, 20, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> datetime:
        self.now += timedelta(**kwargs)
        return self.now


def _pg_schema_url(schema: str) -> str:
    separator = "&" if "?" in PG_URL else "?"
    return f"{PG_URL}{separator}options=-csearch_path%3D{schema}"


@pytest.fixture(autouse=True)
def _no_export_process_left() -> Iterator[None]:
    """The app's export process stays for the next export (``services.export_job``): a test
    that started one leaves none behind (it holds the test's database open)."""
    yield
    export_job = sys.modules.get("newsdesk.services.export_job")
    if export_job is not None:
        export_job._EXPORTER.close()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database URL: a SQLite file, and a PostgreSQL schema of its own."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'newsroom.db'}"
        return
    if not PG_URL:
        if REQUIRE_PG:
            pytest.fail("NEWSDESK_REQUIRE_PG=1 but NEWSDESK_TEST_PG_URL is not set")
        pytest.skip("PostgreSQL tests need NEWSDESK_TEST_PG_URL (see .ci/run)")
    import sqlalchemy as sa

    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(PG_URL)
    with admin.begin() as connection:
        connection.exec_driver_sql(f"CREATE SCHEMA {schema}")
    try:
        yield _pg_schema_url(schema)
    finally:
        with admin.begin() as connection:
            connection.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        admin.dispose()


@pytest.fixture
def database(db_url: str) -> Iterator[Database]:
    db = open_database(db_url)
    yield db
    db.dispose()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def services(database: Database, clock: FakeClock) -> Services:
    return Services.create(database, user="tester", clock=clock)
