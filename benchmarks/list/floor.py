"""The floor the list benchmark is read against: a fresh process that imports Qt, opens an
empty ``QTableView`` window offscreen and waits for its first paint. Measured in the same run
as the list, on the same (shared) machine, so the ratio survives the machine's load."""

from __future__ import annotations

import json
import os
import sys
import time

if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QTableView

    app = QApplication(sys.argv[:1])
    view = QTableView()
    view.resize(1400, 860)
    painted: list[float] = []

    class Watch(QObject):
        def eventFilter(self, obj, event):  # type: ignore[no-untyped-def]
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.time())
            return False

    watch = Watch()
    view.viewport().installEventFilter(watch)
    view.show()
    while not painted:
        app.processEvents()
    print(json.dumps({"floor_painted": painted[0]}))
    sys.stdout.flush()
    os._exit(0)
