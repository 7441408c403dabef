"""Site exports run in a process of their own, for the desktop app.

The desktop app is a threaded Qt program: it must not fork, so an export driven from one of its
threads renders every page in that one process (about twice the time of the command line's two
render processes at 10,000 stories), and every step it takes competes with the window for the
interpreter lock. The app's ``Exporter`` instead starts a fresh interpreter (the ``spawn`` start
method, safe everywhere) that opens the same database and runs the publishing service's export
with one render process per core, as ``newsdesk export site`` does.

The process stays for the next export (``export_site(keep=True)``, like ``--watch``): the
imports, the snapshot of the site and the plan are then already in memory, and an export after
one change takes under a second at 10,000 stories instead of about three. It leaves after
``IDLE_EXIT`` seconds without an export (its memory is the size of the site's snapshot), when
the app closes the exporter or goes away, and writes what it kept beside the site before.

The two sides talk in lock step over a pipe: the child acknowledges a request, sends each
progress step and waits for the parent to say go on or cancel, so a Cancel takes effect before
the next step, exactly as closing the in-process generator does. The child then closes its
export generator, which leaves the previous site whole and records the run as cancelled. If the
parent disappears, the child reads the end of the pipe as a cancel; if the child dies, the
parent reports it, and the previous site is still whole (the writer only touches the staging
tree before the swap); the next export starts a new process.

A database another process cannot open (an in-memory SQLite) is exported in the calling
process instead, with the same generator protocol.
"""

from __future__ import annotations

import atexit
import contextlib
import multiprocessing as mp
import os
import threading
from collections.abc import Generator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, Final

from newsdesk.export.common import ExportProgress
from newsdesk.services.container import Services
from newsdesk.services.errors import REFUSED
from newsdesk.services.publishing import ExportFailed, ExportOutcome

_GO = "go"
_CANCEL = "cancel"


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """What the child needs: where the newsroom is and what to export where."""

    url: str
    user: str
    destination: Path
    base_url: str | None = None
    theme: Path | None = None
    feeds: bool = True
    workers: int = 1


def can_share(services: Services) -> bool:
    """True when another process can open this newsroom's database (a file or a server)."""
    database = services.database
    return database.path is not None or not database.is_sqlite


#: A kept export process leaves after this many seconds without an export.
IDLE_EXIT: Final = 600.0


class Exporter:
    """The app's export process, started by the first export and kept for the next ones."""

    def __init__(self, *, idle_exit: float = IDLE_EXIT) -> None:
        self.idle_exit = idle_exit
        self._child: Any = None
        self._connection: Connection | None = None
        self._lock = threading.Lock()
        self._registered = False

    @property
    def pid(self) -> int | None:
        """The export process's id while it runs (tests, diagnostics)."""
        child = self._child
        return child.pid if child is not None and child.is_alive() else None

    def export(
        self,
        services: Services,
        destination: Path,
        *,
        base_url: str | None = None,
        theme: Path | None = None,
        feeds: bool = True,
    ) -> Generator[ExportProgress, None, ExportOutcome]:
        """Export the site like ``PublishingService.export_site``, rendering in the kept
        process.

        Yields its progress steps and returns its outcome; raises ``ExportFailed`` with its
        message. Closing the generator cancels the export and waits for the process to leave
        the previous site as it was.
        """
        if not can_share(services):
            return (
                yield from services.publishing.export_site(
                    destination, base_url=base_url, theme=theme, feeds=feeds
                )
            )
        request = ExportRequest(
            url=services.database.url,
            user=services.user,
            destination=Path(destination).absolute(),
            base_url=base_url,
            theme=theme.absolute() if theme is not None else None,
            feeds=feeds,
            workers=os.cpu_count() or 1,
        )
        with self._lock:
            connection = self._start(request)
            finished = False
            try:
                while True:
                    message = _receive(connection, self._child)
                    kind = message[0]
                    if kind == "step":
                        yield ExportProgress(*message[1:])
                        connection.send(_GO)
                    elif kind == "done":
                        finished = True
                        outcome: ExportOutcome = message[1]
                        return outcome
                    else:  # "failed"
                        finished = True
                        raise ExportFailed(message[1], code=message[2], **message[3])
            except ExportFailed:
                if not self._child.is_alive():
                    self._forget()
                raise
            finally:
                if not finished and self._child is not None and self._child.is_alive():
                    # Closed early (Cancel): the child is waiting for our answer to its step.
                    with contextlib.suppress(OSError, ExportFailed):
                        connection.send(_CANCEL)
                        _receive(connection, self._child)  # its "cancelled", once cleaned up

    def close(self, timeout: float = 30.0) -> None:
        """Let the process go: it writes what it kept beside the site and leaves."""
        with self._lock:
            child = self._child
            self._forget()
            if child is not None:
                child.join(timeout)
                if child.is_alive():
                    child.terminate()
                    child.join()

    def _start(self, request: ExportRequest) -> Connection:
        """Hand ``request`` to the kept process, starting one when there is none, and once
        more when the one there was has just left on its own (it acknowledges a request)."""
        for _attempt in (1, 2):
            if self._child is None or not self._child.is_alive():
                self._forget()
                self._spawn()
            assert self._connection is not None
            with contextlib.suppress(EOFError, OSError):
                self._connection.send(request)
                if self._connection.recv() == ("accepted",):
                    return self._connection
            self._forget()
        raise ExportFailed(
            "the export process could not be started; the previous site is unchanged",
            code="export.no_process",
        )

    def _spawn(self) -> None:
        context = mp.get_context("spawn")
        ours, theirs = context.Pipe()
        child = context.Process(
            target=_child_main, args=(theirs, self.idle_exit), name="newsdesk-export"
        )
        child.start()
        theirs.close()
        self._child, self._connection = child, ours
        if not self._registered:
            # Runs before multiprocessing's own exit handler, which would wait for the child
            # while the child waits for us.
            atexit.register(self.close)
            self._registered = True

    def _forget(self) -> None:
        if self._connection is not None:
            self._connection.close()
        if self._child is not None and not self._child.is_alive():
            self._child.join()
        self._child = self._connection = None


#: The app's exporter, and its ``export`` as the dialog calls it.
_EXPORTER = Exporter()
export_in_child = _EXPORTER.export


def _receive(connection: Connection, child: Any) -> tuple[Any, ...]:
    try:
        message: tuple[Any, ...] = connection.recv()
    except (EOFError, OSError):
        child.join()
        raise ExportFailed(
            "the export process stopped unexpectedly (exit code {exit_code}); "
            "the previous site is unchanged",
            code="export.process_died",
            exit_code=child.exitcode,
        ) from None
    return message


def _child_main(connection: Connection, idle_exit: float = IDLE_EXIT) -> None:
    """The kept process: take requests until the app goes or none comes for ``idle_exit``."""
    opened: dict[tuple[str, str], Services] = {}
    try:
        while connection.poll(idle_exit):
            try:
                request: ExportRequest = connection.recv()
            except (EOFError, OSError):
                return  # the app went away
            connection.send(("accepted",))
            if not _export_one(opened, request, connection):
                return
    finally:
        for services in opened.values():
            with contextlib.suppress(Exception):
                services.publishing.save_kept()
            services.close()
        connection.close()


def _export_one(
    opened: dict[tuple[str, str], Services], request: ExportRequest, connection: Connection
) -> bool:
    """Run one export (opening its newsroom the first time), reporting each step and waiting
    for an answer; False when the app has gone away (nothing more to do)."""
    try:
        key = (request.url, request.user)
        if key not in opened:
            opened[key] = Services.open(request.url, user=request.user, migrate=False)
        services = opened[key]
        steps = services.publishing.export_site(
            request.destination,
            base_url=request.base_url,
            theme=request.theme,
            feeds=request.feeds,
            workers=request.workers,
            keep=True,
        )
        try:
            while True:
                step = next(steps)
                connection.send(("step", step.stage, step.done, step.total, step.message))
                try:
                    answer = connection.recv()
                except EOFError:  # the app went away: as good as a cancel
                    steps.close()
                    return False
                if answer != _GO:
                    steps.close()
                    connection.send(("cancelled",))
                    return True
        except StopIteration as stop:
            connection.send(("done", stop.value))
        services.publishing.save_kept()  # while nobody waits: the app has its outcome
    except REFUSED as exc:  # its code and values go too: the app tells it in its language
        _send_quietly(connection, ("failed", exc.template, exc.code, exc.params))
    except OSError as exc:
        _send_quietly(connection, ("failed", str(exc), "", {}))
    except Exception as exc:  # a bug, not bad input: still the app's to show, not to lose
        _send_quietly(connection, ("failed", f"{type(exc).__name__}: {exc}", "", {}))
    return True


def _send_quietly(connection: Connection, message: tuple[Any, ...]) -> None:
    with contextlib.suppress(OSError):  # the app is gone: nobody is left to tell
        connection.send(message)
