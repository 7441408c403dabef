"""``python -m newsdesk`` and the ``newsdesk`` console script."""

from __future__ import annotations

import sys


def main() -> int:
    from newsdesk.app import main as app_main

    return app_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
