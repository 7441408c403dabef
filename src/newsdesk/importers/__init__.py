"""Readers for the formats stories arrive in, one per format, behind one registry.

Readers depend on ``core`` only and never touch the database; ``services.imports`` writes what
they read. ``default_registry()`` builds the registry of every shipped reader (no module-level
singleton: tests and the app build their own).
"""

from __future__ import annotations

from newsdesk.importers.base import ReaderRegistry
from newsdesk.importers.jsonl import JsonLinesReader


def default_registry() -> ReaderRegistry:
    registry = ReaderRegistry()
    registry.register(JsonLinesReader())
    return registry
