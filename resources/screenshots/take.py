"""Take the README screenshots from the real app, offscreen, on a fresh demo newsroom.

Usage: QT_QPA_PLATFORM=offscreen python resources/screenshots/take.py OUTDIR
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(out: Path) -> None:
    from newsdesk.services.container import Services
    from newsdesk.services.demo import fill_demo
    from newsdesk.ui.application import create_application
    from newsdesk.ui.main_window import MainWindow

    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        services = Services.open(f"sqlite:///{Path(tmp) / 'demo.db'}", user="demo")
        fill_demo(services.database)
        app = create_application("ar")
        window = MainWindow(services)
        window.resize(1400, 860)
        window.show()
        app.processEvents()
        window.list_view.select_row(1)
        for _ in range(5):
            app.processEvents()
        window.grab().save(str(out / "main-window-ar.png"))
        window.close()
        story_list(app, services, out)
        services.close()


def story_list(app, services, out: Path) -> None:  # type: ignore[no-untyped-def]
    """The story list with filters: published stories of the last months, a section chosen
    in the navigator, sorted by word count, three stories selected for a bulk action."""
    from datetime import timedelta

    from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt

    from newsdesk.core.domain import Status
    from newsdesk.services.dto import StoryFilter
    from newsdesk.ui.main_window import MainWindow
    from newsdesk.ui.story_list.model import COLUMNS

    window = MainWindow(services)
    window.resize(1400, 860)
    window.show()
    window.navigator.fill_vocabularies()
    newest = max(s.updated_at for s in services.stories.summaries(services.stories.ids()))
    window.navigator.select_filter(StoryFilter(statuses=(Status.PUBLISHED,)))
    window.story_list.dates.set_range(newest - timedelta(days=60), None)
    words = next(i for i, (key, _, _) in enumerate(COLUMNS) if key == "words")
    window.list_view.sortByColumn(words, Qt.SortOrder.DescendingOrder)
    selection = QItemSelection()
    for row in (1, 2, 4):
        selection.select(window.model.index(row, 0), window.model.index(row, len(COLUMNS) - 1))
    window.list_view.selectionModel().select(
        selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    window.splitter.setSizes([260, 900, 240])
    for _ in range(5):
        app.processEvents()
    window.grab().save(str(out / "story-list-ar.png"))
    window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "resources/screenshots"))
