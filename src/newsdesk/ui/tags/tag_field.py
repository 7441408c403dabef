"""The tag field of the story inspector: chips in order, the first one the main tag.

Typing completes against the newsroom's tags by their normalised spelling (so "الطاقه" offers
"الطاقة" and "اسعار" offers "أسعار"); Enter adds the completion or, when nothing matches, the
typed tag as new. Chips are reordered by drag (or Ctrl+arrows) and removed with Delete, the
context menu, or Backspace in the empty entry box.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from newsdesk.core import text
from newsdesk.ui.icons import icon

# How many completions the popup offers.
COMPLETIONS = 12


def tag_key(name: str) -> str:
    """The same key the services match tags by (``services.taxonomy.tag_key``)."""
    return " ".join(text.normalize(name).split())


class ChipList(QListWidget):
    """The chips: a wrapping, drag-reorderable row of items."""

    remove_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagChips")
        self.setViewMode(QListView.ViewMode.ListMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSpacing(3)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setMaximumHeight(72)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.setStyleSheet(
            "QListWidget#tagChips::item { border: 1px solid #9bb4d0; border-radius: 9px;"
            " padding: 1px 6px; background: #eaf1fb; }"
            "QListWidget#tagChips::item:selected { background: #c5d9f2; color: black; }"
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.currentRow() >= 0:
            self.remove_requested.emit(self.currentRow())
            return
        super().keyPressEvent(event)

    def _menu(self, pos) -> None:  # type: ignore[no-untyped-def]
        item = self.itemAt(pos)
        if item is None:
            return
        menu = QMenu(self)
        action = menu.addAction(icon("remove"), self.tr("Remove tag"))
        if menu.exec(self.viewport().mapToGlobal(pos)) is action:
            self.remove_requested.emit(self.row(item))


class TagField(QWidget):
    """Ordered tags as chips; ``tags()``/``set_tags()``; ``tags_changed`` on every change."""

    tags_changed = Signal(list)

    def __init__(self, known_tags: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagField")
        self.chips = ChipList()
        self.entry = QLineEdit()
        self.entry.setObjectName("tagEntry")
        self.entry.setPlaceholderText(self.tr("Add a tag and press Enter"))
        self._completion_model = QStringListModel(self)
        self.completer = QCompleter(self._completion_model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.entry.setCompleter(self.completer)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chips)
        layout.addWidget(self.entry)
        self._known: list[tuple[str, str]] = []
        self.set_known_tags(known_tags)
        self.entry.textEdited.connect(self._complete)
        self.entry.returnPressed.connect(self.commit_entry)
        self.entry.installEventFilter(self)
        self.chips.remove_requested.connect(self.remove_at)
        self.chips.model().rowsMoved.connect(self._after_move)
        self.completer.activated.connect(self._completion_chosen)

    # -- API -----------------------------------------------------------------------------------

    def tags(self) -> list[str]:
        return [
            self.chips.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.chips.count())
        ]

    def set_tags(self, names: Sequence[str]) -> None:
        """Show these tags (no signal: this is loading, not editing)."""
        self.chips.clear()
        seen: set[str] = set()
        for name in names:
            clean = " ".join(name.split())
            if clean and tag_key(clean) not in seen:
                seen.add(tag_key(clean))
                self._append(clean)
        self._mark_main()

    def set_known_tags(self, names: Sequence[str]) -> None:
        """The newsroom's tags, offered as completions (most used first is best)."""
        self._known = [(name, tag_key(name)) for name in names]

    def add_tag(self, name: str) -> bool:
        """Add a tag at the end; a spelling of a known tag becomes that tag. False if present."""
        clean = " ".join(name.split())
        key = tag_key(clean)
        if not key:
            return False
        if key in {tag_key(t) for t in self.tags()}:
            return False
        for known, known_key in self._known:
            if known_key == key:
                clean = known
                break
        self._append(clean)
        self._changed()
        return True

    def remove_at(self, row: int) -> None:
        if 0 <= row < self.chips.count():
            self.chips.takeItem(row)
            self._changed()

    def move(self, row: int, to: int) -> None:
        if 0 <= row < self.chips.count() and 0 <= to < self.chips.count() and row != to:
            item = self.chips.takeItem(row)
            self.chips.insertItem(to, item)
            self.chips.setCurrentRow(to)
            self._changed()

    def completions(self, typed: str) -> list[str]:
        """Known tags whose normalised spelling contains the typed one, prefix matches first."""
        key = tag_key(typed)
        if not key:
            return []
        present = {tag_key(t) for t in self.tags()}
        starts = [n for n, k in self._known if k.startswith(key) and k not in present]
        inside = [
            n for n, k in self._known if key in k and not k.startswith(key) and k not in present
        ]
        return (starts + inside)[:COMPLETIONS]

    # -- behaviour -----------------------------------------------------------------------------

    def commit_entry(self) -> None:
        typed = self.entry.text()
        popup = self.completer.popup()
        if popup.isVisible() and popup.currentIndex().isValid():
            typed = popup.currentIndex().data()
        else:
            matches = [n for n in self.completions(typed) if tag_key(n) == tag_key(typed)]
            typed = matches[0] if matches else typed
        popup.hide()
        if self.add_tag(typed) or not tag_key(typed):
            self.entry.clear()

    def _completion_chosen(self, name: str) -> None:
        self.add_tag(name)
        self.entry.clear()

    def _complete(self, typed: str) -> None:
        self._completion_model.setStringList(self.completions(typed))
        if self._completion_model.rowCount():
            self.completer.complete()

    def eventFilter(self, obj, event) -> bool:  # type: ignore[no-untyped-def]
        if (
            obj is self.entry
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Backspace
            and not self.entry.text()
            and self.chips.count()
        ):
            self.remove_at(self.chips.count() - 1)
            return True
        return super().eventFilter(obj, event)

    def _append(self, name: str) -> None:
        item = QListWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, name)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )
        self.chips.addItem(item)

    def _after_move(self, *_args) -> None:  # type: ignore[no-untyped-def]
        self._changed()

    def _mark_main(self) -> None:
        for row in range(self.chips.count()):
            item = self.chips.item(row)
            font = QFont(item.font())
            font.setBold(row == 0)
            item.setFont(font)
            if row == 0:
                item.setIcon(icon("main-tag"))
                item.setToolTip(self.tr("Main tag"))
            else:
                item.setIcon(icon("tag"))
                item.setToolTip("")

    def _changed(self) -> None:
        self._mark_main()
        self.tags_changed.emit(self.tags())
