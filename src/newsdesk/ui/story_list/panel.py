"""The story list panel: the date range bar above the table, the search words, the bulk actions
and the poll that keeps the rows current while other desks write.

The list shows one question: the navigator's choice (a status, section, tag, author, "my
stories", the trash), narrowed by the date range and, with words in the search box, by the
search service. ``current_search`` is that question as a ``SavedSearch``; ``apply_saved`` asks
a saved one again.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, time, timedelta

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from newsdesk.services.container import Services
from newsdesk.services.dto import ChangeStamp, StoryFilter
from newsdesk.services.errors import REFUSED
from newsdesk.services.saved_searches import SavedSearch
from newsdesk.ui.icons import IconLabel
from newsdesk.ui.messages import describe
from newsdesk.ui.story_list.bulk import BulkActions
from newsdesk.ui.story_list.model import SearchIds, StoryTableModel
from newsdesk.ui.story_list.search_box import SearchBox
from newsdesk.ui.story_list.view import StoryTableView

# How often the list asks whether another desk wrote (milliseconds).
POLL_MS = 3000


def day_start(day: QDate) -> datetime:
    """Local midnight at the start of ``day``, as an aware time (the filter compares in UTC)."""
    local = datetime.combine(day.toPython(), time.min).astimezone()
    return local.astimezone(UTC)


class DateRangeBar(QWidget):
    """ "From" and "to" days, each switched on by its box; ``changed`` when either moves."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dateRange")
        today = QDate.currentDate()
        self.from_check = QCheckBox(self.tr("From"))
        self.from_edit = QDateEdit(today.addMonths(-1))
        self.to_check = QCheckBox(self.tr("To"))
        self.to_edit = QDateEdit(today)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(IconLabel("dates"))
        for check, edit in ((self.from_check, self.from_edit), (self.to_check, self.to_edit)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            # An ISO date reads left to right in both languages; in a right-to-left field the
            # bidi algorithm would show 2026-09-29 as 29-09-2026.
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(lambda _on: self.changed.emit())
            edit.dateChanged.connect(lambda _d, c=check: c.isChecked() and self.changed.emit())
            layout.addWidget(check)
            layout.addWidget(edit)
        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr("Any time"))
        self.clear_button.setToolTip(self.tr("Show stories of any date"))
        self.clear_button.clicked.connect(lambda: self.set_range(None, None))
        layout.addWidget(self.clear_button)
        layout.addStretch(1)

    def range(self) -> tuple[datetime | None, datetime | None]:
        """(from, to) as the filter wants them: ``to`` is the end of its day (exclusive)."""
        start = day_start(self.from_edit.date()) if self.from_check.isChecked() else None
        end = (
            day_start(self.to_edit.date()) + timedelta(days=1)
            if self.to_check.isChecked()
            else None
        )
        return start, end

    def set_range(self, start: datetime | None, end: datetime | None) -> None:
        """Show a filter's range without emitting ``changed`` for each field."""
        self.blockSignals(True)
        self.from_check.setChecked(start is not None)
        if start is not None:
            self.from_edit.setDate(QDate(start.astimezone().date()))
        self.to_check.setChecked(end is not None)
        if end is not None:
            self.to_edit.setDate(QDate((end.astimezone() - timedelta(days=1)).date()))
        self.blockSignals(False)
        self.changed.emit()


class StoryListPanel(QWidget):
    """The table of stories with its date range, search words, bulk actions and poll."""

    # A line for the status bar.
    message = Signal(str)
    # Stories were written (here or by another desk): counts elsewhere may be stale.
    stories_changed = Signal()

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        *,
        search_ids: SearchIds | None = None,
        poll_ms: int = POLL_MS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("storyListPanel")
        self.services = services
        self.model = StoryTableModel(services.stories, self, search_ids=search_ids)
        self.view = StoryTableView()
        self.view.setModel(self.model)
        self.dates = DateRangeBar()
        self.search_box = SearchBox()
        if search_ids is None:
            self.search_box.setEnabled(False)
            self.search_box.setToolTip(self.tr("Search is not available"))
        self.bulk = BulkActions(services, self.view.selected_ids, self)
        self._base = StoryFilter()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.dates)
        layout.addWidget(self.view, 1)

        self.dates.changed.connect(self._reask)
        self.search_box.query_changed.connect(self._on_query)
        self.bulk.changed.connect(self.stories_written)
        self.bulk.message.connect(self.message)
        self.view.selectionModel().selectionChanged.connect(
            lambda *_: self.bulk.set_selection_size(len(self.view.selected_rows()))
        )
        self.model.modelReset.connect(self._sync_sort_indicator)
        # A new question (filter, words, order) shows the top of its answer: the best matches,
        # the first rows of the new order; the poll's in-place updates keep the position.
        self.model.modelReset.connect(self.view.scrollToTop)
        self.bulk.set_selection_size(0)

        self._stamp: ChangeStamp | None = None
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(poll_ms)
        self.poll_timer.timeout.connect(self.poll)
        if poll_ms > 0:
            self.poll_timer.start()

    # -- the question ---------------------------------------------------------------------------

    def effective_filter(self) -> StoryFilter:
        start, end = self.dates.range()
        return replace(self._base, date_from=start, date_to=end)

    def apply_filter(self, base: StoryFilter) -> None:
        """The navigator's choice; the date range and the search words still apply."""
        self._base = replace(base, date_from=None, date_to=None)
        if base.date_from is not None or base.date_to is not None:
            self.dates.blockSignals(True)
            self.dates.set_range(base.date_from, base.date_to)
            self.dates.blockSignals(False)
        self._reask()

    def _reask(self) -> None:
        self._run(
            lambda: self.model.set_filter_and_query(self.effective_filter(), self.model.query)
        )

    def _on_query(self, query: str) -> None:
        self._run(lambda: self.model.set_filter_and_query(self.effective_filter(), query))

    def _run(self, call) -> None:  # type: ignore[no-untyped-def]
        """Ask the database; the change stamp is taken first, so a write that lands while
        the query runs is still seen by the next poll."""
        try:
            stamp = self.services.stories.change_stamp()
            call()
        except REFUSED as exc:
            self.message.emit(describe(exc))
            return
        self._stamp = stamp

    def current_search(self, name: str) -> SavedSearch:
        return SavedSearch(
            name=name,
            story_filter=self.effective_filter(),
            query=self.model.query,
            sort=self.model.sort_key,
            descending=self.model.descending,
        )

    def apply_saved(self, search: SavedSearch) -> None:
        """Ask a saved question again: its filter, dates, words and order."""
        f = search.story_filter
        self._base = replace(f, date_from=None, date_to=None)
        self.dates.blockSignals(True)
        self.dates.set_range(f.date_from, f.date_to)
        self.dates.blockSignals(False)
        self.search_box.set_query_silently(search.query)
        self._run(
            lambda: self.model.set_question(
                self.effective_filter(), search.query, search.sort, search.descending
            )
        )

    def _sync_sort_indicator(self) -> None:
        """Show the model's order on the header (none while a search's ranking is shown)."""
        header = self.view.horizontalHeader()
        key = self.model.sort_key
        column = -1 if key is None else StoryTableModel.column_of(key)
        order = (
            Qt.SortOrder.DescendingOrder if self.model.descending else Qt.SortOrder.AscendingOrder
        )
        if header.sortIndicatorSection() != column or header.sortIndicatorOrder() != order:
            header.blockSignals(True)
            header.setSortIndicator(column, order)
            header.blockSignals(False)
            header.viewport().update()

    # -- keeping current ------------------------------------------------------------------------

    def stories_written(self, story_ids: list[int]) -> None:
        """Stories were written from this desk: rebuild their rows, move rows that left or
        joined the question, and say so (navigator counts)."""
        self.model.refresh_stories(story_ids)
        self._run(self.model.sync)
        self.stories_changed.emit()

    def poll(self) -> bool:
        """Has anyone written since the last look? Then refresh what changed, in place."""
        try:
            stamp = self.services.stories.change_stamp()
        except REFUSED:
            return False
        previous, self._stamp = self._stamp, stamp
        if previous is None or stamp == previous:
            return False
        if previous.latest is not None:
            self.model.refresh_stories(self.services.stories.changed_since(previous.latest))
        try:
            self.model.sync()
        except REFUSED as exc:
            self.message.emit(describe(exc))
        self.stories_changed.emit()
        return True
