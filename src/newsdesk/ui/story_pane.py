"""The story pane: the selected story, read-only, set the way a reader will see it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from newsdesk.core import text
from newsdesk.services.dto import Story
from newsdesk.ui.fonts import story_font
from newsdesk.ui.i18n import isolated
from newsdesk.ui.story_list.model import format_time, status_label


def apply_paragraph_directions(document: QTextDocument) -> None:
    """Give every block the direction of its first strong character (Arabic → RTL)."""
    cursor = QTextCursor(document)
    block = document.begin()
    while block.isValid():
        direction = text.first_strong_direction(block.text())
        if direction is not None:
            fmt = QTextBlockFormat(block.blockFormat())
            fmt.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft
                if direction == "rtl"
                else Qt.LayoutDirection.LeftToRight
            )
            cursor.setPosition(block.position())
            cursor.setBlockFormat(fmt)
        block = block.next()


class StoryPane(QWidget):
    """Headline, meta line and body of one story."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storyPane")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        self.headline = QLabel()
        self.headline.setObjectName("storyHeadline")
        self.headline.setWordWrap(True)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        headline_font = story_font(18)
        headline_font.setBold(True)
        self.headline.setFont(headline_font)
        self.meta = QLabel()
        self.meta.setObjectName("storyMeta")
        self.meta.setWordWrap(True)
        self.dek = QLabel()
        self.dek.setObjectName("storyDek")
        self.dek.setWordWrap(True)
        dek_font = story_font(14)
        dek_font.setItalic(True)
        self.dek.setFont(dek_font)
        self.body = QTextBrowser()
        self.body.setObjectName("storyBody")
        self.body.setOpenExternalLinks(False)
        self.body.setFont(story_font(13))
        layout.addWidget(self.headline)
        layout.addWidget(self.meta)
        layout.addWidget(self.dek)
        layout.addWidget(self.body, 1)
        self.story: Story | None = None
        self.show_story(None)

    def show_selection(self, count: int) -> None:
        """Several stories are selected: say so, and that the list's actions apply to all."""
        self.show_story(None)
        self.meta.setText(
            self.tr("%n stories selected: the list's actions apply to all of them.", "", count)
        )

    def show_story(self, story: Story | None) -> None:
        self.story = story
        if story is None:
            self.headline.setText("")
            self.dek.hide()
            self.meta.setText(self.tr("Choose a story in the list to read it here."))
            self.body.clear()
            return
        self.headline.setText(story.headline)
        parts = [status_label(story.status)]
        if story.section:
            parts.append(story.section.name)
        if story.authors:
            parts.append("، ".join(a.name for a in story.authors))
        when = story.published_at or story.updated_at
        parts.append(format_time(when))
        parts.append(self.tr("%n words", "", story.word_count))
        # Each part its own direction run: digits after an Arabic name would join its
        # right-to-left run ("114 · 17:47 28-11-2026 words" in the English interface).
        meta = " · ".join(isolated(escape(p)) for p in parts)
        if story.tags:
            tags = "، ".join(escape(t.name) for t in story.tags)
            label = escape(self.tr("Tags:"))
            meta += f"<br><span style='color:#555'>{label} {tags}</span>"
        self.meta.setText(meta)
        self.dek.setText(story.dek)
        self.dek.setVisible(bool(story.dek))
        self.body.clear()
        # Read through the exporters' renderer, as the editor does: Qt's own Markdown reader
        # knows no attr_list and would show a forced direction as "{: dir=... }" text. Imported
        # here: the window's first paint shows no story yet.
        from newsdesk.core.richtext import from_markdown
        from newsdesk.ui.editor.document import load_blocks

        load_blocks(self.body.document(), from_markdown(story.body), base_size=13)
