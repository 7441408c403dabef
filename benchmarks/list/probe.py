"""One fresh process: start Newsdesk's window on a database and time what a person waits for.

Run by ``benchmarks.list.run``, which notes the wall-clock time just before starting this
process; every event here is printed as a wall-clock stamp so the difference includes the
interpreter's own start and every import. The start path is the app's own: ``Services.open``
(migrations check included), ``create_application``, ``MainWindow``, ``show`` — what
``newsdesk`` without a command runs before entering the event loop.

Search: with a real search service on ``Services`` (issue 3, after the merge) that one is
used; otherwise a stand-in returns the stories whose headline holds the word, found by the
runner with one SQL ``LIKE`` before this process starts and handed over as a JSON file, so the
figure is the list's own cost of showing a ranked result and re-sorting it (the search
service's own time is issue 3's benchmark).
"""

from __future__ import annotations

import json
import os
import sys
import time

EVENTS: dict[str, float] = {}


def mark(name: str) -> None:
    EVENTS.setdefault(name, time.time())


def main(db_path: str, query: str, matches_path: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    mark("python")
    from newsdesk.app import current_user
    from newsdesk.services.container import Services

    services = Services.open(f"sqlite:///{db_path}", user=current_user())
    mark("database")
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtWidgets import QApplication

    from newsdesk.ui.application import create_application
    from newsdesk.ui.main_window import MainWindow

    if getattr(services, "search", None) is None:
        services.search = StandInSearch(matches_path)  # type: ignore[attr-defined]
    app = create_application("ar")
    window = MainWindow(services)
    window.story_list.poll_timer.stop()
    window.resize(1400, 860)
    mark("window_built")

    class Watch(QObject):
        def eventFilter(self, obj, event):  # type: ignore[no-untyped-def]
            if event.type() == QEvent.Type.Expose and obj is window.windowHandle():
                mark("window_shown")
            if (
                event.type() == QEvent.Type.Paint
                and obj is window.list_view.viewport()
                and window.model.rowCount() > 0
            ):
                mark("first_rows_painted")
            return False

    watch = Watch()
    window.show()
    window.windowHandle().installEventFilter(watch)
    window.list_view.viewport().installEventFilter(watch)
    mark("show_returned")
    deadline = time.time() + 30
    while "first_rows_painted" not in EVENTS and time.time() < deadline:
        app.processEvents()
    EVENTS.setdefault("window_shown", EVENTS["show_returned"])
    for _ in range(20):
        app.processEvents()  # the navigator's deferred tag and author lists
    view = window.list_view
    model = window.model

    def timed(name: str, action) -> None:  # type: ignore[no-untyped-def]
        QApplication.processEvents()
        start = time.perf_counter()
        action()
        view.viewport().repaint()
        EVENTS[name] = time.perf_counter() - start

    headline = next(i for i, c in enumerate(model_columns()) if c == "headline")
    words = next(i for i, c in enumerate(model_columns()) if c == "words")
    timed("sort_headline", lambda: view.sortByColumn(headline, Qt.SortOrder.AscendingOrder))
    timed("sort_words", lambda: view.sortByColumn(words, Qt.SortOrder.DescendingOrder))
    nav = window.navigator
    section = next(
        i for i in nav._iter_items() if nav._filters.get(id(i)) and nav._filters[id(i)].section
    )
    timed("filter_section", lambda: nav.setCurrentItem(section))
    from newsdesk.core.domain import Status

    timed("filter_status", lambda: nav.setCurrentItem(nav._status_items[Status.DRAFT]))
    timed("filter_all", lambda: nav.setCurrentItem(nav._all))
    timed("scroll_to_end", view.scrollToBottom)
    timed("search", lambda: window.story_list._on_query(query))
    EVENTS["search_hits"] = model.rowCount()
    timed("search_sorted", lambda: view.sortByColumn(headline, Qt.SortOrder.AscendingOrder))
    timed("poll_unchanged", window.story_list.poll)
    import resource

    EVENTS["peak_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    EVENTS["rows"] = services.stories.count()
    window.close()
    print(json.dumps(EVENTS))
    sys.stdout.flush()
    os._exit(0)  # skip tearing down 100,000 rows' worth of Python objects


def model_columns() -> list[str]:
    from newsdesk.ui.story_list.model import COLUMNS

    return [key for key, _, _ in COLUMNS]


class StandInSearch:
    """The runner's precomputed headline matches, newest first as the "ranking"."""

    def __init__(self, matches_path: str) -> None:
        with open(matches_path, encoding="utf-8") as handle:
            self.matches: list[int] = json.load(handle)

    def ids(self, query: str, story_filter: object) -> list[int]:
        return list(self.matches)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
