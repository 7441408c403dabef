"""The autosave controller: watches open editor tabs and keeps their unsaved copy in the database.

Two single-shot timers per tab and nothing else happens on a keystroke: every ``content_changed``
restarts the idle timer (default 2 s) and starts the maximum-interval timer (default 5 s) unless it
is already running. When either fires, the tab's ``current_input()`` is read on the GUI thread
(once per pause, not per key) and the database write runs on a worker thread, so a slow disk or a
busy PostgreSQL server never stalls typing. A tab that offers ``capture_input()`` gives the
fields and the body's blocks on the GUI thread and a function that writes the Markdown, which
runs on the worker too (about a second for a body of 1.5 MB). While someone types without
pause the maximum timer still fires every 5 s: at most 5 s of typing is ever at risk.

The intervals are a personal preference of the person at this keyboard, not a newsroom setting,
so they live in QSettings (``autosave/idle_ms``, ``autosave/max_ms``), not in the shared database.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QObject, QSettings, QTimer, Signal, SignalInstance, Slot

from newsdesk.services.autosave import AutosaveService
from newsdesk.services.dto import StoryInput
from newsdesk.services.errors import REFUSED
from newsdesk.ui.messages import describe

log = logging.getLogger(__name__)

DEFAULT_IDLE_MS = 2000
DEFAULT_MAX_MS = 5000


@runtime_checkable
class EditorTab(Protocol):
    """What the story editor exposes on each tab (the editor issue's side of the contract)."""

    story_id: int
    #: The article version the tab's copy was loaded at (or last saved as).
    base_version: int
    #: Emitted on every change of the text or the fields (a Qt signal).
    content_changed: SignalInstance

    def current_input(self) -> StoryInput: ...

    def is_dirty(self) -> bool: ...


@dataclass(frozen=True, slots=True)
class AutosaveSettings:
    idle_ms: int = DEFAULT_IDLE_MS
    max_ms: int = DEFAULT_MAX_MS

    @classmethod
    def load(cls, settings: QSettings | None = None) -> AutosaveSettings:
        settings = settings or QSettings("Newsdesk", "Newsdesk")

        def read(key: str, default: int, low: int, high: int) -> int:
            try:
                value = int(settings.value(key, default))
            except (TypeError, ValueError):
                return default
            return min(max(value, low), high)

        idle = read("autosave/idle_ms", DEFAULT_IDLE_MS, 200, 60_000)
        longest = read("autosave/max_ms", DEFAULT_MAX_MS, 500, 300_000)
        return cls(idle_ms=idle, max_ms=max(idle, longest))

    def save(self, settings: QSettings | None = None) -> None:
        settings = settings or QSettings("Newsdesk", "Newsdesk")
        settings.setValue("autosave/idle_ms", self.idle_ms)
        settings.setValue("autosave/max_ms", self.max_ms)


class _Watch(QObject):
    """The two timers of one tab."""

    def __init__(self, tab: EditorTab, settings: AutosaveSettings, owner: AutosaveController):
        super().__init__(owner)
        self.tab = tab
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(settings.idle_ms)
        self.longest = QTimer(self)
        self.longest.setSingleShot(True)
        self.longest.setInterval(settings.max_ms)
        self.idle.timeout.connect(self.fire)
        self.longest.timeout.connect(self.fire)
        self.owner = owner

    @Slot()
    def changed(self) -> None:
        # The whole per-keystroke cost of autosave: restart one timer, maybe start another.
        self.idle.start()
        if not self.longest.isActive():
            self.longest.start()

    @Slot()
    def fire(self) -> None:
        self.idle.stop()
        self.longest.stop()
        self.owner._autosave(self.tab)


@dataclass(frozen=True, slots=True)
class _Job:
    story_id: int
    data: StoryInput
    base_version: int
    captured_at: datetime
    #: Writes the body's Markdown (on the worker) when ``data.body`` is still to be made.
    body: Callable[[], str] | None = None


class AutosaveController(QObject):
    """Autosaves every watched tab; writes happen on one worker thread, newest copy wins."""

    #: story id, after its autosave reached the database.
    autosaved = Signal(int)
    #: story id and the reason, when a write failed (the next pause tries again).
    autosave_failed = Signal(int, str)

    def __init__(
        self,
        service: AutosaveService,
        settings: AutosaveSettings | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.settings = settings or AutosaveSettings()
        self._watches: dict[int, _Watch] = {}
        self._pending: dict[int, _Job] = {}
        self._lock = threading.Lock()
        self._queue: queue.Queue[int | None] = queue.Queue()
        self._idle = threading.Event()
        self._idle.set()
        self._worker = threading.Thread(target=self._run, name="autosave", daemon=True)
        self._worker.start()
        self._stopped = False

    @classmethod
    def from_settings(
        cls, service: AutosaveService, parent: QObject | None = None
    ) -> AutosaveController:
        return cls(service, AutosaveSettings.load(), parent)

    # -- tabs ---------------------------------------------------------------------------------

    def watch(self, tab: EditorTab) -> None:
        """Start autosaving ``tab`` (the editor calls this when it opens a story)."""
        key = id(tab)
        if key in self._watches:
            return
        watch = _Watch(tab, self.settings, self)
        self._watches[key] = watch
        tab.content_changed.connect(watch.changed)

    def unwatch(self, tab: EditorTab, *, discard: bool = False) -> None:
        """Stop watching; ``discard=True`` when the user closed the tab without saving on
        purpose, so the next start does not offer what they chose to throw away."""
        watch = self._watches.pop(id(tab), None)
        if watch is not None:
            watch.idle.stop()
            watch.longest.stop()
            with contextlib.suppress(RuntimeError, TypeError):  # already gone with the tab
                tab.content_changed.disconnect(watch.changed)
            # No deleteLater: the watch (two stopped timers) goes with the controller. A pending
            # deferred delete racing the controller's own destruction crashed the GUI tests.
        if discard:
            with self._lock:
                self._pending.pop(tab.story_id, None)
            self.wait_idle()
            try:
                self.service.discard(tab.story_id)
            except REFUSED as exc:
                self.autosave_failed.emit(tab.story_id, describe(exc))

    def _forget(self, watch: _Watch) -> None:
        for key, known in list(self._watches.items()):
            if known is watch:
                del self._watches[key]
        watch.idle.stop()
        watch.longest.stop()

    def watched(self) -> list[EditorTab]:
        return [w.tab for w in self._watches.values()]

    def pending_timers(self, tab: EditorTab) -> tuple[bool, bool]:
        """(idle timer running, maximum timer running): for tests and the status bar."""
        watch = self._watches[id(tab)]
        return watch.idle.isActive(), watch.longest.isActive()

    # -- writing ------------------------------------------------------------------------------

    def _autosave(self, tab: EditorTab) -> None:
        if self._stopped:
            return
        try:
            if not tab.is_dirty():
                return
            capture = getattr(tab, "capture_input", None)
            data, body = capture() if capture is not None else (tab.current_input(), None)
            job = _Job(tab.story_id, data, tab.base_version, self.service.clock(), body)
        except RuntimeError:  # the tab's widget was deleted without unwatch(): forget it
            for watch in [w for w in self._watches.values() if w.tab is tab]:
                self._forget(watch)
            return
        with self._lock:
            first = job.story_id not in self._pending
            self._pending[job.story_id] = job  # a newer copy replaces a queued older one
            self._idle.clear()
        if first:
            self._queue.put(job.story_id)

    def flush(self) -> None:
        """Autosave every dirty tab now and wait for the writes (before quitting, in tests)."""
        for watch in list(self._watches.values()):
            if watch.idle.isActive() or watch.longest.isActive():
                watch.fire()
        self.wait_idle()

    def wait_idle(self, timeout: float = 30.0) -> bool:
        """Block until the worker has written everything queued."""
        return self._idle.wait(timeout)

    def _run(self) -> None:
        while True:
            story_id = self._queue.get()
            if story_id is None:
                return
            with self._lock:
                job = self._pending.pop(story_id, None)
            if job is not None:
                try:
                    data = job.data if job.body is None else replace(job.data, body=job.body())
                    self.service.write(
                        job.story_id,
                        data,
                        base_version=job.base_version,
                        captured_at=job.captured_at,
                    )
                except REFUSED as exc:
                    self.autosave_failed.emit(job.story_id, describe(exc))
                except Exception as exc:  # the database went away: say so, keep the editor
                    log.exception("autosave of story %s failed", job.story_id)
                    self.autosave_failed.emit(job.story_id, describe(exc))
                else:
                    self.autosaved.emit(job.story_id)
            with self._lock:
                if not self._pending and self._queue.empty():
                    self._idle.set()

    def stop(self) -> None:
        """Write what is queued, then end the worker thread."""
        if self._stopped:
            return
        self.flush()
        self._stopped = True
        self._queue.put(None)
        self._worker.join(timeout=30)
