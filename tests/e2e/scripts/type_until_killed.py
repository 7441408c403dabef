"""Driver run inside the real app (NEWSDESK_TEST_SCRIPT): type into a story without pausing.

Globals from ui.application.run_test_script: window, services, app.

The story opens in the real editor tab; each character is committed with a
``QInputMethodEvent`` sent to the editor widget, as an Arabic input method does.
"""

import os
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QInputMethodEvent, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

story_id = int(os.environ["NEWSDESK_TEST_STORY"])
text = os.environ["NEWSDESK_TEST_TEXT"]
log = open(os.environ["NEWSDESK_TEST_LOG"], "a", encoding="utf-8")  # noqa: SIM115

# Open the story in the real editor (the window's autosave controller watches every tab) and
# type the way an Arabic input method delivers text: one committed character at a time.
window.open_story(story_id)  # noqa: F821
tab = window.editor_area.editor_for(story_id)  # noqa: F821
editor = tab.editor
cursor = editor.textCursor()
cursor.movePosition(QTextCursor.MoveOperation.End)
editor.setTextCursor(cursor)
editor.setFocus()
QTest.keyClick(editor, Qt.Key.Key_Return)  # a new paragraph after the saved one


def type_char(ch: str) -> None:
    event = QInputMethodEvent()
    event.setCommitString(ch)
    QApplication.sendEvent(editor, event)


state = {"i": 0}


def type_one() -> None:
    i = state["i"]
    type_char(text[i % len(text)])
    log.write(f"{time.time():.3f} {i}\n")
    log.flush()
    state["i"] = i + 1
    QTimer.singleShot(40, type_one)  # 25 characters a second, never a pause


type_one()
