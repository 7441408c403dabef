"""Paste helpers on a QTextEdit and the spell-check highlighter on real Arabic text."""

from __future__ import annotations

import pytest
from paste_contract import check_paste_then_undo
from PySide6.QtCore import QMimeData, QPoint
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu, QTextEdit

from newsdesk.services.container import Services
from newsdesk.ui.paste import (
    clean_mime_html,
    clean_mime_text,
    paste_as_plain_text,
    paste_plain_action,
)
from newsdesk.ui.spell.highlighter import SpellHighlighter, add_spelling_actions, word_at

pytestmark = pytest.mark.gui


class CleanPasteEdit(QTextEdit):
    """The one line the story editor adds: its Ctrl+V goes through ``insert_clean``."""

    def insertFromMimeData(self, source: QMimeData) -> None:
        from newsdesk.ui.paste import insert_clean

        insert_clean(self, source)


def test_paste_then_undo_contract(qtbot, arabic_app) -> None:  # type: ignore[no-untyped-def]
    editor = CleanPasteEdit()
    qtbot.addWidget(editor)
    check_paste_then_undo(editor)


def test_mime_cleaning(qapp) -> None:  # type: ignore[no-untyped-def]
    mime = QMimeData()
    mime.setText("*عاجل*\u00a0خبر\u200f")
    assert clean_mime_html(mime) == "<p><b>عاجل</b> خبر</p>"
    assert clean_mime_text(mime) == "*عاجل* خبر"
    html_only = QMimeData()
    html_only.setHtml("<p style='color:red'>فقرة <b>عريضة</b></p><p>ثانية</p>")
    assert clean_mime_html(html_only) == "<p>فقرة <b>عريضة</b></p><p>ثانية</p>"
    assert clean_mime_text(html_only) == "فقرة عريضة\nثانية"
    assert clean_mime_html(QMimeData()) == ""


def test_paste_as_plain_text_is_one_undo_step(qtbot, arabic_app) -> None:  # type: ignore[no-untyped-def]
    editor = QTextEdit()
    qtbot.addWidget(editor)
    editor.setPlainText("قبل ")
    editor.document().clearUndoRedoStacks()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    QApplication.clipboard().setText("نص\u00a0من\u200f واتساب")
    action = paste_plain_action(editor)
    assert action.text() == "لصق كنص عادي" and action.shortcut().toString() == "Ctrl+Shift+V"
    action.trigger()
    assert editor.toPlainText() == "قبل نص من واتساب"
    editor.undo()
    assert editor.toPlainText() == "قبل "
    mime = QMimeData()
    mime.setHtml("<b>عريض</b>")
    paste_as_plain_text(editor, mime)
    assert editor.toPlainText() == "قبل عريض"
    assert not editor.textCursor().charFormat().font().bold()


def _underlined(editor: QTextEdit, block_number: int = 0) -> list[str]:
    block = editor.document().findBlockByNumber(block_number)
    return [
        block.text()[r.start : r.start + r.length]
        for r in block.layout().formats()
        if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline
    ]


@pytest.fixture
def spell_editor(qtbot, arabic_app, demo_services: Services):  # type: ignore[no-untyped-def]
    editor = QTextEdit()
    qtbot.addWidget(editor)
    editor.resize(700, 300)
    editor.setPlainText(
        "أعلنت الحكومه في العاصمة عمّان عن خطة جديدة.\nThe goverment of Jordan announced a plan."
    )
    highlighter = SpellHighlighter(editor.document(), demo_services.spelling)
    editor.show()
    return editor, highlighter, demo_services.spelling


def test_highlighter_loads_in_background_and_underlines_per_script(spell_editor, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor, highlighter, _service = spell_editor
    assert _underlined(editor) == []  # nothing before the dictionaries are in
    with qtbot.waitSignal(highlighter.status_changed, timeout=30_000):
        highlighter.load_in_background()
    assert highlighter.status_message() == ""
    assert _underlined(editor, 0) == ["الحكومه"]
    assert _underlined(editor, 1) == ["goverment"]
    assert not editor.grab().isNull()  # it renders offscreen


def test_context_menu_suggests_and_learns(spell_editor, qtbot) -> None:  # type: ignore[no-untyped-def]
    editor, highlighter, service = spell_editor
    service.load()
    highlighter.rehighlight()
    cursor = QTextCursor(editor.document())
    cursor.setPosition(8)  # inside الحكومه
    rect = editor.cursorRect(cursor)
    pos = QPoint(rect.center())
    found = word_at(editor, pos)
    assert found is not None and found[1] == "الحكومه"
    menu = QMenu()
    menu.addAction("نسخ")
    assert add_spelling_actions(menu, editor, pos, service, highlighter)
    texts = [a.text() for a in menu.actions()]
    assert texts[0] == "الحكومة" and "أضف إلى القاموس" in texts and texts[-1] == "نسخ"
    menu.actions()[0].trigger()
    assert editor.toPlainText().startswith("أعلنت الحكومة في")
    assert _underlined(editor, 0) == []
    editor.undo()
    assert editor.toPlainText().startswith("أعلنت الحكومه في")
    # Learn the word instead: underline goes, and the list is in the database.
    menu = QMenu()
    add_spelling_actions(menu, editor, pos, service, highlighter)
    next(a for a in menu.actions() if a.objectName() == "addToDictionary").trigger()
    assert _underlined(editor, 0) == []
    assert "الحكومه" in service.personal_words()


def test_missing_dictionaries_disable_checking_with_a_message(
    qtbot, arabic_app, demo_services: Services
) -> None:  # type: ignore[no-untyped-def]
    from newsdesk.services.spelling import DictionaryMissing, SpellingService

    def missing(language: str):  # type: ignore[no-untyped-def]
        raise DictionaryMissing(f"no {language} dictionary is installed")

    service = SpellingService(demo_services.database, checker_factory=missing)
    editor = QTextEdit()
    qtbot.addWidget(editor)
    editor.setPlainText("الحكومه")
    highlighter = SpellHighlighter(editor.document(), service)
    with qtbot.waitSignal(highlighter.status_changed, timeout=10_000):
        highlighter.load_in_background()
    assert highlighter.status_message().startswith("التدقيق الإملائي معطّل")
    assert _underlined(editor) == []
    menu = QMenu()
    assert not add_spelling_actions(menu, editor, QPoint(5, 5), service, highlighter)
