"""What may pass from a story into a page or a feed: one allow-list, used by every exporter.

Story text comes from reporters, pasted web pages and imported archives; none of it is trusted.
Bodies are rendered by ``core.markup.render_html`` and then cleaned by nh3 (ammonia) with an
allow-list of tags, attributes, ``dir`` values and URL schemes, so no script, event handler,
``javascript:`` URL, ``style`` or frame survives. Metadata (headlines, names, captions) is plain
text that Jinja2 escapes; here it only loses the characters that can disguise or break it: bidi
embedding/override/isolate controls (direction is carried by ``dir`` in the markup instead) and
the control characters XML 1.0 and HTML forbid.

Bodies are cleaned once, when they enter the render cache (``core.markup.page_html``, called
when a story is saved or imported): an export then shows cached HTML as it is. ``VERSION`` is
part of the cache's key, so a change to the allow-list (or to nh3) cleans every body again.
"""

from __future__ import annotations

import re
from typing import Final

import nh3

from newsdesk.core.text import balance_bidi_controls, strip_bidi_controls

#: Changes whenever what ``sanitize_html`` lets through changes (part of the render cache key).
VERSION: Final = "safe-1-nh3-" + getattr(nh3, "__version__", "?")

#: C0 controls except tab, line feed and carriage return; DEL and the C1 range; surrogates and
#: the noncharacters U+FFFE/U+FFFF: forbidden in XML 1.0, parse errors in HTML.
_FORBIDDEN_RE: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")

BLOCK_TAGS: Final = (
    "p",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "td",
    "th",
    "dt",
    "dd",
    "figcaption",
    "caption",
)
_DIRS: Final = {"ltr", "rtl", "auto"}
_TAGS: Final = {
    *BLOCK_TAGS,
    "a",
    "abbr",
    "b",
    "bdi",
    "bdo",
    "br",
    "cite",
    "code",
    "dl",
    "del",
    "em",
    "figure",
    "hr",
    "i",
    "img",
    "ins",
    "kbd",
    "mark",
    "ol",
    "pre",
    "q",
    "s",
    "small",
    "span",
    "strong",
    "sub",
    "sup",
    "table",
    "tbody",
    "tfoot",
    "thead",
    "tr",
    "u",
    "ul",
}
_ATTRIBUTES: Final = {
    "*": {"lang", "title"},
    "a": {"href"},
    "img": {"src", "alt", "width", "height"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "ol": {"start"},
    "abbr": {"title"},
}
_BIDI_RE: Final = re.compile("[\u202a-\u202e\u2066-\u2069]")
_LANG_RE: Final = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}")
_NUMBER_RE: Final = re.compile(r"\d{1,5}")


def _attribute_filter(tag: str, attribute: str, value: str) -> str | None:
    if attribute == "lang":
        return value if _LANG_RE.fullmatch(value) else None
    if attribute in ("width", "height", "colspan", "rowspan", "start"):
        return value if _NUMBER_RE.fullmatch(value) else None
    if attribute == "scope":
        return value if value in ("row", "col", "rowgroup", "colgroup") else None
    return strip_bidi_controls(value) if attribute in ("title", "alt") else value


_CLEANER: Final = nh3.Cleaner(
    tags=_TAGS,
    clean_content_tags={"script", "style", "iframe", "object", "embed", "template", "noscript"},
    attributes=_ATTRIBUTES,
    attribute_filter=_attribute_filter,
    tag_attribute_values={tag: {"dir": _DIRS} for tag in _TAGS},
    url_schemes={"http", "https", "mailto"},
    link_rel="noopener noreferrer",
    strip_comments=True,
)

#: A block tag without a ``dir`` gets ``dir="auto"``: each paragraph takes the direction of its
#: first strong character, as in the editor. Safe as a regex because the sanitiser's output is
#: normalised and these tags only keep ``dir``, ``lang`` and ``title`` attributes.
_BLOCK_OPEN_RE: Final = re.compile(r"<(" + "|".join(BLOCK_TAGS) + r")(?=[\s>])(?![^>]*\bdir=)")


_DIRTY_RE: Final = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff\u202a-\u202e\u2066-\u2069]"
)


def clean_text(value: str) -> str:
    """Metadata as it may appear anywhere: no bidi controls, no forbidden characters."""
    # One search first: almost every string is already clean, and pages print many of them.
    if _DIRTY_RE.search(value) is None:
        return value
    return _FORBIDDEN_RE.sub("", strip_bidi_controls(value))


_BLOCK_CLOSE_RE: Final = re.compile(r"(?=</(?:" + "|".join(BLOCK_TAGS) + r")>)")
#: A paragraph separator for ``balance_bidi_controls`` (never left in the output: XML forbids it).
_BLOCK_END: Final = "\x1c"


#: nh3 gives every ``<a>`` a ``rel``; one whose unsafe ``href`` was removed must lose it too (a
#: ``rel`` without ``href`` is invalid HTML) and stays as a plain placeholder link.
_REL_WITHOUT_HREF_RE: Final = re.compile(
    r'<a((?: (?:lang|title|dir)="[^"]*")*) rel="noopener noreferrer">'
)


def sanitize_html(html: str) -> str:
    """Rendered body HTML made safe for any page or feed, every block carrying a direction.

    Bidi controls are balanced per block: a control left open in one paragraph is closed before
    that paragraph's end tag, so it cannot reorder the next block or the page around the body.
    """
    cleaned = _CLEANER.clean(_FORBIDDEN_RE.sub("", html))
    cleaned = _REL_WITHOUT_HREF_RE.sub(r"<a\1>", cleaned)
    cleaned = _BLOCK_OPEN_RE.sub(r'<\1 dir="auto"', cleaned)
    if not _BIDI_RE.search(cleaned):
        return cleaned
    marked = _BLOCK_CLOSE_RE.sub(_BLOCK_END, cleaned)
    return balance_bidi_controls(marked).replace(_BLOCK_END, "")
