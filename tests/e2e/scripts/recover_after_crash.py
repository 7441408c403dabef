"""Driver run inside the restarted app: find the recovery dialog, report it, restore, quit."""

import json
import os
import time

from PySide6.QtCore import QTimer

result_path = os.environ["NEWSDESK_TEST_RESULT"]
choice = os.environ.get("NEWSDESK_TEST_CHOICE", "restore")
started = time.monotonic()


def finish(result: dict) -> None:
    with open(result_path, "w", encoding="utf-8") as out:
        json.dump(result, out, ensure_ascii=False)
    QTimer.singleShot(300, app.quit)  # noqa: F821


def look() -> None:
    dialog = app.activeModalWidget()  # noqa: F821
    if dialog is None or dialog.objectName() != "recoveryDialog":
        if time.monotonic() - started > float(os.environ.get("NEWSDESK_TEST_WAIT", "20")):
            finish({"dialog": False})
        else:
            QTimer.singleShot(100, look)
        return
    result = {
        "dialog": True,
        "rtl": dialog.isRightToLeft(),
        "stories": [dialog.list.item(r).text() for r in range(dialog.list.count())],
        "diff": dialog.view.toPlainText(),
        "summary": dialog.summary.text(),
    }
    if choice == "restore":
        dialog.restore_current()
    finish(result)


look()
