"""The story inspector: every field of a story except its body, beside the editor.

It only collects values and shows rules (the slug frozen once published, the statuses the
workflow allows); saving and status moves go through the services, called by the editor tab.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from urllib.parse import quote

from PySide6.QtCore import QDateTime, Qt, QTimeZone, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from newsdesk.core import text as core_text
from newsdesk.core.domain import (
    HEADLINE_HARD_LIMIT,
    HEADLINE_SOFT_LIMIT,
    WORKFLOW_ORDER,
    Status,
    allowed_transitions,
)
from newsdesk.services.dto import Correction, MediaRef, SectionRef, Story
from newsdesk.ui.icons import icon
from newsdesk.ui.story_list.model import format_time, status_label
from newsdesk.ui.tags.tag_field import TagField


class HeadlineMeter(QProgressBar):
    """How long the headline is against the site's soft and hard limits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("headlineMeter")
        self.setRange(0, HEADLINE_HARD_LIMIT)
        self.setTextVisible(True)
        self.setMaximumHeight(16)
        self.set_length(0)

    def set_length(self, length: int) -> None:
        self.setValue(min(length, HEADLINE_HARD_LIMIT))
        self.setFormat(f"{length} / {HEADLINE_SOFT_LIMIT}")
        if length > HEADLINE_HARD_LIMIT:
            colour, state = "#c01c28", "over"
        elif length > HEADLINE_SOFT_LIMIT:
            colour, state = "#e5a50a", "long"
        else:
            colour, state = "#2e7d32", "ok"
        self.setProperty("state", state)
        self.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        if state == "over":
            tip = self.tr("Too long: the limit is %1 characters")
        elif state == "long":
            tip = self.tr("Longer than the %1 characters most pages show")
        else:
            tip = self.tr("Headline length (the page shows about %1 characters)")
        limit = HEADLINE_HARD_LIMIT if state == "over" else HEADLINE_SOFT_LIMIT
        self.setToolTip(tip.replace("%1", str(limit)))


class OptionalDateTime(QWidget):
    """A date and time that may be unset (no embargo, no scheduled publication)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox()
        self.edit = QDateTimeEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.edit, 1)
        self.enabled.toggled.connect(self.edit.setEnabled)
        self.enabled.toggled.connect(lambda _on: self.changed.emit())
        self.edit.dateTimeChanged.connect(lambda _dt: self.changed.emit())

    def value(self) -> datetime | None:
        if not self.enabled.isChecked():
            return None
        seconds = self.edit.dateTime().toSecsSinceEpoch()
        return datetime.fromtimestamp(seconds, UTC)

    def set_value(self, value: datetime | None) -> None:
        self.enabled.setChecked(value is not None)
        when = value or datetime.now(UTC).replace(second=0, microsecond=0)
        local = QDateTime.fromSecsSinceEpoch(int(when.timestamp()), QTimeZone.systemTimeZone())
        self.edit.setDateTime(local)


class AuthorsField(QWidget):
    """Authors in byline order: add by name (with completion), drag to reorder, remove."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setObjectName("authorsList")
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setMaximumHeight(84)
        self.name = QLineEdit()
        self.name.setObjectName("authorName")
        self.name.setPlaceholderText(self.tr("Add an author…"))
        self.remove = QToolButton()
        self.remove.setIcon(icon("trash"))
        self.remove.setToolTip(self.tr("Remove the selected author"))
        row = QHBoxLayout()
        row.addWidget(self.name, 1)
        row.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(row)
        self.name.returnPressed.connect(self._add)
        self.remove.clicked.connect(self._remove)
        self.list.model().rowsMoved.connect(lambda *_: self.changed.emit())

    def set_known(self, names: list[str]) -> None:
        completer = QCompleter(names, self.name)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.name.setCompleter(completer)

    def authors(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def set_authors(self, names: list[str]) -> None:
        self.list.clear()
        for name in names:
            self.list.addItem(QListWidgetItem(name))

    def _add(self) -> None:
        name = " ".join(self.name.text().split())
        if name and name not in self.authors():
            self.list.addItem(QListWidgetItem(name))
            self.changed.emit()
        self.name.clear()

    def _remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()


class StoryInspector(QScrollArea):
    """Headline, kicker, dek, slug, section, authors, tags, image, status, times, notes."""

    #: Any field was edited by the user.
    edited = Signal()
    headline_changed = Signal(str)
    #: The user asked to move the story to this status.
    status_requested = Signal(str)
    choose_featured_requested = Signal()
    featured_cleared = Signal()

    def __init__(self, base_url: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storyInspector")
        self.setWidgetResizable(True)
        self.base_url = base_url if base_url.endswith("/") or not base_url else base_url + "/"
        self._loading = False
        self._modified = False
        self.status: Status = Status.DRAFT
        self.featured: MediaRef | None = None

        body = QWidget()
        form = QFormLayout(body)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.headline = QLineEdit()
        self.headline.setObjectName("headline")
        self.meter = HeadlineMeter()
        self.kicker = QLineEdit()
        self.kicker.setObjectName("kicker")
        self.dek = QPlainTextEdit()
        self.dek.setObjectName("dek")
        self.dek.setMaximumHeight(64)
        self.slug = QLineEdit()
        self.slug.setObjectName("slug")
        self.url_preview = QLabel()
        self.url_preview.setObjectName("urlPreview")
        self.url_preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.url_preview.setWordWrap(True)
        self.url_preview.setStyleSheet("color: #555;")
        self.section = QComboBox()
        self.section.setObjectName("section")
        self.authors = AuthorsField()
        self.dateline = QLineEdit()
        self.dateline.setObjectName("dateline")
        # Chips in order (the first, in bold, is the main tag), completion by normalised
        # spelling, Enter creates, drag reorders.
        self.tags = TagField()

        self.featured_thumb = QLabel()
        self.featured_thumb.setObjectName("featuredThumb")
        self.featured_thumb.setFixedHeight(96)
        self.featured_thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.choose_featured = QPushButton(icon("media"), self.tr("Choose…"))
        self.clear_featured = QPushButton(self.tr("Remove"))
        self.featured_caption = QLineEdit()
        self.featured_caption.setObjectName("featuredCaption")
        self.featured_credit = QLineEdit()
        self.featured_credit.setObjectName("featuredCredit")
        self.featured_alt = QLineEdit()
        self.featured_alt.setObjectName("featuredAlt")
        image_box = QGroupBox(self.tr("Featured image"))
        image_form = QFormLayout(image_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_featured)
        buttons.addWidget(self.clear_featured)
        image_form.addRow(self.featured_thumb)
        image_form.addRow(buttons)
        image_form.addRow(self.tr("Caption"), self.featured_caption)
        image_form.addRow(self.tr("Credit"), self.featured_credit)
        image_form.addRow(self.tr("Alt text"), self.featured_alt)

        self.status_label = QLabel()
        self.status_label.setObjectName("statusLabel")
        self.status_target = QComboBox()
        self.status_target.setObjectName("statusTarget")
        self.status_apply = QPushButton(self.tr("Move"))
        self.status_apply.setObjectName("statusApply")
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_label)
        status_row.addWidget(self.status_target, 1)
        status_row.addWidget(self.status_apply)

        self.priority = QSpinBox()
        self.priority.setObjectName("priority")
        self.priority.setRange(1, 5)
        self.priority.setToolTip(self.tr("1 is the most important"))
        self.embargo = OptionalDateTime()
        self.publish_at = OptionalDateTime()
        self.editor_note = QPlainTextEdit()
        self.editor_note.setObjectName("editorNote")
        self.editor_note.setMaximumHeight(64)
        self.editor_note.setPlaceholderText(self.tr("For the desk only; never published"))
        self.corrections = QListWidget()
        self.corrections.setObjectName("corrections")
        self.corrections.setMaximumHeight(72)

        form.addRow(self.tr("Headline"), self.headline)
        form.addRow("", self.meter)
        form.addRow(self.tr("Kicker"), self.kicker)
        form.addRow(self.tr("Dek"), self.dek)
        form.addRow(self.tr("Slug"), self.slug)
        form.addRow("", self.url_preview)
        form.addRow(self.tr("Section"), self.section)
        form.addRow(self.tr("Authors"), self.authors)
        form.addRow(self.tr("Dateline"), self.dateline)
        form.addRow(self.tr("Tags"), self.tags)
        form.addRow(image_box)
        form.addRow(self.tr("Status"), status_row)
        form.addRow(self.tr("Priority"), self.priority)
        form.addRow(self.tr("Embargo until"), self.embargo)
        form.addRow(self.tr("Publish at"), self.publish_at)
        form.addRow(self.tr("Editor's note"), self.editor_note)
        form.addRow(self.tr("Corrections"), self.corrections)
        self.setWidget(body)
        self.setMinimumWidth(330)

        for line in (
            self.headline,
            self.kicker,
            self.slug,
            self.dateline,
            self.featured_caption,
            self.featured_credit,
            self.featured_alt,
        ):
            line.textEdited.connect(self._on_edit)
        self.headline.textChanged.connect(self._on_headline)
        self.slug.textChanged.connect(lambda _t: self._update_url())
        for plain in (self.dek, self.editor_note):
            plain.textChanged.connect(self._on_edit)
        self.section.currentIndexChanged.connect(self._on_edit)
        self.authors.changed.connect(self._on_edit)
        self.tags.tags_changed.connect(self._on_edit)
        self.priority.valueChanged.connect(self._on_edit)
        self.embargo.changed.connect(self._on_edit)
        self.publish_at.changed.connect(self._on_edit)
        self.status_apply.clicked.connect(self._request_status)
        self.choose_featured.clicked.connect(self.choose_featured_requested)
        self.clear_featured.clicked.connect(self._clear_featured)

    # -- loading -------------------------------------------------------------------------------

    def set_vocabularies(
        self, sections: list[SectionRef], authors: list[str], tags: list[str]
    ) -> None:
        self._loading = True
        current = self.section_slug()
        self.section.clear()
        self.section.addItem(self.tr("(no section)"), None)
        for section in sections:
            self.section.addItem(section.name, section.slug)
        self._select_section(current)
        self.authors.set_known(authors)
        self.tags.set_known_tags(tags)
        self._loading = False

    def _select_section(self, slug: str | None) -> None:
        index = self.section.findData(slug) if slug else 0
        self.section.setCurrentIndex(max(0, index))

    def load(self, story: Story | None) -> None:
        """Show ``story`` (``None``: a new story not saved yet)."""
        self._loading = True
        try:
            self.headline.setText(story.headline if story else "")
            self.kicker.setText(story.kicker if story else "")
            self.dek.setPlainText(story.dek if story else "")
            self.slug.setText(story.slug if story else "")
            self._select_section(story.section.slug if story and story.section else None)
            self.authors.set_authors([a.name for a in story.authors] if story else [])
            self.dateline.setText(story.dateline if story else "")
            self.tags.set_tags([t.name for t in story.tags] if story else [])
            self.priority.setValue(story.priority if story else 3)
            self.embargo.set_value(story.embargo_until if story else None)
            self.publish_at.set_value(story.publish_at if story else None)
            self.editor_note.setPlainText(story.editor_note if story else "")
            self.show_corrections(story.corrections if story else ())
            self.set_status(story.status if story else Status.DRAFT, saved=story is not None)
            self.set_featured(story.featured_media if story else None)
            # setText leaves the cursor at the end: a headline wider than its field would
            # show its last words. Show each field's start, as it is read.
            for field in (self.headline, self.kicker, self.slug, self.dateline):
                field.setCursorPosition(0)
        finally:
            self._loading = False
        self._modified = False
        self._update_url()

    def show_corrections(self, corrections: Sequence[Correction]) -> None:
        """The corrections readers see, oldest first, with their dates."""
        self.corrections.clear()
        for correction in corrections:
            self.corrections.addItem(f"{format_time(correction.created_at)} — {correction.text}")

    def set_status(self, status: Status, *, saved: bool = True) -> None:
        """Show ``status`` and offer only the moves the workflow allows from it."""
        self.status = status
        self.status_label.setText(status_label(status))
        self.status_target.clear()
        targets = [s for s in WORKFLOW_ORDER if s in allowed_transitions(status)]
        for target in targets:
            self.status_target.addItem(icon(target.value), status_label(target), target.value)
        usable = saved and bool(targets)
        self.status_target.setEnabled(usable)
        self.status_apply.setEnabled(usable)
        if not saved:
            self.status_apply.setToolTip(self.tr("Save the story first"))
        frozen = status.is_public
        self.slug.setReadOnly(frozen)
        self.slug.setToolTip(
            self.tr("Published: the address is out there and cannot change")
            if frozen
            else self.tr("Empty: made from the headline when saved")
        )

    def set_featured(
        self, media: MediaRef | None, thumbnail: bytes = b"", *, by_user: bool = True
    ) -> None:
        """Show the featured image; ``by_user`` marks the story changed (not when loading)."""
        was_loading = self._loading
        self._loading = True
        self.featured = media
        self.featured_caption.setText(media.caption if media else "")
        self.featured_credit.setText(media.credit if media else "")
        self.featured_alt.setText(media.alt_text if media else "")
        for field in (self.featured_caption, self.featured_credit, self.featured_alt):
            field.setEnabled(media is not None)
        self.clear_featured.setEnabled(media is not None)
        if media is None:
            self.featured_thumb.setPixmap(QPixmap())
            self.featured_thumb.setText(self.tr("No featured image"))
        elif thumbnail:
            pixmap = QPixmap()
            pixmap.loadFromData(thumbnail)
            self.featured_thumb.setPixmap(
                pixmap.scaledToHeight(96, Qt.TransformationMode.SmoothTransformation)
            )
        self._loading = was_loading
        if by_user and not was_loading:
            self._on_edit()

    def _clear_featured(self) -> None:
        self.set_featured(None)
        self.featured_cleared.emit()

    # -- values --------------------------------------------------------------------------------

    def section_slug(self) -> str | None:
        data = self.section.currentData()
        return data if isinstance(data, str) else None

    def featured_fields(self) -> tuple[str, str, str]:
        return (
            self.featured_caption.text().strip(),
            self.featured_credit.text().strip(),
            self.featured_alt.text().strip(),
        )

    def featured_fields_changed(self) -> bool:
        media = self.featured
        if media is None:
            return False
        return self.featured_fields() != (media.caption, media.credit, media.alt_text)

    def is_modified(self) -> bool:
        return self._modified

    def set_modified(self, modified: bool) -> None:
        self._modified = modified

    # -- reactions -----------------------------------------------------------------------------

    def _on_edit(self, *_args: object) -> None:
        if self._loading:
            return
        self._modified = True
        self.edited.emit()

    def _on_headline(self, headline: str) -> None:
        self.meter.set_length(core_text.char_count(headline.strip()))
        self._update_url()
        self.headline_changed.emit(headline)

    def _update_url(self) -> None:
        slug = self.slug.text().strip()
        shown = core_text.slugify(slug) if slug else core_text.slugify(self.headline.text())
        path = shown
        url = self.base_url + path
        label = self.tr("Address: %1").replace("%1", "\u2066" + url + "\u2069")
        self.url_preview.setText(label)
        self.url_preview.setToolTip(self.base_url + quote(path))

    def _request_status(self) -> None:
        target = self.status_target.currentData()
        if isinstance(target, str):
            self.status_requested.emit(target)
