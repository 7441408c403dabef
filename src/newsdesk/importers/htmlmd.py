"""HTML → the Markdown dialect of ``core.markup``, for every reader whose bodies arrive as HTML.

One small converter rather than a dependency: the dialect is small (paragraphs, headings h2–h4,
bold and italic, links, images, lists, block quotes, ``{: dir=… }`` on a block), and the
converters on PyPI either emit constructs the dialect does not render (tables, ``~~``, setext
headings) or drop the ``dir`` a right-to-left page puts on a left-to-right paragraph. It walks an
lxml tree, so it also reads the TEI-like tree trafilatura returns (``head``, ``hi``, ``ref``,
``list``/``item``, ``quote``, ``graphic``), mapped onto the HTML names below.

What is dropped on purpose: scripts, styles, iframes, embedded objects, forms, navigation and
comments (WordPress block-editor markers ``<!-- wp:… -->`` are comments). Text is never lost
otherwise: an unknown element contributes its text as inline content.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final
from urllib.parse import urljoin

from lxml import etree
from lxml import html as lxml_html

from newsdesk.core import text
from newsdesk.core.markup import at_line_starts, escape_inline, unescape_text

#: Elements whose whole content is dropped.
DROP: Final = frozenset(
    {
        "script",
        "style",
        "iframe",
        "noscript",
        "template",
        "object",
        "embed",
        "svg",
        "math",
        "form",
        "button",
        "input",
        "select",
        "textarea",
        "nav",
        "canvas",
        "audio",
        "video",
        "head",
        "title",
        "meta",
        "link",
    }
)
BLOCK: Final = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "aside",
        "figure",
        "figcaption",
        "body",
        "html",
        "center",
        "address",
        "details",
        "summary",
        "dl",
        "dt",
        "dd",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "blockquote",
        "pre",
        "hr",
    }
)
#: trafilatura's output tree → HTML names.
_TEI: Final = {
    "quote": "blockquote",
    "ref": "a",
    "graphic": "img",
    "item": "li",
    "row": "tr",
    "cell": "td",
}
_HEADING_LEVEL: Final = {"h1": 2, "h2": 2, "h3": 3, "h4": 4, "h5": 4, "h6": 4}
_SPACE_RE: Final = re.compile(r"[ \t\r\n\f\v]+")
_BLANK_LINE_RE: Final = re.compile(r"\n[ \t\r\f\v]*\n")
#: A paragraph break found inside inline text (WordPress stores paragraphs as blank lines).
_BREAK: Final = "\x00"
_HARD_BREAK: Final = "\x01"
_ABSOLUTE_URL_RE: Final = re.compile(r"^https?://[^/?#\s]", re.I)
_SAFE_URL_RE: Final = re.compile(r"^(https?:|mailto:|tel:|/|#|\.|[^:/?#]+(?:[/?#]|$))", re.I)


def _tag(element: etree._Element) -> str:
    tag = element.tag
    if not isinstance(tag, str):
        return ""  # comments, processing instructions, entities
    name = etree.QName(tag).localname.lower() if "}" in tag else tag.lower()
    if name == "head" and element.get("rend"):
        return element.get("rend", "h2").lower()
    if name == "list":
        return "ol" if element.get("rend", "").lower() in ("ol", "numbered") else "ul"
    if name == "hi":
        rend = element.get("rend", "")
        return "strong" if "b" in rend else "em" if "i" in rend else "span"
    return _TEI.get(name, name)


class _Converter:
    def __init__(self, base_url: str = "") -> None:
        #: The address of the page the HTML came from: its relative links are resolved against
        #: it, since on another site they would point at pages of that site.
        self.base_url = base_url if _ABSOLUTE_URL_RE.match(base_url) else ""

    def absolute(self, url: str) -> str:
        if not self.base_url or url.startswith("#"):
            return url
        return urljoin(self.base_url, url)

    def blocks(self, element: etree._Element) -> list[str]:
        """Markdown blocks for the content of ``element`` (its text, children and tails)."""
        out: list[str] = []
        inline: list[str] = [_text(element.text)]
        for child in element:
            name = _tag(child)
            if name in DROP or not name:
                inline.append(_text(child.tail))
                continue
            if name in BLOCK:
                out.extend(_paragraphs("".join(inline)))
                inline = []
                out.extend(self.block(child, name))
            else:
                inline.append(self.inline(child, name))
            inline.append(_text(child.tail))
        out.extend(_paragraphs("".join(inline)))
        return out

    def block(self, element: etree._Element, name: str) -> list[str]:
        if name in _HEADING_LEVEL:
            text = _flatten(self.inline_content(element))
            if not text:
                return []
            return [_with_dir("#" * _HEADING_LEVEL[name] + " " + text, element)]
        if name in ("ul", "ol"):
            return [self.list_block(element, ordered=name == "ol")] if len(element) else []
        if name == "blockquote":
            inner = self.blocks(element)
            if not inner:
                return []
            return ["\n>\n".join("\n".join("> " + ln for ln in b.split("\n")) for b in inner)]
        if name == "pre":
            code = "".join(element.itertext()).strip("\n")
            return ["\n".join("    " + ln for ln in code.split("\n"))] if code.strip() else []
        if name == "hr":
            return ["* * *"]
        if name == "tr":
            cells = [_flatten(self.inline_content(c)) for c in element if _tag(c) in ("td", "th")]
            row = " | ".join(c for c in cells if c)
            return [row] if row else []
        if name == "p":
            return [_with_dir(b, element) for b in self.blocks(element)]
        return self.blocks(element)

    def list_block(self, element: etree._Element, *, ordered: bool) -> str:
        lines: list[str] = []
        number = 0
        for item in element:
            if _tag(item) != "li":
                continue
            number += 1
            marker = f"{number}. " if ordered else "- "
            inner = self.blocks(item)
            if not inner:
                continue
            first, *rest = inner
            lines.append(marker + first.replace("\n", "\n    "))
            for block in rest:
                lines.append("\n".join("    " + ln for ln in block.split("\n")))
        return "\n".join(lines)

    def inline_content(self, element: etree._Element) -> str:
        parts = [_text(element.text)]
        for child in element:
            name = _tag(child)
            if name and name not in DROP:
                parts.append(self.inline(child, name))
            parts.append(_text(child.tail))
        return "".join(parts)

    def inline(self, element: etree._Element, name: str) -> str:
        if name == "br":
            return _HARD_BREAK
        if name == "img":
            src = (element.get("src") or element.get("data-src") or "").strip()
            if not src or not _SAFE_URL_RE.match(src):
                return ""
            alt = escape_inline(_SPACE_RE.sub(" ", element.get("alt") or "").strip())
            return f"![{alt}]({_url(self.absolute(src))})"
        content = self.inline_content(element)
        if name in BLOCK:  # a block inside inline content (a <p> in an <a>): keep its text
            return f"{_BREAK}{content}{_BREAK}"
        if name in ("strong", "b"):
            return _wrap(content, "**")
        if name in ("em", "i", "cite"):
            return _wrap(content, "*")
        if name == "code":
            text = "".join(element.itertext()).replace("`", "'")
            return f"`{text}`" if text.strip() else ""
        if name == "a":
            href = (element.get("href") or element.get("target") or "").strip()
            label = content.strip()
            if not label or not href or not _SAFE_URL_RE.match(href):
                return content
            return f"[{label}]({_url(self.absolute(href))})"
        return content


def _wrap(content: str, mark: str) -> str:
    stripped = content.strip()
    if not stripped or _BREAK in stripped:
        return content
    lead = content[: len(content) - len(content.lstrip())]
    trail = content[len(content.rstrip()) :]
    return f"{lead}{mark}{stripped}{mark}{trail}"


def _url(href: str) -> str:
    return href.replace(" ", "%20").replace("(", "%28").replace(")", "%29")


def _text(value: str | None) -> str:
    if not value:
        return ""
    # A blank line inside running text is a paragraph break (WordPress's wpautop convention).
    return escape_inline(_BLANK_LINE_RE.sub(_BREAK, value))


def _flatten(inline: str) -> str:
    return _SPACE_RE.sub(" ", inline.replace(_BREAK, " ").replace(_HARD_BREAK, " ")).strip()


def _paragraphs(inline: str) -> list[str]:
    out = []
    for chunk in inline.split(_BREAK):
        lines = [_SPACE_RE.sub(" ", part).strip() for part in chunk.split(_HARD_BREAK)]
        text = "  \n".join(line for line in lines if line)
        if text:
            out.append(at_line_starts(text))
    return out


def _with_dir(block: str, element: etree._Element) -> str:
    direction = (element.get("dir") or "").strip().lower()
    # Only when it differs from what the first strong character decides (DESIGN.md): an
    # Arabic paragraph marked rtl needs nothing, an English one inside an Arabic page does.
    if direction in ("ltr", "rtl") and direction != text.paragraph_direction(
        strip_markdown(block), "rtl"
    ):
        return f'{block}\n{{: dir="{direction}" }}'
    return block


def element_to_blocks(element: etree._Element, base_url: str = "") -> list[str]:
    """The Markdown blocks of an element's content (an HTML or a trafilatura tree); relative
    links and images are resolved against ``base_url`` when it is given."""
    return _Converter(base_url).blocks(element)


def html_to_markdown(fragment: str) -> str:
    """Markdown for an HTML fragment or document (``""`` for one without text)."""
    return "\n\n".join(html_to_blocks(fragment))


def html_to_blocks(fragment: str, base_url: str = "") -> list[str]:
    """The Markdown blocks (paragraphs, headings, lists…) of an HTML fragment, in order;
    relative links and images are resolved against ``base_url`` when it is given."""
    if not fragment.strip():
        return []
    root = parse_html(fragment)
    return _Converter(base_url).blocks(root)


def parse_html(source: str | bytes) -> etree._Element:
    """An lxml tree of any HTML, however broken; the parser never fetches anything."""
    parser = lxml_html.HTMLParser(
        remove_comments=True, remove_pis=True, no_network=True, huge_tree=False
    )
    if isinstance(source, str):
        # lxml refuses str with an XML encoding declaration; strip it, the text is decoded.
        source = re.sub(r"^\s*<\?xml[^>]*\?>", "", source)
    try:
        root = lxml_html.fromstring(source, parser=parser)
    except (etree.ParserError, ValueError):
        root = lxml_html.fromstring("<div></div>", parser=parser)
    if _tag(root) != "html":
        wrapper = lxml_html.Element("div")
        wrapper.append(root)
        return wrapper
    return root


def plain_text(markdown_blocks: Iterable[str]) -> str:
    """Readable text of Markdown blocks (for excerpts and duplicate keys), markup removed."""
    return "\n\n".join(strip_markdown(b) for b in markdown_blocks)


def html_line(fragment: str) -> str:
    """The visible text of an HTML fragment on one line (a title or a name written as HTML):
    tags removed, entities decoded, whitespace collapsed."""
    if "<" not in fragment and "&" not in fragment:
        return " ".join(fragment.split())
    return " ".join(plain_text(html_to_blocks(fragment)).split())


_MD_IMAGE_RE: Final = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK_RE: Final = re.compile(r"\[([^\]]*)\]\(([^)]*)\)")
_MD_DECOR_RE: Final = re.compile(r"(^|\n)\s*(#{1,6}\s+|>\s?|[-+*]\s+|\d+[.)]\s+)")
_MD_ATTR_RE: Final = re.compile(r"\n?\{:[^}]*\}")


def strip_markdown(block: str) -> str:
    """One Markdown block as plain text: link labels kept, marks and attributes removed."""
    text = _MD_ATTR_RE.sub("", block)
    text = _MD_IMAGE_RE.sub(r"\1", text)
    text = _MD_LINK_RE.sub(r"\1", text)
    text = _MD_DECOR_RE.sub(r"\1", text)
    text = text.replace("**", "").replace("`", "")
    text = re.sub(r"(?<![\\\w])\*(?=\S)|(?<=\S)(?<!\\)\*(?!\w)", "", text)
    return unescape_text(text).strip()


def first_link(block: str) -> str:
    """The URL of the first Markdown link in ``block``, or ``""``."""
    match = _MD_LINK_RE.search(_MD_IMAGE_RE.sub("", block))
    return match.group(2) if match else ""
