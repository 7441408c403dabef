"""Clipboard → editor: the cleaned paste and "paste as plain text".

The editor's ``insertFromMimeData`` calls :func:`insert_clean`; the reduction itself is the pure
``core.paste`` (tested without Qt). Both helpers insert inside one edit block, so one Undo takes
the whole paste back and restores exactly the previous text. A paste that would make the story
longer than a story may be (``MAX_BODY_CHARS``, which saving enforces) is refused with a
message before anything is cleaned or inserted: tens of megabytes would otherwise hold the
window for minutes only to be refused at the first save.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMimeData, QObject
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QTextCursor
from PySide6.QtWidgets import QMessageBox, QTextEdit

from newsdesk.core import paste
from newsdesk.services.stories import MAX_BODY_CHARS
from newsdesk.ui.icons import icon

#: HTML without a plain-text copy is measured by its markup, which is this many times its text
#: at most for what editors and browsers put on the clipboard.
HTML_OVERHEAD = 4


def pasted_length(mime: QMimeData) -> int:
    """How many characters the clipboard would add, measured without parsing it."""
    if mime.hasText():
        return len(mime.text())
    if mime.hasHtml():
        return len(mime.html()) // HTML_OVERHEAD
    return 0


def refuse_if_too_long(editor: QTextEdit, mime: QMimeData) -> bool:
    """True, after telling the writer, when pasting ``mime`` would make the story too long."""
    cursor = editor.textCursor()
    kept = (
        editor.document().characterCount() - 1 - (cursor.selectionEnd() - cursor.selectionStart())
    )
    adding = pasted_length(mime)
    if kept + adding <= MAX_BODY_CHARS:
        return False
    QMessageBox.warning(
        editor,
        QCoreApplication.translate("PasteActions", "Not pasted"),
        QCoreApplication.translate(
            "PasteActions",
            "The clipboard holds %1 characters; with them the story would be longer than the "
            "%2 characters a story can hold. Nothing was pasted.",
        )
        .replace("%1", f"{adding:,}")
        .replace("%2", f"{MAX_BODY_CHARS:,}"),
    )
    return True


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
    if refuse_if_too_long(editor, mime):
        return
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
    if mime is None or refuse_if_too_long(editor, mime):
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
