"""The find and replace bar under the editor.

Matching is done by ``core.find`` over the document's raw text, whose offsets are document
positions, so a match selects exactly the characters found, including the tashkeel that the
"ignore Arabic spelling variants" option skipped over.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextEdit,
    QToolButton,
    QWidget,
)

from newsdesk.core.find import FindError, FindOptions, expand_replacement, find_all
from newsdesk.ui.icons import icon
from newsdesk.ui.messages import describe


class FindBar(QWidget):
    """Find, find previous, replace, replace all; hidden until asked for (Ctrl+F)."""

    closed = Signal()

    def __init__(self, editor: QTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.editor = editor
        self.find_edit = QLineEdit()
        self.find_edit.setObjectName("findText")
        self.find_edit.setPlaceholderText(self.tr("Find"))
        self.find_edit.setClearButtonEnabled(True)
        self.replace_edit = QLineEdit()
        self.replace_edit.setObjectName("replaceText")
        self.replace_edit.setPlaceholderText(self.tr("Replace with"))
        self.whole_word = QCheckBox(self.tr("Whole word"))
        self.regex = QCheckBox(self.tr("Regular expression"))
        self.variants = QCheckBox(self.tr("Ignore Arabic spelling variants"))
        self.variants.setToolTip(
            self.tr("Hamza and alef forms, ى/ي, ة/ه, tashkeel, tatweel and digits match alike")
        )
        self.variants.setChecked(True)
        self.next_button = QToolButton()
        self.next_button.setIcon(icon("find_next"))
        self.next_button.setToolTip(self.tr("Find next (Enter)"))
        self.previous_button = QToolButton()
        self.previous_button.setIcon(icon("find_previous"))
        self.previous_button.setToolTip(self.tr("Find previous (Shift+Enter)"))
        self.replace_button = QPushButton(self.tr("Replace"))
        self.replace_all_button = QPushButton(self.tr("Replace all"))
        self.close_button = QToolButton()
        self.close_button.setIcon(icon("close"))
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.status = QLabel()
        self.status.setObjectName("findStatus")

        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.addWidget(self.find_edit, 0, 0)
        grid.addWidget(self.previous_button, 0, 1)
        grid.addWidget(self.next_button, 0, 2)
        grid.addWidget(self.whole_word, 0, 3)
        grid.addWidget(self.regex, 0, 4)
        grid.addWidget(self.variants, 0, 5)
        grid.addWidget(self.close_button, 0, 6)
        grid.addWidget(self.replace_edit, 1, 0)
        grid.addWidget(self.replace_button, 1, 1, 1, 2)
        grid.addWidget(self.replace_all_button, 1, 3)
        grid.addWidget(self.status, 1, 4, 1, 3)
        grid.setColumnStretch(0, 1)

        self.find_edit.returnPressed.connect(self.find_next)
        self.replace_edit.returnPressed.connect(self.replace_one)
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        self.replace_button.clicked.connect(self.replace_one)
        self.replace_all_button.clicked.connect(self.replace_all)
        self.close_button.clicked.connect(self.close_bar)
        self.find_edit.textChanged.connect(self._update_count)
        for box in (self.whole_word, self.regex, self.variants):
            box.toggled.connect(self._update_count)
        back = QShortcut(QKeySequence("Shift+Return"), self.find_edit)
        back.setContext(Qt.ShortcutContext.WidgetShortcut)
        back.activated.connect(self.find_previous)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.close_bar)

    # -- behaviour ---------------------------------------------------------------------------

    def options(self) -> FindOptions:
        return FindOptions(
            whole_word=self.whole_word.isChecked(),
            regex=self.regex.isChecked(),
            ignore_variants=self.variants.isChecked(),
        )

    def open_bar(self) -> None:
        selected = self.editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.find_edit.setText(selected)
        self.show()
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.editor.setFocus()
        self.closed.emit()

    def _text(self) -> str:
        return self.editor.document().toRawText()

    def matches(self) -> list[tuple[int, int]]:
        """Every match in the document; an invalid pattern says why in the bar."""
        try:
            found = find_all(self._text(), self.find_edit.text(), self.options())
        except FindError as exc:
            self.status.setText(describe(exc))
            return []
        return found

    def _update_count(self) -> None:
        if not self.find_edit.text():
            self.status.clear()
            return
        try:
            count = len(find_all(self._text(), self.find_edit.text(), self.options()))
        except FindError:
            self.status.setText(self.tr("The regular expression is not valid"))
            return
        self.status.setText(self.tr("%n matches", "", count))

    def _select(self, span: tuple[int, int]) -> None:
        cursor = self.editor.textCursor()
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()

    def find_next(self) -> bool:
        found = self.matches()
        if not found:
            self._update_count()
            return False
        position = self.editor.textCursor().selectionEnd()
        span = next((m for m in found if m[0] >= position), found[0])
        if self.editor.textCursor().hasSelection() and span == self._selection():
            span = next((m for m in found if m[0] > span[0]), found[0])
        self._select(span)
        return True

    def find_previous(self) -> bool:
        found = self.matches()
        if not found:
            self._update_count()
            return False
        position = self.editor.textCursor().selectionStart()
        span = next((m for m in reversed(found) if m[1] <= position), found[-1])
        self._select(span)
        return True

    def _selection(self) -> tuple[int, int]:
        cursor = self.editor.textCursor()
        return cursor.selectionStart(), cursor.selectionEnd()

    def replace_one(self) -> None:
        """Replace the selected match (or find the next one first), then find the next."""
        found = self.matches()
        if self._selection() not in found:
            self.find_next()
            return
        span = self._selection()
        try:
            replacement = expand_replacement(
                self._text(), self.find_edit.text(), self.replace_edit.text(), span, self.options()
            )
        except FindError as exc:
            self.status.setText(describe(exc))
            return
        self.editor.textCursor().insertText(replacement)
        self.find_next()
        self._update_count()

    def replace_all(self) -> int:
        """Replace every match as ONE undo step; returns how many were replaced."""
        found = self.matches()
        if not found:
            self._update_count()
            return 0
        text = self._text()
        try:
            replacements = [
                expand_replacement(
                    text, self.find_edit.text(), self.replace_edit.text(), span, self.options()
                )
                for span in found
            ]
        except FindError as exc:
            self.status.setText(describe(exc))
            return 0
        cursor = QTextCursor(self.editor.document())
        cursor.beginEditBlock()
        for span, replacement in zip(reversed(found), reversed(replacements), strict=True):
            cursor.setPosition(span[0])
            cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(replacement)
        cursor.endEditBlock()
        self.status.setText(self.tr("%n replaced", "", len(found)))
        return len(found)
