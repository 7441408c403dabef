"""The demo newsroom: original Arabic stories that show every part of the app on first run.

The content lives in ``assets/demo/newsroom.json``. Loading is idempotent: sections and authors
are matched by slug, stories by their ``demo:`` source id, the front page by name, so running it
twice (or after an interrupted first run) adds only what is missing.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from importlib.resources import files
from typing import Any

from sqlalchemy import select

from newsdesk.core.domain import RelatedOrigin, RevisionKind, Status
from newsdesk.services.dto import StoryInput
from newsdesk.services.settings import SettingsService
from newsdesk.services.stories import StoryService
from newsdesk.services.taxonomy import TaxonomyService
from newsdesk.storage.db import Database
from newsdesk.storage.models import (
    ArticleRecord,
    AuthorRecord,
    FrontPageRecord,
    FrontPageSlotRecord,
    SectionRecord,
    utcnow,
)

DEMO_SOURCE_PREFIX = "demo:"


@dataclass(frozen=True, slots=True)
class DemoReport:
    stories_added: int
    stories_present: int
    sections_added: int
    authors_added: int
    front_page_added: bool


def _fixed(moment: datetime) -> Callable[[], datetime]:
    """A clock that always says ``moment`` (demo stories are dated in the past)."""
    return lambda: moment


def load_demo_data() -> dict[str, Any]:
    raw = (files("newsdesk") / "assets" / "demo" / "newsroom.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(raw)
    return data


def fill_demo(
    database: Database, *, clock: Callable[[], datetime] = utcnow, user: str = "demo"
) -> DemoReport:
    """Fill ``database`` with the demo newsroom; add only what is not there yet."""
    data = load_demo_data()
    now = clock()
    taxonomy = TaxonomyService(database)

    with database.read() as session:
        section_slugs = set(session.scalars(select(SectionRecord.slug)))
        author_slugs = set(session.scalars(select(AuthorRecord.slug)))
        present = {
            source_id: article_id
            for article_id, source_id in session.execute(
                select(ArticleRecord.id, ArticleRecord.source_id).where(
                    ArticleRecord.source_id.startswith(DEMO_SOURCE_PREFIX)
                )
            )
        }
        has_front_page = session.scalar(select(FrontPageRecord.id)) is not None

    settings = SettingsService(database)
    if settings.get("site_title") is None:
        site = data["site"]
        settings.update_site(
            site_title=site["title"],
            tagline=site.get("tagline", ""),
            base_url=site["base_url"],
            language=site.get("language", "ar"),
            time_zone=site.get("time_zone", "UTC"),
        )

    sections_added = 0
    for position, section in enumerate(data["sections"], start=1):
        if section["slug"] not in section_slugs:
            taxonomy.create_section(section["name"], section["slug"], position)
            sections_added += 1
    authors_added = 0
    for author in data["authors"]:
        if author["slug"] not in author_slugs:
            taxonomy.create_author(author["name"], author["slug"], author.get("email", ""))
            authors_added += 1
    author_names = {a["slug"]: a["name"] for a in data["authors"]}

    ids: dict[str, int] = {}
    added = 0
    for story in data["stories"]:
        source_id = DEMO_SOURCE_PREFIX + story["key"]
        if source_id in present:
            ids[story["key"]] = present[source_id]
            continue
        when = now - timedelta(hours=float(story.get("age_hours", 24)))
        service = StoryService(database, clock=_fixed(when), user=user)
        status = Status(story["status"])
        first = Status.PUBLISHED if status in (Status.CORRECTED, Status.KILLED) else status
        created = service.create(
            StoryInput(
                headline=story["headline"],
                body=story["body"],
                dek=story.get("dek", ""),
                kicker=story.get("kicker", ""),
                section=story.get("section"),
                authors=tuple(author_names.get(s, s) for s in story.get("authors", ())),
                tags=tuple(story.get("tags", ())),
                dateline=story.get("dateline", ""),
                priority=int(story.get("priority", 3)),
                source_id=source_id,
            ),
            status=first,
            kind=RevisionKind.IMPORT,
            reason="demo newsroom",
        )
        if status is Status.CORRECTED:
            later = StoryService(database, clock=_fixed(when + timedelta(hours=2)), user=user)
            later.change_status(created.id, Status.CORRECTED, correction=story["correction"])
        elif status is Status.KILLED:
            later = StoryService(database, clock=_fixed(when + timedelta(hours=3)), user=user)
            later.change_status(created.id, Status.KILLED)
        ids[story["key"]] = created.id
        added += 1

    stories = StoryService(database, clock=clock, user=user)
    for story in data["stories"]:
        related = [ids[key] for key in story.get("related", ()) if key in ids]
        if related and DEMO_SOURCE_PREFIX + story["key"] not in present:
            stories.set_related(ids[story["key"]], related, RelatedOrigin.PINNED)

    front_page_added = False
    if not has_front_page and "front_page" in data:
        with database.write() as session:
            page = FrontPageRecord(name=data["front_page"]["name"], active=True, created_at=now)
            positions: dict[str, int] = {}
            for slot in data["front_page"]["slots"]:
                position = positions.get(slot["zone"], 0)
                positions[slot["zone"]] = position + 1
                page.slots.append(
                    FrontPageSlotRecord(
                        zone=slot["zone"], position=position, article_id=ids[slot["story"]]
                    )
                )
            session.add(page)
        front_page_added = True

    return DemoReport(
        stories_added=added,
        stories_present=len(present),
        sections_added=sections_added,
        authors_added=authors_added,
        front_page_added=front_page_added,
    )
