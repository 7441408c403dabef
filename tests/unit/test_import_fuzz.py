"""Malformed input for every format: a reader either reads it or raises ImportFormatError.

Inputs are valid files broken the ways files break: cut short, bytes flipped, bytes inserted,
pieces deleted, other encodings. No other exception may escape (a crash would lose the
user's import with a traceback instead of a message naming the file and the place).
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_readers import ARTICLE_HTML, ATOM, PAGE_EN_AR, RSS, WXR_AR

from newsdesk.importers import default_registry
from newsdesk.importers.base import ImportedStory, ImportFormatError, SkippedItem

VALID: dict[str, bytes] = {
    "page": PAGE_EN_AR.encode(),
    "html": ARTICLE_HTML.encode(),
    "wxr": WXR_AR.encode(),
    "feed": RSS.encode(),
    "markdown": "---\ntitle: عنوان\ntags: [أ, ب]\ndate: 2026-11-20\n---\n\n# عنوان\n\nنص **عريض**.\n".encode(),
    "ninjs": json.dumps(
        {
            "uri": "urn:x",
            "type": "composite",
            "headlines": [{"value": "حزمة"}],
            "associations": [
                {
                    "uri": "urn:a",
                    "type": "text",
                    "headlines": [{"role": "main", "value": "عنوان"}],
                    "bodies": [{"contentType": "text/html", "value": "<p>نص</p>"}],
                    "versionCreated": "2026-11-20T08:00:00Z",
                }
            ],
        },
        ensure_ascii=False,
    ).encode(),
    "jsonl": '{"title": "خبر", "body": "نص", "tags": ["أ"]}\n{"title": "ثان"}\n'.encode(),
}
VALID["atom"] = ATOM.encode()
VALID["jsonfeed"] = json.dumps(
    {"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "1", "title": "خبر"}]}
).encode()
READER_OF = {"atom": "feed", "jsonfeed": "feed"}


@st.composite
def broken(draw: st.DrawFn, original: bytes) -> bytes:
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 4))):
        action = draw(st.sampled_from(["cut", "flip", "insert", "delete", "recode"]))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if action == "cut":
            del data[at:]
        elif action == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        elif action == "insert":
            data[at:at] = draw(
                st.sampled_from(
                    [
                        b"<",
                        b">",
                        b"&",
                        b"&lol;",
                        b"]]>",
                        b'"',
                        b"{",
                        b"}",
                        b"\x00",
                        b"\xff\xfe",
                        b"---\n",
                        b"<!ENTITY x 'y'>",
                        b"\n\n",
                        b"\xd8",
                        b"<item>",
                        b"</channel>",
                    ]
                )
            )
        elif action == "delete":
            del data[at : at + draw(st.integers(1, 40))]
        elif action == "recode":
            try:
                data = bytearray(data.decode("utf-8").encode("cp1256", "replace"))
            except UnicodeDecodeError:
                data = bytearray(data[::-1])
    return bytes(data)


def _read_all(fmt: str, data: bytes) -> None:
    registry = default_registry()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "input.dat"
        path.write_bytes(data)
        reader = registry.get(READER_OF.get(fmt, fmt))
        try:
            for item in reader.read(path):
                assert isinstance(item, ImportedStory | SkippedItem)
                if isinstance(item, ImportedStory):
                    assert isinstance(item.headline, str) and isinstance(item.body, str)
        except ImportFormatError as exc:
            assert exc.path == str(path)
            assert str(exc).startswith(str(path))
            assert exc.message
            assert exc.location, f"no place named: {exc}"  # a line, an item, a JSON path…


@pytest.mark.parametrize("fmt", sorted(VALID))
def test_the_unbroken_files_read(fmt: str) -> None:
    _read_all(fmt, VALID[fmt])


@pytest.mark.parametrize("fmt", sorted(VALID))
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_broken_files_give_a_clear_error_or_read(fmt: str, data: st.DataObject) -> None:
    _read_all(fmt, data.draw(broken(VALID[fmt])))


@pytest.mark.parametrize("fmt", sorted(set(VALID) - {"atom", "jsonfeed"}))
@settings(max_examples=25, deadline=None)
@given(raw=st.binary(max_size=300))
def test_arbitrary_bytes_give_a_clear_error_or_read(fmt: str, raw: bytes) -> None:
    _read_all(fmt, raw)
