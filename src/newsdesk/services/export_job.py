"""A site export run in a process of its own, for the desktop app.

The desktop app is a threaded Qt program: it must not fork, so an export driven from one of its
threads renders every page in that one process (about twice the time of the command line's two
render processes at 10,000 stories), and every step it takes competes with the window for the
interpreter lock. ``export_in_child`` instead starts a fresh interpreter (the ``spawn`` start
method, safe everywhere) that opens the same database and runs the publishing service's export
with one render process per core, as ``newsdesk export site`` does.

The two sides talk in lock step over a pipe: the child sends each progress step and waits for
the parent to say go on or cancel, so a Cancel takes effect before the next step, exactly as
closing the in-process generator does. The child then closes its export generator, which
leaves the previous site whole and records the run as cancelled. If the parent disappears, the
child reads the end of the pipe as a cancel; if the child dies, the parent reports it, and the
previous site is still whole (the writer only touches the staging tree before the swap).

A database another process cannot open (an in-memory SQLite) is exported in the calling
process instead, with the same generator protocol.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
from collections.abc import Generator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from newsdesk.export.common import ExportProgress
from newsdesk.services.container import Services
from newsdesk.services.errors import ServiceError
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


def export_in_child(
    services: Services,
    destination: Path,
    *,
    base_url: str | None = None,
    theme: Path | None = None,
    feeds: bool = True,
) -> Generator[ExportProgress, None, ExportOutcome]:
    """Export the site like ``PublishingService.export_site``, rendering in a child process.

    Yields the child's progress steps and returns its outcome; raises ``ExportFailed`` with
    the child's message. Closing the generator cancels the export and waits for the child to
    leave the previous site as it was.
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
    context = mp.get_context("spawn")
    ours, theirs = context.Pipe()
    child = context.Process(target=_child_main, args=(request, theirs), name="newsdesk-export")
    child.start()
    theirs.close()
    finished = False
    try:
        while True:
            message = _receive(ours, child)
            kind = message[0]
            if kind == "step":
                yield ExportProgress(*message[1:])
                ours.send(_GO)
            elif kind == "done":
                finished = True
                outcome: ExportOutcome = message[1]
                return outcome
            else:  # "failed"
                finished = True
                raise ExportFailed(message[1])
    finally:
        if not finished and child.is_alive():
            # Closed early (Cancel): the child is waiting for our answer to its last step.
            with contextlib.suppress(OSError, ExportFailed):
                ours.send(_CANCEL)
                _receive(ours, child)  # its "cancelled" (or a last error) once it has cleaned up
        ours.close()
        child.join()


def _receive(connection: Connection, child: Any) -> tuple[Any, ...]:
    try:
        message: tuple[Any, ...] = connection.recv()
    except (EOFError, OSError):
        child.join()
        raise ExportFailed(
            f"the export process stopped unexpectedly (exit code {child.exitcode}); "
            "the previous site is unchanged"
        ) from None
    return message


def _child_main(request: ExportRequest, connection: Connection) -> None:
    """The child process: open the newsroom, export, report each step and wait for an answer."""
    try:
        services = Services.open(request.url, user=request.user, migrate=False)
        steps = services.publishing.export_site(
            request.destination,
            base_url=request.base_url,
            theme=request.theme,
            feeds=request.feeds,
            workers=request.workers,
        )
        try:
            while True:
                step = next(steps)
                connection.send(("step", step.stage, step.done, step.total, step.message))
                try:
                    answer = connection.recv()
                except EOFError:  # the app went away: as good as a cancel
                    answer = _CANCEL
                if answer != _GO:
                    steps.close()
                    connection.send(("cancelled",))
                    return
        except StopIteration as stop:
            connection.send(("done", stop.value))
    except (ServiceError, OSError) as exc:
        _send_quietly(connection, ("failed", str(exc)))
    except Exception as exc:  # a bug, not bad input: still the app's to show, not to lose
        _send_quietly(connection, ("failed", f"{type(exc).__name__}: {exc}"))
    finally:
        connection.close()


def _send_quietly(connection: Connection, message: tuple[Any, ...]) -> None:
    with contextlib.suppress(OSError):  # the app is gone: nobody is left to tell
        connection.send(message)
