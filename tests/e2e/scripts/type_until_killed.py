"""Driver run inside the real app (NEWSDESK_TEST_SCRIPT): type into a story without pausing.

Globals from ui.application.run_test_script: window, services, app.

The marked "editor seam" is where the editor (issue 5) plugs in: until it lands, the tab is the
Protocol double from tests/gui/editor_double.py, registered with the app's own autosave
controller (``window.autosave``). With the editor merged, those lines open the story in the real
editor (which calls ``window.autosave.watch(tab)`` itself) and ``type_char`` commits one
character with a ``QInputMethodEvent`` (``setCommitString``) sent to the editor widget.
"""

import os
import sys
import time

from PySide6.QtCore import QTimer

sys.path.insert(0, os.environ["NEWSDESK_TEST_GUI_DIR"])
from editor_double import FakeEditorTab

story_id = int(os.environ["NEWSDESK_TEST_STORY"])
text = os.environ["NEWSDESK_TEST_TEXT"]
log = open(os.environ["NEWSDESK_TEST_LOG"], "a", encoding="utf-8")  # noqa: SIM115

# --- editor seam: open the story and get its tab -------------------------------------------
tab = FakeEditorTab(services.stories.get(story_id))  # noqa: F821
window.autosave.watch(tab)  # noqa: F821
type_char = tab.type
# ---------------------------------------------------------------------------------------------

state = {"i": 0}


def type_one() -> None:
    i = state["i"]
    type_char(text[i % len(text)])
    log.write(f"{time.time():.3f} {i}\n")
    log.flush()
    state["i"] = i + 1
    QTimer.singleShot(40, type_one)  # 25 characters a second, never a pause


type_one()
