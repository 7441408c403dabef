"""The related-stories panel: pinned stories in order, add by search, and explained suggestions.

The pinned list is what readers get under "مقالات ذات صلة"; it is reordered by drag or the
arrow buttons. Suggestions come from ``RelatedService.suggestions`` with a sentence built from
their score parts in the interface language; accepting one pins it (origin "suggestion").
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from newsdesk.core.similarity import ScoreParts
from newsdesk.services.container import Services
from newsdesk.services.errors import REFUSED
from newsdesk.ui.fonts import story_font
from newsdesk.ui.icons import icon
from newsdesk.ui.messages import describe

SUGGESTIONS = 8


class ScoreExplainer(QObject):
    """Builds the translated sentence of a score (a QObject so ``tr`` handles plurals)."""

    def sentence(self, parts: ScoreParts) -> str:
        pieces = []
        if parts.shared_tags:
            pieces.append(self.tr("%n shared tags", "", parts.shared_tags))
        if parts.shared_terms:
            pieces.append(self.tr("%n shared terms", "", parts.shared_terms))
        if parts.same_section:
            pieces.append(self.tr("same section"))
        if parts.days_apart == 0:
            pieces.append(self.tr("same day"))
        else:
            pieces.append(self.tr("%n days apart", "", parts.days_apart))
        return self.tr(", ").join(pieces)


def explain(parts: ScoreParts) -> str:
    """The score's sentence in the interface language, e.g. "3 shared tags، 5 shared terms"."""
    return ScoreExplainer().sentence(parts)


class RelatedPanel(QWidget):
    """Pinned related stories and suggestions for one story."""

    pinned_changed = Signal(list)

    def __init__(self, services: Services, story_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("relatedPanel")
        self.services = services
        self.story_id = story_id
        font = story_font(12)

        self.pinned_list = QListWidget()
        self.pinned_list.setObjectName("pinnedList")
        self.pinned_list.setFont(font)
        self.pinned_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.pinned_list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.pinned_list.model().rowsMoved.connect(self._dropped)
        self.up_button = QPushButton(icon("up"), self.tr("Up"))
        self.down_button = QPushButton(icon("down"), self.tr("Down"))
        self.remove_button = QPushButton(icon("remove"), self.tr("Remove"))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.remove_button.clicked.connect(self.remove_selected)
        self.both_ways = QCheckBox(self.tr("Pin both ways"))
        self.both_ways.setToolTip(
            self.tr("Also list this story among the related stories of the other")
        )

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("relatedSearch")
        self.search_edit.setPlaceholderText(self.tr("Find a story by its headline"))
        self.search_edit.returnPressed.connect(self.search)
        self.search_results = QListWidget()
        self.search_results.setObjectName("searchResults")
        self.search_results.setFont(font)
        self.search_results.itemDoubleClicked.connect(lambda _item: self.add_selected_result())
        self.add_button = QPushButton(icon("add"), self.tr("Add"))
        self.add_button.clicked.connect(self.add_selected_result)

        self.suggestion_list = QListWidget()
        self.suggestion_list.setObjectName("suggestionList")
        self.suggestion_list.setFont(font)
        self.suggestion_list.setWordWrap(True)
        self.suggestion_list.itemDoubleClicked.connect(lambda _item: self.accept_selected())
        self.accept_button = QPushButton(icon("accept"), self.tr("Pin suggestion"))
        self.accept_button.clicked.connect(self.accept_selected)

        pinned_box = QGroupBox(self.tr("Related stories (in page order)"))
        pinned_layout = QVBoxLayout(pinned_box)
        pinned_layout.addWidget(self.pinned_list)
        buttons = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.both_ways)
        pinned_layout.addLayout(buttons)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.add_button)
        pinned_layout.addLayout(search_row)
        pinned_layout.addWidget(self.search_results)

        suggestion_box = QGroupBox(self.tr("Suggestions"))
        suggestion_layout = QVBoxLayout(suggestion_box)
        suggestion_layout.addWidget(self.suggestion_list)
        accept_row = QHBoxLayout()
        accept_row.addStretch(1)
        accept_row.addWidget(self.accept_button)
        suggestion_layout.addLayout(accept_row)

        self.message = QLabel()
        self.message.setObjectName("relatedMessage")
        layout = QVBoxLayout(self)
        layout.addWidget(pinned_box, 3)
        layout.addWidget(suggestion_box, 2)
        layout.addWidget(self.message)
        self.reload()

    # -- data ----------------------------------------------------------------------------------

    def pinned_ids(self) -> list[int]:
        return [
            self.pinned_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.pinned_list.count())
        ]

    def reload(self) -> None:
        try:
            pinned = self.services.related.pinned(self.story_id)
            suggestions = self.services.related.suggestions(self.story_id, limit=SUGGESTIONS)
        except REFUSED as exc:
            self.message.setText(describe(exc))
            return
        self.pinned_list.clear()
        for p in pinned:
            item = QListWidgetItem(icon("related"), p.story.headline)
            item.setData(Qt.ItemDataRole.UserRole, p.story.id)
            item.setToolTip(p.story.excerpt)
            self.pinned_list.addItem(item)
        self.suggestion_list.clear()
        for s in suggestions:
            item = QListWidgetItem(f"{s.story.headline}\n    {explain(s.parts)}")
            item.setData(Qt.ItemDataRole.UserRole, s.story.id)
            item.setToolTip(self.tr("Score %1").replace("%1", f"{s.score:.2f}"))
            self.suggestion_list.addItem(item)
        self.message.setText("")

    # -- actions -------------------------------------------------------------------------------

    def _run(self, action) -> None:  # type: ignore[no-untyped-def]
        try:
            action()
        except REFUSED as exc:
            self.message.setText(describe(exc))
            return
        self.reload()
        self.pinned_changed.emit(self.pinned_ids())

    def move_selected(self, step: int) -> None:
        row = self.pinned_list.currentRow()
        ids = self.pinned_ids()
        to = row + step
        if row < 0 or not 0 <= to < len(ids):
            return
        ids[row], ids[to] = ids[to], ids[row]
        self._run(lambda: self.services.related.reorder(self.story_id, ids))
        self.pinned_list.setCurrentRow(to)

    def _dropped(self, *_args) -> None:  # type: ignore[no-untyped-def]
        ids = self.pinned_ids()
        self._run(lambda: self.services.related.reorder(self.story_id, ids))

    def remove_selected(self) -> None:
        item = self.pinned_list.currentItem()
        if item is not None:
            target = item.data(Qt.ItemDataRole.UserRole)
            self._run(
                lambda: self.services.related.unpin(
                    self.story_id, target, both_ways=self.both_ways.isChecked()
                )
            )

    def search(self) -> None:
        self.search_results.clear()
        found = self.services.related.find(
            self.search_edit.text(), exclude=[self.story_id, *self.pinned_ids()]
        )
        for link in found:
            item = QListWidgetItem(link.headline)
            item.setData(Qt.ItemDataRole.UserRole, link.id)
            item.setToolTip(link.excerpt)
            self.search_results.addItem(item)
        if not found:
            self.message.setText(self.tr("No story has those words in its headline."))
        else:
            self.search_results.setCurrentRow(0)
            self.message.setText("")

    def add_selected_result(self) -> None:
        item = self.search_results.currentItem()
        if item is not None:
            target = item.data(Qt.ItemDataRole.UserRole)
            self.search_results.takeItem(self.search_results.row(item))
            self._run(
                lambda: self.services.related.pin(
                    self.story_id, target, both_ways=self.both_ways.isChecked()
                )
            )

    def accept_selected(self) -> None:
        item = self.suggestion_list.currentItem()
        if item is not None:
            target = item.data(Qt.ItemDataRole.UserRole)
            self._run(
                lambda: self.services.related.accept(
                    self.story_id, target, both_ways=self.both_ways.isChecked()
                )
            )


class RelatedDialog(QDialog):
    """The panel in a window of its own, for the story selected in the list."""

    def __init__(self, services: Services, story_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("relatedDialog")
        headline = services.stories.get(story_id).headline
        self.setWindowTitle(self.tr("Related stories: %1").replace("%1", headline))
        self.panel = RelatedPanel(services, story_id)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        title = QLabel(headline)
        title.setFont(story_font(15))
        title.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        self.resize(720, 680)
