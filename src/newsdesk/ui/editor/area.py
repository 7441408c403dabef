"""The tab area: the preview of the selected story first, then one tab per open story.

The editor (``editor.tab`` with its text widget, inspector, find bar and spell checking) is
imported when the first story is opened, not while the window starts: every tab but the
preview is a ``StoryEditorTab``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox, QTabWidget, QWidget

from newsdesk.services.container import Services
from newsdesk.services.errors import REFUSED
from newsdesk.ui.autosave import AutosaveController
from newsdesk.ui.icons import icon
from newsdesk.ui.messages import describe

if TYPE_CHECKING:
    from newsdesk.ui.editor.tab import StoryEditorTab

TITLE_CHARS = 28


class EditorArea(QTabWidget):
    """Open stories in tabs; the first tab (the read-only preview) never closes."""

    #: The current tab's title or unsaved state changed: (title, dirty).
    current_title_changed = Signal(str, bool)
    #: A story was saved or moved in some tab (the list refreshes).
    story_saved = Signal(object)
    focus_mode_toggled = Signal(bool)
    message = Signal(str)

    def __init__(
        self,
        services: Services,
        preview: QWidget,
        parent: QWidget | None = None,
        *,
        autosave: AutosaveController | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("editorArea")
        self.services = services
        self.preview = preview
        #: Every open editor is watched: its text reaches the database within seconds.
        self.autosave = autosave
        self.setTabsClosable(True)
        self.setMovable(True)
        self.setDocumentMode(True)
        self.addTab(preview, icon("search"), self.tr("Preview"))
        bar = self.tabBar()
        for side in (bar.ButtonPosition.LeftSide, bar.ButtonPosition.RightSide):
            bar.setTabButton(0, side, None)  # type: ignore[arg-type]
        self._images: dict[str, QImage] = {}
        self.tabCloseRequested.connect(self.close_tab)
        self.currentChanged.connect(lambda _i: self._emit_current())

    def editors(self) -> list[StoryEditorTab]:
        return [w for i in range(self.count()) if (w := self.widget(i)) is not self.preview]

    def current_editor(self) -> StoryEditorTab | None:
        widget = self.currentWidget()
        return None if widget is None or widget is self.preview else widget

    def editor_for(self, story_id: int) -> StoryEditorTab | None:
        return next((tab for tab in self.editors() if tab.story_id == story_id), None)

    def open_story(self, story_id: int) -> StoryEditorTab | None:
        """Focus the story's tab, opening it first when it is not open yet."""
        tab = self.editor_for(story_id)
        if tab is None:
            try:
                story = self.services.stories.get(story_id)
            except REFUSED as error:
                self.message.emit(describe(error))
                return None
            from newsdesk.ui.editor.tab import StoryEditorTab

            tab = self._add(StoryEditorTab(self.services, story, image_cache=self._images))
        self.setCurrentWidget(tab)
        tab.editor.setFocus()
        return tab

    def new_story(self) -> StoryEditorTab:
        from newsdesk.ui.editor.tab import StoryEditorTab

        tab = self._add(StoryEditorTab(self.services, None, image_cache=self._images))
        self.setCurrentWidget(tab)
        tab.inspector.headline.setFocus()
        return tab

    def _add(self, tab: StoryEditorTab) -> StoryEditorTab:
        index = self.addTab(tab, icon("open"), "")
        self._retitle(tab)
        tab.title_changed.connect(lambda _t, t=tab: self._retitle(t))
        tab.dirty_changed.connect(lambda _d, t=tab: self._retitle(t))
        tab.story_saved.connect(self.story_saved)
        tab.focus_mode_toggled.connect(self.focus_mode_toggled)
        tab.message.connect(self.message)
        tab.copy_saved.connect(lambda story: self.open_story(story.id))
        self.setTabToolTip(index, tab.title())
        if self.autosave is not None:
            self.autosave.watch(tab)
        return tab

    def _retitle(self, tab: StoryEditorTab) -> None:
        index = self.indexOf(tab)
        if index < 0:
            return
        title = tab.title()
        short = title if len(title) <= TITLE_CHARS else title[: TITLE_CHARS - 1] + "…"
        self.setTabText(index, ("* " if tab.is_dirty() else "") + short)
        self.setTabToolTip(index, title)
        if tab is self.currentWidget():
            self._emit_current()

    def _emit_current(self) -> None:
        tab = self.current_editor()
        if tab is None:
            self.current_title_changed.emit("", False)
        else:
            self.current_title_changed.emit(tab.title(), tab.is_dirty())

    def close_tab(self, index: int) -> bool:
        """Close an editor tab; unsaved changes are saved, dropped or kept as the user says."""
        tab = self.widget(index)
        if tab is None or tab is self.preview:
            return False
        if tab.is_dirty():
            self.setCurrentWidget(tab)
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("Save the changes to “%1” before closing?").replace("%1", tab.title()),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return False
            if answer == QMessageBox.StandardButton.Save and not tab.save():
                return False
        if tab.editor_actions.focus.isChecked():
            tab.set_focus_mode(False)
        if self.autosave is not None:
            # Saved or deliberately dropped: either way there is nothing left to recover.
            self.autosave.unwatch(tab, discard=True)
        self.removeTab(index)
        tab.deleteLater()
        return True

    def close_all(self) -> bool:
        """Close every editor tab (asking about unsaved ones); False if the user cancelled."""
        return all(self.close_tab(self.indexOf(tab)) for tab in list(reversed(self.editors())))
