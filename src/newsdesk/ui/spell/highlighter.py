"""Misspelt words underlined while typing, suggestions and "add to dictionary" in the menu.

Qt re-highlights only the paragraph being edited, and the service caches the verdict per word,
so a keystroke costs one regex pass over one paragraph plus dictionary look-ups for words never
seen before. The dictionaries (about a second to load) load on a worker thread; until they are
ready nothing is underlined, and if they are missing the status message says why.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, QTimer, Signal
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
from newsdesk.ui.messages import describe


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
        self._rehighlight_keeping_modified()

    def load_in_background(self) -> None:
        """Load the dictionaries once the window is up, then underline.

        Loading runs on the GUI thread, after the event loop has shown the story: Enchant
        crashed the process when a dictionary loaded on a worker thread (seen in the GUI
        tests), and the dictionaries are loaded once per process (about 0.3 s for Arabic on an
        idle machine), so only the first story opened pays for it.
        """
        QTimer.singleShot(0, self, lambda: self._loaded(self.service.load()))

    def _loaded(self, status: SpellStatus) -> None:
        self._rehighlight_keeping_modified()
        self.status_changed.emit(status)

    def _rehighlight_keeping_modified(self) -> None:
        """Underlines are not edits: a story must not turn "unsaved" when the dictionaries
        arrive (rehighlighting reports every block as changed to the editor)."""
        document = self.document()
        if document is None:
            return
        modified = document.isModified()
        # Without its signals the document does not tell the editor "contents changed" for
        # what is only a new underline (no autosave, no direction pass, no unsaved mark).
        blocked = document.blockSignals(True)
        try:
            self.rehighlight()
        finally:
            document.blockSignals(blocked)
        document.setModified(modified)

    def _reasons(self) -> str:
        """Why dictionaries are missing, in the interface's language."""
        status = self.service.status
        if len(status.problems) != len(status.missing):
            return status.message
        separator = QCoreApplication.translate("SpellHighlighter", "; ")
        return separator.join(describe(problem) for problem in status.problems)

    def status_message(self) -> str:
        """One line for the status bar when spell checking is off or partial."""
        status = self.service.status
        if not self.service.loaded:
            return QCoreApplication.translate("SpellHighlighter", "Loading dictionaries…")
        if not status.enabled:
            return QCoreApplication.translate(
                "SpellHighlighter", "Spell checking is off: %1"
            ).replace("%1", self._reasons())
        if status.missing:
            return QCoreApplication.translate(
                "SpellHighlighter", "Spell checking is partial: %1"
            ).replace("%1", self._reasons())
        return ""


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
            editor.setToolTip(describe(exc))
            return
        highlighter.rehighlight()

    learn.triggered.connect(add_word)
    added.append(learn)
    separator = QAction(menu)
    separator.setSeparator(True)
    added.append(separator)
    menu.insertActions(first, added) if first else menu.addActions(added)
    return True
