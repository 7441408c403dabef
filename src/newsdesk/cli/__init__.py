"""The command line: thin callers of the services, for shells and automation.

Errors go to stderr; exit status 1 means bad input or a refused action, 2 a usage error
(argparse's own convention). ``--json`` shapes are documented in the README and kept stable.

Each feature keeps its commands in a module of this package with a ``register(subparsers)``
function, listed in ``COMMAND_MODULES``.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any, TextIO

from newsdesk.cli import export, imports, related, search, stories, tags
from newsdesk.cli.common import EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, Handler, told

if TYPE_CHECKING:
    from newsdesk.services.container import Services

__all__ = ["EXIT_BAD_INPUT", "EXIT_OK", "EXIT_USAGE", "register_commands", "run_command"]

COMMAND_MODULES = (stories, imports, search, export, tags, related)


def register_commands(subparsers: Any) -> None:
    """Add every command to the top-level parser built by ``app.build_parser``."""
    for module in COMMAND_MODULES:
        module.register(subparsers)


def run_command(
    services: Services, args: argparse.Namespace, out: TextIO = sys.stdout, err: TextIO = sys.stderr
) -> int:
    """Run the parsed command; service errors and the database's refusals (busy, full, …)
    become a message and exit status 1, a Ctrl+C a word and 130 (as shells count it)."""
    handler: Handler = args.handler
    return told(lambda: handler(services, args, out), err)
