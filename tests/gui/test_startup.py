"""What starting the app pays for: the desktop path imports no command module, no Alembic (the
schema is at its head), no importer or exporter, no editor, no Markdown and no qtawesome before
the window's first paint, sets up no ORM mapper and runs no cyclic garbage collection; the icons,
the navigator's counts, sections and saved searches, the preview, the mappers and the collector
arrive right after it. Each check runs in a fresh interpreter, since this test process has long
imported all of them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsdesk.services.container import Services

pytestmark = pytest.mark.gui

#: Modules (and packages) the desktop start must not import before its first paint.
NOT_AT_START = (
    "newsdesk.cli",
    "alembic",
    "newsdesk.services.imports",
    "newsdesk.importers",
    "newsdesk.services.publishing",
    "newsdesk.export",
    "newsdesk.services.media",
    "newsdesk.ui.editor.tab",
    "newsdesk.ui.editor.document",
    "newsdesk.core.richtext",
    "newsdesk.ui.story_list.picker",
    "markdown",
    "qtawesome",
    "qtpy",
    "trafilatura",
    "jinja2",
)

# Starts the app the way ``newsdesk --db URL`` does, with the event loop replaced by a probe:
# it records the modules imported when the window is shown, lets the window paint, then
# records whether the icons were loaded and whether a toolbar icon draws anything.
SCRIPT = r"""
import gc, json, sys, time
import newsdesk.ui.application as application

report = {}

def probe_gui(services, *, fill_demo_if_empty, **_options):
    from PySide6.QtCore import QEvent, QObject, QSize
    from PySide6.QtWidgets import QApplication
    from newsdesk.storage.models import ArticleRecord
    from newsdesk.ui import icons
    from newsdesk.ui.main_window import MainWindow

    app = application.create_application("ar")
    if fill_demo_if_empty:  # as run_gui does: a look at the settings
        application.fill_demo_on_first_run(services)
    window = MainWindow(services)
    window.story_list.poll_timer.stop()
    painted = []

    class Watch(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(sorted(sys.modules))
                painted.append(icons.icons_loaded())
                painted.append(window.navigator._all.text(0))
                painted.append(window.pane.story is not None)
                painted.append(ArticleRecord.__mapper__.configured)
                painted.append(gc.isenabled())
                painted.append(window.navigator._sections.childCount())
            return False

    watch = Watch()
    window.list_view.viewport().installEventFilter(watch)
    window.show()
    report["at_show"] = sorted(sys.modules)
    deadline = time.time() + 30
    while not (painted and icons.icons_loaded()) and time.time() < deadline:
        app.processEvents()
    report["at_first_paint"] = painted[0] if painted else None
    report["icons_loaded_at_first_paint"] = painted[1] if painted else None
    report["icons_loaded_after"] = icons.icons_loaded()
    report["all_stories_at_first_paint"] = painted[2] if painted else None
    report["preview_at_first_paint"] = painted[3] if painted else None
    report["mappers_at_first_paint"] = painted[4] if painted else None
    report["collector_at_first_paint"] = painted[5] if painted else None
    report["sections_at_first_paint"] = painted[6] if painted else None
    for _ in range(20):
        app.processEvents()
    report["all_stories_after"] = window.navigator._all.text(0)
    report["preview_after"] = window.pane.story is not None
    report["mappers_after"] = ArticleRecord.__mapper__.configured
    report["collector_after"] = gc.isenabled()
    report["sections_after"] = window.navigator._sections.childCount()
    image = window.refresh_action.icon().pixmap(QSize(24, 24)).toImage()
    report["icon_pixels"] = sum(
        image.pixelColor(x, y).alpha() > 0 for x in range(24) for y in range(24)
    )
    window.close()
    return 0

application.run_gui = probe_gui
from newsdesk.app import main

status = main(["--db", sys.argv[1]])
print(json.dumps({"status": status, **report}))
"""


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, timeout=240, env=env
    )


def _loaded(modules: list[str], prefix: str) -> bool:
    return any(m == prefix or m.startswith(prefix + ".") for m in modules)


def test_desktop_start_imports_only_what_the_first_paint_needs(
    demo_template: Path, tmp_path: Path
) -> None:
    db = tmp_path / "newsroom.db"
    db.write_bytes(demo_template.read_bytes())
    services = Services.open(f"sqlite:///{db}")
    services.settings.set("first_run_done", True)  # a desk's every start but the first
    services.close()
    result = _run("-c", SCRIPT, f"sqlite:///{db}")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["status"] == 0
    for when in ("at_show", "at_first_paint"):
        early = [name for name in NOT_AT_START if _loaded(report[when], name)]
        assert early == [], f"imported {when.replace('_', ' ')}: {early}"
    assert _loaded(report["at_show"], "newsdesk.ui.story_list.model")
    # The icons come right after the first paint, and then draw their glyphs.
    assert report["icons_loaded_at_first_paint"] is False
    assert report["icons_loaded_after"] is True
    assert report["icon_pixels"] > 20
    # The navigator's counts and the preview of the selected story also wait for that paint.
    assert "(" not in report["all_stories_at_first_paint"]
    assert report["all_stories_after"].endswith(")")
    assert report["preview_at_first_paint"] is False
    assert report["preview_after"] is True
    # The first rows' queries name table columns: the ORM's mappers are set up when the
    # preview loads its story, and the sections and saved searches are read after that paint.
    assert report["mappers_at_first_paint"] is False
    assert report["mappers_after"] is True
    assert report["sections_at_first_paint"] == 0
    assert report["sections_after"] > 0
    # No cyclic garbage collection during the start; the collector is back after it.
    assert report["collector_at_first_paint"] is False
    assert report["collector_after"] is True


def test_version_imports_neither_the_database_nor_qt() -> None:
    code = (
        "import sys\n"
        "from newsdesk.app import main\n"
        "try:\n"
        "    main(['--version'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(','.join(sorted(sys.modules)))\n"
    )
    result = _run("-c", code)
    assert result.returncode == 0, result.stderr
    version, modules = result.stdout.strip().splitlines()
    assert version.startswith("newsdesk ")
    loaded = modules.split(",")
    heavy = ("sqlalchemy", "PySide6", "newsdesk.cli", "newsdesk.services", "newsdesk.storage")
    assert [name for name in heavy if _loaded(loaded, name)] == []


def test_a_command_still_gets_the_full_command_line(tmp_path: Path) -> None:
    """The global options are read first; anything else builds the whole parser."""
    db = f"sqlite:///{tmp_path / 'n.db'}"
    listed = _run("-m", "newsdesk", "--db", db, "--no-demo", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout) == [] or "items" in json.loads(listed.stdout)
    helped = _run("-m", "newsdesk", "--help")
    assert helped.returncode == 0 and "COMMAND" in helped.stdout and "import" in helped.stdout
    wrong = _run("-m", "newsdesk", "--db", db, "no-such-command")
    assert wrong.returncode == 2 and "invalid choice" in wrong.stderr


def test_services_are_built_when_first_asked_for(demo_template: Path, tmp_path: Path) -> None:
    db = tmp_path / "newsroom.db"
    db.write_bytes(demo_template.read_bytes())
    services = Services.open(f"sqlite:///{db}")
    try:
        assert services.built() == []
        stories = services.stories
        assert services.stories is stories
        assert services.built() == ["stories"]
        assert services.imports.stories is stories
        assert set(services.built()) == {"stories", "imports"}
    finally:
        services.close()


def test_a_database_that_cannot_be_opened_is_shown_in_a_message_box(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    """Started from a desktop menu there is no terminal: stderr alone would say nothing."""
    from PySide6.QtWidgets import QMessageBox

    from newsdesk.app import main

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox,
        "exec",
        lambda box: shown.append((box.text(), box.informativeText())) or 0,
    )
    path = tmp_path / "notes.db"
    path.write_text("this is not a database\n" * 100, encoding="utf-8")
    assert main(["--db", str(path), "--lang", "en"]) == 1
    assert len(shown) == 1
    text, detail = shown[0]
    assert "cannot open" in text.lower()
    assert "file is not a database" in detail
    assert "file is not a database" in capsys.readouterr().err  # still there for a terminal
    # A command is for a terminal: it gets stderr only.
    assert main(["--db", str(path), "list"]) == 1
    assert len(shown) == 1
