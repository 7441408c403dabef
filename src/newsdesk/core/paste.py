"""Clipboard cleanup: what a reporter pastes, reduced to what a story may contain.

Web pages, Word and LibreOffice put their whole styling on the clipboard (fonts, colours, class
names, ``mso-*`` properties, conditional comments, tracking pixels), and messaging apps add
direction marks, no-break spaces and presentation-form letters. None of it belongs in a story: the
editor's constructs are paragraphs, headings h2-h4, bold, italic, links (http, https, mailto),
lists, block quotes and rules, and the export decides the look.

The cleaner is a streaming ``html.parser`` pass that writes well-formed HTML whatever the input's
nesting: inline formatting is kept as state on each run of text and written per block, so a
``<b>`` that Word forgot to close cannot leak into the next paragraph.

Characters are cleaned in every text: bidi controls and marks go (direction is decided per
paragraph from its first strong letter, see DESIGN), presentation forms become letters, no-break
spaces become spaces, and tatweel stretched between letters for justification goes while a
tatweel that ends an abbreviation (هـ for the Hijri year) stays.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from html import escape
from html.parser import HTMLParser
from typing import Final
from urllib.parse import urlsplit

# -- characters ----------------------------------------------------------------------------------

#: LRM, RLM, ALM, embeddings/overrides, isolates, zero-width space, BOM, soft hyphen. ZWNJ and
#: ZWJ are kept: they change how Persian and Urdu words and emoji are drawn.
_INVISIBLE_RE: Final = re.compile(
    "[\u200b\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff\u00ad]"
)
_SPACES_RE: Final = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000\u1680]")
_PRESENTATION_RE: Final = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]+")
_ARABIC_LETTER: Final = "\u0620-\u063f\u0641-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff"
#: Tatweel between two letters (with any tashkeel around it) is justification: removed.
_TATWEEL_BETWEEN_RE: Final = re.compile(
    f"(?<=[{_ARABIC_LETTER}\u064b-\u065f\u0670])\u0640+(?=[\u064b-\u065f\u0670]*[{_ARABIC_LETTER}])"
)
#: A run of tatweel elsewhere (after the last letter: هـ, مـ abbreviations) keeps one.
_TATWEEL_RUN_RE: Final = re.compile("\u0640{2,}")


def clean_chars(text: str) -> str:
    """Invisible controls out, presentation forms folded, NBSP to space, justification out."""
    text = _INVISIBLE_RE.sub("", text)
    text = _SPACES_RE.sub(" ", text)
    if _PRESENTATION_RE.search(text):
        text = _PRESENTATION_RE.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    if "\u0640" in text:
        text = _TATWEEL_BETWEEN_RE.sub("", text)
        text = _TATWEEL_RUN_RE.sub("\u0640", text)
    return text


# -- HTML ----------------------------------------------------------------------------------------

ALLOWED_SCHEMES: Final = frozenset({"http", "https", "mailto"})
#: Hosts that serve tracking pixels and open-rate beacons.
TRACKING_HOSTS: Final = (
    "google-analytics.com",
    "doubleclick.net",
    "facebook.com/tr",
    "pixel.wp.com",
    "stats.wp.com",
    "scorecardresearch.com",
    "quantserve.com",
    "mc.yandex.ru",
    "bat.bing.com",
    "pixel.",
    "tracking.",
    "list-manage.com/track",
    "sb.scorecardresearch.com",
)

#: Elements whose content is never story text.
_DROP_WITH_CONTENT: Final = frozenset(
    {
        "script",
        "style",
        "head",
        "title",
        "template",
        "noscript",
        "iframe",
        "object",
        "embed",
        "svg",
        "math",
        "canvas",
        "button",
        "select",
        "textarea",
        "xml",
        "o:p",
        "video",
        "audio",
        "nav",
    }
)
_VOID: Final = frozenset(
    {"br", "hr", "img", "meta", "link", "input", "wbr", "area", "base", "col", "source", "param"}
)
_HEADINGS: Final = {"h1": "h2", "h2": "h2", "h3": "h3", "h4": "h4", "h5": "h4", "h6": "h4"}
_BLOCKS: Final = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "header",
        "footer",
        "main",
        "aside",
        "figure",
        "figcaption",
        "address",
        "pre",
        "dd",
        "dt",
        "dl",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "caption",
        "center",
        "details",
        "summary",
        *_HEADINGS,
    }
)
_BOLD_WEIGHTS: Final = re.compile(r"font-weight\s*:\s*(bold|bolder|[6-9]00)\b", re.IGNORECASE)
_NORMAL_WEIGHT: Final = re.compile(r"font-weight\s*:\s*(normal|lighter|[1-4]00)\b", re.IGNORECASE)
_ITALIC: Final = re.compile(r"font-style\s*:\s*(italic|oblique)\b", re.IGNORECASE)
_NOT_ITALIC: Final = re.compile(r"font-style\s*:\s*normal\b", re.IGNORECASE)
_MSO_LIST: Final = re.compile(r"mso-list\s*:\s*(?!\s*ignore)l\d+", re.IGNORECASE)
_MSO_LIST_IGNORE: Final = re.compile(r"mso-list\s*:\s*ignore", re.IGNORECASE)
_ORDERED_BULLET: Final = re.compile(r"^\s*\(?([0-9\u0660-\u0669]+|[a-zA-Z]|[ivxlcIVXLC]+)[.)\-]")
_WS_RE: Final = re.compile(r"[ \t\n\r\f]+")
#: Word's "downlevel-hidden" conditional comments and the fake bullets they hide.
_CONDITIONAL_RE: Final = re.compile(
    r"<!--\[if[^\]]*\]>.*?<!\[endif\]-->", re.DOTALL | re.IGNORECASE
)
_DOWNLEVEL_RE: Final = re.compile(r"<!\[if !supportLists\]>(.*?)<!\[endif\]>", re.DOTALL | re.I)
_DOWNLEVEL_MARK_RE: Final = re.compile(r"<!\[(?:end)?if[^\]]*\]>", re.IGNORECASE)


def safe_href(href: str) -> str | None:
    """The link if its scheme is http, https or mailto, else None (relative, javascript:…)."""
    href = "".join(href.split())  # pasted links often carry line breaks and spaces
    try:
        scheme = urlsplit(href).scheme.lower()
    except ValueError:
        return None
    return href if scheme in ALLOWED_SCHEMES else None


def is_tracking_image(attrs: dict[str, str]) -> bool:
    """A 1×1 (or 0×0) image, or one served by a known pixel host."""

    def tiny(value: str) -> bool:
        digits = re.match(r"\s*(\d+)", value or "")
        return bool(digits) and int(digits.group(1)) <= 1  # type: ignore[union-attr]

    style = attrs.get("style", "")
    if tiny(attrs.get("width", "")) or tiny(attrs.get("height", "")):
        return True
    if re.search(r"(width|height)\s*:\s*[01]px", style) or "display:none" in style.replace(" ", ""):
        return True
    src = attrs.get("src", "").lower()
    return any(host in src for host in TRACKING_HOSTS)


@dataclass(slots=True)
class _Run:
    text: str
    bold: bool
    italic: bool
    href: str | None


@dataclass(slots=True)
class _Frame:
    tag: str
    bold: int = 0
    italic: int = 0
    href: bool = False
    drop: bool = False
    pre: bool = False
    bullet: bool = False
    closes: list[str] = field(default_factory=list)


class _Cleaner(HTMLParser):
    def __init__(self, keep_images: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.keep_images = keep_images
        self.out: list[str] = []
        self.runs: list[_Run] = []
        self.stack: list[_Frame] = []
        self.containers: list[str] = []  # ul, ol, blockquote, li (as written)
        self.block_tag = "p"
        self.bold = 0
        self.italic = 0
        self.hrefs: list[str | None] = []
        self.drop = 0
        self.pre = 0
        self.bullet_depth = 0
        self.bullet = ""
        self.word_item = False
        self.word_list: str | None = None  # "ul"/"ol" while Word's paragraphs form a list
        self.li_has_content: list[bool] = []

    # -- runs and blocks ----------------------------------------------------------------------

    def _text(self, data: str) -> None:
        if self.drop:
            return
        if self.bullet_depth:
            self.bullet += data
            return
        data = clean_chars(data)
        if not self.pre:
            data = _WS_RE.sub(" ", data)
        if data:
            self.runs.append(
                _Run(data, self.bold > 0, self.italic > 0, self.hrefs[-1] if self.hrefs else None)
            )

    def _serialise_runs(self) -> str:
        merged: list[_Run] = []
        for run in self.runs:
            if merged and (merged[-1].bold, merged[-1].italic, merged[-1].href) == (
                run.bold,
                run.italic,
                run.href,
            ):
                merged[-1].text += run.text
            else:
                merged.append(_Run(run.text, run.bold, run.italic, run.href))
        # Collapse spaces across run boundaries and trim the block's ends.
        previous_space = True
        for run in merged:
            if not self.pre:
                if previous_space:
                    run.text = run.text.lstrip(" ")
                if run.text:
                    previous_space = run.text.endswith((" ", "\n"))
        while merged and not merged[-1].text.strip(" "):
            merged.pop()
        if merged and not self.pre:
            merged[-1].text = merged[-1].text.rstrip(" ")
        parts: list[str] = []
        for run in merged:
            if not run.text:
                continue
            html = escape(run.text, quote=False).replace("\n", "<br>")
            if run.italic:
                html = f"<i>{html}</i>"
            if run.bold:
                html = f"<b>{html}</b>"
            if run.href:
                html = f'<a href="{escape(run.href)}">{html}</a>'
            parts.append(html)
        return "".join(parts)

    def _flush(self) -> None:
        content = self._serialise_runs() if self.runs else ""
        self.runs = []
        if not content.replace("<br>", "").strip():
            self.word_item = False
            self.bullet = ""
            return
        if self.word_item:
            kind = "ol" if _ORDERED_BULLET.match(clean_chars(self.bullet)) else "ul"
            if self.word_list != kind:
                self._close_word_list()
                self.out.append(f"<{kind}>")
                self.word_list = kind
            self.out.append(f"<li>{content}</li>")
            self.word_item = False
            self.bullet = ""
            return
        self._close_word_list()
        top = self.containers[-1] if self.containers else None
        if top in ("li", "li-auto"):
            if self.li_has_content[-1]:
                self.out.append("<br>")
            self.out.append(content)
            self.li_has_content[-1] = True
        elif top in ("ul", "ol"):
            self.out.append(f"<li>{content}</li>")
        else:
            tag = self.block_tag if self.block_tag in ("h2", "h3", "h4") else "p"
            self.out.append(f"<{tag}>{content}</{tag}>")

    def _close_word_list(self) -> None:
        if self.word_list:
            self.out.append(f"</{self.word_list}>")
            self.word_list = None

    def _open_container(self, tag: str) -> None:
        self._flush()
        self._close_word_list()
        if tag in ("ul", "ol") and self.containers and self.containers[-1] in ("ul", "ol"):
            # A list straight inside a list (invalid but common): give it an item to live in.
            self.out.append("<li>")
            self.containers.append("li-auto")
            self.li_has_content.append(True)
        self.out.append(f"<{tag}>")
        self.containers.append(tag)
        if tag == "li":
            self.li_has_content.append(False)

    def _close_container(self, tag: str) -> None:
        if tag not in self.containers:
            return
        self._flush()
        while self.containers:
            top = self.containers.pop()
            self.out.append(f"</{top.removesuffix('-auto')}>")
            if top in ("li", "li-auto"):
                self.li_has_content.pop()
            if top == tag:
                break
        # A helper item opened for a list nested straight in a list ends with that list.
        if tag in ("ul", "ol") and self.containers and self.containers[-1] == "li-auto":
            self.containers.pop()
            self.li_has_content.pop()
            self.out.append("</li>")

    # -- parser callbacks ---------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs_list: list[tuple[str, str | None]]) -> None:
        attrs = {k.lower(): (v or "") for k, v in attrs_list}
        style = attrs.get("style", "")
        if tag in _VOID:
            self._void(tag, attrs)
            return
        frame = _Frame(tag)
        if tag in _DROP_WITH_CONTENT or (":" in tag and not tag.startswith("st1:")):
            # Office namespaced elements (v:shape, w:sdt …) hold drawing data, not text;
            # smart tags (st1:place …) hold text and fall through as plain inline elements.
            frame.drop = True
            self.drop += 1
            self.stack.append(frame)
            return
        if tag in _BLOCKS or tag in ("ul", "ol", "blockquote", "li"):
            self._implied_end(tag)
        if _MSO_LIST_IGNORE.search(style):
            frame.bullet = True
            self.bullet_depth += 1
        if tag in ("ul", "ol", "blockquote", "li"):
            self._open_container(tag)
        elif tag in _BLOCKS:
            self._flush()
            self.block_tag = _HEADINGS.get(tag, "p")
            if tag == "p" and _MSO_LIST.search(style):
                self.word_item = True
            if tag == "pre":
                frame.pre = True
                self.pre += 1
        elif tag in ("td", "th") and self.runs:
            self.runs.append(_Run(" ", False, False, None))
        bold = tag in ("b", "strong") or bool(_BOLD_WEIGHTS.search(style))
        if tag in ("b", "strong") and _NORMAL_WEIGHT.search(style):
            bold = False  # Google Docs wraps a whole paste in <b style="font-weight:normal">
        italic = tag in ("i", "em", "cite") or bool(_ITALIC.search(style))
        if tag in ("i", "em") and _NOT_ITALIC.search(style):
            italic = False
        if bold:
            frame.bold = 1
            self.bold += 1
        if italic:
            frame.italic = 1
            self.italic += 1
        if tag == "a":
            frame.href = True
            self.hrefs.append(safe_href(attrs.get("href", "")) if "href" in attrs else None)
        self.stack.append(frame)

    def _implied_end(self, tag: str) -> None:
        """Close what HTML closes implicitly: an open paragraph or heading before a new block,
        an open list item before the next item. Inline formatting left open inside them ends
        with them, so an unclosed ``<b>`` cannot bold the rest of the paste."""
        stoppers = {"ul", "ol", "blockquote", "li", "td", "th", "table"}
        closable = {"p", *_HEADINGS}
        if tag == "li":
            closable.add("li")
            stoppers.discard("li")
        for index in range(len(self.stack) - 1, -1, -1):
            open_tag = self.stack[index].tag
            if open_tag in closable:
                while len(self.stack) > index:
                    self._undo(self.stack.pop())
                return
            if open_tag in stoppers:
                return

    def _void(self, tag: str, attrs: dict[str, str]) -> None:
        if self.drop:
            return
        if tag == "br":
            self.runs.append(_Run("\n", False, False, None))
        elif tag == "hr":
            self._flush()
            self._close_word_list()
            self.out.append("<hr>")
        elif tag == "img" and self.keep_images and not is_tracking_image(attrs):
            src = safe_href(attrs.get("src", ""))
            if src and not src.startswith("mailto:"):
                self._flush()
                alt = clean_chars(attrs.get("alt", ""))
                self.out.append(f'<p><img src="{escape(src)}" alt="{escape(alt)}"></p>')

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            self._void(tag, {k.lower(): (v or "") for k, v in attrs})
        # <o:p/>, <span/> and friends carry nothing.

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        if not any(frame.tag == tag for frame in self.stack):
            return  # a stray end tag: ignore it rather than close something else
        while self.stack:
            frame = self.stack.pop()
            self._undo(frame)
            if frame.tag == tag:
                break

    def _undo(self, frame: _Frame) -> None:
        if frame.drop:
            self.drop -= 1
            return
        if frame.bullet:
            self.bullet_depth -= 1
        self.bold -= frame.bold
        self.italic -= frame.italic
        if frame.href:
            self.hrefs.pop()
        if frame.tag in ("ul", "ol", "blockquote", "li"):
            self._close_container(frame.tag)
        elif frame.tag in _BLOCKS:
            self._flush()
            self.block_tag = "p"
            if frame.pre:
                self.pre -= 1
        elif frame.tag == "tr":
            self._flush()

    def handle_data(self, data: str) -> None:
        self._text(data)

    def close(self) -> None:
        super().close()
        while self.stack:
            self._undo(self.stack.pop())
        self._flush()
        self._close_word_list()
        while self.containers:
            top = self.containers.pop()
            self.out.append(f"</{top.removesuffix('-auto')}>")


_CF_HTML_HEADER_RE: Final = re.compile(r"\AVersion:\d[^<]*", re.DOTALL)


def _fragment(html: str) -> str:
    """The copied part of a clipboard document (Windows CF_HTML and browsers mark it)."""
    html = _CF_HTML_HEADER_RE.sub("", html)
    start = html.find("<!--StartFragment-->")
    end = html.find("<!--EndFragment-->")
    if start != -1 and end > start:
        return html[start + len("<!--StartFragment-->") : end]
    return html


def _keep_bullet(match: re.Match[str]) -> str:
    # The downlevel block holds Word's typed bullet ("1." or "·"): keep it in an ignore-span so
    # the list type can be read from it, then drop it from the text.
    return f'<span style="mso-list:Ignore">{match.group(1)}</span>'


def clean_html(html: str, *, keep_images: bool = False) -> str:
    """Reduce pasted HTML to the editor's constructs; the result is well-formed HTML."""
    html = _fragment(html)
    html = _CONDITIONAL_RE.sub("", html)
    html = _DOWNLEVEL_RE.sub(_keep_bullet, html)
    html = _DOWNLEVEL_MARK_RE.sub("", html)
    cleaner = _Cleaner(keep_images)
    cleaner.feed(html)
    cleaner.close()
    return "".join(cleaner.out)


# -- plain text (messaging apps) -----------------------------------------------------------------

_URL_RE: Final = re.compile(r"\b(?:https?://|mailto:)[^\s<>\"'«»]+[^\s<>\"'«».,،؛:!?؟)\]]")
#: WhatsApp / Telegram markup: *bold*, _italic_, ~strike~ (kept as plain text), ```mono```.
_WA_BOLD: Final = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_WA_ITALIC: Final = re.compile(r"(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])")
_WA_STRIKE: Final = re.compile(r"(?<![\w~])~(?=\S)([^~\n]+?)(?<=\S)~(?![\w~])")
_WA_MONO: Final = re.compile(r"```(.+?)```", re.DOTALL)


def clean_text(text: str) -> str:
    """Plain text with its characters cleaned, line ends unified and trailing spaces gone."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = text.replace("\u2029", "\n\n")
    text = clean_chars(text)
    lines = [line.rstrip() for line in text.split("\n")]
    text = "\n".join(lines).strip("\n")
    return re.sub(r"\n{3,}", "\n\n", text)


def _inline_text(line: str) -> str:
    """One line of chat text as HTML: escaped, chat markup read, bare links made links."""
    line = _WA_MONO.sub(lambda m: m.group(1), line)
    line = _WA_STRIKE.sub(lambda m: m.group(1), line)
    pieces: list[str] = []
    pos = 0
    for match in _URL_RE.finditer(line):
        pieces.append(_chat_markup(escape(line[pos : match.start()], quote=False)))
        href = safe_href(match.group())
        label = escape(match.group(), quote=False)
        pieces.append(f'<a href="{escape(href)}">{label}</a>' if href else label)
        pos = match.end()
    pieces.append(_chat_markup(escape(line[pos:], quote=False)))
    return "".join(pieces)


def _chat_markup(text: str) -> str:
    text = _WA_BOLD.sub(r"<b>\1</b>", text)
    return _WA_ITALIC.sub(r"<i>\1</i>", text)


def text_to_html(text: str) -> str:
    """Pasted plain text as paragraphs: each line of a chat is a paragraph of its own."""
    cleaned = clean_text(text)
    return "".join(
        f"<p>{_inline_text(line.strip())}</p>" for line in cleaned.split("\n") if line.strip()
    )
