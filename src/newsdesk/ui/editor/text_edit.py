"""The body editor: a QTextEdit that only holds what the Markdown dialect can store.

Every paragraph takes its direction from its first strong character as it is typed (the rule
``core.text.first_strong_direction`` gives every exporter too), unless the writer forced one.
Formatting commands produce exactly the block kinds and marks of ``core.richtext``; pasted text
arrives as plain text, so nothing appears on screen that the saved body would silently lose.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QImage,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
    QTextListFormat,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from newsdesk.core import text as core_text
from newsdesk.core.richtext import Block, BlockKind, from_markdown, to_markdown
from newsdesk.services.spelling import SpellingService
from newsdesk.ui.editor.document import (
    CAPTION,
    CODE_PROPERTY,
    FORCED_DIR_PROPERTY,
    IMAGE,
    KIND_PROPERTY,
    QUOTE,
    QUOTE_MARGIN,
    RULE,
    ImageLoader,
    block_format,
    block_kind_property,
    caption_block_format,
    caption_char_format,
    document_blocks,
    forced_direction,
    heading_char_format,
    image_format,
    load_blocks,
    qt_direction,
    raw_document_blocks,
    register_image,
    set_code_format,
)
from newsdesk.ui.fonts import story_font
from newsdesk.ui.paste import insert_clean, paste_plain_action
from newsdesk.ui.spell.highlighter import SpellHighlighter, add_spelling_actions

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".gif", ".webp")
#: Marks clipboard and drag data that came out of a story body.
INTERNAL_MIME = "application/x-newsdesk-story-fragment"


class StoryTextEdit(QTextEdit):
    """Rich text limited to the story dialect, right-to-left by nature."""

    #: Image files dropped or pasted onto the editor (paths); the tab adds them to the library.
    image_files_dropped = Signal(list)

    def __init__(self, image_loader: ImageLoader | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("storyBody")
        self.image_loader = image_loader
        self.base_size = 14.0
        font = story_font(self.base_size)
        self.document().setDefaultFont(font)
        self.document().setDocumentMargin(18)
        self.setTabChangesFocus(False)
        self._adjusting = False
        self.document().contentsChange.connect(self._on_contents_change)
        self.spelling: SpellingService | None = None
        self.spell_highlighter: SpellHighlighter | None = None
        self.paste_plain_action = paste_plain_action(self, self)
        self.paste_plain_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.addAction(self.paste_plain_action)

    def enable_spelling(self, service: SpellingService) -> SpellHighlighter:
        """Underline misspelt words as the reporter types (dictionaries load off the GUI thread)."""
        self.spelling = service
        self.spell_highlighter = SpellHighlighter(self.document(), service)
        self.spell_highlighter.visible_range = self.visible_range
        self.verticalScrollBar().valueChanged.connect(self.spell_highlighter.schedule)
        self.spell_highlighter.load_in_background()
        return self.spell_highlighter

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        if self.spell_highlighter is not None:
            self.spell_highlighter.schedule()  # more paragraphs may be on screen now

    def visible_range(self) -> tuple[int, int]:
        """The first and last document positions on screen (either writing direction)."""
        area = self.viewport().rect()
        corners = (area.topLeft(), area.topRight(), area.bottomLeft(), area.bottomRight())
        positions = [self.cursorForPosition(corner).position() for corner in corners]
        first = self.document().findBlock(min(positions)).position()
        return first, max(positions)

    def contextMenuEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        menu = self.createStandardContextMenu(event.pos())
        if self.spelling is not None and self.spell_highlighter is not None:
            add_spelling_actions(menu, self, event.pos(), self.spelling, self.spell_highlighter)
        menu.addSeparator()
        menu.addAction(self.paste_plain_action)
        menu.exec(event.globalPos())
        menu.deleteLater()

    # -- content -------------------------------------------------------------------------------

    def set_markdown_body(self, body: str) -> None:
        self.set_blocks(from_markdown(body))

    def set_blocks(self, blocks: list[Block]) -> None:
        self._adjusting = True
        try:
            load_blocks(self.document(), blocks, base_size=self.base_size, loader=self.image_loader)
            if not blocks:
                cursor = QTextCursor(self.document())
                cursor.setBlockFormat(block_format(BlockKind.PARAGRAPH))
        finally:
            self._adjusting = False
        self.document().clearUndoRedoStacks()
        self.document().setModified(False)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def blocks(self) -> list[Block]:
        return document_blocks(self.document())

    def raw_blocks(self) -> list[Block]:
        """``blocks()`` before they are normalised (see ``raw_document_blocks``)."""
        return raw_document_blocks(self.document())

    def markdown_body(self) -> str:
        return to_markdown(self.blocks())

    def plain_text(self) -> str:
        """The words of the body, for counting (image and rule placeholders left out)."""
        return self.document().toPlainText().replace("\ufffc", "")

    # -- direction as you type -------------------------------------------------------------------

    def _on_contents_change(self, position: int, _removed: int, added: int) -> None:
        if self._adjusting:
            return
        document = self.document()
        block = document.findBlock(position)
        last = document.findBlock(position + added)
        changes: list[tuple[int, QTextBlockFormat]] = []
        while block.isValid():
            fmt = self._auto_direction_format(block)
            if fmt is not None:
                changes.append((block.position(), fmt))
            if block == last:
                break
            block = block.next()
        if changes:
            self._set_block_formats_quietly(changes)

    @staticmethod
    def _auto_direction_format(block: QTextBlock) -> QTextBlockFormat | None:
        """The block's format with the direction its text asks for, or None when it has it."""
        if forced_direction(block) is not None:
            return None
        found = core_text.first_strong_direction(block.text())
        if found is None:
            return None  # an empty or numeric paragraph keeps what it had (the previous one's)
        wanted = qt_direction(found)
        if block.blockFormat().layoutDirection() == wanted:
            return None
        fmt = block.blockFormat()
        fmt.setLayoutDirection(wanted)
        return fmt

    def _set_block_formats_quietly(self, changes: list[tuple[int, QTextBlockFormat]]) -> None:
        """Change blocks' formats as part of the edit that caused it (one undo step).

        All of them inside one edit block: the document lays itself out once at its end. One
        edit block per paragraph made a pasted story of 2,600 paragraphs lay itself out
        2,600 times (about 60 % of the paste's time).
        """
        cursor = QTextCursor(self.document())
        self._adjusting = True
        try:
            cursor.joinPreviousEditBlock()
            for position, fmt in changes:
                cursor.setPosition(position)
                cursor.setBlockFormat(fmt)
            cursor.endEditBlock()
        finally:
            self._adjusting = False

    def force_direction(self, direction: str | None) -> None:
        """Force the selected paragraphs RTL or LTR; ``None`` gives them back to their text."""
        cursor = self.textCursor()
        cursor.beginEditBlock()
        for block in self._selected_blocks():
            fmt = block.blockFormat()
            if direction is None:
                fmt.clearProperty(FORCED_DIR_PROPERTY)
                found = core_text.first_strong_direction(block.text()) or "rtl"
                fmt.setLayoutDirection(qt_direction(found))
            else:
                fmt.setProperty(FORCED_DIR_PROPERTY, direction)
                fmt.setLayoutDirection(qt_direction(direction))
            QTextCursor(block).setBlockFormat(fmt)
        cursor.endEditBlock()

    def current_forced_direction(self) -> str | None:
        return forced_direction(self.textCursor().block())

    # -- inline marks --------------------------------------------------------------------------

    def set_bold(self, on: bool) -> None:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold if on else QFont.Weight.Normal)
        self.mergeCurrentCharFormat(fmt)

    def set_italic(self, on: bool) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(on)
        self.mergeCurrentCharFormat(fmt)

    def set_code(self, on: bool) -> None:
        """Inline code on the selection (or on what is typed next)."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            fmt = self.currentCharFormat()
            set_code_format(fmt, on)
            self.setCurrentCharFormat(fmt)
            return
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        cursor.beginEditBlock()
        block = self.document().findBlock(start)
        while block.isValid() and block.position() <= end:
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                it += 1
                if not fragment.isValid() or fragment.charFormat().isImageFormat():
                    continue
                lo = max(start, fragment.position())
                hi = min(end, fragment.position() + fragment.length())
                if lo >= hi:
                    continue
                fmt = fragment.charFormat()
                set_code_format(fmt, on)
                part = QTextCursor(self.document())
                part.setPosition(lo)
                part.setPosition(hi, QTextCursor.MoveMode.KeepAnchor)
                part.setCharFormat(fmt)
            block = block.next()
        cursor.endEditBlock()

    def is_code(self) -> bool:
        return bool(self.currentCharFormat().property(CODE_PROPERTY))

    def set_link(self, href: str, text: str = "") -> None:
        """Link the selection to ``href`` (an empty ``href`` removes the link).

        With nothing selected, ``text`` (or the address itself) is inserted as the link.
        """
        cursor = self.textCursor()
        fmt = QTextCharFormat()
        href = href.strip()
        fmt.setAnchor(bool(href))
        fmt.setAnchorHref(href)
        fmt.setFontUnderline(bool(href))
        if href:
            fmt.setForeground(Qt.GlobalColor.darkBlue)
            fmt.setToolTip(href)
        else:
            fmt.setForeground(self.palette().text())
            fmt.setToolTip("")
        if not cursor.hasSelection():
            if not href:
                return
            cursor.insertText(text or href, self._merged(cursor.charFormat(), fmt))
            plain = self._merged(cursor.charFormat(), fmt)
            plain.setAnchor(False)
            plain.setAnchorHref("")
            plain.setFontUnderline(False)
            plain.setForeground(self.palette().text())
            self.setTextCursor(cursor)
            self.setCurrentCharFormat(plain)
            return
        cursor.mergeCharFormat(fmt)

    @staticmethod
    def _merged(base: QTextCharFormat, extra: QTextCharFormat) -> QTextCharFormat:
        out = QTextCharFormat(base)
        out.merge(extra)
        return out

    def current_link(self) -> str:
        fmt = self.textCursor().charFormat()
        return fmt.anchorHref() if fmt.isAnchor() else ""

    # -- blocks --------------------------------------------------------------------------------

    def _selected_blocks(self) -> list[QTextBlock]:
        cursor = self.textCursor()
        document = self.document()
        first = document.findBlock(cursor.selectionStart())
        last = document.findBlock(cursor.selectionEnd())
        blocks = []
        block = first
        while block.isValid():
            blocks.append(block)
            if block == last:
                break
            block = block.next()
        return blocks

    def current_kind(self) -> tuple[BlockKind, int]:
        """What the block under the cursor is: its kind and heading level."""
        block = self.textCursor().block()
        text_list = block.textList()
        if text_list is not None:
            style = text_list.format().style()
            if style == QTextListFormat.Style.ListDecimal:
                return BlockKind.NUMBERED, 0
            return BlockKind.BULLET, 0
        if block_kind_property(block) == QUOTE:
            return BlockKind.QUOTE, 0
        level = block.blockFormat().headingLevel()
        if level:
            return BlockKind.HEADING, level
        return BlockKind.PARAGRAPH, 0

    def _reset_block(self, block: QTextBlock) -> QTextBlockFormat:
        """The block's format as a plain paragraph, keeping its direction."""
        old = block.blockFormat()
        text_list = block.textList()
        if text_list is not None:
            text_list.remove(block)
        fmt = block_format(BlockKind.PARAGRAPH, text=block.text())
        forced = old.property(FORCED_DIR_PROPERTY)
        if forced in ("rtl", "ltr"):
            fmt.setProperty(FORCED_DIR_PROPERTY, forced)
            fmt.setLayoutDirection(qt_direction(forced))
        elif core_text.first_strong_direction(block.text()) is None:
            fmt.setLayoutDirection(old.layoutDirection())
        fmt.setIndent(0)
        return fmt

    def _set_block_chars(self, block: QTextBlock, level: int) -> None:
        """Heading size and weight on a block's text, or back to body text (level 0)."""
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            it += 1
            if not fragment.isValid() or fragment.charFormat().isImageFormat():
                continue
            fmt = fragment.charFormat()
            if level:
                fmt.merge(heading_char_format(level, self.base_size))
            else:
                fmt.clearProperty(QTextFormat.Property.FontPointSize)
                fmt.setFontWeight(QFont.Weight.Normal)
            part = QTextCursor(self.document())
            part.setPosition(fragment.position())
            end = fragment.position() + fragment.length()
            part.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            part.setCharFormat(fmt)
        block_chars = heading_char_format(level, self.base_size) if level else QTextCharFormat()
        QTextCursor(block).setBlockCharFormat(block_chars)

    def set_heading(self, level: int) -> None:
        """Make the selected paragraphs headings of ``level`` (2-4); again to undo."""
        kind, current = self.current_kind()
        toggle_off = kind is BlockKind.HEADING and current == level
        cursor = self.textCursor()
        cursor.beginEditBlock()
        for block in self._selected_blocks():
            if block_kind_property(block) in (RULE, CAPTION, IMAGE):
                continue
            fmt = self._reset_block(block)
            if not toggle_off:
                fmt.setHeadingLevel(level)
                fmt.setTopMargin(10)
            QTextCursor(block).setBlockFormat(fmt)
            self._set_block_chars(block, 0 if toggle_off else level)
        cursor.endEditBlock()
        self._char_format_from_block()

    def set_list(self, kind: BlockKind) -> None:
        """Bulleted or numbered list on the selected paragraphs; again to undo."""
        current, _ = self.current_kind()
        cursor = self.textCursor()
        cursor.beginEditBlock()
        special = (RULE, CAPTION, IMAGE)
        blocks = [b for b in self._selected_blocks() if block_kind_property(b) not in special]
        for block in blocks:
            if block.blockFormat().headingLevel():
                self._set_block_chars(block, 0)
            QTextCursor(block).setBlockFormat(self._reset_block(block))
        if current is not kind and blocks:
            style = (
                QTextListFormat.Style.ListDisc
                if kind is BlockKind.BULLET
                else QTextListFormat.Style.ListDecimal
            )
            list_format = QTextListFormat()
            list_format.setStyle(style)
            list_format.setIndent(1)
            first = QTextCursor(blocks[0])
            text_list = first.createList(list_format)
            for block in blocks[1:]:
                text_list.add(block)
        cursor.endEditBlock()
        self._char_format_from_block()

    def set_quote(self) -> None:
        """Block quote on the selected paragraphs; again to undo."""
        current, _ = self.current_kind()
        cursor = self.textCursor()
        cursor.beginEditBlock()
        for block in self._selected_blocks():
            if block_kind_property(block) in (RULE, CAPTION, IMAGE):
                continue
            if block.blockFormat().headingLevel():
                self._set_block_chars(block, 0)
            fmt = self._reset_block(block)
            if current is not BlockKind.QUOTE:
                fmt.setProperty(KIND_PROPERTY, QUOTE)
                fmt.setLeftMargin(QUOTE_MARGIN)
                fmt.setRightMargin(QUOTE_MARGIN)
                fmt.setBackground(block_format(BlockKind.QUOTE).background())
            QTextCursor(block).setBlockFormat(fmt)
        cursor.endEditBlock()
        self._char_format_from_block()

    def _char_format_from_block(self) -> None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            self.setCurrentCharFormat(cursor.charFormat())

    def _insert_after_current(self) -> QTextCursor:
        """A cursor in a new block after the current one (or in the current one when empty)."""
        cursor = self.textCursor()
        cursor.clearSelection()
        block = cursor.block()
        if block.text() or block_kind_property(block) or block.textList() is not None:
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        if cursor.block().textList() is not None:
            cursor.block().textList().remove(cursor.block())
        return cursor

    def _end_with_paragraph(self, cursor: QTextCursor) -> None:
        direction = self.document().defaultTextOption().textDirection()
        fmt = block_format(BlockKind.PARAGRAPH)
        if direction == Qt.LayoutDirection.LeftToRight:
            fmt.setLayoutDirection(direction)
        cursor.insertBlock(fmt, QTextCharFormat())
        self.setTextCursor(cursor)

    def insert_rule(self) -> None:
        cursor = self._insert_after_current()
        cursor.beginEditBlock()
        cursor.setBlockFormat(block_format(BlockKind.RULE))
        self._end_with_paragraph(cursor)
        cursor.endEditBlock()

    def insert_image(self, src: str, alt: str = "", caption: str = "") -> None:
        """An image of the media library in its own block, its caption in the block under it."""
        cursor = self._insert_after_current()
        cursor.beginEditBlock()
        cursor.setBlockFormat(block_format(BlockKind.IMAGE))
        cursor.setBlockCharFormat(QTextCharFormat())
        image = register_image(self.document(), src, self.image_loader)
        cursor.insertImage(image_format(src, alt, image))
        caption_format = caption_block_format()
        caption_format.setLayoutDirection(
            qt_direction(core_text.first_strong_direction(caption) or "rtl")
        )
        cursor.insertBlock(caption_format, caption_char_format())
        if caption:
            cursor.insertText(caption, caption_char_format())
        self._end_with_paragraph(cursor)
        cursor.endEditBlock()

    def insert_punctuation(self, text: str) -> None:
        """Insert ``text``; a pair of quotes goes around the selection when there is one."""
        cursor = self.textCursor()
        if len(text) == 2 and cursor.hasSelection():
            selected = cursor.selectedText()
            cursor.insertText(text[0] + selected + text[1])
        elif len(text) == 2:
            cursor.insertText(text)
            cursor.movePosition(QTextCursor.MoveOperation.PreviousCharacter)
            self.setTextCursor(cursor)
        else:
            cursor.insertText(text)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """Enter behaves as in a word processor: a heading or a caption is followed by a
        paragraph, and Enter on an empty list item or quote line leaves the list or quote."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            cursor = self.textCursor()
            block = cursor.block()
            leaving = not block.text() and (
                block.textList() is not None or block_kind_property(block) == QUOTE
            )
            if leaving:
                cursor.beginEditBlock()
                QTextCursor(block).setBlockFormat(self._reset_block(block))
                cursor.endEditBlock()
                return
            ends_kind = block.blockFormat().headingLevel() or block_kind_property(block) in (
                CAPTION,
                IMAGE,
            )
            if ends_kind and cursor.atBlockEnd() and not cursor.hasSelection():
                fmt = block_format(BlockKind.PARAGRAPH)
                fmt.setLayoutDirection(block.blockFormat().layoutDirection())
                cursor.beginEditBlock()
                cursor.insertBlock(fmt, QTextCharFormat())
                cursor.endEditBlock()
                self.setTextCursor(cursor)
                self.setCurrentCharFormat(QTextCharFormat())
                return
        super().keyPressEvent(event)

    # -- pasting and dropping ------------------------------------------------------------------

    def createMimeDataFromSelection(self) -> QMimeData:
        """Mark what is copied or dragged from a story body, so it can come back with its
        marks (it holds only what the dialect stores); text from elsewhere arrives plain."""
        mime = super().createMimeDataFromSelection()
        mime.setData(INTERNAL_MIME, b"1")
        return mime

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText() or source.hasUrls() or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        images = [
            url.toLocalFile()
            for url in source.urls()
            if url.isLocalFile() and url.toLocalFile().lower().endswith(IMAGE_SUFFIXES)
        ]
        if images:
            self.image_files_dropped.emit(images)
            return
        if source.hasFormat(INTERNAL_MIME):
            super().insertFromMimeData(source)
            return
        if source.hasHtml() or source.hasText():
            # Web pages, Word, LibreOffice and chat apps: reduced to the story dialect
            # (paragraphs, headings, bold, italic, links, lists, quotes) with styles, spans,
            # tracking images, stray direction marks and justification tatweel cleaned; one
            # undo step takes the whole paste back.
            insert_clean(self, source)

    def loadResource(self, kind: int, url):  # type: ignore[no-untyped-def]
        if self.image_loader is not None and url.scheme() == "newsdesk-media":
            image = self.image_loader(url.toString())
            if isinstance(image, QImage) and not image.isNull():
                return image
        return super().loadResource(kind, url)
