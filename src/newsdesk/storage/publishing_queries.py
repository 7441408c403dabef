"""The queries behind publishing: what readers may see, in bulk, plus the render cache.

An export reads the whole public archive at once, so every query here filters in SQL on
"public now" (published or corrected, not in the trash, past its embargo and its scheduled time)
and returns plain tuples in a stable order; nothing loops one story at a time. Relations are
fetched with a join on the same filter rather than a long ``IN`` list (SQLite caps the number of
parameters, and the planner does better with the join).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from datetime import datetime
from typing import Any, Final, cast

from sqlalchemy import Table, Text, and_, func, insert, or_, select, update
from sqlalchemy import cast as sql_cast
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session

from newsdesk.core import front_page
from newsdesk.core.domain import PUBLIC_STATUSES, Status
from newsdesk.core.markup import body_hash, page_html
from newsdesk.core.summary import plain_summary
from newsdesk.storage.export_inputs import (
    ARTICLE_INPUTS,
    ARTICLES,
    PUBLIC_MARKS,
    REMOVED,
    STORY_TABLES,
)
from newsdesk.storage.models import (
    ExportRunRecord,
    article_authors_table,
    article_tags_table,
    articles_table,
    authors_table,
    corrections_table,
    export_runs_table,
    front_page_slots_table,
    front_pages_table,
    media_assets_table,
    related_links_table,
    rendered_bodies_table,
    sections_table,
    settings_table,
    tags_table,
)

#: Rows per ``IN (...)`` list: well under SQLite's parameter limit.
CHUNK = 500


def public_clause(now: datetime) -> Any:
    """Readers may see the story at ``now``."""
    return and_(
        articles_table.c.status.in_(PUBLIC_STATUSES),
        articles_table.c.trashed_at.is_(None),
        articles_table.c.published_at.is_not(None),
        or_(articles_table.c.embargo_until.is_(None), articles_table.c.embargo_until <= now),
        or_(articles_table.c.publish_at.is_(None), articles_table.c.publish_at <= now),
    )


def _among(only: Iterable[int] | None) -> tuple[Any, ...]:
    """The ``where`` clauses that keep the stories of ``only`` (None: every story)."""
    return () if only is None else (articles_table.c.id.in_(sorted(set(only))),)


def _public_ids(now: datetime, only: Iterable[int] | None = None) -> Any:
    return select(articles_table.c.id).where(public_clause(now), *_among(only))


def public_articles(
    session: Session, now: datetime, only: Iterable[int] | None = None
) -> list[Any]:
    """Every public story (or those of ``only`` that are public), newest first (id breaks
    ties), with its body."""
    return list(
        session.execute(
            select(
                articles_table.c.id,
                articles_table.c.uuid,
                articles_table.c.headline,
                articles_table.c.dek,
                articles_table.c.kicker,
                articles_table.c.slug,
                articles_table.c.body,
                articles_table.c.excerpt,
                articles_table.c.language,
                articles_table.c.status,
                articles_table.c.section_id,
                articles_table.c.dateline,
                articles_table.c.featured_media_id,
                articles_table.c.published_at,
                articles_table.c.updated_at,
                articles_table.c.word_count,
            )
            .where(public_clause(now))
            .where(*_among(only))
            .order_by(articles_table.c.published_at.desc(), articles_table.c.id.desc())
        )
    )


def newest_public_ids(session: Session, now: datetime, limit: int) -> list[int]:
    """The ids of the ``limit`` newest public stories, in the export's order."""
    return list(
        session.scalars(
            select(articles_table.c.id)
            .where(public_clause(now))
            .order_by(articles_table.c.published_at.desc(), articles_table.c.id.desc())
            .limit(limit)
        )
    )


def killed_articles(session: Session) -> list[Any]:
    """Killed stories that were once published: their addresses keep a tombstone."""
    return list(
        session.execute(
            select(
                articles_table.c.id,
                articles_table.c.uuid,
                articles_table.c.slug,
                articles_table.c.language,
                articles_table.c.published_at,
                articles_table.c.updated_at,
            )
            .where(
                articles_table.c.status == Status.KILLED.value,
                articles_table.c.published_at.is_not(None),
            )
            .order_by(articles_table.c.id)
        )
    )


def sections(session: Session) -> list[Any]:
    return list(
        session.execute(
            select(
                sections_table.c.id,
                sections_table.c.name,
                sections_table.c.slug,
                sections_table.c.position,
                sections_table.c.description,
            ).order_by(sections_table.c.position, sections_table.c.id)
        )
    )


def public_authors(session: Session, now: datetime, only: Iterable[int] | None = None) -> list[Any]:
    """(article id, author id, name, slug, bio) in byline order."""
    return list(
        session.execute(
            select(
                article_authors_table.c.article_id,
                authors_table.c.id,
                authors_table.c.name,
                authors_table.c.slug,
                authors_table.c.bio,
            )
            .join(authors_table, authors_table.c.id == article_authors_table.c.author_id)
            .where(article_authors_table.c.article_id.in_(_public_ids(now, only)))
            .order_by(article_authors_table.c.article_id, article_authors_table.c.position)
        )
    )


def public_tags(session: Session, now: datetime, only: Iterable[int] | None = None) -> list[Any]:
    """(article id, tag id, name, slug, description) of visible tags, main tag first."""
    return list(
        session.execute(
            select(
                article_tags_table.c.article_id,
                tags_table.c.id,
                tags_table.c.name,
                tags_table.c.slug,
                tags_table.c.description,
            )
            .join(tags_table, tags_table.c.id == article_tags_table.c.tag_id)
            .where(
                article_tags_table.c.article_id.in_(_public_ids(now, only)),
                tags_table.c.hidden.is_(False),
            )
            .order_by(article_tags_table.c.article_id, article_tags_table.c.position)
        )
    )


def public_corrections(
    session: Session, now: datetime, only: Iterable[int] | None = None
) -> list[Any]:
    """(article id, text, created at), oldest first."""
    return list(
        session.execute(
            select(
                corrections_table.c.article_id,
                corrections_table.c.text,
                corrections_table.c.created_at,
            )
            .where(corrections_table.c.article_id.in_(_public_ids(now, only)))
            .order_by(
                corrections_table.c.article_id,
                corrections_table.c.created_at,
                corrections_table.c.id,
            )
        )
    )


def public_related(session: Session, now: datetime, only: Iterable[int] | None = None) -> list[Any]:
    """(article id, target id) of related links between public stories, in their order."""
    targets = _public_ids(now)
    if only is not None:
        # Only the stories these link to, not every public story: SQLite would first list
        # all of them (24 ms at 10,000 stories, for an export after one change).
        linked = select(related_links_table.c.target_id).where(
            related_links_table.c.article_id.in_(sorted(set(only)))
        )
        targets = targets.where(articles_table.c.id.in_(linked))
    return list(
        session.execute(
            select(related_links_table.c.article_id, related_links_table.c.target_id)
            .where(
                related_links_table.c.article_id.in_(_public_ids(now, only)),
                related_links_table.c.target_id.in_(targets),
            )
            .order_by(
                related_links_table.c.article_id,
                related_links_table.c.position,
                related_links_table.c.id,
            )
        )
    )


def active_front_page_id(session: Session) -> int | None:
    """The front page the site shows: the most recently changed of the active ones."""
    return session.scalar(
        select(front_pages_table.c.id)
        .where(front_pages_table.c.active.is_(True))
        .order_by(front_pages_table.c.updated_at.desc(), front_pages_table.c.id.desc())
        .limit(1)
    )


def active_front_page_slots(session: Session) -> list[Any]:
    """(zone, position, article id or None, fill rule) of the active front page."""
    page_id = active_front_page_id(session)
    if page_id is None:
        return []
    return list(
        session.execute(
            select(
                front_page_slots_table.c.zone,
                front_page_slots_table.c.position,
                front_page_slots_table.c.article_id,
                front_page_slots_table.c.fill_rule,
            )
            .where(front_page_slots_table.c.front_page_id == page_id)
            .order_by(front_page_slots_table.c.zone, front_page_slots_table.c.position)
        )
    )


def front_page_lead(session: Session, now: datetime) -> int | None:
    """The lead story of the front page the site shows at ``now``: ``core.front_page``'s rule
    over the active layout, answered with a query per slot it looks at (the export resolves
    the same layout over the stories it holds, see ``services.publishing.front_zones``)."""

    def is_public(story_id: int) -> bool:
        found = session.scalar(_public_ids(now, (story_id,)))
        return found is not None

    def newest_in(section: str | None, used: AbstractSet[int]) -> int | None:
        query = select(articles_table.c.id).where(public_clause(now))
        if used:
            query = query.where(articles_table.c.id.not_in(sorted(used)))
        if section is not None:
            query = query.join(
                sections_table, sections_table.c.id == articles_table.c.section_id
            ).where(or_(sections_table.c.slug == section, sections_table.c.name == section))
        return session.scalar(
            query.order_by(articles_table.c.published_at.desc(), articles_table.c.id.desc()).limit(
                1
            )
        )

    slots = active_front_page_slots(session)
    return front_page.lead_of(front_page.resolve(slots, is_public, newest_in, lead_only=True))


def media_meta(session: Session, ids: Iterable[int]) -> list[Any]:
    """Metadata (no bytes) of media assets."""
    out: list[Any] = []
    for chunk in _chunks(sorted(set(ids))):
        out.extend(
            session.execute(
                select(
                    media_assets_table.c.id,
                    media_assets_table.c.sha256,
                    media_assets_table.c.mime_type,
                    media_assets_table.c.width,
                    media_assets_table.c.height,
                    media_assets_table.c.caption,
                    media_assets_table.c.credit,
                    media_assets_table.c.alt_text,
                ).where(media_assets_table.c.id.in_(chunk))
            )
        )
    return sorted(out, key=lambda row: row[0])


def media_bytes(session: Session, sha256: str) -> bytes | None:
    return session.scalar(
        select(media_assets_table.c.data).where(media_assets_table.c.sha256 == sha256)
    )


# -- the render cache ------------------------------------------------------------------------


def cached_html(session: Session, hashes: Iterable[str]) -> dict[str, str]:
    """Rendered HTML for the body hashes that are in the cache."""
    found: dict[str, str] = {}
    for chunk in _chunks(sorted(set(hashes))):
        rows = session.execute(
            select(rendered_bodies_table.c.body_hash, rendered_bodies_table.c.html).where(
                rendered_bodies_table.c.body_hash.in_(chunk)
            )
        )
        found.update((key, html) for key, html in rows)
    return found


def cached_summaries(session: Session, hashes: Iterable[str]) -> dict[str, str]:
    """Plain-text summaries for the body hashes that are in the cache (no HTML loaded)."""
    found: dict[str, str] = {}
    for chunk in _chunks(sorted(set(hashes))):
        rows = session.execute(
            select(rendered_bodies_table.c.body_hash, rendered_bodies_table.c.summary).where(
                rendered_bodies_table.c.body_hash.in_(chunk)
            )
        )
        found.update((key, summary) for key, summary in rows)
    return found


def store_rendered(session: Session, rendered: Mapping[str, tuple[str, str]]) -> None:
    """Add (html, summary) per body hash to the cache (keys already present are left alone).

    One multi-row insert, not an object per row: an import stores a row for every story.
    """
    if not rendered:
        return
    present = set(cached_summaries(session, rendered))
    rows = [
        {"body_hash": key, "html": html, "summary": summary}
        for key, (html, summary) in sorted(rendered.items())
        if key not in present
    ]
    if rows:
        session.execute(insert(rendered_bodies_table), rows)


def remember_rendered(session: Session, body: str) -> None:
    """Render and clean ``body`` into the cache unless it is there already (called when a
    story is saved).

    Rendering at save time (about 1 ms) is what lets an export of the whole archive render no
    Markdown at all. ``store_rendered`` writes at once, so a body saved twice in one
    transaction is found the second time.
    """
    key = body_hash(body)
    if not cached_summaries(session, (key,)):
        store_rendered(session, {key: (page_html(body), plain_summary(body))})


# -- what an export reads, in one digest ----------------------------------------------------------

#: Every table an export reads, with the columns the digest reads (None: all of them); media
#: bytes are stood for by their ``sha256``.
_EXPORT_INPUTS: tuple[tuple[Table, tuple[str, ...] | None], ...] = (
    (articles_table, ARTICLE_INPUTS),
    (article_authors_table, None),
    (article_tags_table, None),
    (authors_table, None),
    (tags_table, None),
    (sections_table, None),
    (corrections_table, None),
    (related_links_table, None),
    (
        media_assets_table,
        ("id", "sha256", "width", "height", "mime_type", "caption", "credit", "alt_text"),
    ),
    (front_pages_table, None),
    (front_page_slots_table, None),
    (settings_table, None),
)


def export_input_rows(
    session: Session, now: datetime, recent_since: datetime
) -> dict[str, list[tuple[Any, ...]]]:
    """Everything a site export reads, as raw rows by table name, without a single story body.

    Besides the tables, what depends on the time (under ``PUBLIC_MARKS``): which stories are
    public at ``now`` (embargo and schedule) and which of them were published since
    ``recent_since`` (the Google News sitemap's window). Equal rows mean the export would
    produce the same site, so a nothing-changed export can stop here, and rows that differ
    name the stories that changed. Rows are read in primary-key order; the rows of
    ``STORY_TABLES`` start with their story's id, those of the other tables with their own.
    """
    connection = session.connection()
    quote = connection.dialect.identifier_preparer.quote
    # The driver's own cursor and values (no result rows, no type conversion per cell): this
    # is the whole cost of a nothing-changed export.
    cursor = connection.connection.cursor()
    found: dict[str, list[tuple[Any, ...]]] = {}
    try:
        for table, names in _EXPORT_INPUTS:
            chosen = [c.name for c in table.columns] if names is None else list(names)
            first = "article_id" if table.name in STORY_TABLES else "id"
            if first in chosen:
                chosen.remove(first)
                chosen.insert(0, first)
            columns = ", ".join(quote(table.columns[name].name) for name in chosen)
            order = ", ".join(quote(c.name) for c in table.primary_key.columns)
            cursor.execute(f"SELECT {columns} FROM {quote(table.name)} ORDER BY {order}")
            found[str(table.name)] = [tuple(row) for row in cursor.fetchall()]
    finally:
        cursor.close()
    found[PUBLIC_MARKS] = public_marks(found[ARTICLES], connection.dialect, now, recent_since)
    return found


def public_marks(
    rows: Sequence[tuple[Any, ...]], dialect: Any, now: datetime, recent_since: datetime
) -> list[tuple[int, bool]]:
    """(id, published since ``recent_since``) of the stories of ``rows`` (the driver's own
    values of ``ARTICLE_INPUTS``) that readers may see at ``now``: ``public_clause`` decided
    over rows already read. Asking the database instead scanned the stories' rows a second
    time (30 ms at 10,000 stories, for every export and every look of ``--watch``). Times are
    compared as the database compares them: as the values the driver gives, against ``now``
    in the same form (SQLite's text, PostgreSQL's timestamps)."""
    stamp = articles_table.c.published_at.type.dialect_impl(dialect).bind_processor(dialect)
    now_value = now if stamp is None else stamp(now)
    since_value = recent_since if stamp is None else stamp(recent_since)
    public = frozenset(PUBLIC_STATUSES)
    column = ARTICLE_INPUTS.index
    status, trashed, published = column("status"), column("trashed_at"), column("published_at")
    embargo, scheduled = column("embargo_until"), column("publish_at")
    return [
        (row[0], since_value <= row[published] <= now_value)
        for row in rows
        if row[status] in public
        and row[trashed] is None
        and row[published] is not None
        and (row[embargo] is None or row[embargo] <= now_value)
        and (row[scheduled] is None or row[scheduled] <= now_value)
    ]


# -- export runs -------------------------------------------------------------------------------


_RUNS = export_runs_table.c


def _has_manifest() -> Any:
    return func.length(sql_cast(_RUNS.manifest, Text)) > 2  # not "{}"


def _newest_with_manifest(target: str, destination: str) -> tuple[tuple[Any, ...], ...]:
    """(where, order by) of the newest finished run to ``destination`` with a manifest."""
    return (
        (_RUNS.target == target, _RUNS.destination == destination, _RUNS.status == "done"),
        (_has_manifest(),),
        (_RUNS.started_at.desc(), _RUNS.id.desc()),
    )


def last_export_run(session: Session, target: str, destination: str) -> ExportRunRecord | None:
    """The newest finished run to ``destination`` that wrote a manifest (a run that found
    nothing changed keeps none: its outputs are those of the run before)."""
    where, more, order = _newest_with_manifest(target, destination)
    return session.scalar(select(ExportRunRecord).where(*where, *more).order_by(*order).limit(1))


def record_export_run(session: Session, **values: Any) -> int:
    """Add an export run (the columns of ``ExportRunRecord``); its id. A plain insert: an
    export maps no row (see the tables at the end of ``storage.models``)."""
    result = cast(CursorResult[Any], session.execute(insert(export_runs_table).values(**values)))
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


#: At most this many runs in a row store only their changes; the next stores every file.
#: Storing every file costs that run about 0.25 s at 10,000 stories (a quarter of an export
#: after one change), against 0.02 s for its changes; reading a run's whole manifest back
#: (``full_manifest``, rare: a report, not an export) walks the chain, a small row per run.
CHANGES_CHAIN_MAX: Final = 500


def changes_summary(
    session: Session, target: str, destination: str, summary: dict[str, Any], built_from: str
) -> dict[str, Any] | None:
    """The summary a finished run stores with only its changes (path → hash, ``REMOVED`` for
    a file it removed), when the last run with a manifest to the same place built the site
    this run started from (``built_from``: the input digest the site's writer recorded; a run
    keeps its own in its summary); None when it must store every file's hash.

    A manifest is a hash per output file, 6 MB at 10,000 stories: writing one and emptying
    the one before cost an export after one change about 0.15 s. A run that stores its whole
    manifest empties the older ones (``drop_older_manifests``); one that stores changes
    keeps the chain back to it, at most ``CHANGES_CHAIN_MAX`` runs long (``full_manifest``).
    """
    where, more, order = _newest_with_manifest(target, destination)
    base = session.execute(
        select(_RUNS.id, _RUNS.summary).where(*where, *more).order_by(*order).limit(1)
    ).first()
    if base is None or not built_from or base.summary.get("inputs") != built_from:
        return None
    chain = int(base.summary.get("manifest_chain", 0)) + 1
    if chain > CHANGES_CHAIN_MAX:
        return None
    return {**summary, "manifest_since": base.id, "manifest_chain": chain}


def full_manifest(session: Session, run: ExportRunRecord) -> dict[str, str]:
    """Every output's hash after ``run``: its manifest, or its changes applied to those of
    the runs it builds on (``changes_summary``)."""
    chain = [run]
    while "manifest_since" in chain[-1].summary:
        earlier = session.get(ExportRunRecord, chain[-1].summary["manifest_since"])
        if earlier is None:
            break
        chain.append(earlier)
    found: dict[str, str] = {}
    for each in reversed(chain):
        for path, digest in each.manifest.items():
            if digest == REMOVED:
                found.pop(path, None)
            else:
                found[path] = digest
    return dict(sorted(found.items()))


def drop_older_manifests(session: Session, target: str, destination: str, run_id: int) -> None:
    """Empty the manifests of the earlier runs (before ``run_id``) to ``destination``
    (their summaries stay).

    Only the newest finished run's manifest is read (``last_export_run``: the next export
    reports its changes against it), and a manifest holds a hash for every output file, about
    6 MB for a site of 10,000 stories: keeping every run's would grow the database by that
    much at each export. Call it only for a finished run that wrote a whole manifest (not
    only its changes, which need the runs before them), so that a
    failed or cancelled run, or one that found nothing changed, never takes away the manifest
    the next export needs.
    """
    session.execute(
        update(export_runs_table)
        .where(
            _RUNS.target == target,
            _RUNS.destination == destination,
            _RUNS.id != run_id,
            _has_manifest(),
        )
        .values(manifest={})
    )


def _chunks(items: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]
