"""Site export benchmark: Newsdesk against Pelican on the same stories, in the same run.

    python -m benchmarks.export.run [--n 10000] [--seed 0] [--pelican /tmp/pelican-venv/bin/pelican]

Builds ``n`` stories from the shared corpus (``benchmarks.corpus``), imports them with
``newsdesk import jsonl`` (that database, as the import left it, is kept under the work folder and
reused), then measures three exports per tool as separate processes with ``/usr/bin/time``: cold
(empty output folder), nothing changed, one story changed (Newsdesk: ``--change-runs`` times, a
different story each time, the median in the table); then how soon ``export site --watch``
(one process that stays) puts a changed story on the site. Pelican gets the same public stories as
Markdown files it reads itself, and the same outputs switched on (article, category, tag, author
and archive pages, RSS and Atom feeds site-wide, per category and per tag, 20 items each); its
content cache is on for the second and third runs, as in the issue's reference figures.

Pelican is not a project dependency: install it in a separate venv
(``python3 -m venv /tmp/pelican-venv && /tmp/pelican-venv/bin/pip install pelican markdown``).
Prints a Markdown table; the machine's load average is printed with it because wall times on a
shared machine mean little without it.

Deleting files makes the next minutes of file creation on this ext4 slow: it has no journal,
and then its inode allocator skips every inode freed in the last 60 s (360 s while the inode's
block is not yet written back) one by one (perf: ``recently_deleted``/``find_inode_bit``; 50,000
files created right after deleting 50,000 took 18-19 s of system time, 6 s after a 20 s pause).
A cold export creates 33,000 files and 33,000 folders, so the benchmark must not pay for its own
deletions:

- each cold export (``--cold-runs``, 3 by default) writes into a new folder, with a fresh copy of
  the imported database (flushed to disk before the clock starts); nothing is deleted between
  the timed runs;
- the last run's outputs are renamed aside when it starts and deleted only after the table is
  printed, by a background ``rm`` at the lowest CPU and I/O priority;
- a run that starts within ``SETTLE`` seconds of the end of that deletion (or while it still
  runs) waits until the file system is past it (``--no-settle`` does not wait, and says so).

Other programs' deletions on the same file system are not under its control: user and system
CPU are reported apart for that reason (the user CPU is the code's; the system time follows the
file system's state), with the load average beside every figure. The sources are compiled first
(``compileall``): this machine sets ``PYTHONDONTWRITEBYTECODE``, so every process would compile
them again, which an installed app does not. ``--src DIR`` measures another source tree (``git
archive <commit> src`` unpacked elsewhere) with the same script, for a baseline in the same hour.
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.corpus import write_corpus

ROOT = Path(__file__).resolve().parents[2]
TIME = "/usr/bin/time"
#: Seconds after a deletion before the file system creates files at its usual speed again
#: (ext4 without a journal: ``RECENTCY_MIN`` 60 s + ``RECENTCY_DIRTY`` 300 s).
SETTLE = 360
#: Beside the work folder's outputs: the background deletion's process id while it runs, then
#: the time it ended.
DELETING, DELETED = ".deleting.pid", ".deleted-at"


def measure(command: list[str], env: dict[str, str] | None = None) -> dict[str, Any]:
    """Wall, CPU (user+sys) seconds and peak RSS (MiB) of one process and its children."""
    stats = Path(os.environ.get("TMPDIR", "/tmp")) / f"bench-time-{os.getpid()}.txt"
    full = [TIME, "-f", "%e %U %S %M", "-o", str(stats), *command]
    started = time.monotonic()
    result = subprocess.run(full, capture_output=True, text=True, env={**os.environ, **(env or {})})
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stdout}\n{result.stderr}")
    wall, user, system, rss_kib = stats.read_text().split()[-4:]
    load = os.getloadavg()[0]
    measured = {
        "wall": float(wall) if float(wall) else time.monotonic() - started,
        "cpu": float(user) + float(system),
        "user": float(user),
        "system": float(system),
        "rss": int(rss_kib) / 1024,
        "load": load,
    }
    print(f"{command[-1]}: {measured}", file=sys.stderr, flush=True)
    return measured


def newsdesk(*args: str) -> list[str]:
    return [sys.executable, "-m", "newsdesk", *args]


def schema_head() -> str:
    """The migration head of this checkout: a database imported under another is not reused."""
    from newsdesk.storage.db import Database

    database = Database("sqlite://")
    try:
        return database.head_revision() or "none"
    finally:
        database.dispose()


def renders_kept(db: Path) -> bool:
    """Whether every body of ``db`` is in its render cache under this checkout's key.

    The import keeps each body rendered, as a save does; a database imported by an older
    checkout (or under another renderer version) is not "as the import left it": its cold
    export would render the Markdown itself.
    """
    from newsdesk.core.markup import body_hash

    with contextlib.closing(sqlite3.connect(db)) as connection:
        kept = {row[0] for row in connection.execute("SELECT body_hash FROM rendered_bodies")}
        bodies = connection.execute("SELECT body FROM articles")
        return all(body_hash(body) in kept for (body,) in bodies)


def prepare_database(work: Path, n: int, seed: int) -> Path:
    # Named by schema head: a file imported by an older checkout (another migration chain)
    # would be migrated on open but could lack tables the import fills (the search index).
    pristine = work / f"imported-{n}-{seed}-{schema_head()}.db"
    if pristine.exists() and not renders_kept(pristine):
        print(f"{pristine} was imported by older code: importing again", file=sys.stderr)
        pristine.unlink()
    if not pristine.exists():
        corpus = write_corpus(work / f"corpus-{n}-{seed}.jsonl", n, seed)
        partial = pristine.with_suffix(".partial.db")
        partial.unlink(missing_ok=True)
        print(f"importing {n} stories (once; kept in {pristine}) …", file=sys.stderr)
        measure(newsdesk("--db", f"sqlite:///{partial}", "import", "jsonl", str(corpus)))
        partial.rename(pristine)
    return pristine


def change_one_story(db: Path, k: int = 0) -> None:
    """Add a paragraph to the ``k``-th published story after the middle one (``k`` = 0: the
    middle one, the story every run changes)."""
    code = (
        "from newsdesk.services.container import Services\n"
        "from newsdesk.services.dto import StoryFilter\n"
        "from newsdesk.core.domain import Status\n"
        f"s = Services.open('sqlite:///{db}')\n"
        "ids = s.stories.ids(StoryFilter(statuses=(Status.PUBLISHED,)), sort='id')\n"
        f"i = ids[len(ids) // 2 + {k}]\n"
        "st = s.stories.get(i)\n"
        "from dataclasses import replace\n"
        "s.stories.save(i, replace(st.to_input(), body=st.body + '\\n\\nفقرة أضيفت للقياس.'),"
        " expected_version=st.version)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def measure_watch(db: Path, out: Path, changes: int) -> dict[str, Any]:
    """``export site --watch`` on the site just exported: the seconds from a story's save
    (committed) to the watch's line saying the site was updated, over ``changes`` changes.

    The watch looks every 0.1 s, so a latency includes up to 0.1 s of waiting; ``export`` is
    what the watch reports itself (from the look that saw the change to the export's end).
    """
    command = newsdesk("--db", f"sqlite:///{db}", "export", "site", str(out), "--watch")
    watch = subprocess.Popen(
        [*command, "--every", "0.1", "--quiet"], stdout=subprocess.PIPE, text=True,
        encoding="utf-8",
    )  # fmt: skip
    assert watch.stdout is not None
    latencies, reported = [], []
    try:
        watch.stdout.readline()  # the first export: nothing changed
        for k in range(1, changes + 1):
            time.sleep(1.0)  # a quiet watch between two saves
            change_one_story(db, k)
            saved = time.monotonic()
            line = watch.stdout.readline()
            latencies.append(time.monotonic() - saved)
            reported.append(float(line.rsplit("(", 1)[1].split(" s)")[0]))
            print(f"watch: {latencies[-1]:.2f} s ({line.strip()})", file=sys.stderr, flush=True)
        status = Path(f"/proc/{watch.pid}/status").read_text()
        rss = int(status.split("VmHWM:")[1].split()[0]) / 1024
    finally:
        watch.send_signal(signal.SIGINT)
        watch.wait(timeout=120)
    latencies.sort()
    reported.sort()
    return {
        "median": latencies[len(latencies) // 2],
        "low": latencies[0],
        "high": latencies[-1],
        "export": reported[len(reported) // 2],
        "rss": rss,
    }


def set_aside(trash: Path, *paths: Path) -> None:
    """Move old outputs out of the way, to be deleted after the measures (see the docstring)."""
    for path in paths:
        if path.exists():
            trash.mkdir(parents=True, exist_ok=True)
            path.rename(trash / f"{path.name}-{time.time_ns()}")


def _running(pid_file: Path) -> bool:
    try:
        os.kill(int(pid_file.read_text()), 0)
    except (OSError, ValueError):
        return False
    return True


def settle(work: Path, wait: bool) -> None:
    """Wait until the last run's deletion (``delete_later``) ended ``SETTLE`` seconds ago."""
    while wait and _running(work / DELETING):
        print("waiting for the last run's outputs to be deleted …", file=sys.stderr, flush=True)
        time.sleep(10)
    try:
        ended = float((work / DELETED).read_text())
    except (OSError, ValueError):
        return
    left = SETTLE - (time.time() - ended)
    if left <= 0:
        return
    if not wait:
        print(f"the last run's outputs were deleted {SETTLE - left:.0f} s ago: file creation "
              "may be slow (--no-settle)", file=sys.stderr, flush=True)  # fmt: skip
        return
    print(f"the last run's outputs were deleted {SETTLE - left:.0f} s ago: waiting {left:.0f} s "
          "for the file system to be past it", file=sys.stderr, flush=True)  # fmt: skip
    time.sleep(left)


def delete_later(work: Path, trash: Path) -> None:
    """Delete ``trash`` in the background at the lowest priorities, noting when it is done."""
    if not trash.exists():
        return
    aside = work / f".trash-{time.time_ns()}"
    trash.rename(aside)
    script = (
        'ionice -c3 nice -n 19 rm -rf "$1"; date +%s > "$2"; rm -f "$3"'
        if shutil.which("ionice")
        else 'nice -n 19 rm -rf "$1"; date +%s > "$2"; rm -f "$3"'
    )
    pid_file = work / DELETING
    deleting = subprocess.Popen(
        ["sh", "-c", script, "delete", str(aside), str(work / DELETED), str(pid_file)],
        start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    pid_file.write_text(str(deleting.pid))


def fresh_copy(pristine: Path, db: Path) -> Path:
    """``pristine`` copied to ``db``, on disk before any clock starts (a cold export flushes
    its file system: it would otherwise write the 300 MB copy back too)."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(pristine, db)
    os.sync()
    return db


def write_pelican_input(corpus: Path, folder: Path, trash: Path) -> Path:
    content = folder / "content"
    set_aside(trash, folder)
    content.mkdir(parents=True)
    with corpus.open(encoding="utf-8") as handle:
        for i, line in enumerate(handle):
            story = json.loads(line)
            if story.get("status") != "published":
                continue
            tags = ", ".join(t.replace(",", " ") for t in story["tags"])
            (content / f"s{i:06d}.md").write_text(
                f"Title: {story['title']}\nDate: {story['date']} 09:00\n"
                f"Category: {story['category']}\nTags: {tags}\nAuthor: {story['author']}\n"
                f"Slug: s{i}\nLang: ar\n\n{story['body'].replace(chr(10), chr(10) * 2)}\n",
                encoding="utf-8",
            )
    (folder / "pelicanconf.py").write_text(
        "SITENAME = 'bench'\nSITEURL = 'https://bench.example.org'\nTIMEZONE = 'Asia/Amman'\n"
        "DEFAULT_LANG = 'ar'\nDEFAULT_PAGINATION = 20\nRELATIVE_URLS = False\n"
        "FEED_DOMAIN = SITEURL\nFEED_MAX_ITEMS = 20\n"
        "FEED_ALL_ATOM = 'feeds/all.atom.xml'\nFEED_ALL_RSS = 'feeds/all.rss.xml'\n"
        "CATEGORY_FEED_ATOM = 'feeds/{slug}.atom.xml'\nCATEGORY_FEED_RSS = 'feeds/{slug}.rss.xml'\n"
        "TAG_FEED_ATOM = 'feeds/tag/{slug}.atom.xml'\nTAG_FEED_RSS = 'feeds/tag/{slug}.rss.xml'\n"
        "MONTH_ARCHIVE_SAVE_AS = 'posts/{date:%Y}/{date:%m}/index.html'\n"
        # Folder-style pages: Pelican's default pagination names page 2 of "x-2" "x-22.html",
        # which collides with page 1 of "x-22" (our authors are "مراسل 2" and "مراسل 22").
        "AUTHOR_URL = 'author/{slug}/'\nAUTHOR_SAVE_AS = 'author/{slug}/index.html'\n"
        "CATEGORY_URL = 'category/{slug}/'\nCATEGORY_SAVE_AS = 'category/{slug}/index.html'\n"
        "TAG_URL = 'tag/{slug}/'\nTAG_SAVE_AS = 'tag/{slug}/index.html'\n"
        "PAGINATION_PATTERNS = ((1, '{url}', '{save_as}'), "
        "(2, '{base_name}/page/{number}/', '{base_name}/page/{number}/index.html'))\n"
        "CACHE_CONTENT = True\nLOAD_CONTENT_CACHE = True\nCACHE_PATH = 'cache'\n",
        encoding="utf-8",
    )
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--work", type=Path, default=Path("/tmp/newsdesk-bench-export"))
    parser.add_argument("--pelican", default="/tmp/pelican-venv/bin/pelican")
    parser.add_argument(
        "--watch-changes", type=int, default=5, help="changes seen by `export site --watch`"
    )
    parser.add_argument(
        "--cold-runs", type=int, default=3, help="cold exports, each into a new folder"
    )
    parser.add_argument(
        "--change-runs", type=int, default=5,
        help="exports after one story changed, a different story each time",
    )  # fmt: skip
    parser.add_argument(
        "--no-settle", action="store_true",
        help="do not wait for the file system after the last run's deletion",
    )  # fmt: skip
    parser.add_argument("--src", type=Path, help="the source tree to measure (default: this one)")
    parser.add_argument(
        "--keep", action="store_true",
        help="leave this run's outputs (the next run sets them aside and deletes them after its "
        "table): for runs back to back, e.g. main and a branch",
    )  # fmt: skip
    args = parser.parse_args()
    work: Path = args.work
    work.mkdir(parents=True, exist_ok=True)
    rows: list[tuple[str, str, dict[str, Any]]] = []
    src = (args.src or ROOT / "src").resolve()
    os.environ["PYTHONPATH"] = os.pathsep.join([str(src), str(ROOT)])
    # An installed app starts from bytecode; with PYTHONDONTWRITEBYTECODE every process would
    # compile the sources again (see the docstring).
    compileall.compile_dir(src, quiet=1)

    pristine = prepare_database(work, args.n, args.seed)
    trash = work / "trash"
    # Left by the last run (or an interrupted one): set aside now, deleted after the measures.
    set_aside(trash, *sorted(work.glob("site*")), *sorted(work.glob(".site*.newsdesk")))
    set_aside(trash, *sorted(work.glob("newsroom*.db*")))
    settle(work, not args.no_settle)
    if not _running(work / DELETING):  # what an interrupted deletion left
        set_aside(trash, *sorted(work.glob(".trash-*")))
    colds = []
    for run in range(max(1, args.cold_runs)):
        db = fresh_copy(pristine, work / f"newsroom-{run}.db")
        out = work / f"site-{run}"
        export = newsdesk("--db", f"sqlite:///{db}", "export", "site", str(out), "--quiet")
        colds.append(measure(export))
    for run in range(len(colds) - 1):  # the last one's site and database are used below
        set_aside(trash, work / f"site-{run}", work / f".site-{run}.newsdesk")
        set_aside(trash, *sorted(work.glob(f"newsroom-{run}.db*")))
    colds_by_wall = sorted(colds, key=lambda m: m["wall"])
    rows.append(("Newsdesk", "cold (median)", colds_by_wall[len(colds) // 2]))
    rows.append(("Newsdesk", "nothing changed", measure(export)))
    # One change at a time, a new story each time (one sample says little on a shared machine).
    changes = []
    for k in range(max(1, args.change_runs)):
        change_one_story(db, k)
        changes.append(measure(export))
    by_wall = sorted(changes, key=lambda m: m["wall"])
    rows.append(
        ("Newsdesk", f"one story changed (median of {len(changes)})", by_wall[len(changes) // 2])
    )
    print(
        "one story changed, each run: "
        + ", ".join(f"{m['wall']:.2f} s ({m['user']:.2f} + {m['system']:.2f})" for m in changes),
        file=sys.stderr,
    )
    files = sum(1 for p in out.rglob("*") if p.is_file())
    watched = measure_watch(db, out, args.watch_changes) if args.watch_changes else None

    pelican = shutil.which(args.pelican) or (args.pelican if Path(args.pelican).exists() else None)
    if pelican:
        site = write_pelican_input(
            work / f"corpus-{args.n}-{args.seed}.jsonl", work / "pelican", trash
        )
        command = [pelican, "content", "-o", "output", "-s", "pelicanconf.py", "-q"]
        cwd = os.getcwd()
        os.chdir(site)
        try:
            rows.append(("Pelican", "cold", measure(command)))
            rows.append(("Pelican", "nothing changed", measure(command)))
            stories = sorted((site / "content").iterdir())
            first = stories[len(stories) // 2]
            first.write_text(first.read_text("utf-8") + "\nفقرة أضيفت للقياس.\n", "utf-8")
            rows.append(("Pelican", "one story changed", measure(command)))
        finally:
            os.chdir(cwd)
        pelican_files = sum(1 for p in (site / "output").rglob("*") if p.is_file())
    else:
        print(f"Pelican not found at {args.pelican}: its rows are left out", file=sys.stderr)
        pelican_files = 0

    load = os.getloadavg()
    print(
        f"\n{args.n} stories (seed {args.seed}), {src}; load average at the end "
        f"{load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} on {os.cpu_count()} cores; "
        f"Newsdesk wrote {files} files, Pelican {pelican_files}.\n"
    )
    print("| tool | export | wall (s) | CPU user + sys (s) | peak RSS (MiB) | load |")
    print("|---|---|---:|---:|---:|---:|")
    for tool, kind, m in rows:
        print(
            f"| {tool} | {kind} | {m['wall']:.1f} | {m['user']:.1f} + {m['system']:.1f} | "
            f"{m['rss']:.0f} | {m['load']:.1f} |"
        )
    print(
        "\nCold exports, each into a new folder: "
        + "; ".join(
            f"{m['wall']:.2f} s ({m['user']:.1f} + {m['system']:.1f} s CPU, load {m['load']:.1f})"
            for m in colds
        )
    )
    if watched:
        print(
            f"\n`export site --watch`, {args.watch_changes} changes of one story each: the site "
            f"is updated {watched['median']:.2f} s after the save (median; "
            f"{watched['low']:.2f}-{watched['high']:.2f} s), the export itself takes "
            f"{watched['export']:.1f} s (median), peak RSS {watched['rss']:.0f} MiB."
        )
    # Only now, with every figure printed: see the docstring.
    if not args.keep:
        delete_later(work, trash)


if __name__ == "__main__":
    main()
