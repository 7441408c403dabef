"""The desktop app's export dialog: an export in a child process against one on a thread.

``python -m benchmarks.export.dialog DB [--work DIR]`` (run with ``QT_QPA_PLATFORM=offscreen``)
opens ``ExportDialog`` on a copy of the SQLite newsroom ``DB`` and exports it twice into empty
folders: as the dialog does now (``services.export_job``: a spawned process rendering with one
process per core) and as it did before (the publishing service's generator on the dialog's
worker thread, one process). For each it reports the wall time, the CPU time of this process
and of its children, and how responsive the window stayed: a 10 ms timer runs during the
export, and the longest gap between two of its ticks is how long the window could not repaint
or react to a click.
"""

from __future__ import annotations

import argparse
import itertools
import os
import resource
import shutil
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from newsdesk.services.container import Services
from newsdesk.ui import export_dialog
from newsdesk.ui.export_dialog import ExportDialog


def _cpu() -> tuple[float, float, float]:
    """CPU seconds: this process (user + system), its children's user and system time."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime, kids.ru_utime, kids.ru_stime


def measure(app: QApplication, services: Services, target: Path) -> dict[str, Any]:
    dialog = ExportDialog(services)
    dialog.folder_edit.setText(str(target))
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    loop = QEventLoop()
    watch = QTimer()
    watch.setInterval(50)
    watch.timeout.connect(lambda: None if dialog.running else loop.quit())
    before = _cpu()
    started = time.perf_counter()
    timer.start()
    watch.start()
    dialog.start()
    loop.exec()
    wall = time.perf_counter() - started
    timer.stop()
    watch.stop()
    after = _cpu()
    gaps = [b - a for a, b in itertools.pairwise(ticks)] or [wall]
    assert dialog.outcome is not None, dialog.status_label.text()
    return {
        "files": dialog.outcome.pages,
        "wall": wall,
        "cpu_app": after[0] - before[0],
        "children_user": after[1] - before[1],
        "children_system": after[2] - before[2],
        "longest_stall": max(gaps),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path, help="a SQLite newsroom (copied, never changed)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/newsdesk-bench-dialog"))
    parser.add_argument("--rounds", type=int, default=2, help="pairs of exports, alternating")
    args = parser.parse_args()
    shutil.rmtree(args.work, ignore_errors=True)
    args.work.mkdir(parents=True)
    db = args.work / "newsroom.db"
    shutil.copyfile(args.db, db)
    app = QApplication.instance() or QApplication([])
    services = Services.open(f"sqlite:///{db}")
    child = export_dialog.export_in_child

    def on_a_thread(services: Services, target: Path, **options: Any) -> Any:
        return services.publishing.export_site(target, **options)

    ways = [("worker thread (before)", on_a_thread), ("child process (now)", child)]
    rows = []
    for round_ in range(args.rounds):
        # Alternate which goes first: the machine's load and its file system's speed drift.
        for name, runner in ways if round_ % 2 == 0 else ways[::-1]:
            export_dialog.export_in_child = runner  # type: ignore[assignment]
            target = args.work / f"{name.split()[0]}-{round_}"
            rows.append((name, measure(app, services, target)))
    export_dialog.export_in_child = child
    # Deleted only now: creating files right after deleting as many is slow on this file
    # system (see benchmarks/export/run.py), and the next export would pay for it.
    for path in sorted(args.work.iterdir()):
        if path.is_dir():
            shutil.rmtree(path)
    load = os.getloadavg()
    print(f"\nload average {load[0]:.1f} / {load[1]:.1f} on {os.cpu_count()} cores")
    print(
        "| export from the dialog | files | wall (s) | CPU: app / children user / children "
        "system (s) | longest stall of the window |"
    )
    print("|---|---:|---:|---:|---:|")
    for name, m in rows:
        print(
            f"| {name} | {m['files']} | {m['wall']:.1f} | {m['cpu_app']:.1f} / "
            f"{m['children_user']:.1f} / {m['children_system']:.1f} | "
            f"{m['longest_stall'] * 1000:.0f} ms |"
        )


if __name__ == "__main__":
    main()
