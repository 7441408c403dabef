"""Readers for the formats stories arrive in, one per format, behind one registry.

Readers depend on ``core`` only and never touch the database; ``services.imports`` writes what
they read. ``default_registry()`` builds the registry of every shipped reader (no module-level
singleton: tests and the app build their own).

The order is the order ``auto`` asks them: the most specific content first (a ninjs document
is also JSON, a WordPress export is also RSS, an RSS feed is also XML), the scraped page last,
because any text could be one.
"""

from __future__ import annotations

from newsdesk.importers.base import ReaderRegistry


def default_registry() -> ReaderRegistry:
    # Imported here, not at the top: the readers pull in trafilatura, lxml and PyYAML, which
    # every process importing ``importers.base`` (the whole app) would otherwise pay for.
    from newsdesk.importers.feed import FeedReader
    from newsdesk.importers.html import HtmlReader
    from newsdesk.importers.jsonl import JsonLinesReader
    from newsdesk.importers.markdown_files import MarkdownReader
    from newsdesk.importers.ninjs import NinjsReader
    from newsdesk.importers.page import PageReader
    from newsdesk.importers.wxr import WxrReader

    registry = ReaderRegistry()
    for reader in (
        NinjsReader(),
        JsonLinesReader(),
        WxrReader(),
        FeedReader(),
        HtmlReader(),
        MarkdownReader(),
        PageReader(),
    ):
        registry.register(reader)
    return registry
