"""Starting the desktop app: QApplication, language, fonts, the main window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from newsdesk.services.container import Services
from newsdesk.services.demo import fill_demo
from newsdesk.ui.fonts import interface_font
from newsdesk.ui.i18n import install_translators, system_language
from newsdesk.ui.refcount_guard import protect_none


def create_application(lang: str | None = None, argv: list[str] | None = None) -> QApplication:
    """The QApplication, set up for ``lang`` (default: from the system)."""
    protect_none()  # before any Qt call: see refcount_guard
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Newsdesk")
    app.setOrganizationName("Newsdesk")
    app.setFont(interface_font(app.font()))
    install_translators(app, lang or system_language())
    return app


def fill_demo_on_first_run(services: Services) -> bool:
    """Fill an empty database with the demo newsroom, once per database (never again after)."""
    if services.settings.get("first_run_done"):
        return False
    empty = services.stories.page(limit=1).total == 0 and services.stories.trash_count() == 0
    if empty:
        fill_demo(services.database, user=services.user or "demo")
    services.settings.set("first_run_done", True)
    return empty


def run_gui(services: Services, *, lang: str | None = None, fill_demo_if_empty: bool = True) -> int:
    app = create_application(lang)
    if fill_demo_if_empty:
        fill_demo_on_first_run(services)
    from newsdesk.ui.main_window import MainWindow

    window = MainWindow(services)
    window.show()
    return app.exec()
