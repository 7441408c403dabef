"""The names of what a site export reads (``publishing_queries.export_input_rows``) and
records, without SQLAlchemy: the process that exports (``cli.export.fork_exporter``) compares
these rows and makes the run's record, but never opens the database. A storage test checks
the table names against the models."""

from __future__ import annotations

from typing import Final

#: The columns of a story the export's digest reads. A story is stood for by its ``version``,
#: which every write bumps (optimistic locking), and by what decides whether readers see it.
ARTICLE_INPUTS: Final[tuple[str, ...]] = (
    "id",
    "version",
    "updated_at",
    "status",
    "trashed_at",
    "published_at",
    "embargo_until",
    "publish_at",
)
#: The stories' table.
ARTICLES: Final = "articles"
#: The tables whose rows belong to one story (its id first in every row read).
STORY_TABLES: Final[tuple[str, ...]] = (
    "article_authors",
    "article_tags",
    "corrections",
    "related_links",
)
#: Tables of things stories point to, whose rows start with their id: a row added or removed
#: matters only to the stories whose own rows changed with it (tagged, untagged).
TERM_TABLES: Final[tuple[str, ...]] = ("authors", "tags", "media_assets")
#: The key of the public marks in ``export_input_rows``: (id, published in the recent window).
PUBLIC_MARKS: Final = "public"
#: In a manifest that holds only a run's changes: the file was removed (a hash is never empty).
REMOVED: Final = ""
