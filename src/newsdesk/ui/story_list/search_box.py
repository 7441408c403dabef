"""The toolbar's search box: words go to the search service a moment after typing stops."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from newsdesk.ui.icons import icon

# How long typing must pause before the list asks the search service (milliseconds).
DEBOUNCE_MS = 250


class SearchBox(QLineEdit):
    """A line edit that emits ``query_changed`` once typing pauses (or at once on Enter)."""

    query_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storySearch")
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Search stories…"))
        self.setToolTip(self.tr("Search headlines and text (Arabic spelling variants match)"))
        self.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.setMinimumWidth(220)
        self.setMaximumWidth(420)
        self._emitted = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit)
        self.textChanged.connect(lambda _text: self._timer.start())
        self.returnPressed.connect(self._emit)

    @property
    def timer(self) -> QTimer:
        return self._timer

    def query(self) -> str:
        return " ".join(self.text().split())

    def set_query_silently(self, text: str) -> None:
        """Show ``text`` without asking for a search (a saved search sets the list itself)."""
        self.blockSignals(True)
        self.setText(text)
        self.blockSignals(False)
        self._timer.stop()
        self._emitted = self.query()

    def _emit(self) -> None:
        self._timer.stop()
        query = self.query()
        if query != self._emitted:
            self._emitted = query
            self.query_changed.emit(query)
