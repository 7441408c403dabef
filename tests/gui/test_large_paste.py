"""A paste of a whole file: bounded work per turn of the event loop, nothing lost, and a
paste beyond what a story can hold refused with a message."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox

from newsdesk.core import text as core_text
from newsdesk.services.container import Services
from newsdesk.services.spelling import SpellingService
from newsdesk.ui.editor.text_edit import StoryTextEdit
from newsdesk.ui.spell.highlighter import BLOCKS_PER_TURN

pytestmark = pytest.mark.gui

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "arabic_news.jsonl"


class RejectsTypos:
    """A dictionary that knows every word but the ones spelt with "خطاء"."""

    def check(self, word: str) -> bool:
        return "خطاء" not in word

    def suggest(self, word: str) -> list[str]:
        return []


def _underlined(block) -> bool:  # type: ignore[no-untyped-def]
    return any(
        r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline
        for r in block.layout().formats()
    )


def _mime(text: str) -> QMimeData:
    mime = QMimeData()
    mime.setText(text)
    return mime


@pytest.fixture
def editor(qtbot, arabic_app, demo_services: Services) -> StoryTextEdit:  # type: ignore[no-untyped-def]
    widget = StoryTextEdit()
    qtbot.addWidget(widget)
    widget.resize(700, 400)
    widget.show()
    service = SpellingService(
        demo_services.database, checker_factory=lambda _lang: RejectsTypos(), languages=("ar",)
    )
    highlighter = widget.enable_spelling(service)
    with qtbot.waitSignal(highlighter.status_changed, timeout=10_000):
        pass
    return widget


def test_spell_checking_a_long_paste_is_bounded_per_turn_and_follows_the_view(
    qtbot, editor: StoryTextEdit, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    highlighter = editor.spell_highlighter
    assert highlighter is not None
    checked: list[str] = []
    misspelt = highlighter.service.misspelt
    monkeypatch.setattr(
        highlighter.service, "misspelt", lambda text: checked.append(text) or misspelt(text)
    )
    paragraphs = [f"الفقرة رقم {n} فيها خطاء واحد" for n in range(400)]
    editor.insertFromMimeData(_mime("\n\n".join(paragraphs)))
    assert editor.document().blockCount() == 400
    assert 0 < len(checked) <= BLOCKS_PER_TURN, "the paste itself checks a bounded number"
    for _ in range(10):
        before = len(checked)
        QApplication.processEvents()
        assert len(checked) - before <= BLOCKS_PER_TURN
    # The view shows the end of the paste: that is underlined; the middle waits for the view.
    first, _last = editor.visible_range()
    document = editor.document()
    assert first > 0 and _underlined(document.findBlock(first))
    assert _underlined(document.lastBlock())
    middle = document.findBlockByNumber(200)
    assert middle.position() < first and not _underlined(middle)
    assert len(checked) < 200, "paragraphs nobody looks at are left alone"
    editor.setTextCursor(QTextCursor(middle))
    editor.ensureCursorVisible()
    qtbot.waitUntil(lambda: _underlined(document.findBlockByNumber(200)), timeout=5000)


def test_directions_of_a_long_paste_are_set_in_one_pass_and_undone_in_one_step(
    editor: StoryTextEdit, monkeypatch
) -> None:
    passes: list[int] = []
    set_formats = editor._set_block_formats_quietly
    monkeypatch.setattr(
        editor, "_set_block_formats_quietly", lambda c: passes.append(len(c)) or set_formats(c)
    )
    paragraphs = [f"Reuters report number {n}" if n % 2 else f"تقرير رقم {n}" for n in range(300)]
    editor.insertFromMimeData(_mime("\n\n".join(paragraphs)))
    assert len(passes) == 1
    block = editor.document().begin()
    for n in range(300):
        expected = "ltr" if n % 2 else "rtl"
        assert core_text.first_strong_direction(block.text()) == expected
        wanted = Qt.LayoutDirection.LeftToRight if n % 2 else Qt.LayoutDirection.RightToLeft
        assert block.blockFormat().layoutDirection() == wanted, block.text()
        block = block.next()
    editor.undo()
    assert editor.toPlainText() == ""


def test_a_paste_beyond_what_a_story_holds_is_refused_with_a_message(
    editor: StoryTextEdit, monkeypatch
) -> None:
    monkeypatch.setattr("newsdesk.ui.paste.MAX_BODY_CHARS", 1000)
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, title, text, *a: told.append((title, text))
    )
    editor.insertFromMimeData(_mime("كلمة " * 150))  # 750 characters: room for them
    assert len(editor.toPlainText()) == 749 and told == []
    editor.insertFromMimeData(_mime("نص " * 100))  # 300 more: beyond 1,000
    assert len(editor.toPlainText()) == 749
    assert told == [
        (
            "لم يُلصق شيء",
            "عدد الأحرف في الحافظة 300، وبها يتجاوز الخبر أقصى طول له (1,000 حرف). لم يُلصق شيء.",
        )
    ]


def test_a_long_paste_of_real_news_loses_no_word(editor: StoryTextEdit) -> None:
    if not CORPUS.exists():
        pytest.skip("../shared/corpus is not here (a checkout outside the workspace)")
    paragraphs: list[str] = []
    with CORPUS.open(encoding="utf-8") as lines:
        for line in lines:
            paragraphs += [p for p in json.loads(line)["body"].split("\n") if p.strip()]
            if len(paragraphs) >= 600:
                break
    pasted = "\n\n".join(paragraphs)
    editor.insertFromMimeData(_mime(pasted))
    assert core_text.normalize(editor.plain_text()).split() == core_text.normalize(pasted).split()


def test_the_autosave_gets_the_same_story_with_its_markdown_written_later(
    qtbot, arabic_app, demo_services: Services
) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from newsdesk.ui.editor.tab import StoryEditorTab

    story = demo_services.stories.get(demo_services.stories.ids(limit=1)[0])
    tab = StoryEditorTab(demo_services, story)
    qtbot.addWidget(tab)
    tab.editor.moveCursor(QTextCursor.MoveOperation.End)
    tab.editor.insertFromMimeData(_mime("فقرة جديدة\n\nEnglish paragraph"))
    data, body = tab.capture_input()
    assert data.body == ""
    assert replace(data, body=body()) == tab.current_input()
    assert body().endswith("فقرة جديدة\n\nEnglish paragraph\n")
