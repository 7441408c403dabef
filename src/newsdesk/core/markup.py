"""Story bodies: the one Markdown dialect Newsdesk stores and the one way it becomes HTML.

The editor writes it, importers produce it, every exporter renders it through ``render_html``,
so a paragraph looks the same in the preview, on the site and in a feed.

The dialect is Python-Markdown with two extensions:

- ``attr_list`` carries what plain Markdown cannot, such as a paragraph forced left-to-right
  (``{: dir="ltr" }`` on the line after it) or an image's size;
- ``sane_lists`` keeps bulleted and numbered lists apart, as a writer expects.

``smarty`` is left out on purpose: Arabic copy already uses “…” and «…», smarty would turn
ASCII quotes inside Latin names into curly ones behind the writer's back, and it doubles the
rendering cost (PERFORMANCE.md). Strikethrough (``~~x~~``) is not part of the dialect and stays
literal text, which is what the editor shows.

``render_html`` is *not* sanitised (the editor's preview shows it in a widget that runs no
script); ``page_html`` is, with the exporters' allow-list (``core.sanitize``): it is what the
render cache keeps, keyed by ``body_hash``, and what pages and feeds show.
"""

from __future__ import annotations

import hashlib
import re
import threading
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    import markdown

EXTENSIONS: tuple[str, ...] = ("attr_list", "sane_lists")

_local = threading.local()


@cache
def renderer_version() -> str:
    """Changes whenever the dialect or its rendering changes; part of every cache key.

    Python-Markdown's version is read from its installed metadata (the same string as
    ``markdown.__version__``, tested): the package itself is imported only in ``_renderer``,
    when a body is rendered. The story list imports this module at start-up and renders
    nothing, and an export after a change finds its bodies rendered (0.04 s of imports).
    The number after the extensions counts changes to Newsdesk's own part of what the render
    cache keeps: 2 since summaries show escaped marks and entities as the text they stand for,
    3 since inline marks leave no space in them.
    """
    from importlib.metadata import version

    from newsdesk.core.sanitize import VERSION

    return "md-" + version("markdown") + "-" + "+".join(EXTENSIONS) + "-3-" + VERSION


def _renderer() -> markdown.Markdown:
    # One instance per thread, reset between stories: 12-14 % faster than a new one each time.
    md = getattr(_local, "md", None)
    if md is None:
        import markdown

        md = markdown.Markdown(extensions=list(EXTENSIONS), output_format="html")
        _local.md = md
    return md


#: What could make Python-Markdown (with ``EXTENSIONS``) do more than wrap paragraphs: its
#: inline and attribute markers, characters it escapes, the STX/ETX it keeps for itself
#: (among the control characters) and tabs (``_MARKERS``); whitespace at either end of a
#: line (indented code, hard breaks, lines it would blank) and what can open a block:
#: headings, quotes, lists, rules, setext underlines (``_plain_lines``). Most copy has none
#: of them: 93 % of the bodies of the benchmark corpus.
_MARKERS = re.compile(r"[\\`*_\[\]!<>&{}#+=|~\x00-\x09\x0b-\x1f\x7f]")
_NUMBERED = re.compile(r"\d+[.)]")
_PARAGRAPH_BREAK = re.compile(r"\n{2,}")


def _plain_lines(body: str) -> bool:
    """No line of ``body`` starts with whitespace, a number and ``.`` or ``)``, or ``-``, nor
    ends with whitespace (``\\s`` and ``\\d`` as ``re`` reads them).

    A loop over the lines: one regular expression with ``^`` and ``$`` tried at every
    character took 20 times as long (40 us a story)."""
    for line in body.split("\n"):
        if line and (
            line[-1].isspace()
            or line[0].isspace()
            or line[0] == "-"
            or (line[0].isdecimal() and _NUMBERED.match(line) is not None)
        ):
            return False
    return True


@lru_cache(maxsize=8)
def is_plain(body: str) -> bool:
    """Whether ``body`` is certainly plain text, with no Markdown, escape or entity in it: what
    a reader sees is the body itself, in paragraphs.

    Remembered for the last few bodies: saving a story asks it of the same body for the page,
    the summary and the word count (about 50 us a story each time)."""
    return _MARKERS.search(body) is None and _plain_lines(body)


def _plain_html(body: str) -> str | None:
    """What Python-Markdown makes of a body written without any Markdown, or ``None`` when
    the body might hold some: then Python-Markdown renders it.

    For such a body the dialect only wraps each paragraph (lines between blank lines) in
    ``<p>``, keeping its line breaks; this gives the same bytes (tested against Python-Markdown
    on the shared corpus and on generated text) at about a twentieth of the cost, which is
    a third of analysing a story on import.
    """
    if not is_plain(body):
        return None
    return "\n".join([f"<p>{p}</p>" for p in _paragraphs(body)])


def _paragraphs(body: str) -> list[str]:
    """The paragraphs of a plain body: its lines between blank lines."""
    return [p for p in _PARAGRAPH_BREAK.split(body.strip("\n")) if p]


def render_html(body: str) -> str:
    """The HTML of a Markdown body (unsanitised; exporters sanitise)."""
    plain = _plain_html(body)
    if plain is not None:
        return plain
    md = _renderer()
    try:
        html: str = md.reset().convert(body)
        return html
    finally:
        md.reset()


#: What the sanitiser (``core.sanitize``) would change in the text of a plain body: the
#: characters it removes (C1 controls, surrogates, U+FFFE/U+FFFF; the C0 ones make a body not
#: plain) and the bidi controls it balances per paragraph.
_SANITISED_TEXT = re.compile("[\x80-\x9f\ud800-\udfff\ufffe\uffff\u202a-\u202e\u2066-\u2069]")


#: Python-Markdown's backslash escapes (``Markdown.ESCAPED_CHARS``, tested) but ``\>``, which
#: it writes as ``&gt;``: the character stays, the backslash goes.
_ESCAPE_PAIR_RE: Final = re.compile(r"\\([\\`*_{}\[\]()#+\-.!])")


def _shown_text(body: str) -> str | None:
    """The text a reader sees of a body that is plain but for backslash escapes (the body
    itself when it has none), or None when Python-Markdown may see more in it.

    The escapes are what an import writes for such characters in plain copy (``\\*``: 7 % of
    the bodies of the benchmark corpus, most of the rest of the Markdown it renders). An
    escaped character is text to every block and inline rule, so the body is plain when it is
    without them: no other mark (``_MARKERS``, a lone backslash included) and no line shape."""
    if is_plain(body):
        return body
    if "\\" not in body or not _plain_lines(body):
        return None
    if _MARKERS.search(_ESCAPE_PAIR_RE.sub("", body)) is not None:
        return None
    return _ESCAPE_PAIR_RE.sub(r"\1", body)


def page_html(body: str) -> str:
    """What a page shows for ``body``: rendered, then cleaned by the exporters' allow-list."""
    shown = _shown_text(body)
    if shown is not None and _SANITISED_TEXT.search(shown) is None:
        # What the allow-list makes of plain paragraphs, without parsing them again (a fifth
        # of analysing a story on import): each ``<p>`` gets ``dir="auto"`` and the serialiser
        # writes the no-break space as an entity; nothing else in such text changes (tested
        # against Python-Markdown and the sanitiser on generated text and on every corpus
        # body).
        paragraphs = _paragraphs(shown)
        if not paragraphs:
            return ""
        html = '<p dir="auto">' + '</p>\n<p dir="auto">'.join(paragraphs) + "</p>"
        return html.replace("\xa0", "&nbsp;") if "\xa0" in html else html
    from newsdesk.core.sanitize import sanitize_html

    return sanitize_html(render_html(body))


# Plain text into the dialect: what importers use for text that is not Markdown.

_ESCAPE_RE: Final = re.compile(r"([\\`*_\[\]{}])")
#: The characters ``_ESCAPE_RE`` escapes.
_ESCAPED: Final = "\\`*_[]{}"
#: What Python-Markdown would read as an HTML entity, a tag or an autolink in plain text.
_HTML_LIKE_RE: Final = re.compile(r"&(?=#|\w+;)|<(?=\S)")
#: What opens a block at the start of a line: a heading (``#`` needs no space after it), a quote,
#: a list item or a rule (``-``, ``+``), a numbered item, a setext underline (``=``).
_LINE_START_RE: Final = re.compile(r"^([#>+-])|^(\d+)\.(?=\s|$)|^=", re.MULTILINE)
_SPACE_RE: Final = re.compile(r"[ \t\r\n\f\v]+")
#: The characters of ``_SPACE_RE`` other than the space.
_OTHER_SPACES: Final = "\t\r\n\f\v"


def escape_inline(text: str) -> str:
    """Inline text as Markdown that shows exactly that text, wherever it stands in a line (the
    start of a line needs :func:`at_line_starts` as well)."""
    # Each substitution only when its characters occur: a test with ``in`` is a fast scan,
    # where a regular expression steps through every character of the paragraph (an import
    # escapes every line of every story; most hold none of these).
    if any(mark in text for mark in _ESCAPED):
        text = _ESCAPE_RE.sub(r"\\\1", text)
    if "&" in text or "<" in text:
        text = _HTML_LIKE_RE.sub(lambda m: "&amp;" if m.group() == "&" else "&lt;", text)
    return text


def _line_start(match: re.Match[str]) -> str:
    if match.group(1):
        return "\\" + match.group(1)
    if match.group(2):
        return match.group(2) + "\\."  # a digit cannot be escaped, the dot can
    return "&#61;"  # nor can "=": an entity shows it


def at_line_starts(text: str) -> str:
    """Escape whatever would open a block at the start of each line of ``text``."""
    return _LINE_START_RE.sub(_line_start, text)


def escape_text(line: str) -> str:
    """Plain text as one Markdown paragraph that renders as exactly that text (runs of
    whitespace, line breaks included, become one space, as HTML shows them)."""
    return at_line_starts(escape_inline(collapse_spaces(line)))


def collapse_spaces(line: str) -> str:
    """``line`` with each run of whitespace made one space, stripped at both ends.

    The substitution runs only for a line that needs more than the strip: replacing every
    single space between words by a space cost about 15 us a paragraph, most of the escaping
    of an imported story.
    """
    if "  " in line or any(space in line for space in _OTHER_SPACES):
        line = _SPACE_RE.sub(" ", line)
    return line.strip()


#: Python-Markdown's backslash escapes (the character stays, the backslash goes) and entities,
#: which count only with their semicolon, as Python-Markdown reads them ("&copy" is text).
#: One scan from the left: an escape inside an entity-like run ("&copy\\_;") unmakes the
#: entity, as it does for Python-Markdown.
_UNESCAPE_RE: Final = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])|&#?\w+;")


def _unescaped(match: re.Match[str]) -> str:
    if match.group(1) is not None:
        return match.group(1)
    from html import unescape

    return unescape(match.group())


def unescape_text(text: str) -> str:
    """Markdown text with its escapes (``\\*``) and entities (``&lt;``) turned back into the
    characters they stand for: the inverse of :func:`escape_inline` (marks are left alone)."""
    if "\\" not in text and "&" not in text:
        return text
    return _UNESCAPE_RE.sub(_unescaped, text)


def body_hash(body: str) -> str:
    """A key for caching a body's page HTML: the body, the renderer's and the sanitiser's
    versions."""
    digest = hashlib.sha256()
    digest.update(renderer_version().encode())
    digest.update(b"\0")
    digest.update(body.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()
