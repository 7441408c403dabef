"""``newsdesk export site OUT`` and ``newsdesk export feeds OUT``: the static site and its feeds."""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import os
import pickle
import signal
import sys
import threading
import time
import traceback
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Final, TextIO

from newsdesk.cli.common import EXIT_OK, EXIT_USAGE, seconds, told
from newsdesk.services.errors import REFUSED
from newsdesk.services.exporting import (
    ExportOutcome,
    Preloaded,
    RemoteExporter,
    SiteExporter,
    SiteInputs,
    serve,
)

if TYPE_CHECKING:
    from newsdesk.services.container import Services
    from newsdesk.services.publishing import PublishingService

FEED_KINDS = ("feed",)
#: How often ``--watch`` asks whether anything changed, without ``--every`` (seconds).
EVERY: Final = 0.5


def register(subparsers: Any) -> None:
    command = subparsers.add_parser(
        "export",
        help="export the static site or its feeds",
        description="Export what readers may see. The output folder is replaced atomically: an "
        "interrupted export leaves the previous one whole, and unchanged files keep their time.",
    )
    targets = command.add_subparsers(dest="export_target", metavar="TARGET", required=True)
    for name, help_text in (
        ("site", "the whole web site: pages, sitemaps and feeds"),
        ("feeds", "only the RSS, Atom and JSON feeds"),
    ):
        sub = targets.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("out", metavar="OUT", type=Path, help="the output folder")
        sub.add_argument("--base-url", metavar="URL", help="the site's public address")
        if name == "site":
            sub.add_argument("--theme", metavar="DIR", type=Path, help="a theme folder")
            sub.add_argument("--no-feeds", action="store_true", help="leave the feeds out")
            sub.add_argument(
                "--watch",
                action="store_true",
                help="stay running and export again whenever what the site shows changes "
                "(Ctrl+C stops)",
            )
            sub.add_argument(
                "--every",
                type=seconds,
                metavar="SECONDS",
                help="with --watch: how often to ask whether anything changed "
                f"(default: {EVERY:g})",
            )
        sub.add_argument(
            "--jobs",
            type=int,
            default=os.cpu_count() or 1,
            metavar="N",
            help="use up to N processes (default: one per core)",
        )
        sub.add_argument("--quiet", action="store_true", help="no progress lines")
        sub.set_defaults(handler=cmd_export, before_database=fork_exporter)


def cmd_export(services: Services, args: argparse.Namespace, out: TextIO) -> int:
    if getattr(args, "watch", False):
        return _watch(services, args, out)
    if getattr(args, "every", None) is not None:  # else a user would wait for a watch in vain
        print("newsdesk export site: --every goes with --watch", file=sys.stderr)
        return EXIT_USAGE
    exporter: _Exporter | None = getattr(args, "exporter", None)
    if exporter is not None:
        return exporter.export_with(services.publishing, args, out)
    _export(services.publishing, args, out)
    return EXIT_OK


def fork_exporter(args: argparse.Namespace) -> None:
    """Split the command in two before it opens the database (``app`` calls this first): a
    forked exporter that never imports the database's code loads what lies beside the site
    (``SiteExporter.preload``: the writer's state, the last snapshot, the renderers), while
    this process imports SQLAlchemy, opens the database and reads the export's input rows.
    At 10,000 stories each half takes about 0.4 s, which one process did one after the
    other. This process then hands the rows over and answers the exporter's few questions
    (``exporting.serve``: the changed stories, rendered bodies, the run's record) until it
    is done, and ends with its exit status (``cmd_export``).

    Nothing is forked where it would not be safe or would not pay (``_can_fork``). When the
    site is current (nothing changed), or this process fails to read, the exporter is
    stopped (it has only read files) and this one goes on as an export without the fork does.
    """
    if not _can_fork(args, sys.stdout):
        return
    started = time.monotonic()
    for stream in (sys.stdout, sys.stderr):
        stream.flush()
    asked, ask = os.pipe()
    answered, answer = os.pipe()
    reader = os.getpid()
    pid = os.fork()
    if pid == 0:
        os.close(asked)
        os.close(answer)
        _end_with(reader)
        _run_exporter(args, sys.stdout, os.fdopen(ask, "wb"), os.fdopen(answered, "rb"), started)
    os.close(ask)
    os.close(answered)
    args.exporter = _Exporter(pid, os.fdopen(asked, "rb"), os.fdopen(answer, "wb"), started)


def _can_fork(args: argparse.Namespace, out: TextIO) -> bool:
    """Whether ``export`` may split into a reader and an exporter (``fork_exporter``): where
    the platform forks, in a process of one thread without Qt (forking either is unsafe),
    writing to real files (a forked exporter's lines must reach them), for a one-off export
    (not ``--watch``) into a folder that holds a site already, and when the user allows more
    than one process (``--jobs``)."""
    if getattr(args, "watch", False) or getattr(args, "every", None) is not None:
        return False
    if args.jobs < 2 or not hasattr(os, "fork") or threading.active_count() > 1:
        return False
    if "PySide6.QtCore" in sys.modules:
        return False
    if not _holds_a_site(args.out):
        # A first export has nothing beside the site to preload: everything comes from the
        # database, and handing it over (7 MB at 10,000 stories) would cost 0.3 s.
        return False
    try:
        out.fileno()
        sys.stderr.fileno()
    except (AttributeError, OSError, ValueError):
        return False
    return True


def _holds_a_site(folder: Path) -> bool:
    """Whether ``folder`` holds anything (an earlier export, presumably)."""
    try:
        with os.scandir(folder) as entries:
            return next(entries, None) is not None
    except OSError:  # not there, not a folder: the export itself says what is wrong
        return False


@dataclass(frozen=True, slots=True)
class _Exporter:
    """The forked exporter, as the reading process sees it."""

    pid: int
    #: What it asks (``RemoteExporter``), and where the answers go.
    questions: BinaryIO
    answers: BinaryIO
    #: When the command started (for its progress lines).
    started: float

    def export_with(
        self, publishing: PublishingService, args: argparse.Namespace, out: TextIO
    ) -> int:
        handed = False
        try:
            read = publishing.read_inputs(**_options(args))
            if not publishing.is_current(args.out, read):
                pickle.dump(read, self.answers, pickle.HIGHEST_PROTOCOL)
                self.answers.flush()
                handed = True
        finally:
            if not handed:
                # It has only read files so far, and waits for what this process reads:
                # stopped now, it leaves nothing behind and costs no wait.
                self._close()
                os.kill(self.pid, signal.SIGKILL)
                _exit_status(self.pid)
        if not handed:
            _export(publishing, args, out, read=read, started=self.started)  # nothing changed
            return EXIT_OK
        # A Ctrl+C reaches the exporter too: it cancels its own way (the site left whole) and
        # tells this process, which must go on answering until then.
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            with contextlib.suppress(BrokenPipeError):  # it ended without closing its end
                serve(publishing, self.questions, self.answers)
        except BaseException:
            os.kill(self.pid, signal.SIGKILL)
            raise
        finally:
            signal.signal(signal.SIGINT, previous)
            self._close()
        return _exit_status(self.pid)

    def _close(self) -> None:
        for pipe in (self.questions, self.answers):
            with contextlib.suppress(OSError):
                pipe.close()


def _run_exporter(
    args: argparse.Namespace, out: TextIO, ask: BinaryIO, answered: BinaryIO, started: float
) -> None:
    """The forked half of ``fork_exporter``: preload, then export what the reader hands over,
    reporting as any command does; then end the process, whatever happens: it must never
    return into its caller's stack, which is the reader's."""

    def export() -> int:
        exporter = RemoteExporter(ask, answered)
        preloaded = exporter.preload(args.out)
        try:
            read = pickle.load(answered)
        except EOFError:  # the reader ended before it read (it says why)
            return EXIT_OK
        _export(exporter, args, out, read=read, preloaded=preloaded, started=started)
        return EXIT_OK

    status = 1
    try:
        status = told(export, sys.stderr)  # a Ctrl+C: the export cancelled, the site whole
    except BaseException:
        traceback.print_exc()
    finally:
        with contextlib.suppress(BaseException):
            for stream in (out, sys.stdout, sys.stderr):
                stream.flush()
        os._exit(status)


#: Linux ``prctl``: the signal a process gets when its parent ends.
PR_SET_PDEATHSIG: Final = 1


def _end_with(parent: int) -> None:
    """Stop this process (SIGTERM) when ``parent`` ends first, where Linux can tell: a user
    who stops the command (``kill``, ``timeout``) stops its exporter as well, which leaves
    the site as any interrupted export does (whole, as it was)."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    if os.getppid() != parent:  # it ended before this process asked
        os._exit(128 + signal.SIGTERM)


def _exit_status(pid: int) -> int:
    """Wait for process ``pid``; its exit status as a shell shows it. A Ctrl+C reaches it
    too, and it stops its own way (the export is cancelled, the site left whole)."""
    while True:
        try:
            _, status = os.waitpid(pid, 0)
        except KeyboardInterrupt:
            continue
        code = os.waitstatus_to_exitcode(status)
        return code if code >= 0 else 128 - code


def _options(args: argparse.Namespace) -> dict[str, Any]:
    return {
        "base_url": args.base_url,
        "theme": getattr(args, "theme", None),
        "feeds": not getattr(args, "no_feeds", False),
        "target": args.export_target,
    }


def _export(
    publishing: SiteExporter,
    args: argparse.Namespace,
    out: TextIO,
    *,
    keep: bool = False,
    read: SiteInputs | None = None,
    preloaded: Preloaded | None = None,
    started: float | None = None,
) -> None:
    only = None
    if args.export_target == "feeds":

        def only(job: Any) -> bool:
            return job.kind in FEED_KINDS

    steps = publishing.export_site(
        args.out,
        only=only,
        workers=max(1, args.jobs),
        keep=keep,
        read=read,
        preloaded=preloaded,
        **_options(args),
    )
    started = time.monotonic() if started is None else started
    interactive = sys.stderr.isatty() and not args.quiet
    outcome: ExportOutcome | None = None
    try:
        while True:
            step = next(steps)
            if args.quiet:
                continue
            total = f"/{step.total}" if step.total else ""
            line = f"{step.stage}: {step.done}{total} ({time.monotonic() - started:.1f} s)"
            if interactive:
                print("\r" + line.ljust(60), end="", file=sys.stderr, flush=True)
            elif step.stage in ("render", "commit") and step.done in (0, step.total):
                print(line, file=sys.stderr, flush=True)
    except StopIteration as stop:
        outcome = stop.value
    if interactive:
        print(file=sys.stderr)
    assert outcome is not None
    print(
        f"{outcome.destination}: {outcome.pages} files — {outcome.written} written, "
        f"{outcome.unchanged} unchanged, {outcome.removed} removed "
        f"({time.monotonic() - started:.1f} s)",
        file=out,
        flush=True,
    )


#: How long ``--watch`` waits (tests replace it).
sleep = time.sleep
#: ``--watch`` reads what an export compares at least this often even without a sign of a
#: write: time alone publishes a scheduled story, lifts an embargo, moves the news sitemap.
LOOK_ANYWAY: Final = 30.0
#: A watch writes what it keeps in memory (``save_kept``) after this long without an export.
SAVE_WHEN_IDLE: Final = 5.0


def _watch(services: Services, args: argparse.Namespace, out: TextIO) -> int:
    """Export, then again whenever what the site shows changes, until Ctrl+C.

    What an export read stays in memory for the next one (see ``export_site(keep=True)``),
    and is written beside the site after a few idle seconds and at the end. Every
    ``--every`` seconds the watch asks the database whether anyone wrote (on SQLite a
    counter, microseconds); only then, or every ``LOOK_ANYWAY`` seconds, does it read what
    an export compares (no story body) to see whether the site would change. Where the
    database cannot tell (PostgreSQL) it reads at each turn, waiting at least five times as
    long as a reading takes, so that watching never keeps a core busy. A failed export is
    reported and leaves the site as it was; the watch goes on. Ctrl+C while it waits stops it
    at once; during a look or an export it stops when that is done (a second Ctrl+C stops it
    there and then, as any command): an interrupt at any other point could leave a lock of the
    database pool held, and the watch unable to close it.
    """
    publishing = services.publishing
    options = _options(args)
    every = EVERY if args.every is None else args.every
    wait = every
    stop = _Interrupt()
    try:
        with publishing.change_hints() as maybe_changed, stop.installed():
            maybe_changed()  # before the first export: a write during it is seen after
            _export(publishing, args, out, keep=True)
            print(f"watching for changes every {every:g} s (Ctrl+C stops)", file=sys.stderr)
            looked = exported = time.monotonic()
            while not stop.requested:
                with stop.waiting():
                    sleep(wait)
                started = time.monotonic()
                hint = maybe_changed()
                if hint is not False or started - looked >= LOOK_ANYWAY:
                    looked = started
                    try:
                        read = publishing.changed_inputs(args.out, **options)
                        if hint is None:  # a reading at every turn: under a fifth of a core
                            wait = max(every, 5 * (time.monotonic() - started))
                        if read is not None:
                            _export(publishing, args, out, keep=True, read=read, started=started)
                            exported = time.monotonic()
                            continue
                    except REFUSED as exc:
                        print(f"newsdesk: {exc} (still watching)", file=sys.stderr, flush=True)
                if time.monotonic() - exported >= SAVE_WHEN_IDLE:
                    publishing.save_kept()
    except KeyboardInterrupt:
        pass
    finally:
        publishing.save_kept()
    return EXIT_OK


class _Interrupt:
    """Ctrl+C for ``--watch``: raised at once while it waits, else noted for the loop to see
    (and raised at a second Ctrl+C)."""

    def __init__(self) -> None:
        self.requested = False
        self._waiting = False

    def __call__(self, _signum: int, _frame: Any) -> None:
        if self._waiting or self.requested:
            raise KeyboardInterrupt
        self.requested = True

    @contextlib.contextmanager
    def waiting(self) -> Iterator[None]:
        self._waiting = True
        try:
            yield
        finally:
            self._waiting = False

    @contextlib.contextmanager
    def installed(self) -> Iterator[None]:
        if threading.current_thread() is not threading.main_thread():
            yield  # signals reach the main thread only: Ctrl+C stays as it is
            return
        previous = signal.signal(signal.SIGINT, self)
        try:
            yield
        finally:
            signal.signal(signal.SIGINT, previous)
