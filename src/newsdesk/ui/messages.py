"""Errors from below the interface, told in the interface's language.

Services, importers and the search parser raise errors with a stable code and the values of
their sentence (``core.messages``); their English text is for the command line and the logs.
Here each code has its sentence for people, marked for translation, and :func:`describe`
fills in the same values, with the place an import names (file, line, column) translated
around it. A value that is text (a file name, a tag, an English detail from a library) is
shown as its own direction run, so a Latin path keeps its order inside an Arabic sentence.
An error without a known code still gets a translated frame around its English text.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from newsdesk.core.domain import Status
from newsdesk.core.messages import place_parts
from newsdesk.ui.i18n import isolated

CONTEXT = "ErrorMessages"

# Code → the sentence in English (the source of its translation); ``{name}`` are values.
SENTENCES: dict[str, str] = {
    "author.no_name": QT_TRANSLATE_NOOP("ErrorMessages", "An author needs a name."),
    "autosave.none": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Story {story_id} has no autosave to restore."
    ),
    "bulk.no_tag_to_add": QT_TRANSLATE_NOOP("ErrorMessages", "Name at least one tag to add."),
    "bulk.no_tag_to_remove": QT_TRANSLATE_NOOP("ErrorMessages", "Name at least one tag to remove."),
    "db.busy": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The database is busy: another program kept it locked for more than {seconds} s. "
        "Nothing was changed; try again.",
    ),
    "db.failed": QT_TRANSLATE_NOOP(
        "ErrorMessages", "The database failed: {detail}. Nothing was changed."
    ),
    "db.full": QT_TRANSLATE_NOOP(
        "ErrorMessages", "The disk that holds the database is full. Nothing was changed."
    ),
    "db.read_only": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The database cannot be written (it is read-only here). Nothing was changed.",
    ),
    "export.bad_base_url": QT_TRANSLATE_NOOP(
        "ErrorMessages", "The base URL must be an http(s) address, not “{url}”."
    ),
    "export.busy": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "Another export is writing {target} now; try again when it is done (nothing was changed).",
    ),
    "export.cannot_write": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Cannot write next to {folder}: {detail}."
    ),
    "export.clash": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "Two pages would be written at {path}; nothing was written.",
    ),
    "export.failed": QT_TRANSLATE_NOOP("ErrorMessages", "The export to {where} failed: {detail}."),
    "export.foreign_folder": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "{target} holds files that no Newsdesk export wrote; choose an empty or new folder.",
    ),
    "export.no_image": QT_TRANSLATE_NOOP(
        "ErrorMessages", "The image {sha}… is missing from the database."
    ),
    "export.no_process": QT_TRANSLATE_NOOP(
        "ErrorMessages", "The export process could not be started; the previous site is unchanged."
    ),
    "export.reader_gone": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The process that reads the database ended during the export; the previous site is intact.",
    ),
    "export.no_theme": QT_TRANSLATE_NOOP(
        "ErrorMessages", "The theme folder {folder} does not exist."
    ),
    "export.not_folder": QT_TRANSLATE_NOOP("ErrorMessages", "{target} exists and is not a folder."),
    "export.not_opened": QT_TRANSLATE_NOOP("ErrorMessages", "The writer was not opened."),
    "export.outside": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Refusing to write outside the site: “{path}”."
    ),
    "export.process_died": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The export process stopped (exit code {exit_code}); the previous site is unchanged.",
    ),
    "feed.item_no_id": QT_TRANSLATE_NOOP("ErrorMessages", "An item needs an 'id'."),
    "feed.item_not_object": QT_TRANSLATE_NOOP("ErrorMessages", "Each item must be a JSON object."),
    "feed.json_no_items": QT_TRANSLATE_NOOP("ErrorMessages", "A JSON Feed needs an 'items' list."),
    "feed.json_not_object": QT_TRANSLATE_NOOP("ErrorMessages", "A JSON Feed is a JSON object."),
    "feed.json_version": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Not a JSON Feed (version must start with {prefix})."
    ),
    "feed.not_a_feed": QT_TRANSLATE_NOOP("ErrorMessages", "Not an RSS or Atom feed."),
    "feed.nul": QT_TRANSLATE_NOOP("ErrorMessages", "The feed holds NUL bytes (a damaged file?)."),
    "feed.unreadable": QT_TRANSLATE_NOOP("ErrorMessages", "Not a readable feed ({detail})."),
    "field.bad_date": QT_TRANSLATE_NOOP(
        "ErrorMessages", "“{value}” is not a date (use 2026-11-28 or 2026-11-28T09:30:00Z)."
    ),
    "field.date_type": QT_TRANSLATE_NOOP("ErrorMessages", "A date must be text, not {kind}."),
    "field.names": QT_TRANSLATE_NOOP("ErrorMessages", "{what} must be a list of names."),
    "field.names_or_text": QT_TRANSLATE_NOOP(
        "ErrorMessages", "{what} must be a list of names or a comma-separated text."
    ),
    "field.not_text": QT_TRANSLATE_NOOP("ErrorMessages", "{what} must be text, not {kind}."),
    "field.status_type": QT_TRANSLATE_NOOP("ErrorMessages", "Status must be text, not {kind}."),
    "filter.unknown": QT_TRANSLATE_NOOP("ErrorMessages", "No {kind} is called “{value}”."),
    "filter.unknown_near": QT_TRANSLATE_NOOP(
        "ErrorMessages", "No {kind} is called “{value}”; the nearest known: {near}."
    ),
    "find.bad_regex": QT_TRANSLATE_NOOP(
        "ErrorMessages", "The regular expression is not valid: {detail}."
    ),
    "find.bad_replacement": QT_TRANSLATE_NOOP(
        "ErrorMessages", "The replacement is not valid: {detail}."
    ),
    "html.no_text": QT_TRANSLATE_NOOP("ErrorMessages", "No article text found in the page."),
    "html.no_title": QT_TRANSLATE_NOOP(
        "ErrorMessages", "The page has neither a title nor a heading."
    ),
    "html.nul": QT_TRANSLATE_NOOP(
        "ErrorMessages", "The file holds NUL bytes: it is not a web page."
    ),
    "html.too_large": QT_TRANSLATE_NOOP(
        "ErrorMessages", "{size:,} bytes is too large for an article page."
    ),
    "html.unreadable": QT_TRANSLATE_NOOP("ErrorMessages", "Cannot read the page ({detail})."),
    "import.bad_json": QT_TRANSLATE_NOOP("ErrorMessages", "Not valid JSON ({detail})."),
    "import.bad_status": QT_TRANSLATE_NOOP("ErrorMessages", "Unknown status “{status}”."),
    "import.folder": QT_TRANSLATE_NOOP(
        "ErrorMessages", "This is a folder: name the files in it to import."
    ),
    "import.no_file": QT_TRANSLATE_NOOP("ErrorMessages", "No such file."),
    "import.no_title": QT_TRANSLATE_NOOP("ErrorMessages", "The story has no title."),
    "import.not_utf8": QT_TRANSLATE_NOOP(
        "ErrorMessages", "The file is not UTF-8 (save it as UTF-8 and import again)."
    ),
    "import.nul_text": QT_TRANSLATE_NOOP(
        "ErrorMessages", "The file holds NUL bytes: it is not text."
    ),
    "import.unknown_content": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Not a format Newsdesk recognises; name it explicitly."
    ),
    "import.unknown_format": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Unknown import format “{name}” (known: {known})."
    ),
    "import.unreadable": QT_TRANSLATE_NOOP("ErrorMessages", "Cannot read the file: {detail}."),
    "jsonl.bad_date": QT_TRANSLATE_NOOP(
        "ErrorMessages", "“{value}” is not a date (use 2026-11-28 or 28/11/2026)."
    ),
    "jsonl.bad_tags": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Tags must be a list of strings or a comma-separated string."
    ),
    "jsonl.not_object": QT_TRANSLATE_NOOP("ErrorMessages", "Each line must be a JSON object."),
    "jsonl.not_text": QT_TRANSLATE_NOOP("ErrorMessages", "“{key}” must be text, not {kind}."),
    "jsonl.not_utf8": QT_TRANSLATE_NOOP("ErrorMessages", "The file is not UTF-8."),
    "list.bad_sort": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Cannot sort by “{sort}”; choose one of {known}."
    ),
    "list.negative": QT_TRANSLATE_NOOP("ErrorMessages", "Offset and limit must not be negative."),
    "markdown.bad_toml": QT_TRANSLATE_NOOP(
        "ErrorMessages", "The front matter is not TOML ({detail})."
    ),
    "markdown.bad_yaml": QT_TRANSLATE_NOOP(
        "ErrorMessages", "The front matter is not YAML ({detail})."
    ),
    "markdown.no_end": QT_TRANSLATE_NOOP("ErrorMessages", "No end of front matter ({detail})."),
    "markdown.no_title": QT_TRANSLATE_NOOP(
        "ErrorMessages", "The story has no title (give 'title:' or start with '# heading')."
    ),
    "markdown.no_toml_end": QT_TRANSLATE_NOOP(
        "ErrorMessages", "No end of front matter (a closing +++ line)."
    ),
    "markdown.not_mapping": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Must be a mapping of keys to values."
    ),
    "media.bomb": QT_TRANSLATE_NOOP(
        "ErrorMessages", "{name} decompresses to too many pixels: {detail}."
    ),
    "media.cannot_read": QT_TRANSLATE_NOOP("ErrorMessages", "Cannot read {path}: {detail}."),
    "media.damaged": QT_TRANSLATE_NOOP(
        "ErrorMessages", "{name} is damaged or truncated: {detail}."
    ),
    "media.empty": QT_TRANSLATE_NOOP("ErrorMessages", "{name} is empty."),
    "media.not_found": QT_TRANSLATE_NOOP("ErrorMessages", "No image {sha}… in the media library."),
    "media.text_too_long": QT_TRANSLATE_NOOP(
        "ErrorMessages", "The {what} has {count} characters; the limit is {limit}."
    ),
    "media.too_large": QT_TRANSLATE_NOOP(
        "ErrorMessages", "{name} is {size_mb:.1f} MB; images up to {limit_mb} MB are accepted."
    ),
    "media.too_many_pixels": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "{name} is {width} x {height} pixels; images up to {limit} megapixels are accepted.",
    ),
    "media.unreadable": QT_TRANSLATE_NOOP(
        "ErrorMessages", "{name} is not an image Newsdesk can read."
    ),
    "media.wrong_format": QT_TRANSLATE_NOOP(
        "ErrorMessages", "{name} is a {kind} image; use JPEG, PNG, GIF or WebP."
    ),
    "ninjs.bad_value": QT_TRANSLATE_NOOP("ErrorMessages", "Unknown value “{value}”."),
    "ninjs.item_not_object": QT_TRANSLATE_NOOP(
        "ErrorMessages", "A ninjs item must be a JSON object."
    ),
    "ninjs.no_headline": QT_TRANSLATE_NOOP("ErrorMessages", "The item has no headline."),
    "ninjs.not_list": QT_TRANSLATE_NOOP("ErrorMessages", "Must be a list."),
    "ninjs.not_object": QT_TRANSLATE_NOOP("ErrorMessages", "Must be an object."),
    "ninjs.not_objects": QT_TRANSLATE_NOOP("ErrorMessages", "Must be a list of objects."),
    "ninjs.not_text": QT_TRANSLATE_NOOP("ErrorMessages", "Must be text, not {kind}."),
    "ninjs.required_text": QT_TRANSLATE_NOOP("ErrorMessages", "Is required and must be text."),
    "page.empty": QT_TRANSLATE_NOOP("ErrorMessages", "The page is empty."),
    "page.headline_too_long": QT_TRANSLATE_NOOP(
        "ErrorMessages", "The first paragraph has more than {limit} words: it is not a headline."
    ),
    "page.no_body": QT_TRANSLATE_NOOP("ErrorMessages", "The page has a headline but no body."),
    "page.no_headline": QT_TRANSLATE_NOOP("ErrorMessages", "The page has no headline."),
    "related.bad_order": QT_TRANSLATE_NOOP(
        "ErrorMessages", "A new order must list the same related stories."
    ),
    "related.negative_missed": QT_TRANSLATE_NOOP(
        "ErrorMessages", "The You Missed block cannot hold a negative number of stories."
    ),
    "related.no_limit": QT_TRANSLATE_NOOP("ErrorMessages", "Ask for at least one suggestion."),
    "related.self": QT_TRANSLATE_NOOP("ErrorMessages", "A story cannot be related to itself."),
    "related.twice": QT_TRANSLATE_NOOP("ErrorMessages", "A related story is listed twice."),
    "saved_search.bad_sort": QT_TRANSLATE_NOOP("ErrorMessages", "Cannot sort by “{sort}”."),
    "saved_search.name_too_long": QT_TRANSLATE_NOOP(
        "ErrorMessages", "The name is longer than {limit} characters."
    ),
    "saved_search.no_name": QT_TRANSLATE_NOOP("ErrorMessages", "A saved search needs a name."),
    "search.bad_limit": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Limit must be 1 to {most}, not {limit}."
    ),
    "search.empty": QT_TRANSLATE_NOOP("ErrorMessages", "Type a word to search for."),
    "search.negative_offset": QT_TRANSLATE_NOOP("ErrorMessages", "Offset must not be negative."),
    "search.no_words": QT_TRANSLATE_NOOP(
        "ErrorMessages", "The search has no words in it, only signs and operators."
    ),
    "search.only_negated": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Say what to look for, not only what to leave out (-word)."
    ),
    "search.prefix_too_short": QT_TRANSLATE_NOOP(
        "ErrorMessages", "A prefix search needs at least {limit} letters before *."
    ),
    "search.too_many_clauses": QT_TRANSLATE_NOOP(
        "ErrorMessages", "A search may have at most {limit} words and phrases."
    ),
    "search.word_too_long": QT_TRANSLATE_NOOP(
        "ErrorMessages", "A word of more than {limit} characters cannot be searched."
    ),
    "section.exists": QT_TRANSLATE_NOOP("ErrorMessages", "The section “{name}” exists already."),
    "section.no_name": QT_TRANSLATE_NOOP("ErrorMessages", "A section needs a name."),
    "section.slug_taken": QT_TRANSLATE_NOOP("ErrorMessages", "The slug “{slug}” is taken."),
    "settings.numerals": QT_TRANSLATE_NOOP(
        "ErrorMessages", "The numeral style is “latn” or “arab”."
    ),
    "settings.slug_style": QT_TRANSLATE_NOOP(
        "ErrorMessages", "The slug style is “arabic”, “translit” or “id”."
    ),
    "settings.unknown": QT_TRANSLATE_NOOP("ErrorMessages", "Unknown setting “{key}”."),
    "spelling.bad_word": QT_TRANSLATE_NOOP(
        "ErrorMessages", "A dictionary entry is one word of at most 200 letters."
    ),
    "spelling.no_dictionary": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "No {language} dictionary is installed (Debian: apt-get install {package}).",
    ),
    "spelling.no_enchant": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Spell checking needs libenchant-2 ({detail})."
    ),
    "status.no_correction": QT_TRANSLATE_NOOP(
        "ErrorMessages", "A correction needs its note for readers."
    ),
    "status.not_allowed": QT_TRANSLATE_NOOP(
        "ErrorMessages", "A {current} story cannot become {target}."
    ),
    "status.trashed": QT_TRANSLATE_NOOP(
        "ErrorMessages", "The story is in the trash: restore it first."
    ),
    "story.bad_priority": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Priority must be 1 to 5, not {priority}."
    ),
    "story.body_too_long": QT_TRANSLATE_NOOP(
        "ErrorMessages", "The body has {count:,} characters; the limit is {limit:,}."
    ),
    "story.headline_too_long": QT_TRANSLATE_NOOP(
        "ErrorMessages", "The headline has {count} characters; the limit is {limit}."
    ),
    "story.no_featured_image": QT_TRANSLATE_NOOP(
        "ErrorMessages", "The featured image {sha}… is not in the media library."
    ),
    "story.no_headline": QT_TRANSLATE_NOOP("ErrorMessages", "A story needs a headline."),
    "story.no_revision": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Story {story_id} has no revision {revision_id}."
    ),
    "story.no_section": QT_TRANSLATE_NOOP("ErrorMessages", "There is no section “{section}”."),
    "story.no_uuid": QT_TRANSLATE_NOOP("ErrorMessages", "No story with uuid {uuid}."),
    "story.not_found": QT_TRANSLATE_NOOP("ErrorMessages", "No story with id {story_id}."),
    "story.nul_characters": QT_TRANSLATE_NOOP(
        "ErrorMessages", "The text holds NUL characters (a damaged file?)."
    ),
    "story.slug_frozen": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The slug of a published story is frozen: its address is already out there.",
    ),
    "tag.exists": QT_TRANSLATE_NOOP("ErrorMessages", "The tag “{name}” exists already."),
    "tag.exists_merge": QT_TRANSLATE_NOOP(
        "ErrorMessages", "The tag “{name}” exists already: merge “{old}” into it instead."
    ),
    "tag.merge_alone": QT_TRANSLATE_NOOP("ErrorMessages", "Name at least one other tag to merge."),
    "tag.not_found": QT_TRANSLATE_NOOP("ErrorMessages", "No tag “{tag}”."),
    "tag.unusable": QT_TRANSLATE_NOOP("ErrorMessages", "“{name}” is not a usable tag name."),
    "wxr.bad_date": QT_TRANSLATE_NOOP("ErrorMessages", "A date is not a date ({detail})."),
    "wxr.bad_status": QT_TRANSLATE_NOOP("ErrorMessages", "Unknown WordPress status “{status}”."),
    "wxr.no_channel": QT_TRANSLATE_NOOP(
        "ErrorMessages", "The file holds no WordPress channel or items."
    ),
    "wxr.no_rss": QT_TRANSLATE_NOOP("ErrorMessages", "Not a WordPress export (no <rss> root)."),
    "wxr.plain_rss": QT_TRANSLATE_NOOP(
        "ErrorMessages", "An RSS file without WordPress data: import it with the feed format."
    ),
    "xml.entities": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The file declares XML entities, which attacks use and no export needs: it is refused.",
    ),
    "xml.external_dtd": QT_TRANSLATE_NOOP(
        "ErrorMessages", "The file names an external DTD; it is refused for safety."
    ),
    "xml.malformed": QT_TRANSLATE_NOOP("ErrorMessages", "Not well-formed XML ({detail})."),
}

# Values that are one of a few English words: shown translated.
_WORDS: dict[str, str] = {
    "caption": QT_TRANSLATE_NOOP("ErrorMessages", "caption"),
    "credit": QT_TRANSLATE_NOOP("ErrorMessages", "credit"),
    "alt text": QT_TRANSLATE_NOOP("ErrorMessages", "alt text"),
    "front matter": QT_TRANSLATE_NOOP("ErrorMessages", "front matter"),
    "start of file": QT_TRANSLATE_NOOP("ErrorMessages", "start of file"),
    "document": QT_TRANSLATE_NOOP("ErrorMessages", "document"),
    "feed": QT_TRANSLATE_NOOP("ErrorMessages", "feed"),
    "root element": QT_TRANSLATE_NOOP("ErrorMessages", "root element"),
    "top level": QT_TRANSLATE_NOOP("ErrorMessages", "top level"),
    "unknown": QT_TRANSLATE_NOOP("ErrorMessages", "unknown"),
    "section": QT_TRANSLATE_NOOP("ErrorMessages", "section"),
    "tag": QT_TRANSLATE_NOOP("ErrorMessages", "tag"),
    "author": QT_TRANSLATE_NOOP("ErrorMessages", "author"),
}
# Values of these parameters are one of the words above (other values are names and text).
_WORD_PARAMS = frozenset({"what", "kind"})
# The numbered parts of a place in a file.
_PLACES: dict[str, str] = {
    "line": QT_TRANSLATE_NOOP("ErrorMessages", "line {n}"),
    "column": QT_TRANSLATE_NOOP("ErrorMessages", "column {n}"),
    "item": QT_TRANSLATE_NOOP("ErrorMessages", "item {n}"),
    "entry": QT_TRANSLATE_NOOP("ErrorMessages", "entry {n}"),
}
# Values that name a story status.
_STATUS_PARAMS = frozenset({"current", "target"})


class Coded(Protocol):
    """What :func:`describe` reads: a code, its values, and (for a file) the place."""

    code: str
    params: dict[str, Any]


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _shown(name: str, value: Any) -> str:
    """One value as the sentence shows it."""
    if name in _STATUS_PARAMS and value in {s.value for s in Status}:
        from newsdesk.ui.story_list.model import status_label

        return status_label(Status(value))
    if isinstance(value, str):
        return _t(_WORDS[value]) if name in _WORD_PARAMS and value in _WORDS else isolated(value)
    return value  # numbers keep their format spec ({size:,}, {size_mb:.1f})


def place(location: str) -> str:
    """``"line 12, column 3"`` in the interface's language."""
    shown = []
    for kind, value in place_parts(location):
        if kind in _PLACES:
            shown.append(_t(_PLACES[kind]).format(n=value))
        elif kind == "word":
            shown.append(_t(_WORDS[value]) if value in _WORDS else value)
        else:
            shown.append(isolated(value))
    return _t(", ").join(shown)


def sentence(code: str, params: Mapping[str, Any], english: str) -> str:
    """The sentence for ``code`` with ``params``; ``english`` in a translated frame when the
    code is unknown (or its translation does not fit the values)."""
    source = SENTENCES.get(code)
    if source is not None:
        values = {name: _shown(name, value) for name, value in params.items()}
        try:
            return _t(source).format(**values)
        except (KeyError, IndexError, ValueError):
            pass
    return _t("Not done: {detail}").format(detail=isolated(english))


def _english(error: Any) -> str:
    text = getattr(error, "message", None) or getattr(error, "text", None)
    if isinstance(text, str):
        return text
    template = getattr(error, "template", None)
    if isinstance(template, str):
        params = getattr(error, "params", {})
        return template.format(**params) if getattr(error, "code", "") else template
    return str(error)


def describe(error: BaseException | Coded) -> str:
    """What went wrong, in the interface's language: the error's sentence, after the file
    and place it names (an import error, or an import preview's ``Refusal``)."""
    code = getattr(error, "code", "") or ""
    params = getattr(error, "params", None) or {}
    said = sentence(code, params, _english(error))
    path = getattr(error, "path", None)
    if not isinstance(path, str) or not path:
        return said
    location = getattr(error, "location", "") or ""
    if location:
        return _t("{file}, {place}: {sentence}").format(
            file=isolated(path), place=place(location), sentence=said
        )
    return _t("{file}: {sentence}").format(file=isolated(path), sentence=said)


# Marked for translation; used through ``_t`` above.
_FRAMES = (
    QT_TRANSLATE_NOOP("ErrorMessages", "Not done: {detail}"),
    QT_TRANSLATE_NOOP("ErrorMessages", ", "),
    QT_TRANSLATE_NOOP("ErrorMessages", "{file}, {place}: {sentence}"),
    QT_TRANSLATE_NOOP("ErrorMessages", "{file}: {sentence}"),
)
