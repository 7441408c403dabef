"""A Qt table model that mirrors a story query.

It holds only the ordered ids of the current query and builds rows on demand, a page at a time,
into a cache (the way Anki's browser table does). Sorting re-runs the query's ORDER BY in the
database: a proxy model over a paged source cannot sort rows it has not seen.
"""

from __future__ import annotations

import json
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
    """Rows of the story list, built on demand from the ids of the current query."""

    PAGE_SIZE = 200

    def __init__(self, stories: StoryService, parent: Any = None) -> None:
        super().__init__(parent)
        self._stories = stories
        self._filter = StoryFilter()
        self._sort = "updated"
        self._descending = True
        self._ids: list[int] = []
        self._rows: dict[int, StorySummary] = {}
        self._row_of: dict[int, int] | None = None

    # -- the query ------------------------------------------------------------------------------

    @property
    def story_filter(self) -> StoryFilter:
        return self._filter

    def set_filter(self, story_filter: StoryFilter) -> None:
        self._filter = story_filter
        self.reload()

    def reload(self) -> None:
        """Re-run the query; the view keeps its scroll position only if the ids are the same."""
        ids = self._stories.ids(self._filter, sort=self._sort, descending=self._descending)
        self.beginResetModel()
        self._ids = ids
        self._rows.clear()
        self._row_of = None
        self.endResetModel()

    def story_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, story_id: int) -> int | None:
        if self._row_of is None:
            self._row_of = {sid: row for row, sid in enumerate(self._ids)}
        return self._row_of.get(story_id)

    def refresh_story(self, story_id: int) -> None:
        """A story changed: rebuild its row in place, without resetting the view."""
        row = self.row_of(story_id)
        if row is None:
            return
        self._rows.pop(story_id, None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def summary(self, row: int) -> StorySummary | None:
        if not 0 <= row < len(self._ids):
            return None
        story_id = self._ids[row]
        cached = self._rows.get(story_id)
        if cached is None:
            start = row - row % self.PAGE_SIZE
            page = self._ids[start : start + self.PAGE_SIZE]
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
        if not 0 <= column < len(COLUMNS):
            return
        key, sort_key, _ = COLUMNS[column]
        if key not in SORTABLE:
            return
        self._sort = sort_key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

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
        ids = [self._ids[r] for r in rows]
        mime = QMimeData()
        mime.setData(STORY_IDS_MIME, QByteArray(json.dumps(ids).encode()))
        mime.setText("\n".join(s.headline for r in rows if (s := self.summary(r))))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.LinkAction
