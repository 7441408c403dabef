"""The desktop app's export dialog: a first export, then exports after one change each.

``python -m benchmarks.export.dialog DB [--work DIR] [--changes 5]`` (run with
``QT_QPA_PLATFORM=offscreen``) opens ``ExportDialog`` on a copy of the SQLite newsroom ``DB``,
exports it into an empty folder, then changes one story at a time (a paragraph added, as
``benchmarks/export/run.py`` does) and exports again from a new dialog, as a desk editor would.
The export runs in the app's export process (``services.export_job``), which stays for the next
export with what it read. For each export it reports the wall time and how responsive the
window stayed: a 10 ms timer runs during the export, and the longest gap between two of its
ticks is how long the window could not repaint or react to a click. (The export process's CPU
is not counted while it runs on: the operating system reports a child's CPU once it ends.)
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


def change_one_story(services: Services, k: int) -> None:
    from dataclasses import replace

    from newsdesk.core.domain import Status
    from newsdesk.services.dto import StoryFilter

    ids = services.stories.ids(StoryFilter(statuses=(Status.PUBLISHED,)), sort="id")
    story_id = ids[len(ids) // 2 + k]
    story = services.stories.get(story_id)
    services.stories.save(
        story_id,
        replace(story.to_input(), body=story.body + "\n\nفقرة أضيفت للقياس."),
        expected_version=story.version,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path, help="a SQLite newsroom (copied, never changed)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/newsdesk-bench-dialog"))
    parser.add_argument("--changes", type=int, default=5, help="exports after one change each")
    args = parser.parse_args()
    shutil.rmtree(args.work, ignore_errors=True)
    args.work.mkdir(parents=True)
    db = args.work / "newsroom.db"
    shutil.copyfile(args.db, db)
    app = QApplication.instance() or QApplication([])
    services = Services.open(f"sqlite:///{db}")
    target = args.work / "site"
    rows = [("first export of the session (cold)", measure(app, services, target))]
    for k in range(1, args.changes + 1):
        time.sleep(1.0)
        change_one_story(services, k)
        rows.append((f"after one change ({k})", measure(app, services, target)))
    export_dialog_close()
    load = os.getloadavg()
    print(f"\nload average {load[0]:.1f} / {load[1]:.1f} on {os.cpu_count()} cores")
    print("| export from the dialog | files | wall (s) | longest stall of the window |")
    print("|---|---:|---:|---:|")
    for name, m in rows:
        print(f"| {name} | {m['files']} | {m['wall']:.2f} | {m['longest_stall'] * 1000:.0f} ms |")


def export_dialog_close() -> None:
    """Let the app's export process go (it writes what it kept beside the site)."""
    from newsdesk.services import export_job

    export_job._EXPORTER.close()


if __name__ == "__main__":
    main()
