"""The main window: navigator, story list and story pane side by side."""

from __future__ import annotations

import gc

from PySide6.QtCore import QByteArray, QItemSelection, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHeaderView,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QWidget,
)

from newsdesk import __version__
from newsdesk.services.container import Services
from newsdesk.services.dto import StoryFilter
from newsdesk.services.errors import REFUSED
from newsdesk.services.saved_searches import SavedSearchService
from newsdesk.ui.autosave import AutosaveController
from newsdesk.ui.editor.area import EditorArea
from newsdesk.ui.icons import icon
from newsdesk.ui.messages import describe
from newsdesk.ui.navigator import NavigatorPanel
from newsdesk.ui.staging import after_first_paint
from newsdesk.ui.story_list.model import COLUMNS, StoryTableModel
from newsdesk.ui.story_list.panel import StoryListPanel
from newsdesk.ui.story_list.view import StoryTableView
from newsdesk.ui.story_pane import StoryPane

__all__ = ["MainWindow", "StoryTableView"]


# The latest the cyclic garbage collector stays paused after the window is built.
_COLLECTOR_RESUME_MS = 3000


class MainWindow(QMainWindow):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Newsdesk"))
        self.resize(1280, 800)

        self.navigator = NavigatorPanel(
            services.stories,
            services.taxonomy,
            user=services.user,
            saved=SavedSearchService(services.settings, services.user),
            fill_later=True,
        )
        search = getattr(services, "search", None)
        self.story_list = StoryListPanel(
            services, self, search_ids=search.ids if search is not None else None
        )
        self.model = self.story_list.model
        self.list_view = self.story_list.view
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

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(self.navigator)
        splitter.addWidget(self.story_list)
        # The preview of the selected row is the first tab; stories open for editing beside it.
        self.autosave = AutosaveController.from_settings(services.autosave, self)
        self.editor_area = EditorArea(services, self.pane, autosave=self.autosave)
        splitter.addWidget(self.editor_area)
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
        self.navigator.saved_search_chosen.connect(self.story_list.apply_saved)
        self.story_list.stories_changed.connect(self.navigator.refresh_counts)
        self.story_list.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        # The preview follows the selection once control is back in the event loop: a new
        # filter shows its rows without waiting for the first story's body, and arrowing
        # through the list loads one story per pause, not one per row passed. At start it
        # waits for the list's first paint.
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(0)
        self._preview_timer.timeout.connect(self._show_selected)
        self._list_painted = False
        after_first_paint(self.list_view.viewport(), self._on_first_list_paint)
        # A window that starts minimised or covered may not paint for a long while: the
        # collector ``app.main`` paused comes back after a few seconds whatever happens.
        QTimer.singleShot(_COLLECTOR_RESUME_MS, gc.enable)
        self.list_view.selectionModel().selectionChanged.connect(self._on_selection)
        self.list_view.open_requested.connect(self.open_story)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._update_count)
        self.editor_area.current_title_changed.connect(self._on_editor_title)
        self.editor_area.story_saved.connect(self._on_story_saved)
        self.editor_area.focus_mode_toggled.connect(self.set_focus_mode)
        self.editor_area.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        # The remembered window, columns and order first, with the header quiet (each sort
        # indicator change would ask the database again); then the one first question.
        header.blockSignals(True)
        header.setSortIndicator(StoryTableModel.column_of("updated"), Qt.SortOrder.DescendingOrder)
        self._restore_state()
        header.blockSignals(False)
        self.model.preset_sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.apply_filter(self.navigator.current_filter() or StoryFilter())

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
        self.export_site_action = QAction(icon("export"), self.tr("Export site…"), self)
        self.export_site_action.triggered.connect(self.export_site)
        self.quit_action = QAction(icon("quit"), self.tr("Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.import_action = QAction(icon("import"), self.tr("Import…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.import_action.triggered.connect(self.show_import)
        self.history_action = QAction(icon("history"), self.tr("History…"), self)
        self.history_action.setObjectName("historyAction")
        self.history_action.triggered.connect(self.show_history)
        self.tags_action = QAction(icon("tags"), self.tr("Tags…"), self)
        self.tags_action.triggered.connect(self.show_tag_manager)
        self.related_action = QAction(icon("related"), self.tr("Related stories…"), self)
        self.related_action.triggered.connect(self.show_related)
        self.about_action = QAction(icon("about"), self.tr("About Newsdesk"), self)
        self.about_action.triggered.connect(self.show_about)
        self.new_action = QAction(icon("new"), self.tr("New story"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_story)
        self.edit_action = QAction(icon("open"), self.tr("Open in editor"), self)
        self.edit_action.setShortcut(QKeySequence("Ctrl+E"))
        self.edit_action.triggered.connect(self.edit_selected)
        self.media_action = QAction(icon("media"), self.tr("Media library…"), self)
        self.media_action.triggered.connect(self.show_media_library)
        for action in (self.new_action, self.edit_action):
            toolbar.addAction(action)
        for action in (self.refresh_action, self.trash_action, self.restore_action):
            toolbar.addAction(action)
        self.save_search_action = QAction(icon("save_search"), self.tr("Save search…"), self)
        self.save_search_action.triggered.connect(self.save_search)
        toolbar.addSeparator()
        toolbar.addWidget(self.story_list.search_box)
        toolbar.addAction(self.save_search_action)
        bulk = self.story_list.bulk
        self.list_view.context_actions = [
            bulk.status_menu,
            *bulk.actions(),
            None,
            self.trash_action,
            self.restore_action,
        ]
        self.main_toolbar = toolbar

        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.media_action)
        file_menu.addAction(self.refresh_action)
        file_menu.addAction(self.export_site_action)
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        story_menu = menu.addMenu(self.tr("&Story"))
        story_menu.addMenu(bulk.status_menu)
        story_menu.addActions(bulk.actions())
        story_menu.addSeparator()
        story_menu.addAction(self.edit_action)
        story_menu.addAction(self.trash_action)
        story_menu.addAction(self.restore_action)
        story_menu.addSeparator()
        story_menu.addAction(self.history_action)
        story_menu.addAction(self.save_search_action)
        story_menu.addAction(self.related_action)
        story_menu.addAction(self.tags_action)
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    # -- behaviour ----------------------------------------------------------------------------

    def apply_filter(self, story_filter: StoryFilter) -> None:
        self.story_list.apply_filter(story_filter)
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
        return self.list_view.selected_ids()

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._list_painted:
            self._preview_timer.start()

    def _on_first_list_paint(self) -> None:
        self._list_painted = True
        # ``app.main`` starts the desktop app with the cyclic garbage collector paused: the
        # start is over.
        gc.enable()
        self._show_selected()

    def _show_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) > 1:
            self.pane.show_selection(len(ids))
            return
        if not ids:
            self.pane.show_story(None)
            return
        try:
            self.pane.show_story(self.services.stories.get(ids[0]))
        except REFUSED as exc:
            self.statusBar().showMessage(describe(exc), 5000)
            self.pane.show_story(None)

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n stories", "", self.model.rowCount()))

    def trash_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            moved = self.services.stories.trash(ids)
            self.statusBar().showMessage(self.tr("%n stories moved to the trash", "", moved), 5000)
            self.story_list.stories_written(ids)

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            restored = self.services.stories.restore(ids)
            self.statusBar().showMessage(self.tr("%n stories restored", "", restored), 5000)
            self.story_list.stories_written(ids)

    def save_search(self) -> None:
        """Keep the list's current question (filter, dates, words, order) under a name."""
        name, ok = QInputDialog.getText(
            self, self.tr("Save search"), self.tr("Name of the saved search:")
        )
        if not ok or not name.strip():
            return
        try:
            self.navigator.add_saved(self.story_list.current_search(name))
        except REFUSED as exc:
            QMessageBox.warning(self, self.tr("Save search"), describe(exc))

    def show_import(self) -> None:
        """File → Import…; the list is refreshed after every import, cancelled ones too."""
        from newsdesk.ui.import_dialog import ImportDialog

        dialog = ImportDialog(self.services.imports, self)
        dialog.imported.connect(lambda _report: self.refresh())
        dialog.exec()

    def show_history(self) -> None:
        """The revision history of the selected story (diffs, restore as a new revision)."""
        ids = self.selected_ids()
        if len(ids) != 1:
            self.statusBar().showMessage(self.tr("Select one story to see its history"), 5000)
            return
        from newsdesk.ui.revisions.panel import RevisionDialog

        dialog = RevisionDialog(self.services.stories, ids[0], self)
        dialog.panel.restored.connect(lambda _story: self.refresh())
        dialog.exec()

    def export_site(self) -> None:
        from newsdesk.ui.export_dialog import ExportDialog

        ExportDialog(self.services, self).exec()

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

    # -- editing ---------------------------------------------------------------------------------

    def open_story(self, story_id: int) -> None:
        """Open the story's editor tab, or bring it forward when it is open already."""
        if self.editor_area.open_story(story_id) is not None:
            self._make_room_for_editor()

    def new_story(self) -> None:
        self.editor_area.new_story()
        self._make_room_for_editor()

    def edit_selected(self) -> None:
        for story_id in self.selected_ids()[:1]:
            self.open_story(story_id)

    def show_media_library(self) -> None:
        from newsdesk.ui.editor.media_dialog import MediaLibraryDialog

        MediaLibraryDialog(self.services.media, self).exec()

    def _make_room_for_editor(self) -> None:
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if total and sizes[2] < total * 0.65:
            navigator = min(sizes[0], 200)
            listing = int(total * 0.22)
            self.splitter.setSizes([navigator, listing, total - navigator - listing])

    def _on_editor_title(self, title: str, dirty: bool) -> None:
        if title:
            self.setWindowTitle(self.tr("%1[*] — Newsdesk").replace("%1", title))
        else:
            self.setWindowTitle(self.tr("Newsdesk"))
        self.setWindowModified(dirty)

    def _on_story_saved(self, story) -> None:
        self.navigator.refresh_counts()
        self.model.reload()
        row = self.model.row_of(story.id)
        if row is not None:
            self.list_view.select_row(row)

    def set_focus_mode(self, on: bool) -> None:
        """Only the story text: list, navigator, toolbars, menus and tabs step aside."""
        for widget in (self.navigator, self.list_view, self.main_toolbar, self.statusBar()):
            widget.setVisible(not on)
        self.menuBar().setVisible(not on)
        self.editor_area.tabBar().setVisible(not on)

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
        if not self.editor_area.close_all():
            event.ignore()
            return
        settings = self._settings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/listHeader", self.list_view.horizontalHeader().saveState())
        settings.setValue("main/splitter", self.splitter.saveState())
        self.autosave.stop()
        super().closeEvent(event)
