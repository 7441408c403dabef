"""Adapting ``QTextDocument`` to the body model of ``core.richtext``.

The editor's document is read block by block and fragment by fragment into ``Block``/``Span``
values, and built back from them; Markdown is only ever written and read by ``core.richtext``.
What each block *is* (quote, rule, image caption) and a forced direction are kept in user
properties of the block format, so nothing depends on how Qt happens to style them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextImageFormat,
    QTextLength,
    QTextListFormat,
)

from newsdesk.core import text as core_text
from newsdesk.core.richtext import Block, BlockKind, Span, normalize_blocks

#: Block format properties of our own.
KIND_PROPERTY = int(QTextFormat.Property.UserProperty) + 1
FORCED_DIR_PROPERTY = int(QTextFormat.Property.UserProperty) + 2
ALT_PROPERTY = int(QTextFormat.Property.UserProperty) + 3
#: Char format property: inline code.
CODE_PROPERTY = int(QTextFormat.Property.UserProperty) + 4
CODE_FAMILIES = ["DejaVu Sans Mono", "Noto Sans Mono", "Consolas", "Menlo", "monospace"]
CODE_BACKGROUND = "#eeeeec"

QUOTE = "quote"
RULE = "rule"
CAPTION = "caption"
IMAGE = "image"

OBJECT_CHAR = "\ufffc"
HEADING_SIZES = {2: 1.6, 3: 1.35, 4: 1.15}
QUOTE_MARGIN = 28
IMAGE_MAX_WIDTH = 440

ImageLoader = Callable[[str], QImage | None]


def qt_direction(direction: str | None) -> Qt.LayoutDirection:
    if direction == "ltr":
        return Qt.LayoutDirection.LeftToRight
    if direction == "rtl":
        return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LayoutDirectionAuto


def block_kind_property(block: QTextBlock) -> str:
    value = block.blockFormat().property(KIND_PROPERTY)
    return value if isinstance(value, str) else ""


def forced_direction(block: QTextBlock) -> str | None:
    value = block.blockFormat().property(FORCED_DIR_PROPERTY)
    return value if value in ("rtl", "ltr") else None


# -- reading -------------------------------------------------------------------------------------


def _spans_of(block: QTextBlock, *, heading: bool) -> list[Span | tuple[str, str]]:
    """Spans of a block; an image comes out as ``(src, alt)`` in its place."""
    out: list[Span | tuple[str, str]] = []
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        it += 1
        if not fragment.isValid():
            continue
        fmt = fragment.charFormat()
        if fmt.isImageFormat():
            image = fmt.toImageFormat()
            alt = image.property(ALT_PROPERTY)
            for _ in fragment.text():
                out.append((image.name(), alt if isinstance(alt, str) else ""))
            continue
        content = fragment.text().replace(OBJECT_CHAR, "")
        bold = not heading and fmt.fontWeight() >= QFont.Weight.DemiBold
        out.append(
            Span(
                content,
                bold=bold,
                italic=fmt.fontItalic(),
                link=fmt.anchorHref() if fmt.isAnchor() else "",
                code=bool(fmt.property(CODE_PROPERTY)),
            )
        )
    return out


def document_blocks(document: QTextDocument) -> list[Block]:
    """The document as canonical blocks (what will be written as Markdown)."""
    return normalize_blocks(raw_document_blocks(document))


def raw_document_blocks(document: QTextDocument) -> list[Block]:
    """The document's blocks as read, before ``normalize_blocks`` (which needs no Qt, so it
    may run on another thread)."""
    blocks: list[Block] = []
    block = document.begin()
    while block.isValid():
        kind_property = block_kind_property(block)
        fmt = block.blockFormat()
        direction = forced_direction(block)
        text_list = block.textList()
        if kind_property == RULE:
            blocks.append(Block(BlockKind.RULE))
            block = block.next()
            continue
        if kind_property == CAPTION and blocks and blocks[-1].kind is BlockKind.IMAGE:
            image = blocks[-1]
            blocks[-1] = Block(BlockKind.IMAGE, src=image.src, alt=image.alt, caption=block.text())
            block = block.next()
            continue
        level = fmt.headingLevel()
        if text_list is not None:
            style = text_list.format().style()
            kind = (
                BlockKind.NUMBERED
                if style
                in (
                    QTextListFormat.Style.ListDecimal,
                    QTextListFormat.Style.ListLowerAlpha,
                    QTextListFormat.Style.ListUpperAlpha,
                    QTextListFormat.Style.ListLowerRoman,
                    QTextListFormat.Style.ListUpperRoman,
                )
                else BlockKind.BULLET
            )
        elif kind_property == QUOTE:
            kind = BlockKind.QUOTE
        elif level > 0:
            kind = BlockKind.HEADING
        else:
            kind = BlockKind.PARAGRAPH
        pending: list[Span] = []
        for item in _spans_of(block, heading=kind is BlockKind.HEADING):
            if isinstance(item, Span):
                pending.append(item)
                continue
            if pending:
                blocks.append(Block(kind, tuple(pending), level=level, direction=direction))  # type: ignore[arg-type]
                pending = []
            blocks.append(Block(BlockKind.IMAGE, src=item[0], alt=item[1]))
        if pending:
            blocks.append(Block(kind, tuple(pending), level=level, direction=direction))  # type: ignore[arg-type]
        block = block.next()
    return blocks


# -- writing -------------------------------------------------------------------------------------


def char_format(span: Span, base: QTextCharFormat | None = None) -> QTextCharFormat:
    fmt = QTextCharFormat(base) if base is not None else QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold if span.bold else QFont.Weight.Normal)
    fmt.setFontItalic(span.italic)
    if span.link:
        fmt.setAnchor(True)
        fmt.setAnchorHref(span.link)
        fmt.setForeground(QBrush(QColor("#1a5fb4")))
        fmt.setFontUnderline(True)
        fmt.setToolTip(span.link)
    else:
        fmt.setAnchor(False)
        fmt.setAnchorHref("")
        fmt.clearForeground()
        fmt.setFontUnderline(False)
        fmt.clearProperty(QTextFormat.Property.TextToolTip)
    set_code_format(fmt, span.code)
    return fmt


def set_code_format(fmt: QTextCharFormat, on: bool) -> None:
    """Mark a char format as inline code (fixed pitch, shaded) or take the mark off."""
    if on:
        fmt.setProperty(CODE_PROPERTY, True)
        fmt.setFontFamilies(CODE_FAMILIES)
        fmt.setBackground(QBrush(QColor(CODE_BACKGROUND)))
    else:
        fmt.clearProperty(CODE_PROPERTY)
        fmt.clearProperty(QTextFormat.Property.FontFamilies)
        fmt.clearBackground()


def heading_char_format(level: int, base_size: float) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setFontPointSize(base_size * HEADING_SIZES.get(level, 1.0))
    return fmt


def block_format(
    kind: BlockKind, *, level: int = 0, direction: str | None = None, text: str = ""
) -> QTextBlockFormat:
    """The block format for a kind of block (lists get their list format separately)."""
    fmt = QTextBlockFormat()
    fmt.setBottomMargin(8)
    if kind is BlockKind.HEADING:
        fmt.setHeadingLevel(level)
        fmt.setTopMargin(10)
    if kind is BlockKind.QUOTE:
        fmt.setProperty(KIND_PROPERTY, QUOTE)
        fmt.setLeftMargin(QUOTE_MARGIN)
        fmt.setRightMargin(QUOTE_MARGIN)
        fmt.setBackground(QBrush(QColor("#f1efe9")))
    if kind is BlockKind.RULE:
        fmt.setProperty(KIND_PROPERTY, RULE)
        fmt.setProperty(
            QTextFormat.Property.BlockTrailingHorizontalRulerWidth,
            QTextLength(QTextLength.Type.PercentageLength, 100),
        )
    if kind is BlockKind.IMAGE:
        fmt.setProperty(KIND_PROPERTY, IMAGE)
        fmt.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    if direction in ("rtl", "ltr"):
        fmt.setProperty(FORCED_DIR_PROPERTY, direction)
        fmt.setLayoutDirection(qt_direction(direction))
    else:
        fmt.setLayoutDirection(qt_direction(core_text.first_strong_direction(text) or "rtl"))
    return fmt


def caption_block_format() -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setProperty(KIND_PROPERTY, CAPTION)
    fmt.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    fmt.setBottomMargin(12)
    return fmt


def caption_char_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QBrush(QColor("#5e5c64")))
    fmt.setFontItalic(True)
    return fmt


def image_format(src: str, alt: str, image: QImage | None) -> QTextImageFormat:
    fmt = QTextImageFormat()
    fmt.setName(src)
    fmt.setProperty(ALT_PROPERTY, alt)
    fmt.setToolTip(alt)
    if image is not None and not image.isNull() and image.width() > IMAGE_MAX_WIDTH:
        fmt.setWidth(IMAGE_MAX_WIDTH)
        fmt.setHeight(image.height() * IMAGE_MAX_WIDTH / image.width())
    return fmt


def register_image(document: QTextDocument, src: str, loader: ImageLoader | None) -> QImage | None:
    image = loader(src) if loader else None
    if image is None or image.isNull():
        image = QImage(160, 90, QImage.Format.Format_RGB32)
        image.fill(QColor("#d0d0d0"))
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(src), image)
    return image


def insert_block_content(
    cursor: QTextCursor, block: Block, base_size: float, loader: ImageLoader | None
) -> None:
    """Fill the (empty) block at ``cursor`` with ``block``'s content and set its format."""
    document = cursor.document()
    if block.kind is BlockKind.IMAGE:
        cursor.setBlockFormat(block_format(BlockKind.IMAGE))
        image = register_image(document, block.src, loader)
        cursor.insertImage(image_format(block.src, block.alt, image))
        cursor.insertBlock(caption_block_format(), QTextCharFormat())
        cursor.setBlockCharFormat(caption_char_format())
        if block.caption:
            cursor.insertText(block.caption, caption_char_format())
        return
    cursor.setBlockFormat(
        block_format(block.kind, level=block.level, direction=block.direction, text=block.text)
    )
    base = heading_char_format(block.level, base_size) if block.kind is BlockKind.HEADING else None
    cursor.setBlockCharFormat(base or QTextCharFormat())
    for span in block.spans:
        cursor.insertText(span.text.replace("\n", "\u2028"), char_format(span, base))


def load_blocks(
    document: QTextDocument,
    blocks: list[Block],
    *,
    base_size: float = 13.0,
    loader: ImageLoader | None = None,
) -> None:
    """Replace the document's content with ``blocks`` (one undo-free load)."""
    document.clear()
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    current_list = None
    current_list_kind: BlockKind | None = None
    for n, block in enumerate(blocks):
        if n:
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        insert_block_content(cursor, block, base_size, loader)
        if block.kind in (BlockKind.BULLET, BlockKind.NUMBERED):
            if current_list is None or current_list_kind is not block.kind:
                style = (
                    QTextListFormat.Style.ListDisc
                    if block.kind is BlockKind.BULLET
                    else QTextListFormat.Style.ListDecimal
                )
                list_format = QTextListFormat()
                list_format.setStyle(style)
                list_format.setIndent(1)
                current_list = cursor.createList(list_format)
                current_list_kind = block.kind
            else:
                current_list.add(cursor.block())
        else:
            current_list = None
            current_list_kind = None
    cursor.endEditBlock()
    document.setModified(False)
