"""How long does one suggestion call take at newsroom scale, and how long does the index take?

Two ways to get ``n`` stories (real Arabic text recombined by ``benchmarks.corpus``, with tags,
sections and dates):

- default, the list benchmark's **direct bulk insert** (``benchmarks.list.build``, about a
  minute for 100,000 stories), copied to ``bench-data/related-<n>-0.db``; the term index is then
  built by the service's own ``RelatedService.reindex()``, timed (wall and CPU);
- ``--via-import``: ``newsdesk import jsonl``, which fills the term index as it saves (10–15
  minutes at 100,000 on a shared machine).

Then ``RelatedService.suggestions`` is timed for a fixed sample of stories: the first call
(cold caches) apart, then p50 and p95 over the rest, in wall time and in CPU time of this
process (the machine is shared, so wall time includes waiting for a core).

Usage: python -m benchmarks.related.latency [--stories 100000] [--calls 200] [--via-import]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

from benchmarks.corpus import write_corpus
from benchmarks.list import build as list_build
from newsdesk.core.similarity import DEFAULT_TUNING, Tuning
from newsdesk.services.container import Services
from newsdesk.storage import terms


def build_via_import(db_path: Path, n: int) -> float:
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


def bulk_copy(n: int) -> Path:
    """The list benchmark's bulk-inserted newsroom, copied so its own cache stays untouched."""
    source = list_build.build(n, 0)
    target = list_build.BENCH_DATA / f"related-{n}-0.db"
    if not target.exists():
        partial = target.with_suffix(".partial.db")
        shutil.copyfile(source, partial)
        partial.rename(target)
    return target


def timed_reindex(services: Services) -> tuple[float, float]:
    """Rebuild the term index with the service; (wall s, CPU s of this process)."""
    wall, cpu = time.perf_counter(), time.process_time()
    for progress in services.related.reindex():
        if progress.done == progress.total or progress.done % 20_000 == 0:
            print(f"  indexed {progress.done:,}/{progress.total:,}", file=sys.stderr, flush=True)
    return time.perf_counter() - wall, time.process_time() - cpu


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[max(int(len(ordered) * share) - 1, 0)]


def time_calls(services: Services, sample: list[int]) -> tuple[float, list[float], list[float]]:
    """(first call ms, wall ms per later call, CPU ms per later call)."""
    started = time.perf_counter()
    services.related.suggestions(sample[0], limit=3)
    first = (time.perf_counter() - started) * 1000
    walls: list[float] = []
    cpus: list[float] = []
    for story_id in sample[1:]:
        wall, cpu = time.perf_counter(), time.process_time()
        services.related.suggestions(story_id, limit=3)
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    return first, walls, cpus


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--stories", type=int, default=100_000)
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--via-import", action="store_true")
    parser.add_argument("--db", type=Path, default=None, help="(--via-import) keep it here")
    parser.add_argument("--reindex", action="store_true", help="rebuild an existing index")
    parser.add_argument(
        "--query-terms", default="", help="query-term counts to time besides the default"
    )
    args = parser.parse_args(argv)
    reindex = (0.0, 0.0)
    if args.via_import:
        db_path = args.db or list_build.BENCH_DATA / f"related-import-{args.stories}.db"
        db_path.parent.mkdir(exist_ok=True)
        build_via_import(db_path, args.stories)
        services = Services.open(f"sqlite:///{db_path}")
    else:
        db_path = bulk_copy(args.stories)
        services = Services.open(f"sqlite:///{db_path}")
        with services.database.read() as session:
            indexed = terms.totals(session)[0]
        if args.reindex or indexed == 0:
            reindex = timed_reindex(services)
    ids = services.stories.ids(sort="id")
    sample = random.Random(11).sample(ids, min(args.calls + 1, len(ids)))
    load = "/".join(f"{v:.1f}" for v in os.getloadavg())
    print(
        f"stories {len(ids):,}; index build {reindex[0]:.0f} s wall, {reindex[1]:.0f} s CPU"
        f" (0: already built); load average {load}"
    )
    print("| stories | tuning | first call | p50 wall | p95 wall | p50 CPU | p95 CPU | calls |")
    print("|---|---|---|---|---|---|---|---|")
    variants: list[tuple[str, Tuning]] = [("default", DEFAULT_TUNING)]
    variants += [
        (f"{k} query terms", replace(DEFAULT_TUNING, query_terms=int(k)))
        for k in args.query_terms.split(",")
        if k
    ]
    for name, tuning in variants:
        services.related.tuning = tuning
        first, walls, cpus = time_calls(services, sample)
        print(
            f"| {len(ids):,} | {name} | {first:.0f} | {statistics.median(walls):.1f} | "
            f"{percentile(walls, 0.95):.1f} | {statistics.median(cpus):.1f} | "
            f"{percentile(cpus, 0.95):.1f} | {len(walls)} |",
            flush=True,
        )
    print(f"load average after: {'/'.join(f'{v:.1f}' for v in os.getloadavg())}")
    services.close()


if __name__ == "__main__":
    main()
