"""The navigator: the story sets a desk switches between.

All stories, my stories, each status with its live count, the sections, the most used tags and
authors (with a filterable "more…" list for the rest), the saved searches and the trash. Choosing
an entry emits the filter it stands for (``filter_chosen``) or the saved search
(``saved_search_chosen``).

The counts and the groups read from the database (sections, tags, authors, saved searches) are
filled just after the window first paints (``fill_later``): counting statuses and tag use over
100,000 stories costs tens of milliseconds, and the first query of a mapped class sets up the ORM,
that the first rows should not wait for.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import QMenu, QTreeWidget, QTreeWidgetItem, QWidget

from newsdesk.core.domain import WORKFLOW_ORDER, Status
from newsdesk.services.dto import StoryFilter
from newsdesk.services.saved_searches import SavedSearch, SavedSearchService
from newsdesk.services.stories import StoryService
from newsdesk.services.taxonomy import TaxonomyService
from newsdesk.ui.icons import icon
from newsdesk.ui.staging import after_first_paint
from newsdesk.ui.story_list import view as story_view
from newsdesk.ui.story_list.model import status_label

FILTER_ROLE = Qt.ItemDataRole.UserRole + 1
# On a "more…" entry: which list it opens ("tag" or "author").
MORE_ROLE = Qt.ItemDataRole.UserRole + 2
# On a saved search entry: its name.
SAVED_ROLE = Qt.ItemDataRole.UserRole + 3
# How many tags and authors the navigator lists before "more…".
SHORT_LIST = 12


class NavigatorPanel(QTreeWidget):
    """A tree of story sets; choosing one emits the filter it stands for."""

    filter_chosen = Signal(object)
    saved_search_chosen = Signal(object)

    def __init__(
        self,
        stories: StoryService,
        taxonomy: TaxonomyService,
        parent: QWidget | None = None,
        *,
        user: str = "",
        saved: SavedSearchService | None = None,
        fill_later: bool = False,
    ) -> None:
        super().__init__(parent)
        self._stories = stories
        self._taxonomy = taxonomy
        self._user = user
        self._saved = saved
        self._filters: dict[int, StoryFilter] = {}
        self._filled = False
        self.setObjectName("navigator")
        self.setHeaderHidden(True)
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._show_menu)
        self.itemSelectionChanged.connect(self._on_selection)
        self.rebuild(fill=not fill_later)
        if fill_later:
            # Count statuses, tags and authors once the window (and the list's first rows)
            # reached the screen.
            after_first_paint(self, self.fill_vocabularies)

    # -- building -------------------------------------------------------------------------------

    def rebuild(self, fill: bool = True) -> None:
        """Fill the tree anew (sections may have changed); keep the current choice."""
        current = self.current_filter()
        self.blockSignals(True)
        self.clear()
        self._filters.clear()
        self._all = self._add(None, self.tr("All stories"), "all", StoryFilter())
        self._mine = (
            self._add(None, self.tr("My stories"), "mine", StoryFilter(user=self._user))
            if self._user
            else None
        )
        statuses = self._group(self.tr("Statuses"))
        self._status_items: dict[Status, QTreeWidgetItem] = {}
        for status in WORKFLOW_ORDER:
            self._status_items[status] = self._add(
                statuses, status_label(status), status.value, StoryFilter(statuses=(status,))
            )
        self._sections = self._group(self.tr("Sections"))
        self._tags = self._group(self.tr("Tags"))
        self._authors = self._group(self.tr("Authors"))
        self._saved_group = self._group(self.tr("Saved searches"))
        self._saved_group.setHidden(self._saved is None)
        self._trash = self._add(None, self.tr("Trash"), "trash", StoryFilter(trash=True))
        self._filled = False
        self.expandAll()
        self.blockSignals(False)
        if fill:
            self.fill_vocabularies()
        self.select_filter(current or StoryFilter())

    def _group(self, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self, [title])
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        return item

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

    def fill_vocabularies(self) -> None:
        """Count the statuses; list the sections, the most used tags and the most prolific
        authors (each with "more…") and the saved searches."""
        if self._filled:
            return
        self._filled = True
        self.refresh_counts()
        current = self.current_filter()
        self.blockSignals(True)
        for group in (self._sections, self._tags, self._authors):
            self._clear_group(group)
        for section in self._taxonomy.sections():
            self._add(self._sections, section.name, "section", StoryFilter(section=section.slug))
        for usage in self._taxonomy.top_tags(SHORT_LIST):
            self._add(self._tags, usage.tag.name, "tag", StoryFilter(tag=usage.tag.slug))
        self._more(self._tags, self.tr("More tags…"), "tag")
        counts = self._taxonomy.author_story_counts()
        authors = sorted(self._taxonomy.authors(), key=lambda a: (-counts.get(a.id, 0), a.name))
        for author in authors[:SHORT_LIST]:
            self._add(self._authors, author.name, "author", StoryFilter(author=author.slug))
        if len(authors) > SHORT_LIST:
            self._more(self._authors, self.tr("More authors…"), "author")
        self.blockSignals(False)
        self.rebuild_saved()
        if current is not None:
            self.select_filter(current)

    def _more(self, group: QTreeWidgetItem, text: str, kind: str) -> None:
        item = QTreeWidgetItem(group, [text])
        item.setIcon(0, icon("more"))
        item.setData(0, MORE_ROLE, kind)

    def _clear_group(self, group: QTreeWidgetItem) -> None:
        for item in group.takeChildren():
            self._filters.pop(id(item), None)

    def rebuild_saved(self) -> None:
        """List the saved searches anew (one was saved or deleted)."""
        self.blockSignals(True)
        self._clear_group(self._saved_group)
        searches = self._saved.all() if self._saved is not None else []
        for search in searches:
            item = QTreeWidgetItem(self._saved_group, [search.name])
            item.setIcon(0, icon("saved_search"))
            item.setData(0, SAVED_ROLE, search.name)
        self.blockSignals(False)

    def refresh_counts(self) -> None:
        """Show live counts beside the statuses and the trash."""
        counts = self._stories.status_counts()
        for status, item in self._status_items.items():
            item.setText(0, f"{status_label(status)} ({counts.get(status, 0)})")
        self._all.setText(0, f"{self.tr('All stories')} ({sum(counts.values())})")
        self._trash.setText(0, f"{self.tr('Trash')} ({self._stories.trash_count()})")

    # -- choosing -------------------------------------------------------------------------------

    def current_filter(self) -> StoryFilter | None:
        items = self.selectedItems()
        return self._filters.get(id(items[0])) if items else None

    def select_filter(self, story_filter: StoryFilter) -> bool:
        for item in self._iter_items():
            if self._filters.get(id(item)) == replace(story_filter):
                self.setCurrentItem(item)
                return True
        return False

    def saved_item(self, name: str) -> QTreeWidgetItem | None:
        for i in range(self._saved_group.childCount()):
            item = self._saved_group.child(i)
            if item.data(0, SAVED_ROLE) == name:
                return item
        return None

    def more_item(self, kind: str) -> QTreeWidgetItem | None:
        group = self._tags if kind == "tag" else self._authors
        for i in range(group.childCount()):
            if group.child(i).data(0, MORE_ROLE) == kind:
                return group.child(i)
        return None

    def pick_more(self, kind: str) -> StoryFilter | None:
        """Open the long list of tags or authors; the choice joins the group and is chosen."""
        from newsdesk.ui.story_list.picker import NamePickerDialog  # not needed to start

        if kind == "tag":
            choices = [(t.name, t.slug) for t in self._taxonomy.tag_refs()]
            title = self.tr("Choose a tag")
        else:
            choices = [(a.name, a.slug) for a in self._taxonomy.authors()]
            title = self.tr("Choose an author")
        dialog = NamePickerDialog(title, choices, self)
        if not dialog.exec() or (slug := dialog.chosen()) is None:
            return None
        name = next(n for n, value in choices if value == slug)
        story_filter = StoryFilter(tag=slug) if kind == "tag" else StoryFilter(author=slug)
        if not self.select_filter(story_filter):
            group = self._tags if kind == "tag" else self._authors
            item = QTreeWidgetItem([name])
            more = self.more_item(kind)
            group.insertChild(group.indexOfChild(more) if more else group.childCount(), item)
            item.setIcon(0, icon(kind))
            self._filters[id(item)] = story_filter
            self.setCurrentItem(item)
        return story_filter

    def _iter_items(self) -> list[QTreeWidgetItem]:
        out: list[QTreeWidgetItem] = []
        stack = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        while stack:
            item = stack.pop()
            out.append(item)
            stack.extend(item.child(i) for i in range(item.childCount()))
        return out

    def _on_selection(self) -> None:
        items = self.selectedItems()
        if not items:
            return
        item = items[0]
        kind = item.data(0, MORE_ROLE)
        if kind:
            QTimer.singleShot(0, lambda: self.pick_more(kind))
            return
        name = item.data(0, SAVED_ROLE)
        if name and self._saved is not None:
            found = next((s for s in self._saved.all() if s.name == name), None)
            if found is not None:
                self.saved_search_chosen.emit(found)
            return
        f = self.current_filter()
        if f is not None:
            self.filter_chosen.emit(f)

    # -- saved searches -------------------------------------------------------------------------

    def _show_menu(self, pos: QPoint) -> None:
        item = self.itemAt(pos)
        if item is None or not item.data(0, SAVED_ROLE):
            return
        menu = self.saved_menu(str(item.data(0, SAVED_ROLE)))
        story_view.popup_menu(menu, self.viewport().mapToGlobal(pos))

    def saved_menu(self, name: str) -> QMenu:
        menu = QMenu(self)
        delete = menu.addAction(icon("trash"), self.tr("Delete saved search"))
        delete.triggered.connect(lambda: self.delete_saved(name))
        return menu

    def delete_saved(self, name: str) -> None:
        if self._saved is not None and self._saved.delete(name):
            self.rebuild_saved()

    def add_saved(self, search: SavedSearch) -> None:
        """Store ``search`` and show it selected."""
        if self._saved is None:
            return
        saved = self._saved.save(search)
        self.rebuild_saved()
        item = self.saved_item(saved.name)
        if item is not None:
            self.blockSignals(True)
            self.setCurrentItem(item)
            self.blockSignals(False)
