"""The composition root: arguments, paths, database, migrations, then the CLI or the GUI.

Nothing else in the package opens a database or reads the environment; everything below gets
what it needs handed in.

Start-up time matters here (the desk opens the app many times a day), so this module imports
only what the path taken needs: the global options are read first, and the command modules
(``newsdesk.cli``) are imported only when a command, ``--help`` or a mistake is on the line;
the desktop app never imports them, and ``--version`` imports neither the database nor Qt.
Both starts run without the cyclic garbage collector: the desktop one until its first paint, a
command until the database is open (see ``main``).
"""

from __future__ import annotations

import argparse
import gc
import getpass
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from newsdesk import __version__

#: Exit status for a database that cannot be opened (``cli.EXIT_BAD_INPUT``; kept here so the
#: desktop path need not import the command modules).
EXIT_BAD_INPUT = 1

APP_NAME = "Newsdesk"
ENV_DB = "NEWSDESK_DB"


def data_dir() -> Path:
    """Where the default newsroom file lives (per user, per OS)."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def default_db_url() -> str:
    return f"sqlite:///{data_dir() / 'newsroom.db'}"


def resolve_db_url(option: str | None) -> str:
    """``--db`` wins, then ``NEWSDESK_DB``, then the file in the user data folder."""
    return option or os.environ.get(ENV_DB) or default_db_url()


def current_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; ``commands=False`` gives the global options alone (no ``-h``),
    which ``main`` reads first so that starting the desktop app imports no command module."""
    parser = argparse.ArgumentParser(
        prog="newsdesk",
        description="Newsdesk: a newsroom editor for Arabic-first newsrooms. "
        "Without a command it starts the desktop app.",
        add_help=commands,
    )
    parser.add_argument("--version", action="version", version=f"newsdesk {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help=f"database URL or SQLite file (default: ${ENV_DB}, else {default_db_url()})",
    )
    parser.add_argument(
        "--lang", choices=("ar", "en"), help="interface language (default: from the system)"
    )
    parser.add_argument(
        "--no-demo",
        action="store_true",
        help="do not fill an empty database with the demo newsroom on first start",
    )
    if commands:
        from newsdesk import cli

        subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
        cli.register_commands(subparsers)
    else:
        parser.set_defaults(command=None)
    return parser


_RAN_A_COMMAND = False


def ran_a_command() -> bool:
    """Whether ``main`` ran a command (not the desktop app, not a usage error)."""
    return _RAN_A_COMMAND


def main(argv: Sequence[str] | None = None) -> int:
    # Until the start is over, what it makes is what the process keeps (modules, classes, the
    # ORM's tables, the window): nothing for the cyclic collector to free, which would yet walk
    # it again and again (about a tenth of the desktop start's CPU, 0.13-0.16 s of a command's
    # imports). The desktop app turns it back on after the list's first paint
    # (``MainWindow._on_first_list_paint``); a command, once the database is open.
    gc.disable()
    try:
        return _start(list(sys.argv[1:] if argv is None else argv))
    finally:
        gc.enable()  # whichever way the start ended (a usage error, a database refused)


def _start(argv: list[str]) -> int:
    args, rest = build_parser(commands=False).parse_known_args(argv)
    if rest:  # a command, --help or something the full parser should explain
        args = build_parser().parse_args(argv)
    url = resolve_db_url(args.db)
    before_database = getattr(args, "before_database", None)
    if before_database is not None:  # a command that starts work before the database opens
        before_database(args)
    from newsdesk.services.container import Services
    from newsdesk.storage.db import DatabaseError

    try:
        services = Services.open(url, user=current_user())
    except DatabaseError as exc:
        print(f"newsdesk: {exc}", file=sys.stderr)
        if not args.command:  # the desktop app may have no terminal to show stderr
            from newsdesk.ui.application import report_start_failure

            report_start_failure(str(exc), lang=args.lang)
        return EXIT_BAD_INPUT
    try:
        if args.command:
            from newsdesk import cli

            # What the start made stays for the whole command: set it aside from the
            # collector's walks for good, then let the collector work on the command's own
            # objects.
            gc.freeze()
            gc.enable()
            global _RAN_A_COMMAND
            _RAN_A_COMMAND = True
            return cli.run_command(services, args)
        from newsdesk.ui.application import run_gui

        return run_gui(
            services,
            lang=args.lang,
            fill_demo_if_empty=not args.no_demo,
            # End-to-end tests drive the running app with a script (see ui.application).
            test_script=os.environ.get("NEWSDESK_TEST_SCRIPT") or None,
        )
    finally:
        services.close()
