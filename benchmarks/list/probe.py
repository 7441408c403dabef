"""One fresh process: start Newsdesk's window on a database and time what a person waits for.

Run by ``benchmarks.list.run``, which notes the wall-clock time just before starting this
process; every event here is printed as a wall-clock stamp so the difference includes the
interpreter's own start and every import. The start path is the app's own: the cyclic garbage
collector paused (``app.main``; the window resumes it after the list's first paint),
``Services.open`` (migrations check included), ``create_application``, ``MainWindow``, ``show``
— what ``newsdesk`` without a command runs before entering the event loop.

Search goes through the window's own search box path (``services.search``, the FTS5 index
the benchmark database is built with): ranked ids, then the list's count, page and repaint.

Besides wall-clock stamps it reports the process's CPU time (``time.process_time``: user and
system, interpreter start included) when the first rows are painted, which the machine's load
inflates far less than wall time; and when the icons (loaded after the first paint) are drawn.
"""

from __future__ import annotations

import gc
import json
import os
import sys
import time
import types

EVENTS: dict[str, float] = {}


def mark(name: str) -> None:
    if name not in EVENTS:
        EVENTS[name] = time.time()
        EVENTS[f"cpu_{name}"] = time.process_time()


def main(db_path: str, query: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    mark("python")
    gc.disable()  # as ``app.main`` does for the desktop start
    from newsdesk.app import current_user
    from newsdesk.services.container import Services

    services = Services.open(f"sqlite:///{db_path}", user=current_user())
    mark("database")
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtWidgets import QApplication

    from newsdesk.ui.application import create_application
    from newsdesk.ui.main_window import MainWindow

    app = create_application("ar")
    window = MainWindow(services)
    window.story_list.poll_timer.stop()
    window.resize(1400, 860)
    mark("window_built")

    class Watch(QObject):
        def eventFilter(self, obj, event):  # type: ignore[no-untyped-def]
            if event.type() == QEvent.Type.Expose and obj is window.windowHandle():
                mark("window_shown")
            return False

    view_class = type(window.list_view)

    def paint_then_mark(view, event):  # type: ignore[no-untyped-def]
        # Stamped when the list's paint has finished (rows built and drawn), not when the
        # paint event arrives.
        view_class.paintEvent(view, event)
        if view.model().rowCount() > 0:
            mark("first_rows_painted")

    window.list_view.paintEvent = types.MethodType(paint_then_mark, window.list_view)
    watch = Watch()
    window.show()
    window.windowHandle().installEventFilter(watch)
    mark("show_returned")
    deadline = time.time() + 30
    while "first_rows_painted" not in EVENTS and time.time() < deadline:
        app.processEvents()
    EVENTS.setdefault("window_shown", EVENTS["show_returned"])
    try:
        from newsdesk.ui.icons import icons_loaded
    except ImportError:  # a baseline tree (``run --src``) draws its icons with the first paint
        EVENTS["icons_drawn"] = EVENTS["first_rows_painted"]
        EVENTS["cpu_icons_drawn"] = EVENTS["cpu_first_rows_painted"]
    else:
        while not icons_loaded() and time.time() < deadline:
            app.processEvents()  # the icons load after the first paint
        app.processEvents()  # … and the repaint they ask for
        mark("icons_drawn")
    for _ in range(20):
        app.processEvents()  # the navigator's deferred tag and author lists
    view = window.list_view
    model = window.model

    def timed(name: str, action) -> None:  # type: ignore[no-untyped-def]
        QApplication.processEvents()
        start, cpu = time.perf_counter(), time.process_time()
        action()
        view.viewport().repaint()
        EVENTS[name] = time.perf_counter() - start
        EVENTS[f"cpu_{name}"] = time.process_time() - cpu

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


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
