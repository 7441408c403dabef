"""The real program in a subprocess, as a user's shell runs it (shared by the e2e modules)."""

from __future__ import annotations

import os
import subprocess
import sys


def newsdesk(
    *args: str, env: dict[str, str] | None = None, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    """``python -m newsdesk ARGS`` with UTF-8 output, captured."""
    return subprocess.run(
        [sys.executable, "-m", "newsdesk", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})},
        timeout=timeout,
    )
