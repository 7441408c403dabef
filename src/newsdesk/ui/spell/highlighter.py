"""Misspelt words underlined while typing, suggestions and "add to dictionary" in the menu.

Qt re-highlights only the paragraph being edited, and the service caches the verdict per word,
so a keystroke costs one regex pass over one paragraph plus dictionary look-ups for words never
seen before. The dictionaries (about a second to load) load on a worker thread; until they are
ready nothing is underlined, and if they are missing the status message says why.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QMenu, QTextEdit

from newsdesk.services.errors import ServiceError
from newsdesk.services.spelling import SpellingService, SpellStatus, words_to_check


class SpellHighlighter(QSyntaxHighlighter):
    """Red wavy underline under each misspelt word of a ``QTextDocument``."""

    #: The status after loading: SpellStatus (its ``message`` says what is missing).
    status_changed = Signal(object)

    def __init__(self, document: QTextDocument, service: SpellingService) -> None:
        super().__init__(document)
        self.service = service
        self.enabled = True
        self.format = QTextCharFormat()
        self.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.format.setUnderlineColor(QColor("#d32f2f"))

    def highlightBlock(self, text: str) -> None:
        if not self.enabled or not text:
            return
        for start, length in self.service.misspelt(text):
            self.setFormat(start, length, self.format)

    def set_enabled(self, enabled: bool) -> None:
        self.enabled = enabled
        self.rehighlight()

    def load_in_background(self) -> None:
        """Load the dictionaries on a worker thread, then re-highlight on the GUI thread."""
        loader = _Loader(self)
        loader.finished.connect(self._loaded)
        threading.Thread(target=loader.run, name="spelling-load", daemon=True).start()

    def _loaded(self, status: SpellStatus) -> None:
        self.rehighlight()
        self.status_changed.emit(status)

    def status_message(self) -> str:
        """One line for the status bar when spell checking is off or partial."""
        status = self.service.status
        if not self.service.loaded:
            return QCoreApplication.translate("SpellHighlighter", "Loading dictionaries…")
        if not status.enabled:
            return QCoreApplication.translate(
                "SpellHighlighter", "Spell checking is off: %1"
            ).replace("%1", status.message)
        if status.missing:
            return QCoreApplication.translate(
                "SpellHighlighter", "Spell checking is partial: %1"
            ).replace("%1", status.message)
        return ""


class _Loader(QObject):
    finished = Signal(object)

    def __init__(self, highlighter: SpellHighlighter) -> None:
        super().__init__()
        self.service = highlighter.service
        # Keep a reference until the signal is delivered.
        highlighter._loader = self  # type: ignore[attr-defined]

    def run(self) -> None:
        self.finished.emit(self.service.load())


def word_at(editor: QTextEdit, pos: QPoint) -> tuple[QTextCursor, str] | None:
    """The checkable word under ``pos`` (viewport coordinates) and a cursor selecting it."""
    cursor = editor.cursorForPosition(pos)
    block = cursor.block()
    offset = cursor.position() - block.position()
    for start, length, word in words_to_check(block.text()):
        if start <= offset <= start + length:
            selection = QTextCursor(block)
            selection.setPosition(block.position() + start)
            selection.setPosition(
                block.position() + start + length, QTextCursor.MoveMode.KeepAnchor
            )
            return selection, word
    return None


def add_spelling_actions(
    menu: QMenu,
    editor: QTextEdit,
    pos: QPoint,
    service: SpellingService,
    highlighter: SpellHighlighter,
) -> bool:
    """Put suggestions and "Add to dictionary" at the top of the editor's context menu.

    Call from the editor's ``contextMenuEvent`` with ``event.pos()``; returns whether anything
    was added. Choosing a suggestion replaces the word as one undo step.
    """
    if not service.loaded or not highlighter.enabled:
        return False
    found = word_at(editor, pos)
    if found is None:
        return False
    selection, word = found
    if service.is_correct(word):
        return False
    first = menu.actions()[0] if menu.actions() else None
    added: list[QAction] = []
    suggestions = service.suggestions(word)
    for suggestion in suggestions:
        action = QAction(suggestion, menu)
        action.setObjectName("spellSuggestion")

        def replace(_checked: bool = False, text: str = suggestion) -> None:
            selection.beginEditBlock()
            selection.insertText(text)
            selection.endEditBlock()

        action.triggered.connect(replace)
        added.append(action)
    if not suggestions:
        none = QAction(QCoreApplication.translate("SpellHighlighter", "No suggestions"), menu)
        none.setEnabled(False)
        added.append(none)
    learn = QAction(QCoreApplication.translate("SpellHighlighter", "Add to dictionary"), menu)
    learn.setObjectName("addToDictionary")

    def add_word() -> None:
        try:
            service.add_to_dictionary(word)
        except ServiceError as exc:
            editor.setToolTip(str(exc))
            return
        highlighter.rehighlight()

    learn.triggered.connect(add_word)
    added.append(learn)
    separator = QAction(menu)
    separator.setSeparator(True)
    added.append(separator)
    menu.insertActions(first, added) if first else menu.addActions(added)
    return True
