"""Interface language: which one, the Qt translators, and the layout direction that follows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

SUPPORTED = ("ar", "en")
#: The compiled translations shipped inside the package (a plain path: ``importlib.resources``
#: costs about 20 ms of start-up, and the package is always installed as files).
_TRANSLATIONS = Path(__file__).resolve().parents[1] / "assets" / "i18n"


def isolated(text: str) -> str:
    """``text`` as its own direction run inside a translated sentence (Unicode first-strong
    isolate): an English message or a path in an Arabic sentence keeps its own order (a
    leading "/" stays in front) and does not reorder the words around it."""
    return "\u2068" + text + "\u2069"


def system_language() -> str:
    """Arabic for an Arabic system, English for an English one; Arabic-first otherwise.

    A machine with no language set (the C/POSIX locale of servers and fresh installs) gets
    Arabic, the newsroom's language; any other language gets English, the only other
    translation shipped.
    """
    language = QLocale.system().language()
    if language == QLocale.Language.Arabic:
        return "ar"
    if language in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return "ar"
    return "en"


def install_translators(app: QApplication, lang: str) -> list[QTranslator]:
    """Load Newsdesk's and Qt's own translations for ``lang`` and set the layout direction."""
    for old in app.findChildren(QTranslator):  # switching language: drop the previous ones
        app.removeTranslator(old)
        old.deleteLater()
    translators: list[QTranslator] = []
    locale = QLocale(QLocale.Language.Arabic if lang == "ar" else QLocale.Language.English)
    QLocale.setDefault(locale)
    if lang != "en":
        ours = QTranslator(app)
        qm = _TRANSLATIONS / f"newsdesk_{lang}.qm"
        if ours.load(str(qm)):
            app.installTranslator(ours)
            translators.append(ours)
        qt_own = QTranslator(app)
        if qt_own.load(
            locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            app.installTranslator(qt_own)
            translators.append(qt_own)
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
    )
    return translators
