"""The services of one open newsroom, built once by the composition root (``app.py``).

Each service is built (and its module imported) the first time it is asked for, then kept:
the desktop app opens on the story list, which needs the story, taxonomy, settings and search
services; the importers (trafilatura, feedparser, YAML), the exporters (Jinja2, Babel), media
(Pillow) and the rest are paid for when a desk first uses them, not by every start.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING

from newsdesk.storage.db import Database, open_database
from newsdesk.storage.models import utcnow

if TYPE_CHECKING:
    from newsdesk.services.autosave import AutosaveService
    from newsdesk.services.conflicts import ConflictService
    from newsdesk.services.imports import ImportService
    from newsdesk.services.media import MediaService
    from newsdesk.services.publishing import PublishingService
    from newsdesk.services.related import RelatedService
    from newsdesk.services.search import SearchService
    from newsdesk.services.settings import SettingsService
    from newsdesk.services.spelling import SpellingService
    from newsdesk.services.stories import StoryService
    from newsdesk.services.tags import TagService
    from newsdesk.services.taxonomy import TaxonomyService

#: The services, in the order ``built()`` reports them.
SERVICE_NAMES = (
    "stories",
    "taxonomy",
    "settings",
    "imports",
    "publishing",
    "media",
    "search",
    "autosave",
    "conflicts",
    "spelling",
    "tags",
    "related",
)


class Services:
    """One newsroom's services on one database; each is one shared instance, made on first use.

    A service can be replaced by assignment (``services.search = …``), as tests and the list
    benchmark do.
    """

    def __init__(
        self, database: Database, *, user: str = "", clock: Callable[[], datetime] = utcnow
    ) -> None:
        self.database = database
        self.user = user
        self.clock = clock

    @classmethod
    def create(
        cls, database: Database, *, user: str = "", clock: Callable[[], datetime] = utcnow
    ) -> Services:
        return cls(database, user=user, clock=clock)

    @classmethod
    def open(cls, url: str, *, user: str = "", migrate: bool = True) -> Services:
        """Open the database at ``url`` (applying migrations) and build the services on it."""
        return cls.create(open_database(url, migrate=migrate), user=user)

    def built(self) -> list[str]:
        """The services made so far (what a start-up has paid for)."""
        return [name for name in SERVICE_NAMES if name in self.__dict__]

    def close(self) -> None:
        self.database.dispose()

    # -- the services ---------------------------------------------------------------------------

    @cached_property
    def stories(self) -> StoryService:
        from newsdesk.services.stories import StoryService

        return StoryService(self.database, clock=self.clock, user=self.user)

    @cached_property
    def taxonomy(self) -> TaxonomyService:
        from newsdesk.services.taxonomy import TaxonomyService

        return TaxonomyService(self.database)

    @cached_property
    def settings(self) -> SettingsService:
        from newsdesk.services.settings import SettingsService

        return SettingsService(self.database)

    @cached_property
    def imports(self) -> ImportService:
        from newsdesk.services.imports import ImportService

        return ImportService(self.database, self.stories, clock=self.clock)

    @cached_property
    def publishing(self) -> PublishingService:
        from newsdesk.services.publishing import PublishingService

        return PublishingService(self.database, self.settings, self.related, clock=self.clock)

    @cached_property
    def media(self) -> MediaService:
        from newsdesk.services.media import MediaService

        return MediaService(self.database, clock=self.clock)

    @cached_property
    def search(self) -> SearchService:
        from newsdesk.services.search import SearchService

        return SearchService(self.database)

    @cached_property
    def autosave(self) -> AutosaveService:
        from newsdesk.services.autosave import AutosaveService

        return AutosaveService(self.database, self.stories, clock=self.clock, user=self.user)

    @cached_property
    def conflicts(self) -> ConflictService:
        from newsdesk.services.conflicts import ConflictService

        return ConflictService(self.stories)

    @cached_property
    def spelling(self) -> SpellingService:
        from newsdesk.services.spelling import SpellingService

        return SpellingService(self.database, user=self.user, clock=self.clock)

    @cached_property
    def tags(self) -> TagService:
        from newsdesk.services.tags import TagService

        return TagService(self.database)

    @cached_property
    def related(self) -> RelatedService:
        from newsdesk.services.related import RelatedService

        # The story service when first used: the site export needs none of it.
        return RelatedService(self.database, lambda: self.stories, self.settings, clock=self.clock)
