"""One open story: toolbar, body editor, find bar, inspector and live counts.

The autosave and conflict-resolution work (issue 6) plugs into exactly these members:
``story_id``, ``base_version``, ``current_input()``, ``is_dirty()``, the ``content_changed``
signal, ``mark_saved(story)`` after a save made elsewhere, and ``_on_conflict(error, mine)``
which is the one place a stale save lands.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QImage, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QSplitter,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from newsdesk.core import text as core_text
from newsdesk.core.domain import HEADLINE_SOFT_LIMIT, Status
from newsdesk.core.richtext import (
    BlockKind,
    media_sha,
    media_src,
    to_markdown,
    unsupported_elements,
)
from newsdesk.services.container import Services
from newsdesk.services.dto import MediaAsset, Story, StoryInput
from newsdesk.services.errors import REFUSED, ConflictError
from newsdesk.ui.editor.find_bar import FindBar
from newsdesk.ui.editor.inspector import StoryInspector
from newsdesk.ui.editor.text_edit import StoryTextEdit
from newsdesk.ui.fonts import story_font
from newsdesk.ui.icons import icon
from newsdesk.ui.messages import describe

#: Milliseconds of quiet typing before the counts are recomputed.
COUNT_DELAY_MS = 300

PUNCTUATION = (
    ("،", "comma"),
    ("؛", "semicolon"),
    ("؟", "question"),
    ("“”", "quotes"),
    ("«»", "guillemets"),
)


class EditorActions(QObject):
    """The editor's actions with their icons and shortcuts; texts set in ``retranslate``."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)

        def make(key: str, shortcut: QKeySequence | str | None = None, checkable: bool = False):
            action = QAction(icon(key), "", parent)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setCheckable(checkable)
            parent.addAction(action)
            return action

        self.save = make("save", QKeySequence.StandardKey.Save)
        self.undo = make("undo", QKeySequence.StandardKey.Undo)
        self.redo = make("redo", QKeySequence.StandardKey.Redo)
        self.bold = make("bold", QKeySequence.StandardKey.Bold, True)
        self.italic = make("italic", QKeySequence.StandardKey.Italic, True)
        self.link = make("link", "Ctrl+K")
        self.code = make("code", "Ctrl+Shift+C", True)
        self.heading2 = make("heading2", "Ctrl+2", True)
        self.heading3 = make("heading3", "Ctrl+3", True)
        self.heading4 = make("heading4", "Ctrl+4", True)
        self.bullets = make("bullets", "Ctrl+Shift+8", True)
        self.numbers = make("numbers", "Ctrl+Shift+7", True)
        self.quote = make("quote", "Ctrl+Shift+9", True)
        self.rule = make("rule", "Ctrl+Shift+-")
        self.image = make("image", "Ctrl+Shift+I")
        self.rtl = make("rtl", "Ctrl+Shift+R", True)
        self.ltr = make("ltr", "Ctrl+Shift+L", True)
        self.zoom_in = make("zoom_in", QKeySequence.StandardKey.ZoomIn)
        self.zoom_out = make("zoom_out", QKeySequence.StandardKey.ZoomOut)
        self.focus = make("focus", "F11", True)
        self.find = make("find", QKeySequence.StandardKey.Find)
        self.replace = make("find", QKeySequence.StandardKey.Replace)
        self.inspector = make("inspector", "Ctrl+Alt+I", True)
        self.inspector.setChecked(True)
        self.punctuation: dict[str, QAction] = {}
        for text, name in PUNCTUATION:
            action = QAction(text, parent)
            # The button shows the mark itself; the translated name is the tooltip.
            action.setIconText(text if len(text) == 1 else f"{text[0]} {text[1]}")
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            parent.addAction(action)
            self.punctuation[name] = action
        self.punctuation["comma"].setShortcut(QKeySequence("Ctrl+,"))
        self.punctuation["semicolon"].setShortcut(QKeySequence("Ctrl+;"))
        self.punctuation["question"].setShortcut(QKeySequence("Ctrl+/"))
        self.retranslate()

    def retranslate(self) -> None:
        texts = {
            self.save: self.tr("Save"),
            self.undo: self.tr("Undo"),
            self.redo: self.tr("Redo"),
            self.bold: self.tr("Bold"),
            self.italic: self.tr("Italic"),
            self.link: self.tr("Link…"),
            self.code: self.tr("Inline code"),
            self.heading2: self.tr("Heading"),
            self.heading3: self.tr("Subheading"),
            self.heading4: self.tr("Minor heading"),
            self.bullets: self.tr("Bulleted list"),
            self.numbers: self.tr("Numbered list"),
            self.quote: self.tr("Block quote"),
            self.rule: self.tr("Horizontal rule"),
            self.image: self.tr("Insert image…"),
            self.rtl: self.tr("Force right-to-left paragraph"),
            self.ltr: self.tr("Force left-to-right paragraph"),
            self.zoom_in: self.tr("Zoom in"),
            self.zoom_out: self.tr("Zoom out"),
            self.focus: self.tr("Focus mode"),
            self.find: self.tr("Find"),
            self.replace: self.tr("Find and replace"),
            self.inspector: self.tr("Show the inspector"),
            self.punctuation["comma"]: self.tr("Arabic comma ،"),
            self.punctuation["semicolon"]: self.tr("Arabic semicolon ؛"),
            self.punctuation["question"]: self.tr("Arabic question mark ؟"),
            self.punctuation["quotes"]: self.tr("Quotation marks “ ”"),
            self.punctuation["guillemets"]: self.tr("Guillemets « »"),
        }
        for action, text in texts.items():
            action.setText(text)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text} ({shortcut})" if shortcut else text)


class StoryEditorTab(QWidget):
    """The editor of one story, new (``story_id`` None until the first save) or stored."""

    #: Body or any inspector field changed (also on undo/redo).
    content_changed = Signal()
    #: The unsaved-changes state flipped.
    dirty_changed = Signal(bool)
    #: Tab title (headline) changed.
    title_changed = Signal(str)
    #: Saved; carries the stored story.
    story_saved = Signal(object)
    #: A story saved as a copy from the conflict dialog: the area opens it in a new tab.
    copy_saved = Signal(object)
    #: Focus mode asked on or off.
    focus_mode_toggled = Signal(bool)
    #: A message for the window's status bar.
    message = Signal(str)

    def __init__(
        self,
        services: Services,
        story: Story | None = None,
        *,
        image_cache: dict[str, QImage] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("storyEditorTab")
        self.services = services
        self.story: Story | None = story
        self.story_id: int | None = story.id if story else None
        self.base_version: int = story.version if story else 0
        self._images = image_cache if image_cache is not None else {}
        self._was_dirty = False

        self.editor_actions = EditorActions(self)
        self.editor = StoryTextEdit(self._load_image)
        highlighter = self.editor.enable_spelling(services.spelling)
        highlighter.status_changed.connect(
            lambda _status: self.message.emit(highlighter.status_message())
        )
        self.find_bar = FindBar(self.editor)
        self.find_bar.hide()
        site = services.settings.site()
        self.inspector = StoryInspector(site.base_url)
        self._refresh_vocabularies()

        self.toolbar = self._build_toolbar()
        self.loss_warning = QLabel()
        self.loss_warning.setObjectName("lossWarning")
        self.loss_warning.setWordWrap(True)
        self.loss_warning.setStyleSheet(
            "background: #fff4ce; color: #5c4400; padding: 6px; border-bottom: 1px solid #e5c07b;"
        )
        self.loss_warning.hide()
        self.counts = QLabel()
        self.counts.setObjectName("liveCounts")
        self.headline_count = QLabel()
        self.headline_count.setObjectName("headlineCount")
        status_row = QHBoxLayout()
        status_row.setContentsMargins(8, 2, 8, 2)
        status_row.addWidget(self.counts)
        status_row.addStretch(1)
        status_row.addWidget(self.headline_count)
        self.status_strip = QWidget()
        self.status_strip.setObjectName("editorStatus")
        self.status_strip.setLayout(status_row)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(0)
        left_layout.addWidget(self.toolbar)
        left_layout.addWidget(self.loss_warning)
        left_layout.addWidget(self.editor, 1)
        left_layout.addWidget(self.find_bar)
        left_layout.addWidget(self.status_strip)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.inspector)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([640, 360])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.count_timer = QTimer(self)
        self.count_timer.setSingleShot(True)
        self.count_timer.setInterval(COUNT_DELAY_MS)
        self.count_timer.timeout.connect(self.update_counts)

        self._connect()
        self.load(story)

    # -- building ------------------------------------------------------------------------------

    def _build_toolbar(self) -> QToolBar:
        a = self.editor_actions
        bar = QToolBar()
        bar.setObjectName("editorToolbar")
        bar.setIconSize(bar.iconSize() * 0.85)
        for group in (
            (a.save,),
            (a.undo, a.redo),
            (a.bold, a.italic, a.code, a.link),
            (a.heading2, a.heading3, a.heading4),
            (a.bullets, a.numbers, a.quote, a.rule, a.image),
            (a.rtl, a.ltr),
        ):
            for action in group:
                bar.addAction(action)
            bar.addSeparator()
        for action in a.punctuation.values():
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setFont(story_font(14))
            bar.addWidget(button)
        bar.addSeparator()
        for action in (a.find, a.zoom_out, a.zoom_in, a.focus, a.inspector):
            bar.addAction(action)
        return bar

    def _connect(self) -> None:
        a = self.editor_actions
        e = self.editor
        a.save.triggered.connect(self.save)
        a.undo.triggered.connect(e.undo)
        a.redo.triggered.connect(e.redo)
        a.bold.triggered.connect(e.set_bold)
        a.italic.triggered.connect(e.set_italic)
        a.link.triggered.connect(self.ask_link)
        a.code.triggered.connect(e.set_code)
        a.heading2.triggered.connect(lambda: e.set_heading(2))
        a.heading3.triggered.connect(lambda: e.set_heading(3))
        a.heading4.triggered.connect(lambda: e.set_heading(4))
        a.bullets.triggered.connect(lambda: e.set_list(BlockKind.BULLET))
        a.numbers.triggered.connect(lambda: e.set_list(BlockKind.NUMBERED))
        a.quote.triggered.connect(e.set_quote)
        a.rule.triggered.connect(e.insert_rule)
        a.image.triggered.connect(self.choose_image)
        a.rtl.triggered.connect(lambda on: e.force_direction("rtl" if on else None))
        a.ltr.triggered.connect(lambda on: e.force_direction("ltr" if on else None))
        a.zoom_in.triggered.connect(lambda: e.zoomIn(1))
        a.zoom_out.triggered.connect(lambda: e.zoomOut(1))
        a.focus.toggled.connect(self.set_focus_mode)
        a.find.triggered.connect(self.find_bar.open_bar)
        a.replace.triggered.connect(self._open_replace)
        a.inspector.toggled.connect(self.inspector.setVisible)
        for text, name in PUNCTUATION:
            a.punctuation[name].triggered.connect(
                lambda _checked=False, t=text: self.editor.insert_punctuation(t)
            )
        document = e.document()
        document.undoAvailable.connect(a.undo.setEnabled)
        document.redoAvailable.connect(a.redo.setEnabled)
        document.contentsChanged.connect(self._on_body_changed)
        e.cursorPositionChanged.connect(self._update_actions)
        e.currentCharFormatChanged.connect(lambda _f: self._update_actions())
        e.image_files_dropped.connect(self.add_image_files)
        self.inspector.edited.connect(self._on_inspector_edited)
        self.inspector.headline_changed.connect(self._on_headline_changed)
        self.inspector.status_requested.connect(self.request_status)
        self.inspector.choose_featured_requested.connect(self.choose_featured)
        e.installEventFilter(self)

    def _refresh_vocabularies(self) -> None:
        taxonomy = self.services.taxonomy
        self.inspector.set_vocabularies(
            taxonomy.sections(),
            [a.name for a in taxonomy.authors()],
            [usage.tag.name for usage in taxonomy.tags()],
        )

    # -- the contract for autosave / conflicts (issue 6) ---------------------------------------

    def current_input(self) -> StoryInput:
        """What the editor holds now, as the story service takes it."""
        return self._input(self.editor.markdown_body())

    def capture_input(self) -> tuple[StoryInput, Callable[[], str]]:
        """``current_input()`` in two halves, for the autosave: the fields and the body's
        blocks read now (the document belongs to the GUI thread), and a function that writes
        the body's Markdown from those blocks on any thread."""
        blocks = self.editor.raw_blocks()
        return self._input(""), lambda: to_markdown(blocks)  # it normalises them first

    def _input(self, body: str) -> StoryInput:
        i = self.inspector
        base = self.story.to_input() if self.story else StoryInput(headline="")
        featured = i.featured.sha256 if i.featured else ""
        return replace(
            base,
            headline=i.headline.text().strip(),
            body=body,
            dek=i.dek.toPlainText().strip(),
            kicker=i.kicker.text().strip(),
            slug=i.slug.text().strip() if not i.slug.isReadOnly() else base.slug,
            section=i.section_slug(),
            authors=tuple(i.authors.authors()),
            tags=tuple(i.tags.tags()),
            dateline=i.dateline.text().strip(),
            priority=i.priority.value(),
            editor_note=i.editor_note.toPlainText(),
            embargo_until=i.embargo.value(),
            publish_at=i.publish_at.value(),
            featured_media=featured,
        )

    def is_dirty(self) -> bool:
        return (
            self.editor.document().isModified()
            or self.inspector.is_modified()
            or (self.story_id is None and bool(self.editor.document().toPlainText().strip()))
        )

    # -- loading and saving --------------------------------------------------------------------

    def load(self, story: Story | None) -> None:
        self.story = story
        self.story_id = story.id if story else None
        self.base_version = story.version if story else 0
        self.editor.set_markdown_body(story.body if story else "")
        self._warn_about_losses(story.body if story else "")
        self.inspector.load(story)
        if story and story.featured_media:
            self._show_featured_thumbnail(story.featured_media.sha256)
        self.inspector.set_modified(False)
        self.update_counts()
        self._update_actions()
        self._emit_dirty()
        self.title_changed.emit(self.title())

    def _warn_about_losses(self, body: str) -> None:
        """Say before any save when the stored body holds what the editor cannot keep."""
        dropped = unsupported_elements(body) if body else frozenset()
        self.loss_warning.setVisible(bool(dropped))
        if dropped:
            self.loss_warning.setText(
                self.tr(
                    "This story holds formatting the editor cannot keep (%1). Saving turns it "
                    "into plain paragraphs and text; close without saving to leave it as it is."
                ).replace("%1", "، ".join(sorted(dropped)))
            )

    def title(self) -> str:
        headline = self.inspector.headline.text().strip()
        return headline or self.tr("New story")

    def save(self) -> bool:
        """Write a revision; a stale copy is refused and shown, never written over."""
        mine = self.current_input()
        stories = self.services.stories
        try:
            self._save_featured_fields()
            if self.story_id is None:
                saved = stories.create(mine)
            else:
                saved = stories.save(self.story_id, mine, expected_version=self.base_version)
        except ConflictError as error:
            self._on_conflict(error, mine)
            return False
        except REFUSED as error:
            QMessageBox.warning(self, self.tr("Not saved"), describe(error))
            return False
        self.mark_saved(saved)
        self.message.emit(self.tr("Saved (version %1)").replace("%1", str(saved.version)))
        return True

    def mark_saved(self, saved: Story) -> None:
        """Take ``saved`` as the stored state of what the editor holds (after any save of it,
        this tab's or an autosave's): new base version, no unsaved changes, text untouched."""
        self.story = saved
        self.story_id = saved.id
        self.base_version = saved.version
        self.editor.document().setModified(False)
        self.inspector.slug.setText(saved.slug)
        if not self.inspector.slug.hasFocus():
            self.inspector.slug.setCursorPosition(0)  # its start, not its last words
        self.inspector.set_status(saved.status)
        self.inspector.set_modified(False)
        self._refresh_vocabularies()
        self._emit_dirty()
        self.title_changed.emit(self.title())
        self.story_saved.emit(saved)

    def _save_featured_fields(self) -> None:
        media = self.inspector.featured
        if media is None or not self.inspector.featured_fields_changed():
            return
        caption, credit, alt = self.inspector.featured_fields()
        asset = self.services.media.update(
            media.sha256, caption=caption, credit=credit, alt_text=alt
        )
        self.inspector.featured = asset.ref()

    def _on_conflict(self, error: ConflictError, mine: StoryInput) -> None:
        """A save from a stale copy: show both versions side by side and let the user merge,
        keep one, or save theirs as a copy. Nothing is overwritten without that choice."""
        from newsdesk.ui.conflict_dialog import resolve_conflict

        self.last_conflict = (error, mine)
        choice, story = resolve_conflict(
            self.services.conflicts, error, mine, self.base_version, self
        )
        if story is None or choice is None:
            return  # back to editing: the text stays here, unsaved
        if choice == "copy":
            self.copy_saved.emit(story)
            return
        self.load(story)
        self.message.emit(
            self.tr("Conflict resolved (version %1)").replace("%1", str(story.version))
        )

    def request_status(self, target_value: str) -> None:
        """Move the story along the workflow (only the allowed moves are offered)."""
        if self.story_id is None:
            return
        target = Status(target_value)
        correction = ""
        if target is Status.CORRECTED:
            correction, ok = QInputDialog.getMultiLineText(
                self,
                self.tr("Correction"),
                self.tr("The correction note readers will see:"),
            )
            if not ok or not correction.strip():
                return
        try:
            moved = self.services.stories.change_status(
                self.story_id, target, expected_version=self.base_version, correction=correction
            )
        except ConflictError as error:
            self._on_conflict(error, self.current_input())
            return
        except REFUSED as error:
            QMessageBox.warning(self, self.tr("Status not changed"), describe(error))
            return
        self.base_version = moved.version
        self.story = moved
        modified = self.inspector.is_modified()
        self.inspector.set_status(moved.status)
        self.inspector.show_corrections(moved.corrections)
        self.inspector.set_modified(modified)
        self.message.emit(self.tr("Status: %1").replace("%1", self.inspector.status_label.text()))
        self.story_saved.emit(moved)

    # -- media -----------------------------------------------------------------------------------

    def _load_image(self, src: str) -> QImage | None:
        sha = media_sha(src)
        if sha is None:
            return None
        if sha not in self._images:
            try:
                data = self.services.media.data(sha)
            except REFUSED:
                return None
            image = QImage()
            image.loadFromData(data)
            self._images[sha] = image
        return self._images[sha]

    def _show_featured_thumbnail(self, sha: str) -> None:
        try:
            asset = self.services.media.get(sha)
        except REFUSED:
            return
        self.inspector.set_featured(asset.ref(), asset.thumbnail, by_user=False)

    def _media_dialog(self):  # type: ignore[no-untyped-def]
        from newsdesk.ui.editor.media_dialog import MediaLibraryDialog

        return MediaLibraryDialog(self.services.media, self)

    def choose_image(self) -> None:
        dialog = self._media_dialog()
        if dialog.exec() and dialog.chosen is not None:
            self.insert_asset(dialog.chosen)

    def choose_featured(self) -> None:
        dialog = self._media_dialog()
        if dialog.exec() and dialog.chosen is not None:
            self.set_featured(dialog.chosen)

    def insert_asset(self, asset: MediaAsset) -> None:
        self.editor.insert_image(media_src(asset.sha256), asset.alt_text, asset.caption)
        self.editor.setFocus()

    def set_featured(self, asset: MediaAsset) -> None:
        self.inspector.set_featured(asset.ref(), asset.thumbnail)

    def add_image_files(self, paths: list[str]) -> None:
        """Images dropped on the body: into the library, then into the text."""
        for path in paths:
            try:
                asset = self.services.media.add_file(Path(path))
            except REFUSED as error:
                QMessageBox.warning(self, self.tr("Image not added"), describe(error))
                continue
            self.insert_asset(asset)

    # -- reactions -------------------------------------------------------------------------------

    def ask_link(self) -> None:
        current = self.editor.current_link()
        href, ok = QInputDialog.getText(
            self,
            self.tr("Link"),
            self.tr("Address (empty removes the link):"),
            text=current or "https://",
        )
        if ok:
            self.editor.set_link("" if href.strip() in ("", "https://") else href)

    def _open_replace(self) -> None:
        self.find_bar.open_bar()
        if self.find_bar.find_edit.text():
            self.find_bar.replace_edit.setFocus()

    def set_focus_mode(self, on: bool) -> None:
        """Nothing but the text: toolbar, inspector and counts hidden (the window follows)."""
        self.toolbar.setVisible(not on)
        self.status_strip.setVisible(not on)
        self.inspector.setVisible(not on and self.editor_actions.inspector.isChecked())
        if on:
            self.find_bar.hide()
            self.editor.setFocus()
        if self.editor_actions.focus.isChecked() != on:
            self.editor_actions.focus.setChecked(on)
        self.focus_mode_toggled.emit(on)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Escape leaves focus mode (the toolbar button is hidden then).
        if (
            watched is self.editor
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape  # type: ignore[attr-defined]
            and self.editor_actions.focus.isChecked()
        ):
            self.set_focus_mode(False)
            return True
        return super().eventFilter(watched, event)

    def _on_body_changed(self) -> None:
        self.count_timer.start()
        self._emit_dirty()
        self.content_changed.emit()

    def _on_inspector_edited(self) -> None:
        self._emit_dirty()
        self.content_changed.emit()

    def _on_headline_changed(self, _headline: str) -> None:
        self.update_headline_count()
        self.title_changed.emit(self.title())

    def _emit_dirty(self) -> None:
        dirty = self.is_dirty()
        if dirty != self._was_dirty:
            self._was_dirty = dirty
            self.dirty_changed.emit(dirty)

    def update_counts(self) -> None:
        """Words, characters and reading time of the body (debounced while typing)."""
        body = self.editor.plain_text()
        words = core_text.word_count(body)
        chars = core_text.char_count(body.replace("\u2029", "\n"))
        minutes = core_text.reading_time(body)
        self.counts.setText(
            " · ".join(
                (
                    self.tr("%n words", "", words),
                    self.tr("%n characters", "", chars),
                    self.tr("%n min read", "", minutes),
                )
            )
        )
        self.update_headline_count()

    def update_headline_count(self) -> None:
        length = core_text.char_count(self.inspector.headline.text().strip())
        self.headline_count.setText(
            self.tr("Headline: %1 / %2")
            .replace("%1", str(length))
            .replace("%2", str(HEADLINE_SOFT_LIMIT))
        )
        self.headline_count.setProperty("state", self.inspector.meter.property("state"))
        colour = {"over": "#c01c28", "long": "#9c6c00"}.get(
            str(self.inspector.meter.property("state")), ""
        )
        self.headline_count.setStyleSheet(f"color: {colour};" if colour else "")

    def _update_actions(self) -> None:
        a = self.editor_actions
        e = self.editor
        fmt = e.currentCharFormat()
        kind, level = e.current_kind()
        for action, on in (
            (a.bold, fmt.fontWeight() >= 600 and kind is not BlockKind.HEADING),
            (a.italic, fmt.fontItalic()),
            (a.code, e.is_code()),
            (a.heading2, kind is BlockKind.HEADING and level == 2),
            (a.heading3, kind is BlockKind.HEADING and level == 3),
            (a.heading4, kind is BlockKind.HEADING and level == 4),
            (a.bullets, kind is BlockKind.BULLET),
            (a.numbers, kind is BlockKind.NUMBERED),
            (a.quote, kind is BlockKind.QUOTE),
            (a.rtl, e.current_forced_direction() == "rtl"),
            (a.ltr, e.current_forced_direction() == "ltr"),
        ):
            action.setChecked(on)
        a.undo.setEnabled(e.document().isUndoAvailable())
        a.redo.setEnabled(e.document().isRedoAvailable())

    def add_image_from_dialog(self) -> None:
        """Pick image files from disk straight into the body (the library keeps them)."""
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add images"), "", self.tr("Images (*.jpg *.jpeg *.png *.gif *.webp)")
        )
        if paths:
            self.add_image_files(paths)
