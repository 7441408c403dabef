"""Clipboard → editor: the cleaned paste and "paste as plain text".

The editor's ``insertFromMimeData`` calls :func:`insert_clean`; the reduction itself is the pure
``core.paste`` (tested without Qt). Both helpers insert inside one edit block, so one Undo takes
the whole paste back and restores exactly the previous text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMimeData, QObject
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QTextCursor
from PySide6.QtWidgets import QTextEdit

from newsdesk.core import paste
from newsdesk.ui.icons import icon


def clean_mime_html(mime: QMimeData) -> str:
    """The clipboard as cleaned HTML: its HTML reduced, or its plain text as paragraphs."""
    if mime.hasHtml():
        cleaned = paste.clean_html(mime.html())
        if cleaned:
            return cleaned
    if mime.hasText():
        return paste.text_to_html(mime.text())
    return ""


def clean_mime_text(mime: QMimeData) -> str:
    """The clipboard as plain text, characters cleaned (for "paste as plain text")."""
    if mime.hasText():
        return paste.clean_text(mime.text())
    if mime.hasHtml():
        from PySide6.QtGui import QTextDocumentFragment

        return paste.clean_text(QTextDocumentFragment.fromHtml(mime.html()).toPlainText())
    return ""


def insert_clean(editor: QTextEdit, mime: QMimeData) -> None:
    """Insert the cleaned clipboard at the cursor as one undo step."""
    html = clean_mime_html(mime)
    if not html:
        return
    cursor = editor.textCursor()
    cursor.beginEditBlock()
    cursor.insertHtml(html)
    cursor.endEditBlock()
    editor.setTextCursor(cursor)


def paste_as_plain_text(editor: QTextEdit, mime: QMimeData | None = None) -> None:
    """Insert the clipboard's text without any formatting, as one undo step."""
    mime = mime or QGuiApplication.clipboard().mimeData()
    if mime is None:
        return
    text = clean_mime_text(mime)
    if not text:
        return
    cursor: QTextCursor = editor.textCursor()
    cursor.beginEditBlock()
    cursor.insertText(text)
    cursor.endEditBlock()
    editor.setTextCursor(cursor)


def paste_plain_action(editor: QTextEdit, parent: QObject | None = None) -> QAction:
    """The "Paste as plain text" action (Ctrl+Shift+V) for the editor's menu and toolbar."""
    action = QAction(
        icon("paste_plain"),
        QCoreApplication.translate("PasteActions", "Paste as plain text"),
        parent or editor,
    )
    action.setObjectName("pastePlainAction")
    action.setShortcut(QKeySequence("Ctrl+Shift+V"))
    action.triggered.connect(lambda: paste_as_plain_text(editor))
    return action
