"""Site and newsroom settings kept in the database (shared by every desk on one database)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import select

from newsdesk.services.errors import ValidationError
from newsdesk.storage.db import Database
from newsdesk.storage.models import SettingRecord, settings_table


@dataclass(frozen=True, slots=True)
class SiteSettings:
    site_title: str = "نشرة الأخبار"
    tagline: str = ""
    base_url: str = "https://news.example.org/"
    language: str = "ar"
    time_zone: str = "Asia/Amman"
    #: "latn" (0-9) or "arab" (٠-٩) for numbers the site prints.
    numeral_style: str = "latn"
    #: "arabic", "translit" or "id" (see ``core.text.slugify``).
    slug_style: str = "arabic"
    you_missed_count: int = 6
    #: Leave the front page's lead story out of You Missed (readers have just seen it).
    you_missed_exclude_lead: bool = True


_NUMERAL_STYLES = {"latn", "arab"}
_SLUG_STYLES = {"arabic", "translit", "id"}


class SettingsService:
    def __init__(self, database: Database) -> None:
        self.db = database

    def site(self) -> SiteSettings:
        with self.db.read() as session:
            # The table's columns, not the mapped class: an export reads the settings and
            # maps no row (see the tables at the end of ``storage.models``).
            columns = settings_table.c
            stored = {k: v for k, v in session.execute(select(columns.key, columns.value))}
        known = {f.name for f in fields(SiteSettings)}
        return SiteSettings(**{k: v for k, v in stored.items() if k in known})

    def update_site(self, **changes: Any) -> SiteSettings:
        current = self.site()
        known = {f.name: f.type for f in fields(SiteSettings)}
        for key in changes:
            if key not in known:
                raise ValidationError("unknown setting {key!r}", code="settings.unknown", key=key)
        if changes.get("numeral_style", current.numeral_style) not in _NUMERAL_STYLES:
            raise ValidationError("numeral_style is 'latn' or 'arab'", code="settings.numerals")
        if changes.get("slug_style", current.slug_style) not in _SLUG_STYLES:
            raise ValidationError(
                "slug_style is 'arabic', 'translit' or 'id'", code="settings.slug_style"
            )
        with self.db.write() as session:
            for key, value in changes.items():
                record = session.scalar(select(SettingRecord).where(SettingRecord.key == key))
                if record is None:
                    session.add(SettingRecord(key=key, value=value))
                else:
                    record.value = value
        return self.site()

    def get(self, key: str, default: Any = None) -> Any:
        # The table's columns, not the mapped class: the app reads settings before its first
        # paint, which then waits for no ORM set-up (see ``models.settings_table``).
        with self.db.read() as session:
            row = session.execute(
                select(settings_table.c.value).where(settings_table.c.key == key)
            ).first()
            return default if row is None else row.value

    def set(self, key: str, value: Any) -> None:
        with self.db.write() as session:
            record = session.scalar(select(SettingRecord).where(SettingRecord.key == key))
            if record is None:
                session.add(SettingRecord(key=key, value=value))
            else:
                record.value = value
