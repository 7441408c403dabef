"""One cached icon lookup (qtawesome), with icons that point mirrored in right-to-left."""

from __future__ import annotations

from functools import cache

import qtawesome as qta
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap, QTransform
from PySide6.QtWidgets import QApplication

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


@cache
def _icon(key: str, rtl: bool) -> QIcon:
    name, directional = ICONS[key]
    colour = STATUS_COLOURS.get(key)
    icon = qta.icon(name, color=colour) if colour else qta.icon(name)
    return _mirrored(icon) if directional and rtl else icon


def icon(key: str) -> QIcon:
    """The icon for ``key``, mirrored when it points and the interface is right-to-left."""
    app = QApplication.instance()
    rtl = bool(app) and app.layoutDirection() == Qt.LayoutDirection.RightToLeft  # type: ignore[union-attr]
    return _icon(key, rtl)
