"""Dates as readers of the site see them: Arabic month names, the site's time zone and digits.

Babel supplies the month names once per locale; the formatting itself is a few string joins,
because a 10,000-story export prints hundreds of thousands of dates and Babel's general
formatter costs tens of microseconds a call.
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from email.utils import format_datetime as rfc822
from functools import lru_cache
from typing import Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale, UnknownLocaleError
from babel.dates import get_month_names

_ARABIC_INDIC: Final = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@lru_cache(maxsize=16)
def _locale(language: str) -> Locale:
    try:
        return Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


def text_direction(language: str) -> str:
    """``rtl`` or ``ltr`` for a language code (from CLDR's character order)."""
    return "rtl" if _locale(language).character_order == "right-to-left" else "ltr"


def zone_of(name: str) -> tzinfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


class DateFormatter:
    def __init__(self, language: str, time_zone: str, numeral_style: str = "latn") -> None:
        locale = _locale(language)
        self.zone = zone_of(time_zone)
        self.months = dict(get_month_names("wide", locale=locale))
        self.arabic = locale.language == "ar"
        self.arab_digits = numeral_style == "arab"

    def digits(self, value: str) -> str:
        return value.translate(_ARABIC_INDIC) if self.arab_digits else value

    def local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.zone)

    def day(self, moment: datetime) -> str:
        """``28 نوفمبر 2026``."""
        local = self.local(moment)
        return self.digits(f"{local.day} {self.months[local.month]} {local.year}")

    def day_time(self, moment: datetime) -> str:
        """``28 نوفمبر 2026، 09:30`` (Arabic comma in Arabic)."""
        local = self.local(moment)
        comma = "،" if self.arabic else ","
        return self.day(moment) + self.digits(f"{comma} {local.hour:02d}:{local.minute:02d}")

    def month(self, year: int, month: int) -> str:
        """``نوفمبر 2026``."""
        return self.digits(f"{self.months[month]} {year}")

    def number(self, value: int) -> str:
        return self.digits(str(value))

    def iso(self, moment: datetime) -> str:
        """RFC 3339 with the site's offset (``2026-11-28T11:30:00+02:00``)."""
        return self.local(moment).isoformat(timespec="seconds")

    @staticmethod
    def rfc822(moment: datetime) -> str:
        """RFC 822 for RSS, in UTC (``Sat, 28 Nov 2026 09:30:00 +0000``)."""
        return rfc822(moment.astimezone(UTC))
