"""What "never lose a word" costs: autosave writes, the controller per keystroke, spell checking.

Prints a Markdown table. Real Arabic text comes from the shared corpus (paragraphs of actual
news copy), so the spell-check figures include the proportion of words Hunspell does not know.

The keystroke rows emit thousands of signals: run them with a PySide6 other than 6.12.0 on
CPython 3.11 (that build aborts after a few hundred emits; see pyproject.toml).

Usage: QT_QPA_PLATFORM=offscreen python -m benchmarks.safety [--pg URL] [--writes N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from benchmarks.corpus import load_articles
from newsdesk.services.container import Services
from newsdesk.services.dto import StoryInput
from newsdesk.services.spelling import SpellingService, enchant_checker

Row = tuple[str, str]


def _median_ms(samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[int(len(ordered) * 0.95) - 1] if len(ordered) >= 20 else ordered[-1]
    return f"{statistics.median(samples) * 1000:.2f} ms (p95 {p95 * 1000:.2f} ms, n={len(samples)})"


def _body(paragraphs: list[str], words: int) -> str:
    out: list[str] = []
    count = 0
    for paragraph in paragraphs:
        out.append(paragraph)
        count += len(paragraph.split())
        if count >= words:
            break
    return "\n\n".join(out)


def autosave_writes(url: str, body: str, writes: int) -> list[float]:
    services = Services.open(url, user="bench")
    story = services.stories.create(StoryInput(headline="قياس الحفظ التلقائي", body=body))
    data = story.to_input()
    samples: list[float] = []
    for n in range(writes):
        changed = replace(data, body=body + f" {n}")
        start = time.perf_counter()
        services.autosave.write(story.id, changed, base_version=story.version)
        samples.append(time.perf_counter() - start)
    services.close()
    return samples


def keystroke_overhead(keys: int) -> tuple[float, float]:
    """Seconds per content_changed emit without and with the controller watching the tab."""
    from PySide6.QtCore import QObject, Signal, Slot
    from PySide6.QtWidgets import QApplication

    from newsdesk.ui.autosave import AutosaveController, AutosaveSettings

    app = QApplication.instance() or QApplication([])

    class Tab(QObject):
        content_changed = Signal()

        def __init__(self) -> None:
            super().__init__()
            self.story_id = 1
            self.base_version = 1

        def current_input(self) -> StoryInput:
            return StoryInput(headline="x")

        def is_dirty(self) -> bool:
            return False

    def per_key(tab: Tab) -> float:
        start = time.perf_counter()
        for _ in range(keys):
            tab.content_changed.emit()
        return (time.perf_counter() - start) / keys

    class Sink(QObject):
        @Slot()
        def changed(self) -> None:
            """A slot doing nothing: the baseline cost of delivering the signal."""

    sink = Sink()
    bare = Tab()
    bare.content_changed.connect(sink.changed)
    per_key(bare)  # warm up
    without = min(per_key(bare) for _ in range(5))
    with tempfile.TemporaryDirectory() as folder:
        services = Services.open(f"sqlite:///{folder}/k.db")
        controller = AutosaveController(services.autosave, AutosaveSettings(60_000, 120_000))
        watched = Tab()
        controller.watch(watched)
        per_key(watched)
        with_controller = min(per_key(watched) for _ in range(5))
        controller.stop()
        services.close()
    del app
    return without, with_controller


def timed(function: Callable[[], object]) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def spelling(paragraphs: list[str], url: str) -> list[Row]:
    rows: list[Row] = []
    for language in ("ar", "en_US"):
        seconds = timed(lambda lang=language: enchant_checker(lang))  # type: ignore[misc]
        rows.append((f"pyenchant load `{language}` (cold)", f"{seconds * 1000:.0f} ms"))
    services = Services.open(url, user="bench")
    service: SpellingService = services.spelling
    rows.append(
        (
            "SpellingService.load (ar + en_US + personal list)",
            f"{timed(service.load) * 1000:.0f} ms",
        )
    )
    words = [w for p in paragraphs[:200] for w in p.split()][:3000]
    misspelt = [w for w in words if service.misspelt(w)]
    arabic = [w for w in misspelt if w[:1] >= "\u0600"][:30]
    latin = ["goverment", "recieve", "definately", "accomodate", "parliment", "seperate"]
    rows.append(("Arabic words Hunspell rejects in real copy", f"{len(misspelt)}/{len(words)}"))
    rows.append(
        (
            "suggestions, Arabic word",
            _median_ms([timed(lambda w=w: service.suggestions(w)) for w in arabic]),
        )
    )
    rows.append(
        (
            "suggestions, English word",
            _median_ms([timed(lambda w=w: service.suggestions(w)) for w in latin]),
        )
    )
    sample = [p for p in paragraphs if 40 <= len(p.split()) <= 80][:200]
    fresh = SpellingService(services.database, user="bench2")
    fresh.load()
    cold = [timed(lambda p=p: fresh.misspelt(p)) for p in sample]
    warm = [timed(lambda p=p: fresh.misspelt(p)) for p in sample]
    rows.append(("highlight one 40-80 word paragraph, words not seen before", _median_ms(cold)))
    rows.append(
        ("highlight one 40-80 word paragraph, cached words (every keystroke)", _median_ms(warm))
    )
    services.close()
    return rows


def _in_own_schema(url: str, run: Callable[[str], list[float]]) -> list[float]:
    """Run against a throwaway schema, so a shared server's public schema stays untouched."""
    import uuid

    import sqlalchemy as sa

    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(url)
    with admin.begin() as connection:
        connection.exec_driver_sql(f"CREATE SCHEMA {schema}")
    try:
        separator = "&" if "?" in url else "?"
        return run(f"{url}{separator}options=-csearch_path%3D{schema}")
    finally:
        with admin.begin() as connection:
            connection.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        admin.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pg", help="also measure autosave on this PostgreSQL URL")
    parser.add_argument("--writes", type=int, default=200)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    articles = load_articles()
    paragraphs = [p.strip() for a in articles for p in a["body"].split("\n") if p.strip()]
    body = _body(paragraphs, 1000)
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'bench.db'}"
        samples = autosave_writes(url, body, args.writes)
        rows.append(
            (f"autosave write, SQLite file, {len(body.split())}-word story", _median_ms(samples))
        )
        if args.pg:
            pg = _in_own_schema(args.pg, lambda pg_url: autosave_writes(pg_url, body, args.writes))
            rows.append(
                (f"autosave write, PostgreSQL, {len(body.split())}-word story", _median_ms(pg))
            )
        without, with_controller = keystroke_overhead(2000)
        rows.append(("content_changed emit, no controller", f"{without * 1e6:.2f} µs"))
        rows.append(
            (
                "content_changed emit, controller watching (timer restart)",
                f"{with_controller * 1e6:.2f} µs",
            )
        )
        rows.append(
            (
                "autosave controller cost per keystroke",
                f"{(with_controller - without) * 1e6:.2f} µs",
            )
        )
        rows.extend(spelling(paragraphs, url))
    print("| measure | figure |\n|---|---|")
    for name, figure in rows:
        print(f"| {name} | {figure} |")


if __name__ == "__main__":
    main()
