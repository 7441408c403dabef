"""Alembic environment, configured in code by ``newsdesk.storage.db.Database``.

The connection comes in through ``config.attributes`` so migrations run inside the app's own
engine (with its SQLite pragmas) and inside one transaction.
"""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import create_engine

from newsdesk.storage.db import include_object
from newsdesk.storage.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations(connection: Any) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        include_object=include_object,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run_migrations(connection)
else:  # the alembic command line, for developers generating a revision
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.begin() as new_connection:
        run_migrations(new_connection)
