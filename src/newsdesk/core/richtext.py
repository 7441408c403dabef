"""The story body as blocks and marked spans: the bridge between the editor and Markdown.

The editor (a ``QTextDocument``) and the stored body (the dialect of :mod:`newsdesk.core.markup`)
meet in this small, Qt-free model so that the conversion can be tested without a display:

- :func:`to_markdown` writes blocks as Markdown. ``QTextDocument.toMarkdown`` is not used: it
  drops block direction and turns underline into italic.
- :func:`from_html` reads what :func:`newsdesk.core.markup.render_html` produced back into
  blocks; :func:`from_markdown` is the two together, so loading a body goes through exactly the
  renderer every exporter uses and the editor shows what readers will get.

Both directions agree on one canonical form (:func:`normalize_blocks`): whitespace collapsed as
HTML collapses it, marks never starting or ending on a space nor crossing a line break
(Markdown cannot write that), empty text blocks dropped, heading levels 2-4 without bold.
``from_markdown(to_markdown(b))`` equals ``normalize_blocks(b)`` for every block list; the
property tests in ``tests/unit`` hold the writer to that.

Python-Markdown is not CommonMark: ``*`` and ``**`` work inside words, so an Arabic prefix
glued to a mark (``و**روسي**``) needs nothing special. Where its emphasis patterns still read
adjacent markers ambiguously, :func:`to_markdown` notices (it renders each marked line and reads
it back) and writes that line's marks as inline HTML tags, which the dialect passes through.
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from html.parser import HTMLParser
from typing import Literal

from newsdesk.core.markup import render_html

Direction = Literal["rtl", "ltr"]

#: URL scheme of images stored in the media library: ``newsdesk-media:<sha256>``.
MEDIA_SCHEME = "newsdesk-media:"


class BlockKind(enum.StrEnum):
    PARAGRAPH = "paragraph"
    HEADING = "heading"
    BULLET = "bullet"
    NUMBERED = "numbered"
    QUOTE = "quote"
    RULE = "rule"
    IMAGE = "image"


TEXT_KINDS = frozenset(
    {BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.BULLET, BlockKind.NUMBERED, BlockKind.QUOTE}
)
MIN_HEADING = 2
MAX_HEADING = 4


@dataclass(frozen=True, slots=True)
class Span:
    """A run of text with the same marks. ``"\\n"`` in ``text`` is a line break."""

    text: str
    bold: bool = False
    italic: bool = False
    link: str = ""
    #: Inline code (a host name, a command): set in a fixed-pitch face, written in backticks.
    code: bool = False

    def marks(self) -> tuple[bool, bool, str, bool]:
        return (self.bold, self.italic, self.link, self.code)

    @property
    def plain(self) -> bool:
        return not (self.bold or self.italic or self.link or self.code)


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph-level element.

    ``direction`` is set only when the writer forced it; ``None`` means "from the first strong
    character". Images carry ``src`` (``newsdesk-media:<sha256>`` or a URL), ``alt`` and
    ``caption`` instead of spans.
    """

    kind: BlockKind
    spans: tuple[Span, ...] = ()
    level: int = 0
    direction: Direction | None = None
    src: str = ""
    alt: str = ""
    caption: str = ""

    @property
    def text(self) -> str:
        return "".join(span.text for span in self.spans)


def media_src(sha256: str) -> str:
    return MEDIA_SCHEME + sha256


def media_sha(src: str) -> str | None:
    """The sha256 of a media-library image source, or None for another URL."""
    return src[len(MEDIA_SCHEME) :] if src.startswith(MEDIA_SCHEME) else None


# --------------------------------------------------------------------------------------------
# Canonical form

_SPACES_RE = re.compile(r"[ \t\r\f\v\n]+")
_INLINE_SPACES_RE = re.compile(r"[ \t\r\f\v]+")
_BREAK_RE = re.compile(r" *\n[ \n]*")
#: Characters a URL in Markdown link syntax cannot hold as they are.
_URL_UNSAFE = {" ": "%20", "<": "%3C", ">": "%3E", '"': "%22", "(": "%28", ")": "%29"}
_URL_UNSAFE_RE = re.compile("[" + re.escape("".join(_URL_UNSAFE)) + r"\\\x00-\x1f]")


def clean_url(url: str) -> str:
    """A link target that Markdown link syntax can carry unchanged."""
    return _URL_UNSAFE_RE.sub(
        lambda m: _URL_UNSAFE.get(m.group(), f"%{ord(m.group()):02X}"), url.strip()
    )


def _plain(text: str) -> str:
    return _SPACES_RE.sub(" ", text).strip()


def _merge(spans: Iterable[Span]) -> list[Span]:
    out: list[Span] = []
    for span in spans:
        if not span.text:
            continue
        if out and out[-1].marks() == span.marks():
            out[-1] = replace(out[-1], text=out[-1].text + span.text)
        else:
            out.append(span)
    return out


def _without(span: Span, attr: str, text: str) -> Span:
    if attr == "link":
        return replace(span, text=text, link="")
    if attr == "bold":
        return replace(span, text=text, bold=False)
    if attr == "code":
        return replace(span, text=text, code=False)
    return replace(span, text=text, italic=False)


def _trim_runs(spans: list[Span], attr: str) -> list[Span]:
    """Move whitespace at the ends of each run carrying ``attr`` out of the run.

    Links are written outermost, so a bold or italic run also ends where a link starts or ends.
    """
    out: list[Span] = []
    i = 0
    while i < len(spans):
        value = getattr(spans[i], attr)
        if not value:
            out.append(spans[i])
            i += 1
            continue
        link = spans[i].link
        j = i
        while (
            j < len(spans)
            and getattr(spans[j], attr) == value
            and (attr == "link" or spans[j].link == link)
        ):
            j += 1
        run = spans[i:j]
        # Only the spaces HTML collapses: a no-break space is text, marks may hold it.
        while run and run[0].text[:1] in (" ", "\n"):
            head = run[0]
            stripped = head.text.lstrip(" \n")
            lead = head.text[: len(head.text) - len(stripped)]
            out.append(_without(head, attr, lead))
            run[0] = replace(head, text=stripped)
            if not stripped:
                run.pop(0)
        tail: list[Span] = []
        while run and run[-1].text[-1:] in (" ", "\n"):
            last = run[-1]
            stripped = last.text.rstrip(" \n")
            trail = last.text[len(stripped) :]
            tail.insert(0, _without(last, attr, trail))
            run[-1] = replace(last, text=stripped)
            if not stripped:
                run.pop()
        out.extend(run)
        out.extend(tail)
        i = j
    return _merge(out)


def normalize_spans(spans: Iterable[Span], *, breaks: bool = True) -> tuple[Span, ...]:
    """The canonical spans of one block (see the module docstring)."""
    cleaned: list[Span] = []
    for span in spans:
        text = span.text.replace("\u2028", "\n").replace("\u2029", "\n")
        text = _INLINE_SPACES_RE.sub(" ", text)
        if not breaks:
            text = text.replace("\n", " ")
        cleaned.append(replace(span, text=text, link=clean_url(span.link) if span.link else ""))
    merged = _merge(cleaned)
    # Collapse whitespace across span boundaries and around line breaks, as HTML does.
    joined: list[Span] = []
    previous = ""
    for span in merged:
        text = span.text
        if previous.endswith((" ", "\n")):
            text = text.lstrip(" ")
        if previous.endswith("\n"):
            text = text.lstrip("\n ")
        text = _BREAK_RE.sub("\n", re.sub(" {2,}", " ", text))
        if text.startswith("\n") and joined and joined[-1].text.endswith(" "):
            joined[-1] = replace(joined[-1], text=joined[-1].text.rstrip(" "))
        if text:
            joined.append(replace(span, text=text))
            previous = text
    # A line break carries no marks: Markdown cannot open a mark on one line and close it on
    # the next inside a list or a quote.
    pieces: list[Span] = []
    for span in joined:
        for n, part in enumerate(span.text.split("\n")):
            if n:
                pieces.append(Span("\n"))
            pieces.append(replace(span, text=part))
    spans_list = _merge(s for s in pieces if s.text)
    # No whitespace-only marks, no marks starting or ending on whitespace.
    for attr in ("link", "bold", "italic", "code"):
        spans_list = _trim_runs(spans_list, attr)
    # Strip the block's ends.
    while spans_list and not spans_list[0].text.lstrip(" \n"):
        spans_list.pop(0)
    if spans_list:
        spans_list[0] = replace(spans_list[0], text=spans_list[0].text.lstrip(" \n"))
    while spans_list and not spans_list[-1].text.rstrip(" \n"):
        spans_list.pop()
    if spans_list:
        spans_list[-1] = replace(spans_list[-1], text=spans_list[-1].text.rstrip(" \n"))
    for attr in ("link", "bold", "italic", "code"):
        spans_list = _trim_runs(spans_list, attr)
    return tuple(spans_list)


def normalize_blocks(blocks: Iterable[Block]) -> list[Block]:
    """The canonical form both directions of the conversion agree on."""
    out: list[Block] = []
    for block in blocks:
        if block.kind is BlockKind.RULE:
            out.append(Block(BlockKind.RULE))
        elif block.kind is BlockKind.IMAGE:
            src = clean_url(block.src)
            if src:
                alt, caption = _plain(block.alt), _plain(block.caption)
                out.append(Block(BlockKind.IMAGE, src=src, alt=alt, caption=caption))
        else:
            heading = block.kind is BlockKind.HEADING
            source = block.spans
            if heading:
                # A heading is set bold already; bold inside it is not kept.
                source = tuple(replace(span, bold=False) for span in source)
            spans = normalize_spans(source, breaks=not heading)
            if not spans:
                continue
            level = min(MAX_HEADING, max(MIN_HEADING, block.level)) if heading else 0
            out.append(Block(block.kind, spans, level=level, direction=block.direction))
    return out


# --------------------------------------------------------------------------------------------
# Writing Markdown

#: Characters Python-Markdown un-escapes after a backslash, and which mean something inline.
_ALWAYS_ESCAPE = frozenset("\\`*_{}[]#")
_LINE_START_RE = re.compile(r"^(?:(?P<sign>[>+-])|(?P<num>\d+)(?P<dot>[.)])|(?P<eq>=+ *$))")


def _escape_line(line: str) -> str:
    out: list[str] = []
    for ch in line:
        if ch in _ALWAYS_ESCAPE:
            out.append("\\" + ch)
        elif ch == "&":
            out.append("&amp;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == "\u00a0":
            # Python-Markdown strips lines with str.strip, which takes no-break spaces too.
            out.append("&nbsp;")
        else:
            out.append(ch)
    escaped = "".join(out)
    match = _LINE_START_RE.match(line)
    if match:
        if match.group("sign"):
            escaped = "\\" + escaped
        elif match.group("num"):
            digits = match.group("num")
            dot = match.group("dot")
            escaped = digits + ("\\." if dot == "." else "&#41;") + escaped[len(digits) + 1 :]
        elif match.group("eq"):
            escaped = "&#61;" + escaped[1:]
    return escaped


def _escape_text(text: str, at_line_start: bool) -> str:
    """Escape a span's text; ``at_line_start`` when the span begins a line of the block."""
    lines = text.split("\n")
    out = []
    for n, line in enumerate(lines):
        if n == 0 and not at_line_start:
            escaped = _escape_line("x" + line)[1:]
        else:
            escaped = _escape_line(line)
        out.append(escaped)
    return "  \n".join(out)


def _line_starts(spans: Sequence[Span]) -> list[bool]:
    starts = []
    at_start = True
    for span in spans:
        starts.append(at_start)
        at_start = span.text.endswith("\n")
    return starts


_BACKTICKS_RE = re.compile("`+")


def _code(text: str, html: bool) -> str:
    """A code span: a fence longer than any run of backticks inside (its text stays literal)."""
    if html:
        return "<code>" + _escape_text(text, False) + "</code>"
    longest = max((len(run) for run in _BACKTICKS_RE.findall(text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _emit_marks(spans: list[tuple[Span, bool]], html: bool) -> str:
    """Bold and italic for spans (without links), the longest-reaching mark outermost."""
    out: list[str] = []
    i = 0
    while i < len(spans):
        span, start = spans[i]
        if not (span.bold or span.italic):
            out.append(_code(span.text, html) if span.code else _escape_text(span.text, start))
            i += 1
            continue
        end_bold = i
        while end_bold < len(spans) and spans[end_bold][0].bold:
            end_bold += 1
        end_italic = i
        while end_italic < len(spans) and spans[end_italic][0].italic:
            end_italic += 1
        if span.bold and (not span.italic or end_bold >= end_italic):
            end, inner = end_bold, [(replace(s, bold=False), st) for s, st in spans[i:end_bold]]
            marker, tag = "**", "strong"
        else:
            end = end_italic
            inner = [(replace(s, italic=False), st) for s, st in spans[i:end_italic]]
            marker, tag = "*", "em"
        body = _emit_marks(inner, html)
        out.append(f"<{tag}>{body}</{tag}>" if html else f"{marker}{body}{marker}")
        i = end
    return "".join(out)


def _inline(spans: Sequence[Span], html: bool = False) -> str:
    starts = _line_starts(spans)
    out: list[str] = []
    i = 0
    while i < len(spans):
        link = spans[i].link
        j = i
        while j < len(spans) and spans[j].link == link:
            j += 1
        group = [(replace(s, link=""), st) for s, st in zip(spans[i:j], starts[i:j], strict=True)]
        inner = _emit_marks(group, html)
        if not link:
            out.append(inner)
        elif html:
            out.append(f'<a href="{link.replace("&", "&amp;")}">{inner}</a>')
        else:
            out.append(f"[{inner}]({link})")
        i = j
    return "".join(out)


def _list_wrap(text: str) -> str:
    return "- " + text.replace("\n", "\n    ")


def _quote_wrap(text: str) -> str:
    return "\n".join("> " + line for line in text.split("\n"))


def _heading_wrap(text: str) -> str:
    return "## " + text


_WRAPS: dict[str, Callable[[str], str]] = {
    "paragraph": str,
    "list": _list_wrap,
    "quote": _quote_wrap,
    "heading": _heading_wrap,
}


@functools.lru_cache(maxsize=8192)
def _inline_checked(spans: tuple[Span, ...], context: str = "paragraph") -> str:
    """Markdown for the spans; inline HTML tags where the Markdown would not read back.

    The check renders the line inside its block (``context``: list item, quote, heading) and
    reads it back. It costs about a millisecond a marked paragraph, so results are cached: an
    autosave of a long story re-checks only the paragraphs that changed.
    """
    text = _inline(spans)
    if all(s.plain for s in spans):
        return text
    back = from_html(render_html(_WRAPS[context](text)))
    if len(back) == 1 and back[0].spans == spans:
        return text
    return _inline(spans, html=True)


def _direction_attr(direction: Direction | None) -> str:
    return f'{{: dir="{direction}" }}' if direction else ""


_CAPTION_ESCAPE = frozenset("`*_[]{}()\\&\"'<>#!\u00a0")


def _image(block: Block) -> str:
    alt = _escape_text(block.alt, False).replace("  \n", " ")
    if block.caption:
        # Inline patterns (code spans, emphasis) run over the title too: numeric references
        # keep every punctuation character literal.
        caption = "".join(f"&#{ord(ch)};" if ch in _CAPTION_ESCAPE else ch for ch in block.caption)
        return f'![{alt}]({block.src} "{caption}")'
    return f"![{alt}]({block.src})"


def to_markdown(blocks: Iterable[Block]) -> str:
    """The body in the Newsdesk dialect; ``""`` for an empty document."""
    canonical = normalize_blocks(blocks)
    chunks: list[str] = []
    i = 0
    while i < len(canonical):
        block = canonical[i]
        kind = block.kind
        if kind in (BlockKind.BULLET, BlockKind.NUMBERED, BlockKind.QUOTE):
            j = i
            while j < len(canonical) and canonical[j].kind is kind:
                j += 1
            group = canonical[i:j]
            if kind is BlockKind.QUOTE:
                parts = []
                for item in group:
                    lines = _inline_checked(item.spans, "quote").split("\n")
                    if item.direction:
                        lines.append(_direction_attr(item.direction))
                    parts.append("\n".join("> " + line for line in lines))
                chunks.append("\n>\n".join(parts))
            else:
                items = []
                for n, item in enumerate(group, start=1):
                    marker = "- " if kind is BlockKind.BULLET else f"{n}. "
                    body = _inline_checked(item.spans, "list").replace("\n", "\n    ")
                    if item.direction:
                        body += "\n    " + _direction_attr(item.direction)
                    items.append(marker + body)
                chunks.append("\n".join(items))
            i = j
            continue
        if kind is BlockKind.RULE:
            chunks.append("---")
        elif kind is BlockKind.IMAGE:
            chunks.append(_image(block))
        elif kind is BlockKind.HEADING:
            line = "#" * block.level + " " + _inline_checked(block.spans, "heading")
            if block.direction:
                line += " " + _direction_attr(block.direction)
            chunks.append(line)
        else:
            text = _inline_checked(block.spans)
            if block.direction:
                text += "\n" + _direction_attr(block.direction)
            chunks.append(text)
        i += 1
    return "\n\n".join(chunks) + "\n" if chunks else ""


# --------------------------------------------------------------------------------------------
# Reading the rendered HTML

_HTML_SPACES_RE = re.compile(r"[ \t\n\r\f]+")


#: Tags the reader turns into blocks and marks; anything else is flattened to its text.
_KNOWN_TAGS = frozenset(
    {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "hr"}
    | {"img", "br", "strong", "b", "em", "i", "a", "code"}
)


class _Reader(HTMLParser):
    """Turns the renderer's HTML (or any simple HTML) into blocks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.lists: list[BlockKind] = []
        self.quote = 0
        self.bold = 0
        self.italic = 0
        self.code = 0
        self.links: list[str] = []
        self.current: Block | None = None
        self.spans: list[Span] = []
        self.pending_dir: list[Direction | None] = []
        self.skip = 0
        #: What the model cannot hold and was flattened or dropped (tag names).
        self.dropped: set[str] = set()

    def _context_kind(self) -> BlockKind:
        if self.lists:
            return self.lists[-1]
        if self.quote:
            return BlockKind.QUOTE
        return BlockKind.PARAGRAPH

    def _flush(self) -> None:
        if self.current is not None:
            self.blocks.append(replace(self.current, spans=tuple(self.spans)))
        self.current = None
        self.spans = []

    def _open(self, kind: BlockKind, level: int = 0, direction: Direction | None = None) -> None:
        self._flush()
        self.current = Block(kind, level=level, direction=direction)

    @staticmethod
    def _dir(attrs: list[tuple[str, str | None]]) -> Direction | None:
        value = dict(attrs).get("dir")
        return value if value in ("rtl", "ltr") else None  # type: ignore[return-value]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skip:
            if tag in ("script", "style"):
                self.skip += 1
            return
        if tag in ("script", "style"):
            self.dropped.add(tag)
            self.skip = 1
            return
        if tag not in _KNOWN_TAGS:
            self.dropped.add(tag)
        elif tag in ("ul", "ol") and self.lists:
            self.dropped.add("nested list")
        elif tag in ("h1", "h5", "h6"):
            self.dropped.add(tag)
        direction = self._dir(attrs)
        if tag == "p" or tag == "div":
            kind = self._context_kind()
            if self.lists and self.pending_dir and direction is None:
                direction = self.pending_dir[-1]
            self._open(kind, direction=direction)
        elif re.fullmatch(r"h[1-6]", tag):
            kind = self._context_kind()
            if kind is BlockKind.PARAGRAPH:
                self._open(BlockKind.HEADING, level=int(tag[1]), direction=direction)
            else:
                self._open(kind, direction=direction)
        elif tag in ("ul", "ol"):
            self._flush()
            self.lists.append(BlockKind.BULLET if tag == "ul" else BlockKind.NUMBERED)
        elif tag == "li":
            self._open(self._context_kind(), direction=direction)
            self.pending_dir.append(direction)
        elif tag == "blockquote":
            self._flush()
            self.quote += 1
        elif tag == "hr":
            self._flush()
            self.blocks.append(Block(BlockKind.RULE))
        elif tag == "img":
            values = dict(attrs)
            kind = self.current.kind if self.current else self._context_kind()
            direction_before = self.current.direction if self.current else None
            self._flush()
            self.blocks.append(
                Block(
                    BlockKind.IMAGE,
                    src=values.get("src") or "",
                    alt=values.get("alt") or "",
                    caption=values.get("title") or "",
                )
            )
            if self.lists or self.quote or kind is not BlockKind.PARAGRAPH:
                self.current = Block(kind, direction=direction_before)
        elif tag == "br":
            self._text("\n", raw=True)
        elif tag in ("strong", "b"):
            self.bold += 1
        elif tag in ("em", "i"):
            self.italic += 1
        elif tag == "code":
            self.code += 1
        elif tag == "a":
            self.links.append(dict(attrs).get("href") or "")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if self.skip:
            if tag in ("script", "style"):
                self.skip -= 1
            return
        if tag in ("p", "div") or re.fullmatch(r"h[1-6]", tag):
            self._flush()
        elif tag == "li":
            self._flush()
            if self.pending_dir:
                self.pending_dir.pop()
        elif tag in ("ul", "ol"):
            self._flush()
            if self.lists:
                self.lists.pop()
        elif tag == "blockquote":
            self._flush()
            self.quote = max(0, self.quote - 1)
        elif tag in ("strong", "b"):
            self.bold = max(0, self.bold - 1)
        elif tag in ("em", "i"):
            self.italic = max(0, self.italic - 1)
        elif tag == "code":
            self.code = max(0, self.code - 1)
        elif tag == "a" and self.links:
            self.links.pop()

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        self._text(data)

    def _text(self, data: str, raw: bool = False) -> None:
        text = data if raw else _HTML_SPACES_RE.sub(" ", data)
        if self.current is None:
            if not text.strip():
                return
            kind = self._context_kind()
            direction = self.pending_dir[-1] if self.lists and self.pending_dir else None
            self.current = Block(kind, direction=direction)
        link = next((href for href in reversed(self.links) if href), "")
        self.spans.append(
            Span(text, bold=self.bold > 0, italic=self.italic > 0, link=link, code=self.code > 0)
        )

    def close(self) -> None:
        super().close()
        self._flush()


def read_html(html: str) -> tuple[list[Block], frozenset[str]]:
    """Blocks of rendered HTML in canonical form, and what could not be kept.

    The second value names the elements the model has no place for (``table``, ``pre``,
    ``nested list``, ``h1`` …): a body holding them loses that structure when the editor saves
    it, and the editor says so when it opens the story.
    """
    reader = _Reader()
    reader.feed(html)
    reader.close()
    return normalize_blocks(reader.blocks), frozenset(reader.dropped)


def from_html(html: str) -> list[Block]:
    """Blocks of rendered HTML, in canonical form."""
    return read_html(html)[0]


def unsupported_elements(body: str) -> frozenset[str]:
    """What in a stored body the editor cannot keep (empty for anything it wrote itself)."""
    return read_html(render_html(body))[1]


def from_markdown(body: str) -> list[Block]:
    """Blocks of a stored body, read through the one renderer every exporter uses."""
    return from_html(render_html(body))
