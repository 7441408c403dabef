"""A Qt table model that mirrors a story query.

It holds only the ordered ids of the current query and builds rows on demand, a page at a time,
into a cache (the way Anki's browser table does). Sorting re-runs the query's ORDER BY in the
database: a proxy model over a paged source cannot sort rows it has not seen.

With search words the ids come from the search service, best match first; sorting a column
then re-sorts exactly those matches in the database (``StoryFilter.ids``), and sorting by
no column (``sort(-1)``) goes back to the ranking.

Changes never reset the view unless the question itself changed: ``refresh_stories`` rebuilds
the rows of stories that were written, and ``sync`` re-asks the same question and applies the
difference as row removals, insertions and a layout change, so selection and scroll survive
another desk's writes.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from newsdesk.core.domain import Status
from newsdesk.services.dto import StoryFilter, StorySummary
from newsdesk.services.stories import StoryService
from newsdesk.ui.icons import STATUS_COLOURS, icon

STORY_IDS_MIME = "application/x-newsdesk-story-ids"

#: (key, sort key, header text)
COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("status", "status", QT_TRANSLATE_NOOP("StoryTableModel", "Status")),
    ("priority", "priority", QT_TRANSLATE_NOOP("StoryTableModel", "Priority")),
    ("headline", "headline", QT_TRANSLATE_NOOP("StoryTableModel", "Headline")),
    ("section", "section", QT_TRANSLATE_NOOP("StoryTableModel", "Section")),
    ("authors", "id", QT_TRANSLATE_NOOP("StoryTableModel", "Authors")),
    ("main_tag", "id", QT_TRANSLATE_NOOP("StoryTableModel", "Main tag")),
    ("words", "words", QT_TRANSLATE_NOOP("StoryTableModel", "Words")),
    ("updated", "updated", QT_TRANSLATE_NOOP("StoryTableModel", "Updated")),
    ("published", "published", QT_TRANSLATE_NOOP("StoryTableModel", "Published")),
)
SORTABLE = {key for key, sort, _ in COLUMNS if sort != "id"}

# The search service's shape: every id matching the words within the filter, best first.
SearchIds = Callable[[str, StoryFilter], list[int]]


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted row numbers → (first, last) of each run of consecutive rows."""
    out: list[tuple[int, int]] = []
    for row in rows:
        if out and out[-1][1] == row - 1:
            out[-1] = (out[-1][0], row)
        else:
            out.append((row, row))
    return out


def status_label(status: Status) -> str:
    labels = {
        Status.DRAFT: QCoreApplication.translate("Status", "Draft"),
        Status.SUBMITTED: QCoreApplication.translate("Status", "Submitted"),
        Status.EDITING: QCoreApplication.translate("Status", "Editing"),
        Status.READY: QCoreApplication.translate("Status", "Ready"),
        Status.PUBLISHED: QCoreApplication.translate("Status", "Published"),
        Status.CORRECTED: QCoreApplication.translate("Status", "Corrected"),
        Status.KILLED: QCoreApplication.translate("Status", "Killed"),
    }
    return labels[status]


def format_time(value: datetime | None) -> str:
    if value is None:
        return ""
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


class StoryTableModel(QAbstractTableModel):
    """Rows of the story list, built on demand from the ids of the current query.

    A new question (filter, words, order) costs a count and the first page of ids, both
    answered from covering indexes; further pages of ids are fetched by offset when the view
    reaches them (a jump to the last row is one query, not 500 pages). The complete id list is
    fetched only when something needs every id: finding a story's row, or ``sync``.
    """

    PAGE_SIZE = 200

    def __init__(
        self, stories: StoryService, parent: Any = None, *, search_ids: SearchIds | None = None
    ) -> None:
        super().__init__(parent)
        self._stories = stories
        self._search_ids = search_ids
        self._filter = StoryFilter()
        self._query = ""
        self._sort = "updated"
        self._descending = True
        # With search words: keep the search's ranking (no column sort chosen since).
        self._ranked = True
        # The search's matches for ``_query`` (None without words).
        self._matched: tuple[int, ...] | None = None
        # One slot per row; None where that stretch of ids has not been fetched yet.
        self._ids: list[int | None] = []
        self._complete = True
        self._rows: dict[int, StorySummary] = {}
        self._row_of: dict[int, int] | None = None
        # The question the rows answer (None before the first one is asked).
        self._asked: tuple[object, ...] | None = None

    # -- the query ------------------------------------------------------------------------------

    @property
    def story_filter(self) -> StoryFilter:
        return self._filter

    @property
    def query(self) -> str:
        return self._query

    @property
    def can_search(self) -> bool:
        return self._search_ids is not None

    @property
    def sort_key(self) -> str | None:
        """The key the rows are sorted by; None while a search's ranking is shown."""
        return None if self.is_ranked else self._sort

    @property
    def descending(self) -> bool:
        return self._descending

    @property
    def is_ranked(self) -> bool:
        return self._matched is not None and self._ranked

    def set_filter(self, story_filter: StoryFilter) -> None:
        self.set_filter_and_query(story_filter, self._query)

    def set_query(self, query: str) -> None:
        """Search for ``query`` within the filter; new words show the best matches first."""
        self.set_filter_and_query(self._filter, query)

    def set_filter_and_query(self, story_filter: StoryFilter, query: str) -> None:
        query = " ".join(query.split())
        if query != self._query:
            self._ranked = True
        self._filter = story_filter
        self._query = query
        self.reload()

    def set_question(
        self, story_filter: StoryFilter, query: str, sort: str | None, descending: bool = True
    ) -> None:
        """Filter, words and order at once (a saved search): one query, not three."""
        self._filter = story_filter
        self._query = " ".join(query.split())
        if sort is None:
            self._ranked = True
        else:
            self._sort, self._descending, self._ranked = sort, descending, False
        self.reload()

    def set_sort(self, sort: str | None, descending: bool = True) -> None:
        """Order by a sort key (``dto.SORT_KEYS``), or None for the search's ranking.

        Only the order changes, so a search's matches are re-sorted as they are, not searched
        for again (the poll's ``sync`` searches again). The order already shown is not asked
        for twice (``QTableView.sortByColumn`` calls ``sort`` once through the header's
        signal and once itself).
        """
        if sort is None:
            self._ranked = True
        else:
            self._sort = sort
            self._descending = descending
            self._ranked = False
        if self._question() != self._asked:
            self.reload(search=self._asked is None)

    def _search(self) -> tuple[int, ...] | None:
        if not self._query or self._search_ids is None:
            return None
        return tuple(self._search_ids(self._query, self._filter))

    def _sorted_filter(self) -> StoryFilter:
        """The filter whose ORDER BY gives the rows: a search's matches re-sorted, or all."""
        if self._matched is None:
            return self._filter
        return replace(self._filter, ids=self._matched)

    def fetch_ids(self) -> list[int]:
        """Every id the current question answers, in order (asks again; changes nothing)."""
        return self._ids_for(self._search())

    def _ids_for(self, matched: tuple[int, ...] | None) -> list[int]:
        if matched is not None and self._ranked:
            return list(matched)
        base = self._filter if matched is None else replace(self._filter, ids=matched)
        return self._stories.ids(base, sort=self._sort, descending=self._descending)

    def _question(self) -> tuple[object, ...]:
        """What the rows answer: filter, words and order (the ranking counts as an order)."""
        order = ("ranked",) if self.is_ranked else (self._sort, self._descending)
        return (self._filter, self._query, *order)

    def reload(self, *, search: bool = True) -> None:
        """Ask a new question (filter, words or order): a count and the first page of ids.

        ``search=False`` keeps the search's matches (only the order changed): their number is
        the count, as they were found within the same filter.
        """
        if search or (self._query and self._matched is None):
            self._matched = self._search()
        if self.is_ranked:
            assert self._matched is not None
            ids: list[int | None] = list(self._matched)
        else:
            story_filter = self._sorted_filter()
            total = (
                len(self._matched)
                if not search and self._matched is not None
                else self._stories.count(story_filter)
            )
            first = self._stories.ids(
                story_filter, sort=self._sort, descending=self._descending, limit=self.PAGE_SIZE
            )
            ids = [*first[:total], *([None] * (total - len(first)))]
        self.beginResetModel()
        self._ids = ids
        self._complete = None not in ids
        self._rows.clear()
        self._row_of = None
        self._asked = self._question()
        self.endResetModel()

    def _fetch_page(self, row: int) -> None:
        start = row - row % self.PAGE_SIZE
        page = self._stories.ids(
            self._sorted_filter(),
            sort=self._sort,
            descending=self._descending,
            offset=start,
            limit=self.PAGE_SIZE,
        )
        end = min(start + len(page), len(self._ids))
        self._ids[start:end] = page[: end - start]
        self._row_of = None

    def ensure_all_ids(self) -> None:
        """Fetch every id of the current question (once), keeping the rows already shown."""
        if self._complete:
            return
        full = self._ids_for(self._matched)
        known = all(sid is None or sid == new for sid, new in zip(self._ids, full, strict=False))
        if known and len(full) == len(self._ids):
            self._ids = list(full)
            self._row_of = None
        else:  # another desk wrote in between: apply the difference like a poll would
            self.sync(full)
        self._complete = True

    def sync(self, ids: list[int] | None = None) -> bool:
        """Ask the same question again and apply only the difference; True if rows moved.

        Vanished stories are removed and new ones inserted (``rowsRemoved``/``rowsInserted``),
        then the survivors are put in the new order with a layout change that carries every
        persistent index (the selection, the current row) along with its story.
        """
        if ids is None:
            self._matched = self._search()
            ids = self._ids_for(self._matched)
        new_ids = ids
        self._complete = True
        if new_ids == self._ids:
            return False
        wanted = set(new_ids)
        seen: set[int] = set()
        gone = []
        for row, sid in enumerate(self._ids):
            if sid is None or sid not in wanted or sid in seen:
                gone.append(row)
            else:
                seen.add(sid)
        for first, last in reversed(_runs(gone)):
            self.beginRemoveRows(QModelIndex(), first, last)
            for sid in self._ids[first : last + 1]:
                if sid is not None and sid not in wanted:
                    self._rows.pop(sid, None)
            del self._ids[first : last + 1]
            self._row_of = None
            self.endRemoveRows()
        added = [sid for sid in new_ids if sid not in seen]
        if added:
            start = len(self._ids)
            self.beginInsertRows(QModelIndex(), start, start + len(added) - 1)
            self._ids.extend(added)
            self._row_of = None
            self.endInsertRows()
        if self._ids != new_ids:
            self.layoutAboutToBeChanged.emit()
            new_row = {sid: row for row, sid in enumerate(new_ids)}
            old = self.persistentIndexList()
            moved = [
                self.index(new_row[sid], i.column())
                if (sid := self._ids[i.row()]) is not None
                else QModelIndex()
                for i in old
            ]
            self._ids = list(new_ids)
            self._row_of = new_row
            self.changePersistentIndexList(old, moved)
            self.layoutChanged.emit()
        return True

    def story_id(self, row: int) -> int:
        """The id shown in ``row`` (fetching its page of ids if needed)."""
        sid = self._ids[row]
        if sid is None:
            self._fetch_page(row)
            sid = self._ids[row]
            if sid is None:  # the list shrank under us; the next sync removes the row
                self.ensure_all_ids()
                sid = self._ids[row] if row < len(self._ids) else None
                if sid is None:
                    raise IndexError(row)
        return sid

    def row_of(self, story_id: int) -> int | None:
        if self._row_of is None:
            self.ensure_all_ids()
            self._row_of = {sid: row for row, sid in enumerate(self._ids) if sid is not None}
        return self._row_of.get(story_id)

    def story_ids(self) -> list[int]:
        """Every id in list order (fetching them all if needed)."""
        self.ensure_all_ids()
        return [sid for sid in self._ids if sid is not None]

    def refresh_story(self, story_id: int) -> None:
        """A story changed: rebuild its row in place, without resetting the view."""
        self.refresh_stories([story_id])

    def refresh_stories(self, story_ids: Iterable[int]) -> None:
        """Stories changed: forget their cached rows and repaint them (``dataChanged``).

        Only rows whose summary was built (on screen, or scrolled past) can be showing stale
        text, so only those are looked up: no need to fetch every id for this.
        """
        cached = [sid for sid in story_ids if self._rows.pop(sid, None) is not None]
        if not cached:
            return
        wanted = set(cached)
        rows = [row for row, sid in enumerate(self._ids) if sid in wanted]
        last_column = len(COLUMNS) - 1
        for first, last in _runs(rows):
            self.dataChanged.emit(self.index(first, 0), self.index(last, last_column))

    def summary(self, row: int) -> StorySummary | None:
        if not 0 <= row < len(self._ids):
            return None
        try:
            story_id = self.story_id(row)
        except IndexError:
            return None
        cached = self._rows.get(story_id)
        if cached is None:
            start = row - row % self.PAGE_SIZE
            if None in self._ids[start : start + self.PAGE_SIZE]:
                self._fetch_page(start)
            page = [sid for sid in self._ids[start : start + self.PAGE_SIZE] if sid is not None]
            missing = [sid for sid in page if sid not in self._rows]
            for item in self._stories.summaries(missing):
                self._rows[item.id] = item
            cached = self._rows.get(story_id)
        return cached

    # -- Qt's model interface -------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return QCoreApplication.translate("StoryTableModel", COLUMNS[section][2])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        item = self.summary(index.row())
        if item is None:
            return None
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, key)
        if role == Qt.ItemDataRole.DecorationRole and key == "status":
            return icon(item.status.value)
        if role == Qt.ItemDataRole.ForegroundRole and key == "status":
            return QColor(STATUS_COLOURS[item.status.value])
        if role == Qt.ItemDataRole.ToolTipRole and key == "headline":
            return item.headline
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("priority", "words"):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        return None

    @staticmethod
    def _display(item: StorySummary, key: str) -> Any:
        if key == "status":
            return status_label(item.status)
        if key == "priority":
            return str(item.priority)
        if key == "headline":
            return item.headline
        if key == "section":
            return item.section
        if key == "authors":
            return "، ".join(item.authors)
        if key == "main_tag":
            return item.main_tag
        if key == "words":
            return str(item.word_count)
        if key == "updated":
            return format_time(item.updated_at)
        if key == "published":
            return format_time(item.published_at)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Re-run the query in a column's order; column -1 (no sort) restores a search's
        ranking. Columns without an order of their own (authors, main tag) are ignored."""
        if column < 0:
            if self._query and not self._ranked:
                self.set_sort(None)
            return
        sort_key = self._sort_key_of(column)
        if sort_key is not None:
            self.set_sort(sort_key, order == Qt.SortOrder.DescendingOrder)

    def preset_sort(self, column: int, order: Qt.SortOrder) -> None:
        """Take a column's order for the next question without asking one now: the window
        restores the remembered order before its first question, so that starting runs the
        list's queries once, not once per header change."""
        sort_key = self._sort_key_of(column)
        if sort_key is not None:
            self._sort = sort_key
            self._descending = order == Qt.SortOrder.DescendingOrder
            self._ranked = False

    @staticmethod
    def _sort_key_of(column: int) -> str | None:
        """The sort key of a column with an order of its own (None for the others)."""
        if not 0 <= column < len(COLUMNS):
            return None
        key, sort_key, _ = COLUMNS[column]
        return sort_key if key in SORTABLE else None

    @staticmethod
    def column_of(sort_key: str) -> int:
        """The column sorted by ``sort_key`` (-1 when none is)."""
        for column, (key, sort, _) in enumerate(COLUMNS):
            if sort == sort_key and key in SORTABLE:
                return column
        return -1

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def mimeTypes(self) -> list[str]:
        return [STORY_IDS_MIME, "text/plain"]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        ids = [self.story_id(r) for r in rows]
        mime = QMimeData()
        mime.setData(STORY_IDS_MIME, QByteArray(json.dumps(ids).encode()))
        mime.setText("\n".join(s.headline for r in rows if (s := self.summary(r))))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.LinkAction
