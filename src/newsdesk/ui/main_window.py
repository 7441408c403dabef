"""The main window: navigator, story list and story pane side by side."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QItemSelection, QItemSelectionModel, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QWidget,
)

from newsdesk import __version__
from newsdesk.services.container import Services
from newsdesk.services.dto import StoryFilter
from newsdesk.services.errors import ServiceError
from newsdesk.ui.fonts import story_font
from newsdesk.ui.icons import icon
from newsdesk.ui.navigator import NavigatorPanel
from newsdesk.ui.story_list.model import COLUMNS, StoryTableModel
from newsdesk.ui.story_pane import StoryPane


class StoryTableView(QTableView):
    """The story list view: whole rows, several at once, dragged out by their ids."""

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
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(26)
        self.horizontalHeader().setSectionsMovable(True)
        self.horizontalHeader().setHighlightSections(False)
        self.setFont(story_font(11))

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


class MainWindow(QMainWindow):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Newsdesk"))
        self.resize(1280, 800)

        self.navigator = NavigatorPanel(services.stories, services.taxonomy)
        self.model = StoryTableModel(services.stories, self)
        self.list_view = StoryTableView()
        self.list_view.setModel(self.model)
        self.pane = StoryPane()

        header = self.list_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        widths = {
            "status": 110,
            "priority": 50,
            "headline": 420,
            "section": 90,
            "authors": 150,
            "main_tag": 120,
            "words": 60,
            "updated": 130,
            "published": 130,
        }
        for column, (key, _, _) in enumerate(COLUMNS):
            header.resizeSection(column, widths[key])
        header.setSortIndicator(7, Qt.SortOrder.DescendingOrder)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(self.navigator)
        splitter.addWidget(self.list_view)
        splitter.addWidget(self.pane)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([220, 640, 420])
        self.splitter = splitter
        self.setCentralWidget(splitter)

        self._build_actions()
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)

        self.navigator.filter_chosen.connect(self.apply_filter)
        self.list_view.selectionModel().selectionChanged.connect(self._on_selection)
        self.model.modelReset.connect(self._update_count)
        self.apply_filter(self.navigator.current_filter() or StoryFilter())
        self._restore_state()

    def _build_actions(self) -> None:
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        self.refresh_action = QAction(icon("refresh"), self.tr("Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.refresh)
        self.trash_action = QAction(icon("trash"), self.tr("Move to trash"), self)
        self.trash_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.trash_action.triggered.connect(self.trash_selected)
        self.restore_action = QAction(icon("restore"), self.tr("Restore from trash"), self)
        self.restore_action.triggered.connect(self.restore_selected)
        self.quit_action = QAction(icon("quit"), self.tr("Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.tags_action = QAction(icon("tags"), self.tr("Tags…"), self)
        self.tags_action.triggered.connect(self.show_tag_manager)
        self.related_action = QAction(icon("related"), self.tr("Related stories…"), self)
        self.related_action.triggered.connect(self.show_related)
        self.about_action = QAction(icon("about"), self.tr("About Newsdesk"), self)
        self.about_action.triggered.connect(self.show_about)
        for action in (self.refresh_action, self.trash_action, self.restore_action):
            toolbar.addAction(action)

        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        file_menu.addAction(self.refresh_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        story_menu = menu.addMenu(self.tr("&Story"))
        story_menu.addAction(self.trash_action)
        story_menu.addAction(self.restore_action)
        story_menu.addSeparator()
        story_menu.addAction(self.related_action)
        story_menu.addAction(self.tags_action)
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    # -- behaviour ----------------------------------------------------------------------------

    def apply_filter(self, story_filter: StoryFilter) -> None:
        self.model.set_filter(story_filter)
        self.trash_action.setEnabled(not story_filter.trash)
        self.restore_action.setEnabled(story_filter.trash)
        if self.model.rowCount() > 0:
            self.list_view.select_row(0)
        else:
            self.pane.show_story(None)

    def refresh(self) -> None:
        selected = self.selected_ids()
        self.navigator.refresh_counts()
        self.model.reload()
        for story_id in selected[:1]:
            row = self.model.row_of(story_id)
            if row is not None:
                self.list_view.select_row(row)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.list_view.selectionModel().selectedRows()})
        return [self.model.story_id(r) for r in rows]

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            self.pane.show_story(None)
            return
        try:
            self.pane.show_story(self.services.stories.get(ids[0]))
        except ServiceError as exc:
            self.statusBar().showMessage(str(exc), 5000)
            self.pane.show_story(None)

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n stories", "", self.model.rowCount()))

    def trash_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            moved = self.services.stories.trash(ids)
            self.statusBar().showMessage(self.tr("%n stories moved to the trash", "", moved), 5000)
            self.refresh()

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            restored = self.services.stories.restore(ids)
            self.statusBar().showMessage(self.tr("%n stories restored", "", restored), 5000)
            self.refresh()

    def show_tag_manager(self) -> None:
        from newsdesk.ui.tags.manager import TagManagerDialog

        TagManagerDialog(self.services, self).exec()
        self.refresh()

    def show_related(self) -> None:
        from newsdesk.ui.related.panel import RelatedDialog

        ids = self.selected_ids()
        if len(ids) != 1:
            self.statusBar().showMessage(self.tr("Select one story first."), 5000)
            return
        RelatedDialog(self.services, ids[0], self).exec()
        self.refresh()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Newsdesk"),
            self.tr("Newsdesk %1\nA newsroom editor for Arabic-first newsrooms.\nDatabase: %2")
            .replace("%1", __version__)
            .replace("%2", self.services.database.safe_url),
        )

    # -- window state -------------------------------------------------------------------------

    def _settings(self) -> QSettings:
        return QSettings("Newsdesk", "Newsdesk")

    def _restore_state(self) -> None:
        settings = self._settings()
        geometry = settings.value("main/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        header = settings.value("main/listHeader")
        if isinstance(header, QByteArray):
            self.list_view.horizontalHeader().restoreState(header)
        splitter = settings.value("main/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)

    def closeEvent(self, event) -> None:
        settings = self._settings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/listHeader", self.list_view.horizontalHeader().saveState())
        settings.setValue("main/splitter", self.splitter.saveState())
        super().closeEvent(event)
