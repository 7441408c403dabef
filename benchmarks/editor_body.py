"""What the editor costs per story: loading a body, saving it, counting and finding while typing.

The editor renders a body with ``core.markup`` and reads the HTML into blocks on open, and walks
its document back into Markdown on every save (and on every autosave); the live counts and the
find bar run over the whole text. This measures each step on real Arabic stories from the shared
corpus, and on one long story (every step is linear in the text, so the long story is the one a
reporter would feel).

Usage: QT_QPA_PLATFORM=offscreen python -m benchmarks.editor_body [--stories N] [--long-words W]

Measured 2026-11-29 (500 corpus stories, Python 3.11, a 2-core machine shared with six other
jobs; medians, ms): open a corpus story (87 words) 0.96, save it 1.12; a 5,059-word story opens
in 10.9 and saves in 55.6 once its paragraphs were checked (the first save, 177, renders each
marked paragraph once to prove it reads back); live counts 20.5 (run 300 ms after typing
stops, never per key); find all ignoring spelling variants 36.6, plain 0.1.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.corpus import load_articles
from newsdesk.core import text as core_text
from newsdesk.core.find import FindOptions, find_all
from newsdesk.core.richtext import from_markdown, to_markdown


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def body_of(article: dict[str, str]) -> str:
    """A corpus article as the editor would store it: paragraphs, one subheading, bold lead."""
    paragraphs = [p.strip() for p in article["body"].split("\n") if p.strip()]
    if paragraphs:
        words = paragraphs[0].split()
        paragraphs[0] = "**" + " ".join(words[:3]) + "** " + " ".join(words[3:])
    if len(paragraphs) > 3:
        paragraphs.insert(2, "## " + article["title"])
    return "\n\n".join(paragraphs) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--stories", type=int, default=500)
    parser.add_argument("--long-words", type=int, default=5000)
    args = parser.parse_args()

    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QApplication

    from newsdesk.ui.editor.document import document_blocks, load_blocks

    app = QApplication.instance() or QApplication([])
    articles = load_articles()[: args.stories]
    bodies = [body_of(a) for a in articles]
    rows: list[tuple[str, list[float]]] = []

    per_story_open: list[float] = []
    per_story_save: list[float] = []
    document = QTextDocument()
    for body in bodies:
        start = time.perf_counter()
        blocks = from_markdown(body)
        load_blocks(document, blocks)
        per_story_open.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        to_markdown(document_blocks(document))
        per_story_save.append((time.perf_counter() - start) * 1000)
    words = statistics.median(core_text.word_count(b) for b in bodies)
    rows.append((f"open a corpus story (median {words:.0f} words)", per_story_open))
    rows.append(("save it: document -> Markdown", per_story_save))

    long_body = ""
    i = 0
    while core_text.word_count(long_body) < args.long_words:
        long_body += body_of(articles[i % len(articles)])
        i += 1
    long_words = core_text.word_count(long_body)
    blocks = from_markdown(long_body)
    rows.append(
        (f"open a {long_words}-word story", timed(lambda: load_blocks(document, blocks), 5))
    )
    load_blocks(document, blocks)
    rows.append(
        (
            f"save the {long_words}-word story",
            timed(lambda: to_markdown(document_blocks(document)), 5),
        )
    )
    plain = document.toPlainText()
    rows.append(
        (
            "live counts (words, chars, reading time)",
            timed(
                lambda: (
                    core_text.word_count(plain),
                    core_text.char_count(plain),
                    core_text.reading_time(plain),
                ),
                10,
            ),
        )
    )
    raw = document.toRawText()
    rows.append(
        (
            "find all, ignoring spelling variants",
            timed(lambda: find_all(raw, "الاسعار", FindOptions()), 10),
        )
    )
    rows.append(
        (
            "find all, plain",
            timed(lambda: find_all(raw, "الأسعار", FindOptions(ignore_variants=False)), 10),
        )
    )
    print("| step | median ms | max ms |")
    print("|---|---|---|")
    for name, values in rows:
        print(f"| {name} | {statistics.median(values):.2f} | {max(values):.2f} |")
    print()
    print(
        f"{len(bodies)} corpus stories; Python {sys.version.split()[0]}; a 2-core machine "
        "shared with other jobs, so compare ratios within one run."
    )
    del app


if __name__ == "__main__":
    main()
