"""A tags field with completion over the newsroom's tags, by normalised spelling.

It keeps the three-method API of the chip ``TagField`` (``tags()``, ``set_tags(list)``,
``tags_changed``) so the inspector can take either. Completion matches what is typed after the
last comma against every tag name through ``core.find.fold``: typing "اسعار" offers "أسعار
النفط", typing "مدرسه" offers "مدرسة".
"""

from __future__ import annotations

import re

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from newsdesk.core.find import fold

_SEPARATORS = re.compile("[,،؛;]")


class TagLineEdit(QLineEdit):
    """Tag names separated by the Arabic comma (or a Latin one); the first is the main tag."""

    tags_changed = Signal(list)

    def __init__(self, names: list[str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagsField")
        self._names: list[str] = []
        self._folded: list[str] = []
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setWidget(self)
        completer.activated.connect(self._insert_completion)
        self.completer_ = completer
        self.set_known_tags(names or [])
        self.textEdited.connect(self._on_edited)
        self.editingFinished.connect(self._emit)
        self._last: list[str] = []

    def set_known_tags(self, names: list[str]) -> None:
        self._names = list(names)
        self._folded = [fold(name) for name in names]

    def tags(self) -> list[str]:
        seen: set[str] = set()
        out: list[str] = []
        for part in _SEPARATORS.split(self.text()):
            name = " ".join(part.split())
            key = fold(name)
            if name and key not in seen:
                seen.add(key)
                out.append(name)
        return out

    def set_tags(self, tags: list[str]) -> None:
        self.setText("، ".join(tags))
        self._last = self.tags()

    def suggestions(self, typed: str, limit: int = 12) -> list[str]:
        """Known tags whose spelling-folded name contains the folded ``typed``; prefixes first."""
        key = fold(" ".join(typed.split()))
        if not key:
            return []
        taken = {fold(t) for t in self.tags()}
        starts = [n for n, f in zip(self._names, self._folded, strict=True) if f.startswith(key)]
        inside = [
            n
            for n, f in zip(self._names, self._folded, strict=True)
            if key in f and not f.startswith(key)
        ]
        return [n for n in starts + inside if fold(n) not in taken][:limit]

    def _current_token(self) -> str:
        return _SEPARATORS.split(self.text()[: self.cursorPosition()])[-1]

    def _on_edited(self, _text: str) -> None:
        found = self.suggestions(self._current_token())
        self._model.setStringList(found)
        if found:
            self.completer_.complete()
        else:
            self.completer_.popup().hide()

    def _insert_completion(self, name: str) -> None:
        before = self.text()[: self.cursorPosition()]
        after = self.text()[self.cursorPosition() :]
        token = _SEPARATORS.split(before)[-1]
        head = before[: len(before) - len(token)]
        if head and not head.endswith(" "):
            head += " "
        self.setText(head + name + "، " + after.lstrip("،, "))
        self.setCursorPosition(len(head + name) + 2)
        self._emit()

    def _emit(self) -> None:
        tags = self.tags()
        if tags != self._last:
            self._last = tags
            self.tags_changed.emit(tags)
