"""``python -m newsdesk`` and the ``newsdesk`` console script."""

from __future__ import annotations

import atexit
import contextlib
import os
import sys


def main() -> int:
    from newsdesk.app import main as app_main
    from newsdesk.app import ran_a_command

    code = app_main(sys.argv[1:])
    # Not under a profiler, a debugger or coverage: they report when the interpreter ends.
    if ran_a_command() and sys.getprofile() is None and sys.gettrace() is None:
        _leave(code)
    return code


def _leave(code: int) -> None:
    """End a command without tearing the interpreter down.

    Python's own shutdown frees every object one by one: after an export that held a site's
    snapshot and plan that is 0.4-0.5 s of a command that otherwise takes two (the operating
    system takes the memory back at once). The exit handlers still run (multiprocessing's,
    logging's) and the output is flushed first, so nothing a command says or does is lost.
    The desktop app is left to Python's usual shutdown (Qt saves settings as it goes).
    """
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe (``… | head``)
            stream.flush()
    os._exit(code)


if __name__ == "__main__":
    sys.exit(main())
