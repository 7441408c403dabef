"""How long does one suggestion call take at newsroom scale?

Builds ``n`` stories with ``benchmarks.corpus.write_corpus`` (real Arabic text recombined, with
tags and categories), imports them with ``newsdesk import jsonl`` (which fills the term index as
it saves), then times ``RelatedService.suggestions`` for a fixed sample of stories: first call
(cold caches) apart, then p50 and p95 over the rest.

Usage: python -m benchmarks.related.latency [--stories 100000] [--calls 200] [--db PATH]
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from benchmarks.corpus import write_corpus
from newsdesk.core.similarity import DEFAULT_TUNING
from newsdesk.services.container import Services


def build(db_path: Path, n: int) -> float:
    """Import ``n`` generated stories into ``db_path`` (unless it exists); seconds taken."""
    if db_path.exists():
        return 0.0
    jsonl = write_corpus(db_path.with_suffix(".jsonl"), n, seed=7)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "newsdesk", "--db", str(db_path), "import", "jsonl", str(jsonl)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--stories", type=int, default=100_000)
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument(
        "--query-terms", default="30,100", help="query-term counts to time (comma-separated)"
    )
    args = parser.parse_args(argv)
    db_path = args.db or Path(tempfile.mkdtemp(prefix="newsdesk-related-")) / "latency.db"
    built = build(db_path, args.stories)
    services = Services.open(f"sqlite:///{db_path}")
    ids = services.stories.ids(sort="id")
    sample = random.Random(11).sample(ids, min(args.calls + 1, len(ids)))
    print("| stories | query terms | import (s) | first call (ms) | p50 (ms) | p95 (ms) | calls |")
    print("|---|---|---|---|---|---|---|")
    for k in (int(v) for v in args.query_terms.split(",")):
        services.related.tuning = replace(DEFAULT_TUNING, query_terms=k)
        started = time.perf_counter()
        services.related.suggestions(sample[0], limit=3)
        first = time.perf_counter() - started
        times = []
        for story_id in sample[1:]:
            started = time.perf_counter()
            services.related.suggestions(story_id, limit=3)
            times.append((time.perf_counter() - started) * 1000)
        times.sort()
        p95 = times[max(int(len(times) * 0.95) - 1, 0)]
        print(
            f"| {len(ids):,} | {k} | {built:.0f} | {first * 1000:.0f} | "
            f"{statistics.median(times):.1f} | {p95:.1f} | {len(times)} |",
            flush=True,
        )
    services.close()


if __name__ == "__main__":
    main()
