"""The story list at 100,000 stories: start-up, sort, filter, search, scroll, memory.

Builds (once) the cached benchmark database (``benchmarks.list.build``), then starts a fresh
process per run (``benchmarks.list.probe``) and prints the medians as a Markdown table.

Usage: python -m benchmarks.list.run [--n 100000] [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.list.build import build

ROOT = Path(__file__).resolve().parents[2]
#: (key, label, target, unit): times from process start are wall-clock differences.
ROWS = (
    ("floor_painted", "floor: bare Qt table window, process start → painted", None, "s"),
    ("window_shown", "process start → window shown", None, "s"),
    ("first_rows_painted", "process start → first rows painted", 1.0, "s"),
    ("sort_headline", "re-sort by headline", 0.3, "s"),
    ("sort_words", "re-sort by word count", 0.3, "s"),
    ("filter_section", "filter: one section", 0.3, "s"),
    ("filter_status", "filter: drafts", 0.3, "s"),
    ("filter_all", "filter: back to all stories", 0.3, "s"),
    ("search", "search: show ranked matches", 0.3, "s"),
    ("search_sorted", "search: re-sort the matches by headline", 0.3, "s"),
    ("scroll_to_end", "scroll to the last row (a jump)", None, "s"),
    ("poll_unchanged", "change poll, nothing changed", None, "s"),
    ("peak_mib", "peak memory (ru_maxrss)", 200, "MiB"),
)
FROM_START = {"window_shown", "first_rows_painted", "floor_painted"}


QUERY = "الحكومة"


def stand_in_matches(db: Path, query: str) -> Path:
    """Ids of the stories whose headline holds ``query`` (newest first), as a JSON file."""
    import sqlite3

    path = db.with_suffix(".search.json")
    if not path.exists() or path.stat().st_mtime < db.stat().st_mtime:
        connection = sqlite3.connect(db)
        try:
            ids = [
                row[0]
                for row in connection.execute(
                    "SELECT id FROM articles WHERE trashed_at IS NULL AND headline LIKE ? "
                    "ORDER BY id DESC",
                    (f"%{query}%",),
                )
            ]
        finally:
            connection.close()
        path.write_text(json.dumps(ids), encoding="utf-8")
    return path


def one_run(db: Path, matches: Path) -> dict[str, float]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": os.pathsep.join(
            [str(ROOT / "src"), str(ROOT), os.environ.get("PYTHONPATH", "")]
        ),
    }
    events: dict[str, float] = {}
    for command in (
        ["benchmarks.list.floor"],
        ["benchmarks.list.probe", str(db), QUERY, str(matches)],
    ):
        started = time.time()
        out = subprocess.run(
            [sys.executable, "-m", *command],
            check=True,
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
        ).stdout
        for key, value in json.loads(out.strip().splitlines()[-1]).items():
            events[key] = value - started if key in FROM_START else value
    return events


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    db = build(args.n, 0)
    matches = stand_in_matches(db, QUERY)
    one_run(db, matches)  # warm the page cache: every run then reads the file from memory
    runs = [one_run(db, matches) for _ in range(args.runs)]
    print(
        f"{int(runs[0]['rows']):,} stories, {args.runs} fresh processes, medians "
        f"(min–max); search hits: {int(runs[0]['search_hits']):,}\n"
    )
    print("| measure | median | range | target |")
    print("|---|---|---|---|")
    for key, label, target, unit in ROWS:
        values = [r[key] for r in runs]
        median = statistics.median(values)
        if unit == "s":
            shown = f"{median * 1000:.0f} ms"
            spread = f"{min(values) * 1000:.0f}–{max(values) * 1000:.0f} ms"
            goal = f"≤ {target * 1000:.0f} ms" if target else ""
        else:
            shown = f"{median:.0f} {unit}"
            spread = f"{min(values):.0f}–{max(values):.0f} {unit}"
            goal = f"≤ {target} {unit}" if target else ""
        print(f"| {label} | {shown} | {spread} | {goal} |")


if __name__ == "__main__":
    main()
