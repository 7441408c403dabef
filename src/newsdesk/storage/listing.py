"""Queries behind the story list: restricting to a set of ids, "my stories", change stamps.

Kept apart from ``queries.py`` because they exist for one caller, the list that mirrors a query
at 100,000 stories; every one of them is answered from an index (see migration 0007). Like the
list's queries in ``queries.py`` they name table columns, not mapped attributes.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ARRAY, Integer, Select, and_, any_, func, literal, or_, select
from sqlalchemy.orm import Session

from newsdesk.storage.models import (
    article_authors_table,
    article_tags_table,
    articles_table,
    authors_table,
    revisions_table,
)

#: Up to this many ids go into a plain ``IN (…)`` list; more travel as one parameter (a JSON
#: array on SQLite, an int array on PostgreSQL), so a search that matches 100,000 stories
#: never hits a driver's parameter limit (32,766 on SQLite, 65,535 on PostgreSQL).
INLINE_IDS = 500


def ids_clause(ids: Sequence[int], dialect: str) -> Any:
    """``articles.id`` is one of ``ids``."""
    if len(ids) <= INLINE_IDS:
        return articles_table.c.id.in_(list(ids))
    if dialect == "postgresql":
        return articles_table.c.id == any_(literal(list(ids), ARRAY(Integer)))
    import json

    values = func.json_each(literal(json.dumps(list(ids)))).table_valued("value")
    return articles_table.c.id.in_(select(values.c.value))


def scalar_ids(session: Session, query: Select[Any]) -> list[int]:
    """Run an id query and return a plain list, skipping the ORM's per-row work.

    At 100,000 ids the ORM's result objects cost more than SQLite's index scan; the
    statement still comes from the same ``Select``, compiled for the session's dialect.
    """
    result = session.connection().execute(query)
    return [row[0] for row in result.cursor.fetchall()] if result.cursor else []


def user_clause(user: str) -> Any:
    """Stories of ``user``: bylined to them (author name or slug), or revised by them.

    A revision is written by every create, save and status move, under the name of whoever
    made it; so "my stories" are the ones I wrote, the ones I filed and the ones I edited or
    moved along — what a desk editor means by the phrase as much as a reporter does.
    """
    bylined = (
        select(article_authors_table.c.article_id)
        .join(authors_table, authors_table.c.id == article_authors_table.c.author_id)
        .where(or_(authors_table.c.name == user, authors_table.c.slug == user))
    )
    revised = select(revisions_table.c.article_id).where(revisions_table.c.author == user)
    return or_(articles_table.c.id.in_(bylined), articles_table.c.id.in_(revised))


def change_stamp(session: Session) -> tuple[int, int, datetime | None]:
    """(how many stories, the highest id, the latest ``updated_at``), from indexes alone.

    Three statements on purpose: SQLite answers ``max()`` alone from an index edge and
    ``count(*)`` from the smallest covering index, but all three in one SELECT scan the table.
    """
    count = session.scalar(select(func.count()).select_from(articles_table)) or 0
    last_id = session.scalar(select(func.max(articles_table.c.id))) or 0
    latest = session.scalar(select(func.max(articles_table.c.updated_at)))
    return int(count), int(last_id), latest


def count(session: Session, clauses: Sequence[Any]) -> int:
    """How many articles match: ``count(*)``, which SQLite takes from a covering index."""
    return int(
        session.scalar(select(func.count()).select_from(articles_table).where(and_(*clauses))) or 0
    )


def changed_since(session: Session, since: datetime) -> list[int]:
    """Ids of the stories updated at or after ``since`` (the ``updated_at`` index)."""
    return list(
        session.scalars(select(articles_table.c.id).where(articles_table.c.updated_at >= since))
    )


def top_tag_counts(session: Session, limit: int) -> list[tuple[int, int]]:
    """(tag id, stories) of the ``limit`` most used tags, from the ``article_tags`` index."""
    count = func.count()  # count(*): the tag_id index covers it, count(article_id) does not
    rows = session.execute(
        select(article_tags_table.c.tag_id, count)
        .group_by(article_tags_table.c.tag_id)
        .order_by(count.desc(), article_tags_table.c.tag_id)
        .limit(limit)
    )
    return [(tag_id, n) for tag_id, n in rows]
