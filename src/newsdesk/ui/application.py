"""Starting the desktop app: QApplication, language, fonts, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from newsdesk.services.container import Services
from newsdesk.ui.fonts import interface_font
from newsdesk.ui.i18n import install_translators, system_language


def create_application(lang: str | None = None, argv: list[str] | None = None) -> QApplication:
    """The QApplication, set up for ``lang`` (default: from the system)."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Newsdesk")
    app.setOrganizationName("Newsdesk")
    app.setFont(interface_font(app.font()))
    install_translators(app, lang or system_language())
    return app


def report_start_failure(message: str, *, lang: str | None = None) -> None:
    """Tell the person who started the app that its database cannot be opened, in a window
    (a desktop launcher has no terminal to show stderr); ``message`` is the detail."""
    create_application(lang)
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("Startup", "Newsdesk"),
        QCoreApplication.translate("Startup", "Newsdesk cannot open the database."),
        QMessageBox.StandardButton.Close,
    )
    box.setInformativeText(message)
    box.exec()


def fill_demo_on_first_run(services: Services) -> bool:
    """Fill an empty database with the demo newsroom, once per database (never again after)."""
    if services.settings.get("first_run_done"):
        return False
    empty = services.stories.page(limit=1).total == 0 and services.stories.trash_count() == 0
    if empty:
        from newsdesk.services.demo import fill_demo  # only the first run needs it

        fill_demo(services.database, user=services.user or "demo")
    services.settings.set("first_run_done", True)
    return empty


def run_test_script(path: str, window: object, services: Services, app: QApplication) -> None:
    """Run a driver script inside the running app (end-to-end tests only).

    The script gets ``window``, ``services`` and ``app`` as globals and drives the interface the
    way a person would; it is how the kill -9 recovery test types into a real, running process.
    """
    code = Path(path).read_text(encoding="utf-8")
    exec(compile(code, path, "exec"), {"window": window, "services": services, "app": app})


def run_gui(
    services: Services,
    *,
    lang: str | None = None,
    fill_demo_if_empty: bool = True,
    test_script: str | None = None,
) -> int:
    app = create_application(lang)
    if fill_demo_if_empty:
        fill_demo_on_first_run(services)
    from newsdesk.ui.main_window import MainWindow
    from newsdesk.ui.recovery import offer_recovery

    window = MainWindow(services)
    # Every editor tab the window opens is watched by ``window.autosave``.
    app.aboutToQuit.connect(window.autosave.stop)
    window.show()

    def recover() -> None:
        if offer_recovery(services.autosave, window):
            window.refresh()

    QTimer.singleShot(0, recover)
    if test_script:
        QTimer.singleShot(100, lambda: run_test_script(test_script, window, services, app))
    return app.exec()
