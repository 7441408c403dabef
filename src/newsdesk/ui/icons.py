"""One cached icon lookup (qtawesome), with icons that point mirrored in right-to-left.

qtawesome is loaded after the window's first paint, not before: importing it costs as much as
PySide6 itself (qtpy star-imports QtGui and QtWidgets) and it reads its icon fonts. Until then
``icon()`` hands out stand-ins — real ``QIcon``s whose engine draws nothing yet — so widgets,
actions and rows are built with their icons as usual. The first time a stand-in is painted it
asks for qtawesome to be loaded once control is back in the event loop (after that paint has
reached the screen); loading repaints every window, and from then on every icon, stand-ins
included, draws its glyph. ``load_icons()`` loads at once (a picture taken before any paint).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPixmap, QTransform
from PySide6.QtWidgets import QApplication, QLabel, QWidget

#: key → (qtawesome name, points in a direction?)
ICONS: dict[str, tuple[str, bool]] = {
    "new": ("mdi6.file-document-plus-outline", False),
    "refresh": ("mdi6.refresh", False),
    "open": ("mdi6.file-document-edit-outline", False),
    "all": ("mdi6.newspaper-variant-multiple-outline", False),
    "section": ("mdi6.folder-outline", False),
    "trash": ("mdi6.trash-can-outline", False),
    "restore": ("mdi6.delete-restore", False),
    "search": ("mdi6.magnify", False),
    "draft": ("mdi6.pencil-outline", False),
    "submitted": ("mdi6.send-outline", True),
    "editing": ("mdi6.file-edit-outline", False),
    "ready": ("mdi6.check-circle-outline", False),
    "published": ("mdi6.earth", False),
    "corrected": ("mdi6.file-document-alert-outline", False),
    "killed": ("mdi6.cancel", False),
    "next": ("mdi6.arrow-right", True),
    "previous": ("mdi6.arrow-left", True),
    "quit": ("mdi6.exit-to-app", True),
    "about": ("mdi6.information-outline", False),
    "history": ("mdi6.history", False),
    "recover": ("mdi6.backup-restore", False),
    "paste_plain": ("mdi6.clipboard-text-outline", False),
    "export": ("mdi6.web", False),
    "tag": ("mdi6.tag-outline", False),
    "author": ("mdi6.account-edit-outline", False),
    "tag_remove": ("mdi6.tag-remove-outline", False),
    "mine": ("mdi6.account-outline", False),
    "saved_search": ("mdi6.bookmark-outline", False),
    "save_search": ("mdi6.bookmark-plus-outline", False),
    "more": ("mdi6.dots-horizontal", False),
    "dates": ("mdi6.calendar-range", False),
    # editor
    "save": ("mdi6.content-save-outline", False),
    "bold": ("mdi6.format-bold", False),
    "italic": ("mdi6.format-italic", False),
    "link": ("mdi6.link-variant", False),
    "code": ("mdi6.code-tags", False),
    "heading2": ("mdi6.format-header-2", False),
    "heading3": ("mdi6.format-header-3", False),
    "heading4": ("mdi6.format-header-4", False),
    "bullets": ("mdi6.format-list-bulleted", True),
    "numbers": ("mdi6.format-list-numbered", False),
    "quote": ("mdi6.format-quote-open", True),
    "rule": ("mdi6.minus", False),
    "image": ("mdi6.image-plus-outline", False),
    "media": ("mdi6.image-multiple-outline", False),
    "rtl": ("ri.text-direction-r", False),
    "ltr": ("ri.text-direction-l", False),
    "undo": ("mdi6.undo", True),
    "redo": ("mdi6.redo", True),
    "zoom_in": ("mdi6.magnify-plus-outline", False),
    "zoom_out": ("mdi6.magnify-minus-outline", False),
    "focus": ("mdi6.fullscreen", False),
    "find": ("mdi6.find-replace", False),
    "find_next": ("mdi6.chevron-down", False),
    "find_previous": ("mdi6.chevron-up", False),
    "close": ("mdi6.close", False),
    "inspector": ("mdi6.card-text-outline", False),
    "import": ("mdi6.file-import-outline", True),
    "tags": ("mdi6.tag-multiple-outline", False),
    "main-tag": ("mdi6.star", False),
    "related": ("mdi6.link-variant", False),
    "add": ("mdi6.plus", False),
    "remove": ("mdi6.close", False),
    "rename": ("mdi6.rename-box", False),
    "merge": ("mdi6.call-merge", False),
    "delete": ("mdi6.delete-outline", False),
    "up": ("mdi6.arrow-up", False),
    "down": ("mdi6.arrow-down", False),
    "accept": ("mdi6.pin-outline", False),
    "duplicates": ("mdi6.content-duplicate", False),
}

STATUS_COLOURS = {
    "draft": "#7a7a7a",
    "submitted": "#1f6fb2",
    "editing": "#b26b00",
    "ready": "#2e7d32",
    "published": "#0b5394",
    "corrected": "#a61c00",
    "killed": "#5b5b5b",
}


def _mirrored(icon: QIcon) -> QIcon:
    out = QIcon()
    for size in (16, 20, 24, 32, 48):
        pixmap: QPixmap = icon.pixmap(QSize(size, size))
        out.addPixmap(pixmap.transformed(QTransform().scale(-1, 1)))
    return out


#: The qtawesome module once loaded (``load_icons``).
_qta: Any = None
_load_scheduled = False
#: Stand-in engines stay referenced here: Qt owns them through their icons, Python must not
#: collect them first.
_engines: list[QIconEngine] = []


def icons_loaded() -> bool:
    return _qta is not None


def load_icons() -> None:
    """Load qtawesome (once) and repaint every window, so stand-ins show their glyphs."""
    global _qta
    if _qta is not None:
        return
    import qtawesome

    _qta = qtawesome
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.update()
            for child in widget.findChildren(QWidget):
                child.update()


def _schedule_load() -> None:
    global _load_scheduled
    if not _load_scheduled and _qta is None:
        _load_scheduled = True
        QTimer.singleShot(0, load_icons)


class _StandInEngine(QIconEngine):
    """Draws the real icon once qtawesome is loaded, nothing before (and asks for the load)."""

    def __init__(self, key: str, rtl: bool) -> None:
        super().__init__()
        self._key = key
        self._rtl = rtl
        _engines.append(self)

    def _real(self) -> QIcon | None:
        if _qta is None:
            _schedule_load()
            return None
        return _icon(self._key, self._rtl)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        real = self._real()
        if real is not None:
            real.paint(painter, rect, Qt.AlignmentFlag.AlignCenter, mode, state)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        real = self._real()
        if real is not None:
            return real.pixmap(size, mode, state)
        blank = QPixmap(size)
        blank.fill(Qt.GlobalColor.transparent)
        return blank

    def clone(self) -> QIconEngine:
        return _StandInEngine(self._key, self._rtl)

    def key(self) -> str:
        return "newsdesk-stand-in"


@cache
def _icon(key: str, rtl: bool) -> QIcon:
    name, directional = ICONS[key]
    colour = STATUS_COLOURS.get(key)
    icon = _qta.icon(name, color=colour) if colour else _qta.icon(name)
    return _mirrored(icon) if directional and rtl else icon


@cache
def _stand_in(key: str, rtl: bool) -> QIcon:
    return QIcon(_StandInEngine(key, rtl))


def icon(key: str) -> QIcon:
    """The icon for ``key``, mirrored when it points and the interface is right-to-left."""
    if key not in ICONS:
        raise KeyError(key)
    app = QApplication.instance()
    rtl = bool(app) and app.layoutDirection() == Qt.LayoutDirection.RightToLeft  # type: ignore[union-attr]
    return _icon(key, rtl) if _qta is not None else _stand_in(key, rtl)


class IconLabel(QLabel):
    """An icon shown as a label, drawn at paint time (so a stand-in fills in once loaded)."""

    def __init__(self, key: str, size: int = 18, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._icon = icon(key)
        self.setFixedSize(size, size)

    def paintEvent(self, event: Any) -> None:
        painter = QPainter(self)
        self._icon.paint(painter, self.rect())
