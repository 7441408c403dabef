"""Search at scale: 100,000 stories through the JSON Lines import, then timed queries.

Reports the import time (the search index is written in the same transaction), a full
``reindex``, the database size, and the p50/p95 latency of the search service call (ranking,
filters, snippets, one process) for queries of every kind, next to a naive ``LIKE`` scan of the
same words in the same run. Writes a Markdown table into ``benchmarks/README.md``.

Usage: python -m benchmarks.search [--n 100000] [--seed 0] [--repeat 7] [--workdir DIR]
       python -m benchmarks.search --n 20000 --workdir DIR --queries-only   (times the queries
       again on the database a previous run left in DIR; the README is left alone)
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import sqlite3
import statistics
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.corpus import write_corpus
from newsdesk.core.domain import Status
from newsdesk.services.container import Services
from newsdesk.services.dto import StoryFilter
from newsdesk.services.text_workers import default_workers
from newsdesk.storage import search as search_index

README = Path(__file__).resolve().parents[1] / "README.md"
START, END = "<!-- bench-search:start -->", "<!-- bench-search:end -->"


@dataclass(frozen=True)
class Case:
    label: str
    query: str
    #: The substring a LIKE scan looks for (the plain word, as a naive search would).
    needle: str
    story_filter: StoryFilter | None = None


CASES = [
    Case("rare word", "الباكلوريا", "الباكلوريا"),
    Case("rare word, other spelling", "بالباكالوريا", "بالباكالوريا"),
    Case("rare word", "الطمأنينة", "الطمأنينة"),
    Case("rare name", "أردوغان", "أردوغان"),
    Case("medium word", "الانتخابات", "الانتخابات"),
    Case("medium word", "المنتخب", "المنتخب"),
    Case("medium, hamza-free", "اسعار", "اسعار"),
    Case("common word", "تونس", "تونس"),
    Case("very common word", "في", "في"),
    Case("very common, two words", "وزارة الداخلية", "وزارة"),
    Case("two words", "رئيس الحكومة", "رئيس"),
    Case("three words", "الحرس الوطني الإرهاب", "الحرس"),
    Case("prefix", "دمش*", "دمش"),
    Case("prefix, common", "الحكوم*", "الحكوم"),
    Case("prefix, rare", "الباكلور*", "الباكلور"),
    Case("phrase", '"وزارة الداخلية"', "وزارة الداخلية"),
    Case("phrase, common words", '"في تونس"', "في تونس"),
    Case("exclusion", "تونس -الحكومة", "تونس"),
    Case("filter: section", "الانتخابات", "الانتخابات", StoryFilter(section="سياسة")),
    Case("filter: status", "تونس", "تونس", StoryFilter(statuses=(Status.DRAFT,))),
    Case(
        "filter: dates",
        "المنتخب",
        "المنتخب",
        StoryFilter(
            date_from=datetime(2019, 1, 1, tzinfo=UTC), date_to=datetime(2020, 1, 1, tzinfo=UTC)
        ),
    ),
    Case("filter: author", "كرة القدم", "كرة", StoryFilter(author="مراسل 7")),
    Case("tashkeel typed", "الحُكُومَةُ التُّونِسِيَّةُ", "الحكومة"),
    Case("no hit", "زمبابويستان", "زمبابويستان"),
]


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def build_database(services: Services, corpus: Path) -> tuple[float, float, float, float]:
    """Import the corpus, then rebuild the index: wall and CPU seconds of each.

    The import runs as ``newsdesk import jsonl`` does, with its text worker where the machine
    has a second core; its CPU time includes the worker's (counted once it has ended).
    """
    services.imports.workers = default_workers()
    services.imports.alone = True  # as the command line: nothing else here reads the file
    started, started_cpu = time.perf_counter(), time.process_time()
    children_cpu = _children_cpu()
    report = services.imports.import_files("jsonl", [corpus])
    import_s, own_cpu = time.perf_counter() - started, time.process_time() - started_cpu
    worker_cpu = _children_cpu() - children_cpu
    import_cpu = own_cpu + worker_cpu
    print(
        f"import: {report.added} stories in {import_s:.1f} s ({import_cpu:.1f} s CPU, of which "
        f"{worker_cpu:.1f} s in {services.imports.workers} worker process(es))"
    )

    started, started_cpu = time.perf_counter(), time.process_time()
    indexed = services.search.reindex()
    reindex_s, reindex_cpu = time.perf_counter() - started, time.process_time() - started_cpu
    print(f"reindex: {indexed} stories in {reindex_s:.1f} s ({reindex_cpu:.1f} s CPU)", flush=True)
    with services.database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return import_s, import_cpu, reindex_s, reindex_cpu


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def timed(call, repeat: int) -> tuple[list[float], list[float]]:  # type: ignore[no-untyped-def]
    """Wall and CPU milliseconds of each run (CPU: this process, SQLite included)."""
    call()  # warm the caches once
    wall, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        call()
        cpu.append((time.process_time() - start_cpu) * 1000)
        wall.append((time.perf_counter() - start) * 1000)
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--limit", type=int, default=20, help="hits per search call")
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--no-readme", action="store_true")
    parser.add_argument(
        "--queries-only",
        action="store_true",
        help="reuse the database a previous run left in --workdir: time the queries only",
    )
    args = parser.parse_args()

    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="bench-search-"))
    workdir.mkdir(parents=True, exist_ok=True)
    corpus = workdir / f"corpus-{args.n}-{args.seed}.jsonl"
    if not corpus.exists():
        write_corpus(corpus, args.n, args.seed)
    db_path = workdir / f"search-{args.n}.db"
    loads = [("at the start", os.getloadavg()[0])]
    if args.queries_only:
        if not db_path.exists():
            parser.error(f"--queries-only: no database at {db_path}")
        services = Services.open(f"sqlite:///{db_path}")
        build = None
    else:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        services = Services.open(f"sqlite:///{db_path}")
        build = build_database(services, corpus)
    size_mb = db_path.stat().st_size / 1e6
    loads.append(("before the queries", os.getloadavg()[0]))

    rows = []
    search_wall: list[float] = []
    search_cpu: list[float] = []
    like_wall: list[float] = []
    like_cpu: list[float] = []
    for case in CASES:
        result = services.search.search(case.query, case.story_filter, limit=args.limit)
        wall, cpu = timed(
            lambda c=case: services.search.search(c.query, c.story_filter, limit=args.limit),
            args.repeat,
        )
        # The same WHERE clauses the list and the search use (works before and after the
        # filter helper gained its dialect argument on main).
        clauses = services.stories._clauses(case.story_filter or StoryFilter())

        def like(c: Case = case, cl: list = clauses) -> None:  # type: ignore[type-arg]
            with services.database.read() as session:
                search_index.like_scan(session, c.needle, cl, limit=args.limit)

        l_wall, l_cpu = timed(like, max(3, args.repeat // 2))
        search_wall += wall
        search_cpu += cpu
        like_wall += l_wall
        like_cpu += l_cpu
        row = (case, result.total, statistics.median(wall), statistics.median(cpu), max(cpu))
        rows.append((*row, statistics.median(l_wall), statistics.median(l_cpu)))
        print(
            f"{case.label:28} {case.query:28} hits {result.total:>6}  "
            f"search {statistics.median(wall):7.2f} ms ({statistics.median(cpu):6.2f} CPU)  "
            f"like {statistics.median(l_wall):8.1f} ms ({statistics.median(l_cpu):7.1f} CPU)",
            flush=True,
        )
    services.close()
    loads.append(("after them", os.getloadavg()[0]))

    def p(values: list[float], q: float) -> str:
        return f"{percentile(values, q):.1f}"

    print(
        f"search p50/p95: wall {p(search_wall, 0.5)} / {p(search_wall, 0.95)} ms, "
        f"CPU {p(search_cpu, 0.5)} / {p(search_cpu, 0.95)} ms; load {loads}"
    )
    if build is None:  # nothing built in this run: the README keeps a full run's table
        return
    import_s, import_cpu, reindex_s, reindex_cpu = build

    n = args.n
    lines = [
        f"Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {platform.machine()}, {os.cpu_count()} "
        f"cores, Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, on the "
        "machine shared with the other engineers' builds and tests: 1-minute load average "
        f"{', '.join(f'{label} {load:.1f}' for label, load in loads)} (2 cores), so wall times "
        "are inflated by the load; CPU times (this process, SQLite included) are the fairer "
        f"figure. {n:,} stories from `benchmarks/corpus.py` (seed {args.seed}).",
        "",
        "| measure | wall | CPU |",
        "|---|---|---|",
        f"| import (`newsdesk import jsonl`, index written in the same transaction) | "
        f"{import_s:.1f} s ({import_s / n * 1000:.2f} ms a story) | "
        f"{import_cpu:.1f} s ({import_cpu / n * 1000:.2f} ms a story) |",
        f"| `reindex` (whole index rebuilt) | {reindex_s:.1f} s | {reindex_cpu:.1f} s |",
        f"| database size (stories, revisions, index) | {size_mb:.0f} MB | |",
        f"| search p50 / p95, {len(CASES)} queries × {args.repeat} runs, "
        f"{args.limit} hits with snippets | {p(search_wall, 0.5)} / {p(search_wall, 0.95)} ms | "
        f"{p(search_cpu, 0.5)} / {p(search_cpu, 0.95)} ms |",
        f"| naive `LIKE` scan p50 / p95, same words | {p(like_wall, 0.5)} / "
        f"{p(like_wall, 0.95)} ms | {p(like_cpu, 0.5)} / {p(like_cpu, 0.95)} ms |",
        "",
        "| query | kind | hits | search wall | search CPU (max) | `LIKE` wall | `LIKE` CPU |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for case, total, wall_ms, cpu_ms, worst, l_wall_ms, l_cpu_ms in rows:
        shown = case.query.replace("|", "\\|")
        lines.append(
            f"| `{shown}` | {case.label} | {total:,} | {wall_ms:.1f} ms | "
            f"{cpu_ms:.1f} ms ({worst:.1f}) | {l_wall_ms:.0f} ms | {l_cpu_ms:.0f} ms |"
        )
    table = "\n".join(lines)
    print("\n" + table)
    if not args.no_readme:
        write_readme(table)


def write_readme(table: str) -> None:
    section = f"{START}\n{table}\n{END}"
    current = README.read_text(encoding="utf-8") if README.exists() else "# Benchmarks\n"
    if START in current and END in current:
        before, rest = current.split(START, 1)
        after = rest.split(END, 1)[1]
        updated = before + section + after
    else:
        updated = (
            current.rstrip()
            + "\n\n## Search (`make bench-search`)\n\n"
            + HOW
            + "\n\n"
            + section
            + "\n"
        )
    README.write_text(updated, encoding="utf-8")


HOW = (
    "`python -m benchmarks.search` builds the database through the JSON Lines import, rebuilds "
    "the index once more with `reindex`, then times `SearchService.search` (parse, FTS5 match, "
    "filters, ranking, snippets) inside one process, and a naive `LIKE '%word%'` over headline "
    "and body for the same words. Ranking (bm25) scores only the newest "
    f"{search_index.RANK_CANDIDATES:,} matches, and only by terms found in at most "
    f"{search_index.COMMON_TERM_STORIES:,} stories: bm25 walks every story of every term to weigh "
    "it, which cost 58-136 ms for a word found in most stories. A query made only of such common "
    "words lists the newest first. With a list filter, each hit is checked in a covering index "
    "(migration 0009) and the total is exact up to "
    f'{search_index.COUNT_LIMIT:,} matches, shown as "{search_index.COUNT_LIMIT}+" past it.'
)


if __name__ == "__main__":
    main()
