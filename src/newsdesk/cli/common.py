"""What every command shares: exit codes, time formatting, the handler signature."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, TextIO

from newsdesk.services.errors import REFUSED

if TYPE_CHECKING:
    from newsdesk.services.container import Services


EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE = 0, 1, 2
#: A command stopped by Ctrl+C (SIGINT), as a shell reports it.
EXIT_INTERRUPTED = 128 + 2

#: What a command runs: the services, its arguments, where its output goes; its exit status.
Handler = Callable[["Services", argparse.Namespace, TextIO], int]


def told(run: Callable[[], int], err: TextIO) -> int:
    """``run()``'s exit status, with what a person is told instead of a traceback: the
    services' and the database's refusals (busy, full, …) as a message and status 1, a closed
    output (``newsdesk list | head``) as success, Ctrl+C as a word and 130 (as shells count
    it; a write under way was rolled back)."""
    try:
        return run()
    except REFUSED as exc:
        print(f"newsdesk: {exc}", file=err)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        print("newsdesk: interrupted", file=err)
        return EXIT_INTERRUPTED


def whole_number(least: int) -> Callable[[str], int]:
    """An argparse type: a whole number, ``least`` or more (a bad one is a usage error)."""

    def parse(value: str) -> int:
        try:
            number = int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
        if number < least:
            message = "must not be negative" if least == 0 else f"must be at least {least}"
            raise argparse.ArgumentTypeError(message)
        return number

    return parse


#: A count: zero or more (``--limit``, ``--offset``, ``--workers``).
count = whole_number(0)


def seconds(value: str) -> float:
    """An argparse type: a duration in seconds, more than zero (a bad one is a usage error)."""
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of seconds") from None
    if not number > 0 or number == float("inf"):
        raise argparse.ArgumentTypeError("must be more than zero seconds")
    return number


def iso(value: datetime | None) -> str | None:
    """RFC 3339 in UTC (``2026-11-28T09:30:00Z``), or None."""
    if value is None:
        return None
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
