"""Misspelt words underlined while typing, suggestions and "add to dictionary" in the menu.

Qt re-highlights only the paragraph being edited, and the service caches the verdict per word,
so a keystroke costs one regex pass over one paragraph plus dictionary look-ups for words never
seen before. A change of many paragraphs at once (a paste of a whole file, a replace-all, the
undo of either, the dictionaries arriving under a long story) underlines ``BLOCKS_PER_TURN``
paragraphs at once; the others wait until they come on screen and are underlined then, as
many per turn of the event loop (Qt re-lays out a long document for each paragraph it
re-highlights outside an edit, 4-7 ms a paragraph at 1.5 MB, so paragraphs nobody looks at
are left alone). Without a view telling what is on screen they follow in slices. The
dictionaries (about a second to load) load on a worker thread; until they are ready nothing is
underlined, and if they are missing the status message says why.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPoint, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QSyntaxHighlighter,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QMenu, QTextEdit

from newsdesk.services.errors import REFUSED
from newsdesk.services.spelling import SpellingService, SpellStatus, words_to_check
from newsdesk.ui.messages import describe

#: Paragraphs checked in one turn of the event loop (a paragraph of news is 40-80 words).
BLOCKS_PER_TURN = 40


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
        #: (first, last) document positions on screen, to underline those first; set by the
        #: editor that shows the document.
        self.visible_range: Callable[[], tuple[int, int]] | None = None
        #: Paragraphs waiting for their turn, and how many were checked in this turn.
        self.pending: list[QTextBlock] = []
        self.checked_this_turn = 0
        self._in_slice = False
        self._next_turn = QTimer(self)
        self._next_turn.setSingleShot(True)
        self._next_turn.setInterval(0)
        self._next_turn.timeout.connect(self._slice)

    def highlightBlock(self, text: str) -> None:
        if not self.enabled or not text:
            return
        if not self._in_slice:
            self._next_turn.start()  # a new turn starts a new count
            if self.checked_this_turn >= BLOCKS_PER_TURN:
                self.pending.append(self.currentBlock())
                return
            self.checked_this_turn += 1
        for start, length in self.service.misspelt(text):
            self.setFormat(start, length, self.format)

    def schedule(self) -> None:
        """Look at the waiting paragraphs in the next turn (the view scrolled or grew)."""
        if self.pending:
            self._next_turn.start()

    def _slice(self) -> None:
        """One turn's share of the waiting paragraphs: with a view, those on screen; without
        one, the next ones in document order."""
        self.checked_this_turn = 0
        document = self.document()
        if not self.pending or document is None:
            return
        unique = {b.blockNumber(): b for b in self.pending if b.isValid()}
        waiting = [unique[n] for n in sorted(unique)]
        if self.visible_range is not None:
            first, last = self.visible_range()
            due = [
                b for b in waiting if b.position() + b.length() >= first and b.position() <= last
            ]
            later = [b for b in waiting if b.position() + b.length() < first or b.position() > last]
        else:
            due, later = waiting, []
        now = due[:BLOCKS_PER_TURN]
        self.pending = due[BLOCKS_PER_TURN:] + later
        modified = document.isModified()
        blocked = document.blockSignals(True)  # underlines are not edits (see below)
        self._in_slice = True
        try:
            for block in now:
                self.rehighlightBlock(block)
        finally:
            self._in_slice = False
            document.blockSignals(blocked)
            document.setModified(modified)
        if len(due) > len(now):
            self._next_turn.start()

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
        except REFUSED as exc:
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
