"""The paste contract every story editor must keep; run against the real editor at merge.

``check_paste_then_undo(editor)`` pastes a messy Word clipboard into ``editor`` through its own
``insertFromMimeData`` (how Ctrl+V arrives), checks that only clean text arrived, and that one
Undo gives back exactly the previous text.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextEdit

WORD_SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "paste" / "word.html"


def check_paste_then_undo(editor: QTextEdit) -> None:
    editor.setPlainText("سطر قائم قبل اللصق.")
    editor.document().clearUndoRedoStacks()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    before = editor.toPlainText()
    mime = QMimeData()
    mime.setHtml(WORD_SAMPLE.read_text(encoding="utf-8"))
    mime.setText("نص بديل")
    editor.insertFromMimeData(mime)
    pasted = editor.toPlainText()
    assert "الحكومة تخفض الضرائب" in pasted
    assert "\u00a0" not in pasted and "\u0640\u0640" not in pasted
    html = editor.toHtml()
    assert "Simplified Arabic" not in html and "#1F3864".lower() not in html.lower()
    editor.undo()
    assert editor.toPlainText() == before
