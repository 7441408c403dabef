"""Fixtures of the end-to-end tests: each module gets its own demo newsroom."""

from __future__ import annotations

import pytest
from runner import newsdesk


@pytest.fixture(scope="module")
def demo_db(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    """A SQLite newsroom filled by ``newsdesk demo``, shared by the tests of one module."""
    folder = tmp_path_factory.mktemp(request.module.__name__.rsplit(".", 1)[-1])
    url = f"sqlite:///{folder / 'newsroom.db'}"
    result = newsdesk("--db", url, "demo")
    assert result.returncode == 0, result.stderr
    assert "stories" in result.stdout
    return url
