"""The navigator: all stories, each status with its live count, the sections, the trash."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from newsdesk.core.domain import WORKFLOW_ORDER, Status
from newsdesk.services.dto import StoryFilter
from newsdesk.services.stories import StoryService
from newsdesk.services.taxonomy import TaxonomyService
from newsdesk.ui.icons import icon
from newsdesk.ui.story_list.model import status_label

FILTER_ROLE = Qt.ItemDataRole.UserRole + 1


class NavigatorPanel(QTreeWidget):
    """A tree of story sets; choosing one emits the filter it stands for."""

    filter_chosen = Signal(object)

    def __init__(
        self, stories: StoryService, taxonomy: TaxonomyService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._stories = stories
        self._taxonomy = taxonomy
        self._filters: dict[int, StoryFilter] = {}
        self.setObjectName("navigator")
        self.setHeaderHidden(True)
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.itemSelectionChanged.connect(self._on_selection)
        self.rebuild()

    def rebuild(self) -> None:
        """Fill the tree anew (sections may have changed); keep the current choice."""
        current = self.current_filter()
        self.blockSignals(True)
        self.clear()
        self._filters.clear()
        self._all = self._add(None, self.tr("All stories"), "all", StoryFilter())
        statuses = QTreeWidgetItem(self, [self.tr("Statuses")])
        statuses.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self._status_items: dict[Status, QTreeWidgetItem] = {}
        for status in WORKFLOW_ORDER:
            self._status_items[status] = self._add(
                statuses, status_label(status), status.value, StoryFilter(statuses=(status,))
            )
        sections = QTreeWidgetItem(self, [self.tr("Sections")])
        sections.setFlags(Qt.ItemFlag.ItemIsEnabled)
        for section in self._taxonomy.sections():
            self._add(sections, section.name, "section", StoryFilter(section=section.slug))
        self._trash = self._add(None, self.tr("Trash"), "trash", StoryFilter(trash=True))
        self.expandAll()
        self.blockSignals(False)
        self.refresh_counts()
        self.select_filter(current or StoryFilter())

    def _add(
        self, parent: QTreeWidgetItem | None, text: str, icon_key: str, story_filter: StoryFilter
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem([text]) if parent is None else QTreeWidgetItem(parent, [text])
        if parent is None:
            self.addTopLevelItem(item)
        item.setIcon(0, icon(icon_key))
        item.setData(0, FILTER_ROLE, text)
        self._filters[id(item)] = story_filter
        return item

    def refresh_counts(self) -> None:
        """Show live counts beside the statuses and the trash."""
        counts = self._stories.status_counts()
        for status, item in self._status_items.items():
            item.setText(0, f"{status_label(status)} ({counts.get(status, 0)})")
        self._all.setText(0, f"{self.tr('All stories')} ({sum(counts.values())})")
        self._trash.setText(0, f"{self.tr('Trash')} ({self._stories.trash_count()})")

    def current_filter(self) -> StoryFilter | None:
        items = self.selectedItems()
        return self._filters.get(id(items[0])) if items else None

    def select_filter(self, story_filter: StoryFilter) -> None:
        for item_id, f in self._filters.items():
            if f == replace(story_filter):
                for item in self._iter_items():
                    if id(item) == item_id:
                        self.setCurrentItem(item)
                        return

    def _iter_items(self) -> list[QTreeWidgetItem]:
        out: list[QTreeWidgetItem] = []
        stack = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        while stack:
            item = stack.pop()
            out.append(item)
            stack.extend(item.child(i) for i in range(item.childCount()))
        return out

    def _on_selection(self) -> None:
        f = self.current_filter()
        if f is not None:
            self.filter_chosen.emit(f)
