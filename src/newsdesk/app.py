"""The composition root: arguments, paths, database, migrations, then the CLI or the GUI.

Nothing else in the package opens a database or reads the environment; everything below gets
what it needs handed in.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from newsdesk import cli
from newsdesk.services.container import Services
from newsdesk.storage.db import DatabaseError

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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsdesk",
        description="Newsdesk: a newsroom editor for Arabic-first newsrooms. "
        "Without a command it starts the desktop app.",
    )
    parser.add_argument("--version", action="version", version=cli.version_text())
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
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    cli.register_commands(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    url = resolve_db_url(args.db)
    try:
        services = Services.open(url, user=current_user())
    except DatabaseError as exc:
        print(f"newsdesk: {exc}", file=sys.stderr)
        return cli.EXIT_BAD_INPUT
    try:
        if args.command:
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
