"""The story list view: whole rows, several at once, opened with Enter, dragged out by id."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QColor, QDrag, QFont, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QMenu, QTableView, QWidget

from newsdesk.ui.fonts import story_font
from newsdesk.ui.story_list.model import COLUMNS, StoryTableModel


def popup_menu(menu: QMenu, at: QPoint) -> None:
    """Show a context menu (modal); one place, so tests can stand in for it."""
    menu.exec(at)


class StoryTableView(QTableView):
    """Rows of stories; the header's context menu shows and hides columns.

    Every row exists for the view (the model knows the count), so arrows, Home/End and
    PageUp/PageDown move across pages that were never fetched: the model fetches a page of
    ids when a row of it is first shown.
    """

    # A story should be opened (double-click, Enter or Return on the current row).
    open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storyList")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSortingEnabled(True)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(26)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._show_header_menu)
        self.setFont(story_font(11))
        # Actions of the row context menu (None is a separator), set by the list panel.
        self.context_actions: list[QAction | QMenu | None] = []

    def story_model(self) -> StoryTableModel:
        model = self.model()
        assert isinstance(model, StoryTableModel)
        return model

    def select_row(self, row: int) -> None:
        """Select and show one whole row.

        ``QTableView.selectRow`` picks its anchor column at the viewport's left or right edge
        and silently selects nothing in right-to-left layouts when that edge falls past the last
        section; going through the current index works in both directions.
        """
        model = self.model()
        if model is None or not 0 <= row < model.rowCount():
            return
        index = model.index(row, 0)
        self.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.scrollTo(index)

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.selectionModel().selectedRows()})

    def selected_ids(self) -> list[int]:
        model = self.story_model()
        return [model.story_id(r) for r in self.selected_rows()]

    def moveCursor(self, action, modifiers):  # type: ignore[no-untyped-def]
        """Home and End go to the first and last story, not to the first and last column:
        rows are what a reader of this list moves through."""
        if action in (
            QAbstractItemView.CursorAction.MoveHome,
            QAbstractItemView.CursorAction.MoveEnd,
        ):
            modifiers |= Qt.KeyboardModifier.ControlModifier
        return super().moveCursor(action, modifiers)

    # -- opening ----------------------------------------------------------------------------

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.story_model().story_id(self.currentIndex().row()))
            event.accept()
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:
        index = self.indexAt(event.position().toPoint())
        if index.isValid() and event.button() == Qt.MouseButton.LeftButton:
            self.open_requested.emit(self.story_model().story_id(index.row()))
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    # -- menus --------------------------------------------------------------------------------

    def row_menu(self) -> QMenu:
        """The context menu of the rows: the bulk actions on the selection."""
        menu = QMenu(self)
        for action in self.context_actions:
            if action is None:
                menu.addSeparator()
            elif isinstance(action, QMenu):
                menu.addMenu(action)
            else:
                menu.addAction(action)
        return menu

    def contextMenuEvent(self, event) -> None:
        index = self.indexAt(event.pos())
        if index.isValid() and not self.selectionModel().isRowSelected(index.row()):
            self.select_row(index.row())
        if self.context_actions:
            popup_menu(self.row_menu(), event.globalPos())

    def header_menu(self) -> QMenu:
        """One checkable entry per column; the last visible column cannot be hidden."""
        header = self.horizontalHeader()
        menu = QMenu(self)
        visible = [c for c in range(len(COLUMNS)) if not header.isSectionHidden(c)]
        for column in range(len(COLUMNS)):
            title = self.story_model().headerData(column, Qt.Orientation.Horizontal)
            action = menu.addAction(str(title))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(visible != [column])
            action.setData(column)
            action.toggled.connect(
                lambda shown, c=column: self.set_column_visible(COLUMNS[c][0], shown)
            )
        return menu

    def _show_header_menu(self, pos: QPoint) -> None:
        popup_menu(self.header_menu(), self.horizontalHeader().mapToGlobal(pos))

    def set_column_visible(self, key: str, visible: bool) -> None:
        for column, (column_key, _, _) in enumerate(COLUMNS):
            if column_key == key:
                self.horizontalHeader().setSectionHidden(column, not visible)

    def is_column_visible(self, key: str) -> bool:
        for column, (column_key, _, _) in enumerate(COLUMNS):
            if column_key == key:
                return not self.horizontalHeader().isSectionHidden(column)
        return False

    # -- dragging -----------------------------------------------------------------------------

    def startDrag(self, supported: Qt.DropAction) -> None:
        """Drag the selected stories: their ids (for the front-page board) and headlines."""
        indexes = [self.story_model().index(r, 0) for r in self.selected_rows()]
        if not indexes:
            return
        drag = QDrag(self)
        drag.setMimeData(self.story_model().mimeData(indexes))
        drag.setPixmap(self._drag_pixmap(indexes))
        drag.exec(supported, Qt.DropAction.CopyAction)

    def _drag_pixmap(self, indexes: list) -> QPixmap:
        model = self.story_model()
        first = model.summary(indexes[0].row())
        text = first.headline if first else ""
        if len(indexes) > 1:
            text = self.tr("%n stories", "", len(indexes))
        font = QFont(self.font())
        metrics = self.fontMetrics()
        text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, 360)
        pixmap = QPixmap(metrics.horizontalAdvance(text) + 16, metrics.height() + 10)
        pixmap.fill(QColor(255, 255, 255, 230))
        painter = QPainter(pixmap)
        painter.setFont(font)
        painter.setPen(QColor("#0b5394"))
        painter.drawRect(pixmap.rect().adjusted(0, 0, -1, -1))
        painter.setLayoutDirection(self.layoutDirection())
        painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, text)
        painter.end()
        return pixmap
