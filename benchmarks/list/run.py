"""The story list at 100,000 stories: start-up, sort, filter, search, scroll, memory.

Builds (once) the cached benchmark database (``benchmarks.list.build``), then starts a fresh
process per run (``benchmarks.list.probe``), each right after a fresh floor process
(``benchmarks.list.floor``), and prints the medians as a Markdown table: wall time (min–max),
the process's CPU time, and the load average before and after, since the machine is shared.

``--src DIR`` runs the probe against another source tree (e.g. ``git archive <commit> src``
unpacked in a temporary folder), to compare a change with its baseline in the same hour.

Usage: python -m benchmarks.list.run [--n 100000] [--runs 5] [--src DIR]
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.list.build import build

ROOT = Path(__file__).resolve().parents[2]
#: (key, label, target, unit): times from process start are wall-clock differences.
ROWS = (
    ("floor_painted", "floor: bare Qt table window, process start → painted", None, "s"),
    ("window_shown", "process start → window shown", None, "s"),
    ("first_rows_painted", "process start → first rows painted", 1.0, "s"),
    ("icons_drawn", "process start → icons drawn (loaded after the first paint)", None, "s"),
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
FROM_START = {"window_shown", "first_rows_painted", "floor_painted", "icons_drawn"}


QUERY = "الحكومة"


def one_run(db: Path, src: Path, config: Path) -> dict[str, float]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": os.pathsep.join([str(src), str(ROOT), os.environ.get("PYTHONPATH", "")]),
        # The window's remembered state (columns, order) lives here for the whole invocation,
        # not in the user's own settings: every run after the warm-up starts from the state
        # the previous one left, as a desk reopening the app does.
        "XDG_CONFIG_HOME": str(config),
    }
    events: dict[str, float] = {}
    for command in (
        ["benchmarks.list.floor"],
        ["benchmarks.list.probe", str(db), QUERY],
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
    parser.add_argument("--src", type=Path, default=ROOT / "src", help="source tree to probe")
    args = parser.parse_args()
    db = build(args.n, 0)
    src = args.src.resolve()
    # An installed app starts from bytecode (pip compiles at install). This machine's
    # environment sets PYTHONDONTWRITEBYTECODE, which would make every run compile every
    # module from source; compile once here, the runs then only read the .pyc files.
    compileall.compile_dir(src, quiet=1)
    with tempfile.TemporaryDirectory(prefix="newsdesk-bench-config-") as folder:
        config = Path(folder)
        one_run(db, src, config)  # warm the page cache: the runs then read the file from memory
        load_before = os.getloadavg()
        runs = [one_run(db, src, config) for _ in range(args.runs)]
        load_after = os.getloadavg()
    ratios = [r["first_rows_painted"] / r["floor_painted"] for r in runs]
    cpu_ratios = [r["cpu_first_rows_painted"] / r["cpu_floor_painted"] for r in runs]
    print(
        f"{int(runs[0]['rows']):,} stories, {args.runs} fresh processes, medians "
        f"(min–max); search hits: {int(runs[0]['search_hits']):,}; load average "
        f"{load_before[0]:.1f} before, {load_after[0]:.1f} after (1 min), "
        f"{os.cpu_count()} CPUs; source {src}\n"
    )
    print("| measure | wall, median | wall, range | CPU, median | target |")
    print("|---|---|---|---|---|")
    for key, label, target, unit in ROWS:
        values = [r[key] for r in runs]
        median = statistics.median(values)
        if unit == "s":
            shown = f"{median * 1000:.0f} ms"
            spread = f"{min(values) * 1000:.0f}–{max(values) * 1000:.0f} ms"
            cpu = [r[f"cpu_{key}"] for r in runs if f"cpu_{key}" in r]
            cpu_shown = f"{statistics.median(cpu) * 1000:.0f} ms" if cpu else ""
            goal = f"≤ {target * 1000:.0f} ms" if target else ""
        else:
            shown = f"{median:.0f} {unit}"
            spread = f"{min(values):.0f}–{max(values):.0f} {unit}"
            cpu_shown = ""
            goal = f"≤ {target} {unit}" if target else ""
        print(f"| {label} | {shown} | {spread} | {cpu_shown} | {goal} |")
    print(
        f"\nfirst rows painted ÷ floor, per run: wall {statistics.median(ratios):.2f}× "
        f"({min(ratios):.2f}–{max(ratios):.2f}), CPU {statistics.median(cpu_ratios):.2f}× "
        f"({min(cpu_ratios):.2f}–{max(cpu_ratios):.2f})"
    )


if __name__ == "__main__":
    main()
