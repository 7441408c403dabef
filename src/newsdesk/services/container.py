"""The services of one open newsroom, built once by the composition root (``app.py``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

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
from newsdesk.storage.db import Database, open_database
from newsdesk.storage.models import utcnow


@dataclass
class Services:
    database: Database
    stories: StoryService
    taxonomy: TaxonomyService
    settings: SettingsService
    imports: ImportService
    publishing: PublishingService
    user: str
    media: MediaService
    search: SearchService
    autosave: AutosaveService
    conflicts: ConflictService
    spelling: SpellingService
    tags: TagService
    related: RelatedService

    @classmethod
    def create(
        cls, database: Database, *, user: str = "", clock: Callable[[], datetime] = utcnow
    ) -> Services:
        stories = StoryService(database, clock=clock, user=user)
        settings = SettingsService(database)
        related = RelatedService(database, stories, settings, clock=clock)
        return cls(
            database=database,
            stories=stories,
            taxonomy=TaxonomyService(database),
            settings=settings,
            imports=ImportService(database, stories, clock=clock),
            publishing=PublishingService(database, settings, related, clock=clock),
            user=user,
            media=MediaService(database, clock=clock),
            search=SearchService(database),
            autosave=AutosaveService(database, stories, clock=clock, user=user),
            conflicts=ConflictService(stories),
            spelling=SpellingService(database, user=user, clock=clock),
            tags=TagService(database),
            related=related,
        )

    @classmethod
    def open(cls, url: str, *, user: str = "", migrate: bool = True) -> Services:
        """Open the database at ``url`` (applying migrations) and build the services on it."""
        return cls.create(open_database(url, migrate=migrate), user=user)

    def close(self) -> None:
        self.database.dispose()
