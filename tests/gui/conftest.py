"""GUI fixtures: a demo newsroom and the main window over it, offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from newsdesk.services.container import Services
from newsdesk.services.demo import fill_demo
from newsdesk.ui.refcount_guard import protect_none

# PySide6 6.12 on CPython 3.11 loses a reference to None per void Qt call (see refcount_guard).
protect_none()

pytestmark = pytest.mark.gui


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo database per run, copied for each test (filling it costs about a second)."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    services = Services.open(f"sqlite:///{path}", user="demo")
    fill_demo(services.database)
    services.database.engine.dispose()
    return path


@pytest.fixture
def demo_services(demo_template: Path, tmp_path: Path) -> Iterator[Services]:
    import shutil

    path = tmp_path / "newsroom.db"
    shutil.copyfile(demo_template, path)
    services = Services.open(f"sqlite:///{path}", user="tester")
    yield services
    services.close()


@pytest.fixture
def arabic_app(qapp):  # type: ignore[no-untyped-def]
    from newsdesk.ui.application import create_application

    return create_application("ar")
